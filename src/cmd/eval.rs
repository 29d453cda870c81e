use super::Global;
use std::io::Write;
use std::path::PathBuf;
use tollcheck::eval::{parts_table, read_gold, score, score_parts, ScoredClaim};
use tollcheck::model::{Claim, Quantity};

/// Score the extracted claims in the database against a hand-coded claim sheet (the columns
/// of seeds-claims.csv, with `required` yes/optional). A claim matches a row when document,
/// outcome and interval (low, high) agree. Precision is over all extracted claims, recall
/// over the required rows, claimant accuracy over the matched required rows. With --min-*
/// the exit status is 1 when a figure falls short.
///
/// Example: tollcheck ingest --manifest seeds-manifest.csv && tollcheck eval seeds-claims.csv
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The hand-coded sheet
    pub gold: PathBuf,
    /// Exit 1 when precision is below this
    #[arg(long)]
    pub min_precision: Option<f64>,
    /// Exit 1 when recall of required rows is below this
    #[arg(long)]
    pub min_recall: Option<f64>,
    /// Exit 1 when claimant accuracy is below this
    #[arg(long)]
    pub min_claimant: Option<f64>,
    /// Print the figures as JSON
    #[arg(long)]
    pub json: bool,
}

pub fn run(a: Args, g: &Global) -> anyhow::Result<u8> {
    let tables = g.tables()?;
    let store = g.open()?;
    let gold = read_gold(&a.gold)?;
    let extracted: Vec<ScoredClaim> = store
        .claims()?
        .into_iter()
        .filter(|c| c.method == "extracted")
        .map(|c| {
            let quantity = Quantity {
                written: c.quantity.clone(),
                qualifier: c
                    .qualifier
                    .parse()
                    .unwrap_or(tollcheck::model::Qualifier::Exact),
                low: c.low,
                high: c.high,
                increment: c.scope == "increment",
            };
            let outcome = c
                .outcome
                .parse()
                .unwrap_or(tollcheck::model::Outcome::Killed);
            let mut claim = Claim::new(quantity, outcome, c.victims.clone());
            claim.claimant = c.claimant.clone();
            claim.via = c.via.clone();
            claim.sentence = c.sentence.clone();
            ScoredClaim {
                document: c.document,
                claim,
            }
        })
        .collect();
    let s = score(&extracted, &gold, &tables);
    let parts = score_parts(&extracted, &gold, &tables);
    let mut out = super::output(None)?;
    if a.json {
        let v = serde_json::json!({
            "extracted": s.extracted,
            "precision": s.precision(),
            "recall": s.recall(),
            "claimant_accuracy": s.claimant_accuracy(),
            "required": s.required,
            "required_matched": s.required_matched,
        });
        let mut v = v;
        if !parts.is_empty() {
            v["parts"] = serde_json::Value::Object(
                parts
                    .iter()
                    .map(|(p, s)| {
                        (
                            p.name().to_string(),
                            serde_json::json!({
                                "extracted": s.extracted,
                                "extracted_matched": s.extracted_matched,
                                "precision": s.precision(),
                                "recall": s.recall(),
                                "required": s.required,
                                "required_matched": s.required_matched,
                                "claimant_accuracy": s.claimant_accuracy(),
                                "claimant_agreed": s.claimant_agreed,
                                "claimant_checked": s.claimant_checked,
                            }),
                        )
                    })
                    .collect::<serde_json::Map<_, _>>(),
            );
        }
        writeln!(out, "{v}")?;
    } else {
        let split = parts_table(&parts);
        if split.is_empty() {
            write!(out, "{s}")?;
        } else {
            // the whole sheet's three lines, the split by part, then the misses
            let shown = s.to_string();
            let (head, rest) = shown.split_at(
                shown
                    .match_indices('\n')
                    .nth(3)
                    .map_or(shown.len(), |(i, _)| i + 1),
            );
            write!(out, "{head}\n{split}{rest}")?;
        }
    }
    out.flush()?;
    let short = |min: Option<f64>, v: f64| min.is_some_and(|m| v + 1e-9 < m);
    if short(a.min_precision, s.precision())
        || short(a.min_recall, s.recall())
        || short(a.min_claimant, s.claimant_accuracy())
    {
        return Ok(1);
    }
    Ok(0)
}
