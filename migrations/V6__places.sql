-- tollcheck schema, version 6: where. Each claim and each event carries the place it was
-- resolved to in the gazetteer (GeoNames, or the user's data/places.csv): its id
-- ("geonames:170063", "user:khan touman"), its point (latitude, longitude: a city's own,
-- a region's or country's population-weighted point), its level (country, region,
-- district, city) and its country (ISO 3166 alpha-2). `place_norm` keeps the canonical
-- name: the user's alias when there is one, else the gazetteer's name.
-- The views `claims` and `events` keep every column they had, in order; the new ones
-- follow: latitude, longitude, place_level, place_id, country.

ALTER TABLE claim ADD COLUMN place_id TEXT;
ALTER TABLE claim ADD COLUMN latitude REAL;
ALTER TABLE claim ADD COLUMN longitude REAL;
ALTER TABLE claim ADD COLUMN place_level TEXT
    CHECK (place_level IS NULL OR place_level IN ('country','region','district','city'));
ALTER TABLE claim ADD COLUMN country TEXT;

ALTER TABLE event ADD COLUMN place_id TEXT;
ALTER TABLE event ADD COLUMN latitude REAL;
ALTER TABLE event ADD COLUMN longitude REAL;
ALTER TABLE event ADD COLUMN place_level TEXT
    CHECK (place_level IS NULL OR place_level IN ('country','region','district','city'));
ALTER TABLE event ADD COLUMN country TEXT;

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
       c.latitude, c.longitude, c.place_level, c.place_id, c.country
FROM claim c
JOIN document d ON d.document_id = c.document_id
LEFT JOIN claim_event ce ON ce.claim_id = c.claim_id
LEFT JOIN event e ON e.event_id = ce.event_id;

DROP VIEW events;
CREATE VIEW events AS
SELECT e.event_id, e.label AS event, e.kind, e.place, e.date_start, e.date_end,
       COUNT(c.claim_id) AS claims,
       COUNT(DISTINCT c.document_id) AS documents,
       (SELECT COUNT(*) FROM finding f WHERE f.event_id = e.event_id) AS findings,
       e.latitude, e.longitude, e.place_level, e.place_id, e.country
FROM event e
LEFT JOIN claim_event ce ON ce.event_id = e.event_id
LEFT JOIN claim c ON c.claim_id = ce.claim_id
GROUP BY e.event_id;
