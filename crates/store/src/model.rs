//! Public row and filter types of the store API.

use serde::{Deserialize, Serialize};

/// What one call to [`crate::Store::ingest`] did.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct IngestReport {
    /// Stories written (new content hash).
    pub stories_added: usize,
    /// Stories skipped because a story with the same text is already stored.
    pub stories_duplicate: usize,
    /// Event mentions written (one per coded event and source/target pair).
    pub mentions_added: usize,
    /// Real events (happenings) created by this batch.
    pub events_created: usize,
    /// Mentions that joined an already existing real event.
    pub mentions_grouped: usize,
    /// Stories refused, with the reason (bad spans, id clash, ...).
    pub rejected: Vec<Rejected>,
    /// Story ids of the stories written, in input order.
    pub added_ids: Vec<String>,
}

/// A story the store refused; the rest of the batch is still written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rejected {
    /// Position of the story in the batch given to `ingest`.
    pub index: usize,
    pub id: String,
    pub reason: String,
}

/// Totals over the whole database.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Stats {
    pub stories: u64,
    pub sentences: u64,
    pub actors: u64,
    pub mentions: u64,
    pub events: u64,
    pub places: u64,
    pub times: u64,
    pub quotes: u64,
    /// First and last event day (ISO), if any event has a date.
    pub first_date: Option<String>,
    pub last_date: Option<String>,
    pub schema_version: u32,
}

/// Filter for event queries. Every field is optional; set fields are ANDed.
///
/// Actor codes match exactly (`USAGOV`); `country` matches the country part
/// of the source or the target (`USA`). `text` restricts to events reported
/// in stories matching the full-text query (words ANDed, see
/// [`crate::Store::search`]).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct EventFilter {
    /// Source or target actor code, exact (`RUSGOV`), or a country code
    /// (`RUS`) matching either side's country.
    pub actor: Option<String>,
    /// Source actor code (exact) or country (3 letters).
    pub source: Option<String>,
    /// Target actor code (exact) or country (3 letters).
    pub target: Option<String>,
    /// Source or target country (ISO3 / CAMEO country code).
    pub country: Option<String>,
    /// CAMEO event code, exact ("036") — or a prefix when it ends in `*`
    /// ("03*").
    pub cameo: Option<String>,
    /// CAMEO root ("04").
    pub root: Option<String>,
    /// PLOVER event type ("CONSULT").
    pub plover: Option<String>,
    /// 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict.
    pub quad_class: Option<u8>,
    /// Inclusive ISO date bounds (`YYYY-MM-DD`).
    pub date_from: Option<String>,
    pub date_to: Option<String>,
    /// Place name (case-insensitive exact) of the event.
    pub place: Option<String>,
    /// Country of the event place.
    pub place_country: Option<String>,
    /// Negotiation issue ("ceasefire").
    pub issue: Option<String>,
    /// Only events reported by this story id.
    pub story: Option<String>,
    /// Full-text query over the reporting stories.
    pub text: Option<String>,
    /// Maximum rows (default 100, at most 100 000 for list queries; exports
    /// are not capped).
    pub limit: Option<usize>,
    pub offset: Option<usize>,
}

/// One real event (a happening), with how often and by whom it was reported.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct EventRow {
    /// Event id (stable within a database).
    pub id: i64,
    /// Best day of the event (ISO), if known.
    pub date: Option<String>,
    pub source: String,
    pub source_country: Option<String>,
    /// Surface text of the source in the first report ("Russian officials").
    pub source_name: String,
    pub target: String,
    pub target_country: Option<String>,
    pub target_name: String,
    /// CAMEO code of the first report.
    pub cameo: String,
    pub root: String,
    pub quad_class: Option<u8>,
    pub goldstein: Option<f64>,
    pub plover: Option<String>,
    pub plover_mode: Option<String>,
    pub plover_context: Option<String>,
    pub negated: bool,
    pub issue: Option<String>,
    pub place: Option<String>,
    pub place_country: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub killed: Option<u32>,
    pub injured: Option<u32>,
    /// Number of reports (mentions) of this event.
    pub num_mentions: u32,
    /// Number of distinct sources (outlets; the story id when a story has no
    /// source) reporting it.
    pub num_sources: u32,
    /// Number of distinct stories reporting it.
    pub num_stories: u32,
    /// First report: story id, its URL and the sentence.
    pub story_id: String,
    pub url: Option<String>,
    pub sentence: String,
}

/// One report of an event: a coded event in one sentence of one story.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct MentionRow {
    pub id: i64,
    pub event_id: i64,
    pub story_id: String,
    pub story_title: Option<String>,
    pub story_date: Option<String>,
    /// Outlet of the story (`meta.source`).
    pub outlet: Option<String>,
    pub url: Option<String>,
    /// Index of the event in `Document::events`.
    pub event_index: usize,
    /// Sentence index and text (provenance).
    pub sentence_index: usize,
    pub sentence: String,
    pub sentence_start: usize,
    pub sentence_end: usize,
    pub trigger: String,
    pub trigger_start: usize,
    pub trigger_end: usize,
    pub source: String,
    pub source_name: String,
    pub target: String,
    pub target_name: String,
    pub cameo: String,
    pub date: Option<String>,
    pub negated: bool,
    pub modality: Option<String>,
    pub attribution: Option<String>,
    pub issue: Option<String>,
    pub pattern: Option<String>,
}

