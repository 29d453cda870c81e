//! Where: the world gazetteer (GeoNames, embedded from `data/gazetteer/`, see its README)
//! under the user's own places (`data/places.csv`, which win), and the resolution of a
//! claim's scene from the text around it ([`resolve`]).
//!
//! The GeoNames part is inflated once a process, on first use ([`GeoNames::get`]); names are
//! looked up by binary search in a sorted name index, so nothing is hashed at start-up.

pub mod geojson;
pub mod outlet;
pub mod resolve;

pub use resolve::{resolve_claims, resolve_claims_explained, PlaceDecision};

use crate::model::{PlaceLevel, PlaceRef};
use crate::tables::{fold, AliasKind, Tables};
// the gazetteer's maps hashed with hashbrown's default hasher (foldhash): every name
// looked up asks `pinned`, and SipHash cost more than the rest of a miss's lookups
use hashbrown::HashMap;
use std::rc::Rc;
use std::sync::OnceLock;

const PLACES_Z: &[u8] = include_bytes!("../../data/gazetteer/places.tsv.z");
const NAMES_Z: &[u8] = include_bytes!("../../data/gazetteer/names.tsv.z");

/// A place of the gazetteer: a GeoNames row, or a row of the user's `data/places.csv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Key {
    Geo(u32),
    User(u32),
}

/// The embedded GeoNames extract: two sorted text tables and their line starts.
pub struct GeoNames {
    places: String,
    rows: Vec<u32>,
    names: String,
    keys: Vec<u32>,
    /// `keys[buckets[p]..buckets[p + 1]]` are the keys whose first two bytes are `p`
    /// ([`prefix2`]): a lookup searches its name's bucket only. Empty when the keys'
    /// prefixes are not in order (the whole index searched then).
    buckets: Vec<u32>,
    /// ISO country code → row of the country.
    countries: HashMap<String, u32>,
}

/// One GeoNames row, borrowed.
struct Row<'a> {
    id: &'a str,
    level: PlaceLevel,
    name: &'a str,
    country: &'a str,
    region: Option<u32>,
    district: Option<u32>,
    /// Latitude and longitude as stored (parsed only when asked: most reads need none).
    lat: &'a str,
    lon: &'a str,
    population: u64,
}

fn line_starts(text: &str) -> Vec<u32> {
    let mut out = vec![0u32];
    out.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i as u32 + 1));
    if out.last().is_some_and(|&l| l as usize >= text.len()) {
        out.pop();
    }
    out
}

/// The fields of a row, as `l.split('\t')` gives them (the tabs found by memchr).
fn fields(l: &str) -> impl Iterator<Item = &str> {
    let mut start = 0;
    memchr::memchr_iter(b'\t', l.as_bytes())
        .chain(std::iter::once(l.len()))
        .map(move |end| {
            let f = &l[start..end];
            start = end + 1;
            f
        })
}

/// The text from byte `at` to the first tab after it (or the end), as
/// `text[at..].split('\t').next()` gives it: the key a row of the index starts with.
fn key_at(text: &str, at: u32) -> &[u8] {
    let rest = &text.as_bytes()[at as usize..];
    &rest[..memchr::memchr(b'\t', rest).unwrap_or(rest.len())]
}

/// `key_at(text, at).cmp(key)`, comparing byte by byte up to the first difference: a binary
/// search of the index compares about twenty keys a lookup, most of them different within
/// their first bytes, and finding each key's tab first (memchr) cost more than comparing.
fn cmp_key_at(text: &str, at: u32, key: &[u8]) -> std::cmp::Ordering {
    let rest = &text.as_bytes()[at as usize..];
    for (i, &k) in key.iter().enumerate() {
        match rest.get(i) {
            // the index's key ends first: it is a prefix of `key`
            None | Some(b'\t') => return std::cmp::Ordering::Less,
            Some(&b) if b != k => return b.cmp(&k),
            _ => {}
        }
    }
    // `key` is a prefix of the index's: equal when the index's ends here
    match rest.get(key.len()) {
        None | Some(b'\t') => std::cmp::Ordering::Equal,
        Some(_) => std::cmp::Ordering::Greater,
    }
}

/// A key's first two bytes as a number (a byte past the key's end, or a tab, read as 0): in
/// the order of the keys, since no key has a byte below a blank.
fn prefix2(key: &[u8]) -> usize {
    let b = |i: usize| key.get(i).map_or(0, |&c| if c == b'\t' { 0 } else { c });
    let first = b(0);
    let second = if first == 0 { 0 } else { b(1) };
    usize::from(first) << 8 | usize::from(second)
}

/// [`GeoNames::buckets`] of the index's keys (empty when their prefixes are out of order).
fn buckets(names: &str, keys: &[u32]) -> Vec<u32> {
    let mut out = Vec::with_capacity(1 << 16 | 1);
    for (i, &s) in keys.iter().enumerate() {
        let rest = &names.as_bytes()[s as usize..];
        let p = prefix2(&rest[..rest.len().min(2)]);
        if p + 1 < out.len() {
            // out of order: no buckets
            return Vec::new();
        }
        while out.len() <= p {
            out.push(i as u32);
        }
    }
    while out.len() <= 1 << 16 {
        out.push(keys.len() as u32);
    }
    out
}

fn line<'a>(text: &'a str, starts: &[u32], i: usize) -> &'a str {
    let a = starts[i] as usize;
    let b = starts.get(i + 1).map_or(text.len(), |&b| b as usize - 1);
    &text[a..b]
}

fn inflate(z: &[u8]) -> String {
    miniz_oxide::inflate::decompress_to_vec_zlib(z)
        .ok()
        .and_then(|v| String::from_utf8(v).ok())
        .unwrap_or_default()
}

