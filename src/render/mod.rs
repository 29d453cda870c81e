//! Rendering: tables (csv, tsv, json, jsonl, terminal) and the report.

pub mod chart;
pub mod display;
pub mod layout;
pub mod report;
pub mod table;
