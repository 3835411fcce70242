//! Store benchmarks (harness = false):
//!
//! 1. ingest: synthetic stories (or real coded Documents from
//!    `GESTA_BENCH_DOCS=file.jsonl`, e.g. the output of `gesta code`) into a
//!    fresh database: stories/s, MB/s of text, DB size per 1,000 stories.
//! 2. queries: a database of >= 1 M real events (synthetic, built once and
//!    kept at `$GESTA_BENCH_DB`, default `<target dir>/gesta-bench-1m.db`):
//!    p50/p99 latency of the main API queries.
//!
//! `cargo bench -p gesta-store --bench store [-- ingest|queries]`

use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::time::Instant;

use gesta_benchkit::{percentile, process_cpu_secs};
use gesta_document::Document;
use gesta_store::{synth, EventFilter, Store};

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    let all = args.is_empty();
    if all || args.iter().any(|a| a == "ingest") {
        bench_ingest();
    }
    if all || args.iter().any(|a| a == "queries") {
        bench_queries();
    }
}

/// CPU seconds (user + system) used by this process so far; the machine is
/// shared, so wall time alone overstates the cost under load.
fn cpu_secs() -> f64 {
    process_cpu_secs().unwrap_or(0.0)
}

/// CPU milliseconds used by this thread so far (`CLOCK_THREAD_CPUTIME_ID`).
fn thread_cpu_ms() -> f64 {
    let mut t = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes one timespec into `t`, which we own.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut t) };
    if rc != 0 {
        return 0.0;
    }
    t.tv_sec as f64 * 1e3 + t.tv_nsec as f64 / 1e6
}

fn file_size(p: &Path) -> u64 {
    let mut n = std::fs::metadata(p).map(|m| m.len()).unwrap_or(0);
    for ext in ["-wal", "-shm"] {
        let mut s = p.as_os_str().to_owned();
        s.push(ext);
        n += std::fs::metadata(PathBuf::from(s))
            .map(|m| m.len())
            .unwrap_or(0);
    }
    n
}

fn bench_dir() -> PathBuf {
    let base = std::env::var("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|_| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../target")));
    let d = base.join("gesta-store-bench");
    let _ = std::fs::create_dir_all(&d);
    d
}

fn load_docs() -> (Vec<Document>, &'static str) {
    if let Ok(p) = std::env::var("GESTA_BENCH_DOCS") {
        let f = std::fs::File::open(&p).unwrap_or_else(|e| panic!("{p}: {e}"));
        let mut docs = Vec::new();
        for (i, line) in std::io::BufReader::new(f).lines().enumerate() {
            let line = line.unwrap_or_default();
            match serde_json::from_str::<Document>(&line) {
                Ok(d) => docs.push(d),
                Err(e) => eprintln!("{p}:{}: skipped: {e}", i + 1),
            }
        }
        (docs, "coded documents from GESTA_BENCH_DOCS")
    } else {
        let docs = (0..5000).map(|i| synth::document(i, 12, 20, 365)).collect();
        (docs, "synthetic stories (12 events, 32 sentences each)")
    }
}

