-- tollcheck schema, version 10: incremental linking. After an ingest, only the claims added
-- since the last linking and the events they can touch are linked again, when nothing else
-- linking reads changed since. `xref_mark` says what the last linking covered: the highest
-- claim id it linked, and a digest (`base`) of what else it read (the linker's build, the
-- data tables, the settings, how many of those claims still have an event, the events and
-- findings it wrote). Triggers set `dirty` when what the last linking read changes in place:
-- an earlier claim's linked columns, an earlier document, a source, an analyst's correction
-- to events. Anything else (a claim or document deleted) shows in `base`. Nothing here is
-- read by the views.
CREATE TABLE xref_mark (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    claims_up_to    INTEGER NOT NULL DEFAULT 0,
    documents_up_to INTEGER NOT NULL DEFAULT 0,
    base            TEXT,
    dirty           INTEGER NOT NULL DEFAULT 1
);
INSERT INTO xref_mark(id) VALUES (1);

CREATE TRIGGER xref_mark_claim_update AFTER UPDATE OF document_id, seq, cited_document,
    outlet, published, claimant, claimant_id, via, victim_group, outcome, quantity, low, high,
    scope, period, as_of, event_label, place, place_norm, event_date, adversary, place_id,
    sentence ON claim
WHEN old.claim_id <= (SELECT claims_up_to FROM xref_mark) AND (SELECT dirty FROM xref_mark) = 0
BEGIN UPDATE xref_mark SET dirty = 1; END;
CREATE TRIGGER xref_mark_document_update AFTER UPDATE ON document
WHEN old.document_id <= (SELECT documents_up_to FROM xref_mark)
  AND (SELECT dirty FROM xref_mark) = 0
BEGIN UPDATE xref_mark SET dirty = 1; END;
CREATE TRIGGER xref_mark_document_delete AFTER DELETE ON document
WHEN (SELECT dirty FROM xref_mark) = 0 BEGIN UPDATE xref_mark SET dirty = 1; END;
CREATE TRIGGER xref_mark_source_update AFTER UPDATE ON source
WHEN (SELECT dirty FROM xref_mark) = 0 BEGIN UPDATE xref_mark SET dirty = 1; END;
CREATE TRIGGER xref_mark_source_delete AFTER DELETE ON source
WHEN (SELECT dirty FROM xref_mark) = 0 BEGIN UPDATE xref_mark SET dirty = 1; END;
CREATE TRIGGER xref_mark_event_correction_insert AFTER INSERT ON event_correction
WHEN (SELECT dirty FROM xref_mark) = 0 BEGIN UPDATE xref_mark SET dirty = 1; END;
CREATE TRIGGER xref_mark_event_correction_update AFTER UPDATE ON event_correction
WHEN (SELECT dirty FROM xref_mark) = 0 BEGIN UPDATE xref_mark SET dirty = 1; END;
CREATE TRIGGER xref_mark_event_correction_delete AFTER DELETE ON event_correction
WHEN (SELECT dirty FROM xref_mark) = 0 BEGIN UPDATE xref_mark SET dirty = 1; END;

-- The claims of one report across inputs (a sheet row cites the article it was coded from):
-- the new claims' reports are linked with every claim of them.
CREATE INDEX claim_cited ON claim(cited_document) WHERE cited_document IS NOT NULL;
-- The claims a link reason is still given to: reasons of events linked again are deleted
-- when no claim has them any more.
CREATE INDEX claim_evidence_reason ON claim_evidence(reason_id);
