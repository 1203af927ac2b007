<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AlertBanner</name>
    <message>
        <location filename="../requestdesk/ui/tracking/alerts.py" line="52"/>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/alerts.py" line="53"/>
        <source>Hide until something changes</source>
        <translation>Скрыть до следующего изменения</translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/tracking/alerts.py" line="64"/>
        <source>%n written confirmation(s) overdue</source>
        <translation>
            <numerusform>%n письменное подтверждение просрочено</numerusform>
            <numerusform>%n письменных подтверждения просрочено</numerusform>
            <numerusform>%n письменных подтверждений просрочено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/tracking/alerts.py" line="66"/>
        <source>%n written confirmation(s) due within 24 hours</source>
        <translation>
            <numerusform>%n письменное подтверждение — срок в ближайшие 24 часа</numerusform>
            <numerusform>%n письменных подтверждения — срок в ближайшие 24 часа</numerusform>
            <numerusform>%n письменных подтверждений — срок в ближайшие 24 часа</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfirmationPanel</name>
    <message>
        <location filename="../requestdesk/ui/tracking/watch_panel.py" line="122"/>
        <source>Awaiting written confirmation (%1: %2)</source>
        <translation>Ожидают письменного подтверждения (%1: %2)</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/watch_panel.py" line="123"/>
        <source>The written confirmation is overdue (%1: %2).</source>
        <translation>Срок письменного подтверждения истек (%1: %2).</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/watch_panel.py" line="124"/>
        <source>No urgent request is waiting for its written confirmation.</source>
        <translation>Нет безотлагательных запросов, ожидающих письменного подтверждения.</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/watch_panel.py" line="125"/>
        <source>Written confirmation document…</source>
        <translation>Документ письменного подтверждения…</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/watch_panel.py" line="126"/>
        <source>Record confirmation sent…</source>
        <translation>Отметить отправку подтверждения…</translation>
    </message>
</context>
<context>
    <name>ConfirmationSentDialog</name>
    <message>
        <location filename="../requestdesk/ui/tracking/confirmation_dialog.py" line="26"/>
        <source>Written confirmation sent</source>
        <translation>Письменное подтверждение направлено</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/confirmation_dialog.py" line="36"/>
        <source>the outgoing number of the confirmation letter</source>
        <translation>исходящий номер письма-подтверждения</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/confirmation_dialog.py" line="44"/>
        <source>e.g. how it was sent</source>
        <translation>например, каким способом направлено</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/confirmation_dialog.py" line="52"/>
        <source>Sent at (time zone)</source>
        <translation>Направлено (дата, время, часовой пояс)</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/confirmation_dialog.py" line="53"/>
        <source>Number of the letter</source>
        <translation>Номер письма</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/confirmation_dialog.py" line="54"/>
        <source>Date of the letter</source>
        <translation>Дата письма</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/confirmation_dialog.py" line="55"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/confirmation_dialog.py" line="65"/>
        <source>Unknown time zone: choose one from the list.</source>
        <translation>Неизвестный часовой пояс: выберите его из списка.</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/confirmation_dialog.py" line="66"/>
        <source>Type the date and time the confirmation was sent, e.g. %1.</source>
        <translation>Введите дату и время отправки подтверждения, например %1.</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/confirmation_dialog.py" line="71"/>
        <source>Type the date of the letter as on the calendar, e.g. %1.</source>
        <translation>Введите дату письма по календарю, например %1.</translation>
    </message>
</context>
<context>
    <name>ConfirmationWatchModel</name>
    <message>
        <location filename="../requestdesk/ui/tracking/watch_model.py" line="82"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/watch_model.py" line="86"/>
        <source>Requested authority</source>
        <translation>Запрашиваемый орган</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/watch_model.py" line="84"/>
        <source>Due (authority&apos;s time)</source>
        <translation>Срок (время органа)</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/watch_model.py" line="85"/>
        <source>Due (this workstation)</source>
        <translation>Срок (время рабочего места)</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/watch_model.py" line="83"/>
        <source>Time left</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/watch_model.py" line="61"/>
        <source>(no number)</source>
        <translation>(без номера)</translation>
    </message>
