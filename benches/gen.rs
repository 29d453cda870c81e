//! Benchmark data generator (`make bench` builds it as the example `benchgen`).
//!
//! Deterministic for a seed; writes only text made from this file's own templates and word
//! lists (no corpus text is copied):
//!
//! ```sh
//! benchgen claims   --rows 1000000 --events 200000 --seed 1 -o claims.csv
//! benchgen articles --mb 100 --seed 1 -o articles.jsonl
//! ```
//!
//! Claim sheets use the columns of `seeds-claims.csv`; every qualifier of the SPEC's quantity
//! table appears, in digits and in words, with and without the optional qualifier/low/high
//! columns (filled from the product's own quantity grammar when given, as a careful coder
//! would). Articles are wire-style JSONL records (id, title, text, outlet, published) with
//! casualty sentences, attributions and distractor numbers (ages, money, distances,
//! durations, unit numbers, years, votes) at realistic rates.

use std::io::Write;

/// SplitMix64: tiny, fast, and the same sequence on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        ((self.next() >> 32) * n) >> 32
    }
    fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + self.below((hi - lo + 1) as u64) as i64
    }
    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len() as u64) as usize]
    }
    fn chance(&mut self, p: f64) -> bool {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }
    /// A casualty figure: mostly small, with a long tail.
    fn toll(&mut self) -> i64 {
        match self.below(100) {
            0..=54 => self.range(1, 20),
            55..=84 => self.range(21, 200),
            85..=96 => self.range(201, 5_000),
            _ => self.range(5_001, 400_000),
        }
    }
}

// ------------------------------------------------------------------ word lists

