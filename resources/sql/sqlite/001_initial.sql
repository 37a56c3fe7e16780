-- PrivacyDesk schema 1 (SQLite): people, requests and their history, staff.
-- Instants are UTC text (2026-11-29T08:10:03Z), calendar dates ISO text (2026-12-18).
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE staff (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT 'agent',
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL
);

CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    account TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    id_number TEXT NOT NULL DEFAULT '',
    company TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'zh_CN',
    search_text TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX people_phone ON people (phone);
CREATE INDEX people_email ON people (email);
CREATE INDEX people_account ON people (account);
CREATE INDEX people_id_number ON people (id_number);

CREATE TABLE reference_counters (
    year INTEGER PRIMARY KEY,
    next_value INTEGER NOT NULL
);

CREATE TABLE requests (
    id INTEGER PRIMARY KEY,
    reference TEXT NOT NULL UNIQUE,
    person_id INTEGER NOT NULL REFERENCES people (id),
    person_name TEXT NOT NULL,
    type TEXT NOT NULL,
    status TEXT NOT NULL,
    channel TEXT NOT NULL,
    requester_kind TEXT NOT NULL,
    entity TEXT NOT NULL,
    received_at TEXT NOT NULL,
    due_date TEXT NOT NULL,
    assignee_id INTEGER REFERENCES staff (id),
    assignee_name TEXT NOT NULL DEFAULT '',
    priority INTEGER NOT NULL DEFAULT 1,
    summary TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL
);
CREATE INDEX requests_received ON requests (received_at, id);
CREATE INDEX requests_due ON requests (due_date, id);
CREATE INDEX requests_status ON requests (status, id);
CREATE INDEX requests_status_due ON requests (status, due_date);
CREATE INDEX requests_type ON requests (type, id);
CREATE INDEX requests_channel ON requests (channel, id);
CREATE INDEX requests_person_name ON requests (person_name, id);
CREATE INDEX requests_assignee ON requests (assignee_name, id);
CREATE INDEX requests_person ON requests (person_id);

CREATE TABLE request_history (
    id INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    from_status TEXT NOT NULL DEFAULT '',
    to_status TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX request_history_request ON request_history (request_id, id);
