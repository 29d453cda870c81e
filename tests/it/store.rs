//! The store's reads as the commands call them (`query_rows`, `export`, `event_list`,
//! `event_key`, `claim_reference_in_event`, `query_is_read_only`), on real ingests: each
//! agrees with the store's typed rows of the same claims and events.

use crate::common::{corpus, Env};
use tollcheck::model::{Cell, ClaimId, EventId, RowSink};
use tollcheck::store::{QueryError, Store, Table};

/// Collects a table's columns and rows.
#[derive(Default)]
struct Rows {
    columns: Vec<String>,
    rows: Vec<Vec<Cell>>,
}

impl RowSink for Rows {
    type Error = std::convert::Infallible;
    fn columns(&mut self, names: Vec<String>) -> Result<(), Self::Error> {
        self.columns = names;
        Ok(())
    }
    fn row(&mut self, cells: &[Cell]) -> Result<(), Self::Error> {
        self.rows.push(cells.to_vec());
        Ok(())
    }
}

fn rows(store: &Store, sql: &str, params: &[(&str, &str)]) -> Rows {
    let params: Vec<(String, String)> = params
        .iter()
        .map(|(n, v)| (n.to_string(), v.to_string()))
        .collect();
    let mut r = Rows::default();
    let n = store.query_rows(sql, &params, &mut r).unwrap();
    assert_eq!(n, r.rows.len());
    r
}

fn int(c: &Cell) -> Option<i64> {
    match c {
        Cell::Int(i) => Some(*i),
        Cell::Null => None,
        other => panic!("not an integer: {other:?}"),
    }
}

/// The seeds (articles and the claim sheet) and the ECB+ collection, ingested by the
/// command; the store opened on them.
fn ingested(paths: &[&str]) -> (Env, Store) {
    let env = Env::new();
    let mut args = vec!["--quiet".to_string(), "ingest".to_string()];
    args.extend(paths.iter().map(|p| corpus(p).display().to_string()));
    env.ok(&args);
    let store = Store::open(&env.db()).unwrap();
    (env, store)
}

#[test]
fn query_rows_reads_what_the_claim_rows_hold() {
    let (_env, store) = ingested(&["seeds", "seeds-claims.csv"]);
    let claims = store.claims().unwrap();
    assert!(claims.len() > 20, "{} claims", claims.len());
    let got = rows(
        &store,
        "SELECT claim_id, outcome, low, high, quantity FROM claims ORDER BY claim_id",
        &[],
    );
    assert_eq!(
        got.columns,
        ["claim_id", "outcome", "low", "high", "quantity"]
    );
    assert_eq!(got.rows.len(), claims.len());
    for (row, c) in got.rows.iter().zip(&claims) {
        assert_eq!(int(&row[0]), Some(c.claim_id.0));
        assert_eq!(row[1], Cell::Text(c.outcome.clone()));
        assert_eq!((int(&row[2]), int(&row[3])), (c.low, c.high));
        assert_eq!(row[4], Cell::Text(c.quantity.clone()));
    }
    // named parameters, each way of writing them, bound as text
    let killed = claims.iter().filter(|c| c.outcome == "killed").count() as i64;
    assert!(killed > 0);
    for name in ["o", ":o", "@o", "$o"] {
        let sql = format!(
            "SELECT count(*) FROM claims WHERE outcome = {}",
            if name.len() == 1 { ":o" } else { name }
        );
        let got = rows(&store, &sql, &[(name, "killed")]);
        assert_eq!(got.rows, [[Cell::Int(killed)]], "{name}");
    }
    // a real, a null and a blob as the cells say
    let got = rows(&store, "SELECT 1.5, NULL, x'00ff'", &[]);
    assert_eq!(
        got.rows,
        [[Cell::Real(1.5), Cell::Null, Cell::Text("<2 bytes>".into())]]
    );
}

