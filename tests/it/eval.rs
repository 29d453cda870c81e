use crate::common::{corpus, Env};

/// Issue 3's measure, as CI prints it: the seed reports ingested as articles with their
/// manifest, scored against the hand-coded sheet.
#[test]
fn seed_reports_meet_the_extraction_targets() {
    let env = Env::new();
    env.ok([
        "ingest".as_ref(),
        "--manifest".as_ref(),
        corpus("seeds-manifest.csv").as_os_str(),
    ]);
    let out = env.ok([
        "eval".as_ref(),
        corpus("seeds-claims.csv").as_os_str(),
        "--min-precision".as_ref(),
        "0.9".as_ref(),
        "--min-recall".as_ref(),
        "0.93".as_ref(),
        "--min-claimant".as_ref(),
        "0.8".as_ref(),
    ]);
    eprintln!("tollcheck eval on the seed reports:\n{out}");
    let json = env.ok([
        "eval".as_ref(),
        corpus("seeds-claims.csv").as_os_str(),
        "--json".as_ref(),
    ]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert!(v["precision"].as_f64().unwrap() >= 0.9, "{v}");
    assert!(v["required_matched"].as_i64().unwrap() >= 14, "{v}");
    assert!(v["claimant_accuracy"].as_f64().unwrap() >= 0.8, "{v}");
    // every extracted claim is traceable to its sentence inside its document's text
    let bad = env.count(
        "select count(*) from claim c join document d using (document_id)
         where c.method = 'extracted' and (c.sentence is null
           or substr(d.text, c.span_start + 1, c.span_end - c.span_start) <> c.sentence)",
    );
    assert_eq!(bad, 0);
}

#[test]
fn eval_fails_below_a_threshold() {
    let env = Env::new();
    env.ok([
        "ingest".as_ref(),
        "--manifest".as_ref(),
        corpus("seeds-manifest.csv").as_os_str(),
    ]);
    let o = env.run([
        "eval".as_ref(),
        corpus("seeds-claims.csv").as_os_str(),
        "--min-precision".as_ref(),
        "1.0".as_ref(),
    ]);
    assert_eq!(o.status.code(), Some(1));
}
