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
    <name>StageTimelineModel</name>
    <message>
        <source>Sent (%1)</source>
        <translation>Отправлено (%1)</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Отправляется</translation>
    </message>
    <message>
        <source>Failed (%1), attempt %2</source>
        <translation>Ошибка (%1), попытка %2</translation>
    </message>
    <message>
        <source>Failed, attempt %1</source>
        <translation>Ошибка, попытка %1</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Конфликт</translation>
    </message>
    <message>
        <source>Waiting in the outbox</source>
        <translation>Ожидает в очереди отправки</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Сервис</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
</context>
<context>
    <name>bbd</name>
    <message>
        <source>“%1” must be a whole number from %2 to %3.</source>
        <translation>Поле «%1» должно быть целым числом от %2 до %3.</translation>
    </message>
    <message>
        <source>“%1” must be text.</source>
        <translation>Поле «%1» должно быть текстом.</translation>
    </message>
    <message>
        <source>“%1” is “%2”; expected one of: %3.</source>
        <translation>Поле «%1» имеет значение «%2»; допустимые значения: %3.</translation>
    </message>
</context>
<context>
    <name>bbd::AddLinkCommand</name>
    <message>
        <source>Link “%1” → “%2”</source>
        <translation>связь «%1» → «%2»</translation>
    </message>
</context>
<context>
    <name>bbd::AddStagesCommand</name>
    <message>
        <source>Add Stage “%1”</source>
        <translation>добавление этапа «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Add %n Stages</source>
        <translation>
            <numerusform>добавление: %n этап</numerusform>
            <numerusform>добавление: %n этапа</numerusform>
            <numerusform>добавление: %n этапов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bbd::AnalyticsView</name>
    <message>
        <source>&amp;Vacancy:</source>
        <translation>&amp;Вакансия:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Time to hire</source>
        <translation>Время до найма</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Воронка найма</translation>
    </message>
    <message>
        <source>How many candidates got to each stage or further. A rejected candidate counts for the stages passed before the refusal; the rejection column is shown apart.</source>
        <translation>Сколько кандидатов дошло до каждого этапа или дальше. Кандидат с отказом учитывается на этапах, пройденных до отказа; столбец отказов показан отдельно.</translation>
    </message>
    <message>
        <source>By source</source>
        <translation>По источникам</translation>
    </message>
    <message>
        <source>Candidates from each source; the darker part of a bar is those hired.</source>
        <translation>Кандидаты из каждого источника; тёмная часть столбца — нанятые.</translation>
    </message>
    <message>
        <source>funnel</source>
        <translation>воронка</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>источники</translation>
    </message>
    <message>
        <source>All vacancies</source>
        <translation>Все вакансии</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>%1 (закрыта)</translation>
    </message>
    <message>
        <source>The vacancies could not be read: %1</source>
        <translation>Не удалось прочитать вакансии: %1</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Дошли</translation>
    </message>
    <message>
        <source>In stage now</source>
        <translation>Сейчас на этапе</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Конверсия</translation>
    </message>
    <message>
        <source>Average days in stage</source>
        <translation>Среднее число дней на этапе</translation>
    </message>
    <message>
        <source>The funnel is shown for one vacancy at a time, because each vacancy has its own stages. Choose a vacancy above.</source>
        <translation>Воронка найма показывается для одной вакансии, поскольку у каждой вакансии свои этапы. Выберите вакансию выше.</translation>
    </message>
    <message>
        <source>No candidates for this vacancy yet: the funnel appears with the first response.</source>
        <translation>По этой вакансии пока нет кандидатов: воронка появится с первым откликом.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Кандидаты</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Наняты</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отказы</translation>
    </message>
    <message>
        <source>Hire rate</source>
        <translation>Доля найма</translation>
    </message>
    <message numerus="yes">
        <source>%n hired</source>
        <translation>
            <numerusform>нанято: %n</numerusform>
            <numerusform>нанято: %n</numerusform>
            <numerusform>нанято: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No candidates yet, so no sources to compare.</source>
        <translation>Кандидатов пока нет, поэтому сравнивать источники не с чем.</translation>
    </message>
    <message>
        <source>No one hired yet.</source>
        <translation>Пока никто не нанят.</translation>
    </message>
    <message numerus="yes">
        <source>%n hired; from application to hire %1 days on average, median %2 days.</source>
        <translation>
            <numerusform>Нанят %n кандидат; от отклика до найма в среднем %1 дн., медиана — %2 дн.</numerusform>
            <numerusform>Нанято %n кандидата; от отклика до найма в среднем %1 дн., медиана — %2 дн.</numerusform>
            <numerusform>Нанято %n кандидатов; от отклика до найма в среднем %1 дн., медиана — %2 дн.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some figures could not be read: %1</source>
        <translation>Некоторые показатели не удалось прочитать: %1</translation>
    </message>
    <message>
        <source>all vacancies</source>
        <translation>все вакансии</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Экспорт таблицы</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>The table could not be written to %1: %2</source>
        <translation>Не удалось записать таблицу в %1: %2</translation>
    </message>
    <message>
        <source>Adding up the figures…</source>
        <translation>Подсчёт показателей…</translation>
    </message>
</context>
<context>
    <name>bbd::ArticleEditorDialog</name>
    <message>
        <source>New Article</source>
        <translation>Новая статья</translation>
    </message>
    <message>
        <source>Edit Article</source>
        <translation>Редактирование статьи</translation>
    </message>
    <message>
        <source>What the article answers, in a few words</source>
        <translation>На какой вопрос отвечает статья — в нескольких словах</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. onboarding, IT</source>
        <translation>Через запятую, например: онбординг, IT</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>&amp;Метки:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Отдел:</translation>
    </message>
    <message>
        <source>The article in Markdown: # headings, **bold**, - lists, [links](https://…)</source>
        <translation>Текст статьи в Markdown: # заголовки, **полужирный**, - списки, [ссылки](https://…)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Сохранить (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Give the article a title: it is what the list and the chat-bot show.</source>
        <translation>Укажите название статьи: именно его показывают список и чат-бот.</translation>
    </message>
    <message>
        <source>The article has no text yet: write what a reader needs to know.</source>
        <translation>В статье пока нет текста: напишите, что нужно знать читателю.</translation>
    </message>
    <message>
        <source>The article was not saved: %1</source>
        <translation>Статья не сохранена: %1</translation>
    </message>
</context>
<context>
    <name>bbd::ArticleHistoryDialog</name>
    <message>
        <source>Article History</source>
        <translation>История статьи</translation>
    </message>
    <message>
        <source>&amp;Restore This Version…</source>
        <translation>&amp;Восстановить эту версию…</translation>
    </message>
    <message>
        <source>Current version — %1</source>
        <translation>Текущая версия — %1</translation>
    </message>
    <message>
        <source>What this version changed in the one before it:</source>
        <translation>Что эта версия изменила по сравнению с предыдущей:</translation>
    </message>
    <message>
        <source>The first version of the article:</source>
        <translation>Первая версия статьи:</translation>
    </message>
    <message>
        <source>Restore Version</source>
        <translation>Восстановление версии</translation>
    </message>
    <message>
        <source>Make the version of %1 the current text of the article? The text it replaces stays in the history, so this can be undone by restoring that one.</source>
        <translation>Сделать версию от %1 текущим текстом статьи? Заменяемый текст останется в истории, поэтому это можно отменить, восстановив его.</translation>
    </message>
    <message>
        <source>The version was not restored: %1</source>
        <translation>Версия не восстановлена: %1</translation>
    </message>
</context>
<context>
    <name>bbd::AskCommand</name>
    <message>
        <source>high</source>
        <translation>высокая</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>средняя</translation>
    </message>
    <message>
        <source>low</source>
        <translation>низкая</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Источник: %1</translation>
    </message>
    <message>
        <source>See also: %1</source>
        <translation>См. также: %1</translation>
    </message>
    <message>
        <source>Confidence: %1 (%2% of the question&apos;s words found)</source>
        <translation>Уверенность: %1 (найдено %2% слов вопроса)</translation>
    </message>
    <message>
        <source>Other articles match the question almost as well.</source>
        <translation>Другие статьи подходят к вопросу почти так же хорошо.</translation>
    </message>
    <message>
        <source>Nobody is listed in the fallback contacts yet.</source>
        <translation>В резервных контактах пока никого нет.</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Контакт: %1</translation>
    </message>
    <message>
        <source>Contact: %1, %2</source>
        <translation>Контакт: %1, %2</translation>
    </message>
    <message>
        <source>  Phone: %1</source>
        <translation>  Телефон: %1</translation>
    </message>
    <message>
        <source>  E-mail: %1</source>
        <translation>  Эл. почта: %1</translation>
    </message>
    <message>
        <source>  Slack: %1</source>
        <translation>  Slack: %1</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>Канал: %1</translation>
    </message>
    <message>
        <source>Channel: %1, %2</source>
        <translation>Канал: %1, %2</translation>
    </message>
    <message>
        <source>Asks the offline assistant a question, in Russian or English.

  ask &quot;QUESTION&quot; [--json]

The answer is a passage of a knowledge-base article, quoted, with the article and section it comes from and how sure the assistant is (high, medium, low). Personal and confidential questions (salary, health, complaints, dismissal), and questions no article answers well enough, are not answered: the assistant says so and names the person to turn to from the fallback contacts. A new database is created with the demo data, as the application does.

Exit codes: 0 when the question was answered; 1 when the database cannot be used; 2 for wrong arguments; 3 when the question was handed over to a person.</source>
        <translation>Задаёт вопрос офлайн-ассистенту на русском или английском.

  ask &quot;ВОПРОС&quot; [--json]

Ответ — цитата из статьи базы знаний с указанием статьи и раздела, откуда она взята, и степени уверенности ассистента (высокая, средняя, низкая). На личные и конфиденциальные вопросы (зарплата, здоровье, жалобы, увольнение) и на вопросы, на которые ни одна статья не отвечает достаточно хорошо, ассистент не отвечает: он сообщает об этом и называет человека из резервных контактов, к которому стоит обратиться. Новая база данных создаётся с демонстрационными данными, как в приложении.

Коды выхода: 0 — на вопрос дан ответ; 1 — базу данных нельзя использовать; 2 — неверные аргументы; 3 — вопрос передан человеку.</translation>
    </message>
    <message>
        <source>The question to ask.</source>
        <translation>Вопрос, который нужно задать.</translation>
    </message>
    <message>
        <source>&quot;QUESTION&quot;</source>
        <translation>&quot;ВОПРОС&quot;</translation>
    </message>
    <message>
        <source>Use the SQLite database at &lt;path&gt; instead of the default one.</source>
        <translation>Использовать базу данных SQLite по пути &lt;путь&gt; вместо базы по умолчанию.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>путь</translation>
    </message>
    <message>
        <source>Print the answer as JSON (the format of the README).</source>
        <translation>Вывести ответ в формате JSON (формат описан в README).</translation>
    </message>
    <message>
        <source>Language: ru or en.</source>
        <translation>Язык: ru или en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use ru or en.</source>
        <translation>Неизвестный язык «%1»: укажите ru или en.</translation>
    </message>
    <message>
        <source>Usage: butterdesk ask &quot;QUESTION&quot; [--json]; see butterdesk ask --help.</source>
        <translation>Использование: butterdesk ask &quot;ВОПРОС&quot; [--json]; см. butterdesk ask --help.</translation>
    </message>
    <message>
        <source>Created %1 with the demo data.</source>
        <translation>Создана база %1 с демонстрационными данными.</translation>
    </message>
</context>
<context>
    <name>bbd::AssignDialog</name>
    <message>
        <source>Assign Scenario</source>
        <translation>Назначение сценария</translation>
    </message>
    <message>
        <source>Filter by name or department</source>
        <translation>Фильтр по ФИО или отделу</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Назначить</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Сценарий:</translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation>Со&amp;трудники:</translation>
    </message>
    <message>
        <source>starts %1</source>
        <translation>выход на работу %1</translation>
    </message>
    <message>
        <source>no start date</source>
        <translation>дата выхода не указана</translation>
    </message>
    <message>
        <source>already on this scenario</source>
        <translation>уже проходит этот сценарий</translation>
    </message>
    <message>
        <source>now on “%1”</source>
        <translation>сейчас проходит «%1»</translation>
    </message>
    <message>
        <source>There is no scenario to assign yet: create one on the Scenarios tab first.</source>
        <translation>Пока нет сценариев для назначения: сначала создайте сценарий на вкладке «Сценарии».</translation>
    </message>
    <message>
        <source>There are no employees yet. Hiring a candidate on the board makes one.</source>
        <translation>Сотрудников пока нет. Сотрудник появляется, когда кандидата нанимают на доске.</translation>
    </message>
    <message>
        <source>Tick the people who start this onboarding.</source>
        <translation>Отметьте сотрудников, которые начинают этот онбординг.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) will get the scenario&apos;s stages, dated from their start dates (working days).</source>
        <translation>
            <numerusform>%n сотрудник получит этапы сценария со сроками, отсчитанными от даты выхода (в рабочих днях).</numerusform>
            <numerusform>%n сотрудника получат этапы сценария со сроками, отсчитанными от их дат выхода (в рабочих днях).</numerusform>
            <numerusform>%n сотрудников получат этапы сценария со сроками, отсчитанными от их дат выхода (в рабочих днях).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody was assigned: %1</source>
        <translation>Сценарий никому не назначен: %1</translation>
    </message>
</context>
<context>
    <name>bbd::AssistantArea</name>
    <message>
        <source>Knowledge base</source>
        <translation>База знаний</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <source>Unanswered questions</source>
        <translation>Вопросы без ответа</translation>
    </message>
    <message>
        <source>Questions the assistant handed to a person: nothing in the knowledge base matched, or the matter was confidential.</source>
        <translation>Вопросы, которые ассистент передал человеку: в базе знаний ничего не нашлось или вопрос был конфиденциальным.</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
</context>
<context>
    <name>bbd::AttachmentStore</name>
    <message>
        <source>%1 cannot be read.</source>
        <translation>Не удаётся прочитать %1.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <source>%1 could not be copied: %2</source>
        <translation>Не удалось скопировать %1: %2</translation>
    </message>
    <message>
        <source>Attached %1</source>
        <translation>Добавлено вложение: %1</translation>
    </message>
    <message>
        <source>The attachment no longer exists.</source>
        <translation>Вложение больше не существует.</translation>
    </message>
    <message>
        <source>%1 could not be removed; is it open in another program?</source>
        <translation>Не удалось удалить %1. Возможно, файл открыт в другой программе.</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>Удалено вложение: %1</translation>
    </message>
</context>
<context>
    <name>bbd::BoardColumnModel</name>
    <message>
        <source>Candidate</source>
        <translation>Кандидат</translation>
    </message>
    <message>
        <source>The number %1 could not be recognised; it is kept as it was entered.</source>
        <translation>Не удалось распознать номер %1; он сохранён в том виде, в каком был введён.</translation>
    </message>
</context>
<context>
    <name>bbd::BoardColumnWidget</name>
    <message>
        <source>No candidates at this stage</source>
        <translation>На этом этапе нет кандидатов</translation>
    </message>
    <message>
        <source>Unfold the column</source>
        <translation>Развернуть столбец</translation>
    </message>
    <message>
        <source>Fold the column</source>
        <translation>Свернуть столбец</translation>
    </message>
    <message>
        <source>hired</source>
        <translation>найм</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>отказ</translation>
    </message>
    <message numerus="yes">
        <source>%n stuck</source>
        <translation>
            <numerusform>%n без движения</numerusform>
            <numerusform>%n без движения</numerusform>
            <numerusform>%n без движения</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n кандидат</numerusform>
            <numerusform>%n кандидата</numerusform>
            <numerusform>%n кандидатов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked as stuck after %n day(s) in this stage</source>
        <translation>
            <numerusform>Отмечается как «без движения» после %n дня на этом этапе</numerusform>
            <numerusform>Отмечается как «без движения» после %n дней на этом этапе</numerusform>
            <numerusform>Отмечается как «без движения» после %n дней на этом этапе</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bbd::BoardCommand</name>
    <message numerus="yes">
        <source>%n candidates</source>
        <translation>
            <numerusform>%n кандидат</numerusform>
            <numerusform>%n кандидата</numerusform>
            <numerusform>%n кандидатов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bbd::BoardView</name>
    <message>
        <source>The board cannot be read: %1</source>
        <translation>Не удаётся прочитать доску: %1</translation>
    </message>
    <message>
        <source>This vacancy has no stages yet.</source>
        <translation>У этой вакансии пока нет этапов.</translation>
    </message>
    <message>
        <source>Choose a vacancy to see its board.</source>
        <translation>Выберите вакансию, чтобы увидеть её доску.</translation>
    </message>
    <message>
        <source>Delete %1? The card leaves the board; Undo brings it back.</source>
        <translation>Удалить %1? Карточка будет убрана с доски; её можно вернуть командой «Отменить».</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n candidates? The cards leave the board; Undo brings them back.</source>
        <translation>
            <numerusform>Удалить %n кандидата? Карточки будут убраны с доски; их можно вернуть командой «Отменить».</numerusform>
            <numerusform>Удалить %n кандидатов? Карточки будут убраны с доски; их можно вернуть командой «Отменить».</numerusform>
            <numerusform>Удалить %n кандидатов? Карточки будут убраны с доски; их можно вернуть командой «Отменить».</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete candidates</source>
        <translation>Удаление кандидатов</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Доска</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>Не удалось сохранить изменение.</translation>
    </message>
</context>
<context>
    <name>bbd::BulkPull</name>
    <message>
        <source>No writer for %1.</source>
        <translation>Нет обработчика записи для %1.</translation>
    </message>
</context>
<context>
    <name>bbd::CandidateCardDelegate</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stuck %n day(s)</source>
        <translation>
            <numerusform>без движения %n день</numerusform>
            <numerusform>без движения %n дня</numerusform>
            <numerusform>без движения %n дней</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bbd::CandidateDialog</name>
    <message>
        <source>Added</source>
        <translation>Создание</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Объединение</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Кандидат</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <source>Open that card</source>
        <translation>Открыть найденную карточку</translation>
    </message>
    <message>
        <source>Save and merge…</source>
        <translation>Сохранить и объединить…</translation>
    </message>
    <message>
        <source>Saves this card, then lets you pick, field by field, what the merged card keeps. The merge can be undone.</source>
        <translation>Сохраняет эту карточку, а затем позволяет выбрать по каждому полю, что останется в объединённой карточке. Объединение можно отменить.</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Всё равно сохранить</translation>
    </message>
    <message>
        <source>Keeps both candidates; nothing is merged.</source>
        <translation>Сохраняет обоих кандидатов; ничего не объединяется.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>Добавить телефон</translation>
    </message>
    <message>
        <source>kept as typed: %1</source>
        <translation>сохранён как введён: %1</translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation>Телефоны:</translation>
    </message>
    <message>
        <source>Add e-mail</source>
        <translation>Добавить адрес эл. почты</translation>
    </message>
    <message>
        <source>not an e-mail address; correct it before saving</source>
        <translation>это не адрес эл. почты; исправьте его перед сохранением</translation>
    </message>
    <message>
        <source>E-mails:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Источник:</translation>
    </message>
    <message>
        <source>&amp;Vacancy:</source>
        <translation>&amp;Вакансия:</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>&amp;Этап:</translation>
    </message>
    <message>
        <source>Why the candidate was turned down</source>
        <translation>Почему кандидату отказали</translation>
    </message>
    <message>
        <source>Rejection reason:</source>
        <translation>Причина отказа:</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>без оценки</translation>
    </message>
    <message>
        <source>&amp;Rating:</source>
        <translation>&amp;Оценка:</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. middle, Python</source>
        <translation>Через запятую, например: middle, Python</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>&amp;Метки:</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Не запрашивалось</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Запрошено</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <source>on</source>
        <translation>дата:</translation>
    </message>
    <message>
        <source>Personal data consent:</source>
        <translation>Согласие на обработку персональных данных:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>Undo merge…</source>
        <translation>Отменить объединение…</translation>
    </message>
    <message>
        <source>Select a merge in the timeline to split the cards again.</source>
        <translation>Выберите объединение в истории, чтобы снова разделить карточки.</translation>
    </message>
    <message>
        <source>Write a note; Ctrl+Enter adds it</source>
        <translation>Напишите заметку; Ctrl+Enter — добавить</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Добавить заметку</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>No vacancy</source>
        <translation>Без вакансии</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No stage</source>
        <translation>Без этапа</translation>
    </message>
    <message>
        <source>New candidate</source>
        <translation>Новый кандидат</translation>
    </message>
    <message>
        <source>Candidate: %1</source>
        <translation>Кандидат: %1</translation>
    </message>
    <message>
        <source>Vacancy #%1</source>
        <translation>Вакансия №%1</translation>
    </message>
    <message>
        <source>same phone %1</source>
        <translation>тот же телефон %1</translation>
    </message>
    <message>
        <source>same e-mail %1</source>
        <translation>тот же адрес эл. почты %1</translation>
    </message>
    <message>
        <source>same name, phone ending in %1</source>
        <translation>то же ФИО, телефон оканчивается на %1</translation>
    </message>
    <message>
        <source>This looks like %1 — %2.</source>
        <translation>Похоже, это %1 — %2.</translation>
    </message>
    <message>
        <source>Possibly the same person as %1 — %2.</source>
        <translation>Возможно, это тот же человек, что и %1 — %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n more similar candidate(s).</source>
        <translation>
            <numerusform>Ещё %n похожий кандидат.</numerusform>
            <numerusform>Ещё %n похожих кандидата.</numerusform>
            <numerusform>Ещё %n похожих кандидатов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Объединить…</translation>
    </message>
    <message>
        <source>This candidate seems to be here already. Open that card, merge the two, or save anyway to keep both.</source>
        <translation>Похоже, этот кандидат уже есть в базе. Откройте найденную карточку, объедините карточки или всё равно сохраните, чтобы оставить обоих.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Отменить изменения?</translation>
    </message>
    <message>
        <source>The changes to this candidate are not saved. Discard them?</source>
        <translation>Изменения в карточке кандидата не сохранены. Отменить их?</translation>
    </message>
    <message>
        <source>That card cannot be opened: %1</source>
        <translation>Не удаётся открыть ту карточку: %1</translation>
    </message>
    <message>
        <source>%1 is saved as a card of its own; nothing was merged.</source>
        <translation>Карточка «%1» сохранена отдельно; ничего не объединено.</translation>
    </message>
    <message>
        <source>The timeline starts when the candidate is saved.</source>
        <translation>История начнётся после сохранения кандидата.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Save or discard your edits to this card before undoing a merge.</source>
        <translation>Сохраните или отмените правки в этой карточке, прежде чем отменять объединение.</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>Отмена объединения</translation>
    </message>
    <message>
        <source>Split the merged card off again and put both candidates back as they were before the merge?</source>
        <translation>Снова отделить объединённую карточку и вернуть обоих кандидатов в состояние до объединения?</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Прикрепить файлы</translation>
    </message>
    <message>
        <source>Save the candidate before attaching files.</source>
        <translation>Сохраните кандидата, прежде чем прикреплять файлы.</translation>
    </message>
    <message>
        <source>%1 is missing from %2.</source>
        <translation>Файл %1 отсутствует в %2.</translation>
    </message>
    <message>
        <source>No program is set up to open %1.</source>
        <translation>Не настроена программа для открытия %1.</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Удаление вложения</translation>
    </message>
    <message>
        <source>Remove %1 from this candidate? The copy kept by the app is deleted.</source>
        <translation>Удалить %1 из карточки кандидата? Копия, хранящаяся в приложении, будет удалена.</translation>
    </message>
</context>
<context>
    <name>bbd::CandidateExporter</name>
    <message>
        <source>Cannot read the vacancies: %1</source>
        <translation>Не удаётся прочитать вакансии: %1</translation>
    </message>
    <message>
        <source>There is no vacancy &quot;%1&quot;.</source>
        <translation>Вакансия «%1» не найдена.</translation>
    </message>
    <message>
        <source>Cannot read the candidates: %1</source>
        <translation>Не удаётся прочитать кандидатов: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
