//! API query benchmark (harness = false): p50/p99 latency of the main HTTP
//! endpoints, measured end to end over loopback HTTP against the in-process
//! server, on a database of >= 1 M real events.
//!
//! The database is the store benchmark's synthetic one (`$GESTA_BENCH_DB`,
//! default `<target>/gesta-store-bench/gesta-bench-1m.db`); it is built here
//! the same way (gesta_store::synth, 10 events per story) when missing.
//! Goal: p99 <= 50 ms.
//!
//! `cargo bench -p gesta-server --bench api [-- [--runs N] [NAME_PART ...]]`
//! (name parts select endpoints, e.g. `board`).

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::PathBuf;
use std::time::Instant;

use gesta_benchkit::{percentile, process_cpu_secs};
use gesta_document::Document;
use gesta_server::{App, Config};
use gesta_store::{synth, Store};

const TARGET_EVENTS: i64 = 1_000_000;

fn db_path() -> PathBuf {
    if let Ok(p) = std::env::var("GESTA_BENCH_DB") {
        return PathBuf::from(p);
    }
    let base = std::env::var("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|_| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../target")));
    let d = base.join("gesta-store-bench");
    let _ = std::fs::create_dir_all(&d);
    d.join("gesta-bench-1m.db")
}

fn ensure_db(path: &PathBuf) {
    let mut store = Store::open(path).expect("open");
    let count = |s: &Store, t: &str| -> i64 {
        s.connection()
            .query_row(&format!("SELECT COUNT(*) FROM {t}"), [], |r| r.get(0))
            .expect("count")
    };
    let have = count(&store, "events");
    if have >= TARGET_EVENTS {
        return;
    }
    println!("building {} (have {have} events)...", path.display());
    let t = Instant::now();
    let mut i = count(&store, "documents") as u64;
    loop {
        let docs: Vec<Document> = (i..i + 500)
            .map(|k| synth::document(k, 10, 2, 730))
            .collect();
        i += 500;
        store.ingest(&docs).expect("ingest");
        if count(&store, "events") >= TARGET_EVENTS {
            break;
        }
    }
    store
        .connection()
        .execute_batch("PRAGMA wal_checkpoint(TRUNCATE); ANALYZE;")
        .expect("analyze");
    println!("  built in {:.0} s", t.elapsed().as_secs_f64());
}

