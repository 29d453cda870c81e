//! The domain's plain types: what every step of the pipeline hands to the next.
//! No database, no I/O: `extract` produces these, `store` persists them and reads them
//! back as rows (`ClaimRow`, `EventRow`, ...) for `xref` and `render`.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

mod ids;
mod rows;
pub use ids::{ClaimId, DocumentId, EventId, FindingId};
pub use rows::{
    attribution, claim_reference, interval, Cell, ClaimCounts, ClaimRow, EventCorrection,
    EventPoint, EventRow, FindingRow, OutcomeFigures, RowSink, Totals,
};

/// What happened to the people counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Killed,
    Wounded,
    Missing,
    Kidnapped,
    Displaced,
    Refugees,
    /// Killed and wounded given as one number.
    Casualties,
}

impl Outcome {
    pub const ALL: [Outcome; 7] = [
        Outcome::Killed,
        Outcome::Wounded,
        Outcome::Missing,
        Outcome::Kidnapped,
        Outcome::Displaced,
        Outcome::Refugees,
        Outcome::Casualties,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Killed => "killed",
            Outcome::Wounded => "wounded",
            Outcome::Missing => "missing",
            Outcome::Kidnapped => "kidnapped",
            Outcome::Displaced => "displaced",
            Outcome::Refugees => "refugees",
            Outcome::Casualties => "casualties",
        }
    }
}

impl fmt::Display for Outcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Outcome {
    type Err = String;
    /// Accepts the SPEC's outcome names and their common synonyms (dead, injured, abducted...).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let k = s.trim().to_ascii_lowercase();
        Ok(match k.as_str() {
            "killed" | "dead" | "death" | "deaths" | "died" | "fatalities" | "killed_in_action" => {
                Outcome::Killed
            }
            "wounded" | "injured" | "injuries" | "hurt" => Outcome::Wounded,
            "missing" | "disappeared" => Outcome::Missing,
            "kidnapped" | "abducted" | "hostages" | "taken hostage" => Outcome::Kidnapped,
            "displaced" | "idps" | "internally displaced" => Outcome::Displaced,
            "refugees" | "refugee" | "fled" => Outcome::Refugees,
            "casualties" | "killed_or_wounded" | "killed and wounded" => Outcome::Casualties,
            _ => {
                return Err(format!(
                    "an outcome (one of {}), found {:?}",
                    Outcome::ALL.map(|o| o.as_str()).join(", "),
                    s
                ))
            }
        })
    }
}

/// How the written quantity bounds the true number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    Exact,
    AtLeast,
    MoreThan,
    AtMost,
    LessThan,
    About,
    Range,
    Vague,
}

impl Qualifier {
    pub const ALL: [Qualifier; 8] = [
        Qualifier::Exact,
        Qualifier::AtLeast,
        Qualifier::MoreThan,
        Qualifier::AtMost,
        Qualifier::LessThan,
        Qualifier::About,
        Qualifier::Range,
        Qualifier::Vague,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::AtLeast => "at_least",
            Qualifier::MoreThan => "more_than",
            Qualifier::AtMost => "at_most",
            Qualifier::LessThan => "less_than",
            Qualifier::About => "about",
            Qualifier::Range => "range",
            Qualifier::Vague => "vague",
        }
    }
}

impl fmt::Display for Qualifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Qualifier {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let k = s.trim().to_ascii_lowercase();
        Qualifier::ALL
            .into_iter()
            .find(|q| q.as_str() == k)
            .ok_or_else(|| {
                format!(
                    "a qualifier (one of {}), found {:?}",
                    Qualifier::ALL.map(|q| q.as_str()).join(", "),
                    s
                )
            })
    }
}

/// A number as written and the interval it stands for (`None` = unbounded on that side).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quantity {
    pub written: String,
    pub qualifier: Qualifier,
    pub low: Option<i64>,
    pub high: Option<i64>,
    /// "four more": the number adds to an earlier toll.
    pub increment: bool,
}

impl Quantity {
    /// A single figure to compare by: the exact value, the midpoint of a closed interval,
    /// or the one bound that is known.
    pub fn point(&self) -> Option<f64> {
        match (self.low, self.high) {
            (Some(l), Some(h)) => Some((l as f64 + h as f64) / 2.0),
            (Some(l), None) => Some(l as f64),
            (None, Some(h)) => Some(h as f64),
            (None, None) => None,
        }
    }
}

/// Whether a claim counts one incident, a running total, or an addition to a total.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    Incident,
    Cumulative,
    Increment,
}

impl Scope {
    pub fn as_str(self) -> &'static str {
        match self {
            Scope::Incident => "incident",
            Scope::Cumulative => "cumulative",
            Scope::Increment => "increment",
        }
    }
}

