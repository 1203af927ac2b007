<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../requestdesk/ui/about.py" line="61"/>
        <source>About RequestDesk</source>
        <translation>О программе RequestDesk</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/about.py" line="71"/>
        <source>Licence: %1. You may use, study, share and change it under that licence.</source>
        <translation>Лицензия: %1. Программу можно использовать, изучать, распространять и изменять на условиях этой лицензии.</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/about.py" line="76"/>
        <source>Libraries shipped with RequestDesk</source>
        <translation>Библиотеки в составе RequestDesk</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/about.py" line="77"/>
        <source>Component</source>
        <translation>Компонент</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/about.py" line="77"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/about.py" line="77"/>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/about.py" line="77"/>
        <source>Licence text</source>
        <translation>Текст лицензии</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/about.py" line="78"/>
        <source>Qt and PySide6 (LGPLv3)</source>
        <translation>Qt и PySide6 (LGPLv3)</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/about.py" line="84"/>
        <source>The interface is built with Qt %1 through PySide6, used under the GNU Lesser General Public License version 3 (LGPLv3). You may replace them with your own or a modified version of the same major version: the application folder keeps the Qt libraries (libQt6*.so on Linux, Qt6*.dll on Windows, under _internal/PySide6) and the PySide6 modules as separate files, so a user may relink by replacing those files with compatible builds; nothing is linked statically. The source code of Qt and PySide6 is published by the Qt Project; on request, the supplier of this bundle provides the versions used.</source>
        <translation>Интерфейс построен на Qt %1 через PySide6, которые используются на условиях GNU Lesser General Public License версии 3 (LGPLv3). Их можно заменить собственной или изменённой версией той же основной версии: в папке приложения библиотеки Qt (libQt6*.so в Linux, Qt6*.dll в Windows, в _internal/PySide6) и модули PySide6 лежат отдельными файлами, поэтому пользователь может выполнить перекомпоновку, заменив эти файлы совместимыми сборками; статической компоновки нет. Исходный код Qt и PySide6 публикуется проектом Qt; по запросу поставщик этой сборки предоставляет использованные версии.</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/about.py" line="92"/>
        <source>RequestDesk is free software: the supplier of this bundle provides its source code on request. The licence texts are in the licenses folder of the application.</source>
        <translation>RequestDesk — свободная программа: поставщик этой сборки предоставляет её исходный код по запросу. Тексты лицензий находятся в папке licenses приложения.</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/about.py" line="95"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>ArticlesWindow</name>
    <message>
        <location filename="../requestdesk/ui/articles.py" line="78"/>
        <source>The Agreement of 2018: Articles on requests for assistance</source>
        <translation>Соглашение 2018 года: статьи о запросах об оказании содействия</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/articles.py" line="92"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>BilingualLine</name>
    <message>
        <location filename="../requestdesk/ui/settings_dialog.py" line="72"/>
        <source>Initials and surname, in Russian</source>
        <translation>Инициалы и фамилия, по-русски</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/settings_dialog.py" line="72"/>
        <source>Initials and surname, in English</source>
        <translation>Инициалы и фамилия, по-английски</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/settings_dialog.py" line="74"/>
        <source>in Russian</source>
        <translation>по-русски</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/settings_dialog.py" line="74"/>
        <source>in English</source>
        <translation>по-английски</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <location filename="../requestdesk/ui/register/countdown.py" line="35"/>
        <source>confirmed late</source>
        <translation>подтвержден с опозданием</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/register/countdown.py" line="35"/>
        <source>confirmed</source>
        <translation>подтвержден</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <location filename="../requestdesk/ui/date_input.py" line="180"/>
        <source>Type it as %1</source>
        <translation>Введите в виде %1</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/date_input.py" line="181"/>
        <source>Pick the date from a calendar</source>
        <translation>Выбрать дату в календаре</translation>
    </message>
