# Toestemming — wat een ondertekenaar, ouder of ontvanger leest. Brontaal: Nederlands (B1).
# Elke andere taal heeft dezelfde berichten met dezelfde $variabelen (tests/test_language_catalogs.py).
# Opgeslagen teksten (item-*, request-*) worden letterlijk + SHA-256 bewaard: een wijziging
# hier geldt voor nieuwe verzoeken, nooit voor wat al getoond is.

language-name = Nederlands
language-direction = ltr

## Dates and lists (what the texts are built with)

date = { $day }-{ $month }-{ $year }
list-separator = { ", " }

## Soort ontvanger

kind-onderwijs = onderwijs
kind-zorg = zorg
kind-arbeid = arbeid
kind-gemeente = gemeente
kind-leerplicht_rmc = leerplicht / RMC
kind-werkgever = werkgever
kind-anders = anders

## Rollen en kanalen

role-youth = jongere
role-parent = ouder
role-guardian = voogd
role-curator = curator
role-mentor = mentor
role-unknown = onbekend
channel-desk = aan de balie of telefonisch
channel-tablet = ondertekend op tablet
channel-email = per e-mail
channel-app = per app/sms
channel-paper = op papier

## Wie beslist
# Geen decider-* hier: in het Nederlands legt rules.who_must_decide het uit (met het beleid).
# Andere talen hebben decider-parents, -parents_young_child (jonger dan 8), -parents_and_youth,
# -youth en -adult_representative.

## Tekst per onderdeel (opgeslagen)

item-part = Onderdeel { $position }: { $title }
item-which = Welke gegevens: { $categories }.
item-to-whom = Aan wie: { $recipient } ({ $kind }).
item-why = Waarom: { $description }
item-how-long = Hoe lang: tot en met { $until }.
item-responsible = Verantwoordelijk: { $organisation }.
item-special = Gevoelige gegevens ({ $names }): die delen we alleen als je dat apart aanvinkt.
item-say-no = Nee zeggen mag. Dat heeft geen gevolgen voor je school of opleiding.
item-withdraw = Je kunt je toestemming altijd intrekken, zonder reden: zeg het tegen je begeleider, of stuur een mail of appje met code { $code }. Wat al gedeeld is, blijft gedeeld; daarna delen we niets meer.
request-head = Vraag om toestemming — { $organisation } — code { $code }
request-intro = We vragen of we gegevens over jou mogen delen. Je beslist per onderdeel.

## Het verzoek per e-mail

mail-subject = { $reminder ->
        [yes] Herinnering: vraag om toestemming
       *[no] Vraag om toestemming
    } – { $organisation } – code { $code }
mail-greeting = Beste { $name },
mail-intro-youth = We vragen of we gegevens over jou mogen delen met andere organisaties. Hieronder staat per onderdeel welke gegevens, met wie, waarom en hoe lang. Je beslist zelf, per onderdeel: ja of nee.
mail-intro-representative = Deze vraag gaat over { $youth }. U beslist als { $role }, per onderdeel: ja of nee. Waar hieronder 'je' staat, is { $youth } bedoeld.
mail-representative = wettelijk vertegenwoordiger
mail-reminder = We hebben nog geen antwoord ontvangen op onze vraag.
mail-code-line = Referentiecode:
mail-how = { $addressee ->
        [youth] Hoe geef je antwoord?
       *[representative] Hoe geeft u antwoord?
    }
mail-how-text = Beantwoord deze e-mail en schrijf per onderdeel ja of nee, bijvoorbeeld: 1 ja, 2 nee. Of schrijf: ja voor alles, of: nee voor alles. Laat de code { $code } in het onderwerp of in het bericht staan.
mail-special = { $count ->
        [one] Onderdeel { $positions } gaat
       *[other] Onderdelen { $positions } gaan
    } over gevoelige gegevens. Die delen we alleen als dat uitdrukkelijk in het antwoord staat, bijvoorbeeld: { $first } ja, ook gevoelige gegevens.
mail-say-no = Nee zeggen mag altijd. Dat heeft geen gevolgen voor school of opleiding. Zonder antwoord delen we niets.
mail-withdraw = Intrekken kan altijd, zonder reden: stuur een bericht met de code en het woord intrekken (of bijvoorbeeld: intrekken 2, voor één onderdeel), of zeg het tegen de begeleider. Wat al gedeeld is, blijft gedeeld; daarna delen we niets meer.
mail-valid = Dit verzoek geldt tot en met { $until }. Komt er binnen { $days ->
        [one] { $days } dag
       *[other] { $days } dagen
    } geen antwoord, dan vervalt de vraag.