</context>
<context>
    <name>bbd::CandidateImporter</name>
    <message>
        <source>The line has %1 fields, the header has %2.</source>
        <translation>В строке полей: %1, а в заголовке: %2.</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>ФИО не указано.</translation>
    </message>
    <message>
        <source>Phone &quot;%1&quot; is kept as typed: %2</source>
        <translation>Телефон «%1» сохранён как введён: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>«%1» — не адрес эл. почты.</translation>
    </message>
    <message>
        <source>The date &quot;%1&quot; is not understood; write it as 31.12.2024 or 2024-12-31.</source>
        <translation>Дата «%1» не распознана; запишите её как 31.12.2024 или 2024-12-31.</translation>
    </message>
    <message>
        <source>The rating &quot;%1&quot; is not a whole number from 0 to 5.</source>
        <translation>Оценка «%1» — не целое число от 0 до 5.</translation>
    </message>
    <message>
        <source>The consent &quot;%1&quot; is not one of: given, refused, asked, not_asked.</source>
        <translation>Согласие «%1» не входит в список допустимых значений: given, refused, asked, not_asked.</translation>
    </message>
    <message>
        <source>The consent date &quot;%1&quot; is not understood.</source>
        <translation>Дата согласия «%1» не распознана.</translation>
    </message>
    <message>
        <source>The consent decision has no date.</source>
        <translation>У решения о согласии нет даты.</translation>
    </message>
    <message>
        <source>Imported from %1, line %2</source>
        <translation>Импорт из %1, строка %2</translation>
    </message>
    <message>
        <source>Cannot read the database: %1</source>
        <translation>Не удаётся прочитать базу данных: %1</translation>
    </message>
    <message>
        <source>Cannot prepare the import: %1</source>
        <translation>Не удаётся подготовить импорт: %1</translation>
    </message>
    <message>
        <source>There is no vacancy &quot;%1&quot;.</source>
        <translation>Вакансия «%1» не найдена.</translation>
    </message>
    <message>
        <source>Stage &quot;%1&quot; is not in the vacancy&apos;s pipeline; the candidate is in its first stage.</source>
        <translation>Этапа «%1» нет в воронке вакансии; кандидат помещён на первый этап.</translation>
    </message>
    <message>
        <source>Stage &quot;%1&quot; was not kept: the row has no vacancy.</source>
        <translation>Этап «%1» не сохранён: в строке не указана вакансия.</translation>
    </message>
    <message>
        <source>Same phone %1</source>
        <translation>Тот же телефон %1</translation>
    </message>
    <message>
        <source>Same e-mail %1</source>
        <translation>Тот же адрес эл. почты %1</translation>
    </message>
    <message>
        <source>The import stopped on a database error: %1</source>
        <translation>Импорт остановлен из-за ошибки базы данных: %1</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл пуст.</translation>
    </message>
    <message>
        <source>No column holds the candidates&apos; names. Name a column &quot;ФИО&quot; or &quot;Full name&quot; (or &quot;Фамилия&quot; and &quot;Имя&quot;), or choose it in the preview.</source>
        <translation>Ни один столбец не содержит ФИО кандидатов. Назовите столбец «ФИО» или «Full name» (либо «Фамилия» и «Имя») или выберите его в предварительном просмотре.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>База данных %1 не существует.</translation>
    </message>
    <message>
        <source>Cannot open the database: %1</source>
        <translation>Не удаётся открыть базу данных: %1</translation>
    </message>
    <message>
        <source>Cannot configure the database: %1</source>
        <translation>Не удаётся настроить базу данных: %1</translation>
    </message>
</context>
<context>
    <name>bbd::CandidateRepository</name>
    <message>
        <source>The name is empty.</source>
        <translation>ФИО не указано.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>«%1» — не адрес эл. почты.</translation>
    </message>
    <message>
        <source>The rating must be between 0 and 5.</source>
        <translation>Оценка должна быть от 0 до 5.</translation>
    </message>
    <message>
        <source>The chosen stage no longer exists.</source>
        <translation>Выбранный этап больше не существует.</translation>
    </message>
    <message>
        <source>The chosen stage belongs to another vacancy.</source>
        <translation>Выбранный этап относится к другой вакансии.</translation>
    </message>
    <message>
        <source>Give the date of the consent decision.</source>
        <translation>Укажите дату решения о согласии.</translation>
    </message>
    <message>
        <source>%1: %2 It is kept as typed.</source>
        <translation>%1: %2 Сохранён как введён.</translation>
    </message>
    <message>
        <source>The candidate no longer exists.</source>
        <translation>Кандидат больше не существует.</translation>
    </message>
    <message>
        <source>Added by hand</source>
        <translation>Добавлен вручную</translation>
    </message>
    <message>
        <source>Someone changed this candidate after you opened the card. Reopen the card to see their changes; your edits were not saved.</source>
        <translation>Кто-то изменил данные кандидата после того, как вы открыли карточку. Откройте карточку заново, чтобы увидеть эти изменения; ваши правки не сохранены.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>phones</source>
        <translation>телефоны</translation>
    </message>
    <message>
        <source>e-mails</source>
        <translation>эл. почта</translation>
    </message>
    <message>
        <source>source</source>
        <translation>источник</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>оценка</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>метки</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>согласие</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>заметки</translation>
    </message>
    <message>
        <source>vacancy</source>
        <translation>вакансия</translation>
    </message>
    <message>
        <source>response date</source>
        <translation>дата отклика</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Изменено: %1</translation>
    </message>
    <message>
        <source>The stage no longer exists.</source>
        <translation>Этап больше не существует.</translation>
    </message>
    <message>
        <source>One of the candidates no longer exists; nothing was moved.</source>
        <translation>Одного из кандидатов больше не существует; ничего не перемещено.</translation>
    </message>
    <message>
        <source>The card or its neighbours no longer exist.</source>
        <translation>Карточка или соседние с ней карточки больше не существуют.</translation>
    </message>
    <message>
        <source>The tag is empty.</source>
        <translation>Метка пуста.</translation>
    </message>
    <message>
        <source>Tag added: %1</source>
        <translation>Добавлена метка: %1</translation>
    </message>
    <message>
        <source>Tag removed: %1</source>
        <translation>Удалена метка: %1</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>Заметка пуста.</translation>
    </message>
</context>
<context>
    <name>bbd::CandidateSearch</name>
    <message>
        <source>Could not count the candidates: %1</source>
        <translation>Не удалось подсчитать кандидатов: %1</translation>
    </message>
    <message>
        <source>More than %1 found</source>
        <translation>Найдено более %1</translation>
    </message>
    <message>
        <source>No candidates found</source>
        <translation>Кандидаты не найдены</translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation>Найдено: %1</translation>
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
    <message numerus="yes">
        <source>Tag %n candidate(s) &quot;%1&quot;</source>
        <translation>
            <numerusform>добавление метки «%1»: %n кандидат</numerusform>
            <numerusform>добавление метки «%1»: %n кандидата</numerusform>
            <numerusform>добавление метки «%1»: %n кандидатов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n candidate(s)</source>
        <translation>
            <numerusform>удаление: %n кандидат</numerusform>
            <numerusform>удаление: %n кандидата</numerusform>
            <numerusform>удаление: %n кандидатов</numerusform>
        </translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Доска</translation>
    </message>
    <message>
        <source>Kanban board of the chosen vacancy (Ctrl+B)</source>
        <translation>Канбан-доска выбранной вакансии (Ctrl+B)</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>Sortable list of candidates (Ctrl+L)</source>
        <translation>Сортируемый список кандидатов (Ctrl+L)</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Ещё</translation>
    </message>
    <message>
        <source>No candidates match. Clear the search or the filters, add a candidate (Ctrl+N) or import a CSV file from a job board (Ctrl+I).</source>
        <translation>Нет подходящих кандидатов. Очистите поиск или фильтры, добавьте кандидата (Ctrl+N) или импортируйте CSV-файл с сайта вакансий (Ctrl+I).</translation>
    </message>
    <message>
        <source>&amp;New candidate…</source>
        <translation>&amp;Новый кандидат…</translation>
    </message>
    <message>
        <source>&amp;Open card</source>
        <translation>&amp;Открыть карточку</translation>
    </message>
    <message>
        <source>&amp;Message…</source>
        <translation>&amp;Сообщение…</translation>
    </message>
    <message>
        <source>&amp;Tag…</source>
        <translation>&amp;Метка…</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>От&amp;казать…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Delete the selected candidates (Delete; undo with Ctrl+Z)</source>
        <translation>Удалить выбранных кандидатов (Delete; отмена — Ctrl+Z)</translation>
    </message>
    <message>
        <source>Move to the &amp;next stage</source>
        <translation>Переместить на с&amp;ледующий этап</translation>
    </message>
    <message>
        <source>Move to the &amp;previous stage</source>
        <translation>Переместить на &amp;предыдущий этап</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Импорт из CSV…</translation>
    </message>
    <message>
        <source>&amp;Export the view to CSV…</source>
        <translation>&amp;Экспорт текущего вида в CSV…</translation>
    </message>
    <message>
        <source>New &amp;vacancy…</source>
        <translation>Новая &amp;вакансия…</translation>
    </message>
    <message>
        <source>Vacancy and &amp;pipeline…</source>
        <translation>Вакансия и во&amp;ронка…</translation>
    </message>
    <message>
        <source>Hiring &amp;analytics…</source>
        <translation>&amp;Аналитика найма…</translation>
    </message>
    <message>
        <source>Message te&amp;mplates…</source>
        <translation>&amp;Шаблоны сообщений…</translation>
    </message>
    <message>
        <source>Personal data &amp;review…</source>
        <translation>Сроки &amp;хранения персональных данных…</translation>
    </message>
    <message>
        <source>All vacancies · %1</source>
        <translation>Все вакансии · %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Choose a vacancy on the left to see its board.</source>
        <translation>Выберите вакансию слева, чтобы увидеть её доску.</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Кандидаты</translation>
    </message>
    <message>
        <source>The candidate cannot be opened.</source>
        <translation>Не удаётся открыть карточку кандидата.</translation>
    </message>
    <message>
        <source>Tag candidates</source>
        <translation>Метка для кандидатов</translation>
    </message>
    <message numerus="yes">
        <source>Tag for %n candidate(s):</source>
        <translation>
            <numerusform>Метка для %n кандидата:</numerusform>
            <numerusform>Метка для %n кандидатов:</numerusform>
            <numerusform>Метка для %n кандидатов:</numerusform>
        </translation>
    </message>
    <message>
        <source>This vacancy&apos;s pipeline has no &quot;rejected&quot; stage. Add one in Vacancy and pipeline.</source>
        <translation>В воронке этой вакансии нет этапа отказа. Добавьте его в окне «Вакансия и воронка».</translation>
    </message>
    <message>
        <source>Delete candidates</source>
        <translation>Удаление кандидатов</translation>
    </message>
    <message numerus="yes">
        <source>You are about to delete %n candidates. Type the number to confirm:</source>
        <translation>
            <numerusform>Вы собираетесь удалить %n кандидата. Для подтверждения введите это число:</numerusform>
            <numerusform>Вы собираетесь удалить %n кандидатов. Для подтверждения введите это число:</numerusform>
            <numerusform>Вы собираетесь удалить %n кандидатов. Для подтверждения введите это число:</numerusform>
        </translation>
    </message>
    <message>
        <source>The number typed does not match; nothing was deleted.</source>
        <translation>Введённое число не совпадает; ничего не удалено.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n candidate(s)? You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>Удалить %n кандидата? Это можно отменить сочетанием Ctrl+Z.</numerusform>
            <numerusform>Удалить %n кандидатов? Это можно отменить сочетанием Ctrl+Z.</numerusform>
            <numerusform>Удалить %n кандидатов? Это можно отменить сочетанием Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hiring analytics</source>
        <translation>Аналитика найма</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
</context>
<context>
    <name>bbd::CandidatesCommand</name>
    <message>
        <source>Imports candidates from a CSV file or exports them to one.

  candidates import FILE [--vacancy NAME] [--report REPORT.json]
  candidates export FILE [--delimiter &apos;;&apos;] [--encoding cp1251|utf-8] [--vacancy NAME]

Import: the delimiter (, ; or tab) and the encoding (UTF-8 or Windows-1251) are detected and the columns recognised by their headers (ФИО, Телефон, E-mail, Источник, Вакансия, Этап, Дата отклика, Теги, Рейтинг, Комментарий…). Each row is imported, found to be a duplicate of an existing candidate (same phone or e-mail) or rejected with a reason; the report lists every line.

Exit codes: 0 when the command ran to the end, even if some rows were rejected or were duplicates (see the report); 1 when the file is unreadable, empty or not text, the database cannot be used, the vacancy does not exist, or the import stopped; 2 for wrong arguments.</source>
        <translation>Импортирует кандидатов из CSV-файла или экспортирует их в него.

  candidates import ФАЙЛ [--vacancy НАЗВАНИЕ] [--report ОТЧЁТ.json]
  candidates export ФАЙЛ [--delimiter &apos;;&apos;] [--encoding cp1251|utf-8] [--vacancy НАЗВАНИЕ]

Импорт: разделитель (запятая, точка с запятой или табуляция) и кодировка (UTF-8 или Windows-1251) определяются автоматически, а столбцы распознаются по заголовкам (ФИО, Телефон, E-mail, Источник, Вакансия, Этап, Дата отклика, Теги, Рейтинг, Комментарий…). Каждая строка либо импортируется, либо признаётся дубликатом существующего кандидата (тот же телефон или e-mail), либо отклоняется с указанием причины; в отчёте перечислены все строки.

Коды возврата: 0 — команда выполнена до конца, даже если часть строк отклонена или оказалась дубликатами (см. отчёт); 1 — файл не читается, пуст или не является текстовым, базу данных невозможно использовать, вакансия не существует или импорт остановлен; 2 — неверные аргументы.</translation>
    </message>
    <message>
        <source>import or export</source>
        <translation>импорт или экспорт</translation>
    </message>
    <message>
        <source>The CSV file to read or write.</source>
        <translation>CSV-файл для чтения или записи.</translation>
    </message>
    <message>
        <source>Use the SQLite database at &lt;path&gt; instead of the default one.</source>
        <translation>Использовать базу данных SQLite по пути &lt;путь&gt; вместо базы по умолчанию.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>путь</translation>
    </message>
    <message>
        <source>Import: the vacancy for rows that name none. Export: only this vacancy&apos;s candidates.</source>
        <translation>Импорт: вакансия для строк, в которых она не указана. Экспорт: только кандидаты этой вакансии.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>название</translation>
    </message>
    <message>
        <source>Import: write the report as JSON to &lt;file&gt;.</source>
        <translation>Импорт: записать отчёт в формате JSON в &lt;файл&gt;.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>Export: the delimiter, &apos;,&apos; (default), &apos;;&apos; or tab.</source>
        <translation>Экспорт: разделитель — &apos;,&apos; (по умолчанию), &apos;;&apos; или tab.</translation>
    </message>
    <message>
        <source>character</source>
        <translation>символ</translation>
    </message>
    <message>
        <source>Export: utf-8 (default, with a byte order mark so that Excel reads it), utf-8-nobom or cp1251.</source>
        <translation>Экспорт: utf-8 (по умолчанию, с меткой порядка байтов, чтобы файл правильно открывался в Excel), utf-8-nobom или cp1251.</translation>
    </message>
    <message>
        <source>encoding</source>
        <translation>кодировка</translation>
    </message>
    <message>
        <source>Language: ru or en.</source>
        <translation>Язык: ru или en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <source>Usage: butterdesk candidates import|export FILE [options]; see butterdesk candidates --help.</source>
        <translation>Использование: butterdesk candidates import|export ФАЙЛ [параметры]; см. butterdesk candidates --help.</translation>
    </message>
    <message>
        <source>Unknown delimiter &quot;%1&quot;: use , ; or tab.</source>
        <translation>Неизвестный разделитель «%1»: используйте , ; или tab.</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;: use utf-8 or cp1251.</source>
        <translation>Неизвестная кодировка «%1»: используйте utf-8 или cp1251.</translation>
    </message>
    <message>
        <source>Candidates exported to %1: %2.</source>
        <translation>Кандидаты экспортированы в %1: %2.</translation>
    </message>
    <message>
        <source>Characters with no Windows-1251 code were written as &quot;?&quot;: %1. Export in UTF-8 to keep them.</source>
        <translation>Символы, которых нет в Windows-1251, записаны как «?»: %1. Чтобы сохранить их, экспортируйте в UTF-8.</translation>
    </message>
</context>
<context>
    <name>bbd::ChannelDialog</name>
    <message>
        <source>Edit Channel</source>
        <translation>Изменение канала</translation>
    </message>
    <message>
        <source>Add Channel</source>
        <translation>Добавление канала</translation>
    </message>
    <message>
        <source>hr@example.com, +7 495 123-45-67, #channel or a link</source>
        <translation>hr@example.com, +7 495 123-45-67, #канал или ссылка</translation>
    </message>
    <message>
        <source>Confidential matters may be raised here</source>
        <translation>Здесь можно обсуждать конфиденциальные вопросы</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>На&amp;значение:</translation>
    </message>
    <message>
        <source>&amp;When to use:</source>
        <translation>&amp;Когда использовать:</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>&amp;Ответственный:</translation>
    </message>
</context>
<context>
    <name>bbd::ChannelListModel</name>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Назначение</translation>
    </message>
    <message>
        <source>When to use</source>
        <translation>Когда использовать</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Confidential matters</source>
        <translation>Конфиденциальные вопросы</translation>
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
    <name>bbd::ChatAnswer</name>
    <message>
        <source>The reply has no &quot;answer&quot; text.</source>
        <translation>В ответе нет текста «answer».</translation>
    </message>
    <message>
        <source>The reply has no &quot;sources&quot; list.</source>
        <translation>В ответе нет списка «sources».</translation>
    </message>
    <message>
        <source>The reply&apos;s confidence is not high, medium or low.</source>
        <translation>Уверенность в ответе не равна high, medium или low.</translation>
    </message>
    <message>
        <source>A source of the reply has no article id or title.</source>
        <translation>У источника ответа нет идентификатора или названия статьи.</translation>
    </message>
</context>
<context>
    <name>bbd::ChatConversationView</name>
    <message>
        <source>High confidence</source>
        <translation>Высокая уверенность</translation>
    </message>
    <message>
        <source>Medium confidence</source>
        <translation>Средняя уверенность</translation>
    </message>
    <message>
        <source>Low confidence: check the article</source>
        <translation>Низкая уверенность: проверьте статью</translation>
    </message>
    <message>
        <source>Looking for an answer…</source>
        <translation>Ищу ответ…</translation>
    </message>
    <message>
        <source>(untitled article)</source>
        <translation>(статья без названия)</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Источник: %1</translation>
    </message>
    <message>
        <source>This article is not in the copy on this computer yet; it arrives with the next sync.</source>
        <translation>Этой статьи ещё нет в копии на этом компьютере: она появится после следующей синхронизации.</translation>
    </message>
    <message>
        <source>Open the article in the knowledge base</source>
        <translation>Открыть статью в базе знаний</translation>
    </message>
    <message>
        <source>How well the quoted passage matches the question</source>
        <translation>Насколько процитированный фрагмент соответствует вопросу</translation>
    </message>
    <message>
        <source>Answered by the platform</source>
        <translation>Ответ платформы</translation>
    </message>
    <message>
        <source>Answered on this computer</source>
        <translation>Ответ получен на этом компьютере</translation>
    </message>
    <message>
        <source>Answered on this computer (%1)</source>
        <translation>Ответ получен на этом компьютере (%1)</translation>
    </message>
    <message>
        <source>Nobody is listed in the fallback contacts yet: ask HR to fill them in (Contacts area).</source>
        <translation>В резервных контактах пока никого нет: попросите HR заполнить их (раздел «Контакты»).</translation>
    </message>
    <message>
        <source>Ask a person: %1</source>
        <translation>Спросите человека: %1</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>Канал: %1</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>Вопрос: %1</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Написать</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Позвонить</translation>
    </message>
    <message>
        <source>Open Slack</source>
        <translation>Открыть Slack</translation>
    </message>
    <message>
        <source>Book a meeting</source>
        <translation>Записаться на встречу</translation>
    </message>
    <message>
        <source>Useful</source>
        <translation>Полезно</translation>
    </message>
    <message>
        <source>Not useful</source>
        <translation>Не помогло</translation>
    </message>
</context>
<context>
    <name>bbd::ChatEngine</name>
    <message>
        <source>The Snowball stemmers for Russian and English are missing.</source>
        <translation>Не найдены стеммеры Snowball для русского и английского языков.</translation>
    </message>
    <message>
        <source>The question is empty: type what you would like to know, in Russian or English.</source>
        <translation>Вопрос пуст: напишите, что вы хотите узнать, на русском или английском.</translation>
    </message>
    <message>
        <source>Cannot read the assistant&apos;s index: %1</source>
        <translation>Не удалось прочитать индекс ассистента: %1</translation>
    </message>
    <message>
        <source>Cannot read the fallback contacts: %1</source>
        <translation>Не удалось прочитать резервные контакты: %1</translation>
    </message>
    <message>
        <source>the HR department</source>
        <translation>отдел кадров</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, through %2</source>
        <translation>%1, через %2</translation>
    </message>
    <message>
        <source>I do not handle personal or confidential questions (salary and bonuses, health and sick leave, complaints, dismissal): a chat with the bot is not protected like a conversation with a person. Please turn to a person directly: %1.</source>
        <translation>Я не отвечаю на личные и конфиденциальные вопросы (зарплата и премии, здоровье и больничные, жалобы, увольнение): переписка с ботом не защищена так, как разговор с человеком. Пожалуйста, обратитесь напрямую к человеку: %1.</translation>
    </message>
    <message>
        <source>The knowledge base cannot be searched right now. Please ask a person: %1.</source>
        <translation>Сейчас поиск по базе знаний недоступен. Пожалуйста, спросите человека: %1.</translation>
    </message>
    <message>
        <source>Nothing in the knowledge base answers this well enough, and I would rather not guess. Please ask a person: %1.</source>
        <translation>В базе знаний нет достаточно точного ответа на этот вопрос, а гадать я не хочу. Пожалуйста, спросите человека: %1.</translation>
    </message>
    <message>
        <source>You can also ask a person: %1.</source>
        <translation>Можно также спросить человека: %1.</translation>
    </message>
    <message>
        <source>Cannot record the unanswered question: %1</source>
        <translation>Не удалось записать вопрос без ответа: %1</translation>
    </message>
</context>
<context>
    <name>bbd::ChatHistory</name>
    <message>
        <source>Could not save the conversation: %1</source>
        <translation>Не удалось сохранить разговор: %1</translation>
    </message>
    <message>
        <source>Could not save the question: %1</source>
        <translation>Не удалось сохранить вопрос: %1</translation>
    </message>
    <message>
        <source>Could not save the answer: %1</source>
        <translation>Не удалось сохранить ответ: %1</translation>
    </message>
    <message>
        <source>Could not read the conversation: %1</source>
        <translation>Не удалось прочитать разговор: %1</translation>
    </message>
    <message>
        <source>Could not search the conversations: %1</source>
        <translation>Не удалось выполнить поиск по разговорам: %1</translation>
    </message>
    <message>
        <source>A rating is +1, -1 or none.</source>
        <translation>Оценка может быть +1, -1 или отсутствовать.</translation>
    </message>
    <message>
        <source>Could not save the rating: %1</source>
        <translation>Не удалось сохранить оценку: %1</translation>
    </message>
    <message>
        <source>There is no such answer to rate.</source>
        <translation>Такого ответа для оценки нет.</translation>
    </message>
    <message>
        <source>Could not read the unanswered questions: %1</source>
        <translation>Не удалось прочитать вопросы без ответа: %1</translation>
    </message>
</context>
<context>
    <name>bbd::ChatPane</name>
    <message>
        <source>Search earlier questions and answers…</source>
        <translation>Поиск по прежним вопросам и ответам…</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Новый разговор</translation>
    </message>
    <message>
        <source>Start over with an empty conversation; the earlier one stays in the history</source>
        <translation>Начать заново с пустого разговора; прежний останется в истории</translation>
    </message>
    <message>
        <source>Ask a question, in Russian or English (Enter sends)</source>
        <translation>Задайте вопрос на русском или английском (Enter — отправить)</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Спросить</translation>
    </message>
    <message>
        <source>Какой телефон у отдела кадров?</source>
        <translation>Какой телефон у отдела кадров?</translation>
    </message>
    <message>
        <source>Как записаться на встречу с HR?</source>
        <translation>Как записаться на встречу с HR?</translation>
    </message>
    <message>
        <source>Что делать, если платформа недоступна?</source>
        <translation>Что делать, если платформа недоступна?</translation>
    </message>
    <message>
        <source>What happens at the weekly 1:1 with my manager?</source>
        <translation>Что происходит на еженедельной встрече 1:1 с руководителем?</translation>
    </message>
    <message>
        <source>Ask the assistant</source>
        <translation>Спросите ассистента</translation>
    </message>
    <message>
        <source>It answers from the knowledge base and quotes the passage it found, with a link to the article. Personal matters (salary, health, complaints) go to a person, and it says whom to ask.</source>
        <translation>Он отвечает по базе знаний и цитирует найденный фрагмент со ссылкой на статью. Личные вопросы (зарплата, здоровье, жалобы) передаются человеку, и ассистент подскажет, к кому обратиться.</translation>
    </message>
    <message>
        <source>Try one of these:</source>
        <translation>Попробуйте один из этих вопросов:</translation>
    </message>
    <message>
        <source>Asking the platform…</source>
        <translation>Запрос к платформе…</translation>
    </message>
    <message>
        <source>Looking in the knowledge base…</source>
        <translation>Поиск в базе знаний…</translation>
    </message>
    <message>
        <source>You asked</source>
        <translation>Ваш вопрос</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Nothing in the history matches.</source>
        <translation>В истории ничего не найдено.</translation>
    </message>
