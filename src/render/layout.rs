//! A table laid out exactly as comfy-table 7 lays out one with the `NOTHING` preset
//! (no borders, one space of padding each side of a cell) and `ContentArrangement::Dynamic`
//! within a given width, with no column constraints and no styling: the same column widths,
//! the same word wrapping, byte for byte, but without comfy-table's strings per cell, per
//! line and per padding (at a million claims it was most of the text report's time).
//!
//! Each function below follows the comfy-table function of the same name
//! (`utils::arrangement::dynamic`, `utils::formatting::content_format`,
//! `utils::formatting::content_split`), quirks included: the widths of split lines are
//! measured in bytes where comfy-table does so. `tests` compare the two on awkward input.

use std::borrow::Cow;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// `UnicodeWidthStr::width`, counted without its tables for printable ASCII (one column a
/// byte), which most cells are.
trait Cols {
    fn cols(&self) -> usize;
}

impl Cols for str {
    fn cols(&self) -> usize {
        if self.bytes().all(|b| (0x20..0x7f).contains(&b)) {
            self.len()
        } else {
            self.width()
        }
    }
}

/// comfy-table's padding of every cell: one space left, one right.
const PADDING: usize = 2;
const MIN_FREE_CHARS: usize = 2;

/// comfy-table's `ColumnDisplayInfo::new`: a content width of at least 1.
fn content_width(w: usize) -> usize {
    w.min(u16::MAX as usize).max(1)
}

/// Writes the table (`rows[0]` is the header; every row has `cols` cells) into `out`, each
/// line as `indent` followed by the line with its trailing white space trimmed, and a
/// newline: what `for l in table.to_string().lines() { writeln!("{indent}{}", l.trim_end()) }`
/// writes for the comfy-table table.
pub fn write_table<S: AsRef<str>>(
    rows: &[S],
    cols: usize,
    table_width: u16,
    indent: &str,
    out: &mut Vec<u8>,
) {
    if cols == 0 {
        return;
    }
    let widths = arrange(rows, cols, table_width as usize);
    let mut parts: Vec<Cow<str>> = Vec::new();
    let mut starts = vec![0usize; cols + 1];
    let mut line = String::new();
    for row in rows.chunks(cols) {
        parts.clear();
        for (c, cell) in row.iter().enumerate() {
            starts[c] = parts.len();
            for l in cell.as_ref().split('\n') {
                if l.cols() > widths[c] {
                    parts.extend(split_line(l, widths[c]).into_iter().map(Cow::Owned));
                } else {
                    parts.push(Cow::Borrowed(l));
                }
            }
        }
        starts[cols] = parts.len();
        let height = (0..cols)
            .map(|c| starts[c + 1] - starts[c])
            .max()
            .unwrap_or(0);
        for i in 0..height {
            line.clear();
            for c in 0..cols {
                let w = widths[c];
                match parts[starts[c]..starts[c + 1]].get(i) {
                    Some(p) => {
                        line.push(' ');
                        line.push_str(p);
                        push_spaces(&mut line, w.saturating_sub(p.cols()) + 1);
                    }
                    None => push_spaces(&mut line, w + PADDING),
                }
            }
            out.extend_from_slice(indent.as_bytes());
            out.extend_from_slice(line.trim_end().as_bytes());
            out.push(b'\n');
        }
    }
}

fn push_spaces(s: &mut String, mut n: usize) {
    const SPACES: &str = "                                                                ";
    while n > 0 {
        let k = n.min(SPACES.len());
        s.push_str(&SPACES[..k]);
        n -= k;
    }
}