impl GeoNames {
    /// The embedded extract, inflated on first use (about 60 ms; see README "Places").
    pub fn get() -> &'static GeoNames {
        static GEO: OnceLock<GeoNames> = OnceLock::new();
        GEO.get_or_init(GeoNames::load)
    }

    /// Inflates and indexes the embedded extract (once a process: see [`GeoNames::get`]).
    pub fn load() -> GeoNames {
        {
            let places = inflate(PLACES_Z);
            let names = inflate(NAMES_Z);
            let rows = if places.is_empty() {
                Vec::new()
            } else {
                line_starts(&places)
            };
            let keys = if names.is_empty() {
                Vec::new()
            } else {
                line_starts(&names)
            };
            let buckets = buckets(&names, &keys);
            let mut g = GeoNames {
                places,
                rows,
                names,
                keys,
                buckets,
                countries: HashMap::new(),
            };
            let bytes = g.places.as_bytes();
            for r in 0..g.rows.len() {
                let at = g.rows[r] as usize;
                let end = g.rows.get(r + 1).map_or(bytes.len(), |&e| e as usize);
                // "id\tC\tname\tcc\t...": a country
                let Some(tab) = memchr::memchr(b'\t', &bytes[at..end]) else {
                    continue;
                };
                if bytes[at + tab + 1..end].starts_with(b"C\t") {
                    let l = line(&g.places, &g.rows, r);
                    if let Some(cc) = l.split('\t').nth(3) {
                        g.countries.insert(cc.to_string(), r as u32);
                    }
                }
            }
            g
        }
    }

    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    fn row(&self, r: u32) -> Option<Row<'_>> {
        if r as usize >= self.rows.len() {
            return None;
        }
        let l = line(&self.places, &self.rows, r as usize);
        let mut f = fields(l);
        let mut next = || f.next();
        let (id, level, name, country) = (next()?, next()?, next()?, next()?);
        let (region, district, lat, lon, population) =
            (next()?, next()?, next()?, next()?, next()?);
        let level = match level {
            "C" => PlaceLevel::Country,
            "R" => PlaceLevel::Region,
            "D" => PlaceLevel::District,
            _ => PlaceLevel::City,
        };
        Some(Row {
            id,
            level,
            name,
            country,
            region: region.parse().ok(),
            district: district.parse().ok(),
            lat,
            lon,
            population: population.parse().unwrap_or(0),
        })
    }

    /// The keys that may equal `key` or be its neighbours in order (its [`prefix2`]
    /// bucket: every key before the bucket is less than `key`, every key after it greater),
    /// and where they start among all keys. Keys are unique, so a key found in its bucket is
    /// the one the whole index's search finds (`places::tests`).
    fn bucket(&self, key: &[u8]) -> (usize, &[u32]) {
        if self.buckets.is_empty() {
            return (0, &self.keys);
        }
        let p = prefix2(key);
        let (lo, hi) = (self.buckets[p] as usize, self.buckets[p + 1] as usize);
        (lo, &self.keys[lo..hi])
    }

    /// Rows bearing the folded name `key`.
    fn named(&self, key: &str) -> Vec<u32> {
        let (lo, keys) = self.bucket(key.as_bytes());
        let found = keys.binary_search_by(|&s| cmp_key_at(&self.names, s, key.as_bytes()));
        let Ok(i) = found.map(|i| lo + i) else {
            return Vec::new();
        };
        let l = line(&self.names, &self.keys, i);
        let rows = l.split('\t').nth(1).unwrap_or("");
        let mut out = Vec::with_capacity(rows.len() / 4 + 1);
        for n in rows.split(',') {
            // the index's row numbers are plain digits: read here, else as `parse` reads
            if !n.is_empty() && n.len() <= 9 && n.bytes().all(|b| b.is_ascii_digit()) {
                out.push(n.bytes().fold(0u32, |v, b| v * 10 + u32::from(b - b'0')));
            } else if let Ok(r) = n.parse() {
                out.push(r);
            }
        }
        out
    }

    /// Some name of the index starts with the word `w` ("san" of "san salvador"): a
    /// longer name may start there.
    pub fn starts_a_name(&self, w: &str) -> bool {
        let (lo, keys) = self.bucket(w.as_bytes());
        let i = lo + keys.partition_point(|&s| cmp_key_at(&self.names, s, w.as_bytes()).is_lt());
        self.keys.get(i).is_some_and(|&s| {
            let k = self.names[s as usize..].split('\t').next().unwrap_or("");
            k.strip_prefix(w)
                .is_some_and(|r| r.is_empty() || r.starts_with([' ', '-']))
        })
    }

    /// The row of a GeoNames id as stored ("170063", "adm1:SY.09").
    fn by_id(&self, id: &str) -> Option<u32> {
        self.rows
            .binary_search_by(|&s| key_at(&self.places, s).cmp(id.as_bytes()))
            .ok()
            .map(|i| i as u32)
    }
}

/// Folds a name the way the gazetteer's index was folded (scripts/gazetteer.py `fold`):
/// lower case ASCII, accents stripped, straight apostrophes, single spaces. `None` for a
/// name with characters of another script or punctuation other than `' - .`.
pub fn fold_name(s: &str) -> Option<String> {
    if s.is_ascii() {
        return fold_ascii_name(s.as_bytes());
    }
    fold_any_name(s)
}

/// [`fold_name`] without a copy of a name folded already (lower-case ASCII letters and
/// digits, `'`, `-` and `.`: what the fold leaves as it is).
pub fn fold_name_cow(s: &str) -> Option<std::borrow::Cow<'_, str>> {
    let folded =
        |c: u8| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, b'\'' | b'-' | b'.');
    if !s.is_empty() && s.bytes().all(folded) {
        return Some(std::borrow::Cow::Borrowed(s));
    }
    fold_name(s).map(std::borrow::Cow::Owned)
}

