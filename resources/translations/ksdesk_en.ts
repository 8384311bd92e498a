<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>AccountPage</name>
    <message>
        <source>De eerste beheerder</source>
        <translation>The first administrator</translation>
    </message>
    <message>
        <source>De beheerder maakt de accounts van collega&apos;s aan, kiest de instellingen en zorgt voor de reservekopieën. Vaak is dat een van de verloskundigen. Iedereen krijgt later een eigen account.</source>
        <translation>The administrator creates colleagues&apos; accounts, chooses the settings and looks after the backups. This is often one of the midwives. Everyone gets their own account later.</translation>
    </message>
    <message>
        <source>&amp;Gebruikersnaam</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>&amp;Wachtwoord</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Wachtwoord &amp;herhalen</source>
        <translation>&amp;Repeat password</translation>
    </message>
    <message>
        <source>Voornaam Achternaam</source>
        <translation>First name Surname</translation>
    </message>
    <message>
        <source>Kleine letters, cijfers, punt of streepje; bijvoorbeeld ria.</source>
        <translation>Lower-case letters, digits, full stop or hyphen; for example ria.</translation>
    </message>
    <message>
        <source>Minstens 12 tekens. Een zin van een paar woorden onthoud je het makkelijkst.</source>
        <translation>At least 12 characters. A sentence of a few words is the easiest to remember.</translation>
    </message>
    <message>
        <source>Na het aanmelden toont ksdesk eenmalig de herstelsleutel van de praktijk: print die en bewaar hem in de kluis. Daarmee kom je weer bij de gegevens als niemand meer kan inloggen.</source>
        <translation>After you log in, ksdesk shows the practice&apos;s recovery key once: print it and keep it in the safe. With it you can get back to the data if nobody can log in any more.</translation>
    </message>
    <message>
        <source>De wachtwoorden zijn niet gelijk.</source>
        <translation>The passwords do not match.</translation>
    </message>
</context>
<context>
    <name>AccountTab</name>
    <message>
        <source>ksdesk – herstelcodes voor de tweede factor</source>
        <translation>ksdesk – recovery codes for the second factor</translation>
    </message>
    <message>
        <source>Gebruiker: {username} · gemaakt op {date}</source>
        <translation>User: {username} · created on {date}</translation>
    </message>
    <message>
        <source>Elke code werkt één keer, als je telefoon er niet is. Bewaar dit blad op een veilige plek,</source>
        <translation>Each code works once, for when your phone is not at hand. Keep this sheet in a safe place,</translation>
    </message>
    <message>
        <source>niet bij de computer en niet in een gedeelde map.</source>
        <translation>not near the computer and not in a shared folder.</translation>
    </message>
    <message>
        <source>Tweede factor (authenticator-app)</source>
        <translation>Second factor (authenticator app)</translation>
    </message>
    <message>
        <source>Ingesteld</source>
        <translation>Set up</translation>
    </message>
    <message>
        <source>Je bent aangemeld met wachtwoord en code.</source>
        <translation>You are logged in with password and code.</translation>
    </message>
    <message>
        <source>Met een tweede factor meld je je aan met je wachtwoord én een code uit een app op je telefoon (bijvoorbeeld Microsoft Authenticator of FreeOTP). Voor de beheerder is dat verplicht.</source>
        <translation>With a second factor you log in with your password and a code from an app on your phone (for example Microsoft Authenticator or FreeOTP). This is required for the administrator.</translation>
    </message>
    <message>
        <source>Tweede factor instellen</source>
        <translation>Set up second factor</translation>
    </message>
    <message>
        <source>1. Scan de code met de app op je telefoon.
   Lukt scannen niet? Typ dan deze sleutel over:</source>
        <translation>1. Scan the code with the app on your phone.
   Can&apos;t scan it? Type in this key instead:</translation>
    </message>
    <message>
        <source>2. Vul de zescijferige code uit de app in:</source>
        <translation>2. Enter the six-digit code from the app:</translation>
    </message>
    <message>
        <source>Tweede factor bevestigen</source>
        <translation>Confirm second factor</translation>
    </message>
    <message>
        <source>Wachtwoord wijzigen</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Huidig wachtwoord</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>Nieuw wachtwoord</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Nieuw wachtwoord herhalen</source>
        <translation>Repeat new password</translation>
    </message>
    <message>
        <source>Tweede factor</source>
        <translation>Second factor</translation>
    </message>
    <message>
        <source>Herstelcodes opslaan</source>
        <translation>Save recovery codes</translation>
    </message>
    <message>
        <source>PDF-bestand (*.pdf);;Tekstbestand (*.txt)</source>
        <translation>PDF file (*.pdf);;Text file (*.txt)</translation>
    </message>
    <message>
        <source>Herstelcodes</source>
        <translation>Recovery codes</translation>
    </message>
    <message>
        <source>Het bestand kon niet worden opgeslagen: {error}</source>
        <translation>The file could not be saved: {error}</translation>
    </message>
    <message>
        <source>De herstelcodes staan in {name}. Druk ze af, bewaar ze op een veilige plek en verwijder het bestand daarna van deze computer.</source>
        <translation>The recovery codes are in {name}. Print them, keep them in a safe place and then delete the file from this computer.</translation>
    </message>
    <message>
        <source>De wachtwoorden zijn niet gelijk.</source>
        <translation>The passwords do not match.</translation>
    </message>
    <message>
        <source>Wachtwoord</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Je wachtwoord is gewijzigd.</source>
        <translation>Your password has been changed.</translation>
    </message>
