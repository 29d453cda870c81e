//! Tables read as rows of cells: the stable views `export` writes, the list of events, and
//! the user's own query (`tollcheck sql`). The rows go to a [`RowSink`] as they are read.

use super::Store;
use crate::model::{Cell, RowSink};
use rusqlite::types::ValueRef;

/// A table `export` writes: one of the stable views, every column, in id order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Table {
    Claims,
    Events,
    Findings,
    Documents,
    Sources,
}

impl Table {
    fn query(self) -> &'static str {
        match self {
            Table::Claims => "SELECT * FROM claims ORDER BY claim_id",
            Table::Events => "SELECT * FROM events ORDER BY event_id",
            Table::Findings => "SELECT * FROM findings ORDER BY finding_id",
            Table::Documents => "SELECT * FROM documents ORDER BY document_id",
            Table::Sources => "SELECT * FROM sources ORDER BY source_id",
        }
    }
}

/// Why a query's rows could not all be read, or the sink (`E`) refused one.
#[derive(Debug, thiserror::Error)]
pub enum QueryError<E = std::convert::Infallible> {
    /// The query itself (as SQLite words it: "near \"selec\": syntax error").
    #[error(transparent)]
    Sql(#[from] rusqlite::Error),
    #[error("the query has no parameter named {0:?} (write it as :{0} in the query)")]
    Param(String),
    #[error("{0}")]
    Sink(#[source] E),
}

impl From<ValueRef<'_>> for Cell {
    fn from(v: ValueRef<'_>) -> Self {
        match v {
            ValueRef::Null => Cell::Null,
            ValueRef::Integer(i) => Cell::Int(i),
            ValueRef::Real(f) => Cell::Real(f),
            ValueRef::Text(t) => Cell::Text(String::from_utf8_lossy(t).into_owned()),
            ValueRef::Blob(b) => Cell::Text(format!("<{} bytes>", b.len())),
        }
    }
}

impl Store {
    /// Runs the user's query `sql` with its named parameters (`:name`, `@name` or `$name`;
    /// a bare name is `:name`) bound to text, and hands its column names, then its rows, to
    /// `sink`. Returns the number of rows. Whether it may change the database is the
    /// connection's ([`Store::open_read_only`]) and [`Store::query_is_read_only`]'s to say.
    pub fn query_rows<S: RowSink>(
        &self,
        sql: &str,
        params: &[(String, String)],
        sink: &mut S,
    ) -> Result<usize, QueryError<S::Error>> {
        let mut stmt = self.conn.prepare(sql)?;
        let columns: Vec<String> = stmt.column_names().map(|s| s.to_string()).collect();
        for (name, value) in params {
            let key = if name.starts_with([':', '@', '$']) {
                name.clone()
            } else {
                format!(":{name}")
            };
            let idx = stmt
                .parameter_index(&key)?
                .ok_or_else(|| QueryError::Param(name.clone()))?;
            stmt.raw_bind_parameter(idx, value)?;
        }
        let n = columns.len();
        sink.columns(columns).map_err(QueryError::Sink)?;
        let mut rows = stmt.raw_query();
        let mut count = 0;
        let mut cells = Vec::with_capacity(n);
        while let Some(r) = rows.next()? {
            cells.clear();
            for i in 0..n {
                cells.push(Cell::from(r.get_ref(i)?));
            }
            sink.row(&cells).map_err(QueryError::Sink)?;
            count += 1;
        }
        Ok(count)
    }

    /// Whether the first statement of `sql` leaves the database and every file as they are
    /// (SQLite's own answer: `VACUUM INTO 'x.db'` or `PRAGMA journal_mode` are not read-only).
    pub fn query_is_read_only(&self, sql: &str) -> Result<bool, QueryError> {
        Ok(self.conn.prepare(sql)?.readonly())
    }

    /// Every row of `table` to `sink`; returns the number of rows.
    pub fn export<S: RowSink>(
        &self,
        table: Table,
        sink: &mut S,
    ) -> Result<usize, QueryError<S::Error>> {
        self.query_rows(table.query(), &[], sink)
    }

    /// The list of events (`tollcheck events list`): id, name, kind, place, dates and how
    /// many claims, documents and findings each has; by first date (undated last), then id.
    pub fn event_list<S: RowSink>(&self, sink: &mut S) -> Result<usize, QueryError<S::Error>> {
        self.query_rows(
            "SELECT event_id, event, kind, place, date_start, date_end, claims, documents, findings
             FROM events ORDER BY COALESCE(date_start, '9999'), event_id",
            &[],
            sink,
        )
    }
}

#[cfg(test)]
mod tests {
    use crate::model::{ClaimId, DocumentId, EventId, FindingId};

    /// An id goes into SQLite as its integer and comes back as the same id; a text or a
    /// null where an id is read is an error, not a zero.
    #[test]
    fn ids_round_trip_through_sqlite() {
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        let back: (ClaimId, EventId, i64) = conn
            .query_row("SELECT ?1, ?2, ?1 + ?2", (ClaimId(41), EventId(1)), |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })
            .unwrap();
        assert_eq!(back, (ClaimId(41), EventId(1), 42));
        let text = conn.query_row("SELECT 'x'", [], |r| r.get::<_, DocumentId>(0));
        assert!(text.is_err());
        let null: Option<FindingId> = conn.query_row("SELECT NULL", [], |r| r.get(0)).unwrap();
        assert_eq!(null, None);
        assert_eq!(EventId(7).to_string(), "7");
    }
}
