<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>MainWindow</name>
    <message>
        <source>Butterboard Desk</source>
        <translation>Butterboard Desk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>&amp;Scenarios</source>
        <translation>&amp;Сценарии</translation>
    </message>
    <message>
        <source>Onboarding scenarios and their stages (Ctrl+1)</source>
        <translation>Сценарии онбординга и их этапы (Ctrl+1)</translation>
    </message>
    <message>
        <source>&amp;Candidates</source>
        <translation>&amp;Кандидаты</translation>
    </message>
    <message>
        <source>Vacancies and candidates (Ctrl+2)</source>
        <translation>Вакансии и кандидаты (Ctrl+2)</translation>
    </message>
    <message>
        <source>&amp;Assistant</source>
        <translation>&amp;Ассистент</translation>
    </message>
    <message>
        <source>The knowledge base the assistant answers from (Ctrl+3)</source>
        <translation>База знаний, по которой отвечает ассистент (Ctrl+3)</translation>
    </message>
    <message>
        <source>C&amp;ontacts</source>
        <translation>Ко&amp;нтакты</translation>
    </message>
    <message>
        <source>Reserve channels and people to contact (Ctrl+4)</source>
        <translation>Резервные каналы и контактные лица (Ctrl+4)</translation>
    </message>
    <message>
        <source>&amp;Reload from Database</source>
        <translation>&amp;Обновить из базы данных</translation>
    </message>
    <message>
        <source>Read every list again from the local database</source>
        <translation>Заново прочитать все списки из локальной базы данных</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;About Butterboard Desk</source>
        <translation>&amp;О программе Butterboard Desk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Butterboard platform</source>
        <translation>Платформа Butterboard</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;ключ:</translation>
    </message>
    <message>
        <source>Paste a new key to replace the stored one</source>
        <translation>Вставьте новый ключ, чтобы заменить сохранённый</translation>
    </message>
    <message>
        <source>&amp;Remove Stored Key</source>
        <translation>&amp;Удалить сохранённый ключ</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Интерфейс</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>A new language is used from the next start of Butterboard Desk.</source>
        <translation>Новый язык будет применён при следующем запуске Butterboard Desk.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Адрес сервера:</translation>
    </message>
</context>
<context>
    <name>bbd::AssistantArea</name>
    <message>
        <source>Knowledge base</source>
        <translation>База знаний</translation>
    </message>
    <message>
        <source>The knowledge base is empty. The assistant answers questions from these articles, so it has nothing to say until some are added.</source>
        <translation>База знаний пуста. Ассистент отвечает на вопросы по этим статьям, поэтому, пока их нет, ему нечего сказать.</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>обновлено %1</translation>
    </message>
</context>
<context>
    <name>bbd::CandidateTableModel</name>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Vacancy</source>
        <translation>Вакансия</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Дата отклика</translation>
    </message>
    <message>
        <source>This number could not be recognised; it is kept as it was entered.</source>
        <translation>Не удалось распознать номер; он сохранён в том виде, в каком был введён.</translation>
    </message>
</context>
<context>
    <name>bbd::CandidatesArea</name>
    <message>
        <source>Vacancies</source>
        <translation>Вакансии</translation>
    </message>
    <message>
        <source>All candidates</source>
        <translation>Все кандидаты</translation>
    </message>
    <message>
        <source>Show the candidates of every vacancy</source>
        <translation>Показать кандидатов по всем вакансиям</translation>
    </message>
    <message>
        <source>No candidates here yet. Responses from job boards and imported CSV files will appear in this list.</source>
        <translation>Кандидатов пока нет. Здесь появятся отклики с сайтов поиска работы и кандидаты из импортированных CSV-файлов.</translation>
    </message>
    <message numerus="yes">
        <source>All candidates: %n</source>
        <translation>
            <numerusform>Все кандидаты: %n</numerusform>
            <numerusform>Все кандидаты: %n</numerusform>
            <numerusform>Все кандидаты: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n candidate(s)</source>
        <translation>
            <numerusform>%1: %n кандидат</numerusform>
            <numerusform>%1: %n кандидата</numerusform>
            <numerusform>%1: %n кандидатов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bbd::ChannelTableModel</name>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Chat-bot</source>
        <translation>Чат-бот</translation>
    </message>
    <message>
        <source>%1

