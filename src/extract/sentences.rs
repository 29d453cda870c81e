//! Sentences: byte spans over the document text, with scraped page furniture ("Share",
//! "Advertisement", "Photo by: Reuters") left out and headlines kept apart from the line
//! that follows them.
//!
//! Lines are grouped into blocks: a blank line, a boilerplate line or a short line (a
//! headline, a caption, a byline: under `SHORT_LINE` bytes) ends a block; long lines that
//! follow each other are one hard-wrapped paragraph (MUC messages). Blocks are then split
//! at `.`, `!`, `?` followed by a space and a capital, digit or quote, except after
//! abbreviations ("Gen.", "Oct.", "No.", "U.S.").

use super::lexicon::Lexicon;

const SHORT_LINE: usize = 55;

/// Words a period ends without ending the sentence ("Mr.", "Gen.", "Jan."): sorted, in lower
/// case (`abbreviation_before` looks a word up by binary search).
const ABBREVIATIONS: &[&str] = &[
    "adm", "approx", "apr", "art", "aug", "brig", "capt", "cmdr", "co", "col", "const", "corp",
    "cpl", "cpt", "cst", "dec", "dept", "det", "dr", "est", "etc", "feb", "fr", "ft", "gen", "gov",
    "inc", "insp", "jan", "jr", "jul", "jun", "lt", "ltd", "maj", "mar", "messrs", "mr", "mrs",
    "ms", "mt", "no", "nos", "nov", "oct", "ofc", "op", "pp", "pres", "prof", "pvt", "rep", "rev",
    "sen", "sep", "sept", "sgt", "sr", "st", "supt", "univ", "vol", "vs",
];

/// Sentence spans (start, end), trimmed, in text order.
pub fn split(text: &str, lex: &Lexicon) -> Vec<(usize, usize)> {
    // (about one sentence in 130 bytes of news text, fewer than one in 64: seldom grown)
    let mut out = Vec::with_capacity(text.len() / 64 + 4);
    let mut block: Option<(usize, usize)> = None;
    let mut pos = 0;
    let mut lines = text.split_inclusive('\n').peekable();
    while let Some(line) = lines.next() {
        let start = pos;
        pos += line.len();
        let body = line.trim_end_matches(['\n', '\r']);
        let trimmed = body.trim();
        if trimmed.is_empty() && block.is_some_and(|b| wrapped_across_blank(&text[b.0..b.1])) {
            continue;
        }
        if trimmed.is_empty() || lex.is_boilerplate(trimmed) {
            if let Some(b) = block.take() {
                split_block(text, b, &mut out);
            }
            continue;
        }
        let lead = body.len() - body.trim_start().len();
        let s = start + lead;
        let e = start + body.trim_end().len();
        let first_of_block = block.is_none();
        // a web address alone on its line is no part of the sentence after it
        if is_address_line(trimmed) {
            if let Some(b) = block.take() {
                split_block(text, b, &mut out);
            }
            out.push((s, e));
            continue;
        }
        block = Some(match block {
            Some((bs, _)) => (bs, e),
            None => (s, e),
        });
        let next_continues = lines.peek().is_some_and(|n| {
            n.trim_start()
                .chars()
                .next()
                .is_some_and(|c| c.is_lowercase())
        });
        let next_starts = lines.peek().is_some_and(|n| {
            n.trim_start()
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || c == '"')
        });
        let short = trimmed.len() < SHORT_LINE && !next_continues;
        let headline = first_of_block && next_starts && is_headline_line(trimmed);
        if (short || headline) && !ends_open(trimmed, lex) {
            if let Some(b) = block.take() {
                if headline && b == (s, e) {
                    // a headline is one unit: "2 Dead, 1 Wounded in Shooting at NE Phila. Kraft
                    // Plant" is not two sentences
                    out.push(b);
                } else {
                    split_block(text, b, &mut out);
                }
            }
        }
    }
    if let Some(b) = block.take() {
        split_block(text, b, &mut out);
    }
    out
}

