//! The user-editable tables in `data/`: vague words, aliases (places, victim groups,
//! sources), the population hierarchy and the sources' sides. Compiled-in copies of the
//! project's `data/` are the defaults; `--data DIR` (or `$TOLLCHECK_DATA`) replaces any
//! file found there.

use crate::quantity::{QuantityError, VagueTable};
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum TableError {
    #[error("{path}:{line}: {reason}")]
    Row {
        path: String,
        line: usize,
        reason: String,
    },
    #[error("{path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
}

/// Folds a name for lookup: lower case, straight apostrophes, single spaces, no leading "the".
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.trim().chars() {
        let c = match c {
            '’' | '‘' | '`' => '\'',
            '–' | '—' => '-',
            c => c,
        };
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out.strip_prefix("the ").map(str::to_string).unwrap_or(out)
}

/// What an alias names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AliasKind {
    Place,
    Group,
    Source,
}

impl AliasKind {
    fn parse(s: &str) -> Option<AliasKind> {
        match s.trim().to_ascii_lowercase().as_str() {
            "place" => Some(AliasKind::Place),
            "group" | "victims" => Some(AliasKind::Group),
            "source" | "claimant" | "outlet" => Some(AliasKind::Source),
            _ => None,
        }
    }
}

/// alias → canonical name, per kind (`data/aliases.csv`: kind,alias,canonical).
#[derive(Debug, Clone, Default)]
pub struct AliasTable {
    map: HashMap<(AliasKind, String), String>,
    /// Folded aliases per kind, longest first, for matching inside longer text.
    by_len: HashMap<AliasKind, Vec<(String, String)>>,
}

impl AliasTable {
    pub fn insert(&mut self, kind: AliasKind, alias: &str, canonical: &str) {
        let f = fold(alias);
        self.map
            .insert((kind, f.clone()), canonical.trim().to_string());
        let v = self.by_len.entry(kind).or_default();
        v.push((f, canonical.trim().to_string()));
        v.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
    }

    /// The canonical name for `text`: an exact alias, else the longest alias standing in it
    /// as whole words ("the Iranian military advisors" → "Iranian military advisers").
    pub fn canonical(&self, kind: AliasKind, text: &str) -> Option<&str> {
        let f = fold(text);
        if f.is_empty() {
            return None;
        }
        if let Some(c) = self.map.get(&(kind, f.clone())) {
            return Some(c);
        }
        self.by_len
            .get(&kind)?
            .iter()
            .find_map(|(alias, canon)| contains_words(&f, alias).then_some(canon.as_str()))
    }

    /// Every (alias, canonical) of a kind, for matching names in text.
    pub fn aliases(&self, kind: AliasKind) -> impl Iterator<Item = (&str, &str)> {
        self.by_len
            .get(&kind)
            .into_iter()
            .flatten()
            .map(|(a, c)| (a.as_str(), c.as_str()))
    }

    pub fn rows(&self) -> Vec<(&'static str, String, String)> {
        let mut v: Vec<_> = self
            .map
            .iter()
            .map(|((k, a), c)| {
                let k = match k {
                    AliasKind::Place => "place",
                    AliasKind::Group => "group",
                    AliasKind::Source => "source",
                };
                (k, a.clone(), c.clone())
            })
            .collect();
        v.sort();
        v
    }
}

/// `needle` stands in `hay` as whole words (both folded).
pub fn contains_words(hay: &str, needle: &str) -> bool {
    let mut from = 0;
    while let Some(pos) = hay[from..].find(needle) {
        let s = from + pos;
        let e = s + needle.len();
        let before = hay[..s]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let after = hay[e..].chars().next().is_none_or(|c| !c.is_alphanumeric());
        if before && after {
            return true;
        }
        from = s + hay[s..].chars().next().map_or(1, char::len_utf8);
    }
    false
}

/// A population and where it sits: advisers ⊂ Iranian forces ⊂ combatants ⊂ people.
#[derive(Debug, Clone)]
pub struct Group {
    pub name: String,
    pub parent: Option<String>,
    /// The party to the fighting the group belongs to, if any.
    pub side: Option<String>,
}

