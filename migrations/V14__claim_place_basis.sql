-- tollcheck schema, version 14: how each claim's place was found (`places::resolve`):
-- 'text' (named near the claim: its sentence, the sentences around it, the title or the
-- first sentences), 'report' (a fallback: the place the report is about) or 'dateline' (a
-- fallback: where the report was filed); NULL for a place a sheet gives, an analyst's
-- correction, or a claim stored before. Linking weighs a fallback place less than a scene
-- (docs/linking.md, "How the linker weighs a fallback place"). The view `claims` keeps
-- every column it had, in order; `place_basis` follows.
ALTER TABLE claim ADD COLUMN place_basis TEXT
    CHECK (place_basis IS NULL OR place_basis IN ('text','report','dateline'));

-- Linking reads it: an earlier claim's basis changed in place marks the last linking
-- (V10's trigger, with the new column).
DROP TRIGGER xref_mark_claim_update;
CREATE TRIGGER xref_mark_claim_update AFTER UPDATE OF document_id, seq, cited_document,
    outlet, published, claimant, claimant_id, via, victim_group, outcome, quantity, low, high,
    scope, period, as_of, event_label, place, place_norm, event_date, adversary, place_id,
    sentence, place_basis ON claim
WHEN old.claim_id <= (SELECT claims_up_to FROM xref_mark) AND (SELECT dirty FROM xref_mark) = 0
BEGIN UPDATE xref_mark SET dirty = 1; END;

DROP VIEW claims;
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
