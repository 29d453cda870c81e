//! Outputs are never an attack: `sql` is read-only unless --write, CSV cells a spreadsheet
//! would run as formulas are neutralised (unless --raw), the HTML report escapes every text
//! from documents, and names from inputs never become paths.

use super::*;
use crate::common::{corpus, project, stderr};

fn seeded() -> Env {
    let env = Env::new();
    env.ok(["ingest".as_ref(), corpus("seeds-claims.csv").as_os_str()]);
    env
}

#[test]
fn sql_is_read_only_unless_write() {
    let env = seeded();
    let before = env.digest();
    let attempts = [
        "DELETE FROM claim",
        "delete from claim where 1",
        "  /* comment */ DELETE FROM claim",
        "INSERT INTO source(name) VALUES ('x')",
        "UPDATE claim SET low = 0",
        "REPLACE INTO source(name) VALUES ('x')",
        "DROP TABLE claim",
        "DROP VIEW claims",
        "CREATE TABLE x(a)",
        "CREATE TEMP TABLE x(a)",
        "CREATE INDEX i ON claim(low)",
        "ALTER TABLE claim ADD COLUMN x",
        "WITH x AS (SELECT 1) DELETE FROM claim",
        "PRAGMA query_only=0; DELETE FROM claim",
        "PRAGMA query_only = OFF; UPDATE claim SET low = 0",
        "select 1; delete from claim",
        "select 1;\ndelete from claim;",
        "PRAGMA writable_schema=1; DELETE FROM sqlite_master",
        "PRAGMA user_version = 7",
        "PRAGMA journal_mode = DELETE",
        "PRAGMA wal_checkpoint(TRUNCATE)",
        "VACUUM",
        "VACUUM INTO 'copy.db'",
        "ANALYZE",
        "REINDEX",
        "ATTACH 'evil.db' AS evil",
        "ATTACH 'file:evil2.db?mode=rwc' AS evil",
        "ATTACH 't.db' AS again; DELETE FROM again.claim",
        "SELECT load_extension('/tmp/x.so')",
        "SELECT writefile('w.txt', 'x')",
        "BEGIN; DELETE FROM claim; COMMIT",
    ];
    for q in attempts {
        let o = env.run(["sql", q]);
        assert_no_panic(q, &o);
        // a harmless statement on its own (ATTACH of nothing fails) may exit 0; none may
        // change anything
        assert_eq!(env.digest(), before, "{q}");
        for f in ["copy.db", "evil.db", "evil2.db", "w.txt"] {
            assert!(!env.path(f).exists(), "{q} created {f}");
        }
        if q.to_lowercase().contains("delete") || q.contains("VACUUM") || q.contains("user_version")
        {
            assert_eq!(o.status.code(), Some(2), "{q}: {}", stderr(&o));
        }
    }
    // the same through stdin
    let mut c = env.cmd();
    c.args(["sql", "-"]).stdin(std::process::Stdio::piped());
    c.stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let mut child = c.spawn().unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"DELETE FROM claim")
        .unwrap();
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--write"), "{}", stderr(&o));
    assert_eq!(env.digest(), before);
    assert_eq!(env.count("pragma user_version"), 0);
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    let mode: String = conn
        .query_row("pragma journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    // and with --write it does change
    env.ok([
        "sql",
        "delete from claim where outcome = 'displaced'",
        "--write",
    ]);
    assert_ne!(env.digest(), before);
}

#[test]
fn csv_cells_that_would_run_as_formulas_are_neutralised() {
    let env = Env::new();
    let sheet = project("tests/data/hostile/sheet_formula.csv");
    env.ok(["ingest".as_ref(), sheet.as_os_str()]);
    let cols = "select victims, claimant, via, place from claims";
    let safe = env.ok(["export", "claims"]);
    let raw = env.ok(["export", "claims", "--raw"]);
    for cell in [
        "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"",
        "'+cmd|'/c calc'!A1",
        "'@SUM(1)",
        "'-2+3",
    ] {
        assert!(safe.contains(cell), "export: {cell} missing in\n{safe}");
    }
    assert!(raw.contains(",\"=HYPERLINK(") && raw.contains(",+cmd|") && raw.contains(",@SUM(1),"));
    let tsv = env.ok(["export", "claims", "--format", "tsv"]);
    assert!(
        tsv.contains("\t'@SUM(1)\t") && !tsv.contains("\t@SUM(1)\t"),
        "{tsv}"
    );
    // sql --format csv and report --format csv are spreadsheet outputs too
    let sql = env.ok(["sql", cols, "--format", "csv"]);
    assert!(sql.contains("'@SUM(1)") && sql.contains("'-2+3"), "{sql}");
    let report = env.ok(["report", "--format", "csv"]);
    for line in report.lines() {
        for cell in line.split(',') {
            let c = cell.trim_start_matches('"');
            assert!(
                !c.starts_with(['=', '+', '@', '\t', '\r']),
                "report csv cell {cell:?} in {line}"
            );
        }
    }
    // JSON is not for spreadsheets: values exactly as stored
    let json = env.ok(["export", "claims", "--format", "jsonl"]);
    assert!(json.contains("\"via\":\"@SUM(1)\""), "{json}");
}

/// The elements and attributes the HTML report is made of; anything else came from data.
const ALLOWED_TAGS: &[&str] = &[
    "!doctype", "html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "p", "section",
    "figure", "svg", "line", "text", "g", "circle", "rect", "path", "table", "tr", "th", "td",
    "div", "b", "span", "small", "ul", "li", "code", "br", "details", "summary", "a", "em",
    "strong", "polyline", "thead", "tbody", "nav", "ol", "q",
];