When to use: %2</source>
        <translation>%1

Когда использовать: %2</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Можно</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Нельзя</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Назначение</translation>
    </message>
    <message>
        <source>Confidential topics</source>
        <translation>Конфиденциальные темы</translation>
    </message>
</context>
<context>
    <name>bbd::CommandLine</name>
    <message>
        <source>Butterboard Desk: onboarding scenarios, candidates, the assistant and fallback contacts for HR staff and recruiters, on a local database that works offline.</source>
        <translation>Butterboard Desk: сценарии онбординга, кандидаты, ассистент и резервные контакты для HR-специалистов и рекрутеров на локальной базе данных, которая работает офлайн.</translation>
    </message>
    <message>
        <source>Use the SQLite database at &lt;path&gt; instead of the default one in the user&apos;s application data folder.</source>
        <translation>Использовать базу данных SQLite по пути &lt;путь&gt; вместо базы по умолчанию в папке данных приложения пользователя.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>путь</translation>
    </message>
    <message>
        <source>Load the demo data (vacancies, candidates, scenarios, articles, contacts) into the database unless it is already there.</source>
        <translation>Загрузить демонстрационные данные (вакансии, кандидаты, сценарии, статьи, контакты) в базу данных, если их там ещё нет.</translation>
    </message>
    <message>
        <source>Interface language: ru or en (default: the system&apos;s).</source>
        <translation>Язык интерфейса: ru или en (по умолчанию — язык системы).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <source>Open the main window, render it to the PNG &lt;file&gt; and exit.</source>
        <translation>Открыть главное окно, сохранить его изображение в PNG-файл &lt;файл&gt; и выйти.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>Area to open: %1.</source>
        <translation>Открываемый раздел: %1.</translation>
    </message>
    <message>
        <source>area</source>
        <translation>раздел</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Лишний аргумент: %1</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use ru or en.</source>
        <translation>Неизвестный язык «%1»: укажите ru или en.</translation>
    </message>
    <message>
        <source>Unknown area &quot;%1&quot;: use one of %2.</source>
        <translation>Неизвестный раздел «%1»: укажите одно из значений: %2.</translation>
    </message>
</context>
<context>
    <name>bbd::ContactTableModel</name>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
</context>
<context>
    <name>bbd::ContactsArea</name>
    <message>
        <source>Reserve channels</source>
        <translation>Резервные каналы</translation>
    </message>
    <message>
        <source>When the platform cannot be reached, use these channels in the order shown. For anything critical, call.</source>
        <translation>Если платформа недоступна, используйте эти каналы в указанном порядке. В срочных и критичных случаях звоните.</translation>
    </message>
    <message>
        <source>No reserve channels or contacts are set up. Add the ways to reach HR here so that people know where to turn when the platform is down.</source>
        <translation>Резервные каналы и контакты не настроены. Добавьте сюда способы связи с HR, чтобы сотрудники знали, куда обращаться, если платформа не работает.</translation>
    </message>
    <message>
        <source>People to contact, in order of escalation</source>
        <translation>К кому обращаться (в порядке эскалации)</translation>
    </message>
