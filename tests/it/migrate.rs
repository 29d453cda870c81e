//! Migrating a database written by an earlier schema: V5 moves each claim's event out of
//! the claim row into `claim_event`, rebuilding `claim`.

use crate::common::{corpus, project, Env};
use rusqlite::Connection;
use tollcheck::describe::{self, Kind};

mod schema {
    refinery::embed_migrations!("migrations");
}

/// Every row of a query, as text.
fn rows(conn: &Connection, sql: &str) -> Vec<String> {
    let mut stmt = conn.prepare(sql).unwrap();
    let n = stmt.column_count();
    let mut rows = stmt.query([]).unwrap();
    let mut out = Vec::new();
    while let Some(r) = rows.next().unwrap() {
        let cells: Vec<String> = (0..n)
            .map(|i| format!("{:?}", r.get_ref(i).unwrap()))
            .collect();
        out.push(cells.join("|"));
    }
    out
}

/// The rows of a query over the latest schema, each cut to as many columns as the rows
/// `before` (views only gain columns at the end: what an older schema showed is the start).
fn rows_as_before(conn: &Connection, sql: &str, before: &[String]) -> Vec<String> {
    let width = before.first().map_or(usize::MAX, |r| r.split('|').count());
    rows(conn, sql)
        .into_iter()
        .map(|r| r.split('|').take(width).collect::<Vec<_>>().join("|"))
        .collect()
}

/// Text of the first column of a query's rows.
fn names(conn: &Connection, sql: &str) -> Vec<String> {
    conn.prepare(sql)
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

fn columns(conn: &Connection, name: &str) -> Vec<String> {
    names(
        conn,
        &format!("select name from pragma_table_info('{name}')"),
    )
}

/// What the views and the search show, for comparing a database before and after.
const SHOWN: &[&str] = &[
    "select * from claims order by claim_id",
    "select * from events order by event_id",
    "select * from findings order by finding_id",
    "select * from finding_claims order by finding_id, claim_id",
    "select * from documents order by document_id",
    "select * from sources order by source_id",
    "select * from corrections order by correction_id",
    "select rowid from claim_fts where claim_fts match 'killed OR dead OR wounded' order by rowid",
    "select rowid from claim_fts where claim_fts match 'iranian AND (advisors OR guards)'",
];

/// The stable views, by name.
fn views() -> impl Iterator<Item = &'static str> {
    describe::SCHEMA
        .iter()
        .filter(|r| r.kind == Kind::View)
        .map(|r| r.name)
}

/// A database at schema V4 holding what `from` (migrated to the latest) holds: every row
/// copied, each claim with its event in `claim.event_id` as V4 kept it.
fn v4_copy(from: &Env, to: &std::path::Path) {
    let mut conn = Connection::open(to).unwrap();
    schema::migrations::runner()
        .set_target(refinery::Target::Version(4))
        .run(&mut conn)
        .unwrap();
    assert!(columns(&conn, "claim").iter().any(|c| c == "event_id"));
    conn.execute("attach database ?1 as new", [from.db().to_str().unwrap()])
        .unwrap();
    let tables = names(
        &conn,
        "select name from new.sqlite_master where type = 'table' and name not like 'sqlite_%'
         and name not like 'refinery_%' and name not like 'claim_fts%'
         and name not like 'event_fts%' and name not in ('claim', 'claim_event')
         and name in (select name from main.sqlite_master where type = 'table') order by name",
    );
    // foreign keys off: any order
    conn.pragma_update(None, "foreign_keys", "OFF").unwrap();
    for t in tables {
        let cols = columns(&conn, &t).join(", ");
        conn.execute(
            &format!("insert or replace into main.{t}({cols}) select {cols} from new.{t}"),
            [],
        )
        .unwrap();
    }
    // V4's claim: the new table's columns and the claim's event (the full-text index is
    // filled by V2's trigger)
    let cols: Vec<String> = columns(&conn, "claim")
        .into_iter()
        .filter(|c| c != "event_id")
        .collect();
    let (list, select) = (
        cols.join(", "),
        cols.iter()
            .map(|c| format!("c.{c}"))
            .collect::<Vec<_>>()
            .join(", "),
    );
    conn.execute(
        &format!(
            "insert into main.claim({list}, event_id) select {select}, ce.event_id
             from new.claim c left join new.claim_event ce using (claim_id)"
        ),
        [],
    )
    .unwrap();
    conn.execute("detach database new", []).unwrap();
}

