-- Schema 4 (SQLite): staff sign-in, the request workflow (notes, correspondence, approvals,
-- escalations), identity verification (policy matrix, checks, one-time codes, evidence),
-- letters, and the hash-chained audit log.
ALTER TABLE staff ADD COLUMN password_hash TEXT NOT NULL DEFAULT '';
ALTER TABLE staff ADD COLUMN language TEXT NOT NULL DEFAULT 'zh_CN';
ALTER TABLE people ADD COLUMN credit_code TEXT NOT NULL DEFAULT '';
-- While awaiting the requester the deadline clock pauses: the status to return to and the day
-- the pause began (ISO date, '' when not paused).
ALTER TABLE requests ADD COLUMN resume_status TEXT NOT NULL DEFAULT '';
ALTER TABLE requests ADD COLUMN paused_on TEXT NOT NULL DEFAULT '';

CREATE TABLE request_notes (
    id INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    author TEXT NOT NULL,
    body TEXT NOT NULL
);
CREATE INDEX request_notes_request ON request_notes (request_id, id);

CREATE TABLE correspondence (
    id INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    direction TEXT NOT NULL,
    channel TEXT NOT NULL,
    summary TEXT NOT NULL,
    letter_id INTEGER,
    recorded_by TEXT NOT NULL
);
CREATE INDEX correspondence_request ON correspondence (request_id, id);

CREATE TABLE approvals (
    id INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    action TEXT NOT NULL,
    reason_code TEXT NOT NULL DEFAULT '',
    explanation TEXT NOT NULL DEFAULT '',
    proposed_by TEXT NOT NULL,
    proposed_at TEXT NOT NULL,
    decided_by TEXT NOT NULL DEFAULT '',
    decided_at TEXT NOT NULL DEFAULT '',
    decision TEXT NOT NULL DEFAULT '',
    decision_note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX approvals_request ON approvals (request_id, id);

CREATE TABLE escalations (
    id INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    escalated_on TEXT NOT NULL,
    authority TEXT NOT NULL,
    their_reference TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL DEFAULT '',
    recorded_by TEXT NOT NULL
);
CREATE INDEX escalations_request ON escalations (request_id, id);

CREATE TABLE verification_rules (
    request_type TEXT NOT NULL,
    alternative INTEGER NOT NULL,
    method TEXT NOT NULL,
    PRIMARY KEY (request_type, alternative, method)
);

CREATE TABLE verifications (
    id INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    method TEXT NOT NULL,
    outcome TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '',
    checked_by TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX verifications_request ON verifications (request_id, id);

CREATE TABLE one_time_codes (
    id INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    channel TEXT NOT NULL,
    code_hash TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    consumed_at TEXT NOT NULL DEFAULT ''
);
CREATE INDEX one_time_codes_request ON one_time_codes (request_id, id);

CREATE TABLE evidence (
    id INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    file_name TEXT NOT NULL,
    mime_type TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    content BLOB NOT NULL,
    added_by TEXT NOT NULL,
    added_at TEXT NOT NULL
);
CREATE INDEX evidence_request ON evidence (request_id, id);

CREATE TABLE letters (
    id INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    language TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    pdf BLOB NOT NULL,
    sha256 TEXT NOT NULL
);
CREATE INDEX letters_request ON letters (request_id, id);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id INTEGER NOT NULL DEFAULT 0,
    request_id INTEGER NOT NULL DEFAULT 0,
    action TEXT NOT NULL,
    before_json TEXT NOT NULL DEFAULT '',
    after_json TEXT NOT NULL DEFAULT '',
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_log_request ON audit_log (request_id, id);
CREATE INDEX audit_log_actor ON audit_log (actor, id);
CREATE INDEX audit_log_action ON audit_log (action, id);
CREATE INDEX audit_log_at ON audit_log (at, id);

-- One row: the newest entry's id and hash and the number of entries, so that appends serialise on
-- it (PostgreSQL row lock) and a truncated log is detected.
CREATE TABLE audit_head (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    last_id INTEGER NOT NULL,
    last_hash TEXT NOT NULL,
    entries INTEGER NOT NULL
);
INSERT INTO audit_head (singleton, last_id, last_hash, entries) VALUES (1, 0, '', 0);

-- The default verification policy (an administrator may change it): each request type is
-- satisfied by any one alternative, an alternative by all of its methods. Explanations and
-- complaints need none; rights over the data itself need strong evidence.
INSERT INTO verification_rules (request_type, alternative, method) VALUES
    ('access', 1, 'account_login'), ('access', 2, 'identity_document'), ('access', 2, 'sms_code'),
    ('access', 3, 'identity_document'), ('access', 3, 'email_code'),
    ('copy', 1, 'account_login'), ('copy', 2, 'identity_document'), ('copy', 2, 'sms_code'),
    ('copy', 3, 'identity_document'), ('copy', 3, 'email_code'),
    ('portability', 1, 'account_login'), ('portability', 2, 'identity_document'), ('portability', 2, 'sms_code'),
    ('portability', 3, 'identity_document'), ('portability', 3, 'email_code'),
    ('deletion', 1, 'account_login'), ('deletion', 2, 'identity_document'), ('deletion', 2, 'sms_code'),
    ('deletion', 3, 'identity_document'), ('deletion', 3, 'email_code'),
    ('account_cancellation', 1, 'account_login'), ('account_cancellation', 2, 'identity_document'),
    ('account_cancellation', 2, 'sms_code'), ('account_cancellation', 3, 'identity_document'),
    ('account_cancellation', 3, 'email_code'),
    ('correction', 1, 'account_login'), ('correction', 2, 'sms_code'), ('correction', 3, 'email_code'),
    ('restriction', 1, 'account_login'), ('restriction', 2, 'sms_code'), ('restriction', 3, 'email_code'),
    ('consent_withdrawal', 1, 'account_login'), ('consent_withdrawal', 2, 'sms_code'),
    ('consent_withdrawal', 3, 'email_code');
