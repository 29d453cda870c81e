//! What each view, table and column of the database means, in one table: the source of
//! `tollcheck schema`'s comments and of `tollcheck datasette-metadata`. A test checks it
//! against the migrated schema, so a new column without a description fails.

use serde_json::{json, Map, Value};

pub const TITLE: &str = "tollcheck: casualty claims, cross-referenced";
pub const DESCRIPTION: &str = "Every casualty claim its own row, traced to its document and \
sentence, with who said it and through whom; claims grouped into events; findings where \
claims contradict each other.";
pub const LICENSE_NOTE: &str = "The database holds claims quoted from the documents ingested; \
their rights stay with their publishers. tollcheck itself is MIT-licensed.";

/// A column and what it holds; `unit` is what its numbers count.
#[derive(Debug, Clone, Copy)]
pub struct Column {
    pub name: &'static str,
    pub description: &'static str,
    pub unit: Option<&'static str>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A stable view: its columns and their order do not change; new ones are appended.
    View,
    /// A table behind the views: may grow.
    Table,
}

#[derive(Debug, Clone, Copy)]
pub struct Relation {
    pub name: &'static str,
    pub kind: Kind,
    pub description: &'static str,
    pub columns: &'static [Column],
}

const fn c(name: &'static str, description: &'static str) -> Column {
    Column {
        name,
        description,
        unit: None,
    }
}
const fn people(name: &'static str, description: &'static str) -> Column {
    Column {
        name,
        description,
        unit: Some("people"),
    }
}
const fn chars(name: &'static str, description: &'static str) -> Column {
    Column {
        name,
        description,
        unit: Some("characters"),
    }
}

/// The "unit" of date columns.
pub const DATE: &str = "ISO 8601 date: YYYY-MM-DD, or YYYY-MM / YYYY when only that is known";
const fn date(name: &'static str, description: &'static str) -> Column {
    Column {
        name,
        description,
        unit: Some(DATE),
    }
}

const CLAIM_COLUMNS: &[Column] = &[
    c("claim_id", "The claim's id (changes when its document is ingested again with new content)"),
    c("document", "The document the claim is from: the file name, the record id in a collection, or for a claim sheet the document the row was coded from"),
    c("outlet", "The outlet that published the document"),
    date("published", "Publication date of the document"),
    c("claimant", "Who made the claim, as written; empty when the outlet speaks for itself"),
    c("via", "Through whom the claim reached the document: \"told state television\", \"Fars news agency quoted\""),
    c("victims", "The victim group as written"),
    c("victim_group", "The victim group normalised through the aliases (data/aliases.csv)"),
    c("outcome", "killed, wounded, missing, kidnapped, displaced, refugees or casualties (killed and wounded as one number)"),
    c("quantity", "The number as written: \"as many as 13\", \"more than 270,000\""),
    c("qualifier", "How the words bound the number: exact, at_least, more_than, at_most, less_than, about, range, vague"),
    people("low", "Lowest number of people the quantity allows; empty = unbounded"),
    people("high", "Highest number of people the quantity allows; empty = unbounded"),
    c("scope", "incident (one happening), cumulative (a running toll as of a date) or increment (\"four more\")"),
    date("as_of", "The date the figure stands for (event date, else publication date)"),
    c("event_id", "The event the claim was grouped into (events.event_id)"),
    c("event", "The event's label"),
    c("place", "Where, canonical through the aliases when known"),
    date(
        "event_date",
        "When it happened, when stated (a day, a month, a year, or a span of days YYYY-MM-DD/YYYY-MM-DD for \"last week\")",
    ),
    c("sentence", "The sentence the claim was read from (a sheet's quote)"),
    chars("span_start", "Offset of the sentence's first character in the document text"),
    chars("span_end", "Offset just past the sentence's last character in the document text"),
    c("method", "How the claim was obtained: extracted (from article text), sheet (hand-coded), import (a dataset)"),
    c("period", "The period a cumulative toll covers: \"since 2011\""),
    c("adversary", "The enemy or perpetrator named"),
    c("event_label", "The event as the source names it (a sheet's event column)"),
    c("input", "The input document the claim row belongs to (documents.document)"),
    c("notes", "JSON: a sheet's columns that tollcheck has no field for"),
    c("seq", "The claim's place in its input document; with input, the key corrections are stored by"),
    c("corrected", "JSON {field: {from, to, id}}: the analyst's corrections applied to this claim; empty when none"),
    c("latitude", "Latitude of the claim's place in decimal degrees (WGS84): a city's own point; a region's, district's or country's population-weighted point"),
    c("longitude", "Longitude of the claim's place in decimal degrees (WGS84)"),
    c("place_level", "How large the place is: country, region (province, state, governorate), district (county) or city (town, village)"),
    c("place_id", "The place in the gazetteer: geonames:<id> (GeoNames), or user:<name> for a place of data/places.csv"),
    c("country", "The place's country, ISO 3166 alpha-2 (SY)"),
    c("place_basis", "How the place was found: text (named near the claim), report (a fallback: the place the report is about), dateline (a fallback: where it was filed) or outlet (the last fallback: the home city of the report's local outlet, data/outlets.csv); empty for a sheet's place, a correction or a claim stored before V14. Linking counts a fallback place that agrees as no more than the same country"),
    c("place_relation", "How the scene relates to place_id (V17): empty for the place itself; near (told as a distance and/or a direction from the town in place_from: \"35 miles north of\" it; never linked as the town itself); unresolved (a scene-cued name the gazetteer lacks, kept by name in place; place_id the country or region the text gives)"),
    c("place_from", "For a near scene: the gazetteer id of the town it is told from"),
    c("place_km", "For a near scene: the distance from place_from in km, when written"),
    c("place_bearing", "For a near scene: the direction from place_from in degrees (0 north, 90 east), when written; with place_km, latitude and longitude are the town's point moved by both"),
];

