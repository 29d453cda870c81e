use super::Global;
use tollcheck::model::{ClaimId, EventId};
use tollcheck::render::table::{CsvOptions, TableFormat, TableSink};
use tollcheck::store::Store;
use tollcheck::xref::XrefConfig;

/// List events, or correct the linker: merge events, split claims off an event, rename an
/// event. Corrections are recorded in the database (table event_correction) by the events'
/// stable keys and applied at every report and ingest, so they survive re-ingest.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub action: Option<Action>,
    /// Output format of the list
    #[arg(long, short, value_enum, default_value = "table")]
    pub format: TableFormat,
    #[command(flatten)]
    pub shorthand: super::FormatShorthand,
}

#[derive(Debug, clap::Subcommand)]
pub enum Action {
    /// List events with their claims and findings (the default)
    List,
    /// Merge the events into the first one
    Merge {
        /// Event ids: the first keeps its id and label
        #[arg(required = true, num_args = 2..)]
        ids: Vec<i64>,
    },
    /// Move claims out of an event into a new event of their own
    Split {
        /// The event id
        id: i64,
        /// Claim ids to move (comma-separated or repeated)
        #[arg(long, required = true, value_delimiter = ',')]
        claims: Vec<i64>,
        /// A label for the new event
        #[arg(long)]
        label: Option<String>,
    },
    /// Give an event a label of your own
    Rename { id: i64, label: String },
}

fn key_of(store: &Store, id: i64) -> anyhow::Result<String> {
    store
        .event_key(EventId(id))?
        .ok_or_else(|| anyhow::anyhow!("no event with id {id} (see `tollcheck events list`)"))
}

pub fn run(a: Args, g: &Global) -> anyhow::Result<u8> {
    let tables = g.tables()?;
    let mut store = g.open_existing()?;
    store.rebuild_xref(&tables, &XrefConfig::default(), false)?;
    match a.action.unwrap_or(Action::List) {
        Action::List => {
            let out = super::output(None)?;
            let mut sink = TableSink::new(
                out,
                a.shorthand
                    .pick(a.format, TableFormat::Json, TableFormat::Csv),
                CsvOptions::default(),
            );
            store.event_list(&mut sink)?;
            sink.finish()?;
            return Ok(0);
        }
        Action::Merge { ids } => {
            let target = key_of(&store, ids[0])?;
            for id in &ids[1..] {
                let k = key_of(&store, *id)?;
                store.add_event_correction("merge", &k, Some(&target), None)?;
            }
        }
        Action::Split { id, claims, label } => {
            let k = key_of(&store, id)?;
            let mut refs = Vec::new();
            for c in claims {
                let r = store.claim_reference_in_event(ClaimId(c), EventId(id))?;
                refs.push(r.ok_or_else(|| anyhow::anyhow!("claim {c} is not in event {id}"))?);
            }
            store.add_event_correction("split", &k, label.as_deref(), Some(&refs.join(",")))?;
        }
        Action::Rename { id, label } => {
            let k = key_of(&store, id)?;
            store.add_event_correction("rename", &k, Some(&label), None)?;
        }
    }
    store.rebuild_xref(&tables, &XrefConfig::default(), false)?;
    if !g.quiet {
        eprintln!("recorded; it is applied at every report and ingest");
    }
    Ok(0)
}
