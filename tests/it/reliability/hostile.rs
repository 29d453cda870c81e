//! The hostile corpus (tests/data/hostile, plus inputs too big or too odd to commit that are
//! made here): each input is either rejected with `file:line: reason` and exit status 2,
//! leaving the database byte for byte as it was, or accepted and read correctly. Never a
//! panic, never another exit status.

use super::{assert_no_panic, fifty_mb_line};
use crate::common::{corpus, project, Env};
use std::path::Path;

/// What ingesting one input must do.
enum Expect {
    /// Rejected: the message names the input and this line (0: the whole file, no line),
    /// and says this.
    Reject(usize, &'static str),
    /// Accepted; the query, run after, prints this (CSV without its header).
    Accept(&'static str, &'static str),
}
use Expect::*;

/// (file under tests/data/hostile, what must happen).
const CASES: &[(&str, Expect)] = &[
    // ---- articles
    ("article_bom.txt", Accept("select substr(text,1,4) from document where name='article_bom.txt'", "Four\n")),
    ("article_crlf.txt", Accept("select instr(text, char(13)), length(text) from document where name='article_crlf.txt'", "0,51\n")),
    ("article_lone_cr.txt", Accept("select instr(text, char(13)), instr(text, char(10)) from document where name='article_lone_cr.txt'", "0,18\n")),
    ("article_bom_crlf_front.md", Accept("select title, outlet, published, text from document where name='article_bom_crlf_front.md'", "Blast,Wire,2016-04-12,\"Four soldiers were killed.\n\"\n")),
    ("article_invalid_utf8.txt", Reject(3, "expected UTF-8 text, found an invalid byte")),
    ("article_nul.txt", Reject(2, "found a NUL byte")),
    ("article_binary.txt", Reject(1, "expected UTF-8 text")),
    ("article_elf.md", Reject(1, "found the control character U+007F")),
    ("article_empty.txt", Reject(1, "expected article text, found an empty file")),
    ("article_whitespace.md", Reject(1, "expected article text, found an empty file")),
    ("article_control.txt", Reject(2, "found the control character U+0007")),
    ("article_utf16.txt", Reject(1, "expected UTF-8 text")),
    ("article_front_unclosed.md", Reject(4, "expected a closing '---' for the front matter")),
    ("article_front_unclosed_eof.md", Reject(3, "expected a closing '---' for the front matter")),
    ("article_front_only.md", Reject(4, "expected article text after the front matter")),
    // found by the fuzz loop: the message named a line past the end of the file
    ("article_front_closed_at_eof.md", Reject(3, "expected article text after the front matter, found none")),
    ("article_front_dup.md", Reject(3, "expected title once in the front matter")),
    ("article_bad_date.md", Reject(3, "published: expected a date")),
    ("article_numbers.txt", Accept("select count(*) from document where name='article_numbers.txt'", "1\n")),
    // scripts, styles and handlers dropped; entities decoded into text (so "&lt;script&gt;"
    // is the text "<script>", which the HTML report escapes again)
    ("article_script.html", Accept("select title, text from document where name='article_script.html'", "T & more,\"Four soldiers & two civilians were killed <script> \u{a9} \u{e9}\n\nSecond A paragraph.\"\n")),
    ("article_only_script.html", Reject(1, "found HTML with no text")),
    ("article_entities.html", Accept("select text from document where name='article_entities.html'", "Odd entities: \u{fffd} \u{fffd} \u{fffd} \u{fffd} &#x; &#; & <> &unknownentity; \u{fffd} &#-5; \u{20ac} \u{178} &\u{e9}; &#\u{e9}; end\n")),
    // an unclosed tag or comment ends the page, as in a browser
    ("article_broken_tags.html", Accept("select text from document where name='article_broken_tags.html'", "Text before\n")),
    ("article_broken_tags2.html", Accept("select text from document where name='article_broken_tags2.html'", "Plain start\n")),
    ("article_unicode.txt", Accept("select count(*) from document where name='article_unicode.txt'", "1\n")),
    // ---- article collections
    ("coll_ragged.csv", Reject(3, "expected 3 fields like the header, found 4")),
    ("coll_quoted_newline.csv", Accept("select name, text from document where name like 'q_' order by name", "q1,\"Four soldiers\nwere killed, \"\"officials\"\" said.\"\nq2,\"Line\nbreaks\"\n")),
    ("coll_unterminated_quote.csv", Reject(2, "expected a closing '\"' for the quoted field opened on this line, found the end of the file")),
    ("coll_bom_crlf.csv", Accept("select group_concat(name) from (select name from document where name like 'b_' order by name)", "\"b1,b2\"\n")),
    ("coll_truncated.json", Reject(3, "expected a JSON array of objects: EOF while parsing")),
    ("coll_truncated.jsonl", Reject(2, "expected one JSON object a line: EOF while parsing")),
    ("coll_not_object.jsonl", Reject(2, "expected a JSON object")),
    ("coll_invalid_utf8.jsonl", Reject(2, "expected UTF-8 text")),
    ("coll_nul_escaped.jsonl", Reject(2, "found a NUL byte")),
    ("coll_nul_raw.csv", Reject(3, "found a NUL byte")),
    ("coll_empty_array.json", Reject(1, "expected at least one record, found none")),
    ("coll_scalar.json", Reject(1, "expected a JSON array of objects")),
    ("coll_dup_ids.jsonl", Reject(2, "expected each document once, found \"a\" again (first on line 1)")),
    ("coll_bad_date.csv", Reject(2, "published: expected a date")),
    ("coll_empty.csv", Reject(1, "the file is empty")),
    ("coll_header_only.csv", Reject(1, "expected at least one article record, found none")),
    ("coll_ragged.tsv", Reject(3, "expected 2 fields like the header, found 1")),
    ("coll_dup_header.csv", Reject(1, "the column \"text\" appears twice in the header")),
    ("coll_nested_text.jsonl", Reject(1, "recursion limit exceeded")),
    ("coll_text_object.json", Accept("select text from document where name='a'", "\"{\"\"nested\"\":[\"\"Four killed.\"\"]}\"\n")),
    ("coll_sentences_bad.jsonl", Reject(1, "expected sentences as a JSON array of strings")),
    // ---- claim sheets
    ("sheet_huge_number.csv", Reject(2, "quantity: the number in")),
    ("sheet_pow.csv", Reject(2, "quantity: unexpected \"^30\" after the quantity \"10\"")),
    ("sheet_negative.csv", Reject(3, "quantity: expected a quantity")),
    ("sheet_bad_event_date.csv", Reject(2, "event_date: expected a date")),
    ("sheet_bad_published.tsv", Reject(2, "published: expected a date")),
    ("sheet_low_disagrees.csv", Reject(2, "low 4 does not agree with the quantity \"at least 3\"")),
    ("sheet_low_overflow.csv", Reject(2, "low: expected a whole number, found \"99999999999999999999\"")),
    ("sheet_missing_quantity.csv", Reject(1, "expected a column named \"quantity\"")),
    ("sheet_bad_outcome.tsv", Reject(2, "outcome: expected")),
    ("sheet_empty_outcome.csv", Reject(3, "expected an outcome, found an empty cell")),
    ("sheet_quoted_newline.csv", Accept("select sentence from claims where input='sheet_quoted_newline.csv' order by claim_id", "\"He said:\n\"\"three were killed\"\"\r\nand left.\"\nplain\n")),
    ("sheet_bom_crlf.tsv", Accept("select victims, quantity from claims where input='sheet_bom_crlf.tsv' order by claim_id", "civilians,at least 3\nsoldiers,twenty-one\n")),
    ("sheet_formula.csv", Accept("select count(*) from claims where input='sheet_formula.csv'", "1\n")),
    ("sheet_script.csv", Accept("select victims from claims where input='sheet_script.csv'", "<script>alert(1)</script>\n")),
    ("sheet_truncated.jsonl", Reject(2, "expected one JSON object a line: EOF while parsing")),
    ("sheet_ragged.csv", Reject(3, "expected 2 fields like the header, found 1")),
    ("sheet_nul.csv", Reject(3, "found a NUL byte")),
    ("sheet_invalid_utf8.csv", Reject(3, "expected UTF-8 text")),
    ("sheet_qualifier_unknown.csv", Reject(2, "qualifier: expected")),
    ("sheet_unknown_columns.csv", Accept("select notes from claims where input='sheet_unknown_columns.csv'", "\"{\"\"colour\"\":\"\"red\"\",\"\"weird col\"\":\"\"x,y\"\"}\"\n")),
    // ---- UCDP GED-like datasets
    ("ucdp_bad_best.csv", Reject(3, "best: expected a whole number of deaths, found \"many\"")),
    ("ucdp_huge.csv", Reject(2, "expected a whole number of deaths, found \"1e30\"")),
    ("ucdp_negative.csv", Reject(2, "best: expected a whole number of deaths, found \"-5\"")),
    ("ucdp_bad_date.csv", Reject(2, "date_start: expected a date")),
    ("ucdp_dup_id.csv", Reject(3, "expected each event id once, found ucdp-ged:1 again (first on line 2)")),
    ("ucdp_ragged.csv", Reject(2, "expected 15 fields like the header, found 7")),
    ("ucdp_low_above_high.csv", Accept("select json_extract(notes, '$.inconsistent_bounds') from claims where input='ucdp-ged:7' and quantity like 'best%'", "\"UCDP gives low 9, best 5, high 6; read as 5 to 9\"\n")),
    ("ucdp_nan.csv", Reject(2, "low: expected a whole number of deaths, found \"inf\"")),
    ("ucdp_timestamp_huge.csv", Reject(2, "date_start: expected a date")),
    ("ucdp_ok_crlf.csv", Accept("select count(*) > 0 from claims where input like 'ucdp-ged-%' or method='import'", "1\n")),
    // ---- files of no known kind, given by name
    ("unknown.bin", Reject(0, "expected an article (.txt .md .html), a claim sheet or collection (.csv .tsv .jsonl .json), found a .bin file")),
    ("no_extension", Reject(0, "found a . file")),
];

/// Manifests (`ingest --manifest FILE`): (manifest, line, reason).
const MANIFESTS: &[(&str, usize, &str)] = &[
    (
        "manifest_outside/m/manifest.csv",
        2,
        "expected a path inside the manifest's folder, found \"../outside.txt\"",
    ),
    (
        "manifest_missing/manifest.csv",
        3,
        "not-there.txt does not exist",
    ),
    (
        "manifest_absolute/manifest.csv",
        2,
        "expected a path inside the manifest's folder, found \"/etc/hostname\"",
    ),
    (
        "manifest_bad_date/manifest.csv",
        2,
        "published: expected a date",
    ),
    ("manifest_dir/manifest.csv", 2, "is not a file"),
];

/// Copies tests/data/hostile into the env, so that inputs are named by short relative paths.
fn copy_corpus(env: &Env) {
    fn copy(from: &Path, to: &Path) {
        std::fs::create_dir_all(to).unwrap();
        for e in std::fs::read_dir(from).unwrap() {
            let p = e.unwrap().path();
            let t = to.join(p.file_name().unwrap());
            if p.is_dir() {
                copy(&p, &t);
            } else {
                std::fs::copy(&p, &t).unwrap();
            }
        }
    }
    copy(&project("tests/data/hostile"), &env.path("hostile"));
}

/// Ingests `args` and checks the outcome against `expect`; `display` is how the input is
/// named in messages.
fn check(env: &Env, display: &str, args: &[&std::ffi::OsStr], expect: &Expect) {
    let before = env.digest();
    let o = env.run(args);
    assert_no_panic(display, &o);
    let err = String::from_utf8_lossy(&o.stderr);
    match expect {
        Reject(line, reason) => {
            assert_eq!(
                o.status.code(),
                Some(2),
                "{display}: expected a rejection\n{err}"
            );
            let prefix = if *line > 0 {
                format!("{display}:{line}: ")
            } else {
                format!("{display}: ")
            };
            let shown = err
                .lines()
                .find(|l| l.contains(&prefix))
                .unwrap_or_else(|| {
                    panic!("{display}: expected a message starting {prefix:?}, found:\n{err}")
                });
            assert!(
                shown.contains(reason),
                "{display}: expected {reason:?} in:\n{shown}"
            );
            assert_eq!(
                env.digest(),
                before,
                "{display}: a rejected input changed the database"
            );
        }
        Accept(query, expected) => {
            assert_eq!(
                o.status.code(),
                Some(0),
                "{display}: expected it accepted\n{err}"
            );
            let out = env.ok(["sql", query, "--format", "csv"]);
            let body = out.split_once('\n').map_or("", |(_, b)| b);
            assert_eq!(body, *expected, "{display}: {query}");
        }
    }
}

#[test]
fn hostile_corpus_is_rejected_cleanly_or_read_correctly() {
    let env = Env::new();
    copy_corpus(&env);
    // a database with content, so that "unchanged" means something
    env.ok(["ingest".as_ref(), corpus("seeds-claims.csv").as_os_str()]);
    let mut tried = 0;
    for (file, expect) in CASES {
        let display = format!("hostile/{file}");
        check(
            &env,
            &display,
            &["ingest".as_ref(), display.as_ref()],
            expect,
        );
        tried += 1;
    }
    for (m, line, reason) in MANIFESTS {
        let display = format!("hostile/{m}");
        let args: [&std::ffi::OsStr; 3] =
            ["ingest".as_ref(), "--manifest".as_ref(), display.as_ref()];
        check(&env, &display, &args, &Reject(*line, reason));
        tried += 1;
    }
    // every committed file is in the table (none forgotten)
    let committed = walk_count(&project("tests/data/hostile"));
    let listed = CASES.len() + MANIFESTS.len();
    assert!(
        committed >= 40 && listed >= 40,
        "{committed} files, {listed} cases"
    );
    assert_eq!(tried, listed);
}

fn walk_count(p: &Path) -> usize {
    std::fs::read_dir(p)
        .unwrap()
        .map(|e| {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk_count(&p)
            } else {
                1
            }
        })
        .sum()
}

