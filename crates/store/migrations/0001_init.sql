-- gesta store schema, version 1.
-- Stories: the cleaned text is a column (for FTS and snippets); `json` is the
-- full Document JSON with `text` emptied (restored on read), zstd-compressed.
CREATE TABLE documents (
    id          INTEGER PRIMARY KEY,
    story_id    TEXT NOT NULL UNIQUE,
    hash        TEXT NOT NULL UNIQUE,      -- sha256 hex of the cleaned text
    date        TEXT,                      -- publication day, ISO
    title       TEXT,
    outlet      TEXT,                      -- meta.source
    url         TEXT,
    bytes       INTEGER NOT NULL,
    text        TEXT NOT NULL,
    json        BLOB NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE INDEX documents_date ON documents(date);

CREATE TABLE sentences (
    doc   INTEGER NOT NULL REFERENCES documents(id),
    idx   INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end   INTEGER NOT NULL,            -- text = bytes start..end of documents.text
    PRIMARY KEY (doc, idx)
) WITHOUT ROWID;

CREATE TABLE actors (
    doc      INTEGER NOT NULL REFERENCES documents(id),
    idx      INTEGER NOT NULL,
    start    INTEGER NOT NULL,
    end      INTEGER NOT NULL,
    text     TEXT NOT NULL,
    code     TEXT NOT NULL,
    country  TEXT,
    sector   TEXT,
    name     TEXT,
    kind     TEXT NOT NULL,
    sentence INTEGER NOT NULL,
    PRIMARY KEY (doc, idx)
) WITHOUT ROWID;
CREATE INDEX actors_code ON actors(code);

CREATE TABLE times (
    doc       INTEGER NOT NULL REFERENCES documents(id),
    idx       INTEGER NOT NULL,
    start     INTEGER NOT NULL,
    end       INTEGER NOT NULL,
    text      TEXT NOT NULL,
    value     TEXT NOT NULL,
    precision TEXT NOT NULL,
    sentence  INTEGER NOT NULL,
    PRIMARY KEY (doc, idx)
) WITHOUT ROWID;

CREATE TABLE places (
    doc         INTEGER NOT NULL REFERENCES documents(id),
    idx         INTEGER NOT NULL,
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    text        TEXT NOT NULL,
    name        TEXT NOT NULL,
    country     TEXT,
    lat         REAL,
    lon         REAL,
    geonames_id INTEGER,
    feature     TEXT NOT NULL,
    sentence    INTEGER NOT NULL,
    PRIMARY KEY (doc, idx)
) WITHOUT ROWID;

CREATE TABLE quotes (
    id              INTEGER PRIMARY KEY,
    doc             INTEGER NOT NULL REFERENCES documents(id),
    idx             INTEGER NOT NULL,
    start           INTEGER NOT NULL,
    end             INTEGER NOT NULL,
    text            TEXT NOT NULL,
    direct          INTEGER NOT NULL,
    speaker         TEXT,
    speaker_code    TEXT,
    speaker_country TEXT,
    speaker_name    TEXT,
    cue             TEXT,
    UNIQUE (doc, idx)
);

-- Real events ("happenings"): one row per thing that happened, grouped from
-- the mentions of all stories. Descriptive columns come from the first
-- mention; counts are maintained at ingest.
CREATE TABLE events (
    id            INTEGER PRIMARY KEY,
    date          TEXT,
    src           TEXT NOT NULL,
    src_country   TEXT,
    src_name      TEXT NOT NULL,
    tgt           TEXT NOT NULL,
    tgt_country   TEXT,
    tgt_name      TEXT NOT NULL,
    cameo         TEXT NOT NULL,
    root          TEXT NOT NULL,
    quad          INTEGER,
    goldstein     REAL,
    plover        TEXT,
    plover_mode   TEXT,
    plover_context TEXT,
    negated       INTEGER NOT NULL,
    issue         TEXT,
    place         TEXT,
    place_key     TEXT,                     -- lower-cased place name
    place_country TEXT,
    lat           REAL,
    lon           REAL,
    killed        INTEGER,
    injured       INTEGER,
    num_mentions  INTEGER NOT NULL DEFAULT 0,
    num_sources   INTEGER NOT NULL DEFAULT 0,
    num_stories   INTEGER NOT NULL DEFAULT 0,
    first_mention INTEGER
);
CREATE INDEX events_group ON events(src, tgt, root, negated, date);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_tgt ON events(tgt, date);
CREATE INDEX events_src_country ON events(src_country, date);
CREATE INDEX events_tgt_country ON events(tgt_country, date);
CREATE INDEX events_cameo ON events(cameo, date);
CREATE INDEX events_root ON events(root, date);
CREATE INDEX events_plover ON events(plover, date);
CREATE INDEX events_quad ON events(quad, date);
CREATE INDEX events_place ON events(place_key, date);
CREATE INDEX events_place_country ON events(place_country, date);
CREATE INDEX events_issue ON events(issue) WHERE issue IS NOT NULL;

-- One report of an event: a coded event (one source/target pair) in one
-- sentence of one story.
CREATE TABLE mentions (
    id            INTEGER PRIMARY KEY,
    event         INTEGER NOT NULL REFERENCES events(id),
    doc           INTEGER NOT NULL REFERENCES documents(id),
    event_index   INTEGER NOT NULL,
    sentence      INTEGER NOT NULL,
    trigger       TEXT NOT NULL,
    trigger_start INTEGER NOT NULL,
    trigger_end   INTEGER NOT NULL,
    src           TEXT NOT NULL,
    src_country   TEXT,
    src_name      TEXT NOT NULL,
    tgt           TEXT NOT NULL,
    tgt_country   TEXT,
    tgt_name      TEXT NOT NULL,
    cameo         TEXT NOT NULL,
    root          TEXT NOT NULL,
    date          TEXT,
    date_precision TEXT,
    negated       INTEGER NOT NULL,
    modality      TEXT,
    attribution   TEXT,
    attribution_code TEXT,
    issue         TEXT,
    pattern       TEXT,
    source_key    TEXT NOT NULL              -- outlet, else the story id
);
CREATE INDEX mentions_event ON mentions(event);
CREATE INDEX mentions_doc ON mentions(doc);
CREATE INDEX mentions_issue ON mentions(issue) WHERE issue IS NOT NULL;

CREATE VIRTUAL TABLE stories_fts USING fts5(
    title, text, content='documents', content_rowid='id',
    tokenize='porter unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE quotes_fts USING fts5(
    text, speaker, content='quotes', content_rowid='id',
    tokenize='porter unicode61 remove_diacritics 2'
);
