-- tollcheck schema, version 2: full-text search over claims (FTS5) for the sqlite3 shell
-- and Datasette, analysts' corrections to claim cells that survive re-ingest, and readable
-- views. Append-only: V1 is never edited; the V1 views keep their columns, in order, and
-- only gain columns at the end.

-- Full-text index over what a claim says. External content: the text lives in `claim`;
-- the triggers below keep the index in step. (content="claim" written exactly so, which
-- is how Datasette finds the index of a table.)
CREATE VIRTUAL TABLE claim_fts USING fts5(
    sentence, victims, claimant, quantity,
    content="claim", content_rowid="claim_id",
    tokenize="unicode61 remove_diacritics 2"
);
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
INSERT INTO claim_fts(claim_fts) VALUES ('rebuild');

-- An analyst's correction of one cell of one claim (from an edited `export claims` file).
-- Keyed by the input document's name and the claim's place in it (seq), which survive the
-- claim rows being deleted and written again when the document changes; orig_* is the
-- claim as read or extracted, so that a shifted claim is found again or left alone.
CREATE TABLE claim_correction (
    correction_id  INTEGER PRIMARY KEY,
    document       TEXT NOT NULL,                -- document.name of the claim's input
    seq            INTEGER NOT NULL,             -- claim.seq within that document
    field          TEXT NOT NULL CHECK (field IN
                     ('claimant','via','victims','outcome','quantity','scope','place','event_date')),
    value          TEXT,                         -- the corrected cell; NULL = emptied
    original       TEXT,                         -- the cell as read or extracted
    orig_quantity  TEXT NOT NULL,                -- the claim as read or extracted
    orig_outcome   TEXT NOT NULL,
    orig_sentence  TEXT,
    source_path    TEXT,                         -- the corrections file, as given
    source_line    INTEGER,                      -- its line
    made_at        TEXT NOT NULL,
    UNIQUE (document, seq, field)
);

-- JSON {field: {"from": original, "to": value, "id": correction_id}}: the corrections
-- applied to this claim (NULL: none).
ALTER TABLE claim ADD COLUMN corrected TEXT;

-- V1's claims view, with seq and corrected appended.
DROP VIEW claims;
CREATE VIEW claims AS
SELECT c.claim_id,
       COALESCE(c.cited_document, d.name)   AS document,
       COALESCE(c.outlet, d.outlet)         AS outlet,
       COALESCE(c.published, d.published)   AS published,
       c.claimant, c.via, c.victims, c.victim_group, c.outcome,
       c.quantity, c.qualifier, c.low, c.high, c.scope, c.as_of,
       c.event_id, e.label                  AS event,
       COALESCE(c.place_norm, c.place)      AS place,
       c.event_date, c.sentence, c.span_start, c.span_end, c.method,
       c.period, c.adversary, c.event_label, d.name AS input, c.notes,
       c.seq, c.corrected
FROM claim c
JOIN document d ON d.document_id = c.document_id
LEFT JOIN event e ON e.event_id = c.event_id;

-- Every correction, and the claim it is applied to now (NULL: the claim is gone or no
-- longer matches; the correction waits).
CREATE VIEW corrections AS
SELECT k.correction_id, k.document AS input, k.seq,
       (SELECT c.claim_id FROM claim c JOIN document d ON d.document_id = c.document_id
        WHERE d.name = k.document
          AND json_extract(c.corrected, '$.' || k.field || '.id') = k.correction_id)
         AS claim_id,
       k.field, k.original, k.value AS corrected, k.source_path, k.source_line, k.made_at
FROM claim_correction k;

-- One row per claim named by a finding: the finding beside the claim's words and source.
CREATE VIEW finding_claims AS
SELECT f.finding_id, f.kind, f.severity, e.label AS event, f.outcome,
       c.claim_id, c.claimant, COALESCE(c.outlet, d.outlet) AS outlet, c.via,
       c.quantity, c.low, c.high, c.sentence, f.reason
FROM finding f
JOIN finding_claim fc ON fc.finding_id = f.finding_id
JOIN claim c ON c.claim_id = fc.claim_id
JOIN document d ON d.document_id = c.document_id
LEFT JOIN event e ON e.event_id = f.event_id;
