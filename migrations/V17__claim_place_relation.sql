-- tollcheck schema, version 17 (session 20, places20): how a claim's scene relates to its
-- resolved place (docs/linking.md, "Near a town, and places the gazetteer lacks").
-- `place_relation` NULL: the place itself; 'near': told as a distance and/or a direction
-- from a town ("35 miles north of" it: `place_from` is the town's id, `place_km` the
-- distance, `place_bearing` the direction in degrees, 0 north, 90 east; `latitude` and
-- `longitude` are the town's point moved by both when both are given; `place_id` stays
-- the town, or its region farther than 30 km); 'unresolved': a scene-cued name the
-- gazetteer lacks ("the village of" it): `place` is the name as written, `place_id` the
-- country or region the text gives, if any. Linking reads them; the view `claims` keeps
-- every column it had, in order, and these follow.
DROP VIEW claims;
DROP TRIGGER xref_mark_claim_update;

ALTER TABLE claim ADD COLUMN place_relation TEXT
    CHECK (place_relation IS NULL OR place_relation IN ('near','unresolved'));
ALTER TABLE claim ADD COLUMN place_from TEXT;
ALTER TABLE claim ADD COLUMN place_km REAL;
ALTER TABLE claim ADD COLUMN place_bearing REAL;

CREATE TRIGGER xref_mark_claim_update AFTER UPDATE OF document_id, seq, cited_document,
    outlet, published, claimant, claimant_id, via, victim_group, outcome, quantity, low, high,
    scope, period, as_of, event_label, place, place_norm, event_date, adversary, place_id,
    sentence, place_basis, place_relation, place_from, place_km, place_bearing ON claim
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
       c.place_basis, c.place_relation, c.place_from, c.place_km, c.place_bearing
FROM claim c
JOIN document d ON d.document_id = c.document_id
LEFT JOIN claim_event ce ON ce.claim_id = c.claim_id
LEFT JOIN event e ON e.event_id = ce.event_id;
