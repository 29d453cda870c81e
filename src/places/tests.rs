//! The gazetteer and the scene of claims, on the seeds, MUC-3/4 and ECB+ sentences read from
//! ../shared at test time, and on short sentences of our own.

use super::*;
use crate::model::{Claim, Outcome, Scope};
use crate::tables::Tables;

fn gaz() -> Gazetteer {
    Gazetteer::new(&Tables::default())
}

fn key(g: &Gazetteer, name: &str) -> Key {
    g.resolve_name(name)
        .unwrap_or_else(|| panic!("{name} not found"))
}

#[test]
fn seeds_keep_khan_touman_within_aleppo_within_syria() {
    let g = gaz();
    let kt = key(&g, "Khan Touman");
    let aleppo = key(&g, "Aleppo");
    let syria = key(&g, "Syria");
    assert!(g.within(kt, aleppo), "{:?}", g.ancestors(&g.id(kt)));
    assert!(g.within(aleppo, syria));
    assert!(g.within(kt, syria));
    assert!(!g.within(syria, aleppo));
    // the user's alias and the written forms of a sheet resolve to the same place
    assert_eq!(g.resolve_name("Khan Tuman village"), Some(kt));
    assert_eq!(g.resolve_name("south of Aleppo"), Some(aleppo));
    let r = g.place_ref(kt);
    assert_eq!(r.id, "user:khan touman");
    assert_eq!(r.country.as_deref(), Some("SY"));
    assert_eq!(r.region.as_deref(), Some("Aleppo"));
    // its point from data/places.csv, some 15 km from Aleppo's
    assert_eq!(r.latitude, Some(36.117));
    let km = g.distance_km(&r.id, "geonames:170063").unwrap();
    assert!((5.0..30.0).contains(&km), "{km}");
    // a user place with no point of its own, under one with none: no point
    let ridge = g.place_ref(key(&g, "Ridge"));
    assert_eq!((ridge.id.as_str(), ridge.latitude), ("user:ridge", None));
    let a = g.place_ref(aleppo);
    assert_eq!(
        (a.id.as_str(), a.level),
        ("geonames:170063", PlaceLevel::City)
    );
    assert!(g.is_within(&r.id, "geonames:163843"));
    assert_eq!(
        g.get("geonames:170063").map(|p| p.name),
        Some("Aleppo".into())
    );
}

#[test]
fn names_resolve_with_exonyms_accents_and_levels() {
    let g = gaz();
    let by = |n: &str| g.place_ref(key(&g, n));
    assert_eq!(by("Bogotá").id, by("Bogota").id);
    assert_eq!(by("Bogotá").country.as_deref(), Some("CO"));
    assert_eq!(by("Burma").country.as_deref(), Some("MM"));
    assert_eq!(by("U.S.").level, PlaceLevel::Country);
    assert_eq!(by("Helmand province").level, PlaceLevel::Region);
    assert_eq!(by("Sonoma County").level, PlaceLevel::District);
    assert_eq!(by("Paris").country.as_deref(), Some("FR"));
    let paris_tx = by("Paris, Texas");
    assert_eq!(paris_tx.country.as_deref(), Some("US"));
    assert_eq!(paris_tx.region.as_deref(), Some("Texas"));
    let km = g.distance_km(&by("Aleppo").id, &by("Damascus").id).unwrap();
    assert!((300.0..340.0).contains(&km), "{km}");
    assert!(g.lookup("Qwxzyville").is_empty());
    assert_eq!(fold_name("Khān Ţūmān").as_deref(), Some("khan tuman"));
    assert_eq!(fold_name("حلب"), None);
}

#[test]
fn common_place_of_an_event() {
    let g = gaz();
    let (kt, aleppo, syria) = (key(&g, "Khan Touman"), key(&g, "Aleppo"), key(&g, "Syria"));
    assert_eq!(g.common(&[aleppo, kt, syria]), Some(kt));
    let damascus = key(&g, "Damascus");
    assert_eq!(g.common(&[kt, damascus]), Some(syria));
    assert_eq!(g.common(&[kt, key(&g, "Kabul")]), None);
}

#[test]
fn the_gazetteer_loads_quickly() {
    let t = std::time::Instant::now();
    let geo = GeoNames::load();
    let took = t.elapsed();
    assert!(geo.len() > 150_000, "{}", geo.len());
    eprintln!("gazetteer: {} places, loaded in {:?}", geo.len(), took);
}

/// Claims of one sentence each (the sentences given), resolved in `text`.
fn resolve(
    text: &str,
    claim_sentences: &[usize],
    scope: Scope,
) -> (Vec<Claim>, Vec<PlaceDecision>) {
    let t = Tables::default();
    let g = Gazetteer::new(&t);
    let lex = crate::extract::lexicon::Lexicon::load();
    let sents = crate::extract::sentences::split(text, &lex);
    let mut claims: Vec<Claim> = claim_sentences
        .iter()
        .map(|&i| {
            let mut c = Claim::new(
                crate::quantity::parse("3", &t.vague).unwrap(),
                Outcome::Killed,
                "people",
            );
            c.span = Some(sents[i]);
            c.scope = scope;
            c
        })
        .collect();
    let d = resolve_claims(&g, text, None, &sents, &mut claims);
    (claims, d)
}

fn place_of(text: &str) -> Option<(String, String, Option<String>)> {
    let (c, d) = resolve(text, &[0], Scope::Incident);
    let c = &c[0];
    let _ = d;
    c.place_ref.as_ref().map(|r| {
        (
            c.place.clone().unwrap_or_default(),
            r.name.clone(),
            r.country.clone(),
        )
    })
}

#[test]
fn a_passing_mention_is_not_the_scene() {
    // "a bombing in Jakarta was placed in Iraq because the text mentions 'the war in Iraq'"
    let p = place_of(
        "Three people were killed by a bomb in Jakarta, a year after the war in Iraq began.",
    );
    assert_eq!(p.map(|p| p.2), Some(Some("ID".into())));
    let p = place_of("The minister, who flew to London on Monday, said three people were killed.");
    assert_eq!(p, None);
    let p = place_of("Three protesters were killed, the Baghdad government said.");
    assert_eq!(p, None);
    // an organisation named for its city: "the Medellin cartel", "the Cali cartel"
    let p = place_of("Three judges were killed, and the police blamed the Medellin cartel.");
    assert_eq!(p, None);
    let p = place_of("Three judges were killed in Medellin, and the police blamed the cartel.");
    assert_eq!(p.map(|p| p.0), Some("Medellin".into()));
    // where talks or a meeting are held, a word of holding between
    let p = place_of(
        "The rebels suspended the talks held in Mexico City after ten unionists were killed.",
    );
    assert_eq!(p, None);
    let p = place_of(
        "A meeting scheduled to be held in Caracas was called off; ten unionists were killed.",
    );
    assert_eq!(p, None);
    let p = place_of("Ten hostages held in Caracas were killed.");
    assert_eq!(p.map(|p| p.0), Some("Caracas".into()));
}

/// Rule region_qualifier (session 28, crash28): a place's qualifying phrase after its comma
/// ("Columbus, southern Georgia", "Springfield, central Illinois": a direction word and the
/// region, or a country's possessive before it) draws the name to the candidate inside
/// that region, not the larger place of the name elsewhere; the name alone keeps the larger
/// one.
#[test]
fn crash28_a_place_qualified_by_its_region_is_the_one_inside_it() {
    let region = first_claim_region;
    for (text, want) in [
        (
            "Four workers were killed in a blast at a plant in Columbus, southern Georgia, on Monday.",
            "Georgia",
        ),
        (
            "Three people died when a roof fell in at a school in Springfield, central Illinois.",
            "Illinois",
        ),
        ("Two men were shot dead in Columbus, Georgia, late on Friday.", "Georgia"),
        // review 2: in a Title Case headline only the name right after the comma qualifies,
        // and a later name not nested in it ends the phrase
        (
            "Gunman Kills 3 In Columbus, Georgia Police Hunt Ohio Suspect",
            "Georgia",
        ),
        (
            "Crash Kills 4 Near Columbus, Georgia Troopers Say Ohio Driver Fled",
            "Georgia",
        ),
    ] {
        assert_eq!(region(text).as_deref(), Some(want), "{text}");
    }
    assert_ne!(
        region("Four workers were killed in a blast at a plant in Columbus on Monday.").as_deref(),
        Some("Georgia")
    );
}

#[test]
fn a_surname_or_a_fragment_is_not_a_place() {
    assert_eq!(
        place_of("Officer Maria Santiago said three people were shot."),
        None
    );
    assert_eq!(
        place_of("Santiago, 34, was one of three people shot on Friday."),
        None
    );
    // "Garfield Ridge" is a Chicago neighbourhood, not "Ridge" (a place of data/places.csv)
    let p = place_of("Three men were shot in Garfield Ridge on Friday night.");
    assert!(p.as_ref().is_none_or(|p| p.0 != "Ridge"), "{p:?}");
}

#[test]
fn the_dateline_is_only_a_fallback() {
    let text = "KABUL, Afghanistan (AP) — Gunmen killed three police officers in Helmand province on Sunday, officials said. The attack came a day after talks.";
    let p = place_of(text).unwrap();
    assert_eq!((p.1.as_str(), p.2.as_deref()), ("Helmand", Some("AF")));
    let text =
        "KABUL, Afghanistan (AP) — Gunmen killed three police officers on Sunday, officials said.";
    let (c, d) = resolve(text, &[0], Scope::Incident);
    assert_eq!(
        c[0].place_ref.as_ref().map(|r| r.name.as_str()),
        Some("Kabul")
    );
    assert!(d[0].reason.contains("dateline"), "{d:?}");
}

#[test]
fn ambiguous_names_follow_the_country_named() {
    let p = place_of("Three people were killed in Tripoli, Lebanon, on Friday.").unwrap();
    assert_eq!(p.2.as_deref(), Some("LB"));
    let p =
        place_of("Three people were killed in Tripoli on Friday, Libyan officials in Libya said.")
            .unwrap();
    assert_eq!(p.2.as_deref(), Some("LY"));
    let p = place_of("A gunman killed three people in Paris, Texas.").unwrap();
    assert_eq!(p.2.as_deref(), Some("US"));
    let p = place_of("A gunman killed three people in Paris on Friday.").unwrap();
    assert_eq!(p.2.as_deref(), Some("FR"));
}

#[test]
fn the_sentence_before_gives_the_scene() {
    let text = "Fighting raged near Aleppo on Friday. Three soldiers were killed, the army said.";
    let (c, d) = resolve(text, &[1], Scope::Incident);
    assert_eq!(c[0].place.as_deref(), Some("Aleppo"), "{d:?}");
}

#[test]
fn a_cumulative_toll_takes_the_war_s_country() {
    let text = "More than 270,000 people have been killed in the war in Syria.";
    let (c, _) = resolve(text, &[0], Scope::Cumulative);
    assert_eq!(c[0].place.as_deref(), Some("Syria"));
    let (c, _) = resolve(text, &[0], Scope::Incident);
    assert_eq!(c[0].place, None);
}

// ------------------------------------------------------------ the development set

fn corpus_path(rel: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/corpus")
        .join(rel)
}

/// Coverage and accuracy of claims' places against a gold place set per document.
#[derive(Default, Debug)]
struct Score {
    claims: usize,
    placed: usize,
    right_country: usize,
    /// Placed claims whose document's gold names a city, district or region.
    placed_below_country: usize,
    right_place: usize,
}

impl Score {
    fn rate(a: usize, b: usize) -> f64 {
        a as f64 / b.max(1) as f64
    }
    /// Fails below the figures reached when the thresholds were set (coverage, right
    /// country, right city or region).
    fn at_least(&self, what: &str, coverage: f64, country: f64, place: f64) {
        let got = (
            Score::rate(self.placed, self.claims),
            Score::rate(self.right_country, self.placed),
            Score::rate(self.right_place, self.placed_below_country),
        );
        assert!(
            got.0 >= coverage && got.1 >= country && got.2 >= place,
            "{what}: coverage, country, city or region {got:?} below {:?}",
            (coverage, country, place)
        );
    }
    fn print(&self, what: &str) {
        eprintln!(
            "{what}: {} claims, place resolved for {} ({:.3}); of those right country {} ({:.3}); of the {} whose gold names a city or region, right city or region {} ({:.3})",
            self.claims,
            self.placed,
            Score::rate(self.placed, self.claims),
            self.right_country,
            Score::rate(self.right_country, self.placed),
            self.placed_below_country,
            self.right_place,
            Score::rate(self.right_place, self.placed_below_country),
        );
    }
    /// One claim against the gold (country codes; folded names of cities, districts and
    /// regions): its country right, and its place or a place it lies in named by the gold.
    /// With `PLACES_DEBUG` set, each wrong one is printed as a tab-separated line (`note`:
    /// the document and why the claim got its place).
    fn add(
        &mut self,
        g: &Gazetteer,
        c: &Claim,
        countries: &[String],
        places: &[String],
        note: &dyn Fn() -> String,
    ) {
        self.claims += 1;
        let Some(r) = &c.place_ref else {
            if std::env::var("PLACES_DEBUG").is_ok_and(|v| v == "none") {
                let sentence = c
                    .sentence
                    .as_deref()
                    .unwrap_or("")
                    .replace(['\n', '\t'], " ");
                eprintln!(
                    "PLACES\tnone\t{}\t{countries:?}\t{places:?}\t{sentence}",
                    note()
                );
            }
            return;
        };
        self.placed += 1;
        let debug = |what: &str| {
            if std::env::var("PLACES_DEBUG").is_ok() {
                let sentence = c
                    .sentence
                    .as_deref()
                    .unwrap_or("")
                    .replace(['\n', '\t'], " ");
                // is a gold place in the gazetteer, and named in the claim's sentence?
                let known = places.iter().any(|p| !g.lookup(p).is_empty());
                let said = fold_name(&sentence).unwrap_or_default();
                let named = places.iter().any(|p| said.contains(p.as_str()));
                eprintln!(
                    "PLACES\t{what}\t{}\t{:?}\t{}\t{}\t{}\t{:?}\t{countries:?}\t{places:?}\t{known}\t{named}\t{}",
                    note(),
                    c.place.as_deref().unwrap_or("").replace('\n', " "),
                    r.id,
                    r.name,
                    r.level,
                    r.country,
                    sentence,
                );
            }
        };
        if r.country.as_ref().is_some_and(|cc| countries.contains(cc)) {
            self.right_country += 1;
            if std::env::var("PLACES_DEBUG").is_ok_and(|v| v == "all") {
                debug("right");
            }
        } else {
            debug("country");
        }
        if places.is_empty() {
            return;
        }
        self.placed_below_country += 1;
        let mut names = vec![r.name.clone()];
        names.extend(
            g.ancestors(&r.id)
                .into_iter()
                .filter(|a| a.level != PlaceLevel::Country)
                .map(|a| a.name),
        );
        if r.level != PlaceLevel::Country
            && names
                .iter()
                .any(|n| fold_name(n).is_some_and(|n| places.contains(&n)))
        {
            self.right_place += 1;
        } else if r.country.as_ref().is_some_and(|cc| countries.contains(cc)) {
            debug("place");
        }
    }
}

/// MUC-3/4's answer keys: "EL SALVADOR: SAN MIGUEL (DEPARTMENT): SAN LUIS DE LA REINA
/// (TOWN)" → (country codes, folded names of the places below the country).
fn muc_gold(g: &Gazetteer, v: &serde_json::Value) -> (Vec<String>, Vec<String>) {
    let locations = v["templates_raw"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|t| t["INCIDENT: LOCATION"].as_array().into_iter().flatten());
    muc_locations(g, locations)
}

/// Answer-key locations → (country codes, folded names of the places below the country).
fn muc_locations<'a>(
    g: &Gazetteer,
    locations: impl Iterator<Item = &'a serde_json::Value>,
) -> (Vec<String>, Vec<String>) {
    let (mut countries, mut places) = (Vec::new(), Vec::new());
    {
        for loc in locations {
            let loc = loc.as_str().unwrap_or("");
            for alt in loc.split(" / ") {
                let mut parts = alt.split(':').map(|p| {
                    let p = p.trim().trim_start_matches('?').trim();
                    p.split(" (").next().unwrap_or(p).trim().to_string()
                });
                if let Some(c) = parts.next() {
                    if let Some(cc) = g.resolve_name(&c).and_then(|k| g.country_of(k)) {
                        countries.push(cc);
                    }
                }
                places.extend(parts.filter_map(|p| fold_name(&p)));
            }
        }
    }
    (countries, places)
}

