//! Actor matching throughput and lexicon load time.
//!
//! `cargo bench -p gesta-lexicon --bench actors`: reads the story texts of
//! the first 10 MB of ../shared/corpus/news.jsonl, then reports medians of
//! (1) loading the embedded lexicon, (2) compiling the matcher, (3) the
//! lexicon matcher alone (tokenise + normalise + Aho-Corasick), (4) full
//! actor recognition (composition, appositions, coreference) on untagged
//! text, in MB/s on one core, and (5) the actors stage as the pipeline runs
//! it: recognition alone over documents the text stage and gesta-syntax
//! prepared beforehand (the first 2 MB of story text), in MB/s per CPU
//! second and microseconds per story.
use gesta_benchkit::{median, peak_rss_kb, thread_cpu_secs};
use gesta_document::{Annotator, Document};
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

    // the stage on tagged and parsed documents (prepared untimed)
    let model = match gesta_syntax::Model::embedded() {
        Ok(m) => m,
        Err(e) => {
            println!("syntax model failed: {e}");
            return;
        }
    };
    let mut docs = Vec::new();
    let mut taken = 0;
    for x in &texts {
        if taken >= 2_000_000 {
            break;
        }
        taken += x.len();
        let mut d =
            gesta_text::process_text("b", x, Some("2025-04-17".into()), None, Default::default());
        model.annotate(&mut d);
        docs.push(d);
    }
    let mb3 = taken as f64 / 1e6;
    let mut c3 = Vec::new();
    let mut n = 0;
    for _ in 0..7 {
        let c = thread_cpu_secs().unwrap_or(0.0);
        n = docs
            .iter()
            .map(|d| r.recognize(d).actors.len())
            .sum::<usize>();
        c3.push((thread_cpu_secs().unwrap_or(0.0) - c).max(1e-6));
    }
    let secs = median(&c3);
    println!(
        "actors stage on parsed documents ({} stories, {mb3:.1} MB): median {:.2} MB per CPU second, {:.0} us per story ({n} actor mentions)",
        docs.len(),
        mb3 / secs,
        secs * 1e6 / docs.len().max(1) as f64
    );
}
