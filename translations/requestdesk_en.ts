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
        <location filename="../requestdesk/ui/main_window.py" line="245"/>
        <source>%1 of %n archived request(s) shown</source>
        <translation>
            <numerusform>%1 of %n archived request shown</numerusform>
            <numerusform>%1 of %n archived requests shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/main_window.py" line="248"/>
        <source>%1 of %n request(s) shown</source>
        <translation>
            <numerusform>%1 of %n request shown</numerusform>
            <numerusform>%1 of %n requests shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/main_window.py" line="250"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/main_window.py" line="253"/>
        <source>%n in the archive</source>
        <translation>
            <numerusform>%n in the archive</numerusform>
            <numerusform>%n in the archive</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/main_window.py" line="330"/>
        <source>%n request(s) were changed since and were kept as they are.</source>
        <translation>
            <numerusform>%n request was changed since and was kept as it is.</numerusform>
            <numerusform>%n requests were changed since and were kept as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/main_window.py" line="405"/>
        <source>Duplicate %n request(s)</source>
        <translation>
            <numerusform>Duplicate %n request</numerusform>
            <numerusform>Duplicate %n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/main_window.py" line="407"/>
        <source>%n copy(ies) created as draft(s)</source>
        <translation>
            <numerusform>%n copy created as a draft</numerusform>
            <numerusform>%n copies created as drafts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/main_window.py" line="435"/>
        <source>Delete %n request(s)</source>
        <translation>
            <numerusform>Delete %n request</numerusform>
            <numerusform>Delete %n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/main_window.py" line="437"/>
        <source>Archive %n request(s)</source>
        <translation>
            <numerusform>Archive %n request</numerusform>
            <numerusform>Archive %n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/main_window.py" line="438"/>
        <source>Delete or archive %n request(s)</source>
        <translation>
            <numerusform>Delete or archive %n request</numerusform>
            <numerusform>Delete or archive %n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/main_window.py" line="443"/>
        <source>%n request(s) deleted.</source>
        <translation>
            <numerusform>%n request deleted.</numerusform>
            <numerusform>%n requests deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/main_window.py" line="446"/>
        <source>%n request(s) archived, not deleted: they have left the draft stage, so they are kept with their log (Status ▸ Archived shows them).</source>
        <translation>
            <numerusform>%n request archived, not deleted: it has left the draft stage, so it is kept with its log (Status ▸ Archived shows it).</numerusform>
            <numerusform>%n requests archived, not deleted: they have left the draft stage, so they are kept with their log (Status ▸ Archived shows them).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/main_window.py" line="463"/>
        <source>%n request(s) brought back from the archive.</source>
        <translation>
            <numerusform>%n request brought back from the archive.</numerusform>
            <numerusform>%n requests brought back from the archive.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/main_window.py" line="517"/>
        <source>Import %n request(s)</source>
        <translation>
            <numerusform>Import %n request</numerusform>
            <numerusform>Import %n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/main_window.py" line="519"/>
        <source>%n request(s) imported</source>
        <translation>
            <numerusform>%n request imported</numerusform>
            <numerusform>%n requests imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/main_window.py" line="562"/>
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
        <location filename="../requestdesk/ui/register/model.py" line="130"/>
        <source>%1, %n error(s)</source>
        <translation>
            <numerusform>%1, %n error</numerusform>
            <numerusform>%1, %n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/register/model.py" line="142"/>
        <location filename="../requestdesk/ui/register/model.py" line="132"/>
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
        <location filename="../requestdesk/ui/register/view.py" line="252"/>
        <source>The archive holds %n request(s); none matches the search.</source>
        <translation>
            <numerusform>The archive holds %n request; none matches the search.</numerusform>
            <numerusform>The archive holds %n requests; none matches the search.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/register/view.py" line="264"/>
        <source>No request matches the search and filters.

The register holds %n request(s); clear the search box or the filters to see them.</source>
        <translation>
            <numerusform>No request matches the search and filters.

The register holds %n request; clear the search box or the filters to see it.</numerusform>
            <numerusform>No request matches the search and filters.

The register holds %n requests; clear the search box or the filters to see them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/register/view.py" line="273"/>
        <source>%n request(s) in the archive: choose Status ▸ Archived to see them.</source>
        <translation>
            <numerusform>%n request in the archive: choose Status ▸ Archived to see it.</numerusform>
            <numerusform>%n requests in the archive: choose Status ▸ Archived to see them.</numerusform>
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
