# Toestemming — English catalog for signers, parents and receivers.
# Review: written by the developers, not yet checked by a professional translator (needs review).
# Same message ids and $variables as nl.ftl (the source); tests/test_language_catalogs.py checks.

language-name = English
language-direction = ltr

## Dates and lists (what the texts are built with)

date = { $day }-{ $month }-{ $year }
list-separator = { ", " }

## Recipient kinds

kind-onderwijs = education
kind-zorg = care
kind-arbeid = work
kind-gemeente = municipality
kind-leerplicht_rmc = school attendance / RMC
kind-werkgever = employer
kind-anders = other

## Roles and channels

role-youth = young person
role-parent = parent
role-guardian = guardian
role-curator = curator
role-mentor = mentor
role-unknown = unknown
channel-desk = at the desk or by phone
channel-tablet = signed on a tablet
channel-email = by e-mail
channel-app = by app or text message
channel-paper = on paper

## Who decides

decider-parents = { $youth } is younger than 16, so the parents with parental authority (or the guardian) decide. { $youth } is told about it and asked for their view.
decider-parents_young_child = { $youth } is younger than 8, so the parents with parental authority (or the guardian) decide. { $youth } signs nothing; the parents tell { $youth } about it in words that fit the age.
decider-parents_and_youth = { $youth } is 12 to 15: the parents with parental authority and { $youth } decide together.
decider-youth = { $youth } is 16 or older and decides alone.
decider-adult_representative = { $youth } is under adult guardianship (curatele or mentorschap): the curator or mentor decides.

## Text per part (stored)

item-part = Part { $position }: { $title }
item-which = Which information: { $categories }.
item-to-whom = To whom: { $recipient } ({ $kind }).
item-why = Why: { $description }
item-how-long = For how long: until { $until } at the latest.
item-responsible = Responsible: { $organisation }.
item-special = Sensitive information ({ $names }): this is only shared if you tick it separately.
item-say-no = Saying no is fine. It has no consequences for your school or training.
item-withdraw = You can withdraw your consent at any time, without giving a reason: tell your counsellor, or send an e-mail or app message with code { $code }. What was already shared stays shared; after that, nothing more is shared.
request-head = Request for consent — { $organisation } — code { $code }
request-intro = We ask whether we may share information about you. You decide per part.

## The request by e-mail

mail-subject = { $reminder ->
        [yes] Reminder: request for consent
       *[no] Request for consent
    } – { $organisation } – code { $code }
mail-greeting = Dear { $name },
mail-intro-youth = We are asking whether we may share information about you with other organisations. Below you find, per part, which information, with whom, why and for how long. You decide yourself, per part: yes or no.
mail-intro-representative = This request is about { $youth }. As { $role } you decide per part: yes or no. Where the text says 'you', it means { $youth }.
mail-representative = legal representative
mail-reminder = We have not yet received an answer to our request.
mail-code-line = Reference code:
mail-how = How to answer
mail-how-text = Reply to this e-mail and write yes or no for each part, for example: 1 yes, 2 no. Or write: yes to all, or: no to all. Keep the code { $code } in the subject or the message.
mail-special = { $count ->
        [one] Part { $positions } concerns
       *[other] Parts { $positions } concern
    } sensitive information. We only share it if your answer says so explicitly, for example: { $first } yes, including sensitive information.
mail-say-no = Saying no is always fine. It has no consequences for school or training. Without an answer we share nothing.
mail-withdraw = You can withdraw at any time, without a reason: send a message with the code and the word withdraw (or e.g. withdraw 2, for one part), or tell your counsellor. What was already shared stays shared; after that nothing more is shared.
mail-valid = This request is valid until { $until }. If we have no answer within { $days ->
        [one] { $days } day
       *[other] { $days } days
    }, the request lapses.
mail-closing = Kind regards,

## Answer by app or text message

app-answer = { $position }: yes / no
app-special = (sensitive information: write 'yes, including sensitive information')

## The receipt by e-mail

receipt-subject = { $withdrawal ->
        [yes] Confirmation of your withdrawal
       *[no] Your receipt
    } – { $organisation }
receipt-subject-code = { receipt-subject } – code { $code }
receipt-what = { $withdrawal ->
        [yes] Attached is the confirmation of the consent you withdrew today at { $organisation }{ $code_part }.
       *[no] Attached is the receipt of what you signed today at { $organisation }{ $code_part }.
    }
receipt-code-part = { " " }(code { $code })
receipt-keep = Please keep it.
receipt-withdraw = You can withdraw consent at any time, without a reason: tell your counsellor, or send an e-mail or app message with the code.
receipt-file = receipt.pdf
withdrawal-file = withdrawal-confirmation.pdf

