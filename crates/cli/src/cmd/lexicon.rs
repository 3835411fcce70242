//! `gesta lexicon`: convert dictionaries into gesta's lexicon format, look
//! up how a text resolves, and validate a lexicon directory.

use anyhow::{bail, Context};
use gesta_lexicon::{convert, lookup, ActorRecognizer, Lexicon};
use std::collections::HashSet;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    cmd: Sub,
}

#[derive(clap::Subcommand)]
enum Sub {
    /// Convert phoenix:DIR, tabari:PROJECT, mledoze:FILE or geonames:DIR into lexicon files.
    Convert {
        /// Source: phoenix:DIR, tabari:PROJECT, mledoze:FILE or geonames:DIR.
        #[arg(long)]
        from: String,
        /// Output directory (created).
        #[arg(long)]
        out: PathBuf,
        /// File name prefix (`PREFIX.people.tsv`); default: the source kind.
        #[arg(long)]
        prefix: Option<String>,
    },
    /// Show which actors a text resolves to on a date, with entry and rule.
    Lookup {
        text: String,
        /// Story date, YYYY-MM-DD.
        #[arg(long)]
        date: Option<String>,
        /// Extra lexicon directory added on top of the embedded one.
        #[arg(long)]
        lexicon: Option<PathBuf>,
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Validate a lexicon directory: every malformed line as file:line.
    Check { dir: PathBuf },
}

pub fn run(args: Args) -> anyhow::Result<()> {
    match args.cmd {
        Sub::Convert { from, out, prefix } => {
            let base = Lexicon::embedded().context("loading the embedded lexicon")?;
            let codes: HashSet<String> = base.countries.iter().map(|c| c.code.clone()).collect();
            let (lex, rep) = convert::convert_spec(&from, &codes)?;
            for s in &rep.skipped {
                eprintln!("skipped: {s}");
            }
            let prefix = prefix.unwrap_or_else(|| from.split(':').next().unwrap_or("").to_string());
            for f in lex.write_dir(&out, &prefix)? {
                println!("{f}");
            }
            eprintln!(
                "{} countries, {} organisations, {} people, {} agents, {} places; {} line(s) skipped",
                lex.countries.len(),
                lex.organisations.len(),
                lex.people.len(),
                lex.agents.len(),
                lex.places.len(),
                rep.skipped.len()
            );
            Ok(())
        }
        Sub::Lookup {
            text,
            date,
            lexicon,
            json,
        } => {
            let lex = match &lexicon {
                Some(d) => Lexicon::embedded_with_dir(d)?,
                None => Lexicon::embedded()?,
            };
            let r = ActorRecognizer::new(&lex);
            let found = lookup(&r, &text, date.as_deref());
            if json {
                println!("{}", serde_json::to_string_pretty(&found)?);
                return Ok(());
            }
            if found.is_empty() {
                println!("no actor found");
            }
            for a in &found {
                let entry = a.entry.clone().unwrap_or_default();
                let origin = entry_origin(&lex, &entry);
                println!(
                    "{:<40} {:<10} {:<13} rule={:<16} entry={}{}{}",
                    format!("{:?}", a.text),
                    if a.code.is_empty() { "-" } else { &a.code },
                    format!("{:?}", a.kind).to_lowercase(),
                    a.rule,
                    if entry.is_empty() { "-" } else { &entry },
                    a.name
                        .as_ref()
                        .map(|n| format!(" name={n:?}"))
                        .unwrap_or_default(),
                    origin,
                );
            }
            Ok(())
        }
        Sub::Check { dir } => {
            let mut lex = Lexicon::new();
            let errs = lex.add_dir(&dir)?;
            for e in &errs {
                println!("{e}");
            }
            println!(
                "{} countries, {} organisations, {} people, {} agents, {} places, {} words; {} error(s)",
                lex.countries.len(),
                lex.organisations.len(),
                lex.people.len(),
                lex.agents.len(),
                lex.places.len(),
                lex.words.len(),
                errs.len()
            );
            if !errs.is_empty() {
                bail!("{} malformed line(s)", errs.len());
            }
            Ok(())
        }
    }
}

/// " (file:line: role ...)" for people and organisations.
fn entry_origin(lex: &Lexicon, entry: &str) -> String {
    if let Some(id) = entry.strip_prefix("person:") {
        if let Some(p) = lex.person(id) {
            let roles: Vec<String> = p.roles.iter().map(|r| r.to_string()).collect();
            return format!(" [{}: {}]", p.origin, roles.join("; "));
        }
    }
    if let Some(id) = entry.strip_prefix("org:") {
        if let Some(o) = lex.organisation(id) {
            return format!(" [{}]", o.origin);
        }
    }
    String::new()
}
