# Toestemming — worker-facing error messages (English). Written by the developers; needs review.
# Same ids and placeholders as worker/nl.ftl (tests/test_error_messages.py).

## backup

error-backup-warn-after-choose-between = Warn after: choose between 1 and 365 days.
error-backup-keep-between-1-automatic = Keep between 1 and { $max_keep } automatic backups.
error-backup-file-choose-new-name = There is already a file there; choose a new name for the backup.
error-backup-folder-missing = This folder does not exist.
error-backup-vault-locked-unlock = The vault is locked. Unlock it first.
error-backup-backup-could-read-back = The backup could not be read back correctly.
error-backup-reading-writing-failed-system = Reading or writing failed (system error { $errno }). Nothing was changed.
error-backup-file-missing = This file does not exist.
error-backup-not-enough-space = Not enough space on the disk. Nothing was half written; free up space or choose another disk.
error-backup-folder-not-writable = You may not write in this folder. Choose another folder.
error-backup-not-a-backup = This file is not a (complete) Toestemming backup.
error-backup-backup-damaged-been-changed = This backup is damaged or has been changed and will not be restored. Choose another backup.
error-backup-backup-made-newer-version = This backup was made with a newer version of Toestemming. Update the program.
error-backup-refused-nothing-restored = { $problem } Nothing was restored; choose another backup.
error-backup-vault-file-place-always = There is already a vault or file in this place. Always restore a backup to a new place.
error-backup-other-organisation = This copy does not belong to this organisation's key.
error-backup-tampered-because = This backup is damaged or has been changed and will not be restored. Choose another backup. ({ $problem })

## imap

error-imap-fetching-incoming-mail-failed = Fetching incoming mail failed.
error-imap-login-failed = Could not log in to the mailbox. Check the user name and password.
error-imap-sign-in-lacks-permission = The sign-in gives no access to the mailbox (IMAP): that permission was not granted when signing in, or the app registration lacks it. Sign in again and allow access to e-mail; if it stays this way, ask the IT department to add the permissions from the manual.
error-imap-dns = The name of the incoming mail server was not found (DNS).
error-imap-certificate-not-trusted = The certificate of the incoming mail server is not trusted.
error-imap-secure-connection-tls-incoming = The secure connection (TLS) to the incoming mail server failed.
error-imap-no-starttls = The incoming mail server does not offer STARTTLS; nothing was signed in or fetched. Choose SSL or ask the administrator; if this happens on another network than usual, do not use that network for e-mail.
error-imap-no-answer = The incoming mail server did not answer.
error-imap-folder-missing = The chosen folder does not exist in the mailbox.
error-imap-account-rights-chosen-folder = This account has no rights to the chosen folder of the mailbox.
error-imap-unreachable = The incoming mail server cannot be reached. Check the server name, port and network.
error-imap-incoming-mail-server-gave = The incoming mail server gave an error.
error-imap-certificate-file-settings-could = The certificate file in the settings could not be read.
error-imap-mailbox-refused-sign-sign = The mailbox refused the sign-in. Sign in again in the e-mail settings; if it stays like this, ask the IT department whether IMAP is switched on for this mailbox.
error-imap-sign-mailbox-mail-settings = Sign in to the mailbox first (e-mail settings).

## oauth

