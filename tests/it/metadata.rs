//! The description table behind `schema` and `datasette-metadata`, checked against the
//! migrated database.

use crate::common::{corpus, Env};
use tollcheck::describe::{self, Kind};

fn columns(conn: &rusqlite::Connection, name: &str) -> Vec<String> {
    conn.prepare(&format!("select name from pragma_table_info('{name}')"))
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

#[test]
fn every_view_column_and_table_is_described() {
    let env = Env::new();
    env.ok(["schema"]);
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    let objects: Vec<(String, String)> = conn
        .prepare(
            "select type, name from sqlite_master where type in ('table', 'view')
             and name not like 'sqlite_%' and name not like 'refinery_%'
             and name not like 'claim_fts_%' and name not like 'event_fts_%'",
        )
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    for (kind, name) in &objects {
        let r = describe::relation(name)
            .unwrap_or_else(|| panic!("{kind} {name} is not described in src/describe.rs"));
        assert_eq!(r.kind == Kind::View, kind == "view", "{name}");
        if kind == "view" {
            let cols = columns(&conn, name);
            let described: Vec<&str> = r.columns.iter().map(|c| c.name).collect();
            assert_eq!(cols, described, "the columns of view {name}, in order");
        }
        for c in r.columns {
            assert!(
                columns(&conn, name).iter().any(|x| x == c.name),
                "{name}.{}",
                c.name
            );
            assert!(c.description.len() > 3, "{name}.{}", c.name);
        }
    }
    for r in describe::SCHEMA {
        assert!(
            objects.iter().any(|(_, n)| n == r.name),
            "{} described but not in the schema",
            r.name
        );
    }
}

#[test]
fn datasette_metadata_has_descriptions_units_and_search() {
    let env = Env::new();
    env.ok(["ingest".as_ref(), corpus("seeds-claims.csv").as_os_str()]);
    env.ok(["datasette-metadata", "-o", "meta.json"]);
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(env.path("meta.json")).unwrap()).unwrap();
    assert!(v["title"].as_str().unwrap().contains("tollcheck"));
    assert!(v["license"].is_string());
    // the database is named by the file: t.db → "t"
    let claims = &v["databases"]["t"]["tables"]["claims"];
    assert!(claims["description"]
        .as_str()
        .unwrap()
        .starts_with("One row per claim"));
    assert!(claims["columns"]["span_start"]
        .as_str()
        .unwrap()
        .ends_with("(characters)"));
    // no Pint units: Datasette would show 270001 people as "270.001 kpeople"
    assert!(claims.get("units").is_none());
    assert_eq!(claims["fts_table"], "claim_fts");
    assert_eq!(claims["fts_pk"], "claim_id");
    assert!(claims["columns"]["event_date"]
        .as_str()
        .unwrap()
        .contains("ISO 8601"));
    assert!(claims["columns"]["high"]
        .as_str()
        .unwrap()
        .contains("(people)"));
    for view in [
        "events",
        "findings",
        "documents",
        "sources",
        "corrections",
        "finding_claims",
    ] {
        assert!(
            v["databases"]["t"]["tables"][view]["description"].is_string(),
            "{view}"
        );
    }
    let named = env.ok(["datasette-metadata", "--name", "casualties"]);
    let v: serde_json::Value = serde_json::from_str(&named).unwrap();
    assert!(v["databases"]["casualties"]["tables"]["claims"].is_object());
    // schema prints the same descriptions
    let schema = env.ok(["schema"]);
    assert!(
        schema.contains(
            "--   low: Lowest number of people the quantity allows; empty = unbounded (people)"
        ),
        "{schema}"
    );
    assert!(schema.contains("CREATE VIRTUAL TABLE claim_fts USING fts5"));
}