</context>
<context>
    <name>DeadlineWatch</name>
    <message>
        <location filename="../requestdesk/ui/watch_dock.py" line="128"/>
        <source>RequestDesk: written confirmations</source>
        <translation>RequestDesk: письменные подтверждения</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/watch_dock.py" line="149"/>
        <source>Written confirmations due</source>
        <translation>Сроки письменных подтверждений</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../requestdesk/ui/dialogs.py" line="34"/>
        <source>Request already in the register</source>
        <translation>Запрос уже есть в реестре</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/dialogs.py" line="36"/>
        <source>The register already holds request %1 from the file %2, with different contents.</source>
        <translation>В реестре уже есть запрос %1 из файла %2, но с другим содержанием.</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/dialogs.py" line="37"/>
        <source>(no number)</source>
        <translation>(без номера)</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/dialogs.py" line="41"/>
        <source>Replace it with the file&apos;s version, or keep both (the imported copy gets a new identity)?</source>
        <translation>Заменить его версией из файла или сохранить оба (импортированная копия получит новый идентификатор)?</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/dialogs.py" line="43"/>
        <source>Replace</source>
        <translation>Заменить</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/dialogs.py" line="44"/>
        <source>Keep both</source>
        <translation>Сохранить оба</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/dialogs.py" line="45"/>
        <source>Skip this file</source>
        <translation>Пропустить файл</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/dialogs.py" line="76"/>
        <source>The document was written:</source>
        <translation>Документ записан:</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/dialogs.py" line="78"/>
        <source>Open the document</source>
        <translation>Открыть документ</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/dialogs.py" line="79"/>
        <source>Open the folder</source>
        <translation>Открыть папку</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../requestdesk/ui/export_dialog.py" line="174"/>
        <source>Copy for the file: with the approval visa and the text&apos;s fingerprint</source>
        <translation>Экземпляр для дела: с визой согласования и отпечатком текста</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/export_dialog.py" line="175"/>
        <source>The original that is signed and sent carries no internal marks.</source>
        <translation>На подлиннике, который подписывается и направляется, служебных отметок нет.</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/export_dialog.py" line="130"/>
        <source>Export as draft (ПРОЕКТ / DRAFT)…</source>
        <translation>Экспортировать как проект (ПРОЕКТ / DRAFT)…</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/export_dialog.py" line="130"/>
        <source>Export…</source>
        <translation>Экспортировать…</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/export_dialog.py" line="137"/>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/export_dialog.py" line="137"/>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/export_dialog.py" line="146"/>
        <source>The check found nothing to correct: the request is ready for signature.</source>
        <translation>Проверка не выявила недостатков: запрос готов к подписанию.</translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/export_dialog.py" line="148"/>
        <source>No errors; %n warning(s) for the reviewer to look at.</source>
        <translation>
            <numerusform>Ошибок нет; %n предупреждение — его следует проверить.</numerusform>
            <numerusform>Ошибок нет; %n предупреждения — их следует проверить.</numerusform>
            <numerusform>Ошибок нет; %n предупреждений — их следует проверить.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/export_dialog.py" line="150"/>
        <source>The check found %n error(s)</source>
        <translation>
            <numerusform>Проверка выявила %n ошибку</numerusform>
            <numerusform>Проверка выявила %n ошибки</numerusform>
            <numerusform>Проверка выявила %n ошибок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/export_dialog.py" line="152"/>
        <source> and %n warning(s)</source>
        <translation>
            <numerusform> и %n предупреждение</numerusform>
            <numerusform> и %n предупреждения</numerusform>
            <numerusform> и %n предупреждений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/export_dialog.py" line="161"/>
        <source>Export document</source>
        <translation>Экспорт документа</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/export_dialog.py" line="162"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/export_dialog.py" line="163"/>
        <source>Request for assistance (Art. 6)</source>
        <translation>Запрос об оказании содействия (ст. 6)</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/export_dialog.py" line="164"/>
        <source>Written confirmation of an urgent request (Art. 6(2))</source>
        <translation>Письменное подтверждение срочного запроса (п. 2 ст. 6)</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/export_dialog.py" line="165"/>
        <source>Checklist for the reviewer (every finding of the check)</source>
        <translation>Контрольный лист для проверяющего (все замечания проверки)</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/export_dialog.py" line="167"/>
        <source>A written confirmation is made for a request transmitted orally or by technical means; this request&apos;s transmission is not one of those.</source>
        <translation>Письменное подтверждение составляется для запроса, переданного устно или с использованием технических средств связи; этот запрос передан иначе.</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/export_dialog.py" line="170"/>
        <source>Layout</source>
        <translation>Расположение текста</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/export_dialog.py" line="171"/>
        <source>Russian and English side by side</source>
        <translation>Русский и английский текст рядом (в две колонки)</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/export_dialog.py" line="172"/>
        <source>Russian text, then English text</source>
        <translation>Сначала русский текст, затем английский</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/export_dialog.py" line="173"/>
        <source>Mark every page ПРОЕКТ / DRAFT</source>
        <translation>Пометить каждую страницу «ПРОЕКТ / DRAFT»</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/export_dialog.py" line="177"/>
        <source>Errors remain: the request may not be signed as it is, so it can only be exported as a draft. Correct the errors in the editor to export the final document.</source>
        <translation>Остались ошибки: в таком виде запрос подписывать нельзя, поэтому его можно экспортировать только как проект. Исправьте ошибки в редакторе, чтобы получить окончательный документ.</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/export_dialog.py" line="180"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/export_dialog.py" line="214"/>
        <source>Word documents (*.docx)</source>
        <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/export_dialog.py" line="241"/>
        <location filename="../requestdesk/ui/export_dialog.py" line="247"/>
        <source>The document was not written.</source>
        <translation>Документ не записан.</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/export_dialog.py" line="242"/>
        <source>The check found errors: export it as a draft, or correct the errors in the editor first.</source>
        <translation>Проверка нашла ошибки: выгрузите документ как проект или сначала исправьте ошибки в редакторе.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../requestdesk/ui/help_menu.py" line="62"/>
        <source>&amp;Welcome and first settings…</source>
        <translation>&amp;Первоначальная настройка…</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/help_menu.py" line="63"/>
        <source>Your authority, signatory, executor and language; an example request to explore</source>
        <translation>Ваш орган, подписант, исполнитель и язык; пример запроса для ознакомления</translation>
    </message>