/// [`fold_name`] a character at a time (any text).
fn fold_any_name(s: &str) -> Option<String> {
    const ACCENTED: &str = include_str!("accented.txt");
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.trim().chars() {
        let c = match c {
            '’' | '‘' | '`' | 'ʼ' => '\'',
            c => c,
        };
        if c.is_whitespace() {
            space = true;
            continue;
        }
        let b = if c.is_ascii() {
            c.to_ascii_lowercase()
        } else {
            let mut lines = ACCENTED.lines();
            let (from, to) = (lines.next()?, lines.next()?);
            let i = from.chars().position(|x| x == c)?;
            to.chars().nth(i)?
        };
        if !(b.is_ascii_alphanumeric() || matches!(b, '\'' | '-' | '.')) {
            return None;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.push(b);
    }
    (!out.is_empty()).then_some(out)
}

/// [`fold_name`] of an ASCII name, a byte at a time (most names; place resolution folds
/// every capitalised run of words it looks up).
fn fold_ascii_name(s: &[u8]) -> Option<String> {
    let mut out = String::with_capacity(s.len());
    fold_ascii_name_into(s, &mut out).then_some(out)
}

/// [`fold_ascii_name`] into `out` (cleared first): true when the name folds to something.
/// The place reader folds the names it looks up into one buffer (session 19: MUC-3/4's
/// text in capitals asks 163,000 spans, most of them no place).
pub(crate) fn fold_ascii_name_into(s: &[u8], out: &mut String) -> bool {
    out.clear();
    // most names: words of letters, digits, `'`, `-` and `.` with one blank between them,
    // none before or after, no '`': the name lower-cased as it is, copied in one piece
    // (session 22; the loop below gives the same)
    if plain_ascii_name(s) {
        if let Ok(name) = std::str::from_utf8(s) {
            out.push_str(name);
            out.make_ascii_lowercase();
            return !out.is_empty();
        }
    }
    let mut space = false;
    for &c in s {
        let b = match c {
            // `char::is_whitespace` over ASCII (with the vertical tab)
            b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r' => {
                space = true;
                continue;
            }
            b'`' => b'\'',
            c => c.to_ascii_lowercase(),
        };
        if !(b.is_ascii_alphanumeric() || matches!(b, b'\'' | b'-' | b'.')) {
            out.clear();
            return false;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        // (ASCII in, ASCII out)
        out.push(char::from(b));
    }
    !out.is_empty()
}

/// The bytes a plain name ([`plain_ascii_name`]) is made of, a blank apart.
const NAME_BYTE: [bool; 256] = {
    let mut t = [false; 256];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        t[c] = b.is_ascii_alphanumeric() || b == b'\'' || b == b'-' || b == b'.';
        c += 1;
    }
    t
};

/// Words of ASCII letters, digits, `'`, `-` and `.`, one blank (`' '`) between two, none
/// first or last: [`fold_ascii_name_into`] lower-cases such a name and changes nothing
/// else.
#[inline]
fn plain_ascii_name(s: &[u8]) -> bool {
    let mut blank = true;
    for &c in s {
        if c == b' ' {
            if blank {
                return false;
            }
            blank = true;
        } else if NAME_BYTE[c as usize] {
            blank = false;
        } else {
            return false;
        }
    }
    !blank
}

#[cfg(test)]
mod fold_tests {
    /// The byte-stepping fold gives what the character fold gives: odd ASCII, and every
    /// run of one to three words of the ECB+ and MUC-3/4 texts.
    #[test]
    fn ascii_names_fold_as_any_name_does() {
        let check = |s: &str| {
            if s.is_ascii() {
                assert_eq!(
                    super::fold_ascii_name(s.as_bytes()),
                    super::fold_any_name(s),
                    "{s:?}"
                );
            }
        };
        for s in [
            "",
            " ",
            " A`b \u{0B}C\r\n",
            "U.S.",
            "al-Nusra",
            "N'Djamena",
            "x,y",
            "\x1c",
        ] {
            check(s);
        }
        let mut n = 0;
        for text in crate::extract::tests::corpus_texts() {
            let words: Vec<&str> = text.split(' ').collect();
            for k in 1..=3 {
                for w in words.windows(k) {
                    check(&w.join(" "));
                    n += 1;
                }
            }
        }
        assert!(n > 100_000, "{n}");
    }

    /// Session 22: the names `fold_ascii_name_into` copies in one piece (`plain_ascii_name`)
    /// and the ones it steps through fold as the character fold folds them, at the edges of
    /// the test (blanks first, last and doubled, other blanks, '`', marks).
    #[test]
    fn speed22_plain_names_fold_as_any_name_does() {
        let mut plain = 0;
        for s in [
            "",
            " ",
            "a",
            "A",
            "Alder Vale",
            "ALDER  VALE",
            " Alder",
            "Alder ",
            "Alder\tVale",
            "Alder`s",
            "O'Hara-Lee St.",
            "x,y",
            "9th Ward",
            "a b c d e",
            "-",
            "'",
            ".",
            "Alder\u{0B}Vale",
            "Alder Vale\n",
        ] {
            plain += usize::from(super::plain_ascii_name(s.as_bytes()));
            assert_eq!(
                super::fold_ascii_name(s.as_bytes()),
                super::fold_any_name(s),
                "{s:?}"
            );
        }
        assert_eq!(plain, 9);
    }
}

/// A row of `data/places.csv` that names no GeoNames place within its parent.
#[derive(Debug, Clone)]
struct UserPlace {
    name: String,
    parent: Option<Key>,
    level: PlaceLevel,
    lat: Option<f64>,
    lon: Option<f64>,
}

/// A candidate place for a name, with what disambiguation weighs.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Candidate {
    pub key: Key,
    pub level: PlaceLevel,
    pub population: u64,
    /// Named in the user's `data/places.csv` (wins over GeoNames).
    pub user: bool,
}

/// GeoNames under the user's places. Build once per run ([`Gazetteer::new`]); cheap, as the
/// GeoNames part is shared by the process.
pub struct Gazetteer {
    geo: &'static GeoNames,
    user: Vec<UserPlace>,
    /// Folded names of `data/places.csv` (and their aliases) → the places they stand for.
    pinned: HashMap<String, Vec<Key>>,
    /// The cue words of `data/place_cues.csv`.
    pub cues: resolve::Cues,
    /// Local outlets' home places (`data/outlets.csv`).
    pub outlets: outlet::Outlets,
    /// Tells this gazetteer's lookups from another's in the per-thread cache.
    serial: u64,
}

/// What one gazetteer (by its serial) found on this thread, by what it was asked: names
/// and places repeat across documents (extraction runs over many on each thread).
type ThreadCache<K, V> = std::cell::RefCell<(u64, hashbrown::HashMap<K, V>)>;
thread_local! {
    /// Names already looked up ([`Gazetteer::lookup_cached`]).
    static LOOKUPS: ThreadCache<Box<str>, Rc<[Candidate]>> = std::cell::RefCell::new((0, hashbrown::HashMap::new()));
    /// The places' containers ([`Gazetteer::ancestors_of`]): each document asks again for
    /// the containers of its places' candidates.
    static ANCESTORS: ThreadCache<Key, Rc<[Key]>> = std::cell::RefCell::new((0, hashbrown::HashMap::new()));
    /// Whether some name starts with a word ([`Gazetteer::starts_a_name`]): text in capitals
    /// asks it of most of its words, and a binary search of the names costs more than this.
    static STARTS: ThreadCache<Box<str>, bool> = std::cell::RefCell::new((0, hashbrown::HashMap::new()));
}
/// How many answers a [`ThreadCache`] holds before it is emptied.
const LOOKUP_CACHE_NAMES: usize = 100_000;

