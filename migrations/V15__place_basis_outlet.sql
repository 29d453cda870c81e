-- tollcheck schema, version 15: a claim's place may be its report's local outlet's home
-- city, the last fallback ('outlet': "WGN Chicago", `data/outlets.csv`; see
-- docs/linking.md, "The outlet's home city"). V14's column keeps its place and name; its
-- check is widened by replacing the column (SQLite cannot alter a check): the view and the
-- trigger that read it are made again as V14 made them.
DROP VIEW claims;
DROP TRIGGER xref_mark_claim_update;

ALTER TABLE claim RENAME COLUMN place_basis TO place_basis_v14;
ALTER TABLE claim ADD COLUMN place_basis TEXT
    CHECK (place_basis IS NULL OR place_basis IN ('text','report','dateline','outlet'));
UPDATE claim SET place_basis = place_basis_v14 WHERE place_basis_v14 IS NOT NULL;
ALTER TABLE claim DROP COLUMN place_basis_v14;

CREATE TRIGGER xref_mark_claim_update AFTER UPDATE OF document_id, seq, cited_document,
    outlet, published, claimant, claimant_id, via, victim_group, outcome, quantity, low, high,
    scope, period, as_of, event_label, place, place_norm, event_date, adversary, place_id,
    sentence, place_basis ON claim
WHEN old.claim_id <= (SELECT claims_up_to FROM xref_mark) AND (SELECT dirty FROM xref_mark) = 0
BEGIN UPDATE xref_mark SET dirty = 1; END;

CREATE VIEW claims AS
SELECT c.claim_id,
       COALESCE(c.cited_document, d.name)   AS document,
       COALESCE(c.outlet, d.outlet)         AS outlet,
       COALESCE(c.published, d.published)   AS published,
       c.claimant, c.via, c.victims, c.victim_group, c.outcome,
       c.quantity, c.qualifier, c.low, c.high, c.scope, c.as_of,
       ce.event_id, e.label                 AS event,
       COALESCE(c.place_norm, c.place)      AS place,
       c.event_date, c.sentence, c.span_start, c.span_end, c.method,
       c.period, c.adversary, c.event_label, d.name AS input, c.notes,
       c.seq, c.corrected,
       c.latitude, c.longitude, c.place_level, c.place_id, c.country,
       c.place_basis
FROM claim c
JOIN document d ON d.document_id = c.document_id
LEFT JOIN claim_event ce ON ce.claim_id = c.claim_id
LEFT JOIN event e ON e.event_id = ce.event_id;
