//! `make bench`'s extraction figure (issue 3: ">= 20 MB/s of text per core"): an article
//! collection is read, then every document's claims are extracted in parallel with rayon
//! (pure text → claims, no database), and the text per second of process CPU is printed.
//!
//! `target/release/examples/benchextract ARTICLES.jsonl`
//!
//! `BENCH_DUMP=FILE` also writes every document's extraction (claims and signature; with
//! `BENCH_EXPLAIN=1` the decisions and place decisions too) as one JSON line each, after
//! the timing, so two builds' outputs can be compared with `cmp`.
use rayon::prelude::*;
use std::time::Instant;
use tollcheck::extract::Extractor;
use tollcheck::input::article::read_collection;
use tollcheck::input::records::{read, Format};
use tollcheck::tables::Tables;

/// User + system CPU seconds of this process so far (Linux `/proc/self/stat`).
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // the fields after the command name, which is in parentheses
    let rest = &stat[stat.rfind(')')? + 2..];
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks: f64 = f.get(11)?.parse::<f64>().ok()? + f.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}

fn main() -> anyhow::Result<()> {
    let path = std::env::args()
        .nth(1)
        .ok_or_else(|| anyhow::anyhow!("usage: benchextract ARTICLES.jsonl"))?;
    let bytes = std::fs::read(&path)?;
    let table = read(&path, &bytes, Format::Jsonl)?;
    let docs = read_collection(&path, &table)?;
    drop(table);
    let text: usize = docs.iter().map(|d| d.text.len()).sum();
    let tables = Tables::default();
    // as `ingest` and `extract` run it without `--explain` (BENCH_EXPLAIN=1: with it)
    let explain = std::env::var_os("BENCH_EXPLAIN").is_some_and(|v| v == "1");
    let extractor = Extractor::new(&tables).explaining(explain);
    let (cpu0, t0) = (cpu_seconds(), Instant::now());
    let claims: usize = docs
        .par_iter()
        .map(|d| extractor.extract(d).claims.len())
        .sum();
    let wall = t0.elapsed().as_secs_f64();
    let mb = text as f64 / 1e6;
    let cpu = cpu_seconds().zip(cpu0).map(|(b, a)| b - a);
    if let Some(dump) = std::env::var_os("BENCH_DUMP") {
        use std::io::Write;
        let mut out = std::io::BufWriter::new(std::fs::File::create(dump)?);
        for d in &docs {
            let x = extractor.extract(d);
            let line = serde_json::json!({
                "claims": x.claims,
                "signature": x.signature,
                "decisions": x.decisions,
                "places": x.places,
            });
            writeln!(out, "{line}")?;
        }
        out.flush()?;
    }
    println!(
        "extraction: {} documents, {mb:.1} MB of text, {claims} claims; {wall:.2} s wall on {} threads, {}",
        docs.len(),
        rayon::current_num_threads(),
        cpu.map_or("cpu not measured".into(), |c| format!(
            "{c:.2} s cpu: {:.1} MB/s per core",
            mb / c
        ))
    );
    Ok(())
}
