//! kill -9 in the middle of an ingest, then a re-run: every story is stored
//! exactly once and completely.
//!
//! The test re-executes its own binary as the child (running only
//! `crash_child_helper`, which does nothing unless the environment variable
//! is set), waits for a few committed batches, SIGKILLs it while it writes
//! the next one, then checks the database and ingests everything again.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use gesta_store::{synth, Store};

const CHILD_ENV: &str = "GESTA_STORE_CRASH_CHILD_DB";
const STORIES: u64 = 240;
const BATCH: usize = 20;
const EVENTS: usize = 40;
const FILLER: usize = 60;

fn corpus() -> Vec<gesta_document::Document> {
    (0..STORIES)
        .map(|i| synth::document(i, EVENTS, FILLER, 30))
        .collect()
}

/// Child side: ingests the corpus batch by batch, printing after each commit.
#[test]
fn crash_child_helper() {
    let Ok(db) = std::env::var(CHILD_ENV) else {
        return; // only active as the child process of `kill_mid_ingest_then_rerun`
    };
    let docs = corpus();
    let mut store = Store::open(&db).expect("child opens db");
    for (n, chunk) in docs.chunks(BATCH).enumerate() {
        store.ingest(chunk).expect("child ingest");
        println!("committed {}", n + 1);
    }
    println!("done");
}

fn per_story_counts(store: &Store) -> Vec<(String, i64, i64)> {
    let mut st = store
        .connection()
        .prepare(
            "SELECT d.story_id,
                (SELECT COUNT(*) FROM sentences s WHERE s.doc = d.id),
                (SELECT COUNT(*) FROM mentions m WHERE m.doc = d.id)
             FROM documents d ORDER BY d.story_id",
        )
        .unwrap();
    st.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .map(|r| r.unwrap())
        .collect()
}

fn check_complete(store: &Store) -> usize {
    let ok: String = store
        .connection()
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
    let rows = per_story_counts(store);
    for (id, sentences, mentions) in &rows {
        assert_eq!(
            *sentences as usize,
            EVENTS + FILLER,
            "story {id} half-written"
        );
        assert_eq!(*mentions as usize, EVENTS, "story {id} half-written");
    }
    // Event counters agree with the mentions table.
    let (sum, n): (i64, i64) = store
        .connection()
        .query_row(
            "SELECT (SELECT COALESCE(SUM(num_mentions), 0) FROM events), (SELECT COUNT(*) FROM mentions)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(sum, n);
    let fts: i64 = store
        .connection()
        .query_row("SELECT COUNT(*) FROM stories_fts", [], |r| r.get(0))
        .unwrap();
    assert_eq!(fts as usize, rows.len());
    // The derived tables (actor index, rollups) agree with the events.
    let derived: (i64, i64, i64, i64) = store
        .connection()
        .query_row(
            "SELECT (SELECT COUNT(*) FROM events),
                (SELECT COALESCE(SUM(n), 0) FROM roll_day),
                (SELECT COALESCE(SUM(n), 0) FROM roll_dyad),
                (SELECT COUNT(DISTINCT event) FROM event_actors)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .unwrap();
    assert_eq!(derived.0, derived.1, "roll_day vs events");
    assert_eq!(
        derived.0, derived.2,
        "roll_dyad vs events (all synthetic events are dyads)"
    );
    assert_eq!(derived.0, derived.3, "event_actors vs events");
    rows.len()
}

#[test]
fn kill_mid_ingest_then_rerun() {
    let dir = std::env::temp_dir().join(format!("gesta-store-crash-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let db = dir.join("crash.db");
    let exe = std::env::current_exe().unwrap();
    let mut child = Command::new(exe)
        .args([
            "crash_child_helper",
            "--exact",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CHILD_ENV, &db)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let mut committed = 0;
    for line in BufReader::new(stdout).lines() {
        let line = line.unwrap();
        if let Some(n) = line.strip_prefix("committed ") {
            committed = n.trim().parse().unwrap();
            if committed >= 3 {
                break;
            }
        }
        assert_ne!(line, "done", "child finished before it could be killed");
    }
    // SIGKILL while the child writes batch 4.
    child.kill().unwrap();
    let status = child.wait().unwrap();
    assert!(!status.success());
    assert!(committed >= 3);

    let mut store = Store::open(&db).unwrap();
    let after_kill = check_complete(&store);
    assert!(
        after_kill >= 3 * BATCH,
        "committed stories lost: {after_kill}"
    );
    assert!(
        after_kill < STORIES as usize,
        "child was not killed mid-ingest"
    );
    assert_eq!(after_kill % BATCH, 0, "a batch was half-committed");

    // Re-run the whole ingest.
    let docs = corpus();
    let mut added = 0;
    let mut dup = 0;
    for chunk in docs.chunks(BATCH) {
        let r = store.ingest(chunk).unwrap();
        added += r.stories_added;
        dup += r.stories_duplicate;
        assert!(r.rejected.is_empty());
    }
    assert_eq!(dup, after_kill);
    assert_eq!(added + dup, STORIES as usize);
    assert_eq!(check_complete(&store), STORIES as usize);
    drop(store);
    let _ = std::fs::remove_dir_all(&dir);
}
