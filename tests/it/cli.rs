//! The command line itself: --help text against golden files, shell completions, the
//! manual page, the progress bar, --json/--csv.

use crate::common::{corpus, project, stderr, Env};

/// Every command whose --help is kept in tests/golden/help/.
const COMMANDS: &[&str] = &[
    "",
    "ingest",
    "extract",
    "report",
    "export",
    "events",
    "sql",
    "schema",
    "datasette-metadata",
    "completions",
    "man",
    "eval",
];

/// `tollcheck [CMD] --help` against tests/golden/help/CMD.txt. To accept a change of the
/// help text: UPDATE_GOLDEN=1 cargo test --test it cli::help
#[test]
fn help_text_matches_the_golden_files() {
    let env = Env::new();
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut stale = Vec::new();
    for cmd in COMMANDS {
        let mut args: Vec<&str> = cmd.split_whitespace().collect();
        args.push("--help");
        let out = env
            .cmd()
            .env_remove("COLUMNS")
            .args(&args)
            .output()
            .unwrap();
        assert!(out.status.success(), "{cmd} --help: {}", stderr(&out));
        let text = String::from_utf8(out.stdout).unwrap();
        let name = if cmd.is_empty() { "tollcheck" } else { cmd };
        let path = project(&format!("tests/golden/help/{name}.txt"));
        if update {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, &text).unwrap();
            continue;
        }
        let golden = std::fs::read_to_string(&path).unwrap_or_default();
        if golden != text {
            stale.push(format!(
                "--- {}\n+++ tollcheck {cmd} --help\n{text}",
                path.display()
            ));
        }
    }
    // --help is the long text of each command's Args; -h the one-line summary
    let ingest = env.ok(["ingest", "--help"]);
    assert!(ingest.contains("is read as corrections"), "{ingest}");
    let short = env.ok(["ingest", "-h"]);
    assert!(short.starts_with("Read articles, claim sheets and datasets into the database\n"));
    assert!(
        stale.is_empty(),
        "help text differs from the golden files (UPDATE_GOLDEN=1 cargo test --test it cli::help to accept):\n{}",
        stale.join("\n")
    );
}

