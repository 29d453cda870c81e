//! `tollcheck extract`: articles in, claims as JSONL out, no database; and those claims
//! ingested back with their provenance.

use crate::common::{corpus, Env};

/// ECB+ documents: extracting with --all-documents and ingesting the lines gives every
/// claim a direct ingest gives, column for column (ids, events and provenance included:
/// linking sees every document's names as in a direct ingest).
#[test]
fn extract_then_ingest_equals_a_direct_ingest_on_ecbplus() {
    let (env, direct_env) = (Env::new(), Env::new());
    let docs = corpus("ecbplus/ecbplus_docs.jsonl").display().to_string();
    let out = env.run(["extract", "--all-documents", "-o", "claims.jsonl", &docs]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!env.db().exists(), "extract touched no database");
    let lines = std::fs::read_to_string(env.path("claims.jsonl")).unwrap();
    direct_env.ok(["ingest", &docs]);
    env.ok(["ingest", "claims.jsonl"]);
    let direct = direct_env.ok(["export", "claims"]);
    assert!(direct.lines().count() > 100, "ECB+ holds claims");
    assert_eq!(direct, env.ok(["export", "claims"]));
    // one line a claim, plus one for each document without any
    let n_claims = direct.lines().count() - 1;
    let empty = lines
        .lines()
        .filter(|l| l.contains("\"outcome\":null"))
        .count();
    assert_eq!(lines.lines().count(), n_claims + empty);
    // ingesting the same lines again changes nothing
    let again = env.run(["ingest", "claims.jsonl"]);
    assert!(String::from_utf8_lossy(&again.stderr).contains("0 claims written"));
}

/// Every line has the SPEC's claim columns first, in `export claims` order, and the
/// provenance: the sentence and its span within the document text.
#[test]
fn lines_carry_the_spec_columns_and_provenance() {
    let env = Env::new();
    let seed = corpus("seeds/000_1d455cb254d66fd1.txt")
        .display()
        .to_string();
    let out = env.ok(["extract", &seed, "--published", "2015-11-12"]);
    let text = std::fs::read_to_string(&seed).unwrap();
    let spec = [
        "document",
        "outlet",
        "published",
        "claimant",
        "via",
        "victims",
        "victim_group",
        "outcome",
        "quantity",
        "qualifier",
        "low",
        "high",
        "scope",
        "as_of",
        "event",
        "place",
        "event_date",
        "sentence",
        "span_start",
        "span_end",
        "method",
    ];
    let mut n = 0;
    for line in out.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        // the keys in the line's order: where each SPEC column's key stands
        let at: Vec<usize> = spec
            .iter()
            .map(|k| line.find(&format!("\"{k}\":")).expect(k))
            .collect();
        assert!(line.starts_with("{\"document\":"), "{line}");
        assert!(at.windows(2).all(|w| w[0] < w[1]), "{line}");
        assert_eq!(v["document"], "000_1d455cb254d66fd1.txt");
        assert_eq!(v["published"], "2015-11-12");
        assert_eq!(v["method"], "extracted");
        let (s, e) = (
            v["span_start"].as_u64().unwrap() as usize,
            v["span_end"].as_u64().unwrap() as usize,
        );
        let sentence: String = text.chars().skip(s).take(e - s).collect();
        assert_eq!(sentence, v["sentence"].as_str().unwrap());
        n += 1;
    }
    assert!(n >= 2, "the seed holds claims: {out}");
}

/// stdin as a JSONL collection gives the same lines as the file; a claim sheet is not an
/// article collection, and is refused with its file and line (status 2).
#[test]
fn stdin_and_refusals() {
    let env = Env::new();
    let docs = corpus("ecbplus/ecbplus_docs.jsonl").display().to_string();
    let from_file = env.ok(["extract", &docs]);
    let stdin = std::fs::File::open(&docs).unwrap();
    let out = env.cmd().arg("extract").stdin(stdin).output().unwrap();
    assert!(out.status.success());
    // documents without an id are named after the file: none here
    assert_eq!(String::from_utf8(out.stdout).unwrap(), from_file);
    let sheet = corpus("seeds-claims.csv").display().to_string();
    let out = env.run(["extract", &sheet]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("seeds-claims.csv:1: expected an article collection"),
        "{err}"
    );
}

