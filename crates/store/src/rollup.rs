//! Derived tables for fast queries (schema version 2): integer actor ids,
//! the `event_actors` index and the per-day rollups of events, dyads and
//! places. They are maintained here, in the ingest transaction, from the
//! event row itself; `rollups_fill.sql` computes the same tables from
//! scratch (migration 0002, [`rebuild`]).

use chrono::{Datelike, NaiveDate};
use rusqlite::{params, Connection, OptionalExtension};

use crate::Result;

/// Role bits of an actor key in an event.
pub(crate) const SRC: i64 = 1;
pub(crate) const TGT: i64 = 2;
pub(crate) const SRC_COUNTRY: i64 = 4;
pub(crate) const TGT_COUNTRY: i64 = 8;

/// SQL that fills every derived table from `events` (and the board's
/// tables from `mentions`).
pub(crate) const FILL_SQL: &str = concat!(
    include_str!("rollups_fill.sql"),
    include_str!("board_fill.sql")
);

/// The derived tables, in the order they are cleared.
pub(crate) const TABLES: &[&str] = &[
    "event_actors",
    "roll_day",
    "roll_actor_day",
    "roll_dyad",
    "roll_dyad_day",
    "roll_place",
    "roll_place_day",
    "actor_ids",
    "board_statements",
    "board_total",
    "board_bucket",
    "board_evidence",
];

/// Julian day number of a date (2024-01-01 = 2460311), as SQLite's
/// `CAST(julianday(d) + 0.5 AS INTEGER)`.
pub(crate) fn day_number(d: NaiveDate) -> i64 {
    i64::from(d.num_days_from_ce()) + 1_721_425
}

/// The ISO date of a Julian day number.
pub(crate) fn day_string(n: i64) -> Option<String> {
    let ce = i32::try_from(n - 1_721_425).ok()?;
    NaiveDate::from_num_days_from_ce_opt(ce).map(|d| d.to_string())
}

/// Day number of a stored `events.date` (0 when there is none).
pub(crate) fn stored_day(date: Option<&str>) -> i64 {
    date.and_then(crate::ingest::iso_day)
        .map(day_number)
        .unwrap_or(0)
}

/// The id of an actor key, if any event ever had it.
pub(crate) fn actor_id(conn: &Connection, code: &str) -> Result<Option<i64>> {
    Ok(conn
        .prepare_cached("SELECT id FROM actor_ids WHERE code = ?1")?
        .query_row([code], |r| r.get(0))
        .optional()?)
}

fn actor_id_or_insert(conn: &Connection, code: &str) -> Result<i64> {
    if let Some(id) = actor_id(conn, code)? {
        return Ok(id);
    }
    conn.prepare_cached("INSERT INTO actor_ids(code) VALUES (?1)")?
        .execute([code])?;
    Ok(conn.last_insert_rowid())
}

struct EventFacts {
    day: i64,
    src: String,
    src_country: Option<String>,
    tgt: String,
    tgt_country: Option<String>,
    quad: i64,
    goldstein: Option<f64>,
}

fn facts(conn: &Connection, id: i64) -> Result<Option<EventFacts>> {
    Ok(conn
        .prepare_cached(
            "SELECT date, src, src_country, tgt, tgt_country, quad, goldstein FROM events WHERE id = ?1",
        )?
        .query_row([id], |r| {
            Ok(EventFacts {
                day: stored_day(r.get::<_, Option<String>>(0)?.as_deref()),
                src: r.get(1)?,
                src_country: r.get(2)?,
                tgt: r.get(3)?,
                tgt_country: r.get(4)?,
                quad: r.get::<_, Option<i64>>(5)?.unwrap_or(0),
                goldstein: r.get(6)?,
            })
        })
        .optional()?)
}

/// Records a newly inserted event in every derived table.
pub(crate) fn event_created(conn: &Connection, id: i64) -> Result<()> {
    let Some(f) = facts(conn, id)? else {
        return Ok(());
    };
    let (g, gn) = (f.goldstein.unwrap_or(0.0), i64::from(f.goldstein.is_some()));
    // Actor keys with their role bits (a key may play several roles).
    let mut keys: Vec<(&str, i64)> = Vec::with_capacity(4);
    for (code, bit) in [
        (Some(f.src.as_str()), SRC),
        (Some(f.tgt.as_str()), TGT),
        (f.src_country.as_deref(), SRC_COUNTRY),
        (f.tgt_country.as_deref(), TGT_COUNTRY),
    ] {
        let Some(code) = code.filter(|c| !c.is_empty()) else {
            continue;
        };
        match keys.iter_mut().find(|(c, _)| *c == code) {
            Some(k) => k.1 |= bit,
            None => keys.push((code, bit)),
        }
    }
    for (code, roles) in keys {
        let aid = actor_id_or_insert(conn, code)?;
        conn.prepare_cached(
            "INSERT INTO event_actors(actor, day, event, roles) VALUES (?1, ?2, ?3, ?4)",
        )?
        .execute(params![aid, f.day, id, roles])?;
        conn.prepare_cached(
            "INSERT INTO roll_actor_day(actor, roles, day, quad, n, gsum, gn) VALUES (?1, ?2, ?3, ?4, 1, ?5, ?6)
             ON CONFLICT DO UPDATE SET n = n + 1, gsum = gsum + excluded.gsum, gn = gn + excluded.gn",
        )?
        .execute(params![aid, roles, f.day, f.quad, g, gn])?;
    }
    conn.prepare_cached(
        "INSERT INTO roll_day(day, quad, n, gsum, gn) VALUES (?1, ?2, 1, ?3, ?4)
         ON CONFLICT DO UPDATE SET n = n + 1, gsum = gsum + excluded.gsum, gn = gn + excluded.gn",
    )?
    .execute(params![f.day, f.quad, g, gn])?;
    if !f.src.is_empty() && !f.tgt.is_empty() {
        let sc = f.src_country.as_deref().unwrap_or("");
        let tc = f.tgt_country.as_deref().unwrap_or("");
        conn.prepare_cached(
            "INSERT INTO roll_dyad(src, src_country, tgt, tgt_country, n, gsum, gn) VALUES (?1, ?2, ?3, ?4, 1, ?5, ?6)
             ON CONFLICT DO UPDATE SET n = n + 1, gsum = gsum + excluded.gsum, gn = gn + excluded.gn",
        )?
        .execute(params![f.src, sc, f.tgt, tc, g, gn])?;
        conn.prepare_cached(
            "INSERT INTO roll_dyad_day(day, src, src_country, tgt, tgt_country, n, gsum, gn)
             VALUES (?1, ?2, ?3, ?4, ?5, 1, ?6, ?7)
             ON CONFLICT DO UPDATE SET n = n + 1, gsum = gsum + excluded.gsum, gn = gn + excluded.gn",
        )?
        .execute(params![f.day, f.src, sc, f.tgt, tc, g, gn])?;
    }
    place_set(conn, id)
}

