//! HTML reduced to its text: scripts, styles, comments and other non-text elements are
//! dropped (never kept, never run), block elements become paragraph breaks, entities are
//! decoded. Also reads what the head says about the page (title, site name, date, URL).
//!
//! A small hand-written tokenizer, tolerant of malformed markup: an unclosed tag, comment or
//! script ends the document; a `<` that starts no tag is text. All delimiters are ASCII, so
//! every slice falls on a character boundary.

/// An HTML page reduced to text, with what its head says about it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct HtmlText {
    /// Paragraphs separated by a blank line; whitespace inside a paragraph collapsed.
    pub text: String,
    /// `<title>`, else `og:title`.
    pub title: Option<String>,
    /// `og:site_name`.
    pub site_name: Option<String>,
    /// `article:published_time` (or `og:published_time`, `datePublished`), as written.
    pub published_time: Option<String>,
    /// `og:url`, else `<link rel="canonical">`.
    pub url: Option<String>,
    /// `<html lang>`.
    pub language: Option<String>,
}

/// Elements whose content is never text: skipped with everything inside them.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "canvas",
];

/// Elements that start or end a paragraph.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "br",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "article",
    "section",
    "blockquote",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "caption",
    "header",
    "footer",
    "nav",
    "aside",
    "main",
    "figure",
    "figcaption",
    "hr",
    "pre",
    "address",
    "form",
    "fieldset",
    "legend",
    "details",
    "summary",
    "body",
    "head",
    "html",
    "option",
    "textarea",
    "button",
];

/// Elements whose neighbours should not run together: a space is put between them.
const CELLS: &[&str] = &["td", "th", "img", "input", "label"];

/// Reduces an HTML document to its text.
pub fn reduce(html: &str) -> HtmlText {
    let mut out = HtmlText::default();
    let mut paragraphs: Vec<String> = Vec::new();
    let mut current = String::new(); // raw text (entities not yet decoded)
    let mut og_title: Option<String> = None;
    let mut canonical: Option<String> = None;
    let bytes = html.as_bytes();
    let n = bytes.len();
    let mut i = 0;
    while i < n {
        let Some(lt) = find_byte(bytes, i, b'<') else {
            current.push_str(&html[i..]);
            break;
        };
        current.push_str(&html[i..lt]);
        i = lt;
        let rest = &bytes[i..];
        if rest.starts_with(b"<!--") {
            i = comment_end(bytes, i);
            continue;
        }
        let next = rest.get(1).copied().unwrap_or(0);
        if next == b'!' || next == b'?' {
            // doctype, CDATA, processing instruction: up to the next '>'
            i = find_byte(bytes, i + 2, b'>').map_or(n, |p| p + 1);
            continue;
        }
        let closing = next == b'/';
        let name_start = if closing { i + 2 } else { i + 1 };
        if !bytes.get(name_start).is_some_and(u8::is_ascii_alphabetic) {
            // not a tag: a literal '<' (or "</" followed by junk, which HTML drops as a comment)
            if closing {
                i = find_byte(bytes, i + 2, b'>').map_or(n, |p| p + 1);
            } else {
                current.push('<');
                i += 1;
            }
            continue;
        }
        let mut j = name_start;
        while j < n && !is_tag_name_end(bytes[j]) {
            j += 1;
        }
        let name = html[name_start..j].to_ascii_lowercase();
        let (attrs, end) = parse_attributes(html, j);
        i = end;
        if closing {
            if BLOCKS.contains(&name.as_str()) {
                flush(&mut current, &mut paragraphs);
            } else if CELLS.contains(&name.as_str()) {
                current.push(' ');
            }
            continue;
        }
        if SKIPPED.contains(&name.as_str()) {
            if !self_closing(html, end) {
                i = raw_text_end(bytes, i, &name).1;
            }
            current.push(' ');
            continue;
        }
        match name.as_str() {
            "title" => {
                let (text_end, after) = raw_text_end(bytes, i, "title");
                if out.title.is_none() {
                    out.title = clean(&html[i..text_end]);
                }
                i = after;
                continue;
            }
            "meta" => {
                let key = attr(&attrs, "property")
                    .or_else(|| attr(&attrs, "name"))
                    .or_else(|| attr(&attrs, "itemprop"))
                    .map(|k| k.to_ascii_lowercase());
                let content = attr(&attrs, "content").and_then(clean);
                if let (Some(key), Some(content)) = (key, content) {
                    let slot = match key.as_str() {
                        "og:site_name" => Some(&mut out.site_name),
                        "article:published_time" | "og:published_time" | "datepublished" => {
                            Some(&mut out.published_time)
                        }
                        "og:url" => Some(&mut out.url),
                        "og:title" => Some(&mut og_title),
                        _ => None,
                    };
                    if let Some(slot) = slot {
                        slot.get_or_insert(content);
                    }
                }
            }
            "link" => {
                let rel = attr(&attrs, "rel").map(|r| r.to_ascii_lowercase());
                if rel.as_deref() == Some("canonical") && canonical.is_none() {
                    canonical = attr(&attrs, "href").and_then(clean);
                }
            }
            "html" if out.language.is_none() => {
                out.language = attr(&attrs, "lang").and_then(clean);
            }
            _ => {}
        }
        if BLOCKS.contains(&name.as_str()) {
            flush(&mut current, &mut paragraphs);
        } else if CELLS.contains(&name.as_str()) {
            current.push(' ');
        }
    }
    flush(&mut current, &mut paragraphs);
    out.text = paragraphs.join("\n\n");
    if out.title.is_none() {
        out.title = og_title;
    }
    if out.url.is_none() {
        out.url = canonical;
    }
    out
}