</context>
<context>
    <name>LetterheadFields</name>
    <message>
        <location filename="../requestdesk/ui/letterhead_settings.py" line="61"/>
        <source>Emblem for the letterhead</source>
        <translation>Герб для бланка</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/letterhead_settings.py" line="62"/>
        <source>Images (%1)</source>
        <translation>Изображения (%1)</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/letterhead_settings.py" line="81"/>
        <source>Letterhead</source>
        <translation>Бланк письма</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/letterhead_settings.py" line="82"/>
        <source>Postal address (Russian):</source>
        <translation>Почтовый адрес (по-русски):</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/letterhead_settings.py" line="83"/>
        <source>Postal address (English):</source>
        <translation>Почтовый адрес (по-английски):</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/letterhead_settings.py" line="84"/>
        <source>Telephone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/letterhead_settings.py" line="85"/>
        <source>E-mail:</source>
        <translation>Электронная почта:</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/letterhead_settings.py" line="86"/>
        <source>Emblem (image):</source>
        <translation>Герб (изображение):</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/letterhead_settings.py" line="87"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/letterhead_settings.py" line="88"/>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/letterhead_settings.py" line="90"/>
        <source>Printed at the head of every letter, with the authority&apos;s name. New requests take the address, telephone and e-mail from here; without them the directory&apos;s entry for the authority is used.</source>
        <translation>Печатается в верхней части каждого письма вместе с наименованием органа. Новые запросы берут отсюда адрес, телефон и электронную почту; если они не указаны, используются сведения справочника об органе.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../requestdesk/ui/main_window.py" line="236"/>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Отменить: %1</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/main_window.py" line="236"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/main_window.py" line="237"/>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Повторить: %1</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/main_window.py" line="237"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/main_window.py" line="245"/>
        <source>%1 of %n archived request(s) shown</source>
        <translation>
            <numerusform>%1 из %n запроса в архиве</numerusform>
            <numerusform>%1 из %n запросов в архиве</numerusform>
            <numerusform>%1 из %n запросов в архиве</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/main_window.py" line="248"/>
        <source>%1 of %n request(s) shown</source>
        <translation>
            <numerusform>Показано %1 из %n запроса</numerusform>
            <numerusform>Показано %1 из %n запросов</numerusform>
            <numerusform>Показано %1 из %n запросов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/main_window.py" line="250"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n запрос</numerusform>
            <numerusform>%n запроса</numerusform>
            <numerusform>%n запросов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/main_window.py" line="253"/>
        <source>%n in the archive</source>
        <translation>
            <numerusform>%n в архиве</numerusform>
            <numerusform>%n в архиве</numerusform>
            <numerusform>%n в архиве</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/main_window.py" line="271"/>
        <source>RequestDesk — register of requests</source>
        <translation>RequestDesk — реестр запросов</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/main_window.py" line="272"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/main_window.py" line="273"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/main_window.py" line="274"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/main_window.py" line="275"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/main_window.py" line="276"/>
        <source>Interface &amp;language</source>
        <translation>&amp;Язык интерфейса</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/main_window.py" line="277"/>
        <source>Main toolbar</source>
        <translation>Основная панель</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/main_window.py" line="279"/>
        <source>&amp;New request</source>
        <translation>&amp;Новый запрос</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/main_window.py" line="279"/>
        <source>Create a request filled with your defaults and open it</source>
        <translation>Создать запрос с вашими данными по умолчанию и открыть его</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/main_window.py" line="280"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/main_window.py" line="280"/>
        <source>Open the selected request in the editor</source>
        <translation>Открыть выбранный запрос в редакторе</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/main_window.py" line="281"/>
        <source>D&amp;uplicate</source>
        <translation>Создать &amp;копию</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/main_window.py" line="281"/>
        <source>Copy the selected requests as new drafts (no number, today&apos;s date)</source>
        <translation>Создать копии выбранных запросов как новые черновики (без номера, с сегодняшней датой)</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/main_window.py" line="282"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/main_window.py" line="287"/>
        <source>&amp;Import request files…</source>
        <translation>&amp;Импорт файлов запросов…</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/main_window.py" line="287"/>
        <source>Add *.request.json files to the register</source>
        <translation>Добавить в реестр файлы *.request.json</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/main_window.py" line="288"/>
        <source>Export request &amp;file…</source>
        <translation>Сохранить &amp;файл запроса…</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/main_window.py" line="288"/>
        <source>Save the selected request as a *.request.json file</source>
        <translation>Сохранить выбранный запрос в файл *.request.json</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/main_window.py" line="289"/>
        <source>&amp;Export document (DOCX)…</source>
        <translation>&amp;Экспорт документа (DOCX)…</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/main_window.py" line="289"/>
        <source>Write the request, its confirmation or its checklist as a DOCX document</source>
        <translation>Сформировать запрос, его подтверждение или контрольный лист в виде документа DOCX</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/main_window.py" line="290"/>
        <source>Export &amp;package…</source>
        <translation>Выгрузить &amp;пакет…</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/main_window.py" line="291"/>
        <source>Pack the selected request with its enclosures, review and history into one *.requestpkg file</source>
        <translation>Упаковать выбранный запрос с приложениями, результатами проверки и историей в один файл *.requestpkg</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/main_window.py" line="292"/>
        <source>Import pac&amp;kage…</source>
        <translation>Загрузить па&amp;кет…</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/main_window.py" line="292"/>
        <source>Bring in a request package (*.requestpkg) checked whole</source>
        <translation>Загрузить пакет запроса (*.requestpkg) с проверкой его целостности</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/main_window.py" line="293"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/main_window.py" line="293"/>
        <source>Interface language, your authority, signatory and executor, document layout</source>
        <translation>Язык интерфейса, ваш орган, подписант и исполнитель, расположение текста документа</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/main_window.py" line="294"/>
        <source>&amp;Restore from a backup…</source>
        <translation>Восстановить из &amp;резервной копии…</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/main_window.py" line="294"/>
        <source>Replace the register with one of its daily backups</source>
        <translation>Заменить реестр одной из его ежедневных резервных копий</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/main_window.py" line="295"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/main_window.py" line="296"/>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/main_window.py" line="296"/>
        <source>Search the register</source>
        <translation>Поиск по реестру</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/main_window.py" line="297"/>
        <source>&amp;About RequestDesk</source>
        <translation>&amp;О программе RequestDesk</translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/main_window.py" line="330"/>
        <source>%n request(s) were changed since and were kept as they are.</source>
        <translation>
            <numerusform>%n запрос с тех пор изменен и оставлен как есть.</numerusform>
            <numerusform>%n запроса с тех пор изменены и оставлены как есть.</numerusform>
            <numerusform>%n запросов с тех пор изменены и оставлены как есть.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/main_window.py" line="348"/>
        <source>New request created</source>
        <translation>Создан новый запрос</translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/main_window.py" line="405"/>
        <source>Duplicate %n request(s)</source>
        <translation>
            <numerusform>Копирование %n запроса</numerusform>
            <numerusform>Копирование %n запросов</numerusform>
            <numerusform>Копирование %n запросов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/main_window.py" line="407"/>
        <source>%n copy(ies) created as draft(s)</source>
        <translation>
            <numerusform>Создана %n копия (черновик)</numerusform>
            <numerusform>Создано %n копии (черновики)</numerusform>
            <numerusform>Создано %n копий (черновики)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/main_window.py" line="421"/>
        <location filename="../requestdesk/ui/main_window.py" line="428"/>
        <source>Delete</source>
        <translation>Удаление</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/main_window.py" line="422"/>
        <source>A request that is open in an editor cannot be deleted. Close its editor window first.</source>
        <translation>Запрос, открытый в редакторе, удалить нельзя. Сначала закройте окно редактора.</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/main_window.py" line="428"/>
        <source>Nothing was deleted.</source>
        <translation>Ничего не удалено.</translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/main_window.py" line="435"/>
        <source>Delete %n request(s)</source>
        <translation>
            <numerusform>Удаление %n запроса</numerusform>
            <numerusform>Удаление %n запросов</numerusform>
            <numerusform>Удаление %n запросов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/main_window.py" line="517"/>
        <source>Import %n request(s)</source>
        <translation>
            <numerusform>Импорт %n запроса</numerusform>
            <numerusform>Импорт %n запросов</numerusform>
            <numerusform>Импорт %n запросов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/main_window.py" line="519"/>
        <source>%n request(s) imported</source>
        <translation>
            <numerusform>Импортирован %n запрос</numerusform>
            <numerusform>Импортировано %n запроса</numerusform>
            <numerusform>Импортировано %n запросов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/main_window.py" line="521"/>
        <source>The register already holds these requests, unchanged</source>
        <translation>Эти запросы уже есть в реестре в том же виде</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/main_window.py" line="530"/>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/main_window.py" line="540"/>
        <source>Package written: %1</source>
        <translation>Пакет записан: %1</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/main_window.py" line="560"/>
        <source>The register already holds what the package brings</source>
        <translation>В реестре уже есть все, что содержит пакет</translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/main_window.py" line="562"/>
        <source>%n package(s) imported</source>
        <translation>
            <numerusform>Загружен %n пакет</numerusform>
            <numerusform>Загружено %n пакета</numerusform>
            <numerusform>Загружено %n пакетов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/main_window.py" line="593"/>
        <source>Document written: %1</source>
        <translation>Документ сохранен: %1</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/main_window.py" line="604"/>
        <location filename="../requestdesk/ui/main_window.py" line="607"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/main_window.py" line="605"/>
        <source>Re-checking the deadlines of the register under the new counting rule…</source>
        <translation>Пересчет сроков реестра по новому правилу исчисления…</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/main_window.py" line="607"/>
        <source>The counting rule was not changed.</source>
        <translation>Правило исчисления срока не изменено.</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/main_window.py" line="611"/>
        <source>Cancelled: the register keeps the previous counting rule.</source>
        <translation>Отменено: в реестре действует прежнее правило исчисления срока.</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/main_window.py" line="622"/>
        <source>The daily backup was not made: %1</source>
        <translation>Ежедневная резервная копия не создана: %1</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/main_window.py" line="643"/>
        <source>Last good backup: %1</source>
        <translation>Последняя исправная резервная копия: %1</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/main_window.py" line="644"/>
        <source>No good backup yet</source>
        <translation>Исправной резервной копии пока нет</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/main_window.py" line="655"/>
        <location filename="../requestdesk/ui/main_window.py" line="675"/>
        <location filename="../requestdesk/ui/main_window.py" line="685"/>
        <location filename="../requestdesk/ui/main_window.py" line="696"/>
        <source>Restore from a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/main_window.py" line="656"/>
        <source>Close the editor windows first: their requests would be saved over the restored register.</source>
        <translation>Сначала закройте окна редактора: иначе их запросы будут записаны поверх восстановленного реестра.</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/main_window.py" line="675"/>
        <source>Restoring the register…</source>
        <translation>Восстановление реестра…</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/main_window.py" line="686"/>
        <source>The register could not be opened again. RequestDesk closes; start it again.</source>
        <translation>Реестр не удалось открыть снова. RequestDesk будет закрыт; запустите его заново.</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/main_window.py" line="732"/>
        <source>Another program changed %1: its editor now shows that version.</source>
        <translation>Другая программа изменила %1: редактор теперь показывает эту версию.</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/main_window.py" line="696"/>
        <source>The register was not restored.</source>
        <translation>Реестр не восстановлен.</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/main_window.py" line="283"/>
        <source>Delete the selected drafts; a request that has left the draft stage is archived with its log instead (Edit ▸ Undo brings them back)</source>
        <translation>Удалить выбранные черновики; запрос, покинувший стадию черновика, не удаляется, а переносится в архив вместе с журналом (Правка ▸ Отменить возвращает их)</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/main_window.py" line="285"/>
        <source>Restore from the &amp;archive</source>
        <translation>Вернуть из &amp;архива</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/main_window.py" line="286"/>
        <source>Bring the selected archived requests back into the register&apos;s list</source>
        <translation>Вернуть выбранные запросы из архива в список реестра</translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/main_window.py" line="437"/>
        <source>Archive %n request(s)</source>
        <translation>
            <numerusform>Перенести в архив %n запрос</numerusform>
            <numerusform>Перенести в архив %n запроса</numerusform>
            <numerusform>Перенести в архив %n запросов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/main_window.py" line="438"/>
        <source>Delete or archive %n request(s)</source>
        <translation>
            <numerusform>Удалить или перенести в архив %n запрос</numerusform>
            <numerusform>Удалить или перенести в архив %n запроса</numerusform>
            <numerusform>Удалить или перенести в архив %n запросов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/main_window.py" line="443"/>
        <source>%n request(s) deleted.</source>
        <translation>
            <numerusform>Удален %n запрос.</numerusform>
            <numerusform>Удалено %n запроса.</numerusform>
            <numerusform>Удалено %n запросов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/main_window.py" line="446"/>
        <source>%n request(s) archived, not deleted: they have left the draft stage, so they are kept with their log (Status ▸ Archived shows them).</source>
        <translation>
            <numerusform>%n запрос перенесен в архив, а не удален: он покинул стадию черновика и хранится вместе с журналом (Состояние ▸ В архиве).</numerusform>
            <numerusform>%n запроса перенесены в архив, а не удалены: они покинули стадию черновика и хранятся вместе с журналом (Состояние ▸ В архиве).</numerusform>
            <numerusform>%n запросов перенесены в архив, а не удалены: они покинули стадию черновика и хранятся вместе с журналом (Состояние ▸ В архиве).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/main_window.py" line="448"/>
        <source>Edit ▸ Undo (%1) brings them back.</source>
        <translation>Правка ▸ Отменить (%1) возвращает их.</translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/main_window.py" line="463"/>
        <source>%n request(s) brought back from the archive.</source>
        <translation>
            <numerusform>%n запрос возвращен из архива.</numerusform>
            <numerusform>%n запроса возвращены из архива.</numerusform>
            <numerusform>%n запросов возвращены из архива.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/main_window.py" line="701"/>
        <source>Register restored from %1</source>
        <translation>Реестр восстановлен из копии %1</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/about.py" line="63"/>
        <source>RequestDesk drafts and checks requests for assistance under Article 6 of the 2018 CIS Agreement on cooperation in combating crimes in the field of information technologies, and exports them as bilingual Russian and English documents. It works offline.</source>
        <translation>RequestDesk помогает составлять и проверять запросы об оказании содействия по статье 6 Соглашения о сотрудничестве государств — участников СНГ в борьбе с преступлениями в сфере информационных технологий 2018 года и формирует их в виде двуязычных документов на русском и английском языках. Программа работает без подключения к сети.</translation>
    </message>
