-- Schema 5 (SQLite): sign-in lockout and forced password changes, demo markers, and an audit log
-- that refuses to be changed.
-- Failed sign-ins since the last good one; after 5 the account is locked until locked_until (UTC).
ALTER TABLE staff ADD COLUMN failed_attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE staff ADD COLUMN locked_until TEXT NOT NULL DEFAULT '';
-- Set when an administrator resets the password: the next sign-in must choose a new one.
ALTER TABLE staff ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0;
-- Made by the demo generator: demo data may only be loaded where all requests are demo ones.
ALTER TABLE staff ADD COLUMN demo INTEGER NOT NULL DEFAULT 0;
ALTER TABLE requests ADD COLUMN demo INTEGER NOT NULL DEFAULT 0;
CREATE INDEX requests_real ON requests (id) WHERE demo = 0;
-- Entries are only ever appended.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
