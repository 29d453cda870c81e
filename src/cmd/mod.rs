//! One module per command, each with a `clap::Args` struct whose doc comments are its help.

pub mod completions;
pub mod datasette_metadata;
pub mod eval;
pub mod events;
pub mod export;
pub mod extract;
pub mod ingest;
pub mod man;
pub mod progress;
pub mod report;
pub mod schema;
pub mod sql;

use anyhow::Context;
use clap::{Parser, Subcommand};
use std::io::Write;
use std::path::{Path, PathBuf};
use tollcheck::store::Store;
use tollcheck::tables::Tables;

/// Cross-reference casualty claims: every claim its own row, traced to its sentence, and
/// every contradiction between sources named.
#[derive(Debug, Parser)]
#[command(name = "tollcheck", version, about, long_about = None, max_term_width = 100)]
pub struct Cli {
    /// The database file
    #[arg(
        long,
        global = true,
        env = "TOLLCHECK_DB",
        default_value = "tollcheck.db"
    )]
    pub db: PathBuf,
    /// A folder with your own aliases.csv, groups.csv, sources.csv, vague.csv (each file
    /// found there replaces the built-in one)
    #[arg(long, global = true, env = "TOLLCHECK_DATA")]
    pub data: Option<PathBuf>,
    /// No progress or summary on stderr
    #[arg(long, short, global = true)]
    pub quiet: bool,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Read articles, claim sheets and datasets into the database
    Ingest(ingest::Args),
    /// Extract claims from articles as JSONL, without a database (a streaming filter)
    Extract(extract::Args),
    /// The findings (where claims contradict each other), then the events and their claims
    Report(report::Args),
    /// Write claims, events, findings, documents or sources as CSV, TSV, JSON or JSONL
    Export(export::Args),
    /// List events; merge, split or rename them (corrections survive re-ingest)
    Events(events::Args),
    /// Run an SQL query (read-only unless --write)
    Sql(sql::Args),
    /// Print the database schema, with the stable views
    Schema(schema::Args),
    /// Write Datasette metadata: descriptions, units, full-text search
    DatasetteMetadata(datasette_metadata::Args),
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell)
    Completions(completions::Args),
    /// Print the manual page
    Man(man::Args),
    /// Score extracted claims against a hand-coded claim sheet (precision, recall)
    Eval(eval::Args),
}

/// The command line as clap sees it: `Cli`, with each command's `--help` text taken from
/// the doc comment of its `Args` (the one-line summaries on `Command` stay for the list of
/// commands; clap's derive would otherwise show only those). Parsing, completions and the
/// manual all use this.
pub fn command() -> clap::Command {
    use clap::{Args as _, CommandFactory};
    let blank = || clap::Command::new("tollcheck");
    let long: [(&str, clap::Command); 11] = [
        ("ingest", ingest::Args::augment_args(blank())),
        ("extract", extract::Args::augment_args(blank())),
        ("report", report::Args::augment_args(blank())),
        ("export", export::Args::augment_args(blank())),
        ("events", events::Args::augment_args(blank())),
        ("sql", sql::Args::augment_args(blank())),
        ("schema", schema::Args::augment_args(blank())),
        (
            "datasette-metadata",
            datasette_metadata::Args::augment_args(blank()),
        ),
        ("completions", completions::Args::augment_args(blank())),
        ("man", man::Args::augment_args(blank())),
        ("eval", eval::Args::augment_args(blank())),
    ];
    let mut cmd = Cli::command();
    for (name, args) in long {
        if let Some(text) = args.get_long_about().or(args.get_about()).cloned() {
            cmd = cmd.mut_subcommand(name, |c| c.long_about(text));
        }
    }
    cmd
}

/// Parses the process's arguments (exits with clap's message and status 2 on bad usage).
pub fn parse() -> Cli {
    use clap::FromArgMatches;
    let matches = command().get_matches();
    Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit())
}

