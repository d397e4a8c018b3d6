<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ConflictOfDutiesEditor</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/grounds_editor.py" line="57"/>
        <source>Conflict of duties</source>
        <translation>Conflict van plichten</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/grounds_editor.py" line="59"/>
        <source>Reasoning for this young person</source>
        <translation>Afweging voor deze jongere</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/grounds_editor.py" line="66"/>
        <source>Advice</source>
        <translation>Advies</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/grounds_editor.py" line="68"/>
        <source>Weigh it for this young person only. The advice counts for %1 days; after that, ask again.</source>
        <translation>Weeg het af voor alleen deze jongere. Het advies telt %1 dagen; vraag daarna opnieuw advies.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/grounds_editor.py" line="70"/>
        <source>&amp;Reasoning:</source>
        <translation>&amp;Afweging:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/grounds_editor.py" line="71"/>
        <source>&amp;Consulted:</source>
        <translation>&amp;Geraadpleegd:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/grounds_editor.py" line="72"/>
        <source>Advice &amp;given on:</source>
        <translation>&amp;Datum advies:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/grounds_editor.py" line="73"/>
        <source>&amp;Advice:</source>
        <translation>Ad&amp;vies:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/grounds_editor.py" line="87"/>
        <source>Write down why protecting this young person outweighs the secret.</source>
        <translation>Schrijf op waarom het beschermen van deze jongere zwaarder weegt dan het geheim.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/grounds_editor.py" line="91"/>
        <source>Date of the advice</source>
        <translation>Datum van het advies</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/grounds_editor.py" line="94"/>
        <source>Write down what the person you consulted advised.</source>
        <translation>Schrijf op wat degene die u raadpleegde adviseerde.</translation>
    </message>
</context>
<context>
    <name>ConsentEditor</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/consent_editor.py" line="56"/>
        <source>Edit consent</source>
        <translation>Toestemming bewerken</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/consent_editor.py" line="56"/>
        <source>Record consent</source>
        <translation>Toestemming vastleggen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/consent_editor.py" line="61"/>
        <source>— choose a purpose —</source>
        <translation>— kies een doel —</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/consent_editor.py" line="65"/>
        <source>Recipients</source>
        <translation>Ontvangers</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/consent_editor.py" line="81"/>
        <source>E&amp;xplicit consent for special personal data (health, origin, belief)</source>
        <translation>E&amp;xpliciete toestemming voor bijzondere persoonsgegevens (gezondheid, afkomst, geloof)</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/consent_editor.py" line="83"/>
        <source>Fill in when the consent was withdrawn; the record stays, marked as withdrawn.</source>
        <translation>Vul in wanneer de toestemming is ingetrokken; de vastlegging blijft bewaard, gemarkeerd als ingetrokken.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/consent_editor.py" line="101"/>
        <source>&amp;Given by:</source>
        <translation>&amp;Gegeven door:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/consent_editor.py" line="102"/>
        <source>&amp;Purpose (doelbinding):</source>
        <translation>&amp;Doel (doelbinding):</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/consent_editor.py" line="103"/>
        <source>&amp;Recipients:</source>
        <translation>O&amp;ntvangers:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/consent_editor.py" line="106"/>
        <source>Given &amp;on:</source>
        <translation>Gegeven o&amp;p:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/consent_editor.py" line="107"/>
        <source>&amp;Form:</source>
        <translation>&amp;Vorm:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/consent_editor.py" line="110"/>
        <source>&amp;Withdrawn on:</source>
        <translation>&amp;Ingetrokken op:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/consent_editor.py" line="111"/>
        <source>N&amp;ote:</source>
        <translation>Toe&amp;lichting:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/consent_editor.py" line="208"/>
        <source>Choose the purpose the consent is for; consent is always for a purpose.</source>
        <translation>Kies het doel waarvoor de toestemming geldt; toestemming geldt altijd voor een doel (doelbinding).</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/consent_editor.py" line="211"/>
        <source>Tick at least one recipient the consent covers.</source>
        <translation>Vink minstens één ontvanger aan waarvoor de toestemming geldt.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/consent_editor.py" line="214"/>
        <source>Date given</source>
        <translation>Datum van toestemming</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/consent_editor.py" line="220"/>
        <source>Withdrawal date</source>
        <translation>Datum van intrekking</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/consent_editor.py" line="85"/>
        <source>For &amp;all kinds of data of the purpose</source>
        <translation>Voor &amp;alle soorten gegevens van het doel</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/consent_editor.py" line="88"/>
        <source>Kinds of data the consent covers</source>
        <translation>Soorten gegevens waarvoor de toestemming geldt</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/consent_editor.py" line="91"/>
        <source>Last day the consent counts; leave empty when it counts until withdrawn.</source>
        <translation>Laatste dag dat de toestemming telt; laat leeg als die telt tot intrekking.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/consent_editor.py" line="105"/>
        <source>&amp;Kinds of data:</source>
        <translation>&amp;Soorten gegevens:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/consent_editor.py" line="109"/>
        <source>&amp;Ends on:</source>
        <translation>&amp;Eindigt op:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/consent_editor.py" line="133"/>
        <source>Under %1 the parents (with authority) or guardian consent, from %1 to %2 the young person and the parents, from %2 the young person.</source>
        <translation>Onder %1 geven de ouders (met gezag) of de voogd toestemming, van %1 tot %2 de jongere en de ouders, vanaf %2 de jongere.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/consent_editor.py" line="145"/>
        <source>Age unknown: needed is %1.</source>
        <translation>Leeftijd onbekend: nodig is %1.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/consent_editor.py" line="146"/>
        <source>Age %1: needed is %2.</source>
        <translation>Leeftijd %1: nodig is %2.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/consent_editor.py" line="223"/>
        <source>End date</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/consent_editor.py" line="226"/>
        <source>Tick the kinds of data the consent covers, or choose all kinds.</source>
        <translation>Vink de soorten gegevens aan waarvoor de toestemming geldt, of kies alle soorten.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/fields.py" line="26"/>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/fields.py" line="28"/>
        <source>Date as day-month-year, for example 07-03-2011</source>
        <translation>Datum als dag-maand-jaar, bijvoorbeeld 07-03-2011</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/fields.py" line="48"/>
        <source>is not a valid date; type it as dd-mm-yyyy (for example 07-03-2011).</source>
        <translation>is geen geldige datum; typ hem als dd-mm-jjjj (bijvoorbeeld 07-03-2011).</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/fields.py" line="51"/>
        <source>is required.</source>
        <translation>is verplicht.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/fields.py" line="53"/>
        <source>lies in the future.</source>
        <translation>ligt in de toekomst.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/fields.py" line="55"/>
        <source>is before %1.</source>
        <translation>ligt vóór %1.</translation>
    </message>
