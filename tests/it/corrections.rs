//! The spreadsheet round trip: export claims, correct cells, ingest the edited file; the
//! corrections win, provenance stays, and they survive re-ingesting the original.

use crate::common::{corpus, stderr, Env};

/// The exported claims as (header, rows), read with a CSV reader.
fn export(env: &Env) -> (csv::StringRecord, Vec<csv::StringRecord>) {
    let out = env.ok(["export", "claims"]);
    let mut rdr = csv::Reader::from_reader(out.as_bytes());
    let header = rdr.headers().unwrap().clone();
    (header, rdr.records().map(Result::unwrap).collect())
}

fn col(header: &csv::StringRecord, name: &str) -> usize {
    header.iter().position(|h| h == name).unwrap()
}

/// Writes rows as a CSV file (CRLF line ends, as spreadsheets write them).
fn write_csv(env: &Env, name: &str, header: &csv::StringRecord, rows: &[csv::StringRecord]) {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    w.write_record(header).unwrap();
    for r in rows {
        w.write_record(r).unwrap();
    }
    env.write(name, w.into_inner().unwrap());
}

fn set(row: &mut csv::StringRecord, i: usize, value: &str) {
    let mut cells: Vec<String> = row.iter().map(str::to_string).collect();
    cells[i] = value.to_string();
    *row = csv::StringRecord::from(cells);
}

#[test]
fn corrections_win_keep_provenance_and_survive_reingest() {
    let env = Env::new();
    let seeds = corpus("seeds-claims.csv");
    env.ok(["ingest".as_ref(), seeds.as_os_str()]);
    let (h, mut rows) = export(&env);
    let (q, v, cl, o) = (
        col(&h, "quantity"),
        col(&h, "victims"),
        col(&h, "claimant"),
        col(&h, "outcome"),
    );
    // Khan Touman: "as many as 13" advisers → "13"; the UN envoy's claim → a new claimant;
    // the 21 wounded → victims reworded; "several" killed → outcome casualties
    let khan = rows.iter().position(|r| &r[q] == "as many as 13").unwrap();
    set(&mut rows[khan], q, "13");
    let envoy = rows
        .iter()
        .position(|r| &r[q] == "as many as 400,000")
        .unwrap();
    set(&mut rows[envoy], cl, "UN envoy Staffan de Mistura");
    let wounded = rows.iter().position(|r| &r[q] == "21").unwrap();
    set(&mut rows[wounded], v, "Iranian advisers");
    let several = rows.iter().position(|r| &r[q] == "several").unwrap();
    set(&mut rows[several], o, "casualties");
    write_csv(&env, "edited.csv", &h, &rows);

    let o1 = env.run(["ingest", "edited.csv"]);
    assert!(o1.status.success(), "{}", stderr(&o1));
    assert!(
        stderr(&o1).contains("20 rows read, 4 cells corrected, 0 withdrawn, 4 claims changed"),
        "{}",
        stderr(&o1)
    );
    // still 20 claims: the edited file is corrections, not a new sheet
    assert_eq!(env.count("select count(*) from claims"), 20);
    assert_eq!(env.count("select count(*) from documents"), 1);

    let check = |env: &Env| {
        let out = env.ok([
            "sql",
            "select quantity, qualifier, low, high, method, sentence, input, seq
             from claims where quantity = '13' and outcome = 'killed'",
            "--format",
            "csv",
        ]);
        assert_eq!(
            out,
            "quantity,qualifier,low,high,method,sentence,input,seq\n\
             13,exact,13,13,sheet,as many as 13 Iranian military advisors had been killed and 21 wounded,seeds-claims.csv,5\n",
        );
        let corrected = env.ok([
            "sql",
            "select json_extract(corrected, '$.quantity.from') from claims where quantity = '13'",
            "--format",
            "csv",
        ]);
        assert!(corrected.contains("as many as 13"), "{corrected}");
        assert_eq!(
            env.count("select count(*) from claims where claimant = 'UN envoy Staffan de Mistura' and high = 400000"),
            1
        );
        assert_eq!(
            env.count("select count(*) from claims where victims = 'Iranian advisers' and quantity = '21'"),
            1
        );
        assert_eq!(
            env.count(
                "select count(*) from claims where outcome = 'casualties' and quantity = 'several'"
            ),
            1
        );
        assert_eq!(
            env.count("select count(*) from corrections where claim_id is not null"),
            4
        );
        assert_eq!(
            env.count("select count(*) from claims where corrected is not null"),
            4
        );
    };
    check(&env);

    // the same edited file again changes nothing
    let before = env.digest();
    let o2 = env.run(["ingest", "edited.csv"]);
    assert!(stderr(&o2).contains("0 cells corrected"), "{}", stderr(&o2));
    assert_eq!(env.digest(), before);

    // the original sheet again: unchanged, corrections stay
    env.ok(["ingest".as_ref(), seeds.as_os_str()]);
    check(&env);

    // the sheet changed (a row added at the top, so every seq shifts): its claims are
    // written again, and the corrections follow them
    let text = std::fs::read_to_string(&seeds).unwrap();
    let (head, body) = text.split_once('\n').unwrap();
    env.write(
        "seeds-claims.csv",
        format!("{head}\nextra.txt,Wire,2024-01-02,police,,civilians,killed,3,exact,3,3,Blast,Town,2024-01-01,incident,,no,three civilians were killed\n{body}"),
    );
    let o3 = env.run(["ingest", "seeds-claims.csv"]);
    assert!(stderr(&o3).contains("1 replaced"), "{}", stderr(&o3));
    assert_eq!(env.count("select count(*) from claims"), 21);
    let out = env.ok([
        "sql",
        "select quantity, seq from claims where quantity = '13'",
        "--format",
        "csv",
    ]);
    assert_eq!(out, "quantity,seq\n13,6\n");
    assert_eq!(
        env.count("select count(*) from corrections where claim_id is not null"),
        4
    );

    // setting a cell back to its original value withdraws the correction
    let (h2, mut rows2) = export(&env);
    let i = rows2.iter().position(|r| &r[q] == "13").unwrap();
    set(&mut rows2[i], col(&h2, "quantity"), "as many as 13");
    write_csv(&env, "reverted.csv", &h2, &rows2);
    let o4 = env.run(["ingest", "reverted.csv"]);
    assert!(stderr(&o4).contains("1 withdrawn"), "{}", stderr(&o4));
    assert_eq!(
        env.count("select count(*) from claims where quantity = 'as many as 13' and high = 13 and corrected is null"),
        1
    );
    assert_eq!(env.count("select count(*) from corrections"), 3);
}

