use crate::common::{corpus, project, stderr, Env};

const HEADER: &str =
    "document,outlet,published,claimant,via,victims,outcome,quantity,event,place,event_date\n";
const GOOD_ROW: &str =
    "a.txt,Wire,2024-01-02,police,,civilians,killed,at least 3,Blast,Town,2024-01-01\n";

#[test]
fn seed_sheet_stores_twenty_claims_and_reingest_changes_nothing() {
    let env = Env::new();
    let sheet = corpus("seeds-claims.csv");
    env.ok(["ingest".as_ref(), sheet.as_os_str()]);
    assert_eq!(env.count("select count(*) from claims"), 20);
    let before = env.digest();
    let o = env.run(["ingest".as_ref(), sheet.as_os_str()]);
    assert!(o.status.success());
    assert!(stderr(&o).contains("1 unchanged"), "{}", stderr(&o));
    assert_eq!(env.count("select count(*) from claims"), 20);
    // events and findings are rebuilt, but to the same content
    assert_eq!(env.digest(), before);
}

#[test]
fn sheet_quantities_are_parsed_into_intervals() {
    let env = Env::new();
    env.ok(["ingest".as_ref(), corpus("seeds-claims.csv").as_os_str()]);
    let rows = env.ok([
        "sql",
        "select quantity, qualifier, coalesce(low,''), coalesce(high,''), scope from claims order by claim_id",
        "--format",
        "csv",
    ]);
    for expected in [
        "as many as 13,at_most,,13,incident",
        "\"more than 270,000\",more_than,270001,,cumulative",
        "around 400,about,360,440,cumulative",
        "7.6 million,exact,7600000,7600000,cumulative",
        "over four million,more_than,4000001,,cumulative",
        "four more,exact,4,4,incident",
        "several,vague,3,9,incident",
        "millions,vague,2000000,9999999,cumulative",
    ] {
        assert!(rows.contains(expected), "missing {expected:?} in\n{rows}");
    }
}

#[test]
fn changed_sheet_replaces_its_claims() {
    let env = Env::new();
    let p = env.write("s.csv", format!("{HEADER}{GOOD_ROW}"));
    env.ok(["ingest".as_ref(), p.as_os_str()]);
    env.write(
        "s.csv",
        format!(
            "{HEADER}{GOOD_ROW}{}",
            GOOD_ROW.replace("at least 3", "five")
        ),
    );
    env.ok(["ingest".as_ref(), p.as_os_str()]);
    assert_eq!(env.count("select count(*) from claims"), 2);
    assert_eq!(env.count("select count(*) from documents"), 1);
}

#[test]
fn tsv_and_jsonl_sheets() {
    let env = Env::new();
    let tsv = env.write(
        "s.tsv",
        "document\toutcome\tquantity\tvictims\nx.txt\twounded\ttwenty-one\tsoldiers\n",
    );
    let jsonl = env.write(
        "s.jsonl",
        "{\"document\":\"y.txt\",\"outcome\":\"killed\",\"quantity\":\"between 7 and 9\",\"low\":7,\"high\":9,\"extra\":\"kept\"}\n",
    );
    env.ok(["ingest".as_ref(), tsv.as_os_str(), jsonl.as_os_str()]);
    let out = env.ok([
        "sql",
        "select document, outcome, low, high, notes from claims order by document",
        "-f",
        "csv",
    ]);
    assert!(out.contains("x.txt,wounded,21,21,"), "{out}");
    assert!(
        out.contains("y.txt,killed,7,9,\"{\"\"extra\"\":\"\"kept\"\"}\""),
        "{out}"
    );
}