</context>
<context>
    <name>bbd::CredentialStore</name>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>«%1» (%2)</translation>
    </message>
    <message>
        <source>Secrets are kept only in the macOS Keychain; make sure it can be reached, then try again.</source>
        <translation>Секреты хранятся только в macOS Keychain; убедитесь, что он доступен, и повторите попытку.</translation>
    </message>
    <message>
        <source>Secrets are kept only in the Windows Credential Manager; make sure it can be reached, then try again.</source>
        <translation>Секреты хранятся только в диспетчере учётных данных Windows (Credential Manager); убедитесь, что он доступен, и повторите попытку.</translation>
    </message>
    <message>
        <source>Secrets are kept only in a Secret Service keychain such as GNOME Keyring or KWallet, which needs a desktop session with a D-Bus session bus. Start or install one, then try again.</source>
        <translation>Секреты хранятся только в хранилище паролей Secret Service, например GNOME Keyring или KWallet, а ему нужен сеанс рабочего стола с сеансовой шиной D-Bus. Запустите или установите такое хранилище и повторите попытку.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>неизвестная ошибка</translation>
    </message>
    <message>
        <source>No system keychain is available, so the secret for %1 was NOT saved. %2</source>
        <translation>Хранилище паролей системы недоступно, поэтому секрет для %1 НЕ сохранён. %2</translation>
    </message>
    <message>
        <source>No system keychain is available, so the secret for %1 could not be read. %2</source>
        <translation>Хранилище паролей системы недоступно, поэтому прочитать секрет для %1 не удалось. %2</translation>
    </message>
    <message>
        <source>No system keychain is available, so the secret for %1 could not be removed. %2</source>
        <translation>Хранилище паролей системы недоступно, поэтому удалить секрет для %1 не удалось. %2</translation>
    </message>
    <message>
        <source>No secret was stored for %1, so there was nothing to remove.</source>
        <translation>Секрет для %1 не был сохранён, поэтому удалять нечего.</translation>
    </message>
    <message>
        <source>No secret is stored for %1.</source>
        <translation>Секрет для %1 не сохранён.</translation>
    </message>
    <message>
        <source>The system keychain refused to save the secret for %1, so it was NOT saved. Unlock the keychain or allow access, then try again.</source>
        <translation>Хранилище паролей системы отказалось сохранить секрет для %1, поэтому он НЕ сохранён. Разблокируйте хранилище или разрешите доступ и повторите попытку.</translation>
    </message>
    <message>
        <source>The system keychain refused to give out the secret for %1. Unlock the keychain or allow access, then try again.</source>
        <translation>Хранилище паролей системы отказалось выдать секрет для %1. Разблокируйте хранилище или разрешите доступ и повторите попытку.</translation>
    </message>
    <message>
        <source>The system keychain refused to remove the secret for %1. Unlock the keychain or allow access, then try again.</source>
        <translation>Хранилище паролей системы отказалось удалить секрет для %1. Разблокируйте хранилище или разрешите доступ и повторите попытку.</translation>
    </message>
    <message>
        <source>The secret for %1 was NOT saved: the system keychain reported an error (%2). Make sure the keychain is unlocked and has a default keyring, then try again.</source>
        <translation>Секрет для %1 НЕ сохранён: хранилище паролей системы сообщило об ошибке (%2). Убедитесь, что хранилище разблокировано и в нём есть связка ключей по умолчанию, и повторите попытку.</translation>
    </message>
    <message>
        <source>The secret for %1 could not be read: the system keychain reported an error (%2). Make sure the keychain is unlocked, then try again.</source>
        <translation>Не удалось прочитать секрет для %1: хранилище паролей системы сообщило об ошибке (%2). Убедитесь, что хранилище разблокировано, и повторите попытку.</translation>
    </message>
    <message>
        <source>The secret for %1 could not be removed: the system keychain reported an error (%2). Make sure the keychain is unlocked, then try again.</source>
        <translation>Не удалось удалить секрет для %1: хранилище паролей системы сообщило об ошибке (%2). Убедитесь, что хранилище разблокировано, и повторите попытку.</translation>
    </message>
    <message>
        <source>The credential has no service name, so it cannot be kept in the system keychain. This is a bug in the application; please report it.</source>
        <translation>У учётных данных нет имени службы, поэтому их нельзя сохранить в хранилище паролей системы. Это ошибка в приложении; пожалуйста, сообщите о ней.</translation>
    </message>
    <message>
        <source>An empty secret cannot be saved for %1; remove the credential instead.</source>
        <translation>Нельзя сохранить пустой секрет для %1; вместо этого удалите учётные данные.</translation>
    </message>