/// The content width of each column (`dynamic::arrange` without constraints).
fn arrange<S: AsRef<str>>(rows: &[S], cols: usize, table_width: usize) -> Vec<usize> {
    // Table::column_max_content_widths
    let mut max_widths = vec![0usize; cols];
    for row in rows.chunks(cols) {
        for (c, cell) in row.iter().enumerate() {
            let w = cell
                .as_ref()
                .split('\n')
                .map(|l| l.cols())
                .max()
                .unwrap_or(0);
            max_widths[c] = max_widths[c].max(w.min(u16::MAX as usize).max(1));
        }
    }
    let mut fixed: Vec<Option<usize>> = vec![None; cols];
    let mut remaining_width = table_width.saturating_sub(PADDING * cols);
    let mut remaining_columns = cols;

    // find_columns_that_fit_into_average
    fix_columns(
        &mut fixed,
        &mut remaining_width,
        &mut remaining_columns,
        |c, average_space| (max_widths[c] <= average_space).then_some(max_widths[c]),
    );
    // optimize_space_after_split
    fix_columns(
        &mut fixed,
        &mut remaining_width,
        &mut remaining_columns,
        |c, average_space| {
            let longest = longest_line_after_split(rows, cols, c, average_space);
            (average_space.saturating_sub(longest) >= 3).then_some(longest)
        },
    );
    if remaining_columns > 0 {
        // distribute_remaining_space
        let remaining_width = remaining_width.max(remaining_columns);
        let average_space = remaining_width / remaining_columns;
        let mut excess = remaining_width - average_space * remaining_columns;
        for f in fixed.iter_mut().filter(|f| f.is_none()) {
            let w = if excess > 0 {
                excess -= 1;
                average_space + 1
            } else {
                average_space
            };
            *f = Some(content_width(w));
        }
    }
    fixed.into_iter().map(|f| f.unwrap_or(1)).collect()
}

/// Fixes the width of each column that `fits` gives a width for within the average space
/// left per column, again and again while any does, as both of comfy-table's passes over
/// the columns do (its checks for no space left change nothing: every width is at least 1).
fn fix_columns(
    fixed: &mut [Option<usize>],
    remaining_width: &mut usize,
    remaining_columns: &mut usize,
    mut fits: impl FnMut(usize, usize) -> Option<usize>,
) {
    if *remaining_columns == 0 {
        return;
    }
    let mut average_space = *remaining_width / *remaining_columns;
    let mut found_smaller = true;
    while found_smaller {
        found_smaller = false;
        for (c, slot) in fixed.iter_mut().enumerate() {
            if slot.is_some() {
                continue;
            }
            if let Some(w) = fits(c, average_space) {
                *slot = Some(content_width(w));
                *remaining_width = remaining_width.saturating_sub(w);
                *remaining_columns -= 1;
                if *remaining_columns == 0 {
                    return;
                }
                average_space = *remaining_width / *remaining_columns;
                found_smaller = true;
            }
        }
    }
}

/// The longest line of column `c` split to `average_space`, in bytes as comfy-table has it.
fn longest_line_after_split<S: AsRef<str>>(
    rows: &[S],
    cols: usize,
    c: usize,
    average_space: usize,
) -> usize {
    let width = content_width(average_space);
    let mut longest = 0;
    for row in rows.chunks(cols) {
        for line in row[c].as_ref().split('\n') {
            if line.cols() > average_space {
                for part in split_line(line, width) {
                    longest = longest.max(part.len());
                }
            } else {
                longest = longest.max(line.len());
            }
        }
    }
    longest
}

/// `content_split::split_line` with a space as the delimiter.
fn split_line(line: &str, content_width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut elements: Vec<Cow<str>> = line.split(' ').rev().map(Cow::Borrowed).collect();
    let mut current_line = String::new();
    while let Some(next) = elements.pop() {
        let current_length = current_line.cols();
        let next_length = next.cols();
        let mut added_length = next_length + current_length;
        if !current_line.is_empty() {
            added_length += 1;
        }
        let mut remaining_width = content_width - current_length;
        if !current_line.is_empty() {
            remaining_width = remaining_width.saturating_sub(1);
        }
        if added_length <= content_width {
            if !current_line.is_empty() {
                current_line.push(' ');
            }
            current_line += &next;
            current_line = check_if_full(&mut lines, content_width, current_line);
            continue;
        }
        if !current_line.is_empty() && remaining_width <= MIN_FREE_CHARS {
            elements.push(next);
            lines.push(std::mem::take(&mut current_line));
            continue;
        }
        if next_length > content_width {
            let new_line = current_line.is_empty();
            if !new_line {
                current_line.push(' ');
            }
            let (mut head, mut remaining) = split_long_word(remaining_width, &next);
            if new_line && head.is_empty() {
                let mut chars = remaining.chars();
                head.push(chars.next().unwrap());
                remaining = chars.collect();
            }
            current_line += &head;
            elements.push(Cow::Owned(remaining));
            lines.push(std::mem::take(&mut current_line));
            continue;
        }
        lines.push(current_line);
        current_line = check_if_full(&mut lines, content_width, next.into_owned());
    }
    if !current_line.is_empty() {
        lines.push(current_line);
    }
    lines
}

