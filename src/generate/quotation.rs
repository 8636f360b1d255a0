//! Quotation patterns: the ways a report lets people speak — `Name, role, said: “…`, `“…,” Name said.`,
//! split quotations, pronouns, uncued follow-ons, reported speech with partial quotations — and the story's
//! statement, whole, in part, split, re-paragraphed or lightly edited.

use super::phrasebook;
use super::random::Random;
use super::sentence::{capitalise, Marks, Segment, Sentence, Written};
use super::story::{Speaker, Voice};
use super::truth::StatementForm;
use super::writer::{Slot, Writer};

impl Writer<'_> {
    /// `Name, role, said: “…` — the speaker opens the paragraph (or has a paragraph of their own ending
    /// in a colon) and the quotation may run over several paragraphs, each opening with a mark and only the
    /// last closing.
    pub(super) fn colon_quotation(
        &mut self,
        speaker: Speaker,
        paragraphs: Vec<String>,
        own_paragraph: bool,
        statement: Option<usize>,
    ) {
        let introduced = self.is_introduced(speaker);
        let subject = capitalise(&self.mention(speaker, Slot::Opening));
        let verb = match self.random.below(10) {
            0 if introduced => "added".to_owned(),
            1 => match self.told() {
                Some(told) => told,
                None => format!("{} in a statement", self.said(false)),
            },
            2 if !introduced => format!("{} in a statement", self.said(false)),
            _ => self.said(false).to_owned(),
        };
        let Marks { open, close, .. } = self.marks();
        let count = paragraphs.len();
        if own_paragraph {
            let cue = format!("{subject} {verb}:");
            self.reported_paragraph(cue, speaker);
        }
        for (index, part) in paragraphs.iter().enumerate() {
            let closing = if index + 1 == count { close } else { "" };
            let text = if index == 0 && !own_paragraph {
                format!("{subject} {verb}: {open}{part}{closing}")
            } else {
                format!("{open}{part}{closing}")
            };
            self.quote_paragraph(text, speaker);
        }
        self.direct(speaker, paragraphs, statement);
    }

    /// `“…,” Name said.` or `“…,” said Name.`; a pronoun when the speaker has just spoken.
    pub(super) fn quotation_then_cue(&mut self, speaker: Speaker, text: String) {
        let quoted = with_attribution_comma(&text);
        let Marks { open, close, .. } = self.marks();
        let cue = if self.last_speaker == Some(speaker) && self.random.percent(50) {
            let (pronoun, plural) = self.pronoun(speaker);
            let verb = if self.random.percent(50) {
                "added"
            } else {
                self.said(plural)
            };
            format!("{pronoun} {verb}")
        } else if self.random.percent(45) {
            let name = self.mention(speaker, Slot::Closing);
            format!("{} {name}", self.said(false))
        } else {
            let name = self.mention(speaker, Slot::Subject);
            format!("{name} {}", self.said(false))
        };
        self.quote_paragraph(format!("{open}{quoted}{close} {cue}."), speaker);
        self.direct(speaker, vec![quoted], None);
    }

    /// A quotation cut by its attribution: `“If this goes ahead,” she said, “residents will pay.”`, or
    /// at a sentence boundary: `“…,” Reilly said. “…”`. Only for a speaker already named.
    pub(super) fn split_quotation(&mut self, voice: Voice) -> bool {
        let speaker = voice.speaker;
        if !self.is_introduced(speaker) {
            return false;
        }
        let count = 2 + self.random.below(2);
        let sentences = self.quote_sentences(voice, count, true);
        let cue = if self.last_speaker == Some(speaker) && self.random.percent(50) {
            let (pronoun, plural) = self.pronoun(speaker);
            format!("{pronoun} {}", self.said(plural))
        } else {
            let name = self.mention(speaker, Slot::Subject);
            format!("{} {}", name.trim_end_matches(','), self.said(false))
        };
        let Marks { open, close, .. } = self.marks();
        let mut written = Written::default();
        let writing = self.writing(false);
        let (first, second, joiner) = match writing.split(&sentences[0], &mut written) {
            Some((before, after)) if self.random.percent(70) => {
                let rest = writing.sentences(&sentences[1..], &mut written);
                (before, format!("{after} {rest}"), ",")
            }
            _ => {
                let mut first = writing.sentences(&sentences[..1], &mut written);
                first = with_attribution_comma(&first);
                let second = writing.sentences(&sentences[1..], &mut written);
                (first, second, ".")
            }
        };
        self.record(written, Some(speaker));
        let text = format!("{open}{first}{close} {cue}{joiner} {open}{second}{close}");
        self.quote_paragraph(text, speaker);
        self.direct(speaker, vec![first, second], None);
        true
    }

    /// `She added: “…”`, `“…,” it added.` — only straight after the speaker's own paragraph.
    pub(super) fn pronoun_quotation(&mut self, voice: Voice) -> bool {
        let speaker = voice.speaker;
        if self.last_speaker != Some(speaker) {
            return false;
        }
        let text = self.fresh_quote(voice);
        let (pronoun, plural) = self.pronoun(speaker);
        let Marks { open, close, .. } = self.marks();
        let verb = match self.random.below(4) {
            0 => "went on",
            1 => self.said(plural),
            _ => "added",
        };
        if self.random.percent(50) {
            let line = format!("{} {verb}: {open}{text}{close}", capitalise(pronoun));
            self.quote_paragraph(line, speaker);
            self.direct(speaker, vec![text], None);
        } else {
            let quoted = with_attribution_comma(&text);
            self.quote_paragraph(format!("{open}{quoted}{close} {pronoun} {verb}."), speaker);
            self.direct(speaker, vec![quoted], None);
        }
        true
    }

    /// A quotation with no cue at all, continuing the quotation just before it.
    pub(super) fn follow_on_quotation(&mut self, voice: Voice) -> bool {
        if !(self.last_was_quote && self.last_speaker == Some(voice.speaker)) {
            return false;
        }
        let text = self.fresh_quote(voice);
        let Marks { open, close, .. } = self.marks();
        self.quote_paragraph(format!("{open}{text}{close}"), voice.speaker);
        self.direct(voice.speaker, vec![text], None);
        true
    }

    /// `Reilly said: “…”`, for a speaker named earlier.
    pub(super) fn later_quotation(&mut self, voice: Voice) {
        let text = self.fresh_quote(voice);
        if self.random.percent(50) || !self.is_introduced(voice.speaker) {
            return self.quotation_then_cue(voice.speaker, text);
        }
        let name = capitalise(&self.mention(voice.speaker, Slot::Opening));
        let verb = if self.random.percent(30) {
            "added"
        } else {
            self.said(false)
        };
        let Marks { open, close, .. } = self.marks();
        self.quote_paragraph(format!("{name} {verb}: {open}{text}{close}"), voice.speaker);
        self.direct(voice.speaker, vec![text], None);
    }

    /// Reported speech with a partial quotation (`described the plan as “deeply flawed”`) or figures.
    pub(super) fn reported(&mut self, voice: Voice, figures: bool) {
        let template = if figures {
            self.reported_figures.draw(&mut self.random)
        } else {
            self.reported_partial.draw(&mut self.random)
        };
        let name = self.mention(voice.speaker, Slot::Subject);
        let text = self.narrative(
            template,
            self.story.actor,
            Some((voice.speaker, name)),
            voice.stance,
        );
        self.reported_paragraph(text, voice.speaker);
    }

    /// The story's phrase, reported: `Reilly said the scheme would have “a dangerous impact on trade”.`
    pub(super) fn reported_phrase(&mut self) {
        let lead = self.story.lead();
        let template = self.random.pick(phrasebook::REPORTED_PHRASE);
        let name = self.mention(lead.speaker, Slot::Subject);
        let text = self.narrative(
            template,
            self.story.actor,
            Some((lead.speaker, name)),
            lead.stance,
        );
        self.reported_paragraph(text, lead.speaker);
    }

    /// A voice's part in an article: an introduction with a quotation, then perhaps more from them.
    pub(super) fn voice_section(&mut self, voice_index: usize) {
        self.voice_used[voice_index] = true;
        let voice = self.story.voices[voice_index];
        match self.random.below(100) {
            0..=29 => {
                let count = self.random.weighted(&[(6, 1), (3, 2), (1, 3)]);
                let paragraphs = self.quote_paragraphs(voice, count);
                self.colon_quotation(voice.speaker, paragraphs, false, None);
            }
            30..=42 => {
                let count = 2 + self.random.below(2);
                let paragraphs = self.quote_paragraphs(voice, count);
                self.colon_quotation(voice.speaker, paragraphs, true, None);
            }
            43..=79 => {
                let text = self.fresh_quote(voice);
                self.quotation_then_cue(voice.speaker, text);
            }
            _ => {
                let with_figures = self.random.percent(40);
                self.reported(voice, with_figures);
                self.pronoun_quotation(voice);
            }
        }
        for _ in 0..self.random.below(3) {
            if self.over_budget() {
                break;
            }
            let done = match self.random.below(4) {
                0 => self.follow_on_quotation(voice),
                1 => self.split_quotation(voice),
                2 => self.pronoun_quotation(voice),
                _ => false,
            };
            if !done {
                self.later_quotation(voice);
            }
        }
    }

    /// The story's statement, as this document quotes it.
    pub(super) fn statement_section(&mut self) {
        let story = self.story;
        let lead = story.lead();
        let Some(plan) = self.plan.statement.clone() else {
            return self.voice_section(0);
        };
        self.voice_used[0] = true;
        let has = |form| plan.forms.contains(&form);
        let mut paragraphs: Vec<Vec<Sentence>> = story.statement.clone();
        if has(StatementForm::Excerpt) {
            paragraphs.truncate(1 + self.random.below(2));
        }
        if has(StatementForm::Reparagraphed) {
            reparagraph(&mut paragraphs, &mut self.random);
        }
        let edited = has(StatementForm::Edited);
        if edited {
            // A light edit also changes a word or two: the template's alternative, where it has one,
            // and otherwise a word that sub-editors swap.
            for sentence in paragraphs.iter_mut().flatten() {
                retouch(sentence);
            }
        }
        let texts: Vec<String> = paragraphs
            .iter()
            .map(|sentences| self.render_quote(lead.speaker, sentences, edited))
            .collect();
        let group = plan.group;
        if has(StatementForm::Split) && texts.len() >= 2 {
            let at = 1 + self.random.below(texts.len() - 1);
            let (first, second) = texts.split_at(at);
            let own_paragraph = self.random.percent(40);
            self.colon_quotation(lead.speaker, first.to_vec(), own_paragraph, group);
            let (pronoun, _) = self.pronoun(lead.speaker);
            let Marks { open, close, .. } = self.marks();
            let count = second.len();
            for (index, part) in second.iter().enumerate() {
                let closing = if index + 1 == count { close } else { "" };
                let text = if index == 0 {
                    format!("{} added: {open}{part}{closing}", capitalise(pronoun))
                } else {
                    format!("{open}{part}{closing}")
                };
                self.quote_paragraph(text, lead.speaker);
            }
            self.direct(lead.speaker, second.to_vec(), group);
        } else if texts.len() == 1 && self.random.percent(50) {
            let text = texts.into_iter().next().unwrap_or_default();
            let quoted = with_attribution_comma(&text);
            let name = self.mention(lead.speaker, Slot::Closing);
            let Marks { open, close, .. } = self.marks();
            let said = self.said(false);
            self.quote_paragraph(
                format!("{open}{quoted}{close} {said} {name}."),
                lead.speaker,
            );
            self.direct(lead.speaker, vec![quoted], group);
        } else {
            let own_paragraph = self.random.percent(45);
            self.colon_quotation(lead.speaker, texts, own_paragraph, group);
        }
    }

    pub(super) fn next_unused_voice(&self) -> Option<usize> {
        (0..self.story.voices.len()).find(|&index| !self.voice_used[index])
    }

    pub(super) fn used_voice(&mut self) -> Option<usize> {
        let used: Vec<usize> = (0..self.story.voices.len())
            .filter(|&index| self.voice_used[index])
            .collect();
        (!used.is_empty()).then(|| used[self.random.below(used.len())])
    }
}

