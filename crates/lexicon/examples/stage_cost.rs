//! CPU cost of the actors stage on a fixed parsed input, its load time, and
//! its output for byte-for-byte comparisons between versions.
//!
//! ```text
//! cargo run --release -p gesta-lexicon --example stage_cost -- load
//! cargo run --release -p gesta-lexicon --example stage_cost -- prepare BYTES DOCS.jsonl [NEWS.jsonl]
//! cargo run --release -p gesta-lexicon --example stage_cost -- run DOCS.jsonl OUT.jsonl [REPS]
//! ```
//!
//! `load` times a cold load of the embedded recognizer and its peak RSS.
//! `prepare` runs the first BYTES of story text of ../shared/corpus/news.jsonl
//! (or of NEWS.jsonl, same line format) through gesta-text and gesta-syntax
//! and saves the parsed documents (one JSON per line, no actors). `run`
//! loads the embedded lexicon (timed: parse, then compile), recognises the
//! actors of every document REPS times (default 5), prints the median CPU
//! seconds per MB of story text and the peak RSS, and writes the actors of
//! the last run to OUT.jsonl (one JSON array per document), so two versions
//! can be compared with `cmp`. With GESTA_PROFILE set, `run` only
//! recognises, REPS times, without copying the documents (for profiles).

use std::io::{BufRead, Write};

use gesta_document::{Annotator, Document, Metadata};

/// CPU seconds used by this thread, from /proc (nanosecond resolution).
fn cpu_secs() -> f64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<f64>().ok())
        .map_or(0.0, |ns| ns / 1e9)
}

fn peak_rss() -> String {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM"))
                .map(|l| l.trim_start_matches("VmHWM:").trim().to_string())
        })
        .unwrap_or_default()
}

fn prepare(bytes: usize, out: &str, input: Option<&str>) -> Result<(), Box<dyn std::error::Error>> {
    let path = input.unwrap_or(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/corpus/news.jsonl"
    ));
    let raw = std::fs::read_to_string(path)?;
    let syntax = gesta_syntax::Model::embedded()?;
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

fn run(input: &str, out: &str, reps: usize) -> Result<(), Box<dyn std::error::Error>> {
    let mut docs: Vec<Document> = Vec::new();
    for line in std::io::BufReader::new(std::fs::File::open(input)?).lines() {
        docs.push(serde_json::from_str(&line?)?);
    }
    let mb = docs.iter().map(|d| d.text.len()).sum::<usize>() as f64 / 1e6;
    let rss0 = peak_rss();
    let c = cpu_secs();
    let lex = gesta_lexicon::Lexicon::embedded()?;
    let first_parse = cpu_secs() - c;
    let r = gesta_lexicon::ActorRecognizer::new(&lex);
    drop(lex);
    let rss1 = peak_rss();
    // medians of 5 loads: parse (+ merge), copy, compile
    let (mut parse, mut copy, mut compile, mut embedded) = (vec![], vec![], vec![], vec![]);
    for _ in 0..5 {
        let c = cpu_secs();
        let lex = gesta_lexicon::Lexicon::embedded()?;
        parse.push(cpu_secs() - c);
        let c = cpu_secs();
        let l2 = lex.clone();
        copy.push(cpu_secs() - c);
        drop(l2);
        let c = cpu_secs();
        let r2 = gesta_lexicon::ActorRecognizer::new(&lex);
        compile.push(cpu_secs() - c);
        drop((lex, r2));
        let c = cpu_secs();
        let r2 = gesta_lexicon::ActorRecognizer::embedded()?;
        embedded.push(cpu_secs() - c);
        drop(r2);
    }
    let (parse, copy, compile, embedded) = (
        median(parse),
        median(copy),
        median(compile),
        median(embedded),
    );
    if std::env::var("GESTA_PROFILE").is_ok() {
        // recognition only, no document copies (for profiles)
        let c = cpu_secs();
        let mut n = 0;
        for _ in 0..reps.max(1) {
            for d in &docs {
                n += r.recognize(d).actors.len();
            }
        }
        println!("{n} actors, {:.3} CPU s", cpu_secs() - c);
        return Ok(());
    }
    let mut times = Vec::new();
    let mut last = Vec::new();
    for _ in 0..reps.max(1) {
        let mut batch = docs.clone();
        let c = cpu_secs();
        for d in &mut batch {
            r.annotate(d);
        }
        times.push(cpu_secs() - c);
        last = batch;
    }
    let mut w = std::io::BufWriter::new(std::fs::File::create(out)?);
    let mut n = 0;
    for d in &last {
        n += d.actors.len();
        serde_json::to_writer(&mut w, &d.actors)?;
        w.write_all(b"\n")?;
    }
    w.flush()?;
    let med = median(times.clone());
    println!(
        "{} docs, {mb:.2} MB, {n} actors; load (medians of 5): Lexicon::embedded {parse:.3} (first {first_parse:.3}), clone {copy:.3}, ActorRecognizer::new {compile:.3}, ActorRecognizer::embedded {embedded:.3} CPU s; peak RSS before load {rss0}, after {rss1}, end {}",
        docs.len(),
        peak_rss()
    );
    println!(
        "recognition median {med:.3} CPU s = {:.3} CPU s/MB (runs {:?})",
        med / mb,
        times
            .iter()
            .map(|t| (t * 1000.0).round() / 1000.0)
            .collect::<Vec<_>>()
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
        ["load"] => {
            if std::env::var("GESTA_RSS").is_ok() {
                let rss = || {
                    std::fs::read_to_string("/proc/self/status")
                        .ok()
                        .and_then(|s| {
                            s.lines()
                                .find(|l| l.starts_with("VmRSS"))
                                .map(str::to_string)
                        })
                        .unwrap_or_default()
                };
                println!("start {}", rss());
                let lex = gesta_lexicon::Lexicon::embedded()?;
                println!("lexicon {}", rss());
                let r = gesta_lexicon::ActorRecognizer::new(&lex);
                println!("recognizer {}", rss());
                drop(lex);
                println!("lexicon dropped {} ({} patterns)", rss(), r.patterns());
            }
            let c = cpu_secs();
            let r = gesta_lexicon::ActorRecognizer::embedded()?;
            println!(
                "ActorRecognizer::embedded (cold) {:.3} CPU s, {} patterns, peak RSS {}",
                cpu_secs() - c,
                r.patterns(),
                peak_rss()
            );
            Ok(())
        }
        ["run", input, out] => run(input, out, 5),
        ["run", input, out, reps] => run(input, out, reps.parse()?),
        _ => {
            eprintln!(
                "usage: stage_cost prepare BYTES DOCS.jsonl [NEWS.jsonl] | run DOCS.jsonl OUT.jsonl [REPS]"
            );
            std::process::exit(2);
        }
    }
}
