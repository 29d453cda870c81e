//! Linking by context: when claims carry no place or date, reports of one event still name
//! the same people and places. Documents are compared by the cosine of their signatures
//! (proper nouns, TF-IDF weighted) and clustered by average linkage: two clusters join only
//! when their mean similarity reaches the threshold, so one shared name cannot chain
//! different events together. Sparse throughout: candidate pairs come from an inverted
//! index of terms, never from all pairs.

use super::rows::{DocId, DocTerms};
use std::cmp::Ordering;
use std::collections::BinaryHeap;

/// A document's weighted, normalised term vector: (term index, weight).
type Vector = Vec<(u32, f64)>;

/// Terms found in more than this share of documents (and more than `MIN_COMMON` of them)
/// link too much to be evidence.
const COMMON_SHARE: f64 = 0.1;
const MIN_COMMON: usize = 50;
/// ... and never more than this many: a name in hundreds of reports links nothing, and
/// each term costs the square of its documents in pairs.
const MAX_COMMON: usize = 200;
/// Pairs less similar than this are left out of the graph (they barely move an average);
/// a pair below it shares no names (incidents' names cosine with terms skipped, too:
/// [`Signatures::cosine_kept`]).
const MIN_PAIR: f64 = 0.05;

/// Clusters `docs` and returns, for each, its cluster number. `terms` holds every
/// document's terms, so that term rarity is judged over all.
pub fn cluster(docs: &[DocId], terms: &DocTerms, threshold: f64) -> Vec<usize> {
    let s = Signatures::new(docs, terms);
    average_linkage(docs.len(), &s.pairs, threshold)
}

/// Documents' signatures compared: every pair sharing a rare enough term, with the cosine
/// of their TF-IDF vectors (at least `MIN_PAIR`).
pub struct Signatures {
    vectors: Vec<Vector>,
    /// Whether each document's signature was read from text with case (see
    /// [`crate::extract::signature::UNCASED`]).
    cased: Vec<bool>,
    /// (a, b, cosine), a < b, positions in the documents given.
    pub pairs: Vec<(u32, u32, f64)>,
}

impl Signatures {
    pub fn new(docs: &[DocId], terms: &DocTerms) -> Signatures {
        Signatures::new_less(docs, terms, cased_of(docs, terms), |_, _| 0)
    }

    /// [`Signatures::new`], each document's count of a term lessened by `less(position,
    /// term)` (rule recalled_clause_names, session 32: the uses of a name in the clauses
    /// that recall an earlier incident); a term left with no use is no longer the
    /// document's. Rarity is judged over the terms as stored. `cased` is [`cased_of`] the
    /// documents, read once by a caller that needed it before (linking's recalled accounts).
    pub fn new_less(
        docs: &[DocId],
        terms: &DocTerms,
        cased: Vec<bool>,
        less: impl Fn(usize, u32) -> u32,
    ) -> Signatures {
        let total = terms.len().max(1);
        let (df, common) = frequencies(terms);
        let marks = marks(terms);
        let vectors: Vec<Vector> = docs
            .iter()
            .enumerate()
            .map(|(p, &d)| {
                let mut v: Vector = terms
                    .terms(d)
                    .iter()
                    .filter_map(|&(t, c)| {
                        if marks[t.index()] {
                            return None; // a mark, not a name
                        }
                        let c = c.saturating_sub(less(p, t.index() as u32));
                        if c == 0 {
                            return None; // told only where an earlier incident is recalled
                        }
                        let f = df[t.index()];
                        if f > common {
                            return None; // everywhere: no evidence
                        }
                        let w = (1.0 + (c as f64).ln()) * (total as f64 / f as f64).ln();
                        Some((t.index() as u32, w))
                    })
                    .collect();
                let norm = v.iter().map(|(_, w)| w * w).sum::<f64>().sqrt();
                if norm > 0.0 {
                    v.iter_mut().for_each(|(_, w)| *w /= norm);
                }
                v
            })
            .collect();
        let pairs = similar_pairs(&vectors, &df);
        Signatures {
            vectors,
            cased,
            pairs,
        }
    }

    /// Whether document `a` (a position) has its names read from text with case.
    pub fn cased(&self, a: u32) -> bool {
        self.cased.get(a as usize).copied().unwrap_or(true)
    }

