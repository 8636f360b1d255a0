//! The page around the story: navigation, headline, standfirst, date line and byline at the top; share
//! lines, related links, vacancies, newsletter prompts and copyright at the foot; the odd advertisement
//! between paragraphs.

use super::boilerplate::{related_headline, vacancy, FooterPart};
use super::calendar::month_name;
use super::document::ShownDate;
use super::house::{BylineStyle, HeaderLayout};
use super::phrasebook;
use super::sentence::{capitalise, expand, Segment, Writing, Written};
use super::story::{Speaker, Stance};
use super::truth::{QuoteKind, QuoteTruth};
use super::writer::{Gap, Writer};

/// What bylines say a reporter does.
const DESKS: &[&str] = &[
    "Local Democracy Reporter",
    "Political Reporter",
    "Chief Reporter",
    "Health Correspondent",
    "Reporter",
    "Senior Reporter",
    "Community Reporter",
];

impl Writer<'_> {
    pub(super) fn inline_furniture(&mut self) {
        if self.inline_left == 0 {
            return;
        }
        self.inline_left -= 1;
        let inline = &self.plan.publisher.boilerplate.inline;
        let line = if self.random.percent(50) {
            inline[0].clone()
        } else {
            format!("{} {}", inline[1], related_headline(&mut self.random))
        };
        self.furniture(line, Gap::Paragraph);
    }

    // ----- Headers and footers -----

    pub(super) fn navigation(&mut self) {
        if !self.random.percent(self.style.navigation_chance) {
            return;
        }
        let boilerplate = &self.plan.publisher.boilerplate;
        let gap = if boilerplate.navigation_packed {
            Gap::Line
        } else {
            Gap::Paragraph
        };
        let mut first = true;
        for line in boilerplate.navigation.clone() {
            if first || self.random.percent(75) {
                self.furniture(line, if first { Gap::Paragraph } else { gap });
                first = false;
            }
        }
    }

    pub(super) fn headline(&mut self, templates: &'static [&'static str]) {
        let story = self.story;
        let template = self.random.pick(templates);
        let mut scene = self.scene(story.stance);
        let sentence = expand(template, &mut scene, &mut self.random);
        let segments = if self.style.title_case {
            title_case(sentence.segments)
        } else {
            sentence.segments
        };
        let writing = Writing {
            marks: self.style.headline_marks,
            figures: self.style.figures,
            edited: false,
        };
        let mut text = String::new();
        let mut written = Written::default();
        writing.segments(&segments, &mut text, &mut written);
        let text = capitalise(&text);
        // The phrase in a headline is the lead's; figures there are the paper's own.
        let partials = std::mem::take(&mut written.partials);
        self.record(written, None);
        let lead = self.story.canonical_name(self.story.lead().speaker);
        for partial in partials {
            self.truth.quotes.push(QuoteTruth {
                parts: vec![partial],
                kind: QuoteKind::Partial,
                speaker: lead.clone(),
                statement: None,
            });
        }
        self.truth.title = text.clone();
        self.paragraph(text);
    }

    pub(super) fn standfirst(&mut self) {
        let lead = self.story.lead();
        let text = if self.random.percent(50) {
            // Names in a standfirst do not count as introductions: the body names people in full again.
            let name = match lead.speaker {
                Speaker::Person(index) => match self.role_before(index) {
                    Some(before) => format!("{before} {}", self.titled_name(index)),
                    None => self.titled_name(index),
                },
                Speaker::Organisation(index) => {
                    let organisation = &self.story.organisations[index];
                    let name = format!("{}{}", organisation.article(), organisation.name);
                    self.marks().text(&name)
                }
            };
            let template = self.random.pick(phrasebook::REPORTED_PHRASE);
            let mention = self.organisation_mention(self.story.actor, false);
            let mut scene = self.scene(lead.stance);
            scene.who = Some(name);
            scene.org = Some(mention.text);
            let sentence = expand(template, &mut scene, &mut self.random);
            let mut text = String::new();
            let mut written = Written::default();
            self.writing(false)
                .segments(&sentence.segments, &mut text, &mut written);
            self.record(written, Some(lead.speaker));
            capitalise(&text)
        } else {
            let template = self.random.pick(phrasebook::STANDFIRSTS);
            let mention = self.organisation_mention(self.story.actor, false);
            let mut scene = self.scene(Stance::Neutral);
            scene.org = Some(mention.text);
            let sentence = expand(template, &mut scene, &mut self.random);
            let mut text = String::new();
            let mut written = Written::default();
            self.writing(false)
                .segments(&sentence.segments, &mut text, &mut written);
            self.record(written, None);
            capitalise(&text)
        };
        self.paragraph(text);
    }

    pub(super) fn date_text(&mut self) -> Option<String> {
        match self.plan.shown_date {
            ShownDate::Day => {
                let minutes = self.random.between(6 * 60, 22 * 60) as u32;
                Some(self.style.date_style.write(self.plan.day, minutes))
            }
            ShownDate::Month => {
                let (year, month, _) = self.plan.day.date();
                Some(format!("{} {year}", month_name(month)))
            }
            ShownDate::Nothing => None,
        }
    }

    pub(super) fn byline_text(&mut self) -> Option<String> {
        let author = self.plan.author.clone()?;
        Some(match self.style.byline {
            BylineStyle::By => format!("By {author}"),
            BylineStyle::ByCapitals => format!("By {}", author.to_uppercase()),
            BylineStyle::Name => author,
            BylineStyle::WordsBy => format!("Words by {author}"),
            BylineStyle::ByWithDesk => format!("By {author}, {}", self.random.pick(DESKS)),
            BylineStyle::NamePipeRole => format!("{author} | {}", self.random.pick(DESKS)),
        })
    }

    /// The date line and byline, laid out as the house does.
    pub(super) fn date_and_byline(&mut self) {
        let date = self.date_text();
        let byline = self.byline_text();
        let gap = if self.random.percent(50) {
            Gap::Line
        } else {
            Gap::Paragraph
        };
        let mut lines: Vec<String> = Vec::new();
        match (self.style.layout, date, byline) {
            (HeaderLayout::Combined, Some(date), Some(byline)) => {
                let line = if self.random.percent(70) {
                    format!("{byline} | {date}")
                } else {
                    format!("{date} | {byline}")
                };
                self.truth.date_line = Some(line.clone());
                self.truth.byline = Some(line.clone());
                lines.push(line);
            }
            (HeaderLayout::BylineThenDate, date, byline) => {
                lines.extend(byline.clone());
                lines.extend(date.clone());
                self.truth.date_line = date;
                self.truth.byline = byline;
            }
            (HeaderLayout::DateOnly, date, _) => {
                lines.extend(date.clone());
                self.truth.date_line = date;
            }
            (HeaderLayout::BylineOnly, _, byline) => {
                lines.extend(byline.clone());
                self.truth.byline = byline;
            }
            (_, date, byline) => {
                lines.extend(date.clone());
                lines.extend(byline.clone());
                self.truth.date_line = date;
                self.truth.byline = byline;
            }
        }
        for (index, line) in lines.into_iter().enumerate() {
            self.push(line, if index == 0 { Gap::Paragraph } else { gap });
        }
        self.last_speaker = None;
    }

    pub(super) fn header(&mut self, templates: &'static [&'static str]) {
        self.navigation();
        self.headline(templates);
        let standfirst = self.random.percent(self.style.standfirst_chance);
        let standfirst_first = self.random.percent(60);
        if standfirst && standfirst_first {
            self.standfirst();
        }
        self.date_and_byline();
        if standfirst && !standfirst_first {
            self.standfirst();
        }
    }

    pub(super) fn footer(&mut self, headline: &str) {
        let publisher = self.plan.publisher;
        let boilerplate = &publisher.boilerplate;
        let gap = if boilerplate.navigation_packed {
            Gap::Line
        } else {
            Gap::Paragraph
        };
        for &(part, chance) in &boilerplate.footer {
            if !self.random.percent(chance) {
                continue;
            }
            match part {
                FooterPart::Share => {
                    for (index, line) in boilerplate.share.iter().enumerate() {
                        let line_gap = if index == 0 { Gap::Paragraph } else { gap };
                        self.furniture(line.clone(), line_gap);
                    }
                }
                FooterPart::Follow => self.furniture(boilerplate.follow.clone(), Gap::Paragraph),
                FooterPart::Related => {
                    self.furniture(boilerplate.related_heading.clone(), Gap::Paragraph);
                    for _ in 0..2 + self.random.below(4) {
                        let headline = related_headline(&mut self.random);
                        self.furniture(headline, Gap::Paragraph);
                    }
                }
                FooterPart::Vacancies => {
                    self.furniture(boilerplate.vacancies_heading.clone(), Gap::Paragraph);
                    for _ in 0..2 + self.random.below(3) {
                        let (title, employer) = vacancy(&mut self.random);
                        self.furniture(title, Gap::Paragraph);
                        self.furniture(self.marks().text(&employer), Gap::Paragraph);
                    }
                }
                FooterPart::Newsletter => {
                    self.furniture(boilerplate.newsletter.clone(), Gap::Paragraph)
                }
                FooterPart::Trailer => {
                    let host = publisher.site.split('/').next().unwrap_or_default();
                    let line = boilerplate.trailer(headline, host, self.story.topic.sector);
                    self.furniture(line, Gap::Paragraph);
                }
                FooterPart::Comments => {
                    self.furniture(boilerplate.comments.clone(), Gap::Paragraph)
                }
                FooterPart::Tags => {
                    let line = format!(
                        "Tags: {}, {}, {}",
                        self.story.topic.sector, self.story.place, self.story.plan.0
                    );
                    self.furniture(self.marks().text(&line), Gap::Paragraph);
                }
                FooterPart::BackToTop => {
                    self.furniture(boilerplate.back_to_top.clone(), Gap::Paragraph)
                }
                FooterPart::Copyright => {
                    // Pages are scraped a while after they appear: the footer's year may be later.
                    let year = self.plan.day.year() + self.random.below(2) as i64;
                    let owner = self.marks().text(&publisher.name);
                    self.furniture(boilerplate.copyright(&owner, year), Gap::Paragraph);
                }
                FooterPart::Cookies => self.furniture(boilerplate.cookies.clone(), Gap::Paragraph),
            }
        }
    }
}

