//! `gesta parse INPUTS... [--date D] [--format json|conllu]`: read inputs,
//! clean, segment, tag and parse them, print one Document per line (JSON) or CoNLL-U.
//! Bad inputs are reported on stderr (file, line/offset, reason) and the
//! rest go on; the exit status is non-zero only if nothing could be read.

use std::io::Write;

use anyhow::bail;
use gesta_document::Document;

#[derive(clap::Args)]
pub struct Args {
    /// Files, directories (recursive) or `-` for stdin.
    #[arg(required = true)]
    pub inputs: Vec<String>,
    /// Publication date (YYYY-MM-DD) for inputs that carry none.
    #[arg(long)]
    pub date: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value = "json")]
    pub format: Format,
}

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum Format {
    Json,
    Conllu,
}

pub fn run(args: Args) -> anyhow::Result<()> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let (mut ok, mut bad) = (0usize, 0usize);
    // Text and syntax stages only: clean, split, tokenise, tag, parse.
    let pipeline = gesta_pipeline::Pipeline::new(&gesta_pipeline::PipelineOptions {
        date: args.date.clone(),
        until: gesta_pipeline::Stage::Syntax,
        ..Default::default()
    })?;
    for item in pipeline.documents(&args.inputs, 64) {
        match item {
            Ok(doc) => {
                ok += 1;
                for w in &doc.warnings {
                    eprintln!("warning: {}: {}", doc.id, w.message);
                }
                match args.format {
                    Format::Json => {
                        serde_json::to_writer(&mut out, &doc)?;
                        writeln!(out)?;
                    }
                    Format::Conllu => write_conllu(&mut out, &doc)?,
                }
            }
            Err(e) => {
                bad += 1;
                eprintln!("error: {e}");
            }
        }
    }
    out.flush()?;
    // the process ends after this command: freeing the model only costs time
    std::mem::forget(pipeline);
    if ok == 0 {
        bail!(
            "no input could be read ({bad} error{})",
            if bad == 1 { "" } else { "s" }
        );
    }
    Ok(())
}

fn or_blank(s: &str) -> &str {
    if s.is_empty() {
        "_"
    } else {
        s
    }
}

/// One CoNLL-U block per sentence; untagged columns are `_`.
fn write_conllu(out: &mut impl Write, doc: &Document) -> std::io::Result<()> {
    writeln!(out, "# newdoc id = {}", doc.id)?;
    for (si, s) in doc.sentences.iter().enumerate() {
        writeln!(out, "# sent_id = {}-{}", doc.id, si + 1)?;
        writeln!(
            out,
            "# text = {}",
            doc.text[s.start..s.end].replace('\n', " ")
        )?;
        for (k, i) in (s.token_start..s.token_end).enumerate() {
            let t = &doc.tokens[i];
            let form = &doc.text[t.start..t.end];
            let head = match t.head {
                Some(h) if h >= s.token_start && h < s.token_end => {
                    (h - s.token_start + 1).to_string()
                }
                Some(_) => "_".to_string(),
                None if !t.deprel.is_empty() => "0".to_string(),
                None => "_".to_string(),
            };
            let space_after =
                doc.tokens.get(i + 1).is_some_and(|n| n.start == t.end) && i + 1 < s.token_end;
            writeln!(
                out,
                "{}\t{}\t{}\t{}\t{}\t_\t{}\t{}\t_\t{}",
                k + 1,
                form,
                or_blank(&t.lemma),
                or_blank(&t.upos),
                or_blank(&t.xpos),
                head,
                or_blank(&t.deprel),
                if space_after { "SpaceAfter=No" } else { "_" }
            )?;
        }
        writeln!(out)?;
    }
    Ok(())
}
