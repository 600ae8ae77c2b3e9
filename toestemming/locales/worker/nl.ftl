# Toestemming — worker-facing error messages (Dutch, the source).
# The desk reads these; signers' and receivers' messages are in ../nl.ftl.
# Ids: error-<area>-<words>; every { $placeholder } is a fact, never a personal value.

## backup

error-backup-warn-after-choose-between = Waarschuwen na: kies tussen 1 en 365 dagen.
error-backup-keep-between-1-automatic = Bewaar tussen 1 en { $max_keep } automatische reservekopieën.
error-backup-file-choose-new-name = Daar staat al een bestand; kies een nieuwe naam voor de reservekopie.
error-backup-folder-missing = Deze map bestaat niet.
error-backup-vault-locked-unlock = De kluis is vergrendeld. Ontgrendel haar eerst.
error-backup-backup-could-read-back = De reservekopie kon niet goed worden teruggelezen.
error-backup-reading-writing-failed-system = Lezen of schrijven is mislukt (systeemfout { $errno }). Er is niets gewijzigd.
error-backup-file-missing = Dit bestand bestaat niet.
error-backup-not-enough-space = Niet genoeg ruimte op de schijf. Er is niets half weggeschreven; maak ruimte vrij of kies een andere schijf.
error-backup-folder-not-writable = In deze map mag niet worden geschreven. Kies een andere map.
error-backup-not-a-backup = Dit bestand is geen (volledige) reservekopie van Toestemming.
error-backup-backup-damaged-been-changed = Deze reservekopie is beschadigd of gewijzigd en wordt niet teruggezet. Kies een andere reservekopie.
error-backup-backup-made-newer-version = Deze reservekopie is gemaakt met een nieuwere versie van Toestemming. Werk het programma bij.
error-backup-refused-nothing-restored = { $problem } Er is niets teruggezet; kies een andere reservekopie.
error-backup-vault-file-place-always = Op deze plek staat al een kluis of bestand. Zet een reservekopie altijd terug op een nieuwe plek.
error-backup-other-organisation = De kopie hoort niet bij de sleutel van deze organisatie.
error-backup-tampered-because = Deze reservekopie is beschadigd of gewijzigd en wordt niet teruggezet. Kies een andere reservekopie. ({ $problem })

## imap

error-imap-fetching-incoming-mail-failed = Het ophalen van binnenkomende mail mislukte.
error-imap-login-failed = Inloggen bij de mailbox lukte niet. Controleer gebruikersnaam en wachtwoord.
error-imap-sign-in-lacks-permission = De aanmelding geeft geen toegang tot de mailbox (IMAP): die toestemming is bij het aanmelden niet gegeven, of de app-registratie mist ze. Meld opnieuw aan en sta toegang tot e-mail toe; blijft het zo, vraag de ICT-afdeling de rechten uit de handleiding toe te voegen.
error-imap-dns = De naam van de server voor binnenkomende mail is niet gevonden (DNS).
error-imap-certificate-not-trusted = Het certificaat van de server voor binnenkomende mail wordt niet vertrouwd.
error-imap-secure-connection-tls-incoming = De beveiligde verbinding (TLS) met de server voor binnenkomende mail mislukte.
error-imap-no-starttls = De server voor binnenkomende mail biedt geen STARTTLS aan; er is niet aangemeld en niets opgehaald. Kies SSL of vraag de beheerder; gebeurt dit op een ander netwerk dan gewoonlijk, gebruik dat netwerk dan niet voor e-mail.
error-imap-no-answer = De server voor binnenkomende mail antwoordde niet.
error-imap-folder-missing = De gekozen map bestaat niet in de mailbox.
error-imap-account-rights-chosen-folder = Dit account heeft geen rechten op de gekozen map van de mailbox.
error-imap-unreachable = De server voor binnenkomende mail is niet bereikbaar. Controleer servernaam, poort en netwerk.
error-imap-incoming-mail-server-gave = De server voor binnenkomende mail gaf een fout.
error-imap-certificate-file-settings-could = Het certificaatbestand in de instellingen kon niet worden gelezen.
error-imap-mailbox-refused-sign-sign = De mailbox weigerde de aanmelding. Meld opnieuw aan via Instellingen e-mail; blijft het zo, vraag de ICT-afdeling of IMAP voor deze mailbox aan staat.
error-imap-sign-mailbox-mail-settings = Meld eerst aan bij de mailbox (Instellingen e-mail).

## oauth

