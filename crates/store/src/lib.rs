//! gesta-store: the embedded event database.
//!
//! A [`Store`] is one SQLite file (WAL mode) holding stories (the full
//! [`Document`] JSON plus columns), their sentences, actors, times, places and
//! quotes, the coded event *mentions* and the real *events* they are grouped
//! into ("one real event, many reports"). Full-text search uses SQLite FTS5.
//!
//! A `Store` owns one connection: it is `Send` but not `Sync`. A server
//! keeps it behind a mutex or opens one `Store` per worker thread; WAL lets
//! readers run while one writer ingests.
//!
//! The schema, API and measured figures are documented in `docs/store.md`.

mod board;
mod export;
#[cfg(test)]
mod fastpath_tests;
mod ingest;
mod model;
mod query;
mod rollup;
mod search;
#[doc(hidden)]
pub mod synth;

use std::path::{Path, PathBuf};

use gesta_document::Document;
use rusqlite::Connection;

pub use board::{StanceRule, StanceTable};
pub use ingest::GroupingRule;
pub use model::*;

/// Errors of the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database {path}: {source}")]
    Open {
        path: String,
        #[source]
        source: rusqlite::Error,
    },
    #[error("sqlite: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("cannot create directory {path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("write failed: {0}")]
    Write(#[from] std::io::Error),
    #[error("json: {0}")]
    Json(#[from] serde_json::Error),
    #[error("migration {version} ({name}): {source}")]
    Migration {
        version: u32,
        name: &'static str,
        #[source]
        source: rusqlite::Error,
    },
    #[error("database schema version {found} is newer than this build knows ({known})")]
    SchemaTooNew { found: u32, known: u32 },
    #[error("bad filter: {0}")]
    BadFilter(String),
    #[error("stance table line {line}: {message}")]
    StanceTable { line: usize, message: String },
    #[error("parquet: {0}")]
    Parquet(String),
    #[error("stored story {id} is corrupt: {message}")]
    Corrupt { id: String, message: String },
}

pub type Result<T> = std::result::Result<T, StoreError>;

/// One migration: a version number, a name and its SQL.
struct Migration {
    version: u32,
    name: &'static str,
    sql: &'static str,
}

/// The schema migrations, in order. Each file under `migrations/` is applied
/// once, in one transaction, and `PRAGMA user_version` records the last one.
const MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        name: "0001_init",
        sql: include_str!("../migrations/0001_init.sql"),
    },
    Migration {
        version: 2,
        name: "0002_rollups",
        sql: concat!(
            include_str!("../migrations/0002_rollups.sql"),
            include_str!("rollups_fill.sql")
        ),
    },
    Migration {
        version: 3,
        name: "0003_event_terms",
        sql: include_str!("../migrations/0003_event_terms.sql"),
    },
    Migration {
        version: 4,
        name: "0004_board_index",
        sql: include_str!("../migrations/0004_board_index.sql"),
    },
    Migration {
        version: 5,
        name: "0005_board_statements",
        sql: concat!(
            include_str!("../migrations/0005_board_statements.sql"),
            include_str!("board_fill.sql")
        ),
    },
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: u32 = 5;

/// The embedded event database.
pub struct Store {
    conn: Connection,
    path: Option<PathBuf>,
    stances: StanceTable,
    grouping: GroupingRule,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("path", &self.path).finish()
    }
}

impl Store {
    /// Opens (creating if needed) the database at `path`, creates missing
    /// parent directories, switches to WAL and applies pending migrations.
    pub fn open(path: impl AsRef<Path>) -> Result<Store> {
        let path = path.as_ref();
        if let Some(dir) = path.parent() {
            if !dir.as_os_str().is_empty() && !dir.exists() {
                std::fs::create_dir_all(dir).map_err(|source| StoreError::Io {
                    path: dir.display().to_string(),
                    source,
                })?;
            }
        }
        let conn = Connection::open(path).map_err(|source| StoreError::Open {
            path: path.display().to_string(),
            source,
        })?;
        Store::setup(conn, Some(path.to_path_buf()))
    }

