//! tollcheck: cross-reference casualty claims.
//!
//! Data flows one way: bytes → documents ([`input`]) → candidate claims ([`extract`]) →
//! normalised claims ([`normalize`]) → rows ([`store`]) → events and findings ([`xref`]) →
//! rendered output ([`render`]).

pub mod correction;
pub mod describe;
pub mod eval;
pub mod extract;
pub mod ingest;
pub mod input;
pub mod model;
pub mod normalize;
pub mod places;
pub mod quantity;
pub mod record;
pub mod render;
pub mod store;
pub mod stream;
pub mod tables;
pub mod xref;
