-- Schema 11 (SQLite): access, copy and portability packages delivered for a request.
-- The package's SHA-256 is its proof; the file itself is handed to the requester, not kept here.
CREATE TABLE packages (
    id INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    sha256 TEXT NOT NULL,
    bytes INTEGER NOT NULL,
    items INTEGER NOT NULL,
    encrypted INTEGER NOT NULL,
    categories TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX packages_request ON packages (request_id, id);