#[derive(Debug, Clone, Default)]
pub struct GroupTable {
    groups: BTreeMap<String, Group>,
}

impl GroupTable {
    pub fn get(&self, name: &str) -> Option<&Group> {
        self.groups.get(&fold(name))
    }

    /// The chain of ancestors of a group, nearest first (not including itself).
    pub fn ancestors(&self, name: &str) -> Vec<&str> {
        let mut out = Vec::new();
        let mut cur = self.get(name);
        while let Some(g) = cur {
            match &g.parent {
                Some(p) if !out.contains(&p.as_str()) && out.len() < 64 => {
                    out.push(p.as_str());
                    cur = self.get(p);
                }
                _ => break,
            }
        }
        out
    }

    /// `part` lies strictly within `whole`.
    pub fn is_within(&self, part: &str, whole: &str) -> bool {
        let w = fold(whole);
        self.ancestors(part).iter().any(|a| fold(a) == w)
    }

    /// The top of a name's chain (a place's country); the name itself at the top.
    pub fn root<'a>(&'a self, name: &'a str) -> &'a str {
        self.ancestors(name).last().copied().unwrap_or(name)
    }

    /// Equal, or one lies within the other.
    pub fn related(&self, a: &str, b: &str) -> bool {
        fold(a) == fold(b) || self.is_within(a, b) || self.is_within(b, a)
    }

    pub fn side(&self, name: &str) -> Option<&str> {
        self.get(name).and_then(|g| g.side.as_deref())
    }

    pub fn all(&self) -> impl Iterator<Item = &Group> {
        self.groups.values()
    }
}

/// A row of `data/places.csv`: place, parent, note, and optionally latitude, longitude,
/// level (country, region, district, city).
#[derive(Debug, Clone)]
pub struct PlaceRow {
    pub name: String,
    pub parent: Option<String>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub level: Option<String>,
}

/// The optional columns of `data/places.csv`, found by their header.
fn place_rows(path: &str, text: &str) -> Result<Vec<PlaceRow>, TableError> {
    let mut rdr = csv::ReaderBuilder::new()
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let header: Vec<String> = rdr
        .headers()
        .map(|h| h.iter().map(|c| c.to_ascii_lowercase()).collect())
        .unwrap_or_default();
    let col = |name: &str| header.iter().position(|h| h == name);
    let (lat, lon, level) = (col("latitude"), col("longitude"), col("level"));
    let mut out = Vec::new();
    for (line, rec) in rows(path, text)? {
        let Some(name) = cell(&rec, 0) else { continue };
        let number = |i: Option<usize>, range: f64| -> Result<Option<f64>, TableError> {
            let Some(v) = i.and_then(|i| cell(&rec, i)) else {
                return Ok(None);
            };
            match v.parse::<f64>() {
                Ok(x) if x.abs() <= range => Ok(Some(x)),
                _ => Err(TableError::Row {
                    path: path.to_string(),
                    line,
                    reason: format!("expected a coordinate in degrees (±{range}), found {v:?}"),
                }),
            }
        };
        let level_cell = level.and_then(|i| cell(&rec, i));
        if let Some(l) = &level_cell {
            if crate::model::PlaceLevel::parse(l).is_none() {
                return Err(TableError::Row {
                    path: path.to_string(),
                    line,
                    reason: format!(
                        "expected a level (country, region, district, city), found {l:?}"
                    ),
                });
            }
        }
        out.push(PlaceRow {
            name,
            parent: cell(&rec, 1),
            latitude: number(lat, 90.0)?,
            longitude: number(lon, 180.0)?,
            level: level_cell,
        });
    }
    Ok(out)
}

/// A claimant or outlet and its side in the fighting (`data/sources.csv`).
#[derive(Debug, Clone)]
pub struct Source {
    pub name: String,
    pub kind: String,
    pub side: Option<String>,
}

