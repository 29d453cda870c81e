use crate::common::{corpus, project, Env};

#[test]
fn seed_sheet_report_groups_khan_touman_and_the_war_toll_series() {
    let env = Env::new();
    env.ok(["ingest".as_ref(), corpus("seeds-claims.csv").as_os_str()]);
    let out = env.ok(["report"]);
    // the events (after the findings' summary, which names them too)
    let khan = out
        .split("■")
        .skip(1)
        .find(|s| s.contains("Khan Touman offensive"))
        .expect("Khan Touman event");
    assert!(
        khan.contains("001_096073c12d8d0f60") && khan.contains("004_ecdcd40ff4d6deff"),
        "{khan}"
    );
    assert!(!khan.contains("numeric_conflict"), "{khan}");
    let toll = out
        .split("■")
        .skip(1)
        .find(|s| s.contains("Syrian civil war death toll"))
        .expect("toll");
    assert!(
        toll.contains(
            // one population over time, numbers grouped as people read them (issue 15)
            "series: killed people: 2015-11-12 ≥250,000 → 2016-04-12 ≥270,001 → 2016-05-07 ≤400,000"
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
    // one relay, in the singular (the sample's Fictional Courier relaying the police)
    let corroboration = findings
        .iter()
        .find(|f| f["kind"] == "corroboration" && f["reason"].as_str().unwrap().contains("relay"))
        .unwrap();
    assert!(
        corroboration["reason"]
            .as_str()
            .unwrap()
            .ends_with("; 1 further report relays one of them and is counted once."),
        "{corroboration}"
    );
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

/// The label of the event of the seed sheet's Khan Touman claims, as stored.
fn khan_touman_label(env: &Env) -> String {
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    conn.query_row(
        "select e.label from event e join claim_event ce on ce.event_id = e.event_id
         join claim c on c.claim_id = ce.claim_id
         where c.event_label = 'Khan Touman offensive' limit 1",
        [],
        |r| r.get(0),
    )
    .unwrap()
}

/// Relabels that event behind tollcheck's back: only linking again restores the label.
fn relabel_khan_touman(env: &Env) {
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    conn.execute(
        "update event set label = 'edited by hand' where event_id in
         (select event_id from claim_event join claim using (claim_id)
          where event_label = 'Khan Touman offensive')",
        [],
    )
    .unwrap();
}

#[test]
fn a_report_over_an_unchanged_database_does_not_link_again_until_relink() {
    let env = Env::new();
    env.ok(["ingest".as_ref(), corpus("seeds-claims.csv").as_os_str()]);
    let linked = khan_touman_label(&env);
    assert_eq!(linked, "Khan Touman offensive");
    relabel_khan_touman(&env);
    // nothing linking reads changed: the stored events are shown as they are
    let out = env.ok(["report"]);
    assert!(out.contains("edited by hand"), "{out}");
    assert_eq!(khan_touman_label(&env), "edited by hand");
    // ingesting the same sheet again changes nothing either
    env.ok(["ingest".as_ref(), corpus("seeds-claims.csv").as_os_str()]);
    assert_eq!(khan_touman_label(&env), "edited by hand");
    let out = env.ok(["report", "--relink"]);
    assert!(!out.contains("edited by hand"), "{out}");
    assert_eq!(khan_touman_label(&env), linked);
}

#[test]
fn a_report_links_again_after_any_change_of_what_linking_reads() {
    let env = Env::new();
    env.ok(["ingest".as_ref(), corpus("seeds-claims.csv").as_os_str()]);
    let linked = khan_touman_label(&env);
    // another program changes a claim: a trigger marks the events stale
    relabel_khan_touman(&env);
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    conn.execute(
        "update claim set as_of = as_of where event_label = 'Khan Touman offensive'",
        [],
    )
    .unwrap();
    env.ok(["report"]);
    assert_eq!(khan_touman_label(&env), linked);
    // another program adds a claim: the claim count has changed
    relabel_khan_touman(&env);
    conn.execute(
        "insert into claim(document_id, seq, victims, victim_group, outcome, quantity,
           qualifier, low, high, scope, method)
         select document_id, 100000, 'people', 'people', 'killed', '5', 'exact', 5, 5,
           'incident', 'sheet' from document limit 1",
        [],
    )
    .unwrap();
    env.ok(["report"]);
    assert_eq!(khan_touman_label(&env), linked);
    // `sql --write` marks them stale itself
    relabel_khan_touman(&env);
    env.ok(["sql", "--write", "update event set label = label where 0"]);
    env.ok(["report"]);
    assert_eq!(khan_touman_label(&env), linked);
    // other settings link again
    relabel_khan_touman(&env);
    env.ok(["report", "--window-days", "5"]);
    assert_eq!(khan_touman_label(&env), linked);
}

#[test]
fn a_report_links_again_after_a_claims_event_is_deleted_or_changed_by_another_program() {
    let env = Env::new();
    env.ok(["ingest".as_ref(), corpus("seeds-claims.csv").as_os_str()]);
    let linked = khan_touman_label(&env);
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    let event_of = |claim: i64| -> Option<i64> {
        conn.query_row(
            "select event_id from claim_event where claim_id = ?1",
            [claim],
            |r| r.get(0),
        )
        .ok()
    };
    let first = event_of(1).unwrap();
    // a claim's event deleted: the count of claims in events has changed
    relabel_khan_touman(&env);
    conn.execute("delete from claim_event where claim_id = 1", [])
        .unwrap();
    env.ok(["report"]);
    assert_eq!(khan_touman_label(&env), linked);
    assert_eq!(event_of(1), Some(first));
    // a claim moved to another event: the digest of the pairs has changed
    relabel_khan_touman(&env);
    conn.execute(
        "update claim_event set event_id = (select max(event_id) from event where event_id != ?1)
         where claim_id = 1",
        [first],
    )
    .unwrap();
    assert_ne!(event_of(1), Some(first));
    env.ok(["report"]);
    assert_eq!(khan_touman_label(&env), linked);
    assert_eq!(event_of(1), Some(first));
}

#[test]
fn linking_again_rewrites_no_unchanged_event_or_claim() {
    let env = Env::new();
    env.ok(["ingest".as_ref(), project("data/sample").as_os_str()]);
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    // a trigger of the test's own counts every row written to event and claim
    conn.execute_batch(
        "create table writes(n integer); insert into writes values (0);
         create trigger w_event_i after insert on event begin update writes set n = n + 1; end;
         create trigger w_event_u after update on event begin update writes set n = n + 1; end;
         create trigger w_event_d after delete on event begin update writes set n = n + 1; end;
         create trigger w_claim_u after update on claim begin update writes set n = n + 1; end;
         create trigger w_claim_event_i after insert on claim_event
           begin update writes set n = n + 1; end;
         create trigger w_claim_event_u after update on claim_event
           begin update writes set n = n + 1; end;
         create trigger w_claim_event_d after delete on claim_event
           begin update writes set n = n + 1; end;",
    )
    .unwrap();
    let before = env.ok(["report", "-f", "json"]);
    let after = env.ok(["report", "-f", "json", "--relink"]);
    assert_eq!(before, after);
    let n: i64 = conn
        .query_row("select n from writes", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 0);
}

/// The report reads events, their findings and their claims with three cursors in step:
/// over many ECB+ events and the sample data's findings, every event shows exactly its own
/// claims and findings (each finding with its claim ids in order), as the stable views
/// have them.
#[test]
fn each_event_shows_exactly_its_own_claims_and_findings() {
    let env = Env::new();
    let ecb =
        crate::common::ecb_collection(|v| (1..=24).contains(&v["topic"].as_i64().unwrap_or(0)));
    let ecb = env.write("ecb.jsonl", ecb.join("\n"));
    env.ok(["ingest".as_ref(), ecb.as_os_str()]);
    env.ok(["ingest".as_ref(), project("data/sample").as_os_str()]);
    let json = env.ok(["report", "--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&json).unwrap();
    let events = report["events"].as_array().unwrap();
    let rows = |q: &str| -> Vec<serde_json::Value> {
        serde_json::from_str(&env.ok(["sql", q, "--format", "json"])).unwrap()
    };
    let ids = |v: &[serde_json::Value], key: &str| -> Vec<i64> {
        let mut ids: Vec<i64> = v.iter().map(|x| x[key].as_i64().unwrap()).collect();
        ids.sort_unstable();
        ids
    };
    let shown = rows("SELECT event_id FROM events WHERE claims > 0 ORDER BY event_id");
    let mut listed: Vec<i64> = events
        .iter()
        .map(|e| e["event_id"].as_i64().unwrap())
        .collect();
    listed.sort_unstable();
    assert_eq!(listed, ids(&shown, "event_id"));
    assert!(events.len() >= 25, "{} events", events.len());
    let mut with_findings = 0;
    for e in events {
        let id = e["event_id"].as_i64().unwrap();
        let claims = rows(&format!(
            "SELECT claim_id FROM claims WHERE event_id = {id}"
        ));
        assert_eq!(
            ids(e["claims"].as_array().unwrap(), "claim_id"),
            ids(&claims, "claim_id"),
            "claims of event {id}"
        );
        let findings = rows(&format!(
            "SELECT finding_id, claim_ids FROM findings WHERE event_id = {id} ORDER BY finding_id"
        ));
        let shown: Vec<(i64, Vec<i64>)> = e["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| {
                let claims = f["claim_ids"].as_array().unwrap();
                (
                    f["finding_id"].as_i64().unwrap(),
                    claims.iter().map(|c| c.as_i64().unwrap()).collect(),
                )
            })
            .collect();
        let stored: Vec<(i64, Vec<i64>)> = findings
            .iter()
            .map(|f| {
                let mut claims: Vec<i64> = f["claim_ids"]
                    .as_str()
                    .unwrap()
                    .split(';')
                    .map(|c| c.trim().parse().unwrap())
                    .collect();
                claims.sort_unstable();
                (f["finding_id"].as_i64().unwrap(), claims)
            })
            .collect();
        assert_eq!(shown, stored, "findings of event {id}");
        with_findings += usize::from(!shown.is_empty());
    }
    assert!(with_findings >= 3, "{with_findings} events with findings");
}

/// `--since`/`--until` read dates as `ingest --published` does (2016/04/30, 30.04.2016, a
/// month, a year), a month or year reaching to its last day; what cannot be read is
/// refused with exit status 2.
#[test]
fn since_and_until_are_read_as_dates_and_refused_when_unreadable() {
    let env = Env::new();
    env.ok(["ingest".as_ref(), project("data/sample").as_os_str()]);
    for until in ["2016/04/30", "30.04.2016", "2016-04"] {
        let out = env.ok(["report", "--until", until]);
        assert!(out.contains("Iranian army clashes"), "{until}: {out}");
        assert!(!out.contains("Khan Touman offensive"), "{until}: {out}");
    }
    // a year reaches to its end: the May event is in "--until 2016"
    let out = env.ok(["report", "--until", "2016"]);
    assert!(out.contains("Khan Touman offensive"), "{out}");
    let out = env.ok(["report", "--since", "2016/05", "--until", "2016/12/31"]);
    assert!(out.contains("Khan Touman offensive"), "{out}");
    assert!(!out.contains("Iranian army clashes"), "{out}");
    assert!(!out.contains("Valdora"), "{out}");
    for bad in ["2016-13", "yesterday", "04/01/2016"] {
        let o = env.run(["report", "--since", bad]);
        assert_eq!(o.status.code(), Some(2), "{bad}");
        let err = crate::common::stderr(&o);
        assert!(
            err.contains("--since") && err.contains("expected a date as YYYY-MM-DD"),
            "{bad}: {err}"
        );
    }
}

/// The severities of the findings' one-line summary in the text report, in order.
fn summary_severities(text: &str) -> Vec<String> {
    text.lines()
        .skip_while(|l| !l.starts_with("Findings:"))
        .skip(2)
        .take_while(|l| !l.is_empty())
        .map(|l| l.split_whitespace().next().unwrap().to_string())
        .collect()
}

/// The ids of the events in the order a report shows them, from "[id]" headings (text:
/// "■ [id]", markdown "### [id]", HTML id="event-id").
fn event_order(report: &str, marker: &str) -> Vec<i64> {
    report
        .match_indices(marker)
        .filter_map(|(at, _)| {
            let rest = &report[at + marker.len()..];
            rest[..rest.find(|c: char| !c.is_ascii_digit())?]
                .parse()
                .ok()
        })
        .collect()
}

/// The report opens with its findings: a summary (counts by severity and kind, one line
/// each, most severe first), then the events with findings (most severe first), then the
/// others; markdown and HTML in the same order; --only-findings keeps the findings alone.
#[test]
fn findings_come_first_most_severe_first_in_every_format() {
    let env = Env::new();
    env.ok(["ingest".as_ref(), project("data/sample").as_os_str()]);
    let text = env.ok(["report"]);
    let findings = env.count("select count(*) from findings");
    let first_event = text.find('■').unwrap();
    let summary_at = text.find("\nFindings: ").expect("a findings summary");
    assert!(summary_at < first_event, "{text}");
    let severities = summary_severities(&text);
    assert_eq!(severities.len() as i64, findings, "{text}");
    let rank = |s: &str| {
        ["high", "medium", "low", "info"]
            .iter()
            .position(|x| *x == s)
    };
    let ranks: Vec<usize> = severities.iter().map(|s| rank(s).unwrap()).collect();
    assert!(ranks.windows(2).all(|w| w[0] <= w[1]), "{severities:?}");
    // the counts line agrees with the database
    let high = env.count("select count(*) from findings where severity = 'high'");
    assert!(text.contains(&format!("Findings: {high} high, ")), "{text}");
    // events with findings first, the worst first; then the others
    let with = text.find("Events with findings").unwrap();
    let others = text.find("Other events").unwrap();
    let folded = text.find("uncontested (one line each").unwrap();
    assert!(summary_at < with && with < others && others < folded);
    let order = event_order(&text, "■ [");
    let worst_event =
        env.count("select event_id from findings order by severity_rank desc, finding_id limit 1");
    assert_eq!(order[0], worst_event);
    let with_findings: Vec<i64> = env
        .ok(["sql", "--csv", "select distinct event_id from findings"])
        .lines()
        .skip(1)
        .map(|l| l.parse().unwrap())
        .collect();
    let n = with_findings.len();
    assert!(
        order[..n].iter().all(|e| with_findings.contains(e)),
        "{order:?}"
    );
    assert!(
        order[n..].iter().all(|e| !with_findings.contains(e)),
        "{order:?}"
    );
    // markdown and HTML: the same summary first, the same events in the same order
    let md = env.ok(["report", "--format", "markdown"]);
    assert!(md.find("## Findings").unwrap() < md.find("## Events with findings").unwrap());
    assert_eq!(event_order(&md, "### ["), order);
    let html = env.ok(["report", "--format", "html"]);
    assert!(html.find("<nav class=\"toc\"").unwrap() < html.find("<section").unwrap());
    assert_eq!(
        event_order(&html, "<section class=\"event\" id=\"event-"),
        order
    );
    // --only-findings: the summary and the events that have findings, nothing else
    let only = env.ok(["report", "--only-findings"]);
    assert!(
        !only.contains("Other events") && !only.contains("uncontested"),
        "{only}"
    );
    assert_eq!(event_order(&only, "■ ["), order[..n].to_vec());
    assert!(
        only.starts_with(&format!("tollcheck report: {n} events,")),
        "{only}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&env.ok(["report", "--only-findings", "--json"])).unwrap();
    assert_eq!(json["events"].as_array().unwrap().len(), n);
    assert_eq!(
        json["finding_summary"].as_array().unwrap().len() as i64,
        findings
    );
}

/// Who speaks is a name, never a file name, in the claims' "who" and in the findings'
/// sentences and summary: the speaker (canonical through the source aliases), or the outlet
/// marked as its own statement; numbers grouped; an event's date at its claims' precision.
#[test]
fn who_speaks_by_name_numbers_grouped_dates_at_their_precision() {
    let env = Env::new();
    env.ok(["ingest".as_ref(), corpus("seeds-claims.csv").as_os_str()]);
    let text = env.ok(["report"]);
    for line in text.lines() {
        let finding = line.trim_start().starts_with("! ")
            || ["high ", "medium ", "low ", "info "]
                .iter()
                .any(|s| line.trim_start().starts_with(s));
        if finding {
            assert!(!line.contains(".txt"), "a file name speaks: {line}");
        }
    }
    let json: serde_json::Value = serde_json::from_str(&env.ok(["report", "--json"])).unwrap();
    for l in json["finding_summary"].as_array().unwrap() {
        for key in ["figures", "reason"] {
            assert!(!l[key].as_str().unwrap().contains(".txt"), "{l}");
        }
    }
    // the stored reason still says what it said
    let stored = env.ok([
        "sql",
        "--csv",
        "select reason from findings where kind = 'divergence'",
    ]);
    assert!(stored.contains("000_1d455cb254d66fd1.txt says"), "{stored}");
    // the same finding, shown: the claim's document speaks for itself; numbers grouped
    assert!(
        text.contains("the document itself says more than 270,000 (≥270,001) and Staffan de Mistura says as many as 400,000 (≤400,000)"),
        "{text}"
    );
    // claimants through the source aliases: "state television" is Iranian state television
    assert!(
        text.contains("Ahmad Reza Pourdastan via Iranian state television"),
        "{text}"
    );
    let md = env.ok(["report", "--format", "markdown"]);
    assert!(
        md.contains("| Revolutionary Guards official via Fars News Agency |"),
        "{md}"
    );
    // the event of April 2016 is dated 2016-04, as its claims date it
    let clashes = text
        .lines()
        .find(|l| l.starts_with("■") && l.contains("Iranian army clashes"))
        .unwrap();
    assert!(clashes.ends_with("· 2016-04)"), "{clashes}");
    // the outlet speaks for itself when no one is named (the articles, TRT World's 001)
    let env = Env::new();
    env.ok([
        "ingest".as_ref(),
        "--manifest".as_ref(),
        corpus("seeds-manifest.csv").as_os_str(),
    ]);
    let md = env.ok(["report", "--all", "--format", "markdown"]);
    assert!(md.contains("| TRT World (own statement) |"), "{md}");
}

/// A filtered report's header counts what it shows, in the singular for one.
#[test]
fn a_filtered_reports_header_counts_what_is_shown() {
    let env = Env::new();
    env.ok(["ingest".as_ref(), corpus("seeds-claims.csv").as_os_str()]);
    let id = env.count("select event_id from events where event like 'Khan Touman%'");
    let claims = env.count(&format!(
        "select count(*) from claims where event_id = {id}"
    ));
    let documents = env.count(&format!(
        "select count(distinct document) from claims where event_id = {id}"
    ));
    let out = env.ok(["report", "--event", &id.to_string()]);
    let head = out.lines().next().unwrap();
    assert_eq!(
        head,
        format!(
            "tollcheck report: 1 event, {claims} claims from {documents} documents, 0 findings"
        )
    );
    assert!(claims < env.count("select count(*) from claims"));
    let partisan = env.ok(["report", "--kind", "partisan"]);
    assert!(
        partisan.starts_with("tollcheck report: 1 event, ") && partisan.contains(", 1 finding\n"),
        "{partisan}"
    );
}

/// On the UCDP sample with the seeds (1,000 events): the events one document reports and
/// nothing contests are one line each, and shown in full with --all; the report stays short.
#[test]
fn uncontested_events_fold_to_a_line_unless_all() {
    let env = Env::new();
    env.ok([
        "ingest".as_ref(),
        corpus("ucdp/ucdp_ged231_sample1000.csv").as_os_str(),
        corpus("seeds-claims.csv").as_os_str(),
    ]);
    let events = env.count("select count(*) from events where claims > 0");
    assert!(events > 1000, "{events}");
    let text = env.ok(["report"]);
    let folded: Vec<&str> = text
        .lines()
        .skip_while(|l| !l.starts_with("Events one document reports"))
        .filter(|l| l.starts_with("  ["))
        .collect();
    assert!(folded.len() > 900, "{} folded", folded.len());
    assert!(
        text.lines().count() < 2 * events as usize,
        "{} lines",
        text.lines().count()
    );
    // UCDP's figures as people read them
    assert!(folded
        .iter()
        .any(|l| l.contains("(UCDP GED (own statement))")));
    let all = env.ok(["report", "--all"]);
    assert!(event_order(&all, "■ [").len() as i64 == events);
    assert!(
        all.contains("deaths on side A") && all.contains("best estimate"),
        "UCDP labels"
    );
    assert!(all.lines().count() > text.lines().count() * 3);
}

/// Each claim of a finding shows its quoted sentence, its document and outlet, and a link
/// to its URL when known (text, markdown, HTML): the seeds with a manifest giving URLs.
#[test]
fn a_findings_claims_show_their_sentence_document_and_link() {
    let env = Env::new();
    for entry in std::fs::read_dir(corpus("seeds")).unwrap() {
        let p = entry.unwrap().path();
        std::fs::copy(&p, env.path(p.file_name().unwrap().to_str().unwrap())).unwrap();
    }
    let manifest = std::fs::read_to_string(corpus("seeds-manifest.csv")).unwrap();
    let mut rows = vec!["path,outlet,published,url,title".to_string()];
    for (i, line) in manifest.lines().skip(1).enumerate() {
        let cells: Vec<&str> = line.splitn(5, ',').collect();
        let file = cells[0].trim_start_matches("seeds/");
        rows.push(format!(
            "{file},{},{},https://example.org/seed-{i},{}",
            cells[1], cells[2], cells[4]
        ));
    }
    let m = env.write("manifest.csv", rows.join("\n"));
    env.ok(["ingest".as_ref(), "--manifest".as_ref(), m.as_os_str()]);
    let claims: Vec<serde_json::Value> = serde_json::from_str(&env.ok([
        "sql",
        "--json",
        "select c.claim_id, c.sentence, c.document, d.url from finding_claims f
         join claims c using (claim_id) join documents d on d.document = c.document",
    ]))
    .unwrap();
    assert!(claims.len() >= 3, "{claims:?}");
    let text = env.ok(["report"]);
    let md = env.ok(["report", "--format", "markdown"]);
    let html = env.ok(["report", "--format", "html"]);
    for c in &claims {
        let sentence = c["sentence"].as_str().unwrap();
        let url = c["url"].as_str().unwrap();
        let id = c["claim_id"].as_i64().unwrap();
        let line = text
            .lines()
            .find(|l| l.trim_start().starts_with(&format!("#{id} “")))
            .unwrap_or_else(|| panic!("no evidence line for #{id}: {text}"));
        assert!(
            line.contains(sentence.trim()) && line.contains(url),
            "{line}"
        );
        assert!(line.contains(c["document"].as_str().unwrap()), "{line}");
        assert!(md.contains(&format!("<{url}>")), "{md}");
        assert!(
            html.contains(&format!("<a href=\"{url}\">{url}</a>")),
            "{url}"
        );
        // the sentence in the page itself, not only in a tooltip
        let quoted = format!(
            "<q>{}</q>",
            tollcheck::render::report::escape_html(sentence.trim())
        );
        assert!(html.contains(&quoted), "{quoted}");
    }
}
