use crate::common::{corpus, Env};

/// Issue 3's measure, as CI prints it: the seed reports ingested as articles with their
/// manifest, scored against the hand-coded sheet.
#[test]
fn seed_reports_meet_the_extraction_targets() {
    let env = Env::new();
    env.ok([
        "ingest".as_ref(),
        "--manifest".as_ref(),
        corpus("seeds-manifest.csv").as_os_str(),
    ]);
    let out = env.ok([
        "eval".as_ref(),
        corpus("seeds-claims.csv").as_os_str(),
        "--min-precision".as_ref(),
        "0.9".as_ref(),
        "--min-recall".as_ref(),
        "0.93".as_ref(),
        "--min-claimant".as_ref(),
        "0.8".as_ref(),
    ]);
    eprintln!("tollcheck eval on the seed reports:\n{out}");
    let json = env.ok([
        "eval".as_ref(),
        corpus("seeds-claims.csv").as_os_str(),
        "--json".as_ref(),
    ]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert!(v["precision"].as_f64().unwrap() >= 0.9, "{v}");
    assert!(v["required_matched"].as_i64().unwrap() >= 14, "{v}");
    assert!(v["claimant_accuracy"].as_f64().unwrap() >= 0.8, "{v}");
    // every extracted claim is traceable to its sentence inside its document's text
    let bad = env.count(
        "select count(*) from claim c join document d using (document_id)
         where c.method = 'extracted' and (c.sentence is null
           or substr(d.text, c.span_start + 1, c.span_end - c.span_start) <> c.sentence)",
    );
    assert_eq!(bad, 0);
}

#[test]
fn eval_fails_below_a_threshold() {
    let env = Env::new();
    env.ok([
        "ingest".as_ref(),
        "--manifest".as_ref(),
        corpus("seeds-manifest.csv").as_os_str(),
    ]);
    let o = env.run([
        "eval".as_ref(),
        corpus("seeds-claims.csv").as_os_str(),
        "--min-precision".as_ref(),
        "1.0".as_ref(),
    ]);
    assert_eq!(o.status.code(), Some(1));
}

/// The ECB+ documents of `tests/data/ecbplus-claims.csv`, hand-coded for this project:
/// one document from each of 15 topics about deaths and injuries (shootings, a fire-bomb,
/// quakes, a hit and run, a hospital-less fall, a UN school shelled; some with no count at
/// all) and from 6 topics with numbers but no casualties (boxing, baseball, an election,
/// a heist, American football, basketball), where every extracted claim is a false positive.
pub const ECB_CODED: &[&str] = &[
    "3_5ecb.xml",
    "8_4ecbplus.xml",
    "12_19ecb.xml",
    "14_4ecbplus.xml",
    "18_2ecb.xml",
    "19_4ecbplus.xml",
    "21_4ecb.xml",
    "22_3ecbplus.xml",
    "23_5ecb.xml",
    "26_4ecbplus.xml",
    "32_5ecb.xml",
    "33_4ecbplus.xml",
    "37_4ecb.xml",
    "38_4ecbplus.xml",
    "41_5ecb.xml",
    "7_4ecbplus.xml",
    "10_2ecbplus.xml",
    "11_4ecb.xml",
    "24_3ecbplus.xml",
    "29_4ecb.xml",
    "31_3ecbplus.xml",
];

/// Extraction measured on text it was not written against: the coded ECB+ documents,
/// read from the corpus into a collection, ingested, and scored against the project's
/// own hand-coded sheet (`make eval` prints the same).
#[test]
fn ecbplus_documents_meet_the_extraction_targets() {
    let env = Env::new();
    let lines =
        crate::common::ecb_collection(|v| ECB_CODED.contains(&v["doc"].as_str().unwrap_or("")));
    assert_eq!(lines.len(), ECB_CODED.len());
    let lines = lines.join("\n") + "\n";
    env.write("ecb.jsonl", lines);
    env.ok(["ingest", "ecb.jsonl"]);
    let gold = crate::common::project("tests/data/ecbplus-claims.csv");
    let out = env.ok(["eval".as_ref(), gold.as_os_str()]);
    eprintln!(
        "tollcheck eval on {} ECB+ documents:\n{out}",
        ECB_CODED.len()
    );
    let json = env.ok(["eval".as_ref(), gold.as_os_str(), "--json".as_ref()]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    // when the sheet was coded: P 20/22, R 17/18, claimants 11/17; after the singular and
    // appositive rules: P 26/26, R 18/18, claimants 14/18. No change may fall below these
    // (one miss of each allowed). After session 8: P 32/32, R 18/18, claimants 18/18 (the
    // claimant floor raised to 17/18).
    assert!(v["precision"].as_f64().unwrap() >= 0.95, "{v}");
    assert!(v["required_matched"].as_i64().unwrap() >= 17, "{v}");
    assert!(v["claimant_accuracy"].as_f64().unwrap() >= 0.944, "{v}");
}

/// The development set (`tests/data/devset-claims.csv`, documents listed in
/// `tests/data/devset-documents.csv`): ECB+ documents and MUC-3/4 messages none of the other
/// sheets code, hand-coded with a `part` column (headline or body), read from the corpus
/// into one collection, ingested and scored; `make eval` prints the same, split by part.
pub fn devset_collection() -> String {
    collection_of("tests/data/devset-documents.csv")
}

/// The documents listed in a `corpus,document` file (ECB+ documents, MUC-3/4 messages and
/// UCDP GED events), read from the corpus into one JSONL collection.
pub fn collection_of(list: &str) -> String {
    let list = std::fs::read_to_string(crate::common::project(list)).unwrap();
    let wanted: Vec<(String, String)> = list
        .lines()
        .skip(1)
        .filter_map(|l| l.split_once(','))
        .map(|(c, d)| (c.trim().to_string(), d.trim().to_string()))
        .collect();
    let has = |corpus: &str, doc: &str| wanted.iter().any(|(c, d)| c == corpus && d == doc);
    let mut lines =
        crate::common::ecb_collection(|v| has("ecbplus", v["doc"].as_str().unwrap_or("")));
    let muc = std::fs::read_to_string(crate::common::corpus(
        "muc34/muc34_messages_with_casualty_keys.jsonl",
    ))
    .unwrap();
    for line in muc.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let id = v["msg_id"].as_str().unwrap_or("");
        if has("muc34", id) {
            lines.push(serde_json::json!({ "id": id, "text": v["text"] }).to_string());
        }
    }
    let ged_files: std::collections::BTreeSet<&str> = wanted
        .iter()
        .filter(|(c, _)| c == "ucdp")
        .filter_map(|(_, d)| d.split_once(':').map(|(file, _)| file))
        .collect();
    for file in ged_files {
        lines.extend(ucdp_headlines(file, |id| {
            has("ucdp", &format!("{file}:{id}"))
        }));
    }
    assert_eq!(
        lines.len(),
        wanted.len(),
        "every listed document is in the corpus"
    );
    lines.join("\n") + "\n"
}

/// The events of a UCDP GED file of the corpus (`ucdp/<file>.csv`) chosen by `keep` (given
/// the GED id), as documents named `<file>:<id>` whose text is the event's source headlines
/// (`source_headline`, several joined by ';'), one title line each, published as the
/// library's GED reader dates the event's report.
fn ucdp_headlines(file: &str, keep: impl Fn(&str) -> bool) -> Vec<String> {
    use tollcheck::input::{records, ucdp};
    let path = corpus(&format!("ucdp/{file}.csv"));
    let path = path.to_str().unwrap();
    let table = records::read(path, &std::fs::read(path).unwrap(), records::Format::Csv).unwrap();
    let mut lines = Vec::new();
    for (doc, _) in ucdp::read(path, &table).unwrap() {
        let id = doc.name.split_once(':').map_or("", |(_, id)| id);
        if !keep(id) {
            continue;
        }
        // (rule headline_own_semicolon: one line per headline, a headline's own ';' kept)
        let text = ucdp::headline_lines(doc.title.as_deref().unwrap_or(""));
        let rec = serde_json::json!({
            "id": format!("{file}:{id}"),
            "text": text,
            "published": doc.published,
        });
        lines.push(rec.to_string());
    }
    lines
}

#[test]
fn devset_documents_meet_the_extraction_targets() {
    let env = Env::new();
    env.write("devset.jsonl", devset_collection());
    env.ok(["ingest", "devset.jsonl"]);
    let gold = crate::common::project("tests/data/devset-claims.csv");
    let out = env.ok(["eval".as_ref(), gold.as_os_str()]);
    eprintln!("tollcheck eval on the development set:\n{out}");
    let json = env.ok(["eval".as_ref(), gold.as_os_str(), "--json".as_ref()]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let part = |p: &str, k: &str| v["parts"][p][k].as_f64().unwrap();
    // before the rules of issue 14 (extraction as of 890b84d): P 104/110, R 81/88,
    // claimants 66/81; headlines P 11/12, R 11/15, claimants 9/11; bodies P 93/98, R 65/73,
    // claimants 54/65. After: P 116/117, R 87/88, claimants 80/87; headlines 16/16, 15/15,
    // 15/15; bodies 100/101, 71/73, 65/71. No change may fall below these (one miss of
    // each allowed).
    // After session 7: P 128/129, R 87/88, claimants 83/87; headlines 16/16, 15/15, 15/15;
    // bodies 112/113, 72/73, 68/72 (the claimant floor raised to it). After session 8:
    // claimants 85/87; bodies 70/72 (the claimant floors raised to it). After session 9:
    // P 129/130, claimants 86/87; bodies 113/114, 72/73, 71/72 (claimant floors raised).
    // After session 10: P 130/131; bodies 114/115 (precision floors raised).
    // Session 11b (branch killed12, local-news kinds; this set had been read): P 133/134 ->
    // 135/136, headlines 16/16 -> 17/17, bodies 117/118 -> 118/119 ("his mother and sister
    // were found dead" 2, rule kin_pair_subject; the floors hold at three digits).
    // Session 12 (branch kinds12, issue 14's kinds in variants of our own; this set had been
    // read): P 135/136 -> 136/137, bodies 118/119 -> 119/120 ("no dead or wounded", rule
    // no_dead_or_wounded: +2; "conspiring to kill three others", a plan, is no claim, rule
    // unrealised: its "three" had matched another sentence's row of the same figure, -1;
    // the floors hold at three digits).
    // Session 14 (branch shoot14, US local news's shooting kinds in variants of our own;
    // this set had been read): P 138/139 -> 139/140 (the floors hold at three digits).
    // Session 14 (branch war14, war-reporting kinds in variants of our own): P 138/139 ->
    // 139/140, bodies 121/122 -> 122/123 (one more right claim; measured against 2cda549's
    // rules; the floors hold at three digits).
    // Session 14 (branch shoot14b, the same kinds' second round): P 140/141 -> 142/143,
    // bodies 122/123 -> 124/125 (measured against 3e7e813; the floors hold at three digits).
    // Session 15 (branch kinds15, held-out 11's kinds in variants of our own; this set had
    // been read): P 143/144 -> 144/145, bodies 124/125 -> 125/126 (the precision floor raised
    // to three digits). Session 16 (branch kinds16, held-out 12's kinds in variants of our
    // own): P 144/145 -> 145/146, bodies 125/126 -> 126/127 (the body precision floor raised).
    // Session 17 (branch kinds17, held-out 17's kinds in variants of our own): P 145/146 ->
    // 146/147, bodies 126/127 -> 127/128 (the floors hold at three digits).
    assert!(v["precision"].as_f64().unwrap() >= 0.993, "{v}");
    assert!(v["required_matched"].as_i64().unwrap() >= 86, "{v}");
    assert!(v["claimant_accuracy"].as_f64().unwrap() >= 0.988, "{v}");
    assert!(part("headline", "precision") >= 0.94, "{v}");
    assert!(part("headline", "recall") >= 0.93, "{v}");
    assert!(part("headline", "claimant_accuracy") >= 0.93, "{v}");
    assert!(part("body", "precision") >= 0.992, "{v}");
    assert!(part("body", "recall") >= 0.958, "{v}");
    assert!(part("body", "claimant_accuracy") >= 0.986, "{v}");
}

/// The held-out set (`tests/data/heldout-claims.csv`, documents in
/// `tests/data/heldout-documents.csv`): 20 ECB+ documents none of the other sheets code,
/// hand-coded before any rule was changed against them, so the figure says how the
/// extractor does on text its rules were not tuned on; `make eval` prints it, split by part.
#[test]
fn heldout_documents_meet_the_extraction_targets() {
    let env = Env::new();
    env.write(
        "heldout.jsonl",
        collection_of("tests/data/heldout-documents.csv"),
    );
    env.ok(["ingest", "heldout.jsonl"]);
    let gold = crate::common::project("tests/data/heldout-claims.csv");
    let out = env.ok(["eval".as_ref(), gold.as_os_str()]);
    eprintln!("tollcheck eval on the held-out set:\n{out}");
    let json = env.ok(["eval".as_ref(), gold.as_os_str(), "--json".as_ref()]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let part = |p: &str, k: &str| v["parts"][p][k].as_f64().unwrap();
    // coded and measured before any rule change of session 5 (51c36b8): P 57/62, R 43/48,
    // claimants 37/43; headlines 6/6, 6/6, 6/6; bodies 51/56, 36/42, 31/36. The same after
    // the rules of session 5 (the kinds they handle do not occur in these documents). After
    // session 6's kinds (handled with examples of their own; stated zeros coded as optional
    // rows): P 64/68, R 47/48, claimants 43/47; headlines 6/6, 6/6, 6/6; bodies 58/62,
    // 41/42, 37/41. The floors are those figures; never lowered. After session 7: P 71/74,
    // R 48/48, claimants 45/48; bodies 65/68, 42/42, 38/42 (recall and claimant floors
    // raised to it). After session 9: P 72/74; bodies 66/68 (precision floors raised).
    // After session 10: P 73/75; bodies 66/68 (a headline claim more, matched). After
    // session 11's claimant kinds (organisation_list_name reads "The spokesman for the
    // Bureau of ..., Firearms and Explosives"): claimants 45/48 -> 46/48, bodies 38/42 ->
    // 40/42 (floors raised to it). Session 11b (branch killed12, local-news kinds; this set
    // had been read): P 74/76 -> 76/78, bodies 67/69 -> 69/71 ("no one was killed or
    // injured" is also 0 killed and 0 wounded, rule zero_of_either_outcome).
    assert!(v["precision"].as_f64().unwrap() >= 0.974, "{v}");
    assert!(v["required_matched"].as_i64().unwrap() >= 48, "{v}");
    assert!(v["claimant_accuracy"].as_f64().unwrap() >= 0.958, "{v}");
    assert!(part("headline", "precision") >= 1.0, "{v}");
    assert!(part("headline", "recall") >= 1.0, "{v}");
    assert!(part("headline", "claimant_accuracy") >= 1.0, "{v}");
    assert!(part("body", "precision") >= 0.971, "{v}");
    assert!(part("body", "recall") >= 0.976, "{v}");
    assert!(part("body", "claimant_accuracy") >= 0.952, "{v}");
}

/// Of the documents a sheet codes with some claim of `outcome` (required or optional),
/// how many have an extracted claim of that outcome matching one of them (same interval):
/// the product's local-news measure ("the number killed is found in the article").
fn documents_with_outcome_found(env: &Env, gold: &str, outcome: &str) -> (usize, usize) {
    let gold = std::fs::read_to_string(crate::common::project(gold)).unwrap();
    let mut rdr = csv::Reader::from_reader(gold.as_bytes());
    let head = rdr.headers().unwrap().clone();
    let col = |n: &str| head.iter().position(|h| h == n).unwrap();
    let (d, o, lo, hi) = (col("document"), col("outcome"), col("low"), col("high"));
    let mut wanted: std::collections::BTreeMap<String, Vec<(String, String)>> = Default::default();
    for r in rdr.records() {
        let r = r.unwrap();
        if &r[o] == outcome {
            wanted
                .entry(r[d].to_string())
                .or_default()
                .push((r[lo].to_string(), r[hi].to_string()));
        }
    }
    let out = env.ok([
        "sql",
        &format!(
            "select document, ifnull(low, ''), ifnull(high, '') from claims \
             where method = 'extracted' and outcome = '{outcome}'"
        ),
        "--format",
        "csv",
    ]);
    let mut rdr = csv::Reader::from_reader(out.as_bytes());
    let found: Vec<(String, String, String)> = rdr
        .records()
        .map(|r| {
            let r = r.unwrap();
            (r[0].to_string(), r[1].to_string(), r[2].to_string())
        })
        .collect();
    let (hit, missed): (Vec<_>, Vec<_>) = wanted.iter().partition(|(doc, ivs)| {
        found
            .iter()
            .any(|(fd, l, h)| fd == *doc && ivs.iter().any(|(gl, gh)| gl == l && gh == h))
    });
    if !missed.is_empty() {
        let names: Vec<&str> = missed.iter().map(|(d, _)| d.as_str()).collect();
        eprintln!("number {outcome} not found in: {}", names.join(" "));
    }
    (hit.len(), wanted.len())
}

/// A held-out set scored as `make eval` prints it: the documents of `list` read from the
/// corpus, ingested, scored against `sheet`, with the local-news measure (documents whose
/// number killed / wounded is found); returns the eval JSON and the two measures.
fn heldout_scores(
    list: &str,
    sheet: &str,
    title: &str,
) -> (serde_json::Value, (usize, usize), (usize, usize)) {
    let env = Env::new();
    env.write("heldout.jsonl", collection_of(list));
    env.ok(["ingest", "heldout.jsonl"]);
    let gold = crate::common::project(sheet);
    let out = env.ok(["eval".as_ref(), gold.as_os_str()]);
    let killed = documents_with_outcome_found(&env, sheet, "killed");
    let wounded = documents_with_outcome_found(&env, sheet, "wounded");
    eprintln!(
        "tollcheck eval on the {title}:\n{out}\
         documents whose number killed is found: {}/{}; wounded: {}/{}",
        killed.0, killed.1, wounded.0, wounded.1
    );
    let json = env.ok(["eval".as_ref(), gold.as_os_str(), "--json".as_ref()]);
    (serde_json::from_str(&json).unwrap(), killed, wounded)
}

/// The second held-out set (`tests/data/heldout2-claims.csv`, documents in
/// `tests/data/heldout2-documents.csv`): 18 ECB+ documents (shootings above all, written as
/// local news is, a bombing, a refugee camp bombed, a hit and run, a quake felt abroad) and
/// 8 MUC-3/4 messages, none coded in any other sheet, coded before the rules of session 6
/// were written. Beside the scores it prints, as the product's local-news measure, in how
/// many of the documents with a coded death (injury) some extracted claim gives one of
/// the coded figures.
#[test]
fn heldout2_documents_meet_the_extraction_targets() {
    let (v, killed, wounded) = heldout_scores(
        "tests/data/heldout2-documents.csv",
        "tests/data/heldout2-claims.csv",
        "second held-out set",
    );
    let part = |p: &str, k: &str| v["parts"][p][k].as_f64().unwrap();
    // coded and measured before any rule of session 6 (3da2096): P 31/33, R 15/20,
    // claimants 14/15; bodies 30/31, 15/20, 14/15 (no required headline row; two headline
    // claims match no row of their part); documents whose number killed is found 13/19,
    // wounded 8/12. After session 6's rules: P 36/38, R 17/20, claimants 16/17; bodies
    // 34/35, 17/20, 16/17; killed found 14/19, wounded 9/12. After session 7's kinds
    // (handled with examples of their own, its named misses among them): P 44/44, R 20/20,
    // claimants 20/20; bodies 42/42, 20/20, 20/20 (the one headline claim off its part is a
    // body sentence the corpus prints without its full stop); killed found 17/19, wounded
    // 10/12. The floors are those figures; never lowered.
    assert!(v["precision"].as_f64().unwrap() >= 1.0, "{v}");
    assert!(v["required_matched"].as_i64().unwrap() >= 20, "{v}");
    assert!(v["claimant_accuracy"].as_f64().unwrap() >= 1.0, "{v}");
    assert!(part("body", "precision") >= 1.0, "{v}");
    assert!(part("body", "recall") >= 1.0, "{v}");
    // After session 10's rules (spelled ages, surnames of named victims, injuries suffered):
    // P 46/46, killed found 18/19, wounded 11/12.
    // Session 11b (branch killed12, issue 14: local-news kinds with examples of their own;
    // this set had been read): P 47/47 -> 48/48, wounded found 11/12 -> 12/12 ("is in a
    // Portland hospital, in critical condition", rule subject_in_care's in_hospital_before).
    assert!(killed.0 >= 18 && wounded.0 >= 12, "{killed:?} {wounded:?}");
}

/// The third held-out set (`tests/data/heldout3-claims.csv`, documents in
/// `tests/data/heldout3-documents.csv`): 22 ECB+ documents (wire-like reports of shootings,
/// a bank bomb, a quake, a refugee camp bombed, a hit and run, climbing deaths, and US local
/// news of shootings and their trials) and 8 MUC-3/4 messages (drawn at random among the
/// short ones, three with no claim), none coded in any other sheet, coded in session 7
/// before any rule of that session was written.
#[test]
fn heldout3_documents_meet_the_extraction_targets() {
    let (v, killed, wounded) = heldout_scores(
        "tests/data/heldout3-documents.csv",
        "tests/data/heldout3-claims.csv",
        "third held-out set",
    );
    let part = |p: &str, k: &str| v["parts"][p][k].as_f64().unwrap();
    // coded and measured before any rule of session 7 (on e3f9855's rules): P 43/45, R 27/34,
    // claimants 17/27; headlines 2/2, 1/1, 1/1; bodies 41/43, 26/33, 16/26; documents whose
    // number killed is found 18/26, wounded 5/7. After session 7's kinds (handled with
    // examples of their own): P 55/56, R 32/34, claimants 21/32; headlines 3/3, 1/1, 1/1;
    // bodies 52/53, 31/33, 19/31; killed found 24/26, wounded 7/7. The floors are those
    // figures; never lowered. After session 8 (the known causes of issue 14, each a rule
    // with examples of its own; this set's misses had been read, so held-out set 4 is the
    // honest measure): P 56/57, R 33/34, claimants 30/33; bodies 53/54, 32/33, 29/32
    // (floors raised to it). After session 9 (two list totals the sheet's own convention
    // codes added as optional rows for DEV-MUC3-0985, found by rule coordinated_total):
    // P 58/59, R 33/34, claimants 30/33; bodies 55/56, 32/33, 28/32.
    // After session 10: P 59/60, bodies 56/57 (floors raised to it). After session 11's
    // claimant kinds: bodies' claimants 28/32 -> 29/32 (a floor of its own from now on);
    // after session 11's headline kinds (branch headline11): P 60/61, bodies 56/57, killed
    // found 24/26 -> 25/26 (that floor raised). Session 11b (branch killed12, local-news
    // kinds with examples of their own; this set had been read): P 60/61 -> 62/63, bodies
    // 56/57 -> 58/59 (a hospital by its name before "where she was pronounced dead"; "no
    // casualties or fatalities confirmed", rule no_deaths_reported), killed found 25/26 ->
    // 26/26. Session 15 (branch kinds15; this set had been read): P 65/66 -> 68/69, bodies
    // 60/61 -> 63/64 (floors raised).
    assert!(v["precision"].as_f64().unwrap() >= 0.985, "{v}");
    assert!(v["required_matched"].as_i64().unwrap() >= 33, "{v}");
    assert!(v["claimant_accuracy"].as_f64().unwrap() >= 0.909, "{v}");
    assert!(part("headline", "precision") >= 1.0, "{v}");
    assert!(part("body", "precision") >= 0.984, "{v}");
    assert!(part("body", "recall") >= 0.969, "{v}");
    assert!(part("body", "claimant_accuracy") >= 0.906, "{v}");
    assert!(killed.0 >= 26 && wounded.0 >= 7, "{killed:?} {wounded:?}");
}

/// The fourth held-out set (`tests/data/heldout4-claims.csv`, documents in
/// `tests/data/heldout4-documents.csv`): 25 ECB+ documents (the Woodburn bank bomb, the
/// Vancouver office-party shooting, the Athens and Brooklyn teens killed by police, a
/// Queens and a Bloomington hit and run, a double murder in Cumbria, a stray bullet in
/// Brooklyn, the Gaza school shelling, the Yida camp bombed, a pregnant woman shot, a
/// deputy's end of watch, a quake felt in Dubai) and 20 MUC-3/4 messages (16 drawn at
/// random, seeded, among those under 1,800 characters, 4 among the short ones whose keys
/// give a number of dead or wounded), none coded in any other sheet, coded in session 8
/// before any rule of that session was written.
#[test]
fn heldout4_documents_meet_the_extraction_targets() {
    let (v, killed, wounded) = heldout_scores(
        "tests/data/heldout4-documents.csv",
        "tests/data/heldout4-claims.csv",
        "fourth held-out set",
    );
    let part = |p: &str, k: &str| v["parts"][p][k].as_f64().unwrap();
    // coded and measured before any rule of session 8 (on 7dad5b0's rules): P 59/61, R 16/17,
    // claimants 14/16; headlines 4/4, 0/0, 0/0; bodies 55/57, 16/17, 14/16; documents whose
    // number killed is found 25/34, wounded 10/11. After session 8's rules: P 60/62,
    // R 17/17, claimants 16/17; headlines 4/4, 0/0, 0/0; bodies 56/58, 17/17, 16/17; killed
    // found 26/34, wounded 10/11. The floors are those figures; never lowered.
    // After session 10's rules (the killing by police of, a double murder, "a 16-year-old
    // Darnell Hayes", fatally shooting, spelled ages): P 72/74, R 17/17, claimants 16/17;
    // headlines 5/5; bodies 67/69, 17/17, 16/17; killed found 30/34, wounded 10/11.
    // Claimants 17/17 after rule report_author (session 11: "the report adds" after a
    // sentence naming the organisation that presented its report).
    // Session 12 (branch kinds12, issue 14's kinds; this set had been read): P 72/74 ->
    // 73/75, bodies 67/69 -> 68/70 (two named victims joined by "and" counted together, rule
    // named_pair_total; precision floor raised).
    // Session 12 (branch headline12, headline and wire kinds with examples of their own):
    // P 72/74 -> 74/76 (two more figures the sheet codes); floor raised to it.
    // Session 13 (branch kinds13): P 75/77 -> 76/78, bodies 70/72 -> 71/73 (a pair of kin
    // counted together, rule kin_pair_subject); floors raised to them, truncated.
    assert!(v["precision"].as_f64().unwrap() >= 0.974, "{v}");
    assert!(v["required_matched"].as_i64().unwrap() >= 17, "{v}");
    assert!(v["claimant_accuracy"].as_f64().unwrap() >= 1.0, "{v}");
    assert!(part("headline", "precision") >= 1.0, "{v}");
    assert!(part("body", "precision") >= 0.972, "{v}");
    assert!(part("body", "recall") >= 1.0, "{v}");
    assert!(killed.0 >= 30 && wounded.0 >= 10, "{killed:?} {wounded:?}");
}

/// Asserts a held-out set's figures at least at their floors: `floors` names a figure of
/// the eval JSON (`precision`, `required_matched`, `claimant_accuracy`, or
/// `headline.precision`, `body.recall` … for a part), and `found` the least numbers of
/// documents whose number killed and wounded is found.
fn assert_floors(
    v: &serde_json::Value,
    (killed, wounded): ((usize, usize), (usize, usize)),
    floors: &[(&str, f64)],
    found: (usize, usize),
) {
    for (name, floor) in floors {
        let figure = match name.split_once('.') {
            Some((part, k)) => &v["parts"][part][k],
            None => &v[*name],
        };
        let figure = figure.as_f64().unwrap_or(f64::NAN);
        assert!(figure >= *floor, "{name} {figure} < {floor}: {v}");
    }
    assert!(
        killed.0 >= found.0 && wounded.0 >= found.1,
        "{killed:?} {wounded:?}"
    );
}

/// The fifth held-out set (`tests/data/heldout5-claims.csv`, documents in
/// `tests/data/heldout5-documents.csv`): 25 ECB+ documents (a deputy's killer sentenced, the
/// Vancouver office-party shooting, the Athens schoolboy and the Brooklyn teen killed by
/// police, the Queens and Bloomington hit and runs, a cold-case double murder, a climber's
/// fall, the Cumbria double murder, the Brooklyn stray bullet, two quakes without
/// casualties, the Yida camp bombed, a pregnant woman shot, a murder verdict) and 10 MUC-3/4
/// messages (drawn at random, seeded, among those under 1,800 characters: 6 whose keys give
/// a number of dead or wounded, 4 others), none coded in any other sheet, coded in session 9
/// before any rule of that session was written.
#[test]
fn heldout5_documents_meet_the_extraction_targets() {
    let (v, killed, wounded) = heldout_scores(
        "tests/data/heldout5-documents.csv",
        "tests/data/heldout5-claims.csv",
        "fifth held-out set",
    );
    // coded and measured before any rule of session 9 (on 5ca406d's rules): P 45/56, R 9/14,
    // claimants 7/9; headlines 3/5, 0/0, 0/0; bodies 42/51, 9/14, 7/9; killed found 24/32,
    // wounded 1/9. Seven of those false positives were members of coded lists of two that the
    // sheet had left without their optional singular rows (the coding rule of the other
    // sets), added after that first run: P 52/56, R 9/14, claimants 7/9; headlines 5/5;
    // bodies 47/51, 9/14, 7/9; killed found 25/32, wounded 2/9. The floors are those
    // figures. After session 9's rules (written against the kinds of issue 14 and of this
    // set's misses, each with examples of its own; this set's misses had been read, so it is
    // less honest a measure since): P 59/60, R 13/14, claimants 13/13; headlines 5/5; bodies
    // 54/55, 13/14, 13/13; killed found 27/32, wounded 2/9. The floors are those figures;
    // never lowered. After session 10's rules: P 67/68, R 13/14, claimants 13/13; headlines
    // 6/6; bodies 61/62, 13/14, 13/13; killed found 29/32, wounded 4/9 (floors raised).
    // Session 11 (branch wounded11: rules subject_in_care, victims_in_care, pronoun_object,
    // pronoun_subject, part_of_hurt_died, written against kinds of phrasing with examples of
    // their own; this set's misses had been read): P 68/69 -> 72/73, bodies 62/63 -> 66/67;
    // wounded found 4/9 -> 7/9 ("he was rushed to a hospital and listed in stable
    // condition", "one of the bodyguards ... is recovering in a clinic", and rule
    // no_injuries_reported: "there are no reports of injuries").
    // Session 11b (branch killed12, local-news kinds; this set had been read): P 72/73 ->
    // 73/74, bodies 66/67 -> 67/68; killed found 29/32 -> 30/32 ("was taken to X Medical
    // Center in Minneapolis, where she died": a hospital by its name, rule
    // second_predicate_death).
    // Session 12 (branch kinds12, issue 14's kinds; this set had been read): P 73/74 ->
    // 76/77, headlines 6/6 -> 7/7, bodies 67/68 -> 69/70 (named victims joined by "and",
    // rule named_pair_total; floors raised).
    let floors = [
        ("precision", 0.987),
        ("required_matched", 13.0),
        ("claimant_accuracy", 1.0),
        ("headline.precision", 1.0),
        ("body.precision", 0.985),
        ("body.recall", 0.928),
    ];
    assert_floors(&v, (killed, wounded), &floors, (30, 7));
}

/// The sixth held-out set (`tests/data/heldout6-claims.csv`, documents in
/// `tests/data/heldout6-documents.csv`): 25 ECB+ documents (the Atlanta courthouse killer's
/// sentencing, the Los Angeles deputy's killing and its trial, the Vancouver office-party
/// shooting, the Athens and Brooklyn teens killed by police and the riots after, the Queens
/// and Bloomington hit and runs, the Staunton cold-case double murder, two climbers' falls,
/// the New Bedford and Cumbria double murders, the Albany and Brooklyn stray bullets, a
/// pregnant woman shot) and 11 MUC-3/4 messages (drawn at random, seeded, among those under
/// 1,800 characters whose answer keys name an injury: 10 with a number injured, one stated
/// zero), none coded in any other sheet, coded in session 10 before any rule of that session
/// was written.
#[test]
fn heldout6_documents_meet_the_extraction_targets() {
    let (v, killed, wounded) = heldout_scores(
        "tests/data/heldout6-documents.csv",
        "tests/data/heldout6-claims.csv",
        "sixth held-out set",
    );
    // coded and measured before any rule of session 10 (on c3a295d's rules): P 65/65,
    // R 16/18, claimants 13/16; headlines 1/1, 0/0, 0/0; bodies 64/64, 16/18, 13/16; killed
    // found 28/31, wounded 10/16. After session 10's rules (written against kinds of phrasing
    // seen across held-out sets 2 to 6 and the development set, each with examples of its
    // own): P 73/73, R 16/18, claimants 13/16; headlines 2/2; bodies 71/71, 16/18, 13/16;
    // killed found 29/31, wounded 12/16. The floors are those figures; never lowered.
    // Claimants 14/16 after rule contrast_speaker (session 11: ", but authorities said" speaks
    // for its own clause, not the double killing coded as nobody's before it). Session 11
    // (branch wounded11, the hospital-care and pronoun rules; this set had been read):
    // P 74/74 -> 79/79; wounded found 12/16 -> 14/16 ("left him seriously wounded" after a
    // shooting; "no injuries were reported", rule no_injuries_reported). Session 11b (branch
    // killed12, local-news kinds; this set had been read): P 79/79 -> 80/80, killed found
    // 29/31 -> 30/31 ("there were no fatalities", rule no_deaths_reported). Session 12
    // (branch kinds12; this set had been read): P 80/80 -> 81/81 (named victims joined by
    // "and", rule named_pair_total, +2; "prosecutors believe he intended to kill one other
    // person" is no claim, rule unrealised: its "one" had matched another sentence's row
    // of one, -1). Session 14 (branch shoot14; this set had been read): P 81/81 -> 82/82.
    // Session 15 (branch kinds15; this set had been read): P 83/83 -> 85/85, R 16/18 -> 17/18,
    // claimants 14/16 -> 15/17 ("One Australian and one English climber" have fallen to their
    // deaths: 2, rule elided_head_first and the outcome; floors raised).
    let floors = [
        ("precision", 1.0),
        ("required_matched", 17.0),
        ("claimant_accuracy", 0.882),
        ("headline.precision", 1.0),
        ("body.precision", 1.0),
        ("body.recall", 0.944),
        ("body.claimant_accuracy", 0.882),
    ];
    assert_floors(&v, (killed, wounded), &floors, (30, 14));
}

/// The seventh held-out set (`tests/data/heldout7-claims.csv`, documents in
/// `tests/data/heldout7-documents.csv`): the source headlines of 90 UCDP GED events (50 of
/// the Syria file, SOHR-style war headlines and daily tolls; 40 of the global sample: wire
/// headlines, report titles, names of the dead, dataset slugs), drawn at random (seeded)
/// and coded in session 11 before any rule of that session was written. Telegraphic title
/// lines a whole document long: most rows are `part` headline.
#[test]
fn heldout7_documents_meet_the_extraction_targets() {
    let (v, killed, wounded) = heldout_scores(
        "tests/data/heldout7-documents.csv",
        "tests/data/heldout7-claims.csv",
        "seventh held-out set (UCDP headlines)",
    );
    // coded and measured before any rule of session 11 (on c5acf0e's rules): P 45/45,
    // R 33/39, claimants 31/33; headlines 37/37, 28/33, 26/28; bodies 8/8, 5/6, 5/5 (the
    // title lines that end in a full stop are body, as the scorer reads them); documents
    // whose number killed is found 24/34, wounded 2/3. The floors are those figures; never
    // lowered.
    // Session 11 (branch headline11, issue 14): the KINDS of this blind run's misses, as its
    // coder reported them (executions in the present, a lone victim with no article, a bare
    // "dozen", "raises the number of [group] dead to N", reporting words before the outcome,
    // "the deaths of the first N", a participle clause after a comma, a source at a
    // headline's end), written as rules with examples and counter-examples of their own,
    // never from these documents. So the figures after are no longer blind: P 45/45 ->
    // 52/52, R 33/39 -> 37/39, claimants 31/33 -> 37/37; headlines 37/37 -> 44/44, 28/33 ->
    // 32/33, 26/28 -> 32/32; bodies 8/8, 5/6, 5/5; killed found 24/34 -> 30/34, wounded 2/3
    // (floors raised to them).
    let floors = [
        ("precision", 1.0),
        ("required_matched", 37.0),
        ("claimant_accuracy", 1.0),
        ("headline.precision", 1.0),
        ("headline.recall", 0.969),
        ("headline.claimant_accuracy", 1.0),
        ("body.precision", 1.0),
        ("body.recall", 0.833),
    ];
    assert_floors(&v, (killed, wounded), &floors, (30, 2));
}

/// The eighth held-out set (`tests/data/heldout8-claims.csv`, documents in
/// `tests/data/heldout8-documents.csv`): 24 ECB+ documents and 8 MUC-3/4 messages drawn
/// blind (`random.Random(8)`) among those in no list or sheet of `tests/data/` and named in
/// no test or source file, whose text has a casualty cue (README-devset.md tells the draw),
/// coded in session 12 before the product was run on them. Natural deaths, sports injuries
/// and fires with no one hurt: most of its ECB+ rows are optional, so it tests precision;
/// the MUC messages carry the required rows.
#[test]
fn heldout8_documents_meet_the_extraction_targets() {
    let (v, killed, wounded) = heldout_scores(
        "tests/data/heldout8-documents.csv",
        "tests/data/heldout8-claims.csv",
        "eighth held-out set (blind)",
    );
    // coded in full before the product was first run on it, and measured once on main
    // 25aeaad's rules (the blind figure): P 47/47, R 15/18, claimants 11/15; headlines 0/0,
    // 0/0, 0/0 (its title lines carry only optional rows: natural deaths); bodies 47/47,
    // 15/18, 11/15; documents whose number killed is found 11/19 (the eight not found are
    // natural deaths of public figures, optional rows, which the extractor leaves out by
    // design: `natural_death`), wounded 4/8. The floors are those figures, guarding against
    // regression; nobody tunes a rule on this set's sentences (its misses are reported by
    // kind in README-devset.md).
    // Session 12's merges (kinds12, speed13, link12 and war12 never saw its kinds; headline12
    // was given its misses by kind, so this is no longer blind): P 53/53, R 17/18, claimants
    // 12/17, wounded found 6/8. The claimant ratio is LOWERED 0.733 -> 0.705, said so in the
    // session's closing note: the two figures newly found carry one claimant right and one
    // wrong (11/15 -> 12/17: one more right, none of the 15 changed); every other floor raised.
    // Session 13 (branch claim13: this set's claimant mismatches read, so no longer blind for
    // claimants): claimants 12/17 -> 17/17 (rule belief_that: "the rebels believe that ...";
    // rule according_to_owner_after: "According to its military report, the URNG ...").
    let floors = [
        ("precision", 1.0),
        ("required_matched", 17.0),
        ("claimant_accuracy", 1.0),
        ("headline.precision", 1.0),
        ("body.precision", 1.0),
        ("body.recall", 0.944),
        ("body.claimant_accuracy", 1.0),
    ];
    assert_floors(&v, (killed, wounded), &floors, (11, 6));
}

/// The ninth held-out set (`tests/data/heldout9-claims.csv`, documents in
/// `tests/data/heldout9-documents.csv`): 24 MUC-3/4 messages (wire copy, under 2,500
/// characters, with a casualty cue) and the source headlines of 60 UCDP GED events (30 of the
/// Syria file, 30 of the global sample; held-out 7's procedure, its rows left out), drawn
/// blind (`random.Random(9)`) among those in no list or sheet of `tests/data/` and named in no
/// test or source file (README-devset.md tells the draw), coded in session 12 before the
/// product was run on them. The genres the product is judged on: wire copy and headlines.
#[test]
fn heldout9_documents_meet_the_extraction_targets() {
    let (v, killed, wounded) = heldout_scores(
        "tests/data/heldout9-documents.csv",
        "tests/data/heldout9-claims.csv",
        "ninth held-out set (blind: MUC-3/4 wire copy, UCDP headlines)",
    );
    // coded in full before the product was first run on it, and measured once on 2aee7fb's
    // rules (the blind figure): P 106/110, R 72/86, claimants 65/72; headlines 46/50, 33/45,
    // 30/33; bodies 60/60, 39/41, 35/39; documents whose number killed is found 39/49,
    // wounded 16/18. The floors are those figures, guarding against regression; nobody tunes
    // a rule on this set's sentences (its misses are reported by kind in README-devset.md).
    // Session 12's merges (kinds12 never saw it: R 73/86; headline12 was given its misses by
    // kind, so no longer blind): P 111/114, R 77/86, claimants 71/77; headlines 50/53, 37/45,
    // 35/37; bodies 61/61, 40/41, 36/40; killed found 40/49. Floors raised to them. With
    // "tens" a vague count (data/vague.csv): P 113/116, headlines 52/55, wounded found 17/18.
    // Session 13 (branch claim13: this set's claimant mismatches read, so no longer blind for
    // claimants either): claimants 71/77 -> 74/77, headlines' 35/37 -> 37/37, bodies'
    // 36/40 -> 37/40 (rules spaced_dash: "Jisr Al-Shughour" names no source;
    // headline_trailing_name_colon: "...: MoD"; capitals_common_phrase: "ACCORDING TO
    // PROVISIONAL DATA" names no one). Session 14 (branch claim14): claimants 74/77 -> 75/77,
    // bodies' 37/40 -> 38/40 ("POLICE SOURCES CONSULTED BY ACAN - EFE": the sources claim,
    // the agency relays; rule relayed_by_participle).
    // Session 14 (branch kinds14, held-out 10's kinds): P 113/116 -> 114/117, claimants 74/77
    // -> 75/77 (bodies 61/61 -> 62/62, 37/40 -> 38/40). The two merged: claimants 76/77
    // (bodies 39/40). Floors raised to them.
    // Session 16 (branch ho13kinds, held-out 13's kinds: "N casualties at least" keeps its
    // lower bound, rule trailing_at_least): P 114/117 -> 116/117, R 77/86 -> 79/86, claimants
    // 76/77 -> 78/79 (headlines 52/55 -> 54/55, 37/45 -> 39/45, 37/37 -> 39/39). Floors raised.
    // Session 22 (branch ho22kinds: quoted_owner_name reads a headline's quoted name): P
    // 116/117 -> 117/118, R 79/86 -> 80/86, claimants 78/79 -> 79/80; headlines 39/45 -> 40/45;
    // documents whose number killed is found 40/49 -> 41/49.
    let floors = [
        ("precision", 0.991),
        ("required_matched", 80.0),
        ("claimant_accuracy", 0.987),
        ("headline.precision", 0.981),
        ("headline.recall", 0.888),
        ("headline.claimant_accuracy", 1.0),
        ("body.precision", 1.0),
        ("body.recall", 0.975),
        ("body.claimant_accuracy", 0.975),
    ];
    assert_floors(&v, (killed, wounded), &floors, (41, 17));
}

/// The tenth held-out set (`tests/data/heldout10-claims.csv`, documents in
/// `tests/data/heldout10-documents.csv`): 24 MUC-3/4 messages, the source headlines of 40
/// UCDP GED events (20 of the Syria file, 20 of the global sample) and 16 ECB+ documents,
/// drawn blind (`random.Random(10)`, held-out 9's procedure with ECB+ added) among those in no
/// list or sheet of `tests/data/` and named in no test or source file (README-devset.md tells
/// the draw), coded in session 13 before the product was run on them.
#[test]
fn heldout10_documents_meet_the_extraction_targets() {
    let (v, killed, wounded) = heldout_scores(
        "tests/data/heldout10-documents.csv",
        "tests/data/heldout10-claims.csv",
        "tenth held-out set (blind: MUC-3/4 wire copy, UCDP headlines, ECB+)",
    );
    // coded in full before the product was first run on it (the CSVs committed at 21:29:04,
    // 09152b8), and measured once on 5e2fe06's rules (the blind figure): P 95/98, R 61/68,
    // claimants 55/61; headlines 33/33, 26/29, 23/26; bodies 62/65, 35/39, 32/35; documents
    // whose number killed is found 32/44 (six of the twelve not found are natural deaths of
    // public figures, optional rows left out by design: `natural_death`), wounded 17/20. The
    // floors are those figures truncated, guarding against regression; nobody tunes a rule on
    // this set's sentences (its misses are reported by kind in README-devset.md).
    // Session 14 (branch claim14): its claimant misses taken up by kind (variants of our own,
    // README-devset.md "Session 14"), so no longer blind for claimants: 55/61 -> 61/61,
    // headlines' 23/26 -> 26/26, bodies' 32/35 -> 35/35 (rules trailing_common_source,
    // speaker_carried, quotation_goes_on, passive_not_speaker). Floors raised to them.
    // Session 14 (branch kinds14: the kinds of its misses done in variants of our own, so no
    // longer blind): P 98/98, R 65/68, claimants 59/65; headlines 35/35, 28/29, 25/28; bodies
    // 63/63, 37/39, 34/37; killed found 34/44, wounded 18/20. Floors raised to them.
    // The two merged: P 98/98, R 65/68, claimants 65/65 (headlines 35/35, 28/29, 28/28;
    // bodies 63/63, 37/39, 37/37); killed found 34/44, wounded 18/20. Floors raised to them.
    let floors = [
        ("precision", 1.0),
        ("required_matched", 65.0),
        ("claimant_accuracy", 1.0),
        ("headline.precision", 1.0),
        ("headline.recall", 0.965),
        ("headline.claimant_accuracy", 1.0),
        ("body.precision", 1.0),
        ("body.recall", 0.948),
        ("body.claimant_accuracy", 1.0),
    ];
    assert_floors(&v, (killed, wounded), &floors, (34, 18));
}

/// The eleventh held-out set (`tests/data/heldout11-claims.csv`, documents in
/// `tests/data/heldout11-documents.csv`): 24 MUC-3/4 messages, the source headlines of 40
/// UCDP GED events (20 of the Syria file, 20 of the global sample) and 16 ECB+ documents,
/// drawn blind (`random.Random(11)`, held-out 10's procedure) among those in no list or sheet
/// of `tests/data/` and named in no test or source file (README-devset.md tells the draw),
/// coded in session 14 before the product was run on them.
#[test]
fn heldout11_documents_meet_the_extraction_targets() {
    let (v, killed, wounded) = heldout_scores(
        "tests/data/heldout11-documents.csv",
        "tests/data/heldout11-claims.csv",
        "eleventh held-out set (blind: MUC-3/4 wire copy, UCDP headlines, ECB+)",
    );
    // coded in full before the product was first run on it (the CSVs committed at 00:05:54
    // UTC, a11ffba), and measured once on ad85fec's rules (the blind figure): P 73/76, R 39/46,
    // claimants 31/39; headlines 20/22, 14/18, 14/14; bodies 53/54, 25/28, 17/25; documents
    // whose number killed is found 30/42 (seven of the twelve not found are natural deaths of
    // public figures, optional rows left out by design: `natural_death`), wounded 10/11. The
    // floors are those figures truncated, guarding against regression; nobody tunes a rule on
    // this set's sentences (its misses are reported by kind in README-devset.md).
    // Session 15 (branch kinds15): its recall and precision misses were worked on BY KIND,
    // in variants of our own (KIND_VARIANTS_15; its sentences not read), so it is no longer
    // blind for those kinds: P 73/76 -> 82/82, R 39/46 -> 45/46, claimants 32/39 -> 37/45;
    // headlines 20/22 -> 24/24, 14/18 -> 18/18, 14/14 -> 18/18; bodies 53/54 -> 58/58, 25/28
    // -> 27/28, 18/25 -> 19/27; killed found 30/42 -> 31/42. Session 15 (claim15) worked its
    // claimant kinds in variants of our own (`CLAIMANT_VARIANTS_15`), so its claimants are no
    // longer blind either: 32/39 -> 38/39 on main before kinds15 (bodies 24/25). Both merged: P 83/83,
    // R 45/46, claimants 43/45 (bodies 25/27); the floors are those. Session 16 (branch
    // kinds16, held-out 12's kinds: a count in the object of a first verb through a
    // preposition, its fate through "them" after a comma): P 83/83 -> 84/84, R 45/46 -> 46/46,
    // claimants 43/45 -> 44/46 (bodies 59/59 -> 60/60, 27/28 -> 28/28, 25/27 -> 26/28).
    let floors = [
        ("precision", 1.0),
        ("required_matched", 46.0),
        ("claimant_accuracy", 0.956),
        ("headline.precision", 1.0),
        ("headline.recall", 1.0),
        ("headline.claimant_accuracy", 1.0),
        ("body.precision", 1.0),
        ("body.recall", 1.0),
        ("body.claimant_accuracy", 0.928),
    ];
    assert_floors(&v, (killed, wounded), &floors, (31, 10));
}

/// The twelfth held-out set (`tests/data/heldout12-claims.csv`, documents in
/// `tests/data/heldout12-documents.csv`): 24 MUC-3/4 messages, the source headlines of 40
/// UCDP GED events (20 of the Syria file, 20 of the global sample) and 16 ECB+ documents,
/// drawn blind (`random.Random(12)`, held-out 11's procedure) among those in no list or sheet
/// of `tests/data/` and named in no test or source file (README-devset.md tells the draw),
/// coded in session 15 before the product was run on them.
#[test]
fn heldout12_documents_meet_the_extraction_targets() {
    let (v, killed, wounded) = heldout_scores(
        "tests/data/heldout12-documents.csv",
        "tests/data/heldout12-claims.csv",
        "twelfth held-out set (blind: MUC-3/4 wire copy, UCDP headlines, ECB+)",
    );
    // coded in full before the product was first run on it (the CSVs committed at 02:35:38
    // UTC, 163ddb3), and measured once on 3ccafeb's rules (the blind figure): P 61/67, R 37/40,
    // claimants 30/37; headlines 10/11, 7/8, 7/7; bodies 51/56, 30/32, 23/30; documents whose
    // number killed is found 19/31 (seven of the twelve not found are natural deaths of public
    // figures, optional rows left out by design: `natural_death`), wounded 14/17. The floors
    // are those figures truncated, guarding against regression; nobody tunes a rule on this
    // set's sentences (its misses are reported by kind in README-devset.md).
    // Session 16 (branch claim16): no longer blind (held-out 13 drawn), its claimant misses
    // were worked on BY KIND in variants of our own (`CLAIMANT_VARIANTS_16`): claimants 30/37
    // -> 37/37 (bodies 23/30 -> 30/30), P 61/67 -> 63/69 (bodies 51/56 -> 53/58: the mine's
    // child and soldiers, optional and required rows, found); the floors are those.
    // Session 16 (branch kinds16): held-out 13 drawn, this set is no longer blind; its recall
    // and precision misses were worked on BY KIND, in variants of our own
    // (`KIND_VARIANTS_16`): P 61/67 -> 66/66, R 37/40 -> 40/40, claimants 30/37 -> 33/40;
    // headlines 10/11 -> 11/11, 7/8 -> 8/8, 7/7 -> 8/8; bodies 51/56 -> 55/55, 30/32 -> 32/32,
    // 23/30 -> 25/32; killed found 19/31 -> 20/31, wounded 14/17 -> 16/17. The floors are
    // those (its claimant misses are claim16's).
    // Both merged (session 16): the floors of each branch, the higher where both moved one.
    let floors = [
        ("precision", 1.0),
        ("required_matched", 40.0),
        ("claimant_accuracy", 1.0),
        ("headline.precision", 1.0),
        ("headline.recall", 1.0),
        ("headline.claimant_accuracy", 1.0),
        ("body.precision", 1.0),
        ("body.recall", 1.0),
        ("body.claimant_accuracy", 1.0),
    ];
    assert_floors(&v, (killed, wounded), &floors, (20, 16));
}

/// The thirteenth held-out set (`tests/data/heldout13-claims.csv`, documents in
/// `tests/data/heldout13-documents.csv`): 24 MUC-3/4 messages, the source headlines of 40
/// UCDP GED events (20 of the Syria file, 20 of the global sample) and 16 ECB+ documents,
/// drawn blind (`random.Random(13)`, held-out 12's procedure) among those in no list or sheet
/// of `tests/data/` and named in no test or source file (README-devset.md tells the draw),
/// coded in session 16 before the product was run on them.
#[test]
fn heldout13_documents_meet_the_extraction_targets() {
    let (v, killed, wounded) = heldout_scores(
        "tests/data/heldout13-documents.csv",
        "tests/data/heldout13-claims.csv",
        "thirteenth held-out set (blind: MUC-3/4 wire copy, UCDP headlines, ECB+)",
    );
    // coded in full before the product was first run on it (the CSVs committed at 06:22:52
    // UTC, 664fd36), and measured once on c2133c1's rules (the blind figure): P 75/82, R 45/53,
    // claimants 40/45; headlines 25/26, 17/18, 17/17; bodies 50/56, 28/35, 23/28; documents whose
    // number killed is found 30/37 (five of the seven not found are natural deaths of public
    // figures, optional rows left out by design: `natural_death`), wounded 9/14. The floors
    // are those figures truncated, guarding against regression; nobody tunes a rule on this
    // set's sentences (its misses are reported by kind in README-devset.md).
    // Session 16 (branch ho13kinds: its recall and precision misses worked by kind, with
    // variants of our own in KIND_VARIANTS_16B, so no longer blind): P 75/82 -> 82/83, R 45/53
    // -> 52/53, claimants 40/45 -> 47/52; headlines 26/26, 18/18, 18/18; bodies 56/57, 34/35,
    // 29/34; wounded found 9/14 -> 12/14. Floors raised to them (truncated). With claim16
    // merged (its organisation_pronoun: "it has reported that"): claimants 48/52, bodies 30/34.
    // Session 17 (branch ho14left): "on 23 September 28 bodies" (rule day_first_date_count):
    // P 82/83 -> 83/84, R 52/53 -> 53/53, claimants 48/52 -> 49/53; bodies 57/58, 35/35,
    // 31/35. Floors raised to them (truncated).
    let floors = [
        ("precision", 0.988),
        ("required_matched", 53.0),
        ("claimant_accuracy", 0.924),
        ("headline.precision", 1.0),
        ("headline.recall", 1.0),
        ("headline.claimant_accuracy", 1.0),
        ("body.precision", 0.982),
        ("body.recall", 1.0),
        ("body.claimant_accuracy", 0.885),
    ];
    assert_floors(&v, (killed, wounded), &floors, (30, 12));
}

/// The fourteenth held-out set (`tests/data/heldout14-claims.csv`, documents in
/// `tests/data/heldout14-documents.csv`): 24 MUC-3/4 messages, the source headlines of 40
/// UCDP GED events (20 of the Syria file, 20 of the global sample) and 16 ECB+ documents,
/// drawn blind (`random.Random(14)`, held-out 13's procedure) among those in no list or sheet
/// of `tests/data/` and named in no test or source file (README-devset.md tells the draw),
/// coded in session 16 before the product was run on them.
#[test]
fn heldout14_documents_meet_the_extraction_targets() {
    let (v, killed, wounded) = heldout_scores(
        "tests/data/heldout14-documents.csv",
        "tests/data/heldout14-claims.csv",
        "fourteenth held-out set (blind: MUC-3/4 wire copy, UCDP headlines, ECB+)",
    );
    // coded in full before the product was first run on it (the claims committed at 07:08:38
    // UTC, a6c064e), and measured once on 693e24f's rules (the blind figure): P 82/89, R 52/59,
    // claimants 49/52; headlines 26/27, 20/21, 20/20; bodies 56/62, 32/38, 29/32; documents whose
    // number killed is found 32/40 (three of the eight not found are natural deaths of public
    // figures, optional rows left out by design: `natural_death`), wounded 12/16. The floors
    // are those figures truncated, guarding against regression; nobody tunes a rule on this
    // set's sentences (its misses are reported by kind in README-devset.md). Session 16
    // (branch ho14kinds), its precision and claimant misses worked on by kind with batteries
    // of our own: P 83/87, claimants 52/52, bodies 57/60 and 32/32 (floors raised to those).
    // Session 17 (branch ho14left), its recall and precision kinds left by session 16
    // (KIND_VARIANTS_17C): P 83/87 -> 92/92, R 52/59 -> 59/59, claimants 52/52 -> 59/59;
    // headlines 27/27, 21/21, 21/21; bodies 65/65, 38/38, 38/38; killed found 32/40 -> 34/40.
    // Floors raised to them.
    let floors = [
        ("precision", 1.0),
        ("required_matched", 59.0),
        ("claimant_accuracy", 1.0),
        ("headline.precision", 1.0),
        ("headline.recall", 1.0),
        ("headline.claimant_accuracy", 1.0),
        ("body.precision", 1.0),
        ("body.recall", 1.0),
        ("body.claimant_accuracy", 1.0),
    ];
    assert_floors(&v, (killed, wounded), &floors, (34, 12));
}

/// The fifteenth held-out set (`tests/data/heldout15-claims.csv`, documents in
/// `tests/data/heldout15-documents.csv`): 24 MUC-3/4 messages, the source headlines of 40
/// UCDP GED events (20 of the Syria file, 20 of the global sample) and 16 ECB+ documents,
/// drawn blind (`random.Random(15)`, held-out 14's procedure) among those in no list or sheet
/// of `tests/data/` and named in no test or source file (README-devset.md tells the draw),
/// coded in session 16 before the product was run on them.
#[test]
fn heldout15_documents_meet_the_extraction_targets() {
    let (v, killed, wounded) = heldout_scores(
        "tests/data/heldout15-documents.csv",
        "tests/data/heldout15-claims.csv",
        "fifteenth held-out set (blind: MUC-3/4 wire copy, UCDP headlines, ECB+)",
    );
    // coded in full before the product was first run on it (the claims committed at 07:42:37
    // UTC, 0221d91), and measured once on 9d19171's rules (the blind figure): P 111/112, R 69/78,
    // claimants 66/69; headlines 32/33, 25/27, 25/25; bodies 78/79, 43/51, 40/43; documents whose
    // number killed is found 33/44 (three of the eleven not found are natural deaths of public
    // figures, optional rows left out by design: `natural_death`), wounded 12/14. The floors
    // are those figures truncated, guarding against regression; nobody tunes a rule on this
    // set's sentences (its misses are reported by kind in README-devset.md).
    // Session 17 (branch ho15kinds): its missed kinds written again as variants of our own
    // (`KIND_VARIANTS_17B`, `CLAIMANT_VARIANTS_17B`), so no longer blind for those kinds: P
    // 116/117, R 74/78, claimants 73/74; bodies 83/84, 48/51, 47/48; killed found 35/44.
    // The floors raised to those figures, truncated.
    let floors = [
        ("precision", 0.991),
        ("required_matched", 74.0),
        ("claimant_accuracy", 0.986),
        ("headline.precision", 0.969),
        ("headline.recall", 0.925),
        ("headline.claimant_accuracy", 1.0),
        ("body.precision", 0.988),
        ("body.recall", 0.941),
        ("body.claimant_accuracy", 0.979),
    ];
    assert_floors(&v, (killed, wounded), &floors, (35, 12));
}

/// The sixteenth held-out set (`tests/data/heldout16-claims.csv`, documents in
/// `tests/data/heldout16-documents.csv`): 24 MUC-3/4 messages, the source headlines of 40
/// UCDP GED events (20 of the Syria file, 20 of the global sample) and 16 ECB+ documents,
/// drawn blind (`random.Random(16)`, held-out 15's procedure) among those in no list or sheet
/// of `tests/data/` and named in no test or source file (README-devset.md tells the draw),
/// coded in session 16 before the product was run on them.
#[test]
fn heldout16_documents_meet_the_extraction_targets() {
    let (v, killed, wounded) = heldout_scores(
        "tests/data/heldout16-documents.csv",
        "tests/data/heldout16-claims.csv",
        "sixteenth held-out set (blind: MUC-3/4 wire copy, UCDP headlines, ECB+)",
    );
    // coded in full before the product was first run on it (the claims committed at 08:22:08
    // UTC, 2c38c62), and measured once on 7201787's rules (the blind figure): P 93/100, R 57/62,
    // claimants 54/57; headlines 41/43, 29/33, 29/29; bodies 52/57, 28/29, 25/28; documents whose
    // number killed is found 36/43 (three of the seven not found are natural deaths of public
    // figures, optional rows left out by design: `natural_death`), wounded 14/16. The floors
    // are those figures truncated, guarding against regression; nobody tunes a rule on this
    // set's sentences (its misses are reported by kind in README-devset.md).
    // Session 17 (branch ho16kinds; held-out 17 drawn, this set no longer blind), its kinds
    // worked as general rules with variants of our own (KIND_VARIANTS_17A,
    // CLAIMANT_VARIANTS_17A): P 99/101, R 62/62, claimants 61/62; headlines 45/45, 33/33,
    // 33/33; bodies 54/56, 29/29, 28/29; killed found 37/43, wounded 14/16. The floors are
    // those figures truncated.
    let floors = [
        ("precision", 0.98),
        ("required_matched", 62.0),
        ("claimant_accuracy", 0.983),
        ("headline.precision", 1.0),
        ("headline.recall", 1.0),
        ("headline.claimant_accuracy", 1.0),
        ("body.precision", 0.964),
        ("body.recall", 1.0),
        ("body.claimant_accuracy", 0.965),
    ];
    assert_floors(&v, (killed, wounded), &floors, (37, 14));
}

/// The seventeenth held-out set (`tests/data/heldout17-claims.csv`, documents in
/// `tests/data/heldout17-documents.csv`): 24 MUC-3/4 messages, the source headlines of 40
/// UCDP GED events (20 of the Syria file, 20 of the global sample) and 16 ECB+ documents,
/// drawn blind (`random.Random(17)`, held-out 16's procedure) among those in no list or sheet
/// of `tests/data/` and named in no test or source file (README-devset.md tells the draw),
/// coded in session 17 before the product was run on them.
#[test]
fn heldout17_documents_meet_the_extraction_targets() {
    let (v, killed, wounded) = heldout_scores(
        "tests/data/heldout17-documents.csv",
        "tests/data/heldout17-claims.csv",
        "seventeenth held-out set (blind: MUC-3/4 wire copy, UCDP headlines, ECB+)",
    );
    // coded in full before the product was first run on it (the claims committed at 09:11:37
    // UTC, c9d0b0e), and measured once on 93bc733's rules (the blind figure): P 93/95, R 50/54,
    // claimants 43/50; headlines 21/22, 15/18, 15/15; bodies 72/73, 35/36, 28/35; documents whose
    // number killed is found 34/48 (four of the fourteen not found are natural deaths of public
    // figures, optional rows left out by design: `natural_death`), wounded 16/20. The floors
    // are those figures truncated, guarding against regression; nobody tunes a rule on this
    // set's sentences (its misses are reported by kind in README-devset.md).
    // Session 17 (branch kinds17; held-out 18 drawn, so this set was worked by kind, in
    // variants of our own): P 96/98, R 54/54, claimants 51/54; headlines 23/24, 18/18, 18/18;
    // bodies 73/74, 36/36, 33/36; killed found 36/48, wounded 16/20 (floors raised, truncated).
    let floors = [
        ("precision", 0.979),
        ("required_matched", 54.0),
        ("claimant_accuracy", 0.944),
        ("headline.precision", 0.958),
        ("headline.recall", 1.0),
        ("headline.claimant_accuracy", 1.0),
        ("body.precision", 0.986),
        ("body.recall", 1.0),
        ("body.claimant_accuracy", 0.916),
    ];
    assert_floors(&v, (killed, wounded), &floors, (36, 16));
}

/// The eighteenth held-out set (`tests/data/heldout18-claims.csv`, documents in
/// `tests/data/heldout18-documents.csv`): 24 MUC-3/4 messages, the source headlines of 40
/// UCDP GED events (20 of the Syria file, 20 of the global sample) and 16 ECB+ documents,
/// drawn blind (`random.Random(18)`, held-out 17's procedure) among those in no list or sheet
/// of `tests/data/` and named in no test or source file (README-devset.md tells the draw),
/// coded blind in session 17; measured once at the session's end on its merged rules.
#[test]
fn heldout18_documents_meet_the_extraction_targets() {
    let (v, killed, wounded) = heldout_scores(
        "tests/data/heldout18-documents.csv",
        "tests/data/heldout18-claims.csv",
        "eighteenth held-out set (blind: MUC-3/4 wire copy, UCDP headlines, ECB+)",
    );
    // coded blind in session 17 (the claims committed at 10:15:18 UTC, 92f1e08) before the
    // product was ever run on it; measured once at the session's end (10:53:33 UTC), on the
    // session's merged rules (e5ac72a: held-out 14's to 17's kinds in): P 67/70, R 34/37,
    // claimants 32/34; headlines 24/24, 17/17, 17/17; bodies 43/46, 17/20, 15/17; documents
    // whose number killed is found 26/34, wounded 10/13. The floors are those figures
    // truncated, guarding against regression; nobody tunes a rule on this set's sentences
    // (its misses are reported by kind in README-devset.md).
    // Session 18 (branch ho18kinds): held-out 18 was worked by kind in session 18, after
    // held-out 19 was drawn (its missed kinds written as rules with examples of our own; two
    // rows corrected to the SPEC or to the other sheets' convention, README-devset.md says
    // which), so it is no longer blind: P 71/71, R 37/37, claimants 36/37; headlines 24/24,
    // 17/17, 17/17; bodies 47/47, 20/20, 19/20; killed found 26/34, wounded 10/13. The floors
    // raised to those figures, truncated.
    let floors = [
        ("precision", 1.0),
        ("required_matched", 37.0),
        ("claimant_accuracy", 0.972),
        ("headline.precision", 1.0),
        ("headline.recall", 1.0),
        ("headline.claimant_accuracy", 1.0),
        ("body.precision", 1.0),
        ("body.recall", 1.0),
        ("body.claimant_accuracy", 0.95),
    ];
    assert_floors(&v, (killed, wounded), &floors, (26, 10));
}

/// The nineteenth held-out set (`tests/data/heldout19-claims.csv`, documents in
/// `tests/data/heldout19-documents.csv`): 33 MUC-3/4 messages, the source headlines of 40
/// UCDP GED events (20 of the Syria file, 20 of the global sample) and the 7 ECB+ documents
/// left with a casualty word, drawn blind (`random.Random(19)`, held-out 18's procedure) among
/// those in no list or sheet of `tests/data/` and named in no test or source file
/// (README-devset.md tells the draw), coded blind in session 18; to be measured once at the
/// session's end on its merged rules.
#[test]
fn heldout19_documents_meet_the_extraction_targets() {
    let (v, killed, wounded) = heldout_scores(
        "tests/data/heldout19-documents.csv",
        "tests/data/heldout19-claims.csv",
        "nineteenth held-out set (blind: MUC-3/4 wire copy, UCDP headlines, ECB+)",
    );
    // coded blind in session 18 (the claims committed at 14:27:47 UTC, 7e1bcfc) before the
    // product was ever run on it; measured once at the session's end (15:39:05 UTC), on the
    // session's merged rules (6393198: held-out 18's kinds, local news, war reporting, the
    // lead's toll and date rules, linking and places changes all in): P 93/99, R 53/57,
    // claimants 50/53; headlines 23/25, 20/20, 20/20; bodies 70/74, 33/37, 30/33; documents
    // whose number killed is found 38/48, wounded 12/14. The floors are those figures
    // truncated, guarding against regression; nobody tunes a rule on this set's sentences
    // until a twentieth set is drawn (its misses are reported by kind in README-devset.md).
    // Session 19 (branch ho19kinds): worked by kind after held-out 20 was drawn; no longer
    // blind (its missed kinds written as rules with examples of our own; one claimant
    // corrected to the other sheets' convention, README-devset.md says which): P 100/100, R
    // 57/57, claimants 57/57; headlines 23/23, 20/20, 20/20; bodies 77/77, 37/37, 37/37;
    // killed found 38/48, wounded 13/14. The floors raised to those figures, truncated.
    let floors = [
        ("precision", 1.0),
        ("required_matched", 57.0),
        ("claimant_accuracy", 1.0),
        ("headline.precision", 1.0),
        ("headline.recall", 1.0),
        ("headline.claimant_accuracy", 1.0),
        ("body.precision", 1.0),
        ("body.recall", 1.0),
        ("body.claimant_accuracy", 1.0),
    ];
    assert_floors(&v, (killed, wounded), &floors, (38, 13));
}

/// The twentieth held-out set (`tests/data/heldout20-claims.csv`, documents in
/// `tests/data/heldout20-documents.csv`): 40 MUC-3/4 messages and the source headlines of 40
/// UCDP GED events (20 of the Syria file, 20 of the global sample), drawn blind
/// (`random.Random(20)`, held-out 19's procedure; no ECB+ document is left, so MUC-3/4 takes
/// all 40 wire slots) among those in no list or sheet of `tests/data/` and named in no test or
/// source file (README-devset.md tells the draw), coded blind in session 19; to be measured
/// once at the session's end on its merged rules.
#[test]
fn heldout20_documents_meet_the_extraction_targets() {
    let (v, killed, wounded) = heldout_scores(
        "tests/data/heldout20-documents.csv",
        "tests/data/heldout20-claims.csv",
        "twentieth held-out set (blind: MUC-3/4 wire copy, UCDP headlines)",
    );
    // coded blind in session 19 (the claims committed at 16:50:47 UTC, 33eb2a6) before the
    // product was ever run on it; measured once at the session's end (18:27:07 UTC), on the
    // session's merged rules (38b4dcf: held-out 19's kinds, local news, toll wording, the
    // scenarios' linking and findings changes all in): P 107/111, R 60/70, claimants 55/60;
    // headlines 17/17, 13/15, 13/13; bodies 90/94, 47/55, 42/47; documents whose number
    // killed is found 38/42, wounded 14/21. The floors are those figures truncated, guarding
    // against regression; nobody tunes a rule on this set's sentences until a twenty-first
    // set is drawn (its misses are reported by kind in README-devset.md).
    // Session 20 (branch ho20kinds): worked by kind after held-out 21 was drawn; no longer
    // blind (its missed kinds written as rules with examples of our own): P 116/119, R
    // 69/70, claimants 64/69; headlines 19/19, 15/15, 15/15; bodies 97/100, 54/55, 49/54;
    // killed found 39/42, wounded 16/21. The floors raised to those figures, truncated.
    let floors = [
        ("precision", 0.974),
        ("required_matched", 69.0),
        ("claimant_accuracy", 0.927),
        ("headline.precision", 1.0),
        ("headline.recall", 1.0),
        ("headline.claimant_accuracy", 1.0),
        ("body.precision", 0.969),
        ("body.recall", 0.981),
        ("body.claimant_accuracy", 0.907),
    ];
    assert_floors(&v, (killed, wounded), &floors, (39, 16));
}

/// The twenty-first held-out set (`tests/data/heldout21-claims.csv`, documents in
/// `tests/data/heldout21-documents.csv`): 40 MUC-3/4 messages and the source headlines of 40
/// UCDP GED events (20 of the Syria file, 20 of the global sample), drawn blind
/// (`random.Random(21)`, held-out 20's procedure; no ECB+ document is left, so MUC-3/4 takes
/// all 40 wire slots) among those in no list or sheet of `tests/data/` and named in no test or
/// source file (README-devset.md tells the draw), coded blind in session 20; to be measured
/// once at the session's end on its merged rules.
#[test]
fn heldout21_documents_meet_the_extraction_targets() {
    let (v, killed, wounded) = heldout_scores(
        "tests/data/heldout21-documents.csv",
        "tests/data/heldout21-claims.csv",
        "twenty-first held-out set (blind: MUC-3/4 wire copy, UCDP headlines)",
    );
    // coded blind in session 20 (the claims committed at 19:25:47 UTC, aab972b) before the
    // product was ever run on it; measured once at the session's end (`make eval` started
    // 20:48:06 UTC), on the session's merged rules (9a66a20: held-out 20's kinds, the fourth
    // local-news battery, the scenarios' rules, places near a town, the findings' groups):
    // P 132/140, R 73/80, claimants 63/73; headlines 18/19, 12/17, 12/12; bodies 114/121,
    // 61/63, 51/61; documents whose number killed is found 42/46, wounded 17/18. The floors
    // are those figures truncated, guarding against regression; nobody tunes a rule on this
    // set's sentences until a twenty-second set is drawn (its misses are reported by kind in
    // README-devset.md).
    // Session 21 (branch ho21kinds, held-out 21 worked by kind once held-out 22 was drawn; no
    // longer blind): P 139/142, R 80/80, claimants 76/80; headlines 23/23, 17/17, 17/17;
    // bodies 116/119, 63/63, 59/63; killed found 42/46, wounded 17/18 (floors raised to
    // these, truncated).
    // Session 22 (branches claimants22 and ho22kinds: "aides" a speaker noun, a refuge in an
    // embassy "where" aides sought it, a front named by bracketed initials): P 139/142 ->
    // 139/141, claimants 76/80 -> 77/80; bodies 116/119 -> 116/118, 59/63 -> 60/63.
    let floors = [
        ("precision", 0.985),
        ("required_matched", 80.0),
        ("claimant_accuracy", 0.962),
        ("headline.precision", 1.0),
        ("headline.recall", 1.0),
        ("headline.claimant_accuracy", 1.0),
        ("body.precision", 0.983),
        ("body.recall", 1.0),
        ("body.claimant_accuracy", 0.952),
    ];
    assert_floors(&v, (killed, wounded), &floors, (42, 17));
}

/// The twenty-second held-out set (`tests/data/heldout22-claims.csv`, documents in
/// `tests/data/heldout22-documents.csv`): 40 MUC-3/4 messages and the source headlines of 40
/// UCDP GED events (20 of the Syria file, 20 of the global sample), drawn blind
/// (`random.Random(22)`, held-out 21's procedure; no ECB+ document is left, so MUC-3/4 takes
/// all 40 wire slots) among those in no list or sheet of `tests/data/` and named in no test or
/// source file (README-devset.md tells the draw), coded blind in session 21; to be measured
/// once at the session's end on its merged rules.
#[test]
fn heldout22_documents_meet_the_extraction_targets() {
    let (v, killed, wounded) = heldout_scores(
        "tests/data/heldout22-documents.csv",
        "tests/data/heldout22-claims.csv",
        "twenty-second held-out set (blind: MUC-3/4 wire copy, UCDP headlines)",
    );
    // coded blind in session 21 (the claims committed at 22:07:42 UTC, 1dc5127) before the
    // product was ever run on it; measured once at the session's end (`make eval` started
    // 23:45:35 UTC), on the session's merged rules (55a5d24: held-out 21's kinds,
    // the fifth local battery, the false-claim battery, the stated day's role in linking,
    // the scenarios' rules): P 114/119, R 57/65, claimants 50/57; headlines 24/25, 17/19,
    // 16/17; bodies 90/94, 40/46, 34/40; documents whose number killed is found 38/43,
    // wounded 16/18. The floors are those figures truncated, guarding against regression;
    // nobody tunes a rule on this set's sentences until a twenty-third set is drawn (its
    // misses are reported by kind in README-devset.md).
    // Session 22 (ho22kinds, after held-out 23 was drawn): worked by kind, P 122/122, R
    // 64/65, claimants 58/64; headlines 26/26, 19/19, 18/19; bodies 96/96, 45/46, 40/45;
    // killed 40/43, wounded 16/18 (floors raised to these, truncated).
    let floors = [
        ("precision", 1.0),
        ("required_matched", 64.0),
        ("claimant_accuracy", 0.906),
        ("headline.precision", 1.0),
        ("headline.recall", 1.0),
        ("headline.claimant_accuracy", 0.947),
        ("body.precision", 1.0),
        ("body.recall", 0.978),
        ("body.claimant_accuracy", 0.888),
    ];
    assert_floors(&v, (killed, wounded), &floors, (41, 16)); // session 30 (ho30x): 40 -> 41
}

/// The twenty-third held-out set (`tests/data/heldout23-claims.csv`, documents in
/// `tests/data/heldout23-documents.csv`): 40 MUC-3/4 messages and the source headlines of 40
/// UCDP GED events (20 of the Syria file, 20 of the global sample), drawn blind
/// (`random.Random(23)`, held-out 22's procedure; no ECB+ document is left, so MUC-3/4 takes
/// all 40 wire slots) among those in no list or sheet of `tests/data/` and named in no test or
/// source file (README-devset.md tells the draw), coded blind in session 22; to be measured
/// once at the session's end on its merged rules.
#[test]
fn heldout23_documents_meet_the_extraction_targets() {
    let (v, killed, wounded) = heldout_scores(
        "tests/data/heldout23-documents.csv",
        "tests/data/heldout23-claims.csv",
        "twenty-third held-out set (blind: MUC-3/4 wire copy, UCDP headlines)",
    );
    // coded blind in session 22 (the claims committed at 01:08:45 UTC, ea197f3) before the
    // product was ever run on it; measured once at the session's end (`make eval` started
    // 02:33:30 UTC), on the session's merged rules (7c256d9: held-out 22's kinds, the sixth
    // (regional wire) and claimant batteries, the scenario sets' rules, the speed and debt
    // steps): P 127/129, R 62/68, claimants 57/62; headlines 27/28, 21/22, 21/21; bodies
    // 100/101, 40/46, 35/40; documents whose number killed is found 37/41, wounded 11/12. The
    // floors are those figures truncated, guarding against regression; nobody tunes a rule on
    // this set's sentences until a twenty-fourth set is drawn (its misses are reported by kind
    // in README-devset.md).
    // Session 23 (ho23kinds, after held-out 24 was drawn): worked by kind, P 134/134, R
    // 68/68, claimants 68/68; headlines 28/28, 22/22, 22/22; bodies 106/106, 45/46, 45/45;
    // killed 38/41, wounded 11/12 (floors raised to these, truncated).
    let floors = [
        ("precision", 1.0),
        ("required_matched", 68.0),
        ("claimant_accuracy", 1.0),
        ("headline.precision", 1.0),
        ("headline.recall", 1.0),
        ("headline.claimant_accuracy", 1.0),
        ("body.precision", 1.0),
        ("body.recall", 0.978),
        ("body.claimant_accuracy", 1.0),
    ];
    assert_floors(&v, (killed, wounded), &floors, (38, 11));
}

/// The twenty-fourth held-out set (`tests/data/heldout24-claims.csv`, documents in
/// `tests/data/heldout24-documents.csv`): 40 MUC-3/4 messages and the source headlines of 40
/// UCDP GED events (20 of the Syria file, 20 of the global sample), drawn blind
/// (`random.Random(24)`, held-out 23's procedure with the MUC-3/4 length cap raised from 2,500
/// to 3,500 characters, the pool under the old cap being spent; no ECB+ document is left, so
/// MUC-3/4 takes all 40 wire slots) among those in no list or sheet of `tests/data/` and named
/// in no test or source file (README-devset.md tells the draw), coded blind in session 23; to
/// be measured once at the session's end on its merged rules.
#[test]
fn heldout24_documents_meet_the_extraction_targets() {
    let (v, killed, wounded) = heldout_scores(
        "tests/data/heldout24-documents.csv",
        "tests/data/heldout24-claims.csv",
        "twenty-fourth held-out set (blind: MUC-3/4 wire copy, UCDP headlines)",
    );
    // coded blind in session 23 (the claims committed at 04:17:53 UTC, ee2c954) before the
    // product was ever run on it; measured once at the session's end (`make eval` started
    // 05:39:30 UTC), on the session's merged rules (cdfe97f: held-out 23's kinds, the seventh
    // (long-sentence) and second claimant batteries, the gaps of issues 13 and 14, the
    // scenario sets' rules, the speed and debt steps): P 123/126, R 75/86, claimants 65/75;
    // headlines 21/21, 13/16, 13/13; bodies 102/105, 62/70, 52/62; documents whose number
    // killed is found 44/53, wounded 12/16. The floors are those figures truncated, guarding
    // against regression; nobody tunes a rule on this set's sentences until a twenty-fifth set
    // is drawn (its misses are reported by kind in README-devset.md).
    // Session 24 (ho24kinds, after held-out 25 was drawn): worked by kind, P 132/132, R
    // 84/86, claimants 83/84; headlines 24/24, 16/16, 16/16; bodies 108/108, 68/70, 67/68;
    // killed 48/53, wounded 12/16 (floors raised to these, truncated).
    let floors = [
        ("precision", 1.0),
        ("required_matched", 84.0),
        ("claimant_accuracy", 0.988),
        ("headline.precision", 1.0),
        ("headline.recall", 1.0),
        ("headline.claimant_accuracy", 1.0),
        ("body.precision", 1.0),
        ("body.recall", 0.971),
        ("body.claimant_accuracy", 0.985),
    ];
    assert_floors(&v, (killed, wounded), &floors, (49, 12)); // session 30 (ho30x): 48 -> 49
}

/// The twenty-fifth held-out set (`tests/data/heldout25-claims.csv`, documents in
/// `tests/data/heldout25-documents.csv`): 40 MUC-3/4 messages and the source headlines of 40
/// UCDP GED events (20 of the Syria file, 20 of the global sample), drawn blind
/// (`random.Random(25)`, held-out 24's procedure unchanged, the MUC-3/4 length cap at 3,500
/// characters; no ECB+ document is left, so MUC-3/4 takes all 40 wire slots) among those in no
/// list or sheet of `tests/data/` and named in no test or source file (README-devset.md tells
/// the draw), coded blind in session 24; to be measured once at the session's end on its
/// merged rules.
#[test]
fn heldout25_documents_meet_the_extraction_targets() {
    let (v, killed, wounded) = heldout_scores(
        "tests/data/heldout25-documents.csv",
        "tests/data/heldout25-claims.csv",
        "twenty-fifth held-out set (blind: MUC-3/4 wire copy, UCDP headlines)",
    );
    // coded blind in session 24 (the claims committed at 07:09:03 UTC, 95ac35a) before the
    // product was ever run on it; measured once at the session's end (`make eval` started
    // 08:26:23 UTC), on the session's merged rules (0dfbc44: held-out 24's kinds, the eighth
    // (2004 wire, local-news hurt) battery, the debt mends, the scenario sets' rules, the
    // speed gates): P 141/144, R 81/94, claimants 65/81; headlines 21/21, 18/20, 18/18;
    // bodies 120/123, 63/74, 47/63; documents whose number killed is found 34/44, wounded
    // 22/23. The floors are those figures truncated, guarding against regression; nobody
    // tunes a rule on this set's sentences until a twenty-sixth set is drawn (its misses are
    // reported by kind in README-devset.md).
    // Session 25 (ho25kinds, after held-out 26 was drawn): worked by kind, P 152/153, R
    // 92/94, claimants 75/92; headlines 23/23, 20/20, 20/20; bodies 129/130, 72/74, 55/72;
    // killed 39/44, wounded 23/23 (floors raised to these, truncated). Session 25
    // (claimants25, rules account_carried and list_issued: a speaker carried over several
    // sentences): on its own branch claimants 65/81 -> 71/81, body 47/63 -> 53/63; both
    // merged: see the figures of the session's make eval (README-devset).
    // Both merged, with the review mends (make eval, session 25's end, main f44da37): P
    // 152/153, R 92/94, claimants 79/92; bodies 129/130, 72/74, 59/72 (floors raised).
    let floors = [
        ("precision", 0.993),
        ("required_matched", 92.0),
        ("claimant_accuracy", 0.858),
        ("headline.precision", 1.0),
        ("headline.recall", 1.0),
        ("headline.claimant_accuracy", 1.0),
        ("body.precision", 0.992),
        ("body.recall", 0.972),
        ("body.claimant_accuracy", 0.819),
    ];
    assert_floors(&v, (killed, wounded), &floors, (40, 23)); // session 30 (ho30x): 39 -> 40
}

/// The twenty-sixth held-out set (`tests/data/heldout26-claims.csv`, documents in
/// `tests/data/heldout26-documents.csv`): 40 MUC-3/4 messages and the source headlines of 40
/// UCDP GED events (20 of the Syria file, 20 of the global sample), drawn blind
/// (`random.Random(26)`, held-out 25's procedure with the MUC-3/4 length cap raised from 3,500
/// to 4,500 characters, as only 42 unnamed messages were left under 3,500; no ECB+ document is
/// left, so MUC-3/4 takes all 40 wire slots) among those in no list or sheet of `tests/data/`
/// and named in no test or source file (README-devset.md tells the draw), coded blind in
/// session 25; to be measured once at the session's end on its merged rules.
#[test]
fn heldout26_documents_meet_the_extraction_targets() {
    let (v, killed, wounded) = heldout_scores(
        "tests/data/heldout26-documents.csv",
        "tests/data/heldout26-claims.csv",
        "twenty-sixth held-out set (blind: MUC-3/4 wire copy, UCDP headlines)",
    );
    // coded blind in session 25 (the claims committed at 10:00:49 UTC, 68808d2) before the
    // product was ever run on it; measured once at the session's end (`make eval` started
    // 11:39:51 UTC), on the session's merged rules (f44da37: held-out 25's kinds, the
    // claimant carry-over, the ninth battery, the debt and review mends, the scenario sets'
    // rules, the speed cuts): P 110/113, R 70/79, claimants 56/70; headlines 20/20, 16/17,
    // 15/16; bodies 90/93, 54/62, 41/54; documents whose number killed is found 35/44,
    // wounded 10/12. The floors are those figures truncated, guarding against regression;
    // nobody tunes a rule on this set's sentences until a twenty-seventh set is drawn (its
    // misses are reported by kind in README-devset.md). Session 26 (held-out 27 drawn): its
    // claimant misses worked by kind (claim26: claimants 56/70 -> 67/70) and its extraction
    // kinds (ho26kinds: P 122/122, R 79/79; headlines 22/22, 17/17; bodies 100/100, 62/62);
    // floors raised to the merged figures (`make eval` on 56a7428: claimants 76/79, headlines'
    // 16/17, bodies' 60/62), truncated.
    let floors = [
        ("precision", 1.0),
        ("required_matched", 79.0),
        ("claimant_accuracy", 0.974), // claim31: 77/79
        ("headline.precision", 1.0),
        ("headline.recall", 1.0),
        ("headline.claimant_accuracy", 1.0), // claim31: 17/17
        ("body.precision", 1.0),
        ("body.recall", 1.0),
        ("body.claimant_accuracy", 0.967),
    ];
    // session 30: ho30x raised killed found 35 -> 36 (a named victim of "the killers of X");
    // the lead made the perpetrators' nouns count-only (MUC-3/4 dated linking fell below its
    // floor on named recalled cases), so 35, its value at the session's start
    assert_floors(&v, (killed, wounded), &floors, (35, 10));
}

/// The twenty-seventh held-out set (`tests/data/heldout27-claims.csv`, documents in
/// `tests/data/heldout27-documents.csv`): 40 MUC-3/4 messages and the source headlines of 40
/// UCDP GED events (20 of the Syria file, 20 of the global sample), drawn blind
/// (`python3 scripts/draw_heldout.py d41aecb 27 26 4500`: held-out 26's procedure, the
/// MUC-3/4 length cap still 4,500 characters; no ECB+ document is left, so MUC-3/4 takes all
/// 40 wire slots) among those in no list or sheet of `tests/data/` and named in no test or
/// source file (README-devset.md tells the draw), coded blind in session 26; to be measured
/// once at the session's end on its merged rules.
#[test]
fn heldout27_documents_meet_the_extraction_targets() {
    let (v, killed, wounded) = heldout_scores(
        "tests/data/heldout27-documents.csv",
        "tests/data/heldout27-claims.csv",
        "twenty-seventh held-out set (blind: MUC-3/4 wire copy, UCDP headlines)",
    );
    // coded blind in session 26 (the claims committed alone at 12:52:55 UTC, a32a2ac) before
    // the product was ever run on it; measured once at the session's end (`make eval` started
    // 13:55:44 UTC on 56a7428: held-out 26's kinds and claimants, the tenth battery, the
    // linking branches, disasters-2026): P 107/117, R 66/75, claimants 49/66; headlines
    // 24/25, 19/21, 18/19; bodies 83/92, 47/54, 31/47; documents whose number killed is found
    // 37/51, wounded 9/15. One row's bounds were then corrected to the SPEC's arithmetic ("about
    // 205": floor(0.9n) = 184 and ceil(1.1n) = 226, coded 185 and 225), which the product had
    // read right: P 108/117, R 67/75, claimants 50/67; headlines 25/25, 20/21, 19/20; killed
    // found 38/51. The floors are those figures truncated, guarding against regression; nobody
    // tunes a rule on this set's sentences until a twenty-eighth set is drawn (its misses are
    // reported by kind in README-devset.md).
    // Session 27 (ho27kinds, held-out 28 drawn): its body misses and false positives worked
    // by kind, four "several" rows given the SPEC's 3-9 and three optional rows added (see
    // README-devset): P 121/121, R 73/75, claimants 55/73; headlines 26/26, 21/21, 20/21;
    // bodies 95/95, 52/54, 35/52; killed found 40/51, wounded 11/15 (floors raised to these,
    // truncated).
    let floors = [
        // (session 27, the merged code measured by the lead's `make eval`: claim27's
        // claimants with ho27kinds' rows, 66/73; headlines 21/21, bodies 45/52)
        ("precision", 1.0),
        ("required_matched", 73.0),
        // (session 28, claim28: bulletin carry and the reporting group's "we", 66/73 ->
        // 68/73, bodies 45/52 -> 47/52)
        ("claimant_accuracy", 0.931),
        ("headline.precision", 1.0),
        ("headline.recall", 1.0),
        ("headline.claimant_accuracy", 1.0),
        ("body.precision", 1.0),
        ("body.recall", 0.962),
        ("body.claimant_accuracy", 0.903),
    ];
    assert_floors(&v, (killed, wounded), &floors, (40, 11));
}

/// The twenty-eighth held-out set (`tests/data/heldout28-claims.csv`, documents in
/// `tests/data/heldout28-documents.csv`): 20 MUC-3/4 messages and the source headlines of 40
/// UCDP GED events (20 of the Syria file, 20 of the global sample), drawn blind
/// (`python3 scripts/draw_heldout.py 0f28f6b 28 27 100000 20`: held-out 27's procedure with
/// the MUC-3/4 length cap dropped and the wire slots cut to 20, since few unnamed messages are
/// left) among those in no list or sheet of `tests/data/` and named in no test or source file
/// (README-devset.md tells the draw), coded blind in session 27; measured once, blind, by the
/// lead at the session's end on its merged rules.
#[test]
fn heldout28_documents_meet_the_extraction_targets() {
    let (v, killed, wounded) = heldout_scores(
        "tests/data/heldout28-documents.csv",
        "tests/data/heldout28-claims.csv",
        "twenty-eighth held-out set (blind: MUC-3/4 wire copy, UCDP headlines)",
    );
    // coded blind in session 27 (the claims committed alone at 15:31:27 UTC, 9465089) before
    // the product was ever run on it; measured once by the lead (`make eval` started 16:44:49
    // UTC on the merged main 15a56d9, ten branches merged): P 71/76,
    // R 39/42, claimants 33/39; headlines 15/16, 12/14, 12/12; bodies 56/60, 27/28, 21/27;
    // killed found 21/28, wounded 8/8. One row was then found coded against the SPEC's table
    // (a "several" with no bounds, where the SPEC gives 3-9, as the product read it) and
    // corrected: P 72/76, bodies' 57/60. The floors are the corrected figures truncated, guarding
    // against regression; nobody tunes a rule on this set's sentences until a twenty-ninth set
    // is drawn (its misses are reported by kind in README-devset.md).
    // Session 28 (ho28x, held-out 28 a development set): its misses and false positives
    // worked by kind, and the "missing or dead" row recoded per the SPEC and held-out 17
    // (missing, with an optional killed row; see README-devset): P 76/76, R 42/42, claimants
    // 36/42; headlines 17/17, 14/14, 14/14; bodies 59/59, 28/28, 22/28; killed found 23/29,
    // wounded 8/8 (floors raised to these, truncated).
    let floors = [
        ("precision", 1.0),
        ("required_matched", 42.0),
        // (session 28, claim28: its claimant misses worked by kind, 33/39 -> 38/39 on its
        // own; ho28x: 36/42; merged, `make -k eval` at 19:28 UTC: 41/42, bodies 27/28)
        // (session 29, claim29: 42/42, bodies 28/28, once TST2-MUC4-0057's row coding the
        // front from the header label and signature alone was emptied: README-devset)
        ("claimant_accuracy", 1.0),
        ("headline.precision", 1.0),
        ("headline.recall", 1.0),
        ("headline.claimant_accuracy", 1.0),
        ("body.precision", 1.0),
        ("body.recall", 1.0),
        ("body.claimant_accuracy", 1.0),
    ];
    assert_floors(&v, (killed, wounded), &floors, (23, 8));
}

/// The twenty-ninth held-out set (`tests/data/heldout29-claims.csv`, documents in
/// `tests/data/heldout29-documents.csv`): 11 MUC-3/4 messages and the source headlines of 40
/// UCDP GED events (20 of the Syria file, 20 of the global sample), drawn blind
/// (`python3 scripts/draw_heldout.py aa8bb19 29 28 100000 11`: held-out 28's procedure with
/// the wire slots cut to 11, half of the 22 unnamed MUC-3/4 messages left) among those in no
/// list or sheet of `tests/data/` and named in no test or source file (README-devset.md tells
/// the draw), coded blind in session 28; measured once, blind, by the lead at the session's
/// end on its merged rules.
#[test]
fn heldout29_documents_meet_the_extraction_targets() {
    let (v, killed, wounded) = heldout_scores(
        "tests/data/heldout29-documents.csv",
        "tests/data/heldout29-claims.csv",
        "twenty-ninth held-out set (blind: MUC-3/4 wire copy, UCDP headlines)",
    );
    // coded blind in session 28 (the claims committed alone at 18:16:22 UTC, 2550d9e) before
    // the product was ever run on it; measured once, blind, by the lead's `make -k eval` on the
    // merged main 37ed487 (started 19:28 UTC): P 37/38 = 0.974, R 22/24 = 0.917, claimants
    // 18/22 = 0.818; headlines 20/20, 13/15, 12/13; bodies 17/18, 9/9, 6/9; killed found 21/23,
    // wounded 2/2. Every vague row checked against the SPEC's table (only "about n" rows and
    // uncounted plurals): no correction. The floors are the blind figures truncated; its misses
    // are reported by kind in README-devset.md, and nobody tunes a rule on its sentences until
    // a thirtieth set is drawn.
    // Session 29 (ho29x, by kind: rules allegiance_tail_then_outcome, including_parts_then_verb
    // and hypothetical_count; the set a development set now): P 40/40, R 24/24, claimants
    // 20/24 = 0.833; headlines 23/23, 15/15, 14/15; bodies 17/17, 9/9, 6/9; killed found
    // 22/23. Floors raised to these figures, truncated.
    let floors = [
        ("precision", 1.0),
        ("required_matched", 24.0),
        // (session 29, claim29, held-out 29 a development set: its claimant misses worked
        // by kind, 18/22 -> 21/22; headlines 12/13 -> 13/13, bodies 6/9 -> 8/9; ho29x's
        // recall 22/24 -> 24/24 adds two rows to match; merged, `make -k eval` at 22:10 UTC:
        // P 40/40, R 24/24, claimants 23/24; headlines 23/23, 15/15, 15/15; bodies 17/17, 9/9,
        // 8/9; killed found 22/23, wounded 2/2)
        ("claimant_accuracy", 0.958),
        ("headline.precision", 1.0),
        ("headline.recall", 1.0),
        ("headline.claimant_accuracy", 1.0),
        ("body.precision", 1.0),
        ("body.recall", 1.0),
        ("body.claimant_accuracy", 0.888),
    ];
    assert_floors(&v, (killed, wounded), &floors, (22, 2));
}

/// The thirtieth held-out set (`tests/data/heldout30-claims.csv`, documents in
/// `tests/data/heldout30-documents.csv`): the last 11 unnamed MUC-3/4 messages and the source
/// headlines of 40 UCDP GED events (20 of the Syria file, 20 of the global sample), drawn blind
/// (`python3 scripts/draw_heldout.py fe1bb63 30 29 100000 11`: held-out 29's procedure; after
/// it no unnamed MUC-3/4 message is left) among those in no list or sheet of `tests/data/` and
/// named in no test or source file (README-devset.md tells the draw), coded blind in session
/// 29; measured once, blind, by the lead at the session's end on its merged rules.
#[test]
fn heldout30_documents_meet_the_extraction_targets() {
    let (v, killed, wounded) = heldout_scores(
        "tests/data/heldout30-documents.csv",
        "tests/data/heldout30-claims.csv",
        "thirtieth held-out set (blind: MUC-3/4 wire copy, UCDP headlines)",
    );
    // coded blind in session 29 (the claims committed alone at 21:00:15 UTC, 51fd846) before
    // the product was ever run on it; measured once, blind, by the lead's `make -k eval` on the
    // merged main 2c404fc (started 22:10 UTC, before the review mends): P 44/44 = 1.000, R 32/35
    // = 0.914, claimants 29/32 = 0.906; headlines 21/21, 17/19, 15/17; bodies 23/23, 15/16,
    // 14/15; killed found 19/21, wounded 2/3. Every vague row checked against the SPEC's table
    // ("nearly n" and "dozens", open bounds, uncounted plurals): no correction. The floors are
    // the blind figures truncated; its misses are reported by kind in README-devset.md, and
    // nobody tunes a rule on its sentences until a thirty-first set is drawn.
    // Session 30 (claim30, held-out 30 now a development set): the three claimant misses
    // mended by kind (headline_own_semicolon with claimant_holds_event, ": NGO" as a source
    // noun, document_reads_as_follows): claimants 29/32 -> 32/32; headlines 15/17 -> 17/17,
    // bodies 14/15 -> 15/15; nothing else moved. Claimant floors raised to the figures.
    // Session 30 (ho30x, now a development set): its three count misses handled by kind
    // (README-devset.md, "Session 30 (branch ho30x)"): P 47/47, R 35/35, claimants 32/35 =
    // 0.914; headlines 23/23, 19/19, 17/19; bodies 24/24, 16/16, 15/16; killed found 20/21.
    // Both merged (the lead's make -k eval on d549493): P 47/47, R 35/35, claimants 35/35;
    // headlines 23/23, 19/19, 19/19; bodies 24/24, 16/16, 16/16: claimant floors to 1.0.
    let floors = [
        ("precision", 1.0),
        ("required_matched", 35.0),
        ("claimant_accuracy", 1.0),
        ("headline.precision", 1.0),
        ("headline.recall", 1.0),
        ("headline.claimant_accuracy", 1.0),
        ("body.precision", 1.0),
        ("body.recall", 1.0),
        ("body.claimant_accuracy", 1.0),
    ];
    assert_floors(&v, (killed, wounded), &floors, (20, 2));
}

/// The thirty-first held-out set (`tests/data/heldout31-claims.csv`, documents in
/// `tests/data/heldout31-documents.csv`): the source headlines of 40 UCDP GED events (20 of
/// the Syria file, 20 of the global sample), drawn blind (`python3 scripts/draw_heldout.py
/// bca5b3c 31 30 100000 0`: MUC-3/4 holds no unnamed message any more, so no wire bodies)
/// among those in no earlier held-out list (README-devset.md tells the draw), coded blind in
/// session 30; measured once, blind, by the lead at the session's end on its merged rules.
#[test]
fn heldout31_documents_meet_the_extraction_targets() {
    let (v, killed, wounded) = heldout_scores(
        "tests/data/heldout31-documents.csv",
        "tests/data/heldout31-claims.csv",
        "thirty-first held-out set (blind: UCDP headlines)",
    );
    // coded blind in session 30 (the claims committed alone at 23:54:11 UTC, 79bbffa) before
    // the product was ever run on it; measured once, blind, by the lead's `make -k eval` on the
    // merged main d549493 (started 01:00 UTC, before the review mends): P 22/22 = 1.000, R
    // 16/16 = 1.000, claimants 16/16 = 1.000; headlines 19/19, 13/13, 13/13; bodies (the two
    // headlines ending in a stop) 3/3, 3/3, 3/3; killed found 15/17, no wounded row. The
    // floors are the blind figures; its two documents whose killed is not found are told in
    // README-devset.md ("# heldout31: measured once").
    let floors = [
        ("precision", 1.0),
        ("required_matched", 16.0),
        ("claimant_accuracy", 1.0),
        ("headline.precision", 1.0),
        ("headline.recall", 1.0),
        ("headline.claimant_accuracy", 1.0),
        ("body.precision", 1.0),
        ("body.recall", 1.0),
        ("body.claimant_accuracy", 1.0),
    ];
    assert_floors(&v, (killed, wounded), &floors, (15, 0));
}

/// The thirty-second held-out set (`tests/data/heldout32-claims.csv`, documents in
/// `tests/data/heldout32-documents.csv`): the source headlines of 40 UCDP GED events (20 of
/// the Syria file, 20 of the global sample), drawn blind (`python3 scripts/draw_heldout.py
/// ed16892 32 31 100000 0`: MUC-3/4 and ECB+ hold no unnamed document any more, so no wire
/// bodies) among those in no earlier held-out list, coded blind in session 31; measured once,
/// blind, by the lead at the session's end on its merged rules.
#[test]
fn heldout32_documents_meet_the_extraction_targets() {
    let (v, killed, wounded) = heldout_scores(
        "tests/data/heldout32-documents.csv",
        "tests/data/heldout32-claims.csv",
        "thirty-second held-out set (blind: UCDP headlines)",
    );
    // coded blind in session 31 (the claims committed alone, eab8af6) before the product was
    // ever run on it; measured once, blind, by the lead's `make -k eval` on the merged main
    // 74c263d (started 04:02 UTC, before the review mends): P 30/30 = 1.000, R 24/26 = 0.923,
    // claimants 21/24 = 0.875, all rows in headlines; killed found 17/18, no wounded row. The
    // floors are the blind figures (truncated); its misses are told in README-devset.md
    // ("# heldout32: measured once"). Session 31 (ho32x), a development set since: a topic
    // label before a colon is no claimant, "N security forces" counts people (a list's
    // total after a revision label): R 25/26 = 0.961, claimants 25/25, P 32/32.
    let floors = [
        ("precision", 1.0),
        ("required_matched", 25.0),
        ("claimant_accuracy", 1.0),
        ("headline.precision", 1.0),
        ("headline.recall", 0.961),
        ("headline.claimant_accuracy", 1.0),
    ];
    assert_floors(&v, (killed, wounded), &floors, (17, 0));
}

/// The thirty-third held-out set (`tests/data/heldout33-claims.csv`, documents in
/// `tests/data/heldout33-documents.csv`): the source headlines of 40 UCDP GED events (20 of
/// the Syria file, 20 of the global sample), drawn blind (`python3 scripts/draw_heldout.py
/// d11f70c 33 32 100000 0`) among those in no earlier held-out list, coded blind in session
/// 32; measured once, blind, by the lead at the session's end on its merged rules.
#[test]
fn heldout33_documents_meet_the_extraction_targets() {
    let (v, killed, wounded) = heldout_scores(
        "tests/data/heldout33-documents.csv",
        "tests/data/heldout33-claims.csv",
        "thirty-third held-out set (blind: UCDP headlines)",
    );
    // coded blind in session 32 (the claims committed alone, 5570564) before the product was
    // ever run on it; measured once, blind, by the lead's `make -k eval` on the merged main
    // 6ff7d25 (started 07:10 UTC, after every branch of the session had merged): P 25/25 =
    // 1.000, R 18/18 = 1.000, claimants 18/18 = 1.000, all rows in headlines; killed found
    // 16/18, no wounded row. The floors are the blind figures (README-devset.md, "# heldout33:
    // measured once").
    let floors = [
        ("precision", 1.0),
        ("required_matched", 18.0),
        ("claimant_accuracy", 1.0),
        ("headline.precision", 1.0),
        ("headline.recall", 1.0),
        ("headline.claimant_accuracy", 1.0),
    ];
    assert_floors(&v, (killed, wounded), &floors, (16, 0));
}
