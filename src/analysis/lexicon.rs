//! The closed word classes attribution reads by: reporting verbs, pronouns, honorifics, post-nominal
//! letters, and the nouns that make a name an organisation. General English, not any corpus's vocabulary.

use std::borrow::Cow;
use std::sync::OnceLock;

use rustc_hash::FxHashSet;

/// The word in lower case, allocating only when it has capitals (most words have none).
pub fn lowered(word: &str) -> Cow<'_, str> {
    if word.chars().any(char::is_uppercase) {
        Cow::Owned(word.to_lowercase())
    } else {
        Cow::Borrowed(word)
    }
}

/// Longer words than this are lowered on the heap; no word of the lists here comes near it.
const STACK_WORD: usize = 32;

/// Reads the word in lower case without allocating when it is ASCII, as nearly every word is (for ASCII,
/// lowering byte by byte is exactly what `to_lowercase` does).
fn with_lowered<R>(word: &str, read: impl FnOnce(&str) -> R) -> R {
    if word.len() <= STACK_WORD && word.is_ascii() {
        let mut buffer = [0u8; STACK_WORD];
        let lower = &mut buffer[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        read(std::str::from_utf8(lower).unwrap_or_default())
    } else {
        read(&lowered(word))
    }
}

/// Word lists are looked up for every word of every document: hashed once, on first use. Most words are
/// longer or shorter than any in a list, and are turned away on their length alone.
static CUE_VERB_SET: OnceLock<WordSet> = OnceLock::new();
static COMMON_VERB_SET: OnceLock<WordSet> = OnceLock::new();
static ORGANISATION_NOUN_SET: OnceLock<WordSet> = OnceLock::new();
static ORGANISATION_REFERENCE_SET: OnceLock<WordSet> = OnceLock::new();

struct WordSet {
    words: FxHashSet<&'static str>,
    lengths: std::ops::RangeInclusive<usize>,
    /// For each first letter, the last letters of the words that start with it (see [`letter_slot`]):
    /// nearly every word of a text is turned away by its two ends, before it is lowered or hashed.
    ends: [u32; 27],
}

/// A byte's slot in [`WordSet::ends`]: its letter, either case, or 26 for anything else.
fn letter_slot(byte: u8) -> usize {
    if byte.is_ascii_alphabetic() {
        usize::from(byte.to_ascii_lowercase() - b'a')
    } else {
        26
    }
}

impl WordSet {
    /// `word`, already in lower case, is in the set.
    fn contains(&self, word: &str) -> bool {
        self.lengths.contains(&word.len()) && self.words.contains(word)
    }

    /// `word`, in any case, is in the set.
    fn contains_any_case(&self, word: &str) -> bool {
        let (Some(&first), Some(&last)) = (word.as_bytes().first(), word.as_bytes().last()) else {
            return false;
        };
        self.lengths.contains(&word.len())
            && self.ends[letter_slot(first)] & (1 << letter_slot(last)) != 0
            && with_lowered(word, |lower| self.words.contains(lower))
    }
}

fn word_set(cell: &'static OnceLock<WordSet>, words: &'static [&'static str]) -> &'static WordSet {
    cell.get_or_init(|| {
        let shortest = words.iter().map(|word| word.len()).min().unwrap_or(0);
        let longest = words.iter().map(|word| word.len()).max().unwrap_or(0);
        let mut ends = [0u32; 27];
        for word in words {
            if let (Some(&first), Some(&last)) = (word.as_bytes().first(), word.as_bytes().last()) {
                ends[letter_slot(first)] |= 1 << letter_slot(last);
            }
        }
        WordSet {
            words: words.iter().copied().collect(),
            lengths: shortest..=longest,
            ends,
        }
    })
}

/// Reporting verbs, in every form news text uses them (says, said, saying). Lower case.
const CUE_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "saying",
    "added",
    "adds",
    "add",
    "told",
    "tells",
    "tell",
    "warned",
    "warns",
    "warn",
    "explained",
    "explains",
    "stated",
    "states",
    "claimed",
    "claims",
    "argued",
    "argues",
    "insisted",
    "insists",
    "noted",
    "notes",
    "continued",
    "continues",
    "commented",
    "comments",
    "wrote",
    "writes",
    "asked",
    "asks",
    "replied",
    "replies",
    "responded",
    "responds",
    "announced",
    "announces",
    "acknowledged",
    "acknowledges",
    "admitted",
    "admits",
    "urged",
    "urges",
    "concluded",
    "concludes",
    "declared",
    "declares",
    "emphasised",
    "emphasises",
    "emphasized",
    "emphasizes",
    "stressed",
    "stresses",
    "suggested",
    "suggests",
    "revealed",
    "reveals",
    "confirmed",
    "confirms",
    "estimated",
    "estimates",
    "predicted",
    "predicts",
    "vowed",
    "vows",
    "pledged",
    "pledges",
    "promised",
    "promises",
    "described",
    "describes",
    "called",
    "calls",
    "believes",
    "believed",
    "recalled",
    "recalls",
    "remarked",
    "remarks",
    "observed",
    "observes",
    "maintained",
    "maintains",
    "cautioned",
    "cautions",
    "conceded",
    "concedes",
    "complained",
    "complains",
    "tweeted",
    "posted",
    "blasted",
    "slammed",
    "slams",
    "hit",
    "hits",
    "welcomed",
    "welcomes",
    "criticised",
    "criticises",
    "criticized",
    "criticizes",
    "accused",
    "accuses",
    "denied",
    "denies",
    "countered",
    "counters",
    "agreed",
    "agrees",
    "reported",
    "reports",
    "found",
    "finds",
    "assured",
    "assures",
    "reiterated",
    "reiterates",
    "mused",
    "hailed",
    "hails",
    "dubbed",
    "dubs",
    "branded",
    "labelled",
    "labeled",
    "termed",
    "find",
    "joked",
    "jokes",
    "quipped",
    "boasted",
    "boasts",
    "predict",
    "warning",
    "adding",
    "telling",
    "explaining",
    "arguing",
    "insisting",
    "noting",
    "questioned",
    "beamed",
    "pressed",
    "thanked",
    "blamed",
    "calling",
    "stating",
    "declaring",
    "claiming",
    "describing",
    "urging",
    "asking",
    "accusing",
    "testified",
    "testifies",
    "fumed",
    "fumes",
    "retorted",
    "retorts",
    "riffed",
    "boomed",
    "remembered",
    "remembers",
    "pondered",
    "recounted",
    "recounts",
    "lamented",
    "laments",
    "asserted",
    "asserts",
    "contended",
    "contends",
    "scoffed",
    "snapped",
    "shouted",
    "yelled",
    "exclaimed",
    "interjected",
    "gushed",
    "bragged",
    "brags",
    "texted",
    "emailed",
    "protested",
    "demanded",
    "proclaimed",
    "proclaims",
    "wondered",
    "wonders",
    "speculated",
    "reasoned",
    "elaborated",
    "answered",
    "answers",
    "confided",
    "confessed",
    "alleged",
    "alleges",
    "thundered",
    "railed",
    "marveled",
    "marvelled",
    "reflected",
    "cracked",
    "sniped",
    "chided",
    "mocked",
    "teased",
    "griped",
    "grumbled",
    "raved",
    "cheered",
    "crowed",
    "reacted",
    "decried",
];

/// Verbs that report speech only with a following particle or object ("went on", "pointed out").
const CUE_PHRASES: &[(&str, &str)] = &[
    ("went", "on"),
    ("goes", "on"),
    ("pointed", "out"),
    ("points", "out"),
    ("shot", "back"),
    ("fired", "back"),
    ("hit", "back"),
    ("chimed", "in"),
    ("spoke", "up"),
    ("summed", "up"),
    ("went", "after"),
    ("lashed", "out"),
];

pub fn is_cue_verb(word: &str) -> bool {
    word_set(&CUE_VERB_SET, CUE_VERBS).contains_any_case(word)
}

/// The length in words of the reporting-verb phrase starting at `words[0]`, if one starts there.
pub fn cue_length(words: &[&str]) -> Option<usize> {
    let first = *words.first()?;
    // "RED STATES OUTNUMBER BLUE STATES": a word in capitals is a heading's, not a reporting verb.
    if first.len() > 1 && !first.chars().any(char::is_lowercase) {
        return None;
    }
    let second = words.get(1).copied().unwrap_or_default();
    let phrase = CUE_PHRASES.iter().any(|&(verb, particle)| {
        first.eq_ignore_ascii_case(verb) && second.eq_ignore_ascii_case(particle)
    });
    if phrase {
        return Some(2);
    }
    word_set(&CUE_VERB_SET, CUE_VERBS)
        .contains_any_case(first)
        .then_some(1)
}

/// Common verbs in the forms news text uses, beyond the reporting verbs and auxiliaries: they end a noun
/// phrase ("800 people came") and show that words after a verb make a clause ("said the rise came"). Lower
/// case.
const COMMON_VERBS: &[&str] = &[
    "came", "come", "comes", "went", "go", "goes", "left", "took", "takes", "made", "makes",
    "gave", "gives", "got", "get", "gets", "saw", "see", "sees", "fell", "falls", "rose", "rises",
    "grew", "grows", "died", "die", "dies", "lost", "won", "paid", "spent", "sent", "met", "ran",
    "became", "become", "becomes", "began", "brought", "bought", "held", "heard", "knew", "know",
    "knows", "thought", "think", "thinks", "believe", "believes", "feel", "feels", "felt", "found",
    "want", "wants", "remain", "remains",
];

pub fn is_common_verb(word: &str) -> bool {
    word_set(&COMMON_VERB_SET, COMMON_VERBS).contains_any_case(word)
}

/// Verbs by which a person or body puts forward what a sentence goes on to say without being quoted
/// ("Mr. Quist proposed a 15 percent cut", "Trump wants to impose 35 percent tariffs"): its figures are
/// their claim, though the sentence reports no speech, so no quote nearby is theirs.
pub fn is_claim_verb(word: &str) -> bool {
    matches!(
        word,
        "proposed"
            | "proposes"
            | "propose"
            | "wants"
            | "want"
            | "plans"
            | "planned"
            | "seeks"
            | "sought"
            | "touted"
            | "touts"
            | "unveiled"
            | "unveils"
            | "favors"
            | "favours"
            | "offered"
            | "offers"
            | "calculated"
            | "calculates"
            | "counted"
            | "projected"
            | "projects"
            | "forecast"
            | "forecasts"
            | "expects"
            | "expected"
            | "intends"
            | "aims"
            | "hopes"
            | "backs"
            | "backed"
            | "supports"
            | "supported"
            | "opposes"
            | "opposed"
    )
}

/// Auxiliaries that may stand between a speaker and a reporting verb ("has warned", "had said").
pub fn is_auxiliary(word: &str) -> bool {
    // "Instead, Will called …": a capitalised "Will" is a name.
    if word.starts_with(char::is_uppercase) {
        return false;
    }
    let lower = lowered(word);
    // "Trump jokingly said", "Gorka similarly warned": a manner adverb between the speaker and the verb.
    let manner_adverb = lower.len() >= 5
        && lower.ends_with("ly")
        && lower.chars().all(|c| c.is_ascii_lowercase())
        && !matches!(
            lower.as_ref(),
            "rally" | "family" | "assembly" | "supply" | "bully" | "tally" | "anomaly" | "monopoly"
        );
    manner_adverb
        || matches!(
            lower.as_ref(),
            "never" | "still" | "once" | "too" | "first" | "finally" | "just" | "even" | "further"
        )
        || matches!(
            lower.as_ref(),
            "has"
                | "have"
                | "had"
                | "was"
                | "were"
                | "is"
                | "are"
                | "will"
                | "would"
                | "also"
                | "later"
                | "then"
                | "previously"
                | "earlier"
                | "repeatedly"
                | "today"
                | "yesterday"
                | "recently"
                | "again"
                | "already"
                | "now"
                | "publicly"
                | "privately"
                | "reportedly"
                | "often"
                | "always"
        )
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pronoun {
    He,
    She,
    It,
    They,
    We,
    I,
}

pub fn pronoun(word: &str) -> Option<Pronoun> {
    match lowered(word).as_ref() {
        "he" => Some(Pronoun::He),
        "she" => Some(Pronoun::She),
        "it" => Some(Pronoun::It),
        "they" => Some(Pronoun::They),
        "we" => Some(Pronoun::We),
        "i" => Some(Pronoun::I),
        _ => None,
    }
}

/// Titles before a name, set aside from the name itself; with what they say about gender, if anything.
pub fn honorific(word: &str) -> Option<Option<Gender>> {
    let word = word.trim_end_matches('.');
    match word {
        "Mr" | "Sir" | "Lord" => Some(Some(Gender::Male)),
        "Mrs" | "Ms" | "Miss" | "Dame" | "Lady" | "Baroness" => Some(Some(Gender::Female)),
        "Dr" | "Prof" | "Professor" | "Cllr" | "Councillor" | "Rev" | "Revd" | "Judge"
        | "Justice" | "Det" | "Supt" | "Insp" | "Sgt" | "PC" | "DCI" | "DI" | "DS" | "Capt"
        | "Col" | "Gen" | "Sen" | "Rep" | "Gov" | "President" | "Mx" | "Lt" | "Maj" | "Adm"
        | "Cmdr" | "Cpl" | "Pvt" | "Atty" | "Fr" | "Hon" | "Sens" | "Reps" | "Brig" => Some(None),
        _ => None,
    }
}

/// Offices that an honorific's abbreviation names ("Sen." → senator): the role of whoever bears it.
const OFFICES: &[(&str, &str)] = &[
    ("Sen", "senator"),
    ("Sens", "senator"),
    ("Rep", "representative"),
    ("Reps", "representative"),
    ("Gov", "governor"),
    ("Gen", "general"),
    ("Col", "colonel"),
    ("Capt", "captain"),
    ("Maj", "major"),
    ("Adm", "admiral"),
    ("Cmdr", "commander"),
    ("Sgt", "sergeant"),
    ("Cpl", "corporal"),
    ("Pvt", "private"),
    ("Lt", "lieutenant"),
    ("Cllr", "councillor"),
    ("Councillor", "councillor"),
    ("Judge", "judge"),
    ("Justice", "justice"),
    ("Det", "detective"),
    ("Supt", "superintendent"),
    ("Insp", "inspector"),
    ("President", "president"),
];

/// Offices written as two abbreviations ("Lt. Gen.", "Atty. Gen.").
const TWO_WORD_OFFICES: &[(&str, &str, &str)] = &[
    ("Lt", "Gen", "lieutenant general"),
    ("Lt", "Col", "lieutenant colonel"),
    ("Lt", "Cmdr", "lieutenant commander"),
    ("Lt", "Gov", "lieutenant governor"),
    ("Maj", "Gen", "major general"),
    ("Brig", "Gen", "brigadier general"),
    ("Atty", "Gen", "attorney general"),
];

/// The office an honorific names, given the word after it, and how many words it takes: ("senator", 1)
/// for "Sen.", ("lieutenant general", 2) for "Lt. Gen."; `None` for a courtesy title ("Mr", "Dr", "Sir").
pub fn office_of_honorifics(word: &str, next: Option<&str>) -> Option<(&'static str, usize)> {
    let word = word.trim_end_matches('.');
    let next = next.map(|next| next.trim_end_matches('.'));
    TWO_WORD_OFFICES
        .iter()
        .find(|&&(first, second, _)| first == word && Some(second) == next)
        .map(|&(_, _, office)| (office, 2))
        .or_else(|| {
            OFFICES
                .iter()
                .find(|&&(abbreviation, _)| abbreviation == word)
                .map(|&(_, office)| (office, 1))
        })
}

/// Whether `role` is only what an honorific implies ("senator" from "Sen."), so that a role the sentence
/// states is preferred to it.
pub fn is_office_of_an_honorific(role: &str) -> bool {
    OFFICES.iter().any(|&(_, office)| office == role)
        || TWO_WORD_OFFICES
            .iter()
            .any(|&(_, _, office)| office == role)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
}

/// Letters after a name (honours, qualifications, offices), set aside from the name.
pub fn is_post_nominal(word: &str) -> bool {
    let word = word.trim_end_matches([',', '.']);
    matches!(
        word,
        "OBE"
            | "MBE"
            | "CBE"
            | "KBE"
            | "DBE"
            | "BEM"
            | "QPM"
            | "KPM"
            | "MP"
            | "MSP"
            | "MS"
            | "MLA"
            | "MEP"
            | "AM"
            | "QC"
            | "KC"
            | "PhD"
            | "FRS"
            | "FRSA"
            | "JP"
            | "DL"
            | "CB"
            | "KCB"
            | "GCB"
            | "CMG"
            | "KCMG"
            | "Jr"
            | "Sr"
            | "III"
            | "II"
    )
}

/// Nouns that make a capitalised name an organisation ("Example Borough Council", "Riverside University").
const ORGANISATION_NOUNS: &[&str] = &[
    "council",
    "agency",
    "foundation",
    "trust",
    "police",
    "service",
    "services",
    "ministry",
    "department",
    "office",
    "commission",
    "committee",
    "association",
    "union",
    "group",
    "company",
    "corporation",
    "corp",
    "inc",
    "ltd",
    "plc",
    "llc",
    "university",
    "college",
    "school",
    "institute",
    "society",
    "party",
    "government",
    "authority",
    "board",
    "bank",
    "court",
    "parliament",
    "assembly",
    "centre",
    "center",
    "network",
    "alliance",
    "coalition",
    "federation",
    "organisation",
    "organization",
    "charity",
    "fund",
    "club",
    "hospital",
    "hospice",
    "academy",
    "gallery",
    "museum",
    "force",
    "constabulary",
    "bureau",
    "administration",
    "watch",
    "campaign",
    "project",
    "partnership",
    "forum",
    "chamber",
    "industries",
    "holdings",
    "media",
    "press",
    "times",
    "post",
    "executive",
    "directorate",
    "inspectorate",
    "tribunal",
    "commissioner",
    "ombudsman",
    "nhs",
    "army",
    "navy",
    "regiment",
    "brigade",
    "team",
    "league",
    "guild",
    "rescue",
    "airways",
    "airlines",
    "railway",
    "railways",
    "estates",
    "partners",
    "consortium",
    "cooperative",
    "co-operative",
    "collective",
    "initiative",
    // Words businesses are named with ("Caldwell Marine", "Valefresh Dairies", "Greywater Renewables").
    "dairies",
    "foods",
    "farms",
    "motors",
    "logistics",
    "renewables",
    "energy",
    "aggregates",
    "marine",
    "homes",
    "developments",
    "construction",
    "engineering",
    "leisure",
    "retail",
    "insurance",
    "brewery",
    "studios",
    "solutions",
    "systems",
    "technologies",
    "labs",
    "pharmaceuticals",
    "properties",
    "shipping",
    "freight",
    "haulage",
    "ventures",
    "enterprises",
    "communications",
];

pub fn is_organisation_noun(word: &str) -> bool {
    let trimmed = word.trim_matches(NOUN_PUNCTUATION);
    with_lowered(trimmed, |lower| {
        let base = possessive_base(lower);
        let nouns = word_set(&ORGANISATION_NOUN_SET, ORGANISATION_NOUNS);
        nouns.contains(base)
            || base
                .strip_suffix('s')
                .is_some_and(|singular| nouns.contains(singular))
    })
}

/// Common nouns that refer back to an organisation ("the group said", "the council added").
const ORGANISATION_REFERENCES: &[&str] = &[
    "group",
    "developer",
    "processor",
    "supplier",
    "manufacturer",
    "provider",
    "contractor",
    "housebuilder",
    "producer",
    "publisher",
    "broadcaster",
    "lender",
    "carrier",
    "brand",
    "chain",
    "venue",
    "store",
    "factory",
    "farm",
    "quarry",
    "dairy",
    "brewery",
    "hotel",
    "theatre",
    "museum",
    "gallery",
    "library",
    "hospice",
    "consortium",
    "landlord",
    "council",
    "organisation",
    "organization",
    "charity",
    "agency",
    "company",
    "firm",
    "force",
    "department",
    "ministry",
    "government",
    "union",
    "trust",
    "college",
    "university",
    "school",
    "watchdog",
    "regulator",
    "body",
    "association",
    "foundation",
    "board",
    "authority",
    "party",
    "club",
    "hospital",
    "service",
    "campaign",
    "commission",
    "committee",
    "institute",
    "society",
    "bank",
    "network",
    "coalition",
    "alliance",
    "federation",
    "platform",
    "business",
    "operator",
    "insurer",
    "retailer",
    "airline",
    "police",
    "report",
    "study",
    "survey",
    "review",
    "inquiry",
    "panel",
    "team",
    "office",
    "centre",
    "center",
];

/// References that mean a business ("the company said", "the firm added").
pub fn is_business_reference(word: &str) -> bool {
    matches!(
        lowered(word.trim_end_matches([',', '.', ';', ':'])).as_ref(),
        "company"
            | "firm"
            | "operator"
            | "business"
            | "developer"
            | "processor"
            | "supplier"
            | "manufacturer"
            | "retailer"
            | "insurer"
            | "airline"
            | "carrier"
            | "lender"
            | "chain"
            | "brand"
            | "housebuilder"
            | "contractor"
            | "provider"
            | "producer"
    )
}

/// Nouns that name a public body, a charity or an association rather than a business: "the company"
/// does not refer back to a council or a union.
pub fn is_civic_noun(word: &str) -> bool {
    with_lowered(word.trim_matches(NOUN_PUNCTUATION), |lower| {
        is_civic_base(possessive_base(lower))
    })
}

fn is_civic_base(base: &str) -> bool {
    matches!(
        base,
        "council"
            | "agency"
            | "foundation"
            | "trust"
            | "police"
            | "ministry"
            | "department"
            | "office"
            | "commission"
            | "committee"
            | "association"
            | "union"
            | "group"
            | "university"
            | "college"
            | "school"
            | "institute"
            | "society"
            | "party"
            | "government"
            | "authority"
            | "board"
            | "court"
            | "parliament"
            | "assembly"
            | "alliance"
            | "coalition"
            | "federation"
            | "charity"
            | "club"
            | "hospital"
            | "hospice"
            | "academy"
            | "force"
            | "constabulary"
            | "campaign"
            | "forum"
            | "inspectorate"
            | "tribunal"
            | "commissioner"
            | "ombudsman"
            | "nhs"
            | "network"
    )
}

/// Punctuation around a noun as written: "Council,", "(Trust)", "“Society”".
const NOUN_PUNCTUATION: [char; 9] = [',', '.', ';', ':', '(', ')', '“', '”', '"'];

/// A lower-case word without its possessive ending: "council’s" → "council", "members'" → "members".
fn possessive_base(lower: &str) -> &str {
    lower
        .strip_suffix("’s")
        .or_else(|| lower.strip_suffix("'s"))
        .unwrap_or(lower.trim_end_matches(['’', '\'']))
}

pub fn is_organisation_reference(word: &str) -> bool {
    word_set(&ORGANISATION_REFERENCE_SET, ORGANISATION_REFERENCES)
        .contains_any_case(word.trim_end_matches([',', '.', ';', ':']))
}

/// Job titles written capitalised before a name ("Chief Constable Marcus Hale", "Headteacher Simone
/// Baptiste"): not part of the name.
/// Posts held inside an organisation ("Operations director", "Headteacher", "chair of the planning
/// committee"): a person introduced by one alone works for the organisation the story is about. Not
/// posts of a place or a public ("minister", "mayor", "councillor", "resident").
pub fn is_post_in_organisation(word: &str) -> bool {
    matches!(
        lowered(word).trim_end_matches(['.', ',']),
        "director"
            | "executive"
            | "officer"
            | "manager"
            | "chair"
            | "chairman"
            | "chairwoman"
            | "chairperson"
            | "president"
            | "secretary"
            | "treasurer"
            | "founder"
            | "co-founder"
            | "headteacher"
            | "headmaster"
            | "headmistress"
            | "principal"
            | "inspector"
            | "superintendent"
            | "spokesperson"
            | "spokesman"
            | "spokeswoman"
            | "editor"
            | "chancellor"
            | "trustee"
            | "coordinator"
            | "ceo"
    )
}

/// Plural nouns for the people of a body: "volunteers", "staff", "members".
pub fn is_people_of_a_body(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "volunteers"
            | "staff"
            | "members"
            | "workers"
            | "employees"
            | "campaigners"
            | "officials"
            | "researchers"
            | "scientists"
            | "officers"
            | "representatives"
    )
}

/// A word opening a subordinate clause or a circumstance ("although", "after", "following"): what
/// it opens is no subject and no source.
pub fn is_subordinator(word: &str) -> bool {
    matches!(
        lowered(word).as_ref(),
        "although"
            | "though"
            | "while"
            | "whereas"
            | "when"
            | "if"
            | "after"
            | "before"
            | "since"
            | "because"
            | "unless"
            | "until"
            | "once"
            | "despite"
            | "during"
            | "following"
            | "amid"
    )
}

/// People a story counts without naming any ("French officials", "Campaign aides", "Analysts"): a
/// plural noun for people who speak for a body or a calling.
pub fn is_unnamed_people(word: &str) -> bool {
    is_people_of_a_body(word)
        || matches!(
            word.to_lowercase().as_str(),
            "aides"
                | "advisers"
                | "advisors"
                | "sources"
                | "analysts"
                | "experts"
                | "strategists"
                | "organizers"
                | "organisers"
                | "investigators"
                | "authorities"
                | "lawmakers"
                | "legislators"
                | "diplomats"
                | "prosecutors"
                | "economists"
                | "pollsters"
        )
}

/// A word naming a government department or a staff ("State", "Homeland Security", "Staff").
pub fn is_department_word(word: &str) -> bool {
    matches!(
        word,
        "State"
            | "Defense"
            | "Defence"
            | "Homeland"
            | "Security"
            | "Staff"
            | "Elections"
            | "Education"
            | "Health"
            | "Human"
            | "Services"
            | "Transportation"
            | "Transport"
            | "Energy"
            | "Treasury"
            | "Exchequer"
            | "Interior"
            | "Labor"
            | "Labour"
            | "Commerce"
            | "Agriculture"
            | "Veterans"
            | "Affairs"
            | "Housing"
            | "Justice"
            | "Communications"
            | "Policy"
            | "Operations"
            | "Finance"
            | "Environment"
            | "Trade"
            | "War"
            | "Navy"
            | "Army"
            | "Foreign"
            | "Home"
            | "Public"
            | "Works"
            | "and"
    )
}

/// A government office a role names by its department ("Secretary of State", "Secretary of the
/// Treasury"), held in no organisation the story names; not a staff's posts ("Chief of Staff",
/// "Director of Communications").
pub fn is_government_office(role: &str) -> bool {
    role.split_once(" of ").is_some_and(|(_, department)| {
        let words: Vec<&str> = department
            .split_whitespace()
            .filter(|word| !matches!(*word, "the" | "and"))
            .collect();
        !words.is_empty()
            && words.iter().all(|word| {
                is_department_word(word)
                    && !matches!(
                        *word,
                        "Staff" | "Communications" | "Policy" | "Operations" | "Finance"
                    )
            })
    })
}

/// An honorific ("Mr.", "Sen.") or a title ("Secretary", "mayor"): words before a name that are not it.
pub fn is_title_or_honorific(word: &str) -> bool {
    honorific(word).is_some() || is_title_word(word)
}

pub fn is_title_word(word: &str) -> bool {
    // "Secretary-Treasurer", "Vice-President": a hyphenated title ends in one.
    if let Some((_, last)) = word.rsplit_once('-') {
        return !last.is_empty() && is_title_word(last);
    }
    matches!(
        lowered(word).trim_end_matches(['.', ',']),
        "chief"
            | "constable"
            | "headteacher"
            | "head"
            | "headmaster"
            | "headmistress"
            | "prosecutor"
            | "minister"
            | "mayor"
            | "director"
            | "president"
            | "chair"
            | "chairman"
            | "chairwoman"
            | "chairperson"
            | "leader"
            | "secretary"
            | "inspector"
            | "superintendent"
            | "sergeant"
            | "officer"
            | "commissioner"
            | "manager"
            | "editor"
            | "governor"
            | "senator"
            | "deputy"
            | "assistant"
            | "speaker"
            | "ambassador"
            | "attorney"
            | "general"
            | "congressman"
            | "congresswoman"
            | "nominee"
            | "adviser"
            | "advisor"
            | "strategist"
            | "pollster"
            | "commander"
            | "administrator"
            | "whip"
            | "counsel"
            | "aide"
            | "comptroller"
            | "delegate"
            | "alderman"
            | "alderwoman"
            | "councilman"
            | "councilwoman"
            | "supervisor"
            | "trustee"
            | "acting"
            | "principal"
            | "coach"
            | "captain"
            | "bishop"
            | "archbishop"
            | "father"
            | "chancellor"
            | "treasurer"
            | "coroner"
            | "sheriff"
            | "detective"
            | "constable's"
            | "executive"
            | "ceo"
            | "cfo"
            | "coo"
            | "boss"
            | "founder"
            | "owner"
            | "landlord"
            | "witness"
            | "resident"
            | "campaigner"
            | "spokesperson"
            | "spokesman"
            | "spokeswoman"
            | "teacher"
            | "nurse"
            | "doctor"
            | "surgeon"
            | "councillor"
            | "mp"
            | "candidate"
            | "chief executive"
            | "lawyer"
            | "solicitor"
            | "barrister"
            | "defending"
            | "prosecuting"
            | "trader"
            | "farmer"
            | "pupil"
            | "student"
            | "parent"
    )
}

/// Words for what someone is, written capitalised before a full name as a title is in American and wire
/// style ("Democrat Hillary Clinton", "Comedian Sarah Silverman", "Texas-based Matt Mackowiak"): never a
/// given name. Compared in lower case.
pub fn is_descriptor_before_name(word: &str) -> bool {
    let lower = lowered(word);
    let lower = lower.trim_end_matches([',', '.']);
    // "fellow Democrats Hillary Clinton and Bernie Sanders": the plural before a list of names.
    let lower = lower
        .strip_suffix('s')
        .filter(|singular| singular.len() > 3)
        .map_or(lower, |singular| {
            if is_descriptor_word(singular) {
                singular
            } else {
                lower
            }
        });
    lower.ends_with("-based") || is_descriptor_word(lower)
}

fn is_descriptor_word(lower: &str) -> bool {
    matches!(
        lower,
        "democrat"
            | "republican"
            | "independent"
            | "libertarian"
            | "conservative"
            | "liberal"
            | "progressive"
            | "moderator"
            | "co-moderator"
            | "journalist"
            | "reporter"
            | "correspondent"
            | "columnist"
            | "commentator"
            | "anchor"
            | "host"
            | "comedian"
            | "actress"
            | "actor"
            | "singer"
            | "rapper"
            | "author"
            | "novelist"
            | "filmmaker"
            | "economist"
            | "analyst"
            | "activist"
            | "billionaire"
            | "businessman"
            | "businesswoman"
            | "entrepreneur"
            | "pastor"
            | "rabbi"
            | "imam"
            | "representative"
            | "representatives"
            | "senators"
            | "moderators"
    )
}

/// Words that make a person refer to an organisation's voice ("a spokesperson for the college").
pub fn is_spokesperson(word: &str) -> bool {
    matches!(
        lowered(word).as_ref(),
        "spokesperson" | "spokesman" | "spokeswoman" | "spokespeople" | "representative" | "source"
    )
}

/// Lower-case words allowed inside a capitalised name ("Department of Health", "Ludwig van Beethoven").
pub fn is_name_particle(word: &str) -> bool {
    matches!(word, "of" | "for" | "and" | "the" | "&") || is_person_particle(word)
}

/// Lower-case words allowed inside a person's name ("Ludwig van Beethoven", "Omar bin Laden").
pub fn is_person_particle(word: &str) -> bool {
    matches!(
        word,
        "de" | "van"
            | "von"
            | "der"
            | "den"
            | "da"
            | "di"
            | "du"
            | "le"
            | "la"
            | "bin"
            | "al"
            | "ibn"
            | "y"
            | "dos"
            | "das"
            | "del"
            | "el"
    )
}

/// Verbs in a finite form: a description holding one is a clause, not a role ("one candidate he likes so
/// far is"). Lower case.
pub fn is_finite_verb(word: &str) -> bool {
    matches!(
        word,
        "is" | "are"
            | "was"
            | "were"
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "can"
            | "could"
            | "should"
            | "does"
            | "did"
            | "been"
    )
}

/// A pronoun, a determiner, a conjunction or a short preposition: words that alone describe no one
/// ("That", "on", "Or").
pub fn is_function_word(word: &str) -> bool {
    let lower = lowered(word);
    pronoun(&lower).is_some()
        || is_determiner(&lower)
        || is_title_small_word(&lower)
        || matches!(
            lower.as_ref(),
            "you"
                | "him"
                | "hers"
                | "them"
                | "us"
                | "me"
                | "that"
                | "what"
                | "which"
                | "who"
                | "when"
                | "where"
                | "while"
                | "if"
                | "so"
        )
}

/// Words that make the word after them a noun: "his comments", "the reports", "a claim".
/// "a", "an", "one", "another": what opens a description of someone not yet named. Any case.
pub fn is_indefinite_article(word: &str) -> bool {
    matches!(lowered(word).as_ref(), "a" | "an" | "one" | "another")
}

pub fn is_determiner(word: &str) -> bool {
    matches!(
        lowered(word).as_ref(),
        "a" | "an"
            | "the"
            | "his"
            | "her"
            | "its"
            | "their"
            | "our"
            | "my"
            | "your"
            | "this"
            | "these"
            | "those"
            | "such"
            | "no"
    )
}

/// Prepositions that open a phrase of place, time or manner ("In a letter to members", "At the hearing",
/// "On Monday"): what follows them up to the subject is circumstance, never the subject's role.
pub fn is_circumstance_preposition(word: &str) -> bool {
    matches!(
        lowered(word).as_ref(),
        "in" | "at"
            | "on"
            | "to"
            | "into"
            | "after"
            | "before"
            | "during"
            | "with"
            | "without"
            | "from"
            | "for"
            | "by"
            | "under"
            | "over"
            | "since"
            | "despite"
            | "following"
            | "amid"
            | "throughout"
            | "through"
    )
}

/// Words that open an adverbial rather than a name when capitalised at a sentence's start: prepositions,
/// conjunctions and sentence adverbs ("In March, Trump said", "But Crawford said", "Asked Tuesday, she
/// said"). None is a name in its own right; "Will", "May" or "Early", which can be, are not here.
pub fn is_sentence_adverbial(word: &str) -> bool {
    let word = word.trim_end_matches([',', ';', ':']);
    is_discourse_opener(word)
        || matches!(
            lowered(word).as_ref(),
            "after"
                | "before"
                | "since"
                | "during"
                | "of"
                | "for"
                | "from"
                | "with"
                | "without"
                | "under"
                | "by"
                | "unlike"
                | "like"
                | "despite"
                | "although"
                | "though"
                | "while"
                | "if"
                | "as"
                | "when"
                | "once"
                | "until"
                | "unless"
                | "because"
                | "neither"
                | "nor"
                | "either"
                | "likewise"
                | "indeed"
                | "alongside"
                | "then"
                | "moreover"
                | "besides"
                | "nevertheless"
                | "nonetheless"
                | "just"
                | "even"
                | "only"
                | "according"
                | "amid"
                | "among"
                | "following"
                | "within"
                | "between"
                | "against"
                | "about"
                | "upon"
                | "throughout"
                | "across"
                | "not"
                | "perhaps"
                | "overall"
                | "finally"
                | "certainly"
                | "clearly"
                | "obviously"
                | "surely"
                | "frankly"
                | "notably"
                | "similarly"
                | "separately"
                | "apparently"
                | "reportedly"
                | "privately"
                | "publicly"
                | "initially"
                | "previously"
                | "subsequently"
                | "ironically"
                | "instead"
                | "ultimately"
                | "eventually"
                | "recently"
                | "tonight"
                | "asked"
                | "says"
                | "said"
        )
}

/// The short words a title or headline leaves in lower case ("Meet the Press", "Clinton Says Russians
/// Hacked DNC, Calls Remarks ‘Troubling’"): articles, conjunctions and short prepositions.
pub fn is_title_small_word(word: &str) -> bool {
    matches!(
        word.trim_matches(|c: char| !c.is_alphabetic()),
        "a" | "an"
            | "the"
            | "and"
            | "or"
            | "but"
            | "nor"
            | "of"
            | "to"
            | "in"
            | "on"
            | "at"
            | "for"
            | "with"
            | "by"
            | "from"
            | "as"
            | "vs"
            | "per"
            | "via"
            | "into"
            | "over"
            | "is"
    )
}

/// The days of the week: "Broaddrick Sunday" is a name and a day, not a two-word name.
pub fn is_weekday(word: &str) -> bool {
    matches!(
        word.trim_end_matches([',', '.', ';', ':']),
        "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday"
    )
}

pub fn is_discourse_opener(word: &str) -> bool {
    matches!(
        lowered(word).as_ref(),
        "however"
            | "but"
            | "and"
            | "meanwhile"
            | "also"
            | "instead"
            | "still"
            | "yet"
            | "so"
            | "now"
            | "later"
            | "earlier"
            | "separately"
            | "elsewhere"
            | "today"
            | "yesterday"
            | "previously"
            | "in"
            | "on"
            | "at"
            | "last"
            | "this"
            | "speaking"
            | "asked"
            | "writing"
            | "responding"
            | "further"
            | "furthermore"
            | "moreover"
            | "additionally"
            | "finally"
            | "then"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reporting_verbs_in_their_forms_and_phrases() {
        assert!(is_cue_verb("Said"));
        assert!(is_cue_verb("warns"));
        assert!(!is_cue_verb("policing"));
        assert_eq!(cue_length(&["went", "on", "to"]), Some(2));
        assert_eq!(cue_length(&["added", "that"]), Some(1));
        assert_eq!(cue_length(&["the", "IWF"]), None);
    }

    #[test]
    fn organisation_nouns_ignore_case_and_possessives() {
        assert!(is_organisation_noun("Council"));
        assert!(is_organisation_noun("Council’s"));
        assert!(is_organisation_noun("Foundation"));
        assert!(!is_organisation_noun("Hargreaves"));
        assert!(!is_organisation_noun("Reilly"));
    }

    #[test]
    fn honorifics_and_post_nominals() {
        assert_eq!(honorific("Dame"), Some(Some(Gender::Female)));
        assert_eq!(honorific("Dr."), Some(None));
        assert_eq!(honorific("Susie"), None);
        assert_eq!(honorific("Lt."), Some(None));
        assert_eq!(
            office_of_honorifics("Sen.", Some("Dana")),
            Some(("senator", 1))
        );
        assert_eq!(
            office_of_honorifics("Lt.", Some("Gen.")),
            Some(("lieutenant general", 2))
        );
        assert_eq!(office_of_honorifics("Mr.", Some("Okafor")), None);
        assert!(is_office_of_an_honorific("lieutenant general"));
        assert!(!is_office_of_an_honorific("chairwoman"));
        assert!(is_post_nominal("OBE,"));
        assert!(!is_post_nominal("IWF"));
    }
}