mail-closing = Met vriendelijke groet,

## Antwoord per app of sms

app-answer = { $position }: ja / nee
app-special = (gevoelige gegevens: schrijf 'ja, ook gevoelige gegevens')

## Het ontvangstbewijs per e-mail

receipt-subject = { $addressee ->
        [youth] { $withdrawal ->
            [yes] Bevestiging van je intrekking
           *[no] Je ontvangstbewijs
        }
       *[representative] { $withdrawal ->
            [yes] Bevestiging van uw intrekking
           *[no] Uw ontvangstbewijs
        }
    } – { $organisation }
receipt-subject-code = { receipt-subject } – code { $code }
receipt-what = { $withdrawal ->
        [yes] { $addressee ->
            [youth] In de bijlage staat de bevestiging van de toestemming die je vandaag bij { $organisation } hebt ingetrokken{ $code_part }.
           *[representative] In de bijlage staat de bevestiging van de toestemming die u vandaag bij { $organisation } hebt ingetrokken{ $code_part }.
        }
       *[no] { $addressee ->
            [youth] In de bijlage staat het ontvangstbewijs van wat je vandaag bij { $organisation } hebt ondertekend{ $code_part }.
           *[representative] In de bijlage staat het ontvangstbewijs van wat u vandaag bij { $organisation } hebt ondertekend{ $code_part }.
        }
    }
receipt-code-part = { " " }(code { $code })
receipt-keep = { $addressee ->
        [youth] Bewaar het goed.
       *[representative] Bewaart u het goed?
    }
receipt-withdraw = { $addressee ->
        [youth] Intrekken kan altijd, zonder reden: zeg het tegen je begeleider, of stuur een mail of appje met de code.
       *[representative] Intrekken kan altijd, zonder reden: zeg het tegen uw begeleider, of stuur een mail of appje met de code.
    }
receipt-file = ontvangstbewijs.pdf
withdrawal-file = bevestiging-intrekking.pdf

## Ontvangstbewijs (PDF na ondertekenen)

signing-receipt-form = Ontvangstbewijs toestemming
signing-receipt-title = { $addressee ->
        [youth] Ontvangstbewijs: jouw keuzes
       *[representative] Ontvangstbewijs: uw keuzes
    }
signing-receipt-recorded = { $addressee ->
        [youth] { $organisation } heeft je antwoorden vastgelegd. Dit heb je gekozen:
       *[representative] { $organisation } heeft uw antwoorden vastgelegd. Dit hebt u gekozen:
    }
signing-receipt-col-part = Onderdeel
signing-receipt-col-purpose = Doel
signing-receipt-col-recipient = Ontvanger
signing-receipt-col-answer = { $addressee ->
        [youth] Jouw antwoord
       *[representative] Uw antwoord
    }
signing-receipt-yes = Ja, dat mag
signing-receipt-no = Nee
signing-receipt-withdrawn = Nee: ingetrokken op { $moment }
signing-receipt-yes-before = Ja (al eerder gegeven op { $moment })
signing-receipt-no-before = Nee (al eerder gegeven op { $moment })
signing-receipt-about = Over
signing-receipt-signed-by = Ondertekend door
signing-receipt-when = Wanneer
signing-receipt-on-tablet = (op de tablet)
signing-receipt-language = Taal van de tekst
signing-receipt-code = Code
signing-receipt-signature = Handtekening
signing-receipt-changed-mind = Van gedachten veranderd?
signing-receipt-withdraw = { $addressee ->
        [youth] Je kunt je toestemming altijd intrekken, zonder reden: zeg het tegen je begeleider, of stuur een mail of appje met code { $code }. Wat al gedeeld is, blijft gedeeld; daarna delen we niets meer.
       *[representative] U kunt uw toestemming altijd intrekken, zonder reden: zeg het tegen uw begeleider, of stuur een mail of appje met code { $code }. Wat al gedeeld is, blijft gedeeld; daarna delen we niets meer.
    }
signing-receipt-no-consequences = Nee zeggen heeft geen gevolgen voor school of opleiding.

## Bevestiging van een intrekking (PDF)