/// One GET over a fresh connection; returns (status, body bytes).
fn get(addr: SocketAddr, target: &str) -> (u16, usize) {
    let mut s = TcpStream::connect(addr).expect("connect");
    let _ = s.set_nodelay(true);
    write!(
        s,
        "GET {target} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .expect("write");
    let mut buf = Vec::new();
    s.read_to_end(&mut buf).expect("read");
    let status = std::str::from_utf8(&buf[..buf.len().min(12)])
        .ok()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    (status, buf.len())
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let runs = args
        .iter()
        .position(|a| a == "--runs")
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(100usize);
    // Other arguments select endpoints by a part of their name.
    let only: Vec<&String> = args
        .iter()
        .enumerate()
        .skip(1)
        .filter(|(i, a)| !a.starts_with("--") && args[i - 1] != "--runs")
        .map(|(_, a)| a)
        .collect();
    let path = db_path();
    ensure_db(&path);
    let stats = Store::open(&path).expect("open").stats().expect("stats");
    println!(
        "API benchmark on {}: {} events, {} mentions, {} stories; {runs} requests per endpoint",
        path.display(),
        stats.events,
        stats.mentions,
        stats.stories
    );
    let app = App::new(Config::new(&path)).expect("app");
    let srv = gesta_server::spawn(app, "127.0.0.1:0".parse().expect("addr")).expect("spawn");
    let addr = srv.addr;
    let actors = ["RUS", "UKRGOV", "USA", "ISRMIL", "IGOUNO", "CHN", "PSEREB"];
    let day = |k: usize| {
        let d = chrono::NaiveDate::from_ymd_opt(2024, 1, 1).expect("date")
            + chrono::Duration::days((k * 37 % 700) as i64);
        d.to_string()
    };
    let later = |k: usize, n: i64| {
        let d = chrono::NaiveDate::from_ymd_opt(2024, 1, 1).expect("date")
            + chrono::Duration::days((k * 37 % 700) as i64 + n);
        d.to_string()
    };
    type Gen<'a> = Box<dyn Fn(usize) -> String + 'a>;
    let cases: Vec<(&str, Gen)> = vec![
        ("stats", Box::new(|_| "/api/stats".into())),
        (
            "stories page",
            Box::new(|k| format!("/api/stories?limit=50&offset={}", k * 50)),
        ),
        (
            "story",
            Box::new(|k| format!("/api/stories/synth-{}", k * 7919 % 50_000)),
        ),
        ("events newest 100", Box::new(|_| "/api/events".into())),
        (
            "events actor",
            Box::new(|k| format!("/api/events?actor={}", actors[k % actors.len()])),
        ),
        (
            "events root+30d",
            Box::new(|k| {
                format!(
                    "/api/events?root={}&from={}&to={}",
                    ["19", "04", "12", "05"][k % 4],
                    day(k),
                    later(k, 30)
                )
            }),
        ),
        (
            "events actor+quad p5",
            Box::new(|k| {
                format!(
                    "/api/events?actor={}&quad={}&offset=400",
                    actors[k % actors.len()],
                    1 + k % 4
                )
            }),
        ),
        (
            "events text",
            Box::new(|k| {
                format!(
                    "/api/events?q={}",
                    ["ceasefire", "talks", "strike", "sanctions"][k % 4]
                )
            }),
        ),
        (
            "event detail",
            Box::new(|k| format!("/api/events/{}", 1 + k * 7919 % 900_000)),
        ),
        (
            "timeline 90d",
            Box::new(|k| format!("/api/timeline?from={}&to={}", day(k), later(k, 90))),
        ),
        (
            "timeline actor",
            Box::new(|k| format!("/api/timeline?actor={}", actors[k % actors.len()])),
        ),
        (
            "network 30d",
            Box::new(|k| format!("/api/network?from={}&to={}", day(k), later(k, 30))),
        ),
        (
            "places 30d",
            Box::new(|k| format!("/api/places?from={}&to={}", day(k), later(k, 30))),
        ),
        (
            "board 30d",
            Box::new(|k| format!("/api/board?from={}&to={}", day(k), later(k, 30))),
        ),
        (
            "search",
            Box::new(|k| {
                format!(
                    "/api/search?q={}",
                    ["ceasefire", "talks", "sanctions", "Moscow"][k % 4]
                )
            }),
        ),
        ("timeline all", Box::new(|_| "/api/timeline".into())),
        ("network all", Box::new(|_| "/api/network".into())),
        ("places all", Box::new(|_| "/api/places".into())),
        ("board all", Box::new(|_| "/api/board".into())),
        (
            "export csv 1000",
            Box::new(|k| {
                format!(
                    "/api/events/export?format=csv&limit=1000&actor={}",
                    actors[k % actors.len()]
                )
            }),
        ),
    ];
    println!(
        "{:<24} {:>9} {:>9} {:>9} {:>10} {:>10}",
        "endpoint", "p50 ms", "p99 ms", "max ms", "cpu ms/req", "bytes"
    );
    let mut worst: f64 = 0.0;
    for (name, gen) in &cases {
        if !only.is_empty() && !only.iter().any(|w| name.contains(w.as_str())) {
            continue;
        }
        let (st, _) = get(addr, &gen(0));
        assert_eq!(st, 200, "{name}: {}", gen(0));
        let mut v = Vec::with_capacity(runs);
        let mut bytes = 0;
        // CPU seconds (user + system) of this process: the server and the
        // client run in it, so the delta over an endpoint's requests divided
        // by their number is the CPU cost of one request (the machine is
        // shared: under load, wall time includes waiting for a core)
        let cpu = process_cpu_secs().unwrap_or(0.0);
        for k in 0..runs {
            let target = gen(k + 1);
            let t = Instant::now();
            let (st, n) = get(addr, &target);
            v.push(t.elapsed().as_secs_f64() * 1e3);
            assert_eq!(st, 200, "{name}: {target}");
            bytes = n;
        }
        let cpu = (process_cpu_secs().unwrap_or(0.0) - cpu) * 1e3 / runs as f64;
        let p50 = percentile(&v, 0.5);
        let p99 = percentile(&v, 0.99);
        let max = v.iter().cloned().fold(0.0, f64::max);
        worst = worst.max(p99);
        println!("{name:<24} {p50:>9.2} {p99:>9.2} {max:>9.2} {cpu:>10.2} {bytes:>10}");
    }
    println!("worst p99: {worst:.1} ms (goal <= 50 ms)");
    srv.stop();
}