error-oauth-sign-in-failed = Signing in did not work. Please try again later.
error-oauth-sign-server-reached-check = The sign-in server cannot be reached. Check the internet connection and try again; nothing was changed.
error-oauth-when-sign-password-oauth = When you sign in with a password, no OAuth sign-in is needed.
error-oauth-signing-browser-finished-try = Signing in in the browser was not finished. Try again, or choose 'Aanmelden met code' if the browser does not open on this computer.
error-oauth-sign-page-gave-error = The sign-in page gave an error. Ask the IT department whether the app registration is right (client ID, redirect http://localhost, permissions).
error-oauth-no-access-token = The sign-in server did not return an access token.
error-oauth-unknown-client-id = The sign-in server does not know this client ID. Check the client ID in the settings or ask the IT department.
error-oauth-app-registration-lacks-permissions = The app registration lacks permissions for e-mail. Ask the IT department to add the permissions from the manual.
error-oauth-certificate-not-trusted = The certificate of the sign-in server is not trusted.
error-oauth-no-client-id = No client ID has been set yet. The IT department registers the app and gives you the client ID (see the manual, 'E-mail met Microsoft 365 of Google').
error-oauth-signing-refused-cancelled-nothing = Signing in was refused or cancelled; nothing was changed.
error-oauth-answer-not-ours = The answer from the sign-in page does not belong to this sign-in.
error-oauth-address-invalid = The address of the sign-in server is not valid. Check the settings.
error-oauth-code-expired-refused-ask = The code has expired or was refused. Ask for a new code.

## settings

error-settings-server-name-invalid = The name of { $server ->
        [imap] the incoming mail server (IMAP)
       *[smtp] the mail server
    } is not valid.
error-settings-port-number-between-1 = The port must be a number between 1 and 65535.
error-settings-password-invalid = The password is not valid.
error-settings-without-encryption-only-mail = Without encryption, only a mail server on this computer without logging in can be used. Choose STARTTLS or SSL.
error-settings-sender-address-required = The sender address is required.
error-settings-waiting-time-between-5 = The waiting time must be between 5 and 300 seconds.
error-settings-signing-microsoft-google-only = Signing in with Microsoft or Google only works with encryption.
error-settings-fill-mailbox-address-user = Fill in the mailbox address as the user name (for example balie@school.nl).
error-settings-choose-microsoft-365-google = Choose Microsoft 365 or Google.
error-settings-client-id-invalid = The client ID is not valid. Copy it exactly from the IT department.
error-settings-tenant-invalid = The tenant (organisation ID) is not valid.
error-settings-client-secret-invalid = The client secret is not valid.
error-settings-address-sign-server-start = The address of the sign-in server must start with https://.
error-settings-incoming-mail-only-fetched = Incoming mail is only fetched with encryption. Choose STARTTLS or SSL.
error-settings-folder-name-invalid = The name of the folder is not valid.
error-settings-choose-how-often-minutes = Choose how often (in minutes, 0 to 1440) the app checks for new answers.
error-settings-reminder-come-before-request = The reminder must come before the request expires.
error-settings-give-full-app-number = Give the full app number, with the country code (for example +31 6 …).
error-settings-choose-starttls-ssl-security = Choose STARTTLS, SSL or no security.
error-settings-choose-how-app-signs = Choose how the app signs in.
error-settings-choose-starttls-ssl = Choose STARTTLS or SSL.
error-settings-days-between-1-365 = The number of days { $label ->
        [verlopen] until a request expires
       *[other] before a reminder
    } must be between 1 and 365.

## team server connection (toestemming/team_profile.py, store/pg_roles.py, cli_team.py)

error-team-host-invalid = The server name is not valid. Use a name like db.example.org or an IP address.
error-team-role-invalid = The user name is not valid. Use lower-case letters (a-z), digits and _ (at most 63 characters), starting with a letter.
error-team-port-invalid = The port must be a number from 1 to 65535 (usually 5432).
error-team-ca-required = Choose the team server's CA certificate (a .crt or .pem file from the IT department). Without it the app cannot check that it is talking to the real server.
error-team-file-unreadable = { $label }: the file does not exist or cannot be read.
error-team-file-not-certificate = { $label }: this file is not a certificate (PEM).
error-team-file-not-key = This file is not a key (PEM) for the certificate.
error-team-cert-and-key = Choose the certificate and the key that belongs to it, or neither.
error-team-too-many-profiles = No more than { $max } connections can be saved. Remove a connection first.
error-team-keyring-unavailable = The password could not be stored in this computer's password store. It was not saved; you will type it again next time.
error-team-password-set-start-terminal = Give the administrator's password in the environment variable { $password_env } or start the command in a terminal.
error-team-url-invalid = The server address is not valid. Use postgresql://admin@server:5432/database?sslmode=verify-full&sslrootcert=ca.crt
error-team-url-needs-tls = The server address must have sslmode=verify-full and sslrootcert (the CA certificate): no password goes over the network without checked TLS.
error-team-url-has-password = Do not put the password in the server address: anyone on this computer can read a command line. The password is asked for (or taken from the environment variable PGPASSWORD).
error-team-worker-exists = A user with this name already exists on the server.
error-team-worker-was-removed = This login name belonged to a worker who was removed. A removed login name does not come back: its history stays under that name. Choose a new login name, for example with a number after it. Nothing was changed.
error-team-worker-unknown = There is no worker with this name on the server.
error-team-not-set-up = The team server has not been set up: the roles toestemming_app and toestemming_cert are missing. Have the IT department run deploy/team_server.sql first.
error-team-not-allowed = This administrator may not do this on the server. Use the administrator toestemming_admin.
error-team-password-or-certificate = Choose a password or a certificate for the worker, not both.
error-team-password-too-short = A worker's password must have at least { $min } characters.
error-team-login-failed = Logging in to the team server failed. Check user name and password (or certificate). If the worker was removed, ask the administrator.
error-team-unreachable = The team server cannot be reached. Check server name, port and network, or try again later.
error-team-certificate-mismatch = The team server's certificate does not match the CA certificate or the server name. Nothing was sent. Check the CA file and the server name with the IT department.
error-team-no-tls = The team server refuses connections without encryption (TLS).
error-team-server-error = The team server gave an error. Nothing was changed.
error-team-commit-unknown = The connection to the team server was lost at the moment of saving. Whether the change was kept is not certain: first look with team-worker list how the worker stands now, before you do it again.
error-team-too-many-windows = You already have the team server open in too many windows or programs at once. Close one and try again.
error-team-admin-no-organisation = This administrator does not belong to an organisation on the team server yet. Set the server up first with toestemming-cli team-setup.
error-team-passwords-differ = The two passwords are not the same. Nothing was changed.
error-team-password-required = Enter the password.

## smtp

error-smtp-sign-mailbox-mail-settings = Sign in to the mailbox first (e-mail settings, 'Aanmelden').
error-smtp-mail-server-refused-recipient = The mail server refused the recipient; nothing was sent.
error-smtp-certificate-file-settings-could = The certificate file in the settings could not be read; nothing was sent.
error-smtp-login-failed = Could not log in to the mail server. Check the user name and password.
error-smtp-sign-in-lacks-permission = The sign-in gives no permission to send e-mail (SMTP): that permission was not granted when signing in, or the app registration lacks it. Sign in again and allow access to e-mail; if it stays this way, ask the IT department to add the permissions from the manual. Nothing was sent.
error-smtp-sender-not-allowed = The mail server does not allow this account to send from this sender address (no permission). Ask the IT department; nothing was sent.
error-smtp-mail-server-refused-recipient-2 = The mail server refused the recipient's e-mail address.
error-smtp-login-method-unsupported = The mail server does not support this way of logging in.
error-smtp-certificate-not-trusted = The certificate of the mail server is not trusted; nothing was sent.
error-smtp-secure-connection-mail-server = The secure connection to the mail server failed.
error-smtp-timeout = The mail server did not answer in time.
error-smtp-dns = The name of the mail server was not found (DNS). Check the server name and the network.
error-smtp-mail-server-closed-connection = The mail server closed the connection; nothing was sent.
error-smtp-mail-server-gave-error = The mail server gave an error; nothing was sent.
error-smtp-unreachable = The mail server cannot be reached. Check the server name, the port and the network.
error-smtp-mail-server-refused-sign = The mail server refused the sign-in. Sign in again in the e-mail settings; if it is still like this, ask the IT department whether SMTP sending is switched on for this mailbox. Nothing was sent and nothing was lost.
error-smtp-mail-server-offer-starttls = The mail server does not offer STARTTLS; nothing was sent. Choose SSL or ask the administrator.

## cli

error-cli-passphrase-set-start-terminal = No passphrase: set { $passphrase_env } or start from a terminal.
error-cli-output-lost = The output could not be written (disk full?). What is missing above was not reported; run the command again with its output going somewhere else.
error-cli-unexpected = Something unexpected went wrong (error code { $code }). The vault may hold data the program did not write that way itself: run 'toestemming-cli check' and tell the administrator, with the log file (it says where it went wrong, without personal data).
error-passphrase-not-text = The passphrase contains bytes that are not text (the terminal or TOESTEMMING_PASSPHRASE uses a character set other than UTF-8). Type the passphrase again in a UTF-8 terminal.
error-cli-command-line-version-start = This is the command-line version; start the app with 'toestemming'.
error-cli-give-vault-vault-path = Give the vault with --vault PATH.

## import

error-import-birth-date-invalid = Date of birth is not a valid date (use dd-mm-yyyy).

## service

error-service-next-vault-are-conflict = Next to the vault there are conflict copies made by a sync program (OneDrive, Dropbox, Google Drive …), because the vault was changed in two places at the same time. Toestemming cannot decide which copy is right and therefore does not open the vault. Ask the administrator to find out which copy is the right one and to move the other away, or restore the latest backup. Then move the vault out of the sync folder.
error-service-worker-missing = This worker does not exist or has already been removed.
error-service-cannot-remove-own-key = You cannot remove your own key while you are signed in.
error-service-helper-did-not-end = The vault has been closed here and the keys have been wiped from memory. One helper program of the check no longer responded (probably the network drive holding the vault is not responding) and could not be ended; it may keep the vault file open for a while. Nothing has been lost. Wait until the network drive is reachable again before you open the vault again; if that does not work, restart the computer.
error-service-cannot-remove-last-worker = The last worker cannot be removed.
error-service-worker-no-access = This worker no longer has access to this vault. Ask a colleague who does have access to add you again.
error-service-default-validity-between-1 = The default validity must be between 1 day and 5 years.
error-service-retention-period-between-1 = The retention period must be between 1 and 30 years.
error-service-lock-automatically-between-30 = Lock automatically: between 30 seconds and one hour.
error-service-vault-lacks-basic-data = The vault lacks basic data; check it with 'toestemming check'.

## db

error-db-vault-file-missing = The vault file does not exist in this place.
error-db-file-place-choose-another = There is already a file in this place; choose another name.
error-db-wrong-key-or-damaged = The vault cannot be read with this key: the file is damaged or belongs to another key file.
error-db-rekey-reader-busy = Another window or program is reading the vault right now, so the key cannot be renewed now. Nothing was changed: the old key and passphrases still apply. Close the other windows of this vault (or wait until they finish reading) and try again.
error-db-invalid-unicode = The input contains characters that cannot be saved (invalid Unicode).
error-db-number-too-large = This number is too large: no such number exists and it cannot be stored.
error-db-disk-full-last-change = The disk is full: the last change was not saved. What was saved before is kept. Free up space and try again.
error-db-folder-read-only = The vault's folder cannot be written to (read-only or no permission). Nothing was changed. Put the vault in a folder you may write to, or ask the administrator for permission.
error-db-reading-writing-vault-file = Reading or writing the vault file failed (disk full, disconnected or broken?). The last change was not saved.
error-db-vault-file-damaged-open = The vault file is damaged. Open the vault again to see what is wrong, or restore the latest backup.

## lock

error-lock-vault-open-another-window = The vault is already open, in another window or on another computer. It can only be worked on in one place at a time.
error-lock-lock-file-next-vault = The lock file next to the vault (ending in .lock) cannot be created or read. Nothing was changed. Check that the vault's folder can be reached and the disk is not full, and try again.
error-lock-next-vault-strange-link = Next to the vault there is a strange link instead of the lock file (ending in .lock). Remove it and try again.
error-lock-not-a-lock-file = Next to the vault there is a folder or another kind of file with the lock file's name (ending in .lock). Because of it, nobody can open the vault. Remove or rename it (it is not the vault itself) and open the vault again. Nothing was changed.
error-lock-lock-file-no-access = You may not open the lock file next to the vault (ending in .lock): it belongs to another user or has other permissions. If the vault is not open anywhere else, remove that file (it is not the vault itself) and open the vault again. If you may not do that either, ask your administrator to remove it. Nothing was changed.
error-lock-disk-toestemming-lock-vault = On this disk Toestemming cannot lock the vault, so two people could write at the same time. Here the vault can only be opened read-only. Put the vault on a disk of this computer, or use your organisation's team server.

## migrations

error-migrations-newer-version = This vault was made with a newer version of Toestemming. Update the program.
error-migrations-version-lies = This vault states an older version than its tables have: the version number in the file was changed outside the program. Nothing was changed. Restore the latest backup to a new place, or have the administrator find out what happened to the file.

## repo

error-repo-youth-missing = This young person does not exist (any more).
error-repo-recipient-missing = This recipient does not exist.
error-repo-purpose-missing = This purpose does not exist.
error-repo-purpose-version-missing = This version of the purpose does not exist.
error-repo-category-missing = This data category does not exist.
error-repo-request-missing = This consent request does not exist.

## vault

error-vault-key-file-names-unknown = The key file names an unknown encryption setting; update Toestemming or restore the latest backup.
error-vault-vault-place-choose-another = There is already a vault in this place; choose another name.
error-vault-vault-file-missing-only = The vault file is missing; only the key file is there.
error-vault-check-only = The vault was opened only to check it; nothing will be changed.
error-vault-key-file-changed-meantime = The key file has changed in the meantime, probably in another window or on another computer. Nothing was changed. Close the vault, open it again, and then try once more.
error-vault-key-file-without-key = The key file contains no key.
error-vault-vault-made-another-version = This vault was made with another version of Toestemming and must be updated first. The check changes nothing in the vault and so cannot update it: open it once in the app (or restore it from a backup) and check it after that.

## timestamp

error-timestamp-give-address-time-stamp = Give the address of the time-stamp service as http://… or https://…, without a user name or password in it.

## activity

error-activity-start-date-after-end = The start date is after the end date.
error-activity-unknown-kind-action = Unknown kind of action.

## catalog

error-catalog-choose-whether-recipient-public = Choose whether the recipient is a public authority or a private organisation.
error-catalog-choose-kind-recipient = Choose the kind of recipient.
error-catalog-purpose-code-exists = A purpose with this code already exists.
error-catalog-choose-dat-wat = Choose DAT or WAT.
error-catalog-catch-all-recipient = Name the organisation itself (and the department if needed), not a collection such as 'all agencies': consent only covers a named recipient.
error-catalog-catch-all-category = Name which data it is (for example contact details or internship details), not 'all data' or 'the whole file': consent only covers data that is named.
error-catalog-catch-all-purpose = Name what the data is shared for, not 'general' or 'all purposes': consent only covers a named purpose.
error-catalog-catch-all-text = The explanation shares with anyone or everything ("{ $words }"). Write which data, with which organisation and what for: consent only covers what is named.
error-catch-all-entry-recipient = '{ $name }' in the catalog is no named organisation but a collection: consent or sharing for it is not valid. Choose the organisation itself; if it is not listed, add it to the catalog (and set '{ $name }' to inactive).
error-catch-all-entry-category = '{ $name }' in the catalog does not say which data it is: consent or sharing for it is not valid. Choose data with a name of its own (for example contact details or internship details); if it is not listed, add it to the catalog.
error-catch-all-entry-purpose = The purpose '{ $name }' does not say what the data is shared for: consent or sharing for it is not valid. Give the purpose a new version in the catalog with a title that says what for, or choose another purpose.
error-catch-all-request = This request was made with a part that names no one or nothing in particular, and is no longer asked: not by message, not on paper and not on the tablet. { $entry } Then make a new request; what was already decided stays readable.
error-catch-all-form = The transition form cannot go under this request: it was made with a part that names no one or nothing in particular, and a yes to it is no valid consent. { $entry } Choose another request or first make a new one. Nothing was saved; a form saved before stays readable.
error-catch-all-yes = Part { $position } names no one or nothing in particular; a yes to it is no valid consent and is not recorded (a no is). { $entry }
error-youth-view-choose-part = Choose which part the young person's view is about.
error-youth-view-unknown = Choose what the young person thinks: agrees, does not want it, or does not want to say.
error-youth-view-other-request = This part does not belong to this request.
error-youth-view-decides = The young person is { $age } and decides (along): record their answer as a decision, not as a view.
error-youth-view-too-young = The young person is { $age }; the parents tell them and decide. A view is recorded from age 8.
error-catalog-category-code-exists = A category with this code already exists.

## consent

error-consent-representative-of-other-youth = This representative does not belong to the young person.
error-consent-end-date-before-start = The end date is before the start date.
error-consent-end-date-past = The end date is in the past.
error-consent-at-most-five-years = Consent can be valid for five years at most.
error-consent-no-texts-in-language = There are no texts for this language yet. Choose another language.
error-consent-choose-least-one-part = Choose at least one part.
error-consent-too-many-parts = At most { $max_items } parts per request.
error-consent-code-invalid = This code is not valid; check the characters.
error-consent-no-request-with-code = There is no request with this code.
error-consent-moment-decision-before-request = The moment of the decision is before the request.
error-consent-no-answers = There are no answers.
error-consent-part-already-status = This part is already { $status ->
        [withdrawn] withdrawn
        [revoked] ended by the organisation
        [expired] expired
        [invalidated] declared invalid
        [superseded] replaced
        [given] given
        [refused] refused
        [conflicting] conflicting
       *[other] closed
    }.
error-consent-purpose-text-missing = The purpose '{ $title }' has no text in { $missing } yet. Add it (Manage → Settings… → Purposes → New version…, language { $missing }) or make the request in another language.
error-consent-recipient-inactive = This recipient is no longer active.
error-consent-choose-each-part-which = Choose for each part which data are shared.
error-consent-same-purpose-same-recipient = The same purpose and the same recipient appear twice in the request.
error-consent-answer-not-in-request = An answer does not belong to this request.
error-consent-part-contains-sensitive-data = Part { $position } contains sensitive data: that needs a separate, explicit confirmation.
error-consent-yes-to-inactive-recipient = Part { $position } is about { $recipient }, which is no longer active (closed, merged or renamed). A yes to it does not cover a successor: ask consent for the new organisation. Saying no is still possible. Nothing was recorded.
error-consent-text-shown-differs-stored = The text shown differs from the stored request; nothing was recorded.
error-consent-part-longer-answered-make = Part { $position } is { $status ->
        [withdrawn] withdrawn
        [revoked] ended by the organisation
        [expired] expired
        [invalidated] declared invalid
        [superseded] replaced
        [given] given
        [refused] refused
        [conflicting] conflicting
       *[other] closed
    } and can no longer be answered. Make a new request.
error-consent-answer-already-given = Nothing recorded: this person already gave exactly this answer to part { $positions }. An answer counts once. Going from yes to no withdraws the consent; that is always possible.
error-consent-answer-overtaken = Nothing recorded: this answer is older than a later answer by the same person to part { $positions }. That later answer still stands.
error-consent-unknown-action = Unknown action.
error-consent-answer-yes-or-no = An answer must be yes or no.
error-consent-evidence-missing = This piece of evidence does not exist.
error-consent-time-invalid = The time is not valid.
error-consent-moment-in-future = The moment of { $what ->
        [beslissen] the decision
        [intrekken] the withdrawal
       *[other] { $what }
    } is in the future.
error-consent-unknown-channel = Unknown channel.
error-consent-signer-invalid = Unknown who decides. Choose the young person or a representative from the list. Nothing was recorded.

## duplicates

error-duplicates-choose-two-different-young = Choose two different young people to merge.
error-duplicates-data-one-young-people = The data of one of these young people have been erased.
error-duplicates-both-young-people-consents = Both young people already have consents, objections, sharings or forms. These stay with the young person they were recorded for, so merging is not possible. Go on working with one of them and give the other an end date.
error-duplicates-too-many-gezag = Merged, more than two people would hold parental authority (parents with authority and guardian together). Is the same parent listed twice, or has a parent's authority ended? Correct that first on one of the two records. Nothing was merged.
error-duplicates-young-people-each-different = These young people each have a different student number; they are two people.

## evidence

error-evidence-unknown-kind-evidence = Unknown kind of evidence.
error-evidence-evidence-empty = The evidence is empty.
error-evidence-evidence-larger-25-mb = The evidence is larger than 25 MB.
error-evidence-unknown-role-piece-evidence = Unknown role of a piece of evidence.
error-evidence-request-missing = This request does not exist.
error-evidence-evidence-been-erased-retention = This evidence has been erased (the retention period has ended).
error-evidence-evidence-damaged-checksum-wrong = This evidence is damaged: the checksum is wrong.

## forms

error-forms-end-date-before-start = { $label }: the end date is before the start date.
error-forms-hours-per-week-between = { $label }: hours per week must be between 1 and { $max_hours }.
error-forms-most-internships = At most { $max_internships } internships.
error-forms-file-empty = The file is empty.
error-forms-qr-code-consent-form = No QR code of a consent form was found on this scan. Scan the whole page sharply, or look up the request with its code.
error-forms-scan-qr-codes-one = This scan has QR codes of more than one request; scan them separately.
error-forms-unknown-kind-form = Unknown kind of form.
error-forms-internship-date-invalid = { $label }: the date is not valid.
error-forms-no-transition-form = No transition form has been filled in for this young person yet.
error-forms-transition-form-differs-log = Version { $version } of this transition form differs from what the log recorded for that version (changed or added outside the program). Such a version is not printed or saved. Have the administrator check the vault with 'toestemming-cli check' and, if needed, restore the latest verified backup.
error-forms-consent-belongs-another-young = This consent belongs to another young person.
error-forms-file-image-pdf-read = This file is not an image or PDF that can be read.
error-forms-choose-withdrawal = Choose a withdrawal.
error-forms-withdrawal-missing = This withdrawal does not exist.
error-forms-confirmation-about-one-young = A confirmation is about one young person.
error-forms-language-unsupported = This language is not supported.
error-forms-not-every-part-has-text = Not every part of this request has a text in that language. Print the form in the language of the request.

## consent

error-consent-part-missing = This part does not exist.
error-consent-part-of-request-already-status = Part { $position } of { $reference_code } is already { $status ->
        [withdrawn] withdrawn
        [revoked] ended by the organisation
        [expired] expired
        [invalidated] declared invalid
        [superseded] replaced
        [given] given
        [refused] refused
        [conflicting] conflicting
       *[other] closed
    }.

## mail

error-mail-set-which-service-mailbox = First set which service the mailbox belongs to (Microsoft 365 or Google) and fill in the client ID.
error-mail-signing-code-only-works = Signing in with a code only works with Microsoft 365.
error-mail-ask-code-first = Ask for a code first.
error-mail-no-refresh-token = The sign-in server did not give a lasting sign-in (refresh token). Ask the IT department to add the permission offline_access.
error-mail-set-up-mail-server = First set up the mail server and the incoming mail server (IMAP).
error-mail-proposal-not-for-message = This proposal does not belong to this message; nothing was recorded.
error-mail-message-not-listed = This message is not (or no longer) on the list of answers.

## people

error-people-guardianship-curatele-mentorship-only = Guardianship (curatele) or mentorship is only possible from 18 (it can be applied for from 17).
error-people-unknown-field-young-person = Unknown field for a young person.
error-people-person-listed-young-person = This person is already listed with the young person.
error-people-most-two-parents-parental = At most two parents can have parental authority.
error-people-guardian-always-parental-authority = A guardian always has parental authority.
error-people-at-most-two-gezag = At most two people hold parental authority (parents with authority or a guardian). Has a court ended a parent's authority? Record that first. Under a supervision order (OTS) the parents keep their authority: a family guardian is no guardian and does not decide. Nothing was recorded.
error-people-parental-authority-about-parents = Parental authority is about parents; a curator or mentor decides for an adult.
error-people-representation-already-ended = This representation has already ended.
error-people-representative-missing = This representative does not exist.
error-people-choose-none-curatele-mentorship = Choose: none, curatele or mentorship.
error-people-young-person-student-number = There is already a young person with this student number.
error-people-young-person-added-meanwhile = This young person has just been added (at another desk). Nothing was added: open the existing young person.
error-people-choose-parent-guardian-curator = Choose parent, guardian, curator or mentor.

## remote

error-remote-person-no-longer-decides = This person does not (or no longer) decide about this request.
error-remote-set-sender-address-mail = First set the sender address (e-mail settings).
error-remote-no-mail-server = No mail server has been set up. Set one up, or save the message as .eml.
error-remote-remote-request-expired-make = This remote request has expired. Make a new request.
error-remote-nothing-open-request = Nothing is open on this request any more.
error-remote-sender-s-phone-number = The sender's phone number is required.
error-remote-receipt-time-invalid = The time of receipt is not valid.
error-remote-message-now-reads-differently = The message now reads differently from what was shown (was something recorded in the meantime?). Read it in again; nothing was recorded.
error-remote-screenshot-empty-larger-25 = The screenshot is empty or larger than 25 MB.
error-remote-screenshot-image-png-jpeg = The screenshot must be an image (PNG, JPEG).
error-remote-message-unreadable = This message is not (or no longer) readable.

## retention

error-retention-schema-forbids-erasing = Erasing is not possible in this vault: the schema does not allow free text to be erased. Nothing was erased. Report this to the administrator.
error-retention-date-leaving-future = The date of leaving is in the future.
error-retention-are-still-consents-requests = There are still consents or requests running for this young person. Withdraw or end them first; after that you can erase.
error-retention-recipients-still-need-hear = Recipients still need to hear that a consent was withdrawn (GDPR art. 19). Record that first; after that you can erase.
error-retention-data-young-person-been = The data of this young person have already been erased.
error-retention-choose-retention-period-request = Choose: retention period or request.
error-inzage-parent-without-gezag = { $name } is a parent without parental authority and has no right to see these data. On request they may get information about important matters concerning the child (Dutch Civil Code 1:377c): in a conversation, not as a copy of this overview.
error-inzage-youth-decides = The young person is 16 or older and exercises their rights themselves: { $name } gets the overview only from the young person. Ask the young person whether they want it.
error-inzage-not-representative = { $name } does not decide for this young person and has no right to see these data. The overview is for the young person and whoever decides for them.
error-inzage-requester-unknown = Whoever asks for the overview is not registered with this young person. The overview is for the young person and whoever decides for them.
error-retention-retention-period-still-running = The retention period is still running: erasing is possible from { $due_on }.
error-retention-held = { $dispute } about this young person's data is open. The proof is kept until it is settled; nothing was erased. Record that the dispute is over; then you can erase.
error-retention-choose-dispute = Choose what is open: an objection, a complaint, an inquiry by the Dutch Data Protection Authority or a court case.
error-retention-which-dispute = More than one dispute about this young person's data is open. Choose which one is over; the others keep the proof. Nothing was recorded.
retention-dispute-objection = An objection
retention-dispute-complaint = A complaint
retention-dispute-authority = An inquiry by the Dutch Data Protection Authority
retention-dispute-court = A court case

## sharing

error-sharing-sharing-basis-consent-needs = Sharing on the basis of consent needs a consent, not a balancing of interests.
error-sharing-assessment-missing = This balancing of interests does not exist.
error-sharing-moment-sharing-future = The moment of sharing is in the future.
error-sharing-choose-which-data-shared = Choose which data you have shared.
error-sharing-choose-legal-basis = Choose a legal basis.
error-sharing-explain-each-step-few = Explain each step in a few words.
error-sharing-balancing-interests-about-another = This balancing of interests is about another young person, recipient or purpose.
error-sharing-recipient-public-authority-legal = This recipient is a public authority with a legal task: for that, legitimate interest can never be the legal basis.
error-sharing-organisation-public-authority = Your organisation is a public authority with a legal task: then legitimate interest can never be the legal basis, not even for a private recipient. Choose the legal task or duty, or ask for consent.
error-sharing-special-needs-consent = These are sensitive data ({ $names }). Without explicit consent you may share them only when a law obliges you or someone's life or health is in danger; '{ $basis_labels }' is not enough for that. Ask for consent, or share less: for example only that the young person gets help, not what for.
error-sharing-weighing-dat-only = This weighing allows only outside information: *that* the young person is known or gets help, since when and with whom, not what for. { $names } needs consent, or share only the outside information.
error-objection-who = An objection can be made by the young person, or by whoever decides for them (parent with parental authority, guardian, curator or mentor). Nothing was recorded.
error-objection-consent-given = Consent has been given for this recipient and purpose ({ $reference_code }, part { $position }). Whoever no longer wants it withdraws that consent; an objection is about sharing without consent. Nothing was recorded.
error-objection-consent-given-by-others = Consent was given for this recipient and purpose ({ $reference_code }, part { $position }) by those who decide for the young person (under 16: the parents with parental authority or the guardian). Discuss the young person's objection with them: they can withdraw the consent. Nothing was recorded.
error-objection-legal-duty = An objection does not apply to '{ $title }': the law requires this sharing ({ $law }). Do talk it over with the young person and explain why it must happen. Nothing was recorded.
error-consent-legal-duty = Do not ask consent for '{ $title }': the law requires this sharing ({ $law }). A yes or no would change nothing, so it is no free choice. Record the sharing as a legal obligation (Share data). Nothing was recorded.
error-sharing-legal-duty-basis = '{ $title }' is a legal duty ({ $law }): its basis is the legal obligation, no other. Nothing was recorded.
error-sharing-legal-duty-ended = The legal duty for '{ $title }' ({ $law }) holds until age { $until }; this young person is { $age }. Without consent (from 16 the young person's, below 16 the parents' with parental authority) this may no longer be shared. Nothing was recorded.
error-legal-duty-name-the-law = Name the law and article that require this sharing.
error-legal-duty-age = The age until which the duty holds is a whole number from { $low } to { $high }, or empty when it always holds.
error-legal-duty-exists = This purpose is already recorded as a legal duty; that does not change. Make a new purpose for another duty.
error-sharing-earlier-said-sharing-recipient = Earlier, 'no' was said to sharing with this recipient for this purpose. '{ $basis_labels }' cannot set that aside; only a { $allowed }, with a written reason and a second confirmation.
error-sharing-earlier-said-sharing-recipient-2 = Earlier, 'no' was said to sharing with this recipient for this purpose. Sharing is only possible with a legal obligation, vital interest or court order, a written reason and a second confirmation.
error-sharing-inform-young-person-under = First inform the young person (under 16: the parents) about the sharing, or record why that is not possible.
error-sharing-choose-who-been-informed = Choose who has been informed.
error-sharing-record-why-young-person = Record why the young person (or the parents) will not be informed.
error-sharing-name-legal-basis-legal = Name the legal basis: legal obligation, vital interest or court order.
error-sharing-balancing-interests-names-but = The balancing of interests names '{ $basis_labels }', but you share on the grounds of '{ $override_ground_labels }': these must be the same.
error-sharing-write-down-why-share = Write down why you share despite the 'no' (at least one sentence).
error-sharing-confirm-second-time-share = Confirm a second time that you share despite the 'no'. Nothing was shared.

## signing

error-signing-person-cannot-decide-now = This person cannot decide about this request now.
error-signing-already-signed = This person has already signed. Changes go through the worker: a withdrawal or a new request.

## timestamp

error-timestamp-no-service = No time-stamp service has been set up.
error-timestamp-no-answer = The time-stamp service does not answer (or not with a valid time stamp).

## withdrawals

error-withdrawals-choose-what-withdrawn = Choose what is withdrawn.
error-withdrawals-part-missing = One of the parts does not exist.
error-withdrawals-part-been-withdrawn-meantime = Part { $position } of { $reference_code } has already been withdrawn in the meantime; nothing was recorded.
error-withdrawals-recipient-need-not-be-informed = This recipient does not (or no longer) need to be informed of this withdrawal.

## validation

error-validation-date-invalid = { $label } is not a valid date (use dd-mm-yyyy).
error-validation-must-be-text = { $label } must be text.
error-validation-required = { $label } is required.
error-validation-too-long-most-characters = { $label } is too long (at most { $max_name } characters).
error-validation-characters-not-allowed = { $label } contains characters that are not allowed.
error-validation-too-long-max = { $label } is too long (at most { $max_len } characters).
error-validation-email-invalid = This e-mail address does not look valid.
error-validation-email-non-ascii = This e-mail address has a letter with an accent or another character outside a-z (such as ë) before the @; most mail servers cannot send there. Check the address with the recipient.
error-validation-phone-invalid = This phone number does not look valid.
error-validation-not-a-date = { $label } is not a date.
error-validation-date-birth-future = The date of birth is in the future.
error-validation-date-birth-gives-age = This date of birth gives an age outside { $min_youth_age }–{ $max_youth_age } years; check the date.
error-validation-invalid = { $label } is not valid.

## composed and moved messages

error-backup-copy-not-in-order = The copy of the vault is not in order: { $problem }
error-backup-copy-log-wrong = The log in the copy is not right: { $problem }
error-backup-write-failed = Writing failed (disk full, disconnected or broken?). Nothing was half written and the vault was not changed.
error-oauth-sign-in-again = The sign-in to the mailbox has expired or was withdrawn. Sign in again in the e-mail settings (button 'Aanmelden'). Nothing was lost.
error-cli-developer-tool = The command '{ $command }' is a tool for developers and is not part of this installation. Use the source code (python3 dev.py demo) to start it.
error-health-restore-advice = This is how to repair the vault: choose 'Restore backup…' (or on the command line: toestemming restore BACKUP --to NEW-VAULT.tvault) and choose the latest verified backup. It is first checked completely and is put in a new place; this vault is left untouched, so the administrator can still examine it.
error-health-unreadable = The vault is too badly damaged to open, not even just for reading.
error-health-with-advice = { $problem } { $advice }
error-vault-read-only = { $reason }
error-service-log-head-problems = { $problems }
error-db-wal-lost = The log file next to the vault (ending in -wal) is missing or has been shortened, while it still held saved changes. So that they are not lost without anyone noticing, the vault is not opened. Put the file back (for example from the recycle bin or the sync folder) or restore the latest backup.
error-db-journal-left = Next to the vault there is an unfinished change: the file ending in -journal, from a program that was stopped (for example an older version) or that is still writing. Part of it is already in the vault file; reading only would show that half-done work as the vault. So nothing was read and nothing was changed. First open the vault once in the normal way (that rolls the unfinished change back), close it, and then check again. Do not throw the -journal file away: that would damage the vault.
error-db-shm-removed = A working file of the vault (the file ending in -shm) has disappeared while the vault is open somewhere else, in another window or on another computer. If the vault were opened here now, you would not see what is recorded there from then on. So nothing was opened and nothing was changed. First close the vault in that other place, then open it here again. Nothing is lost.
error-passphrase-too-short = The passphrase is too short: use at least { $min_chars } characters, for example four separate words.
error-passphrase-repetitive = The passphrase repeats the same characters too often.
error-passphrase-guessable = The passphrase is too easy to guess (a known word, a name or a series). Choose, for example, four separate words that have nothing to do with you or your work.
error-rules-blocked = { $reason }
error-consent-not-decider = This person does not decide about this request. { $explanation }
error-consent-may-not-withdraw-because = This person cannot withdraw this consent. { $explanation }
error-remote-cannot-record-because = This message cannot be recorded like this: { $problem }
error-remote-cannot-record-no-answer = This message cannot be recorded like this: there is no answer in it.
error-sharing-choose-other-basis = { $reason } Choose another legal basis and record the balancing of interests, or do not share.
error-sharing-inform-parents-under-16 = Under 16 (or with guardianship or mentorship) you inform the parents or representative; from 16 the young person themselves.
error-sharing-inform-youth-from-16 = From 16 you inform the young person themselves, not the parents.
error-sharing-inform-parents-adult = The young person is 18 or older: you inform them themselves; informing the parents about an adult does not belong here.
error-validation-hidden-characters = { $label } contains characters that are not allowed: invisible characters or characters that reverse the reading direction (often copied along when copying and pasting). Because of them the text can look different from what is saved. Type the text again, without pasting.
# An error from outside the catalog (a library's, or a test's): its own sentence.
error-text = { $text }

## image

error-image-unreadable = This file is not an image that can be read (unreadable header).
error-image-too-large = This image is too large to open safely ({ $width } × { $height } pixels; at most { $limit } million). Make a scan or photo with a lower resolution.
error-image-too-large-plain = This image is too large to open safely. Make a scan or photo with a lower resolution.
error-image-too-many-pages = This PDF has { $pages } pages; at most { $max_pages } can be read in. Scan the form separately.
error-image-page-too-large = A page in this PDF is too large to open safely. Scan the form on normal paper size.

## proof, zip, key file (toestemming/proof, safezip.py, store/header.py)

error-certificate-rsa-or-ec = Use a certificate with an RSA or EC key.
error-certificate-key-mismatch = The key does not belong to this certificate.
error-certificate-not-valid-today = This certificate is not valid today.
error-certificate-not-valid-for-proof = The organisation's certificate is not valid today (expired or not yet valid). A proof package signed with it would fail the check: import a valid certificate first.
error-certificate-unreadable = This certificate or this key cannot be read (wrong file or password?).
error-proof-part-missing = This part does not exist.
error-proof-nothing-asked-for-youth = Nothing has been asked for this young person yet.
error-proof-nothing-recorded-for-youth = Nothing has been asked, shared or objected to for this young person yet: there is nothing to prove.
error-proof-no-requests = There are no consent requests yet.
error-proof-trust-folder-missing = The folder for the trust file does not exist.
error-file-target-is-folder = That is a folder. Give a file name, or choose another place.
error-file-target-is-vault = That is a file of a vault (the vault itself or a file beside it). It is never overwritten: choose another name. Nothing was written.
error-file-target-exists = There is already a file there; nothing was overwritten and nothing was recorded. Choose another name, or delete the old file first if it may go.
error-file-target-is-backup = That is a backup of a vault. It is never overwritten: choose another name. Nothing was overwritten.
error-proof-vault-key-missing = The vault lacks its key; check it with 'toestemming check'.
error-proof-no-signed-checkpoint = The log has no signed checkpoint yet.
error-proof-package-folder-missing = The folder for the proof package does not exist.
error-proof-out-not-folder = Several proof packages go into a folder, and there is a file there. Choose a (new) folder; nothing was written.
error-proof-folder-not-made = The folder for the proof packages could not be made (no access, or a file in that place). Choose another folder; nothing was written.
error-trust-file-damaged = The trust file { $name } is damaged or has been changed; ask the organisation for a new one.
error-trust-file-not-a-file = { $name } is not an ordinary file (but a folder, a device or a pipe, for example); give the trust file itself.
error-trust-expect-key-format = --expect-key: give the fingerprint (32 characters 0-9/a-f, as on the PDF) or the public key (64 characters).
error-trust-expect-key-short = --expect-key: this fingerprint has 16 characters, the short form older packages printed. It is too short to rule out a forgery. Ask the organisation for the full fingerprint (32 characters) or for its trust file (--trust).
error-trust-file-missing = The trust file { $name } does not exist.
error-zip-refused = { $what } is refused: { $reason }.
error-zip-damaged = { $what } is damaged or has been changed: { $reason }.
error-zip-unreadable = { $what } is not a readable zip file: it is damaged or has been changed.
error-zip-file-too-large = { $what } is refused: a file is larger than allowed.
error-zip-too-many-files = { $what } is refused: it contains more than { $max_members } files.
error-zip-contains-link = { $what } is refused: it contains a shortcut (link).
error-zip-not-only-files = { $what } is refused: it contains something other than files.
error-zip-files-too-large = { $what } is refused: the files are larger than allowed (at most { $amount }).
error-header-recovery-key-format = This recovery key does not have the right form (32 characters).
error-header-key-missing = This key does not exist (any more).
error-header-wrong-passphrase = The passphrase is not right. Mind capital letters and spaces; nothing was changed.
error-header-recovery-key-other-vault = This recovery key does not belong to this vault.
error-header-unexpectedly-large = The key file is unexpectedly large; it may have been changed.
error-header-weak-kdf = The key file asks for too weak key derivation; it may have been changed.
error-header-impossible-settings = The key file contains impossible settings; it may have been changed.
error-header-unknown-kdf = Unknown key derivation in the key file.
error-header-worker-name-taken = There is already a worker with this name in the vault.
error-header-cannot-remove-last-worker = The last worker cannot be removed.
error-header-missing = The key file next to the vault is missing. Without this file the vault cannot be opened; restore it from a backup.
error-header-damaged-or-changed = The key file is damaged or has been changed.
error-header-not-a-key-file = This is not a Toestemming key file.
error-header-newer-version = This key file was made by a newer version of Toestemming.
error-header-unreadable = The key file is damaged and cannot be read.
error-replay-export-refused-part = No proof is made: what the vault says about part { $position } of this request differs from the log. A proof must match the log. Have the administrator check the vault with 'toestemming-cli check' (it names the reference code and the part) and, if needed, restore the latest verified backup.
error-replay-export-refused = No proof is made: what the vault says about the chosen consents differs from the log. A proof must match the log. Have the administrator check the vault with 'toestemming-cli check' (it names the reference code and the part) and, if needed, restore the latest verified backup.
error-replay-export-refused-evidence = No proof is made: what the vault says about a piece of evidence differs from the log. A proof must match the log. Have the administrator check the vault with 'toestemming-cli check' (it names the reference code and the part) and, if needed, restore the latest verified backup.

## cli (toestemming/cli.py: how an error is printed)

cli-error = Error: { $message }

## field labels (errors.field_label): the Dutch label is the code's own; here its English name

label-stap-1-grondslag = Step 1 – legal basis
label-alleen-buitenkantinformatie = Outside information only
label-ca-certificaat = CA certificate
label-datum-van-vandaag = Today's date
label-certificaat = Certificate
label-sleutel = Key
label-server = Server
label-database = Database
label-geboortedatum = Date of birth
label-certificaatbestand = Certificate file
label-kanaal = Channel
label-code = Code
label-contactgegevens = Contact details
label-contactgegevens-in-het-engels = Contact details in English
label-afdeling = Department
label-beschrijving = Description
label-uitleg = Explanation
label-leerlingnummer = Student number
label-achternaam = Surname
label-naam-afzender = Sender name
label-voornaam = First name
label-roepnaam-voornaam = First name
label-map = Folder
label-gebruikersnaam = User name
label-tussenvoegsel = Surname prefix
label-datum-van-uitstroom = Date of leaving
label-bestandstype = File type
label-naam = Name
label-naam-van-de-medewerker = Worker's name
label-naam-van-de-ontvanger = Recipient's name
label-engelse-naam = English name
label-vertaalde-naam = Translated name
label-reden-om-niet-te-informeren = Reason not to inform
label-toelichting = Explanation
label-wet-en-artikel = Law and article
label-naam-van-de-organisatie = Organisation name
label-toelichting-perspectief = Notes on the perspective
label-opleiding = Programme
label-stap-3-proportionaliteit = Step 3 – proportionality
label-stap-2-doel = Step 2 – purpose
label-reden = Reason
label-toestemming = Consent
label-school = School
label-stap-4-subsidiariteit = Step 4 – subsidiarity
label-tekst-van-het-bericht = Message text
label-titel = Title
label-begindatum = Start date
label-einddatum = End date
label-jongere = Young person
label-ontvanger = Recipient
label-doel = Purpose
label-onderdeel = Part
label-vertegenwoordiger = Representative
label-ondertekenaar = Signer
label-verzoek = Request
label-afweging = Weighing
label-gegevens = Data
label-bewijsstuk = Piece of evidence
label-bericht = Message
label-medewerker = Worker
label-ondertekening = Signing
label-naam-contactpersoon = Contact person
label-organisatie = Organisation

## rules (toestemming/rules.py: who decides and why; shown at the desk and inside errors)

rules-birth-date-after-day = The date of birth is later than this date.
rules-adult-represented = The young person is { $age } years old and { $protection ->
        [curatele] is under guardianship (curatele)
       *[other] has a mentor (mentorschap)
    }: the { $noun ->
        [curator] curator
       *[other] mentor
    } makes the decisions for the young person.
rules-no-adult-representative = No { $noun ->
        [curator] curator
       *[other] mentor
    } has been registered. First add the { $noun ->
        [curator] curator
       *[other] mentor
    }.
rules-youth-decides = The young person is { $age } years old and makes the decision themselves. Parents no longer have a say.
rules-parents-decide = The young person is { $age } years old: the parents with parental authority (gezag) or the guardian (voogd) make the decision.
rules-no-gezag = No parent with parental authority (gezag) and no guardian (voogd) has been registered. First record who has parental authority.
rules-too-many-gezag = { $count } people with parental authority are recorded, but at most two hold it (parents with authority or a guardian). Until that is right, nobody decides. Turn parental authority off for whoever does not hold it, or end that representation: a family guardian (OTS) or foster parent holds no parental authority. Withdrawing is still possible.
rules-parents-decide-youth-heard = The young person is { $age } years old (under 16): { $who ->
        [one] the parent with parental authority or the guardian makes the decision
        [all] both parents with parental authority make the decision (policy: both)
       *[either] one of the parents with parental authority makes the decision (policy: one parent is enough)
    }. The young person is still informed and asked for their view.
# under rules.CHILD_SIGNS_FROM (8): the child is told by the parents and signs nothing
rules-parents-decide-young-child = The child is { $age } years old: { $who ->
        [one] the parent with parental authority or the guardian makes the decision
        [all] both parents with parental authority make the decision (policy: both)
       *[either] one of the parents with parental authority makes the decision (policy: one parent is enough)
    }. The child signs nothing; the parents tell the child themselves, in words that fit the age.
rules-decider-changed = { $change ->
        [youth] asked of the parents; now 16: ask the young person
        [adult] asked when someone else decided; curatele or mentorship changed: ask who decides now
       *[gezag] asked of whoever held parental authority then; it has changed: ask who holds it now
    }
rules-gezag-ended = This person no longer holds parental authority (gezag) since { $date }: what they answer after that date does not count. Ask whoever holds parental authority now.
rules-co-decide = The young person is { $age } years old. Policy for ages 12–15: the young person makes the decision together with the parents with parental authority or the guardian; both must say yes.

## why a vault is read-only (store/db.py, store/lock.py, health_report.py: error-vault-read-only's reason)

error-vault-read-only-check = The vault was opened only to be checked; nothing is changed.
error-vault-read-only-in-use = The vault was opened read-only because it is already open somewhere else: nothing was changed. Close the vault there and open it here again to make changes.
error-vault-read-only-clock-behind = This computer's clock is before the last moment in the log ({ $last }). What were recorded now would be dated before what is already in it; so the vault was opened read-only and nothing was changed. Set the computer's date and time right and open the vault again. Is the clock right now (did it run ahead before)? Then record that with 'The clock is right now' (or: toestemming confirm-clock); a backup can be made already.
error-vault-read-only-clock-moved-back = This computer's clock was set back while the vault was open: it is now before the last moment in the log ({ $last }). What were recorded now would be dated before what is already in it; so you can only read here now and nothing was changed. Set the computer's date and time right and try again. Is the clock right now (did it run ahead before)? Then record that with 'The clock is right now' (or: toestemming confirm-clock); a backup can be made already.
error-team-clock-moved-back = This computer's clock was set back while the vault was open: it is now before { $last }, a time it already gave here earlier. What were recorded now would be dated before what is already in it; so nothing was changed. Set the computer's date and time right and try again. Did the clock run ahead before and is it right now? Close the vault and open it again.
error-team-clock-behind = This computer's clock is before the last moment in the team vault's log ({ $last }). What were recorded now would be dated before what colleagues have already recorded; so you can only read here now and nothing was changed. Set the computer's date and time right and try again. Is the clock right now (did a colleague's clock run ahead)? Then record that with 'The clock is right now'.
error-team-clock-behind-first-open = This computer's clock is before the last moment in the team vault's log ({ $last }). You are opening the team vault here for the first time; what were recorded now would be dated before what colleagues have already recorded. So the team vault was not opened and nothing was changed. Set the computer's date and time right and open again. Is the clock right? Then a colleague's clock ran ahead: tell the IT department.
error-vault-read-only-taken-over = The lock file next to the vault was removed or replaced while the vault was open here, and meanwhile the vault was opened for changes somewhere else. So here you can only read now: nothing was changed. Close the vault here. To go on working here, first close it in the other place.
error-vault-read-only-moved = The vault file was moved, renamed or replaced while the vault was open here. So here you can only read: nothing was changed (anything recorded here now would not match the keys of the vault at its new place). Close the vault here and open it at its new place.
error-vault-read-only-replaced = The vault file was overwritten by another copy (for example a backup put back) while the vault was open here. So here you can only read, and you now see that other copy: nothing more was written into it. What was recorded here since the vault was last closed is kept separately next to the vault (a file with '-wal.vervangen-' in its name); do not throw it away. Close the vault here and have the administrator find out which copy is the right one.
error-vault-read-only-files = The vault, the key file next to it (ending in .keys) or their folder was made read-only while the vault was open. What were recorded now could not be kept up in the key file (which protects against an older vault being put back unnoticed); so nothing was changed and you can only read here now. Make the files and the folder writable again (Properties, untick 'Read-only', or ask the administrator) and try again.
error-vault-key-renewed-elsewhere = The vault was encrypted again in the other place where it is open (for example because a worker was removed). That is why nothing more can be read here. The vault is not damaged. Close the vault here and open it again.
error-vault-not-a-vault-file = Where the vault file should be there is a folder or another kind of file, not a vault. Choose the vault file (ending in .tvault) and try again. Nothing was changed.
error-vault-read-only-damaged = The vault is damaged, is missing saved work or was changed without the app, so it was opened read-only: you can view the data but change nothing. { $advice }

