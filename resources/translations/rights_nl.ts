<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>Everyday</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/everyday.py" line="48"/>
        <source>Columns ignored: %1.</source>
        <translation>Genegeerde kolommen: %1.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/everyday.py" line="51"/>
        <source>Line %1 skipped: %2.</source>
        <translation>Regel %1 overgeslagen: %2.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/everyday.py" line="54"/>
        <source>… and %1 more lines skipped.</source>
        <translation>… en nog %1 regels overgeslagen.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/everyday.py" line="70"/>
        <source>Import a list</source>
        <translation>Lijst importeren</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/everyday.py" line="71"/>
        <source>CSV list (*.csv *.txt)</source>
        <translation>CSV-lijst (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/everyday.py" line="75"/>
        <source>Not imported</source>
        <translation>Niet geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/everyday.py" line="79"/>
        <source>The file is larger than 20 MB; this is not a list of young people. Nothing has been imported.</source>
        <translation>Het bestand is groter dan 20 MB. Dat is geen lijst met jongeren. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/everyday.py" line="85"/>
        <source>The file cannot be read. Nothing has been imported.</source>
        <translation>Het bestand kan niet worden gelezen. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/everyday.py" line="91"/>
        <source>%1 Nothing has been imported.</source>
        <translation>%1 Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/everyday.py" line="99"/>
        <source>Nothing imported</source>
        <translation>Niets geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/everyday.py" line="99"/>
        <source>No line could be imported. Correct the lines in the list and try again.</source>
        <translation>Geen enkele regel kon worden geïmporteerd. Verbeter de regels in de lijst en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/everyday.py" line="103"/>
        <source>List imported</source>
        <translation>Lijst geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/everyday.py" line="123"/>
        <source>Keep a backup off this laptop: on an encrypted USB stick or on your organisation&apos;s network drive. A backup on this laptop is lost with the laptop.</source>
        <translation>Bewaar een reservekopie buiten deze laptop: op een versleutelde USB-stick of op de netwerkschijf van je organisatie. Een reservekopie op deze laptop raak je kwijt met de laptop.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/everyday.py" line="42"/>
        <source>Imported: %1 new, %2 already present. Skipped because of an error: %3.</source>
        <translation>Geïmporteerd: %1 nieuw, %2 al aanwezig. Overgeslagen door een fout: %3.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/everyday.py" line="45"/>
        <source>New groups: %1. Group memberships: %2.</source>
        <translation>Nieuwe groepen: %1. Groepslidmaatschappen: %2.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/everyday.py" line="116"/>
        <source>No backup yet</source>
        <translation>Nog geen reservekopie</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/everyday.py" line="118"/>
        <source>Backup: today</source>
        <translation>Reservekopie: vandaag</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/everyday.py" line="120"/>
        <source>Backup: yesterday</source>
        <translation>Reservekopie: gisteren</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/everyday.py" line="122"/>
        <source>Backup: %1 days old</source>
        <translation>Reservekopie: %1 dagen oud</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/everyday.py" line="127"/>
        <source>make one (File menu)</source>
        <translation>maak er een (menu Bestand)</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/everyday.py" line="128"/>
        <source>It is more than %1 days since the last backup.</source>
        <translation>De laatste reservekopie is meer dan %1 dagen oud.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/everyday.py" line="173"/>
        <source>Data subject (betrokkene)</source>
        <translation>Betrokkene</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/everyday.py" line="173"/>
        <source>The person the data is about. Here that is mostly the young person.</source>
        <translation>De persoon over wie de gegevens gaan. Hier is dat meestal de jongere.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/everyday.py" line="175"/>
        <source>Legal basis (grondslag)</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/everyday.py" line="175"/>
        <source>The reason in the law that allows you to use or share data. Without one you may not do it.</source>
        <translation>De reden in de wet waardoor je gegevens mag gebruiken of delen. Zonder grondslag mag het niet.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/everyday.py" line="178"/>
        <source>Disclosure (verstrekking)</source>
        <translation>Verstrekking</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/everyday.py" line="178"/>
        <source>Giving data to someone outside your organisation, for example to the police or the municipality at the youth group meeting.</source>
        <translation>Gegevens geven aan iemand buiten je organisatie. Bijvoorbeeld aan de politie of de gemeente in het jeugdgroepenoverleg.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/everyday.py" line="181"/>
        <source>Purpose limitation (doelbinding)</source>
        <translation>Doelbinding</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/everyday.py" line="181"/>
        <source>You use data only for the purpose you collected it for. Sharing for another purpose needs its own reason.</source>
        <translation>Je gebruikt gegevens alleen voor het doel waarvoor je ze kreeg. Voor een ander doel delen kan alleen met een eigen reden.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/everyday.py" line="184"/>
        <source>Subsidiarity (subsidiariteit)</source>
        <translation>Subsidiariteit</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/everyday.py" line="184"/>
        <source>Choose the lightest way that still works. If you can reach the goal without sharing, or with less data, do that.</source>
        <translation>Kies de lichtste manier die nog werkt. Kun je het doel halen zonder te delen, of met minder gegevens? Doe dat dan.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/everyday.py" line="187"/>
        <source>Conflict of duties (conflict van plichten)</source>
        <translation>Conflict van plichten</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/everyday.py" line="187"/>
        <source>Your duty to keep a secret clashes with your duty to prevent serious harm. Then you may share without consent, but only after weighing it carefully and writing down why.</source>
        <translation>Je plicht om iets geheim te houden botst met je plicht om ernstige schade te voorkomen. Dan mag je delen zonder toestemming. Maar alleen als je het goed afweegt en opschrijft waarom.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/everyday.py" line="191"/>
        <source>Vital interest (vitaal belang)</source>
        <translation>Vitaal belang</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/everyday.py" line="191"/>
        <source>Someone&apos;s life or health is in danger right now, and there is no time to ask for consent. Then you may share what is needed to help.</source>
        <translation>Iemands leven of gezondheid is nu in gevaar, en er is geen tijd om toestemming te vragen. Dan mag je delen wat nodig is om te helpen.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/everyday.py" line="201"/>
        <source>Tell your privacy officer (FG) at once, also in the evening or at the weekend. Do not wait until you know everything.</source>
        <translation>Meld het meteen bij je functionaris gegevensbescherming (FG), ook in de avond of het weekend. Wacht niet tot je alles weet.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/everyday.py" line="203"/>
        <source>Write down what happened and when: what was lost or sent, to whom, and which young people it is about.</source>
        <translation>Schrijf op wat er gebeurde en wanneer: wat is kwijt of verstuurd, naar wie, en over welke jongeren het gaat.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/everyday.py" line="205"/>
        <source>Your organisation reports the breach to the Autoriteit Persoonsgegevens within 72 hours. The privacy officer does this.</source>
        <translation>Je organisatie meldt het datalek binnen 72 uur bij de Autoriteit Persoonsgegevens. De FG doet dat.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/everyday.py" line="207"/>
        <source>The privacy officer can make an overview of which young people and recipients the breach concerns, with the program&apos;s breach-report command.</source>
        <translation>De FG kan met de opdracht breach-report van dit programma zien over welke jongeren en ontvangers het lek gaat.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/everyday.py" line="210"/>
        <source>Lost a laptop or a USB stick? Also change your passphrase as soon as you can.</source>
        <translation>Laptop of USB-stick kwijt? Wijzig dan ook zo snel mogelijk je wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/everyday.py" line="212"/>
        <source>If the breach is a big risk for the young people, they (or their parents) are told. Your organisation decides this with the privacy officer.</source>
        <translation>Is het lek een groot risico voor de jongeren? Dan krijgen zij (of hun ouders) bericht. Je organisatie beslist dat samen met de FG.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/everyday.py" line="220"/>
        <source>Words you will meet</source>
        <translation>Woorden die je tegenkomt</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/everyday.py" line="221"/>
        <source>After a data breach</source>
        <translation>Wat te doen na een datalek</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/everyday.py" line="222"/>
        <source>A data breach is when data gets to someone who should not have it, or is lost. For example a lost laptop, or a list sent to the wrong address.</source>
        <translation>Een datalek is als gegevens bij iemand komen die ze niet mag hebben, of als ze kwijt zijn. Bijvoorbeeld een verloren laptop, of een lijst naar het verkeerde adres.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/everyday.py" line="240"/>
        <source>Explanation and terms</source>
        <translation>Uitleg en begrippen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/everyday.py" line="242"/>
        <source>A short explanation of the words in this program, and what to do after a data breach.</source>
        <translation>Korte uitleg van de woorden in dit programma, en wat je doet na een datalek.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/everyday.py" line="271"/>
        <source>&amp;Import a list…</source>
        <translation>&amp;Lijst importeren…</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/everyday.py" line="275"/>
        <source>&amp;Explanation and terms</source>
        <translation>&amp;Uitleg en begrippen</translation>
    </message>
</context>
<context>
    <name>PersonRights</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/person_rights.py" line="34"/>
        <source>Access (see what is recorded)</source>
        <translation>Inzage (zien wat er is vastgelegd)</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/person_rights.py" line="35"/>
        <source>Correction</source>
        <translation>Verbetering</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/person_rights.py" line="36"/>
        <source>Erasure</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/person_rights.py" line="37"/>
        <source>Restriction</source>
        <translation>Beperking</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/person_rights.py" line="38"/>
        <source>Objection</source>
        <translation>Bezwaar</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/person_rights.py" line="44"/>
        <source>access</source>
        <extracomment>short names of the kinds for the one-line summary on the person panel</extracomment>
        <translation>inzage</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/person_rights.py" line="45"/>
        <source>correction</source>
        <translation>verbetering</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/person_rights.py" line="46"/>
        <source>erasure</source>
        <translation>wissen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/person_rights.py" line="47"/>
        <source>restriction</source>
        <translation>beperking</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/person_rights.py" line="48"/>
        <source>objection</source>
        <translation>bezwaar</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/person_rights.py" line="137"/>
        <source>Register a request</source>
        <translation>Verzoek registreren</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/person_rights.py" line="137"/>
        <source>A young person (or a parent) asks to see, correct or erase their data, or objects. You must answer within one month.</source>
        <translation>Een jongere (of een ouder) wil gegevens zien, verbeteren of laten wissen, of maakt bezwaar. Je moet binnen een maand antwoorden.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/person_rights.py" line="146"/>
        <source>e.g. ID card seen</source>
        <translation>bijv. ID-kaart gezien</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/person_rights.py" line="149"/>
        <source>&amp;Kind of request:</source>
        <translation>&amp;Soort verzoek:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/person_rights.py" line="150"/>
        <source>&amp;Received on:</source>
        <translation>Ont&amp;vangen op:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/person_rights.py" line="151"/>
        <source>&amp;Identity checked by:</source>
        <translation>&amp;Identiteit gecontroleerd met:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/person_rights.py" line="152"/>
        <source>N&amp;ote:</source>
        <translation>Noti&amp;tie:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/person_rights.py" line="153"/>
        <source>Answer by:</source>
        <translation>Antwoorden vóór:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/person_rights.py" line="178"/>
        <source>Their own view</source>
        <translation>Zienswijze van de jongere</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/person_rights.py" line="178"/>
        <source>Write down how the young person sees this signal, in their own words. The signal stays as it is; their view is kept beside it and goes into the access report.</source>
        <translation>Schrijf op hoe de jongere dit signaal ziet, in eigen woorden. Het signaal blijft zoals het is. De zienswijze staat ernaast en komt in het inzageoverzicht.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/person_rights.py" line="186"/>
        <source>Their &amp;view:</source>
        <translation>&amp;Zienswijze:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/person_rights.py" line="189"/>
        <source>Recorded &amp;on:</source>
        <translation>Vastgelegd o&amp;p:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/person_rights.py" line="205"/>
        <source>Restrict</source>
        <translation>Beperken</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/person_rights.py" line="205"/>
        <source>While a restriction holds, nothing about this young person can be shared. Use it when they dispute what is recorded or object, until that is settled.</source>
        <translation>Zolang een beperking geldt, kan er niets over deze jongere gedeeld worden. Gebruik dit als de jongere betwist wat is vastgelegd of bezwaar maakt, tot dat is afgehandeld.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/person_rights.py" line="212"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/person_rights.py" line="213"/>
        <source>&amp;Since:</source>
        <translation>&amp;Vanaf:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/person_rights.py" line="235"/>
        <source>Request for %1 overdue: the answer was due %2.</source>
        <translation>Verzoek om %1 te laat: het antwoord moest er uiterlijk %2 zijn.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/person_rights.py" line="239"/>
        <source>Request for %1: answer by %2 (%3 days left).</source>
        <translation>Verzoek om %1: antwoorden vóór %2 (nog %3 dagen).</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/person_rights.py" line="243"/>
        <source>%1 requests open.</source>
        <translation>%1 verzoeken open.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/person_rights.py" line="247"/>
        <source>Restricted since %1: nothing about them can be shared.</source>
        <translation>Beperkt sinds %1: er kan niets over deze jongere gedeeld worden.</translation>
    </message>
</context>
<context>
    <name>RightsDialogs</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/dialogs.py" line="50"/>
        <source>Retention periods</source>
        <translation>Bewaartermijnen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/dialogs.py" line="54"/>
        <source>These items are past their retention period. Check the list; nothing is deleted until you choose Delete.</source>
        <translation>Deze gegevens zijn over hun bewaartermijn. Controleer de lijst; er wordt pas iets verwijderd als u kiest voor Verwijderen.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/dialogs.py" line="62"/>
        <source>Signals:</source>
        <translation>Signalen:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/dialogs.py" line="63"/>
        <source>Groups:</source>
        <translation>Groepen:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/dialogs.py" line="64"/>
        <source>Young people:</source>
        <translation>Jongeren:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/dialogs.py" line="65"/>
        <source>Register records to shorten:</source>
        <translation>Verstrekkingen om in te korten:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/dialogs.py" line="66"/>
        <source>Postponed (legal hold):</source>
        <translation>Uitgesteld (met reden en datum):</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/dialogs.py" line="101"/>
        <source>… and %1 more</source>
        <translation>… en nog %1</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/dialogs.py" line="104"/>
        <source>Nothing is past its retention period.</source>
        <translation>Niets is over de bewaartermijn.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/dialogs.py" line="78"/>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/dialogs.py" line="71"/>
        <source>Items past retention</source>
        <translation>Gegevens over de bewaartermijn</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/dialogs.py" line="74"/>
        <source>&amp;Postpone…</source>
        <translation>&amp;Uitstellen…</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/dialogs.py" line="75"/>
        <source>Keep the chosen item longer (legal hold), only with a reason and a date.</source>
        <translation>Het gekozen gegeven langer bewaren (uitstel), alleen met een reden en een datum.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/dialogs.py" line="144"/>
        <source>Delete for good?</source>
        <translation>Definitief verwijderen?</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/dialogs.py" line="145"/>
        <source>%1 items are deleted for good. This cannot be undone, also not by restoring a backup.</source>
        <translation>%1 gegevens worden definitief verwijderd. Dit kan niet ongedaan worden gemaakt, ook niet door een reservekopie terug te zetten.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/dialogs.py" line="154"/>
        <source>Not deleted</source>
        <translation>Niet verwijderd</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/dialogs.py" line="158"/>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/dialogs.py" line="158"/>
        <source>Deleted: %1 signals, %2 groups, %3 young people; %4 register records shortened.</source>
        <translation>Verwijderd: %1 signalen, %2 groepen, %3 jongeren; %4 verstrekkingen in het register ingekort.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/dialogs.py" line="181"/>
        <source>Postpone deletion</source>
        <translation>Verwijderen uitstellen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/dialogs.py" line="183"/>
        <source>Keep this item past its retention period only when the law requires it, for example for a complaint or a court case. Give the reason and the date until which it is kept; after that date it is due again.</source>
        <translation>Bewaar dit gegeven alleen langer dan de bewaartermijn als de wet dat vraagt, bijvoorbeeld bij een klacht of een rechtszaak. Geef de reden en de datum tot wanneer het bewaard blijft; na die datum is het weer aan de beurt.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/dialogs.py" line="196"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/dialogs.py" line="197"/>
        <source>Keep &amp;until:</source>
        <translation>Bewaren &amp;tot:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/dialogs.py" line="242"/>
        <source>Access report</source>
        <translation>Inzageoverzicht</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/dialogs.py" line="244"/>
        <source>An overview of everything recorded about one young person, for an access request. Other people and informants are left out.</source>
        <translation>Een overzicht van alles wat over één jongere is vastgelegd, voor een verzoek om inzage. Andere mensen en melders staan er niet in.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/dialogs.py" line="255"/>
        <source>&amp;Young person:</source>
        <translation>&amp;Jongere:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/dialogs.py" line="257"/>
        <source>Told in confidence: tick what may go into the report. Your choice is recorded.</source>
        <translation>In vertrouwen verteld: vink aan wat in het overzicht mag. Uw keuze wordt vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/dialogs.py" line="265"/>
        <source>Save as &amp;PDF…</source>
        <translation>Opslaan als &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/dialogs.py" line="294"/>
        <source>No confidential signals.</source>
        <translation>Geen vertrouwelijke signalen.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/dialogs.py" line="318"/>
        <source>Save access report</source>
        <translation>Inzageoverzicht opslaan</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/dialogs.py" line="334"/>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/dialogs.py" line="337"/>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/dialogs.py" line="338"/>
        <source>The access report has been saved.</source>
        <translation>Het inzageoverzicht is opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/dialogs.py" line="350"/>
        <source>Reminders</source>
        <translation>Herinneringen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/dialogs.py" line="352"/>
        <source>What needs doing in the coming 30 days, soonest first. Requests must be answered within one month.</source>
        <translation>Wat de komende 30 dagen moet gebeuren, het eerste bovenaan. Een verzoek moet binnen een maand beantwoord zijn.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/dialogs.py" line="361"/>
        <source> (overdue)</source>
        <translation> (te laat)</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/dialogs.py" line="365"/>
        <source>Nothing to do.</source>
        <translation>Niets te doen.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/dialogs.py" line="422"/>
        <source>%1 items are past their retention period: see Notebook, Retention periods.</source>
        <translation>%1 gegevens zijn over hun bewaartermijn: zie Notitieboek, Bewaartermijnen.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/dialogs.py" line="438"/>
        <source>&amp;Access report…</source>
        <translation>&amp;Inzageoverzicht…</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/dialogs.py" line="439"/>
        <source>&amp;Retention periods…</source>
        <translation>Bewaar&amp;termijnen…</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/dialogs.py" line="440"/>
        <source>Re&amp;minders…</source>
        <translation>&amp;Herinneringen…</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/dialogs.py" line="441"/>
        <source>Open re&amp;quests…</source>
        <translation>&amp;Open verzoeken…</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/dialogs.py" line="442"/>
        <source>For the privacy &amp;officer…</source>
        <translation>Voor de privacy&amp;functionaris…</translation>
    </message>
</context>
<context>
    <name>RightsLetters</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/letters.py" line="47"/>
        <source>Informing letter</source>
        <translation>Informatiebrief</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/letters.py" line="49"/>
        <source>A letter in plain language about what you record, why, with whom it may be shared, how long it is kept and what they may do. Save it as a PDF to print or send. Each saved letter is recorded under Informing.</source>
        <translation>Een brief in eenvoudige taal over wat u vastlegt, waarom, met wie het gedeeld mag worden, hoe lang het bewaard blijft en wat zij mogen doen. Sla hem op als pdf om te printen of te versturen. Elke opgeslagen brief wordt vastgelegd onder Informeren.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/letters.py" line="58"/>
        <source>Letter for the &amp;young person</source>
        <translation>Brief voor de &amp;jongere</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/letters.py" line="60"/>
        <source>Letter for the parents or &amp;guardians</source>
        <translation>Brief voor de &amp;ouders of voogd</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/letters.py" line="66"/>
        <source>The parents&apos; letter is addressed to: %1.</source>
        <translation>De brief voor de ouders is gericht aan: %1.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/letters.py" line="69"/>
        <source>No legal representative is recorded: the parents&apos; letter is addressed to the parents or guardian.</source>
        <translation>Er is geen wettelijk vertegenwoordiger vastgelegd: de brief voor de ouders is gericht aan de ouders of voogd.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/letters.py" line="76"/>
        <source>Save as &amp;PDF…</source>
        <translation>Opslaan als &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/letters.py" line="113"/>
        <source>Save the letter for the young person</source>
        <translation>Brief voor de jongere opslaan</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/letters.py" line="115"/>
        <source>Save the letter for the parents</source>
        <translation>Brief voor de ouders opslaan</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/letters.py" line="129"/>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/letters.py" line="135"/>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/letters.py" line="135"/>
        <source>%1 letter(s) saved and recorded under Informing.</source>
        <translation>%1 brief/brieven opgeslagen en vastgelegd onder Informeren.</translation>
    </message>
</context>
<context>
    <name>RightsOfficer</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/officer.py" line="47"/>
        <source>For the privacy officer</source>
        <translation>Voor de privacyfunctionaris</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/officer.py" line="49"/>
        <source>Documents for the privacy officer (FG), made from the covenant profile and this notebook&apos;s register. They are drafts for the organisation to check; give them to the FG only.</source>
        <translation>Documenten voor de functionaris gegevensbescherming (FG), gemaakt uit het convenantprofiel en het register van dit notitieboek. Het zijn concepten die de organisatie controleert; geef ze alleen aan de FG.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/officer.py" line="56"/>
        <source>&amp;Processing record…</source>
        <translation>&amp;Verwerkingsregister…</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/officer.py" line="57"/>
        <source>The entry for the register of processing activities (AVG art. 30).</source>
        <translation>De vermelding in het register van verwerkingsactiviteiten (AVG art. 30).</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/officer.py" line="60"/>
        <source>&amp;DPIA annex…</source>
        <translation>&amp;DPIA-bijlage…</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/officer.py" line="61"/>
        <source>Data flows, recipients, retention, security, and how this covenant differs from the model (AVG art. 35).</source>
        <translation>Gegevensstromen, ontvangers, bewaartermijnen, beveiliging, en waarin dit convenant afwijkt van het model (AVG art. 35).</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/officer.py" line="65"/>
        <source>&amp;Oversight figures…</source>
        <translation>Cijfers voor &amp;toezicht…</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/officer.py" line="66"/>
        <source>How often a conflict of duties, a vital interest or an informing exception was used, with the reasons to sample.</source>
        <translation>Hoe vaak conflict van plichten, vitaal belang of een uitzondering op informeren is gebruikt, met de onderbouwingen voor een steekproef.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/officer.py" line="69"/>
        <source>Lost &amp;export file…</source>
        <translation>Verloren &amp;exportbestand…</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/officer.py" line="70"/>
        <source>Data breach: choose the lost file (or a copy). You see which young people and recipients it concerns (AVG art. 33/34).</source>
        <translation>Datalek: kies het verloren bestand (of een kopie). U ziet om welke jongeren en ontvangers het gaat (AVG art. 33/34).</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/officer.py" line="73"/>
        <source>Lost &amp;laptop…</source>
        <translation>Verloren &amp;laptop…</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/officer.py" line="74"/>
        <source>Data breach: the whole notebook (a lost or stolen laptop).</source>
        <translation>Datalek: het hele notitieboek (een verloren of gestolen laptop).</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/officer.py" line="123"/>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/officer.py" line="126"/>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/officer.py" line="127"/>
        <source>The document has been saved.</source>
        <translation>Het document is opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/officer.py" line="136"/>
        <source>Save processing record</source>
        <translation>Verwerkingsregister opslaan</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/officer.py" line="144"/>
        <source>Save DPIA annex</source>
        <translation>DPIA-bijlage opslaan</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/officer.py" line="151"/>
        <source>Save oversight figures</source>
        <translation>Cijfers voor toezicht opslaan</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/officer.py" line="160"/>
        <source>Choose the lost export file (or a copy)</source>
        <translation>Kies het verloren exportbestand (of een kopie)</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/officer.py" line="166"/>
        <source>This file is not in the register of disclosures: no match on its content or its file name.</source>
        <translation>Dit bestand staat niet in het register van verstrekkingen: geen overeenkomst op inhoud of bestandsnaam.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/officer.py" line="169"/>
        <source>Not found</source>
        <translation>Niet gevonden</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/officer.py" line="182"/>
        <source>Data breach: %1 young people (%2 under 16 or of unknown age), %3 disclosures, recipients: %4.</source>
        <translation>Datalek: %1 jongeren (%2 jonger dan 16 of met onbekende leeftijd), %3 verstrekkingen, ontvangers: %4.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/officer.py" line="187"/>
        <source>Save data breach overview</source>
        <translation>Overzicht datalek opslaan</translation>
    </message>
</context>
<context>
    <name>RightsRequests</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/requests.py" line="42"/>
        <location filename="../../jongerenwerk_desk/ui/rights/requests.py" line="54"/>
        <source>Open requests</source>
        <translation>Open verzoeken</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/requests.py" line="44"/>
        <source>Requests of young people or parents that are not answered yet. Answer within one month of receipt.</source>
        <translation>Verzoeken van jongeren of ouders die nog niet beantwoord zijn. Antwoord binnen een maand na ontvangst.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/requests.py" line="51"/>
        <source>Young person</source>
        <translation>Jongere</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/requests.py" line="51"/>
        <source>Request</source>
        <translation>Verzoek</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/requests.py" line="52"/>
        <source>Received on</source>
        <translation>Ontvangen op</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/requests.py" line="52"/>
        <source>Answer by</source>
        <translation>Antwoorden vóór</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/requests.py" line="53"/>
        <source>Days left</source>
        <translation>Dagen over</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/requests.py" line="62"/>
        <source>Mark &amp;answered…</source>
        <translation>&amp;Afgehandeld…</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/requests.py" line="63"/>
        <source>Record that the chosen request was answered today.</source>
        <translation>Leg vast dat het gekozen verzoek vandaag is beantwoord.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/requests.py" line="92"/>
        <source>overdue by %1 days</source>
        <translation>%1 dagen te laat</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/requests.py" line="121"/>
        <source>Mark answered</source>
        <translation>Verzoek afgehandeld</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/requests.py" line="122"/>
        <source>Record that this request was answered on %1? It then leaves the list of open requests.</source>
        <translation>Vastleggen dat dit verzoek op %1 is beantwoord? Het gaat dan van de lijst met open verzoeken.</translation>
    </message>
</context>
</TS>