#[test]
fn migrating_a_v4_database_keeps_every_claim_its_event_the_findings_and_search() {
    let new = Env::new();
    new.ok([
        "ingest".as_ref(),
        project("data/sample").as_os_str(),
        corpus("seeds-claims.csv").as_os_str(),
    ]);
    let report = new.ok(["report"]);
    let old = Env::new();
    v4_copy(&new, &old.db());
    let (shown, pairs, view_columns, findings) = {
        let conn = Connection::open(old.db()).unwrap();
        let shown: Vec<Vec<String>> = SHOWN.iter().map(|q| rows(&conn, q)).collect();
        let pairs = rows(
            &conn,
            "select claim_id, event_id from claim where event_id is not null order by 1",
        );
        let cols: Vec<Vec<String>> = views().map(|v| columns(&conn, v)).collect();
        let findings = rows(&conn, "select * from finding_claim order by 1, 2");
        (shown, pairs, cols, findings)
    };
    // the V4 copy shows what the database it was copied from shows
    {
        let conn = Connection::open(new.db()).unwrap();
        for (q, before) in SHOWN.iter().zip(&shown) {
            assert_eq!(&rows_as_before(&conn, q, before), before, "{q}");
        }
    }
    assert!(pairs.len() > 40, "{pairs:?}");
    assert!(findings.len() > 5, "{findings:?}");

    // any command migrates it
    old.ok(["schema"]);
    crate::common::assert_all_migrations_applied(&old.db());
    let conn = Connection::open(old.db()).unwrap();
    assert!(!columns(&conn, "claim").iter().any(|c| c == "event_id"));
    assert_eq!(
        rows(
            &conn,
            "select claim_id, event_id from claim_event order by 1"
        ),
        pairs
    );
    for (q, before) in SHOWN.iter().zip(&shown) {
        assert_eq!(&rows_as_before(&conn, q, before), before, "{q}");
    }
    for (v, before) in views().zip(&view_columns) {
        let after = columns(&conn, v);
        assert_eq!(&after[..before.len()], before, "the columns of view {v}");
    }
    assert_eq!(
        rows(&conn, "select * from finding_claim order by 1, 2"),
        findings
    );
    assert!(rows(&conn, "pragma foreign_key_check").is_empty());
    conn.execute(
        "insert into claim_fts(claim_fts) values ('integrity-check')",
        [],
    )
    .unwrap();
    // the schema is the one a new database gets (the same tables, indexes, triggers and
    // views, by name)
    let objects = "select type, name, tbl_name from sqlite_master where name not like 'sqlite_%'
                   order by type, name";
    let fresh = Env::new();
    fresh.ok(["schema"]);
    assert_eq!(
        rows(&conn, objects),
        rows(&Connection::open(fresh.db()).unwrap(), objects)
    );
    // its triggers work: a claim deleted leaves the full-text index and its event
    conn.execute_batch("pragma foreign_keys = on; delete from claim where claim_id = 1")
        .unwrap();
    assert!(rows(&conn, "select * from claim_event where claim_id = 1").is_empty());
    assert!(rows(&conn, "select rowid from claim_fts where rowid = 1").is_empty());
    drop(conn);
    // and the report over it is the one over the database it was copied from
    let migrated = Env::new();
    v4_copy(&new, &migrated.db());
    assert_eq!(migrated.ok(["report"]), report);
    assert_eq!(migrated.ok(["report", "--relink"]), report);
}

#[test]
fn a_replaced_document_leaves_no_event_rows_for_its_old_claims() {
    let env = Env::new();
    let sheet = std::fs::read_to_string(corpus("seeds-claims.csv")).unwrap();
    env.write("s.csv", &sheet);
    env.ok(["ingest", "s.csv"]);
    let old = env.count("select max(claim_id) from claim");
    // a second document's claims after them: the first one's new claims get new ids
    env.ok([
        "ingest".as_ref(),
        project("data/sample/FICTIONAL-claims.csv").as_os_str(),
    ]);
    let all = "select count(*) = (select count(*) from claim) from claim_event";
    assert_eq!(env.count(all), 1);
    env.write(
        "s.csv",
        sheet.replace("Khan Touman offensive", "Khan Touman battle"),
    );
    let out = crate::common::stderr(&env.run(["ingest", "s.csv"]));
    assert!(out.contains("1 replaced"), "{out}");
    assert_eq!(
        env.count(&format!(
            "select count(*) from claim where claim_id <= {old}"
        )),
        0
    );
    assert_eq!(
        env.count(&format!(
            "select count(*) from claim_event where claim_id <= {old}"
        )),
        0
    );
    assert_eq!(env.count(all), 1);
}

