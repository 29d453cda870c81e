//! Stable-toolchain fuzzing: for each target, random inputs from a fixed seed (so a run is
//! reproducible), built by mutating a seed corpus (tests/data/hostile and the shared
//! corpus' small files) and by splicing in grammar fragments. Any panic is a failure: it
//! is caught, the input is written to fuzz/artifacts/<target>/, and the run exits 1.
//!
//! Usage: fuzz_loop TARGET|all SECONDS [SEED]

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

/// Fragments that steer random bytes towards the grammars.
const FRAGMENTS: &[&str] = &[
    "at least ",
    "more than ",
    "as many as ",
    "around ",
    "between ",
    " and ",
    " to ",
    "-",
    "several",
    "dozens",
    "tens of thousands",
    "hundreds of",
    "a dozen",
    "half of the",
    "a third",
    "thirteen",
    "twenty-one",
    "hundred",
    "million",
    "billion",
    "7.6",
    "1,200",
    "1,2,3,4",
    "9223372036854775807",
    "99999999999999999999",
    "1e308",
    "-5",
    "0",
    "four more",
    "another ",
    " killed",
    " wounded",
    " missing",
    " soldiers",
    " civilians",
    "Published 12.11.2015",
    "on Saturday",
    "2016-02-30",
    "\n",
    "\r\n",
    "\r",
    "\"",
    "\"\"",
    ",",
    "\t",
    "{",
    "}",
    "[",
    "]",
    ":",
    "\\u0000",
    "\\ud800",
    "<",
    ">",
    "</",
    "<script>",
    "</script>",
    "<!--",
    "-->",
    "<p>",
    "&amp;",
    "&#",
    "&#x",
    ";",
    "&#1114112;",
    "<title>",
    "<meta property=\"og:title\" content=\"",
    "---\n",
    "title: ",
    "published: ",
    "\u{feff}",
    "\u{200b}",
    "é",
    "\u{1F600}",
    "١٣",
    "\0",
    "id,text\n",
    "outcome,quantity\n",
    "{\"text\":\"",
    "{\"outcome\":\"killed\",\"quantity\":\"",
    "sentences",
    "[\"a\",\"b\"]",
];

fn seeds() -> Vec<Vec<u8>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut out = Vec::new();
    let mut dirs: Vec<PathBuf> = vec![root.join("tests/data/hostile"), root.join("tests/data")];
    let shared = root.join("../shared/corpus/seeds");
    if shared.is_dir() {
        dirs.push(shared);
    }
    while let Some(d) = dirs.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else {
            continue;
        };
        let mut entries: Vec<_> = rd.flatten().map(|e| e.path()).collect();
        entries.sort();
        for p in entries {
            if p.is_dir() && p.starts_with(root.join("tests/data/hostile")) {
                dirs.push(p);
            } else if p.is_file() {
                if let Ok(b) = std::fs::read(&p) {
                    if b.len() <= 64 * 1024 {
                        out.push(b);
                    }
                }
            }
        }
    }
    out.push(Vec::new());
    out
}

fn mutate(rng: &mut Rng, seeds: &[Vec<u8>]) -> Vec<u8> {
    let mut v = if rng.below(8) == 0 {
        Vec::new()
    } else {
        seeds[rng.below(seeds.len())].clone()
    };
    // keep inputs small: the targets are quadratic nowhere, but speed is coverage
    if v.len() > 4096 {
        let start = rng.below(v.len() - 4096);
        v = v[start..start + 4096].to_vec();
    }
    for _ in 0..1 + rng.below(8) {
        let at = rng.below(v.len() + 1);
        match rng.below(6) {
            0 => {
                let f = FRAGMENTS[rng.below(FRAGMENTS.len())].as_bytes();
                v.splice(at..at, f.iter().copied());
            }
            1 if !v.is_empty() => {
                let i = rng.below(v.len());
                v[i] = rng.next() as u8;
            }
            2 if !v.is_empty() => {
                let end = (at + rng.below(16)).min(v.len());
                v.drain(at..end);
            }
            3 if !v.is_empty() => {
                // duplicate a chunk
                let s = rng.below(v.len());
                let e = (s + rng.below(64)).min(v.len());
                let chunk = v[s..e].to_vec();
                v.splice(at..at, chunk);
            }
            4 => {
                let n = rng.below(8);
                for _ in 0..n {
                    v.insert(at, rng.next() as u8);
                }
            }
            _ => {
                let f = FRAGMENTS[rng.below(FRAGMENTS.len())].as_bytes();
                let reps = 1 + rng.below(4);
                for _ in 0..reps {
                    v.splice(at..at, f.iter().copied());
                }
            }
        }
    }
    v
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let which = args.get(1).map(String::as_str).unwrap_or("all");
    let secs: u64 = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(10);
    let seed: u64 = args
        .get(3)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x7011_c4ec);
    let targets: Vec<_> = tollcheck_fuzz::TARGETS
        .iter()
        .filter(|(n, _)| which == "all" || *n == which)
        .collect();
    if targets.is_empty() {
        eprintln!("unknown target {which}");
        std::process::exit(2);
    }
    let seeds = seeds();
    // panics are caught and reported; keep the default hook quiet
    std::panic::set_hook(Box::new(|_| {}));
    let mut failed = false;
    let per = Duration::from_secs(secs) / targets.len() as u32;
    for (name, f) in targets {
        let mut rng = Rng(seed ^ name.len() as u64 ^ 0x9E37_79B9_7F4A_7C15);
        let start = Instant::now();
        let mut n: u64 = 0;
        let mut found = 0;
        while start.elapsed() < per {
            let input = mutate(&mut rng, &seeds);
            n += 1;
            if let Err(e) = catch_unwind(AssertUnwindSafe(|| f(&input))) {
                let msg = e
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_default();
                let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join("artifacts")
                    .join(name);
                std::fs::create_dir_all(&dir).ok();
                let file = dir.join(format!("crash-{n}"));
                std::fs::write(&file, &input).ok();
                eprintln!("{name}: PANIC on input #{n} ({}): {msg}", file.display());
                found += 1;
                failed = true;
                if found >= 5 {
                    break;
                }
            }
        }
        println!(
            "{name}: {n} executions in {:.1}s, {found} panics (seed {seed})",
            start.elapsed().as_secs_f64()
        );
    }
    std::process::exit(i32::from(failed));
}
