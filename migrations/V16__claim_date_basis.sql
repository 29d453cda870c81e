-- tollcheck schema, version 16 (session 20): what a claim's stated day is to its incident
-- ('incident': the text states it as the incident's day, "killed on Tuesday", "Tuesday's
-- strike"; 'said': the day a figure was said or counted, "said on Tuesday", "rose to 7 on
-- Friday"; 'other': the day of another act). NULL for a day the text does not state (the
-- report's own), a sheet's day, a correction, or a claim stored before V16. No
-- linking rule reads it yet (session 20: one was tried and not kept, tests/data/README-devset.md).
ALTER TABLE claim ADD COLUMN date_basis TEXT
    CHECK (date_basis IS NULL OR date_basis IN ('incident','said','other'));
