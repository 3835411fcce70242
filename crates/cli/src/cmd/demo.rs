//! `gesta demo`: code the bundled example stories into a fresh database and
//! serve the web UI.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use gesta_server::{App, Config};
use gesta_store::Store;

#[derive(clap::Args)]
pub struct Args {
    /// Database file to create (replaced if it exists). Default: a fresh
    /// `gesta-demo.db` in the system temp directory.
    #[arg(long)]
    pub db: Option<PathBuf>,
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: String,
    /// Bearer token that enables POST /api/stories (also GESTA_TOKEN).
    #[arg(long)]
    pub token: Option<String>,
    /// Code and store the examples, print the summary, but do not serve.
    #[arg(long)]
    pub no_serve: bool,
}

fn remove_db(db: &Path) -> Result<()> {
    for suffix in ["", "-wal", "-shm"] {
        let mut p = db.as_os_str().to_os_string();
        p.push(suffix);
        let p = PathBuf::from(p);
        if p.exists() {
            std::fs::remove_file(&p).with_context(|| format!("removing {}", p.display()))?;
        }
    }
    Ok(())
}

pub fn run(args: Args) -> Result<()> {
    let db = args
        .db
        .unwrap_or_else(|| std::env::temp_dir().join("gesta-demo.db"));
    let addr = gesta_server::parse_addr(&args.addr)?;
    remove_db(&db)?;
    eprintln!("loading the pipeline...");
    let coder = super::serve::pipeline_coder()?;
    let examples = gesta_server::examples::examples()?;
    eprintln!(
        "coding {} example stories into {}",
        examples.len(),
        db.display()
    );
    let report = {
        let mut store = Store::open(&db).with_context(|| format!("opening {}", db.display()))?;
        gesta_server::examples::ingest_examples(&mut store, coder.as_ref())?
    };
    for r in &report.rejected {
        eprintln!("rejected {}: {}", r.id, r.reason);
    }
    eprintln!(
        "stored {} stories, {} event reports grouped into {} events",
        report.stories_added, report.mentions_added, report.events_created
    );
    if args.no_serve {
        return Ok(());
    }
    let mut cfg = Config::new(&db);
    cfg.token = args
        .token
        .or_else(|| std::env::var("GESTA_TOKEN").ok())
        .filter(|t| !t.trim().is_empty());
    if cfg.token.is_some() {
        cfg.coder = Some(coder);
    }
    let app = App::new(cfg)?;
    gesta_server::serve(app, addr, |a| {
        println!("gesta demo: open http://{a}/");
        eprintln!("press Ctrl-C to stop");
    })?;
    Ok(())
}
