fn main() {
    // refinery embeds migrations at compile time; without this a new migration is silently missed.
    println!("cargo:rerun-if-changed=migrations");
    // A digest of the linker's source: stored with the events and findings it made, so that a
    // new linker links again a database an older one linked (`store::xref`).
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325; // FNV-1a
                                               // The places module and its gazetteer too: linking compares places through them, and
                                               // incremental linking keeps each claim's block (its place's country) from the last
                                               // linking (`claim_block`), which another gazetteer could place elsewhere.
    for dir in [
        "src/xref",
        "src/store/xref.rs",
        "src/store/read.rs",
        "src/store/incremental.rs",
        "src/places",
        "data/gazetteer",
    ] {
        println!("cargo:rerun-if-changed={dir}");
        let mut files: Vec<std::path::PathBuf> = match std::fs::read_dir(dir) {
            Ok(entries) => entries.filter_map(|e| e.ok().map(|e| e.path())).collect(),
            Err(_) => vec![dir.into()],
        };
        files.sort();
        for f in files {
            for b in std::fs::read(&f).unwrap_or_default() {
                hash = (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
            }
        }
    }
    println!("cargo:rustc-env=TOLLCHECK_XREF_SOURCE={hash:016x}");
}
