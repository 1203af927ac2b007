<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
  <context>
    <name>ChecklistModel</name>
    <message>
      <location filename="../requestdesk/ui/review/checklist_model.py" line="70" />
      <source>Article</source>
      <translation>Статья</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/review/checklist_model.py" line="70" />
      <source>Requirement</source>
      <translation>Требование</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/review/checklist_model.py" line="70" />
      <source>Automatic check</source>
      <translation>Автоматическая проверка</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/review/checklist_model.py" line="70" />
      <source>Findings</source>
      <translation>Замечания проверки</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/review/checklist_model.py" line="71" />
      <source>Supervisor's mark</source>
      <translation>Отметка проверяющего</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/review/checklist_model.py" line="71" />
      <source>Comment</source>
      <translation>Комментарий</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/review/checklist_model.py" line="74" />
      <source>Passed</source>
      <translation>Выполнено</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/review/checklist_model.py" line="74" />
      <source>Warning</source>
      <translation>Предупреждение</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/review/checklist_model.py" line="74" />
      <source>Error</source>
      <translation>Ошибка</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/review/checklist_model.py" line="78" />
      <source>Confirmed</source>
      <translation>Подтверждено</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/review/checklist_model.py" line="80" />
      <source>Needs change</source>
      <translation>Требует исправления</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/review/checklist_model.py" line="81" />
      <source>Not marked</source>
      <translation>Не отмечено</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/review/checklist_model.py" line="117" />
      <source>Marked by %1, %2</source>
      <translation>Отметил(а) %1, %2</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/review/checklist_model.py" line="121" />
      <source>Double-click to write a comment; a comment on an unmarked row marks it as needing change</source>
      <translation>Дважды щелкните, чтобы написать комментарий; комментарий к неотмеченному пункту отмечает его как требующий исправления</translation>
    </message>
  </context>
  <context>
    <name>EditorWindow</name>
    <message>
      <location filename="../requestdesk/ui/editor/window.py" line="315" />
      <source>The supervisor's comments:</source>
      <translation>Замечания проверяющего:</translation>
    </message>
    <message numerus="yes">
      <location filename="../requestdesk/ui/editor/window.py" line="337" />
      <source>Returned for changes. %n comment(s) of the supervisor are shown on the steps concerned.</source>
      <translation>
        <numerusform>Возвращен на доработку. %n замечание проверяющего показано на соответствующем шаге.</numerusform>
        <numerusform>Возвращен на доработку. %n замечания проверяющего показаны на соответствующих шагах.</numerusform>
        <numerusform>Возвращен на доработку. %n замечаний проверяющего показаны на соответствующих шагах.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/editor/window.py" line="340" />
      <source>Note: %1</source>
      <translation>Примечание: %1</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/editor/window.py" line="345" />
      <location filename="../requestdesk/ui/editor/window.py" line="438" />
      <source>Approval voided by this change: the request goes back to review.</source>
      <translation>Это изменение лишило согласование силы: запрос снова направлен на проверку.</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/editor/window.py" line="360" />
      <source>Submit for review</source>
      <translation>Направление на проверку</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/editor/window.py" line="362" />
      <source>Sent for review</source>
      <translation>Направлен на проверку</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/editor/window.py" line="409" />
      <source>Re&amp;view</source>
      <translation>&amp;Проверка</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/editor/window.py" line="410" />
      <source>&amp;Submit for review</source>
      <translation>&amp;Направить на проверку</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/editor/window.py" line="411" />
      <source>&amp;Review checklist…</source>
      <translation>&amp;Лист проверки…</translation>
    </message>
  </context>
  <context>
    <name>EnclosureFiles</name>
    <message>
      <location filename="../requestdesk/ui/editor/enclosure_files.py" line="175" />
      <location filename="../requestdesk/ui/editor/enclosure_files.py" line="218" />
      <source>Attach files</source>
      <translation>Приложить файлы</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/editor/enclosure_files.py" line="176" />
      <source>Documents and scans (*.pdf *.docx *.png *.jpg *.jpeg *.tif *.tiff)</source>
      <translation>Документы и сканы (*.pdf *.docx *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/editor/enclosure_files.py" line="193" />
      <source>Attaching %1…</source>
      <translation>Прикладывается %1…</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/editor/enclosure_files.py" line="218" />
      <source>The file was not attached.</source>
      <translation>Файл не приложен.</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/editor/enclosure_files.py" line="241" />
      <location filename="../requestdesk/ui/editor/enclosure_files.py" line="290" />
      <source>Remove file</source>
      <translation>Исключить файл</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/editor/enclosure_files.py" line="253" />
      <location filename="../requestdesk/ui/editor/enclosure_files.py" line="261" />
      <source>Save a copy</source>
      <translation>Сохранить копию</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/editor/enclosure_files.py" line="261" />
      <source>The copy was not written.</source>
      <translation>Копия не записана.</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/editor/enclosure_files.py" line="288" />
      <source>Attach &amp;file…</source>
      <translation>Приложить &amp;файл…</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/editor/enclosure_files.py" line="289" />
      <source>Keep a copy of a PDF, DOCX or image file with the request</source>
      <translation>Хранить копию файла PDF, DOCX или изображения вместе с запросом</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/editor/enclosure_files.py" line="291" />
      <source>Save a cop&amp;y…</source>
      <translation>Сохранить &amp;копию…</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/editor/enclosure_files.py" line="277" />
      <source>Enclosure line</source>
      <translation>Строка «Приложение»</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/editor/enclosure_files.py" line="278" />
      <source>pages unknown</source>
      <translation>число листов неизвестно</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/editor/enclosure_files.py" line="279" />
      <source>Add “%1” (%2) to the enclosures listed in the request?</source>
      <translation>Указать «%1» (%2) в перечне приложений запроса?</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/editor/enclosure_files.py" line="281" />
      <source>Its title can be edited in the list of enclosures.</source>
      <translation>Наименование можно исправить в перечне приложений.</translation>
    </message>
    <message numerus="yes">
      <location filename="../requestdesk/ui/editor/enclosure_files.py" line="278" />
      <source>%n page(s)</source>
      <translation>
        <numerusform>%n лист</numerusform>
        <numerusform>%n листа</numerusform>
        <numerusform>%n листов</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>FilesModel</name>
    <message>
      <location filename="../requestdesk/ui/editor/enclosure_files.py" line="66" />
      <source>File</source>
      <translation>Файл</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/editor/enclosure_files.py" line="66" />
      <source>Type</source>
      <translation>Тип</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/editor/enclosure_files.py" line="66" />
      <source>Size</source>
      <translation>Размер</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/editor/enclosure_files.py" line="66" />
      <source>Pages</source>
      <translation>Листов</translation>
    </message>
  </context>
  <context>
    <name>HistoryDialog</name>
    <message>
      <location filename="../requestdesk/ui/tracking/history.py" line="116" />
      <source>event %1 is missing (found %2)</source>
      <translation>событие %1 отсутствует (вместо него — %2)</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/tracking/history.py" line="117" />
      <source>event %1 does not follow the previous one</source>
      <translation>событие %1 не связано с предыдущим</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/tracking/history.py" line="118" />
      <source>event %1 was altered</source>
      <translation>событие %1 изменено</translation>
    </message>
  </context>
  <context>
    <name>HistoryModel</name>
    <message>
      <location filename="../requestdesk/ui/tracking/history.py" line="76" />
      <source>Status changed</source>
      <translation>Изменен статус</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/tracking/history.py" line="77" />
      <source>Urgent transmission</source>
      <translation>Срочная передача</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/tracking/history.py" line="78" />
      <source>Written confirmation sent</source>
      <translation>Направлено письменное подтверждение</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/tracking/history.py" line="79" />
      <source>Notice</source>
      <translation>Уведомление</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/tracking/history.py" line="80" />
      <source>Created</source>
      <translation>Создан</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/tracking/history.py" line="81" />
      <source>Edited</source>
      <translation>Изменен</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/tracking/history.py" line="82" />
      <source>Checked</source>
      <translation>Проверен</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/tracking/history.py" line="83" />
      <source>Exported</source>
      <translation>Выгружен документ</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../requestdesk/ui/main_window.py" line="212" />
      <source>Export &amp;package…</source>
      <translation>Выгрузить &amp;пакет…</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/main_window.py" line="213" />
      <source>Pack the selected request with its enclosures, review and history into one *.requestpkg file</source>
      <translation>Упаковать выбранный запрос с приложениями, результатами проверки и историей в один файл *.requestpkg</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/main_window.py" line="214" />
      <source>Import pac&amp;kage…</source>
      <translation>Загрузить па&amp;кет…</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/main_window.py" line="214" />
      <source>Bring in a request package (*.requestpkg) checked whole</source>
      <translation>Загрузить пакет запроса (*.requestpkg) с проверкой его целостности</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/main_window.py" line="372" />
      <source>Package written: %1</source>
      <translation>Пакет записан: %1</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/main_window.py" line="392" />
      <source>The register already holds what the package brings</source>
      <translation>В реестре уже есть все, что содержит пакет</translation>
    </message>
    <message numerus="yes">
      <location filename="../requestdesk/ui/main_window.py" line="394" />
      <source>%n package(s) imported</source>
      <translation>
        <numerusform>Загружен %n пакет</numerusform>
        <numerusform>Загружено %n пакета</numerusform>
        <numerusform>Загружено %n пакетов</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>OtherStep</name>
    <message>
      <location filename="../requestdesk/ui/editor/steps/other.py" line="52" />
      <source>Enclosed files</source>
      <translation>Приложенные файлы</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/editor/steps/other.py" line="53" />
      <source>Copies of the files themselves, kept with the request and sent with it in a package.</source>
      <translation>Копии самих файлов: хранятся вместе с запросом и передаются с ним в пакете.</translation>
    </message>
  </context>
  <context>
    <name>PackageFiles</name>
    <message>
      <location filename="../requestdesk/ui/review/package_files.py" line="51"/>
      <source>Request packages (*%1)</source>
      <translation>Пакеты запросов (*%1)</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/review/package_files.py" line="107"/>
      <source>Newer work on this workstation</source>
      <translation>На этом рабочем месте есть более новые изменения</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/review/package_files.py" line="109"/>
      <source>Keep both (the package becomes a new request), replace the request here with the package (its old text stays in the history), or cancel?</source>
      <translation>Сохранить оба (пакет станет новым запросом), заменить запрос на этом рабочем месте содержимым пакета (прежний текст останется в истории) или отменить?</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/review/package_files.py" line="111"/>
      <source>Keep both</source>
      <translation>Сохранить оба</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/review/package_files.py" line="112"/>
      <source>Replace</source>
      <translation>Заменить</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/review/package_files.py" line="113"/>
      <location filename="../requestdesk/ui/review/package_files.py" line="144"/>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/review/package_files.py" line="125"/>
      <source>Signed by %1 (%2, %3), key %4</source>
      <translation>Подписан: %1 (%2, %3), ключ %4</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/review/package_files.py" line="128"/>
      <source>The sender is not verified</source>
      <translation>Отправитель не подтвержден</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/review/package_files.py" line="137"/>
      <source>Sender not verified</source>
      <translation>Отправитель не подтвержден</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/review/package_files.py" line="139"/>
      <source>Nobody this workstation trusts vouches for this package. You can import it marked as coming from an unverified sender: any approval in it is not recognised, and its status counts only the history this workstation can check. Import it so?</source>
      <translation>Никто из тех, кому доверяет это рабочее место, не подтверждает этот пакет. Его можно импортировать с отметкой «от непроверенного отправителя»: согласование в нем не будет признано, а его состояние будет учитывать только ту часть журнала, которую это рабочее место может проверить. Импортировать так?</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/review/package_files.py" line="143"/>
      <source>Import as unverified</source>
      <translation>Импортировать как непроверенный</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/review/package_files.py" line="157"/>
      <source>Export package</source>
      <translation>Выгрузка пакета</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/review/package_files.py" line="168"/>
      <source>sign the package</source>
      <translation>подписать пакет</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/review/package_files.py" line="173"/>
      <source>Writing the package…</source>
      <translation>Запись пакета…</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/review/package_files.py" line="177"/>
      <source>Export cancelled: no package was written.</source>
      <translation>Экспорт отменён: пакет не записан.</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/review/package_files.py" line="180"/>
      <source>The package was not written.</source>
      <translation>Пакет не записан.</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/review/package_files.py" line="189"/>
      <location filename="../requestdesk/ui/review/package_files.py" line="225"/>
      <source>Import package</source>
      <translation>Загрузка пакета</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/review/package_files.py" line="190"/>
      <source>Checking and importing the package…</source>
      <translation>Проверка и импорт пакета…</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/review/package_files.py" line="212"/>
      <source>Import cancelled: the register was not changed.</source>
      <translation>Импорт отменён: реестр не изменён.</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/review/package_files.py" line="198"/>
      <source>Import cancelled. Imported before it: %1 of %2 packages; the package being imported and those after it were not imported.</source>
      <translation>Импорт отменён. До отмены импортировано пакетов: %1 из %2; пакет, который импортировался, и следующие за ним не импортированы.</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/review/package_files.py" line="215"/>
      <source>The package was refused; nothing was changed.</source>
      <translation>Пакет отклонен; ничего не изменено.</translation>
    </message>
  </context>
  <context>
    <name>RequestMenu</name>
    <message>
      <location filename="../requestdesk/ui/request_menu.py" line="109" />
      <source>Submit for review</source>
      <translation>Направление на проверку</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/request_menu.py" line="166" />
      <source>&amp;Submit for review</source>
      <translation>&amp;Направить на проверку</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/request_menu.py" line="167" />
      <source>Re&amp;turn for changes…</source>
      <translation>Вер&amp;нуть на доработку…</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/request_menu.py" line="168" />
      <source>A&amp;pprove…</source>
      <translation>Со&amp;гласовать…</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/request_menu.py" line="179" />
      <source>Re&amp;view…</source>
      <translation>Пр&amp;оверка…</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/request_menu.py" line="180" />
      <source>The supervisor's checklist: marks, comments, approval or return</source>
      <translation>Лист проверки руководителя: отметки, комментарии, согласование или возврат</translation>
    </message>
  </context>
  <context>
    <name>ReviewDialog</name>
    <message>
      <location filename="../requestdesk/ui/review/review_dialog.py" line="0" />
      <source>Signing with the key of %1 (%2)</source>
      <translation>Подпись ключом: %1 (%2)</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/review/review_dialog.py" line="0" />
      <source>Your supervisor&apos;s key is asked for when you approve or return</source>
      <translation>Ключ руководителя будет запрошен при согласовании или возврате</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/review/review_dialog.py" line="0" />
      <source>Last decision: an approval that is not recognised (%1), %2</source>
      <translation>Последнее решение: согласование, которое не признано (%1), %2</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/review/review_dialog.py" line="0" />
      <source>Last decision: a return that is not recognised (%1), %2</source>
      <translation>Последнее решение: возврат, который не признан (%1), %2</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/review/review_dialog.py" line="0" />
      <source>approve this request</source>
      <translation>согласовать этот запрос</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/review/review_dialog.py" line="0" />
      <source>return this request for changes</source>
      <translation>вернуть этот запрос на доработку</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/review/review_dialog.py" line="170" />
      <source>Review: %1</source>
      <translation>Проверка: %1</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/review/review_dialog.py" line="172" />
      <source>Status: %1 · %2 · fingerprint %3</source>
      <translation>Статус: %1 · %2 · отпечаток %3</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/review/review_dialog.py" line="176" />
      <source>Reviewer: %1 · %2</source>
      <translation>Проверяющий: %1 · %2</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/review/review_dialog.py" line="182" />
      <source>Last decision: approved by %1, %2</source>
      <translation>Последнее решение: согласовал(а) %1, %2</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/review/review_dialog.py" line="183" />
      <source>Last decision: returned for changes by %1, %2</source>
      <translation>Последнее решение: вернул(а) на доработку %1, %2</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/review/review_dialog.py" line="262" />
      <source>Mark &amp;confirmed</source>
      <translation>Отметить: &amp;подтверждено</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/review/review_dialog.py" line="263" />
      <source>Mark &amp;needs change</source>
      <translation>Отметить: &amp;требует исправления</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/review/review_dialog.py" line="264" />
      <source>C&amp;lear mark</source>
      <translation>С&amp;нять отметку</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/review/review_dialog.py" line="265" />
      <source>Write co&amp;mment</source>
      <translation>Написать &amp;комментарий</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/review/review_dialog.py" line="266" />
      <source>&amp;Note to the officer with the decision:</source>
      <translation>&amp;Примечание исполнителю к решению:</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/review/review_dialog.py" line="267" />
      <source>Required to return a request without a row marked as needing change</source>
      <translation>Обязательно для возврата запроса, если ни один пункт не отмечен как требующий исправления</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/review/review_dialog.py" line="268" />
      <source>&amp;Send for review</source>
      <translation>&amp;Направить на проверку</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/review/review_dialog.py" line="269" />
      <source>&amp;Approve</source>
      <translation>&amp;Согласовать</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/review/review_dialog.py" line="270" />
      <source>&amp;Return for changes</source>
      <translation>&amp;Вернуть на доработку</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/review/review_dialog.py" line="271" />
      <source>Close</source>
      <translation>Закрыть</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/review/review_dialog.py" line="272" />
      <source>Approve this exact text: any later change voids the approval</source>
      <translation>Согласовать именно этот текст: любое последующее изменение лишает согласование силы</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/review/review_dialog.py" line="0" />
      <source>Checklist</source>
      <translation>Перечень проверки</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/review/review_dialog.py" line="0" />
      <source>The request (Russian and English)</source>
      <translation>Текст запроса (на русском и английском)</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/review/review_dialog.py" line="0" />
      <source>The document as it will print</source>
      <translation>Документ в том виде, как он будет напечатан</translation>
    </message>
  </context>
  <context>
    <name>SubmitWithErrorsDialog</name>
    <message>
      <location filename="../requestdesk/ui/review/submit_dialog.py" line="0" />
      <source>Submit for review</source>
      <translation>Направление на проверку</translation>
    </message>
    <message numerus="yes">
      <location filename="../requestdesk/ui/review/submit_dialog.py" line="0" />
      <source>The checks find %n error(s) in this request. The supervisor will see them too. Send it anyway only with a note saying why.</source>
      <translation><numerusform>Автоматическая проверка нашла в запросе %n ошибку. Проверяющий тоже ее увидит. Направить запрос все же можно только с примечанием о причине.</numerusform><numerusform>Автоматическая проверка нашла в запросе %n ошибки. Проверяющий тоже их увидит. Направить запрос все же можно только с примечанием о причине.</numerusform><numerusform>Автоматическая проверка нашла в запросе %n ошибок. Проверяющий тоже их увидит. Направить запрос все же можно только с примечанием о причине.</numerusform></translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/review/submit_dialog.py" line="0" />
      <source>Note to the supervisor (required):</source>
      <translation>Примечание для проверяющего (обязательно):</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/review/submit_dialog.py" line="0" />
      <source>Send with the note</source>
      <translation>Направить с примечанием</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/review/submit_dialog.py" line="0" />
      <source>Write the note first: it says why the request goes with errors.</source>
      <translation>Сначала напишите примечание: почему запрос направляется с ошибками.</translation>
    </message>
  </context>
</TS>