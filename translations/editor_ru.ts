<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context>
    <name>AssistanceStep</name>
    <message>
        <location filename="../requestdesk/ui/editor/steps/assistance.py" line="38" />
        <source>Assistance requested</source>
        <translation>Запрашиваемое содействие</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/assistance.py" line="42" />
        <source>Items of assistance</source>
        <translation>Пункты запроса</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/assistance.py" line="54" />
        <source>The request asks for nothing yet: add an item of assistance.</source>
        <translation>В запросе пока ничего не запрашивается: добавьте пункт.</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/assistance.py" line="65" />
        <source>Form of cooperation (Article 5)</source>
        <translation>Форма сотрудничества (статья 5)</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/assistance.py" line="69" />
        <source>Ground (required for form b of Article 5)</source>
        <translation>Основание (обязательно для формы «б» статьи 5)</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/assistance.py" line="73" />
        <source>What the requested authority is asked to do</source>
        <translation>Что просим сделать запрашиваемый орган</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/assistance.py" line="76" />
        <source>Identifiers and the time of their use</source>
        <translation>Идентификаторы и время их использования</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/assistance.py" line="120" />
        <source>form not chosen</source>
        <translation>форма не выбрана</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/assistance.py" line="174" />
        <source>Item %1</source>
        <translation>Пункт %1</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/assistance.py" line="177" />
        <source>Add item of assistance</source>
        <translation>Добавление пункта запроса</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/assistance.py" line="183" />
        <source>Remove item of assistance</source>
        <translation>Удаление пункта запроса</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/assistance.py" line="200" />
        <source>Click a cell to edit it. A time typed without a UTC offset is taken in the requesting authority's zone (%1).</source>
        <translation>Щелкните ячейку, чтобы изменить ее. Время без смещения от UTC считается временем часового пояса запрашивающего органа (%1).</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/assistance.py" line="207" />
        <location filename="../requestdesk/ui/editor/steps/assistance.py" line="252" />
        <source>Add identifier</source>
        <translation>Добавить идентификатор</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/assistance.py" line="214" />
        <location filename="../requestdesk/ui/editor/steps/assistance.py" line="253" />
        <source>Remove identifier</source>
        <translation>Удалить идентификатор</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/assistance.py" line="250" />
        <source>Add item</source>
        <translation>Добавить пункт</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/assistance.py" line="251" />
        <source>Remove item</source>
        <translation>Удалить пункт</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/assistance.py" line="258" />
        <source>— choose a form —</source>
        <translation>— выберите форму —</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/assistance.py" line="260" />
        <source>— choose a ground —</source>
        <translation>— выберите основание —</translation>
    </message>
</context>
<context>
    <name>AttachmentsModel</name>
    <message>
        <location filename="../requestdesk/ui/editor/attachments_model.py" line="48" />
        <source>Title (Russian)</source>
        <translation>Наименование (рус.)</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/attachments_model.py" line="48" />
        <source>Title (English)</source>
        <translation>Наименование (англ.)</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/attachments_model.py" line="48" />
        <source>Pages</source>
        <translation>Листов</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/attachments_model.py" line="48" />
        <source>Copies</source>
        <translation>Экз.</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/attachments_model.py" line="49" />
        <location filename="../requestdesk/ui/editor/attachments_model.py" line="102" />
        <source>Certified copy</source>
        <translation>Заверенная копия</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/attachments_model.py" line="65" />
        <source>The title is missing in this language.</source>
        <translation>Нет наименования на этом языке.</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/attachments_model.py" line="66" />
        <source>Give the enclosure a title.</source>
        <translation>Укажите наименование приложения.</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/attachments_model.py" line="68" />
        <source>Give the number of pages.</source>
        <translation>Укажите число листов.</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/attachments_model.py" line="111" />
        <location filename="../requestdesk/ui/editor/attachments_model.py" line="113" />
        <source>Enclosure</source>
        <translation>Приложение</translation>
    </message>
</context>
<context>
    <name>BilingualField</name>
    <message>
        <location filename="../requestdesk/ui/editor/fields.py" line="198" />
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/fields.py" line="199" />
        <source>English</source>
        <translation>Английский</translation>
    </message>
