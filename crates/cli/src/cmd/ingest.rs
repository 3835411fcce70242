//! `gesta ingest`: code inputs with the full pipeline and store them.
//!
//! Stories are read and cleaned by the text stage, checked against the
//! database (a story whose cleaned text is already stored is skipped before
//! the expensive stages), coded, and written one transaction per batch, so a
//! killed run loses no committed story and leaves no half-written one;
//! running it again completes the rest. Storing runs on its own thread,
//! overlapping with the coding of the next batch.

use std::path::PathBuf;
use std::time::Instant;

use anyhow::{bail, Context, Result};
use gesta_pipeline::Pipeline;
use gesta_store::Store;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub coding: super::coding::CodingArgs,
    /// Database file (default: the platform data dir, e.g.
    /// ~/.local/share/gesta/gesta.db).
    #[arg(long)]
    pub db: Option<PathBuf>,
    /// Stories per transaction.
    #[arg(long, default_value_t = 64)]
    pub batch: usize,
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
    let pipeline = Pipeline::new(&args.coding.pipeline_options())?;
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
    // A writer thread owns the database connection: batch N is stored
    // while batch N + 1 is coded. The reading side asks a second
    // connection whether a story is already stored (SQLite WAL readers do
    // not wait for the writer); stories that slip past it are still
    // recognised by the writer's own content-hash check.
    let reader = Store::open(&path)
        .with_context(|| format!("opening database {} for reading", path.display()))?;
    let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<gesta_document::Document>>(1);
    let wbar = bar.clone();
    let writer = std::thread::spawn(move || -> Result<Totals> {
        let mut w = Totals::default();
        for docs in rx {
            let report = store.ingest(&docs)?;
            for r in &report.rejected {
                wbar.println(format!("skipped story {}: {}", r.id, r.reason));
            }
            w.added += report.stories_added;
            w.duplicate += report.stories_duplicate;
            w.bad += report.rejected.len();
            w.mentions += report.mentions_added;
            w.events += report.events_created;
            w.grouped += report.mentions_grouped;
            wbar.inc(docs.len() as u64);
            wbar.set_message(format!("{} new, {} events", w.added, w.events));
        }
        Ok(w)
    });
    let mut pending: Vec<gesta_document::Document> = Vec::with_capacity(batch);
    let mut seen_in_batch = std::collections::HashSet::new();
    // false when the writer has stopped (its error is reported below)
    let send = |pending: &mut Vec<gesta_document::Document>| -> bool {
        if pending.is_empty() {
            return true;
        }
        let mut docs = std::mem::take(pending);
        pipeline.process_batch(&mut docs);
        tx.send(docs).is_ok()
    };
    let mut writer_alive = true;
    for item in gesta_text::read_inputs(&args.coding.inputs) {
        match item {
            Ok(doc) => {
                t.read += 1;
                t.bytes += doc.text.len();
                // Skip stored stories before the expensive stages.
                if reader.contains_text(&doc.text)? || !seen_in_batch.insert(doc.text.clone()) {
                    t.duplicate += 1;
                    bar.inc(1);
                    continue;
                }
                pending.push(doc);
                if pending.len() >= batch {
                    seen_in_batch.clear();
                    if !send(&mut pending) {
                        writer_alive = false;
                        break;
                    }
                }
            }
            Err(e) => {
                t.bad += 1;
                bar.println(format!("skipped: {e}"));
            }
        }
    }
    if writer_alive {
        send(&mut pending);
    }
    drop(tx);
    let w = match writer.join() {
        Ok(r) => r?,
        Err(_) => bail!("the database writer thread panicked"),
    };
    t.added += w.added;
    t.duplicate += w.duplicate;
    t.bad += w.bad;
    t.mentions += w.mentions;
    t.events += w.events;
    t.grouped += w.grouped;
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