/// Each bad input rejects its file with `file:line: expected`, exit 2, and the database
/// exactly as it was.
#[test]
fn bad_sheets_are_rejected_whole_and_store_nothing() {
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "ragged.csv",
            format!("{HEADER}{GOOD_ROW}a.txt,Wire,2024-01-02,police\n").into_bytes(),
            "ragged.csv:3: expected 11 fields like the header, found 4",
        ),
        (
            "outcome.csv",
            format!(
                "{HEADER}{GOOD_ROW}{}",
                GOOD_ROW.replace("killed", "exploded")
            )
            .into_bytes(),
            "outcome.csv:3: outcome: expected an outcome (one of killed, wounded",
        ),
        (
            "quantity.csv",
            format!(
                "{HEADER}{GOOD_ROW}{}",
                GOOD_ROW.replace("at least 3", "lots")
            )
            .into_bytes(),
            "quantity.csv:3: quantity: expected a quantity",
        ),
        (
            "date.csv",
            format!(
                "{HEADER}{GOOD_ROW}{}",
                GOOD_ROW.replace("2024-01-01", "2016-02-30")
            )
            .into_bytes(),
            "date.csv:3: event_date: expected a date as YYYY-MM-DD",
        ),
        (
            "nocolumn.csv",
            b"document,outcome,victims\na.txt,killed,people\n".to_vec(),
            "nocolumn.csv:1: expected a column named \"quantity\"",
        ),
        (
            "utf8.csv",
            [
                HEADER.as_bytes(),
                GOOD_ROW.as_bytes(),
                b"b.txt,W\xff\xfe,,,,,killed,2,,,\n",
            ]
            .concat(),
            "utf8.csv:3: expected UTF-8 text",
        ),
        ("empty.csv", Vec::new(), "empty.csv:1: the file is empty"),
        (
            "unclosed.csv",
            format!("{HEADER}{GOOD_ROW}b.txt,\"Wire,2024-01-02,police,,civilians,killed,3,Blast,Town,2024-01-01\n{GOOD_ROW}").into_bytes(),
            "unclosed.csv:3: expected a closing '\"' for the quoted field opened on this line",
        ),
        (
            "disagree.csv",
            b"outcome,quantity,qualifier,low,high\nkilled,as many as 13,at_most,13,13\n".to_vec(),
            "disagree.csv:2: low 13 does not agree with the quantity \"as many as 13\"",
        ),
        (
            "negative.csv",
            b"outcome,quantity\nkilled,-5\n".to_vec(),
            "negative.csv:2: quantity: expected a quantity",
        ),
        (
            "huge.csv",
            b"outcome,quantity\nkilled,1000000000000000000000000000000\n".to_vec(),
            "huge.csv:2: quantity: the number in",
        ),
    ];
    let env = Env::new();
    env.ok(["ingest".as_ref(), corpus("seeds-claims.csv").as_os_str()]);
    let before = env.digest();
    for (name, bytes, expected) in cases {
        let p = env.write(name, &bytes);
        let o = env.cmd().arg("ingest").arg(name).output().unwrap();
        assert_eq!(o.status.code(), Some(2), "{name}: {}", stderr(&o));
        assert!(
            stderr(&o).contains(expected),
            "{name}: expected {expected:?} in\n{}",
            stderr(&o)
        );
        assert!(!stderr(&o).contains("panicked"), "{name}");
        assert_eq!(env.digest(), before, "{name} changed the database");
        std::fs::remove_file(p).unwrap();
    }
}