    /// The cosine of documents `a` and `b` (positions) over the terms `counts` accepts (by
    /// term index): the part of their similarity those terms carry.
    pub fn cosine_over(&self, a: u32, b: u32, counts: impl Fn(u32) -> bool) -> f64 {
        let (Some(va), Some(vb)) = (self.vectors.get(a as usize), self.vectors.get(b as usize))
        else {
            return 0.0;
        };
        // the terms both have, then of them those that count: `counts` asked only of the
        // few shared terms (the same products, summed in the same order)
        va.iter()
            .filter_map(|&(t, wa)| {
                vb.iter()
                    .find(|(u, _)| *u == t)
                    .map(|&(_, wb)| (t, wa * wb))
            })
            .filter(|&(t, _)| counts(t))
            .map(|(_, p)| p)
            .sum()
    }

    /// [`Signatures::cosine_over`] as a pair's score: below `MIN_PAIR`, none (0), as the
    /// pairs scored over every term are kept (session 23, debt23: incidents' names with
    /// terms skipped gave small scores no pair of all terms could have).
    pub fn cosine_kept(&self, a: u32, b: u32, counts: impl Fn(u32) -> bool) -> f64 {
        let s = self.cosine_over(a, b, counts);
        if s >= MIN_PAIR {
            s
        } else {
            0.0
        }
    }

    /// The terms documents `a` and `b` (positions) share, those that weigh most first.
    pub fn shared<'t>(&self, a: u32, b: u32, terms: &'t DocTerms, most: usize) -> Vec<&'t str> {
        let (Some(va), Some(vb)) = (self.vectors.get(a as usize), self.vectors.get(b as usize))
        else {
            return Vec::new();
        };
        let mut both: Vec<(f64, u32)> = va
            .iter()
            .filter_map(|&(t, wa)| {
                vb.iter()
                    .find(|(u, _)| *u == t)
                    .map(|&(_, wb)| (wa * wb, t))
            })
            .collect();
        both.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)));
        both.dedup_by_key(|x| x.1);
        both.iter()
            .take(most)
            .filter_map(|&(_, t)| terms.term_at(t as usize))
            .collect()
    }
}

/// Per document of `docs`, whether its names are read from text with case (its signature
/// has no `#uncased` mark: not wire copy in capitals only). One helper for
/// `Signatures::new_less` and rule recalled_incident (session 32, mendl32: was two copies).
pub fn cased_of(docs: &[DocId], terms: &DocTerms) -> Vec<bool> {
    let uncased = terms.find_term(crate::extract::signature::UNCASED);
    docs.iter()
        .map(|&d| !terms.terms(d).iter().any(|&(t, _)| Some(t) == uncased))
        .collect()
}

/// Per term index, whether it is a mark (`#uncased`, `#roundup`, `#street ...`: see
/// `extract::signature::MARK`), never a name.
pub fn marks(terms: &DocTerms) -> Vec<bool> {
    (0..terms.term_count())
        .map(|i| {
            terms
                .term_at(i)
                .is_some_and(|w| w.starts_with(crate::extract::signature::MARK))
        })
        .collect()
}

/// Each term's document frequency over every document with a signature, and the frequency
/// above which a term is too common to be evidence.
fn frequencies(terms: &DocTerms) -> (Vec<usize>, usize) {
    let total = terms.len().max(1);
    let mut df = vec![0usize; terms.term_count()];
    for (t, _) in terms.all_pairs() {
        df[t.index()] += 1;
    }
    let common = ((total as f64 * COMMON_SHARE) as usize).clamp(MIN_COMMON, MAX_COMMON);
    (df, common)
}

/// The other documents that share with `docs` a term rare enough to be evidence (in at
/// least two documents and no more than the common mark, as [`Signatures`] weighs them):
/// every document a pair of [`Signatures`] could join to one of `docs`, in order.
pub fn sharing_rare_names(docs: &[DocId], terms: &DocTerms) -> Vec<DocId> {
    let (df, common) = frequencies(terms);
    let marks = marks(terms);
    let mut rare = vec![false; df.len()];
    for &d in docs {
        for &(t, _) in terms.terms(d) {
            if marks[t.index()] {
                continue; // a mark, not a name
            }
            let f = df[t.index()];
            rare[t.index()] = (2..=common).contains(&f);
        }
    }
    let mut out: Vec<DocId> = (0..terms.len() as DocId)
        .filter(|d| !docs.contains(d))
        .filter(|&d| terms.terms(d).iter().any(|&(t, _)| rare[t.index()]))
        .collect();
    out.dedup();
    out
}

