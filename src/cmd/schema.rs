use super::Global;
use std::io::Write;

/// Print the database schema: tables, indexes and the stable views (claims, events,
/// findings, documents, sources, corrections, finding_claims) that scripts and Datasette
/// should query, each with what it holds and what its columns mean.
#[derive(Debug, clap::Args)]
pub struct Args {}

pub fn run(_a: Args, g: &Global) -> anyhow::Result<u8> {
    let store = g.open()?;
    let mut out = super::output(None)?;
    writeln!(out, "-- tollcheck schema (database {})", g.db.display())?;
    writeln!(
        out,
        "-- Stable views: claims, events, findings, documents, sources, corrections, finding_claims.\n-- Their columns keep their order; new ones are appended. Tables may grow.\n"
    )?;
    for (kind, name, sql) in store.schema_sql()? {
        writeln!(out, "-- {kind} {name}")?;
        if let Some(r) = tollcheck::describe::relation(&name) {
            writeln!(out, "-- {}", r.description)?;
            for c in r.columns {
                writeln!(
                    out,
                    "--   {}: {}",
                    c.name,
                    tollcheck::describe::column_text(c)
                )?;
            }
        }
        writeln!(out, "{sql};\n")?;
    }
    out.flush()?;
    Ok(0)
}
