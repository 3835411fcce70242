-- gesta store schema, version 5: the negotiation board's statements, so that
-- the board reads each actor's latest statements and counts instead of
-- every statement in the window. Derived from `mentions` (with `events` and
-- `documents`), maintained in the ingest transaction (src/board.rs) and
-- filled from existing rows by src/board_fill.sql (appended to this
-- migration; also run by Store::rebuild_rollups).
--
-- A statement is a mention with an issue whose actor is known: the source's
-- country, else its code, else the attribution's code (as the board names
-- actors). Its stance is NOT stored: it comes from the stance table at query
-- time, from (cameo, negated, modality). Days are Julian day numbers, 0 =
-- none; in the count tables `modality` is '' when there is none.

-- One row per statement, in the board's order within (issue, actor): the
-- mention's day, the story's day, the story, the sentence, the trigger,
-- the mention. `eday` is the day of the mention's event (what the date
-- filter tests); it is within one day of `mday` (grouping joins reports at
-- most one day apart; a mention without a day is never grouped).
CREATE TABLE board_statements (
    issue    TEXT NOT NULL,
    actor    TEXT NOT NULL,
    mday     INTEGER NOT NULL,
    dday     INTEGER NOT NULL,
    doc      INTEGER NOT NULL,
    sentence INTEGER NOT NULL,
    trig     INTEGER NOT NULL,
    mention  INTEGER NOT NULL,
    eday     INTEGER NOT NULL,
    cameo    TEXT NOT NULL,
    negated  INTEGER NOT NULL,
    modality TEXT,
    PRIMARY KEY (issue, actor, mday, dday, doc, sentence, trig, mention)
) WITHOUT ROWID;

-- What the board shows of a statement: its event, target (the target's
-- country, else its code), date (the mention's, else the story's), story
-- and sentence text (a copy: stories are never changed, and reading the
-- sentence out of the story text costs more than the rest of the board).
CREATE TABLE board_evidence (
    mention  INTEGER PRIMARY KEY,
    event    INTEGER NOT NULL,
    target   TEXT NOT NULL,
    date     TEXT,
    story_id TEXT NOT NULL,
    sentence TEXT NOT NULL
);

-- Statements per (issue, actor) and stance-deciding fields, in all and per
-- 32-day bucket of the event day (bucket = eday / 32), for the totals of
-- long date windows.
CREATE TABLE board_total (
    issue    TEXT NOT NULL,
    actor    TEXT NOT NULL,
    cameo    TEXT NOT NULL,
    negated  INTEGER NOT NULL,
    modality TEXT NOT NULL,
    n        INTEGER NOT NULL,
    PRIMARY KEY (issue, actor, cameo, negated, modality)
) WITHOUT ROWID;

CREATE TABLE board_bucket (
    issue    TEXT NOT NULL,
    actor    TEXT NOT NULL,
    bucket   INTEGER NOT NULL,
    cameo    TEXT NOT NULL,
    negated  INTEGER NOT NULL,
    modality TEXT NOT NULL,
    n        INTEGER NOT NULL,
    PRIMARY KEY (issue, actor, bucket, cameo, negated, modality)
) WITHOUT ROWID;