</context>
<context>
    <name>PeriodWords</name>
    <message numerus="yes">
        <location filename="../requestdesk/ui/treaty.py" line="35"/>
        <source>within %n hour(s)</source>
        <translation>
            <numerusform>в течение %n часа</numerusform>
            <numerusform>в течение %n часов</numerusform>
            <numerusform>в течение %n часов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/treaty.py" line="36"/>
        <source>within %n day(s)</source>
        <translation>
            <numerusform>в течение %n суток</numerusform>
            <numerusform>в течение %n суток</numerusform>
            <numerusform>в течение %n суток</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../requestdesk/ui/background.py" line="67"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../requestdesk/ui/register/model.py" line="71"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/register/model.py" line="72"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/register/model.py" line="73"/>
        <source>Requested authority</source>
        <translation>Запрашиваемый орган</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/register/model.py" line="74"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/register/model.py" line="75"/>
        <source>Urgent</source>
        <translation>Срочность</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/register/model.py" line="76"/>
        <source>Written confirmation</source>
        <translation>Письменное подтверждение</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/register/model.py" line="77"/>
        <source>Execute by</source>
        <translation>Исполнить до</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/register/model.py" line="103"/>
        <source>(no number)</source>
        <translation>(без номера)</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/register/model.py" line="111"/>
        <source>urgent</source>
        <translation>срочный</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/register/model.py" line="129"/>
        <source>(not chosen)</source>
        <translation>(не выбран)</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/register/model.py" line="143"/>
        <location filename="../requestdesk/ui/register/model.py" line="125"/>
        <source>%1 — in the archive</source>
        <translation>%1 — в архиве</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/register/model.py" line="133"/>
        <source>%1, ready for signature</source>
        <translation>%1, готов к подписанию</translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/register/model.py" line="140"/>
        <location filename="../requestdesk/ui/register/model.py" line="130"/>
        <source>%1, %n error(s)</source>
        <translation>
            <numerusform>%1, %n ошибка</numerusform>
            <numerusform>%1, %n ошибки</numerusform>
            <numerusform>%1, %n ошибок</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/register/model.py" line="66"/>
        <source>%1: an urgent request sent orally or by technical means is confirmed in writing %2</source>
        <translation>%1: срочный запрос, переданный устно или с использованием технических средств связи, подтверждается в письменной форме %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/register/model.py" line="142"/>
        <location filename="../requestdesk/ui/register/model.py" line="132"/>
        <source>%1, %n warning(s)</source>
        <translation>
            <numerusform>%1, %n предупреждение</numerusform>
            <numerusform>%1, %n предупреждения</numerusform>
            <numerusform>%1, %n предупреждений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/register/model.py" line="158"/>
        <location filename="../requestdesk/ui/register/model.py" line="148"/>
        <source>Due %1</source>
        <translation>Срок: %1</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/register/model.py" line="160"/>
        <location filename="../requestdesk/ui/register/model.py" line="150"/>
        <source>Confirmed %1</source>
        <translation>Подтвержден: %1</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/register/model.py" line="170"/>
        <location filename="../requestdesk/ui/register/model.py" line="160"/>
        <source>Open the request to see the findings of the check</source>
        <translation>Откройте запрос, чтобы увидеть замечания проверки</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <location filename="../requestdesk/ui/register/view.py" line="134"/>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/register/view.py" line="138"/>
        <source>Archived (any status)</source>
        <translation>В архиве (любое состояние)</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/register/view.py" line="141"/>
        <source>Requests deleted after they had left the draft stage: kept with their log, out of the register&apos;s list; Request ▸ Restore from the archive brings one back</source>
        <translation>Запросы, удаленные после того, как они покинули стадию черновика: хранятся вместе с журналом вне списка реестра; Запрос ▸ Вернуть из архива возвращает их</translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/register/view.py" line="252"/>
        <source>The archive holds %n request(s); none matches the search.</source>
        <translation>
            <numerusform>В архиве %n запрос; ни один не подходит под условия поиска.</numerusform>
            <numerusform>В архиве %n запроса; ни один не подходит под условия поиска.</numerusform>
            <numerusform>В архиве %n запросов; ни один не подходит под условия поиска.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/register/view.py" line="254"/>
        <source>The archive is empty.