</context>
<context>
    <name>bbd::Database</name>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 не является файлом.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не удалось создать папку %1.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Не удалось открыть базу данных %1: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the database %1: %2</source>
        <translation>Не удалось подготовить базу данных %1: %2</translation>
    </message>
    <message>
        <source>The database %1 could not be upgraded; it was left as it was. %2</source>
        <translation>Не удалось обновить базу данных %1; она оставлена без изменений. %2</translation>
    </message>
    <message>
        <source>Cannot read the database %1: %2</source>
        <translation>Не удалось прочитать базу данных %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Butterboard Desk database, or it is damaged: %2</source>
        <translation>%1 — не база данных Butterboard Desk, или файл повреждён: %2</translation>
    </message>
    <message>
        <source>The database %1 is damaged: %2</source>
        <translation>База данных %1 повреждена: %2</translation>
    </message>
    <message>
        <source>The database %1 failed its integrity check and has not been changed: %2</source>
        <translation>База данных %1 не прошла проверку целостности и не была изменена: %2</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 уже существует.</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2.</source>
        <translation>Не удалось переименовать %1 в %2.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Butterboard Desk (schema %2; this version supports schema versions up to %3). It has not been changed. Update the application, or start on a fresh database and keep this file.</source>
        <translation>База данных %1 создана более новой версией Butterboard Desk (схема %2; эта версия поддерживает схемы до версии %3). Файл не изменён. Обновите приложение или начните с новой базы данных, сохранив этот файл.</translation>
    </message>
</context>
<context>
    <name>bbd::DatabaseProblemDialog</name>
    <message>
        <source>The database cannot be used</source>
        <translation>Базу данных невозможно использовать</translation>
    </message>
    <message>
        <source>You can start on a fresh database. The current file is kept, unchanged, in the same folder (%1) under a dated name.</source>
        <translation>Можно начать работу с новой базой данных. Текущий файл останется без изменений в той же папке (%1) под именем с датой.</translation>
    </message>
    <message>
        <source>Start on a Fresh Database</source>
        <translation>Начать с новой базой данных</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
