//! A claim with its provenance as one flat record: the lines `tollcheck extract` writes,
//! the dicts the Python package returns, and what `tollcheck ingest` reads back.
//!
//! The record is derived from [`Claim`]'s serde form, never from a hand-kept list of
//! fields: a field added to `Claim` appears in the record (and is read back) by itself.
//! Only the shape changes: the quantity's fields are spread out (`quantity` is the
//! words as written, then `qualifier`, `low`, `high`, `increment`), the byte span becomes
//! `span_start`/`span_end` in characters as `export claims` gives them, and the
//! document's name and metadata are added. The SPEC's claim columns come first, in
//! `export claims` order; the others follow by name.

use crate::model::{char_offset, Claim, Document, Method};
use crate::normalize::normalise_group;
use crate::tables::Tables;
use serde::ser::SerializeMap;
use serde_json::{Map, Value};

/// The SPEC's claim columns that a record of one extracted claim has (`export claims`'s
/// columns, less the database's ids), in order.
pub const CLAIM_COLUMNS: [&str; 21] = [
    "document",
    "outlet",
    "published",
    "claimant",
    "via",
    "victims",
    "victim_group",
    "outcome",
    "quantity",
    "qualifier",
    "low",
    "high",
    "scope",
    "as_of",
    "event",
    "place",
    "event_date",
    "sentence",
    "span_start",
    "span_end",
    "method",
];

/// Keys that belong to the document (or follow from the claim) rather than to the claim.
const DOCUMENT_KEYS: [&str; 10] = [
    "document",
    "title",
    "url",
    "language",
    "outlet",
    "published",
    "victim_group",
    "as_of",
    "method",
    "signature",
];

/// One claim and its provenance, its keys in order.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimRecord(pub Vec<(String, Value)>);

impl serde::Serialize for ClaimRecord {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            m.serialize_entry(k, v)?;
        }
        m.end()
    }
}

impl ClaimRecord {
    /// A key's value.
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }
}

/// The record of `claim`, read from `doc` by `method`.
pub fn claim_record(doc: &Document, claim: &Claim, method: Method, tables: &Tables) -> ClaimRecord {
    let mut fields = match serde_json::to_value(claim) {
        Ok(Value::Object(m)) => m,
        _ => Map::new(),
    };
    if let Some(Value::Object(q)) = fields.remove("quantity") {
        for (k, v) in q {
            let key = if k == "written" {
                "quantity".to_string()
            } else {
                k
            };
            fields.insert(key, v);
        }
    }
    fields.remove("span");
    let (start, end) = match claim.span {
        Some((s, e)) => (
            Value::from(char_offset(&doc.text, s)),
            Value::from(char_offset(&doc.text, e)),
        ),
        None => (Value::Null, Value::Null),
    };
    fields.insert("span_start".into(), start);
    fields.insert("span_end".into(), end);
    let text = |s: Option<&str>| s.map_or(Value::Null, |s| Value::String(s.to_string()));
    let published = claim.published.as_deref().or(doc.published.as_deref());
    fields.insert("document".into(), Value::String(doc.name.clone()));
    fields.insert(
        "outlet".into(),
        text(claim.outlet.as_deref().or(doc.outlet.as_deref())),
    );
    fields.insert("published".into(), text(published));
    fields.insert(
        "victim_group".into(),
        Value::String(normalise_group(tables, &claim.victims)),
    );
    fields.insert(
        "as_of".into(),
        text(claim.event_date.as_deref().or(published)),
    );
    fields.insert("method".into(), Value::String(method.as_str().into()));
    fields.insert("title".into(), text(doc.title.as_deref()));
    fields.insert("url".into(), text(doc.url.as_deref()));
    let mut out = Vec::with_capacity(fields.len());
    for c in CLAIM_COLUMNS {
        out.push((c.to_string(), fields.remove(c).unwrap_or(Value::Null)));
    }
    out.extend(fields); // the rest, by name
    ClaimRecord(out)
}

