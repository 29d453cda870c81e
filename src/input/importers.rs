//! Known dataset formats, recognised by their header: UCDP GED CSV, GDELT GKG counts.
//! Also ECB+-style document files (a `sentences` array and no `text`), read as an article
//! collection.

use super::records::Table;
use super::{article, gkg, ucdp, InputError, Loaded};

/// The dataset a table is, by its columns; `None` when it is none of the known ones.
pub fn detect(path: &str, table: &Table) -> Result<Option<Loaded>, InputError> {
    let has = |c: &str| table.columns.iter().any(|x| x == c);
    if ucdp::is_ucdp(&table.columns) {
        return ucdp::read(path, table).map(|rows| {
            Some(Loaded::Dataset {
                format: ucdp::FORMAT,
                rows,
            })
        });
    }
    if gkg::is_gkg(&table.columns) {
        return gkg::read(path, table).map(|rows| {
            Some(Loaded::Dataset {
                format: gkg::FORMAT,
                rows,
            })
        });
    }
    if has("sentences") && !has("text") && !has("body") {
        return article::read_collection(path, table).map(|docs| Some(Loaded::Articles(docs)));
    }
    Ok(None)
}

#[cfg(test)]
mod tests {
    use crate::input::{load, Loaded};
    use crate::tables::Tables;

    fn load_corpus(rel: &str) -> Loaded {
        let p = format!("{}/../shared/corpus/{rel}", env!("CARGO_MANIFEST_DIR"));
        let name = std::path::Path::new(rel)
            .file_name()
            .unwrap()
            .to_str()
            .unwrap();
        let tables = Tables::load(None).unwrap();
        load(&p, name, &std::fs::read(&p).unwrap(), &tables).unwrap()
    }

    #[test]
    fn dispatch_by_header() {
        match load_corpus("ucdp/ucdp_ged231_sample1000.csv") {
            Loaded::Dataset { format, rows } => {
                assert_eq!(format, "ucdp-ged");
                assert_eq!(rows.len(), 1000);
            }
            _ => panic!("expected a dataset"),
        }
        match load_corpus("ecbplus/ecbplus_docs.jsonl") {
            Loaded::Articles(docs) => assert_eq!(docs.len(), 982),
            _ => panic!("expected articles"),
        }
        match load_corpus("muc34/muc34_messages_with_casualty_keys.jsonl") {
            Loaded::Articles(docs) => assert_eq!(docs.len(), 1699),
            _ => panic!("expected articles"),
        }
        let p = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/gkg_sample.tsv");
        let tables = Tables::load(None).unwrap();
        match load(p, "gkg_sample.tsv", &std::fs::read(p).unwrap(), &tables).unwrap() {
            Loaded::Dataset { format, rows } => {
                assert_eq!(format, "gdelt-gkg");
                assert_eq!(rows.len(), 4);
            }
            _ => panic!("expected a dataset"),
        }
    }
}
