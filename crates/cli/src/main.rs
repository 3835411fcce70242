//! The `gesta` command line: a thin layer over the stage crates.
//!
//! Each subcommand lives in its own module under `cmd/` with an `Args`
//! struct (clap) and a `run(args) -> anyhow::Result<()>` function.

use clap::{Parser, Subcommand};

mod cmd;

/// mimalloc instead of the system allocator: the stages allocate many small,
/// short-lived buffers per sentence, and glibc's malloc/free took ~5 % of a run.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// `mi_option_purge_delay` in the `mi_option_e` enum of the mimalloc (v3)
/// that `libmimalloc-sys` 0.1.49 builds (pinned in Cargo.toml).
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Batch commands keep the memory they freed instead of handing it back
/// to the OS after 10 ms (mimalloc's default) and faulting it in again:
/// on the first 10 MB of the news corpus `gesta code` spent 0.1-0.45 s in
/// the kernel for that, 5.57 against 6.04 CPU-s in all (medians of 5).
/// Peak RSS is what it was (189 MB); the long-running `serve` keeps the
/// default.
fn keep_freed_memory() {
    // SAFETY: sets one of mimalloc's integer options (-1 = never purge);
    // no pointers are involved.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, -1) }
}

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
    /// Train the POS tagger and dependency parser on a UD treebank.
    Train(cmd::train::Args),
    /// Code stories: actors, events, times, places, quotes (JSON or event formats).
    Code(cmd::code::Args),
    /// Measure pipeline throughput, load time and memory on a JSONL corpus.
    Bench(cmd::bench::Args),
    /// Code inputs and store them in the event database.
    Ingest(cmd::ingest::Args),
    /// Filter stored events; print a table, JSON lines, or export them.
    Query(Box<cmd::query::Args>),
    /// Run the TABARI or PETRARCH conformance suite from raw text.
    Conformance(cmd::conformance::Args),
    /// Read, clean and segment inputs; print Documents (JSON lines) or CoNLL-U.
    Parse(cmd::parse::Args),
    /// Serve the HTTP API and web UI over an event database.
    Serve(cmd::serve::Args),
    /// Code the bundled example stories into a fresh database and open the web UI.
    Demo(cmd::demo::Args),
    /// Actor lexicon: convert dictionaries, look up a text, check a lexicon directory.
    Lexicon(cmd::lexicon::Args),
}

fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    if !matches!(cli.command, Command::Serve(_)) {
        keep_freed_memory();
    }
    match cli.command {
        Command::Train(a) => cmd::train::run(a),
        Command::Code(a) => cmd::code::run(a),
        Command::Bench(a) => cmd::bench::run(a),
        Command::Ingest(a) => cmd::ingest::run(a),
        Command::Query(a) => cmd::query::run(*a),
        Command::Conformance(a) => cmd::conformance::run(a),
        Command::Parse(a) => cmd::parse::run(a),
        Command::Serve(a) => cmd::serve::run(a),
        Command::Demo(a) => cmd::demo::run(a),
        Command::Lexicon(a) => cmd::lexicon::run(a),
    }
}
