//! An event's claims as ranges over time, as inline SVG (no scripts, no external files).
//! x: the date each claim speaks for, with dated ticks (undated claims at the right);
//! y: the count on a log scale, a tick each power of ten. A closed interval is a bar, an
//! exact figure a dot, an open bound a dashed bar reaching one power of ten past its bound.
//! A legend says which colour is which outcome and what the marks mean.

use super::display::{self, Names};
use super::report::escape_html;
use crate::model::ClaimRow;
use crate::normalize::date;

const W: f64 = 720.0;
const LEFT: f64 = 78.0;
const RIGHT: f64 = 24.0;
const TOP: f64 = 14.0;
/// The plot's height; below it: ticks, the x axis title, the legend.
const PLOT: f64 = 190.0;
const H: f64 = TOP + PLOT + 78.0;
/// How far an open bound's dashed bar reaches: ten times (or a tenth of) its bound.
const OPEN_REACH: f64 = 10.0;

/// Outcomes and their colours in the chart and its legend; any other outcome is blue.
const COLOURS: [(&str, &str); 3] = [
    ("killed", "#c92a2a"),
    ("wounded", "#e67700"),
    ("", "#1864ab"),
];

fn colour(outcome: &str) -> &'static str {
    COLOURS
        .iter()
        .find(|(o, _)| *o == outcome)
        .unwrap_or(&COLOURS[2])
        .1
}

fn day_number(c: &ClaimRow) -> Option<i64> {
    let d = c.as_of.as_deref().and_then(date::bounds)?.0;
    Some(
        d.signed_duration_since(chrono::NaiveDate::default())
            .num_days(),
    )
}

fn day_label(d: i64, span_days: i64) -> String {
    let day = chrono::NaiveDate::default() + chrono::Duration::days(d);
    let iso = day.to_string();
    match span_days {
        s if s > 3 * 365 => iso[..4].to_string(),
        s if s > 120 => iso[..7].to_string(),
        _ => iso,
    }
}

