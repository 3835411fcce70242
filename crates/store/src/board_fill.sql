-- Fills the board tables of schema version 5 from `mentions` (migration
-- 0005 and Store::rebuild_rollups). Must agree with the incremental
-- maintenance in src/board.rs (`statement_added`).
INSERT INTO board_statements(issue, actor, mday, dday, doc, sentence, trig, mention, eday,
                             cameo, negated, modality)
    SELECT issue, actor, mday, dday, doc, sentence, trig, mention, eday, cameo, negated, modality
    FROM (
        SELECT m.issue AS issue,
               CASE WHEN m.src_country IS NOT NULL AND m.src_country <> '' THEN m.src_country
                    WHEN m.src <> '' THEN m.src
                    ELSE m.attribution_code END AS actor,
               COALESCE(CAST(julianday(substr(trim(m.date), 1, 10)) + 0.5 AS INTEGER), 0) AS mday,
               COALESCE(CAST(julianday(substr(trim(d.date), 1, 10)) + 0.5 AS INTEGER), 0) AS dday,
               m.doc AS doc, m.sentence AS sentence, m.trigger_start AS trig, m.id AS mention,
               COALESCE(CAST(julianday(substr(trim(e.date), 1, 10)) + 0.5 AS INTEGER), 0) AS eday,
               m.cameo AS cameo, m.negated AS negated, m.modality AS modality
        FROM mentions m JOIN events e ON e.id = m.event JOIN documents d ON d.id = m.doc
        WHERE m.issue IS NOT NULL
    )
    WHERE actor IS NOT NULL AND actor <> '';

INSERT INTO board_total(issue, actor, cameo, negated, modality, n)
    SELECT issue, actor, cameo, negated, COALESCE(modality, ''), COUNT(*)
    FROM board_statements GROUP BY 1, 2, 3, 4, 5;

INSERT INTO board_bucket(issue, actor, bucket, cameo, negated, modality, n)
    SELECT issue, actor, eday / 32, cameo, negated, COALESCE(modality, ''), COUNT(*)
    FROM board_statements GROUP BY 1, 2, 3, 4, 5, 6;

INSERT INTO board_evidence(mention, event, target, date, story_id, sentence)
    SELECT m.id, m.event,
           CASE WHEN m.tgt_country IS NOT NULL AND m.tgt_country <> '' THEN m.tgt_country
                ELSE m.tgt END,
           COALESCE(m.date, d.date), d.story_id,
           COALESCE(CAST(substr(CAST(d.text AS BLOB), s.start + 1, s.end - s.start) AS TEXT), '')
    FROM board_statements b JOIN mentions m ON m.id = b.mention
    JOIN documents d ON d.id = m.doc
    LEFT JOIN sentences s ON s.doc = m.doc AND s.idx = m.sentence
    ORDER BY m.id;
