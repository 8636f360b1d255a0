//! The speaker list a whole corpus gives, checked as a reader would see it: no honorific or title alone
//! as a name, no possessive or leading title in a name, one entry per person, and no role or
//! organisation that is a pronoun, a function word, a dateline, an age or a clause.

use std::collections::HashMap;
use std::fmt;

use crate::analysis::{
    fold_key, is_cue_verb, is_finite_verb, is_function_word, is_title_or_honorific, Speaker,
    SpeakerKind,
};

/// At most this share of people may be split into several entries.
pub const SPLIT_PEOPLE_LIMIT: f64 = 0.01;
/// A role or organisation this many words long is a clause read as a description.
const CLAUSE_WORDS: usize = 12;

/// What is wrong with one speaker's entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntryFault {
    /// "Mr", "Sen", "Lt Gen": an honorific or a title and nothing else.
    BareTitle,
    /// "Clinton’s".
    Possessive,
    /// "Former Rep Dana Whitfield", "House Speaker Paul Ryan": a title left in the name.
    LeadingTitle,
    /// "Trump" beside "Donald Trump": a shorter form of a person another entry names in full.
    SplitPerson,
    /// A role or organisation that is a pronoun or a function word ("He", "that").
    FunctionWordDescription,
    /// A role or organisation that is a wire dateline ("WASHINGTON (AP)").
    DatelineDescription,
    /// A role or organisation that is an age ("58").
    AgeDescription,
    /// A role or organisation that is a clause ("one candidate he likes so far is").
    ClauseDescription,
}

impl EntryFault {
    const ALL: [EntryFault; 8] = [
        EntryFault::BareTitle,
        EntryFault::Possessive,
        EntryFault::LeadingTitle,
        EntryFault::SplitPerson,
        EntryFault::FunctionWordDescription,
        EntryFault::DatelineDescription,
        EntryFault::AgeDescription,
        EntryFault::ClauseDescription,
    ];

    fn heading(self) -> &'static str {
        match self {
            EntryFault::BareTitle => "a title alone as a name",
            EntryFault::Possessive => "a possessive in a name",
            EntryFault::LeadingTitle => "a leading title in a name",
            EntryFault::SplitPerson => "a person split into several entries",
            EntryFault::FunctionWordDescription => "a pronoun or function word as a description",
            EntryFault::DatelineDescription => "a dateline as a description",
            EntryFault::AgeDescription => "an age as a description",
            EntryFault::ClauseDescription => "a clause as a description",
        }
    }
}

/// The checks over one analysis's speakers.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SpeakerRegister {
    pub speakers: usize,
    pub people: usize,
    /// Each fault, with the entry it was found in ("Trump → Donald Trump" for a split).
    pub faults: Vec<(EntryFault, String)>,
}

impl SpeakerRegister {
    pub fn count(&self, fault: EntryFault) -> usize {
        self.faults
            .iter()
            .filter(|(kind, _)| *kind == fault)
            .count()
    }

    /// Entries that are another person's shorter form, over the people.
    pub fn split_share(&self) -> f64 {
        if self.people == 0 {
            0.0
        } else {
            self.count(EntryFault::SplitPerson) as f64 / self.people as f64
        }
    }
}

/// Checks every speaker of an analysis.
pub fn check_speakers(speakers: &[Speaker]) -> SpeakerRegister {
    let mut register = SpeakerRegister {
        speakers: speakers.len(),
        people: speakers
            .iter()
            .filter(|speaker| speaker.kind == SpeakerKind::Person)
            .count(),
        faults: Vec::new(),
    };
    for speaker in speakers {
        let words: Vec<&str> = speaker.name.split_whitespace().collect();
        if !words.is_empty() && words.iter().all(|word| is_title_or_honorific(word)) {
            register
                .faults
                .push((EntryFault::BareTitle, speaker.name.clone()));
        } else if speaker.kind == SpeakerKind::Person
            && words.len() > 1
            && has_leading_title(&words)
        {
            register
                .faults
                .push((EntryFault::LeadingTitle, speaker.name.clone()));
        }
        let last = words.last().copied().unwrap_or_default();
        if last.ends_with("’s") || last.ends_with("'s") || last.ends_with("s’") {
            register
                .faults
                .push((EntryFault::Possessive, speaker.name.clone()));
        }
        for description in [&speaker.role, &speaker.organisation].into_iter().flatten() {
            if let Some(fault) = description_fault(description) {
                register
                    .faults
                    .push((fault, format!("{}: {description}", speaker.name)));
            }
        }
    }
    register.faults.extend(
        split_people(speakers)
            .into_iter()
            .map(|split| (EntryFault::SplitPerson, split)),
    );
    register.faults.sort();
    register
}

