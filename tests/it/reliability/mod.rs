//! Issue 6: trustworthy under bad input, crashes and concurrent use. See
//! docs/reliability.md for what each module shows and how to run the longer soak.

mod concurrency;
mod crash;
mod hostile;
mod limits;
mod outputs;
mod props;

use crate::common::Env;
use std::collections::BTreeMap;
use std::path::Path;

/// `make soak` sets TOLLCHECK_SOAK=1: more kills, more rounds, longer runs.
pub fn soak() -> bool {
    std::env::var_os("TOLLCHECK_SOAK").is_some_and(|v| v != "0")
}

/// A small seeded generator (xorshift64*), so that every run of a test is the same run.
pub struct Rng(pub u64);
impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    pub fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len() as u64) as usize]
    }
}

/// Asserts the process neither panicked nor died of a signal: exit 0 or 2 only.
pub fn assert_no_panic(what: &str, o: &std::process::Output) {
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        !err.contains("panicked"),
        "{what}: tollcheck panicked:\n{err}"
    );
    assert!(
        matches!(o.status.code(), Some(0) | Some(2)),
        "{what}: expected exit status 0 or 2, found {:?}\n{err}",
        o.status
    );
}

/// Writes `dir/line.txt`, `dir/line.csv` and `dir/line.jsonl`, each one 50 MB line (an
/// article, a collection record, a JSONL record); returns the line.
pub fn fifty_mb_line(env: &Env, dir: &str) -> String {
    let line = "x".repeat(50 * 1024 * 1024);
    env.write(&format!("{dir}/line.txt"), &line);
    env.write(&format!("{dir}/line.csv"), format!("id,text\na,{line}\n"));
    let jsonl = format!("{{\"id\":\"a\",\"text\":\"{line}\"}}\n");
    env.write(&format!("{dir}/line.jsonl"), jsonl);
    line
}

/// Claims per document name.
pub fn claims_per_document(db: &Path) -> BTreeMap<String, i64> {
    let conn = rusqlite::Connection::open(db).unwrap();
    conn.busy_timeout(std::time::Duration::from_secs(30))
        .unwrap();
    let mut stmt = conn
        .prepare(
            "SELECT d.name, COUNT(c.claim_id) FROM document d
             LEFT JOIN claim c ON c.document_id = d.document_id GROUP BY d.name",
        )
        .unwrap();
    let rows = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    rows
}

/// A digest of the database's content that ignores row ids and ingest timestamps: documents
/// by name, claims by (document, seq), events by their stable key, findings by what they
/// say and the (document, seq) of their claims. Two databases with the same digest hold the
/// same claims, events and findings, whatever order they were written in.
pub fn content_digest(db: &Path) -> String {
    digest_of(db, true)
}

/// `content_digest` of documents, claims and sources only: which event a claim joins,
/// the events' own rows and the findings depend on the order claims were stored (see
/// docs/reliability.md), so they differ between databases filled in another order.
/// Documents and every other claim column are compared in full.
pub fn content_digest_any_order(db: &Path) -> String {
    digest_of(db, false)
}

fn digest_of(db: &Path, event_rows: bool) -> String {
    let conn = rusqlite::Connection::open(db).unwrap();
    conn.busy_timeout(std::time::Duration::from_secs(30))
        .unwrap();
    let queries = [
        "SELECT name, kind, source_path, title, outlet, published, url, language, text,
                content_hash FROM document ORDER BY name",
        "SELECT d.name, c.seq, c.cited_document, c.outlet, c.published, c.claimant,
                (SELECT s.name FROM source s WHERE s.source_id = c.claimant_id), c.via,
                c.victims, c.victim_group, c.outcome, c.quantity, c.qualifier, c.low, c.high,
                c.scope, c.period, c.as_of, c.event_label, c.place, c.place_norm, c.event_date,
                c.adversary, c.sentence, c.span_start, c.span_end, c.method, c.notes,
                e.event_key
         FROM claim c JOIN document d USING (document_id)
         LEFT JOIN claim_event ce USING (claim_id)
         LEFT JOIN event e ON e.event_id = ce.event_id ORDER BY d.name, c.seq",
        "SELECT event_key, label, kind, place, date_start, date_end FROM event ORDER BY 1",
        "SELECT f.kind, f.severity, e.event_key, f.outcome, f.victim_group, f.reason,
                (SELECT group_concat(k, ';') FROM (SELECT d.name || '#' || c.seq AS k
                   FROM finding_claim fc JOIN claim c USING (claim_id)
                   JOIN document d USING (document_id)
                   WHERE fc.finding_id = f.finding_id ORDER BY k))
         FROM finding f LEFT JOIN event e USING (event_id) ORDER BY 1, 2, 3, 4, 5, 6, 7",
        "SELECT name, kind, side FROM source ORDER BY name",
    ];
    let mut acc = String::new();
    for (i, q) in queries.into_iter().enumerate() {
        if (i == 2 || i == 3) && !event_rows {
            continue;
        }
        let q = if i == 1 && !event_rows {
            // which event a claim joins depends on the order claims were stored
            q.replace("e.event_key\n", "NULL\n")
        } else {
            q.to_string()
        };
        let mut stmt = conn.prepare(&q).unwrap();
        let n = stmt.column_count();
        let mut rows = stmt.query([]).unwrap();
        while let Some(r) = rows.next().unwrap() {
            for i in 0..n {
                acc.push_str(&show(r.get_ref(i).unwrap()));
                acc.push('|');
            }
            acc.push('\n');
        }
        acc.push_str("--\n");
    }
    if let Some(dump) = std::env::var_os("TOLLCHECK_DIGEST_DUMP") {
        let mut p = std::path::PathBuf::from(dump);
        p.push(format!(
            "{:x}.txt",
            sha2::Sha256::digest(db.to_string_lossy().as_bytes())
        ));
        std::fs::write(p, &acc).ok();
    }
    use sha2::Digest;
    format!("{:x}", sha2::Sha256::digest(acc.as_bytes()))
}