</context>
<context>
    <name>bbd::DemoData</name>
    <message>
        <source>The database is not open.</source>
        <translation>База данных не открыта.</translation>
    </message>
    <message>
        <source>The demo data is missing from this build (%1).</source>
        <translation>В этой сборке нет демонстрационных данных (%1).</translation>
    </message>
    <message>
        <source>The demo data of this build cannot be read: %1</source>
        <translation>Не удалось прочитать демонстрационные данные этой сборки: %1</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>неизвестный формат</translation>
    </message>
    <message>
        <source>Cannot start a transaction for the demo data.</source>
        <translation>Не удалось начать транзакцию для демонстрационных данных.</translation>
    </message>
    <message>
        <source>employee %1</source>
        <translation>сотрудник %1</translation>
    </message>
    <message>
        <source>Employee %1 names an unknown manager %2.</source>
        <translation>У сотрудника %1 указан неизвестный руководитель %2.</translation>
    </message>
    <message>
        <source>vacancy %1</source>
        <translation>вакансия %1</translation>
    </message>
    <message>
        <source>stage %1 of %2</source>
        <translation>этап %1 вакансии %2</translation>
    </message>
    <message>
        <source>Candidate %1 is placed on an unknown vacancy or stage (%2 / %3).</source>
        <translation>Кандидат %1 относится к неизвестной вакансии или этапу (%2 / %3).</translation>
    </message>
    <message>
        <source>candidate %1</source>
        <translation>кандидат %1</translation>
    </message>
    <message>
        <source>timeline of %1</source>
        <translation>история кандидата %1</translation>
    </message>
    <message>
        <source>template %1</source>
        <translation>шаблон %1</translation>
    </message>
    <message>
        <source>scenario %1</source>
        <translation>сценарий %1</translation>
    </message>
    <message>
        <source>stage %1 of scenario %2</source>
        <translation>этап %1 сценария %2</translation>
    </message>
    <message>
        <source>Scenario %1 links unknown stages %2 → %3.</source>
        <translation>Сценарий %1 связывает неизвестные этапы %2 → %3.</translation>
    </message>
    <message>
        <source>link %1 → %2 of scenario %3</source>
        <translation>связь %1 → %2 сценария %3</translation>
    </message>
    <message>
        <source>An assignment names an unknown employee or scenario (%1 / %2).</source>
        <translation>В назначении указан неизвестный сотрудник или сценарий (%1 / %2).</translation>
    </message>
    <message>
        <source>assignment of %1</source>
        <translation>назначение сотрудника %1</translation>
    </message>
    <message>
        <source>assignment stage of %1</source>
        <translation>этап назначения сотрудника %1</translation>
    </message>
    <message>
        <source>article %1</source>
        <translation>статья %1</translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation>контакт %1</translation>
    </message>
    <message>
        <source>channel %1</source>
        <translation>канал %1</translation>
    </message>
    <message>
        <source>Channel %1 names an unknown contact %2.</source>
        <translation>В канале %1 указан неизвестный контакт %2.</translation>
    </message>
    <message>
        <source>responsible contact of %1</source>
        <translation>ответственный контакт канала %1</translation>
    </message>
    <message>
        <source>the demo marker</source>
        <translation>отметка о демонстрационных данных</translation>
    </message>
    <message>
        <source>Cannot save the demo data: %1</source>
        <translation>Не удалось сохранить демонстрационные данные: %1</translation>
    </message>
    <message>
        <source>New response, source: %1</source>
        <translation>Новый отклик, источник: %1</translation>
    </message>
    <message>
        <source>Cannot prepare the demo statement for %1: %2</source>
        <translation>Не удалось подготовить запрос демонстрационных данных (%1): %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Ошибка записи (%1): %2</translation>
    </message>
    <message>
        <source>the manager of %1</source>
        <translation>руководитель сотрудника %1</translation>
    </message>
</context>
<context>
    <name>bbd::KbArticleListModel</name>
    <message>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
</context>
<context>
    <name>bbd::MainWindow</name>
    <message>
        <source>Local database: %1</source>
        <translation>Локальная база данных: %1</translation>
    </message>
    <message>
        <source>Lists read again from the local database.</source>
        <translation>Списки заново прочитаны из локальной базы данных.</translation>
    </message>
    <message>
        <source>About Butterboard Desk</source>
        <translation>О программе Butterboard Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Butterboard Desk %1&lt;/h3&gt;&lt;p&gt;Onboarding scenarios, candidates, the knowledge-base assistant and fallback contacts for HR staff and recruiters, on a local database that works offline.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Schema version: %3&lt;br&gt;Qt %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Butterboard Desk %1&lt;/h3&gt;&lt;p&gt;Сценарии онбординга, кандидаты, ассистент по базе знаний и резервные контакты для HR-специалистов и рекрутеров на локальной базе данных, которая работает офлайн.&lt;/p&gt;&lt;p&gt;База данных: %2&lt;br&gt;Версия схемы: %3&lt;br&gt;Qt %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Could not read from the local database: %1</source>
        <translation>Не удалось прочитать данные из локальной базы данных: %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Офлайн</translation>
    </message>
    <message>
        <source>Working on the local database. Synchronisation with %1 is not set up yet.</source>
        <translation>Работа с локальной базой данных. Синхронизация с %1 пока не настроена.</translation>
    </message>
