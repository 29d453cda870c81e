-- What the events and findings were last computed from, so that a report over an unchanged
-- database shows them without linking every claim again. Triggers mark the state stale when
-- what linking reads changes, whichever program changes it: a claim's linked columns, a
-- document, a source, a correction to events. They fire per row, so none watches what bulk
-- writes touch by the million (claims inserted or deleted, a claim's event_id, events and
-- findings): those are caught by the fingerprint (counts and highest ids) and by tollcheck's
-- own writers, which replace a document's row with its claims (`sql --write` marks the state
-- stale itself).
CREATE TABLE xref_state (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    stale        INTEGER NOT NULL DEFAULT 1,
    fingerprint  TEXT
);
INSERT INTO xref_state(id, stale) VALUES (1, 1);

CREATE TRIGGER xref_stale_claim_update AFTER UPDATE OF document_id, seq, cited_document,
    outlet, published, claimant, claimant_id, via, victim_group, outcome, quantity, low, high,
    scope, period, as_of, event_label, place, place_norm, event_date, adversary ON claim
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

-- An event's findings, for the report and for deleting an event with its findings.
CREATE INDEX finding_event ON finding(event_id);
