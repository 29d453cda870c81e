//! The extractor's word lists (`data/extract/`), compiled in and read once.
//!
//! Every word of the text is looked up once (lower case) and gets a set of class bits;
//! outcome phrases ("were killed", "shot dead", "massacre of") are indexed by their first
//! word so that matching at a token costs one hash lookup.

use crate::model::{Outcome, Qualifier};
use std::collections::HashMap;

const WORDS: &str = include_str!("../../data/extract/words.csv");
const PERSONS: &str = include_str!("../../data/extract/person_nouns.txt");
const OUTCOMES: &str = include_str!("../../data/extract/outcomes.csv");
const BOILERPLATE: &str = include_str!("../../data/extract/boilerplate.txt");

/// The word maps (the lexicon's classes and phrases, the victim words): foldhash with its
/// fixed seed hashes a short word in a few multiplications where FNV-1a takes one a byte.
/// No output depends on their order (`signature::most_frequent` sorts, ties by the term).
pub type FastMap<K, V> = HashMap<K, V, foldhash::fast::FixedState>;

/// A word's set of classes, one bit each (`DET`, `AUX`, ...): 128 of them, so that a new
/// class can mark the words a rule starts at and the rule be tried only there (64 until
/// session 15, when bits 0..61 were taken).
pub type Classes = u128;

/// A form of "be": before a participle, a passive ("was shot", "is now accused"); the one
/// list of them (the places' reader asks it too: "Honduras was condemned" is no seat).
pub fn be_form(w: &str) -> bool {
    matches!(w, "was" | "were" | "is" | "are" | "be" | "been" | "being")
}