/// V14 adds how each claim's place was found: a V13 database's claims keep every column
/// of the `claims` view in order, with `place_basis` after them (empty: stored before), and
/// a change to it marks the last linking as V10's trigger does for what linking reads.
#[test]
fn migrating_a_v13_database_adds_the_place_basis_at_the_end() {
    let env = Env::new();
    let mut conn = Connection::open(env.db()).unwrap();
    schema::migrations::runner()
        .set_target(refinery::Target::Version(13))
        .run(&mut conn)
        .unwrap();
    let before = columns(&conn, "claims");
    assert!(!before.iter().any(|c| c == "place_basis"));
    drop(conn);
    env.ok(["ingest".as_ref(), corpus("seeds-claims.csv").as_os_str()]);
    crate::common::assert_all_migrations_applied(&env.db());
    let conn = Connection::open(env.db()).unwrap();
    let after = columns(&conn, "claims");
    assert_eq!(&after[..before.len()], &before[..]);
    // and V17's (session 20: how the scene relates to its place) after it
    assert_eq!(
        after[before.len()..],
        [
            "place_basis",
            "place_relation",
            "place_from",
            "place_km",
            "place_bearing"
        ]
    );
    // a sheet's places were found by no rule of places
    let count = |sql: &str| conn.query_row(sql, [], |r| r.get::<_, i64>(0)).unwrap();
    assert!(count("select count(*) from claim") > 10);
    assert_eq!(
        count("select count(*) from claim where place_basis is not null"),
        0
    );
    assert!(conn
        .execute(
            "update claim set place_basis = 'nowhere' where claim_id = 1",
            []
        )
        .is_err());
    conn.execute("update xref_mark set dirty = 0, claims_up_to = 1000000", [])
        .unwrap();
    conn.execute(
        "update claim set place_basis = 'dateline' where claim_id = 1",
        [],
    )
    .unwrap();
    assert_eq!(count("select dirty from xref_mark"), 1);
}

/// V15 lets a claim's place be its local outlet's home city (`place_basis` 'outlet'): a
/// V14 database's bases are kept, the `claims` view's columns stay as they were, and the
/// check still refuses a basis no rule gives.
#[test]
fn migrating_a_v14_database_keeps_each_place_basis_and_takes_the_outlets() {
    let env = Env::new();
    let mut conn = Connection::open(env.db()).unwrap();
    schema::migrations::runner()
        .set_target(refinery::Target::Version(14))
        .run(&mut conn)
        .unwrap();
    let before = columns(&conn, "claims");
    conn.execute_batch(
        "insert into document (document_id, name, kind, content_hash, ingested_at)
             values (1, 'a.txt', 'article', 'x', '2026-01-01');
         insert into claim (claim_id, document_id, seq, outcome, quantity, qualifier, low,
             high, scope, method, place, place_basis)
             values (1, 1, 0, 'killed', 'three', 'exact', 3, 3, 'incident', 'extracted',
                     'Chicago', 'dateline'),
                    (2, 1, 1, 'wounded', 'two', 'exact', 2, 2, 'incident', 'extracted',
                     'Aurora', 'text'),
                    (3, 1, 2, 'killed', 'one', 'exact', 1, 1, 'incident', 'extracted',
                     NULL, NULL);",
    )
    .unwrap();
    assert!(conn
        .execute(
            "update claim set place_basis = 'outlet' where claim_id = 3",
            []
        )
        .is_err());
    drop(conn);
    env.ok(["sql", "select count(*) from claims"]);
    crate::common::assert_all_migrations_applied(&env.db());
    let conn = Connection::open(env.db()).unwrap();
    // V17 (session 20) adds its columns after them
    assert_eq!(columns(&conn, "claims")[..before.len()], before[..]);
    assert_eq!(
        names(
            &conn,
            "select claim_id || ' ' || coalesce(place_basis, '-') from claim order by claim_id"
        ),
        ["1 dateline", "2 text", "3 -"]
    );
    conn.execute(
        "update claim set place_basis = 'outlet' where claim_id = 3",
        [],
    )
    .unwrap();
    assert!(conn
        .execute(
            "update claim set place_basis = 'nowhere' where claim_id = 3",
            []
        )
        .is_err());
}
