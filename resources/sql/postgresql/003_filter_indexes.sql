-- Schema 3 (PostgreSQL): indexes for combined filters, assignee filters, and reference-prefix
-- search (text_pattern_ops serves LIKE 'DSR-2026-%' whatever the database collation).
CREATE INDEX requests_status_type ON requests (status, type, received_at, due_date);
CREATE INDEX requests_assignee_id ON requests (assignee_id, status);
CREATE INDEX requests_reference_pattern ON requests (reference text_pattern_ops);
CREATE INDEX people_name ON people (name, id);
