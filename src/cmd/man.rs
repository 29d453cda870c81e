use super::Global;
use anyhow::Context;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Print the manual page (roff), generated from the command definitions: `tollcheck man |
/// man -l -`. With --dir, write tollcheck.1 and one page per command (tollcheck-ingest.1,
/// ...) into that folder.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Write every page into this folder instead of the main page to stdout
    #[arg(long)]
    pub dir: Option<PathBuf>,
}

/// The main page's EXAMPLES: the user's loop, one command a line (roff, no-fill).
const EXAMPLES: &str = r#".SH EXAMPLES
.nf
tollcheck ingest reports/ claims.csv
tollcheck ingest \-\-manifest manifest.csv
tollcheck report
tollcheck report \-\-format html \-o report.html
tollcheck report \-\-only\-findings \-\-min\-severity medium
tollcheck report \-\-fail\-on conflict
tollcheck export claims \-\-excel \-o claims.csv
tollcheck sql "select outcome, count(*) from claims group by 1"
tollcheck sql \-\-csv "select * from findings order by severity_rank desc"
tollcheck events merge 3 7
.fi
"#;

/// EXIT STATUS and ENVIRONMENT, on every page.
const STATUS_AND_ENVIRONMENT: &str = r#".SH "EXIT STATUS"
.TP
0
Success.
.TP
1
\fBreport \-\-fail\-on\fR \fIKIND\fR: a finding of that kind, or a worse one, exists.
.TP
2
An error: bad usage, a rejected input (\fIfile\fR:\fIline\fR: what was expected), a database
that does not exist for a command that reads one, a database fault.
.PP
A closed pipe (\fBtollcheck report | head\fR) is not an error.
.SH ENVIRONMENT
.TP
\fBTOLLCHECK_DB\fR
The database file when \fB\-\-db\fR is not given (else \fBtollcheck.db\fR in the working
directory).
.TP
\fBTOLLCHECK_DATA\fR
A folder with your own aliases.csv, groups.csv, sources.csv, vague.csv, as \fB\-\-data\fR.
.TP
\fBCOLUMNS\fR
The width of the text report and of \fBsql\fR tables (else 120 columns for the report).
"#;

/// One page: clap_mangen's sections, then EXAMPLES (`examples`), EXIT STATUS and
/// ENVIRONMENT, then SEE ALSO (`see_also`: pages that are generated with it), VERSION.
fn render(
    cmd: clap::Command,
    examples: bool,
    see_also: &[String],
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let has_subcommands = cmd.get_subcommands().any(|s| !s.is_hide_set());
    let has_args = cmd.get_arguments().any(|a| !a.is_hide_set());
    let has_version = cmd.get_version().or(cmd.get_long_version()).is_some();
    let man = clap_mangen::Man::new(cmd);
    man.render_title(out)?;
    man.render_name_section(out)?;
    man.render_synopsis_section(out)?;
    man.render_description_section(out)?;
    if has_args {
        man.render_options_section(out)?;
    }
    if has_subcommands {
        man.render_subcommands_section(out)?;
    }
    if examples {
        out.write_all(EXAMPLES.as_bytes())?;
    }
    out.write_all(STATUS_AND_ENVIRONMENT.as_bytes())?;
    if !see_also.is_empty() {
        writeln!(out, ".SH \"SEE ALSO\"\n{}", see_also.join(", "))?;
    }
    if has_version {
        man.render_version_section(out)?;
    }
    Ok(())
}

/// A page's name in roff: "tollcheck\-report(1)".
fn page_ref(name: &str) -> String {
    format!("\\fB{}\\fR(1)", name.replace('-', "\\-"))
}

/// Writes the page of `cmd` (named `name`) and those of its subcommands into `dir`.
fn write_pages(
    cmd: &clap::Command,
    name: &str,
    parent: Option<&str>,
    dir: &Path,
) -> anyhow::Result<()> {
    let subs: Vec<clap::Command> = cmd
        .get_subcommands()
        .filter(|s| !s.is_hide_set())
        .cloned()
        .collect();
    for s in &subs {
        write_pages(s, &format!("{name}-{}", s.get_name()), Some(name), dir)?;
    }
    let mut see_also: Vec<String> = parent.into_iter().map(page_ref).collect();
    see_also.extend(
        subs.iter()
            .map(|s| page_ref(&format!("{name}-{}", s.get_name()))),
    );
    // a page named after its command, never after input data
    let path = dir.join(format!("{name}.1"));
    let mut f = super::output(Some(&path))?;
    render(cmd.clone(), parent.is_none(), &see_also, &mut f)
        .and_then(|_| f.flush())
        .with_context(|| format!("cannot write {}", path.display()))?;
    Ok(())
}

pub fn run(a: Args, _g: &Global) -> anyhow::Result<u8> {
    // no `help` subcommand: its page would be referred to and never written
    let mut cmd = super::command().disable_help_subcommand(true);
    cmd.build();
    match a.dir {
        None => {
            let mut out = super::output(None)?;
            render(cmd, true, &[], &mut out)?;
            out.flush()?;
        }
        Some(dir) => {
            std::fs::create_dir_all(&dir)
                .with_context(|| format!("cannot create {}", dir.display()))?;
            write_pages(&cmd, "tollcheck", None, &dir)?;
        }
    }
    Ok(0)
}