pub const DET: Classes = 1;
pub const AUX: Classes = 1 << 1;
pub const ADV: Classes = 1 << 2;
pub const PREP: Classes = 1 << 3;
pub const CONJ: Classes = 1 << 4;
pub const PRON: Classes = 1 << 5;
pub const SPEECH: Classes = 1 << 6;
pub const MONTH: Classes = 1 << 7;
pub const WEEKDAY: Classes = 1 << 8;
pub const TIME_UNIT: Classes = 1 << 9;
pub const DIST_UNIT: Classes = 1 << 10;
pub const MONEY_UNIT: Classes = 1 << 11;
pub const PERCENT: Classes = 1 << 12;
pub const CLOCK: Classes = 1 << 13;
pub const MEASURE: Classes = 1 << 14;
pub const UNIT_NOUN: Classes = 1 << 15;
pub const VOTE: Classes = 1 << 16;
pub const SEND: Classes = 1 << 17;
pub const COMBATANT: Classes = 1 << 18;
pub const TOLL_LINK: Classes = 1 << 19;
pub const STOP: Classes = 1 << 20;
pub const PERSON: Classes = 1 << 21;
/// Some outcome phrase starts with this word.
pub const OUTCOME_START: Classes = 1 << 22;
/// A toll verb that says the toll grew ("rose", "tops", "mounting"): a running total.
pub const TOLL_RISE: Classes = 1 << 23;
/// A reporting participle before "to have" ("confirmed", "reported", "believed").
pub const REPORTING: Classes = 1 << 24;
/// Denials and questions: a figure under "denied that", "how many" is nobody's claim.
pub const DENIAL: Classes = 1 << 25;
/// Nouns naming captives: "captured 53 prisoners".
pub const CAPTIVE: Classes = 1 << 26;
/// Kinship nouns: "mother of 12" counts children.
pub const KIN: Classes = 1 << 27;
/// Common nouns that name a claimant on their own ("police", "the group").
pub const SOURCE_NOUN: Classes = 1 << 28;
/// "the group", "the agency": a claimant that stands for the speaker named before.
pub const ANAPHORIC: Classes = 1 << 29;
/// "whether": a figure in the clause it opens is asked about, nobody's claim.
pub const QUESTION: Classes = 1 << 30;
/// "confirm", "verify", "say": negated ("would not confirm that"), a figure in the clause
/// they govern is nobody's claim.
pub const UNCONFIRMED: Classes = 1 << 31;
/// The first word of a perpetrator's own-death phrase ("killed himself", "turned the gun
/// on himself"; data: count_words.csv `self`): a singular-victim rule may start here.
pub const OWN_DEATH_START: Classes = 1 << 32;
/// The first word of an adversary cue ("clashes with", "fighting against";
/// `context::ADVERSARY_CUES`).
pub const ADVERSARY_START: Classes = 1 << 33;
/// A verb of undergoing before an injury noun ("suffered", "sustained"; data:
/// victim_words.csv sustain): rule subject_sustained_injury may start here.
pub const SUSTAIN_START: Classes = 1 << 34;
/// A verb of taking a stance (victim_words.csv `stance`: "condemned", "vowed"), marked
/// here so that the rules looking for one at every word need no second lookup
/// (`context::stance_verb`).
pub const STANCE_START: Classes = 1 << 35;
/// A conjunction that opens a contrasting clause ("but", "while"; data: words.csv
/// contrast): a speaker right after it speaks for its own clause (rule contrast_speaker).
pub const CONTRAST: Classes = 1 << 36;
/// A verb that makes its subject a report's author ("presented", "released"; data:
/// words.csv publish): rule report_author.
pub const PUBLISH: Classes = 1 << 37;
/// The word a phrase of hospital care or of injury turns on (data: victim_words.csv
/// transport, condition, care, injury_noun: "taken", "critical", "hospitalized",
/// "injuries"): rules subject_in_care and no_injuries_reported may start here.
pub const CARE_START: Classes = 1 << 38;
/// What a source's figures are called ("figures", "tally"; data: words.csv figure_noun):
/// "according to figures from X" is X's claim (rule figures_from).
pub const FIGURE_NOUN: Classes = 1 << 39;
/// "citing", "quoting" (data: words.csv cite): the source cited claims, through the
/// reporter (rule citing_source).
pub const CITE: Classes = 1 << 40;
/// A capital that speaks for its government ("Moscow said"; data: words.csv seat): the
/// one kind of bare place that may be a claimant (rule place_not_speaker).
pub const SEAT: Classes = 1 << 41;
/// "the ministry", "the army": refers back only to a named speaker whose name has the
/// noun (data: words.csv anaphoric_head; rule anaphoric_head).
pub const ANAPHORIC_HEAD: Classes = 1 << 42;
/// A verb that speaks only before "that" (data: words.csv speech_that: "villagers allege
/// that", "the rebels alleged that"; never "the alleged gunman"): read as a speech verb
/// there alone (`context::speech_at`), in no other list.
pub const SPEECH_THAT: Classes = 1 << 43;
/// A word that ends an outlet's name (data: words.csv outlet: "Reuters", "AP", "the
/// Associated Press", "state television"): a speaker's figure "according to" it is the
/// speaker's, relayed (rule according_to_outlet_relay). Read there alone, in no other list.
pub const OUTLET: Classes = 1 << 44;
/// A noun that counts its people by the figure after "of" or by itself ("a family of
/// five", "couple"; data: words.csv group): the article before it is no count of one (rules
/// group_of_number, article_before_group; session 13).
pub const GROUP: Classes = 1 << 45;
/// A noun that names the people a side lost ("losses"; data: words.csv loss): rule
/// force_losses.
pub const LOSS: Classes = 1 << 46;
/// A singular noun naming an armed force or a police as the owner of losses ("the army's
/// losses"; data: words.csv force): rule force_losses.
pub const FORCE: Classes = 1 << 47;
/// A verb that sets a side's losses to a figure ("bringing", "raising", "taking"; data:
/// words.csv loss_verb): rule force_losses.
pub const LOSS_VERB: Classes = 1 << 48;
/// A preposition that opens where a listed figure applies (data: words.csv list_place:
/// "nine in the Aleppo area", "one on the ground"; rule list_after_object). Read there
/// alone, in no other list.
pub const LIST_PLACE: Classes = 1 << 49;
/// What an organisation speaks through ("communique", "bulletin", "radio"; data: words.csv
/// bulletin): after a possessive, the owner is the claimant ("the army's communique said"
/// is the army; rule organisation_not_its_bulletin, session 14). Read there alone.
pub const BULLETIN: Classes = 1 << 50;
/// A participle before "by" that names who relays a source ("consulted", "quoted",
/// "carried"; data: words.csv relay_by): "police sources consulted by EFE" are the
/// claimant, EFE the relay (rule relayed_by_participle, session 14). Read there alone.
pub const RELAY_BY: Classes = 1 << 51;
/// A word that reports on what a speaker before told ("reportedly", "also"; data:
/// words.csv carried): a sentence with it and no speaker of its own, after one of
/// attributed speech, is that speaker's (rule speaker_carried, session 14). Read there alone.
pub const CARRIED: Classes = 1 << 52;
/// "also" (data: words.csv carried_more): as `CARRIED`, when the sentence before gave that
/// speaker's figures ("Police said five died. Two were also wounded."). Read there alone.
pub const CARRIED_MORE: Classes = 1 << 53;
/// A multiplying word before a noun of an incident ("double", "triple": "a double
/// homicide", "a triple shooting"; data: count_words.csv multiple, incident_noun): where
/// rule multiple_incident starts, and only there (session 14).
pub const MULTIPLE_START: Classes = 1 << 54;
/// A verb that declares its object dead ("pronounced", "declared"; data: victim_words.csv
/// declare): where rule declared_object_dead starts, and only there (session 14).
pub const DECLARE_START: Classes = 1 << 55;
/// A word of a forensic examination of the dead ("autopsy", "autopsied", "exhumed"; data:
/// words.csv autopsy): bodies counted as examined are no claim of killed (rule
/// autopsied_bodies, session 14). Read there alone, in no other list.
pub const AUTOPSY: Classes = 1 << 56;
/// A word of a player's sports injury ("sprain", "hamstring", "reserve"; data:
/// words.csv sports_injury): a wound told beside it is no
/// casualty (rule sports_injury, session 14). Read there alone, in no other list.
pub const SPORTS_INJURY: Classes = 1 << 57;
/// A preposition that, after a person's or a source's noun, opens a place inside a
/// speaker's subject ("Officials at the hospital said", "Health officials in the territory
/// said"; data: words.csv subject_place): rule subject_place_inside (session 14). Read
/// there alone, in no other list.
pub const SUBJECT_PLACE: Classes = 1 << 58;
/// A lower-case word that joins capitalised words inside an organisation's name ("the
/// Committee to Protect Journalists said"; data: words.csv name_join): rule name_with_to
/// (session 14). Read there alone, in no other list.
pub const NAME_JOIN: Classes = 1 << 59;
/// "leaves", "left", "leaving" (data: victim_words.csv leave): where rule
/// left_outcome_pairs starts, and only there (session 14).
pub const LEAVE_START: Classes = 1 << 60;
/// "identified", "named" (data: victim_words.csv identify): where rule
/// identified_participle_victim starts, and only there (session 14).
pub const IDENTIFY_START: Classes = 1 << 61;
/// The last and the first word of a count word (data: count_words.csv count: "both", "no
/// one", "not a single"): where `rules::count_word_ending` and `rules::count_word_at` look,
/// and only there (session 15: a longer list costs nothing at other words).
pub const COUNT_END: Classes = 1 << 62;
pub const COUNT_START: Classes = 1 << 63;
/// A word that opens an including-part after a figure ("including", "include", "includes";
/// data: words.csv part_opener): where rule outcome_after_including_part looks for the part
/// ("30 including 10 children killed": the whole's verb after the part; session 21,
/// ho21kinds). Read there alone.
pub const PART_OPENER: Classes = 1 << 64;
/// A word of sentencing a convict ("sentenced", "convicted", "jailed"; data: words.csv
/// sentencing): a multiplied crime after it ("sentenced ... for double murder") is a past
/// crime, no claim (rule sentenced_for_past_crime, session 21, ho21kinds). Read there alone.
pub const SENTENCING: Classes = 1 << 65;
/// A thing that records or registers a measure, never a speaker ("cameras", "thermometers",
/// "quake"; data: words.csv recording_thing): "security cameras recorded the blast that
/// killed 12", "the quake, which registered 6.8, killed 30" name no claimant (rule
/// recording_thing_not_speaker, session 27, leftx27). Read there alone.
pub const RECORDING_THING: Classes = 1 << 67;
/// Session 28 (ho28x): a currency's code or short sign written before the amount ("USD",
/// "Rs", "KSh", "EUR"; data: words.csv money_code): "a ransom of USD 50,000", "Rs 2,000 each"
/// are sums, never a count of people (drop rule money). Read there alone.
pub const MONEY_CODE: Classes = 1 << 68;
/// A verb of complaint, protest, denunciation or condemnation ("complained", "protested",
/// "denounced", "deplored"; data: words.csv complaint): speech right before "that" ("the
/// bar association complained that 14 lawyers had been killed") or with the figure in its
/// object ("the church deplored the deaths of 9 children"; rule complaint_speech, session
/// 15). Read there alone, in no other list.
pub const COMPLAINT: Classes = 1 << 70;
/// A speech verb that values what it is "at" ("estimated"; data: words.csv valuation):
/// "damage estimated at $2 million" names no speaker ("estimated at least 30" still speaks;
/// rule valuation_not_speech, session 14, its words data since session 15). Read there
/// alone, in no other list.
pub const VALUATION: Classes = 1 << 71;
/// An organisation of members named by its common noun ("association", "union", "church";
/// data: words.csv member_org): it may be a claimant ("the bar association complained
/// that"; rules complaint_speech, statement_issued, session 15). Read by `claimant_name`
/// and `subject_before` alone, in no other list.
pub const MEMBER_ORG: Classes = 1 << 72;
/// A verb of telling someone (data: words.csv inform: "informed", "briefed"): speech only
/// when whom it tells is followed by "that" or is an audience ("have informed the network
/// that", "informed the press"; rule informed_that, session 16). Read there alone.
pub const INFORM: Classes = 1 << 73;
/// Whom a speaker tells with no "that" after it (data: words.csv audience: "the press",
/// "reporters"; rules informed_that and speaking_to_reporters, session 16). Read there alone.
pub const AUDIENCE: Classes = 1 << 74;
/// A participle of speaking in an appositive after the speaker (data: words.csv speaking:
/// "The mayor, speaking to reporters, said"; rule speaking_to_reporters, session 16). Read
/// there alone.
pub const SPEAKING: Classes = 1 << 75;
/// A capitalised word that makes the capitalised speech word right after it part of a
/// name (data: words.csv name_before_speech: "United States", "Consumer Reports"; rule
/// speech_word_in_name, session 16, in `Tokens::new`). Read there alone.
pub const NAME_BEFORE_SPEECH: Classes = 1 << 76;
/// A thing counted, never people (data: victim_words.csv thing; rule things_counted,
/// session 16). Read there alone.
pub const THING: Classes = 1 << 77;
/// A noun of the doers of a killing (data: victim_words.csv perpetrator; rule
/// perpetrators_subject, session 16). Read there alone.
pub const PERPETRATOR: Classes = 1 << 78;
/// A collective noun of people ("group", "gang", "patrol"; data: words.csv collective): "one
/// of the gang" in a victim phrase counts people (rule partitive_of_collective, session 16).
/// Read by `rules::np` alone, in no other list.
pub const COLLECTIVE: Classes = 1 << 79;
/// A participle of a lasting state of harm ("maimed", "crippled", "disabled"; data: words.csv
/// lasting_state): a vague count before it and a person noun ("many maimed comrades") names
/// a class of people, no event (rule lasting_state_class, session 16). Read there alone.
pub const LASTING_STATE: Classes = 1 << 80;
/// A participle of issuing a document (data: words.csv issued_by: "a report issued today by
/// the armed forces"; rule document_issued_by, session 16). Read there alone.
pub const ISSUED_BY: Classes = 1 << 81;
/// A verb of an event's onset or course (data: words.csv onset: "HEAVY SHOOTING BROKE OUT",
/// "the shooting continued"; rule onset_not_victim, session 16). Read there alone.
pub const ONSET: Classes = 1 << 82;
/// A verb by which a toll goes beyond its figure ("tops", "exceeded", "surpasses"; data:
/// words.csv toll_past): the figure is more_than (rule toll_passes_figure, session 17). Read
/// there alone.
pub const TOLL_PAST: Classes = 1 << 83;
/// A word that makes the "shot" after it a player's shot ("hook", "jump", "bank"; data:
/// words.csv sport_shot; rule sport_shot, session 17). Read there alone.
pub const SPORT_SHOT: Classes = 1 << 84;
/// A singular verb right after a product's model number ("the Pixel 7200 is missing a jack";
/// data: words.csv model_verb; rule model_number, session 17). Read there alone.
pub const MODEL_VERB: Classes = 1 << 85;
/// A noun of people who take others captive (data: words.csv captor: "pirates",
/// "kidnappers"; rule captors_take, session 17). Read there alone.
pub const CAPTOR: Classes = 1 << 87;
/// A verb of taking people (data: words.csv capture: "seized", "captured"; rule
/// captors_take, session 17). Read there alone.
pub const CAPTURE: Classes = 1 << 88;
/// A noun of a total ("total", "number", "tally"; data: words.csv total_noun; rule
/// total_of_outcome_was, session 17). Read there alone.
pub const TOTAL_NOUN: Classes = 1 << 89;
/// A word opening a topic fronted before a comma (data: words.csv topic: "as for", "as
/// regards" after "as"; "concerning", "regarding" alone): "as for missing persons, there were
/// 12" (rule topic_fronted_count, session 17). Read there alone.
pub const TOPIC: Classes = 1 << 91;
/// A language a station broadcasts in (data: words.csv broadcast_language: "Radio X in
/// Spanish to Y at 1300 GMT on 9 June reports that"; rule broadcast_frame, session 17).
/// Read there alone.
pub const BROADCAST_LANGUAGE: Classes = 1 << 95;
/// A word of a legal charge (data: words.csv charge: "charged", "indicted", "commit"): an
/// outcome noun counted after it is a count of charges, no claim (rule legal_charge,
/// session 18). Read there alone.
pub const CHARGE: Classes = 1 << 96;
/// "ages", "aged" (data: rule_words.csv age_list): where rule ages_count_subject starts,
/// and only there (session 18, local18: "The victims, ages 17 and 19, were wounded").
pub const AGES_START: Classes = 1 << 100;
/// Session 28 (ho28x): a participle of an outcome used as the victims' adjective ("displaced",
/// "missing", "kidnapped", "wounded"; data: words.csv victim_state): before the people and a
/// verb of another outcome it only qualifies them, the verb is the outcome ("at least 4
/// displaced people killed by a militia": killed; rule victim_state_then_outcome). Read there
/// alone.
pub const VICTIM_STATE: Classes = 1 << 101;
/// A verb of going to or staying in a shelter ("fled", "sought", "staying"; data: words.csv
/// shelter_verb): where rule shelter_displaced looks for a shelter after it (session 19,
/// toll19). Read there alone.
pub const SHELTER_VERB: Classes = 1 << 111;
/// A word of a place of shelter inside the country ("shelter", "shelters", "evacuation";
/// data: words.csv shelter_place): people who fled there are displaced, not refugees (rules
/// shelter_displaced, number_of_people_then_outcome; session 19). Read there alone.
pub const SHELTER_PLACE: Classes = 1 << 112;
/// The last word of a claimant that is an institution named by its noun ("police", "the
/// Chicago police department", "authorities"; data: words.csv institution): outlets relaying
/// it relay figures its press office gave at other hours, not one voice (session 19,
/// local19l, findings' rule institution_relayed_apart). Read by the findings alone.
pub const INSTITUTION: Classes = 1 << 109;
/// A word naming people by who they are rather than by what happened to them or whose side
/// they are on ("children", "women", "minors"; data: words.csv part_kind): a report's figure
/// of them alone is a part of a crowd's victims, never its count of them (session 20,
/// groups20, findings' rule described_count). Read by the findings alone.
pub const PART_KIND: Classes = 1 << 94;
/// "survived" (data: rule_words.csv survive_word): where rule harm_then_survived starts, and
/// only there (session 19, local19: "The clerk was shot in the chest but survived").
pub const SURVIVE_START: Classes = 1 << 104;
/// A word that makes a clause conditional ("if", "unless", "otherwise"; data: words.csv
/// conditional): "could have killed dozens" in its sentence is a counterfactual, no count
/// (rule counterfactual, session 21, precision21). Read there alone.
pub const CONDITIONAL: Classes = 1 << 69;
/// A word that recalls an earlier event ("anniversary", "since", "commemorate"; data:
/// words.csv recall): where rule recalled_event looks for the event a relative clause's
/// count belongs to (session 21, precision21). Read there alone.
pub const RECALL: Classes = 1 << 86;
/// A word of a sentence served or an accusation ("jailed", "convicted", "accused"; data:
/// words.csv punished): with an earlier year, the count after it is a convict's past crime
/// (rule past_crime, session 21, precision21). Read there alone.
pub const PUNISHED: Classes = 1 << 90;
/// A word that only qualifies unnamed reports ("press", "media", "preliminary"; data:
/// words.csv unnamed_report): "Press reports said" names no speaker (rule
/// unnamed_reports, session 22, claimants22). Read there alone.
pub const UNNAMED_REPORT: Classes = 1 << 110;
/// A word that opens an aside about the victims after a comma ("many of them women", "both
/// volunteers", "most from the north"; data: words.csv aside_open): after the victims and
/// their place or unit, where rule place_then_aside looks for the aside (session 23,
/// phrasing23). Read there alone.
pub const ASIDE_OPEN: Classes = 1 << 92;
/// A noun of people in medical care ("patients", "newborns"; data: words.csv
/// care_patient): the object of a verb of evacuation that names them is moved for care, not
/// displaced (rule patients_evacuated, session 23, phrasing23). Read there alone.
pub const CARE_PATIENT: Classes = 1 << 97;
/// A verb of a part's share of a whole before "for" or "up" ("account", "accounted", "make",
/// "made"; data: words.csv share_verb): "children account for 900 of the dead" (rule
/// part_accounts_for, session 23, phrasing23). Read there alone.
pub const SHARE_VERB: Classes = 1 << 93;
/// A word opening a clause of time before a speaker ("after", "before", "until"; data:
/// words.csv time_clause): "..., a week after the minister said ..." speaks only for what
/// follows it (rule time_clause_speaker, session 23, claimants23). Read there alone.
pub const TIME_CLAUSE: Classes = 1 << 98;
/// A noun that refers back to any organisation ("group", "organisation"; data: words.csv
/// generic_antecedent): "the group said" is the organisation opening its own sentence
/// (rule organisation_same_sentence, session 23, claimants23). Read there alone.
pub const GENERIC_ANTECEDENT: Classes = 1 << 99;
/// A verb of speaking that speaks right before "of" and what it tells ("speak", "spoke",
/// "talked"; data: words.csv speak_of): "foreign dispatches speak of 50 dead" (rule
/// speak_of_speech, session 23, ho23kinds). Read there alone.
pub const SPEAK_OF: Classes = 1 << 66;
/// Session 25 (phrasing25): a participle of a harm that may prove fatal to some of those it
/// struck ("wounded", "injured", "struck", "stabbed"; data: words.csv harm_part): "nine were
/// struck by gunfire, one fatally" (rule harm_then_fatally), "two injured passengers later
/// died" (rule injured_then_died). Read there alone.
pub const HARM_PART: Classes = 1 << 102;
/// Session 25 (phrasing25): a verb of hijacking a vehicle ("hijacked", "commandeered"; data:
/// words.csv hijack): people a clause after it takes are kidnapped, "gunmen hijacked a bus and
/// seized 30 passengers" (rule hijack_then_take). Read there alone.
pub const HIJACK: Classes = 1 << 103;
/// Session 25 (phrasing25): a verb of a death that ends a harm ("died", "succumbed"; data:
/// words.csv later_death): "two injured passengers died in hospital" are dead, not hurt
/// (rule injured_then_died), "five hurt, two of whom died" (rule of_whom_then_died, and the
/// bare "one" check before it: "..., one of whom later died"). Read there alone.
pub const LATER_DEATH: Classes = 1 << 105;
/// Session 26 (scen26): a participle of information gathered ("received", "available",
/// "gathered"; data: words.csv known_so_far): "so far" right after it dates what is known,
/// not a running period ("as per information received so far, 11 passengers have lost
/// their lives": one incident's provisional count, rule known_so_far). Read there alone.
pub const KNOWN_SO_FAR: Classes = 1 << 106;
/// Session 28 (linkmix28): a verb of keeping one's own figure ("repeated", "reiterated",
/// "maintained", "stood"; data: words.csv figure_kept): before "its"/"their" and a toll's
/// noun ("the association repeated its count of 21 dead") its subject is the figure's
/// claimant, an echo of its earlier count (rule own_figure_kept in
/// `context::subject_of_stance`). Read there alone.
pub const FIGURE_KEPT: Classes = 1 << 115;
/// Session 31 (claim31): the plural of a body that speaks as one ("hospitals", "ministries",
/// "agencies", "groups"; data: words.csv speaking_body): the head of a claimant that names
/// many such bodies ("The two hospitals said", "Both ministries reported", "an alliance of
/// rights groups said"; rule plural_body_speaker in `context::claimant_name`). Read there
/// alone.
pub const SPEAKING_BODY: Classes = 1 << 107;
/// Session 32 (mendx32, review 1 M2): a word of a toll's revision ("down", "upward";
/// data: words.csv toll_revision) that counts only right before "to" ("revised the toll
/// down to 12"): "the number of road deaths is down 14" is a change, no toll. Read by one
/// helper (`rules::revised_to`), shared by rules toll_phrase and earlier_toll_figure.
pub const TOLL_REVISION: Classes = 1 << 108;
/// The classes that only say where a rule may start: a word with no other class is in no
/// word list (`flags & !GATES == 0`).
pub const GATES: Classes = OWN_DEATH_START
    | ADVERSARY_START
    | SUSTAIN_START
    | STANCE_START
    | CARE_START
    | SEAT
    | SPEECH_THAT
    | OUTLET
    // session 13: read by one rule each (group_of_number, force_losses), in no other list
    | GROUP
    | LOSS
    | FORCE
    | LOSS_VERB
    | LIST_PLACE
    // session 14: read by one claimant rule each
    | BULLETIN
    | RELAY_BY
    | CARRIED
    | CARRIED_MORE
    // session 14: where multiple_incident and declared_object_dead start, and only there
    | MULTIPLE_START
    | DECLARE_START
    | LEAVE_START
    | IDENTIFY_START
    // session 14: read by one rule each (autopsied_bodies, sports_injury)
    | AUTOPSY
    | SPORTS_INJURY
    // session 14: read by one claimant rule each (subject_place_inside, name_with_to)
    | SUBJECT_PLACE
    | NAME_JOIN
    // session 15: where the count words are looked for
    | COUNT_END
    | COUNT_START
    // session 15: read by one claimant rule (complaint_speech)
    | COMPLAINT
    | VALUATION
    | MEMBER_ORG
    // session 16: read by one claimant rule each (informed_that, speaking_to_reporters)
    | INFORM
    | AUDIENCE
    | SPEAKING
    | NAME_BEFORE_SPEECH
    // session 16: read by one rule each (things_counted, perpetrators_subject)
    | THING
    | PERPETRATOR
    // session 16: read by one rule (partitive_of_collective)
    | COLLECTIVE
    | LASTING_STATE
    // session 16 (ho14kinds): read by one rule each (document_issued_by, onset_not_victim)
    | ISSUED_BY
    | ONSET
    // session 17 (ho16kinds): read by one rule each (toll_passes_figure, sport_shot,
    // model_number)
    | TOLL_PAST
    | SPORT_SHOT
    | MODEL_VERB
    // session 17 (ho15kinds): read by one rule each (captors_take, total_of_outcome_was)
    | CAPTOR
    | CAPTURE
    | TOTAL_NOUN
    // session 17 (ho14left): read by one rule (topic_fronted_count)
    | TOPIC
    // session 17 (kinds17): read by one rule (broadcast_frame)
    | BROADCAST_LANGUAGE
    // session 18 (ho18kinds): read by one rule (legal_charge)
    | CHARGE
    // session 18 (local18): where ages_count_subject starts, and only there
    | AGES_START
    // session 19 (toll19): read by rules shelter_displaced and number_of_people_then_outcome
    | SHELTER_VERB
    | SHELTER_PLACE
    // session 19 (local19): where harm_then_survived starts, and only there
    | SURVIVE_START
    // session 21 (ho21kinds): read by one rule each (outcome_after_including_part,
    // sentenced_for_past_crime)
    | PART_OPENER
    | SENTENCING
    // session 21 (precision21): read by one rule each (counterfactual, recalled_event,
    // past_crime)
    | CONDITIONAL
    | RECALL
    | PUNISHED
    // session 22 (claimants22): read by one claimant rule (unnamed_reports)
    | UNNAMED_REPORT
    // session 23 (phrasing23): read by one rule each (place_then_aside, patients_evacuated,
    // part_accounts_for)
    | ASIDE_OPEN
    | CARE_PATIENT
    | SHARE_VERB
    // session 23 (claimants23): read by one claimant rule (time_clause_speaker)
    | TIME_CLAUSE
    | GENERIC_ANTECEDENT
    // session 23 (ho23kinds): read by one claimant rule (speak_of_speech)
    | SPEAK_OF
    // session 25 (phrasing25): read by rules harm_then_fatally, injured_then_died and
    // hijack_then_take
    | HARM_PART
    | HIJACK
    | LATER_DEATH
    // session 26 (scen26): read by rule known_so_far (context::period)
    | KNOWN_SO_FAR
    // session 28 (linkmix28): read by rule own_figure_kept (context::subject_of_stance)
    | FIGURE_KEPT
    // session 28 (ho28x): read by drop rule money and rule victim_state_then_outcome
    | MONEY_CODE
    | VICTIM_STATE
    // session 31 (claim31): read by one claimant rule (plural_body_speaker)
    | SPEAKING_BODY
    // session 32 (mendx32): read by one helper (rules::revised_to)
    | TOLL_REVISION;

