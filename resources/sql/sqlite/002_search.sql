-- Schema 2 (SQLite): free-text search over people with an FTS5 trigram index (substrings of
-- Chinese names, e-mails and phone numbers). Queries shorter than three characters are answered
-- by a scan of people, which is much smaller than requests.
CREATE VIRTUAL TABLE people_fts USING fts5 (
    search_text,
    content = 'people',
    content_rowid = 'id',
    tokenize = 'trigram'
);
INSERT INTO people_fts (people_fts) VALUES ('rebuild');
CREATE TRIGGER people_fts_insert AFTER INSERT ON people BEGIN
    INSERT INTO people_fts (rowid, search_text) VALUES (new.id, new.search_text);
END;
CREATE TRIGGER people_fts_delete AFTER DELETE ON people BEGIN
    INSERT INTO people_fts (people_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
END;
CREATE TRIGGER people_fts_update AFTER UPDATE OF search_text ON people BEGIN
    INSERT INTO people_fts (people_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
    INSERT INTO people_fts (rowid, search_text) VALUES (new.id, new.search_text);
END;