/// The place development set: MUC-3/4 messages with a numeric casualty key (the answer
/// keys' incident locations, read at test time) and ECB+ documents (the place of each
/// topic's event, hand-coded in tests/data/ecbplus-places.csv). Prints coverage and
/// accuracy (`make eval`, which runs it: ~20 s in debug, so left out of `cargo test`).
///
/// Two measures each. Over every extracted claim (printed for information: a claim the
/// extractor newly finds lowers its coverage whatever its place). Over the gold-matched
/// claims, the floors: the extracted claims that are a coded claim — in MUC-3/4 those
/// containing an answer key's figure (`extract::tests::muc_figures`), scored against the
/// location of that figure's own template; in ECB+ those matching a row of
/// `tests/data/{ecbplus,devset,heldout}-claims.csv` (document, sentence, outcome, figure).
/// Fails below what the gold-matched measure reached when the thresholds were set.
#[test]
#[ignore]
fn dev_set_place_accuracy() {
    use crate::extract::tests::{contains, muc_figures};
    let t = Tables::default();
    let x = crate::extract::Extractor::new(&t);
    let g = Gazetteer::new(&t);
    let (mut muc, mut muc_matched) = (Score::default(), Score::default());
    let text =
        std::fs::read_to_string(corpus_path("muc34/muc34_messages_with_casualty_keys.jsonl"))
            .expect("../shared/corpus/muc34 beside the checkout");
    for line in text.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        if !v["has_numeric_death_or_injury_key"]
            .as_bool()
            .unwrap_or(false)
        {
            continue;
        }
        let (countries, places) = muc_gold(&g, &v);
        if countries.is_empty() {
            continue;
        }
        let doc = crate::model::Document {
            name: v["msg_id"].as_str().unwrap_or("").to_string(),
            text: v["text"].as_str().unwrap_or("").to_string(),
            ..Default::default()
        };
        let figures = muc_figures(&v);
        let ex = x.extract(&doc);
        for (ci, c) in ex.claims.iter().enumerate() {
            let note = || format!("MUC\t{}\t{}", doc.name, why(&ex.places, ci));
            muc.add(&g, c, &countries, &places, &note);
            let slots: Vec<usize> = figures
                .iter()
                .filter(|f| contains(c, f))
                .map(|f| f.slot)
                .collect();
            if slots.is_empty() {
                continue;
            }
            let locations = slots.iter().flat_map(|&s| {
                v["casualty_slots"][s]["location"]
                    .as_array()
                    .into_iter()
                    .flatten()
            });
            let (countries, places) = muc_locations(&g, locations);
            if !countries.is_empty() {
                let note = || format!("MUC gold-matched\t{}\t{}", doc.name, why(&ex.places, ci));
                muc_matched.add(&g, c, &countries, &places, &note);
            }
        }
    }
    muc.print("MUC-3/4 places, all extracted claims");
    muc_matched.print("MUC-3/4 places, gold-matched claims");

    let (mut ecb, mut ecb_matched) = (Score::default(), Score::default());
    let project = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let facts = std::fs::read_to_string(project.join("tests/data/ecbplus-places.csv")).unwrap();
    let mut gold: std::collections::HashMap<String, (Vec<String>, Vec<String>)> =
        Default::default();
    for rec in csv::Reader::from_reader(facts.as_bytes()).records() {
        let rec = rec.unwrap();
        let (topic, sub, country) = (&rec[0], &rec[1], &rec[3]);
        let places: Vec<String> = rec[2].split(';').filter_map(fold_name).collect();
        gold.insert(
            format!("{topic}/{sub}"),
            (vec![country.to_string()], places),
        );
    }
    // a coded claim whose own sentence states another place than the topic's event (an
    // earlier quake's toll, a quake felt abroad): that place, by (document, sentence)
    let own_facts =
        std::fs::read_to_string(project.join("tests/data/ecbplus-claim-places.csv")).unwrap();
    let mut own: std::collections::HashMap<(String, usize), (Vec<String>, Vec<String>)> =
        Default::default();
    for rec in csv::Reader::from_reader(own_facts.as_bytes()).records() {
        let rec = rec.unwrap();
        let places: Vec<String> = rec[2].split(';').filter_map(fold_name).collect();
        own.insert(
            (rec[0].to_string(), rec[1].parse().unwrap()),
            (vec![rec[3].to_string()], places),
        );
    }
    // the coded claims: (document, sentence index, outcome, low, high)
    let mut coded: Vec<(String, usize, String, i64, i64)> = Vec::new();
    for sheet in [
        "ecbplus-claims.csv",
        "devset-claims.csv",
        "heldout-claims.csv",
    ] {
        let text = std::fs::read_to_string(project.join("tests/data").join(sheet)).unwrap();
        let mut r = csv::Reader::from_reader(text.as_bytes());
        let head = r.headers().unwrap().clone();
        let col = |name: &str| head.iter().position(|h| h == name).unwrap();
        let (d, s, o, lo, hi) = (
            col("document"),
            col("sentence"),
            col("outcome"),
            col("low"),
            col("high"),
        );
        for rec in r.records() {
            let rec = rec.unwrap();
            let (Ok(si), Ok(l), Ok(h)) = (rec[s].parse(), rec[lo].parse(), rec[hi].parse()) else {
                continue;
            };
            coded.push((rec[d].to_string(), si, rec[o].to_string(), l, h));
        }
    }
    let docs = std::fs::read_to_string(corpus_path("ecbplus/ecbplus_docs.jsonl")).unwrap();
    for line in docs.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let key = format!("{}/{}", v["topic"], v["subcorpus"].as_str().unwrap_or(""));
        if std::env::var("PLACES_DUMP").is_ok() {
            dump_places(&x, &v);
        }
        let Some(topic_gold) = gold.get(&key) else {
            continue;
        };
        let (sentences, doc) = ecb_document(&v);
        // each corpus sentence's first byte in the joined text
        let starts: Vec<usize> = sentences
            .iter()
            .scan(0, |at, s| {
                let here = *at;
                *at += s.len() + 1;
                Some(here)
            })
            .collect();
        let ex = x.extract(&doc);
        for (ci, c) in ex.claims.iter().enumerate() {
            let si = c
                .span
                .map(|(at, _)| starts.partition_point(|&s| s <= at).saturating_sub(1));
            let (countries, places) = si
                .and_then(|si| own.get(&(doc.name.clone(), si)))
                .unwrap_or(topic_gold);
            let note = || format!("ECB+\t{}\t{}", doc.name, why(&ex.places, ci));
            ecb.add(&g, c, countries, places, &note);
            let Some(si) = si else { continue };
            let coded_claim = coded.iter().any(|(d, s, o, l, h)| {
                *d == doc.name
                    && *s == si
                    && o == c.outcome.as_str()
                    && c.quantity.low.is_none_or(|x| x <= *h)
                    && c.quantity.high.is_none_or(|x| x >= *l)
            });
            if coded_claim {
                let note = || format!("ECB+ gold-matched\t{}\t{}", doc.name, why(&ex.places, ci));
                ecb_matched.add(&g, c, countries, places, &note);
            }
        }
    }
    ecb.print("ECB+ places, all extracted claims");
    ecb_matched.print("ECB+ places, gold-matched claims");
    // Session 8: a neighbourhood named as one ("IN THE SAN JOSE NEIGHBORHOOD") is a part of
    // the city, no town of that name elsewhere: 822/854, 730 -> 731 right countries, 372 -> 373
    // right cities (0.9625 / 0.8893 / 0.6649). Session 10: the seat of a reaction ("MEXICO
    // CONDEMNED ...") no scene: 827/859, 736 right countries, 378 -> 379 right cities
    // (0.9627 / 0.8900 / 0.6696)
    // Session 11: a name a place bears only as an alternate one is not taken where another
    // name tells another country: 829/861, 738 -> 743 right countries, 381 -> 384 right
    // cities (0.9628 / 0.8963 / 0.6761)
    // Session 12 (war12): a small place kept beside a side's nationality, Arabic names in
    // another romanisation, a country's part by its own name: 843 -> 844 placed, 757
    // right countries, 390 -> 393 right cities (0.9635 / 0.8969 / 0.6811). Merged with
    // kinds12 (whose rule unrealised drops a threat's figure that had matched a key):
    // 843/875 placed, 756 right countries, 392/576 right cities (0.9634 / 0.8968 / 0.6806)
    // With headline12 (ten more MUC-3/4 figures found, 875 -> 889 gold-matched claims, some
    // in messages no rule places): 856/889 placed, 767 right countries, 397/584 right
    // cities (0.9629 / 0.8960 / 0.6798): the floors at those figures, above the session's
    // start (0.962, 0.896, 0.676)
    // Session 13 (places13): a country chosen for a claim gives way to a scene named within
    // it through the same tiers (a_country_gives_way_to_a_scene_within_it): 397 -> 421/584
    // right cities (0.9629 / 0.8960 / 0.7209); the floors at those figures (not when the
    // country is named in the claim's own sentence: "rioting ... across the country")
    // Session 16 (muctruth16): a city before "cartel" names an organisation ("the Medellin
    // cartel"), not the scene: 424 -> 429/588 right cities (0.9631 / 0.8967 / 0.7296); the
    // floors at those figures
    // Where talks or a meeting are held is passing ("the talks held in Mexico City"): 773 ->
    // 775 right countries (0.8991)
    // Session 17 (ho14left): a region's name led by a connector word before a level word
    // ("LA PAZ DEPARTMENT", "LA MAR PROVINCE"), a name particle ("DE LIMA" after a first
    // name: a person): 870/903 -> 873/905 placed, 783 -> 792 right countries, 432/592 ->
    // 434/595 right cities (0.9646 / 0.9072 / 0.7294); the floors at those figures
    muc_matched.at_least("MUC-3/4 gold-matched", 0.964, 0.907, 0.729);
    // Session 7: coverage 0.78 -> 0.767, LOWERED at merge and said so in the closing note:
    // the places code did not change (it was taken out again with the places branch); the
    // session's extraction matched 2 more claims of the gold (41 -> 43), one placed, one not,
    // so resolved claims rose 32 -> 33 while the ratio fell 32/41 -> 33/43. The places
    // branch (0.829 coverage) waits for a linking fit to merge.
    // Session 8: coverage restored and raised by the place the report is about (a fallback
    // for a claim with nothing named near it): 33/43 -> 36/43 placed, 0.767 / 0.848 / 0.697
    // -> 0.837 / 0.861 / 0.722; the floors are these figures.
    // Session 10: the extraction's new singular claims match one more coded claim, placed
    // right: 38/44 -> 39/45 placed, 0.864 / 0.868 / 0.737 -> 0.867 / 0.872 / 0.744; the
    // floors are these figures.
    // Session 11: a common word not taken lends no context (18_2ecb's Vancouver in Canada
    // again): 34 -> 36 of 39 right countries; and a coded claim whose own sentence states
    // another place than the topic's is scored against that place
    // (tests/data/ecbplus-claim-places.csv: two earlier quakes' tolls in 20_4ecbplus and
    // 20_8ecbplus), 29 -> 33 right cities: 0.867 / 0.923 / 0.846 (without that file
    // 0.867 / 0.923 / 0.744); the floors are these figures.
    ecb_matched.at_least("ECB+ gold-matched", 0.866, 0.923, 0.846);
}

/// An ECB+ corpus record's sentences, and the document of them joined by spaces.
fn ecb_document(v: &serde_json::Value) -> (Vec<&str>, crate::model::Document) {
    let sentences: Vec<&str> = v["sentences"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|s| s.as_str())
        .collect();
    let doc = crate::model::Document {
        name: v["doc"].as_str().unwrap_or("").to_string(),
        text: sentences.join(" "),
        ..Default::default()
    };
    (sentences, doc)
}

/// Every claim's place in an ECB+ document, one line each (`PLACES_DUMP`): to compare two
/// versions of the rules on documents the gold does not cover.
fn dump_places(x: &crate::extract::Extractor, v: &serde_json::Value) {
    let (_, doc) = ecb_document(v);
    let ex = x.extract(&doc);
    for (ci, c) in ex.claims.iter().enumerate() {
        eprintln!(
            "DUMP\t{}\t{ci}\t{:?}\t{:?}\t{}",
            doc.name,
            c.place,
            c.place_ref.as_ref().map(|r| (&r.name, &r.country)),
            why(&ex.places, ci)
        );
    }
}

/// Why claim `ci` got its place, for the debug lines: the reason and what was chosen.
fn why(decisions: &[PlaceDecision], ci: usize) -> String {
    decisions
        .iter()
        .find(|d| d.claim == ci)
        .map(|d| {
            format!(
                "{}\t{}",
                d.reason,
                d.mentions.join(" | ").replace(['\n', '\t'], " ")
            )
        })
        .unwrap_or_default()
}

/// A MUC-3/4 message by id, as a document.
fn muc_message(id: &str) -> crate::model::Document {
    let text =
        std::fs::read_to_string(corpus_path("muc34/muc34_messages_with_casualty_keys.jsonl"))
            .unwrap();
    let v: serde_json::Value = text
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .find(|v| v["msg_id"] == id)
        .unwrap_or_else(|| panic!("{id}"));
    crate::model::Document {
        name: id.into(),
        text: v["text"].as_str().unwrap().into(),
        ..Default::default()
    }
}

/// The first ECB+ casualty sentence containing all `words`, as a document.
fn ecb_sentence(words: &[&str]) -> crate::model::Document {
    let text =
        std::fs::read_to_string(corpus_path("ecbplus/ecbplus_casualty_sentences.jsonl")).unwrap();
    let s = text
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .map(|v| v["text"].as_str().unwrap().to_string())
        .find(|s| words.iter().all(|w| s.contains(w)))
        .unwrap_or_else(|| panic!("{words:?}"));
    crate::model::Document {
        name: "ecb".into(),
        text: s,
        ..Default::default()
    }
}

fn extracted_place(doc: &crate::model::Document, written: &str) -> PlaceRef {
    let t = Tables::default();
    let x = crate::extract::Extractor::new(&t).extract(doc);
    let c = x
        .claims
        .iter()
        .find(|c| c.quantity.written == written)
        .unwrap_or_else(|| panic!("{written}: {:?}", x.claims));
    c.place_ref
        .clone()
        .unwrap_or_else(|| panic!("{written}: no place; {:?}", x.places))
}

#[test]
fn muc_scenes_follow_the_answer_key() {
    // DEV-MUC3-0001: "... ABOUT 50 PEASANTS ... KIDNAPPED ... IN SAN MIGUEL DEPARTMENT"; the
    // key: "EL SALVADOR: SAN MIGUEL (DEPARTMENT): SAN LUIS DE LA REINA (TOWN)". All capitals,
    // datelined SAN SALVADOR: the department, not the dateline's city nor a San Miguel
    // elsewhere.
    let p = extracted_place(&muc_message("DEV-MUC3-0001"), "ABOUT 50");
    assert_eq!(
        (p.name.as_str(), p.level, p.country.as_deref()),
        ("San Miguel", PlaceLevel::Region, Some("SV"))
    );
}

#[test]
fn ecbplus_scenes() {
    // "... when a mosque collapsed ... in Indonesia's Aceh province"
    let p = extracted_place(
        &ecb_sentence(&["killed six children", "Aceh province"]),
        "six",
    );
    assert_eq!(
        (p.level, p.country.as_deref()),
        (PlaceLevel::Region, Some("ID"))
    );
    // "... on the Persian Gulf island of Qeshm off Iran's southern coast"
    let d = ecb_sentence(&["Ten people were killed", "Qeshm"]);
    let p = extracted_place(&d, "Ten");
    assert_eq!(p.country.as_deref(), Some("IR"), "{p:?}");
}

/// The one claim of a one-sentence text (its first sentence), resolved, and why.
fn placed(text: &str) -> (Claim, PlaceDecision) {
    let (mut c, mut d) = resolve(text, &[0], Scope::Incident);
    (c.remove(0), d.remove(0))
}

/// The resolved place's name and country code.
fn name_and_country(c: &Claim) -> (&str, Option<&str>) {
    let r = c.place_ref.as_ref().expect("a place");
    (r.name.as_str(), r.country.as_deref())
}

#[test]
fn a_nationality_is_not_the_scene() {
    // a country's name before a people noun: whose people, not where
    let (c, d) = placed("Two U.S. missionaries were killed in La Paz on Wednesday, police said.");
    assert_eq!(name_and_country(&c), ("La Paz", Some("BO")), "{d:?}");
    assert!(
        d.mentions.iter().any(|m| m.contains("nationality")),
        "{d:?}"
    );
    // the dateline over a nationality
    let text = "LA PAZ, 26 MAY 89 (PRESENCIA) -- Two U.S. citizens were murdered on Wednesday.";
    let (c, _) = placed(text);
    assert_eq!(c.place_ref.as_ref().unwrap().country.as_deref(), Some("BO"));
    // nothing else named: the nationality is the only evidence of a country
    let (c, d) = placed("Two U.S. soldiers were killed on Wednesday.");
    assert_eq!(c.place.as_deref(), Some("U.S."));
    assert!(d.reason.contains("nationality"), "{d:?}");
    // MUC-3/4 messages from La Paz and San Salvador about murdered U.S. citizens: every
    // claim is placed in Bolivia or El Salvador, never in the United States
    for (id, country) in [("DEV-MUC3-0230", "BO"), ("DEV-MUC3-0334", "SV")] {
        assert!(!muc_places_in(id, country).is_empty(), "{id}");
    }
}

/// The places of a MUC-3/4 message's extracted claims, each asserted placed in `country`.
fn muc_places_in(id: &str, country: &str) -> Vec<PlaceRef> {
    let t = Tables::default();
    let ex = crate::extract::Extractor::new(&t).extract(&muc_message(id));
    ex.claims
        .iter()
        .map(|c| {
            let r = c.place_ref.clone().unwrap_or_else(|| panic!("{id}: {c:?}"));
            assert_eq!(r.country.as_deref(), Some(country), "{id}: {:?}", ex.places);
            r
        })
        .collect()
}

#[test]
fn a_common_word_after_the_is_not_a_place_in_capitals() {
    // "IN THE WAKE OF", "IN THE CAPITAL": GeoNames knows a Wake Village and a Capital
    let text = "THREE PEOPLE WERE KILLED IN THE WAKE OF THE ATTACKS IN THE CAPITAL.";
    let (c, d) = placed(text);
    assert_eq!(c.place, None, "{d:?}");
    // in cased text case tells: "the Jabaliya refugee camp" is a place
    let (c, d) = placed("Three people were killed in the Jabaliya refugee camp on Tuesday.");
    assert_eq!(c.place.as_deref(), Some("Jabaliya"), "{d:?}");
}

#[test]
fn a_nationality_word_is_the_country_only_when_nothing_else_is_named() {
    // "Spanish-born Jesuits", "Salvadoran soldiers": never over a place named
    let (c, d) = placed("Six Spanish-born Jesuits were killed in San Salvador on Thursday.");
    assert_eq!(c.place.as_deref(), Some("San Salvador"), "{d:?}");
    let (c, d) = placed("THREE SALVADORAN SOLDIERS WERE KILLED IN SOYAPANGO ON WEDNESDAY.");
    assert_eq!(c.place.as_deref(), Some("SOYAPANGO"), "{d:?}");
    // nothing else named: the country, and the reason says it is only a nationality
    let (c, d) = placed("Two American missionaries were killed on Wednesday.");
    let r = c.place_ref.as_ref().unwrap();
    assert_eq!(
        (r.level, r.country.as_deref()),
        (PlaceLevel::Country, Some("US"))
    );
    assert!(d.reason.contains("nationality"), "{d:?}");
}

