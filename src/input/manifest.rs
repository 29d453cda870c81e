//! Manifests: a CSV of path, outlet, published, url, title (only path required) that gives
//! articles their metadata and, with no other input, the list of articles to read.

use super::article::ManifestEntry;
use super::records::{self, Format};
use super::InputError;
use crate::normalize::date::parse_partial;
use std::collections::HashMap;
use std::path::{Component, Path, PathBuf};

/// Reads a manifest; paths resolve against its folder (the working directory for `-`).
pub fn read(path: &Path, bytes: &[u8]) -> Result<Vec<ManifestEntry>, InputError> {
    let display = path.display().to_string();
    let table = records::read(&display, bytes, Format::Csv)?;
    if !table.columns.iter().any(|c| c == "path") {
        return Err(InputError::new(
            &display,
            1,
            format!(
                "expected a manifest header with a path column (path, outlet, published, url, title), found: {}",
                table.columns.join(", ")
            ),
        ));
    }
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() && path != Path::new("-") => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let mut entries = Vec::with_capacity(table.records.len());
    let mut seen: HashMap<PathBuf, usize> = HashMap::new();
    for rec in &table.records {
        let line = rec.line;
        let err = |reason: String| InputError::new(&display, line, reason);
        let Some(rel) = rec.get("path") else {
            return Err(err("expected a path to an article, found none".into()));
        };
        let Some(inside) = inside_folder(rel) else {
            return Err(err(format!(
                "expected a path inside the manifest's folder, found {rel:?}"
            )));
        };
        let resolved = folder.join(&inside);
        if !resolved.is_file() {
            let what = if resolved.exists() {
                "is not a file"
            } else {
                "does not exist"
            };
            return Err(err(format!(
                "expected an article file, but {} {what}",
                resolved.display()
            )));
        }
        if let Some(first) = seen.insert(inside.clone(), line) {
            return Err(err(format!(
                "expected each path once, found {rel:?} again (first on line {first})"
            )));
        }
        let published = match rec.get("published") {
            Some(p) => Some(parse_partial(p).map_err(|e| err(format!("published: {e}")))?),
            None => None,
        };
        let field = |k: &str| rec.get(k).map(str::to_string);
        entries.push(ManifestEntry {
            path: resolved,
            outlet: field("outlet"),
            published,
            url: field("url"),
            title: field("title"),
        });
    }
    if entries.is_empty() {
        return Err(InputError::new(
            &display,
            1,
            "expected at least one article path in the manifest, found none",
        ));
    }
    Ok(entries)
}

/// The entry for a file, if the manifest lists it (paths compared once made canonical, so
/// `reports/./a.txt` and `/home/x/reports/a.txt` match).
pub fn entry_for<'a>(entries: &'a [ManifestEntry], file: &Path) -> Option<&'a ManifestEntry> {
    let canon = |p: &Path| std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
    let file = canon(file);
    entries.iter().find(|e| canon(&e.path) == file)
}

/// The relative path with `.` and `x/..` folded away; `None` when it is absolute or climbs
/// out of the folder. Backslashes count as separators (manifests written on Windows).
fn inside_folder(rel: &str) -> Option<PathBuf> {
    let rel = rel.replace('\\', "/");
    if rel.starts_with('/') || rel.get(1..2) == Some(":") {
        return None; // absolute, or a Windows drive
    }
    let mut parts: Vec<&std::ffi::OsStr> = Vec::new();
    for c in Path::new(&rel).components() {
        match c {
            Component::Normal(p) => parts.push(p),
            Component::CurDir => {}
            Component::ParentDir => {
                parts.pop()?;
            }
            Component::RootDir | Component::Prefix(_) => return None,
        }
    }
    if parts.is_empty() {
        return None;
    }
    Some(parts.iter().collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::article::read_manifest;

    #[test]
    fn seeds_manifest() {
        let p = Path::new(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../shared/corpus/seeds-manifest.csv"
        ));
        let entries = read_manifest(p, &std::fs::read(p).unwrap()).unwrap();
        assert_eq!(entries.len(), 5);
        let e = &entries[1];
        assert_eq!(
            e.path,
            p.parent().unwrap().join("seeds/001_096073c12d8d0f60.txt")
        );
        assert!(e.path.is_file());
        assert_eq!(e.outlet.as_deref(), Some("TRT World"));
        assert_eq!(e.published.as_deref(), Some("2016-05-07"));
        assert_eq!(e.url, None);
        assert_eq!(
            e.title.as_deref(),
            Some("Iranian soldiers killed in Syria's Aleppo")
        );
        assert_eq!(entries[0].outlet, None);
    }

    fn in_temp(manifest: &str) -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("a")).unwrap();
        std::fs::write(dir.path().join("a/one.txt"), "Four killed.").unwrap();
        std::fs::write(dir.path().join("outside.txt"), "x").unwrap();
        let m = dir.path().join("a/manifest.csv");
        std::fs::write(&m, manifest).unwrap();
        (dir, m)
    }

    fn reason(manifest: &str) -> String {
        let (_dir, m) = in_temp(manifest);
        let e = read_manifest(&m, manifest.as_bytes()).unwrap_err();
        let shown = e.to_string();
        let prefix = format!("{}:", m.display());
        assert!(shown.starts_with(&prefix), "{shown}");
        shown[prefix.len()..].to_string()
    }

    #[test]
    fn paths_stay_inside_the_folder() {
        let (_dir, m) = in_temp("");
        let ok = "path,outlet\n./one.txt,X\n";
        let entries = read_manifest(&m, ok.as_bytes()).unwrap();
        assert_eq!(entries[0].path, m.parent().unwrap().join("one.txt"));
        let other_spelling = m.parent().unwrap().join("./../a/one.txt");
        assert_eq!(
            entry_for(&entries, &other_spelling).and_then(|e| e.outlet.as_deref()),
            Some("X")
        );
        assert!(entry_for(&entries, &m).is_none());
        assert_eq!(
            reason("path\none.txt\n../outside.txt\n"),
            "3: expected a path inside the manifest's folder, found \"../outside.txt\""
        );
        assert_eq!(
            reason("path\nsub/../../outside.txt\n"),
            "2: expected a path inside the manifest's folder, found \"sub/../../outside.txt\""
        );
        assert_eq!(
            reason("path\n/etc/passwd\n"),
            "2: expected a path inside the manifest's folder, found \"/etc/passwd\""
        );
        assert_eq!(
            reason("path\n..\\outside.txt\n"),
            "2: expected a path inside the manifest's folder, found \"..\\\\outside.txt\""
        );
    }

    #[test]
    fn bad_rows_name_their_line() {
        let r = reason("path,published\none.txt,2016-04-12\nmissing.txt,\n");
        assert!(r.starts_with("3: expected an article file, but "), "{r}");
        assert!(r.ends_with("missing.txt does not exist"), "{r}");
        assert_eq!(
            reason("path,published\none.txt,on Tuesday\n"),
            "2: published: expected a date as YYYY-MM-DD, YYYY-MM or YYYY, found \"on Tuesday\""
        );
        assert_eq!(
            reason("path\none.txt\n./one.txt\n"),
            "3: expected each path once, found \"./one.txt\" again (first on line 2)"
        );
        assert_eq!(
            reason("path,title\n,x\n"),
            "2: expected a path to an article, found none"
        );
        assert!(reason("file,title\none.txt,x\n").starts_with("1: expected a manifest header"));
        assert!(reason("path\n").starts_with("1: expected at least one article path"));
        assert!(reason("").starts_with("1: the file is empty"));
    }
}