/// "Sen. Dana Whitfield", "Former Rep Dana Whitfield", "Ex-Governor Ray Tull".
fn has_leading_title(words: &[&str]) -> bool {
    let first = words[0];
    let lower = first.to_lowercase();
    let after_former = match lower.as_str() {
        "former" | "ex" | "then" => words.get(1).copied(),
        _ => ["ex-", "then-"]
            .iter()
            .find_map(|prefix| lower.strip_prefix(prefix).map(|_| &first[prefix.len()..])),
    };
    after_former.is_some_and(is_title_or_honorific)
        || (after_former.is_none() && is_title_or_honorific(first))
}

/// What is wrong with a role or an organisation as a description of someone, if anything.
fn description_fault(description: &str) -> Option<EntryFault> {
    let words: Vec<&str> = description.split_whitespace().collect();
    let lower: Vec<String> = words.iter().map(|word| word.to_lowercase()).collect();
    let bare = |word: &str| word.trim_matches(|c: char| !c.is_alphanumeric()).to_owned();
    if lower.iter().all(|word| {
        let word = bare(word);
        word.is_empty() || is_function_word(&word)
    }) {
        return Some(EntryFault::FunctionWordDescription);
    }
    let agency = words.iter().any(|word| {
        word.starts_with('(')
            && word.ends_with(')')
            && word.len() > 2
            && word[1..word.len() - 1]
                .chars()
                .all(|c| c.is_uppercase() || c == '-')
    });
    let capitals = words.iter().any(|word| {
        let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
        letters.len() >= 4 && letters.iter().all(|c| c.is_uppercase())
    });
    if agency || (capitals && words.iter().any(|word| matches!(*word, "—" | "–" | "--"))) {
        return Some(EntryFault::DatelineDescription);
    }
    let numbers: Vec<String> = lower
        .iter()
        .map(|word| bare(word))
        .filter(|word| !word.is_empty() && word != "aged")
        .collect();
    if numbers.len() == 1 && numbers[0].chars().all(|c| c.is_ascii_digit()) {
        return Some(EntryFault::AgeDescription);
    }
    // Lower case as written: "United States" is a name, "states" a verb.
    let finite = words.iter().any(|word| {
        let word = bare(word);
        word.starts_with(|c: char| c.is_lowercase())
            && (is_finite_verb(&word)
                || (is_cue_verb(&word)
                    && word.ends_with(['d', 's'])
                    && !matches!(word.as_str(), "called" | "named")))
    });
    (finite || words.len() >= CLAUSE_WORDS).then_some(EntryFault::ClauseDescription)
}

