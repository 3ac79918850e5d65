<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>MainWindow</name>
    <message>
        <source>Butterboard Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboarding scenarios and their stages (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacancies and candidates (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The knowledge base the assistant answers from (Ctrl+3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve channels and people to contact (Ctrl+4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload from Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every list again from the local database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Butterboard Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Butterboard platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a new key to replace the stored one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Stored Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language is used from the next start of Butterboard Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageTimelineModel</name>
    <message>
        <source>Sent (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed (%1), attempt %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed, attempt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting in the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd</name>
    <message>
        <source>“%1” must be a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is “%2”; expected one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::AddLinkCommand</name>
    <message>
        <source>Link “%1” → “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::AddStagesCommand</name>
    <message>
        <source>Add Stage “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n Stages</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bbd::AnalyticsView</name>
    <message>
        <source>&amp;Vacancy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to hire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many candidates got to each stage or further. A rejected candidate counts for the stages passed before the refusal; the rejection column is shown apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates from each source; the darker part of a bar is those hired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All vacancies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vacancies could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In stage now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average days in stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The funnel is shown for one vacancy at a time, because each vacancy has its own stages. Choose a vacancy above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No candidates for this vacancy yet: the funnel appears with the first response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hire rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hired</source>
        <translation>
            <numerusform>%n hired</numerusform>
            <numerusform>%n hired</numerusform>
        </translation>
    </message>
    <message>
        <source>No candidates yet, so no sources to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one hired yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hired; from application to hire %1 days on average, median %2 days.</source>
        <translation>
            <numerusform>%n hired; from application to hire %1 days on average, median %2 days.</numerusform>
            <numerusform>%n hired; from application to hire %1 days on average, median %2 days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some figures could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all vacancies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding up the figures…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::ArticleEditorDialog</name>
    <message>
        <source>New Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the article answers, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated, e.g. onboarding, IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article in Markdown: # headings, **bold**, - lists, [links](https://…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the article a title: it is what the list and the chat-bot show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article has no text yet: write what a reader needs to know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::ArticleHistoryDialog</name>
    <message>
        <source>Article History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore This Version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current version — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this version changed in the one before it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first version of the article:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the version of %1 the current text of the article? The text it replaces stays in the history, so this can be undone by restoring that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version was not restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::AskCommand</name>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See also: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence: %1 (%2% of the question&apos;s words found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other articles match the question almost as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is listed in the fallback contacts yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  E-mail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Slack: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks the offline assistant a question, in Russian or English.

  ask &quot;QUESTION&quot; [--json]

The answer is a passage of a knowledge-base article, quoted, with the article and section it comes from and how sure the assistant is (high, medium, low). Personal and confidential questions (salary, health, complaints, dismissal), and questions no article answers well enough, are not answered: the assistant says so and names the person to turn to from the fallback contacts. A new database is created with the demo data, as the application does.

Exit codes: 0 when the question was answered; 1 when the database cannot be used; 2 for wrong arguments; 3 when the question was handed over to a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question to ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;QUESTION&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the SQLite database at &lt;path&gt; instead of the default one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the answer as JSON (the format of the README).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: ru or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use ru or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: butterdesk ask &quot;QUESTION&quot; [--json]; see butterdesk ask --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 with the demo data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::AssignDialog</name>
    <message>
        <source>Assign Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name or department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starts %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already on this scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now on “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no scenario to assign yet: create one on the Scenarios tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no employees yet. Hiring a candidate on the board makes one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the people who start this onboarding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) will get the scenario&apos;s stages, dated from their start dates (working days).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody was assigned: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::AssistantArea</name>
    <message>
        <source>Knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unanswered questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions the assistant handed to a person: nothing in the knowledge base matched, or the matter was confidential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::AttachmentStore</name>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be copied: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be removed; is it open in another program?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::BoardColumnModel</name>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number %1 could not be recognised; it is kept as it was entered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::BoardColumnWidget</name>
    <message>
        <source>No candidates at this stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfold the column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fold the column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stuck</source>
        <translation>
            <numerusform>%n stuck</numerusform>
            <numerusform>%n stuck</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n candidate</numerusform>
            <numerusform>%n candidates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked as stuck after %n day(s) in this stage</source>
        <translation>
            <numerusform>Marked as stuck after %n day in this stage</numerusform>
            <numerusform>Marked as stuck after %n days in this stage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bbd::BoardCommand</name>
    <message numerus="yes">
        <source>%n candidates</source>
        <translation>
            <numerusform>%n candidates</numerusform>
            <numerusform>%n candidates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bbd::BoardView</name>
    <message>
        <source>The board cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vacancy has no stages yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a vacancy to see its board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1? The card leaves the board; Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n candidates? The cards leave the board; Undo brings them back.</source>
        <translation>
            <numerusform>Delete %n candidates? The cards leave the board; Undo brings them back.</numerusform>
            <numerusform>Delete %n candidates? The cards leave the board; Undo brings them back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::BulkPull</name>
    <message>
        <source>No writer for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::CandidateCardDelegate</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stuck %n day(s)</source>
        <translation>
            <numerusform>stuck %n day</numerusform>
            <numerusform>stuck %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bbd::CandidateDialog</name>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open that card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves this card, then lets you pick, field by field, what the merged card keeps. The merge can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps both candidates; nothing is merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept as typed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an e-mail address; correct it before saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mails:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vacancy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the candidate was turned down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejection reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rating:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated, e.g. middle, Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data consent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a merge in the timeline to split the cards again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note; Ctrl+Enter adds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vacancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacancy #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same phone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same e-mail %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name, phone ending in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like %1 — %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possibly the same person as %1 — %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more similar candidate(s).</source>
        <translation>
            <numerusform>%n more similar candidate.</numerusform>
            <numerusform>%n more similar candidates.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This candidate seems to be here already. Open that card, merge the two, or save anyway to keep both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes to this candidate are not saved. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That card cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is saved as a card of its own; nothing was merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeline starts when the candidate is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save or discard your edits to this card before undoing a merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split the merged card off again and put both candidates back as they were before the merge?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the candidate before attaching files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program is set up to open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from this candidate? The copy kept by the app is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::CandidateExporter</name>
    <message>
        <source>Cannot read the vacancies: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no vacancy &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the candidates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::CandidateImporter</name>
    <message>
        <source>The line has %1 fields, the header has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone &quot;%1&quot; is kept as typed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date &quot;%1&quot; is not understood; write it as 31.12.2024 or 2024-12-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rating &quot;%1&quot; is not a whole number from 0 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent &quot;%1&quot; is not one of: given, refused, asked, not_asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent date &quot;%1&quot; is not understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent decision has no date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no vacancy &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage &quot;%1&quot; is not in the vacancy&apos;s pipeline; the candidate is in its first stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage &quot;%1&quot; was not kept: the row has no vacancy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same phone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same e-mail %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import stopped on a database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column holds the candidates&apos; names. Name a column &quot;ФИО&quot; or &quot;Full name&quot; (or &quot;Фамилия&quot; and &quot;Имя&quot;), or choose it in the preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot configure the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::CandidateRepository</name>
    <message>
        <source>The name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rating must be between 0 and 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen stage no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen stage belongs to another vacancy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date of the consent decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 It is kept as typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidate no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed this candidate after you opened the card. Reopen the card to see their changes; your edits were not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vacancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the candidates no longer exists; nothing was moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card or its neighbours no longer exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::CandidateSearch</name>
    <message>
        <source>Could not count the candidates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %1 found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No candidates found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::CandidateTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number could not be recognised; it is kept as it was entered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::CandidatesArea</name>
    <message>
        <source>Vacancies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the candidates of every vacancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tag %n candidate(s) &quot;%1&quot;</source>
        <translation>
            <numerusform>Tag %n candidate &quot;%1&quot;</numerusform>
            <numerusform>Tag %n candidates &quot;%1&quot;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n candidate(s)</source>
        <translation>
            <numerusform>Delete %n candidate</numerusform>
            <numerusform>Delete %n candidates</numerusform>
        </translation>
    </message>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kanban board of the chosen vacancy (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sortable list of candidates (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No candidates match. Clear the search or the filters, add a candidate (Ctrl+N) or import a CSV file from a job board (Ctrl+I).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New candidate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected candidates (Delete; undo with Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the &amp;next stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the &amp;previous stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export the view to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;vacancy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacancy and &amp;pipeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hiring &amp;analytics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message te&amp;mplates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data &amp;review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All vacancies · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a vacancy on the left to see its board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidate cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tag for %n candidate(s):</source>
        <translation>
            <numerusform>Tag for %n candidate:</numerusform>
            <numerusform>Tag for %n candidates:</numerusform>
        </translation>
    </message>
    <message>
        <source>This vacancy&apos;s pipeline has no &quot;rejected&quot; stage. Add one in Vacancy and pipeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You are about to delete %n candidates. Type the number to confirm:</source>
        <translation>
            <numerusform>You are about to delete %n candidates. Type the number to confirm:</numerusform>
            <numerusform>You are about to delete %n candidates. Type the number to confirm:</numerusform>
        </translation>
    </message>
    <message>
        <source>The number typed does not match; nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n candidate(s)? You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>Delete %n candidate? You can undo this with Ctrl+Z.</numerusform>
            <numerusform>Delete %n candidates? You can undo this with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hiring analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import or export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file to read or write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the SQLite database at &lt;path&gt; instead of the default one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import: the vacancy for rows that name none. Export: only this vacancy&apos;s candidates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import: write the report as JSON to &lt;file&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export: the delimiter, &apos;,&apos; (default), &apos;;&apos; or tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export: utf-8 (default, with a byte order mark so that Excel reads it), utf-8-nobom or cp1251.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: ru or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: butterdesk candidates import|export FILE [options]; see butterdesk candidates --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown delimiter &quot;%1&quot;: use , ; or tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;: use utf-8 or cp1251.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates exported to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters with no Windows-1251 code were written as &quot;?&quot;: %1. Export in UTF-8 to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::ChannelDialog</name>
    <message>
        <source>Edit Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hr@example.com, +7 495 123-45-67, #channel or a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential matters may be raised here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When to use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::ChannelListModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential matters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::ChannelTableModel</name>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat-bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

When to use: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential topics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::ChatAnswer</name>
    <message>
        <source>The reply has no &quot;answer&quot; text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply has no &quot;sources&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply&apos;s confidence is not high, medium or low.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A source of the reply has no article id or title.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::ChatConversationView</name>
    <message>
        <source>High confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low confidence: check the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for an answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled article)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article is not in the copy on this computer yet; it arrives with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the article in the knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How well the quoted passage matches the question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered by the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered on this computer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is listed in the fallback contacts yet: ask HR to fill them in (Contacts area).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a person: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Slack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Useful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not useful</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::ChatEngine</name>
    <message>
        <source>The Snowball stemmers for Russian and English are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question is empty: type what you would like to know, in Russian or English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the assistant&apos;s index: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the fallback contacts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the HR department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, through %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I do not handle personal or confidential questions (salary and bonuses, health and sick leave, complaints, dismissal): a chat with the bot is not protected like a conversation with a person. Please turn to a person directly: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The knowledge base cannot be searched right now. Please ask a person: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in the knowledge base answers this well enough, and I would rather not guess. Please ask a person: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can also ask a person: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the unanswered question: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::ChatHistory</name>
    <message>
        <source>Could not save the conversation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the question: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the conversation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not search the conversations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rating is +1, -1 or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the rating: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such answer to rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the unanswered questions: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::ChatPane</name>
    <message>
        <source>Search earlier questions and answers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over with an empty conversation; the earlier one stays in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a question, in Russian or English (Enter sends)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Какой телефон у отдела кадров?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Как записаться на встречу с HR?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Что делать, если платформа недоступна?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens at the weekly 1:1 with my manager?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It answers from the knowledge base and quotes the passage it found, with a link to the article. Personal matters (salary, health, complaints) go to a person, and it says whom to ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try one of these:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the platform…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking in the knowledge base…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in the history matches.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::ChatService</name>
    <message>
        <source>The platform found no answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform refused the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform is busy; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform failed (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s answer could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform refused the question (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::CommandLine</name>
    <message>
        <source>Butterboard Desk: onboarding scenarios, candidates, the assistant and fallback contacts for HR staff and recruiters, on a local database that works offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the SQLite database at &lt;path&gt; instead of the default one in the user&apos;s application data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the demo data (vacancies, candidates, scenarios, articles, contacts) into the database unless it is already there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language: ru or en (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the main window, render it to the PNG &lt;file&gt; and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area to open: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use ru or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown area &quot;%1&quot;: use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::ConflictDialog</name>
    <message>
        <source>Resolve a conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You deleted this record here, but someone changed it on the server in the meantime. Delete it anyway, or keep the server&apos;s version?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete it anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the server&apos;s record and drop my delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record was changed on the server after your edit was made. Choose, for each field you changed, which value to keep. The result is sent on top of the server&apos;s version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not on the server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send my choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All the server&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::ConnectionMonitor</name>
    <message>
        <source>The server reports that it is degraded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reports that it is down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is answering with errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection to the server was lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::ContactDialog</name>
    <message>
        <source>Edit Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Slack:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More e-mails:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More phones:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::ContactDirectory</name>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat-bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A channel needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of channel &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address (name@example.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel&apos;s phone number is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a Slack channel (#name) nor a link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The booking link must start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Slack name has no spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one way to reach %1: e-mail, phone or Slack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number &quot;%1&quot; is kept as typed but cannot be called: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel no longer exists (it may have been deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact no longer exists (it may have been deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import cannot be undone, nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import cannot be redone, nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::ContactListEditor</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::ContactPointsEditor</name>
    <message>
        <source>Add Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address (name@example.com).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::ContactTableModel</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::ContactTransfer</name>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n imported, </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated, </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line must name the columns, at least &quot;type&quot; and &quot;name&quot; (as an export writes them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown type &quot;%1&quot;: use person, email, phone, slack, meeting or chatbot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: nobody called &quot;%2&quot; in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card has no END:VCARD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text outside of a card: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::ContactsArea</name>
    <message>
        <source>No reserve channels or contacts are set up. Add the ways to reach HR here so that people know where to turn when the platform is down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People to contact, in order of escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark the Platform Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You know the platform is down before the checks do: bring the fallback contacts forward and offer the notice to new hires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve channels, in the order to use them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notify New Hires…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prepared notice: what is down and how to reach HR meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Slack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Book a Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add C&amp;hannel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Butterboard is unavailable: a question about onboarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A question about onboarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a channel or a person first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This channel is not of that kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number that can be called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a Slack channel nor a link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The booking link is missing or not an http(s) link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid phone number, so it cannot be called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no Slack name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings are booked through the meeting channel above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the address or number to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program is set up to open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Butterboard platform (dashboard and chat-bot) does not answer since %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Butterboard platform (dashboard and chat-bot) was marked down at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use e-mail and phone first; for critical questions, call%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s) written to the outbox.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import Fallback Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts (*.csv *.vcf *.vcard);;CSV (*.csv);;vCard (*.vcf *.vcard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some records need a look:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Fallback Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv);;vCard 4.0 (*.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallback contacts written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallback contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add channel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit channel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; from the fallback contacts? Edit &gt; Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1: %2 new, %3 updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &gt; Undo takes the whole import back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::CredentialStore</name>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are kept only in the macOS Keychain; make sure it can be reached, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are kept only in the Windows Credential Manager; make sure it can be reached, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are kept only in a Secret Service keychain such as GNOME Keyring or KWallet, which needs a desktop session with a D-Bus session bus. Start or install one, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available, so the secret for %1 was NOT saved. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available, so the secret for %1 could not be read. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available, so the secret for %1 could not be removed. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret was stored for %1, so there was nothing to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret is stored for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused to save the secret for %1, so it was NOT saved. Unlock the keychain or allow access, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused to give out the secret for %1. Unlock the keychain or allow access, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused to remove the secret for %1. Unlock the keychain or allow access, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret for %1 was NOT saved: the system keychain reported an error (%2). Make sure the keychain is unlocked and has a default keyring, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret for %1 could not be read: the system keychain reported an error (%2). Make sure the keychain is unlocked, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret for %1 could not be removed: the system keychain reported an error (%2). Make sure the keychain is unlocked, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential has no service name, so it cannot be kept in the system keychain. This is a bug in the application; please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty secret cannot be saved for %1; remove the credential instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::Database</name>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not be upgraded; it was left as it was. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Butterboard Desk database, or it is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 failed its integrity check and has not been changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Butterboard Desk (schema %2; this version supports schema versions up to %3). It has not been changed. Update the application, or start on a fresh database and keep this file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::DatabaseProblemDialog</name>
    <message>
        <source>The database cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can start on a fresh database. The current file is kept, unchanged, in the same folder (%1) under a dated name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start on a Fresh Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::DeleteCandidatesCommand</name>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::DemoData</name>
    <message>
        <source>The database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data is missing from this build (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data of this build cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a transaction for the demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employee %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee %1 names an unknown manager %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vacancy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate %1 is placed on an unknown vacancy or stage (%2 / %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeline of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage %1 of scenario %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario %1 links unknown stages %2 → %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link %1 → %2 of scenario %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An assignment names an unknown employee or scenario (%1 / %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assignment of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assignment stage of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel %1 names an unknown contact %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>responsible contact of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the demo data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New response, source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the demo statement for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manager of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::EditScenarioCommand</name>
    <message>
        <source>Edit Scenario Name and Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::EditStageCommand</name>
    <message>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::EmployeeTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No onboarding scenario assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::EmployeesPane</name>
    <message>
        <source>Search by name, job title or department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No employees yet. A candidate hired on the board becomes one, and the platform&apos;s people arrive with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign Scenario…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected people on an onboarding scenario (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bbd::ExportDialog</name>
    <message>
        <source>Export candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Export the %n candidate(s) of the current view to a CSV file.</source>
        <translation>
            <numerusform>Export the %n candidate of the current view to a CSV file.</numerusform>
            <numerusform>Export the %n candidates of the current view to a CSV file.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the candidates of the current view to a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path to a .csv file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ( ; ), for Excel in Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 with BOM (Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1251 (old programs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) written to %1.</source>
        <translation>
            <numerusform>%n candidate written to %1.</numerusform>
            <numerusform>%n candidates written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) have no place in Windows-1251 and were written as &quot;?&quot;; choose UTF-8 to keep them.</source>
        <translation>
            <numerusform>%n character have no place in Windows-1251 and were written as &quot;?&quot;; choose UTF-8 to keep them.</numerusform>
            <numerusform>%n characters have no place in Windows-1251 and were written as &quot;?&quot;; choose UTF-8 to keep them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bbd::FilterBar</name>
    <message>
        <source>Search name, phone, e-mail, tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage of the vacancy&apos;s pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the filter choices: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the candidate came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating ≥ </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest rating shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncheck to show only candidates who applied between two dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied on or after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied on or before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply a saved filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the search and filters under a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen saved filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search and every filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacancy #%1 (not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage #%1 (not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any vacancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the stages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved filter &quot;%1&quot; no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved filter needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved filter named &quot;%1&quot; already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Saved Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the saved filter &quot;%1&quot;? The candidates are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::FullResync</name>
    <message>
        <source>Full resync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is synchronised yet: enter the platform&apos;s API key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive every record from %1 again? Local changes that are not sent yet stay in the outbox and are sent first. For a large company this can take a few minutes; you can keep working meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database refused to forget what was received.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::HeaderMapping</name>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::HhJob</name>
    <message>
        <source>hh.ru refused the token. Enter a valid hh.ru token in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hh.ru refused the token (%1). Enter a valid hh.ru token in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hh.ru employer account has no paid API access to responses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hh.ru does not let this account read the responses (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hh.ru refused the application&apos;s User-Agent (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hh.ru did not accept the request&apos;s %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hh.ru does not know this vacancy or resume, or this account cannot see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hh.ru&apos;s answer could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>hh.ru limits the requests (429): try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>hh.ru limits the requests (429): try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hh.ru answered with a server error (%1): try again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::HhPullReport</name>
    <message>
        <source>hh.ru responses: imported: %1, duplicates: %2, rejected: %3, pulled before: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pull stopped: %1 The pages before it are in; pull again to get the rest.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::HhResponsesImporter</name>
    <message>
        <source>Cannot read the candidates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant deleted the resume or closed it to employers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resume shows no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone &quot;%1&quot; is kept as written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same phone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same e-mail %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responded on hh.ru (response %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responded on hh.ru with the resume &quot;%1&quot; (response %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::HhResponsesPuller</name>
    <message>
        <source>&quot;%1&quot; is not an hh.ru vacancy id: write the number from the vacancy&apos;s address on hh.ru, optionally followed by = and the title of the vacancy here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hh.ru is not configured: enter its address (https://api.hh.ru) in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hh.ru vacancies are set: enter their ids in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hh.ru vacancy %1 is set to go to &quot;%2&quot;, but there is no such vacancy here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hh.ru pull was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vacancy %1, page %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the hh.ru responses pulled before: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resume of response %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hh.ru responses could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hh.ru, %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::HireDialog</name>
    <message>
        <source>Create the employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@company.ru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No onboarding scenario now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The employee is created here at once and on the Butterboard platform as soon as it is reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work &amp;e-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Onboarding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::HiringService</name>
    <message>
        <source>The first name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A valid work e-mail is needed to create the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job title is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An employee has already been created from this candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee created: %1 %2, starts %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::ImportDialog</name>
    <message>
        <source>UTF-8 with BOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon ( ; )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV file saved from Excel, Google Sheets or another system. The first row must hold the column headers. UTF-8 and Windows-1251 files with commas, semicolons or tabs are recognised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path to a .csv file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vacancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vacancy for rows without one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vacancies could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose above each column which field it fills, or &quot;Skip&quot; to leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save re&amp;jected rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding: %1. Delimiter found: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field column &quot;%1&quot; fills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column is mapped to the candidate&apos;s name. Choose &quot;%1&quot; (or &quot;%2&quot; and &quot;%3&quot;) above the column that holds the names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of about %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read: %1. Imported: %2. Duplicates: %3. Rejected: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows up to line %1 of the file are settled as listed; the rows after it were not imported. Import the file again to add them: the rows already in will show as duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason or duplicate of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table lists the first %1 lines not imported; the saved report lists all %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rejected rows could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rows are read. Building the search index and the board&apos;s indexes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: rows not yet committed are rolled back…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::ImportReport</name>
    <message>
        <source>Cannot write the report to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the rejected rows to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rows read: %2, imported: %3, duplicates: %4, rejected: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import stopped: the rows up to line %1 are settled as listed; the rows after it were not imported. Import the file again to add them (the rows already in will show as duplicates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import stopped before any row was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::IntegrationHealthModel</name>
    <message>
        <source>Butterboard platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jira</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft 365 mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hh.ru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Having trouble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waiting, %2 failed, %3 in conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::IntegrationHub</name>
    <message>
        <source>No secret is stored for %1 yet. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::Integrations</name>
    <message>
        <source>Jira</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph (Outlook mail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Atlassian e-mail and an API token, written email:token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incoming webhook&apos;s URL (https://hooks.slack.com/services/…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An OAuth access token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::IntegrationsDialog</name>
    <message>
        <source>Integrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the services answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Service Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pull Responses Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring new hh.ru responses into Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vacancies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>93000001=Sales manager, 93000002</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact e-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s address and API key are set in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the service is not used, and its work waits in the outbox. For the loopback test server, its address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth token of the employer&apos;s hh.ru account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret is stored in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret stored yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address as https://host/path (http:// only for a test server on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret was not stored: set the address first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::JobBoardPull</name>
    <message>
        <source>hh.ru is not configured: set its address and token in Sync &gt; Integrations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the hh.ru token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hh.ru token is stored yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hh.ru vacancy %1: %2 of %3 responses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::KbArticleListModel</name>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::KbCommand</name>
    <message>
        <source>Imports Markdown and text files into the knowledge base.

  kb import PATH... [--json]

Each PATH is a .md, .markdown or .txt file, or a folder whose files of those kinds are imported with its subfolders (which become tags). The title is the first &quot;# &quot; heading, else the file name. A file imported before (the same absolute path) updates its article, keeping the previous text in its history, or is skipped when it has not changed. Files that are empty, binary or in an unknown encoding are rejected with the reason (UTF-8, UTF-16 with a byte order mark and Windows-1251 are read).

Exit codes: 0 when every file was imported, updated or unchanged; 1 when the database cannot be used, no file was found or the import stopped; 2 for wrong arguments; 3 when some files were rejected (the others are imported).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files and folders to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the SQLite database at &lt;path&gt; instead of the default one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report as JSON (every file with its outcome).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: ru or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: butterdesk kb import PATH... [--json]; see butterdesk kb --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Markdown or text file was found in the paths given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::KbImportDialog</name>
    <message>
        <source>Import Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for Markdown and text files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article or reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing: %1 of %2 files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling after the current file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::KbImportReport</name>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files: %1 — imported %2, updated %3, unchanged %4, rejected %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; the files listed were done, the rest not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::KbImporter</name>
    <message>
        <source>Cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too large for an article (%1 MB; at most %2 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid UTF-16 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a text file (binary content).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither UTF-8 nor Windows-1251 text: save it as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a heading but no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such file or folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a Markdown (.md) or text (.txt) file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot configure the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::KbStatsView</name>
    <message>
        <source>Most viewed articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Useful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Least useful articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By the share of readers who answered &quot;No&quot; to &quot;Was this useful?&quot;, among articles with at least %1 answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not useful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::KbStore</name>
    <message>
        <source>An article needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An article needs some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article no longer exists (it may have been deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such earlier version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::KnowledgeBasePane</name>
    <message>
        <source>Search articles (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New article (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the article (F2, Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier versions, what changed, restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (.md) and text (.txt) files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every Markdown and text file of a folder and its subfolders, e.g. an exported wiki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The knowledge base is empty. The assistant answers questions from these articles, so it has nothing to say until some are written or imported (Import Folder… loads a whole wiki).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article matches. Try fewer or shorter words, or other filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n view(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Thank you for your answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was this useful?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you — glad it helped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you — HR will see that this article needs work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;? Readers and the chat-bot will no longer find it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article was not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown and text (*.md *.markdown *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Folder of Articles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::MainWindow</name>
    <message>
        <source>Local database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists read again from the local database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Butterboard Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Butterboard Desk %1&lt;/h3&gt;&lt;p&gt;Onboarding scenarios, candidates, the knowledge-base assistant and fallback contacts for HR staff and recruiters, on a local database that works offline.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Schema version: %3&lt;br&gt;Qt %4&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read from the local database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs its secret (Sync &gt; Integrations…): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hh.ru responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send waiting changes and receive what changed on the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Integrations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How Jira, Zoom, Outlook, Slack and hh.ru answer, and where they are set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter &amp;API Key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full Resync…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive every record from the platform again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key for %1 (stored in the system keychain only):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not accept the API key: %2

Enter the key again (stored in the system keychain only). Until then, changes wait in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be stored, so it was not used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sce&amp;nario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As&amp;k the Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the chat and put the cursor in its question field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::MergeDialog</name>
    <message>
        <source>not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A candidate cannot be merged with itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Keeps this card&lt;/b&gt;&lt;br&gt;%1 (#%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Folds in this one&lt;/b&gt;&lt;br&gt;%1 (#%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Both&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Result&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both timelines and all attachments stay with the merged card. The merge can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vacancy #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::MergeService</name>
    <message>
        <source>A candidate cannot be merged with itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the two candidates no longer exists; nothing was merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has already been merged into another card; nothing was merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has been deleted; nothing was merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the candidates was changed while the merge was prepared; nothing was merged. Open the merge again to see the current values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged with %1 (card #%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This merge is not in the history any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This merge has already been undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A later merge involves these candidates; undo that merge first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the two candidates no longer exists; the merge cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has been merged again since; undo that merge first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed after the merge; undoing it now would discard those changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::MessageDialog</name>
    <message>
        <source>Message to the candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Message to %n candidate(s)</source>
        <translation>
            <numerusform>Message to %n candidate</numerusform>
            <numerusform>Message to %n candidates</numerusform>
        </translation>
    </message>
    <message>
        <source>SMS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: 25 November at 15:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interview time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue for delivery; it goes out as soon as the mail service is reachable, and appears in the candidate&apos;s timeline now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in &amp;mail client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no message templates yet. Create one in Candidates → Message templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n candidate</numerusform>
            <numerusform>%n candidates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them cannot get this message:</source>
        <translation>
            <numerusform>%n of them cannot get this message:</numerusform>
            <numerusform>%n of them cannot get this message:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Send to %n</source>
        <translation>
            <numerusform>&amp;Send to %n</numerusform>
            <numerusform>&amp;Send to %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) could not be queued:</source>
        <translation>
            <numerusform>%n message could not be queued:</numerusform>
            <numerusform>%n messages could not be queued:</numerusform>
        </translation>
    </message>
    <message>
        <source>No mail client answered. Use Copy text and paste the message where you write e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::MessageService</name>
    <message>
        <source>A template needs a name and a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown placeholders: %1. Known ones: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{%1} is not a placeholder this app knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{%1} has no value for this candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidate has no e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidate has no valid phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::Migrator</name>
    <message>
        <source>Cannot read the schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the upgrade to schema version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade to schema version %1 (%2) failed and was undone: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::MoveCandidatesCommand</name>
    <message>
        <source>Move %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::MoveStagesCommand</name>
    <message>
        <source>Move Stage “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n Stages</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bbd::NetworkJob</name>
    <message>
        <source>The server did not answer within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection to the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection closed before the whole answer arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::NoticeDialog</name>
    <message>
        <source>Outage Notice to New Hires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail to each new hire (Outlook)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One message to the Slack channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian and English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — no e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;through:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New hires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One message goes to the Slack channel of the webhook set up in Sync &gt; Integrations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s) will be sent through Outlook, one per person.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Send the notice to the Slack channel now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Send the notice by e-mail to %n new hire(s) now?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Messages wait in the outbox until the service answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::OutboxDialog</name>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not delivered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is waiting. Changes made here are sent to the platform and the connected services in the background; anything that cannot be delivered shows up here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row to see the request and the server&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the failed request back in the queue and send it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;solve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare your version with the server&apos;s and choose field by field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the request: it will never be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting: %1 · Failed: %2 · Conflicts: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server&apos;s answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard &quot;%1&quot;? It will never reach %2, and this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n later change(s) of the same record stay in the outbox and will be sent without this one.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The record was never created on the server, so the later changes of it will fail too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard a change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::OutboxDispatcher</name>
    <message>
        <source>The record this change belongs to was never created on the server (its creation was discarded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address this service is reached at is not stored yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::OutboxQueue</name>
    <message>
        <source>This item is no longer waiting in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::OutboxTableModel</name>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Butterboard platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlook mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jira task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New employee account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vacancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>&quot;Create candidate&quot;, &quot;Update vacancy&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed, retried at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::PassageIndex</name>
    <message>
        <source>Cannot read the assistant&apos;s index: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start updating the assistant&apos;s index: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the assistant&apos;s index: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update the assistant&apos;s index: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the assistant&apos;s index: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot search the assistant&apos;s index: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::PersonCard</name>
    <message>
        <source>%1 (not valid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid phone number, so it cannot be called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phone or e-mail: reach %1 through Slack.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::PersonListModel</name>
    <message>
        <source>Not a valid phone number, kept as typed: it cannot be called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not valid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::PhoneNumbers</name>
    <message>
        <source>ext.</source>
        <extracomment>Short label before a phone extension, as in &quot;8 (495) 123-45-67 ext. 12&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a phone number: use digits, optionally with +, spaces, dashes and brackets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country code is missing or unknown: start a foreign number with + and its country code, e.g. +375 for Belarus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is too short: check for missing digits or a missing area code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is too long: remove extra digits, or write an extension after &quot;ext.&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landline or mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toll-free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premium rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VoIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company number</source>
        <extracomment>Universal access number: one number for all offices of a company</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number is not valid: check the digits and the area or operator code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::PipelineDialog</name>
    <message>
        <source>New vacancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacancy and pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final: hired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final: rejected (asks for a reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folded on the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stuck &amp;after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline (the columns of the board)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new vacancy starts with the usual pipeline; edit it after creating the vacancy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — hired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (folded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> · %n candidate(s)</source>
        <translation>
            <numerusform> · %n candidate</numerusform>
            <numerusform> · %n candidates</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the stage &quot;%1&quot; from the pipeline?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::PlatformResources</name>
    <message>
        <source>Unknown resource %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a %1 record without an id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::PlatformSync</name>
    <message>
        <source>Sending changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::ProblemListModel</name>
    <message>
        <source>Whole scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::ProgressPane</name>
    <message>
        <source>New hires&apos; progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the stage and send what it starts on completion (a Jira task, a message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule &amp;Meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a Zoom meeting for the stage with the new hire invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Meeting Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stage done; %n action(s) queued.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Schedule a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom meeting for “%1” with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboarding meetings work best at 30 to 60 minutes; the length is brought into that range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting queued; its join link appears here once Zoom has created it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each new hire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is onboarding right now. Assign a scenario to a new hire (from the hiring flow in Candidates, or from the scenario) and their stages appear here with their dates; each stage starts by itself on its day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages of everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What “%1” sent and what the services answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the stage sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a stage to see the tasks, meetings and messages it sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This stage could not start by itself: %1 It is tried again while the app runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing sent yet: the stage sends its tasks and messages when it starts or when it is marked done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This stage sends nothing to other services.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::ProgressSummaryModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::RejectionReasonDialog</name>
    <message>
        <source>Rejection reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Why are %n candidate(s) moved to &quot;%1&quot;?</source>
        <translation>
            <numerusform>Why are %n candidate moved to &quot;%1&quot;?</numerusform>
            <numerusform>Why are %n candidates moved to &quot;%1&quot;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick or type a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salary expectations too high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not pass the interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined our offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped responding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position already filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not show up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::RemoveItemsCommand</name>
    <message>
        <source>Delete Stage “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Links</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Stages</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bbd::ReorderCandidatesCommand</name>
    <message>
        <source>Reorder %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::ResourcePuller</name>
    <message>
        <source>The pulled records could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::RetentionDialog</name>
    <message>
        <source>Personal data past the retention period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates who were not hired and whose cards have not changed for longer than the retention period. Anonymising erases their personal data and keeps what the hiring figures need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For this review only; the usual period is set in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unchanged for longer than:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review is off (0 months): no candidate is offered for anonymisation. Set a period to see whose data has been kept longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidates could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing is due: no candidate&apos;s data has been kept unchanged for longer than %n months.</source>
        <translation>
            <numerusform>Nothing is due: no candidate&apos;s data has been kept unchanged for longer than %n months.</numerusform>
            <numerusform>Nothing is due: no candidate&apos;s data has been kept unchanged for longer than %n months.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n…</source>
        <translation>
            <numerusform>Anonymise %n…</numerusform>
            <numerusform>Anonymise %n…</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymise candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n candidate(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Anonymise %n candidate? This cannot be undone.</numerusform>
            <numerusform>Anonymise %n candidates? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erased: names, phone numbers, e-mail addresses, notes, tags, rejection reasons, attached files and the texts of timeline entries.

Kept for the hiring figures: vacancy, stage, source and dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was anonymised: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) anonymised.</source>
        <translation>
            <numerusform>%n candidate anonymised.</numerusform>
            <numerusform>%n candidates anonymised.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bbd::RetentionService</name>
    <message>
        <source>Anonymised candidate #%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::SavedFilters</name>
    <message>
        <source>Could not read the saved filters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved filter needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved filter named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the saved filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::ScenarioAssigner</name>
    <message>
        <source>Nobody was assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Assigned to %n new hire(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped: %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The start date is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no scenario #%1 (it may have been deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a template: insert it into a scenario and assign that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be assigned until these are fixed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1: no such employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no start date yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: already follows “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody was assigned: writing the assignment of %1 failed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody was assigned: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::ScenarioEditor</name>
    <message>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert to Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export to File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert &amp;Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Selected Stages as Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Scenario as Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign to New Hires…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not saved yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — revision %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems: the scenario can be assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s); the scenario can still be assigned.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2: fix the errors before assigning it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario “%1” saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is being followed by new hires, so your changes were saved as revision %2. Their onboarding goes on with the previous revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move them to the new revision? Stages they finished stay finished; new stages get dates from their start dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the Previous Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as revision %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assignments were not moved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert to Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the changes to “%1” made since it was saved?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Butterboard scenario (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Butterboard scenario (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a scenario this version can read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported “%1” (%n stage(s)); save it to keep it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export as Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario has no stages to draw yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario has no stages to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scenario cannot be assigned until these are fixed:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario must be saved before it is assigned. Save it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template “%1” saved; find it under Insert Template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n stage(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert Template “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Stage &amp;Palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Inspector</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::ScenarioJson</name>
    <message>
        <source>The file is not JSON: %1 at offset %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no scenario: its top level is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Butterboard Desk scenario file: it has no “format” (expected “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Butterboard Desk scenario file: its “format” is not text (expected “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Butterboard Desk scenario file: its “format” is “%1” (expected “%2”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s “version” must be a whole number from 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was made by a newer Butterboard Desk: version %1, this one reads up to %2. Update the app to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario&apos;s “%1” must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no “stages” list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1 is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1 needs a whole-number “id”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages %1 and %2 have the same id %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1 (id %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s “links” must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link %1 needs whole-number stage ids “from” and “to”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link %1 points to stage id %2, which is not in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link %1 joins stage id %2 to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link %1 repeats link %2 (stage id %3 → %4).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::ScenarioListModel</name>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::ScenarioMinimap</name>
    <message>
        <source>The whole scenario: click or drag to move the canvas there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::ScenarioScene</name>
    <message numerus="yes">
        <source>%n h</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cut %n Stage(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds stages this version cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stage is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paste %n Stage(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A stage cannot come after itself: drop the link on another stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already comes after “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::ScenarioStore</name>
    <message>
        <source>No running onboarding followed the previous revision; nothing was moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new hire(s) moved to the new revision</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s) kept</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dropped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s) no longer in the scenario but done or under way stay in their history.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>There is no scenario #%1 (it may have been deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage “%1” of “%2” holds participants or actions that are not a JSON list; the scenario cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario was deleted meanwhile; export it to a file to keep your changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 of “%2” was saved meanwhile; open that one to make changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario #%1 is not a later revision of #%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” cannot be deleted: %n new hire(s) follow or followed it, and their onboarding history needs it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bbd::ScenarioTemplates</name>
    <message>
        <source>How did “{stage}” go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{employee} finished the first three months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{employee} ({department}) has completed the onboarding scenario “{scenario}”. {manager}, please confirm the result of the probation period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meet the team: {employee}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introductions, who does what and whom to ask about what, and your first questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meet the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A video meeting in the first week with the manager and the key people of the team. The manager sends the agenda beforehand; the meeting is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product training: {employee}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key features shown live, then practical exercises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A video session with the product trainer in the first month: the key features, then practice. Add the link to the recording of an earlier session so the new hire can watch it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly 1:1 with the manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thirty minutes every week from the second week: wins, blockers, priorities for the next week, and feedback both ways. The new hire brings their own list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1:1: {employee} and {manager}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wins, blockers, priorities, feedback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probation review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the third month the manager and the new hire look back on the probation period and agree on a development plan. When it is done, a Jira task asks the department head to confirm the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probation review: {employee}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first three months, and the plan for the next quarter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 45-minute video meeting with the manager and the team in the first week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A video session with the product trainer in the first month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 30-minute video call with the manager every week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First three months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meet the team in the first week, product training in the first month and a weekly 1:1 with the manager, with a feedback survey after each stage (the 1:1 is feedback itself), and a probation review at the end that opens a Jira task for the department head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no built-in template “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template “%1” is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chosen stage is no longer in the scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no stages to keep in a template.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::ScenarioValidator</name>
    <message>
        <source>The scenario has no stages yet: add at least one before assigning it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 waits for itself through a loop of dependencies (%2): none of these stages can ever start. Remove one of the links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can never start: it waits, directly or through other stages, for %2, which is in a loop of dependencies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is set for working day %2, before %3 (working day %4), which it waits for. Move it later or remove the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no title: new hires and managers would not know what it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no owner: choose who is responsible for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video meeting of %1 lasts %2 minutes; onboarding meetings work best at %3 to %4 minutes, and it will be booked at that length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting %1 lasts %2 minutes; onboarding meetings work best at %3 to %4 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 of %2 has the unknown type “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 of %2 must run when the stage starts or when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 creates its Jira task when it starts; a Jira task is created when a stage is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 of %2 uses {%3}, which is not a placeholder (known: {%4}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 creates a Jira task but names no project: name one in the action, or set a default project in Sync &gt; Integrations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The survey of %1 needs its web address (http or https).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document of %1 needs its web address (http or https).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one-on-one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::ScenarioView</name>
    <message>
        <source>Cu&amp;t Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;nap to Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to add a stage, or drag one from the palette</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::ScenariosArea</name>
    <message>
        <source>Onboarding scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New hires&apos; progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No onboarding scenarios yet. Scenarios describe a new hire&apos;s first weeks: meetings, training, documents and the tasks each stage starts. Start one with New, from a template or from scratch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n stage(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New scenario from the template “%1”; save it to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the scenario “%1” with all its revisions? New hires who finished it keep their history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario “%1” deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Scenario &amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Canvas Only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::SettingsDialog</name>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server address, for example https://api.butterboard.online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must start with https:// (or http:// for a test server on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key is stored in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key is stored yet. Without one, nothing is synchronised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the stored API key from the system keychain? Synchronisation stops until a new key is entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the key to the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only on start and with F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full &amp;Resync…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive every record from the platform again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am an &amp;HR administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HR administrators edit the fallback contacts (channels and people); everyone else can only use them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::StageActions</name>
    <message>
        <source>The stage&apos;s actions are not a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 has the unknown type “%2” (known: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 must say &quot;on&quot;: &quot;complete&quot; or &quot;start&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 uses {%2}, which is not a placeholder (known: {%3}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not configured: the request waits in the outbox until its address is set in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This onboarding stage no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage “%1” creates a Jira task but names no project: add &quot;project&quot; to the action or set the Jira project in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{employee} finished “{stage}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{employee} finished the onboarding stage “{stage}” of “{scenario}”.

Please check that it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{employee} finished the onboarding stage “{stage}” of “{scenario}”.

{manager}, as head of {department}, please check that it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{employee} finished “{stage}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage “%1” sends an e-mail to the %2, who has no e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboarding: “{stage}” finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{employee} finished the onboarding stage “{stage}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage “%1”: a Zoom meeting is scheduled, not completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is done already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom created the meeting but sent no link to join it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting belongs to no onboarding stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1: a Jira task is created when a stage is done, not when it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 needs the address (&quot;url&quot;) of the %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first_name}, how did “{stage}” go? Please tell us: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first_name}, please read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage “%1” sends the employee a link, but the employee has no e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did “{stage}” go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To read for “{stage}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello {first_name},

please take a few minutes to tell us how “{stage}” went:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello {first_name},

please read %1 for the stage “{stage}”:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has started already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::StageData</name>
    <message>
        <source>“participants” must be a list of texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“actions” must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every action needs a “type”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stage needs a “title” (text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“auto_complete” must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::StageDeliveryModel</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting in the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jira</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlook mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Butterboard platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Waiting, %n attempt(s) so far</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bbd::StageInspector</name>
    <message>
        <source>{employee}, {stage}, {manager}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail to the new hire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the stage starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the stage is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stage}: {employee}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage&apos;s description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manager, colleague@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ONB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{employee} finished “{stage}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Security policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employee, manager or e-mail addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboarding: “{stage}” finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{employee} finished “{stage}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a stage to edit it. Double-click the canvas to add one, and drag from a stage&apos;s right edge to another stage to say that it comes after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-to-one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Stage Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Stage Timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Stage Repetition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Stage Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— nobody yet —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HR manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New hire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Stage Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manager, mentor, names…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Stage Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video meeting (Zoom)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jira task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when the stage starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when the stage is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2”, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as the stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario&apos;s new hires are invited automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This stage does nothing by itself. Add an action to set up a meeting, create a Jira task, send a document or a survey when it starts or is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not set up yet: this work will wait in the outbox until its address is entered in Sync &gt; Integrations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings of 30 to 60 minutes work best; %1 minutes will be brought into that range when the meeting is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the Jira project, or set a default project in Sync &gt; Integrations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Stage Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completes by &amp;itself when its day is over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For stages nobody has to mark done, such as a document to read or a survey link: the day after its date the stage is done and its completion actions go out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make Stage Complete by Itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make Stage Manual</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::StagePalette</name>
    <message>
        <source>%1
Drag it onto the canvas, or double-click to add it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-to-one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A video meeting (Zoom) set up when the stage starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A course or a session the new hire attends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A weekly talk of the new hire with their manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document sent to the new hire to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something the new hire has to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A feedback survey sent when the stage is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stage you describe yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-to-one with the manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New stage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::StageProgressModel</name>
    <message>
        <source>New hire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::StageProgressSource</name>
    <message numerus="yes">
        <source>%n new hire(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Jira task: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom meeting “%1”, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack post: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::StageRunner</name>
    <message numerus="yes">
        <source>%n onboarding stage(s) started today or caught up.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) booked for the coming days.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s) could not start: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s) completed by themselves, their day over.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bbd::StageTableModel</name>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every week from week %n</source>
        <translation>
            <numerusform>Every week from week %n</numerusform>
            <numerusform>Every week from week %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every two weeks from week %n</source>
        <translation>
            <numerusform>Every two weeks from week %n</numerusform>
            <numerusform>Every two weeks from week %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Day %n</source>
        <translation>
            <numerusform>Day %n</numerusform>
            <numerusform>Day %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Week %n</source>
        <translation>
            <numerusform>Week %n</numerusform>
            <numerusform>Week %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Month %n</source>
        <translation>
            <numerusform>Month %n</numerusform>
            <numerusform>Month %n</numerusform>
        </translation>
    </message>
    <message>
        <source>HR manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New hire</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bbd::SyncEngine</name>
    <message>
        <source>Sync was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server needs the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Receiving again at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asked to wait: receiving again at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::SyncStatusWidget</name>
    <message>
        <source>Open the outbox: what is still on its way to the servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key is stored for %1, so nothing is synchronised. Everything you do is kept in the local database; enter a key (Sync &gt; Enter API Key…) to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the API key from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1 whether it is up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers with trouble: %2. Changes are retried by themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be reached (%2). You work on the local copy; changes wait in the outbox and go out when the server is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Outbox: %1 waiting, %2 need attention</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::TemplatesDialog</name>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used when the sender has no signature of their own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert &amp;placeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1	{%2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inserts a placeholder at the cursor of the subject, text or signature, whichever you edited last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gnature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview with sample values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills {recruiter}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills {company}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes under every message you send, instead of the template&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpany:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your signa&amp;ture:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smirnova</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smirnova Anna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maria Ivanova</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Butterboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The templates could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>The text is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template “%1” has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the template “%1”? Messages already sent keep their text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::UnansweredModel</name>
    <message>
        <source>low confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::VacancyListModel</name>
    <message>
        <source>Vacancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, %n candidate(s), %3 hired</source>
        <translation>
            <numerusform>%1 — %2, %n candidate, %3 hired</numerusform>
            <numerusform>%1 — %2, %n candidates, %3 hired</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bbd::VacancyRepository</name>
    <message>
        <source>The vacancy no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vacancy needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The stage &quot;%1&quot; still holds %n candidate(s); move them first.</source>
        <translation>
            <numerusform>The stage &quot;%1&quot; still holds %n candidate; move them first.</numerusform>
            <numerusform>The stage &quot;%1&quot; still holds %n candidates; move them first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bbd::ZoomMeeting</name>
    <message>
        <source>The meeting is set to %1 minutes instead of %2: onboarding meetings last %3 to %4 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting needs a topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting needs a start time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bbd::csv::Reader</name>
    <message>
        <source>A quoted field is not closed: the rest of the file was read into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text follows a closing quote; double the quotes inside a quoted field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line has bytes that are not valid in the file&apos;s encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is in UTF-16. Save it as CSV in UTF-8 or Windows-1251.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an Excel workbook, not a CSV file. In Excel, use File &gt; Save As &gt; CSV and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not text (it has zero bytes): choose a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not text (too many control characters): choose a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot write the screenshot to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Butterboard Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data is already in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data loaded into %1 (vacancies: %2, candidates: %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
