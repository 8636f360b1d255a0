//! The writer of one document: its blocks of text as they accumulate, the ground truth noted as they are
//! written, how it names people and organisations (in full the first time, briefly after), and its
//! sentences in the house's style. Quotation patterns (`quotation.rs`), page furniture (`page.rs`) and the
//! kinds of document (`document.rs`) build on it.

use crate::corpus::DocumentKind;

use super::document::{DocumentPlan, WrittenDocument};
use super::house::HouseStyle;
use super::phrasebook;
use super::random::Random;
use super::sentence::{capitalise, capitalise_start, expand, Marks, Sentence, Writing, Written};
use super::story::{street_name, Deck, Decks, Position, Speaker, Stance, Story, StoryScene, Voice};
use super::truth::{DocumentTruth, FigureTruth, QuoteKind, QuoteTruth};

/// Words the footer usually adds, kept in reserve when filling the body to a length.
const FOOTER_ALLOWANCE: usize = 30;

/// What separates a block from the one before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Gap {
    /// A single line break, as navigation menus are scraped.
    Line,
    /// The house's paragraph break.
    Paragraph,
}

/// Where a speaker's name stands in its sentence, which decides how it may be written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Slot {
    /// Opening a paragraph: `Council leader Jane Reilly said:` and `The chief executive of X, Jane Reilly,
    /// said:` are possible.
    Opening,
    /// A subject inside a sentence, before its verb: an apposition closes with a comma.
    Subject,
    /// Closing a sentence (`said Jane Reilly, chief executive of X.`): no closing comma.
    Closing,
}

/// A paragraph or line of the document, and what separates it from the one before.
pub(super) struct Block {
    pub(super) text: String,
    pub(super) gap: Gap,
}

/// A mention of an organisation, decided but not yet committed (a template may not use it).
pub(super) struct OrganisationMention {
    pub(super) text: String,
    pub(super) index: usize,
    pub(super) shows_acronym: bool,
}

/// One document as it is written, with all it has said so far.
pub(super) struct Writer<'a> {
    pub(super) plan: &'a DocumentPlan<'a>,
    pub(super) story: &'a Story,
    pub(super) style: &'a HouseStyle,
    pub(super) random: Random,
    pub(super) blocks: Vec<Block>,
    pub(super) words: usize,
    pub(super) truth: DocumentTruth,
    /// Per person: named in full already, so later mentions use the surname.
    pub(super) introduced: Vec<bool>,
    pub(super) organisation_named: Vec<bool>,
    pub(super) acronym_shown: Vec<bool>,
    pub(super) voice_used: Vec<bool>,
    /// Who spoke in the paragraph just written, if it was a quotation or reported speech: the only
    /// speaker a pronoun or an uncued quotation may refer to.
    pub(super) last_speaker: Option<Speaker>,
    pub(super) last_was_quote: bool,
    pub(super) organisation_pronoun: &'static str,
    pub(super) decks: Decks,
    pub(super) background: Deck,
    pub(super) reported_partial: Deck,
    pub(super) reported_figures: Deck,
    pub(super) opinion: Deck,
    pub(super) findings: Deck,
    pub(super) inline_left: u32,
}