## the log head outside the database (toestemming/log_head.py)

error-sentences = { $first } { $rest }
error-list = { $first }, { $rest }
log-head-restore-hint = Restore the latest backup to a new place, or ask the administrator to find out what happened to the file. This vault is left untouched.
log-head-unreadable = The log could not be read to compare it with the state the vault recorded.
seen-head-rolled-back = On this computer the log of this vault already had { $seen } events; now it has { $now }. Someone probably put back an older copy of the vault (with its key file): what was recorded after it is missing here. So in this window you can only read. Ask the administrator to find out what happened; a newer backup may hold what is missing. This computer says this once.
seen-head-rewritten = On this computer the log of this vault looked different: event { $seen } is no longer the same. The log was rewritten or another copy of the vault was put back. So in this window you can only read. Ask the administrator to find out what happened. This computer says this once.
log-head-header-changed = The key file was changed: the recorded state of the log was not written by this vault. { $hint }
log-head-unsigned = The recorded state of the log is not signed with the organisation's key. { $hint }
log-head-shorter = The log is shorter than the vault itself recorded: the last { $missing } event(s) (up to number { $size }, recorded on { $at }) are missing. Saved work was lost, for example because the log file (-wal) was deleted or an older copy of the vault file was put back. { $hint }
log-clock-runs-back = Event { $seq } is dated earlier ({ $at }) than an event before it ({ $before }): the clock was set back, or two computers with different clocks worked in this vault. The order in the log holds; the dates of those events cannot be taken as they stand.
log-clock-runs-back-more = And { $count } more event(s) dated earlier than an event before them.
log-head-differs = The log differs from the state the vault recorded: event { $size } is no longer the same. The log was changed or replaced after it was recorded. { $hint }
log-head-checkpoints-missing = Signed checkpoints are missing from the vault: the vault recorded { $count }, now there are { $missing } fewer. A checkpoint (and the timestamp that belongs to it) was deleted after it was made. { $hint }
log-head-stamps-missing = Trusted timestamps (RFC 3161) of checkpoints are missing from the vault: the vault recorded { $count }, now there are { $missing } fewer. A timestamp was deleted outside the program; what relied on it has lost its trusted time. { $hint }
stamp-row-no-checkpoint = A timestamp is stored for checkpoint { $checkpoint }, which is not in the vault: it was moved outside the program or the checkpoint was deleted.
stamp-row-token = The timestamp of checkpoint { $checkpoint } is wrong: { $problem } It was replaced or moved outside the program; that checkpoint has no trusted time.
stamp-row-time = Checkpoint { $checkpoint } lists a time of the timestamp authority that is not the time in the timestamp itself: it was changed outside the program.
stamp-row-address = The timestamp of checkpoint { $checkpoint } lists a timestamp authority address the log says was never set: it was changed outside the program.
log-head-merkle-root-differs = The Merkle tree over the first { $size } events does not match the recorded state of the log.
log-head-not-append-only = The log was not only added to since the recorded state.
log-head-other-organisation = The team server gives your organisation a different vault number than this computer saw before. Toestemming never does that itself: the data on the server was replaced or rewritten, and the state of the log this computer kept belongs to the old number. Nothing is changed; have the administrator (IT) find out what happened on the server.

