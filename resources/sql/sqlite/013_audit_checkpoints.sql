-- Schema 13: signed checkpoints of the audit chain. Each one is the chain's head (the newest
-- entry's id and hash, and how many entries there were) signed with an Ed25519 key kept outside
-- the database; exported to a file kept elsewhere, they show truncation, rebuilding and forgery
-- since they were signed (privacydesk-cli audit verify --checkpoints FILE).
CREATE TABLE audit_checkpoints (
    id INTEGER PRIMARY KEY,
    last_id INTEGER NOT NULL,
    last_hash TEXT NOT NULL,
    entries INTEGER NOT NULL,
    signed_at TEXT NOT NULL,
    reason TEXT NOT NULL,
    public_key TEXT NOT NULL,
    signature TEXT NOT NULL
);
