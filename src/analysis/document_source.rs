//! Polls, counts, records and reports named as the source of what a sentence reports ("a CNN/WMUR poll",
//! "a count by The Associated Press", "Federal Election Commission records"): who claims their figures.
//!
//! A document is a source only when the phrase says who made it: "the polls closed" and "a poll of
//! Indiana voters" name no one, and a figure read from them is left without a claimant rather than given
//! to whoever spoke last.

use super::figure::is_month;
use super::lexicon::{honorific, is_finite_verb, is_function_word, is_weekday};
use super::mention::{is_acronym, strip_possessive, Mention, MentionHead};

/// A document that reports something, named by its maker.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DocumentSource {
    /// Who made it, the claimant of what it reports: "CNN/WMUR", "Care Workforce Institute".
    pub maker: String,
    /// The document as the text names it, without the words that only date it: "CNN/WMUR poll",
    /// "Care Workforce Institute report"; for data, figures and records, `None`: "Census Bureau data"
    /// are the Census Bureau's.
    pub document: Option<String>,
    /// The kind of document, singular and lower case: "poll", "count", "records".
    pub noun: &'static str,
}

/// Documents whose maker is named with them: the document is the claimant ("a Gallup poll found").
const DOCUMENTS: &[(&str, &str)] = &[
    ("poll", "poll"),
    ("polls", "poll"),
    ("survey", "survey"),
    ("surveys", "survey"),
    ("count", "count"),
    ("tally", "tally"),
    ("study", "study"),
    ("studies", "study"),
    ("report", "report"),
    ("reports", "report"),
    ("audit", "audit"),
    ("census", "census"),
    ("review", "review"),
    ("projection", "projection"),
    ("projections", "projection"),
    ("forecast", "forecast"),
    ("ranking", "ranking"),
    ("rankings", "ranking"),
    ("index", "index"),
    ("average", "average"),
    ("analysis", "analysis"),
    ("estimate", "estimate"),
];

/// Data a body publishes: its maker is the claimant ("Census Bureau data" is the Census Bureau's claim).
const DATA: &[(&str, &str)] = &[
    ("data", "data"),
    ("figures", "figures"),
    ("statistics", "statistics"),
    ("records", "records"),
    ("numbers", "numbers"),
    ("estimates", "estimates"),
    ("research", "research"),
];

/// Words that date or qualify a document without saying what it is ("the latest", "a just-released"):
/// left out of its name, so that one poll is one claimant however a story introduces it.
const PASSING_WORDS: &[&str] = &[
    "recent",
    "new",
    "latest",
    "just-released",
    "newly",
    "released",
    "published",
    "final",
    "preliminary",
    "updated",
    "official",
    "own",
    "most",
    "last",
    "first",
    "early",
    "earlier",
    "previous",
    "separate",
    "another",
];

/// Words that say what kind of document it is ("exit polls", "a jobs report"): capitalised at the start
/// of a sentence, they are still no maker.
const KINDS_OF_DOCUMENT: &[&str] = &[
    "exit",
    "jobs",
    "public",
    "internal",
    "national",
    "state",
    "statewide",
    "opinion",
    "straw",
    "tracking",
    "online",
    "entrance",
];

/// Words that count documents without naming one ("Several polls", "Any single poll").
const QUANTIFIERS: &[&str] = &[
    "single", "any", "another", "one", "other", "several", "some", "many", "multiple", "two",
    "three", "both", "all",
];

/// Participles between a document and its maker ("exit polls conducted by Edison Research").
const MAKING_PARTICIPLES: &[&str] = &[
    "conducted",
    "commissioned",
    "released",
    "published",
    "compiled",
    "carried",
    "out",
    "taken",
    "produced",
    "prepared",
    "issued",
    "kept",
    "maintained",
];

