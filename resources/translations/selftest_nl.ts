<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>SelfTest</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/selftest.py" line="271"/>
        <source>Translation check</source>
        <translation>Vertaalcontrole</translation>
    </message>
</context>
</TS>