## why a zip is refused (toestemming/safezip.py: error-zip-refused / error-zip-damaged's reason)

zip-what-backup = The backup
zip-what-proof = The proof package
zip-odd-name = a file with an unusual name
zip-why-bomb = { $name } unpacks to more than the zip file states (a so-called zip bomb)
zip-why-crc = { $name } does not match its checksum (CRC)
zip-why-trailing = there is text or something else after the table of contents (a comment or a second file) that is no part of the package
zip-why-too-many-files = it contains more than { $limit } files
zip-why-directory-too-large = the table of contents of the zip file is improbably large
zip-why-directory-incomplete = the table of contents of the zip file is incomplete
zip-why-unsafe-name = the file name { $name } points out of the package or contains odd characters (an absolute path, a drive letter or '..')
zip-why-duplicate-name = the name { $name } occurs more than once; one of them may be forged
zip-why-encrypted = { $name } is encrypted with a password
zip-why-method = { $name } is packed in a way that is unsupported
zip-why-file-too-large = { $name } is larger than allowed (at most { $amount })
zip-why-size-wrong = the stated size of { $name } is wrong
zip-why-total-too-large = the files together are larger than allowed (at most { $amount })
zip-why-comment = { $name } has a comment that is unsigned
zip-why-not-plain-file = { $name } is no ordinary file (a shortcut, a device or a folder with contents)
zip-why-empty-folder = the folder { $name } is empty: only its name says something, and no signature covers it
zip-why-ambiguous = { $name } is stored in an ambiguous way
zip-why-offset-wrong = the position of { $name } in the zip file is wrong
zip-why-header-differs = the table of contents of the zip file does not match { $name }
zip-why-two-names = { $name } carries a second name (in an extra field or another character set) that other unzip programs show instead of the one checked
zip-why-overlap = { $name } overlaps another part of the zip file
zip-why-unaccounted-bytes = it contains bytes that belong to no file (before, between or after the files)
zip-why-not-inflatable = { $name } cannot be unpacked
zip-why-missing = { $name } is missing

