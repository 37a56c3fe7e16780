-- Schema 8 (SQLite): the triage tools.
-- The queue sorts by priority like any other column: through an index ending in the keyset's id.
CREATE INDEX IF NOT EXISTS requests_priority ON requests (priority, id);
-- Saved views: a named filter, sort and set of columns (JSON, QueueView::toJson). owner_id is
-- the member of staff whose view it is; NULL for the views an administrator shares with everyone.
CREATE TABLE saved_views (
    id INTEGER PRIMARY KEY,
    owner_id INTEGER REFERENCES staff (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    definition TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX saved_views_owner_name ON saved_views ((COALESCE(owner_id, 0)), name);
-- Requests linked to one another: a duplicate to the open request it repeats.
CREATE TABLE request_links (
    request_id INTEGER NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    linked_id INTEGER NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (request_id, kind, linked_id)
);
CREATE INDEX request_links_linked ON request_links (linked_id);
-- Settings that hold for everyone working on this database (e.g. the verification reminders).
CREATE TABLE team_settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