/// A directory walk of the whole corpus at once: the good files go in, every bad one is
/// named, nothing panics, and the status is 2.
#[test]
fn hostile_directory_walk() {
    let env = Env::new();
    copy_corpus(&env);
    let o = env.run(["ingest", "hostile"]);
    assert_no_panic("ingest hostile/", &o);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    let rejected = err
        .lines()
        .filter(|l| l.starts_with("tollcheck: rejected: hostile/"))
        .count();
    let expected = CASES
        .iter()
        .filter(|(f, e)| matches!(e, Reject(..)) && !matches!(*f, "unknown.bin" | "no_extension"))
        .count();
    // the manifests' folders hold csv files that are not manifests when walked: they are
    // rejected too (no quantity/outcome/text columns), and one holds an article
    assert!(
        rejected >= expected,
        "{rejected} rejected, expected at least {expected}:\n{err}"
    );
}

/// Inputs made at test time: too big to commit, or not files at all.
#[test]
fn generated_hostile_inputs() {
    let env = Env::new();
    env.ok(["ingest".as_ref(), corpus("seeds-claims.csv").as_os_str()]);
    let mb = 1024 * 1024;
    // one 50 MB line, as an article, a collection, a sheet and JSON
    let line = fifty_mb_line(&env, "big");
    env.write(
        "big/sheet.csv",
        format!("outcome,quantity,quote\nkilled,3,{line}\n"),
    );
    env.write(
        "big/header.csv",
        format!("{line},outcome,quantity\n1,killed,3\n"),
    );
    drop(line);
    // a 6 MB line inside a small article, and in a collection's text
    let six = "y".repeat(6 * mb);
    env.write("big/six.md", format!("first\n{six}\n"));
    env.write(
        "big/six.jsonl",
        format!("{{\"id\":\"s\",\"text\":\"ok\"}}\n{{\"id\":\"t\",\"text\":\"{six}\"}}\n"),
    );
    env.write(
        "big/six_cell.csv",
        format!("outcome,quantity,quote\nkilled,3,short\nkilled,4,{six}\n"),
    );
    drop(six);
    // deeply nested JSON: 100k `[`
    env.write("deep/deep.json", "[".repeat(100_000));
    env.write(
        "deep/deep.jsonl",
        format!("{{\"id\":\"a\",\"text\":\"x\"}}\n{}\n", "[".repeat(100_000)),
    );
    env.write("deep/deep_obj.json", "{\"a\":".repeat(100_000));
    env.write(
        "deep/deep.html",
        format!(
            "{}Four killed.{}",
            "<div>".repeat(100_000),
            "</div>".repeat(100_000)
        ),
    );
    env.write(
        "deep/entities.html",
        format!("<p>{}</p>", "&#9999999999999;&amp;&".repeat(10_000)),
    );
    let cases: &[(&str, usize, &str)] = &[
        ("big/line.txt", 0, "expected a document of at most 20 MB"),
        ("big/line.csv", 2, "expected a record of at most 20 MB"),
        ("big/line.jsonl", 1, "expected a record of at most 20 MB"),
        (
            // claim sheets are streamed (main's bulk loader): the cell limit names it
            "big/sheet.csv",
            2,
            "quote: expected a cell of at most 5 MB, found 50.0 MB",
        ),
        ("big/header.csv", 1, "expected a record of at most 20 MB"),
        ("big/six.md", 2, "expected lines of at most 5 MB"),
        ("big/six.jsonl", 2, "expected lines of at most 5 MB"),
        (
            "big/six_cell.csv",
            3,
            "quote: expected a cell of at most 5 MB",
        ),
        ("deep/deep.json", 1, "recursion limit exceeded"),
        ("deep/deep.jsonl", 2, "recursion limit exceeded"),
        ("deep/deep_obj.json", 1, "recursion limit exceeded"),
    ];
    for (file, line, reason) in cases {
        check(
            &env,
            file,
            &["ingest".as_ref(), file.as_ref()],
            &Reject(*line, reason),
        );
    }
    check(
        &env,
        "deep/deep.html",
        &["ingest".as_ref(), "deep/deep.html".as_ref()],
        &Accept(
            "select text from document where name='deep.html'",
            "Four killed.\n",
        ),
    );
    check(
        &env,
        "deep/entities.html",
        &["ingest".as_ref(), "deep/entities.html".as_ref()],
        &Accept(
            "select count(*) from document where name='entities.html'",
            "1\n",
        ),
    );
}