## language names for the worker (words.LANGUAGE_LABELS in the reader's language)

language-label-nl = Dutch
language-label-en = English
language-label-ar = Arabic
language-label-tr = Turkish
language-label-pl = Polish
language-label-uk = Ukrainian
language-label-ti = Tigrinya
language-label-so = Somali
language-label-fa = Persian
language-label-de = German
language-label-fr = French
language-label-es = Spanish
language-label-pap = Papiamento

## lawful bases and override grounds inside a message (model.BASIS_LABELS, OVERRIDE_GROUND_LABELS)

basis-consent = consent
basis-contract = contract
basis-legal_obligation = legal obligation
basis-vital_interest = vital interest
basis-public_task = public interest / public task
basis-legitimate_interest = legitimate interest
override-ground-legal_obligation = legal obligation
override-ground-vital_interest = vital interest
override-ground-court_order = court order
override-grounds-all = legal obligation or vital interest or court order

## an item's status and why (rules.item_status: StatusInfo.why)

status-why-withdrawn = Withdrawn.
status-why-revoked = Ended by the organisation.
status-why-invalidated = Declared invalid.
status-why-superseded = Replaced by a new consent.
status-why-remote-expired = Remote request expired: no answer came within the time allowed.
status-why-expired = Valid up to and including { $until }.
status-why-given = Everyone who has to decide has said yes.
status-why-refused = Someone said no.
status-why-conflicting = The people who decide disagree; that counts as no consent.
status-why-requested = Not everyone who has to decide has answered yet.
status-why-gezag-changed = Yes given by whoever held parental authority then; parental authority has changed since. What was already shared on that yes stays lawful. For new sharing { $now ->
        [voogd] the guardian (voogd)
        [youth] the young person (16 or older)
       *[gezag] whoever holds parental authority now
    } decides: ask again.
