-- Schema 9 (SQLite): verification reminders.
-- One row per request waiting for the requester to verify their identity, once the reminder
-- sweep has looked at it: since when it has waited (its latest entry into "verifying"), when the
-- reminder letter went out, and when it was proposed for closing as unverifiable. A row whose
-- waiting_since is older than the request's latest entry into "verifying" is from an earlier wait.
CREATE TABLE verification_reminders (
    request_id INTEGER PRIMARY KEY REFERENCES requests (id) ON DELETE CASCADE,
    waiting_since TEXT NOT NULL,
    reminded_at TEXT,
    letter_id INTEGER,
    closing_proposed_at TEXT
);
-- The queue's default view leaves out the requests proposed for closing; few, so a partial index.
CREATE INDEX verification_reminders_proposed ON verification_reminders (request_id) WHERE closing_proposed_at IS NOT NULL;
