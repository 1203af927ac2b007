<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>EditorWindow</name>
    <message numerus="yes">
        <location filename="../requestdesk/ui/editor/window.py" line="226" />
        <source>%n error(s)</source>
        <translation><numerusform>%n error</numerusform><numerusform>%n errors</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/editor/window.py" line="226" />
        <source>%n warning(s)</source>
        <translation><numerusform>%n warning</numerusform><numerusform>%n warnings</numerusform></translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message numerus="yes">
        <location filename="../requestdesk/ui/editor/findings_panel.py" line="90" />
        <source>Ready for signature; %n warning(s) to review</source>
        <translation><numerusform>Ready for signature; %n warning to review</numerusform><numerusform>Ready for signature; %n warnings to review</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/editor/findings_panel.py" line="91" />
        <source>%n error(s)</source>
        <translation><numerusform>%n error</numerusform><numerusform>%n errors</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/editor/findings_panel.py" line="91" />
        <source>%n warning(s)</source>
        <translation><numerusform>%n warning</numerusform><numerusform>%n warnings</numerusform></translation>
    </message>
</context>
</TS>