/// Every view and table users meet, in the order `schema` prints them.
pub const SCHEMA: &[Relation] = &[
    Relation {
        name: "claims",
        kind: Kind::View,
        description: "One row per claim: a number, an outcome and a victim group stated in a document, with who said it, the event it belongs to and its provenance. Columns are those of `tollcheck export claims`.",
        columns: CLAIM_COLUMNS,
    },
    Relation {
        name: "events",
        kind: Kind::View,
        description: "One row per event: claims about one happening across documents; cumulative tolls are one event per population and period.",
        columns: &[
            c("event_id", "The event's id"),
            c("event", "The event's label"),
            c("kind", "incident or cumulative"),
            c("place", "Where"),
            date("date_start", "First date of its claims"),
            date("date_end", "Last date of its claims"),
            c("claims", "Number of claims in the event"),
            c("documents", "Number of documents its claims come from"),
            c("findings", "Number of findings about the event"),
            c("latitude", "Latitude of the event's place (decimal degrees, WGS84): the most specific place its claims agree on"),
            c("longitude", "Longitude of the event's place (decimal degrees, WGS84)"),
            c("place_level", "country, region, district or city"),
            c("place_id", "The event's place in the gazetteer: geonames:<id> or user:<name>"),
            c("country", "The event's country, ISO 3166 alpha-2"),
        ],
    },
    Relation {
        name: "findings",
        kind: Kind::View,
        description: "One row per finding: where claims contradict each other (numeric_conflict, toll_decrease, subgroup_exceeds, ...) or agree, and why, in one sentence.",
        columns: &[
            c("finding_id", "The finding's id"),
            c("kind", "numeric_conflict, toll_decrease, subgroup_exceeds, adversary_mismatch, divergence, corroboration or partisan"),
            c("severity", "info, low, medium or high"),
            c("event_id", "The event it is about"),
            c("outcome", "The outcome compared"),
            c("claim_ids", "The claims involved (claims.claim_id), separated by ;"),
            c("reason", "Why, in one sentence"),
            c("victim_group", "The victim group compared"),
            c("event", "The event's label"),
            c("severity_rank", "The severity as a number to sort by: info 0, low 1, medium 2, high 3"),
        ],
    },
    Relation {
        name: "documents",
        kind: Kind::View,
        description: "One row per input document: an article, a collection record, a claim sheet or a dataset row.",
        columns: &[
            c("document_id", "The document's id"),
            c("document", "Its name: the file name, or the record id in a collection"),
            c("kind", "article, sheet or dataset"),
            c("title", "Title"),
            c("outlet", "Outlet"),
            date("published", "Publication date"),
            c("url", "Where it was published"),
            c("language", "Language, when given"),
            c("source_path", "The path it was read from, as given"),
            c("content_hash", "sha256 of its content and metadata: the same hash again is not re-read"),
            c("ingested_at", "When it was last written (UTC, ISO 8601)"),
            c("claims", "Number of claims read from it"),
        ],
    },
    Relation {
        name: "sources",
        kind: Kind::View,
        description: "One row per claimant or outlet, with its side in the fighting when known (data/sources.csv).",
        columns: &[
            c("source_id", "The source's id"),
            c("source", "Canonical name"),
            c("kind", "What it is (source, outlet, government, ...)"),
            c("side", "The party to the fighting it belongs to, if any"),
            c("claims", "Number of claims it made"),
        ],
    },
    Relation {
        name: "corrections",
        kind: Kind::View,
        description: "One row per analyst's correction (from an edited `export claims` file re-ingested), and the claim it applies to now.",
        columns: &[
            c("correction_id", "The correction's id"),
            c("input", "The input document of the corrected claim"),
            c("seq", "The claim's place in that document"),
            c("claim_id", "The claim it is applied to now; empty while no claim matches (the correction waits)"),
            c("field", "The cell corrected: claimant, via, victims, outcome, quantity, scope, place or event_date"),
            c("original", "The value as read or extracted"),
            c("corrected", "The analyst's value"),
            c("source_path", "The corrections file it came from"),
            c("source_line", "Its line in that file"),
            c("made_at", "When it was recorded (UTC, ISO 8601)"),
        ],
    },
    Relation {
        name: "finding_claims",
        kind: Kind::View,
        description: "One row per claim named by a finding: the finding beside each claim's words and source.",
        columns: &[
            c("finding_id", "The finding's id"),
            c("kind", "The finding's kind"),
            c("severity", "info, low, medium or high"),
            c("event", "The event's label"),
            c("outcome", "The outcome compared"),
            c("claim_id", "The claim's id"),
            c("claimant", "Who made the claim"),
            c("outlet", "The outlet"),
            c("via", "Through whom"),
            c("quantity", "The number as written"),
            people("low", "Lowest number of people the quantity allows; empty = unbounded"),
            people("high", "Highest number of people the quantity allows; empty = unbounded"),
            c("sentence", "The sentence the claim was read from"),
            c("reason", "Why, in one sentence"),
        ],
    },
    Relation {
        name: "claim",
        kind: Kind::Table,
        description: "The claims as stored (the claims view reads them with their document and event). Deleted and written again when their document changes.",
        columns: &[],
    },
    Relation {
        name: "claim_links",
        kind: Kind::View,
        description: "Every claim with its event and why it is there: the evidence linking recorded (see docs/linking.md), else the event's name in a claim sheet, else the running toll's series.",
        columns: &[
            c("claim_id", "The claim"),
            c("event_id", "Its event"),
            c("event", "The event's label"),
            c("kind", "incident or cumulative"),
            c("input", "Input document name"),
            c("seq", "Order of the claim within its input document"),
            c("score", "Points of the pair of reports that linked it (empty for named events and running tolls)"),
            c("reason", "Why, in words"),
        ],
    },
    Relation {
        name: "claim_event",
        kind: Kind::Table,
        description: "Which event each claim was grouped into, as linked at the last ingest or report: one row per linked claim (the claims view reads it as event_id). Deleted with its claim or its event.",
        columns: &[
            c("claim_id", "The claim (claim.claim_id)"),
            c("event_id", "Its event (event.event_id)"),
        ],
    },
    Relation {
        name: "claim_evidence",
        kind: Kind::Table,
        description: "Why a claim is in its incident (migration V7): the points of the pair of reports that put it there and its reason, for every claim linked by evidence or moved by an analyst. Written again by each linking; the claim_links view reads it.",
        columns: &[
            c("claim_id", "The claim (claim.claim_id)"),
            c("score", "Points of the evidence between its report and the one that put it in the incident (0 when alone or moved by an analyst)"),
            c("reason_id", "Its reason (link_reason.reason_id)"),
        ],
    },
    Relation {
        name: "claim_region",
        kind: Kind::Table,
        description: "Regions counted together by one claim (migration V18, session 24): when a sentence sums a toll over several provinces of a country (\"14 across Alder and Birch provinces\"), its claim sits at the country and these rows name the provinces. Findings then treat a smaller toll of one such province as a part. Removed with the claim, or when an analyst corrects its place.",
        columns: &[
            c("claim_id", "The summed claim (claim.claim_id)"),
            c("region_id", "A region it covers, by gazetteer id (as claim.place_id)"),
        ],
    },
    Relation {
        name: "link_reason",
        kind: Kind::Table,
        description: "The reasons of claim_evidence, one per report's account (migration V7).",
        columns: &[
            c("reason_id", "Its number"),
            c("reason", "The evidence in words: the account, the account it was linked to, and what they share"),
        ],
    },
    Relation {
        name: "claim_fts",
        kind: Kind::Table,
        description: "Full-text index (FTS5) over claim sentence, victims, claimant and quantity; rowid = claim_id. Search: SELECT * FROM claims WHERE claim_id IN (SELECT rowid FROM claim_fts WHERE claim_fts MATCH 'touman').",
        columns: &[],
    },
    Relation {
        name: "event_fts",
        kind: Kind::Table,
        description: "Full-text index (FTS5) over event label and place; rowid = event_id. A claim by its event's place too: SELECT * FROM claims WHERE claim_id IN (SELECT rowid FROM claim_fts WHERE claim_fts MATCH 'touman') OR event_id IN (SELECT rowid FROM event_fts WHERE event_fts MATCH 'touman').",
        columns: &[],
    },
    Relation {
        name: "claim_correction",
        kind: Kind::Table,
        description: "Analysts' corrections, by input document name and seq, kept across re-ingest (the corrections view reads them).",
        columns: &[],
    },
    Relation {
        name: "document",
        kind: Kind::Table,
        description: "Input documents, with the article text that spans index into.",
        columns: &[],
    },
    Relation {
        name: "event",
        kind: Kind::Table,
        description: "Events as linked at the last ingest or report.",
        columns: &[],
    },
    Relation {
        name: "event_correction",
        kind: Kind::Table,
        description: "Analysts' corrections to the event linker (merge, split, rename).",
        columns: &[],
    },
    Relation {
        name: "finding",
        kind: Kind::Table,
        description: "Findings as computed at the last ingest or report.",
        columns: &[],
    },
    Relation {
        name: "finding_claim",
        kind: Kind::Table,
        description: "Which claims each finding names.",
        columns: &[],
    },
    Relation {
        name: "source",
        kind: Kind::Table,
        description: "Claimants and outlets, canonical names.",
        columns: &[],
    },
    Relation {
        name: "alias",
        kind: Kind::Table,
        description: "Place, group and source aliases, as loaded from aliases.csv.",
        columns: &[],
    },
    Relation {
        name: "document_term",
        kind: Kind::Table,
        description: "Each article's signature: the proper nouns it repeats, used to link claims that carry no place or date to other reports of the same event.",
        columns: &[
            c("document_id", "The document"),
            c("term", "A proper noun, lower case"),
            c("count", "How often the document names it"),
        ],
    },
    Relation {
        name: "xref_state",
        kind: Kind::Table,
        description: "What the events and findings were last computed from: a report over an unchanged database shows them without linking again (report --relink forces it).",
        columns: &[
            c("id", "Always 1: the table has one row"),
            c("stale", "1 when claims, documents, sources or corrections to events changed since the last linking (set by triggers, whichever program changes them, and by sql --write)"),
            c("fingerprint", "Counts and highest ids of claims, terms, events and findings, the count and a digest of the claims' events, the data tables, settings and linker of the last linking"),
        ],
    },
    Relation {
        name: "xref_mark",
        kind: Kind::Table,
        description: "What the last linking covered, so that an ingest links only the claims added since and the events they could join (ingest --explain says which it did).",
        columns: &[
            c("id", "Always 1: the table has one row"),
            c("claims_up_to", "The highest claim id the last linking linked: the claims after it are new"),
            c("documents_up_to", "The highest document id when the last linking ran"),
            c("base", "The linker, data tables, settings, claims in events, events, findings and analysts' corrections of the last linking: when any differs, everything is linked again"),
            c("dirty", "1 when an earlier claim, an earlier document, a source or a correction to events changed since the last linking (set by triggers and by sql --write), 2 when an earlier claim was deleted (migration V13): everything is linked again"),
            c("counts", "The claims, terms, events, findings and claims in events the last linking left, as numbers (migration V13): an ingest that only adds claims starts from them instead of counting every claim again"),
        ],
    },
    Relation {
        name: "claim_block",
        kind: Kind::Table,
        description: "Each incident claim with a day and a place, by the block incident linking compares it in (its place's country) and its day (migration V13): an ingest finds the stored claims its new claims could be paired with here. Written again by each full linking; an incremental one adds the rows of the claims it read.",
        columns: &[
            c("block", "The block: \"country\" and the country code (\"country SY\"), else the place's root in data/places.csv, folded"),
            c("day", "Its day, as days since 1 January of year 1"),
            c("claim_id", "The claim (claim.claim_id)"),
        ],
    },
    Relation {
        name: "population",
        kind: Kind::Table,
        description: "The population hierarchy (advisers within Iranian forces within combatants ...), from groups.csv.",
        columns: &[],
    },
    Relation {
        name: "vague_quantity",
        kind: Kind::Table,
        description: "Vague words and the intervals they stand for, from vague.csv.",
        columns: &[
            c("phrase", "The words: several, dozens, hundreds, ..."),
            people("low", "Lowest number of people the words allow"),
            people("high", "Highest number of people the words allow"),
        ],
    },
];

