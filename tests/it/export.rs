use crate::common::{corpus, Env};

const CLAIM_COLUMNS: &str = "claim_id,document,outlet,published,claimant,via,victims,victim_group,outcome,quantity,qualifier,low,high,scope,as_of,event_id,event,place,event_date,sentence,span_start,span_end,method";

#[test]
fn claims_start_with_the_spec_columns_in_order() {
    let env = Env::new();
    env.ok(["ingest".as_ref(), corpus("seeds-claims.csv").as_os_str()]);
    let out = env.ok(["export", "claims"]);
    let header = out.lines().next().unwrap();
    assert!(header.starts_with(CLAIM_COLUMNS), "{header}");
    assert_eq!(out.lines().count(), 21);
    // a round trip through a CSV reader keeps every row whole
    let mut rdr = csv::Reader::from_reader(out.as_bytes());
    let rows: Vec<csv::StringRecord> = rdr.records().collect::<Result<_, _>>().unwrap();
    let khan: Vec<_> = rows
        .iter()
        .filter(|r| &r[16] == "Khan Touman offensive")
        .collect();
    assert_eq!(khan.len(), 3);
    assert!(khan.iter().all(|r| &r[22] == "sheet"));
}

#[test]
fn every_table_in_every_format() {
    let env = Env::new();
    env.ok(["ingest".as_ref(), corpus("seeds-claims.csv").as_os_str()]);
    for what in ["claims", "events", "findings", "documents", "sources"] {
        for fmt in ["csv", "tsv", "json", "jsonl"] {
            let out = env.ok(["export", what, "--format", fmt]);
            match fmt {
                "json" => {
                    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
                    assert!(v.is_array(), "{what} {fmt}");
                }
                "jsonl" => {
                    for l in out.lines() {
                        let v: serde_json::Value = serde_json::from_str(l).unwrap();
                        assert!(v.is_object());
                    }
                }
                _ => assert!(!out.is_empty()),
            }
        }
    }
    let findings = env.ok(["export", "findings"]);
    assert!(findings.starts_with("finding_id,kind,severity,event_id,outcome,claim_ids,reason"));
}

#[test]
fn formula_cells_are_neutralised_unless_raw() {
    let env = Env::new();
    let p = env.write(
        "evil.csv",
        "document,claimant,outcome,quantity\n=HYPERLINK(\"http://x\"),@SUM(A1),killed,3\n",
    );
    env.ok(["ingest".as_ref(), p.as_os_str()]);
    let safe = env.ok(["export", "claims"]);
    assert!(safe.contains("'=HYPERLINK"), "{safe}");
    assert!(safe.contains("'@SUM(A1)"), "{safe}");
    let raw = env.ok(["export", "claims", "--raw"]);
    assert!(raw.contains(",\"=HYPERLINK(\"\"http://x\"\")\","), "{raw}");
    let excel = env.ok(["export", "claims", "--excel", "-o", "x.csv"]);
    assert!(excel.is_empty());
    let bytes = std::fs::read(env.path("x.csv")).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBFclaim_id,"));
}
