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
    // no point of its own: mapped at Aleppo's
    assert!(r.latitude.is_some());
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
    let geo = GeoNames::get();
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
