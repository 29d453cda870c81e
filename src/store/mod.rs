//! The database: open (pragmas, WAL, migrations), write (one transaction per input),
//! read (through the stable views). The only module that speaks SQL.

mod correct;
mod incremental;
pub mod places;
mod query;
mod read;
mod write;
mod xref;

pub use correct::CorrectionStats;
pub use incremental::Relinked;
// the ids and rows live with the domain's types (`model`); named here too for the callers
// that knew them from the store
pub use crate::model::{
    attribution, claim_reference, interval, ClaimCounts, ClaimId, ClaimRow, DocumentId,
    EventCorrection, EventId, EventRow, FindingId, FindingRow, Totals,
};
pub use query::{QueryError, Table};
// pure functions of the domain, named here too for their earlier callers
pub use crate::model::char_offset;
pub use crate::normalize::normalise_group;
pub use write::{content_hash, BulkLoad, DocumentKind, SheetHasher, Timer, WriteOutcome, Writer};

use rusqlite::{Connection, OpenFlags};
use std::path::{Path, PathBuf};

refinery::embed_migrations!("migrations");

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database {path}: {source}")]
    Open {
        path: String,
        source: rusqlite::Error,
    },
    #[error("database {path}: migrating the schema: {source}")]
    Migrate {
        path: String,
        source: Box<refinery::Error>,
    },
    #[error(
        "database {path}: after migrating the schema, {count} rows break a foreign key: {first}"
    )]
    ForeignKeys {
        path: String,
        count: usize,
        first: String,
    },
    #[error("database: {0}")]
    Sql(#[from] rusqlite::Error),
    #[error("{0}")]
    Rejected(String),
}

pub type Result<T> = std::result::Result<T, StoreError>;

/// Hands the heap memory freed so far (after linking: its rows and tables, hundreds of MB
/// at a million claims, and the page cache) back to the system: glibc keeps freed small
/// blocks in its heap, and a report that then maps the database would add the map to them.
pub(crate) fn return_free_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only releases free memory of the allocator's own heap.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// How much of the database file [`Store::map_for_reading`] maps: 384 MB.
pub const READ_MAP_BYTES: i64 = 384 << 20;

/// An open tollcheck database.
pub struct Store {
    /// Private to the store: every statement is one of its methods.
    conn: Connection,
    pub path: PathBuf,
}

fn configure(conn: &Connection) -> rusqlite::Result<()> {
    conn.busy_timeout(std::time::Duration::from_secs(30))?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    Ok(())
}

impl Store {
    /// Opens (creating if needed) and migrates the database.
    pub fn open(path: &Path) -> Result<Store> {
        let display = path.display().to_string();
        let mut conn = Connection::open(path).map_err(|source| StoreError::Open {
            path: display.clone(),
            source,
        })?;
        let wrap = |source| StoreError::Open {
            path: display.clone(),
            source,
        };
        configure(&conn).map_err(wrap)?;
        // WAL: readers see a consistent state while one writer works. Switching a new file
        // to WAL takes a lock SQLite does not wait for, so processes creating one database
        // at once try again.
        let mut attempt = 0u64;
        loop {
            match conn.query_row("PRAGMA journal_mode=WAL", [], |r| r.get::<_, String>(0)) {
                Ok(_) => break,
                Err(rusqlite::Error::SqliteFailure(e, _))
                    if e.code == rusqlite::ErrorCode::DatabaseBusy
                        || e.code == rusqlite::ErrorCode::DatabaseLocked =>
                {
                    attempt += 1;
                    if attempt > 100 {
                        return Err(wrap(rusqlite::Error::SqliteFailure(e, None)));
                    }
                    std::thread::sleep(std::time::Duration::from_millis(10 * attempt.min(20)));
                }
                Err(e) => return Err(wrap(e)),
            }
        }
        conn.pragma_update(None, "synchronous", "NORMAL")
            .map_err(wrap)?;
        // 64 MB of page cache (the default is 2 MB): a big ingest or rebuild keeps its
        // indexes in memory instead of re-reading them; memory is taken only as used.
        conn.pragma_update(None, "cache_size", -65536)
            .map_err(wrap)?;
        // statement journals (and temporary tables) in memory: a statement that may fail
        // half way, inside a transaction, journals the pages it changes; on file, once one
        // statement's journal passed 64 KB, every later statement of the transaction
        // wrote its pages through the kernel (most of a big ingest's system time)
        conn.pragma_update(None, "temp_store", "MEMORY")
            .map_err(wrap)?;
        // room for every statement of an ingest (the claim insert alone comes in one size
        // per batch length): with the default 16 they pushed each other out and were
        // compiled again and again
        conn.set_prepared_statement_cache_capacity(128);
        migrate(&mut conn, &display)?;
        Ok(Store {
            conn,
            path: path.to_path_buf(),
        })
    }

