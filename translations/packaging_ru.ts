<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../requestdesk/ui/about.py" line="61" />
        <source>About RequestDesk</source>
        <translation>О программе RequestDesk</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/about.py" line="71" />
        <source>Licence: %1. You may use, study, share and change it under that licence.</source>
        <translation>Лицензия: %1. Программу можно использовать, изучать, распространять и изменять на условиях этой лицензии.</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/about.py" line="76" />
        <source>Libraries shipped with RequestDesk</source>
        <translation>Библиотеки в составе RequestDesk</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/about.py" line="77" />
        <source>Component</source>
        <translation>Компонент</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/about.py" line="77" />
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/about.py" line="77" />
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/about.py" line="77" />
        <source>Licence text</source>
        <translation>Текст лицензии</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/about.py" line="78" />
        <source>Qt and PySide6 (LGPLv3)</source>
        <translation>Qt и PySide6 (LGPLv3)</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/about.py" line="84" />
        <source>The interface is built with Qt %1 through PySide6, used under the GNU Lesser General Public License version 3 (LGPLv3). You may replace them with your own or a modified version of the same major version: the application folder keeps the Qt libraries (libQt6*.so on Linux, Qt6*.dll on Windows, under _internal/PySide6) and the PySide6 modules as separate files, so a user may relink by replacing those files with compatible builds; nothing is linked statically. The source code of Qt and PySide6 is published by the Qt Project; on request, the supplier of this bundle provides the versions used.</source>
        <translation>Интерфейс построен на Qt %1 через PySide6, которые используются на условиях GNU Lesser General Public License версии 3 (LGPLv3). Их можно заменить собственной или изменённой версией той же основной версии: в папке приложения библиотеки Qt (libQt6*.so в Linux, Qt6*.dll в Windows, в _internal/PySide6) и модули PySide6 лежат отдельными файлами, поэтому пользователь может выполнить перекомпоновку, заменив эти файлы совместимыми сборками; статической компоновки нет. Исходный код Qt и PySide6 публикуется проектом Qt; по запросу поставщик этой сборки предоставляет использованные версии.</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/about.py" line="92" />
        <source>RequestDesk is free software: the supplier of this bundle provides its source code on request. The licence texts are in the licenses folder of the application.</source>
        <translation>RequestDesk — свободная программа: поставщик этой сборки предоставляет её исходный код по запросу. Тексты лицензий находятся в папке licenses приложения.</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/about.py" line="95" />
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>ArticlesWindow</name>
    <message>
        <location filename="../requestdesk/ui/articles.py" line="78" />
        <source>The Agreement of 2018: Articles on requests for assistance</source>
        <translation>Соглашение 2018 года: статьи о запросах об оказании содействия</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/articles.py" line="92" />
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../requestdesk/ui/help_menu.py" line="49" />
        <source>&amp;Welcome and first settings…</source>
        <translation>&amp;Первоначальная настройка…</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/help_menu.py" line="50" />
        <source>Your authority, signatory, executor and language; an example request to explore</source>
        <translation>Ваш орган, подписант, исполнитель и язык; пример запроса для ознакомления</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../requestdesk/ui/about.py" line="63" />
        <source>RequestDesk drafts and checks requests for assistance under Article 6 of the 2018 CIS Agreement on cooperation in combating crimes in the field of information technologies, and exports them as bilingual Russian and English documents. It works offline.</source>
        <translation>RequestDesk помогает составлять и проверять запросы об оказании содействия по статье 6 Соглашения о сотрудничестве государств — участников СНГ в борьбе с преступлениями в сфере информационных технологий 2018 года и формирует их в виде двуязычных документов на русском и английском языках. Программа работает без подключения к сети.</translation>
    </message>
</context>
<context>
    <name>PackageFiles</name>
    <message>
        <location filename="../requestdesk/ui/package_files.py" line="31" />
        <location filename="../requestdesk/ui/package_files.py" line="57" />
        <source>Request package</source>
        <translation>Пакет запроса</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/package_files.py" line="33" />
        <source>Keep both</source>
        <translation>Сохранить оба</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/package_files.py" line="34" />
        <source>Replace</source>
        <translation>Заменить</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/package_files.py" line="35" />
        <source>Do not import</source>
        <translation>Не импортировать</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/package_files.py" line="58" />
        <source>The package was not imported; the register is unchanged.</source>
        <translation>Пакет не импортирован; реестр не изменён.</translation>
    </message>