fn find_byte(bytes: &[u8], from: usize, b: u8) -> Option<usize> {
    bytes
        .get(from..)?
        .iter()
        .position(|&x| x == b)
        .map(|p| p + from)
}

fn find_seq(bytes: &[u8], from: usize, seq: &[u8]) -> Option<usize> {
    bytes
        .get(from..)?
        .windows(seq.len())
        .position(|w| w == seq)
        .map(|p| p + from)
}

fn is_tag_name_end(b: u8) -> bool {
    b.is_ascii_whitespace() || b == b'>' || b == b'/'
}

/// The index after a comment starting at `i` ("<!--"); the end of input when unclosed.
fn comment_end(bytes: &[u8], i: usize) -> usize {
    let body = i + 4;
    // "<!-->" and "<!--->" are complete (empty) comments
    if bytes.get(body) == Some(&b'>') {
        return body + 1;
    }
    if bytes.get(body..body + 2) == Some(b"->".as_slice()) {
        return body + 2;
    }
    find_seq(bytes, body, b"-->").map_or(bytes.len(), |p| p + 3)
}

/// Attributes from `from` (just after the tag name) to the closing '>': lower-case name →
/// raw value. Returns them and the index after the '>' (the end of input when unclosed).
fn parse_attributes(html: &str, from: usize) -> (Vec<(String, String)>, usize) {
    let bytes = html.as_bytes();
    let n = bytes.len();
    let mut attrs = Vec::new();
    let mut i = from;
    loop {
        while i < n && (bytes[i].is_ascii_whitespace() || bytes[i] == b'/') {
            i += 1;
        }
        if i >= n {
            return (attrs, n);
        }
        if bytes[i] == b'>' {
            return (attrs, i + 1);
        }
        let name_start = i;
        while i < n && !matches!(bytes[i], b'=' | b'>' | b'/') && !bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        let name = html[name_start..i].to_ascii_lowercase();
        while i < n && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        let mut value = String::new();
        if i < n && bytes[i] == b'=' {
            i += 1;
            while i < n && bytes[i].is_ascii_whitespace() {
                i += 1;
            }
            if i < n && (bytes[i] == b'"' || bytes[i] == b'\'') {
                let q = bytes[i];
                let end = find_byte(bytes, i + 1, q).unwrap_or(n);
                value = html[i + 1..end].to_string();
                i = (end + 1).min(n);
            } else {
                let start = i;
                while i < n && !bytes[i].is_ascii_whitespace() && bytes[i] != b'>' {
                    i += 1;
                }
                value = html[start..i].to_string();
            }
        }
        if !name.is_empty() {
            attrs.push((name, value));
        }
    }
}

/// True when the tag that ended just before `end` was written `<x ... />`.
fn self_closing(html: &str, end: usize) -> bool {
    html.as_bytes()
        .get(..end)
        .is_some_and(|b| b.ends_with(b"/>"))
}

