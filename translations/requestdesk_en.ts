<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../requestdesk/ui/export_dialog.py" line="148"/>
        <source>No errors; %n warning(s) for the reviewer to look at.</source>
        <translation>
            <numerusform>No errors; %n warning for the reviewer to look at.</numerusform>
            <numerusform>No errors; %n warnings for the reviewer to look at.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/export_dialog.py" line="150"/>
        <source>The check found %n error(s)</source>
        <translation>
            <numerusform>The check found %n error</numerusform>
            <numerusform>The check found %n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/export_dialog.py" line="152"/>
        <source> and %n warning(s)</source>
        <translation>
            <numerusform> and %n warning</numerusform>
            <numerusform> and %n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../requestdesk/ui/main_window.py" line="234"/>
        <source>%1 of %n request(s) shown</source>
        <translation>
            <numerusform>%1 of %n request shown</numerusform>
            <numerusform>%1 of %n requests shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/main_window.py" line="236"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/main_window.py" line="309"/>
        <source>%n request(s) were changed since and were kept as they are.</source>
        <translation>
            <numerusform>%n request was changed since and was kept as it is.</numerusform>
            <numerusform>%n requests were changed since and were kept as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/main_window.py" line="384"/>
        <source>Duplicate %n request(s)</source>
        <translation>
            <numerusform>Duplicate %n request</numerusform>
            <numerusform>Duplicate %n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/main_window.py" line="386"/>
        <source>%n copy(ies) created as draft(s)</source>
        <translation>
            <numerusform>%n copy created as a draft</numerusform>
            <numerusform>%n copies created as drafts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/main_window.py" line="408"/>
        <source>Delete %n request(s)</source>
        <translation>
            <numerusform>Delete %n request</numerusform>
            <numerusform>Delete %n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/main_window.py" line="411"/>
        <source>%n request(s) deleted. Edit ▸ Undo (%1) brings them back.</source>
        <translation>
            <numerusform>%n request deleted. Edit ▸ Undo (%1) brings it back.</numerusform>
            <numerusform>%n requests deleted. Edit ▸ Undo (%1) brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/main_window.py" line="468"/>
        <source>Import %n request(s)</source>
        <translation>
            <numerusform>Import %n request</numerusform>
            <numerusform>Import %n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/main_window.py" line="470"/>
        <source>%n request(s) imported</source>
        <translation>
            <numerusform>%n request imported</numerusform>
            <numerusform>%n requests imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/main_window.py" line="513"/>
        <source>%n package(s) imported</source>
        <translation>
            <numerusform>%n package imported</numerusform>
            <numerusform>%n packages imported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeriodWords</name>
    <message numerus="yes">
        <location filename="../requestdesk/ui/treaty.py" line="35"/>
        <source>within %n hour(s)</source>
        <translation>
            <numerusform>within %n hour</numerusform>
            <numerusform>within %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/treaty.py" line="36"/>
        <source>within %n day(s)</source>
        <translation>
            <numerusform>within %n day</numerusform>
            <numerusform>within %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message numerus="yes">
        <location filename="../requestdesk/ui/register/model.py" line="140"/>
        <source>%1, %n error(s)</source>
        <translation>
            <numerusform>%1, %n error</numerusform>
            <numerusform>%1, %n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/register/model.py" line="142"/>
        <source>%1, %n warning(s)</source>
        <translation>
            <numerusform>%1, %n warning</numerusform>
            <numerusform>%1, %n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message numerus="yes">
        <location filename="../requestdesk/ui/register/view.py" line="239"/>
        <source>No request matches the search and filters.

The register holds %n request(s); clear the search box or the filters to see them.</source>
        <translation>
            <numerusform>No request matches the search and filters.

The register holds %n request; clear the search box or the filters to see it.</numerusform>
            <numerusform>No request matches the search and filters.

The register holds %n requests; clear the search box or the filters to see them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message numerus="yes">
        <location filename="../requestdesk/ui/settings_dialog.py" line="375"/>
        <source>Recommended. The conservative reading: the deadline is the instant %n hour(s) of elapsed time later, whatever clock changes happen in between.</source>
        <translation>
            <numerusform>Recommended. The conservative reading: the deadline is the instant %n hour of elapsed time later, whatever clock changes happen in between.</numerusform>
            <numerusform>Recommended. The conservative reading: the deadline is the instant %n hours of elapsed time later, whatever clock changes happen in between.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/settings_dialog.py" line="379"/>
        <source>National practice. Choose this only where your national law counts periods in whole days; the deadline then falls later than %n hour(s). Documents always state which rule was applied.</source>
        <translation>
            <numerusform>National practice. Choose this only where your national law counts periods in whole days; the deadline then falls later than %n hour. Documents always state which rule was applied.</numerusform>
            <numerusform>National practice. Choose this only where your national law counts periods in whole days; the deadline then falls later than %n hours. Documents always state which rule was applied.</numerusform>
        </translation>
    </message>
</context>
</TS>
