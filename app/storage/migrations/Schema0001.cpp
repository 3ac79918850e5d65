// Schema version 1: every table of the reference design, with the indexes the board, the
// search, the sync engine and the scenario runner read by.
//
// Conventions: ids are local INTEGER keys; `remote_id` is the platform's id once the row has
// been synced (NULL before); `version` is the platform's version for If-Match; timestamps are
// ISO 8601 UTC text ("2026-11-23T09:15:00Z"), dates ISO text ("2026-11-23"); lists that are
// only ever read whole (tags, participants, actions) are JSON text.
#include "app/storage/Migrations.h"

namespace bbd::migrations {

const QStringList &schema0001()
{
    static const QStringList statements = {
        QStringLiteral(R"sql(
CREATE TABLE app_meta (
    key   TEXT PRIMARY KEY,
    value TEXT
))sql"),

        // --- people ---------------------------------------------------------------------
        QStringLiteral(R"sql(
CREATE TABLE employees (
    id           INTEGER PRIMARY KEY,
    remote_id    TEXT UNIQUE,
    first_name   TEXT NOT NULL,
    last_name    TEXT NOT NULL,
    email        TEXT,
    phone_e164   TEXT,
    phone_raw    TEXT,
    job_title    TEXT,
    department   TEXT,
    manager_id   INTEGER REFERENCES employees(id) ON DELETE SET NULL,
    start_date   TEXT,
    candidate_id INTEGER REFERENCES candidates(id) ON DELETE SET NULL,
    version      INTEGER NOT NULL DEFAULT 0,
    updated_at   TEXT NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
))sql"),
        QStringLiteral("CREATE INDEX employees_manager ON employees(manager_id)"),
        QStringLiteral("CREATE INDEX employees_email ON employees(email)"),
        QStringLiteral("CREATE INDEX employees_updated ON employees(updated_at)"),

        // --- fallback directory ---------------------------------------------------------
        QStringLiteral(R"sql(
CREATE TABLE contacts (
    id               INTEGER PRIMARY KEY,
    remote_id        TEXT UNIQUE,
    full_name        TEXT NOT NULL,
    role             TEXT,
    email            TEXT,
    phone_e164       TEXT,
    phone_raw        TEXT,
    slack_handle     TEXT,
    escalation_order INTEGER NOT NULL DEFAULT 0,
    notes            TEXT,
    version          INTEGER NOT NULL DEFAULT 0,
    updated_at       TEXT NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
))sql"),
        QStringLiteral("CREATE INDEX contacts_order ON contacts(escalation_order, full_name)"),
        QStringLiteral(R"sql(
CREATE TABLE channels (
    id                   INTEGER PRIMARY KEY,
    remote_id            TEXT UNIQUE,
    kind                 TEXT NOT NULL
                         CHECK (kind IN ('email', 'slack', 'phone', 'meeting', 'chatbot')),
    name                 TEXT NOT NULL,
    address              TEXT,
    purpose              TEXT,
    when_to_use          TEXT,
    confidential_allowed INTEGER NOT NULL DEFAULT 0 CHECK (confidential_allowed IN (0, 1)),
    priority             INTEGER NOT NULL DEFAULT 0,
    version              INTEGER NOT NULL DEFAULT 0,
    updated_at           TEXT NOT NULL,
    deleted              INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
))sql"),
        QStringLiteral("CREATE INDEX channels_priority ON channels(priority, name)"),
        QStringLiteral(R"sql(
CREATE TABLE channel_contacts (
    channel_id INTEGER NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
    contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    PRIMARY KEY (channel_id, contact_id)
) WITHOUT ROWID)sql"),
        QStringLiteral("CREATE INDEX channel_contacts_contact ON channel_contacts(contact_id)"),

        // --- ATS ------------------------------------------------------------------------
        QStringLiteral(R"sql(
CREATE TABLE vacancies (
    id          INTEGER PRIMARY KEY,
    remote_id   TEXT UNIQUE,
    title       TEXT NOT NULL,
    department  TEXT,
    status      TEXT NOT NULL DEFAULT 'open'
                CHECK (status IN ('draft', 'open', 'paused', 'closed')),
    description TEXT,
    opened_at   TEXT,
    closed_at   TEXT,
    version     INTEGER NOT NULL DEFAULT 0,
    updated_at  TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
))sql"),
        QStringLiteral("CREATE INDEX vacancies_status ON vacancies(status, title)"),
        // Each vacancy has its own pipeline; `position` orders the board's columns.
        QStringLiteral(R"sql(
CREATE TABLE pipeline_stages (
    id               INTEGER PRIMARY KEY,
    vacancy_id       INTEGER NOT NULL REFERENCES vacancies(id) ON DELETE CASCADE,
    position         INTEGER NOT NULL,
    name             TEXT NOT NULL,
    kind             TEXT NOT NULL DEFAULT 'normal'
                     CHECK (kind IN ('normal', 'hired', 'rejected')),
    stuck_after_days INTEGER CHECK (stuck_after_days IS NULL OR stuck_after_days > 0),
    folded           INTEGER NOT NULL DEFAULT 0 CHECK (folded IN (0, 1))
))sql"),
        QStringLiteral(
            "CREATE INDEX pipeline_stages_vacancy ON pipeline_stages(vacancy_id, position)"),
        QStringLiteral(R"sql(
CREATE TABLE candidates (
    id               INTEGER PRIMARY KEY,
    remote_id        TEXT UNIQUE,
    vacancy_id       INTEGER REFERENCES vacancies(id) ON DELETE SET NULL,
    stage_id         INTEGER REFERENCES pipeline_stages(id) ON DELETE SET NULL,
    full_name        TEXT NOT NULL,
    email            TEXT,
    email_normalized TEXT,
    phone_e164       TEXT,
    phone_raw        TEXT,
    source           TEXT,
    rating           INTEGER NOT NULL DEFAULT 0 CHECK (rating BETWEEN 0 AND 5),
    tags             TEXT NOT NULL DEFAULT '[]',
    consent          TEXT NOT NULL DEFAULT 'not_asked'
                     CHECK (consent IN ('not_asked', 'asked', 'given', 'refused')),
    consent_at       TEXT,
    notes            TEXT,
    applied_at       TEXT,
    stage_entered_at TEXT,
    merged_into_id   INTEGER REFERENCES candidates(id) ON DELETE SET NULL,
    created_at       TEXT NOT NULL,
    version          INTEGER NOT NULL DEFAULT 0,
    updated_at       TEXT NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
))sql"),
        // The board reads a column (vacancy + stage) ordered by time in stage.
        QStringLiteral("CREATE INDEX candidates_board ON candidates(vacancy_id, stage_id, "
                       "stage_entered_at)"),
        // Duplicate detection matches on E.164 phone and normalised e-mail.
        QStringLiteral("CREATE INDEX candidates_phone ON candidates(phone_e164)"),
        QStringLiteral("CREATE INDEX candidates_email ON candidates(email_normalized)"),
        QStringLiteral("CREATE INDEX candidates_name ON candidates(full_name COLLATE NOCASE)"),
        QStringLiteral("CREATE INDEX candidates_updated ON candidates(updated_at)"),
        // Search-as-you-type over the fields a recruiter remembers; kept in step by triggers.
        // (concat_ws() would read better but needs SQLite 3.44; Debian 12 has 3.40.)
        QStringLiteral(R"sql(
CREATE VIRTUAL TABLE candidates_fts USING fts5(
    full_name, email, phones, tags, notes,
    content = 'candidates', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
))sql"),
        QStringLiteral(R"sql(
CREATE TRIGGER candidates_fts_insert AFTER INSERT ON candidates BEGIN
    INSERT INTO candidates_fts(rowid, full_name, email, phones, tags, notes)
    VALUES (new.id, new.full_name, new.email,
            coalesce(new.phone_raw, '') || ' ' || coalesce(new.phone_e164, ''), new.tags, new.notes);
END)sql"),
        QStringLiteral(R"sql(
CREATE TRIGGER candidates_fts_delete AFTER DELETE ON candidates BEGIN
    INSERT INTO candidates_fts(candidates_fts, rowid, full_name, email, phones, tags, notes)
    VALUES ('delete', old.id, old.full_name, old.email,
            coalesce(old.phone_raw, '') || ' ' || coalesce(old.phone_e164, ''), old.tags, old.notes);
END)sql"),
        QStringLiteral(R"sql(
CREATE TRIGGER candidates_fts_update AFTER UPDATE OF full_name, email, phone_raw, phone_e164,
    tags, notes ON candidates BEGIN
    INSERT INTO candidates_fts(candidates_fts, rowid, full_name, email, phones, tags, notes)
    VALUES ('delete', old.id, old.full_name, old.email,
            coalesce(old.phone_raw, '') || ' ' || coalesce(old.phone_e164, ''), old.tags, old.notes);
    INSERT INTO candidates_fts(rowid, full_name, email, phones, tags, notes)
    VALUES (new.id, new.full_name, new.email,
            coalesce(new.phone_raw, '') || ' ' || coalesce(new.phone_e164, ''), new.tags, new.notes);
END)sql"),
        QStringLiteral(R"sql(
CREATE TABLE candidate_events (
    id            INTEGER PRIMARY KEY,
    candidate_id  INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
    kind          TEXT NOT NULL CHECK (kind IN ('created', 'stage_move', 'note', 'message',
                                                'import', 'merge', 'edit', 'attachment')),
    at            TEXT NOT NULL,
    author        TEXT,
    from_stage_id INTEGER REFERENCES pipeline_stages(id) ON DELETE SET NULL,
    to_stage_id   INTEGER REFERENCES pipeline_stages(id) ON DELETE SET NULL,
    text          TEXT,
    payload       TEXT
))sql"),
        QStringLiteral(
            "CREATE INDEX candidate_events_timeline ON candidate_events(candidate_id, at)"),
        QStringLiteral(R"sql(
CREATE TABLE candidate_attachments (
    id           INTEGER PRIMARY KEY,
    candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
    file_name    TEXT NOT NULL,
    stored_path  TEXT NOT NULL,
    mime_type    TEXT,
    size_bytes   INTEGER,
    added_at     TEXT NOT NULL
))sql"),
        QStringLiteral("CREATE INDEX candidate_attachments_candidate ON "
                       "candidate_attachments(candidate_id)"),
        QStringLiteral(R"sql(
CREATE TABLE message_templates (
    id         INTEGER PRIMARY KEY,
    remote_id  TEXT UNIQUE,
    name       TEXT NOT NULL,
    channel    TEXT NOT NULL CHECK (channel IN ('email', 'sms')),
    subject    TEXT,
    body       TEXT NOT NULL,
    signature  TEXT,
    version    INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
))sql"),

        // --- onboarding scenarios -------------------------------------------------------
        // A scenario that is already assigned is never edited in place: a new revision is
        // made (`previous_revision_id`) and running assignments keep the one they started.
        QStringLiteral(R"sql(
CREATE TABLE scenarios (
    id                   INTEGER PRIMARY KEY,
    remote_id            TEXT UNIQUE,
    name                 TEXT NOT NULL,
    description          TEXT,
    revision             INTEGER NOT NULL DEFAULT 1,
    previous_revision_id INTEGER REFERENCES scenarios(id) ON DELETE SET NULL,
    is_template          INTEGER NOT NULL DEFAULT 0 CHECK (is_template IN (0, 1)),
    version              INTEGER NOT NULL DEFAULT 0,
    updated_at           TEXT NOT NULL,
    deleted              INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
))sql"),
        QStringLiteral(R"sql(
CREATE TABLE scenario_stages (
    id               INTEGER PRIMARY KEY,
    scenario_id      INTEGER NOT NULL REFERENCES scenarios(id) ON DELETE CASCADE,
    title            TEXT NOT NULL,
    kind             TEXT NOT NULL DEFAULT 'custom'
                     CHECK (kind IN ('meeting', 'training', 'one_on_one', 'document', 'task',
                                     'survey', 'custom')),
    timing_unit      TEXT NOT NULL DEFAULT 'day' CHECK (timing_unit IN ('day', 'week', 'month')),
    timing_offset    INTEGER NOT NULL DEFAULT 1,
    recurrence       TEXT NOT NULL DEFAULT 'none'
                     CHECK (recurrence IN ('none', 'weekly', 'biweekly')),
    duration_minutes INTEGER NOT NULL DEFAULT 0 CHECK (duration_minutes >= 0),
    owner_role       TEXT CHECK (owner_role IN ('hr_manager', 'manager', 'mentor', 'new_hire')),
    participants     TEXT NOT NULL DEFAULT '[]',
    description      TEXT,
    actions          TEXT NOT NULL DEFAULT '[]',
    pos_x            REAL NOT NULL DEFAULT 0,
    pos_y            REAL NOT NULL DEFAULT 0
))sql"),
        QStringLiteral("CREATE INDEX scenario_stages_scenario ON scenario_stages(scenario_id)"),
        QStringLiteral(R"sql(
CREATE TABLE scenario_links (
    id            INTEGER PRIMARY KEY,
    scenario_id   INTEGER NOT NULL REFERENCES scenarios(id) ON DELETE CASCADE,
    from_stage_id INTEGER NOT NULL REFERENCES scenario_stages(id) ON DELETE CASCADE,
    to_stage_id   INTEGER NOT NULL REFERENCES scenario_stages(id) ON DELETE CASCADE,
    UNIQUE (from_stage_id, to_stage_id),
    CHECK (from_stage_id <> to_stage_id)
))sql"),
        QStringLiteral("CREATE INDEX scenario_links_scenario ON scenario_links(scenario_id)"),
        QStringLiteral("CREATE INDEX scenario_links_to ON scenario_links(to_stage_id)"),
        QStringLiteral(R"sql(
CREATE TABLE assignments (
    id          INTEGER PRIMARY KEY,
    remote_id   TEXT UNIQUE,
    employee_id INTEGER NOT NULL REFERENCES employees(id) ON DELETE CASCADE,
    scenario_id INTEGER NOT NULL REFERENCES scenarios(id) ON DELETE RESTRICT,
    start_date  TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'active'
                CHECK (status IN ('active', 'completed', 'cancelled')),
    created_at  TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 0,
    updated_at  TEXT NOT NULL
))sql"),
        QStringLiteral("CREATE INDEX assignments_employee ON assignments(employee_id, status)"),
        QStringLiteral("CREATE INDEX assignments_scenario ON assignments(scenario_id, status)"),
        QStringLiteral(R"sql(
CREATE TABLE assignment_stages (
    id            INTEGER PRIMARY KEY,
    assignment_id INTEGER NOT NULL REFERENCES assignments(id) ON DELETE CASCADE,
    stage_id      INTEGER NOT NULL REFERENCES scenario_stages(id) ON DELETE RESTRICT,
    due_date      TEXT NOT NULL,
    status        TEXT NOT NULL DEFAULT 'pending'
                  CHECK (status IN ('pending', 'in_progress', 'done', 'skipped')),
    done_at       TEXT,
    meeting_url   TEXT,
    result        TEXT,
    UNIQUE (assignment_id, stage_id, due_date)
))sql"),
        QStringLiteral("CREATE INDEX assignment_stages_due ON assignment_stages(status, due_date)"),

        // --- knowledge base and chat ----------------------------------------------------
        QStringLiteral(R"sql(
CREATE TABLE kb_articles (
    id          INTEGER PRIMARY KEY,
    remote_id   TEXT UNIQUE,
    title       TEXT NOT NULL,
    body        TEXT NOT NULL,
    tags        TEXT NOT NULL DEFAULT '[]',
    department  TEXT,
    author      TEXT,
    language    TEXT NOT NULL DEFAULT 'ru',
    source_path TEXT,
    views       INTEGER NOT NULL DEFAULT 0,
    rating_up   INTEGER NOT NULL DEFAULT 0,
    rating_down INTEGER NOT NULL DEFAULT 0,
    version     INTEGER NOT NULL DEFAULT 0,
    updated_at  TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
))sql"),
        QStringLiteral("CREATE INDEX kb_articles_title ON kb_articles(title COLLATE NOCASE)"),
        QStringLiteral("CREATE INDEX kb_articles_source ON kb_articles(source_path)"),
        QStringLiteral(R"sql(
CREATE VIRTUAL TABLE kb_fts USING fts5(
    title, body, tags,
    content = 'kb_articles', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
))sql"),
        QStringLiteral(R"sql(
CREATE TRIGGER kb_fts_insert AFTER INSERT ON kb_articles BEGIN
    INSERT INTO kb_fts(rowid, title, body, tags) VALUES (new.id, new.title, new.body, new.tags);
END)sql"),
        QStringLiteral(R"sql(
CREATE TRIGGER kb_fts_delete AFTER DELETE ON kb_articles BEGIN
    INSERT INTO kb_fts(kb_fts, rowid, title, body, tags)
    VALUES ('delete', old.id, old.title, old.body, old.tags);
END)sql"),
        QStringLiteral(R"sql(
CREATE TRIGGER kb_fts_update AFTER UPDATE OF title, body, tags ON kb_articles BEGIN
    INSERT INTO kb_fts(kb_fts, rowid, title, body, tags)
    VALUES ('delete', old.id, old.title, old.body, old.tags);
    INSERT INTO kb_fts(rowid, title, body, tags) VALUES (new.id, new.title, new.body, new.tags);
END)sql"),
        QStringLiteral(R"sql(
CREATE TABLE kb_article_revisions (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES kb_articles(id) ON DELETE CASCADE,
    title      TEXT NOT NULL,
    body       TEXT NOT NULL,
    tags       TEXT NOT NULL DEFAULT '[]',
    author     TEXT,
    edited_at  TEXT NOT NULL
))sql"),
        QStringLiteral("CREATE INDEX kb_article_revisions_article ON "
                       "kb_article_revisions(article_id, edited_at)"),
        QStringLiteral(R"sql(
CREATE TABLE chat_messages (
    id              INTEGER PRIMARY KEY,
    conversation_id TEXT NOT NULL,
    role            TEXT NOT NULL CHECK (role IN ('user', 'assistant', 'system')),
    text            TEXT NOT NULL,
    article_ids     TEXT NOT NULL DEFAULT '[]',
    confidence      TEXT CHECK (confidence IN ('high', 'medium', 'low')),
    answered_by     TEXT CHECK (answered_by IN ('local', 'platform')),
    handed_over     INTEGER NOT NULL DEFAULT 0 CHECK (handed_over IN (0, 1)),
    rating          INTEGER CHECK (rating IN (-1, 1)),
    created_at      TEXT NOT NULL
))sql"),
        QStringLiteral("CREATE INDEX chat_messages_conversation ON "
                       "chat_messages(conversation_id, created_at)"),

        // --- sync -----------------------------------------------------------------------
        // An edit that must reach a server is written here in the same transaction as the
        // edit itself; the idempotency key makes a retried delivery count once.
        QStringLiteral(R"sql(
CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    service         TEXT NOT NULL,
    method          TEXT NOT NULL CHECK (method IN ('POST', 'PUT', 'PATCH', 'DELETE')),
    path            TEXT NOT NULL,
    body            BLOB,
    if_match        TEXT,
    entity_type     TEXT,
    entity_id       INTEGER,
    idempotency_key TEXT NOT NULL UNIQUE,
    status          TEXT NOT NULL DEFAULT 'pending'
                    CHECK (status IN ('pending', 'in_flight', 'failed', 'conflict', 'sent')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT,
    last_error      TEXT,
    http_status     INTEGER,
    created_at      TEXT NOT NULL,
    sent_at         TEXT
))sql"),
        QStringLiteral("CREATE INDEX outbox_due ON outbox(status, next_attempt_at)"),
        QStringLiteral("CREATE INDEX outbox_entity ON outbox(entity_type, entity_id, id)"),
        QStringLiteral(R"sql(
CREATE TABLE sync_state (
    resource   TEXT PRIMARY KEY,
    cursor     TEXT,
    page_token TEXT,
    etag       TEXT,
    synced_at  TEXT
))sql"),
        QStringLiteral(R"sql(
CREATE TABLE service_health (
    service         TEXT PRIMARY KEY,
    state           TEXT NOT NULL DEFAULT 'unknown'
                    CHECK (state IN ('unknown', 'online', 'degraded', 'offline')),
    last_success_at TEXT,
    last_failure_at TEXT,
    last_error      TEXT,
    error_count     INTEGER NOT NULL DEFAULT 0,
    backoff_until   TEXT,
    backoff_step    INTEGER NOT NULL DEFAULT 0,
    updated_at      TEXT NOT NULL
))sql"),
        // The last calls per service, for latency percentiles and error counts.
        QStringLiteral(R"sql(
CREATE TABLE service_calls (
    id          INTEGER PRIMARY KEY,
    service     TEXT NOT NULL,
    at          TEXT NOT NULL,
    latency_ms  INTEGER NOT NULL,
    http_status INTEGER,
    ok          INTEGER NOT NULL CHECK (ok IN (0, 1)),
    error       TEXT
))sql"),
        QStringLiteral("CREATE INDEX service_calls_service ON service_calls(service, id)"),
    };
    return statements;
}

} // namespace bbd::migrations