</context>
<context>
    <name>bbd::Migrator</name>
    <message>
        <source>Cannot read the schema version: %1</source>
        <translation>Не удалось прочитать версию схемы: %1</translation>
    </message>
    <message>
        <source>Cannot start the upgrade to schema version %1: %2</source>
        <translation>Не удалось начать обновление до версии схемы %1: %2</translation>
    </message>
    <message>
        <source>The upgrade to schema version %1 (%2) failed and was undone: %3</source>
        <translation>Обновление до версии схемы %1 (%2) не удалось и было отменено: %3</translation>
    </message>
</context>
<context>
    <name>bbd::PhoneNumbers</name>
    <message>
        <source>ext.</source>
        <extracomment>Short label before a phone extension, as in &quot;8 (495) 123-45-67 ext. 12&quot;</extracomment>
        <translation>доб.</translation>
    </message>
    <message>
        <source>The phone number is valid.</source>
        <translation>Номер телефона указан верно.</translation>
    </message>
    <message>
        <source>Enter a phone number.</source>
        <translation>Введите номер телефона.</translation>
    </message>
    <message>
        <source>This is not a phone number: use digits, optionally with +, spaces, dashes and brackets.</source>
        <translation>Это не номер телефона: используйте цифры, при необходимости с +, пробелами, дефисами и скобками.</translation>
    </message>
    <message>
        <source>The country code is missing or unknown: start a foreign number with + and its country code, e.g. +375 for Belarus.</source>
        <translation>Код страны не указан или неизвестен: начните иностранный номер с + и кода страны, например +375 для Беларуси.</translation>
    </message>
    <message>
        <source>The number is too short: check for missing digits or a missing area code.</source>
        <translation>Номер слишком короткий: проверьте, не пропущены ли цифры или код города.</translation>
    </message>
    <message>
        <source>The number is too long: remove extra digits, or write an extension after &quot;ext.&quot;.</source>
        <translation>Номер слишком длинный: удалите лишние цифры или укажите добавочный номер после «доб.».</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестный</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Мобильный</translation>
    </message>
    <message>
        <source>Landline</source>
        <translation>Городской</translation>
    </message>
    <message>
        <source>Landline or mobile</source>
        <translation>Городской или мобильный</translation>
    </message>
    <message>
        <source>Toll-free</source>
        <translation>Бесплатный</translation>
    </message>
    <message>
        <source>Premium rate</source>
        <translation>С повышенной оплатой</translation>
    </message>
    <message>
        <source>Shared cost</source>
        <translation>С разделённой оплатой</translation>
    </message>
    <message>
        <source>VoIP</source>
        <translation>VoIP</translation>
    </message>
    <message>
        <source>Personal number</source>
        <translation>Персональный номер</translation>
    </message>
    <message>
        <source>Pager</source>
        <translation>Пейджер</translation>
    </message>
    <message>
        <source>Company number</source>
        <extracomment>Universal access number: one number for all offices of a company</extracomment>
        <translation>Единый номер компании</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Голосовая почта</translation>
    </message>
    <message>
        <source>This number is not valid: check the digits and the area or operator code.</source>
        <translation>Такой номер недействителен: проверьте цифры и код города или оператора.</translation>
    </message>
</context>
<context>
    <name>bbd::ScenarioListModel</name>
    <message>
        <source>Scenario</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Этапы</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Назначено</translation>
    </message>
</context>
<context>
    <name>bbd::ScenariosArea</name>
    <message>
        <source>Onboarding scenarios</source>
        <translation>Сценарии онбординга</translation>
    </message>
    <message>
        <source>No onboarding scenarios yet. Scenarios describe a new hire&apos;s first weeks: meetings, training, documents and the tasks each stage starts.</source>
        <translation>Сценариев онбординга пока нет. Сценарий описывает первые недели нового сотрудника: встречи, обучение, документы и задачи, которые запускает каждый этап.</translation>
    </message>
