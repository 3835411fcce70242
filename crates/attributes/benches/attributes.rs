//! Throughput of the attributes stage alone on the first 10 MB of
//! ../shared/corpus/news.jsonl (documents without a parse, actors or events:
//! times, places, quotes). Prints the median MB/s of 5 runs. Then, on the
//! first 1 MB run through the real upstream stages (gesta-text, -syntax,
//! -lexicon, -coder), the CPU time of the attributes stage (parse-based
//! attributions and event fields included) against the upstream's.

use gesta_attributes::Attributes;
use gesta_document::{Annotator, Document};
use std::time::Instant;

/// CPU seconds used by this thread (user + system), from /proc; None off Linux.
fn cpu_secs() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
    let rest = &s[s.rfind(')')? + 2..];
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ut: f64 = f.get(11)?.parse().ok()?;
    let st: f64 = f.get(12)?.parse().ok()?;
    Some((ut + st) / 100.0)
}

fn main() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/corpus/news.jsonl"
    );
    let Ok(raw) = std::fs::read_to_string(path) else {
        println!("skipping: ../shared not found");
        return;
    };
    let mut docs = Vec::new();
    let mut bytes = 0usize;
    for line in raw.lines() {
        if bytes >= 10_000_000 {
            break;
        }
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let text = v["text"].as_str().unwrap_or("").to_string();
        bytes += text.len();
        let mut d = Document::new(v["id"].as_str().unwrap_or(""), text);
        d.date = v["date"].as_str().map(|s| s.chars().take(10).collect());
        docs.push(d);
    }
    let t0 = Instant::now();
    let stage = match Attributes::embedded() {
        Ok(s) => s,
        Err(e) => {
            eprintln!("cannot load the stage: {e}");
            std::process::exit(1);
        }
    };
    println!("load: {:.0} ms", t0.elapsed().as_secs_f64() * 1000.0);
    let rss = || {
        std::fs::read_to_string("/proc/self/status")
            .ok()
            .and_then(|s| {
                s.lines()
                    .find(|l| l.starts_with("VmRSS"))
                    .map(|l| l.to_string())
            })
            .unwrap_or_default()
    };
    println!("after load (documents held too): {}", rss());
    let mut rates = Vec::new();
    let mut cpu_rates = Vec::new();
    let (mut nt, mut np, mut nq) = (0, 0, 0);
    for _ in 0..5 {
        let mut batch = docs.clone();
        let t = Instant::now();
        let c0 = cpu_secs();
        for d in batch.iter_mut() {
            stage.annotate(d);
        }
        let s = t.elapsed().as_secs_f64();
        rates.push(bytes as f64 / 1e6 / s);
        if let (Some(a), Some(b)) = (c0, cpu_secs()) {
            cpu_rates.push(bytes as f64 / 1e6 / (b - a).max(0.01));
        }
        nt = batch.iter().map(|d| d.times.len()).sum();
        np = batch.iter().map(|d| d.places.len()).sum();
        nq = batch.iter().map(|d| d.quotes.len()).sum();
    }
    rates.sort_by(|a, b| a.total_cmp(b));
    cpu_rates.sort_by(|a, b| a.total_cmp(b));
    if cpu_rates.len() == 5 {
        println!(
            "attributes per CPU second (unaffected by other load): median {:.2} MB/s",
            cpu_rates[2]
        );
    }
    // parts alone
    let t = Instant::now();
    let sents: Vec<_> = docs.iter().map(Attributes::sentences).collect();
    println!(
        "  split+tokenize: {:.2} MB/s",
        bytes as f64 / 1e6 / t.elapsed().as_secs_f64()
    );
    let t = Instant::now();
    for (d, s) in docs.iter().zip(&sents) {
        for st in s {
            std::hint::black_box(
                stage
                    .times
                    .find_in(&st.toks, None, Default::default(), None),
            );
        }
        let _ = d;
    }
    println!(
        "  times: {:.2} MB/s",
        bytes as f64 / 1e6 / t.elapsed().as_secs_f64()
    );
    let t = Instant::now();
    for (d, s) in docs.iter().zip(&sents) {
        std::hint::black_box(stage.places.find(&d.text, s, &[], None));
    }
    println!(
        "  places: {:.2} MB/s",
        bytes as f64 / 1e6 / t.elapsed().as_secs_f64()
    );
    let t = Instant::now();
    for (d, s) in docs.iter().zip(&sents) {
        std::hint::black_box(stage.quotes.find(&d.text, s, &[], &[]));
    }
    println!(
        "  quotes: {:.2} MB/s",
        bytes as f64 / 1e6 / t.elapsed().as_secs_f64()
    );
    println!(
        "attributes: {} docs, {:.1} MB; median {:.2} MB/s (min {:.2}, max {:.2}); {nt} times, {np} places, {nq} quotes",
        docs.len(),
        bytes as f64 / 1e6,
        rates[2],
        rates[0],
        rates[4]
    );
    pipeline_share(&raw, &stage);
}

/// CPU seconds of the upstream stages and of this stage on the first 1 MB.
fn pipeline_share(raw: &str, stage: &Attributes) {
    let (Ok(syntax), Ok(lexicon), Ok(coder)) = (
        gesta_syntax::Model::embedded(),
        gesta_lexicon::Lexicon::embedded(),
        gesta_coder::Coder::embedded(),
    ) else {
        println!("pipeline share: upstream stages did not load");
        return;
    };
    let actors = gesta_lexicon::ActorRecognizer::new(&lexicon);
    let mut texts = Vec::new();
    let mut bytes = 0usize;
    for line in raw.lines() {
        if bytes >= 1_000_000 {
            break;
        }
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let text = v["text"].as_str().unwrap_or("").to_string();
        bytes += text.len();
        let date = v["date"].as_str().map(|s| s.chars().take(10).collect());
        texts.push((text, date));
    }
    let (Some(c0), mut docs) = (cpu_secs(), Vec::new()) else {
        return;
    };
    for (i, (text, date)) in texts.iter().enumerate() {
        let mut d = gesta_text::process_text(
            &i.to_string(),
            text,
            date.clone(),
            None,
            gesta_document::Metadata::default(),
        );
        syntax.annotate(&mut d);
        actors.annotate(&mut d);
        coder.annotate(&mut d);
        docs.push(d);
    }
    let Some(c1) = cpu_secs() else { return };
    let mut att = Vec::new();
    for _ in 0..5 {
        let mut batch = docs.clone();
        let Some(a) = cpu_secs() else { return };
        for d in batch.iter_mut() {
            stage.annotate(d);
        }
        let Some(b) = cpu_secs() else { return };
        att.push(b - a);
    }
    att.sort_by(|a, b| a.total_cmp(b));
    let up = c1 - c0;
    println!(
        "pipeline share ({} docs, {:.1} MB): upstream text+syntax+lexicon+coder {:.2} CPU s, attributes median {:.3} CPU s = +{:.1}% of the upstream",
        docs.len(),
        bytes as f64 / 1e6,
        up,
        att[2],
        100.0 * att[2] / up.max(1e-9)
    );
}
