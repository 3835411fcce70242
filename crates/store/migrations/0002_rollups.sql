-- gesta store schema, version 2: fast paths for the API's main queries.
-- Days are Julian day numbers (INTEGER; 2024-01-01 = 2460311) so that
-- they are small keys; an event without a date has day 0.
-- Every table below is derived from `events` and maintained in the same
-- transaction as ingest (src/rollup.rs); src/rollups_fill.sql (appended to
-- this migration) fills them from existing events.

-- Integer ids of actor keys: actor codes and actor countries.
CREATE TABLE actor_ids (
    id   INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE
);

-- One row per (actor key, event): `roles` is a bit set of how the key
-- occurs in the event: 1 source code, 2 target code, 4 source country,
-- 8 target country. Ordered by (actor, day, event) = newest-first scans.
CREATE TABLE event_actors (
    actor INTEGER NOT NULL,
    day   INTEGER NOT NULL,
    event INTEGER NOT NULL,
    roles INTEGER NOT NULL,
    PRIMARY KEY (actor, day, event)
) WITHOUT ROWID;

-- Events per day and quad class (0 = none), Goldstein sum and count of
-- events with a Goldstein score.
CREATE TABLE roll_day (
    day  INTEGER NOT NULL,
    quad INTEGER NOT NULL,
    n    INTEGER NOT NULL,
    gsum REAL NOT NULL,
    gn   INTEGER NOT NULL,
    PRIMARY KEY (day, quad)
) WITHOUT ROWID;

-- The same per actor key and role set.
CREATE TABLE roll_actor_day (
    actor INTEGER NOT NULL,
    roles INTEGER NOT NULL,
    day   INTEGER NOT NULL,
    quad  INTEGER NOT NULL,
    n     INTEGER NOT NULL,
    gsum  REAL NOT NULL,
    gn    INTEGER NOT NULL,
    PRIMARY KEY (actor, roles, day, quad)
) WITHOUT ROWID;

-- Dyads (both sides coded); countries '' when unknown.
CREATE TABLE roll_dyad (
    src         TEXT NOT NULL,
    src_country TEXT NOT NULL,
    tgt         TEXT NOT NULL,
    tgt_country TEXT NOT NULL,
    n           INTEGER NOT NULL,
    gsum        REAL NOT NULL,
    gn          INTEGER NOT NULL,
    PRIMARY KEY (src, src_country, tgt, tgt_country)
) WITHOUT ROWID;

CREATE TABLE roll_dyad_day (
    day         INTEGER NOT NULL,
    src         TEXT NOT NULL,
    src_country TEXT NOT NULL,
    tgt         TEXT NOT NULL,
    tgt_country TEXT NOT NULL,
    n           INTEGER NOT NULL,
    gsum        REAL NOT NULL,
    gn          INTEGER NOT NULL,
    PRIMARY KEY (day, src, src_country, tgt, tgt_country)
) WITHOUT ROWID;

-- Event places (place_key = lower-cased name; country '' when unknown);
-- `name` is the smallest spelling, lat/lon sums over events that have them.
CREATE TABLE roll_place (
    place_key TEXT NOT NULL,
    country   TEXT NOT NULL,
    name      TEXT NOT NULL,
    n         INTEGER NOT NULL,
    gsum      REAL NOT NULL,
    gn        INTEGER NOT NULL,
    lat_sum   REAL NOT NULL,
    lat_n     INTEGER NOT NULL,
    lon_sum   REAL NOT NULL,
    lon_n     INTEGER NOT NULL,
    PRIMARY KEY (place_key, country)
) WITHOUT ROWID;

CREATE TABLE roll_place_day (
    day       INTEGER NOT NULL,
    place_key TEXT NOT NULL,
    country   TEXT NOT NULL,
    name      TEXT NOT NULL,
    n         INTEGER NOT NULL,
    gsum      REAL NOT NULL,
    gn        INTEGER NOT NULL,
    lat_sum   REAL NOT NULL,
    lat_n     INTEGER NOT NULL,
    lon_sum   REAL NOT NULL,
    lon_n     INTEGER NOT NULL,
    PRIMARY KEY (day, place_key, country)
) WITHOUT ROWID;

-- The board reads one issue in a date window.
DROP INDEX events_issue;
CREATE INDEX events_issue ON events(issue, date) WHERE issue IS NOT NULL;