</context>
<context>
    <name>bbd::SettingsDialog</name>
    <message>
        <source>System default</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Enter the server address, for example https://api.butterboard.online.</source>
        <translation>Введите адрес сервера, например https://api.butterboard.online.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (or http:// for a test server on this computer).</source>
        <translation>Адрес сервера должен начинаться с https:// (или http:// для тестового сервера на этом компьютере).</translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation>Проверка хранилища паролей системы…</translation>
    </message>
    <message>
        <source>A key is stored in the system keychain.</source>
        <translation>Ключ сохранён в хранилище паролей системы.</translation>
    </message>
    <message>
        <source>No key is stored yet. Without one, nothing is synchronised.</source>
        <translation>Ключ ещё не сохранён. Без него синхронизация не выполняется.</translation>
    </message>
    <message>
        <source>Remove the API key</source>
        <translation>Удаление API-ключа</translation>
    </message>
    <message>
        <source>Remove the stored API key from the system keychain? Synchronisation stops until a new key is entered.</source>
        <translation>Удалить сохранённый API-ключ из хранилища паролей системы? Синхронизация будет остановлена, пока не будет введён новый ключ.</translation>
    </message>
    <message>
        <source>Removing the key…</source>
        <translation>Удаление ключа…</translation>
    </message>
    <message>
        <source>Saving the key to the system keychain…</source>
        <translation>Сохранение ключа в хранилище паролей системы…</translation>
    </message>
</context>
<context>
    <name>bbd::StageTableModel</name>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Действия</translation>
    </message>
    <message numerus="yes">
        <source>Every week from week %n</source>
        <translation>
            <numerusform>Еженедельно с недели %n</numerusform>
            <numerusform>Еженедельно с недели %n</numerusform>
            <numerusform>Еженедельно с недели %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every two weeks from week %n</source>
        <translation>
            <numerusform>Раз в две недели с недели %n</numerusform>
            <numerusform>Раз в две недели с недели %n</numerusform>
            <numerusform>Раз в две недели с недели %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Day %n</source>
        <translation>
            <numerusform>День %n</numerusform>
            <numerusform>День %n</numerusform>
            <numerusform>День %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Week %n</source>
        <translation>
            <numerusform>Неделя %n</numerusform>
            <numerusform>Неделя %n</numerusform>
            <numerusform>Неделя %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Month %n</source>
        <translation>
            <numerusform>Месяц %n</numerusform>
            <numerusform>Месяц %n</numerusform>
            <numerusform>Месяц %n</numerusform>
        </translation>
    </message>
    <message>
        <source>HR manager</source>
        <translation>HR-менеджер</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Наставник</translation>
    </message>
    <message>
        <source>New hire</source>
        <translation>Новый сотрудник</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bbd::VacancyListModel</name>
    <message>
        <source>Vacancy</source>
        <translation>Вакансия</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Кандидаты</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыта</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Приостановлена</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыта</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, %n candidate(s), %3 hired</source>
        <translation>
            <numerusform>%1 — %2, %n кандидат, нанято: %3</numerusform>
            <numerusform>%1 — %2, %n кандидата, нанято: %3</numerusform>
            <numerusform>%1 — %2, %n кандидатов, нанято: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot write the screenshot to %1.</source>
        <translation>Не удалось записать снимок экрана в %1.</translation>
    </message>
    <message>
        <source>Butterboard Desk</source>
        <translation>Butterboard Desk</translation>
    </message>
    <message>
        <source>The demo data is already in %1.</source>
        <translation>Демонстрационные данные уже есть в %1.</translation>
    </message>
    <message>
        <source>Demo data loaded into %1 (vacancies: %2, candidates: %3).</source>
        <translation>Демонстрационные данные загружены в %1 (вакансий: %2, кандидатов: %3).</translation>
    </message>
</context>
</TS>