/// `key`'s answer in `cache` when gazetteer `serial` found it on this thread, else `find`'s,
/// remembered (the cache emptied first when it is another gazetteer's or full).
fn remembered<K, Q, V>(
    cache: &'static std::thread::LocalKey<ThreadCache<K, V>>,
    serial: u64,
    key: &Q,
    owned: impl FnOnce() -> K,
    find: impl FnOnce() -> V,
) -> V
where
    K: std::borrow::Borrow<Q> + std::hash::Hash + Eq,
    Q: std::hash::Hash + Eq + ?Sized,
    V: Clone,
{
    let hit = cache.with(|c| {
        let c = c.borrow();
        (c.0 == serial).then(|| c.1.get(key).cloned()).flatten()
    });
    if let Some(h) = hit {
        return h;
    }
    let found = find();
    cache.with(|c| {
        let mut c = c.borrow_mut();
        if c.0 != serial || c.1.len() >= LOOKUP_CACHE_NAMES {
            *c = (serial, hashbrown::HashMap::new());
        }
        c.1.insert(owned(), found.clone());
    });
    found
}

impl Gazetteer {
    /// GeoNames with the user's places and place aliases of `tables` over it.
    pub fn new(tables: &Tables) -> Gazetteer {
        let mut g = Gazetteer {
            geo: GeoNames::get(),
            user: Vec::new(),
            pinned: HashMap::new(),
            cues: resolve::Cues::new(tables),
            outlets: Default::default(),
            serial: {
                static SERIAL: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
                SERIAL.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
            },
        };
        for row in &tables.place_rows {
            g.pin(tables, &row.name, 0);
        }
        // aliases of the user's places ("Halab" → Aleppo, "Khan Tuman" → Khan Touman)
        for (alias, canonical) in tables.aliases.aliases(AliasKind::Place) {
            let (Some(a), Some(c)) = (fold_name(alias), fold_name(canonical)) else {
                continue;
            };
            if a != c && !g.pinned.contains_key(&a) {
                if let Some(keys) = g.pinned.get(&c).cloned() {
                    g.pinned.insert(a, keys);
                }
            }
        }
        g.outlets = outlet::Outlets::new(tables, &g);
        g
    }

    /// Pins a name of `data/places.csv` (its parent first) to the GeoNames places of that
    /// name within its parent, or makes it a user place.
    fn pin(&mut self, tables: &Tables, name: &str, depth: usize) -> Vec<Key> {
        let Some(k) = fold_name(name) else {
            return Vec::new();
        };
        if let Some(keys) = self.pinned.get(&k) {
            return keys.clone();
        }
        let Some(row) = tables
            .place_rows
            .iter()
            .find(|r| fold_name(&r.name).as_deref() == Some(k.as_str()))
        else {
            return self.geo_candidates(&k);
        };
        let row = row.clone();
        let parents = match &row.parent {
            Some(p) if depth < 16 => self.pin(tables, p, depth + 1),
            _ => Vec::new(),
        };
        let level = row.level.as_deref().and_then(PlaceLevel::parse);
        let mut keys: Vec<Key> = self
            .geo_candidates(&k)
            .into_iter()
            .filter(|&c| row.parent.is_none() || parents.iter().any(|&p| self.within(c, p)))
            .filter(|&c| level.is_none_or(|l| self.level(c) == l))
            .collect();
        if row.latitude.is_some() || keys.is_empty() {
            // the user's own place: not in GeoNames, or placed by the user's coordinates
            self.user.push(UserPlace {
                name: row.name.clone(),
                parent: parents.first().copied(),
                level: level.unwrap_or(if row.parent.is_some() {
                    PlaceLevel::City
                } else {
                    PlaceLevel::Country
                }),
                lat: row.latitude,
                lon: row.longitude,
            });
            keys = vec![Key::User(self.user.len() as u32 - 1)];
        }
        self.pinned.insert(k, keys.clone());
        keys
    }

    fn geo_candidates(&self, folded: &str) -> Vec<Key> {
        let mut keys: Vec<Key> = self.geo.named(folded).into_iter().map(Key::Geo).collect();
        if keys.is_empty() {
            keys = self.spelled_otherwise(folded);
            if keys.is_empty() {
                keys = self.region_without_suffix(folded);
            }
            // most names looked up in text in capitals are no place: nothing to order
            if keys.is_empty() {
                return keys;
            }
        }
        keys.sort_by_cached_key(|&k| std::cmp::Reverse(self.preference(k, folded)));
        // a part of a country that GeoNames also gives as an alternate name of the whole
        // ("Gaza Strip", "West Bank" of the Palestinian Territory; "England"): the part,
        // whose own name it is, not the country, so that the part and its towns nest
        // (the countries that bear the name only as an alternate one found first, each key
        // read once: a common name has hundreds of places, and testing every pair read them
        // again for each)
        let countries: Vec<Key> = keys
            .iter()
            .copied()
            .filter(|&k| self.level(k) == PlaceLevel::Country && !self.own_name(k, folded))
            .collect();
        if countries.is_empty() {
            return keys;
        }
        let parts: Vec<Key> = keys
            .iter()
            .copied()
            .filter(|&c| {
                self.level(c) != PlaceLevel::Country
                    && self.own_name(c, folded)
                    && countries.iter().any(|&k| self.within(c, k))
            })
            .collect();
        if !parts.is_empty() {
            keys.retain(|&k| {
                !(self.level(k) == PlaceLevel::Country && parts.iter().any(|&c| self.within(c, k)))
            });
        }
        keys
    }