#[test]
fn completions_for_each_shell_name_every_command() {
    let env = Env::new();
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let out = env.ok(["completions", shell]);
        for cmd in ["ingest", "report", "export", "datasette-metadata", "--db"] {
            assert!(out.contains(cmd), "{shell}: {cmd}");
        }
    }
    // bash loads it and completes the subcommands
    let script = env.ok(["completions", "bash"]);
    env.write("tc.bash", script);
    let o = std::process::Command::new("bash")
        .current_dir(env.dir.path())
        .args([
            "-c",
            "source tc.bash && COMP_WORDS=(tollcheck ex) COMP_CWORD=1 COMP_LINE='tollcheck ex' COMP_POINT=12 && _tollcheck tollcheck ex tollcheck && echo \"${COMPREPLY[@]}\"",
        ])
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&o.stdout).contains("export"),
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        stderr(&o)
    );
    let bad = env.run(["completions", "tcsh"]);
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn man_pages_from_the_command_definitions() {
    let env = Env::new();
    let page = env.ok(["man"]);
    assert!(page.starts_with(".ie \\n(.g .ds Aq"), "{}", &page[..80]);
    assert!(page.contains(".TH tollcheck 1"), "{page}");
    assert!(
        page.contains("tollcheck\\-datasette\\-metadata(1)"),
        "{page}"
    );
    env.ok(["man", "--dir", "man"]);
    for p in ["tollcheck.1", "tollcheck-ingest.1", "tollcheck-sql.1"] {
        let text = std::fs::read_to_string(env.path("man").join(p)).unwrap();
        assert!(text.contains(".TH"), "{p}");
    }
    let ingest = std::fs::read_to_string(env.path("man/tollcheck-ingest.1")).unwrap();
    assert!(ingest.contains("\\-\\-dry\\-run"), "{ingest}");
    // the sections a manual has, on the main page
    for section in [".SH EXAMPLES", ".SH \"EXIT STATUS\"", ".SH ENVIRONMENT"] {
        assert!(page.contains(section), "{section}: {page}");
    }
    assert!(page.contains("TOLLCHECK_DB") && page.contains("TOLLCHECK_DATA"));
    assert!(page.contains("\\-\\-fail\\-on"), "{page}");
    // every page referred to, on any page, is one --dir writes (no tollcheck-help(1))
    let written: Vec<String> = std::fs::read_dir(env.path("man"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(written.len() >= 14, "{written:?}");
    let mut pages = vec![page.clone()];
    for w in &written {
        pages.push(std::fs::read_to_string(env.path("man").join(w)).unwrap());
    }
    let mut referred = 0;
    for text in &pages {
        for word in text.split(|c: char| c.is_whitespace() || c == ',') {
            let Some(name) = word.split("(1)").next().filter(|_| word.contains("(1)")) else {
                continue;
            };
            let name = name
                .replace("\\fB", "")
                .replace("\\fR", "")
                .replace("\\-", "-");
            if name.starts_with("tollcheck") {
                referred += 1;
                assert!(
                    written.contains(&format!("{name}.1")),
                    "{name}(1) is referred to, never written"
                );
            }
        }
    }
    assert!(referred > 20, "{referred} references found");
}

/// The bar is drawn on a terminal (run under `script`, which gives the program a pty) and
/// never when stderr is a pipe or with --quiet.
#[test]
fn progress_bar_only_on_a_terminal() {
    let env = Env::new();
    let seeds = corpus("seeds-claims.csv");
    let o = env.run(["ingest".as_ref(), seeds.as_os_str()]);
    let err = stderr(&o);
    assert!(!err.contains('\r') && !err.contains("\x1b["), "{err:?}");
    assert!(err.starts_with("1 files"), "{err:?}");

    let script = std::path::Path::new("/usr/bin/script");
    if !script.exists() {
        eprintln!("skipped the terminal half: no /usr/bin/script");
        return;
    }
    let bin = env!("CARGO_BIN_EXE_tollcheck");
    let run_tty = |extra: &str| {
        let cmd = format!(
            "{bin} --db {} {extra} ingest {} {}",
            env.db().display(),
            corpus("seeds").display(),
            seeds.display()
        );
        let o = std::process::Command::new(script)
            .current_dir(env.dir.path())
            .args(["-qec", &cmd, "/dev/null"])
            .env("TERM", "xterm")
            .output()
            .unwrap();
        String::from_utf8_lossy(&o.stdout).into_owned()
    };
    let tty = run_tty("");
    assert!(tty.contains("files"), "{tty:?}");
    assert!(
        tty.contains(" 6/6 files") || tty.contains("/6 files"),
        "{tty:?}"
    );
    let quiet = run_tty("--quiet");
    assert!(!quiet.contains("/6 files"), "{quiet:?}");
}

#[test]
fn json_and_csv_shorthands() {
    let env = Env::new();
    env.ok(["ingest".as_ref(), corpus("seeds-claims.csv").as_os_str()]);
    let q = "select outcome, count(*) as n from claims group by 1 order by 1";
    assert_eq!(
        env.ok(["sql", q, "--json"]),
        env.ok(["sql", q, "--format", "json"])
    );
    assert_eq!(
        env.ok(["sql", q, "--csv"]),
        "outcome,n\ndisplaced,3\nkilled,15\nrefugees,1\nwounded,1\n"
    );
    let report: serde_json::Value = serde_json::from_str(&env.ok(["report", "--json"])).unwrap();
    assert!(report["events"].as_array().unwrap().len() >= 7);
    assert!(env.ok(["report", "--csv"]).starts_with("event_id,"));
    assert!(env.ok(["export", "events", "--json"]).starts_with("[\n{"));
    assert!(env
        .ok(["events", "--csv"])
        .starts_with("event_id,event,kind"));
    let both = env.run(["sql", q, "--json", "--csv"]);
    assert_eq!(both.status.code(), Some(2));
    let clash = env.run(["export", "claims", "--json", "--format", "tsv"]);
    assert_eq!(clash.status.code(), Some(2));
}

/// A command that reads (`report`, `export`, `sql`, `events`) refuses a database that does
/// not exist, naming its path and that `ingest` makes one, and creates no file; an
/// `ingest` of files that are not there creates no database either.
#[test]
fn reading_commands_and_ingest_of_missing_files_create_no_database() {
    let env = Env::new();
    for args in [
        vec!["report"],
        vec!["export", "claims"],
        vec!["sql", "select count(*) from claims"],
        vec!["events"],
        vec!["events", "list"],
    ] {
        let o = env.run(&args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let err = stderr(&o);
        assert!(
            err.contains(&env.db().display().to_string()) && err.contains("tollcheck ingest"),
            "{args:?}: {err}"
        );
        assert!(
            !env.db().exists(),
            "{args:?} created {}",
            env.db().display()
        );
    }
    let o = env.run(["ingest", "no-such-report.txt", "nor-this.csv"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains("no-such-report.txt: no such file") && err.contains("nor-this.csv"),
        "{err}"
    );
    assert!(
        !env.db().exists(),
        "ingest of missing files created the database"
    );
    // one missing file beside a real one: the real one goes in, the status says 2
    let o = env.run([
        "ingest".as_ref(),
        "gone.txt".as_ref(),
        corpus("seeds-claims.csv").as_os_str(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(env.count("select count(*) from claims"), 20);
}

/// The Makefile finds the binary under $CARGO_TARGET_DIR when it is set (`make demo` ran
/// `target/release/tollcheck` whatever it was), and `make install` puts tollcheck and its
/// manual pages under PREFIX. Cargo is replaced by `true` and the release binary by this
/// test's build, so nothing is compiled.
#[test]
fn make_demo_and_install_honour_cargo_target_dir_and_prefix() {
    if std::process::Command::new("make")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("no make: skipped");
        return;
    }
    let env = Env::new();
    let target = env.path("elsewhere");
    std::fs::create_dir_all(target.join("release")).unwrap();
    std::fs::copy(
        env!("CARGO_BIN_EXE_tollcheck"),
        target.join("release/tollcheck"),
    )
    .unwrap();
    let make = |args: &[&str]| {
        std::process::Command::new("make")
            .current_dir(project(""))
            .env("CARGO_TARGET_DIR", &target)
            .env_remove("TOLLCHECK_DB")
            .env_remove("TOLLCHECK_DATA")
            .args(["--no-print-directory", "CARGO=true"])
            .args(args)
            .output()
            .unwrap()
    };
    let demo_db = env.path("demo.db");
    let o = make(&["demo", &format!("DEMO_DB={}", demo_db.display())]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("tollcheck report:"), "{out}");
    assert!(demo_db.exists());
    let prefix = env.path("prefix");
    let o = make(&["install", &format!("PREFIX={}", prefix.display())]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let installed = prefix.join("bin/tollcheck");
    let v = std::process::Command::new(&installed)
        .arg("--version")
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&v.stdout).starts_with("tollcheck "));
    assert!(prefix.join("share/man/man1/tollcheck.1").exists());
    assert!(prefix.join("share/man/man1/tollcheck-report.1").exists());
}
