-- gesta store schema, version 3: content terms of a real event (space-
-- separated, sorted lemmas of the proper nouns and numbers of its reports'
-- sentences), used by grouping; NULL for events stored before version 3
-- (they group on the structured fields alone).
ALTER TABLE events ADD COLUMN sig TEXT;