</context>
<context>
    <name>CaseStep</name>
    <message>
        <location filename="../requestdesk/ui/editor/steps/case.py" line="19" />
        <source>The case</source>
        <translation>Существо дела</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/case.py" line="22" />
        <source>Acts concerned (Article 3(1) of the Agreement)</source>
        <translation>Деяния (пункт 1 статьи 3 Соглашения)</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/case.py" line="42" />
        <source>Statement of the substance of the case</source>
        <translation>Изложение существа дела</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/case.py" line="43" />
        <source>When, where and how the act was committed, the damage, the case number; every date, amount and identifier in both languages.</source>
        <translation>Когда, где и как совершено деяние, причиненный ущерб, номер дела; каждая дата, сумма и идентификатор — на обоих языках.</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/case.py" line="63" />
        <source>Acts concerned</source>
        <translation>Деяния</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../requestdesk/ui/editor/fields.py" line="328" />
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/fields.py" line="329" />
        <source>Leave the date empty</source>
        <translation>Оставить дату пустой</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <location filename="../requestdesk/ui/editor/fields.py" line="415" />
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/fields.py" line="416" />
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/fields.py" line="417" />
        <source>The time is entered in this time zone</source>
        <translation>Время вводится в этом часовом поясе</translation>
    </message>
</context>
<context>
    <name>EditorWindow</name>
    <message>
        <location filename="../requestdesk/ui/editor/window.py" line="49" />
        <source>Request No. %1 of %2</source>
        <translation>Запрос № %1 от %2</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/window.py" line="51" />
        <source>Request No. %1</source>
        <translation>Запрос № %1</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/window.py" line="53" />
        <source>Request of %1 (no number yet)</source>
        <translation>Запрос от %1 (без номера)</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/window.py" line="54" />
        <source>New request</source>
        <translation>Новый запрос</translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/editor/window.py" line="226" />
        <source>%n error(s)</source>
        <translation><numerusform>%n ошибка</numerusform><numerusform>%n ошибки</numerusform><numerusform>%n ошибок</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/editor/window.py" line="226" />
        <source>%n warning(s)</source>
        <translation><numerusform>%n предупреждение</numerusform><numerusform>%n предупреждения</numerusform><numerusform>%n предупреждений</numerusform></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/window.py" line="227" />
        <source>Nothing to fix here</source>
        <translation>Здесь все в порядке</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/window.py" line="242" />
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/window.py" line="285"/>
        <source>Another program changed this request in the register. Your next save here replaces that version.</source>
        <translation>Другая программа изменила этот запрос в реестре. Следующее сохранение здесь заменит ту версию.</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/window.py" line="420"/>
        <source>Changed by another program</source>
        <translation>Изменено другой программой</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/window.py" line="420"/>
        <source>Another program changed this request in the register while it was open here (a package imported from the command line, for example). Save your version over it?</source>
        <translation>Другая программа изменила этот запрос в реестре, пока он был открыт здесь (например, при импорте пакета из командной строки). Сохранить вашу версию вместо нее?</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/window.py" line="420"/>
        <source>Save my version</source>
        <translation>Сохранить мою версию</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/window.py" line="420"/>
        <source>Keep the register&apos;s version</source>
        <translation>Оставить версию из реестра</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/window.py" line="246" />
        <source>Not saved: %1. Your changes are kept in a recovery draft.</source>
        <translation>Не сохранено: %1. Изменения сохранены в черновике для восстановления.</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/window.py" line="285" />
        <source>The recovery draft was not written: %1. Your changes are still open here.</source>
        <translation>Черновик для восстановления не записан: %1. Изменения по-прежнему открыты в этом окне.</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/window.py" line="270" />
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/window.py" line="271" />
        <source>The request could not be saved to the register. Close anyway? Your changes stay in a recovery draft and will be offered the next time RequestDesk starts.</source>
        <translation>Не удалось сохранить запрос в реестре. Все равно закрыть? Изменения останутся в черновике и будут предложены для восстановления при следующем запуске RequestDesk.</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/window.py" line="281" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/window.py" line="282" />
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/window.py" line="283" />
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/window.py" line="284" />
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/window.py" line="285" />
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/window.py" line="286" />
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/window.py" line="287" />
        <source>Export the request, its confirmation or the checklist as a document</source>
        <translation>Выгрузить запрос, его письменное подтверждение или контрольный лист в документ</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/window.py" line="288" />
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/window.py" line="289" />
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/window.py" line="290" />
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/window.py" line="291" />
        <source>&amp;Next step</source>
        <translation>&amp;Следующий шаг</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/window.py" line="292" />
        <source>&amp;Previous step</source>
        <translation>&amp;Предыдущий шаг</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/window.py" line="293" />
        <source>&amp;Article help</source>
        <translation>Текст &amp;статьи</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/window.py" line="294" />
        <source>Checks</source>
        <translation>Автоматический контроль</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/window.py" line="295" />
        <source>What the Agreement says</source>
        <translation>Текст Соглашения</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/window.py" line="296" />
        <source>← Previous</source>
        <translation>← Назад</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/window.py" line="297" />
        <source>Next →</source>
        <translation>Далее →</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/window.py" line="0" />
        <source>Approved: this is the text the supervisor approved, open for reading.</source>
        <translation>Согласован: это текст, согласованный проверяющим; он открыт для чтения.</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/window.py" line="0" />
        <source>Edit (voids the approval)</source>
        <translation>Изменить (согласование утратит силу)</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/window.py" line="0" />
        <source>In review: the supervisor is reading this text. It is open for reading.</source>
        <translation>На проверке: проверяющий изучает этот текст. Он открыт для чтения.</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/window.py" line="0" />
        <source>Edit while in review</source>
        <translation>Изменить во время проверки</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/window.py" line="0" />
        <source>Open for reading.</source>
        <translation>Открыт для чтения.</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/window.py" line="0" />
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/window.py" line="0" />
        <source>Signed or sent: the text can no longer change. It is open for reading.</source>
        <translation>Подписан или отправлен: текст больше не меняется. Он открыт для чтения.</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/window.py" line="0" />
        <source>Editing an approved request: a saved change voids the approval; bringing the text back to the approved one restores it.</source>
        <translation>Изменение согласованного запроса: сохраненное изменение лишает согласование силы, возврат к согласованному тексту восстанавливает его.</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/window.py" line="0" />
        <source>The text is back to the approved one: the approval is valid again.</source>
        <translation>Текст возвращен к согласованному: согласование снова действует.</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/window.py" line="0" />
        <source>Document written: %1</source>
        <translation>Документ записан: %1</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/window.py" line="0" />
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
</context>
<context>
    <name>ExecutionStep</name>
    <message>
        <location filename="../requestdesk/ui/editor/steps/execution.py" line="22" />
        <source>Desired execution date</source>
        <translation>Желательный срок исполнения</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/execution.py" line="25" />
        <source>Execute by</source>
        <translation>Исполнить до</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/execution.py" line="30" />
        <source>It may not be earlier than the date of the request. The requested authority executes within this time or tells you at once of obstacles (Article 7).</source>
        <translation>Срок не может быть раньше даты запроса. Запрашиваемый орган исполняет запрос в этот срок либо незамедлительно сообщает о препятствиях (статья 7).</translation>
    </message>