fn check_if_full(lines: &mut Vec<String>, content_width: usize, current_line: String) -> String {
    if current_line.cols() > content_width.saturating_sub(MIN_FREE_CHARS) {
        lines.push(current_line);
        return String::new();
    }
    current_line
}

/// `content_split::split_long_word`: the graphemes of `word` that fit into
/// `allowed_width`, and the rest.
fn split_long_word(allowed_width: usize, word: &str) -> (String, String) {
    let mut current_width = 0;
    let mut end = 0;
    for (i, g) in word.grapheme_indices(true) {
        if current_width + g.cols() > allowed_width {
            break;
        }
        current_width += g.cols();
        end = i + g.len();
    }
    (word[..end].to_string(), word[end..].to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn comfy(rows: &[&str], cols: usize, width: u16) -> String {
        let mut t = comfy_table::Table::new();
        t.load_preset(comfy_table::presets::NOTHING)
            .set_content_arrangement(comfy_table::ContentArrangement::Dynamic)
            .set_width(width)
            .set_header(rows[..cols].to_vec());
        for r in rows[cols..].chunks(cols) {
            t.add_row(r.to_vec());
        }
        let mut out = String::new();
        for l in t.to_string().lines() {
            out.push_str("  ");
            out.push_str(l.trim_end());
            out.push('\n');
        }
        out
    }

    fn same(rows: &[&str], cols: usize) {
        for width in [0, 1, 5, 12, 20, 33, 40, 57, 80, 120, 200] {
            let mut ours = Vec::new();
            write_table(rows, cols, width, "  ", &mut ours);
            assert_eq!(
                String::from_utf8(ours).unwrap(),
                comfy(rows, cols, width),
                "width {width}: {rows:?}"
            );
        }
    }

    #[test]
    fn lays_out_as_comfy_table() {
        same(&["a", "b", "c", "1", "", "3"], 3);
        same(
            &[
                "claim",
                "as of",
                "who (via)",
                "#1",
                "2015-11-11",
                "the semi-official Tasnim News Agency via a very long relay name indeed",
                "#22",
                "",
                "x\ny  z\n\nlast line of a cell with a newline",
            ],
            3,
        );
        same(
            &[
                "document",
                "victims",
                "q",
                "002_056e71f6af495438_a_very_long_file_name_without_spaces.txt",
                "Iranian revolutionary guards",
                "≥250000 → ≤270001",
                "ﾃｽﾄ 漢字 漢字漢字漢字漢字漢字 🙂‍↕️🙂‍↕️🙂‍↕️🙂‍↕️ e\u{301}e\u{301}e\u{301}",
                "  leading  and  double  spaces  ",
                "\ttab\r\n",
            ],
            3,
        );
    }

    proptest::proptest! {
        #[test]
        fn lays_out_any_cells_as_comfy_table(
            cols in 1usize..5,
            cells in proptest::collection::vec("([a-z]{1,9}|[ ]{1,3}|漢字|é|e\u{301}|🙂‍↕️|\n|[0-9,–≥]{1,6}){0,8}", 1..30),
            width in 0u16..140,
        ) {
            let n = cells.len() / cols * cols;
            proptest::prop_assume!(n > 0);
            let rows: Vec<&str> = cells[..n].iter().map(String::as_str).collect();
            let mut ours = Vec::new();
            write_table(&rows, cols, width, "  ", &mut ours);
            proptest::prop_assert_eq!(String::from_utf8(ours).unwrap(), comfy(&rows, cols, width));
        }
    }
}