fn bench_ingest() {
    let (docs, what) = load_docs();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let events: usize = docs.iter().map(|d| d.events.len()).sum();
    let path = bench_dir().join("ingest.db");
    let mut rates = Vec::new();
    let mut size = 0;
    for _run in 0..3 {
        for ext in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{ext}", path.display()));
        }
        let mut store = Store::open(&path).expect("open");
        let t = Instant::now();
        let c = cpu_secs();
        for chunk in docs.chunks(64) {
            store.ingest(chunk).expect("ingest");
        }
        let secs = t.elapsed().as_secs_f64();
        rates.push((secs, cpu_secs() - c));
        // Checkpoint so the file size is the database, not the WAL.
        store
            .connection()
            .execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")
            .expect("checkpoint");
        size = file_size(&path);
        let t = Instant::now();
        let r = store
            .ingest(&docs[..docs.len().min(1000)])
            .expect("re-ingest");
        assert_eq!(r.stories_added, 0);
        let re = t.elapsed().as_secs_f64();
        if _run == 0 {
            println!("re-ingest of 1000 stored stories: {:.3} s (0 added)", re);
        }
    }
    rates.sort_by(|a, b| a.0.total_cmp(&b.0));
    let (secs, cpu) = rates[1];
    println!(
        "ingest ({what}): {} stories, {events} events, {:.1} MB text",
        docs.len(),
        bytes as f64 / 1e6
    );
    println!(
        "  median of 3: {:.2} s = {:.0} stories/s, {:.0} events/s, {:.2} MB/s",
        secs,
        docs.len() as f64 / secs,
        events as f64 / secs,
        bytes as f64 / 1e6 / secs
    );
    println!(
        "  CPU time {:.2} s = {:.0} stories/s, {:.2} MB/s per core (load average {})",
        cpu,
        docs.len() as f64 / cpu,
        bytes as f64 / 1e6 / cpu,
        std::fs::read_to_string("/proc/loadavg")
            .unwrap_or_default()
            .split(' ')
            .next()
            .unwrap_or("?")
    );
    println!(
        "  database size: {:.1} MB = {:.2} MB per 1,000 stories",
        size as f64 / 1e6,
        size as f64 / 1e6 / docs.len() as f64 * 1000.0
    );
}

const TARGET_EVENTS: i64 = 1_000_000;