#[derive(Debug, Clone, Default)]
/// Kept sorted by folded name, so that `all()` (and the source ids a new database gives
/// them) come in the same order on every run.
pub struct SourceTable {
    sources: BTreeMap<String, Source>,
}

impl SourceTable {
    pub fn get(&self, name: &str) -> Option<&Source> {
        self.sources.get(&fold(name))
    }
    pub fn all(&self) -> impl Iterator<Item = &Source> {
        self.sources.values()
    }
}

/// Every table the pipeline reads.
#[derive(Debug, Clone)]
pub struct Tables {
    pub vague: VagueTable,
    pub aliases: AliasTable,
    pub groups: GroupTable,
    /// Places within places (`data/places.csv`): Khan Touman ⊂ Aleppo ⊂ Syria.
    pub places: GroupTable,
    /// The rows of `data/places.csv` with their optional columns (latitude, longitude,
    /// level), for the gazetteer (`places`).
    pub place_rows: Vec<PlaceRow>,
    /// (kind, cue) rows of `data/place_cues.csv`: what tells a scene from a passing
    /// mention, a person or an organisation (`places::resolve`).
    pub place_cues: Vec<(String, String)>,
    pub sources: SourceTable,
    /// What happened: event types by phrase (`data/event_types.csv`).
    pub event_types: crate::xref::event_type::EventTypes,
    /// sha256 of every table's text, in hex: what was linked with which tables.
    pub digest: String,
}

const DEFAULTS: &[(&str, &str)] = &[
    ("vague.csv", include_str!("../data/vague.csv")),
    ("aliases.csv", include_str!("../data/aliases.csv")),
    ("groups.csv", include_str!("../data/groups.csv")),
    ("sources.csv", include_str!("../data/sources.csv")),
    ("places.csv", include_str!("../data/places.csv")),
    ("place_cues.csv", include_str!("../data/place_cues.csv")),
    ("event_types.csv", include_str!("../data/event_types.csv")),
];

fn rows(path: &str, text: &str) -> Result<Vec<(usize, csv::StringRecord)>, TableError> {
    let mut rdr = csv::ReaderBuilder::new()
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let mut out = Vec::new();
    for rec in rdr.records() {
        let rec = rec.map_err(|e| TableError::Row {
            path: path.to_string(),
            line: e.position().map_or(0, |p| p.line() as usize),
            reason: e.to_string(),
        })?;
        let line = rec.position().map_or(0, |p| p.line() as usize);
        out.push((line, rec));
    }
    Ok(out)
}