pub fn run(cli: Cli) -> anyhow::Result<u8> {
    let g = Global {
        db: cli.db,
        data: cli.data,
        quiet: cli.quiet,
    };
    match cli.command {
        Command::Ingest(a) => ingest::run(a, &g),
        Command::Extract(a) => extract::run(a, &g),
        Command::Report(a) => report::run(a, &g),
        Command::Export(a) => export::run(a, &g),
        Command::Events(a) => events::run(a, &g),
        Command::Sql(a) => sql::run(a, &g),
        Command::Schema(a) => schema::run(a, &g),
        Command::DatasetteMetadata(a) => datasette_metadata::run(a, &g),
        Command::Completions(a) => completions::run(a, &g),
        Command::Man(a) => man::run(a, &g),
        Command::Eval(a) => eval::run(a, &g),
    }
}

/// `--json` and `--csv`: shorthands for `--format json|csv` on the commands that print tables.
#[derive(Debug, clap::Args)]
pub struct FormatShorthand {
    /// Shorthand for --format json
    #[arg(long, conflicts_with_all = ["format", "csv"])]
    pub json: bool,
    /// Shorthand for --format csv
    #[arg(long, conflicts_with = "format")]
    pub csv: bool,
}

impl FormatShorthand {
    /// The format chosen: `format` unless a shorthand was given.
    pub fn pick<F>(&self, format: F, json: F, csv: F) -> F {
        match (self.json, self.csv) {
            (true, _) => json,
            (_, true) => csv,
            _ => format,
        }
    }
}

/// Article metadata given on the command line (`ingest`, `extract`).
#[derive(Debug, clap::Args)]
pub struct Metadata {
    /// The outlet of every article read (overrides front matter)
    #[arg(long)]
    pub outlet: Option<String>,
    /// The publication date of every article read (YYYY-MM-DD)
    #[arg(long)]
    pub published: Option<String>,
    /// The URL of every article read
    #[arg(long)]
    pub url: Option<String>,
}

impl Metadata {
    /// `--published` must be a date.
    pub fn check(&self) -> anyhow::Result<()> {
        if let Some(p) = &self.published {
            tollcheck::normalize::date::parse_partial(p)
                .map_err(|e| anyhow::anyhow!("--published: {e}"))?;
        }
        Ok(())
    }
}

/// Options every command shares.
pub struct Global {
    pub db: PathBuf,
    pub data: Option<PathBuf>,
    pub quiet: bool,
}

impl Global {
    pub fn open(&self) -> anyhow::Result<Store> {
        Ok(Store::open(&self.db)?)
    }
    /// Opens the database for a command that reads it: one that does not exist is refused
    /// (rather than created empty), with its path and how to make one.
    pub fn open_existing(&self) -> anyhow::Result<Store> {
        self.require_database()?;
        self.open()
    }
    /// Refuses a database file that does not exist.
    pub fn require_database(&self) -> anyhow::Result<()> {
        if !self.db.exists() {
            anyhow::bail!(
                "no database at {}: `tollcheck ingest FILE...` makes one (or give --db FILE, or set TOLLCHECK_DB)",
                self.db.display()
            );
        }
        Ok(())
    }
    pub fn tables(&self) -> anyhow::Result<Tables> {
        Tables::load(self.data.as_deref()).context("loading the data tables")
    }
}

/// An output path: `-` (or none) is stdout.
pub fn output(path: Option<&Path>) -> anyhow::Result<Box<dyn Write>> {
    match path {
        None => Ok(Box::new(std::io::BufWriter::new(std::io::stdout().lock()))),
        Some(p) if p.as_os_str() == "-" => {
            Ok(Box::new(std::io::BufWriter::new(std::io::stdout().lock())))
        }
        Some(p) => {
            let f = std::fs::File::create(p)
                .with_context(|| format!("cannot write {}", p.display()))?;
            Ok(Box::new(std::io::BufWriter::new(f)))
        }
    }
}