</context>
<context>
    <name>Deleting</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/deleting.py" line="28"/>
        <source>Erase young person</source>
        <translation>Jongere wissen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/deleting.py" line="37"/>
        <source>Erase for good</source>
        <translation>Definitief wissen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/deleting.py" line="39"/>
        <source>Delete group</source>
        <translation>Groep verwijderen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/deleting.py" line="29"/>
        <source>Erase %1 for good? Their details, consents, informing records, group memberships and the signals that concern only them are removed from the notebook and cannot be brought back. Signals that also concern others are kept without the link. Backups made earlier still contain the data until you replace them.</source>
        <translation>%1 definitief wissen? De gegevens, toestemmingen, vastleggingen van informeren, groepslidmaatschappen en de signalen die alleen over deze jongere gaan, worden uit het notitieboek verwijderd en zijn niet terug te halen. Signalen die ook over anderen gaan, blijven bewaard zonder de koppeling. Eerder gemaakte reservekopieën bevatten de gegevens nog, tot u ze vervangt.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/deleting.py" line="35"/>
        <source>this young person</source>
        <translation>deze jongere</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/deleting.py" line="40"/>
        <source>Delete %1 with its step history and memberships? The young people and signals stay in the notebook. This cannot be undone.</source>
        <translation>%1 verwijderen, met de geschiedenis van stappen en de lidmaatschappen? De jongeren en signalen blijven in het notitieboek. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/deleting.py" line="43"/>
        <source>this group</source>
        <translation>deze groep</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/deleting.py" line="45"/>
        <location filename="../../jongerenwerk_desk/ui/views/deleting.py" line="49"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/deleting.py" line="46"/>
        <source>Delete signal</source>
        <translation>Signaal verwijderen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/deleting.py" line="47"/>
        <source>Delete this signal for good? This cannot be undone.</source>
        <translation>Dit signaal definitief verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/deleting.py" line="62"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/deleting.py" line="79"/>
        <source>Removing did not work; nothing was changed. Try again, or lock and unlock the notebook.</source>
        <translation>Verwijderen is niet gelukt; er is niets veranderd. Probeer het opnieuw, of vergrendel en ontgrendel het notitieboek.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/deleting.py" line="90"/>
        <source>The young person was erased. %1 signal(s) removed, %2 kept for the others involved.</source>
        <translation>De jongere is gewist. %1 signaal/signalen verwijderd, %2 bewaard voor de andere betrokkenen.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/deleting.py" line="94"/>
        <source>%1 kept signal(s) still mention the name in their text: search for them and edit them by hand.</source>
        <translation>%1 bewaard(e) signaal/signalen noemt/noemen de naam nog in de tekst: zoek ze op en pas ze met de hand aan.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/deleting.py" line="97"/>
        <source>Erased</source>
        <translation>Gewist</translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/base.py" line="92"/>
        <source>Errors</source>
        <extracomment>Longest accepted value of a one-line field (names, places, roles), in characters.</extracomment>
        <translation>Fouten</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/base.py" line="97"/>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/base.py" line="98"/>
        <source>Save (Enter)</source>
        <translation>Opslaan (Enter)</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/base.py" line="101"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/base.py" line="102"/>
        <source>Close without saving (Esc)</source>
        <translation>Sluiten zonder opslaan (Esc)</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/base.py" line="153"/>
        <source>%1 may be at most %2 characters long (now %3).</source>
        <translation>%1 mag hoogstens %2 tekens lang zijn (nu %3).</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/base.py" line="155"/>
        <source>A field</source>
        <translation>Een veld</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/base.py" line="165"/>
        <source>Phone number: 6 to 20 characters (digits, spaces, &apos;-&apos; and brackets), &apos;+&apos; only at the start, for example 06-12345678 or +31 6 12345678.</source>
        <translation>Telefoonnummer: 6 tot 20 tekens (cijfers, spaties, ‘-’ en haakjes), een ‘+’ alleen vooraan, bijvoorbeeld 06-12345678 of +31 6 12345678.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/base.py" line="178"/>
        <source>Saving did not work. Your input is still here; try again, or lock and unlock the notebook.</source>
        <translation>Opslaan is niet gelukt. Wat u hebt ingevuld staat er nog; probeer het opnieuw, of vergrendel en ontgrendel het notitieboek.</translation>
    </message>
</context>
<context>
    <name>EntityView</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/entity_view.py" line="113"/>
        <source>Search in %1</source>
        <translation>Zoeken in %1</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/entity_view.py" line="214"/>
        <source>%1 found</source>
        <translation>%1 gevonden</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/entity_view.py" line="217"/>
        <source>%1 in total</source>
        <translation>%1 in totaal</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/entity_view.py" line="227"/>
        <source>Could not read this list from the notebook. Lock and unlock to try again.</source>
        <translation>Deze lijst kon niet uit het notitieboek worden gelezen. Vergrendel en ontgrendel om het opnieuw te proberen.</translation>
    </message>
</context>
<context>
    <name>GroupEditor</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/group_editor.py" line="40"/>
        <source>Edit group</source>
        <translation>Groep bewerken</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/group_editor.py" line="40"/>
        <source>New group</source>
        <translation>Nieuwe groep</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/group_editor.py" line="46"/>
        <source>Places, separated by commas</source>
        <translation>Plekken, gescheiden door komma’s</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/group_editor.py" line="48"/>
        <source>Online platforms, separated by commas</source>
        <translation>Online platforms, gescheiden door komma’s</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/group_editor.py" line="52"/>
        <source>Step of the 7-stappenmodel the group is in. A change is kept in the group&apos;s history.</source>
        <translation>Stap van het 7-stappenmodel waarin de groep zit. Een wijziging wordt bewaard in de geschiedenis van de groep.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/group_editor.py" line="55"/>
        <source>Required when the step changes</source>
        <translation>Verplicht als de stap verandert</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/group_editor.py" line="56"/>
        <source>Why the group moves to another step; required when you change the step, kept in the history.</source>
        <translation>Waarom de groep naar een andere stap gaat; verplicht als u de stap wijzigt, wordt bewaard in de geschiedenis.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/group_editor.py" line="67"/>
        <source>&amp;Name or code:</source>
        <translation>&amp;Naam of code:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/group_editor.py" line="68"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/group_editor.py" line="69"/>
        <source>&amp;Locations:</source>
        <translation>&amp;Plekken:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/group_editor.py" line="70"/>
        <source>&amp;Platforms:</source>
        <translation>P&amp;latforms:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/group_editor.py" line="71"/>
        <source>&amp;Step (7-stappenmodel):</source>
        <translation>S&amp;tap (7-stappenmodel):</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/group_editor.py" line="72"/>
        <source>Reason for the step &amp;change:</source>
        <translation>&amp;Reden van de stapwijziging:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/group_editor.py" line="75"/>
        <source>N&amp;otes:</source>
        <translation>Not&amp;ities:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/group_editor.py" line="111"/>
        <source>Name or code of the group is required.</source>
        <translation>Naam of code van de groep is verplicht.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/group_editor.py" line="115"/>
        <source>Give a short reason for the step change; it is kept in the history.</source>
        <translation>Geef een korte reden voor de stapwijziging; die wordt bewaard in de geschiedenis.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/group_editor.py" line="60"/>
        <source>Date of the meeting that decided the step.</source>
        <translation>Datum van het overleg dat de stap besloot.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/group_editor.py" line="62"/>
        <source>e.g. youth group meeting of that date</source>
        <translation>bijv. jeugdgroepenoverleg van die datum</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/group_editor.py" line="63"/>
        <source>Where the step was decided (which meeting); kept in the history.</source>
        <translation>Waar de stap is besloten (welk overleg); wordt bewaard in de geschiedenis.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/group_editor.py" line="73"/>
        <source>&amp;Decided on:</source>
        <translation>&amp;Besloten op:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/group_editor.py" line="74"/>
        <source>Decided &amp;in:</source>
        <translation>B&amp;esloten in:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/group_editor.py" line="120"/>
        <source>Date of the decision</source>
        <translation>Datum van het besluit</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/group_editor.py" line="123"/>
        <source>Say which meeting decided the step.</source>
        <translation>Vul in welk overleg de stap heeft besloten.</translation>
    </message>
