//! `gesta serve`: the HTTP JSON API and web UI over an event database.

use std::path::PathBuf;
use std::sync::Arc;

use anyhow::{Context, Result};
use gesta_pipeline::{Pipeline, PipelineOptions};
use gesta_server::{App, Config, StoryCoder};

#[derive(clap::Args)]
pub struct Args {
    /// Database file (default: the platform data dir, see `gesta ingest`).
    #[arg(long)]
    pub db: Option<PathBuf>,
    /// Address to listen on. Loopback by default; anything else exposes the
    /// API to the network.
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: String,
    /// Bearer token that enables writes (POST /api/stories). Also read from
    /// GESTA_TOKEN. Without one the server is read-only.
    #[arg(long)]
    pub token: Option<String>,
    /// Read connections in the pool.
    #[arg(long, default_value_t = 4)]
    pub readers: usize,
}

/// Loads the pipeline as a coder for POST /api/stories.
pub fn pipeline_coder() -> Result<Arc<dyn StoryCoder>> {
    let p = Arc::new(Pipeline::new(&PipelineOptions::default()).context("loading the pipeline")?);
    Ok(Arc::new(
        move |id: &str, text: &str, date: Option<String>| p.process_text(id, text, date),
    ))
}

pub fn run(args: Args) -> Result<()> {
    let db = args.db.unwrap_or_else(gesta_store::Store::default_path);
    let addr = gesta_server::parse_addr(&args.addr)?;
    let mut cfg = Config::new(&db);
    cfg.readers = args.readers.max(1);
    cfg.token = args
        .token
        .or_else(|| std::env::var("GESTA_TOKEN").ok())
        .filter(|t| !t.trim().is_empty());
    if cfg.token.is_some() {
        cfg.coder = Some(pipeline_coder()?);
    }
    let writes = cfg.token.is_some();
    let app = App::new(cfg).with_context(|| format!("opening {}", db.display()))?;
    eprintln!("database: {}", db.display());
    if !addr.ip().is_loopback() {
        eprintln!("warning: listening on {addr}, reachable from other machines");
    }
    gesta_server::serve(app, addr, |a| {
        println!("gesta UI: http://{a}/   API: http://{a}/api/openapi.json");
        if writes {
            eprintln!("writes enabled: POST /api/stories with Authorization: Bearer <token>");
        } else {
            eprintln!("read-only: pass --token (or GESTA_TOKEN) to enable POST /api/stories");
        }
        eprintln!("press Ctrl-C to stop");
    })?;
    Ok(())
}
