-- tollcheck schema, version 5: each claim's event moves out of the claim row into a narrow
-- table of its own, `claim_event`. Linking assigns every claim an event after every ingest;
-- as a column of `claim` that rewrote each ~450-byte claim row a second time (and the
-- index of claims by event at random); as a row of its own it is a short append in claim id
-- order. The views keep their columns, in order: `claims.event_id` reads the new table.
--
-- SQLite cannot drop a column that a foreign key or an index uses, so `claim` is rebuilt
-- (https://sqlite.org/lang_altertable.html#otheralter): the views that read it are dropped,
-- a new table without event_id is filled from the old one, the old one dropped and the new
-- one renamed; then its indexes, triggers and the views are created again as they were.
-- Foreign keys must be off while this runs (dropping `claim` would otherwise delete its
-- rows and cascade into finding_claim): tollcheck switches them off around its migrations
-- and runs `PRAGMA foreign_key_check` after them.

-- Which event each claim was grouped into: one row per linked claim (a claim without an
-- event has none). The claim's id is the rowid: rows go in in claim id order. Deleting a
-- claim or an event deletes the assignment. (It takes the name of V1's index of claims by
-- event, which goes first.)
DROP INDEX claim_event;
CREATE TABLE claim_event (
    claim_id  INTEGER PRIMARY KEY REFERENCES claim(claim_id) ON DELETE CASCADE,
    event_id  INTEGER NOT NULL REFERENCES event(event_id) ON DELETE CASCADE
);
INSERT INTO claim_event(claim_id, event_id)
SELECT claim_id, event_id FROM claim WHERE event_id IS NOT NULL ORDER BY claim_id;
-- An event's claims, for the report (events in their order, each with its claims) and for
-- deleting an event with its assignments.
CREATE INDEX claim_event_event ON claim_event(event_id);

-- Every view that reads claim, and `findings` between them, to be created again in the same
-- order (V1, then V2's claims, corrections and finding_claims).
DROP VIEW claims;
DROP VIEW events;
DROP VIEW findings;
DROP VIEW documents;
DROP VIEW sources;
DROP VIEW corrections;
DROP VIEW finding_claims;

-- V1's claim without event_id, with V2's corrected.
CREATE TABLE claim_new (
    claim_id        INTEGER PRIMARY KEY,
    document_id     INTEGER NOT NULL REFERENCES document(document_id) ON DELETE CASCADE,
    seq             INTEGER NOT NULL,            -- order within the document
    cited_document  TEXT,                        -- sheets: the article the row was coded from
    outlet          TEXT,
    published       TEXT,
    claimant        TEXT,                        -- as written; NULL when the outlet speaks
    claimant_id     INTEGER REFERENCES source(source_id),
    via             TEXT,
    victims         TEXT NOT NULL DEFAULT '',    -- as written
    victim_group    TEXT NOT NULL DEFAULT '',    -- normalised through aliases
    outcome         TEXT NOT NULL CHECK (outcome IN
                      ('killed','wounded','missing','kidnapped','displaced','refugees','casualties')),
    quantity        TEXT NOT NULL,               -- as written
    qualifier       TEXT NOT NULL CHECK (qualifier IN
                      ('exact','at_least','more_than','at_most','less_than','about','range','vague')),
    low             INTEGER,                     -- NULL = unbounded
    high            INTEGER,
    scope           TEXT NOT NULL CHECK (scope IN ('incident','cumulative','increment')),
    period          TEXT,
    as_of           TEXT,                        -- date the figure stands for
    event_label     TEXT,                        -- the event as the source names it
    place           TEXT,                        -- as written
    place_norm      TEXT,                        -- canonical place
    event_date      TEXT,
    adversary       TEXT,
    sentence        TEXT,
    span_start      INTEGER,                     -- character offsets of the sentence in the text
    span_end        INTEGER,
    method          TEXT NOT NULL CHECK (method IN ('extracted','sheet','import')),
    notes           TEXT,                        -- JSON: columns tollcheck has no field for
    corrected       TEXT,                        -- JSON: the analyst's corrections applied
    UNIQUE (document_id, seq),
    CHECK (low IS NULL OR high IS NULL OR low <= high)
);
INSERT INTO claim_new(claim_id, document_id, seq, cited_document, outlet, published, claimant,
    claimant_id, via, victims, victim_group, outcome, quantity, qualifier, low, high, scope,
    period, as_of, event_label, place, place_norm, event_date, adversary, sentence, span_start,
    span_end, method, notes, corrected)
SELECT claim_id, document_id, seq, cited_document, outlet, published, claimant,
    claimant_id, via, victims, victim_group, outcome, quantity, qualifier, low, high, scope,
    period, as_of, event_label, place, place_norm, event_date, adversary, sentence, span_start,
    span_end, method, notes, corrected
FROM claim ORDER BY claim_id;
-- with it go its indexes (claim_link) and triggers (claim_fts_*, V2;
-- xref_stale_claim_update, V4); claim_fts keeps its rows: the claim ids are the same
DROP TABLE claim;
ALTER TABLE claim_new RENAME TO claim;

-- V1's index for linking (claim_event is the table now)
CREATE INDEX claim_link ON claim(place_norm, outcome, event_date);

-- V2's full-text triggers, as they were
CREATE TRIGGER claim_fts_insert AFTER INSERT ON claim BEGIN
    INSERT INTO claim_fts(rowid, sentence, victims, claimant, quantity)
    VALUES (new.claim_id, new.sentence, new.victims, new.claimant, new.quantity);
END;
CREATE TRIGGER claim_fts_delete AFTER DELETE ON claim BEGIN
    INSERT INTO claim_fts(claim_fts, rowid, sentence, victims, claimant, quantity)
    VALUES ('delete', old.claim_id, old.sentence, old.victims, old.claimant, old.quantity);
END;
CREATE TRIGGER claim_fts_update AFTER UPDATE OF sentence, victims, claimant, quantity ON claim
BEGIN
    INSERT INTO claim_fts(claim_fts, rowid, sentence, victims, claimant, quantity)
    VALUES ('delete', old.claim_id, old.sentence, old.victims, old.claimant, old.quantity);
    INSERT INTO claim_fts(rowid, sentence, victims, claimant, quantity)
    VALUES (new.claim_id, new.sentence, new.victims, new.claimant, new.quantity);
END;

-- V4's trigger, as it was
CREATE TRIGGER xref_stale_claim_update AFTER UPDATE OF document_id, seq, cited_document,
    outlet, published, claimant, claimant_id, via, victim_group, outcome, quantity, low, high,
    scope, period, as_of, event_label, place, place_norm, event_date, adversary ON claim
WHEN (SELECT stale FROM xref_state) = 0 BEGIN UPDATE xref_state SET stale = 1; END;

-- The views as V1 and V2 made them, in their order; claims and events read the claims'
-- events from claim_event.
CREATE VIEW events AS
SELECT e.event_id, e.label AS event, e.kind, e.place, e.date_start, e.date_end,
       COUNT(c.claim_id) AS claims,
       COUNT(DISTINCT c.document_id) AS documents,
       (SELECT COUNT(*) FROM finding f WHERE f.event_id = e.event_id) AS findings
FROM event e
LEFT JOIN claim_event ce ON ce.event_id = e.event_id
LEFT JOIN claim c ON c.claim_id = ce.claim_id
GROUP BY e.event_id;

CREATE VIEW findings AS
SELECT f.finding_id, f.kind, f.severity, f.event_id, f.outcome,
       (SELECT group_concat(claim_id, ';') FROM
          (SELECT fc.claim_id FROM finding_claim fc WHERE fc.finding_id = f.finding_id
           ORDER BY fc.claim_id)) AS claim_ids,
       f.reason, f.victim_group, e.label AS event
FROM finding f
LEFT JOIN event e ON e.event_id = f.event_id;

CREATE VIEW documents AS
SELECT d.document_id, d.name AS document, d.kind, d.title, d.outlet, d.published, d.url,
       d.language, d.source_path, d.content_hash, d.ingested_at,
       (SELECT COUNT(*) FROM claim c WHERE c.document_id = d.document_id) AS claims
FROM document d;

CREATE VIEW sources AS
SELECT s.source_id, s.name AS source, s.kind, s.side,
       (SELECT COUNT(*) FROM claim c WHERE c.claimant_id = s.source_id) AS claims
FROM source s;

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
       c.seq, c.corrected
FROM claim c
JOIN document d ON d.document_id = c.document_id
LEFT JOIN claim_event ce ON ce.claim_id = c.claim_id
LEFT JOIN event e ON e.event_id = ce.event_id;

CREATE VIEW corrections AS
SELECT k.correction_id, k.document AS input, k.seq,
       (SELECT c.claim_id FROM claim c JOIN document d ON d.document_id = c.document_id
        WHERE d.name = k.document
          AND json_extract(c.corrected, '$.' || k.field || '.id') = k.correction_id)
         AS claim_id,
       k.field, k.original, k.value AS corrected, k.source_path, k.source_line, k.made_at
FROM claim_correction k;

CREATE VIEW finding_claims AS
SELECT f.finding_id, f.kind, f.severity, e.label AS event, f.outcome,
       c.claim_id, c.claimant, COALESCE(c.outlet, d.outlet) AS outlet, c.via,
       c.quantity, c.low, c.high, c.sentence, f.reason
FROM finding f
JOIN finding_claim fc ON fc.finding_id = f.finding_id
JOIN claim c ON c.claim_id = fc.claim_id
JOIN document d ON d.document_id = c.document_id
LEFT JOIN event e ON e.event_id = f.event_id;
