//! Property tests on the quantity parser and the extractor: never a panic, every span
//! inside its text and on a character boundary, low <= high, the same result twice.
//! (The fuzz targets in fuzz/ check the same properties on many more inputs.)

use proptest::prelude::*;
use std::sync::OnceLock;
use tollcheck::extract::Extractor;
use tollcheck::model::Document;
use tollcheck::quantity::{self, VagueTable};
use tollcheck::tables::Tables;

fn tables() -> &'static Tables {
    static T: OnceLock<Tables> = OnceLock::new();
    T.get_or_init(|| Tables::load(None).unwrap())
}

fn vague() -> &'static VagueTable {
    &tables().vague
}

const WORDS: &[&str] = &[
    "at least",
    "more than",
    "as many as",
    "around",
    "about",
    "some",
    "nearly",
    "up to",
    "fewer than",
    "under",
    "over",
    "between",
    "and",
    "to",
    "-",
    "–",
    "a",
    "an",
    "one",
    "a dozen",
    "dozens",
    "several",
    "hundreds",
    "thousands",
    "tens of thousands",
    "of",
    "half",
    "a third",
    "thirteen",
    "twenty-one",
    "hundred",
    "thousand",
    "million",
    "billion",
    "7.6",
    "1,200",
    "270,000",
    "0",
    "-5",
    "9223372036854775807",
    "9223372036854775808",
    "1000000000000000000000000000000",
    "10^30",
    "1e308",
    "four more",
    "another",
    "killed",
    "wounded",
    "missing",
    "soldiers",
    "civilians",
    "were",
    ".",
    ",",
    ";",
    "\n",
    "\r\n",
    "é",
    "\u{1F600}",
    "\u{200b}",
    "١٣",
    "１３",
    "\u{feff}",
    "Ⅻ",
    "½",
    "’",
    "\"",
];

/// Text from grammar words and arbitrary characters, so that both the phrases and the
/// boundaries between them are exercised.
fn texts() -> impl Strategy<Value = String> {
    let word = prop_oneof![
        3 => proptest::sample::select(WORDS).prop_map(str::to_string),
        1 => any::<String>(),
        1 => "[0-9]{1,25}",
        1 => "[0-9]{1,3}(,[0-9]{3}){0,6}(\\.[0-9]{1,3})?",
    ];
    proptest::collection::vec(word, 0..24).prop_map(|ws| ws.join(" "))
}

fn check_quantity(q: &tollcheck::model::Quantity, what: &str) -> Result<(), TestCaseError> {
    if let (Some(l), Some(h)) = (q.low, q.high) {
        prop_assert!(l <= h, "{what}: low {l} > high {h}");
    }
    if let Some(l) = q.low {
        prop_assert!(l >= 0, "{what}: negative low {l}");
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(if super::soak() { 20_000 } else { 600 }))]

    #[test]
    fn parse_never_panics_and_is_consistent(s in texts()) {
        let a = quantity::parse(&s, vague());
        prop_assert_eq!(&a, &quantity::parse(&s, vague()));
        if let Ok(q) = a {
            check_quantity(&q, &s)?;
            prop_assert!(!q.written.is_empty());
        }
    }

    #[test]
    fn parse_any_string(s in any::<String>()) {
        if let Ok(q) = quantity::parse(&s, vague()) {
            check_quantity(&q, &s)?;
        }
    }

    #[test]
    fn scan_spans_lie_inside_the_text(s in texts()) {
        let found = quantity::scan(&s, vague());
        let mut last = 0;
        for f in &found {
            prop_assert!(f.start < f.end && f.end <= s.len(), "{:?} in {:?}", f, s);
            prop_assert!(s.is_char_boundary(f.start) && s.is_char_boundary(f.end));
            prop_assert!(f.start >= last, "overlapping spans in {:?}", s);
            last = f.end;
            prop_assert_eq!(&s[f.start..f.end], f.quantity.written.as_str());
            check_quantity(&f.quantity, &s)?;
        }
        prop_assert_eq!(found, quantity::scan(&s, vague()));
    }

    #[test]
    fn scan_any_string(s in any::<String>()) {
        for f in quantity::scan(&s, vague()) {
            prop_assert!(f.end <= s.len() && s.is_char_boundary(f.start) && s.is_char_boundary(f.end));
        }
    }

    /// Whatever the extractor is (it is being replaced), through `Extractor::extract`.
    #[test]
    fn extractor_spans_and_determinism(body in texts(), published in proptest::option::of("20[0-2][0-9]-0[1-9]-[0-2][1-9]")) {
        let doc = Document {
            name: "p.txt".into(),
            text: body,
            published,
            ..Document::default()
        };
        let ex = Extractor::new(tables());
        let a = ex.extract(&doc);
        for c in &a.claims {
            check_quantity(&c.quantity, &doc.text)?;
            if let Some((s, e)) = c.span {
                prop_assert!(s <= e && e <= doc.text.len(), "span {}..{} of {}", s, e, doc.text.len());
                prop_assert!(doc.text.is_char_boundary(s) && doc.text.is_char_boundary(e));
            }
        }
        for d in &a.decisions {
            prop_assert!(d.start <= d.end && d.end <= doc.text.len());
            prop_assert!(doc.text.is_char_boundary(d.start) && doc.text.is_char_boundary(d.end));
        }
        let b = ex.extract(&doc);
        prop_assert_eq!(format!("{:?}", a.claims), format!("{:?}", b.claims));
    }
}
