//! The store is the only module that speaks SQL: no file under `src/` outside `src/store/`
//! names the `rusqlite` crate (but `src/model/ids.rs`, where the typed ids convert to and
//! from SQLite values) or holds an SQL statement in a string literal; and the store imports
//! nothing from `render` or `input`.

use std::path::{Path, PathBuf};

/// Where `rusqlite` may be named outside the store: the ids' `ToSql`/`FromSql`.
const RUSQLITE_ALLOWED: &[&str] = &["src/model/ids.rs"];

/// The words an SQL statement starts with.
const STATEMENT_WORDS: &[&str] = &[
    "SELECT",
    "INSERT",
    "UPDATE",
    "DELETE",
    "REPLACE",
    "UPSERT",
    "WITH",
    "BEGIN",
    "COMMIT",
    "END",
    "ROLLBACK",
    "SAVEPOINT",
    "RELEASE",
    "CREATE",
    "DROP",
    "ALTER",
    "PRAGMA",
    "VACUUM",
    "ATTACH",
    "DETACH",
    "ANALYZE",
    "REINDEX",
    "EXPLAIN",
];

/// What the words after a statement's first one may hold: a statement names a table, a
/// column list, a transaction or a pragma ("SELECT x FROM", "BEGIN", "PRAGMA name").
fn is_statement(literal: &str) -> bool {
    let t = literal.trim_start();
    let first: String = t.chars().take_while(|c| c.is_ascii_alphabetic()).collect();
    let upper = first.to_ascii_uppercase();
    if !STATEMENT_WORDS.contains(&upper.as_str()) {
        return false;
    }
    let rest = t[first.len()..].trim_start();
    // a statement alone ("BEGIN", "COMMIT", "VACUUM"), in capitals as SQL is written here
    if rest.is_empty() || rest.starts_with(';') {
        return first == upper;
    }
    // a prose message starting with one of the words ("Delete the ...", "update every")
    // has no SQL keyword after it; a statement does
    let words: Vec<String> = rest
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
        .map(|w| w.to_ascii_uppercase())
        .collect();
    let has = |k: &str| words.iter().any(|w| w == k);
    // the word at `i` after the first (SQL's order: "UPDATE t SET", "DELETE FROM t")
    let at = |i: usize, k: &str| words.get(i).is_some_and(|w| w == k);
    match upper.as_str() {
        "SELECT" => has("FROM") || rest.starts_with('*') || first == upper,
        // INSERT INTO t, INSERT OR IGNORE INTO t
        "INSERT" | "REPLACE" => at(0, "INTO") || (at(0, "OR") && at(2, "INTO")),
        // UPDATE t SET, UPDATE OR REPLACE t SET, UPDATE temp.t SET
        "UPDATE" => at(1, "SET") || at(2, "SET") || (at(0, "OR") && at(3, "SET")),
        "DELETE" => at(0, "FROM"),
        "WITH" => has("AS") && has("SELECT"),
        "CREATE" | "DROP" | "ALTER" => {
            has("TABLE") || has("INDEX") || has("VIEW") || has("TRIGGER")
        }
        "BEGIN" | "COMMIT" | "END" | "ROLLBACK" | "SAVEPOINT" | "RELEASE" => {
            first == upper
                && (has("TRANSACTION") || has("DEFERRED") || has("IMMEDIATE") || has("TO"))
        }
        _ => first == upper,
    }
}