A request deleted after it has left the draft stage (submitted, signed, transmitted…) is archived with its log, not deleted: it is found here.</source>
        <translation>Архив пуст.

Запрос, удаленный после того, как он покинул стадию черновика (направлен на проверку, подписан, передан…), не удаляется, а переносится в архив вместе с журналом: он находится здесь.</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/register/view.py" line="259"/>
        <source>The register is empty.

Create a request with File ▸ New request (Ctrl+N), or import request files (*.request.json) with File ▸ Import or by dropping them here.</source>
        <translation>Реестр пуст.

Создайте запрос командой Файл ▸ Новый запрос (Ctrl+N) или импортируйте файлы запросов (*.request.json) командой Файл ▸ Импорт либо перетащив их сюда.</translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/register/view.py" line="264"/>
        <source>No request matches the search and filters.

The register holds %n request(s); clear the search box or the filters to see them.</source>
        <translation>
            <numerusform>Нет запросов, отвечающих условиям поиска и отбора.

В реестре %n запрос; очистите строку поиска или условия отбора, чтобы его увидеть.</numerusform>
            <numerusform>Нет запросов, отвечающих условиям поиска и отбора.

В реестре %n запроса; очистите строку поиска или условия отбора, чтобы их увидеть.</numerusform>
            <numerusform>Нет запросов, отвечающих условиям поиска и отбора.