fn show(v: rusqlite::types::ValueRef) -> String {
    use rusqlite::types::ValueRef::*;
    match v {
        Null => "NULL".into(),
        Integer(i) => i.to_string(),
        Real(f) => f.to_string(),
        Text(t) => format!("{:?}", String::from_utf8_lossy(t)),
        Blob(b) => format!("blob{b:?}"),
    }
}

pub fn integrity_ok(db: &Path) {
    let conn = rusqlite::Connection::open(db).unwrap();
    let r: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(r, "ok", "integrity_check on {}", db.display());
    let fk: Option<String> = conn
        .query_row("PRAGMA foreign_key_check", [], |r| r.get(0))
        .ok();
    assert_eq!(fk, None, "foreign_key_check found a dangling reference");
}

const PLACES: &[&str] = &[
    "Aleppo",
    "Khan Touman",
    "Homs",
    "Idlib",
    "Mosul",
    "Kabul",
    "Sanaa",
    "Gaza",
    "Kherson",
    "Goma",
];
const GROUPS: &[&str] = &["civilians", "soldiers", "police", "rebels", "advisers"];
const QUANTITIES: &[&str] = &[
    "3",
    "at least 12",
    "as many as 13",
    "more than 200",
    "around 40",
    "several",
    "between 7 and 9",
    "dozens",
    "twenty-one",
    "fewer than 10",
    "four more",
];
const OUTCOMES: &[&str] = &["killed", "wounded", "missing", "displaced"];

/// Writes a workload of `files` = [sheets, datasets, collections]: claim sheets of `rows`
/// rows, UCDP-like files of `rows` events and article collections of `rows / 8` articles,
/// into `dir` inside the env. Every document name is unique to `tag`, so workloads with
/// different tags are disjoint. Returns the folder.
pub fn workload(
    env: &Env,
    dir: &str,
    tag: &str,
    files: [usize; 3],
    rows: usize,
    seed: u64,
) -> std::path::PathBuf {
    let [sheets, datasets, collections] = files;
    let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    for s in 0..sheets {
        let mut t = String::from(
            "document,outlet,published,claimant,victims,outcome,quantity,event,place,event_date\n",
        );
        for r in 0..rows {
            let day = 1 + (r * 7 + s) % 28;
            t.push_str(&format!(
                "{tag}-s{s}-r{r}.txt,Outlet {o},2016-05-{day:02},{c},{g},{out},\"{q}\",,{p},2016-05-{day:02}\n",
                o = r % 5,
                c = rng.pick(&["police", "the ministry", "", "a local official"]),
                g = rng.pick(GROUPS),
                out = rng.pick(OUTCOMES),
                q = rng.pick(QUANTITIES),
                p = rng.pick(PLACES),
            ));
        }
        env.write(&format!("{dir}/sheet-{tag}-{s}.csv"), t);
    }
    for d in 0..datasets {
        let mut t = String::from(
            "id,year,type_of_violence,conflict_name,side_a,side_b,date_start,date_end,best,low,high,deaths_a,deaths_b,deaths_civilians,source_article\n",
        );
        for r in 0..rows {
            // ids unique to the tag, so that workloads never share a document
            let base = tag
                .bytes()
                .fold(0usize, |h, b| (h * 31 + b as usize) % 10_000);
            let id = base * 100_000_000 + 1_000_000 * (d + 1) + r;
            let low = (r % 50) as u64;
            let best = low + rng.below(10);
            let high = best + rng.below(10);
            t.push_str(&format!(
                "{id},2016,1,Conflict {tag},Side A,Side B,2016-0{m}-{day:02},2016-0{m}-{day:02},{best},{low},{high},{a},{b},{c},\"{tag} article {r}\"\n",
                m = 1 + r % 9,
                day = 1 + r % 28,
                a = rng.below(5),
                b = rng.below(5),
                c = rng.below(5),
            ));
        }
        env.write(&format!("{dir}/ged-{tag}-{d}.csv"), t);
    }
    for c in 0..collections {
        let mut t = String::new();
        // fewer articles than rows: the extractor runs on each (debug build, 2 cores)
        for r in 0..rows.div_ceil(8) {
            let text = format!(
                "{p}, {day} May 2016. {q} {g} were {o} in clashes near {p}, {who} said on Saturday. Another {n} were reported missing.",
                p = rng.pick(PLACES),
                day = 1 + r % 28,
                q = rng.pick(&["Thirteen", "At least 12", "As many as 40", "Several", "Around 300"]),
                g = rng.pick(GROUPS),
                o = rng.pick(&["killed", "wounded"]),
                who = rng.pick(&["police", "officials", "the army"]),
                n = 1 + rng.below(20),
            );
            t.push_str(
                &serde_json::json!({
                    "id": format!("{tag}-c{c}-a{r}"),
                    "published": "2016-05-07",
                    "outlet": "Wire",
                    "text": text,
                })
                .to_string(),
            );
            t.push('\n');
        }
        env.write(&format!("{dir}/articles-{tag}-{c}.jsonl"), t);
    }
    env.path(dir)
}