/// What `name` is, if described.
pub fn relation(name: &str) -> Option<&'static Relation> {
    SCHEMA.iter().find(|r| r.name == name)
}

/// A column's description with its unit, for places that have no field for units.
pub fn column_text(col: &Column) -> String {
    match col.unit {
        Some(u) => format!("{} ({u})", col.description),
        None => col.description.to_string(),
    }
}

/// Datasette metadata (metadata.json) for a database that Datasette names `database`
/// (the file name without .db): title, description, license note, each view's and
/// table's description, column descriptions with their units, and full-text search on
/// `claims`. Units go into the descriptions, not Datasette's `units`: those are Pint
/// units, which show 270001 people as "270.001 kpeople".
pub fn datasette_metadata(database: &str) -> Value {
    let mut tables = Map::new();
    for r in SCHEMA {
        let mut t = Map::new();
        t.insert("description".into(), json!(r.description));
        if !r.columns.is_empty() {
            let cols: Map<String, Value> = r
                .columns
                .iter()
                .map(|c| (c.name.to_string(), json!(column_text(c))))
                .collect();
            t.insert("columns".into(), Value::Object(cols));
        }
        match r.name {
            "claims" => {
                t.insert("fts_table".into(), json!("claim_fts"));
                t.insert("fts_pk".into(), json!("claim_id"));
                t.insert("sort".into(), json!("claim_id"));
                t.insert(
                    "facets".into(),
                    json!(["outcome", "qualifier", "scope", "method"]),
                );
            }
            "claim" => {
                t.insert("fts_table".into(), json!("claim_fts"));
            }
            "events" => {
                t.insert("fts_table".into(), json!("event_fts"));
                t.insert("fts_pk".into(), json!("event_id"));
            }
            "event" => {
                t.insert("fts_table".into(), json!("event_fts"));
            }
            "claim_fts" | "event_fts" => {
                t.insert("hidden".into(), json!(true));
            }
            _ => {}
        }
        tables.insert(r.name.to_string(), Value::Object(t));
    }
    json!({
        "title": TITLE,
        "description": DESCRIPTION,
        "license": "MIT (tollcheck); quoted claims: their publishers'",
        "source": "tollcheck",
        "databases": {
            database: {
                "description": format!("{DESCRIPTION} {LICENSE_NOTE}"),
                "tables": tables,
            }
        }
    })
}
