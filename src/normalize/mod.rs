//! Names and dates to their canonical forms: aliases (places, victim groups, sources) and
//! partial ISO dates.

pub mod date;