</context>
<context>
    <name>WelcomeWizard</name>
    <message>
        <location filename="../requestdesk/ui/welcome.py" line="194" />
        <location filename="../requestdesk/ui/welcome.py" line="197" />
        <source>(not chosen)</source>
        <translation>(не выбрано)</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/welcome.py" line="279" />
        <source>Welcome to RequestDesk</source>
        <translation>Добро пожаловать в RequestDesk</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/welcome.py" line="280" />
        <source>Skip</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/welcome.py" line="281" />
        <source>Next &gt;</source>
        <translation>Далее &gt;</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/welcome.py" line="282" />
        <source>&lt; Back</source>
        <translation>&lt; Назад</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/welcome.py" line="283" />
        <source>Finish</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/welcome.py" line="284" />
        <source>Welcome</source>
        <translation>Добро пожаловать</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/welcome.py" line="286" />
        <source>RequestDesk helps you draft a request for assistance under Article 6 of the 2018 CIS Agreement, check it against the Article's required elements and its signature and seal rules, watch the 3-day deadline of written confirmation of urgent requests, and print the request in Russian and English.

A few answers fill every new request with your details. You can skip this now and change everything later in File ▸ Settings.</source>
        <translation>RequestDesk помогает составить запрос об оказании содействия по статье 6 Соглашения СНГ 2018 года, проверить его на наличие обязательных реквизитов статьи и соблюдение правил о подписи и печати, следить за трёхдневным сроком письменного подтверждения срочных запросов и напечатать запрос на русском и английском языках.

Несколько ответов заполнят каждый новый запрос вашими данными. Этот шаг можно пропустить и всё изменить позже в меню «Файл ▸ Настройки».</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/welcome.py" line="291" />
        <source>Interface language:</source>
        <translation>Язык интерфейса:</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/welcome.py" line="292" />
        <source>Your authority</source>
        <translation>Ваш орган</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/welcome.py" line="294" />
        <source>The competent authority that sends your requests. Choose your state, then type a few letters of the authority's name to find it in the directory; its Russian and English names are filled in.</source>
        <translation>Компетентный орган, который направляет ваши запросы. Выберите государство, затем наберите несколько букв названия органа, чтобы найти его в справочнике: названия на русском и английском языках заполнятся сами.</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/welcome.py" line="296" />
        <source>State:</source>
        <translation>Государство:</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/welcome.py" line="297" />
        <source>Competent authority:</source>
        <translation>Компетентный орган:</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/welcome.py" line="298" />
        <source>Name (Russian, English):</source>
        <translation>Название (рус., англ.):</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/welcome.py" line="299" />
        <source>Subdivision (Russian, English):</source>
        <translation>Подразделение (рус., англ.):</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/welcome.py" line="300" />
        <source>Type to search the directory</source>
        <translation>Наберите для поиска в справочнике</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/welcome.py" line="301" />
        <source>Signatory and executor</source>
        <translation>Подписант и исполнитель</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/welcome.py" line="303" />
        <source>Who usually signs your requests (Art. 6(4)) and who prepares them. Names and positions are written in both languages, as they appear in the document.</source>
        <translation>Кто обычно подписывает ваши запросы (п. 4 ст. 6) и кто их готовит. Фамилии и должности указываются на обоих языках так, как они будут напечатаны в документе.</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/welcome.py" line="305" />
        <source>Default signatory</source>
        <translation>Подписант по умолчанию</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/welcome.py" line="306" />
        <source>Executing officer</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/welcome.py" line="307" />
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/welcome.py" line="308" />
        <location filename="../requestdesk/ui/welcome.py" line="310" />
        <source>Name:</source>
        <translation>Фамилия, инициалы:</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/welcome.py" line="309" />
        <source>Position:</source>
        <translation>Должность:</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/welcome.py" line="311" />
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/welcome.py" line="312" />
        <source>An example to explore</source>
        <translation>Пример для ознакомления</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/welcome.py" line="314" />
        <source>The example is a complete request from one competent authority to another, with the number %1. Open it, look at each step and its help, export it to see the document. It is only an example: delete it when you no longer need it.</source>
        <translation>Пример — полностью составленный запрос одного компетентного органа другому под номером %1. Откройте его, посмотрите каждый шаг и справку к нему, сформируйте документ. Это только пример: удалите его, когда он станет не нужен.</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/welcome.py" line="317" />
        <source>Add the example request to the register</source>
        <translation>Добавить пример запроса в реестр</translation>
    </message>
    <message>
        <location filename="../requestdesk/ui/welcome.py" line="319" />
        <source>Help ▸ Welcome and first settings brings this back; Help also holds the Articles of the Agreement.</source>
        <translation>Вернуться к этой настройке можно через «Справка ▸ Первоначальная настройка»; там же — статьи Соглашения.</translation>
    </message>
</context>
</TS>