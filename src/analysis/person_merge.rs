//! One person, one speaker, across the whole corpus: entries that a document's reading left apart —
//! a surname alone where that document never named the person in full, a full name with a middle name
//! or a describing word before it — joined to the person the corpus names in full, when only one fits
//! or one is the corpus's person of that name by far.

use rustc_hash::FxHashMap;

use super::fold::fold_key;
use super::lexicon::{is_descriptor_before_name, is_title_or_honorific};
use super::speaker::{Speaker, SpeakerKind};

/// A surname alone goes to the commonest of several people of that name only when that one says at
/// least this share of what they all say ("Clinton" in a campaign's coverage; never a toss-up).
const DOMINANT_SHARE: f64 = 0.9;
/// …and has said at least this many things.
const DOMINANT_STATEMENTS: usize = 5;

/// For each speaker, the speaker it is the same person as (itself when none); `statements[i]` is how
/// many quotes and reported statements speaker `i` has.
pub fn merge_people(speakers: &[Speaker], statements: &[usize]) -> Vec<usize> {
    let words: Vec<Vec<String>> = speakers
        .iter()
        .map(|speaker| name_words(&speaker.name))
        .collect();
    let is_person = |index: usize| speakers[index].kind == SpeakerKind::Person;
    // People named with a given name and a surname, by their last word.
    let mut by_last: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    for (index, name) in words.iter().enumerate() {
        if is_person(index) && name.len() >= 2 {
            by_last
                .entry(name[name.len() - 1].as_str())
                .or_default()
                .push(index);
        }
    }
    let mut target: Vec<usize> = (0..speakers.len()).collect();
    // Each longer name of the same last word that completes this one, and how.
    let fuller_forms = |index: usize, name: &[String]| -> Vec<(usize, Fuller)> {
        by_last
            .get(name[name.len() - 1].as_str())
            .into_iter()
            .flatten()
            .copied()
            .filter(|&other| other != index && words[other].len() > name.len())
            .filter_map(|other| Some((other, fuller_form(name, &words[other])?)))
            .collect()
    };
    // Full names first: "Donald Trump" and "Entrusting Donald Trump" — the shorter form's given name
    // stands, so the longer's extra word before it describes; "Hillary Clinton" and "Hillary Rodham
    // Clinton" — a middle name, and the form said more often stands.
    for (index, name) in words.iter().enumerate() {
        if !is_person(index) || name.len() < 2 {
            continue;
        }
        for (other, form) in fuller_forms(index, name) {
            match form {
                Fuller::Middle if statements[other] > statements[index] => target[index] = other,
                Fuller::Middle => target[other] = index,
                // "De Souza" beside "Wen De Souza": a surname of two words, which the longer name
                // completes; only a describing word before a full name is set aside.
                Fuller::Before if describes(&speakers[other].name, name.len()) => {
                    target[other] = index
                }
                Fuller::Before => {}
            }
        }
    }
    let target = ends_of_chains(&target);
    // Then a surname alone ("Trump", "Wasserman Schultz"), among the people those full names now are.
    // A word in capitals is a dateline's or a heading's ("WASHINGTON"), not a surname.
    let mut merged = target.clone();
    for (index, name) in words.iter().enumerate() {
        let written = &speakers[index].name;
        if !is_person(index) || target[index] != index || !written.chars().any(char::is_lowercase) {
            continue;
        }
        let completions: Vec<usize> = fuller_forms(index, name)
            .into_iter()
            .filter(|&(other, form)| {
                form == Fuller::Before
                    && (name.len() == 1 || !describes(&speakers[other].name, name.len()))
            })
            .map(|(other, _)| other)
            .collect();
        let mut people: Vec<(usize, usize)> = Vec::new();
        for other in completions {
            let person = target[other];
            match people.iter_mut().find(|(known, _)| *known == person) {
                Some((_, said)) => *said += statements[other],
                None => people.push((person, statements[other])),
            }
        }
        people.sort_by_key(|&(_, said)| std::cmp::Reverse(said));
        let Some(&(first, said)) = people.first() else {
            continue;
        };
        let all: usize = people.iter().map(|&(_, said)| said).sum();
        let dominant = people.len() == 1
            || (said >= DOMINANT_STATEMENTS && said as f64 >= DOMINANT_SHARE * all as f64);
        if dominant {
            merged[index] = first;
        }
    }
    merged
}

