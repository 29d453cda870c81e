use super::Global;
use std::io::Write;
use std::path::PathBuf;

/// Write Datasette metadata (JSON) for the database: title, description, license note, a
/// description of every view and table and of their columns, with units (low/high count
/// people, spans count characters, dates are ISO 8601), and full-text search on the claims
/// view.
///
/// Then: datasette tollcheck.db -m metadata.json
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Write to this file instead of stdout (`-` is stdout)
    #[arg(long, short)]
    pub output: Option<PathBuf>,
    /// The database's name in Datasette [default: the --db file name without extension]
    #[arg(long)]
    pub name: Option<String>,
}

pub fn run(a: Args, g: &Global) -> anyhow::Result<u8> {
    let name = a.name.unwrap_or_else(|| {
        g.db.file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "tollcheck".into())
    });
    let meta = tollcheck::describe::datasette_metadata(&name);
    let mut out = super::output(a.output.as_deref())?;
    serde_json::to_writer_pretty(&mut out, &meta)?;
    writeln!(out)?;
    out.flush()?;
    Ok(0)
}
