use super::Global;
use std::io::Write;

/// Print the database schema: tables, indexes and the stable views (claims, events,
/// findings, documents, sources) that scripts and Datasette should query.
#[derive(Debug, clap::Args)]
pub struct Args {}

pub fn run(_a: Args, g: &Global) -> anyhow::Result<u8> {
    let store = g.open()?;
    let mut out = super::output(None)?;
    writeln!(out, "-- tollcheck schema (database {})", g.db.display())?;
    writeln!(
        out,
        "-- Stable views: claims, events, findings, documents, sources. Tables may grow.\n"
    )?;
    for (kind, name, sql) in store.schema_sql()? {
        writeln!(out, "-- {kind} {name}\n{sql};\n")?;
    }
    out.flush()?;
    Ok(0)
}
