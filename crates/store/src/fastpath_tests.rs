//! The fast paths (actor index, rollups, per-event text check) give the
//! same results as the straightforward SQL over `events`.

use crate::query::{self, Plan};
use crate::{synth, Dyad, EventFilter, PlaceCount, Store, TimelineDay};

/// A small database with every awkward case: grouped reports, events
/// without date, place, Goldstein, quad class or one side, and places
/// filled in by a later report.
fn store() -> Store {
    let mut s = Store::open_in_memory().unwrap();
    let mut docs = Vec::new();
    for i in 0..160u64 {
        let mut d = synth::document(i, 12, 2, 40);
        for (k, e) in d.events.iter_mut().enumerate() {
            match (i as usize + k) % 11 {
                0 => e.time = None,
                1 => e.place = None,
                2 => e.goldstein = None,
                3 => e.quad_class = None,
                4 => e.source.clear(),
                5 => e.target.clear(),
                6 => {
                    for a in e.source.iter_mut() {
                        a.country = None;
                    }
                }
                _ => {}
            }
        }
        if i % 13 == 0 {
            d.date = None;
        }
        docs.push(d);
    }
    // Re-reports of earlier events (same actors, root, day), some with the
    // place the first report lacked: they group and fill places.
    for i in 0..40u64 {
        let mut d = synth::document(i, 12, 2, 40);
        d.id = format!("again-{i}");
        d.text.push_str(" (again)");
        d.meta.source = Some(format!("other-{i}"));
        docs.push(d);
    }
    for chunk in docs.chunks(32) {
        let r = s.ingest(chunk).unwrap();
        assert!(r.rejected.is_empty(), "{:?}", r.rejected);
    }
    let grouped: i64 = s
        .conn
        .query_row(
            "SELECT COUNT(*) FROM events WHERE num_mentions > 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(grouped > 50, "test corpus should group reports ({grouped})");
    s
}

fn filters() -> Vec<EventFilter> {
    let f = EventFilter::default;
    let mut v = vec![f()];
    for a in ["RUS", "USA", "UKRGOV", "NGO", "ZZZ", "ISRMIL", "rus"] {
        v.push(EventFilter {
            actor: Some(a.into()),
            ..f()
        });
    }
    v.push(EventFilter {
        source: Some("UKR".into()),
        ..f()
    });
    v.push(EventFilter {
        target: Some("RUSGOV".into()),
        ..f()
    });
    v.push(EventFilter {
        country: Some("ISR".into()),
        ..f()
    });
    v.push(EventFilter {
        actor: Some("RUS".into()),
        quad_class: Some(4),
        ..f()
    });
    v.push(EventFilter {
        actor: Some("USA".into()),
        date_from: Some("2024-01-10".into()),
        date_to: Some("2024-01-25".into()),
        ..f()
    });
    v.push(EventFilter {
        actor: Some("USA".into()),
        source: Some("USAGOV".into()),
        ..f()
    });
    v.push(EventFilter {
        quad_class: Some(1),
        date_from: Some("2024-01-05".into()),
        ..f()
    });
    v.push(EventFilter {
        date_to: Some("2024-01-20".into()),
        ..f()
    });
    v.push(EventFilter {
        date_from: Some("2024-01-20".into()),
        date_to: Some("2024-01-29".into()),
        ..f()
    });
    v.push(EventFilter {
        root: Some("19".into()),
        date_from: Some("2024-01-01".into()),
        date_to: Some("2024-01-31".into()),
        ..f()
    });
    v.push(EventFilter {
        place: Some("KYIV".into()),
        ..f()
    });
    v.push(EventFilter {
        place_country: Some("ukr".into()),
        date_from: Some("2024-01-10".into()),
        ..f()
    });
    v.push(EventFilter {
        cameo: Some("19*".into()),
        actor: Some("PSEREB".into()),
        ..f()
    });
    v.push(EventFilter {
        issue: Some("ceasefire".into()),
        ..f()
    });
    v.push(EventFilter {
        story: Some("synth-7".into()),
        ..f()
    });
    for t in [
        "refugees",
        "grain exports",
        "\"synth 17\"",
        "nothingmatches",
    ] {
        v.push(EventFilter {
            text: Some(t.into()),
            ..f()
        });
        v.push(EventFilter {
            text: Some(t.into()),
            actor: Some("UKR".into()),
            ..f()
        });
    }
    v
}

fn close(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => (x - y).abs() < 1e-9 * (1.0 + x.abs()),
        (None, None) => true,
        _ => false,
    }
}