#[test]
fn a_function_word_or_an_organisation_is_not_a_place() {
    // "One" (a town GeoNames knows) at a sentence's start
    let (c, d) = placed("One man was shot and killed, police said.");
    assert_eq!(c.place, None, "{d:?}");
    // a movement GeoNames gives as another name of a town ("Hamas" of Hamm)
    let (c, d) = placed("Two Hamas militants were among the dead.");
    assert_eq!(c.place, None, "{d:?}");
    // "the U.S. consulate": an organisation, not the scene
    let text =
        "SANTIAGO, 15 MAY 90 -- THREE GUARDS WERE HURT NEAR THE ENTRANCE OF THE U.S. CONSULATE.";
    let (c, d) = placed(text);
    assert_eq!(name_and_country(&c), ("Santiago", Some("CL")), "{d:?}");
}

#[test]
fn us_local_news_takes_the_dateline_town() {
    // a town of a few thousand, its state abbreviated as wire copy writes it
    for text in [
        "WOODBURN, Ore. (AP) — A bomb killed two police officers on Friday.",
        "STAUNTON, Va. — Three people were shot in the 100 block of Main Street on Friday.",
    ] {
        let (c, d) = placed(text);
        let r = c.place_ref.as_ref().unwrap_or_else(|| panic!("{d:?}"));
        assert_eq!(
            (r.level, r.country.as_deref()),
            (PlaceLevel::City, Some("US"))
        );
        assert!(d.reason.contains("dateline"), "{d:?}");
    }
    let (c, d) = placed("STAUNTON, Va. — Three people were shot on Friday.");
    assert_eq!(
        c.place_ref.unwrap().region.as_deref(),
        Some("Virginia"),
        "{d:?}"
    );
    // "the city's East Side" is a part of the dateline's city, not an East Side elsewhere
    let (c, d) = placed("DAYTON, Ohio — Three people were shot on the city's East Side on Friday.");
    assert_eq!(name_and_country(&c), ("Dayton", Some("US")), "{d:?}");
    // a county named with a scene cue
    let (c, d) = placed("Three people were shot in Harris County on Friday.");
    let r = c.place_ref.as_ref().unwrap();
    assert_eq!(
        (r.level, r.region.as_deref()),
        (PlaceLevel::District, Some("Texas")),
        "{d:?}"
    );
}

/// An ECB+ document by name ("18_3ecbplus.xml"), its sentences joined.
fn ecb_doc(name: &str) -> crate::model::Document {
    let docs = std::fs::read_to_string(corpus_path("ecbplus/ecbplus_docs.jsonl")).unwrap();
    let v: serde_json::Value = docs
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .find(|v| v["doc"] == name)
        .unwrap_or_else(|| panic!("{name}"));
    ecb_document(&v).1
}

#[test]
fn a_claim_with_nothing_named_near_it_takes_the_place_the_report_is_about() {
    // a shooting in Troy, Michigan, told over 20 sentences; "She said the third victim died
    // on the way to the hospital" names no place, nor do the sentences around it
    let t = Tables::default();
    let doc = ecb_doc("18_3ecbplus.xml");
    let x = crate::extract::Extractor::new(&t).extract(&doc);
    let (i, c) = x
        .claims
        .iter()
        .enumerate()
        .find(|(_, c)| {
            c.sentence
                .as_deref()
                .is_some_and(|s| s.contains("third victim died"))
        })
        .unwrap_or_else(|| panic!("{:?}", x.claims));
    let r = c
        .place_ref
        .as_ref()
        .unwrap_or_else(|| panic!("{:?}", x.places));
    assert_eq!(
        (r.name.as_str(), r.region.as_deref(), r.country.as_deref()),
        ("Troy", Some("Michigan"), Some("US"))
    );
    let d = x.places.iter().find(|d| d.claim == i).unwrap();
    assert!(d.reason.contains("the report is about"), "{d:?}");
    // the place a report is about is a place below the country: "the U.S.", named in
    // passing in every sentence, is not it
    let text = "Three people were shot on Friday. The U.S. has seen many such shootings. \
                The U.S. Senate debated it. Police said the gunman fled.";
    let (c, d) = resolve(text, &[0], Scope::Incident);
    assert_eq!(c[0].place, None, "{d:?}");
    // in text in capitals only, the dateline stays the fallback (MUC-3/4: right for 285 of
    // 287 claims)
    let text = "SAN SALVADOR, 12 NOV 89 (RADIO) -- THREE PEOPLE WERE KILLED TODAY. \
                THE ARMY SAID NOTHING. THE PRESIDENT SPOKE. THE CHURCH PROTESTED. TROOPS WERE SENT TO SAN MIGUEL DEPARTMENT. SAN MIGUEL DEPARTMENT IS CALM.";
    let (c, d) = resolve(text, &[0], Scope::Incident);
    assert_eq!(c[0].place.as_deref(), Some("SAN SALVADOR"), "{d:?}");
    // with case, the place named most often goes before the dateline
    let text = "SAN SALVADOR (AP) — Three people were killed today. The army said nothing. \
                The president spoke. The church protested. Troops were sent to San Miguel \
                department. San Miguel department is calm.";
    let (c, d) = resolve(text, &[0], Scope::Incident);
    assert_eq!(
        c[0].place.as_deref(),
        Some("San Miguel department"),
        "{d:?}"
    );
}

/// The sentence of ECB+ document `doc` containing `words`.
fn ecb_doc_sentence(doc: &str, words: &str) -> String {
    let d = ecb_doc(doc);
    let lex = crate::extract::lexicon::Lexicon::load();
    crate::extract::sentences::split(&d.text, &lex)
        .into_iter()
        .map(|(s, e)| d.text[s..e].to_string())
        .find(|s| s.contains(words))
        .unwrap_or_else(|| panic!("{doc}: {words}"))
}

#[test]
fn where_a_speaker_is_is_not_the_scene() {
    // the speaker's place after a word of speech, or after a speaker and a word of speech
    for (doc, words, place) in [
        ("8_3ecbplus.xml", "Van Rompuy said in Brussels", "Brussels"),
        (
            "41_8ecb.xml",
            "United Nations official in Gaza said",
            "Gaza",
        ),
        ("41_5ecbplus.xml", "told reporters in Bentiu", "Bentiu"),
    ] {
        let s = ecb_doc_sentence(doc, words);
        let (c, d) = placed(&s);
        assert_ne!(c.place.as_deref(), Some(place), "{s}: {d:?}");
        assert!(
            d.mentions
                .iter()
                .any(|m| m.starts_with(&format!("'{place}'"))
                    && (m.contains("passing") || m.contains("a person ('said'"))),
            "{s}: {d:?}"
        );
    }
    // an official who is not speaking is where the sentence says (MUC-3/4 DEV-MUC3-0912)
    let (c, d) =
        placed("AN ITALIAN EMBASSY OFFICIAL IN SAN SALVADOR IS TRYING TO SEE THE FOUR WOUNDED.");
    assert_eq!(c.place.as_deref(), Some("SAN SALVADOR"), "{d:?}");
    // "said" before a place that is no scene cue's: the police of the place (18_2ecb)
    let (_, d) = placed(
        "He shot one man fatally right away, said Vancouver police spokesperson Tim Fanning.",
    );
    assert!(!d.mentions.iter().any(|m| m.contains("passing")), "{d:?}");
}

#[test]
fn an_earlier_incident_is_the_scene_of_its_own_sentence_only() {
    // 19_14ecb: "... another 15-year-old, Michalis Kaltezas, who was killed by an officer
    // during a demonstration in Athens in 1985"
    let s = ecb_doc_sentence("19_14ecb.xml", "Kaltezas");
    let text = format!("{s} Two more people were injured on Sunday.");
    let (c, d) = resolve(&text, &[0, 1], Scope::Incident);
    assert_eq!(c[0].place.as_deref(), Some("Athens"), "{d:?}");
    assert!(d[0].reason.contains("earlier incident"), "{d:?}");
    assert_eq!(c[1].place, None, "{d:?}");
    // named to compare: "like the attack in Paris" (our own sentence)
    let (c, d) =
        placed("Three people were killed on Friday, in an attack like the bombing in Paris.");
    assert_eq!(c.place, None, "{d:?}");
    // with no scene cue, a comparison's country is the scene's own (19_5ecb: "the worst
    // rioting Greece has seen in decades, with at least 70 people injured")
    let s = ecb_doc_sentence("19_5ecb.xml", "worst rioting");
    let (c, d) = placed(&s);
    assert_eq!(c.place.as_deref(), Some("Greece"), "{d:?}");
}

#[test]
fn a_neighbourhood_is_a_part_of_the_city_not_a_town_elsewhere() {
    // 18_7ecb (a shooting in Vancouver, British Columbia): "Police blocked the street in the
    // Mount Pleasant neighborhood" is in Vancouver, not the Mount Pleasant GeoNames knows
    let t = Tables::default();
    let x = crate::extract::Extractor::new(&t).extract(&ecb_doc("18_7ecb.xml"));
    assert!(!x.claims.is_empty());
    for c in &x.claims {
        let r = c
            .place_ref
            .as_ref()
            .unwrap_or_else(|| panic!("{:?}", x.places));
        assert_eq!(
            (r.name.as_str(), r.country.as_deref()),
            ("Vancouver", Some("CA")),
            "{:?}",
            x.places
        );
    }
    // US local news: a block, a street and a neighbourhood, the city in the dateline only
    let (c, d) = placed(
        "STAUNTON, Va. — Three people were shot in the 1200 block of Washington Street in the \
         Englewood neighborhood on Friday.",
    );
    assert_eq!(name_and_country(&c), ("Staunton", Some("US")), "{d:?}");
    // no dateline: the city in the police's name
    let (c, d) =
        placed("Two men were shot in the Englewood neighborhood on Saturday, Chicago police said.");
    assert_eq!(name_and_country(&c), ("Chicago", Some("US")), "{d:?}");
    // MUC-3/4 (DEV-MUC3-0078 and others): "IN THE SAN JOSE NEIGHBORHOOD" of San Salvador
    let (c, d) = placed(
        "SAN SALVADOR, 12 NOV 89 (RADIO) -- TWO PEOPLE WERE KILLED IN THE SAN JOSE NEIGHBORHOOD.",
    );
    assert_eq!(name_and_country(&c), ("San Salvador", Some("SV")), "{d:?}");
    // "an Atlanta neighborhood" is in Atlanta (3_7ecb)
    let (c, d) = placed("A federal agent was shot and killed in an Atlanta neighborhood.");
    assert_eq!(name_and_country(&c), ("Atlanta", Some("US")), "{d:?}");
}

/// The outlet's home city (`outlet`): from its outlet, its url's host, a name of
/// `data/outlets.csv` in its text, or a call sign before a US city; sentences in the shape
/// of ECB+'s (18_1ecbplus, 18_4ecbplus, 21_2ecb, 13_18ecb; 22_1ecbplus's url). Not from a sign-like
/// word before another word ("WBA Champion", "WWDC June") nor from text in capitals.
#[test]
fn an_outlets_home_city_is_read_from_its_name_url_or_call_sign() {
    let t = Tables::default();
    let g = Gazetteer::new(&t);
    let home = |outlet: Option<&str>, url: Option<&str>, text: &str, caps: bool| {
        g.outlets.home(&g, outlet, url, text, caps).map(|h| {
            (
                g.name(h.key),
                g.country_of(h.key).unwrap_or_default(),
                h.how,
            )
        })
    };
    let city = |outlet: Option<&str>, url: Option<&str>, text: &str| {
        home(outlet, url, text, false).map(|h| h.0)
    };
    assert_eq!(city(Some("WGN"), None, "").as_deref(), Some("Chicago"));
    assert_eq!(
        city(Some("the Chicago Tribune"), None, "").as_deref(),
        Some("Chicago")
    );
    assert_eq!(
        city(
            None,
            Some("http://www.nbcphiladelphia.com/news/local/x.html"),
            ""
        )
        .as_deref(),
        Some("Philadelphia")
    );
    assert_eq!(
        city(None, Some("http://articles.latimes.com/2009/x"), "").as_deref(),
        Some("Los Angeles")
    );
    // a national outlet is no local outlet
    assert_eq!(
        city(
            Some("The New York Times"),
            Some("http://www.nytimes.com/x"),
            ""
        ),
        None
    );
    for (text, want) in [
        (
            "\"We pushed a desk against the door, \" Moreno told WDIV, a Detroit station.",
            "Detroit",
        ),
        (
            "Residents told the station WJBK in Detroit that they heard gunfire around 9 a. m.",
            "Detroit",
        ),
        (
            "A cyclist was struck and killed by a truck on Tuesday, WCCO-TV Channel 4 reported.",
            "Minneapolis",
        ),
        (
            "The senator stayed in Juneau on Friday, while the Anchorage Daily News reported that relatives went to the memorial.",
            "Anchorage",
        ),
    ] {
        assert_eq!(city(None, None, text).as_deref(), Some(want), "{text}");
    }
    let (name, country, how) = home(
        None,
        None,
        "The shooting was first reported by KTLA 5 Los Angeles on Friday.",
        false,
    )
    .unwrap();
    assert_eq!((name.as_str(), country.as_str()), ("Los Angeles", "US"));
    assert!(how.contains("KTLA"), "{how}");
    assert_eq!(
        city(
            None,
            None,
            "He lost his WBA Champion belt at WWDC June events."
        ),
        None
    );
    assert_eq!(
        home(None, None, "WHEN THE SOLDIERS REACHED WGN CHICAGO", true),
        None
    );
}

/// Where a reaction came from is not the scene (`Cue::Seat`): a place as the subject of a
/// word of reaction or speech (`reaction` and `speech` in data/place_cues.csv: "Mexico
/// condemned", "the United States has deplored"), and "in <place>, <an official or an
/// authority> said" opening a sentence, give way to a scene named near the claim, and place
/// no claim themselves.
#[test]
fn the_seat_of_a_reaction_is_not_the_scene() {
    // the reacting capital's sentence, the scene in the sentence before
    let (c, d) = resolve(
        "Gunmen killed three priests in San Salvador on Sunday. In Madrid, \
         a foreign ministry spokesman said the killing of the priests was a crime.",
        &[1],
        Scope::Incident,
    );
    let r = c[0].place_ref.as_ref().expect("placed");
    assert_eq!(r.country.as_deref(), Some("SV"), "{d:?}");
    assert!(
        d[0].mentions
            .iter()
            .any(|m| m.starts_with("'Madrid'") && m.contains("seat")),
        "{d:?}"
    );
    // a country as the subject of a word of reaction, in capitals and in cased text
    for text in [
        "FOUR TEACHERS WERE SHOT DEAD IN SAN SALVADOR ON SUNDAY. MEXICO HAS STRONGLY CONDEMNED \
         THE MURDER OF THE FOUR TEACHERS.",
        "Four teachers were shot dead in San Salvador on Sunday. Mexico condemned the murder \
         of the four teachers.",
    ] {
        let (c, d) = resolve(text, &[1], Scope::Incident);
        let r = c[0].place_ref.as_ref().expect("placed");
        assert_eq!(r.country.as_deref(), Some("SV"), "{text}: {d:?}");
    }
    // not a seat: the scene opening a sentence whose speaker is no authority; a passive
    for (text, country) in [
        (
            "In San Miguel, six soldiers were killed, the army said.",
            "SV",
        ),
        (
            "IN SAN MIGUEL, SIX SOLDIERS WERE KILLED, THE ARMY SAID.",
            "SV",
        ),
        (
            "Three farmers were killed as Honduras was condemned by the rebels.",
            "HN",
        ),
    ] {
        let (c, d) = resolve(text, &[0], Scope::Incident);
        let r = c[0].place_ref.as_ref().expect("placed");
        assert_eq!(r.country.as_deref(), Some(country), "{text}: {d:?}");
        assert!(
            !d[0].mentions.iter().any(|m| m.contains("seat")),
            "{text}: {d:?}"
        );
    }
    // a place's authority by its possessive ("Spain's foreign ministry", "SPAIN'S
    // EMBASSY"): an organisation, neither the scene nor what draws an ambiguous name to its
    // country (San Miguel, El Salvador, not San Miguel de Salinas in Spain)
    for text in [
        "Four priests were killed in San Miguel on Sunday. Spain's foreign ministry said the \
         killing of the priests was a crime.",
        "FOUR PRIESTS WERE KILLED IN SAN MIGUEL ON SUNDAY. SPAIN'S EMBASSY CONDEMNED THE \
         KILLING OF THE FOUR PRIESTS.",
    ] {
        let (c, d) = resolve(text, &[1], Scope::Incident);
        let r = c[0].place_ref.as_ref().expect("placed");
        assert_eq!(r.country.as_deref(), Some("SV"), "{text}: {d:?}");
        assert!(
            d[0].mentions.iter().any(|m| m.contains("an organisation")),
            "{text}: {d:?}"
        );
    }
    // a possessive before no authority is still a place
    let (c, d) = resolve(
        "Five people died in Aleppo's eastern districts.",
        &[0],
        Scope::Incident,
    );
    assert_eq!(c[0].place.as_deref(), Some("Aleppo"), "{d:?}");
    // nothing else named: no place (the seat is where the reaction came from)
    let (c, d) = resolve(
        "Mexico condemned the murder of the six priests.",
        &[0],
        Scope::Incident,
    );
    assert_eq!(c[0].place, None, "{d:?}");
}