withdrawal-form = Bevestiging intrekking
withdrawal-title = Bevestiging: toestemming ingetrokken
withdrawal-about = Over: { $name }
withdrawal-by = Ingetrokken door: { $who }
withdrawal-when = Wanneer: { $moment } ({ $channel })
withdrawal-recorded = { $addressee ->
        [youth] { $organisation } heeft je intrekking vastgelegd. Je hoeft niets meer te doen, en een reden hoefde je niet te geven.
       *[representative] { $organisation } heeft uw intrekking vastgelegd. U hoeft niets meer te doen. U hoefde er geen reden voor te geven.
    }
withdrawal-what = Wat is ingetrokken
withdrawal-col-code = Code
withdrawal-col-part = Onderdeel
withdrawal-col-purpose = Doel
withdrawal-col-recipient = Ontvanger
withdrawal-col-data = Gegevens
withdrawal-meaning = Wat betekent dit
withdrawal-meaning-text = Vanaf het moment van intrekken delen we deze gegevens niet meer met deze ontvangers, voor dit doel. Wat al eerder gedeeld was, mocht toen worden gedeeld en blijft gedeeld.
withdrawal-told = { $addressee ->
        [youth] Deze organisaties hadden al gegevens gekregen. Wij laten hun weten dat je de toestemming hebt ingetrokken:
       *[representative] Deze organisaties hadden al gegevens gekregen. Wij laten hun weten dat u de toestemming hebt ingetrokken:
    }
withdrawal-none-shared = Onder deze toestemming waren nog geen gegevens gedeeld.
withdrawal-again = Later toch weer toestemming geven?
withdrawal-again-text = Dat kan altijd, met een nieuw verzoek. Vragen? Neem contact op met { $contact }.

## Ondertekenen op de tablet

tablet-who = { $addressee ->
       *[representative] Wie bent u?
        [youth] Wie ben jij?
    }
tablet-who-hint = { $addressee ->
       *[representative] Tik op uw naam. Iedereen die beslist, doet dat apart.
        [youth] Tik op je naam. Iedereen die beslist, doet dat apart.
    }
tablet-about = Dit gaat over: { $youth }
tablet-done-before = al ingevuld
tablet-done-why = { $addressee ->
       *[representative] Wie een ✓ heeft, heeft al getekend en kan niet nog eens tekenen. Iets veranderen? Dat kan alleen bij de begeleider.
        [youth] Wie een ✓ heeft, heeft al getekend en kan niet nog eens tekenen. Iets veranderen? Dat kan alleen bij je begeleider.
    }
tablet-nothing-open = Er is bij dit verzoek niets meer te beantwoorden.
tablet-withdraw-start = Toestemming intrekken
tablet-item-of = Onderdeel { $n } van { $total }
tablet-to = Aan: { $name } ({ $kind })
tablet-whose = { $addressee ->
       *[representative] Dit gaat over de gegevens van { $child }. Waar in de tekst 'je' staat, is { $child } bedoeld.
        [youth] { "" }
    }
tablet-yes = Ja, dat mag
tablet-no = Nee
tablet-special-tick = { $addressee ->
       *[representative] Ja, ik geef apart toestemming voor deze gevoelige gegevens van { $child }: { $names }.
        [youth] Ja, ik geef apart toestemming voor deze gevoelige gegevens: { $names }.
    }
tablet-special-needed = { $addressee ->
       *[representative] Zet eerst het vinkje hierboven als u ja zegt.
        [youth] Zet eerst het vinkje hierboven als je ja zegt.
    }
tablet-choose = Kies Ja of Nee.
tablet-read-first = Lees eerst de hele tekst ↓
tablet-read-first-why = { $addressee ->
       *[representative] Ja en Nee werken pas als u de hele tekst hebt gezien. Scroll of veeg naar beneden, of druk op Page Down.
        [youth] Ja en Nee werken pas als je de hele tekst hebt gezien. Scroll of veeg naar beneden, of druk op Page Down.
    }
tablet-text-name = { $addressee ->
       *[representative] De tekst waar u ja of nee op zegt
        [youth] De tekst waar je ja of nee op zegt
    }
tablet-back = Vorige
tablet-next = Volgende
tablet-summary = Klopt dit?
tablet-summary-hint = { $addressee ->
       *[representative] Dit zijn uw antwoorden over de gegevens van { $child }. U kunt nog alles veranderen. Daarna zet u uw handtekening.
        [youth] Je kunt nog alles veranderen. Daarna zet je je handtekening.
    }
tablet-change = Wijzigen
tablet-to-sign = Verder naar handtekening
tablet-sign = { $addressee ->
       *[representative] Zet hier uw handtekening
        [youth] Zet hier je handtekening
    }
