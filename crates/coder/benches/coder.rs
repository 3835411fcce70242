//! Benchmark of the coder alone on parsed, actor-annotated documents:
//! `cargo bench -p gesta-coder --bench coder [-- N_STORIES]`.
//! Stories come from ../shared/corpus/news.jsonl (first N, default 300); they
//! are cleaned, parsed and actor-annotated once, then coded 7 times. Prints
//! the median time, MB/s of story text and events per MB.

use std::io::BufRead;
use std::path::Path;
use std::time::Instant;

use gesta_coder::Coder;
use gesta_document::{Annotator, Document, Metadata};

const SHARED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared");

fn main() {
    let n: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(300);
    let path = Path::new(SHARED).join("corpus/news.jsonl");
    let Ok(f) = std::fs::File::open(&path) else {
        println!("skipping: ../shared not found");
        return;
    };
    let syntax = gesta_syntax::Model::embedded().expect("syntax model");
    let lexicon = gesta_lexicon::ActorRecognizer::embedded().expect("lexicon");
    let t0 = Instant::now();
    let coder = Coder::embedded().expect("coder");
    let load = t0.elapsed();
    let mut docs: Vec<Document> = Vec::new();
    for line in std::io::BufReader::new(f).lines().map_while(Result::ok) {
        if docs.len() >= n {
            break;
        }
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else {
            continue;
        };
        let text = v["text"].as_str().unwrap_or("");
        let id = v["id"].as_str().unwrap_or("x");
        let date = v["date"].as_str().map(String::from);
        let mut d = gesta_text::process_text(id, text, date, None, Metadata::default());
        syntax.annotate(&mut d);
        lexicon.annotate(&mut d);
        docs.push(d);
    }
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let tokens: usize = docs.iter().map(|d| d.tokens.len()).sum();
    let mut times = Vec::new();
    let mut events = 0;
    for _ in 0..7 {
        let mut batch = docs.clone();
        let t = Instant::now();
        for d in &mut batch {
            coder.annotate(d);
        }
        times.push(t.elapsed().as_secs_f64());
        events = batch.iter().map(|d| d.events.len()).sum();
    }
    times.sort_by(|a, b| a.total_cmp(b));
    let med = times[times.len() / 2];
    let mb = bytes as f64 / 1e6;
    println!(
        "coder: {} stories, {:.2} MB, {} tokens; load {:.0} ms; median {:.3} s = {:.2} MB/s, {:.0} tokens/s; {} events = {:.0} events/MB",
        docs.len(),
        mb,
        tokens,
        load.as_secs_f64() * 1e3,
        med,
        mb / med,
        tokens as f64 / med,
        events,
        events as f64 / mb
    );
}
