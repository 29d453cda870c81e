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
    pub flags: super::lexicon::Classes,
    /// Whitespace (or the start of the text) comes right before the token.
    pub space_before: bool,
    /// A word of ASCII letters only (no apostrophe, no accent): the place reader takes it
    /// as it is (`places::resolve`).
    pub plain: bool,
}

pub struct Tokens<'a> {
    pub text: &'a str,
    pub v: Vec<Tok>,
    lower: String,
    /// What rule sports_document found in the whole document (`rules::sports_document`),
    /// read once per document: the tokens never change once made.
    pub(crate) sports: std::cell::OnceCell<Option<usize>>,
    /// The last sentence (token range) asked whether it holds a modal verb, and the answer
    /// ([`Tokens::modal_in`]): a sentence's candidates are decided one after another, and
    /// each asked it again.
    modal_memo: std::cell::Cell<Option<(usize, usize, bool)>>,
    /// The last sentence (token range) asked for the lexicon classes of its words, and
    /// their union ([`Tokens::classes_in`]).
    classes_memo: std::cell::Cell<Option<(usize, usize, super::lexicon::Classes)>>,
}

/// The modal verbs of `data/extract/count_words.csv` and their shapes (first byte and
/// length), read once ([`Tokens::modal_in`]).
fn modal_words() -> &'static (Vec<String>, super::lexicon::WordShapes) {
    static MODAL: std::sync::OnceLock<(Vec<String>, super::lexicon::WordShapes)> =
        std::sync::OnceLock::new();
    MODAL.get_or_init(|| {
        let modal = super::lexicon::count_words().modal.clone();
        let mut shapes = super::lexicon::WordShapes::default();
        for m in &modal {
            shapes.add(m);
        }
        (modal, shapes)
    })
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

/// Rule speech_word_in_name (session 16): a capitalised speech word ending a proper name is
/// a noun, not a verb of saying: after a word of words.csv name_before_speech ("THE UNITED
/// STATES", "Consumer Reports": `flags`, the word `piece`'s, lose their speech class), or a
/// capitalised "-s" speech word right after a capitalised word and right before another
/// speech verb or "has"/"have" ("Consumer Reports said", "the Gulf States have said": the
/// word before, the last of `v`, loses it). No "THE UNITED" as a speaker.
#[inline(never)]
fn speech_word_in_name(
    text: &str,
    v: &mut [Tok],
    piece: &str,
    flags: super::lexicon::Classes,
) -> super::lexicon::Classes {
    use super::lexicon::{AUX, DET, NAME_BEFORE_SPEECH, PREP, PRON, SPEECH};
    let upper =
        |t: &Tok| t.kind == Kind::Word && text[t.s..t.e].starts_with(|c: char| c.is_uppercase());
    let n = v.len();
    if flags & SPEECH != 0
        && piece.starts_with(|c: char| c.is_uppercase())
        && n > 0
        && v[n - 1].flags & NAME_BEFORE_SPEECH != 0
        && upper(&v[n - 1])
    {
        return flags & !SPEECH;
    }
    let next_speaks =
        flags & SPEECH != 0 || matches!(piece, "has" | "have" | "HAS" | "HAVE" | "Has" | "Have");
    if next_speaks && n > 1 {
        let (before, last) = (&v[n - 2], &v[n - 1]);
        let word = &text[last.s..last.e];
        if last.flags & SPEECH != 0
            && upper(last)
            && word.ends_with(['s', 'S'])
            && upper(before)
            && before.flags & (DET | PRON | AUX | PREP | SPEECH) == 0
        {
            v[n - 1].flags &= !SPEECH;
        }
    }
    flags
}

