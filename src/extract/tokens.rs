//! One pass over the text: words, numbers and punctuation with byte spans, their lower-case
//! forms (in one shared buffer) and their lexicon classes.

use super::lexicon::Lexicon;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Word,
    Num,
    Punct,
}

#[derive(Debug, Clone, Copy)]
pub struct Tok {
    pub s: usize,
    pub e: usize,
    pub kind: Kind,
    /// Range of the lower-case form in `Tokens::lower`.
    lo: u32,
    ll: u32,
    pub flags: u32,
    /// Whitespace (or the start of the text) comes right before the token.
    pub space_before: bool,
}

pub struct Tokens<'a> {
    pub text: &'a str,
    pub v: Vec<Tok>,
    lower: String,
}

thread_local! {
    /// Buffers of the last document's tokens, reused by the next one on this thread: a
    /// fresh large allocation per document costs more than the tokenising.
    static SPARE: std::cell::RefCell<(Vec<Tok>, String)> = const {
        std::cell::RefCell::new((Vec::new(), String::new()))
    };
}

impl Drop for Tokens<'_> {
    fn drop(&mut self) {
        let v = std::mem::take(&mut self.v);
        let lower = std::mem::take(&mut self.lower);
        let _ = SPARE.try_with(|s| {
            if let Ok(mut s) = s.try_borrow_mut() {
                if v.capacity() > s.0.capacity() {
                    s.0 = v;
                }
                if lower.capacity() > s.1.capacity() {
                    s.1 = lower;
                }
            }
        });
    }
}

impl<'a> Tokens<'a> {
    pub fn new(text: &'a str, lex: &Lexicon) -> Tokens<'a> {
        let b = text.as_bytes();
        let (mut v, mut lower) = SPARE
            .try_with(|s| s.try_borrow_mut().map(|mut s| std::mem::take(&mut *s)).ok())
            .ok()
            .flatten()
            .unwrap_or_default();
        v.clear();
        lower.clear();
        v.reserve(text.len() / 5 + 1);
        lower.reserve(text.len() + 16);
        let mut i = 0;
        let mut space = true;
        while i < b.len() {
            let c = b[i];
            if c.is_ascii_whitespace() {
                space = true;
                i += 1;
                continue;
            }
            let (kind, end) = if c.is_ascii_digit() {
                (Kind::Num, crate::quantity::digits_end(b, i))
            } else if c < 0x80 {
                if c.is_ascii_alphabetic() {
                    (Kind::Word, word_end(text, i))
                } else {
                    (Kind::Punct, i + 1)
                }
            } else {
                let ch = text[i..].chars().next().unwrap_or(' ');
                let n = ch.len_utf8();
                if ch.is_whitespace() {
                    space = true;
                    i += n;
                    continue;
                }
                if ch.is_alphabetic() {
                    (Kind::Word, word_end(text, i))
                } else {
                    (Kind::Punct, i + n)
                }
            };
            let lo = lower.len() as u32;
            let piece = &text[i..end];
            let flags = if kind == Kind::Word {
                if piece.is_ascii() {
                    lower.push_str(piece);
                    lower.as_mut_str()[lo as usize..].make_ascii_lowercase();
                } else {
                    for ch in piece.chars() {
                        match ch {
                            '’' | '‘' => lower.push('\''),
                            c => lower.extend(c.to_lowercase()),
                        }
                    }
                }
                if end - i > lex.longest {
                    0
                } else {
                    lex.flags(&lower[lo as usize..])
                }
            } else {
                lower.push_str(piece);
                if piece == "%" {
                    super::lexicon::PERCENT
                } else {
                    0
                }
            };
            v.push(Tok {
                s: i,
                e: end,
                kind,
                lo,
                ll: lower.len() as u32 - lo,
                flags,
                space_before: space,
            });
            space = false;
            i = end;
        }
        Tokens { text, v, lower }
    }

    pub fn low(&self, i: usize) -> &str {
        match self.v.get(i) {
            Some(t) => &self.lower[t.lo as usize..(t.lo + t.ll) as usize],
            None => "",
        }
    }

    pub fn raw(&self, i: usize) -> &'a str {
        match self.v.get(i) {
            Some(t) => &self.text[t.s..t.e],
            None => "",
        }
    }

    pub fn is(&self, i: usize, w: &str) -> bool {
        self.low(i) == w
    }

