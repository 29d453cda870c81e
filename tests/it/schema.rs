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
    crate::common::assert_all_migrations_applied(&env.db());
}
