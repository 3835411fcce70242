//! Checks on a stored database that the board from the statement tables
//! equals the reference query, and that the statement tables equal a
//! rebuild (on a copy): `cargo run --release -p gesta-store --example
//! board_check -- DB [COPY]`.
use gesta_store::{EventFilter, Store};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: board_check DB [COPY]");
        std::process::exit(2);
    };
    let s = Store::open(path).expect("open");
    let (lo, hi): (Option<String>, Option<String>) = s
        .connection()
        .query_row(
            "SELECT MIN(date), MAX(date) FROM events WHERE issue IS NOT NULL",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .expect("dates");
    let issues: Vec<String> = s
        .connection()
        .prepare("SELECT DISTINCT issue FROM board_total LIMIT 5")
        .expect("prep")
        .query_map([], |r| r.get(0))
        .expect("issues")
        .map(|r| r.expect("issue"))
        .collect();
    let mut filters = vec![EventFilter::default()];
    let days: Vec<String> = match (lo, hi) {
        (Some(a), Some(b)) => vec![a, b],
        _ => Vec::new(),
    };
    if let [a, b] = days.as_slice() {
        let mid = |x: &str, k: i64| {
            chrono::NaiveDate::parse_from_str(x, "%Y-%m-%d")
                .map(|d| (d + chrono::Duration::days(k)).to_string())
                .unwrap_or_else(|_| x.to_string())
        };
        for (f, t) in [
            (a.clone(), b.clone()),
            (mid(a, 10), mid(a, 40)),
            (mid(b, -30), b.clone()),
            (mid(a, 3), mid(b, -3)),
        ] {
            filters.push(EventFilter {
                date_from: Some(f),
                date_to: Some(t),
                ..Default::default()
            });
        }
    }
    let windows = filters.clone();
    for i in &issues {
        for f in &windows {
            let mut g = f.clone();
            g.issue = Some(i.clone());
            filters.push(g);
        }
    }
    let mut compared = 0;
    for f in &filters {
        for n in [None, Some(1), Some(10)] {
            let reference = s.board_reference(f, n).expect("reference");
            let fast = match n {
                None => s.board(f).expect("board"),
                Some(n) => s.board_latest(f, n).expect("board"),
            };
            assert_eq!(fast, reference, "{f:?} {n:?}");
            compared += reference.iter().map(|b| b.actors.len()).sum::<usize>();
        }
    }
    println!(
        "{} filters x 3: boards equal to the reference ({compared} actor stances compared)",
        filters.len()
    );
    if let Some(copy) = args.get(1) {
        let tables = [
            "board_statements",
            "board_total",
            "board_bucket",
            "board_evidence",
        ];
        let dump = |s: &Store| -> Vec<Vec<String>> {
            tables
                .iter()
                .map(|t| {
                    let mut st = s
                        .connection()
                        .prepare(&format!("SELECT * FROM {t}"))
                        .expect("prep");
                    let cols = st.column_count();
                    let mut v: Vec<String> = st
                        .query_map([], |r| {
                            let mut line = Vec::new();
                            for i in 0..cols {
                                let x: rusqlite::types::Value = r.get(i)?;
                                line.push(format!("{x:?}"));
                            }
                            Ok(line.join("|"))
                        })
                        .expect("rows")
                        .map(|r| r.expect("row"))
                        .collect();
                    v.sort();
                    v
                })
                .collect()
        };
        let before = dump(&s);
        s.connection()
            .execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")
            .expect("checkpoint");
        std::fs::copy(path, copy).expect("copy");
        let mut c = Store::open(copy).expect("open copy");
        c.rebuild_rollups().expect("rebuild");
        let after = dump(&c);
        for (i, t) in tables.iter().enumerate() {
            assert_eq!(before[i], after[i], "{t}");
            println!("{t}: {} rows, equal to a rebuild", before[i].len());
        }
    }
}