fn class_bit(c: &str) -> Option<Classes> {
    Some(match c {
        "det" => DET,
        "aux" => AUX,
        "adv" => ADV,
        "prep" => PREP,
        "conj" => CONJ,
        "pron" => PRON,
        "speech" => SPEECH,
        "speech_that" => SPEECH_THAT,
        "complaint" => COMPLAINT,
        "valuation" => VALUATION,
        "member_org" => MEMBER_ORG,
        "inform" => INFORM,
        "audience" => AUDIENCE,
        "speaking" => SPEAKING,
        "name_before_speech" => NAME_BEFORE_SPEECH,
        "month" => MONTH,
        "weekday" => WEEKDAY,
        "time_unit" => TIME_UNIT,
        "distance_unit" => DIST_UNIT,
        "money_unit" => MONEY_UNIT,
        "money_code" => MONEY_CODE,
        "victim_state" => VICTIM_STATE,
        "percent" => PERCENT,
        "clock" => CLOCK,
        "measure" => MEASURE,
        "recording_thing" => RECORDING_THING,
        "unit_noun" => UNIT_NOUN,
        "vote" => VOTE,
        "send" => SEND,
        "combatant" => COMBATANT,
        "toll_link" => TOLL_LINK,
        "stop" => STOP,
        "toll_rise" => TOLL_RISE,
        "reporting" => REPORTING,
        "denial" => DENIAL,
        "captive" => CAPTIVE,
        "kin" => KIN,
        "source_noun" => SOURCE_NOUN,
        "anaphoric" => ANAPHORIC,
        "question" => QUESTION,
        "unconfirmed" => UNCONFIRMED,
        "contrast" => CONTRAST,
        "publish" => PUBLISH,
        "figure_noun" => FIGURE_NOUN,
        "cite" => CITE,
        "outlet" => OUTLET,
        "list_place" => LIST_PLACE,
        "bulletin" => BULLETIN,
        "relay_by" => RELAY_BY,
        "issued_by" => ISSUED_BY,
        "onset" => ONSET,
        "toll_past" => TOLL_PAST,
        "sport_shot" => SPORT_SHOT,
        "model_verb" => MODEL_VERB,
        "captor" => CAPTOR,
        "capture" => CAPTURE,
        "total_noun" => TOTAL_NOUN,
        "topic" => TOPIC,
        "broadcast_language" => BROADCAST_LANGUAGE,
        "charge" => CHARGE,
        "conditional" => CONDITIONAL,
        "recall" => RECALL,
        "punished" => PUNISHED,
        "unnamed_report" => UNNAMED_REPORT,
        "aside_open" => ASIDE_OPEN,
        "care_patient" => CARE_PATIENT,
        "share_verb" => SHARE_VERB,
        "time_clause" => TIME_CLAUSE,
        "generic_antecedent" => GENERIC_ANTECEDENT,
        "speak_of" => SPEAK_OF,
        "harm_part" => HARM_PART,
        "hijack" => HIJACK,
        "later_death" => LATER_DEATH,
        "known_so_far" => KNOWN_SO_FAR,
        "toll_revision" => TOLL_REVISION,
        "figure_kept" => FIGURE_KEPT,
        "speaking_body" => SPEAKING_BODY,
        "shelter_verb" => SHELTER_VERB,
        "shelter_place" => SHELTER_PLACE,
        "carried" => CARRIED,
        "carried_more" => CARRIED_MORE,
        "seat" => SEAT,
        "anaphoric_head" => ANAPHORIC_HEAD,
        "group" => GROUP,
        "collective" => COLLECTIVE,
        "lasting_state" => LASTING_STATE,
        "loss" => LOSS,
        "force" => FORCE,
        "loss_verb" => LOSS_VERB,
        "autopsy" => AUTOPSY,
        "sports_injury" => SPORTS_INJURY,
        "subject_place" => SUBJECT_PLACE,
        "name_join" => NAME_JOIN,
        "institution" => INSTITUTION,
        "part_kind" => PART_KIND,
        "part_opener" => PART_OPENER,
        "sentencing" => SENTENCING,
        "nationality" | "person" => PERSON,
        _ => return None,
    })
}

/// Where an outcome phrase stands relative to the number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Pred,
    Verb,
    NounOf,
    Noun,
    Toll,
    Left,
    Forced,
}