</context>
<context>
    <name>bbd::ChatService</name>
    <message>
        <source>The platform found no answer.</source>
        <translation>Платформа не нашла ответа.</translation>
    </message>
    <message>
        <source>The platform did not answer in time.</source>
        <translation>Платформа не ответила вовремя.</translation>
    </message>
    <message>
        <source>The platform could not be reached.</source>
        <translation>Не удалось связаться с платформой.</translation>
    </message>
    <message>
        <source>The platform refused the API key.</source>
        <translation>Платформа отклонила ключ API.</translation>
    </message>
    <message>
        <source>The platform is busy; try again in a moment.</source>
        <translation>Платформа занята; повторите попытку чуть позже.</translation>
    </message>
    <message>
        <source>The platform failed (HTTP %1).</source>
        <translation>Ошибка платформы (HTTP %1).</translation>
    </message>
    <message>
        <source>The platform&apos;s answer could not be read.</source>
        <translation>Не удалось прочитать ответ платформы.</translation>
    </message>
    <message>
        <source>The platform refused the question (HTTP %1).</source>
        <translation>Платформа отклонила вопрос (HTTP %1).</translation>
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
    <name>bbd::ConflictDialog</name>
    <message>
        <source>Resolve a conflict</source>
        <translation>Разрешение конфликта</translation>
    </message>
    <message>
        <source>You deleted this record here, but someone changed it on the server in the meantime. Delete it anyway, or keep the server&apos;s version?</source>
        <translation>Вы удалили эту запись здесь, но тем временем кто-то изменил её на сервере. Всё равно удалить её или оставить версию с сервера?</translation>
    </message>
    <message>
        <source>Delete it anyway</source>
        <translation>Всё равно удалить</translation>
    </message>
    <message>
        <source>Keep the server&apos;s record and drop my delete</source>
        <translation>Оставить запись с сервера и отменить моё удаление</translation>
    </message>
    <message>
        <source>This record was changed on the server after your edit was made. Choose, for each field you changed, which value to keep. The result is sent on top of the server&apos;s version.</source>
        <translation>Эта запись была изменена на сервере после того, как вы внесли свою правку. Для каждого изменённого вами поля выберите, какое значение оставить. Результат будет отправлен поверх версии с сервера.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ваше</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>На сервере</translation>
    </message>
    <message>
        <source>(not on the server)</source>
        <translation>(нет на сервере)</translation>
    </message>
    <message>
        <source>Send my choice</source>
        <translation>Отправить мой выбор</translation>
    </message>
    <message>
        <source>All mine</source>
        <translation>Все мои</translation>
    </message>
    <message>
        <source>All the server&apos;s</source>
        <translation>Все с сервера</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
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
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Vacancy</source>
        <translation>Вакансия</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
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
        <source>Job title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>bbd::ConnectionMonitor</name>
    <message>
        <source>The server reports that it is degraded.</source>
        <translation>Сервер сообщает, что работает с перебоями.</translation>
    </message>
    <message>
        <source>The server reports that it is down.</source>
        <translation>Сервер сообщает, что не работает.</translation>
    </message>
    <message>
        <source>The server is answering with errors.</source>
        <translation>Сервер отвечает ошибками.</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>Сервер недоступен.</translation>
    </message>
    <message>
        <source>A connection to the server was lost.</source>
        <translation>Соединение с сервером прервалось.</translation>
    </message>
</context>
<context>
    <name>bbd::ContactDialog</name>
    <message>
        <source>Edit Person</source>
        <translation>Изменение контакта</translation>
    </message>
    <message>
        <source>Add Person</source>
        <translation>Добавление контакта</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>&amp;Slack:</source>
        <translation>&amp;Slack:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>More e-mails:</source>
        <translation>Другие адреса почты:</translation>
    </message>
    <message>
        <source>More phones:</source>
        <translation>Другие телефоны:</translation>
    </message>
</context>
<context>
    <name>bbd::ContactDirectory</name>
    <message>
        <source>E-mail</source>
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
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Chat-bot</source>
        <translation>Чат-бот</translation>
    </message>
    <message>
        <source>A channel needs a name.</source>
        <translation>Укажите название канала.</translation>
    </message>
    <message>
        <source>Unknown kind of channel &quot;%1&quot;.</source>
        <translation>Неизвестный тип канала «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address (name@example.com).</source>
        <translation>«%1» — не адрес электронной почты (name@example.com).</translation>
    </message>
    <message>
        <source>The channel&apos;s phone number is not valid: %1</source>
        <translation>Неверный номер телефона канала: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a Slack channel (#name) nor a link.</source>
        <translation>«%1» — не канал Slack (#название) и не ссылка.</translation>
    </message>
    <message>
        <source>The booking link must start with http:// or https://.</source>
        <translation>Ссылка для записи должна начинаться с http:// или https://.</translation>
    </message>
    <message>
        <source>A contact needs a name.</source>
        <translation>Укажите имя контакта.</translation>
    </message>
    <message>
        <source>A Slack name has no spaces.</source>
        <translation>В имени Slack не должно быть пробелов.</translation>
    </message>
    <message>
        <source>Give at least one way to reach %1: e-mail, phone or Slack.</source>
        <translation>Для контакта «%1» укажите хотя бы один способ связи: эл. почту, телефон или Slack.</translation>
    </message>
    <message>
        <source>The phone number &quot;%1&quot; is kept as typed but cannot be called: %2</source>
        <translation>Номер телефона «%1» сохранён как введён, но по нему нельзя позвонить: %2</translation>
    </message>
    <message>
        <source>The channel no longer exists (it may have been deleted).</source>
        <translation>Канал больше не существует (возможно, его удалили).</translation>
    </message>
    <message>
        <source>The contact no longer exists (it may have been deleted).</source>
        <translation>Контакт больше не существует (возможно, его удалили).</translation>
    </message>
    <message>
        <source>The entry was not found.</source>
        <translation>Запись не найдена.</translation>
    </message>
    <message>
        <source>The import cannot be undone, nothing was changed: %1</source>
        <translation>Импорт нельзя отменить, ничего не изменено: %1</translation>
    </message>
    <message>
        <source>The import cannot be redone, nothing was changed: %1</source>
        <translation>Импорт нельзя повторить, ничего не изменено: %1</translation>
    </message>
</context>
<context>
    <name>bbd::ContactListEditor</name>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove this entry</source>
        <translation>Удалить эту запись</translation>
    </message>
</context>
<context>
    <name>bbd::ContactPointsEditor</name>
    <message>
        <source>Add Phone</source>
        <translation>Добавить телефон</translation>
    </message>
    <message>
        <source>Add E-mail</source>
        <translation>Добавить адрес почты</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove this phone</source>
        <translation>Удалить этот телефон</translation>
    </message>
    <message>
        <source>Remove this e-mail</source>
        <translation>Удалить этот адрес почты</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address (name@example.com).</source>
        <translation>«%1» — не адрес электронной почты (name@example.com).</translation>
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
    <name>bbd::ContactTransfer</name>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Ничего не импортировано: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n imported, </source>
        <translation>
            <numerusform>%n запись импортирована, </numerusform>
            <numerusform>%n записи импортированы, </numerusform>
            <numerusform>%n записей импортировано, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated, </source>
        <translation>
            <numerusform>%n обновлена, </numerusform>
            <numerusform>%n обновлены, </numerusform>
            <numerusform>%n обновлено, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected.</source>
        <translation>
            <numerusform>%n отклонена.</numerusform>
            <numerusform>%n отклонены.</numerusform>
            <numerusform>%n отклонено.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл пуст.</translation>
    </message>
    <message>
        <source>The first line must name the columns, at least &quot;type&quot; and &quot;name&quot; (as an export writes them).</source>
        <translation>В первой строке должны быть названия столбцов, как минимум «type» и «name» (как их записывает экспорт).</translation>
    </message>
    <message>
        <source>Unknown type &quot;%1&quot;: use person, email, phone, slack, meeting or chatbot.</source>
        <translation>Неизвестный тип «%1»: используйте person, email, phone, slack, meeting или chatbot.</translation>
    </message>
    <message>
        <source>Line %1: nobody called &quot;%2&quot; in the directory.</source>
        <translation>Строка %1: в справочнике нет никого с именем «%2».</translation>
    </message>
    <message>
        <source>The card has no END:VCARD.</source>
        <translation>В карточке нет END:VCARD.</translation>
    </message>
    <message>
        <source>Text outside of a card: %1</source>
        <translation>Текст вне карточки: %1</translation>
    </message>
</context>
<context>
    <name>bbd::ContactsArea</name>
    <message>
        <source>No reserve channels or contacts are set up. Add the ways to reach HR here so that people know where to turn when the platform is down.</source>
        <translation>Резервные каналы и контакты не настроены. Добавьте сюда способы связи с HR, чтобы сотрудники знали, куда обращаться, если платформа не работает.</translation>
    </message>
    <message>
        <source>People to contact, in order of escalation</source>
        <translation>К кому обращаться (в порядке эскалации)</translation>
    </message>
    <message>
        <source>&amp;Mark the Platform Down</source>
        <translation>&amp;Отметить сбой платформы</translation>
    </message>
    <message>
        <source>You know the platform is down before the checks do: bring the fallback contacts forward and offer the notice to new hires</source>
        <translation>Вы знаете, что платформа не работает, раньше, чем это покажут проверки: выведите резервные контакты на первый план и предложите уведомление новым сотрудникам</translation>
    </message>
    <message>
        <source>Reserve channels, in the order to use them</source>
        <translation>Резервные каналы в порядке использования</translation>
    </message>
    <message>
        <source>&amp;Notify New Hires…</source>
        <translation>Уве&amp;домить новых сотрудников…</translation>
    </message>
    <message>
        <source>The prepared notice: what is down and how to reach HR meanwhile</source>
        <translation>Подготовленное уведомление: что не работает и как тем временем связаться с HR</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>&amp;Позвонить</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>&amp;Написать</translation>
    </message>
    <message>
        <source>Open &amp;Slack</source>
        <translation>Открыть &amp;Slack</translation>
    </message>
    <message>
        <source>&amp;Book a Meeting</source>
        <translation>Записаться на вст&amp;речу</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>Add C&amp;hannel…</source>
        <translation>Добавить кан&amp;ал…</translation>
    </message>
    <message>
        <source>Add &amp;Person…</source>
        <translation>Добавить кон&amp;такт…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Изм&amp;енить…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Вверх</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Вни&amp;з</translation>
    </message>
    <message>
        <source>Butterboard is unavailable: a question about onboarding</source>
        <translation>Butterboard недоступен: вопрос об онбординге</translation>
    </message>
    <message>
        <source>A question about onboarding</source>
        <translation>Вопрос об онбординге</translation>
    </message>
    <message>
        <source>Select a channel or a person first.</source>
        <translation>Сначала выберите канал или контакт.</translation>
    </message>
    <message>
        <source>This channel is not of that kind.</source>
        <translation>Этот канал другого типа.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number that can be called.</source>
        <translation>«%1» — не номер телефона, по которому можно позвонить.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>«%1» — не адрес электронной почты.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a Slack channel nor a link.</source>
        <translation>«%1» — не канал Slack и не ссылка.</translation>
    </message>
    <message>
        <source>The booking link is missing or not an http(s) link.</source>
        <translation>Ссылка для записи отсутствует или не является ссылкой http(s).</translation>
    </message>
    <message>
        <source>%1 has no phone number.</source>
        <translation>%1: нет номера телефона.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid phone number, so it cannot be called.</source>
        <translation>«%1» — неверный номер телефона, позвонить по нему нельзя.</translation>
    </message>
    <message>
        <source>%1 has no e-mail address.</source>
        <translation>%1: нет адреса электронной почты.</translation>
    </message>
    <message>
        <source>%1 has no Slack name.</source>
        <translation>%1: нет имени в Slack.</translation>
    </message>
    <message>
        <source>Meetings are booked through the meeting channel above.</source>
        <translation>Встречи назначаются через канал встреч выше.</translation>
    </message>
    <message>
        <source>Write an e-mail</source>
        <translation>Написать письмо</translation>
    </message>
    <message>
        <source>Copy the address or number to the clipboard</source>
        <translation>Скопировать адрес или номер в буфер обмена</translation>
    </message>
    <message>
        <source>No program is set up to open %1</source>
        <translation>Не настроена программа для открытия %1</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Скопировано: %1</translation>
    </message>
    <message>
        <source>The Butterboard platform (dashboard and chat-bot) does not answer since %1.</source>
        <translation>Платформа Butterboard (панель и чат-бот) не отвечает с %1.</translation>
    </message>
    <message>
        <source>The Butterboard platform (dashboard and chat-bot) was marked down at %1.</source>
        <translation>Платформа Butterboard (панель и чат-бот) отмечена как неработающая в %1.</translation>
    </message>
    <message>
        <source>Use e-mail and phone first; for critical questions, call%1.</source>
        <translation>Сначала используйте эл. почту и телефон; по срочным вопросам звоните%1.</translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s) written to the outbox.</source>
        <translation>
            <numerusform>%n уведомление записано в очередь отправки.</numerusform>
            <numerusform>%n уведомления записаны в очередь отправки.</numerusform>
            <numerusform>%n уведомлений записано в очередь отправки.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Fallback Contacts</source>
        <translation>Импорт резервных контактов</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.vcf *.vcard);;CSV (*.csv);;vCard (*.vcf *.vcard)</source>
        <translation>Контакты (*.csv *.vcf *.vcard);;CSV (*.csv);;vCard (*.vcf *.vcard)</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message>
        <source>Some records need a look:</source>
        <translation>Некоторые записи требуют проверки:</translation>
    </message>
    <message>
        <source>Export Fallback Contacts</source>
        <translation>Экспорт резервных контактов</translation>
    </message>
    <message>
        <source>CSV (*.csv);;vCard 4.0 (*.vcf)</source>
        <translation>CSV (*.csv);;vCard 4.0 (*.vcf)</translation>
    </message>
    <message>
        <source>The file was not written: %1</source>
        <translation>Файл не записан: %1</translation>
    </message>
    <message>
        <source>Fallback contacts written to %1</source>
        <translation>Резервные контакты записаны в %1</translation>
    </message>
    <message>
        <source>Fallback contacts</source>
        <translation>Резервные контакты</translation>
    </message>
    <message>
        <source>The change was not saved: %1</source>
        <translation>Изменение не сохранено: %1</translation>
    </message>
    <message>
        <source>Add channel %1</source>
        <translation>добавление канала «%1»</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>добавление контакта «%1»</translation>
    </message>
    <message>
        <source>Edit channel %1</source>
        <translation>изменение канала «%1»</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>изменение контакта «%1»</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; from the fallback contacts? Edit &gt; Undo brings it back.</source>
        <translation>Удалить «%1» из резервных контактов? «Правка &gt; Отменить» вернёт запись.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>удаление «%1»</translation>
    </message>
    <message>
        <source>Reorder channels</source>
        <translation>изменение порядка каналов</translation>
    </message>
    <message>
        <source>Reorder people</source>
        <translation>изменение порядка контактов</translation>
    </message>
    <message>
        <source>Import %1: %2 new, %3 updated</source>
        <translation>Импорт %1: новых %2, обновлено %3</translation>
    </message>
    <message>
        <source>Edit &gt; Undo takes the whole import back.</source>
        <translation>Правка &gt; Отменить откатывает весь импорт.</translation>
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
    <name>bbd::DeleteCandidatesCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>удаление: %1</translation>
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
    <name>bbd::EditScenarioCommand</name>
    <message>
        <source>Edit Scenario Name and Description</source>
        <translation>изменение названия и описания сценария</translation>
    </message>
</context>
<context>
    <name>bbd::EditStageCommand</name>
    <message>
        <source>Edit “%1”</source>
        <translation>изменение этапа «%1»</translation>
    </message>
</context>
<context>
    <name>bbd::EmployeeTableModel</name>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Дата выхода</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Онбординг</translation>
    </message>
    <message>
        <source>No onboarding scenario assigned</source>
        <translation>Сценарий онбординга не назначен</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>bbd::EmployeesPane</name>
    <message>
        <source>Search by name, job title or department</source>
        <translation>Поиск по ФИО, должности или отделу</translation>
    </message>
    <message>
        <source>No employees yet. A candidate hired on the board becomes one, and the platform&apos;s people arrive with the next sync.</source>
        <translation>Сотрудников пока нет. Кандидат, нанятый на доске, становится сотрудником, а сотрудники с платформы появятся после следующей синхронизации.</translation>
    </message>
    <message>
        <source>&amp;Assign Scenario…</source>
        <translation>&amp;Назначить сценарий…</translation>
    </message>
    <message>
        <source>Put the selected people on an onboarding scenario (Ctrl+Shift+A)</source>
        <translation>Назначить выбранным сотрудникам сценарий онбординга (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source>Nobody matches “%1”.</source>
        <translation>По запросу «%1» никого не найдено.</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>Выбран %n сотрудник</numerusform>
            <numerusform>Выбрано %n сотрудника</numerusform>
            <numerusform>Выбрано %n сотрудников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s)</source>
        <translation>
            <numerusform>%n сотрудник</numerusform>
            <numerusform>%n сотрудника</numerusform>
            <numerusform>%n сотрудников</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bbd::ExportDialog</name>
    <message>
        <source>Export candidates</source>
        <translation>Экспорт кандидатов</translation>
    </message>
    <message numerus="yes">
        <source>Export the %n candidate(s) of the current view to a CSV file.</source>
        <translation>
            <numerusform>Экспортировать в CSV-файл %n кандидата из текущего вида.</numerusform>
            <numerusform>Экспортировать в CSV-файл %n кандидатов из текущего вида.</numerusform>
            <numerusform>Экспортировать в CSV-файл %n кандидатов из текущего вида.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the candidates of the current view to a CSV file.</source>
        <translation>Экспортировать в CSV-файл кандидатов из текущего вида.</translation>
    </message>
    <message>
        <source>Path to a .csv file</source>
        <translation>Путь к файлу .csv</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Semicolon ( ; ), for Excel in Russian</source>
        <translation>Точка с запятой ( ; ), для Excel на русском</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Запятая ( , )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <source>UTF-8 with BOM (Excel)</source>
        <translation>UTF-8 с BOM (Excel)</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Windows-1251 (old programs)</source>
        <translation>Windows-1251 (старые программы)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Разделитель:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Кодировка:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспортировать</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>candidates</source>
        <translation>кандидаты</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>Файл %1 уже существует. Заменить его?</translation>
    </message>
    <message>
        <source>The file was not written: %1</source>
        <translation>Файл не записан: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) written to %1.</source>
        <translation>
            <numerusform>В %1 записан %n кандидат.</numerusform>
            <numerusform>В %1 записано %n кандидата.</numerusform>
            <numerusform>В %1 записано %n кандидатов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) have no place in Windows-1251 and were written as &quot;?&quot;; choose UTF-8 to keep them.</source>
        <translation>
            <numerusform>%n символ отсутствует в Windows-1251 и записан как «?»; чтобы сохранить такие символы, выберите UTF-8.</numerusform>
            <numerusform>%n символа отсутствуют в Windows-1251 и записаны как «?»; чтобы сохранить такие символы, выберите UTF-8.</numerusform>
            <numerusform>%n символов отсутствуют в Windows-1251 и записаны как «?»; чтобы сохранить такие символы, выберите UTF-8.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bbd::FilterBar</name>
    <message>
        <source>Search name, phone, e-mail, tag…</source>
        <translation>Поиск по ФИО, телефону, эл. почте, метке…</translation>
    </message>
    <message>
        <source>Vacancy</source>
        <translation>Вакансия</translation>
    </message>
    <message>
        <source>Stage of the vacancy&apos;s pipeline</source>
        <translation>Этап воронки вакансии</translation>
    </message>
    <message>
        <source>Could not read the filter choices: %1</source>
        <translation>Не удалось прочитать варианты фильтров: %1</translation>
    </message>
    <message>
        <source>Where the candidate came from</source>
        <translation>Откуда пришёл кандидат</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Любой источник</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Любая метка</translation>
    </message>
    <message>
        <source>Rating ≥ </source>
        <translation>Оценка ≥ </translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>Любая оценка</translation>
    </message>
    <message>
        <source>Lowest rating shown</source>
        <translation>Минимальная показываемая оценка</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Любая дата</translation>
    </message>
    <message>
        <source>Uncheck to show only candidates who applied between two dates</source>
        <translation>Снимите флажок, чтобы показать только кандидатов, откликнувшихся в заданный период</translation>
    </message>
    <message>
        <source>Applied on or after</source>
        <translation>Отклик не раньше</translation>
    </message>
    <message>
        <source>Applied on or before</source>
        <translation>Отклик не позже</translation>
    </message>
    <message>
        <source>Apply a saved filter</source>
        <translation>Применить сохранённый фильтр</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Сохранить…</translation>
    </message>
    <message>
        <source>Save the search and filters under a name</source>
        <translation>Сохранить поиск и фильтры под именем</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete the chosen saved filter</source>
        <translation>Удалить выбранный сохранённый фильтр</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <source>Clear the search and every filter</source>
        <translation>Очистить поиск и все фильтры</translation>
    </message>
    <message>
        <source>Vacancy #%1 (not found)</source>
        <translation>Вакансия №%1 (не найдена)</translation>
    </message>
    <message>
        <source>Stage #%1 (not found)</source>
        <translation>Этап №%1 (не найден)</translation>
    </message>
    <message>
        <source>Any vacancy</source>
        <translation>Любая вакансия</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>Любой этап</translation>
    </message>
    <message>
        <source>Could not read the stages: %1</source>
        <translation>Не удалось прочитать этапы: %1</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>Сохранённые фильтры</translation>
    </message>
    <message>
        <source>The saved filter &quot;%1&quot; no longer exists.</source>
        <translation>Сохранённого фильтра «%1» больше нет.</translation>
    </message>
    <message>
        <source>Save Filter</source>
        <translation>Сохранение фильтра</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>A saved filter needs a name.</source>
        <translation>У сохранённого фильтра должно быть название.</translation>
    </message>
    <message>
        <source>A saved filter named &quot;%1&quot; already exists. Replace it?</source>
        <translation>Сохранённый фильтр «%1» уже существует. Заменить его?</translation>
    </message>
    <message>
        <source>Delete Saved Filter</source>
        <translation>Удаление сохранённого фильтра</translation>
    </message>
    <message>
        <source>Delete the saved filter &quot;%1&quot;? The candidates are not affected.</source>
        <translation>Удалить сохранённый фильтр «%1»? Кандидаты при этом не затрагиваются.</translation>
    </message>
</context>
<context>
    <name>bbd::FullResync</name>
    <message>
        <source>Full resync</source>
        <translation>Полная повторная синхронизация</translation>
    </message>
    <message>
        <source>Nothing is synchronised yet: enter the platform&apos;s API key first.</source>
        <translation>Синхронизация ещё не выполняется: сначала введите API-ключ платформы.</translation>
    </message>
    <message>
        <source>Receive every record from %1 again? Local changes that are not sent yet stay in the outbox and are sent first. For a large company this can take a few minutes; you can keep working meanwhile.</source>
        <translation>Заново получить все записи с %1? Локальные изменения, которые ещё не отправлены, останутся в очереди отправки и будут отправлены первыми. Для большой компании это может занять несколько минут; тем временем можно продолжать работу.</translation>
    </message>
    <message>
        <source>The local database refused to forget what was received.</source>
        <translation>Локальная база данных отказалась удалить полученные ранее данные.</translation>
    </message>
</context>
<context>
    <name>bbd::HeaderMapping</name>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
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
        <source>Applied</source>
        <translation>Дата отклика</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Дата согласия</translation>
    </message>
