-- What the events and findings were last computed from, so that a report over an unchanged
-- database shows them without linking every claim again. Triggers mark the state stale on
-- any change of what linking reads (claims, documents, sources, corrections to events,
-- document terms) or of what it wrote (events, findings), whichever program makes it.
-- Inserted claims and terms are caught by the fingerprint instead (their count and highest
-- id), which costs a bulk ingest nothing per row.
CREATE TABLE xref_state (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    stale        INTEGER NOT NULL DEFAULT 1,
    fingerprint  TEXT
);
INSERT INTO xref_state(id, stale) VALUES (1, 1);

CREATE TRIGGER xref_stale_claim_update AFTER UPDATE ON claim
WHEN (SELECT stale FROM xref_state) = 0 BEGIN UPDATE xref_state SET stale = 1; END;
CREATE TRIGGER xref_stale_claim_delete AFTER DELETE ON claim
WHEN (SELECT stale FROM xref_state) = 0 BEGIN UPDATE xref_state SET stale = 1; END;
CREATE TRIGGER xref_stale_document_insert AFTER INSERT ON document
WHEN (SELECT stale FROM xref_state) = 0 BEGIN UPDATE xref_state SET stale = 1; END;
CREATE TRIGGER xref_stale_document_update AFTER UPDATE ON document
WHEN (SELECT stale FROM xref_state) = 0 BEGIN UPDATE xref_state SET stale = 1; END;
CREATE TRIGGER xref_stale_document_delete AFTER DELETE ON document
WHEN (SELECT stale FROM xref_state) = 0 BEGIN UPDATE xref_state SET stale = 1; END;
CREATE TRIGGER xref_stale_source_insert AFTER INSERT ON source
WHEN (SELECT stale FROM xref_state) = 0 BEGIN UPDATE xref_state SET stale = 1; END;
CREATE TRIGGER xref_stale_source_update AFTER UPDATE ON source
WHEN (SELECT stale FROM xref_state) = 0 BEGIN UPDATE xref_state SET stale = 1; END;
CREATE TRIGGER xref_stale_source_delete AFTER DELETE ON source
WHEN (SELECT stale FROM xref_state) = 0 BEGIN UPDATE xref_state SET stale = 1; END;
CREATE TRIGGER xref_stale_event_correction_insert AFTER INSERT ON event_correction
WHEN (SELECT stale FROM xref_state) = 0 BEGIN UPDATE xref_state SET stale = 1; END;
CREATE TRIGGER xref_stale_event_correction_update AFTER UPDATE ON event_correction
WHEN (SELECT stale FROM xref_state) = 0 BEGIN UPDATE xref_state SET stale = 1; END;
CREATE TRIGGER xref_stale_event_correction_delete AFTER DELETE ON event_correction
WHEN (SELECT stale FROM xref_state) = 0 BEGIN UPDATE xref_state SET stale = 1; END;
CREATE TRIGGER xref_stale_document_term_update AFTER UPDATE ON document_term
WHEN (SELECT stale FROM xref_state) = 0 BEGIN UPDATE xref_state SET stale = 1; END;
CREATE TRIGGER xref_stale_document_term_delete AFTER DELETE ON document_term
WHEN (SELECT stale FROM xref_state) = 0 BEGIN UPDATE xref_state SET stale = 1; END;
CREATE TRIGGER xref_stale_event_insert AFTER INSERT ON event
WHEN (SELECT stale FROM xref_state) = 0 BEGIN UPDATE xref_state SET stale = 1; END;
CREATE TRIGGER xref_stale_event_update AFTER UPDATE ON event
WHEN (SELECT stale FROM xref_state) = 0 BEGIN UPDATE xref_state SET stale = 1; END;
CREATE TRIGGER xref_stale_event_delete AFTER DELETE ON event
WHEN (SELECT stale FROM xref_state) = 0 BEGIN UPDATE xref_state SET stale = 1; END;
CREATE TRIGGER xref_stale_finding_insert AFTER INSERT ON finding
WHEN (SELECT stale FROM xref_state) = 0 BEGIN UPDATE xref_state SET stale = 1; END;
CREATE TRIGGER xref_stale_finding_update AFTER UPDATE ON finding
WHEN (SELECT stale FROM xref_state) = 0 BEGIN UPDATE xref_state SET stale = 1; END;
CREATE TRIGGER xref_stale_finding_delete AFTER DELETE ON finding
WHEN (SELECT stale FROM xref_state) = 0 BEGIN UPDATE xref_state SET stale = 1; END;
CREATE TRIGGER xref_stale_finding_claim_insert AFTER INSERT ON finding_claim
WHEN (SELECT stale FROM xref_state) = 0 BEGIN UPDATE xref_state SET stale = 1; END;
CREATE TRIGGER xref_stale_finding_claim_update AFTER UPDATE ON finding_claim
WHEN (SELECT stale FROM xref_state) = 0 BEGIN UPDATE xref_state SET stale = 1; END;
CREATE TRIGGER xref_stale_finding_claim_delete AFTER DELETE ON finding_claim
WHEN (SELECT stale FROM xref_state) = 0 BEGIN UPDATE xref_state SET stale = 1; END;

-- An event's findings, for the report and for deleting an event with its findings.
CREATE INDEX finding_event ON finding(event_id);