/// MUC-3/4 messages (read at test time) in which a place outside the answer key's
/// countries reacts ("<PLACE> [HAS|TODAY|...] CONDEMNED|DENIED|..."): their claims placed in
/// the reacting place's country, and in the key's.
#[test]
fn muc_reactions_from_elsewhere_are_not_the_scene() {
    let re = regex::Regex::new(
        r"\b([A-Z]{3,}(?: [A-Z]{3,})?) (?:HAS |TODAY |ALSO |STRONGLY |BITTERLY )?(?:CONDEMNED|CONDEMNS|DENIED|DEPLORED|REPUDIATED|REJECTED|PROTESTED|PROPOSED|DENOUNCED|ACCUSED|EXPRESSED|DEMANDED|REQUESTED)\b",
    )
    .unwrap();
    let t = Tables::default();
    let x = crate::extract::Extractor::new(&t);
    let g = Gazetteer::new(&t);
    let text =
        std::fs::read_to_string(corpus_path("muc34/muc34_messages_with_casualty_keys.jsonl"))
            .expect("../shared/corpus/muc34 beside the checkout");
    let (mut messages, mut claims, mut at_seat, mut right) = (0, 0, 0, 0);
    for line in text.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let body = v["text"].as_str().unwrap_or("");
        let (countries, _) = muc_gold(&g, &v);
        let seats: Vec<String> = re
            .captures_iter(body)
            .filter_map(|m| {
                let k = g.resolve_name(m.get(1)?.as_str())?;
                g.country_of(k)
            })
            .filter(|cc| !countries.contains(cc))
            .collect();
        if countries.is_empty() || seats.is_empty() {
            continue;
        }
        messages += 1;
        let doc = crate::model::Document {
            name: v["msg_id"].as_str().unwrap_or("").to_string(),
            text: body.to_string(),
            ..Default::default()
        };
        for c in &x.extract(&doc).claims {
            claims += 1;
            let cc = c.place_ref.as_ref().and_then(|r| r.country.clone());
            at_seat += usize::from(cc.as_ref().is_some_and(|cc| seats.contains(cc)));
            right += usize::from(cc.is_some_and(|cc| countries.contains(&cc)));
        }
    }
    println!(
        "MUC-3/4 messages with a reaction from elsewhere: {messages}, {claims} claims, \
         {at_seat} placed in the reacting country, {right} in the answer key's"
    );
    assert!(messages >= 5, "{messages}");
    // before the seat was read (main e0d8b64): 4 placed in the reacting country, 16 in the key's
    assert!(at_seat <= 3 && right >= 17, "{at_seat} {right}");
}

/// Session 11, the places that stated zeros exposed, by kind: the seat of a government
/// ("the government in Khartoum") is passing, not the scene of a claim near it.
#[test]
fn the_seat_of_a_government_is_not_the_scene() {
    let (c, d) = resolve(
        "The government in Khartoum denied that its planes had bombed the camp. Three \
         refugees were killed, aid workers said. The camp lies near Bentiu in South Sudan.",
        &[1],
        Scope::Incident,
    );
    let r = c[0].place_ref.as_ref().expect("placed");
    assert_eq!(r.country.as_deref(), Some("SS"), "{d:?}");
    assert!(
        d[0].mentions
            .iter()
            .any(|m| m.starts_with("'Khartoum'") && m.contains("passing mention ('government')")),
        "{d:?}"
    );
}

/// A name that a place bears only as an alternate one (GeoNames gives "Yida" as a name of
/// Jeddah), nothing in the document supporting it, in a document that names other
/// countries, is not taken; and a common word read after a scene cue and not taken ("at the
/// Christmas party": Christmas, Florida) lends the other names no country.
#[test]
fn names_not_taken_place_nothing() {
    let (c, d) = resolve(
        "Bombs fell in Yida on Thursday, killing three refugees who had fled the fighting \
         in Sudan.",
        &[0],
        Scope::Incident,
    );
    let r = c[0].place_ref.as_ref().expect("placed");
    assert_eq!(r.country.as_deref(), Some("SD"), "{d:?}");
    assert!(
        d[0].mentions.iter().any(|m| m.starts_with("'Yida'")
            && m.contains("no place of that name in the countries the document names")),
        "{d:?}"
    );
    let (c, d) = resolve(
        "A gunman killed two guests at the Christmas party in Vancouver on Friday.",
        &[0],
        Scope::Incident,
    );
    let r = c[0].place_ref.as_ref().expect("placed");
    assert_eq!(r.country.as_deref(), Some("CA"), "{d:?}");
}

/// War reporting: a place in a territory or an occupied or disputed area resolves to its
/// own country and region, not to the attacking side's nationality beside it; "the Gaza
/// Strip" (GeoNames: also an alternate name of the Palestinian Territory) is the Strip, the
/// region its towns are in; Arabic names in another romanisation are found.
#[test]
fn war_reports_place_the_strike_where_it_fell_not_by_the_attacker() {
    let g = gaz();
    let strip = g.place_ref(key(&g, "Gaza Strip"));
    assert_eq!(
        (strip.id.as_str(), strip.level),
        ("geonames:adm1:PS.GZ", PlaceLevel::Region)
    );
    let bank = g.place_ref(key(&g, "West Bank"));
    assert_eq!(bank.level, PlaceLevel::Region);
    // (name, country, region) of the one claim of each sentence
    for (text, name, country, region) in [
        (
            "An Israeli airstrike killed 12 people in the Gaza Strip on Tuesday.",
            "Gaza Strip",
            "PS",
            None,
        ),
        (
            "An Israeli strike killed 12 people near Beit Lahiya on Tuesday.",
            "Bayt Lāhyā",
            "PS",
            Some("Gaza Strip"),
        ),
        (
            "An Israeli strike on Khan Younis killed nine people on Tuesday.",
            "Khān Yūnis",
            "PS",
            Some("Gaza Strip"),
        ),
        (
            "An Israeli airstrike on Deir al-Balah killed nine people.",
            "Dayr al Balaḩ",
            "PS",
            Some("Gaza Strip"),
        ),
        (
            "Israeli troops killed three Palestinians in Jenin in the West Bank.",
            "Janīn",
            "PS",
            Some("West Bank"),
        ),
        (
            "Russian shelling of Kherson killed three civilians on Monday.",
            "Kherson",
            "UA",
            Some("Kherson"),
        ),
        (
            "A Russian drone killed two people in Kherson on Monday.",
            "Kherson",
            "UA",
            Some("Kherson"),
        ),
        (
            "An RSF attack on El Fasher killed 20 people, activists said.",
            "El Fasher",
            "SD",
            Some("Northern Darfur"),
        ),
        (
            "Palestinian gunmen killed 40 people in Sderot on Saturday.",
            "Sderot",
            "IL",
            None,
        ),
    ] {
        let (c, d) = placed(text);
        let r = c
            .place_ref
            .as_ref()
            .unwrap_or_else(|| panic!("{text}: {d:?}"));
        assert_eq!(
            (r.name.as_str(), r.country.as_deref()),
            (name, Some(country)),
            "{text}: {d:?}"
        );
        if let Some(region) = region {
            assert_eq!(r.region.as_deref(), Some(region), "{text}");
        }
    }
    // the Strip and a town of it nest: the linker sees them as one place, not a country
    let town = g.place_ref(key(&g, "Beit Lahiya"));
    assert!(g.is_within(&town.id, &strip.id), "{town:?}");
    // a small place that another name of the report puts in another country is still
    // not taken ("SANTA MARIA DEL VALLE" in a report from Peru): unchanged
    let (c, d) = placed("Three people were killed in Beit Lahiya, Peru.");
    assert_ne!(
        c.place_ref.as_ref().and_then(|r| r.country.as_deref()),
        Some("PS"),
        "{d:?}"
    );
}

#[test]
fn a_country_gives_way_to_a_scene_within_it() {
    // DEV-MUC3-0157: an attack on the police base of a town ("IN <TOWN>, <PROVINCE>,
    // <DEPARTMENT>" in the first paragraph); three paragraphs on, weapons "NOT NORMALLY
    // USED IN PERU", then the list of the policemen who died. The key: the town, in its
    // province and department. Every claim of the message below the country, in Peru.
    let places = muc_places_in("DEV-MUC3-0157", "PE");
    let below = places
        .iter()
        .filter(|r| r.level != PlaceLevel::Country)
        .count();
    assert!(below >= 20, "{below} of {} below the country", places.len());
}

#[test]
fn a_common_spelling_among_many_alternate_names_is_known() {
    // GeoNames gives Khān Yūnis fourteen Latin alternate names, accented copies among
    // them; the twelve kept were the shortest spellings, and "Khan Younes" (a spelling of
    // wire copy) was not among them (41_9ecb's "Khan Younis" was found only by reading
    // "ou" as "u"). Spellings that fold alike count once now. In the shape of 41_9ecb's
    // sentence:
    let (c, d) = placed(
        "Two people were killed when a shell hit a school in the southern city of Khan Younes.",
    );
    assert_eq!(name_and_country(&c), ("Khān Yūnis", Some("PS")), "{d:?}");
}

/// `geo_candidates` as written before session 17 (speed17): a part of a country dropped
/// its country by testing every pair of candidates, each read again for each pair.
fn geo_candidates_pairwise(g: &Gazetteer, folded: &str) -> Vec<Key> {
    let mut keys: Vec<Key> = g.geo.named(folded).into_iter().map(Key::Geo).collect();
    if keys.is_empty() {
        keys = g.spelled_otherwise(folded);
    }
    keys.sort_by_cached_key(|&k| {
        let lv = match g.level(k) {
            PlaceLevel::Country => 3,
            PlaceLevel::City => 2,
            PlaceLevel::Region => 1,
            PlaceLevel::District => 0,
        };
        let population = g.population(k).max(1);
        let own = g.own_name(k, folded);
        std::cmp::Reverse((lv, if own { population * 10 } else { population }))
    });
    let part = |c: Key| {
        g.level(c) != PlaceLevel::Country
            && g.own_name(c, folded)
            && keys.iter().any(|&k| {
                g.level(k) == PlaceLevel::Country && !g.own_name(k, folded) && g.within(c, k)
            })
    };
    if keys.iter().any(|&c| part(c)) {
        let parts: Vec<Key> = keys.iter().copied().filter(|&c| part(c)).collect();
        keys.retain(|&k| {
            !(g.level(k) == PlaceLevel::Country && parts.iter().any(|&c| g.within(c, k)))
        });
    }
    keys
}

/// Session 17 (speed17): the candidates of a name, each place read once, are those of
/// testing every pair, in the same order; and whether a name starts with a word, remembered,
/// is what the names say: on names whose parts drop a country ("gaza strip", "england"),
/// names of many places ("san jose", "springfield") and spellings tried otherwise.
#[test]
fn candidates_read_once_are_the_pairwise_candidates() {
    let g = gaz();
    for name in [
        "gaza strip",
        "west bank",
        "gaza",
        "england",
        "scotland",
        "wales",
        "northern ireland",
        "puerto rico",
        "hong kong",
        "greenland",
        "kurdistan",
        "san jose",
        "santa cruz",
        "springfield",
        "georgia",
        "victoria",
        "paris",
        "aleppo",
        "khan younis",
        "deir al-balah",
        "san",
        "the",
        "nowhere at all",
    ] {
        assert_eq!(
            g.geo_candidates(name),
            geo_candidates_pairwise(&g, name),
            "{name}"
        );
        for w in name.split(' ') {
            let fresh = g.geo.starts_a_name(w);
            assert_eq!(g.starts_a_name(w), g.starts_a_name(w), "{w}");
            assert!(!fresh || g.starts_a_name(w), "{w}");
        }
    }
}

#[test]
fn a_name_particle_and_a_connector_led_region() {
    // session 17: "DE LIMA" after a first name ends a person's name, not the Peruvian
    // capital; the scene stays the city named before
    let text =
        "MEDELLIN, 3 MAY 90 -- TWO GUARDS, JUAN PAZ AND RAMON DE LIMA, WERE KILLED IN MEDELLIN.";
    let (c, d) = placed(text);
    assert_eq!(name_and_country(&c).1, Some("CO"), "{d:?}");
    assert!(
        d.mentions
            .iter()
            .any(|m| m.contains("'LIMA'") && m.contains("a person")),
        "{d:?}"
    );
    // a region's name led by a connector word before a level word, in capitals
    let (c, d) = placed("AYACUCHO, 4 MAY 90 -- 12 PEASANTS WERE KILLED IN LA MAR PROVINCE.");
    assert_eq!(
        (
            c.place_ref.as_ref().map(|r| r.level),
            name_and_country(&c).1
        ),
        (Some(PlaceLevel::District), Some("PE")),
        "{d:?}"
    );
    // not alone: "LA" before a word that is no name, no level word after
    let (c, d) = placed("THREE PEOPLE WERE KILLED NEAR LA CASA DEL PUEBLO TODAY.");
    assert!(c.place_ref.is_none(), "{d:?}");
}

/// A scene written as a distance from a place (`distance_unit` in data/place_cues.csv):
/// farther than the linker's near radius it is the place's region, not the place; within
/// it, the place; with no distance, the place as before.
#[test]
fn a_distance_from_a_place_is_its_region_when_far() {
    let g = gaz();
    let aleppo = key(&g, "Aleppo");
    // the claim's place and why
    let at = |text: &str| {
        let (c, d) = placed(text);
        let r = c.place_ref.expect("a place");
        (g.key(&r.id).expect("a known place"), r.country, d)
    };
    // (sentence, far: farther than 30 km)
    let rows = [
        (
            "The bodies of nine men were found 200 km east of Aleppo on Sunday.",
            true,
        ),
        (
            "Shelling killed four farmers in a hamlet some 120 kilometres south of Aleppo.",
            true,
        ),
        (
            "Seven soldiers died when their truck hit a mine about fifty miles from Aleppo.",
            true,
        ),
        (
            "A bus carrying pilgrims overturned 90km northwest of Aleppo, killing eleven.",
            true,
        ),
        (
            "Gunmen shot dead six traders nearly two hundred kilometers west of Aleppo.",
            true,
        ),
        (
            "Three children were killed in a village 10 km north of Aleppo.",
            false,
        ),
        (
            "An air strike killed five people some 12 kilometres from Aleppo.",
            false,
        ),
        (
            "Two guards died at a checkpoint eight miles south of Aleppo.",
            false,
        ),
        // no distance: the place, as before
        ("Rockets killed four civilians north of Aleppo.", false),
    ];
    for (text, far) in rows {
        let (k, country, d) = at(text);
        if !far {
            assert_eq!(k, aleppo, "{text}: {d:?}");
            continue;
        }
        assert_ne!(k, aleppo, "{text}: {d:?}");
        assert!(g.within(aleppo, k), "{text}: {d:?}");
        assert_eq!(country.as_deref(), Some("SY"), "{text}");
        assert!(d.reason.contains("Aleppo's region"), "{text}: {}", d.reason);
    }
}

/// Session 18 (lead18): a place as the subject of a verb of striking with an object after
/// it (`actor` in data/place_cues.csv) is the side that struck, not the scene: the scene
/// named after it wins, and alone it places nothing; the noun of the same form ("Gaza
/// strikes kill 30") and a passive ("Kabul was attacked") stay scenes.
#[test]
fn lead18_the_side_that_struck_is_not_the_scene() {
    for (text, country) in [
        (
            "Dozens killed as Israel strikes the largest camp in Gaza.",
            "PS",
        ),
        ("Russia pounds Kharkiv, killing 7.", "UA"),
    ] {
        let (c, d) = resolve(text, &[0], Scope::Incident);
        let r = c[0].place_ref.as_ref().expect("placed");
        assert_eq!(r.country.as_deref(), Some(country), "{text}: {d:?}");
    }
    let (c, d) = resolve("Israel kills 5 in strike", &[0], Scope::Incident);
    assert_eq!(c[0].place, None, "{d:?}");
    for (text, country) in [
        ("Gaza strikes kill 30, health officials say", "PS"),
        ("Kabul was attacked overnight and 9 died.", "AF"),
    ] {
        let (c, d) = resolve(text, &[0], Scope::Incident);
        let r = c[0].place_ref.as_ref().expect("placed");
        assert_eq!(r.country.as_deref(), Some(country), "{text}: {d:?}");
    }
}

/// `GeoNames::named` as written before session 18 (speed18): the whole index searched, each
/// key found by its tab, the row numbers read by `parse`.
fn speed18_named_whole(g: &GeoNames, key: &str) -> Vec<u32> {
    let Ok(i) = g
        .keys
        .binary_search_by(|&s| key_at(&g.names, s).cmp(key.as_bytes()))
    else {
        return Vec::new();
    };
    line(&g.names, &g.keys, i)
        .split('\t')
        .nth(1)
        .unwrap_or("")
        .split(',')
        .filter_map(|n| n.parse().ok())
        .collect()
}

/// `GeoNames::starts_a_name` as written before session 18: the whole index searched.
fn speed18_starts_whole(g: &GeoNames, w: &str) -> bool {
    let i = g
        .keys
        .partition_point(|&s| key_at(&g.names, s) < w.as_bytes());
    g.keys.get(i).is_some_and(|&s| {
        let k = g.names[s as usize..].split('\t').next().unwrap_or("");
        k.strip_prefix(w)
            .is_some_and(|r| r.is_empty() || r.starts_with([' ', '-']))
    })
}

