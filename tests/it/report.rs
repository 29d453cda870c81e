use crate::common::{corpus, project, Env};

#[test]
fn seed_sheet_report_groups_khan_touman_and_the_war_toll_series() {
    let env = Env::new();
    env.ok(["ingest".as_ref(), corpus("seeds-claims.csv").as_os_str()]);
    let out = env.ok(["report"]);
    let khan = out
        .split("■")
        .find(|s| s.contains("Khan Touman offensive"))
        .expect("Khan Touman event");
    assert!(
        khan.contains("001_096073c12d8d0f60") && khan.contains("004_ecdcd40ff4d6deff"),
        "{khan}"
    );
    assert!(!khan.contains("numeric_conflict"), "{khan}");
    let toll = out
        .split("■")
        .find(|s| s.contains("Syrian civil war death toll"))
        .expect("toll");
    assert!(
        toll.contains(
            "series: killed: 2015-11-12 ≥250000 → 2016-04-12 ≥270001 → 2016-05-07 ≤400000"
        ),
        "{toll}"
    );
    assert!(!out.contains("toll_decrease"), "{out}");
}

#[test]
fn sample_data_shows_each_finding_kind_with_its_reason() {
    let env = Env::new();
    env.ok(["ingest".as_ref(), project("data/sample").as_os_str()]);
    let json = env.ok(["report", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let findings: Vec<&serde_json::Value> = v["events"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|e| e["findings"].as_array().unwrap())
        .collect();
    for kind in ["numeric_conflict", "toll_decrease", "subgroup_exceeds"] {
        let f = findings
            .iter()
            .find(|f| f["kind"] == kind)
            .unwrap_or_else(|| panic!("no {kind}"));
        assert!(f["reason"].as_str().unwrap().len() > 20);
        assert!(f["claim_ids"].as_array().unwrap().len() >= 2);
    }
    let md = env.ok(["report", "--format", "markdown"]);
    assert!(md.starts_with("# tollcheck report"));
    let csv = env.ok(["report", "--format", "csv"]);
    assert!(csv.lines().any(|l| l.contains("numeric_conflict")));
}

#[test]
fn filters_and_fail_on() {
    let env = Env::new();
    env.ok(["ingest".as_ref(), project("data/sample").as_os_str()]);
    let o = env.run(["report", "--fail-on", "conflict"]);
    assert_eq!(o.status.code(), Some(1));
    let o = env.run([
        "report",
        "--fail-on",
        "numeric_conflict",
        "--event",
        "Khan Touman",
    ]);
    assert_eq!(o.status.code(), Some(0));
    let only = env.ok(["report", "--kind", "toll_decrease"]);
    assert!(
        only.contains("toll_decrease") && !only.contains("numeric_conflict"),
        "{only}"
    );
    let since = env.ok(["report", "--since", "2024-01-01"]);
    assert!(!since.contains("Khan Touman"), "{since}");
}