    /// Rule region_without_suffix (session 29, place29): the first-level regions whose own
    /// name is this name and a word GeoNames writes after it (`region_suffix` rows of
    /// `data/place_cues.csv`: China's "Shanxi Sheng", which the index holds only so): news
    /// writes "Shanxi Province", "in Shanxi". Asked only of a name the index lacks.
    fn region_without_suffix(&self, folded: &str) -> Vec<Key> {
        let mut out = Vec::new();
        for suffix in &self.cues.region_suffixes {
            let whole = format!("{folded} {suffix}");
            out.extend(
                self.geo
                    .named(&whole)
                    .into_iter()
                    .map(Key::Geo)
                    .filter(|&k| self.level(k) == PlaceLevel::Region && self.own_name(k, &whole)),
            );
        }
        out
    }

    /// The places of a name of several words that the index lacks as written but knows
    /// in another common romanisation of Arabic names: the article as "al" or "el", joined
    /// by a hyphen or a space ("Deir al-Balah" as "Deir el-Balah"), "ou" for "u" ("Khan
    /// Younis" as "Khan Yunis"): the `name_article` and `spelling` rows of
    /// `data/place_cues.csv`. GeoNames keeps at most a dozen alternate names a place,
    /// and news spells war-zone towns every way. Only for names of several words, which a
    /// common word never is.
    fn spelled_otherwise(&self, folded: &str) -> Vec<Key> {
        let separator = |b: &u8| matches!(b, b' ' | b'-');
        if !folded.as_bytes().iter().any(separator) {
            return Vec::new();
        }
        let articles = &self.cues.name_articles;
        let spellings = &self.cues.spellings;
        let is_article = |w: &str| articles.iter().any(|a| a == w);
        // nothing to spell otherwise: no lookup (a miss is common in text in capitals). The
        // words are read without a vector; a spelling with no blank or hyphen is in some
        // word when it is in the name.
        // (a spelling's searcher made once, when `Cues::new` made them: session 22)
        let finders = &self.cues.spelling_finders;
        let respelled = spellings.iter().enumerate().any(|(i, (from, _))| {
            if from.bytes().any(|b| separator(&b)) {
                folded.split([' ', '-']).any(|w| w.contains(from.as_str()))
            } else if finders.len() == spellings.len() {
                finders[i].find(folded.as_bytes()).is_some()
            } else {
                memchr::memmem::find(folded.as_bytes(), from.as_bytes()).is_some()
            }
        });
        if !respelled
            && !folded
                .as_bytes()
                .split(separator)
                .any(|w| articles.iter().any(|a| a.as_bytes() == w))
        {
            return Vec::new();
        }
        let words: Vec<&str> = folded.split([' ', '-']).collect();
        // each word as written or with "ou" as "u"; each article as "al" or "el"
        let alts: Vec<Vec<std::borrow::Cow<str>>> = words
            .iter()
            .map(|&w| {
                if is_article(w) {
                    return articles.iter().map(|a| a.as_str().into()).collect();
                }
                let mut alts = vec![w.into()];
                for (from, to) in spellings {
                    if w.contains(from.as_str()) {
                        alts.push(w.replace(from.as_str(), to).into());
                    }
                }
                alts
            })
            .collect();
        // more than 16 ways to write the words: none tried
        let ways = alts
            .iter()
            .try_fold(1usize, |n, a| n.checked_mul(a.len()).filter(|&n| n <= 16));
        let Some(ways) = ways else {
            return Vec::new();
        };
        // the ways in order (the first word's alternative changing slowest), each with its
        // words joined by spaces, then by a hyphen after an article: the first form that
        // names a place, read as it is made (a form written twice, or as the name itself,
        // names none the second time)
        let mut pick = vec![0usize; alts.len()];
        let mut s = String::with_capacity(folded.len() + 8);
        for _ in 0..ways {
            for hyphen in [false, true] {
                s.clear();
                let mut after_article = false;
                for (i, (a, &k)) in alts.iter().zip(&pick).enumerate() {
                    if i > 0 {
                        s.push(if hyphen && after_article { '-' } else { ' ' });
                    }
                    let w: &str = &a[k];
                    s.push_str(w);
                    after_article = is_article(w);
                }
                // joined by hyphens only after an article: with none, the form with
                // spaces again
                if hyphen && !alts.iter().zip(&pick).any(|(a, &k)| is_article(&a[k])) {
                    continue;
                }
                if s != folded {
                    let rows = self.geo.named(&s);
                    if !rows.is_empty() {
                        return rows.into_iter().map(Key::Geo).collect();
                    }
                }
            }
            for d in (0..pick.len()).rev() {
                pick[d] += 1;
                if pick[d] < alts[d].len() {
                    break;
                }
                pick[d] = 0;
            }
        }
        Vec::new()
    }

    /// Some place's name starts with this folded word (see [`GeoNames::starts_a_name`]).
    /// Remembered on this thread.
    pub fn starts_a_name(&self, w: &str) -> bool {
        remembered(
            &STARTS,
            self.serial,
            w,
            || w.into(),
            || {
                self.geo.starts_a_name(w)
                    || self.pinned.keys().any(|k| {
                        k.strip_prefix(w)
                            .is_some_and(|r| r.is_empty() || r.starts_with(' '))
                    })
            },
        )
    }

    /// Bare names prefer countries, then the more populous; a place whose own name it is
    /// counts ten times its population against one that bears it only as an alternate name
    /// ("Troy", Michigan, not Macon, Georgia, once called Troy; but "Bombay" is Mumbai).
    fn preference(&self, k: Key, folded: &str) -> (u8, u64) {
        // a GeoNames place's row read once for its level, population and name
        let (level, population, own) = match k {
            Key::Geo(r) => {
                let row = self.geo.row(r);
                (
                    row.as_ref().map_or(PlaceLevel::City, |r| r.level),
                    row.as_ref().map_or(0, |r| r.population),
                    self.own_name_of(row.as_ref().map_or("", |r| r.name), folded),
                )
            }
            Key::User(_) => (self.level(k), self.population(k), self.own_name(k, folded)),
        };
        let lv = match level {
            PlaceLevel::Country => 3,
            PlaceLevel::City => 2,
            PlaceLevel::Region => 1,
            PlaceLevel::District => 0,
        };
        let population = population.max(1);
        (lv, if own { population * 10 } else { population })
    }

    /// Whether the folded name is the place's own, or its own and a level word ("Bristol
    /// County"), not only one of its alternate names ("Yida" is one of Jeddah's).
    pub fn own_name(&self, k: Key, folded: &str) -> bool {
        self.own_name_of(&self.name(k), folded)
    }