fn same_days(a: &[TimelineDay], b: &[TimelineDay]) -> bool {
    a.len() == b.len()
        && a.iter().zip(b).all(|(x, y)| {
            x.date == y.date
                && x.quad == y.quad
                && x.other == y.other
                && x.total == y.total
                && close(x.mean_goldstein, y.mean_goldstein)
        })
}

fn same_dyads(a: &[Dyad], b: &[Dyad]) -> bool {
    a.len() == b.len()
        && a.iter().zip(b).all(|(x, y)| {
            x.source == y.source
                && x.target == y.target
                && x.events == y.events
                && close(x.mean_goldstein, y.mean_goldstein)
        })
}

fn same_places(a: &[PlaceCount], b: &[PlaceCount]) -> bool {
    a.len() == b.len()
        && a.iter().zip(b).all(|(x, y)| {
            x.name == y.name
                && x.country == y.country
                && x.events == y.events
                && close(x.lat, y.lat)
                && close(x.lon, y.lon)
                && close(x.mean_goldstein, y.mean_goldstein)
        })
}

fn list(s: &Store, f: &EventFilter, plan: Plan, limit: (usize, usize)) -> Vec<crate::EventRow> {
    let mut out = Vec::new();
    query::for_each_event_plan(s, f, Some(limit), plan, |r| {
        out.push(r);
        Ok(())
    })
    .unwrap();
    out
}

#[test]
fn fast_paths_agree_with_reference_sql() {
    let s = store();
    for f in filters() {
        for limit in [(100, 0), (7, 3), (100_000, 0)] {
            let reference = list(&s, &f, Plan::Reference, limit);
            for want in [Some(limit.0 + limit.1), Some(1), None] {
                let fast = list(&s, &f, Plan::Fast { want }, limit);
                assert_eq!(fast, reference, "events {f:?} {limit:?} want {want:?}");
            }
        }
        let (n, exact) = query::count_events_plan(&s, &f, None, false).unwrap();
        assert!(exact);
        assert_eq!(s.count_events(&f).unwrap(), n, "count {f:?}");
        let (c, exact) = s.count_events_capped(&f, 5).unwrap();
        // Exact (rollups, or at most the cap) or stopped at the cap.
        assert!(
            (exact && c == n) || (!exact && c == 5 && n > 5),
            "capped {f:?}: {c} {exact} vs {n}"
        );
        let (c, _) = s.count_events_capped(&f, 1_000_000).unwrap();
        assert_eq!(c, n);
        let t_ref = query::timeline_plan(&s, &f, false).unwrap();
        assert!(
            same_days(&s.timeline(&f).unwrap(), &t_ref),
            "timeline {f:?}"
        );
        let mut g = f.clone();
        g.limit = Some(100_000);
        let n_ref = query::network_plan(&s, &g, false).unwrap();
        assert!(same_dyads(&s.network(&g).unwrap(), &n_ref), "network {f:?}");
        let p_ref = query::places_plan(&s, &g, false).unwrap();
        assert!(same_places(&s.places(&g).unwrap(), &p_ref), "places {f:?}");
        g.limit = Some(5);
        g.offset = Some(2);
        let n_ref = query::network_plan(&s, &g, false).unwrap();
        assert!(
            same_dyads(&s.network(&g).unwrap(), &n_ref),
            "network page {f:?}"
        );
        let p_ref = query::places_plan(&s, &g, false).unwrap();
        assert!(
            same_places(&s.places(&g).unwrap(), &p_ref),
            "places page {f:?}"
        );
    }
}