</context>
<context>
    <name>bbd::HhJob</name>
    <message>
        <source>hh.ru refused the token. Enter a valid hh.ru token in Settings.</source>
        <translation>hh.ru отклонил токен. Введите действительный токен hh.ru в настройках.</translation>
    </message>
    <message>
        <source>hh.ru refused the token (%1). Enter a valid hh.ru token in Settings.</source>
        <translation>hh.ru отклонил токен (%1). Введите действительный токен hh.ru в настройках.</translation>
    </message>
    <message>
        <source>The hh.ru employer account has no paid API access to responses.</source>
        <translation>У аккаунта работодателя на hh.ru нет платного доступа к откликам через API.</translation>
    </message>
    <message>
        <source>hh.ru does not let this account read the responses (%1).</source>
        <translation>hh.ru не разрешает этому аккаунту читать отклики (%1).</translation>
    </message>
    <message>
        <source>hh.ru refused the application&apos;s User-Agent (%1).</source>
        <translation>hh.ru отклонил заголовок User-Agent приложения (%1).</translation>
    </message>
    <message>
        <source>hh.ru did not accept the request&apos;s %1.</source>
        <translation>hh.ru не принял параметр запроса %1.</translation>
    </message>
    <message>
        <source>hh.ru does not know this vacancy or resume, or this account cannot see it.</source>
        <translation>hh.ru не знает такой вакансии или резюме, либо этому аккаунту они не видны.</translation>
    </message>
    <message>
        <source>hh.ru&apos;s answer could not be read.</source>
        <translation>Не удалось прочитать ответ hh.ru.</translation>
    </message>
    <message numerus="yes">
        <source>hh.ru limits the requests (429): try again in %n second(s).</source>
        <translation>
            <numerusform>hh.ru ограничивает частоту запросов (429): повторите попытку через %n секунду.</numerusform>
            <numerusform>hh.ru ограничивает частоту запросов (429): повторите попытку через %n секунды.</numerusform>
            <numerusform>hh.ru ограничивает частоту запросов (429): повторите попытку через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>hh.ru limits the requests (429): try again later.</source>
        <translation>hh.ru ограничивает частоту запросов (429): повторите попытку позже.</translation>
    </message>
    <message>
        <source>hh.ru answered with a server error (%1): try again later.</source>
        <translation>hh.ru ответил ошибкой сервера (%1): повторите попытку позже.</translation>
    </message>
</context>
<context>
    <name>bbd::HhPullReport</name>
    <message>
        <source>hh.ru responses: imported: %1, duplicates: %2, rejected: %3, pulled before: %4.</source>
        <translation>Отклики hh.ru: импортировано: %1, дубликатов: %2, отклонено: %3, загружено ранее: %4.</translation>
    </message>
    <message>
        <source>The pull stopped: %1 The pages before it are in; pull again to get the rest.</source>
        <translation>Загрузка остановлена: %1 Предыдущие страницы уже загружены; запустите загрузку снова, чтобы получить остальное.</translation>
    </message>
</context>
<context>
    <name>bbd::HhResponsesImporter</name>
    <message>
        <source>Cannot read the candidates: %1</source>
        <translation>Не удаётся прочитать кандидатов: %1</translation>
    </message>
    <message>
        <source>The applicant deleted the resume or closed it to employers.</source>
        <translation>Соискатель удалил резюме или скрыл его от работодателей.</translation>
    </message>
    <message>
        <source>The resume shows no name.</source>
        <translation>В резюме не указано ФИО.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>«%1» — не адрес эл. почты.</translation>
    </message>
    <message>
        <source>Phone &quot;%1&quot; is kept as written: %2</source>
        <translation>Телефон «%1» сохранён как указан: %2</translation>
    </message>
    <message>
        <source>Same phone %1</source>
        <translation>Тот же телефон %1</translation>
    </message>
    <message>
        <source>Same e-mail %1</source>
        <translation>Тот же адрес эл. почты %1</translation>
    </message>
    <message>
        <source>Responded on hh.ru (response %1)</source>
        <translation>Отклик на hh.ru (отклик %1)</translation>
    </message>
    <message>
        <source>Responded on hh.ru with the resume &quot;%1&quot; (response %2)</source>
        <translation>Отклик на hh.ru с резюме «%1» (отклик %2)</translation>
    </message>
