//! `gesta code`: run the whole pipeline and print Document JSON or events
//! in the field's formats.

use std::io::{BufWriter, Write};

use anyhow::{bail, Result};
use gesta_coder::formats::{EventWriter, Format};
use gesta_pipeline::Pipeline;

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub coding: super::coding::CodingArgs,
    /// Output: json (Document JSON per story), events (one event per line),
    /// gdelt (GDELT 2.0 TSV), plover (PLOVER JSON), csv.
    #[arg(long, default_value = "json")]
    pub format: String,
}

pub fn run(args: Args) -> Result<()> {
    let format = match args.format.as_str() {
        "json" => None,
        f => Some(f.parse::<Format>().map_err(anyhow::Error::msg)?),
    };
    let pipeline = Pipeline::new(&args.coding.pipeline_options())?;
    let stdout = std::io::stdout();
    let out = BufWriter::new(stdout.lock());
    let mut sink = match format {
        Some(f) => Sink::Events(EventWriter::new(out, f, gesta_coder::Ontology::embedded()?)),
        None => Sink::Json(out),
    };
    let (mut ok, mut bad) = (0usize, 0usize);
    for item in pipeline.documents(&args.coding.inputs, 64) {
        match item {
            Ok(doc) => {
                ok += 1;
                for w in &doc.warnings {
                    eprintln!("warning: {}: {}", doc.id, w.message);
                }
                match &mut sink {
                    Sink::Events(w) => w.write_doc(&doc)?,
                    Sink::Json(out) => {
                        serde_json::to_writer(&mut *out, &doc)?;
                        writeln!(out)?;
                    }
                }
            }
            Err(e) => {
                bad += 1;
                eprintln!("error: {e}");
            }
        }
    }
    match sink {
        Sink::Events(mut w) => {
            w.header()?;
            w.into_inner().flush()?;
        }
        Sink::Json(mut out) => out.flush()?,
    }
    // the process ends after this command: freeing the loaded models
    // (lexicon, patterns, gazetteer, weights) would only cost time
    std::mem::forget(pipeline);
    if ok == 0 && bad > 0 {
        bail!("no input could be read ({bad} errors)");
    }
    Ok(())
}

enum Sink<W: Write> {
    Json(W),
    Events(EventWriter<W>),
}