/// Rule wrapped_across_blank: a blank line inside a hard-wrapped sentence of a message in
/// capitals ("ACCORDING TO POLICE, FIVE POLICEMEN SUFFERED\n\n   VARIOUS TYPES OF WOUNDS.",
/// MUC-3/4) ends no block: the block's last line is a wrapped line (as long as a line of
/// text, no lowercase letter) that stops on a word, not on a sentence's stop.
fn wrapped_across_blank(block: &str) -> bool {
    let last = block.rsplit('\n').next().unwrap_or(block).trim();
    last.len() >= SHORT_LINE
        && !last.chars().any(char::is_lowercase)
        && last.ends_with(|c: char| c.is_alphanumeric())
}

/// A line made of a web address only ("http: / / www. x. com / 2013 / ...", as tokenised
/// corpora write them).
fn is_address_line(line: &str) -> bool {
    let l = line.trim_start().as_bytes();
    let starts = |p: &[u8]| l.len() >= p.len() && l[..p.len()].eq_ignore_ascii_case(p);
    (starts(b"http:") || starts(b"https:") || starts(b"www.")) && !line.ends_with(['.', '!', '?'])
}

/// An extracted sentence that ends as a sentence does (`.` `!` `?` `:` `;`, maybe inside
/// quotes or brackets): body text; anything else is a headline, a dateline or a standfirst
/// (`eval::Part::of_sentence` scores by it; the extractor tells a title line's summary from
/// the body's figures by it).
pub fn ends_as_sentence(sentence: &str) -> bool {
    sentence
        .trim_end_matches(|c: char| {
            c.is_whitespace() || matches!(c, '"' | '\'' | '’' | '”' | ')' | ']')
        })
        .ends_with(['.', '!', '?', ':', ';'])
}

/// A headline on its own line before the text: mixed case (not a hard-wrapped line of a
/// message in capitals), no sentence-final stop ("3 dead after rioters burn a bank",
/// "Strong Quake Kills 10; 80 Hurt and 7 Villages Damaged").
fn is_headline_line(line: &str) -> bool {
    let t = line.trim_end_matches(['"', '\'', '’', '”', ' ']);
    !t.ends_with(['.', '!', '?', ',', ':', ';', '-'])
        && t.chars().any(char::is_lowercase)
        && t.split_whitespace().count() >= 2
}

/// A line that stops in the middle of a clause: after a comma or a function word
/// ("... THE TWO PEOPLE WHO" / "WERE KILLED ...").
fn ends_open(line: &str, lex: &Lexicon) -> bool {
    use super::lexicon::{AUX, CONJ, DET, PREP};
    if line.ends_with(',') {
        return true;
    }
    let last = line
        .rsplit(|c: char| !c.is_alphanumeric() && c != '\'')
        .next()
        .unwrap_or("");
    if last.is_empty() || !line.ends_with(last) {
        return false;
    }
    let l = last.to_lowercase();
    lex.flags(&l) & (AUX | CONJ | DET | PREP) != 0 || l == "of"
}

fn split_block(text: &str, (bs, be): (usize, usize), out: &mut Vec<(usize, usize)>) {
    let b = text.as_bytes();
    let mut s = bs;
    let mut i = bs;
    let mut quotes = Quotes::default();
    while i < be {
        // the next stop, found by memchr (most bytes are none)
        match memchr::memchr3(b'.', b'!', b'?', &b[i..be]) {
            Some(k) => i += k,
            None => break,
        }
        let c = b[i];
        // closing quotes and brackets stay with the sentence
        let mut j = i + 1;
        loop {
            if j < be && matches!(b[j], b'"' | b'\'' | b')' | b']') {
                j += 1;
            } else if text[j.min(be)..be].starts_with(['”', '’']) {
                j += 3;
            } else {
                break;
            }
        }
        let mut j = j.min(be);
        // rule quote_closes_sentence: a quote left open (in the block so far) closes after
        // the stop, past a space on the same line, when the line ends with it ('cried "my
        // child, my child. "', "found nothing. ''"): the quote is this sentence's, not the
        // next one's opening
        if quotes.open_until(b, bs, j) {
            let rest = &text[j..be];
            let r = rest.trim_start_matches(' ');
            let close = if r.starts_with('"') {
                1
            } else if r.starts_with("''") {
                2
            } else {
                0
            };
            let line_ends = |after: &str| {
                let a = after.trim_start_matches(' ');
                a.is_empty() || a.starts_with(['\n', '\r'])
            };
            if close > 0 && rest.len() > r.len() && line_ends(&r[close..]) {
                j += rest.len() - r.len() + close;
            }
        }
        let next_ok = j < be && b[j].is_ascii_whitespace() && {
            let rest = text[j..be].trim_start();
            rest.chars().next().is_some_and(|n| {
                n.is_uppercase()
                    || n.is_ascii_digit()
                    // ECB+ writes an opening quote as two backticks: "injured. `` Police"
                    || matches!(n, '"' | '“' | '\'' | '‘' | '`' | '[' | '(')
            })
        };
        if next_ok && (c != b'.' || !abbreviation_before(text, bs, i)) {
            push(text, s, j, out);
            s = j;
            i = j;
            continue;
        }
        i += 1;
    }
    push(text, s, be, out);
}

