-- Schema 7 (SQLite).
-- The audit view lists entries in time order (newest first), not in the order they were
-- appended (demo data loaded after the first accounts, or a workstation whose clock is behind,
-- append older times later): each filter's index ends in (at, id), the keyset of its pages.
CREATE INDEX IF NOT EXISTS audit_log_actor_at ON audit_log (actor, at, id);
CREATE INDEX IF NOT EXISTS audit_log_action_at ON audit_log (action, at, id);
DROP INDEX IF EXISTS audit_log_actor;
DROP INDEX IF EXISTS audit_log_action;
-- "Working days left" sorts the open requests by due date and the closed ones (no days left)
-- after them, in both directions: one key for ascending, one for descending, each an index on
-- the very expression QueueRepository orders by (no column to keep, no table to rewrite).
CREATE INDEX IF NOT EXISTS requests_deadline_asc ON requests
    ((CASE WHEN status IN ('completed', 'rejected', 'withdrawn', 'unverifiable') THEN '9999-12-31' ELSE due_date END), id);
CREATE INDEX IF NOT EXISTS requests_deadline_desc ON requests
    ((CASE WHEN status IN ('completed', 'rejected', 'withdrawn', 'unverifiable') THEN '0000-01-01' ELSE due_date END), id);
