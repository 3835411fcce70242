//! Loads every Phoenix dictionary in ../shared/dictionaries/phoenix and
//! reports the median load time and the peak resident memory.
//! Targets: <= 300 ms, <= 200 MB. Run: `cargo bench -p gesta-dictionaries`.

use std::path::PathBuf;
use std::time::Instant;

use gesta_benchkit::{median, peak_rss_mb, process_cpu_secs};
use gesta_dictionaries::*;

fn load_all(dir: &std::path::Path) -> usize {
    let mut n = 0;
    for f in [
        "Phoenix.Countries.actors.txt",
        "Phoenix.International.actors.txt",
        "Phoenix.MilNonState.actors.txt",
    ] {
        if let Ok((d, _)) = read_actors(&dir.join(f)) {
            n += d.entries.len();
        }
    }
    if let Ok((d, _)) = read_agents(&dir.join("Phoenix.agents.txt")) {
        n += d.entries.len();
    }
    for f in ["CAMEO.2.0.txt", "CAMEO.verbpatterns.150430.txt"] {
        if let Ok((d, _)) = read_verbs(&dir.join(f)) {
            n += d.blocks.len();
        }
    }
    if let Ok((d, _)) = read_discards(&dir.join("Phoenix.discards.txt")) {
        n += d.len();
    }
    if let Ok((d, _)) = read_issues(&dir.join("Phoenix.IssueCoding.txt")) {
        n += d.len();
    }
    if let Ok((d, _)) = read_prepositions(&dir.join("Phoenix.prepositions.txt")) {
        n += d.len();
    }
    n
}

fn main() {
    let dir = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/dictionaries/phoenix"
    ));
    if !dir.is_dir() {
        println!("skipping: ../shared not found");
        return;
    }
    for f in [
        "Phoenix.Countries.actors.txt",
        "CAMEO.2.0.txt",
        "CAMEO.verbpatterns.150430.txt",
        "Phoenix.IssueCoding.txt",
    ] {
        let t = Instant::now();
        if f.ends_with("actors.txt") {
            let _ = read_actors(&dir.join(f));
        } else if f.starts_with("CAMEO") {
            let _ = read_verbs(&dir.join(f));
        } else {
            let _ = read_issues(&dir.join(f));
        }
        println!("  {f}: {:.1} ms", t.elapsed().as_secs_f64() * 1000.0);
    }
    let runs = 9;
    let mut times = Vec::new();
    let mut n = 0;
    // process CPU time (user + system, 10 ms ticks): a fairer figure than
    // wall time on a loaded shared machine
    let cpu0 = process_cpu_secs();
    for _ in 0..runs {
        let t = Instant::now();
        n = load_all(&dir);
        times.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    if let (Some(a), Some(b)) = (cpu0, process_cpu_secs()) {
        println!(
            "CPU time per load (user+sys, mean of {runs}): {:.0} ms",
            (b - a) * 1000.0 / runs as f64
        );
    }
    let (min, max) = (
        times.iter().copied().fold(f64::INFINITY, f64::min),
        times.iter().copied().fold(f64::NEG_INFINITY, f64::max),
    );
    println!(
        "load all Phoenix dictionaries ({n} records): median {:.1} ms (min {min:.1}, max {max:.1}) over {runs} runs; target <= 300 ms",
        median(&times)
    );
    match peak_rss_mb() {
        Some(mb) => println!("peak RSS {mb:.1} MB; target <= 200 MB"),
        None => println!("peak RSS unavailable"),
    }
}