В реестре %n запросов; очистите строку поиска или условия отбора, чтобы их увидеть.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/register/view.py" line="273"/>
        <source>%n request(s) in the archive: choose Status ▸ Archived to see them.</source>
        <translation>
            <numerusform>%n запрос в архиве: выберите Состояние ▸ В архиве, чтобы его увидеть.</numerusform>
            <numerusform>%n запроса в архиве: выберите Состояние ▸ В архиве, чтобы их увидеть.</numerusform>
            <numerusform>%n запросов в архиве: выберите Состояние ▸ В архиве, чтобы их увидеть.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/register/view.py" line="313"/>
        <source>Search in both languages: words, numbers, IP addresses, e-mails…</source>
        <translation>Поиск на обоих языках: слова, номера, IP-адреса, адреса электронной почты…</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/register/view.py" line="314"/>
        <source>&amp;Status:</source>
        <translation>&amp;Состояние:</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/register/view.py" line="315"/>
        <source>&amp;Urgent only</source>
        <translation>Только &amp;срочные</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/register/view.py" line="316"/>
        <source>Confirmation &amp;overdue</source>
        <translation>&amp;Просрочено подтверждение</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/register/view.py" line="317"/>
        <source>Urgent requests whose written confirmation (Art. 6(2)) is past due</source>
        <translation>Срочные запросы, срок письменного подтверждения которых (п. 2 ст. 6) истек</translation>
    </message>
</context>
<context>
    <name>ReindexProgress</name>
    <message>
        <location filename="../requestdesk/ui/reindex_progress.py" line="33"/>
        <source>Updating the register so that a search finds every form of its words…</source>
        <translation>Обновление реестра: поиск будет находить слова в любой форме…</translation>
    </message>