/// Each index followed through `target` to one that is its own.
fn ends_of_chains(target: &[usize]) -> Vec<usize> {
    (0..target.len())
        .map(|mut index| {
            for _ in 0..target.len() {
                if target[index] == index {
                    break;
                }
                index = target[index];
            }
            index
        })
        .collect()
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Fuller {
    /// The longer name has words before the shorter one's: "Kentuckian Rand Paul".
    Before,
    /// The same first and last words, with more between: "Hillary Rodham Clinton".
    Middle,
}

/// How `longer` is a fuller form of `shorter`, if it is: a surname alone is the end of any full name.
fn fuller_form(shorter: &[String], longer: &[String]) -> Option<Fuller> {
    if longer.ends_with(shorter) {
        return Some(Fuller::Before);
    }
    let middle = shorter.len() >= 2
        && shorter.first() == longer.first()
        && shorter.last() == longer.last()
        && shorter.iter().all(|word| longer.contains(word));
    middle.then_some(Fuller::Middle)
}

/// Whether the words of `name` before its last `kept` are a description ("Kentuckian", "Texas-based",
/// "Democrat", "Entrusting"), not a given name.
fn describes(name: &str, kept: usize) -> bool {
    let words: Vec<&str> = name
        .split_whitespace()
        .filter(|word| word.chars().filter(|c| c.is_alphanumeric()).count() > 1)
        .collect();
    let extra = &words[..words.len().saturating_sub(kept)];
    !extra.is_empty()
        && extra.iter().all(|word| {
            let lower = word.to_lowercase();
            is_title_or_honorific(word)
                || is_descriptor_before_name(word)
                || lower.ends_with("ing")
                || lower.ends_with("ian")
                || lower.ends_with("-based")
        })
}

/// A name's words as compared: folded, lower case, without titles, initials or a possessive.
fn name_words(name: &str) -> Vec<String> {
    name.split_whitespace()
        .filter(|word| !is_title_or_honorific(word))
        .map(|word| fold_key(word.trim_matches(|c: char| !c.is_alphanumeric())).to_lowercase())
        .filter(|word| word.chars().count() > 1)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(name: &str) -> Speaker {
        Speaker {
            id: String::new(),
            name: name.to_owned(),
            kind: SpeakerKind::Person,
            role: None,
            organisation: None,
            aliases: Vec::new(),
        }
    }

    fn merged(people: &[(&str, usize)]) -> Vec<String> {
        let speakers: Vec<Speaker> = people.iter().map(|(name, _)| person(name)).collect();
        let statements: Vec<usize> = people.iter().map(|&(_, count)| count).collect();
        merge_people(&speakers, &statements)
            .into_iter()
            .enumerate()
            .map(|(index, target)| format!("{} → {}", speakers[index].name, speakers[target].name))
            .collect()
    }

    #[test]
    fn a_surname_alone_joins_the_one_person_of_that_name_or_the_one_by_far_the_most_quoted() {
        assert_eq!(
            merged(&[("Okafor", 2), ("Amara Okafor", 3)]),
            ["Okafor → Amara Okafor", "Amara Okafor → Amara Okafor"]
        );
        assert_eq!(
            merged(&[("Clinton", 4), ("Hillary Clinton", 95), ("Bill Clinton", 5)]),
            [
                "Clinton → Hillary Clinton",
                "Hillary Clinton → Hillary Clinton",
                "Bill Clinton → Bill Clinton"
            ]
        );
        // Two people quoted alike: the surname alone stays open; a dateline in capitals is no surname.
        assert_eq!(
            merged(&[("Castro", 4), ("Julián Castro", 12), ("Joaquin Castro", 9)])[0],
            "Castro → Castro"
        );
        assert_eq!(
            merged(&[("WASHINGTON", 1), ("Kerry Washington", 2)])[0],
            "WASHINGTON → WASHINGTON"
        );
    }

    #[test]
    fn a_describing_word_before_a_name_or_a_middle_name_is_the_same_person() {
        assert_eq!(
            merged(&[("Kentuckian Rand Paul", 4), ("Rand Paul", 2), ("Paul", 1)]),
            [
                "Kentuckian Rand Paul → Rand Paul",
                "Rand Paul → Rand Paul",
                "Paul → Rand Paul"
            ]
        );
        assert_eq!(
            merged(&[("Hillary Clinton", 40), ("Hillary Rodham Clinton", 3)])[1],
            "Hillary Rodham Clinton → Hillary Clinton"
        );
        // A surname of two words beside a full name is no describing word.
        assert_eq!(
            merged(&[("De Souza", 2), ("Wen De Souza", 3)]),
            ["De Souza → Wen De Souza", "Wen De Souza → Wen De Souza"]
        );
        assert_eq!(
            merged(&[("De Souza", 2), ("Wen De Souza", 3), ("Tom De Souza", 3)])[0],
            "De Souza → De Souza"
        );
        // Another given name is another person.
        assert_eq!(
            merged(&[("Ted Cruz", 4), ("Heidi Cruz", 2)]),
            ["Ted Cruz → Ted Cruz", "Heidi Cruz → Heidi Cruz"]
        );
    }
}