    /// [`Gazetteer::own_name`] of a place named `name`.
    fn own_name_of(&self, name: &str, folded: &str) -> bool {
        fold_name(name).is_some_and(|n| {
            n == folded
                || n.strip_prefix(folded)
                    .and_then(|r| r.strip_prefix(' '))
                    .is_some_and(|r| self.cues.level_word(r).is_some())
        })
    }

    /// The places a name may stand for: the user's (which win), else GeoNames', countries
    /// first, then the more populous.
    pub fn lookup(&self, name: &str) -> Vec<Candidate> {
        let Some(k) = fold_name(name) else {
            return Vec::new();
        };
        self.lookup_folded(&k)
    }

    /// [`Gazetteer::lookup_folded`], remembered on this thread.
    pub fn lookup_cached(&self, k: &str) -> Rc<[Candidate]> {
        remembered(
            &LOOKUPS,
            self.serial,
            k,
            || k.into(),
            || self.lookup_folded(k).into(),
        )
    }

    pub fn lookup_folded(&self, k: &str) -> Vec<Candidate> {
        let (keys, user) = match self.pinned.get(k) {
            Some(keys) => (keys.clone(), true),
            None => (self.geo_candidates(k), false),
        };
        keys.into_iter()
            .map(|key| {
                let (level, population) = match key {
                    Key::Geo(r) => self
                        .geo
                        .row(r)
                        .map_or((PlaceLevel::City, 0), |r| (r.level, r.population)),
                    Key::User(u) => (self.user[u as usize].level, 0),
                };
                Candidate {
                    key,
                    level,
                    population,
                    user,
                }
            })
            .collect()
    }

    pub fn level(&self, k: Key) -> PlaceLevel {
        match k {
            Key::Geo(r) => self.geo.row(r).map_or(PlaceLevel::City, |r| r.level),
            Key::User(u) => self.user[u as usize].level,
        }
    }

    pub fn population(&self, k: Key) -> u64 {
        match k {
            Key::Geo(r) => self.geo.row(r).map_or(0, |r| r.population),
            Key::User(_) => 0,
        }
    }

    /// The places `k` lies within, nearest first (district, region, country); remembered
    /// on this thread.
    pub fn ancestors_of(&self, k: Key) -> Vec<Key> {
        self.containers(k).to_vec()
    }

    /// [`Gazetteer::ancestors_of`] as remembered, shared rather than copied (session 29:
    /// `within` and the place reader's scores ask it of every candidate, and a copy is an
    /// allocation each time).
    pub fn containers(&self, k: Key) -> Rc<[Key]> {
        remembered(
            &ANCESTORS,
            self.serial,
            &k,
            || k,
            || self.find_ancestors(k).into(),
        )
    }

    fn find_ancestors(&self, k: Key) -> Vec<Key> {
        let mut out = Vec::new();
        let mut cur = k;
        for _ in 0..32 {
            let up: Vec<Key> = match cur {
                Key::User(u) => self.user[u as usize].parent.into_iter().collect(),
                Key::Geo(r) => match self.geo.row(r) {
                    Some(row) => {
                        let mut v: Vec<Key> = Vec::new();
                        v.extend(row.district.map(Key::Geo));
                        v.extend(row.region.map(Key::Geo));
                        if row.level != PlaceLevel::Country {
                            v.extend(self.geo.countries.get(row.country).map(|&c| Key::Geo(c)));
                        }
                        for x in v {
                            if !out.contains(&x) {
                                out.push(x);
                            }
                        }
                        return out;
                    }
                    None => Vec::new(),
                },
            };
            match up.first() {
                Some(&p) if !out.contains(&p) => {
                    out.push(p);
                    cur = p;
                }
                _ => break,
            }
        }
        out
    }

    /// The region (first-level division) `k` is or lies within, if any.
    pub fn region_of(&self, k: Key) -> Option<Key> {
        self.at_level(k, PlaceLevel::Region)
    }

    /// The place of `level` that `k` is or lies within (its region, its country), if any.
    pub fn at_level(&self, k: Key, level: PlaceLevel) -> Option<Key> {
        std::iter::once(k)
            .chain(self.containers(k).iter().copied())
            .find(|&a| self.level(a) == level)
    }

    /// `a` lies within `b` (strictly).
    pub fn within(&self, a: Key, b: Key) -> bool {
        a != b && self.containers(a).contains(&b)
    }

    /// The country of an ISO 3166 alpha-2 code ("SV").
    pub fn country_by_code(&self, code: &str) -> Option<Key> {
        self.geo.countries.get(code).map(|&r| Key::Geo(r))
    }

    /// The country (ISO code) of a place.
    pub fn country_of(&self, k: Key) -> Option<String> {
        std::iter::once(k)
            .chain(self.containers(k).iter().copied())
            .find_map(|x| match x {
                Key::Geo(r) => self.geo.row(r).map(|row| row.country.to_string()),
                Key::User(_) => None,
            })
            .filter(|c| !c.is_empty())
    }

    pub fn name(&self, k: Key) -> String {
        match k {
            Key::Geo(r) => self
                .geo
                .row(r)
                .map(|r| r.name.to_string())
                .unwrap_or_default(),
            Key::User(u) => self.user[u as usize].name.clone(),
        }
    }

    fn coordinates(&self, k: Key) -> Option<(f64, f64)> {
        match k {
            Key::Geo(r) => self
                .geo
                .row(r)
                .and_then(|r| Some((r.lat.parse().ok()?, r.lon.parse().ok()?))),
            Key::User(u) => {
                let p = &self.user[u as usize];
                p.lat.zip(p.lon)
            }
        }
    }

    pub fn id(&self, k: Key) -> String {
        match k {
            Key::Geo(r) => format!("geonames:{}", self.geo.row(r).map_or("", |r| r.id)),
            Key::User(u) => format!("user:{}", fold(&self.user[u as usize].name)),
        }
    }

    /// The key of an id as [`PlaceRef::id`] writes it.
    pub fn key(&self, id: &str) -> Option<Key> {
        if let Some(g) = id.strip_prefix("geonames:") {
            return self.geo.by_id(g).map(Key::Geo);
        }
        let u = id.strip_prefix("user:")?;
        self.user
            .iter()
            .position(|p| fold(&p.name) == u)
            .map(|i| Key::User(i as u32))
    }