</context>
<context>
    <name>ExecutorStep</name>
    <message>
        <location filename="../requestdesk/ui/editor/steps/executor.py" line="14" />
        <source>Executing officer</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/executor.py" line="17" />
        <source>Name (initials and surname)</source>
        <translation>Инициалы и фамилия</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/executor.py" line="18" />
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/executor.py" line="22" />
        <source>Printed at the foot of the letter so that the requested authority can reach the officer who prepared it.</source>
        <translation>Указывается внизу письма, чтобы запрашиваемый орган мог связаться с подготовившим его сотрудником.</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../requestdesk/ui/editor/findings_panel.py" line="88" />
        <source>Ready for signature</source>
        <translation>Готов к подписанию</translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/editor/findings_panel.py" line="90" />
        <source>Ready for signature; %n warning(s) to review</source>
        <translation><numerusform>Готов к подписанию; %n предупреждение требует внимания</numerusform><numerusform>Готов к подписанию; %n предупреждения требуют внимания</numerusform><numerusform>Готов к подписанию; %n предупреждений требуют внимания</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/editor/findings_panel.py" line="91" />
        <source>%n error(s)</source>
        <translation><numerusform>%n ошибка</numerusform><numerusform>%n ошибки</numerusform><numerusform>%n ошибок</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/editor/findings_panel.py" line="91" />
        <source>%n warning(s)</source>
        <translation><numerusform>%n предупреждение</numerusform><numerusform>%n предупреждения</numerusform><numerusform>%n предупреждений</numerusform></translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/findings_panel.py" line="104" />
        <source>Click a finding to go to the field it is about.</source>
        <translation>Щелкните замечание, чтобы перейти к полю, к которому оно относится.</translation>
    </message>
