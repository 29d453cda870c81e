-- tollcheck schema, version 7: why each claim is in its event. Linking writes, for every
-- claim it put in an incident by evidence (and every claim an analyst moved), the points of
-- the pair of reports that put it there and the reason in words: "b.txt, Aleppo,
-- 2016-05-06, car bomb (2 claims); linked to a.txt, ...: same day; same place; both car
-- bomb; names shared (0.41): ...". One reason is shared by the claims of one report's
-- account, so reasons have a table of their own. Both tables are written again by each
-- linking.
CREATE TABLE link_reason (
    reason_id INTEGER PRIMARY KEY,
    reason    TEXT NOT NULL
);
CREATE TABLE claim_evidence (
    claim_id  INTEGER PRIMARY KEY REFERENCES claim(claim_id) ON DELETE CASCADE,
    score     REAL NOT NULL,
    reason_id INTEGER NOT NULL REFERENCES link_reason(reason_id)
);

-- Every claim with its event and why it is there: the evidence linking recorded, else the
-- event's name in a claim sheet, else the running toll's key (place, population, period).
CREATE VIEW claim_links AS
SELECT c.claim_id,
       ce.event_id,
       e.label AS event,
       e.kind,
       d.name AS input,
       c.seq,
       cl.score,
       CASE
         WHEN r.reason IS NOT NULL THEN r.reason
         WHEN ce.event_id IS NULL THEN 'not linked yet'
         WHEN TRIM(COALESCE(c.event_label, '')) <> '' THEN
           'named event "' || c.event_label || '" as its claim sheet gives it'
         WHEN e.kind = 'cumulative' THEN
           'running toll of the same place, population and period: ' || e.label
         ELSE 'linked before reasons were kept (run report --relink)'
       END AS reason
FROM claim c
JOIN document d ON d.document_id = c.document_id
LEFT JOIN claim_event ce ON ce.claim_id = c.claim_id
LEFT JOIN event e ON e.event_id = ce.event_id
LEFT JOIN claim_evidence cl ON cl.claim_id = c.claim_id
LEFT JOIN link_reason r ON r.reason_id = cl.reason_id;
