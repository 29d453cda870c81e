-- tollcheck schema, version 13: where incremental linking looks for the stored claims new
-- ones could be paired with. Incident linking compares dated accounts only within a block
-- (their place's country) and within the window of days; each stored incident claim with a
-- day and a place has a row here: its block, its day (days from 1 January of year 1, as
-- chrono counts them, so that any year compares right) and its id. An ingest reads only the
-- rows of its new claims' blocks within the window of their days, not every event of those
-- days. Written by every linking (a full one writes them all again); read by nothing else.
CREATE TABLE claim_block (
    block    TEXT NOT NULL,
    day      INTEGER NOT NULL,
    claim_id INTEGER NOT NULL,
    PRIMARY KEY (block, day, claim_id)
) WITHOUT ROWID;

-- A database linked before has no rows yet: its next ingest links every claim (and writes
-- them).
UPDATE xref_mark SET dirty = 1;

-- The counts the last linking left (`store::xref::Counts`, as numbers separated by spaces):
-- an ingest that only adds claims after a clean mark takes them from here instead of
-- counting every claim and claim→event pair again. A claim deleted behind tollcheck's back
-- (another program) marks the mark (dirty = 2: "claims deleted"); changes other programs
-- make to events and findings are seen by the next report, which counts.
ALTER TABLE xref_mark ADD COLUMN counts TEXT;
CREATE TRIGGER xref_mark_claim_delete AFTER DELETE ON claim
WHEN old.claim_id <= (SELECT claims_up_to FROM xref_mark) AND (SELECT dirty FROM xref_mark) = 0
BEGIN UPDATE xref_mark SET dirty = 2; END;