tablet-sign-hint = { $addressee ->
       *[representative] Met uw vinger, de pen of de muis.
        [youth] Met je vinger, de pen of de muis.
    }
tablet-sign-as = { $addressee ->
       *[representative] U tekent als { $name }.
        [youth] Je tekent als { $name }.
    }
tablet-again = Opnieuw
tablet-confirm = Bevestigen
tablet-thanks = { $addressee ->
       *[representative] Dank u wel!
        [youth] Dank je wel!
    }
tablet-thanks-hint = { $addressee ->
       *[representative] Uw keuzes voor { $child } zijn opgeslagen. Geef de tablet terug aan de begeleider.
        [youth] Je keuzes zijn opgeslagen. Geef de tablet terug aan je begeleider.
    }
tablet-next-signer = Hierna tekent: { $names }.
tablet-all-signed = Iedereen die beslist, heeft getekend. Er hoeft niemand meer te tekenen.
tablet-agreed = { $addressee ->
       *[representative] Dit hebt u gekozen voor { $child }:
        [youth] Dit heb je gekozen:
    }
tablet-withdrawn = Ingetrokken:
tablet-receipt = Ontvangstbewijs (afdrukken of opslaan)…
tablet-mail = E-mail sturen
tablet-mail-sending = Bezig met versturen naar { $address }…
tablet-mail-sent = Het ontvangstbewijs is gemaild naar { $address }.
tablet-mail-failed = Niet verstuurd: { $reason }
tablet-next-person = Volgende persoon
tablet-text-smaller = A−
tablet-text-larger = A+
tablet-text-smaller-name = Kleinere tekst
tablet-text-larger-name = Grotere tekst
tablet-pad-name = Vak voor de handtekening
tablet-type-instead = { $addressee ->
       *[representative] Tekenen lukt niet? Typ uw naam
        [youth] Tekenen lukt niet? Typ je naam
    }
tablet-draw-instead = Toch tekenen
tablet-typed-name-field = { $addressee ->
       *[representative] Uw naam
        [youth] Je naam
    }
tablet-typed-name-hint = { $addressee ->
       *[representative] Typ uw naam zoals hierboven staat en zet het vinkje.
        [youth] Typ je naam zoals hierboven staat en zet het vinkje.
    }
tablet-typed-name-confirm = Ik bevestig dat mijn getypte naam geldt als mijn handtekening.
tablet-typed-name-tick = { $addressee ->
       *[representative] Zet eerst het vinkje: dan geldt uw getypte naam als uw handtekening.
        [youth] Zet eerst het vinkje: dan geldt je getypte naam als je handtekening.
    }
tablet-typed-name-missing = { $addressee ->
       *[representative] Typ uw naam in het vak.
        [youth] Typ je naam in het vak.
    }
tablet-typed-name-mismatch = { $addressee ->
       *[representative] Dit is niet de naam die hierboven staat. Typ uw eigen naam, zoals hierboven.
        [youth] Dit is niet de naam die hierboven staat. Typ je eigen naam, zoals hierboven.
    }
tablet-typed-name-label = Getypte naam (geen getekende handtekening)
tablet-read-aloud = Voorlezen
tablet-staff = Begeleider
tablet-withdraw-who = Wie trekt de toestemming in?
tablet-withdraw-pick = { $addressee ->
       *[representative] Wat wilt u intrekken?
        [youth] Wat wil je intrekken?
    }
tablet-withdraw-hint = Dat mag altijd, zonder reden. Wat al gedeeld is, blijft gedeeld; daarna delen we niets meer.
tablet-withdraw-none = { $addressee ->
       *[representative] Er is geen toestemming die u kunt intrekken.
        [youth] Er is geen toestemming die je kunt intrekken.
    }
tablet-withdraw-choose = Kies minstens één onderdeel.
tablet-withdraw-sign = { $addressee ->
       *[representative] Zet uw handtekening om in te trekken
        [youth] Zet je handtekening om in te trekken
    }
tablet-withdraw-done = De toestemming is ingetrokken.
tablet-to-start = Naar het begin
tablet-saving-failed = Niet opgeslagen: { $reason }

## Foutmeldingen op de weg van de ondertekenaar (errors.py: message_id + params)