/// Rows of a derived table, floats rounded (sums in another order).
fn dump(s: &Store, table: &str) -> Vec<String> {
    let cols = s
        .conn
        .prepare(&format!("SELECT * FROM {table}"))
        .unwrap()
        .column_count();
    let order: Vec<String> = (1..=cols).map(|i| i.to_string()).collect();
    let mut st = s
        .conn
        .prepare(&format!(
            "SELECT * FROM {table} ORDER BY {}",
            order.join(", ")
        ))
        .unwrap();
    let rows = st
        .query_map([], |r| {
            let mut line = Vec::new();
            for i in 0..cols {
                let v: rusqlite::types::Value = r.get(i)?;
                line.push(match v {
                    rusqlite::types::Value::Real(x) => format!("{x:.6}"),
                    other => format!("{other:?}"),
                });
            }
            Ok(line.join("|"))
        })
        .unwrap();
    rows.map(|r| r.unwrap()).collect()
}

#[test]
fn incremental_rollups_equal_a_rebuild_and_the_migration() {
    let mut s = store();
    let before: Vec<Vec<String>> = crate::rollup::TABLES.iter().map(|t| dump(&s, t)).collect();
    assert!(before.iter().all(|t| !t.is_empty()));
    s.rebuild_rollups().unwrap();
    // actor ids may be numbered differently: compare through the codes.
    let with_codes = |s: &Store| -> Vec<String> {
        let mut st = s
            .conn
            .prepare(
                "SELECT a.code, ea.day, ea.event, ea.roles FROM event_actors ea
                 JOIN actor_ids a ON a.id = ea.actor ORDER BY 1, 2, 3",
            )
            .unwrap();
        let v = st
            .query_map([], |r| {
                Ok(format!(
                    "{}|{}|{}|{}",
                    r.get::<_, String>(0)?,
                    r.get::<_, i64>(1)?,
                    r.get::<_, i64>(2)?,
                    r.get::<_, i64>(3)?
                ))
            })
            .unwrap()
            .map(|r| r.unwrap())
            .collect();
        v
    };
    let ea_after = with_codes(&s);
    let after: Vec<Vec<String>> = crate::rollup::TABLES.iter().map(|t| dump(&s, t)).collect();
    for (i, t) in crate::rollup::TABLES.iter().enumerate() {
        if matches!(*t, "event_actors" | "actor_ids" | "roll_actor_day") {
            continue;
        }
        assert_eq!(before[i], after[i], "{t}");
    }
    let s2 = store();
    assert_eq!(with_codes(&s2), ea_after);
    // And the queries still agree after the rebuild.
    for f in filters() {
        let (n, _) = query::count_events_plan(&s, &f, None, false).unwrap();
        assert_eq!(s.count_events(&f).unwrap(), n, "count {f:?}");
        assert!(same_days(
            &s.timeline(&f).unwrap(),
            &query::timeline_plan(&s, &f, false).unwrap()
        ));
    }
}