status-why-decider-changed = { $change ->
        [youth] The young person turned 16 since the parents were asked and decides now, but has not been asked yet: ask the young person.
        [co] The young person turned 12 since this was asked and now decides along (policy for ages 12–15), but has not been asked yet: ask the young person.
        [adult] Curatele or mentorship changed since this was asked: whoever decides now has not been asked yet. Ask them now.
       *[gezag] Parental authority changed since this was asked: { $new ->
            [voogd] the guardian (voogd)
           *[parent] whoever (also) holds parental authority now
        } has not been asked yet. Ask { $new ->
            [voogd] the guardian
           *[parent] that parent
        } now.
    }
status-why-policy-changed = The organisation's policy changed since this was asked: { $change ->
        [co] young people aged 12 to 15 now decide together with their parents (policy for ages 12–15). The young person has not been asked yet: ask the young person.
        [all] every parent with parental authority must now say yes, not just one of them. Ask the parent who has not answered yet.
       *[rules] whoever (also) decides now has not been asked yet. Ask them now.
    }
status-why-reconfirm = Given by { $given_by ->
        [youth] the young person, before the guardianship (curatele) or mentorship
       *[parents] the parents, when the young person was under 16
    }; { $now ->
        [youth] the young person now decides for themselves
        [curator] the curator now makes the decision
       *[mentor] the mentor now makes the decision
    } and has to confirm it again.

## "Mag ik delen?" (rules.may_share: ShareAnswer.why and warning_phrases)

share-choose-data = Choose which data you want to share.
share-nothing-asked = No consent was asked for this recipient and this purpose.
share-blocker = { $code } part { $position }: { $reason }
share-blocker-not-yet = { $code } part { $position }: valid from { $from }.
share-warning-reconfirm = The parents gave this consent when the young person was under 16. Ask the young person to confirm it again.
share-warning-recipient-inactive = This recipient is set to inactive (closed, merged or renamed). The consent covers this organisation only, not a successor: that needs its own consent. Record here only what was really shared with this organisation.
share-warning-recipient-merged-description = The description of { $recipient } says this organisation merged, closed or took a new name: "{ $said }" The consent covers the organisation the young person read about, not a successor: that needs its own consent. Do not share under the new name. Set this recipient to inactive and add the new organisation; record here only what was really shared with this organisation.
request-warning-other-language = { $name } reads { $reads }, but this request is in { $language } and has no text in { $reads }. Whoever cannot understand the text has not been properly informed: add the purposes in { $reads } (Manage → Settings… → Purposes → New version…) and make the request again, or go through it together with an interpreter.
share-covered = Covered by consent { $code }, part { $position }, valid up to and including { $until }.
share-not-all-covered = The consent does not cover all the chosen data. Not covered: { $names }.
share-no-valid-consent = No valid consent. { $blockers }
share-catch-all-consent = No valid consent: it was asked for something that names no one or nothing in particular. { $entry } Ask for consent again with a named organisation, data and purpose.
share-legal-duty = The law requires this sharing ({ $law }): no consent is needed or possible. Record it with a weighing on the legal obligation.

## what the audit log check found (audit.py, audit_links.py: AuditReport.why)

audit-event-missing = An event is missing.
audit-event-changed = The contents of this event were changed.
audit-history-rewritten = The history up to this signed checkpoint was rewritten.
audit-event-before-start = There is an event before the start of the log.
audit-checkpoint-signature-wrong = The signature of a checkpoint is wrong.
audit-events-gone-after-checkpoint = Events have disappeared after the last signed checkpoint.
audit-event-columns-changed = The data stored with this event was changed.
audit-merkle-root-wrong = The Merkle tree does not match the checkpoint.

## a consent given on an older purpose text (usecases/text_drift.py: "Mag ik delen?" warnings)

drift-older-text = Note: the consent was given on an older text of this purpose (version { $shown }); the text is now version { $current }. Difference: { $difference }
drift-material-ask-again = The text was changed materially: ask for consent again (it is on the 'ask again' worklist).

## what the file check found (store/db.py file_problem_phrases; $step: wal, cipher, structure, references)

db-check-unreadable = { $step ->
        [wal] processing the log file (-wal)
        [cipher] checking the encryption
        [structure] checking the structure
       *[references] checking the references
    } failed: part of the file cannot be read
db-check-failed = { $step ->
        [wal] processing the log file (-wal)
        [cipher] checking the encryption
        [structure] checking the structure
       *[references] checking the references
    } failed: { $detail }
db-check-error = error
db-check-cipher = encryption: { $detail }
db-check-disk-full = the disk is full: the latest changes are safe in the file ending in "-wal" beside the vault, but could not yet be put into the vault itself. The vault is not damaged. Free space on this disk and open the vault again; do not delete or move the "-wal" file.
db-check-page-damaged = page { $page } is damaged or was changed (its check code is wrong)
db-check-reference = reference: { $table }
db-check-structure = structure: { $detail }

## who signs, as the desk lists them (rules.DeciderSlot.label, named through errors.field_label)

label-curator = curator
label-mentor = mentor
label-ouder-met-gezag = parent with parental authority
label-een-ouder-met-gezag = one parent with parental authority

## team server (store/pg.py, store/team.py)

error-pg-bad-address = The team server's address is not written correctly. Ask the administrator for the right address.
error-pg-connection-lost = The connection to the team server was lost. What you were doing at that moment was not saved (if in doubt, check whether it is there). Try once more: the app connects again by itself.
error-pg-commit-unknown = The connection to the team server was lost at the moment of saving. Whether your change was kept is not certain: check first whether it is there before you do it again, or it may be there twice. The app connects again by itself.
error-pg-password-changed = The team server no longer accepts the password you signed in with in this window: it was changed meanwhile, or your account was turned off. What you just did was not saved. Close the team vault and open it again with your new password; if that does not work, ask the IT department.
error-pg-busy = The team server was too busy for a moment. Nothing was changed. Try again.
error-pg-write-turn-taken = A colleague is saving something on the team server right now and it is taking unusually long. Nothing was changed. Try again shortly. If this keeps happening, ask the administrator which connection is keeping the team server busy.
error-pg-not-allowed = The team server does not allow this for your account. Nothing was changed.
error-pg-read-only = The team server lets your account only read at the moment (set so by the administrator, or the server is read-only for a while). Nothing was changed. Ask the administrator if you do need to save.
error-pg-server-disk-full = The team server has no disk space left: the last change was not saved. What was saved before is kept. Tell the team server's administrator and try again once there is room.
error-pg-server-resources = The team server could not handle this change right now (memory or a configured limit reached). Nothing was changed. Try again in a moment; if it keeps happening, tell the team server's administrator.
error-pg-not-on-team-server = This works with a vault file only, not with the team server. On the team server the administrator takes care of backups and keys.
error-pg-schema-newer = The team server was updated to a newer version of Toestemming. Update the program.
error-pg-schema-older = The team server uses an older version of Toestemming. Ask the administrator to update the server.
error-pg-no-schema = Toestemming has not been set up on this team server yet. Ask the administrator to set it up.
error-pg-not-a-member = Your account does not belong to an organisation on this team server. Ask the administrator to add you.
error-pg-already-member = This account already belongs to an organisation on this team server. Nothing was changed.
error-pg-organisation-exists = This vault is already on the team server. Nothing was changed.
error-pg-move-source-damaged = The vault is not in order (check it with toestemming-cli check). A damaged vault is not moved to the team server. Nothing was changed.
error-pg-move-verify-failed = The copy on the team server did not pass the check. Nothing was stored on the server and the vault was not changed.
error-pg-invalid-value = A value does not fit its field (too large, or not a number or date where one is needed). Nothing was changed.

## the start screen's worklists (usecases/worklists.py: one line per request or item, no names)

worklist-waiting-today = waiting for an answer, since today
worklist-waiting-days = waiting for an answer, { $count } { $form ->
        [one] day
       *[other] days
    } old
worklist-expires = item { $position } expires on { $date }
worklist-reconfirm = item { $position }: { $reason }
worklist-decider-changed = item { $position }: { $reason }
worklist-text-changed = item { $position }: purpose text changed materially (version { $shown } → { $current }); ask for consent again
worklist-withdrawn = item { $position } withdrawn; { $count } { $form ->
        [one] recipient
       *[other] recipients
    } still to inform

## reading a reply (usecases/remote_replies.py, remote_inbox.py, capture/answers.py, capture/replies.py)

reply-already-processed = This message has already been processed; nothing is recorded twice.
reply-answer-same = Item { $position }: this person already gave the same answer on { $date }; it is not recorded again.
reply-answer-withdrawal = Item { $position }: this person said yes on { $date } and now says no. This is recorded as a withdrawal of the consent.
reply-answer-reconfirmation-refused = Item { $position }: the consent given earlier waits for this person's re-confirmation, and they now say no. This is recorded as a withdrawal of the consent.
reply-answer-other-parent-stops = Item { $position }: someone else who decides on this (such as the other parent with parental authority) gave this consent, and data were already shared. This person now says no. This is recorded as a withdrawal of the consent; whoever already received the data must be told.
reply-answer-reconsent = Item { $position }: this person said no on { $date } and now says yes. This is recorded as a new consent.
reply-answer-overtaken = Item { $position }: this person answered differently later (on { $date }); this older answer does not change that and is not recorded.
reply-nothing-new = This message says nothing new: this person had already answered everything like this (or differently later). Nothing is recorded twice.
reply-same-sender-later = This person sent another reply to the same request after this one (on { $moment }), which is waiting too{ $differs ->
        [yes] {" "}and says something else. The later reply counts: read it before you confirm this one, and do not set it aside as a copy.
       *[no] {" "}and says the same. Confirming one of them is enough.
    }