/// Session 18 (speed18): the index's keys are unique and in order, so a name searched in
/// its two-byte bucket, compared byte by byte, finds what the whole index's search finds:
/// every key, and keys cut short, lengthened and changed (misses on each side of a bucket),
/// and odd names (one letter, a blank or a hyphen second, bytes past "z").
#[test]
fn speed18_bucketed_search_is_the_whole_index_search() {
    let g = GeoNames::get();
    assert!(!g.buckets.is_empty(), "the keys' prefixes are in order");
    for w in g.keys.windows(2) {
        assert!(key_at(&g.names, w[0]) < key_at(&g.names, w[1]));
    }
    let mut names: Vec<String> = ["a", "z", "b ", "a-", " ", "-", "zz", "~", "é", "san", "sa"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    for (i, &s) in g.keys.iter().enumerate() {
        let k = std::str::from_utf8(key_at(&g.names, s)).unwrap();
        names.push(k.to_string());
        if i % 11 == 0 {
            for cut in 1..k.len().min(4) {
                if k.is_char_boundary(cut) {
                    names.push(k[..cut].to_string());
                }
            }
            names.push(format!("{k}a"));
            names.push(format!("{k} x"));
            names.push(format!("{k}-"));
            names.push(k.replacen(|c: char| c.is_ascii_lowercase(), "q", 1));
        }
    }
    for n in &names {
        assert_eq!(g.named(n), speed18_named_whole(g, n), "{n:?}");
        assert_eq!(g.starts_a_name(n), speed18_starts_whole(g, n), "{n:?}");
    }
}

/// `Gazetteer::spelled_otherwise` as written before session 18: every way to write the
/// words made first, as vectors of strings, then each form looked up in turn.
fn speed18_spelled_otherwise_listed(g: &Gazetteer, folded: &str) -> Vec<Key> {
    if !folded.contains([' ', '-']) {
        return Vec::new();
    }
    let words: Vec<&str> = folded.split([' ', '-']).collect();
    let articles = &g.cues.name_articles;
    let spellings = &g.cues.spellings;
    let is_article = |w: &str| articles.iter().any(|a| a == w);
    if !words
        .iter()
        .any(|w| is_article(w) || spellings.iter().any(|(from, _)| w.contains(from.as_str())))
    {
        return Vec::new();
    }
    let mut forms: Vec<String> = Vec::new();
    let mut variants: Vec<Vec<String>> = vec![Vec::new()];
    for w in &words {
        let mut alts = vec![w.to_string()];
        if is_article(w) {
            alts = articles.clone();
        } else {
            for (from, to) in spellings {
                if w.contains(from.as_str()) {
                    alts.push(w.replace(from.as_str(), to));
                }
            }
        }
        variants = variants
            .into_iter()
            .flat_map(|v| {
                alts.iter().map(move |a| {
                    let mut v = v.clone();
                    v.push(a.clone());
                    v
                })
            })
            .collect();
        if variants.len() > 16 {
            return Vec::new();
        }
    }
    for v in &variants {
        for hyphen in [false, true] {
            let mut s = String::new();
            for (i, w) in v.iter().enumerate() {
                if i > 0 {
                    s.push(if hyphen && is_article(&v[i - 1]) {
                        '-'
                    } else {
                        ' '
                    });
                }
                s.push_str(w);
            }
            if s != folded && !forms.contains(&s) {
                forms.push(s);
            }
        }
    }
    forms
        .iter()
        .map(|f| g.geo.named(f))
        .find(|k| !k.is_empty())
        .map(|k| k.into_iter().map(Key::Geo).collect())
        .unwrap_or_default()
}

/// Session 18 (speed18): the other spellings of a name, made and looked up one at a time,
/// find the places the list of every spelling found: on names spelled otherwise ("khan
/// younis", "deir al-balah"), names with articles and "ou" in several words, more than 16
/// ways (none tried), and every run of two to four words of the ECB+ and MUC-3/4 texts.
#[test]
fn speed18_spelled_otherwise_one_at_a_time_is_the_list() {
    let g = gaz();
    let mut names: Vec<String> = [
        "khan younis",
        "deir al-balah",
        "deir el balah",
        "al-qusayr",
        "el-arish",
        "beit hanoun",
        "tal al-zaatar",
        "our house about al el",
        "al al al al al",
        "al ou-al ou-ou al",
        "ou",
        "-al",
        "al-",
        "south sudan",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    for text in crate::extract::tests::corpus_texts().iter().step_by(3) {
        let words: Vec<String> = text
            .split_whitespace()
            .filter_map(fold_name)
            .take(400)
            .collect();
        for n in 2..=4 {
            for run in words.windows(n) {
                names.push(run.join(" "));
            }
        }
    }
    assert!(names.len() > 10_000, "{} names", names.len());
    for n in &names {
        assert_eq!(
            g.spelled_otherwise(n),
            speed18_spelled_otherwise_listed(&g, n),
            "{n:?}"
        );
    }
}

/// A local report's city fixes its neighbourhoods (issue 13): "on the South Side" under a
/// Chicago dateline is Chicago, not Eltingville (GeoNames' "South Side" of Staten Island);
/// "in Austin" with "Chicago police said" is Chicago, not Austin, Texas; but "Austin, Texas"
/// written out stays in Texas, and wire copy datelined in a capital keeps its town elsewhere
/// in the country.
#[test]
fn locallink18_a_local_reports_city_holds_its_neighbourhoods() {
    let chicago = |t: &str| {
        let (c, d) = placed(t);
        let r = c.place_ref.as_ref().unwrap_or_else(|| panic!("{t}: {d:?}"));
        assert_eq!(
            (r.name.as_str(), r.region.as_deref()),
            ("Chicago", Some("Illinois")),
            "{t}: {d:?}"
        );
        d
    };
    chicago("CHICAGO - Three men were wounded on the South Side on Friday night, police said.");
    chicago("CHICAGO - A woman was killed on the Near West Side early Tuesday, police said.");
    let d = chicago("Five people were shot in Austin late Friday, Chicago police said.");
    assert!(d.reason.contains("scene"), "{d:?}");
    chicago("Two men were killed in the Englewood neighborhood on Sunday, Chicago police said.");
    // a comma before the police's city is no region of its own
    chicago("Five people were shot in Austin, Chicago police said on Friday.");
    // its own region written out: the place it names
    let (c, d) =
        placed("Five people were shot in Austin, Texas, late Friday, Chicago police said.");
    assert_eq!(
        c.place_ref.as_ref().and_then(|r| r.region.as_deref()),
        Some("Texas"),
        "{d:?}"
    );
    // no city's police: a town's name alone keeps its own reading
    let (c, d) = placed("Five people were shot in Austin late Friday, police said.");
    assert_ne!(
        c.place_ref.map(|r| r.name),
        Some("Chicago".to_string()),
        "{d:?}"
    );
    // a dateline alone does not move a town elsewhere in its country (wire copy)
    let (c, d) =
        placed("SAN SALVADOR, 3 MAR 90 -- Six soldiers were killed in San Miguel on Friday.");
    let r = c.place_ref.as_ref().unwrap_or_else(|| panic!("{d:?}"));
    assert_eq!(
        (r.name.as_str(), r.country.as_deref()),
        ("San Miguel", Some("SV")),
        "{d:?}"
    );
}

/// Session 20 (places20): a scene told as a distance and/or a compass word from a town
/// ("35 miles north of" it, "a village 15 km from" it, "north of" it) is near the town, not
/// in it: `place_relation` Near with the town's id, the distance and the bearing; with both,
/// the claim's point is the town's moved that far that way. Sentences of our own.
#[test]
fn places20_a_distance_or_direction_from_a_town_is_near_it() {
    use crate::model::PlaceRelation;
    let g = gaz();
    let baghdad = g.id(key(&g, "Baghdad"));
    // (sentence, km, bearing)
    let rows: [(&str, Option<f64>, Option<f64>); 6] = [
        (
            "A roadside bomb killed six police officers 35 miles north of Baghdad on Monday.",
            Some(56.0),
            Some(0.0),
        ),
        (
            "Gunmen killed four farmers 20 km south of Baghdad.",
            Some(20.0),
            Some(180.0),
        ),
        (
            "Eight pilgrims died when their bus overturned on the road 60 kilometres east of Baghdad.",
            Some(60.0),
            Some(90.0),
        ),
        (
            "Mortar fire killed five people in a village 15 km from Baghdad.",
            Some(15.0),
            None,
        ),
        (
            "Clashes north of Baghdad left nine soldiers dead.",
            None,
            Some(0.0),
        ),
        (
            "Two shells killed three boys some twelve miles southwest of Baghdad.",
            Some(19.0),
            Some(225.0),
        ),
    ];
    for (text, km, bearing) in rows {
        let (c, d) = placed(text);
        let Some(PlaceRelation::Near {
            from,
            km: k,
            bearing: b,
        }) = c.place_relation.clone()
        else {
            panic!("{text}: {:?} {d:?}", c.place_relation);
        };
        assert_eq!(from, baghdad, "{text}");
        assert_eq!(k.map(f64::round), km, "{text}");
        assert_eq!(b, bearing, "{text}");
        let r = c.place_ref.expect("a place");
        assert_eq!(r.country.as_deref(), Some("IQ"), "{text}");
        if let (Some(km), Some(_)) = (km, bearing) {
            let at = (r.latitude.unwrap(), r.longitude.unwrap());
            let moved = crate::places::haversine_km(g.point(&baghdad).unwrap(), at);
            assert!((moved - km).abs() < 1.0, "{text}: {moved}");
        }
    }
    // the town itself, a direction within a country: no relation
    for text in [
        "A car bomb killed ten shoppers in Baghdad.",
        "Fighting in northern Iraq killed 12 soldiers.",
    ] {
        let (c, d) = placed(text);
        assert_eq!(c.place_relation, None, "{text}: {d:?}");
    }
}

/// Session 20 (places20): how linking compares a scene near a town (`PlaceIndex::relate`):
/// "35 miles north of" a city is not the city (apart), a town that lies that way about that
/// far is near it, "north of" a city says nothing of the city itself, and a town south of
/// it is elsewhere.
#[test]
fn places20_linking_compares_a_scene_near_a_town() {
    use crate::xref::incidents::{near_id, Place, PlaceIndex, PlaceMatch};
    let t = Tables::default();
    let g = Gazetteer::new(&t);
    let index = PlaceIndex::new(&t);
    let id = |name: &str| g.id(key(&g, name));
    let (baghdad, balad, hillah) = (id("Baghdad"), id("Balad"), id("Hillah"));
    assert_eq!(g.get(&balad).and_then(|r| r.country).as_deref(), Some("IQ"));
    let near =
        |km: Option<f64>, bearing: Option<f64>| near_id(Some(&baghdad), &baghdad, km, bearing);
    let (far_north, north, south) = (
        near(Some(56.3), Some(0.0)),
        near(None, Some(0.0)),
        near(Some(15.0), Some(180.0)),
    );
    let p = |name: &'static str, id: &str| -> Place<'static> {
        Place {
            name,
            id: Some(Box::leak(id.to_string().into_boxed_str())),
        }
    };
    let m = |a: Place, b: Place| index.relate(Some(a), Some(b));
    let in_baghdad = p("Baghdad", &baghdad);
    let in_balad = p("Balad", &balad);
    let in_hillah = p("Hillah", &hillah);
    assert_eq!(m(p("Baghdad", &far_north), in_baghdad), PlaceMatch::Apart);
    assert_eq!(m(in_baghdad, p("Baghdad", &far_north)), PlaceMatch::Apart);
    assert_eq!(m(p("Baghdad", &far_north), in_balad), PlaceMatch::Near);
    assert_eq!(m(p("Baghdad", &north), in_balad), PlaceMatch::Near);
    assert_eq!(m(p("Baghdad", &north), in_baghdad), PlaceMatch::Unknown);
    assert_eq!(m(p("Baghdad", &north), in_hillah), PlaceMatch::Apart);
    assert_eq!(m(p("Baghdad", &south), in_baghdad), PlaceMatch::Near);
    assert_eq!(
        m(p("Baghdad", &north), p("Baghdad", &far_north)),
        PlaceMatch::Near
    );
    assert_eq!(
        m(p("Baghdad", &north), p("Baghdad", &south)),
        PlaceMatch::Apart
    );
    // a plain place and itself, as before
    assert_ne!(m(in_baghdad, in_baghdad), PlaceMatch::Apart);
}

/// Session 20 (places20): a scene-cued name the gazetteer lacks ("the village of" it, "an
/// attack on" it, "it, a village in the north") is kept by name (`place_relation`
/// Unresolved), within the country the sentence gives if any; a plural after "attack on"
/// (a people), a day, a town the gazetteer knows, and text in capitals only are not.
/// Names and sentences of our own.
#[test]
fn places20_a_scene_the_gazetteer_lacks_is_kept_by_name() {
    let g = gaz();
    for name in ["Tiganorou", "Wendsobila"] {
        assert!(
            g.lookup(name).is_empty(),
            "{name}: pick another invented name"
        );
    }
    let rows = [
        (
            "Gunmen killed 14 villagers in the village of Tiganorou in northern Burkina Faso on Friday.",
            "Tiganorou",
            Some("BF"),
        ),
        (
            "Militants killed 9 people in an attack on Wendsobila, local officials said.",
            "Wendsobila",
            None,
        ),
        (
            "Jihadists stormed Wendsobila, a village in the north, killing 11 herders.",
            "Wendsobila",
            None,
        ),
        (
            "Soldiers said 6 attackers died in a raid on the hamlet of Tiganorou in Mali.",
            "Tiganorou",
            Some("ML"),
        ),
    ];
    kept_by_name(&rows);
    not_kept_by_name(&[
        "Gunmen killed 5 worshippers in an attack on Christians in Kaduna.",
        "An attack on Tuesday killed 4 guards at the border.",
        "Rebels killed 7 soldiers in the town of Djibo.",
        "GUNMEN KILLED 8 PEASANTS IN THE VILLAGE OF TIGANOROU.",
    ]);
}

/// Each sentence's claim is placed at the name given, kept by name (not in the gazetteer),
/// within the country given (or none).
fn kept_by_name(rows: &[(&str, &str, Option<&str>)]) {
    for &(text, name, country) in rows {
        let (c, d) = placed(text);
        assert_eq!(c.place.as_deref(), Some(name), "{text}: {d:?}");
        assert_eq!(
            c.place_relation,
            Some(crate::model::PlaceRelation::Unresolved),
            "{text}"
        );
        assert_eq!(
            c.place_ref.as_ref().and_then(|r| r.country.as_deref()),
            country,
            "{text}: {d:?}"
        );
    }
}

/// No sentence's claim is placed at a name kept by name.
fn not_kept_by_name(texts: &[&str]) {
    for text in texts {
        let (c, d) = placed(text);
        assert_ne!(
            c.place_relation,
            Some(crate::model::PlaceRelation::Unresolved),
            "{text}: {:?} {d:?}",
            c.place
        );
    }
}

/// Session 20 (places20): linking compares names the gazetteer lacks by name: one name is
/// one village, two names of one country two places, and a town of its country may be it
/// or not.
#[test]
fn places20_linking_compares_unknown_names_by_name() {
    use crate::xref::incidents::{unresolved_id, Place, PlaceIndex, PlaceMatch};
    let t = Tables::default();
    let g = Gazetteer::new(&t);
    let index = PlaceIndex::new(&t);
    let bf = unresolved_id(Some(&g.id(key(&g, "Burkina Faso"))));
    let ml = unresolved_id(Some(&g.id(key(&g, "Mali"))));
    let none = unresolved_id(None);
    let djibo = g.id(key(&g, "Djibo"));
    let m = |a: (&str, &str), b: (&str, &str)| {
        index.relate(
            Some(Place {
                name: a.0,
                id: Some(a.1),
            }),
            Some(Place {
                name: b.0,
                id: Some(b.1),
            }),
        )
    };
    assert_eq!(
        m(("Tiganorou", &bf), ("Tiganorou", &none)),
        PlaceMatch::SameSmall
    );
    assert_eq!(
        m(("Tiganorou", &bf), ("Wendsobila", &bf)),
        PlaceMatch::Apart
    );
    assert_eq!(
        m(("Tiganorou", &bf), ("Wendsobila", &ml)),
        PlaceMatch::Unrelated
    );
    assert_eq!(
        m(("Tiganorou", &none), ("Wendsobila", &none)),
        PlaceMatch::Unknown
    );
    assert_eq!(
        m(("Tiganorou", &bf), ("Djibo", &djibo)),
        PlaceMatch::Unknown
    );
    assert_eq!(
        m(("Tiganorou", &ml), ("Djibo", &djibo)),
        PlaceMatch::Unrelated
    );
}

/// Session 20 (places20): on MUC-3/4's wire copy (read at test time), every claim placed
/// at the town a distance is told from ("<n> KM <direction> OF <town>", "<n> KILOMETERS
/// FROM <town>") in its own sentence is near that town, with the distance written; none is
/// the town itself.
#[test]
fn places20_muc_distances_from_a_town_are_near_it() {
    use crate::model::PlaceRelation;
    let t = Tables::default();
    let x = crate::extract::Extractor::new(&t);
    let text =
        std::fs::read_to_string(corpus_path("muc34/muc34_messages_with_casualty_keys.jsonl"))
            .unwrap();
    let units = [" KM ", " KILOMETERS ", " MILES "];
    let (mut near, mut checked) = (0, 0);
    for line in text.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let body = v["text"].as_str().unwrap();
        if !units.iter().any(|u| body.contains(u)) {
            continue;
        }
        let doc = crate::model::Document {
            name: v["msg_id"].as_str().unwrap().into(),
            text: body.into(),
            ..Default::default()
        };
        for c in x.extract(&doc).claims {
            let (Some(sentence), Some(place)) = (c.sentence.as_deref(), c.place.as_deref()) else {
                continue;
            };
            let place = place.to_uppercase();
            // "<n> KM NORTH OF <place>", "<n> KM FROM <place>" in the claim's own sentence
            let told_from = units.iter().any(|u| {
                sentence.split(u).skip(1).any(|after| {
                    let after = after.trim_start();
                    let compass = |d: &str| {
                        let d = d.trim_end_matches("ERN");
                        ["NORTH", "SOUTH", "EAST", "WEST"]
                            .iter()
                            .any(|w| d.starts_with(w) && (d.len() == w.len() || d.len() == 9))
                    };
                    let rest = after.strip_prefix("FROM ").or_else(|| {
                        let (dir, r) = after.split_once(' ')?;
                        r.strip_prefix("OF ").filter(|_| compass(dir))
                    });
                    rest.is_some_and(|r| r.starts_with(&place))
                })
            });
            if !told_from {
                continue;
            }
            checked += 1;
            if let Some(PlaceRelation::Near { km: Some(_), .. }) = &c.place_relation {
                near += 1;
            } else {
                panic!("{}: {place}: {:?}; {sentence}", doc.name, c.place_relation);
            }
        }
    }
    println!("places20: MUC-3/4 claims placed at a town a distance is told from: {near}/{checked} near it");
    // (3 on f546fa0: most such sentences name a finer scene too, a department or a town)
    assert!(checked >= 3, "{checked}");
}

/// Session 21 (attacks21), rule dateline_vouches: a local paper's dateline in capitals ("GWOZA
/// -", no agency, no country) with no other country in the report is the town it names, the
/// report's fallback place; before, the town was dropped as "no place of that name in the
/// countries the document names", the only country being its own. Rule
/// scene_abroad_of_dateline: an agency's report filed from its seat ("GENEVA (AP) -") whose
/// sentence names a scene elsewhere ("sank off Lampedusa") is placed at the scene; not
/// without an agency's dateline, nor in text in capitals only.
#[test]
fn attacks21_a_local_dateline_and_a_scene_abroad_of_an_agencys_dateline() {
    let town = |text: &str| {
        let (c, d) = placed(text);
        (c.place_ref.map(|r| r.name), d)
    };
    let (p, d) = town(
        "GWOZA - Residents of Gwoza said on Monday they had buried 30 people killed in a raid.",
    );
    assert_eq!(p.as_deref(), Some("Gwoza"), "{d:?}");
    let (p, d) = town("GENEVA (AP) - Two migrants drowned when their boat sank off Lampedusa on Saturday, the agency said.");
    assert_eq!(p.as_deref(), Some("Lampedusa"), "{d:?}");
    let (p, d) =
        town("PARIS (AFP) - Five migrants died when a dinghy capsized off Lampedusa on Friday.");
    assert_eq!(p.as_deref(), Some("Lampedusa"), "{d:?}");
    // negatives: no agency's dateline; no dateline; capitals only
    let (p, d) = town("GENEVA - Two migrants drowned when their boat sank off Lampedusa on Saturday, the agency said.");
    assert_ne!(p.as_deref(), Some("Lampedusa"), "{d:?}");
    let (p, d) =
        town("Residents of Gwoza said on Monday they had buried 30 people killed in a raid.");
    assert_eq!(p, None, "{d:?}");
    let (p, d) = town("GENEVA, 6 SEP 90 (AP) -- TWO MIGRANTS DROWNED WHEN THEIR BOAT SANK OFF LAMPEDUSA ON SATURDAY.");
    assert_ne!(p.as_deref(), Some("Lampedusa"), "{d:?}");
}

/// Session 22 (debt22): `Gazetteer::region_of` and `at_level` answer as `place_ref`'s region
/// and `country_of` do (rule province_of_national reads them), and `distance_of` between two
/// keys as `distance_km` between their ids (linking's relate_plain reads it).
#[test]
fn debt22_region_of_and_distance_of_answer_as_before() {
    let g = gaz();
    let (kt, aleppo, syria) = (key(&g, "Khan Touman"), key(&g, "Aleppo"), key(&g, "Syria"));
    let region = g.region_of(kt).expect("a region");
    assert_eq!(g.name(region), "Aleppo");
    assert_eq!(g.level(region), PlaceLevel::Region);
    assert_eq!(g.region_of(aleppo), Some(region));
    assert_eq!(g.region_of(region), Some(region));
    assert_eq!(g.at_level(kt, PlaceLevel::Country), Some(syria));
    // a country lies in no region
    assert_eq!(g.region_of(syria), None);
    let texas = g.region_of(key(&g, "Paris, Texas")).expect("a region");
    assert_eq!(g.name(texas), "Texas");
    let damascus = key(&g, "Damascus");
    let km = g.distance_of(aleppo, damascus).unwrap();
    assert_eq!(Some(km), g.distance_km(&g.id(aleppo), &g.id(damascus)));
    assert!((300.0..340.0).contains(&km), "{km}");
}

/// Session 22 (updates22), rule regions_summed: a sentence that gives one figure and names two
/// or more first-level regions of one country, none within another, counts them together:
/// its claim is placed at their country, not at the first region named. A sentence of two
/// figures keeps its regions; a region and a town within it are one scene.
#[test]
fn updates22_a_figure_over_several_regions_is_their_countrys() {
    let name = |c: &Claim| c.place_ref.as_ref().map(|r| r.name.clone());
    let (c, d) =
        placed("A storm hurt 40 people in Alberta and in Saskatchewan on Monday, officials said.");
    assert_eq!(name(&c).as_deref(), Some("Canada"), "{d:?}");
    assert!(d.reason.contains("their sum"), "{d:?}");
    let (c, d) = placed("Roofs were torn off in Alberta, in Saskatchewan and in Manitoba, and 40 people were hurt across the three provinces, officials said.");
    assert_eq!(name(&c).as_deref(), Some("Canada"), "{d:?}");
    // negatives: one region named; two figures in the sentence; a town within its region
    let (c, d) = placed("A storm hurt 40 people in Alberta on Monday, officials said.");
    assert_eq!(name(&c).as_deref(), Some("Alberta"), "{d:?}");
    let text =
        "A storm hurt 40 people in Alberta and 12 in Saskatchewan on Monday, officials said.";
    let (cs, d) = resolve(text, &[0, 0], Scope::Incident);
    assert_eq!(name(&cs[0]).as_deref(), Some("Alberta"), "{d:?}");
    let (c, d) = placed("A storm hurt 40 people in Calgary, Alberta, on Monday, officials said.");
    assert_eq!(name(&c).as_deref(), Some("Calgary"), "{d:?}");
}

/// Session 22 (updates22), rule dateline_town_named: a small town named plainly in the text
/// that is also the report's own dateline is a place of the text (two readings of one
/// place), not a fallback: a local paper's report links with the other reports of its town's
/// incident as a place they share, not as the same country only. A small town named plainly
/// that is not the dateline is still no scene, and a dateline alone is still a fallback.
#[test]
fn updates22_the_datelines_town_named_again_is_the_texts() {
    let text = "PONZA - Three fishermen drowned on Tuesday when their boat capsized in a squall, the Ponza harbour master said.";
    let (c, d) = placed(text);
    assert_eq!(name_and_country(&c), ("Ponza", Some("IT")), "{d:?}");
    assert_eq!(c.place_basis, Some(crate::model::PlaceBasis::Text), "{d:?}");
    // negatives: the dateline alone; a small town named plainly under another dateline
    let (c, d) = placed("PONZA - Three fishermen drowned on Tuesday when their boat capsized in a squall, harbour officials said.");
    assert_eq!(
        c.place_basis,
        Some(crate::model::PlaceBasis::Dateline),
        "{d:?}"
    );
    let (c, d) = placed("ROME (Reuters) - Three fishermen drowned on Tuesday when their boat capsized in a squall, the Ponza harbour master said.");
    assert_ne!(name_and_country(&c).0, "Ponza", "{d:?}");
}

/// Session 22 (scen22): datelines as AFP, Xinhua and relief agencies write them: the city in
/// small letters with the outlet in brackets ("Kano (AFP) -"), a month and day after the
/// city in capitals ("TEHRAN, Nov. 13 (Xinhua) --"), a date written out ("Geneva, 14
/// November 2025 -"). Each is the report's dateline, a fallback, no longer a scene read in
/// its first sentence; a city in small letters with neither outlet nor date is no dateline.
#[test]
fn scen22_datelines_in_small_letters_and_with_a_month() {
    let dated = |text: &str| {
        let (c, d) = resolve(text, &[0], Scope::Incident);
        (
            c[0].place_ref.as_ref().map(|r| r.name.clone()),
            d[0].reason.contains("dateline"),
            format!("{d:?}"),
        )
    };
    for (text, city) in [
        (
            "Kano (AFP) - Gunmen shot dead 12 farmers on Friday, a police officer said.",
            "Kano",
        ),
        (
            "TEHRAN, Nov. 13 (Xinhua) -- Nine people were killed when a bus overturned on Monday.",
            "Tehran",
        ),
        (
            "Geneva, 14 November 2025 - Eight people died when the storm struck on Tuesday.",
            "Geneva",
        ),
    ] {
        let (p, dateline, d) = dated(text);
        assert_eq!(p.as_deref(), Some(city), "{d}");
        assert!(dateline, "{d}");
    }
    // negatives: a city in small letters with no outlet and no date; a name in a sentence
    let (_, dateline, d) = dated("Kano - Gunmen shot dead 12 farmers on Friday, police said.");
    assert!(!dateline, "{d}");
    let (_, dateline, d) = dated("Gunmen shot dead 12 farmers in Kano (Nigeria) on Friday.");
    assert!(!dateline, "{d}");
    // a day's or a month's name is no dateline's city ("March" is also a town in England)
    let (p, dateline, d) = dated("March (AFP) - Twelve farmers were shot dead on Friday.");
    assert!(!dateline && p.as_deref() != Some("March"), "{d}");
}

/// Session 22 (mendl22): rule one_name_no_support keeps a name's own level word: a city
/// whose name ends in "City" is supported by its region named bare ("Kansas City" and
/// "Kansas" for Kansas City, Kansas).
#[test]
fn mendl22_a_city_named_city_keeps_its_regions_support() {
    let (c, d) = placed("A gunman killed four diners at a grill in Kansas City on Saturday night. Flags flew at half staff across Kansas on Sunday.");
    assert_eq!(name_and_country(&c).1, Some("US"), "{d:?}");
    let r = c.place_ref.as_ref().expect("a place");
    assert_eq!(r.name, "Kansas City", "{d:?}");
    assert_eq!(r.region.as_deref(), Some("Kansas"), "{d:?}");
}

/// Session 22 (mendl22): a dateline's date is a month's: "Day 45" or "Update 3" after a
/// city is a series' heading, no date, and a weekday's line is no city's in capitals too.
#[test]
fn mendl22_a_datelines_date_names_a_month() {
    let dated = |text: &str| {
        let (_, d) = resolve(text, &[0], Scope::Incident);
        (d[0].reason.contains("dateline"), format!("{d:?}"))
    };
    for text in [
        "Gaza, Day 45 - Seven people were killed in a strike on a school, medics said.",
        "Kherson, Update 3 - Five people were killed when shells hit a market.",
        "SUNDAY, Nov. 27 - Five people were killed when shells hit a market.",
    ] {
        let (dateline, d) = dated(text);
        assert!(!dateline, "{d}");
    }
    // positives: a month's abbreviation or name after the city
    for text in [
        "Kherson, Nov. 27 (Reuters) - Five people were killed when shells hit a market.",
        "KHERSON, March 3 - Five people were killed when shells hit a market.",
    ] {
        let (dateline, d) = dated(text);
        assert!(dateline, "{d}");
    }
}

/// Session 22 (mendl22): rule regions_summed sums only coordinated regions ("in Alberta and
/// in Saskatchewan"): a way from one region into another names where it came from and where
/// it went, and the figure is the second's.
#[test]
fn mendl22_a_way_between_regions_is_no_sum() {
    let name = |c: &Claim| c.place_ref.as_ref().map(|r| r.name.clone());
    let (c, d) = placed("Raiders who rode from Alberta into Saskatchewan killed 9 ranchers on Monday, officials said.");
    assert_ne!(name(&c).as_deref(), Some("Canada"), "{d:?}");
    let (c, d) =
        placed("A storm hurt 40 people in Alberta and in Manitoba on Monday, officials said.");
    assert_eq!(name(&c).as_deref(), Some("Canada"), "{d:?}");
}

/// Session 22 (mendl22): rule foreign_name_kept replaces only a region or country the
/// sentence gives, not a town that is the sentence's own scene: a name known only abroad
/// named first, where the victims fled from, leaves the town they were killed in.
#[test]
fn mendl22_a_foreign_only_name_leaves_the_sentences_town() {
    let text = "Family of five killed in Idlib\n\nAfter fleeing the shelling in Ariha, a family of 5 was killed in an airstrike in Binnish in Idlib province on Sunday, rescuers said.";
    let (c, d) = resolve(text, &[1], Scope::Incident);
    assert_eq!(
        c[0].place_ref.as_ref().map(|r| r.name.as_str()),
        Some("Binnish"),
        "{d:?}"
    );
}

/// Session 23 (debt23), rule dateline_town_named with an agency's dateline: a small town
/// that is the dateline of an agency's report ("PONZA (Reuters) -", "Ponza (AFP) -", one
/// closed by a long dash) and is named again in the text is the text's place, as a local
/// paper's is: the agency in brackets is no part of the city read. Rule
/// scene_abroad_of_dateline reads an agency's dateline closed by a long dash as an
/// agency's too (the one dateline reader). Negatives: the agency's dateline alone is a
/// fallback; no agency, a long dash: the scene abroad is not taken over the dateline.
#[test]
fn debt23_an_agencys_dateline_town_named_again() {
    for text in [
        "PONZA (Reuters) - Three fishermen drowned on Tuesday when their boat capsized in a squall, the Ponza harbour master said.",
        "Ponza (AFP) - Three fishermen drowned on Tuesday when their boat capsized in a squall, the Ponza harbour master said.",
        "PONZA (Reuters) — Three fishermen drowned on Tuesday when their boat capsized in a squall, the Ponza harbour master said.",
    ] {
        let (c, d) = placed(text);
        assert_eq!(name_and_country(&c), ("Ponza", Some("IT")), "{d:?}");
        assert_eq!(c.place_basis, Some(crate::model::PlaceBasis::Text), "{d:?}");
    }
    let (c, d) = placed("PONZA (Reuters) - Four divers drowned on Sunday off the north cape, harbour officials said.");
    assert_eq!(c.place_basis.map(|b| b.as_str()), Some("dateline"), "{d:?}");
    let town = |text: &str| {
        let (c, d) = placed(text);
        (c.place_ref.map(|r| r.name), d)
    };
    let (p, d) = town("GENEVA (AP) — Two migrants drowned when their boat sank off Lampedusa on Saturday, the agency said.");
    assert_eq!(p.as_deref(), Some("Lampedusa"), "{d:?}");
    let (p, d) = town("GENEVA — Two migrants drowned when their boat sank off Lampedusa on Saturday, the agency said.");
    assert_ne!(p.as_deref(), Some("Lampedusa"), "{d:?}");
}

/// Session 23 (debt23), rule foreign_name_kept: a name known only abroad in a sentence near
/// the claim's ("a market in Ariha" the sentence before) yields to a name the gazetteer
/// lacks that the claim's own sentence gives as its scene ("the village of" it): the
/// sentence's own scene wins. A foreign-only name of the claim's own sentence is still
/// kept, and the near one is kept when the claim's sentence names no scene.
#[test]
fn debt23_the_claims_own_unknown_name_beats_a_near_foreign_one() {
    let text = "Strikes hit Idlib\n\nShells struck a market in Ariha in southern Idlib governorate on Saturday. On Sunday a family of 5 was killed in the village of Kafr Zubrak, rescuers said.";
    let (c, d) = resolve(text, &[2], Scope::Incident);
    assert_eq!(c[0].place.as_deref(), Some("Kafr Zubrak"), "{d:?}");
    assert_eq!(
        c[0].place_relation,
        Some(crate::model::PlaceRelation::Unresolved),
        "{d:?}"
    );
    let text = "Strikes hit Idlib\n\nShells struck a market in Ariha in southern Idlib governorate on Saturday. On Sunday a family of 5 was killed there, rescuers said.";
    let (c, d) = resolve(text, &[2], Scope::Incident);
    assert_eq!(c[0].place.as_deref(), Some("Ariha"), "{d:?}");
    let text = "Strikes hit Idlib\n\nA family of 5 was killed in a market in Ariha in southern Idlib governorate on Sunday, rescuers said.";
    let (c, d) = resolve(text, &[1], Scope::Incident);
    assert_eq!(c[0].place.as_deref(), Some("Ariha"), "{d:?}");
}

/// Session 23 (scen23): what local news names that is no town. Rule numbered_street: a
/// compass word before a street's number ("East 93rd Street") is a street of the report's
/// city, not a region called "East" (Cameroon's); rule month_not_town: a month's name or
/// abbreviation, even after a scene cue ("in August", "the Aug. 4 shooting"), is a time,
/// not a town named so, while "the town of March" still names one; rule
/// compass_neighbourhood: a capitalised compass word before a name the gazetteer knows only
/// as a small town ("North Hill") is a neighbourhood of the report's city, while a large
/// city keeps its part ("West Philadelphia" is in Philadelphia).
#[test]
fn scen23_streets_months_and_neighbourhoods_are_no_towns() {
    let name = |c: &Claim| c.place_ref.as_ref().map(|r| r.name.clone());
    let (c, d) =
        placed("TOLEDO - Two men were wounded on East 93rd Street late Friday, police said.");
    assert_eq!(name(&c).as_deref(), Some("Toledo"), "{d:?}");
    let (c, d) =
        placed("Police charged a teenager in the August killing of a cook, the prosecutor said.");
    assert_ne!(name(&c).as_deref(), Some("August"), "{d:?}");
    let (c, d) = placed("A man was charged in the Aug. 4 shooting that left a cook dead.");
    assert_ne!(name(&c).as_deref(), Some("August"), "{d:?}");
    let (c, d) = placed("AKRON - A woman was wounded in North Hill on Sunday, police said.");
    assert_eq!(name(&c).as_deref(), Some("Akron"), "{d:?}");
    // negatives: a large city after a compass word; a month after "the town of"
    let (c, d) = placed("A man was shot dead in West Philadelphia on Sunday, police said.");
    assert_eq!(name(&c).as_deref(), Some("Philadelphia"), "{d:?}");
    let (c, d) =
        placed("Flooding forced 40 families from their homes in the town of March on Sunday.");
    assert_eq!(name(&c).as_deref(), Some("March"), "{d:?}");
}

/// Session 23 mend (mendl23), rule scene_abroad_of_dateline: an agency's dateline whose city
/// the gazetteer does not know ("ZORNWICK, Switzerland (AP) —") is still an agency's: the
/// country after the unknown city is a mention of the dateline. Negative: no agency.
#[test]
fn mendl23_an_agencys_dateline_with_an_unknown_city() {
    let town = |text: &str| {
        let (c, d) = placed(text);
        (c.place_ref.map(|r| r.name), d)
    };
    let (p, d) = town("ZORNWICK, Switzerland (AP) — Two migrants drowned when their boat sank off Lampedusa on Saturday, the agency said.");
    assert_eq!(p.as_deref(), Some("Lampedusa"), "{d:?}");
    let (p, d) = town("ZORNWICK, Switzerland — Two migrants drowned when their boat sank off Lampedusa on Saturday, the agency said.");
    assert_ne!(p.as_deref(), Some("Lampedusa"), "{d:?}");
}

/// Session 24 (debt24), rule month_not_town: a month's name after "of" is a time when a
/// date is near (a day's number before "of", a number right after the month), and may name
/// a place otherwise. Sentences of our own.
#[test]
fn debt24_month_after_of_is_a_date_only_near_a_day_or_year() {
    let name = |c: &Claim| c.place_ref.as_ref().map(|r| r.name.clone());
    // a date: no town named March
    let (c, d) = placed("Two fishermen drowned on the 4th of March, the coastguard said.");
    assert_ne!(name(&c).as_deref(), Some("March"), "{d:?}");
    let (c, d) =
        placed("Forty families lost their homes in the floods of March 2019, officials said.");
    assert_ne!(name(&c).as_deref(), Some("March"), "{d:?}");
    // no date near: the place stays
    let (c, d) =
        placed("Flooding forced 40 families from their homes in the town of March on Sunday.");
    assert_eq!(name(&c).as_deref(), Some("March"), "{d:?}");
    let (c, d) = placed("Two boys drowned in a river near the market town of March, police said.");
    assert_eq!(name(&c).as_deref(), Some("March"), "{d:?}");
}

/// Session 24 (debt24): the city reader of a report's dateline reads the head lines the date
/// reader takes for a day of publication (`debt24_the_date_reader_reads_the_same_datelines`,
/// src/extract/tests.rs): the city is the dateline's. Lines of our own.
#[test]
fn debt24_the_city_reader_reads_the_same_datelines() {
    for text in [
        "NAIROBI, 12 MAY 24 (RADIO) -- Two guards were shot dead at a depot on Sunday.",
        "Nairobi, 12 May 2024 (Courier) - Two guards were shot dead at a depot on Sunday.",
    ] {
        let (c, d) = placed(text);
        assert_eq!(name_and_country(&c).0, "Nairobi", "{d:?}");
    }
}

/// Session 24 (regions24), rule regions_covered: a claim placed at a country whose sentence
/// names two regions of it or more, with one figure of each outcome, covers those regions
/// (`Claim::regions`, stored in `claim_region`): by its mentions ("in Alberta and in
/// Saskatchewan", rule regions_summed) or by names coordinated before a plural word of a
/// region ("Alberta and Saskatchewan provinces", read by `coordinated_regions`). Negatives:
/// two figures of one outcome; a claim placed at a town; one region named. Our own sentences.
#[test]
fn regions24_a_countrys_figure_covers_the_regions_it_names() {
    let t = Tables::default();
    let g = Gazetteer::new(&t);
    let lex = crate::extract::lexicon::Lexicon::load();
    // claims of sentence 0, of the outcomes given
    let run = |text: &str, outcomes: &[Outcome]| -> Vec<Claim> {
        let sents = crate::extract::sentences::split(text, &lex);
        let mut claims: Vec<Claim> = outcomes
            .iter()
            .map(|&o| {
                let mut c = Claim::new(crate::quantity::parse("3", &t.vague).unwrap(), o, "people");
                c.span = Some(sents[0]);
                c
            })
            .collect();
        resolve_claims(&g, text, None, &sents, &mut claims);
        claims
    };
    let names = |c: &Claim| -> Vec<String> {
        let mut v: Vec<String> = c
            .regions
            .iter()
            .map(|id| g.name(g.key(id).expect("a stored id")))
            .collect();
        v.sort();
        v
    };
    let both = vec!["Alberta".to_string(), "Saskatchewan".to_string()];
    let cs = run(
        "A violent storm swept Alberta and Saskatchewan provinces in western Canada on Tuesday, killing 14 people and hurting 90, officials said.",
        &[Outcome::Killed, Outcome::Wounded],
    );
    for c in &cs {
        assert_eq!(
            c.place_ref.as_ref().map(|r| r.name.as_str()),
            Some("Canada")
        );
        assert_eq!(names(c), both, "{c:?}");
    }
    let cs = run(
        "A storm hurt 40 people in Alberta and in Saskatchewan on Monday, officials said.",
        &[Outcome::Wounded],
    );
    assert_eq!(names(&cs[0]), both, "{:?}", cs[0]);
    // negatives
    let cs = run(
        "A storm hurt 40 people in Alberta and 12 in Saskatchewan on Monday, officials said.",
        &[Outcome::Wounded, Outcome::Wounded],
    );
    assert!(cs.iter().all(|c| c.regions.is_empty()), "{cs:?}");
    let cs = run(
        "A storm swept Alberta and Saskatchewan provinces on Monday, killing 14 people in Calgary, officials said.",
        &[Outcome::Killed],
    );
    assert_ne!(
        cs[0].place_ref.as_ref().map(|r| r.name.as_str()),
        Some("Canada")
    );
    assert!(cs[0].regions.is_empty(), "{:?}", cs[0]);
    let cs = run(
        "A storm killed 14 people in Alberta in western Canada on Monday, officials said.",
        &[Outcome::Killed],
    );
    assert!(cs[0].regions.is_empty(), "{:?}", cs[0]);
}

/// Session 24 (regions24), `coordinated_regions`: names joined by "and" or commas before a
/// plural word of a region's level are regions; nothing for one name, for no plural level
/// word, or when a name is no region the gazetteer knows. Our own sentences.
#[test]
fn regions24_names_coordinated_before_a_plural_region_word() {
    let t = Tables::default();
    let g = Gazetteer::new(&t);
    let read = |s: &str| mendl24_coordinated_names(&g, s);
    assert_eq!(
        read("Hail hit Alberta, Saskatchewan and Manitoba provinces overnight."),
        ["Alberta", "Manitoba", "Saskatchewan"]
    );
    assert_eq!(
        read("Hail hit Alberta and Saskatchewan provinces overnight."),
        ["Alberta", "Saskatchewan"]
    );
    assert!(read("Hail hit Alberta and Saskatchewan overnight.").is_empty());
    assert!(read("Hail hit Alberta province overnight.").is_empty());
    assert!(read("Hail hit Alberta and Gothamshire provinces overnight.").is_empty());
}

/// Session 24 (link24l), rule outlet_country: a local outlet's report that names no country
/// and no other place of one (a lone suburb, by a name other countries' towns bear too) is
/// read in its outlet's country and state (`data/outlets.csv`, by the outlet its source
/// gives, or a host written as the outlet): the Ohio Barberton, not the larger South
/// African town; the Ohio suburb East Cleveland, not a name of no country the document
/// names. Not with no outlet, not with a national outlet, and not when another name of the
/// report tells a country (the text's own places first).
#[test]
fn link24l_a_local_outlets_country_reads_a_lone_suburb() {
    let t = Tables::default();
    let g = Gazetteer::new(&t);
    let lex = crate::extract::lexicon::Lexicon::load();
    let place = |text: &str, outlet: Option<&str>| placed_for_outlet(&t, &g, &lex, text, outlet);
    let town = "A retired nurse, 67, was found shot dead at her house in Barberton on Tuesday, police said.";
    let (p, region, d) = place(town, Some("Akron Beacon Journal"));
    assert_eq!(p, Some(("Barberton".into(), Some("US".into()))), "{d:?}");
    assert_eq!(region.flatten().as_deref(), Some("Ohio"), "{d:?}");
    let (p, _, d) = place(town, Some("cleveland.com"));
    assert_eq!(p.and_then(|p| p.1).as_deref(), Some("US"), "{d:?}");
    let suburb =
        "Two brothers were hurt by gunfire in East Cleveland on Monday night, police said.";
    let (p, _, d) = place(suburb, Some("WKYC"));
    assert_eq!(p.map(|p| p.0).as_deref(), Some("East Cleveland"), "{d:?}");
    // negatives: no outlet, a national outlet; another country named by the text
    let (p, _, d) = place(town, None);
    assert_ne!(p.and_then(|p| p.1).as_deref(), Some("US"), "{d:?}");
    let (p, _, d) = place(town, Some("Reuters"));
    assert_ne!(p.and_then(|p| p.1).as_deref(), Some("US"), "{d:?}");
    let (p, _, d) = place(suburb, None);
    assert_eq!(p, None, "{d:?}");
    let abroad = "A retired nurse, 67, was found shot dead at her house in Barberton, Mpumalanga, on Tuesday, police in South Africa said.";
    let (p, _, d) = place(abroad, Some("Akron Beacon Journal"));
    assert_eq!(p.and_then(|p| p.1).as_deref(), Some("ZA"), "{d:?}");
}

/// Session 24 (lead), rule country_wide_sentence: a figure spread over the whole country
/// takes no scene from the next sentence (a helicopter downed in a department is no scene
/// of garrisons attacked throughout the country); without the phrase the next sentence's
/// scene is still taken, as before. Our own sentences.
#[test]
fn lead24_a_country_wide_figure_takes_no_scene_around_it() {
    let wide = "Guerrillas attacked army posts in Honduras on Sunday. Rebels struck garrisons \
                in 20 towns throughout the country, putting about 80 soldiers out of action. \
                They also shot down a helicopter in Olancho department.";
    let (c, d) = resolve(wide, &[1], Scope::Incident);
    let name = c[0].place_ref.as_ref().map(|r| r.name.clone());
    assert_ne!(name.as_deref(), Some("Olancho"), "{:?}", d[0]);
    let narrow = wide.replace(" throughout the country", "");
    let (c, d) = resolve(&narrow, &[1], Scope::Incident);
    let name = c[0].place_ref.as_ref().map(|r| r.name.clone());
    assert_eq!(name.as_deref(), Some("Olancho"), "{:?}", d[0]);
    // the phrase as whole words only
    let g = Gazetteer::new(&Tables::default());
    let cues = &g.cues;
    assert!(cues.country_wide_in("Strikes NATIONWIDE killed 9."));
    assert!(!cues.country_wide_in("the nationwideness of it"));
}

/// Session 24 (mendl24), `coordinated_regions`: a sentence's first word, capitalised as its
/// first ("In", "The"), is no part of the name after it (before, "In Alberta" was looked
/// up and found nothing); and a plural region word whose names are not all regions drops
/// only its own names, not the regions found at another plural word of the sentence. Our
/// own sentences.
#[test]
fn mendl24_coordinated_regions_first_word_and_other_groups() {
    let t = Tables::default();
    let g = Gazetteer::new(&t);
    let read = |s: &str| mendl24_coordinated_names(&g, s);
    assert_eq!(
        read("In Alberta and Saskatchewan provinces the hail broke 40 windows."),
        ["Alberta", "Saskatchewan"]
    );
    assert_eq!(
        read("Alberta and Manitoba provinces counted 12 hurt, and Gothamshire and Saskatchewan provinces none."),
        ["Alberta", "Manitoba"]
    );
    assert_eq!(
        read("Hail hit Alberta and Saskatchewan provinces overnight."),
        ["Alberta", "Saskatchewan"]
    );
}

/// The regions `coordinated_regions` reads in a sentence, by name, sorted.
fn mendl24_coordinated_names(g: &Gazetteer, s: &str) -> Vec<String> {
    let mut v: Vec<String> = super::resolve::coordinated_regions(g, s)
        .into_iter()
        .map(|k| g.name(k))
        .collect();
    v.sort();
    v
}

/// Session 27 (place27), rule unknown_level_after and the cues `district of`,
/// `administrative post of`: a capitalised name the gazetteer lacks (GeoNames' cities1000
/// has no district or administrative post of Mozambique, no district of Pakistan's tribal
/// belt, no regency of Indonesia) followed by a level word in any case ("<Name> district",
/// "<Name> Regency", "the <Name> administrative post") or after "the district of" is a
/// scene kept by name, within the region or country the sentence gives. Not when a
/// capitalised word follows the level word ("District Attorney", "County Sheriff"), not a
/// title's words ("Federal District", "School District"), not a known place, not text in
/// capitals only. Real places of the kind, sentences of our own.
#[test]
fn place27_a_level_word_after_an_unknown_name_is_its_scene() {
    let g = gaz();
    for name in [
        "Mecuburi",
        "Lalaua",
        "Muecate",
        "Orakzai",
        "Pakpak Bharat",
        "Kurram",
    ] {
        assert!(g.lookup(name).is_empty(), "{name}: now in the gazetteer");
    }
    let rows = [
        (
            "Cholera has killed 12 people in Mecuburi district since January, health officials said.",
            "Mecuburi",
            None,
        ),
        (
            "Floods killed 7 residents in the district of Lalaua, Nampula province, on Monday.",
            "Lalaua",
            Some("MZ"),
        ),
        (
            "Nine farmers drowned in Pakpak Bharat Regency, North Sumatra Province, the agency said.",
            "Pakpak Bharat",
            Some("ID"),
        ),
        (
            "Gunmen killed 4 policemen in Orakzai District in northwestern Pakistan on Sunday.",
            "Orakzai",
            Some("PK"),
        ),
        (
            "A landslide killed 6 villagers in the Muecate administrative post on Friday.",
            "Muecate",
            None,
        ),
        (
            "Six more patients died in the administrative post of Muecate, the district said.",
            "Muecate",
            None,
        ),
        (
            "Kurram district counted 3 dead after the clashes, a local official said.",
            "Kurram",
            None,
        ),
    ];
    kept_by_name(&rows);
    not_kept_by_name(&[
        "The Kurram District Attorney said 5 people were killed in the crash.",
        "Deputy Orakzai County Sheriff said 2 hikers died on the trail.",
        "The Federal District reported 8 deaths from dengue this week.",
        "The School District said 3 pupils died in the fire.",
        "The District said 4 patients died overnight.",
        "CHOLERA HAS KILLED 12 PEOPLE IN MECUBURI DISTRICT.",
        // a country's possessive before a known region is the region, as before
        "Landslides killed 9 people in Vietnam's Lao Cai province on Monday.",
        "Floods killed 6 people in Indonesia's Central Java province.",
        // (session 27, mendl27) the tail of a longer capitalised name is no scene, nor a
        // body's name before a level word that an office or a person noun follows
        "Militants of the Islamic State Sahel Lake Province shot 8 guards dead in Borno.",
        "A Taliban district chief told reporters that 11 villagers died.",
        "Red Cross district volunteers said 4 bodies were recovered on Sunday.",
        "An Election Commission district office reported that 3 guards were killed.",
    ]);
    // (session 27, mendl27) a leading capitalised function word is no part of the name,
    // in a sentence's opening clause or a headline in title case
    kept_by_name(&[
        (
            "In Lalaua district, a flood drowned 5 fishermen on Tuesday.",
            "Lalaua",
            None,
        ),
        ("Storms Kill 8 In Muecate District", "Muecate", None),
    ]);
    // a known district with its level word capitalised is the gazetteer's, as before
    let (c, d) = placed("Fourteen workers were killed in Bharuch District on Tuesday.");
    assert_eq!(name_and_country(&c), ("Bharuch", Some("IN")), "{d:?}");
    // rule level_word_before_direction: a region's name led by a compass word keeps it
    for (text, region) in [
        (
            "Two people died in West Java Province on Monday.",
            "West Java",
        ),
        (
            "Nine people drowned in North Sumatra Province, the agency said.",
            "North Sumatra",
        ),
        (
            "Three miners died in Northern Cape Province on Friday.",
            "Northern Cape",
        ),
        // (session 27, mendl27) led by a capitalised function word
        (
            "In West Java Province, a mudslide buried 4 houses and killed 6.",
            "West Java",
        ),
    ] {
        let (c, d) = placed(text);
        assert_eq!(name_and_country(&c).0, region, "{text}: {d:?}");
    }
}

/// Session 27 (place27), rule report_unknown_scene: a claim with no place near it (a
/// headline's toll) takes the name the gazetteer lacks that a sentence before it, or one of
/// the report's first three, tells as a scene ("in Mecuburi district", "the district of
/// Lalaua"). Not when a place the gazetteer knows is the claim's, and not from a sentence
/// past the first three and after the claim. Real places of the kind, our own sentences.
#[test]
fn place27_a_headline_toll_takes_the_reports_unknown_scene() {
    use crate::model::PlaceRelation;
    let first = |text: &str| {
        let (mut c, _) = resolve(text, &[0], Scope::Incident);
        let c = c.remove(0);
        (c.place, c.place_relation)
    };
    assert_eq!(
        first("Cholera toll climbs to 23\n\nFive more patients have died in Mecuburi district since Friday, the district health office said."),
        (Some("Mecuburi".to_string()), Some(PlaceRelation::Unresolved))
    );
    assert_eq!(
        first("Flood deaths reach 8\n\nThe district of Lalaua has counted 8 dead since the river burst its banks, a radio station reported."),
        (Some("Lalaua".to_string()), Some(PlaceRelation::Unresolved))
    );
    // a place the gazetteer knows, in the claim's sentence, stays the claim's
    let (place, relation) = first("Cholera toll in Nampula climbs to 23\n\nFive more patients have died in Mecuburi district since Friday.");
    assert_ne!(relation, Some(PlaceRelation::Unresolved), "{place:?}");
    // a scene told only after the first three sentences is not the headline's
    let (place, relation) = first("Cholera toll climbs to 23\n\nThe ministry gave the figure on Monday.\n\nIt asked for clean water.\n\nDoctors are on their way.\n\nFive more patients have died in Mecuburi district.");
    assert_eq!((place, relation), (None, None));
}

/// The first-level region of the first sentence's claim's place.
fn first_claim_region(text: &str) -> Option<String> {
    let (c, _) = resolve(text, &[0], Scope::Incident);
    c[0].place_ref.as_ref().and_then(|r| r.region.clone())
}

/// The resolved place's name and the claim's place as written, of the first sentence's claim.
fn place29_of(text: &str) -> (Option<String>, Option<String>) {
    let (c, _) = resolve(text, &[0], Scope::Incident);
    (
        c[0].place_ref.as_ref().map(|r| r.name.clone()),
        c[0].place.clone(),
    )
}

/// Session 29 (place29), rule route_end: a journey's end ("heading to", "bound for", "en
/// route to", "from X to Y" after a vehicle or a word of a journey) is not the scene; the
/// scene is where it happened. Counter-examples: a distance "from" a town, people "from" a
/// town, a scene "in" a town after a vehicle.
#[test]
fn place29_a_journey_end_is_not_the_scene() {
    for (text, scene) in [
        ("Nine people were killed when a bus heading to Eldoret overturned at Molo.", "Molo"),
        ("A coach bound for Kisumu overturned near Kericho, killing 12 people.", "Kericho"),
        (
            "The bus, heading to Nairobi from Kisumu, plunged into a ditch near Kericho, killing 8.",
            "Kericho",
        ),
        (
            "En route to Nakuru, a matatu collided with a lorry at Naivasha, killing 6 people.",
            "Naivasha",
        ),
        (
            "A minibus carrying 14 passengers from Kisumu to Nairobi overturned in Naivasha, killing five.",
            "Naivasha",
        ),
        (
            "Eleven people died when a plane flying from Mombasa to Malindi came down near Kilifi.",
            "Kilifi",
        ),
        // counter-examples: not a journey's end
        ("Seven people died when a bus crashed 20 km from Kisumu.", "Kisumu"),
        ("Rescuers from Nairobi said 11 people died in Naivasha.", "Naivasha"),
        (
            "Doctors treated 21 injured passengers from the Kisumu bus crash on Monday.",
            "Kisumu",
        ),
        ("A bus overturned in Nakuru on Sunday, killing 9 people.", "Nakuru"),
    ] {
        assert_eq!(place29_of(text).0.as_deref(), Some(scene), "{text}");
    }
    // the end of a journey alone is no scene (decision, docs/linking.md session 29)
    for text in [
        "Five people were killed when a bus heading to Eldoret overturned.",
        "Four people died when a lorry bound for Kisumu overturned.",
    ] {
        let p = place29_of(text).0;
        assert!(
            p.as_deref() != Some("Eldoret") && p.as_deref() != Some("Kisumu"),
            "{text}: {p:?}"
        );
    }
}

/// Session 29 (mendl29, review 2 item 3), rule route_end: a `passing` word counts only
/// right before the end's "from"/"to", and an end that "where" follows is the scene:
/// troops sent to a town where fighting killed people, people a hospital took in from a
/// town, a train's end where shelling killed. The journeys it was written for still end
/// elsewhere (above), and a cargo flown from one town to another is still passing.
#[test]
fn mendl29_a_destination_where_it_happened_is_the_scene() {
    for (text, scene) in [
        (
            "Government troops sent to Marawi, where fighting killed 5, held the bridge.",
            "Marawi City",
        ),
        (
            "Troops were sent by train to Kharkiv, where shelling killed 5 soldiers.",
            "Kharkiv",
        ),
        (
            "Reinforcements went by bus to Eldoret, where clashes left 7 dead.",
            "Eldoret",
        ),
        (
            "A lorry carrying fuel to Kisumu exploded in Kericho, killing 9.",
            "Kericho",
        ),
    ] {
        assert_eq!(place29_of(text).0.as_deref(), Some(scene), "{text}");
    }
    let p =
        place29_of("Four aid workers were killed after food was flown from Nairobi to Lodwar.").0;
    assert!(
        p.as_deref() != Some("Lodwar") && p.as_deref() != Some("Nairobi"),
        "{p:?}"
    );
}

/// Session 29 (place29), rules region_without_suffix and region_qualifier_bounds: a town's
/// name qualified after its comma by a region ("Xiaoyi, north China's Shanxi Province") is
/// bounded by that region: the gazetteer's only "Xiaoyi" (another name of a Henan town) is
/// not it, and the name is kept within Shanxi; rule region_qualifier_caseless: a region
/// after the comma in a Title Case line or in capitals qualifies too ("Springfield,
/// Illinois"). Counter-examples: the name alone, a list of towns, another state.
#[test]
fn place29_a_region_after_the_comma_bounds_the_town() {
    for text in [
        "Eight miners were killed in a blast at a mine in Xiaoyi, north China's Shanxi Province.",
        "Eight miners were killed in a blast at a mine in Xiaoyi City, Shanxi Province.",
        "Six workers died after a gas leak in Xiaoyi, Shanxi, on Tuesday.",
    ] {
        let (r, written) = place29_of(text);
        assert_eq!(r.as_deref(), Some("Shanxi Sheng"), "{text}");
        assert_eq!(written.as_deref(), Some("Xiaoyi"), "{text}");
    }
    assert_eq!(
        place29_of("Floods killed six people in Shanxi on Monday.")
            .0
            .as_deref(),
        Some("Shanxi Sheng")
    );
    // the name alone is not bounded to Shanxi
    assert_ne!(
        place29_of("Eight miners were killed in a blast at a mine in Xiaoyi.")
            .0
            .as_deref(),
        Some("Shanxi Sheng")
    );
    let region = first_claim_region;
    for (text, want) in [
        (
            "Two Killed In Shooting In Springfield, Illinois\n\nPolice said two men died.",
            "Illinois",
        ),
        (
            "Shooting In Springfield, Missouri, Leaves Two Dead\n\nTwo men died.",
            "Missouri",
        ),
        (
            "TWO PEOPLE WERE KILLED IN A SHOOTING IN SPRINGFIELD, ILLINOIS, ON FRIDAY.",
            "Illinois",
        ),
        (
            "Fire In Salem, Oregon Kills Three\n\nThree people died.",
            "Oregon",
        ),
    ] {
        assert_eq!(region(text).as_deref(), Some(want), "{text}");
    }
    // a list of places is no qualifier
    assert_eq!(
        place29_of("Five people died in clashes in Homs, Hama and Idlib.")
            .0
            .as_deref(),
        Some("Homs")
    );
}

/// Each text's first claim is placed in the named area, not a town (rules
/// level_word_names_area and level_word_before_names_area).
fn assert_read_as_areas(cases: &[(&str, &str)]) {
    for &(text, want) in cases {
        let (c, _) = resolve(text, &[0], Scope::Incident);
        let r = c[0].place_ref.as_ref();
        assert_eq!(r.map(|r| r.name.as_str()), Some(want), "{text}");
        assert_ne!(r.map(|r| r.level), Some(PlaceLevel::City), "{text}");
    }
}

/// Session 29 (place29), rule level_word_names_area: a level word of a region or district
/// after a name the gazetteer knows only as a town ("Minya province", "Minya governorate")
/// is the area of that name holding the town ("Al Minya"); a name with an area of the
/// other level is that area ("Nakuru County"). Counter-examples: the name alone is the
/// town; a name with an area of the level stays it.
#[test]
fn place29_a_level_word_after_a_towns_name_is_its_area() {
    assert_read_as_areas(&[
        (
            "At least 15 people died when a train derailed in Egypt's Minya province.",
            "Al Minya",
        ),
        (
            "Four people were killed in a fire in the Minya governorate on Sunday.",
            "Al Minya",
        ),
        (
            "Twelve people were killed when a lorry hit a bus in Nakuru County.",
            "Nakuru",
        ),
        (
            "Twenty people died in floods in Shanxi Province.",
            "Shanxi Sheng",
        ),
    ]);
    // the town
    let (c, _) = resolve(
        "Three people were killed in Minya on Friday.",
        &[0],
        Scope::Incident,
    );
    assert_eq!(
        c[0].place_ref.as_ref().map(|r| r.level),
        Some(PlaceLevel::City)
    );
    let (c, _) = resolve(
        "Seven people were killed in Idlib Governorate.",
        &[0],
        Scope::Incident,
    );
    assert_eq!(
        c[0].place_ref.as_ref().map(|r| r.level),
        Some(PlaceLevel::Region)
    );
}

/// Session 32 (links32), rule level_word_before_names_area: "the province of X" names the
/// area as "X province" does (rule level_word_names_area), with words between the level
/// word and the scene cue ("Egypt's southern province of Minya": a wire's wording of the
/// governorate whose town reports call Mallawi). Counter-examples: "the city of X" and
/// "the outskirts of X" name no area; "the province of X" of a name with an area of that
/// level stays that area.
#[test]
fn links32_a_level_word_of_before_a_towns_name_is_its_area() {
    assert_read_as_areas(&[
        (
            "At least 12 people were killed when a train derailed in Egypt's southern province of Minya on Thursday.",
            "Al Minya",
        ),
        (
            "Four people were killed in a fire in the governorate of Minya on Sunday.",
            "Al Minya",
        ),
        (
            "Twenty people died in floods in the province of Shanxi.",
            "Shanxi Sheng",
        ),
    ]);
    for text in [
        "Three people were killed in the city of Minya on Friday.",
        "Three people were killed on the outskirts of Minya on Friday.",
    ] {
        let (c, _) = resolve(text, &[0], Scope::Incident);
        assert_eq!(
            c[0].place_ref.as_ref().map(|r| r.level),
            Some(PlaceLevel::City),
            "{text}"
        );
    }
}

/// Session 29 (mendl29, review 2 should-fixes 1-4): a name read after a town's comma as
/// its area's, before any mention is scored ("Mallawi, Minya governorate": the town, in
/// the governorate); a list after a town's comma bounds nothing ("clashes in Mosul, Anbar
/// and Diyala": Mosul stays); a list in capitals keeps the capital ("IN SAN SALVADOR,
/// SAN MIGUEL AND USULUTAN"); a county's name inside a hospital's name is the town's.
#[test]
fn mendl29_lists_and_longer_names_after_a_town() {
    let of = |text: &str| {
        let (c, d) = resolve(text, &[0], Scope::Incident);
        eprintln!("{text}\n  {:?}\n  {d:?}", c[0].place_ref);
        c[0].place_ref.clone()
    };
    let named = |text: &str, want: &str| {
        let r = of(text);
        (r.as_ref().map(|r| r.name.as_str()) == Some(want))
            .then_some(())
            .ok_or(format!("{text}: {r:?}"))
    };
    let mut wrong = Vec::new();
    wrong.extend(
        [
            (
                "Six farmers were shot dead near Mallawi, Minya governorate, on Monday.",
                "Mallawī",
            ),
            (
                "Clashes in Mosul, Anbar and Diyala killed 30 people on Friday.",
                "Mosul",
            ),
            (
                "Clashes in Samarra, Nineveh and Diyala killed 14 people on Friday.",
                "Sāmarrā’",
            ),
        ]
        .into_iter()
        .filter_map(|(t, w)| named(t, w).err()),
    );
    let t = "SAN SALVADOR, 12 JAN 90 -- REBELS KILLED 9 SOLDIERS IN SAN SALVADOR, SAN MIGUEL AND USULUTAN, THE ARMY REPORTED.";
    let r = of(t);
    if !r
        .as_ref()
        .is_some_and(|r| r.name == "San Salvador" && r.region.as_deref() != Some("San Miguel"))
    {
        wrong.push(format!("{t}: {r:?}"));
    }
    let t = "Three patients died at Nakuru County Referral Hospital on Monday.";
    let r = of(t);
    if !r.as_ref().is_none_or(|r| r.level == PlaceLevel::City) {
        wrong.push(format!("{t}: {r:?}"));
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// Session 29 (street29), rule street_after: a name followed by a capitalised word of a
/// street or a neighbourhood (`street_after` in data/place_cues.csv) is that street, a part
/// of the report's city, not the town of the name; in a Title Case headline the name was
/// read alone. Counter-examples: the town as the scene ("in Lincoln, Nebraska", "on a
/// street in Orange"), a headline's event word after the town, a word going on with a
/// hyphen ("Drive-By"), a lower-case "highway" between two towns.
#[test]
fn street29_a_street_named_after_a_town_is_not_the_town() {
    for (text, town) in [
        (
            "4 Killed In Shooting Outside Lincoln Avenue Bar\n\nFour people died.",
            "Lincoln",
        ),
        (
            "Man Shot Dead Near Burleigh St. Gas Station\n\nOne man died.",
            "Burleigh",
        ),
        (
            "Two Killed At North 19th Street And Fond du Lac Avenue\n\nTwo men died.",
            "Fond du Lac",
        ),
        (
            "Three Wounded In Gunfire On Hickory Road\n\nThree people were hurt.",
            "Hickory",
        ),
        (
            "Teen Dies After Shooting Near Lincoln Blvd.\n\nThe teen died.",
            "Lincoln",
        ),
        (
            "Woman Killed In Orange Mound Drive-By\n\nA woman died.",
            "Orange",
        ),
        (
            "1 Dead, 3 Hurt In Hickory Hill Shooting\n\nOne person died.",
            "Hickory",
        ),
        (
            "FIVE PEOPLE WERE KILLED NEAR LINCOLN AVENUE ON SUNDAY.",
            "Lincoln",
        ),
        (
            "Six people were shot at East 12th Street and Lincoln Avenue on Friday.",
            "Lincoln",
        ),
        (
            "Two people were killed on Fond du Lac Ave. early on Sunday.",
            "Fond du Lac",
        ),
    ] {
        let (name, written) = place29_of(text);
        assert_ne!(name.as_deref(), Some(town), "{text}: {written:?}");
        assert_ne!(written.as_deref(), Some(town), "{text}: {name:?}");
    }
    // the street in the city the report names: the headline's claim in that city
    let (c, _) = resolve(
        "3 Killed Outside Fond du Lac Avenue Nightclub\n\nMILWAUKEE (AP) — Three people \
         were killed in Milwaukee on Sunday.",
        &[0],
        Scope::Incident,
    );
    let got = c[0].place_ref.as_ref().map(|r| r.name.clone());
    assert_ne!(got.as_deref(), Some("Fond du Lac"));
    // counter-examples: the town is the scene
    for (text, town) in [
        (
            "Three people were killed in Lincoln, Nebraska, on Sunday.",
            "Lincoln",
        ),
        (
            "A man was shot dead on a street in Orange on Friday.",
            "Orange",
        ),
        (
            "Shooting In Lincoln Leaves Two Dead\n\nTwo men died.",
            "Lincoln",
        ),
        ("Man Killed In Memphis Shooting\n\nA man died.", "Memphis"),
        ("Teen Killed In Lincoln Drive-By\n\nA teen died.", "Lincoln"),
        ("TWO PEOPLE WERE KILLED IN LINCOLN ON FRIDAY.", "Lincoln"),
    ] {
        let (name, written) = place29_of(text);
        assert_eq!(name.as_deref(), Some(town), "{text}: {written:?}");
    }
    // a route between two towns: the hyphenated name is no street of the report's city
    let (name, _) = place29_of(
        "Nine people died when a lorry hit a bus near Nakuru on the Nakuru-Eldoret Highway.",
    );
    assert_eq!(name.as_deref(), Some("Nakuru"));
}

/// Session 30 review 2 (mendl30): `street_after_cased` words ("Place", "Way", "Court")
/// after a name are a street only where case tells: in a Title Case or ALL CAPS headline
/// the place is the city's ("Six Dead In Attack At Karachi Place Of Worship"), in a body
/// sentence "on Hickory Court" is a street still. (A court headline, "Blast Near Peshawar
/// Court", reads the court as an organisation, cue `organisation`, before and after.)
#[test]
fn mendl30_a_place_word_in_a_headline_keeps_its_city() {
    let mut wrong = Vec::new();
    for (text, town) in [
        (
            "FOUR KILLED AT LAHORE PLACE OF WORSHIP\n\nFour people died.",
            "Lahore",
        ),
        (
            "Six Dead In Attack At Karachi Place Of Worship\n\nSix people died.",
            "Karachi",
        ),
    ] {
        let (name, written) = place29_of(text);
        if name.as_deref() != Some(town) {
            wrong.push(format!("{text}: {name:?} {written:?}"));
        }
    }
    for (text, town) in [
        (
            "Two men were shot on Hickory Court late on Friday.",
            "Hickory",
        ),
        ("A woman was killed on Lincoln Way on Sunday.", "Lincoln"),
    ] {
        let (name, written) = place29_of(text);
        if name.as_deref() == Some(town) {
            wrong.push(format!("{text}: {name:?} {written:?}"));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// Session 32 (linka32), rule one_name_one_country: a town the gazetteer knows by another
/// spelling only as an alternate name ("Izium", GeoNames' Izyum), named again with its
/// level word ("the Izium city administration"), in war reporting whose only word of a
/// country is the attacker's nationality ("Russian"): the name with its level word is the
/// one name again, no other name telling a country, so the town is taken as the attacker
/// rule means; before, it was kept by name, unresolved, and a report of the strike found
/// no place in common with the reports that spelled the town "Izyum" or named Ukraine.
#[test]
fn linka32_a_name_with_its_level_word_tells_no_other_country() {
    let town = |text: &str| {
        let (c, d) = placed(text);
        (c.place_ref.map(|r| r.name), d)
    };
    let (p, d) = town(
        "A Russian missile hit the hospital in Izium on Friday, the head of the Izium city \
         administration said. Three people were killed.",
    );
    assert_eq!(p.as_deref(), Some("Izyum"), "{d:?}");
    // negative: another name of another country stays a country the document names
    let (p, d) = town(
        "A missile hit the hospital in Izium on Friday, the head of the Izium city \
         administration said in Poland. Three people were killed.",
    );
    assert_ne!(p.as_deref(), Some("Izyum"), "{d:?}");
}

/// One claim of the first sentence placed for a report of `outlet` (rule outlet_country):
/// the place's name and country, its region, and the decision.
type OutletPlace = (
    Option<(String, Option<String>)>,
    Option<Option<String>>,
    Vec<PlaceDecision>,
);
fn placed_for_outlet(
    t: &Tables,
    g: &Gazetteer,
    lex: &crate::extract::lexicon::Lexicon,
    text: &str,
    outlet: Option<&str>,
) -> OutletPlace {
    let sents = crate::extract::sentences::split(text, lex);
    let mut claims = vec![{
        let mut c = Claim::new(
            crate::quantity::parse("1", &t.vague).unwrap(),
            Outcome::Killed,
            "woman",
        );
        c.span = Some(sents[0]);
        c
    }];
    let d = resolve_claims_explained(
        g,
        resolve::Source { outlet, url: None },
        text,
        None,
        &sents,
        &mut claims,
        true,
        None,
    );
    let r = claims.remove(0).place_ref;
    (
        r.as_ref().map(|r| (r.name.clone(), r.country.clone())),
        r.map(|r| r.region.clone()),
        d,
    )
}

/// Review 1 (session 32), M3, rule one_name_one_country mended (mendx32): a country's bare
/// name equal to this name minus its level word ("Panama" beside "Panama City") still tells
/// a country, so a Florida outlet's report of a shooting in Panama City, Panama is not
/// read in Florida. Our own sentences; the rule's own case (a name with its level word is
/// the one name again) is `linka32_a_name_with_its_level_word_tells_no_other_country`.
#[test]
fn mendx32_a_country_named_as_a_city_minus_its_level_word_tells_a_country() {
    let t = Tables::default();
    let g = Gazetteer::new(&t);
    let lex = crate::extract::lexicon::Lexicon::load();
    let country = |text: &str| {
        let (p, _, d) = placed_for_outlet(&t, &g, &lex, text, Some("sun-sentinel.com"));
        (p.and_then(|p| p.1), d)
    };
    let (c, d) =
        country("A shooting in Panama City killed 3 people on Tuesday, the worst attack in Panama this year, police said.");
    assert_eq!(c.as_deref(), Some("PA"), "{d:?}");
    let (c, d) =
        country("A fire in Kuwait City killed 3 people on Tuesday, the worst fire in Kuwait this year, police said.");
    assert_eq!(c.as_deref(), Some("KW"), "{d:?}");
    // negative: with no country named, the Florida outlet's home still reads its city
    let (c, d) = country("A shooting in Panama City killed 3 people, police said.");
    assert_eq!(c.as_deref(), Some("US"), "{d:?}");
}