</context>
<context>
    <name>GroupPanel</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/group_panel.py" line="43"/>
        <source>Change &amp;step…</source>
        <translation>S&amp;tap wijzigen…</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/group_panel.py" line="44"/>
        <source>Opens the group editor; the reason is kept in the history.</source>
        <translation>Opent het groepsvenster; de reden wordt bewaard in de geschiedenis.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/group_panel.py" line="46"/>
        <source>S&amp;hare with the overleg…</source>
        <translation>Delen met het &amp;overleg…</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/group_panel.py" line="49"/>
        <source>Opens the share wizard for this group, filled in from its last disclosure: the step, the purpose, the recipients and the signals that are new since then.</source>
        <translation>Opent “Delen onder convenant” voor deze groep, ingevuld vanuit de vorige verstrekking: de stap, het doel, de ontvangers en de signalen die sindsdien nieuw zijn.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/group_panel.py" line="53"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/group_panel.py" line="53"/>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/group_panel.py" line="53"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/group_panel.py" line="54"/>
        <source>Step history</source>
        <translation>Geschiedenis van de stappen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/group_panel.py" line="55"/>
        <source>Young person</source>
        <translation>Jongere</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/group_panel.py" line="55"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/group_panel.py" line="55"/>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/group_panel.py" line="56"/>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/group_panel.py" line="56"/>
        <source>Members</source>
        <translation>Leden</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/group_panel.py" line="57"/>
        <source>&amp;Add member…</source>
        <translation>&amp;Lid toevoegen…</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/group_panel.py" line="58"/>
        <source>Change &amp;role…</source>
        <translation>&amp;Rol wijzigen…</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/group_panel.py" line="59"/>
        <source>Re&amp;move from group…</source>
        <translation>Uit groep &amp;verwijderen…</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/group_panel.py" line="60"/>
        <source>7-stappenmodel</source>
        <translation>7-stappenmodel</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/group_panel.py" line="68"/>
        <source>Members and roles</source>
        <translation>Leden en rollen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/group_panel.py" line="101"/>
        <source>Current step: %1</source>
        <translation>Huidige stap: %1</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/group_panel.py" line="162"/>
        <source>Remove from group</source>
        <translation>Uit groep verwijderen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/group_panel.py" line="163"/>
        <source>Remove this young person from the group? To keep the history, you can instead fill in an end date with &apos;Change role&apos;.</source>
        <translation>Deze jongere uit de groep verwijderen? Wilt u de geschiedenis bewaren, vul dan liever een einddatum in via ‘Rol wijzigen’.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/group_panel.py" line="165"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/group_panel.py" line="165"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/group_panel.py" line="54"/>
        <source>Decided</source>
        <translation>Besloten</translation>
    </message>
</context>
<context>
    <name>GroupsTableModel</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/tables.py" line="45"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/tables.py" line="46"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/tables.py" line="48"/>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/tables.py" line="50"/>
        <source>Locations</source>
        <translation>Plekken</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/tables.py" line="52"/>
        <source>Platforms</source>
        <translation>Platforms</translation>
    </message>
</context>
<context>
    <name>InformingEditor</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/consent_editor.py" line="255"/>
        <source>Informing the young person</source>
        <translation>Jongere informeren</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/consent_editor.py" line="262"/>
        <source>conversation, letter, app…</source>
        <translation>gesprek, brief, app…</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/consent_editor.py" line="263"/>
        <source>&amp;Not informed, on purpose (exception)</source>
        <translation>&amp;Niet geïnformeerd, bewust (uitzondering)</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/consent_editor.py" line="265"/>
        <source>Reason for the exception</source>
        <translation>Reden voor de uitzondering</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/consent_editor.py" line="276"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/consent_editor.py" line="277"/>
        <source>&amp;Who was informed:</source>
        <translation>&amp;Wie is geïnformeerd:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/consent_editor.py" line="278"/>
        <source>&amp;How:</source>
        <translation>&amp;Hoe:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/consent_editor.py" line="281"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/consent_editor.py" line="283"/>
        <source>N&amp;ote:</source>
        <translation>Toe&amp;lichting:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/consent_editor.py" line="319"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/consent_editor.py" line="326"/>
        <source>Explain why informing is skipped (at least 10 characters).</source>
        <translation>Leg uit waarom er niet wordt geïnformeerd (minstens 10 tekens).</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/consent_editor.py" line="333"/>
        <source>Say how the young person or parents were informed.</source>
        <translation>Vul in hoe de jongere of de ouders zijn geïnformeerd.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/consent_editor.py" line="267"/>
        <source>— choose a ground —</source>
        <translation>— kies een grond —</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/consent_editor.py" line="271"/>
        <source>When the exception must be looked at again; after that date it no longer counts.</source>
        <translation>Wanneer de uitzondering opnieuw bekeken moet worden; na die datum telt ze niet meer.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/consent_editor.py" line="280"/>
        <source>&amp;Ground:</source>
        <translation>&amp;Grond:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/consent_editor.py" line="282"/>
        <source>Re&amp;view on:</source>
        <translation>Herbeoordelen &amp;uiterlijk:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/consent_editor.py" line="323"/>
        <source>Choose the ground of the covenant on which informing is postponed.</source>
        <translation>Kies de grond uit het convenant waarop het informeren wordt uitgesteld.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/consent_editor.py" line="330"/>
        <source>Review date</source>
        <translation>Datum herbeoordeling</translation>
    </message>
