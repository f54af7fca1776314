//! Versioned migrations on `PRAGMA user_version`: an ordered list of SQL steps.
//! Step N brings the database from version N to N+1; never edit a released step.

pub const MIGRATIONS: &[&str] = &[
    // 1: the initial schema
    r#"
CREATE TABLE agencies (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    name_key    TEXT NOT NULL,
    sector      TEXT NOT NULL DEFAULT '',
    country     TEXT NOT NULL DEFAULT '',
    size        TEXT NOT NULL DEFAULT '',
    tags        TEXT NOT NULL DEFAULT '[]',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) WITHOUT ROWID;
CREATE UNIQUE INDEX agencies_identity ON agencies(name_key, country);

CREATE TABLE assessments (
    id                 TEXT PRIMARY KEY,
    agency_id          TEXT NOT NULL REFERENCES agencies(id),
    title              TEXT NOT NULL,
    framework_id       TEXT NOT NULL,
    framework_version  TEXT NOT NULL,
    mode               TEXT NOT NULL CHECK (mode IN ('self', 'interview')),
    status             TEXT NOT NULL CHECK (status IN ('draft', 'final')),
    targets            TEXT NOT NULL DEFAULT '{}',
    position           TEXT,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    finalized_at       TEXT,
    deleted_at         TEXT
);
CREATE INDEX assessments_agency ON assessments(agency_id);
CREATE INDEX assessments_updated ON assessments(updated_at, id);

CREATE TABLE respondents (
    id             TEXT PRIMARY KEY,
    assessment_id  TEXT NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
    ord            INTEGER NOT NULL,
    name           TEXT NOT NULL,
    role           TEXT NOT NULL DEFAULT '',
    unit           TEXT NOT NULL DEFAULT ''
);
CREATE INDEX respondents_assessment ON respondents(assessment_id, ord);

CREATE TABLE answers (
    assessment_id   TEXT NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
    respondent_id   TEXT NOT NULL REFERENCES respondents(id) ON DELETE CASCADE,
    question_id     TEXT NOT NULL,
    level           INTEGER,
    not_applicable  INTEGER NOT NULL DEFAULT 0,
    note            TEXT NOT NULL DEFAULT '',
    evidence        TEXT NOT NULL DEFAULT '',
    updated_at      TEXT NOT NULL,
    -- Keyed by assessment first: every read is per assessment, and no second index is
    -- needed (it doubled the file at 10,000 assessments).
    PRIMARY KEY (assessment_id, respondent_id, question_id)
) WITHOUT ROWID;

CREATE TABLE consensus (
    assessment_id  TEXT NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
    question_id    TEXT NOT NULL,
    level          INTEGER NOT NULL,
    rationale      TEXT NOT NULL DEFAULT '',
    updated_at     TEXT NOT NULL,
    PRIMARY KEY (assessment_id, question_id)
) WITHOUT ROWID;

-- Kept in step with every write so lists and benchmarks never rescore.
CREATE TABLE score_summaries (
    assessment_id  TEXT PRIMARY KEY REFERENCES assessments(id) ON DELETE CASCADE,
    score          REAL,
    idx            REAL,
    stage          INTEGER,
    completeness   REAL NOT NULL,
    answered       INTEGER NOT NULL,
    questions      INTEGER NOT NULL,
    dimensions     TEXT NOT NULL DEFAULT '{}',
    computed_at    TEXT NOT NULL
) WITHOUT ROWID;

-- What changed, when: an audit trail, never read by scoring.
CREATE TABLE change_log (
    id             INTEGER PRIMARY KEY,
    at             TEXT NOT NULL,
    assessment_id  TEXT,
    entity         TEXT NOT NULL,
    entity_id      TEXT NOT NULL,
    action         TEXT NOT NULL,
    detail         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX change_log_assessment ON change_log(assessment_id);
"#,
    // 2: benchmark packs (anonymous peers) and an index for peer queries
    r#"
CREATE TABLE pack_peers (
    pack_id            TEXT NOT NULL,
    ord                INTEGER NOT NULL,
    framework_id       TEXT NOT NULL,
    framework_version  TEXT NOT NULL,
    sector             TEXT NOT NULL DEFAULT '',
    country            TEXT NOT NULL DEFAULT '',
    size               TEXT NOT NULL DEFAULT '',
    assessed_on        TEXT NOT NULL,
    score              REAL,
    dimensions         TEXT NOT NULL DEFAULT '{}',
    imported_at        TEXT NOT NULL,
    PRIMARY KEY (pack_id, ord)
);
CREATE INDEX pack_peers_framework ON pack_peers(framework_id);
CREATE INDEX assessments_peers ON assessments(agency_id, framework_id, status, finalized_at);
CREATE INDEX agencies_sector ON agencies(sector, country, size);
CREATE INDEX agencies_country ON agencies(country, size);
"#,
    // 3: an anonymous, stable key per agency for benchmark packs (random, never derived
    // from the agency's id), and the agency key of every imported pack row; rows imported
    // before this had none, so each stays its own agency as before.
    r#"
ALTER TABLE agencies ADD COLUMN pack_key TEXT;
UPDATE agencies SET pack_key = lower(hex(randomblob(16)));
ALTER TABLE pack_peers ADD COLUMN agency TEXT NOT NULL DEFAULT '';
UPDATE pack_peers SET agency = pack_id || ':' || ord;
CREATE INDEX pack_peers_agency ON pack_peers(framework_id, agency);
"#,
    // 4: interviews. A respondent's interview date; a removed respondent is kept (with
    // their answers) until undone, hidden from everything that reads the assessment. The
    // change log says who made a change and keeps the value before and after (JSON), so
    // an overwritten value can be restored.
    r#"
ALTER TABLE respondents ADD COLUMN interviewed_on TEXT;
ALTER TABLE respondents ADD COLUMN removed_at TEXT;
ALTER TABLE change_log ADD COLUMN who TEXT NOT NULL DEFAULT 'consultant';
ALTER TABLE change_log ADD COLUMN old_value TEXT;
ALTER TABLE change_log ADD COLUMN new_value TEXT;
"#,
    // 5: texts lose their control and reordering characters, and agencies' match keys
    // follow their cleaned names. Done in Rust after this step (store/tidy.rs).
    "-- store/tidy.rs",
];