#[derive(Debug, Clone)]
pub struct Phrase {
    pub words: Vec<String>,
    /// `None` for "left" (the outcome comes from the word after the victims).
    pub outcome: Option<Outcome>,
    pub role: Role,
    /// "lost", "losing": only with a person object.
    pub person_object: bool,
    /// "captured": only with an object naming captives ("53 prisoners").
    pub captive_object: bool,
    /// "gunshot wounds": only after a verb ("had gunshot wounds"), never right after the
    /// number ("49 gunshot wounds" counts wounds).
    pub after_verb: bool,
    /// "nearly killed": only with a harm told after it in the clause ("nearly killed when
    /// they were shot and stabbed"; note "harm after", session 16); else no outcome at all.
    pub harm_after: bool,
    /// "hit": only with those hit listed right after it (", including a boy"; note "list
    /// after", session 19, rule hit_including); else no outcome at all ("the storm hit").
    pub list_after: bool,
    /// "stabbed": only with no object after it (a preposition, a conjunction, an adverb, a
    /// time word, "several times", or the end: note "no object", session 20, local20);
    /// "four men stabbed the guard" is the attackers', no outcome.
    pub no_object: bool,
    /// "held": only with captors after it ("held by the rebels"; note "captor after",
    /// session 20, rule held_by_captors); else no outcome at all ("held by police").
    pub captor_after: bool,
    /// "fallen": only in the perfect after a noun of fighters (note "combatant before",
    /// session 25, rule fallen_combatants).
    pub combatant_before: bool,
    /// "homeless": not with a person noun right after it ("killed 14 homeless people": an
    /// adjective of the people, not the outcome; note "no person after", session 26, rule
    /// outcome_after_number); "3,000 people homeless" is still displaced.
    pub no_person_after: bool,
    /// "victims": only after a count that a verb of causing harm takes as its object (note
    /// "caused before", session 27, rule caused_victims): "raids have left 163 civilian
    /// victims" is casualties; "12 victims of fraud met" is none.
    pub caused_before: bool,
    /// "deaths" as a toll: not with "of" right after it ("deaths of cattle reach 300" counts
    /// no people; note "no of after", session 26, rule toll_phrase).
    pub no_of_after: bool,
    /// "killers of": only before a count ("the killers of the four nuns"), never a named
    /// victim ("the assassins of the archbishop": a case recalled in every later story;
    /// note "count only", session 30).
    pub count_only: bool,
}

pub struct Lexicon {
    pub words: FastMap<String, Classes>,
    /// First word → phrases starting with it, longest first.
    pub phrases: FastMap<String, Vec<Phrase>>,
    /// Folded boilerplate lines; `prefix` entries end in `*` in the file.
    pub boiler_exact: Vec<String>,
    pub boiler_prefix: Vec<String>,
    /// The longest word in bytes: longer words are not looked up.
    pub longest: usize,
}

fn lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

impl Lexicon {
    pub fn load() -> Lexicon {
        let mut words: FastMap<String, Classes> = FastMap::default();
        for l in lines(WORDS).skip(1) {
            let mut it = l.split(',');
            let (Some(w), Some(c)) = (it.next(), it.next()) else {
                continue;
            };
            if let Some(bit) = class_bit(c.trim()) {
                *words.entry(w.trim().to_lowercase()).or_default() |= bit;
            }
        }
        for l in lines(PERSONS) {
            *words.entry(l.to_lowercase()).or_default() |= PERSON;
        }
        let mut phrases: FastMap<String, Vec<Phrase>> = FastMap::default();
        for l in lines(OUTCOMES).skip(1) {
            let cells: Vec<&str> = l.split(',').collect();
            if cells.len() < 3 {
                continue;
            }
            let role = match cells[2].trim() {
                "pred" => Role::Pred,
                "verb" => Role::Verb,
                "noun_of" => Role::NounOf,
                "noun" => Role::Noun,
                "toll" => Role::Toll,
                "left" => Role::Left,
                "forced" => Role::Forced,
                _ => continue,
            };
            let outcome = cells[1].trim().parse::<Outcome>().ok();
            // a hyphen is a token of its own, as the text's tokens have it ("brain-damaged")
            let mut ws: Vec<String> = Vec::new();
            for w in cells[0].split_whitespace() {
                for (k, piece) in w.split('-').enumerate() {
                    if k > 0 {
                        ws.push("-".to_string());
                    }
                    if !piece.is_empty() {
                        ws.push(piece.to_lowercase());
                    }
                }
            }
            let Some(first) = ws.first().cloned() else {
                continue;
            };
            *words.entry(first.clone()).or_default() |= OUTCOME_START;
            let note = cells.get(3).copied().unwrap_or("");
            let person_object = note.contains("person object");
            let captive_object = note.contains("captive object");
            let after_verb = note.contains("after a verb");
            let harm_after = note.contains("harm after");
            let list_after = note.contains("list after");
            let no_object = note.contains("no object");
            let captor_after = note.contains("captor after");
            let combatant_before = note.contains("combatant before");
            let no_person_after = note.contains("no person after");
            let no_of_after = note.contains("no of after");
            let caused_before = note.contains("caused before");
            let count_only = note.contains("count only");
            phrases.entry(first).or_default().push(Phrase {
                words: ws,
                outcome,
                role,
                person_object,
                captive_object,
                after_verb,
                harm_after,
                list_after,
                no_object,
                captor_after,
                combatant_before,
                no_person_after,
                no_of_after,
                caused_before,
                count_only,
            });
        }
        // the words rules are gated on (tried only at a word of the class)
        for w in &count_words().own_death {
            *words.entry(w[0].clone()).or_default() |= OWN_DEATH_START;
        }
        for (w, _) in &count_words().multiple {
            if !w.contains(' ') {
                *words.entry(w.clone()).or_default() |= MULTIPLE_START;
            }
        }
        for w in victim_words().of_class(NameClass::Declare) {
            *words.entry(w.to_string()).or_default() |= DECLARE_START;
        }
        for w in victim_words().of_class(NameClass::Leave) {
            *words.entry(w.to_string()).or_default() |= LEAVE_START;
        }
        for w in victim_words().of_class(NameClass::Identify) {
            *words.entry(w.to_string()).or_default() |= IDENTIFY_START;
        }
        for w in rule_words().words(RuleList::AgeList) {
            *words.entry(w.to_string()).or_default() |= AGES_START;
        }
        for w in rule_words().words(RuleList::SurviveWord) {
            *words.entry(w.to_string()).or_default() |= SURVIVE_START;
        }
        for w in victim_words().of_class(NameClass::Thing) {
            *words.entry(w.to_string()).or_default() |= THING;
        }
        for w in victim_words().of_class(NameClass::Perpetrator) {
            *words.entry(w.to_string()).or_default() |= PERPETRATOR;
        }
        for w in victim_words().of_class(NameClass::Sustain) {
            *words.entry(w.to_string()).or_default() |= SUSTAIN_START;
        }
        for cue in super::context::ADVERSARY_CUES {
            *words.entry(cue[0].to_string()).or_default() |= ADVERSARY_START;
        }
        for w in victim_words().of_class(NameClass::Stance) {
            *words.entry(w.to_string()).or_default() |= STANCE_START;
        }
        for (w, _, _) in &count_words().counts {
            if let (Some(first), Some(last)) = (w.first(), w.last()) {
                *words.entry(first.to_string()).or_default() |= COUNT_START;
                *words.entry(last.to_string()).or_default() |= COUNT_END;
            }
        }
        for class in [
            NameClass::Transport,
            NameClass::Condition,
            NameClass::Care,
            NameClass::InjuryNoun,
        ] {
            for w in victim_words().of_class(class) {
                *words.entry(w.to_string()).or_default() |= CARE_START;
            }
        }
        for v in phrases.values_mut() {
            v.sort_by_key(|p| std::cmp::Reverse(p.words.len()));
        }
        let mut boiler_exact = Vec::new();
        let mut boiler_prefix = Vec::new();
        for l in lines(BOILERPLATE) {
            let f = crate::tables::fold(l);
            match f.strip_suffix('*') {
                Some(p) => boiler_prefix.push(p.trim_end().to_string()),
                None => boiler_exact.push(f),
            }
        }
        let longest = words.keys().map(String::len).max().unwrap_or(0);
        Lexicon {
            words,
            phrases,
            boiler_exact,
            boiler_prefix,
            longest,
        }
    }

    #[inline]
    pub fn flags(&self, lower: &str) -> Classes {
        self.words.get(lower).copied().unwrap_or(0)
    }

    /// A whole line that is page furniture ("Share", "Advertisement", "Photo by: Reuters").
    pub fn is_boilerplate(&self, line: &str) -> bool {
        let t = line.trim();
        if t.is_empty() || t.len() > 60 {
            return false;
        }
        let f = crate::tables::fold(t);
        self.boiler_exact.contains(&f)
            || self.boiler_prefix.iter().any(|p| f.starts_with(p.as_str()))
    }
}

const VICTIM_WORDS: &str = include_str!("../../data/extract/victim_words.csv");

/// The classes of `data/extract/victim_words.csv`: the words the singular-victim rules
/// reason with (names, titles, violent verbs, causes of death), and the nouns that make an
/// outcome noun before them a modifier ("death threats").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameClass {
    NotName = 1,
    Org = 1 << 1,
    Collective = 1 << 2,
    Strong = 1 << 3,
    ViolentVerb = 1 << 4,
    Natural = 1 << 5,
    NeedsViolence = 1 << 6,
    NameParticle = 1 << 7,
    PlaceStart = 1 << 8,
    CompoundHead = 1 << 9,
    /// A word before a spaced hyphen that joins it to the next ("co - workers").
    HyphenPrefix = 1 << 10,
    /// What people are provided for ("supplies for 15,000 refugees"): no count of victims.
    Provision = 1 << 11,
    /// Found again: "bodies never recovered" are missing.
    Recovery = 1 << 12,
    /// A verb of undergoing before an injury noun ("suffered various types of wounds").
    Sustain = 1 << 13,
    /// An injury noun after a verb of undergoing ("wounds", "burns", "injuries").
    InjuryNoun = 1 << 14,
    /// A verb of taking a stance after a named subject ("Papandreou expressed shock").
    Stance = 1 << 15,
    /// A verb of taking someone somewhere ("taken", "rushed", "transported").
    Transport = 1 << 16,
    /// A place where the hurt are treated ("hospital").
    Hospital = 1 << 17,
    /// The state of the hurt before "condition" ("critical", "serious", "stable").
    Condition = 1 << 18,
    /// A person noun naming a woman ("woman", "mother"), or a man ("man", "father"): the
    /// pronoun that agrees with it.
    Female = 1 << 19,
    Male = 1 << 20,
    /// A legal charge after a multiplied outcome noun ("a double-murder charge").
    Charge = 1 << 21,
    /// The verb of a phrase of care for the hurt ("hospitalized", "underwent" surgery,
    /// "treated" for injuries, "recovering" in a clinic).
    Care = 1 << 22,
    /// A place named by a common noun after the victims ("people in the north have been
    /// killed", "residents of the camp were wounded"; rule victims_in_place).
    Region = 1 << 23,
    /// A word that tells a person was hurt, beside the `violence` cues ("victim", "wounds"):
    /// a full name's sentence with one lets a later "Surname died" count (rule
    /// surname_died_later).
    HurtCue = 1 << 24,
    /// A word that tells a death ("killed", "died", "fatally"): a full name's sentence with
    /// one has told the death already, so a later "Surname died" is no second one (rule
    /// surname_died_later).
    DeathTold = 1 << 25,
    /// A verb that declares its object dead ("paramedics pronounced the woman dead"; rule
    /// declared_object_dead, session 14).
    Declare = 1 << 26,
    /// A verb of result before a list of victims and outcomes ("Shooting leaves man dead,
    /// woman wounded"; rule left_outcome_pairs, session 14).
    Leave = 1 << 27,
    /// A verb naming its object before a participle of its fate ("the coroner identified
    /// the man killed as X"; rule identified_participle_victim, session 14).
    Identify = 1 << 28,
    /// A thing counted, never people, though a word in capitals might be a name ("FIVE OF
    /// ITS AMBULANCES HAVE BEEN SHOT AT", "four trucks"; rule things_counted, session 16).
    Thing = 1 << 29,
    /// A noun of the doers of a killing ("gunmen", "assailants"): the subject of an active
    /// verb of killing with an object is the perpetrator, not the victims ("several gunmen
    /// killed X"; rule perpetrators_subject, session 16).
    Perpetrator = 1 << 30,
}

