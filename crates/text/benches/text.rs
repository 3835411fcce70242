//! Throughput of the text stage (clean + split + tokenize) over the first
//! 10 MB of ../shared/corpus/news.jsonl. Prints the median MB/s of 5 runs.

use std::time::Instant;

/// CPU time of this thread in seconds (Linux schedstat), if available: the
/// machine is shared, so CPU-time throughput is reported beside wall time.
fn cpu_secs() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = s.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}

fn main() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/corpus/news.jsonl"
    );
    let Ok(src) = std::fs::read_to_string(path) else {
        println!("skipping: ../shared not found");
        return;
    };
    let mut texts = Vec::new();
    let mut total = 0usize;
    for line in src.lines() {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        if let Some(t) = v.get("text").and_then(|t| t.as_str()) {
            total += t.len();
            texts.push(t.to_string());
        }
        if total >= 10 * 1024 * 1024 {
            break;
        }
    }
    let mut rates = Vec::new();
    let mut cpu_rates = Vec::new();
    let mut sentences = 0;
    let mut tokens = 0;
    for _ in 0..5 {
        let t0 = Instant::now();
        let c0 = cpu_secs();
        sentences = 0;
        tokens = 0;
        for (i, t) in texts.iter().enumerate() {
            let d = gesta_text::process_text(&i.to_string(), t, None, None, Default::default());
            sentences += d.sentences.len();
            tokens += d.tokens.len();
        }
        let secs = t0.elapsed().as_secs_f64();
        if let (Some(c0), Some(c1)) = (c0, cpu_secs()) {
            cpu_rates.push(total as f64 / 1e6 / (c1 - c0));
        }
        rates.push(total as f64 / 1e6 / secs);
    }
    rates.sort_by(|a, b| a.total_cmp(b));
    cpu_rates.sort_by(|a, b| a.total_cmp(b));
    println!(
        "text stage: {} docs, {:.1} MB, {} sentences, {} tokens; median {:.1} MB/s wall (runs: {:?}); median {:.1} MB/s of CPU time",
        texts.len(),
        total as f64 / 1e6,
        sentences,
        tokens,
        rates[2],
        rates
            .iter()
            .map(|r| (r * 10.0).round() / 10.0)
            .collect::<Vec<_>>(),
        cpu_rates.get(2).copied().unwrap_or(f64::NAN)
    );
}