/// Endless inputs: a link to /dev/zero is read only up to its kind's limit; a device
/// with no extension is not read at all.
#[cfg(unix)]
#[test]
fn endless_inputs_stop_at_the_limit() {
    let env = Env::new();
    env.ok(["ingest".as_ref(), corpus("seeds-claims.csv").as_os_str()]);
    std::os::unix::fs::symlink("/dev/zero", env.path("zero.txt")).unwrap();
    let cases: &[(&str, &str)] = &[
        ("zero.txt", "expected a document of at most 20 MB of text, found more"),
        ("/dev/zero", "expected an article (.txt .md .html), a claim sheet or collection (.csv .tsv .jsonl .json), found a . file"),
    ];
    for (f, reason) in cases {
        check(
            &env,
            f,
            &["ingest".as_ref(), f.as_ref()],
            &Reject(0, reason),
        );
    }
}

/// A symlink loop and a dangling link in a walked folder: named, never followed forever.
#[cfg(unix)]
#[test]
fn symlink_loops_in_a_walk() {
    use std::os::unix::fs::symlink;
    let env = Env::new();
    env.write("walk/a/one.csv", "outcome,quantity\nkilled,3\n");
    symlink("..", env.path("walk/a/up")).unwrap(); // a loop: walk/a/up -> walk
    symlink(env.path("walk/a"), env.path("walk/a/self")).unwrap();
    symlink("nowhere.txt", env.path("walk/dangling.txt")).unwrap();
    let before = env.digest();
    let o = env.run(["ingest", "walk"]);
    assert_no_panic("walk", &o);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(
        err.contains("walk/a/up: cannot walk the directory: File system loop found"),
        "{err}"
    );
    assert!(
        err.contains("walk/a/self: cannot walk the directory: File system loop found"),
        "{err}"
    );
    assert!(err.contains("walk/dangling.txt"), "{err}");
    // the good file still went in, once
    assert_ne!(env.digest(), before);
    assert_eq!(env.count("select count(*) from claims"), 1);
}

/// The other endless inputs: a manifest and a query read from stdin are read only up to
/// their limits, rejected with the limit named, and the database is left as it was.
#[cfg(unix)]
#[test]
fn endless_manifest_and_query_stop_at_the_limit() {
    let env = Env::new();
    env.ok(["ingest".as_ref(), corpus("seeds-claims.csv").as_os_str()]);
    std::os::unix::fs::symlink("/dev/zero", env.path("zero-manifest.csv")).unwrap();
    let before = env.digest();
    let o = env.run(["ingest", "--manifest", "zero-manifest.csv"]);
    assert_no_panic("manifest", &o);
    let err = crate::common::stderr(&o);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(
        err.contains("zero-manifest.csv: expected a manifest of at most 64 MB, found more"),
        "{err}"
    );
    assert_eq!(env.digest(), before);

    let o = env
        .cmd()
        .args(["sql", "-"])
        .stdin(std::fs::File::open("/dev/zero").unwrap())
        .output()
        .unwrap();
    assert_no_panic("sql -", &o);
    let err = crate::common::stderr(&o);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(
        err.contains("stdin: expected a query of at most 16 MB, found more"),
        "{err}"
    );
    assert_eq!(env.digest(), before);
}
