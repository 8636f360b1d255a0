//! One document written out: a story told in one house's style as one kind of text (a news report, a
//! press release, a speech, a transcript…), together with the ground truth of what was written where.

use crate::corpus::DocumentKind;

use super::calendar::Day;
use super::house::Publisher;
use super::phrasebook;
use super::random::Random;
use super::sentence::{capitalise, expand, Marks};
use super::story::{Deck, Speaker, Stance, Story, Voice};
use super::truth::{DocumentTruth, StatementForm};
use super::writer::{DeckName, Gap, Slot, Writer};

/// What date a document's text shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShownDate {
    Day,
    Month,
    Nothing,
}

/// How a document quotes its story's statement.
#[derive(Clone, Debug)]
pub struct StatementPlan {
    /// Its index among the repeated statements, when other documents quote it too.
    pub group: Option<usize>,
    pub forms: Vec<StatementForm>,
}

/// Everything decided about a document before it is written.
pub struct DocumentPlan<'a> {
    pub file: String,
    pub kind: DocumentKind,
    pub story: &'a Story,
    pub publisher: &'a Publisher,
    pub day: Day,
    pub shown_date: ShownDate,
    /// The reporter named in the byline, if the page has one.
    pub author: Option<String>,
    pub statement: Option<StatementPlan>,
    pub target_words: usize,
    pub windows_line_endings: bool,
    pub byte_order_mark: bool,
}

/// A document's text and what the generator knows about it.
pub struct WrittenDocument {
    pub text: String,
    pub truth: DocumentTruth,
}

/// Writes the document `plan` describes, drawing on `random`, a stream of its own.
pub fn write_document(plan: &DocumentPlan<'_>, random: Random) -> WrittenDocument {
    let mut writer = Writer::new(plan, random);
    match plan.kind {
        DocumentKind::PressRelease | DocumentKind::Statement => writer.release(),
        DocumentKind::Speech => writer.speech(),
        DocumentKind::Transcript => writer.transcript(),
        DocumentKind::Opinion | DocumentKind::BlogPost => writer.article(Register::Opinion),
        DocumentKind::Report => writer.article(Register::Report),
        DocumentKind::NewsArticle | DocumentKind::Other => writer.article(Register::News),
    }
    writer.finish()
}

/// The voice an article's own narrative is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Register {
    News,
    Opinion,
    Report,
}

