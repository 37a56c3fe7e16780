-- Schema 5 (PostgreSQL): sign-in lockout and forced password changes, demo markers, an audit log
-- that refuses to be changed, and a notification to every workstation when an entry is appended.
-- Failed sign-ins since the last good one; after 5 the account is locked until locked_until (UTC).
ALTER TABLE staff ADD COLUMN failed_attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE staff ADD COLUMN locked_until TEXT NOT NULL DEFAULT '';
-- Set when an administrator resets the password: the next sign-in must choose a new one.
ALTER TABLE staff ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0;
-- Made by the demo generator: demo data may only be loaded where all requests are demo ones.
ALTER TABLE staff ADD COLUMN demo INTEGER NOT NULL DEFAULT 0;
ALTER TABLE requests ADD COLUMN demo INTEGER NOT NULL DEFAULT 0;
CREATE INDEX requests_real ON requests (id) WHERE demo = 0;
-- Entries are only ever appended: besides the grants of `privacydesk-cli server init`, a trigger
-- refuses UPDATE, DELETE and TRUNCATE whoever asks.
CREATE FUNCTION pd_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only' USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION pd_audit_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION pd_audit_append_only();
-- Every statement that appends entries tells the listening workstations (LISTEN
-- privacydesk_changes); one notification per transaction, since equal payloads are folded.
CREATE FUNCTION pd_audit_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('privacydesk_changes', '');
    RETURN NULL;
END;
$$;
CREATE TRIGGER audit_log_notify AFTER INSERT ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION pd_audit_notify();