</context>
<context>
    <name>LinkPicker</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/link_picker.py" line="71"/>
        <source>Type to search…</source>
        <translation>Typ om te zoeken…</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/link_picker.py" line="74"/>
        <source>Matches</source>
        <translation>Gevonden</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/link_picker.py" line="76"/>
        <source>Linked</source>
        <translation>Gekoppeld</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/link_picker.py" line="77"/>
        <source>Link</source>
        <translation>Koppelen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/link_picker.py" line="78"/>
        <source>Link the selected match (Enter)</source>
        <translation>Koppel de gekozen regel (Enter)</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/link_picker.py" line="79"/>
        <source>Unlink</source>
        <translation>Ontkoppelen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/link_picker.py" line="80"/>
        <source>Remove the selected link (Delete)</source>
        <translation>Verwijder de gekozen koppeling (Delete)</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/link_picker.py" line="86"/>
        <source>Matches:</source>
        <translation>Gevonden:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/link_picker.py" line="88"/>
        <source>Linked:</source>
        <translation>Gekoppeld:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/link_picker.py" line="156"/>
        <source>Linked: %1</source>
        <translation>Gekoppeld: %1</translation>
    </message>
</context>
<context>
    <name>MembershipEditor</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/partner_editor.py" line="102"/>
        <source>Edit membership</source>
        <translation>Lidmaatschap bewerken</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/partner_editor.py" line="102"/>
        <source>Add member</source>
        <translation>Lid toevoegen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/partner_editor.py" line="103"/>
        <source>&amp;Young person:</source>
        <translation>&amp;Jongere:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/partner_editor.py" line="109"/>
        <location filename="../../jongerenwerk_desk/ui/editors/partner_editor.py" line="110"/>
        <source>Role in the group</source>
        <translation>Rol in de groep</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/partner_editor.py" line="117"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/partner_editor.py" line="118"/>
        <source>&amp;Since:</source>
        <translation>&amp;Sinds:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/partner_editor.py" line="119"/>
        <source>&amp;Until:</source>
        <translation>&amp;Tot:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/partner_editor.py" line="143"/>
        <source>Link exactly one young person (search, then Enter).</source>
        <translation>Koppel precies één jongere (zoeken, dan Enter).</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/partner_editor.py" line="145"/>
        <source>Role in the group is required.</source>
        <translation>Rol in de groep is verplicht.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/partner_editor.py" line="148"/>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/partner_editor.py" line="152"/>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
</context>
<context>
    <name>NotebookWidget</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/main_window.py" line="57"/>
        <source>Young people</source>
        <extracomment>What each list shows, as the kinds of change it reloads on: each list shows columns of its own table only (``views/tables.py``). The detail panels follow more (their FOLLOWS).</extracomment>
        <translation>Jongeren</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/main_window.py" line="58"/>
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/main_window.py" line="60"/>
        <source>Signals</source>
        <translation>Signalen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/main_window.py" line="66"/>
        <source>&amp;Young people</source>
        <translation>&amp;Jongeren</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/main_window.py" line="67"/>
        <source>&amp;Groups</source>
        <translation>&amp;Groepen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/main_window.py" line="68"/>
        <source>&amp;Signals</source>
        <translation>&amp;Signalen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/main_window.py" line="84"/>
        <source>No young people yet. Ctrl+Shift+J adds one (Notebook → New young person…).</source>
        <translation>Nog geen jongeren. Ctrl+Shift+J voegt er een toe (Notitieboek → Nieuwe jongere…).</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/main_window.py" line="86"/>
        <source>No groups yet. Ctrl+Shift+G adds one (Notebook → New group…).</source>
        <translation>Nog geen groepen. Ctrl+Shift+G voegt er een toe (Notitieboek → Nieuwe groep…).</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/main_window.py" line="88"/>
        <source>No signals yet. Ctrl+N records one (Notebook → New signal…); add the young people and groups it concerns first (Ctrl+Shift+J, Ctrl+Shift+G).</source>
        <translation>Nog geen signalen. Ctrl+N legt er een vast (Notitieboek → Nieuw signaal…); voeg eerst de jongeren en groepen toe waar het over gaat (Ctrl+Shift+J, Ctrl+Shift+G).</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/main_window.py" line="125"/>
        <source>New &amp;signal…</source>
        <translation>Nieuw &amp;signaal…</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/main_window.py" line="126"/>
        <source>Record a new signal</source>
        <translation>Een nieuw signaal vastleggen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/main_window.py" line="127"/>
        <source>New &amp;young person…</source>
        <translation>Nieuwe &amp;jongere…</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/main_window.py" line="128"/>
        <source>Add a young person</source>
        <translation>Een jongere toevoegen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/main_window.py" line="129"/>
        <source>New &amp;group…</source>
        <translation>Nieuwe &amp;groep…</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/main_window.py" line="130"/>
        <source>Add a group</source>
        <translation>Een groep toevoegen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/main_window.py" line="131"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/main_window.py" line="132"/>
        <source>Edit the selected row (also Enter)</source>
        <translation>De gekozen regel bewerken (ook Enter)</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/main_window.py" line="133"/>
        <source>&amp;Delete or erase…</source>
        <translation>Ver&amp;wijderen of wissen…</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/main_window.py" line="134"/>
        <source>Delete the selected row; a young person is erased for good (Delete key in the list)</source>
        <translation>De gekozen regel verwijderen; een jongere wordt definitief gewist (Delete-toets in de lijst)</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/main_window.py" line="136"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/main_window.py" line="137"/>
        <source>Copy the selected name or signal text; the clipboard is cleared after 30 seconds</source>
        <translation>De gekozen naam of signaaltekst kopiëren; het klembord wordt na 30 seconden gewist</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/main_window.py" line="139"/>
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/main_window.py" line="140"/>
        <source>Search in the current list</source>
        <translation>Zoeken in de huidige lijst</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/main_window.py" line="141"/>
        <source>&amp;Partner contacts…</source>
        <translation>&amp;Partnercontacten…</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/main_window.py" line="142"/>
        <source>Contact persons at the covenant partners</source>
        <translation>Contactpersonen bij de convenantpartners</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/main_window.py" line="144"/>
        <source>Show young people (&amp;1)</source>
        <translation>Jongeren tonen (&amp;1)</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/main_window.py" line="146"/>
        <source>Show groups (&amp;2)</source>
        <translation>Groepen tonen (&amp;2)</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/main_window.py" line="148"/>
        <source>Show signals (&amp;3)</source>
        <translation>Signalen tonen (&amp;3)</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/main_window.py" line="145"/>
        <source>Show the list of young people</source>
        <translation>De lijst met jongeren tonen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/main_window.py" line="147"/>
        <source>Show the list of groups</source>
        <translation>De lijst met groepen tonen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/main_window.py" line="149"/>
        <source>Show the list of signals</source>
        <translation>De lijst met signalen tonen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/main_window.py" line="151"/>
        <source>Share under covenant…</source>
        <translation>Delen onder &amp;convenant…</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/main_window.py" line="153"/>
        <source>Check the legal basis, make a minimal summary and record the disclosure (verstrekking)</source>
        <translation>De grondslag toetsen, een minimale samenvatting maken en de verstrekking vastleggen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/main_window.py" line="281"/>
        <source>Share under covenant</source>
        <translation>Delen onder convenant</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/main_window.py" line="282"/>
        <source>The share wizard is not available in this installation.</source>
        <translation>“Delen onder convenant” is in deze installatie niet beschikbaar.</translation>
    </message>