/// A quotation's last full stop becomes the comma before its attribution: `“We will,” she said.`
fn with_attribution_comma(text: &str) -> String {
    match text.strip_suffix('.') {
        Some(stem) => format!("{stem},"),
        None => text.to_owned(),
    }
}

/// Joins two neighbouring paragraphs or divides one, as a paper re-setting a statement does.
fn reparagraph(paragraphs: &mut Vec<Vec<Sentence>>, random: &mut Random) {
    let divisible = paragraphs.iter().position(|paragraph| paragraph.len() >= 2);
    match divisible {
        Some(index) if random.percent(50) || paragraphs.len() < 2 => {
            let second = paragraphs[index].split_off(1);
            paragraphs.insert(index + 1, second);
        }
        _ if paragraphs.len() >= 2 => {
            let index = random.below(paragraphs.len() - 1);
            let next = paragraphs.remove(index + 1);
            paragraphs[index].extend(next);
        }
        _ => {}
    }
}

/// Words a sub-editor swaps when retyping a statement.
const RETOUCHES: &[(&str, &str)] = &[
    (" vital", " crucial"),
    (" very ", " really "),
    (" simply ", " just "),
    (" proper ", " real "),
    ("We are ", "We're "),
    (" will not ", " won't "),
];

/// Applies the first retouch a sentence allows to its template text (figures and edits already differ).
fn retouch(sentence: &mut Sentence) {
    for segment in &mut sentence.segments {
        let Segment::Static(text) = segment else {
            continue;
        };
        if let Some((from, to)) = RETOUCHES.iter().find(|(from, _)| text.contains(from)) {
            *segment = Segment::Owned(text.replacen(from, to, 1));
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attribution_commas_replace_only_a_final_full_stop() {
        assert_eq!(with_attribution_comma("We will."), "We will,");
        assert_eq!(with_attribution_comma("Why now?"), "Why now?");
    }
}