/// The document as a mention: its maker, a claimant listed with the organisations.
pub fn document_mention(source: DocumentSource) -> Mention {
    // "a Bloomberg poll", "a Monmouth poll": one word may be a surname too (Michael Bloomberg), so the
    // document itself is the claimant.
    let maker_is_one_word = !source.maker.contains(' ') && !is_acronym(&source.maker);
    let head = match source.document {
        Some(document) if maker_is_one_word => MentionHead::Organisation {
            name: document,
            acronym: None,
        },
        Some(document) => MentionHead::Document {
            maker: source.maker,
            document,
        },
        None => MentionHead::Organisation {
            name: source.maker,
            acronym: None,
        },
    };
    Mention {
        head,
        role: None,
        organisation: None,
        owner: None,
    }
}

/// Whether `noun` ("poll", "surveys") names a kind of document: "the poll" refers back to a poll, never
/// to the organisation or person named last.
pub fn is_document_noun(noun: &str) -> bool {
    let lower = noun.to_lowercase();
    DOCUMENTS.iter().any(|&(word, _)| word == lower)
}

/// Verbs a document reports with ("the poll showed", "Forbes put his worth at"): reporting verbs only
/// when their subject is a document, as "Obama showed restraint" reports nothing.
pub fn is_data_verb(word: &str) -> bool {
    matches!(
        word,
        "show"
            | "shows"
            | "showed"
            | "put"
            | "puts"
            | "gave"
            | "gives"
            | "has"
            | "had"
            | "indicates"
            | "indicated"
            | "suggests"
            | "suggested"
            | "reveals"
            | "revealed"
            | "calculates"
            | "calculated"
            | "projects"
            | "projected"
            | "predicts"
            | "predicted"
            | "ranks"
            | "ranked"
            | "lists"
            | "listed"
            | "counted"
            | "recorded"
            | "finds"
            | "found"
            | "estimates"
            | "estimated"
            | "pegs"
            | "pegged"
            | "places"
            | "placed"
    )
}

/// Reads `phrase` (a sentence's subject, or what follows "according to") as a document named by its
/// maker.
pub fn document_source(phrase: &str) -> Option<DocumentSource> {
    let tokens: Vec<&str> = phrase
        .split_whitespace()
        .map(|token| token.trim_end_matches([',', ';', ':']))
        .collect();
    let nouns = tokens.iter().enumerate().filter_map(|(at, token)| {
        let lower = token.to_lowercase();
        DOCUMENTS
            .iter()
            .map(|&(word, noun)| (word, noun, false))
            .chain(DATA.iter().map(|&(word, noun)| (word, noun, true)))
            .find(|&(word, _, _)| word == lower)
            .map(|(_, noun, is_data)| (at, noun, is_data))
    });
    // "U.S. Census data": a capitalised "Census" is its maker's name; "a Gallup Poll" names a poll.
    let (noun_at, noun, is_data) = nouns
        .clone()
        .find(|&(at, _, _)| tokens[at].starts_with(char::is_lowercase))
        .or_else(|| nouns.clone().next())?;
    // A comma before the document ends a clause: "Sanders, citing a CNN poll".
    if phrase
        .split_whitespace()
        .take(noun_at)
        .any(|word| word.ends_with([',', ';', ':']))
    {
        return None;
    }
    let before = &tokens[..noun_at];
    let after = &tokens[noun_at + 1..];
    // "ranking member", "report card": a document word before a noun describes the noun.
    let describes_a_noun = after.first().is_some_and(|next| {
        next.chars().next().is_some_and(char::is_alphabetic)
            && !is_function_word(next)
            && !MAKING_PARTICIPLES.contains(&next.to_lowercase().as_str())
            && !is_date_word(next)
            && !matches!(
                next.to_lowercase().as_str(),
                "by" | "from" | "of" | "for" | "in"
            )
    });
    if describes_a_noun {
        return None;
    }
    let (maker, kept) = maker_before(before)?;
    let maker = match maker {
        Some(maker) => maker,
        None => maker_after(after)?,
    };
    let document = (!is_data).then(|| {
        let mut name = maker.clone();
        for word in kept {
            name.push(' ');
            name.push_str(word);
        }
        // "Drudge Report", "Gallup Poll": a capitalised document is part of a name, kept as written.
        name.push(' ');
        name.push_str(tokens[noun_at]);
        name
    });
    Some(DocumentSource {
        maker,
        document,
        noun,
    })
}

