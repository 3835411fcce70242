//! Measuring helpers shared by the gesta benchmarks, the `stage_cost`
//! example and `gesta bench`:
//!
//! - [`process_cpu_secs`] / [`thread_cpu_secs`]: CPU time used so far, from
//!   Linux `/proc` (`None` elsewhere). The machine is shared, so throughput
//!   is reported per CPU second beside wall time.
//! - [`peak_rss_mb`] / [`rss_mb`] (and their kB forms): resident memory, from
//!   `/proc/self/status`.
//! - [`median`], [`percentile`], [`rounded`]: summaries of timed runs,
//!   total on any input (empty input and NaN samples do not panic).
//! - [`read_stories`]: the first N bytes of story text of a JSON Lines
//!   corpus (`../shared/corpus/news.jsonl` and files of the same format),
//!   skipping bad records with a [`CorpusError`] naming file and line;
//!   [`read_file_prefix`]: the stories of the first N bytes of the file.
//!
//! Only the standard library, `serde_json` and `thiserror`: the crate is a
//! dev-dependency of the stage crates and must not pull in anything heavy.

mod corpus;
mod procfs;
mod stats;

pub use corpus::{read_file_prefix, read_stories, Corpus, CorpusError, Story};
pub use procfs::{
    parse_schedstat_ns, parse_stat_ticks, parse_status_kb, peak_rss_kb, peak_rss_mb,
    process_cpu_secs, rss_kb, rss_mb, thread_cpu_secs, USER_HZ,
};
pub use stats::{median, percentile, rounded};