## Receipt (PDF after signing)

signing-receipt-form = Consent receipt
signing-receipt-title = Receipt: your choices
signing-receipt-recorded = { $organisation } has recorded your answers. This is what you chose:
signing-receipt-col-part = Part
signing-receipt-col-purpose = Purpose
signing-receipt-col-recipient = Recipient
signing-receipt-col-answer = Your answer
signing-receipt-yes = Yes, that's fine
signing-receipt-no = No
signing-receipt-withdrawn = No: withdrawn on { $moment }
signing-receipt-yes-before = Yes (already given on { $moment })
signing-receipt-no-before = No (already given on { $moment })
signing-receipt-about = About
signing-receipt-signed-by = Signed by
signing-receipt-when = When
signing-receipt-on-tablet = (on the tablet)
signing-receipt-language = Language of the text
signing-receipt-code = Code
signing-receipt-signature = Signature
signing-receipt-changed-mind = Changed your mind?
signing-receipt-withdraw = You can withdraw your consent at any time, without giving a reason: tell your counsellor, or send an e-mail or app message with code { $code }. What was already shared stays shared; after that, nothing more is shared.
signing-receipt-no-consequences = Saying no has no consequences for your school or training.

## Withdrawal confirmation (PDF)

withdrawal-form = Withdrawal confirmation
withdrawal-title = Confirmation: consent withdrawn
withdrawal-about = About: { $name }
withdrawal-by = Withdrawn by: { $who }
withdrawal-when = When: { $moment } ({ $channel })
withdrawal-recorded = { $organisation } has recorded your withdrawal. You do not need to do anything else. You did not have to give a reason.
withdrawal-what = What was withdrawn
withdrawal-col-code = Code
withdrawal-col-part = Part
withdrawal-col-purpose = Purpose
withdrawal-col-recipient = Recipient
withdrawal-col-data = Information
withdrawal-meaning = What this means
withdrawal-meaning-text = From the moment you withdrew, we no longer share this information with these recipients for this purpose. What was shared before was allowed at the time and stays shared.
withdrawal-told = These organisations had already received information. We are letting them know that you withdrew your consent:
withdrawal-none-shared = No information had been shared under this consent yet.
withdrawal-again = Want to give consent again later?
withdrawal-again-text = That is always possible, with a new request. Questions? Contact { $contact }.

## Signing on the tablet

tablet-who = Who are you?
tablet-who-hint = Tap your name. Everyone who decides does so separately.
tablet-about = This is about: { $youth }
tablet-done-before = already answered
tablet-done-why = Anyone with a ✓ has already signed and cannot sign again. Want to change something? Only with the worker.
tablet-nothing-open = There is nothing left to answer in this request.
tablet-withdraw-start = Withdraw consent
tablet-item-of = Part { $n } of { $total }
tablet-to = To: { $name } ({ $kind })
tablet-whose = { $addressee ->
       *[representative] This is about { $child }'s information. Where the text says 'you', it means { $child }.
        [youth] { "" }
    }
tablet-yes = Yes, that's fine
tablet-no = No
tablet-special-tick = { $addressee ->
       *[representative] Yes, I separately agree to sharing this sensitive information about { $child }: { $names }.
        [youth] Yes, I separately agree to sharing this sensitive information: { $names }.
    }
tablet-special-needed = If you say yes, tick the box above first.
tablet-choose = Choose Yes or No.
tablet-read-first = Read the whole text first ↓
tablet-read-first-why = Yes and No work once you have seen the whole text. Scroll or swipe down, or press Page Down.
tablet-text-name = The text you say yes or no to
tablet-back = Back
tablet-next = Next
tablet-summary = Is this right?
tablet-summary-hint = { $addressee ->
       *[representative] These are your answers about { $child }'s information. You can still change anything. Then you sign.
        [youth] You can still change anything. Then you sign.
    }
tablet-change = Change
tablet-to-sign = Continue to signature
tablet-sign = Sign here
tablet-sign-hint = With your finger, the pen or the mouse.
tablet-sign-as = You are signing as { $name }.
tablet-again = Start again
tablet-confirm = Confirm
tablet-thanks = Thank you!
tablet-thanks-hint = { $addressee ->
       *[representative] Your choices for { $child } have been saved. Please hand the tablet back.
        [youth] Your choices have been saved. Please hand the tablet back.
    }
tablet-next-signer = Next to sign: { $names }.
tablet-all-signed = Everyone who decides has signed. Nobody else needs to sign.
tablet-agreed = { $addressee ->
       *[representative] Your choices for { $child }:
        [youth] Your choices:
    }
