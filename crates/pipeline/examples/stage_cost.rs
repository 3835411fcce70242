//! CPU cost of pipeline stages on a fixed input, their load time and
//! memory, and their output for byte-for-byte comparisons between builds.
//!
//! ```text
//! cargo run --release -p gesta-pipeline --example stage_cost -- prepare --stage STAGE BYTES DOCS.jsonl [NEWS.jsonl]
//! cargo run --release -p gesta-pipeline --example stage_cost -- run --stage STAGE[,STAGE..] DOCS.jsonl OUTDIR [REPS]
//! cargo run --release -p gesta-pipeline --example stage_cost -- load --stage STAGE[,STAGE..] [REPS]
//! ```
//!
//! STAGE is one of `text`, `syntax`, `actors` (gesta-lexicon), `events`
//! (gesta-coder), `attributes`; a list names consecutive stages.
//!
//! - `prepare` takes the first BYTES of story text of
//!   ../shared/corpus/news.jsonl (or of NEWS.jsonl, same line format), runs
//!   it once through the stages before STAGE (dates cut to their first 10
//!   characters, no titles) and saves the documents, one JSON per line:
//!   the input of STAGE.
//! - `run` loads each stage (timed, with the peak RSS before and after),
//!   then runs it REPS times (default 5) on copies of its input, the first
//!   stage's input being DOCS.jsonl and each next stage's the output of the
//!   one before; it prints per stage the median CPU seconds and CPU seconds
//!   per MB of story text, and writes the stage's layer of the last run to
//!   `OUTDIR/STAGE.jsonl`, one JSON per document (`syntax`: tokens,
//!   `actors`: actors, `events`: events, `text` and `attributes`: whole
//!   documents), so two builds can be compared with `cmp`. Its last line
//!   sums up all stages (what `stage_check.sh` prints). To profile one
//!   stage, prepare for it and run it alone.
//! - `load` loads each stage REPS times (default 5) after one cold load and
//!   prints the median CPU seconds and the peak RSS; for `actors` also the
//!   medians of its parts (`Lexicon::embedded`, its clone,
//!   `ActorRecognizer::new`, `ActorRecognizer::embedded`), and with
//!   `GESTA_RSS` set the resident memory after each part of a first load.
//!
//! CPU time is that of this thread (the machine is shared, so other
//! processes' load counts less than in wall time).

use std::io::{BufRead, Write};
use std::path::Path;

use gesta_benchkit::{median, peak_rss_mb, read_stories, rounded, rss_kb, thread_cpu_secs};
use gesta_document::{Annotator, Document, Metadata};
use gesta_pipeline::Stage;

type Error = Box<dyn std::error::Error>;

const STAGES: [(&str, Stage); 5] = [
    ("text", Stage::Text),
    ("syntax", Stage::Syntax),
    ("actors", Stage::Actors),
    ("events", Stage::Events),
    ("attributes", Stage::Attributes),
];

fn name(stage: Stage) -> &'static str {
    STAGES
        .iter()
        .find(|(_, s)| *s == stage)
        .map_or("?", |(n, _)| n)
}

/// `a,b,c`: known stages, consecutive and in pipeline order.
fn parse_stages(list: &str) -> Result<Vec<Stage>, Error> {
    let mut out: Vec<Stage> = Vec::new();
    for part in list.split(',') {
        let Some(&(_, stage)) = STAGES.iter().find(|(n, _)| *n == part.trim()) else {
            return Err(format!(
                "unknown stage {part:?} (text, syntax, actors, events, attributes)"
            )
            .into());
        };
        if let Some(&last) = out.last() {
            if next(last) != Some(stage) {
                return Err(format!("{list:?}: stages must be consecutive, in order").into());
            }
        }
        out.push(stage);
    }
    Ok(out)
}

fn next(stage: Stage) -> Option<Stage> {
    let i = STAGES.iter().position(|(_, s)| *s == stage)?;
    STAGES.get(i + 1).map(|(_, s)| *s)
}

/// A loaded stage.
enum Loaded {
    /// gesta-text: cleans and segments the document's text (as read).
    Text,
    Syntax(Box<gesta_syntax::Model>),
    Actors(Box<gesta_lexicon::ActorRecognizer>),
    Events(Box<gesta_coder::Coder>),
    Attributes(Box<gesta_attributes::Attributes>),
}

impl Loaded {
    /// Loads a stage from the embedded data, as the pipeline does.
    fn new(stage: Stage) -> Result<Loaded, Error> {
        Ok(match stage {
            Stage::Text => Loaded::Text,
            Stage::Syntax => Loaded::Syntax(Box::new(gesta_syntax::Model::embedded()?)),
            Stage::Actors => Loaded::Actors(Box::new(gesta_lexicon::ActorRecognizer::embedded()?)),
            Stage::Events => Loaded::Events(Box::new(gesta_coder::Coder::embedded()?)),
            Stage::Attributes => {
                Loaded::Attributes(Box::new(gesta_attributes::Attributes::embedded()?))
            }
        })
    }