    /// A private in-memory database (tests, one-off runs).
    pub fn open_in_memory() -> Result<Store> {
        let conn = Connection::open_in_memory()?;
        Store::setup(conn, None)
    }

    /// The default database path: `<platform data dir>/gesta/gesta.db`
    /// (`~/.local/share/gesta/gesta.db` on Linux), or `./gesta.db` when the
    /// platform has no data dir.
    pub fn default_path() -> PathBuf {
        match dirs::data_dir() {
            Some(d) => d.join("gesta").join("gesta.db"),
            None => PathBuf::from("gesta.db"),
        }
    }

    /// The file path, `None` for an in-memory store.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> Result<u32> {
        Ok(self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get::<_, u32>(0))?)
    }

    /// The rule grouping reports into real events (see docs/store.md).
    pub fn grouping(&self) -> &GroupingRule {
        &self.grouping
    }

    /// Changes the grouping rule for later ingests (evaluation, tuning);
    /// events already stored keep their grouping.
    pub fn set_grouping(&mut self, rule: GroupingRule) {
        self.grouping = rule;
    }

    /// The stance table in use (see [`Store::board`]).
    pub fn stance_table(&self) -> &StanceTable {
        &self.stances
    }

    fn setup(conn: Connection, path: Option<PathBuf>) -> Result<Store> {
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        // WAL + NORMAL: a committed transaction survives a killed process;
        // readers do not block the writer.
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.pragma_update(None, "cache_size", -65536)?; // 64 MiB
        conn.pragma_update(None, "temp_store", "MEMORY")?;
        conn.set_prepared_statement_cache_capacity(64);
        let mut store = Store {
            conn,
            path,
            stances: StanceTable::default_table()?,
            grouping: GroupingRule::default(),
        };
        store.migrate()?;
        Ok(store)
    }

    fn migrate(&mut self) -> Result<()> {
        let current = self.schema_version()?;
        let known = MIGRATIONS.last().map_or(0, |m| m.version);
        if current > known {
            return Err(StoreError::SchemaTooNew {
                found: current,
                known,
            });
        }
        for m in MIGRATIONS.iter().filter(|m| m.version > current) {
            let tx = self.conn.transaction()?;
            let wrap = |source| StoreError::Migration {
                version: m.version,
                name: m.name,
                source,
            };
            tx.execute_batch(m.sql).map_err(wrap)?;
            tx.pragma_update(None, "user_version", m.version)
                .map_err(wrap)?;
            tx.commit().map_err(wrap)?;
        }
        Ok(())
    }

    /// Stores a batch of documents in ONE transaction. A story whose text is
    /// already stored (same SHA-256 of `text`) is skipped; a story that fails
    /// validation or clashes with a stored id of different text is rejected
    /// and reported, and the rest of the batch is written. Coded events are
    /// grouped into real events (see docs/store.md).
    pub fn ingest(&mut self, docs: &[Document]) -> Result<IngestReport> {
        ingest::ingest(self, docs)
    }

    /// Whether a story with exactly this text is already stored.
    pub fn contains_text(&self, text: &str) -> Result<bool> {
        ingest::contains_hash(&self.conn, &ingest::text_hash(text))
    }

    /// Totals over the database.
    pub fn stats(&self) -> Result<Stats> {
        query::stats(self)
    }

    /// Real events matching the filter, newest first.
    pub fn events(&self, filter: &EventFilter) -> Result<Vec<EventRow>> {
        query::events(self, filter)
    }

    /// Number of real events matching the filter (ignores limit/offset).
    pub fn count_events(&self, filter: &EventFilter) -> Result<u64> {
        query::count_events(self, filter)
    }

    /// Number of matching events, exact when it comes from the rollups
    /// (no filter, or at most one actor/source/target/country filter with a
    /// quad class and a date range), otherwise counted up to `cap`.
    /// Returns `(count, exact)`; `exact` is false when the count stopped at
    /// `cap` (there are more).
    pub fn count_events_capped(&self, filter: &EventFilter, cap: u64) -> Result<(u64, bool)> {
        query::count_events_plan(self, filter, Some(cap), true)
    }

    /// Number of stored stories.
    pub fn story_count(&self) -> Result<u64> {
        Ok(self
            .conn
            .query_row("SELECT COUNT(*) FROM documents", [], |r| r.get::<_, i64>(0))?
            as u64)
    }

    /// Recomputes the derived tables (actor index, rollups) from the events,
    /// in one transaction. Not needed in normal use: ingest maintains them.
    pub fn rebuild_rollups(&mut self) -> Result<()> {
        let tx = self.conn.transaction()?;
        rollup::rebuild(&tx)?;
        tx.commit()?;
        Ok(())
    }

    /// One real event with all its reports (sentences for provenance).
    pub fn event(&self, id: i64) -> Result<Option<EventDetail>> {
        query::event(self, id)
    }

    /// The event mentions (reports) of one story, in text order.
    pub fn story_mentions(&self, story_id: &str) -> Result<Vec<MentionRow>> {
        query::story_mentions(self, story_id)
    }

    /// Events per day by quad class, with the mean Goldstein score.
    pub fn timeline(&self, filter: &EventFilter) -> Result<Vec<TimelineDay>> {
        query::timeline(self, filter)
    }

    /// Source→target dyads weighted by event count (heaviest first, at most
    /// `filter.limit`, default 100).
    pub fn network(&self, filter: &EventFilter) -> Result<Vec<Dyad>> {
        query::network(self, filter)
    }

    /// Event places with counts (most events first, at most `filter.limit`,
    /// default 100).
    pub fn places(&self, filter: &EventFilter) -> Result<Vec<PlaceCount>> {
        query::places(self, filter)
    }

    /// The stored Document of a story, as it was ingested.
    pub fn story(&self, id: &str) -> Result<Option<Document>> {
        query::story(self, id)
    }

    /// Stories, newest first.
    pub fn stories(&self, limit: usize, offset: usize) -> Result<Vec<StorySummary>> {
        query::stories(self, limit, offset)
    }

    /// Full-text search over stories and quotes. The query is plain words
    /// (ANDed; a trailing `*` makes a prefix; `"..."` a phrase); FTS syntax
    /// characters are neutralised, so any string is safe.
    pub fn search(&self, text: &str, limit: usize) -> Result<Vec<SearchHit>> {
        search::search(self, text, limit)
    }

    /// The negotiation board: per issue, each actor's latest stance with the
    /// statements behind it. The filter restricts the events considered
    /// (actor, dates, story, text, issue).
    pub fn board(&self, filter: &EventFilter) -> Result<Vec<IssueBoard>> {
        board::board(self, filter, None)
    }

    /// The negotiation board with at most `per_actor` statements (the
    /// latest) kept per actor and issue; `evidence_total` counts them all.
    /// Stances are the same as [`Store::board`]'s; sentence texts are read
    /// for the kept statements only.
    pub fn board_latest(&self, filter: &EventFilter, per_actor: usize) -> Result<Vec<IssueBoard>> {
        board::board(self, filter, Some(per_actor))
    }

    /// The board by the reference query (every statement of the filtered
    /// events), which [`Store::board`] / [`Store::board_latest`] equal;
    /// for benchmarks and checks.
    #[doc(hidden)]
    pub fn board_reference(
        &self,
        filter: &EventFilter,
        per_actor: Option<usize>,
    ) -> Result<Vec<IssueBoard>> {
        board::board_reference(self, filter, per_actor)
    }

    /// Writes the events matching `filter` (limit/offset honoured when set,
    /// otherwise all) in `format`; returns the number of events written.
    pub fn export<W: std::io::Write + Send>(
        &self,
        filter: &EventFilter,
        format: ExportFormat,
        out: W,
    ) -> Result<usize> {
        export::export(self, filter, format, out)
    }

    /// The underlying connection, for benchmarks and maintenance.
    pub fn connection(&self) -> &Connection {
        &self.conn
    }
}
