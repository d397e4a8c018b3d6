<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/check_page.py" line="86"/>
        <source>Result of the check</source>
        <translation>Uitkomst van de toets</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/check_page.py" line="87"/>
        <source>The covenant check of this disclosure (verstrekking). Read every finding; acknowledge each warning.</source>
        <translation>De toets van deze verstrekking aan het convenant. Lees elke bevinding en bevestig elke waarschuwing afzonderlijk.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/check_page.py" line="152"/>
        <source>This disclosure may not go ahead (blocking findings: %1). There is no override. The way out: go Back and remove the item concerned under “%2”, record the missing ground under “%3”, or ask the privacy officer to have the covenant profile changed.</source>
        <translation>Deze verstrekking mag niet doorgaan (blokkerende bevindingen: %1). Er is geen knop om dit te negeren. Wat u wel kunt doen: ga Terug en laat het onderdeel weg bij ‘%2’, leg de ontbrekende grondslag vast bij ‘%3’, of vraag de privacyfunctionaris het convenantprofiel te laten aanpassen.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/check_page.py" line="162"/>
        <source>Allowed, with warnings: %1. Tick each warning once you have weighed it; then you can continue.</source>
        <translation>Toegestaan, met waarschuwingen: %1. Vink elke waarschuwing aan zodra u die hebt afgewogen; daarna kunt u verder.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/check_page.py" line="165"/>
        <source>Allowed: no blocks and no warnings.</source>
        <translation>Toegestaan: geen blokkades en geen waarschuwingen.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/check_page.py" line="195"/>
        <location filename="../../jongerenwerk_desk/ui/share/check_page.py" line="262"/>
        <source>Blocks</source>
        <translation>Blokkeert</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/check_page.py" line="195"/>
        <location filename="../../jongerenwerk_desk/ui/share/check_page.py" line="262"/>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/check_page.py" line="196"/>
        <source>For your information</source>
        <translation>Ter informatie</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/check_page.py" line="203"/>
        <location filename="../../jongerenwerk_desk/ui/share/check_page.py" line="267"/>
        <source>Code: %1</source>
        <translation>Code: %1</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/check_page.py" line="219"/>
        <source>Concerns: %1</source>
        <translation>Betreft: %1</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/check_page.py" line="187"/>
        <location filename="../../jongerenwerk_desk/ui/share/check_page.py" line="221"/>
        <location filename="../../jongerenwerk_desk/ui/share/check_page.py" line="282"/>
        <source>Basis: %1</source>
        <translation>Grondslag: %1</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/check_page.py" line="238"/>
        <source>I have read and weighed this warning</source>
        <translation>Ik heb deze waarschuwing gelezen en afgewogen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/check_page.py" line="170"/>
        <source>Worried about a young person? Other routes</source>
        <translation>Zorgen om een jongere? Andere wegen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/check_page.py" line="174"/>
        <source>This cannot go through the meeting. If you fear for a young person, do not wait: use one of these routes. In acute danger call 112 first; otherwise talk to your designated safeguarding officer today and follow the reporting code.</source>
        <translation>Dit kan niet via het overleg. Maakt u zich zorgen om een jongere, wacht dan niet: kies een van deze wegen. Bij acuut gevaar eerst 112; anders vandaag nog overleggen met de aandachtsfunctionaris en de meldcode volgen.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/check_page.py" line="208"/>
        <source>Follows from: %1</source>
        <translation>Volgt uit: %1</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/check_page.py" line="227"/>
        <source>Go to the field that fixes this</source>
        <translation>Naar het veld waarmee u dit oplost</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/check_page.py" line="228"/>
        <location filename="../../jongerenwerk_desk/ui/share/check_page.py" line="276"/>
        <source>Go to the item</source>
        <translation>Naar het onderdeel</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jongerenwerk_desk/ui/share/check_page.py" line="265"/>
        <source>(%n items)</source>
        <translation>
            <numerusform>(%n onderdeel)</numerusform>
            <numerusform>(%n onderdelen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/check_page.py" line="275"/>
        <source>Go to the field</source>
        <translation>Naar het veld</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/check_page.py" line="285"/>
        <source>I have read and weighed this warning for each of these items</source>
        <translation>Ik heb deze waarschuwing voor elk van deze onderdelen gelezen en afgewogen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jongerenwerk_desk/ui/share/check_page.py" line="308"/>
        <source>Follows from this: %n more finding(s)</source>
        <translation>
            <numerusform>Volgt hieruit: nog %n bevinding</numerusform>
            <numerusform>Volgt hieruit: nog %n bevindingen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/check_page.py" line="359"/>
        <source>I read the text: the kind of information is right as recorded (otherwise change the signal&apos;s category)</source>
        <translation>Ik heb de tekst gelezen: de soort gegeven klopt zoals vastgelegd (anders de categorie van het signaal aanpassen)</translation>
    </message>
    <message>
        <source>Change the signal&apos;s &amp;category…</source>
        <translation>Categorie van het signaal &amp;wijzigen…</translation>
    </message>
    <message>
        <source>Opens the signal: choose the kind of information that fits the text (for example health or criminal matters)</source>
        <translation>Opent het signaal: kies het soort gegevens dat bij de tekst past (bijvoorbeeld gezondheid of strafbare feiten)</translation>
    </message>
</context>
<context>
    <name>Correction</name>
    <message>
        <source>Send &amp;correction…</source>
        <translation>&amp;Correctie sturen…</translation>
    </message>
    <message>
        <source>Tell the earlier recipients that information they received was wrong or is no longer true (for example: the young person left the group)</source>
        <translation>Laat de eerdere ontvangers weten dat een gegeven dat zij kregen onjuist was of niet meer klopt (bijvoorbeeld: de jongere hoort niet meer bij de groep)</translation>
    </message>
    <message>
        <source>Send correction</source>
        <translation>Correctie sturen</translation>
    </message>
    <message>
        <source>The covenant profile has no purpose for corrections. Ask the privacy officer to add one (see the model covenant profile).</source>
        <translation>Het convenantprofiel heeft geen doel voor correcties. Vraag de functionaris gegevensbescherming er een toe te voegen (zie het modelprofiel van het convenant).</translation>
    </message>
    <message>
        <source>This disclosure is no longer in the register.</source>
        <translation>Deze verstrekking staat niet meer in het register.</translation>
    </message>
    <message>
        <source>The group of this disclosure is no longer in the notebook, so no correction can be made here. Tell the earlier recipients in writing and record that you did.</source>
        <translation>De groep van deze verstrekking staat niet meer in het notitieboek, dus hier kan geen correctie worden gemaakt. Laat het de eerdere ontvangers schriftelijk weten en leg vast dat u dat deed.</translation>
    </message>
    <message>
        <source>None of the young people of this disclosure is still in the notebook (erased). Tell the earlier recipients in writing.</source>
        <translation>Geen van de jongeren van deze verstrekking staat nog in het notitieboek (gewist). Laat het de eerdere ontvangers schriftelijk weten.</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/export_page.py" line="54"/>
        <source>Export and record</source>
        <translation>Exporteren en vastleggen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/export_page.py" line="55"/>
        <source>Choose the format and the folder. Exporting records the disclosure in the register; you will be asked for your passphrase.</source>
        <translation>Kies het formaat en de map. Bij het exporteren wordt de verstrekking vastgelegd in het register; u wordt om het wachtwoord van uw notitieboek gevraagd.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/export_page.py" line="64"/>
        <source>&amp;PDF</source>
        <translation>&amp;PDF</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/export_page.py" line="67"/>
        <source>&amp;Spreadsheet for Excel</source>
        <translation>&amp;Spreadsheet voor Excel</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/export_page.py" line="70"/>
        <source>Protect the files with a pass&amp;word</source>
        <translation>Bestanden beveiligen met een &amp;wachtwoord</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/export_page.py" line="83"/>
        <source>No folder chosen</source>
        <translation>Geen map gekozen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/export_page.py" line="84"/>
        <source>Choose &amp;folder…</source>
        <translation>&amp;Map kiezen…</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/export_page.py" line="88"/>
        <source>Change &amp;sender…</source>
        <translation>&amp;Afzender wijzigen…</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/export_page.py" line="104"/>
        <source>Format</source>
        <translation>Formaat</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/export_page.py" line="108"/>
        <source>Password:</source>
        <translation>Wachtwoord:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/export_page.py" line="109"/>
        <source>Repeat:</source>
        <translation>Herhaal:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/export_page.py" line="113"/>
        <source>Send the password by another route than the file (for example by phone).</source>
        <translation>Geef het wachtwoord via een andere weg door dan het bestand (bijvoorbeeld telefonisch).</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/export_page.py" line="116"/>
        <source>Sender</source>
        <translation>Afzender</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/export_page.py" line="123"/>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/export_page.py" line="147"/>
        <source>(not filled in)</source>
        <translation>(niet ingevuld)</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/export_page.py" line="149"/>
        <source>Protected with the same password: an Excel file (.xlsx) that asks for it when opened.</source>
        <translation>Beveiligd met hetzelfde wachtwoord: een Excel-bestand (.xlsx) dat bij openen om het wachtwoord vraagt.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/export_page.py" line="151"/>
        <source>Without a password the spreadsheet is a plain CSV file.</source>
        <translation>Zonder wachtwoord is de spreadsheet een gewoon CSV-bestand.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/export_page.py" line="154"/>
        <source>File name(s): %1 (“code” stands for eight random characters: they say nothing about the young people or how many disclosures you made).</source>
        <translation>Bestandsnaam: %1 (‘code’ staat voor acht willekeurige tekens: die zeggen niets over de jongeren of over hoeveel verstrekkingen u deed).</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/export_page.py" line="192"/>
        <source>Fill in your name and a contact (phone or e-mail) under Sender: recipients must know who sent this and whom to call.</source>
        <translation>Vul bij Afzender uw naam en een contact in (telefoon of e-mail): ontvangers moeten weten wie dit stuurt en wie ze kunnen bellen.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/export_page.py" line="195"/>
        <source>Choose the folder for the files.</source>
        <translation>Kies de map voor de bestanden.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/export_page.py" line="311"/>
        <source>Shared and recorded in the register (Share &gt; Disclosure register).</source>
        <translation>Gedeeld en vastgelegd in het register (Delen &gt; Verstrekkingenregister).</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/export_page.py" line="312"/>
        <source>Saved in %1:</source>
        <translation>Opgeslagen in %1:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/export_page.py" line="315"/>
        <source>Send the password by another route than the files.</source>
        <translation>Stuur het wachtwoord via een andere weg dan de bestanden.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/export_page.py" line="189"/>
        <source>Choose at least one format.</source>
        <translation>Kies ten minste één formaat.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/export_page.py" line="198"/>
        <source>The PDF password needs at least %1 characters.</source>
        <translation>Het PDF-wachtwoord moet ten minste %1 tekens hebben.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/export_page.py" line="201"/>
        <source>The two passwords differ.</source>
        <translation>De twee wachtwoorden zijn niet gelijk.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/export_page.py" line="248"/>
        <source>An export is a disclosure. Enter the passphrase of your notebook to confirm:</source>
        <translation>Exporteren is een verstrekking. Voer het wachtwoord van uw notitieboek in om te bevestigen:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/export_page.py" line="253"/>
        <source>Demo: the passphrase is “%1”.</source>
        <translation>Demo: het wachtwoord is ‘%1’.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/export_page.py" line="256"/>
        <source>Confirm the disclosure</source>
        <translation>Verstrekking bevestigen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/export_page.py" line="309"/>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/export_page.py" line="338"/>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
</context>
<context>
    <name>FolderDialog</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/folder_dialog.py" line="24"/>
        <source>Choose the folder for the export</source>
        <translation>Kies de map voor de export</translation>
    </message>
</context>
<context>
    <name>GroundsPage</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/grounds_page.py" line="57"/>
        <source>Grounds</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/grounds_page.py" line="58"/>
        <source>Record why each item is necessary, why a lighter means does not suffice, and on which ground confidences may be shared.</source>
        <translation>Leg vast waarom elk onderdeel noodzakelijk is, waarom een lichter middel niet volstaat, en op welke grondslag vertrouwelijke informatie gedeeld mag worden.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/grounds_page.py" line="78"/>
        <source>Only group-level items are chosen: no necessity per person is needed.</source>
        <translation>Er zijn alleen onderdelen op groepsniveau gekozen: noodzakelijkheid per persoon is niet nodig.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jongerenwerk_desk/ui/share/grounds_page.py" line="122"/>
        <source>%n more character(s)</source>
        <translation>
            <numerusform>nog %n teken</numerusform>
            <numerusform>nog %n tekens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../jongerenwerk_desk/ui/share/grounds_page.py" line="124"/>
        <source>%n more word(s) of three or more letters</source>
        <translation>
            <numerusform>nog %n woord van drie of meer letters</numerusform>
            <numerusform>nog %n woorden van drie of meer letters</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/grounds_page.py" line="126"/>
        <source>Still needed: %1.</source>
        <translation>Nog nodig: %1.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/grounds_page.py" line="129"/>
        <source>Long enough.</source>
        <translation>Lang genoeg.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/grounds_page.py" line="148"/>
        <source>Subsidiarity</source>
        <translation>Subsidiariteit</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/grounds_page.py" line="151"/>
        <source>Why is group level, anonymous sharing or not sharing at all not enough?</source>
        <translation>Waarom is delen op groepsniveau, anoniem delen of helemaal niet delen niet genoeg?</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/grounds_page.py" line="161"/>
        <source>Necessity per item</source>
        <translation>Noodzakelijkheid per onderdeel</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/grounds_page.py" line="184"/>
        <source>Data subject %1</source>
        <translation>Betrokkene %1</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/grounds_page.py" line="185"/>
        <source>%1 years</source>
        <translation>%1 jaar</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/grounds_page.py" line="186"/>
        <source>age unknown</source>
        <translation>leeftijd onbekend</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/grounds_page.py" line="190"/>
        <source>Consent (toestemming): %1</source>
        <translation>Toestemming: %1</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/grounds_page.py" line="197"/>
        <source>Valid consent for this disclosure: yes.</source>
        <translation>Geldige toestemming voor deze verstrekking: ja.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/grounds_page.py" line="198"/>
        <source>Valid consent for this disclosure: no (%1).</source>
        <translation>Geldige toestemming voor deze verstrekking: nee (%1).</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/grounds_page.py" line="202"/>
        <source>No consent on file.</source>
        <translation>Geen toestemming vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/grounds_page.py" line="240"/>
        <source>Given by %1 on %2 for “%3” to %4.</source>
        <translation>Gegeven door %1 op %2 voor ‘%3’ aan %4.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/grounds_page.py" line="246"/>
        <source>Withdrawn on %1.</source>
        <translation>Ingetrokken op %1.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/grounds_page.py" line="249"/>
        <source>Explicit consent for special categories.</source>
        <translation>Uitdrukkelijke toestemming voor bijzondere persoonsgegevens.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/grounds_page.py" line="253"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/grounds_page.py" line="253"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/grounds_page.py" line="254"/>
        <source>Informed: young person %1</source>
        <translation>Geïnformeerd: jongere %1</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/grounds_page.py" line="257"/>
        <source>parents %1</source>
        <translation>ouders %1</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/grounds_page.py" line="281"/>
        <source>Reasoning: which harm, why no other way</source>
        <translation>Afweging: welke schade, waarom geen andere weg</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/grounds_page.py" line="323"/>
        <source>Vital interest (special categories)</source>
        <translation>Vitaal belang (bijzondere persoonsgegevens)</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/grounds_page.py" line="165"/>
        <source>Why is this item necessary for the purpose? At least %1 characters and %2 different words of three or more letters.</source>
        <translation>Waarom is dit onderdeel nodig voor het doel? Minstens %1 tekens en %2 verschillende woorden van drie of meer letters.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/grounds_page.py" line="208"/>
        <source>A conflict of duties, a vital interest, a refusal or an exception to informing is recorded on the young person (tabs Grounds and Informing), with its date; the check reads it from there.</source>
        <translation>Een conflict van plichten, een vitaal belang, een weigering of een uitzondering op het informeren legt u vast bij de jongere (tabbladen Grondslagen en Informeren), met de datum; de toets leest het daar.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/grounds_page.py" line="218"/>
        <source>Conflict of duties on file: advice of %1 on %2.</source>
        <translation>Conflict van plichten vastgelegd: advies van %1 op %2.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/grounds_page.py" line="223"/>
        <source>Refused by %1 on %2 for “%3”.</source>
        <translation>Geweigerd door %1 op %2 voor “%3”.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/grounds_page.py" line="230"/>
        <source>Exception to informing on file: %1, review by %2.</source>
        <translation>Uitzondering op het informeren vastgelegd: %1, herbeoordelen uiterlijk %2.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/grounds_page.py" line="231"/>
        <source>no ground</source>
        <translation>geen grond</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/grounds_page.py" line="269"/>
        <source>Conflict of duties for group-level items</source>
        <translation>Conflict van plichten voor groepsgegevens</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/grounds_page.py" line="272"/>
        <source>A group-level confidence may only be shared with the consent of who told it, or when keeping it would cause serious harm that can be prevented no other way. Record your reasoning, whom you consulted, when (the advice counts %1 days) and what they advised.</source>
        <translation>Een vertrouwelijk groepsgegeven mag alleen mee met toestemming van wie het vertelde, of als zwijgen ernstige schade geeft die niet anders te voorkomen is. Leg uw afweging vast, wie u raadpleegde, wanneer (het advies telt %1 dagen) en wat die adviseerde.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/grounds_page.py" line="276"/>
        <source>I invoke a &amp;conflict of duties for the group-level confidential items</source>
        <translation>Ik beroep me op een &amp;conflict van plichten voor de vertrouwelijke groepsgegevens</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/grounds_page.py" line="292"/>
        <source>What did they advise?</source>
        <translation>Wat was het advies?</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/grounds_page.py" line="315"/>
        <source>Consulted:</source>
        <translation>Geraadpleegd:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/grounds_page.py" line="316"/>
        <source>Advice given on:</source>
        <translation>Datum advies:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/grounds_page.py" line="326"/>
        <source>Special-category data (health, origin, belief) may only be shared with explicit consent, or to protect a vital interest when the young person cannot consent now. From %1 years, a young person who said no cannot be passed over. Record a vital interest on the young person (tab Grounds).</source>
        <translation>Bijzondere gegevens (gezondheid, afkomst, geloof) mogen alleen mee met uitdrukkelijke toestemming, of voor een vitaal belang als de jongere nu geen toestemming kan geven. Vanaf %1 jaar kan een jongere die nee zei niet worden gepasseerd. Leg een vitaal belang vast bij de jongere (tabblad Grondslagen).</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/grounds_page.py" line="333"/>
        <source>Vital interest on file: %1</source>
        <translation>Vitaal belang vastgelegd: %1</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/grounds_page.py" line="334"/>
        <source>No vital interest on file.</source>
        <translation>Geen vitaal belang vastgelegd.</translation>
    </message>
    <message>
        <source>The correction for %1: what was wrong or is no longer true (this text is sent)</source>
        <translation>De correctie voor %1: wat was er onjuist of klopt niet meer (deze tekst wordt verstuurd)</translation>
    </message>
</context>
<context>
    <name>ItemsPage</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/items_page.py" line="40"/>
        <source>The group and what to include</source>
        <translation>De groep en wat u meestuurt</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/items_page.py" line="41"/>
        <source>Tick only what the purpose needs. Everything comes from the notebook; nothing is typed anew.</source>
        <translation>Vink alleen aan wat het doel nodig heeft. Alles komt uit het notitieboek; er wordt niets opnieuw getypt.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/items_page.py" line="47"/>
        <source>Young people and signals to include</source>
        <translation>Jongeren en signalen om mee te nemen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/items_page.py" line="48"/>
        <source>Item</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/items_page.py" line="48"/>
        <source>Fact or impression</source>
        <translation>Feit of indruk</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/items_page.py" line="49"/>
        <source>Markers</source>
        <translation>Kenmerken</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/items_page.py" line="61"/>
        <source>Include &amp;identity of ticked young people (initials and year of birth)</source>
        <translation>&amp;Identiteit van aangevinkte jongeren meesturen (initialen en geboortejaar)</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/items_page.py" line="64"/>
        <source>Include their &amp;role in the group</source>
        <translation>Hun &amp;rol in de groep meesturen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/items_page.py" line="66"/>
        <source>The roles are established &amp;facts, not impressions</source>
        <translation>De rollen zijn vastgestelde &amp;feiten, geen indrukken</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/items_page.py" line="70"/>
        <source>Tick only when the role of each ticked young person is established (for example confirmed by the partners); otherwise it is shared as your impression.</source>
        <translation>Vink dit alleen aan als de rol van elke aangevinkte jongere vaststaat (bijvoorbeeld bevestigd door de partners); anders wordt die gedeeld als uw indruk.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/items_page.py" line="111"/>
        <source>Group: %1 — step %2</source>
        <translation>Groep: %1 — stap %2</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/items_page.py" line="118"/>
        <source>This step or purpose allows group-level information only: do not tick young people or signals about one young person (no name list before step 2B).</source>
        <translation>Deze stap of dit doel staat alleen informatie op groepsniveau toe: vink geen jongeren aan en geen signalen over één jongere (geen namenlijst vóór stap 2B).</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/items_page.py" line="121"/>
        <source>Person-level information is possible in this step, only where it is necessary for the purpose.</source>
        <translation>In deze stap mag informatie over personen gedeeld worden, maar alleen waar dat noodzakelijk is voor het doel.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/items_page.py" line="142"/>
        <source>Young people in the group (%1)</source>
        <translation>Jongeren in de groep (%1)</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/items_page.py" line="149"/>
        <source>Signals of the group (%1)</source>
        <translation>Signalen van de groep (%1)</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/items_page.py" line="182"/>
        <source>Cannot go: only group-level information at this step or for this purpose (no names).</source>
        <translation>Kan niet mee: in deze stap of voor dit doel alleen informatie op groepsniveau (geen namen).</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/items_page.py" line="191"/>
        <source>Cannot go: this covenant does not know its kind of information.</source>
        <translation>Kan niet mee: dit convenant kent dit soort gegeven niet.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/items_page.py" line="193"/>
        <source>Cannot go: this kind of information is not part of the purpose “%1”.</source>
        <translation>Kan niet mee: dit soort gegeven hoort niet bij het doel ‘%1’.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/items_page.py" line="196"/>
        <source>Cannot go: it is about a young person, and only group-level information may go at this step or for this purpose.</source>
        <translation>Kan niet mee: het gaat over een jongere, en in deze stap of voor dit doel mag alleen informatie op groepsniveau mee.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/items_page.py" line="200"/>
        <source>Cannot go: criminal data is shared only by the parties named in the covenant, not by youth work.</source>
        <translation>Kan niet mee: strafrechtelijke gegevens worden alleen gedeeld door de partijen die het convenant noemt, niet door het jongerenwerk.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/items_page.py" line="268"/>
        <source>born %1, age unknown</source>
        <translation>geboren %1, leeftijd onbekend</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/items_page.py" line="270"/>
        <source>born %1, %2 years</source>
        <translation>geboren %1, %2 jaar</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/items_page.py" line="281"/>
        <source>a kind of information this covenant does not know</source>
        <translation>een soort gegeven dat dit convenant niet kent</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/items_page.py" line="285"/>
        <source>[confidential – the text shows on the preview once ticked]</source>
        <translation>[vertrouwelijk – de tekst verschijnt in het voorbeeld als u het aanvinkt]</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/items_page.py" line="319"/>
        <source>ticked</source>
        <translation>aangevinkt</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/items_page.py" line="320"/>
        <source>not ticked</source>
        <translation>niet aangevinkt</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/items_page.py" line="371"/>
        <source>Chosen: %1, %2.</source>
        <translation>Gekozen: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jongerenwerk_desk/ui/share/items_page.py" line="372"/>
        <source>%n young person(s)</source>
        <translation>
            <numerusform>%n jongere</numerusform>
            <numerusform>%n jongeren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../jongerenwerk_desk/ui/share/items_page.py" line="374"/>
        <source>%n signal(s)</source>
        <translation>
            <numerusform>%n signaal</numerusform>
            <numerusform>%n signalen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/items_page.py" line="385"/>
        <source>%1 ticked signal(s) also concern a young person you did not choose; that young person is weighed as a data subject in the check (consent, age, informing). Tick that young person too if that is right, or untick the signal.</source>
        <translation>Aangevinkte signalen die ook gaan over een jongere die u niet hebt gekozen: %1. Die jongere wordt in de toets als betrokkene meegewogen (toestemming, leeftijd, informeren). Vink die jongere ook aan als dat klopt, of vink het signaal uit.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/items_page.py" line="392"/>
        <source>Tick at least one signal or young person to share.</source>
        <translation>Vink minstens één signaal of jongere aan om te delen.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/items_page.py" line="394"/>
        <source>Next is possible once every ticked signal about one young person has that young person ticked too (see above).</source>
        <translation>Volgende kan zodra bij elk aangevinkt signaal over één jongere die jongere ook is aangevinkt (zie hierboven).</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/items_page.py" line="404"/>
        <source>This signal also concerns a young person you did not choose; they are weighed as a data subject.</source>
        <translation>Dit signaal gaat ook over een jongere die u niet hebt gekozen; die wordt als betrokkene meegewogen.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/items_page.py" line="266"/>
        <source>date of birth unknown</source>
        <translation>geboortedatum onbekend</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/items_page.py" line="272"/>
        <source>role: %1</source>
        <translation>rol: %1</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/items_page.py" line="290"/>
        <source>told in confidence</source>
        <translation>in vertrouwen verteld</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/items_page.py" line="292"/>
        <source>special category (art. 9)</source>
        <translation>bijzonder persoonsgegeven (art. 9)</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/items_page.py" line="294"/>
        <source>criminal data (art. 10)</source>
        <translation>strafrechtelijk gegeven (art. 10)</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/items_page.py" line="296"/>
        <source>from others</source>
        <translation>van derden</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/items_page.py" line="298"/>
        <source>about %1</source>
        <translation>over %1</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/items_page.py" line="299"/>
        <source>fact</source>
        <translation>feit</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/items_page.py" line="299"/>
        <source>impression</source>
        <translation>indruk</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/items_page.py" line="378"/>
        <source>Ticked signals about a young person you did not tick: %1. Tick that young person too, so that their consent, age and informing are checked, or untick the signal.</source>
        <translation>Aangevinkte signalen over een jongere die u niet hebt aangevinkt: %1. Vink die jongere ook aan, zodat toestemming, leeftijd en informeren worden getoetst, of vink het signaal uit.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/preview_page.py" line="79"/>
        <source>Preview: settle the text</source>
        <translation>Voorbeeld: de tekst vaststellen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/preview_page.py" line="80"/>
        <source>This is exactly what leaves the notebook. Edit or shorten a text here if needed (the notebook stays as it is), then tick that you reviewed it: only reviewed texts go along.</source>
        <translation>Dit is precies wat het notitieboek verlaat. Pas een tekst hier aan of kort hem in als dat nodig is (het notitieboek blijft zoals het is) en vink dan aan dat u hem hebt nagekeken: alleen nagekeken teksten gaan mee.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jongerenwerk_desk/ui/share/preview_page.py" line="147"/>
        <source>%n item(s) in the summary.</source>
        <translation>
            <numerusform>%n onderdeel in de samenvatting.</numerusform>
            <numerusform>%n onderdelen in de samenvatting.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../jongerenwerk_desk/ui/share/preview_page.py" line="161"/>
        <source>%n item(s) left out by the rules of the summary (not allowed at this step or for this purpose).</source>
        <translation>
            <numerusform>%n onderdeel weggelaten door de regels van de samenvatting (niet toegestaan in deze stap of voor dit doel).</numerusform>
            <numerusform>%n onderdelen weggelaten door de regels van de samenvatting (niet toegestaan in deze stap of voor dit doel).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/preview_page.py" line="182"/>
        <source>The check blocks this disclosure now. Change or leave out what is named below; the check updates at once.</source>
        <translation>De toets blokkeert deze verstrekking nu. Pas aan of laat weg wat hieronder staat; de toets werkt meteen bij.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/preview_page.py" line="196"/>
        <source>Blocks</source>
        <translation>Blokkeert</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/preview_page.py" line="196"/>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/preview_page.py" line="206"/>
        <source>Edit the text</source>
        <translation>Tekst aanpassen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/preview_page.py" line="212"/>
        <source>Send without the text</source>
        <translation>Zonder de tekst versturen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/preview_page.py" line="218"/>
        <source>Leave this item out</source>
        <translation>Dit onderdeel weglaten</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/preview_page.py" line="225"/>
        <source>Go Back to “%1” or “%2” to change this.</source>
        <translation>Ga Terug naar ‘%1’ of ‘%2’ om dit te veranderen.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/preview_page.py" line="230"/>
        <source>I have read and weighed this warning</source>
        <translation>Ik heb deze waarschuwing gelezen en afgewogen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/preview_page.py" line="258"/>
        <source>Covenant: %1, version %2</source>
        <translation>Convenant: %1, versie %2</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/preview_page.py" line="260"/>
        <source>Purpose: %1 (step %2)</source>
        <translation>Doel: %1 (stap %2)</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/preview_page.py" line="262"/>
        <source>Recipients: %1</source>
        <translation>Ontvangers: %1</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/preview_page.py" line="263"/>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/preview_page.py" line="266"/>
        <source>Sender: %1</source>
        <translation>Afzender: %1</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/preview_page.py" line="301"/>
        <source>Text to share</source>
        <translation>Tekst om te delen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/preview_page.py" line="309"/>
        <source>Use this text</source>
        <translation>Deze tekst gebruiken</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/preview_page.py" line="311"/>
        <source>Use the edited text for this disclosure; the notebook stays as it is</source>
        <translation>De aangepaste tekst gebruiken voor deze verstrekking; het notitieboek blijft zoals het is</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/preview_page.py" line="318"/>
        <source>Back to the notebook text</source>
        <translation>Terug naar de tekst uit het notitieboek</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/preview_page.py" line="323"/>
        <source>Edited for this disclosure.</source>
        <translation>Aangepast voor deze verstrekking.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/preview_page.py" line="329"/>
        <source>Goes along as (names of others are replaced):</source>
        <translation>Gaat mee als (namen van anderen worden vervangen):</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/preview_page.py" line="332"/>
        <source>The text does not go along until you tick that you reviewed it.</source>
        <translation>De tekst gaat pas mee als u aanvinkt dat u hem hebt nagekeken.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/preview_page.py" line="465"/>
        <source>Next is not possible while the check blocks: change or leave out what is named at the top.</source>
        <translation>Volgende kan niet zolang de toets blokkeert: pas aan of laat weg wat bovenaan staat.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/preview_page.py" line="468"/>
        <source>Tick each warning at the top once you have weighed it.</source>
        <translation>Vink elke waarschuwing bovenaan aan zodra u die hebt afgewogen.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/preview_page.py" line="471"/>
        <source>Nothing is left to share: go Back to “%1” and tick what to share.</source>
        <translation>Er is niets meer om te delen: ga Terug naar ‘%1’ en vink aan wat u wilt delen.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/preview_page.py" line="274"/>
        <source>Group: %1 (step %2)</source>
        <translation>Groep: %1 (stap %2)</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/preview_page.py" line="280"/>
        <source>Period: %1</source>
        <translation>Periode: %1</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/preview_page.py" line="282"/>
        <source>Locations: %1</source>
        <translation>Plekken: %1</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/preview_page.py" line="285"/>
        <source>Online: %1</source>
        <translation>Online: %1</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/preview_page.py" line="341"/>
        <source>Text reviewed: no names of others, only what is needed — include it</source>
        <translation>Tekst nagekeken: geen namen van anderen, alleen wat nodig is — meesturen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/preview_page.py" line="351"/>
        <source>Drop</source>
        <translation>Weglaten</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/preview_page.py" line="353"/>
        <source>Leave this item out of the disclosure</source>
        <translation>Dit onderdeel niet verstrekken</translation>
    </message>
</context>
<context>
    <name>PurposePage</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/purpose_page.py" line="33"/>
        <source>Purpose, step and recipients</source>
        <translation>Doel, stap en ontvangers</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/purpose_page.py" line="34"/>
        <source>Choose the group, the step of the 7-step model, the purpose under the covenant (purpose limitation) and who receives it.</source>
        <translation>Kies de groep, de stap in het 7-stappenmodel, het doel onder het convenant (doelbinding) en wie de verstrekking ontvangt.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/purpose_page.py" line="48"/>
        <source>Recipients</source>
        <translation>Ontvangers</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/purpose_page.py" line="52"/>
        <source>There are no groups in the notebook yet. Add the group first.</source>
        <translation>Er staan nog geen groepen in het notitieboek. Voeg eerst de groep toe.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/purpose_page.py" line="55"/>
        <source>Covenant and &amp;signatures…</source>
        <translation>Convenant en &amp;ondertekeningen…</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/purpose_page.py" line="64"/>
        <source>&amp;Group:</source>
        <translation>&amp;Groep:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/purpose_page.py" line="67"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Doel:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/purpose_page.py" line="92"/>
        <source>valid %1 to %2</source>
        <translation>geldig van %1 tot en met %2</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/purpose_page.py" line="96"/>
        <source>valid from %1, no end date</source>
        <translation>geldig vanaf %1, geen einddatum</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/purpose_page.py" line="99"/>
        <source>Covenant: %1, version %2 (%3)</source>
        <translation>Convenant: %1, versie %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/purpose_page.py" line="259"/>
        <source>Cannot be chosen: %1. Under the covenant this party may only receive information for a purpose it belongs to, and only once it has signed.</source>
        <translation>Niet te kiezen: %1. Onder het convenant mag deze partij alleen informatie ontvangen voor een doel waar zij bij hoort, en pas als zij heeft ondertekend.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/purpose_page.py" line="192"/>
        <source>group level only: no names</source>
        <translation>alleen groepsniveau: geen namen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jongerenwerk_desk/ui/share/purpose_page.py" line="126"/>
        <source>Filled in from the last disclosure for this group: purpose, recipients and justification; %n signal(s) new since then are ticked on the next page.</source>
        <translation>
            <numerusform>Ingevuld vanuit de vorige verstrekking voor deze groep: doel, ontvangers en onderbouwing; %n signaal dat sindsdien nieuw is, staat op de volgende pagina aangevinkt.</numerusform>
            <numerusform>Ingevuld vanuit de vorige verstrekking voor deze groep: doel, ontvangers en onderbouwing; %n signalen die sindsdien nieuw zijn, staan op de volgende pagina aangevinkt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/purpose_page.py" line="129"/>
        <source>No earlier disclosure for this group: the step and a fitting purpose are filled in; choose the recipients.</source>
        <translation>Nog geen eerdere verstrekking voor deze groep: de stap en een passend doel zijn ingevuld; kies de ontvangers.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/purpose_page.py" line="193"/>
        <source>group and person level</source>
        <translation>groeps- en persoonsniveau</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/purpose_page.py" line="197"/>
        <source>Steps: %1. Level: %2. Categories: %3.</source>
        <translation>Stappen: %1. Niveau: %2. Categorieën: %3.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/purpose_page.py" line="211"/>
        <source>Your organisation&apos;s signature of this covenant is not recorded in this notebook, so nothing can be shared yet. Record the signatures (usually the privacy officer does this).</source>
        <translation>In dit notitieboek staat niet vastgelegd dat uw organisatie dit convenant heeft ondertekend, dus er kan nog niets gedeeld worden. Leg de ondertekeningen vast (meestal doet de privacyfunctionaris dat).</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/purpose_page.py" line="219"/>
        <source>No recipient for this purpose has a recorded signature (%1). Record their signatures, or choose another purpose.</source>
        <translation>Van geen enkele ontvanger voor dit doel is de ondertekening vastgelegd (%1). Leg hun ondertekening vast, of kies een ander doel.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/purpose_page.py" line="248"/>
        <source>has not signed</source>
        <translation>heeft niet ondertekend</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/purpose_page.py" line="250"/>
        <source>not a recipient for this purpose</source>
        <translation>geen ontvanger bij dit doel</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/purpose_page.py" line="273"/>
        <source>Choose the group first.</source>
        <translation>Kies eerst de groep.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/purpose_page.py" line="275"/>
        <source>Choose a purpose.</source>
        <translation>Kies een doel.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/purpose_page.py" line="278"/>
        <source>Next is possible once a recipient can be ticked (see above).</source>
        <translation>Volgende kan zodra er een ontvanger aangevinkt kan worden (zie hierboven).</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/purpose_page.py" line="279"/>
        <source>Tick at least one recipient.</source>
        <translation>Vink minstens één ontvanger aan.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/purpose_page.py" line="168"/>
        <source>The step is the group&apos;s recorded step; change it on the group, with the date and meeting of the decision.</source>
        <translation>De stap is de vastgelegde stap van de groep; wijzig die bij de groep, met de datum en het overleg van het besluit.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/purpose_page.py" line="171"/>
        <source>Step %1, decided on %2 in: %3.</source>
        <translation>Stap %1, besloten op %2 in: %3.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/purpose_page.py" line="65"/>
        <source>Step:</source>
        <translation>Stap:</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/register_view.py" line="69"/>
        <source>Disclosure &amp;register…</source>
        <translation>Verstrekkingen&amp;register…</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/register_view.py" line="70"/>
        <source>List the recorded disclosures (verstrekkingen) per young person, recipient and period, and check the register&apos;s chain</source>
        <translation>Toon de vastgelegde verstrekkingen per jongere, ontvanger en periode, en controleer de keten van het register</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/register_view.py" line="106"/>
        <source>deleted</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/register_view.py" line="115"/>
        <source>erased</source>
        <translation>gewist</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/register_view.py" line="149"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/register_view.py" line="149"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/register_view.py" line="150"/>
        <source>Recipients</source>
        <translation>Ontvangers</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/register_view.py" line="150"/>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/register_view.py" line="151"/>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/register_view.py" line="152"/>
        <source>Legal basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/register_view.py" line="151"/>
        <source>Young people</source>
        <translation>Betrokkenen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/register_view.py" line="152"/>
        <source>Files</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/register_view.py" line="229"/>
        <source>Sender:</source>
        <translation>Afzender:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/register_view.py" line="230"/>
        <source>Recipients:</source>
        <translation>Ontvangers:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/register_view.py" line="231"/>
        <source>Purpose:</source>
        <translation>Doel:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/register_view.py" line="232"/>
        <source>Step:</source>
        <translation>Stap:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/register_view.py" line="233"/>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/register_view.py" line="234"/>
        <source>Reference:</source>
        <translation>Kenmerk:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/register_view.py" line="235"/>
        <source>The group</source>
        <translation>De groep</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/register_view.py" line="236"/>
        <source>Online:</source>
        <translation>Online:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/register_view.py" line="237"/>
        <source>Nothing at group level.</source>
        <translation>Niets op groepsniveau.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/register_view.py" line="238"/>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/register_view.py" line="291"/>
        <source>Disclosure register</source>
        <translation>Verstrekkingenregister</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/register_view.py" line="298"/>
        <source>Disclosures</source>
        <translation>Verstrekkingen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/register_view.py" line="310"/>
        <source>What was sent</source>
        <translation>Wat is verstuurd</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/register_view.py" line="314"/>
        <source>E&amp;xport list…</source>
        <translation>Lijst &amp;exporteren…</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/register_view.py" line="316"/>
        <source>Save the disclosures shown as a spreadsheet for Excel (CSV)</source>
        <translation>Sla de getoonde verstrekkingen op als spreadsheet voor Excel (CSV)</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/register_view.py" line="318"/>
        <source>&amp;Print (PDF)…</source>
        <translation>&amp;Afdrukken (PDF)…</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/register_view.py" line="320"/>
        <source>Save the selected summary as a PDF to print</source>
        <translation>Sla de gekozen samenvatting op als PDF om af te drukken</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/register_view.py" line="347"/>
        <source>&amp;From</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/register_view.py" line="348"/>
        <source>&amp;Until</source>
        <translation>&amp;Tot en met</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/register_view.py" line="352"/>
        <source>&amp;Young person:</source>
        <translation>&amp;Jongere:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/register_view.py" line="354"/>
        <source>R&amp;ecipient:</source>
        <translation>&amp;Ontvanger:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/register_view.py" line="405"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/register_view.py" line="432"/>
        <source>The register cannot be read. Lock the notebook, open it again and run the check (verify).</source>
        <translation>Het register kan niet worden gelezen. Vergrendel het notitieboek, open het opnieuw en voer de controle (verify) uit.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/register_view.py" line="442"/>
        <source>Shown: %1 of %2</source>
        <translation>Getoond: %1 van %2</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/register_view.py" line="450"/>
        <source>Warning: the register was changed afterwards. Ask the privacy officer to look at it; what changed:</source>
        <translation>Let op: het register is achteraf veranderd. Vraag de privacyfunctionaris ernaar te kijken. Wat er veranderde:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jongerenwerk_desk/ui/share/register_view.py" line="454"/>
        <source>Nothing was changed afterwards: all %n disclosure(s) are as they were recorded.</source>
        <translation>
            <numerusform>Niets is achteraf veranderd: de %n verstrekking staat er nog zoals die is vastgelegd.</numerusform>
            <numerusform>Niets is achteraf veranderd: alle %n verstrekkingen staan er nog zoals ze zijn vastgelegd.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/register_view.py" line="473"/>
        <source>Select a disclosure to see exactly what was sent.</source>
        <translation>Kies een verstrekking om precies te zien wat er is verstuurd.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/register_view.py" line="481"/>
        <source>The personal details of this disclosure were removed when its retention period ended; what is left: the date, the recipients, the purpose, the step and the kinds of information.</source>
        <translation>De persoonsgegevens van deze verstrekking zijn verwijderd toen de bewaartermijn afliep; wat over is: de datum, de ontvangers, het doel, de stap en de soorten gegevens.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/register_view.py" line="487"/>
        <source>The summary of this disclosure was not kept (it was made with an older version). The files named in the list are what was sent.</source>
        <translation>De samenvatting van deze verstrekking is niet bewaard (gemaakt met een oudere versie). De bestanden in de lijst zijn wat er is verstuurd.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/register_view.py" line="522"/>
        <location filename="../../jongerenwerk_desk/ui/share/register_view.py" line="542"/>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/register_view.py" line="524"/>
        <location filename="../../jongerenwerk_desk/ui/share/register_view.py" line="544"/>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/register_view.py" line="525"/>
        <source>The list is saved as %1.</source>
        <translation>De lijst is opgeslagen als %1.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/register_view.py" line="545"/>
        <source>The summary is saved as %1. Open it to print it.</source>
        <translation>De samenvatting is opgeslagen als %1. Open het bestand om het af te drukken.</translation>
    </message>
</context>
<context>
    <name>ShareCodes</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/finding_text.py" line="25"/>
        <source>Covenant not in force</source>
        <translation>Convenant niet van kracht</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/finding_text.py" line="27"/>
        <source>Your organisation has not signed</source>
        <translation>Eigen organisatie heeft niet ondertekend</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/finding_text.py" line="29"/>
        <source>Recipient has not signed</source>
        <translation>Ontvanger heeft niet ondertekend</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/finding_text.py" line="31"/>
        <source>Purpose not in the covenant</source>
        <translation>Doel staat niet in het convenant</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/finding_text.py" line="33"/>
        <source>Purpose does not fit this step</source>
        <translation>Doel past niet bij deze stap</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/finding_text.py" line="35"/>
        <source>Recipient not allowed for this purpose</source>
        <translation>Ontvanger hoort niet bij dit doel</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/finding_text.py" line="37"/>
        <source>Personal data where only group data may go</source>
        <translation>Persoonsgegevens waar alleen groepsgegevens mogen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/finding_text.py" line="39"/>
        <source>Kind of information not allowed for this purpose</source>
        <translation>Soort informatie past niet bij dit doel</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/finding_text.py" line="41"/>
        <source>Special category without a ground</source>
        <translation>Bijzonder persoonsgegeven zonder grondslag</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/finding_text.py" line="43"/>
        <source>Criminal data</source>
        <translation>Strafrechtelijk gegeven</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/finding_text.py" line="45"/>
        <source>Told in confidence, no ground to share</source>
        <translation>In vertrouwen verteld, geen grond om te delen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/finding_text.py" line="47"/>
        <source>Informant can be recognised</source>
        <translation>Herkenbaar wie het vertelde</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/finding_text.py" line="49"/>
        <source>Necessity not explained</source>
        <translation>Noodzaak niet onderbouwd</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/finding_text.py" line="51"/>
        <source>Lighter means not weighed</source>
        <translation>Lichter middel niet afgewogen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/finding_text.py" line="53"/>
        <source>Retention period has passed</source>
        <translation>Bewaartermijn verstreken</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/finding_text.py" line="55"/>
        <source>Consent does not count</source>
        <translation>Toestemming telt niet</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/finding_text.py" line="57"/>
        <source>Not informed</source>
        <translation>Niet geïnformeerd</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/finding_text.py" line="59"/>
        <source>Age unknown</source>
        <translation>Leeftijd onbekend</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/finding_text.py" line="61"/>
        <source>Impression, not an established fact</source>
        <translation>Indruk, geen vastgesteld feit</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/finding_text.py" line="63"/>
        <source>Old information</source>
        <translation>Verouderd gegeven</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/finding_text.py" line="65"/>
        <source>Free text: read it first</source>
        <translation>Vrije tekst: eerst nalezen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/finding_text.py" line="67"/>
        <source>Personal circumstances</source>
        <translation>Persoonlijke omstandigheden</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/finding_text.py" line="69"/>
        <source>Special category on an exception</source>
        <translation>Bijzonder persoonsgegeven op een uitzondering</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/finding_text.py" line="71"/>
        <source>Conflict of duties invoked</source>
        <translation>Beroep op conflict van plichten</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/finding_text.py" line="73"/>
        <source>Minor</source>
        <translation>Minderjarig</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/finding_text.py" line="75"/>
        <source>Not informed, reason recorded</source>
        <translation>Niet geïnformeerd, reden vastgelegd</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/finding_text.py" line="77"/>
        <source>Vital interest does not count</source>
        <translation>Vitaal belang telt niet</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/finding_text.py" line="79"/>
        <source>Heard from a partner</source>
        <translation>Gehoord van een partner</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/finding_text.py" line="81"/>
        <source>Text suggests another kind of information</source>
        <translation>Tekst wijst op een andere soort gegeven</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/finding_text.py" line="83"/>
        <source>Correction does not match the earlier disclosure</source>
        <translation>Correctie past niet bij de eerdere verstrekking</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/finding_text.py" line="85"/>
        <source>Small group: members can be recognised</source>
        <translation>Kleine groep: leden zijn herkenbaar</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/finding_text.py" line="87"/>
        <source>Other routes outside the meeting</source>
        <translation>Andere wegen buiten het overleg</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/finding_text.py" line="93"/>
        <source>Finding</source>
        <translation>Bevinding</translation>
    </message>
</context>
<context>
    <name>ShareExport</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/exporting.py" line="87"/>
        <source>That passphrase is not correct. Nothing was exported or recorded.</source>
        <translation>Dat wachtwoord klopt niet. Er is niets geëxporteerd of vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/exporting.py" line="90"/>
        <source>The check changed just before the export. Nothing was exported or recorded; go back to the check.</source>
        <translation>De toets veranderde vlak voor het exporteren. Er is niets geëxporteerd of vastgelegd; ga terug naar de toets.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/exporting.py" line="96"/>
        <source>The notebook changed since the preview. Nothing was exported or recorded; look at the preview again.</source>
        <translation>Het notitieboek is gewijzigd sinds het voorbeeld. Er is niets geëxporteerd of vastgelegd; bekijk het voorbeeld opnieuw.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/exporting.py" line="99"/>
        <source>Nothing was recorded.</source>
        <translation>Er is niets vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/exporting.py" line="101"/>
        <source>The file could not be written (disk full, no permission, or the folder is gone). Nothing was recorded.</source>
        <translation>Het bestand kon niet worden geschreven (schijf vol, geen toegang, of de map bestaat niet meer). Er is niets vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/exporting.py" line="103"/>
        <source>The export failed. Nothing was recorded. Try again; if it happens again, ask support.</source>
        <translation>Het exporteren is mislukt. Er is niets vastgelegd. Probeer het opnieuw; gebeurt het weer, vraag dan om ondersteuning.</translation>
    </message>
</context>
<context>
    <name>ShareLabels</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/labels.py" line="62"/>
        <source>the group</source>
        <translation>de groep</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/labels.py" line="66"/>
        <source>a young person no longer in the notebook</source>
        <translation>een jongere die niet meer in het notitieboek staat</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/labels.py" line="68"/>
        <source>a young person</source>
        <translation>een jongere</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/labels.py" line="80"/>
        <source>group level</source>
        <translation>groepsniveau</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/labels.py" line="86"/>
        <source>Signal of %1: %2, %3</source>
        <translation>Signaal van %1: %2, %3</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/labels.py" line="91"/>
        <source>Identity (initials and year of birth) of %1</source>
        <translation>Identiteit (initialen en geboortejaar) van %1</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/labels.py" line="94"/>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/labels.py" line="103"/>
        <source>an item no longer chosen</source>
        <translation>een onderdeel dat niet meer gekozen is</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/labels.py" line="117"/>
        <source>Age unknown: the young person and the parents must both consent.</source>
        <translation>Leeftijd onbekend: de jongere én de ouders moeten beiden toestemming geven.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/labels.py" line="120"/>
        <source>Under %1: the parents (with parental authority) consent.</source>
        <translation>Jonger dan %1: de ouders (met gezag) geven toestemming.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/labels.py" line="123"/>
        <source>%1 to %2: the young person and the parents must both consent.</source>
        <translation>%1 tot en met %2 jaar: de jongere én de ouders moeten beiden toestemming geven.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/labels.py" line="126"/>
        <source>%1 or older: the young person consents alone.</source>
        <translation>%1 jaar of ouder: de jongere geeft zelf toestemming.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/labels.py" line="133"/>
        <source>the young person</source>
        <translation>de jongere</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/labels.py" line="134"/>
        <source>the parents</source>
        <translation>de ouders</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/labels.py" line="135"/>
        <source>the young person and the parents</source>
        <translation>de jongere en de ouders</translation>
    </message>
</context>
<context>
    <name>ShareWizard</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/wizard.py" line="73"/>
        <location filename="../../jongerenwerk_desk/ui/share/wizard.py" line="165"/>
        <source>Share under covenant</source>
        <translation>Delen onder convenant</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/wizard.py" line="95"/>
        <source>&amp;Export and record</source>
        <translation>&amp;Exporteren en vastleggen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/wizard.py" line="173"/>
        <source>Nothing was shared.</source>
        <translation>Er is niets gedeeld.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/wizard.py" line="177"/>
        <source>This step could not be completed. Nothing was shared. Close the wizard and try again; if it happens again, ask the privacy officer or support.</source>
        <translation>Dit kon niet worden afgerond. Er is niets gedeeld. Sluit de wizard en probeer het opnieuw; gebeurt het weer, vraag dan de privacyfunctionaris of ondersteuning.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/wizard.py" line="220"/>
        <source>Check changed</source>
        <translation>Toets gewijzigd</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/wizard.py" line="221"/>
        <source>The check gives a different result now. Look at the preview again before you continue.</source>
        <translation>De toets geeft nu een andere uitkomst. Bekijk het voorbeeld opnieuw voordat u verdergaat.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/wizard.py" line="247"/>
        <source>Preview changed</source>
        <translation>Voorbeeld gewijzigd</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/wizard.py" line="248"/>
        <source>What would be shared changed since the preview. Look at the preview again.</source>
        <translation>Wat gedeeld zou worden is veranderd sinds het voorbeeld. Bekijk het voorbeeld opnieuw.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/wizard.py" line="277"/>
        <source>Discard changes?</source>
        <translation>Wijzigingen weggooien?</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/wizard.py" line="278"/>
        <source>Close the wizard and discard what you chose and wrote? Nothing has been shared.</source>
        <translation>De wizard sluiten en weggooien wat u hebt gekozen en geschreven? Er is niets gedeeld.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/wizard.py" line="280"/>
        <source>&amp;Discard</source>
        <translation>&amp;Weggooien</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/wizard.py" line="280"/>
        <source>&amp;Keep working</source>
        <translation>&amp;Verder werken</translation>
    </message>
    <message>
        <source>Correction of disclosure %1 of %2: it goes only to the earlier recipients, about the young people it named.</source>
        <translation>Correctie van verstrekking %1 van %2: deze gaat alleen naar de eerdere ontvangers, over de jongeren die daarin stonden.</translation>
    </message>
</context>
</TS>