    fn annotate(&self, d: &mut Document) {
        match self {
            Loaded::Text => {
                *d = gesta_text::process_text(
                    &d.id,
                    &d.text,
                    d.date.clone(),
                    d.title.clone(),
                    Metadata::default(),
                )
            }
            Loaded::Syntax(m) => m.annotate(d),
            Loaded::Actors(r) => r.annotate(d),
            Loaded::Events(c) => c.annotate(d),
            Loaded::Attributes(a) => a.annotate(d),
        }
    }

    /// The stage's layer of `d`, as one JSON value.
    fn write_layer(&self, w: &mut impl Write, d: &Document) -> serde_json::Result<()> {
        match self {
            Loaded::Text | Loaded::Attributes(_) => serde_json::to_writer(w, d),
            Loaded::Syntax(_) => serde_json::to_writer(w, &d.tokens),
            Loaded::Actors(_) => serde_json::to_writer(w, &d.actors),
            Loaded::Events(_) => serde_json::to_writer(w, &d.events),
        }
    }
}

/// CPU seconds of this thread so far (0 where /proc is missing).
fn cpu() -> f64 {
    thread_cpu_secs().unwrap_or(0.0)
}

fn mb_text(v: Option<f64>) -> String {
    v.map_or("?".into(), |mb| format!("{mb:.0} MB"))
}

fn prepare(stage: Stage, bytes: usize, out: &str, input: Option<&str>) -> Result<(), Error> {
    let path = input.unwrap_or(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/corpus/news.jsonl"
    ));
    let corpus = read_stories(path, bytes)?;
    for e in &corpus.skipped {
        eprintln!("{e}: skipped");
    }
    let before: Vec<Loaded> = STAGES
        .iter()
        .filter(|(_, s)| *s < stage)
        .map(|(_, s)| Loaded::new(*s))
        .collect::<Result<_, _>>()?;
    let mut w = std::io::BufWriter::new(std::fs::File::create(out)?);
    for story in &corpus.stories {
        let mut d = Document::new(&story.id, story.text.clone());
        d.date = story.date.as_ref().map(|s| s.chars().take(10).collect());
        for s in &before {
            s.annotate(&mut d);
        }
        serde_json::to_writer(&mut w, &d)?;
        w.write_all(b"\n")?;
    }
    w.flush()?;
    println!(
        "{} bytes of story text prepared into {out} (input of the {} stage)",
        corpus.text_bytes,
        name(stage)
    );
    Ok(())
}

fn read_docs(input: &str) -> Result<Vec<Document>, Error> {
    let mut docs = Vec::new();
    for (n, line) in std::io::BufReader::new(std::fs::File::open(input)?)
        .lines()
        .enumerate()
    {
        let doc = serde_json::from_str(&line?).map_err(|e| format!("{input}:{}: {e}", n + 1))?;
        docs.push(doc);
    }
    Ok(docs)
}

fn run(stages: &[Stage], input: &str, outdir: &str, reps: usize) -> Result<(), Error> {
    let mut docs = read_docs(input)?;
    let mb = docs.iter().map(|d| d.text.len()).sum::<usize>() as f64 / 1e6;
    std::fs::create_dir_all(outdir)?;
    let mut summary = Vec::new();
    for &stage in stages {
        let rss0 = peak_rss_mb();
        let c = cpu();
        let loaded = Loaded::new(stage)?;
        let load = cpu() - c;
        let rss1 = peak_rss_mb();
        let mut times = Vec::new();
        let mut last = Vec::new();
        for _ in 0..reps.max(1) {
            let mut batch = docs.clone();
            let c = cpu();
            for d in &mut batch {
                loaded.annotate(d);
            }
            times.push(cpu() - c);
            last = batch;
        }
        let out = Path::new(outdir).join(format!("{}.jsonl", name(stage)));
        let mut w = std::io::BufWriter::new(std::fs::File::create(&out)?);
        for d in &last {
            loaded.write_layer(&mut w, d)?;
            w.write_all(b"\n")?;
        }
        w.flush()?;
        let med = median(&times);
        let line = format!(
            "{} median {med:.3} CPU s = {:.3} CPU s/MB (runs {:?})",
            name(stage),
            med / mb,
            rounded(&times, 3)
        );
        println!(
            "{}: load {load:.3} CPU s, peak RSS before load {}, after {}, end {}; {line}",
            name(stage),
            mb_text(rss0),
            mb_text(rss1),
            mb_text(peak_rss_mb())
        );
        summary.push(line);
        docs = last;
    }
    let actors: usize = docs.iter().map(|d| d.actors.len()).sum();
    let events: usize = docs.iter().map(|d| d.events.len()).sum();
    println!(
        "{} docs, {mb:.2} MB, {actors} actors, {events} events; {}",
        docs.len(),
        summary.join("; ")
    );
    Ok(())
}

