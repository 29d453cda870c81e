use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A temporary folder with its own database, running the real binary.
pub struct Env {
    pub dir: tempfile::TempDir,
}

#[allow(dead_code)]
impl Env {
    pub fn new() -> Env {
        Env {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }
    pub fn db(&self) -> PathBuf {
        self.dir.path().join("t.db")
    }
    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }
    pub fn write(&self, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let p = self.path(name);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent).unwrap();
        }
        std::fs::write(&p, bytes).unwrap();
        p
    }
    pub fn cmd(&self) -> Command {
        let mut c = Command::new(env!("CARGO_BIN_EXE_tollcheck"));
        c.current_dir(self.dir.path())
            .env_remove("TOLLCHECK_DB")
            .env_remove("TOLLCHECK_DATA")
            .arg("--db")
            .arg(self.db());
        c
    }
    /// Runs with args; returns the output.
    pub fn run<I, S>(&self, args: I) -> Output
    where
        I: IntoIterator<Item = S>,
        S: AsRef<std::ffi::OsStr>,
    {
        self.cmd().args(args).output().expect("run tollcheck")
    }
    /// Runs and expects exit status 0; returns stdout.
    pub fn ok<I, S>(&self, args: I) -> String
    where
        I: IntoIterator<Item = S>,
        S: AsRef<std::ffi::OsStr>,
    {
        let o = self.run(args);
        assert!(
            o.status.success(),
            "tollcheck failed: {}\n{}",
            o.status,
            String::from_utf8_lossy(&o.stderr)
        );
        String::from_utf8(o.stdout).expect("utf-8 stdout")
    }
    /// A single number from a query.
    pub fn count(&self, sql: &str) -> i64 {
        let out = self.ok(["sql", sql, "--format", "csv"]);
        out.lines()
            .nth(1)
            .unwrap_or("")
            .trim()
            .parse()
            .unwrap_or_else(|_| panic!("not a number: {out}"))
    }
    /// A digest of every row of every table, to prove a rejected input changed nothing.
    pub fn digest(&self) -> String {
        let conn = rusqlite::Connection::open(self.db()).unwrap();
        let tables: Vec<String> = conn
            .prepare("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        let mut acc = String::new();
        for t in tables {
            let mut stmt = conn
                .prepare(&format!("SELECT * FROM \"{t}\" ORDER BY 1"))
                .unwrap();
            let n = stmt.column_count();
            let mut rows = stmt.query([]).unwrap();
            acc.push_str(&t);
            while let Some(r) = rows.next().unwrap() {
                for i in 0..n {
                    acc.push_str(&format!("{:?}|", r.get_ref(i).unwrap()));
                }
                acc.push('\n');
            }
        }
        use sha2::Digest;
        format!("{:x}", sha2::Sha256::digest(acc.as_bytes()))
    }
}

/// A file of the shared corpus (../shared/corpus beside the checkout).
pub fn corpus(rel: &str) -> PathBuf {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/corpus")
        .join(rel);
    assert!(p.exists(), "the shared corpus is missing: {}", p.display());
    p
}

/// A file of this project.
pub fn project(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)
}

/// A database holding one multi-outlet scenario of our own (`tests/data/scenarios/<name>/`),
/// ingested from its manifest as a recorder would.
#[allow(dead_code)]
pub fn scenario_env(name: &str) -> Env {
    let env = Env::new();
    let manifest = project(&format!("tests/data/scenarios/{name}/manifest.csv"));
    env.ok([
        "--quiet",
        "ingest",
        "--manifest",
        manifest.to_str().unwrap(),
    ]);
    env
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Every migration in migrations/ is recorded as applied in the database.
pub fn assert_all_migrations_applied(db: &Path) {
    let conn = rusqlite::Connection::open(db).unwrap();
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

/// An ECB+ document's sentences, in order.
pub fn ecb_sentences(v: &serde_json::Value) -> Vec<&str> {
    v["sentences"]
        .as_array()
        .map(|a| a.iter().filter_map(|s| s.as_str()).collect())
        .unwrap_or_default()
}

/// ECB+ documents chosen by `keep` (given each corpus record), as the JSONL lines of an
/// article collection (`id`, `text`: the sentences one a line), read from the corpus.
pub fn ecb_collection(keep: impl Fn(&serde_json::Value) -> bool) -> Vec<String> {
    let path = corpus("ecbplus/ecbplus_docs.jsonl");
    let mut lines = Vec::new();
    for line in std::fs::read_to_string(&path).unwrap().lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        if !keep(&v) {
            continue;
        }
        let text = ecb_sentences(&v);
        let rec = serde_json::json!({ "id": v["doc"], "text": text.join("\n") });
        lines.push(rec.to_string());
    }
    lines
}

/// A JSONL collection of reports (id, text) of one day written in `env` as `name`
/// (session 27, mendl27: one helper for the tests that wrote it inline).
pub fn reports_jsonl(env: &Env, name: &str, day: &str, reports: &[(&str, &str)]) -> PathBuf {
    env.write(
        name,
        reports
            .iter()
            .map(|(id, text)| {
                serde_json::json!({ "id": id, "text": text, "published": day }).to_string() + "\n"
            })
            .collect::<String>(),
    )
}

/// The line of `ingest --explain`'s output deciding the figure written `number` (quoted)
/// with `verdict` ("kept", "dropped"); panics naming the figure when there is none.
pub fn explained<'o>(out: &'o str, number: &str, verdict: &str) -> &'o str {
    out.lines()
        .find(|l| l.contains(number) && l.contains(verdict))
        .unwrap_or_else(|| panic!("no decision for {number} in\n{out}"))
}