/// Rule said_in_name (session 27, phrase27): "Said" written with a capital and lower case
/// (never "SAID" in text in capitals), right after a capitalised word no list knows (a
/// given name) and right before a comma or another such word, is a name, not a verb of
/// saying: "Mohamed Said, a shopkeeper, was among 4 people killed", "Ali Said Hassan, 19,
/// died" (no speaker "Mohamed"). Not "Police Said" (a known word), not "Smith Said Three"
/// (a number word), not "Smith Said Monday". `v`'s last token loses its classes (a name
/// has none) when the piece now read (`flags` its classes) ends the name.
#[inline(never)]
fn said_in_name(text: &str, v: &mut [Tok], piece: &str, flags: super::lexicon::Classes) {
    let n = v.len();
    if n < 2 || &text[v[n - 1].s..v[n - 1].e] != "Said" {
        return;
    }
    let name = |t: &Tok, w: &str| {
        t.kind == Kind::Word
            && t.flags == 0
            && w.starts_with(|c: char| c.is_uppercase())
            && w.chars().any(char::is_lowercase)
    };
    let before = &v[n - 2];
    if name(before, &text[before.s..before.e])
        && (piece == ","
            || (flags == 0 && piece.chars().any(char::is_lowercase) && {
                piece.starts_with(|c: char| c.is_uppercase())
            }))
    {
        v[n - 1].flags = 0;
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
            let class = BYTE_CLASS[c as usize];
            if class == SPACE {
                space = true;
                i += 1;
                continue;
            }
            // `lowered`: the piece is its own lower-case form (ASCII letters, none a capital)
            let mut lowered = false;
            let mut plain = false;
            let (kind, end) = if class == DIGIT {
                (Kind::Num, crate::quantity::digits_end(b, i))
            } else if c < 0x80 {
                if class >= LETTER {
                    // the ASCII letters here, the rest (an apostrophe, an accent) in
                    // `word_end` (most words are ASCII letters only: no call)
                    let (j, capital) = letters_end(b, i + 1, class == UPPER);
                    if j == b.len() || (b[j] < 0x80 && b[j] != b'\'') {
                        lowered = !capital;
                        plain = true;
                        (Kind::Word, j)
                    } else {
                        (Kind::Word, word_end(text, i))
                    }
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
                if lowered {
                    lower.push_str(piece);
                } else if piece.is_ascii() {
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
            // rule speech_word_in_name (session 16)
            // (gated: a speech word or an auxiliary right after a name word or a speech word)
            let flags = if flags & (super::lexicon::SPEECH | super::lexicon::AUX) != 0
                && v.last().is_some_and(|p| {
                    p.flags & (super::lexicon::NAME_BEFORE_SPEECH | super::lexicon::SPEECH) != 0
                }) {
                speech_word_in_name(text, &mut v, piece, flags)
            } else {
                flags
            };
            // rule said_in_name (session 27): gated on the token before being a speech word
            // of four bytes
            if v.last()
                .is_some_and(|p| p.flags & super::lexicon::SPEECH != 0 && p.e - p.s == 4)
            {
                said_in_name(text, &mut v, piece, flags);
            }
            v.push(Tok {
                s: i,
                e: end,
                kind,
                lo,
                ll: lower.len() as u32 - lo,
                flags,
                space_before: space,
                plain,
            });
            space = false;
            i = end;
        }
        Tokens {
            text,
            v,
            lower,
            sports: std::cell::OnceCell::new(),
            modal_memo: std::cell::Cell::new(None),
            classes_memo: std::cell::Cell::new(None),
        }
    }

    /// The lexicon classes of tokens `sa..sb` (a sentence) together: a rule that needs a
    /// word of some class inside the sentence tests one mask, worked out once a sentence
    /// (session 24: the gates of rules recalled_event and past_crime, asked by every
    /// candidate number of the sentence).
    pub fn classes_in(&self, sa: usize, sb: usize) -> super::lexicon::Classes {
        if let Some((a, b, classes)) = self.classes_memo.get() {
            if (a, b) == (sa, sb) {
                return classes;
            }
        }
        let n = self.v.len();
        let classes = self
            .v
            .get(sa.min(n)..sb.min(n))
            .unwrap_or_default()
            .iter()
            .fold(0, |c, t| c | t.flags);
        self.classes_memo.set(Some((sa, sb, classes)));
        classes
    }

    /// Whether tokens `sa..sb` (a sentence) hold a modal verb of `data/extract/count_words.csv`
    /// (`CountWords::modal`, "would", "could", ...), worked out once a sentence (session 24:
    /// rule counterfactual's gate, asked by every candidate number of the sentence).
    pub fn modal_in(&self, sa: usize, sb: usize) -> bool {
        if let Some((a, b, answer)) = self.modal_memo.get() {
            if (a, b) == (sa, sb) {
                return answer;
            }
        }
        let (modal, shapes) = modal_words();
        // (a word whose first byte and length no modal has is passed with one test: the
        // list's nine compares for every word cost more than the rule saved)
        let answer = self
            .v
            .get(sa..sb.min(self.v.len()))
            .unwrap_or_default()
            .iter()
            .any(|t| {
                let w = &self.lower[t.lo as usize..(t.lo + t.ll) as usize];
                w.as_bytes()
                    .first()
                    .is_some_and(|&b| shapes.may_hold(b, w.len()))
                    && modal.iter().any(|m| m == w)
            });
        self.modal_memo.set(Some((sa, sb, answer)));
        answer
    }

    /// Whether token `i` is a modal verb of `data/extract/count_words.csv` (`CountWords::modal`:
    /// "would", "could", "may", ...): the one test of rules counterfactual, unrealised,
    /// hypothetical_count and the promise of the singular reading (session 29: each wrote it).
    pub fn is_modal(&self, i: usize) -> bool {
        let w = self.low(i);
        modal_words().0.iter().any(|m| m == w)
    }

    pub fn low(&self, i: usize) -> &str {
        match self.v.get(i) {
            Some(t) => &self.lower[t.lo as usize..(t.lo + t.ll) as usize],
            None => "",
        }
    }

    /// The whole lower-case buffer: token `i`'s form is `lower()[low_range(i)]`.
    pub fn lower(&self) -> &str {
        &self.lower
    }

    /// Where token `i`'s lower-case form lies in [`Tokens::lower`] (start, end).
    pub fn low_range(&self, i: usize) -> (u32, u32) {
        let t = &self.v[i];
        (t.lo, t.lo + t.ll)
    }

    pub fn raw(&self, i: usize) -> &'a str {
        match self.v.get(i) {
            Some(t) => &self.text[t.s..t.e],
            None => "",
        }
    }

    /// Capitalised as written (a name) and not all in capitals ("Ortiz", not "ORTIZ").
    pub fn capitalised(&self, i: usize) -> bool {
        let r = self.raw(i);
        r.starts_with(char::is_uppercase) && r.chars().skip(1).any(char::is_lowercase)
    }

    /// The token at `i` starts with a capital (`char::is_uppercase`; an ASCII first byte
    /// read as a byte); false past the end.
    #[inline]
    pub fn starts_upper(&self, i: usize) -> bool {
        let Some(tok) = self.v.get(i) else {
            return false;
        };
        match self.text.as_bytes().get(tok.s) {
            Some(b) if b.is_ascii() && tok.s < tok.e => b.is_ascii_uppercase(),
            _ => self.raw(i).starts_with(char::is_uppercase),
        }
    }

    /// The length in bytes of the lower-cased word at `i` (0 past the end): a cheap test
    /// before comparing words.
    pub fn low_len(&self, i: usize) -> usize {
        self.v.get(i).map_or(0, |t| t.ll as usize)
    }

    pub fn is(&self, i: usize, w: &str) -> bool {
        self.low(i) == w
    }

    pub fn has(&self, i: usize, flag: super::lexicon::Classes) -> bool {
        self.v.get(i).is_some_and(|t| t.flags & flag != 0)
    }

    pub fn kind(&self, i: usize) -> Option<Kind> {
        self.v.get(i).map(|t| t.kind)
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.kind(i) == Some(Kind::Word)
    }

    /// Whether token `i` reads as an adverb by its ending: a word of more than four letters in
    /// "-ly" ("also", "only" and "family" are not: "badly", "reportedly", "fatally" are). The
    /// one test of it; the lexicon's ADV class lists the short adverbs.
    pub fn ly_adverb(&self, i: usize) -> bool {
        // (session 27, claim27, rule publication_speaks: a source's noun in "-ly" is none:
        // "the weekly asserts that")
        self.is_word(i)
            && {
                let w = self.low(i);
                w.len() > 4 && w.ends_with("ly")
            }
            && !self.has(i, crate::extract::lexicon::SOURCE_NOUN)
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

/// What an ASCII byte is (`SPACE`, `DIGIT`, `LETTER`, else 0; 0 for every byte above
/// ASCII): one lookup instead of a chain of range tests.
const BYTE_CLASS: [u8; 256] = byte_classes();
const SPACE: u8 = 1;
const DIGIT: u8 = 2;
/// A lower-case ASCII letter (`UPPER`: a capital; both `>= LETTER`).
const LETTER: u8 = 3;
const UPPER: u8 = 4;

const fn byte_classes() -> [u8; 256] {
    let mut t = [0u8; 256];
    let mut c = 0;
    while c < 128 {
        let b = c as u8;
        t[c] = if b.is_ascii_whitespace() {
            SPACE
        } else if b.is_ascii_digit() {
            DIGIT
        } else if b.is_ascii_uppercase() {
            UPPER
        } else if b.is_ascii_lowercase() {
            LETTER
        } else {
            0
        };
        c += 1;
    }
    t
}

/// The end of the ASCII letters from `j` on, and whether any is a capital (or `capital`
/// already): eight bytes at a time while eight are left, then a byte at a time.
#[inline(always)]
fn letters_end(b: &[u8], mut j: usize, mut capital: bool) -> (usize, bool) {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x80 * ONES;
    const CASE: u64 = 0x20 * ONES;
    while let Some(eight) = b.get(j..j + 8) {
        let x = u64::from_le_bytes(eight.try_into().unwrap_or([0; 8]));
        // a byte is a letter when ASCII and, with its case bit set, 'a'..='z': the bytes'
        // low seven bits plus (0x80 - 'a') carry into their high bit when >= 'a', plus
        // (0x80 - '{') when >= '{' (no carry leaves a byte: 0x7f + 0x1f < 0x100)
        let y = (x | CASE) & !HIGH;
        let from_a = y + (0x80 - b'a' as u64) * ONES;
        let past_z = y + (0x80 - b'{' as u64) * ONES;
        let not_letter = (!from_a | past_z | x) & HIGH;
        // (little-endian: the first byte is the lowest)
        let n = (not_letter.trailing_zeros() / 8) as usize;
        let first = if n == 8 {
            u64::MAX
        } else {
            (1u64 << (8 * n)) - 1
        };
        // a letter without its case bit is a capital
        capital |= !x & CASE & first != 0;
        j += n;
        if n < 8 {
            return (j, capital);
        }
    }
    while j < b.len() && BYTE_CLASS[b[j] as usize] >= LETTER {
        capital |= BYTE_CLASS[b[j] as usize] == UPPER;
        j += 1;
    }
    (j, capital)
}

/// End of a word starting at `i`: letters, with inner apostrophes ("Guard’s", "o'clock").
/// (A word of ASCII letters only [`Tokens::new`] reads itself; it ends as here.)
#[inline(never)]
fn word_end(text: &str, i: usize) -> usize {
    // ASCII letters: a byte loop; anything else (apostrophes, accents) below
    let b = text.as_bytes();
    let mut j = i;
    while j < b.len() && BYTE_CLASS[b[j] as usize] >= LETTER {
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

    /// The letters read eight at a time end where a byte at a time ends them, with the same
    /// capital: from every byte of every ECB+ and MUC-3/4 text, as written and in
    /// capitals, and of every byte value beside letters.
    #[test]
    fn letters_end_is_the_byte_loop() {
        let bytes_loop = |b: &[u8], mut j: usize, mut capital: bool| {
            while j < b.len() && BYTE_CLASS[b[j] as usize] >= LETTER {
                capital |= BYTE_CLASS[b[j] as usize] == UPPER;
                j += 1;
            }
            (j, capital)
        };
        let mut texts: Vec<Vec<u8>> = (0..=255u8)
            .map(|c| {
                let mut t = b"abcdefghIJ".to_vec();
                t.push(c);
                t.extend_from_slice(b"klmnopqrstUVWXYZ");
                t.push(c);
                t
            })
            .collect();
        for t in crate::extract::tests::corpus_texts() {
            texts.push(t.to_uppercase().into_bytes());
            texts.push(t.into_bytes());
        }
        let mut n = 0;
        for b in &texts {
            for j in 0..=b.len() {
                for capital in [false, true] {
                    assert_eq!(letters_end(b, j, capital), bytes_loop(b, j, capital));
                }
                n += 1;
            }
        }
        assert!(n > 5_000_000, "{n}");
    }

    /// The one "-ly" adverb test: a word of more than four letters ending in "ly" ("badly");
    /// not a short one ("only", "July"), nor a number.
    #[test]
    fn lead21_ly_adverbs_by_their_ending() {
        let lex = crate::extract::lexicon::Lexicon::load();
        let t = Tokens::new("He was badly hurt only once in July 1999", &lex);
        let ly: Vec<&str> = (0..t.v.len())
            .filter(|&i| t.ly_adverb(i))
            .map(|i| t.raw(i))
            .collect();
        assert_eq!(ly, ["badly"]);
    }
}