#[test]
fn corrections_change_the_findings() {
    // the report reads the corrected figure
    let env = Env::new();
    env.ok(["ingest".as_ref(), corpus("seeds-claims.csv").as_os_str()]);
    let (h, mut rows) = export(&env);
    let q = col(&h, "quantity");
    let i = rows.iter().position(|r| &r[q] == "as many as 13").unwrap();
    // a typo an analyst fixes: the figure was 130
    set(&mut rows[i], q, "130");
    write_csv(&env, "edited.csv", &h, &rows);
    env.ok(["ingest", "edited.csv"]);
    let report = env.ok(["report", "--format", "json"]);
    assert!(
        report.contains("\"130\""),
        "corrected quantity in the report"
    );
}

#[test]
fn excel_export_reads_back_after_a_latin1_spreadsheet() {
    // a spreadsheet that took the UTF-8 file for Latin-1 keeps the byte-order mark as
    // "ï»¿" before the first column name, and writes dates its own way
    let env = Env::new();
    env.ok(["ingest".as_ref(), corpus("seeds-claims.csv").as_os_str()]);
    env.ok(["export", "claims", "--excel", "-o", "x.csv"]);
    let bytes = std::fs::read(env.path("x.csv")).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBFclaim_id,"));
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    // every date cell is ISO
    let iso = regex::Regex::new(r"^\d{4}(-\d{2}(-\d{2})?)?$").unwrap();
    let mut rdr = csv::Reader::from_reader(text.as_bytes());
    let h = rdr.headers().unwrap().clone();
    let rows: Vec<csv::StringRecord> = rdr.records().map(Result::unwrap).collect();
    for name in ["published", "as_of", "event_date"] {
        let c = col(&h, name);
        for r in &rows {
            let d = &r[c];
            assert!(d.is_empty() || iso.is_match(d), "{name}: {d}");
        }
    }
    // dates as a US spreadsheet shows them, and the mangled mark: nothing is a correction
    let p = col(&h, "published");
    let mangled: Vec<csv::StringRecord> = rows
        .iter()
        .map(|r| {
            let mut r = r.clone();
            let d = r[p].to_string();
            if d.len() == 10 {
                let us = format!("{}/{}/{}", &d[5..7], &d[8..10], &d[0..4]);
                set(&mut r, p, &us);
            }
            r
        })
        .collect();
    let mut h2: Vec<String> = h.iter().map(str::to_string).collect();
    h2[0] = format!("ï»¿{}", h2[0]);
    write_csv(&env, "back.csv", &csv::StringRecord::from(h2), &mangled);
    let o = env.run(["ingest", "back.csv"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("20 rows read, 0 cells corrected"),
        "{}",
        stderr(&o)
    );
    assert!(!stderr(&o).contains("warning"), "{}", stderr(&o));
    assert_eq!(env.count("select count(*) from claims"), 20);
}

#[test]
fn edits_to_provenance_are_reported_not_applied() {
    let env = Env::new();
    env.ok(["ingest".as_ref(), corpus("seeds-claims.csv").as_os_str()]);
    let (h, mut rows) = export(&env);
    set(&mut rows[0], col(&h, "outlet"), "Somebody Else");
    set(&mut rows[1], col(&h, "outlet"), "Somebody Else");
    set(&mut rows[2], col(&h, "span_start"), "5");
    // derived columns follow their source: a stale low beside a corrected quantity is fine
    set(&mut rows[3], col(&h, "quantity"), "280,000");
    write_csv(&env, "edited.csv", &h, &rows);
    let o = env.run(["ingest", "edited.csv"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains(
            "edited.csv: edits to outlet (2 rows), span_start (1 row) are not applied: only claimant, via, victims, outcome, quantity, scope, place, event_date are corrected"
        ),
        "{}",
        stderr(&o)
    );
    assert_eq!(
        env.count("select count(*) from claims where outlet = 'Somebody Else'"),
        0
    );
    assert_eq!(
        env.count("select low from claims where quantity = '280,000'"),
        280000
    );
    // the same file again: the stale low of the corrected row is still no edit
    let o = env.run(["ingest", "edited.csv"]);
    assert!(
        stderr(&o).contains("outlet (2 rows), span_start (1 row) are"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn bad_corrections_are_rejected_with_file_and_line() {
    let env = Env::new();
    env.ok(["ingest".as_ref(), corpus("seeds-claims.csv").as_os_str()]);
    let (h, rows) = export(&env);
    let before = env.digest();
    let q = col(&h, "quantity");
    type Edit<'a> = Box<dyn Fn(&mut Vec<csv::StringRecord>) + 'a>;
    let cases: Vec<(&str, Edit, &str)> = vec![
        (
            "quantity.csv",
            Box::new(|rows| set(&mut rows[2], q, "lots and lots")),
            "quantity.csv:4: quantity: expected a quantity",
        ),
        (
            "outcome.csv",
            Box::new(|rows| set(&mut rows[0], col(&h, "outcome"), "exploded")),
            "outcome.csv:2: outcome: expected an outcome",
        ),
        (
            "unknown.csv",
            Box::new(|rows| {
                set(&mut rows[1], col(&h, "claim_id"), "999");
                set(&mut rows[1], col(&h, "seq"), "999");
            }),
            "unknown.csv:3: claim 999 of seeds-claims.csv (claim_id 999) is not in this database",
        ),
        (
            "sentence.csv",
            Box::new(|rows| set(&mut rows[3], col(&h, "sentence"), "something else entirely")),
            "sentence.csv:5: claim_id 4: the sentence is not the stored claim's",
        ),
        (
            "date.csv",
            Box::new(|rows| set(&mut rows[0], col(&h, "event_date"), "4/5/2016")),
            "date.csv:2: event_date: \"4/5/2016\" could be 2016-04-05 or 2016-05-04",
        ),
    ];
    for (name, edit, expected) in cases {
        let mut rows = rows.clone();
        // a good correction in the same file is not stored either
        set(&mut rows[5], q, "13");
        edit(&mut rows);
        write_csv(&env, name, &h, &rows);
        let o = env.run(["ingest", name]);
        assert_eq!(o.status.code(), Some(2), "{name}: {}", stderr(&o));
        assert!(
            stderr(&o).contains(expected),
            "{name}: expected {expected:?} in\n{}",
            stderr(&o)
        );
        assert_eq!(env.digest(), before, "{name} changed the database");
    }
    // an export ingested into another database is no correction of it
    let mut fresh = rows.clone();
    set(&mut fresh[5], q, "13");
    write_csv(&env, "fresh.csv", &h, &fresh);
    let other = Env::new();
    let p = env.path("fresh.csv");
    let o = other.run(["ingest".as_ref(), p.as_os_str()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("delete the claim_id column"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn full_text_search_follows_claims_and_corrections() {
    let env = Env::new();
    env.ok(["ingest".as_ref(), corpus("seeds-claims.csv").as_os_str()]);
    let search = |term: &str| {
        env.count(&format!(
            "select count(*) from claims where claim_id in
               (select rowid from claim_fts where claim_fts match '{term}')"
        ))
    };
    assert_eq!(search("advisors"), 2);
    assert_eq!(search("Tasnim"), 2);
    assert_eq!(search("displaced"), 2);
    let (h, mut rows) = export(&env);
    let i = rows
        .iter()
        .position(|r| &r[col(&h, "quantity")] == "21")
        .unwrap();
    set(&mut rows[i], col(&h, "victims"), "Iranian instructors");
    write_csv(&env, "edited.csv", &h, &rows);
    env.ok(["ingest", "edited.csv"]);
    assert_eq!(search("instructors"), 1);
    // replacing the document's claims keeps the index whole
    env.ok(["ingest".as_ref(), corpus("seeds-claims.csv").as_os_str()]);
    let mut sheet = std::fs::read_to_string(corpus("seeds-claims.csv")).unwrap();
    sheet.push_str("x.txt,,,,,,killed,2,,,,,,,,,,two more\n");
    env.write("seeds-claims.csv", sheet);
    env.ok(["ingest", "seeds-claims.csv"]);
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    conn.execute(
        "insert into claim_fts(claim_fts, rank) values ('integrity-check', 1)",
        [],
    )
    .unwrap();
    assert_eq!(search("instructors"), 1);
    assert_eq!(search("advisors"), 2);
}
