//! Actor matching throughput and lexicon load time.
//!
//! `cargo bench -p gesta-lexicon --bench actors`: reads the story texts of
//! the first 10 MB of ../shared/corpus/news.jsonl, then reports medians of
//! (1) loading the embedded lexicon, (2) compiling the matcher, (3) the
//! lexicon matcher alone (tokenise + normalise + Aho-Corasick), and (4) full
//! actor recognition (composition, appositions, coreference), in MB/s on
//! one core.
use gesta_benchkit::{median, peak_rss_kb, thread_cpu_secs};
use gesta_document::Document;
use gesta_lexicon::{ActorRecognizer, Lexicon};
use std::time::Instant;

const SHARED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared");

fn main() {
    let path = format!("{SHARED}/corpus/news.jsonl");
    let Ok(raw) = std::fs::read(&path) else {
        println!("skipping: ../shared not found");
        return;
    };
    let head = &raw[..raw.len().min(10 * 1024 * 1024)];
    let texts: Vec<String> = String::from_utf8_lossy(head)
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v.get("text").and_then(|t| t.as_str()).map(str::to_string))
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    let mb = bytes as f64 / 1e6;
    println!(
        "corpus: {} stories, {:.1} MB of text (first 10 MB of news.jsonl)",
        texts.len(),
        mb
    );

    let mut load = Vec::new();
    let mut compile = Vec::new();
    let mut rec = None;
    for _ in 0..5 {
        let t = Instant::now();
        let lex = match Lexicon::embedded() {
            Ok(l) => l,
            Err(e) => {
                println!("embedded lexicon failed: {e}");
                return;
            }
        };
        load.push(t.elapsed().as_secs_f64() * 1e3);
        let t = Instant::now();
        let r = ActorRecognizer::new(&lex);
        compile.push(t.elapsed().as_secs_f64() * 1e3);
        rec = Some(r);
    }
    let Some(r) = rec else { return };
    println!(
        "peak RSS after loading (incl. the corpus text): {}",
        peak_rss_kb()
            .map(|kb| format!("{kb} kB"))
            .unwrap_or_default()
    );
    println!(
        "lexicon load (parse embedded files): median {:.0} ms",
        median(&load)
    );
    println!(
        "matcher compile ({} patterns): median {:.0} ms",
        r.patterns(),
        median(&compile)
    );

    let t = Instant::now();
    let toks: usize = texts
        .iter()
        .map(|x| gesta_lexicon::norm::tokenize(x).len())
        .sum();
    println!(
        "  (tokenize only: {:.1} MB/s, {toks} tokens)",
        mb / t.elapsed().as_secs_f64()
    );
    let t = Instant::now();
    let mut nn = 0;
    for x in &texts {
        for (s, e) in gesta_lexicon::norm::tokenize(x) {
            nn += gesta_lexicon::norm::norm_token(&x[s..e]).len();
        }
    }
    println!(
        "  (tokenize+norm: {:.1} MB/s, {nn})",
        mb / t.elapsed().as_secs_f64()
    );
    // throughput per CPU second of this thread as well as per wall-clock
    // second: the machine is shared
    let mut m1 = Vec::new();
    let mut c1 = Vec::new();
    let mut hits = 0;
    for _ in 0..5 {
        let t = Instant::now();
        let c = thread_cpu_secs().unwrap_or(0.0);
        hits = texts.iter().map(|x| r.count_hits(x)).sum::<usize>();
        m1.push(mb / t.elapsed().as_secs_f64());
        c1.push(mb / (thread_cpu_secs().unwrap_or(0.0) - c).max(0.01));
    }
    println!(
        "lexicon matching: median {:.1} MB/s per CPU second, {:.1} MB/s wall ({hits} hits)",
        median(&c1),
        median(&m1)
    );

    let mut m2 = Vec::new();
    let mut c2 = Vec::new();
    let mut n = 0;
    for _ in 0..3 {
        let t = Instant::now();
        let c = thread_cpu_secs().unwrap_or(0.0);
        n = 0;
        for x in &texts {
            let mut d = Document::new("b", x.clone());
            d.date = Some("2025-04-17".into());
            n += r.recognize(&d).actors.len();
        }
        m2.push(mb / t.elapsed().as_secs_f64());
        c2.push(mb / (thread_cpu_secs().unwrap_or(0.0) - c).max(0.01));
    }
    println!(
        "full actor recognition: median {:.1} MB/s per CPU second, {:.1} MB/s wall ({n} actor mentions)",
        median(&c2),
        median(&m2)
    );
}
