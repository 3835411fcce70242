//! Codes a prepared sample of stories and reports the coder's CPU time, for
//! before/after comparisons of two builds on identical input:
//!
//! `code_sample prepare N DOCS.jsonl` parses the first N stories of
//! ../shared/corpus/news.jsonl (gesta-text, -syntax, -lexicon) and saves the
//! documents; `code_sample run DOCS.jsonl EVENTS.tsv [REPS]` codes them REPS
//! times (default 7), writes one line per event (story, sentence, source,
//! target, code, trigger) and prints the median process CPU seconds of one
//! coding pass (the process is single-threaded: CPU time is the coder's).
use std::io::{BufRead, Write};

use gesta_coder::Coder;
use gesta_document::{Annotator, Document, Metadata};

const SHARED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared");

/// CPU seconds of this (single-threaded) process: the nanosecond run time
/// of /proc/self/schedstat, else user + system ticks of /proc/self/stat.
fn cpu_seconds() -> Option<f64> {
    if let Some(ns) = std::fs::read_to_string("/proc/self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<f64>().ok())
    {
        return Some(ns / 1e9);
    }
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let rest = stat.rsplit_once(')')?.1;
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks: f64 = f.get(11)?.parse::<f64>().ok()? + f.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("prepare") if args.len() >= 3 => {
            let n: usize = args[1].parse()?;
            let syntax = gesta_syntax::Model::embedded()?;
            let lexicon = gesta_lexicon::ActorRecognizer::embedded()?;
            let f = std::fs::File::open(format!("{SHARED}/corpus/news.jsonl"))?;
            let mut out = std::io::BufWriter::new(std::fs::File::create(&args[2])?);
            for line in std::io::BufReader::new(f).lines().take(n) {
                let v: serde_json::Value = serde_json::from_str(&line?)?;
                let text = v["text"].as_str().unwrap_or("");
                let id = v["id"].as_str().unwrap_or("x");
                let mut d = gesta_text::process_text(id, text, None, None, Metadata::default());
                syntax.annotate(&mut d);
                lexicon.annotate(&mut d);
                writeln!(out, "{}", serde_json::to_string(&d)?)?;
            }
        }
        Some("run") if args.len() >= 3 => {
            let reps: usize = args.get(3).and_then(|r| r.parse().ok()).unwrap_or(7);
            let coder = Coder::embedded()?;
            let mut docs: Vec<Document> = Vec::new();
            for line in std::io::BufReader::new(std::fs::File::open(&args[1])?).lines() {
                docs.push(serde_json::from_str(&line?)?);
            }
            let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
            let mut times = Vec::new();
            let mut coded = Vec::new();
            for _ in 0..reps.max(1) {
                let mut batch = docs.clone();
                let t = cpu_seconds().unwrap_or(0.0);
                for d in &mut batch {
                    coder.annotate(d);
                }
                times.push(cpu_seconds().unwrap_or(0.0) - t);
                coded = batch;
            }
            let mut out = std::io::BufWriter::new(std::fs::File::create(&args[2])?);
            let mut n = 0;
            for d in &coded {
                for e in &d.events {
                    let who = |v: &[gesta_document::EventActor]| {
                        v.iter()
                            .map(|a| a.code.clone())
                            .collect::<Vec<_>>()
                            .join("+")
                    };
                    let s = d.sentences.get(e.sentence);
                    let text = s.map_or("", |s| d.text.get(s.start..s.end).unwrap_or(""));
                    writeln!(
                        out,
                        "{}\t{}\t{}\t{}\t{}\t{}\t{}",
                        d.id,
                        e.sentence,
                        who(&e.source),
                        who(&e.target),
                        e.cameo,
                        e.trigger.text,
                        text.replace(['\n', '\t'], " ")
                    )?;
                    n += 1;
                }
            }
            times.sort_by(|a, b| a.total_cmp(b));
            let med = times[times.len() / 2];
            println!(
                "{} stories, {:.2} MB, {n} events; coder CPU median {med:.3} s = {:.3} s/MB (runs {:?})",
                docs.len(),
                bytes as f64 / 1e6,
                med / (bytes as f64 / 1e6),
                times
            );
        }
        _ => {
            eprintln!("usage: code_sample prepare N DOCS.jsonl | run DOCS.jsonl EVENTS.tsv [REPS]");
            std::process::exit(2);
        }
    }
    Ok(())
}