</context>
<context>
    <name>PartnerEditor</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/partner_editor.py" line="30"/>
        <source>Edit partner contact</source>
        <translation>Partnercontact bewerken</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/partner_editor.py" line="31"/>
        <source>New partner contact</source>
        <translation>Nieuw partnercontact</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/partner_editor.py" line="33"/>
        <source>— choose a covenant partner —</source>
        <translation>— kies een convenantpartner —</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/partner_editor.py" line="39"/>
        <source>e.g. wijkagent, procesregisseur</source>
        <translation>bijv. wijkagent, procesregisseur</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/partner_editor.py" line="42"/>
        <source>&amp;Partner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/partner_editor.py" line="43"/>
        <source>&amp;Organisation:</source>
        <translation>Or&amp;ganisatie:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/partner_editor.py" line="44"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/partner_editor.py" line="45"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/partner_editor.py" line="46"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/partner_editor.py" line="47"/>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefoon:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/partner_editor.py" line="72"/>
        <source>Choose the covenant partner.</source>
        <translation>Kies de convenantpartner.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/partner_editor.py" line="74"/>
        <source>Name of the contact is required.</source>
        <translation>Naam van het contact is verplicht.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/partner_editor.py" line="78"/>
        <source>E-mail address is not valid (example: naam@gemeente.nl).</source>
        <translation>E-mailadres is niet geldig (voorbeeld: naam@gemeente.nl).</translation>
    </message>
</context>
<context>
    <name>PartnersDialog</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/partners_dialog.py" line="25"/>
        <location filename="../../jongerenwerk_desk/ui/views/partners_dialog.py" line="27"/>
        <source>Partner contacts</source>
        <translation>Partnercontacten</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/partners_dialog.py" line="30"/>
        <source>&amp;New contact…</source>
        <translation>&amp;Nieuw contact…</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/partners_dialog.py" line="31"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/partners_dialog.py" line="32"/>
        <source>&amp;Delete…</source>
        <translation>Ver&amp;wijderen…</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/partners_dialog.py" line="34"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/partners_dialog.py" line="70"/>
        <source>Delete contact</source>
        <translation>Contact verwijderen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/partners_dialog.py" line="71"/>
        <source>Delete this partner contact from the notebook?</source>
        <translation>Dit partnercontact uit het notitieboek verwijderen?</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/partners_dialog.py" line="72"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/partners_dialog.py" line="72"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>PartnersTableModel</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/tables.py" line="60"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/tables.py" line="62"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/tables.py" line="63"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/tables.py" line="72"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/tables.py" line="28"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/tables.py" line="33"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/tables.py" line="34"/>
        <source>Nickname</source>
        <translation>Roepnaam</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/tables.py" line="36"/>
        <source>Birth date</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/tables.py" line="38"/>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/tables.py" line="39"/>
        <source>Neighbourhood</source>
        <translation>Wijk</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/person_editor.py" line="33"/>
        <source>Edit young person</source>
        <translation>Jongere bewerken</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/person_editor.py" line="33"/>
        <source>New young person</source>
        <translation>Nieuwe jongere</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/person_editor.py" line="42"/>
        <source>Only what you need for your work with this young person (data minimisation).</source>
        <translation>Alleen wat u nodig hebt voor uw werk met deze jongere (dataminimalisatie).</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/person_editor.py" line="44"/>
        <source>&amp;Name or initials:</source>
        <translation>&amp;Naam of initialen:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/person_editor.py" line="45"/>
        <source>Nic&amp;kname:</source>
        <translation>&amp;Roepnaam:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/person_editor.py" line="46"/>
        <source>&amp;Birth date:</source>
        <translation>&amp;Geboortedatum:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/person_editor.py" line="47"/>
        <source>Nei&amp;ghbourhood:</source>
        <translation>&amp;Wijk:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/person_editor.py" line="48"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefoon:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/person_editor.py" line="49"/>
        <source>N&amp;otes:</source>
        <translation>Not&amp;ities:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/person_editor.py" line="74"/>
        <source>Name or initials is required (initials are enough).</source>
        <translation>Naam of initialen is verplicht (initialen zijn genoeg).</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/person_editor.py" line="78"/>
        <source>Birth date</source>
        <translation>Geboortedatum</translation>
    </message>