/// `data/extract/victim_words.csv`, read once: whole words by class, and the two classes
/// matched as parts of words (`intent` as a prefix, `violence` anywhere in the word).
pub struct VictimWords {
    words: FastMap<String, u32>,
    intent: Vec<String>,
    violence: Vec<String>,
    person_suffix: Vec<String>,
    /// The last two words of a hospital's name ("medical center").
    hospital_name: Vec<(String, String)>,
}

impl VictimWords {
    fn load() -> VictimWords {
        let mut v = VictimWords {
            words: FastMap::default(),
            intent: Vec::new(),
            violence: Vec::new(),
            person_suffix: Vec::new(),
            hospital_name: Vec::new(),
        };
        for l in lines(VICTIM_WORDS).skip(1) {
            let Some((w, c)) = l.split_once(',') else {
                continue;
            };
            let w = w.trim().to_lowercase();
            // (a third cell names rule_words.csv lists: `RuleWords::load`)
            let c = c.split(',').next().unwrap_or(c);
            let bit = match c.trim() {
                "not_name" => NameClass::NotName,
                "org" => NameClass::Org,
                "collective" => NameClass::Collective,
                "strong" => NameClass::Strong,
                "violent_verb" => NameClass::ViolentVerb,
                "natural" => NameClass::Natural,
                "needs_violence" => NameClass::NeedsViolence,
                "name_particle" => NameClass::NameParticle,
                "place_start" => NameClass::PlaceStart,
                "compound_head" => NameClass::CompoundHead,
                "hyphen_prefix" => NameClass::HyphenPrefix,
                "provision" => NameClass::Provision,
                "recovery" => NameClass::Recovery,
                "sustain" => NameClass::Sustain,
                "injury_noun" => NameClass::InjuryNoun,
                "stance" => NameClass::Stance,
                "transport" => NameClass::Transport,
                "hospital" => NameClass::Hospital,
                "condition" => NameClass::Condition,
                "female" => NameClass::Female,
                "male" => NameClass::Male,
                "charge" => NameClass::Charge,
                "care" => NameClass::Care,
                "region" => NameClass::Region,
                "hurt_cue" => NameClass::HurtCue,
                "death_told" => NameClass::DeathTold,
                "declare" => NameClass::Declare,
                "leave" => NameClass::Leave,
                "identify" => NameClass::Identify,
                "thing" => NameClass::Thing,
                "perpetrator" => NameClass::Perpetrator,
                "hospital_name" => {
                    if let Some((a, b)) = w.split_once(' ') {
                        v.hospital_name.push((a.to_string(), b.trim().to_string()));
                    }
                    continue;
                }
                "person_suffix" => {
                    v.person_suffix.push(w);
                    continue;
                }
                "intent" => {
                    v.intent.push(w);
                    continue;
                }
                "violence" => {
                    v.violence.push(w);
                    continue;
                }
                _ => continue,
            };
            *v.words.entry(w).or_default() |= bit as u32;
        }
        v
    }

    /// The word (lower case) is of the class.
    pub fn is(&self, w: &str, class: NameClass) -> bool {
        self.words
            .get(w)
            .is_some_and(|&bits| bits & class as u32 != 0)
    }

    /// Every word of the class.
    pub fn of_class(&self, class: NameClass) -> impl Iterator<Item = &str> + '_ {
        self.words
            .iter()
            .filter(move |&(_, &bits)| bits & class as u32 != 0)
            .map(|(w, _)| w.as_str())
    }

    /// The word starts as an `intent` word does ("planned", "attempted", "threatened").
    pub fn intent(&self, w: &str) -> bool {
        self.intent.iter().any(|c| w.starts_with(c.as_str()))
    }

    /// The two words (lower case) end a hospital's name (`hospital_name`: "medical center").
    pub fn hospital_name(&self, a: &str, b: &str) -> bool {
        self.hospital_name.iter().any(|(x, y)| x == a && y == b)
    }

    /// The word ends as a person noun does (`person_suffix`: "bystanders", "co-workers").
    pub fn person_suffix(&self, w: &str) -> bool {
        self.person_suffix
            .iter()
            .any(|c| w.len() > c.len() + 2 && w.ends_with(c.as_str()))
    }

    /// The word contains a `violence` cue ("bombing", "gunfire", "crashed").
    pub fn violence(&self, w: &str) -> bool {
        self.violence.iter().any(|c| w.contains(c.as_str()))
    }
}

/// The victim words, read on first use.
pub fn victim_words() -> &'static VictimWords {
    static V: std::sync::OnceLock<VictimWords> = std::sync::OnceLock::new();
    V.get_or_init(VictimWords::load)
}

const RULE_WORDS: &str = include_str!("../../data/extract/rule_words.csv");

