-- Fills the derived tables of schema version 2 from `events` (used by
-- migration 0002 and Store::rebuild_rollups). Must agree with the
-- incremental maintenance in src/rollup.rs.
INSERT OR IGNORE INTO actor_ids(code)
    SELECT src FROM events WHERE src <> ''
    UNION SELECT tgt FROM events WHERE tgt <> ''
    UNION SELECT src_country FROM events WHERE src_country IS NOT NULL AND src_country <> ''
    UNION SELECT tgt_country FROM events WHERE tgt_country IS NOT NULL AND tgt_country <> '';

CREATE TEMP TABLE fill_keys AS
    SELECT id AS event, COALESCE(CAST(julianday(date) + 0.5 AS INTEGER), 0) AS day,
           src AS code, 1 AS bit FROM events WHERE src <> ''
    UNION ALL SELECT id, COALESCE(CAST(julianday(date) + 0.5 AS INTEGER), 0), tgt, 2
           FROM events WHERE tgt <> ''
    UNION ALL SELECT id, COALESCE(CAST(julianday(date) + 0.5 AS INTEGER), 0), src_country, 4
           FROM events WHERE src_country IS NOT NULL AND src_country <> ''
    UNION ALL SELECT id, COALESCE(CAST(julianday(date) + 0.5 AS INTEGER), 0), tgt_country, 8
           FROM events WHERE tgt_country IS NOT NULL AND tgt_country <> '';

INSERT INTO event_actors(actor, day, event, roles)
    SELECT a.id, k.day, k.event, SUM(k.bit)
    FROM fill_keys k JOIN actor_ids a ON a.code = k.code
    GROUP BY a.id, k.day, k.event;
DROP TABLE temp.fill_keys;

INSERT INTO roll_day(day, quad, n, gsum, gn)
    SELECT COALESCE(CAST(julianday(date) + 0.5 AS INTEGER), 0), COALESCE(quad, 0),
           COUNT(*), COALESCE(SUM(goldstein), 0.0), COUNT(goldstein)
    FROM events GROUP BY 1, 2;

INSERT INTO roll_actor_day(actor, roles, day, quad, n, gsum, gn)
    SELECT ea.actor, ea.roles, ea.day, COALESCE(e.quad, 0),
           COUNT(*), COALESCE(SUM(e.goldstein), 0.0), COUNT(e.goldstein)
    FROM event_actors ea JOIN events e ON e.id = ea.event
    GROUP BY 1, 2, 3, 4;

INSERT INTO roll_dyad(src, src_country, tgt, tgt_country, n, gsum, gn)
    SELECT src, COALESCE(src_country, ''), tgt, COALESCE(tgt_country, ''),
           COUNT(*), COALESCE(SUM(goldstein), 0.0), COUNT(goldstein)
    FROM events WHERE src <> '' AND tgt <> '' GROUP BY 1, 2, 3, 4;

INSERT INTO roll_dyad_day(day, src, src_country, tgt, tgt_country, n, gsum, gn)
    SELECT COALESCE(CAST(julianday(date) + 0.5 AS INTEGER), 0), src, COALESCE(src_country, ''),
           tgt, COALESCE(tgt_country, ''), COUNT(*), COALESCE(SUM(goldstein), 0.0), COUNT(goldstein)
    FROM events WHERE src <> '' AND tgt <> '' GROUP BY 1, 2, 3, 4, 5;

INSERT INTO roll_place(place_key, country, name, n, gsum, gn, lat_sum, lat_n, lon_sum, lon_n)
    SELECT place_key, COALESCE(place_country, ''), MIN(COALESCE(place, '')), COUNT(*),
           COALESCE(SUM(goldstein), 0.0), COUNT(goldstein),
           COALESCE(SUM(lat), 0.0), COUNT(lat), COALESCE(SUM(lon), 0.0), COUNT(lon)
    FROM events WHERE place_key IS NOT NULL GROUP BY 1, 2;

INSERT INTO roll_place_day(day, place_key, country, name, n, gsum, gn, lat_sum, lat_n, lon_sum, lon_n)
    SELECT COALESCE(CAST(julianday(date) + 0.5 AS INTEGER), 0), place_key, COALESCE(place_country, ''),
           MIN(COALESCE(place, '')), COUNT(*),
           COALESCE(SUM(goldstein), 0.0), COUNT(goldstein),
           COALESCE(SUM(lat), 0.0), COUNT(lat), COALESCE(SUM(lon), 0.0), COUNT(lon)
    FROM events WHERE place_key IS NOT NULL GROUP BY 1, 2, 3;