    pub fn has(&self, i: usize, flag: u32) -> bool {
        self.v.get(i).is_some_and(|t| t.flags & flag != 0)
    }

    pub fn kind(&self, i: usize) -> Option<Kind> {
        self.v.get(i).map(|t| t.kind)
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.kind(i) == Some(Kind::Word)
    }

    pub fn is_punct(&self, i: usize, p: &str) -> bool {
        self.kind(i) == Some(Kind::Punct) && self.raw(i) == p
    }

    pub fn is_dash(&self, i: usize) -> bool {
        self.kind(i) == Some(Kind::Punct) && matches!(self.raw(i), "-" | "–" | "—")
    }

    /// Index of the first token starting at or after byte `pos`.
    pub fn at(&self, pos: usize) -> usize {
        self.v.partition_point(|t| t.s < pos)
    }

    /// Text from the start of token `a` to the end of token `b` (inclusive), as written.
    pub fn span_text(&self, a: usize, b: usize) -> &'a str {
        match (self.v.get(a), self.v.get(b)) {
            (Some(x), Some(y)) if x.s <= y.e => &self.text[x.s..y.e],
            _ => "",
        }
    }

    /// The tokens as the quantity grammar reads them (`quantity::scan_spans`).
    pub(crate) fn quantity_spans(
        &self,
    ) -> impl ExactSizeIterator<Item = (crate::quantity::Kind, usize, usize)> + '_ {
        use crate::quantity::Kind as Q;
        self.v.iter().map(|t| {
            let kind = match t.kind {
                Kind::Word => Q::Word,
                Kind::Num => Q::Num,
                Kind::Punct => Q::Punct,
            };
            (kind, t.s, t.e)
        })
    }

    /// The word's lower-case form without a possessive "'s".
    pub fn stem(&self, i: usize) -> &str {
        let l = self.low(i);
        l.strip_suffix("'s").unwrap_or(l)
    }
}

/// End of a word starting at `i`: letters, with inner apostrophes ("Guard’s", "o'clock").
fn word_end(text: &str, i: usize) -> usize {
    // ASCII letters: a byte loop; anything else (apostrophes, accents) below
    let b = text.as_bytes();
    let mut j = i;
    while j < b.len() && b[j].is_ascii_alphabetic() {
        j += 1;
    }
    if j > i && (j == b.len() || (b[j] < 0x80 && b[j] != b'\'')) {
        return j;
    }
    let mut end = i;
    let mut it = text[i..].char_indices().peekable();
    while let Some((j, ch)) = it.next() {
        if ch.is_alphabetic() {
            end = i + j + ch.len_utf8();
        } else if (ch == '\'' || ch == '’')
            && it.peek().is_some_and(|&(_, n)| n.is_alphabetic())
            && end == i + j
        {
            continue;
        } else {
            break;
        }
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every word of the lexicon keeps its classes when looked up as an integer (words of
    /// up to 8 bytes) or as text, and words it does not hold (every word of the ECB+
    /// documents, prefixes and extensions of its own words, text with a NUL) have none.
    #[test]
    fn lexicon_classes_as_the_word_table_gives_them() {
        let lex = Lexicon::load();
        let table = |w: &str| lex.words.get(w).copied().unwrap_or(0);
        let mut probes: Vec<String> = Vec::new();
        for w in lex.words.keys() {
            probes.push(w.clone());
            probes.push(format!("{w}s"));
            probes.push(format!("{w}\0"));
            probes.push(w.chars().skip(1).collect());
        }
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../shared/corpus/ecbplus/ecbplus_docs.jsonl"
        );
        let docs = std::fs::read_to_string(path).unwrap();
        let toks = Tokens::new(&docs, &lex);
        probes.extend((0..toks.v.len()).map(|i| toks.low(i).to_string()));
        assert!(probes.len() > 100_000, "{}", probes.len());
        let mut found = 0;
        for w in &probes {
            assert_eq!(lex.flags(w), table(w), "{w:?}");
            found += (table(w) != 0) as usize;
        }
        assert!(found > 10_000, "{found}");
        // each token's classes are its lower-case form's
        for i in 0..toks.v.len() {
            if toks.is_word(i) && toks.raw(i).len() <= lex.longest {
                assert_eq!(toks.v[i].flags, table(toks.low(i)), "{}", toks.raw(i));
            }
        }
    }
}
