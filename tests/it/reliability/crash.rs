//! Crash safety: `ingest` killed with SIGKILL at random points of a large ingest. After
//! every kill the database passes `PRAGMA integrity_check`, and every document in it has
//! exactly the claims a clean run gives it (never a partial document). Re-running the
//! same ingest then gives exactly the content of an uninterrupted run: same documents,
//! claims, events and findings, compared by `content_digest` (row ids and ingest times
//! aside, which depend on the order things were written in).
//!
//! No timing is asserted: the kill delays only choose where the kill lands.

use super::*;
use std::time::{Duration, Instant};

/// Polls (read-only, through WAL) until the running ingest has stored some documents but
/// not all, or has ended.
fn wait_for_some_documents(db: &std::path::Path, total: i64, child: &mut std::process::Child) {
    for _ in 0..20_000 {
        if child.try_wait().unwrap().is_some() {
            return;
        }
        if db.exists() {
            if let Ok(conn) = rusqlite::Connection::open_with_flags(
                db,
                rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY,
            ) {
                let n: i64 = conn
                    .query_row("SELECT COUNT(*) FROM document", [], |r| r.get(0))
                    .unwrap_or(0);
                if n > 0 && n < total {
                    return;
                }
            }
        }
        std::thread::sleep(Duration::from_millis(2));
    }
}

/// Whether the database has its schema (a process killed while migrating a new database
/// leaves the file with none of it; each migration is one transaction).
fn has_documents_table(db: &std::path::Path) -> bool {
    let conn = rusqlite::Connection::open(db).unwrap();
    conn.query_row(
        "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'document'",
        [],
        |r| r.get::<_, i64>(0),
    )
    .unwrap()
        > 0
}

fn run_with_kills(kills: usize, seed: u64) {
    // the workload: sheets, UCDP-like datasets and article collections in several files
    let clean = Env::new();
    // named relatively (each env runs in its own folder), so source paths are the same
    workload(&clean, "in", "k", [6, 4, 3], 400, seed);
    let dir = std::path::PathBuf::from("in");
    let start = Instant::now();
    let o = clean.run(["ingest".as_ref(), dir.as_os_str()]);
    assert_no_panic("clean ingest", &o);
    assert_eq!(o.status.code(), Some(0), "{}", crate::common::stderr(&o));
    let clean_time = start.elapsed();
    let reference = claims_per_document(&clean.db());
    let reference_digest = content_digest(&clean.db());
    assert!(reference.len() > 1000, "{} documents", reference.len());
    let extracted: i64 = reference
        .iter()
        .filter(|(d, _)| d.contains("-c"))
        .map(|(_, n)| n)
        .sum();
    eprintln!("crash: the clean run extracted {extracted} claims from the collections");

    // the same files, in a second folder, killed again and again
    let env = Env::new();
    workload(&env, "in", "k", [6, 4, 3], 400, seed);
    let mut rng = Rng(seed.wrapping_mul(31) | 1);
    let window = clean_time.as_millis().max(50) as u64;
    let mut killed_mid_way = 0;
    let total = reference.len() as i64;
    for i in 0..kills {
        // half the rounds start again from an empty database, half carry on from what the
        // last killed run left
        if i % 2 == 0 {
            for ext in ["", "-wal", "-shm"] {
                let mut p = env.db().into_os_string();
                p.push(ext);
                std::fs::remove_file(p).ok();
            }
        }
        let mut child = env
            .cmd()
            .arg("ingest")
            .arg(&dir)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        if i % 3 == 0 {
            // kill as soon as some but not all documents are in: a kill between files
            wait_for_some_documents(&env.db(), total, &mut child);
        } else {
            // anywhere from the start to a little past a clean run's time: inside a file's
            // transaction, at its commit, during the rebuild at the end
            std::thread::sleep(Duration::from_millis(rng.below(window)));
        }
        let finished = child.try_wait().unwrap().is_some();
        child.kill().ok(); // SIGKILL
        child.wait().unwrap();
        if !finished {
            killed_mid_way += 1;
        }
        if !env.db().exists() {
            continue; // killed before the database was created
        }
        integrity_ok(&env.db());
        if !has_documents_table(&env.db()) {
            continue; // killed while the new database's schema was being made: nothing stored
        }
        let now = claims_per_document(&env.db());
        for (doc, n) in &now {
            assert_eq!(
                reference.get(doc),
                Some(n),
                "kill {i}: document {doc} has {n} claims, a clean run gives it {:?}",
                reference.get(doc)
            );
        }
    }
    let o = env.run(["ingest".as_ref(), dir.as_os_str()]);
    assert_no_panic("final ingest", &o);
    assert_eq!(o.status.code(), Some(0), "{}", crate::common::stderr(&o));
    integrity_ok(&env.db());
    assert_eq!(claims_per_document(&env.db()), reference);
    assert_eq!(content_digest(&env.db()), reference_digest);
    eprintln!("crash: {kills} kills ({killed_mid_way} mid-way), {} documents, no partial document, final content identical", reference.len());
}

#[test]
fn sigkill_during_ingest_leaves_no_partial_document() {
    let kills = if soak() { 60 } else { 5 };
    run_with_kills(kills, 0x5eed_0001);
}

/// A kill during the event/finding rebuild at the end of an ingest (the last write
/// transaction): re-running `report` gives the same events and findings as a clean run.
#[test]
fn sigkill_during_report_rebuild() {
    let env = Env::new();
    let dir = workload(&env, "in", "r", [4, 4, 0], 400, 7);
    env.ok(["ingest".as_ref(), dir.as_os_str()]);
    let reference = content_digest(&env.db());
    let mut rng = Rng(99);
    let rounds = if soak() { 30 } else { 3 };
    for _ in 0..rounds {
        let start = Instant::now();
        env.ok(["report", "--format", "json", "-o", "report.json"]);
        let t = start.elapsed().as_millis() as u64;
        let mut child = env
            .cmd()
            .args(["report", "--format", "json", "-o", "report2.json"])
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(rng.below(t.max(10))));
        child.kill().ok();
        child.wait().unwrap();
        integrity_ok(&env.db());
        // either the old xref or the new one, which are the same: never half of one
        assert_eq!(content_digest(&env.db()), reference);
    }
}
