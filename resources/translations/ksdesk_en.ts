<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>AccountTab</name>
    <message>
        <source>ksdesk – herstelcodes voor de tweede factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebruiker: {username} · gemaakt op {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elke code werkt één keer, als je telefoon er niet is. Bewaar dit blad op een veilige plek,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niet bij de computer en niet in een gedeelde map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tweede factor (authenticator-app)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingesteld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je bent aangemeld met wachtwoord en code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met een tweede factor meld je je aan met je wachtwoord én een code uit een app op je telefoon (bijvoorbeeld Microsoft Authenticator of FreeOTP). Voor de beheerder is dat verplicht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tweede factor instellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Scan de code met de app op je telefoon.
   Lukt scannen niet? Typ dan deze sleutel over:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Vul de zescijferige code uit de app in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tweede factor bevestigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtwoord wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huidig wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw wachtwoord herhalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tweede factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herstelcodes opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF-bestand (*.pdf);;Tekstbestand (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herstelcodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand kon niet worden opgeslagen: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De herstelcodes staan in {name}. Druk ze af, bewaar ze op een veilige plek en verwijder het bestand daarna van deze computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De wachtwoorden zijn niet gelijk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je wachtwoord is gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddressBookTab</name>
    <message>
        <source>Bestemmingen voor verwijzingen per gemeente. De gemeenten van Zuid-Limburg staan er al in, zonder contactgegevens: vul die zelf in uit een betrouwbare bron. Bij een verwijzing staan de bestemmingen van de gemeente van de cliënte bovenaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen actieve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ook inactieve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen bestemmingen. Kies &apos;Nieuwe bestemming&apos; om er een toe te voegen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Andere gemeente, bijv. Echt-Susteren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeente toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bestemming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afdeling / team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beveiligde e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe bestemming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet meer gebruiken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle gemeenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regio (alle gemeenten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weer gebruiken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controleer de gemarkeerde velden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeente {name} toegevoegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de bestemming</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Beheer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Als beheerder meld je je aan met wachtwoord én code. Stel hieronder eerst de tweede factor in; daarna kun je de praktijk, de medewerkers en de gebruikers beheren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Praktijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medewerkers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresboek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signaleringslijst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebruikers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logboek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewaartermijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservekopieën</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mijn account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de praktijkgegevens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de medewerker</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <source>Poging: {operation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle regels met noodtoegang van de laatste 30 dagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle gebruikers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle handelingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen noodtoegang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters wissen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cliënt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gebruiker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Periode van</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t/m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keten controleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controleer of er regels zijn gewijzigd, verwijderd of tussengevoegd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inzageoverzicht (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voor de cliënte in het filter: wie haar gegevens heeft ingezien of gewijzigd, en wanneer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tijden in Nederlandse tijd. Kies een gebruiker voor het overzicht per medewerker, of vul een cliëntnummer in voor het overzicht per cliënte. Het bekijken van het logboek wordt zelf ook vastgelegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 keer noodtoegang in de laatste 30 dagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} keer noodtoegang in de laatste 30 dagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen noodtoegang in de laatste 30 dagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum niet herkend: ‘{text}’. Gebruik dd-mm-jjjj.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De einddatum ligt vóór de begindatum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen regels bij deze filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} regels geladen (scroll voor meer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 regel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} regels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logboek controleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De hashketen van het logboek wordt gecontroleerd…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keten in orde: {n} regels gecontroleerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keten verbroken bij regel {seq}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inzageoverzicht opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF-bestand (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inzageoverzicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand kon niet worden opgeslagen: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het inzageoverzicht over {start} t/m {end} is opgeslagen als {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Tijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebruiker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebeurtenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cliënt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resultaat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noodtoegang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regel {seq} · werkplek {ws}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object: {type} {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zwangerschap: {id}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <source>Map voor reservekopieën</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies bij voorkeur een tweede schijf of een netwerkmap: een kopie op dezelfde schijf helpt niet als die schijf stukgaat. Reservekopieën zijn versleuteld; met het wachtwoord van een gebruiker of de herstelsleutel uit de kluis zijn ze op een andere computer terug te zetten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Andere map kiezen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standaardmap gebruiken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservekopieën (bewaard: alle van de laatste 24 uur, 7 dagelijkse, 4 wekelijkse, 12 maandelijkse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemaakt op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grootte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nu een reservekopie maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terugzetten…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De map is opgeslagen. De volgende reservekopie komt daar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservekopie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservekopie maken en controleren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservekopie gemaakt en gecontroleerd: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservekopie controleren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is in orde ({entries} logregels gecontroleerd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is niet in orde: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservekopie terugzetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle gegevens worden vervangen door de reservekopie van {when}. Wat daarna is ingevoerd, staat niet in deze kopie. De huidige gegevens worden apart bewaard in de map &apos;vervangen&apos;. Daarna meldt iedereen zich opnieuw aan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terugzetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservekopie controleren en terugzetten…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teruggezet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De reservekopie is teruggezet. De vervangen gegevens staan in {aside}. Meld je opnieuw aan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogueTab</name>
    <message>
        <source>Regiobestand gebruiken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meegeleverde lijst gebruiken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oude beoordelingen blijven leesbaar: ze bewaren de catalogus en versie waarmee ze zijn gemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domein / item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betekenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geverifieerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bronnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regiobestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meegeleverd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogus {id}, versie {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · meldcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kwetsbaarheid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beschermende factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In het catalogusbestand: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De meegeleverde lijst is al in gebruik.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogusbestand kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogus (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand kan niet worden gelezen: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CenteringGroup</name>
    <message>
        <source>Reünie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bijeenkomst {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CenteringPage</name>
    <message>
        <source>CenteringZwangerschap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ATD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zw.duur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groep maken van selectie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selecteer zwangeren (Ctrl of Shift) en maak er zelf een groep van, of laat ksdesk groepen voorstellen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groepen voorstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorstel overnemen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorstel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verplaats de gekozen zwangere naar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verplaatsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ook afgeronde en geannuleerde groepen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deeln.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen groepen. Kies &apos;Groepen voorstellen&apos; op het tabblad Planning om te beginnen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groepen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kandidaten ({0}): intake gedaan, wil Centering, nog geen groep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen kandidaten: niemand wacht op een groep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorstel: {0} van de {1} zwangeren geplaatst in {2} nieuwe groepen en {3} bestaande.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe groep {0} · {1} zwangeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spreiding {0} dagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leeg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aanvullen: {0} · {1} erbij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet geplaatst · {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe groep {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een extra nieuwe groep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aanvullen: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet plaatsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies eerst een zwangere in het voorstel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met de hand uit het voorstel gehaald.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} verplaatst. Het voorstel is nog niet opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} nieuwe groepen gemaakt, met een volledig schema. Kies op het tabblad Groepen de begeleiders en de ruimte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selecteer eerst zwangeren in de lijst met kandidaten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groep &apos;{0}&apos; gemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CenteringSetupTab</name>
    <message>
        <source>Groepen, schema en toeslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimale groepsgrootte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gewenste groepsgrootte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximale groepsgrootte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximale spreiding ATD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> dagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoveel dagen mogen de à terme datums in één groep uiteenliggen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instromen tot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> weken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie verder is, stelt ksdesk niet meer voor in een nieuwe groep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eerste bijeenkomst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zwangerschapsduur bij de middelste ATD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weken ertussen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bijvoorbeeld 4, 4, 4, 2, 2, 2, 2, 2 (negen bijeenkomsten in de zwangerschap).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reünie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na de laatste ATD, met de baby&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minuten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CB-IPG-toeslag (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per deelnemende zwangere, eenmaal te declareren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorwaarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centering-getrainde verloskundige</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tweede begeleider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimaal bijgewoond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> bijeenkomsten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorwaarden (tekst)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instellingen opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul hele weken in, gescheiden door komma&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul een bedrag in, bijvoorbeeld 70,00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opgeslagen. Nieuwe groepen krijgen dit schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locaties en ruimtes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ruimtes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regio schoolvakanties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zuid-Limburg hoort bij Zuid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In gebruik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe locatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locatie opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ruimtes van de gekozen locatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ruimte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plaatsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0: niet ingevuld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe ruimte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ruimte opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locatie &apos;{0}&apos; opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies of bewaar eerst een locatie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ruimte &apos;{0}&apos; opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de Centering-instellingen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientListPage</name>
    <message>
        <source>Cliënten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe cliënte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een nieuwe cliënte inschrijven (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noodtoegang…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toegang buiten je rol, met een schriftelijke reden; dit wordt vastgelegd en de beheerder ziet het</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoek met het zoekveld bovenin (Ctrl+F) op naam, BSN, geboortedatum (dd-mm-jjjj) of postcode. Enter of dubbelklik opent de cliënte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 cliënte gevonden voor ‘{q}’</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} cliënten gevonden voor ‘{q}’</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 cliënte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} cliënten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen cliënte gevonden voor ‘{q}’.

Controleer de spelling, of zoek op geboortedatum (dd-mm-jjjj), BSN of postcode. Staat ze er echt niet in? Kies ‘Nieuwe cliënte’ (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen cliënten.

Kies ‘Nieuwe cliënte’ (Ctrl+N) om de eerste cliënte in te schrijven.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <source>Gegevens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zwangerschappen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Cliënten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terug naar de lijst met cliënten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolk nodig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À terme datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amenorroeduur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gravida / para</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiernummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voornamen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tussenvoegsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achternaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roepnaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identificatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reden geen BSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identiteitsbewijs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documentnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straat en huisnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Woonplaats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefoon 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorkeurstaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bijv. alleen bellen op dinsdag; geen post naar huisadres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veilig contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wijzigingen ongedaan maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zwangerschappen (nieuwste eerst)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe zwangerschap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zwangerschap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bron à terme datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een termijnecho of IVF-datum gaat voor op de laatste menstruatie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gravida</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Para</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statusdatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geboortedatum kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intakedatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wil deelnemen aan CenteringZwangerschap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geschiedenis à terme datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vastgelegd op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zwangerschap toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signalering kwetsbaarheid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gnalering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De checklist Kwetsbaarheid Rotterdam, de geschiedenis en de doorgeleiding van deze zwangerschap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nog niet gesignaleerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laatste beoordeling: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meldcode open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>besluit doorgeleiding nodig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cliënte aanmaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen toegang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message}

Met noodtoegang kun je dit dossier toch openen. Je geeft dan een reden op; dat wordt vastgelegd en de beheerder ziet het.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noodtoegang…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cliënte openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe cliënte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul haar gegevens in en kies ‘Cliënte aanmaken’. Daarna kun je de zwangerschap vastleggen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen zwangerschap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taal: {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veilig contact: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen contactgegevens vastgelegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À terme {date} · {status} · G{g}P{p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zwangerschap, à terme {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de nieuwe cliënte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deze zwangerschap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cliënte {name} aangemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gegevens van {name} opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet opgeslagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zwangerschap opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À terme datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amenorroeduur</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>ksdesk inrichten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welkom bij ksdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit is de eerste keer dat ksdesk op deze computer start. Vul de gegevens van de praktijk in en maak het eerste account aan: de beheerder. Andere gebruikers voeg je daarna toe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Praktijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam praktijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AGB-code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straat en huisnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eerste beheerder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebruikersnaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kleine letters, cijfers, punt of streepje.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtwoord herhalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Praktijk inrichten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De wachtwoorden zijn niet gelijk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupPanel</name>
    <message>
        <source>Groepsoverzicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda (.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het groepsoverzicht afdrukken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De bijeenkomsten opslaan als agendabestand voor Outlook of Google Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ATD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zw.duur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CB-IPG-toeslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdracht JGZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verlaat groep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reden:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naar andere groep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terug naar de kandidaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toeslag gedeclareerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toestemming overdracht aan/uit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdrachtslijst JGZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deelnemers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bijeenkomst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opmerking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bijeenkomst verplaatsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentielijst afdrukken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe datum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bijeenkomst:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aanwezigheid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individueel consult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aanwezigheid opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individueel consult gedaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ruimte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verloskundige</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-begeleider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gegevens opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema opnieuw plannen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status van de groep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start (lopend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afronden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reden van annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groep annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gegevens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies links een groep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} deelnemers · {1} · begeleiding: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nog geen locatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nog niet gekozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In de groep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verlaten {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gedeclareerd {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Komt in aanmerking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog niet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geweest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met baby&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aanwezigheid vul je in vanaf de dag van de eerste bijeenkomst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gedaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog plannen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog niet ingevuld: iedereen staat op aanwezig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(geen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nog niet gekozen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, Centering-getraind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies eerst een deelnemer in de lijst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De toeslag wordt eenmaal per zwangere gedeclareerd. Vastleggen dat hij vandaag is gedeclareerd?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies eerst een bijeenkomst in het schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opgeslagen. Plan een individueel consult voor: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies eerst een deelnemer die de bijeenkomst miste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De groep wordt geannuleerd; alle gegevens blijven bewaard en de deelnemers komen terug bij de kandidaten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afdrukken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentielijst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdracht CenteringOuderschap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan mislukt: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De agenda is opgeslagen. Open het bestand in Outlook of importeer het in Google Agenda.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupTimeline</name>
    <message>
        <source>Tijdlijn van de groep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ATD&apos;s {0} – {1}; bijeenkomsten {2} – {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen deelnemers of schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bijeenk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ATD&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vandaag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>1 regel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} regels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 kolom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} kolommen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het importeren is mislukt; er is niets opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importeren uit het dossiersysteem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welk bestand?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een export uit je dossiersysteem (CSV of Excel). Er wordt nog niets opgeslagen: je ziet eerst per regel wat er gebeurt. Het bestand zelf wordt niet in ksdesk bewaard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bestand kiezen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen bestand gekozen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De koppeling van kolommen wordt per bron onthouden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bron (dossiersysteem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tekenset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scheidingsteken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exportbestanden (*.csv *.txt *.xlsx);;Alle bestanden (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows} en {cols} gelezen. Staan er vreemde tekens (Ã©) of alles in één kolom? Kies dan een andere tekenset of ander scheidingsteken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er staan vreemde tekens in (zoals Ã« voor ë): de tekenset is waarschijnlijk UTF-8; kies die hierboven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows} en {cols} gelezen uit het eerste werkblad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alles staat in één kolom: het scheidingsteken klopt waarschijnlijk niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met {name} worden het {n} kolommen; kies dat hierboven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welke kolom is welk veld?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ksdesk heeft de kolommen geraden aan hun kop. Controleer en verbeter waar nodig; kolommen die je niet nodig hebt zet je op &apos;(niet importeren)&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kolom in het bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorbeelden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veld in ksdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ik verklaar: de identiteit van de cliënten met een BSN in dit bestand is gecontroleerd met een wettelijk identiteitsbewijs, vastgelegd in het dossiersysteem van de praktijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bij elke cliënte komt als identiteitsbewijs &apos;Gecontroleerd in het dossiersysteem van de praktijk&apos; zonder documentnummer, en de import legt deze verklaring vast in het logboek. Geldt alleen voor deze import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bijv. Niet in de export van het dossiersysteem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reden geen BSN, als een regel geen BSN heeft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze koppeling onthouden voor de volgende import uit deze bron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cliënte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zwangerschap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(zonder kop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controle: wat gebeurt er met elke regel?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is nog niets opgeslagen. Regels met een fout worden overgeslagen; wat in ksdesk al anders is ingevuld wordt niet overschreven (zie &apos;Met afwijkingen&apos;). Alleen lege velden worden aangevuld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controleverslag opslaan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een regel om de hele toelichting te zien.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regel {n}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controleren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle zwangerschappen die worden aangemaakt: bij nieuwe cliënten en bij cliënten die al in ksdesk staan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met afwijkingen: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import klaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verslag opslaan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het verslag noemt per regel wat er is geïmporteerd en wat is overgeslagen, en waarom. Het bevat gegevens van cliënten: bewaar het zorgvuldig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nu opslaan: nieuwe cliënten {new}, nieuwe zwangerschappen {preg}, aanvullingen {upd}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows} met een fout worden overgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bij {n} cliënten wordt vastgelegd dat de identiteit in het dossiersysteem is gecontroleerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importeren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afbreken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importeren… regel {done} van {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alles is in één keer opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 regel is overgeslagen; het verslag zegt waarom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} regels zijn overgeslagen; het verslag zegt waarom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 regel heeft afwijkingen die niet zijn overgenomen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} regels hebben afwijkingen die niet zijn overgenomen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bij {n} cliënten is als identiteitsbewijs vastgelegd: gecontroleerd in het dossiersysteem van de praktijk (zonder documentnummer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verslag opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV-bestand (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het verslag kon niet worden opgeslagen op deze plek.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het verslag is opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geef de bron een naam (bijvoorbeeld het dossiersysteem).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stap {n} van 4: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows} importeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niets te importeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveCheck</name>
    <message>
        <source>Niet opgeslagen: controleer de rood gemarkeerde velden.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>DEMO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vergrendeld — alleen {name} kan ontgrendelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 cijfers uit je app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Andere gebruiker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ontgrendelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aanmelden als andere gebruiker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit sluit de sessie van {name}. Opgeslagen werk blijft bewaard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 cijfers, of een herstelcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gebruikersnaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;achtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aanmelden</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Aanmelden – ksdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aanmelden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO – fictieve gegevens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gebruikersnaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 cijfers, of een herstelcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herstelsleutel gebruiken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het nieuwe wachtwoord is ingesteld. Meld je ermee aan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Afmelden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Af&amp;sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nieuwe cliënte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zoeken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Over ksdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vergrendelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Importeren uit het dossiersysteem…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cliënt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoeken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoek een cliënte op naam, BSN, geboortedatum of postcode (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noodtoegang beëindigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO – fictieve gegevens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noodtoegang actief: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservekopie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dagelijkse reservekopie maken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De dagelijkse reservekopie is niet gelukt: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservekopie gemaakt: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Andere gebruiker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} heeft wijzigingen die nog niet zijn opgeslagen. Als {other} zich nu aanmeldt, gaan die wijzigingen verloren. Opgeslagen werk blijft bewaard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wijzigingen weggooien en aanmelden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databaseserver (PostgreSQL); versleuteling en reservekopieën regelt de server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>versleuteld (SQLCipher)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nog niet versleuteld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gegevensmap: {folder}&lt;br&gt;Database: {file}, {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over ksdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;ksdesk {version}&lt;/h3&gt;&lt;p&gt;Kansrijke Start voor de verloskundigenpraktijk: cliënten, signalering van kwetsbaarheid, verwijzingen en planning van CenteringZwangerschap.&lt;/p&gt;&lt;p&gt;Werkt zonder internet; de gegevens blijven op deze computer of de eigen server van de praktijk.&lt;/p&gt;&lt;p&gt;{where}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vergrendeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} heeft wijzigingen die nog niet zijn opgeslagen. Ontgrendel eerst, of meld je aan als andere gebruiker.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitorPage</name>
    <message>
        <source>Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geanonimiseerde aantallen voor de regionale monitor Kansrijke Start, per gemeente en voor de hele praktijk. Je ziet hieronder precies wat de praktijk verlaat, voordat je iets opslaat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kwartaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Van – tot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1e kwartaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Van</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tot en met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t/m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorbeeld tonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een periode en kies &apos;Voorbeeld tonen&apos;. Er wordt dan nog niets opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samenvatting met grafiek (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderdrukte cellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drempel voor kleine aantallen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drempel opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporteren naar map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De periode is gewijzigd. Kies &apos;Voorbeeld tonen&apos; om de cijfers te zien.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aantallen tellen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorbeeld %1: %2 gebieden, %3 indicatoren; %4 cellen onderdrukt (drempel %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog niet beschikbaar (nb): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er staan geen namen, BSN&apos;s, geboortedata, adressen of datums van cliënten in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map voor de monitorbestanden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opgeslagen in %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drempel: aantallen van 1 tot en met %1 worden getoond als &apos;&lt;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drempel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitorTableModel</name>
    <message>
        <source>Onderdrukt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet beschikbaar: dit onderdeel is (nog) niet in gebruik.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen voor de hele praktijk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Voorbeeld van het document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticeTab</name>
    <message>
        <source>Gegevens van de praktijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam praktijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AGB-code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straat en huisnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CenteringZwangerschap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaste dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begintijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaste dag en tijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo (briefhoofd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo kiezen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen de beheerder kan deze gegevens wijzigen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afbeeldingen (*.png *.jpg *.jpeg *.bmp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit bestand is geen afbeelding die ksdesk kan lezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet opgeslagen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Herstelsleutel gebruiken – ksdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herstelsleutel gebruiken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebruik dit alleen als niemand meer kan inloggen. Typ de sleutel van het blad uit de kluis; de gekozen beheerder krijgt een nieuw wachtwoord. Dit wordt vastgelegd in het logboek.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Herstelsleutel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Beheerder (gebruikersnaam)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nieuw wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw wachtwoord &amp;herhalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw wachtwoord instellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De twee wachtwoorden zijn niet gelijk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralDetail</name>
    <message>
        <source>← Alle verwijzingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen brief. Leg eerst de toestemming vast en kies &apos;Brief maken&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Verwijzing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bestemming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grondslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wettelijke grond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen bij een melding aan Veilig Thuis (meldcode, stap 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reden van verwijzing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hulpvraag (in haar woorden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Al betrokken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huisarts, POH-GGZ, GGZ, kraamzorg …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aantekeningen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afzender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijzing opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Toestemming van de cliënte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat is uitgelegd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zij deelt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toestemming vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zij weigert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toestemming intrekken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brief maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afdrukken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan als PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Opvolging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe stap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verstuurd via</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toelichting / uitkomst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stap vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijzing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe verwijzing voor {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het adresboek is nog leeg. Voeg bestemmingen toe bij Beheer › Adresboek.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ikzelf ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is geen signalering gekoppeld aan deze verwijzing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uit de signalering: domeinen {domains}; beschermende factoren {factors}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijzing van {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wijzigingen opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sla eerst de verwijzing op.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melding volgens de meldcode: de wettelijke grond staat bij de verwijzing; toestemming wordt niet vastgelegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog niet gevraagd. Vertel wat een verwijzing inhoudt, wie de ontvanger is en welke gegevens je deelt; weigeren heeft geen gevolgen voor haar zorg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingetrokken op {date} door {who}. Er kan geen brief meer worden gemaakt of afgedrukt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gegeven op {date} ({form}), gevraagd door {who}. Zij deelt: {parts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geweigerd op {date}. Er wordt geen brief gemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ontvanger: {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} door {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controleer de gemarkeerde velden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijzing opgeslagen. Leg nu de toestemming vast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toestemming vastgelegd. Maak nu de brief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weigering vastgelegd. Er wordt geen brief gemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toestemming intrekken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De cliënte trekt haar toestemming in. Daarna kan geen brief meer worden gemaakt of afgedrukt. Doorgaan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intrekken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toestemming ingetrokken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brief gemaakt en gearchiveerd. Controleer hem rechts en druk af of sla op.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gearchiveerd op {when} door {who}; bevat: {parts}. Controlegetal (SHA-256): {sha}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijsbrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brief opslaan als PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF-bestanden (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan mislukt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De brief kon niet worden opgeslagen: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brief opgeslagen als {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stap vastgelegd: {status}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <source>Verwijzingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijzingen, toestemming en brieven zijn alleen zichtbaar voor de verloskundige. Het adresboek staat bij Beheer › Adresboek.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachten op terugkoppeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cliënte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bestemming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verstuurd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> dagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gesignaleerd, nog geen besluit over doorgeleiding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niveau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gesignaleerd op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dubbelklik om direct een verwijzing te maken; het besluit zelf leg je vast bij Signalering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle verwijzingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lopende verwijzingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ook afgesloten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toestemming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aangemaakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen verwijzingen. Een verwijzing begint bij het doorgeleidingsbesluit in Signalering, of dubbelklik op een gesignaleerde zwangerschap hierboven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trechter van de praktijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zwangerschappen die in de periode zijn gesignaleerd, en hoeveel daarvan elke stap van de verwijzing met toestemming bereikten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} verwijzingen zonder terugkoppeling na {days} dagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen verwijzingen die langer dan {days} dagen wachten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} zwangerschappen wachten op een besluit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen gesignaleerde zwangerschappen zonder besluit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de verwijzing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message>
        <source>Bewaartermijn verstreken (WGBO: 20 jaar na de laatste wijziging)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiernummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laatst gewijzigd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opnieuw bekijken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier vernietigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kies een nummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bijv. schriftelijk verzoek van de cliënte van 12-03-2026 (WGBO 7:455)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier vernietigen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het dossiernummer staat bovenaan de pagina van de cliënte. Vernietigen verwijdert het dossier met alle zwangerschappen en is niet terug te draaien. In het logboek blijft alleen staan dát het dossier is vernietigd, wanneer, door wie en op welke grond.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} dossiers voorbij de bewaartermijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen dossiers voorbij de bewaartermijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies het nummer van het dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier {n} definitief vernietigen? Dit kan niet ongedaan worden gemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vernietigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier {n} is vernietigd.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreeningPage</name>
    <message>
        <source>Signalering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signalering van kwetsbaarheid is voor verloskundigen. Heb je in een noodsituatie toch toegang nodig, open dan de cliënte en gebruik de noodknop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kwetsbaarheid volgens de Definitie Kwetsbaarheid Rotterdam. Kies een zwangerschap uit de werklijst, of zoek een cliënte. Vanuit de cliëntpagina kan het ook: knop ‘Signalering’ bij de zwangerschap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gesignaleerd, nog geen besluit over doorgeleiding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niveau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cliënte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À terme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beoordeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lopende zwangerschappen, en die waarvan de à terme datum hooguit 6 weken geleden is. Klik op een kolomkop om te sorteren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen openstaande besluiten: elke gesignaleerde zwangerschap heeft een besluit over doorgeleiding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cliënte zoeken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam, geboortedatum, BSN of postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zwangerschappen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gesignaleerd, nog geen besluit over doorgeleiding ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen cliënte gevonden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À terme {date} · {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze cliënte heeft nog geen zwangerschap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beoordeling opslaan (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Overzicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nieuwe beoordeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin een nieuwe, lege beoordeling (de eerdere blijven bewaard).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doorgeleiding: besluit nodig ↓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab/↑↓ volgende · Spatie aan/uit · 1/2/3 status · C/P/G betreft · Ctrl+S opslaan · ⚠ urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab of ↑/↓: volgend item · Spatie: aan/uit · 1/2/3: actueel/vermoeden/verleden · C/P/G: betreft cliënte/partner/gezin · Ctrl+S: opslaan · ⚠: urgente kwetsbaarheid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorgesteld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eindniveau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aanwezig (verandering)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doorgeleiding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* eindniveau wijkt af van de suggestie (reden in de tooltip) · aanwezig: wat bij die beoordeling aangevinkt was; + nieuw, − weg, → andere status sinds de vorige · Enter of dubbelklik opent hem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen beoordelingen bij deze zwangerschap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorgesteld niveau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onvolledig: beschermende factoren niet beantwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschermende factoren bes&amp;proken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vink aan als de beschermende factoren zijn besproken, ook als er geen aanwezig zijn. Zonder antwoord is de beoordeling onvolledig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samen afgewogen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Eindniveau, samen met de cliënte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoals voorgesteld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reden van afwijking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;titie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meldcode (KNOV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meldcode huiselijk geweld en kindermishandeling: er is een urgent veiligheidsitem aangevinkt. Doorloop de vijf stappen en leg elke stap vast. ksdesk meldt nooit zelf iets: een melding bij Veilig Thuis doe je zelf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De stap die je nu vastlegt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stap die je vastlegt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(kies bij stap 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besluit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stap vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reden (verplicht bij ‘geen doorgeleiding’)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besluit vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geb. {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>à terme {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AD {age}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog niet gesignaleerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laatst: {level} ({date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eindniveau van de laatste beoordeling ({kind}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe beoordeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lege lijst; de vorige ({date}) blijft bewaard in het verloop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lege lijst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beoordeling van {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de laatste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wijzigen past deze beoordeling aan; iets nieuws vastleggen: ‘Nieuwe beoordeling’ (Alt+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opgeslagen door {who}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lijst: {title}, versie {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meldcode: {done} van 5 stappen ↓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meldcode: na opslaan ↓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoals voorgesteld ({level})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wijzigingen opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reden van afwijking (verplicht)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waarom wijkt het eindniveau af van de suggestie? Samen met de cliënte afgewogen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de beoordeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beoordeling opgeslagen: {level}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>besluit nodig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen besluit vastgelegd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (onvolledig)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afgeweken van de suggestie: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verloop van de beoordelingen ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niets aangevinkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sinds vorige: {changes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen verandering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (bij beoordeling van {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sla de beoordeling eerst op.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Potentieel kwetsbaar of hoger: kies samen met de cliënte wat er gebeurt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besluit: {decision}{reason}, door {who} op {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sla eerst de wijzigingen in de beoordeling op.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies eerst een besluit over doorgeleiding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doorgeleiding vastgelegd: {decision}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AGB-code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centering-getraind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen medewerkers. Kies ‘Nieuwe medewerker’ om de verloskundigen en assistenten van de praktijk toe te voegen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen medewerkers vastgelegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe medewerker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medewerker toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centering-training gevolgd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actief (werkt in de praktijk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ja, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet actief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deze medewerker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet opgeslagen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Vandaag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gesignaleerd, nog geen besluit over doorgeleiding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen gesignaleerde zwangerschappen zonder besluit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naar Signalering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijzingen zonder terugkoppeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen verwijzingen die op terugkoppeling wachten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naar Verwijzingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centering-bijeenkomsten deze week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen bijeenkomsten deze week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naar Centering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachten op een Centering-groep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niemand wacht op een groep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groepen samenstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voor jouw rol zijn er geen werklijsten. Beheer vind je links onder Beheer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{weekday} {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijzingen zonder terugkoppeling na {n} dagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} → {destination} · {days} dagen geleden verstuurd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} {time} · {group} · bijeenkomst {n} · {place} · {count} deelnemers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} · à terme {date} · {ga}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>Gebruikersnaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tweede factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe gebruiker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kleine letters, cijfers, punt of streepje; persoonlijk, nooit gedeeld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eerste wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minstens 12 tekens. Geef het persoonlijk door.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtwoord herhalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebruiker aanmaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deblokkeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heft de blokkade na te veel mislukte aanmeldpogingen op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtwoord herstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tijdelijk: laat haar het daarna zelf wijzigen (Mijn account).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herhalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatisch vergrendelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scherm vergrendelen na</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minuten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zonder toetsenbord of muis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geldt voor iedereen op alle werkplekken, vanaf de volgende aanmelding. Ctrl+L vergrendelt direct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gedeactiveerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ingesteld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tweede factor ingesteld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen tweede factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactiveren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De wachtwoorden zijn niet gelijk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet aangemaakt: controleer de rood gemarkeerde velden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebruiker {username} aangemaakt. Geef het wachtwoord persoonlijk door.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gegevens van {username} opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{username} kan weer aanmelden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{username} is gedeactiveerd en kan niet meer aanmelden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De blokkade van {username} is opgeheven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw wachtwoord voor {username} ingesteld (en een eventuele blokkade opgeheven).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opgeslagen: vergrendelen na {n} minuten.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkList</name>
    <message>
        <source>… en nog {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>ksdesk kan niet starten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservekopie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservekopie maken bij het afsluiten…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De reservekopie bij het afsluiten is niet gelukt: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet opgeslagen wijzigingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je hebt wijzigingen in {what} nog niet opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herstelcodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De tweede factor is ingesteld. Hieronder staan je herstelcodes: elke code werkt één keer, als je telefoon er niet is. Ze worden maar één keer getoond.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewaar ze op een veilige plek en niet op deze computer: wie de codes en je wachtwoord heeft, kan als jou inloggen. Sla ze op om ze af te drukken, en verwijder het bestand daarna.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan als bestand…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herstelsleutel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Bewaar de herstelsleutel van deze praktijk op papier in de kluis.&lt;/b&gt;&lt;br&gt;Hiermee zijn de versleutelde gegevens ook te openen als niemand meer kan inloggen. Deze sleutel wordt maar één keer getoond.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afdrukken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ik heb de sleutel bewaard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noodtoegang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Noodtoegang geeft je toegang tot gegevens die bij je rol niet horen.&lt;/b&gt;&lt;br&gt;Gebruik het alleen als het echt nodig is. Je reden, je naam en alles wat je daarna inziet of wijzigt worden vastgelegd, en de beheerder ziet dat terug in het logboek.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reden (minstens 10 tekens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bijv. cliënte belt met bloedverlies; haar verloskundige is onbereikbaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noodtoegang gebruiken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ksdesk</name>
    <message>
        <source>Beschermend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschermende factor: telt niet mee in de suggestie, wel in de afweging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 / 2 / 3: actueel / vermoeden / verleden · C / P / G: cliënte / partner / gezin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgente kwetsbaarheid: vraagt om directe actie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status van {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>betreft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} betreft {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit onderdeel volgt in een volgende versie van ksdesk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>(niet importeren)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>... verspreid over minstens zoveel domeinen (2: regel van Moeders van Rotterdam).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aandeel met beschermende factoren (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aangemaakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aanmelden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aanvullen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aanvullingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aanwezig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achternaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actueel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afgelopen 12 maanden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afgelopen 3 maanden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afgemeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afgerond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afgesloten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afwezig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Al aanwezig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Al in zorg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle regels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatisch vergrendelen ingesteld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beheer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beheerder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschermende factoren vastgelegd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beslissen: hulp en/of melden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beslissen: hulp organiseren en/of melden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bevallen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beveiligde e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewaartermijnen bekeken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blokkade opgeheven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bron à terme datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centering: bijeenkomsten gehouden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centering: deelnemers gestart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centering: deelnemers ≥ 2 bijeenkomsten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centering: deelnemers ≥ 5 bijeenkomsten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centering: gemiddelde groepsgrootte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centering: groepen afgerond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centering: groepen gestart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CenteringZwangerschap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cliënte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cliënten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cliënten gezocht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-begeleider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-begeleider JGZ-verpleegkundige (groepen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-begeleider POH-GGZ (groepen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-begeleider anders (groepen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-begeleider kraamverzorgende (groepen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-begeleider praktijkassistent (groepen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-begeleider verloskundige (groepen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collega / Veilig Thuis raadplegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collegiale consultatie en zo nodig Veilig Thuis raadplegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact bevestigd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact gelegd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit kalenderjaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documentnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doorgeleiding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drempel kwetsbaar (stapeling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drempel zeer kwetsbaar (urgent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eigen wachtwoord gewijzigd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fouten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geannuleerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geboortedatum kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebruiker aangemaakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebruiker gewijzigd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gecontroleerd in het dossiersysteem van de praktijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen (nog niet gezien)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen doorgeleiding (met reden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen kwetsbaarheid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen kwetsbaarheid gesignaleerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen zorgen meer: afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeenten met deelnemers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gepland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gesignaleerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gesprek met de cliënte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gestopt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getraind: JGZ-verpleegkundigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getraind: POH-GGZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getraind: anders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getraind: kraamverzorgenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getraind: praktijkassistenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getraind: totaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getraind: verloskundigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geweigerd door cliënte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gewijzigd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gezin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gravida</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huisarts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huisarts / POH-GGZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huisnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hulp organiseren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hulp organiseren én melden bij Veilig Thuis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IVF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identiteitsbewijs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identiteitskaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingezien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intakedatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JGZ / prenataal huisbezoek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JGZ prenataal huisbezoek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JGZ-verpleegkundige</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kolommen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kraamverzorgende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kwetsbaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laatste menstruatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locaties met Centering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lopend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medewerker gewijzigd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medewerker toegevoegd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medewerkers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meegegeven aan cliënte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melden bij Veilig Thuis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melding volgens de meldcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met afwijkingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met toestemming van de cliënte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Miskraam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mondeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naar een andere groep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe cliënte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe cliënten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe zwangerschap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe zwangerschappen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noodtoegang gevraagd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overgedragen naar 2e lijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overgeslagen (fout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POH-GGZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Para</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paspoort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postpartum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Potentieel kwetsbaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Praktijk ingericht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Praktijkassistent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Praktijkgegevens opgeslagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reden geen BSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rijbewijs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roepnaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rond 28 weken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schriftelijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signalen in kaart brengen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signalering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signaleringen gedaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stapeling: minimaal aantal domeinen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statusdatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straat en huisnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefonisch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefoon 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termijnecho</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toestemming gegeven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toestemming gevraagd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toevoeging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolk nodig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tussentijds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tussenvoegsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tweede factor ingesteld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 met BOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitgelegd wat een prenataal huisbezoek / de hulp inhoudt, waarom verwijzing verstandig is, welke gegevens worden gedeeld en met wie, en dat weigeren geen gevolgen heeft voor haar zorg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitgevoerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitkomst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vandaag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veilig Thuis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veilig contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verblijfsdocument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verhuisd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verleden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verloskundige</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vermoeden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verstuurd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijderd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijzingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijzingen met contact bevestigd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijzingen naar JGZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijzingen naar Veilig Thuis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijzingen naar andere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijzingen naar huisarts/POH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijzingen naar wijkteam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorkeurstaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voornamen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtwoord hersteld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wegen (afwegingskader)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wegen van het geweld of de kindermishandeling (afwegingskader)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wijkteam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wijkteam / sociaal team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wil Centering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1252</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Woonplaats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeer kwetsbaar (urgent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoveel meegetelde kwetsbaarheden maken kwetsbaar (stapeling) ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoveel meegetelde urgente kwetsbaarheden maken zeer kwetsbaar (urgent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zwangerschappen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zwangerschappen gesignaleerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zwangerschappen in zorg (nieuwe intakes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aantekeningen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anders terug te rekenen uit totalen en andere cellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berekend uit een onderdrukt aantal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beschermende factoren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bij afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contactgegevens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dagelijks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dinsdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>donderdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gegeven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gesignaleerde domeinen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geweigerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identificatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ingetrokken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jgz_verpleegkundige</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>klein aantal: 1 tot de drempel k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>komma (,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kraamverzorgende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maandag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meegegeven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meldcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met de hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niet gevraagd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>poh_ggz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>praktijkassistent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>puntkomma (;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>telefoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verloskundige</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voor terugzetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vrijdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>woensdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zaterdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zondag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zwangerschapsgegevens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À terme datum</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