tablet-withdrawn = Withdrawn:
tablet-receipt = Receipt (print or save)…
tablet-mail = Send by e-mail
tablet-mail-sending = Sending to { $address }…
tablet-mail-sent = The receipt was e-mailed to { $address }.
tablet-mail-failed = Not sent: { $reason }
tablet-next-person = Next person
tablet-text-smaller = A−
tablet-text-larger = A+
tablet-text-smaller-name = Smaller text
tablet-text-larger-name = Larger text
tablet-pad-name = Box for your signature
tablet-type-instead = Can't draw? Type your name
tablet-draw-instead = Draw after all
tablet-typed-name-field = Your name
tablet-typed-name-hint = Type your name as shown above and tick the box.
tablet-typed-name-confirm = I confirm that my typed name counts as my signature.
tablet-typed-name-tick = Tick the box first: then your typed name counts as your signature.
tablet-typed-name-missing = Type your name in the box.
tablet-typed-name-mismatch = This is not the name shown above. Type your own name, as shown above.
tablet-typed-name-label = Typed name (not a drawn signature)
tablet-read-aloud = Read aloud
tablet-staff = Staff
tablet-withdraw-who = Who is withdrawing consent?
tablet-withdraw-pick = What do you want to withdraw?
tablet-withdraw-hint = You may always do this, without a reason. What was shared stays shared; after this, nothing more is shared.
tablet-withdraw-none = There is no consent you can withdraw.
tablet-withdraw-choose = Choose at least one part.
tablet-withdraw-sign = Sign to withdraw
tablet-withdraw-done = The consent has been withdrawn.
tablet-to-start = Back to the start
tablet-saving-failed = Not saved: { $reason }

## Error messages on the signer's path

error-nothing-to-sign = There is nothing to sign yet.
error-texts-not-shown = First read every part in this language.
error-for-the-worker = Not saved. Please hand the tablet to the counsellor. For the counsellor: { $reason }
error-signature-missing = Please sign in the box first.
error-signature-too-long = The signature is too long. Press Start again.
error-signature-unreadable = The signature cannot be read. Press Start again.
error-signature-too-small = This signature is too small. Please sign larger in the box.
error-signature-image = The image of the signature is not valid.
error-youth-erased = The information about this young person has been erased.
error-no-text-in-language = This request has no text in this language.
error-answer-every-part = First answer yes or no for every part.
error-choose-withdraw = Choose what you want to withdraw.
error-unknown-language = Unknown language.
error-withdraw-one-youth = Withdraw parts for one young person at a time.
error-may-not-withdraw = This person cannot withdraw this consent.
error-cannot-withdraw-any-more = One of these parts cannot be withdrawn (any more).
error-signing-not-found = This signing does not exist.
error-no-mail-server = No mail server has been set up.
error-no-email = There is no e-mail address for this person. Please fill it in first.

## Header, footer, signature field (every PDF for a signer)

pdf-made = Made on
pdf-page = page { $n } of { $total }
signature-name = Name
signature-role = Role
signature-date = Date
signature-signature = Signature

## Consent form on paper

paper-form = Consent form
paper-subject = Consent form on paper
paper-lead = Consent to share information — code { $code }
paper-about = About: { $name }, born { $born }
paper-valid = Valid from { $start } up to and including { $end }. Responsible: { $organisation }.
paper-who = Who signs, and why
paper-filled-by = This form is filled in by: { $names }.
paper-how = How to fill it in
paper-how-text = Read each part. Tick Yes or No for each part; everyone who signs ticks for themselves. Saying no is fine and has no consequences for school or training. Nothing ticked means: no consent.
paper-whose = { $addressee ->
       *[representative] Where the parts below say 'you' or 'your', they mean { $child }: they are about { $child }'s information.
        [youth] { "" }
    }
paper-yes = Yes
paper-no = No
paper-special = { $addressee ->
       *[representative] I separately and explicitly agree to sharing the sensitive information about { $child }
        [youth] I separately and explicitly agree to sharing the sensitive information
    }
paper-withdraw = Withdrawing
paper-withdraw-text = You can always withdraw your consent, completely or per part, without giving a reason. Tell the counsellor{ $who }, or send an e-mail or app message with the code { $code }. Withdrawing is as easy as giving consent. What was already shared stays shared; after that we share nothing more, and whoever already received information is told that you withdrew.
paper-signature = Signature
paper-informed = young person (informed, asked for their view)
paper-for-worker = For the counsellor: scan or photograph the completed form and read it in. The QR code links it to this request; then record the answers.