/// An event with all its reports.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct EventDetail {
    pub event: EventRow,
    pub mentions: Vec<MentionRow>,
}

/// Events of one day, per quad class, with the mean Goldstein score.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TimelineDay {
    pub date: String,
    /// Counts for quad classes 1..=4 at indexes 0..=3.
    pub quad: [u64; 4],
    /// Events without a quad class.
    pub other: u64,
    pub total: u64,
    pub mean_goldstein: Option<f64>,
}

/// A directed source→target pair of actor codes.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Dyad {
    pub source: String,
    pub target: String,
    pub events: u64,
    pub mean_goldstein: Option<f64>,
}

/// An event place and how many events happened there.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PlaceCount {
    pub name: String,
    pub country: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub events: u64,
    pub mean_goldstein: Option<f64>,
}

/// A stored story, without its annotation layers.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct StorySummary {
    pub id: String,
    pub title: Option<String>,
    pub date: Option<String>,
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub bytes: u64,
    pub events: u64,
}

/// What a search hit is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum HitKind {
    Story,
    Quote,
}

/// One full-text search hit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SearchHit {
    pub kind: HitKind,
    pub story_id: String,
    pub title: Option<String>,
    pub date: Option<String>,
    /// Snippet with matches wrapped in `[` `]` (HTML-free; callers escape
    /// and highlight).
    pub snippet: String,
    /// Byte span of the quote in the story text (quotes only).
    pub start: Option<usize>,
    pub end: Option<usize>,
    /// Speaker of a quote.
    pub speaker: Option<String>,
    /// BM25 score (lower is better, as SQLite reports it).
    pub score: f64,
}

/// An actor's stance on an issue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stance {
    Proposes,
    Supports,
    Demands,
    Conditions,
    Rejects,
    RefusesToDiscuss,
}

impl Stance {
    /// Label used in the stance table and the UI ("refuses to discuss").
    pub fn label(&self) -> &'static str {
        match self {
            Stance::Proposes => "proposes",
            Stance::Supports => "supports",
            Stance::Demands => "demands",
            Stance::Conditions => "conditions",
            Stance::Rejects => "rejects",
            Stance::RefusesToDiscuss => "refuses to discuss",
        }
    }

    /// Parses a label as written in the stance table.
    pub fn from_label(s: &str) -> Option<Stance> {
        Some(match s.trim() {
            "proposes" => Stance::Proposes,
            "supports" => Stance::Supports,
            "demands" => Stance::Demands,
            "conditions" => Stance::Conditions,
            "rejects" => Stance::Rejects,
            "refuses to discuss" | "refuses_to_discuss" => Stance::RefusesToDiscuss,
            _ => return None,
        })
    }
}

/// One statement behind a stance: the event and its sentence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StanceEvidence {
    pub stance: Stance,
    pub date: Option<String>,
    pub story_id: String,
    pub sentence_index: usize,
    pub sentence: String,
    pub cameo: String,
    pub negated: bool,
    pub modality: Option<String>,
    pub mention_id: i64,
    pub event_id: i64,
    /// Target of the event (who the stance is addressed to), if any.
    pub target: String,
}

/// An actor's latest stance on one issue and the history behind it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActorStance {
    /// Actor: the country code of the source when known ("UKR"), else its
    /// full code.
    pub actor: String,
    /// The latest stance (by date, then story order).
    pub stance: Stance,
    pub date: Option<String>,
    /// Every statement, oldest first; the last one is the latest stance.
    /// With [`crate::Store::board_latest`], only the latest ones.
    pub evidence: Vec<StanceEvidence>,
    /// Number of statements in all (`evidence` may hold fewer).
    #[serde(default)]
    pub evidence_total: usize,
}

/// The negotiation board of one issue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IssueBoard {
    pub issue: String,
    pub actors: Vec<ActorStance>,
    /// Date of the latest statement on the issue.
    pub last_date: Option<String>,
}

/// Output format of [`crate::Store::export`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ExportFormat {
    /// JSON lines of [`EventRow`].
    Jsonl,
    /// CSV with a header row.
    Csv,
    /// GDELT 1.0-style events TSV (no header), see docs/store.md.
    Gdelt,
    /// A JSON array of PLOVER-style event records.
    Plover,
    /// Apache Parquet, one row per event.
    Parquet,
}

impl ExportFormat {
    pub fn parse(s: &str) -> Option<ExportFormat> {
        Some(match s.to_ascii_lowercase().as_str() {
            "jsonl" | "json" => ExportFormat::Jsonl,
            "csv" => ExportFormat::Csv,
            "gdelt" | "tsv" => ExportFormat::Gdelt,
            "plover" => ExportFormat::Plover,
            "parquet" => ExportFormat::Parquet,
            _ => return None,
        })
    }

    /// MIME type for HTTP responses.
    pub fn mime(&self) -> &'static str {
        match self {
            ExportFormat::Jsonl => "application/x-ndjson",
            ExportFormat::Csv => "text/csv; charset=utf-8",
            ExportFormat::Gdelt => "text/tab-separated-values; charset=utf-8",
            ExportFormat::Plover => "application/json",
            ExportFormat::Parquet => "application/vnd.apache.parquet",
        }
    }
}