</context>
<context>
    <name>bbd::HhResponsesPuller</name>
    <message>
        <source>&quot;%1&quot; is not an hh.ru vacancy id: write the number from the vacancy&apos;s address on hh.ru, optionally followed by = and the title of the vacancy here.</source>
        <translation>«%1» — не идентификатор вакансии hh.ru: укажите число из адреса вакансии на hh.ru, при необходимости добавив после знака = название соответствующей вакансии здесь.</translation>
    </message>
    <message>
        <source>hh.ru is not configured: enter its address (https://api.hh.ru) in Settings.</source>
        <translation>hh.ru не настроен: укажите его адрес (https://api.hh.ru) в настройках.</translation>
    </message>
    <message>
        <source>No hh.ru vacancies are set: enter their ids in Settings.</source>
        <translation>Вакансии hh.ru не заданы: укажите их идентификаторы в настройках.</translation>
    </message>
    <message>
        <source>The hh.ru vacancy %1 is set to go to &quot;%2&quot;, but there is no such vacancy here.</source>
        <translation>Отклики на вакансию hh.ru %1 настроены на вакансию «%2», но такой вакансии здесь нет.</translation>
    </message>
    <message>
        <source>The hh.ru pull was cancelled.</source>
        <translation>Загрузка с hh.ru отменена.</translation>
    </message>
    <message>
        <source>vacancy %1, page %2</source>
        <translation>вакансия %1, страница %2</translation>
    </message>
    <message>
        <source>Cannot read the hh.ru responses pulled before: %1</source>
        <translation>Не удаётся прочитать ранее загруженные отклики hh.ru: %1</translation>
    </message>
    <message>
        <source>resume of response %1</source>
        <translation>резюме из отклика %1</translation>
    </message>
    <message>
        <source>The hh.ru responses could not be saved: %1</source>
        <translation>Не удалось сохранить отклики hh.ru: %1</translation>
    </message>
    <message>
        <source>hh.ru, %1: %2</source>
        <translation>hh.ru, %1: %2</translation>
    </message>
</context>
<context>
    <name>bbd::HireDialog</name>
    <message>
        <source>Create the employee</source>
        <translation>Создание сотрудника</translation>
    </message>
    <message>
        <source>name@company.ru</source>
        <translation>name@company.ru</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Пока не выбран</translation>
    </message>
    <message>
        <source>No onboarding scenario now</source>
        <translation>Пока без сценария онбординга</translation>
    </message>
    <message>
        <source>The employee is created here at once and on the Butterboard platform as soon as it is reachable.</source>
        <translation>Сотрудник будет создан здесь сразу, а на платформе Butterboard — как только она станет доступна.</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <source>Work &amp;e-mail:</source>
        <translation>Рабочая &amp;эл. почта:</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Должность:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Отдел:</translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation>&amp;Руководитель:</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>Дата &amp;выхода:</translation>
    </message>
    <message>
        <source>&amp;Onboarding:</source>
        <translation>Он&amp;бординг:</translation>
    </message>
    <message>
        <source>&amp;Create employee</source>
        <translation>&amp;Создать сотрудника</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Не сейчас</translation>
    </message>
</context>
<context>
    <name>bbd::HiringService</name>
    <message>
        <source>The first name is empty.</source>
        <translation>Имя не указано.</translation>
    </message>
    <message>
        <source>The last name is empty.</source>
        <translation>Фамилия не указана.</translation>
    </message>
    <message>
        <source>A valid work e-mail is needed to create the account.</source>
        <translation>Для создания учётной записи нужен корректный рабочий адрес эл. почты.</translation>
    </message>
    <message>
        <source>The job title is empty.</source>
        <translation>Должность не указана.</translation>
    </message>
    <message>
        <source>Choose the start date.</source>
        <translation>Выберите дату выхода на работу.</translation>
    </message>
    <message>
        <source>An employee has already been created from this candidate.</source>
        <translation>Сотрудник по этому кандидату уже создан.</translation>
    </message>
    <message>
        <source>Employee created: %1 %2, starts %3</source>
        <translation>Создан сотрудник: %1 %2, выход на работу %3</translation>
    </message>
</context>
<context>
    <name>bbd::ImportDialog</name>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 с BOM</translation>
    </message>
    <message>
        <source>semicolon ( ; )</source>
        <translation>точка с запятой ( ; )</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <source>comma ( , )</source>
        <translation>запятая ( , )</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортирована</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Дубликат</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонена</translation>
    </message>
    <message>
        <source>Import candidates</source>
        <translation>Импорт кандидатов</translation>
    </message>
    <message>
        <source>Choose a CSV file saved from Excel, Google Sheets or another system. The first row must hold the column headers. UTF-8 and Windows-1251 files with commas, semicolons or tabs are recognised.</source>
        <translation>Выберите CSV-файл, сохранённый из Excel, Google Таблиц или другой системы. Первая строка должна содержать заголовки столбцов. Распознаются файлы в UTF-8 и Windows-1251 с разделителями-запятыми, точками с запятой или табуляциями.</translation>
    </message>
    <message>
        <source>Path to a .csv file</source>
        <translation>Путь к файлу .csv</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>No vacancy</source>
        <translation>Без вакансии</translation>
    </message>
    <message>
        <source>&amp;Vacancy for rows without one:</source>
        <translation>&amp;Вакансия для строк, где она не указана:</translation>
    </message>
    <message>
        <source>The vacancies could not be read: %1</source>
        <translation>Не удалось прочитать вакансии: %1</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Далее</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Запятая ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Точка с запятой ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Разделитель:</translation>
    </message>
    <message>
        <source>Choose above each column which field it fills, or &quot;Skip&quot; to leave it out.</source>
        <translation>Над каждым столбцом выберите поле, которое он заполняет, или «Пропустить», чтобы не импортировать его.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>Сохранить &amp;отчёт…</translation>
    </message>
    <message>
        <source>Save re&amp;jected rows…</source>
        <translation>Сохранить отклонённые &amp;строки…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Файлы CSV (*.csv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Encoding: %1. Delimiter found: %2.</source>
        <translation>Кодировка: %1. Обнаруженный разделитель: %2.</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>The field column &quot;%1&quot; fills</source>
        <translation>Поле, которое заполняет столбец «%1»</translation>
    </message>
    <message>
        <source>No column is mapped to the candidate&apos;s name. Choose &quot;%1&quot; (or &quot;%2&quot; and &quot;%3&quot;) above the column that holds the names.</source>
        <translation>Ни один столбец не сопоставлен с ФИО кандидата. Выберите «%1» (или «%2» и «%3») над столбцом, в котором указаны ФИО.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Импорт %1…</translation>
    </message>
    <message>
        <source>%1 of about %2 rows</source>
        <translation>Обработано строк: %1 из примерно %2</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Ничего не импортировано: %1</translation>
    </message>
    <message>
        <source>Rows read: %1. Imported: %2. Duplicates: %3. Rejected: %4.</source>
        <translation>Прочитано строк: %1. Импортировано: %2. Дубликатов: %3. Отклонено: %4.</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>Импорт отменён.</translation>
    </message>
    <message>
        <source>The import stopped: %1</source>
        <translation>Импорт остановлен: %1</translation>
    </message>
    <message>
        <source>The rows up to line %1 of the file are settled as listed; the rows after it were not imported. Import the file again to add them: the rows already in will show as duplicates.</source>
        <translation>Строки файла до %1-й обработаны так, как указано в списке; последующие строки не импортированы. Импортируйте файл ещё раз, чтобы добавить их: уже импортированные строки будут отмечены как дубликаты.</translation>
    </message>
    <message>
        <source>No row was imported.</source>
        <translation>Ни одна строка не импортирована.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Reason or duplicate of</source>
        <translation>Причина или совпадение</translation>
    </message>
    <message>
        <source>candidate #%1</source>
        <translation>кандидат №%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The table lists the first %1 lines not imported; the saved report lists all %2.</source>
        <translation>В таблице показаны неимпортированные строки — первые %1 из %2; в сохранённом отчёте перечислены все.</translation>
    </message>
    <message>
        <source>Save the import report</source>
        <translation>Сохранение отчёта об импорте</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Файлы JSON (*.json)</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>Не удалось сохранить отчёт: %1</translation>
    </message>
    <message>
        <source>Save the rejected rows</source>
        <translation>Сохранение отклонённых строк</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>The rejected rows could not be saved: %1</source>
        <translation>Не удалось сохранить отклонённые строки: %1</translation>
    </message>
    <message>
        <source>All rows are read. Building the search index and the board&apos;s indexes…</source>
        <translation>Все строки прочитаны. Строится поисковый индекс и индексы доски…</translation>
    </message>
    <message>
        <source>Cancelling: rows not yet committed are rolled back…</source>
        <translation>Отмена: ещё не сохранённые строки откатываются…</translation>
    </message>
</context>
<context>
    <name>bbd::ImportReport</name>
    <message>
        <source>Cannot write the report to %1: %2</source>
        <translation>Не удаётся записать отчёт в %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the rejected rows to %1: %2</source>
        <translation>Не удаётся записать отклонённые строки в %1: %2</translation>
    </message>
    <message>
        <source>%1: rows read: %2, imported: %3, duplicates: %4, rejected: %5.</source>
        <translation>%1: прочитано строк: %2, импортировано: %3, дубликатов: %4, отклонено: %5.</translation>
    </message>
    <message>
        <source>The import stopped: the rows up to line %1 are settled as listed; the rows after it were not imported. Import the file again to add them (the rows already in will show as duplicates).</source>
        <translation>Импорт остановлен: строки до %1-й обработаны так, как указано в отчёте; последующие строки не импортированы. Импортируйте файл ещё раз, чтобы добавить их (уже импортированные строки будут отмечены как дубликаты).</translation>
    </message>
    <message>
        <source>The import stopped before any row was imported.</source>
        <translation>Импорт остановлен, ни одна строка не импортирована.</translation>
    </message>
</context>
<context>
    <name>bbd::IntegrationHealthModel</name>
    <message>
        <source>Butterboard platform</source>
        <translation>Платформа Butterboard</translation>
    </message>
    <message>
        <source>Jira</source>
        <translation>Jira</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Microsoft 365 mail</source>
        <translation>Почта Microsoft 365</translation>
    </message>
    <message>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <source>hh.ru</source>
        <translation>hh.ru</translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation>Не настроено</translation>
    </message>
    <message>
        <source>Not used yet</source>
        <translation>Пока не используется</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Работает</translation>
    </message>
    <message>
        <source>Having trouble</source>
        <translation>Работает с перебоями</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Нет связи</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>%1 (%2 failed)</source>
        <translation>%1 (с ошибкой: %2)</translation>
    </message>
    <message>
        <source>%1 waiting, %2 failed, %3 in conflict</source>
        <translation>ожидают: %1, с ошибкой: %2, в конфликте: %3</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Сервис</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Последний успех</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Последняя ошибка</translation>
    </message>
    <message>
        <source>Error at</source>
        <translation>Время ошибки</translation>
    </message>
    <message>
        <source>Errors in a row</source>
        <translation>Ошибок подряд</translation>
    </message>
    <message>
        <source>Latency p50</source>
        <translation>Задержка p50</translation>
    </message>
    <message>
        <source>Latency p95</source>
        <translation>Задержка p95</translation>
    </message>
    <message>
        <source>Last calls</source>
        <translation>Последние вызовы</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Очередь отправки</translation>
    </message>
</context>
<context>
    <name>bbd::IntegrationHub</name>
    <message>
        <source>No secret is stored for %1 yet. %2</source>
        <translation>Секрет для %1 ещё не сохранён. %2</translation>
    </message>
</context>
<context>
    <name>bbd::Integrations</name>
    <message>
        <source>Jira</source>
        <translation>Jira</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Microsoft Graph (Outlook mail)</source>
        <translation>Microsoft Graph (почта Outlook)</translation>
    </message>
    <message>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <source>configured</source>
        <translation>настроено</translation>
    </message>
    <message>
        <source>not configured</source>
        <translation>не настроено</translation>
    </message>
    <message>
        <source>Your Atlassian e-mail and an API token, written email:token.</source>
        <translation>Ваш адрес эл. почты в Atlassian и API-токен в виде email:токен.</translation>
    </message>
    <message>
        <source>The incoming webhook&apos;s URL (https://hooks.slack.com/services/…).</source>
        <translation>URL входящего вебхука (https://hooks.slack.com/services/…).</translation>
    </message>
    <message>
        <source>An OAuth access token.</source>
        <translation>Токен доступа OAuth.</translation>
    </message>
</context>
<context>
    <name>bbd::IntegrationsDialog</name>
    <message>
        <source>Integrations</source>
        <translation>Интеграции</translation>
    </message>
    <message>
        <source>How the services answer</source>
        <translation>Как отвечают сервисы</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Секрет:</translation>
    </message>
    <message>
        <source>&amp;Save Service Settings</source>
        <translation>Сохранить &amp;настройки сервиса</translation>
    </message>
    <message>
        <source>&amp;Pull Responses Now</source>
        <translation>&amp;Загрузить отклики сейчас</translation>
    </message>
    <message>
        <source>Bring new hh.ru responses into Candidates</source>
        <translation>Загрузить новые отклики с hh.ru в раздел «Кандидаты»</translation>
    </message>
    <message>
        <source>&amp;Project key:</source>
        <translation>&amp;Ключ проекта:</translation>
    </message>
    <message>
        <source>&amp;Vacancies:</source>
        <translation>&amp;Вакансии:</translation>
    </message>
    <message>
        <source>93000001=Sales manager, 93000002</source>
        <translation>93000001=Менеджер по продажам, 93000002</translation>
    </message>
    <message>
        <source>&amp;Contact e-mail:</source>
        <translation>Ко&amp;нтактная эл. почта:</translation>
    </message>
    <message>
        <source>The platform&apos;s address and API key are set in Settings.</source>
        <translation>Адрес платформы и API-ключ задаются в настройках.</translation>
    </message>
    <message>
        <source>Empty: the service is not used, and its work waits in the outbox. For the loopback test server, its address.</source>
        <translation>Пусто — сервис не используется, а его задачи ждут в очереди отправки. Для локального тестового сервера укажите его адрес.</translation>
    </message>
    <message>
        <source>OAuth token of the employer&apos;s hh.ru account</source>
        <translation>OAuth-токен аккаунта работодателя на hh.ru</translation>
    </message>
    <message>
        <source>Not configured.</source>
        <translation>Не настроено.</translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation>Проверка хранилища паролей системы…</translation>
    </message>
    <message>
        <source>A secret is stored in the system keychain.</source>
        <translation>Секрет сохранён в хранилище паролей системы.</translation>
    </message>
    <message>
        <source>No secret stored yet.</source>
        <translation>Секрет ещё не сохранён.</translation>
    </message>
    <message>
        <source>Enter the address as https://host/path (http:// only for a test server on this computer).</source>
        <translation>Введите адрес в виде https://хост/путь (http:// — только для тестового сервера на этом компьютере).</translation>
    </message>
    <message>
        <source>The secret was not stored: set the address first.</source>
        <translation>Секрет не сохранён: сначала укажите адрес.</translation>
    </message>
</context>
<context>
    <name>bbd::JobBoardPull</name>
    <message>
        <source>hh.ru is not configured: set its address and token in Sync &gt; Integrations.</source>
        <translation>hh.ru не настроен: укажите его адрес и токен в меню «Синхронизация &gt; Интеграции».</translation>
    </message>
    <message>
        <source>Reading the hh.ru token…</source>
        <translation>Чтение токена hh.ru…</translation>
    </message>
    <message>
        <source>No hh.ru token is stored yet.</source>
        <translation>Токен hh.ru ещё не сохранён.</translation>
    </message>
    <message>
        <source>hh.ru vacancy %1: %2 of %3 responses</source>
        <translation>Вакансия hh.ru %1: откликов %2 из %3</translation>
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
    <message>
        <source>Views</source>
        <translation>Просмотры</translation>
    </message>
</context>
<context>
    <name>bbd::KbCommand</name>
    <message>
        <source>Imports Markdown and text files into the knowledge base.

  kb import PATH... [--json]

Each PATH is a .md, .markdown or .txt file, or a folder whose files of those kinds are imported with its subfolders (which become tags). The title is the first &quot;# &quot; heading, else the file name. A file imported before (the same absolute path) updates its article, keeping the previous text in its history, or is skipped when it has not changed. Files that are empty, binary or in an unknown encoding are rejected with the reason (UTF-8, UTF-16 with a byte order mark and Windows-1251 are read).

Exit codes: 0 when every file was imported, updated or unchanged; 1 when the database cannot be used, no file was found or the import stopped; 2 for wrong arguments; 3 when some files were rejected (the others are imported).</source>
        <translation>Импортирует файлы Markdown и текстовые файлы в базу знаний.

  kb import ПУТЬ... [--json]

Каждый ПУТЬ — это файл .md, .markdown или .txt либо папка: из неё импортируются файлы этих типов вместе с вложенными папками (они становятся метками). Названием статьи становится первый заголовок «# », а если его нет — имя файла. Файл, импортированный ранее (по тому же абсолютному пути), обновляет свою статью, а прежний текст остаётся в её истории; если файл не изменился, он пропускается. Пустые и двоичные файлы, а также файлы в неизвестной кодировке отклоняются с указанием причины (читаются UTF-8, UTF-16 с меткой порядка байтов и Windows-1251).

Коды возврата: 0 — каждый файл импортирован, обновлён или не изменился; 1 — базу данных невозможно использовать, не найдено ни одного файла или импорт остановлен; 2 — неверные аргументы; 3 — часть файлов отклонена (остальные импортированы).</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>Files and folders to import.</source>
        <translation>Файлы и папки для импорта.</translation>
    </message>
    <message>
        <source>PATH...</source>
        <translation>ПУТЬ...</translation>
    </message>
    <message>
        <source>Use the SQLite database at &lt;path&gt; instead of the default one.</source>
        <translation>Использовать базу данных SQLite по пути &lt;путь&gt; вместо базы по умолчанию.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>путь</translation>
    </message>
    <message>
        <source>Print the report as JSON (every file with its outcome).</source>
        <translation>Вывести отчёт в формате JSON (каждый файл с результатом).</translation>
    </message>
    <message>
        <source>Language: ru or en.</source>
        <translation>Язык: ru или en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <source>Usage: butterdesk kb import PATH... [--json]; see butterdesk kb --help.</source>
        <translation>Использование: butterdesk kb import ПУТЬ... [--json]; см. butterdesk kb --help.</translation>
    </message>
    <message>
        <source>No Markdown or text file was found in the paths given.</source>
        <translation>По указанным путям не найдено ни одного файла Markdown или текстового файла.</translation>
    </message>
</context>
<context>
    <name>bbd::KbImportDialog</name>
    <message>
        <source>Import Articles</source>
        <translation>Импорт статей</translation>
    </message>
    <message>
        <source>Looking for Markdown and text files…</source>
        <translation>Поиск файлов Markdown и текстовых файлов…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Article or reason</source>
        <translation>Статья или причина</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Importing: %1 of %2 files…</source>
        <translation>Импорт: файл %1 из %2…</translation>
    </message>
    <message>
        <source>Cancelling after the current file…</source>
        <translation>Отмена: импорт остановится после текущего файла…</translation>
    </message>
</context>
<context>
    <name>bbd::KbImportReport</name>
    <message>
        <source>imported</source>
        <translation>импортирован</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>обновлён</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>отклонён</translation>
    </message>
    <message>
        <source>Files: %1 — imported %2, updated %3, unchanged %4, rejected %5.</source>
        <translation>Файлов: %1 — импортировано: %2, обновлено: %3, без изменений: %4, отклонено: %5.</translation>
    </message>
    <message>
        <source>The import was cancelled; the files listed were done, the rest not read.</source>
        <translation>Импорт отменён: перечисленные файлы обработаны, остальные не прочитаны.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>bbd::KbImporter</name>
    <message>
        <source>Cannot be read: %1</source>
        <translation>Не удаётся прочитать: %1</translation>
    </message>
    <message>
        <source>Too large for an article (%1 MB; at most %2 MB).</source>
        <translation>Слишком большой для статьи (%1 МБ; допускается не более %2 МБ).</translation>
    </message>
    <message>
        <source>Not valid UTF-16 text.</source>
        <translation>Недопустимый текст в UTF-16.</translation>
    </message>
    <message>
        <source>Not a text file (binary content).</source>
        <translation>Не текстовый файл (двоичное содержимое).</translation>
    </message>
    <message>
        <source>Neither UTF-8 nor Windows-1251 text: save it as UTF-8.</source>
        <translation>Текст не в UTF-8 и не в Windows-1251: сохраните файл в UTF-8.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл пуст.</translation>
    </message>
    <message>
        <source>The file has a heading but no text.</source>
        <translation>В файле есть заголовок, но нет текста.</translation>
    </message>
    <message>
        <source>No such file or folder.</source>
        <translation>Такого файла или папки нет.</translation>
    </message>
    <message>
        <source>Not a Markdown (.md) or text (.txt) file.</source>
        <translation>Не файл Markdown (.md) и не текстовый файл (.txt).</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>База данных %1 не существует.</translation>
    </message>
    <message>
        <source>Cannot open the database: %1</source>
        <translation>Не удаётся открыть базу данных: %1</translation>
    </message>
    <message>
        <source>Cannot configure the database: %1</source>
        <translation>Не удаётся настроить базу данных: %1</translation>
    </message>
</context>
<context>
    <name>bbd::KbStatsView</name>
    <message>
        <source>Most viewed articles</source>
        <translation>Самые просматриваемые статьи</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Просмотры</translation>
    </message>
    <message>
        <source>Useful</source>
        <translation>Полезна</translation>
    </message>
    <message>
        <source>Least useful articles</source>
        <translation>Наименее полезные статьи</translation>
    </message>
    <message>
        <source>By the share of readers who answered &quot;No&quot; to &quot;Was this useful?&quot;, among articles with at least %1 answers.</source>
        <translation>По доле читателей, ответивших «Нет» на вопрос «Статья была полезной?», среди статей, у которых не меньше %1 ответов.</translation>
    </message>
    <message>
        <source>Not useful</source>
        <translation>Не полезна</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Ответов</translation>
    </message>
</context>
<context>
    <name>bbd::KbStore</name>
    <message>
        <source>An article needs a title.</source>
        <translation>У статьи должно быть название.</translation>
    </message>
    <message>
        <source>An article needs some text.</source>
        <translation>В статье должен быть текст.</translation>
    </message>
    <message>
        <source>The article no longer exists (it may have been deleted).</source>
        <translation>Статьи больше нет (возможно, её удалили).</translation>
    </message>
    <message>
        <source>There is no such earlier version.</source>
        <translation>Такой предыдущей версии нет.</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>Название: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Метки: %1</translation>
    </message>
</context>
<context>
    <name>bbd::KnowledgeBasePane</name>
    <message>
        <source>Search articles (Ctrl+F)</source>
        <translation>Поиск по статьям (Ctrl+F)</translation>
    </message>
    <message>
        <source>Updated from</source>
        <translation>Обновлены с</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Создать…</translation>
    </message>
    <message>
        <source>New article (Ctrl+N)</source>
        <translation>Новая статья (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Edit the article (F2, Enter)</source>
        <translation>Изменить статью (F2, Enter)</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>Ис&amp;тория…</translation>
    </message>
    <message>
        <source>Earlier versions, what changed, restore</source>
        <translation>Прежние версии, что изменилось, восстановление</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Import Files…</source>
        <translation>Импорт файлов…</translation>
    </message>
    <message>
        <source>Markdown (.md) and text (.txt) files</source>
        <translation>Файлы Markdown (.md) и текстовые файлы (.txt)</translation>
    </message>
    <message>
        <source>Import Folder…</source>
        <translation>Импорт папки…</translation>
    </message>
    <message>
        <source>Every Markdown and text file of a folder and its subfolders, e.g. an exported wiki</source>
        <translation>Все файлы Markdown и текстовые файлы папки и её вложенных папок, например выгруженной вики</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>База знаний</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Все метки</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Все отделы</translation>
    </message>
    <message>
        <source>The knowledge base is empty. The assistant answers questions from these articles, so it has nothing to say until some are written or imported (Import Folder… loads a whole wiki).</source>
        <translation>База знаний пуста. Ассистент отвечает на вопросы по этим статьям, поэтому, пока их не напишут или не импортируют, ему нечего сказать («Импорт папки…» загружает целую вики).</translation>
    </message>
    <message>
        <source>No article matches. Try fewer or shorter words, or other filters.</source>
        <translation>Подходящих статей нет. Попробуйте меньше слов, слова короче или другие фильтры.</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>обновлено %1</translation>
    </message>
    <message numerus="yes">
        <source>%n view(s)</source>
        <translation>
            <numerusform>%n просмотр</numerusform>
            <numerusform>%n просмотра</numerusform>
            <numerusform>%n просмотров</numerusform>
        </translation>
    </message>
    <message>
        <source>Thank you for your answer.</source>
        <translation>Спасибо за ответ.</translation>
    </message>
    <message>
        <source>Was this useful?</source>
        <translation>Статья была полезной?</translation>
    </message>
    <message>
        <source>Knowledge Base</source>
        <translation>База знаний</translation>
    </message>
    <message>
        <source>The answer was not saved: %1</source>
        <translation>Ответ не сохранён: %1</translation>
    </message>
    <message>
        <source>Thank you — glad it helped.</source>
        <translation>Спасибо — рады, что статья помогла.</translation>
    </message>
    <message>
        <source>Thank you — HR will see that this article needs work.</source>
        <translation>Спасибо — HR-специалисты увидят, что статью нужно доработать.</translation>
    </message>
    <message>
        <source>Delete Article</source>
        <translation>Удаление статьи</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;? Readers and the chat-bot will no longer find it.</source>
        <translation>Удалить статью «%1»? Читатели и чат-бот больше не смогут её найти.</translation>
    </message>
    <message>
        <source>The article was not deleted: %1</source>
        <translation>Статья не удалена: %1</translation>
    </message>
    <message>
        <source>Import Articles</source>
        <translation>Импорт статей</translation>
    </message>
    <message>
        <source>Markdown and text (*.md *.markdown *.txt);;All files (*)</source>
        <translation>Markdown и текст (*.md *.markdown *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Import a Folder of Articles</source>
        <translation>Импорт папки со статьями</translation>
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
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Candidates</source>
        <translation>&amp;Кандидаты</translation>
    </message>
    <message>
        <source>%1 needs its secret (Sync &gt; Integrations…): %2</source>
        <translation>Для %1 нужен секрет («Синхронизация &gt; Интеграции…»): %2</translation>
    </message>
    <message>
        <source>hh.ru responses</source>
        <translation>Отклики hh.ru</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>Син&amp;хронизация</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Синхронизировать сейчас</translation>
    </message>
    <message>
        <source>Send waiting changes and receive what changed on the platform</source>
        <translation>Отправить ожидающие изменения и получить изменения с платформы</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>&amp;Очередь отправки…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;Integrations…</source>
        <translation>&amp;Интеграции…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>How Jira, Zoom, Outlook, Slack and hh.ru answer, and where they are set up</source>
        <translation>Как отвечают Jira, Zoom, Outlook, Slack и hh.ru и где они настраиваются</translation>
    </message>
    <message>
        <source>Enter &amp;API Key…</source>
        <translation>Ввести &amp;API-ключ…</translation>
    </message>
    <message>
        <source>&amp;Full Resync…</source>
        <translation>&amp;Полная повторная синхронизация…</translation>
    </message>
    <message>
        <source>Receive every record from the platform again</source>
        <translation>Заново получить все записи с платформы</translation>
    </message>
    <message>
        <source>Sync stopped: %1</source>
        <translation>Синхронизация остановлена: %1</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-ключ</translation>
    </message>
    <message>
        <source>API key for %1 (stored in the system keychain only):</source>
        <translation>API-ключ для %1 (хранится только в хранилище паролей системы):</translation>
    </message>
    <message>
        <source>%1 did not accept the API key: %2

Enter the key again (stored in the system keychain only). Until then, changes wait in the outbox.</source>
        <translation>%1 не принимает API-ключ: %2

Введите ключ ещё раз (он хранится только в хранилище паролей системы). До тех пор изменения ждут в очереди отправки.</translation>
    </message>
    <message>
        <source>The key could not be stored, so it was not used: %1</source>
        <translation>Не удалось сохранить ключ, поэтому он не используется: %1</translation>
    </message>
    <message>
        <source>Sce&amp;nario</source>
        <translation>Сце&amp;нарий</translation>
    </message>
    <message>
        <source>As&amp;k the Assistant</source>
        <translation>&amp;Спросить ассистента</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>Open the chat and put the cursor in its question field</source>
        <translation>Открыть чат и поставить курсор в поле вопроса</translation>
    </message>
</context>
<context>
    <name>bbd::MergeDialog</name>
    <message>
        <source>not asked</source>
        <translation>не запрашивалось</translation>
    </message>
    <message>
        <source>asked</source>
        <translation>запрошено</translation>
    </message>
    <message>
        <source>given</source>
        <translation>получено</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>отказ</translation>
    </message>
    <message>
        <source>Merge candidates</source>
        <translation>Объединение кандидатов</translation>
    </message>
    <message>
        <source>A candidate cannot be merged with itself.</source>
        <translation>Нельзя объединить кандидата с самим собой.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keeps this card&lt;/b&gt;&lt;br&gt;%1 (#%2)</source>
        <translation>&lt;b&gt;Остаётся эта карточка&lt;/b&gt;&lt;br&gt;%1 (№%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Folds in this one&lt;/b&gt;&lt;br&gt;%1 (#%2)</source>
        <translation>&lt;b&gt;Присоединяется эта&lt;/b&gt;&lt;br&gt;%1 (№%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Both&lt;/b&gt;</source>
        <translation>&lt;b&gt;Обе&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Vacancy</source>
        <translation>Вакансия</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>both</source>
        <translation>обе</translation>
    </message>
    <message>
        <source>&lt;b&gt;Result&lt;/b&gt;</source>
        <translation>&lt;b&gt;Результат&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Both timelines and all attachments stay with the merged card. The merge can be undone.</source>
        <translation>Обе истории и все вложения сохраняются в объединённой карточке. Объединение можно отменить.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <source>vacancy #%1</source>
        <translation>вакансия №%1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 из 5</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>bbd::MergeService</name>
    <message>
        <source>A candidate cannot be merged with itself.</source>
        <translation>Нельзя объединить кандидата с самим собой.</translation>
    </message>
    <message>
        <source>One of the two candidates no longer exists; nothing was merged.</source>
        <translation>Одного из двух кандидатов больше не существует; ничего не объединено.</translation>
    </message>
    <message>
        <source>%1 has already been merged into another card; nothing was merged.</source>
        <translation>Кандидат %1 уже объединён с другой карточкой; ничего не объединено.</translation>
    </message>
    <message>
        <source>%1 has been deleted; nothing was merged.</source>
        <translation>Кандидат %1 удалён; ничего не объединено.</translation>
    </message>
    <message>
        <source>One of the candidates was changed while the merge was prepared; nothing was merged. Open the merge again to see the current values.</source>
        <translation>Один из кандидатов был изменён во время подготовки объединения; ничего не объединено. Откройте объединение заново, чтобы увидеть текущие значения.</translation>
    </message>
    <message>
        <source>Merged with %1 (card #%2)</source>
        <translation>Объединение с %1 (карточка №%2)</translation>
    </message>
    <message>
        <source>This merge is not in the history any more.</source>
        <translation>Этого объединения больше нет в истории.</translation>
    </message>
    <message>
        <source>This merge has already been undone.</source>
        <translation>Это объединение уже отменено.</translation>
    </message>
    <message>
        <source>A later merge involves these candidates; undo that merge first.</source>
        <translation>Эти кандидаты участвуют в более позднем объединении; сначала отмените его.</translation>
    </message>
    <message>
        <source>One of the two candidates no longer exists; the merge cannot be undone.</source>
        <translation>Одного из двух кандидатов больше не существует; объединение нельзя отменить.</translation>
    </message>
    <message>
        <source>%1 has been merged again since; undo that merge first.</source>
        <translation>Кандидат %1 с тех пор участвовал в другом объединении; сначала отмените его.</translation>
    </message>
    <message>
        <source>%1 was changed after the merge; undoing it now would discard those changes.</source>
        <translation>Кандидат %1 был изменён после объединения; если отменить объединение сейчас, эти изменения будут потеряны.</translation>
    </message>
</context>
<context>
    <name>bbd::MessageDialog</name>
    <message>
        <source>Message to the candidate</source>
        <translation>Сообщение кандидату</translation>
    </message>
    <message numerus="yes">
        <source>Message to %n candidate(s)</source>
        <translation>
            <numerusform>Сообщение %n кандидату</numerusform>
            <numerusform>Сообщение %n кандидатам</numerusform>
            <numerusform>Сообщение %n кандидатам</numerusform>
        </translation>
    </message>
    <message>
        <source>SMS: %1</source>
        <translation>SMS: %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>Эл. почта: %1</translation>
    </message>
    <message>
        <source>for example: 25 November at 15:00</source>
        <translation>например: 25 ноября в 15:00</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Шаблон:</translation>
    </message>
    <message>
        <source>&amp;Interview time:</source>
        <translation>&amp;Время собеседования:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Кому:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Отправить</translation>
    </message>
    <message>
        <source>Queue for delivery; it goes out as soon as the mail service is reachable, and appears in the candidate&apos;s timeline now.</source>
        <translation>Поставить в очередь отправки: сообщение уйдёт, как только почтовый сервис станет доступен, а в истории кандидата появится сразу.</translation>
    </message>
    <message>
        <source>Open in &amp;mail client</source>
        <translation>Открыть в &amp;почтовом клиенте</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>&amp;Копировать текст</translation>
    </message>
    <message>
        <source>There are no message templates yet. Create one in Candidates → Message templates.</source>
        <translation>Шаблонов сообщений пока нет. Создайте шаблон в меню «Кандидаты → Шаблоны сообщений».</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n кандидат</numerusform>
            <numerusform>%n кандидата</numerusform>
            <numerusform>%n кандидатов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them cannot get this message:</source>
        <translation>
            <numerusform>Это сообщение не может получить %n из них:</numerusform>
            <numerusform>Это сообщение не могут получить %n из них:</numerusform>
            <numerusform>Это сообщение не могут получить %n из них:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Send to %n</source>
        <translation>
            <numerusform>&amp;Отправить (%n)</numerusform>
            <numerusform>&amp;Отправить (%n)</numerusform>
            <numerusform>&amp;Отправить (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) could not be queued:</source>
        <translation>
            <numerusform>Не удалось поставить в очередь %n сообщение:</numerusform>
            <numerusform>Не удалось поставить в очередь %n сообщения:</numerusform>
            <numerusform>Не удалось поставить в очередь %n сообщений:</numerusform>
        </translation>
    </message>
    <message>
        <source>No mail client answered. Use Copy text and paste the message where you write e-mail.</source>
        <translation>Почтовый клиент не ответил. Нажмите «Копировать текст» и вставьте сообщение туда, где вы пишете письма.</translation>
    </message>
</context>
<context>
    <name>bbd::MessageService</name>
    <message>
        <source>A template needs a name and a text.</source>
        <translation>У шаблона должны быть название и текст.</translation>
    </message>
    <message>
        <source>Unknown placeholders: %1. Known ones: %2.</source>
        <translation>Неизвестные подстановки: %1. Допустимые: %2.</translation>
    </message>
    <message>
        <source>{%1} is not a placeholder this app knows.</source>
        <translation>{%1} — неизвестная подстановка.</translation>
    </message>
    <message>
        <source>{%1} has no value for this candidate.</source>
        <translation>У этого кандидата нет значения для {%1}.</translation>
    </message>
    <message>
        <source>The candidate has no e-mail address.</source>
        <translation>У кандидата нет адреса эл. почты.</translation>
    </message>
    <message>
        <source>The candidate has no valid phone number.</source>
        <translation>У кандидата нет корректного номера телефона.</translation>
    </message>
    <message>
        <source>The subject is empty.</source>
        <translation>Не указана тема.</translation>
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
    <name>bbd::MoveCandidatesCommand</name>
    <message>
        <source>Move %1 to %2</source>
        <translation>перемещение на этап «%2»: %1</translation>
    </message>
</context>
<context>
    <name>bbd::MoveStagesCommand</name>
    <message>
        <source>Move Stage “%1”</source>
        <translation>перемещение этапа «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Move %n Stages</source>
        <translation>
            <numerusform>перемещение: %n этап</numerusform>
            <numerusform>перемещение: %n этапа</numerusform>
            <numerusform>перемещение: %n этапов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bbd::NetworkJob</name>
    <message>
        <source>The server did not answer within %1 seconds.</source>
        <translation>Сервер не ответил за %1 с.</translation>
    </message>
    <message>
        <source>No connection to the server: %1</source>
        <translation>Нет соединения с сервером: %1</translation>
    </message>
    <message>
        <source>The connection closed before the whole answer arrived.</source>
        <translation>Соединение закрылось раньше, чем пришёл весь ответ.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>Не удалось прочитать ответ сервера.</translation>
    </message>
    <message>
        <source>The server answered %1 %2.</source>
        <translation>Сервер ответил: %1 %2.</translation>
    </message>
</context>
<context>
    <name>bbd::NoticeDialog</name>
    <message>
        <source>Outage Notice to New Hires</source>
        <translation>Уведомление новым сотрудникам о сбое</translation>
    </message>
    <message>
        <source>E-mail to each new hire (Outlook)</source>
        <translation>Письмо каждому новому сотруднику (Outlook)</translation>
    </message>
    <message>
        <source>One message to the Slack channel</source>
        <translation>Одно сообщение в канал Slack</translation>
    </message>
    <message>
        <source>Russian and English</source>
        <translation>Русский и английский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>%1 — no e-mail address</source>
        <translation>%1 — нет адреса эл. почты</translation>
    </message>
    <message>
        <source>Send &amp;through:</source>
        <translation>&amp;Способ отправки:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;New hires:</source>
        <translation>&amp;Новые сотрудники:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>&amp;Отправить…</translation>
    </message>
    <message>
        <source>One message goes to the Slack channel of the webhook set up in Sync &gt; Integrations.</source>
        <translation>Одно сообщение уйдёт в канал Slack, вебхук которого настроен в меню «Синхронизация &gt; Интеграции».</translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s) will be sent through Outlook, one per person.</source>
        <translation>
            <numerusform>%n письмо будет отправлено через Outlook, по одному на человека.</numerusform>
            <numerusform>%n письма будут отправлены через Outlook, по одному на человека.</numerusform>
            <numerusform>%n писем будет отправлено через Outlook, по одному на человека.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send the notice to the Slack channel now?</source>
        <translation>Отправить уведомление в канал Slack сейчас?</translation>
    </message>
    <message numerus="yes">
        <source>Send the notice by e-mail to %n new hire(s) now?</source>
        <translation>
            <numerusform>Отправить уведомление по эл. почте %n новому сотруднику сейчас?</numerusform>
            <numerusform>Отправить уведомление по эл. почте %n новым сотрудникам сейчас?</numerusform>
            <numerusform>Отправить уведомление по эл. почте %n новым сотрудникам сейчас?</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages wait in the outbox until the service answers.</source>
        <translation>Сообщения ждут в очереди отправки, пока сервис не ответит.</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Ничего не отправлено: %1</translation>
    </message>
</context>
<context>
    <name>bbd::OutboxDialog</name>
    <message>
        <source>Outbox</source>
        <translation>Очередь отправки</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <source>Not delivered yet</source>
        <translation>Ещё не доставленные</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>С ошибкой</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Доставленные</translation>
    </message>
    <message>
        <source>Nothing is waiting. Changes made here are sent to the platform and the connected services in the background; anything that cannot be delivered shows up here.</source>
        <translation>Ничего не ожидает отправки. Изменения, сделанные здесь, отправляются на платформу и в подключённые сервисы в фоновом режиме; всё, что не удаётся доставить, появляется здесь.</translation>
    </message>
    <message>
        <source>Select a row to see the request and the server&apos;s answer.</source>
        <translation>Выберите строку, чтобы увидеть запрос и ответ сервера.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Put the failed request back in the queue and send it now</source>
        <translation>Вернуть неудавшийся запрос в очередь и отправить его сейчас</translation>
    </message>
    <message>
        <source>Re&amp;solve…</source>
        <translation>&amp;Разрешить…</translation>
    </message>
    <message>
        <source>Compare your version with the server&apos;s and choose field by field</source>
        <translation>Сравнить вашу версию с версией на сервере и выбрать значения по каждому полю</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Отбросить…</translation>
    </message>
    <message>
        <source>Remove the request: it will never be sent</source>
        <translation>Удалить запрос: он никогда не будет отправлен</translation>
    </message>
    <message>
        <source>Waiting: %1 · Failed: %2 · Conflicts: %3</source>
        <translation>Ожидают: %1 · С ошибкой: %2 · Конфликты: %3</translation>
    </message>
    <message>
        <source>Server&apos;s answer: %1</source>
        <translation>Ответ сервера: %1</translation>
    </message>
    <message>
        <source>Discard &quot;%1&quot;? It will never reach %2, and this cannot be undone.</source>
        <translation>Отбросить «%1»? Запрос никогда не будет доставлен (%2), и это действие нельзя отменить.</translation>
    </message>
    <message numerus="yes">
        <source>%n later change(s) of the same record stay in the outbox and will be sent without this one.</source>
        <translation>
            <numerusform>%n более позднее изменение той же записи остаётся в очереди отправки и будет отправлено без этого.</numerusform>
            <numerusform>%n более поздних изменения той же записи остаются в очереди отправки и будут отправлены без этого.</numerusform>
            <numerusform>%n более поздних изменений той же записи остаются в очереди отправки и будут отправлены без этого.</numerusform>
        </translation>
    </message>
    <message>
        <source>The record was never created on the server, so the later changes of it will fail too.</source>
        <translation>Запись так и не была создана на сервере, поэтому её более поздние изменения тоже завершатся ошибкой.</translation>
    </message>
    <message>
        <source>Discard a change</source>
        <translation>Отбросить изменение</translation>
    </message>
</context>
<context>
    <name>bbd::OutboxDispatcher</name>
    <message>
        <source>The record this change belongs to was never created on the server (its creation was discarded).</source>
        <translation>Запись, к которой относится это изменение, так и не была создана на сервере (её создание было отброшено).</translation>
    </message>
    <message>
        <source>The address this service is reached at is not stored yet.</source>
        <translation>Адрес этого сервиса ещё не сохранён.</translation>
    </message>
</context>
<context>
    <name>bbd::OutboxQueue</name>
    <message>
        <source>This item is no longer waiting in the outbox.</source>
        <translation>Этой записи больше нет в очереди отправки.</translation>
    </message>
</context>
<context>
    <name>bbd::OutboxTableModel</name>
    <message>
        <source>Service</source>
        <translation>Сервис</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <source>Butterboard platform</source>
        <translation>Платформа Butterboard</translation>
    </message>
    <message>
        <source>Outlook mail</source>
        <translation>Почта Outlook</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Отправляется</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Конфликт</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Доставлено</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Jira task</source>
        <translation>Задача Jira</translation>
    </message>
    <message>
        <source>Zoom meeting</source>
        <translation>Встреча Zoom</translation>
    </message>
    <message>
        <source>Slack message</source>
        <translation>Сообщение Slack</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>SMS-сообщение</translation>
    </message>
    <message>
        <source>New employee account</source>
        <translation>Учётная запись нового сотрудника</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Создание</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удаление</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>кандидата</translation>
    </message>
    <message>
        <source>vacancy</source>
        <translation>вакансии</translation>
    </message>
    <message>
        <source>employee</source>
        <translation>сотрудника</translation>
    </message>
    <message>
        <source>assignment</source>
        <translation>назначения</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>&quot;Create candidate&quot;, &quot;Update vacancy&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Failed, retried at %1</source>
        <translation>Ошибка, повтор в %1</translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
</context>
<context>
    <name>bbd::PassageIndex</name>
    <message>
        <source>Cannot read the assistant&apos;s index: %1</source>
        <translation>Не удалось прочитать индекс ассистента: %1</translation>
    </message>
    <message>
        <source>Cannot start updating the assistant&apos;s index: %1</source>
        <translation>Не удалось начать обновление индекса ассистента: %1</translation>
    </message>
    <message>
        <source>Cannot prepare the assistant&apos;s index: %1</source>
        <translation>Не удалось подготовить индекс ассистента: %1</translation>
    </message>
    <message>
        <source>Cannot update the assistant&apos;s index: %1</source>
        <translation>Не удалось обновить индекс ассистента: %1</translation>
    </message>
    <message>
        <source>Cannot save the assistant&apos;s index: %1</source>
        <translation>Не удалось сохранить индекс ассистента: %1</translation>
    </message>
    <message>
        <source>Cannot search the assistant&apos;s index: %1</source>
        <translation>Не удалось выполнить поиск по индексу ассистента: %1</translation>
    </message>
</context>
<context>
    <name>bbd::PersonCard</name>
    <message>
        <source>%1 (not valid)</source>
        <translation>%1 (неверный)</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Позвонить</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid phone number, so it cannot be called.</source>
        <translation>«%1» — неверный номер телефона, позвонить по нему нельзя.</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Написать</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>«%1» — не адрес электронной почты.</translation>
    </message>
    <message>
        <source>No phone or e-mail: reach %1 through Slack.</source>
        <translation>Нет ни телефона, ни почты: свяжитесь с %1 через Slack.</translation>
    </message>
</context>
<context>
    <name>bbd::PersonListModel</name>
    <message>
        <source>Not a valid phone number, kept as typed: it cannot be called.</source>
        <translation>Неверный номер телефона, сохранён как введён: позвонить по нему нельзя.</translation>
    </message>
    <message>
        <source>%1 (not valid)</source>
        <translation>%1 (неверный)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1 (+%2)</translation>
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
    <name>bbd::PipelineDialog</name>
    <message>
        <source>New vacancy</source>
        <translation>Новая вакансия</translation>
    </message>
    <message>
        <source>Vacancy and pipeline</source>
        <translation>Вакансия и воронка</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыта</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Приостановлена</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыта</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Отдел:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Переименовать…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Переместить &amp;вверх</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Переместить вни&amp;з</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Промежуточный</translation>
    </message>
    <message>
        <source>Final: hired</source>
        <translation>Итоговый: нанят</translation>
    </message>
    <message>
        <source>Final: rejected (asks for a reason)</source>
        <translation>Итоговый: отказ (запрашивается причина)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>&amp;Folded on the board</source>
        <translation>Свё&amp;рнут на доске</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>Stuck &amp;after:</source>
        <translation>Считать застрявшим &amp;через:</translation>
    </message>
    <message>
        <source>Pipeline (the columns of the board)</source>
        <translation>Воронка (столбцы доски)</translation>
    </message>
    <message>
        <source>A new vacancy starts with the usual pipeline; edit it after creating the vacancy.</source>
        <translation>Новая вакансия создаётся со стандартной воронкой; её можно изменить после создания вакансии.</translation>
    </message>
    <message>
        <source> — hired</source>
        <translation> — найм</translation>
    </message>
    <message>
        <source> — rejected</source>
        <translation> — отказ</translation>
    </message>
    <message>
        <source> (folded)</source>
        <translation> (свёрнут)</translation>
    </message>
    <message numerus="yes">
        <source> · %n candidate(s)</source>
        <translation>
            <numerusform> · %n кандидат</numerusform>
            <numerusform> · %n кандидата</numerusform>
            <numerusform> · %n кандидатов</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a stage</source>
        <translation>Добавление этапа</translation>
    </message>
    <message>
        <source>Stage name:</source>
        <translation>Название этапа:</translation>
    </message>
    <message>
        <source>Rename the stage</source>
        <translation>Переименование этапа</translation>
    </message>
    <message>
        <source>Remove the stage</source>
        <translation>Удаление этапа</translation>
    </message>
    <message>
        <source>Remove the stage &quot;%1&quot; from the pipeline?</source>
        <translation>Удалить этап «%1» из воронки?</translation>
    </message>
</context>
<context>
    <name>bbd::PlatformResources</name>
    <message>
        <source>Unknown resource %1.</source>
        <translation>Неизвестный ресурс %1.</translation>
    </message>
    <message>
        <source>The server sent a %1 record without an id.</source>
        <translation>Сервер прислал запись %1 без идентификатора.</translation>
    </message>
</context>
<context>
    <name>bbd::PlatformSync</name>
    <message>
        <source>Sending changes…</source>
        <translation>Отправка изменений…</translation>
    </message>
    <message>
        <source>Receiving %1…</source>
        <translation>Получение: %1…</translation>
    </message>
    <message>
        <source>Receiving %1: %2</source>
        <translation>Получение: %1, %2</translation>
    </message>
</context>
<context>
    <name>bbd::ProblemListModel</name>
    <message>
        <source>Whole scenario</source>
        <translation>Весь сценарий</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
</context>
<context>
    <name>bbd::ProgressPane</name>
    <message>
        <source>New hires&apos; progress</source>
        <translation>Прогресс новых сотрудников</translation>
    </message>
    <message>
        <source>Open stages</source>
        <translation>Открытые этапы</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просроченные</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполненные</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Mark &amp;Done</source>
        <translation>Отметить в&amp;ыполненным</translation>
    </message>
    <message>
        <source>Complete the stage and send what it starts on completion (a Jira task, a message)</source>
        <translation>Завершить этап и отправить то, что он запускает при завершении (задачу Jira, сообщение)</translation>
    </message>
    <message>
        <source>Schedule &amp;Meeting…</source>
        <translation>Назначить &amp;встречу…</translation>
    </message>
    <message>
        <source>Create a Zoom meeting for the stage with the new hire invited</source>
        <translation>Создать встречу Zoom для этапа и пригласить нового сотрудника</translation>
    </message>
    <message>
        <source>&amp;Open Meeting Link</source>
        <translation>&amp;Открыть ссылку на встречу</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Отметка о выполнении</translation>
    </message>
    <message numerus="yes">
        <source>Stage done; %n action(s) queued.</source>
        <translation>
            <numerusform>Этап выполнен; в очередь поставлено %n действие.</numerusform>
            <numerusform>Этап выполнен; в очередь поставлено %n действия.</numerusform>
            <numerusform>Этап выполнен; в очередь поставлено %n действий.</numerusform>
        </translation>
    </message>
    <message>
        <source>Schedule a meeting</source>
        <translation>Назначение встречи</translation>
    </message>
    <message>
        <source>Zoom meeting for “%1” with %2.</source>
        <translation>Встреча Zoom по этапу «%1», участник: %2.</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Начало:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Длительность:</translation>
    </message>
    <message>
        <source>Onboarding meetings work best at 30 to 60 minutes; the length is brought into that range.</source>
        <translation>Встречи онбординга лучше всего проводить продолжительностью от 30 до 60 минут; длительность приводится к этому диапазону.</translation>
    </message>
    <message>
        <source>Meeting queued; its join link appears here once Zoom has created it.</source>
        <translation>Встреча поставлена в очередь; ссылка для подключения появится здесь, когда Zoom её создаст.</translation>
    </message>
    <message>
        <source>&amp;Follow:</source>
        <translation>&amp;Группировка:</translation>
    </message>
    <message>
        <source>Each new hire</source>
        <translation>По новым сотрудникам</translation>
    </message>
    <message>
        <source>Each scenario</source>
        <translation>По сценариям</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <source>Show &amp;Everyone</source>
        <translation>Показать вс&amp;ех</translation>
    </message>
    <message>
        <source>Nobody is onboarding right now. Assign a scenario to a new hire (from the hiring flow in Candidates, or from the scenario) and their stages appear here with their dates; each stage starts by itself on its day.</source>
        <translation>Сейчас никто не проходит онбординг. Назначьте сценарий новому сотруднику (при найме в разделе «Кандидаты» или из самого сценария), и его этапы появятся здесь со сроками; каждый этап начинается сам в свой день.</translation>
    </message>
    <message>
        <source>Stages of everyone</source>
        <translation>Этапы всех сотрудников</translation>
    </message>
    <message>
        <source>Stages of %1</source>
        <translation>Этапы: %1</translation>
    </message>
    <message>
        <source>What “%1” sent and what the services answered</source>
        <translation>Что отправил этап «%1» и что ответили сервисы</translation>
    </message>
    <message>
        <source>What the stage sent</source>
        <translation>Что отправил этап</translation>
    </message>
    <message>
        <source>Select a stage to see the tasks, meetings and messages it sent.</source>
        <translation>Выберите этап, чтобы увидеть отправленные им задачи, встречи и сообщения.</translation>
    </message>
    <message>
        <source>This stage could not start by itself: %1 It is tried again while the app runs.</source>
        <translation>Этап не удалось запустить автоматически: %1 Пока приложение работает, попытки повторяются.</translation>
    </message>
    <message>
        <source>Nothing sent yet: the stage sends its tasks and messages when it starts or when it is marked done.</source>
        <translation>Пока ничего не отправлено: этап отправляет свои задачи и сообщения при начале или когда его отмечают выполненным.</translation>
    </message>
    <message>
        <source>This stage sends nothing to other services.</source>
        <translation>Этот этап ничего не отправляет в другие сервисы.</translation>
    </message>
</context>
<context>
    <name>bbd::ProgressSummaryModel</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Прогресс</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Ближайший срок</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>Выполнено %1 из %2</translation>
    </message>
    <message>
        <source>All done</source>
        <translation>Всё выполнено</translation>
    </message>
</context>
<context>
    <name>bbd::RejectionReasonDialog</name>
    <message>
        <source>Rejection reason</source>
        <translation>Причина отказа</translation>
    </message>
    <message numerus="yes">
        <source>Why are %n candidate(s) moved to &quot;%1&quot;?</source>
        <translation>
            <numerusform>Почему %n кандидат перемещается на этап «%1»?</numerusform>
            <numerusform>Почему %n кандидата перемещаются на этап «%1»?</numerusform>
            <numerusform>Почему %n кандидатов перемещаются на этап «%1»?</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick or type a reason</source>
        <translation>Выберите или введите причину</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Отказать</translation>
    </message>
    <message>
        <source>Not enough experience</source>
        <translation>Недостаточно опыта</translation>
    </message>
    <message>
        <source>Salary expectations too high</source>
        <translation>Слишком высокие зарплатные ожидания</translation>
    </message>
    <message>
        <source>Did not pass the interview</source>
        <translation>Не прошёл собеседование</translation>
    </message>
    <message>
        <source>Declined our offer</source>
        <translation>Отказ от нашего предложения</translation>
    </message>
    <message>
        <source>Stopped responding</source>
        <translation>Не выходит на связь</translation>
    </message>
    <message>
        <source>Position already filled</source>
        <translation>Вакансия уже закрыта</translation>
    </message>
    <message>
        <source>Did not show up</source>
        <translation>Не пришёл на собеседование</translation>
    </message>
</context>
<context>
    <name>bbd::RemoveItemsCommand</name>
    <message>
        <source>Delete Stage “%1”</source>
        <translation>удаление этапа «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Links</source>
        <translation>
            <numerusform>удаление: %n связь</numerusform>
            <numerusform>удаление: %n связи</numerusform>
            <numerusform>удаление: %n связей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Stages</source>
        <translation>
            <numerusform>удаление: %n этап</numerusform>
            <numerusform>удаление: %n этапа</numerusform>
            <numerusform>удаление: %n этапов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bbd::ReorderCandidatesCommand</name>
    <message>
        <source>Reorder %1</source>
        <translation>изменение порядка: %1</translation>
    </message>
</context>
<context>
    <name>bbd::ResourcePuller</name>
    <message>
        <source>The pulled records could not be saved: %1</source>
        <translation>Не удалось сохранить полученные записи: %1</translation>
    </message>
</context>
<context>
    <name>bbd::RetentionDialog</name>
    <message>
        <source>Personal data past the retention period</source>
        <translation>Персональные данные с истёкшим сроком хранения</translation>
    </message>
    <message>
        <source>Candidates who were not hired and whose cards have not changed for longer than the retention period. Anonymising erases their personal data and keeps what the hiring figures need.</source>
        <translation>Кандидаты, которые не были наняты и чьи карточки не менялись дольше срока хранения. Обезличивание удаляет их персональные данные и сохраняет то, что нужно для показателей найма.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>выкл.</translation>
    </message>
    <message>
        <source>For this review only; the usual period is set in Settings.</source>
        <translation>Только для этой проверки; обычный срок задаётся в настройках.</translation>
    </message>
    <message>
        <source>&amp;Unchanged for longer than:</source>
        <translation>&amp;Без изменений дольше:</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Выбрать &amp;все</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>&amp;Снять выбор</translation>
    </message>
    <message>
        <source> month</source>
        <translation> мес.</translation>
    </message>
    <message>
        <source> months</source>
        <translation> мес.</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Кандидат</translation>
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
        <source>Last change</source>
        <translation>Последнее изменение</translation>
    </message>
    <message>
        <source>The review is off (0 months): no candidate is offered for anonymisation. Set a period to see whose data has been kept longer.</source>
        <translation>Проверка отключена (0 месяцев): кандидаты для обезличивания не предлагаются. Задайте срок, чтобы увидеть, чьи данные хранятся дольше.</translation>
    </message>
    <message>
        <source>The candidates could not be read: %1</source>
        <translation>Не удалось прочитать кандидатов: %1</translation>
    </message>
    <message numerus="yes">
        <source>Nothing is due: no candidate&apos;s data has been kept unchanged for longer than %n months.</source>
        <translation>
            <numerusform>Обезличивать некого: ничьи данные не хранятся без изменений дольше %n месяца.</numerusform>
            <numerusform>Обезличивать некого: ничьи данные не хранятся без изменений дольше %n месяцев.</numerusform>
            <numerusform>Обезличивать некого: ничьи данные не хранятся без изменений дольше %n месяцев.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n…</source>
        <translation>
            <numerusform>Обезличить (%n)…</numerusform>
            <numerusform>Обезличить (%n)…</numerusform>
            <numerusform>Обезличить (%n)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymise candidates</source>
        <translation>Обезличивание кандидатов</translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n candidate(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Обезличить %n кандидата? Это действие нельзя отменить.</numerusform>
            <numerusform>Обезличить %n кандидатов? Это действие нельзя отменить.</numerusform>
            <numerusform>Обезличить %n кандидатов? Это действие нельзя отменить.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erased: names, phone numbers, e-mail addresses, notes, tags, rejection reasons, attached files and the texts of timeline entries.

Kept for the hiring figures: vacancy, stage, source and dates.</source>
        <translation>Будут удалены: ФИО, номера телефонов, адреса эл. почты, заметки, метки, причины отказа, вложенные файлы и тексты записей истории.

Для показателей найма сохраняются: вакансия, этап, источник и даты.</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Обезличить</translation>
    </message>
    <message>
        <source>Nothing was anonymised: %1</source>
        <translation>Ничего не обезличено: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) anonymised.</source>
        <translation>
            <numerusform>Обезличен %n кандидат.</numerusform>
            <numerusform>Обезличено %n кандидата.</numerusform>
            <numerusform>Обезличено %n кандидатов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bbd::RetentionService</name>
    <message>
        <source>Anonymised candidate #%1</source>
        <translation>Обезличенный кандидат №%1</translation>
    </message>
</context>
<context>
    <name>bbd::SavedFilters</name>
    <message>
        <source>Could not read the saved filters: %1</source>
        <translation>Не удалось прочитать сохранённые фильтры: %1</translation>
    </message>
    <message>
        <source>A saved filter needs a name.</source>
        <translation>У сохранённого фильтра должно быть название.</translation>
    </message>
    <message>
        <source>Could not save the filter: %1</source>
        <translation>Не удалось сохранить фильтр: %1</translation>
    </message>
    <message>
        <source>A saved filter named &quot;%1&quot; already exists.</source>
        <translation>Сохранённый фильтр «%1» уже существует.</translation>
    </message>
    <message>
        <source>Could not delete the saved filter: %1</source>
        <translation>Не удалось удалить сохранённый фильтр: %1</translation>
    </message>
</context>
<context>
    <name>bbd::ScenarioAssigner</name>
    <message>
        <source>Nobody was assigned.</source>
        <translation>Сценарий никому не назначен.</translation>
    </message>
    <message numerus="yes">
        <source>Assigned to %n new hire(s).</source>
        <translation>
            <numerusform>Сценарий назначен %n новому сотруднику.</numerusform>
            <numerusform>Сценарий назначен %n новым сотрудникам.</numerusform>
            <numerusform>Сценарий назначен %n новым сотрудникам.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped: %1.</source>
        <translation>
            <numerusform>Пропущен %n сотрудник: %1.</numerusform>
            <numerusform>Пропущено %n сотрудника: %1.</numerusform>
            <numerusform>Пропущено %n сотрудников: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The start date is not set.</source>
        <translation>Дата выхода на работу не указана.</translation>
    </message>
    <message>
        <source>There is no scenario #%1 (it may have been deleted).</source>
        <translation>Сценарий №%1 не найден (возможно, он удалён).</translation>
    </message>
    <message>
        <source>“%1” is a template: insert it into a scenario and assign that.</source>
        <translation>«%1» — это шаблон: вставьте его в сценарий и назначьте сценарий.</translation>
    </message>
    <message>
        <source>“%1” cannot be assigned until these are fixed: %2</source>
        <translation>Сценарий «%1» нельзя назначить, пока не исправлено следующее: %2</translation>
    </message>
    <message>
        <source>#%1: no such employee</source>
        <translation>№%1: такого сотрудника нет</translation>
    </message>
    <message>
        <source>%1: no start date yet</source>
        <translation>%1: дата выхода ещё не указана</translation>
    </message>
    <message>
        <source>%1: already follows “%2”</source>
        <translation>%1: уже проходит «%2»</translation>
    </message>
    <message>
        <source>Nobody was assigned: writing the assignment of %1 failed (%2).</source>
        <translation>Сценарий никому не назначен: не удалось записать назначение для %1 (%2).</translation>
    </message>
    <message>
        <source>Nobody was assigned: %1</source>
        <translation>Сценарий никому не назначен: %1</translation>
    </message>
</context>
<context>
    <name>bbd::ScenarioEditor</name>
    <message>
        <source>Stages</source>
        <translation>Этапы</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Свойства</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <source>&amp;Save Scenario</source>
        <translation>&amp;Сохранить сценарий</translation>
    </message>
    <message>
        <source>&amp;Revert to Saved</source>
        <translation>Вернуть со&amp;хранённую версию</translation>
    </message>
    <message>
        <source>&amp;Import from File…</source>
        <translation>&amp;Импорт из файла…</translation>
    </message>
    <message>
        <source>&amp;Export to File…</source>
        <translation>&amp;Экспорт в файл…</translation>
    </message>
    <message>
        <source>Export as &amp;Image…</source>
        <translation>Экспорт в и&amp;зображение…</translation>
    </message>
    <message>
        <source>Export as &amp;PDF…</source>
        <translation>Экспорт в &amp;PDF…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Insert &amp;Template</source>
        <translation>Вставить &amp;шаблон</translation>
    </message>
    <message>
        <source>Save Selected Stages as Template…</source>
        <translation>Сохранить выбранные этапы как шаблон…</translation>
    </message>
    <message>
        <source>Save Scenario as Template…</source>
        <translation>Сохранить сценарий как шаблон…</translation>
    </message>
    <message>
        <source>&amp;Assign to New Hires…</source>
        <translation>&amp;Назначить новым сотрудникам…</translation>
    </message>
    <message>
        <source>Untitled scenario</source>
        <translation>Сценарий без названия</translation>
    </message>
    <message>
        <source>%1 (not saved yet)</source>
        <translation>%1 (ещё не сохранён)</translation>
    </message>
    <message>
        <source>%1 — revision %2</source>
        <translation>%1 — редакция %2</translation>
    </message>
    <message>
        <source>No problems: the scenario can be assigned.</source>
        <translation>Проблем нет: сценарий можно назначать.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s); the scenario can still be assigned.</source>
        <translation>
            <numerusform>%n предупреждение; сценарий всё равно можно назначить.</numerusform>
            <numerusform>%n предупреждения; сценарий всё равно можно назначить.</numerusform>
            <numerusform>%n предупреждений; сценарий всё равно можно назначить.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2: fix the errors before assigning it.</source>
        <translation>%1 и %2: исправьте ошибки, прежде чем назначать сценарий.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n ошибка</numerusform>
            <numerusform>%n ошибки</numerusform>
            <numerusform>%n ошибок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n предупреждение</numerusform>
            <numerusform>%n предупреждения</numerusform>
            <numerusform>%n предупреждений</numerusform>
        </translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>Новый сценарий</translation>
    </message>
    <message>
        <source>Unsaved Scenario</source>
        <translation>Несохранённый сценарий</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them?</source>
        <translation>В сценарии «%1» есть несохранённые изменения. Сохранить их?</translation>
    </message>
    <message>
        <source>Save Scenario</source>
        <translation>Сохранение сценария</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>The scenario was not saved: %1</source>
        <translation>Сценарий не сохранён: %1</translation>
    </message>
    <message>
        <source>Scenario “%1” saved.</source>
        <translation>Сценарий «%1» сохранён.</translation>
    </message>
    <message>
        <source>New Revision</source>
        <translation>Новая редакция</translation>
    </message>
    <message>
        <source>“%1” is being followed by new hires, so your changes were saved as revision %2. Their onboarding goes on with the previous revision.</source>
        <translation>Сценарий «%1» уже проходят новые сотрудники, поэтому ваши изменения сохранены как редакция %2. Их онбординг продолжается по предыдущей редакции.</translation>
    </message>
    <message>
        <source>Move them to the new revision? Stages they finished stay finished; new stages get dates from their start dates.</source>
        <translation>Перевести их на новую редакцию? Выполненные этапы останутся выполненными, а сроки новых этапов будут рассчитаны от дат выхода сотрудников.</translation>
    </message>
    <message>
        <source>Move Them</source>
        <translation>Перевести</translation>
    </message>
    <message>
        <source>Keep the Previous Revision</source>
        <translation>Оставить предыдущую редакцию</translation>
    </message>
    <message>
        <source>Saved as revision %1.</source>
        <translation>Сохранено как редакция %1.</translation>
    </message>
    <message>
        <source>The assignments were not moved: %1</source>
        <translation>Назначения не перенесены: %1</translation>
    </message>
    <message>
        <source>Revert to Saved</source>
        <translation>Возврат к сохранённой версии</translation>
    </message>
    <message>
        <source>Drop the changes to “%1” made since it was saved?</source>
        <translation>Отменить изменения в сценарии «%1», сделанные после последнего сохранения?</translation>
    </message>
    <message>
        <source>Export Scenario</source>
        <translation>Экспорт сценария</translation>
    </message>
    <message>
        <source>Butterboard scenario (*.json)</source>
        <translation>Сценарий Butterboard (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Scenario exported to %1.</source>
        <translation>Сценарий экспортирован в %1.</translation>
    </message>
    <message>
        <source>Import Scenario</source>
        <translation>Импорт сценария</translation>
    </message>
    <message>
        <source>Butterboard scenario (*.json);;All files (*)</source>
        <translation>Сценарий Butterboard (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a scenario this version can read: %2</source>
        <translation>Файл %1 не является сценарием, который может прочитать эта версия: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported “%1” (%n stage(s)); save it to keep it.</source>
        <translation>
            <numerusform>Импортирован сценарий «%1» (%n этап); сохраните его, чтобы не потерять.</numerusform>
            <numerusform>Импортирован сценарий «%1» (%n этапа); сохраните его, чтобы не потерять.</numerusform>
            <numerusform>Импортирован сценарий «%1» (%n этапов); сохраните его, чтобы не потерять.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export as Image</source>
        <translation>Экспорт в изображение</translation>
    </message>
    <message>
        <source>The scenario has no stages to draw yet.</source>
        <translation>В сценарии пока нет этапов для отображения.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Не удалось записать %1.</translation>
    </message>
    <message>
        <source>Image saved to %1.</source>
        <translation>Изображение сохранено в %1.</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Экспорт в PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PDF saved to %1.</source>
        <translation>PDF-файл сохранён в %1.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>The scenario has no stages to print.</source>
        <translation>В сценарии нет этапов для печати.</translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation>Не удалось открыть принтер.</translation>
    </message>
    <message>
        <source>Assign Scenario</source>
        <translation>Назначение сценария</translation>
    </message>
    <message>
        <source>This scenario cannot be assigned until these are fixed:

%1</source>
        <translation>Сценарий нельзя назначить, пока не исправлено следующее:

%1</translation>
    </message>
    <message>
        <source>The scenario must be saved before it is assigned. Save it now?</source>
        <translation>Перед назначением сценарий нужно сохранить. Сохранить его сейчас?</translation>
    </message>
    <message>
        <source>Save as Template</source>
        <translation>Сохранение шаблона</translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation>Название шаблона:</translation>
    </message>
    <message>
        <source>The template was not saved: %1</source>
        <translation>Шаблон не сохранён: %1</translation>
    </message>
    <message>
        <source>Template “%1” saved; find it under Insert Template.</source>
        <translation>Шаблон «%1» сохранён; он доступен в меню «Вставить шаблон».</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n stage(s))</source>
        <translation>
            <numerusform>%1 (%n этап)</numerusform>
            <numerusform>%1 (%n этапа)</numerusform>
            <numerusform>%1 (%n этапов)</numerusform>
        </translation>
    </message>
    <message>
        <source>No templates</source>
        <translation>Нет шаблонов</translation>
    </message>
    <message>
        <source>Insert Template</source>
        <translation>Вставка шаблона</translation>
    </message>
    <message>
        <source>The template could not be read: %1</source>
        <translation>Не удалось прочитать шаблон: %1</translation>
    </message>
    <message>
        <source>Insert Template “%1”</source>
        <translation>вставка шаблона «%1»</translation>
    </message>
    <message>
        <source>Show Stage &amp;Palette</source>
        <translation>Показать палитру этап&amp;ов</translation>
    </message>
    <message>
        <source>Show &amp;Inspector</source>
        <translation>Показать панель сво&amp;йств</translation>
    </message>
</context>
<context>
    <name>bbd::ScenarioJson</name>
    <message>
        <source>The file is not JSON: %1 at offset %2.</source>
        <translation>Файл не в формате JSON: %1 (смещение %2).</translation>
    </message>
    <message>
        <source>The file holds no scenario: its top level is not a JSON object.</source>
        <translation>В файле нет сценария: верхний уровень не является объектом JSON.</translation>
    </message>
    <message>
        <source>This is not a Butterboard Desk scenario file: it has no “format” (expected “%1”).</source>
        <translation>Это не файл сценария Butterboard Desk: в нём нет поля «format» (ожидалось «%1»).</translation>
    </message>
    <message>
        <source>This is not a Butterboard Desk scenario file: its “format” is not text (expected “%1”).</source>
        <translation>Это не файл сценария Butterboard Desk: поле «format» не является текстом (ожидалось «%1»).</translation>
    </message>
    <message>
        <source>This is not a Butterboard Desk scenario file: its “format” is “%1” (expected “%2”).</source>
        <translation>Это не файл сценария Butterboard Desk: поле «format» имеет значение «%1» (ожидалось «%2»).</translation>
    </message>
    <message>
        <source>The file&apos;s “version” must be a whole number from 1.</source>
        <translation>Поле «version» в файле должно быть целым числом не меньше 1.</translation>
    </message>
    <message>
        <source>The file was made by a newer Butterboard Desk: version %1, this one reads up to %2. Update the app to import it.</source>
        <translation>Файл создан более новой версией Butterboard Desk: версия формата %1, а эта версия читает только до %2. Обновите приложение, чтобы импортировать его.</translation>
    </message>
    <message>
        <source>The scenario&apos;s “%1” must be text.</source>
        <translation>Поле сценария «%1» должно быть текстом.</translation>
    </message>
    <message>
        <source>The file has no “stages” list.</source>
        <translation>В файле нет списка «stages».</translation>
    </message>
    <message>
        <source>Stage %1 is not a JSON object.</source>
        <translation>Этап %1 не является объектом JSON.</translation>
    </message>
    <message>
        <source>Stage %1 needs a whole-number “id”.</source>
        <translation>У этапа %1 должно быть целочисленное поле «id».</translation>
    </message>
    <message>
        <source>Stages %1 and %2 have the same id %3.</source>
        <translation>У этапов %1 и %2 одинаковый id %3.</translation>
    </message>
    <message>
        <source>Stage %1 (id %2): %3</source>
        <translation>Этап %1 (id %2): %3</translation>
    </message>
    <message>
        <source>The file&apos;s “links” must be a list.</source>
        <translation>Поле «links» в файле должно быть списком.</translation>
    </message>
    <message>
        <source>Link %1 needs whole-number stage ids “from” and “to”.</source>
        <translation>У связи %1 должны быть целочисленные идентификаторы этапов «from» и «to».</translation>
    </message>
    <message>
        <source>Link %1 points to stage id %2, which is not in the file.</source>
        <translation>Связь %1 указывает на этап с id %2, которого нет в файле.</translation>
    </message>
    <message>
        <source>Link %1 joins stage id %2 to itself.</source>
        <translation>Связь %1 соединяет этап с id %2 с самим собой.</translation>
    </message>
    <message>
        <source>Link %1 repeats link %2 (stage id %3 → %4).</source>
        <translation>Связь %1 повторяет связь %2 (этапы с id %3 → %4).</translation>
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
    <name>bbd::ScenarioMinimap</name>
    <message>
        <source>The whole scenario: click or drag to move the canvas there.</source>
        <translation>Весь сценарий: щёлкните или перетащите рамку, чтобы перейти к этому месту холста.</translation>
    </message>
</context>
<context>
    <name>bbd::ScenarioScene</name>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
        </translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Без ответственного</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n действие</numerusform>
            <numerusform>%n действия</numerusform>
            <numerusform>%n действий</numerusform>
        </translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message numerus="yes">
        <source>Cut %n Stage(s)</source>
        <translation>
            <numerusform>вырезание: %n этап</numerusform>
            <numerusform>вырезание: %n этапа</numerusform>
            <numerusform>вырезание: %n этапов</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds stages this version cannot read: %1</source>
        <translation>В буфере обмена находятся этапы, которые эта версия не может прочитать: %1</translation>
    </message>
    <message>
        <source>a stage is not an object.</source>
        <translation>этап не является объектом.</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n Stage(s)</source>
        <translation>
            <numerusform>вставка: %n этап</numerusform>
            <numerusform>вставка: %n этапа</numerusform>
            <numerusform>вставка: %n этапов</numerusform>
        </translation>
    </message>
    <message>
        <source>A stage cannot come after itself: drop the link on another stage.</source>
        <translation>Этап не может следовать сам за собой: отпустите связь на другом этапе.</translation>
    </message>
    <message>
        <source>“%1” already comes after “%2”.</source>
        <translation>Этап «%1» уже следует за этапом «%2».</translation>
    </message>
</context>
<context>
    <name>bbd::ScenarioStore</name>
    <message>
        <source>No running onboarding followed the previous revision; nothing was moved.</source>
        <translation>Ни один текущий онбординг не шёл по предыдущей редакции; ничего не перенесено.</translation>
    </message>
    <message numerus="yes">
        <source>%n new hire(s) moved to the new revision</source>
        <translation>
            <numerusform>%n новый сотрудник переведён на новую редакцию</numerusform>
            <numerusform>%n новых сотрудника переведены на новую редакцию</numerusform>
            <numerusform>%n новых сотрудников переведено на новую редакцию</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s) kept</source>
        <translation>
            <numerusform>сохранён %n этап</numerusform>
            <numerusform>сохранено %n этапа</numerusform>
            <numerusform>сохранено %n этапов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>добавлен %n</numerusform>
            <numerusform>добавлено %n</numerusform>
            <numerusform>добавлено %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dropped</source>
        <translation>
            <numerusform>удалён %n</numerusform>
            <numerusform>удалено %n</numerusform>
            <numerusform>удалено %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s) no longer in the scenario but done or under way stay in their history.</source>
        <translation>
            <numerusform>%n этап, которого больше нет в сценарии, но который выполнен или уже начат, остаётся в истории сотрудников.</numerusform>
            <numerusform>%n этапа, которых больше нет в сценарии, но которые выполнены или уже начаты, остаются в истории сотрудников.</numerusform>
            <numerusform>%n этапов, которых больше нет в сценарии, но которые выполнены или уже начаты, остаются в истории сотрудников.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no scenario #%1 (it may have been deleted).</source>
        <translation>Сценарий №%1 не найден (возможно, он удалён).</translation>
    </message>
    <message>
        <source>Stage “%1” of “%2” holds participants or actions that are not a JSON list; the scenario cannot be opened.</source>
        <translation>У этапа «%1» сценария «%2» участники или действия не являются списком JSON; сценарий невозможно открыть.</translation>
    </message>
    <message>
        <source>The scenario was deleted meanwhile; export it to a file to keep your changes.</source>
        <translation>Тем временем сценарий был удалён; экспортируйте его в файл, чтобы сохранить изменения.</translation>
    </message>
    <message>
        <source>Revision %1 of “%2” was saved meanwhile; open that one to make changes.</source>
        <translation>Тем временем была сохранена редакция %1 сценария «%2»; чтобы внести изменения, откройте её.</translation>
    </message>
    <message>
        <source>Scenario #%1 is not a later revision of #%2.</source>
        <translation>Сценарий №%1 не является более поздней редакцией сценария №%2.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” cannot be deleted: %n new hire(s) follow or followed it, and their onboarding history needs it.</source>
        <translation>
            <numerusform>Сценарий «%1» нельзя удалить: его проходит или проходил %n новый сотрудник, и он нужен для истории онбординга.</numerusform>
            <numerusform>Сценарий «%1» нельзя удалить: его проходят или проходили %n новых сотрудника, и он нужен для истории их онбординга.</numerusform>
            <numerusform>Сценарий «%1» нельзя удалить: его проходят или проходили %n новых сотрудников, и он нужен для истории их онбординга.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bbd::ScenarioTemplates</name>
    <message>
        <source>How did “{stage}” go?</source>
        <translation>Как прошёл этап «{stage}»?</translation>
    </message>
    <message>
        <source>{employee} finished the first three months</source>
        <translation>{employee}: первые три месяца пройдены</translation>
    </message>
    <message>
        <source>{employee} ({department}) has completed the onboarding scenario “{scenario}”. {manager}, please confirm the result of the probation period.</source>
        <translation>{employee} ({department}): сценарий онбординга «{scenario}» пройден. {manager}, пожалуйста, подтвердите результат испытательного срока.</translation>
    </message>
    <message>
        <source>Meet the team: {employee}</source>
        <translation>Знакомство с командой: {employee}</translation>
    </message>
    <message>
        <source>Introductions, who does what and whom to ask about what, and your first questions.</source>
        <translation>Знакомство, кто чем занимается и к кому с какими вопросами обращаться, а также ваши первые вопросы.</translation>
    </message>
    <message>
        <source>Meet the team</source>
        <translation>Знакомство с командой</translation>
    </message>
    <message>
        <source>the team</source>
        <translation>команда</translation>
    </message>
    <message>
        <source>A video meeting in the first week with the manager and the key people of the team. The manager sends the agenda beforehand; the meeting is recorded.</source>
        <translation>Видеовстреча в первую неделю с руководителем и ключевыми сотрудниками команды. Руководитель заранее рассылает повестку; встреча записывается.</translation>
    </message>
    <message>
        <source>Product training: {employee}</source>
        <translation>Обучение по продукту: {employee}</translation>
    </message>
    <message>
        <source>The key features shown live, then practical exercises.</source>
        <translation>Демонстрация ключевых возможностей в реальном времени, затем практические упражнения.</translation>
    </message>
    <message>
        <source>Product training</source>
        <translation>Обучение по продукту</translation>
    </message>
    <message>
        <source>product trainer</source>
        <translation>тренер по продукту</translation>
    </message>
    <message>
        <source>A video session with the product trainer in the first month: the key features, then practice. Add the link to the recording of an earlier session so the new hire can watch it again.</source>
        <translation>Видеозанятие с тренером по продукту в первый месяц: ключевые возможности, затем практика. Добавьте ссылку на запись прошлого занятия, чтобы новый сотрудник мог пересмотреть его.</translation>
    </message>
    <message>
        <source>Weekly 1:1 with the manager</source>
        <translation>Еженедельная встреча один на один с руководителем</translation>
    </message>
    <message>
        <source>Thirty minutes every week from the second week: wins, blockers, priorities for the next week, and feedback both ways. The new hire brings their own list.</source>
        <translation>Тридцать минут каждую неделю, начиная со второй: успехи, препятствия, приоритеты на следующую неделю и взаимная обратная связь. Новый сотрудник приходит со своим списком вопросов.</translation>
    </message>
    <message>
        <source>1:1: {employee} and {manager}</source>
        <translation>Встреча один на один: {employee} и {manager}</translation>
    </message>
    <message>
        <source>Wins, blockers, priorities, feedback.</source>
        <translation>Успехи, препятствия, приоритеты, обратная связь.</translation>
    </message>
    <message>
        <source>Probation review</source>
        <translation>Итоги испытательного срока</translation>
    </message>
    <message>
        <source>In the third month the manager and the new hire look back on the probation period and agree on a development plan. When it is done, a Jira task asks the department head to confirm the result.</source>
        <translation>На третьем месяце руководитель и новый сотрудник подводят итоги испытательного срока и согласовывают план развития. После завершения этапа в Jira создаётся задача, в которой руководителя отдела просят подтвердить результат.</translation>
    </message>
    <message>
        <source>Probation review: {employee}</source>
        <translation>Итоги испытательного срока: {employee}</translation>
    </message>
    <message>
        <source>The first three months, and the plan for the next quarter.</source>
        <translation>Первые три месяца и план на следующий квартал.</translation>
    </message>
    <message>
        <source>A 45-minute video meeting with the manager and the team in the first week.</source>
        <translation>45-минутная видеовстреча с руководителем и командой в первую неделю.</translation>
    </message>
    <message>
        <source>A video session with the product trainer in the first month.</source>
        <translation>Видеозанятие с тренером по продукту в первый месяц.</translation>
    </message>
    <message>
        <source>A 30-minute video call with the manager every week.</source>
        <translation>Еженедельный 30-минутный видеозвонок с руководителем.</translation>
    </message>
    <message>
        <source>First three months</source>
        <translation>Первые три месяца</translation>
    </message>
    <message>
        <source>Meet the team in the first week, product training in the first month and a weekly 1:1 with the manager, with a feedback survey after each stage (the 1:1 is feedback itself), and a probation review at the end that opens a Jira task for the department head.</source>
        <translation>Знакомство с командой в первую неделю, обучение по продукту в первый месяц и еженедельные встречи один на один с руководителем, опрос обратной связи после каждого этапа (встреча один на один сама по себе — обратная связь), а в конце — подведение итогов испытательного срока с задачей в Jira для руководителя отдела.</translation>
    </message>
    <message>
        <source>There is no built-in template “%1”.</source>
        <translation>Встроенный шаблон «%1» не найден.</translation>
    </message>
    <message>
        <source>The template “%1” is no longer there.</source>
        <translation>Шаблона «%1» больше нет.</translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation>У шаблона должно быть название.</translation>
    </message>
    <message>
        <source>A chosen stage is no longer in the scenario.</source>
        <translation>Одного из выбранных этапов больше нет в сценарии.</translation>
    </message>
    <message>
        <source>There are no stages to keep in a template.</source>
        <translation>Нет этапов, которые можно сохранить в шаблоне.</translation>
    </message>
</context>
<context>
    <name>bbd::ScenarioValidator</name>
    <message>
        <source>The scenario has no stages yet: add at least one before assigning it.</source>
        <translation>В сценарии пока нет этапов: прежде чем назначать сценарий, добавьте хотя бы один.</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>ещё %n</numerusform>
            <numerusform>ещё %n</numerusform>
            <numerusform>ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 waits for itself through a loop of dependencies (%2): none of these stages can ever start. Remove one of the links.</source>
        <translation>Этап %1 ждёт сам себя через цикл зависимостей (%2): ни один из этих этапов не сможет начаться. Удалите одну из связей.</translation>
    </message>
    <message>
        <source>%1 can never start: it waits, directly or through other stages, for %2, which is in a loop of dependencies.</source>
        <translation>Этап %1 никогда не начнётся: он напрямую или через другие этапы ждёт этапа %2, который входит в цикл зависимостей.</translation>
    </message>
    <message>
        <source>%1 is set for working day %2, before %3 (working day %4), which it waits for. Move it later or remove the link.</source>
        <translation>Этап %1 назначен на %2-й рабочий день — раньше этапа %3 (%4-й рабочий день), которого он ждёт. Перенесите его на более поздний срок или удалите связь.</translation>
    </message>
    <message>
        <source>%1 has no title: new hires and managers would not know what it is.</source>
        <translation>У этапа %1 нет названия: новые сотрудники и руководители не поймут, что это за этап.</translation>
    </message>
    <message>
        <source>%1 has no owner: choose who is responsible for it.</source>
        <translation>У этапа %1 нет ответственного: выберите, кто за него отвечает.</translation>
    </message>
    <message>
        <source>The video meeting of %1 lasts %2 minutes; onboarding meetings work best at %3 to %4 minutes, and it will be booked at that length.</source>
        <translation>Видеовстреча этапа %1 длится %2 мин; встречи онбординга лучше проводить продолжительностью от %3 до %4 минут, поэтому встреча будет назначена с длительностью из этого диапазона.</translation>
    </message>
    <message>
        <source>The meeting %1 lasts %2 minutes; onboarding meetings work best at %3 to %4 minutes.</source>
        <translation>Встреча %1 длится %2 мин; встречи онбординга лучше проводить продолжительностью от %3 до %4 минут.</translation>
    </message>
    <message>
        <source>Action %1 of %2 has the unknown type “%3”.</source>
        <translation>У действия %1 этапа %2 неизвестный тип «%3».</translation>
    </message>
    <message>
        <source>Action %1 of %2 must run when the stage starts or when it is done.</source>
        <translation>Действие %1 этапа %2 должно выполняться при начале или при завершении этапа.</translation>
    </message>
    <message>
        <source>%1 creates its Jira task when it starts; a Jira task is created when a stage is done.</source>
        <translation>Этап %1 создаёт задачу Jira при начале, а задача Jira создаётся при завершении этапа.</translation>
    </message>
    <message>
        <source>Action %1 of %2 uses {%3}, which is not a placeholder (known: {%4}).</source>
        <translation>В действии %1 этапа %2 используется {%3}, но это не подстановка (допустимые: {%4}).</translation>
    </message>
    <message>
        <source>%1 creates a Jira task but names no project: name one in the action, or set a default project in Sync &gt; Integrations.</source>
        <translation>Этап %1 создаёт задачу Jira, но проект не указан: укажите его в действии или задайте проект по умолчанию в меню «Синхронизация &gt; Интеграции».</translation>
    </message>
    <message>
        <source>The survey of %1 needs its web address (http or https).</source>
        <translation>Для опроса этапа %1 нужен веб-адрес (http или https).</translation>
    </message>
    <message>
        <source>The document of %1 needs its web address (http or https).</source>
        <translation>Для документа этапа %1 нужен веб-адрес (http или https).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>встреча</translation>
    </message>
    <message>
        <source>training</source>
        <translation>обучение</translation>
    </message>
    <message>
        <source>one-on-one</source>
        <translation>встреча один на один</translation>
    </message>
    <message>
        <source>document</source>
        <translation>документ</translation>
    </message>
    <message>
        <source>task</source>
        <translation>задача</translation>
    </message>
    <message>
        <source>survey</source>
        <translation>опрос</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>другое</translation>
    </message>
    <message>
        <source>Stage (%1)</source>
        <translation>Этап (%1)</translation>
    </message>
</context>
<context>
    <name>bbd::ScenarioView</name>
    <message>
        <source>Cu&amp;t Stages</source>
        <translation>Вы&amp;резать этапы</translation>
    </message>
    <message>
        <source>&amp;Copy Stages</source>
        <translation>&amp;Копировать этапы</translation>
    </message>
    <message>
        <source>&amp;Paste Stages</source>
        <translation>Вст&amp;авить этапы</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Выделить &amp;всё</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Уве&amp;личить</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Фактический размер</translation>
    </message>
    <message>
        <source>&amp;Fit Scenario</source>
        <translation>Показать сценарий &amp;целиком</translation>
    </message>
    <message>
        <source>S&amp;nap to Grid</source>
        <translation>Привязка к се&amp;тке</translation>
    </message>
    <message>
        <source>Double-click to add a stage, or drag one from the palette</source>
        <translation>Дважды щёлкните, чтобы добавить этап, или перетащите его из палитры</translation>
    </message>
</context>
<context>
    <name>bbd::ScenariosArea</name>
    <message>
        <source>Onboarding scenarios</source>
        <translation>Сценарии онбординга</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Сценарии</translation>
    </message>
    <message>
        <source>New hires&apos; progress</source>
        <translation>Прогресс новых сотрудников</translation>
    </message>
    <message>
        <source>No onboarding scenarios yet. Scenarios describe a new hire&apos;s first weeks: meetings, training, documents and the tasks each stage starts. Start one with New, from a template or from scratch.</source>
        <translation>Сценариев онбординга пока нет. Сценарий описывает первые недели нового сотрудника: встречи, обучение, документы и задачи, которые запускает каждый этап. Создайте сценарий кнопкой «Создать» — по шаблону или с нуля.</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source>Empty Scenario</source>
        <translation>Пустой сценарий</translation>
    </message>
    <message>
        <source>From a template</source>
        <translation>По шаблону</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n stage(s))</source>
        <translation>
            <numerusform>%1 (%n этап)</numerusform>
            <numerusform>%1 (%n этапа)</numerusform>
            <numerusform>%1 (%n этапов)</numerusform>
        </translation>
    </message>
    <message>
        <source>New Scenario</source>
        <translation>Новый сценарий</translation>
    </message>
    <message>
        <source>The template could not be read: %1</source>
        <translation>Не удалось прочитать шаблон: %1</translation>
    </message>
    <message>
        <source>New scenario from the template “%1”; save it to keep it.</source>
        <translation>Создан новый сценарий по шаблону «%1»; сохраните его, чтобы не потерять.</translation>
    </message>
    <message>
        <source>Delete Scenario</source>
        <translation>Удаление сценария</translation>
    </message>
    <message>
        <source>Delete the scenario “%1” with all its revisions? New hires who finished it keep their history.</source>
        <translation>Удалить сценарий «%1» со всеми его редакциями? История новых сотрудников, которые его прошли, сохранится.</translation>
    </message>
    <message>
        <source>Scenario “%1” deleted.</source>
        <translation>Сценарий «%1» удалён.</translation>
    </message>
    <message>
        <source>Show Scenario &amp;List</source>
        <translation>Показать список сц&amp;енариев</translation>
    </message>
    <message>
        <source>&amp;Canvas Only</source>
        <translation>Только &amp;холст</translation>
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
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Only on start and with F5</source>
        <translation>Только при запуске и по F5</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>&amp;Синхронизировать каждые:</translation>
    </message>
    <message>
        <source>Full &amp;Resync…</source>
        <translation>&amp;Полная повторная синхронизация…</translation>
    </message>
    <message>
        <source>Receive every record from the platform again</source>
        <translation>Заново получить все записи с платформы</translation>
    </message>
    <message>
        <source>I am an &amp;HR administrator</source>
        <translation>Я &amp;администратор HR</translation>
    </message>
    <message>
        <source>HR administrators edit the fallback contacts (channels and people); everyone else can only use them.</source>
        <translation>Администраторы HR редактируют резервные контакты (каналы и людей); остальные могут только пользоваться ими.</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
</context>
<context>
    <name>bbd::StageActions</name>
    <message>
        <source>The stage&apos;s actions are not a JSON array.</source>
        <translation>Действия этапа не являются массивом JSON.</translation>
    </message>
    <message>
        <source>Action %1 has the unknown type “%2” (known: %3).</source>
        <translation>У действия %1 неизвестный тип «%2» (допустимые: %3).</translation>
    </message>
    <message>
        <source>Action %1 must say &quot;on&quot;: &quot;complete&quot; or &quot;start&quot;.</source>
        <translation>В действии %1 должно быть указано &quot;on&quot;: &quot;complete&quot; или &quot;start&quot;.</translation>
    </message>
    <message>
        <source>Action %1 uses {%2}, which is not a placeholder (known: {%3}).</source>
        <translation>В действии %1 используется {%2}, но это не подстановка (допустимые: {%3}).</translation>
    </message>
    <message>
        <source>%1 is not configured: the request waits in the outbox until its address is set in Settings.</source>
        <translation>Сервис %1 не настроен: запрос ждёт в очереди отправки, пока в настройках не будет указан его адрес.</translation>
    </message>
    <message>
        <source>This onboarding stage no longer exists.</source>
        <translation>Этот этап онбординга больше не существует.</translation>
    </message>
    <message>
        <source>Stage “%1”: %2</source>
        <translation>Этап «%1»: %2</translation>
    </message>
    <message>
        <source>Stage “%1” creates a Jira task but names no project: add &quot;project&quot; to the action or set the Jira project in Settings.</source>
        <translation>Этап «%1» создаёт задачу Jira, но проект не указан: добавьте &quot;project&quot; в действие или задайте проект Jira в настройках.</translation>
    </message>
    <message>
        <source>{employee} finished “{stage}”</source>
        <translation>{employee}: этап «{stage}» завершён</translation>
    </message>
    <message>
        <source>{employee} finished the onboarding stage “{stage}” of “{scenario}”.

Please check that it is done.</source>
        <translation>{employee}: этап онбординга «{stage}» сценария «{scenario}» завершён.

Пожалуйста, проверьте, что он действительно выполнен.</translation>
    </message>
    <message>
        <source>{employee} finished the onboarding stage “{stage}” of “{scenario}”.

{manager}, as head of {department}, please check that it is done.</source>
        <translation>{employee}: этап онбординга «{stage}» сценария «{scenario}» завершён.

{manager}, как руководитель отдела {department}, пожалуйста, проверьте, что он действительно выполнен.</translation>
    </message>
    <message>
        <source>{employee} finished “{stage}”.</source>
        <translation>{employee}: этап «{stage}» завершён.</translation>
    </message>
    <message>
        <source>Stage “%1” sends an e-mail to the %2, who has no e-mail address.</source>
        <translation>Этап «%1» отправляет письмо, но у получателя (%2) нет адреса эл. почты.</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>руководитель</translation>
    </message>
    <message>
        <source>employee</source>
        <translation>сотрудник</translation>
    </message>
    <message>
        <source>Onboarding: “{stage}” finished</source>
        <translation>Онбординг: этап «{stage}» завершён</translation>
    </message>
    <message>
        <source>{employee} finished the onboarding stage “{stage}”.</source>
        <translation>{employee}: этап онбординга «{stage}» завершён.</translation>
    </message>
    <message>
        <source>Stage “%1”: a Zoom meeting is scheduled, not completed.</source>
        <translation>Этап «%1»: встречу Zoom нужно назначать, а не отмечать выполненной.</translation>
    </message>
    <message>
        <source>“%1” is done already.</source>
        <translation>Этап «%1» уже выполнен.</translation>
    </message>
    <message>
        <source>Zoom created the meeting but sent no link to join it.</source>
        <translation>Zoom создал встречу, но не прислал ссылку для подключения.</translation>
    </message>
    <message>
        <source>The meeting belongs to no onboarding stage.</source>
        <translation>Встреча не относится ни к одному этапу онбординга.</translation>
    </message>
    <message>
        <source>Action %1: a Jira task is created when a stage is done, not when it starts.</source>
        <translation>Действие %1: задача Jira создаётся при завершении этапа, а не при его начале.</translation>
    </message>
    <message>
        <source>Action %1 needs the address (&quot;url&quot;) of the %2.</source>
        <translation>Для действия %1 нужен адрес (&quot;url&quot;) %2.</translation>
    </message>
    <message>
        <source>survey</source>
        <translation>опроса</translation>
    </message>
    <message>
        <source>document</source>
        <translation>документа</translation>
    </message>
    <message>
        <source>{first_name}, how did “{stage}” go? Please tell us: %1</source>
        <translation>{first_name}, как прошёл этап «{stage}»? Расскажите нам, пожалуйста: %1</translation>
    </message>
    <message>
        <source>{first_name}, please read %1: %2</source>
        <translation>{first_name}, пожалуйста, прочитайте: %1 — %2</translation>
    </message>
    <message>
        <source>Stage “%1” sends the employee a link, but the employee has no e-mail address.</source>
        <translation>Этап «%1» отправляет сотруднику ссылку, но у сотрудника нет адреса эл. почты.</translation>
    </message>
    <message>
        <source>How did “{stage}” go?</source>
        <translation>Как прошёл этап «{stage}»?</translation>
    </message>
    <message>
        <source>To read for “{stage}”</source>
        <translation>Материалы к этапу «{stage}»</translation>
    </message>
    <message>
        <source>Hello {first_name},

please take a few minutes to tell us how “{stage}” went:
%1</source>
        <translation>Здравствуйте, {first_name}!

Пожалуйста, уделите несколько минут и расскажите, как прошёл этап «{stage}»:
%1</translation>
    </message>
    <message>
        <source>Hello {first_name},

please read %1 for the stage “{stage}”:
%2</source>
        <translation>Здравствуйте, {first_name}!

Пожалуйста, прочитайте материал к этапу «{stage}»: %1
%2</translation>
    </message>
    <message>
        <source>this document</source>
        <translation>документ по ссылке</translation>
    </message>
    <message>
        <source>“%1” has started already.</source>
        <translation>Этап «%1» уже начат.</translation>
    </message>
</context>
<context>
    <name>bbd::StageData</name>
    <message>
        <source>“participants” must be a list of texts.</source>
        <translation>Поле «participants» должно быть списком строк.</translation>
    </message>
    <message>
        <source>“actions” must be a list.</source>
        <translation>Поле «actions» должно быть списком.</translation>
    </message>
    <message>
        <source>Every action needs a “type”.</source>
        <translation>У каждого действия должно быть поле «type».</translation>
    </message>
    <message>
        <source>“%1” must be a number.</source>
        <translation>Поле «%1» должно быть числом.</translation>
    </message>
    <message>
        <source>A stage needs a “title” (text).</source>
        <translation>У этапа должно быть поле «title» (текст).</translation>
    </message>
    <message>
        <source>“auto_complete” must be true or false.</source>
        <translation>Поле «auto_complete» должно иметь значение true или false.</translation>
    </message>
</context>
<context>
    <name>bbd::StageDeliveryModel</name>
    <message>
        <source>Queued</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Сервис</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Waiting in the outbox</source>
        <translation>Ожидает в очереди отправки</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Отправляется</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Конфликт</translation>
    </message>
    <message>
        <source>Jira</source>
        <translation>Jira</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Outlook mail</source>
        <translation>Почта Outlook</translation>
    </message>
    <message>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <source>Butterboard platform</source>
        <translation>Платформа Butterboard</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Отправлено %1</translation>
    </message>
    <message numerus="yes">
        <source>Waiting, %n attempt(s) so far</source>
        <translation>
            <numerusform>Ожидает, уже %n попытка</numerusform>
            <numerusform>Ожидает, уже %n попытки</numerusform>
            <numerusform>Ожидает, уже %n попыток</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bbd::StageInspector</name>
    <message>
        <source>{employee}, {stage}, {manager}…</source>
        <translation>{employee}, {stage}, {manager}…</translation>
    </message>
    <message>
        <source>Send by</source>
        <translation>Способ отправки</translation>
    </message>
    <message>
        <source>E-mail to the new hire</source>
        <translation>Письмо новому сотруднику</translation>
    </message>
    <message>
        <source>Slack channel</source>
        <translation>Канал Slack</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>When the stage starts</source>
        <translation>При начале этапа</translation>
    </message>
    <message>
        <source>When the stage is done</source>
        <translation>При завершении этапа</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>{stage}: {employee}</source>
        <translation>{stage}: {employee}</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Повестка</translation>
    </message>
    <message>
        <source>The stage&apos;s description</source>
        <translation>Описание этапа</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Also invite</source>
        <translation>Также пригласить</translation>
    </message>
    <message>
        <source>manager, colleague@example.com</source>
        <translation>manager, colleague@example.com</translation>
    </message>
    <message>
        <source>Project key</source>
        <translation>Ключ проекта</translation>
    </message>
    <message>
        <source>e.g. ONB</source>
        <translation>например, ONB</translation>
    </message>
    <message>
        <source>Issue type</source>
        <translation>Тип задачи</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Bug</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>{employee} finished “{stage}”</source>
        <translation>{employee}: этап «{stage}» завершён</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>e.g. Security policy</source>
        <translation>например, Политика безопасности</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Survey address</source>
        <translation>Адрес опроса</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>employee, manager or e-mail addresses</source>
        <translation>employee, manager или адреса эл. почты</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Onboarding: “{stage}” finished</source>
        <translation>Онбординг: этап «{stage}» завершён</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>{employee} finished “{stage}”.</source>
        <translation>{employee}: этап «{stage}» завершён.</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>Select a stage to edit it. Double-click the canvas to add one, and drag from a stage&apos;s right edge to another stage to say that it comes after.</source>
        <translation>Выберите этап, чтобы изменить его. Чтобы добавить этап, дважды щёлкните по холсту; чтобы указать, что один этап следует за другим, протяните связь от правого края первого этапа ко второму.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>На&amp;звание:</translation>
    </message>
    <message>
        <source>Rename Stage</source>
        <translation>переименование этапа</translation>
    </message>
    <message>
        <source>Video meeting</source>
        <translation>Видеовстреча</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <source>One-to-one</source>
        <translation>Встреча один на один</translation>
    </message>
    <message>
        <source>Document to read</source>
        <translation>Документ для изучения</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Опрос</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>Change Stage Kind</source>
        <translation>изменение типа этапа</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>&amp;Срок начала:</translation>
    </message>
    <message>
        <source>Change Stage Timing</source>
        <translation>изменение срока этапа</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Однократно</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Еженедельно</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Раз в две недели</translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation>&amp;Повтор:</translation>
    </message>
    <message>
        <source>Change Stage Repetition</source>
        <translation>изменение повторения этапа</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не задана</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>Д&amp;лительность:</translation>
    </message>
    <message>
        <source>Change Stage Duration</source>
        <translation>изменение длительности этапа</translation>
    </message>
    <message>
        <source>— nobody yet —</source>
        <translation>— пока никто —</translation>
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
    <message>
        <source>&amp;Owner:</source>
        <translation>От&amp;ветственный:</translation>
    </message>
    <message>
        <source>Change Stage Owner</source>
        <translation>изменение ответственного за этап</translation>
    </message>
    <message>
        <source>manager, mentor, names…</source>
        <translation>manager, mentor, имена…</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>&amp;Участники:</translation>
    </message>
    <message>
        <source>Change Participants</source>
        <translation>изменение участников</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>Оп&amp;исание:</translation>
    </message>
    <message>
        <source>Edit Stage Description</source>
        <translation>изменение описания этапа</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Действия</translation>
    </message>
    <message>
        <source>&amp;Add Action</source>
        <translation>Добавить &amp;действие</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Video meeting (Zoom)</source>
        <translation>Видеовстреча (Zoom)</translation>
    </message>
    <message>
        <source>Jira task</source>
        <translation>Задача Jira</translation>
    </message>
    <message>
        <source>Feedback survey</source>
        <translation>Опрос обратной связи</translation>
    </message>
    <message>
        <source>E-mail message</source>
        <translation>Письмо по эл. почте</translation>
    </message>
    <message>
        <source>Slack message</source>
        <translation>Сообщение Slack</translation>
    </message>
    <message>
        <source>when the stage starts</source>
        <translation>при начале этапа</translation>
    </message>
    <message>
        <source>when the stage is done</source>
        <translation>при завершении этапа</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 “%2”, %3</source>
        <translation>%1 «%2», %3</translation>
    </message>
    <message>
        <source>as the stage</source>
        <translation>как у этапа</translation>
    </message>
    <message>
        <source>The scenario&apos;s new hires are invited automatically.</source>
        <translation>Новые сотрудники, проходящие сценарий, приглашаются автоматически.</translation>
    </message>
    <message>
        <source>This stage does nothing by itself. Add an action to set up a meeting, create a Jira task, send a document or a survey when it starts or is done.</source>
        <translation>Сам по себе этот этап ничего не делает. Добавьте действие, чтобы при начале или завершении этапа назначить встречу, создать задачу Jira, отправить документ или опрос.</translation>
    </message>
    <message>
        <source>%1 is not set up yet: this work will wait in the outbox until its address is entered in Sync &gt; Integrations.</source>
        <translation>Сервис %1 ещё не настроен: эта задача будет ждать в очереди отправки, пока его адрес не будет указан в меню «Синхронизация &gt; Интеграции».</translation>
    </message>
    <message>
        <source>Meetings of 30 to 60 minutes work best; %1 minutes will be brought into that range when the meeting is created.</source>
        <translation>Лучше всего проводить встречи продолжительностью от 30 до 60 минут; при создании встречи длительность %1 мин будет приведена к этому диапазону.</translation>
    </message>
    <message>
        <source>Name the Jira project, or set a default project in Sync &gt; Integrations.</source>
        <translation>Укажите проект Jira или задайте проект по умолчанию в меню «Синхронизация &gt; Интеграции».</translation>
    </message>
    <message>
        <source>Edit Stage Action</source>
        <translation>изменение действия этапа</translation>
    </message>
    <message>
        <source>Add Action</source>
        <translation>добавление действия</translation>
    </message>
    <message>
        <source>Remove Action</source>
        <translation>удаление действия</translation>
    </message>
    <message>
        <source>Reorder Actions</source>
        <translation>изменение порядка действий</translation>
    </message>
    <message>
        <source>Completes by &amp;itself when its day is over</source>
        <translation>Завершается &amp;автоматически по истечении своего дня</translation>
    </message>
    <message>
        <source>For stages nobody has to mark done, such as a document to read or a survey link: the day after its date the stage is done and its completion actions go out.</source>
        <translation>Для этапов, которые никому не нужно отмечать выполненными, например документа для изучения или ссылки на опрос: на следующий день после даты этапа он считается выполненным и отправляются его действия при завершении.</translation>
    </message>
    <message>
        <source>Make Stage Complete by Itself</source>
        <translation>включение автоматического завершения этапа</translation>
    </message>
    <message>
        <source>Make Stage Manual</source>
        <translation>включение ручного завершения этапа</translation>
    </message>
</context>
<context>
    <name>bbd::StagePalette</name>
    <message>
        <source>%1
Drag it onto the canvas, or double-click to add it.</source>
        <translation>%1
Перетащите на холст или дважды щёлкните, чтобы добавить.</translation>
    </message>
    <message>
        <source>Video meeting</source>
        <translation>Видеовстреча</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <source>One-to-one</source>
        <translation>Встреча один на один</translation>
    </message>
    <message>
        <source>Document to read</source>
        <translation>Документ для изучения</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Опрос</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>A video meeting (Zoom) set up when the stage starts.</source>
        <translation>Видеовстреча (Zoom), которая назначается при начале этапа.</translation>
    </message>
    <message>
        <source>A course or a session the new hire attends.</source>
        <translation>Курс или занятие, которое посещает новый сотрудник.</translation>
    </message>
    <message>
        <source>A weekly talk of the new hire with their manager.</source>
        <translation>Еженедельная беседа нового сотрудника с руководителем.</translation>
    </message>
    <message>
        <source>A document sent to the new hire to read.</source>
        <translation>Документ, который отправляется новому сотруднику для изучения.</translation>
    </message>
    <message>
        <source>Something the new hire has to do.</source>
        <translation>Задание, которое должен выполнить новый сотрудник.</translation>
    </message>
    <message>
        <source>A feedback survey sent when the stage is done.</source>
        <translation>Опрос обратной связи, который отправляется после завершения этапа.</translation>
    </message>
    <message>
        <source>A stage you describe yourself.</source>
        <translation>Этап, который вы описываете сами.</translation>
    </message>
    <message>
        <source>One-to-one with the manager</source>
        <translation>Встреча один на один с руководителем</translation>
    </message>
    <message>
        <source>Read the document</source>
        <translation>Прочитать документ</translation>
    </message>
    <message>
        <source>Feedback survey</source>
        <translation>Опрос обратной связи</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Новый этап</translation>
    </message>
</context>
<context>
    <name>bbd::StageProgressModel</name>
    <message>
        <source>New hire</source>
        <translation>Новый сотрудник</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнен</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропущен</translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>Выполнен %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочен</translation>
    </message>
    <message>
        <source>Join link</source>
        <translation>Ссылка для подключения</translation>
    </message>
    <message>
        <source>Cannot start</source>
        <translation>Не запускается</translation>
    </message>
</context>
<context>
    <name>bbd::StageProgressSource</name>
    <message numerus="yes">
        <source>%n new hire(s)</source>
        <translation>
            <numerusform>%n новый сотрудник</numerusform>
            <numerusform>%n новых сотрудника</numerusform>
            <numerusform>%n новых сотрудников</numerusform>
        </translation>
    </message>
    <message>
        <source>Jira task: %1</source>
        <translation>Задача Jira: %1</translation>
    </message>
    <message>
        <source>Zoom meeting “%1”, %2</source>
        <translation>Встреча Zoom «%1», %2</translation>
    </message>
    <message>
        <source>E-mail to %1: %2</source>
        <translation>Письмо на %1: %2</translation>
    </message>
    <message>
        <source>Slack post: %1</source>
        <translation>Сообщение в Slack: %1</translation>
    </message>
    <message>
        <source>Request to %1</source>
        <translation>Запрос к %1</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Создана задача %1</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
</context>
<context>
    <name>bbd::StageRunner</name>
    <message numerus="yes">
        <source>%n onboarding stage(s) started today or caught up.</source>
        <translation>
            <numerusform>%n этап онбординга начат сегодня или запущен с опозданием.</numerusform>
            <numerusform>%n этапа онбординга начаты сегодня или запущены с опозданием.</numerusform>
            <numerusform>%n этапов онбординга начато сегодня или запущено с опозданием.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) booked for the coming days.</source>
        <translation>
            <numerusform>На ближайшие дни назначена %n встреча.</numerusform>
            <numerusform>На ближайшие дни назначены %n встречи.</numerusform>
            <numerusform>На ближайшие дни назначено %n встреч.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s) could not start: %1</source>
        <translation>
            <numerusform>Не удалось начать %n этап: %1</numerusform>
            <numerusform>Не удалось начать %n этапа: %1</numerusform>
            <numerusform>Не удалось начать %n этапов: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s) completed by themselves, their day over.</source>
        <translation>
            <numerusform>%n этап завершён автоматически по истечении своего дня.</numerusform>
            <numerusform>%n этапа завершены автоматически по истечении своего дня.</numerusform>
            <numerusform>%n этапов завершено автоматически по истечении своего дня.</numerusform>
        </translation>
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
    <name>bbd::SyncEngine</name>
    <message>
        <source>Sync was stopped.</source>
        <translation>Синхронизация остановлена.</translation>
    </message>
    <message>
        <source>The server needs the API key.</source>
        <translation>Серверу нужен API-ключ.</translation>
    </message>
    <message>
        <source>%1 Receiving again at %2.</source>
        <translation>%1 Повторное получение в %2.</translation>
    </message>
    <message>
        <source>The server asked to wait: receiving again at %1.</source>
        <translation>Сервер попросил подождать: повторное получение в %1.</translation>
    </message>
</context>
<context>
    <name>bbd::SyncStatusWidget</name>
    <message>
        <source>Open the outbox: what is still on its way to the servers</source>
        <translation>Открыть очередь отправки: всё, что ещё не доставлено на серверы</translation>
    </message>
    <message>
        <source>Sync stopped: %1</source>
        <translation>Синхронизация остановлена: %1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Не подключено</translation>
    </message>
    <message>
        <source>No API key is stored for %1, so nothing is synchronised. Everything you do is kept in the local database; enter a key (Sync &gt; Enter API Key…) to connect.</source>
        <translation>Для %1 не сохранён API-ключ, поэтому синхронизация не выполняется. Всё, что вы делаете, сохраняется в локальной базе данных; чтобы подключиться, введите ключ («Синхронизация &gt; Ввести API-ключ…»).</translation>
    </message>
    <message>
        <source>the platform</source>
        <translation>платформы</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>Reading the API key from the system keychain.</source>
        <translation>Чтение API-ключа из хранилища паролей системы.</translation>
    </message>
    <message>
        <source>Asking %1 whether it is up.</source>
        <translation>Проверка доступности %1.</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <source>%1 answers.</source>
        <translation>%1 отвечает.</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>С перебоями</translation>
    </message>
    <message>
        <source>%1 answers with trouble: %2. Changes are retried by themselves.</source>
        <translation>%1 отвечает с перебоями: %2. Изменения будут автоматически отправлены повторно.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Офлайн</translation>
    </message>
    <message>
        <source>%1 cannot be reached (%2). You work on the local copy; changes wait in the outbox and go out when the server is back.</source>
        <translation>%1 недоступен (%2). Вы работаете с локальной копией; изменения ждут в очереди отправки и будут отправлены, когда сервер снова станет доступен.</translation>
    </message>
    <message>
        <source>Outbox empty</source>
        <translation>Очередь отправки пуста</translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n waiting</source>
        <translation>
            <numerusform>Очередь отправки: ожидает %n</numerusform>
            <numerusform>Очередь отправки: ожидают %n</numerusform>
            <numerusform>Очередь отправки: ожидают %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Outbox: %1 waiting, %2 need attention</source>
        <translation>Очередь отправки: ожидают — %1, требуют внимания — %2</translation>
    </message>
</context>
<context>
    <name>bbd::TemplatesDialog</name>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Message templates</source>
        <translation>Шаблоны сообщений</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Шаблоны</translation>
    </message>
    <message>
        <source>Used when the sender has no signature of their own</source>
        <translation>Используется, если у отправителя нет собственной подписи</translation>
    </message>
    <message>
        <source>Insert &amp;placeholder</source>
        <translation>Вставить &amp;подстановку</translation>
    </message>
    <message>
        <source>%1	{%2}</source>
        <translation>%1	{%2}</translation>
    </message>
    <message>
        <source>Inserts a placeholder at the cursor of the subject, text or signature, whichever you edited last</source>
        <translation>Вставляет подстановку в позицию курсора в теме, тексте или подписи — в зависимости от того, что редактировалось последним</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Текст:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Канал:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>Т&amp;ема:</translation>
    </message>
    <message>
        <source>Si&amp;gnature:</source>
        <translation>По&amp;дпись:</translation>
    </message>
    <message>
        <source>Preview with sample values</source>
        <translation>Предварительный просмотр с примерами значений</translation>
    </message>
    <message>
        <source>Your signature</source>
        <translation>Ваша подпись</translation>
    </message>
    <message>
        <source>Fills {recruiter}</source>
        <translation>Подставляется в {recruiter}</translation>
    </message>
    <message>
        <source>Fills {company}</source>
        <translation>Подставляется в {company}</translation>
    </message>
    <message>
        <source>Goes under every message you send, instead of the template&apos;s signature</source>
        <translation>Добавляется под каждым отправленным вами сообщением вместо подписи шаблона</translation>
    </message>
    <message>
        <source>Your na&amp;me:</source>
        <translation>Ваше &amp;имя:</translation>
    </message>
    <message>
        <source>Co&amp;mpany:</source>
        <translation>Ко&amp;мпания:</translation>
    </message>
    <message>
        <source>Your signa&amp;ture:</source>
        <translation>Ваша по&amp;дпись:</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
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
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Interview time</source>
        <translation>Время собеседования</translation>
    </message>
    <message>
        <source>Anna</source>
        <translation>Анна</translation>
    </message>
    <message>
        <source>Smirnova</source>
        <translation>Смирнова</translation>
    </message>
    <message>
        <source>Smirnova Anna</source>
        <translation>Смирнова Анна</translation>
    </message>
    <message>
        <source>Sales manager</source>
        <translation>Менеджер по продажам</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Собеседование</translation>
    </message>
    <message>
        <source>Maria Ivanova</source>
        <translation>Мария Иванова</translation>
    </message>
    <message>
        <source>Butterboard</source>
        <translation>Butterboard</translation>
    </message>
    <message>
        <source>The templates could not be read: %1</source>
        <translation>Не удалось прочитать шаблоны: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Тема: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n символ</numerusform>
            <numerusform>%n символа</numerusform>
            <numerusform>%n символов</numerusform>
        </translation>
    </message>
    <message>
        <source>The text is empty.</source>
        <translation>Текст не заполнен.</translation>
    </message>
    <message>
        <source>Unsaved template</source>
        <translation>Несохранённый шаблон</translation>
    </message>
    <message>
        <source>The template “%1” has unsaved changes. Save them?</source>
        <translation>В шаблоне «%1» есть несохранённые изменения. Сохранить их?</translation>
    </message>
    <message>
        <source>new template</source>
        <translation>новый шаблон</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Удаление шаблона</translation>
    </message>
    <message>
        <source>Delete the template “%1”? Messages already sent keep their text.</source>
        <translation>Удалить шаблон «%1»? Уже отправленные сообщения сохранят свой текст.</translation>
    </message>
    <message>
        <source>The template could not be deleted: %1</source>
        <translation>Не удалось удалить шаблон: %1</translation>
    </message>
</context>
<context>
    <name>bbd::UnansweredModel</name>
    <message>
        <source>low confidence</source>
        <translation>низкая уверенность</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>нет совпадений</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
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
    <name>bbd::VacancyRepository</name>
    <message>
        <source>The vacancy no longer exists.</source>
        <translation>Вакансия больше не существует.</translation>
    </message>
    <message>
        <source>The vacancy needs a title.</source>
        <translation>У вакансии должно быть название.</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Отклик</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Скрининг</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Собеседование</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Оффер</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Нанят</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <source>The stage no longer exists.</source>
        <translation>Этап больше не существует.</translation>
    </message>
    <message>
        <source>The stage needs a name.</source>
        <translation>У этапа должно быть название.</translation>
    </message>
    <message numerus="yes">
        <source>The stage &quot;%1&quot; still holds %n candidate(s); move them first.</source>
        <translation>
            <numerusform>На этапе «%1» ещё остаются кандидаты (%n); сначала переместите их.</numerusform>
            <numerusform>На этапе «%1» ещё остаются кандидаты (%n); сначала переместите их.</numerusform>
            <numerusform>На этапе «%1» ещё остаются кандидаты (%n); сначала переместите их.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bbd::ZoomMeeting</name>
    <message>
        <source>The meeting is set to %1 minutes instead of %2: onboarding meetings last %3 to %4 minutes.</source>
        <translation>Длительность встречи установлена в %1 мин вместо %2: встречи онбординга длятся от %3 до %4 минут.</translation>
    </message>
    <message>
        <source>The meeting needs a topic.</source>
        <translation>У встречи должна быть тема.</translation>
    </message>
    <message>
        <source>The meeting needs a start time.</source>
        <translation>У встречи должно быть время начала.</translation>
    </message>
</context>
<context>
    <name>bbd::csv::Reader</name>
    <message>
        <source>A quoted field is not closed: the rest of the file was read into it.</source>
        <translation>Поле в кавычках не закрыто: в него попал весь остаток файла.</translation>
    </message>
    <message>
        <source>Text follows a closing quote; double the quotes inside a quoted field.</source>
        <translation>После закрывающей кавычки идёт текст; кавычки внутри поля в кавычках нужно удваивать.</translation>
    </message>
    <message>
        <source>The line has bytes that are not valid in the file&apos;s encoding.</source>
        <translation>В строке есть байты, недопустимые в кодировке файла.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Не удаётся прочитать файл: %1</translation>
    </message>
    <message>
        <source>The file is in UTF-16. Save it as CSV in UTF-8 or Windows-1251.</source>
        <translation>Файл в кодировке UTF-16. Сохраните его как CSV в UTF-8 или Windows-1251.</translation>
    </message>
    <message>
        <source>This is an Excel workbook, not a CSV file. In Excel, use File &gt; Save As &gt; CSV and import that file.</source>
        <translation>Это книга Excel, а не CSV-файл. В Excel выберите «Файл &gt; Сохранить как &gt; CSV» и импортируйте получившийся файл.</translation>
    </message>
    <message>
        <source>The file is not text (it has zero bytes): choose a CSV file.</source>
        <translation>Файл не текстовый (в нём есть нулевые байты): выберите CSV-файл.</translation>
    </message>
    <message>
        <source>The file is not text (too many control characters): choose a CSV file.</source>
        <translation>Файл не текстовый (слишком много управляющих символов): выберите CSV-файл.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл пуст.</translation>
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
