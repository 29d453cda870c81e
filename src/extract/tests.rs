//! Tests on the real corpus in `../shared/corpus` (read from the files, never copied into
//! the project) and on short self-written sentences.

use super::*;
use crate::eval::{read_gold, score, ScoredClaim};
use crate::model::Qualifier;
use std::path::PathBuf;

fn corpus(rel: &str) -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus")).join(rel)
}

fn read(rel: &str) -> String {
    std::fs::read_to_string(corpus(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// The seed reports with their manifest metadata.
fn seed_docs() -> Vec<Document> {
    let manifest = read("seeds-manifest.csv");
    let mut rdr = csv::Reader::from_reader(manifest.as_bytes());
    let mut out = Vec::new();
    for rec in rdr.records() {
        let rec = rec.unwrap();
        let path = rec.get(0).unwrap();
        let opt = |i: usize| {
            rec.get(i)
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string)
        };
        out.push(Document {
            name: path.rsplit('/').next().unwrap().to_string(),
            text: read(path),
            outlet: opt(1),
            published: opt(2),
            url: opt(3),
            title: opt(4),
            language: None,
        });
    }
    out
}

fn json_lines(rel: &str) -> Vec<serde_json::Value> {
    read(rel)
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// ECB+ documents, sentences joined one a line.
fn ecb_docs() -> Vec<Document> {
    json_lines("ecbplus/ecbplus_docs.jsonl")
        .into_iter()
        .map(|v| {
            let text = v["sentences"]
                .as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(|s| s.as_str())
                        .collect::<Vec<_>>()
                        .join("\n")
                })
                .unwrap_or_default();
            Document {
                name: v["doc"].as_str().unwrap_or("").to_string(),
                text,
                ..Document::default()
            }
        })
        .collect()
}

fn muc_messages() -> Vec<serde_json::Value> {
    json_lines("muc34/muc34_messages_with_casualty_keys.jsonl")
}

/// The first sentence of the corpus file (seed text, ECB+ casualty sentences, MUC messages)
/// containing all `words`; returned as a one-sentence document.
fn corpus_sentence(words: &[&str]) -> Document {
    let has = |s: &str| words.iter().all(|w| s.contains(w));
    let mut texts: Vec<String> = seed_docs().into_iter().map(|d| d.text).collect();
    for v in json_lines("ecbplus/ecbplus_casualty_sentences.jsonl") {
        texts.push(v["text"].as_str().unwrap_or("").to_string());
    }
    for v in muc_messages() {
        texts.push(v["text"].as_str().unwrap_or("").to_string());
    }
    let t = Tables::default();
    let lex = Lexicon::load();
    for text in texts {
        if !has(&text) {
            continue;
        }
        for (s, e) in sentences::split(&text, &lex) {
            if has(&text[s..e]) {
                let _ = &t;
                return Document {
                    name: "corpus".into(),
                    text: text[s..e].to_string(),
                    ..Document::default()
                };
            }
        }
    }
    panic!("no corpus sentence contains {words:?}");
}

fn extract_text(text: &str) -> Extraction {
    let t = Tables::default();
    let x = Extractor::new(&t);
    x.extract(&Document {
        name: "t".into(),
        text: text.into(),
        ..Document::default()
    })
}

fn summary(x: &Extraction) -> Vec<(String, Outcome, Option<i64>, Option<i64>)> {
    x.claims
        .iter()
        .map(|c| {
            (
                c.quantity.written.clone(),
                c.outcome,
                c.quantity.low,
                c.quantity.high,
            )
        })
        .collect()
}

#[test]
fn dump_seeds() {
    let t = Tables::default();
    let x = Extractor::new(&t);
    for d in seed_docs() {
        let ex = x.extract(&d);
        eprintln!("=== {}", d.name);
        for dec in &ex.decisions {
            eprintln!("  {:?} {}", dec.written, dec.reason);
        }
        for c in &ex.claims {
            eprintln!(
                "  CLAIM {} {} {:?} victims={:?} claimant={:?} via={:?} scope={} period={:?} place={:?} date={:?} adv={:?}",
                c.outcome, c.quantity.written, (c.quantity.low, c.quantity.high), c.victims, c.claimant, c.via, c.scope, c.period, c.place, c.event_date, c.adversary
            );
        }
    }
}

#[test]
fn seeds_score() {
    let t = Tables::default();
    let x = Extractor::new(&t);
    let mut all = Vec::new();
    for d in seed_docs() {
        for c in x.extract(&d).claims {
            all.push(ScoredClaim {
                document: d.name.clone(),
                claim: c,
            });
        }
    }
    let gold = read_gold(&corpus("seeds-claims.csv")).unwrap();
    let s = score(&all, &gold, &t);
    eprintln!("{s}");
    assert!(
        s.required_matched * 15 >= 14 * s.required,
        "recall {}/{}",
        s.required_matched,
        s.required
    );
    assert!(s.precision() >= 0.9, "precision {}", s.precision());
    assert!(
        s.claimant_accuracy() >= 0.8,
        "claimant accuracy {}",
        s.claimant_accuracy()
    );
    let _ = Qualifier::Exact;
    let _ = summary;
    let _ = extract_text;
    let _ = corpus_sentence;
    let _ = ecb_docs;
}

/// One numeric MUC-3/4 answer-key figure.
#[derive(Debug)]
struct MucFigure {
    msg: String,
    outcome: Outcome,
    low: i64,
    high: i64,
    victims: String,
}

/// The numeric death/injury figures of a MUC message's answer key.
///
/// Definition: in each template (`casualty_slots` entry) a `hum_tgt_number` value
/// `N: "DESC"` or `N - M: "DESC"` (optionally `?`-prefixed) is paired with the
/// `hum_tgt_effect` values `DEATH: "DESC"` / `INJURY: "DESC"` (optionally `?`-prefixed) that
/// name the same description string. Each pair is a figure (outcome killed for DEATH,
/// wounded for INJURY, interval N..M); identical (message, outcome, interval, description)
/// figures from several templates count once. Only messages flagged
/// `has_numeric_death_or_injury_key` are used.
fn muc_figures(v: &serde_json::Value) -> Vec<MucFigure> {
    let msg = v["msg_id"].as_str().unwrap_or("").to_string();
    let mut out: Vec<MucFigure> = Vec::new();
    let strs = |x: &serde_json::Value| -> Vec<String> {
        x.as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|s| s.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default()
    };
    for slot in v["casualty_slots"].as_array().into_iter().flatten() {
        let mut nums: Vec<(i64, i64, String)> = Vec::new();
        for n in strs(&slot["hum_tgt_number"]) {
            let n = n.trim().trim_start_matches('?').trim();
            let Some((num, desc)) = n.split_once(':') else {
                continue;
            };
            let parts: Vec<&str> = num.split('-').map(str::trim).collect();
            let parsed: Vec<i64> = parts.iter().filter_map(|p| p.parse().ok()).collect();
            if parsed.len() != parts.len() || parsed.is_empty() || parsed.len() > 2 {
                continue;
            }
            nums.push((parsed[0], *parsed.last().unwrap(), desc.trim().to_string()));
        }
        for e in strs(&slot["hum_tgt_effect"]) {
            let e = e.trim().trim_start_matches('?').trim();
            let Some((eff, desc)) = e.split_once(':') else {
                continue;
            };
            let outcome = match eff.trim() {
                "DEATH" => Outcome::Killed,
                "INJURY" => Outcome::Wounded,
                _ => continue,
            };
            for (lo, hi, d) in &nums {
                if d == desc.trim()
                    && !out.iter().any(|f| {
                        f.outcome == outcome && f.low == *lo && f.high == *hi && &f.victims == d
                    })
                {
                    out.push(MucFigure {
                        msg: msg.clone(),
                        outcome,
                        low: *lo,
                        high: *hi,
                        victims: d.clone(),
                    });
                }
            }
        }
    }
    out
}

/// A claim contains a figure: same outcome, and its interval (with at least one bound)
/// overlaps the key's (for an exact key: the number lies inside [low, high]).
fn contains(c: &Claim, f: &MucFigure) -> bool {
    c.outcome == f.outcome
        && (c.quantity.low.is_some() || c.quantity.high.is_some())
        && c.quantity.low.is_none_or(|l| l <= f.high)
        && c.quantity.high.is_none_or(|h| h >= f.low)
}

/// MUC-3/4 recall: over the messages with a numeric death/injury key, the share of their
/// figures (see [`muc_figures`]) that some claim extracted from that message contains (see
/// [`contains`]). Printed with `--nocapture`, also split into figures of 2 or more and
/// figures of 1 (mostly named individuals, "1: \"HECTOR OQUELI\"", which the text states
/// with no number at all).
#[test]
fn muc_recall() {
    let t = Tables::default();
    let x = Extractor::new(&t);
    let (mut n, mut hit, mut n2, mut hit2) = (0usize, 0usize, 0usize, 0usize);
    let mut missed = Vec::new();
    for v in muc_messages() {
        if !v["has_numeric_death_or_injury_key"]
            .as_bool()
            .unwrap_or(false)
        {
            continue;
        }
        let figs = muc_figures(&v);
        if figs.is_empty() {
            continue;
        }
        let doc = Document {
            name: v["msg_id"].as_str().unwrap_or("").to_string(),
            text: v["text"].as_str().unwrap_or("").to_string(),
            ..Document::default()
        };
        let ex = x.extract(&doc);
        let claims = ex.claims;
        for f in &figs {
            let ok = claims.iter().any(|c| contains(c, f));
            if !ok && f.high >= 2 && std::env::var("MUC_DEBUG").is_ok() {
                for d in ex.decisions.iter() {
                    let q = crate::quantity::parse(&d.written, &t.vague).ok();
                    if q.is_some_and(|q| {
                        q.low.is_some_and(|l| l <= f.high) && q.high.is_some_and(|h| h >= f.low)
                    }) {
                        let s = doc.text[..d.start].rfind(['.', '\n']).map_or(0, |i| i + 1);
                        let e = (d.end + 120).min(doc.text.len());
                        let e = (e..=doc.text.len())
                            .find(|&i| doc.text.is_char_boundary(i))
                            .unwrap_or(doc.text.len());
                        eprintln!(
                            "DBG {} {} {} | {} | {}",
                            f.msg,
                            f.outcome,
                            f.low,
                            d.reason,
                            doc.text[s..e].replace('\n', " ")
                        );
                    }
                }
            }
            n += 1;
            hit += ok as usize;
            if f.high >= 2 {
                n2 += 1;
                hit2 += ok as usize;
            }
            if !ok {
                missed.push(format!(
                    "{} {} {}-{} {}",
                    f.msg, f.outcome, f.low, f.high, f.victims
                ));
            }
        }
    }
    let all = hit as f64 / n.max(1) as f64;
    eprintln!(
        "MUC-3/4 numeric death/injury figures contained by an extracted claim: {hit}/{n} = {all:.3} \
         (figures >= 2: {hit2}/{n2} = {:.3}; figures of 1: {}/{} = {:.3})",
        hit2 as f64 / n2.max(1) as f64,
        hit - hit2,
        n - n2,
        (hit - hit2) as f64 / (n - n2).max(1) as f64
    );
    if std::env::var("MUC_MISSES").is_ok() {
        for f in &missed {
            eprintln!("  missed {f}");
        }
    }
    assert!(all >= 0.70, "MUC recall {all:.3}");
}

/// Prints every claim extracted from the ECB+ documents, for review by eye
/// (`cargo test --lib extract::tests::ecb_claims_for_review -- --ignored --nocapture`).
#[test]
#[ignore]
fn ecb_claims_for_review() {
    let t = Tables::default();
    let x = Extractor::new(&t);
    let mut n = 0;
    for d in ecb_docs() {
        for c in x.extract(&d).claims {
            n += 1;
            eprintln!(
                "{}\t{}\t{}\t{}\t{}",
                d.name,
                c.outcome,
                c.quantity.written,
                c.victims,
                c.sentence.as_deref().unwrap_or("")
            );
        }
    }
    eprintln!("{n} claims");
}

#[test]
fn web_addresses_are_not_text() {
    let x = extract_text("See http://example.com/2010/05/3-dead-in-blast.html for more.\nhttp: / / www. x. com / news / three - killed - in - blast / BREAKING - 3 killed in blast");
    assert!(x.claims.is_empty(), "{:?}", summary(&x));
    assert!(x.decisions.iter().any(|d| d.reason.contains("web address")));
}

/// Throughput on one core over the ECB+ documents and the MUC messages; run with
/// `cargo test --release --lib extract::tests::throughput -- --ignored --nocapture`.
#[test]
#[ignore]
fn throughput() {
    let t = Tables::default();
    let x = Extractor::new(&t);
    let mut docs = ecb_docs();
    for v in muc_messages() {
        docs.push(Document {
            name: v["msg_id"].as_str().unwrap_or("").to_string(),
            text: v["text"].as_str().unwrap_or("").to_string(),
            ..Document::default()
        });
    }
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    for (label, slice) in [("ECB+", &docs[..982.min(docs.len())]), ("all", &docs[..])] {
        let b: usize = slice.iter().map(|d| d.text.len()).sum();
        let start = std::time::Instant::now();
        let mut claims = 0;
        let rounds = 3;
        for _ in 0..rounds {
            for d in slice {
                claims += x.extract(d).claims.len();
            }
        }
        let secs = start.elapsed().as_secs_f64();
        eprintln!(
            "{label}: {:.1} MB in {:.2}s = {:.1} MB/s on one core ({} claims a round)",
            (b * rounds) as f64 / 1e6,
            secs,
            (b * rounds) as f64 / 1e6 / secs,
            claims / rounds
        );
    }
    let _ = bytes;
}