</context>
<context>
    <name>PersonPanel</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="57"/>
        <source>&amp;Details</source>
        <translation>Gegev&amp;ens</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="58"/>
        <source>&amp;Consents</source>
        <translation>&amp;Toestemmingen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="59"/>
        <source>&amp;Informing</source>
        <translation>&amp;Informeren</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="61"/>
        <source>&amp;Timeline</source>
        <translation>Tijd&amp;lijn</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="73"/>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="73"/>
        <source>Nickname:</source>
        <translation>Roepnaam:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="74"/>
        <source>Birth date:</source>
        <translation>Geboortedatum:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="74"/>
        <source>Age:</source>
        <translation>Leeftijd:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="75"/>
        <source>Neighbourhood:</source>
        <translation>Wijk:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="76"/>
        <source>Phone:</source>
        <translation>Telefoon:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="76"/>
        <source>Groups:</source>
        <translation>Groepen:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="80"/>
        <source>Copy &amp;phone number</source>
        <translation>Telefoonnummer &amp;kopiëren</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="81"/>
        <source>Copies the number; the clipboard is cleared after 30 seconds.</source>
        <translation>Kopieert het nummer; het klembord wordt na 30 seconden gewist.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="91"/>
        <source>Requests:</source>
        <translation>Verzoeken:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="92"/>
        <source>Register a re&amp;quest…</source>
        <translation>Verzoek &amp;registreren…</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="94"/>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="262"/>
        <source>&amp;Restrict…</source>
        <translation>Be&amp;perken…</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="95"/>
        <source>While a restriction holds, nothing about this young person can be shared.</source>
        <translation>Zolang een beperking geldt, kan er niets over deze jongere gedeeld worden.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="109"/>
        <source>Given by</source>
        <translation>Gegeven door</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="109"/>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="185"/>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="109"/>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="185"/>
        <source>Recipients</source>
        <translation>Ontvangers</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="109"/>
        <source>Given on</source>
        <translation>Gegeven op</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="110"/>
        <source>Form</source>
        <translation>Vorm</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="110"/>
        <source>Special data</source>
        <translation>Bijzondere gegevens</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="110"/>
        <source>Withdrawn on</source>
        <translation>Ingetrokken op</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="111"/>
        <source>Consents</source>
        <translation>Toestemmingen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="112"/>
        <source>&amp;New consent…</source>
        <translation>Nieu&amp;we toestemming…</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="113"/>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="130"/>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="152"/>
        <source>&amp;Edit…</source>
        <translation>Bewe&amp;rken…</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="114"/>
        <source>&amp;Withdraw…</source>
        <translation>Intre&amp;kken…</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="115"/>
        <source>Record that the consent was withdrawn today; the record stays.</source>
        <translation>Vastleggen dat de toestemming vandaag is ingetrokken; de vastlegging blijft bewaard.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="127"/>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="146"/>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="185"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="127"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="127"/>
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="127"/>
        <source>Exception</source>
        <translation>Uitzondering</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="128"/>
        <source>Informing records</source>
        <translation>Vastleggingen van informeren</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="129"/>
        <source>&amp;Record informing…</source>
        <translation>Informeren &amp;vastleggen…</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="134"/>
        <source>Informing &amp;letter…</source>
        <translation>Informatiebrief &amp;maken…</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="135"/>
        <source>The letter for the young person and for the parents as PDF; each saved letter is recorded here.</source>
        <translation>De brief voor de jongere en voor de ouders als pdf; elke opgeslagen brief wordt hier vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="169"/>
        <source>Date and time</source>
        <translation>Datum en tijd</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="169"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="169"/>
        <source>Fact/impression</source>
        <translation>Feit/indruk</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="170"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="170"/>
        <source>Timeline of signals</source>
        <translation>Tijdlijn van signalen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="170"/>
        <source>Retention</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="172"/>
        <source>Record their &amp;view…</source>
        <translation>&amp;Zienswijze vastleggen…</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="173"/>
        <source>The young person&apos;s own view beside the chosen signal; the signal itself stays as it is.</source>
        <translation>De zienswijze van de jongere naast het gekozen signaal; het signaal zelf blijft zoals het is.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="239"/>
        <source>age unknown</source>
        <translation>leeftijd onbekend</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="259"/>
        <source>none open</source>
        <translation>geen open verzoeken</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="261"/>
        <source>Lift &amp;restriction…</source>
        <translation>Beperking o&amp;pheffen…</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="374"/>
        <source>Lift restriction</source>
        <translation>Beperking opheffen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="375"/>
        <source>From today, data about this young person can be shared again when the legal check allows it. Lift the restriction?</source>
        <translation>Vanaf vandaag kunnen gegevens over deze jongere weer gedeeld worden als de juridische toets het toestaat. Beperking opheffen?</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="441"/>
        <source>Consent withdrawn</source>
        <translation>Toestemming ingetrokken</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="442"/>
        <source>This consent was already withdrawn.</source>
        <translation>Deze toestemming was al ingetrokken.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="446"/>
        <source>Withdraw consent</source>
        <translation>Toestemming intrekken</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="447"/>
        <source>Record that this consent was withdrawn on %1? The record stays, marked as withdrawn; nothing may be shared on it from then on.</source>
        <translation>Vastleggen dat deze toestemming op %1 is ingetrokken? De vastlegging blijft bewaard, gemarkeerd als ingetrokken; vanaf dan mag er niets meer op grond van deze toestemming worden gedeeld.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="450"/>
        <source>Withdraw</source>
        <translation>Intrekken</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="450"/>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="532"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="60"/>
        <source>Grou&amp;nds</source>
        <translation>Gr&amp;ondslagen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="146"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="146"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="147"/>
        <source>Grounds for sharing</source>
        <translation>Grondslagen voor delen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="148"/>
        <source>Conflict of &amp;duties…</source>
        <translation>Conflict van &amp;plichten…</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="149"/>
        <source>&amp;Vital interest…</source>
        <translation>Vitaal bel&amp;ang…</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="150"/>
        <source>&amp;Refusal…</source>
        <translation>&amp;Weigering…</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="151"/>
        <source>&amp;Legal representative…</source>
        <translation>Ouder o&amp;f voogd…</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="153"/>
        <source>Dele&amp;te…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="287"/>
        <source>Conflict of duties</source>
        <translation>Conflict van plichten</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="288"/>
        <source>advice of: %1</source>
        <translation>advies van: %1</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="292"/>
        <source>Vital interest</source>
        <translation>Vitaal belang</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="296"/>
        <source>Refusal</source>
        <translation>Weigering</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="301"/>
        <source>with authority</source>
        <translation>met gezag</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="302"/>
        <source>without authority</source>
        <translation>zonder gezag</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="303"/>
        <source>Legal representative</source>
        <translation>Wettelijk vertegenwoordiger</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="530"/>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="532"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="530"/>
        <source>Delete this record? The legal check no longer takes it into account.</source>
        <translation>Dit gegeven verwijderen? De toets houdt er dan geen rekening meer mee.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="62"/>
        <source>Di&amp;sclosures</source>
        <translation>&amp;Uitgaande verstrekkingen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/person_panel.py" line="186"/>
        <source>Disclosures about this young person</source>
        <translation>Verstrekkingen over deze jongere</translation>
    </message>