    /// Sets the connection up for a long read in no particular order (the report reads each
    /// event's claims through the index of claims by event, a million random lookups):
    /// up to [`READ_MAP_BYTES`] of the database file are read through a memory map rather
    /// than copied into the page cache one `pread` at a time, and the page cache, which then
    /// holds only pages from the write-ahead log, shrinks to 16 MB. The mapped pages are the
    /// operating system's file cache and count in the process's resident size: the map's
    /// size keeps a report over any database under 500 MB (its own memory is ~100 MB; what
    /// linking just before freed is handed back to the system first).
    pub fn map_for_reading(&self) -> Result<()> {
        self.conn.pragma_update(None, "mmap_size", READ_MAP_BYTES)?;
        self.conn.pragma_update(None, "cache_size", -16384)?;
        self.conn.execute_batch("PRAGMA shrink_memory")?;
        return_free_memory();
        Ok(())
    }

    /// Opens an existing, migrated database read-only (for `sql` without `--write`).
    pub fn open_read_only(path: &Path) -> Result<Store> {
        // make sure the schema exists first (a new database is created and migrated)
        drop(Store::open(path)?);
        let display = path.display().to_string();
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|source| StoreError::Open {
            path: display.clone(),
            source,
        })?;
        configure(&conn).map_err(|source| StoreError::Open {
            path: display,
            source,
        })?;
        conn.pragma_update(None, "query_only", "ON")?;
        Ok(Store {
            conn,
            path: path.to_path_buf(),
        })
    }

    /// The schema as SQL: tables, indexes, then views and triggers, in creation order;
    /// indexes by their table's, then their own (a bulk load creates an index again).
    pub fn schema_sql(&self) -> Result<Vec<(String, String, String)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT m.type, m.name, m.sql FROM sqlite_master m
             WHERE m.sql IS NOT NULL AND m.name NOT LIKE 'sqlite_%'
               AND m.name NOT LIKE 'refinery_%'
             ORDER BY CASE m.type WHEN 'table' THEN 0 WHEN 'index' THEN 1 ELSE 2 END,
               CASE m.type WHEN 'index' THEN (SELECT t.rowid FROM sqlite_master t
                 WHERE t.type = 'table' AND t.name = m.tbl_name) ELSE m.rowid END,
               m.rowid",
        )?;
        let rows = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }
}

/// One snapshot of the database for several reads (a report reads its plan, events and
/// claims in step, and must not see an ingest that commits in between): a read
/// transaction that ends with [`Snapshot::finish`], or is rolled back when dropped. The
/// store's reads are called through it (it dereferences to the [`Store`]); no raw
/// `BEGIN`/`COMMIT` outside the store.
pub struct Snapshot<'s> {
    store: &'s Store,
    open: bool,
}

impl Store {
    /// Starts a read transaction; its snapshot is taken at its first read.
    pub fn snapshot(&self) -> Result<Snapshot<'_>> {
        self.conn.execute_batch("BEGIN DEFERRED")?;
        Ok(Snapshot {
            store: self,
            open: true,
        })
    }
}

impl Snapshot<'_> {
    /// Ends the read transaction.
    pub fn finish(mut self) -> Result<()> {
        self.open = false;
        self.store.conn.execute_batch("COMMIT")?;
        Ok(())
    }
}

impl std::ops::Deref for Snapshot<'_> {
    type Target = Store;
    fn deref(&self) -> &Store {
        self.store
    }
}

