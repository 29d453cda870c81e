use crate::common::Env;

#[test]
fn migrating_an_empty_database_twice_is_a_no_op() {
    let env = Env::new();
    let first = env.ok(["schema"]);
    let digest = env.digest();
    let second = env.ok(["schema"]);
    assert_eq!(first, second);
    assert_eq!(env.digest(), digest);
    for view in [
        "VIEW claims",
        "VIEW events",
        "VIEW findings",
        "VIEW documents",
        "VIEW sources",
    ] {
        assert!(first.contains(view), "{view}");
    }
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    let applied: i64 = conn
        .query_row("select count(*) from refinery_schema_history", [], |r| {
            r.get(0)
        })
        .unwrap();
    let files = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/migrations"))
        .unwrap()
        .count();
    assert_eq!(applied as usize, files);
}