reply-same-sender-earlier = This person already sent a reply to the same request before this one (on { $moment }), which is waiting too{ $differs ->
        [yes] {" "}and says something else. This later reply counts; the earlier one changes nothing after it.
       *[no] {" "}and says the same. Confirming one of them is enough.
    }
reply-not-the-decider = This sender does not decide on this request. { $why }
reply-writer-not-decider = The message comes from the address or number of the { $role }, but the text says { $writer ->
        [youth] the young person
        [other] another child of the family
       *[parent] a parent
    } wrote it. So it is not the { $role }'s answer and cannot be recorded as it stands; whoever wrote it does not decide on this request. { $why }
reply-writer-not-sender = The message comes from the address or number of the { $role }, but the text says { $writer ->
        [youth] the young person
        [other] another child of the family
       *[parent] a parent
    } wrote it. So it is not the { $role }'s answer and cannot be recorded as it stands. Ask the writer to answer from their own address or number, or record the answer by hand.
reply-writer-parent-unnamed = The text says a parent wrote it, but not which one, and more than one parent is on record for this young person. Check that it really is the { $role } whose address or number this is before you confirm.
reply-item-already = Item { $position } is already { $status ->
        [requested] requested
        [given] given
        [refused] refused
        [conflicting] conflicting
        [withdrawn] withdrawn
        [revoked] ended by the organisation
        [expired] expired
        [invalidated] declared invalid
        [superseded] replaced
       *[other] closed
    }.
reply-item-closed = Item { $position } is { $status ->
        [requested] requested
        [given] given
        [refused] refused
        [conflicting] conflicting
        [withdrawn] withdrawn
        [revoked] ended by the organisation
        [expired] expired
        [invalidated] declared invalid
        [superseded] replaced
       *[other] closed
    } and can no longer be answered.
reply-item-recipient-inactive = Item { $position } gets a yes, but { $recipient } is no longer active (closed, merged or renamed). A yes does not cover a successor: ask consent for the new organisation.
reply-nothing-to-withdraw = There is nothing left to withdraw: everything has already ended.
reply-remote-expired = This remote request expired without an answer. Make a new request or record the answer together with the young person.
reply-special-not-explicit = Item { $position } is about sensitive data; the answer does not say explicitly that this may be shared too.
reply-several-codes = The message mentions more than one reference code ({ $codes }); it is not certain which request it is about.
reply-code-other-thread = The message mentions reference code { $code }, but it answers the e-mail about another request; it is not certain which request it is about. Check with the sender.
reply-no-code = The message contains no (valid) reference code, and it is not a reply to a message from this vault.
reply-unknown-code = This vault has no request with code { $code }.
reply-no-sender = The message has no readable sender.
reply-sender-ambiguous = This sender address belongs to more than one person around this young person; it is not certain who replied. Record the answer by hand.
reply-other-youth = The code belongs to a request for a different young person than the sender's.
reply-sender-unknown = The sender's { $channel ->
        [app] phone number
       *[email] e-mail address
    } is not known for this young person or a representative. Check who sent this.
reply-gezag-ended = The sender is the { $role } of this young person, but no longer holds parental authority (gezag) since { $date }: this answer therefore cannot count and is not recorded. Ask whoever holds parental authority now.
reply-no-date = The message has no date, not even from a mail server; the moment it was fetched or read in is used, and the proof says so.
reply-date-long-before-receipt = The sender's date lies well before the moment our mail server received the message; that moment is used (the sender sets the date), and the proof says so.
reply-date-after-receipt = The sender's date lies after the moment our mail server received the message; that moment is used (the sender sets the date), and the proof says so.
reply-date-from-server = The message has no date from the sender; the moment our mail server received it is used, and the proof says so.
reply-older-than-request = The message is older than the request; it cannot be an answer to this request.
reply-dated-future = The message is dated in the future; check the date.
reply-reason-both = it says both yes and no
reply-reason-hedge = the answer hesitates or postpones (such as 'maybe', 'I don't know', 'I'll call')
reply-reason-question = the answer is a question
reply-reason-cond = the answer sets a condition (such as 'if' or 'provided that')
reply-reason-time = the yes holds for part of the time only (such as 'only this school year', 'for 2 months', 'until the summer'); the request says how long itself: ask whether that is fine
reply-reason-until = the answer names items up to ('tot') a number (such as '1 tot 3'); whether that last item is included only 'tot en met' (up to and including) says: ask
reply-reason-retract = the message takes its answer back (such as 'laat maar' / never mind, 'ik heb me bedacht' / I changed my mind); ask what the sender answers now
reply-reason-ack = only 'ok' or a thumbs-up is not a clear yes
reply-reason-writer = the writer says they are someone who does not decide (such as a grandparent, aunt or neighbour); ask a parent with parental authority or the guardian to answer themselves
reply-reason-age = the writer says they are under 16; under 16 the parents with parental authority or the guardian decide
reply-reason-limit = the yes has a restriction that does not fit the items exactly (such as 'no medical information', 'only his grades', 'not to his father', 'anonymously'); ask what may and may not be shared
reply-reason-count = the answer names a different number of items than this request has (such as 'all 2' or 'both' with three items)
reply-reason-told = the answer also passes on someone else's answer (such as 'my husband agrees' or 'Sam agrees'); ask the sender for their own answer
reply-reason-beyond = the answer names an item this request does not have (such as '2 to 5' or '4 yes' with three items); it may be about another or an older request: ask which items are meant
reply-reason-unknown = beside the item's number stands a word the program does not know, in a sentence that answers for everything (such as 'all yes bar 2' or '2 hariç hepsi evet'); it may mean 'except': ask what the sender answers for that item
reply-reason-favour = the answer says 'voor' / 'for' (such as 'ik ben voor 1' or '1 voor, 2 tegen'): that looks like a yes but may be 'for' in another sense; ask whether the sender means yes
reply-reason-rest = the answer speaks of 'the rest' or 'the others' but names no item outside them: ask which items are meant
reply-item-does-not-exist = The answer mentions item { $position }, but this request has no such item.
reply-yes-and-withdraw = The answer says yes and also withdraw; that is ambiguous.
reply-withdrawal-doubtful = The answer hesitates; whether consent is withdrawn is not certain.
reply-yes-all-and-no-all = The answer says both yes to everything and no to everything.
reply-yes-and-no-unnamed = The answer says both yes and no, without naming items.
reply-answer-without-item = The answer says yes or no, but not for which item. An answer per item, or 'yes to everything' / 'no to everything', is needed.
reply-except-without-rest = The answer says 'except', but not what holds for the rest.
reply-item-unclear = Item { $position } is unclear: { $reason }.
reply-one-answer-for-all = One answer was read for all items ('yes to everything', 'agreed', or a no without an item). Check that this is what was meant.
reply-other-child = Part of the message is about another child of the family; that part was not read as an answer for this young person. Check the message.
reply-forwarded = Forwarded message: someone else forwarded the mail of the {$role}. What it says is read below, but it is not the {$role}'s own message and cannot be recorded as it stands. Ask the {$role} to answer themselves.
reply-items-unanswered = { $form ->
        [one] Item { $positions } has
       *[other] Items { $positions } have
    } not been answered.
reply-not-withdrawn = The answer says consent is NOT withdrawn; nothing is withdrawn and it contains no new yes or no.
reply-withdrawal-hedged = The answer hesitates about withdrawing; nothing is withdrawn.
reply-only-ok = The answer contains no yes or no: only 'ok' or an emoji (such as a thumbs-up) is not clear consent.
reply-no-yes-or-no = The answer contains no yes or no.
reply-only-told = The answer passes on someone else's answer (such as 'my husband agrees' or 'Sam agrees'); no clear yes or no of the sender's own can be read from it.
reply-doubts = The answer hesitates or postpones the answer.
reply-too-many-parts = The message has an unusual number of parts; not everything was read.
reply-file-empty = The file is empty.
reply-file-too-large = The file is larger than { $megabytes } MB; that is not an ordinary reply.
reply-not-a-message = This file is not a readable e-mail message.
reply-part-damaged = Part of the message is damaged and could not be read.
reply-message-damaged = The message is damaged or incomplete (for example cut off). Nothing is read from it; ask for it again or record it by hand.
reply-automatic = This is an automatic message (such as an out-of-office reply), not an answer from a person. Nothing is read from it.
reply-reaction = This message is an emoji reaction to the request (such as a thumbs up in Gmail or Apple Mail), not a typed answer. Nothing is read from it: ask the sender to answer yes or no per item.
reply-bounced = The request was not delivered to { $addresses }: the mail server reports that this address does not exist or does not accept mail. Check the e-mail address and send the request again, or ask in another way.
reply-no-text = The message has no text.
reply-encrypted = The message is encrypted (S/MIME or PGP); the program cannot read it. Ask the sender to answer unencrypted, or read it in a mail program with the key and record the answer by hand.
reply-tnef = The answer is in winmail.dat (Outlook sent the message in its own format); the program cannot read it. Open it in Outlook or ask the sender to answer again as plain text.
reply-parts-differ = The message has a plain text version and a formatted (HTML) version that give different answers. Which one the sender means cannot be told: ask. Nothing is recorded from it.
reply-attachments = The message has { $count } { $form ->
        [one] attachment; it is
       *[other] attachments; they are
    } kept with it.
reply-html-only = The message only had an HTML part; the text was taken from it.
reply-answer-in-own-forward = The answer is in an earlier mail of the same sender, forwarded by them; it is at the top of the text below. Check that the mail is about this request.
reply-answer-in-html = The message's text part only held the quoted request; the text was taken from its HTML part. Check that the answer below is what the sender wrote.
reply-answer-in-attachment = The answer is not in the mail itself but in an attached text file (the mail says 'see attachment'); it is at the top of the text below. Check that the attachment really is the sender's and is about this request.
reply-answer-in-subject = The answer is only in the subject line (the mail points to it); it is at the top of the text below. Check that it really is the answer to this request.

## retention worklist (usecases/retention.py: why a youth's data may be erased; no names)

retention-moment-enrolled = Enrolled
retention-moment-left = Left
retention-moment-consent-ended = Last consent ended
retention-moment-last-shared = Last shared
retention-moment-last-weighing = Last weighing
retention-reason = { $kind } on { $reference }; erasure possible from { $due }

## CSV import (toestemming/csv_import.py: per file and per row; never the row's values)

