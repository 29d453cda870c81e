//! Linking by context: when claims carry no place or date, reports of one event still name
//! the same people and places. Documents are compared by the cosine of their signatures
//! (proper nouns, TF-IDF weighted) and clustered by average linkage: two clusters join only
//! when their mean similarity reaches the threshold, so one shared name cannot chain
//! different events together. Sparse throughout: candidate pairs come from an inverted
//! index of terms, never from all pairs.

use std::cmp::Ordering;
use std::collections::{BinaryHeap, HashMap};

/// A document's weighted, normalised term vector.
type Vector = Vec<(u32, f64)>;

/// Terms found in more than this share of documents (and more than `MIN_COMMON` of them)
/// link too much to be evidence.
const COMMON_SHARE: f64 = 0.1;
const MIN_COMMON: usize = 50;
/// ... and never more than this many: a name in hundreds of reports links nothing, and
/// each term costs the square of its documents in pairs.
const MAX_COMMON: usize = 200;
/// Pairs less similar than this are left out of the graph (they barely move an average).
const MIN_PAIR: f64 = 0.05;

/// Clusters `docs` (indexes into `signatures`) and returns, for each, its cluster number.
/// `signatures` holds every document's terms, so that term rarity is judged over all.
pub fn cluster(
    docs: &[&str],
    signatures: &HashMap<String, Vec<(String, u32)>>,
    threshold: f64,
) -> Vec<usize> {
    let n = docs.len();
    let total = signatures.len().max(1);
    // document frequency over every document with a signature
    let mut df: HashMap<&str, usize> = HashMap::new();
    for terms in signatures.values() {
        for (t, _) in terms {
            *df.entry(t.as_str()).or_default() += 1;
        }
    }
    let mut term_ids: HashMap<&str, u32> = HashMap::new();
    let common = ((total as f64 * COMMON_SHARE) as usize).clamp(MIN_COMMON, MAX_COMMON);
    let vectors: Vec<Vector> = docs
        .iter()
        .map(|d| {
            let mut v: Vector = signatures
                .get(*d)
                .into_iter()
                .flatten()
                .filter_map(|(t, c)| {
                    let f = *df.get(t.as_str())?;
                    if f > common {
                        return None; // everywhere: no evidence
                    }
                    let next = term_ids.len() as u32;
                    let id = *term_ids.entry(t.as_str()).or_insert(next);
                    let w = (1.0 + (*c as f64).ln()) * (total as f64 / f as f64).ln();
                    Some((id, w))
                })
                .collect();
            let norm = v.iter().map(|(_, w)| w * w).sum::<f64>().sqrt();
            if norm > 0.0 {
                v.iter_mut().for_each(|(_, w)| *w /= norm);
            }
            v
        })
        .collect();
    // similarity of every pair sharing a term, through the inverted index
    let mut term_names: Vec<&str> = vec![""; term_ids.len()];
    for (&t, &id) in &term_ids {
        term_names[id as usize] = t;
    }
    let mut postings: HashMap<u32, Vec<(usize, f64)>> = HashMap::new();
    for (i, v) in vectors.iter().enumerate() {
        for &(t, w) in v {
            // a term of one document only weighs in its norm, never in a pair
            if df.get(term_names[t as usize]).is_some_and(|&f| f >= 2) {
                postings.entry(t).or_default().push((i, w));
            }
        }
    }
    let mut sim: HashMap<(usize, usize), f64> = HashMap::new();
    for list in postings.values() {
        for (x, &(a, wa)) in list.iter().enumerate() {
            for &(b, wb) in &list[x + 1..] {
                let key = if a < b { (a, b) } else { (b, a) };
                *sim.entry(key).or_default() += wa * wb;
            }
        }
    }
    sim.retain(|_, s| *s >= MIN_PAIR);
    average_linkage(n, &sim, threshold)
}

#[derive(PartialEq)]
struct Candidate {
    avg: f64,
    a: usize,
    b: usize,
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

/// Agglomerative clustering with average linkage over a sparse similarity graph (missing
/// pairs count as 0). Merges the most similar pair of clusters while its mean reaches
/// `threshold`. A heap with version stamps skips pairs made stale by earlier merges.
fn average_linkage(n: usize, sim: &HashMap<(usize, usize), f64>, threshold: f64) -> Vec<usize> {
    let mut size = vec![1usize; n];
    let mut version = vec![0u32; n];
    let mut alive = vec![true; n];
    let mut members: Vec<Vec<usize>> = (0..n).map(|i| vec![i]).collect();
    // cluster → neighbour → summed similarity
    let mut adj: Vec<HashMap<usize, f64>> = vec![HashMap::new(); n];
    for (&(a, b), &s) in sim {
        adj[a].insert(b, s);
        adj[b].insert(a, s);
    }
    let mut heap = BinaryHeap::new();
    for (&(a, b), &s) in sim {
        if s >= threshold {
            heap.push(Candidate {
                avg: s,
                a,
                b,
                va: 0,
                vb: 0,
            });
        }
    }
    while let Some(c) = heap.pop() {
        if c.avg < threshold {
            break;
        }
        if !alive[c.a] || !alive[c.b] || version[c.a] != c.va || version[c.b] != c.vb {
            continue;
        }
        // merge the smaller into the larger
        let (keep, gone) = if size[c.a] >= size[c.b] {
            (c.a, c.b)
        } else {
            (c.b, c.a)
        };
        alive[gone] = false;
        size[keep] += size[gone];
        let moved = std::mem::take(&mut members[gone]);
        members[keep].extend(moved);
        let gone_adj = std::mem::take(&mut adj[gone]);
        adj[keep].remove(&gone);
        for (k, s) in gone_adj {
            if k == keep {
                continue;
            }
            *adj[keep].entry(k).or_default() += s;
            if let Some(v) = adj[k].remove(&gone) {
                *adj[k].entry(keep).or_default() += v;
            }
        }
        version[keep] += 1;
        for (&k, &s) in &adj[keep] {
            if !alive[k] {
                continue;
            }
            let avg = s / (size[keep] * size[k]) as f64;
            if avg >= threshold {
                heap.push(Candidate {
                    avg,
                    a: keep,
                    b: k,
                    va: version[keep],
                    vb: version[k],
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

    fn sig(words: &[(&str, u32)]) -> Vec<(String, u32)> {
        words.iter().map(|(w, c)| (w.to_string(), *c)).collect()
    }

    #[test]
    fn one_shared_name_does_not_chain_two_events() {
        let mut s = HashMap::new();
        // two reports of an Atlanta shooting, two of a Dublin fire; "smith" is in one of each
        s.insert(
            "a1".to_string(),
            sig(&[("atlanta", 3), ("nichols", 4), ("fulton", 2), ("smith", 1)]),
        );
        s.insert(
            "a2".to_string(),
            sig(&[("atlanta", 2), ("nichols", 3), ("fulton", 1)]),
        );
        s.insert(
            "d1".to_string(),
            sig(&[("dublin", 3), ("liffey", 2), ("murphy", 2), ("smith", 1)]),
        );
        s.insert(
            "d2".to_string(),
            sig(&[("dublin", 2), ("liffey", 1), ("murphy", 3)]),
        );
        for i in 0..20 {
            s.insert(format!("other{i}"), sig(&[(&format!("name{i}"), 1)]));
        }
        let docs = ["a1", "a2", "d1", "d2"];
        let c = cluster(&docs, &s, 0.2);
        assert_eq!(c[0], c[1]);
        assert_eq!(c[2], c[3]);
        assert_ne!(c[0], c[2]);
    }
}