/// Records whose maker a story often leaves unnamed ("Exit polling shows", "FEC filings show"): with the
/// documents and data above, what a described source may be.
const RECORDS: &[&str] = &[
    "polling",
    "filings",
    "tallies",
    "results",
    "files",
    "documents",
    "email",
    "emails",
    "disclosures",
    "transcript",
    "transcripts",
    "returns",
];

/// Whether `phrase` (a sentence's subject, or what follows "according to") is a document named without
/// its maker, or by a maker only described: "Polls", "Exit polling", "a recent poll of Indiana voters",
/// "data released Friday by state gaming regulators", "The FEC filings". Its head noun is the document:
/// "voters in the poll" are not one, nor is a clause ("the poll closed").
pub fn is_unnamed_document(phrase: &str) -> bool {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    if words.is_empty() || words.len() > 14 {
        return false;
    }
    let Some(head) = words.iter().position(|word| is_record_word(word)) else {
        return false;
    };
    let before_is_modifier = words[..head].iter().all(|word| {
        !word.ends_with([',', ';', ':'])
            && !is_finite_verb(&word.to_lowercase())
            && !matches!(word.to_lowercase().as_str(), "of" | "in" | "for" | "with")
    });
    // After the head: what made it or when ("conducted by", "of Indiana voters", "out Thursday"), not a
    // verb of its own.
    let after_qualifies = words.get(head + 1).is_none_or(|next| {
        let lower = next.to_lowercase();
        MAKING_PARTICIPLES.contains(&lower.as_str())
            || is_date_word(next)
            || matches!(
                lower.as_str(),
                "by" | "from" | "of" | "for" | "in" | "on" | "with" | "since" | "through"
            )
    }) && !words[head + 1..]
        .iter()
        .any(|word| is_finite_verb(&word.to_lowercase()));
    // "the polls in order to be able to …": a purpose, not what made the document.
    let qualified_briefly = words.len() - head <= 10 && !phrase.contains(" in order ");
    before_is_modifier && after_qualifies && qualified_briefly
}

/// Whether a source's words name a document anywhere in them ("an online University of Texas poll out
/// Thursday").
pub fn names_a_document(phrase: &str) -> bool {
    phrase.split_whitespace().any(is_record_word)
}

fn is_record_word(word: &str) -> bool {
    let lower = strip_possessive(word.trim_end_matches([',', ';', ':', '.'])).to_lowercase();
    DOCUMENTS.iter().any(|&(noun, _)| noun == lower)
        || DATA.iter().any(|&(noun, _)| noun == lower)
        || RECORDS.contains(&lower.as_str())
}

/// The maker named before the document ("a CNN/WMUR poll", "the Associated Press's tally", "Quinnipiac
/// University's latest poll"), and the describing words kept in its name ("national", "exit"). `None`
/// when the words before are not a document's ("the polls" after a verb, a clause, a person's "his");
/// `Some((None, …))` when no maker is named before it.
fn maker_before<'a>(before: &[&'a str]) -> Option<(Option<String>, Vec<&'a str>)> {
    let mut words = before;
    if let Some((first, rest)) = words.split_first() {
        if matches!(
            first.to_lowercase().as_str(),
            "a" | "an" | "the" | "this" | "that" | "these" | "those"
        ) {
            words = rest;
        }
    }
    let mut maker: Vec<&str> = Vec::new();
    let mut kept = Vec::new();
    let mut past_maker = false;
    let mut owned = false;
    let opens_phrase = words.len() == before.len();
    for (at, word) in words.iter().enumerate() {
        if maker.is_empty() && is_date_word(word) {
            continue;
        }
        // "Latest polls", "Exit polls": a sentence's first word is capitalised without naming a maker
        // ("The National Journal poll" names one).
        let opens_sentence = opens_phrase && at == 0 && is_common_before_document(word);
        if !past_maker && is_maker_word(word) && !opens_sentence {
            // "a new CNN poll": what came before the maker dated the poll.
            kept.clear();
            let bare = strip_possessive(word);
            past_maker = bare.len() < word.len();
            owned = past_maker;
            maker.push(bare);
            continue;
        }
        // Past the maker, only words describing the document: lower case, not a verb or a clause's.
        let lower = word.to_lowercase();
        let describes = is_common_before_document(word)
            || (word.chars().next().is_some_and(char::is_lowercase)
                && !is_function_word(word)
                && !is_finite_verb(word)
                && !word.ends_with("ed")
                && !word.contains(['.', '"', '“', '”', '(', ')']));
        if !describes {
            return None;
        }
        past_maker = past_maker || !maker.is_empty();
        if !PASSING_WORDS.contains(&lower.as_str()) && !QUANTIFIERS.contains(&lower.as_str()) {
            kept.push(*word);
        }
    }
    if maker.is_empty() {
        return Some((None, kept));
    }
    // "Okafor's report" may be a person's: only a maker of more than one word is read as a body.
    if owned && maker.len() < 2 {
        return None;
    }
    Some((Some(maker.join(" ")), kept))
}

