//! One integration-test binary (link time on 2 cores): a module per command, all running
//! the real `tollcheck` binary in a temporary folder.

mod bulk;
mod cli;
mod common;
mod corrections;
mod eval;
mod events;
mod export;
mod extract;
mod findings;
mod incremental;
mod ingest;
mod layers;
mod linking;
mod metadata;
mod migrate;
mod outlets;
mod places;
mod reliability;
mod report;
mod scenarios;
mod schema;
mod sql;
mod store;
mod xref;