/// Every pair of `vectors` sharing a term, with its similarity (their dot product) when
/// it reaches `MIN_PAIR`: (a, b, similarity), a < b, in order of a then b. A term of one
/// document only (`df` below 2) weighs in its norm, never in a pair. A pair's products
/// are summed in the order of the first one's terms.
fn similar_pairs(vectors: &[Vector], df: &[usize]) -> Vec<(u32, u32, f64)> {
    // the inverted index: each term's (document, weight), by document
    let mut starts = vec![0usize; df.len() + 1];
    for v in vectors {
        for &(t, _) in v {
            if df[t as usize] >= 2 {
                starts[t as usize + 1] += 1;
            }
        }
    }
    for t in 1..starts.len() {
        starts[t] += starts[t - 1];
    }
    let mut postings = vec![(0u32, 0f64); starts[df.len()]];
    // where each term's next entry goes, then (below) where its next document is
    let mut next = starts.clone();
    for (i, v) in vectors.iter().enumerate() {
        for &(t, w) in v {
            if df[t as usize] >= 2 {
                postings[next[t as usize]] = (i as u32, w);
                next[t as usize] += 1;
            }
        }
    }
    next.copy_from_slice(&starts);
    // each document's products with every later one, summed in one dense row
    let mut row = vec![0f64; vectors.len()];
    // the documents met in a's row, and for each the last a that met it (plus one)
    let mut touched: Vec<u32> = Vec::new();
    let mut met = vec![0u32; vectors.len()];
    let mut out = Vec::new();
    for (a, v) in vectors.iter().enumerate() {
        for &(t, wa) in v {
            let t = t as usize;
            if df[t] < 2 {
                continue;
            }
            // documents come in order: this term's entries up to here are a's or before
            next[t] += 1;
            for &(b, wb) in &postings[next[t]..starts[t + 1]] {
                if b as usize == a {
                    continue; // a term twice in one document
                }
                if met[b as usize] != a as u32 + 1 {
                    met[b as usize] = a as u32 + 1;
                    touched.push(b);
                }
                row[b as usize] += wa * wb;
            }
        }
        touched.sort_unstable();
        for &b in &touched {
            let s = std::mem::take(&mut row[b as usize]);
            if s >= MIN_PAIR {
                out.push((a as u32, b, s));
            }
        }
        touched.clear();
    }
    out
}
#[derive(PartialEq)]
struct Candidate {
    avg: f64,
    a: u32,
    b: u32,
    va: u32,
    vb: u32,
}
impl Eq for Candidate {}
impl PartialOrd for Candidate {
    fn partial_cmp(&self, o: &Self) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}
impl Ord for Candidate {
    fn cmp(&self, o: &Self) -> Ordering {
        self.avg
            .total_cmp(&o.avg)
            .then_with(|| o.a.cmp(&self.a))
            .then_with(|| o.b.cmp(&self.b))
    }
}