/// The maker named after the document: "a count by The Associated Press", "a poll from Florida Atlantic
/// University", "exit polls conducted by Edison Research for …", "a report by the National Academies of
/// Sciences". Not "a poll of Indiana voters": the capitalised word there describes who was asked.
fn maker_after(after: &[&str]) -> Option<String> {
    let mut at = 0;
    while after.get(at).is_some_and(|word| {
        MAKING_PARTICIPLES.contains(&word.to_lowercase().as_str()) || is_date_word(word)
    }) || (after.get(at) == Some(&"in")
        && after.get(at + 1).is_some_and(|word| is_date_word(word)))
    {
        at += 1;
    }
    let preposition = after.get(at)?.to_lowercase();
    if !matches!(preposition.as_str(), "by" | "from" | "of" | "for") {
        return None;
    }
    at += 1;
    if after
        .get(at)
        .is_some_and(|word| word.eq_ignore_ascii_case("the"))
    {
        at += 1;
    }
    let start = at;
    while let Some(word) = after.get(at) {
        let joins = matches!(*word, "of" | "for" | "and" | "&")
            && after.get(at + 1).is_some_and(|next| is_maker_word(next))
            && at > start;
        if !(is_maker_word(word) || joins) {
            break;
        }
        at += 1;
        if word.ends_with([',', ';']) || strip_possessive(word).len() < word.len() {
            break;
        }
    }
    if at == start {
        return None;
    }
    // "of Indiana voters": a name followed by a lower-case noun describes the noun.
    let next = after.get(at);
    let ends_the_name = next.is_none_or(|word| {
        is_function_word(word)
            || MAKING_PARTICIPLES.contains(&word.to_lowercase().as_str())
            || is_date_word(word)
            || !word.chars().next().is_some_and(char::is_lowercase)
    });
    if !ends_the_name || (preposition == "of" && next.is_some()) {
        return None;
    }
    let maker: Vec<&str> = after[start..at]
        .iter()
        .map(|word| strip_possessive(word.trim_end_matches([',', ';'])))
        .collect();
    Some(maker.join(" "))
}

/// A word of a maker's name: capitalised ("CNN/WMUR", "Press-GfK", "U.S."), not a date or a title.
fn is_maker_word(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
        && !is_date_word(word)
        && !is_function_word(word)
        && honorific(word).is_none()
}

/// A word that describes or counts documents ("Latest", "Exit", "Several"): capitalised only because
/// it opens a sentence, it names no maker.
fn is_common_before_document(word: &str) -> bool {
    let lower = word.to_lowercase();
    [KINDS_OF_DOCUMENT, QUANTIFIERS, PASSING_WORDS]
        .iter()
        .any(|list| list.contains(&lower.as_str()))
}

