//! `gesta bench`: end-to-end throughput of the pipeline on a JSON Lines
//! corpus (by default `../shared/corpus/news.jsonl`), per stage and thread
//! count, with model load time and peak memory.

use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{bail, Context, Result};
use gesta_benchkit::{median, peak_rss_mb, process_cpu_secs, Story};
use gesta_document::{Document, Metadata};
use gesta_pipeline::{Pipeline, PipelineOptions, Stage};

#[derive(clap::Args)]
pub struct Args {
    /// JSON Lines corpus with `id`, `text` (and optional `date`, `title`).
    #[arg(long, default_value = "../shared/corpus/news.jsonl")]
    pub corpus: PathBuf,
    /// Megabytes of story text to take from the start of the corpus.
    #[arg(long, default_value_t = 10.0)]
    pub mb: f64,
    /// Take the stories of the first this many megabytes of the corpus
    /// file instead (whole lines; overrides --mb). The figure per
    /// CPU-second of file then also counts the JSON decoding.
    #[arg(long)]
    pub file_mb: Option<f64>,
    /// Last stage to run: text, syntax, actors, events, attributes.
    #[arg(long, default_value = "attributes")]
    pub stage: String,
    /// Thread counts to measure, comma-separated.
    #[arg(long, default_value = "1,2")]
    pub threads: String,
    /// Timed runs per configuration (the median is reported).
    #[arg(long, default_value_t = 5)]
    pub runs: usize,
}

fn parse_stage(s: &str) -> Result<Stage> {
    Ok(match s {
        "text" => Stage::Text,
        "syntax" => Stage::Syntax,
        "actors" => Stage::Actors,
        "events" => Stage::Events,
        "attributes" | "all" => Stage::Attributes,
        other => bail!("unknown stage {other:?} (text, syntax, actors, events, attributes)"),
    })
}

/// The stories of the first `mb` MB of text of the corpus (or, with
/// `file_mb`, of the first `file_mb` MB of the file), their bytes of text
/// and of file, dates normalised as `gesta code` does; bad records are
/// reported on stderr and skipped.
fn load_corpus(path: &Path, mb: f64, file_mb: Option<f64>) -> Result<(Vec<Story>, usize, usize)> {
    let corpus = match file_mb {
        Some(f) => gesta_benchkit::read_file_prefix(path, (f * 1_000_000.0) as usize)?,
        None => gesta_benchkit::read_stories(path, (mb * 1_000_000.0) as usize)?,
    };
    for e in &corpus.skipped {
        eprintln!("{e}: skipped");
    }
    let mut stories = corpus.stories;
    for s in &mut stories {
        s.date = s.date.as_deref().and_then(gesta_text::normalize_date);
    }
    Ok((stories, corpus.text_bytes, corpus.file_bytes))
}

pub fn run(args: Args) -> Result<()> {
    let stage = parse_stage(&args.stage)?;
    let c0 = process_cpu_secs();
    let (records, bytes, file_bytes) = load_corpus(&args.corpus, args.mb, args.file_mb)?;
    // reading and decoding the JSON Lines, counted in the figure per
    // CPU-second of file
    let decode = match (c0, process_cpu_secs()) {
        (Some(a), Some(b)) => b - a,
        _ => 0.0,
    };
    if records.is_empty() {
        bail!("{}: no stories with text", args.corpus.display());
    }
    let runs = args.runs.max(1);
    println!(
        "corpus: {} stories, {:.2} MB of text in {:.2} MB of JSON Lines from {}",
        records.len(),
        bytes as f64 / 1e6,
        file_bytes as f64 / 1e6,
        args.corpus.display()
    );
    println!(
        "machine: {} cores available",
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );
    for threads in args.threads.split(',') {
        let threads: usize = threads
            .trim()
            .parse()
            .context("--threads: a list of numbers")?;
        let t0 = Instant::now();
        let pipeline = Pipeline::new(&PipelineOptions {
            until: stage,
            threads,
            ..Default::default()
        })?;
        let load = t0.elapsed().as_secs_f64();
        let mut secs = Vec::new();
        let mut cpus = Vec::new();
        let mut events = 0;
        for _ in 0..runs {
            // every run starts cold, as a fresh process would
            pipeline.forget();
            let c0 = process_cpu_secs();
            let t = Instant::now();
            let mut docs: Vec<Document> = records.iter().map(|_| Document::default()).collect();
            // as `Pipeline::process_batch` does: chunks of stories per thread
            let per = gesta_pipeline::chunk_len(records.len(), threads);
            let mut chunks: Vec<(&[Story], &mut [Document])> =
                records.chunks(per).zip(docs.chunks_mut(per)).collect();
            gesta_pipeline::parallel_for_each(threads, &mut chunks, |(rs, ds)| {
                for (r, d) in rs.iter().zip(ds.iter_mut()) {
                    *d = gesta_text::process_text(
                        &r.id,
                        &r.text,
                        r.date.clone(),
                        r.title.clone(),
                        Metadata::default(),
                    );
                }
                if stage > Stage::Text {
                    pipeline.process_chunk(ds);
                }
            });
            secs.push(t.elapsed().as_secs_f64());
            if let (Some(a), Some(b)) = (c0, process_cpu_secs()) {
                cpus.push(b - a);
            }
            events = docs.iter().map(|d| d.events.len()).sum::<usize>();
        }
        let med = median(&secs);
        let cpu = if cpus.is_empty() {
            String::new()
        } else {
            let c = median(&cpus);
            format!(
                " cpu={c:.2}s ({:.2} MB per CPU-second; {:.2} MB of file, JSON decoding's {decode:.2}s included)",
                bytes as f64 / 1e6 / c,
                file_bytes as f64 / 1e6 / (c + decode)
            )
        };
        println!(
            "stage={} threads={threads} load={:.3}s median={:.3}s ({:.2} MB/s){cpu} runs={runs} events={} ({:.0} per MB) peak_rss={:.0} MB",
            args.stage,
            load,
            med,
            bytes as f64 / 1e6 / med,
            events,
            events as f64 / (bytes as f64 / 1e6),
            peak_rss_mb().unwrap_or(f64::NAN)
        );
    }
    Ok(())
}