error-nothing-to-sign = Er is nog niets om te ondertekenen.
error-texts-not-shown = Lees eerst elk onderdeel in deze taal.
error-for-the-worker = Niet opgeslagen. Geef de tablet aan de begeleider. Voor de begeleider: { $reason }
error-signature-missing = { $addressee ->
       *[representative] Zet eerst uw handtekening in het vak.
        [youth] Zet eerst je handtekening in het vak.
    }
error-signature-too-long = De handtekening is te lang. Druk op Opnieuw.
error-signature-unreadable = De handtekening is onleesbaar. Druk op Opnieuw.
error-signature-too-small = { $addressee ->
       *[representative] Deze handtekening is te klein. Zet uw handtekening groter in het vak.
        [youth] Deze handtekening is te klein. Zet je handtekening groter in het vak.
    }
error-signature-image = Het beeld van de handtekening is ongeldig.
error-youth-erased = De gegevens van deze jongere zijn gewist.
error-no-text-in-language = Dit verzoek heeft geen tekst in deze taal.
error-answer-every-part = Beantwoord eerst elk onderdeel met ja of nee.
error-choose-withdraw = Kies wat je wilt intrekken.
error-unknown-language = Onbekende taal.
error-withdraw-one-youth = Trek onderdelen van één jongere tegelijk in.
error-may-not-withdraw = Deze persoon kan deze toestemming niet intrekken.
error-cannot-withdraw-any-more = Een van deze onderdelen kan niet (meer) worden ingetrokken.
error-signing-not-found = Deze ondertekening bestaat niet.
error-no-mail-server = Er is geen mailserver ingesteld.
error-no-email = Van deze persoon is geen e-mailadres bekend. Vul het eerst in.

## Kop- en voettekst, handtekeningvak (elke PDF voor een ondertekenaar)

pdf-made = Gemaakt op
# { $n } en { $total } vult het PDF-programma per pagina in.
pdf-page = pagina { $n } van { $total }
signature-name = Naam
signature-role = Rol
signature-date = Datum
signature-signature = Handtekening

## Toestemmingsformulier op papier

paper-form = Toestemmingsformulier
paper-subject = Toestemmingsformulier op papier
paper-lead = Toestemming om gegevens te delen — code { $code }
paper-about = Over: { $name }, geboren { $born }
paper-valid = Geldig van { $start } tot en met { $end }. Verantwoordelijk: { $organisation }.
paper-who = Wie tekent, en waarom
paper-filled-by = Dit formulier wordt ingevuld door: { $names }.
paper-how = { $addressee ->
        [youth] Zo vul je het in
       *[representative] Zo vult u het in
    }
paper-how-text = Lees elk onderdeel. Kruis per onderdeel Ja of Nee aan; ieder die tekent, kruist zelf aan. Nee zeggen mag en heeft geen gevolgen voor school of opleiding. Niets aangekruist betekent: geen toestemming.
paper-whose = { $addressee ->
       *[representative] Waar in de onderdelen hieronder 'je' of 'jouw' staat, is { $child } bedoeld: ze gaan over de gegevens van { $child }.
        [youth] { "" }
    }
paper-yes = Ja
paper-no = Nee
paper-special = { $addressee ->
       *[representative] Ik geef apart en uitdrukkelijk toestemming voor de gevoelige gegevens van { $child }
        [youth] Ik geef apart en uitdrukkelijk toestemming voor de gevoelige gegevens
    }
paper-withdraw = Intrekken
paper-withdraw-text = { $addressee ->
        [youth] Je kunt je toestemming altijd intrekken, helemaal of per onderdeel, zonder reden te geven. Zeg het tegen de begeleider{ $who }, of stuur een e-mail of appje met de code { $code }. Intrekken is net zo makkelijk als toestemming geven. Wat al gedeeld is, blijft gedeeld; daarna delen we niets meer, en wie al gegevens kreeg, hoort dat je hebt ingetrokken.
       *[representative] U kunt uw toestemming altijd intrekken, helemaal of per onderdeel, zonder reden te geven. Zeg het tegen de begeleider{ $who }, of stuur een e-mail of appje met de code { $code }. Intrekken is net zo makkelijk als toestemming geven. Wat al gedeeld is, blijft gedeeld; daarna delen we niets meer, en wie al gegevens kreeg, hoort dat u hebt ingetrokken.
    }
paper-signature = Handtekening
paper-informed = jongere (geïnformeerd, mening gevraagd)
paper-for-worker = Voor de begeleider: scan of fotografeer het ingevulde formulier en lees het in. De QR-code koppelt het aan dit verzoek; leg daarna de antwoorden vast.