fn is_date_word(word: &str) -> bool {
    // "Wednesday's Quinnipiac poll", "last week's survey".
    let word = strip_possessive(word.trim_end_matches([',', '.']));
    is_month(word)
        || is_weekday(word)
        || matches!(
            word.to_lowercase().as_str(),
            "today" | "yesterday" | "week" | "month" | "year" | "this" | "last" | "earlier"
        )
        || word.chars().all(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::expect;

    fn read(phrases: &[&str]) -> String {
        phrases
            .iter()
            .map(|phrase| match document_source(phrase) {
                Some(source) => format!(
                    "{phrase} → {} ({}: {})\n",
                    source.maker,
                    source.noun,
                    source.document.as_deref().unwrap_or("data")
                ),
                None => format!("{phrase} → none\n"),
            })
            .collect()
    }

    #[test]
    fn a_document_is_named_by_its_maker_before_or_after_it() {
        expect![[r#"
            a Harborview/WKLM poll → Harborview/WKLM (poll: Harborview/WKLM poll)
            The latest Meridian/Ipsos poll → Meridian/Ipsos (poll: Meridian/Ipsos poll)
            an Eastline News/Daily Ledger poll released Monday → Eastline News/Daily Ledger (poll: Eastline News/Daily Ledger poll)
            a new Tri-State Press-GfK survey → Tri-State Press-GfK (survey: Tri-State Press-GfK survey)
            a count by The Wire Service → Wire Service (count: Wire Service count)
            the Wire Service's tally → Wire Service (tally: Wire Service tally)
            a just-released poll from Lakeshore Atlantic University → Lakeshore Atlantic University (poll: Lakeshore Atlantic University poll)
            exit polls conducted by Edison Research for The Wire Service and television networks → Edison Research (poll: Edison Research exit polls)
            A report released in September by the National Academy of Letters → National Academy of Letters (report: National Academy of Letters report)
            Federal Election Commission records → Federal Election Commission (records: data)
            U.S. Census data → U.S. Census (data: data)
            a CNN national poll → CNN (poll: CNN national poll)
            a national Harbor Poll taken last week → Harbor (poll: Harbor Poll)
            The Capitol Report → Capitol (report: Capitol Report)
            The National Ledger poll → National Ledger (poll: National Ledger poll)
            Wednesday's Harbor poll → Harbor (poll: Harbor poll)
            The survey, conducted by the Harbor Institute → Harbor Institute (survey: Harbor Institute survey)
        "#]]
        .assert_eq(&read(&[
            "a Harborview/WKLM poll",
            "The latest Meridian/Ipsos poll",
            "an Eastline News/Daily Ledger poll released Monday",
            "a new Tri-State Press-GfK survey",
            "a count by The Wire Service",
            "the Wire Service's tally",
            "a just-released poll from Lakeshore Atlantic University",
            "exit polls conducted by Edison Research for The Wire Service and television networks",
            "A report released in September by the National Academy of Letters",
            "Federal Election Commission records",
            "U.S. Census data",
            "a CNN national poll",
            "a national Harbor Poll taken last week",
            "The Capitol Report",
            "The National Ledger poll",
            "Wednesday's Harbor poll",
            "The survey, conducted by the Harbor Institute",
        ]));
    }

    #[test]
    fn a_document_whose_maker_is_not_named_is_no_source() {
        expect![[r#"
            a recent poll of Indiana voters → none
            the polls → none
            The survey → none
            his report → none
            the figures he cited → none
            Reporters asked → none
            Okafor's report → none
            Sanders, citing a CNN poll → none
            Sanders citing CNN poll → none
            Several polls → none
            Exit polls → none
            Sanders highlighted polls → none
            Mr. Okafor forecast → none
            Oversight ranking member → none
        "#]]
        .assert_eq(&read(&[
            "a recent poll of Indiana voters",
            "the polls",
            "The survey",
            "his report",
            "the figures he cited",
            "Reporters asked",
            "Okafor's report",
            "Sanders, citing a CNN poll",
            "Sanders citing CNN poll",
            "Several polls",
            "Exit polls",
            "Sanders highlighted polls",
            "Mr. Okafor forecast",
            "Oversight ranking member",
        ]));
    }
}