error-oauth-sign-in-failed = Het aanmelden lukte niet. Probeer het later opnieuw.
error-oauth-sign-server-reached-check = De aanmeldserver is niet bereikbaar. Controleer de internetverbinding en probeer het opnieuw; er is niets veranderd.
error-oauth-when-sign-password-oauth = Bij aanmelden met een wachtwoord is geen OAuth-aanmelding nodig.
error-oauth-signing-browser-finished-try = Het aanmelden in de browser is niet afgerond. Probeer het opnieuw, of kies 'Aanmelden met code' als de browser niet op deze computer opent.
error-oauth-sign-page-gave-error = De aanmeldpagina gaf een fout. Vraag de ICT-afdeling of de app-registratie klopt (client-ID, redirect http://localhost, rechten).
error-oauth-no-access-token = De aanmeldserver gaf geen toegangssleutel terug.
error-oauth-unknown-client-id = De aanmeldserver kent deze client-ID niet. Controleer de client-ID in de instellingen of vraag de ICT-afdeling.
error-oauth-app-registration-lacks-permissions = De app-registratie mist rechten voor e-mail. Vraag de ICT-afdeling de rechten uit de handleiding toe te voegen.
error-oauth-certificate-not-trusted = Het certificaat van de aanmeldserver wordt niet vertrouwd.
error-oauth-no-client-id = Er is nog geen client-ID ingesteld. De ICT-afdeling registreert de app en geeft de client-ID (zie de handleiding, 'E-mail met Microsoft 365 of Google').
error-oauth-signing-refused-cancelled-nothing = Het aanmelden is geweigerd of afgebroken; er is niets veranderd.
error-oauth-answer-not-ours = Het antwoord van de aanmeldpagina hoort niet bij deze aanmelding.
error-oauth-address-invalid = Het adres van de aanmeldserver is niet geldig. Controleer de instellingen.
error-oauth-code-expired-refused-ask = De code is verlopen of geweigerd. Vraag een nieuwe code aan.

## settings

error-settings-server-name-invalid = De naam van { $server ->
        [imap] de server voor binnenkomende mail (IMAP)
       *[smtp] de mailserver
    } is niet geldig.
error-settings-port-number-between-1 = De poort moet een getal tussen 1 en 65535 zijn.
error-settings-password-invalid = Het wachtwoord is niet geldig.
error-settings-without-encryption-only-mail = Zonder versleuteling kan alleen een mailserver op deze computer, zonder inloggen. Kies STARTTLS of SSL.
error-settings-sender-address-required = Het afzenderadres is verplicht.
error-settings-waiting-time-between-5 = De wachttijd moet tussen 5 en 300 seconden liggen.
error-settings-signing-microsoft-google-only = Aanmelden met Microsoft of Google kan alleen versleuteld.
error-settings-fill-mailbox-address-user = Vul bij gebruikersnaam het adres van de mailbox in (bijvoorbeeld balie@school.nl).
error-settings-choose-microsoft-365-google = Kies Microsoft 365 of Google.
error-settings-client-id-invalid = De client-ID is niet geldig. Neem hem precies over van de ICT-afdeling.
error-settings-tenant-invalid = De tenant (organisatie-ID) is niet geldig.
error-settings-client-secret-invalid = Het client-geheim is niet geldig.
error-settings-address-sign-server-start = Het adres van de aanmeldserver moet met https:// beginnen.
error-settings-incoming-mail-only-fetched = Binnenkomende mail wordt alleen versleuteld opgehaald. Kies STARTTLS of SSL.
error-settings-folder-name-invalid = De naam van de map is niet geldig.
error-settings-choose-how-often-minutes = Kies hoe vaak (in minuten, 0 tot 1440) de app naar nieuwe antwoorden kijkt.
error-settings-reminder-come-before-request = De herinnering moet vóór het verlopen van het verzoek komen.
error-settings-give-full-app-number = Geef het app-nummer volledig, met landnummer (bijvoorbeeld +31 6 …).
error-settings-choose-starttls-ssl-security = Kies STARTTLS, SSL of geen beveiliging.
error-settings-choose-how-app-signs = Kies hoe de app zich aanmeldt.
error-settings-choose-starttls-ssl = Kies STARTTLS of SSL.
error-settings-days-between-1-365 = Het aantal dagen voor { $label } moet tussen 1 en 365 liggen.

## team server connection (toestemming/team_profile.py, store/pg_roles.py, cli_team.py)

error-team-host-invalid = De servernaam is ongeldig. Gebruik een naam als db.voorbeeld.nl of een IP-adres.
error-team-role-invalid = De gebruikersnaam is ongeldig. Gebruik kleine letters (a-z), cijfers en _ (maximaal 63 tekens), en begin met een letter.
error-team-port-invalid = De poort moet een getal zijn van 1 tot en met 65535 (meestal 5432).
error-team-ca-required = Kies het CA-certificaat van de teamserver (een .crt- of .pem-bestand van de ICT-afdeling). Zonder dat bestand kan de app niet controleren dat zij met de echte server praat.
error-team-file-unreadable = { $label }: het bestand bestaat niet of kan niet worden gelezen.
error-team-file-not-certificate = { $label }: dit bestand is geen certificaat (PEM).
error-team-file-not-key = Dit bestand is geen sleutel (PEM) bij het certificaat.
error-team-cert-and-key = Kies het certificaat én de sleutel die erbij hoort, of geen van beide.
error-team-too-many-profiles = Er kunnen niet meer dan { $max } verbindingen worden bewaard. Verwijder eerst een verbinding.
error-team-keyring-unavailable = Het wachtwoord kon niet worden bewaard in de wachtwoordkluis van de computer. Het wachtwoord is niet bewaard; u typt het de volgende keer opnieuw.
error-team-password-set-start-terminal = Geef het wachtwoord van de beheerder in de omgevingsvariabele { $password_env } of start de opdracht in een terminal.
error-team-url-invalid = Het serveradres is ongeldig. Gebruik postgresql://beheerder@server:5432/database?sslmode=verify-full&sslrootcert=ca.crt
error-team-url-needs-tls = Het serveradres moet sslmode=verify-full en sslrootcert (het CA-certificaat) hebben: zonder gecontroleerde TLS gaat er geen wachtwoord over het netwerk.
error-team-url-has-password = Zet het wachtwoord niet in het serveradres: iedereen op deze computer kan een opdrachtregel lezen. Het wachtwoord wordt gevraagd (of komt uit de omgevingsvariabele PGPASSWORD).
error-team-worker-exists = Er bestaat al een gebruiker met deze naam op de server.
error-team-worker-was-removed = Deze inlognaam was van een medewerker die is verwijderd. Een verwijderde inlognaam komt niet terug: zijn geschiedenis blijft onder die naam staan. Kies een nieuwe inlognaam, bijvoorbeeld met een cijfer erachter. Er is niets gewijzigd.
error-team-worker-unknown = Er is geen medewerker met deze naam op de server.
error-team-not-set-up = De teamserver is nog niet ingericht: de rollen toestemming_app en toestemming_cert ontbreken. Laat de ICT-afdeling eerst deploy/team_server.sql uitvoeren.
error-team-not-allowed = Deze beheerder mag dit niet op de server. Gebruik de beheerder toestemming_admin.
error-team-password-or-certificate = Kies een wachtwoord of een certificaat voor de medewerker, niet allebei.
error-team-password-too-short = Het wachtwoord van een medewerker moet minstens { $min } tekens hebben.
error-team-login-failed = Inloggen bij de teamserver lukte niet. Controleer gebruikersnaam en wachtwoord (of certificaat). Is de medewerker verwijderd, vraag dan de beheerder.
error-team-unreachable = De teamserver is niet bereikbaar. Controleer servernaam, poort en netwerk, of probeer het later opnieuw.
error-team-certificate-mismatch = Het certificaat van de teamserver klopt niet met het CA-certificaat of met de servernaam. Er is niets verstuurd. Controleer het CA-bestand en de servernaam met de ICT-afdeling.
error-team-no-tls = De teamserver weigert verbindingen zonder versleuteling (TLS).
error-team-server-error = De teamserver gaf een fout. Er is niets veranderd.
error-team-commit-unknown = De verbinding met de teamserver viel weg op het moment van opslaan. Of de wijziging is bewaard, is niet zeker: kijk eerst met team-worker list hoe de medewerker er nu voor staat, voordat u het opnieuw doet.
error-team-too-many-windows = U heeft de teamserver al in te veel vensters of programma's tegelijk open. Sluit er een en probeer het opnieuw.
error-team-admin-no-organisation = Deze beheerder hoort nog bij geen organisatie op de teamserver. Richt de server eerst in met toestemming-cli team-setup.
error-team-passwords-differ = De twee wachtwoorden zijn niet gelijk. Er is niets veranderd.
error-team-password-required = Vul het wachtwoord in.

## smtp

error-smtp-sign-mailbox-mail-settings = Meld eerst aan bij de mailbox (Instellingen e-mail, 'Aanmelden').
error-smtp-mail-server-refused-recipient = De mailserver weigerde de ontvanger; er is niets verzonden.
error-smtp-certificate-file-settings-could = Het certificaatbestand in de instellingen kon niet worden gelezen; er is niets verzonden.
error-smtp-login-failed = Inloggen bij de mailserver lukte niet. Controleer gebruikersnaam en wachtwoord.
error-smtp-sign-in-lacks-permission = De aanmelding geeft geen toestemming om e-mail te verzenden (SMTP): die toestemming is bij het aanmelden niet gegeven, of de app-registratie mist ze. Meld opnieuw aan en sta toegang tot e-mail toe; blijft het zo, vraag de ICT-afdeling de rechten uit de handleiding toe te voegen. Er is niets verzonden.
error-smtp-sender-not-allowed = De mailserver staat dit account niet toe te versturen vanaf dit afzenderadres (geen rechten). Vraag de ICT-afdeling; er is niets verzonden.
error-smtp-mail-server-refused-recipient-2 = De mailserver weigerde het e-mailadres van de ontvanger.
error-smtp-login-method-unsupported = De mailserver ondersteunt deze manier van inloggen niet.
error-smtp-certificate-not-trusted = Het certificaat van de mailserver wordt niet vertrouwd; er is niets verzonden.
error-smtp-secure-connection-mail-server = De beveiligde verbinding met de mailserver mislukte.
error-smtp-timeout = De mailserver antwoordde niet op tijd.
error-smtp-dns = De naam van de mailserver is niet gevonden (DNS). Controleer de servernaam en het netwerk.
error-smtp-mail-server-closed-connection = De mailserver verbrak de verbinding; er is niets verzonden.
error-smtp-mail-server-gave-error = De mailserver gaf een fout; er is niets verzonden.
error-smtp-unreachable = De mailserver is niet bereikbaar. Controleer de servernaam, de poort en het netwerk.
error-smtp-mail-server-refused-sign = De mailserver weigerde de aanmelding. Meld opnieuw aan via Instellingen e-mail; staat het daarna nog zo, vraag de ICT-afdeling of SMTP-verzending voor deze mailbox aan staat. Er is niets verzonden en niets verloren.
error-smtp-mail-server-offer-starttls = De mailserver biedt geen STARTTLS aan; er is niets verzonden. Kies SSL of vraag de beheerder.

## cli

error-cli-passphrase-set-start-terminal = Geen wachtwoordzin: zet { $passphrase_env } of start vanuit een terminal.
error-cli-output-lost = De uitvoer kon niet worden geschreven (schijf vol?). Wat hierboven ontbreekt, is niet gemeld; voer de opdracht opnieuw uit met de uitvoer naar een andere plek.
error-cli-unexpected = Er ging onverwacht iets mis (foutcode { $code }). De kluis kan gegevens bevatten die het programma niet zelf zo heeft geschreven: voer 'toestemming-cli check' uit en meld het aan de beheerder, met het logboek (daarin staat waar het misging, zonder persoonsgegevens).
error-passphrase-not-text = De wachtwoordzin bevat tekens die geen tekst zijn (de terminal of TOESTEMMING_PASSPHRASE gebruikt een andere tekenset dan UTF-8). Typ de wachtwoordzin opnieuw in een terminal met UTF-8.
error-cli-command-line-version-start = Dit is de opdrachtregelversie; start de app met 'toestemming'.
error-cli-give-vault-vault-path = Geef de kluis op met --vault PAD.

## import

error-import-birth-date-invalid = Geboortedatum is geen geldige datum (gebruik dd-mm-jjjj).

## service

error-service-next-vault-are-conflict = Naast de kluis staan conflictkopieën die een synchronisatieprogramma (OneDrive, Dropbox, Google Drive …) heeft gemaakt, omdat de kluis op twee plekken tegelijk is gewijzigd. Toestemming kan niet bepalen welke kopie klopt en opent de kluis daarom niet. Vraag de beheerder om uit te zoeken welke kopie de juiste is en de andere weg te zetten, of zet de laatste reservekopie terug. Zet de kluis daarna buiten de synchronisatiemap.
error-service-worker-missing = Deze medewerker bestaat niet of is al verwijderd.
error-service-cannot-remove-own-key = U kunt uw eigen sleutel niet verwijderen terwijl u bent aangemeld.
error-service-helper-did-not-end = De kluis is hier gesloten en de sleutels zijn uit het geheugen gewist. Eén hulpprogramma van de controle reageerde niet meer (waarschijnlijk reageert de netwerkschijf met de kluis niet) en kon niet worden beëindigd; het kan het kluisbestand nog even openhouden. Er is niets verloren. Wacht tot de netwerkschijf weer bereikbaar is voordat u de kluis opnieuw opent; lukt dat niet, start de computer dan opnieuw op.
error-service-cannot-remove-last-worker = De laatste medewerker kan niet worden verwijderd.
error-service-worker-no-access = Deze medewerker heeft geen toegang meer tot deze kluis. Vraag een collega die wel toegang heeft om u opnieuw toe te voegen.
error-service-default-validity-between-1 = De standaard geldigheid moet tussen 1 dag en 5 jaar liggen.
error-service-retention-period-between-1 = De bewaartermijn moet tussen 1 en 30 jaar liggen.
error-service-lock-automatically-between-30 = Automatisch vergrendelen: tussen 30 seconden en een uur.
error-service-vault-lacks-basic-data = De kluis mist basisgegevens; controleer haar met 'toestemming check'.

## db

error-db-vault-file-missing = Het kluisbestand bestaat niet op deze plek.
error-db-file-place-choose-another = Op deze plek staat al een bestand; kies een andere naam.
error-db-wrong-key-or-damaged = De kluis kan niet worden gelezen met deze sleutel: het bestand is beschadigd of hoort bij een ander sleutelbestand.
error-db-rekey-reader-busy = Een ander venster of programma leest de kluis op dit moment, daarom kan de sleutel nu niet worden vernieuwd. Er is niets gewijzigd: de oude sleutel en wachtwoorden gelden nog. Sluit de andere vensters van deze kluis (of wacht tot ze klaar zijn met lezen) en probeer het opnieuw.
error-db-invalid-unicode = De invoer bevat tekens die niet kunnen worden opgeslagen (ongeldige Unicode).
error-db-number-too-large = Dit getal is te groot: zo'n nummer bestaat niet en kan niet worden opgeslagen.
error-db-disk-full-last-change = De schijf is vol: de laatste wijziging is niet opgeslagen. Wat eerder was opgeslagen blijft bewaard. Maak ruimte vrij en probeer het opnieuw.
error-db-folder-read-only = In de map van de kluis kan niet worden geschreven (alleen-lezen of geen rechten). Niets is gewijzigd. Zet de kluis in een map waarin u mag schrijven, of vraag de beheerder om rechten.
error-db-reading-writing-vault-file = Lezen of schrijven van het kluisbestand is mislukt (schijf vol, losgekoppeld of defect?). De laatste wijziging is niet opgeslagen.
error-db-vault-file-damaged-open = Het kluisbestand is beschadigd. Open de kluis opnieuw om te zien wat er mis is, of zet de laatste reservekopie terug.

## lock

error-lock-vault-open-another-window = De kluis is al geopend, in een ander venster of op een andere computer. Er kan maar op één plek tegelijk in worden gewerkt.
error-lock-lock-file-next-vault = Het slotbestand naast de kluis (eindigend op .lock) kan niet worden gemaakt of gelezen. Niets is gewijzigd. Controleer of de map van de kluis bereikbaar is en de schijf niet vol, en probeer het opnieuw.
error-lock-next-vault-strange-link = Naast de kluis staat een vreemde koppeling in plaats van het slotbestand (eindigend op .lock). Verwijder die en probeer het opnieuw.
error-lock-not-a-lock-file = Naast de kluis staat een map of een ander soort bestand met de naam van het slotbestand (eindigend op .lock). Daardoor kan niemand de kluis openen. Verwijder of hernoem dat (het is niet de kluis zelf) en open de kluis opnieuw. Niets is gewijzigd.
error-lock-lock-file-no-access = Het slotbestand naast de kluis (eindigend op .lock) mag u niet openen: het hoort bij een andere gebruiker of heeft andere rechten. Is de kluis nergens anders open, verwijder dan dat bestand (het is niet de kluis zelf) en open de kluis opnieuw. Mag dat ook niet, vraag dan uw beheerder om het te verwijderen. Niets is gewijzigd.
error-lock-disk-toestemming-lock-vault = Op deze schijf kan Toestemming de kluis niet vergrendelen, zodat twee mensen tegelijk zouden kunnen schrijven. De kluis kan hier alleen-lezen worden geopend. Zet de kluis op een schijf van deze computer, of gebruik de teamserver van uw organisatie.

## migrations

error-migrations-newer-version = Deze kluis is gemaakt met een nieuwere versie van Toestemming. Werk het programma bij.
error-migrations-version-lies = Deze kluis noemt een oudere versie dan haar tabellen hebben: het versienummer in het bestand is buiten het programma om gewijzigd. Er is niets veranderd. Zet de laatste reservekopie terug op een nieuwe plek, of laat de beheerder uitzoeken wat er met het bestand is gebeurd.

## repo

error-repo-youth-missing = Deze jongere bestaat niet (meer).
error-repo-recipient-missing = Deze ontvanger bestaat niet.
error-repo-purpose-missing = Dit doel bestaat niet.
error-repo-purpose-version-missing = Deze versie van het doel bestaat niet.
error-repo-category-missing = Deze gegevenscategorie bestaat niet.
error-repo-request-missing = Dit toestemmingsverzoek bestaat niet.

## vault

error-vault-key-file-names-unknown = Het sleutelbestand noemt een onbekende versleutelingsinstelling; werk Toestemming bij of zet de laatste reservekopie terug.
error-vault-vault-place-choose-another = Op deze plek staat al een kluis; kies een andere naam.
error-vault-vault-file-missing-only = Het kluisbestand ontbreekt; alleen het sleutelbestand is er.
error-vault-check-only = De kluis is alleen geopend om te controleren; er wordt niets gewijzigd.
error-vault-key-file-changed-meantime = Het sleutelbestand is intussen gewijzigd, waarschijnlijk in een ander venster of op een andere computer. Er is niets gewijzigd. Sluit de kluis en open haar opnieuw, en probeer het dan nog eens.
error-vault-key-file-without-key = Het sleutelbestand bevat geen sleutel.
error-vault-vault-made-another-version = Deze kluis is gemaakt met een andere versie van Toestemming en moet eerst worden bijgewerkt. De controle verandert niets aan de kluis en kan haar daarom niet bijwerken: open haar eenmaal in de app (of zet haar terug uit een reservekopie) en controleer daarna.

## timestamp

error-timestamp-give-address-time-stamp = Geef het adres van de tijdstempeldienst als http://… of https://…, zonder gebruikersnaam of wachtwoord erin.

## activity

error-activity-start-date-after-end = De begindatum ligt na de einddatum.
error-activity-unknown-kind-action = Onbekend soort handeling.

## catalog

error-catalog-choose-whether-recipient-public = Kies of de ontvanger een overheidsorgaan of een private organisatie is.
error-catalog-choose-kind-recipient = Kies het soort ontvanger.
error-catalog-purpose-code-exists = Er bestaat al een doel met deze code.
error-catalog-choose-dat-wat = Kies DAT of WAT.
error-catalog-catch-all-recipient = Noem de organisatie zelf (en zo nodig de afdeling), niet een verzameling als 'alle instanties': toestemming geldt alleen voor een ontvanger met een naam.
error-catalog-catch-all-category = Noem welke gegevens het zijn (bijvoorbeeld contactgegevens of stagegegevens), niet 'alle gegevens' of 'het hele dossier': toestemming geldt alleen voor gegevens die genoemd zijn.
error-catalog-catch-all-purpose = Noem waarvoor de gegevens gedeeld worden, niet 'algemeen' of 'alle doelen': toestemming geldt alleen voor een doel dat genoemd is.
error-catalog-catch-all-text = De uitleg deelt met iedereen of alles ("{ $words }"). Schrijf welke gegevens, met welke organisatie en waarvoor: toestemming geldt alleen voor wat genoemd is.
error-catch-all-entry-recipient = '{ $name }' in de catalogus is geen organisatie met een naam, maar een verzameling: toestemming of delen daarvoor is niet geldig. Kies de organisatie zelf; staat die er niet in, voeg haar toe in de catalogus (en zet '{ $name }' op niet actief).
error-catch-all-entry-category = '{ $name }' in de catalogus noemt niet welke gegevens het zijn: toestemming of delen daarvoor is niet geldig. Kies gegevens met een eigen naam (bijvoorbeeld contactgegevens of stagegegevens); staat die er niet in, voeg ze toe in de catalogus.
error-catch-all-entry-purpose = Het doel '{ $name }' noemt niet waarvoor de gegevens gedeeld worden: toestemming of delen daarvoor is niet geldig. Geef het doel in de catalogus een nieuwe versie met een titel die zegt waarvoor, of kies een ander doel.
error-catch-all-request = Dit verzoek is gemaakt met een onderdeel dat niemand of niets in het bijzonder noemt, en wordt niet meer gevraagd: niet per bericht, niet op papier en niet op de tablet. { $entry } Maak daarna een nieuw verzoek; wat er al besloten is, blijft leesbaar.
error-catch-all-form = Het transitieformulier kan niet onder dit verzoek: het is gemaakt met een onderdeel dat niemand of niets in het bijzonder noemt, en een ja daarop is geen geldige toestemming. { $entry } Kies een ander verzoek of maak eerst een nieuw verzoek. Er is niets bewaard; een formulier dat al bewaard is, blijft leesbaar.
error-catch-all-yes = Onderdeel { $position } noemt niemand of niets in het bijzonder; een ja daarop is geen geldige toestemming en wordt niet vastgelegd (een nee wel). { $entry }
error-youth-view-choose-part = Kies bij welk onderdeel de mening van de jongere hoort.
error-youth-view-unknown = Kies wat de jongere ervan vindt: vindt het goed, wil het niet, of wil er niets over zeggen.
error-youth-view-other-request = Dit onderdeel hoort niet bij dit verzoek.
error-youth-view-decides = De jongere is { $age } jaar en beslist zelf (mee): leg zijn of haar antwoord vast als besluit, niet als mening.
error-youth-view-too-young = De jongere is { $age } jaar; de ouders vertellen het en beslissen. Een mening wordt vastgelegd vanaf 8 jaar.
error-catalog-category-code-exists = Er bestaat al een categorie met deze code.

## consent

error-consent-representative-of-other-youth = Deze vertegenwoordiger hoort niet bij de jongere.
error-consent-end-date-before-start = De einddatum ligt vóór de begindatum.
error-consent-end-date-past = De einddatum ligt in het verleden.
error-consent-at-most-five-years = Toestemming kan hoogstens vijf jaar gelden.
error-consent-no-texts-in-language = Voor deze taal zijn er nog geen teksten. Kies een andere taal.
error-consent-choose-least-one-part = Kies minstens één onderdeel.
error-consent-too-many-parts = Hoogstens { $max_items } onderdelen per verzoek.
error-consent-code-invalid = Deze code is niet geldig; controleer de tekens.
error-consent-no-request-with-code = Er is geen verzoek met deze code.
error-consent-moment-decision-before-request = Het moment van beslissen ligt vóór het verzoek.
error-consent-no-answers = Er zijn geen antwoorden.
error-consent-part-already-status = Dit onderdeel is al { $status ->
        [withdrawn] ingetrokken
        [revoked] beëindigd door de organisatie
        [expired] verlopen
        [invalidated] ongeldig verklaard
        [superseded] vervangen
        [given] gegeven
        [refused] geweigerd
        [conflicting] tegenstrijdig
       *[other] afgesloten
    }.
error-consent-purpose-text-missing = Het doel '{ $title }' heeft nog geen tekst in het { $missing }. Voeg die toe (Beheer → Instellingen → Doelen → Nieuwe versie, taal { $missing }) of maak het verzoek in een andere taal.
error-consent-recipient-inactive = Deze ontvanger is niet meer actief.
error-consent-choose-each-part-which = Kies per onderdeel welke gegevens worden gedeeld.
error-consent-same-purpose-same-recipient = Hetzelfde doel en dezelfde ontvanger staan twee keer in het verzoek.
error-consent-answer-not-in-request = Een antwoord hoort niet bij dit verzoek.
error-consent-part-contains-sensitive-data = Onderdeel { $position } bevat gevoelige gegevens: daarvoor is een aparte, uitdrukkelijke bevestiging nodig.
error-consent-yes-to-inactive-recipient = Onderdeel { $position } gaat over { $recipient }, die niet meer actief is (opgeheven, samengegaan of met een nieuwe naam). Een ja daarop geldt niet voor een opvolger: vraag toestemming voor de nieuwe organisatie. Nee zeggen kan wel. Niets vastgelegd.
error-consent-text-shown-differs-stored = De getoonde tekst wijkt af van het opgeslagen verzoek; niets vastgelegd.
error-consent-part-longer-answered-make = Onderdeel { $position } is { $status ->
        [withdrawn] ingetrokken
        [revoked] beëindigd door de organisatie
        [expired] verlopen
        [invalidated] ongeldig verklaard
        [superseded] vervangen
        [given] gegeven
        [refused] geweigerd
        [conflicting] tegenstrijdig
       *[other] afgesloten
    } en kan niet meer worden beantwoord. Maak een nieuw verzoek.
error-consent-answer-already-given = Niets vastgelegd: deze persoon heeft onderdeel { $positions } al precies zo beantwoord. Een antwoord telt één keer. Wie van ja naar nee gaat, trekt de toestemming in; dat kan altijd.
error-consent-answer-overtaken = Niets vastgelegd: dit antwoord is ouder dan een later antwoord van dezelfde persoon op onderdeel { $positions }. Dat latere antwoord blijft gelden.
error-consent-unknown-action = Onbekende actie.
error-consent-answer-yes-or-no = Een antwoord moet ja of nee zijn.
error-consent-evidence-missing = Dit bewijsstuk bestaat niet.
error-consent-time-invalid = Het tijdstip is ongeldig.
error-consent-moment-in-future = Het moment van { $what } ligt in de toekomst.
error-consent-unknown-channel = Onbekend kanaal.
error-consent-signer-invalid = Onbekend wie er beslist. Kies de jongere of een vertegenwoordiger uit de lijst. Er is niets vastgelegd.

## duplicates

error-duplicates-choose-two-different-young = Kies twee verschillende jongeren om samen te voegen.
error-duplicates-data-one-young-people = De gegevens van een van deze jongeren zijn gewist.
error-duplicates-both-young-people-consents = Beide jongeren hebben al toestemmingen, bezwaren, delingen of formulieren. Die blijven bij de jongere waarvoor ze zijn vastgelegd, dus samenvoegen kan niet. Werk verder bij één van beide en zet bij de andere een einddatum.
error-duplicates-too-many-gezag = Samengevoegd zouden meer dan twee personen het gezag hebben (ouders met gezag en voogd samen). Staat dezelfde ouder er twee keer in, of is het gezag van een ouder beëindigd? Corrigeer dat eerst bij een van beide jongeren. Niets samengevoegd.
error-duplicates-young-people-each-different = Deze jongeren hebben elk een ander leerlingnummer; het zijn twee personen.

## evidence

error-evidence-unknown-kind-evidence = Onbekend soort bewijsstuk.
error-evidence-evidence-empty = Het bewijsstuk is leeg.
error-evidence-evidence-larger-25-mb = Het bewijsstuk is groter dan 25 MB.
error-evidence-unknown-role-piece-evidence = Onbekende rol van een bewijsstuk.
error-evidence-request-missing = Dit verzoek bestaat niet.
error-evidence-evidence-been-erased-retention = Dit bewijsstuk is gewist (bewaartermijn verstreken).
error-evidence-evidence-damaged-checksum-wrong = Dit bewijsstuk is beschadigd: de controlesom klopt niet.

## forms

error-forms-end-date-before-start = { $label }: de einddatum ligt vóór de begindatum.
error-forms-hours-per-week-between = { $label }: uren per week moet tussen 1 en { $max_hours } liggen.
error-forms-most-internships = Hoogstens { $max_internships } stages.
error-forms-file-empty = Het bestand is leeg.
error-forms-qr-code-consent-form = Op deze scan is geen QR-code van een toestemmingsformulier gevonden. Scan de hele pagina scherp, of zoek het verzoek op met de code.
error-forms-scan-qr-codes-one = Op deze scan staan QR-codes van meer dan één verzoek; scan ze apart.
error-forms-unknown-kind-form = Onbekend soort formulier.
error-forms-internship-date-invalid = { $label }: de datum is ongeldig.
error-forms-no-transition-form = Voor deze jongere is nog geen transitieformulier ingevuld.
error-forms-transition-form-differs-log = Versie { $version } van dit transitieformulier wijkt af van wat het logboek over die versie vastlegde (buiten het programma om gewijzigd of toegevoegd). Zo'n versie wordt niet afgedrukt of opgeslagen. Laat de beheerder de kluis controleren met 'toestemming-cli check' en zet zo nodig de laatste geverifieerde reservekopie terug.
error-forms-consent-belongs-another-young = Deze toestemming hoort bij een andere jongere.
error-forms-file-image-pdf-read = Dit bestand is geen afbeelding of PDF die kan worden gelezen.
error-forms-choose-withdrawal = Kies een intrekking.
error-forms-withdrawal-missing = Deze intrekking bestaat niet.
error-forms-confirmation-about-one-young = Een bevestiging gaat over één jongere.
error-forms-language-unsupported = Deze taal wordt niet ondersteund.
error-forms-not-every-part-has-text = Niet elk onderdeel van dit verzoek heeft een tekst in die taal. Druk het formulier af in de taal van het verzoek.

## consent

error-consent-part-missing = Dit onderdeel bestaat niet.
error-consent-part-of-request-already-status = Onderdeel { $position } van { $reference_code } is al { $status ->
        [withdrawn] ingetrokken
        [revoked] beëindigd door de organisatie
        [expired] verlopen
        [invalidated] ongeldig verklaard
        [superseded] vervangen
        [given] gegeven
        [refused] geweigerd
        [conflicting] tegenstrijdig
       *[other] afgesloten
    }.

## mail

error-mail-set-which-service-mailbox = Stel eerst in bij welke dienst de mailbox hoort (Microsoft 365 of Google) en vul de client-ID in.
error-mail-signing-code-only-works = Aanmelden met een code kan alleen bij Microsoft 365.
error-mail-ask-code-first = Vraag eerst een code aan.
error-mail-no-refresh-token = De aanmeldserver gaf geen blijvende aanmelding (refresh token). Vraag de ICT-afdeling het recht offline_access toe te voegen.
error-mail-set-up-mail-server = Stel eerst de mailserver en de server voor binnenkomende mail (IMAP) in.
error-mail-proposal-not-for-message = Dit voorstel hoort niet bij dit bericht; er is niets vastgelegd.
error-mail-message-not-listed = Dit bericht staat niet (meer) op de lijst van antwoorden.

## people

error-people-guardianship-curatele-mentorship-only = Curatele of mentorschap kan pas vanaf 18 jaar (aan te vragen vanaf 17).
error-people-unknown-field-young-person = Onbekend veld voor een jongere.
error-people-person-listed-young-person = Deze persoon staat al bij de jongere.
error-people-most-two-parents-parental = Er kunnen hoogstens twee ouders het gezag hebben.
error-people-guardian-always-parental-authority = Een voogd heeft altijd het gezag.
error-people-at-most-two-gezag = Het gezag ligt bij hoogstens twee personen (ouders met gezag of een voogd). Heeft de rechter het gezag van een ouder beëindigd? Leg dat eerst vast. Bij een ondertoezichtstelling (OTS) houden de ouders het gezag: een gezinsvoogd is geen voogd en beslist niet mee. Niets vastgelegd.
error-people-parental-authority-about-parents = Gezag gaat over ouders; een curator of mentor beslist voor een volwassene.
error-people-representation-already-ended = Deze vertegenwoordiging is al beëindigd.
error-people-representative-missing = Deze vertegenwoordiger bestaat niet.
error-people-choose-none-curatele-mentorship = Kies: geen, curatele of mentorschap.
error-people-young-person-student-number = Er is al een jongere met dit leerlingnummer.
error-people-young-person-added-meanwhile = Deze jongere is intussen al toegevoegd (op een andere werkplek). Er is niets toegevoegd: open de bestaande jongere.
error-people-choose-parent-guardian-curator = Kies ouder, voogd, curator of mentor.

## remote

error-remote-person-no-longer-decides = Deze persoon beslist niet (meer) over dit verzoek.
error-remote-set-sender-address-mail = Stel eerst het afzenderadres in (instellingen voor e-mail).
error-remote-no-mail-server = Er is geen mailserver ingesteld. Stel die in, of bewaar het bericht als .eml.
error-remote-remote-request-expired-make = Dit verzoek op afstand is verlopen. Maak een nieuw verzoek.
error-remote-nothing-open-request = Op dit verzoek staat niets meer open.
error-remote-sender-s-phone-number = Het telefoonnummer van de afzender is verplicht.
error-remote-receipt-time-invalid = Het tijdstip van ontvangst is ongeldig.
error-remote-message-now-reads-differently = Het bericht leest nu anders dan wat getoond werd (is er intussen iets vastgelegd?). Lees het opnieuw in; er is niets vastgelegd.
error-remote-screenshot-empty-larger-25 = De schermafdruk is leeg of groter dan 25 MB.
error-remote-screenshot-image-png-jpeg = De schermafdruk moet een afbeelding (PNG, JPEG) zijn.
error-remote-message-unreadable = Dit bericht is niet (meer) leesbaar.

## retention

error-retention-schema-forbids-erasing = Wissen kan in deze kluis niet: het schema staat het wissen van vrije tekst niet toe. Er is niets gewist. Meld dit aan de beheerder.
error-retention-date-leaving-future = De datum van uitstroom ligt in de toekomst.
error-retention-are-still-consents-requests = Er lopen nog toestemmingen of verzoeken voor deze jongere. Trek ze eerst in of beëindig ze; daarna kunt u wissen.
error-retention-recipients-still-need-hear = Ontvangers moeten nog horen dat een toestemming is ingetrokken (AVG art. 19). Leg dat eerst vast; daarna kunt u wissen.
error-retention-data-young-person-been = De gegevens van deze jongere zijn al gewist.
error-retention-choose-retention-period-request = Kies: bewaartermijn of verzoek.
error-inzage-parent-without-gezag = { $name } is ouder zonder gezag en heeft geen recht op inzage in deze gegevens. Hij of zij mag op verzoek wel informatie krijgen over belangrijke zaken rond het kind (BW 1:377c): in een gesprek, niet met een kopie van dit overzicht.
error-inzage-youth-decides = De jongere is 16 of ouder en oefent zijn rechten zelf uit: { $name } krijgt de inzage alleen van de jongere zelf. Vraag de jongere of hij de inzage wil.
error-inzage-not-representative = { $name } beslist niet voor deze jongere en heeft geen recht op inzage in deze gegevens. De inzage is voor de jongere en wie voor de jongere beslist.
error-inzage-requester-unknown = Wie om inzage vraagt, staat niet bij deze jongere geregistreerd. De inzage is voor de jongere en wie voor de jongere beslist.
error-retention-retention-period-still-running = De bewaartermijn loopt nog: wissen kan vanaf { $due_on }.
error-retention-held = Over de gegevens van deze jongere loopt { $dispute }. Het bewijs blijft bewaard tot dat is afgehandeld; er is niets gewist. Leg vast dat het geschil voorbij is, daarna kunt u wissen.
error-retention-choose-dispute = Kies wat er loopt: een bezwaar, een klacht, een onderzoek van de Autoriteit Persoonsgegevens of een zaak bij de rechter.
error-retention-which-dispute = Over de gegevens van deze jongere lopen meer geschillen. Kies welk geschil voorbij is; de andere houden het bewijs vast. Er is niets vastgelegd.
retention-dispute-objection = een bezwaar
retention-dispute-complaint = een klacht
retention-dispute-authority = een onderzoek van de Autoriteit Persoonsgegevens
retention-dispute-court = een zaak bij de rechter

## sharing

error-sharing-sharing-basis-consent-needs = Voor delen op basis van toestemming is geen afweging nodig maar een toestemming.
error-sharing-assessment-missing = Deze afweging bestaat niet.
error-sharing-moment-sharing-future = Het moment van delen ligt in de toekomst.
error-sharing-choose-which-data-shared = Kies welke gegevens u hebt gedeeld.
error-sharing-choose-legal-basis = Kies een grondslag.
error-sharing-explain-each-step-few = Licht elke stap in een paar woorden toe.
error-sharing-balancing-interests-about-another = Deze afweging gaat over een andere jongere, ontvanger of doel.
error-sharing-recipient-public-authority-legal = Deze ontvanger is een overheidsorgaan met een wettelijke taak: daarvoor kan gerechtvaardigd belang nooit de grondslag zijn.
error-sharing-organisation-public-authority = Uw organisatie is een overheidsorgaan met een wettelijke taak: dan kan gerechtvaardigd belang nooit de grondslag zijn, ook niet bij een private ontvanger. Kies de wettelijke taak of plicht, of vraag toestemming.
error-sharing-special-needs-consent = Dit zijn gevoelige gegevens ({ $names }). Zonder uitdrukkelijke toestemming mag u die alleen delen als een wet het verplicht of als iemands leven of gezondheid in gevaar is; '{ $basis_labels }' is daarvoor niet genoeg. Vraag toestemming, of deel minder: bijvoorbeeld alleen dat de jongere hulp krijgt, niet waarvoor.
error-sharing-weighing-dat-only = Deze afweging staat alleen buitenkantinformatie toe: dát de jongere bekend is of hulp krijgt, sinds wanneer en bij wie, niet waarvoor. Voor { $names } is toestemming nodig, of deel alleen de buitenkant.
error-objection-who = Bezwaar maken kan de jongere zelf, of wie voor de jongere beslist (ouder met gezag, voogd, curator of mentor). Niets vastgelegd.
error-objection-consent-given = Voor deze ontvanger en dit doel is toestemming gegeven ({ $reference_code }, onderdeel { $position }). Wie dat niet meer wil, trekt de toestemming in; bezwaar gaat over delen zonder toestemming. Niets vastgelegd.
error-objection-consent-given-by-others = Voor deze ontvanger en dit doel is toestemming gegeven ({ $reference_code }, onderdeel { $position }) door wie voor de jongere beslist (onder 16: de ouders met gezag of de voogd). Bespreek het bezwaar van de jongere met hen: zij kunnen de toestemming intrekken. Niets vastgelegd.
error-objection-legal-duty = Bezwaar (verzet) geldt niet voor '{ $title }': de wet verplicht dit delen ({ $law }). Bespreek het wel met de jongere en leg uit waarom het moet. Niets vastgelegd.
error-consent-legal-duty = Voor '{ $title }' vraagt u geen toestemming: de wet verplicht dit delen ({ $law }). Een ja of nee zou niets veranderen, dus is het geen vrije keuze. Leg het delen vast als wettelijke verplichting (Gegevens delen). Niets vastgelegd.
error-sharing-legal-duty-basis = '{ $title }' is een wettelijke plicht ({ $law }): de grondslag is de wettelijke verplichting, geen andere. Niets vastgelegd.
error-sharing-legal-duty-ended = De wettelijke plicht voor '{ $title }' ({ $law }) geldt tot { $until } jaar; deze jongere is { $age }. Zonder toestemming (vanaf 16 van de jongere, daaronder van de ouders met gezag) mag dit niet meer gedeeld worden. Niets vastgelegd.
error-legal-duty-name-the-law = Noem de wet en het artikel die dit delen verplichten.
error-legal-duty-age = De leeftijd tot wanneer de plicht geldt, is een heel getal van { $low } tot en met { $high }, of leeg als de plicht altijd geldt.
error-legal-duty-exists = Dit doel is al als wettelijke plicht vastgelegd; dat verandert niet meer. Maak voor een andere plicht een nieuw doel.
error-sharing-earlier-said-sharing-recipient = Er is eerder 'nee' gezegd tegen delen met deze ontvanger voor dit doel. '{ $basis_labels }' kan dat niet opzij zetten; alleen een { $allowed }, met een geschreven reden en een tweede bevestiging.
error-sharing-earlier-said-sharing-recipient-2 = Er is eerder 'nee' gezegd tegen delen met deze ontvanger voor dit doel. Delen kan alleen met een wettelijke verplichting, vitaal belang of rechterlijke uitspraak, een geschreven reden en een tweede bevestiging.
error-sharing-inform-young-person-under = Informeer eerst de jongere (onder 16: de ouders) over het delen, of leg vast waarom dat niet kan.
error-sharing-choose-who-been-informed = Kies wie er is geïnformeerd.
error-sharing-record-why-young-person = Leg vast waarom de jongere (of de ouders) niet geïnformeerd worden.
error-sharing-name-legal-basis-legal = Noem de grondslag: wettelijke verplichting, vitaal belang of rechterlijke uitspraak.
error-sharing-balancing-interests-names-but = De afweging noemt '{ $basis_labels }', maar u deelt op grond van '{ $override_ground_labels }': die moeten hetzelfde zijn.
error-sharing-write-down-why-share = Schrijf op waarom u ondanks het 'nee' deelt (minstens een zin).
error-sharing-confirm-second-time-share = Bevestig een tweede keer dat u deelt ondanks het 'nee'. Er is niets gedeeld.

## signing

error-signing-person-cannot-decide-now = Deze persoon kan nu niet beslissen over dit verzoek.
error-signing-already-signed = Deze persoon heeft al getekend. Iets veranderen kan alleen met de begeleider: intrekken of een nieuw verzoek.

## timestamp

error-timestamp-no-service = Er is geen tijdstempeldienst ingesteld.
error-timestamp-no-answer = De tijdstempeldienst antwoordt niet (of niet met een geldige tijdstempel).

## withdrawals

error-withdrawals-choose-what-withdrawn = Kies wat er wordt ingetrokken.
error-withdrawals-part-missing = Een van de onderdelen bestaat niet.
error-withdrawals-part-been-withdrawn-meantime = Onderdeel { $position } van { $reference_code } is intussen al ingetrokken; niets vastgelegd.
error-withdrawals-recipient-need-not-be-informed = Deze ontvanger hoeft voor deze intrekking niet (meer) te worden geïnformeerd.

## validation

error-validation-date-invalid = { $label } is geen geldige datum (gebruik dd-mm-jjjj).
error-validation-must-be-text = { $label } moet tekst zijn.
error-validation-required = { $label } is verplicht.
error-validation-too-long-most-characters = { $label } is te lang (maximaal { $max_name } tekens).
error-validation-characters-not-allowed = { $label } bevat tekens die niet zijn toegestaan.
error-validation-too-long-max = { $label } is te lang (maximaal { $max_len } tekens).
error-validation-email-invalid = Dit e-mailadres ziet er niet geldig uit.
error-validation-email-non-ascii = Dit e-mailadres heeft vóór de @ een letter met een accent of een ander teken buiten a-z (zoals ë); de meeste mailservers kunnen daar niet naartoe sturen. Controleer het adres met de ontvanger.
error-validation-phone-invalid = Dit telefoonnummer ziet er niet geldig uit.
error-validation-not-a-date = { $label } is geen datum.
error-validation-date-birth-future = De geboortedatum ligt in de toekomst.
error-validation-date-birth-gives-age = Deze geboortedatum geeft een leeftijd buiten { $min_youth_age }–{ $max_youth_age } jaar; controleer de datum.
error-validation-invalid = { $label } is ongeldig.

## composed and moved messages

error-backup-copy-not-in-order = De kopie van de kluis is niet in orde: { $problem }
error-backup-copy-log-wrong = Het logboek in de kopie klopt niet: { $problem }
error-backup-write-failed = Schrijven is mislukt (schijf vol, losgekoppeld of defect?). Er is niets half weggeschreven en de kluis is niet gewijzigd.
error-oauth-sign-in-again = De aanmelding bij de mailbox is verlopen of ingetrokken. Meld opnieuw aan via Instellingen e-mail (knop 'Aanmelden'). Er is niets verloren gegaan.
error-cli-developer-tool = De opdracht '{ $command }' is een hulpmiddel voor ontwikkelaars en zit niet in deze installatie. Gebruik de broncode (python3 dev.py demo) om hem te starten.
error-health-restore-advice = Zo herstelt u de kluis: kies 'Reservekopie terugzetten' (of op de opdrachtregel: toestemming restore RESERVEKOPIE --to NIEUWE-KLUIS.tvault) en kies de laatste geverifieerde reservekopie. Die wordt eerst volledig gecontroleerd en komt op een nieuwe plek te staan; deze kluis blijft onaangeroerd, zodat de beheerder haar nog kan onderzoeken.
error-health-unreadable = De kluis is te zwaar beschadigd om te openen, ook niet om alleen te lezen.
error-health-with-advice = { $problem } { $advice }
error-vault-read-only = { $reason }
error-service-log-head-problems = { $problems }
error-db-wal-lost = Het logbestand naast de kluis (eindigend op -wal) ontbreekt of is ingekort, terwijl er nog opgeslagen wijzigingen in stonden. Om die niet ongemerkt kwijt te raken wordt de kluis niet geopend. Zet het bestand terug (bijvoorbeeld uit de prullenbak of de synchronisatiemap) of zet de laatste reservekopie terug.
error-db-journal-left = Naast de kluis staat een onafgemaakte wijziging: het bestand eindigend op -journal, van een programma dat werd afgebroken (bijvoorbeeld een oudere versie) of dat nog schrijft. Een deel ervan staat al in het kluisbestand; wie alleen leest, zou dat halve werk als de kluis zien. Daarom is er niets gelezen en niets gewijzigd. Open de kluis eerst eenmaal gewoon (dan wordt de onafgemaakte wijziging teruggedraaid), sluit haar, en controleer daarna opnieuw. Gooi het -journal-bestand niet weg: dan raakt de kluis beschadigd.
error-db-shm-removed = Een werkbestand van de kluis (het bestand eindigend op -shm) is verdwenen terwijl de kluis ergens anders open is, in een ander venster of op een andere computer. Als de kluis hier nu werd geopend, zou u niet zien wat daar daarna wordt vastgelegd. Daarom is er niets geopend en niets gewijzigd. Sluit de kluis eerst op die andere plek en open haar daarna hier opnieuw. Er gaat niets verloren.
error-passphrase-too-short = De wachtwoordzin is te kort: gebruik minstens { $min_chars } tekens, bijvoorbeeld vier losse woorden.
error-passphrase-repetitive = De wachtwoordzin herhaalt te veel dezelfde tekens.
error-passphrase-guessable = De wachtwoordzin is te makkelijk te raden (een bekend woord, een naam of een reeks). Kies bijvoorbeeld vier losse woorden die niets met u of uw werk te maken hebben.
error-rules-blocked = { $reason }
error-consent-not-decider = Deze persoon beslist niet over dit verzoek. { $explanation }
error-consent-may-not-withdraw-because = Deze persoon kan deze toestemming niet intrekken. { $explanation }
error-remote-cannot-record-because = Dit bericht kan niet zo worden vastgelegd: { $problem }
error-remote-cannot-record-no-answer = Dit bericht kan niet zo worden vastgelegd: er staat geen antwoord in.
error-sharing-choose-other-basis = { $reason } Kies een andere grondslag en leg de afweging vast, of deel niet.
error-sharing-inform-parents-under-16 = Onder 16 (of bij curatele/mentorschap) informeert u de ouders of vertegenwoordiger; vanaf 16 de jongere zelf.
error-sharing-inform-youth-from-16 = Vanaf 16 informeert u de jongere zelf, niet de ouders.
error-sharing-inform-parents-adult = De jongere is 18 of ouder: u informeert de jongere zelf; de ouders informeren over een volwassene hoort hier niet bij.
error-validation-hidden-characters = { $label } bevat tekens die niet zijn toegestaan: onzichtbare tekens of tekens die de leesrichting omdraaien (vaak meegekomen bij kopiëren en plakken). Daardoor kan de tekst er anders uitzien dan wat wordt opgeslagen. Typ de tekst opnieuw in, zonder te plakken.
# An error from outside the catalog (a library's, or a test's): its own sentence.
error-text = { $text }

## image (formulieren/image_limits.py: the same Dutch sentences)

error-image-unreadable = Dit bestand is geen afbeelding die kan worden gelezen (kop onleesbaar).
error-image-too-large = Deze afbeelding is te groot om veilig te openen ({ $width } × { $height } beeldpunten; hoogstens { $limit } miljoen). Maak een scan of foto met een lagere resolutie.
error-image-too-large-plain = Deze afbeelding is te groot om veilig te openen. Maak een scan of foto met een lagere resolutie.
error-image-too-many-pages = Deze PDF heeft { $pages } pagina's; hoogstens { $max_pages } kunnen worden ingelezen. Scan het formulier apart.
error-image-page-too-large = Een pagina in deze PDF is te groot om veilig te openen. Scan het formulier op gewoon papierformaat.

## proof, zip, key file (toestemming/proof, safezip.py, store/header.py)

error-certificate-rsa-or-ec = Gebruik een certificaat met een RSA- of EC-sleutel.
error-certificate-key-mismatch = De sleutel hoort niet bij dit certificaat.
error-certificate-not-valid-today = Dit certificaat is vandaag niet geldig.
error-certificate-not-valid-for-proof = Het certificaat van de organisatie is vandaag niet geldig (verlopen of nog niet geldig). Een bewijspakket dat ermee is ondertekend, zou bij controle worden afgekeurd: importeer eerst een geldig certificaat.
error-certificate-unreadable = Dit certificaat of deze sleutel kan niet worden gelezen (verkeerd bestand of wachtwoord?).
error-proof-part-missing = Dit onderdeel bestaat niet.
error-proof-nothing-asked-for-youth = Voor deze jongere is nog niets gevraagd.
error-proof-nothing-recorded-for-youth = Voor deze jongere is nog niets gevraagd of gedeeld, en er is geen bezwaar gemaakt: er is nog niets te bewijzen.
error-proof-no-requests = Er zijn nog geen toestemmingsverzoeken.
error-proof-trust-folder-missing = De map voor het vertrouwensbestand bestaat niet.
error-file-target-is-folder = Daar staat een map. Geef een bestandsnaam op, of kies een andere plek.
error-file-target-is-vault = Dat is een bestand van een kluis (de kluis zelf of een bestand ernaast). Dat wordt nooit overschreven: kies een andere naam. Er is niets geschreven.
error-file-target-exists = Daar staat al een bestand; er is niets overschreven en niets vastgelegd. Kies een andere naam, of verwijder het oude bestand eerst als het weg mag.
error-file-target-is-backup = Daar staat een reservekopie van een kluis. Die wordt nooit overschreven: kies een andere naam. Er is niets overschreven.
error-proof-vault-key-missing = De kluis mist haar sleutel; controleer haar met 'toestemming check'.
error-proof-no-signed-checkpoint = Het logboek heeft nog geen ondertekend controlepunt.
error-proof-package-folder-missing = De map voor het bewijspakket bestaat niet.
error-proof-out-not-folder = Meerdere bewijspakketten gaan in een map, en daar staat een bestand. Kies een (nieuwe) map; er is niets geschreven.
error-proof-folder-not-made = De map voor de bewijspakketten kon niet worden gemaakt (geen toegang, of een bestand op die plek). Kies een andere map; er is niets geschreven.
error-trust-file-damaged = Het vertrouwensbestand { $name } is beschadigd of gewijzigd; vraag de organisatie om een nieuw.
error-trust-file-not-a-file = { $name } is geen gewoon bestand (maar bijvoorbeeld een map, een apparaat of een pijp); geef het vertrouwensbestand zelf.
error-trust-expect-key-format = --expect-key: geef de vingerafdruk (32 tekens 0-9/a-f, zoals op de PDF) of de publieke sleutel (64 tekens).
error-trust-expect-key-short = --expect-key: deze vingerafdruk heeft 16 tekens, de korte vorm van oudere pakketten. Die is te kort om een vervalsing uit te sluiten. Vraag de organisatie om de volledige vingerafdruk (32 tekens) of om haar vertrouwensbestand (--trust).
error-trust-file-missing = Het vertrouwensbestand { $name } bestaat niet.
error-zip-refused = { $what } wordt geweigerd: { $reason }.
error-zip-damaged = { $what } is beschadigd of gewijzigd: { $reason }.
error-zip-unreadable = { $what } is geen leesbaar zip-bestand: het is beschadigd of gewijzigd.
error-zip-file-too-large = { $what } wordt geweigerd: een bestand is groter dan toegestaan.
error-zip-too-many-files = { $what } wordt geweigerd: het bevat meer dan { $max_members } bestanden.
error-zip-contains-link = { $what } wordt geweigerd: het bevat een snelkoppeling (link).
error-zip-not-only-files = { $what } wordt geweigerd: het bevat iets anders dan bestanden.
error-zip-files-too-large = { $what } wordt geweigerd: de bestanden zijn groter dan toegestaan (hoogstens { $amount }).
error-header-recovery-key-format = Deze herstelsleutel heeft niet de juiste vorm (32 tekens).
error-header-key-missing = Deze sleutel bestaat niet (meer).
error-header-wrong-passphrase = De wachtwoordzin klopt niet. Let op hoofdletters en spaties; er is niets gewijzigd.
error-header-recovery-key-other-vault = Deze herstelsleutel hoort niet bij deze kluis.
error-header-unexpectedly-large = Het sleutelbestand is onverwacht groot; het is mogelijk gewijzigd.
error-header-weak-kdf = Het sleutelbestand vraagt te zwakke sleutelafleiding; het is mogelijk gewijzigd.
error-header-impossible-settings = Het sleutelbestand bevat onmogelijke instellingen; het is mogelijk gewijzigd.
error-header-unknown-kdf = Onbekende sleutelafleiding in het sleutelbestand.
error-header-worker-name-taken = Er is al een medewerker met deze naam in de kluis.
error-header-cannot-remove-last-worker = De laatste medewerker kan niet worden verwijderd.
error-header-missing = Het sleutelbestand naast de kluis ontbreekt. Zonder dit bestand kan de kluis niet worden geopend; zet het terug uit een reservekopie.
error-header-damaged-or-changed = Het sleutelbestand is beschadigd of gewijzigd.
error-header-not-a-key-file = Dit is geen sleutelbestand van Toestemming.
error-header-newer-version = Dit sleutelbestand is gemaakt door een nieuwere versie van Toestemming.
error-header-unreadable = Het sleutelbestand is beschadigd en kan niet worden gelezen.
error-replay-export-refused-part = Er wordt geen bewijs gemaakt: wat de kluis over onderdeel { $position } van dit verzoek zegt, wijkt af van het logboek. Een bewijs moet kloppen met het logboek. Laat de beheerder de kluis controleren met 'toestemming-cli check' (die noemt de referentiecode en het onderdeel) en zet zo nodig de laatste geverifieerde reservekopie terug.
error-replay-export-refused = Er wordt geen bewijs gemaakt: wat de kluis over de gekozen toestemmingen zegt, wijkt af van het logboek. Een bewijs moet kloppen met het logboek. Laat de beheerder de kluis controleren met 'toestemming-cli check' (die noemt de referentiecode en het onderdeel) en zet zo nodig de laatste geverifieerde reservekopie terug.
error-replay-export-refused-evidence = Er wordt geen bewijs gemaakt: wat de kluis over een bewijsstuk zegt, wijkt af van het logboek. Een bewijs moet kloppen met het logboek. Laat de beheerder de kluis controleren met 'toestemming-cli check' (die noemt de referentiecode en het onderdeel) en zet zo nodig de laatste geverifieerde reservekopie terug.

## cli (toestemming/cli.py: how an error is printed)

cli-error = Fout: { $message }

## rules (toestemming/rules.py: who decides and why; shown at the desk and inside errors)

rules-birth-date-after-day = De geboortedatum ligt na deze datum.
rules-adult-represented = De jongere is { $age } jaar en staat onder { $protection }: de { $noun } beslist namens de jongere.
rules-no-adult-representative = Er is geen { $noun } vastgelegd. Voeg eerst de { $noun } toe.
rules-youth-decides = De jongere is { $age } jaar en beslist zelf. Ouders beslissen niet meer mee.
rules-parents-decide = De jongere is { $age } jaar: de ouders met gezag of de voogd beslissen.
rules-no-gezag = Er is geen ouder met gezag of voogd vastgelegd. Leg eerst vast wie het gezag heeft.
rules-too-many-gezag = Er staan { $count } personen met gezag vastgelegd, maar het gezag ligt bij hoogstens twee (ouders met gezag of een voogd). Zolang dat niet klopt, beslist niemand. Zet het gezag uit bij wie het niet heeft, of beëindig die vertegenwoordiging: een gezinsvoogd (OTS) of pleegouder heeft geen gezag. Intrekken kan wel.
# $who: one (één ouder met gezag of een voogd), all (beleid: allebei), either (beleid: één is genoeg)
rules-parents-decide-youth-heard = De jongere is { $age } jaar (jonger dan 16): { $who ->
        [one] de ouder met gezag of de voogd beslist
        [all] beide ouders met gezag beslissen (beleid: allebei)
       *[either] één van de ouders met gezag beslist (beleid: één ouder is genoeg)
    }. De jongere wordt wel geïnformeerd en naar zijn of haar mening gevraagd.
# under rules.CHILD_SIGNS_FROM (8): the child is told by the parents and signs nothing
rules-parents-decide-young-child = Het kind is { $age } jaar: { $who ->
        [one] de ouder met gezag of de voogd beslist
        [all] beide ouders met gezag beslissen (beleid: allebei)
       *[either] één van de ouders met gezag beslist (beleid: één ouder is genoeg)
    }. Het kind tekent niets; de ouders vertellen het zelf, in woorden die passen bij de leeftijd.
rules-decider-changed = { $change ->
        [youth] gevraagd aan de ouders; nu 16: vraag de jongere zelf
        [adult] gevraagd toen een ander besliste; curatele of mentorschap veranderde: vraag wie nu beslist
       *[gezag] gevraagd aan wie toen het gezag had; het gezag is veranderd: vraag wie het nu heeft
    }
rules-gezag-ended = Deze persoon heeft sinds { $date } geen gezag meer: wat deze persoon daarna antwoordt, telt niet. Vraag wie nu het gezag heeft.
rules-co-decide = De jongere is { $age } jaar. Beleid 12–15 jaar: de jongere beslist samen met de ouders met gezag of de voogd; allebei moeten ja zeggen.

## why a vault is read-only (store/db.py, store/lock.py, health_report.py: error-vault-read-only's reason)

error-vault-read-only-check = De kluis is alleen geopend om te controleren; er wordt niets gewijzigd.
error-vault-read-only-in-use = De kluis is alleen-lezen geopend, omdat zij op een andere plek al geopend is: er is niets gewijzigd. Sluit de kluis op de andere plek en open haar hier opnieuw om te wijzigen.
error-vault-read-only-clock-behind = De klok van deze computer staat vóór het laatste moment in het logboek ({ $last }). Wat nu werd vastgelegd, zou eerder gedateerd zijn dan wat er al in staat; daarom is de kluis alleen-lezen geopend en is er niets gewijzigd. Zet de datum en tijd van de computer goed en open de kluis opnieuw. Klopt de klok nu wél (liep hij eerder vooruit)? Leg dat dan vast met 'De klok klopt nu' (of: toestemming confirm-clock); een reservekopie maken kan nu al.
error-vault-read-only-clock-moved-back = De klok van deze computer is teruggezet terwijl de kluis open was: hij staat nu vóór het laatste moment in het logboek ({ $last }). Wat nu werd vastgelegd, zou eerder gedateerd zijn dan wat er al in staat; daarom kunt u hier nu alleen lezen en is er niets gewijzigd. Zet de datum en tijd van de computer goed en probeer het opnieuw. Klopt de klok nu wél (liep hij eerder vooruit)? Leg dat dan vast met 'De klok klopt nu' (of: toestemming confirm-clock); een reservekopie maken kan nu al.
error-team-clock-moved-back = De klok van deze computer is teruggezet terwijl de kluis open was: hij staat nu vóór { $last }, een tijd die hij hier eerder al aangaf. Wat nu werd vastgelegd, zou eerder gedateerd zijn dan wat er al in staat; daarom is er niets gewijzigd. Zet de datum en tijd van de computer goed en probeer het opnieuw. Liep de klok eerder vooruit en klopt hij nu? Sluit de kluis en open haar opnieuw.
error-team-clock-behind = De klok van deze computer staat vóór het laatste moment in het logboek van de teamkluis ({ $last }). Wat nu werd vastgelegd, zou eerder gedateerd zijn dan wat collega's al hebben vastgelegd; daarom kunt u hier nu alleen lezen en is er niets gewijzigd. Zet de datum en tijd van de computer goed en probeer het opnieuw. Klopt de klok nu wél (liep de klok van een collega vooruit)? Leg dat dan vast met 'De klok klopt nu'.
error-team-clock-behind-first-open = De klok van deze computer staat vóór het laatste moment in het logboek van de teamkluis ({ $last }). U opent de teamkluis hier voor het eerst; wat nu werd vastgelegd, zou eerder gedateerd zijn dan wat collega's al hebben vastgelegd. Daarom is de teamkluis niet geopend en is er niets gewijzigd. Zet de datum en tijd van de computer goed en open opnieuw. Klopt de klok wél? Dan liep de klok van een collega vooruit: meld het bij de ICT-afdeling.
error-vault-read-only-taken-over = Het vergrendelbestand naast de kluis is weggehaald of vervangen terwijl de kluis hier open was, en intussen is de kluis op een andere plek geopend om te wijzigen. Hier kunt u daarom alleen nog lezen: er is niets gewijzigd. Sluit de kluis hier. Wilt u hier verder werken, sluit haar dan eerst op de andere plek.
error-vault-read-only-moved = Het kluisbestand is verplaatst, hernoemd of vervangen terwijl de kluis hier open was. Hier kunt u daarom alleen nog lezen: er is niets gewijzigd (wat hier nu werd vastgelegd, zou niet passen bij de sleutels van de kluis op haar nieuwe plek). Sluit de kluis hier en open haar op haar nieuwe plek.
error-vault-read-only-replaced = Het kluisbestand is overschreven door een ander exemplaar (bijvoorbeeld een teruggezette reservekopie) terwijl de kluis hier open was. Hier kunt u daarom alleen nog lezen, en u ziet nu dat andere exemplaar: er is niets meer in geschreven. Wat hier sinds het laatste afsluiten was vastgelegd, staat apart naast de kluis (een bestand met '-wal.vervangen-' in de naam); gooi het niet weg. Sluit de kluis hier en laat de beheerder nagaan welk exemplaar het goede is.
error-vault-read-only-files = De kluis, het sleutelbestand ernaast (eindigend op .keys) of de map waarin ze staan, is alleen-lezen gemaakt terwijl de kluis open was. Wat nu werd vastgelegd, kon niet in het sleutelbestand worden bijgehouden (dat beschermt tegen het ongemerkt terugzetten van een oudere kluis); daarom is er niets gewijzigd en kunt u hier nu alleen lezen. Maak de bestanden en de map weer schrijfbaar (Eigenschappen, vinkje 'Alleen-lezen' weg, of vraag de beheerder) en probeer het opnieuw.
error-vault-key-renewed-elsewhere = De kluis is op de andere plek waar zij open is opnieuw versleuteld (bijvoorbeeld omdat een medewerker is verwijderd). Daarom kan hier niets meer worden gelezen. De kluis is niet beschadigd. Sluit de kluis hier en open haar opnieuw.
error-vault-not-a-vault-file = Op de plek van het kluisbestand staat een map of een ander soort bestand, geen kluis. Kies het kluisbestand (eindigend op .tvault) en probeer het opnieuw. Niets is gewijzigd.
error-vault-read-only-damaged = De kluis is beschadigd, mist opgeslagen werk of is buiten de app gewijzigd, en is daarom alleen-lezen geopend: u kunt gegevens bekijken, maar niets wijzigen. { $advice }

## the log head outside the database (toestemming/log_head.py)

error-sentences = { $first } { $rest }
error-list = { $first }, { $rest }
log-head-restore-hint = Zet de laatste reservekopie terug op een nieuwe plek, of laat de beheerder uitzoeken wat er met het bestand is gebeurd. Deze kluis blijft onaangeroerd.
log-head-unreadable = Het logboek kon niet worden gelezen om het te vergelijken met de stand die de kluis heeft vastgelegd.
seen-head-rolled-back = Op deze computer had het logboek van deze kluis al { $seen } gebeurtenissen; nu zijn het er { $now }. Iemand heeft waarschijnlijk een oudere kopie van de kluis (met haar sleutelbestand) teruggezet: wat daarna is vastgelegd, ontbreekt hier. Daarom kunt u in dit venster alleen lezen. Vraag de beheerder uit te zoeken wat er is gebeurd; een nieuwere reservekopie kan het ontbrekende bevatten. Deze melding komt op deze computer één keer.
seen-head-rewritten = Op deze computer zag het logboek van deze kluis er anders uit: gebeurtenis { $seen } is niet meer dezelfde. Het logboek is herschreven of er is een andere kopie van de kluis teruggezet. Daarom kunt u in dit venster alleen lezen. Vraag de beheerder uit te zoeken wat er is gebeurd. Deze melding komt op deze computer één keer.
log-head-header-changed = Het sleutelbestand is gewijzigd: de vastgelegde stand van het logboek is niet door deze kluis geschreven. { $hint }
log-head-unsigned = De vastgelegde stand van het logboek is niet ondertekend met de sleutel van de organisatie. { $hint }
log-head-shorter = Het logboek is korter dan de kluis zelf heeft vastgelegd: de laatste { $missing } gebeurtenis(sen) (tot nummer { $size }, vastgelegd op { $at }) ontbreken. Er is opgeslagen werk verloren gegaan, bijvoorbeeld doordat het logbestand (-wal) is verwijderd of een oudere kopie van het kluisbestand is teruggezet. { $hint }
log-clock-runs-back = Gebeurtenis { $seq } is eerder gedateerd ({ $at }) dan een gebeurtenis ervoor ({ $before }): de klok is teruggezet, of twee computers met een verschillende klok hebben in deze kluis gewerkt. De volgorde in het logboek klopt, de data van die gebeurtenissen kunnen niet zonder meer worden aangenomen.
log-clock-runs-back-more = En nog { $count } andere gebeurtenis(sen) die eerder gedateerd zijn dan een gebeurtenis ervoor.
log-head-differs = Het logboek wijkt af van de stand die de kluis heeft vastgelegd: gebeurtenis { $size } is niet meer dezelfde. Het logboek is na het vastleggen gewijzigd of vervangen. { $hint }
log-head-checkpoints-missing = Er ontbreken ondertekende controlepunten in de kluis: de kluis had er { $count } vastgelegd, nu zijn er { $missing } minder. Een controlepunt (en het tijdstempel dat erbij hoort) is verwijderd nadat het was gemaakt. { $hint }
log-head-stamps-missing = Er ontbreken vertrouwde tijdstempels (RFC 3161) van controlepunten in de kluis: de kluis had er { $count } vastgelegd, nu zijn er { $missing } minder. Er is een tijdstempel buiten het programma om verwijderd; wat erop steunde, heeft zijn vertrouwde tijd verloren. { $hint }
stamp-row-no-checkpoint = Er is een tijdstempel opgeslagen voor controlepunt { $checkpoint }, dat niet in de kluis staat: het is buiten het programma om verplaatst of het controlepunt is verwijderd.
stamp-row-token = De tijdstempel van controlepunt { $checkpoint } klopt niet: { $problem } Die is buiten het programma om vervangen of verplaatst; dat controlepunt heeft geen vertrouwde tijd.
stamp-row-time = Bij controlepunt { $checkpoint } staat een tijd van de tijdstempeldienst die niet de tijd in de tijdstempel zelf is: die tijd is buiten het programma om gewijzigd.
stamp-row-address = Bij de tijdstempel van controlepunt { $checkpoint } staat een adres van een tijdstempeldienst dat volgens het logboek nooit is ingesteld: het is buiten het programma om gewijzigd.
log-head-merkle-root-differs = De Merkle-boom over de eerste { $size } gebeurtenissen klopt niet met de vastgelegde stand van het logboek.
log-head-not-append-only = Het logboek is niet alleen aangevuld sinds de vastgelegde stand.
log-head-other-organisation = De teamserver geeft uw organisatie een ander kluisnummer dan deze computer eerder zag. Dat doet Toestemming nooit zelf: de gegevens op de server zijn vervangen of herschreven, en de stand van het logboek die deze computer bewaarde hoort bij het oude nummer. Er wordt niets gewijzigd; laat de beheerder (IT) uitzoeken wat er op de server is gebeurd.

## why a zip is refused (toestemming/safezip.py: error-zip-refused / error-zip-damaged's reason)

zip-what-backup = De reservekopie
zip-what-proof = Het bewijspakket
zip-odd-name = een bestand met een vreemde naam
zip-why-bomb = { $name } pakt uit tot meer dan het zip-bestand opgeeft (een zogeheten zip-bom)
zip-why-crc = { $name } klopt niet met zijn controlesom (CRC)
zip-why-trailing = er staat tekst of iets anders achter de inhoudsopgave (een opmerking of een tweede bestand) die niet bij het pakket hoort
zip-why-too-many-files = het bevat meer dan { $limit } bestanden
zip-why-directory-too-large = de inhoudsopgave van het zip-bestand is onwaarschijnlijk groot
zip-why-directory-incomplete = de inhoudsopgave van het zip-bestand is onvolledig
zip-why-unsafe-name = de bestandsnaam { $name } wijst buiten het pakket of bevat vreemde tekens (een absoluut pad, een schijfletter of '..')
zip-why-duplicate-name = de naam { $name } komt meer dan één keer voor; één van beide kan vervalst zijn
zip-why-encrypted = { $name } is met een wachtwoord versleuteld
zip-why-method = { $name } is ingepakt op een manier die niet wordt ondersteund
zip-why-file-too-large = { $name } is groter dan toegestaan (hoogstens { $amount })
zip-why-size-wrong = de opgegeven grootte van { $name } klopt niet
zip-why-total-too-large = de bestanden zijn samen groter dan toegestaan (hoogstens { $amount })
zip-why-comment = { $name } heeft een opmerking (commentaar) die niet ondertekend is
zip-why-not-plain-file = { $name } is geen gewoon bestand (een snelkoppeling, een apparaat of een map met inhoud)
zip-why-empty-folder = de map { $name } is leeg: alleen haar naam zegt iets, en die valt onder geen handtekening
zip-why-ambiguous = { $name } is opgeslagen op een manier die dubbelzinnig is
zip-why-offset-wrong = de plaats van { $name } in het zip-bestand klopt niet
zip-why-header-differs = de inhoudsopgave van het zip-bestand klopt niet bij { $name }
zip-why-two-names = { $name } heeft nog een tweede naam (in een extra veld of een andere tekenset) die andere uitpakprogramma's tonen in plaats van de gecontroleerde
zip-why-overlap = { $name } overlapt met een ander deel van het zip-bestand
zip-why-unaccounted-bytes = het bevat bytes die bij geen enkel bestand horen (ervoor, ertussen of erachter geplakt)
zip-why-not-inflatable = { $name } is niet uit te pakken
zip-why-missing = { $name } ontbreekt

## language names for the worker (words.LANGUAGE_LABELS in the reader's language)

language-label-nl = Nederlands
language-label-en = Engels
language-label-ar = Arabisch
language-label-tr = Turks
language-label-pl = Pools
language-label-uk = Oekraïens
language-label-ti = Tigrinya
language-label-so = Somalisch
language-label-fa = Perzisch
language-label-de = Duits
language-label-fr = Frans
language-label-es = Spaans
language-label-pap = Papiaments

## lawful bases and override grounds inside a message (model.BASIS_LABELS, OVERRIDE_GROUND_LABELS)

basis-consent = toestemming
basis-contract = overeenkomst
basis-legal_obligation = wettelijke verplichting
basis-vital_interest = vitaal belang
basis-public_task = algemeen belang / publieke taak
basis-legitimate_interest = gerechtvaardigd belang
override-ground-legal_obligation = wettelijke verplichting
override-ground-vital_interest = vitaal belang
override-ground-court_order = rechterlijke uitspraak
override-grounds-all = wettelijke verplichting of vitaal belang of rechterlijke uitspraak

## an item's status and why (rules.item_status: StatusInfo.why)

status-why-withdrawn = Ingetrokken.
status-why-revoked = Beëindigd door de organisatie.
status-why-invalidated = Ongeldig verklaard.
status-why-superseded = Vervangen door een nieuwe toestemming.
status-why-remote-expired = Verzoek op afstand verlopen: er kwam geen antwoord binnen de termijn.
status-why-expired = Geldig tot en met { $until }.
status-why-given = Alle benodigde personen hebben ja gezegd.
status-why-refused = Er is nee gezegd.
status-why-conflicting = De beslissers zijn het niet eens; dat telt als geen toestemming.
status-why-requested = Nog niet iedereen die moet beslissen heeft gereageerd.
status-why-gezag-changed = Ja gegeven door wie toen het gezag had; het gezag is daarna veranderd. Wat op dat ja al gedeeld is, blijft rechtmatig. Voor nieuw delen beslist nu { $now ->
        [voogd] de voogd
        [youth] de jongere zelf (16 of ouder)
       *[gezag] wie nu het gezag heeft
    }: vraag opnieuw.
status-why-decider-changed = { $change ->
        [youth] De jongere is 16 geworden sinds dit aan de ouders werd gevraagd en beslist nu zelf, maar is nog niet gevraagd: vraag de jongere.
        [co] De jongere is 12 geworden sinds dit werd gevraagd en beslist nu mee (beleid 12–15 jaar), maar is nog niet gevraagd: vraag de jongere.
        [adult] Curatele of mentorschap is veranderd sinds dit werd gevraagd: wie nu beslist, is nog niet gevraagd. Vraag die nu.
       *[gezag] Het gezag is veranderd sinds dit werd gevraagd: { $new ->
            [voogd] de voogd
           *[parent] wie nu (ook) het gezag heeft,
        } is nog niet gevraagd. Vraag { $new ->
            [voogd] de voogd
           *[parent] die ouder
        } nu.
    }
status-why-policy-changed = Het beleid van de organisatie is veranderd sinds dit werd gevraagd: { $change ->
        [co] jongeren van 12 tot 16 jaar beslissen nu mee met de ouders (beleid 12–15 jaar). De jongere is nog niet gevraagd: vraag de jongere.
        [all] elke ouder met gezag moet nu ja zeggen, niet één van hen. Vraag de ouder die nog niet heeft geantwoord.
       *[rules] wie nu (ook) moet beslissen, is nog niet gevraagd. Vraag die nu.
    }
status-why-reconfirm = Gegeven door { $given_by ->
        [youth] de jongere zelf, vóór de curatele of het mentorschap
       *[parents] de ouders, toen de jongere jonger was dan 16
    }; { $now ->
        [youth] de jongere beslist nu zelf
        [curator] nu beslist de curator
       *[mentor] nu beslist de mentor
    } en moet dit herbevestigen.

## "Mag ik delen?" (rules.may_share: ShareAnswer.why and warning_phrases)

share-choose-data = Kies welke gegevens u wilt delen.
share-nothing-asked = Er is geen toestemming gevraagd voor deze ontvanger en dit doel.
share-blocker = { $code } onderdeel { $position }: { $reason }
share-blocker-not-yet = { $code } onderdeel { $position }: geldig vanaf { $from }.
share-warning-reconfirm = De ouders gaven deze toestemming toen de jongere jonger was dan 16. Vraag de jongere om te herbevestigen.
share-warning-recipient-inactive = Deze ontvanger staat op niet actief (opgeheven, samengegaan of met een nieuwe naam). De toestemming geldt alleen voor deze organisatie, niet voor een opvolger: die vraagt eigen toestemming. Leg hier alleen vast wat echt aan deze organisatie gedeeld is.
share-warning-recipient-merged-description = De beschrijving van { $recipient } zegt dat deze organisatie is samengegaan, is opgeheven of een nieuwe naam heeft: "{ $said }" De toestemming geldt alleen voor de organisatie die de jongere las, niet voor een opvolger: die vraagt eigen toestemming. Deel niet onder de nieuwe naam. Zet deze ontvanger op niet actief en voeg de nieuwe organisatie toe; leg hier alleen vast wat echt aan deze organisatie gedeeld is.
request-warning-other-language = { $name } leest { $reads }, maar dit verzoek is in het { $language } en heeft geen tekst in het { $reads }. Wie de tekst niet begrijpt, is niet goed geïnformeerd: voeg de doelen in het { $reads } toe (Beheer → Instellingen → Doelen → Nieuwe versie) en maak het verzoek opnieuw, of lees het samen voor met een tolk.
share-covered = Gedekt door toestemming { $code }, onderdeel { $position }, geldig tot en met { $until }.
share-not-all-covered = De toestemming dekt niet alle gekozen gegevens. Niet gedekt: { $names }.
share-no-valid-consent = Geen geldige toestemming. { $blockers }
share-catch-all-consent = Geen geldige toestemming: die is gevraagd voor iets wat niemand of niets in het bijzonder noemt. { $entry } Vraag opnieuw toestemming met een organisatie, gegevens en doel met een naam.
share-legal-duty = De wet verplicht dit delen ({ $law }): hiervoor is geen toestemming nodig of mogelijk. Leg het vast met een afweging op grond van de wettelijke verplichting.

## what the audit log check found (audit.py, audit_links.py: AuditReport.why)

audit-event-missing = Er ontbreekt een gebeurtenis.
audit-event-changed = De inhoud van deze gebeurtenis is gewijzigd.
audit-history-rewritten = De geschiedenis tot dit ondertekende controlepunt is herschreven.
audit-event-before-start = Er staat een gebeurtenis vóór het begin van het logboek.
audit-checkpoint-signature-wrong = De handtekening van een controlepunt klopt niet.
audit-events-gone-after-checkpoint = Er zijn gebeurtenissen verdwenen na het laatste ondertekende controlepunt.
audit-event-columns-changed = De gegevens naast deze gebeurtenis zijn gewijzigd.
audit-merkle-root-wrong = De Merkle-boom klopt niet met het controlepunt.

## a consent given on an older purpose text (usecases/text_drift.py: "Mag ik delen?" warnings)

drift-older-text = Let op: de toestemming is gegeven op een oudere tekst van dit doel (versie { $shown }); de tekst is nu versie { $current }. Verschil: { $difference }
drift-material-ask-again = De tekst is wezenlijk gewijzigd: vraag opnieuw toestemming (staat op de werklijst 'opnieuw vragen').

## what the file check found (store/db.py file_problem_phrases; $step: wal, cipher, structure, references)

db-check-unreadable = { $step ->
        [wal] het logbestand (-wal) verwerken
        [cipher] versleuteling controleren
        [structure] structuur controleren
       *[references] verwijzingen controleren
    } mislukt: een deel van het bestand is onleesbaar
db-check-failed = { $step ->
        [wal] het logbestand (-wal) verwerken
        [cipher] versleuteling controleren
        [structure] structuur controleren
       *[references] verwijzingen controleren
    } mislukt: { $detail }
db-check-error = fout
db-check-cipher = versleuteling: { $detail }
db-check-disk-full = de schijf is vol: de laatste wijzigingen staan veilig in het bestand dat op "-wal" eindigt, naast de kluis, maar konden nog niet in de kluis zelf worden gezet. De kluis is niet beschadigd. Maak ruimte vrij op deze schijf en open de kluis opnieuw; verwijder of verplaats het "-wal"-bestand niet.
db-check-page-damaged = pagina { $page } is beschadigd of gewijzigd (controlecode klopt niet)
db-check-reference = verwijzing: { $table }
db-check-structure = structuur: { $detail }

## team server (store/pg.py, store/team.py)

error-pg-bad-address = Het adres van de teamserver is niet goed geschreven. Vraag de beheerder om het juiste adres.
error-pg-connection-lost = De verbinding met de teamserver was verbroken. Wat u op dat moment deed, is niet opgeslagen (kijk bij twijfel of het er staat). Probeer het nog eens: de app maakt zelf opnieuw verbinding.
error-pg-commit-unknown = De verbinding met de teamserver viel weg op het moment van opslaan. Of uw wijziging is bewaard, is niet zeker: kijk eerst of ze er staat voordat u het opnieuw doet, anders staat ze er misschien twee keer. De app maakt zelf opnieuw verbinding.
error-pg-password-changed = De teamserver neemt het wachtwoord waarmee u zich in dit venster aanmeldde niet meer aan: het is intussen gewijzigd, of uw account is uitgezet. Wat u net deed, is niet opgeslagen. Sluit de teamkluis en open haar opnieuw met uw nieuwe wachtwoord; lukt dat niet, vraag dan de ICT-afdeling.
error-pg-busy = De teamserver was even te druk. Er is niets gewijzigd. Probeer het opnieuw.
error-pg-write-turn-taken = Een collega is op dit moment iets aan het opslaan op de teamserver en dat duurt ongewoon lang. Er is niets gewijzigd. Probeer het zo opnieuw. Blijft dit gebeuren, vraag de beheerder dan welke verbinding de teamserver bezet houdt.
error-pg-not-allowed = De teamserver staat deze handeling voor uw account niet toe. Er is niets gewijzigd.
error-pg-read-only = De teamserver laat uw account op dit moment alleen lezen (zo ingesteld door de beheerder, of de server is tijdelijk alleen-lezen). Er is niets gewijzigd. Vraag de beheerder als u wel moet kunnen opslaan.
error-pg-server-disk-full = De teamserver heeft geen schijfruimte meer: de laatste wijziging is niet opgeslagen. Wat eerder was opgeslagen blijft bewaard. Meld het aan de beheerder van de teamserver en probeer het opnieuw als er weer ruimte is.
error-pg-server-resources = De teamserver kon deze wijziging nu niet verwerken (geheugen of een ingestelde grens bereikt). Er is niets gewijzigd. Probeer het zo nog eens; blijft het gebeuren, meld het dan aan de beheerder van de teamserver.
error-pg-not-on-team-server = Dit kan alleen met een kluisbestand, niet met de teamserver. Op de teamserver regelt de beheerder reservekopieën en sleutels.
error-pg-schema-newer = De teamserver is bijgewerkt naar een nieuwere versie van Toestemming. Werk het programma bij.
error-pg-schema-older = De teamserver gebruikt een oudere versie van Toestemming. Vraag de beheerder om de server bij te werken.
error-pg-no-schema = Op deze teamserver is Toestemming nog niet ingericht. Vraag de beheerder om de server in te richten.
error-pg-not-a-member = Uw account hoort niet bij een organisatie op deze teamserver. Vraag de beheerder om u toe te voegen.
error-pg-already-member = Dit account hoort al bij een organisatie op deze teamserver. Er is niets gewijzigd.
error-pg-organisation-exists = Deze kluis staat al op de teamserver. Er is niets gewijzigd.
error-pg-move-source-damaged = De kluis is niet in orde (controleer haar met toestemming-cli check). Een beschadigde kluis wordt niet naar de teamserver overgezet. Er is niets gewijzigd.
error-pg-move-verify-failed = De kopie op de teamserver klopte bij de controle niet. Er is niets op de server opgeslagen en de kluis is niet gewijzigd.
error-pg-invalid-value = Een ingevulde waarde past niet in het veld (te groot, of geen getal of datum waar dat moet). Er is niets gewijzigd.

## the start screen's worklists (usecases/worklists.py: one line per request or item, no names)
# $form: one or other (the count's form); $date: dd-mm-jjjj

worklist-waiting-today = wacht op antwoord, van vandaag
worklist-waiting-days = wacht op antwoord, { $count } { $form ->
        [one] dag
       *[other] dagen
    } oud
worklist-expires = onderdeel { $position } verloopt op { $date }
worklist-reconfirm = onderdeel { $position }: { $reason }
worklist-decider-changed = onderdeel { $position }: { $reason }
worklist-text-changed = onderdeel { $position }: doeltekst wezenlijk gewijzigd (versie { $shown } → { $current }); vraag opnieuw toestemming
worklist-withdrawn = onderdeel { $position } ingetrokken; { $count } { $form ->
        [one] ontvanger
       *[other] ontvangers
    } nog informeren

## reading a reply (usecases/remote_replies.py, remote_inbox.py, capture/answers.py, capture/replies.py)
# Problems (nothing can be recorded) and notes (worth knowing) on a proposal; never the sender's own words.
# $status: the item's status (requested, given, refused, conflicting, withdrawn, revoked, expired, invalidated, superseded)

reply-already-processed = Dit bericht is al eerder verwerkt; er wordt niets dubbel vastgelegd.
reply-answer-same = Onderdeel { $position }: deze persoon gaf op { $date } al hetzelfde antwoord; dat wordt niet nog eens vastgelegd.
reply-answer-withdrawal = Onderdeel { $position }: deze persoon zei op { $date } ja en zegt nu nee. Dat wordt vastgelegd als intrekking van de toestemming.
reply-answer-reconfirmation-refused = Onderdeel { $position }: de toestemming die eerder is gegeven, wacht op herbevestiging door deze persoon, en die zegt nu nee. Dat wordt vastgelegd als intrekking van de toestemming.
reply-answer-other-parent-stops = Onderdeel { $position }: een ander die hierover beslist (zoals de andere ouder met gezag) gaf hier toestemming, en er zijn al gegevens gedeeld. Deze persoon zegt nu nee. Dat wordt vastgelegd als intrekking van de toestemming; wie de gegevens al kreeg, moet dat horen.
reply-answer-reconsent = Onderdeel { $position }: deze persoon zei op { $date } nee en zegt nu ja. Dat wordt vastgelegd als nieuwe toestemming.
reply-answer-overtaken = Onderdeel { $position }: deze persoon heeft later (op { $date }) al anders geantwoord; dit oudere antwoord verandert dat niet en wordt niet vastgelegd.
reply-nothing-new = Dit bericht zegt niets nieuws: deze persoon had alles al zo beantwoord (of later anders). Er wordt niets dubbel vastgelegd.
reply-same-sender-later = Deze persoon stuurde hierna nog een antwoord op hetzelfde verzoek (op { $moment }), dat ook wacht{ $differs ->
        [yes] {" "}en iets anders zegt. Het latere antwoord telt: lees het voordat u dit bevestigt, en zet het niet opzij als kopie.
       *[no] {" "}en hetzelfde zegt. Eén van beide bevestigen is genoeg.
    }
reply-same-sender-earlier = Deze persoon stuurde eerder al een antwoord op hetzelfde verzoek (op { $moment }), dat ook wacht{ $differs ->
        [yes] {" "}en iets anders zegt. Dit latere antwoord telt; het eerdere verandert daarna niets meer.
       *[no] {" "}en hetzelfde zegt. Eén van beide bevestigen is genoeg.
    }
reply-not-the-decider = Deze afzender beslist niet over dit verzoek. { $why }
reply-writer-not-decider = Het bericht komt van het adres of nummer van de { $role }, maar de tekst zegt dat { $writer ->
        [youth] de jongere zelf
        [other] een ander kind uit het gezin
       *[parent] een ouder
    } het schreef. Het is dus niet het antwoord van de { $role } en kan zo niet worden vastgelegd; wie het schreef beslist niet over dit verzoek. { $why }
reply-writer-not-sender = Het bericht komt van het adres of nummer van de { $role }, maar de tekst zegt dat { $writer ->
        [youth] de jongere zelf
        [other] een ander kind uit het gezin
       *[parent] een ouder
    } het schreef. Het is dus niet het antwoord van de { $role } en kan zo niet worden vastgelegd. Vraag de schrijver om vanaf het eigen adres of nummer te antwoorden, of leg het antwoord handmatig vast.
reply-writer-parent-unnamed = De tekst zegt dat een ouder het schreef, maar niet welke, en er staan meer ouders bij deze jongere. Controleer of het echt de { $role } is van wie dit adres of nummer is, voordat u bevestigt.
reply-item-already = Onderdeel { $position } is al { $status ->
        [requested] gevraagd
        [given] gegeven
        [refused] geweigerd
        [conflicting] tegenstrijdig
        [withdrawn] ingetrokken
        [revoked] beëindigd door organisatie
        [expired] verlopen
        [invalidated] ongeldig verklaard
        [superseded] vervangen
       *[other] afgesloten
    }.
reply-item-closed = Onderdeel { $position } is { $status ->
        [requested] gevraagd
        [given] gegeven
        [refused] geweigerd
        [conflicting] tegenstrijdig
        [withdrawn] ingetrokken
        [revoked] beëindigd door organisatie
        [expired] verlopen
        [invalidated] ongeldig verklaard
        [superseded] vervangen
       *[other] afgesloten
    } en kan niet meer worden beantwoord.
reply-item-recipient-inactive = Onderdeel { $position } krijgt een ja, maar { $recipient } is niet meer actief (opgeheven, samengegaan of met een nieuwe naam). Een ja geldt niet voor een opvolger: vraag toestemming voor de nieuwe organisatie.
reply-nothing-to-withdraw = Er is niets meer om in te trekken: alles is al beëindigd.
reply-remote-expired = Dit verzoek op afstand is verlopen zonder antwoord. Maak een nieuw verzoek of leg het antwoord met de jongere vast.
reply-special-not-explicit = Onderdeel { $position } gaat over gevoelige gegevens; het antwoord zegt niet uitdrukkelijk dat die ook gedeeld mogen worden.
reply-several-codes = Het bericht noemt meer dan één referentiecode ({ $codes }); het is niet zeker over welk verzoek het gaat.
reply-code-other-thread = Het bericht noemt referentiecode { $code }, maar is een antwoord op de e-mail over een ander verzoek; het is niet zeker over welk verzoek het gaat. Vraag het na.
reply-no-code = In het bericht staat geen (geldige) referentiecode, en het is geen antwoord op een bericht uit deze kluis.
reply-unknown-code = Er is in deze kluis geen verzoek met code { $code }.
reply-no-sender = Het bericht heeft geen leesbare afzender.
reply-sender-ambiguous = Dit afzenderadres hoort bij meer dan één persoon rond deze jongere; wie antwoordde is niet zeker. Leg het antwoord handmatig vast.
reply-other-youth = De code hoort bij een verzoek voor een andere jongere dan die van de afzender.
reply-sender-unknown = Het { $channel ->
        [app] telefoonnummer
       *[email] e-mailadres
    } van de afzender is niet bekend bij deze jongere of een vertegenwoordiger. Controleer wie dit stuurde.
reply-gezag-ended = De afzender is { $role } van deze jongere, maar heeft sinds { $date } geen gezag meer: dit antwoord kan daarom niet meetellen en wordt niet vastgelegd. Vraag wie nu het gezag heeft.
reply-no-date = Het bericht heeft geen datum, ook niet van een mailserver; het moment van ophalen of inlezen wordt gebruikt, en het bewijs vermeldt dat.
reply-date-long-before-receipt = De datum van de afzender ligt ruim vóór het moment waarop onze mailserver het bericht ontving; dat moment wordt gebruikt (een datum zet de afzender zelf), en het bewijs vermeldt dat.
reply-date-after-receipt = De datum van de afzender ligt ná het moment waarop onze mailserver het bericht ontving; dat moment wordt gebruikt (een datum zet de afzender zelf), en het bewijs vermeldt dat.
reply-date-from-server = Het bericht heeft geen datum van de afzender; het moment waarop onze mailserver het ontving wordt gebruikt, en het bewijs vermeldt dat.
reply-older-than-request = Het bericht is ouder dan het verzoek; het kan geen antwoord op dit verzoek zijn.
reply-dated-future = Het bericht is gedateerd in de toekomst; controleer de datum.
reply-reason-both = er staat zowel ja als nee
reply-reason-hedge = het antwoord twijfelt of stelt het uit (zoals 'misschien', 'weet ik niet', 'ik bel nog')
reply-reason-question = het antwoord is een vraag
reply-reason-cond = het antwoord stelt een voorwaarde (zoals 'als' of 'mits')
reply-reason-time = het ja geldt maar een deel van de tijd (zoals 'alleen dit schooljaar', 'voor 2 maanden', 'tot de zomer'); het verzoek zegt zelf hoe lang: vraag of dat goed is
reply-reason-until = het antwoord noemt onderdelen 'tot' een nummer (zoals '1 tot 3'); of dat laatste onderdeel meetelt, zegt alleen 'tot en met': vraag het na
reply-reason-retract = het bericht neemt zijn antwoord terug (zoals 'laat maar', 'ik heb me bedacht', 'vergeet dit bericht'); vraag wat de afzender nu antwoordt
reply-reason-ack = alleen 'ok' of een duimpje is geen duidelijk ja
reply-reason-writer = de schrijver zegt iemand te zijn die niet beslist (zoals een oma, opa, tante of buurvrouw); vraag een ouder met gezag of de voogd zelf te antwoorden
reply-reason-age = de schrijver zegt jonger dan 16 te zijn; onder 16 beslissen de ouders met gezag of de voogd
reply-reason-limit = het ja heeft een beperking die niet precies bij de onderdelen past (zoals 'geen medische gegevens', 'alleen zijn cijfers', 'niet aan zijn vader', 'anoniem'); vraag wat wel en niet gedeeld mag worden
reply-reason-count = het antwoord noemt een ander aantal onderdelen dan dit verzoek heeft (zoals 'alle 2' of 'beide' bij drie onderdelen)
reply-reason-told = het antwoord geeft ook het antwoord van iemand anders door (zoals 'mijn man gaat akkoord' of 'Sam is het ermee eens'); vraag de afzender wat hij of zij zelf antwoordt
reply-reason-beyond = het antwoord noemt een onderdeel dat dit verzoek niet heeft (zoals '2 t/m 5' of '4 ja' bij drie onderdelen); misschien gaat het over een ander of ouder verzoek: vraag na welke onderdelen bedoeld zijn
reply-reason-unknown = naast het nummer van het onderdeel staat een woord dat het programma niet kent, in een zin die voor alles antwoordt (zoals 'alles ja bar 2' of '2 hariç hepsi evet'); misschien betekent het 'behalve': vraag na wat de afzender voor dat onderdeel antwoordt
reply-reason-favour = het antwoord zegt 'voor' (zoals 'ik ben voor 1' of '1 voor, 2 tegen'): dat lijkt een ja maar kan ook 'voor' in een andere betekenis zijn; vraag na of de afzender ja bedoelt
reply-reason-rest = het antwoord zegt iets over 'de rest' of 'de andere', maar noemt geen onderdeel dat daar buiten valt: vraag na welke onderdelen bedoeld zijn
reply-item-does-not-exist = Het antwoord noemt onderdeel { $position }, maar dat bestaat niet in dit verzoek.
reply-yes-and-withdraw = Het antwoord zegt ja en ook intrekken; dat is niet eenduidig.
reply-withdrawal-doubtful = Het antwoord twijfelt; of er wordt ingetrokken is niet zeker.
reply-yes-all-and-no-all = Het antwoord zegt zowel ja voor alles als nee voor alles.
reply-yes-and-no-unnamed = Het antwoord zegt zowel ja als nee, zonder onderdelen te noemen.
reply-answer-without-item = Het antwoord zegt ja of nee, maar niet voor welk onderdeel. Per onderdeel antwoorden, of 'ja voor alles' / 'nee voor alles', is nodig.
reply-except-without-rest = Het antwoord zegt 'behalve', maar niet voor wat de rest geldt.
reply-item-unclear = Onderdeel { $position } is onduidelijk: { $reason }.
reply-one-answer-for-all = Eén antwoord is voor alle onderdelen gelezen ('ja voor alles', 'akkoord', of een nee zonder onderdeel). Controleer of dat zo bedoeld is.
reply-other-child = Een deel van het bericht gaat over een ander kind van het gezin; dat deel is niet als antwoord voor deze jongere gelezen. Controleer het bericht.
reply-forwarded = Doorgestuurd bericht: iemand anders heeft de mail van de {$role} doorgestuurd. Wat daarin staat is hieronder gelezen, maar het is niet het eigen bericht van de {$role} en kan zo niet worden vastgelegd. Vraag de {$role} om zelf te antwoorden.
# $positions: "2" or "2, 3"; $form: one or other
reply-items-unanswered = { $form ->
        [one] Onderdeel { $positions } is
       *[other] Onderdelen { $positions } zijn
    } niet beantwoord.
reply-not-withdrawn = Het antwoord zegt dat de toestemming níet wordt ingetrokken; er wordt niets ingetrokken en er staat geen nieuw ja of nee in.
reply-withdrawal-hedged = Het antwoord twijfelt over intrekken; er wordt niets ingetrokken.
reply-only-ok = In het antwoord staat geen ja of nee: alleen 'ok' of een emoji (zoals een duimpje) is geen duidelijke toestemming.
reply-no-yes-or-no = In het antwoord staat geen ja of nee.
reply-only-told = In het antwoord staat het antwoord van iemand anders (zoals 'mijn man gaat akkoord' of 'Sam is het ermee eens'); een eigen ja of nee van de afzender is er niet duidelijk uit te halen.
reply-doubts = Het antwoord twijfelt of stelt het antwoord uit.
reply-too-many-parts = Het bericht heeft ongewoon veel onderdelen; niet alles is gelezen.
reply-file-empty = Het bestand is leeg.
reply-file-too-large = Het bestand is groter dan { $megabytes } MB; dat is geen gewoon antwoord.
reply-not-a-message = Dit bestand is geen leesbaar e-mailbericht.
reply-part-damaged = Een deel van het bericht is beschadigd en kon niet worden gelezen.
reply-message-damaged = Het bericht is beschadigd of onvolledig (bijvoorbeeld afgebroken). Er wordt niets uit gelezen; vraag het opnieuw of leg het handmatig vast.
reply-automatic = Dit is een automatisch bericht (zoals een afwezigheidsmelding), geen antwoord van een persoon. Er wordt niets uit gelezen.
reply-reaction = Dit bericht is een emoji-reactie op het verzoek (zoals een duim omhoog in Gmail of Apple Mail), geen getypt antwoord. Er wordt niets uit gelezen: vraag de afzender om per onderdeel ja of nee te antwoorden.
reply-bounced = Het verzoek is niet afgeleverd bij { $addresses }: de mailserver meldt dat dit adres niet bestaat of geen post aanneemt. Controleer het e-mailadres en stuur het verzoek opnieuw, of vraag het op een andere manier.
reply-no-text = Het bericht heeft geen tekst.
reply-encrypted = Het bericht is versleuteld (S/MIME of PGP); het programma kan het niet lezen. Vraag de afzender onversleuteld te antwoorden, of lees het in een mailprogramma met de sleutel en leg het antwoord met de hand vast.
reply-tnef = Het antwoord zit in winmail.dat (Outlook stuurt het bericht in een eigen opmaak); het programma kan dat niet lezen. Open het in Outlook of vraag de afzender opnieuw te antwoorden als gewone tekst.
reply-parts-differ = Het bericht heeft een tekstversie en een opgemaakte (HTML) versie die een ander antwoord geven. Welke de afzender bedoelt, is niet te zeggen: vraag het na. Er wordt niets uit vastgelegd.
reply-attachments = Het bericht heeft { $count } { $form ->
        [one] bijlage; die wordt
       *[other] bijlagen; die worden
    } mee bewaard.
reply-html-only = Het bericht had alleen een HTML-deel; de tekst is daaruit gehaald.
reply-answer-in-own-forward = Het antwoord staat in een eerdere mail van dezelfde afzender die zij zelf doorstuurt; het staat bovenaan de tekst hieronder. Kijk of die mail over dit verzoek gaat.
reply-answer-in-html = Het tekstdeel van het bericht bevatte alleen het geciteerde verzoek; de tekst is uit het HTML-deel gehaald. Kijk of het antwoord hieronder is wat de afzender schreef.
reply-answer-in-attachment = Het antwoord staat niet in de mail zelf maar in een bijgevoegd tekstbestand (de mail zegt 'zie bijlage'); het staat bovenaan de tekst hieronder. Kijk of de bijlage echt van de afzender is en over dit verzoek gaat.
reply-answer-in-subject = Het antwoord staat alleen in de onderwerpregel (de mail verwijst ernaar); het staat bovenaan de tekst hieronder. Kijk of het echt het antwoord op dit verzoek is.

## retention worklist (usecases/retention.py: why a youth's data may be erased; no names)

retention-moment-enrolled = Ingeschreven
retention-moment-left = Uitgestroomd
retention-moment-consent-ended = Laatste toestemming beëindigd
retention-moment-last-shared = Laatst gedeeld
retention-moment-last-weighing = Laatste afweging
retention-reason = { $kind } op { $reference }; wissen kan vanaf { $due }

## CSV import (toestemming/csv_import.py: per file and per row; never the row's values)

csv-birth-date-required = Geboortedatum is verplicht.
csv-unreadable-character = Deze regel bevat een onleesbaar teken; sla het bestand op als UTF-8 en probeer het opnieuw.
csv-unreadable-from-line = Regel { $line }: vanaf hier kan het bestand niet worden gelezen (een veld is te lang, of een aanhalingsteken wordt niet gesloten). Controleer die regel.
csv-line-too-long = Regel { $line }: deze regel is te lang (meer dan { $columns } kolommen of { $characters } tekens); vanaf hier is het bestand niet ingelezen. Staat er een aanhalingsteken (") dat niet wordt gesloten?
csv-file-too-large = Het bestand is te groot (maximaal { $megabytes } MB) om in te lezen.
csv-utf16-damaged = Het bestand is als UTF-16 opgeslagen, maar is beschadigd of afgebroken; er is niets ingelezen. Sla het opnieuw op als CSV (UTF-8) en probeer het nog eens.
csv-file-empty = Het bestand is leeg.
csv-columns-missing = Deze kolommen ontbreken: { $columns }. Controleer of de eerste regel de kolomnamen bevat.
csv-too-many-lines = Het bestand heeft meer dan { $lines } regels; splits het op.
csv-field-too-long = Een veld is te lang (meer dan { $characters } tekens).
csv-same-student-number = Dit leerlingnummer staat al op regel { $line }.
csv-same-youth = Deze jongere staat al op regel { $line }.

## "Verbinding testen" (usecases/mail_account.py: one line per part)

mail-check-part-sign-in = aanmelden
mail-check-part-smtp = verzenden (SMTP)
mail-check-part-imap = ontvangen (IMAP)
mail-check-sign-in-ok = Aanmelding is geldig.
mail-check-smtp-ok = Verbinding en login werken.
mail-check-imap-ok = Verbinding en map werken.
mail-check-not-set = Niet ingesteld.
mail-check-folder-missing = De gekozen map bestaat niet in de mailbox.
mail-check-part-sender = afzendercontrole
mail-check-sender-seen = De nieuwste berichten zijn gecontroleerd door { $servers }: antwoorden worden op hun afzender gecontroleerd.
mail-check-sender-other = Geen van de nieuwste berichten is gecontroleerd door de server bij "Afzender gecontroleerd door". Wel door: { $servers }. Neem de naam van uw eigen ontvangende server over.
mail-check-sender-none = De nieuwste berichten dragen geen afzendercontrole (Authentication-Results). Vraag de ICT-afdeling of de mailserver die schrijft, of laat het veld leeg.
mail-check-sender-empty = De map is leeg: de afzendercontrole is te testen zodra er een bericht in staat.
mail-check-sender-unread = De kopregels van de nieuwste berichten konden niet worden gelezen; de afzendercontrole is niet getest.

## backup status (backup.py: BackupStatus.message)

backup-status-none = Er is nog geen geverifieerde reservekopie van deze kluis. Maak er nu een.
backup-status-overdue = De laatste geverifieerde reservekopie is ouder dan { $days } dagen (gemaakt op { $made }). Maak een nieuwe reservekopie.
backup-status-last = Laatste geverifieerde reservekopie: { $made }.
backup-compare-forked = deze reservekopie en de kluis die nu in gebruik is, zijn uit elkaar gegroeid: de kluis in gebruik heeft { $size } gebeurtenissen ondertekend (de laatste op { $at }), de kopie heeft er { $events }, maar niet dezelfde. Er is naast de kluis met een kopie gewerkt (gekopieerd terwijl de kluis open was, of via een gesynchroniseerde map). Wat de kluis in gebruik sinds het splitsen vastlegde, staat niet in deze kopie: wie met de kopie verder werkt, mist dat. Werk niet verder voordat is uitgezocht welke kluis de juiste is.
backup-compare-older = deze reservekopie is ouder dan de kluis die nu in gebruik is: die heeft { $size } gebeurtenissen ondertekend (de laatste op { $at }), de kopie heeft er { $events }. Wat de kluis na de kopie vastlegde ({ $missing } gebeurtenissen, waaronder het maken van de kopie zelf), staat er niet in: wie met de kopie verder werkt, mist dat.
backup-compare-removed-workers = in deze kopie { $form ->
    [one] kan nog 1 medewerker
   *[other] kunnen nog { $count } medewerkers
} met de eigen wachtwoordzin de kluis openen die sindsdien uit de kluis in gebruik { $form ->
    [one] is verwijderd. Verwijder die medewerker opnieuw
   *[other] zijn verwijderd. Verwijder hen opnieuw
} voordat u met de kopie verder werkt.
backup-compare-old-recovery-key = in deze kopie werkt nog de herstelsleutel van toen; die is sindsdien vervangen. Maak na het openen een nieuwe herstelsleutel.
backup-compare-other-vault = deze reservekopie is van een andere kluis dan de kluis die nu in gebruik is.
backup-compare-unreadable = het sleutelbestand van de kluis die nu in gebruik is, kon niet worden gelezen: niet vergeleken wat in de kopie ontbreekt.
backup-compare-head-unsigned = het sleutelbestand van de kluis die nu in gebruik is, heeft geen stand van het logboek die de organisatie heeft ondertekend (een ander of gewijzigd sleutelbestand): niet vergeleken of deze kopie ouder is. Vraag na welke kopie de nieuwste is voordat u verder werkt.
backup-compare-line-unknown = niet nagegaan of deze kopie ook gebeurtenissen heeft die niet in de kluis in gebruik staan (een kopie waarmee ernaast is gewerkt): de kluis in gebruik kon met deze wachtwoordzin of herstelsleutel niet worden gelezen, of haar logboek is niet het ondertekende. Vraag na of er met een kopie is gewerkt voordat u verder werkt.
held-head-unreadable = het bestand { $name } kon niet worden gelezen als bewijspakket of reservekopie (geen ondertekende logboekstand erin): er is niets mee vergeleken.
held-head-other-vault = het controlepunt in { $name } is niet met de sleutel van deze kluis ondertekend (een pakket van een andere kluis, of de sleutel van deze kluis is vervangen): er is niets mee vergeleken.
held-head-rolled-back = de kluis is teruggezet: het bewijspakket { $name } bevat een controlepunt van { $at } over { $size } gebeurtenissen, de kluis heeft er nu { $events }. Wat daarna was vastgelegd, ontbreekt (een oudere kluis met sleutelbestand teruggezet?).
held-head-rewritten = het logboek van de kluis is herschreven: de eerste { $size } gebeurtenissen zijn niet die van het controlepunt van { $at } in het bewijspakket { $name }.
held-head-backup-other-vault = de logboekstand in de reservekopie { $name } is niet met de sleutel van deze kluis ondertekend (een reservekopie van een andere kluis, of de sleutel van deze kluis is vervangen): er is niets mee vergeleken.
held-head-backup-rolled-back = de kluis is teruggezet: de reservekopie { $name } bevat een ondertekende logboekstand van { $at } over { $size } gebeurtenissen, de kluis heeft er nu { $events }. Wat daarna was vastgelegd, ontbreekt (een oudere kluis met sleutelbestand teruggezet?).
held-head-backup-rewritten = het logboek van de kluis is herschreven: de eerste { $size } gebeurtenissen zijn niet die van de ondertekende logboekstand van { $at } in de reservekopie { $name }.
error-held-head-not-a-file = { $name } is geen bestand (het bestaat niet, of het is een map). Geef een bewijspakket dat eerder is uitgegeven; er is niets gecontroleerd.

## sender check (capture/sender_auth.py: what the organisation's mail server found about the From address)

error-settings-sender-checker-invalid = Vul bij 'Afzender gecontroleerd door' de naam van de eigen ontvangende mailserver in zoals die in de kop Authentication-Results staat (bijvoorbeeld mx.google.com), of laat het leeg; meerdere namen met een spatie ertussen, hoogstens vijf.
reply-sender-forged = Volgens de eigen mailserver komt dit bericht niet van het domein van het afzenderadres (DMARC: fail): iemand anders kan het hebben gestuurd. Leg niets vast op grond van dit bericht; neem contact op via een bekend nummer.
reply-sender-unverified = De eigen mailserver kon niet bevestigen dat dit bericht echt van dit adres komt (geen geldige DKIM-handtekening of DMARC). Bel bij twijfel even na.
reply-sender-unchecked = Dit bericht is niet door de eigen mailserver op de afzender gecontroleerd (bijvoorbeeld een elders opgeslagen .eml). Bel bij twijfel even na.

## the integrity check's outcome (audit.py AuditReport.phrase, health_report.py)

audit-ok = Logboek in orde: { $events } gebeurtenissen, { $checkpoints } ondertekende controlepunten.
# $at: none when no single event is to blame, else event (then $event: its number)
audit-not-ok = Logboek NIET in orde{ $at ->
        [none] {""}
       *[event] {" "}(gebeurtenis { $event })
    }: { $problem }
health-ok = Kluis gecontroleerd en in orde. { $audit }
health-damaged = Kluis beschadigd of gewijzigd ({ $count } { $form ->
        [one] probleem
       *[other] problemen
    }); alleen-lezen.
health-found = Gevonden bij de controle:
health-no-backup-recorded = Er is van deze kluis nog geen geverifieerde reservekopie vastgelegd.

# A removal renewed the data key but could not yet renew the master key (slot_keys.py).
vault-master-waits-workers = De sleutel van de kluis is vernieuwd, maar de hoofdsleutel nog niet: { $workers } moet de kluis eerst één keer openen met de eigen wachtwoordzin. Daarna wordt de hoofdsleutel vanzelf vernieuwd. Tot dan kan wie verwijderd is met een oude kopie van het sleutelbestand de kluis mogelijk nog lezen.
vault-master-waits-recovery = De sleutel van de kluis is vernieuwd, maar de hoofdsleutel nog niet: maak eerst een nieuwe herstelsleutel (Beheer → Medewerkers). Daarna wordt de hoofdsleutel vanzelf vernieuwd. Tot dan kan wie verwijderd is met een oude kopie van het sleutelbestand de kluis mogelijk nog lezen.
vault-master-waits-workers-recovery = De sleutel van de kluis is vernieuwd, maar de hoofdsleutel nog niet: { $workers } moet de kluis eerst één keer openen met de eigen wachtwoordzin, en er moet een nieuwe herstelsleutel komen (Beheer → Medewerkers). Daarna wordt de hoofdsleutel vanzelf vernieuwd. Tot dan kan wie verwijderd is met een oude kopie van het sleutelbestand de kluis mogelijk nog lezen.
error-sharing-legal-duty-qualified = De wettelijke plicht voor '{ $title }' ({ $law }) geldt niet meer voor deze jongere: sinds { $since } heeft de jongere een startkwalificatie en is niet meer kwalificatieplichtig. Zonder toestemming (vanaf 16 van de jongere, daaronder van de ouders met gezag) mag dit niet meer gedeeld worden. Niets vastgelegd.
error-qualification-diploma = Kies het diploma van de startkwalificatie: havo, vwo of mbo niveau 2, 3 of 4.
error-qualification-future = De datum van het diploma ligt in de toekomst.
error-qualification-too-young = De datum van het diploma ligt vóór de { $age }e verjaardag van de jongere. Kijk de datum na.
error-qualification-nothing-to-take-back = Er staat geen startkwalificatie van deze jongere vastgelegd om terug te nemen. Niets vastgelegd.
error-clock-right-not-behind = De kluis is niet alleen-lezen door de klok: er valt niets over de klok vast te leggen.
error-vault-read-only-clock-ahead = De klok van deze computer staat op { $now }: { $days } dagen na het laatste moment in het logboek ({ $last }). Loopt de klok vooruit (lege batterij, verkeerde tijdserver)? Dan zouden besluiten een verkeerde datum krijgen en zouden openstaande verzoeken ten onrechte verlopen; daarom kunt u hier nu alleen lezen en is er niets gewijzigd. Zet de datum en tijd van de computer goed. Is er echt zo lang niet in de kluis gewerkt? Typ dan de datum van vandaag in het venster 'Datum van vandaag' dat bij het openen verschijnt.
error-clock-ahead-not-held = De kluis wacht niet op een bevestiging van de datum: er valt niets te bevestigen.
error-clock-ahead-date-differs = U typte { $typed }, maar de klok van deze computer staat op { $clock }. Er is niets gewijzigd. Zet de datum en tijd van de computer goed en open de kluis opnieuw.
cli-clock-ahead-hint = Let op: de klok van deze computer staat op { $now }, { $days } dagen na het laatste moment in het logboek ({ $last }). Er wordt niets vastgelegd tot dat is opgehelderd (een reservekopie wordt wel gemaakt, maar niet in het logboek gezet). Loopt de klok vooruit? Zet datum en tijd goed. Is er echt zo lang niet in de kluis gewerkt? Leg dan de datum van vandaag vast: toestemming confirm-clock --vault { $vault } --vandaag DD-MM-JJJJ
cli-clock-ahead-situation = Het laatste moment in het logboek is { $last }; de klok van deze computer zegt nu { $now }, { $days } dagen later. Loopt de klok vooruit (lege batterij, verkeerde tijdserver), dan zouden besluiten een verkeerde datum krijgen; daarom wordt niets vastgelegd tot u de datum van vandaag bevestigt.
cli-clock-ahead-tsa = De ingestelde tijdstempeldienst (buiten deze computer) geeft als tijd: { $tsa }.
cli-clock-ahead-give-today = Er is niets vastgelegd. Klopt de datum van de computer? Typ dan de datum van vandaag (niet van het scherm overnemen): --vandaag DD-MM-JJJJ. Klopt hij niet, zet dan eerst datum en tijd goed.
cli-clock-ahead-confirmed = Vastgelegd als gebeurtenis { $seq }: de datum klopt ({ $now }); het logboek liep tot { $last } ({ $days } dagen eerder). De kluis kan weer worden gewijzigd.
error-clock-ahead-tsa-differs = De tijdstempeldienst geeft als tijd { $tsa }, maar de klok van deze computer staat op { $clock }. Er is niets gewijzigd. Zet de datum en tijd van de computer goed en open de kluis opnieuw.
error-clock-right-tsa-differs = De tijdstempeldienst geeft als tijd { $tsa }, maar de klok van deze computer staat op { $clock }. De klok klopt dus niet; er is niets gewijzigd. Zet de datum en tijd van de computer goed (niet terug om iets eerder vast te leggen) en probeer het opnieuw.
error-clock-ahead-tsa-change-held = De klok van deze computer loopt ver voor op het logboek en de datum is nog niet bevestigd. Nu kan alleen een eerste tijdstempeldienst worden ingesteld; een dienst die al is ingesteld wijzigen of uitzetten kan pas nadat de datum van vandaag is bevestigd. Er is niets gewijzigd.
cli-clock-ahead-tsa-set = Tijdstempeldienst ingesteld. Die geeft als tijd { $tsa }; de klok van deze computer zegt { $now }. De kluis blijft alleen-lezen tot de datum van vandaag is bevestigd: toestemming confirm-clock --vault { $vault } --vandaag DD-MM-JJJJ (de tijdstempeldienst wordt daarbij opnieuw gevraagd).
log-clock-corrected = Klok gecorrigeerd (gebeurtenis { $seq }): { $who } verklaarde op { $now } dat de klok van deze computer klopt; het logboek stond tot { $last }. Geen latere gebeurtenis is in die overlappende periode gedateerd.
log-clock-corrected-overlap = Klok gecorrigeerd (gebeurtenis { $seq }): { $who } verklaarde op { $now } dat de klok van deze computer klopt; het logboek stond tot { $last }. { $count } latere gebeurtenis(sen) (nummer { $first } t/m { $final }) zijn gedateerd in die overlappende periode: voor hun volgorde ten opzichte van eerdere gebeurtenissen geldt het logboek, niet de datum. Controleer of iets uit die periode door zijn datum niet vóór een eerdere gebeurtenis lijkt te vallen terwijl het erna gebeurde (zoals een toestemming die vóór het delen gegeven lijkt).
backup-not-recorded-clock-behind = Niet vastgelegd in het logboek: de klok van deze computer staat vóór het laatste moment erin (de kluis is alleen-lezen). De reservekopie zelf is volledig.
backup-not-recorded-clock-ahead = Niet vastgelegd in het logboek: de klok van deze computer staat ver na het laatste moment erin en de datum is nog niet bevestigd (de kluis is alleen-lezen). De reservekopie zelf is volledig.
cli-clock-not-behind = De klok van deze computer staat niet vóór het logboek: er is niets vastgelegd en de kluis kan gewoon worden gebruikt.
cli-clock-situation = Het logboek loopt tot { $last }, de klok van deze computer zegt nu { $now }. Daarom opent de kluis alleen-lezen: wat nu werd vastgelegd, zou eerder gedateerd zijn dan wat er al in staat. Liep de klok eerder vooruit en klopt hij nu? Dan kunt u dat vastleggen; het komt met uw naam in het logboek, en de controle (toestemming check) noemt het aan de privacyfunctionaris met alles wat daarna in de overlappende periode is gedateerd.
cli-clock-confirm-with-ja = Er is niets vastgelegd. Klopt de klok nu echt? Geef dan dezelfde opdracht met --ja.
cli-clock-confirmed = Vastgelegd als gebeurtenis { $seq }: de klok klopt nu ({ $now }); het logboek liep tot { $last }. De kluis kan weer worden gewijzigd.
backup-status-dated-ahead = De laatste geverifieerde reservekopie is gedateerd op { $made }, na vandaag: de klok van de computer liep toen voor. Die datum zegt dus niets over hoe oud ze is; maak een nieuwe reservekopie.
