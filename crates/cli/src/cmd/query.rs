//! `gesta query`: filter the stored events and print or export them.

use std::io::{BufWriter, Write};
use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use gesta_store::{EventFilter, ExportFormat, Store};

#[derive(clap::Args)]
pub struct Args {
    /// Database file (default: the platform data dir).
    #[arg(long)]
    pub db: Option<PathBuf>,
    /// Source or target actor code (RUSGOV) or country (RUS).
    #[arg(long)]
    pub actor: Option<String>,
    /// Source actor code or country.
    #[arg(long)]
    pub source: Option<String>,
    /// Target actor code or country.
    #[arg(long)]
    pub target: Option<String>,
    /// Country of the source or the target.
    #[arg(long)]
    pub country: Option<String>,
    /// CAMEO event code, exact (036) or prefix (03*).
    #[arg(long)]
    pub cameo: Option<String>,
    /// CAMEO root code (04).
    #[arg(long)]
    pub root: Option<String>,
    /// PLOVER event type (CONSULT).
    #[arg(long)]
    pub plover: Option<String>,
    /// Quad class 1-4.
    #[arg(long)]
    pub quad: Option<u8>,
    /// First day (YYYY-MM-DD, inclusive).
    #[arg(long)]
    pub from: Option<String>,
    /// Last day (YYYY-MM-DD, inclusive).
    #[arg(long)]
    pub to: Option<String>,
    /// Event place name.
    #[arg(long)]
    pub place: Option<String>,
    /// Country of the event place.
    #[arg(long)]
    pub place_country: Option<String>,
    /// Negotiation issue (ceasefire).
    #[arg(long)]
    pub issue: Option<String>,
    /// Only events reported by this story id.
    #[arg(long)]
    pub story: Option<String>,
    /// Full-text query over the reporting stories.
    #[arg(long)]
    pub text: Option<String>,
    /// Maximum rows (default 50 for table/jsonl, all for exports).
    #[arg(long)]
    pub limit: Option<usize>,
    #[arg(long)]
    pub offset: Option<usize>,
    /// What to show: events, timeline, network, places, board, stats, or
    /// `search` (uses --text).
    #[arg(long, default_value = "events")]
    pub view: String,
    /// Output: table, jsonl, csv, gdelt, plover, parquet (events view).
    #[arg(long, default_value = "table")]
    pub format: String,
    /// Write to this file instead of stdout (required for parquet).
    #[arg(long)]
    pub out: Option<PathBuf>,
}

