//! Typed ids, so a claim id is never passed where a document id is meant. Each converts to
//! and from an SQLite integer (rusqlite's `ToSql`/`FromSql`): the store binds and reads
//! them as they are, with no `.0` on the way in or out.

use rusqlite::types::{FromSql, FromSqlResult, ToSql, ToSqlOutput, ValueRef};
use std::fmt;

macro_rules! ids {
    ($($(#[$doc:meta])* $name:ident),* $(,)?) => {$(
        $(#[$doc])*
        #[derive(
            Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize,
        )]
        pub struct $name(pub i64);

        impl ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
                Ok(ToSqlOutput::from(self.0))
            }
        }

        impl FromSql for $name {
            fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
                i64::column_result(value).map($name)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }
    )*};
}

ids!(
    /// A stored document (`document.document_id`).
    DocumentId,
    /// A stored claim (`claim.claim_id`).
    ClaimId,
    /// An event: an incident that claims were linked into (`event.event_id`).
    EventId,
    /// A finding about an event's claims (`finding.finding_id`).
    FindingId,
);
