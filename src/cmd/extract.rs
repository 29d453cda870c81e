use super::Global;
use std::path::PathBuf;
use tollcheck::ingest::Ingest;
use tollcheck::stream::{Filter, StdinKind};

/// Extract claims from articles without a database: a streaming filter. Articles in (text
/// files, directories, article collections as JSONL, JSON, CSV or TSV with a text or body
/// field; `-` or no PATH reads stdin), one claim per JSONL line out, with the columns of
/// `export claims` (document, outlet, published, claimant, via, victims, victim_group,
/// outcome, quantity, qualifier, low, high, scope, as_of, event, place, event_date,
/// sentence, span_start, span_end, method) and then the claim's other fields by name; the
/// first line of each document carries its signature (the names linking compares).
/// Documents are extracted in parallel a chunk at a time, so memory stays bounded on any
/// input. `tollcheck ingest` reads the output back, with its provenance: extraction can
/// run anywhere, storage and cross-reference once.
///
/// An input with a bad record stops at that record (the claims of the documents before it
/// are written), the next input is read, and the exit status is 2.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Files or directories of articles (`-` reads stdin)
    pub paths: Vec<PathBuf>,
    /// What stdin holds: jsonl (an article collection), csv, tsv, or text (one article)
    #[arg(long, value_enum, default_value_t = StdinFormat::Jsonl)]
    pub stdin_format: StdinFormat,
    #[command(flatten)]
    pub metadata: super::Metadata,
    /// Also write a line for each document with no claim (its claim columns empty): ingest
    /// then stores every document, and links claims exactly as a direct ingest would
    /// (linking weighs a name by how many documents hold it)
    #[arg(long)]
    pub all_documents: bool,
    /// CSV of path, outlet, published, url, title (paths relative to the manifest's
    /// folder), as for ingest; with no PATH given, the articles it lists are read
    #[arg(long)]
    pub manifest: Option<PathBuf>,
    /// Write the claims here (`-` or none: stdout)
    #[arg(long, short)]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum StdinFormat {
    Jsonl,
    Csv,
    Tsv,
    Text,
}

pub fn run(a: Args, g: &Global) -> anyhow::Result<u8> {
    let tables = g.tables()?;
    a.metadata.check()?;
    let options = Ingest {
        outlet: a.metadata.outlet,
        published: a.metadata.published,
        url: a.metadata.url,
        manifest: a.manifest.clone(),
        ..Ingest::new(&tables)
    };
    let paths = if a.paths.is_empty() && a.manifest.is_none() {
        vec![PathBuf::from("-")]
    } else {
        a.paths
    };
    let stdin = match a.stdin_format {
        StdinFormat::Jsonl => StdinKind::Jsonl,
        StdinFormat::Csv => StdinKind::Csv,
        StdinFormat::Tsv => StdinKind::Tsv,
        StdinFormat::Text => StdinKind::Text,
    };
    let out = super::output(a.output.as_deref())?;
    let mut filter = Filter::new(&options, out);
    filter.empty_documents = a.all_documents;
    let summary = filter.run(&paths, stdin)?;
    for r in &summary.rejected {
        eprintln!("tollcheck: rejected: {}", r.message());
    }
    if !g.quiet {
        eprintln!(
            "{} files, {} documents, {} claims; {} rejected",
            summary.files,
            summary.documents,
            summary.claims,
            summary.rejected.len()
        );
    }
    Ok(if summary.rejected.is_empty() { 0 } else { 2 })
}