impl Writer<'_> {
    pub(super) fn article(&mut self, register: Register) {
        let story = self.story;
        let headlines = match register {
            Register::Opinion => phrasebook::HEADLINES_OPINION,
            Register::Report => phrasebook::HEADLINES_REPORT,
            Register::News if story.stance == Stance::Support => phrasebook::HEADLINES_SUPPORT,
            Register::News => phrasebook::HEADLINES_OPPOSE,
        };
        self.header(headlines);
        match register {
            Register::News => {
                let ledes = if story.stance == Stance::Support {
                    phrasebook::LEDES_SUPPORT
                } else {
                    phrasebook::LEDES_OPPOSE
                };
                let template = self.random.pick(ledes);
                let lede = self.narrative(template, story.actor, None, Stance::Neutral);
                self.paragraph(lede);
                if self.random.percent(45) {
                    self.reported_phrase();
                }
                self.statement_section();
            }
            Register::Opinion => {
                for _ in 0..2 {
                    let count = 1 + self.random.below(3);
                    let text = self.narrative_paragraph(DeckName::Opinion, count);
                    self.paragraph(text);
                }
                if self.plan.statement.is_some() {
                    self.statement_section();
                }
            }
            Register::Report => {
                let count = 2 + self.random.below(2);
                let text = self.narrative_paragraph(DeckName::Findings, count);
                self.paragraph(text);
                self.paragraph("Key findings".to_owned());
                for _ in 0..2 {
                    let count = 1 + self.random.below(2);
                    let text = self.narrative_paragraph(DeckName::Findings, count);
                    self.paragraph(text);
                }
            }
        }
        self.body(register);
        if self.random.percent(50) {
            let template = self.random.pick(phrasebook::CLOSINGS);
            let text = self.narrative(template, story.actor, None, Stance::Neutral);
            self.paragraph(text);
        }
        let headline = self.truth.title.clone();
        self.footer(&headline);
    }

    /// Quotations, reported speech and narrative until the document is long enough.
    pub(super) fn body(&mut self, register: Register) {
        let narrative_deck = match register {
            Register::News => DeckName::Background,
            Register::Opinion => DeckName::Opinion,
            Register::Report => DeckName::Findings,
        };
        // Enough rounds for the longest documents; each round writes at least one paragraph.
        for _ in 0..400 {
            if self.over_budget() {
                break;
            }
            let roll = self.random.below(100);
            let new_voice = self.next_unused_voice();
            match (roll, new_voice) {
                (0..=34, Some(index)) => self.voice_section(index),
                (35..=49, _) | (0..=34, None) => {
                    let deck = if register == Register::News || self.random.percent(50) {
                        narrative_deck
                    } else {
                        DeckName::Background
                    };
                    let count = 1 + self.random.below(3);
                    let text = self.narrative_paragraph(deck, count);
                    self.paragraph(text);
                }
                (50..=64, _) => match self.used_voice() {
                    Some(index) => {
                        let voice = self.story.voices[index];
                        let done = self.last_speaker == Some(voice.speaker)
                            && (self.follow_on_quotation(voice) || self.pronoun_quotation(voice));
                        if !(done || self.random.percent(30) && self.split_quotation(voice)) {
                            self.later_quotation(voice);
                        }
                    }
                    None => self.voice_section(0),
                },
                (65..=74, _) => {
                    let index = self.random.below(self.story.voices.len());
                    self.voice_used[index] = true;
                    self.reported(self.story.voices[index], false);
                }
                (75..=84, _) => {
                    let index = self.random.below(self.story.voices.len());
                    self.voice_used[index] = true;
                    self.reported(self.story.voices[index], true);
                }
                (85..=87, _) => self.inline_furniture(),
                _ => {
                    let count = 1 + self.random.below(2);
                    let text = self.narrative_paragraph(DeckName::Background, count);
                    self.paragraph(text);
                }
            }
        }
    }

    /// A press release or statement, in the organisation's own name.
    pub(super) fn release(&mut self) {
        let story = self.story;
        let statement_kind = self.plan.kind == DocumentKind::Statement;
        self.navigation();
        if self.random.percent(60) {
            let label = if statement_kind {
                self.random
                    .pick(&["Statement", "Media statement", "STATEMENT"])
            } else {
                self.random.pick(&[
                    "Press release",
                    "News release",
                    "FOR IMMEDIATE RELEASE",
                    "Media release",
                    "PRESS RELEASE",
                    "For immediate release",
                ])
            };
            self.furniture((*label).to_owned(), Gap::Paragraph);
        }
        let headlines = match (statement_kind, story.stance) {
            (true, Stance::Support) => phrasebook::HEADLINES_STATEMENT_SUPPORT,
            (true, _) => phrasebook::HEADLINES_STATEMENT_OPPOSE,
            (false, Stance::Support) => phrasebook::HEADLINES_SUPPORT,
            (false, _) => phrasebook::HEADLINES_OPPOSE,
        };
        self.headline(headlines);
        let date = self.date_text();
        let dateline_in_lede = date.is_some() && self.random.percent(35);
        if let (Some(date), false) = (&date, dateline_in_lede) {
            self.truth.date_line = Some(date.clone());
            self.push(date.clone(), Gap::Paragraph);
        }
        if !statement_kind || self.random.percent(50) {
            let ledes = if story.stance == Stance::Support {
                phrasebook::LEDES_SUPPORT
            } else {
                phrasebook::LEDES_OPPOSE
            };
            let template = self.random.pick(ledes);
            let lede = self.narrative(template, story.actor, None, Stance::Neutral);
            let lede = match (&date, dateline_in_lede) {
                (Some(date), true) => {
                    let dateline = format!("{}, {date}", story.place.to_uppercase());
                    self.truth.date_line = Some(dateline.clone());
                    format!("{dateline} – {lede}")
                }
                _ => lede,
            };
            self.paragraph(lede);
        }
        self.statement_section();
        let mut rounds = 0;
        while !self.over_budget() && rounds < 200 {
            rounds += 1;
            match self.random.below(10) {
                0..=5 => {
                    let count = 1 + self.random.below(3);
                    let text = self.narrative_paragraph(DeckName::Background, count);
                    self.paragraph(text);
                }
                // A release quotes its own side and neutral experts, never its opponents.
                6..=8 => match self.next_unused_voice() {
                    Some(index)
                        if matches!(self.story.voices[index].stance, Stance::Neutral)
                            || self.story.voices[index].stance == story.lead().stance =>
                    {
                        self.voice_section(index)
                    }
                    Some(index) => self.voice_used[index] = true,
                    None => {
                        let voice = story.lead();
                        self.later_quotation(voice);
                    }
                },
                _ => {
                    let voice = story.lead();
                    if !self.pronoun_quotation(voice) {
                        self.later_quotation(voice);
                    }
                }
            }
        }
        if self.random.percent(60) {
            let ends = self
                .random
                .pick(&["Ends", "ENDS", "-ends-", "– ENDS –", "###"]);
            self.furniture((*ends).to_owned(), Gap::Paragraph);
        }
        if self.random.percent(50) {
            let publisher_org = story
                .organisation_of(story.lead().speaker)
                .unwrap_or(story.actor);
            let heading = match self.random.below(4) {
                0 => "Notes to editors".to_owned(),
                1 => "Notes for editors".to_owned(),
                2 => "Editor's notes".to_owned(),
                _ => format!("About {}", story.organisations[publisher_org].name),
            };
            self.furniture(self.marks().text(&heading), Gap::Paragraph);
            let mut notes = Deck::new(phrasebook::NOTES, &mut self.random);
            for number in 1..=1 + self.random.below(3) {
                let template = notes.draw(&mut self.random);
                let note = self.narrative(template, publisher_org, None, Stance::Neutral);
                self.paragraph(format!("{number}. {note}"));
            }
        }
        if self.random.percent(50) {
            let slug = super::house::slug(&self.plan.publisher.name);
            let email = format!(
                "{}@{}.example.{}",
                self.random
                    .pick(&["press", "media", "news", "communications"]),
                slug,
                self.random.pick(&["org", "com", "net"])
            );
            let phone = format!("01632 960{:03}", self.random.below(1000));
            let line = match self.random.below(4) {
                0 => format!("Media enquiries: {email}"),
                1 => format!("For media enquiries contact the press office on {phone}"),
                2 => format!("Press office: {email} | {phone}"),
                _ => format!("Contact: Press Office, {email}"),
            };
            self.furniture(line, Gap::Paragraph);
        }
        let headline = self.truth.title.clone();
        self.footer(&headline);
    }

    /// The person a speech or an interview is by: the lead if a person, else the first person.
    pub(super) fn principal_voice(&self) -> Voice {
        let story = self.story;
        story
            .voices
            .iter()
            .copied()
            .find(|voice| matches!(voice.speaker, Speaker::Person(_)))
            .unwrap_or(story.lead())
    }

    pub(super) fn speech(&mut self) {
        let story = self.story;
        let voice = self.principal_voice();
        let Speaker::Person(index) = voice.speaker else {
            return self.article(Register::News);
        };
        self.voice_used.iter_mut().for_each(|used| *used = true);
        self.navigation();
        let titled = self.titled_name(index);
        let headline = match self.random.below(3) {
            0 => format!(
                "{titled}'s speech to the {} {} conference",
                story.region, story.topic.sector
            ),
            1 => format!("Speech by {titled} on {}", story.plan_full()),
            _ => format!(
                "{} {}: {} speech",
                story.place,
                story.plan.0,
                self.marks().text(&story.people[index].canonical())
            ),
        };
        let headline = capitalise(&self.marks().text(&headline));
        self.truth.title = headline.clone();
        self.paragraph(headline);
        if self.random.percent(50) {
            let note = self.random.pick(&[
                "Check against delivery",
                "As delivered",
                "Check against delivery.",
                "Transcript of the speech as delivered",
            ]);
            self.furniture((*note).to_owned(), Gap::Paragraph);
        }
        if let Some(date) = self.date_text() {
            self.truth.date_line = Some(date.clone());
            self.push(date, Gap::Paragraph);
        }
        if self.random.percent(40) {
            let name = self.mention(voice.speaker, Slot::Opening);
            let said = if self.random.percent(50) {
                "gave this speech"
            } else {
                "spoke"
            };
            let day = self
                .random
                .pick(&["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]);
            let text = format!(
                "{} {said} at {} Town Hall on {day}.",
                capitalise(&name),
                story.place
            );
            self.paragraph(text.replace(",, ", ", "));
        }
        let mut scene = self.scene(voice.stance);
        let template = *self.random.pick(phrasebook::SPEECH_OPENINGS);
        let opening = expand(template, &mut scene, &mut self.random);
        let opening = self.render_quote(voice.speaker, &[opening], false);
        self.paragraph(opening);
        let mut rounds = 0;
        while !self.over_budget() && rounds < 200 {
            rounds += 1;
            let others: Vec<Voice> = story
                .voices
                .iter()
                .copied()
                .filter(|other| *other != voice)
                .collect();
            if self.random.percent(12) && !others.is_empty() {
                // Speakers quote others: a quotation inside the speech, with its own speaker.
                let other = others[self.random.below(others.len())];
                let name = self.mention(other.speaker, Slot::Subject);
                let text = self.fresh_quote(other);
                let Marks { open, close, .. } = self.marks();
                let line = format!(
                    "As {} put it {}: {open}{text}{close}",
                    name.trim_end_matches(','),
                    self.random
                        .pick(&["recently", "last week", "to me", "so well"])
                );
                self.push(line, Gap::Paragraph);
                self.direct(other.speaker, vec![text], None);
                continue;
            }
            let count = 2 + self.random.below(3);
            let sentences = self.quote_sentences(voice, count, false);
            let text = self.render_quote(voice.speaker, &sentences, false);
            self.push(text, Gap::Paragraph);
        }
        let closing = self.random.pick(phrasebook::SPEECH_CLOSINGS);
        self.push((*closing).to_owned(), Gap::Paragraph);
        let headline = self.truth.title.clone();
        self.footer(&headline);
    }

    pub(super) fn transcript(&mut self) {
        let story = self.story;
        let guest = self.principal_voice();
        let Speaker::Person(index) = guest.speaker else {
            return self.article(Register::News);
        };
        self.voice_used.iter_mut().for_each(|used| *used = true);
        let show = format!(
            "{} {}",
            if self.random.percent(50) {
                &story.region
            } else {
                &story.place
            },
            self.random.pick(&[
                "Today",
                "Tonight",
                "Politics",
                "This Week",
                "Live",
                "Matters"
            ])
        );
        let plain = self.marks().text(&story.people[index].canonical());
        let headline = match self.random.below(3) {
            0 => format!("{show}: interview with {plain}"),
            1 => format!("Transcript: {show} on {}", story.plan_full()),
            _ => format!("{plain} on {show}: full transcript"),
        };
        self.truth.title = headline.clone();
        self.paragraph(headline);
        if self.random.percent(50) {
            let note = self.random.pick(&[
                "This transcript was generated automatically and may contain errors.",
                "Transcript",
                "Listen to this episode",
                "Full transcript below",
            ]);
            self.furniture((*note).to_owned(), Gap::Paragraph);
        }
        if let Some(date) = self.date_text() {
            self.truth.date_line = Some(date.clone());
            self.push(date, Gap::Paragraph);
        }
        let capitals = self.random.percent(60);
        let presenter = if capitals { "PRESENTER" } else { "Presenter" };
        let guest_label = if capitals {
            plain.to_uppercase()
        } else {
            plain.clone()
        };
        let mut questions = Deck::new(phrasebook::PRESENTER_QUESTIONS, &mut self.random);
        let mut rounds = 0;
        while !self.over_budget() && rounds < 200 {
            let template = if rounds == 0 {
                *self.random.pick(phrasebook::PRESENTER_OPENINGS)
            } else {
                questions.draw(&mut self.random)
            };
            rounds += 1;
            let question = self.narrative(template, story.actor, None, Stance::Neutral);
            self.push(format!("{presenter}: {question}"), Gap::Paragraph);
            let count = 1 + self.random.below(4);
            let sentences = self.quote_sentences(guest, count, false);
            let answer = self.render_quote(guest.speaker, &sentences, false);
            self.push(format!("{guest_label}: {answer}"), Gap::Paragraph);
        }
        let closing = *self.random.pick(phrasebook::PRESENTER_CLOSINGS);
        let closing = self.narrative(closing, story.actor, None, Stance::Neutral);
        self.push(format!("{presenter}: {closing}"), Gap::Paragraph);
        let headline = self.truth.title.clone();
        self.footer(&headline);
    }
}
