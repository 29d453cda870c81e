use super::Global;
use std::path::PathBuf;
use tollcheck::ingest::{count, Explained, ExplainedPlace, Ingest, Sink};

/// Read articles (.txt .md .html), article collections and claim sheets (.csv .tsv .jsonl
/// .json) and known datasets (UCDP GED) into the database. Directories are walked
/// recursively. Each file is one transaction: a bad file is rejected whole with
/// `file:line: reason`, the others go in, and the exit status is 2. Ingesting the same
/// content again changes nothing; a document whose content changed replaces its claims.
///
/// A file written by `tollcheck export claims` (columns claim_id, quantity, outcome,
/// method) and edited in a spreadsheet is read as corrections: its claimant, via, victims,
/// outcome, quantity, scope, place and event_date cells win over what was read or
/// extracted, keep the claim's provenance, and survive later re-ingests of the document.
/// A cell set back to its exported value withdraws the correction. On a terminal, a
/// progress bar shows on stderr (not with --quiet).
///
/// A JSONL file written by `tollcheck extract` (columns document, quantity, outcome,
/// span_start, method) is read as extracted claims: each document's claims are stored
/// with their provenance, without extracting again; so is stdin (`tollcheck extract
/// articles.jsonl | tollcheck ingest -`) when its first line is such a claim.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Files or directories to read (`-` reads stdin: an article, or the claims `tollcheck
    /// extract` wrote)
    pub paths: Vec<PathBuf>,
    /// CSV of path, outlet, published, url, title (paths relative to the manifest's
    /// folder); with no PATH given, the articles it lists are read
    #[arg(long)]
    pub manifest: Option<PathBuf>,
    #[command(flatten)]
    pub metadata: super::Metadata,
    /// Read and check everything, store nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Print every candidate number the extractor saw and why it was kept or dropped
    #[arg(long)]
    pub explain: bool,
    /// Days apart within which claims about one place are one event
    #[arg(long, default_value_t = 3)]
    pub window_days: i64,
}

/// Progress on stderr, `--explain` lines on stdout, warnings on stderr.
struct Terminal {
    quiet: bool,
    bar: Option<indicatif::ProgressBar>,
}

impl Sink for Terminal {
    fn start(&mut self, files: usize) {
        self.bar = Some(super::progress::bar(files as u64, self.quiet, "files"));
    }
    fn file(&mut self, display: &str) {
        if let Some(bar) = &self.bar {
            bar.set_message(display.to_string());
            bar.inc(1);
        }
    }
    fn files_done(&mut self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
    fn explain(&mut self, d: &Explained<'_>) {
        let verdict = if d.kept { "kept" } else { "dropped" };
        println!(
            "{}:{}: {verdict} {:?}: {}",
            d.document, d.line, d.written, d.reason
        );
    }
    fn explain_place(&mut self, p: &ExplainedPlace<'_>) {
        let d = p.decision;
        match &d.chosen {
            Some(chosen) => println!(
                "{}:{}: place of {:?}: {chosen}, {}",
                p.document, p.line, p.claim, d.reason
            ),
            None => println!(
                "{}:{}: place of {:?}: none ({})",
                p.document, p.line, p.claim, d.reason
            ),
        }
        for m in &d.mentions {
            println!("    seen {m}");
        }
    }
    fn warning(&mut self, message: &str) {
        eprintln!("tollcheck: warning: {message}");
    }
}

pub fn run(a: Args, g: &Global) -> anyhow::Result<u8> {
    let tables = g.tables()?;
    a.metadata.check()?;
    let ingest = Ingest {
        tables: &tables,
        manifest: a.manifest,
        outlet: a.metadata.outlet,
        published: a.metadata.published,
        url: a.metadata.url,
        dry_run: a.dry_run,
        explain: a.explain,
        window_days: a.window_days,
    };
    let mut sink = Terminal {
        quiet: g.quiet,
        bar: None,
    };
    let inputs = ingest.inputs(&a.paths)?;
    if inputs.files.is_empty() {
        for r in &inputs.rejected {
            eprintln!("tollcheck: rejected: {}", r.message());
        }
        return Ok(2);
    }
    let mut store = g.open()?;
    let summary = ingest.run_inputs(&mut store, inputs, &mut sink)?;
    for r in &summary.rejected {
        eprintln!("tollcheck: rejected: {}", r.message());
    }
    if !g.quiet && !summary.undated.is_empty() {
        eprintln!("tollcheck: warning: {}", undated_warning(&summary.undated));
    }
    let dry = if a.dry_run { "dry run: " } else { "" };
    let c = &summary.corrections;
    if !g.quiet && c.rows > 0 {
        eprintln!(
            "{dry}corrections: {} read, {} corrected, {} withdrawn, {} changed",
            count(c.rows, "row"),
            count(c.cells, "cell"),
            c.reverted,
            count(c.claims, "claim")
        );
    }
    if !g.quiet {
        eprintln!(
            "{dry}{} files, {} documents ({} new, {} replaced, {} unchanged), {} claims written; database: {} claims, {} events; {} rejected",
            summary.files,
            summary.documents,
            summary.added,
            summary.replaced,
            summary.unchanged,
            summary.claims,
            summary.database_claims,
            summary.database_events,
            summary.rejected.len()
        );
    }
    if let (Some(linking), true) = (&summary.linking, a.explain && !g.quiet) {
        eprintln!("{}", linking.describe());
    }
    Ok(if summary.rejected.is_empty() { 0 } else { 2 })
}

/// The warning for articles with no published date: how many, which (the first few),
/// what follows (their claims' relative dates stay unknown) and how to give one.
fn undated_warning(names: &[String]) -> String {
    const NAMED: usize = 5;
    let mut list = names[..names.len().min(NAMED)].join(", ");
    if names.len() > NAMED {
        list.push_str(&format!(" and {} more", names.len() - NAMED));
    }
    format!(
        "{} with no published date ({list}): their claims get no date from \"on Saturday\" or \"yesterday\", and link badly. Give one in the article's front matter (`published: YYYY-MM-DD`), with --published DATE, or in a --manifest (path,outlet,published,url,title)",
        count(names.len(), "article")
    )
}