/// Builds the query-benchmark database: synthetic real events written
/// straight into the schema (one transaction, no grouping pass: each row is
/// a distinct happening with 1-4 reports), with their stories, sentences,
/// mentions and full-text index, so that every query joins real rows.
fn build_big_db(path: &Path) -> Store {
    let t = Instant::now();
    let c = cpu_secs();
    let mut store = Store::open(path).expect("open");
    println!(
        "open (with pending migrations): {:.1} s wall, {:.1} s CPU",
        t.elapsed().as_secs_f64(),
        cpu_secs() - c
    );
    let have: i64 = store
        .connection()
        .query_row("SELECT COUNT(*) FROM events", [], |r| r.get(0))
        .expect("count");
    if have >= TARGET_EVENTS {
        return store;
    }
    assert_eq!(
        have,
        0,
        "{}: partial bench database, delete it",
        path.display()
    );
    println!("building {} ...", path.display());
    let t = Instant::now();
    let conn = store.connection();
    // Bulk load: drop the secondary indexes, insert, re-create them (sorted
    // index builds are much faster than random inserts into 14 indexes).
    let indexes: Vec<(String, String)> = conn
        .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('events', 'mentions')")
        .expect("prep")
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .expect("indexes")
        .map(|r| r.expect("index row"))
        .collect();
    for (name, _) in &indexes {
        conn.execute_batch(&format!("DROP INDEX {name}"))
            .expect("drop index");
    }
    conn.execute_batch("BEGIN").expect("begin");
    let stories = (TARGET_EVENTS / 20) as u64;
    let mut next_event = 1i64;
    let mut mentions = 0usize;
    {
        let mut ins_doc = conn
            .prepare("INSERT INTO documents(id, story_id, hash, date, title, outlet, url, bytes, text, json, ingested_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, NULL, ?7, ?8, ?9, '')")
            .expect("prep");
        let mut ins_fts = conn
            .prepare("INSERT INTO stories_fts(rowid, title, text) VALUES (?1, ?2, ?3)")
            .expect("prep");
        let mut ins_sent = conn
            .prepare("INSERT INTO sentences(doc, idx, start, end) VALUES (?1, ?2, ?3, ?4)")
            .expect("prep");
        let mut ins_ev = conn
            .prepare(
                "INSERT INTO events(id, date, src, src_country, src_name, tgt, tgt_country, tgt_name, cameo, root, quad, goldstein,
                    plover, negated, issue, place, place_key, place_country, lat, lon, num_mentions, num_sources, num_stories, first_mention)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?21, ?21, ?22)",
            )
            .expect("prep");
        let mut ins_m = conn
            .prepare(
                "INSERT INTO mentions(id, event, doc, event_index, sentence, trigger, trigger_start, trigger_end, src, src_country, src_name,
                    tgt, tgt_country, tgt_name, cameo, root, date, date_precision, negated, modality, attribution, attribution_code, issue, pattern, source_key)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, 'day', ?18, NULL, NULL, NULL, ?19, 'synthetic', ?20)",
            )
            .expect("prep");
        for k in 0..stories {
            let mut doc = synth::document(k, 20, 0, 730);
            let docid = k as i64 + 1;
            let packed = zstd_json(&doc);
            let title = doc.title.clone().unwrap_or_default();
            ins_doc
                .execute(rusqlite::params![
                    docid,
                    doc.id,
                    format!("h{k}"),
                    doc.date,
                    title,
                    doc.meta.source,
                    doc.text.len() as i64,
                    doc.text,
                    packed
                ])
                .expect("doc");
            ins_fts
                .execute(rusqlite::params![docid, title, doc.text])
                .expect("fts");
            for (i, s) in doc.sentences.iter().enumerate() {
                ins_sent
                    .execute(rusqlite::params![
                        docid,
                        i as i64,
                        s.start as i64,
                        s.end as i64
                    ])
                    .expect("sentence");
            }
            for (i, e) in std::mem::take(&mut doc.events).into_iter().enumerate() {
                let (s, t) = (&e.source[0], &e.target[0]);
                let date = e.time.as_ref().map(|t| t.value.clone());
                let place = e.place.clone().unwrap_or_default();
                let mid = mentions as i64 + 1;
                let reports = 1 + (k as usize + i) % 4;
                ins_ev
                    .execute(rusqlite::params![
                        next_event,
                        date,
                        s.code,
                        s.country,
                        s.text,
                        t.code,
                        t.country,
                        t.text,
                        e.cameo,
                        e.root,
                        e.quad_class,
                        e.goldstein,
                        e.plover.as_ref().map(|p| p.event_type.clone()),
                        e.negated,
                        e.issue,
                        place.name,
                        place.name.to_lowercase(),
                        place.country,
                        place.lat,
                        place.lon,
                        reports as i64,
                        mid
                    ])
                    .expect("event");
                ins_m
                    .execute(rusqlite::params![
                        mid,
                        next_event,
                        docid,
                        i as i64,
                        e.sentence as i64,
                        e.trigger.text,
                        e.trigger.start as i64,
                        e.trigger.end as i64,
                        s.code,
                        s.country,
                        s.text,
                        t.code,
                        t.country,
                        t.text,
                        e.cameo,
                        e.root,
                        date,
                        e.negated,
                        e.issue,
                        doc.meta.source
                    ])
                    .expect("mention");
                mentions += 1;
                next_event += 1;
            }
        }
    }
    conn.execute_batch("COMMIT").expect("commit");
    for (_, sql) in &indexes {
        conn.execute_batch(sql).expect("create index");
    }
    store.rebuild_rollups().expect("rollups");
    let conn = store.connection();
    conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE); ANALYZE;")
        .expect("analyze");
    println!(
        "  built in {:.0} s: {stories} stories, {} events, {mentions} mentions",
        t.elapsed().as_secs_f64(),
        next_event - 1
    );
    store
}

fn zstd_json(doc: &Document) -> Vec<u8> {
    let mut d = doc.clone();
    d.text = String::new();
    let json = serde_json::to_vec(&d).expect("json");
    zstd::bulk::compress(&json, 3).expect("zstd")
}

