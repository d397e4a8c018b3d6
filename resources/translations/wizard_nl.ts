<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/check_page.py" line="37"/>
        <source>Result of the check</source>
        <translation>Uitkomst van de toets</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/check_page.py" line="38"/>
        <source>The covenant check of this disclosure (verstrekking). Read every finding; acknowledge each warning.</source>
        <translation>De toets van deze verstrekking aan het convenant. Lees elke bevinding en bevestig elke waarschuwing afzonderlijk.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/check_page.py" line="77"/>
        <source>This disclosure may not go ahead (blocking findings: %1). There is no override. The way out: go Back and remove the item concerned under “%2”, record the missing ground under “%3”, or ask the privacy officer to have the covenant profile changed.</source>
        <translation>Deze verstrekking mag niet doorgaan (blokkerende bevindingen: %1). Er is geen knop om dit te negeren. Wat u wel kunt doen: ga Terug en laat het onderdeel weg bij ‘%2’, leg de ontbrekende grondslag vast bij ‘%3’, of vraag de privacyfunctionaris het convenantprofiel te laten aanpassen.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/check_page.py" line="87"/>
        <source>Allowed, with warnings: %1. Tick each warning once you have weighed it; then you can continue.</source>
        <translation>Toegestaan, met waarschuwingen: %1. Vink elke waarschuwing aan zodra u die hebt afgewogen; daarna kunt u verder.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/check_page.py" line="90"/>
        <source>Allowed: no blocks and no warnings.</source>
        <translation>Toegestaan: geen blokkades en geen waarschuwingen.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/check_page.py" line="97"/>
        <source>Blocks</source>
        <translation>Blokkeert</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/check_page.py" line="97"/>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/check_page.py" line="98"/>
        <source>For your information</source>
        <translation>Ter informatie</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/check_page.py" line="105"/>
        <source>Code: %1</source>
        <translation>Code: %1</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/check_page.py" line="118"/>
        <source>Concerns: %1</source>
        <translation>Betreft: %1</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/check_page.py" line="120"/>
        <source>Basis: %1</source>
        <translation>Grondslag: %1</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/check_page.py" line="124"/>
        <source>I have read and weighed this warning</source>
        <translation>Ik heb deze waarschuwing gelezen en afgewogen</translation>
    </message>
    <message>
        <source>Worried about a young person? Other routes</source>
        <translation>Zorgen om een jongere? Andere wegen</translation>
    </message>
    <message>
        <source>This cannot go through the meeting. If you fear for a young person, do not wait: use one of these routes. In acute danger call 112 first; otherwise talk to your designated safeguarding officer today and follow the reporting code.</source>
        <translation>Dit kan niet via het overleg. Maakt u zich zorgen om een jongere, wacht dan niet: kies een van deze wegen. Bij acuut gevaar eerst 112; anders vandaag nog overleggen met de aandachtsfunctionaris en de meldcode volgen.</translation>
    </message>
    <message>
        <source>Follows from: %1</source>
        <translation>Volgt uit: %1</translation>
    </message>
    <message>
        <source>I read the text: the kind of information is right as recorded (otherwise change the signal's category)</source>
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
        <location filename="../../jongerenwerk_desk/ui/share/export_page.py" line="45"/>
        <source>Export and record</source>
        <translation>Exporteren en vastleggen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/export_page.py" line="46"/>
        <source>Choose the format and the folder. Exporting records the disclosure in the register; you will be asked for your passphrase.</source>
        <translation>Kies het formaat en de map. Bij het exporteren wordt de verstrekking vastgelegd in het register; u wordt om het wachtwoord van uw notitieboek gevraagd.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/export_page.py" line="55"/>
        <source>&amp;PDF</source>
        <translation>&amp;PDF</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/export_page.py" line="58"/>
        <source>&amp;CSV for Excel</source>
        <translation>&amp;CSV voor Excel</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/export_page.py" line="60"/>
        <source>Protect the PDF with a pass&amp;word (AES-256)</source>
        <translation>Beveilig de PDF met een &amp;wachtwoord (AES-256)</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/export_page.py" line="73"/>
        <source>No folder chosen</source>
        <translation>Geen map gekozen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/export_page.py" line="74"/>
        <source>Choose &amp;folder…</source>
        <translation>&amp;Map kiezen…</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/export_page.py" line="90"/>
        <source>Format</source>
        <translation>Formaat</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/export_page.py" line="94"/>
        <source>Password:</source>
        <translation>Wachtwoord:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/export_page.py" line="95"/>
        <source>Repeat:</source>
        <translation>Herhaal:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/export_page.py" line="99"/>
        <source>Send the password by another route than the file (for example by phone).</source>
        <translation>Geef het wachtwoord via een andere weg door dan het bestand (bijvoorbeeld telefonisch).</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/export_page.py" line="104"/>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/export_page.py" line="122"/>
        <source>File name(s): %1 (the number is the disclosure number in the register).</source>
        <translation>Bestandsnaam: %1 (het nummer is het nummer van de verstrekking in het register).</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/export_page.py" line="140"/>
        <source>Choose at least one format.</source>
        <translation>Kies ten minste één formaat.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/export_page.py" line="142"/>
        <source>Choose an existing folder.</source>
        <translation>Kies een bestaande map.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/export_page.py" line="145"/>
        <source>The PDF password needs at least %1 characters.</source>
        <translation>Het PDF-wachtwoord moet ten minste %1 tekens hebben.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/export_page.py" line="148"/>
        <source>The two passwords differ.</source>
        <translation>De twee wachtwoorden zijn niet gelijk.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/export_page.py" line="195"/>
        <source>An export is a disclosure. Enter the passphrase of your notebook to confirm:</source>
        <translation>Exporteren is een verstrekking. Voer het wachtwoord van uw notitieboek in om te bevestigen:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/export_page.py" line="200"/>
        <source>Demo: the passphrase is “%1”.</source>
        <translation>Demo: het wachtwoord is ‘%1’.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/export_page.py" line="203"/>
        <source>Confirm the disclosure</source>
        <translation>Verstrekking bevestigen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/export_page.py" line="255"/>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/export_page.py" line="256"/>
        <source>Disclosure %1 recorded in the register.</source>
        <translation>Verstrekking %1 is vastgelegd in het register.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/export_page.py" line="258"/>
        <source>%1 — SHA-256 %2</source>
        <translation>%1 — SHA-256 %2</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/export_page.py" line="272"/>
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
        <location filename="../../jongerenwerk_desk/ui/share/grounds_page.py" line="53"/>
        <source>Grounds</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/grounds_page.py" line="54"/>
        <source>Record why each item is necessary, why a lighter means does not suffice, and on which ground confidences may be shared.</source>
        <translation>Leg vast waarom elk onderdeel noodzakelijk is, waarom een lichter middel niet volstaat, en op welke grondslag vertrouwelijke informatie gedeeld mag worden.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/grounds_page.py" line="74"/>
        <source>Only group-level items are chosen: no necessity per person is needed.</source>
        <translation>Er zijn alleen onderdelen op groepsniveau gekozen: noodzakelijkheid per persoon is niet nodig.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/grounds_page.py" line="111"/>
        <source>Subsidiarity</source>
        <translation>Subsidiariteit</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/grounds_page.py" line="114"/>
        <source>Why is group level, anonymous sharing or not sharing at all not enough?</source>
        <translation>Waarom is delen op groepsniveau, anoniem delen of helemaal niet delen niet genoeg?</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/grounds_page.py" line="123"/>
        <source>Necessity per item</source>
        <translation>Noodzakelijkheid per onderdeel</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/grounds_page.py" line="126"/>
        <source>Why is this item necessary for the purpose? At least %1 characters.</source>
        <translation>Waarom is dit onderdeel noodzakelijk voor het doel? Ten minste %1 tekens.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/grounds_page.py" line="142"/>
        <source>Data subject %1</source>
        <translation>Betrokkene %1</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/grounds_page.py" line="143"/>
        <source>%1 years</source>
        <translation>%1 jaar</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/grounds_page.py" line="144"/>
        <source>age unknown</source>
        <translation>leeftijd onbekend</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/grounds_page.py" line="148"/>
        <source>Consent (toestemming): %1</source>
        <translation>Toestemming: %1</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/grounds_page.py" line="155"/>
        <source>Valid consent for this disclosure: yes.</source>
        <translation>Geldige toestemming voor deze verstrekking: ja.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/grounds_page.py" line="156"/>
        <source>Valid consent for this disclosure: no (%1).</source>
        <translation>Geldige toestemming voor deze verstrekking: nee (%1).</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/grounds_page.py" line="160"/>
        <source>No consent on file.</source>
        <translation>Geen toestemming vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/grounds_page.py" line="167"/>
        <source>Only when informing is (still) not possible: the reason</source>
        <translation>Alleen als informeren (nog) niet kan: de reden</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/grounds_page.py" line="173"/>
        <source>Reason not to inform:</source>
        <translation>Reden om niet te informeren:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/grounds_page.py" line="181"/>
        <source>Given by %1 on %2 for “%3” to %4.</source>
        <translation>Gegeven door %1 op %2 voor ‘%3’ aan %4.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/grounds_page.py" line="187"/>
        <source>Withdrawn on %1.</source>
        <translation>Ingetrokken op %1.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/grounds_page.py" line="190"/>
        <source>Explicit consent for special categories.</source>
        <translation>Uitdrukkelijke toestemming voor bijzondere persoonsgegevens.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/grounds_page.py" line="194"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/grounds_page.py" line="194"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/grounds_page.py" line="195"/>
        <source>Informed: young person %1</source>
        <translation>Geïnformeerd: jongere %1</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/grounds_page.py" line="198"/>
        <source>parents %1</source>
        <translation>ouders %1</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/grounds_page.py" line="204"/>
        <source>Conflict of duties (conflict van plichten)</source>
        <translation>Conflict van plichten</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/grounds_page.py" line="207"/>
        <source>Confidences may only be shared with valid consent, or when keeping them would cause serious harm that can be prevented no other way. Record your reasoning and who you consulted (a colleague, your manager or the privacy officer).</source>
        <translation>Wat in vertrouwen is verteld, mag alleen gedeeld worden met geldige toestemming, of als zwijgen ernstige schade veroorzaakt die op geen andere manier te voorkomen is. Leg uw afweging vast en wie u hebt geraadpleegd (een collega, uw leidinggevende of de privacyfunctionaris).</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/grounds_page.py" line="210"/>
        <source>I invoke a &amp;conflict of duties for the confidential items</source>
        <translation>Ik beroep me op een &amp;conflict van plichten voor de vertrouwelijke onderdelen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/grounds_page.py" line="214"/>
        <source>Reasoning: which harm, why no other way</source>
        <translation>Afweging: welke schade, waarom geen andere weg</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/grounds_page.py" line="217"/>
        <source>Consulted: who and when</source>
        <translation>Geraadpleegd: wie en wanneer</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/grounds_page.py" line="233"/>
        <source>Vital interest (special categories)</source>
        <translation>Vitaal belang (bijzondere persoonsgegevens)</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/grounds_page.py" line="236"/>
        <source>Special-category data (health, origin, belief) may only be shared with explicit consent or to protect someone&apos;s vital interest. Leave empty if there is none.</source>
        <translation>Bijzondere persoonsgegevens (gezondheid, afkomst, geloof) mogen alleen gedeeld worden met uitdrukkelijke toestemming of om een vitaal belang van iemand te beschermen. Laat leeg als dat er niet is.</translation>
    </message>
    <message>
        <source>Why is this item necessary for the purpose? At least %1 characters and %2 different words of three or more letters.</source>
        <translation>Waarom is dit onderdeel nodig voor het doel? Minstens %1 tekens en %2 verschillende woorden van drie of meer letters.</translation>
    </message>
    <message>
        <source>A conflict of duties, a vital interest, a refusal or an exception to informing is recorded on the young person (tabs Grounds and Informing), with its date; the check reads it from there.</source>
        <translation>Een conflict van plichten, een vitaal belang, een weigering of een uitzondering op het informeren legt u vast bij de jongere (tabbladen Grondslagen en Informeren), met de datum; de toets leest het daar.</translation>
    </message>
    <message>
        <source>Conflict of duties on file: advice of %1 on %2.</source>
        <translation>Conflict van plichten vastgelegd: advies van %1 op %2.</translation>
    </message>
    <message>
        <source>Refused by %1 on %2 for “%3”.</source>
        <translation>Geweigerd door %1 op %2 voor “%3”.</translation>
    </message>
    <message>
        <source>Exception to informing on file: %1, review by %2.</source>
        <translation>Uitzondering op het informeren vastgelegd: %1, herbeoordelen uiterlijk %2.</translation>
    </message>
    <message>
        <source>no ground</source>
        <translation>geen grond</translation>
    </message>
    <message>
        <source>Conflict of duties for group-level items</source>
        <translation>Conflict van plichten voor groepsgegevens</translation>
    </message>
    <message>
        <source>A group-level confidence may only be shared with the consent of who told it, or when keeping it would cause serious harm that can be prevented no other way. Record your reasoning, whom you consulted, when (the advice counts %1 days) and what they advised.</source>
        <translation>Een vertrouwelijk groepsgegeven mag alleen mee met toestemming van wie het vertelde, of als zwijgen ernstige schade geeft die niet anders te voorkomen is. Leg uw afweging vast, wie u raadpleegde, wanneer (het advies telt %1 dagen) en wat die adviseerde.</translation>
    </message>
    <message>
        <source>I invoke a &amp;conflict of duties for the group-level confidential items</source>
        <translation>Ik beroep me op een &amp;conflict van plichten voor de vertrouwelijke groepsgegevens</translation>
    </message>
    <message>
        <source>What did they advise?</source>
        <translation>Wat was het advies?</translation>
    </message>
    <message>
        <source>Consulted:</source>
        <translation>Geraadpleegd:</translation>
    </message>
    <message>
        <source>Advice given on:</source>
        <translation>Datum advies:</translation>
    </message>
    <message>
        <source>Special-category data (health, origin, belief) may only be shared with explicit consent, or to protect a vital interest when the young person cannot consent now. From %1 years, a young person who said no cannot be passed over. Record a vital interest on the young person (tab Grounds).</source>
        <translation>Bijzondere gegevens (gezondheid, afkomst, geloof) mogen alleen mee met uitdrukkelijke toestemming, of voor een vitaal belang als de jongere nu geen toestemming kan geven. Vanaf %1 jaar kan een jongere die nee zei niet worden gepasseerd. Leg een vitaal belang vast bij de jongere (tabblad Grondslagen).</translation>
    </message>
    <message>
        <source>Vital interest on file: %1</source>
        <translation>Vitaal belang vastgelegd: %1</translation>
    </message>
    <message>
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
        <location filename="../../jongerenwerk_desk/ui/share/items_page.py" line="38"/>
        <source>The group and what to include</source>
        <translation>De groep en wat u meestuurt</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/items_page.py" line="39"/>
        <source>Tick only what the purpose needs. Everything comes from the notebook; nothing is typed anew.</source>
        <translation>Vink alleen aan wat het doel nodig heeft. Alles komt uit het notitieboek; er wordt niets opnieuw getypt.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/items_page.py" line="45"/>
        <source>Young people and signals to include</source>
        <translation>Jongeren en signalen om mee te nemen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/items_page.py" line="46"/>
        <source>Item</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/items_page.py" line="46"/>
        <source>Fact or impression</source>
        <translation>Feit of indruk</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/items_page.py" line="47"/>
        <source>Markers</source>
        <translation>Kenmerken</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/items_page.py" line="56"/>
        <source>Include &amp;identity of ticked young people (initials and year of birth)</source>
        <translation>&amp;Identiteit van aangevinkte jongeren meesturen (initialen en geboortejaar)</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/items_page.py" line="59"/>
        <source>Include their &amp;role in the group</source>
        <translation>Hun &amp;rol in de groep meesturen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/items_page.py" line="94"/>
        <source>Group: %1 — step %2</source>
        <translation>Groep: %1 — stap %2</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/items_page.py" line="99"/>
        <source>This step or purpose allows group-level information only: do not tick young people or signals about one young person (no name list before step 2B).</source>
        <translation>Deze stap of dit doel staat alleen informatie op groepsniveau toe: vink geen jongeren aan en geen signalen over één jongere (geen namenlijst vóór stap 2B).</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/items_page.py" line="102"/>
        <source>Person-level information is possible in this step, only where it is necessary for the purpose.</source>
        <translation>In deze stap mag informatie over personen gedeeld worden, maar alleen waar dat noodzakelijk is voor het doel.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/items_page.py" line="117"/>
        <source>Young people in the group (%1)</source>
        <translation>Jongeren in de groep (%1)</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/items_page.py" line="121"/>
        <source>Signals of the group (%1)</source>
        <translation>Signalen van de groep (%1)</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/items_page.py" line="192"/>
        <source>born %1, age unknown</source>
        <translation>geboren %1, leeftijd onbekend</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/items_page.py" line="194"/>
        <source>born %1, %2 years</source>
        <translation>geboren %1, %2 jaar</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/items_page.py" line="241"/>
        <source>ticked</source>
        <translation>aangevinkt</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/items_page.py" line="242"/>
        <source>not ticked</source>
        <translation>niet aangevinkt</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/items_page.py" line="303"/>
        <source>%1 ticked signal(s) also concern a young person you did not choose; that young person is weighed as a data subject in the check (consent, age, informing). Tick that young person too if that is right, or untick the signal.</source>
        <translation>Aangevinkte signalen die ook gaan over een jongere die u niet hebt gekozen: %1. Die jongere wordt in de toets als betrokkene meegewogen (toestemming, leeftijd, informeren). Vink die jongere ook aan als dat klopt, of vink het signaal uit.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/items_page.py" line="317"/>
        <source>This signal also concerns a young person you did not choose; they are weighed as a data subject.</source>
        <translation>Dit signaal gaat ook over een jongere die u niet hebt gekozen; die wordt als betrokkene meegewogen.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/items_page.py" line="190"/>
        <source>date of birth unknown</source>
        <translation>geboortedatum onbekend</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/items_page.py" line="196"/>
        <source>role: %1</source>
        <translation>rol: %1</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/items_page.py" line="204"/>
        <source>unknown category %1</source>
        <translation>onbekende categorie %1</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/items_page.py" line="212"/>
        <source>told in confidence</source>
        <translation>in vertrouwen verteld</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/items_page.py" line="214"/>
        <source>special category (art. 9)</source>
        <translation>bijzonder persoonsgegeven (art. 9)</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/items_page.py" line="216"/>
        <source>criminal data (art. 10)</source>
        <translation>strafrechtelijk gegeven (art. 10)</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/items_page.py" line="218"/>
        <source>from others</source>
        <translation>van derden</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/items_page.py" line="220"/>
        <source>about %1</source>
        <translation>over %1</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/items_page.py" line="221"/>
        <source>fact</source>
        <translation>feit</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/items_page.py" line="221"/>
        <source>impression</source>
        <translation>indruk</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/items_page.py" line="291"/>
        <source>Chosen: %1 young people, %2 signals.</source>
        <translation>Gekozen: %1 jongeren, %2 signalen.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/items_page.py" line="296"/>
        <source>Ticked signals about a young person you did not tick: %1. Tick that young person too, so that their consent, age and informing are checked, or untick the signal.</source>
        <translation>Aangevinkte signalen over een jongere die u niet hebt aangevinkt: %1. Vink die jongere ook aan, zodat toestemming, leeftijd en informeren worden getoetst, of vink het signaal uit.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/preview_page.py" line="51"/>
        <source>Preview and redaction</source>
        <translation>Voorbeeld en redactie</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/preview_page.py" line="52"/>
        <source>This is exactly what leaves the notebook. Read every text: only texts you tick as reviewed are included. Drop what is not needed.</source>
        <translation>Dit is precies wat het notitieboek verlaat. Lees elke tekst: alleen teksten die u als nagekeken aanvinkt, gaan mee. Laat weg wat niet nodig is.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/preview_page.py" line="87"/>
        <source>The check now blocks this disclosure. Go Back to the check to see why.</source>
        <translation>De toets blokkeert deze verstrekking nu. Ga Terug naar de toets om te zien waarom.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/preview_page.py" line="94"/>
        <source>Your changes here add a warning. Next takes you back to the check to acknowledge it.</source>
        <translation>Uw keuzes hier geven een nieuwe waarschuwing. Met Volgende gaat u terug naar de toets om die te bevestigen.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/preview_page.py" line="99"/>
        <source>Items in the summary: %1.</source>
        <translation>Onderdelen in de samenvatting: %1.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/preview_page.py" line="111"/>
        <source>Items left out by the rules of the summary: %1.</source>
        <translation>Onderdelen weggelaten volgens de regels van de samenvatting: %1.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/preview_page.py" line="136"/>
        <source>Covenant: %1, version %2</source>
        <translation>Convenant: %1, versie %2</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/preview_page.py" line="138"/>
        <source>Purpose: %1 (step %2)</source>
        <translation>Doel: %1 (stap %2)</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/preview_page.py" line="140"/>
        <source>Recipients: %1</source>
        <translation>Ontvangers: %1</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/preview_page.py" line="141"/>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/preview_page.py" line="142"/>
        <source>Disclosure number: assigned at export</source>
        <translation>Nummer van de verstrekking: volgt bij het exporteren</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/preview_page.py" line="151"/>
        <source>Group: %1 (step %2)</source>
        <translation>Groep: %1 (stap %2)</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/preview_page.py" line="156"/>
        <source>Period: %1</source>
        <translation>Periode: %1</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/preview_page.py" line="158"/>
        <source>Locations: %1</source>
        <translation>Plekken: %1</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/preview_page.py" line="161"/>
        <source>Online: %1</source>
        <translation>Online: %1</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/preview_page.py" line="176"/>
        <source>Text not included (not reviewed). The text in the notebook:</source>
        <translation>Tekst gaat niet mee (niet nagekeken). De tekst in het notitieboek:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/preview_page.py" line="187"/>
        <source>Text reviewed: no names of others, only what is needed — include it</source>
        <translation>Tekst nagekeken: geen namen van anderen, alleen wat nodig is — meesturen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/preview_page.py" line="197"/>
        <source>Drop</source>
        <translation>Weglaten</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/preview_page.py" line="199"/>
        <source>Leave this item out of the disclosure</source>
        <translation>Dit onderdeel niet verstrekken</translation>
    </message>
</context>
<context>
    <name>PurposePage</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/purpose_page.py" line="29"/>
        <source>Purpose, step and recipients</source>
        <translation>Doel, stap en ontvangers</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/purpose_page.py" line="30"/>
        <source>Choose the group, the step of the 7-step model, the purpose under the covenant (purpose limitation) and who receives it.</source>
        <translation>Kies de groep, de stap in het 7-stappenmodel, het doel onder het convenant (doelbinding) en wie de verstrekking ontvangt.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/purpose_page.py" line="41"/>
        <source>Recipients</source>
        <translation>Ontvangers</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/purpose_page.py" line="45"/>
        <source>There are no groups in the notebook yet. Add the group first.</source>
        <translation>Er staan nog geen groepen in het notitieboek. Voeg eerst de groep toe.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/purpose_page.py" line="48"/>
        <source>&amp;Group:</source>
        <translation>&amp;Groep:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/purpose_page.py" line="49"/>
        <source>&amp;Step:</source>
        <translation>&amp;Stap:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/purpose_page.py" line="50"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Doel:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/purpose_page.py" line="59"/>
        <source>Step %1</source>
        <translation>Stap %1</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/purpose_page.py" line="69"/>
        <source>valid %1 to %2</source>
        <translation>geldig van %1 tot en met %2</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/purpose_page.py" line="73"/>
        <source>valid from %1, no end date</source>
        <translation>geldig vanaf %1, geen einddatum</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/purpose_page.py" line="76"/>
        <source>Covenant: %1, version %2 (%3)</source>
        <translation>Convenant: %1, versie %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/purpose_page.py" line="159"/>
        <source>Cannot be chosen: %1. Under the covenant this party may only receive information for a purpose it belongs to, and only once it has signed.</source>
        <translation>Niet te kiezen: %1. Onder het convenant mag deze partij alleen informatie ontvangen voor een doel waar zij bij hoort, en pas als zij heeft ondertekend.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/purpose_page.py" line="130"/>
        <source>group level only: no names</source>
        <translation>alleen groepsniveau: geen namen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/purpose_page.py" line="131"/>
        <source>group and person level</source>
        <translation>groeps- en persoonsniveau</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/purpose_page.py" line="135"/>
        <source>Steps: %1. Level: %2. Categories: %3.</source>
        <translation>Stappen: %1. Niveau: %2. Categorieën: %3.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/purpose_page.py" line="148"/>
        <source>has not signed</source>
        <translation>heeft niet ondertekend</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/purpose_page.py" line="150"/>
        <source>not a recipient for this purpose</source>
        <translation>geen ontvanger bij dit doel</translation>
    </message>
    <message>
        <source>The step is the group's recorded step; change it on the group, with the date and meeting of the decision.</source>
        <translation>De stap is de vastgelegde stap van de groep; wijzig die bij de groep, met de datum en het overleg van het besluit.</translation>
    </message>
    <message>
        <source>Step %1, decided on %2 in: %3.</source>
        <translation>Stap %1, besloten op %2 in: %3.</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>Stap:</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/register_view.py" line="50"/>
        <source>Disclosure &amp;register…</source>
        <translation>Verstrekkingen&amp;register…</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/register_view.py" line="51"/>
        <source>List the recorded disclosures (verstrekkingen) per young person, recipient and period, and check the register&apos;s chain</source>
        <translation>Toon de vastgelegde verstrekkingen per jongere, ontvanger en periode, en controleer de keten van het register</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/register_view.py" line="83"/>
        <source>erased</source>
        <translation>gewist</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/register_view.py" line="119"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/register_view.py" line="119"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/register_view.py" line="120"/>
        <source>Recipients</source>
        <translation>Ontvangers</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/register_view.py" line="120"/>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/register_view.py" line="121"/>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/register_view.py" line="121"/>
        <source>Legal basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/register_view.py" line="122"/>
        <source>Young people</source>
        <translation>Betrokkenen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/register_view.py" line="122"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/register_view.py" line="195"/>
        <source>Disclosure register</source>
        <translation>Verstrekkingenregister</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/register_view.py" line="202"/>
        <source>Disclosures</source>
        <translation>Verstrekkingen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/register_view.py" line="229"/>
        <source>&amp;From</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/register_view.py" line="230"/>
        <source>&amp;Until</source>
        <translation>&amp;Tot en met</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/register_view.py" line="234"/>
        <source>&amp;Young person:</source>
        <translation>&amp;Jongere:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/register_view.py" line="236"/>
        <source>R&amp;ecipient:</source>
        <translation>&amp;Ontvanger:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/register_view.py" line="287"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/register_view.py" line="314"/>
        <source>The register cannot be read. Lock the notebook, open it again and run the check (verify).</source>
        <translation>Het register kan niet worden gelezen. Vergrendel het notitieboek, open het opnieuw en voer de controle (verify) uit.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/register_view.py" line="321"/>
        <source>Shown: %1 of %2</source>
        <translation>Getoond: %1 van %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jongerenwerk_desk/ui/share/register_view.py" line="331"/>
        <source>Register intact: %n disclosure(s), chain is correct</source>
        <translation>
            <numerusform>Register intact: %n verstrekking, keten klopt</numerusform>
            <numerusform>Register intact: %n verstrekkingen, keten klopt</numerusform>
        </translation>
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
        <location filename="../../jongerenwerk_desk/ui/share/exporting.py" line="88"/>
        <source>That passphrase is not correct. Nothing was exported or recorded.</source>
        <translation>Dat wachtwoord klopt niet. Er is niets geëxporteerd of vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/exporting.py" line="91"/>
        <source>The check changed just before the export. Nothing was exported or recorded; go back to the check.</source>
        <translation>De toets veranderde vlak voor het exporteren. Er is niets geëxporteerd of vastgelegd; ga terug naar de toets.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/exporting.py" line="97"/>
        <source>The notebook changed since the preview. Nothing was exported or recorded; look at the preview again.</source>
        <translation>Het notitieboek is gewijzigd sinds het voorbeeld. Er is niets geëxporteerd of vastgelegd; bekijk het voorbeeld opnieuw.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/exporting.py" line="100"/>
        <source>Nothing was recorded.</source>
        <translation>Er is niets vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/exporting.py" line="102"/>
        <source>The file could not be written (disk full, no permission, or the folder is gone). Nothing was recorded.</source>
        <translation>Het bestand kon niet worden geschreven (schijf vol, geen toegang, of de map bestaat niet meer). Er is niets vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/exporting.py" line="104"/>
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
        <location filename="../../jongerenwerk_desk/ui/share/labels.py" line="116"/>
        <source>Age unknown: the young person and the parents must both consent.</source>
        <translation>Leeftijd onbekend: de jongere én de ouders moeten beiden toestemming geven.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/labels.py" line="119"/>
        <source>Under %1: the parents (with parental authority) consent.</source>
        <translation>Jonger dan %1: de ouders (met gezag) geven toestemming.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/labels.py" line="122"/>
        <source>%1 to %2: the young person and the parents must both consent.</source>
        <translation>%1 tot en met %2 jaar: de jongere én de ouders moeten beiden toestemming geven.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/labels.py" line="125"/>
        <source>%1 or older: the young person consents alone.</source>
        <translation>%1 jaar of ouder: de jongere geeft zelf toestemming.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/labels.py" line="132"/>
        <source>the young person</source>
        <translation>de jongere</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/labels.py" line="133"/>
        <source>the parents</source>
        <translation>de ouders</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/labels.py" line="134"/>
        <source>the young person and the parents</source>
        <translation>de jongere en de ouders</translation>
    </message>
</context>
<context>
    <name>ShareWizard</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/wizard.py" line="68"/>
        <location filename="../../jongerenwerk_desk/ui/share/wizard.py" line="125"/>
        <source>Share under covenant</source>
        <translation>Delen onder convenant</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/wizard.py" line="88"/>
        <source>&amp;Export and record</source>
        <translation>&amp;Exporteren en vastleggen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/wizard.py" line="133"/>
        <source>Nothing was shared.</source>
        <translation>Er is niets gedeeld.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/wizard.py" line="137"/>
        <source>This step could not be completed. Nothing was shared. Close the wizard and try again; if it happens again, ask the privacy officer or support.</source>
        <translation>Dit kon niet worden afgerond. Er is niets gedeeld. Sluit de wizard en probeer het opnieuw; gebeurt het weer, vraag dan de privacyfunctionaris of ondersteuning.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/wizard.py" line="176"/>
        <source>Check changed</source>
        <translation>Toets gewijzigd</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/wizard.py" line="177"/>
        <source>The check gives a different result now. Review the findings again before you continue.</source>
        <translation>De toets geeft nu een andere uitkomst. Bekijk de bevindingen opnieuw voordat u verdergaat.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/wizard.py" line="205"/>
        <source>Preview changed</source>
        <translation>Voorbeeld gewijzigd</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/wizard.py" line="206"/>
        <source>What would be shared changed since the preview. Look at the preview again.</source>
        <translation>Wat gedeeld zou worden is veranderd sinds het voorbeeld. Bekijk het voorbeeld opnieuw.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/wizard.py" line="235"/>
        <source>Discard changes?</source>
        <translation>Wijzigingen weggooien?</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/wizard.py" line="236"/>
        <source>Close the wizard and discard what you chose and wrote? Nothing has been shared.</source>
        <translation>De wizard sluiten en weggooien wat u hebt gekozen en geschreven? Er is niets gedeeld.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/wizard.py" line="238"/>
        <source>&amp;Discard</source>
        <translation>&amp;Weggooien</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/share/wizard.py" line="238"/>
        <source>&amp;Keep working</source>
        <translation>&amp;Verder werken</translation>
    </message>
    <message>
        <source>Correction of disclosure %1 of %2: it goes only to the earlier recipients, about the young people it named.</source>
        <translation>Correctie van verstrekking %1 van %2: deze gaat alleen naar de eerdere ontvangers, over de jongeren die daarin stonden.</translation>
    </message>
</context>
</TS>