/// Headline words capitalised, except short function words after the first.
fn title_case(segments: Vec<Segment>) -> Vec<Segment> {
    const SMALL: &[&str] = &[
        "a", "an", "the", "and", "but", "or", "for", "nor", "on", "at", "to", "by", "of", "in",
        "with", "as", "from", "over", "per", "via",
    ];
    let mut at_word_start = true;
    let mut first_word = true;
    segments
        .into_iter()
        .map(|segment| {
            let text: &str = match &segment {
                Segment::Static(text) => text,
                Segment::Owned(text) => text,
                _ => {
                    at_word_start = false;
                    first_word = false;
                    return segment;
                }
            };
            let mut out = String::with_capacity(text.len());
            for (index, piece) in text.split(' ').enumerate() {
                if index > 0 {
                    out.push(' ');
                    at_word_start = true;
                }
                if piece.is_empty() {
                    continue;
                }
                let bare = piece.trim_start_matches(['«', '‘', '\'']);
                let small = SMALL.contains(&bare) && !first_word;
                let capitalisable = at_word_start
                    && !small
                    && bare.starts_with(|c: char| c.is_lowercase())
                    && !piece.starts_with('\'');
                if capitalisable {
                    let prefix = &piece[..piece.len() - bare.len()];
                    out.push_str(prefix);
                    out.push_str(&capitalise(bare));
                } else {
                    out.push_str(piece);
                }
                at_word_start = false;
                first_word = false;
            }
            at_word_start = text.ends_with(' ');
            Segment::Owned(out)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<Segment> {
        text.split('|')
            .map(|piece| Segment::Owned(piece.to_owned()))
            .collect()
    }

    fn joined(segments: &[Segment]) -> String {
        segments
            .iter()
            .map(|segment| match segment {
                Segment::Owned(text) => text.as_str(),
                _ => "#",
            })
            .collect()
    }

    #[test]
    fn title_case_leaves_small_words_and_apostrophes_alone() {
        let cased = title_case(words(
            "a plan for |Tarnley|'s bus lanes will have «a dangerous impact»",
        ));
        assert_eq!(
            joined(&cased),
            "A Plan for Tarnley's Bus Lanes Will Have «a Dangerous Impact»"
        );
    }
}