</context>
<context>
    <name>IdentifiersModel</name>
    <message>
        <location filename="../requestdesk/ui/editor/identifiers_model.py" line="82" />
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/identifiers_model.py" line="82" />
        <location filename="../requestdesk/ui/editor/identifiers_model.py" line="156" />
        <source>Identifier</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/identifiers_model.py" line="82" />
        <source>Used from</source>
        <translation>Использовался с</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/identifiers_model.py" line="82" />
        <source>Used until</source>
        <translation>Использовался по</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/identifiers_model.py" line="97" />
        <source>Choose the type of identifier.</source>
        <translation>Выберите тип идентификатора.</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/identifiers_model.py" line="100" />
        <source>Enter the identifier.</source>
        <translation>Введите идентификатор.</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/identifiers_model.py" line="103" />
        <source>This is not a well-formed %1.</source>
        <translation>Неверная запись: %1.</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/identifiers_model.py" line="109" />
        <source>Not a date and time. Type it as 20/10/2026 14:30 (in the time zone shown below the table).</source>
        <translation>Это не дата и время. Введите, например, 20.10.2026 14:30 (по часовому поясу, указанному под таблицей).</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/identifiers_model.py" line="111" />
        <source>The time needs its UTC offset.</source>
        <translation>Укажите смещение времени от UTC.</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/identifiers_model.py" line="114" />
        <source>The period ends before it starts.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/identifiers_model.py" line="116" />
        <source>An IP address is useless to a provider without the exact time of its use, with the time zone.</source>
        <translation>Без точного времени использования с указанием часового пояса IP-адрес бесполезен для оператора связи.</translation>
    </message>
</context>
<context>
    <name>OtherStep</name>
    <message>
        <location filename="../requestdesk/ui/editor/steps/other.py" line="21" />
        <source>Other information and enclosures</source>
        <translation>Иная информация и приложения</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/other.py" line="25" />
        <source>Other information useful for execution</source>
        <translation>Иная информация, полезная для исполнения</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/other.py" line="27" />
        <source>Enclosures</source>
        <translation>Приложения</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/other.py" line="48" />
        <source>Printed as “Enclosure: … on N pages in M copies”.</source>
        <translation>Печатается как «Приложение: … на N л. в M экз.».</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/other.py" line="50" />
        <source>Conditions</source>
        <translation>Условия</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/other.py" line="57" />
        <location filename="../requestdesk/ui/editor/steps/other.py" line="78" />
        <source>Add enclosure</source>
        <translation>Добавить приложение</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/other.py" line="64" />
        <location filename="../requestdesk/ui/editor/steps/other.py" line="79" />
        <source>Remove enclosure</source>
        <translation>Удалить приложение</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/other.py" line="80" />
        <source>Ask to keep the fact and content of the request confidential (Article 8)</source>
        <translation>Просить обеспечить конфиденциальность факта и содержания запроса (статья 8)</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/other.py" line="81" />
        <source>Ask that our representatives be present during execution (Article 7)</source>
        <translation>Просить о присутствии наших представителей при исполнении (статья 7)</translation>
    </message>