impl fmt::Display for Scope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Scope {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "incident" | "" => Ok(Scope::Incident),
            "cumulative" | "total" => Ok(Scope::Cumulative),
            "increment" => Ok(Scope::Increment),
            _ => Err(format!(
                "a scope (incident, cumulative or increment), found {s:?}"
            )),
        }
    }
}

/// How a claim came to be in the database.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Method {
    /// Read from article text by the extractor.
    Extracted,
    /// Hand-coded in a claim sheet.
    Sheet,
    /// Imported from a dataset (UCDP GED, GDELT ...).
    Import,
}

impl Method {
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Extracted => "extracted",
            Method::Sheet => "sheet",
            Method::Import => "import",
        }
    }
}

/// One article: the unit of provenance. `name` is the SPEC's `document`
/// (file name for a file, record id for a collection row).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub name: String,
    pub title: Option<String>,
    pub text: String,
    pub outlet: Option<String>,
    /// ISO date (YYYY, YYYY-MM or YYYY-MM-DD).
    pub published: Option<String>,
    pub url: Option<String>,
    pub language: Option<String>,
}

/// A claim as stated in one document, before it is stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    pub quantity: Quantity,
    pub outcome: Outcome,
    /// The victim group as written ("Iranian military advisors").
    pub victims: String,
    /// Who said it; `None` when the outlet speaks for itself.
    pub claimant: Option<String>,
    /// Through whom: "Fars", "told state television".
    pub via: Option<String>,
    pub scope: Scope,
    /// "since 2011", "past six months".
    pub period: Option<String>,
    pub place: Option<String>,
    /// The place resolved in the gazetteer (`places`), when one was.
    #[serde(default)]
    pub place_ref: Option<PlaceRef>,
    /// How `places` found the place: in the text near the claim, or by a fallback (the
    /// place the report is about, its dateline); `None` for a place a sheet gives. Not in
    /// the SPEC's columns (an extra key of `extract`'s records, as `place_ref`): stored
    /// (`claim.place_basis`, V14) and read by linking, which weighs a fallback place less
    /// than a scene.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place_basis: Option<PlaceBasis>,
    /// How the claim's scene relates to `place_ref` (session 20, places20): `None` for the
    /// place itself; near it ("35 miles north of" a city), or a place the gazetteer does not
    /// know ("the village of" an unknown name) within it. Stored in `claim.place_relation`,
    /// `place_from`, `place_km`, `place_bearing` (V17) and read by linking.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place_relation: Option<PlaceRelation>,
    /// The first-level regions a summed claim covers (session 24, regions24): a figure the
    /// text gives over two regions of one country or more ("14 across Alder and Birch
    /// provinces", places rule regions_summed) is placed at their country, and these are
    /// the regions it counts together, by gazetteer id. Empty for any other claim. Stored in
    /// `claim_region` (V18) and read by the findings (rule part_of_summed_regions).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub regions: Vec<String>,
    /// ISO date, possibly partial.
    pub event_date: Option<String>,
    /// What `event_date` is to the incident, when the text states it (session 20, V16,
    /// `claim.date_basis`): the incident's own day ("killed on Tuesday", "Tuesday's
    /// strike"), or the day a figure was said or counted ("said on Tuesday", "rose to 7 on
    /// Friday"); `None` for a day the text does not state (the report's own day) or a
    /// sheet's. Stored for linking; no linking rule reads it yet (session 20: the rule tried
    /// was not kept, tests/data/README-devset.md).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_basis: Option<DateBasis>,
    /// Event label when the source names one (sheets) .
    pub event: Option<String>,
    /// The enemy or perpetrator named ("Al-Nusra Front", "Islamic State").
    pub adversary: Option<String>,
    /// The sentence the claim comes from, and its byte span in the document text.
    pub sentence: Option<String>,
    pub span: Option<(usize, usize)>,
    /// For sheet rows: the document the claim was coded from.
    pub cited_document: Option<String>,
    /// For sheet rows: the outlet and published date columns.
    pub outlet: Option<String>,
    pub published: Option<String>,
    /// Columns that tollcheck has no field for, kept as JSON.
    pub notes: Option<String>,
}

impl Claim {
    pub fn new(quantity: Quantity, outcome: Outcome, victims: impl Into<String>) -> Claim {
        let scope = if quantity.increment {
            Scope::Increment
        } else {
            Scope::Incident
        };
        Claim {
            quantity,
            outcome,
            victims: victims.into(),
            claimant: None,
            via: None,
            scope,
            period: None,
            place: None,
            place_ref: None,
            place_basis: None,
            place_relation: None,
            regions: Vec::new(),
            event_date: None,
            date_basis: None,
            event: None,
            adversary: None,
            sentence: None,
            span: None,
            cited_document: None,
            outlet: None,
            published: None,
            notes: None,
        }
    }
}

