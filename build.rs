fn main() {
    // refinery embeds migrations at compile time; without this a new migration is silently missed.
    println!("cargo:rerun-if-changed=migrations");
}
