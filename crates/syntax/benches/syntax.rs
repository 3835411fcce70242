//! Speed of the syntax stage: model load time, tag+parse throughput on the
//! EWT test set and on the first 2 MB of the news corpus (naive
//! whitespace/punctuation tokenization), one and two threads. Medians of 5.
//!
//! `cargo bench -p gesta-syntax`

use gesta_benchkit::{median, read_stories, rss_kb, thread_cpu_secs};
use gesta_syntax::{conllu, train, Model, Scratch};
use std::path::PathBuf;
use std::time::Instant;

/// Split text naively into sentences of tokens.
fn naive_sentences(text: &str) -> Vec<Vec<&str>> {
    let mut out = Vec::new();
    let mut cur: Vec<&str> = Vec::new();
    for raw in text.split_whitespace() {
        let mut w = raw;
        let mut tail: Vec<&str> = Vec::new();
        while let Some(c) = w.chars().next() {
            if c.is_alphanumeric() {
                break;
            }
            cur.push(&w[..c.len_utf8()]);
            w = &w[c.len_utf8()..];
        }
        while let Some(c) = w.chars().last() {
            if c.is_alphanumeric() {
                break;
            }
            let k = w.len() - c.len_utf8();
            tail.push(&w[k..]);
            w = &w[..k];
        }
        if !w.is_empty() {
            cur.push(w);
        }
        let end = tail.iter().any(|t| matches!(*t, "." | "!" | "?"));
        cur.extend(tail.into_iter().rev());
        if end || cur.len() >= 200 {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

fn run(model: &Model, sents: &[Vec<&str>], lemmas: bool) -> usize {
    let mut sc = Scratch::default();
    let mut n = 0;
    for s in sents {
        if lemmas {
            n += model.analyse_with(s, &mut sc).len();
        } else {
            n += model.tag_parse_with(s, &mut sc);
        }
    }
    n
}

fn measure(name: &str, model: &Model, sents: &[Vec<&str>], bytes: usize) {
    let tokens: usize = sents.iter().map(|s| s.len()).sum();
    for (what, lemmas) in [("tag+parse", false), ("tag+parse+lemma", true)] {
        let mut t = Vec::new();
        let mut c = Vec::new();
        for _ in 0..5 {
            let s = Instant::now();
            // CPU time of this thread, to report throughput per CPU-second
            // when the machine is shared
            let c0 = thread_cpu_secs();
            std::hint::black_box(run(model, sents, lemmas));
            t.push(s.elapsed().as_secs_f64());
            if let (Some(a), Some(b)) = (c0, thread_cpu_secs()) {
                c.push(b - a);
            }
        }
        let m = median(&t);
        let cpu = if c.is_empty() {
            String::new()
        } else {
            let mc = median(&c);
            format!(
                "; per CPU-second: {:.0} tokens/s, {:.2} MB/s",
                tokens as f64 / mc,
                bytes as f64 / 1e6 / mc
            )
        };
        println!(
            "{name}: {what}: {tokens} tokens, {:.2} MB: {:.0} tokens/s, {:.2} MB/s (1 thread, wall, median of 5){cpu}",
            bytes as f64 / 1e6,
            tokens as f64 / m,
            bytes as f64 / 1e6 / m
        );
    }
    // two threads, each half of the sentences
    let mut t = Vec::new();
    let half = sents.len() / 2;
    for _ in 0..5 {
        let s = Instant::now();
        std::thread::scope(|sc| {
            let a = sc.spawn(|| run(model, &sents[..half], false));
            let b = sc.spawn(|| run(model, &sents[half..], false));
            std::hint::black_box(a.join().ok());
            std::hint::black_box(b.join().ok());
        });
        t.push(s.elapsed().as_secs_f64());
    }
    let m = median(&t);
    println!(
        "{name}: tag+parse: {:.0} tokens/s, {:.2} MB/s (2 threads, median of 5)",
        tokens as f64 / m,
        bytes as f64 / 1e6 / m
    );
}

fn main() {
    let mut t = Vec::new();
    let mut model = None;
    for _ in 0..5 {
        let s = Instant::now();
        model = Some(Model::embedded().expect("embedded model"));
        t.push(s.elapsed().as_secs_f64());
    }
    let Some(model) = model else { return };
    let rss = rss_kb().map(|kb| format!("{kb} kB")).unwrap_or_default();
    println!("resident memory after loading the model: {rss}");
    let (a, b, c) = model.sizes();
    println!(
        "model load (embedded): {:.1} ms median; rows: tagger {a}, actions {b}, labeller {c}",
        median(&t) * 1e3
    );
    let shared = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared"));
    let ewt = shared.join("nlp/ud_english_ewt");
    if !ewt.is_dir() {
        println!("skipping: ../shared not found");
        return;
    }
    let test =
        conllu::read_file(&train::split_file(&ewt, "test").expect("test file")).expect("read test");
    let sents: Vec<Vec<&str>> = test
        .iter()
        .map(|s| s.words.iter().map(|w| w.form.as_str()).collect())
        .collect();
    let bytes: usize = sents
        .iter()
        .map(|s| s.iter().map(|w| w.len() + 1).sum::<usize>())
        .sum();
    measure("EWT test", &model, &sents, bytes);

    let news = shared.join("corpus/news.jsonl");
    // stories, each + '\n', until the joined text has 2,000,000 bytes (the
    // newlines count; `read_stories` counts story bytes only, so it reads
    // at least enough)
    let Ok(corpus) = read_stories(&news, 2_000_000) else {
        println!("news corpus not found; skipping");
        return;
    };
    let mut text = String::new();
    for story in &corpus.stories {
        if text.len() >= 2_000_000 {
            break;
        }
        text.push_str(&story.text);
        text.push('\n');
    }
    let sents = naive_sentences(&text);
    measure("news 2MB", &model, &sents, text.len());
}