/// The lists of `data/extract/rule_words.csv`: short word lists, each read by one piece of
/// logic (named in the file), kept out of the lexicon's classes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuleList {
    /// A word of time beside the weekdays ("yesterday", "earlier": `context::is_time_word`).
    TimeWord,
    /// A word after an active verb of killing that tells no object follows ("instantly",
    /// "together": rule perpetrators_subject).
    NotObject,
    /// A word after a range of four-digit figures that makes it clock times ("hours",
    /// "GMT": rule clock_range).
    ClockUnit,
    /// A participle of a harm that may be survived ("shot", "stabbed": rule nearly_killed,
    /// the care phrase "recovering after being shot").
    HarmSurvived,
    /// A word before "killed" that makes it no death ("nearly", "almost": rule
    /// nearly_killed).
    NearMiss,
    /// A word between "one in" and the figure of a ratio ("every": rule one_in_ratio,
    /// session 18).
    RatioFill,
    /// A noun of people held captive by their takers ("hostages", "captives": rule
    /// of_the_hostages, session 18); not "prisoners" (a jail's, no one taken).
    HeldCaptive,
    /// A noun of the dead's bodies before "of" and the figure ("bodies", "remains": rule
    /// bodies_to_hospital, session 18).
    RemainsNoun,
    /// A place people live in, driven from it ("homes", "villages": rule
    /// forced_from_homes, session 18).
    HomePlace,
    /// A word of belief between "of whom" and an outcome ("believed", "thought", "feared":
    /// rule of_whom_believed_dead, session 18).
    BeliefWord,
    /// Session 18 (local18): the possessive of an age by decade after a victim ("a man in
    /// his 30s", "two women in their 20s": rule decade_after_victim).
    DecadeOwner,
    /// Session 18 (local18): a word placing an age inside its decade ("in her late 40s",
    /// "in his mid-20s": rule decade_after_victim).
    DecadePart,
    /// Session 18 (local18): a noun of a dead person's remains before "of" and the victims
    /// ("the body of a man": rule body_of_victim).
    Corpse,
    /// Session 18 (local18): the word before a list of ages after plural victims ("The
    /// victims, ages 17 and 19, were wounded": rule ages_count_subject).
    AgeList,
    /// Session 19: a word telling where a period starts, between "since" and a date ("since
    /// the war began on 7 May": rule period_began_on), and the verb that ends a campaign's
    /// period for the linker ("since the offensive was launched").
    PeriodStart,
    /// Session 19: a verb that sets a toll, its subject the claimant ("put", "gave",
    /// "has given": rule toll_setter).
    TollSetter,
    /// Session 19: the noun a toll setter sets, within four words after it ("toll",
    /// "number", "figure": rule toll_setter).
    TollSetterNoun,
    /// Session 19 (ho19kinds): a person noun that also modifies a noun after it ("a national
    /// referendum", "two police cars": rule person_word_modifier).
    PersonModifier,
    /// Session 19 (ho19kinds): a vague share of a figure just told ("most", "half": "18
    /// killed, most of them children"; rule share_of_stated_figure).
    ShareWord,
    /// Session 19 (ho19kinds): a focusing word between an outcome verb and its count
    /// ("injuring only two people": rule focus_before_count).
    FocusWord,
    /// Session 19 (local19): the word that tells a harm was lived through, after "and" or
    /// "but" ("was shot in the chest but survived": rule harm_then_survived).
    SurviveWord,
    /// Session 19 (local19): an active verb of arriving at a hospital, read as care only
    /// with wounds told after it ("walked into a hospital with a gunshot wound": rule
    /// arrived_with_wound); also victim_words.csv transport.
    ArriveVerb,
    /// Session 19 (wire19): a verb of a toll's rise before "to" and the figure ("rose",
    /// "climbed": rule toll_rise_day, the day after it the day of the count).
    RiseVerb,
    /// Session 20 (ho20kinds): a body of armed people named second in a partitive's whole
    /// ("40 of the army and the rebel groups were killed": rule partitive_whole_pair).
    ArmedBody,
    /// Session 20 (ho20kinds): a word opening a long prepositional phrase before "of"/"to"
    /// ("as a result of", "because of", "due to": rule long_opening_phrase).
    PhraseOpener,
    /// Session 21 (precision21): a room people hide in during an attack ("basement",
    /// "cellar": rule refuge_in_room).
    HidingRoom,
    /// Session 21 (war21): a verb of an act after an incident ("recovered", "buried",
    /// "found"): a day told with it is that act's (rule day_of_later_act).
    LaterAct,
    /// Session 22 (debt22): a verb of blaming someone before the word of blame ("held",
    /// "holds": rule held_responsible).
    BlameVerb,
    /// Session 22 (debt22): the word of blame before "for" ("responsible": rule
    /// held_responsible).
    BlameWord,
    /// Session 22 (phrasing22): a particle after a verb of taking people ("whisked away",
    /// "carted off": rule captors_take reads the verb before it).
    TakingParticle,
    /// Session 22 (phrasing22): the last word of a speaker's clause of anonymity ("a police
    /// official who requested anonymity told", "who asked not to be named later said": rule
    /// anonymous_speaker).
    AnonymityWord,
    /// Session 22 (phrasing22): a verb that takes lives before a figure and its noun ("the
    /// cyclone that claimed 10,000 lives", "took 80 lives": rule recalled_event).
    LivesVerb,
    /// Session 22 (ho22kinds): a verb of burning right before a count whose people are then
    /// "alive" ("troops burned five herders alive": killed; rule burned_alive_count).
    BurnVerb,
    /// Session 22 (ho22kinds): a verb of holding right before a count whose people are then
    /// "hostage" or "captive" ("gunmen hold 40 guests hostage": kidnapped; rule
    /// held_hostage_count).
    HoldVerb,
    /// Session 22 (ho22kinds): a building before "where" and people who sought refuge there
    /// ("the school, where 40 families sought refuge": displaced; rule refuge_where_building).
    ShelterBuilding,
    /// Session 23 (gaps23): a word that makes a grave a hidden one ("a mass grave", "a
    /// clandestine grave"): bodies exhumed from it are a find of the dead, killed (rule
    /// exhumed_from_hidden_grave).
    HiddenGrave,
    /// Session 23 (ho23kinds): a preposition opening the channel a speech_that or complaint
    /// verb speaks through before its "that" ("asserted through its radio that": rule
    /// relay_before_that).
    RelayPrep,
    /// Session 23 (ho23kinds): a preposition opening an aside of instruments between an
    /// outcome verb and its count ("killed, with axes, four herders": rule
    /// instrument_aside_before_count).
    InstrumentPrep,
    /// Session 23 (ho23kinds): a word before people that makes them the doers of an outcome
    /// verb with an object ("several armed men abducted the mayor": rule armed_subject).
    DoerAdjective,
    /// Session 23 (mendx23): a verb of taking people that takes them only with its particle
    /// ("herded away 20 villagers" taken; "herded 20 villagers into the square" a move: rule
    /// captors_take).
    ParticleTaking,
    /// Session 23 (mendx23): a verb of burial that counts its people object as dead
    /// ("mourners buried 38 villagers"; rule outcome_verb_then_number reads its words after
    /// the object).
    BurialVerb,
    /// Session 23 (mendx23): a word after a burial's object that tells people entombed,
    /// not dead ("buried 30 people under the rubble", "nine were pulled out alive").
    EntombWord,
    /// Session 24 (phrasing24): a verb of sending right before a count sent to a hospital
    /// ("the blaze sent four people to the hospital": rule sent_to_hospital).
    CareSend,
    /// Session 24 (phrasing24): a noun of a harmful happening that may send people to a
    /// hospital as the subject of a verb of sending ("fire", "crash": rule
    /// sent_to_hospital).
    HarmEvent,
    /// Session 24 (ho24kinds): a participle of posting that opens a tail after the people
    /// counted ("two guards assigned to the consulate were shot": rule
    /// posted_tail_then_outcome).
    PostingVerb,
    /// Session 24 (ho24kinds): a noun of speech given before "that" ("the colonel gave
    /// assurances that ...": rule given_speech_noun).
    GivenSpeech,
    /// Session 25 (link25k): a verb of a state a victim is in after an incident
    /// ("remained", "listed": "remained in critical condition on Monday"): a day told with
    /// it is that state's, not the incident's (rule day_of_later_state, in
    /// `context::tied_role`).
    LaterState,
    /// Session 26 (link26w): a verb of giving a figure right after a day ("who on Tuesday
    /// put the toll at 31", "on Wednesday raised it to 40"): the day the figure was given
    /// (rule day_of_statement, in `context::tied_role`).
    StatementDay,
    /// Session 26 (link26w): a noun of a statement right before a day ("in a statement on
    /// Tuesday", "at a briefing on Friday"): the day something was said (rule
    /// day_of_statement).
    StatementNoun,
    /// Session 25 (ho25kinds): a preposition of where the people counted were that opens
    /// a tail ("the three crewmen on the jet were killed": rule place_tail_then_outcome).
    TailPlacePrep,
    /// Session 25 (claimants25): a noun that after "the" (or "the same") stands for the
    /// account the sentences before relayed ("the statement also said", "according to the
    /// same source": rule account_carried).
    AccountBack,
    /// Session 25 (claimants25): a list whose issuer speaks for the figures of it ("the
    /// paper published a list of 30 killed": rule list_issued).
    IssuedList,
    /// Session 25 (claimants25): an event pointed back to with "this"/"these" in a sentence
    /// that goes on the account before ("were wounded in this action": rule
    /// account_carried).
    AccountEvent,
    /// Session 26 (claim26): a participle of speech right after a document's noun speaks
    /// for it ("a report stating that ...": rule document_relative_speech).
    DocumentParticiple,
    /// Session 26 (ho26kinds): a preposition of time that opens a phrase ending at a comma
    /// before a list ("since May, a mayor, a judge and four farmers were murdered"): that comma
    /// opens no list (rule adverbial_before_list).
    TimeOpener,
    /// Session 26 (ho26kinds): a verb of clearing up or investigating whose vague object of
    /// deaths is cases worked on, no count ("helped clear many deaths": rule inquiry_object).
    InquiryVerb,
    /// Session 26 (phrasing26): a long unit of time before "after" that makes the event
    /// after it an earlier one recalled ("ten years after the bombing that killed 52": rule
    /// recalled_event).
    RecallUnit,
    /// Session 26 (phrasing26): the noun of those who lived after "no" ("no survivors
    /// among the 57 people on board": rule no_survivors_among).
    NoSurvivor,
    /// Session 27 (ho27kinds): a noun of a fight after "in" right after "fallen"/"fell"
    /// ("have fallen in combat", "fell in battle"): a death, with no noun of fighters needed
    /// (rule fallen_combatants).
    FightAfter,
    /// Session 27 (ho27kinds): a verb of causing harm right before a count of "victims"
    /// ("raids have left 163 civilian victims", "caused 40 victims": casualties; rule
    /// caused_victims).
    VictimsVerb,
    /// Session 27 (claim27): the noun of a side's tally right after the name of the speaker
    /// of the sentence before ("The army reports that ... . The army's losses include 20
    /// killed": rule speaker_owns_tally).
    TallyNoun,
    /// Session 27 (claim27): a verb of reporting in the plain present that is a noun as
    /// often ("report"): speech before "that" only after an adverb or a plural subject
    /// (rule present_speech_that).
    NounSpeechThat,
    /// Session 27 (claim27): a verb of admitting whose object may be a count of losses
    /// ("admitted another 3 army casualties": rule admitted_count).
    AdmissionVerb,
    /// Session 27 (mendx27, review 1): a word that tells the people who lived through an
    /// incident were not hurt ("only 4 of the 30 on board survived unhurt": no deaths read
    /// from the survivors; rules only_survivors_of and no_survivors_among).
    UnharmedWord,
    /// Session 28 (phrase28): a disease or hazard after "to" that a population is "lost"
    /// to ("has lost 23 residents to cholera", "lost 6 workers to the heat": rule
    /// lost_to_cause); "lost 3 players to injury" stays none.
    LossCause,
    /// Session 28 (phrase28): the purpose of care that is no harm, after "for" or "as"
    /// ("12 people were hospitalised for observation", "taken to hospital as a precaution":
    /// rule care_as_precaution).
    PrecautionWord,
    /// Session 28 (ho28x): a verb of saving or sparing lives ("saved", "spared"): "many lives
    /// were saved", "the alarm saved 300 lives" count no deaths (drop rule lives_saved).
    SavingVerb,
    /// Session 28 (ho28x): a harm of no violence ("fraud", "scam", "hackers"): its victims
    /// are no casualties ("the investment scam left 300 victims": rule harmless_victims,
    /// inside caused_victims).
    NonviolentHarm,
    /// Session 28 (mendx28, review 1): a word of a part of a toll that opens "<part> of the
    /// <outcome noun>, <figure>," ("most", "half", "all": rule part_in_apposition); "the
    /// youngest of the dead, 7," tells an age.
    PartWord,
    /// Session 28 (mendx28, review 1): one word between "for"/"as (a)" and a purpose of
    /// care that tells no harm ("for further observation": rule care_as_precaution).
    PrecautionModifier,
    /// Session 28 (mendx28, review 1): a word that is a flight across a border by itself
    /// ("fled abroad": rule fled_across_border, `crossing_after`).
    CrossingWord,
    /// Session 28 (mendx28): a border's noun after "across" ("across the border").
    BorderNoun,
    /// Session 28 (mendx28): "neighbouring" and the nouns of a country after it ("into
    /// neighbouring countries"; a country's name counts too, not "neighbouring villages").
    NeighbourLand,
    /// Session 28 (mendx28, review 1): the forms of "lose" that rule lost_to_cause reads
    /// ("lost 23 residents to cholera").
    LoseVerb,
    /// Session 28 (mendx28): a member of a team ("players", "starters"): lost to a virus or
    /// an injury, out of play, not dead (rule lost_to_cause).
    TeamMember,
    /// Session 28 (mendx28, review 1): a count's noun besides toll_setter_noun ("tally",
    /// "estimate": rules count_owner and count_of_pronoun).
    OwnCountNoun,
    /// Session 28 (mendx28): a verb of the first person plural's act on a count besides the
    /// outcome starts ("we have inflicted", "we lost": rule we_of_reporting_group).
    WeActVerb,
    /// Session 28 (mendx28): a word before "lives" in a count of lives saved ("many human
    /// lives were saved": drop rule lives_saved).
    LivesModifier,
    /// Session 28 (mendx28): a broadcaster's word ("radio", "announcer"): its "we" names no
    /// reporting group (rule we_of_reporting_group).
    BroadcasterWord,
    /// Session 29 (claim29): a participle of recording a count, its agent after "by" the
    /// claimant ("142 people were killed ..., documented by the Observatory": rule
    /// recorded_by_source).
    RecordParticiple,
    /// Session 29 (ho29x): a word of allegiance opening a tail after the people counted
    /// ("gunmen loyal to the government", "fighters allied with the army", "militants
    /// backing the group": rule allegiance_tail_then_outcome).
    AllegianceWord,
    /// Session 29 (ho29x): a unit glued by a hyphen after a number, the two an adjective of
    /// a thing ("seven-storey", "three-tonne": drop rule compound_adjective).
    CompoundUnit,
    /// Session 29 (mendx29, review 1): a superlative after "the" or an owner before
    /// "since" ("the deadliest since 2009": rule superlative_since).
    Superlative,
    /// Session 29 (mendl29): a word that opens what befell a victim group after its people
    /// ("people killed in the crash", "miners who died": rule group_without_happening in
    /// src/xref/findings.rs).
    HappeningWord,
    /// Session 30 (claim30): a verb of the event a speaker's name never holds ("kills",
    /// "besiege": rule claimant_holds_event).
    EventVerb,
    /// Session 30 (claim30): a written document quoted whole after "reads as follows:"
    /// ("note", "letter": rule document_reads_as_follows).
    QuotedDocument,
    /// Session 30 (mendx30): a record a count is cited from ("footage", "images",
    /// "videos": rule according_to_recorded_by, with words.csv figure_noun and bulletin).
    CitedRecord,
    /// Session 31 (claim31): a deed claimed, right after "claim(s)/claimed" ("attack",
    /// "responsibility": rule claimed_deed_speaks_after; the claimer speaks only for the
    /// figures told after it).
    ClaimedDeed,
    /// Session 31 (ho32x): the head of a topic label before a headline's colon that names an
    /// event, not a source ("Iran Protests: 40 killed", "Gaza War: ...", "Quake Aftermath:
    /// ..."): no claimant (rule headline_source); "Police:", "Red Cross:" stay sources.
    TopicLabelHead,
    /// Session 31 (review 1 mend): a lone adjective of the hurt ("injured", "wounded",
    /// "hurt") that, before a verb of dying, counts the dead (rule wounded_then_die).
    HurtAdjective,
}

/// How many lists `RuleList` names (the arrays of `RuleWords` are this long; a list added
/// to `RuleList` is counted here).
const RULE_LISTS: usize = 90;

/// `data/extract/rule_words.csv`, read once: each list's words (a few each: compared in
/// turn, cheaper than hashing the word).
pub struct RuleWords {
    lists: [Vec<String>; RULE_LISTS],
    /// By list, the shapes of its words (session 20): a word whose first byte or length no
    /// word of the list has is in no list's loop (most words asked).
    shapes: [WordShapes; RULE_LISTS],
}

/// The first bytes and the lengths of a list's words, as bits (sessions 20-22: rule words,
/// scene words): for each word's first byte `b`, bit `min(len, 15)` of `shapes[b & 31]`. A
/// word whose first byte and length together no word of the list has is not in it: passed
/// with no lookup.
#[derive(Debug, Clone, Copy, Default)]
pub struct WordShapes {
    /// By a word's first byte (`b & 31`), its length (15 for 15 and more) as a bit: first byte
    /// and length together (session 22), which passes far fewer words than each apart.
    shapes: [u16; 32],
}

impl WordShapes {
    /// A word of the list.
    pub fn add(&mut self, w: &str) {
        let (at, bit) = Self::shape(w.as_bytes().first().copied().unwrap_or(0), w.len());
        self.shapes[at] |= bit;
    }