fn cell(rec: &csv::StringRecord, i: usize) -> Option<String> {
    rec.get(i)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

impl Default for Tables {
    fn default() -> Self {
        Tables::load(None).expect("the compiled-in data/ tables are valid")
    }
}

impl Tables {
    /// Loads each table from `dir` when the file is there, else the compiled-in default.
    pub fn load(dir: Option<&Path>) -> Result<Tables, TableError> {
        let mut texts: HashMap<&str, (String, String)> = HashMap::new();
        for (name, default) in DEFAULTS {
            let p: Option<PathBuf> = dir.map(|d| d.join(name)).filter(|p| p.is_file());
            let (path, text) = match p {
                Some(p) => {
                    let text = std::fs::read_to_string(&p).map_err(|e| TableError::Io {
                        path: p.display().to_string(),
                        source: e,
                    })?;
                    (p.display().to_string(), text)
                }
                None => (format!("data/{name} (built in)"), default.to_string()),
            };
            texts.insert(name, (path, text));
        }
        let (vp, vt) = &texts["vague.csv"];
        let vague = VagueTable::from_csv(vt.as_bytes()).map_err(|e| match e {
            QuantityError::VagueTable { line, reason } => TableError::Row {
                path: vp.clone(),
                line,
                reason,
            },
            other => TableError::Row {
                path: vp.clone(),
                line: 0,
                reason: other.to_string(),
            },
        })?;

        let (ap, at) = &texts["aliases.csv"];
        let mut aliases = AliasTable::default();
        for (line, rec) in rows(ap, at)? {
            let (Some(k), Some(a), Some(c)) = (cell(&rec, 0), cell(&rec, 1), cell(&rec, 2)) else {
                return Err(TableError::Row {
                    path: ap.clone(),
                    line,
                    reason: "expected kind,alias,canonical".into(),
                });
            };
            let kind = AliasKind::parse(&k).ok_or_else(|| TableError::Row {
                path: ap.clone(),
                line,
                reason: format!("expected a kind of place, group or source, found {k:?}"),
            })?;
            aliases.insert(kind, &a, &c);
        }

        let mut hierarchy = |file: &str, kind: AliasKind, with_side: bool| {
            let (path, text) = &texts[file];
            let mut table = GroupTable::default();
            for (line, rec) in rows(path, text)? {
                let Some(name) = cell(&rec, 0) else {
                    return Err(TableError::Row {
                        path: path.clone(),
                        line,
                        reason: "expected name,parent[,side]".into(),
                    });
                };
                aliases.insert(kind, &name, &name);
                table.groups.insert(
                    fold(&name),
                    Group {
                        name,
                        parent: cell(&rec, 1),
                        side: if with_side { cell(&rec, 2) } else { None },
                    },
                );
            }
            Ok(table)
        };
        let groups = hierarchy("groups.csv", AliasKind::Group, true)?;
        let places = hierarchy("places.csv", AliasKind::Place, false)?;
        let place_rows = {
            let (path, text) = &texts["places.csv"];
            place_rows(path, text)?
        };
        let place_cues = {
            let (path, text) = &texts["place_cues.csv"];
            let mut out = Vec::new();
            for (line, rec) in rows(path, text)? {
                let (Some(kind), Some(cue)) = (cell(&rec, 0), cell(&rec, 1)) else {
                    return Err(TableError::Row {
                        path: path.clone(),
                        line,
                        reason: "expected kind,cue[,note]".into(),
                    });
                };
                out.push((kind.to_ascii_lowercase(), fold(&cue)));
            }
            out
        };

        let (sp, st) = &texts["sources.csv"];
        let mut sources = SourceTable::default();
        for (line, rec) in rows(sp, st)? {
            let Some(name) = cell(&rec, 0) else {
                return Err(TableError::Row {
                    path: sp.clone(),
                    line,
                    reason: "expected source,kind,side".into(),
                });
            };
            aliases.insert(AliasKind::Source, &name, &name);
            sources.sources.insert(
                fold(&name),
                Source {
                    name,
                    kind: cell(&rec, 1).unwrap_or_else(|| "source".into()),
                    side: cell(&rec, 2),
                },
            );
        }
        let (ep, et) = &texts["event_types.csv"];
        let event_types = crate::xref::event_type::EventTypes::from_csv(ep, et)?;
        let digest = {
            use sha2::{Digest, Sha256};
            let mut h = Sha256::new();
            for (name, _) in DEFAULTS {
                let text = &texts[name].1;
                h.update(format!("{name}\0{}\0", text.len()));
                h.update(text.as_bytes());
            }
            format!("{:x}", h.finalize())
        };
        Ok(Tables {
            digest,
            vague,
            aliases,
            groups,
            places,
            place_rows,
            place_cues,
            sources,
            event_types,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aliases_and_hierarchy() {
        let t = Tables::default();
        assert_eq!(
            t.aliases.canonical(AliasKind::Place, "Khan Tuman"),
            Some("Khan Touman")
        );
        assert_eq!(
            t.aliases.canonical(AliasKind::Group, "Guard’s members"),
            Some("Revolutionary Guards")
        );
        assert_eq!(
            t.aliases
                .canonical(AliasKind::Group, "the Iranian military advisors"),
            Some("Iranian military advisers")
        );
        assert!(t
            .groups
            .is_within("Iranian military advisers", "Iranian forces"));
        assert!(t
            .groups
            .is_within("Revolutionary Guards officers", "people"));
        assert!(!t
            .groups
            .is_within("Iranian forces", "Iranian military advisers"));
        assert!(!contains_words("nusra fronts", "nusra front"));
    }
}