/// The seed reports with their manifest (outlets, published dates that resolve "on
/// Saturday"): extract with --manifest, ingest the lines, and the claims are those of a
/// direct ingest with the manifest.
#[test]
fn seeds_with_their_manifest_extract_then_ingest_like_a_direct_ingest() {
    let (env, direct_env) = (Env::new(), Env::new());
    let manifest = corpus("seeds-manifest.csv").display().to_string();
    env.ok([
        "extract",
        "--all-documents",
        "--manifest",
        &manifest,
        "-o",
        "seeds.jsonl",
    ]);
    direct_env.ok(["ingest", "--manifest", &manifest]);
    env.ok(["ingest", "seeds.jsonl"]);
    let direct = direct_env.ok(["export", "claims"]);
    assert!(
        direct.lines().count() > 15,
        "the seeds hold claims: {direct}"
    );
    assert_eq!(direct, env.ok(["export", "claims"]));
    // the manifest's dates are on the lines
    let lines = std::fs::read_to_string(env.path("seeds.jsonl")).unwrap();
    assert!(
        lines.lines().all(|l| !l.contains("\"published\":null")),
        "{lines}"
    );
}

/// Runs `ingest -` with `input` on stdin; returns its stderr.
fn ingest_stdin(env: &Env, input: &[u8]) -> String {
    use std::io::Write;
    let mut child = env
        .cmd()
        .args(["ingest", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input).unwrap();
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "{err}");
    err
}

/// `tollcheck extract ... | tollcheck ingest -`: extracted claims on stdin (known by their
/// first line, blank lines before it or not) are stored as from the file; an article on
/// stdin is still an article, read whole.
#[test]
fn extracted_claims_on_stdin_are_ingested_like_the_file() {
    let (env, file_env) = (Env::new(), Env::new());
    let manifest = corpus("seeds-manifest.csv").display().to_string();
    let lines = env.ok(["extract", "--all-documents", "--manifest", &manifest]);
    assert!(lines.lines().count() > 15);
    let err = ingest_stdin(&env, format!("\n  \n{lines}").as_bytes());
    assert!(err.contains("0 rejected"), "{err}");
    file_env.write("seeds.jsonl", &lines);
    file_env.ok(["ingest", "seeds.jsonl"]);
    let claims = env.ok(["export", "claims"]);
    assert_eq!(claims.lines().count(), lines.lines().count() + 1);
    assert_eq!(claims, file_env.ok(["export", "claims"]));
    // the same lines again change nothing
    assert!(ingest_stdin(&env, lines.as_bytes()).contains("0 claims written"));

    // an article (here one whose first line is JSON, but no claim's) stays an article
    let (article_env, named_env) = (Env::new(), Env::new());
    let seed = std::fs::read_dir(corpus("seeds"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .min()
        .unwrap();
    let mut text = b"{\"note\": \"not a claim\"}\n".to_vec();
    text.extend(std::fs::read(&seed).unwrap());
    ingest_stdin(&article_env, &text);
    named_env.write("stdin.txt", &text);
    named_env.ok(["ingest", "stdin.txt"]);
    let read = |e: &Env| e.ok(["sql", "select name, text from document", "-f", "csv"]);
    assert_eq!(read(&article_env), read(&named_env));
    assert!(read(&article_env).contains("not a claim"));
    let claims = article_env.ok(["export", "claims"]);
    assert!(claims.lines().count() > 1, "{claims}");
    assert_eq!(claims, named_env.ok(["export", "claims"]));
}
