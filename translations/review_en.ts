<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
  <context>
    <name>EditorWindow</name>
    <message numerus="yes">
      <location filename="../requestdesk/ui/editor/window.py" line="337" />
      <source>Returned for changes. %n comment(s) of the supervisor are shown on the steps concerned.</source>
      <translation>
        <numerusform>Returned for changes. %n comment of the supervisor is shown on the step concerned.</numerusform>
        <numerusform>Returned for changes. %n comments of the supervisor are shown on the steps concerned.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>EnclosureFiles</name>
    <message numerus="yes">
      <location filename="../requestdesk/ui/editor/enclosure_files.py" line="278" />
      <source>%n page(s)</source>
      <translation>
        <numerusform>%n page</numerusform>
        <numerusform>%n pages</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message numerus="yes">
      <location filename="../requestdesk/ui/main_window.py" line="394" />
      <source>%n package(s) imported</source>
      <translation>
        <numerusform>%n package imported</numerusform>
        <numerusform>%n packages imported</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SubmitWithErrorsDialog</name>
    <message numerus="yes">
      <location filename="../requestdesk/ui/review/submit_dialog.py" line="0" />
      <source>The checks find %n error(s) in this request. The supervisor will see them too. Send it anyway only with a note saying why.</source>
      <translation><numerusform>The checks find %n error in this request. The supervisor will see it too. Send it anyway only with a note saying why.</numerusform><numerusform>The checks find %n errors in this request. The supervisor will see them too. Send it anyway only with a note saying why.</numerusform></translation>
    </message>
  </context>
</TS>