/// For an element whose content is raw text (script, style, title ...), starting at `from`:
/// where its content ends and the index after its end tag (both the end of input when the
/// element is never closed).
fn raw_text_end(bytes: &[u8], from: usize, name: &str) -> (usize, usize) {
    let n = bytes.len();
    let mut i = from;
    while let Some(p) = find_seq(bytes, i, b"</") {
        let name_end = p + 2 + name.len();
        let matches = bytes
            .get(p + 2..name_end)
            .is_some_and(|s| s.eq_ignore_ascii_case(name.as_bytes()));
        let bounded = bytes
            .get(name_end)
            .is_none_or(|&b| b.is_ascii_whitespace() || b == b'>' || b == b'/');
        if matches && bounded {
            let after = find_byte(bytes, name_end, b'>').map_or(n, |q| q + 1);
            return (p, after);
        }
        i = p + 2;
    }
    (n, n)
}

fn attr<'a>(attrs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    attrs
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

/// Raw HTML text → decoded text with whitespace collapsed; `None` when nothing is left.
fn clean(raw: &str) -> Option<String> {
    let decoded = decode_entities(raw);
    let mut out = String::with_capacity(decoded.len());
    for word in decoded.split(|c: char| c.is_whitespace()) {
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    (!out.is_empty()).then_some(out)
}

fn flush(current: &mut String, paragraphs: &mut Vec<String>) {
    if let Some(p) = clean(current) {
        paragraphs.push(p);
    }
    current.clear();
}

/// Named entities accepted without their ';' (as browsers do for these legacy ones).
const LEGACY: &[(&str, char)] = &[
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("nbsp", '\u{a0}'),
    ("copy", '©'),
    ("reg", '®'),
];

/// Decodes named (`&amp;`), decimal (`&#8217;`) and hexadecimal (`&#x2019;`) character
/// references. Unknown names stay as written; a non-breaking space becomes a plain space;
/// numbers that name no character become U+FFFD; 0x80–0x9F are read as Windows-1252, as
/// browsers do.
pub fn decode_entities(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while let Some(amp) = find_byte(bytes, i, b'&') {
        out.push_str(&s[i..amp]);
        i = amp + 1;
        if let Some((c, next)) = numeric_reference(bytes, amp) {
            out.push(c);
            i = next;
            continue;
        }
        let mut j = amp + 1;
        while j < bytes.len() && j - amp <= 40 && bytes[j].is_ascii_alphanumeric() {
            j += 1;
        }
        if j > amp + 1 {
            if bytes.get(j) == Some(&b';') {
                let reference = &s[amp..=j];
                let decoded = html_escape::decode_html_entities(reference);
                if decoded != reference {
                    out.push_str(&decoded.replace('\u{a0}', " "));
                    i = j + 1;
                    continue;
                }
            } else if !bytes
                .get(j)
                .is_some_and(|&b| b == b'=' || b.is_ascii_alphanumeric())
            {
                if let Some(&(_, c)) = LEGACY.iter().find(|(name, _)| *name == &s[amp + 1..j]) {
                    out.push(if c == '\u{a0}' { ' ' } else { c });
                    i = j;
                    continue;
                }
            }
        }
        out.push('&');
    }
    out.push_str(&s[i..]);
    out
}

/// `&#123;` or `&#x7B;` (the ';' optional) at `amp`: the character and the index after it.
fn numeric_reference(bytes: &[u8], amp: usize) -> Option<(char, usize)> {
    if bytes.get(amp + 1) != Some(&b'#') {
        return None;
    }
    let hex = matches!(bytes.get(amp + 2), Some(b'x' | b'X'));
    let start = amp + if hex { 3 } else { 2 };
    let mut j = start;
    let mut value: u32 = 0;
    while let Some(&b) = bytes.get(j) {
        let digit = if hex {
            (b as char).to_digit(16)
        } else {
            (b as char).to_digit(10)
        };
        let Some(d) = digit else { break };
        value = value
            .saturating_mul(if hex { 16 } else { 10 })
            .saturating_add(d);
        j += 1;
    }
    if j == start {
        return None;
    }
    if bytes.get(j) == Some(&b';') {
        j += 1;
    }
    Some((code_point(value), j))
}

fn code_point(v: u32) -> char {
    const CP1252: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    match v {
        0xA0 => ' ',
        0x80..=0x9F => CP1252[(v - 0x80) as usize],
        0x09 | 0x0A | 0x0C | 0x0D | 0x20 => ' ',
        0..=0x1F | 0x7F => '\u{FFFD}',
        _ => char::from_u32(v).unwrap_or('\u{FFFD}'),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_without_scripts_styles_comments() {
        let h = reduce(
            "<html lang=\"en\"><head><title>Four &amp; more</title>\
             <style>p { color: red }</style>\
             <script>var killed = 400; document.write('<p>99 killed</p>');</script>\
             <meta property=\"og:site_name\" content=\"Reuters\">\
             <meta property=\"article:published_time\" content=\"2016-04-12T10:00:00Z\">\
             </head><body><!-- 12 killed in a comment -->\
             <noscript>Enable JavaScript</noscript>\
             <h1>Iranian soldiers killed</h1><p>Four soldiers were <b>killed</b>,\n  \
             said&nbsp;the general.</p><p>Between 250,000 &ndash; 270,000 &#8217;dead&#x2019;.</p>\
             <ul><li>one</li><li>two</li></ul>line<br>break</body></html>",
        );
        assert_eq!(
            h.text,
            "Iranian soldiers killed\n\nFour soldiers were killed, said the general.\n\n\
             Between 250,000 \u{2013} 270,000 \u{2019}dead\u{2019}.\n\none\n\ntwo\n\nline\n\nbreak"
        );
        assert_eq!(h.title.as_deref(), Some("Four & more"));
        assert_eq!(h.site_name.as_deref(), Some("Reuters"));
        assert_eq!(h.published_time.as_deref(), Some("2016-04-12T10:00:00Z"));
        assert_eq!(h.language.as_deref(), Some("en"));
        assert!(!h.text.contains("400") && !h.text.contains("99") && !h.text.contains("12"));
    }

    #[test]
    fn malformed_html_does_not_panic() {
        for s in [
            "<",
            "</",
            "<p",
            "<p class=\"x",
            "<script>never closed 5 killed",
            "<!-- never closed",
            "<!-->x",
            "a < b and c > d",
            "<a href='x>y",
            "&",
            "&#",
            "&#x;",
            "&#99999999999999999999;",
            "&#xD800;",
            "<ü>ä</ü>",
            "é<é",
            "</ script>x",
            "<scriptx>kept</scriptx>",
            "<script/>after",
            "<title>unclosed",
        ] {
            let _ = reduce(s);
        }
        assert_eq!(reduce("a < b and c > d").text, "a < b and c > d");
        assert_eq!(reduce("<script>never closed 5 killed").text, "");
        assert_eq!(reduce("<p>x</p><script>s</script >y").text, "x\n\ny");
        assert_eq!(reduce("<script/>after").text, "after");
        assert_eq!(reduce("<scriptx>kept</scriptx>").text, "kept");
        assert_eq!(reduce("<script>a</scripts>b</script>c").text, "c");
    }

    #[test]
    fn entities() {
        assert_eq!(decode_entities("a &amp; b"), "a & b");
        assert_eq!(decode_entities("AT&T &unknown; &amp"), "AT&T &unknown; &");
        assert_eq!(
            decode_entities("&#8220;x&#x201D; &#146;"),
            "\u{201c}x\u{201d} \u{2019}"
        );
        assert_eq!(
            decode_entities("&#0;&#xD800;&#x110000;"),
            "\u{fffd}\u{fffd}\u{fffd}"
        );
        assert_eq!(
            decode_entities("&hellip;&eacute;&nbsp;x"),
            "\u{2026}\u{e9} x"
        );
        assert_eq!(decode_entities("?a=1&copy=2"), "?a=1&copy=2");
        assert_eq!(decode_entities("é&é"), "é&é");
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]
        /// Any text, tag soup included, reduces without a panic; a script after it (once any
        /// open tag is closed by the '>') is never kept.
        #[test]
        fn never_panics(s in "(<[a-z/!?-]{0,8}|[<>&#;x0-9a-z \"'=é/-]|&[a-z]{1,6};?|<script>){0,60}") {
            let _ = reduce(&s);
            let _ = decode_entities(&s);
            let h = reduce(&format!("{s}><script>SECRET</script>"));
            proptest::prop_assert!(!h.text.contains("SECRET"));
        }
    }
}
