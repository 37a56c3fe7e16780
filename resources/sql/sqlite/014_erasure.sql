-- Schema 14: acting on the data in the systems that hold it (issue 10).
-- Per source and category, the write statements an administrator registered beside the look-up:
-- delete, anonymise, restrict, cancel (the account), correct.FIELD. Bound parameters only.
CREATE TABLE source_actions (
    source_id INTEGER NOT NULL REFERENCES data_sources (id) ON DELETE CASCADE,
    category TEXT NOT NULL,
    action TEXT NOT NULL,
    statement TEXT NOT NULL,
    PRIMARY KEY (source_id, category, action)
);
-- What a deletion or account cancellation did, per source and category. Written once the source's
-- own transaction has committed, so a retry carries on with the sources not yet done. Counts
-- only: no personal data. remaining: what the look-up found afterwards (-1: not looked yet).
CREATE TABLE erasure_steps (
    id INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    source_id INTEGER NOT NULL,
    source_name TEXT NOT NULL,
    category TEXT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('deleted', 'anonymised', 'held', 'nothing')),
    found INTEGER NOT NULL,
    changed INTEGER NOT NULL,
    held_until TEXT NOT NULL DEFAULT '',
    remaining INTEGER NOT NULL DEFAULT -1,
    carried_out_by TEXT NOT NULL,
    carried_out_at TEXT NOT NULL,
    UNIQUE (request_id, source_id, category)
);
-- A deletion carried out in full: every source done and looked at again (the proof).
CREATE TABLE erasures (
    request_id INTEGER PRIMARY KEY REFERENCES requests (id) ON DELETE CASCADE,
    completed_by TEXT NOT NULL,
    completed_at TEXT NOT NULL,
    remaining INTEGER NOT NULL
);
-- Records a legal retention duty keeps past a deletion (PIPL Art. 47; network logs at least six
-- months, Cybersecurity Law Art. 21): restricted until held_until, then deleted (holds run).
CREATE TABLE legal_holds (
    id INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL,
    source_id INTEGER NOT NULL,
    source_name TEXT NOT NULL,
    category TEXT NOT NULL,
    held_until TEXT NOT NULL,
    cutoff TEXT NOT NULL,
    released_by TEXT NOT NULL DEFAULT '',
    released_at TEXT NOT NULL DEFAULT '',
    released_rows INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX legal_holds_due ON legal_holds (released_at, held_until);
CREATE INDEX legal_holds_request ON legal_holds (request_id);
-- A consent withdrawn in answer to a request (§4) names the request (0: recorded otherwise).
ALTER TABLE consents ADD COLUMN request_id INTEGER NOT NULL DEFAULT 0;
CREATE INDEX consents_request ON consents (request_id);
