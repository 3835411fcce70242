//! Throughput of the attributes stage alone on the first 10 MB of
//! ../shared/corpus/news.jsonl (documents without a parse, actors or events:
//! times, places, quotes). Prints the median MB/s of 5 runs. Then, on the
//! first 1 MB run through the real upstream stages (gesta-text, -syntax,
//! -lexicon, -coder), the CPU time of the attributes stage (parse-based
//! attributions and event fields included) against the upstream's.

use gesta_attributes::Attributes;
use gesta_benchkit::{median, read_stories, rss_kb, thread_cpu_secs, Corpus};
use gesta_document::{Annotator, Document};
use std::time::Instant;

fn main() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/corpus/news.jsonl"
    );
    let Ok(corpus) = read_stories(path, 10_000_000) else {
        println!("skipping: ../shared not found");
        return;
    };
    let bytes = corpus.text_bytes;
    let docs: Vec<Document> = corpus
        .stories
        .iter()
        .map(|s| {
            let mut d = Document::new(&s.id, s.text.clone());
            d.date = day(&s.date);
            d
        })
        .collect();
    let t0 = Instant::now();
    let stage = match Attributes::embedded() {
        Ok(s) => s,
        Err(e) => {
            eprintln!("cannot load the stage: {e}");
            std::process::exit(1);
        }
    };
    println!("load: {:.0} ms", t0.elapsed().as_secs_f64() * 1000.0);
    println!(
        "after load (documents held too): VmRSS: {}",
        rss_kb().map(|kb| format!("{kb} kB")).unwrap_or_default()
    );
    let mut rates = Vec::new();
    let mut cpu_rates = Vec::new();
    let (mut nt, mut np, mut nq) = (0, 0, 0);
    for _ in 0..5 {
        let mut batch = docs.clone();
        let t = Instant::now();
        let c0 = thread_cpu_secs();
        for d in batch.iter_mut() {
            stage.annotate(d);
        }
        let s = t.elapsed().as_secs_f64();
        rates.push(bytes as f64 / 1e6 / s);
        if let (Some(a), Some(b)) = (c0, thread_cpu_secs()) {
            cpu_rates.push(bytes as f64 / 1e6 / (b - a).max(0.01));
        }
        nt = batch.iter().map(|d| d.times.len()).sum();
        np = batch.iter().map(|d| d.places.len()).sum();
        nq = batch.iter().map(|d| d.quotes.len()).sum();
    }
    if cpu_rates.len() == 5 {
        println!(
            "attributes per CPU second (unaffected by other load): median {:.2} MB/s",
            median(&cpu_rates)
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
        median(&rates),
        rates.iter().copied().fold(f64::INFINITY, f64::min),
        rates.iter().copied().fold(f64::NEG_INFINITY, f64::max)
    );
    pipeline_share(&corpus, &stage);
}

/// CPU seconds of the upstream stages and of this stage on the first 1 MB.
fn pipeline_share(corpus: &Corpus, stage: &Attributes) {
    let (Ok(syntax), Ok(lexicon), Ok(coder)) = (
        gesta_syntax::Model::embedded(),
        gesta_lexicon::Lexicon::embedded(),
        gesta_coder::Coder::embedded(),
    ) else {
        println!("pipeline share: upstream stages did not load");
        return;
    };
    let actors = gesta_lexicon::ActorRecognizer::new(&lexicon);
    // the stories of the first 1 MB of text (a prefix of the 10 MB read)
    let mut texts = Vec::new();
    let mut bytes = 0usize;
    for story in &corpus.stories {
        if bytes >= 1_000_000 {
            break;
        }
        bytes += story.text.len();
        texts.push(story);
    }
    let (Some(c0), mut docs) = (thread_cpu_secs(), Vec::new()) else {
        return;
    };
    for (i, story) in texts.iter().enumerate() {
        let mut d = gesta_text::process_text(
            &i.to_string(),
            &story.text,
            day(&story.date),
            None,
            gesta_document::Metadata::default(),
        );
        syntax.annotate(&mut d);
        actors.annotate(&mut d);
        coder.annotate(&mut d);
        docs.push(d);
    }
    let Some(c1) = thread_cpu_secs() else { return };
    let mut att = Vec::new();
    for _ in 0..5 {
        let mut batch = docs.clone();
        let Some(a) = thread_cpu_secs() else { return };
        for d in batch.iter_mut() {
            stage.annotate(d);
        }
        let Some(b) = thread_cpu_secs() else { return };
        att.push(b - a);
    }
    let att = median(&att);
    let up = c1 - c0;
    println!(
        "pipeline share ({} docs, {:.1} MB): upstream text+syntax+lexicon+coder {:.2} CPU s, attributes median {:.3} CPU s = +{:.1}% of the upstream",
        docs.len(),
        bytes as f64 / 1e6,
        up,
        att,
        100.0 * att / up.max(1e-9)
    );
}

/// The day (first 10 characters, `YYYY-MM-DD`) of a corpus date.
fn day(date: &Option<String>) -> Option<String> {
    date.as_ref().map(|s| s.chars().take(10).collect())
}