#[test]
fn query_rows_refuses_what_it_cannot_run() {
    let (_env, store) = ingested(&["seeds-claims.csv"]);
    let mut sink = Rows::default();
    let params = [("place".to_string(), "Aleppo".to_string())];
    match store.query_rows("SELECT 1", &params, &mut sink) {
        Err(QueryError::Param(p)) => assert_eq!(p, "place"),
        other => panic!("expected a missing parameter, got {:?}", other.map(|_| ())),
    }
    assert!(sink.columns.is_empty(), "nothing was handed on");
    let err = store.query_rows("selec 1", &[], &mut sink).unwrap_err();
    assert!(err.to_string().contains("syntax error"), "{err}");
    assert!(store.query_is_read_only("SELECT * FROM claims").unwrap());
    assert!(!store
        .query_is_read_only("DELETE FROM event_correction")
        .unwrap());
    assert!(!store.query_is_read_only("VACUUM INTO 'x.db'").unwrap());
    assert!(store.query_is_read_only("selec 1").is_err());
}

#[test]
fn export_and_event_list_read_every_claim_and_event() {
    let (_env, store) = ingested(&["ecbplus/ecbplus_docs.jsonl"]);
    let totals = store.totals().unwrap();
    assert!(totals.claims > 50 && totals.events > 20, "{totals:?}");
    let claims = store.claims().unwrap();

    let mut got = Rows::default();
    store.export(Table::Claims, &mut got).unwrap();
    let spec = "claim_id,document,outlet,published,claimant,via,victims,victim_group,outcome,\
        quantity,qualifier,low,high,scope,as_of,event_id,event,place,event_date,sentence,\
        span_start,span_end,method";
    assert!(got.columns.join(",").starts_with(spec), "{:?}", got.columns);
    assert_eq!(got.rows.len() as i64, totals.claims);
    for (row, c) in got.rows.iter().zip(&claims) {
        assert_eq!(int(&row[0]), Some(c.claim_id.0));
        assert_eq!(int(&row[15]), c.event_id.map(|e| e.0));
    }

    let mut events = Rows::default();
    store.event_list(&mut events).unwrap();
    assert_eq!(events.columns[0], "event_id");
    assert_eq!(events.rows.len() as i64, totals.events);
    // the report's order: by first date, undated last, then id
    let mut order = Vec::new();
    store.each_event(|e| order.push(e.event_id)).unwrap();
    let listed: Vec<EventId> = events
        .rows
        .iter()
        .map(|r| EventId(int(&r[0]).unwrap()))
        .collect();
    assert_eq!(listed, order);
    // each event's claim count is that of the claims linked to it
    for r in &events.rows {
        let id = int(&r[0]);
        let n = claims
            .iter()
            .filter(|c| c.event_id.map(|e| e.0) == id)
            .count() as i64;
        assert_eq!(int(&r[6]), Some(n), "event {id:?}");
    }

    for (table, first) in [
        (Table::Events, "event_id"),
        (Table::Findings, "finding_id"),
        (Table::Documents, "document_id"),
        (Table::Sources, "source_id"),
    ] {
        let mut got = Rows::default();
        store.export(table, &mut got).unwrap();
        assert_eq!(got.columns[0], first);
        let ids: Vec<i64> = got.rows.iter().filter_map(|r| int(&r[0])).collect();
        assert!(ids.windows(2).all(|w| w[0] < w[1]), "{table:?} in id order");
    }
}

#[test]
fn event_keys_and_claim_references_by_typed_ids() {
    let (_env, store) = ingested(&["seeds", "seeds-claims.csv"]);
    let claims = store.claims().unwrap();
    let mut keys = std::collections::HashSet::new();
    let mut linked = 0;
    for c in &claims {
        let Some(event) = c.event_id else { continue };
        linked += 1;
        let key = store
            .event_key(event)
            .unwrap()
            .expect("every event has a key");
        keys.insert((event, key));
        assert_eq!(
            store.claim_reference_in_event(c.claim_id, event).unwrap(),
            Some(c.reference()),
        );
        // in another event, or no event at all, it is not
        assert_eq!(
            store
                .claim_reference_in_event(c.claim_id, EventId(event.0 + 1_000_000))
                .unwrap(),
            None
        );
    }
    assert!(linked > 10, "{linked} claims in events");
    // one key an event, different events different keys
    let events: std::collections::HashSet<_> = keys.iter().map(|(e, _)| *e).collect();
    let distinct: std::collections::HashSet<_> = keys.iter().map(|(_, k)| k).collect();
    assert_eq!(events.len(), keys.len());
    assert_eq!(distinct.len(), events.len());
    assert_eq!(store.event_key(EventId(1_000_000)).unwrap(), None);
    assert_eq!(
        store
            .claim_reference_in_event(ClaimId(1_000_000), EventId(1))
            .unwrap(),
        None
    );
}