/// The record of a document with no claim: its name, metadata and signature, every claim
/// column empty (null).
pub fn empty_document_record(doc: &Document) -> ClaimRecord {
    let text = |s: &Option<String>| s.clone().map_or(Value::Null, Value::String);
    let mut out: Vec<(String, Value)> = CLAIM_COLUMNS
        .iter()
        .map(|c| (c.to_string(), Value::Null))
        .collect();
    out[0].1 = Value::String(doc.name.clone());
    out[1].1 = text(&doc.outlet);
    out[2].1 = text(&doc.published);
    out.push(("title".into(), text(&doc.title)));
    out.push(("url".into(), text(&doc.url)));
    ClaimRecord(out)
}

/// Every claim of `doc` as records; the first carries the document's `signature` (its
/// salient names, which linking compares). With `empty_documents`, a document with no
/// claim gives one [`empty_document_record`].
pub fn document_records(
    doc: &Document,
    claims: &[Claim],
    signature: &[(String, u32)],
    method: Method,
    tables: &Tables,
    empty_documents: bool,
) -> Vec<ClaimRecord> {
    let mut out: Vec<ClaimRecord> = claims
        .iter()
        .map(|c| claim_record(doc, c, method, tables))
        .collect();
    if out.is_empty() && empty_documents {
        out.push(empty_document_record(doc));
    }
    if let Some(first) = out.first_mut() {
        let sig = signature
            .iter()
            .map(|(t, n)| Value::Array(vec![Value::String(t.clone()), Value::from(*n)]))
            .collect();
        first.0.push(("signature".into(), Value::Array(sig)));
    }
    out
}

/// A record read back: the claim (`None` for a document with no claim), its document
/// (with no text), how it was obtained, and the document's signature when the record
/// carries it. The claim's span is in characters, as written in the record.
#[derive(Debug, Clone, PartialEq)]
pub struct ReadRecord {
    pub document: Document,
    pub claim: Option<Claim>,
    pub method: Method,
    pub signature: Option<Vec<(String, u32)>>,
}

/// True when a record's keys make it an extracted claim (not a claim sheet, not an
/// edited `export claims` file, which has `claim_id`).
pub fn is_claim_record(keys: &[&str]) -> bool {
    let has = |n: &str| keys.contains(&n);
    ["document", "quantity", "outcome", "span_start", "method"]
        .iter()
        .all(|k| has(k))
        && !has("claim_id")
}