fn bench_queries() {
    let path = std::env::var("GESTA_BENCH_DB")
        .map(PathBuf::from)
        .unwrap_or_else(|_| bench_dir().join("gesta-bench-1m.db"));
    let store = build_big_db(&path);
    let stats = store.stats().expect("stats");
    println!(
        "query benchmark on {}: {} events, {} mentions, {} stories, {:.0} MB",
        path.display(),
        stats.events,
        stats.mentions,
        stats.stories,
        file_size(&path) as f64 / 1e6
    );
    let actors = ["RUS", "UKRGOV", "USA", "ISRMIL", "IGOUNO", "CHN", "PSEREB"];
    let mut rng = synth::Rng::new(7);
    let base = chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
    let window = |rng: &mut synth::Rng, days: i64| {
        let a = base + chrono::Duration::days(rng.below(700) as i64);
        (
            a.to_string(),
            (a + chrono::Duration::days(days)).to_string(),
        )
    };
    let n = 60;
    type Q<'a> = Box<dyn FnMut(&mut synth::Rng) -> usize + 'a>;
    let s = &store;
    let mut queries: Vec<(&str, Q)> = Vec::new();
    queries.push((
        "events: newest 100",
        Box::new(|_r| s.events(&EventFilter::default()).unwrap().len()),
    ));
    queries.push((
        "events: actor, 100",
        Box::new(|r| {
            let f = EventFilter {
                actor: Some(actors[r.below(actors.len())].into()),
                ..Default::default()
            };
            s.events(&f).unwrap().len()
        }),
    ));
    queries.push((
        "events: root + 30-day window",
        Box::new(|r| {
            let (a, b) = window(r, 30);
            let f = EventFilter {
                root: Some(["19", "04", "12", "05"][r.below(4)].into()),
                date_from: Some(a),
                date_to: Some(b),
                ..Default::default()
            };
            s.events(&f).unwrap().len()
        }),
    ));
    queries.push((
        "events: actor + quad + page 5",
        Box::new(|r| {
            let f = EventFilter {
                actor: Some(actors[r.below(actors.len())].into()),
                quad_class: Some(1 + r.below(4) as u8),
                offset: Some(400),
                ..Default::default()
            };
            s.events(&f).unwrap().len()
        }),
    ));
    queries.push((
        "events: text",
        Box::new(|r| {
            let f = EventFilter {
                text: Some(["grain exports", "refugees", "drones convoy"][r.below(3)].into()),
                ..Default::default()
            };
            s.events(&f).unwrap().len()
        }),
    ));
    queries.push((
        "count: actor",
        Box::new(|r| {
            let f = EventFilter {
                actor: Some(actors[r.below(actors.len())].into()),
                ..Default::default()
            };
            s.count_events(&f).unwrap() as usize
        }),
    ));
    queries.push((
        "timeline: all",
        Box::new(|_r| s.timeline(&EventFilter::default()).unwrap().len()),
    ));
    queries.push((
        "timeline: actor",
        Box::new(|r| {
            let f = EventFilter {
                actor: Some(actors[r.below(actors.len())].into()),
                ..Default::default()
            };
            s.timeline(&f).unwrap().len()
        }),
    ));
    queries.push((
        "network: all, top 100",
        Box::new(|_r| s.network(&EventFilter::default()).unwrap().len()),
    ));
    queries.push((
        "network: 30-day window",
        Box::new(|r| {
            let (a, b) = window(r, 30);
            s.network(&EventFilter {
                date_from: Some(a),
                date_to: Some(b),
                ..Default::default()
            })
            .unwrap()
            .len()
        }),
    ));
    queries.push((
        "places: all",
        Box::new(|_r| s.places(&EventFilter::default()).unwrap().len()),
    ));
    queries.push((
        "board: one issue, 30-day window",
        Box::new(|r| {
            let (a, b) = window(r, 30);
            s.board(&EventFilter {
                issue: Some("ceasefire".into()),
                date_from: Some(a),
                date_to: Some(b),
                ..Default::default()
            })
            .unwrap()
            .len()
        }),
    ));
    // The server's board: the 10 latest statements per actor and issue.
    queries.push((
        "board: no issue, 30-day, latest 10",
        Box::new(|r| {
            let (a, b) = window(r, 30);
            s.board_latest(
                &EventFilter {
                    date_from: Some(a),
                    date_to: Some(b),
                    ..Default::default()
                },
                10,
            )
            .unwrap()
            .len()
        }),
    ));
    queries.push((
        "  the same by the reference query",
        Box::new(|r| {
            let (a, b) = window(r, 30);
            s.board_reference(
                &EventFilter {
                    date_from: Some(a),
                    date_to: Some(b),
                    ..Default::default()
                },
                Some(10),
            )
            .unwrap()
            .len()
        }),
    ));
    queries.push((
        "board: no issue, all, latest 10",
        Box::new(|_r| s.board_latest(&EventFilter::default(), 10).unwrap().len()),
    ));
    queries.push((
        "board: one issue, all, latest 10",
        Box::new(|r| {
            let f = EventFilter {
                issue: Some(
                    ["ceasefire", "prisoner exchange", "sanctions relief"][r.below(3)].into(),
                ),
                ..Default::default()
            };
            s.board_latest(&f, 10).unwrap().len()
        }),
    ));
    queries.push((
        "search: stories + quotes",
        Box::new(|r| {
            s.search(["ceasefire talks", "grain", "summit envoy"][r.below(3)], 20)
                .unwrap()
                .len()
        }),
    ));
    queries.push((
        "event detail",
        Box::new(|r| {
            s.event(1 + r.below(stats.events as usize) as i64)
                .unwrap()
                .map_or(0, |d| d.mentions.len())
        }),
    ));
    queries.push((
        "story",
        Box::new(|r| {
            s.story(&format!("synth-{}", r.below(stats.stories as usize)))
                .unwrap()
                .map_or(0, |d| d.events.len())
        }),
    ));
    queries.push((
        "count: text (capped at 10,000)",
        Box::new(|r| {
            let f = EventFilter {
                text: Some(["grain exports", "refugees", "drones convoy"][r.below(3)].into()),
                ..Default::default()
            };
            s.count_events_capped(&f, 10_000).unwrap().0 as usize
        }),
    ));
    queries.push((
        "count: all",
        Box::new(|_r| s.count_events(&EventFilter::default()).unwrap() as usize),
    ));
    queries.push((
        "timeline: 90-day window",
        Box::new(|r| {
            let (a, b) = window(r, 90);
            s.timeline(&EventFilter {
                date_from: Some(a),
                date_to: Some(b),
                ..Default::default()
            })
            .unwrap()
            .len()
        }),
    ));
    queries.push((
        "places: 30-day window",
        Box::new(|r| {
            let (a, b) = window(r, 30);
            s.places(&EventFilter {
                date_from: Some(a),
                date_to: Some(b),
                ..Default::default()
            })
            .unwrap()
            .len()
        }),
    ));
    queries.push((
        "network: actor",
        Box::new(|r| {
            let f = EventFilter {
                actor: Some(actors[r.below(actors.len())].into()),
                ..Default::default()
            };
            s.network(&f).unwrap().len()
        }),
    ));
    // Wall time, and the CPU time of the querying thread (the machine is
    // shared: under load, wall time includes waiting for a core).
    println!(
        "{:34} {:>9} {:>9} {:>9} {:>9} {:>9}",
        "query", "p50 ms", "p99 ms", "cpu p50", "cpu p99", "rows"
    );
    for (name, q) in queries.iter_mut() {
        q(&mut rng); // warm
        let mut t = Vec::with_capacity(n);
        let mut cpu = Vec::with_capacity(n);
        let mut rows = 0;
        for _ in 0..n {
            let s = Instant::now();
            let c = thread_cpu_ms();
            rows = q(&mut rng);
            cpu.push(thread_cpu_ms() - c);
            t.push(s.elapsed().as_secs_f64() * 1e3);
        }
        let p50 = percentile(&t, 0.5);
        let p99 = percentile(&t, 0.99);
        let c50 = percentile(&cpu, 0.5);
        let c99 = percentile(&cpu, 0.99);
        println!("{name:34} {p50:>9.2} {p99:>9.2} {c50:>9.2} {c99:>9.2} {rows:>9}");
    }
}