#[test]
fn html_report_escapes_text_from_documents() {
    let env = Env::new();
    let sheet = project("tests/data/hostile/sheet_script.csv");
    env.ok(["ingest".as_ref(), sheet.as_os_str()]);
    // a second claim for the same event, so that a finding and a chart quote them
    env.write(
        "more.csv",
        "outcome,quantity,victims,claimant,quote,place,event\nkilled,30,<script>alert(1)</script>,</title><script>x()</script>,\"<a href=javascript:alert(4)>\",&lt;b&gt;,<iframe src=//evil>\n",
    );
    env.ok(["ingest", "more.csv"]);
    env.ok(["report", "--format", "html", "-o", "r.html"]);
    let html = std::fs::read_to_string(env.path("r.html")).unwrap();
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "{html}"
    );
    // every tag in the page is one the report writes; no attribute is an event handler or a
    // javascript: URL
    let mut rest = html.as_str();
    while let Some(i) = rest.find('<') {
        rest = &rest[i + 1..];
        let end = rest.find('>').expect("a closed tag");
        let tag = &rest[..end];
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| !c.is_whitespace() && *c != '/')
            .collect::<String>()
            .to_ascii_lowercase();
        assert!(
            ALLOWED_TAGS.contains(&name.as_str()),
            "unexpected element <{tag}>"
        );
        // outside attribute values (quoted, with `"` inside escaped as &quot;)
        let lower: String = tag
            .split('"')
            .step_by(2)
            .collect::<Vec<_>>()
            .join("\"\"")
            .to_ascii_lowercase();
        assert!(
            !lower.contains(" on") && !lower.contains("javascript:"),
            "<{tag}>"
        );
        rest = &rest[end..];
    }
    assert!(!html.to_ascii_lowercase().contains("<script"));
    // markdown: the same text, never raw HTML
    let md = env.ok(["report", "--format", "markdown"]);
    let unescaped = md
        .char_indices()
        .filter(|&(i, c)| matches!(c, '<' | '>' | '[' | '&') && !md[..i].ends_with('\\'))
        .count();
    assert_eq!(unescaped, 0, "{md}");
    assert!(md.contains("\\<script\\>alert(1)\\</script\\>"), "{md}");
}

/// No output path is made from input data: the only file the product creates is the one
/// named by `-o` (cmd::output). A document named like a path (`../../x`, `/tmp/x`) stays a
/// name. If artifact writing is ever added, this test points at it.
#[test]
fn names_from_inputs_never_become_paths() {
    let src = project("src");
    let mut creators = Vec::new();
    let mut stack = vec![src];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") {
                let text = std::fs::read_to_string(&p).unwrap();
                // product code only: stop at the unit tests
                let code = text.split("#[cfg(test)]").next().unwrap();
                for pat in [
                    "File::create",
                    "fs::write",
                    "create_dir",
                    "OpenOptions",
                    "fs::rename",
                    "fs::copy",
                ] {
                    if code.contains(pat) {
                        creators.push(format!("{} ({pat})", p.display()));
                    }
                }
            }
        }
    }
    // cmd::output writes the -o path; `man --dir DIR` writes pages named after the
    // commands (clap_mangen), never after input data
    creators.sort();
    assert_eq!(
        creators.len(),
        2,
        "files are created only by cmd::output (the -o path) and man --dir; found: {creators:?}"
    );
    assert!(creators[0].contains("cmd/man.rs"), "{creators:?}");
    assert!(creators[1].contains("cmd/mod.rs"), "{creators:?}");

    let env = Env::new();
    env.write(
        "in/names.jsonl",
        "{\"id\":\"../../escape.txt\",\"text\":\"Four killed.\"}\n{\"id\":\"/tmp/tollcheck-abs.txt\",\"text\":\"Five killed.\"}\n{\"id\":\"a/../../b\",\"text\":\"Six killed.\"}\n",
    );
    env.write(
        "in/sheet.csv",
        "document,outcome,quantity\n../../../evil.csv,killed,3\n",
    );
    env.ok(["ingest", "in"]);
    std::fs::create_dir(env.path("out")).unwrap();
    for fmt in ["text", "markdown", "json", "csv", "html"] {
        env.ok([
            "report",
            "--format",
            fmt,
            "-o",
            &format!("out/report.{fmt}"),
        ]);
    }
    for what in ["claims", "events", "findings", "documents", "sources"] {
        env.ok(["export", what, "-o", &format!("out/{what}.csv")]);
    }
    let mut files: Vec<String> = Vec::new();
    let mut stack = vec![env.dir.path().to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                files.push(
                    p.strip_prefix(env.dir.path())
                        .unwrap()
                        .display()
                        .to_string(),
                );
            }
        }
    }
    files.sort();
    let expected: Vec<&str> = vec![
        "in/names.jsonl",
        "in/sheet.csv",
        "out/claims.csv",
        "out/documents.csv",
        "out/events.csv",
        "out/findings.csv",
        "out/report.csv",
        "out/report.html",
        "out/report.json",
        "out/report.markdown",
        "out/report.text",
        "out/sources.csv",
        "t.db",
    ];
    let files: Vec<&str> = files
        .iter()
        .map(String::as_str)
        .filter(|f| !f.ends_with("-wal") && !f.ends_with("-shm"))
        .collect();
    assert_eq!(files, expected);
    assert!(!std::path::Path::new("/tmp/tollcheck-abs.txt").exists());
    assert!(!env.dir.path().parent().unwrap().join("escape.txt").exists());
}