</context>
<context>
    <name>ExecutionDialog</name>
    <message>
        <location filename="../requestdesk/ui/tracking/execution_dialog.py" line="37"/>
        <source>Record execution</source>
        <translation>Отметка об исполнении</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/execution_dialog.py" line="40"/>
        <source>Notice of obstacles to execution (Art. 7(2))</source>
        <translation>Уведомление о препятствиях к исполнению (ч. 2 ст. 7)</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/execution_dialog.py" line="41"/>
        <source>Notice of delay in execution (Art. 7(2))</source>
        <translation>Уведомление о задержке исполнения (ч. 2 ст. 7)</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/execution_dialog.py" line="42"/>
        <source>Forwarded to another competent authority (Art. 7(3))</source>
        <translation>Передан другому компетентному органу (ч. 3 ст. 7)</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/execution_dialog.py" line="43"/>
        <source>Results received (Art. 7(7))</source>
        <translation>Получены результаты исполнения (ч. 7 ст. 7)</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/execution_dialog.py" line="44"/>
        <source>Refusal of execution (Art. 11)</source>
        <translation>Отказ в исполнении (ст. 11)</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/execution_dialog.py" line="45"/>
        <source>Close the request</source>
        <translation>Закрыть запрос</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/execution_dialog.py" line="61"/>
        <source>One enclosure per line</source>
        <translation>Одно приложение на строку</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/execution_dialog.py" line="62"/>
        <source>Executed only in part</source>
        <translation>Исполнен частично</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/execution_dialog.py" line="67"/>
        <source>What prevents execution</source>
        <translation>Что препятствует исполнению</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/execution_dialog.py" line="68"/>
        <source>Reason and expected time</source>
        <translation>Причина и ожидаемый срок</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/execution_dialog.py" line="69"/>
        <source>Forwarded to</source>
        <translation>Кому передан</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/execution_dialog.py" line="72"/>
        <source>Received on</source>
        <translation>Дата получения</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/execution_dialog.py" line="73"/>
        <source>Summary of the results</source>
        <translation>Краткое содержание результатов</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/execution_dialog.py" line="74"/>
        <source>Enclosures received</source>
        <translation>Полученные приложения</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/execution_dialog.py" line="78"/>
        <source>Grounds given for the refusal</source>
        <translation>Основания отказа</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/execution_dialog.py" line="79"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/execution_dialog.py" line="109"/>
        <source>Please fill in the text: it goes into the request&apos;s history.</source>
        <translation>Заполните текст: он вносится в историю запроса.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../requestdesk/ui/tracking/history.py" line="124"/>
        <source>the signature of event %1 does not verify</source>
        <translation>подпись события %1 не сходится</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/history.py" line="126"/>
        <source>event %1 is not signed</source>
        <translation>событие %1 не подписано</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/history.py" line="91"/>
        <source>History of the request</source>
        <translation>История запроса</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/history.py" line="102"/>
        <source>The log is intact.</source>
        <translation>Журнал не изменялся.</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/history.py" line="103"/>
        <source>The log was altered: %1</source>
        <translation>Журнал изменен: %1</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/history.py" line="132"/>
        <source>event %1 is missing (found %2)</source>
        <translation>запись %1 отсутствует (найдена %2)</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/history.py" line="133"/>
        <source>event %1 does not follow the previous one</source>
        <translation>запись %1 не продолжает предыдущую</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/history.py" line="134"/>
        <source>event %1 was altered</source>
        <translation>запись %1 изменена</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../requestdesk/ui/tracking/history.py" line="58"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/history.py" line="58"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/history.py" line="58"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/history.py" line="58"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/history.py" line="69"/>
        <source>late</source>
        <translation>с опозданием</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/history.py" line="76"/>
        <source>Status changed</source>
        <translation>Изменено состояние</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/history.py" line="77"/>
        <source>Urgent transmission</source>
        <translation>Срочная передача</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/history.py" line="78"/>
        <source>Written confirmation sent</source>
        <translation>Направлено письменное подтверждение</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/history.py" line="79"/>
        <source>Notice</source>
        <translation>Уведомление</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/history.py" line="80"/>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/history.py" line="81"/>
        <source>Edited</source>
        <translation>Изменен</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/history.py" line="82"/>
        <source>Checked</source>
        <translation>Проверен</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/history.py" line="83"/>
        <source>Exported</source>
        <translation>Выгружен документ</translation>
    </message>
</context>
<context>
    <name>OverviewBar</name>
    <message>
        <location filename="../requestdesk/ui/tracking/overview.py" line="40"/>
        <source>Awaiting confirmation: %1</source>
        <translation>Ждут подтверждения: %1</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/overview.py" line="41"/>
        <source>Confirmation overdue: %1</source>
        <translation>Подтверждение просрочено: %1</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/overview.py" line="42"/>
        <source>Awaiting execution: %1</source>
        <translation>Ждут исполнения: %1</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/overview.py" line="43"/>
        <source>Execution overdue: %1</source>
        <translation>Исполнение просрочено: %1</translation>
    </message>
