<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
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
        <location filename="../../jongerenwerk_desk/ui/rights/dialogs.py" line="67"/>
        <source>Postponed (legal hold):</source>
        <translation>Uitgesteld (met reden en datum):</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/dialogs.py" line="75"/>
        <source>… and %1 more</source>
        <translation>… en nog %1</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/dialogs.py" line="78"/>
        <source>Nothing is past its retention period.</source>
        <translation>Niets is over de bewaartermijn.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/dialogs.py" line="82"/>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/dialogs.py" line="98"/>
        <source>Delete for good?</source>
        <translation>Definitief verwijderen?</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/dialogs.py" line="99"/>
        <source>%1 items are deleted for good. This cannot be undone, also not by restoring a backup.</source>
        <translation>%1 gegevens worden definitief verwijderd. Dit kan niet ongedaan worden gemaakt, ook niet door een reservekopie terug te zetten.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/dialogs.py" line="108"/>
        <source>Not deleted</source>
        <translation>Niet verwijderd</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/dialogs.py" line="112"/>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/dialogs.py" line="112"/>
        <source>Deleted: %1 signals, %2 groups, %3 young people; %4 register records shortened.</source>
        <translation>Verwijderd: %1 signalen, %2 groepen, %3 jongeren; %4 verstrekkingen in het register ingekort.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/dialogs.py" line="129"/>
        <source>Access report</source>
        <translation>Inzageoverzicht</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/dialogs.py" line="131"/>
        <source>An overview of everything recorded about one young person, for an access request. Other people and informants are left out.</source>
        <translation>Een overzicht van alles wat over één jongere is vastgelegd, voor een verzoek om inzage. Andere mensen en melders staan er niet in.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/dialogs.py" line="142"/>
        <source>&amp;Young person:</source>
        <translation>&amp;Jongere:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/dialogs.py" line="144"/>
        <source>Told in confidence: tick what may go into the report. Your choice is recorded.</source>
        <translation>In vertrouwen verteld: vink aan wat in het overzicht mag. Uw keuze wordt vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/dialogs.py" line="152"/>
        <source>Save as &amp;PDF…</source>
        <translation>Opslaan als &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/dialogs.py" line="181"/>
        <source>No confidential signals.</source>
        <translation>Geen vertrouwelijke signalen.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/dialogs.py" line="205"/>
        <source>Save access report</source>
        <translation>Inzageoverzicht opslaan</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/dialogs.py" line="221"/>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/dialogs.py" line="224"/>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/dialogs.py" line="225"/>
        <source>The access report has been saved.</source>
        <translation>Het inzageoverzicht is opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/dialogs.py" line="237"/>
        <source>Reminders</source>
        <translation>Herinneringen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/dialogs.py" line="239"/>
        <source>What needs doing in the coming 30 days, soonest first. Requests must be answered within one month.</source>
        <translation>Wat de komende 30 dagen moet gebeuren, het eerste bovenaan. Een verzoek moet binnen een maand beantwoord zijn.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/dialogs.py" line="248"/>
        <source> (overdue)</source>
        <translation> (te laat)</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/dialogs.py" line="252"/>
        <source>Nothing to do.</source>
        <translation>Niets te doen.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/dialogs.py" line="309"/>
        <source>%1 items are past their retention period: see Notebook, Retention periods.</source>
        <translation>%1 gegevens zijn over hun bewaartermijn: zie Notitieboek, Bewaartermijnen.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/dialogs.py" line="321"/>
        <source>&amp;Access report…</source>
        <translation>&amp;Inzageoverzicht…</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/dialogs.py" line="322"/>
        <source>&amp;Retention periods…</source>
        <translation>Bewaar&amp;termijnen…</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/rights/dialogs.py" line="323"/>
        <source>Re&amp;minders…</source>
        <translation>&amp;Herinneringen…</translation>
    </message>
</context>
</TS>