    /// The place as the rest of tollcheck sees it. A place with no coordinates of its own
    /// (a user's village) is put at the nearest place above it that has some.
    pub fn place_ref(&self, k: Key) -> PlaceRef {
        let coords = self.point_of(k);
        let region = std::iter::once(k)
            .chain(self.containers(k).iter().copied())
            .find(|&x| self.level(x) == PlaceLevel::Region && matches!(x, Key::Geo(_)))
            .map(|x| self.name(x));
        PlaceRef {
            id: self.id(k),
            name: self.name(k),
            level: self.level(k),
            country: self.country_of(k),
            region,
            latitude: coords.map(|c| c.0),
            longitude: coords.map(|c| c.1),
        }
    }

    /// A place written alone, as in a sheet's `place` column: "Aleppo", "south of Aleppo",
    /// "Khan Tuman village", "Aleppo province", "Paris, Texas" (the first part within the
    /// rest). The user's places win; else countries, then the most populous.
    pub fn resolve_name(&self, written: &str) -> Option<Key> {
        let parts: Vec<&str> = written
            .split(',')
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect();
        let cands = self.name_candidates(parts.first()?);
        if parts.len() > 1 {
            let within: Vec<Key> = parts[1..]
                .iter()
                .flat_map(|p| self.name_candidates(p))
                .map(|c| c.key)
                .collect();
            if let Some(c) = cands
                .iter()
                .find(|c| within.iter().any(|&w| self.within(c.key, w)))
            {
                return Some(c.key);
            }
        }
        cands.first().map(|c| c.key)
    }

    /// Candidates of a name, else of the name without its scene words ("south of",
    /// "the", "northern") and its level word ("village", "province": which then picks the
    /// level).
    fn name_candidates(&self, s: &str) -> Vec<Candidate> {
        let direct = self.lookup(s);
        if !direct.is_empty() {
            return direct;
        }
        let Some(k) = fold_name(s) else {
            return Vec::new();
        };
        let mut words: Vec<&str> = k.split(' ').collect();
        let mut level = None;
        loop {
            let before = words.len();
            for cue in self.cues.scene_before_cues() {
                if words.len() > cue.len() && words.iter().zip(cue).all(|(w, c)| w == c) {
                    words.drain(..cue.len());
                    break;
                }
            }
            if words.len() > 1 && (words[0] == "the" || self.cues.is_direction(words[0])) {
                words.remove(0);
            }
            if let Some(l) = words.last().and_then(|w| self.cues.level_word(w)) {
                if words.len() > 1 {
                    level = l.or(level);
                    words.pop();
                }
            }
            if words.len() == before {
                break;
            }
        }
        let mut cands = self.lookup_folded(&words.join(" "));
        if let Some(l) = level {
            if cands.iter().any(|c| c.level == l) {
                cands.retain(|c| c.level == l);
            }
        }
        cands
    }

    /// A place a dataset gave with its own point but no gazetteer id (UCDP GED: name,
    /// region and country names, coordinates): the gazetteer's place of that name within
    /// the country named, with the dataset's point and level kept; the country's ISO code
    /// even when the place is not found.
    pub fn complete(&self, given: &PlaceRef) -> PlaceRef {
        let country = given
            .country
            .as_deref()
            // "Russia (Soviet Union)", "DR Congo (Zaire)"
            .map(|c| c.split(" (").next().unwrap_or(c))
            .and_then(|c| {
                self.name_candidates(c)
                    .into_iter()
                    .find(|k| k.level == PlaceLevel::Country)
            })
            .map(|c| c.key);
        let found = self
            .name_candidates(&given.name)
            .into_iter()
            .map(|c| c.key)
            .find(|&k| country.is_none_or(|c| k == c || self.within(k, c)));
        let mut out = given.clone();
        match found {
            Some(k) => {
                let r = self.place_ref(k);
                out.id = r.id;
                out.name = r.name;
                out.country = r.country;
                out.region = r.region.or(out.region);
                out.latitude = given.latitude.or(r.latitude);
                out.longitude = given.longitude.or(r.longitude);
            }
            None => out.country = country.and_then(|c| self.country_of(c)),
        }
        out
    }

    /// The place of an id ("geonames:170063", "user:khan touman").
    pub fn get(&self, id: &str) -> Option<PlaceRef> {
        self.key(id).map(|k| self.place_ref(k))
    }

    /// The place `a` lies within the place `b` (ids).
    pub fn is_within(&self, a: &str, b: &str) -> bool {
        match (self.key(a), self.key(b)) {
            (Some(a), Some(b)) => self.within(a, b),
            _ => false,
        }
    }

