<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AlertBanner</name>
    <message numerus="yes">
        <location filename="../requestdesk/ui/tracking/alerts.py" line="64"/>
        <source>%n written confirmation(s) overdue</source>
        <translation>
            <numerusform>%n written confirmation overdue</numerusform>
            <numerusform>%n written confirmations overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/tracking/alerts.py" line="66"/>
        <source>%n written confirmation(s) due within 24 hours</source>
        <translation>
            <numerusform>%n written confirmation due within 24 hours</numerusform>
            <numerusform>%n written confirmations due within 24 hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransmissionDialog</name>
    <message numerus="yes">
        <location filename="../requestdesk/ui/tracking/transmission_dialog.py" line="197"/>
        <source>The %n hour(s) for the written confirmation have already passed: the confirmation will be late.</source>
        <translation>
            <numerusform>The %n hour for the written confirmation has already passed: the confirmation will be late.</numerusform>
            <numerusform>The %n hours for the written confirmation have already passed: the confirmation will be late.</numerusform>
        </translation>
    </message>
</context>
</TS>