    /// Some word of the list may have the first byte `first` and the length `len` (never
    /// false for a word of the list).
    #[inline]
    pub fn may_hold(&self, first: u8, len: usize) -> bool {
        let (at, bit) = Self::shape(first, len);
        self.shapes[at] & bit != 0
    }

    #[inline]
    fn shape(first: u8, len: usize) -> (usize, u16) {
        (usize::from(first & 31), 1 << len.min(15))
    }
}

impl RuleWords {
    fn load() -> RuleWords {
        let mut lists: [Vec<String>; RULE_LISTS] = std::array::from_fn(|_| Vec::new());
        // the list a row's cell names
        let named = |c: &str| {
            Some(match c {
                "time_word" => RuleList::TimeWord,
                "not_object" => RuleList::NotObject,
                "clock_unit" => RuleList::ClockUnit,
                "harm_survived" => RuleList::HarmSurvived,
                "near_miss" => RuleList::NearMiss,
                "ratio_fill" => RuleList::RatioFill,
                "held_captive" => RuleList::HeldCaptive,
                "remains_noun" => RuleList::RemainsNoun,
                "home_place" => RuleList::HomePlace,
                "belief_word" => RuleList::BeliefWord,
                "decade_owner" => RuleList::DecadeOwner,
                "decade_part" => RuleList::DecadePart,
                "corpse" => RuleList::Corpse,
                "age_list" => RuleList::AgeList,
                "period_start" => RuleList::PeriodStart,
                "toll_setter" => RuleList::TollSetter,
                "toll_setter_noun" => RuleList::TollSetterNoun,
                "person_modifier" => RuleList::PersonModifier,
                "share_word" => RuleList::ShareWord,
                "focus_word" => RuleList::FocusWord,
                "survive_word" => RuleList::SurviveWord,
                "arrive_verb" => RuleList::ArriveVerb,
                "rise_verb" => RuleList::RiseVerb,
                "armed_body" => RuleList::ArmedBody,
                "phrase_opener" => RuleList::PhraseOpener,
                "hiding_room" => RuleList::HidingRoom,
                "later_act" => RuleList::LaterAct,
                "blame_verb" => RuleList::BlameVerb,
                "blame_word" => RuleList::BlameWord,
                "taking_particle" => RuleList::TakingParticle,
                "anonymity_word" => RuleList::AnonymityWord,
                "lives_verb" => RuleList::LivesVerb,
                "burn_verb" => RuleList::BurnVerb,
                "hold_verb" => RuleList::HoldVerb,
                "shelter_building" => RuleList::ShelterBuilding,
                "hidden_grave" => RuleList::HiddenGrave,
                "relay_prep" => RuleList::RelayPrep,
                "instrument_prep" => RuleList::InstrumentPrep,
                "doer_adjective" => RuleList::DoerAdjective,
                "particle_taking" => RuleList::ParticleTaking,
                "burial_verb" => RuleList::BurialVerb,
                "entomb_word" => RuleList::EntombWord,
                "care_send" => RuleList::CareSend,
                "harm_event" => RuleList::HarmEvent,
                "posting_verb" => RuleList::PostingVerb,
                "given_speech" => RuleList::GivenSpeech,
                "later_state" => RuleList::LaterState,
                "statement_day" => RuleList::StatementDay,
                "statement_noun" => RuleList::StatementNoun,
                "tail_place_prep" => RuleList::TailPlacePrep,
                "account_back" => RuleList::AccountBack,
                "issued_list" => RuleList::IssuedList,
                "account_event" => RuleList::AccountEvent,
                "document_participle" => RuleList::DocumentParticiple,
                "time_opener" => RuleList::TimeOpener,
                "inquiry_verb" => RuleList::InquiryVerb,
                "recall_unit" => RuleList::RecallUnit,
                "no_survivor" => RuleList::NoSurvivor,
                "fight_after" => RuleList::FightAfter,
                "victims_verb" => RuleList::VictimsVerb,
                "tally_noun" => RuleList::TallyNoun,
                "noun_speech_that" => RuleList::NounSpeechThat,
                "admission_verb" => RuleList::AdmissionVerb,
                "unharmed_word" => RuleList::UnharmedWord,
                "loss_cause" => RuleList::LossCause,
                "precaution_word" => RuleList::PrecautionWord,
                "saving_verb" => RuleList::SavingVerb,
                "nonviolent_harm" => RuleList::NonviolentHarm,
                "part_word" => RuleList::PartWord,
                "precaution_modifier" => RuleList::PrecautionModifier,
                "crossing_word" => RuleList::CrossingWord,
                "border_noun" => RuleList::BorderNoun,
                "neighbour_land" => RuleList::NeighbourLand,
                "lose_verb" => RuleList::LoseVerb,
                "team_member" => RuleList::TeamMember,
                "own_count_noun" => RuleList::OwnCountNoun,
                "we_act_verb" => RuleList::WeActVerb,
                "lives_modifier" => RuleList::LivesModifier,
                "broadcaster_word" => RuleList::BroadcasterWord,
                "record_participle" => RuleList::RecordParticiple,
                "allegiance_word" => RuleList::AllegianceWord,
                "compound_unit" => RuleList::CompoundUnit,
                "superlative" => RuleList::Superlative,
                "happening_word" => RuleList::HappeningWord,
                "event_verb" => RuleList::EventVerb,
                "quoted_document" => RuleList::QuotedDocument,
                "cited_record" => RuleList::CitedRecord,
                "claimed_deed" => RuleList::ClaimedDeed,
                "topic_label_head" => RuleList::TopicLabelHead,
                "hurt_adjective" => RuleList::HurtAdjective,
                _ => return None,
            })
        };
        // one row per word (session 28, gram28): a row's third cell names further lists of
        // this file (blank-separated), and a row of words.csv or victim_words.csv names
        // lists of this file in its own third cell ("admitted,speech_that,admission_verb")
        for (k, text) in [RULE_WORDS, WORDS, VICTIM_WORDS].into_iter().enumerate() {
            for l in lines(text).skip(1) {
                let mut cells = l.split(',');
                let (Some(w), Some(c)) = (cells.next(), cells.next()) else {
                    continue;
                };
                let own = (k == 0).then(|| c.trim());
                let also = cells.next().unwrap_or("").split_whitespace();
                for list in own.into_iter().chain(also).filter_map(named) {
                    lists[list as usize].push(w.trim().to_lowercase());
                }
            }
        }
        let mut shapes = [WordShapes::default(); RULE_LISTS];
        for (shape, list) in shapes.iter_mut().zip(&lists) {
            for w in list {
                shape.add(w);
            }
        }
        RuleWords { lists, shapes }
    }

    /// The word (lower case) is in the list.
    #[inline]
    pub fn is(&self, w: &str, list: RuleList) -> bool {
        self.is_in(w, list as usize)
    }

    /// [`RuleWords::is`] of the list at `list` (tests ask every list by its index).
    #[inline]
    pub(crate) fn is_in(&self, w: &str, list: usize) -> bool {
        // (a word in the list has a first byte and a length of the list's words: any other
        // is not compared with each word)
        if let Some(&c) = w.as_bytes().first() {
            if !self.shapes[list].may_hold(c, w.len()) {
                return false;
            }
        }
        self.lists[list].iter().any(|x| x == w)
    }

    /// Every list, by index (tests).
    #[cfg(test)]
    pub(crate) fn lists(&self) -> &[Vec<String>] {
        &self.lists
    }

    /// The words of a list.
    pub fn words(&self, list: RuleList) -> &[String] {
        &self.lists[list as usize]
    }
}

/// The lists of rule_words.csv, read on first use.
pub fn rule_words() -> &'static RuleWords {
    static W: std::sync::OnceLock<RuleWords> = std::sync::OnceLock::new();
    W.get_or_init(RuleWords::load)
}

const COUNT_WORDS: &str = include_str!("../../data/extract/count_words.csv");

/// `data/extract/count_words.csv`, read once: words that count people with no number
/// ("both" 2, "another" 1, "no one" 0), the words that make a zero no claim ("no one
/// else", "to make sure no one"), and the phrases of a perpetrator's own death.
pub struct CountWords {
    /// (words, count, adds to a figure before it), longest first.
    pub counts: Vec<(Vec<String>, i64, bool)>,
    pub not_zero: Vec<String>,
    pub hedge: Vec<String>,
    /// Modal verbs: "no one will be kidnapped" is no claim.
    pub modal: Vec<String>,
    /// Verbs that state a zero told by a noun: "caused no casualties".
    pub zero_verb: Vec<String>,
    /// Multiplying words before an outcome noun: "double murder" (2).
    pub multiple: Vec<(String, i64)>,
    /// Nouns of an incident that a multiplying word counts the victims of, with their
    /// outcome: "a double homicide" (killed 2), "a triple shooting" (casualties 3).
    pub incident_noun: Vec<(String, Outcome)>,
    /// Phrases of a perpetrator's own death ("killed himself"), longest first.
    pub own_death: Vec<Vec<String>>,
    /// The phrases of `own_death` that tell one's own wounds, not death (kind self_hurt).
    pub own_hurt: Vec<Vec<String>>,
    /// The first words of `own_death`, once each.
    pub own_death_first: Vec<String>,
    /// Bounds written after a figure, its victims or its outcome ("at least", "or more", "at
    /// most"), with the qualifier each gives (rule trailing_at_least, session 17).
    pub bounds: Vec<(Vec<String>, Qualifier)>,
}

impl CountWords {
    fn load() -> CountWords {
        let mut c = CountWords {
            counts: Vec::new(),
            not_zero: Vec::new(),
            hedge: Vec::new(),
            modal: Vec::new(),
            zero_verb: Vec::new(),
            multiple: Vec::new(),
            incident_noun: Vec::new(),
            own_death: Vec::new(),
            own_death_first: Vec::new(),
            own_hurt: Vec::new(),
            bounds: Vec::new(),
        };
        for l in lines(COUNT_WORDS).skip(1) {
            let mut cols = l.splitn(4, ',');
            let (Some(p), Some(kind)) = (cols.next(), cols.next()) else {
                continue;
            };
            let words: Vec<String> = p.split_whitespace().map(str::to_lowercase).collect();
            if words.is_empty() {
                continue;
            }
            let n = cols.next().and_then(|n| n.trim().parse::<i64>().ok());
            match (kind.trim(), n) {
                ("count", Some(n)) => c.counts.push((words, n, false)),
                ("more", Some(n)) => c.counts.push((words, n, true)),
                ("not_zero", _) => c.not_zero.push(words.join(" ")),
                ("hedge", _) => c.hedge.push(words.join(" ")),
                ("modal", _) => c.modal.push(words.join(" ")),
                ("zero_verb", _) => c.zero_verb.push(words.join(" ")),
                ("multiple", Some(n)) => c.multiple.push((words.join(" "), n)),
                // the count column read as a word: an outcome, a qualifier
                ("incident_noun", _) => {
                    if let Some(o) = third_column(l) {
                        c.incident_noun.push((words.join(" "), o));
                    }
                }
                ("bound", _) => {
                    if let Some(q) = third_column(l) {
                        c.bounds.push((words, q));
                    }
                }
                ("self", _) => c.own_death.push(words),
                // (session 16: one's own wounds, read by perpetrator_self as wounded)
                ("self_hurt", _) => {
                    c.own_hurt.push(words.clone());
                    c.own_death.push(words);
                }
                _ => {}
            }
        }
        c.counts.sort_by_key(|(w, ..)| std::cmp::Reverse(w.len()));
        c.own_death.sort_by_key(|w| std::cmp::Reverse(w.len()));
        for w in &c.own_death {
            if !c.own_death_first.contains(&w[0]) {
                c.own_death_first.push(w[0].clone());
            }
        }
        c
    }
}