    /// The places an id lies within, nearest first.
    pub fn ancestors(&self, id: &str) -> Vec<PlaceRef> {
        self.key(id)
            .map(|k| {
                self.ancestors_of(k)
                    .into_iter()
                    .map(|a| self.place_ref(a))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// A place's point (latitude, longitude), by its id.
    pub fn point(&self, id: &str) -> Option<(f64, f64)> {
        self.point_of(self.key(id)?)
    }

    /// A place's point (latitude, longitude): its own, else that of the nearest place above
    /// it that has one (as [`Gazetteer::place_ref`] puts it).
    pub fn point_of(&self, k: Key) -> Option<(f64, f64)> {
        std::iter::once(k)
            .chain(self.containers(k).iter().copied())
            .find_map(|x| self.coordinates(x))
    }

    /// Great-circle distance between two places' points, in km, by their ids.
    pub fn distance_km(&self, a: &str, b: &str) -> Option<f64> {
        self.distance_of(self.key(a)?, self.key(b)?)
    }

    /// Great-circle distance between two places' points, in km.
    pub fn distance_of(&self, a: Key, b: Key) -> Option<f64> {
        Some(haversine_km(self.point_of(a)?, self.point_of(b)?))
    }

    /// The place of an event from its claims' places: the most specific one when they lie
    /// on one chain (Khan Touman with Aleppo and Syria), else the most specific place
    /// containing them all; `None` when they share not even a country.
    pub fn common(&self, keys: &[Key]) -> Option<Key> {
        let first = *keys.first()?;
        let nested = |a: Key, b: Key| a == b || self.within(a, b) || self.within(b, a);
        if keys.iter().all(|&a| keys.iter().all(|&b| nested(a, b))) {
            return keys
                .iter()
                .copied()
                .max_by_key(|&k| self.containers(k).len());
        }
        std::iter::once(first)
            .chain(self.containers(first).iter().copied())
            .find(|&c| keys.iter().all(|&k| k == c || self.within(k, c)))
    }
}

/// The earth's mean radius, in km.
const EARTH_RADIUS_KM: f64 = 6371.0;

/// Great-circle distance in km between two (latitude, longitude) points.
pub fn haversine_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (la1, lo1) = (a.0.to_radians(), a.1.to_radians());
    let (la2, lo2) = (b.0.to_radians(), b.1.to_radians());
    let h = ((la2 - la1) / 2.0).sin().powi(2)
        + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_KM * h.sqrt().asin()
}

/// The initial bearing from point `a` to point `b`, in degrees (0 north, 90 east).
pub fn bearing_deg(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (la1, la2) = (a.0.to_radians(), b.0.to_radians());
    let dlo = (b.1 - a.1).to_radians();
    let y = dlo.sin() * la2.cos();
    let x = la1.cos() * la2.sin() - la1.sin() * la2.cos() * dlo.cos();
    (y.atan2(x).to_degrees() + 360.0) % 360.0
}

/// The point `km` away from `a` in direction `bearing` (degrees): "35 miles north of" a
/// town's point.
pub fn offset_point(a: (f64, f64), km: f64, bearing: f64) -> (f64, f64) {
    let d = km / EARTH_RADIUS_KM;
    let (la, lo, t) = (a.0.to_radians(), a.1.to_radians(), bearing.to_radians());
    let la2 = (la.sin() * d.cos() + la.cos() * d.sin() * t.cos()).asin();
    let lo2 = lo + (t.sin() * d.sin() * la.cos()).atan2(d.cos() - la.sin() * la2.sin());
    (la2.to_degrees(), (lo2.to_degrees() + 540.0) % 360.0 - 180.0)
}

/// How far apart two bearings are, in degrees (0 to 180).
pub fn bearing_apart(a: f64, b: f64) -> f64 {
    let d = (a - b).abs() % 360.0;
    d.min(360.0 - d)
}

/// A scene told as a distance and/or a direction from a town (session 20, places20): the
/// town's point, the distance in km and the bearing, as `model::PlaceRelation::Near`
/// stores them ([`NearPlace::new`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NearPlace {
    pub from: (f64, f64),
    pub km: Option<f64>,
    pub bearing: Option<f64>,
    /// The point the scene is at ([`NearPlace::point`]), worked out once.
    at: Option<(f64, f64)>,
}

/// How two scenes compare when one or both are told from a town (`NearPlace`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum NearMatch {
    /// They may be one place (within `near_km`, with room for the approximations of "some
    /// 50 km", "north of").
    Near,
    /// They cannot be one place: "35 miles north of" a town and the town itself.
    Apart,
    /// Nothing said either way: "north of" a town and the town itself.
    Unknown,
}

/// A written distance is approximate ("some 50 km", a road's length rather than a straight
/// line): two scenes whose distances from one town differ by this share of the larger, or by
/// the near radius, may be one.
const DISTANCE_SLACK: f64 = 0.35;
/// A compass word covers its quarter: a place within this many degrees of the direction
/// written lies that way ("north of Baghdad" holds a town north-north-west of it).
const BEARING_SLACK: f64 = 50.0;
/// "North of" a town with no distance: a place farther than this from the town is not what
/// a report means.
const DIRECTION_REACH_KM: f64 = 150.0;

impl NearPlace {
    pub fn new(from: (f64, f64), km: Option<f64>, bearing: Option<f64>) -> NearPlace {
        NearPlace {
            from,
            km,
            bearing,
            at: km.zip(bearing).map(|(km, b)| offset_point(from, km, b)),
        }
    }

    /// The point the scene is at, when both the distance and the direction are written.
    pub fn point(&self) -> Option<(f64, f64)> {
        self.at
    }

    fn slack(km: f64, near_km: f64) -> f64 {
        near_km.max(km * DISTANCE_SLACK)
    }

    /// How this scene compares with a place at `p` (a town, a village: a point).
    pub fn relate_point(&self, p: (f64, f64), near_km: f64) -> NearMatch {
        let d = haversine_km(self.from, p);
        if d < 1.0 {
            // the town itself
            return match self.km {
                Some(km) if km > near_km => NearMatch::Apart,
                Some(_) => NearMatch::Near,
                None => NearMatch::Unknown,
            };
        }
        let far_enough = match self.km {
            Some(km) => (d - km).abs() <= Self::slack(km, near_km),
            None => d <= DIRECTION_REACH_KM,
        };
        let that_way = match self.bearing {
            Some(b) => {
                d <= near_km / 2.0 || bearing_apart(bearing_deg(self.from, p), b) <= BEARING_SLACK
            }
            None => true,
        };
        if far_enough && that_way {
            NearMatch::Near
        } else {
            NearMatch::Apart
        }
    }

    /// How two scenes told from towns compare.
    pub fn relate(&self, other: &NearPlace, near_km: f64) -> NearMatch {
        if haversine_km(self.from, other.from) < 1.0 {
            // from one town: by the distances and the directions written
            if let (Some(a), Some(b)) = (self.km, other.km) {
                if (a - b).abs() > Self::slack(a.max(b), near_km) {
                    return NearMatch::Apart;
                }
            }
            if let (Some(a), Some(b)) = (self.bearing, other.bearing) {
                if bearing_apart(a, b) > BEARING_SLACK {
                    return NearMatch::Apart;
                }
            }
            return NearMatch::Near;
        }
        match (self.point(), other.point()) {
            (Some(a), Some(b)) => {
                let room = near_km
                    .max(DISTANCE_SLACK * (self.km.unwrap_or(0.0) + other.km.unwrap_or(0.0)));
                if haversine_km(a, b) <= room {
                    NearMatch::Near
                } else {
                    NearMatch::Apart
                }
            }
            (Some(a), None) => other.relate_point(a, near_km),
            (None, Some(b)) => self.relate_point(b, near_km),
            (None, None) => NearMatch::Unknown,
        }
    }
}

#[cfg(test)]
mod tests;