</context>
<context>
    <name>RefusalEditor</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/grounds_editor.py" line="174"/>
        <source>Refusal to share</source>
        <translation>Weigering om te delen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/grounds_editor.py" line="179"/>
        <source>— choose a purpose —</source>
        <translation>— kies een doel —</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/grounds_editor.py" line="185"/>
        <source>Refused &amp;by:</source>
        <translation>&amp;Geweigerd door:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/grounds_editor.py" line="186"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Doel:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/grounds_editor.py" line="187"/>
        <source>&amp;Date:</source>
        <translation>Da&amp;tum:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/grounds_editor.py" line="188"/>
        <source>N&amp;ote:</source>
        <translation>Toe&amp;lichting:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/grounds_editor.py" line="206"/>
        <source>Choose the purpose for which sharing was refused.</source>
        <translation>Kies het doel waarvoor delen is geweigerd.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/grounds_editor.py" line="209"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>RepresentativeEditor</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/grounds_editor.py" line="231"/>
        <source>Legal representative</source>
        <translation>Wettelijk vertegenwoordiger</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/grounds_editor.py" line="234"/>
        <source>mother, father, guardian…</source>
        <translation>moeder, vader, voogd…</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/grounds_editor.py" line="235"/>
        <source>Has parental &amp;authority (gezag)</source>
        <translation>Heeft het ouderlijk &amp;gezag</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/grounds_editor.py" line="238"/>
        <source>optional</source>
        <translation>niet verplicht</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/grounds_editor.py" line="239"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/grounds_editor.py" line="240"/>
        <source>&amp;Relation:</source>
        <translation>&amp;Relatie:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/grounds_editor.py" line="242"/>
        <source>&amp;Contact:</source>
        <translation>&amp;Contact:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/grounds_editor.py" line="250"/>
        <source>Fill in the name.</source>
        <translation>Vul de naam in.</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/search_box.py" line="24"/>
        <source>Search (Ctrl+F)</source>
        <translation>Zoeken (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/search_box.py" line="25"/>
        <source>Search names and signal texts in this notebook (Ctrl+F). Escape clears the search.</source>
        <translation>Zoek in namen en signaalteksten van dit notitieboek (Ctrl+F). Escape wist de zoekopdracht.</translation>
    </message>
</context>
<context>
    <name>SignalEditor</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/signal_editor.py" line="76"/>
        <source>Edit signal</source>
        <translation>Signaal bewerken</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/signal_editor.py" line="76"/>
        <source>New signal</source>
        <translation>Nieuw signaal</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/signal_editor.py" line="97"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/signal_editor.py" line="102"/>
        <source>— choose which one —</source>
        <translation>— kies welke keer —</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/signal_editor.py" line="103"/>
        <source>first time (summer time, UTC+2)</source>
        <translation>eerste keer (zomertijd, UTC+2)</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/signal_editor.py" line="104"/>
        <source>second time (winter time, UTC+1)</source>
        <translation>tweede keer (wintertijd, UTC+1)</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/signal_editor.py" line="105"/>
        <source>Which occurrence of this time</source>
        <translation>Welke keer van dit tijdstip</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/signal_editor.py" line="113"/>
        <source>— choose a category —</source>
        <translation>— kies een categorie —</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/signal_editor.py" line="122"/>
        <source>Who told it (never shared)</source>
        <translation>Wie het vertelde (wordt nooit gedeeld)</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/signal_editor.py" line="123"/>
        <source>&amp;Fact (seen myself or checked)</source>
        <translation>&amp;Feit (zelf gezien of nagegaan)</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/signal_editor.py" line="124"/>
        <source>&amp;Impression (interpretation, not checked)</source>
        <translation>Indr&amp;uk (interpretatie, niet nagegaan)</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/signal_editor.py" line="128"/>
        <source>Con&amp;fidential: told to me in confidence</source>
        <translation>&amp;Vertrouwelijk: in vertrouwen aan mij verteld</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/signal_editor.py" line="130"/>
        <source>Confidential content is only shared with consent or a recorded conflict of duties.</source>
        <translation>Vertrouwelijke inhoud wordt alleen gedeeld met toestemming of een vastgelegd conflict van plichten.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/signal_editor.py" line="134"/>
        <source>What happened? Describe facts factually; write down signals that point the other way too.</source>
        <translation>Wat is er gebeurd? Beschrijf feiten feitelijk; noteer ook signalen die de andere kant op wijzen.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/signal_editor.py" line="145"/>
        <source>&amp;Young people involved:</source>
        <translation>&amp;Betrokken jongeren:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/signal_editor.py" line="147"/>
        <source>G&amp;roups involved:</source>
        <translation>Betrokken &amp;groepen:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/signal_editor.py" line="153"/>
        <source>(Dutch time)</source>
        <translation>(Nederlandse tijd)</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/signal_editor.py" line="159"/>
        <source>&amp;Date and time:</source>
        <translation>&amp;Datum en tijd:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/signal_editor.py" line="163"/>
        <source>&amp;Which time:</source>
        <translation>&amp;Welke keer:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/signal_editor.py" line="165"/>
        <source>&amp;Location:</source>
        <translation>&amp;Plek:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/signal_editor.py" line="166"/>
        <source>Ca&amp;tegory:</source>
        <translation>&amp;Categorie:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/signal_editor.py" line="167"/>
        <source>&amp;Source:</source>
        <translation>B&amp;ron:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/signal_editor.py" line="168"/>
        <source>&amp;Informant:</source>
        <translation>&amp;Informant:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/signal_editor.py" line="169"/>
        <source>Fact or impression:</source>
        <translation>Feit of indruk:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/signal_editor.py" line="172"/>
        <source>Te&amp;xt:</source>
        <translation>&amp;Tekst:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/signal_editor.py" line="193"/>
        <source>Special category of personal data (AVG art. 9)</source>
        <translation>Bijzonder persoonsgegeven (AVG art. 9)</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/signal_editor.py" line="195"/>
        <source>Criminal data (AVG art. 10); youth work does not pass these on</source>
        <translation>Strafrechtelijk gegeven (AVG art. 10); het jongerenwerk geeft deze niet door</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/signal_editor.py" line="252"/>
        <source>This time does not exist: on %1 the clock jumps from %2 straight to %3 (start of summer time). Choose a time before %2 or from %3 on.</source>
        <translation>Dit tijdstip bestaat niet: op %1 springt de klok van %2 meteen naar %3 (begin van de zomertijd). Kies een tijd vóór %2 of vanaf %3.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/signal_editor.py" line="258"/>
        <source>On %1 this time occurs twice: the clock goes back from 03:00 to 02:00 (end of summer time). Choose whether it was the first time (summer time) or the second time (winter time).</source>
        <translation>Op %1 komt dit tijdstip twee keer voor: de klok gaat terug van 03:00 naar 02:00 (einde van de zomertijd). Kies of het de eerste keer (zomertijd) of de tweede keer (wintertijd) was.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/signal_editor.py" line="291"/>
        <source>Choose whether the time was the first time (summer time) or the second time (winter time); it occurs twice on that day.</source>
        <translation>Kies of het tijdstip de eerste keer (zomertijd) of de tweede keer (wintertijd) was; het komt die dag twee keer voor.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/signal_editor.py" line="295"/>
        <source>The date and time lie in the future.</source>
        <translation>De datum en tijd liggen in de toekomst.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/signal_editor.py" line="297"/>
        <source>Choose a category.</source>
        <translation>Kies een categorie.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/signal_editor.py" line="300"/>
        <source>Say whether this is a fact or an impression.</source>
        <translation>Geef aan of dit een feit of een indruk is.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/signal_editor.py" line="302"/>
        <source>Describe the signal (text is required).</source>
        <translation>Beschrijf het signaal (tekst is verplicht).</translation>
    </message>
</context>
<context>
    <name>SignalPanel</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/signal_panel.py" line="34"/>
        <source>Date and time:</source>
        <translation>Datum en tijd:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/signal_panel.py" line="34"/>
        <source>Category:</source>
        <translation>Categorie:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/signal_panel.py" line="35"/>
        <source>Source:</source>
        <translation>Bron:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/signal_panel.py" line="35"/>
        <source>Fact/impression:</source>
        <translation>Feit/indruk:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/signal_panel.py" line="36"/>
        <source>Location:</source>
        <translation>Plek:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/signal_panel.py" line="36"/>
        <source>Young people:</source>
        <translation>Jongeren:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/signal_panel.py" line="37"/>
        <source>Groups:</source>
        <translation>Groepen:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/signal_panel.py" line="41"/>
        <source>Show confidential te&amp;xt and category</source>
        <translation>Vertrouwelijke te&amp;kst en categorie tonen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/signal_panel.py" line="42"/>
        <source>Confidential: check who can see your screen first.</source>
        <translation>Vertrouwelijk: kijk eerst wie uw scherm kan zien.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/signal_panel.py" line="47"/>
        <source>Signal text</source>
        <translation>Tekst van het signaal</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/signal_panel.py" line="49"/>
        <source>Text:</source>
        <translation>Tekst:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/signal_panel.py" line="53"/>
        <source>Their view:</source>
        <translation>Zienswijze jongere:</translation>
    </message>
</context>
<context>
    <name>SignalsTableModel</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/tables.py" line="123"/>
        <source>Date and time</source>
        <translation>Datum en tijd</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/tables.py" line="125"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/tables.py" line="128"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/tables.py" line="130"/>
        <source>Fact/impression</source>
        <translation>Feit/indruk</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/tables.py" line="132"/>
        <source>Confidential</source>
        <translation>Vertrouwelijk</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/tables.py" line="134"/>
        <source>Location</source>
        <translation>Plek</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/tables.py" line="136"/>
        <source>Retention</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/tables.py" line="139"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
</context>
<context>
    <name>ViewLabels</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/labels.py" line="19"/>
        <source>Own observation</source>
        <translation>Eigen waarneming</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/labels.py" line="20"/>
        <source>Told by the young person</source>
        <translation>Verteld door de jongere</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/labels.py" line="21"/>
        <source>Third party</source>
        <translation>Derde</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/labels.py" line="22"/>
        <source>Covenant partner</source>
        <translation>Convenantpartner</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/labels.py" line="25"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/labels.py" line="26"/>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/labels.py" line="27"/>
        <source>Online group</source>
        <translation>Online groep</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/labels.py" line="30"/>
        <source>Young person</source>
        <translation>Jongere</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/labels.py" line="31"/>
        <source>Parents</source>
        <translation>Ouders</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/labels.py" line="32"/>
        <source>Young person and parents</source>
        <translation>Jongere en ouders</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/labels.py" line="42"/>
        <source>Oral</source>
        <translation>Mondeling</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/labels.py" line="43"/>
        <source>Written</source>
        <translation>Schriftelijk</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/labels.py" line="46"/>
        <source>1 – Sharing signals</source>
        <translation>1 – Signalen delen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/labels.py" line="47"/>
        <source>2A – Assessing group behaviour</source>
        <translation>2A – Beoordelen groepsgedrag</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/labels.py" line="48"/>
        <source>2B – Name list and group scan</source>
        <translation>2B – Namenlijst en groepsscan</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/labels.py" line="49"/>
        <source>3 – Group interpretation, draft plan</source>
        <translation>3 – Groepsduiding, concept plan van aanpak</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/labels.py" line="50"/>
        <source>4 – Problem definition and priority</source>
        <translation>4 – Probleemschets en prioriteit</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/labels.py" line="51"/>
        <source>5 – Integral plan of approach</source>
        <translation>5 – Integraal plan van aanpak</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/labels.py" line="52"/>
        <source>6 – Execution and monitoring</source>
        <translation>6 – Uitvoering en monitoring</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/labels.py" line="53"/>
        <source>7 – Scaling down and evaluation</source>
        <translation>7 – Afschalen en evaluatie</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/labels.py" line="55"/>
        <source>Fact</source>
        <translation>Feit</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/labels.py" line="56"/>
        <source>Impression</source>
        <translation>Indruk</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/labels.py" line="57"/>
        <source>Confidential</source>
        <translation>Vertrouwelijk</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/labels.py" line="58"/>
        <source>[confidential – open to read]</source>
        <translation>[vertrouwelijk – open om te lezen]</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/labels.py" line="59"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/labels.py" line="61"/>
        <source>past retention</source>
        <extracomment>the text mark of an item past its retention period (not colour alone, WCAG 1.4.1)</extracomment>
        <translation>verstreken</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/labels.py" line="62"/>
        <source>Past its retention period: delete it via Notebook, Retention periods.</source>
        <translation>Bewaartermijn verstreken: verwijder het via Notitieboek, Bewaartermijnen.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/labels.py" line="35"/>
        <source>Designated safeguarding officer</source>
        <translation>Aandachtsfunctionaris</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/labels.py" line="36"/>
        <source>Manager</source>
        <translation>Leidinggevende</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/labels.py" line="37"/>
        <source>Data protection officer</source>
        <translation>Functionaris gegevensbescherming</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/labels.py" line="38"/>
        <source>Veilig Thuis</source>
        <translation>Veilig Thuis</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/views/labels.py" line="39"/>
        <source>Colleague</source>
        <translation>Collega</translation>
    </message>
</context>
<context>
    <name>VitalInterestEditor</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/grounds_editor.py" line="120"/>
        <source>Vital interest</source>
        <translation>Vitaal belang</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/grounds_editor.py" line="122"/>
        <source>Danger</source>
        <translation>Gevaar</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/grounds_editor.py" line="124"/>
        <source>Why consent is impossible now</source>
        <translation>Waarom nu geen toestemming mogelijk is</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/grounds_editor.py" line="128"/>
        <source>Only when the young person cannot consent now. From %1 years, a young person who said no cannot be passed over: use the routes outside the meeting (112, Veilig Thuis).</source>
        <translation>Alleen als de jongere nu geen toestemming kan geven. Vanaf %1 jaar kan een jongere die nee zei niet worden gepasseerd: gebruik dan de routes buiten het overleg (112, Veilig Thuis).</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/grounds_editor.py" line="131"/>
        <source>&amp;Danger:</source>
        <translation>&amp;Gevaar:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/grounds_editor.py" line="132"/>
        <source>&amp;Why consent is impossible now:</source>
        <translation>&amp;Waarom nu geen toestemming:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/grounds_editor.py" line="133"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/grounds_editor.py" line="144"/>
        <source>Describe the danger.</source>
        <translation>Beschrijf het gevaar.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/grounds_editor.py" line="147"/>
        <source>Explain why the young person cannot consent now.</source>
        <translation>Leg uit waarom de jongere nu geen toestemming kan geven.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/editors/grounds_editor.py" line="150"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
</TS>