#[test]
fn a_bad_file_does_not_stop_the_good_ones() {
    let env = Env::new();
    env.write("in/good.csv", format!("{HEADER}{GOOD_ROW}"));
    env.write("in/bad.csv", format!("{HEADER}a.txt,Wire\n"));
    let o = env.run(["ingest", "in"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("bad.csv:2:"), "{}", stderr(&o));
    assert!(stderr(&o).contains("1 rejected"), "{}", stderr(&o));
    assert_eq!(env.count("select count(*) from claims"), 1);
}

#[test]
fn dry_run_stores_nothing() {
    let env = Env::new();
    env.ok([
        "ingest".as_ref(),
        "--dry-run".as_ref(),
        corpus("seeds-claims.csv").as_os_str(),
    ]);
    assert_eq!(env.count("select count(*) from claims"), 0);
}

#[test]
fn project_sample_data_ingests() {
    let env = Env::new();
    env.ok(["ingest".as_ref(), project("data/sample").as_os_str()]);
    assert!(env.count("select count(*) from claims") >= 20);
    // every sample row that invents facts says so
    let fictional = env.count(
        "select count(*) from claims where document like 'fictional%' and event like 'FICTIONAL%'",
    );
    assert_eq!(
        fictional,
        env.count("select count(*) from claims where document like 'fictional%'")
    );
}

#[test]
fn explain_says_why_each_candidate_number_was_kept_or_dropped() {
    let env = Env::new();
    let out = env.ok([
        "ingest".as_ref(),
        "--explain".as_ref(),
        "--manifest".as_ref(),
        corpus("seeds-manifest.csv").as_os_str(),
    ]);
    // the traps of the seed reports are dropped, with their reason
    for (number, reason) in [
        ("\"several thousand\"", "force size"),
        ("\"65\"", "unit number '65th'"),
        ("\"some 15\"", "distance"),
        ("\"72\"", "duration"),
    ] {
        let line = crate::common::explained(&out, number, "dropped");
        assert!(line.contains(reason), "{line}");
    }
    assert!(out.lines().any(
        |l| l.starts_with("001_096073c12d8d0f60.txt:") && l.contains("kept \"as many as 13\"")
    ));
    // every kept figure names the grammar rule that kept it
    let kept: Vec<&str> = out.lines().filter(|l| l.contains(": kept \"")).collect();
    assert!(!kept.is_empty());
    for l in kept {
        let name = l
            .split("[rule ")
            .nth(1)
            .and_then(|r| r.split(']').next())
            .unwrap_or_else(|| panic!("no rule named in {l}"));
        assert!(tollcheck::extract::grammar::rule(name).is_some(), "{l}");
    }
    // and none of them became a claim
    assert_eq!(env.count("select count(*) from claims where quantity in ('several thousand', '65', 'some 15', '72')"), 0);
}

/// A collection of new articles goes in as a bulk load (full-text index built in one
/// statement at the end); a collection with a document stored before goes in row by row.
/// Both must leave the same full-text index: the same claims found for the same words,
/// and SQLite's own integrity check of the index passing.
#[test]
fn bulk_and_row_by_row_article_ingest_index_the_same_claims() {
    let lines =
        crate::common::ecb_collection(|v| [8, 37, 41].contains(&v["topic"].as_i64().unwrap_or(0)));
    let all = lines.join("\n") + "\n";
    let found = |env: &Env| {
        env.ok([
            "sql",
            "select d.name, c.seq from claim_fts f join claim c on c.claim_id = f.rowid
             join document d using (document_id)
             where claim_fts match 'killed OR dead OR wounded OR injured' order by 1, 2",
            "--format",
            "csv",
        ])
    };
    let integrity = |env: &Env| {
        env.ok([
            "sql",
            "--write",
            "insert into claim_fts(claim_fts) values ('integrity-check')",
        ]);
    };
    // bulk: every document new
    let bulk = Env::new();
    bulk.write("c.jsonl", &all);
    bulk.ok(["ingest", "c.jsonl"]);
    // row by row: the first document stored before, so the file is not all new
    let rows = Env::new();
    rows.write("c.jsonl", format!("{}\n", lines[0]));
    rows.ok(["ingest", "c.jsonl"]);
    rows.write("c.jsonl", &all);
    rows.ok(["ingest", "c.jsonl"]);
    let (a, b) = (found(&bulk), found(&rows));
    assert!(a.lines().count() > 20, "{a}");
    assert_eq!(a, b);
    assert_eq!(
        bulk.count("select count(*) from claim"),
        rows.count("select count(*) from claim")
    );
    integrity(&bulk);
    integrity(&rows);
    // the triggers are back on after the load: a document replaced later leaves no
    // stale rows in the index
    bulk.write(
        "c.jsonl",
        format!("{}\n", lines[0].replace("killed", "slain")),
    );
    bulk.ok(["ingest", "c.jsonl"]);
    integrity(&bulk);
}

/// The same input gives the same database: the sources of `data/sources.csv` are numbered
/// in one order on every run (they came in hash order, different in each process).
#[test]
fn two_runs_number_the_sources_alike() {
    let ids = || {
        let env = Env::new();
        env.ok(["ingest".as_ref(), project("data/sample").as_os_str()]);
        env.ok([
            "sql",
            "select source_id, name, kind, side from source order by source_id",
            "--format",
            "csv",
        ])
    };
    let first = ids();
    assert!(first.lines().count() > 5, "{first}");
    assert_eq!(first, ids());
}

/// Articles with no published date are named in a warning that says how to give one; an
/// article that prints its date near its top ("Published 12.11.2015 14:12", seed 002) is
/// dated by it, and its relative dates ("On Wednesday") resolve against it.
#[test]
fn undated_articles_are_named_and_a_printed_date_is_read() {
    let env = Env::new();
    let o = env.run(["ingest".as_ref(), corpus("seeds").as_os_str()]);
    assert_eq!(o.status.code(), Some(0));
    let err = stderr(&o);
    let warning = err
        .lines()
        .find(|l| l.contains("warning: 4 articles with no published date"))
        .unwrap_or_else(|| panic!("{err}"));
    for name in [
        "000_1d455cb254d66fd1.txt",
        "001_096073c12d8d0f60.txt",
        "004_ecdcd40ff4d6deff.txt",
    ] {
        assert!(warning.contains(name), "{warning}");
    }
    assert!(!warning.contains("002_056e71f6af495438.txt"), "{warning}");
    for how in ["front matter", "--published", "--manifest"] {
        assert!(warning.contains(how), "{warning}");
    }
    let published = env.ok([
        "sql",
        "--csv",
        "select published from documents where document = '002_056e71f6af495438.txt'",
    ]);
    assert_eq!(published, "published\n2015-11-12\n");
    // "On Wednesday, ... Tasnim News Agency said four more ...": the Wednesday before
    let as_of = env.ok([
        "sql",
        "--csv",
        "select as_of from claims where document = '002_056e71f6af495438.txt' and quantity = 'four more'",
    ]);
    assert_eq!(as_of, "as_of\n2015-11-11\n");
    // with the manifest every article has a date: no warning
    let env = Env::new();
    let o = env.run([
        "ingest".as_ref(),
        "--manifest".as_ref(),
        corpus("seeds-manifest.csv").as_os_str(),
    ]);
    assert!(!stderr(&o).contains("no published date"));
}