</context>
<context>
    <name>TransmissionDialog</name>
    <message>
        <location filename="../requestdesk/ui/tracking/transmission_dialog.py" line="159"/>
        <source>How it was sent</source>
        <translation>Способ передачи</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/transmission_dialog.py" line="160"/>
        <source>When (time zone)</source>
        <translation>Когда (часовой пояс)</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/transmission_dialog.py" line="161"/>
        <source>Received by (Russian)</source>
        <translation>Кто принял (по-русски)</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/transmission_dialog.py" line="162"/>
        <source>Received by (English)</source>
        <translation>Кто принял (по-английски)</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/transmission_dialog.py" line="163"/>
        <source>Arrangement allowing technical channels</source>
        <translation>Договоренность о технических каналах связи</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/transmission_dialog.py" line="164"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/tracking/transmission_dialog.py" line="197"/>
        <source>The %n hour(s) for the written confirmation have already passed: the confirmation will be late.</source>
        <translation>
            <numerusform>%n час на письменное подтверждение уже истек: подтверждение будет направлено с опозданием.</numerusform>
            <numerusform>%n часа на письменное подтверждение уже истекли: подтверждение будет направлено с опозданием.</numerusform>
            <numerusform>%n часов на письменное подтверждение уже истекли: подтверждение будет направлено с опозданием.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/transmission_dialog.py" line="254"/>
        <source>Unknown time zone: choose one from the list.</source>
        <translation>Неизвестный часовой пояс: выберите его из списка.</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/transmission_dialog.py" line="243"/>
        <source>Sent under an arrangement: no written confirmation is required.</source>
        <translation>Передан по договоренности: письменное подтверждение не требуется.</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/transmission_dialog.py" line="246"/>
        <source>Written confirmation due by %1 (requesting authority&apos;s time)</source>
        <translation>Письменное подтверждение — до %1 (время запрашивающего органа)</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/transmission_dialog.py" line="249"/>
        <source>= %1 on this workstation</source>
        <translation>= %1 по времени рабочего места</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/transmission_dialog.py" line="142"/>
        <source>Urgent transmission: %1</source>
        <translation>Срочная передача: %1</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/transmission_dialog.py" line="147"/>
        <source>Status: %1</source>
        <translation>Статус: %1</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/transmission_dialog.py" line="157"/>
        <source>Why it is urgent (Russian)</source>
        <translation>Причина срочности (на русском)</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/transmission_dialog.py" line="158"/>
        <source>Why it is urgent (English)</source>
        <translation>Причина срочности (на английском)</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/transmission_dialog.py" line="168"/>
        <source>I have checked the date and time: record them as entered</source>
        <translation>Дата и время проверены: записать так, как введено</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/transmission_dialog.py" line="200"/>
        <source>The transmission is before the date of the request (%1).</source>
        <translation>Передача указана раньше даты запроса (%1).</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/transmission_dialog.py" line="201"/>
        <source>This moment has not come yet.</source>
        <translation>Этот момент еще не наступил.</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/transmission_dialog.py" line="203"/>
        <source>Marking the request urgent changes its approved text: the approval is voided and the request goes back to review.</source>
        <translation>Отметка о срочности меняет согласованный текст запроса: согласование утрачивает силу, запрос возвращается на проверку.</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/transmission_dialog.py" line="221"/>
        <source>Sent under the arrangement: the request needs no urgency.</source>
        <translation>Передан на основании договоренности: срочность не требуется.</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/transmission_dialog.py" line="222"/>
        <source>The request is not marked urgent yet. Recording this transmission marks it urgent (%1): say why it is urgent.</source>
        <translation>Запрос еще не отмечен как срочный. Запись этой передачи отметит его срочным (%1): укажите причину срочности.</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/transmission_dialog.py" line="224"/>
        <source>The request is marked urgent (%1).</source>
        <translation>Запрос отмечен как срочный (%1).</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/transmission_dialog.py" line="228"/>
        <source>Enter the time as it was in %1 (%2).</source>
        <translation>Укажите время по часовому поясу %1 (%2).</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/transmission_dialog.py" line="230"/>
        <source>This is the requesting authority&apos;s time zone.</source>
        <translation>Это часовой пояс запрашивающего органа.</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/transmission_dialog.py" line="255"/>
        <source>Type the date and time of the transmission, e.g. %1.</source>
        <translation>Введите дату и время передачи, например %1.</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/transmission_dialog.py" line="298"/>
        <source>Say why the request is urgent: %1 allows an oral or technical transmission only in urgent cases.</source>
        <translation>Укажите причину срочности: %1 допускает устную передачу и передачу техническими средствами связи только в неотложных случаях.</translation>
        <location filename="../requestdesk/ui/tracking/transmission_dialog.py" line="267"/>
        <source>Say why the request is urgent: Article 6(2) allows an oral or technical transmission only in urgent cases.</source>
        <translation>Укажите причину срочности: пункт 2 статьи 6 допускает устную передачу и передачу техническими средствами связи только в неотложных случаях.</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/transmission_dialog.py" line="273"/>
        <source>Check the warnings above, then tick the box to record the transmission.</source>
        <translation>Проверьте предупреждения выше и отметьте флажок, чтобы записать передачу.</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/transmission_dialog.py" line="295"/>
        <source>The request is signed: its text, urgency included, can no longer change. A request not marked urgent before signature goes in writing.</source>
        <translation>Запрос подписан: его текст, включая отметку о срочности, больше не меняется. Запрос, не отмеченный срочным до подписания, направляется в письменной форме.</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/tracking/transmission_dialog.py" line="300"/>
        <source>The request is no longer in the register.</source>
        <translation>Запроса больше нет в реестре.</translation>
    </message>
</context>
</TS>