csv-birth-date-required = Date of birth is required.
csv-unreadable-character = This line contains an unreadable character; save the file as UTF-8 and try again.
csv-unreadable-from-line = Line { $line }: the file cannot be read from here on (a field is too long, or a quotation mark is not closed). Check that line.
csv-line-too-long = Line { $line }: this line is too long (more than { $columns } columns or { $characters } characters); the file was not read from here on. Is there a quotation mark (") that is not closed?
csv-file-too-large = The file is too large (at most { $megabytes } MB) to read.
csv-utf16-damaged = The file was saved as UTF-16 but is damaged or cut off; nothing was read. Save it again as CSV (UTF-8) and try again.
csv-file-empty = The file is empty.
csv-columns-missing = These columns are missing: { $columns }. Check that the first line holds the column names.
csv-too-many-lines = The file has more than { $lines } lines; split it up.
csv-field-too-long = A field is too long (more than { $characters } characters).
csv-same-student-number = This student number is already on line { $line }.
csv-same-youth = This young person is already on line { $line }.

## "Verbinding testen" (usecases/mail_account.py: one line per part)

mail-check-part-sign-in = signing in
mail-check-part-smtp = sending (SMTP)
mail-check-part-imap = receiving (IMAP)
mail-check-sign-in-ok = Sign-in is valid.
mail-check-smtp-ok = Connection and login work.
mail-check-imap-ok = Connection and folder work.
mail-check-not-set = Not set up.
mail-check-folder-missing = The chosen folder does not exist in the mailbox.
mail-check-part-sender = sender check
mail-check-sender-seen = The newest messages were checked by { $servers }: replies will have their sender checked.
mail-check-sender-other = None of the newest messages was checked by the server under "Sender checked by". Checked by: { $servers }. Copy the name of your own receiving server.
mail-check-sender-none = The newest messages carry no sender check (Authentication-Results). Ask IT whether the mail server writes one, or leave the field empty.
mail-check-sender-empty = The folder is empty: the sender check can be tested once a message is in it.
mail-check-sender-unread = The headers of the newest messages could not be read; the sender check was not tested.

## backup status (backup.py: BackupStatus.message)

backup-status-none = There is no verified backup of this vault yet. Make one now.
backup-status-overdue = The last verified backup is older than { $days } days (made on { $made }). Make a new backup.
backup-status-last = Last verified backup: { $made }.
backup-compare-forked = this backup and the vault now in use have grown apart: the vault in use signed { $size } events (the last on { $at }), the copy holds { $events }, but not the same ones. Someone worked in a copy beside the vault (copied while the vault was open, or through a synced folder). What the vault in use recorded since the split is not in this copy: whoever works on in the copy lacks that. Do not work on before it is clear which vault is the right one.
backup-compare-older = this backup is older than the vault now in use: that vault signed { $size } events (the last on { $at }), the copy holds { $events }. What the vault recorded after the copy ({ $missing } events, among them making the copy itself) is not in it: whoever works on in the copy lacks that.
backup-compare-removed-workers = in this copy { $form ->
    [one] 1 worker who was removed
   *[other] { $count } workers who were removed
} from the vault in use since can still open the vault with their own passphrase. Remove { $form ->
    [one] that worker
   *[other] them
} again before working on in the copy.
backup-compare-old-recovery-key = the recovery key of then still works in this copy; it has been replaced since. Make a new recovery key after opening it.
backup-compare-other-vault = this backup is of another vault than the vault now in use.
backup-compare-unreadable = the key file of the vault now in use could not be read: what the copy lacks was not compared.
backup-compare-head-unsigned = the key file of the vault now in use holds no log state signed by the organisation (another or an edited key file): whether this copy is older was not compared. Find out which copy is the newest before working on.
backup-compare-line-unknown = not checked whether this copy also holds events that are not in the vault now in use (a copy worked on beside it): the vault in use could not be read with this passphrase or recovery key, or its log is not the signed one. Find out whether someone worked in a copy before working on.
held-head-unreadable = the file { $name } could not be read as a proof package or backup (no signed log head in it): nothing was compared.
held-head-other-vault = the checkpoint in { $name } is not signed with this vault's key (a package of another vault, or this vault's key was replaced): nothing was compared.
held-head-rolled-back = the vault was put back: the proof package { $name } holds a checkpoint of { $at } over { $size } events, the vault now has { $events }. What was recorded after that is missing (an older vault with its key file put back?).
held-head-rewritten = the vault's log was rewritten: its first { $size } events are not those of the checkpoint of { $at } in the proof package { $name }.
held-head-backup-other-vault = the log head in the backup { $name } is not signed with this vault's key (a backup of another vault, or this vault's key was replaced): nothing was compared.
held-head-backup-rolled-back = the vault was put back: the backup { $name } holds a signed log head of { $at } over { $size } events, the vault now has { $events }. What was recorded after that is missing (an older vault with its key file put back?).
held-head-backup-rewritten = the vault's log was rewritten: its first { $size } events are not those of the signed log head of { $at } in the backup { $name }.
error-held-head-not-a-file = { $name } is not a file (it does not exist, or it is a folder). Give a proof package that was handed out before; nothing was checked.

## sender check (capture/sender_auth.py: what the organisation's mail server found about the From address)

error-settings-sender-checker-invalid = For 'Sender checked by', fill in the name of your own receiving mail server as it appears in the Authentication-Results header (for example mx.google.com), or leave it empty; several names separated by a space, at most five.
reply-sender-forged = According to your own mail server this message does not come from the sender address's domain (DMARC: fail): someone else may have sent it. Record nothing on the basis of this message; get in touch through a known number.
reply-sender-unverified = Your own mail server could not confirm that this message really comes from this address (no valid DKIM signature or DMARC). If in doubt, call to check.
reply-sender-unchecked = This message was not checked for its sender by your own mail server (for example an .eml saved elsewhere). If in doubt, call to check.

## the integrity check's outcome (audit.py AuditReport.phrase, health_report.py)

audit-ok = Log in order: { $events } events, { $checkpoints } signed checkpoints.
audit-not-ok = Log NOT in order{ $at ->
        [none] {""}
       *[event] {" "}(event { $event })
    }: { $problem }
health-ok = Vault checked and in order. { $audit }
health-damaged = Vault damaged or changed ({ $count } { $form ->
        [one] problem
       *[other] problems
    }); read-only.
health-found = Found by the check:
health-no-backup-recorded = No verified backup of this vault has been recorded yet.

# A removal renewed the data key but could not yet renew the master key (slot_keys.py).
vault-master-waits-workers = The vault's key was renewed, but its master key not yet: { $workers } must first open the vault once with their own passphrase. The master key is then renewed by itself. Until then, whoever was removed may still read the vault with an old copy of the key file.
vault-master-waits-recovery = The vault's key was renewed, but its master key not yet: first make a new recovery key (Beheer → Medewerkers). The master key is then renewed by itself. Until then, whoever was removed may still read the vault with an old copy of the key file.
vault-master-waits-workers-recovery = The vault's key was renewed, but its master key not yet: { $workers } must first open the vault once with their own passphrase, and a new recovery key is needed (Beheer → Medewerkers). The master key is then renewed by itself. Until then, whoever was removed may still read the vault with an old copy of the key file.
error-sharing-legal-duty-qualified = The legal duty for '{ $title }' ({ $law }) no longer applies to this young person: they have had a basic qualification (startkwalificatie) since { $since } and must no longer attend school for it. Without consent (from 16 the young person's, below 16 the parents' with parental authority) this may no longer be shared. Nothing was recorded.
error-qualification-diploma = Choose the diploma of the basic qualification: havo, vwo or mbo level 2, 3 or 4.
error-qualification-future = The date of the diploma is in the future.
error-qualification-too-young = The date of the diploma is before the young person's { $age }th birthday. Please check the date.
error-qualification-nothing-to-take-back = No basic qualification (startkwalificatie) of this young person is on record to take back. Nothing was recorded.
label-datum-van-het-diploma = Date of the diploma
error-clock-right-not-behind = The vault is not read-only because of the clock: there is nothing to record about the clock.
error-vault-read-only-clock-ahead = This computer's clock says { $now }: { $days } days after the last moment in the log ({ $last }). Is the clock running ahead (a flat battery, a wrong time server)? Then decisions would get a wrong date and open requests would expire wrongly; so you can only read here now and nothing was changed. Set the computer's date and time right. Has the vault really not been used for that long? Then type today's date in the 'Today's date' window that appears when the vault opens.
error-clock-ahead-not-held = The vault is not waiting for the date to be confirmed: there is nothing to confirm.
error-clock-ahead-date-differs = You typed { $typed }, but this computer's clock says { $clock }. Nothing was changed. Set the computer's date and time right and open the vault again.
cli-clock-ahead-hint = Note: this computer's clock says { $now }, { $days } days after the last moment in the log ({ $last }). Nothing is recorded until that is cleared up (a backup is still made, but not entered in the log). Is the clock running ahead? Set the date and time right. Has the vault really not been used for that long? Then record today's date: toestemming confirm-clock --vault { $vault } --vandaag DD-MM-YYYY
cli-clock-ahead-situation = The last moment in the log is { $last }; this computer's clock now says { $now }, { $days } days later. If the clock is running ahead (a flat battery, a wrong time server), decisions would get a wrong date; so nothing is recorded until you confirm today's date.
cli-clock-ahead-tsa = The configured timestamp service (outside this computer) gives as the time: { $tsa }.
cli-clock-ahead-give-today = Nothing was recorded. Is the computer's date right? Then type today's date (do not copy it from the screen): --vandaag DD-MM-YYYY. If it is wrong, set the date and time right first.
cli-clock-ahead-confirmed = Recorded as event { $seq }: the date is right ({ $now }); the log ran until { $last } ({ $days } days earlier). The vault can be changed again.
error-clock-ahead-tsa-differs = The timestamp service gives as the time { $tsa }, but this computer's clock says { $clock }. Nothing was changed. Set the computer's date and time right and open the vault again.
error-clock-right-tsa-differs = The timestamp service gives as the time { $tsa }, but this computer's clock says { $clock }. So the clock is not right; nothing was changed. Set the computer's date and time right (not back, to record something earlier) and try again.
error-clock-ahead-tsa-change-held = This computer's clock is far ahead of the log and the date has not been confirmed yet. Only a first timestamp service can be set up now; changing or switching off a service that is already set has to wait until today's date is confirmed. Nothing was changed.
cli-clock-ahead-tsa-set = Timestamp service set up. It gives as the time { $tsa }; this computer's clock says { $now }. The vault stays read-only until today's date is confirmed: toestemming confirm-clock --vault { $vault } --vandaag DD-MM-YYYY (the timestamp service is asked again then).
log-clock-corrected = Clock corrected (event { $seq }): { $who } stated at { $now } that this computer's clock is right; the log ran until { $last }. No later event is dated inside that overlapping period.
log-clock-corrected-overlap = Clock corrected (event { $seq }): { $who } stated at { $now } that this computer's clock is right; the log ran until { $last }. { $count } later event(s) (numbers { $first } to { $final }) are dated inside that overlapping period: for their order against earlier events the log counts, not the date. Check that nothing from that period only seems, by its date, to come before an earlier event it in fact followed (such as a consent that seems given before the sharing).
backup-not-recorded-clock-behind = Not recorded in the log: this computer's clock is before its last moment (the vault is read-only). The backup itself is complete.
backup-not-recorded-clock-ahead = Not recorded in the log: this computer's clock is far after the last moment in it and the date has not been confirmed yet (the vault is read-only). The backup itself is complete.
cli-clock-not-behind = This computer's clock is not before the log: nothing was recorded and the vault can be used as usual.
cli-clock-situation = The log runs until { $last }, this computer's clock now says { $now }. So the vault opens read-only: what were recorded now would be dated before what is already in it. Did the clock run ahead before and is it right now? Then you can record that; it goes into the log under your name, and the check (toestemming check) shows it to the privacy officer with everything dated inside the overlapping period after it.
cli-clock-confirm-with-ja = Nothing was recorded. Is the clock really right now? Then give the same command with --ja.
cli-clock-confirmed = Recorded as event { $seq }: the clock is right now ({ $now }); the log ran until { $last }. The vault can be changed again.
backup-status-dated-ahead = The last verified backup is dated { $made }, after today: the computer's clock ran ahead then. So it says nothing about how old it is; make a new backup.