/// Rust source `src` split into its code (comments and the contents of string literals
/// left out) and its string literals ("...", r"..." and r#"..."#, escapes as written).
fn scan(src: &str) -> (String, Vec<String>) {
    let b = src.as_bytes();
    let mut code = String::new();
    let mut literals = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let from = i;
        match b[i] {
            b'/' if b.get(i + 1) == Some(&b'/') => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                i += 2;
                while i + 1 < b.len() && !(b[i] == b'*' && b[i + 1] == b'/') {
                    i += 1;
                }
                i = (i + 2).min(b.len());
                continue;
            }
            // a char literal ('"', '\'') or a lifetime ('a): never a string's start
            b'\'' => {
                if b.get(i + 1) == Some(&b'\\') {
                    i += 2;
                    while i < b.len() && b[i] != b'\'' {
                        i += 1;
                    }
                } else if let Some(c) = src[i + 1..].chars().next() {
                    if src[i + 1 + c.len_utf8()..].starts_with('\'') {
                        i += c.len_utf8() + 1;
                    }
                }
                i += 1;
            }
            b'r' if (b.get(i + 1) == Some(&b'"') || b.get(i + 1) == Some(&b'#'))
                && (i == 0 || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_')) =>
            {
                let mut j = i + 1;
                while b.get(j) == Some(&b'#') {
                    j += 1;
                }
                if b.get(j) != Some(&b'"') {
                    i = j;
                } else {
                    let close = format!("\"{}", "#".repeat(j - i - 1));
                    let start = j + 1;
                    let end = src[start..].find(&close).map_or(b.len(), |e| start + e);
                    literals.push(src[start..end].to_string());
                    code.push_str("r\"\"");
                    i = (end + close.len()).min(b.len());
                    continue;
                }
            }
            b'"' => {
                let start = i + 1;
                i += 1;
                while i < b.len() && b[i] != b'"' {
                    if b[i] == b'\\' {
                        i += 1;
                    }
                    i += 1;
                }
                literals.push(src[start..i.min(b.len())].to_string());
                code.push_str("\"\"");
                i = (i + 1).min(b.len());
                continue;
            }
            _ => i += src[i..].chars().next().map_or(1, char::len_utf8),
        }
        code.push_str(&src[from..i.min(b.len())]);
    }
    (code, literals)
}

fn string_literals(src: &str) -> Vec<String> {
    scan(src).1
}

fn code_only(src: &str) -> String {
    scan(src).0
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// Every `.rs` file under `src/`, with its path relative to the crate.
fn sources() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let rel = p
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            (rel, std::fs::read_to_string(&p).unwrap())
        })
        .collect()
}

#[test]
fn the_scanner_finds_sql_and_only_sql() {
    let src = r##"
        // SELECT * FROM claim in a comment is no statement
        /* nor "INSERT INTO claim VALUES (1)" in a block comment */
        let q = "SELECT claim_id FROM claims WHERE x = ?1";
        let r = r#"INSERT INTO event(label) VALUES ("a")"#;
        let s = "
            update claim set low = 1";
        conn.execute_batch("BEGIN");
        conn.execute_batch("COMMIT");
        let c = '"'; let l: &'static str = "Delete the old database first";
        let m = "select a format: csv or json"; let n = "Update every claim";
        let o = "update the labels, then set them"; let u = "delete it from the list";
        let t = "UPDATE OR REPLACE claim_correction SET seq = 1";
        let v = "END"; let w = "begin the report";
        let p = "PRAGMA journal_mode=WAL";
    "##;
    let found: Vec<String> = string_literals(src)
        .into_iter()
        .filter(|l| is_statement(l))
        .collect();
    assert_eq!(
        found,
        [
            "SELECT claim_id FROM claims WHERE x = ?1",
            r#"INSERT INTO event(label) VALUES ("a")"#,
            "\n            update claim set low = 1",
            "BEGIN",
            "COMMIT",
            "UPDATE OR REPLACE claim_correction SET seq = 1",
            "END",
            "PRAGMA journal_mode=WAL",
        ]
    );
    assert!(code_only("use rusqlite::Connection; // rusqlite").contains("rusqlite"));
    assert!(!code_only("let s = \"rusqlite\"; // rusqlite").contains("rusqlite"));
}

#[test]
fn only_the_store_speaks_sql() {
    let mut offences = Vec::new();
    for (path, src) in sources() {
        if path.starts_with("src/store/") {
            continue;
        }
        for l in string_literals(&src) {
            if is_statement(&l) {
                offences.push(format!("{path}: SQL in a string: {:?}", l.trim()));
            }
        }
        if !RUSQLITE_ALLOWED.contains(&path.as_str()) && code_only(&src).contains("rusqlite") {
            offences.push(format!("{path}: names the rusqlite crate"));
        }
    }
    assert!(offences.is_empty(), "{}", offences.join("\n"));
}

#[test]
fn the_store_imports_nothing_from_render_or_input() {
    let mut offences = Vec::new();
    for (path, src) in sources() {
        if !path.starts_with("src/store/") {
            continue;
        }
        // the store's own unit tests may build their inputs with `input`
        let code = code_only(src.split("#[cfg(test)]").next().unwrap_or(""));
        for layer in ["crate::render", "crate::input", "crate::cmd"] {
            if code.contains(layer) {
                offences.push(format!("{path}: uses {layer}"));
            }
        }
    }
    assert!(offences.is_empty(), "{}", offences.join("\n"));
}