/// How large a place is: what its name stands for in the gazetteer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlaceLevel {
    Country,
    /// First-level administrative division: province, governorate, state, department.
    Region,
    /// Second-level division: district, county.
    District,
    /// A populated place: city, town, village (or a neighbourhood a user adds).
    City,
}

impl PlaceLevel {
    pub fn as_str(self) -> &'static str {
        match self {
            PlaceLevel::Country => "country",
            PlaceLevel::Region => "region",
            PlaceLevel::District => "district",
            PlaceLevel::City => "city",
        }
    }

    /// "country", "region" (province, state, governorate, department), "district"
    /// (county), "city" (town, village).
    pub fn parse(s: &str) -> Option<PlaceLevel> {
        Some(match s.trim().to_ascii_lowercase().as_str() {
            "country" | "territory" => PlaceLevel::Country,
            "region" | "province" | "state" | "governorate" | "department" => PlaceLevel::Region,
            "district" | "county" => PlaceLevel::District,
            "city" | "town" | "village" | "place" | "neighbourhood" | "neighborhood" => {
                PlaceLevel::City
            }
            _ => return None,
        })
    }
}

impl fmt::Display for PlaceLevel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A place found in the gazetteer (GeoNames, or the user's data/places.csv).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlaceRef {
    /// "geonames:170063", or "user:khan touman" for data/places.csv rows.
    pub id: String,
    /// Canonical English name: "Aleppo".
    pub name: String,
    pub level: PlaceLevel,
    /// ISO 3166 alpha-2, "SY".
    pub country: Option<String>,
    /// First-level region name, "Aleppo".
    pub region: Option<String>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
}

/// How a claim's scene relates to its resolved place (`Claim::place_relation`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase", tag = "relation")]
pub enum PlaceRelation {
    /// Told as a distance and/or a direction from a town ("35 miles north of" it, "20 km
    /// from" it, "north of" it): not the town itself. `from` is the town's gazetteer id,
    /// `km` the distance, `bearing` the direction in degrees (0 north, 90 east); the
    /// claim's point is the town's moved by both when both are given.
    Near {
        from: String,
        km: Option<f64>,
        bearing: Option<f64>,
    },
    /// A scene-cued name the gazetteer lacks ("the village of" it): the claim's `place` is
    /// the name as written, and its resolved place, if any, the country or region the text
    /// gives it.
    Unresolved,
}

impl PlaceRelation {
    pub fn as_str(&self) -> &'static str {
        match self {
            PlaceRelation::Near { .. } => "near",
            PlaceRelation::Unresolved => "unresolved",
        }
    }
}

/// How a claim's place was found (`places::resolve`), as stored in `claim.place_basis`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PlaceBasis {
    /// Named near the claim (its sentence, the sentences around it, the title or the
    /// first sentences), or a nationality in its sentence.
    Text,
    /// A fallback: the place the report is about (named most often in it).
    Report,
    /// A fallback: the report's dateline (where it was filed).
    Dateline,
    /// The last fallback: the home city of the report's local outlet ("WGN Chicago",
    /// `data/outlets.csv`), from its outlet, its url or its text.
    Outlet,
}

impl PlaceBasis {
    pub fn as_str(self) -> &'static str {
        match self {
            PlaceBasis::Text => "text",
            PlaceBasis::Report => "report",
            PlaceBasis::Dateline => "dateline",
            PlaceBasis::Outlet => "outlet",
        }
    }

    pub fn parse(s: &str) -> Option<PlaceBasis> {
        match s {
            "text" => Some(PlaceBasis::Text),
            "report" => Some(PlaceBasis::Report),
            "dateline" => Some(PlaceBasis::Dateline),
            "outlet" => Some(PlaceBasis::Outlet),
            _ => None,
        }
    }

    /// Whether the place says where the report is about or was filed, not where the
    /// claim's incident was read to be.
    pub fn is_fallback(self) -> bool {
        self != PlaceBasis::Text
    }
}

/// What a claim's stated day is to its incident (`claim.date_basis`, V16).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DateBasis {
    /// The text states it as the incident's day ("on Tuesday", "Tuesday's strike").
    Incident,
    /// The day a figure was said, updated or counted ("said on Tuesday", "rose to 7 on
    /// Friday"): the incident was on or before it.
    Said,
    /// The day of another act the sentence tells of ("condemned today the attack").
    Other,
}

impl DateBasis {
    pub fn as_str(self) -> &'static str {
        match self {
            DateBasis::Incident => "incident",
            DateBasis::Said => "said",
            DateBasis::Other => "other",
        }
    }
}

/// Byte offset → character offset in `text` (offsets outside or inside a character clamp):
/// a claim's span is found in bytes, and stored and written in characters.
pub fn char_offset(text: &str, byte: usize) -> usize {
    let b = byte.min(text.len());
    let mut b2 = b;
    while b2 > 0 && !text.is_char_boundary(b2) {
        b2 -= 1;
    }
    text[..b2].chars().count()
}
