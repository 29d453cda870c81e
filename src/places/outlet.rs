//! The outlet's home place: a local station or paper ("WGN Chicago", "KTLA 5 Los Angeles",
//! the Anchorage Daily News) reports on its own city, so a claim that nothing near it and
//! neither the report's place nor its dateline places is taken to be there: the last
//! fallback, no stronger than the dateline (`PlaceBasis::Outlet`).
//!
//! The outlet is known, in order, from the document's outlet (a manifest's or front
//! matter's), its url's host, and its text: a name of `data/outlets.csv` written in it, or a
//! station's call sign (K or W and two or three capitals) right before a city the
//! gazetteer knows in the United States ("WGN Chicago", "KTLA 5 Los Angeles", "WJBK in
//! Detroit", "WDIV, a Detroit station"). A national or wire outlet is not in the table:
//! it reports from everywhere.

use super::{fold_name, Gazetteer, Key};
use crate::model::PlaceLevel;
use crate::tables::Tables;
use std::collections::HashMap;

/// `data/outlets.csv`, resolved: outlet names (folded) and web hosts → their places.
#[derive(Debug, Default)]
pub struct Outlets {
    by_name: HashMap<String, (String, Key)>,
    /// The names as written, longest first, matched in text with case.
    names: Option<regex::Regex>,
    call_sign: Option<regex::Regex>,
}

/// Where an outlet's home place was read.
pub struct Home {
    pub key: Key,
    /// "the outlet 'WCCO-TV'", "the url's host 'ktla.com'", "'WGN Chicago' in its text".
    pub how: String,
}

impl Outlets {
    pub fn new(tables: &Tables, gaz: &Gazetteer) -> Outlets {
        let mut by_name = HashMap::new();
        let mut written: Vec<String> = Vec::new();
        for (outlet, place) in &tables.outlets {
            let Some(k) = gaz.resolve_name(place) else {
                continue;
            };
            let host = outlet.contains('.') && !outlet.contains(' ');
            let key = if host {
                outlet.to_ascii_lowercase()
            } else {
                written.push(regex::escape(outlet));
                match fold_name(outlet) {
                    Some(f) => f,
                    None => continue,
                }
            };
            by_name.insert(key, (outlet.clone(), k));
        }
        written.sort_by_key(|w| std::cmp::Reverse(w.len()));
        let names = (!written.is_empty())
            .then(|| regex::Regex::new(&format!(r"\b(?:{})\b", written.join("|"))).ok())
            .flatten();
        // a call sign, its band or channel, then the city: "WGN Chicago", "KTLA 5 Los
        // Angeles", "WDIV - TV in Detroit", "WDIV, a Detroit station"
        let call_sign = regex::Regex::new(
            r"\b([KW][A-Z]{2,3})(?:\s?-\s?(?:TV|FM|AM|DT))?(?:,?\s+(?:Channel|Ch\.)\s*\d{1,2}|\s+\d{1,2})?(?:\s+in|,\s+an?)?\s+((?:[A-Z][a-z]+\.?)(?:\s+[A-Z][a-z]+){0,2})",
        )
        .ok();
        Outlets {
            by_name,
            names,
            call_sign,
        }
    }

    /// Rule outlet_country (session 24, link24l): the home place of the report's own outlet
    /// as its source tells it (the manifest's or front matter's outlet, its url's host),
    /// never read from the text: a local outlet's report that names no country is read in
    /// its outlet's country and state (see `resolve::disambiguate_by`). An outlet written
    /// as a host ("cleveland.com") is looked up as a host.
    pub fn home_of_source(
        &self,
        gaz: &Gazetteer,
        outlet: Option<&str>,
        url: Option<&str>,
    ) -> Option<Key> {
        if let Some(o) = outlet {
            let host = o.trim().to_ascii_lowercase();
            if host.contains('.') && !host.contains(' ') {
                if let Some((_, k)) = self.by_name.get(&host) {
                    return Some(*k);
                }
            }
        }
        self.home(gaz, outlet, url, "", true).map(|h| h.key)
    }

    /// The home place of a document's outlet: by its outlet, its url's host, or its text
    /// (not text in capitals only, where every word looks like a call sign).
    pub fn home(
        &self,
        gaz: &Gazetteer,
        outlet: Option<&str>,
        url: Option<&str>,
        text: &str,
        caps_text: bool,
    ) -> Option<Home> {
        if let Some(o) = outlet {
            let f = fold_name(o.trim_start_matches("The ").trim_start_matches("the "));
            if let Some((name, k)) = f.and_then(|f| self.by_name.get(&f)) {
                return Some(Home {
                    key: *k,
                    how: format!("the outlet '{name}'"),
                });
            }
        }
        if let Some(u) = url {
            let rest = u.split_once("://").map_or(u, |(_, r)| r);
            let host = rest
                .split(['/', '?', '#', ':'])
                .next()
                .unwrap_or("")
                .to_ascii_lowercase();
            // the host, then each domain it lies within ("articles.latimes.com")
            let mut h = host.as_str();
            loop {
                if let Some((name, k)) = self.by_name.get(h) {
                    return Some(Home {
                        key: *k,
                        how: format!("the url's host '{name}'"),
                    });
                }
                match h.split_once('.') {
                    Some((_, r)) if r.contains('.') => h = r,
                    _ => break,
                }
            }
        }
        if caps_text {
            return None;
        }
        if let Some(m) = self.names.as_ref().and_then(|r| r.find(text)) {
            if let Some((name, k)) = fold_name(m.as_str()).and_then(|f| self.by_name.get(&f)) {
                return Some(Home {
                    key: *k,
                    how: format!("'{name}' in its text"),
                });
            }
        }
        for c in self.call_sign.as_ref()?.captures_iter(text) {
            let (Some(all), Some(city)) = (c.get(0), c.get(2)) else {
                continue;
            };
            // the longest run of its words that is a city of the United States
            let words: Vec<&str> = city.as_str().split_whitespace().collect();
            for n in (1..=words.len()).rev() {
                let name = words[..n].join(" ");
                let folded = fold_name(&name);
                // its own name, not an alternate one ("Champion", once Painesville's)
                let found = gaz.lookup(&name).into_iter().find(|c| {
                    fold_name(&gaz.name(c.key)) == folded
                        && c.level == PlaceLevel::City
                        && gaz.country_of(c.key).as_deref() == Some("US")
                        && c.population >= 15_000
                });
                if let Some(c) = found {
                    return Some(Home {
                        key: c.key,
                        how: format!("'{}' in its text", all.as_str().trim()),
                    });
                }
            }
        }
        None
    }
}