impl CountWords {
    /// The count a multiplying word gives ("double" 2, "triple" 3).
    pub fn multiple_of(&self, w: &str) -> Option<i64> {
        self.multiple.iter().find(|(m, _)| m == w).map(|&(_, n)| n)
    }
}

/// The third column of a line of count_words.csv (its count column) parsed as a word: an
/// outcome (`incident_noun`), a qualifier (`bound`).
fn third_column<T: std::str::FromStr>(line: &str) -> Option<T> {
    line.split(',').nth(2).and_then(|w| w.trim().parse().ok())
}

/// The count words, read on first use.
pub fn count_words() -> &'static CountWords {
    static C: std::sync::OnceLock<CountWords> = std::sync::OnceLock::new();
    C.get_or_init(CountWords::load)
}

#[cfg(test)]
mod gate_tests {
    use super::*;
    use crate::extract::grammar::{Matcher, SINGULAR_RULES};
    use crate::extract::rules::Singular;
    use crate::extract::tokens::Tokens;

    /// `rules::singular` tries its rules only at a word of `OUTCOME_START` or
    /// `OWN_DEATH_START`: no rule may find a victim at any other token (of ECB+ and MUC-3/4
    /// sentences, every eighth document; both cases and both headline readings). A rule that
    /// starts at other words needs a class of its own marking them, added to the gate.
    #[test]
    fn singular_rules_find_nothing_away_from_their_start_words() {
        let lex = Lexicon::load();
        let mut tried = 0;
        for text in crate::extract::tests::corpus_texts().iter().step_by(8) {
            let t = Tokens::new(text, &lex);
            for (s, e) in crate::extract::sentences::split(text, &lex) {
                let (sa, sb) = (t.at(s), t.at(e));
                for upper in [false, true] {
                    for headline in [false, true] {
                        let cx = Singular::new(&lex, &t, sa, sb, upper, headline, &[]);
                        for p in (sa..sb).filter(|&p| {
                            !t.has(
                                p,
                                OUTCOME_START
                                    | OWN_DEATH_START
                                    | SUSTAIN_START
                                    | CARE_START
                                    | MULTIPLE_START
                                    | DECLARE_START,
                            )
                        }) {
                            for r in SINGULAR_RULES {
                                let Matcher::Singular(m) = r.matcher else {
                                    continue;
                                };
                                let mut out = Vec::new();
                                m(&cx, p, &mut out);
                                assert!(
                                    out.is_empty(),
                                    "rule {} found a victim at '{}' in {:?}",
                                    r.name,
                                    t.raw(p),
                                    &text[s..e]
                                );
                                tried += 1;
                            }
                        }
                    }
                }
            }
        }
        assert!(tried > 100_000, "{tried}");
    }

    /// The gate classes mark the first words of their phrases, and only words: a word in
    /// no list but a gate still reads as in no list.
    #[test]
    fn gate_classes_mark_their_phrases_first_words() {
        let lex = Lexicon::load();
        for w in &count_words().own_death {
            assert!(lex.flags(&w[0]) & OWN_DEATH_START != 0, "{w:?}");
        }
        for cue in crate::extract::context::ADVERSARY_CUES {
            assert!(lex.flags(cue[0]) & ADVERSARY_START != 0, "{cue:?}");
        }
        for w in victim_words().of_class(NameClass::Stance) {
            assert!(lex.flags(w) & STANCE_START != 0, "{w:?}");
        }
        for (w, _, _) in &count_words().counts {
            assert!(lex.flags(&w[0]) & COUNT_START != 0, "{w:?}");
            assert!(lex.flags(&w[w.len() - 1]) & COUNT_END != 0, "{w:?}");
        }
        // "turned" is in no word list of its own: only the gate marks it
        assert_eq!(lex.flags("turned") & !GATES, 0);
        assert_ne!(lex.flags("turned") & OWN_DEATH_START, 0);
    }

    /// The words of the session-14 subject rules subject_place_inside and name_with_to are
    /// read from words.csv (classes subject_place, name_join), so the list is the data's.
    #[test]
    fn subject_place_and_name_join_words_come_from_data() {
        let lex = Lexicon::load();
        for (line, class) in WORDS
            .lines()
            .filter_map(|l| l.split_once(','))
            .filter(|(_, c)| matches!(*c, "subject_place" | "name_join"))
        {
            let bit = if class == "subject_place" {
                SUBJECT_PLACE
            } else {
                NAME_JOIN
            };
            assert_ne!(lex.flags(line) & bit, 0, "{line}");
        }
        assert_ne!(lex.flags("in") & SUBJECT_PLACE, 0);
        assert_ne!(lex.flags("at") & SUBJECT_PLACE, 0);
        assert_ne!(lex.flags("to") & NAME_JOIN, 0);
        assert_eq!(lex.flags("from") & SUBJECT_PLACE, 0);
        assert_eq!(lex.flags("of") & NAME_JOIN, 0);
    }
}

#[cfg(test)]
mod rule_words_tests {
    use super::*;

    /// Session 17 (speed17): the short lists of rule_words.csv (moved out of the rules'
    /// code): every row names a known list, every list has words, and each list reads the
    /// words its rule used to name inline and not others'.
    #[test]
    fn rule_words_rows_name_known_lists() {
        let known = [
            "time_word",
            "not_object",
            "clock_unit",
            "harm_survived",
            "near_miss",
            "ratio_fill",
            "held_captive",
            "remains_noun",
            "home_place",
            "belief_word",
            "decade_owner",
            "decade_part",
            "corpse",
            "age_list",
            "period_start",
            "toll_setter",
            "toll_setter_noun",
            "person_modifier",
            "share_word",
            "focus_word",
            "survive_word",
            "arrive_verb",
            "rise_verb",
            "armed_body",
            "phrase_opener",
            "hiding_room",
            "later_act",
            "blame_verb",
            "blame_word",
            "taking_particle",
            "anonymity_word",
            "lives_verb",
            "burn_verb",
            "hold_verb",
            "shelter_building",
            "hidden_grave",
            "relay_prep",
            "instrument_prep",
            "doer_adjective",
            "burial_verb",
            "entomb_word",
            "particle_taking",
            "care_send",
            "harm_event",
            "posting_verb",
            "given_speech",
            "later_state",
            "statement_day",
            "statement_noun",
            "tail_place_prep",
            "account_back",
            "issued_list",
            "account_event",
            "document_participle",
            "time_opener",
            "inquiry_verb",
            "recall_unit",
            "no_survivor",
            "fight_after",
            "victims_verb",
            "tally_noun",
            "noun_speech_that",
            "admission_verb",
            "unharmed_word",
            "loss_cause",
            "precaution_word",
            "saving_verb",
            "nonviolent_harm",
            "part_word",
            "precaution_modifier",
            "crossing_word",
            "border_noun",
            "neighbour_land",
            "lose_verb",
            "team_member",
            "own_count_noun",
            "we_act_verb",
            "lives_modifier",
            "broadcaster_word",
            "record_participle",
            "allegiance_word",
            "compound_unit",
            "superlative",
            "happening_word",
            "event_verb",
            "quoted_document",
            "cited_record",
            "claimed_deed",
            "topic_label_head",
            "hurt_adjective",
        ];
        let mut seen = std::collections::HashSet::new();
        for l in lines(RULE_WORDS).skip(1) {
            let (w, c) = l.split_once(',').unwrap_or_else(|| panic!("{l}"));
            let c = c.split(',').next().unwrap_or(c);
            assert!(known.contains(&c.trim()), "unknown list in {l}");
            assert_eq!(w.trim(), w.trim().to_lowercase(), "{l}");
            seen.insert(c.trim());
        }
        // session 28 (gram28): the third cell of a row of rule_words.csv, words.csv or
        // victim_words.csv names lists of rule_words.csv the word is in too (one row per word)
        for l in [RULE_WORDS, WORDS, VICTIM_WORDS]
            .into_iter()
            .flat_map(|t| lines(t).skip(1))
        {
            for name in l.split(',').nth(2).unwrap_or("").split_whitespace() {
                assert!(known.contains(&name), "unknown list in {l}");
                seen.insert(name);
            }
        }
        assert_eq!(seen.len(), known.len());
        let r = rule_words();
        for (w, list, is) in [
            ("yesterday", RuleList::TimeWord, true),
            ("losses", RuleList::TallyNoun, true),
            ("report", RuleList::NounSpeechThat, true),
            ("said", RuleList::NounSpeechThat, false),
            ("admitted", RuleList::AdmissionVerb, true),
            ("killed", RuleList::AdmissionVerb, false),
            // session 28 (gram28): words of two lists, each in one row
            ("concedes", RuleList::AdmissionVerb, true),
            ("acknowledge", RuleList::AdmissionVerb, false),
            ("toll", RuleList::TallyNoun, true),
            ("figures", RuleList::TallyNoun, true),
            ("count", RuleList::TallyNoun, false),
            ("left", RuleList::VictimsVerb, true),
            ("claiming", RuleList::VictimsVerb, true),
            ("claiming", RuleList::LivesVerb, true),
            ("caused", RuleList::VictimsVerb, true),
            ("took", RuleList::VictimsVerb, false),
            ("unscathed", RuleList::UnharmedWord, true),
            ("wounded", RuleList::UnharmedWord, false),
            ("spared", RuleList::SavingVerb, true),
            ("lost", RuleList::SavingVerb, false),
            ("fraud", RuleList::NonviolentHarm, true),
            ("raid", RuleList::NonviolentHarm, false),
            ("since", RuleList::TimeOpener, true),
            ("in", RuleList::TimeOpener, false),
            ("clear", RuleList::InquiryVerb, true),
            ("killed", RuleList::InquiryVerb, false),
            ("began", RuleList::PeriodStart, true),
            ("ended", RuleList::PeriodStart, false),
            ("early", RuleList::TimeWord, true),
            ("monday", RuleList::TimeWord, false),
            ("instantly", RuleList::NotObject, true),
            ("alongside", RuleList::NotObject, true),
            ("yesterday", RuleList::NotObject, false),
            ("gmt", RuleList::ClockUnit, true),
            ("h", RuleList::ClockUnit, true),
            ("minutes", RuleList::ClockUnit, false),
            ("shot", RuleList::HarmSurvived, true),
            ("grazed", RuleList::HarmSurvived, true),
            ("killed", RuleList::HarmSurvived, false),
            ("exploded", RuleList::HarmSurvived, false),
            ("nearly", RuleList::NearMiss, true),
            ("almost", RuleList::NearMiss, true),
            ("about", RuleList::NearMiss, false),
            ("every", RuleList::RatioFill, true),
            ("hostages", RuleList::HeldCaptive, true),
            ("prisoners", RuleList::HeldCaptive, false),
            ("bodies", RuleList::RemainsNoun, true),
            ("homes", RuleList::HomePlace, true),
            ("hospital", RuleList::HomePlace, false),
            ("believed", RuleList::BeliefWord, true),
            ("said", RuleList::BeliefWord, false),
        ] {
            assert_eq!(r.is(w, list), is, "{w} {list:?}");
        }
        // the rows that name a rule list in a third cell keep their own class
        let lex = Lexicon::load();
        for (w, bit) in [
            ("admitted", SPEECH_THAT),
            ("concedes", SPEECH_THAT),
            ("toll", FIGURE_NOUN),
        ] {
            assert_ne!(lex.flags(w) & bit, 0, "{w}");
        }
        let leave: Vec<&str> = victim_words().of_class(NameClass::Leave).collect();
        for w in ["left", "leaves", "leaving"] {
            assert!(leave.contains(&w), "{w}");
        }
    }
}
