-- Schema 3 (SQLite): indexes for combined filters. Without STAT4, SQLite sees status and type as
-- equally selective and may walk 160k "access" rows to find 3k open ones; the composite index
-- answers status+type filters, their order by receipt and their due-date counts from the index
-- alone. Assignee filters get their own index; searches shorter than a trigram scan people_name.
CREATE INDEX requests_status_type ON requests (status, type, received_at, due_date);
CREATE INDEX requests_assignee_id ON requests (assignee_id, status);
CREATE INDEX people_name ON people (name, id);
