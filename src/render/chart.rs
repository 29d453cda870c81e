//! An event's claims as ranges over time, as inline SVG (no scripts, no external files).
//! x: the date each claim speaks for; y: the count on a log scale. A closed interval is a
//! bar, an exact figure a dot, an open bound a dashed line running to the edge.

use super::report::escape_html;
use crate::normalize::date;
use crate::store::ClaimRow;

const W: f64 = 640.0;
const H: f64 = 220.0;
const LEFT: f64 = 70.0;
const RIGHT: f64 = 20.0;
const TOP: f64 = 15.0;
const BOTTOM: f64 = 35.0;

fn day_number(c: &ClaimRow) -> Option<i64> {
    let d = c.as_of.as_deref().and_then(date::bounds)?.0;
    Some(
        d.signed_duration_since(chrono::NaiveDate::default())
            .num_days(),
    )
}

/// The chart, or `None` when no claim has a figure.
pub fn event_svg(claims: &[ClaimRow]) -> Option<String> {
    let pts: Vec<(&ClaimRow, i64)> = claims
        .iter()
        .filter(|c| c.low.is_some() || c.high.is_some())
        .map(|c| (c, day_number(c).unwrap_or(0)))
        .collect();
    if pts.is_empty() {
        return None;
    }
    let vals: Vec<f64> = pts
        .iter()
        .flat_map(|(c, _)| [c.low, c.high])
        .flatten()
        .map(|v| (v.max(1)) as f64)
        .collect();
    let (mut vmin, mut vmax) = vals
        .iter()
        .fold((f64::MAX, f64::MIN), |(a, b), v| (a.min(*v), b.max(*v)));
    vmin = (vmin.log10().floor()).max(0.0);
    vmax = vmax.log10().ceil().max(vmin + 1.0);
    let dmin = pts.iter().map(|p| p.1).min().unwrap_or(0);
    let dmax = pts.iter().map(|p| p.1).max().unwrap_or(0);
    let span = (dmax - dmin).max(1) as f64;
    let x = |d: i64, i: usize| {
        if dmax == dmin {
            LEFT + (i as f64 + 1.0) * (W - LEFT - RIGHT) / (pts.len() as f64 + 1.0)
        } else {
            LEFT + 20.0 + (d - dmin) as f64 / span * (W - LEFT - RIGHT - 40.0)
        }
    };
    let y = |v: f64| {
        let l = v.max(1.0).log10();
        TOP + (vmax - l) / (vmax - vmin) * (H - TOP - BOTTOM)
    };
    let mut s = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {W} {H}\" width=\"{W}\" height=\"{H}\" role=\"img\" aria-label=\"claims as ranges over time\" class=\"chart\">"
    );
    // axes and decade grid
    let mut e = vmin as i32;
    while e as f64 <= vmax {
        let yy = y(10f64.powi(e));
        s.push_str(&format!(
            "<line x1=\"{LEFT}\" y1=\"{yy:.1}\" x2=\"{:.1}\" y2=\"{yy:.1}\" stroke=\"#eee\"/><text x=\"{:.1}\" y=\"{:.1}\" font-size=\"10\" text-anchor=\"end\">{}</text>",
            W - RIGHT,
            LEFT - 5.0,
            yy + 3.0,
            fmt_count(10f64.powi(e))
        ));
        e += 1;
    }
    s.push_str(&format!(
        "<line x1=\"{LEFT}\" y1=\"{TOP}\" x2=\"{LEFT}\" y2=\"{:.1}\" stroke=\"#999\"/>",
        H - BOTTOM
    ));
    let top_y = TOP;
    let bottom_y = H - BOTTOM;
    for (i, (c, d)) in pts.iter().enumerate() {
        let xx = x(*d, i);
        let title = escape_html(&format!(
            "#{} {} — {} {} ({}) {}",
            c.claim_id.0,
            c.as_of.as_deref().unwrap_or("undated"),
            c.attribution(),
            c.quantity,
            c.interval(),
            c.outcome
        ));
        let colour = match c.outcome.as_str() {
            "killed" => "#c92a2a",
            "wounded" => "#e67700",
            _ => "#1864ab",
        };
        s.push_str(&format!("<g><title>{title}</title>"));
        match (c.low, c.high) {
            (Some(l), Some(h)) if l == h => s.push_str(&format!(
                "<circle cx=\"{xx:.1}\" cy=\"{:.1}\" r=\"4\" fill=\"{colour}\"/>",
                y(l as f64)
            )),
            (l, h) => {
                let y1 = h.map_or(top_y, |h| y(h as f64));
                let y2 = l.map_or(bottom_y, |l| y(l as f64));
                let dash = if l.is_none() || h.is_none() {
                    " stroke-dasharray=\"4 3\""
                } else {
                    ""
                };
                s.push_str(&format!(
                    "<line x1=\"{xx:.1}\" y1=\"{y1:.1}\" x2=\"{xx:.1}\" y2=\"{y2:.1}\" stroke=\"{colour}\" stroke-width=\"4\"{dash}/>"
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
            "<text x=\"{xx:.1}\" y=\"{:.1}\" font-size=\"10\" text-anchor=\"middle\">#{}</text></g>",
            H - BOTTOM + 14.0,
            c.claim_id.0
        ));
    }
    if dmax > dmin {
        for (d, anchor, xx) in [
            (dmin, "start", LEFT + 20.0),
            (dmax, "end", W - RIGHT - 20.0),
        ] {
            let label = (chrono::NaiveDate::default() + chrono::Duration::days(d)).to_string();
            s.push_str(&format!(
                "<text x=\"{xx:.1}\" y=\"{:.1}\" font-size=\"10\" text-anchor=\"{anchor}\">{label}</text>",
                H - 4.0
            ));
        }
    }
    s.push_str("</svg>");
    Some(s)
}

fn fmt_count(v: f64) -> String {
    match v as i64 {
        n if n >= 1_000_000 => format!("{}M", n / 1_000_000),
        n if n >= 1_000 => format!("{}k", n / 1_000),
        n => n.to_string(),
    }
}