const SYL_A: &[&str] = &[
    "Al", "Bar", "Dar", "Kar", "Tel", "Mar", "Sal", "Ham", "Kaf", "Ras", "Jab", "Nah", "Qal",
    "Zar", "Bir", "Umm", "Deir", "Ain", "Wadi", "Khan", "Val", "Nor", "Ost", "Bel", "Dor",
];
const SYL_B: &[&str] = &[
    "ada", "iya", "oun", "amra", "ash", "uma", "ina", "ara", "ed", "ur", "ova", "esk", "ino",
    "abad", "iyeh", "adin", "ayn", "ora", "un", "ek",
];
const SYL_C: &[&str] = &[
    "",
    "",
    "",
    " al-Sharqi",
    " al-Gharbi",
    " Kabir",
    " North",
    " South",
    " village",
    " district",
    " camp",
    " crossing",
];
/// Places the product's alias table knows (so place aliases are exercised).
const KNOWN_PLACES: &[&str] = &[
    "Khan Touman",
    "Khan Tuman",
    "Aleppo",
    "Halab",
    "south of Aleppo",
    "Syria",
    "Idlib",
    "Damascus",
    "Homs",
    "Raqqa",
    "Ar-Raqqa",
    "Palmyra",
    "Tadmur",
    "Iraq",
    "Mosul",
    "Baghdad",
];
const GROUPS: &[&str] = &[
    "people",
    "civilians",
    "soldiers",
    "fighters",
    "children",
    "combatants",
    "Iranian forces",
    "Revolutionary Guards",
    "Iranian military advisers",
    "Al-Nusra Front members",
    "Islamic State fighters",
    "rebels",
    "government troops",
    "police officers",
    "militiamen",
    "aid workers",
    "women and children",
    "residents",
    "pro-government fighters",
    "members of the security forces",
];
const OUTCOMES: &[(&str, &str, &str)] = &[
    // (sheet outcome, verb in text, outcome synonym a coder may use)
    ("killed", "killed", "dead"),
    ("killed", "killed", "killed"),
    ("killed", "killed", "killed"),
    ("wounded", "wounded", "injured"),
    ("wounded", "wounded", "wounded"),
    ("missing", "missing", "missing"),
    ("kidnapped", "kidnapped", "abducted"),
    ("displaced", "displaced", "displaced"),
    ("refugees", "forced to flee abroad", "refugees"),
    ("casualties", "killed or wounded", "casualties"),
];
const CLAIMANTS: &[&str] = &[
    "Ahmad Reza Pourdastan",
    "Revolutionary Guards official",
    "Staffan de Mistura",
    "Human Rights Watch",
    "Syrian Observatory for Human Rights",
    "Northern Front spokesman",
    "Valdora army",
    "the health ministry",
    "the interior ministry",
    "a military spokesman",
    "a local official",
    "a hospital director",
    "the provincial governor",
    "the civil defence",
    "the Red Crescent",
    "a UN spokeswoman",
    "the defence ministry",
    "rebel commander",
    "an opposition activist",
    "residents",
    "police",
    "the army",
    "medics",
    "a security source",
];
const VIAS: &[&str] = &[
    "state television",
    "Fars news agency",
    "told state television",
    "told reporters",
    "in a statement",
    "told a news conference",
    "on social media",
    "quoted by Tasnim",
    "told the news agency",
];
const OUTLETS: &[&str] = &[
    "Northern Wire",
    "Capital Daily",
    "Levant Tribune",
    "Coastal Herald",
    "Morning Dispatch",
    "Frontier Press",
    "Continental News Service",
    "Evening Courier",
    "Valdora Today",
    "Riverside Post",
    "Fars News Agency",
    "Tasnim News Agency",
    "IRNA",
    "TRT World",
];
const ATTACKS: &[&str] = &[
    "air strike on",
    "shelling of",
    "car bomb in",
    "clashes near",
    "ambush outside",
    "suicide attack in",
    "mortar fire on",
    "raid on",
    "flooding in",
    "earthquake in",
    "fighting for",
    "siege of",
];
const PERIODS: &[&str] = &[
    "since 2011",
    "past six months",
    "since the war began",
    "last month",
    "past year",
    "since January",
    "previous week",
];
const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const SMALL: &[&str] = &[
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: &[&str] = &[
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];
const VAGUE: &[&str] = &[
    "a few",
    "several",
    "dozens",
    "dozens of",
    "scores of",
    "hundreds",
    "hundreds of",
    "thousands",
    "thousands of",
    "tens of thousands",
    "millions",
    "a handful of",
    "several hundred",
    "a few thousand",
    "many",
    "a number of",
    "numerous",
    "a dozen",
];

fn words(n: i64) -> String {
    match n {
        0..=19 => SMALL[n as usize].to_string(),
        20..=99 if n % 10 == 0 => TENS[(n / 10) as usize].to_string(),
        20..=99 => format!("{}-{}", TENS[(n / 10) as usize], SMALL[(n % 10) as usize]),
        100..=999 if n % 100 == 0 => format!("{} hundred", SMALL[(n / 100) as usize]),
        100..=999 => format!(
            "{} hundred and {}",
            SMALL[(n / 100) as usize],
            words(n % 100)
        ),
        _ => digits(n),
    }
}

fn digits(n: i64) -> String {
    let s = n.to_string();
    if n < 1000 {
        return s;
    }
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A figure as a writer would put it: digits, with thousands separators, or words.
fn figure(r: &mut Rng, n: i64) -> String {
    if n >= 1_000_000 && r.chance(0.5) {
        return format!("{:.1} million", n as f64 / 1e6);
    }
    if n < 100 && r.chance(0.45) {
        return words(n);
    }
    if n < 1000 && r.chance(0.1) {
        return words(n);
    }
    digits(n)
}

fn fig_toll(r: &mut Rng, times: i64) -> String {
    let n = r.toll() * times;
    figure(r, n)
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

/// A written quantity covering every row of the SPEC's table.
fn quantity(r: &mut Rng) -> (String, bool) {
    let n = r.toll();
    let f = figure(r, n);
    let q = match r.below(100) {
        0..=39 => f,
        40..=41 => "a".to_string(),
        42..=46 => format!(
            "{} {f}",
            r.pick(&["at least", "at least", "no fewer than", "a minimum of"])
        ),
        47..=51 => format!("{} {f}", r.pick(&["more than", "over", "upwards of"])),
        52..=55 => format!(
            "{} {f}",
            r.pick(&["as many as", "up to", "at most", "no more than"])
        ),
        56..=58 => format!(
            "{} {}",
            r.pick(&["fewer than", "less than", "under"]),
            figure(r, n.max(2))
        ),
        59..=69 => format!(
            "{} {f}",
            r.pick(&[
                "about",
                "around",
                "approximately",
                "some",
                "roughly",
                "nearly",
                "almost",
                "an estimated"
            ])
        ),
        70..=77 => {
            let b = n + r.range(1, n.max(4));
            match r.below(3) {
                0 => format!("between {} and {}", digits(n), digits(b)),
                1 => format!("{} to {}", digits(n), digits(b)),
                _ => format!("{n}-{b}"),
            }
        }
        78..=89 => r.pick(VAGUE).to_string(),
        90..=93 => {
            return (format!("{} more", figure(r, n.min(60))), true);
        }
        _ => digits(n),
    };
    (q, false)
}

fn date(day: i64) -> (i64, i64, i64) {
    // day 0 = 2011-01-01; twelve months of 28 days are enough for plausible dates
    let y = 2011 + day / 336;
    let m = (day % 336) / 28 + 1;
    let d = day % 28 + 1;
    (y, m, d)
}

fn iso(day: i64) -> String {
    let (y, m, d) = date(day);
    format!("{y:04}-{m:02}-{d:02}")
}

fn place_name(r: &mut Rng) -> String {
    if r.chance(0.03) {
        return r.pick(KNOWN_PLACES).to_string();
    }
    format!("{}{}{}", r.pick(SYL_A), r.pick(SYL_B), r.pick(SYL_C))
}

// ------------------------------------------------------------------ claim sheets

struct Event {
    label: String,
    place: String,
    day: i64,
    named: bool,
}

fn claims(rows: u64, events: u64, seed: u64, out: &mut dyn Write) -> anyhow::Result<()> {
    let mut r = Rng(seed);
    let vague = tollcheck::quantity::VagueTable::default();
    // a pool of places: enough that place+date pairs rarely collide
    let places: Vec<String> = (0..(events / 8).max(50))
        .map(|_| place_name(&mut r))
        .collect();
    let evs: Vec<Event> = (0..events.max(1))
        .map(|_| {
            let place = r.pick(&places).clone();
            let day = r.range(0, 14 * 336 - 1);
            let (y, m, _) = date(day);
            Event {
                label: format!(
                    "{} {} ({} {y})",
                    capitalise(r.pick::<&str>(ATTACKS)),
                    place,
                    MONTHS[(m - 1) as usize]
                ),
                place,
                day,
                named: r.chance(0.75),
            }
        })
        .collect();
    let mut w = csv::Writer::from_writer(out);
    // the columns of seeds-claims.csv
    w.write_record(
        "document,outlet,published,claimant,via,victims,outcome,quantity,qualifier,low,high,event,place,event_date,scope,period,required,quote"
            .split(','),
    )?;
    for i in 0..rows {
        // claims cluster on events: a few busy events, many small ones
        let e = if r.chance(0.2) {
            &evs[r.below((events / 50).max(1)) as usize]
        } else {
            &evs[r.below(events) as usize]
        };
        let (outcome, verb, synonym) = *r.pick(OUTCOMES);
        let (q, increment) = quantity(&mut r);
        let victims = r.pick(GROUPS).to_string();
        let claimant = if r.chance(0.75) {
            r.pick(CLAIMANTS).to_string()
        } else {
            String::new()
        };
        let via = if !claimant.is_empty() && r.chance(0.35) {
            r.pick(VIAS).to_string()
        } else {
            String::new()
        };
        // one outlet per cited article
        let outlet =
            OUTLETS[((i / 3).wrapping_mul(7919) % OUTLETS.len() as u64) as usize].to_string();
        let published = iso(e.day + r.range(0, 3));
        let cumulative = !increment && r.chance(0.08);
        let (scope, period) = if increment {
            ("increment", String::new())
        } else if cumulative {
            ("cumulative", r.pick(PERIODS).to_string())
        } else {
            ("incident", String::new())
        };
        let event_date = match r.below(10) {
            0 => String::new(),
            1 => {
                let (y, m, _) = date(e.day);
                format!("{y:04}-{m:02}")
            }
            _ => iso(e.day + r.range(0, 1)),
        };
        let (qualifier, low, high) = if r.chance(0.6) {
            let p = tollcheck::quantity::parse(&q, &vague)
                .map_err(|err| anyhow::anyhow!("generator wrote {q:?}: {err}"))?;
            let b = |v: Option<i64>| v.map(|v| v.to_string()).unwrap_or_default();
            (p.qualifier.as_str().to_string(), b(p.low), b(p.high))
        } else {
            Default::default()
        };
        let who = if claimant.is_empty() {
            outlet.clone()
        } else {
            claimant.clone()
        };
        let quote = match r.below(4) {
            0 => format!(
                "{} {victims} were {verb} in {}, {who} said",
                capitalise(&q),
                e.place
            ),
            1 => format!(
                "According to {who}, {q} {victims} have been {verb} in the {} since {}",
                r.pick(ATTACKS).split(' ').next().unwrap_or("attack"),
                MONTHS[r.below(12) as usize]
            ),
            2 => format!("{who} said {q} {victims} had been {verb} near {}", e.place),
            _ => format!(
                "The toll rose to {q} {victims} {verb}, {who} told reporters on {}",
                *r.pick(WEEKDAYS)
            ),
        };
        let place = if r.chance(0.9) {
            e.place.clone()
        } else {
            String::new()
        };
        let row = [
            format!("art_{:07}.txt", i / 3),
            outlet,
            published,
            claimant,
            via,
            victims,
            if r.chance(0.2) { synonym } else { outcome }.to_string(),
            q,
            qualifier,
            low,
            high,
            if e.named {
                e.label.clone()
            } else {
                String::new()
            },
            place,
            event_date,
            if r.chance(0.7) {
                scope.to_string()
            } else {
                String::new()
            },
            period,
            if r.chance(0.5) { "yes" } else { "no" }.to_string(),
            quote,
        ];
        // a scope left empty must still read the same: increments and periods imply it
        w.write_record(&row)?;
    }
    w.flush()?;
    Ok(())
}

// ------------------------------------------------------------------ articles

fn sentence_casualty(r: &mut Rng, place: &str, weekday: &str) -> String {
    let (q, _) = quantity(r);
    let (_, verb, _) = *r.pick(OUTCOMES);
    let victims = r.pick(GROUPS);
    let who = r.pick(CLAIMANTS);
    match r.below(9) {
        0 => format!("{} {victims} were {verb} in {place} on {weekday}, {who} said.", capitalise(&q)),
        1 => format!("According to {who}, {q} {victims} have been {verb} since the fighting began."),
        2 => format!(
            "{} told state television that {q} {victims} had been {verb} in the {} {place}.",
            capitalise(who),
            r.pick(ATTACKS)
        ),
        3 => format!("The death toll from the {} {place} rose to {q}, {who} said.", r.pick(ATTACKS)),
        4 => format!(
            "{} {victims} were {verb} and {} others wounded, the {} news agency quoted {who} as saying.",
            capitalise(&q),
            fig_toll(r, 1),
            r.pick(OUTLETS)
        ),
        5 => format!("{} said at least {} of the dead were {victims}.", capitalise(who), fig_toll(r, 1)),
        6 => format!(
            "In a statement, {who} put the number of {victims} {verb} at {q}, a figure that could not be independently verified."
        ),
        7 => format!("{} {victims} {verb} in {place}, says {who}", capitalise(&q)),
        _ => format!(
            "Local medics reported {q} {victims} {verb}; {who} gave a higher figure of {}.",
            fig_toll(r, 2)
        ),
    }
}

fn sentence_distractor(r: &mut Rng, place: &str) -> String {
    match r.below(14) {
        0 => format!(
            "Among the dead was a {}-year-old {}.",
            r.range(3, 85),
            r.pick(&["teacher", "farmer", "nurse", "student", "shopkeeper", "driver"])
        ),
        1 => format!(
            "The government pledged ${} million in reconstruction aid, and donors promised another {} million euros.",
            r.range(1, 900),
            r.range(1, 300)
        ),
        2 => format!(
            "{place} lies {} km ({} miles) {} of the capital.",
            r.range(5, 400),
            r.range(3, 250),
            r.pick(&["north", "south", "east", "west"])
        ),
        3 => format!(
            "The fighting lasted for {} hours before a ceasefire took hold at {}:{:02} a.m.",
            words(r.range(2, 14)),
            r.range(1, 11),
            r.range(0, 59)
        ),
        4 => format!(
            "Troops of the {}th Brigade and the {}rd Division were deployed, about {} soldiers in all.",
            r.range(4, 99),
            r.range(3, 93) / 10 * 10 + 3,
            digits(r.range(2, 30) * 500)
        ),
        5 => format!(
            "Parliament voted {}-{} on {} to extend the state of emergency by {} days.",
            r.range(100, 300),
            r.range(5, 99),
            MONTHS[r.below(12) as usize],
            r.range(10, 90)
        ),
        6 => format!(
            "The conflict, now in its {} year, began in {}.",
            ["second", "third", "fifth", "seventh", "ninth", "twelfth"][r.below(6) as usize],
            r.range(2003, 2016)
        ),
        7 => format!(
            "Route {} was closed for {} kilometres and flights to {place} were suspended for {} weeks.",
            r.range(1, 60),
            r.range(2, 80),
            words(r.range(1, 6))
        ),
        8 => format!(
            "A force of some {} fighters was reported massing {} miles away, and {} tanks were seen on the road.",
            digits(r.range(3, 60) * 100),
            r.range(2, 40),
            r.range(3, 40)
        ),
        9 => format!(
            "The UN said it had delivered {} tonnes of food to {} families in {place} in the past {} days.",
            digits(r.range(10, 3000)),
            digits(r.range(100, 90000)),
            r.range(2, 30)
        ),
        10 => format!(
            "Talks in {} resumed on {} {}, with {} delegations attending.",
            r.pick(&["Geneva", "Vienna", "Astana", "Doha", "Cairo"]),
            MONTHS[r.below(12) as usize],
            r.range(1, 28),
            words(r.range(3, 16))
        ),
        11 => format!(
            "Prices of bread rose {} percent and the currency fell to {} to the dollar.",
            r.range(5, 300),
            digits(r.range(400, 15000))
        ),
        12 => format!(
            "Residents said the {} power station had been out of service for {} months.",
            place,
            words(r.range(2, 11))
        ),
        _ => format!(
            "Officials said {} schools and {} clinics in {place} had reopened.",
            r.range(2, 300),
            r.range(2, 60)
        ),
    }
}

fn sentence_filler(r: &mut Rng, place: &str) -> String {
    match r.below(8) {
        0 => format!("Witnesses described scenes of panic in the streets of {place} as sirens sounded."),
        1 => "The claims could not be independently verified, as access for journalists remains restricted.".to_string(),
        2 => format!("{} denied any responsibility and accused its opponents of targeting residential areas.", capitalise(r.pick::<&str>(CLAIMANTS))),
        3 => "Diplomats said the negotiations had stalled over the question of humanitarian corridors.".to_string(),
        4 => format!("Aid agencies warned that conditions in {place} were deteriorating rapidly as winter approached."),
        5 => "The ministry did not respond to a request for comment.".to_string(),
        6 => format!("Footage posted online appeared to show smoke rising over the {} of {place}.", r.pick(&["outskirts", "centre", "old city", "market district"])),
        _ => "Both sides have traded accusations of violating the truce since it took effect.".to_string(),
    }
}

fn articles(mb: u64, seed: u64, out: &mut dyn Write) -> anyhow::Result<()> {
    let mut r = Rng(seed ^ 0x0A57_C1E5);
    let target = mb * 1_000_000;
    let places: Vec<String> = (0..5000).map(|_| place_name(&mut r)).collect();
    let mut written: u64 = 0;
    let mut id: u64 = 0;
    while written < target {
        id += 1;
        let place = r.pick(&places).clone();
        let outlet = *r.pick(OUTLETS);
        let day = r.range(0, 14 * 336 - 1);
        let (y, m, d) = date(day);
        let weekday = *r.pick(WEEKDAYS);
        let paragraphs = r.range(4, 12);
        let mut text = format!(
            "{}, {} {d} ({outlet}) - ",
            place.to_uppercase(),
            MONTHS[(m - 1) as usize]
        );
        for p in 0..paragraphs {
            let sentences = r.range(2, 5);
            for s in 0..sentences {
                let line = match r.below(100) {
                    // about one sentence in four carries a casualty figure
                    0..=24 => sentence_casualty(&mut r, &place, weekday),
                    25..=49 => sentence_distractor(&mut r, &place),
                    _ => sentence_filler(&mut r, &place),
                };
                if s > 0 {
                    text.push(' ');
                }
                text.push_str(&line);
            }
            if p + 1 < paragraphs {
                text.push_str("\n\n");
            }
        }
        let title = format!(
            "{} {place}: {}",
            capitalise(r.pick::<&str>(ATTACKS)),
            r.pick(&[
                "toll rises",
                "dozens feared dead",
                "aid agencies warn of crisis",
                "ceasefire falters",
                "residents flee"
            ])
        );
        let rec = serde_json::json!({
            "id": format!("wire-{seed}-{id:07}"),
            "title": title,
            "text": text,
            "outlet": outlet,
            "published": format!("{y:04}-{m:02}-{d:02}"),
        });
        let line = serde_json::to_string(&rec)?;
        out.write_all(line.as_bytes())?;
        out.write_all(b"\n")?;
        written += line.len() as u64 + 1;
    }
    Ok(())
}

// ------------------------------------------------------------------ command line

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let usage = "usage: benchgen claims --rows N [--events E] [--seed S] -o FILE\n       benchgen articles --mb M [--seed S] -o FILE";
    let kind = args.first().cloned().unwrap_or_default();
    let opt = |name: &str| -> Option<String> {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1).cloned())
    };
    let num = |name: &str, default: u64| -> anyhow::Result<u64> {
        opt(name).map_or(Ok(default), |v| {
            v.replace('_', "")
                .parse()
                .map_err(|_| anyhow::anyhow!("{name}: expected a number, found {v:?}"))
        })
    };
    let seed = num("--seed", 1)?;
    let path = opt("-o").ok_or_else(|| anyhow::anyhow!("{usage}"))?;
    let file: Box<dyn Write> = if path == "-" {
        Box::new(std::io::stdout().lock())
    } else {
        Box::new(std::fs::File::create(&path)?)
    };
    let mut out = std::io::BufWriter::with_capacity(1 << 20, file);
    match kind.as_str() {
        "claims" => {
            let rows = num("--rows", 1_000_000)?;
            claims(rows, num("--events", (rows / 5).max(1))?, seed, &mut out)?
        }
        "articles" => articles(num("--mb", 100)?, seed, &mut out)?,
        _ => anyhow::bail!("{usage}"),
    }
    out.flush()?;
    Ok(())
}
