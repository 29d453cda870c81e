use super::Global;
use anyhow::Context;
use std::io::Write;
use std::path::PathBuf;

/// Print the manual page (roff), generated from the command definitions: `tollcheck man |
/// man -l -`. With --dir, write tollcheck.1 and one page per command (tollcheck-ingest.1,
/// ...) into that folder.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Write every page into this folder instead of the main page to stdout
    #[arg(long)]
    pub dir: Option<PathBuf>,
}

pub fn run(a: Args, _g: &Global) -> anyhow::Result<u8> {
    let cmd = super::command();
    match a.dir {
        None => {
            let mut out = super::output(None)?;
            clap_mangen::Man::new(cmd).render(&mut out)?;
            out.flush()?;
        }
        Some(dir) => {
            std::fs::create_dir_all(&dir)
                .with_context(|| format!("cannot create {}", dir.display()))?;
            clap_mangen::generate_to(cmd, &dir)
                .with_context(|| format!("cannot write the pages into {}", dir.display()))?;
        }
    }
    Ok(0)
}
