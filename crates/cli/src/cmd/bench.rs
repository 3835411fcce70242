//! `gesta bench`: end-to-end throughput of the pipeline on a JSON Lines
//! corpus (by default `../shared/corpus/news.jsonl`), per stage and thread
//! count, with model load time and peak memory.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::time::Instant;

use anyhow::{bail, Context, Result};
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

/// Peak resident set size of this process in MB (Linux), if known.
pub fn peak_rss_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

struct Record {
    id: String,
    text: String,
    date: Option<String>,
    title: Option<String>,
}

fn load_corpus(path: &PathBuf, mb: f64) -> Result<(Vec<Record>, usize)> {
    let f = std::fs::File::open(path).with_context(|| format!("opening {}", path.display()))?;
    let limit = (mb * 1_000_000.0) as usize;
    let mut out = Vec::new();
    let mut bytes = 0;
    for (n, line) in BufReader::new(f).lines().enumerate() {
        let line = line.with_context(|| format!("{}:{}", path.display(), n + 1))?;
        let v: serde_json::Value = match serde_json::from_str(&line) {
            Ok(v) => v,
            Err(e) => {
                eprintln!("{}:{}: skipped: {e}", path.display(), n + 1);
                continue;
            }
        };
        let text = v
            .get("text")
            .and_then(|t| t.as_str())
            .unwrap_or("")
            .to_string();
        if text.is_empty() {
            continue;
        }
        bytes += text.len();
        let date = v
            .get("date")
            .and_then(|t| t.as_str())
            .and_then(gesta_text::normalize_date);
        out.push(Record {
            id: v
                .get("id")
                .and_then(|t| t.as_str())
                .unwrap_or("")
                .to_string(),
            text,
            date,
            title: v.get("title").and_then(|t| t.as_str()).map(str::to_string),
        });
        if bytes >= limit {
            break;
        }
    }
    Ok((out, bytes))
}

/// CPU time (user + system) of this process so far, in seconds, from
/// `/proc/self/stat` (Linux; `None` elsewhere). 10 ms resolution.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // fields after the command name (which may hold spaces) start at ')'
    let rest = stat.get(stat.rfind(')')? + 2..)?;
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks = f.get(11)?.parse::<f64>().ok()? + f.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

pub fn run(args: Args) -> Result<()> {
    let stage = parse_stage(&args.stage)?;
    let (records, bytes) = load_corpus(&args.corpus, args.mb)?;
    if records.is_empty() {
        bail!("{}: no stories with text", args.corpus.display());
    }
    let runs = args.runs.max(1);
    println!(
        "corpus: {} stories, {:.2} MB of text from {}",
        records.len(),
        bytes as f64 / 1e6,
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
            let c0 = cpu_seconds();
            let t = Instant::now();
            let mut docs: Vec<Document> = records.iter().map(|_| Document::default()).collect();
            // as `Pipeline::process_batch` does: chunks of stories per thread
            let per = gesta_pipeline::chunk_len(records.len(), threads);
            let mut chunks: Vec<(&[Record], &mut [Document])> =
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
            if let (Some(a), Some(b)) = (c0, cpu_seconds()) {
                cpus.push(b - a);
            }
            events = docs.iter().map(|d| d.events.len()).sum::<usize>();
        }
        let med = median(&mut secs);
        let cpu = if cpus.is_empty() {
            String::new()
        } else {
            let c = median(&mut cpus);
            format!(
                " cpu={c:.2}s ({:.2} MB per CPU-second)",
                bytes as f64 / 1e6 / c
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
