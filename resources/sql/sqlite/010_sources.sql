-- Schema 10 (SQLite): what is held about a person and where.
-- The data inventory (the shipped resources/data/inventory.json until an administrator edits it):
-- one document, the categories with their fields, purposes, legal basis, retention and recipients.
CREATE TABLE inventory (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    document TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
-- The systems that hold people's data: a Qt SQL URL (never its password) and, per category, the
-- read-only look-up bound by the person's identifiers.
CREATE TABLE data_sources (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    url TEXT NOT NULL,
    demo INTEGER NOT NULL DEFAULT 0,
    updated_by TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE source_lookups (
    source_id INTEGER NOT NULL REFERENCES data_sources (id) ON DELETE CASCADE,
    category TEXT NOT NULL,
    statement TEXT NOT NULL,
    PRIMARY KEY (source_id, category)
);
-- To whom a person's data was disclosed (§3), per category.
CREATE TABLE disclosures (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    category TEXT NOT NULL,
    recipient_kind TEXT NOT NULL,
    recipient TEXT NOT NULL,
    legal_basis TEXT NOT NULL,
    disclosed_on TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);
CREATE INDEX disclosures_person ON disclosures (person_id, disclosed_on);
-- What a person consented to, per purpose, as a history: given or withdrawn, by which channel.
CREATE TABLE consents (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    purpose TEXT NOT NULL,
    event TEXT NOT NULL CHECK (event IN ('given', 'withdrawn')),
    channel TEXT NOT NULL,
    occurred_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL
);
CREATE INDEX consents_person ON consents (person_id, purpose, occurred_at);
