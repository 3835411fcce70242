//! CPU cost of the coder and attributes stages on a fixed input, and their
//! output for byte-for-byte comparisons between versions.
//!
//! ```text
//! cargo run --release -p gesta-attributes --example stage_cost -- prepare BYTES DOCS.jsonl [NEWS.jsonl]
//! cargo run --release -p gesta-attributes --example stage_cost -- run DOCS.jsonl OUTDIR [REPS]
//! ```
//!
//! `prepare` runs the first BYTES of story text of ../shared/corpus/news.jsonl
//! (or of NEWS.jsonl, same line format)
//! through gesta-text, -syntax and -lexicon once and saves the documents (one
//! JSON per line). `run` codes them REPS times (default 5) with gesta-coder,
//! then runs this stage REPS times on the coded documents, prints the median
//! CPU seconds per MB of story text of each stage and writes the output of
//! the last run (`OUTDIR/coder.jsonl`: events per document,
//! `OUTDIR/attributes.jsonl`: the whole documents). `GESTA_STAGE=coder` or
//! `GESTA_STAGE=attributes` repeats only that stage (for profiles).
//! `load REPS` loads both stages REPS times and prints the median CPU
//! seconds of each load.

use std::io::{BufRead, Write};

use gesta_document::{Annotator, Document, Metadata};

/// CPU seconds used by this thread, from /proc (nanosecond resolution).
fn cpu_secs() -> f64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<f64>().ok())
        .map_or(0.0, |ns| ns / 1e9)
}

fn prepare(bytes: usize, out: &str, input: Option<&str>) -> Result<(), Box<dyn std::error::Error>> {
    let path = input.unwrap_or(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/corpus/news.jsonl"
    ));
    let raw = std::fs::read_to_string(path)?;
    let syntax = gesta_syntax::Model::embedded()?;
    let lexicon = gesta_lexicon::Lexicon::embedded()?;
    let actors = gesta_lexicon::ActorRecognizer::new(&lexicon);
    let mut w = std::io::BufWriter::new(std::fs::File::create(out)?);
    let mut total = 0usize;
    for line in raw.lines() {
        if total >= bytes {
            break;
        }
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let text = v["text"].as_str().unwrap_or("");
        total += text.len();
        let id = v["id"].as_str().unwrap_or("x");
        let date = v["date"].as_str().map(|s| s.chars().take(10).collect());
        let mut d = gesta_text::process_text(id, text, date, None, Metadata::default());
        syntax.annotate(&mut d);
        actors.annotate(&mut d);
        serde_json::to_writer(&mut w, &d)?;
        w.write_all(b"\n")?;
    }
    w.flush()?;
    println!("{total} bytes of story text prepared into {out}");
    Ok(())
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

fn run(input: &str, outdir: &str, reps: usize) -> Result<(), Box<dyn std::error::Error>> {
    let mut docs: Vec<Document> = Vec::new();
    for line in std::io::BufReader::new(std::fs::File::open(input)?).lines() {
        docs.push(serde_json::from_str(&line?)?);
    }
    let mb = docs.iter().map(|d| d.text.len()).sum::<usize>() as f64 / 1e6;
    let c = cpu_secs();
    let coder = gesta_coder::Coder::embedded()?;
    let coder_load = cpu_secs() - c;
    let c = cpu_secs();
    let attributes = gesta_attributes::Attributes::embedded()?;
    let att_load = cpu_secs() - c;
    println!("load: coder {coder_load:.3} CPU s, attributes {att_load:.3} CPU s");
    std::fs::create_dir_all(outdir)?;

    // GESTA_STAGE=attributes|coder: repeat only that stage (for profiles)
    let only = std::env::var("GESTA_STAGE").unwrap_or_default();
    let reps_of = |stage: &str| {
        if only.is_empty() || only == stage {
            reps.max(1)
        } else {
            1
        }
    };
    let mut coded = Vec::new();
    let mut times = Vec::new();
    for _ in 0..reps_of("coder") {
        let mut batch = docs.clone();
        let c = cpu_secs();
        for d in &mut batch {
            coder.annotate(d);
        }
        times.push(cpu_secs() - c);
        coded = batch;
    }
    let coder_cpu = median(times.clone());
    let mut w = std::io::BufWriter::new(std::fs::File::create(format!("{outdir}/coder.jsonl"))?);
    for d in &coded {
        serde_json::to_writer(&mut w, &d.events)?;
        w.write_all(b"\n")?;
    }
    w.flush()?;

    let mut done = Vec::new();
    let mut atimes = Vec::new();
    for _ in 0..reps_of("attributes") {
        let mut batch = coded.clone();
        let c = cpu_secs();
        for d in &mut batch {
            attributes.annotate(d);
        }
        atimes.push(cpu_secs() - c);
        done = batch;
    }
    let att_cpu = median(atimes.clone());
    let mut w =
        std::io::BufWriter::new(std::fs::File::create(format!("{outdir}/attributes.jsonl"))?);
    for d in &done {
        serde_json::to_writer(&mut w, d)?;
        w.write_all(b"\n")?;
    }
    w.flush()?;
    let events: usize = coded.iter().map(|d| d.events.len()).sum();
    println!(
        "{} docs, {mb:.2} MB, {events} events; coder median {:.3} CPU s = {:.3} CPU s/MB (runs {:?}); attributes median {:.3} CPU s = {:.3} CPU s/MB (runs {:?})",
        docs.len(),
        coder_cpu,
        coder_cpu / mb,
        times.iter().map(|t| (t * 1000.0).round() / 1000.0).collect::<Vec<_>>(),
        att_cpu,
        att_cpu / mb,
        atimes.iter().map(|t| (t * 1000.0).round() / 1000.0).collect::<Vec<_>>(),
    );
    Ok(())
}

/// Median CPU seconds of loading each stage (`Coder::embedded`,
/// `Attributes::embedded`) over `reps` loads.
fn load(reps: usize) -> Result<(), Box<dyn std::error::Error>> {
    let (mut c, mut a) = (Vec::new(), Vec::new());
    for _ in 0..reps.max(1) {
        let t = cpu_secs();
        let coder = gesta_coder::Coder::embedded()?;
        c.push(cpu_secs() - t);
        let t = cpu_secs();
        let attributes = gesta_attributes::Attributes::embedded()?;
        a.push(cpu_secs() - t);
        drop((coder, attributes));
    }
    println!(
        "load median: coder {:.4} CPU s (runs {:?}), attributes {:.4} CPU s (runs {:?})",
        median(c.clone()),
        c.iter()
            .map(|t| (t * 1000.0).round() / 1000.0)
            .collect::<Vec<_>>(),
        median(a.clone()),
        a.iter()
            .map(|t| (t * 1000.0).round() / 1000.0)
            .collect::<Vec<_>>(),
    );
    Ok(())
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["prepare", bytes, out] => prepare(bytes.parse()?, out, None),
        ["prepare", bytes, out, input] => prepare(bytes.parse()?, out, Some(input)),
        ["run", input, outdir] => run(input, outdir, 5),
        ["run", input, outdir, reps] => run(input, outdir, reps.parse()?),
        ["load", reps] => load(reps.parse()?),
        _ => {
            eprintln!(
                "usage: stage_cost prepare BYTES DOCS.jsonl [NEWS.jsonl] | run DOCS.jsonl OUTDIR [REPS] | load REPS"
            );
            std::process::exit(2);
        }
    }
}