/// A quote opened in `piece` and not closed: an odd number of `"`, or, where ECB+'s closing
/// two apostrophes are used, more openings (`"` or two backticks) than closings.
#[cfg(test)]
fn open_quote(piece: &str) -> bool {
    let closes = piece.matches("''").count();
    if closes > 0 || piece.contains("``") {
        // ECB+ closes with '' what it opens with `` or with "
        piece.matches('"').count() + piece.matches("``").count() > closes
    } else {
        piece.matches('"').count() % 2 == 1
    }
}

/// `open_quote` of a block's text from its start to a growing end, counted once
/// (the ends of a block's stops only grow: each stop is not counted again from the block's
/// start). The quote bytes are ASCII, never inside a UTF-8 character; `''` and two
/// backticks are counted as `matches` counts them, a pair at a time from each run's start.
#[derive(Default)]
struct Quotes {
    /// Counted up to this byte (`None`: nothing yet).
    to: Option<usize>,
    quotes: usize,
    closes: usize,
    backticks: usize,
    /// The run of `'` (or of backticks) ending at `to`.
    run_apostrophes: usize,
    run_backticks: usize,
}

impl Quotes {
    /// `open_quote` of `b[start..end]`.
    fn open_until(&mut self, b: &[u8], start: usize, end: usize) -> bool {
        if self.to.is_none_or(|t| t > end) {
            *self = Quotes {
                to: Some(start),
                ..Quotes::default()
            };
        }
        let mut from = self.to.unwrap_or(start);
        // only quotes, apostrophes and backticks count: any other byte ends the runs
        while let Some(k) = memchr::memchr3(b'"', b'\'', b'`', &b[from..end]) {
            if k > 0 {
                self.run_apostrophes = 0;
                self.run_backticks = 0;
            }
            self.count(b[from + k]);
            from += k + 1;
        }
        if from < end {
            self.run_apostrophes = 0;
            self.run_backticks = 0;
        }
        self.to = Some(end);
        if self.closes > 0 || self.backticks > 0 {
            self.quotes + self.backticks > self.closes
        } else {
            self.quotes % 2 == 1
        }
    }

    /// One quote, apostrophe or backtick `c` counted.
    fn count(&mut self, c: u8) {
        match c {
            b'"' => self.quotes += 1,
            b'\'' => {
                self.run_apostrophes += 1;
                if self.run_apostrophes % 2 == 0 {
                    self.closes += 1;
                }
            }
            b'`' => {
                self.run_backticks += 1;
                if self.run_backticks % 2 == 0 {
                    self.backticks += 1;
                }
            }
            _ => {}
        }
        if c != b'\'' {
            self.run_apostrophes = 0;
        }
        if c != b'`' {
            self.run_backticks = 0;
        }
    }
}

/// The word before the period at `dot` is an abbreviation or a single letter ("U.S.").
fn abbreviation_before(text: &str, bs: usize, dot: usize) -> bool {
    let before = &text[bs..dot];
    let w: &str = before
        .rsplit(|c: char| !c.is_alphanumeric() && c != '.')
        .next()
        .unwrap_or("");
    let last = w.rsplit('.').next().unwrap_or(w);
    if last.chars().count() == 1 && last.chars().all(char::is_alphabetic) {
        return true;
    }
    // (the list: sorted, in lower case, words of 2 to 6 bytes)
    let n = last.len();
    if !(2..=6).contains(&n) {
        return false;
    }
    let mut low = [0u8; 6];
    low[..n].copy_from_slice(last.as_bytes());
    low[..n].make_ascii_lowercase();
    ABBREVIATIONS
        .binary_search_by(|a| a.as_bytes().cmp(&low[..n]))
        .is_ok()
}

