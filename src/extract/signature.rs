//! A document's signature: the salient proper nouns it repeats ("Atlanta", "Nichols",
//! "Fulton"), with their counts. Two reports of one event share them; `xref` compares
//! signatures when claims carry no place or date to link by. Pure text → terms.

use super::lexicon::FastMap;
use std::sync::OnceLock;

/// Terms kept per document, most frequent first.
pub const MAX_TERMS: usize = 40;

fn stop_words() -> &'static hashbrown::HashSet<&'static str> {
    static STOP: OnceLock<hashbrown::HashSet<&'static str>> = OnceLock::new();
    STOP.get_or_init(|| {
        include_str!("../../data/extract/signature_stop.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    })
}

/// Capitalised words (not all upper case, not stop words, at least three letters), lower
/// cased, with their counts; the `MAX_TERMS` most frequent, ties by the term.
pub fn signature(text: &str) -> Vec<(String, u32)> {
    let stop = stop_words();
    let mut counts: FastMap<String, u32> = FastMap::default();
    let mut buf = String::new();
    for word in pieces(text) {
        let w = word.trim_matches(|c: char| c == '\'' || c == '’' || c == '-');
        // most words start in lower case: one byte says so
        match w.as_bytes().first() {
            None => continue,
            Some(b) if b.is_ascii() && !b.is_ascii_uppercase() => continue,
            _ => {}
        }
        let lower: &str = if w.is_ascii() {
            // the same tests, a byte a character
            if w.len() < 3 || !w.bytes().any(|b| b.is_ascii_lowercase()) {
                continue;
            }
            buf.clear();
            buf.push_str(w);
            buf.make_ascii_lowercase();
            buf.strip_suffix("'s").unwrap_or(&buf)
        } else {
            let mut chars = w.chars();
            let Some(first) = chars.next() else {
                continue;
            };
            if !first.is_uppercase() || w.chars().count() < 3 {
                continue;
            }
            // all capitals (MUC's wire text, acronyms) carry no case signal
            if w.chars().all(|c| !c.is_lowercase()) {
                continue;
            }
            buf = w.to_lowercase();
            buf.strip_suffix("'s")
                .or_else(|| buf.strip_suffix("’s"))
                .unwrap_or(&buf)
        };
        if stop.contains(lower) {
            continue;
        }
        match counts.get_mut(lower) {
            Some(n) => *n += 1,
            None => {
                counts.insert(lower.to_string(), 1);
            }
        }
    }
    let mut v: Vec<(String, u32)> = counts.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    v.truncate(MAX_TERMS);
    v
}

/// `text` split at every character that is not a letter, a digit, an apostrophe or a
/// hyphen (as `str::split` with that test would split it), reading ASCII a byte at a time.
fn pieces(text: &str) -> impl Iterator<Item = &str> {
    let b = text.as_bytes();
    let mut start = 0;
    let mut i = 0;
    let mut done = false;
    std::iter::from_fn(move || {
        while i < b.len() {
            let (sep, n) = if b[i] < 0x80 {
                let c = b[i];
                (!(c.is_ascii_alphanumeric() || c == b'\'' || c == b'-'), 1)
            } else {
                let c = text[i..].chars().next().unwrap_or(' ');
                (!(c.is_alphanumeric() || c == '’'), c.len_utf8())
            };
            if sep {
                let piece = &text[start..i];
                i += n;
                start = i;
                return Some(piece);
            }
            i += n;
        }
        if done {
            return None;
        }
        done = true;
        Some(&text[start..])
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn proper_nouns_of_a_seed_report() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../shared/corpus/seeds/001_096073c12d8d0f60.txt"
        );
        let text = std::fs::read_to_string(path).unwrap();
        let sig = signature(&text);
        let terms: Vec<&str> = sig.iter().map(|(t, _)| t.as_str()).collect();
        for t in ["aleppo", "khan", "touman", "syria"] {
            assert!(terms.contains(&t), "{t} missing from {terms:?}");
        }
        assert!(!terms.contains(&"the") && !terms.contains(&"saturday"));
        assert!(sig.len() <= MAX_TERMS);
        // wire text in capitals gives no signature
        assert!(signature("THREE SUBVERSIVES WERE KILLED IN SAN MIGUEL").is_empty());
    }

    #[test]
    fn pieces_split_as_str_split_does() {
        let by_split = |t: &str| -> Vec<String> {
            t.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'))
                .map(str::to_string)
                .collect()
        };
        for t in [
            "",
            ",",
            "Khān Ţūmān’s al-Nusra, 1,000 — ΑΘΉΝΑ  İstanbul's x.",
            "ends in a letter",
            "“quoted” – dash² ١٢٣",
        ] {
            let mine: Vec<String> = pieces(t).map(str::to_string).collect();
            assert_eq!(mine, by_split(t), "{t:?}");
        }
        let seed = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../shared/corpus/seeds/001_096073c12d8d0f60.txt"
        );
        let text = std::fs::read_to_string(seed).unwrap();
        assert_eq!(
            pieces(&text).map(str::to_string).collect::<Vec<_>>(),
            by_split(&text)
        );
    }
}