/// The chart, or `None` when fewer than two claims have a figure (a lone claim is its
/// table row).
pub fn event_svg(claims: &[ClaimRow], names: &Names) -> Option<String> {
    let pts: Vec<(&ClaimRow, Option<i64>)> = claims
        .iter()
        .filter(|c| c.low.is_some() || c.high.is_some())
        .map(|c| (c, day_number(c)))
        .collect();
    if pts.len() < 2 {
        return None;
    }
    // the values the y axis must hold: every bound, and how far open bounds reach
    let mut vals: Vec<f64> = Vec::new();
    for (c, _) in &pts {
        match (c.low, c.high) {
            (Some(l), Some(h)) => vals.extend([l as f64, h as f64]),
            (Some(l), None) => vals.extend([l as f64, l as f64 * OPEN_REACH]),
            (None, Some(h)) => vals.extend([h as f64, h as f64 / OPEN_REACH]),
            (None, None) => {}
        }
    }
    let (lo, hi) = vals.iter().fold((f64::MAX, f64::MIN), |(a, b), v| {
        (a.min(v.max(1.0)), b.max(v.max(1.0)))
    });
    let vmin = lo.log10().floor().max(0.0);
    let vmax = hi.log10().ceil().max(vmin + 1.0);
    let y = |v: f64| {
        let l = v.max(1.0).log10().clamp(vmin, vmax);
        TOP + (vmax - l) / (vmax - vmin) * PLOT
    };

    // x: dated claims by day; undated ones in a slot of their own at the right
    let days: Vec<i64> = pts.iter().filter_map(|p| p.1).collect();
    let undated = pts.iter().any(|p| p.1.is_none());
    let (dmin, dmax) = (
        days.iter().min().copied().unwrap_or(0),
        days.iter().max().copied().unwrap_or(0),
    );
    let right_edge = W - RIGHT - if undated { 60.0 } else { 0.0 };
    let span = (dmax - dmin).max(1) as f64;
    let x_of_day = |d: i64| {
        if dmax == dmin {
            (LEFT + right_edge) / 2.0
        } else {
            LEFT + 30.0 + (d - dmin) as f64 / span * (right_edge - LEFT - 60.0)
        }
    };
    // claims of one day side by side, 14 px apart, centred on the day
    let mut xs = vec![0.0; pts.len()];
    let mut slots: Vec<(Option<i64>, Vec<usize>)> = Vec::new();
    for (i, p) in pts.iter().enumerate() {
        match slots.iter_mut().find(|s| s.0 == p.1) {
            Some(s) => s.1.push(i),
            None => slots.push((p.1, vec![i])),
        }
    }
    for (day, members) in &slots {
        let centre = match day {
            Some(d) => x_of_day(*d),
            None => W - RIGHT - 30.0,
        };
        let step = 14.0_f64.min(60.0 / members.len() as f64);
        for (k, i) in members.iter().enumerate() {
            xs[*i] = centre + (k as f64 - (members.len() - 1) as f64 / 2.0) * step;
        }
    }

    let bottom = TOP + PLOT;
    let mut s = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {W} {H}\" width=\"{W}\" height=\"{H}\" role=\"img\" aria-label=\"the claims' figures over time\" class=\"chart\" font-family=\"system-ui,sans-serif\">"
    );
    // y axis: a tick and grid line each power of ten
    let mut e = vmin as i32;
    while e as f64 <= vmax {
        let yy = y(10f64.powi(e));
        s.push_str(&format!(
            "<line x1=\"{LEFT}\" y1=\"{yy:.1}\" x2=\"{:.1}\" y2=\"{yy:.1}\" stroke=\"#e5e5e5\"/><text x=\"{:.1}\" y=\"{:.1}\" font-size=\"11\" text-anchor=\"end\">{}</text>",
            W - RIGHT,
            LEFT - 6.0,
            yy + 4.0,
            display::number(10i64.pow(e as u32))
        ));
        e += 1;
    }
    s.push_str(&format!(
        "<line x1=\"{LEFT}\" y1=\"{TOP}\" x2=\"{LEFT}\" y2=\"{bottom:.1}\" stroke=\"#888\"/>\
         <line x1=\"{LEFT}\" y1=\"{bottom:.1}\" x2=\"{:.1}\" y2=\"{bottom:.1}\" stroke=\"#888\"/>\
         <text x=\"14\" y=\"{:.1}\" font-size=\"11\" text-anchor=\"middle\" transform=\"rotate(-90 14 {:.1})\">people (log scale)</text>",
        W - RIGHT,
        TOP + PLOT / 2.0,
        TOP + PLOT / 2.0,
    ));
    // x axis: dated ticks (the first and last day, and up to three between)
    let mut ticks: Vec<i64> = vec![dmin];
    if dmax > dmin {
        let n = 4;
        for k in 1..n {
            ticks.push(dmin + (dmax - dmin) * k / n);
        }
        ticks.push(dmax);
    }
    if !days.is_empty() {
        let mut last_label = String::new();
        for d in ticks {
            let label = day_label(d, dmax - dmin);
            if label == last_label {
                continue;
            }
            let xx = x_of_day(d);
            s.push_str(&format!(
                "<line x1=\"{xx:.1}\" y1=\"{bottom:.1}\" x2=\"{xx:.1}\" y2=\"{:.1}\" stroke=\"#888\"/><text x=\"{xx:.1}\" y=\"{:.1}\" font-size=\"11\" text-anchor=\"middle\">{label}</text>",
                bottom + 5.0,
                bottom + 34.0
            ));
            last_label = label;
        }
    }
    if undated {
        s.push_str(&format!(
            "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"11\" text-anchor=\"middle\">undated</text>",
            W - RIGHT - 30.0,
            bottom + 34.0
        ));
    }
    s.push_str(&format!(
        "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"11\" text-anchor=\"middle\">date the figure is given for</text>",
        (LEFT + W - RIGHT) / 2.0,
        bottom + 50.0
    ));

    // claims of one day: their labels on two rows, so that side by side they stay legible
    let mut label_row = vec![0.0; pts.len()];
    for (_, members) in &slots {
        for (k, i) in members.iter().enumerate() {
            label_row[*i] = (k % 2) as f64 * 9.0;
        }
    }
    for (i, (c, _)) in pts.iter().enumerate() {
        let xx = xs[i];
        let title = escape_html(&format!(
            "#{} {} — {}: {} ({}) {} {}",
            c.claim_id.0,
            c.as_of.as_deref().unwrap_or("undated"),
            names.who(c),
            c.quantity,
            display::interval(c.low, c.high),
            c.outcome,
            c.victims
        ));
        let colour = colour(&c.outcome);
        s.push_str(&format!("<g><title>{title}</title>"));
        match (c.low, c.high) {
            (Some(l), Some(h)) if l == h => s.push_str(&format!(
                "<circle cx=\"{xx:.1}\" cy=\"{:.1}\" r=\"4.5\" fill=\"{colour}\"/>",
                y(l as f64)
            )),
            (l, h) => {
                let y1 = y(h.map_or_else(|| l.unwrap_or(1) as f64 * OPEN_REACH, |h| h as f64));
                let y2 = y(l.map_or_else(|| h.unwrap_or(1) as f64 / OPEN_REACH, |l| l as f64));
                let dash = if l.is_none() || h.is_none() {
                    " stroke-dasharray=\"4 3\" stroke-opacity=\"0.7\""
                } else {
                    ""
                };
                s.push_str(&format!(
                    "<line x1=\"{xx:.1}\" y1=\"{y1:.1}\" x2=\"{xx:.1}\" y2=\"{y2:.1}\" stroke=\"{colour}\" stroke-width=\"5\"{dash}/>"
                ));
                for v in [l, h].into_iter().flatten() {
                    s.push_str(&format!(
                        "<line x1=\"{:.1}\" y1=\"{yy:.1}\" x2=\"{:.1}\" y2=\"{yy:.1}\" stroke=\"{colour}\" stroke-width=\"2\"/>",
                        xx - 6.0,
                        xx + 6.0,
                        yy = y(v as f64)
                    ));
                }
            }
        }
        s.push_str(&format!(
            "<text x=\"{xx:.1}\" y=\"{:.1}\" font-size=\"9\" text-anchor=\"middle\" fill=\"#555\">#{}</text></g>",
            bottom + 14.0 + label_row[i],
            c.claim_id.0
        ));
    }
    s.push_str(&legend(&pts));
    s.push_str("</svg>");
    Some(s)
}