</context>
<context>
    <name>PartiesStep</name>
    <message>
        <location filename="../requestdesk/ui/editor/steps/parties.py" line="219" />
        <source>Parties</source>
        <translation>Стороны</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/parties.py" line="229" />
        <source>Exchange of information (Article 6(4))</source>
        <translation>Обмен информацией (пункт 4 статьи 6)</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/parties.py" line="237" />
        <source>Exchange</source>
        <translation>Обмен информацией</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/parties.py" line="258" />
        <source>Choose how information is exchanged: it decides who signs the request and which seal it bears.</source>
        <translation>Выберите, как осуществляется обмен информацией: от этого зависит, кто подписывает запрос и какая печать на нем ставится.</translation>
    </message>
</context>
<context>
    <name>PartyBox</name>
    <message>
        <location filename="../requestdesk/ui/editor/steps/parties.py" line="187" />
        <source>Authority from the directory</source>
        <translation>Орган из справочника</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/parties.py" line="195" />
        <source>Subdivision from the directory</source>
        <translation>Подразделение из справочника</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/parties.py" line="199" />
        <source>Requesting competent authority</source>
        <translation>Запрашивающий компетентный орган</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/parties.py" line="200" />
        <source>Requested competent authority</source>
        <translation>Запрашиваемый компетентный орган</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/parties.py" line="201" />
        <source>State</source>
        <translation>Государство</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/parties.py" line="202" />
        <source>Competent authority (pick from the directory or type)</source>
        <translation>Компетентный орган (выберите из справочника или введите)</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/parties.py" line="203" />
        <source>Subdivision</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/parties.py" line="204" />
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/parties.py" line="207" />
        <source>— choose a state —</source>
        <translation>— выберите государство —</translation>
    </message>
</context>
<context>
    <name>PurposeStep</name>
    <message>
        <location filename="../requestdesk/ui/editor/steps/purpose.py" line="15" />
        <source>Purpose and justification</source>
        <translation>Цель и обоснование</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/purpose.py" line="18" />
        <source>Purpose of the request</source>
        <translation>Цель запроса</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/purpose.py" line="19" />
        <source>Justification: why the requested Party can help</source>
        <translation>Обоснование: почему запрашиваемая Сторона может помочь</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/purpose.py" line="21" />
        <source>The results may be used only for the purpose stated here (Article 9).</source>
        <translation>Результаты могут использоваться только в указанных здесь целях (статья 9).</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../requestdesk/ui/editor/recovery.py" line="52" />
        <source>changes not saved to the register</source>
        <translation>изменения не сохранены в реестре</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/recovery.py" line="52" />
        <source>not in the register</source>
        <translation>нет в реестре</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/recovery.py" line="56" />
        <source>Recover unsaved work</source>
        <translation>Восстановление несохраненной работы</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/recovery.py" line="57" />
        <source>RequestDesk did not close normally last time. These requests have unsaved work:</source>
        <translation>В прошлый раз RequestDesk завершил работу некорректно. В этих запросах есть несохраненные изменения:</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/recovery.py" line="60" />
        <source>These draft files could not be read and were set aside:</source>
        <translation>Эти файлы черновиков не удалось прочитать, они отложены:</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/recovery.py" line="63" />
        <source>Recover</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/recovery.py" line="64" />
        <source>Discard</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>RegistrationStep</name>
    <message>
        <location filename="../requestdesk/ui/editor/steps/registration.py" line="19" />
        <source>Request details</source>
        <translation>Реквизиты запроса</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/registration.py" line="22" />
        <source>Outgoing registration number</source>
        <translation>Исходящий регистрационный номер</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/registration.py" line="26" />
        <source>Date of the request</source>
        <translation>Дата запроса</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/registration.py" line="29" />
        <location filename="../requestdesk/ui/editor/steps/registration.py" line="66" />
        <source>Languages of the document</source>
        <translation>Языки документа</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/registration.py" line="42" />
        <source>Each language ticked here is required in every text the Agreement requires.</source>
        <translation>Каждый отмеченный язык обязателен во всех текстах, которых требует Соглашение.</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/registration.py" line="44" />
        <source>Reference to the Agreement (Art. 6(3)(g)), written into the document</source>
        <translation>Ссылка на Соглашение (подп. «ж» п. 3 ст. 6), включаемая в документ</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/registration.py" line="69" />
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/registration.py" line="70" />
        <source>English</source>
        <translation>Английский</translation>
    </message>
