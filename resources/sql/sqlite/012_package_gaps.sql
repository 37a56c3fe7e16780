-- Schema 12: a package names the sources and categories it could not read ("source/category",
-- comma-separated; empty when everything was read). Only a package without gaps fulfils an
-- access, copy or portability request.
ALTER TABLE packages ADD COLUMN failed TEXT NOT NULL DEFAULT '';