/// The legend under the plot: the outcomes present, by colour, and the marks.
fn legend(pts: &[(&ClaimRow, Option<i64>)]) -> String {
    let ly = H - 10.0;
    let mut s = String::new();
    let mut x = LEFT;
    let mut outcomes: Vec<&str> = Vec::new();
    for (c, _) in pts {
        if !outcomes.contains(&c.outcome.as_str()) {
            outcomes.push(&c.outcome);
        }
    }
    for o in outcomes {
        s.push_str(&format!(
            "<rect x=\"{x:.1}\" y=\"{:.1}\" width=\"10\" height=\"10\" fill=\"{}\"/><text x=\"{:.1}\" y=\"{ly:.1}\" font-size=\"11\">{}</text>",
            ly - 9.0,
            colour(o),
            x + 14.0,
            escape_html(o)
        ));
        x += 24.0 + 7.0 * o.chars().count() as f64;
    }
    s.push_str(&format!(
        "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"4\" fill=\"#555\"/><text x=\"{:.1}\" y=\"{ly:.1}\" font-size=\"11\">exact figure</text>\
         <line x1=\"{:.1}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\" stroke=\"#555\" stroke-width=\"4\"/><text x=\"{:.1}\" y=\"{ly:.1}\" font-size=\"11\">range</text>\
         <line x1=\"{:.1}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\" stroke=\"#555\" stroke-width=\"4\" stroke-dasharray=\"4 3\"/><text x=\"{:.1}\" y=\"{ly:.1}\" font-size=\"11\">open bound (at least / at most), drawn to ten times its figure</text>",
        x + 10.0,
        ly - 4.0,
        x + 18.0,
        x + 110.0,
        ly - 11.0,
        x + 110.0,
        ly + 1.0,
        x + 118.0,
        x + 170.0,
        ly - 11.0,
        x + 170.0,
        ly + 1.0,
        x + 178.0,
    ));
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ClaimId;

    fn claim(id: i64, as_of: Option<&str>, low: Option<i64>, high: Option<i64>) -> ClaimRow {
        ClaimRow {
            claim_id: ClaimId(id),
            as_of: as_of.map(String::from),
            low,
            high,
            outcome: "killed".into(),
            ..ClaimRow::default()
        }
    }

    #[test]
    fn a_chart_for_two_figures_or_more_with_legend_axes_and_dated_ticks() {
        let names = Names::default();
        assert!(event_svg(&[claim(1, Some("2016-04-12"), Some(4), Some(4))], &names).is_none());
        // a claim without a figure is no figure
        assert!(event_svg(
            &[
                claim(1, Some("2016-04-12"), Some(4), Some(4)),
                claim(2, Some("2016-04-12"), None, None)
            ],
            &names
        )
        .is_none());
        let svg = event_svg(
            &[
                claim(1, Some("2015-11-12"), Some(250_000), None),
                claim(2, Some("2016-04-12"), Some(270_001), None),
                claim(3, Some("2016-05-07"), None, Some(400_000)),
                claim(4, None, Some(360), Some(440)),
            ],
            &names,
        )
        .unwrap();
        for part in [
            "people (log scale)",
            "date the figure is given for",
            "exact figure",
            "open bound",
            ">killed<",
            ">2015-11<",
            ">2016-05<",
            ">undated<",
            ">1,000,000<",
        ] {
            assert!(svg.contains(part), "{part}: {svg}");
        }
        // "at most 400,000" reaches down one power of ten, to 40,000, not to the axis' 100
        let y = |v: f64| {
            let (vmin, vmax) = (2.0, 7.0); // 100 .. 10,000,000 (≥270,001 reaches 2,700,010)
            TOP + (vmax - v.log10()) / (vmax - vmin) * PLOT
        };
        assert!(svg.contains(&format!("y2=\"{:.1}\"", y(40_000.0))), "{svg}");
    }
}
