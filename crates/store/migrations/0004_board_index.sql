-- gesta store schema, version 4: the board without an issue filter reads
-- the events that have an issue in a date window.
CREATE INDEX events_issue_day ON events(date) WHERE issue IS NOT NULL;