/// Reads a record back (the inverse of [`claim_record`]); `Err` says what was expected.
pub fn read_record(mut fields: Map<String, Value>) -> Result<ReadRecord, String> {
    let mut take_text = |k: &str| -> Result<Option<String>, String> {
        match fields.remove(k) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Ok(Some(s)),
            Some(v) => Err(format!("expected text in {k}, found {v}")),
        }
    };
    let name = take_text("document")?
        .filter(|d| !d.trim().is_empty())
        .ok_or("expected a document name in document, found none")?;
    let document = Document {
        name,
        title: take_text("title")?,
        text: String::new(),
        outlet: take_text("outlet")?,
        published: take_text("published")?,
        url: take_text("url")?,
        language: take_text("language")?,
    };
    let method: Method = match fields.remove("method") {
        None | Some(Value::Null) => Method::Extracted,
        Some(v) => serde_json::from_value(v.clone())
            .map_err(|_| format!("expected a method (extracted, sheet or import), found {v}"))?,
    };
    let signature = match fields.remove("signature") {
        None | Some(Value::Null) => None,
        Some(v) => Some(
            serde_json::from_value(v)
                .map_err(|e| format!("expected signature as [term, count] pairs: {e}"))?,
        ),
    };
    for k in DOCUMENT_KEYS {
        fields.remove(k);
    }
    let empty = |k: &str| fields.get(k).is_none_or(Value::is_null);
    if empty("quantity") && empty("outcome") {
        return Ok(ReadRecord {
            document,
            claim: None,
            method,
            signature,
        });
    }
    let mut q = Map::new();
    for (from, to) in [
        ("quantity", "written"),
        ("qualifier", "qualifier"),
        ("low", "low"),
        ("high", "high"),
        ("increment", "increment"),
    ] {
        if let Some(v) = fields.remove(from) {
            q.insert(to.into(), v);
        }
    }
    q.entry("increment").or_insert(Value::Bool(false));
    fields.insert("quantity".into(), Value::Object(q));
    let span = match (fields.remove("span_start"), fields.remove("span_end")) {
        (Some(s @ Value::Number(_)), Some(e @ Value::Number(_))) => Value::Array(vec![s, e]),
        _ => Value::Null,
    };
    fields.insert("span".into(), span);
    let claim: Claim = serde_json::from_value(Value::Object(fields))
        .map_err(|e| format!("expected a claim record: {e}"))?;
    Ok(ReadRecord {
        document,
        claim: Some(claim),
        method,
        signature,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Extractor;

    fn corpus(rel: &str) -> String {
        std::fs::read_to_string(format!(
            "{}/../shared/corpus/{rel}",
            env!("CARGO_MANIFEST_DIR")
        ))
        .expect("the corpus beside the checkout")
    }

    /// Every claim of the seed reports goes out as a record with the SPEC's columns first
    /// and comes back as the same claim (span in characters).
    #[test]
    fn seed_claims_round_trip() {
        let tables = Tables::load(None).unwrap();
        let ex = Extractor::new(&tables);
        let mut n = 0;
        for name in ["000_1d455cb254d66fd1.txt", "003_c2773ce956bb0ff3.txt"] {
            let doc = crate::input::article::read_article(
                name,
                name,
                corpus(&format!("seeds/{name}")).as_bytes(),
            )
            .unwrap();
            let extraction = ex.extract(&doc);
            let records = document_records(
                &doc,
                &extraction.claims,
                &extraction.signature,
                Method::Extracted,
                &tables,
                false,
            );
            for (i, (r, c)) in records.iter().zip(&extraction.claims).enumerate() {
                let keys: Vec<&str> = r.0.iter().map(|(k, _)| k.as_str()).collect();
                assert_eq!(keys[..CLAIM_COLUMNS.len()], CLAIM_COLUMNS);
                assert!(is_claim_record(&keys));
                let json = serde_json::to_string(r).unwrap();
                let Value::Object(m) = serde_json::from_str(&json).unwrap() else {
                    panic!("not an object: {json}");
                };
                let back = read_record(m).unwrap();
                let mut expected = c.clone();
                expected.span = c
                    .span
                    .map(|(s, e)| (char_offset(&doc.text, s), char_offset(&doc.text, e)));
                assert_eq!(back.claim, Some(expected));
                assert_eq!(back.document.name, doc.name);
                assert_eq!(back.method, Method::Extracted);
                assert_eq!(back.signature.is_some(), i == 0);
                n += 1;
            }
        }
        assert!(n >= 2, "the seeds hold claims, found {n}");
    }

    /// A document with no claim, written with `empty_documents`, reads back as a document
    /// with its signature and no claim.
    #[test]
    fn an_empty_document_round_trips() {
        let tables = Tables::load(None).unwrap();
        let doc = Document {
            name: "d1".into(),
            text: "Nothing happened in Springfield today. Springfield was calm.".into(),
            outlet: Some("Gazette".into()),
            ..Document::default()
        };
        let sig = crate::extract::signature::signature(&doc.text);
        assert!(document_records(&doc, &[], &sig, Method::Extracted, &tables, false).is_empty());
        let records = document_records(&doc, &[], &sig, Method::Extracted, &tables, true);
        assert_eq!(records.len(), 1);
        let Value::Object(m) = serde_json::to_value(&records[0]).unwrap() else {
            panic!("not an object");
        };
        let back = read_record(m).unwrap();
        assert_eq!(back.claim, None);
        assert_eq!(back.document.outlet.as_deref(), Some("Gazette"));
        assert_eq!(back.signature, Some(sig));
    }

    #[test]
    fn a_record_without_a_document_is_refused() {
        let m: Map<String, Value> =
            serde_json::from_str(r#"{"quantity":"3","outcome":"killed","victims":"people"}"#)
                .unwrap();
        assert!(read_record(m).unwrap_err().contains("document"));
    }
}
