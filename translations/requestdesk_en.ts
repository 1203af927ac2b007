<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../requestdesk/ui/export_dialog.py" line="140" />
        <source>The check found %n error(s)</source>
        <translation><numerusform>The check found %n error</numerusform><numerusform>The check found %n errors</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/export_dialog.py" line="142" />
        <source> and %n warning(s)</source>
        <translation><numerusform> and %n warning</numerusform><numerusform> and %n warnings</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../requestdesk/ui/main_window.py" line="168" />
        <source>%n request(s)</source>
        <translation><numerusform>%n request</numerusform><numerusform>%n requests</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/main_window.py" line="170" />
        <source>%n awaiting written confirmation</source>
        <translation><numerusform>%n awaiting written confirmation</numerusform><numerusform>%n awaiting written confirmation</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/main_window.py" line="271" />
        <source>Duplicate %n request(s)</source>
        <translation><numerusform>Duplicate %n request</numerusform><numerusform>Duplicate %n requests</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/main_window.py" line="272" />
        <source>%n copy(ies) created as draft(s)</source>
        <translation><numerusform>%n copy created as a draft</numerusform><numerusform>%n copies created as drafts</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/main_window.py" line="286" />
        <source>Delete %n request(s)</source>
        <translation><numerusform>Delete %n request</numerusform><numerusform>Delete %n requests</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/main_window.py" line="288" />
        <source>%n request(s) deleted. Edit ▸ Undo (%1) brings them back.</source>
        <translation><numerusform>%n request deleted. Edit ▸ Undo (%1) brings it back.</numerusform><numerusform>%n requests deleted. Edit ▸ Undo (%1) brings them back.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/main_window.py" line="307" />
        <source>Import %n request(s)</source>
        <translation><numerusform>Import %n request</numerusform><numerusform>Import %n requests</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/main_window.py" line="309" />
        <source>%n request(s) imported</source>
        <translation><numerusform>%n request imported</numerusform><numerusform>%n requests imported</numerusform></translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message numerus="yes">
        <location filename="../requestdesk/ui/register/model.py" line="123" />
        <source>%1, %n error(s)</source>
        <translation><numerusform>%1, %n error</numerusform><numerusform>%1, %n errors</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/register/model.py" line="125" />
        <source>%1, %n warning(s)</source>
        <translation><numerusform>%1, %n warning</numerusform><numerusform>%1, %n warnings</numerusform></translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message numerus="yes">
        <location filename="../requestdesk/ui/register/view.py" line="180" />
        <source>No request matches the search and filters.

The register holds %n request(s); clear the search box or the filters to see them.</source>
        <translation><numerusform>No request matches the search and filters.

The register holds %n request; clear the search box or the filters to see it.</numerusform><numerusform>No request matches the search and filters.

The register holds %n requests; clear the search box or the filters to see them.</numerusform></translation>
    </message>
</context>
<context>
    <name>RequestFiles</name>
    <message numerus="yes">
        <location filename="../requestdesk/ui/request_files.py" line="51" />
        <source>%n file(s) could not be imported and changed nothing in the register:</source>
        <translation><numerusform>%n file could not be imported and changed nothing in the register:</numerusform><numerusform>%n files could not be imported and changed nothing in the register:</numerusform></translation>
    </message>
</context>
</TS>