#[test]
fn a_mentions_issue_is_its_events_issue() {
    // The board relies on it to read `events(issue, date)`.
    let s = store();
    let (with_issue, bad): (i64, i64) = s
        .conn
        .query_row(
            "SELECT COUNT(*), COALESCE(SUM(e.issue IS NOT m.issue), 0) FROM mentions m
             JOIN events e ON e.id = m.event WHERE m.issue IS NOT NULL",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert!(with_issue > 20);
    assert_eq!(bad, 0);
}

#[test]
fn bounded_board_keeps_the_latest_statements() {
    let s = store();
    for f in [
        EventFilter::default(),
        EventFilter {
            issue: Some("ceasefire".into()),
            date_from: Some("2024-01-10".into()),
            ..EventFilter::default()
        },
    ] {
        let full = s.board(&f).unwrap();
        assert!(!full.is_empty());
        for n in [1, 3] {
            let short = s.board_latest(&f, n).unwrap();
            assert_eq!(full.len(), short.len());
            for (a, b) in full.iter().zip(&short) {
                assert_eq!((&a.issue, &a.last_date), (&b.issue, &b.last_date));
                assert_eq!(a.actors.len(), b.actors.len());
                for (x, y) in a.actors.iter().zip(&b.actors) {
                    assert_eq!((&x.actor, x.stance, &x.date), (&y.actor, y.stance, &y.date));
                    assert_eq!(x.evidence_total, x.evidence.len());
                    assert_eq!(y.evidence_total, x.evidence.len());
                    let keep = x.evidence.len().min(n);
                    assert_eq!(y.evidence[..], x.evidence[x.evidence.len() - keep..]);
                    assert!(y.evidence.iter().all(|e| !e.sentence.is_empty()));
                }
            }
        }
    }
}

/// A database for the board: statements over ~200 days (several count
/// buckets), every modality class, negations, actors known only by their
/// country, their code or the attribution, statements without a stance
/// (e.g. CAMEO 010, 190) newer than an actor's latest stance, stories
/// without a date, and re-reports a day later grouped into the first
/// report's event (so the statement's day differs from its event's day).
fn board_store() -> Store {
    use gesta_document::Attribution;
    let mut s = Store::open_in_memory().unwrap();
    let issues = ["ceasefire", "sanctions relief", "Prisoner Exchange "];
    let modalities = [
        None,
        Some("conditional"),
        Some("will"),
        Some(""),
        Some("if"),
    ];
    let edit = |d: &mut gesta_document::Document, i: u64| {
        for (k, e) in d.events.iter_mut().enumerate() {
            let h = i as usize * 7 + k;
            if !h.is_multiple_of(3) {
                e.issue = Some(issues[h % issues.len()].to_string());
            }
            e.modality = modalities[h % modalities.len()].map(str::to_string);
            if h.is_multiple_of(5) {
                e.negated = !e.negated;
            }
            match h % 13 {
                0 => {
                    e.source.clear();
                    e.attribution = Some(Attribution {
                        text: "the envoy".into(),
                        code: Some("IGOUNO".into()),
                        start: 0,
                        end: 0,
                    });
                }
                1 => e.source.clear(),
                2 => {
                    for a in e.source.iter_mut() {
                        a.country = None;
                    }
                }
                3 => e.time = None,
                _ => {}
            }
        }
        if i.is_multiple_of(17) {
            d.date = None;
        }
    };
    let mut docs = Vec::new();
    for i in 0..240u64 {
        let mut d = synth::document(i, 12, 1, 200);
        edit(&mut d, i);
        docs.push(d);
    }
    for i in 0..60u64 {
        let mut d = synth::document(i, 12, 1, 200);
        edit(&mut d, i);
        d.id = format!("later-{i}");
        d.text.push_str(" (later)");
        d.meta.source = Some(format!("other-{i}"));
        for e in d.events.iter_mut() {
            if let Some(t) = e.time.as_mut() {
                if let Some(day) = crate::ingest::iso_day(&t.value) {
                    t.value = day.succ_opt().unwrap().to_string();
                }
            }
        }
        docs.push(d);
    }
    for chunk in docs.chunks(50) {
        let r = s.ingest(chunk).unwrap();
        assert!(r.rejected.is_empty(), "{:?}", r.rejected);
    }
    s
}

fn board_filters() -> Vec<EventFilter> {
    let f = EventFilter::default;
    let mut v = vec![f()];
    let windows: &[(Option<&str>, Option<&str>)] = &[
        (Some("2024-01-01"), Some("2024-01-31")),
        (Some("2024-02-10"), Some("2024-02-10")),
        (Some("2024-01-20"), Some("2024-06-15")),
        (Some("2024-03-02"), None),
        (None, Some("2024-04-30")),
        (Some("2023-01-01"), Some("2025-12-31")),
        (Some("2024-05-01"), Some("2024-04-01")),
        (Some("2030-01-01"), None),
    ];
    for issue in [
        None,
        Some("ceasefire"),
        Some(" Prisoner exchange"),
        Some("none"),
    ] {
        for (a, b) in windows {
            v.push(EventFilter {
                issue: issue.map(str::to_string),
                date_from: a.map(str::to_string),
                date_to: b.map(str::to_string),
                ..f()
            });
        }
        v.push(EventFilter {
            issue: issue.map(str::to_string),
            ..f()
        });
    }
    v
}

#[test]
fn board_from_statements_equals_the_reference() {
    let s = board_store();
    // The corpus has what the test needs.
    let (stmts, skewed, undated): (i64, i64, i64) = s
        .conn
        .query_row(
            "SELECT COUNT(*), COALESCE(SUM(mday <> eday), 0), COALESCE(SUM(eday = 0), 0)
             FROM board_statements",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert!(
        stmts > 1000 && skewed > 20 && undated > 5,
        "{stmts} {skewed} {undated}"
    );
    let boards = s.board(&EventFilter::default()).unwrap();
    let actors: Vec<&str> = boards
        .iter()
        .flat_map(|b| b.actors.iter().map(|a| a.actor.as_str()))
        .collect();
    assert!(actors.contains(&"IGOUNO") && actors.contains(&"UKRGOV"));
    let mut newer_without_stance = 0;
    for f in board_filters() {
        for n in [None, Some(0), Some(1), Some(3), Some(10)] {
            let reference = super::board::board_reference(&s, &f, n).unwrap();
            let fast = match n {
                None => s.board(&f).unwrap(),
                Some(n) => s.board_latest(&f, n).unwrap(),
            };
            assert_eq!(fast, reference, "board {f:?} per actor {n:?}");
            if n.is_none() && f == EventFilter::default() {
                assert!(reference.len() >= 3);
            }
        }
    }
    // Some actor's newest statement on an issue carries no stance.
    for b in &boards {
        for a in &b.actors {
            let newer: i64 = s
                .conn
                .query_row(
                    "SELECT COUNT(*) FROM board_statements WHERE issue = ?1 AND actor = ?2
                     AND mday > ?3",
                    rusqlite::params![
                        b.issue,
                        a.actor,
                        crate::rollup::stored_day(a.date.as_deref())
                    ],
                    |r| r.get(0),
                )
                .unwrap();
            if newer > 0 {
                newer_without_stance += 1;
            }
        }
    }
    assert!(newer_without_stance > 5, "{newer_without_stance}");
    // Other filters take the reference path.
    let f = EventFilter {
        actor: Some("RUS".into()),
        issue: Some("ceasefire".into()),
        ..EventFilter::default()
    };
    assert_eq!(
        s.board_latest(&f, 2).unwrap(),
        super::board::board_reference(&s, &f, Some(2)).unwrap()
    );
}

#[test]
fn statements_stay_within_a_day_of_their_event() {
    // The board's backward scan relies on it (ingest::GROUP_DAYS).
    let s = board_store();
    let (far, undated_mismatch): (i64, i64) = s
        .conn
        .query_row(
            "SELECT COALESCE(SUM(abs(mday - eday) > ?1), 0),
                    COALESCE(SUM((mday = 0) <> (eday = 0)), 0) FROM board_statements",
            [crate::ingest::GROUP_DAYS],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((far, undated_mismatch), (0, 0));
}

#[test]
fn board_tables_equal_a_rebuild() {
    let mut s = board_store();
    let tables = [
        "board_statements",
        "board_total",
        "board_bucket",
        "board_evidence",
    ];
    let before: Vec<Vec<String>> = tables.iter().map(|t| dump(&s, t)).collect();
    assert!(before.iter().all(|t| !t.is_empty()));
    s.rebuild_rollups().unwrap();
    for (i, t) in tables.iter().enumerate() {
        assert_eq!(before[i], dump(&s, t), "{t}");
    }
}