/// Agglomerative clustering with average linkage over a sparse similarity graph (`sim`:
/// (a, b, similarity), each pair once; missing pairs count as 0). Merges the most similar
/// pair of clusters while its mean reaches `threshold`; of equally similar pairs, the one
/// of the lowest numbers. Version stamps skip pairs made stale by earlier merges.
///
/// The pairs as given are sorted once, best first; the pairs of merged clusters go in a
/// heap; each step takes the better of the two heads (one heap of both would take the same
/// ones in the same order, but pop the many given pairs one by one).
pub fn average_linkage(n: usize, sim: &[(u32, u32, f64)], threshold: f64) -> Vec<usize> {
    let mut size = vec![1usize; n];
    let mut version = vec![0u32; n];
    let mut alive = vec![true; n];
    let mut members: Vec<Vec<usize>> = (0..n).map(|i| vec![i]).collect();
    // cluster → neighbour → summed similarity
    // sized to each cluster's pairs at the start (millions of pairs: no table grows
    // and rehashes on the way)
    let mut degree = vec![0usize; n];
    for &(a, b, _) in sim {
        if a != b && (a as usize) < n && (b as usize) < n {
            degree[a as usize] += 1;
            degree[b as usize] += 1;
        }
    }
    let mut adj: Vec<hashbrown::HashMap<u32, f64>> = degree
        .into_iter()
        .map(hashbrown::HashMap::with_capacity)
        .collect();
    let mut given: Vec<Candidate> = Vec::new();
    for &(a, b, s) in sim {
        let (Some(_), Some(_)) = (adj.get(a as usize), adj.get(b as usize)) else {
            continue; // not a document of these
        };
        if a == b {
            continue;
        }
        adj[a as usize].insert(b, s);
        adj[b as usize].insert(a, s);
        if s >= threshold {
            given.push(Candidate {
                avg: s,
                a,
                b,
                va: 0,
                vb: 0,
            });
        }
    }
    given.sort_unstable_by(|x, y| y.cmp(x));
    let mut given = given.into_iter().peekable();
    let mut heap: BinaryHeap<Candidate> = BinaryHeap::new();
    loop {
        let c = match (given.peek(), heap.peek()) {
            (Some(g), Some(h)) if h > g => heap.pop(),
            (Some(_), _) => given.next(),
            (None, _) => heap.pop(),
        };
        let Some(c) = c else { break };
        if c.avg < threshold {
            break;
        }
        let (a, b) = (c.a as usize, c.b as usize);
        if !alive[a] || !alive[b] || version[a] != c.va || version[b] != c.vb {
            continue;
        }
        // merge the smaller into the larger
        let (keep, gone) = if size[a] >= size[b] { (a, b) } else { (b, a) };
        alive[gone] = false;
        size[keep] += size[gone];
        let moved = std::mem::take(&mut members[gone]);
        members[keep].extend(moved);
        let gone_adj = std::mem::take(&mut adj[gone]);
        adj[keep].remove(&(gone as u32));
        for (k, s) in gone_adj {
            if k as usize == keep {
                continue;
            }
            *adj[keep].entry(k).or_default() += s;
            if let Some(v) = adj[k as usize].remove(&(gone as u32)) {
                *adj[k as usize].entry(keep as u32).or_default() += v;
            }
        }
        version[keep] += 1;
        for (&k, &s) in &adj[keep] {
            if !alive[k as usize] {
                continue;
            }
            let avg = s / (size[keep] * size[k as usize]) as f64;
            if avg >= threshold {
                heap.push(Candidate {
                    avg,
                    a: keep as u32,
                    b: k,
                    va: version[keep],
                    vb: version[k as usize],
                });
            }
        }
    }
    let mut out = vec![0usize; n];
    for (c, m) in members.iter().enumerate() {
        for &i in m {
            out[i] = c;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::xref::rows::DocTermsBuilder;

    fn add(b: &mut DocTermsBuilder, doc: &str, words: &[(&str, u32)]) {
        for (w, c) in words {
            b.push(doc, w, *c);
        }
    }

    /// Session 32 (linkb32), rule recalled_clause_names: a name a report tells only where
    /// it recalls an earlier incident (all its uses lessened) is no longer shared; a name
    /// told elsewhere too keeps its other uses and is still shared.
    #[test]
    fn linkb32_uses_in_a_recalled_clause_are_not_the_reports() {
        let mut s = DocTermsBuilder::default();
        // the beach attack's statement; the roadside bomb's report recalls the beach
        add(&mut s, "beach", &[("lido", 3), ("madina", 1)]);
        add(&mut s, "road", &[("hodan", 3), ("lido", 1)]);
        add(&mut s, "road2", &[("hodan", 2), ("lido", 2)]);
        for i in 0..20 {
            add(&mut s, &format!("other{i}"), &[(&format!("name{i}"), 1)]);
        }
        let s = s.build();
        let docs: Vec<DocId> = ["beach", "road", "road2"]
            .iter()
            .filter_map(|d| s.doc(d))
            .collect();
        let lido = s.find_term("lido").unwrap().index() as u32;
        let shared = |sig: &Signatures, b: u32| sig.cosine_over(0, b, |_| true) > 0.0;
        let all = Signatures::new(&docs, &s);
        assert!(shared(&all, 1) && shared(&all, 2));
        // one use of "lido" in a recalled clause in each roadside report
        let less = Signatures::new_less(&docs, &s, cased_of(&docs, &s), |p, t| {
            u32::from(p > 0 && t == lido)
        });
        assert!(!shared(&less, 1), "its only lido was the recall's");
        assert!(shared(&less, 2), "a lido told elsewhere too is still its");
    }

    #[test]
    fn one_shared_name_does_not_chain_two_events() {
        let mut s = DocTermsBuilder::default();
        // two reports of an Atlanta shooting, two of a Dublin fire; "smith" is in one of each
        add(
            &mut s,
            "a1",
            &[("atlanta", 3), ("nichols", 4), ("fulton", 2), ("smith", 1)],
        );
        add(
            &mut s,
            "a2",
            &[("atlanta", 2), ("nichols", 3), ("fulton", 1)],
        );
        add(
            &mut s,
            "d1",
            &[("dublin", 3), ("liffey", 2), ("murphy", 2), ("smith", 1)],
        );
        add(&mut s, "d2", &[("dublin", 2), ("liffey", 1), ("murphy", 3)]);
        for i in 0..20 {
            add(&mut s, &format!("other{i}"), &[(&format!("name{i}"), 1)]);
        }
        let s = s.build();
        let docs: Vec<DocId> = ["a1", "a2", "d1", "d2"]
            .iter()
            .filter_map(|d| s.doc(d))
            .collect();
        let c = cluster(&docs, &s, 0.2);
        assert_eq!(c[0], c[1]);
        assert_eq!(c[2], c[3]);
        assert_ne!(c[0], c[2]);
    }

    #[test]
    fn pairs_are_every_dot_product_that_counts() {
        // terms 0..6, df as given; term 5 is in one document only
        let df = [3, 2, 2, 4, 2, 1];
        let vectors: Vec<Vector> = vec![
            vec![(0, 0.6), (3, 0.8)],
            vec![(0, 0.5), (1, 0.5), (3, 0.5), (5, 0.5)],
            vec![(1, 0.9), (2, 0.1), (3, 0.1)],
            vec![(2, 0.2), (4, 0.01)],
            vec![(0, 0.3), (3, 0.3), (4, 0.9)],
            vec![],
        ];
        let mut want = Vec::new();
        for a in 0..vectors.len() {
            for b in a + 1..vectors.len() {
                let mut s = 0.0;
                let mut shared = false;
                for &(t, wa) in &vectors[a] {
                    for &(u, wb) in &vectors[b] {
                        if t == u && df[t as usize] >= 2 {
                            s += wa * wb;
                            shared = true;
                        }
                    }
                }
                if shared && s >= MIN_PAIR {
                    want.push((a as u32, b as u32, s));
                }
            }
        }
        assert_eq!(similar_pairs(&vectors, &df), want);
    }

    #[test]
    fn a_term_twice_in_a_document_pairs_it_with_no_one_but_others() {
        let df = [3];
        let vectors: Vec<Vector> = vec![vec![(0, 0.5), (0, 0.5)], vec![(0, 1.0)]];
        assert_eq!(similar_pairs(&vectors, &df), vec![(0, 1, 1.0)]);
    }

    #[test]
    fn linkage_takes_the_best_pair_first_and_averages_after() {
        // 0-1 join first (0.9); then {0,1}-2 averages (0.5 + 0.1) / 2 = 0.3: joins at 0.25,
        // not at 0.35; 3 is alone
        let sim = [(0, 1, 0.9), (0, 2, 0.5), (1, 2, 0.1)];
        let c = average_linkage(4, &sim, 0.25);
        assert!(c[0] == c[1] && c[1] == c[2] && c[3] != c[0]);
        let c = average_linkage(4, &sim, 0.35);
        assert!(c[0] == c[1] && c[2] != c[0] && c[3] != c[0]);
        // pairs outside the documents are ignored
        let c = average_linkage(2, &[(0, 5, 0.9), (3, 3, 1.0)], 0.2);
        assert_eq!(c, vec![0, 1]);
    }

    /// Session 23 (debt23): the names cosine with terms skipped is a pair's score as the
    /// scored pairs are: below `MIN_PAIR`, none; at or above it, the cosine over the terms
    /// kept; over every term, the pair's own score.
    #[test]
    fn debt23_a_cosine_with_terms_skipped_below_min_pair_is_none() {
        let mut s = DocTermsBuilder::default();
        add(&mut s, "x", &[("ferrand", 9), ("lumb", 1), ("kell", 9)]);
        add(&mut s, "y", &[("ferrand", 9), ("lumb", 1), ("orme", 9)]);
        for i in 0..20 {
            add(&mut s, &format!("other{i}"), &[(&format!("name{i}"), 1)]);
        }
        let s = s.build();
        let docs: Vec<DocId> = ["x", "y"].iter().filter_map(|d| s.doc(d)).collect();
        let sig = Signatures::new(&docs, &s);
        let whole = sig.pairs.iter().find(|p| p.0 == 0 && p.1 == 1).unwrap().2;
        assert!((sig.cosine_kept(0, 1, |_| true) - whole).abs() < 1e-12);
        let ferrand = s.find_term("ferrand").unwrap().index() as u32;
        let small = sig.cosine_over(0, 1, |t| t != ferrand);
        assert!(small > 0.0 && small < MIN_PAIR, "{small}");
        assert_eq!(sig.cosine_kept(0, 1, |t| t != ferrand), 0.0);
    }
}
