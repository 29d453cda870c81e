-- tollcheck schema, version 9: findings sort by severity, and claims are found by their
-- event's place. Append-only: earlier migrations are never edited; views keep every
-- column they had, in order, and only gain columns at the end.

-- findings gains severity_rank (info 0, low 1, medium 2, high 3) so that
-- `order by severity_rank desc` puts the most severe first (severity sorts alphabetically).
-- The view as V5 made it, with severity_rank at the end.
DROP VIEW IF EXISTS findings;
CREATE VIEW findings AS
SELECT f.finding_id, f.kind, f.severity, f.event_id, f.outcome,
       (SELECT group_concat(claim_id, ';') FROM
          (SELECT fc.claim_id FROM finding_claim fc WHERE fc.finding_id = f.finding_id
           ORDER BY fc.claim_id)) AS claim_ids,
       f.reason, f.victim_group, e.label AS event,
       CASE f.severity WHEN 'high' THEN 3 WHEN 'medium' THEN 2 WHEN 'low' THEN 1
            WHEN 'info' THEN 0 END AS severity_rank
FROM finding f
LEFT JOIN event e ON e.event_id = f.event_id;

-- Full-text index over events' labels and places (external content: the text lives in
-- `event`; the triggers keep the index in step). A claim whose sentence does not name its
-- place is found through its event:
--   select * from claims where claim_id in (select rowid from claim_fts where claim_fts match :q)
--      or event_id in (select rowid from event_fts where event_fts match :q)
-- Events are few beside claims: keeping this index costs linking little, where indexing
-- each claim's event place in claim_fts would re-index every claim a linking moves.
CREATE VIRTUAL TABLE event_fts USING fts5(
    label, place,
    content="event", content_rowid="event_id",
    tokenize="unicode61 remove_diacritics 2"
);
CREATE TRIGGER event_fts_insert AFTER INSERT ON event BEGIN
    INSERT INTO event_fts(rowid, label, place) VALUES (new.event_id, new.label, new.place);
END;
CREATE TRIGGER event_fts_delete AFTER DELETE ON event BEGIN
    INSERT INTO event_fts(event_fts, rowid, label, place)
    VALUES ('delete', old.event_id, old.label, old.place);
END;
CREATE TRIGGER event_fts_update AFTER UPDATE OF event_id, label, place ON event
WHEN old.event_id IS NOT new.event_id OR old.label IS NOT new.label
  OR old.place IS NOT new.place BEGIN
    INSERT INTO event_fts(event_fts, rowid, label, place)
    VALUES ('delete', old.event_id, old.label, old.place);
    INSERT INTO event_fts(rowid, label, place) VALUES (new.event_id, new.label, new.place);
END;
INSERT INTO event_fts(event_fts) VALUES ('rebuild');