</context>
<context>
    <name>RequestFiles</name>
    <message>
        <location filename="../requestdesk/ui/request_files.py" line="24"/>
        <source>Request files (*.request.json);;JSON files (*.json);;All files (*)</source>
        <translation>Файлы запросов (*.request.json);;Файлы JSON (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/request_files.py" line="50"/>
        <source>Import of request files</source>
        <translation>Импорт файлов запросов</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/request_files.py" line="51"/>
        <source>Not imported (the register was not changed by these files):</source>
        <translation>Не импортировано (реестр этими файлами не изменен):</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/request_files.py" line="58"/>
        <source>Import request files</source>
        <translation>Импорт файлов запросов</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/request_files.py" line="76"/>
        <location filename="../requestdesk/ui/request_files.py" line="87"/>
        <source>Export request file</source>
        <translation>Сохранение файла запроса</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/request_files.py" line="88"/>
        <source>The request file could not be written.</source>
        <translation>Файл запроса не удалось записать.</translation>
    </message>
</context>
<context>
    <name>RequestMenu</name>
    <message>
        <location filename="../requestdesk/ui/request_menu.py" line="110"/>
        <source>Status of the request</source>
        <translation>Состояние запроса</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/request_menu.py" line="124"/>
        <source>Submit for review</source>
        <translation>Направление на проверку</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/request_menu.py" line="192"/>
        <source>&amp;Request</source>
        <translation>&amp;Запрос</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/request_menu.py" line="194"/>
        <source>&amp;Submit for review</source>
        <translation>&amp;Направить на проверку</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/request_menu.py" line="195"/>
        <source>Re&amp;turn for changes…</source>
        <translation>Вер&amp;нуть на доработку…</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/request_menu.py" line="196"/>
        <source>A&amp;pprove…</source>
        <translation>Со&amp;гласовать…</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/request_menu.py" line="197"/>
        <source>Mark as &amp;signed</source>
        <translation>Отметить как &amp;подписанный</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/request_menu.py" line="198"/>
        <source>Mark as sent in &amp;writing</source>
        <translation>Отметить как направленный в &amp;письменной форме</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/request_menu.py" line="199"/>
        <source>C&amp;lose the request</source>
        <translation>&amp;Закрыть запрос</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/request_menu.py" line="203"/>
        <source>Record urgent &amp;transmission (orally or by technical means)…</source>
        <translation>Отметить срочную &amp;передачу (устно или по техническим каналам связи)…</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/request_menu.py" line="204"/>
        <source>Marks the request urgent and starts the watch of its written confirmation</source>
        <translation>Отмечает запрос срочным и начинает отсчет срока его письменного подтверждения</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/request_menu.py" line="205"/>
        <source>Record written &amp;confirmation sent…</source>
        <translation>Отметить направление письменного &amp;подтверждения…</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/request_menu.py" line="206"/>
        <source>Record &amp;execution, notices, refusal…</source>
        <translation>Отметить &amp;исполнение, уведомления, отказ…</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/request_menu.py" line="207"/>
        <source>&amp;History of the request…</source>
        <translation>&amp;История запроса…</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/request_menu.py" line="208"/>
        <source>Re&amp;view…</source>
        <translation>Пр&amp;оверка…</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/request_menu.py" line="209"/>
        <source>The supervisor&apos;s checklist: marks, comments, approval or return</source>
        <translation>Лист проверки руководителя: отметки, комментарии, согласование или возврат</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../requestdesk/ui/backup_dialog.py" line="52"/>
        <source>Restore the register from a backup</source>
        <translation>Восстановление реестра из резервной копии</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/backup_dialog.py" line="54"/>
        <source>RequestDesk keeps a copy of the register for each of the last seven days it was used. Restoring replaces every request with the copy chosen; the register as it is now is kept beside it (requests.sqlite3.before-restore).</source>
        <translation>RequestDesk хранит копию реестра за каждый из последних семи дней работы. При восстановлении все запросы заменяются выбранной копией; нынешний реестр сохраняется рядом (requests.sqlite3.before-restore).</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/backup_dialog.py" line="57"/>
        <source>There is no backup yet: one is made each day the program starts.</source>
        <translation>Резервных копий пока нет: копия создается в каждый день запуска программы.</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/backup_dialog.py" line="62"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/backup_dialog.py" line="68"/>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/backup_dialog.py" line="69"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../requestdesk/ui/settings_dialog.py" line="248"/>
        <source>Russian and English side by side</source>
        <translation>Русский и английский текст рядом (в две колонки)</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/settings_dialog.py" line="248"/>
        <source>Russian text, then English text</source>
        <translation>Сначала русский текст, затем английский</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/settings_dialog.py" line="255"/>
        <location filename="../requestdesk/ui/settings_dialog.py" line="256"/>
        <source>(not chosen)</source>
        <translation>(не выбран)</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/settings_dialog.py" line="279"/>
        <source>(choose from the directory or type below)</source>
        <translation>(выберите из справочника или введите ниже)</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/settings_dialog.py" line="308"/>
        <source>“%1” is not a time zone name (for example Europe/Moscow).</source>
        <translation>«%1» — не название часового пояса (пример: Europe/Moscow).</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/settings_dialog.py" line="312"/>
        <source>Deadlines of urgent requests are shown in this zone.</source>
        <translation>Сроки срочных запросов показываются в этом часовом поясе.</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/settings_dialog.py" line="313"/>
        <source>The state&apos;s zone is %1.</source>
        <translation>Часовой пояс государства — %1.</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/settings_dialog.py" line="361"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/settings_dialog.py" line="362"/>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/settings_dialog.py" line="363"/>
        <source>Your authority</source>
        <translation>Ваш орган</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/settings_dialog.py" line="364"/>
        <source>Signatory and executor</source>
        <translation>Подписант и исполнитель</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/settings_dialog.py" line="365"/>
        <source>Interface language:</source>
        <translation>Язык интерфейса:</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/settings_dialog.py" line="366"/>
        <source>Document layout:</source>
        <translation>Расположение текста документа:</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/settings_dialog.py" line="367"/>
        <source>Legal basis of new requests:</source>
        <translation>Правовое основание новых запросов:</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/settings_dialog.py" line="368"/>
        <source>Usual exchange (Art. 6(4)):</source>
        <translation>Обычный порядок обмена (п. 4 ст. 6):</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/settings_dialog.py" line="370"/>
        <source>Deadline of the written confirmation (%1: “%2”)</source>
        <translation>Срок письменного подтверждения (%1: «%2»)</translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/settings_dialog.py" line="375"/>
        <source>Recommended. The conservative reading: the deadline is the instant %n hour(s) of elapsed time later, whatever clock changes happen in between.</source>
        <translation>
            <numerusform>Рекомендуется. Строгое толкование: срок истекает ровно через %n час фактически прошедшего времени, независимо от переводов часов.</numerusform>
            <numerusform>Рекомендуется. Строгое толкование: срок истекает ровно через %n часа фактически прошедшего времени, независимо от переводов часов.</numerusform>
            <numerusform>Рекомендуется. Строгое толкование: срок истекает ровно через %n часов фактически прошедшего времени, независимо от переводов часов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../requestdesk/ui/settings_dialog.py" line="379"/>
        <source>National practice. Choose this only where your national law counts periods in whole days; the deadline then falls later than %n hour(s). Documents always state which rule was applied.</source>
        <translation>
            <numerusform>Национальная практика. Выбирайте только если ваше национальное право исчисляет сроки полными сутками; срок тогда истекает позже %n часа. В документах всегда указывается, какое правило применено.</numerusform>
            <numerusform>Национальная практика. Выбирайте только если ваше национальное право исчисляет сроки полными сутками; срок тогда истекает позже %n часов. В документах всегда указывается, какое правило применено.</numerusform>
            <numerusform>Национальная практика. Выбирайте только если ваше национальное право исчисляет сроки полными сутками; срок тогда истекает позже %n часов. В документах всегда указывается, какое правило применено.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/settings_dialog.py" line="382"/>
        <source>State:</source>
        <translation>Государство:</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/settings_dialog.py" line="383"/>
        <source>Competent authority:</source>
        <translation>Компетентный орган:</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/settings_dialog.py" line="384"/>
        <source>Name (Russian, English):</source>
        <translation>Наименование (рус., англ.):</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/settings_dialog.py" line="385"/>
        <source>Subdivision:</source>
        <translation>Подразделение:</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/settings_dialog.py" line="386"/>
        <source>Subdivision (Russian, English):</source>
        <translation>Подразделение (рус., англ.):</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/settings_dialog.py" line="387"/>
        <source>Time zone:</source>
        <translation>Часовой пояс:</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/settings_dialog.py" line="389"/>
        <source>Type to search the directory of competent authorities</source>
        <translation>Начните вводить, чтобы найти орган в справочнике компетентных органов</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/settings_dialog.py" line="391"/>
        <source>Default signatory (Art. 6(4))</source>
        <translation>Подписант по умолчанию (п. 4 ст. 6)</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/settings_dialog.py" line="392"/>
        <source>Role:</source>
        <translation>Должностное положение:</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/settings_dialog.py" line="393"/>
        <location filename="../requestdesk/ui/settings_dialog.py" line="396"/>
        <source>Name:</source>
        <translation>Инициалы и фамилия:</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/settings_dialog.py" line="394"/>
        <source>Position:</source>
        <translation>Должность:</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/settings_dialog.py" line="395"/>
        <source>Executing officer (who prepares requests)</source>
        <translation>Исполнитель (кто готовит запросы)</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/settings_dialog.py" line="397"/>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/settings_dialog.py" line="398"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>WelcomeWizard</name>
    <message>
        <location filename="../requestdesk/ui/welcome.py" line="196"/>
        <location filename="../requestdesk/ui/welcome.py" line="197"/>
        <source>(not chosen)</source>
        <translation>(не выбрано)</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/welcome.py" line="228"/>
        <source>(choose from the directory or type below)</source>
        <translation>(выберите из справочника или введите ниже)</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/welcome.py" line="285"/>
        <source>Welcome to RequestDesk</source>
        <translation>Добро пожаловать в RequestDesk</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/welcome.py" line="286"/>
        <source>Skip</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/welcome.py" line="287"/>
        <source>Next &gt;</source>
        <translation>Далее &gt;</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/welcome.py" line="288"/>
        <source>&lt; Back</source>
        <translation>&lt; Назад</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/welcome.py" line="289"/>
        <source>Finish</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/welcome.py" line="290"/>
        <source>Welcome</source>
        <translation>Добро пожаловать</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/welcome.py" line="292"/>
        <source>RequestDesk helps you draft a request for assistance under Article 6 of the 2018 CIS Agreement, check it against the Article&apos;s required elements and its signature and seal rules, watch the 3-day deadline of written confirmation of urgent requests, and print the request in Russian and English.

A few answers fill every new request with your details. You can skip this now and change everything later in File ▸ Settings.</source>
        <translation>RequestDesk помогает составить запрос об оказании содействия по статье 6 Соглашения СНГ 2018 года, проверить его на наличие обязательных реквизитов статьи и соблюдение правил о подписи и печати, следить за трёхдневным сроком письменного подтверждения срочных запросов и напечатать запрос на русском и английском языках.

Несколько ответов заполнят каждый новый запрос вашими данными. Этот шаг можно пропустить и всё изменить позже в меню «Файл ▸ Настройки».</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/welcome.py" line="297"/>
        <source>Interface language:</source>
        <translation>Язык интерфейса:</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/welcome.py" line="298"/>
        <source>Your authority</source>
        <translation>Ваш орган</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/welcome.py" line="300"/>
        <source>The competent authority that sends your requests. Choose your state, then type a few letters of the authority&apos;s name to find it in the directory; its Russian and English names are filled in.</source>
        <translation>Компетентный орган, который направляет ваши запросы. Выберите государство, затем наберите несколько букв названия органа, чтобы найти его в справочнике: названия на русском и английском языках заполнятся сами.</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/welcome.py" line="302"/>
        <source>State:</source>
        <translation>Государство:</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/welcome.py" line="303"/>
        <source>Competent authority:</source>
        <translation>Компетентный орган:</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/welcome.py" line="304"/>
        <source>Name (Russian, English):</source>
        <translation>Название (рус., англ.):</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/welcome.py" line="305"/>
        <source>Subdivision in the directory:</source>
        <translation>Подразделение в справочнике:</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/welcome.py" line="306"/>
        <source>Subdivision (Russian, English):</source>
        <translation>Подразделение (рус., англ.):</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/welcome.py" line="310"/>
        <source>Type to search the directory</source>
        <translation>Наберите для поиска в справочнике</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/welcome.py" line="311"/>
        <source>Signatory and executor</source>
        <translation>Подписант и исполнитель</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/welcome.py" line="313"/>
        <source>Who usually signs your requests (Art. 6(4)) and who prepares them. Names and positions are written in both languages, as they appear in the document.</source>
        <translation>Кто обычно подписывает ваши запросы (п. 4 ст. 6) и кто их готовит. Фамилии и должности указываются на обоих языках так, как они будут напечатаны в документе.</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/welcome.py" line="315"/>
        <source>Default signatory</source>
        <translation>Подписант по умолчанию</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/welcome.py" line="316"/>
        <source>Executing officer</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/welcome.py" line="317"/>
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/welcome.py" line="318"/>
        <location filename="../requestdesk/ui/welcome.py" line="320"/>
        <source>Name:</source>
        <translation>Инициалы и фамилия:</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/welcome.py" line="319"/>
        <source>Position:</source>
        <translation>Должность:</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/welcome.py" line="321"/>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/welcome.py" line="322"/>
        <source>An example to explore</source>
        <translation>Пример для ознакомления</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/welcome.py" line="324"/>
        <source>The example is a complete request from one competent authority to another, with the number %1. Open it, look at each step and its help, export it to see the document. It is only an example: delete it when you no longer need it.</source>
        <translation>Пример — полностью составленный запрос одного компетентного органа другому под номером %1. Откройте его, посмотрите каждый шаг и справку к нему, сформируйте документ. Это только пример: удалите его, когда он станет не нужен.</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/welcome.py" line="327"/>
        <source>Add the example request to the register</source>
        <translation>Добавить пример запроса в реестр</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/welcome.py" line="329"/>
        <source>Help ▸ Welcome and first settings brings this back; Help also holds the Articles of the Agreement.</source>
        <translation>Вернуться к этой настройке можно через «Справка ▸ Первоначальная настройка»; там же — статьи Соглашения.</translation>
    </message>
</context>
</TS>
