-- tollcheck schema, version 1. Append-only: never edit an applied migration; add V2__… .
-- Stable names for users and tools are the views claims / events / findings / documents_v /
-- sources_v; the tables behind them may grow.

-- One input unit: an article file, a collection record, a claim sheet, a dataset row.
CREATE TABLE document (
    document_id   INTEGER PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE,          -- file name, or the record id in a collection
    kind          TEXT NOT NULL CHECK (kind IN ('article', 'sheet', 'dataset')),
    source_path   TEXT,                          -- where it was read from, as given
    title         TEXT,
    outlet        TEXT,
    published     TEXT,                          -- ISO date, possibly partial
    url           TEXT,
    language      TEXT,
    text          TEXT,                          -- article text; spans index into it
    content_hash  TEXT NOT NULL,                 -- sha256 of content and metadata
    ingested_at   TEXT NOT NULL
);

-- Claimants and outlets, canonical names; side = party to the fighting, if any.
CREATE TABLE source (
    source_id  INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    kind       TEXT NOT NULL DEFAULT 'source',
    side       TEXT
);

-- One row per (number, outcome, victim group) stated in a document.
CREATE TABLE claim (
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
    event_id        INTEGER REFERENCES event(event_id) ON DELETE SET NULL,
    UNIQUE (document_id, seq),
    CHECK (low IS NULL OR high IS NULL OR low <= high)
);
CREATE INDEX claim_event ON claim(event_id);
CREATE INDEX claim_link ON claim(place_norm, outcome, event_date);

-- Claims about one happening, across documents; cumulative tolls are one event per
-- population and period.
CREATE TABLE event (
    event_id    INTEGER PRIMARY KEY,
    event_key   TEXT NOT NULL UNIQUE,            -- stable key the linker derives
    label       TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('incident', 'cumulative')),
    place       TEXT,
    date_start  TEXT,
    date_end    TEXT
);

-- Analysts' corrections to the linker, kept across re-ingest.
CREATE TABLE event_correction (
    correction_id  INTEGER PRIMARY KEY,
    action         TEXT NOT NULL CHECK (action IN ('merge', 'split', 'rename')),
    event_key      TEXT NOT NULL,
    target         TEXT,                         -- merge: key merged into; rename: new label
    claim_ref      TEXT,                         -- split: document name and seq of the claim
    made_at        TEXT NOT NULL
);

CREATE TABLE finding (
    finding_id  INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL,
    severity    TEXT NOT NULL CHECK (severity IN ('info', 'low', 'medium', 'high')),
    event_id    INTEGER REFERENCES event(event_id) ON DELETE CASCADE,
    outcome     TEXT,
    victim_group TEXT,
    reason      TEXT NOT NULL
);
CREATE TABLE finding_claim (
    finding_id  INTEGER NOT NULL REFERENCES finding(finding_id) ON DELETE CASCADE,
    claim_id    INTEGER NOT NULL REFERENCES claim(claim_id) ON DELETE CASCADE,
    role        TEXT,
    PRIMARY KEY (finding_id, claim_id)
);

-- The user-editable tables from data/, as loaded at the last ingest or report.
CREATE TABLE alias (
    kind       TEXT NOT NULL,
    alias      TEXT NOT NULL,
    canonical  TEXT NOT NULL,
    PRIMARY KEY (kind, alias)
);
CREATE TABLE population (
    name    TEXT PRIMARY KEY,
    parent  TEXT,
    side    TEXT
);
CREATE TABLE vague_quantity (
    phrase  TEXT PRIMARY KEY,
    low     INTEGER,
    high    INTEGER
);

-- Stable views. Column names and order of `claims` are those of `export claims`.
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
       c.period, c.adversary, c.event_label, d.name AS input, c.notes
FROM claim c
JOIN document d ON d.document_id = c.document_id
LEFT JOIN event e ON e.event_id = c.event_id;

CREATE VIEW events AS
SELECT e.event_id, e.label AS event, e.kind, e.place, e.date_start, e.date_end,
       COUNT(c.claim_id) AS claims,
       COUNT(DISTINCT c.document_id) AS documents,
       (SELECT COUNT(*) FROM finding f WHERE f.event_id = e.event_id) AS findings
FROM event e
LEFT JOIN claim c ON c.event_id = e.event_id
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