</context>
<context>
    <name>SignatoryStep</name>
    <message>
        <location filename="../requestdesk/ui/editor/steps/signatory.py" line="17" />
        <source>Signatory and seal</source>
        <translation>Подпись и печать</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/signatory.py" line="23" />
        <source>Article 6(4): a request transmitted or confirmed in writing is signed and sealed as the exchange requires.</source>
        <translation>Пункт 4 статьи 6: запрос, переданный или подтвержденный в письменной форме, подписывается и скрепляется печатью в зависимости от вида обмена.</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/signatory.py" line="32" />
        <source>Signs as</source>
        <translation>Подписывает</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/signatory.py" line="36" />
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/signatory.py" line="37" />
        <source>Initials and surname</source>
        <translation>Инициалы и фамилия</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/signatory.py" line="38" />
        <source>Basis for signing as acting head (order)</source>
        <translation>Основание подписи исполняющим обязанности (приказ)</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/signatory.py" line="40" />
        <source>Seal</source>
        <translation>Печать</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/signatory.py" line="52" />
        <source>Choose the exchange of information in the Parties step: it decides who signs and which seal is affixed.</source>
        <translation>Выберите вид обмена информацией на шаге «Стороны»: от него зависит, кто подписывает запрос и какая печать ставится.</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/signatory.py" line="61" />
        <source>%1 (does not fit this exchange)</source>
        <translation>%1 (не соответствует виду обмена)</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/signatory.py" line="63" />
        <source>— choose who signs —</source>
        <translation>— выберите, кто подписывает —</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/signatory.py" line="68" />
        <source>%1 (required)</source>
        <translation>%1 (требуется)</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/signatory.py" line="70" />
        <source>— choose the seal —</source>
        <translation>— выберите печать —</translation>
    </message>
</context>
<context>
    <name>TransmissionStep</name>
    <message>
        <location filename="../requestdesk/ui/editor/steps/transmission.py" line="23" />
        <source>Transmission and urgency</source>
        <translation>Передача и безотлагательность</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/transmission.py" line="29" />
        <source>%1: a request is sent in writing; in urgent cases by technical means or orally, then confirmed in writing %2.</source>
        <translation>%1: запрос направляется в письменной форме; в безотлагательных случаях — с использованием технических средств связи или устно с письменным подтверждением %2.</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/transmission.py" line="35" />
        <source>Urgency</source>
        <translation>Безотлагательность</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/transmission.py" line="38" />
        <source>Why it is urgent</source>
        <translation>Обоснование безотлагательности</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/transmission.py" line="39" />
        <source>Channel</source>
        <translation>Способ передачи</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/transmission.py" line="44" />
        <source>Bilateral arrangement or treaty that allows technical channels</source>
        <translation>Двусторонняя договоренность или международный договор, допускающие технические каналы связи</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/transmission.py" line="46" />
        <source>Transmitted at (time of the requesting authority)</source>
        <translation>Время передачи (по времени запрашивающего органа)</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/transmission.py" line="49" />
        <source>Written confirmation sent at</source>
        <translation>Письменное подтверждение направлено</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/transmission.py" line="76" />
        <source>No written confirmation is due: the request goes in writing, or no moment of transmission is recorded yet.</source>
        <translation>Письменное подтверждение не требуется: запрос направляется в письменной форме либо время передачи еще не указано.</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/transmission.py" line="80" />
        <source>Written confirmation due: %1</source>
        <translation>Письменное подтверждение — не позднее: %1</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/transmission.py" line="83" />
        <source>On this computer's clock: %1</source>
        <translation>По времени этого компьютера: %1</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/transmission.py" line="86" />
        <source>Counted as: %1</source>
        <translation>Порядок исчисления: %1</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/transmission.py" line="91" />
        <source>Urgent case (%1)</source>
        <translation>Безотлагательный случай (%1)</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/editor/steps/transmission.py" line="93" />
        <source>— choose a channel —</source>
        <translation>— выберите способ передачи —</translation>
    </message>
</context>
<context>
    <name>ZoneField</name>
    <message>
        <location filename="../requestdesk/ui/editor/steps/parties.py" line="66" />
        <source>State's zone (%1)</source>
        <translation>Пояс государства (%1)</translation>
    </message>
</context>
</TS>