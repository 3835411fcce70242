//! The `gesta` command line: a thin layer over the stage crates.
//!
//! Each subcommand lives in its own module under `cmd/` with an `Args`
//! struct (clap) and a `run(args) -> anyhow::Result<()>` function.

use clap::{Parser, Subcommand};

mod cmd;

#[derive(Parser)]
#[command(
    name = "gesta",
    version,
    about = "News text in; actors, events, places, dates, casualties and quotes out"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    // Each variant: `Name(cmd::name::Args)`, dispatched in `main`.
}

fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    match cli.command {}
}
