//! Throughput of the text stage (clean + split + tokenize) over the first
//! 10 MB of ../shared/corpus/news.jsonl. Prints the median MB/s of 5 runs.

use std::time::Instant;

use gesta_benchkit::{median, read_stories, rounded, thread_cpu_secs};

fn main() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/corpus/news.jsonl"
    );
    let Ok(corpus) = read_stories(path, 10 * 1024 * 1024) else {
        println!("skipping: ../shared not found");
        return;
    };
    let total = corpus.text_bytes;
    let texts = corpus.stories;
    let mut rates = Vec::new();
    let mut cpu_rates = Vec::new();
    let mut sentences = 0;
    let mut tokens = 0;
    for _ in 0..5 {
        let t0 = Instant::now();
        // CPU time of this thread: the machine is shared, so CPU-time
        // throughput is reported beside wall time
        let c0 = thread_cpu_secs();
        sentences = 0;
        tokens = 0;
        for (i, t) in texts.iter().enumerate() {
            let d =
                gesta_text::process_text(&i.to_string(), &t.text, None, None, Default::default());
            sentences += d.sentences.len();
            tokens += d.tokens.len();
        }
        let secs = t0.elapsed().as_secs_f64();
        if let (Some(c0), Some(c1)) = (c0, thread_cpu_secs()) {
            cpu_rates.push(total as f64 / 1e6 / (c1 - c0));
        }
        rates.push(total as f64 / 1e6 / secs);
    }
    println!(
        "text stage: {} docs, {:.1} MB, {} sentences, {} tokens; median {:.1} MB/s wall (runs: {:?}); median {:.1} MB/s of CPU time",
        texts.len(),
        total as f64 / 1e6,
        sentences,
        tokens,
        median(&rates),
        rounded(&rates, 1),
        median(&cpu_rates)
    );
}