/// Entries that are a shorter form of a person another entry names: a surname alone, or a name whose
/// words are all in a longer name of the same surname ("Donald Trump" beside "Donald J. Trump"), or an
/// organisation whose one word is a person's surname. Each as "short → full".
fn split_people(speakers: &[Speaker]) -> Vec<String> {
    let key_words = |name: &str| -> Vec<String> {
        name.split_whitespace()
            .filter(|word| !is_title_or_honorific(word))
            .map(|word| fold_key(word.trim_matches(|c: char| !c.is_alphanumeric())).to_lowercase())
            .filter(|word| !word.is_empty())
            .collect()
    };
    let mut by_surname: HashMap<String, Vec<(usize, Vec<String>)>> = HashMap::new();
    for (index, speaker) in speakers.iter().enumerate() {
        if speaker.kind != SpeakerKind::Person {
            continue;
        }
        let words = key_words(&speaker.name);
        if let Some(surname) = words.last() {
            by_surname
                .entry(surname.clone())
                .or_default()
                .push((index, words));
        }
    }
    let mut splits = Vec::new();
    for (index, speaker) in speakers.iter().enumerate() {
        let words = key_words(&speaker.name);
        let Some(surname) = words.last() else {
            continue;
        };
        let Some(fuller) = by_surname.get(surname).and_then(|people| {
            people.iter().find(|(other, other_words)| {
                *other != index
                    && other_words.len() > words.len()
                    && words.iter().all(|word| other_words.contains(word))
            })
        }) else {
            continue;
        };
        let one_word_organisation = speaker.kind != SpeakerKind::Person && words.len() == 1;
        if speaker.kind == SpeakerKind::Person || one_word_organisation {
            splits.push(format!("{} → {}", speaker.name, speakers[fuller.0].name));
        }
    }
    splits
}

impl fmt::Display for SpeakerRegister {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "speakers                     {} ({} people)",
            self.speakers, self.people
        )?;
        writeln!(
            f,
            "people split                 {:.3} ({} entries; at most {SPLIT_PEOPLE_LIMIT})",
            self.split_share(),
            self.count(EntryFault::SplitPerson)
        )?;
        for fault in EntryFault::ALL {
            let entries: Vec<&str> = self
                .faults
                .iter()
                .filter(|(kind, _)| *kind == fault)
                .map(|(_, entry)| entry.as_str())
                .collect();
            writeln!(f, "\n{}: {}", fault.heading(), entries.len())?;
            for entry in entries {
                writeln!(f, "  {entry}")?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn speaker(name: &str, kind: SpeakerKind, role: Option<&str>) -> Speaker {
        Speaker {
            id: String::new(),
            name: name.to_owned(),
            kind,
            role: role.map(str::to_owned),
            organisation: None,
            aliases: Vec::new(),
        }
    }

    #[test]
    fn each_kind_of_polluted_entry_is_named_and_clean_entries_are_not() {
        use SpeakerKind::{Organisation, Person};
        let speakers = [
            speaker("Donald J. Trump", Person, Some("Republican nominee")),
            speaker("Trump", Person, None),
            speaker("Donald Trump", Person, None),
            speaker("Okafor", Organisation, None),
            speaker("Amara Okafor", Person, Some("mayor of Riverton")),
            speaker("Mr", Person, None),
            speaker("Lt Gen", Person, None),
            speaker("Clinton’s", Person, None),
            speaker("Former Rep Dana Whitfield", Person, None),
            speaker("Harold Benn", Person, Some("61")),
            speaker("Ruth Agbaje", Person, Some("WASHINGTON (AP)")),
            speaker("Leon Marsh", Person, Some("He")),
            speaker(
                "Ines Duval",
                Person,
                Some("one candidate he likes so far is"),
            ),
            speaker("Riverton Council", Organisation, None),
        ];
        let register = check_speakers(&speakers);
        let found: Vec<String> = register
            .faults
            .iter()
            .map(|(kind, entry)| format!("{kind:?}: {entry}"))
            .collect();
        assert_eq!(
            found,
            [
                "BareTitle: Lt Gen",
                "BareTitle: Mr",
                "Possessive: Clinton’s",
                "LeadingTitle: Former Rep Dana Whitfield",
                "SplitPerson: Donald Trump → Donald J. Trump",
                "SplitPerson: Okafor → Amara Okafor",
                "SplitPerson: Trump → Donald J. Trump",
                "FunctionWordDescription: Leon Marsh: He",
                "DatelineDescription: Ruth Agbaje: WASHINGTON (AP)",
                "AgeDescription: Harold Benn: 61",
                "ClauseDescription: Ines Duval: one candidate he likes so far is",
            ]
        );
        assert_eq!(register.people, 12);
        assert!((register.split_share() - 3.0 / 12.0).abs() < 1e-9);
    }
}
