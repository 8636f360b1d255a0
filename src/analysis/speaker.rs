//! Speakers across the whole corpus: one person or organisation is one speaker, however each document
//! names them (full name, surname, acronym, curly or straight apostrophe).

use std::collections::HashMap;

use rustc_hash::{FxHashMap, FxHashSet};
use serde::{Deserialize, Serialize};

use super::fold::fold_key;
use super::mention::{is_acronym, join_name, strip_possessive};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SpeakerKind {
    Person,
    Organisation,
}

impl SpeakerKind {
    pub fn id(self) -> &'static str {
        match self {
            SpeakerKind::Person => "person",
            SpeakerKind::Organisation => "organisation",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Speaker {
    /// Stable within an analysis: made from the name ("ian-critchley", "internet-watch-foundation").
    pub id: String,
    pub name: String,
    pub kind: SpeakerKind,
    pub role: Option<String>,
    /// The organisation the person speaks for, by its full name where the corpus gives one.
    pub organisation: Option<String>,
    /// Other forms the corpus uses: surnames, acronyms.
    pub aliases: Vec<String>,
}

impl Speaker {
    /// "Lead for child protection, National Police Chiefs' Council": who they speak as, as far as known.
    pub fn description(&self) -> Option<String> {
        match (&self.role, &self.organisation) {
            (Some(role), Some(organisation)) => Some(format!("{role}, {organisation}")),
            (Some(role), None) => Some(role.clone()),
            (None, Some(organisation)) => Some(organisation.clone()),
            (None, None) => None,
        }
    }

    /// The organisation they speak for: an organisation speaks for itself.
    pub fn organisation_name(&self) -> Option<&str> {
        match self.kind {
            SpeakerKind::Organisation => Some(&self.name),
            _ => self.organisation.as_deref(),
        }
    }
}

/// The key two names must share to be one speaker: Unicode form, case, apostrophe style, a leading "the",
/// spacing, and the name's own acronym after it ("National Police Chiefs' Council (NPCC)", as a publisher
/// is often written) set aside, and a middle initial: "Harry M. Reid" is Harry Reid.
pub fn name_key(name: &str) -> String {
    let name = without_own_acronym(name);
    // Every speaker lookup makes a key: built word by word into one string, one buffer folding each word.
    let mut key = String::with_capacity(name.len());
    let mut folded = String::new();
    let mut words = 0;
    // Unicode forms, apostrophes and dashes folded once for the whole name.
    let name = fold_key(name);
    let word_count = name.split_whitespace().count();
    for (position, word) in name.split_whitespace().enumerate() {
        folded.clear();
        folded.push_str(word);
        let bare = strip_possessive(folded.trim_matches([',', '.', ';', ':']));
        let middle_initial = position > 0
            && position + 1 < word_count
            && bare.chars().count() == 1
            && bare.chars().all(char::is_uppercase);
        if middle_initial {
            continue;
        }
        let before = key.len();
        if words > 0 {
            key.push(' ');
        }
        let start = key.len();
        if bare.is_ascii() {
            key.extend(bare.chars().map(|c| c.to_ascii_lowercase()));
        } else {
            key.push_str(&bare.to_lowercase());
        }
        if position == 0 && &key[start..] == "the" {
            key.truncate(before);
            continue;
        }
        words += 1;
    }
    key
}

/// `name` without a last "(ACRONYM)" that its other words spell: "World Health Organization (WHO)" is
/// the World Health Organization, but "Police (Scotland)" and "Statement (NPCC)" keep theirs.
fn without_own_acronym(name: &str) -> &str {
    let trimmed = name.trim_end();
    let Some(inner) = trimmed.strip_suffix(')') else {
        return name;
    };
    let Some(open) = inner.rfind('(') else {
        return name;
    };
    let (before, acronym) = (inner[..open].trim_end(), &inner[open + 1..]);
    let spelt_by_all = is_acronym(acronym)
        && expansion_before(before, acronym).is_some_and(|full| {
            let words = |text: &str| {
                text.split_whitespace()
                    .skip_while(|word| word.eq_ignore_ascii_case("the"))
                    .count()
            };
            words(&full) == words(before)
        });
    if spelt_by_all {
        before
    } else {
        name
    }
}

/// Acronyms the corpus defines ("Internet Watch Foundation (IWF)"), to link every "IWF" to its full name.
#[derive(Clone, Debug, Default)]
pub struct AcronymTable {
    full_names: HashMap<String, String>,
    /// Name key of a full name → its acronym, the first defined.
    acronyms: HashMap<String, String>,
}

impl AcronymTable {
    /// Records every "Capitalised Words (ACRONYM)" in `text` whose words' initials spell the acronym.
    pub fn learn_from(&mut self, text: &str) {
        let mut search_from = 0;
        while let Some(open) = text[search_from..]
            .find('(')
            .map(|offset| search_from + offset)
        {
            search_from = open + 1;
            let Some(close) = text[open..].find(')').map(|offset| open + offset) else {
                break;
            };
            let acronym = &text[open + 1..close];
            if !is_acronym(acronym) {
                continue;
            }
            if let Some(full_name) = expansion_before(&text[..open], acronym) {
                self.acronyms
                    .entry(name_key(&full_name))
                    .or_insert_with(|| acronym.to_owned());
                self.full_names
                    .entry(acronym.to_owned())
                    .or_insert(full_name);
            }
        }
    }

    pub fn full_name(&self, acronym: &str) -> Option<&str> {
        self.full_names.get(acronym).map(String::as_str)
    }

    /// The acronym of a full name, if the corpus defines one.
    pub fn acronym_of(&self, full_name: &str) -> Option<&str> {
        self.acronyms.get(&name_key(full_name)).map(String::as_str)
    }
}

/// The capitalised words just before "(ACRONYM" whose initials spell it, ignoring small joining words.
fn expansion_before(before: &str, acronym: &str) -> Option<String> {
    let letters: Vec<char> = acronym.chars().filter(char::is_ascii_alphabetic).collect();
    let words: Vec<&str> = before.split_whitespace().collect();
    let mut taken = Vec::new();
    let mut remaining = letters.len();
    for word in words.iter().rev().take(letters.len() + 4) {
        let first = word
            .trim_start_matches(['“', '"', '‘', '\''])
            .chars()
            .next()?;
        let is_joiner = matches!(*word, "of" | "and" | "for" | "the" | "&" | "on" | "in");
        if is_joiner {
            taken.push(*word);
            continue;
        }
        if !first.is_uppercase() || remaining == 0 || first != letters[remaining - 1] {
            break;
        }
        taken.push(*word);
        remaining -= 1;
        if remaining == 0 {
            break;
        }
    }
    if remaining != 0 {
        return None;
    }
    taken.reverse();
    while taken
        .first()
        .is_some_and(|word| word.chars().next().is_some_and(char::is_lowercase))
    {
        taken.remove(0);
    }
    (!taken.is_empty()).then(|| join_name(&taken))
}

/// Every speaker of the corpus, found or created by name.
#[derive(Clone, Debug, Default)]
pub struct SpeakerRegistry {
    speakers: Vec<Speaker>,
    by_key: FxHashMap<String, usize>,
    /// People named in full, by the key of their last name: "Okafor said" in a story that never names
    /// him in full is the one Okafor the corpus knows, if there is only one.
    by_surname: FxHashMap<String, Vec<usize>>,
    ids: FxHashSet<String>,
    acronyms: AcronymTable,
    /// One capitalised word taken for an organisation only because nothing else fitted ("Trump said"
    /// before any Trump was named in full): a person when one of that surname is named.
    surname_like: FxHashMap<String, usize>,
}

impl SpeakerRegistry {
    pub fn new(acronyms: AcronymTable) -> SpeakerRegistry {
        SpeakerRegistry {
            acronyms,
            ..SpeakerRegistry::default()
        }
    }

    pub fn get(&self, index: usize) -> &Speaker {
        &self.speakers[index]
    }

    pub fn into_speakers(self) -> Vec<Speaker> {
        self.speakers
    }

    /// The organisation's full name where the corpus defines its acronym, else the name as written.
    pub fn organisation_name(&self, name: &str) -> String {
        let bare = name
            .strip_prefix("the ")
            .or_else(|| name.strip_prefix("The "))
            .unwrap_or(name);
        let bare = strip_possessive(bare);
        self.acronyms.full_name(bare).unwrap_or(bare).to_owned()
    }

    pub fn find(&self, name: &str) -> Option<usize> {
        self.by_key.get(&name_key(name)).copied()
    }

    /// The one person of the corpus so far whose full name ends in `surname`; none when there are two
    /// (Bill and Hillary Clinton), for the story to decide.
    pub fn only_person_by_surname(&self, surname: &str) -> Option<usize> {
        let mut people = self
            .by_surname
            .get(&name_key(surname))?
            .iter()
            .copied()
            .filter(|&index| self.speakers[index].kind == SpeakerKind::Person);
        let found = people.next()?;
        people.next().is_none().then_some(found)
    }

    pub fn person(&mut self, name: &str, role: Option<&str>, organisation: Option<&str>) -> usize {
        let organisation = organisation.map(|organisation| self.organisation_name(organisation));
        let known = self.speakers.len();
        let index = self.find_or_insert(name, SpeakerKind::Person);
        if index == known {
            if let Some((_, surname)) = name.trim().rsplit_once(' ') {
                let key = name_key(surname);
                if let Some(bare) = self.surname_like.remove(&key) {
                    if self.speakers[bare].aliases.is_empty() {
                        self.speakers[bare].kind = SpeakerKind::Person;
                    }
                }
                self.by_surname.entry(key).or_default().push(index);
            }
        }
        let speaker = &mut self.speakers[index];
        if speaker.role.is_none() {
            speaker.role = role.map(str::to_owned);
        }
        if speaker.organisation.is_none() {
            speaker.organisation = organisation;
        }
        if let Some(surname) = name.split_whitespace().last() {
            if surname != name && !speaker.aliases.iter().any(|alias| alias == surname) {
                speaker.aliases.push(surname.to_owned());
            }
        }
        index
    }

    /// One capitalised word that names no one known ("Trump said", "Greywater said"): the person of
    /// that surname when the corpus has named one in full, else an organisation until it does.
    pub fn surname_or_organisation(&mut self, name: &str) -> usize {
        let key = name_key(name);
        if let Some(&index) = self.by_key.get(&key) {
            return index;
        }
        if self.by_surname.contains_key(&key) {
            return self.find_or_insert(name, SpeakerKind::Person);
        }
        let index = self.organisation(name, None);
        if self.speakers[index].aliases.is_empty() && !name.chars().all(|c| !c.is_lowercase()) {
            self.surname_like.insert(key, index);
        }
        index
    }

    /// Whether the speaker is one capitalised word taken for an organisation only because nothing else
    /// fitted.
    pub fn is_surname_like(&self, index: usize) -> bool {
        let key = name_key(&self.speakers[index].name);
        self.surname_like.get(&key) == Some(&index)
    }

    pub fn organisation(&mut self, name: &str, acronym: Option<&str>) -> usize {
        let full_name = self.organisation_name(name);
        let acronym = acronym
            .map(str::to_owned)
            .or_else(|| self.acronyms.acronym_of(&full_name).map(str::to_owned));
        let index = self.find_or_insert(&full_name, SpeakerKind::Organisation);
        // A name first taken for a person's ("Northgate Library Friends told …") that the text then
        // says is a body ("…, a volunteer group,"): with nothing known of the person, it is the body.
        let speaker = &mut self.speakers[index];
        if speaker.kind == SpeakerKind::Person
            && speaker.role.is_none()
            && speaker.organisation.is_none()
        {
            speaker.kind = SpeakerKind::Organisation;
            speaker.aliases.clear();
        }
        if let Some(acronym) = acronym {
            self.add_alias(index, &acronym);
        }
        let written = strip_possessive(
            name.strip_prefix("the ")
                .or_else(|| name.strip_prefix("The "))
                .unwrap_or(name),
        );
        if name_key(written) != name_key(&full_name) {
            self.add_alias(index, written);
        }
        index
    }

    /// A description the story gave a person before naming them ("The leader of Northgate City Council"
    /// … "Cllr Sandra Okonjo"): its role replaces one only a title implied (councillor) or the same role
    /// written as a title ("Chief Constable"); its organisation fills a gap.
    pub fn describe(&mut self, index: usize, role: &str, organisation: Option<&str>) {
        let organisation = organisation.map(|organisation| self.organisation_name(organisation));
        let speaker = &mut self.speakers[index];
        let replaceable = speaker.role.as_deref().is_none_or(|written| {
            written == "councillor" || written.to_lowercase().ends_with(&role.to_lowercase())
        });
        if replaceable {
            speaker.role = Some(role.to_owned());
        }
        if speaker.organisation.is_none() {
            speaker.organisation = organisation;
        }
    }

    pub fn add_alias(&mut self, index: usize, alias: &str) {
        let key = name_key(alias);
        self.by_key.entry(key).or_insert(index);
        let speaker = &mut self.speakers[index];
        if name_key(&speaker.name) != name_key(alias)
            && !speaker
                .aliases
                .iter()
                .any(|known| name_key(known) == name_key(alias))
        {
            speaker.aliases.push(alias.to_owned());
        }
    }

    fn find_or_insert(&mut self, name: &str, kind: SpeakerKind) -> usize {
        let key = name_key(name);
        if let Some(&index) = self.by_key.get(&key) {
            return index;
        }
        let index = self.speakers.len();
        let id = self.unique_id(&key);
        self.ids.insert(id.clone());
        self.speakers.push(Speaker {
            id,
            name: name.trim().to_owned(),
            kind,
            role: None,
            organisation: None,
            aliases: Vec::new(),
        });
        self.by_key.insert(key, index);
        index
    }

    fn unique_id(&self, key: &str) -> String {
        let mut slug = String::new();
        for c in key.chars() {
            if c.is_alphanumeric() {
                slug.extend(c.to_lowercase());
            } else if !slug.ends_with('-') && !slug.is_empty() {
                slug.push('-');
            }
        }
        let slug = slug.trim_end_matches('-').to_owned();
        let slug = if slug.is_empty() {
            "speaker".to_owned()
        } else {
            slug
        };
        let mut candidate = slug.clone();
        let mut number = 1;
        while self.ids.contains(&candidate) {
            number += 1;
            candidate = format!("{slug}-{number}");
        }
        candidate
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acronyms_are_learnt_from_their_definitions() {
        let mut table = AcronymTable::default();
        table.learn_from(
            "The Internet Watch Foundation (IWF) said. It is the National Crime Agency’s (NCA) view. \
             The National Police Chiefs’ Council (NPCC) has warned. end-to-end encryption (E2EE) and \
             child sexual exploitation (CSE) are terms, not names.",
        );
        assert_eq!(table.full_name("IWF"), Some("Internet Watch Foundation"));
        assert_eq!(table.full_name("NCA"), Some("National Crime Agency"));
        assert_eq!(
            table.full_name("NPCC"),
            Some("National Police Chiefs’ Council")
        );
        assert_eq!(table.full_name("E2EE"), None);
        assert_eq!(table.full_name("CSE"), None);
        assert_eq!(
            table.acronym_of("National Police Chiefs' Council"),
            Some("NPCC")
        );
    }

    #[test]
    fn a_name_followed_by_its_own_acronym_is_the_name() {
        let keys: Vec<String> = [
            "National Police Chiefs' Council (NPCC)",
            "The National Police Chiefs’ Council",
            "World Health Organization (WHO) ",
            "Police (Scotland)",
            "Statement by the National Crime Agency (NCA)",
            "Council (NPCC)",
            "National Crime Agency (nca)",
        ]
        .iter()
        .map(|name| name_key(name))
        .collect();
        expect_test::expect![[r#"
            [
                "national police chiefs council",
                "national police chiefs council",
                "world health organization",
                "police (scotland)",
                "statement by the national crime agency (nca)",
                "council (npcc)",
                "national crime agency (nca)",
            ]
        "#]]
        .assert_debug_eq(&keys);
    }

    #[test]
    fn one_organisation_under_its_acronym_and_both_apostrophes() {
        let mut table = AcronymTable::default();
        table.learn_from("The National Police Chiefs’ Council (NPCC) said");
        let mut registry = SpeakerRegistry::new(table);
        let by_acronym = registry.organisation("the NPCC", None);
        let by_name = registry.organisation("National Police Chiefs' Council", None);
        assert_eq!(by_acronym, by_name);
        let speaker = registry.get(by_name);
        assert_eq!(speaker.name, "National Police Chiefs’ Council");
        assert_eq!(speaker.aliases, ["NPCC"]);
        assert_eq!(speaker.id, "national-police-chiefs-council");
    }

    #[test]
    fn one_person_across_mentions_keeps_the_first_role() {
        let mut registry = SpeakerRegistry::default();
        let first = registry.person(
            "Ian Critchley",
            Some("lead for child protection"),
            Some("the NPCC"),
        );
        let second = registry.person("Ian Critchley", Some("Lead"), None);
        assert_eq!(first, second);
        let speaker = registry.get(first);
        assert_eq!(speaker.role.as_deref(), Some("lead for child protection"));
        assert_eq!(speaker.organisation.as_deref(), Some("NPCC"));
        assert_eq!(speaker.aliases, ["Critchley"]);
    }
}