pub fn run(args: Args) -> Result<()> {
    let path = args.db.clone().unwrap_or_else(Store::default_path);
    if !path.exists() {
        bail!(
            "no database at {} (run `gesta ingest` first or pass --db)",
            path.display()
        );
    }
    let store = Store::open(&path).with_context(|| format!("opening {}", path.display()))?;
    let table = args.format == "table";
    let export = if table {
        None
    } else {
        Some(ExportFormat::parse(&args.format).with_context(|| {
            format!(
                "unknown format {:?} (table, jsonl, csv, gdelt, plover, parquet)",
                args.format
            )
        })?)
    };
    let mut filter = EventFilter {
        actor: args.actor.clone(),
        source: args.source.clone(),
        target: args.target.clone(),
        country: args.country.clone(),
        cameo: args.cameo.clone(),
        root: args.root.clone(),
        plover: args.plover.clone(),
        quad_class: args.quad,
        date_from: args.from.clone(),
        date_to: args.to.clone(),
        place: args.place.clone(),
        place_country: args.place_country.clone(),
        issue: args.issue.clone(),
        story: args.story.clone(),
        text: args.text.clone(),
        limit: args.limit,
        offset: args.offset,
    };
    let sink: Box<dyn Write + Send> = match &args.out {
        Some(p) => Box::new(BufWriter::new(
            std::fs::File::create(p).with_context(|| format!("creating {}", p.display()))?,
        )),
        None => {
            if export == Some(ExportFormat::Parquet) {
                bail!("--format parquet needs --out FILE");
            }
            Box::new(BufWriter::new(std::io::stdout()))
        }
    };
    let mut out = sink;
    match args.view.as_str() {
        "events" => match export {
            Some(ExportFormat::Jsonl) if filter.limit.is_none() && args.out.is_none() => {
                filter.limit = Some(50);
                store.export(&filter, ExportFormat::Jsonl, &mut out)?;
            }
            Some(f) => {
                let n = store.export(&filter, f, &mut out)?;
                if let Some(p) = &args.out {
                    eprintln!("{n} events written to {}", p.display());
                }
            }
            None => {
                if filter.limit.is_none() {
                    filter.limit = Some(50);
                }
                let rows = store.events(&filter)?;
                // exact when cheap (rollups, short result); else a lower bound
                let (total, exact) = store.count_events_capped(&filter, 10_000)?;
                writeln!(
                    out,
                    "{:>8}  {:10}  {:12} {:12} {:5} {:>1} {:>5} {:>4} {:>4}  {:16} sentence",
                    "id", "date", "source", "target", "cameo", "q", "gold", "ment", "srcs", "place"
                )?;
                for r in &rows {
                    writeln!(
                        out,
                        "{:>8}  {:10}  {:12} {:12} {:5} {:>1} {:>5} {:>4} {:>4}  {:16} {}",
                        r.id,
                        r.date.as_deref().unwrap_or("-"),
                        cut(&r.source, 12),
                        cut(&r.target, 12),
                        r.cameo,
                        r.quad_class.map_or("-".into(), |q| q.to_string()),
                        r.goldstein.map_or("-".into(), |g| format!("{g:.1}")),
                        r.num_mentions,
                        r.num_sources,
                        cut(r.place.as_deref().unwrap_or("-"), 16),
                        cut(&r.sentence.replace('\n', " "), 80),
                    )?;
                }
                let plus = if exact { "" } else { "+" };
                writeln!(out, "{} of {total}{plus} events", rows.len())?;
            }
        },
        "timeline" => emit(&mut out, table, &store.timeline(&filter)?, |d| {
            format!(
                "{}  total {:>6}  q1 {:>5} q2 {:>5} q3 {:>5} q4 {:>5}  goldstein {}",
                d.date,
                d.total,
                d.quad[0],
                d.quad[1],
                d.quad[2],
                d.quad[3],
                d.mean_goldstein.map_or("-".into(), |g| format!("{g:.2}"))
            )
        })?,
        "network" => emit(&mut out, table, &store.network(&filter)?, |d| {
            format!(
                "{:12} -> {:12} {:>6} events  goldstein {}",
                d.source,
                d.target,
                d.events,
                d.mean_goldstein.map_or("-".into(), |g| format!("{g:.2}"))
            )
        })?,
        "places" => emit(&mut out, table, &store.places(&filter)?, |p| {
            format!(
                "{:24} {:4} {:>6} events",
                cut(&p.name, 24),
                p.country.as_deref().unwrap_or("-"),
                p.events
            )
        })?,
        "board" => {
            let boards = store.board(&filter)?;
            if table {
                for b in &boards {
                    writeln!(out, "{}", b.issue)?;
                    for a in &b.actors {
                        writeln!(
                            out,
                            "  {:8} {:20} {}",
                            a.actor,
                            a.stance.label(),
                            a.date.as_deref().unwrap_or("-")
                        )?;
                        for e in &a.evidence {
                            writeln!(
                                out,
                                "      {} {:18} {}: {}",
                                e.date.as_deref().unwrap_or("-"),
                                e.stance.label(),
                                e.story_id,
                                cut(&e.sentence.replace('\n', " "), 100)
                            )?;
                        }
                    }
                }
            } else {
                emit(&mut out, false, &boards, |_| String::new())?;
            }
        }
        "search" => {
            let q = filter.text.clone().unwrap_or_default();
            let hits = store.search(&q, filter.limit.unwrap_or(20))?;
            emit(&mut out, table, &hits, |h| {
                format!(
                    "{:5} {:24} {}  {}",
                    match h.kind {
                        gesta_store::HitKind::Story => "story",
                        gesta_store::HitKind::Quote => "quote",
                    },
                    cut(&h.story_id, 24),
                    h.date.as_deref().unwrap_or("-"),
                    h.snippet.replace('\n', " ")
                )
            })?;
        }
        "stats" => {
            let s = store.stats()?;
            writeln!(out, "{}", serde_json::to_string_pretty(&s)?)?;
        }
        v => bail!("unknown view {v:?} (events, timeline, network, places, board, search, stats)"),
    }
    out.flush()?;
    Ok(())
}

fn emit<T: serde::Serialize>(
    out: &mut dyn Write,
    table: bool,
    rows: &[T],
    line: impl Fn(&T) -> String,
) -> Result<()> {
    for r in rows {
        if table {
            writeln!(out, "{}", line(r))?;
        } else {
            serde_json::to_writer(&mut *out, r)?;
            writeln!(out)?;
        }
    }
    Ok(())
}

fn cut(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}
