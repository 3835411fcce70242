//! Loads every Phoenix dictionary in ../shared/dictionaries/phoenix and
//! reports the median load time and the peak resident memory.
//! Targets: <= 300 ms, <= 200 MB. Run: `cargo bench -p gesta-dictionaries`.

use std::path::PathBuf;
use std::time::Instant;

use gesta_dictionaries::*;

fn peak_rss_mb() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = s.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

/// Process CPU time (user + system) in ms, from /proc/self/stat (10 ms
/// ticks): a fairer figure than wall time on a loaded shared machine.
fn cpu_ms() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/self/stat").ok()?;
    let rest = &s[s.rfind(')')? + 2..];
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ut: f64 = f.get(11)?.parse().ok()?;
    let st: f64 = f.get(12)?.parse().ok()?;
    Some((ut + st) * 10.0)
}

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
    let cpu0 = cpu_ms();
    for _ in 0..runs {
        let t = Instant::now();
        n = load_all(&dir);
        times.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    if let (Some(a), Some(b)) = (cpu0, cpu_ms()) {
        println!(
            "CPU time per load (user+sys, mean of {runs}): {:.0} ms",
            (b - a) / runs as f64
        );
    }
    times.sort_by(|a, b| a.total_cmp(b));
    let median = times[runs / 2];
    println!(
        "load all Phoenix dictionaries ({n} records): median {median:.1} ms (min {:.1}, max {:.1}) over {runs} runs; target <= 300 ms",
        times[0],
        times[runs - 1]
    );
    match peak_rss_mb() {
        Some(mb) => println!("peak RSS {mb:.1} MB; target <= 200 MB"),
        None => println!("peak RSS unavailable"),
    }
}