/// Median CPU seconds of `f` over `reps` calls, and the runs.
fn timed<T>(
    reps: usize,
    mut f: impl FnMut() -> Result<T, Error>,
) -> Result<(f64, Vec<f64>), Error> {
    let mut times = Vec::new();
    for _ in 0..reps.max(1) {
        let c = cpu();
        let value = f()?;
        times.push(cpu() - c);
        drop(value);
    }
    Ok((median(&times), rounded(&times, 4)))
}

fn load(stages: &[Stage], reps: usize) -> Result<(), Error> {
    if stages.contains(&Stage::Actors) && std::env::var("GESTA_RSS").is_ok() {
        let rss = || rss_kb().map_or("?".into(), |kb| format!("VmRSS: {kb} kB"));
        println!("start {}", rss());
        let lex = gesta_lexicon::Lexicon::embedded()?;
        println!("lexicon {}", rss());
        let r = gesta_lexicon::ActorRecognizer::new(&lex);
        println!("recognizer {}", rss());
        drop(lex);
        println!("lexicon dropped {} ({} patterns)", rss(), r.patterns());
    }
    let mut summary = Vec::new();
    for &stage in stages {
        let c = cpu();
        let cold = Loaded::new(stage)?;
        let cold_cpu = cpu() - c;
        drop(cold);
        let rss = peak_rss_mb();
        let (med, runs) = timed(reps, || Loaded::new(stage))?;
        println!(
            "{}: cold load {cold_cpu:.3} CPU s (peak RSS then {}); median of {} loads {med:.4} CPU s (runs {runs:?})",
            name(stage),
            mb_text(rss),
            reps.max(1)
        );
        summary.push(format!("{} {med:.4} CPU s (runs {runs:?})", name(stage)));
        if stage == Stage::Actors {
            actors_parts(reps)?;
        }
    }
    println!(
        "load median: {}; peak RSS {}",
        summary.join(", "),
        mb_text(peak_rss_mb())
    );
    Ok(())
}

/// Medians of the parts of loading the actors stage.
fn actors_parts(reps: usize) -> Result<(), Error> {
    let lex = gesta_lexicon::Lexicon::embedded()?;
    let (parse, _) = timed(reps, || Ok(gesta_lexicon::Lexicon::embedded()?))?;
    let (copy, _) = timed(reps, || Ok(lex.clone()))?;
    let (compile, _) = timed(reps, || Ok(gesta_lexicon::ActorRecognizer::new(&lex)))?;
    let patterns = gesta_lexicon::ActorRecognizer::new(&lex).patterns();
    println!(
        "actors: Lexicon::embedded {parse:.3}, clone {copy:.3}, ActorRecognizer::new {compile:.3} CPU s (medians of {}; {patterns} patterns)",
        reps.max(1)
    );
    Ok(())
}

fn main() {
    if let Err(e) = cli() {
        let mut msg = format!("stage_cost: {e}");
        let mut cause = e.source();
        while let Some(c) = cause {
            msg += &format!(": {c}");
            cause = c.source();
        }
        eprintln!("{msg}");
        std::process::exit(1);
    }
}

fn cli() -> Result<(), Error> {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let stages = match args.iter().position(|a| a == "--stage") {
        Some(i) if i + 1 < args.len() => {
            let list = args.remove(i + 1);
            args.remove(i);
            parse_stages(&list)?
        }
        _ => Vec::new(),
    };
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match (args.as_slice(), stages.as_slice()) {
        (["prepare", bytes, out], [stage]) => prepare(*stage, bytes.parse()?, out, None),
        (["prepare", bytes, out, input], [stage]) => {
            prepare(*stage, bytes.parse()?, out, Some(input))
        }
        (["run", input, outdir], [_, ..]) => run(&stages, input, outdir, 5),
        (["run", input, outdir, reps], [_, ..]) => run(&stages, input, outdir, reps.parse()?),
        (["load"], [_, ..]) => load(&stages, 5),
        (["load", reps], [_, ..]) => load(&stages, reps.parse()?),
        _ => {
            eprintln!(
                "usage: stage_cost prepare --stage STAGE BYTES DOCS.jsonl [NEWS.jsonl] | run --stage STAGE[,STAGE..] DOCS.jsonl OUTDIR [REPS] | load --stage STAGE[,STAGE..] [REPS]\n(STAGE: text, syntax, actors, events, attributes)"
            );
            std::process::exit(2);
        }
    }
}
