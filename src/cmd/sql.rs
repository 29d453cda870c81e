use super::Global;
use anyhow::Context;
use tollcheck::render::table::{CsvOptions, TableFormat, TableSink};
use tollcheck::store::Store;

/// Run one SQL query against the database. Read-only unless --write. Stable views:
/// claims, events, findings, documents, sources (see `tollcheck schema`).
///
/// Example: tollcheck sql "select outcome, count(*) from claims group by 1"
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The query, or `-` to read it from stdin
    pub query: String,
    /// Output format
    #[arg(long, short, value_enum, default_value = "table")]
    pub format: TableFormat,
    #[command(flatten)]
    pub shorthand: super::FormatShorthand,
    /// Bind a named parameter: -p place "Khan Touman" for `:place` in the query
    #[arg(short = 'p', long = "param", num_args = 2, value_names = ["NAME", "VALUE"])]
    pub params: Vec<String>,
    /// Allow the query to change the database
    #[arg(long)]
    pub write: bool,
}

/// The longest query `sql -` reads from stdin.
const MAX_QUERY_BYTES: usize = 16 * 1024 * 1024;

pub fn run(a: Args, g: &Global) -> anyhow::Result<u8> {
    let query = if a.query == "-" {
        let bytes = tollcheck::input::read_capped(
            "stdin",
            std::io::stdin(),
            None,
            MAX_QUERY_BYTES,
            "a query of at most 16 MB",
        )?;
        String::from_utf8(bytes).context("stdin: expected the query as UTF-8 text")?
    } else {
        a.query.clone()
    };
    let params: Vec<(String, String)> = a
        .params
        .chunks(2)
        .filter_map(|c| Some((c.first()?.clone(), c.get(1)?.clone())))
        .collect();
    if !a.write {
        g.require_database()?;
    }
    let store = if a.write {
        Store::open(&g.db)?
    } else {
        Store::open_read_only(&g.db)?
    };
    if !a.write {
        // Besides the read-only connection: a statement that would change any file (VACUUM
        // INTO 'x.db' writes a new one, journal_mode or wal_checkpoint rewrite this one) is
        // refused before it runs.
        if !store.query_is_read_only(query.trim())? {
            anyhow::bail!(
                "the query would change the database or write a file, and the database is opened read-only; add --write to run it"
            );
        }
    }
    if a.write
        && store
            .query_is_read_only(query.trim())
            .map_or(true, |ro| !ro)
    {
        // what it changes may be what events and findings were linked from
        store.mark_xref_stale()?;
    }
    let out = super::output(None)?;
    let mut sink = TableSink::new(
        out,
        a.shorthand
            .pick(a.format, TableFormat::Json, TableFormat::Csv),
        CsvOptions::default(),
    );
    store
        .query_rows(query.trim(), &params, &mut sink)
        .map_err(|e| {
            let msg = e.to_string();
            if !a.write && (msg.contains("readonly") || msg.contains("query_only")) {
                anyhow::anyhow!("{msg}: the database is opened read-only; add --write to change it")
            } else {
                anyhow::anyhow!("{msg}")
            }
        })?;
    sink.finish().map_err(|e| anyhow::anyhow!("{e}"))?;
    Ok(0)
}