</context>
<context>
    <name>AddressBookTab</name>
    <message>
        <source>Bestemmingen voor verwijzingen per gemeente. De gemeenten van Zuid-Limburg staan er al in, zonder contactgegevens: vul die zelf in uit een betrouwbare bron. Bij een verwijzing staan de bestemmingen van de gemeente van de cliënte bovenaan.</source>
        <translation>Referral destinations per municipality. The municipalities of South Limburg are already listed, without contact details: fill these in yourself from a reliable source. When referring, the destinations for the client&apos;s municipality are shown first.</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Welke bestemmingen</source>
        <translation>Which destinations</translation>
    </message>
    <message>
        <source>Alleen actieve</source>
        <translation>Active only</translation>
    </message>
    <message>
        <source>Ook inactieve</source>
        <translation>Include inactive</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Actief</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Bestemmingen</source>
        <translation>Destinations</translation>
    </message>
    <message>
        <source>Nog geen bestemmingen. Kies &apos;Nieuwe bestemming&apos; om er een toe te voegen.</source>
        <translation>No destinations yet. Choose &apos;New destination&apos; to add one.</translation>
    </message>
    <message>
        <source>Andere gemeente, bijv. Echt-Susteren</source>
        <translation>Another municipality, e.g. Echt-Susteren</translation>
    </message>
    <message>
        <source>Nieuwe gemeente</source>
        <translation>New municipality</translation>
    </message>
    <message>
        <source>Gemeente toevoegen</source>
        <translation>Add municipality</translation>
    </message>
    <message>
        <source>Bestemming</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Afdeling / team</source>
        <translation>Department / team</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Beveiligde e-mail</source>
        <translation>Secure email</translation>
    </message>
    <message>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Nieuwe bestemming</source>
        <translation>New destination</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Niet meer gebruiken</source>
        <translation>Stop using</translation>
    </message>
    <message>
        <source>Alle gemeenten</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <source>Regio (alle gemeenten)</source>
        <translation>Region (all municipalities)</translation>
    </message>
    <message>
        <source>regio</source>
        <translation>region</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Weer gebruiken</source>
        <translation>Use again</translation>
    </message>
    <message>
        <source>Controleer de gemarkeerde velden.</source>
        <translation>Check the highlighted fields.</translation>
    </message>
    <message>
        <source>Opgeslagen.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Gemeente {name} toegevoegd.</source>
        <translation>Municipality {name} added.</translation>
    </message>
    <message>
        <source>de bestemming</source>
        <translation>the destination</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Beheer</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Als beheerder meld je je aan met wachtwoord én code. Stel hieronder eerst de tweede factor in; daarna kun je de praktijk, de medewerkers en de gebruikers beheren.</source>
        <translation>As an administrator you log in with a password and a code. First set up the second factor below; after that you can manage the practice, the staff and the users.</translation>
    </message>
    <message>
        <source>Praktijk</source>
        <translation>Practice</translation>
    </message>
    <message>
        <source>Medewerkers</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Adresboek</source>
        <translation>Address book</translation>
    </message>
    <message>
        <source>Centering</source>
        <translation>Centering</translation>
    </message>
    <message>
        <source>Signaleringslijst</source>
        <translation>Screening list</translation>
    </message>
    <message>
        <source>Gebruikers</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Logboek</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Bewaartermijn</source>
        <translation>Retention period</translation>
    </message>
    <message>
        <source>Reservekopieën</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Mijn account</source>
        <translation>My account</translation>
    </message>
    <message>
        <source>de praktijkgegevens</source>
        <translation>the practice details</translation>
    </message>
    <message>
        <source>de medewerker</source>
        <translation>the staff member</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <source>Poging: {operation}</source>
        <translation>Attempt: {operation}</translation>
    </message>
    <message>
        <source>Tonen</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Alle regels met noodtoegang van de laatste 30 dagen</source>
        <translation>All emergency access entries from the last 30 days</translation>
    </message>
    <message>
        <source>nummer</source>
        <translation>number</translation>
    </message>
    <message>
        <source>Alle gebruikers</source>
        <translation>All users</translation>
    </message>
    <message>
        <source>Alle handelingen</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>Alleen noodtoegang</source>
        <translation>Emergency access only</translation>
    </message>
    <message>
        <source>Filters wissen</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>&amp;Cliënt</source>
        <translation>C&amp;lient</translation>
    </message>
    <message>
        <source>Gebr&amp;uiker</source>
        <translation>&amp;User</translation>
    </message>
    <message>
        <source>Hande&amp;ling</source>
        <translation>&amp;Action</translation>
    </message>
    <message>
        <source>&amp;Periode van</source>
        <translation>&amp;Period from</translation>
    </message>
    <message>
        <source>t/m</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Logboek</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Keten controleren</source>
        <translation>Check chain</translation>
    </message>
    <message>
        <source>Controleer of er regels zijn gewijzigd, verwijderd of tussengevoegd</source>
        <translation>Check whether any entries have been changed, deleted or inserted</translation>
    </message>
    <message>
        <source>Inzageoverzicht (PDF)…</source>
        <translation>Access report (PDF)…</translation>
    </message>
    <message>
        <source>Voor de cliënte in het filter: wie haar gegevens heeft ingezien of gewijzigd, en wanneer</source>
        <translation>For the client in the filter: who viewed or changed her data, and when</translation>
    </message>
    <message>
        <source>Tijden in Nederlandse tijd. Kies een gebruiker voor het overzicht per medewerker, of vul een cliëntnummer in voor het overzicht per cliënte. Het bekijken van het logboek wordt zelf ook vastgelegd.</source>
        <translation>Times are in Dutch local time. Choose a user for an overview per staff member, or enter a client number for an overview per client. Viewing the audit log is recorded as well.</translation>
    </message>
    <message>
        <source>1 keer noodtoegang in de laatste 30 dagen</source>
        <translation>Emergency access used once in the last 30 days</translation>
    </message>
    <message>
        <source>{n} keer noodtoegang in de laatste 30 dagen</source>
        <translation>Emergency access used {n} times in the last 30 days</translation>
    </message>
    <message>
        <source>Geen noodtoegang in de laatste 30 dagen</source>
        <translation>No emergency access in the last 30 days</translation>
    </message>
    <message>
        <source>Datum niet herkend: ‘{text}’. Gebruik dd-mm-jjjj.</source>
        <translation>Date not recognised: ‘{text}’. Use dd-mm-yyyy.</translation>
    </message>
    <message>
        <source>De einddatum ligt vóór de begindatum.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <source>Geen regels bij deze filters.</source>
        <translation>No entries match these filters.</translation>
    </message>
    <message>
        <source>{n} regels geladen (scroll voor meer)</source>
        <translation>{n} entries loaded (scroll for more)</translation>
    </message>
    <message>
        <source>1 regel</source>
        <translation>1 entry</translation>
    </message>
    <message>
        <source>{n} regels</source>
        <translation>{n} entries</translation>
    </message>
    <message>
        <source>Logboek controleren</source>
        <translation>Check audit log</translation>
    </message>
    <message>
        <source>De hashketen van het logboek wordt gecontroleerd…</source>
        <translation>Checking the hash chain of the audit log…</translation>
    </message>
    <message>
        <source>Keten in orde: {n} regels gecontroleerd</source>
        <translation>Chain intact: {n} entries checked</translation>
    </message>
    <message>
        <source>Keten verbroken bij regel {seq}: {reason}</source>
        <translation>Chain broken at entry {seq}: {reason}</translation>
    </message>
    <message>
        <source>Inzageoverzicht opslaan</source>
        <translation>Save access report</translation>
    </message>
    <message>
        <source>PDF-bestand (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <source>Inzageoverzicht</source>
        <translation>Access report</translation>
    </message>
    <message>
        <source>Het bestand kon niet worden opgeslagen: {error}</source>
        <translation>The file could not be saved: {error}</translation>
    </message>
    <message>
        <source>Het inzageoverzicht over {start} t/m {end} is opgeslagen als {name}.</source>
        <translation>The access report for {start} to {end} has been saved as {name}.</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Gebruiker</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Handeling</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Gebeurtenis</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Cliënt</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Resultaat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Noodtoegang</source>
        <translation>Emergency access</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Regel {seq} · werkplek {ws}</source>
        <translation>Entry {seq} · workstation {ws}</translation>
    </message>
    <message>
        <source>Object: {type} {id}</source>
        <translation>Object: {type} {id}</translation>
    </message>
    <message>
        <source>Zwangerschap: {id}</source>
        <translation>Pregnancy: {id}</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Reservekopieën</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>ksdesk maakt elke dag en bij het afsluiten een versleutelde reservekopie en controleert die. Kies waar die komen te staan.</source>
        <translation>ksdesk makes an encrypted backup every day and on closing, and checks it. Choose where the backups go.</translation>
    </message>
    <message>
        <source>&amp;Map voor reservekopieën</source>
        <translation>Backup &amp;folder</translation>
    </message>
    <message>
        <source>Andere map &amp;kiezen…</source>
        <translation>&amp;Choose another folder…</translation>
    </message>
    <message>
        <source>&amp;Standaardmap</source>
        <translation>&amp;Default folder</translation>
    </message>
    <message>
        <source>Het veiligst is een map op een andere schijf of een netwerkmap: gaat deze computer kapot, dan zijn de kopieën er nog. De map is later te wijzigen in Beheer › Reservekopieën.</source>
        <translation>The safest choice is a folder on another drive or a network folder: if this computer breaks down, the copies are still there. You can change the folder later in Administration › Backups.</translation>
    </message>
    <message>
        <source>Map voor reservekopieën kiezen</source>
        <translation>Choose backup folder</translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <source>Map voor reservekopieën</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>Kies bij voorkeur een tweede schijf of een netwerkmap: een kopie op dezelfde schijf helpt niet als die schijf stukgaat. Reservekopieën zijn versleuteld; met het wachtwoord van een gebruiker of de herstelsleutel uit de kluis zijn ze op een andere computer terug te zetten.</source>
        <translation>Preferably choose a second drive or a network folder: a copy on the same drive is no help if that drive fails. Backups are encrypted; with a user&apos;s password or the recovery key from the safe, they can be restored on another computer.</translation>
    </message>
    <message>
        <source>Andere map kiezen…</source>
        <translation>Choose another folder…</translation>
    </message>
    <message>
        <source>Standaardmap gebruiken</source>
        <translation>Use default folder</translation>
    </message>
    <message>
        <source>Reservekopieën (bewaard: alle van de laatste 24 uur, 7 dagelijkse, 4 wekelijkse, 12 maandelijkse)</source>
        <translation>Backups (kept: all from the last 24 hours, 7 daily, 4 weekly, 12 monthly)</translation>
    </message>
    <message>
        <source>Gemaakt op</source>
        <translation>Created on</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Grootte</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Nu een reservekopie maken</source>
        <translation>Make a backup now</translation>
    </message>
    <message>
        <source>Controleren</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Terugzetten…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>De map is opgeslagen. De volgende reservekopie komt daar.</source>
        <translation>Folder saved. The next backup will go there.</translation>
    </message>
    <message>
        <source>Reservekopie</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Reservekopie maken en controleren…</source>
        <translation>Making and checking backup…</translation>
    </message>
    <message>
        <source>Reservekopie gemaakt en gecontroleerd: {name}</source>
        <translation>Backup made and checked: {name}</translation>
    </message>
    <message>
        <source>Reservekopie controleren…</source>
        <translation>Checking backup…</translation>
    </message>
    <message>
        <source>{name} is in orde ({entries} logregels gecontroleerd).</source>
        <translation>{name} is OK ({entries} log entries checked).</translation>
    </message>
    <message>
        <source>{name} is niet in orde: {problem}</source>
        <translation>{name} is not OK: {problem}</translation>
    </message>
    <message>
        <source>Reservekopie terugzetten</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Alle gegevens worden vervangen door de reservekopie van {when}. Wat daarna is ingevoerd, staat niet in deze kopie. De huidige gegevens worden apart bewaard in de map &apos;vervangen&apos;. Daarna meldt iedereen zich opnieuw aan.</source>
        <translation>All data will be replaced by the backup of {when}. Anything entered after that is not in this backup. The current data is kept separately in the folder &apos;vervangen&apos;. Everyone will then need to log in again.</translation>
    </message>
    <message>
        <source>Terugzetten</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Reservekopie controleren en terugzetten…</source>
        <translation>Checking and restoring backup…</translation>
    </message>
    <message>
        <source>Teruggezet</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>De reservekopie is teruggezet. De vervangen gegevens staan in {aside}. Meld je opnieuw aan.</source>
        <translation>The backup has been restored. The replaced data is in {aside}. Please log in again.</translation>
    </message>
</context>
<context>
    <name>CatalogueTab</name>
    <message>
        <source>Regiobestand gebruiken…</source>
        <translation>Use regional file…</translation>
    </message>
    <message>
        <source>Meegeleverde lijst gebruiken</source>
        <translation>Use built-in list</translation>
    </message>
    <message>
        <source>Oude beoordelingen blijven leesbaar: ze bewaren de catalogus en versie waarmee ze zijn gemaakt.</source>
        <translation>Old assessments stay readable: they keep the catalogue and version they were made with.</translation>
    </message>
    <message>
        <source>Items van de signaleringslijst</source>
        <translation>Screening list items</translation>
    </message>
    <message>
        <source>Domein / item</source>
        <translation>Domain / item</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Regel</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Waarde</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Betekenis</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <source>Regels</source>
        <translation>Rules</translation>
    </message>
    <message>
        <source>Geverifieerd</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Bronnen</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Regiobestand</source>
        <translation>Regional file</translation>
    </message>
    <message>
        <source>Meegeleverd</source>
        <translation>Built-in</translation>
    </message>
    <message>
        <source>Catalogus {id}, versie {version}</source>
        <translation>Catalogue {id}, version {version}</translation>
    </message>
    <message>
        <source>domein</source>
        <translation>domain</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source> · meldcode</source>
        <translation> · reporting code</translation>
    </message>
    <message>
        <source>kwetsbaarheid</source>
        <translation>vulnerability</translation>
    </message>
    <message>
        <source>beschermende factor</source>
        <translation>protective factor</translation>
    </message>
    <message>
        <source>In het catalogusbestand: {name}</source>
        <translation>In the catalogue file: {name}</translation>
    </message>
    <message>
        <source>De meegeleverde lijst is al in gebruik.</source>
        <translation>The built-in list is already in use.</translation>
    </message>
    <message>
        <source>Catalogusbestand kiezen</source>
        <translation>Choose catalogue file</translation>
    </message>
    <message>
        <source>Catalogus (*.json)</source>
        <translation>Catalogue (*.json)</translation>
    </message>
    <message>
        <source>Het bestand kan niet worden gelezen: {error}</source>
        <translation>The file cannot be read: {error}</translation>
    </message>
</context>
<context>
    <name>CenteringGroup</name>
    <message>
        <source>Reünie</source>
        <translation>Reunion</translation>
    </message>
    <message>
        <source>Bijeenkomst {n}</source>
        <translation>Session {n}</translation>
    </message>
</context>
<context>
    <name>CenteringPage</name>
    <message>
        <source>CenteringZwangerschap</source>
        <translation>CenteringPregnancy</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ATD</source>
        <translation>EDD</translation>
    </message>
    <message>
        <source>Zw.duur</source>
        <translation>GA</translation>
    </message>
    <message>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Kandidaten</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <source>Groep maken van selectie</source>
        <translation>Make group from selection</translation>
    </message>
    <message>
        <source>Selecteer zwangeren (Ctrl of Shift) en maak er zelf een groep van, of laat ksdesk groepen voorstellen.</source>
        <translation>Select women (Ctrl or Shift) and make them into a group yourself, or let ksdesk propose groups.</translation>
    </message>
    <message>
        <source>Groepen voorstellen</source>
        <translation>Propose groups</translation>
    </message>
    <message>
        <source>Voorstel overnemen</source>
        <translation>Accept proposal</translation>
    </message>
    <message>
        <source>Voorstel</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Verplaats de gekozen zwangere naar:</source>
        <translation>Move the selected woman to:</translation>
    </message>
    <message>
        <source>Verplaatsen</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>Ook afgeronde en geannuleerde groepen</source>
        <translation>Include completed and cancelled groups</translation>
    </message>
    <message>
        <source>Groep</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Deeln.</source>
        <translation>Part.</translation>
    </message>
    <message>
        <source>Signalen</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Nog geen groepen. Kies &apos;Groepen voorstellen&apos; op het tabblad Planning om te beginnen.</source>
        <translation>No groups yet. Choose &apos;Propose groups&apos; on the Planning tab to begin.</translation>
    </message>
    <message>
        <source> en </source>
        <translation> and </translation>
    </message>
    <message>
        <source>Groepen</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>Kandidaten ({0}): intake gedaan, wil Centering, nog geen groep</source>
        <translation>Candidates ({0}): intake done, wants Centering, no group yet</translation>
    </message>
    <message>
        <source>Geen kandidaten: niemand wacht op een groep.</source>
        <translation>No candidates: nobody is waiting for a group.</translation>
    </message>
    <message>
        <source>Voorstel: {0} van de {1} zwangeren geplaatst in {2} nieuwe groepen en {3} bestaande.</source>
        <translation>Proposal: {0} of the {1} women placed in {2} new groups and {3} existing ones.</translation>
    </message>
    <message>
        <source>Nieuwe groep {0} · {1} zwangeren</source>
        <translation>New group {0} · {1} women</translation>
    </message>
    <message>
        <source>spreiding {0} dagen</source>
        <translation>spread {0} days</translation>
    </message>
    <message>
        <source>leeg</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>Aanvullen: {0} · {1} erbij</source>
        <translation>Add to: {0} · {1} more</translation>
    </message>
    <message>
        <source>Niet geplaatst · {0}</source>
        <translation>Not placed · {0}</translation>
    </message>
    <message>
        <source>Nieuwe groep {0}</source>
        <translation>New group {0}</translation>
    </message>
    <message>
        <source>Een extra nieuwe groep</source>
        <translation>An extra new group</translation>
    </message>
    <message>
        <source>Aanvullen: {0}</source>
        <translation>Add to: {0}</translation>
    </message>
    <message>
        <source>Niet plaatsen</source>
        <translation>Do not place</translation>
    </message>
    <message>
        <source>Kies eerst een zwangere in het voorstel.</source>
        <translation>First choose a woman in the proposal.</translation>
    </message>
    <message>
        <source>Met de hand uit het voorstel gehaald.</source>
        <translation>Removed from the proposal by hand.</translation>
    </message>
    <message>
        <source>{0} verplaatst. Het voorstel is nog niet opgeslagen.</source>
        <translation>{0} moved. The proposal has not been saved yet.</translation>
    </message>
    <message>
        <source>{0} nieuwe groepen gemaakt, met een volledig schema. Kies op het tabblad Groepen de begeleiders en de ruimte.</source>
        <translation>{0} new groups created, with a full schedule. Choose the facilitators and the room on the Groups tab.</translation>
    </message>
    <message>
        <source>Selecteer eerst zwangeren in de lijst met kandidaten.</source>
        <translation>First select women in the list of candidates.</translation>
    </message>
    <message>
        <source>Groep &apos;{0}&apos; gemaakt.</source>
        <translation>Group &apos;{0}&apos; created.</translation>
    </message>
</context>
<context>
    <name>CenteringSetupTab</name>
    <message>
        <source>Groepen, schema en toeslag</source>
        <translation>Groups, schedule and supplement</translation>
    </message>
    <message>
        <source>Minimale groepsgrootte</source>
        <translation>Minimum group size</translation>
    </message>
    <message>
        <source>Gewenste groepsgrootte</source>
        <translation>Preferred group size</translation>
    </message>
    <message>
        <source>Maximale groepsgrootte</source>
        <translation>Maximum group size</translation>
    </message>
    <message>
        <source>Maximale spreiding ATD</source>
        <translation>Maximum spread of due dates</translation>
    </message>
    <message>
        <source> dagen</source>
        <translation> days</translation>
    </message>
    <message>
        <source> dag</source>
        <translation> day</translation>
    </message>
    <message>
        <source>Zoveel dagen mogen de à terme datums in één groep uiteenliggen.</source>
        <translation>How many days apart the due dates in one group may be.</translation>
    </message>
    <message>
        <source>Instromen tot</source>
        <translation>Latest entry at</translation>
    </message>
    <message>
        <source> weken</source>
        <translation> weeks</translation>
    </message>
    <message>
        <source>Wie verder is, stelt ksdesk niet meer voor in een nieuwe groep.</source>
        <translation>ksdesk no longer suggests anyone further along for a new group.</translation>
    </message>
    <message>
        <source>Eerste bijeenkomst</source>
        <translation>First session</translation>
    </message>
    <message>
        <source>Zwangerschapsduur bij de middelste ATD.</source>
        <translation>Gestational age at the middle due date.</translation>
    </message>
    <message>
        <source>Weken ertussen</source>
        <translation>Weeks between</translation>
    </message>
    <message>
        <source>Bijvoorbeeld 4, 4, 4, 2, 2, 2, 2, 2 (negen bijeenkomsten in de zwangerschap).</source>
        <translation>For example 4, 4, 4, 2, 2, 2, 2, 2 (nine sessions during pregnancy).</translation>
    </message>
    <message>
        <source>Reünie</source>
        <translation>Reunion</translation>
    </message>
    <message>
        <source>Na de laatste ATD, met de baby&apos;s.</source>
        <translation>After the last due date, with the babies.</translation>
    </message>
    <message>
        <source>Duur</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source> minuten</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>CB-IPG-toeslag (€)</source>
        <translation>CB-IPG supplement (€)</translation>
    </message>
    <message>
        <source>Per deelnemende zwangere, eenmaal te declareren.</source>
        <translation>Per participating pregnant woman, claimed once.</translation>
    </message>
    <message>
        <source>Voorwaarde</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Centering-getrainde verloskundige</source>
        <translation>Centering-trained midwife</translation>
    </message>
    <message>
        <source>Tweede begeleider</source>
        <translation>Second facilitator</translation>
    </message>
    <message>
        <source>Minimaal bijgewoond</source>
        <translation>Minimum attended</translation>
    </message>
    <message>
        <source> bijeenkomsten</source>
        <translation> sessions</translation>
    </message>
    <message>
        <source> bijeenkomst</source>
        <translation> session</translation>
    </message>
    <message>
        <source>Voorwaarden (tekst)</source>
        <translation>Conditions (text)</translation>
    </message>
    <message>
        <source>Instellingen opslaan</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <source>Vul hele weken in, gescheiden door komma&apos;s.</source>
        <translation>Enter whole weeks, separated by commas.</translation>
    </message>
    <message>
        <source>Vul een bedrag in, bijvoorbeeld 70,00.</source>
        <translation>Enter an amount, for example 70.00.</translation>
    </message>
    <message>
        <source>Opgeslagen. Nieuwe groepen krijgen dit schema.</source>
        <translation>Saved. New groups will get this schedule.</translation>
    </message>
    <message>
        <source>Locaties en ruimtes</source>
        <translation>Locations and rooms</translation>
    </message>
    <message>
        <source>Locatie</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Regio</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Ruimtes</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <source>Actief</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Locaties</source>
        <translation>Locations</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Regio schoolvakanties</source>
        <translation>School holiday region</translation>
    </message>
    <message>
        <source>Zuid-Limburg hoort bij Zuid.</source>
        <translation>South Limburg belongs to Zuid.</translation>
    </message>
    <message>
        <source>In gebruik</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Nieuwe locatie</source>
        <translation>New location</translation>
    </message>
    <message>
        <source>Locatie opslaan</source>
        <translation>Save location</translation>
    </message>
    <message>
        <source>Ruimtes van de gekozen locatie</source>
        <translation>Rooms at the selected location</translation>
    </message>
    <message>
        <source>Ruimte</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Plaatsen</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>0: niet ingevuld.</source>
        <translation>0: not filled in.</translation>
    </message>
    <message>
        <source>Nieuwe ruimte</source>
        <translation>New room</translation>
    </message>
    <message>
        <source>Ruimte opslaan</source>
        <translation>Save room</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nee</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Locatie &apos;{0}&apos; opgeslagen.</source>
        <translation>Location &apos;{0}&apos; saved.</translation>
    </message>
    <message>
        <source>Kies of bewaar eerst een locatie.</source>
        <translation>Choose or save a location first.</translation>
    </message>
    <message>
        <source>Ruimte &apos;{0}&apos; opgeslagen.</source>
        <translation>Room &apos;{0}&apos; saved.</translation>
    </message>
    <message>
        <source>de Centering-instellingen</source>
        <translation>the Centering settings</translation>
    </message>
</context>
<context>
    <name>ClientListPage</name>
    <message>
        <source>Cliënten</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Nieuwe cliënte</source>
        <translation>New client</translation>
    </message>
    <message>
        <source>Een nieuwe cliënte inschrijven (Ctrl+N)</source>
        <translation>Register a new client (Ctrl+N)</translation>
    </message>
    <message>
        <source>Noodtoegang…</source>
        <translation>Emergency access…</translation>
    </message>
    <message>
        <source>Toegang buiten je rol, met een schriftelijke reden; dit wordt vastgelegd en de beheerder ziet het</source>
        <translation>Access outside your role, with a written reason; this is recorded and the administrator can see it</translation>
    </message>
    <message>
        <source>Zoek met het zoekveld bovenin (Ctrl+F) op naam, BSN, geboortedatum (dd-mm-jjjj) of postcode. Enter of dubbelklik opent de cliënte.</source>
        <translation>Search with the search field at the top (Ctrl+F) by name, BSN, date of birth (dd-mm-yyyy) or postcode. Press Enter or double-click to open the client.</translation>
    </message>
    <message>
        <source>1 cliënte gevonden voor ‘{q}’</source>
        <translation>1 client found for ‘{q}’</translation>
    </message>
    <message>
        <source>{n} cliënten gevonden voor ‘{q}’</source>
        <translation>{n} clients found for ‘{q}’</translation>
    </message>
    <message>
        <source>1 cliënte</source>
        <translation>1 client</translation>
    </message>
    <message>
        <source>{n} cliënten</source>
        <translation>{n} clients</translation>
    </message>
    <message>
        <source>Geen cliënte gevonden voor ‘{q}’.

Controleer de spelling, of zoek op geboortedatum (dd-mm-jjjj), BSN of postcode. Staat ze er echt niet in? Kies ‘Nieuwe cliënte’ (Ctrl+N).</source>
        <translation>No client found for ‘{q}’.

Check the spelling, or search by date of birth (dd-mm-yyyy), BSN or postcode. Really not there? Choose ‘New client’ (Ctrl+N).</translation>
    </message>
    <message>
        <source>Nog geen cliënten.

Kies ‘Nieuwe cliënte’ (Ctrl+N) om de eerste cliënte in te schrijven.</source>
        <translation>No clients yet.

Choose ‘New client’ (Ctrl+N) to register the first client.</translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <source>Gegevens</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Zwangerschappen</source>
        <translation>Pregnancies</translation>
    </message>
    <message>
        <source>← Cliënten</source>
        <translation>← Clients</translation>
    </message>
    <message>
        <source>Terug naar de lijst met cliënten</source>
        <translation>Back to the client list</translation>
    </message>
    <message>
        <source>Tolk nodig</source>
        <translation>Interpreter needed</translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>À terme datum</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Amenorroeduur</source>
        <translation>Gestational age</translation>
    </message>
    <message>
        <source>Gravida / para</source>
        <translation>Gravida / para</translation>
    </message>
    <message>
        <source>Dossiernummer</source>
        <translation>Record number</translation>
    </message>
    <message>
        <source>Persoon</source>
        <translation>Personal details</translation>
    </message>
    <message>
        <source>Voornamen</source>
        <translation>First names</translation>
    </message>
    <message>
        <source>Tussenvoegsel</source>
        <translation>Surname prefix</translation>
    </message>
    <message>
        <source>Achternaam</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Roepnaam</source>
        <translation>Known as</translation>
    </message>
    <message>
        <source>Identificatie</source>
        <translation>Identification</translation>
    </message>
    <message>
        <source>Reden geen BSN</source>
        <translation>Reason for no BSN</translation>
    </message>
    <message>
        <source>Identiteitsbewijs</source>
        <translation>Proof of identity</translation>
    </message>
    <message>
        <source>Documentnummer</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Straat en huisnummer</source>
        <translation>Street and number</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Woonplaats</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Telefoon 2</source>
        <translation>Phone 2</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Voorkeurstaal</source>
        <translation>Preferred language</translation>
    </message>
    <message>
        <source>Tolk</source>
        <translation>Interpreter</translation>
    </message>
    <message>
        <source>Bijv. alleen bellen op dinsdag; geen post naar huisadres</source>
        <translation>E.g. only phone on Tuesdays; no post to home address</translation>
    </message>
    <message>
        <source>Veilig contact</source>
        <translation>Safe contact</translation>
    </message>
    <message>
        <source>Wijzigingen ongedaan maken</source>
        <translation>Undo changes</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Zwangerschappen (nieuwste eerst)</source>
        <translation>Pregnancies (newest first)</translation>
    </message>
    <message>
        <source>Nieuwe zwangerschap</source>
        <translation>New pregnancy</translation>
    </message>
    <message>
        <source>Zwangerschap</source>
        <translation>Pregnancy</translation>
    </message>
    <message>
        <source>Bron à terme datum</source>
        <translation>Due date source</translation>
    </message>
    <message>
        <source>Een termijnecho of IVF-datum gaat voor op de laatste menstruatie.</source>
        <translation>A dating scan or IVF date takes precedence over the last menstrual period.</translation>
    </message>
    <message>
        <source>Gravida</source>
        <translation>Gravida</translation>
    </message>
    <message>
        <source>Para</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Statusdatum</source>
        <translation>Status date</translation>
    </message>
    <message>
        <source>Geboortedatum kind</source>
        <translation>Baby&apos;s date of birth</translation>
    </message>
    <message>
        <source>Intakedatum</source>
        <translation>Intake date</translation>
    </message>
    <message>
        <source>Centering</source>
        <translation>Centering</translation>
    </message>
    <message>
        <source>Wil deelnemen aan CenteringZwangerschap</source>
        <translation>Wants to join CenteringPregnancy</translation>
    </message>
    <message>
        <source>Geschiedenis à terme datum</source>
        <translation>Due date history</translation>
    </message>
    <message>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Vastgelegd op</source>
        <translation>Recorded on</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Zwangerschap toevoegen</source>
        <translation>Add pregnancy</translation>
    </message>
    <message>
        <source>Signalering kwetsbaarheid:</source>
        <translation>Vulnerability screening:</translation>
    </message>
    <message>
        <source>&amp;Signalering…</source>
        <translation>&amp;Screening…</translation>
    </message>
    <message>
        <source>De checklist Kwetsbaarheid Rotterdam, de geschiedenis en de doorgeleiding van deze zwangerschap</source>
        <translation>The Kwetsbaarheid Rotterdam checklist, the history and the referral for this pregnancy</translation>
    </message>
    <message>
        <source>nog niet gesignaleerd</source>
        <translation>not yet screened</translation>
    </message>
    <message>
        <source>Laatste beoordeling: {date}</source>
        <translation>Last assessment: {date}</translation>
    </message>
    <message>
        <source>meldcode open</source>
        <translation>reporting code open</translation>
    </message>
    <message>
        <source>besluit doorgeleiding nodig</source>
        <translation>referral decision needed</translation>
    </message>
    <message>
        <source>Cliënte aanmaken</source>
        <translation>Create client</translation>
    </message>
    <message>
        <source>Geen toegang</source>
        <translation>No access</translation>
    </message>
    <message>
        <source>{message}

Met noodtoegang kun je dit dossier toch openen. Je geeft dan een reden op; dat wordt vastgelegd en de beheerder ziet het.</source>
        <translation>{message}

With emergency access you can still open this record. You will be asked for a reason; it is recorded and the administrator can see it.</translation>
    </message>
    <message>
        <source>Noodtoegang…</source>
        <translation>Emergency access…</translation>
    </message>
    <message>
        <source>Cliënte openen</source>
        <translation>Open client</translation>
    </message>
    <message>
        <source>Nieuwe cliënte</source>
        <translation>New client</translation>
    </message>
    <message>
        <source>Vul haar gegevens in en kies ‘Cliënte aanmaken’. Daarna kun je de zwangerschap vastleggen.</source>
        <translation>Fill in her details and choose ‘Create client’. You can then record the pregnancy.</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Geen zwangerschap</source>
        <translation>No pregnancy</translation>
    </message>
    <message>
        <source>Taal: {language}</source>
        <translation>Language: {language}</translation>
    </message>
    <message>
        <source>Veilig contact: {text}</source>
        <translation>Safe contact: {text}</translation>
    </message>
    <message>
        <source>Geen contactgegevens vastgelegd.</source>
        <translation>No contact details recorded.</translation>
    </message>
    <message>
        <source>À terme {date} · {status} · G{g}P{p}</source>
        <translation>Due {date} · {status} · G{g}P{p}</translation>
    </message>
    <message>
        <source>Zwangerschap, à terme {date}</source>
        <translation>Pregnancy, due {date}</translation>
    </message>
    <message>
        <source>de nieuwe cliënte</source>
        <translation>the new client</translation>
    </message>
    <message>
        <source>deze zwangerschap</source>
        <translation>this pregnancy</translation>
    </message>
    <message>
        <source>Cliënte {name} aangemaakt.</source>
        <translation>Client {name} created.</translation>
    </message>
    <message>
        <source>Gegevens van {name} opgeslagen.</source>
        <translation>{name}&apos;s details saved.</translation>
    </message>
    <message>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Zwangerschap opgeslagen.</source>
        <translation>Pregnancy saved.</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>À terme datum</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Amenorroeduur</source>
        <translation>Gestational age</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Met een databaseserver kan ksdesk geen demopraktijk naast de eigen gegevens openen.</source>
        <translation>With a database server, ksdesk cannot open a demo practice alongside your own data.</translation>
    </message>
    <message>
        <source>In de map {folder} staat een praktijk die geen demo is. ksdesk opent die hier niet.</source>
        <translation>The folder {folder} contains a practice that is not a demo. ksdesk will not open it here.</translation>
    </message>
    <message>
        <source>Demopraktijk</source>
        <translation>Demo practice</translation>
    </message>
    <message>
        <source>De demopraktijk met fictieve cliënten wordt gemaakt…</source>
        <translation>Creating the demo practice with fictitious clients…</translation>
    </message>
    <message>
        <source>ksdesk inrichten</source>
        <translation>Set up ksdesk</translation>
    </message>
    <message>
        <source>&amp;Volgende &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&lt; V&amp;orige</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>Voltooien</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation>Exit</translation>
    </message>
    <message>
        <source>De taalkeuze kon niet worden bewaard: {reason}</source>
        <translation>The language choice could not be saved: {reason}</translation>
    </message>
    <message>
        <source>Niet ingericht: {reason}</source>
        <translation>Not set up: {reason}</translation>
    </message>
</context>
<context>
    <name>GroupPanel</name>
    <message>
        <source>Groepsoverzicht</source>
        <translation>Group overview</translation>
    </message>
    <message>
        <source>Agenda (.ics)</source>
        <translation>Calendar (.ics)</translation>
    </message>
    <message>
        <source>Het groepsoverzicht afdrukken</source>
        <translation>Print the group overview</translation>
    </message>
    <message>
        <source>De bijeenkomsten opslaan als agendabestand voor Outlook of Google Agenda</source>
        <translation>Save the sessions as a calendar file for Outlook or Google Calendar</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ATD</source>
        <translation>EDD</translation>
    </message>
    <message>
        <source>Zw.duur</source>
        <translation>GA</translation>
    </message>
    <message>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Sinds</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>CB-IPG-toeslag</source>
        <translation>CB-IPG supplement</translation>
    </message>
    <message>
        <source>Overdracht JGZ</source>
        <translation>JGZ handover</translation>
    </message>
    <message>
        <source>Verlaat groep</source>
        <translation>Leave group</translation>
    </message>
    <message>
        <source>Reden:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Datum:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Naar andere groep</source>
        <translation>Move to other group</translation>
    </message>
    <message>
        <source>Terug naar de kandidaten</source>
        <translation>Back to the candidates</translation>
    </message>
    <message>
        <source>Toeslag gedeclareerd</source>
        <translation>Supplement claimed</translation>
    </message>
    <message>
        <source>Toestemming overdracht aan/uit</source>
        <translation>Handover consent on/off</translation>
    </message>
    <message>
        <source>Overdrachtslijst JGZ</source>
        <translation>JGZ handover list</translation>
    </message>
    <message>
        <source>Deelnemers</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Bijeenkomst</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Opmerking</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>Bijeenkomst verplaatsen</source>
        <translation>Move session</translation>
    </message>
    <message>
        <source>Presentielijst afdrukken</source>
        <translation>Print attendance sheet</translation>
    </message>
    <message>
        <source>Nieuwe datum:</source>
        <translation>New date:</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Reden van vertrek</source>
        <translation>Reason for leaving</translation>
    </message>
    <message>
        <source>Datum van vertrek</source>
        <translation>Date of leaving</translation>
    </message>
    <message>
        <source>Andere groep</source>
        <translation>Other group</translation>
    </message>
    <message>
        <source>Nieuwe datum</source>
        <translation>New date</translation>
    </message>
    <message>
        <source>Nieuwe tijd</source>
        <translation>New time</translation>
    </message>
    <message>
        <source>Bijeenkomst:</source>
        <translation>Session:</translation>
    </message>
    <message>
        <source>Aanwezigheid</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Individueel consult</source>
        <translation>Individual consultation</translation>
    </message>
    <message>
        <source>Aanwezigheid opslaan</source>
        <translation>Save attendance</translation>
    </message>
    <message>
        <source>Individueel consult gedaan</source>
        <translation>Individual consultation done</translation>
    </message>
    <message>
        <source>Locatie</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Ruimte</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Verloskundige</source>
        <translation>Midwife</translation>
    </message>
    <message>
        <source>Co-begeleider</source>
        <translation>Co-facilitator</translation>
    </message>
    <message>
        <source>Gegevens opslaan</source>
        <translation>Save details</translation>
    </message>
    <message>
        <source>Schema opnieuw plannen</source>
        <translation>Replan schedule</translation>
    </message>
    <message>
        <source>Status van de groep</source>
        <translation>Group status</translation>
    </message>
    <message>
        <source>Start (lopend)</source>
        <translation>Start (running)</translation>
    </message>
    <message>
        <source>Afronden</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Reden van annuleren</source>
        <translation>Reason for cancelling</translation>
    </message>
    <message>
        <source>Groep annuleren</source>
        <translation>Cancel group</translation>
    </message>
    <message>
        <source>Gegevens</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Kies links een groep</source>
        <translation>Choose a group on the left</translation>
    </message>
    <message>
        <source>{0} deelnemers · {1} · begeleiding: {2}</source>
        <translation>{0} participants · {1} · facilitators: {2}</translation>
    </message>
    <message>
        <source>nog geen locatie</source>
        <translation>no location yet</translation>
    </message>
    <message>
        <source>nog niet gekozen</source>
        <translation>not chosen yet</translation>
    </message>
    <message>
        <source>In de groep</source>
        <translation>In the group</translation>
    </message>
    <message>
        <source>Verlaten {0}: {1}</source>
        <translation>Left {0}: {1}</translation>
    </message>
    <message>
        <source>Gedeclareerd {0}</source>
        <translation>Claimed {0}</translation>
    </message>
    <message>
        <source>Komt in aanmerking</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>Nog niet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nee</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Geweest</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>met baby&apos;s</source>
        <translation>with babies</translation>
    </message>
    <message>
        <source>Aanwezigheid vul je in vanaf de dag van de eerste bijeenkomst.</source>
        <translation>You can enter attendance from the day of the first session.</translation>
    </message>
    <message>
        <source>Aanwezigheid van {name}</source>
        <translation>Attendance of {name}</translation>
    </message>
    <message>
        <source>Gedaan</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Nog plannen</source>
        <translation>To schedule</translation>
    </message>
    <message>
        <source>Nog niet ingevuld: iedereen staat op aanwezig.</source>
        <translation>Not yet filled in: everyone is marked present.</translation>
    </message>
    <message>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>(nog niet gekozen)</source>
        <translation>(not chosen yet)</translation>
    </message>
    <message>
        <source>, Centering-getraind</source>
        <translation>, Centering-trained</translation>
    </message>
    <message>
        <source>Kies eerst een deelnemer in de lijst.</source>
        <translation>Choose a participant in the list first.</translation>
    </message>
    <message>
        <source>Datum: {0}</source>
        <translation>Date: {0}</translation>
    </message>
    <message>
        <source>De toeslag wordt eenmaal per zwangere gedeclareerd. Vastleggen dat hij vandaag is gedeclareerd?</source>
        <translation>The supplement is claimed once per pregnant woman. Record that it was claimed today?</translation>
    </message>
    <message>
        <source>Vastleggen</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Kies eerst een bijeenkomst in het schema.</source>
        <translation>Choose a session in the schedule first.</translation>
    </message>
    <message>
        <source>Opgeslagen. Plan een individueel consult voor: {0}.</source>
        <translation>Saved. Plan an individual consultation for: {0}.</translation>
    </message>
    <message>
        <source>Opgeslagen.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Kies eerst een deelnemer die de bijeenkomst miste.</source>
        <translation>Choose a participant who missed the session first.</translation>
    </message>
    <message>
        <source>de aanwezigheid</source>
        <translation>the attendance</translation>
    </message>
    <message>
        <source>de groepsgegevens</source>
        <translation>the group details</translation>
    </message>
    <message>
        <source>De groep wordt geannuleerd; alle gegevens blijven bewaard en de deelnemers komen terug bij de kandidaten.</source>
        <translation>The group will be cancelled; all data is kept and the participants go back to the candidates.</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Afdrukken</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Presentielijst</source>
        <translation>Attendance sheet</translation>
    </message>
    <message>
        <source>Overdracht CenteringOuderschap</source>
        <translation>CenteringParenting handover</translation>
    </message>
    <message>
        <source>Agenda opslaan</source>
        <translation>Save calendar</translation>
    </message>
    <message>
        <source>Agenda (*.ics)</source>
        <translation>Calendar (*.ics)</translation>
    </message>
    <message>
        <source>Opslaan mislukt: {0}</source>
        <translation>Saving failed: {0}</translation>
    </message>
    <message>
        <source>De agenda is opgeslagen. Open het bestand in Outlook of importeer het in Google Agenda.</source>
        <translation>The calendar has been saved. Open the file in Outlook or import it into Google Calendar.</translation>
    </message>
</context>
<context>
    <name>GroupTimeline</name>
    <message>
        <source>Tijdlijn van de groep</source>
        <translation>Group timeline</translation>
    </message>
    <message>
        <source>ATD&apos;s {0} – {1}; bijeenkomsten {2} – {3}</source>
        <translation>Due dates {0} – {1}; sessions {2} – {3}</translation>
    </message>
    <message>
        <source>Nog geen deelnemers of schema.</source>
        <translation>No participants or schedule yet.</translation>
    </message>
    <message>
        <source>Bijeenk.</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>ATD&apos;s</source>
        <translation>EDDs</translation>
    </message>
    <message>
        <source>vandaag</source>
        <translation>today</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>1 regel</source>
        <translation>1 row</translation>
    </message>
    <message>
        <source>{n} regels</source>
        <translation>{n} rows</translation>
    </message>
    <message>
        <source>1 kolom</source>
        <translation>1 column</translation>
    </message>
    <message>
        <source>{n} kolommen</source>
        <translation>{n} columns</translation>
    </message>
    <message>
        <source>Het importeren is mislukt; er is niets opgeslagen.</source>
        <translation>The import failed; nothing has been saved.</translation>
    </message>
    <message>
        <source>Importeren uit het dossiersysteem</source>
        <translation>Import from the record system</translation>
    </message>
    <message>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Volgende</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Welk bestand?</source>
        <translation>Which file?</translation>
    </message>
    <message>
        <source>Kies een export uit je dossiersysteem (CSV of Excel). Er wordt nog niets opgeslagen: je ziet eerst per regel wat er gebeurt. Het bestand zelf wordt niet in ksdesk bewaard.</source>
        <translation>Choose an export from your record system (CSV or Excel). Nothing is saved yet: first you see what happens to each row. The file itself is not kept in ksdesk.</translation>
    </message>
    <message>
        <source>Bestand kiezen…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Nog geen bestand gekozen.</source>
        <translation>No file chosen yet.</translation>
    </message>
    <message>
        <source>De koppeling van kolommen wordt per bron onthouden.</source>
        <translation>The column mapping is remembered for each source.</translation>
    </message>
    <message>
        <source>&amp;Bron (dossiersysteem)</source>
        <translation>&amp;Source (record system)</translation>
    </message>
    <message>
        <source>&amp;Tekenset</source>
        <translation>&amp;Character set</translation>
    </message>
    <message>
        <source>&amp;Scheidingsteken</source>
        <translation>Se&amp;parator</translation>
    </message>
    <message>
        <source>Export kiezen</source>
        <translation>Choose export</translation>
    </message>
    <message>
        <source>Exportbestanden (*.csv *.txt *.xlsx);;Alle bestanden (*)</source>
        <translation>Export files (*.csv *.txt *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>{rows} en {cols} gelezen. Staan er vreemde tekens (Ã©) of alles in één kolom? Kies dan een andere tekenset of ander scheidingsteken.</source>
        <translation>{rows} and {cols} read. Strange characters (Ã©) or everything in one column? Then choose a different character set or separator.</translation>
    </message>
    <message>
        <source>Er staan vreemde tekens in (zoals Ã« voor ë): de tekenset is waarschijnlijk UTF-8; kies die hierboven.</source>
        <translation>There are strange characters (such as Ã« for ë): the character set is probably UTF-8; choose it above.</translation>
    </message>
    <message>
        <source>{rows} en {cols} gelezen uit het eerste werkblad.</source>
        <translation>{rows} and {cols} read from the first worksheet.</translation>
    </message>
    <message>
        <source>Alles staat in één kolom: het scheidingsteken klopt waarschijnlijk niet.</source>
        <translation>Everything is in one column: the separator is probably wrong.</translation>
    </message>
    <message>
        <source>Met {name} worden het {n} kolommen; kies dat hierboven.</source>
        <translation>Using {name} gives {n} columns; choose that above.</translation>
    </message>
    <message>
        <source>Welke kolom is welk veld?</source>
        <translation>Which column is which field?</translation>
    </message>
    <message>
        <source>ksdesk heeft de kolommen geraden aan hun kop. Controleer en verbeter waar nodig; kolommen die je niet nodig hebt zet je op &apos;(niet importeren)&apos;.</source>
        <translation>ksdesk has guessed the columns from their headers. Check and correct where needed; set columns you don&apos;t need to &apos;(do not import)&apos;.</translation>
    </message>
    <message>
        <source>Kolom in het bestand</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>Voorbeelden</source>
        <translation>Examples</translation>
    </message>
    <message>
        <source>Veld in ksdesk</source>
        <translation>Field in ksdesk</translation>
    </message>
    <message>
        <source>Ik verklaar: de identiteit van de cliënten met een BSN in dit bestand is gecontroleerd met een wettelijk identiteitsbewijs, vastgelegd in het dossiersysteem van de praktijk</source>
        <translation>I declare: the identity of the clients with a BSN in this file has been checked against a legal proof of identity, recorded in the practice&apos;s record system</translation>
    </message>
    <message>
        <source>Bij elke cliënte komt als identiteitsbewijs &apos;Gecontroleerd in het dossiersysteem van de praktijk&apos; zonder documentnummer, en de import legt deze verklaring vast in het logboek. Geldt alleen voor deze import.</source>
        <translation>Each client gets &apos;Checked in the practice&apos;s record system&apos; as proof of identity, without a document number, and the import records this declaration in the audit log. Applies to this import only.</translation>
    </message>
    <message>
        <source>bijv. Niet in de export van het dossiersysteem</source>
        <translation>e.g. Not in the record system export</translation>
    </message>
    <message>
        <source>&amp;Reden geen BSN, als een regel geen BSN heeft</source>
        <translation>&amp;Reason for no BSN, if a row has no BSN</translation>
    </message>
    <message>
        <source>Deze koppeling onthouden voor de volgende import uit deze bron</source>
        <translation>Remember this mapping for the next import from this source</translation>
    </message>
    <message>
        <source>Cliënte</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Zwangerschap</source>
        <translation>Pregnancy</translation>
    </message>
    <message>
        <source>(zonder kop)</source>
        <translation>(no header)</translation>
    </message>
    <message>
        <source>Controle: wat gebeurt er met elke regel?</source>
        <translation>Check: what happens to each row?</translation>
    </message>
    <message>
        <source>Er is nog niets opgeslagen. Regels met een fout worden overgeslagen; wat in ksdesk al anders is ingevuld wordt niet overschreven (zie &apos;Met afwijkingen&apos;). Alleen lege velden worden aangevuld.</source>
        <translation>Nothing has been saved yet. Rows with an error are skipped; anything already filled in differently in ksdesk is not overwritten (see &apos;With differences&apos;). Only empty fields are filled in.</translation>
    </message>
    <message>
        <source>Toon:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>Controleverslag opslaan…</source>
        <translation>Save check report…</translation>
    </message>
    <message>
        <source>Kies een regel om de hele toelichting te zien.</source>
        <translation>Choose a row to see the full explanation.</translation>
    </message>
    <message>
        <source>Regel {n}:</source>
        <translation>Row {n}:</translation>
    </message>
    <message>
        <source>Controleren…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Alle zwangerschappen die worden aangemaakt: bij nieuwe cliënten en bij cliënten die al in ksdesk staan.</source>
        <translation>All pregnancies that will be created: for new clients and for clients already in ksdesk.</translation>
    </message>
    <message>
        <source>Met afwijkingen: {n}</source>
        <translation>With differences: {n}</translation>
    </message>
    <message>
        <source>Import klaar</source>
        <translation>Import complete</translation>
    </message>
    <message>
        <source>Verslag opslaan…</source>
        <translation>Save report…</translation>
    </message>
    <message>
        <source>Het verslag noemt per regel wat er is geïmporteerd en wat is overgeslagen, en waarom. Het bevat gegevens van cliënten: bewaar het zorgvuldig.</source>
        <translation>The report lists for each row what was imported and what was skipped, and why. It contains client data: keep it safe.</translation>
    </message>
    <message>
        <source>Nu opslaan: nieuwe cliënten {new}, nieuwe zwangerschappen {preg}, aanvullingen {upd}.</source>
        <translation>Save now: new clients {new}, new pregnancies {preg}, additions {upd}.</translation>
    </message>
    <message>
        <source>{rows} met een fout worden overgeslagen.</source>
        <translation>{rows} with an error will be skipped.</translation>
    </message>
    <message>
        <source>Bij {n} cliënten wordt vastgelegd dat de identiteit in het dossiersysteem is gecontroleerd.</source>
        <translation>For {n} clients, it will be recorded that their identity was checked in the record system.</translation>
    </message>
    <message>
        <source>Importeren</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Importeren…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Afbreken</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Importeren… regel {done} van {total}</source>
        <translation>Importing… row {done} of {total}</translation>
    </message>
    <message>
        <source>Alles is in één keer opgeslagen.</source>
        <translation>Everything was saved in one go.</translation>
    </message>
    <message>
        <source>1 regel is overgeslagen; het verslag zegt waarom.</source>
        <translation>1 row was skipped; the report says why.</translation>
    </message>
    <message>
        <source>{n} regels zijn overgeslagen; het verslag zegt waarom.</source>
        <translation>{n} rows were skipped; the report says why.</translation>
    </message>
    <message>
        <source>1 regel heeft afwijkingen die niet zijn overgenomen.</source>
        <translation>1 row has differences that were not applied.</translation>
    </message>
    <message>
        <source>{n} regels hebben afwijkingen die niet zijn overgenomen.</source>
        <translation>{n} rows have differences that were not applied.</translation>
    </message>
    <message>
        <source>Bij {n} cliënten is als identiteitsbewijs vastgelegd: gecontroleerd in het dossiersysteem van de praktijk (zonder documentnummer).</source>
        <translation>For {n} clients, proof of identity was recorded as: checked in the practice&apos;s record system (no document number).</translation>
    </message>
    <message>
        <source>Verslag opslaan</source>
        <translation>Save report</translation>
    </message>
    <message>
        <source>CSV-bestand (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <source>Het verslag kon niet worden opgeslagen op deze plek.</source>
        <translation>The report could not be saved in this location.</translation>
    </message>
    <message>
        <source>Het verslag is opgeslagen.</source>
        <translation>The report has been saved.</translation>
    </message>
    <message>
        <source>Geef de bron een naam (bijvoorbeeld het dossiersysteem).</source>
        <translation>Give the source a name (for example the record system).</translation>
    </message>
    <message>
        <source>Stap {n} van 4: {name}</source>
        <translation>Step {n} of 4: {name}</translation>
    </message>
    <message>
        <source>Controleren</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>{rows} importeren</source>
        <translation>Import {rows}</translation>
    </message>
    <message>
        <source>Niets te importeren</source>
        <translation>Nothing to import</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>LiveCheck</name>
    <message>
        <source>Niet opgeslagen: controleer de rood gemarkeerde velden.</source>
        <translation>Not saved: check the fields marked in red.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>Vergrendeld — alleen {name} kan ontgrendelen</source>
        <translation>Locked — only {name} can unlock</translation>
    </message>
    <message>
        <source>&amp;Wachtwoord</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>6 cijfers uit je app</source>
        <translation>6 digits from your app</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>Andere gebruiker</source>
        <translation>Other user</translation>
    </message>
    <message>
        <source>Ontgrendelen</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Aanmelden als andere gebruiker</source>
        <translation>Log in as another user</translation>
    </message>
    <message>
        <source>Dit sluit de sessie van {name}. Opgeslagen werk blijft bewaard.</source>
        <translation>This ends {name}&apos;s session. Saved work is kept.</translation>
    </message>
    <message>
        <source>6 cijfers, of een herstelcode</source>
        <translation>6 digits, or a recovery code</translation>
    </message>
    <message>
        <source>C&amp;ode</source>
        <translation>C&amp;ode</translation>
    </message>
    <message>
        <source>Gebr&amp;uikersnaam</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>W&amp;achtwoord</source>
        <translation>P&amp;assword</translation>
    </message>
    <message>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Aanmelden</source>
        <translation>Log in</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Aanmelden – ksdesk</source>
        <translation>Log in – ksdesk</translation>
    </message>
    <message>
        <source>Aanmelden</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>DEMO – fictieve gegevens</source>
        <translation>DEMO – fictitious data</translation>
    </message>
    <message>
        <source>&amp;Gebruikersnaam</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>&amp;Wachtwoord</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>6 cijfers, of een herstelcode</source>
        <translation>6 digits, or a recovery code</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation>Exit</translation>
    </message>
    <message>
        <source>Herstelsleutel gebruiken…</source>
        <translation>Use recovery key…</translation>
    </message>
    <message>
        <source>Het nieuwe wachtwoord is ingesteld. Meld je ermee aan.</source>
        <translation>The new password has been set. Log in with it.</translation>
    </message>
</context>
<context>
    <name>Logo</name>
    <message>
        <source>Geen logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <source>Logo kiezen</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <source>Afbeeldingen (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Dit bestand is geen afbeelding die ksdesk kan lezen.</source>
        <translation>This file is not an image ksdesk can read.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Afmelden</source>
        <translation>&amp;Log out</translation>
    </message>
    <message>
        <source>Af&amp;sluiten</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>&amp;Nieuwe cliënte</source>
        <translation>&amp;New client</translation>
    </message>
    <message>
        <source>&amp;Over ksdesk</source>
        <translation>&amp;About ksdesk</translation>
    </message>
    <message>
        <source>&amp;Vergrendelen</source>
        <translation>Loc&amp;k</translation>
    </message>
    <message>
        <source>&amp;Importeren uit het dossiersysteem…</source>
        <translation>&amp;Import from the record system…</translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Cliënte &amp;zoeken…</source>
        <translation>Find &amp;client…</translation>
    </message>
    <message>
        <source>Af&amp;drukken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Drukt af wat dit scherm toont: de brief, het groepsoverzicht of de presentielijst</source>
        <translation>Prints what this screen shows: the letter, the group overview or the attendance sheet</translation>
    </message>
    <message>
        <source>&amp;Handleiding</source>
        <translation>&amp;Manual</translation>
    </message>
    <message>
        <source>&amp;Ga naar</source>
        <translation>&amp;Go to</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Cliënte zoeken</source>
        <translation>Find client</translation>
    </message>
    <message>
        <source>Zoek een cliënte op naam, BSN, geboortedatum of postcode (Ctrl+F)</source>
        <translation>Search for a client by name, BSN, date of birth or postcode (Ctrl+F)</translation>
    </message>
    <message>
        <source>Onderdelen</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Noodtoegang beëindigen</source>
        <translation>End emergency access</translation>
    </message>
    <message>
        <source>DEMO – fictieve gegevens</source>
        <translation>DEMO – fictitious data</translation>
    </message>
    <message>
        <source>Noodtoegang actief: {reason}</source>
        <translation>Emergency access active: {reason}</translation>
    </message>
    <message>
        <source>Reservekopie</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Dagelijkse reservekopie maken…</source>
        <translation>Making the daily backup…</translation>
    </message>
    <message>
        <source>De dagelijkse reservekopie is niet gelukt: {reason}</source>
        <translation>The daily backup failed: {reason}</translation>
    </message>
    <message>
        <source>Reservekopie gemaakt: {name}</source>
        <translation>Backup made: {name}</translation>
    </message>
    <message>
        <source>Andere gebruiker</source>
        <translation>Different user</translation>
    </message>
    <message>
        <source>{name} heeft wijzigingen die nog niet zijn opgeslagen. Als {other} zich nu aanmeldt, gaan die wijzigingen verloren. Opgeslagen werk blijft bewaard.</source>
        <translation>{name} has unsaved changes. If {other} logs in now, those changes will be lost. Saved work is kept.</translation>
    </message>
    <message>
        <source>Wijzigingen weggooien en aanmelden</source>
        <translation>Discard changes and log in</translation>
    </message>
    <message>
        <source>Op dit scherm is niets om af te drukken.</source>
        <translation>There is nothing to print on this screen.</translation>
    </message>
    <message>
        <source>Handleiding</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>De handleiding komt in een volgende versie van ksdesk. Vraag tot die tijd de beheerder van de praktijk.</source>
        <translation>The manual will be added in a later version of ksdesk. Until then, please ask the practice administrator.</translation>
    </message>
    <message>
        <source>Databaseserver (PostgreSQL); versleuteling en reservekopieën regelt de server.</source>
        <translation>Database server (PostgreSQL); the server handles encryption and backups.</translation>
    </message>
    <message>
        <source>versleuteld (SQLCipher)</source>
        <translation>encrypted (SQLCipher)</translation>
    </message>
    <message>
        <source>nog niet versleuteld</source>
        <translation>not yet encrypted</translation>
    </message>
    <message>
        <source>Gegevensmap: {folder}&lt;br&gt;Database: {file}, {kind}</source>
        <translation>Data folder: {folder}&lt;br&gt;Database: {file}, {kind}</translation>
    </message>
    <message>
        <source>Over ksdesk</source>
        <translation>About ksdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ksdesk {version}&lt;/h3&gt;&lt;p&gt;Kansrijke Start voor de verloskundigenpraktijk: cliënten, signalering van kwetsbaarheid, verwijzingen en planning van CenteringZwangerschap.&lt;/p&gt;&lt;p&gt;Werkt zonder internet; de gegevens blijven op deze computer of de eigen server van de praktijk.&lt;/p&gt;&lt;p&gt;{where}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ksdesk {version}&lt;/h3&gt;&lt;p&gt;Kansrijke Start for the midwifery practice: clients, vulnerability screening, referrals and CenteringPregnancy planning.&lt;/p&gt;&lt;p&gt;Works without internet; the data stays on this computer or on the practice&apos;s own server.&lt;/p&gt;&lt;p&gt;{where}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Vergrendeld</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>{name} heeft wijzigingen die nog niet zijn opgeslagen. Ontgrendel eerst, of meld je aan als andere gebruiker.</source>
        <translation>{name} has unsaved changes. Unlock first, or log in as a different user.</translation>
    </message>
</context>
<context>
    <name>ManualWindow</name>
    <message>
        <source>Handleiding – ksdesk</source>
        <translation>Manual – ksdesk</translation>
    </message>
    <message>
        <source>Inhoud</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Handleiding</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Zoeken in de handleiding (Ctrl+F)</source>
        <translation>Search the manual (Ctrl+F)</translation>
    </message>
    <message>
        <source>Zoeken in de handleiding</source>
        <translation>Search the manual</translation>
    </message>
    <message>
        <source>Vorige</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Volgende</source>
        <translation>Next</translation>
    </message>
    <message>
        <source># Handleiding niet gevonden

De handleiding hoort te staan in `{path}`. Installeer ksdesk opnieuw of vraag de beheerder.</source>
        <translation># Manual not found

The manual should be in `{path}`. Reinstall ksdesk or ask the administrator.</translation>
    </message>
    <message>
        <source>Niet gevonden</source>
        <translation>Not found</translation>
    </message>
</context>
<context>
    <name>MonitorPage</name>
    <message>
        <source>Monitor</source>
        <translation>Monitor</translation>
    </message>
    <message>
        <source>Geanonimiseerde aantallen voor de regionale monitor Kansrijke Start, per gemeente en voor de hele praktijk. Je ziet hieronder precies wat de praktijk verlaat, voordat je iets opslaat.</source>
        <translation>Anonymised counts for the regional Kansrijke Start monitor, per municipality and for the whole practice. Below you see exactly what leaves the practice, before you save anything.</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Kwartaal</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Van – tot</source>
        <translation>From – to</translation>
    </message>
    <message>
        <source>%1e kwartaal</source>
        <translation>Quarter %1</translation>
    </message>
    <message>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Tot en met</source>
        <translation>Up to and including</translation>
    </message>
    <message>
        <source>t/m</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Voorbeeld tonen</source>
        <translation>Show preview</translation>
    </message>
    <message>
        <source>Kies een periode en kies &apos;Voorbeeld tonen&apos;. Er wordt dan nog niets opgeslagen.</source>
        <translation>Choose a period, then click &apos;Show preview&apos;. Nothing is saved yet.</translation>
    </message>
    <message>
        <source>Voorbeeld van de aantallen</source>
        <translation>Preview of the counts</translation>
    </message>
    <message>
        <source>Tabel</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Samenvatting met grafiek (PDF)</source>
        <translation>Summary with chart (PDF)</translation>
    </message>
    <message>
        <source>Gebied</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Onderdrukte cellen</source>
        <translation>Suppressed cells</translation>
    </message>
    <message>
        <source>Drempel voor kleine aantallen</source>
        <translation>Threshold for small numbers</translation>
    </message>
    <message>
        <source>Drempel opslaan</source>
        <translation>Save threshold</translation>
    </message>
    <message>
        <source>Exporteren naar map…</source>
        <translation>Export to folder…</translation>
    </message>
    <message>
        <source>De periode is gewijzigd. Kies &apos;Voorbeeld tonen&apos; om de cijfers te zien.</source>
        <translation>The period has changed. Click &apos;Show preview&apos; to see the figures.</translation>
    </message>
    <message>
        <source>Aantallen tellen…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>Voorbeeld %1: %2 gebieden, %3 indicatoren; %4 cellen onderdrukt (drempel %5).</source>
        <translation>Preview %1: %2 areas, %3 indicators; %4 cells suppressed (threshold %5).</translation>
    </message>
    <message>
        <source>Nog niet beschikbaar (nb): %1.</source>
        <translation>Not yet available (nb): %1.</translation>
    </message>
    <message>
        <source>Er staan geen namen, BSN&apos;s, geboortedata, adressen of datums van cliënten in.</source>
        <translation>It contains no client names, BSNs, dates of birth, addresses or dates.</translation>
    </message>
    <message>
        <source>jaar {year}</source>
        <translation>year {year}</translation>
    </message>
    <message>
        <source>{n}e kwartaal {year}</source>
        <translation>quarter {n} of {year}</translation>
    </message>
    <message>
        <source>{start} t/m {end}</source>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <source>Map voor de monitorbestanden</source>
        <translation>Folder for the monitor files</translation>
    </message>
    <message>
        <source>Monitorbestanden opslaan…</source>
        <translation>Saving the monitor files…</translation>
    </message>
    <message>
        <source>Opgeslagen in %1:
%2</source>
        <translation>Saved in %1:
%2</translation>
    </message>
    <message>
        <source>Drempel: aantallen van 1 tot en met %1 worden getoond als &apos;&lt;%2&apos;.</source>
        <translation>Threshold: counts from 1 up to and including %1 are shown as &apos;&lt;%2&apos;.</translation>
    </message>
    <message>
        <source>Drempel</source>
        <translation>Threshold</translation>
    </message>
</context>
<context>
    <name>MonitorTableModel</name>
    <message>
        <source>Onderdrukt: %1</source>
        <translation>Suppressed: %1</translation>
    </message>
    <message>
        <source>Niet beschikbaar: dit onderdeel is (nog) niet in gebruik.</source>
        <translation>Not available: this part is not in use (yet).</translation>
    </message>
    <message>
        <source>Alleen voor de hele praktijk.</source>
        <translation>Only for the whole practice.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Voorbeeld van het document</source>
        <translation>Preview of the document</translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <source>De praktijk</source>
        <translation>The practice</translation>
    </message>
    <message>
        <source>Deze gegevens staan op de brieven en in de monitorexport. Alleen naam en AGB-code zijn verplicht; de rest kan later in Beheer › Praktijk.</source>
        <translation>These details appear on letters and in the monitor export. Only the name and AGB code are required; the rest can be added later in Administration › Practice.</translation>
    </message>
    <message>
        <source>&amp;Naam praktijk</source>
        <translation>&amp;Practice name</translation>
    </message>
    <message>
        <source>&amp;AGB-code</source>
        <translation>&amp;AGB code</translation>
    </message>
    <message>
        <source>&amp;Straat en huisnummer</source>
        <translation>&amp;Street and house number</translation>
    </message>
    <message>
        <source>&amp;Postcode</source>
        <translation>Post&amp;code</translation>
    </message>
    <message>
        <source>Pl&amp;aats</source>
        <translation>&amp;Town</translation>
    </message>
    <message>
        <source>&amp;Telefoon</source>
        <translation>P&amp;hone</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <source>8 cijfers, bijvoorbeeld 03012345</source>
        <translation>8 digits, for example 03012345</translation>
    </message>
    <message>
        <source>Logo (briefhoofd)</source>
        <translation>Logo (letterhead)</translation>
    </message>
    <message>
        <source>&amp;Logo kiezen…</source>
        <translation>Choose &amp;logo…</translation>
    </message>
    <message>
        <source>&amp;Verwijderen</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Niet verplicht. PNG, JPG of BMP.</source>
        <translation>Optional. PNG, JPG or BMP.</translation>
    </message>
    <message>
        <source>Geen logo</source>
        <translation>No logo</translation>
    </message>
</context>
<context>
    <name>PracticeTab</name>
    <message>
        <source>Gegevens van de praktijk</source>
        <translation>Practice details</translation>
    </message>
    <message>
        <source>Naam praktijk</source>
        <translation>Practice name</translation>
    </message>
    <message>
        <source>AGB-code</source>
        <translation>AGB code</translation>
    </message>
    <message>
        <source>Straat en huisnummer</source>
        <translation>Street and house number</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>CenteringZwangerschap</source>
        <translation>CenteringPregnancy</translation>
    </message>
    <message>
        <source>Vaste dag</source>
        <translation>Regular day</translation>
    </message>
    <message>
        <source>Begintijd</source>
        <translation>Start time</translation>
    </message>
    <message>
        <source>Vaste dag en tijd</source>
        <translation>Regular day and time</translation>
    </message>
    <message>
        <source>Logo (briefhoofd)</source>
        <translation>Logo (letterhead)</translation>
    </message>
    <message>
        <source>Geen logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <source>Logo kiezen…</source>
        <translation>Choose logo…</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Alleen de beheerder kan deze gegevens wijzigen.</source>
        <translation>Only the administrator can change these details.</translation>
    </message>
    <message>
        <source>Werkplek</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <source>&amp;Taal van deze werkplek</source>
        <translation>&amp;Language for this workstation</translation>
    </message>
    <message>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>De keuze is niet bewaard: {reason}</source>
        <translation>Your choice was not saved: {reason}</translation>
    </message>
    <message>
        <source>Geldt alleen voor deze computer.</source>
        <translation>Applies to this computer only.</translation>
    </message>
    <message>
        <source>Bewaard. ksdesk gebruikt {language} vanaf de volgende keer dat het start.</source>
        <translation>Saved. ksdesk will use {language} from the next time it starts.</translation>
    </message>
    <message>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Herstelsleutel gebruiken – ksdesk</source>
        <translation>Use recovery key – ksdesk</translation>
    </message>
    <message>
        <source>Herstelsleutel gebruiken</source>
        <translation>Use recovery key</translation>
    </message>
    <message>
        <source>Gebruik dit alleen als niemand meer kan inloggen. Typ de sleutel van het blad uit de kluis; de gekozen beheerder krijgt een nieuw wachtwoord. Dit wordt vastgelegd in het logboek.</source>
        <translation>Use this only if nobody can log in any more. Type the key from the sheet in the safe; the chosen administrator gets a new password. This is recorded in the audit log.</translation>
    </message>
    <message>
        <source>&amp;Herstelsleutel</source>
        <translation>&amp;Recovery key</translation>
    </message>
    <message>
        <source>&amp;Beheerder (gebruikersnaam)</source>
        <translation>&amp;Administrator (user name)</translation>
    </message>
    <message>
        <source>&amp;Nieuw wachtwoord</source>
        <translation>&amp;New password</translation>
    </message>
    <message>
        <source>Nieuw wachtwoord &amp;herhalen</source>
        <translation>Repeat new &amp;password</translation>
    </message>
    <message>
        <source>Nieuw wachtwoord instellen</source>
        <translation>Set new password</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>De twee wachtwoorden zijn niet gelijk.</source>
        <translation>The two passwords do not match.</translation>
    </message>
</context>
<context>
    <name>ReferralDetail</name>
    <message>
        <source>← Alle verwijzingen</source>
        <translation>← All referrals</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Nog geen brief. Leg eerst de toestemming vast en kies &apos;Brief maken&apos;.</source>
        <translation>No letter yet. First record consent, then choose &apos;Create letter&apos;.</translation>
    </message>
    <message>
        <source>1. Verwijzing</source>
        <translation>1. Referral</translation>
    </message>
    <message>
        <source>Bestemming</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Grondslag</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Wettelijke grond</source>
        <translation>Legal grounds</translation>
    </message>
    <message>
        <source>Alleen bij een melding aan Veilig Thuis (meldcode, stap 5).</source>
        <translation>Only for a report to Veilig Thuis (reporting code, step 5).</translation>
    </message>
    <message>
        <source>Reden van verwijzing</source>
        <translation>Reason for referral</translation>
    </message>
    <message>
        <source>Hulpvraag (in haar woorden)</source>
        <translation>Request for help (in her words)</translation>
    </message>
    <message>
        <source>Al betrokken</source>
        <translation>Already involved</translation>
    </message>
    <message>
        <source>Huisarts, POH-GGZ, GGZ, kraamzorg …</source>
        <translation>GP, POH-GGZ, mental health services, maternity care …</translation>
    </message>
    <message>
        <source>Aantekeningen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Afzender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Verwijzing opslaan</source>
        <translation>Save referral</translation>
    </message>
    <message>
        <source>2. Toestemming van de cliënte</source>
        <translation>2. Client consent</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Wat is uitgelegd</source>
        <translation>What was explained</translation>
    </message>
    <message>
        <source>Vorm</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Zij deelt</source>
        <translation>She shares</translation>
    </message>
    <message>
        <source>Toestemming vastleggen</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <source>Zij weigert</source>
        <translation>She refuses</translation>
    </message>
    <message>
        <source>Toestemming intrekken…</source>
        <translation>Withdraw consent…</translation>
    </message>
    <message>
        <source>3. Brief</source>
        <translation>3. Letter</translation>
    </message>
    <message>
        <source>Brief maken</source>
        <translation>Create letter</translation>
    </message>
    <message>
        <source>Afdrukken…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Opslaan als PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Archief</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>4. Opvolging</source>
        <translation>4. Follow-up</translation>
    </message>
    <message>
        <source>Nieuwe stap</source>
        <translation>New step</translation>
    </message>
    <message>
        <source>Verstuurd via</source>
        <translation>Sent via</translation>
    </message>
    <message>
        <source>Toelichting / uitkomst</source>
        <translation>Note / outcome</translation>
    </message>
    <message>
        <source>Stap vastleggen</source>
        <translation>Record step</translation>
    </message>
    <message>
        <source>Verwijzing</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Nieuwe verwijzing voor {name}</source>
        <translation>New referral for {name}</translation>
    </message>
    <message>
        <source>Het adresboek is nog leeg. Voeg bestemmingen toe bij Beheer › Adresboek.</source>
        <translation>The address book is still empty. Add destinations under Administration › Address book.</translation>
    </message>
    <message>
        <source>regio</source>
        <translation>region</translation>
    </message>
    <message>
        <source>Ikzelf ({name})</source>
        <translation>Myself ({name})</translation>
    </message>
    <message>
        <source>Er is geen signalering gekoppeld aan deze verwijzing.</source>
        <translation>No screening is linked to this referral.</translation>
    </message>
    <message>
        <source>Uit de signalering: domeinen {domains}; beschermende factoren {factors}.</source>
        <translation>From the screening: domains {domains}; protective factors {factors}.</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Verwijzing van {name}</source>
        <translation>Referral for {name}</translation>
    </message>
    <message>
        <source>Nieuw</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Wijzigingen opslaan</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>Sla eerst de verwijzing op.</source>
        <translation>Save the referral first.</translation>
    </message>
    <message>
        <source>Melding volgens de meldcode: de wettelijke grond staat bij de verwijzing; toestemming wordt niet vastgelegd.</source>
        <translation>Report under the reporting code: the legal grounds are recorded with the referral; consent is not recorded.</translation>
    </message>
    <message>
        <source>Nog niet gevraagd. Vertel wat een verwijzing inhoudt, wie de ontvanger is en welke gegevens je deelt; weigeren heeft geen gevolgen voor haar zorg.</source>
        <translation>Not asked yet. Explain what a referral involves, who the recipient is and what information you share; refusing has no consequences for her care.</translation>
    </message>
    <message>
        <source>Ingetrokken op {date} door {who}. Er kan geen brief meer worden gemaakt of afgedrukt.</source>
        <translation>Withdrawn on {date} by {who}. No more letters can be created or printed.</translation>
    </message>
    <message>
        <source>Gegeven op {date} ({form}), gevraagd door {who}. Zij deelt: {parts}.</source>
        <translation>Given on {date} ({form}), asked by {who}. She shares: {parts}.</translation>
    </message>
    <message>
        <source>Geweigerd op {date}. Er wordt geen brief gemaakt.</source>
        <translation>Refused on {date}. No letter will be created.</translation>
    </message>
    <message>
        <source>Ontvanger: {name}.</source>
        <translation>Recipient: {name}.</translation>
    </message>
    <message>
        <source>{when} door {who}</source>
        <translation>{when} by {who}</translation>
    </message>
    <message>
        <source>Controleer de gemarkeerde velden.</source>
        <translation>Check the highlighted fields.</translation>
    </message>
    <message>
        <source>Verwijzing opgeslagen. Leg nu de toestemming vast.</source>
        <translation>Referral saved. Now record consent.</translation>
    </message>
    <message>
        <source>Toestemming vastgelegd. Maak nu de brief.</source>
        <translation>Consent recorded. Now create the letter.</translation>
    </message>
    <message>
        <source>Weigering vastgelegd. Er wordt geen brief gemaakt.</source>
        <translation>Refusal recorded. No letter will be created.</translation>
    </message>
    <message>
        <source>Toestemming intrekken</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <source>De cliënte trekt haar toestemming in. Daarna kan geen brief meer worden gemaakt of afgedrukt. Doorgaan?</source>
        <translation>The client is withdrawing her consent. After this, no letter can be created or printed. Continue?</translation>
    </message>
    <message>
        <source>Intrekken</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Toestemming ingetrokken.</source>
        <translation>Consent withdrawn.</translation>
    </message>
    <message>
        <source>Brief gemaakt en gearchiveerd. Controleer hem rechts en druk af of sla op.</source>
        <translation>Letter created and archived. Check it on the right, then print or save it.</translation>
    </message>
    <message>
        <source>Gearchiveerd op {when} door {who}; bevat: {parts}. Controlegetal (SHA-256): {sha}…</source>
        <translation>Archived on {when} by {who}; contains: {parts}. Checksum (SHA-256): {sha}…</translation>
    </message>
    <message>
        <source>Verwijsbrief</source>
        <translation>Referral letter</translation>
    </message>
    <message>
        <source>Brief opslaan als PDF</source>
        <translation>Save letter as PDF</translation>
    </message>
    <message>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Opslaan mislukt</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <source>De brief kon niet worden opgeslagen: {e}</source>
        <translation>The letter could not be saved: {e}</translation>
    </message>
    <message>
        <source>Brief opgeslagen als {name}.</source>
        <translation>Letter saved as {name}.</translation>
    </message>
    <message>
        <source>Stap vastgelegd: {status}.</source>
        <translation>Step recorded: {status}.</translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <source>Verwijzingen</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Verwijzingen, toestemming en brieven zijn alleen zichtbaar voor de verloskundige. Het adresboek staat bij Beheer › Adresboek.</source>
        <translation>Referrals, consent and letters are only visible to the midwife. The address book is under Administration › Address book.</translation>
    </message>
    <message>
        <source>Wachten op terugkoppeling</source>
        <translation>Awaiting feedback</translation>
    </message>
    <message>
        <source>Cliënte</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Bestemming</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Verstuurd</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Dagen</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Termijn</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <source> dagen</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Gesignaleerd, nog geen besluit over doorgeleiding</source>
        <translation>Flagged, no referral decision yet</translation>
    </message>
    <message>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Gesignaleerd op</source>
        <translation>Screened on</translation>
    </message>
    <message>
        <source>Dubbelklik om direct een verwijzing te maken; het besluit zelf leg je vast bij Signalering.</source>
        <translation>Double-click to create a referral straight away; the decision itself is recorded under Screening.</translation>
    </message>
    <message>
        <source>Alle verwijzingen</source>
        <translation>All referrals</translation>
    </message>
    <message>
        <source>Welke verwijzingen</source>
        <translation>Which referrals</translation>
    </message>
    <message>
        <source>Lopende verwijzingen</source>
        <translation>Open referrals</translation>
    </message>
    <message>
        <source>Ook afgesloten</source>
        <translation>Include closed</translation>
    </message>
    <message>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Toestemming</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Aangemaakt</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Nog geen verwijzingen. Een verwijzing begint bij het doorgeleidingsbesluit in Signalering, of dubbelklik op een gesignaleerde zwangerschap hierboven.</source>
        <translation>No referrals yet. A referral starts from the referral decision in Screening, or double-click a flagged pregnancy above.</translation>
    </message>
    <message>
        <source>Trechter van de praktijk</source>
        <translation>Practice funnel</translation>
    </message>
    <message>
        <source>Periode van de trechter</source>
        <translation>Funnel period</translation>
    </message>
    <message>
        <source>Zwangerschappen die in de periode zijn gesignaleerd, en hoeveel daarvan elke stap van de verwijzing met toestemming bereikten.</source>
        <translation>Pregnancies flagged in screening during the period, and how many of them reached each step of referral with consent.</translation>
    </message>
    <message>
        <source>{n} verwijzingen zonder terugkoppeling na {days} dagen.</source>
        <translation>{n} referrals without feedback after {days} days.</translation>
    </message>
    <message>
        <source>Geen verwijzingen die langer dan {days} dagen wachten.</source>
        <translation>No referrals waiting longer than {days} days.</translation>
    </message>
    <message>
        <source>{n} zwangerschappen wachten op een besluit.</source>
        <translation>{n} pregnancies awaiting a decision.</translation>
    </message>
    <message>
        <source>Geen gesignaleerde zwangerschappen zonder besluit.</source>
        <translation>No flagged pregnancies without a decision.</translation>
    </message>
    <message>
        <source>de verwijzing</source>
        <translation>the referral</translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message>
        <source>Bewaartermijn verstreken (WGBO: 20 jaar na de laatste wijziging)</source>
        <translation>Retention period expired (WGBO: 20 years after the last change)</translation>
    </message>
    <message>
        <source>Dossiernummer</source>
        <translation>Record number</translation>
    </message>
    <message>
        <source>Laatst gewijzigd</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <source>Opnieuw bekijken</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>Dossier vernietigen</source>
        <translation>Destroy record</translation>
    </message>
    <message>
        <source>kies een nummer</source>
        <translation>choose a number</translation>
    </message>
    <message>
        <source>Bijv. schriftelijk verzoek van de cliënte van 12-03-2026 (WGBO 7:455)</source>
        <translation>E.g. written request from the client dated 12-03-2026 (WGBO 7:455)</translation>
    </message>
    <message>
        <source>Grond</source>
        <translation>Grounds</translation>
    </message>
    <message>
        <source>Dossier vernietigen…</source>
        <translation>Destroy record…</translation>
    </message>
    <message>
        <source>Het dossiernummer staat bovenaan de pagina van de cliënte. Vernietigen verwijdert het dossier met alle zwangerschappen en is niet terug te draaien. In het logboek blijft alleen staan dát het dossier is vernietigd, wanneer, door wie en op welke grond.</source>
        <translation>The record number is at the top of the client&apos;s page. Destroying removes the record with all pregnancies and cannot be undone. The audit log keeps only the fact that the record was destroyed, when, by whom and on what grounds.</translation>
    </message>
    <message>
        <source>{n} dossiers voorbij de bewaartermijn.</source>
        <translation>{n} records past the retention period.</translation>
    </message>
    <message>
        <source>Geen dossiers voorbij de bewaartermijn.</source>
        <translation>No records past the retention period.</translation>
    </message>
    <message>
        <source>Kies het nummer van het dossier.</source>
        <translation>Choose the record number.</translation>
    </message>
    <message>
        <source>Dossier {n} definitief vernietigen? Dit kan niet ongedaan worden gemaakt.</source>
        <translation>Permanently destroy record {n}? This cannot be undone.</translation>
    </message>
    <message>
        <source>Vernietigen</source>
        <translation>Destroy</translation>
    </message>
    <message>
        <source>Dossier {n} is vernietigd.</source>
        <translation>Record {n} has been destroyed.</translation>
    </message>
</context>
<context>
    <name>ScreeningPage</name>
    <message>
        <source>Signalering</source>
        <translation>Screening</translation>
    </message>
    <message>
        <source>Signalering van kwetsbaarheid is voor verloskundigen. Vraag een verloskundige om de signalering van een cliënte te doen of te bekijken.</source>
        <translation>Vulnerability screening is for midwives. Ask a midwife to do or view a client&apos;s screening.</translation>
    </message>
    <message>
        <source>Signalering van kwetsbaarheid is voor verloskundigen. Heb je in een noodsituatie toch toegang nodig, open dan de cliënte en gebruik de noodknop.</source>
        <translation>Vulnerability screening is for midwives. If you need access in an emergency, open the client and use the emergency button.</translation>
    </message>
    <message>
        <source>Kwetsbaarheid volgens de Definitie Kwetsbaarheid Rotterdam. Kies een zwangerschap uit de werklijst, of zoek een cliënte. Vanuit de cliëntpagina kan het ook: knop ‘Signalering’ bij de zwangerschap.</source>
        <translation>Vulnerability as defined by the Definitie Kwetsbaarheid Rotterdam. Choose a pregnancy from the worklist, or search for a client. You can also start from the client page: the ‘Screening’ button by the pregnancy.</translation>
    </message>
    <message>
        <source>Gesignaleerd, nog geen besluit over doorgeleiding</source>
        <translation>Screened, no referral decision yet</translation>
    </message>
    <message>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Cliënte</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>À terme</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Beoordeling</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Lopende zwangerschappen, en die waarvan de à terme datum hooguit 6 weken geleden is. Klik op een kolomkop om te sorteren.</source>
        <translation>Ongoing pregnancies, and those whose due date was at most 6 weeks ago. Click a column header to sort.</translation>
    </message>
    <message>
        <source>Geen openstaande besluiten: elke gesignaleerde zwangerschap heeft een besluit over doorgeleiding.</source>
        <translation>No open decisions: every screened pregnancy has a referral decision.</translation>
    </message>
    <message>
        <source>Cliënte zoeken</source>
        <translation>Find client</translation>
    </message>
    <message>
        <source>Naam, geboortedatum, BSN of postcode</source>
        <translation>Name, date of birth, BSN or postcode</translation>
    </message>
    <message>
        <source>Gevonden cliënten</source>
        <translation>Clients found</translation>
    </message>
    <message>
        <source>Zwangerschappen</source>
        <translation>Pregnancies</translation>
    </message>
    <message>
        <source>Gesignaleerd, nog geen besluit over doorgeleiding ({n})</source>
        <translation>Screened, no referral decision yet ({n})</translation>
    </message>
    <message>
        <source>Geen cliënte gevonden.</source>
        <translation>No client found.</translation>
    </message>
    <message>
        <source>À terme {date} · {status}</source>
        <translation>Due {date} · {status}</translation>
    </message>
    <message>
        <source>Deze cliënte heeft nog geen zwangerschap.</source>
        <translation>This client has no pregnancy yet.</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Beoordeling opslaan (Ctrl+S)</source>
        <translation>Save assessment (Ctrl+S)</translation>
    </message>
    <message>
        <source>← Overzicht</source>
        <translation>← Overview</translation>
    </message>
    <message>
        <source>&amp;Nieuwe beoordeling</source>
        <translation>&amp;New assessment</translation>
    </message>
    <message>
        <source>Begin een nieuwe, lege beoordeling (de eerdere blijven bewaard).</source>
        <translation>Start a new, empty assessment (earlier ones are kept).</translation>
    </message>
    <message>
        <source>Doorgeleiding: besluit nodig ↓</source>
        <translation>Referral: decision needed ↓</translation>
    </message>
    <message>
        <source>Tab/↑↓ volgende · Spatie aan/uit · 1/2/3 status · C/P/G betreft · Ctrl+S opslaan · ⚠ urgent</source>
        <translation>Tab/↑↓ next · Space on/off · 1/2/3 status · C/P/G concerns · Ctrl+S save · ⚠ urgent</translation>
    </message>
    <message>
        <source>Tab of ↑/↓: volgend item · Spatie: aan/uit · 1/2/3: actueel/vermoeden/verleden · C/P/G: betreft cliënte/partner/gezin · Ctrl+S: opslaan · ⚠: urgente kwetsbaarheid</source>
        <translation>Tab or ↑/↓: next item · Space: on/off · 1/2/3: current/suspected/past · C/P/G: concerns client/partner/family · Ctrl+S: save · ⚠: urgent vulnerability</translation>
    </message>
    <message>
        <source>Verloop van de beoordelingen</source>
        <translation>Assessment history</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Voorgesteld</source>
        <translation>Suggested</translation>
    </message>
    <message>
        <source>Eindniveau</source>
        <translation>Final level</translation>
    </message>
    <message>
        <source>Aanwezig (verandering)</source>
        <translation>Present (change)</translation>
    </message>
    <message>
        <source>Doorgeleiding</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>* eindniveau wijkt af van de suggestie (reden in de tooltip) · aanwezig: wat bij die beoordeling aangevinkt was; + nieuw, − weg, → andere status sinds de vorige · Enter of dubbelklik opent hem.</source>
        <translation>* final level differs from the suggestion (reason in the tooltip) · present: what was ticked at that assessment; + new, − gone, → different status since the previous one · Enter or double-click opens it.</translation>
    </message>
    <message>
        <source>Nog geen beoordelingen bij deze zwangerschap.</source>
        <translation>No assessments for this pregnancy yet.</translation>
    </message>
    <message>
        <source>&amp;Soort</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Voorgesteld niveau</source>
        <translation>Suggested level</translation>
    </message>
    <message>
        <source>Onvolledig: beschermende factoren niet beantwoord</source>
        <translation>Incomplete: protective factors not answered</translation>
    </message>
    <message>
        <source>Beschermende factoren bes&amp;proken</source>
        <translation>&amp;Protective factors discussed</translation>
    </message>
    <message>
        <source>Vink aan als de beschermende factoren zijn besproken, ook als er geen aanwezig zijn. Zonder antwoord is de beoordeling onvolledig.</source>
        <translation>Tick if the protective factors have been discussed, even if none are present. Without an answer the assessment is incomplete.</translation>
    </message>
    <message>
        <source>Samen afgewogen</source>
        <translation>Weighed up together</translation>
    </message>
    <message>
        <source>&amp;Eindniveau, samen met de cliënte</source>
        <translation>Final &amp;level, agreed with the client</translation>
    </message>
    <message>
        <source>Zoals voorgesteld</source>
        <translation>As suggested</translation>
    </message>
    <message>
        <source>&amp;Reden van afwijking</source>
        <translation>&amp;Reason for deviating</translation>
    </message>
    <message>
        <source>No&amp;titie</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <source>Meldcode (KNOV)</source>
        <translation>Reporting code (KNOV)</translation>
    </message>
    <message>
        <source>Meldcode huiselijk geweld en kindermishandeling: er is een urgent veiligheidsitem aangevinkt. Doorloop de vijf stappen en leg elke stap vast. ksdesk meldt nooit zelf iets: een melding bij Veilig Thuis doe je zelf.</source>
        <translation>Reporting Code (meldcode) for domestic violence and child abuse: an urgent safety item has been ticked. Work through the five steps and record each one. ksdesk never reports anything itself: you make any report to Veilig Thuis yourself.</translation>
    </message>
    <message>
        <source>De stap die je nu vastlegt</source>
        <translation>The step you are recording now</translation>
    </message>
    <message>
        <source>Stap die je vastlegt</source>
        <translation>Step you are recording</translation>
    </message>
    <message>
        <source>(kies bij stap 5)</source>
        <translation>(choose at step 5)</translation>
    </message>
    <message>
        <source>Besluit</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Stap vastleggen</source>
        <translation>Record step</translation>
    </message>
    <message>
        <source>Besluit over doorgeleiding</source>
        <translation>Referral decision</translation>
    </message>
    <message>
        <source>Kies…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Reden van het besluit</source>
        <translation>Reason for the decision</translation>
    </message>
    <message>
        <source>Reden (verplicht bij ‘geen doorgeleiding’)</source>
        <translation>Reason (required for ‘no referral’)</translation>
    </message>
    <message>
        <source>Besluit vastleggen</source>
        <translation>Record decision</translation>
    </message>
    <message>
        <source>geb. {date}</source>
        <translation>born {date}</translation>
    </message>
    <message>
        <source>à terme {date}</source>
        <translation>due {date}</translation>
    </message>
    <message>
        <source>AD {age}</source>
        <translation>GA {age}</translation>
    </message>
    <message>
        <source>Nog niet gesignaleerd</source>
        <translation>Not yet screened</translation>
    </message>
    <message>
        <source>Laatst: {level} ({date})</source>
        <translation>Latest: {level} ({date})</translation>
    </message>
    <message>
        <source>Eindniveau van de laatste beoordeling ({kind}).</source>
        <translation>Final level of the latest assessment ({kind}).</translation>
    </message>
    <message>
        <source>Nieuwe beoordeling</source>
        <translation>New assessment</translation>
    </message>
    <message>
        <source>lege lijst; de vorige ({date}) blijft bewaard in het verloop.</source>
        <translation>empty list; the previous one ({date}) is kept in the history.</translation>
    </message>
    <message>
        <source>lege lijst.</source>
        <translation>empty list.</translation>
    </message>
    <message>
        <source>Beoordeling van {date}</source>
        <translation>Assessment of {date}</translation>
    </message>
    <message>
        <source>de laatste</source>
        <translation>the latest</translation>
    </message>
    <message>
        <source>Wijzigen past deze beoordeling aan; iets nieuws vastleggen: ‘Nieuwe beoordeling’ (Alt+N).</source>
        <translation>Changes update this assessment; to record something new: ‘New assessment’ (Alt+N).</translation>
    </message>
    <message>
        <source>Opgeslagen door {who}, {when}</source>
        <translation>Saved by {who}, {when}</translation>
    </message>
    <message>
        <source>Lijst: {title}, versie {version}</source>
        <translation>List: {title}, version {version}</translation>
    </message>
    <message>
        <source>Meldcode: {done} van 5 stappen ↓</source>
        <translation>Reporting code: {done} of 5 steps ↓</translation>
    </message>
    <message>
        <source>Meldcode: na opslaan ↓</source>
        <translation>Reporting code: after saving ↓</translation>
    </message>
    <message>
        <source>Zoals voorgesteld ({level})</source>
        <translation>As suggested ({level})</translation>
    </message>
    <message>
        <source>Wijzigingen opslaan</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>&amp;Reden van afwijking (verplicht)</source>
        <translation>&amp;Reason for deviating (required)</translation>
    </message>
    <message>
        <source>Waarom wijkt het eindniveau af van de suggestie? Samen met de cliënte afgewogen…</source>
        <translation>Why does the final level differ from the suggestion? Weighed up with the client…</translation>
    </message>
    <message>
        <source>de beoordeling</source>
        <translation>the assessment</translation>
    </message>
    <message>
        <source>Beoordeling opgeslagen: {level}.</source>
        <translation>Assessment saved: {level}.</translation>
    </message>
    <message>
        <source>besluit nodig</source>
        <translation>decision needed</translation>
    </message>
    <message>
        <source>geen besluit vastgelegd</source>
        <translation>no decision recorded</translation>
    </message>
    <message>
        <source> (onvolledig)</source>
        <translation> (incomplete)</translation>
    </message>
    <message>
        <source>Afgeweken van de suggestie: {reason}</source>
        <translation>Differs from the suggestion: {reason}</translation>
    </message>
    <message>
        <source>Verloop van de beoordelingen ({n})</source>
        <translation>Assessment history ({n})</translation>
    </message>
    <message>
        <source>niets aangevinkt</source>
        <translation>nothing ticked</translation>
    </message>
    <message>
        <source>Sinds vorige: {changes}</source>
        <translation>Since previous: {changes}</translation>
    </message>
    <message>
        <source>geen verandering</source>
        <translation>no change</translation>
    </message>
    <message>
        <source> (bij beoordeling van {date})</source>
        <translation> (at assessment of {date})</translation>
    </message>
    <message>
        <source>Sla de beoordeling eerst op.</source>
        <translation>Save the assessment first.</translation>
    </message>
    <message>
        <source>Potentieel kwetsbaar of hoger: kies samen met de cliënte wat er gebeurt.</source>
        <translation>Potentially vulnerable or higher: decide with the client what happens next.</translation>
    </message>
    <message>
        <source>Besluit: {decision}{reason}, door {who} op {when}.</source>
        <translation>Decision: {decision}{reason}, by {who} on {when}.</translation>
    </message>
    <message>
        <source>Sla eerst de wijzigingen in de beoordeling op.</source>
        <translation>Save the changes to the assessment first.</translation>
    </message>
    <message>
        <source>Kies eerst een besluit over doorgeleiding.</source>
        <translation>Choose a referral decision first.</translation>
    </message>
    <message>
        <source>Doorgeleiding vastgelegd: {decision}.</source>
        <translation>Referral recorded: {decision}.</translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Discipline</translation>
    </message>
    <message>
        <source>AGB-code</source>
        <translation>AGB code</translation>
    </message>
    <message>
        <source>Centering-getraind</source>
        <translation>Centering-trained</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Medewerkers</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Nog geen medewerkers. Kies ‘Nieuwe medewerker’ om de verloskundigen en assistenten van de praktijk toe te voegen.</source>
        <translation>No staff yet. Choose ‘New staff member’ to add the practice&apos;s midwives and assistants.</translation>
    </message>
    <message>
        <source>Nog geen medewerkers vastgelegd.</source>
        <translation>No staff recorded yet.</translation>
    </message>
    <message>
        <source>Nieuwe medewerker</source>
        <translation>New staff member</translation>
    </message>
    <message>
        <source>Medewerker toevoegen</source>
        <translation>Add staff member</translation>
    </message>
    <message>
        <source>Centering</source>
        <translation>Centering</translation>
    </message>
    <message>
        <source>Centering-training gevolgd</source>
        <translation>Completed Centering training</translation>
    </message>
    <message>
        <source>Datum training</source>
        <translation>Training date</translation>
    </message>
    <message>
        <source>Actief (werkt in de praktijk)</source>
        <translation>Active (works at the practice)</translation>
    </message>
    <message>
        <source>ja, {date}</source>
        <translation>yes, {date}</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Actief</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Niet actief</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>deze medewerker</source>
        <translation>this staff member</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Controleren en voltooien</source>
        <translation>Check and finish</translation>
    </message>
    <message>
        <source>Klopt alles? Met Vorige pas je iets aan. Voltooien legt alles in één keer vast.</source>
        <translation>Is everything correct? Use Back to change something. Finish saves everything in one go.</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>AGB-code</source>
        <translation>AGB code</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Beheerder</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Reservekopieën</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Praktijk</source>
        <translation>Practice</translation>
    </message>
    <message>
        <source>Eerste account</source>
        <translation>First account</translation>
    </message>
    <message>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Daarna meld je je aan met de nieuwe gebruikersnaam en het wachtwoord.</source>
        <translation>After that, log in with the new user name and password.</translation>
    </message>
    <message>
        <source>{name} (gebruikersnaam {username})</source>
        <translation>{name} (user name {username})</translation>
    </message>
    <message>
        <source>door de databaseserver</source>
        <translation>by the database server</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Vandaag</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Werklijsten van vandaag</source>
        <translation>Today&apos;s worklists</translation>
    </message>
    <message>
        <source>Gesignaleerd, nog geen besluit over doorgeleiding</source>
        <translation>Screened, no referral decision yet</translation>
    </message>
    <message>
        <source>Geen gesignaleerde zwangerschappen zonder besluit.</source>
        <translation>No screened pregnancies without a decision.</translation>
    </message>
    <message>
        <source>Naar Signalering</source>
        <translation>Go to Screening</translation>
    </message>
    <message>
        <source>Verwijzingen zonder terugkoppeling</source>
        <translation>Referrals without feedback</translation>
    </message>
    <message>
        <source>Geen verwijzingen die op terugkoppeling wachten.</source>
        <translation>No referrals waiting for feedback.</translation>
    </message>
    <message>
        <source>Naar Verwijzingen</source>
        <translation>Go to Referrals</translation>
    </message>
    <message>
        <source>Centering-bijeenkomsten deze week</source>
        <translation>Centering sessions this week</translation>
    </message>
    <message>
        <source>Geen bijeenkomsten deze week.</source>
        <translation>No sessions this week.</translation>
    </message>
    <message>
        <source>Naar Centering</source>
        <translation>Go to Centering</translation>
    </message>
    <message>
        <source>Wachten op een Centering-groep</source>
        <translation>Waiting for a Centering group</translation>
    </message>
    <message>
        <source>Niemand wacht op een groep.</source>
        <translation>Nobody is waiting for a group.</translation>
    </message>
    <message>
        <source>Groepen samenstellen</source>
        <translation>Form groups</translation>
    </message>
    <message>
        <source>Voor jouw rol zijn er geen werklijsten. Beheer vind je links onder Beheer.</source>
        <translation>There are no worklists for your role. Administration is on the left, under Administration.</translation>
    </message>
    <message>
        <source>{weekday} {date}</source>
        <translation>{weekday} {date}</translation>
    </message>
    <message>
        <source>{client} · {level} · beoordeeld {date}</source>
        <translation>{client} · {level} · assessed {date}</translation>
    </message>
    <message>
        <source>Verwijzingen zonder terugkoppeling na {n} dagen</source>
        <translation>Referrals without feedback after {n} days</translation>
    </message>
    <message>
        <source>{name} → {destination} · {days} dagen geleden verstuurd</source>
        <translation>{name} → {destination} · sent {days} days ago</translation>
    </message>
    <message>
        <source>{day} {time} · {group} · bijeenkomst {n} · {place} · {count} deelnemers</source>
        <translation>{day} {time} · {group} · session {n} · {place} · {count} participants</translation>
    </message>
    <message>
        <source>{name} · à terme {date} · {ga}</source>
        <translation>{name} · due {date} · {ga}</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>Gebruikersnaam</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tweede factor</source>
        <translation>Second factor</translation>
    </message>
    <message>
        <source>Gebruikers</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Nieuwe gebruiker</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>Kleine letters, cijfers, punt of streepje; persoonlijk, nooit gedeeld.</source>
        <translation>Lower-case letters, digits, full stop or hyphen; personal, never shared.</translation>
    </message>
    <message>
        <source>Eerste wachtwoord</source>
        <translation>Initial password</translation>
    </message>
    <message>
        <source>Minstens 12 tekens. Geef het persoonlijk door.</source>
        <translation>At least 12 characters. Pass it on in person.</translation>
    </message>
    <message>
        <source>Wachtwoord herhalen</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>Gebruiker aanmaken</source>
        <translation>Create user</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Deblokkeren</source>
        <translation>Unblock</translation>
    </message>
    <message>
        <source>Heft de blokkade na te veel mislukte aanmeldpogingen op</source>
        <translation>Lifts the block after too many failed login attempts</translation>
    </message>
    <message>
        <source>Wachtwoord herstellen</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Nieuw wachtwoord</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Tijdelijk: laat haar het daarna zelf wijzigen (Mijn account).</source>
        <translation>Temporary: have her change it herself afterwards (My account).</translation>
    </message>
    <message>
        <source>Herhalen</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <source>Automatisch vergrendelen</source>
        <translation>Automatic lock</translation>
    </message>
    <message>
        <source>Scherm vergrendelen na</source>
        <translation>Lock screen after</translation>
    </message>
    <message>
        <source> minuten</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>zonder toetsenbord of muis</source>
        <translation>without keyboard or mouse input</translation>
    </message>
    <message>
        <source>Geldt voor iedereen op alle werkplekken, vanaf de volgende aanmelding. Ctrl+L vergrendelt direct.</source>
        <translation>Applies to everyone on all workstations, from the next login. Ctrl+L locks immediately.</translation>
    </message>
    <message>
        <source>Actief</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Gedeactiveerd</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>ingesteld</source>
        <translation>set up</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Tweede factor ingesteld</source>
        <translation>Second factor set up</translation>
    </message>
    <message>
        <source>Geen tweede factor</source>
        <translation>No second factor</translation>
    </message>
    <message>
        <source>Deactiveren</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>Activeren</source>
        <translation>Activate</translation>
    </message>
    <message>
        <source>De wachtwoorden zijn niet gelijk.</source>
        <translation>The passwords do not match.</translation>
    </message>
    <message>
        <source>Niet aangemaakt: controleer de rood gemarkeerde velden.</source>
        <translation>Not created: check the fields marked in red.</translation>
    </message>
    <message>
        <source>Gebruiker {username} aangemaakt. Geef het wachtwoord persoonlijk door.</source>
        <translation>User {username} created. Pass on the password in person.</translation>
    </message>
    <message>
        <source>Niet opgeslagen.</source>
        <translation>Not saved.</translation>
    </message>
    <message>
        <source>Gegevens van {username} opgeslagen.</source>
        <translation>Details of {username} saved.</translation>
    </message>
    <message>
        <source>{username} kan weer aanmelden.</source>
        <translation>{username} can log in again.</translation>
    </message>
    <message>
        <source>{username} is gedeactiveerd en kan niet meer aanmelden.</source>
        <translation>{username} has been deactivated and can no longer log in.</translation>
    </message>
    <message>
        <source>De blokkade van {username} is opgeheven.</source>
        <translation>{username} has been unblocked.</translation>
    </message>
    <message>
        <source>Nieuw wachtwoord voor {username} ingesteld (en een eventuele blokkade opgeheven).</source>
        <translation>New password set for {username} (and any block lifted).</translation>
    </message>
    <message>
        <source>Opgeslagen: vergrendelen na {n} minuten.</source>
        <translation>Saved: lock after {n} minutes.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welkom bij ksdesk</source>
        <translation>Welcome to ksdesk</translation>
    </message>
    <message>
        <source>ksdesk ondersteunt de verloskundigenpraktijk bij Kansrijke Start: signaleren van kwetsbaarheid, doorverwijzen naar JGZ en wijkteam, en het plannen van CenteringZwangerschap-groepen. De gegevens blijven in de praktijk, versleuteld, en alleen wie een account heeft kan erbij.</source>
        <translation>ksdesk supports the midwifery practice with Kansrijke Start: screening for vulnerability, referring to JGZ and the neighbourhood team, and planning CenteringPregnancy groups. The data stays in the practice, encrypted, and only people with an account can access it.</translation>
    </message>
    <message>
        <source>Inrichten duurt een paar minuten. Houd bij de hand: de AGB-code van de praktijk en eventueel het logo. Je maakt het account van de beheerder aan en kiest waar de reservekopieën komen.</source>
        <translation>Setting up takes a few minutes. Have ready: the practice&apos;s AGB code and the logo, if you have one. You create the administrator&apos;s account and choose where the backups go.</translation>
    </message>
    <message>
        <source>&amp;Taal</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Later te wijzigen in Beheer › Praktijk.</source>
        <translation>Can be changed later in Administration › Practice.</translation>
    </message>
    <message>
        <source>Eerst rondkijken?</source>
        <translation>Look around first?</translation>
    </message>
    <message>
        <source>Bekijk een demopraktijk met verzonnen cliënten. Die staat in een eigen map, los van de gegevens van je praktijk. Sluit je de demo, dan start ksdesk de volgende keer weer met deze wizard.</source>
        <translation>Explore a demo practice with made-up clients. It is kept in its own folder, separate from your practice&apos;s data. When you close the demo, ksdesk starts with this wizard again the next time.</translation>
    </message>
    <message>
        <source>Eerst de &amp;demopraktijk bekijken</source>
        <translation>Explore the &amp;demo practice first</translation>
    </message>
    <message>
        <source>DEMO – fictieve gegevens</source>
        <translation>DEMO – fictitious data</translation>
    </message>
</context>
<context>
    <name>WorkList</name>
    <message>
        <source>… en nog {n}</source>
        <translation>… and {n} more</translation>
    </message>
</context>
<context>
    <name>_Page</name>
    <message>
        <source>Stap {step} van {count}</source>
        <translation>Step {step} of {count}</translation>
    </message>
    <message>
        <source>Controleer eerst: {fields}.</source>
        <translation>Please check: {fields}.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>ksdesk kan niet starten</source>
        <translation>ksdesk cannot start</translation>
    </message>
    <message>
        <source>Een demopraktijk met verzonnen cliënten. Meld je aan met een van deze accounts:
• {midwife}, wachtwoord {midwife_password}
• {assistant}, wachtwoord {assistant_password}
Sluit je ksdesk, dan begint de volgende start weer met het inrichten van je eigen praktijk.</source>
        <translation>A demo practice with made-up clients. Log in with one of these accounts:
• {midwife}, password {midwife_password}
• {assistant}, password {assistant_password}
When you close ksdesk, the next start will begin with setting up your own practice again.</translation>
    </message>
    <message>
        <source>Reservekopie</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Reservekopie maken bij het afsluiten…</source>
        <translation>Making a backup on exit…</translation>
    </message>
    <message>
        <source>De reservekopie bij het afsluiten is niet gelukt: {reason}</source>
        <translation>The backup on exit failed: {reason}</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Niet opgeslagen wijzigingen</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Je hebt wijzigingen in {what} nog niet opgeslagen.</source>
        <translation>You have not saved your changes to {what} yet.</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Niet opslaan</source>
        <translation>Don&apos;t save</translation>
    </message>
    <message>
        <source>Herstelcodes</source>
        <translation>Recovery codes</translation>
    </message>
    <message>
        <source>De tweede factor is ingesteld. Hieronder staan je herstelcodes: elke code werkt één keer, als je telefoon er niet is. Ze worden maar één keer getoond.</source>
        <translation>The second factor has been set up. Below are your recovery codes: each code works once, for when you don&apos;t have your phone. They are shown only once.</translation>
    </message>
    <message>
        <source>Bewaar ze op een veilige plek en niet op deze computer: wie de codes en je wachtwoord heeft, kan als jou inloggen. Sla ze op om ze af te drukken, en verwijder het bestand daarna.</source>
        <translation>Keep them somewhere safe and not on this computer: anyone with the codes and your password can log in as you. Save them to print them, then delete the file.</translation>
    </message>
    <message>
        <source>Opslaan als bestand…</source>
        <translation>Save as file…</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Herstelsleutel</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bewaar de herstelsleutel van deze praktijk op papier in de kluis.&lt;/b&gt;&lt;br&gt;Hiermee zijn de versleutelde gegevens ook te openen als niemand meer kan inloggen. Deze sleutel wordt maar één keer getoond.</source>
        <translation>&lt;b&gt;Keep this practice&apos;s recovery key on paper in the safe.&lt;/b&gt;&lt;br&gt;With it, the encrypted data can still be opened if nobody can log in any more. This key is shown only once.</translation>
    </message>
    <message>
        <source>Afdrukken…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Ik heb de sleutel bewaard</source>
        <translation>I have stored the key</translation>
    </message>
    <message>
        <source>Stoppen</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Afdrukken: pagina {page} van {pages}</source>
        <translation>Printing: page {page} of {pages}</translation>
    </message>
    <message>
        <source>Noodtoegang</source>
        <translation>Emergency access</translation>
    </message>
    <message>
        <source>&lt;b&gt;Noodtoegang geeft je toegang tot gegevens die bij je rol niet horen.&lt;/b&gt;&lt;br&gt;Gebruik het alleen als het echt nodig is. Je reden, je naam en alles wat je daarna inziet of wijzigt worden vastgelegd, en de beheerder ziet dat terug in het logboek.</source>
        <translation>&lt;b&gt;Emergency access gives you access to data that is not part of your role.&lt;/b&gt;&lt;br&gt;Only use it when it is really needed. Your reason, your name and everything you then view or change are recorded, and the administrator can see this in the audit log.</translation>
    </message>
    <message>
        <source>&amp;Reden (minstens 10 tekens)</source>
        <translation>&amp;Reason (at least 10 characters)</translation>
    </message>
    <message>
        <source>Bijv. cliënte belt met bloedverlies; haar verloskundige is onbereikbaar</source>
        <translation>E.g. client calls with bleeding; her midwife cannot be reached</translation>
    </message>
    <message>
        <source>Noodtoegang gebruiken</source>
        <translation>Use emergency access</translation>
    </message>
</context>
<context>
    <name>ksdesk</name>
    <message>
        <source>Beschermend</source>
        <translation>Protective</translation>
    </message>
    <message>
        <source>Beschermende factor: telt niet mee in de suggestie, wel in de afweging.</source>
        <translation>Protective factor: not counted in the suggestion, but weighed in the assessment.</translation>
    </message>
    <message>
        <source>1 / 2 / 3: actueel / vermoeden / verleden · C / P / G: cliënte / partner / gezin</source>
        <translation>1 / 2 / 3: current / suspected / past · C / P / G: client / partner / family</translation>
    </message>
    <message>
        <source>Urgente kwetsbaarheid: vraagt om directe actie.</source>
        <translation>Urgent vulnerability: calls for immediate action.</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>urgent</translation>
    </message>
    <message>
        <source>Status van {item}</source>
        <translation>Status of {item}</translation>
    </message>
    <message>
        <source>betreft</source>
        <translation>concerns</translation>
    </message>
    <message>
        <source>{item} betreft {who}</source>
        <translation>{item} concerns {who}</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Dit onderdeel volgt in een volgende versie van ksdesk.</source>
        <translation>This part will be added in a later version of ksdesk.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>(niet importeren)</source>
        <translation>(do not import)</translation>
    </message>
    <message>
        <source>... verspreid over minstens zoveel domeinen (2: regel van Moeders van Rotterdam).</source>
        <translation>... spread over at least this many domains (2: the Moeders van Rotterdam rule).</translation>
    </message>
    <message>
        <source>Aandeel met beschermende factoren (%)</source>
        <translation>Share with protective factors (%)</translation>
    </message>
    <message>
        <source>Aangemaakt</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Aanmelden</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Aanvullen</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Aanvullingen</source>
        <translation>Updates</translation>
    </message>
    <message>
        <source>Aanwezig</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Achternaam</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Actueel</source>
        <translation>Current</translation>
    </message>
    <message>
        <source>Adresboek: bestemming aan- of uitgezet</source>
        <translation>Address book: destination activated or deactivated</translation>
    </message>
    <message>
        <source>Adresboek: bestemming gewijzigd</source>
        <translation>Address book: destination changed</translation>
    </message>
    <message>
        <source>Adresboek: bestemming toegevoegd</source>
        <translation>Address book: destination added</translation>
    </message>
    <message>
        <source>Adresboek: gemeente toegevoegd</source>
        <translation>Address book: municipality added</translation>
    </message>
    <message>
        <source>Afgelopen 12 maanden</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>Afgelopen 3 maanden</source>
        <translation>Last 3 months</translation>
    </message>
    <message>
        <source>Afgemeld</source>
        <translation>Excused</translation>
    </message>
    <message>
        <source>Afgerond</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Afgesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Afwezig</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Al aanwezig</source>
        <translation>Already present</translation>
    </message>
    <message>
        <source>Al in zorg</source>
        <translation>Already receiving care</translation>
    </message>
    <message>
        <source>Alle regels</source>
        <translation>All rows</translation>
    </message>
    <message>
        <source>Anders</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Automatisch vergrendelen ingesteld</source>
        <translation>Automatic lock set</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>Beheer</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Beheerder</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Beoordeling geopend</source>
        <translation>Assessment opened</translation>
    </message>
    <message>
        <source>Beoordeling gewijzigd</source>
        <translation>Assessment changed</translation>
    </message>
    <message>
        <source>Beoordeling vastgelegd</source>
        <translation>Assessment recorded</translation>
    </message>
    <message>
        <source>Beschermende factoren vastgelegd</source>
        <translation>Protective factors recorded</translation>
    </message>
    <message>
        <source>Beslissen: hulp en/of melden</source>
        <translation>Decide: help and/or report</translation>
    </message>
    <message>
        <source>Beslissen: hulp organiseren en/of melden</source>
        <translation>Decide: organise help and/or report</translation>
    </message>
    <message>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Bevallen</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Beveiligde e-mail</source>
        <translation>Secure email</translation>
    </message>
    <message>
        <source>Bewaartermijnen bekeken</source>
        <translation>Retention periods viewed</translation>
    </message>
    <message>
        <source>Blokkade opgeheven</source>
        <translation>Lockout lifted</translation>
    </message>
    <message>
        <source>Bron à terme datum</source>
        <translation>Due date source</translation>
    </message>
    <message>
        <source>Centering</source>
        <translation>Centering</translation>
    </message>
    <message>
        <source>Centering: aanwezigheid vastgelegd</source>
        <translation>Centering: attendance recorded</translation>
    </message>
    <message>
        <source>Centering: agenda opgeslagen</source>
        <translation>Centering: calendar saved</translation>
    </message>
    <message>
        <source>Centering: bijeenkomst verplaatst</source>
        <translation>Centering: session moved</translation>
    </message>
    <message>
        <source>Centering: bijeenkomsten gehouden</source>
        <translation>Centering: sessions held</translation>
    </message>
    <message>
        <source>Centering: deelnemer naar andere groep</source>
        <translation>Centering: participant moved to another group</translation>
    </message>
    <message>
        <source>Centering: deelnemer terug naar de kandidaten</source>
        <translation>Centering: participant returned to the candidates</translation>
    </message>
    <message>
        <source>Centering: deelnemer toegevoegd</source>
        <translation>Centering: participant added</translation>
    </message>
    <message>
        <source>Centering: deelnemer uit de groep</source>
        <translation>Centering: participant left the group</translation>
    </message>
    <message>
        <source>Centering: deelnemers gestart</source>
        <translation>Centering: participants started</translation>
    </message>
    <message>
        <source>Centering: deelnemers ≥ 2 bijeenkomsten</source>
        <translation>Centering: participants ≥ 2 sessions</translation>
    </message>
    <message>
        <source>Centering: deelnemers ≥ 5 bijeenkomsten</source>
        <translation>Centering: participants ≥ 5 sessions</translation>
    </message>
    <message>
        <source>Centering: gemiddelde groepsgrootte</source>
        <translation>Centering: average group size</translation>
    </message>
    <message>
        <source>Centering: groep aangemaakt</source>
        <translation>Centering: group created</translation>
    </message>
    <message>
        <source>Centering: groep geopend</source>
        <translation>Centering: group opened</translation>
    </message>
    <message>
        <source>Centering: groepen afgerond</source>
        <translation>Centering: groups completed</translation>
    </message>
    <message>
        <source>Centering: groepen gestart</source>
        <translation>Centering: groups started</translation>
    </message>
    <message>
        <source>Centering: groepen voorgesteld</source>
        <translation>Centering: groups proposed</translation>
    </message>
    <message>
        <source>Centering: groepsgegevens gewijzigd</source>
        <translation>Centering: group details changed</translation>
    </message>
    <message>
        <source>Centering: groepsoverzicht afgedrukt</source>
        <translation>Centering: group overview printed</translation>
    </message>
    <message>
        <source>Centering: individueel consult vastgelegd</source>
        <translation>Centering: individual consultation recorded</translation>
    </message>
    <message>
        <source>Centering: instellingen opgeslagen</source>
        <translation>Centering: settings saved</translation>
    </message>
    <message>
        <source>Centering: kandidaten bekeken</source>
        <translation>Centering: candidates viewed</translation>
    </message>
    <message>
        <source>Centering: locatie opgeslagen</source>
        <translation>Centering: location saved</translation>
    </message>
    <message>
        <source>Centering: overdrachtslijst JGZ afgedrukt</source>
        <translation>Centering: JGZ handover list printed</translation>
    </message>
    <message>
        <source>Centering: presentielijst afgedrukt</source>
        <translation>Centering: attendance sheet printed</translation>
    </message>
    <message>
        <source>Centering: ruimte opgeslagen</source>
        <translation>Centering: room saved</translation>
    </message>
    <message>
        <source>Centering: schema gepland</source>
        <translation>Centering: schedule planned</translation>
    </message>
    <message>
        <source>Centering: status van de groep gewijzigd</source>
        <translation>Centering: group status changed</translation>
    </message>
    <message>
        <source>Centering: toeslag gedeclareerd</source>
        <translation>Centering: supplement claimed</translation>
    </message>
    <message>
        <source>Centering: toestemming overdracht gewijzigd</source>
        <translation>Centering: handover consent changed</translation>
    </message>
    <message>
        <source>CenteringZwangerschap</source>
        <translation>CenteringPregnancy</translation>
    </message>
    <message>
        <source>Cliënte</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Cliënten</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Cliënten gezocht</source>
        <translation>Clients searched</translation>
    </message>
    <message>
        <source>Co-begeleider</source>
        <translation>Co-facilitator</translation>
    </message>
    <message>
        <source>Co-begeleider JGZ-verpleegkundige (groepen)</source>
        <translation>Co-facilitator JGZ nurse (groups)</translation>
    </message>
    <message>
        <source>Co-begeleider POH-GGZ (groepen)</source>
        <translation>Co-facilitator POH-GGZ (groups)</translation>
    </message>
    <message>
        <source>Co-begeleider anders (groepen)</source>
        <translation>Co-facilitator other (groups)</translation>
    </message>
    <message>
        <source>Co-begeleider kraamverzorgende (groepen)</source>
        <translation>Co-facilitator maternity care assistant (groups)</translation>
    </message>
    <message>
        <source>Co-begeleider praktijkassistent (groepen)</source>
        <translation>Co-facilitator practice assistant (groups)</translation>
    </message>
    <message>
        <source>Co-begeleider verloskundige (groepen)</source>
        <translation>Co-facilitator midwife (groups)</translation>
    </message>
    <message>
        <source>Collega / Veilig Thuis raadplegen</source>
        <translation>Consult colleague / Veilig Thuis</translation>
    </message>
    <message>
        <source>Collegiale consultatie en zo nodig Veilig Thuis raadplegen</source>
        <translation>Consult a colleague and, if needed, Veilig Thuis</translation>
    </message>
    <message>
        <source>Contact bevestigd</source>
        <translation>Contact confirmed</translation>
    </message>
    <message>
        <source>Contact gelegd</source>
        <translation>Contact made</translation>
    </message>
    <message>
        <source>Controle</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Dit kalenderjaar</source>
        <translation>This calendar year</translation>
    </message>
    <message>
        <source>Documentnummer</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>Doorgeleiding</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Doorgeleidingsbesluit vastgelegd</source>
        <translation>Referral decision recorded</translation>
    </message>
    <message>
        <source>Dossier aangemaakt</source>
        <translation>Client record created</translation>
    </message>
    <message>
        <source>Dossier geopend</source>
        <translation>Client record opened</translation>
    </message>
    <message>
        <source>Dossier vernietigd</source>
        <translation>Client record destroyed</translation>
    </message>
    <message>
        <source>Drempel kwetsbaar (stapeling)</source>
        <translation>Threshold for vulnerable (accumulation)</translation>
    </message>
    <message>
        <source>Drempel van de monitor ingesteld</source>
        <translation>Monitor threshold set</translation>
    </message>
    <message>
        <source>Drempel zeer kwetsbaar (urgent)</source>
        <translation>Threshold for very vulnerable (urgent)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Eerdere beoordelingen bekeken</source>
        <translation>Earlier assessments viewed</translation>
    </message>
    <message>
        <source>Eigen wachtwoord gewijzigd</source>
        <translation>Own password changed</translation>
    </message>
    <message>
        <source>Fouten</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>Geannuleerd</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Geboortedatum kind</source>
        <translation>Baby&apos;s date of birth</translation>
    </message>
    <message>
        <source>Gebruiker aangemaakt</source>
        <translation>User created</translation>
    </message>
    <message>
        <source>Gebruiker gewijzigd</source>
        <translation>User changed</translation>
    </message>
    <message>
        <source>Gecontroleerd in het dossiersysteem van de praktijk</source>
        <translation>Checked in the practice&apos;s record system</translation>
    </message>
    <message>
        <source>Geen (nog niet gezien)</source>
        <translation>None (not yet seen)</translation>
    </message>
    <message>
        <source>Geen doorgeleiding (met reden)</source>
        <translation>No referral (with reason)</translation>
    </message>
    <message>
        <source>Geen kwetsbaarheid</source>
        <translation>No vulnerability</translation>
    </message>
    <message>
        <source>Geen kwetsbaarheid gesignaleerd</source>
        <translation>No vulnerability identified</translation>
    </message>
    <message>
        <source>Geen zorgen meer: afsluiten</source>
        <translation>No more concerns: close</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Gemeenten met deelnemers</source>
        <translation>Municipalities with participants</translation>
    </message>
    <message>
        <source>Gepland</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Gesignaleerd</source>
        <translation>Flagged</translation>
    </message>
    <message>
        <source>Geslaagd</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <source>Gesprek met de cliënte</source>
        <translation>Conversation with the client</translation>
    </message>
    <message>
        <source>Gestopt</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Getraind: JGZ-verpleegkundigen</source>
        <translation>Trained: JGZ nurses</translation>
    </message>
    <message>
        <source>Getraind: POH-GGZ</source>
        <translation>Trained: POH-GGZ</translation>
    </message>
    <message>
        <source>Getraind: anders</source>
        <translation>Trained: other</translation>
    </message>
    <message>
        <source>Getraind: kraamverzorgenden</source>
        <translation>Trained: maternity care assistants</translation>
    </message>
    <message>
        <source>Getraind: praktijkassistenten</source>
        <translation>Trained: practice assistants</translation>
    </message>
    <message>
        <source>Getraind: totaal</source>
        <translation>Trained: total</translation>
    </message>
    <message>
        <source>Getraind: verloskundigen</source>
        <translation>Trained: midwives</translation>
    </message>
    <message>
        <source>Geweigerd</source>
        <translation>Denied</translation>
    </message>
    <message>
        <source>Geweigerd door cliënte</source>
        <translation>Declined by client</translation>
    </message>
    <message>
        <source>Gewijzigd</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Gezin</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Gravida</source>
        <translation>Gravida</translation>
    </message>
    <message>
        <source>Herstelsleutel getoond</source>
        <translation>Recovery key shown</translation>
    </message>
    <message>
        <source>Huisarts</source>
        <translation>GP</translation>
    </message>
    <message>
        <source>Huisarts / POH-GGZ</source>
        <translation>GP / POH-GGZ</translation>
    </message>
    <message>
        <source>Huisnummer</source>
        <translation>House number</translation>
    </message>
    <message>
        <source>Hulp organiseren</source>
        <translation>Organise help</translation>
    </message>
    <message>
        <source>Hulp organiseren én melden bij Veilig Thuis</source>
        <translation>Organise help and report to Veilig Thuis</translation>
    </message>
    <message>
        <source>IVF</source>
        <translation>IVF</translation>
    </message>
    <message>
        <source>Identiteitsbewijs</source>
        <translation>Proof of identity</translation>
    </message>
    <message>
        <source>Identiteitskaart</source>
        <translation>Identity card</translation>
    </message>
    <message>
        <source>Import uitgevoerd</source>
        <translation>Import carried out</translation>
    </message>
    <message>
        <source>Import: kolomkoppeling bewaard</source>
        <translation>Import: column mapping saved</translation>
    </message>
    <message>
        <source>Import: voorbeeld bekeken</source>
        <translation>Import: preview viewed</translation>
    </message>
    <message>
        <source>Ingezien</source>
        <translation>Viewed</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Intakedatum</source>
        <translation>Intake date</translation>
    </message>
    <message>
        <source>Inzageoverzicht gemaakt</source>
        <translation>Access report created</translation>
    </message>
    <message>
        <source>JGZ / prenataal huisbezoek</source>
        <translation>JGZ / prenatal home visit</translation>
    </message>
    <message>
        <source>JGZ prenataal huisbezoek</source>
        <translation>JGZ prenatal home visit</translation>
    </message>
    <message>
        <source>JGZ-verpleegkundige</source>
        <translation>JGZ nurse</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Kolommen</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Kraamverzorgende</source>
        <translation>Maternity care assistant</translation>
    </message>
    <message>
        <source>Kwetsbaar</source>
        <translation>Vulnerable</translation>
    </message>
    <message>
        <source>Laatste menstruatie</source>
        <translation>Last menstrual period</translation>
    </message>
    <message>
        <source>Locaties met Centering</source>
        <translation>Locations with Centering</translation>
    </message>
    <message>
        <source>Logboek bekeken</source>
        <translation>Audit log viewed</translation>
    </message>
    <message>
        <source>Lopend</source>
        <translation>Ongoing</translation>
    </message>
    <message>
        <source>Map voor reservekopieën ingesteld</source>
        <translation>Backup folder set</translation>
    </message>
    <message>
        <source>Medewerker gewijzigd</source>
        <translation>Staff member changed</translation>
    </message>
    <message>
        <source>Medewerker toegevoegd</source>
        <translation>Staff member added</translation>
    </message>
    <message>
        <source>Medewerkers</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Meegegeven aan cliënte</source>
        <translation>Given to the client</translation>
    </message>
    <message>
        <source>Meldcodestap vastgelegd</source>
        <translation>Reporting code step recorded</translation>
    </message>
    <message>
        <source>Melden bij Veilig Thuis</source>
        <translation>Report to Veilig Thuis</translation>
    </message>
    <message>
        <source>Melding volgens de meldcode</source>
        <translation>Report under the Reporting Code (meldcode)</translation>
    </message>
    <message>
        <source>Met afwijkingen</source>
        <translation>With discrepancies</translation>
    </message>
    <message>
        <source>Met toestemming van de cliënte</source>
        <translation>With the client&apos;s consent</translation>
    </message>
    <message>
        <source>Miskraam</source>
        <translation>Miscarriage</translation>
    </message>
    <message>
        <source>Mislukt</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Mondeling</source>
        <translation>Verbal</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Monitor</translation>
    </message>
    <message>
        <source>Monitor: bestanden opgeslagen</source>
        <translation>Monitor: files saved</translation>
    </message>
    <message>
        <source>Monitor: voorbeeld bekeken</source>
        <translation>Monitor: preview viewed</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Naar een andere groep</source>
        <translation>To another group</translation>
    </message>
    <message>
        <source>Nieuw</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Nieuwe cliënte</source>
        <translation>New client</translation>
    </message>
    <message>
        <source>Nieuwe cliënten</source>
        <translation>New clients</translation>
    </message>
    <message>
        <source>Nieuwe zwangerschap</source>
        <translation>New pregnancy</translation>
    </message>
    <message>
        <source>Nieuwe zwangerschappen</source>
        <translation>New pregnancies</translation>
    </message>
    <message>
        <source>Noodtoegang gevraagd</source>
        <translation>Emergency access requested</translation>
    </message>
    <message>
        <source>Onbekend</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Overgedragen naar 2e lijn</source>
        <translation>Transferred to secondary care</translation>
    </message>
    <message>
        <source>Overgeslagen (fout)</source>
        <translation>Skipped (error)</translation>
    </message>
    <message>
        <source>Overige gemeenten</source>
        <translation>Other municipalities</translation>
    </message>
    <message>
        <source>POH-GGZ</source>
        <translation>POH-GGZ</translation>
    </message>
    <message>
        <source>Para</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Paspoort</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>Per post</source>
        <translation>By post</translation>
    </message>
    <message>
        <source>Persoons- of contactgegevens</source>
        <translation>Personal or contact details</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Postpartum</source>
        <translation>Postpartum</translation>
    </message>
    <message>
        <source>Potentieel kwetsbaar</source>
        <translation>Potentially vulnerable</translation>
    </message>
    <message>
        <source>Praktijk ingericht</source>
        <translation>Practice set up</translation>
    </message>
    <message>
        <source>Praktijkassistent</source>
        <translation>Practice assistant</translation>
    </message>
    <message>
        <source>Praktijkgegevens opgeslagen</source>
        <translation>Practice details saved</translation>
    </message>
    <message>
        <source>Reden geen BSN</source>
        <translation>Reason for no BSN</translation>
    </message>
    <message>
        <source>Regel</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Reservekopie gecontroleerd</source>
        <translation>Backup checked</translation>
    </message>
    <message>
        <source>Reservekopie gemaakt</source>
        <translation>Backup made</translation>
    </message>
    <message>
        <source>Reservekopie mislukt</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <source>Reservekopie teruggezet</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <source>Reservekopie terugzetten begonnen</source>
        <translation>Backup restore started</translation>
    </message>
    <message>
        <source>Rijbewijs</source>
        <translation>Driving licence</translation>
    </message>
    <message>
        <source>Roepnaam</source>
        <translation>Known as</translation>
    </message>
    <message>
        <source>Rond 28 weken</source>
        <translation>Around 28 weeks</translation>
    </message>
    <message>
        <source>Schriftelijk</source>
        <translation>Written</translation>
    </message>
    <message>
        <source>Signalen in kaart brengen</source>
        <translation>Map out the signs</translation>
    </message>
    <message>
        <source>Signalering</source>
        <translation>Screening</translation>
    </message>
    <message>
        <source>Signalering geopend</source>
        <translation>Screening opened</translation>
    </message>
    <message>
        <source>Signaleringen gedaan</source>
        <translation>Screenings done</translation>
    </message>
    <message>
        <source>Signaleringslijst: regionale lijst ingesteld</source>
        <translation>Screening list: regional list set</translation>
    </message>
    <message>
        <source>Signaleringslijst: standaardlijst gekozen</source>
        <translation>Screening list: built-in list chosen</translation>
    </message>
    <message>
        <source>Signaleringsniveaus bekeken</source>
        <translation>Screening levels viewed</translation>
    </message>
    <message>
        <source>Stapeling: minimaal aantal domeinen</source>
        <translation>Accumulation: minimum number of domains</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status van de verwijzing gewijzigd</source>
        <translation>Referral status changed</translation>
    </message>
    <message>
        <source>Statusdatum</source>
        <translation>Status date</translation>
    </message>
    <message>
        <source>Straat en huisnummer</source>
        <translation>Street and number</translation>
    </message>
    <message>
        <source>Telefonisch</source>
        <translation>By phone</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Telefoon 2</source>
        <translation>Phone 2</translation>
    </message>
    <message>
        <source>Termijn voor terugkoppeling ingesteld</source>
        <translation>Feedback time limit set</translation>
    </message>
    <message>
        <source>Termijnecho</source>
        <translation>Dating scan</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Toestemming gegeven</source>
        <translation>Consent given</translation>
    </message>
    <message>
        <source>Toestemming gevraagd</source>
        <translation>Consent requested</translation>
    </message>
    <message>
        <source>Toestemming ingetrokken</source>
        <translation>Consent withdrawn</translation>
    </message>
    <message>
        <source>Toestemming vastgelegd</source>
        <translation>Consent recorded</translation>
    </message>
    <message>
        <source>Toevoeging</source>
        <translation>Number suffix</translation>
    </message>
    <message>
        <source>Tolk nodig</source>
        <translation>Interpreter needed</translation>
    </message>
    <message>
        <source>Totaal praktijk</source>
        <translation>Practice total</translation>
    </message>
    <message>
        <source>Tussentijds</source>
        <translation>Interim</translation>
    </message>
    <message>
        <source>Tussenvoegsel</source>
        <translation>Surname prefix</translation>
    </message>
    <message>
        <source>Tweede factor ingesteld</source>
        <translation>Second factor set up</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 met BOM</source>
        <translation>UTF-8 with BOM</translation>
    </message>
    <message>
        <source>Uitgelegd wat een prenataal huisbezoek / de hulp inhoudt, waarom verwijzing verstandig is, welke gegevens worden gedeeld en met wie, en dat weigeren geen gevolgen heeft voor haar zorg.</source>
        <translation>Explained what a prenatal home visit / the support involves, why referral is advisable, which information is shared and with whom, and that refusing has no consequences for her care.</translation>
    </message>
    <message>
        <source>Uitgevoerd</source>
        <translation>Executed</translation>
    </message>
    <message>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Vandaag</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Veilig Thuis</source>
        <translation>Veilig Thuis</translation>
    </message>
    <message>
        <source>Veilig contact</source>
        <translation>Safe contact</translation>
    </message>
    <message>
        <source>Verblijfsdocument</source>
        <translation>Residence document</translation>
    </message>
    <message>
        <source>Verhuisd</source>
        <translation>Moved away</translation>
    </message>
    <message>
        <source>Verleden</source>
        <translation>Past</translation>
    </message>
    <message>
        <source>Verloskundige</source>
        <translation>Midwife</translation>
    </message>
    <message>
        <source>Vermoeden</source>
        <translation>Suspected</translation>
    </message>
    <message>
        <source>Verstuurd</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Verwezen</source>
        <translation>Referred</translation>
    </message>
    <message>
        <source>Verwijderd</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Verwijsbrief afgedrukt</source>
        <translation>Referral letter printed</translation>
    </message>
    <message>
        <source>Verwijsbrief als PDF opgeslagen</source>
        <translation>Referral letter saved as PDF</translation>
    </message>
    <message>
        <source>Verwijsbrief gemaakt</source>
        <translation>Referral letter created</translation>
    </message>
    <message>
        <source>Verwijsbrief ingezien</source>
        <translation>Referral letter viewed</translation>
    </message>
    <message>
        <source>Verwijstrechter bekeken</source>
        <translation>Referral funnel viewed</translation>
    </message>
    <message>
        <source>Verwijzing aangemaakt</source>
        <translation>Referral created</translation>
    </message>
    <message>
        <source>Verwijzing geopend</source>
        <translation>Referral opened</translation>
    </message>
    <message>
        <source>Verwijzing gewijzigd</source>
        <translation>Referral changed</translation>
    </message>
    <message>
        <source>Verwijzing voorbereid</source>
        <translation>Referral prepared</translation>
    </message>
    <message>
        <source>Verwijzingen</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Verwijzingen bekeken</source>
        <translation>Referrals viewed</translation>
    </message>
    <message>
        <source>Verwijzingen met contact bevestigd</source>
        <translation>Referrals with contact confirmed</translation>
    </message>
    <message>
        <source>Verwijzingen naar JGZ</source>
        <translation>Referrals to JGZ</translation>
    </message>
    <message>
        <source>Verwijzingen naar Veilig Thuis</source>
        <translation>Referrals to Veilig Thuis</translation>
    </message>
    <message>
        <source>Verwijzingen naar andere</source>
        <translation>Referrals to others</translation>
    </message>
    <message>
        <source>Verwijzingen naar huisarts/POH</source>
        <translation>Referrals to GP/POH</translation>
    </message>
    <message>
        <source>Verwijzingen naar wijkteam</source>
        <translation>Referrals to neighbourhood team</translation>
    </message>
    <message>
        <source>Verwijzingen zonder terugkoppeling bekeken</source>
        <translation>Referrals without feedback viewed</translation>
    </message>
    <message>
        <source>Voorkeurstaal</source>
        <translation>Preferred language</translation>
    </message>
    <message>
        <source>Voornamen</source>
        <translation>First names</translation>
    </message>
    <message>
        <source>Wachtwoord hersteld</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <source>Wachtwoord hersteld met de herstelsleutel</source>
        <translation>Password reset with the recovery key</translation>
    </message>
    <message>
        <source>Wegen (afwegingskader)</source>
        <translation>Weigh up (assessment framework)</translation>
    </message>
    <message>
        <source>Wegen van het geweld of de kindermishandeling (afwegingskader)</source>
        <translation>Weigh up the violence or child abuse (assessment framework)</translation>
    </message>
    <message>
        <source>Werklijst doorgeleidingsbesluiten bekeken</source>
        <translation>Referral decisions worklist viewed</translation>
    </message>
    <message>
        <source>Wijkteam</source>
        <translation>Neighbourhood team</translation>
    </message>
    <message>
        <source>Wijkteam / sociaal team</source>
        <translation>Neighbourhood team / social team</translation>
    </message>
    <message>
        <source>Wil Centering</source>
        <translation>Wants Centering</translation>
    </message>
    <message>
        <source>Windows-1252</source>
        <translation>Windows-1252</translation>
    </message>
    <message>
        <source>Woonplaats</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Zeer kwetsbaar (urgent)</source>
        <translation>Very vulnerable (urgent)</translation>
    </message>
    <message>
        <source>Zoveel meegetelde kwetsbaarheden maken kwetsbaar (stapeling) ...</source>
        <translation>This many counted vulnerabilities give the level vulnerable (accumulation) ...</translation>
    </message>
    <message>
        <source>Zoveel meegetelde urgente kwetsbaarheden maken zeer kwetsbaar (urgent).</source>
        <translation>This many counted urgent vulnerabilities give the level very vulnerable (urgent).</translation>
    </message>
    <message>
        <source>Zwangerschap vastgelegd</source>
        <translation>Pregnancy recorded</translation>
    </message>
    <message>
        <source>Zwangerschappen</source>
        <translation>Pregnancies</translation>
    </message>
    <message>
        <source>Zwangerschappen gesignaleerd</source>
        <translation>Pregnancies screened</translation>
    </message>
    <message>
        <source>Zwangerschappen in zorg (nieuwe intakes)</source>
        <translation>Pregnancies in care (new intakes)</translation>
    </message>
    <message>
        <source>Zwangerschapsgegevens</source>
        <translation>Pregnancy details</translation>
    </message>
    <message>
        <source>aantekeningen</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>anders</source>
        <translation>other</translation>
    </message>
    <message>
        <source>anders terug te rekenen uit totalen en andere cellen</source>
        <translation>could otherwise be worked out from totals and other cells</translation>
    </message>
    <message>
        <source>berekend uit een onderdrukt aantal</source>
        <translation>calculated from a suppressed number</translation>
    </message>
    <message>
        <source>beschermende factoren</source>
        <translation>protective factors</translation>
    </message>
    <message>
        <source>bij afsluiten</source>
        <translation>on closing</translation>
    </message>
    <message>
        <source>contactgegevens</source>
        <translation>contact details</translation>
    </message>
    <message>
        <source>dagelijks</source>
        <translation>daily</translation>
    </message>
    <message>
        <source>dinsdag</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>donderdag</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>email</translation>
    </message>
    <message>
        <source>gegeven</source>
        <translation>given</translation>
    </message>
    <message>
        <source>gesignaleerde domeinen</source>
        <translation>flagged domains</translation>
    </message>
    <message>
        <source>geweigerd</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>identificatie</source>
        <translation>identification</translation>
    </message>
    <message>
        <source>ingetrokken</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>jgz_verpleegkundige</source>
        <translation>JGZ nurse</translation>
    </message>
    <message>
        <source>klein aantal: 1 tot de drempel k</source>
        <translation>small number: 1 up to the threshold k</translation>
    </message>
    <message>
        <source>komma (,)</source>
        <translation>comma (,)</translation>
    </message>
    <message>
        <source>kraamverzorgende</source>
        <translation>maternity care assistant</translation>
    </message>
    <message>
        <source>maandag</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>meegegeven</source>
        <translation>handed over</translation>
    </message>
    <message>
        <source>meldcode</source>
        <translation>reporting code</translation>
    </message>
    <message>
        <source>met de hand</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>niet gevraagd</source>
        <translation>not asked</translation>
    </message>
    <message>
        <source>poh_ggz</source>
        <translation>POH-GGZ</translation>
    </message>
    <message>
        <source>post</source>
        <translation>post</translation>
    </message>
    <message>
        <source>praktijkassistent</source>
        <translation>practice assistant</translation>
    </message>
    <message>
        <source>puntkomma (;)</source>
        <translation>semicolon (;)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>telefoon</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>verloskundige</source>
        <translation>midwife</translation>
    </message>
    <message>
        <source>voor terugzetten</source>
        <translation>before restore</translation>
    </message>
    <message>
        <source>vrijdag</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>woensdag</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>zaterdag</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>zondag</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>zwangerschapsgegevens</source>
        <translation>pregnancy details</translation>
    </message>
    <message>
        <source>À terme datum</source>
        <translation>Due date</translation>
    </message>
</context>
</TS>
