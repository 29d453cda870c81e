//! Names and dates to their canonical forms: aliases (places, victim groups, sources) and
//! partial ISO dates.

pub mod date;

use crate::tables::{fold, AliasKind, Tables};

/// The canonical victim group: an alias, else the written words folded; a count with no
/// victims named ("400,000 dead") counts people.
pub fn normalise_group(tables: &Tables, victims: &str) -> String {
    if victims.trim().is_empty() {
        return "people".to_string();
    }
    // the canonical name when an alias says all of it ("the Iranian military advisors");
    // kept as written, folded, when words narrow it ("Israeli soldiers" are not all soldiers)
    let canonical = tables.aliases.canonical(AliasKind::Group, victims);
    match canonical {
        Some(c) if tables.group_key(victims).marks.is_empty() => c.to_string(),
        _ => fold(victims),
    }
}

/// A word ending in a possessive "'s", straight or curly ("Sudan's", "Sudan’s"): one test
/// for every reader of names (session 27, mendl27).
pub fn possessive(word: &str) -> bool {
    word.ends_with("'s") || word.ends_with("\u{2019}s")
}

/// A word without its possessive ending ("Sudan's" and "Doctors'" are "Sudan" and
/// "Doctors"; curly or straight).
pub fn unpossessed(word: &str) -> &str {
    word.trim_end_matches("'s")
        .trim_end_matches("\u{2019}s")
        .trim_end_matches(['\'', '\u{2019}'])
}
