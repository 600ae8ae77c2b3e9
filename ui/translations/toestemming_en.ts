<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../help_menu.py" line="42"/>
        <source>Over Toestemming</source>
        <translation>About Toestemming</translation>
    </message>
    <message>
        <location filename="../help_menu.py" line="46"/>
        <source>Toestemming %1 — toestemming voor het delen van gegevens van jongeren vastleggen, lokaal en versleuteld.
Vrije software onder de European Union Public Licence 1.2 (EUPL-1.2). Hieronder de licentie en de software van derden die in dit programma zit, met hun licenties.</source>
        <translation>Toestemming %1 — record consent for sharing young people&apos;s data, locally and encrypted.
Free software under the European Union Public Licence 1.2 (EUPL-1.2). Below are the licence and the third-party software included in this program, with their licences.</translation>
    </message>
    <message>
        <location filename="../help_menu.py" line="54"/>
        <location filename="../help_menu.py" line="56"/>
        <source>Software van derden</source>
        <translation>Third-party software</translation>
    </message>
    <message>
        <location filename="../help_menu.py" line="55"/>
        <source>Licentie</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../help_menu.py" line="57"/>
        <source>Licentie (EUPL-1.2)</source>
        <translation>Licence (EUPL-1.2)</translation>
    </message>
</context>
<context>
    <name>ActivityLogDialog</name>
    <message>
        <location filename="../activity_log.py" line="70"/>
        <source>Logboek van de kluis</source>
        <translation>Vault log</translation>
    </message>
    <message>
        <location filename="../activity_log.py" line="79"/>
        <source>Alle medewerkers</source>
        <translation>All workers</translation>
    </message>
    <message>
        <location filename="../activity_log.py" line="83"/>
        <source>Alles</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../activity_log.py" line="87"/>
        <source>nummer, leeg = iedereen</source>
        <translation>number; empty = everyone</translation>
    </message>
    <message>
        <location filename="../activity_log.py" line="89"/>
        <source>Jongere van de &amp;pagina</source>
        <translation>Young person on the p&amp;age</translation>
    </message>
    <message>
        <location filename="../activity_log.py" line="94"/>
        <source>&amp;Tonen</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <location filename="../activity_log.py" line="101"/>
        <source>tot en met</source>
        <translation>up to and including</translation>
    </message>
    <message>
        <location filename="../activity_log.py" line="107"/>
        <source>&amp;Periode van:</source>
        <translation>&amp;Period from:</translation>
    </message>
    <message>
        <location filename="../activity_log.py" line="108"/>
        <source>&amp;Medewerker:</source>
        <translation>&amp;Worker:</translation>
    </message>
    <message>
        <location filename="../activity_log.py" line="109"/>
        <source>&amp;Soort handeling:</source>
        <translation>&amp;Type of action:</translation>
    </message>
    <message>
        <location filename="../activity_log.py" line="110"/>
        <source>&amp;Jongere (nr.):</source>
        <translation>&amp;Young person (no.):</translation>
    </message>
    <message>
        <location filename="../activity_log.py" line="128"/>
        <source>Moment</source>
        <translation>Moment</translation>
    </message>
    <message>
        <location filename="../activity_log.py" line="129"/>
        <source>Medewerker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../activity_log.py" line="130"/>
        <source>Handeling</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../activity_log.py" line="131"/>
        <source>Jongere</source>
        <translation>Young person</translation>
    </message>
    <message>
        <location filename="../activity_log.py" line="132"/>
        <source>Verzoek</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../activity_log.py" line="148"/>
        <source>Gebeurtenissen</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../activity_log.py" line="153"/>
        <source>&amp;CSV opslaan…</source>
        <translation>Save &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../activity_log.py" line="155"/>
        <source>&amp;Bewijs van deze periode exporteren…</source>
        <translation>Export p&amp;roof for this period…</translation>
    </message>
    <message>
        <location filename="../activity_log.py" line="159"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../activity_log.py" line="184"/>
        <source>Vul bij Jongere een nummer in (of laat het leeg).</source>
        <translation>Enter a number for Young person (or leave it empty).</translation>
    </message>
    <message>
        <location filename="../activity_log.py" line="207"/>
        <source>(het programma)</source>
        <translation>(the program)</translation>
    </message>
    <message>
        <location filename="../activity_log.py" line="221"/>
        <source>1 gebeurtenis</source>
        <translation>1 event</translation>
    </message>
    <message>
        <location filename="../activity_log.py" line="223"/>
        <source>%1 gebeurtenissen</source>
        <translation>%1 events</translation>
    </message>
    <message>
        <location filename="../activity_log.py" line="227"/>
        <source>(de nieuwste; maak de periode kleiner)</source>
        <translation>(the most recent only; choose a shorter period)</translation>
    </message>
    <message>
        <location filename="../activity_log.py" line="249"/>
        <source>Logboek opslaan als</source>
        <translation>Save log as</translation>
    </message>
    <message>
        <location filename="../activity_log.py" line="249"/>
        <source>CSV-bestand (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <location filename="../activity_log.py" line="264"/>
        <source>Opslaan is niet gelukt. Kies een andere map of bestandsnaam.</source>
        <translation>Saving failed. Choose another folder or file name.</translation>
    </message>
    <message>
        <location filename="../activity_log.py" line="266"/>
        <source>Opgeslagen: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../activity_log.py" line="272"/>
        <source>Map voor de bewijspakketten</source>
        <translation>Folder for the proof packages</translation>
    </message>
    <message>
        <location filename="../activity_log.py" line="303"/>
        <source>Bezig: bewijspakketten maken en controleren …</source>
        <translation>Working: creating and checking proof packages …</translation>
    </message>
    <message>
        <location filename="../activity_log.py" line="321"/>
        <source>%1 bewijspakket(ten) geschreven in %2; %3 gecontroleerd en in orde.</source>
        <translation>%1 proof package(s) written to %2; %3 checked and in order.</translation>
    </message>
    <message>
        <location filename="../activity_log.py" line="335"/>
        <source>In deze periode is niets over toestemming vastgelegd.</source>
        <translation>Nothing about consent was recorded in this period.</translation>
    </message>
</context>
<context>
    <name>AddCategoryDialog</name>
    <message>
        <location filename="../settings/categories.py" line="32"/>
        <source>Gegevenscategorie toevoegen</source>
        <translation>Add data category</translation>
    </message>
    <message>
        <location filename="../settings/categories.py" line="32"/>
        <source>&amp;Toevoegen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../settings/categories.py" line="36"/>
        <source>korte code, bijv. stage</source>
        <translation>short code, e.g. stage</translation>
    </message>
    <message>
        <location filename="../settings/categories.py" line="40"/>
        <source>voor wie in het Engels tekent, bijv. Work placement details</source>
        <translation>for signers who read English, e.g. Work placement details</translation>
    </message>
    <message>
        <location filename="../settings/categories.py" line="46"/>
        <source>Welke gegevens horen hierbij? Zo concreet mogelijk.</source>
        <translation>Which data belongs to this? As concrete as possible.</translation>
    </message>
    <message>
        <location filename="../settings/categories.py" line="49"/>
        <source>&amp;DAT – buitenkant: dát iemand bekend is, sinds wanneer, contactpersoon</source>
        <translation>&amp;DAT – outside: THAT someone is known, since when, contact person</translation>
    </message>
    <message>
        <location filename="../settings/categories.py" line="52"/>
        <source>&amp;WAT – inhoud: wát er speelt of welke ondersteuning nodig is</source>
        <translation>&amp;WHAT – content: WHAT is going on or what support is needed</translation>
    </message>
    <message>
        <location filename="../settings/categories.py" line="65"/>
        <source>&amp;Bijzonder persoonsgegeven (gezondheid, afkomst, geloof, …) of strafrechtelijk</source>
        <translation>&amp;Special category (health, origin, religion, …) or criminal data</translation>
    </message>
    <message>
        <location filename="../settings/categories.py" line="70"/>
        <source>Bijzondere gegevens mogen alleen gedeeld worden met uitdrukkelijke toestemming: wie tekent, moet dit onderdeel apart aanvinken. Vraag ze alleen als het doel het echt nodig maakt.</source>
        <translation>Special category data may only be shared with explicit consent: whoever signs must tick this item separately. Ask for it only when the purpose truly needs it.</translation>
    </message>
    <message>
        <location filename="../settings/categories.py" line="88"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location filename="../settings/categories.py" line="89"/>
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../settings/categories.py" line="90"/>
        <source>&amp;Engelse naam:</source>
        <translation>&amp;English name:</translation>
    </message>
    <message>
        <location filename="../settings/categories.py" line="91"/>
        <source>&amp;Uitleg:</source>
        <translation>E&amp;xplanation:</translation>
    </message>
    <message>
        <location filename="../settings/categories.py" line="92"/>
        <source>Soort:</source>
        <translation>Kind:</translation>
    </message>
</context>
<context>
    <name>AddRecipientDialog</name>
    <message>
        <location filename="../settings/recipients.py" line="36"/>
        <source>Ontvanger toevoegen</source>
        <translation>Add recipient</translation>
    </message>
    <message>
        <location filename="../settings/recipients.py" line="36"/>
        <source>&amp;Toevoegen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../settings/recipients.py" line="40"/>
        <source>bijv. UWV</source>
        <translation>e.g. UWV</translation>
    </message>
    <message>
        <location filename="../settings/recipients.py" line="42"/>
        <source>bijv. Werkbedrijf (mag leeg)</source>
        <translation>e.g. Werkbedrijf (may be empty)</translation>
    </message>
    <message>
        <location filename="../settings/recipients.py" line="48"/>
        <source>Er is een convenant of samenwerkingsafspraak</source>
        <translation>There is a data-sharing agreement (convenant)</translation>
    </message>
    <message>
        <location filename="../settings/recipients.py" line="49"/>
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../settings/recipients.py" line="50"/>
        <source>&amp;Afdeling:</source>
        <translation>&amp;Department:</translation>
    </message>
    <message>
        <location filename="../settings/recipients.py" line="51"/>
        <source>&amp;Soort:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../settings/recipients.py" line="52"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../settings/recipients.py" line="53"/>
        <source>Tele&amp;foon:</source>
        <translation>&amp;Phone:</translation>
    </message>
</context>
<context>
    <name>AddRepresentativeDialog</name>
    <message>
        <location filename="../consent/people.py" line="72"/>
        <source>Ouder/voogd toevoegen — %1</source>
        <translation>Add parent/guardian — %1</translation>
    </message>
    <message>
        <location filename="../consent/people.py" line="76"/>
        <source>ouder</source>
        <translation>parent</translation>
    </message>
    <message>
        <location filename="../consent/people.py" line="77"/>
        <source>voogd</source>
        <translation>guardian</translation>
    </message>
    <message>
        <location filename="../consent/people.py" line="78"/>
        <source>curator (18+, curatele)</source>
        <translation>curator (18+, curatele)</translation>
    </message>
    <message>
        <location filename="../consent/people.py" line="79"/>
        <source>mentor (18+, mentorschap)</source>
        <translation>mentor (18+, mentorschap)</translation>
    </message>
    <message>
        <location filename="../consent/people.py" line="82"/>
        <source>heeft het &amp;gezag</source>
        <translation>has parental aut&amp;hority</translation>
    </message>
    <message>
        <location filename="../consent/people.py" line="91"/>
        <source>&amp;Toevoegen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../consent/people.py" line="95"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../consent/people.py" line="102"/>
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../consent/people.py" line="103"/>
        <source>&amp;Rol:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../consent/people.py" line="104"/>
        <source>Gezag:</source>
        <translation>Parental authority:</translation>
    </message>
    <message>
        <location filename="../consent/people.py" line="105"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../consent/people.py" line="106"/>
        <source>Tele&amp;foon:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location filename="../consent/people.py" line="107"/>
        <source>T&amp;aal:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../consent/people.py" line="114"/>
        <source>Onder 16 beslissen de ouders met gezag of de voogd. Een voogd heeft altijd het gezag.</source>
        <translation>Under 16, the parents with parental authority or the guardian decide. A guardian always has parental authority.</translation>
    </message>
</context>
<context>
    <name>AddWorkerDialog</name>
    <message>
        <location filename="../settings/workers.py" line="118"/>
        <source>Medewerker toevoegen</source>
        <translation>Add worker</translation>
    </message>
    <message>
        <location filename="../settings/workers.py" line="118"/>
        <source>&amp;Toevoegen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../settings/workers.py" line="122"/>
        <source>De nieuwe medewerker kiest hier zelf een wachtwoordzin (laat hem of haar typen). Daarna opent hij of zij de kluis met die wachtwoordzin; alles wordt op eigen naam vastgelegd.</source>
        <translation>The new worker chooses their own passphrase here (let them type it). They then open the vault with that passphrase; everything is recorded under their own name.</translation>
    </message>
    <message>
        <location filename="../settings/workers.py" line="131"/>
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../settings/workers.py" line="139"/>
        <source>Vul de naam van de medewerker in.</source>
        <translation>Enter the worker&apos;s name.</translation>
    </message>
</context>
<context>
    <name>AddYouthDialog</name>
    <message>
        <location filename="../consent/people.py" line="182"/>
        <source>Jongere toevoegen</source>
        <translation>Add young person</translation>
    </message>
    <message>
        <location filename="../consent/people.py" line="185"/>
        <source>bijv. van der</source>
        <translation>e.g. van der</translation>
    </message>
    <message>
        <location filename="../consent/people.py" line="188"/>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <location filename="../consent/people.py" line="190"/>
        <source>als de school het heeft</source>
        <translation>if the school has it</translation>
    </message>
    <message>
        <location filename="../consent/people.py" line="198"/>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../consent/people.py" line="199"/>
        <source>curatele</source>
        <translation>guardianship (curatele)</translation>
    </message>
    <message>
        <location filename="../consent/people.py" line="200"/>
        <source>mentorschap</source>
        <translation>mentorship (mentorschap)</translation>
    </message>
    <message>
        <location filename="../consent/people.py" line="215"/>
        <source>&amp;Toevoegen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../consent/people.py" line="219"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../consent/people.py" line="227"/>
        <source>&amp;Voornaam:</source>
        <translation>&amp;Given name:</translation>
    </message>
    <message>
        <location filename="../consent/people.py" line="228"/>
        <source>T&amp;ussenvoegsel:</source>
        <translation>Name pre&amp;fix (tussenvoegsel):</translation>
    </message>
    <message>
        <location filename="../consent/people.py" line="229"/>
        <source>Achter&amp;naam:</source>
        <translation>Sur&amp;name:</translation>
    </message>
    <message>
        <location filename="../consent/people.py" line="235"/>
        <source>Tele&amp;foon:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <location filename="../consent/people.py" line="296"/>
        <source>Deze jongere staat misschien al in de kluis:</source>
        <translation>This young person may already be in the vault:</translation>
    </message>
    <message>
        <location filename="../consent/people.py" line="302"/>
        <source>Open de bestaande jongere, of kies nog eens Toevoegen om toch een nieuwe toe te voegen.</source>
        <translation>Open the existing young person, or choose Add again to add a new one anyway.</translation>
    </message>
    <message>
        <location filename="../consent/people.py" line="313"/>
        <source>zelfde leerlingnummer</source>
        <translation>same student number</translation>
    </message>
    <message>
        <location filename="../consent/people.py" line="314"/>
        <source>zelfde naam en geboortedatum</source>
        <translation>same name and date of birth</translation>
    </message>
    <message>
        <location filename="../consent/people.py" line="315"/>
        <source>lijkt erop</source>
        <translation>similar</translation>
    </message>
    <message>
        <location filename="../consent/people.py" line="327"/>
        <source>&amp;Toch toevoegen</source>
        <translation>&amp;Add anyway</translation>
    </message>
    <message>
        <location filename="../consent/people.py" line="230"/>
        <source>&amp;Geboortedatum:</source>
        <translation>&amp;Date of birth:</translation>
    </message>
    <message>
        <location filename="../consent/people.py" line="207"/>
        <source>Bestaande o&amp;penen</source>
        <translation>&amp;Open existing</translation>
    </message>
    <message>
        <location filename="../consent/people.py" line="231"/>
        <source>&amp;Leerlingnummer:</source>
        <translation>S&amp;tudent number:</translation>
    </message>
    <message>
        <location filename="../consent/people.py" line="232"/>
        <source>&amp;School:</source>
        <translation>&amp;School:</translation>
    </message>
    <message>
        <location filename="../consent/people.py" line="233"/>
        <source>&amp;Opleiding:</source>
        <translation>&amp;Programme:</translation>
    </message>
    <message>
        <location filename="../consent/people.py" line="234"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../consent/people.py" line="236"/>
        <source>T&amp;aal:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../consent/people.py" line="237"/>
        <source>18+ &amp;bescherming:</source>
        <translation>18+ p&amp;rotection:</translation>
    </message>
</context>
<context>
    <name>AdminTools</name>
    <message>
        <location filename="../admin_tools.py" line="30"/>
        <source>&amp;Jongeren importeren (CSV)…</source>
        <translation>&amp;Import young people (CSV)…</translation>
    </message>
    <message>
        <location filename="../admin_tools.py" line="33"/>
        <source>&amp;Medewerkers…</source>
        <translation>&amp;Workers…</translation>
    </message>
    <message>
        <location filename="../admin_tools.py" line="35"/>
        <source>&amp;Instellingen…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../admin_tools.py" line="38"/>
        <source>&amp;Logboek…</source>
        <translation>Vault &amp;log…</translation>
    </message>
    <message>
        <location filename="../admin_tools.py" line="40"/>
        <source>Wie deed wat en wanneer, in de hele kluis; CSV en bewijs per periode</source>
        <translation>Who did what and when, across the whole vault; CSV and proof per period</translation>
    </message>
    <message>
        <location filename="../admin_tools.py" line="43"/>
        <source>&amp;Beheer</source>
        <translation>&amp;Manage</translation>
    </message>
</context>
<context>
    <name>AutoBackupDialog</name>
    <message>
        <location filename="../backup/auto_backup_dialog.py" line="38"/>
        <source>Toestemming — automatische reservekopieën</source>
        <translation>Toestemming — automatic backups</translation>
    </message>
    <message>
        <location filename="../backup/auto_backup_dialog.py" line="41"/>
        <source>Elke dag en bij elk vergrendelen en afsluiten maakt Toestemming een gecontroleerde reservekopie in deze map; de nieuwste blijven bewaard, oudere worden verwijderd. Kies een map op een andere schijf dan de kluis, bijvoorbeeld een netwerkmap. Leeg: geen automatische reservekopieën.</source>
        <translation>Every day, and each time the vault is locked or closed, Toestemming makes a verified backup in this folder; the newest are kept, older ones are deleted. Choose a folder on another disk than the vault, for example a network folder. Empty: no automatic backups.</translation>
    </message>
    <message>
        <location filename="../backup/auto_backup_dialog.py" line="51"/>
        <source>geen automatische reservekopieën</source>
        <translation>no automatic backups</translation>
    </message>
    <message>
        <location filename="../backup/auto_backup_dialog.py" line="52"/>
        <location filename="../backup/auto_backup_dialog.py" line="123"/>
        <source>Map voor automatische reservekopieën</source>
        <translation>Folder for automatic backups</translation>
    </message>
    <message>
        <location filename="../backup/auto_backup_dialog.py" line="53"/>
        <source>&amp;Kiezen…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location filename="../backup/auto_backup_dialog.py" line="56"/>
        <source>&amp;Uitzetten</source>
        <translation>&amp;Turn off</translation>
    </message>
    <message>
        <location filename="../backup/auto_backup_dialog.py" line="66"/>
        <source> dagen</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../backup/auto_backup_dialog.py" line="69"/>
        <source>Waarschuwen als de laatste reservekopie ouder is</source>
        <translation>Warn when the latest backup is older than</translation>
    </message>
    <message>
        <location filename="../backup/auto_backup_dialog.py" line="73"/>
        <source> reservekopieën</source>
        <translation> backups</translation>
    </message>
    <message>
        <location filename="../backup/auto_backup_dialog.py" line="75"/>
        <source>Zoveel automatische reservekopieën bewaren</source>
        <translation>Keep this many automatic backups</translation>
    </message>
    <message>
        <location filename="../backup/auto_backup_dialog.py" line="80"/>
        <source>Een oudere reservekopie bevat ook gegevens die intussen gewist zijn: bewaar er niet meer dan nodig.</source>
        <translation>An older backup also holds data that has been erased since: keep no more than you need.</translation>
    </message>
    <message>
        <location filename="../backup/auto_backup_dialog.py" line="93"/>
        <source>&amp;Map:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <location filename="../backup/auto_backup_dialog.py" line="95"/>
        <source>&amp;Waarschuwen na:</source>
        <translation>&amp;Warn after:</translation>
    </message>
    <message>
        <location filename="../backup/auto_backup_dialog.py" line="97"/>
        <source>&amp;Bewaren:</source>
        <translation>&amp;Keep:</translation>
    </message>
    <message>
        <location filename="../backup/auto_backup_dialog.py" line="107"/>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../backup/auto_backup_dialog.py" line="108"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>BackupBanner</name>
    <message>
        <location filename="../backup/banners.py" line="161"/>
        <source>Nu reservekopie maken…</source>
        <translation>Make a backup now…</translation>
    </message>
    <message>
        <location filename="../backup/banners.py" line="175"/>
        <source>Er is nog geen geverifieerde reservekopie van deze kluis. Maak er nu een en bewaar haar op een andere schijf.</source>
        <translation>There is no verified backup of this vault yet. Make one now and keep it on another disk.</translation>
    </message>
    <message>
        <location filename="../backup/banners.py" line="182"/>
        <source>De laatste geverifieerde reservekopie is ouder dan %1 dagen (gemaakt op %2).</source>
        <translation>The latest verified backup is older than %1 days (made on %2).</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../backup/backup_dialog.py" line="39"/>
        <source>Toestemming — reservekopie maken</source>
        <translation>Toestemming — make backup</translation>
    </message>
    <message>
        <location filename="../backup/backup_dialog.py" line="43"/>
        <source>De reservekopie is één versleuteld bestand met de hele kluis en het sleutelbestand. Terugzetten kan alleen met uw wachtwoordzin of de herstelsleutel. Bewaar haar op een andere schijf dan de kluis, bijvoorbeeld een netwerkmap of USB-stick.</source>
        <translation>The backup is one encrypted file containing the whole vault and the key file. It can only be restored with your passphrase or the recovery key. Keep it on a different disk than the vault, for example a network folder or USB stick.</translation>
    </message>
    <message>
        <location filename="../backup/backup_dialog.py" line="53"/>
        <source>Bestand voor de reservekopie</source>
        <translation>File for the backup</translation>
    </message>
    <message>
        <location filename="../backup/backup_dialog.py" line="54"/>
        <source>Kiezen…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../backup/backup_dialog.py" line="67"/>
        <source>Maken en controleren</source>
        <translation>Create and check</translation>
    </message>
    <message>
        <location filename="../backup/backup_dialog.py" line="70"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../backup/backup_dialog.py" line="83"/>
        <source>Bestand:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../backup/backup_dialog.py" line="94"/>
        <source>Reservekopie opslaan als</source>
        <translation>Save backup as</translation>
    </message>
    <message>
        <location filename="../backup/backup_dialog.py" line="96"/>
        <source>Reservekopie van Toestemming (*.tbackup)</source>
        <translation>Toestemming backup (*.tbackup)</translation>
    </message>
    <message>
        <location filename="../backup/backup_dialog.py" line="110"/>
        <source>Bezig: kopiëren en controleren …</source>
        <translation>Busy: copying and checking …</translation>
    </message>
    <message>
        <location filename="../backup/backup_dialog.py" line="124"/>
        <source>Reservekopie gemaakt en gecontroleerd (%1 MB). Bewaar haar op een veilige plek.</source>
        <translation>Backup made and checked (%1 MB). Keep it in a safe place.</translation>
    </message>
    <message>
        <location filename="../backup/backup_dialog.py" line="131"/>
        <source>Niet vastgelegd in het logboek: de klok van deze computer staat vóór het laatste moment erin.</source>
        <translation>Not recorded in the log: this computer&apos;s clock is before its last moment.</translation>
    </message>
    <message>
        <location filename="../backup/backup_dialog.py" line="144"/>
        <source>Mislukt.</source>
        <translation>Failed.</translation>
    </message>
</context>
<context>
    <name>CapsLockWatch</name>
    <message>
        <location filename="../caps_lock.py" line="21"/>
        <source>Caps Lock staat aan: je typt hoofdletters.</source>
        <translation>Caps Lock is on: you are typing capitals.</translation>
    </message>
</context>
<context>
    <name>CatalogChoice</name>
    <message>
        <location filename="../setup/catalog_choice.py" line="19"/>
        <source>De kluis begint met de gebruikelijke ontvangers, doelen en soorten gegevens. Haal het vinkje weg bij wat niet bij uw organisatie past. U kunt later meer toevoegen via Beheer.</source>
        <translation>The vault starts with the usual recipients, purposes and kinds of data. Untick anything that does not suit your organisation. You can add more later via Manage.</translation>
    </message>
    <message>
        <location filename="../setup/catalog_choice.py" line="28"/>
        <source>Standaardcatalogus</source>
        <translation>Standard catalogue</translation>
    </message>
    <message>
        <location filename="../setup/catalog_choice.py" line="30"/>
        <source>Ontvangers (%1)</source>
        <translation>Recipients (%1)</translation>
    </message>
    <message>
        <location filename="../setup/catalog_choice.py" line="34"/>
        <source>Doelen (%1)</source>
        <translation>Purposes (%1)</translation>
    </message>
    <message>
        <location filename="../setup/catalog_choice.py" line="38"/>
        <source>Soorten gegevens (%1)</source>
        <translation>Kinds of data (%1)</translation>
    </message>
    <message>
        <location filename="../setup/catalog_choice.py" line="43"/>
        <source>bijzonder</source>
        <translation>special</translation>
    </message>
</context>
<context>
    <name>CatalogModels</name>
    <message>
        <location filename="../settings/models.py" line="40"/>
        <source>onderwijs</source>
        <translation>education</translation>
    </message>
    <message>
        <location filename="../settings/models.py" line="41"/>
        <source>zorg</source>
        <translation>care</translation>
    </message>
    <message>
        <location filename="../settings/models.py" line="42"/>
        <source>arbeid</source>
        <translation>work</translation>
    </message>
    <message>
        <location filename="../settings/models.py" line="43"/>
        <source>gemeente</source>
        <translation>municipality</translation>
    </message>
    <message>
        <location filename="../settings/models.py" line="44"/>
        <source>leerplicht / RMC</source>
        <translation>school attendance / RMC</translation>
    </message>
    <message>
        <location filename="../settings/models.py" line="45"/>
        <source>werkgever</source>
        <translation>employer</translation>
    </message>
    <message>
        <location filename="../settings/models.py" line="46"/>
        <source>anders</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../settings/models.py" line="52"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../settings/models.py" line="52"/>
        <location filename="../settings/models.py" line="178"/>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../settings/models.py" line="107"/>
        <location filename="../settings/models.py" line="160"/>
        <location filename="../settings/models.py" line="198"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../settings/models.py" line="108"/>
        <source>Afdeling</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../settings/models.py" line="109"/>
        <location filename="../settings/models.py" line="166"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../settings/models.py" line="110"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../settings/models.py" line="111"/>
        <source>Convenant</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../settings/models.py" line="113"/>
        <location filename="../settings/models.py" line="209"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../settings/models.py" line="115"/>
        <location filename="../settings/models.py" line="211"/>
        <source>actief</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../settings/models.py" line="117"/>
        <source>niet actief</source>
        <translation>inactive</translation>
    </message>
    <message>
        <location filename="../settings/models.py" line="133"/>
        <location filename="../settings/models.py" line="159"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../settings/models.py" line="134"/>
        <location filename="../settings/models.py" line="148"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../settings/models.py" line="135"/>
        <location filename="../settings/models.py" line="146"/>
        <source>Versie</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../settings/models.py" line="147"/>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../settings/models.py" line="162"/>
        <source>Engelse naam</source>
        <translation>English name</translation>
    </message>
    <message>
        <location filename="../settings/models.py" line="163"/>
        <source>— (Nederlandse naam)</source>
        <translation>— (Dutch name)</translation>
    </message>
    <message>
        <location filename="../settings/models.py" line="168"/>
        <source>DAT (dát iemand bekend is)</source>
        <translation>DAT (that someone is known)</translation>
    </message>
    <message>
        <location filename="../settings/models.py" line="170"/>
        <source>WAT (wát er speelt)</source>
        <translation>WHAT (what is going on)</translation>
    </message>
    <message>
        <location filename="../settings/models.py" line="174"/>
        <source>Bijzonder</source>
        <translation>Special</translation>
    </message>
    <message>
        <location filename="../settings/models.py" line="176"/>
        <source>ja – bijzonder persoonsgegeven</source>
        <translation>yes – special category data</translation>
    </message>
    <message>
        <location filename="../settings/models.py" line="202"/>
        <source> (u)</source>
        <translation> (you)</translation>
    </message>
    <message>
        <location filename="../settings/models.py" line="213"/>
        <source>verwijderd</source>
        <translation>removed</translation>
    </message>
</context>
<context>
    <name>CategoriesPage</name>
    <message>
        <location filename="../settings/categories.py" line="144"/>
        <source>Categorie &amp;toevoegen…</source>
        <translation>&amp;Add category…</translation>
    </message>
    <message>
        <location filename="../settings/categories.py" line="145"/>
        <source>&amp;Engelse naam…</source>
        <translation>&amp;English name…</translation>
    </message>
    <message>
        <location filename="../settings/categories.py" line="146"/>
        <source>&amp;Standaardvertalingen invullen</source>
        <translation>Fill in &amp;standard translations</translation>
    </message>
    <message>
        <location filename="../settings/categories.py" line="152"/>
        <source>Soorten gegevens die gedeeld kunnen worden. Deel alleen wat het doel nodig heeft: vaak is DAT-informatie genoeg.</source>
        <translation>Kinds of data that can be shared. Share only what the purpose needs: DAT information is often enough.</translation>
    </message>
    <message>
        <location filename="../settings/categories.py" line="155"/>
        <source>Gegevenscategorieën</source>
        <translation>Data categories</translation>
    </message>
    <message>
        <location filename="../settings/categories.py" line="185"/>
        <source>Nog zonder Engelse naam: %1. Wie in het Engels tekent, leest dan de Nederlandse naam. Voor deze standaardcategorieën is een vertaling klaar.</source>
        <translation>No English name yet: %1. Someone signing in English then reads the Dutch name. A translation is ready for these standard categories.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../settings/workers.py" line="153"/>
        <source>Wachtwoordzin wijzigen</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <location filename="../settings/workers.py" line="153"/>
        <source>&amp;Wijzigen</source>
        <translation>&amp;Change</translation>
    </message>
    <message>
        <location filename="../settings/workers.py" line="155"/>
        <source>Huidige wachtwoordzin</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <location filename="../settings/workers.py" line="156"/>
        <source>&amp;Nieuwe wachtwoordzin:</source>
        <translation>&amp;New passphrase:</translation>
    </message>
    <message>
        <location filename="../settings/workers.py" line="157"/>
        <source>H&amp;uidige wachtwoordzin:</source>
        <translation>C&amp;urrent passphrase:</translation>
    </message>
    <message>
        <location filename="../settings/workers.py" line="165"/>
        <source>Vul uw huidige wachtwoordzin in.</source>
        <translation>Enter your current passphrase.</translation>
    </message>
</context>
<context>
    <name>Channels</name>
    <message>
        <location filename="../consent/common.py" line="151"/>
        <source>aan de balie of telefonisch</source>
        <translation>at the desk or by phone</translation>
    </message>
    <message>
        <location filename="../consent/common.py" line="152"/>
        <source>ondertekend op de tablet</source>
        <translation>signed on the tablet</translation>
    </message>
    <message>
        <location filename="../consent/common.py" line="153"/>
        <source>per e-mail</source>
        <translation>by e-mail</translation>
    </message>
    <message>
        <location filename="../consent/common.py" line="154"/>
        <source>per app of sms</source>
        <translation>by app or SMS</translation>
    </message>
    <message>
        <location filename="../consent/common.py" line="155"/>
        <source>op papier</source>
        <translation>on paper</translation>
    </message>
</context>
<context>
    <name>ClockAheadDialog</name>
    <message>
        <location filename="../clock_ahead_dialog.py" line="48"/>
        <location filename="../clock_ahead_dialog.py" line="59"/>
        <source>Datum van vandaag</source>
        <translation>Today&apos;s date</translation>
    </message>
    <message>
        <location filename="../clock_ahead_dialog.py" line="54"/>
        <source>Welke datum is het vandaag? (dd-mm-jjjj)</source>
        <translation>What is today&apos;s date? (dd-mm-yyyy)</translation>
    </message>
    <message>
        <location filename="../clock_ahead_dialog.py" line="58"/>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <location filename="../clock_ahead_dialog.py" line="72"/>
        <source>&amp;Bevestigen</source>
        <translation>&amp;Confirm</translation>
    </message>
    <message>
        <location filename="../clock_ahead_dialog.py" line="75"/>
        <source>&amp;Alleen lezen</source>
        <translation>&amp;Read only</translation>
    </message>
    <message>
        <location filename="../clock_ahead_dialog.py" line="82"/>
        <location filename="../clock_ahead_dialog.py" line="139"/>
        <location filename="../clock_ahead_dialog.py" line="187"/>
        <source>Tijd navragen…</source>
        <translation>Asking the time…</translation>
    </message>
    <message>
        <location filename="../clock_ahead_dialog.py" line="97"/>
        <source>Nog geen tijdstempeldienst ingesteld? Een tijdstempeldienst (TSA) is een dienst op internet die de tijd ondertekent: een tweede mening naast de klok van deze computer. Uw ICT-beheerder of leverancier weet het adres. Eenmaal ingesteld wordt hij ook gevraagd bij het bevestigen van de datum.</source>
        <translation>No timestamp service set up yet? A timestamp service (TSA) is a service on the internet that signs the time: a second opinion beside this computer&apos;s clock. Your IT administrator or supplier knows its address. Once set up, it is also asked when you confirm the date.</translation>
    </message>
    <message>
        <location filename="../clock_ahead_dialog.py" line="106"/>
        <source>Adres van de &amp;tijdstempeldienst:</source>
        <translation>Address of the &amp;timestamp service:</translation>
    </message>
    <message>
        <location filename="../clock_ahead_dialog.py" line="109"/>
        <source>Adres van de tijdstempeldienst</source>
        <translation>Address of the timestamp service</translation>
    </message>
    <message>
        <location filename="../clock_ahead_dialog.py" line="111"/>
        <source>&amp;Instellen</source>
        <translation>&amp;Set up</translation>
    </message>
    <message>
        <location filename="../clock_ahead_dialog.py" line="166"/>
        <source>De tijdstempeldienst kon niet worden gevraagd.</source>
        <translation>The timestamp service could not be asked.</translation>
    </message>
    <message>
        <location filename="../clock_ahead_dialog.py" line="184"/>
        <source>Vul het adres van de tijdstempeldienst in.</source>
        <translation>Fill in the address of the timestamp service.</translation>
    </message>
    <message>
        <location filename="../clock_ahead_dialog.py" line="199"/>
        <source>Ingesteld. De tijdstempeldienst gaf als tijd %1.</source>
        <translation>Set up. The timestamp service gave the time as %1.</translation>
    </message>
    <message>
        <location filename="../clock_ahead_dialog.py" line="210"/>
        <source>De tijdstempeldienst kon niet worden ingesteld.</source>
        <translation>The timestamp service could not be set up.</translation>
    </message>
</context>
<context>
    <name>ClockBanner</name>
    <message>
        <location filename="../clock_banner.py" line="39"/>
        <source>Klok van de computer</source>
        <translation>Computer clock</translation>
    </message>
    <message>
        <location filename="../clock_banner.py" line="40"/>
        <source>De klok klopt nu…</source>
        <translation>The clock is right now…</translation>
    </message>
    <message>
        <location filename="../clock_banner.py" line="42"/>
        <source>Datum van vandaag…</source>
        <translation>Today&apos;s date…</translation>
    </message>
    <message>
        <location filename="../clock_banner.py" line="69"/>
        <source>&lt;b&gt;Alleen-lezen.&lt;/b&gt; De klok van deze computer zegt %1, %3 dagen na het laatste moment in het logboek (%2). Loopt de klok vooruit? Zet de datum en tijd goed. Is er echt zo lang niet in de kluis gewerkt? Kies dan ‘Datum van vandaag’. Een reservekopie maken kan al.</source>
        <translation>&lt;b&gt;Read-only.&lt;/b&gt; This computer&apos;s clock says %1, %3 days after the last moment in the log (%2). Is the clock running ahead? Set the date and time right. Has the vault really not been used for that long? Then choose ‘Today&apos;s date’. You can already make a backup.</translation>
    </message>
    <message>
        <location filename="../clock_banner.py" line="85"/>
        <source>&lt;b&gt;Alleen-lezen.&lt;/b&gt; Het logboek loopt tot %1, de klok van deze computer zegt %2. Zet de datum en tijd goed; liep de klok eerder vooruit en klopt hij nu, kies dan ‘De klok klopt nu’. Een reservekopie maken kan al.</source>
        <translation>&lt;b&gt;Read-only.&lt;/b&gt; The log runs until %1, this computer&apos;s clock says %2. Set the date and time right; if the clock ran ahead before and is right now, choose ‘The clock is right now’. A backup can be made already.</translation>
    </message>
    <message>
        <location filename="../clock_banner.py" line="90"/>
        <source>&lt;b&gt;Alleen-lezen.&lt;/b&gt; Het logboek van het team loopt tot %1, de klok van deze computer zegt %2. Zet de datum en tijd goed; liep een klok eerder vooruit en klopt deze nu, kies dan ‘De klok klopt nu’.</source>
        <translation>&lt;b&gt;Read-only.&lt;/b&gt; The team&apos;s log runs until %1, this computer&apos;s clock says %2. Set the date and time right; if a clock ran ahead before and this one is right now, choose ‘The clock is right now’.</translation>
    </message>
    <message>
        <location filename="../clock_banner.py" line="110"/>
        <location filename="../clock_banner.py" line="125"/>
        <source>De klok klopt nu</source>
        <translation>The clock is right now</translation>
    </message>
    <message>
        <location filename="../clock_banner.py" line="112"/>
        <source>Klopt de datum en tijd van deze computer nu echt (%1)? Het logboek loopt tot %2.

Dit wordt met uw naam in het logboek vastgelegd. De controle van de kluis laat het de privacyfunctionaris zien, met alles wat daarna is vastgelegd met een datum vóór %2.</source>
        <translation>Are this computer&apos;s date and time really right now (%1)? The log runs until %2.

This is recorded in the log under your name. The vault&apos;s check shows it to the privacy officer, with everything recorded after it with a date before %2.</translation>
    </message>
</context>
<context>
    <name>ConsentCard</name>
    <message>
        <location filename="../consent_list.py" line="46"/>
        <source>Beslissing vastleggen…</source>
        <translation>Record decision…</translation>
    </message>
    <message>
        <location filename="../consent_list.py" line="47"/>
        <source>Intrekken…</source>
        <translation>Withdraw…</translation>
    </message>
    <message>
        <location filename="../consent_list.py" line="48"/>
        <source>Gegevens delen…</source>
        <translation>Share data…</translation>
    </message>
    <message>
        <location filename="../consent_list.py" line="49"/>
        <source>Ontvangers informeren…</source>
        <translation>Inform recipients…</translation>
    </message>
    <message>
        <location filename="../consent_list.py" line="50"/>
        <source>Geschiedenis</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../consent_list.py" line="51"/>
        <source>Verzoek mailen…</source>
        <translation>E-mail the request…</translation>
    </message>
    <message>
        <location filename="../consent_list.py" line="52"/>
        <source>Papieren formulier afdrukken…</source>
        <translation>Print paper form…</translation>
    </message>
    <message>
        <location filename="../consent_list.py" line="53"/>
        <source>Bewijs exporteren…</source>
        <translation>Export proof…</translation>
    </message>
    <message>
        <location filename="../consent_list.py" line="54"/>
        <source>Bevestiging intrekking…</source>
        <translation>Withdrawal confirmation…</translation>
    </message>
    <message>
        <location filename="../consent_list.py" line="55"/>
        <source>Op de tablet…</source>
        <translation>Sign on the tablet…</translation>
    </message>
    <message>
        <location filename="../consent_list.py" line="56"/>
        <source>Intrekken op de tablet…</source>
        <translation>Withdraw on the tablet…</translation>
    </message>
    <message>
        <location filename="../consent_list.py" line="57"/>
        <source>Mening van de jongere…</source>
        <translation>Young person&apos;s view…</translation>
    </message>
    <message>
        <location filename="../consent_list.py" line="146"/>
        <source>Onderdeel %1</source>
        <translation>Item %1</translation>
    </message>
    <message>
        <location filename="../consent_list.py" line="149"/>
        <source>geldig %1 t/m %2</source>
        <translation>valid %1 to %2</translation>
    </message>
    <message>
        <location filename="../consent_list.py" line="160"/>
        <source>(sinds %1)</source>
        <translation>(since %1)</translation>
    </message>
    <message>
        <location filename="../consent_list.py" line="169"/>
        <source>code %1</source>
        <translation>code %1</translation>
    </message>
    <message>
        <location filename="../consent_list.py" line="182"/>
        <source>Herbevestigen door de jongere</source>
        <translation>Re-confirmation by the young person</translation>
    </message>
</context>
<context>
    <name>ConsentCommon</name>
    <message>
        <location filename="../consent/common.py" line="132"/>
        <source>ouder met gezag</source>
        <translation>parent with parental authority</translation>
    </message>
    <message>
        <location filename="../consent/common.py" line="134"/>
        <source>ouder zonder gezag</source>
        <translation>parent without parental authority</translation>
    </message>
    <message>
        <location filename="../consent/common.py" line="145"/>
        <source>Informeer ook %1: die beslist voor de jongere.</source>
        <translation>Also inform %1: they decide for the young person.</translation>
    </message>
    <message>
        <location filename="../consent/common.py" line="193"/>
        <source>(onbekende vertegenwoordiger)</source>
        <translation>(unknown representative)</translation>
    </message>
    <message>
        <location filename="../consent/common.py" line="351"/>
        <location filename="../consent/common.py" line="378"/>
        <source>Dit bestand kan niet worden gelezen.</source>
        <translation>This file cannot be read.</translation>
    </message>
    <message>
        <location filename="../consent/common.py" line="355"/>
        <source>Dit bestand is leeg.</source>
        <translation>This file is empty.</translation>
    </message>
    <message>
        <location filename="../consent/common.py" line="359"/>
        <source>Het bewijsstuk is groter dan 25 MB.</source>
        <translation>The evidence is larger than 25 MB.</translation>
    </message>
</context>
<context>
    <name>ConsentList</name>
    <message>
        <location filename="../consent_list.py" line="319"/>
        <source>Toestemmingen van de jongere</source>
        <translation>Consents of the young person</translation>
    </message>
    <message>
        <location filename="../consent_list.py" line="353"/>
        <source>Nog geen toestemming gevraagd.</source>
        <translation>No consent requested yet.</translation>
    </message>
</context>
<context>
    <name>ContactFields</name>
    <message>
        <location filename="../forms/transition_dialog.py" line="64"/>
        <source>Naam:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../forms/transition_dialog.py" line="65"/>
        <source>Organisatie:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <location filename="../forms/transition_dialog.py" line="66"/>
        <source>Telefoon:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../forms/transition_dialog.py" line="67"/>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
</context>
<context>
    <name>CorrectionsDialog</name>
    <message>
        <location filename="../consent/corrections.py" line="56"/>
        <source>Gegevens wijzigen — %1</source>
        <translation>Edit details — %1</translation>
    </message>
    <message>
        <location filename="../consent/corrections.py" line="60"/>
        <source>&amp;Jongere</source>
        <translation>&amp;Young person</translation>
    </message>
    <message>
        <location filename="../consent/corrections.py" line="61"/>
        <source>Ve&amp;rtegenwoordigers</source>
        <translation>Represen&amp;tatives</translation>
    </message>
    <message>
        <location filename="../consent/corrections.py" line="70"/>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../consent/corrections.py" line="93"/>
        <source>bijv. van der</source>
        <translation>e.g. van der</translation>
    </message>
    <message>
        <location filename="../consent/corrections.py" line="96"/>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <location filename="../consent/corrections.py" line="104"/>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../consent/corrections.py" line="105"/>
        <source>curatele</source>
        <translation>guardianship (curatele)</translation>
    </message>
    <message>
        <location filename="../consent/corrections.py" line="106"/>
        <source>mentorschap</source>
        <translation>mentorship (mentorschap)</translation>
    </message>
    <message>
        <location filename="../consent/corrections.py" line="111"/>
        <source>&amp;Voornaam:</source>
        <translation>&amp;Given name:</translation>
    </message>
    <message>
        <location filename="../consent/corrections.py" line="112"/>
        <source>T&amp;ussenvoegsel:</source>
        <translation>Name pre&amp;fix (tussenvoegsel):</translation>
    </message>
    <message>
        <location filename="../consent/corrections.py" line="113"/>
        <source>Achter&amp;naam:</source>
        <translation>Sur&amp;name:</translation>
    </message>
    <message>
        <location filename="../consent/corrections.py" line="114"/>
        <source>&amp;Geboortedatum:</source>
        <translation>&amp;Date of birth:</translation>
    </message>
    <message>
        <location filename="../consent/corrections.py" line="115"/>
        <source>Sc&amp;hool:</source>
        <translation>Sc&amp;hool:</translation>
    </message>
    <message>
        <location filename="../consent/corrections.py" line="116"/>
        <source>O&amp;pleiding:</source>
        <translation>Pr&amp;ogramme:</translation>
    </message>
    <message>
        <location filename="../consent/corrections.py" line="117"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../consent/corrections.py" line="118"/>
        <location filename="../consent/corrections.py" line="179"/>
        <source>Tele&amp;foon:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location filename="../consent/corrections.py" line="119"/>
        <source>T&amp;aal:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../consent/corrections.py" line="120"/>
        <source>18+ &amp;bescherming:</source>
        <translation>18+ p&amp;rotection:</translation>
    </message>
    <message>
        <location filename="../consent/corrections.py" line="125"/>
        <location filename="../consent/corrections.py" line="186"/>
        <source>Wijzigingen &amp;opslaan</source>
        <translation>Sa&amp;ve changes</translation>
    </message>
    <message>
        <location filename="../consent/corrections.py" line="160"/>
        <source>De gegevens van de jongere zijn opgeslagen.</source>
        <translation>The young person&apos;s details have been saved.</translation>
    </message>
    <message>
        <location filename="../consent/corrections.py" line="167"/>
        <source>Vertegenwoordigers</source>
        <translation>Representatives</translation>
    </message>
    <message>
        <location filename="../consent/corrections.py" line="174"/>
        <source>heeft het &amp;gezag</source>
        <translation>has parental aut&amp;hority</translation>
    </message>
    <message>
        <location filename="../consent/corrections.py" line="177"/>
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../consent/corrections.py" line="178"/>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <location filename="../consent/corrections.py" line="180"/>
        <source>Taa&amp;l:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../consent/corrections.py" line="181"/>
        <source>Gezag:</source>
        <translation>Parental authority:</translation>
    </message>
    <message>
        <location filename="../consent/corrections.py" line="188"/>
        <source>Vertegenwoordiging &amp;beëindigen…</source>
        <translation>&amp;End representation…</translation>
    </message>
    <message>
        <location filename="../consent/corrections.py" line="207"/>
        <source>, gezag</source>
        <translation>, parental authority</translation>
    </message>
    <message>
        <location filename="../consent/corrections.py" line="262"/>
        <source>De gegevens van %1 zijn opgeslagen.</source>
        <translation>The details of %1 have been saved.</translation>
    </message>
    <message>
        <location filename="../consent/corrections.py" line="273"/>
        <source>%1 is dan geen vertegenwoordiger meer en beslist niet meer mee. Eerdere beslissingen blijven bewaard. Doorgaan?</source>
        <translation>%1 will then no longer be a representative and will no longer take part in decisions. Earlier decisions are kept. Continue?</translation>
    </message>
    <message>
        <location filename="../consent/corrections.py" line="281"/>
        <source>De vertegenwoordiging van %1 is beëindigd.</source>
        <translation>%1 is no longer a representative.</translation>
    </message>
    <message>
        <location filename="../consent/corrections.py" line="310"/>
        <source>%1 onderdeel %2: nu %3 (was %4)</source>
        <translation>%1 item %2: now %3 (was %4)</translation>
    </message>
    <message>
        <location filename="../consent/corrections.py" line="319"/>
        <source>Beslist nu: niemand. %1</source>
        <translation>Now decides: nobody. %1</translation>
    </message>
    <message>
        <location filename="../consent/corrections.py" line="326"/>
        <source>Beslist nu: %1.</source>
        <translation>Now decides: %1.</translation>
    </message>
    <message>
        <location filename="../consent/corrections.py" line="329"/>
        <source>Door deze wijziging veranderde de status:</source>
        <translation>This change altered the status:</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <location filename="../setup/paths.py" line="28"/>
        <source>Nieuwe kluis opslaan als</source>
        <translation>Save new vault as</translation>
    </message>
    <message>
        <location filename="../setup/paths.py" line="30"/>
        <source>Kluis (*.tvault)</source>
        <translation>Vault (*.tvault)</translation>
    </message>
    <message>
        <location filename="../setup/create_vault.py" line="90"/>
        <source>Toestemming — nieuwe kluis</source>
        <translation>Toestemming — new vault</translation>
    </message>
    <message>
        <location filename="../setup/create_vault.py" line="108"/>
        <source>De kluis is een versleuteld bestand op deze computer. Alleen wie een wachtwoordzin of de herstelsleutel heeft, kan haar openen.</source>
        <translation>The vault is an encrypted file on this computer. Only someone with a passphrase or the recovery key can open it.</translation>
    </message>
    <message>
        <location filename="../setup/create_vault.py" line="115"/>
        <source>Andere &amp;plek…</source>
        <translation>Other &amp;location…</translation>
    </message>
    <message>
        <location filename="../setup/create_vault.py" line="132"/>
        <source>bijv. Praktijkschool De Brug</source>
        <translation>e.g. Praktijkschool De Brug</translation>
    </message>
    <message>
        <location filename="../setup/create_vault.py" line="134"/>
        <source>zoals collega&apos;s u kennen</source>
        <translation>as your colleagues know you</translation>
    </message>
    <message>
        <location filename="../setup/create_vault.py" line="148"/>
        <source>&amp;Organisatie:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../setup/create_vault.py" line="149"/>
        <source>&amp;Uw naam:</source>
        <translation>&amp;Your name:</translation>
    </message>
    <message>
        <location filename="../setup/create_vault.py" line="154"/>
        <source>Kluisbestand:</source>
        <translation>Vault file:</translation>
    </message>
    <message>
        <location filename="../setup/create_vault.py" line="173"/>
        <source>Bezig met het maken van de kluis en de sleutels (enkele seconden)…</source>
        <translation>Creating the vault and its keys (a few seconds)…</translation>
    </message>
    <message>
        <location filename="../setup/create_vault.py" line="184"/>
        <source>Kluis &amp;maken</source>
        <translation>&amp;Create vault</translation>
    </message>
    <message>
        <location filename="../setup/create_vault.py" line="188"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../setup/create_vault.py" line="198"/>
        <source>Nieuwe kluis maken</source>
        <translation>Create a new vault</translation>
    </message>
    <message>
        <location filename="../setup/create_vault.py" line="260"/>
        <source>Met deze herstelsleutel opent u de kluis als niemand de wachtwoordzin meer weet. U ziet hem nu &lt;b&gt;één keer&lt;/b&gt;. Druk hem af of schrijf hem over, en bewaar hem op een veilige plek, niet bij de computer.</source>
        <translation>With this recovery key you can open the vault when nobody knows the passphrase any more. You see it &lt;b&gt;once&lt;/b&gt;, now. Print it or copy it by hand, and keep it in a safe place, not near the computer.</translation>
    </message>
    <message>
        <location filename="../setup/create_vault.py" line="268"/>
        <source>&amp;Afdrukken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../setup/create_vault.py" line="272"/>
        <source>Ik heb de herstelsleutel afgedrukt of op een veilige plek &amp;bewaard.</source>
        <translation>I have printed the recovery key or &amp;stored it in a safe place.</translation>
    </message>
    <message>
        <location filename="../setup/create_vault.py" line="278"/>
        <source>&amp;Verder naar de kluis</source>
        <translation>&amp;Continue to the vault</translation>
    </message>
    <message>
        <location filename="../setup/create_vault.py" line="291"/>
        <source>Uw herstelsleutel</source>
        <translation>Your recovery key</translation>
    </message>
    <message>
        <location filename="../setup/create_vault.py" line="399"/>
        <source>Vul de naam van de organisatie in.</source>
        <translation>Enter the organisation&apos;s name.</translation>
    </message>
    <message>
        <location filename="../setup/create_vault.py" line="401"/>
        <source>Vul uw naam in.</source>
        <translation>Enter your name.</translation>
    </message>
    <message>
        <location filename="../setup/create_vault.py" line="455"/>
        <source>De standaardcatalogus is niet helemaal toegevoegd: %1</source>
        <translation>The standard catalogue was not added completely: %1</translation>
    </message>
    <message>
        <location filename="../setup/create_vault.py" line="489"/>
        <source>Bevestig eerst dat u de herstelsleutel heeft afgedrukt of bewaard.</source>
        <translation>First confirm that you have printed or stored the recovery key.</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <location filename="../csv_import.py" line="65"/>
        <source>Export uit de leerlingadministratie kiezen</source>
        <translation>Choose an export from the student administration</translation>
    </message>
    <message>
        <location filename="../csv_import.py" line="67"/>
        <source>CSV-bestanden (*.csv *.txt);;Alle bestanden (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../csv_import.py" line="202"/>
        <source>Jongeren importeren</source>
        <translation>Import young people</translation>
    </message>
    <message>
        <location filename="../csv_import.py" line="210"/>
        <source>Kies een export uit de leerlingadministratie (CSV, gescheiden door puntkomma of komma). Herkende kolommen: Roepnaam/Voornaam, Tussenvoegsel, Achternaam en Geboortedatum (verplicht), Leerlingnummer, School, Opleiding, E-mail, Telefoon. Er wordt niets opgeslagen voordat u op Importeren klikt. Wie al in de kluis staat, wordt overgeslagen.</source>
        <translation>Choose an export from the student administration (CSV, separated by semicolons or commas). Recognised columns: Roepnaam/Voornaam, Tussenvoegsel, Achternaam and Geboortedatum (required), Leerlingnummer, School, Opleiding, E-mail, Telefoon. Nothing is saved before you click Import. Young people already in the vault are skipped.</translation>
    </message>
    <message>
        <location filename="../csv_import.py" line="218"/>
        <source>&amp;Bestand kiezen…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <location filename="../csv_import.py" line="221"/>
        <source>Nog geen bestand gekozen.</source>
        <translation>No file chosen yet.</translation>
    </message>
    <message>
        <location filename="../csv_import.py" line="233"/>
        <source>Alleen regels met &amp;fouten tonen</source>
        <translation>Show only rows with &amp;errors</translation>
    </message>
    <message>
        <location filename="../csv_import.py" line="245"/>
        <source>Voorbeeld van de import</source>
        <translation>Import preview</translation>
    </message>
    <message>
        <location filename="../csv_import.py" line="270"/>
        <source>%v van %m</source>
        <translation>%v of %m</translation>
    </message>
    <message>
        <location filename="../csv_import.py" line="276"/>
        <source>Ook de &amp;mogelijk dubbele jongeren toevoegen (eerst controleren)</source>
        <translation>Also add the &amp;possible duplicate young people (check them first)</translation>
    </message>
    <message>
        <location filename="../csv_import.py" line="281"/>
        <location filename="../csv_import.py" line="332"/>
        <source>&amp;Importeren</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../csv_import.py" line="284"/>
        <source>&amp;Stoppen</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <location filename="../csv_import.py" line="287"/>
        <source>Sl&amp;uiten</source>
        <translation>Cl&amp;ose</translation>
    </message>
    <message>
        <location filename="../csv_import.py" line="330"/>
        <source>&amp;Importeren (%1)</source>
        <translation>&amp;Import (%1)</translation>
    </message>
    <message>
        <location filename="../csv_import.py" line="356"/>
        <source>Het bestand is te groot (maximaal 20 MB).</source>
        <translation>The file is too large (at most 20 MB).</translation>
    </message>
    <message>
        <location filename="../csv_import.py" line="360"/>
        <source>Het bestand kan niet worden gelezen.</source>
        <translation>The file cannot be read.</translation>
    </message>
    <message>
        <location filename="../csv_import.py" line="373"/>
        <source>Bestand wordt gelezen…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location filename="../csv_import.py" line="394"/>
        <source>%1 regels: %2 nieuw, %3 bestaan al, %4 met fouten. Tekenset: %5, scheidingsteken: %6.</source>
        <translation>%1 rows: %2 new, %3 already present, %4 with errors. Encoding: %5, separator: %6.</translation>
    </message>
    <message>
        <location filename="../csv_import.py" line="412"/>
        <source>%n regel lijkt op een jongere die al in de kluis staat; die wordt alleen toegevoegd als u dat aanvinkt.</source>
        <translation>%n row resembles a young person who is already in the vault; it is only added if you tick that option.</translation>
    </message>
    <message>
        <location filename="../csv_import.py" line="416"/>
        <source>%n regels lijken op een jongere die al in de kluis staat; die worden alleen toegevoegd als u dat aanvinkt.</source>
        <translation>%n rows resemble a young person who is already in the vault; they are only added if you tick that option.</translation>
    </message>
    <message>
        <location filename="../csv_import.py" line="425"/>
        <source>Gebruikte kolommen: %1.</source>
        <translation>Columns used: %1.</translation>
    </message>
    <message>
        <location filename="../csv_import.py" line="427"/>
        <source>Niet gebruikt: %1.</source>
        <translation>Not used: %1.</translation>
    </message>
    <message>
        <location filename="../csv_import.py" line="445"/>
        <source>puntkomma</source>
        <translation>semicolon</translation>
    </message>
    <message>
        <location filename="../csv_import.py" line="445"/>
        <source>komma</source>
        <translation>comma</translation>
    </message>
    <message>
        <location filename="../csv_import.py" line="445"/>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <location filename="../csv_import.py" line="483"/>
        <source>Bezig met importeren…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../csv_import.py" line="495"/>
        <source>Stoppen na de regel die nu wordt opgeslagen…</source>
        <translation>Stopping after the row being saved now…</translation>
    </message>
    <message>
        <location filename="../csv_import.py" line="511"/>
        <source>Gestopt na %1 van %2 regels. %3 jongeren zijn toegevoegd en blijven in de kluis. Importeer hetzelfde bestand nog eens om de rest toe te voegen; wie er al is, wordt overgeslagen.</source>
        <translation>Stopped after %1 of %2 rows. %3 young people were added and stay in the vault. Import the same file again to add the rest; those already present are skipped.</translation>
    </message>
    <message>
        <location filename="../csv_import.py" line="516"/>
        <source>Klaar: %3 jongeren toegevoegd (%1 van %2 regels verwerkt).</source>
        <translation>Done: %3 young people added (%1 of %2 rows processed).</translation>
    </message>
    <message>
        <location filename="../csv_import.py" line="523"/>
        <source>%1 stonden er intussen al in.</source>
        <translation>%1 were already there by now.</translation>
    </message>
    <message>
        <location filename="../csv_import.py" line="528"/>
        <source>Niet gelukt op regel %1.</source>
        <translation>Failed on row %1.</translation>
    </message>
</context>
<context>
    <name>DamagedVaultBanner</name>
    <message>
        <location filename="../backup/banners.py" line="201"/>
        <source>De kluis is beschadigd en alleen-lezen geopend: u kunt gegevens bekijken, maar niets wijzigen. Zet de laatste reservekopie terug op een nieuwe plek.</source>
        <translation>The vault is damaged and opened read-only: you can view data but not change anything. Restore the latest backup to a new location.</translation>
    </message>
    <message>
        <location filename="../backup/banners.py" line="205"/>
        <source>Wat is er mis?</source>
        <translation>What is wrong?</translation>
    </message>
    <message>
        <location filename="../backup/banners.py" line="206"/>
        <source>Reservekopie terugzetten…</source>
        <translation>Restore backup…</translation>
    </message>
    <message>
        <location filename="../backup/banners.py" line="237"/>
        <source>Toestemming — kluis beschadigd</source>
        <translation>Toestemming — vault damaged</translation>
    </message>
</context>
<context>
    <name>DeciderBox</name>
    <message>
        <location filename="../consent/common.py" line="201"/>
        <source>Wie beslist en waarom</source>
        <translation>Who decides and why</translation>
    </message>
    <message numerus="yes">
        <location filename="../consent/common.py" line="222"/>
        <source>Leeftijd op %1: %n jaar</source>
        <translation>
            <numerusform>Age on %1: %n year</numerusform>
            <numerusform>Age on %1: %n years</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../consent/common.py" line="229"/>
        <source> of </source>
        <translation> or </translation>
    </message>
</context>
<context>
    <name>DiscloseDialog</name>
    <message>
        <location filename="../consent/disclose.py" line="70"/>
        <source>Gegevens delen — %1</source>
        <translation>Share data — %1</translation>
    </message>
    <message>
        <location filename="../consent/disclose.py" line="99"/>
        <source>bijzonder ⚠</source>
        <translation>special ⚠</translation>
    </message>
    <message>
        <location filename="../consent/disclose.py" line="110"/>
        <source>Bijvoorbeeld: telefonisch besproken met de consulent</source>
        <translation>For example: discussed by phone with the case worker</translation>
    </message>
    <message>
        <location filename="../consent/disclose.py" line="115"/>
        <source>&amp;Ontvanger:</source>
        <translation>&amp;Recipient:</translation>
    </message>
    <message>
        <location filename="../consent/disclose.py" line="116"/>
        <source>&amp;Doel:</source>
        <translation>&amp;Purpose:</translation>
    </message>
    <message>
        <location filename="../consent/disclose.py" line="117"/>
        <source>&amp;Gegevens:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <location filename="../consent/disclose.py" line="118"/>
        <source>&amp;Wanneer gedeeld:</source>
        <translation>&amp;When shared:</translation>
    </message>
    <message>
        <location filename="../consent/disclose.py" line="119"/>
        <source>Toe&amp;lichting:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../consent/disclose.py" line="145"/>
        <location filename="../consent/disclose.py" line="465"/>
        <source>Verstrekking &amp;vastleggen</source>
        <translation>Re&amp;cord disclosure</translation>
    </message>
    <message>
        <location filename="../consent/disclose.py" line="148"/>
        <source>&amp;Niet delen</source>
        <translation>Do not &amp;share</translation>
    </message>
    <message>
        <location filename="../consent/disclose.py" line="160"/>
        <source>Leg vast wat u deelt. Eerst wordt nagegaan of dat mag: deel alleen wat het doel nodig heeft.</source>
        <translation>Record what you share. First it is checked whether that is allowed: share only what the purpose needs.</translation>
    </message>
    <message>
        <location filename="../consent/disclose.py" line="186"/>
        <source>Andere grondslag en afweging (stappenplan)</source>
        <translation>Other lawful basis and weighing (step plan)</translation>
    </message>
    <message>
        <location filename="../consent/disclose.py" line="224"/>
        <source>Stap 3: alleen &amp;buitenkantinformatie (dát de jongere bekend is, niet wát)</source>
        <translation>Step 3: only &amp;outside information (THAT the young person is known, not WHAT)</translation>
    </message>
    <message>
        <location filename="../consent/disclose.py" line="230"/>
        <source>Met dit vinkje mag op deze afweging alleen DAT-informatie worden gedeeld: dat de jongere bekend is of hulp krijgt, sinds wanneer en bij wie. Voor de inhoud is dan toestemming nodig.</source>
        <translation>With this tick only outside (DAT) information may be shared on this weighing: that the young person is known or gets help, since when and with whom. The content then needs consent.</translation>
    </message>
    <message>
        <location filename="../consent/disclose.py" line="238"/>
        <source>Wie is geïnformeerd</source>
        <translation>Who has been informed</translation>
    </message>
    <message>
        <location filename="../consent/disclose.py" line="240"/>
        <source>Waarom niet geïnformeerd?</source>
        <translation>Why not informed?</translation>
    </message>
    <message>
        <location filename="../consent/disclose.py" line="244"/>
        <source>Eerder is &apos;nee&apos; gezegd — delen ondanks dat</source>
        <translation>&apos;No&apos; was said earlier — share despite that</translation>
    </message>
    <message>
        <location filename="../consent/disclose.py" line="248"/>
        <source>Grondslag ondanks nee</source>
        <translation>Lawful basis despite &apos;no&apos;</translation>
    </message>
    <message>
        <location filename="../consent/disclose.py" line="254"/>
        <source>Reden om ondanks nee te delen</source>
        <translation>Reason to share despite &apos;no&apos;</translation>
    </message>
    <message>
        <location filename="../consent/disclose.py" line="259"/>
        <source>Grondslag:</source>
        <translation>Lawful basis:</translation>
    </message>
    <message>
        <location filename="../consent/disclose.py" line="260"/>
        <source>Reden:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../consent/disclose.py" line="282"/>
        <source>Geïnformeerd:</source>
        <translation>Informed:</translation>
    </message>
    <message>
        <location filename="../consent/disclose.py" line="288"/>
        <source>Be&amp;zwaar (verzet) vastleggen…</source>
        <translation>Record an ob&amp;jection…</translation>
    </message>
    <message>
        <location filename="../consent/disclose.py" line="361"/>
        <source>De catalogus heeft nog geen ontvangers of doelen. Vul ze in via Beheer → Instellingen (tabbladen Ontvangers en Doelen).</source>
        <translation>The catalogue has no recipients or purposes yet. Fill them in via Manage → Settings (tabs Recipients and Purposes).</translation>
    </message>
    <message>
        <location filename="../consent/disclose.py" line="399"/>
        <source>Kies een grondslag…</source>
        <translation>Choose a lawful basis…</translation>
    </message>
    <message>
        <location filename="../consent/disclose.py" line="522"/>
        <source>Niet gedeeld.</source>
        <translation>Not shared.</translation>
    </message>
    <message>
        <location filename="../consent/disclose.py" line="556"/>
        <source>Delen ondanks nee?</source>
        <translation>Share despite &apos;no&apos;?</translation>
    </message>
    <message>
        <location filename="../consent/disclose.py" line="558"/>
        <source>Er is eerder &apos;nee&apos; gezegd tegen delen met deze ontvanger voor dit doel. Weet u zeker dat u toch deelt, op de grondslag en met de reden die u opschreef?</source>
        <translation>Earlier, &apos;no&apos; was said to sharing with this recipient for this purpose. Are you sure you want to share anyway, on the lawful basis and with the reason you wrote down?</translation>
    </message>
    <message>
        <location filename="../consent/disclose.py" line="193"/>
        <source>Stap 1 – grondslag: waarom geldt deze grondslag?</source>
        <translation>Step 1 – lawful basis: why does this basis apply?</translation>
    </message>
    <message>
        <location filename="../consent/disclose.py" line="196"/>
        <source>Stap 2 – doel: past het bij waarvoor de gegevens zijn verzameld?</source>
        <translation>Step 2 – purpose: is it compatible with why the data was collected?</translation>
    </message>
    <message>
        <location filename="../consent/disclose.py" line="200"/>
        <source>Stap 3 – proportionaliteit: is dit nodig, niet alleen handig?</source>
        <translation>Step 3 – proportionality: is this necessary, not merely handy?</translation>
    </message>
    <message>
        <location filename="../consent/disclose.py" line="205"/>
        <source>Stap 4 – subsidiariteit: kan het met minder (jongere zelf, anoniem, alleen DAT)?</source>
        <translation>Step 4 – subsidiarity: can it be done with less (the young person themselves, anonymously, DAT only)?</translation>
    </message>
    <message>
        <location filename="../consent/disclose.py" line="235"/>
        <source>De &amp;jongere is geïnformeerd over het delen</source>
        <translation>The &amp;young person has been informed about the sharing</translation>
    </message>
    <message>
        <location filename="../consent/disclose.py" line="263"/>
        <source>G&amp;rondslag:</source>
        <translation>Lawful &amp;basis:</translation>
    </message>
    <message>
        <location filename="../consent/disclose.py" line="272"/>
        <source>Geen toestemming dekt dit. Deel alleen als een andere grondslag geldt en u de afweging hieronder vastlegt. Praat liever mét de jongere dan over de jongere.</source>
        <translation>No consent covers this. Share only if another lawful basis applies and you record the weighing below. Rather talk with the young person than about them.</translation>
    </message>
    <message>
        <location filename="../consent/disclose.py" line="411"/>
        <source>niet geïnformeerd (reden hieronder)</source>
        <translation>not informed (reason below)</translation>
    </message>
    <message>
        <location filename="../consent/disclose.py" line="415"/>
        <source>Kies…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../consent/disclose.py" line="423"/>
        <source>Eerder gezegd: %1. Delen kan alleen op grond van een wettelijke verplichting, vitaal belang of een rechterlijke uitspraak, met een geschreven reden. U bevestigt het daarna nog een keer. Het wordt als &apos;ondanks nee&apos; vastgelegd en staat in de inzage en het bewijs.</source>
        <translation>Said earlier: %1. Sharing is only possible on the basis of a legal obligation, vital interests or a court ruling, with a written reason. You then confirm it once more. It is recorded as &apos;despite no&apos; and appears in the access request (inzage) and the proof.</translation>
    </message>
    <message>
        <location filename="../consent/disclose.py" line="446"/>
        <source>Mag ik delen? Ja — gedekt door toestemming</source>
        <translation>May I share? Yes — covered by consent</translation>
    </message>
    <message>
        <location filename="../consent/disclose.py" line="448"/>
        <source>Mag ik delen? Nee — niet gedekt door toestemming</source>
        <translation>May I share? No — not covered by consent</translation>
    </message>
    <message>
        <location filename="../consent/disclose.py" line="465"/>
        <source>Met afweging &amp;vastleggen</source>
        <translation>Re&amp;cord with weighing</translation>
    </message>
    <message>
        <location filename="../consent/disclose.py" line="495"/>
        <source>Niet gedekt: kies een andere grondslag en vul de vier stappen in, of deel niet.</source>
        <translation>Not covered: choose another lawful basis and fill in the four steps, or do not share.</translation>
    </message>
    <message>
        <location filename="../consent/disclose.py" line="513"/>
        <source>Niet gedeeld: er is geen toestemming die dit dekt en de afweging is niet compleet. Kies een andere grondslag en licht alle vier de stappen toe, of deel niet.</source>
        <translation>Not shared: no consent covers this and the weighing is incomplete. Choose another lawful basis and explain all four steps, or do not share.</translation>
    </message>
</context>
<context>
    <name>DisputeDialog</name>
    <message>
        <location filename="../retention_hold.py" line="45"/>
        <source>Geschil over de gegevens</source>
        <translation>Dispute about the data</translation>
    </message>
    <message>
        <location filename="../retention_hold.py" line="54"/>
        <source>&amp;Geschil loopt</source>
        <translation>&amp;Dispute open</translation>
    </message>
    <message>
        <location filename="../retention_hold.py" line="57"/>
        <source>Geschil &amp;voorbij</source>
        <translation>Dispute &amp;over</translation>
    </message>
    <message>
        <location filename="../retention_hold.py" line="60"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../retention_hold.py" line="65"/>
        <source>Zolang er een geschil loopt, blijft het bewijs bewaard: de jongere komt niet op de lijst &apos;Bewaartermijn verstreken&apos; en wissen (ook op verzoek) wordt geweigerd. Wat loopt er?</source>
        <translation>While a dispute is open, the proof is kept: the young person does not appear on the list &apos;Retention period expired&apos; and erasure (also on request) is refused. What is open?</translation>
    </message>
    <message>
        <location filename="../retention_hold.py" line="75"/>
        <source>Er loopt nu geen geschil.</source>
        <translation>No dispute is open now.</translation>
    </message>
    <message>
        <location filename="../retention_hold.py" line="78"/>
        <source>Nu vastgelegd: er loopt %1.</source>
        <translation>Recorded now: %1 is open.</translation>
    </message>
    <message>
        <location filename="../retention_hold.py" line="79"/>
        <location filename="../retention_hold.py" line="112"/>
        <source> en </source>
        <translation> and </translation>
    </message>
    <message>
        <location filename="../retention_hold.py" line="92"/>
        <source>Kies wat er loopt: een bezwaar, een klacht, een onderzoek van de Autoriteit Persoonsgegevens of een zaak bij de rechter.</source>
        <translation>Choose what is open: an objection, a complaint, an inquiry by the Dutch Data Protection Authority or a court case.</translation>
    </message>
    <message>
        <location filename="../retention_hold.py" line="108"/>
        <source>Hier is geen geschil van deze soort vastgelegd (%1). Er loopt %2. Kies het geschil dat voorbij is; er is niets gewijzigd.</source>
        <translation>No dispute of this kind is recorded here (%1). What is running: %2. Choose the dispute that is over; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>DocumentsMenu</name>
    <message>
        <location filename="../documents_menu.py" line="45"/>
        <source>&amp;Transitieformulier…</source>
        <translation>&amp;Transition form…</translation>
    </message>
    <message>
        <location filename="../documents_menu.py" line="49"/>
        <source>&amp;Inzage-rapport…</source>
        <translation>&amp;Access report…</translation>
    </message>
    <message>
        <location filename="../documents_menu.py" line="51"/>
        <source>&amp;Bewijs exporteren…</source>
        <translation>&amp;Export proof…</translation>
    </message>
    <message>
        <location filename="../documents_menu.py" line="54"/>
        <source>&amp;Papieren formulier afdrukken…</source>
        <translation>&amp;Print paper form…</translation>
    </message>
    <message>
        <location filename="../documents_menu.py" line="59"/>
        <source>&amp;Scan van getekend formulier inlezen…</source>
        <translation>&amp;Import scan of signed form…</translation>
    </message>
    <message>
        <location filename="../documents_menu.py" line="64"/>
        <source>Be&amp;vestiging intrekking…</source>
        <translation>Withdrawal &amp;confirmation…</translation>
    </message>
    <message>
        <location filename="../documents_menu.py" line="67"/>
        <source>Organisatiecertificaat &amp;exporteren…</source>
        <translation>E&amp;xport organisation certificate…</translation>
    </message>
    <message>
        <location filename="../documents_menu.py" line="70"/>
        <source>Eigen &amp;certificaat gebruiken…</source>
        <translation>&amp;Use own certificate…</translation>
    </message>
    <message>
        <location filename="../documents_menu.py" line="73"/>
        <source>Docu&amp;menten</source>
        <translation>D&amp;ocuments</translation>
    </message>
    <message>
        <location filename="../documents_menu.py" line="91"/>
        <source>Op &amp;afstand</source>
        <translation>&amp;Remote</translation>
    </message>
    <message>
        <location filename="../documents_menu.py" line="125"/>
        <source>Kies eerst een jongere in de lijst.</source>
        <translation>First choose a young person in the list.</translation>
    </message>
    <message>
        <location filename="../documents_menu.py" line="126"/>
        <source>Kies eerst een toestemming op de pagina van de jongere.</source>
        <translation>First choose a consent on the young person&apos;s page.</translation>
    </message>
    <message>
        <location filename="../documents_menu.py" line="127"/>
        <source>Kies een ingetrokken toestemming op de pagina van de jongere.</source>
        <translation>Choose a withdrawn consent on the young person&apos;s page.</translation>
    </message>
    <message>
        <location filename="../documents_menu.py" line="128"/>
        <source>De kluis is alleen-lezen geopend.</source>
        <translation>The vault is opened read-only.</translation>
    </message>
    <message>
        <location filename="../documents_menu.py" line="146"/>
        <source>De kluis is vergrendeld.</source>
        <translation>The vault is locked.</translation>
    </message>
</context>
<context>
    <name>EnglishNameDialog</name>
    <message>
        <location filename="../settings/categories.py" line="115"/>
        <source>Engelse naam</source>
        <translation>English name</translation>
    </message>
    <message>
        <location filename="../settings/categories.py" line="115"/>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../settings/categories.py" line="121"/>
        <source>Wie in het Engels tekent, leest deze naam in de tekst van nieuwe verzoeken. Verzoeken die al gemaakt zijn, houden de tekst die getoond is. Leeg laten: de Nederlandse naam.</source>
        <translation>Someone signing in English reads this name in the text of new requests. Requests already made keep the text that was shown. Leave empty: the Dutch name.</translation>
    </message>
    <message>
        <location filename="../settings/categories.py" line="128"/>
        <source>Nederlandse naam:</source>
        <translation>Dutch name:</translation>
    </message>
    <message>
        <location filename="../settings/categories.py" line="130"/>
        <source>&amp;Engelse naam:</source>
        <translation>&amp;English name:</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../retention.py" line="50"/>
        <source>WISSEN</source>
        <comment>the word typed to confirm an erasure; capitals</comment>
        <translation>ERASE</translation>
    </message>
    <message>
        <location filename="../retention.py" line="118"/>
        <source>Gegevens wissen</source>
        <translation>Erase data</translation>
    </message>
    <message>
        <location filename="../retention.py" line="120"/>
        <source>&amp;Bewaartermijn verstreken</source>
        <translation>Retention &amp;period expired</translation>
    </message>
    <message>
        <location filename="../retention.py" line="122"/>
        <source>Op &amp;verzoek van de jongere of ouder (AVG art. 17)</source>
        <translation>At the &amp;request of the young person or parent (GDPR Art. 17)</translation>
    </message>
    <message>
        <location filename="../retention.py" line="130"/>
        <source>Typ %1 ter bevestiging</source>
        <translation>Type %1 to confirm</translation>
    </message>
    <message>
        <location filename="../retention.py" line="145"/>
        <source>&amp;Typ %1:</source>
        <translation>&amp;Type %1:</translation>
    </message>
    <message>
        <location filename="../retention.py" line="155"/>
        <source>Er loopt %1 over deze gegevens: wissen kan pas als het geschil voorbij is.</source>
        <translation>%1 about this data is open: erasure is possible only once the dispute is over.</translation>
    </message>
    <message>
        <location filename="../retention.py" line="192"/>
        <source>Typ %1 om te bevestigen.</source>
        <translation>Type %1 to confirm.</translation>
    </message>
    <message>
        <location filename="../retention.py" line="136"/>
        <source>Definitief &amp;wissen</source>
        <translation>&amp;Erase permanently</translation>
    </message>
    <message>
        <location filename="../retention.py" line="138"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../retention.py" line="164"/>
        <source>Wat verdwijnt: namen, geboortedatum, contactgegevens, vertegenwoordigers, vrije tekst, bewijsstukken (handtekeningen, mails, scans) en transitieformulieren van deze jongere.</source>
        <translation>What disappears: names, date of birth, contact details, representatives, free text, evidence (signatures, e-mails, scans) and transition forms of this young person.</translation>
    </message>
    <message>
        <location filename="../retention.py" line="169"/>
        <source>Wat blijft: het logboek en de ondertekende controlepunten (zonder persoonsgegevens) en het aantal toestemmingen met hun status, zodat later te zien is dát er iets was en wanneer het is gewist.</source>
        <translation>What remains: the log and the signed checkpoints (without personal data) and the number of consents with their status, so that it can later be seen that there was something and when it was erased.</translation>
    </message>
    <message>
        <location filename="../retention.py" line="174"/>
        <source>Reservekopieën van vóór vandaag bevatten de gegevens nog tot ze worden weggegooid.</source>
        <translation>Backups made before today still contain the data until they are discarded.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../crash.py" line="37"/>
        <source>Er ging onverwacht iets mis. De laatste handeling is misschien niet uitgevoerd. Controleer het resultaat; blijft het misgaan, vergrendel dan de kluis, start Toestemming opnieuw en meld het aan de beheerder.</source>
        <translation>Something unexpectedly went wrong. The last action may not have been carried out. Check the result; if it keeps going wrong, lock the vault, restart Toestemming and report it to the administrator.</translation>
    </message>
    <message>
        <location filename="../crash.py" line="44"/>
        <source>Foutcode: %1</source>
        <translation>Error code: %1</translation>
    </message>
    <message>
        <location filename="../crash.py" line="48"/>
        <source>Stuur de beheerder het logboek mee (Help → Logboek meesturen): daarin staat waar het misging, zonder persoonsgegevens.</source>
        <translation>Send the log to the administrator as well (Help → Send log…): it shows where things went wrong, without personal data.</translation>
    </message>
    <message>
        <location filename="../crash.py" line="67"/>
        <source>Toestemming — fout</source>
        <translation>Toestemming — error</translation>
    </message>
</context>
<context>
    <name>EscapeGuard</name>
    <message>
        <location filename="../escape_guard.py" line="67"/>
        <source>Wat u hier typte, is nog niet opgeslagen. Druk nog een keer op Esc om dit venster toch te sluiten.</source>
        <translation>What you typed here has not been saved yet. Press Esc once more to close this window anyway.</translation>
    </message>
</context>
<context>
    <name>EvidencePicker</name>
    <message>
        <location filename="../consent/common.py" line="314"/>
        <source>Bestand &amp;kiezen…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <location filename="../consent/common.py" line="316"/>
        <source>Bijvoorbeeld een scan van het papieren formulier of een bewaarde e-mail</source>
        <translation>For example a scan of the paper form or a saved e-mail</translation>
    </message>
    <message>
        <location filename="../consent/common.py" line="318"/>
        <location filename="../consent/common.py" line="367"/>
        <source>geen bestand (mag)</source>
        <translation>no file (optional)</translation>
    </message>
    <message>
        <location filename="../consent/common.py" line="320"/>
        <source>Weghalen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../consent/common.py" line="335"/>
        <source>Bewijsstuk kiezen</source>
        <translation>Choose evidence</translation>
    </message>
    <message>
        <location filename="../consent/common.py" line="338"/>
        <source>Bewijsstukken (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.eml *.txt);;Alle bestanden (*)</source>
        <translation>Evidence (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.eml *.txt);;All files (*)</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../settings/form_dialog.py" line="43"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../forms/actions.py" line="79"/>
        <source>Toestemmingsformulier (papier)</source>
        <translation>Consent form (paper)</translation>
    </message>
    <message>
        <location filename="../forms/actions.py" line="95"/>
        <source>Bevestiging intrekking</source>
        <translation>Withdrawal confirmation</translation>
    </message>
    <message>
        <location filename="../forms/actions.py" line="110"/>
        <source>Inzage</source>
        <translation>Access report</translation>
    </message>
    <message>
        <location filename="../forms/actions.py" line="156"/>
        <source>Papieren formulier inlezen</source>
        <translation>Import paper form</translation>
    </message>
    <message>
        <location filename="../forms/actions.py" line="162"/>
        <source>Scan of foto (*.png *.jpg *.jpeg *.tif *.tiff *.pdf)</source>
        <translation>Scan or photo (*.png *.jpg *.jpeg *.tif *.tiff *.pdf)</translation>
    </message>
    <message>
        <location filename="../forms/actions.py" line="179"/>
        <location filename="../forms/actions.py" line="266"/>
        <source>Het bestand kan niet worden gelezen.</source>
        <translation>The file cannot be read.</translation>
    </message>
    <message>
        <location filename="../forms/actions.py" line="199"/>
        <source>Organisatiecertificaat exporteren</source>
        <translation>Export organisation certificate</translation>
    </message>
    <message>
        <location filename="../forms/actions.py" line="205"/>
        <source>Certificaat (*.pem)</source>
        <translation>Certificate (*.pem)</translation>
    </message>
    <message>
        <location filename="../forms/actions.py" line="223"/>
        <source>Opslaan is mislukt: kies een andere map.</source>
        <translation>Saving failed: choose another folder.</translation>
    </message>
    <message>
        <location filename="../forms/actions.py" line="236"/>
        <source>Eigen organisatiecertificaat gebruiken</source>
        <translation>Use own organisation certificate</translation>
    </message>
    <message>
        <location filename="../forms/actions.py" line="242"/>
        <source>PKCS#12-bestand (*.p12 *.pfx)</source>
        <translation>PKCS#12 file (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../forms/actions.py" line="250"/>
        <source>Wachtwoord van het certificaatbestand:</source>
        <translation>Password of the certificate file:</translation>
    </message>
    <message>
        <location filename="../forms/actions.py" line="272"/>
        <source>Voortaan ondertekend met: %1</source>
        <translation>From now on signed with: %1</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../help_menu.py" line="94"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../help_menu.py" line="95"/>
        <source>&amp;Over Toestemming…</source>
        <translation>&amp;About Toestemming…</translation>
    </message>
    <message>
        <location filename="../help_menu.py" line="96"/>
        <source>&amp;Logboek openen</source>
        <translation>&amp;Open log folder</translation>
    </message>
    <message>
        <location filename="../help_menu.py" line="97"/>
        <source>Logboek &amp;meesturen…</source>
        <translation>&amp;Send log…</translation>
    </message>
    <message>
        <location filename="../help_menu.py" line="98"/>
        <source>Bewijspakket &amp;controleren…</source>
        <translation>&amp;Check proof package…</translation>
    </message>
    <message>
        <location filename="../help_menu.py" line="127"/>
        <source>Logboek opslaan om mee te sturen</source>
        <translation>Save log to send</translation>
    </message>
    <message>
        <location filename="../help_menu.py" line="129"/>
        <source>Zip-bestand (*.zip)</source>
        <translation>Zip file (*.zip)</translation>
    </message>
    <message>
        <location filename="../help_menu.py" line="133"/>
        <source>Logboek meesturen</source>
        <translation>Send log</translation>
    </message>
    <message>
        <location filename="../help_menu.py" line="145"/>
        <source>Het logboek kon daar niet worden opgeslagen (geen schrijfrechten, of de schijf is vol). Kies een andere plek.</source>
        <translation>The log could not be saved there (no write permission, or the disk is full). Choose another place.</translation>
    </message>
    <message>
        <location filename="../help_menu.py" line="155"/>
        <source>Het logboek is opgeslagen als %1. Voeg dit bestand als bijlage toe aan uw e-mail aan de beheerder. Er staan geen namen, contactgegevens of wachtwoordzinnen in.</source>
        <translation>The log has been saved as %1. Attach this file to your e-mail to the administrator. It contains no names, contact details or passphrases.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../consent/history.py" line="220"/>
        <source>Geschiedenis — %1, onderdeel %2</source>
        <translation>History — %1, item %2</translation>
    </message>
    <message>
        <location filename="../consent/history.py" line="226"/>
        <source>Gegevens: %1</source>
        <translation>Data: %1</translation>
    </message>
    <message>
        <location filename="../consent/history.py" line="232"/>
        <source>Nu: %1 — %2</source>
        <translation>Now: %1 — %2</translation>
    </message>
    <message>
        <location filename="../consent/history.py" line="239"/>
        <source>Gebeurtenissen, oudste eerst</source>
        <translation>Events, oldest first</translation>
    </message>
    <message>
        <location filename="../consent/history.py" line="240"/>
        <source>De geschiedenis wordt opgehaald…</source>
        <translation>Fetching the history…</translation>
    </message>
    <message>
        <location filename="../consent/history.py" line="245"/>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../consent/history.py" line="247"/>
        <source>&amp;Gebeurtenissen (oudste eerst)</source>
        <translation>&amp;Events (oldest first)</translation>
    </message>
    <message>
        <location filename="../consent/history.py" line="270"/>
        <source>vastgelegd door %1</source>
        <translation>recorded by %1</translation>
    </message>
    <message>
        <location filename="../consent/history.py" line="272"/>
        <source>door het programma</source>
        <translation>by the program</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../csv_import.py" line="84"/>
        <source>Regel</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../csv_import.py" line="85"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../csv_import.py" line="86"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../csv_import.py" line="87"/>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../csv_import.py" line="88"/>
        <source>Leerlingnummer</source>
        <translation>Student number</translation>
    </message>
    <message>
        <location filename="../csv_import.py" line="89"/>
        <source>School / opleiding</source>
        <translation>School / programme</translation>
    </message>
    <message>
        <location filename="../csv_import.py" line="90"/>
        <source>Fouten</source>
        <translation>Errors</translation>
    </message>
    <message>
        <location filename="../csv_import.py" line="110"/>
        <source>nieuw</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../csv_import.py" line="111"/>
        <source>bestaat al – overslaan</source>
        <translation>already present – skip</translation>
    </message>
    <message>
        <location filename="../csv_import.py" line="112"/>
        <source>mogelijk dubbel – controleer</source>
        <translation>possible duplicate – check</translation>
    </message>
    <message>
        <location filename="../csv_import.py" line="113"/>
        <source>fout – overslaan</source>
        <translation>error – skip</translation>
    </message>
    <message>
        <location filename="../csv_import.py" line="161"/>
        <source>Lijkt op: %1</source>
        <translation>Similar to: %1</translation>
    </message>
</context>
<context>
    <name>ImportReplyDialog</name>
    <message>
        <location filename="../remote/import_dialog.py" line="41"/>
        <source>Antwoord inlezen</source>
        <translation>Import a reply</translation>
    </message>
    <message>
        <location filename="../remote/import_dialog.py" line="45"/>
        <source>Sleep een opgeslagen e-mail (.eml) hierheen, of kies een bestand.</source>
        <translation>Drag a saved e-mail (.eml) here, or choose a file.</translation>
    </message>
    <message>
        <location filename="../remote/import_dialog.py" line="50"/>
        <source>Bestand &amp;kiezen…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <location filename="../remote/import_dialog.py" line="57"/>
        <source>&amp;Vastleggen</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <location filename="../remote/import_dialog.py" line="60"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../remote/import_dialog.py" line="74"/>
        <source>Antwoord kiezen</source>
        <translation>Choose a reply</translation>
    </message>
    <message>
        <location filename="../remote/import_dialog.py" line="74"/>
        <source>E-mail (*.eml);;Alle bestanden (*)</source>
        <translation>E-mail (*.eml);;All files (*)</translation>
    </message>
    <message>
        <location filename="../remote/import_dialog.py" line="92"/>
        <source>Het bestand is groter dan 25 MB.</source>
        <translation>The file is larger than 25 MB.</translation>
    </message>
    <message>
        <location filename="../remote/import_dialog.py" line="96"/>
        <source>Het bestand kon niet worden gelezen.</source>
        <translation>The file could not be read.</translation>
    </message>
    <message>
        <location filename="../remote/import_dialog.py" line="103"/>
        <source>Bezig met lezen…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location filename="../remote/import_dialog.py" line="115"/>
        <source>Klopt dit met het bericht links? Klik dan op Vastleggen.</source>
        <translation>Does this match the message on the left? Then click Record.</translation>
    </message>
    <message>
        <location filename="../remote/import_dialog.py" line="119"/>
        <source>Er wordt niets vastgelegd. Leg het antwoord zo nodig handmatig vast (met dit bericht als bewijsstuk).</source>
        <translation>Nothing is recorded. If needed, record the answer by hand (with this message as evidence).</translation>
    </message>
    <message>
        <location filename="../remote/import_dialog.py" line="134"/>
        <source>Vastgelegd, met het bericht als bewijsstuk.</source>
        <translation>Recorded, with the message as evidence.</translation>
    </message>
    <message>
        <location filename="../remote/import_dialog.py" line="139"/>
        <source>Informeer deze ontvangers over de intrekking: %1</source>
        <translation>Inform these recipients about the withdrawal: %1</translation>
    </message>
</context>
<context>
    <name>InboxDialog</name>
    <message>
        <location filename="../remote/inbox_dialog.py" line="36"/>
        <source>1 antwoord wacht op bevestiging</source>
        <translation>1 reply waiting for confirmation</translation>
    </message>
    <message>
        <location filename="../remote/inbox_dialog.py" line="37"/>
        <source>%1 antwoorden wachten op bevestiging</source>
        <translation>%1 replies waiting for confirmation</translation>
    </message>
    <message>
        <location filename="../remote/inbox_dialog.py" line="50"/>
        <source>Antwoorden uit de mailbox</source>
        <translation>Replies from the mailbox</translation>
    </message>
    <message>
        <location filename="../remote/inbox_dialog.py" line="53"/>
        <source>Nu &amp;kijken</source>
        <translation>Check &amp;now</translation>
    </message>
    <message>
        <location filename="../remote/inbox_dialog.py" line="56"/>
        <source>Kijk nu in de mailbox of er nieuwe antwoorden zijn. Er wordt niets verwijderd.</source>
        <translation>Check the mailbox now for new replies. Nothing is deleted.</translation>
    </message>
    <message>
        <location filename="../remote/inbox_dialog.py" line="64"/>
        <source>Antwoorden die wachten op bevestiging</source>
        <translation>Replies awaiting confirmation</translation>
    </message>
    <message>
        <location filename="../remote/inbox_dialog.py" line="72"/>
        <source>&amp;Vastleggen</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <location filename="../remote/inbox_dialog.py" line="74"/>
        <source>&amp;Opzij leggen</source>
        <translation>&amp;Set aside</translation>
    </message>
    <message>
        <location filename="../remote/inbox_dialog.py" line="77"/>
        <source>Haal dit bericht van de lijst zonder iets vast te leggen (bijvoorbeeld als u het antwoord al met de hand hebt vastgelegd). Het blijft in de mailbox staan.</source>
        <translation>Remove this message from the list without recording anything (for example if you have already recorded the reply by hand). It stays in the mailbox.</translation>
    </message>
    <message>
        <location filename="../remote/inbox_dialog.py" line="82"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../remote/inbox_dialog.py" line="104"/>
        <source>afzender onbekend</source>
        <translation>sender unknown</translation>
    </message>
    <message>
        <location filename="../remote/inbox_dialog.py" line="122"/>
        <source> — laatst gekeken om %1</source>
        <translation> — last checked at %1</translation>
    </message>
    <message>
        <location filename="../remote/inbox_dialog.py" line="137"/>
        <source>Klopt dit met het bericht? Klik dan op Vastleggen.</source>
        <translation>Does this match the message? Then click Record.</translation>
    </message>
    <message>
        <location filename="../remote/inbox_dialog.py" line="141"/>
        <source>Hieruit wordt niets vastgelegd. Leg het antwoord zo nodig met de hand vast en leg dit bericht daarna opzij.</source>
        <translation>Nothing is recorded from this. If needed, record the reply by hand and then set this message aside.</translation>
    </message>
    <message>
        <location filename="../remote/inbox_dialog.py" line="157"/>
        <source>Vastgelegd, met het bericht als bewijsstuk.</source>
        <translation>Recorded, with the message as evidence.</translation>
    </message>
    <message>
        <location filename="../remote/inbox_dialog.py" line="170"/>
        <source>Opzij gelegd. Het bericht staat nog in de mailbox.</source>
        <translation>Set aside. The message is still in the mailbox.</translation>
    </message>
    <message>
        <location filename="../remote/inbox_dialog.py" line="174"/>
        <source>Bezig met kijken in de mailbox…</source>
        <translation>Checking the mailbox…</translation>
    </message>
    <message numerus="yes">
        <location filename="../remote/inbox_dialog.py" line="184"/>
        <source>%n nieuw(e) antwoord(en) gevonden.</source>
        <translation>
            <numerusform>%n new reply found.</numerusform>
            <numerusform>%n new replies found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Informed</name>
    <message>
        <location filename="../core_labels.py" line="58"/>
        <source>de jongere is geïnformeerd</source>
        <translation>the young person has been informed</translation>
    </message>
    <message>
        <location filename="../core_labels.py" line="59"/>
        <source>de ouders/vertegenwoordigers zijn geïnformeerd</source>
        <translation>the parents/representatives have been informed</translation>
    </message>
    <message>
        <location filename="../core_labels.py" line="60"/>
        <source>de jongere en de ouders zijn geïnformeerd</source>
        <translation>the young person and the parents have been informed</translation>
    </message>
    <message>
        <location filename="../core_labels.py" line="61"/>
        <source>niet geïnformeerd (reden vastgelegd)</source>
        <translation>not informed (reason recorded)</translation>
    </message>
</context>
<context>
    <name>InzageRequestDialog</name>
    <message>
        <location filename="../forms/inzage_request.py" line="49"/>
        <source>%1 (de jongere zelf)</source>
        <translation>%1 (the youth themselves)</translation>
    </message>
    <message>
        <location filename="../forms/inzage_request.py" line="54"/>
        <source>met gezag</source>
        <translation>with parental authority</translation>
    </message>
    <message>
        <location filename="../forms/inzage_request.py" line="54"/>
        <source>zonder gezag</source>
        <translation>without parental authority</translation>
    </message>
    <message>
        <location filename="../forms/inzage_request.py" line="62"/>
        <source>Inzage &amp;maken</source>
        <translation>&amp;Make access report</translation>
    </message>
    <message>
        <location filename="../forms/inzage_request.py" line="66"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../forms/inzage_request.py" line="70"/>
        <source>Wie vraagt om inzage? Onder 16 jaar vraagt de jongere of een ouder met gezag; vanaf 16 jaar alleen de jongere zelf.</source>
        <translation>Who asks for access? Under 16 the youth or a parent with parental authority asks; from 16 only the youth themselves.</translation>
    </message>
    <message>
        <location filename="../forms/inzage_request.py" line="93"/>
        <source>Kies wie om inzage vraagt.</source>
        <translation>Choose who asks for access.</translation>
    </message>
</context>
<context>
    <name>ItemHistory</name>
    <message>
        <location filename="../consent/history.py" line="43"/>
        <source>toestemming</source>
        <translation>consent</translation>
    </message>
    <message>
        <location filename="../consent/history.py" line="44"/>
        <source>overeenkomst</source>
        <translation>contract</translation>
    </message>
    <message>
        <location filename="../consent/history.py" line="45"/>
        <source>wettelijke verplichting</source>
        <translation>legal obligation</translation>
    </message>
    <message>
        <location filename="../consent/history.py" line="48"/>
        <source>vitaal belang</source>
        <translation>vital interests</translation>
    </message>
    <message>
        <location filename="../consent/history.py" line="49"/>
        <source>algemeen belang / publieke taak</source>
        <translation>public interest / public task</translation>
    </message>
    <message>
        <location filename="../consent/history.py" line="52"/>
        <source>gerechtvaardigd belang</source>
        <translation>legitimate interests</translation>
    </message>
    <message>
        <location filename="../consent/history.py" line="84"/>
        <source>(onbekende ontvanger)</source>
        <translation>(unknown recipient)</translation>
    </message>
    <message>
        <location filename="../consent/history.py" line="116"/>
        <source>Gevraagd in verzoek %1; gegevens: %2; geldig tot en met %3.</source>
        <translation>Requested in request %1; data: %2; valid until %3 inclusive.</translation>
    </message>
    <message>
        <location filename="../consent/history.py" line="127"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../consent/history.py" line="129"/>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../consent/history.py" line="132"/>
        <source>%1 zei %2, %3.</source>
        <translation>%1 said %2, %3.</translation>
    </message>
    <message>
        <location filename="../consent/history.py" line="138"/>
        <source>Bijzondere gegevens apart aangevinkt.</source>
        <translation>Special category data ticked separately.</translation>
    </message>
    <message>
        <location filename="../consent/history.py" line="142"/>
        <location filename="../consent/history.py" line="155"/>
        <source>Met bewijsstuk.</source>
        <translation>With evidence.</translation>
    </message>
    <message>
        <location filename="../consent/history.py" line="144"/>
        <source>(Vastgelegd op %1.)</source>
        <translation>(Recorded on %1.)</translation>
    </message>
    <message>
        <location filename="../consent/history.py" line="150"/>
        <source>Ingetrokken door %1, %2.</source>
        <translation>Withdrawn by %1, %2.</translation>
    </message>
    <message>
        <location filename="../consent/history.py" line="158"/>
        <source>%1 is geïnformeerd over de intrekking.</source>
        <translation>%1 has been informed about the withdrawal.</translation>
    </message>
    <message>
        <location filename="../consent/history.py" line="162"/>
        <source>Beëindigd door de organisatie.</source>
        <translation>Ended by the organisation.</translation>
    </message>
    <message>
        <location filename="../consent/history.py" line="164"/>
        <source>Ongeldig verklaard (bijvoorbeeld per vergissing vastgelegd).</source>
        <translation>Declared invalid (for example recorded by mistake).</translation>
    </message>
    <message>
        <location filename="../consent/history.py" line="168"/>
        <source>Vervangen door een nieuwe toestemming.</source>
        <translation>Replaced by a new consent.</translation>
    </message>
    <message>
        <location filename="../consent/history.py" line="172"/>
        <source>Verlopen: het verzoek op afstand kreeg na %1 dagen geen antwoord.</source>
        <translation>Expired: the remote request got no answer within %1 days.</translation>
    </message>
    <message>
        <location filename="../consent/history.py" line="178"/>
        <source>Gegevens gedeeld met %1: %2 (grondslag: %3).</source>
        <translation>Data shared with %1: %2 (lawful basis: %3).</translation>
    </message>
    <message>
        <location filename="../consent/history.py" line="194"/>
        <source>%1 (jongere) zei zelf: %2, %3. Dit is de mening van de jongere, geen besluit: het telt niet als toestemming of weigering.</source>
        <translation>%1 (young person) said: %2, %3. This is the young person&apos;s view, not a decision: it does not count as consent or refusal.</translation>
    </message>
</context>
<context>
    <name>ItemStatus</name>
    <message>
        <location filename="../core_labels.py" line="32"/>
        <source>gevraagd</source>
        <translation>requested</translation>
    </message>
    <message>
        <location filename="../core_labels.py" line="33"/>
        <source>gegeven</source>
        <translation>given</translation>
    </message>
    <message>
        <location filename="../core_labels.py" line="34"/>
        <source>geweigerd</source>
        <translation>refused</translation>
    </message>
    <message>
        <location filename="../core_labels.py" line="35"/>
        <source>tegenstrijdig</source>
        <translation>conflicting</translation>
    </message>
    <message>
        <location filename="../core_labels.py" line="36"/>
        <source>ingetrokken</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <location filename="../core_labels.py" line="37"/>
        <source>beëindigd door organisatie</source>
        <translation>ended by the organisation</translation>
    </message>
    <message>
        <location filename="../core_labels.py" line="38"/>
        <source>verlopen</source>
        <translation>expired</translation>
    </message>
    <message>
        <location filename="../core_labels.py" line="39"/>
        <source>ongeldig verklaard</source>
        <translation>declared invalid</translation>
    </message>
    <message>
        <location filename="../core_labels.py" line="40"/>
        <source>vervangen</source>
        <translation>replaced</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../settings/language.py" line="25"/>
        <source>Geldt voor deze computer. Nieuwe vensters verschijnen meteen in de gekozen taal; het hoofdvenster na vergrendelen en opnieuw ontgrendelen. Teksten die jongeren en ouders ondertekenen, kiest u per verzoek.</source>
        <translation>Applies to this computer. New windows appear in the chosen language right away; the main window after locking and unlocking again. The language of the texts young people and parents sign is chosen per request.</translation>
    </message>
    <message>
        <location filename="../settings/language.py" line="31"/>
        <source>&amp;Taal van de app:</source>
        <translation>&amp;App language:</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <location filename="../consent/people.py" line="31"/>
        <source>Nederlands</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <location filename="../consent/people.py" line="32"/>
        <source>Engels</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../consent/people.py" line="33"/>
        <source>Arabisch</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <location filename="../consent/people.py" line="34"/>
        <source>Turks</source>
        <translation>Turkish</translation>
    </message>
    <message>
        <location filename="../consent/people.py" line="35"/>
        <source>Pools</source>
        <translation>Polish</translation>
    </message>
    <message>
        <location filename="../consent/people.py" line="36"/>
        <source>Oekraïens</source>
        <translation>Ukrainian</translation>
    </message>
    <message>
        <location filename="../consent/people.py" line="37"/>
        <source>Tigrinya</source>
        <translation>Tigrinya</translation>
    </message>
    <message>
        <location filename="../consent/people.py" line="38"/>
        <source>Somalisch</source>
        <translation>Somali</translation>
    </message>
    <message>
        <location filename="../consent/people.py" line="39"/>
        <source>Perzisch</source>
        <translation>Persian</translation>
    </message>
    <message>
        <location filename="../consent/people.py" line="40"/>
        <source>Duits</source>
        <translation>German</translation>
    </message>
    <message>
        <location filename="../consent/people.py" line="41"/>
        <source>Frans</source>
        <translation>French</translation>
    </message>
    <message>
        <location filename="../consent/people.py" line="42"/>
        <source>Spaans</source>
        <translation>Spanish</translation>
    </message>
    <message>
        <location filename="../consent/people.py" line="43"/>
        <source>Papiaments</source>
        <translation>Papiamento</translation>
    </message>
</context>
<context>
    <name>LawfulBasis</name>
    <message>
        <location filename="../core_labels.py" line="50"/>
        <source>toestemming</source>
        <translation>consent</translation>
    </message>
    <message>
        <location filename="../core_labels.py" line="51"/>
        <source>overeenkomst</source>
        <translation>contract</translation>
    </message>
    <message>
        <location filename="../core_labels.py" line="52"/>
        <source>wettelijke verplichting</source>
        <translation>legal obligation</translation>
    </message>
    <message>
        <location filename="../core_labels.py" line="53"/>
        <source>vitaal belang</source>
        <translation>vital interest</translation>
    </message>
    <message>
        <location filename="../core_labels.py" line="54"/>
        <source>algemeen belang / publieke taak</source>
        <translation>public interest / public task</translation>
    </message>
    <message>
        <location filename="../core_labels.py" line="55"/>
        <source>gerechtvaardigd belang</source>
        <translation>legitimate interest</translation>
    </message>
</context>
<context>
    <name>LeftDialog</name>
    <message>
        <location filename="../retention.py" line="65"/>
        <source>Uitstroom vastleggen</source>
        <translation>Record leaving</translation>
    </message>
    <message>
        <location filename="../retention.py" line="67"/>
        <source>&amp;Weer ingeschreven (uitstroom ongedaan maken)</source>
        <translation>&amp;Re-enrolled (undo leaving)</translation>
    </message>
    <message>
        <location filename="../retention.py" line="73"/>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../retention.py" line="74"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../retention.py" line="78"/>
        <source>&amp;Datum van uitstroom:</source>
        <translation>&amp;Date of leaving:</translation>
    </message>
    <message>
        <location filename="../retention.py" line="84"/>
        <source>Vanaf deze datum loopt de bewaartermijn van de organisatie. Daarna komt de jongere op de lijst &apos;Bewaartermijn verstreken&apos;.</source>
        <translation>From this date the organisation&apos;s retention period runs. After that, the young person appears on the list &apos;Retention period expired&apos;.</translation>
    </message>
</context>
<context>
    <name>LegalDutyDialog</name>
    <message>
        <location filename="../settings/legal_duty.py" line="25"/>
        <source>Wettelijke plicht voor doel %1</source>
        <translation>Legal duty for purpose %1</translation>
    </message>
    <message>
        <location filename="../settings/legal_duty.py" line="26"/>
        <source>&amp;Vastleggen</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <location filename="../settings/legal_duty.py" line="36"/>
        <source>Leg dit alleen vast als een wet verplicht om voor &apos;%1&apos; gegevens te delen met een overheidsorgaan, zoals een verzuimmelding aan leerplicht (Leerplichtwet). Bij delen met een overheidsorgaan met een wettelijke taak vraagt u hiervoor dan geen toestemming meer, geldt bezwaar niet, en legt u het delen vast als wettelijke verplichting. Bij delen met een andere ontvanger, zoals een werkgever, blijft toestemming nodig. De jongere ziet in de inzage op grond van welke wet het gebeurde. Dit is niet terug te draaien: verandert de plicht, maak dan een nieuw doel.</source>
        <translation>Record this only if a law requires sharing data for &apos;%1&apos; with a public body, such as an absence report to compulsory education (Compulsory Education Act). When sharing with a public body on its legal task you then no longer ask consent for it, objection does not apply, and you record the sharing as a legal obligation. When sharing with another recipient, such as an employer, consent is still needed. In the access report the young person sees which law it was based on. This cannot be undone: if the duty changes, create a new purpose.</translation>
    </message>
    <message>
        <location filename="../settings/legal_duty.py" line="49"/>
        <source>bijv. Leerplichtwet 1969, art. 21</source>
        <translation>e.g. Leerplichtwet 1969, art. 21</translation>
    </message>
    <message>
        <location filename="../settings/legal_duty.py" line="50"/>
        <source>&amp;Wet en artikel:</source>
        <translation>&amp;Law and article:</translation>
    </message>
    <message>
        <location filename="../settings/legal_duty.py" line="53"/>
        <source>altijd, op elke leeftijd</source>
        <translation>always, at any age</translation>
    </message>
    <message>
        <location filename="../settings/legal_duty.py" line="54"/>
        <source> jaar</source>
        <translation> years</translation>
    </message>
    <message>
        <location filename="../settings/legal_duty.py" line="58"/>
        <source>De plicht geldt zolang de jongere jonger is dan deze leeftijd en nog geen startkwalificatie heeft (Beheer → Startkwalificatie vastleggen…). Kwalificatieplicht: tot 18 jaar.</source>
        <translation>The duty applies while the young person is younger than this age and has no basic qualification yet (Manage → Record basic qualification…). Qualification duty (kwalificatieplicht): until 18.</translation>
    </message>
    <message>
        <location filename="../settings/legal_duty.py" line="64"/>
        <source>Ik &amp;heb nagekeken dat de wet dit delen verplicht</source>
        <translation>I &amp;have checked that the law requires this sharing</translation>
    </message>
    <message>
        <location filename="../settings/legal_duty.py" line="90"/>
        <source>Wettelijke plicht (%1), op elke leeftijd: geen toestemming nodig bij delen met een overheidsorgaan, wel bij een andere ontvanger.</source>
        <translation>Legal duty (%1), at any age: no consent needed when sharing with a public body, but it is with another recipient.</translation>
    </message>
    <message>
        <location filename="../settings/legal_duty.py" line="96"/>
        <source>Wettelijke plicht (%1) tot %2 jaar of een startkwalificatie: zolang die geldt, geen toestemming nodig bij delen met een overheidsorgaan, wel bij een andere ontvanger.</source>
        <translation>Legal duty (%1) until age %2 or a starting qualification: while it holds, no consent is needed to share with a public body, but it is with any other recipient.</translation>
    </message>
    <message>
        <location filename="../settings/legal_duty.py" line="63"/>
        <source>Geldt tot de &amp;leeftijd van:</source>
        <translation>Holds until the &amp;age of:</translation>
    </message>
    <message>
        <location filename="../settings/legal_duty.py" line="77"/>
        <source>Vink eerst aan dat u hebt nagekeken dat de wet dit verplicht.</source>
        <translation>First tick that you have checked that the law requires this.</translation>
    </message>
</context>
<context>
    <name>LegalRole</name>
    <message>
        <location filename="../core_labels.py" line="69"/>
        <source>overheidsorgaan met een wettelijke taak</source>
        <translation>public body with a statutory task</translation>
    </message>
    <message>
        <location filename="../core_labels.py" line="70"/>
        <source>private organisatie</source>
        <translation>private organisation</translation>
    </message>
</context>
<context>
    <name>MailAccountBox</name>
    <message>
        <location filename="../remote/mail_account_box.py" line="227"/>
        <source>Gebruikersnaam en wachtwoord</source>
        <translation>User name and password</translation>
    </message>
    <message>
        <location filename="../remote/mail_account_box.py" line="228"/>
        <source>Microsoft 365 (aanmelden in de browser)</source>
        <translation>Microsoft 365 (sign in via the browser)</translation>
    </message>
    <message>
        <location filename="../remote/mail_account_box.py" line="229"/>
        <source>Google (aanmelden in de browser)</source>
        <translation>Google (sign in via the browser)</translation>
    </message>
    <message>
        <location filename="../remote/mail_account_box.py" line="234"/>
        <source>&amp;Aanmelden in de browser</source>
        <translation>&amp;Sign in via the browser</translation>
    </message>
    <message>
        <location filename="../remote/mail_account_box.py" line="236"/>
        <source>Aanmelden met &amp;code</source>
        <translation>Sign in with a &amp;code</translation>
    </message>
    <message>
        <location filename="../remote/mail_account_box.py" line="244"/>
        <source>Aanmelden bij Microsoft 365 of Google</source>
        <translation>Sign in to Microsoft 365 or Google</translation>
    </message>
    <message>
        <location filename="../remote/mail_account_box.py" line="246"/>
        <source>Client-ID:</source>
        <translation>Client ID:</translation>
    </message>
    <message>
        <location filename="../remote/mail_account_box.py" line="247"/>
        <source>Tenant (organisatie):</source>
        <translation>Tenant (organisation):</translation>
    </message>
    <message>
        <location filename="../remote/mail_account_box.py" line="248"/>
        <source>Client-geheim (Google):</source>
        <translation>Client secret (Google):</translation>
    </message>
    <message>
        <location filename="../remote/mail_account_box.py" line="256"/>
        <source>SSL/TLS (meestal poort 993)</source>
        <translation>SSL/TLS (usually port 993)</translation>
    </message>
    <message>
        <location filename="../remote/mail_account_box.py" line="257"/>
        <source>STARTTLS (meestal poort 143)</source>
        <translation>STARTTLS (usually port 143)</translation>
    </message>
    <message>
        <location filename="../remote/mail_account_box.py" line="267"/>
        <source> minuten</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../remote/mail_account_box.py" line="269"/>
        <source>bijvoorbeeld mx.google.com</source>
        <translation>for example mx.google.com</translation>
    </message>
    <message>
        <location filename="../remote/mail_account_box.py" line="270"/>
        <source>Antwoorden ophalen uit de mailbox (IMAP)</source>
        <translation>Fetch replies from the mailbox (IMAP)</translation>
    </message>
    <message>
        <location filename="../remote/mail_account_box.py" line="272"/>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location filename="../remote/mail_account_box.py" line="273"/>
        <source>Beveiliging:</source>
        <translation>Security:</translation>
    </message>
    <message>
        <location filename="../remote/mail_account_box.py" line="274"/>
        <source>Poort:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../remote/mail_account_box.py" line="275"/>
        <source>Map:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <location filename="../remote/mail_account_box.py" line="276"/>
        <source>Wachtwoord (IMAP):</source>
        <translation>Password (IMAP):</translation>
    </message>
    <message>
        <location filename="../remote/mail_account_box.py" line="277"/>
        <source>Kijk elke:</source>
        <translation>Check every:</translation>
    </message>
    <message>
        <location filename="../remote/mail_account_box.py" line="280"/>
        <source>Afzender gecontroleerd door:</source>
        <translation>Sender checked by:</translation>
    </message>
    <message>
        <location filename="../remote/mail_account_box.py" line="286"/>
        <source>Verbinding &amp;testen</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <location filename="../remote/mail_account_box.py" line="300"/>
        <source>Aanmelden met:</source>
        <translation>Sign in with:</translation>
    </message>
    <message>
        <location filename="../remote/mail_account_box.py" line="338"/>
        <source>Aangemeld. De aanmelding staat in de kluis.</source>
        <translation>Signed in. The sign-in is stored in the vault.</translation>
    </message>
    <message>
        <location filename="../remote/mail_account_box.py" line="340"/>
        <source>Nog niet aangemeld.</source>
        <translation>Not signed in yet.</translation>
    </message>
    <message>
        <location filename="../remote/mail_account_box.py" line="407"/>
        <source>Meld u aan in het browservenster dat nu opent…</source>
        <translation>Sign in in the browser window that is opening now…</translation>
    </message>
    <message>
        <location filename="../remote/mail_account_box.py" line="415"/>
        <source>Aangemeld.</source>
        <translation>Signed in.</translation>
    </message>
    <message>
        <location filename="../remote/mail_account_box.py" line="428"/>
        <source>Ga naar %1 en typ de code %2. Dit venster wacht tot dat gebeurd is.</source>
        <translation>Go to %1 and type the code %2. This window waits until that has been done.</translation>
    </message>
    <message>
        <location filename="../remote/mail_account_box.py" line="440"/>
        <source>Bezig met testen…</source>
        <translation>Testing…</translation>
    </message>
    <message>
        <location filename="../remote/mail_account_box.py" line="453"/>
        <source>Alles werkt.</source>
        <translation>Everything works.</translation>
    </message>
    <message>
        <location filename="../remote/mail_account_box.py" line="455"/>
        <source>Niet alles werkt; zie hierboven wat er misging.</source>
        <translation>Not everything works; see above for what went wrong.</translation>
    </message>
</context>
<context>
    <name>MailHelp</name>
    <message>
        <location filename="../remote/mail_account_box.py" line="47"/>
        <source>De naam van de server die uw e-mail verstuurt (SMTP). Microsoft 365: smtp.office365.com; Google: smtp.gmail.com. Vraag het anders de ICT-afdeling.</source>
        <translation>The name of the server that sends your e-mail (SMTP). Microsoft 365: smtp.office365.com; Google: smtp.gmail.com. Otherwise ask the IT department.</translation>
    </message>
    <message>
        <location filename="../remote/mail_account_box.py" line="52"/>
        <source>Hoe de verbinding versleuteld wordt. STARTTLS (poort 587) is het gewoonst. &apos;Geen&apos; kan alleen voor een mailserver op deze computer.</source>
        <translation>How the connection is encrypted. STARTTLS (port 587) is the most common. &apos;None&apos; is only possible for a mail server on this computer.</translation>
    </message>
    <message>
        <location filename="../remote/mail_account_box.py" line="57"/>
        <source>Het nummer van de poort op de server. Meestal 587 bij STARTTLS en 465 bij SSL.</source>
        <translation>The port number on the server. Usually 587 with STARTTLS and 465 with SSL.</translation>
    </message>
    <message>
        <location filename="../remote/mail_account_box.py" line="60"/>
        <source>Het e-mailadres of de gebruikersnaam van de mailbox die verstuurt. Bij Microsoft 365 of Google: het adres van de mailbox.</source>
        <translation>The e-mail address or user name of the sending mailbox. With Microsoft 365 or Google: the mailbox&apos;s address.</translation>
    </message>
    <message>
        <location filename="../remote/mail_account_box.py" line="65"/>
        <source>Alleen bij inloggen met een wachtwoord. Het wordt alleen in de versleutelde kluis bewaard.</source>
        <translation>Only when logging in with a password. It is kept only in the encrypted vault.</translation>
    </message>
    <message>
        <location filename="../remote/mail_account_box.py" line="70"/>
        <source>Het adres dat ouders en jongeren als afzender zien.</source>
        <translation>The address parents and young people see as the sender.</translation>
    </message>
    <message>
        <location filename="../remote/mail_account_box.py" line="73"/>
        <source>De naam die ouders en jongeren als afzender zien, bijvoorbeeld &apos;Balie Zorgteam&apos;.</source>
        <translation>The name parents and young people see as the sender, for example &apos;Care team desk&apos;.</translation>
    </message>
    <message>
        <location filename="../remote/mail_account_box.py" line="77"/>
        <source>Alleen nodig als uw organisatie eigen certificaten gebruikt; de ICT-afdeling geeft dan dit bestand. Meestal leeg laten.</source>
        <translation>Only needed if your organisation uses its own certificates; the IT department then gives you this file. Usually leave empty.</translation>
    </message>
    <message>
        <location filename="../remote/mail_account_box.py" line="82"/>
        <source>Na zoveel dagen zonder antwoord verloopt een verzoek op afstand.</source>
        <translation>After this many days without an answer, a remote request expires.</translation>
    </message>
    <message>
        <location filename="../remote/mail_account_box.py" line="85"/>
        <source>Na zoveel dagen zonder antwoord stelt de app een herinnering voor.</source>
        <translation>After this many days without an answer, the app suggests a reminder.</translation>
    </message>
    <message>
        <location filename="../remote/mail_account_box.py" line="88"/>
        <source>Waar antwoorden heen gaan. Leeg: het afzenderadres.</source>
        <translation>Where replies go. Empty: the sender address.</translation>
    </message>
    <message>
        <location filename="../remote/mail_account_box.py" line="91"/>
        <source>Het nummer voor antwoorden per sms of WhatsApp (met +31).</source>
        <translation>The number for replies by text message or WhatsApp (with +31).</translation>
    </message>
    <message>
        <location filename="../remote/mail_account_box.py" line="94"/>
        <source>Hoe ouders en jongeren u kunnen bereiken; staat onder elk bericht.</source>
        <translation>How parents and young people can reach you; shown under every message.</translation>
    </message>
    <message>
        <location filename="../remote/mail_account_box.py" line="97"/>
        <source>Dezelfde regel voor berichten in het Engels. Leeg: de regel hierboven.</source>
        <translation>The same line for messages in English. Empty: the line above.</translation>
    </message>
    <message>
        <location filename="../remote/mail_account_box.py" line="100"/>
        <source>Hoe de app bij de mailbox inlogt. Microsoft 365 en Google accepteren vanaf eind 2026 meestal geen wachtwoord meer: kies dan Microsoft 365 of Google en meld één keer aan in de browser.</source>
        <translation>How the app logs in to the mailbox. From late 2026 Microsoft 365 and Google mostly no longer accept a password: then choose Microsoft 365 or Google and sign in once in the browser.</translation>
    </message>
    <message>
        <location filename="../remote/mail_account_box.py" line="106"/>
        <source>Een code van de app-registratie die de ICT-afdeling maakt (zie de handleiding, &apos;E-mail met Microsoft 365 of Google&apos;). Neem hem precies over.</source>
        <translation>A code from the app registration the IT department makes (see the manual, &apos;E-mail with Microsoft 365 or Google&apos;). Copy it exactly.</translation>
    </message>
    <message>
        <location filename="../remote/mail_account_box.py" line="111"/>
        <source>Bij Microsoft 365: de naam of code van uw organisatie (bijvoorbeeld school.nl). Laat &apos;organizations&apos; staan als u het niet weet.</source>
        <translation>With Microsoft 365: the name or code of your organisation (for example school.nl). Leave &apos;organizations&apos; if you do not know it.</translation>
    </message>
    <message>
        <location filename="../remote/mail_account_box.py" line="116"/>
        <source>Alleen bij Google: het &apos;client secret&apos; van de registratie voor desktop-apps. Het is geen echt geheim; laat leeg als de ICT-afdeling niets gaf.</source>
        <translation>Only with Google: the &apos;client secret&apos; of the registration for desktop apps. It is not a real secret; leave empty if the IT department gave none.</translation>
    </message>
    <message>
        <location filename="../remote/mail_account_box.py" line="121"/>
        <source>Opent de inlogpagina van Microsoft of Google in de browser. Daarna onthoudt de app de aanmelding, alleen in de versleutelde kluis.</source>
        <translation>Opens the Microsoft or Google sign-in page in the browser. After that the app remembers the sign-in, only in the encrypted vault.</translation>
    </message>
    <message>
        <location filename="../remote/mail_account_box.py" line="126"/>
        <source>Als de browser niet op deze computer opent: u krijgt een code die u op een andere computer of telefoon intypt.</source>
        <translation>If the browser does not open on this computer: you get a code to type in on another computer or phone.</translation>
    </message>
    <message>
        <location filename="../remote/mail_account_box.py" line="131"/>
        <source>De server waar binnenkomende mail staat. Microsoft 365: outlook.office365.com; Google: imap.gmail.com. Leeg laten: de app kijkt niet zelf naar antwoorden.</source>
        <translation>The server that holds incoming mail. Microsoft 365: outlook.office365.com; Google: imap.gmail.com. Leave empty: the app does not look for replies itself.</translation>
    </message>
    <message>
        <location filename="../remote/mail_account_box.py" line="136"/>
        <source>Hoe de verbinding versleuteld wordt. SSL (poort 993) is het gewoonst.</source>
        <translation>How the connection is encrypted. SSL (port 993) is the most common.</translation>
    </message>
    <message>
        <location filename="../remote/mail_account_box.py" line="139"/>
        <source>Meestal 993 bij SSL en 143 bij STARTTLS.</source>
        <translation>Usually 993 with SSL and 143 with STARTTLS.</translation>
    </message>
    <message>
        <location filename="../remote/mail_account_box.py" line="140"/>
        <source>De map waarin antwoorden binnenkomen, meestal INBOX. De app leest alleen berichten met een referentiecode, verwijdert niets en markeert niets als gelezen.</source>
        <translation>The folder where replies arrive, usually INBOX. The app reads only messages with a reference code, deletes nothing and marks nothing as read.</translation>
    </message>
    <message>
        <location filename="../remote/mail_account_box.py" line="145"/>
        <source>Hoe vaak de app, zolang hij open is, naar nieuwe antwoorden kijkt. 0: alleen als u op &apos;Nu kijken&apos; klikt.</source>
        <translation>How often the app, while it is open, looks for new replies. 0: only when you click &apos;Check now&apos;.</translation>
    </message>
    <message>
        <location filename="../remote/mail_account_box.py" line="150"/>
        <source>Alleen bij inloggen met een wachtwoord, als het anders is dan dat van de mailserver hierboven. Leeg: hetzelfde wachtwoord.</source>
        <translation>Only when logging in with a password, if it differs from the mail server&apos;s above. Empty: the same password.</translation>
    </message>
    <message>
        <location filename="../remote/mail_account_box.py" line="155"/>
        <source>Probeert aanmelden, verzenden en ontvangen, en zegt wat er misgaat (naam van de server, beveiliging, inloggen of rechten). Er wordt niets verzonden.</source>
        <translation>Tries signing in, sending and receiving, and says what goes wrong (server name, security, login or permissions). Nothing is sent.</translation>
    </message>
    <message>
        <location filename="../remote/mail_account_box.py" line="160"/>
        <source>De naam van uw eigen ontvangende mailserver zoals die boven in binnenkomende mail staat, in de kop Authentication-Results (Google: mx.google.com). Dan leest de app wat die server over de afzender vond (DKIM/DMARC): een bericht dat niet van het adres van de ouder komt, wordt geweigerd. Leeg: niet controleren. Vraag het de ICT-afdeling.</source>
        <translation>The name of your own receiving mail server as it appears at the top of incoming mail, in the Authentication-Results header (Google: mx.google.com). The app then reads what that server found about the sender (DKIM/DMARC): a message that does not come from the parent&apos;s address is refused. Empty: no check. Ask the IT department.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="106"/>
        <source>Toestemming — %1</source>
        <translation>Toestemming — %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="119"/>
        <source>Medewerker: %1</source>
        <translation>Worker: %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="143"/>
        <source>&amp;Vergrendelen</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="145"/>
        <source>Kluis vergrendelen (Ctrl+L)</source>
        <translation>Lock vault (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="147"/>
        <source>&amp;Zoeken</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="150"/>
        <source>Ver&amp;nieuwen</source>
        <translation>R&amp;efresh</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="153"/>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="157"/>
        <source>&amp;Kluis</source>
        <translation>&amp;Vault</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="164"/>
        <source>Kluis</source>
        <translation>Vault</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="173"/>
        <source>Zoek op naam, geboortedatum of school…</source>
        <translation>Search by name, date of birth or school…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="175"/>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="177"/>
        <source>Z&amp;oeken:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="192"/>
        <source>Jongeren</source>
        <translation>Young people</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="367"/>
        <source>Geen jongeren gevonden.</source>
        <translation>No young people found.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="371"/>
        <source>Er staan nog geen jongeren in de kluis.</source>
        <translation>There are no young people in the vault yet.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="491"/>
        <source>Vergrendelen</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="497"/>
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>MergeYouthDialog</name>
    <message>
        <location filename="../consent/merge.py" line="38"/>
        <source>Samenvoegen — %1</source>
        <translation>Merge — %1</translation>
    </message>
    <message>
        <location filename="../consent/merge.py" line="41"/>
        <source>Staat deze jongere twee keer in de kluis? Kies de andere. De jongere met toestemmingen blijft; van de andere komen de ouders/vertegenwoordigers, het leerlingnummer en ontbrekende gegevens erbij. Dit wordt vastgelegd in het logboek.</source>
        <translation>Is this young person in the vault twice? Choose the other one. The young person with consents stays; the parents/representatives, the student number and any missing details are added from the other one. This is recorded in the log.</translation>
    </message>
    <message>
        <location filename="../consent/merge.py" line="47"/>
        <source>&amp;Zoek een andere jongere:</source>
        <translation>&amp;Find another young person:</translation>
    </message>
    <message>
        <location filename="../consent/merge.py" line="49"/>
        <source>naam, geboortedatum of code</source>
        <translation>name, date of birth or code</translation>
    </message>
    <message>
        <location filename="../consent/merge.py" line="52"/>
        <source>&amp;Mogelijk dezelfde jongere:</source>
        <translation>&amp;Possibly the same young person:</translation>
    </message>
    <message>
        <location filename="../consent/merge.py" line="58"/>
        <source>&amp;Samenvoegen</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <location filename="../consent/merge.py" line="61"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../consent/merge.py" line="110"/>
        <source>Kies eerst de andere jongere in de lijst.</source>
        <translation>First choose the other young person in the list.</translation>
    </message>
</context>
<context>
    <name>MomentEdit</name>
    <message>
        <location filename="../consent/common.py" line="265"/>
        <source>Nu</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../consent/common.py" line="266"/>
        <source>Zet datum en tijd op dit moment</source>
        <translation>Set date and time to now</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <location filename="../settings/recovery_key.py" line="39"/>
        <source>Nieuwe herstelsleutel</source>
        <translation>New recovery key</translation>
    </message>
    <message>
        <location filename="../settings/recovery_key.py" line="42"/>
        <source>De oude herstelsleutel werkt niet meer. Dit is de nieuwe; u ziet hem nu &lt;b&gt;één keer&lt;/b&gt;. Druk hem af of schrijf hem over, bewaar hem op een veilige plek (niet bij de computer) en vernietig het papier met de oude sleutel.</source>
        <translation>The old recovery key no longer works. This is the new one; you see it &lt;b&gt;once&lt;/b&gt;. Print it or copy it by hand, keep it in a safe place (not with the computer) and destroy the paper with the old key.</translation>
    </message>
    <message>
        <location filename="../settings/recovery_key.py" line="50"/>
        <source>&amp;Afdrukken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../settings/recovery_key.py" line="54"/>
        <source>Ik heb de nieuwe herstelsleutel afgedrukt of op een veilige plek &amp;bewaard.</source>
        <translation>I have printed the new recovery key or &amp;kept it in a safe place.</translation>
    </message>
    <message>
        <location filename="../settings/recovery_key.py" line="60"/>
        <source>&amp;Klaar</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <location filename="../settings/recovery_key.py" line="92"/>
        <source>Bevestig eerst dat u de nieuwe herstelsleutel heeft afgedrukt of bewaard.</source>
        <translation>First confirm that you have printed or kept the new recovery key.</translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <location filename="../consent/new_request.py" line="83"/>
        <source>Nieuw toestemmingsverzoek — %1</source>
        <translation>New consent request — %1</translation>
    </message>
    <message>
        <location filename="../consent/new_request.py" line="116"/>
        <source>Er is nog niets om uit te kiezen: eerst moeten er ontvangers, doelen en gegevens zijn. Vul die in via Beheer → Instellingen (tabbladen Ontvangers, Doelen en Gegevens) en open dan opnieuw Nieuw verzoek.</source>
        <translation>There is nothing to choose from yet: first there must be recipients, purposes and data. Fill them in via Manage → Settings (tabs Recipients, Purposes and Data), then open New request again.</translation>
    </message>
    <message>
        <location filename="../consent/new_request.py" line="148"/>
        <source>Ouder/voogd &amp;toevoegen…</source>
        <translation>&amp;Add parent/guardian…</translation>
    </message>
    <message>
        <location filename="../consent/new_request.py" line="158"/>
        <source>Kies een sjabloon…</source>
        <translation>Choose a template…</translation>
    </message>
    <message>
        <location filename="../consent/new_request.py" line="162"/>
        <source>Sjabloon &amp;gebruiken</source>
        <translation>&amp;Use template</translation>
    </message>
    <message>
        <location filename="../consent/new_request.py" line="173"/>
        <source>&amp;Sjabloon:</source>
        <translation>&amp;Template:</translation>
    </message>
    <message>
        <location filename="../consent/request_lists.py" line="42"/>
        <source>bijzonder ⚠</source>
        <translation>special ⚠</translation>
    </message>
    <message>
        <location filename="../consent/request_lists.py" line="43"/>
        <source>Bijzonder persoonsgegeven: alleen met uitdrukkelijke, aparte toestemming.</source>
        <translation>Special category data: only with explicit, separate consent.</translation>
    </message>
    <message>
        <location filename="../consent/new_request.py" line="191"/>
        <source>&amp;Doelen</source>
        <translation>&amp;Purposes</translation>
    </message>
    <message>
        <location filename="../consent/new_request.py" line="192"/>
        <source>&amp;Ontvangers</source>
        <translation>&amp;Recipients</translation>
    </message>
    <message>
        <location filename="../consent/new_request.py" line="197"/>
        <source>Onderdelen toe&amp;voegen ↓</source>
        <translation>&amp;Add items ↓</translation>
    </message>
    <message>
        <location filename="../consent/new_request.py" line="200"/>
        <source>Elk gekozen doel × elke gekozen ontvanger wordt een onderdeel met de gekozen gegevens</source>
        <translation>Every chosen purpose × every chosen recipient becomes an item with the chosen data</translation>
    </message>
    <message>
        <location filename="../consent/new_request.py" line="207"/>
        <source>Kies doelen, ontvangers en gegevens en voeg ze toe. Elk onderdeel wordt apart beslist.</source>
        <translation>Choose purposes, recipients and data and add them. Each item is decided separately.</translation>
    </message>
    <message>
        <location filename="../consent/new_request.py" line="216"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../consent/new_request.py" line="216"/>
        <source>Doel</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../consent/new_request.py" line="216"/>
        <source>Ontvanger</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../consent/new_request.py" line="216"/>
        <source>Gegevens</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../consent/new_request.py" line="222"/>
        <source>Onderdelen van het verzoek</source>
        <translation>Items of the request</translation>
    </message>
    <message>
        <location filename="../consent/new_request.py" line="238"/>
        <source>Onderdeel ve&amp;rwijderen</source>
        <translation>R&amp;emove item</translation>
    </message>
    <message>
        <location filename="../consent/new_request.py" line="259"/>
        <source>Geldig &amp;tot en met:</source>
        <translation>&amp;Valid until:</translation>
    </message>
    <message>
        <location filename="../consent/new_request.py" line="262"/>
        <source>T&amp;aal van het verzoek:</source>
        <translation>&amp;Language of the request:</translation>
    </message>
    <message>
        <location filename="../consent/new_request.py" line="193"/>
        <source>Geg&amp;evens</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <location filename="../consent/new_request.py" line="243"/>
        <source>Onderde&amp;len van het verzoek</source>
        <translation>&amp;Items of the request</translation>
    </message>
    <message>
        <location filename="../consent/new_request.py" line="275"/>
        <source>Verzoek aan&amp;maken</source>
        <translation>&amp;Create request</translation>
    </message>
    <message>
        <location filename="../consent/new_request.py" line="280"/>
        <source>Aanmaken en &amp;nu tekenen op de tablet</source>
        <translation>Create and sign on the tablet &amp;now</translation>
    </message>
    <message>
        <location filename="../consent/new_request.py" line="285"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../consent/new_request.py" line="370"/>
        <source>Kies eerst een sjabloon.</source>
        <translation>Choose a template first.</translation>
    </message>
    <message>
        <location filename="../consent/new_request.py" line="388"/>
        <source>Niet ingevuld uit het sjabloon: %1.</source>
        <translation>Not filled in from the template: %1.</translation>
    </message>
    <message>
        <location filename="../consent/new_request.py" line="399"/>
        <source>Kies minstens één doel, één ontvanger en één soort gegevens.</source>
        <translation>Choose at least one purpose, one recipient and one kind of data.</translation>
    </message>
    <message>
        <location filename="../consent/new_request.py" line="461"/>
        <source>⚠ Bijzondere persoonsgegevens (%1): alleen delen als het echt nodig is. Wie beslist moet dit apart en uitdrukkelijk aanvinken.</source>
        <translation>⚠ Special category data (%1): share only when truly necessary. Whoever decides must tick this separately and explicitly.</translation>
    </message>
    <message>
        <location filename="../consent/new_request.py" line="476"/>
        <source>Voeg minstens één onderdeel toe.</source>
        <translation>Add at least one item.</translation>
    </message>
    <message>
        <location filename="../consent/new_request.py" line="512"/>
        <source>1 onderdeel</source>
        <translation>1 item</translation>
    </message>
    <message numerus="yes">
        <location filename="../consent/new_request.py" line="512"/>
        <source>%n onderdelen</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../consent/new_request.py" line="514"/>
        <source>Verzoek %1 is aangemaakt met %2.</source>
        <translation>Request %1 has been created with %2.</translation>
    </message>
    <message>
        <location filename="../consent/new_request.py" line="525"/>
        <source>Verzoek aangemaakt — %1</source>
        <translation>Request created — %1</translation>
    </message>
</context>
<context>
    <name>NextStepsPage</name>
    <message>
        <location filename="../consent/next_steps.py" line="20"/>
        <source>Beslissing vastleggen aan de &amp;balie…</source>
        <translation>Record a decision at the &amp;desk…</translation>
    </message>
    <message>
        <location filename="../consent/next_steps.py" line="21"/>
        <source>Ondertekenen op de &amp;tablet…</source>
        <translation>Sign on the &amp;tablet…</translation>
    </message>
    <message>
        <location filename="../consent/next_steps.py" line="22"/>
        <source>Versturen per &amp;e-mail of app…</source>
        <translation>Send by &amp;e-mail or app…</translation>
    </message>
    <message>
        <location filename="../consent/next_steps.py" line="23"/>
        <source>&amp;Papieren formulier afdrukken…</source>
        <translation>&amp;Print paper form…</translation>
    </message>
    <message>
        <location filename="../consent/next_steps.py" line="24"/>
        <source>&amp;Later beslissen — sluiten</source>
        <translation>Decide &amp;later — close</translation>
    </message>
    <message>
        <location filename="../consent/next_steps.py" line="27"/>
        <source>De beslisser is hier of belt: u legt vast wie wat zei.</source>
        <translation>The decision maker is here or on the phone: you record who said what.</translation>
    </message>
    <message>
        <location filename="../consent/next_steps.py" line="31"/>
        <source>De beslisser leest en tekent zelf op het scherm; terug naar de app kan alleen met uw wachtwoordzin.</source>
        <translation>The decision maker reads and signs on the screen; returning to the app is only possible with your passphrase.</translation>
    </message>
    <message>
        <location filename="../consent/next_steps.py" line="38"/>
        <source>Het verzoek gaat met de code naar de beslisser; het antwoord leest u later in (Op afstand).</source>
        <translation>The request goes to the decision maker with the code; you import the reply later (Remote).</translation>
    </message>
    <message>
        <location filename="../consent/next_steps.py" line="44"/>
        <source>Formulier met QR-code om te tekenen; de scan leest u later in.</source>
        <translation>Form with a QR code for signing; you import the scan later.</translation>
    </message>
    <message>
        <location filename="../consent/next_steps.py" line="46"/>
        <source>Het verzoek blijft bij &apos;Wacht op antwoord&apos; staan.</source>
        <translation>The request stays under &apos;Awaiting reply&apos;.</translation>
    </message>
    <message>
        <location filename="../consent/next_steps.py" line="59"/>
        <source>Hoe gaat het verder?</source>
        <translation>What happens next?</translation>
    </message>
</context>
<context>
    <name>NotifyDialog</name>
    <message>
        <location filename="../consent/withdraw.py" line="159"/>
        <source>Ontvangers informeren over de intrekking</source>
        <translation>Inform recipients about the withdrawal</translation>
    </message>
    <message>
        <location filename="../consent/withdraw.py" line="161"/>
        <source>De ontvangers worden opgezocht…</source>
        <translation>Looking up the recipients…</translation>
    </message>
    <message>
        <location filename="../consent/withdraw.py" line="164"/>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>NotifyList</name>
    <message>
        <location filename="../consent/withdraw.py" line="81"/>
        <source>Onder deze toestemming zijn nog geen gegevens gedeeld: geen ontvanger hoeft te worden geïnformeerd.</source>
        <translation>No data has been shared under this consent yet: no recipient needs to be informed.</translation>
    </message>
    <message>
        <location filename="../consent/withdraw.py" line="90"/>
        <source>Deze ontvangers kregen al gegevens. Laat hen weten dat de toestemming is ingetrokken en vink aan wie het weet (dat wordt vastgelegd):</source>
        <translation>These recipients already received data. Let them know the consent was withdrawn and tick who has been told (this is recorded):</translation>
    </message>
    <message>
        <location filename="../consent/withdraw.py" line="97"/>
        <source>%1 — geïnformeerd</source>
        <translation>%1 — informed</translation>
    </message>
    <message>
        <location filename="../consent/withdraw.py" line="122"/>
        <source>(op %1)</source>
        <translation>(on %1)</translation>
    </message>
</context>
<context>
    <name>ObjectionDialog</name>
    <message>
        <location filename="../consent/objection.py" line="45"/>
        <source>Bezwaar (verzet) vastleggen</source>
        <translation>Record an objection</translation>
    </message>
    <message>
        <location filename="../consent/objection.py" line="50"/>
        <source>Bezwaar tegen delen met %1 voor &apos;%2&apos; op grond van een publieke taak of een gerechtvaardigd belang. Daarna kan alleen een wettelijke plicht of een vitaal belang dit delen nog dragen, en dan als &apos;delen ondanks nee&apos;. Toestemming die de jongere later geeft, geldt wel.</source>
        <translation>Objection to sharing with %1 for &apos;%2&apos; on the grounds of a public task or a legitimate interest. After it only a legal obligation or a vital interest can still carry this sharing, and then as &apos;sharing despite a no&apos;. Consent the young person gives later does count.</translation>
    </message>
    <message>
        <location filename="../consent/objection.py" line="74"/>
        <source>Wann&amp;eer:</source>
        <translation>Wh&amp;en:</translation>
    </message>
    <message>
        <location filename="../consent/objection.py" line="77"/>
        <source>&amp;Wie maakt bezwaar:</source>
        <translation>&amp;Who objects:</translation>
    </message>
    <message>
        <location filename="../consent/objection.py" line="78"/>
        <source>&amp;Hoe:</source>
        <translation>&amp;How:</translation>
    </message>
    <message>
        <location filename="../consent/objection.py" line="81"/>
        <source>Bezwaar &amp;vastleggen</source>
        <translation>&amp;Record objection</translation>
    </message>
    <message>
        <location filename="../consent/objection.py" line="121"/>
        <source>%1 kan op deze datum geen bezwaar maken (de leeftijd van de jongere op die dag telt). Klopt de datum? Kies anders wie het bezwaar maakte.</source>
        <translation>%1 cannot object on this date (the young person&apos;s age on that day counts). Is the date right? Otherwise choose who made the objection.</translation>
    </message>
    <message>
        <location filename="../consent/objection.py" line="129"/>
        <source>Kies wie het bezwaar maakte.</source>
        <translation>Choose who made the objection.</translation>
    </message>
</context>
<context>
    <name>OverrideGround</name>
    <message>
        <location filename="../core_labels.py" line="64"/>
        <source>wettelijke verplichting</source>
        <translation>legal obligation</translation>
    </message>
    <message>
        <location filename="../core_labels.py" line="65"/>
        <source>vitaal belang</source>
        <translation>vital interest</translation>
    </message>
    <message>
        <location filename="../core_labels.py" line="66"/>
        <source>rechterlijke uitspraak</source>
        <translation>court order</translation>
    </message>
</context>
<context>
    <name>PassphraseBox</name>
    <message>
        <location filename="../signing/pages.py" line="469"/>
        <source>Wachtwoordzin</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../signing/pages.py" line="472"/>
        <source>Ontgrendelen</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../signing/pages.py" line="484"/>
        <source>De wachtwoordzin klopt niet. De ondertekenmodus blijft aan.</source>
        <translation>The passphrase is incorrect. Signing mode stays on.</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <location filename="../setup/passphrase_fields.py" line="141"/>
        <source>Wachtwoordzin</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../setup/passphrase_fields.py" line="142"/>
        <source>Wachtwoordzin herhalen</source>
        <translation>Repeat passphrase</translation>
    </message>
    <message>
        <location filename="../setup/passphrase_fields.py" line="146"/>
        <source>Tip: kies vier of meer losse woorden die samen alleen voor u iets betekenen. Minstens 12 tekens.</source>
        <translation>Tip: choose four or more separate words that together mean something only to you. At least 12 characters.</translation>
    </message>
    <message>
        <location filename="../setup/passphrase_fields.py" line="151"/>
        <source>&amp;Wachtwoordzin:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../setup/passphrase_fields.py" line="153"/>
        <source>&amp;Herhaal wachtwoordzin:</source>
        <translation>&amp;Repeat passphrase:</translation>
    </message>
    <message>
        <location filename="../setup/passphrase_fields.py" line="184"/>
        <source>De twee wachtwoordzinnen zijn niet gelijk.</source>
        <translation>The two passphrases are not the same.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../forms/pdf_preview.py" line="93"/>
        <source>Opslaan als PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../forms/pdf_preview.py" line="96"/>
        <source>Afdrukken…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../forms/pdf_preview.py" line="99"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../forms/pdf_preview.py" line="114"/>
        <source>PDF opslaan als</source>
        <translation>Save PDF as</translation>
    </message>
    <message>
        <location filename="../forms/pdf_preview.py" line="116"/>
        <source>PDF-bestand (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <location filename="../forms/pdf_preview.py" line="127"/>
        <source>Opslaan is mislukt: kies een andere map.</source>
        <translation>Saving failed: choose another folder.</translation>
    </message>
    <message>
        <location filename="../forms/pdf_preview.py" line="129"/>
        <source>Opgeslagen: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../forms/pdf_preview.py" line="137"/>
        <source>Afdrukken</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../forms/pdf_preview.py" line="141"/>
        <source>Afdrukken is mislukt.</source>
        <translation>Printing failed.</translation>
    </message>
    <message>
        <location filename="../forms/pdf_preview.py" line="143"/>
        <source>Naar de printer gestuurd.</source>
        <translation>Sent to the printer.</translation>
    </message>
</context>
<context>
    <name>PendingRemoteDialog</name>
    <message>
        <location filename="../remote/pending_dialog.py" line="35"/>
        <source>Verzoeken op afstand die wachten</source>
        <translation>Remote requests that are waiting</translation>
    </message>
    <message>
        <location filename="../remote/pending_dialog.py" line="39"/>
        <source>Wachtende verzoeken</source>
        <translation>Waiting requests</translation>
    </message>
    <message>
        <location filename="../remote/pending_dialog.py" line="42"/>
        <source>Jongere</source>
        <translation>Young person</translation>
    </message>
    <message>
        <location filename="../remote/pending_dialog.py" line="43"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../remote/pending_dialog.py" line="44"/>
        <source>Verstuurd</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../remote/pending_dialog.py" line="45"/>
        <source>Dagen</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../remote/pending_dialog.py" line="46"/>
        <source>Herinneringen</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <location filename="../remote/pending_dialog.py" line="47"/>
        <source>Verloopt op</source>
        <translation>Expires on</translation>
    </message>
    <message>
        <location filename="../remote/pending_dialog.py" line="58"/>
        <source>&amp;Herinnering sturen…</source>
        <translation>Send a &amp;reminder…</translation>
    </message>
    <message>
        <location filename="../remote/pending_dialog.py" line="60"/>
        <source>&amp;Verlopen verwerken</source>
        <translation>&amp;Process expired</translation>
    </message>
    <message>
        <location filename="../remote/pending_dialog.py" line="63"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../remote/pending_dialog.py" line="83"/>
        <source>(herinneren)</source>
        <translation>(remind)</translation>
    </message>
    <message>
        <location filename="../remote/pending_dialog.py" line="99"/>
        <source>Er wachten geen verzoeken op afstand.</source>
        <translation>No remote requests are waiting.</translation>
    </message>
    <message>
        <location filename="../remote/pending_dialog.py" line="127"/>
        <source>%n verzoek verlopen.</source>
        <translation>%n request expired.</translation>
    </message>
    <message>
        <location filename="../remote/pending_dialog.py" line="127"/>
        <source>%n verzoeken verlopen.</source>
        <translation>%n requests expired.</translation>
    </message>
</context>
<context>
    <name>Perspective</name>
    <message>
        <location filename="../core_labels.py" line="73"/>
        <source>arbeid (werk)</source>
        <translation>work (a job)</translation>
    </message>
    <message>
        <location filename="../core_labels.py" line="74"/>
        <source>dagbesteding</source>
        <translation>day activities</translation>
    </message>
    <message>
        <location filename="../core_labels.py" line="75"/>
        <source>onderwijs (verder leren)</source>
        <translation>education (further learning)</translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <location filename="../settings/policy.py" line="40"/>
        <source>Deze afspraken gelden voor de hele organisatie en voor iedere computer met deze kluis. Elke wijziging komt in het logboek.</source>
        <translation>These rules apply to the whole organisation and to every computer with this vault. Every change is logged.</translation>
    </message>
    <message>
        <location filename="../settings/policy.py" line="47"/>
        <source>Alle ouders met gezag moeten toestemming geven (aanbevolen)</source>
        <translation>Every parent with parental authority must consent (recommended)</translation>
    </message>
    <message>
        <location filename="../settings/policy.py" line="51"/>
        <source>Eén ouder met gezag is genoeg</source>
        <translation>One parent with parental authority is enough</translation>
    </message>
    <message>
        <location filename="../settings/policy.py" line="66"/>
        <source>Jongeren van 12 tot 16 jaar beslissen mee met hun ouders (zoals in de jeugdhulp)</source>
        <translation>Young people aged 12 to 16 decide together with their parents (as in youth care)</translation>
    </message>
    <message>
        <location filename="../settings/policy.py" line="70"/>
        <source>Wij zijn een overheidsorgaan (zoals RMC, leerplicht of gemeente)</source>
        <translation>We are a public body (such as RMC, compulsory education or a municipality)</translation>
    </message>
    <message>
        <location filename="../settings/policy.py" line="74"/>
        <source>Een overheidsorgaan deelt voor zijn wettelijke taak nooit op &apos;gerechtvaardigd belang&apos; (AVG artikel 6 lid 1, laatste zin); die grondslag wordt dan niet aangeboden.</source>
        <translation>A public body never shares on &apos;legitimate interest&apos; for its legal task (GDPR article 6(1), last sentence); that basis is then not offered.</translation>
    </message>
    <message>
        <location filename="../settings/policy.py" line="81"/>
        <source> dagen</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../settings/policy.py" line="84"/>
        <source> jaar</source>
        <translation> years</translation>
    </message>
    <message>
        <location filename="../settings/policy.py" line="88"/>
        <source> seconden</source>
        <translation> seconds</translation>
    </message>
    <message>
        <location filename="../settings/policy.py" line="95"/>
        <source>Onder 16 jaar, &amp;twee ouders:</source>
        <translation>Under 16, &amp;two parents:</translation>
    </message>
    <message>
        <location filename="../settings/policy.py" line="96"/>
        <source>12 tot 16 jaar:</source>
        <translation>12 to 16 years:</translation>
    </message>
    <message>
        <location filename="../settings/policy.py" line="97"/>
        <source>O&amp;rganisatie:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../settings/policy.py" line="98"/>
        <source>Standaard ge&amp;ldig:</source>
        <translation>Default &amp;validity:</translation>
    </message>
    <message>
        <location filename="../settings/policy.py" line="99"/>
        <source>Be&amp;waartermijn:</source>
        <translation>&amp;Retention period:</translation>
    </message>
    <message>
        <location filename="../settings/policy.py" line="115"/>
        <source>Beleid op&amp;slaan</source>
        <translation>&amp;Save policy</translation>
    </message>
    <message>
        <location filename="../settings/policy.py" line="109"/>
        <source>Automatisch &amp;vergrendelen na:</source>
        <translation>Automatically &amp;lock after:</translation>
    </message>
    <message>
        <location filename="../settings/policy.py" line="135"/>
        <source>(1 minuut)</source>
        <translation>(1 minute)</translation>
    </message>
    <message>
        <location filename="../settings/policy.py" line="137"/>
        <source>(%1 minuten)</source>
        <translation>(%1 minutes)</translation>
    </message>
    <message>
        <location filename="../settings/policy.py" line="140"/>
        <source>(%1 min %2 s)</source>
        <translation>(%1 min %2 s)</translation>
    </message>
    <message>
        <location filename="../settings/policy.py" line="169"/>
        <source>Er is niets gewijzigd.</source>
        <translation>Nothing has changed.</translation>
    </message>
    <message>
        <location filename="../settings/policy.py" line="176"/>
        <source>Het beleid is opgeslagen.</source>
        <translation>The policy has been saved.</translation>
    </message>
</context>
<context>
    <name>ProofExportDialog</name>
    <message>
        <location filename="../forms/proof_export.py" line="59"/>
        <source>%1 (alle verzoeken en bewijsstukken)</source>
        <translation>%1 (all requests and evidence)</translation>
    </message>
    <message>
        <location filename="../forms/proof_export.py" line="65"/>
        <source>onderdeel %1 van verzoek %2</source>
        <translation>item %1 of request %2</translation>
    </message>
    <message>
        <location filename="../forms/proof_export.py" line="71"/>
        <source>verzoek %1 (alle onderdelen)</source>
        <translation>request %1 (all items)</translation>
    </message>
    <message>
        <location filename="../forms/proof_export.py" line="74"/>
        <source>Bewijs exporteren</source>
        <translation>Export proof</translation>
    </message>
    <message>
        <location filename="../forms/proof_export.py" line="78"/>
        <source>Het bewijspakket van %1: een ondertekende PDF, receipt.json, FHIR Consent, de bewijsstukken en het bewijs uit het logboek. Iedereen kan het zonder de kluis controleren met &apos;toestemming verify&apos;. Het pakket bevat persoonsgegevens: bewaar en verstuur het veilig.</source>
        <translation>The proof package of %1: a signed PDF, receipt.json, FHIR Consent, the evidence and the proof from the log. Anyone can check it without the vault using &apos;toestemming verify&apos;. The package contains personal data: store and send it securely.</translation>
    </message>
    <message>
        <location filename="../forms/proof_export.py" line="86"/>
        <source>Bestand voor het bewijspakket</source>
        <translation>File for the proof package</translation>
    </message>
    <message>
        <location filename="../forms/proof_export.py" line="88"/>
        <source>Kiezen…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../forms/proof_export.py" line="96"/>
        <source>Exporteren en controleren</source>
        <translation>Export and check</translation>
    </message>
    <message>
        <location filename="../forms/proof_export.py" line="101"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../forms/proof_export.py" line="113"/>
        <source>Bestand:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../forms/proof_export.py" line="128"/>
        <source>Bewijspakket opslaan als</source>
        <translation>Save proof package as</translation>
    </message>
    <message>
        <location filename="../forms/proof_export.py" line="130"/>
        <source>Bewijspakket (*.tbewijs *.zip)</source>
        <translation>Proof package (*.tbewijs *.zip)</translation>
    </message>
    <message>
        <location filename="../forms/proof_export.py" line="159"/>
        <source>Er staat al een bestand met deze naam. Kies &apos;Vervangen en controleren&apos; om het te vervangen, of kies een andere naam.</source>
        <translation>There is already a file with this name. Choose &apos;Replace and check&apos; to replace it, or choose another name.</translation>
    </message>
    <message>
        <location filename="../forms/proof_export.py" line="163"/>
        <source>Vervangen en controleren</source>
        <translation>Replace and check</translation>
    </message>
    <message>
        <location filename="../forms/proof_export.py" line="195"/>
        <source>Bezig: exporteren en controleren …</source>
        <translation>Busy: exporting and checking …</translation>
    </message>
    <message>
        <location filename="../forms/proof_export.py" line="211"/>
        <source>Geschreven: %1</source>
        <translation>Written: %1</translation>
    </message>
    <message>
        <location filename="../forms/proof_export.py" line="233"/>
        <source>Mislukt.</source>
        <translation>Failed.</translation>
    </message>
</context>
<context>
    <name>PurposeDialog</name>
    <message>
        <location filename="../settings/purposes.py" line="37"/>
        <source>Nieuw doel</source>
        <translation>New purpose</translation>
    </message>
    <message>
        <location filename="../settings/purposes.py" line="37"/>
        <source>&amp;Toevoegen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../settings/purposes.py" line="39"/>
        <source>Nieuwe versie van doel %1</source>
        <translation>New version of purpose %1</translation>
    </message>
    <message>
        <location filename="../settings/purposes.py" line="40"/>
        <source>Nieuwe versie &amp;opslaan</source>
        <translation>&amp;Save new version</translation>
    </message>
    <message>
        <location filename="../settings/purposes.py" line="46"/>
        <source>korte code, bijv. begeleiding-werk</source>
        <translation>short code, e.g. begeleiding-werk</translation>
    </message>
    <message>
        <location filename="../settings/purposes.py" line="51"/>
        <source>Leg in eenvoudige woorden (B1) uit waarom de gegevens gedeeld worden.</source>
        <translation>Explain in plain words (B1) why the data is shared.</translation>
    </message>
    <message>
        <location filename="../settings/purposes.py" line="62"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location filename="../settings/purposes.py" line="66"/>
        <source>Verzoeken die al zijn gedaan, houden de tekst van versie %1. De nieuwe versie geldt voor nieuwe verzoeken.</source>
        <translation>Requests already made keep the text of version %1. The new version applies to new requests.</translation>
    </message>
    <message>
        <location filename="../settings/purposes.py" line="76"/>
        <source>Tit&amp;el:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../settings/purposes.py" line="77"/>
        <source>&amp;Uitleg:</source>
        <translation>&amp;Explanation:</translation>
    </message>
    <message>
        <location filename="../settings/purposes.py" line="78"/>
        <source>T&amp;aal van de tekst:</source>
        <translation>&amp;Language of the text:</translation>
    </message>
    <message>
        <location filename="../settings/purposes.py" line="92"/>
        <source>Er is niets gewijzigd; een nieuwe versie is niet nodig.</source>
        <translation>Nothing has changed; a new version is not needed.</translation>
    </message>
</context>
<context>
    <name>PurposesPage</name>
    <message>
        <location filename="../settings/purposes.py" line="103"/>
        <source>Nieuw doe&amp;l…</source>
        <translation>New &amp;purpose…</translation>
    </message>
    <message>
        <location filename="../settings/purposes.py" line="104"/>
        <source>Nieuwe &amp;versie…</source>
        <translation>New &amp;version…</translation>
    </message>
    <message>
        <location filename="../settings/purposes.py" line="105"/>
        <source>Wettelijke &amp;plicht…</source>
        <translation>L&amp;egal duty…</translation>
    </message>
    <message>
        <location filename="../settings/purposes.py" line="107"/>
        <source>Leg vast dat een wet het delen voor dit doel verplicht (geen toestemming).</source>
        <translation>Record that a law requires sharing for this purpose (no consent).</translation>
    </message>
    <message>
        <location filename="../settings/purposes.py" line="109"/>
        <source>Doelen</source>
        <translation>Purposes</translation>
    </message>
    <message>
        <location filename="../settings/purposes.py" line="111"/>
        <source>Versies van het doel</source>
        <translation>Versions of the purpose</translation>
    </message>
    <message>
        <location filename="../settings/purposes.py" line="114"/>
        <source>Tekst van de gekozen versie</source>
        <translation>Text of the chosen version</translation>
    </message>
    <message>
        <location filename="../settings/purposes.py" line="119"/>
        <source>Ve&amp;rsies:</source>
        <translation>Ver&amp;sions:</translation>
    </message>
    <message>
        <location filename="../settings/purposes.py" line="123"/>
        <source>Tekst van de gekozen versie:</source>
        <translation>Text of the chosen version:</translation>
    </message>
    <message>
        <location filename="../settings/purposes.py" line="141"/>
        <source>Waarvoor gegevens gedeeld worden, in eenvoudige woorden. Een doel aanpassen maakt een nieuwe versie; eerdere verzoeken houden de tekst die toen getoond is.</source>
        <translation>Why data is shared, in plain words. Changing a purpose creates a new version; earlier requests keep the text shown at the time.</translation>
    </message>
    <message>
        <location filename="../settings/purposes.py" line="201"/>
        <source>Nog geen Engelse tekst: verzoeken met dit doel kunnen alleen in het Nederlands.</source>
        <translation>No English text yet: requests with this purpose can only be in Dutch.</translation>
    </message>
    <message>
        <location filename="../settings/purposes.py" line="207"/>
        <source>De Engelse tekst (versie %1) is ouder dan de Nederlandse (versie %2). Kijk of hij nog hetzelfde zegt; zo niet, maak een nieuwe Engelse versie.</source>
        <translation>The English text (version %1) is older than the Dutch one (version %2). Check that it still says the same; if not, make a new English version.</translation>
    </message>
</context>
<context>
    <name>QrDialog</name>
    <message>
        <location filename="../remote/qr_dialog.py" line="39"/>
        <source>QR-code voor antwoord — %1</source>
        <translation>QR code for a reply — %1</translation>
    </message>
    <message>
        <location filename="../remote/qr_dialog.py" line="42"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../remote/qr_dialog.py" line="43"/>
        <source>Sms</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../remote/qr_dialog.py" line="44"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../remote/qr_dialog.py" line="60"/>
        <source>QR-code</source>
        <translation>QR code</translation>
    </message>
    <message>
        <location filename="../remote/qr_dialog.py" line="70"/>
        <source>Laat de jongere de code scannen met de eigen telefoon. Er opent een bericht met de referentiecode; per onderdeel ja of nee laten staan en versturen. Nee zeggen mag; dat heeft geen gevolgen.</source>
        <translation>Let the young person scan the code with their own phone. A message opens with the reference code; keep yes or no for each item and send it. Saying no is fine; it has no consequences.</translation>
    </message>
    <message>
        <location filename="../remote/qr_dialog.py" line="79"/>
        <source>QR-code is &amp;gegeven — vastleggen</source>
        <translation>QR code was &amp;given — record it</translation>
    </message>
    <message>
        <location filename="../remote/qr_dialog.py" line="82"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../remote/qr_dialog.py" line="86"/>
        <source>Er is geen app-nummer ingesteld; alleen antwoorden per e-mail kan.</source>
        <translation>No app number is set; replies are only possible by e-mail.</translation>
    </message>
    <message>
        <location filename="../remote/qr_dialog.py" line="89"/>
        <source>Antwoorden via:</source>
        <translation>Reply via:</translation>
    </message>
    <message>
        <location filename="../remote/qr_dialog.py" line="90"/>
        <source>Bericht:</source>
        <translation>Message:</translation>
    </message>
    <message>
        <location filename="../remote/qr_dialog.py" line="91"/>
        <source>Voor:</source>
        <translation>For:</translation>
    </message>
    <message>
        <location filename="../remote/qr_dialog.py" line="129"/>
        <source>Stel eerst een antwoordadres of app-nummer in.</source>
        <translation>First set up a reply address or app number.</translation>
    </message>
    <message>
        <location filename="../remote/qr_dialog.py" line="162"/>
        <source>Vastgelegd: het verzoek wacht nu op antwoord.</source>
        <translation>Recorded: the request is now awaiting a reply.</translation>
    </message>
</context>
<context>
    <name>QualificationDialog</name>
    <message>
        <location filename="../qualification.py" line="25"/>
        <source>Startkwalificatie vastleggen</source>
        <translation>Record basic qualification</translation>
    </message>
    <message>
        <location filename="../qualification.py" line="31"/>
        <source>havo</source>
        <translation>havo</translation>
    </message>
    <message>
        <location filename="../qualification.py" line="32"/>
        <source>vwo</source>
        <translation>vwo</translation>
    </message>
    <message>
        <location filename="../qualification.py" line="33"/>
        <source>mbo niveau 2</source>
        <translation>MBO level 2</translation>
    </message>
    <message>
        <location filename="../qualification.py" line="34"/>
        <source>mbo niveau 3</source>
        <translation>MBO level 3</translation>
    </message>
    <message>
        <location filename="../qualification.py" line="35"/>
        <source>mbo niveau 4</source>
        <translation>MBO level 4</translation>
    </message>
    <message>
        <location filename="../qualification.py" line="39"/>
        <source>Met een startkwalificatie (havo, vwo of mbo vanaf niveau 2) is de jongere niet meer kwalificatieplichtig. Vanaf deze datum is een verzuimmelding geen wettelijke plicht meer: dan is toestemming nodig (vanaf 16 van de jongere, daaronder van de ouders met gezag).</source>
        <translation>With a basic qualification (havo, vwo or mbo from level 2) the young person no longer has to attend school for a qualification. From this date a truancy report is no longer a legal duty: consent is then needed (from 16 the young person&apos;s, below 16 the parents&apos; with parental authority).</translation>
    </message>
    <message>
        <location filename="../qualification.py" line="55"/>
        <source>Kies het diploma</source>
        <translation>Choose the diploma</translation>
    </message>
    <message>
        <location filename="../qualification.py" line="25"/>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../qualification.py" line="70"/>
        <source>Terugnemen (vergissing)…</source>
        <translation>Take back (mistake)…</translation>
    </message>
    <message>
        <location filename="../qualification.py" line="74"/>
        <source>&amp;Diploma:</source>
        <translation>&amp;Diploma:</translation>
    </message>
    <message>
        <location filename="../qualification.py" line="75"/>
        <source>Be&amp;haald op:</source>
        <translation>&amp;Obtained on:</translation>
    </message>
    <message>
        <location filename="../qualification.py" line="63"/>
        <source>Nu vastgelegd: %1, behaald op %2. Opslaan met iets anders verbetert het.</source>
        <translation>Recorded now: %1, obtained on %2. Saving something else corrects it.</translation>
    </message>
    <message>
        <location filename="../qualification.py" line="93"/>
        <source>Kies eerst het diploma.</source>
        <translation>Choose the diploma first.</translation>
    </message>
</context>
<context>
    <name>QualificationTakeBackDialog</name>
    <message>
        <location filename="../qualification_take_back.py" line="20"/>
        <source>Startkwalificatie terugnemen</source>
        <translation>Take back basic qualification</translation>
    </message>
    <message>
        <location filename="../qualification_take_back.py" line="20"/>
        <source>&amp;Terugnemen</source>
        <translation>&amp;Take back</translation>
    </message>
    <message>
        <location filename="../qualification_take_back.py" line="26"/>
        <source>Vastgelegd: %1, behaald op %2.</source>
        <translation>On record: %1, obtained on %2.</translation>
    </message>
    <message>
        <location filename="../qualification_take_back.py" line="30"/>
        <source>Er staat geen startkwalificatie vastgelegd.</source>
        <translation>No basic qualification is on record.</translation>
    </message>
    <message>
        <location filename="../qualification_take_back.py" line="36"/>
        <source>Terugnemen is voor een vergissing (de verkeerde jongere, het diploma toch niet gehaald). De kwalificatieplicht geldt dan weer. Het terugnemen blijft met de reden bewaard; de jongere ziet in de inzage dat het is teruggenomen.</source>
        <translation>Taking back is for a mistake (the wrong young person, the diploma not obtained after all). The qualification duty then applies again. The taking back is kept with its reason; the young person sees in the access report that it was taken back.</translation>
    </message>
    <message>
        <location filename="../qualification_take_back.py" line="44"/>
        <source>&amp;Reden:</source>
        <translation>&amp;Reason:</translation>
    </message>
</context>
<context>
    <name>ReceiptOffer</name>
    <message>
        <location filename="../signing/receipt_offer.py" line="51"/>
        <source>Bevestiging intrekking</source>
        <translation>Withdrawal confirmation</translation>
    </message>
    <message>
        <location filename="../signing/receipt_offer.py" line="51"/>
        <source>Ontvangstbewijs</source>
        <translation>Receipt</translation>
    </message>
</context>
<context>
    <name>RecipientTextsDialog</name>
    <message>
        <location filename="../settings/recipients.py" line="76"/>
        <source>Beschrijving per taal</source>
        <translation>Description per language</translation>
    </message>
    <message>
        <location filename="../settings/recipients.py" line="76"/>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../settings/recipients.py" line="89"/>
        <source>Wie is deze ontvanger, in eenvoudige woorden in deze taal (mag leeg)</source>
        <translation>Who this recipient is, in simple words in this language (may be empty)</translation>
    </message>
    <message>
        <location filename="../settings/recipients.py" line="93"/>
        <source>De ondertekenaar leest de beschrijving achter de naam, in de taal van het verzoek; zonder beschrijving in die taal de Nederlandse. Verzoeken die al zijn gedaan, houden hun tekst.</source>
        <translation>The signer reads the description after the name, in the language of the request; without a description in that language, the Dutch one. Requests already made keep their text.</translation>
    </message>
    <message>
        <location filename="../settings/recipients.py" line="101"/>
        <source>&amp;Taal:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../settings/recipients.py" line="102"/>
        <source>&amp;Beschrijving:</source>
        <translation>&amp;Description:</translation>
    </message>
</context>
<context>
    <name>RecipientsPage</name>
    <message>
        <location filename="../settings/recipients.py" line="135"/>
        <source>Ontvanger &amp;toevoegen…</source>
        <translation>&amp;Add recipient…</translation>
    </message>
    <message>
        <location filename="../settings/recipients.py" line="130"/>
        <source>Ook niet-actieve ontvangers to&amp;nen</source>
        <translation>Also &amp;show inactive recipients</translation>
    </message>
    <message>
        <location filename="../settings/recipients.py" line="136"/>
        <location filename="../settings/recipients.py" line="169"/>
        <source>Deacti&amp;veren</source>
        <translation>Deacti&amp;vate</translation>
    </message>
    <message>
        <location filename="../settings/recipients.py" line="137"/>
        <source>Be&amp;schrijving per taal…</source>
        <translation>Descri&amp;ption per language…</translation>
    </message>
    <message>
        <location filename="../settings/recipients.py" line="140"/>
        <source>Organisaties waarmee gegevens gedeeld kunnen worden. Een ontvanger die u deactiveert, kunt u niet meer kiezen voor nieuwe verzoeken; wat al is vastgelegd, blijft bewaard.</source>
        <translation>Organisations data can be shared with. A recipient you deactivate can no longer be chosen for new requests; what has been recorded stays.</translation>
    </message>
    <message>
        <location filename="../settings/recipients.py" line="144"/>
        <source>Ontvangers</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location filename="../settings/recipients.py" line="167"/>
        <source>Acti&amp;veren</source>
        <translation>Acti&amp;vate</translation>
    </message>
</context>
<context>
    <name>RecordDecisionDialog</name>
    <message>
        <location filename="../consent/record_decision.py" line="103"/>
        <source>Beslissing vastleggen aan de balie — %1</source>
        <translation>Record a decision at the desk — %1</translation>
    </message>
    <message>
        <location filename="../consent/record_decision.py" line="109"/>
        <source>Vraag per onderdeel ja of nee. Nee zeggen mag en heeft geen gevolgen. Een onderdeel zonder antwoord wordt niet vastgelegd.</source>
        <translation>Ask yes or no per item. Saying no is fine and has no consequences. An item without an answer is not recorded.</translation>
    </message>
    <message>
        <location filename="../consent/record_decision.py" line="115"/>
        <source>Wie beslist nu</source>
        <translation>Who decides now</translation>
    </message>
    <message>
        <location filename="../consent/record_decision.py" line="116"/>
        <source>&amp;Wie beslist nu:</source>
        <translation>&amp;Who decides now:</translation>
    </message>
    <message>
        <location filename="../consent/record_decision.py" line="122"/>
        <source>&amp;Tekst van het verzoek tonen (voorlezen)</source>
        <translation>&amp;Show the text of the request (read aloud)</translation>
    </message>
    <message>
        <location filename="../consent/record_decision.py" line="127"/>
        <source>Tekst van het verzoek</source>
        <translation>Text of the request</translation>
    </message>
    <message>
        <location filename="../consent/record_decision.py" line="156"/>
        <source>Wanneer &amp;beslist:</source>
        <translation>When &amp;decided:</translation>
    </message>
    <message>
        <location filename="../consent/record_decision.py" line="158"/>
        <source>Hoe:</source>
        <translation>How:</translation>
    </message>
    <message>
        <location filename="../consent/record_decision.py" line="160"/>
        <source>Bewijsstuk:</source>
        <translation>Evidence:</translation>
    </message>
    <message>
        <location filename="../consent/record_decision.py" line="165"/>
        <source>&amp;Vastleggen</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <location filename="../consent/record_decision.py" line="169"/>
        <source>&amp;Sluiten</source>
        <translation>Cl&amp;ose</translation>
    </message>
    <message>
        <location filename="../consent/record_decision.py" line="207"/>
        <source>Gegevens: %1</source>
        <translation>Data: %1</translation>
    </message>
    <message>
        <location filename="../consent/record_decision.py" line="221"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../consent/record_decision.py" line="222"/>
        <source>Nee</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../consent/record_decision.py" line="223"/>
        <location filename="../consent/record_decision.py" line="389"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../consent/record_decision.py" line="223"/>
        <location filename="../consent/record_decision.py" line="389"/>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../consent/record_decision.py" line="225"/>
        <source>Onderdeel %1: %2</source>
        <translation>Item %1: %2</translation>
    </message>
    <message>
        <location filename="../consent/record_decision.py" line="240"/>
        <source>⚠ Bijzondere gegevens (%1): de beslisser zei hier apart en uitdrukkelijk ja tegen</source>
        <translation>⚠ Special category data (%1): the decider said yes to this separately and explicitly</translation>
    </message>
    <message>
        <location filename="../consent/record_decision.py" line="276"/>
        <source>vastgelegd</source>
        <translation>recorded</translation>
    </message>
    <message>
        <location filename="../consent/record_decision.py" line="291"/>
        <source>Nu: %1 — %2</source>
        <translation>Now: %1 — %2</translation>
    </message>
    <message>
        <location filename="../consent/record_decision.py" line="321"/>
        <source>Kies wie er beslist.</source>
        <translation>Choose who decides.</translation>
    </message>
    <message>
        <location filename="../consent/record_decision.py" line="326"/>
        <source>Kies bij minstens één onderdeel ja of nee. Niets is vastgelegd.</source>
        <translation>Choose yes or no for at least one item. Nothing has been recorded.</translation>
    </message>
    <message>
        <location filename="../consent/record_decision.py" line="371"/>
        <source>Informeer deze ontvangers over de intrekking: %1</source>
        <translation>Inform these recipients about the withdrawal: %1</translation>
    </message>
    <message>
        <location filename="../consent/record_decision.py" line="383"/>
        <source>onderdeel %1 ingetrokken</source>
        <translation>part %1 withdrawn</translation>
    </message>
    <message>
        <location filename="../consent/record_decision.py" line="385"/>
        <source>onderdeel %1 stond al zo vast</source>
        <translation>part %1 was already recorded so</translation>
    </message>
    <message>
        <location filename="../consent/record_decision.py" line="387"/>
        <source>onderdeel %1 %2</source>
        <translation>item %1 %2</translation>
    </message>
    <message>
        <location filename="../consent/record_decision.py" line="368"/>
        <source>Vastgelegd voor %1: %2.</source>
        <translation>Recorded for %1: %2.</translation>
    </message>
    <message>
        <location filename="../consent/record_decision.py" line="400"/>
        <source>ingelezen scan van het getekende formulier</source>
        <translation>imported scan of the signed form</translation>
    </message>
</context>
<context>
    <name>RecordMessageDialog</name>
    <message>
        <location filename="../remote/message_dialog.py" line="49"/>
        <source>Bericht vastleggen</source>
        <translation>Record a message</translation>
    </message>
    <message>
        <location filename="../remote/message_dialog.py" line="62"/>
        <source>Typ of plak de tekst van het bericht precies over.</source>
        <translation>Type or paste the text of the message exactly.</translation>
    </message>
    <message>
        <location filename="../remote/message_dialog.py" line="66"/>
        <source>Geen schermafdruk</source>
        <translation>No screenshot</translation>
    </message>
    <message>
        <location filename="../remote/message_dialog.py" line="72"/>
        <source>Schermafdruk &amp;kiezen…</source>
        <translation>Choose &amp;screenshot…</translation>
    </message>
    <message>
        <location filename="../remote/message_dialog.py" line="79"/>
        <source>Nummer afzender:</source>
        <translation>Sender number:</translation>
    </message>
    <message>
        <location filename="../remote/message_dialog.py" line="80"/>
        <source>Via:</source>
        <translation>Via:</translation>
    </message>
    <message>
        <location filename="../remote/message_dialog.py" line="81"/>
        <source>Ontvangen op:</source>
        <translation>Received on:</translation>
    </message>
    <message>
        <location filename="../remote/message_dialog.py" line="82"/>
        <source>Tekst:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <location filename="../remote/message_dialog.py" line="83"/>
        <source>Schermafdruk:</source>
        <translation>Screenshot:</translation>
    </message>
    <message>
        <location filename="../remote/message_dialog.py" line="84"/>
        <source>&amp;Lezen</source>
        <translation>R&amp;ead</translation>
    </message>
    <message>
        <location filename="../remote/message_dialog.py" line="88"/>
        <source>&amp;Vastleggen</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <location filename="../remote/message_dialog.py" line="91"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../remote/message_dialog.py" line="122"/>
        <source>Schermafdruk kiezen</source>
        <translation>Choose screenshot</translation>
    </message>
    <message>
        <location filename="../remote/message_dialog.py" line="124"/>
        <source>Afbeeldingen (*.png *.jpg *.jpeg *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <location filename="../remote/message_dialog.py" line="131"/>
        <source>Het bestand kon niet worden gelezen.</source>
        <translation>The file could not be read.</translation>
    </message>
    <message>
        <location filename="../remote/message_dialog.py" line="169"/>
        <source>Klopt dit met het bericht? Klik dan op Vastleggen.</source>
        <translation>Does this match the message? Then click Record.</translation>
    </message>
    <message>
        <location filename="../remote/message_dialog.py" line="171"/>
        <source>Er wordt niets vastgelegd.</source>
        <translation>Nothing is recorded.</translation>
    </message>
    <message>
        <location filename="../remote/message_dialog.py" line="182"/>
        <source>Vastgelegd, met het bericht en de schermafdruk als bewijs.</source>
        <translation>Recorded, with the message and the screenshot as evidence.</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <location filename="../setup/recovery_sheet.py" line="42"/>
        <source>Herstelsleutel</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../setup/recovery_sheet.py" line="48"/>
        <source>Herstelsleutel Toestemming</source>
        <translation>Toestemming recovery key</translation>
    </message>
    <message>
        <location filename="../setup/recovery_sheet.py" line="49"/>
        <source>Met deze sleutel opent u de kluis als niemand de wachtwoordzin meer weet.</source>
        <translation>With this key you can open the vault when nobody knows the passphrase any more.</translation>
    </message>
    <message>
        <location filename="../setup/recovery_sheet.py" line="53"/>
        <source>Bewaar dit papier op een veilige plek, bijvoorbeeld in een afgesloten kast of kluis.</source>
        <translation>Keep this paper in a safe place, for example a locked cabinet or safe.</translation>
    </message>
    <message>
        <location filename="../setup/recovery_sheet.py" line="57"/>
        <source>Bewaar het niet bij de computer en niet als foto of bestand.</source>
        <translation>Do not keep it near the computer, nor as a photo or file.</translation>
    </message>
    <message>
        <location filename="../setup/recovery_sheet.py" line="58"/>
        <source>Wie deze sleutel heeft, kan alle gegevens in de kluis lezen.</source>
        <translation>Whoever has this key can read all data in the vault.</translation>
    </message>
    <message>
        <location filename="../setup/recovery_sheet.py" line="64"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../setup/recovery_sheet.py" line="65"/>
        <source>Kluisbestand</source>
        <translation>Vault file</translation>
    </message>
    <message>
        <location filename="../setup/recovery_sheet.py" line="66"/>
        <source>Gemaakt op</source>
        <translation>Created on</translation>
    </message>
    <message>
        <location filename="../setup/recovery_sheet.py" line="97"/>
        <source>Herstelsleutel afdrukken</source>
        <translation>Print recovery key</translation>
    </message>
</context>
<context>
    <name>RemoteCommon</name>
    <message>
        <location filename="../remote/common.py" line="90"/>
        <source>onduidelijk</source>
        <translation>unclear</translation>
    </message>
    <message>
        <location filename="../remote/common.py" line="92"/>
        <source>intrekken</source>
        <translation>withdraw</translation>
    </message>
    <message>
        <location filename="../remote/common.py" line="94"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../remote/common.py" line="96"/>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../remote/common.py" line="108"/>
        <source>Oorspronkelijk bericht</source>
        <translation>Original message</translation>
    </message>
    <message>
        <location filename="../remote/common.py" line="114"/>
        <source>Gemarkeerd: de woorden waaruit het antwoord is gelezen (groen ja, rood nee, oranje onduidelijk, blauw intrekken).</source>
        <translation>Marked: the words the answer was read from (green yes, red no, orange unclear, blue withdraw).</translation>
    </message>
    <message>
        <location filename="../remote/common.py" line="121"/>
        <source>Bericht zoals ontvangen</source>
        <translation>Message as received</translation>
    </message>
    <message>
        <location filename="../remote/common.py" line="132"/>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <location filename="../remote/common.py" line="133"/>
        <source>Afzender is:</source>
        <translation>Sender is:</translation>
    </message>
    <message>
        <location filename="../remote/common.py" line="134"/>
        <source>Geschreven op:</source>
        <translation>Written on:</translation>
    </message>
    <message>
        <location filename="../remote/common.py" line="135"/>
        <source>Soort:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../remote/common.py" line="140"/>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../remote/common.py" line="141"/>
        <source>Onderdeel</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../remote/common.py" line="142"/>
        <source>Antwoord</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../remote/common.py" line="143"/>
        <source>Gelezen uit</source>
        <translation>Read from</translation>
    </message>
    <message>
        <location filename="../remote/common.py" line="153"/>
        <source>Gelezen antwoorden</source>
        <translation>Answers read</translation>
    </message>
    <message>
        <location filename="../remote/common.py" line="168"/>
        <source>Zo gelezen — controleer vóór vastleggen</source>
        <translation>Read as follows — check before recording</translation>
    </message>
    <message>
        <location filename="../remote/common.py" line="210"/>
        <source>Van: %1</source>
        <translation>From: %1</translation>
    </message>
    <message>
        <location filename="../remote/common.py" line="213"/>
        <source>Onderwerp: %1</source>
        <translation>Subject: %1</translation>
    </message>
    <message>
        <location filename="../remote/common.py" line="221"/>
        <source>intrekking</source>
        <translation>withdrawal</translation>
    </message>
    <message>
        <location filename="../remote/common.py" line="223"/>
        <source>antwoord op het verzoek</source>
        <translation>reply to the request</translation>
    </message>
    <message>
        <location filename="../remote/common.py" line="231"/>
        <source>(ook gevoelige gegevens)</source>
        <translation>(including sensitive data)</translation>
    </message>
    <message>
        <location filename="../remote/common.py" line="260"/>
        <source>Niet vastleggen zo:</source>
        <translation>Do not record like this:</translation>
    </message>
    <message>
        <location filename="../remote/common.py" line="319"/>
        <source>(niet genoemd)</source>
        <translation>(not mentioned)</translation>
    </message>
</context>
<context>
    <name>RemoteMenu</name>
    <message>
        <location filename="../remote/menu.py" line="34"/>
        <source>Verzoek &amp;mailen…</source>
        <translation>&amp;E-mail the request…</translation>
    </message>
    <message>
        <location filename="../remote/menu.py" line="35"/>
        <source>&amp;QR-code voor antwoord per app…</source>
        <translation>&amp;QR code for a reply by app…</translation>
    </message>
    <message>
        <location filename="../remote/menu.py" line="36"/>
        <source>Antwoord &amp;inlezen (.eml)…</source>
        <translation>&amp;Import a reply (.eml)…</translation>
    </message>
    <message>
        <location filename="../remote/menu.py" line="37"/>
        <source>&amp;Bericht vastleggen…</source>
        <translation>&amp;Record a message…</translation>
    </message>
    <message>
        <location filename="../remote/menu.py" line="38"/>
        <source>&amp;Wachtende verzoeken op afstand…</source>
        <translation>&amp;Pending remote requests…</translation>
    </message>
    <message>
        <location filename="../remote/menu.py" line="39"/>
        <source>In&amp;stellingen e-mail en app…</source>
        <translation>E-mail and app &amp;settings…</translation>
    </message>
    <message>
        <location filename="../remote/menu.py" line="50"/>
        <source>&amp;Op afstand</source>
        <translation>&amp;Remote</translation>
    </message>
    <message>
        <location filename="../remote/menu.py" line="68"/>
        <location filename="../remote/menu.py" line="82"/>
        <source>Kies eerst een toestemming van een jongere.</source>
        <translation>First choose a young person&apos;s consent.</translation>
    </message>
    <message>
        <location filename="../remote/menu.py" line="100"/>
        <source>Op afstand</source>
        <translation>Remote</translation>
    </message>
</context>
<context>
    <name>RemoteSettingsDialog</name>
    <message>
        <location filename="../remote/settings_dialog.py" line="38"/>
        <source>Instellingen e-mail en app</source>
        <translation>E-mail and app settings</translation>
    </message>
    <message>
        <location filename="../remote/settings_dialog.py" line="44"/>
        <source>STARTTLS (meestal poort 587)</source>
        <translation>STARTTLS (usually port 587)</translation>
    </message>
    <message>
        <location filename="../remote/settings_dialog.py" line="45"/>
        <source>SSL/TLS (meestal poort 465)</source>
        <translation>SSL/TLS (usually port 465)</translation>
    </message>
    <message>
        <location filename="../remote/settings_dialog.py" line="46"/>
        <source>Geen (alleen een server op deze computer)</source>
        <translation>None (only a server on this computer)</translation>
    </message>
    <message>
        <location filename="../remote/settings_dialog.py" line="55"/>
        <source>Kiezen…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../remote/settings_dialog.py" line="60"/>
        <source>Mailserver (SMTP)</source>
        <translation>Mail server (SMTP)</translation>
    </message>
    <message>
        <location filename="../remote/settings_dialog.py" line="62"/>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location filename="../remote/settings_dialog.py" line="63"/>
        <source>Beveiliging:</source>
        <translation>Security:</translation>
    </message>
    <message>
        <location filename="../remote/settings_dialog.py" line="64"/>
        <source>Poort:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../remote/settings_dialog.py" line="65"/>
        <source>Gebruikersnaam:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location filename="../remote/settings_dialog.py" line="66"/>
        <source>Wachtwoord:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../remote/settings_dialog.py" line="67"/>
        <source>Afzenderadres:</source>
        <translation>Sender address:</translation>
    </message>
    <message>
        <location filename="../remote/settings_dialog.py" line="68"/>
        <source>Naam afzender:</source>
        <translation>Sender name:</translation>
    </message>
    <message>
        <location filename="../remote/settings_dialog.py" line="74"/>
        <source>Eigen CA-certificaat</source>
        <translation>Own CA certificate</translation>
    </message>
    <message>
        <location filename="../remote/settings_dialog.py" line="75"/>
        <source>Eigen CA-certificaat:</source>
        <translation>Own CA certificate:</translation>
    </message>
    <message>
        <location filename="../remote/settings_dialog.py" line="81"/>
        <location filename="../remote/settings_dialog.py" line="84"/>
        <source> dagen</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../remote/settings_dialog.py" line="89"/>
        <source>Verzoeken op afstand</source>
        <translation>Remote requests</translation>
    </message>
    <message>
        <location filename="../remote/settings_dialog.py" line="91"/>
        <source>Verloopt na:</source>
        <translation>Expires after:</translation>
    </message>
    <message>
        <location filename="../remote/settings_dialog.py" line="92"/>
        <source>Herinnering na:</source>
        <translation>Reminder after:</translation>
    </message>
    <message>
        <location filename="../remote/settings_dialog.py" line="93"/>
        <source>Antwoordadres:</source>
        <translation>Reply address:</translation>
    </message>
    <message>
        <location filename="../remote/settings_dialog.py" line="94"/>
        <source>App-/sms-nummer:</source>
        <translation>App/SMS number:</translation>
    </message>
    <message>
        <location filename="../remote/settings_dialog.py" line="95"/>
        <source>Contactregel:</source>
        <translation>Contact line:</translation>
    </message>
    <message>
        <location filename="../remote/settings_dialog.py" line="97"/>
        <source>leeg: de regel hierboven</source>
        <translation>empty: the line above</translation>
    </message>
    <message>
        <location filename="../remote/settings_dialog.py" line="98"/>
        <source>Contactregel (Engels):</source>
        <translation>Contact line (English):</translation>
    </message>
    <message>
        <location filename="../remote/settings_dialog.py" line="104"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../remote/settings_dialog.py" line="105"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../remote/settings_dialog.py" line="160"/>
        <source>CA-certificaat kiezen</source>
        <translation>Choose CA certificate</translation>
    </message>
    <message>
        <location filename="../remote/settings_dialog.py" line="160"/>
        <source>Certificaten (*.pem *.crt)</source>
        <translation>Certificates (*.pem *.crt)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../backup/restore_dialog.py" line="48"/>
        <source>Toestemming — reservekopie terugzetten</source>
        <translation>Toestemming — restore backup</translation>
    </message>
    <message>
        <location filename="../backup/restore_dialog.py" line="52"/>
        <source>De reservekopie wordt eerst volledig gecontroleerd en daarna als nieuwe kluis op de plek gezet die u kiest. De huidige kluis blijft onaangeroerd. Gebruik de wachtwoordzin die gold toen de reservekopie werd gemaakt, of de herstelsleutel.</source>
        <translation>The backup is first checked completely and then placed as a new vault at the location you choose. The current vault is left untouched. Use the passphrase that was valid when the backup was made, or the recovery key.</translation>
    </message>
    <message>
        <location filename="../backup/restore_dialog.py" line="60"/>
        <source>Reservekopie</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../backup/restore_dialog.py" line="62"/>
        <location filename="../backup/restore_dialog.py" line="123"/>
        <source>Nieuwe plek voor de kluis</source>
        <translation>New location for the vault</translation>
    </message>
    <message>
        <location filename="../backup/restore_dialog.py" line="68"/>
        <source>Wachtwoordzin of herstelsleutel</source>
        <translation>Passphrase or recovery key</translation>
    </message>
    <message>
        <location filename="../backup/restore_dialog.py" line="69"/>
        <source>Ik gebruik de herstelsleutel</source>
        <translation>I am using the recovery key</translation>
    </message>
    <message>
        <location filename="../backup/restore_dialog.py" line="70"/>
        <location filename="../backup/restore_dialog.py" line="71"/>
        <source>Kiezen…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../backup/restore_dialog.py" line="85"/>
        <source>Controleren en terugzetten</source>
        <translation>Check and restore</translation>
    </message>
    <message>
        <location filename="../backup/restore_dialog.py" line="88"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../backup/restore_dialog.py" line="95"/>
        <source>Reservekopie:</source>
        <translation>Backup:</translation>
    </message>
    <message>
        <location filename="../backup/restore_dialog.py" line="96"/>
        <source>Nieuwe kluis:</source>
        <translation>New vault:</translation>
    </message>
    <message>
        <location filename="../backup/restore_dialog.py" line="97"/>
        <source>Wachtwoordzin:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <location filename="../backup/restore_dialog.py" line="113"/>
        <source>Reservekopie kiezen</source>
        <translation>Choose backup</translation>
    </message>
    <message>
        <location filename="../backup/restore_dialog.py" line="115"/>
        <source>Reservekopie van Toestemming (*.tbackup)</source>
        <translation>Toestemming backup (*.tbackup)</translation>
    </message>
    <message>
        <location filename="../backup/restore_dialog.py" line="125"/>
        <source>Kluis (*.tvault)</source>
        <translation>Vault (*.tvault)</translation>
    </message>
    <message>
        <location filename="../backup/restore_dialog.py" line="136"/>
        <source>Kies de reservekopie en een nieuwe plek.</source>
        <translation>Choose the backup and a new location.</translation>
    </message>
    <message>
        <location filename="../backup/restore_dialog.py" line="142"/>
        <source>Bezig: controleren en terugzetten …</source>
        <translation>Busy: checking and restoring …</translation>
    </message>
    <message>
        <location filename="../backup/restore_dialog.py" line="173"/>
        <source>Mislukt.</source>
        <translation>Failed.</translation>
    </message>
</context>
<context>
    <name>RetentionActions</name>
    <message>
        <location filename="../retention.py" line="214"/>
        <source>&amp;Uitstroom vastleggen…</source>
        <translation>Record lea&amp;ving…</translation>
    </message>
    <message>
        <location filename="../retention.py" line="216"/>
        <source>Gegevens &amp;wissen (AVG)…</source>
        <translation>&amp;Erase data (GDPR)…</translation>
    </message>
    <message>
        <location filename="../retention.py" line="219"/>
        <source>&amp;Startkwalificatie vastleggen…</source>
        <translation>Record basic &amp;qualification…</translation>
    </message>
    <message>
        <location filename="../retention.py" line="225"/>
        <location filename="../retention.py" line="268"/>
        <source>&amp;Geschil loopt…</source>
        <translation>&amp;Dispute open…</translation>
    </message>
    <message>
        <location filename="../retention.py" line="270"/>
        <source>&amp;Geschil loopt (%1)…</source>
        <translation>&amp;Dispute open (%1)…</translation>
    </message>
    <message>
        <location filename="../retention.py" line="227"/>
        <source>Geschil &amp;voorbij</source>
        <translation>Dispute &amp;over</translation>
    </message>
    <message>
        <location filename="../retention.py" line="254"/>
        <source>Kies eerst een jongere in de lijst (niet gewist).</source>
        <translation>First choose a young person in the list (not erased).</translation>
    </message>
    <message>
        <location filename="../retention.py" line="273"/>
        <source>Er loopt geen geschil.</source>
        <translation>No dispute is open.</translation>
    </message>
    <message>
        <location filename="../retention.py" line="341"/>
        <source>Vastgelegd: het geschil is voorbij. De bewaartermijn geldt weer.</source>
        <translation>Recorded: the dispute is over. The retention period applies again.</translation>
    </message>
    <message>
        <location filename="../retention.py" line="349"/>
        <source>Gewist: %1</source>
        <translation>Erased: %1</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../core_labels.py" line="43"/>
        <source>jongere</source>
        <translation>young person</translation>
    </message>
    <message>
        <location filename="../core_labels.py" line="44"/>
        <source>ouder</source>
        <translation>parent</translation>
    </message>
    <message>
        <location filename="../core_labels.py" line="45"/>
        <source>voogd</source>
        <translation>guardian</translation>
    </message>
    <message>
        <location filename="../core_labels.py" line="46"/>
        <source>curator</source>
        <translation>curator</translation>
    </message>
    <message>
        <location filename="../core_labels.py" line="47"/>
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
</context>
<context>
    <name>SendRequestDialog</name>
    <message>
        <location filename="../remote/send_dialog.py" line="58"/>
        <source>Verzoek mailen — %1</source>
        <translation>E-mail the request — %1</translation>
    </message>
    <message>
        <location filename="../remote/send_dialog.py" line="62"/>
        <source>Aan</source>
        <translation>On</translation>
    </message>
    <message>
        <location filename="../remote/send_dialog.py" line="77"/>
        <source>E-mailadres</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <location filename="../remote/send_dialog.py" line="78"/>
        <source>naam@voorbeeld.nl</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../remote/send_dialog.py" line="79"/>
        <source>Adres &amp;opslaan</source>
        <translation>Save &amp;address</translation>
    </message>
    <message>
        <location filename="../remote/send_dialog.py" line="85"/>
        <source>Als herinnering</source>
        <translation>As a reminder</translation>
    </message>
    <message>
        <location filename="../remote/send_dialog.py" line="92"/>
        <source>Voorbeeld van het bericht</source>
        <translation>Preview of the message</translation>
    </message>
    <message>
        <location filename="../remote/send_dialog.py" line="95"/>
        <source>Hier verschijnt het bericht zodra er een e-mailadres is.</source>
        <translation>The message appears here once there is an e-mail address.</translation>
    </message>
    <message>
        <location filename="../remote/send_dialog.py" line="98"/>
        <source>Aan:</source>
        <translation>To:</translation>
    </message>
    <message>
        <location filename="../remote/send_dialog.py" line="99"/>
        <source>E-mailadres:</source>
        <translation>E-mail address:</translation>
    </message>
    <message>
        <location filename="../remote/send_dialog.py" line="102"/>
        <source>Onderwerp:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <location filename="../remote/send_dialog.py" line="104"/>
        <source>&amp;Versturen</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <location filename="../remote/send_dialog.py" line="106"/>
        <source>Opslaan als .&amp;eml…</source>
        <translation>Save as .&amp;eml…</translation>
    </message>
    <message>
        <location filename="../remote/send_dialog.py" line="107"/>
        <source>Openen in &amp;mailprogramma</source>
        <translation>Open in &amp;mail program</translation>
    </message>
    <message>
        <location filename="../remote/send_dialog.py" line="108"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../remote/send_dialog.py" line="112"/>
        <source>Er is geen mailserver ingesteld.</source>
        <translation>No mail server is set up.</translation>
    </message>
    <message>
        <location filename="../remote/send_dialog.py" line="162"/>
        <source>E-mailadres opgeslagen. U kunt het verzoek nu versturen.</source>
        <translation>E-mail address saved. You can send the request now.</translation>
    </message>
    <message>
        <location filename="../remote/send_dialog.py" line="179"/>
        <source>Er is nog geen e-mailadres bekend. Vul het hierboven in en klik op &apos;Adres opslaan&apos;; daarna ziet u hier het bericht en kunt u het versturen.</source>
        <translation>No e-mail address is known yet. Fill it in above and click &apos;Save address&apos;; then you will see the message here and can send it.</translation>
    </message>
    <message>
        <location filename="../remote/send_dialog.py" line="197"/>
        <source>Bezig met versturen…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location filename="../remote/send_dialog.py" line="208"/>
        <source>Verstuurd en vastgelegd (Message-ID %1).</source>
        <translation>Sent and recorded (Message-ID %1).</translation>
    </message>
    <message>
        <location filename="../remote/send_dialog.py" line="219"/>
        <source>Het verzoek staat nog open: verstuur het opnieuw na het aanmelden, of kies &apos;Opslaan als .eml&apos; en verstuur het met uw eigen mailprogramma.</source>
        <translation>The request is still open: send it again after signing in, or choose &apos;Save as .eml&apos; and send it with your own mail program.</translation>
    </message>
    <message>
        <location filename="../remote/send_dialog.py" line="238"/>
        <source>Bericht opslaan</source>
        <translation>Save message</translation>
    </message>
    <message>
        <location filename="../remote/send_dialog.py" line="238"/>
        <source>E-mail (*.eml)</source>
        <translation>E-mail (*.eml)</translation>
    </message>
    <message>
        <location filename="../remote/send_dialog.py" line="251"/>
        <source>Het bestand kon niet worden opgeslagen.</source>
        <translation>The file could not be saved.</translation>
    </message>
    <message>
        <location filename="../remote/send_dialog.py" line="254"/>
        <source>Opgeslagen. Verstuur het bestand vanuit uw mailprogramma.</source>
        <translation>Saved. Send the file from your mail program.</translation>
    </message>
    <message>
        <location filename="../remote/send_dialog.py" line="268"/>
        <source>Het bericht staat klaar in uw mailprogramma.</source>
        <translation>The message is ready in your mail program.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../settings/dialog.py" line="30"/>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../settings/dialog.py" line="40"/>
        <source>&amp;Ontvangers</source>
        <translation>Rec&amp;ipients</translation>
    </message>
    <message>
        <location filename="../settings/dialog.py" line="41"/>
        <source>&amp;Doelen</source>
        <translation>P&amp;urposes</translation>
    </message>
    <message>
        <location filename="../settings/dialog.py" line="42"/>
        <source>&amp;Gegevens</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <location filename="../settings/dialog.py" line="43"/>
        <source>&amp;Medewerkers</source>
        <translation>&amp;Workers</translation>
    </message>
    <message>
        <location filename="../settings/dialog.py" line="44"/>
        <source>&amp;Beleid</source>
        <translation>Polic&amp;y</translation>
    </message>
    <message>
        <location filename="../settings/dialog.py" line="45"/>
        <source>T&amp;aal</source>
        <translation>Lan&amp;guage</translation>
    </message>
    <message>
        <location filename="../settings/dialog.py" line="46"/>
        <source>T&amp;ijd</source>
        <translation>Ti&amp;me</translation>
    </message>
</context>
<context>
    <name>SharedReadOnlyBanner</name>
    <message>
        <location filename="../lock_banner.py" line="21"/>
        <source>Alleen-lezen</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <location filename="../lock_banner.py" line="27"/>
        <source>De kluis is op een andere plek al geopend. %1</source>
        <translation>The vault is already open somewhere else. %1</translation>
    </message>
    <message>
        <location filename="../lock_banner.py" line="31"/>
        <source>De kluis is alleen-lezen geopend.</source>
        <translation>The vault is opened read-only.</translation>
    </message>
    <message>
        <location filename="../lock_banner.py" line="34"/>
        <source>&lt;b&gt;Alleen-lezen.&lt;/b&gt; </source>
        <translation>&lt;b&gt;Read-only.&lt;/b&gt; </translation>
    </message>
    <message>
        <location filename="../lock_banner.py" line="37"/>
        <source> U kunt alles bekijken, maar niets wijzigen. Wilt u wijzigen: sluit de kluis daar, vergrendel haar hier en open haar opnieuw.</source>
        <translation> You can look at everything but change nothing. To make changes: close the vault there, lock it here and open it again.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../signing/pad.py" line="57"/>
        <source>Vak voor de handtekening</source>
        <translation>Signature box</translation>
    </message>
</context>
<context>
    <name>SigningMode</name>
    <message>
        <location filename="../signing/mode.py" line="103"/>
        <source>Ondertekenen</source>
        <translation>Signing</translation>
    </message>
</context>
<context>
    <name>StatusHeading</name>
    <message>
        <location filename="../consent_list.py" line="298"/>
        <source>1 onderdeel</source>
        <translation>1 item</translation>
    </message>
    <message numerus="yes">
        <location filename="../consent_list.py" line="298"/>
        <source>%n onderdelen</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../setup/passphrase_fields.py" line="69"/>
        <source>Sterkte van de wachtwoordzin</source>
        <translation>Passphrase strength</translation>
    </message>
    <message>
        <location filename="../setup/passphrase_fields.py" line="95"/>
        <source>nog leeg</source>
        <translation>still empty</translation>
    </message>
    <message>
        <location filename="../setup/passphrase_fields.py" line="97"/>
        <source>te zwak</source>
        <translation>too weak</translation>
    </message>
    <message>
        <location filename="../setup/passphrase_fields.py" line="98"/>
        <source>matig</source>
        <translation>fair</translation>
    </message>
    <message>
        <location filename="../setup/passphrase_fields.py" line="99"/>
        <source>redelijk</source>
        <translation>reasonable</translation>
    </message>
    <message>
        <location filename="../setup/passphrase_fields.py" line="100"/>
        <source>sterk</source>
        <translation>strong</translation>
    </message>
    <message>
        <location filename="../setup/passphrase_fields.py" line="101"/>
        <source>zeer sterk</source>
        <translation>very strong</translation>
    </message>
    <message>
        <location filename="../setup/passphrase_fields.py" line="108"/>
        <source>De wachtwoordzin is te kort: gebruik minstens 12 tekens, bijvoorbeeld vier losse woorden.</source>
        <translation>The passphrase is too short: use at least 12 characters, for example four separate words.</translation>
    </message>
    <message>
        <location filename="../setup/passphrase_fields.py" line="111"/>
        <source>De wachtwoordzin herhaalt te veel dezelfde tekens.</source>
        <translation>The passphrase repeats the same characters too often.</translation>
    </message>
    <message>
        <location filename="../setup/passphrase_fields.py" line="112"/>
        <source>Toegestaan, maar een extra woord maakt haar veel sterker.</source>
        <translation>Allowed, but one more word makes it much stronger.</translation>
    </message>
    <message>
        <location filename="../setup/passphrase_fields.py" line="114"/>
        <source>De wachtwoordzin is te makkelijk te raden (een bekend woord, een naam of een reeks). Kies bijvoorbeeld vier losse woorden die niets met u of uw werk te maken hebben.</source>
        <translation>The passphrase is too easy to guess (a common word, a name or a sequence). Choose, for example, four separate words that have nothing to do with you or your work.</translation>
    </message>
</context>
<context>
    <name>TeamPanel</name>
    <message>
        <location filename="../unlock_team.py" line="85"/>
        <source>Opgeslagen verbinding</source>
        <translation>Saved connection</translation>
    </message>
    <message>
        <location filename="../unlock_team.py" line="94"/>
        <source>bv. anna_devries</source>
        <translation>e.g. anna_devries</translation>
    </message>
    <message>
        <location filename="../unlock_team.py" line="97"/>
        <source>ca.crt van de ICT-afdeling</source>
        <translation>ca.crt from the IT department</translation>
    </message>
    <message>
        <location filename="../unlock_team.py" line="98"/>
        <source>Inloggen met een &amp;clientcertificaat</source>
        <translation>Log in with a c&amp;lient certificate</translation>
    </message>
    <message>
        <location filename="../unlock_team.py" line="104"/>
        <source>Wachtwoord</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../unlock_team.py" line="105"/>
        <source>Wachtwoord o&amp;nthouden op deze computer</source>
        <translation>&amp;Remember the password on this computer</translation>
    </message>
    <message>
        <location filename="../unlock_team.py" line="107"/>
        <source>In de wachtwoordkluis van de computer, nooit in een bestand.</source>
        <translation>In the computer&apos;s password store, never in a file.</translation>
    </message>
    <message>
        <location filename="../unlock_team.py" line="113"/>
        <source>Vergeten</source>
        <translation>Forget</translation>
    </message>
    <message>
        <location filename="../unlock_team.py" line="116"/>
        <source>Deze verbinding en het onthouden wachtwoord van deze computer verwijderen</source>
        <translation>Remove this connection and its remembered password from this computer</translation>
    </message>
    <message>
        <location filename="../unlock_team.py" line="124"/>
        <source>&amp;Verbinding:</source>
        <translation>Co&amp;nnection:</translation>
    </message>
    <message>
        <location filename="../unlock_team.py" line="127"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../unlock_team.py" line="128"/>
        <source>&amp;Poort:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../unlock_team.py" line="129"/>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <location filename="../unlock_team.py" line="130"/>
        <source>&amp;Gebruikersnaam:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../unlock_team.py" line="131"/>
        <source>&amp;Organisatie:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../unlock_team.py" line="132"/>
        <source>C&amp;A-certificaat:</source>
        <translation>C&amp;A certificate:</translation>
    </message>
    <message>
        <location filename="../unlock_team.py" line="135"/>
        <source>C&amp;ertificaat:</source>
        <translation>C&amp;ertificate:</translation>
    </message>
    <message>
        <location filename="../unlock_team.py" line="137"/>
        <source>S&amp;leutel:</source>
        <translation>&amp;Key:</translation>
    </message>
    <message>
        <location filename="../unlock_team.py" line="138"/>
        <source>&amp;Wachtwoord:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <location filename="../unlock_team.py" line="157"/>
        <source>Kiezen…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../unlock_team.py" line="174"/>
        <source>Bestand kiezen</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <location filename="../unlock_team.py" line="176"/>
        <source>Certificaten en sleutels (*.crt *.pem *.key);;Alle bestanden (*)</source>
        <translation>Certificates and keys (*.crt *.pem *.key);;All files (*)</translation>
    </message>
    <message>
        <location filename="../unlock_team.py" line="188"/>
        <source>Nieuwe verbinding…</source>
        <translation>New connection…</translation>
    </message>
</context>
<context>
    <name>ThanksPage</name>
    <message>
        <location filename="../signing/pages.py" line="277"/>
        <source>Begeleider: uw wachtwoordzin om af te sluiten</source>
        <translation>Worker: your passphrase to finish</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <location filename="../today_panel.py" line="89"/>
        <source>wacht op antwoord, van vandaag</source>
        <translation>awaiting reply, from today</translation>
    </message>
    <message>
        <location filename="../today_panel.py" line="92"/>
        <source>wacht op antwoord, %n dag oud</source>
        <translation>awaiting reply, %n day old</translation>
    </message>
    <message>
        <location filename="../today_panel.py" line="93"/>
        <source>wacht op antwoord, %n dagen oud</source>
        <translation>awaiting reply, %n days old</translation>
    </message>
    <message>
        <location filename="../today_panel.py" line="109"/>
        <source>op afstand verstuurd, %n dag geleden; verloopt op %2</source>
        <translation>sent remotely, %n day ago; expires on %2</translation>
    </message>
    <message>
        <location filename="../today_panel.py" line="112"/>
        <source>op afstand verstuurd, %n dagen geleden; verloopt op %2</source>
        <translation>sent remotely, %n days ago; expires on %2</translation>
    </message>
    <message>
        <location filename="../today_panel.py" line="117"/>
        <source> — herinnering sturen</source>
        <translation> — send reminder</translation>
    </message>
    <message>
        <location filename="../today_panel.py" line="138"/>
        <source>Geschil: %1 — niet wissen zolang het loopt</source>
        <translation>Dispute: %1 — do not erase while it is open</translation>
    </message>
    <message>
        <location filename="../today_panel.py" line="149"/>
        <source>Wacht op antwoord</source>
        <translation>Awaiting reply</translation>
    </message>
    <message>
        <location filename="../today_panel.py" line="151"/>
        <source>Verloopt binnen 30 dagen</source>
        <translation>Expiring within 30 days</translation>
    </message>
    <message>
        <location filename="../today_panel.py" line="155"/>
        <source>Herbevestigen (16 geworden)</source>
        <translation>Re-confirm (turned 16)</translation>
    </message>
    <message>
        <location filename="../today_panel.py" line="159"/>
        <source>Wie beslist is veranderd</source>
        <translation>Who decides has changed</translation>
    </message>
    <message>
        <location filename="../today_panel.py" line="163"/>
        <source>Opnieuw vragen (doeltekst gewijzigd)</source>
        <translation>Ask again (purpose text changed)</translation>
    </message>
    <message>
        <location filename="../today_panel.py" line="167"/>
        <source>Intrekking: ontvangers informeren</source>
        <translation>Withdrawal: inform recipients</translation>
    </message>
    <message>
        <location filename="../today_panel.py" line="171"/>
        <source>Bewaartermijn verstreken</source>
        <translation>Retention period expired</translation>
    </message>
    <message>
        <location filename="../today_panel.py" line="179"/>
        <source>Vastgehouden door een geschil</source>
        <translation>Held by a dispute</translation>
    </message>
    <message>
        <location filename="../today_panel.py" line="217"/>
        <source>Vandaag</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../today_panel.py" line="223"/>
        <location filename="../today_panel.py" line="333"/>
        <source>Jongere</source>
        <translation>Young person</translation>
    </message>
    <message>
        <location filename="../today_panel.py" line="223"/>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../today_panel.py" line="223"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../today_panel.py" line="230"/>
        <source>Werklijsten voor vandaag</source>
        <translation>Worklists for today</translation>
    </message>
    <message>
        <location filename="../today_panel.py" line="268"/>
        <source>Enter op een regel: daar verder werken</source>
        <translation>Enter on a line: continue working there</translation>
    </message>
    <message>
        <location filename="../today_panel.py" line="333"/>
        <source>Jongere — wat</source>
        <translation>Young person — what</translation>
    </message>
    <message>
        <location filename="../today_panel.py" line="383"/>
        <source>Mailbox laatst bekeken om %1</source>
        <translation>Mailbox last checked at %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../today_panel.py" line="387"/>
        <source>kijkt elke %n minuten</source>
        <translation>
            <numerusform>checks every %n minute</numerusform>
            <numerusform>checks every %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../today_panel.py" line="392"/>
        <source>kijkt alleen met de knop Nu kijken</source>
        <translation>checks only with the Check now button</translation>
    </message>
    <message numerus="yes">
        <location filename="../today_panel.py" line="398"/>
        <source>%n bericht(en) met een referentiecode zijn groter dan 25 MB en staan alleen in de mailbox; sla ze op en lees ze in via Antwoord inlezen.</source>
        <translation>
            <numerusform>%n message with a reference code is larger than 25 MB and is only in the mailbox; save it and import it via Import a reply.</numerusform>
            <numerusform>%n messages with a reference code are larger than 25 MB and are only in the mailbox; save them and import them via Import a reply.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../today_panel.py" line="467"/>
        <source>%n dossier vastgehouden door een geschil — bekijken</source>
        <translation>%n record held by a dispute — show</translation>
    </message>
    <message>
        <location filename="../today_panel.py" line="468"/>
        <source>%n dossiers vastgehouden door een geschil — bekijken</source>
        <translation>%n records held by a dispute — show</translation>
    </message>
    <message numerus="yes">
        <location filename="../today_panel.py" line="510"/>
        <source>… en nog %n</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransitionFormDialog</name>
    <message>
        <location filename="../forms/transition_dialog.py" line="90"/>
        <source>Transitieformulier — %1</source>
        <translation>Transition form — %1</translation>
    </message>
    <message>
        <location filename="../forms/transition_dialog.py" line="102"/>
        <source>(geen toestemming gekoppeld)</source>
        <translation>(no consent linked)</translation>
    </message>
    <message>
        <location filename="../forms/transition_dialog.py" line="119"/>
        <source>Alleen wat deze toestemming dekt, komt op het formulier. Wat zij niet dekt, wordt weggelaten; het formulier zegt dat erbij. Bekijk het voorbeeld.</source>
        <translation>Only what this consent covers goes on the form. What it does not cover is left out, and the form says so. Check the preview.</translation>
    </message>
    <message>
        <location filename="../forms/transition_dialog.py" line="128"/>
        <source>Stageplaats</source>
        <translation>Internship placement</translation>
    </message>
    <message>
        <location filename="../forms/transition_dialog.py" line="129"/>
        <source>Soort werk</source>
        <translation>Kind of work</translation>
    </message>
    <message>
        <location filename="../forms/transition_dialog.py" line="130"/>
        <source>Van (dd-mm-jjjj)</source>
        <translation>From (dd-mm-yyyy)</translation>
    </message>
    <message>
        <location filename="../forms/transition_dialog.py" line="131"/>
        <source>Tot (dd-mm-jjjj)</source>
        <translation>Until (dd-mm-yyyy)</translation>
    </message>
    <message>
        <location filename="../forms/transition_dialog.py" line="132"/>
        <source>Uren/week</source>
        <translation>Hours/week</translation>
    </message>
    <message>
        <location filename="../forms/transition_dialog.py" line="133"/>
        <source>Hoe ging het</source>
        <translation>How it went</translation>
    </message>
    <message>
        <location filename="../forms/transition_dialog.py" line="134"/>
        <source>Begeleiding nodig</source>
        <translation>Guidance needed</translation>
    </message>
    <message>
        <location filename="../forms/transition_dialog.py" line="149"/>
        <source>Stage &amp;toevoegen</source>
        <translation>&amp;Add internship</translation>
    </message>
    <message>
        <location filename="../forms/transition_dialog.py" line="150"/>
        <source>Stage ve&amp;rwijderen</source>
        <translation>&amp;Remove internship</translation>
    </message>
    <message>
        <location filename="../forms/transition_dialog.py" line="211"/>
        <source>Gekoppelde toe&amp;stemming:</source>
        <translation>Linked &amp;consent:</translation>
    </message>
    <message>
        <location filename="../forms/transition_dialog.py" line="161"/>
        <source>nog niet bekend</source>
        <translation>not known yet</translation>
    </message>
    <message>
        <location filename="../forms/transition_dialog.py" line="170"/>
        <location filename="../forms/transition_dialog.py" line="171"/>
        <source>Toelichting (optioneel)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <location filename="../forms/transition_dialog.py" line="175"/>
        <source>Contactpersoon school</source>
        <translation>Contact person school</translation>
    </message>
    <message>
        <location filename="../forms/transition_dialog.py" line="176"/>
        <source>Contactpersoon gemeente</source>
        <translation>Contact person municipality</translation>
    </message>
    <message>
        <location filename="../forms/transition_dialog.py" line="182"/>
        <source>&amp;Voorbeeld, opslaan als PDF, afdrukken…</source>
        <translation>&amp;Preview, save as PDF, print…</translation>
    </message>
    <message>
        <location filename="../forms/transition_dialog.py" line="186"/>
        <source>&amp;Bewaren</source>
        <translation>&amp;Keep</translation>
    </message>
    <message>
        <location filename="../forms/transition_dialog.py" line="189"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../forms/transition_dialog.py" line="137"/>
        <location filename="../forms/transition_dialog.py" line="195"/>
        <source>Stages</source>
        <translation>Internships</translation>
    </message>
    <message>
        <location filename="../forms/transition_dialog.py" line="203"/>
        <source>Ontwikkelingsperspectief</source>
        <translation>Development perspective</translation>
    </message>
    <message>
        <location filename="../forms/transition_dialog.py" line="250"/>
        <source>Versie %1 geladen.</source>
        <translation>Version %1 loaded.</translation>
    </message>
    <message>
        <location filename="../forms/transition_dialog.py" line="287"/>
        <source>Stage %1</source>
        <translation>Internship %1</translation>
    </message>
    <message>
        <location filename="../forms/transition_dialog.py" line="291"/>
        <source>%1: uren per week moet een heel getal zijn.</source>
        <translation>%1: hours per week must be a whole number.</translation>
    </message>
    <message>
        <location filename="../forms/transition_dialog.py" line="322"/>
        <source>Bewaard als versie %1.</source>
        <translation>Saved as version %1.</translation>
    </message>
    <message>
        <location filename="../forms/transition_dialog.py" line="335"/>
        <source>Transitieformulier — voorbeeld</source>
        <translation>Transition form — preview</translation>
    </message>
</context>
<context>
    <name>TrustedTimePage</name>
    <message>
        <location filename="../settings/trusted_time.py" line="33"/>
        <source>Met een tijdstempeldienst (RFC 3161) krijgen bewijzen en het logboek een tijd die niet van de klok van deze computer afhangt. Zonder dienst werkt alles gewoon; bewijzen zeggen dan &apos;geen vertrouwde tijdstempel&apos;.</source>
        <translation>With a timestamp service (RFC 3161), proofs and the log get a time that does not depend on this computer&apos;s clock. Without one everything still works; proofs then say &apos;no trusted timestamp&apos;.</translation>
    </message>
    <message>
        <location filename="../settings/trusted_time.py" line="41"/>
        <source>Adres van de tijdstempeldienst</source>
        <translation>Address of the timestamp service</translation>
    </message>
    <message>
        <location filename="../settings/trusted_time.py" line="42"/>
        <source>Opslaan en te&amp;sten</source>
        <translation>Save and te&amp;st</translation>
    </message>
    <message>
        <location filename="../settings/trusted_time.py" line="45"/>
        <source>&amp;Uitzetten</source>
        <translation>&amp;Turn off</translation>
    </message>
    <message>
        <location filename="../settings/trusted_time.py" line="51"/>
        <source>Tijdstempeldienst:</source>
        <translation>Timestamp service:</translation>
    </message>
    <message>
        <location filename="../settings/trusted_time.py" line="69"/>
        <source>Geen tijdstempeldienst ingesteld.</source>
        <translation>No timestamp service set.</translation>
    </message>
    <message>
        <location filename="../settings/trusted_time.py" line="73"/>
        <source>Laatste controlepunt gestempeld op %1.</source>
        <translation>Last checkpoint stamped on %1.</translation>
    </message>
    <message>
        <location filename="../settings/trusted_time.py" line="80"/>
        <source>De dienst antwoordde de laatste keer niet; de volgende keer opnieuw.</source>
        <translation>The service did not answer last time; it will be tried again next time.</translation>
    </message>
    <message>
        <location filename="../settings/trusted_time.py" line="95"/>
        <source>Opgeslagen. Bezig met testen …</source>
        <translation>Saved. Testing …</translation>
    </message>
    <message>
        <location filename="../settings/trusted_time.py" line="111"/>
        <source>Opgeslagen en getest: de dienst gaf als tijd %1.</source>
        <translation>Saved and tested: the service gave the time %1.</translation>
    </message>
    <message>
        <location filename="../settings/trusted_time.py" line="119"/>
        <source>Opgeslagen, maar de test mislukte: %1 Bewijzen worden gewoon gemaakt.</source>
        <translation>Saved, but the test failed: %1 Proofs are still made.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../unlock.py" line="83"/>
        <location filename="../unlock.py" line="323"/>
        <source>Toestemming — kluis ontgrendelen</source>
        <translation>Toestemming — unlock vault</translation>
    </message>
    <message>
        <location filename="../unlock.py" line="85"/>
        <location filename="../unlock.py" line="318"/>
        <source>Kluis ontgrendelen</source>
        <translation>Unlock vault</translation>
    </message>
    <message>
        <location filename="../unlock.py" line="89"/>
        <source>Kluis: %1</source>
        <translation>Vault: %1</translation>
    </message>
    <message>
        <location filename="../unlock.py" line="96"/>
        <source>Demokluis — wachtwoordzin: %1</source>
        <translation>Demo vault — passphrase: %1</translation>
    </message>
    <message>
        <location filename="../unlock.py" line="101"/>
        <source>Wachtwoordzin</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../unlock.py" line="102"/>
        <source>Herstelsleutel</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../unlock.py" line="107"/>
        <source>&amp;Wachtwoordzin:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../unlock.py" line="110"/>
        <source>&amp;Herstelsleutel:</source>
        <translation>&amp;Recovery key:</translation>
    </message>
    <message>
        <location filename="../unlock.py" line="113"/>
        <source>De herstelsleutel staat op het papier dat bij het aanmaken van de kluis is uitgeprint of opgeschreven.</source>
        <translation>The recovery key is on the paper that was printed or written down when the vault was created.</translation>
    </message>
    <message>
        <location filename="../unlock.py" line="118"/>
        <location filename="../unlock.py" line="343"/>
        <source>Herstelsleutel gebruiken</source>
        <translation>Use recovery key</translation>
    </message>
    <message>
        <location filename="../unlock.py" line="133"/>
        <source>Alleen-lezen openen</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <location filename="../unlock.py" line="141"/>
        <location filename="../unlock.py" line="315"/>
        <source>Bezig met ontgrendelen…</source>
        <translation>Unlocking…</translation>
    </message>
    <message>
        <location filename="../unlock.py" line="147"/>
        <location filename="../unlock.py" line="325"/>
        <source>Ontgrendelen</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../unlock.py" line="151"/>
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../unlock.py" line="157"/>
        <source>Nieuwe kluis maken…</source>
        <translation>Create a new vault…</translation>
    </message>
    <message>
        <location filename="../unlock.py" line="162"/>
        <source>&amp;Kluisbestand</source>
        <translation>Vault &amp;file</translation>
    </message>
    <message>
        <location filename="../unlock.py" line="163"/>
        <source>&amp;Teamserver</source>
        <translation>&amp;Team server</translation>
    </message>
    <message>
        <location filename="../unlock.py" line="315"/>
        <source>Verbinden met de teamserver…</source>
        <translation>Connecting to the team server…</translation>
    </message>
    <message>
        <location filename="../unlock.py" line="318"/>
        <source>Teamserver openen</source>
        <translation>Open the team server</translation>
    </message>
    <message>
        <location filename="../unlock.py" line="321"/>
        <source>Toestemming — teamserver openen</source>
        <translation>Toestemming — open the team server</translation>
    </message>
    <message>
        <location filename="../unlock.py" line="325"/>
        <source>Verbinden</source>
        <translation>Connect</translation>
    </message>
    <message>
        <location filename="../unlock.py" line="343"/>
        <source>Wachtwoordzin gebruiken</source>
        <translation>Use passphrase</translation>
    </message>
    <message>
        <location filename="../unlock.py" line="401"/>
        <source>Vul de herstelsleutel in.</source>
        <translation>Enter the recovery key.</translation>
    </message>
    <message>
        <location filename="../unlock.py" line="403"/>
        <source>Vul de wachtwoordzin in.</source>
        <translation>Enter the passphrase.</translation>
    </message>
    <message>
        <location filename="../unlock.py" line="482"/>
        <source>Wachtwoord niet onthouden</source>
        <translation>Password not remembered</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../signing/pages.py" line="495"/>
        <source>Alleen voor de begeleider</source>
        <translation>For the counsellor only</translation>
    </message>
    <message>
        <location filename="../signing/pages.py" line="497"/>
        <source>Voer uw wachtwoordzin in om de ondertekenmodus te verlaten.</source>
        <translation>Enter your passphrase to leave signing mode.</translation>
    </message>
    <message>
        <location filename="../signing/pages.py" line="503"/>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>VaultCare</name>
    <message>
        <location filename="../vault_care.py" line="55"/>
        <source>&amp;Reservekopie maken…</source>
        <translation>&amp;Make backup…</translation>
    </message>
    <message>
        <location filename="../vault_care.py" line="61"/>
        <source>Reservekopie &amp;terugzetten op een nieuwe plek…</source>
        <translation>&amp;Restore backup to a new location…</translation>
    </message>
    <message>
        <location filename="../vault_care.py" line="64"/>
        <source>A&amp;utomatische reservekopieën…</source>
        <translation>A&amp;utomatic backups…</translation>
    </message>
    <message>
        <location filename="../vault_care.py" line="115"/>
        <source>Automatische reservekopie gemaakt en gecontroleerd.</source>
        <translation>Automatic backup made and checked.</translation>
    </message>
    <message>
        <location filename="../vault_care.py" line="122"/>
        <source>Automatische reservekopie mislukt: %1</source>
        <translation>Automatic backup failed: %1</translation>
    </message>
    <message>
        <location filename="../vault_care.py" line="195"/>
        <source>Verlopen omdat er geen antwoord kwam: %n verzoek op afstand.</source>
        <translation>Expired because no reply came: %n remote request.</translation>
    </message>
    <message>
        <location filename="../vault_care.py" line="196"/>
        <source>Verlopen omdat er geen antwoord kwam: %n verzoeken op afstand.</source>
        <translation>Expired because no reply came: %n remote requests.</translation>
    </message>
    <message>
        <location filename="../vault_care.py" line="225"/>
        <source>De gegevens konden niet met het logboek worden vergeleken: %1</source>
        <translation>The data could not be compared with the log: %1</translation>
    </message>
    <message>
        <location filename="../vault_care.py" line="341"/>
        <source>Automatische reservekopie</source>
        <translation>Automatic backup</translation>
    </message>
    <message>
        <location filename="../vault_care.py" line="343"/>
        <source>De automatische reservekopie is mislukt: %1

De kluis wordt nu gesloten. Maak bij de volgende keer een reservekopie via Kluis → Reservekopie maken.</source>
        <translation>The automatic backup failed: %1

The vault will now be closed. Next time, make a backup via Vault → Make backup.</translation>
    </message>
    <message>
        <location filename="../vault_care.py" line="360"/>
        <source>Automatische reservekopie maken en controleren…</source>
        <translation>Making and checking the automatic backup…</translation>
    </message>
    <message>
        <location filename="../vault_care.py" line="362"/>
        <source>Toestemming</source>
        <translation>Toestemming</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../verify_view.py" line="63"/>
        <source>Bewijspakket controleren</source>
        <translation>Check proof package</translation>
    </message>
    <message>
        <location filename="../verify_view.py" line="65"/>
        <source>Pakket: %1</source>
        <translation>Package: %1</translation>
    </message>
    <message>
        <location filename="../verify_view.py" line="67"/>
        <location filename="../verify_view.py" line="110"/>
        <source>Bezig met controleren…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../verify_view.py" line="69"/>
        <source>Uitkomst</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../verify_view.py" line="77"/>
        <source>Verslag van de controle</source>
        <translation>Check report</translation>
    </message>
    <message>
        <location filename="../verify_view.py" line="79"/>
        <source>Met vertrouwensbestand controleren…</source>
        <translation>Check with trust file…</translation>
    </message>
    <message>
        <location filename="../verify_view.py" line="81"/>
        <source>Het bestand dat de organisatie zelf aan u gaf of op haar website zette.</source>
        <translation>The file the organisation gave you itself or put on its website.</translation>
    </message>
    <message>
        <location filename="../verify_view.py" line="84"/>
        <source>Met vingerafdruk controleren…</source>
        <translation>Check with fingerprint…</translation>
    </message>
    <message>
        <location filename="../verify_view.py" line="87"/>
        <source>De vingerafdruk die de organisatie u gaf (bel op een nummer dat u zelf opzoekt).</source>
        <translation>The fingerprint the organisation gave you (call a number you look up yourself).</translation>
    </message>
    <message>
        <location filename="../verify_view.py" line="128"/>
        <source>In orde: het pakket is intact en ondertekend door de organisatie die u vertrouwt.</source>
        <translation>In order: the package is intact and signed by the organisation you trust.</translation>
    </message>
    <message>
        <location filename="../verify_view.py" line="132"/>
        <source>Intact, maar de ondertekenaar is niet bevestigd: vergelijk de vingerafdruk hieronder met die van de organisatie.</source>
        <translation>Intact, but the signer has not been confirmed: compare the fingerprint below with the organisation&apos;s.</translation>
    </message>
    <message>
        <location filename="../verify_view.py" line="136"/>
        <source>In orde.</source>
        <translation>In order.</translation>
    </message>
    <message>
        <location filename="../verify_view.py" line="138"/>
        <source>NIET in orde: lees hieronder wat er mis is.</source>
        <translation>NOT in order: read below what is wrong.</translation>
    </message>
    <message>
        <location filename="../verify_view.py" line="142"/>
        <source>Of controleer opnieuw met de knop “Met vertrouwensbestand controleren…” of “Met vingerafdruk controleren…” hieronder.</source>
        <translation>Or check again with the button “Check with trust file…” or “Check with fingerprint…” below.</translation>
    </message>
    <message>
        <location filename="../verify_view.py" line="155"/>
        <source>Vertrouwensbestand van de organisatie kiezen</source>
        <translation>Choose the organisation&apos;s trust file</translation>
    </message>
    <message>
        <location filename="../verify_view.py" line="157"/>
        <source>Vertrouwensbestand (*.json);;Alle bestanden (*)</source>
        <translation>Trust file (*.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../verify_view.py" line="165"/>
        <source>Vingerafdruk van de organisatie</source>
        <translation>The organisation&apos;s fingerprint</translation>
    </message>
    <message>
        <location filename="../verify_view.py" line="167"/>
        <source>De vingerafdruk (32 tekens, in groepjes van vier) of de publieke sleutel, zoals de organisatie die u gaf:</source>
        <translation>The fingerprint (32 characters, in groups of four) or the public key, as the organisation gave it to you:</translation>
    </message>
    <message>
        <location filename="../verify_view.py" line="181"/>
        <source>Kan niet controleren</source>
        <translation>Cannot check</translation>
    </message>
    <message>
        <location filename="../verify_view.py" line="189"/>
        <source>Dit pakket kan niet worden gecontroleerd.</source>
        <translation>This package cannot be checked.</translation>
    </message>
    <message>
        <location filename="../verify_view.py" line="204"/>
        <source>Bewijspakket kiezen</source>
        <translation>Choose proof package</translation>
    </message>
    <message>
        <location filename="../verify_view.py" line="206"/>
        <source>Bewijspakket (*.tbewijs *.zip)</source>
        <translation>Proof package (*.tbewijs *.zip)</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <location filename="../consent/withdraw.py" line="213"/>
        <source>Toestemming intrekken — %1</source>
        <translation>Withdraw consent — %1</translation>
    </message>
    <message>
        <location filename="../consent/withdraw.py" line="227"/>
        <source>onderdeel %1: %2 — %3</source>
        <translation>item %1: %2 — %3</translation>
    </message>
    <message>
        <location filename="../consent/withdraw.py" line="239"/>
        <source>Het hele verzoek %1 (%n onderdeel dat nog loopt)</source>
        <translation>The whole request %1 (%n item still active)</translation>
    </message>
    <message>
        <location filename="../consent/withdraw.py" line="240"/>
        <source>Het hele verzoek %1 (%n onderdelen die nog lopen)</source>
        <translation>The whole request %1 (%n items still active)</translation>
    </message>
    <message>
        <location filename="../consent/withdraw.py" line="260"/>
        <source>&amp;Wie trekt in:</source>
        <translation>&amp;Who withdraws:</translation>
    </message>
    <message>
        <location filename="../consent/withdraw.py" line="261"/>
        <source>&amp;Hoe:</source>
        <translation>&amp;How:</translation>
    </message>
    <message>
        <location filename="../consent/withdraw.py" line="262"/>
        <source>Wann&amp;eer:</source>
        <translation>Wh&amp;en:</translation>
    </message>
    <message>
        <location filename="../consent/withdraw.py" line="263"/>
        <source>Bewijsstuk:</source>
        <translation>Evidence:</translation>
    </message>
    <message>
        <location filename="../consent/withdraw.py" line="274"/>
        <source>&amp;Intrekken…</source>
        <translation>W&amp;ithdraw…</translation>
    </message>
    <message>
        <location filename="../consent/withdraw.py" line="279"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../consent/withdraw.py" line="284"/>
        <source>Wat wordt ingetrokken?</source>
        <translation>What is being withdrawn?</translation>
    </message>
    <message>
        <location filename="../consent/withdraw.py" line="292"/>
        <source>Intrekken kan altijd en zonder reden. Wat al gedeeld is, blijft rechtmatig; daarna wordt niets meer gedeeld.</source>
        <translation>Consent can be withdrawn at any time without a reason. What was already shared stays lawful; nothing more is shared afterwards.</translation>
    </message>
    <message>
        <location filename="../consent/withdraw.py" line="313"/>
        <source>&amp;Ja, intrekken</source>
        <translation>&amp;Yes, withdraw</translation>
    </message>
    <message>
        <location filename="../consent/withdraw.py" line="316"/>
        <source>&amp;Terug</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../consent/withdraw.py" line="322"/>
        <source>Intrekking bevestigen</source>
        <translation>Confirm withdrawal</translation>
    </message>
    <message>
        <location filename="../consent/withdraw.py" line="332"/>
        <source>Kies wie de toestemming intrekt.</source>
        <translation>Choose who withdraws the consent.</translation>
    </message>
    <message>
        <location filename="../consent/withdraw.py" line="336"/>
        <source>nu</source>
        <translation>now</translation>
    </message>
    <message>
        <location filename="../consent/withdraw.py" line="339"/>
        <source>%1 trekt de toestemming in voor:</source>
        <translation>%1 withdraws consent for:</translation>
    </message>
    <message>
        <location filename="../consent/withdraw.py" line="346"/>
        <source>Hoe: %1. Wanneer: %2.</source>
        <translation>How: %1. When: %2.</translation>
    </message>
    <message>
        <location filename="../consent/withdraw.py" line="350"/>
        <source>Dit wordt vastgelegd en kan niet ongedaan worden gemaakt.</source>
        <translation>This is recorded and cannot be undone.</translation>
    </message>
    <message>
        <location filename="../consent/withdraw.py" line="384"/>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../consent/withdraw.py" line="388"/>
        <source>&amp;Bevestiging afdrukken…</source>
        <translation>&amp;Print confirmation…</translation>
    </message>
    <message>
        <location filename="../consent/withdraw.py" line="408"/>
        <source>1 onderdeel</source>
        <translation>1 item</translation>
    </message>
    <message numerus="yes">
        <location filename="../consent/withdraw.py" line="408"/>
        <source>%n onderdelen</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../consent/withdraw.py" line="410"/>
        <source>Ingetrokken op %1: %2. Daarvoor wordt niets meer gedeeld.</source>
        <translation>Withdrawn on %1: %2. Nothing more will be shared for it.</translation>
    </message>
</context>
<context>
    <name>WorkersPage</name>
    <message>
        <location filename="../settings/workers.py" line="194"/>
        <source>Medewerker &amp;toevoegen…</source>
        <translation>&amp;Add worker…</translation>
    </message>
    <message>
        <location filename="../settings/workers.py" line="195"/>
        <source>Medewerker &amp;verwijderen…</source>
        <translation>&amp;Remove worker…</translation>
    </message>
    <message>
        <location filename="../settings/workers.py" line="196"/>
        <source>Mijn wachtwoordzin &amp;wijzigen…</source>
        <translation>&amp;Change my passphrase…</translation>
    </message>
    <message>
        <location filename="../settings/workers.py" line="197"/>
        <source>&amp;Herstelsleutel vernieuwen…</source>
        <translation>Re&amp;new recovery key…</translation>
    </message>
    <message>
        <location filename="../settings/workers.py" line="200"/>
        <source>Na het verwijderen van iemand die de herstelsleutel kende: wie de kluis maakte, kende hem. De oude sleutel werkt daarna niet meer.</source>
        <translation>After removing someone who knew the recovery key: whoever made the vault knew it. The old key stops working.</translation>
    </message>
    <message>
        <location filename="../settings/workers.py" line="208"/>
        <source>Iedere medewerker opent de kluis met een eigen wachtwoordzin. Alles wat iemand vastlegt, staat in het logboek op zijn of haar naam. U bent aangemeld als %1.</source>
        <translation>Every worker opens the vault with their own passphrase. Everything someone records is logged under their name. You are signed in as %1.</translation>
    </message>
    <message>
        <location filename="../settings/workers.py" line="212"/>
        <source>Medewerkers</source>
        <translation>Workers</translation>
    </message>
    <message>
        <location filename="../settings/workers.py" line="249"/>
        <source>%1 is toegevoegd en kan de kluis nu openen.</source>
        <translation>%1 has been added and can now open the vault.</translation>
    </message>
    <message>
        <location filename="../settings/workers.py" line="256"/>
        <source>Uw wachtwoordzin is gewijzigd.</source>
        <translation>Your passphrase has been changed.</translation>
    </message>
    <message>
        <location filename="../settings/workers.py" line="266"/>
        <source>%1 kan de kluis daarna niet meer openen. Wat %1 eerder heeft vastgelegd, blijft op die naam in het logboek staan. Doorgaan?</source>
        <translation>%1 will no longer be able to open the vault. What %1 recorded before stays in the log under that name. Continue?</translation>
    </message>
    <message>
        <location filename="../settings/workers.py" line="269"/>
        <source>Medewerker verwijderen</source>
        <translation>Remove worker</translation>
    </message>
    <message>
        <location filename="../settings/workers.py" line="277"/>
        <source>%1 is verwijderd en kan de kluis niet meer openen.</source>
        <translation>%1 has been removed and can no longer open the vault.</translation>
    </message>
    <message>
        <location filename="../settings/workers.py" line="288"/>
        <source>Kende %1 de herstelsleutel? Wie de kluis heeft gemaakt of de sleutel ooit heeft vernieuwd, kent hem, en kan er de kluis nog mee openen. Maak dan nu een nieuwe herstelsleutel; de oude werkt daarna niet meer.</source>
        <translation>Did %1 know the recovery key? Whoever made the vault or ever renewed the key knows it, and can still open the vault with it. Then make a new recovery key now; the old one stops working.</translation>
    </message>
    <message>
        <location filename="../settings/workers.py" line="292"/>
        <location filename="../settings/workers.py" line="301"/>
        <source>Herstelsleutel vernieuwen</source>
        <translation>Renew recovery key</translation>
    </message>
    <message>
        <location filename="../settings/workers.py" line="298"/>
        <source>Er komt een nieuwe herstelsleutel; de huidige werkt daarna niet meer. U ziet de nieuwe één keer, om af te drukken of over te schrijven. Doorgaan?</source>
        <translation>A new recovery key will be made; the current one stops working. You see the new one once, to print or copy by hand. Continue?</translation>
    </message>
    <message>
        <location filename="../settings/workers.py" line="311"/>
        <source>Nieuwe herstelsleutel maken…</source>
        <translation>Making a new recovery key…</translation>
    </message>
    <message>
        <location filename="../settings/workers.py" line="327"/>
        <source>Er is een nieuwe herstelsleutel; de oude werkt niet meer.</source>
        <translation>There is a new recovery key; the old one no longer works.</translation>
    </message>
</context>
<context>
    <name>YouthDetailPanel</name>
    <message>
        <location filename="../youth_detail.py" line="104"/>
        <source>Nog geen jongeren. Begin met de eerste: Jongere toevoegen… (Enter of Ctrl+Shift+N), of importeer een schoollijst via Beheer → Jongeren importeren (CSV).</source>
        <translation>No young people yet. Start with the first: Add young person… (Enter or Ctrl+Shift+N), or import a school list via Manage → Import young people (CSV).</translation>
    </message>
    <message>
        <location filename="../youth_detail.py" line="120"/>
        <source>De gegevens van deze jongere zijn gewist (%1). Kies een jongere in de lijst.</source>
        <translation>This young person&apos;s data has been erased (%1). Choose a young person in the list.</translation>
    </message>
    <message>
        <location filename="../youth_detail.py" line="192"/>
        <source>met afweging</source>
        <translation>with weighing</translation>
    </message>
    <message>
        <location filename="../youth_detail.py" line="207"/>
        <source>%1 · %2
%3 · BEZWAAR (verzet): niet delen zonder toestemming</source>
        <translation>%1 · %2
%3 · OBJECTION: no sharing without consent</translation>
    </message>
    <message>
        <location filename="../youth_detail.py" line="218"/>
        <source>grondslag: %1</source>
        <translation>lawful basis: %1</translation>
    </message>
    <message>
        <location filename="../youth_detail.py" line="229"/>
        <source>&amp;Verstrekkingen (%1)</source>
        <translation>&amp;Disclosures (%1)</translation>
    </message>
    <message>
        <location filename="../youth_detail.py" line="231"/>
        <source>&amp;Verstrekkingen (nog niets gedeeld)</source>
        <translation>&amp;Disclosures (nothing shared yet)</translation>
    </message>
    <message numerus="yes">
        <location filename="../youth_detail.py" line="274"/>
        <source>%n jaar</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../youth_detail.py" line="276"/>
        <source>(niet ingevuld)</source>
        <translation>(not filled in)</translation>
    </message>
    <message>
        <location filename="../youth_detail.py" line="281"/>
        <source>gezag: ja</source>
        <translation>parental authority: yes</translation>
    </message>
    <message>
        <location filename="../youth_detail.py" line="281"/>
        <source>gezag: nee</source>
        <translation>parental authority: no</translation>
    </message>
    <message>
        <location filename="../youth_detail.py" line="311"/>
        <source>Geen vastgelegd.</source>
        <translation>None recorded.</translation>
    </message>
    <message>
        <location filename="../consent/page_actions.py" line="319"/>
        <source>Dit onderdeel is niet ingetrokken.</source>
        <translation>This item has not been withdrawn.</translation>
    </message>
    <message>
        <location filename="../consent/page_actions.py" line="389"/>
        <source>Taal van het verzoek</source>
        <translation>Language of the request</translation>
    </message>
    <message>
        <location filename="../consent/page_actions.py" line="394"/>
        <source>Toch op de &amp;tablet</source>
        <translation>Hand over the &amp;tablet anyway</translation>
    </message>
    <message>
        <location filename="../consent/page_actions.py" line="398"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>YouthPageLayout</name>
    <message>
        <location filename="../youth_page_layout.py" line="62"/>
        <source>Nieuw verzoek…</source>
        <translation>New request…</translation>
    </message>
    <message>
        <location filename="../youth_page_layout.py" line="65"/>
        <source>Gegevens delen…</source>
        <translation>Share data…</translation>
    </message>
    <message>
        <location filename="../youth_page_layout.py" line="68"/>
        <source>Ouder/voogd toevoegen…</source>
        <translation>Add parent/guardian…</translation>
    </message>
    <message>
        <location filename="../youth_page_layout.py" line="73"/>
        <source>Bewijspakket van de jongere…</source>
        <translation>Young person&apos;s proof package…</translation>
    </message>
    <message>
        <location filename="../youth_page_layout.py" line="78"/>
        <source>Gegevens wijzigen…</source>
        <translation>Edit details…</translation>
    </message>
    <message>
        <location filename="../youth_page_layout.py" line="83"/>
        <source>Jongere toevoegen…</source>
        <translation>Add young person…</translation>
    </message>
    <message>
        <location filename="../youth_page_layout.py" line="88"/>
        <source>Samenvoegen met een dubbele…</source>
        <translation>Merge with a duplicate…</translation>
    </message>
    <message>
        <location filename="../youth_page_layout.py" line="102"/>
        <source>Kies een jongere in de lijst om de gegevens te zien.</source>
        <translation>Choose a young person in the list to see their details.</translation>
    </message>
    <message>
        <location filename="../youth_page_layout.py" line="108"/>
        <location filename="../youth_page_layout.py" line="139"/>
        <source>&amp;Jongere toevoegen…</source>
        <translation>Add &amp;young person…</translation>
    </message>
    <message>
        <location filename="../youth_page_layout.py" line="125"/>
        <source>&amp;Nieuw verzoek…</source>
        <translation>&amp;New request…</translation>
    </message>
    <message>
        <location filename="../youth_page_layout.py" line="126"/>
        <source>Gegevens &amp;delen…</source>
        <translation>Sh&amp;are data…</translation>
    </message>
    <message>
        <location filename="../youth_page_layout.py" line="127"/>
        <source>O&amp;uder/voogd toevoegen…</source>
        <translation>Add &amp;parent/guardian…</translation>
    </message>
    <message>
        <location filename="../youth_page_layout.py" line="129"/>
        <source>Ouder, voogd, curator of mentor toevoegen (%1)</source>
        <translation>Add parent, guardian, curator or mentor (%1)</translation>
    </message>
    <message>
        <location filename="../youth_page_layout.py" line="133"/>
        <source>&amp;Wijzigen…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../youth_page_layout.py" line="135"/>
        <source>Gegevens, ouders, gezag of curator/mentor wijzigen (%1)</source>
        <translation>Edit details, parents, parental authority or curator/mentor (%1)</translation>
    </message>
    <message>
        <location filename="../youth_page_layout.py" line="141"/>
        <source>Bewijs&amp;pakket…</source>
        <translation>Proof pac&amp;kage…</translation>
    </message>
    <message>
        <location filename="../youth_page_layout.py" line="149"/>
        <source>Sam&amp;envoegen…</source>
        <translation>Mer&amp;ge…</translation>
    </message>
    <message>
        <location filename="../youth_page_layout.py" line="168"/>
        <source>Leeftijd:</source>
        <translation>Age:</translation>
    </message>
    <message>
        <location filename="../youth_page_layout.py" line="187"/>
        <source>Geboortedatum:</source>
        <translation>Date of birth:</translation>
    </message>
    <message>
        <location filename="../youth_page_layout.py" line="188"/>
        <source>School / opleiding:</source>
        <translation>School / programme:</translation>
    </message>
    <message>
        <location filename="../youth_page_layout.py" line="189"/>
        <source>Vertegenwoordigers:</source>
        <translation>Representatives:</translation>
    </message>
    <message>
        <location filename="../youth_page_layout.py" line="190"/>
        <source>Beslist nu:</source>
        <translation>Decides now:</translation>
    </message>
    <message>
        <location filename="../youth_page_layout.py" line="193"/>
        <source>&amp;Toestemmingen</source>
        <translation>&amp;Consents</translation>
    </message>
    <message>
        <location filename="../youth_page_layout.py" line="198"/>
        <source>Menu-toets op een onderdeel: alle acties</source>
        <translation>Menu key on an item: all actions</translation>
    </message>
    <message>
        <location filename="../youth_page_layout.py" line="201"/>
        <source>Op een onderdeel: Ctrl+B beslissing vastleggen, Ctrl+Shift+I intrekken, Enter geschiedenis, ↑/↓ vorige/volgende, Menu-toets alle acties</source>
        <translation>On an item: Ctrl+B record decision, Ctrl+Shift+I withdraw, Enter history, ↑/↓ previous/next, Menu key all actions</translation>
    </message>
    <message>
        <location filename="../youth_page_layout.py" line="218"/>
        <source>&amp;Verstrekkingen</source>
        <translation>&amp;Disclosures</translation>
    </message>
    <message>
        <location filename="../youth_page_layout.py" line="225"/>
        <source>Verstrekkingen: gegevens die zijn gedeeld</source>
        <translation>Disclosures: data that has been shared</translation>
    </message>
</context>
<context>
    <name>YouthTableModel</name>
    <message>
        <location filename="../youth_model.py" line="46"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../youth_model.py" line="47"/>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../youth_model.py" line="48"/>
        <source>Leeftijd</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../youth_model.py" line="49"/>
        <source>School / opleiding</source>
        <translation>School / programme</translation>
    </message>
    <message>
        <location filename="../youth_model.py" line="142"/>
        <source>(%1 jaar)</source>
        <translation>(%1 years)</translation>
    </message>
</context>
<context>
    <name>YouthViewDialog</name>
    <message>
        <location filename="../consent/youth_view.py" line="32"/>
        <source>vindt het goed</source>
        <translation>agrees</translation>
    </message>
    <message>
        <location filename="../consent/youth_view.py" line="33"/>
        <source>wil het niet</source>
        <translation>does not want it</translation>
    </message>
    <message>
        <location filename="../consent/youth_view.py" line="34"/>
        <source>wil er niets over zeggen</source>
        <translation>does not want to say</translation>
    </message>
    <message>
        <location filename="../consent/youth_view.py" line="55"/>
        <source>Mening van de jongere</source>
        <translation>Young person&apos;s view</translation>
    </message>
    <message>
        <location filename="../consent/youth_view.py" line="59"/>
        <source>Anderen beslissen over dit verzoek. Leg hier vast wat de jongere er zelf van vindt. Dit is geen besluit: het telt niet als toestemming of weigering, en staat naast het besluit in de inzage en op het transitieformulier.</source>
        <translation>Others decide on this request. Record here what the young person thinks of it. This is not a decision: it does not count as consent or refusal, and is shown beside the decision in the access report and on the transition form.</translation>
    </message>
    <message>
        <location filename="../consent/youth_view.py" line="73"/>
        <source>— niet gevraagd —</source>
        <translation>— not asked —</translation>
    </message>
    <message>
        <location filename="../consent/youth_view.py" line="77"/>
        <source>Onderdeel %1: %2 — %3</source>
        <translation>Part %1: %2 — %3</translation>
    </message>
    <message>
        <location filename="../consent/youth_view.py" line="92"/>
        <source>Wann&amp;eer:</source>
        <translation>Wh&amp;en:</translation>
    </message>
    <message>
        <location filename="../consent/youth_view.py" line="97"/>
        <source>&amp;Hoe:</source>
        <translation>&amp;How:</translation>
    </message>
    <message>
        <location filename="../consent/youth_view.py" line="114"/>
        <source>Mening &amp;vastleggen</source>
        <translation>Record &amp;view</translation>
    </message>
    <message>
        <location filename="../consent/youth_view.py" line="144"/>
        <source>Kies bij minstens één onderdeel wat de jongere zei.</source>
        <translation>Choose what the young person said for at least one part.</translation>
    </message>
</context>
<context>
    <name>_Banner</name>
    <message>
        <location filename="../backup/banners.py" line="115"/>
        <location filename="../backup/banners.py" line="132"/>
        <source>Alles lezen</source>
        <translation>Read all</translation>
    </message>
    <message>
        <location filename="../backup/banners.py" line="132"/>
        <source>Minder</source>
        <translation>Less</translation>
    </message>
</context>
</TS>