fn push(text: &str, s: usize, e: usize, out: &mut Vec<(usize, usize)>) {
    let piece = &text[s..e];
    let lead = piece.len() - piece.trim_start().len();
    let t = piece.trim();
    if !t.is_empty() {
        out.push((s + lead, s + lead + t.len()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The abbreviations are sorted, in lower case, of 2 to 6 bytes (`abbreviation_before`
    /// looks them up by binary search), and found as written in any case.
    #[test]
    fn abbreviations_are_found_in_any_case() {
        assert!(ABBREVIATIONS.windows(2).all(|w| w[0] < w[1]));
        assert!(ABBREVIATIONS
            .iter()
            .all(|a| (2..=6).contains(&a.len()) && a.bytes().all(|b| b.is_ascii_lowercase())));
        for a in ABBREVIATIONS {
            let title = format!("{}{}", a[..1].to_uppercase(), &a[1..]);
            for w in [a.to_string(), a.to_uppercase(), title] {
                let text = format!("with {w}.");
                assert!(abbreviation_before(&text, 0, text.len() - 1), "{text}");
                let longer = format!("with {w}x.");
                assert!(
                    !abbreviation_before(&longer, 0, longer.len() - 1),
                    "{longer}"
                );
            }
        }
        for text in ["it said.", "in Mérida.", "Dr.5."] {
            assert!(!abbreviation_before(text, 0, text.len() - 1), "{text}");
        }
    }

    fn pieces(text: &str) -> Vec<&str> {
        let lex = Lexicon::load();
        split(text, &lex)
            .into_iter()
            .map(|(s, e)| &text[s..e])
            .collect()
    }

    /// Counted once as the end grows, the quotes left open are `open_quote`'s of the whole
    /// prefix: on runs of apostrophes and backticks, and at every byte of the corpus.
    #[test]
    fn quotes_counted_once_are_the_reference_count() {
        let mut texts: Vec<String> = [
            "a \"b\" c. ''' d'' e `` f '' g. \"h",
            "``He said ''''' `` ``` x'' \"\"\" y",
            "it's the ''end'' of ``days. \u{201c}x\u{201d} ''",
        ]
        .iter()
        .map(|t| t.to_string())
        .collect();
        texts.extend(crate::extract::tests::corpus_texts().into_iter().take(400));
        let mut checked = 0;
        for t in &texts {
            let b = t.as_bytes();
            let mut q = Quotes::default();
            for end in (0..=t.len()).filter(|&e| t.is_char_boundary(e)) {
                assert_eq!(
                    q.open_until(b, 0, end),
                    open_quote(&t[..end]),
                    "{:?}",
                    &t[..end]
                );
                checked += 1;
            }
            // an end that goes back is counted again from the start
            let mid = (0..=t.len() / 2)
                .rev()
                .find(|&e| t.is_char_boundary(e))
                .unwrap_or(0);
            assert_eq!(q.open_until(b, 0, mid), open_quote(&t[..mid]));
        }
        assert!(checked > 100_000, "{checked}");
    }

    #[test]
    fn a_headline_and_a_web_address_are_sentences_of_their_own() {
        let text = "http: / / www. example. com / 2010 / 05 / 3 - dead - in - athens\n\
                    Greek anti - austerity march erupts in violence, 3 dead in the capital of the country\n\
                    Three people were killed when protesters threw petrol bombs at a bank in Athens.\n";
        let p = pieces(text);
        assert_eq!(p.len(), 3, "{p:?}");
        assert!(p[1].ends_with("country"), "{p:?}");
        // an abbreviation inside a headline does not split it
        let p = pieces("2 Dead, 1 Wounded in Shooting at NE Phila. Bakery in the city tonight\nPolice say two people have been killed.\n");
        assert_eq!(p.len(), 2, "{p:?}");
        // hard-wrapped text in capitals stays one sentence
        let p = pieces("THE SECOND BRIGADE COMMAND HAS ANNOUNCED THAT ABOUT 40 FARMERS OF DIFFERENT\nVILLAGES HAVE BEEN ABDUCTED BY REBELS.\n");
        assert_eq!(p.len(), 1, "{p:?}");
    }

    #[test]
    fn an_ecbplus_quote_opens_a_sentence() {
        // the shape of 18_4ecb.xml, paraphrased: ECB+ writes opening quotes as ``
        let p = pieces("One man was shot dead but the other guests got out and no one else was hurt.\n`` Officers 'sealed off ' the street and talked to the suspect, '' the sergeant said.\n");
        assert_eq!(p.len(), 2, "{p:?}");
        assert!(p[1].starts_with("``"), "{p:?}");
    }

    #[test]
    fn rule_quote_closes_sentence() {
        // the shape of 8_8ecbplus.xml, paraphrased: the closing quote after a space stays with its sentence
        let p = pieces("Neighbours held back a woman outside the building, who cried \"my son, my son. \"\nPapandreou said he was shocked by the deaths.\n");
        assert_eq!(p.len(), 2, "{p:?}");
        assert!(p[1].starts_with("Papandreou"), "{p:?}");
        // ECB+'s '' closes a `` quote
        let p = pieces("Sznewajs told the paper of a call `` from an unknown man.\nWe called the police, but they looked and found nothing. ''\nSznewajs said that the office was cleared.\n");
        assert_eq!(p.len(), 3, "{p:?}");
        assert!(
            p[1].ends_with("''") && p[2].starts_with("Sznewajs"),
            "{p:?}"
        );
        // a quote that opens the next sentence is that sentence's
        let p = pieces("Three people died. \"We are shocked,\" he said.\n");
        assert_eq!(p.len(), 2, "{p:?}");
        // the shape of 37_10ecbplus.xml, paraphrased: opened with ", closed with '', the next line's quote opens
        let p = pieces("\"Our crews are trying to reach about 14 children, '' said the head of the agency.\nOne of the dead was a boy hit by a falling wall, said a nurse.\n\"We have treated around 50 injured people, '' added the doctor.\n");
        assert_eq!(p.len(), 3, "{p:?}");
        assert!(p[2].starts_with('"'), "{p:?}");
    }

    #[test]
    fn a_police_title_ends_no_sentence() {
        // the shape of 18_11ecb.xml, paraphrased: "Police Const. NAME said ..."
        let p =
            pieces("Police Const. Jan Olsen said the man arrived at about 9 a.m. local time.\n");
        assert_eq!(p.len(), 1, "{p:?}");
        let p = pieces("Det. Colin Orpe was his partner. Det. Smith was not.\n");
        assert_eq!(p.len(), 2, "{p:?}");
    }

    #[test]
    fn rule_wrapped_across_blank() {
        // DEV-MUC3-0218: the corpus breaks a sentence with a blank line
        let text = "   PEDRO LUIS GOMEZ, WHO LIVES AT 230 BOLIVAR ST., WAS STRUCK BY\nSHRAPNEL AND LOST ONE HAND.  ACCORDING TO POLICE, SIX GUARDS SUFFERED\n\n   SEVERAL KINDS OF WOUNDS.  THREE GUARDS WERE HOSPITALIZED.\n";
        let p = pieces(text);
        assert_eq!(p.len(), 3, "{p:?}");
        assert!(
            p[1].starts_with("ACCORDING") && p[1].ends_with("WOUNDS."),
            "{p:?}"
        );
        // a signature, a short line or a paragraph ending with its stop still ends the block
        let p = pieces("   THE FRONT PLAYED NO PART IN THE DEATH OF RAMON SOTO IN THE CAPITAL.\n\n   [SIGNED] FRONT\n\n   [DATED] 12 MAY 1989\n");
        assert_eq!(p.len(), 3, "{p:?}");
        // mixed case text keeps its paragraphs apart
        let p = pieces("Police said the road to the village was closed for the rest of the day\n\nThree people were hurt.\n");
        assert_eq!(p.len(), 2, "{p:?}");
    }
}
