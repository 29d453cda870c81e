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
