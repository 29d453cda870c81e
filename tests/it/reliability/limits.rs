//! Limits: a size limit per document, per record and per line, each with a clear message
//! (the generated cases in `hostile.rs`), and memory that stays bounded on huge inputs:
//! peak RSS measured with /usr/bin/time -v. The bounds are generous multiples of the input
//! size, not timings; where /usr/bin/time is missing the run is still checked, unmeasured.

use super::*;

/// Peak RSS in KiB of `tollcheck ARGS` in `env`, and its exit status.
fn peak_rss(env: &Env, args: &[&str]) -> (Option<u64>, Option<i32>) {
    let time = std::path::Path::new("/usr/bin/time");
    if !time.exists() {
        let o = env.run(args);
        assert_no_panic(&args.join(" "), &o);
        eprintln!("limits: /usr/bin/time not found, peak RSS not measured");
        return (None, o.status.code());
    }
    let o = std::process::Command::new(time)
        .arg("-v")
        .arg(env!("CARGO_BIN_EXE_tollcheck"))
        .arg("--db")
        .arg(env.db())
        .args(args)
        .current_dir(env.dir.path())
        .env_remove("TOLLCHECK_DB")
        .env_remove("TOLLCHECK_DATA")
        .output()
        .unwrap();
    assert_no_panic(&args.join(" "), &o);
    let err = String::from_utf8_lossy(&o.stderr);
    let kb = err
        .lines()
        .find_map(|l| {
            l.trim()
                .strip_prefix("Maximum resident set size (kbytes): ")
        })
        .and_then(|v| v.trim().parse().ok());
    (kb, o.status.code())
}

#[test]
fn memory_stays_bounded_on_huge_inputs() {
    let env = Env::new();
    let line = fifty_mb_line(&env, ".");
    env.write(
        "line.json",
        format!("[{{\"id\":\"a\",\"text\":\"{line}\"}}]"),
    );
    drop(line);
    for f in ["line.txt", "line.csv", "line.jsonl", "line.json"] {
        let (kb, code) = peak_rss(&env, &["ingest", f]);
        assert_eq!(code, Some(2), "{f}");
        if let Some(kb) = kb {
            eprintln!(
                "limits: {f} (50 MB, one line): rejected, peak RSS {} MB",
                kb / 1024
            );
            // the input itself, once or twice, plus the program: never a copy per step
            assert!(kb < 3 * 50 * 1024 + 64 * 1024, "{f}: peak RSS {kb} KiB");
        }
    }
    // a big collection that is accepted: 1,500 articles, ~3.5 MB (the extractor runs on
    // every one, in a debug build)
    let body = "Thirteen soldiers were killed near Aleppo on Saturday, officials said. ".repeat(35);
    let mut t = String::new();
    for i in 0..1500 {
        t.push_str(&serde_json::json!({"id": format!("d{i}"), "text": body}).to_string());
        t.push('\n');
    }
    let size = t.len() as u64;
    env.write("big.jsonl", t);
    let (kb, code) = peak_rss(&env, &["ingest", "big.jsonl"]);
    assert_eq!(code, Some(0));
    if let Some(kb) = kb {
        eprintln!(
            "limits: big.jsonl ({:.1} MB, 1500 articles): accepted, peak RSS {} MB",
            size as f64 / (1024.0 * 1024.0),
            kb / 1024
        );
        assert!(
            // the input a few times over, plus the extractor's tables and parallel work
            kb < 6 * size / 1024 + 256 * 1024,
            "big.jsonl: peak RSS {kb} KiB"
        );
    }
}
