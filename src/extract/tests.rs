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
