-- Schema 2 (PostgreSQL): free-text search over people with a pg_trgm GIN index.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX people_search_trgm ON people USING gin (search_text gin_trgm_ops);