impl Drop for Snapshot<'_> {
    fn drop(&mut self) {
        if self.open {
            // a read transaction changed nothing: rolling it back cannot lose anything
            let _ = self.store.conn.execute_batch("ROLLBACK");
        }
    }
}

/// Applies the pending migrations, with foreign keys off: a migration that rebuilds a table
/// (V5, `claim`) drops the old one, which with foreign keys on deletes its rows and cascades
/// into the tables that reference it. `PRAGMA foreign_keys` does nothing inside a
/// transaction, and refinery runs each migration in one, so they are switched off for the
/// connection around the run; when a migration was applied, `PRAGMA foreign_key_check` then
/// proves every reference still holds.
fn migrate(conn: &mut Connection, display: &str) -> Result<()> {
    conn.pragma_update(None, "foreign_keys", "OFF")?;
    let applied = run_migrations(conn, display);
    conn.pragma_update(None, "foreign_keys", "ON")?;
    if applied? > 0 {
        let broken: Vec<String> = conn
            .prepare("PRAGMA foreign_key_check")?
            .query_map([], |r| {
                Ok(format!(
                    "{} row {} references {}",
                    r.get::<_, String>(0)?,
                    r.get::<_, Option<i64>>(1)?.unwrap_or_default(),
                    r.get::<_, String>(2)?
                ))
            })?
            .collect::<rusqlite::Result<_>>()?;
        if !broken.is_empty() {
            return Err(StoreError::ForeignKeys {
                path: display.to_string(),
                count: broken.len(),
                first: broken[0].clone(),
            });
        }
    }
    Ok(())
}

/// Runs the pending migrations; returns how many were applied. Two processes opening a new
/// database at once may both find V1 pending; each migration is applied with its history row
/// in one transaction, so the one that loses the race ("already exists", "no such index", a
/// lock) tries again and then finds the winner's migrations applied.
fn run_migrations(conn: &mut Connection, display: &str) -> Result<usize> {
    const ATTEMPTS: u32 = 20;
    let mut attempt = 0;
    loop {
        attempt += 1;
        match migrations::runner().run(conn) {
            Ok(report) => return Ok(report.applied_migrations().len()),
            Err(e) => {
                let msg = e.to_string();
                // the loser of a race runs a migration the winner applied meanwhile: what
                // it creates "already exists", what it drops or rebuilds (V5) is "no such"
                // index or table any more, a column it adds (V6) a "duplicate column name"
                let raced = msg.contains("already exists")
                    || msg.contains("duplicate column name")
                    || msg.contains("no such ")
                    || msg.contains("locked")
                    || msg.contains("busy")
                    || msg.contains("UNIQUE constraint failed: refinery_schema_history");
                if !raced || attempt >= ATTEMPTS {
                    return Err(StoreError::Migrate {
                        path: display.to_string(),
                        source: Box::new(e),
                    });
                }
                std::thread::sleep(std::time::Duration::from_millis(50 * u64::from(attempt)));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads through a snapshot do not see a write another connection commits after the
    /// snapshot's first read; after `finish`, and after a dropped snapshot, they do.
    #[test]
    fn a_snapshot_keeps_its_reads_consistent() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.db");
        let store = Store::open(&path).unwrap();
        let other = Store::open(&path).unwrap();
        let add_source = |name: &str| {
            other
                .conn
                .execute("INSERT INTO source(name) VALUES (?1)", [name])
                .unwrap()
        };
        let sources = |s: &Store| -> i64 {
            s.conn
                .query_row("SELECT COUNT(*) FROM source", [], |r| r.get(0))
                .unwrap()
        };
        let snap = store.snapshot().unwrap();
        let before = sources(&snap);
        add_source("Fars");
        assert_eq!(sources(&snap), before, "the snapshot holds");
        snap.finish().unwrap();
        assert_eq!(sources(&store), before + 1);
        let snap = store.snapshot().unwrap();
        let seen = sources(&snap);
        add_source("IRNA");
        assert_eq!(sources(&snap), seen);
        drop(snap); // rolled back: the connection reads the latest again
        assert_eq!(sources(&store), seen + 1);
    }
}
