-- tollcheck schema, version 18 (session 24, regions24): the regions a summed claim covers.
-- A sentence that gives one figure over two first-level regions of one country or more
-- ("the storm killed 14 across Alder and Birch provinces": places rule regions_summed) has
-- its claim placed at their country (`claim.place_id`); this table keeps WHICH regions it
-- counts together, one row a region (its gazetteer id). The findings read it: the figure of
-- one of those regions (or of a place within one) is a part of the summed whole, never a
-- conflicting count of the same thing (docs/linking.md, "Session 24 (regions24)"). Written
-- with its claim, deleted with it; an analyst's correction of the claim's place drops its
-- rows.
CREATE TABLE claim_region (
    claim_id  INTEGER NOT NULL REFERENCES claim(claim_id) ON DELETE CASCADE,
    region_id TEXT NOT NULL,
    PRIMARY KEY (claim_id, region_id)
) WITHOUT ROWID;
