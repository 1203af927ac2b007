<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AssistanceStep</name>
    <message>
        <location filename="../requestdesk/ui/editor/steps/assistance.py" line="38"/>
        <source>Assistance requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/assistance.py" line="42"/>
        <source>Items of assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/assistance.py" line="54"/>
        <source>The request asks for nothing yet: add an item of assistance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/assistance.py" line="65"/>
        <source>Form of cooperation (Article 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/assistance.py" line="69"/>
        <source>Ground (required for form b of Article 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/assistance.py" line="73"/>
        <source>What the requested authority is asked to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/assistance.py" line="76"/>
        <source>Identifiers and the time of their use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/assistance.py" line="120"/>
        <source>form not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/assistance.py" line="174"/>
        <source>Item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/assistance.py" line="177"/>
        <source>Add item of assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/assistance.py" line="183"/>
        <source>Remove item of assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/assistance.py" line="200"/>
        <source>Click a cell to edit it. A time typed without a UTC offset is taken in the requesting authority&apos;s zone (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/assistance.py" line="207"/>
        <location filename="../requestdesk/ui/editor/steps/assistance.py" line="249"/>
        <source>Add identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/assistance.py" line="214"/>
        <location filename="../requestdesk/ui/editor/steps/assistance.py" line="250"/>
        <source>Remove identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/assistance.py" line="247"/>
        <source>Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/assistance.py" line="248"/>
        <source>Remove item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/assistance.py" line="255"/>
        <source>— choose a form —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/assistance.py" line="257"/>
        <source>— choose a ground —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsModel</name>
    <message>
        <location filename="../requestdesk/ui/editor/attachments_model.py" line="48"/>
        <source>Title (Russian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/attachments_model.py" line="48"/>
        <source>Title (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/attachments_model.py" line="48"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/attachments_model.py" line="48"/>
        <source>Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/attachments_model.py" line="49"/>
        <location filename="../requestdesk/ui/editor/attachments_model.py" line="102"/>
        <source>Certified copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/attachments_model.py" line="65"/>
        <source>The title is missing in this language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/attachments_model.py" line="66"/>
        <source>Give the enclosure a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/attachments_model.py" line="68"/>
        <source>Give the number of pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/attachments_model.py" line="111"/>
        <location filename="../requestdesk/ui/editor/attachments_model.py" line="113"/>
        <source>Enclosure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BilingualField</name>
    <message>
        <location filename="../requestdesk/ui/editor/fields.py" line="188"/>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/fields.py" line="189"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseStep</name>
    <message>
        <location filename="../requestdesk/ui/editor/steps/case.py" line="19"/>
        <source>The case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/case.py" line="22"/>
        <source>Acts concerned (Article 3(1) of the Agreement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/case.py" line="41"/>
        <source>Statement of the substance of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/case.py" line="42"/>
        <source>When, where and how the act was committed, the damage, the case number; every date, amount and identifier in both languages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/case.py" line="62"/>
        <source>Acts concerned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../requestdesk/ui/editor/fields.py" line="314"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/fields.py" line="317"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/fields.py" line="318"/>
        <source>Leave the date empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <location filename="../requestdesk/ui/editor/fields.py" line="401"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/fields.py" line="404"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/fields.py" line="405"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/fields.py" line="406"/>
        <source>The time is entered in this time zone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorWindow</name>
    <message>
        <location filename="../requestdesk/ui/editor/window.py" line="49"/>
        <source>Request No. %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/window.py" line="51"/>
        <source>Request No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/window.py" line="53"/>
        <source>Request of %1 (no number yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/window.py" line="54"/>
        <source>New request</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/editor/window.py" line="229"/>
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/editor/window.py" line="229"/>
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/window.py" line="230"/>
        <source>Nothing to fix here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/window.py" line="240"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/window.py" line="244"/>
        <source>Not saved: %1. Your changes are kept in a recovery draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/window.py" line="265"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/window.py" line="266"/>
        <source>The request could not be saved to the register. Close anyway? Your changes stay in a recovery draft and will be offered the next time RequestDesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/window.py" line="276"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/window.py" line="277"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/window.py" line="278"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/window.py" line="279"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/window.py" line="280"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/window.py" line="281"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/window.py" line="282"/>
        <source>Export the request, its confirmation or the checklist as a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/window.py" line="283"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/window.py" line="284"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/window.py" line="285"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/window.py" line="286"/>
        <source>&amp;Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/window.py" line="287"/>
        <source>&amp;Previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/window.py" line="288"/>
        <source>&amp;Article help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/window.py" line="289"/>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/window.py" line="290"/>
        <source>What the Agreement says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/window.py" line="291"/>
        <source>← Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/window.py" line="292"/>
        <source>Next →</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExecutionStep</name>
    <message>
        <location filename="../requestdesk/ui/editor/steps/execution.py" line="22"/>
        <source>Desired execution date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/execution.py" line="25"/>
        <source>Execute by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/execution.py" line="30"/>
        <source>It may not be earlier than the date of the request. The requested authority executes within this time or tells you at once of obstacles (Article 7).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExecutorStep</name>
    <message>
        <location filename="../requestdesk/ui/editor/steps/executor.py" line="14"/>
        <source>Executing officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/executor.py" line="17"/>
        <source>Name (initials and surname)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/executor.py" line="18"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/executor.py" line="22"/>
        <source>Printed at the foot of the letter so that the requested authority can reach the officer who prepared it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../requestdesk/ui/editor/findings_panel.py" line="85"/>
        <source>Ready for signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/editor/findings_panel.py" line="87"/>
        <source>Ready for signature; %n warning(s) to review</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/editor/findings_panel.py" line="88"/>
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/editor/findings_panel.py" line="88"/>
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/findings_panel.py" line="101"/>
        <source>Click a finding to go to the field it is about.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentifiersModel</name>
    <message>
        <location filename="../requestdesk/ui/editor/identifiers_model.py" line="82"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/identifiers_model.py" line="82"/>
        <location filename="../requestdesk/ui/editor/identifiers_model.py" line="156"/>
        <source>Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/identifiers_model.py" line="82"/>
        <source>Used from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/identifiers_model.py" line="82"/>
        <source>Used until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/identifiers_model.py" line="97"/>
        <source>Choose the type of identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/identifiers_model.py" line="100"/>
        <source>Enter the identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/identifiers_model.py" line="103"/>
        <source>This is not a well-formed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/identifiers_model.py" line="109"/>
        <source>Not a date and time. Type it as 20.10.2026 14:30 or 2026-10-20T14:30+03:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/identifiers_model.py" line="111"/>
        <source>The time needs its UTC offset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/identifiers_model.py" line="114"/>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/identifiers_model.py" line="116"/>
        <source>An IP address is useless to a provider without the exact time of its use, with the time zone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OtherStep</name>
    <message>
        <location filename="../requestdesk/ui/editor/steps/other.py" line="21"/>
        <source>Other information and enclosures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/other.py" line="25"/>
        <source>Other information useful for execution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/other.py" line="27"/>
        <source>Enclosures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/other.py" line="48"/>
        <source>Printed as «Enclosure: … on N pages in M copies».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/other.py" line="50"/>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/other.py" line="57"/>
        <location filename="../requestdesk/ui/editor/steps/other.py" line="78"/>
        <source>Add enclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/other.py" line="64"/>
        <location filename="../requestdesk/ui/editor/steps/other.py" line="79"/>
        <source>Remove enclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/other.py" line="80"/>
        <source>Ask to keep the fact and content of the request confidential (Article 8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/other.py" line="81"/>
        <source>Ask that our representatives be present during execution (Article 7)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartiesStep</name>
    <message>
        <location filename="../requestdesk/ui/editor/steps/parties.py" line="214"/>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/parties.py" line="224"/>
        <source>Exchange of information (Article 6(4))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/parties.py" line="232"/>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/parties.py" line="252"/>
        <source>Choose how information is exchanged: it decides who signs the request and which seal it bears.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartyBox</name>
    <message>
        <location filename="../requestdesk/ui/editor/steps/parties.py" line="182"/>
        <source>Authority from the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/parties.py" line="190"/>
        <source>Subdivision from the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/parties.py" line="194"/>
        <source>Requesting competent authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/parties.py" line="195"/>
        <source>Requested competent authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/parties.py" line="196"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/parties.py" line="197"/>
        <source>Competent authority (pick from the directory or type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/parties.py" line="198"/>
        <source>Subdivision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/parties.py" line="199"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/parties.py" line="202"/>
        <source>— choose a state —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurposeStep</name>
    <message>
        <location filename="../requestdesk/ui/editor/steps/purpose.py" line="15"/>
        <source>Purpose and justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/purpose.py" line="18"/>
        <source>Purpose of the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/purpose.py" line="19"/>
        <source>Justification: why the requested Party can help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/purpose.py" line="21"/>
        <source>The results may be used only for the purpose stated here (Article 9).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationStep</name>
    <message>
        <location filename="../requestdesk/ui/editor/steps/registration.py" line="19"/>
        <source>Request details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/registration.py" line="22"/>
        <source>Outgoing registration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/registration.py" line="26"/>
        <source>Date of the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/registration.py" line="29"/>
        <location filename="../requestdesk/ui/editor/steps/registration.py" line="65"/>
        <source>Languages of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/registration.py" line="41"/>
        <source>Each language ticked here is required in every text the Agreement requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/registration.py" line="43"/>
        <source>Reference to the Agreement (Art. 6(3)(g)), written into the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/registration.py" line="68"/>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/registration.py" line="69"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignatoryStep</name>
    <message>
        <location filename="../requestdesk/ui/editor/steps/signatory.py" line="17"/>
        <source>Signatory and seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/signatory.py" line="20"/>
        <source>Article 6(4): a request transmitted or confirmed in writing is signed and sealed as the exchange requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/signatory.py" line="29"/>
        <source>Signs as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/signatory.py" line="33"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/signatory.py" line="34"/>
        <source>Initials and surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/signatory.py" line="35"/>
        <source>Basis for signing as acting head (order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/signatory.py" line="37"/>
        <source>Seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/signatory.py" line="49"/>
        <source>Choose the exchange of information in the Parties step: it decides who signs and which seal is affixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/signatory.py" line="58"/>
        <source>%1 (does not fit this exchange)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/signatory.py" line="60"/>
        <source>— choose who signs —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/signatory.py" line="65"/>
        <source>%1 (required for this exchange)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/signatory.py" line="67"/>
        <source>— choose the seal —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransmissionStep</name>
    <message>
        <location filename="../requestdesk/ui/editor/steps/transmission.py" line="23"/>
        <source>Transmission and urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/transmission.py" line="26"/>
        <source>Article 6(2): a request is sent in writing; in urgent cases by technical means or orally, then confirmed in writing within 3 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/transmission.py" line="34"/>
        <source>Why it is urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/transmission.py" line="35"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/transmission.py" line="40"/>
        <source>Bilateral arrangement or treaty that allows technical channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/transmission.py" line="42"/>
        <source>Transmitted at (time of the requesting authority)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/transmission.py" line="45"/>
        <source>Written confirmation sent at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/transmission.py" line="72"/>
        <source>No written confirmation is due: the request goes in writing, or no moment of transmission is recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/transmission.py" line="76"/>
        <source>Written confirmation due: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/transmission.py" line="79"/>
        <source>On this computer&apos;s clock: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/transmission.py" line="82"/>
        <source>Counted as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/transmission.py" line="87"/>
        <source>Urgent case (Article 6(2))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/transmission.py" line="89"/>
        <source>— choose a channel —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZoneField</name>
    <message>
        <location filename="../requestdesk/ui/editor/steps/parties.py" line="66"/>
        <source>State&apos;s zone (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
