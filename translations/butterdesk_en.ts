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
    <name>bbd::AssistantArea</name>
    <message>
        <source>Knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The knowledge base is empty. The assistant answers questions from these articles, so it has nothing to say until some are added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated %1</source>
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
    <message>
        <source>No candidates here yet. Responses from job boards and imported CSV files will appear in this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All candidates: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n candidate(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <name>bbd::ContactsArea</name>
    <message>
        <source>Reserve channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the platform cannot be reached, use these channels in the order shown. For anything critical, call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reserve channels or contacts are set up. Add the ways to reach HR here so that people know where to turn when the platform is down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People to contact, in order of escalation</source>
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
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working on the local database. Synchronisation with %1 is not set up yet.</source>
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
    <name>bbd::ScenariosArea</name>
    <message>
        <source>Onboarding scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No onboarding scenarios yet. Scenarios describe a new hire&apos;s first weeks: meetings, training, documents and the tasks each stage starts.</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every two weeks from week %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Day %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Week %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Month %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