/// Records the place of an event (called when the event is created and
/// when a later report fills a missing place).
pub(crate) fn place_set(conn: &Connection, id: i64) -> Result<()> {
    let row: Option<PlaceFacts> = conn
        .prepare_cached(
            "SELECT date, place_key, place_country, place, goldstein, lat, lon FROM events
             WHERE id = ?1 AND place_key IS NOT NULL",
        )?
        .query_row([id], |r| {
            Ok(PlaceFacts {
                day: stored_day(r.get::<_, Option<String>>(0)?.as_deref()),
                key: r.get(1)?,
                country: r.get::<_, Option<String>>(2)?.unwrap_or_default(),
                name: r.get::<_, Option<String>>(3)?.unwrap_or_default(),
                goldstein: r.get(4)?,
                lat: r.get(5)?,
                lon: r.get(6)?,
            })
        })
        .optional()?;
    let Some(p) = row else { return Ok(()) };
    let g = p.goldstein.unwrap_or(0.0);
    let gn = i64::from(p.goldstein.is_some());
    let (lat, lat_n) = (p.lat.unwrap_or(0.0), i64::from(p.lat.is_some()));
    let (lon, lon_n) = (p.lon.unwrap_or(0.0), i64::from(p.lon.is_some()));
    const UPDATE: &str = "ON CONFLICT DO UPDATE SET name = min(name, excluded.name), n = n + 1,
        gsum = gsum + excluded.gsum, gn = gn + excluded.gn, lat_sum = lat_sum + excluded.lat_sum,
        lat_n = lat_n + excluded.lat_n, lon_sum = lon_sum + excluded.lon_sum, lon_n = lon_n + excluded.lon_n";
    conn.prepare_cached(&format!(
        "INSERT INTO roll_place(place_key, country, name, n, gsum, gn, lat_sum, lat_n, lon_sum, lon_n)
         VALUES (?1, ?2, ?3, 1, ?4, ?5, ?6, ?7, ?8, ?9) {UPDATE}"
    ))?
    .execute(params![p.key, p.country, p.name, g, gn, lat, lat_n, lon, lon_n])?;
    conn.prepare_cached(&format!(
        "INSERT INTO roll_place_day(day, place_key, country, name, n, gsum, gn, lat_sum, lat_n, lon_sum, lon_n)
         VALUES (?1, ?2, ?3, ?4, 1, ?5, ?6, ?7, ?8, ?9, ?10) {UPDATE}"
    ))?
    .execute(params![p.day, p.key, p.country, p.name, g, gn, lat, lat_n, lon, lon_n])?;
    Ok(())
}

struct PlaceFacts {
    day: i64,
    key: String,
    country: String,
    name: String,
    goldstein: Option<f64>,
    lat: Option<f64>,
    lon: Option<f64>,
}

/// Recomputes every derived table from `events` (maintenance, tests).
pub(crate) fn rebuild(conn: &Connection) -> Result<()> {
    for t in TABLES {
        conn.execute_batch(&format!("DELETE FROM {t};"))?;
    }
    conn.execute_batch(FILL_SQL)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers_match_sqlite() {
        let c = Connection::open_in_memory().unwrap();
        for d in [
            "2024-01-01",
            "1969-12-31",
            "0001-01-01",
            "2099-12-31",
            "2000-02-29",
        ] {
            let sql: i64 = c
                .query_row("SELECT CAST(julianday(?1) + 0.5 AS INTEGER)", [d], |r| {
                    r.get(0)
                })
                .unwrap();
            let n = day_number(crate::ingest::iso_day(d).unwrap());
            assert_eq!(n, sql, "{d}");
            assert_eq!(day_string(n).as_deref(), Some(d));
        }
        assert_eq!(
            day_number(NaiveDate::from_ymd_opt(2024, 1, 1).unwrap()),
            2_460_311
        );
    }
}
