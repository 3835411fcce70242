//! `gesta ingest`: code inputs with the full pipeline and store them.
//!
//! Stories are read and cleaned by the text stage, checked against the
//! database (a story whose cleaned text is already stored is skipped before
//! the expensive stages), coded, and written one transaction per batch, so a
//! killed run loses no committed story and leaves no half-written one;
//! running it again completes the rest.

use std::path::PathBuf;
use std::time::Instant;

use anyhow::{bail, Context, Result};
use gesta_pipeline::{Pipeline, PipelineOptions};
use gesta_store::Store;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

#[derive(clap::Args)]
pub struct Args {
    /// Input files, directories (recursive) or `-` for stdin.
    #[arg(required = true)]
    pub inputs: Vec<String>,
    /// Database file (default: the platform data dir, e.g.
    /// ~/.local/share/gesta/gesta.db).
    #[arg(long)]
    pub db: Option<PathBuf>,
    /// Publication date (YYYY-MM-DD) for stories that carry none.
    #[arg(long)]
    pub date: Option<String>,
    /// A lexicon directory adding to / overriding the embedded lexicon.
    #[arg(long)]
    pub lexicon: Option<PathBuf>,
    /// Field dictionaries replacing the default lexicon and patterns:
    /// `tabari:PATH.project` or `phoenix:DIR`.
    #[arg(long)]
    pub dict: Option<String>,
    /// Stories per transaction.
    #[arg(long, default_value_t = 64)]
    pub batch: usize,
    /// Worker threads for coding (0 = all cores).
    #[arg(long, default_value_t = 0)]
    pub threads: usize,
    /// No progress bar (summary only).
    #[arg(long)]
    pub quiet: bool,
}

#[derive(Default)]
struct Totals {
    read: usize,
    added: usize,
    duplicate: usize,
    bad: usize,
    mentions: usize,
    events: usize,
    grouped: usize,
    bytes: usize,
}

pub fn run(args: Args) -> Result<()> {
    let path = args.db.clone().unwrap_or_else(Store::default_path);
    eprintln!("database: {}", path.display());
    let mut store =
        Store::open(&path).with_context(|| format!("opening database {}", path.display()))?;
    let pipeline = Pipeline::new(&PipelineOptions {
        date: args.date.clone(),
        lexicon: args.lexicon.clone(),
        dict: args.dict.clone(),
        threads: args.threads,
        ..Default::default()
    })?;
    let bar = if args.quiet {
        ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden())
    } else {
        let b = ProgressBar::new_spinner();
        b.set_style(
            ProgressStyle::with_template(
                "{spinner} [{elapsed_precise}] {pos} stories ({per_sec}) {msg}",
            )
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        );
        b.enable_steady_tick(std::time::Duration::from_millis(200));
        b
    };
    let start = Instant::now();
    let mut t = Totals::default();
    let batch = args.batch.max(1);
    let mut pending: Vec<gesta_document::Document> = Vec::with_capacity(batch);
    let mut seen_in_batch = std::collections::HashSet::new();
    let flush = |store: &mut Store,
                 pending: &mut Vec<gesta_document::Document>,
                 seen: &mut std::collections::HashSet<String>,
                 t: &mut Totals,
                 bar: &ProgressBar|
     -> Result<()> {
        if pending.is_empty() {
            return Ok(());
        }
        pipeline.process_batch(pending);
        let report = store.ingest(pending)?;
        for r in &report.rejected {
            bar.println(format!("skipped story {}: {}", r.id, r.reason));
        }
        t.added += report.stories_added;
        t.duplicate += report.stories_duplicate;
        t.bad += report.rejected.len();
        t.mentions += report.mentions_added;
        t.events += report.events_created;
        t.grouped += report.mentions_grouped;
        bar.inc(pending.len() as u64);
        bar.set_message(format!(
            "{} new, {} already stored, {} skipped, {} events",
            t.added, t.duplicate, t.bad, t.events
        ));
        pending.clear();
        seen.clear();
        Ok(())
    };
    for item in gesta_text::read_inputs(&args.inputs) {
        match item {
            Ok(doc) => {
                t.read += 1;
                t.bytes += doc.text.len();
                // Skip stored stories before the expensive stages.
                if store.contains_text(&doc.text)? || !seen_in_batch.insert(doc.text.clone()) {
                    t.duplicate += 1;
                    bar.inc(1);
                    continue;
                }
                pending.push(doc);
                if pending.len() >= batch {
                    flush(&mut store, &mut pending, &mut seen_in_batch, &mut t, &bar)?;
                }
            }
            Err(e) => {
                t.bad += 1;
                bar.println(format!("skipped: {e}"));
            }
        }
    }
    flush(&mut store, &mut pending, &mut seen_in_batch, &mut t, &bar)?;
    bar.finish_and_clear();
    let secs = start.elapsed().as_secs_f64().max(1e-9);
    eprintln!(
        "{} stories read: {} added, {} already stored, {} skipped; {} event reports, {} new events ({} grouped into existing ones)",
        t.read, t.added, t.duplicate, t.bad, t.mentions, t.events, t.grouped
    );
    eprintln!(
        "{:.1} s, {:.1} stories/s, {:.2} MB/s of text; database: {}",
        secs,
        t.read as f64 / secs,
        t.bytes as f64 / 1e6 / secs,
        path.display()
    );
    if t.read == 0 && t.bad > 0 {
        bail!("no input could be read ({} errors)", t.bad);
    }
    Ok(())
}