impl<'a> Writer<'a> {
    pub(super) fn new(plan: &'a DocumentPlan<'a>, mut random: Random) -> Writer<'a> {
        let story = plan.story;
        let decks = Decks::new(&mut random);
        let background = Deck::new(phrasebook::BACKGROUND, &mut random);
        let reported_partial = Deck::new(phrasebook::REPORTED_PARTIAL, &mut random);
        let reported_figures = Deck::new(phrasebook::REPORTED_FIGURES, &mut random);
        let opinion = Deck::new(phrasebook::OPINION, &mut random);
        let findings = Deck::new(phrasebook::FINDINGS, &mut random);
        let organisation_pronoun = if random.percent(75) { "it" } else { "they" };
        Writer {
            plan,
            story,
            style: &plan.publisher.style,
            blocks: Vec::with_capacity(48),
            words: 0,
            truth: DocumentTruth {
                file: plan.file.clone(),
                kind: plan.kind,
                title: String::new(),
                date_line: None,
                byline: None,
                quotes: Vec::new(),
                figures: Vec::new(),
                boilerplate: Vec::new(),
                words: 0,
            },
            introduced: vec![false; story.people.len()],
            organisation_named: vec![false; story.organisations.len()],
            acronym_shown: vec![false; story.organisations.len()],
            voice_used: vec![false; story.voices.len()],
            last_speaker: None,
            last_was_quote: false,
            organisation_pronoun,
            decks,
            background,
            reported_partial,
            reported_figures,
            opinion,
            findings,
            inline_left: 2,
            random,
        }
    }

    // ----- Blocks and truth -----

    pub(super) fn marks(&self) -> Marks {
        self.style.marks
    }

    pub(super) fn writing(&self, edited: bool) -> Writing {
        Writing {
            marks: self.style.marks,
            figures: self.style.figures,
            edited,
        }
    }

    pub(super) fn push(&mut self, text: String, gap: Gap) {
        self.words += count_words(&text);
        self.blocks.push(Block { text, gap });
    }

    /// A paragraph in nobody's voice: after it, no pronoun can point back to a speaker.
    pub(super) fn paragraph(&mut self, text: String) {
        self.push(text, Gap::Paragraph);
        self.last_speaker = None;
        self.last_was_quote = false;
    }

    pub(super) fn quote_paragraph(&mut self, text: String, speaker: Speaker) {
        self.push(text, Gap::Paragraph);
        self.last_speaker = Some(speaker);
        self.last_was_quote = true;
    }

    pub(super) fn reported_paragraph(&mut self, text: String, speaker: Speaker) {
        self.push(text, Gap::Paragraph);
        self.last_speaker = Some(speaker);
        self.last_was_quote = false;
    }

    /// Page furniture, noted in the ground truth. Lines start with a capital, so that no paragraph
    /// splitter takes one for the hard-wrapped end of the line before.
    pub(super) fn furniture(&mut self, text: String, gap: Gap) {
        let text = capitalise(&text);
        self.truth.boilerplate.push(text.clone());
        self.push(text, gap);
        self.last_speaker = None;
        self.last_was_quote = false;
    }

    pub(super) fn over_budget(&self) -> bool {
        self.words + FOOTER_ALLOWANCE >= self.plan.target_words
    }

    /// Notes what writing produced: figures (given by `speaker`, if any) and partial quotations.
    pub(super) fn record(&mut self, written: Written, speaker: Option<Speaker>) {
        let name = speaker.map(|speaker| self.story.canonical_name(speaker));
        for figure in written.figures {
            self.truth.figures.push(FigureTruth {
                text: figure.literal,
                value: figure.value,
                unit: figure.unit,
                speaker: name.clone(),
            });
        }
        if let Some(name) = name {
            for partial in written.partials {
                self.truth.quotes.push(QuoteTruth {
                    parts: vec![partial],
                    kind: QuoteKind::Partial,
                    speaker: name.clone(),
                    statement: None,
                });
            }
        }
    }

    pub(super) fn direct(
        &mut self,
        speaker: Speaker,
        parts: Vec<String>,
        statement: Option<usize>,
    ) {
        self.truth.quotes.push(QuoteTruth {
            parts,
            kind: QuoteKind::Direct,
            speaker: self.story.canonical_name(speaker),
            statement,
        });
    }

    pub(super) fn finish(mut self) -> WrittenDocument {
        let mut text = String::with_capacity(self.words * 7);
        if self.plan.byte_order_mark {
            text.push('\u{FEFF}');
        }
        for (index, block) in self.blocks.iter().enumerate() {
            if index > 0 {
                match block.gap {
                    Gap::Line => text.push('\n'),
                    Gap::Paragraph => {
                        text.push_str(self.style.paragraph_gap);
                        // Scrapes are uneven: now and then an extra blank line.
                        if self.random.percent(4) {
                            text.push('\n');
                        }
                    }
                }
            }
            text.push_str(&block.text);
        }
        if self.random.percent(70) {
            text.push('\n');
        }
        if self.plan.windows_line_endings {
            text = text.replace('\n', "\r\n");
        }
        // Blocks are joined by whitespace, so the document has exactly the words of its blocks.
        self.truth.words = self.words;
        WrittenDocument {
            text,
            truth: self.truth,
        }
    }

    // ----- Naming people and organisations -----

    pub(super) fn short_name(&self, index: usize) -> String {
        let organisation = &self.story.organisations[index];
        let own_club = organisation.kind == super::vocabulary::OrgKind::FootballClub
            && self.publisher_is(index);
        if own_club {
            "the Club".to_owned()
        } else {
            organisation.kind.short().to_owned()
        }
    }

    /// Whether this document is the organisation's own publication.
    pub(super) fn publisher_is(&self, index: usize) -> bool {
        self.plan
            .publisher
            .name
            .starts_with(&self.story.organisations[index].name)
    }

    /// How the acting organisation is called for short in this document.
    pub(super) fn lead_short(&self) -> String {
        self.short_name(self.story.actor)
    }

    pub(super) fn organisation_mention(
        &mut self,
        index: usize,
        possessive: bool,
    ) -> OrganisationMention {
        let organisation = &self.story.organisations[index];
        let article = organisation.article();
        let mut shows_acronym = false;
        let text = if !self.organisation_named[index] {
            match &organisation.acronym {
                Some(acronym) if !possessive && self.random.percent(80) => {
                    shows_acronym = true;
                    format!("{article}{} ({acronym})", organisation.name)
                }
                _ => format!("{article}{}", organisation.name),
            }
        } else if self.acronym_shown[index] && self.random.percent(65) {
            format!(
                "the {}",
                organisation.acronym.as_deref().unwrap_or_default()
            )
        } else if self.random.percent(20) {
            format!("{article}{}", organisation.name)
        } else {
            self.short_name(index)
        };
        OrganisationMention {
            text: self.marks().text(&text),
            index,
            shows_acronym,
        }
    }

    pub(super) fn commit(&mut self, mention: &OrganisationMention) {
        self.organisation_named[mention.index] = true;
        if mention.shows_acronym {
            self.acronym_shown[mention.index] = true;
        }
    }

    pub(super) fn organisation_reference(&mut self, index: usize) -> String {
        let mention = self.organisation_mention(index, false);
        self.commit(&mention);
        mention.text
    }

    /// `Dr Jane O’Neill OBE`.
    pub(super) fn titled_name(&self, index: usize) -> String {
        let person = &self.story.people[index];
        let mut name = String::new();
        if let Some(honorific) = person.honorific {
            name.push_str(honorific);
            name.push(' ');
        }
        name.push_str(person.first);
        name.push(' ');
        self.marks().write(person.surname, &mut name);
        if let Some(post_nominal) = person.post_nominal {
            name.push(' ');
            name.push_str(post_nominal);
        }
        name
    }

    /// A second mention: `Reilly`, `Ms Reilly`, `Dr Reilly`, `Sir Tom`.
    pub(super) fn later_name(&self, index: usize) -> String {
        let person = &self.story.people[index];
        let surname = self.marks().text(person.surname);
        match person.honorific {
            Some(title @ ("Sir" | "Dame")) => format!("{title} {}", person.first),
            Some(title) if self.style.courtesy_titles => format!("{title} {surname}"),
            None if self.style.courtesy_titles => {
                format!("{} {surname}", person.pronoun.courtesy_title())
            }
            _ => surname,
        }
    }

    /// The field of study a person works in, fixed per person.
    pub(super) fn field(&self, index: usize) -> &'static str {
        let fields = self.story.topic.fields;
        fields[index % fields.len()]
    }

    pub(super) fn fill_role(&self, pattern: &str, index: usize) -> String {
        let sector = self.story.topic.sector;
        let field = self.field(index);
        pattern
            .replace("{sector}", sector)
            .replace("{Sector}", &capitalise(sector))
            .replace("{field}", field)
            .replace("{Field}", &capitalise(field))
    }

    /// What follows the name: `chief executive of the Esk Vale Regional Agency (EVRA)`.
    pub(super) fn apposition(&mut self, index: usize) -> String {
        let person = &self.story.people[index];
        let text = match person.position {
            Position::Member { role, organisation } => {
                let pattern = self.fill_role(role.apposition, index);
                let possessive = pattern.contains("{org}'s");
                let mention = self.organisation_mention(organisation, possessive);
                self.commit(&mention);
                pattern.replace("{org}", &mention.text)
            }
            Position::MemberOfParliament => {
                if person.post_nominal == Some("MP") {
                    format!("who represents {}", self.story.place)
                } else {
                    format!("MP for {}", self.story.place)
                }
            }
            Position::Resident => match self.random.below(4) {
                0 => format!("who lives on {}", street_name(&mut self.random)),
                1 => format!(
                    "{} {} resident",
                    indefinite_article(&self.story.place),
                    self.story.place
                ),
                2 => format!("who runs a café on {}", street_name(&mut self.random)),
                _ => format!("a retired teacher from {}", self.story.place),
            },
            Position::Barrister { organisation } => {
                let reference = self.organisation_reference(organisation);
                format!("representing {reference}")
            }
        };
        self.marks().text(&text)
    }

    /// What may stand before the name: `Council leader`, `Chief Constable`, `Tarnley MP`.
    pub(super) fn role_before(&self, index: usize) -> Option<String> {
        let person = &self.story.people[index];
        match person.position {
            Position::Member { role, .. } => {
                Some(self.marks().text(&self.fill_role(role.before, index)))
            }
            Position::MemberOfParliament if person.post_nominal.is_none() => {
                Some(format!("{} MP", self.story.place))
            }
            Position::Resident => Some("Local resident".to_owned()),
            _ => None,
        }
    }

    pub(super) fn is_introduced(&self, speaker: Speaker) -> bool {
        match speaker {
            Speaker::Person(index) => self.introduced[index],
            Speaker::Organisation(index) => self.organisation_named[index],
        }
    }

    /// Names a speaker: in full with their role the first time, briefly after that.
    pub(super) fn mention(&mut self, speaker: Speaker, slot: Slot) -> String {
        match speaker {
            Speaker::Person(index) => {
                if self.introduced[index] {
                    return self.later_name(index);
                }
                self.introduced[index] = true;
                let titled = self.titled_name(index);
                let choice = self.random.below(100);
                if slot == Slot::Opening && choice < 30 {
                    if let Some(before) = self.role_before(index) {
                        // `Council leader Jane Reilly`, not `Council leader Cllr Jane Reilly`; a
                        // professor is not called one twice.
                        let name = ["Cllr ", "Prof ", "Professor "]
                            .iter()
                            .find_map(|title| titled.strip_prefix(title))
                            .unwrap_or(&titled);
                        return format!("{before} {name}");
                    }
                }
                let apposition = self.apposition(index);
                let role_noun_first = apposition.starts_with(|c: char| c.is_lowercase())
                    && !["a ", "who ", "the ", "representing", "MP "]
                        .iter()
                        .any(|start| apposition.starts_with(start));
                match slot {
                    Slot::Opening if choice >= 85 && role_noun_first => {
                        format!("the {apposition}, {titled},")
                    }
                    Slot::Opening | Slot::Subject => format!("{titled}, {apposition},"),
                    Slot::Closing => format!("{titled}, {apposition}"),
                }
            }
            Speaker::Organisation(index) => {
                let reference = self.organisation_reference(index);
                match self.random.below(100) {
                    0..=24 => {
                        let who = self.random.pick(super::vocabulary::SPOKESPEOPLE);
                        format!("a {who} for {reference}")
                    }
                    25..=34 => {
                        let who = self.random.pick(super::vocabulary::SPOKESPEOPLE);
                        let short = self.short_name(index);
                        let noun = short.trim_start_matches("the ");
                        format!("{} {noun} {who}", indefinite_article(noun))
                    }
                    _ => reference,
                }
            }
        }
    }

    /// A pronoun for a speaker already named, and whether it takes a plural verb.
    pub(super) fn pronoun(&self, speaker: Speaker) -> (&'static str, bool) {
        match speaker {
            Speaker::Person(index) => {
                let pronoun = self.story.people[index].pronoun.subject();
                (pronoun, pronoun == "they")
            }
            Speaker::Organisation(_) => (
                self.organisation_pronoun,
                self.organisation_pronoun == "they",
            ),
        }
    }

    pub(super) fn said(&self, plural: bool) -> &'static str {
        match (self.style.present_tense, plural) {
            (false, _) => "said",
            (true, false) => "says",
            (true, true) => "say",
        }
    }

    /// How the outlet is named by someone talking to it: `told the Tarnley Star`.
    pub(super) fn told(&self) -> Option<String> {
        if matches!(
            self.plan.kind,
            DocumentKind::PressRelease | DocumentKind::Statement
        ) {
            return None;
        }
        let name = &self.plan.publisher.name;
        Some(match name.strip_prefix("The ") {
            Some(rest) => format!("told the {rest}"),
            None => format!("told {name}"),
        })
    }

    // ----- Writing sentences -----

    pub(super) fn scene(&self, stance: Stance) -> StoryScene<'a> {
        let mut scene = StoryScene::new(self.story, stance);
        scene.lead_short = self.lead_short();
        scene
    }

    /// Expands and writes a template. `{org}` names organisation `organisation` as this document would
    /// next; `who` speaks any reported speech, and owns its figures and partial quotations.
    pub(super) fn narrative(
        &mut self,
        template: &'static str,
        organisation: usize,
        who: Option<(Speaker, String)>,
        stance: Stance,
    ) -> String {
        let mention = self.organisation_mention(organisation, false);
        let mut scene = self.scene(stance);
        scene.org = Some(mention.text.clone());
        let speaker = who.as_ref().map(|(speaker, _)| *speaker);
        scene.who = who.map(|(_, name)| name);
        let sentence = expand(template, &mut scene, &mut self.random);
        if scene.org_used {
            self.commit(&mention);
        }
        let mut written = Written::default();
        let mut text = String::with_capacity(160);
        self.writing(false)
            .segments(&sentence.segments, &mut text, &mut written);
        self.record(written, speaker);
        capitalise_start(&mut text);
        text
    }

    pub(super) fn narrative_paragraph(&mut self, deck: DeckName, sentences: usize) -> String {
        let mut text = String::with_capacity(sentences * 140);
        for index in 0..sentences {
            let template = match deck {
                DeckName::Background => self.background.draw(&mut self.random),
                DeckName::Opinion => self.opinion.draw(&mut self.random),
                DeckName::Findings => self.findings.draw(&mut self.random),
            };
            if index > 0 {
                text.push(' ');
            }
            let sentence = self.narrative(template, self.story.actor, None, Stance::Neutral);
            text.push_str(&sentence);
        }
        text
    }

    pub(super) fn quote_sentences(
        &mut self,
        voice: Voice,
        count: usize,
        inner_quotations: bool,
    ) -> Vec<Sentence> {
        let mut scene = self.scene(voice.stance);
        let mut sentences = Vec::with_capacity(count);
        while sentences.len() < count {
            let sentence = self.decks.quote(voice.stance, &mut self.random, &mut scene);
            if inner_quotations || !sentence.has_inner_quotation() {
                sentences.push(sentence);
            }
        }
        sentences
    }

    pub(super) fn render_quote(
        &mut self,
        speaker: Speaker,
        sentences: &[Sentence],
        edited: bool,
    ) -> String {
        let mut written = Written::default();
        let text = self.writing(edited).sentences(sentences, &mut written);
        self.record(written, Some(speaker));
        text
    }

    /// Paragraphs of fresh quotation for a voice, written out.
    pub(super) fn quote_paragraphs(&mut self, voice: Voice, paragraphs: usize) -> Vec<String> {
        (0..paragraphs)
            .map(|_| {
                let count = 1 + self.random.below(3);
                let sentences = self.quote_sentences(voice, count, true);
                self.render_quote(voice.speaker, &sentences, false)
            })
            .collect()
    }

    pub(super) fn fresh_quote(&mut self, voice: Voice) -> String {
        self.quote_paragraphs(voice, 1).remove(0)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum DeckName {
    Background,
    Opinion,
    Findings,
}

/// Words as `split_whitespace` counts them, for the generator's own text, whose only whitespace is ASCII:
/// bytes, not characters, because this runs on every paragraph.
fn count_words(text: &str) -> usize {
    let mut words = 0;
    let mut in_word = false;
    for byte in text.bytes() {
        let space = matches!(byte, b' ' | b'\n' | b'\r' | b'\t');
        if !space && !in_word {
            words += 1;
        }
        in_word = !space;
    }
    words
}

/// `a` or `an`, as the word sounds: by its first letter, except where a vowel is said as "you"
/// (`a university`). The generator's place names are spelt as they sound.
fn indefinite_article(word: &str) -> &'static str {
    let lower = word.to_ascii_lowercase();
    let vowel = lower.starts_with(['a', 'e', 'i', 'o', 'u']);
    if vowel && !lower.starts_with("uni") && !lower.starts_with("eu") {
        "an"
    } else {
        "a"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_counted_as_split_whitespace_counts_them() {
        for text in [
            "",
            "  ",
            "one",
            "Jane Reilly said:\r\n\r\n“It’s\tfine.”\n",
            "\u{FEFF}Head line  ",
        ] {
            assert_eq!(
                count_words(text),
                text.split_whitespace().count(),
                "{text:?}"
            );
        }
    }

    #[test]
    fn the_indefinite_article_follows_the_sound() {
        let articles: Vec<&str> = [
            "association",
            "Ulverby",
            "university",
            "council",
            "Orrfield",
        ]
        .iter()
        .map(|word| indefinite_article(word))
        .collect();
        assert_eq!(articles, ["an", "an", "a", "a", "an"]);
    }
}
