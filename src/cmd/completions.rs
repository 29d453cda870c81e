use super::Global;
use clap_complete::Shell;

/// Print a shell completion script, generated from the command definitions.
///
/// bash: tollcheck completions bash > ~/.local/share/bash-completion/completions/tollcheck
///
/// zsh: tollcheck completions zsh > "${fpath[1]}/_tollcheck"
///
/// fish: tollcheck completions fish > ~/.config/fish/completions/tollcheck.fish
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The shell
    #[arg(value_enum)]
    pub shell: Shell,
}

pub fn run(a: Args, _g: &Global) -> anyhow::Result<u8> {
    let mut cmd = super::command();
    let mut out = super::output(None)?;
    clap_complete::generate(a.shell, &mut cmd, "tollcheck", &mut out);
    out.flush()?;
    Ok(0)
}

use std::io::Write;
