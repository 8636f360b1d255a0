//! Scoring the analysis against annotated attributions: which annotated direct quotes it found, which of
//! its direct quotes are none, whether it named the person the annotation names, and whether the figures
//! inside attributed content carry that person as their claimant.

use std::fmt;
use std::ops::Range;

use super::brat::{GoldAttribution, GoldDocument};
use crate::analysis::{
    fold_key, is_title_or_honorific, Analysis, Figure, Quote, QuoteKind, Speaker, SpeakerKind,
};
use crate::corpus::Corpus;

/// A direct quote is annotated content that is at least this share quotation (by characters).
const DIRECT_SHARE: f64 = 0.5;
/// Faults quote this many characters of their text.
const EXCERPT_CHARS: usize = 110;

/// What went wrong with one quote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FaultKind {
    /// An annotated direct quote the analysis did not find.
    Missed,
    /// A direct quote of the analysis that no annotation holds.
    NotAnAttribution,
    /// Found, with a speaker who is not the person the annotation names.
    WrongSpeaker { ours: String, annotated: String },
    /// Found, with no speaker, though the text names its source.
    NoSpeaker { annotated: String },
    /// A figure inside annotated content whose claimant is not the source the annotation names (or
    /// which has none).
    WrongClaimant {
        figure: String,
        ours: Option<String>,
        annotated: String,
    },
}

impl FaultKind {
    /// The report's headings, in its order.
    const HEADINGS: [&'static str; 5] = [
        "missed",
        "not an attribution",
        "wrong speaker",
        "no speaker",
        "figure claimant",
    ];

    fn heading(&self) -> &'static str {
        match self {
            FaultKind::Missed => "missed",
            FaultKind::NotAnAttribution => "not an attribution",
            FaultKind::WrongSpeaker { .. } => "wrong speaker",
            FaultKind::NoSpeaker { .. } => "no speaker",
            FaultKind::WrongClaimant { .. } => "figure claimant",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fault {
    pub file: String,
    pub kind: FaultKind,
    /// The quote's words, cut short.
    pub text: String,
}

/// The scores over every document evaluated, and each fault.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Evaluation {
    pub documents: usize,
    /// Annotated direct quotes.
    pub annotated: usize,
    /// Of those, the ones whose source the text names (not a pronoun or a bare description).
    pub named: usize,
    /// Annotated direct quotes the analysis found.
    pub found: usize,
    /// Direct quotes the analysis found.
    pub ours: usize,
    /// Of those, the ones an annotation holds as attributed content.
    pub ours_annotated: usize,
    /// Found quotes with a named source to which the analysis gave a speaker.
    pub given: usize,
    /// Of those, the ones whose speaker is the person the annotation names.
    pub right: usize,
    /// Our figures inside annotated content (a quote or reported speech) whose source the text names.
    pub figures_claimed: usize,
    /// Of those, the ones whose claimant is the person the annotation names.
    pub figures_right: usize,
    pub faults: Vec<Fault>,
}

impl Evaluation {
    pub fn recall(&self) -> f64 {
        ratio(self.found, self.annotated)
    }

    pub fn precision(&self) -> f64 {
        ratio(self.ours_annotated, self.ours)
    }

    /// Right speakers over the found quotes with a named source given one.
    pub fn speaker_accuracy(&self) -> f64 {
        ratio(self.right, self.given)
    }

    /// Found with the right speaker, over the annotated direct quotes with a named source.
    pub fn attributed_recall(&self) -> f64 {
        ratio(self.right, self.named)
    }

    /// Wrong speakers over the quotes given one: a wrong name misleads more than none.
    pub fn wrong_share(&self) -> f64 {
        ratio(self.given - self.right, self.given)
    }

    /// Figures carrying the annotated source as their claimant, over the figures inside attributed
    /// content with a named source.
    pub fn claimant_accuracy(&self) -> f64 {
        ratio(self.figures_right, self.figures_claimed)
    }

    fn add(&mut self, other: Evaluation) {
        self.documents += other.documents;
        self.annotated += other.annotated;
        self.named += other.named;
        self.found += other.found;
        self.ours += other.ours;
        self.ours_annotated += other.ours_annotated;
        self.given += other.given;
        self.right += other.right;
        self.figures_claimed += other.figures_claimed;
        self.figures_right += other.figures_right;
        self.faults.extend(other.faults);
    }
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

/// Scores `analysis` (of `corpus`) against the annotations of the documents at the given positions.
pub fn evaluate(
    corpus: &Corpus,
    analysis: &Analysis,
    annotated: &[(usize, GoldDocument)],
) -> Evaluation {
    let mut quotes_by_document: Vec<Vec<&Quote>> = vec![Vec::new(); corpus.documents.len()];
    for quote in &analysis.quotes {
        if let Some(quotes) = quotes_by_document.get_mut(quote.document as usize) {
            quotes.push(quote);
        }
    }
    let mut figures_by_document: Vec<Vec<&Figure>> = vec![Vec::new(); corpus.documents.len()];
    for figure in &analysis.figures {
        if let Some(figures) = figures_by_document.get_mut(figure.document as usize) {
            figures.push(figure);
        }
    }
    let mut evaluation = Evaluation::default();
    for (position, gold) in annotated {
        let Some(document) = corpus.documents.get(*position) else {
            continue;
        };
        evaluation.add(evaluate_document(
            &document.file,
            &document.text,
            gold,
            &quotes_by_document[*position],
            &figures_by_document[*position],
            analysis,
        ));
    }
    evaluation
}

fn evaluate_document(
    file: &str,
    text: &str,
    gold: &GoldDocument,
    quotes: &[&Quote],
    figures: &[&Figure],
    analysis: &Analysis,
) -> Evaluation {
    let speakers = &analysis.speakers;
    let mut evaluation = Evaluation {
        documents: 1,
        ..Evaluation::default()
    };
    let fault = |kind: FaultKind, ranges: &mut dyn Iterator<Item = Range<usize>>| Fault {
        file: file.to_owned(),
        kind,
        text: excerpt(text, ranges),
    };
    let content_of = |attribution: &GoldAttribution| -> Vec<Range<usize>> {
        attribution
            .content
            .iter()
            .map(|range| with_marks(text, range.clone()))
            .collect()
    };
    for attribution in &gold.attributions {
        let content = content_of(attribution);
        if quoted_share(text, &content) < DIRECT_SHARE {
            continue;
        }
        evaluation.annotated += 1;
        let source = joined(text, &attribution.source);
        let named = names_someone(&source);
        evaluation.named += usize::from(named);
        let best = quotes
            .iter()
            .map(|quote| (quote, overlap(quote, &content)))
            .filter(|&(_, shared)| shared > 0)
            .max_by_key(|&(_, shared)| shared)
            .map(|(quote, _)| *quote);
        let Some(quote) = best else {
            evaluation
                .faults
                .push(fault(FaultKind::Missed, &mut content.iter().cloned()));
            continue;
        };
        evaluation.found += 1;
        if !named {
            continue;
        }
        match quote.speaker.and_then(|index| speakers.get(index)) {
            Some(speaker) => {
                evaluation.given += 1;
                if same_person(speaker, &source) {
                    evaluation.right += 1;
                } else {
                    evaluation.faults.push(fault(
                        FaultKind::WrongSpeaker {
                            ours: speaker.name.clone(),
                            annotated: source.clone(),
                        },
                        &mut quote.parts.iter().map(|part| part.range()),
                    ));
                }
            }
            // "said a senior Cruz adviser": the words describing the source are shown for it, so
            // they are right only where the annotation's source stands.
            None => match quote.described {
                Some(phrase) => {
                    evaluation.given += 1;
                    let phrase = phrase.range();
                    if overlaps_any(&phrase, &attribution.source) {
                        evaluation.right += 1;
                    } else {
                        evaluation.faults.push(fault(
                            FaultKind::WrongSpeaker {
                                ours: text.get(phrase).unwrap_or_default().to_owned(),
                                annotated: source.clone(),
                            },
                            &mut quote.parts.iter().map(|part| part.range()),
                        ));
                    }
                }
                None => evaluation.faults.push(fault(
                    FaultKind::NoSpeaker { annotated: source },
                    &mut quote.parts.iter().map(|part| part.range()),
                )),
            },
        }
    }
    let every_content: Vec<Range<usize>> = gold.attributions.iter().flat_map(content_of).collect();
    for quote in quotes
        .iter()
        .filter(|quote| quote.kind == QuoteKind::Direct)
    {
        evaluation.ours += 1;
        if overlap(quote, &every_content) > 0 {
            evaluation.ours_annotated += 1;
        } else {
            evaluation.faults.push(fault(
                FaultKind::NotAnAttribution,
                &mut quote.parts.iter().map(|part| part.range()),
            ));
        }
    }
    for figure in figures {
        let at = figure.mention.number_start;
        // Attributions nest ("Okafor said the report found 40 percent"): the innermost content holding
        // the figure is the one whose source claims it.
        let Some(attribution) = gold
            .attributions
            .iter()
            .filter(|attribution| attribution.content.iter().any(|range| range.contains(&at)))
            .min_by_key(|attribution| {
                attribution
                    .content
                    .iter()
                    .map(|range| range.len())
                    .sum::<usize>()
            })
        else {
            continue;
        };
        let source = joined(text, &attribution.source);
        if !names_someone(&source) {
            continue;
        }
        evaluation.figures_claimed += 1;
        let claimant = figure.speaker.and_then(|index| speakers.get(index));
        // A figure from a described source is claimed by the words describing it.
        let described = figure.described.filter(|_| claimant.is_none());
        if claimant.is_some_and(|speaker| same_person(speaker, &source))
            || described.is_some_and(|phrase| overlaps_any(&phrase.range(), &attribution.source))
        {
            evaluation.figures_right += 1;
        } else {
            evaluation.faults.push(fault(
                FaultKind::WrongClaimant {
                    figure: figure.mention.phrase(text).to_owned(),
                    ours: claimant.map(|speaker| speaker.name.clone()).or_else(|| {
                        figure
                            .described_claimant(text)
                            .map(|words| format!("(described) {words}"))
                    }),
                    annotated: source,
                },
                &mut attribution.content.iter().cloned(),
            ));
        }
    }
    evaluation
}

fn overlaps_any(range: &Range<usize>, ranges: &[Range<usize>]) -> bool {
    ranges
        .iter()
        .any(|other| other.start < range.end && range.start < other.end)
}

/// A range widened to take in a quotation mark just outside it: annotators differ on including them.
fn with_marks(text: &str, range: Range<usize>) -> Range<usize> {
    let mut range = range;
    if text[..range.start].ends_with("''") || text[..range.start].ends_with("``") {
        range.start -= 2;
    }
    if text[range.end..].starts_with("''") {
        range.end += 2;
    }
    if let Some(mark) = text[..range.start]
        .chars()
        .next_back()
        .filter(|&c| is_mark(c))
    {
        range.start -= mark.len_utf8();
    }
    if let Some(mark) = text[range.end..].chars().next().filter(|&c| is_mark(c)) {
        range.end += mark.len_utf8();
    }
    range
}

fn is_mark(c: char) -> bool {
    matches!(c, '“' | '”' | '"' | '„' | '«' | '»')
}

/// The share of the content's letters and digits that lie between double quotation marks.
fn quoted_share(text: &str, content: &[Range<usize>]) -> f64 {
    let (mut inside, mut all) = (0usize, 0usize);
    for range in content {
        let mut open = false;
        // ''Like this'' and ``this'': wire archives' doubled single marks are double ones.
        let content = text[range.clone()].replace("''", "\"").replace("``", "“");
        for c in content.chars() {
            match c {
                '“' | '„' | '«' => open = true,
                '”' | '»' => open = false,
                '"' => open = !open,
                c if c.is_alphanumeric() => {
                    all += 1;
                    inside += usize::from(open);
                }
                _ => {}
            }
        }
    }
    ratio(inside, all)
}

fn overlap(quote: &Quote, ranges: &[Range<usize>]) -> usize {
    quote
        .parts
        .iter()
        .flat_map(|part| {
            ranges.iter().map(move |range| {
                part.end
                    .min(range.end)
                    .saturating_sub(part.start.max(range.start))
            })
        })
        .sum()
}

fn joined(text: &str, ranges: &[Range<usize>]) -> String {
    let words: Vec<&str> = ranges
        .iter()
        .filter_map(|range| text.get(range.clone()))
        .flat_map(str::split_whitespace)
        .collect();
    words.join(" ")
}

fn excerpt(text: &str, ranges: &mut dyn Iterator<Item = Range<usize>>) -> String {
    let words: Vec<&str> = ranges
        .filter_map(|range| text.get(range))
        .flat_map(str::split_whitespace)
        .collect();
    let whole = words.join(" ");
    match whole.char_indices().nth(EXCERPT_CHARS) {
        Some((cut, _)) => format!("{}…", &whole[..cut]),
        None => whole,
    }
}

/// A word of a name as compared: folded, lower case, without a possessive.
struct Word {
    key: String,
    capitalised: bool,
    written: String,
}

fn words(text: &str) -> Vec<Word> {
    text.split(|c: char| !(c.is_alphanumeric() || matches!(c, '\'' | '’' | '-' | '.')))
        .map(|word| word.trim_matches(['.', '-', '\'', '’']))
        .filter(|word| !word.is_empty())
        .map(|word| {
            let bare = word
                .strip_suffix("’s")
                .or_else(|| word.strip_suffix("'s"))
                .unwrap_or(word);
            Word {
                key: fold_key(bare).to_lowercase(),
                capitalised: bare.chars().next().is_some_and(char::is_uppercase),
                written: bare.to_owned(),
            }
        })
        .collect()
}

/// Words that open a source without naming anyone: "He", "The official", "Their spokesman".
fn is_unnamed(word: &str) -> bool {
    matches!(
        word,
        "i" | "he"
            | "she"
            | "it"
            | "we"
            | "they"
            | "you"
            | "his"
            | "her"
            | "its"
            | "our"
            | "their"
            | "my"
            | "your"
            | "the"
            | "a"
            | "an"
            | "this"
            | "that"
            | "these"
            | "those"
            | "one"
            | "some"
            | "many"
            | "most"
            | "both"
            | "each"
            | "another"
            | "other"
            | "others"
            | "someone"
            | "somebody"
            | "everyone"
            | "critics"
            | "officials"
            | "experts"
            | "supporters"
    )
}

/// Whether a source names someone: a capitalised word that is not a pronoun, a determiner or a title.
fn names_someone(source: &str) -> bool {
    words(source).iter().any(|word| {
        word.capitalised && !is_unnamed(&word.key) && !is_title_or_honorific(&word.written)
    })
}

/// Whether `speaker` is who `source` names: their surname (or an alias: an acronym, a short name) is
/// among the source's words, and no other given name stands before it there ("Hillary Clinton" is not
/// Bill Clinton; "Mrs. Clinton" and "Clinton" may be either, and are not counted wrong).
fn same_person(speaker: &Speaker, source: &str) -> bool {
    let source = words(source);
    // "Hillary" for Hillary Clinton: a source of one word that is the speaker's first name.
    if let ([only], [first, _, ..]) = (source.as_slice(), words(&speaker.name).as_slice()) {
        if only.key == first.key && speaker.kind == SpeakerKind::Person {
            return true;
        }
    }
    std::iter::once(&speaker.name)
        .chain(&speaker.aliases)
        .any(|name| {
            let name: Vec<Word> = words(name)
                .into_iter()
                .filter(|word| !is_title_or_honorific(&word.written))
                .collect();
            let Some(surname) = name.last() else {
                return false;
            };
            source
                .iter()
                .enumerate()
                .filter(|(_, word)| word.key == surname.key)
                .any(|(at, _)| {
                    let before = at.checked_sub(1).map(|before| &source[before]);
                    let contradicts = before.is_some_and(|before| {
                        name.len() >= 2
                            && before.capitalised
                            && before.key.chars().count() > 1
                            && !is_title_or_honorific(&before.written)
                            && !is_unnamed(&before.key)
                            && !name.iter().any(|word| word.key == before.key)
                            && speaker.role.as_deref().is_none_or(|role| {
                                !fold_key(role).to_lowercase().contains(&before.key)
                            })
                    });
                    !contradicts
                })
        })
}

impl fmt::Display for Evaluation {
    /// The scores, then each fault with its file and text, grouped by kind.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "documents evaluated          {}", self.documents)?;
        writeln!(
            f,
            "annotated direct quotes      {} ({} with a named source)",
            self.annotated, self.named
        )?;
        writeln!(
            f,
            "recall                       {:.3} ({} found)",
            self.recall(),
            self.found
        )?;
        writeln!(
            f,
            "precision                    {:.3} ({} of our {} direct quotes annotated)",
            self.precision(),
            self.ours_annotated,
            self.ours
        )?;
        writeln!(
            f,
            "speaker accuracy             {:.3} ({} right of {} given a speaker)",
            self.speaker_accuracy(),
            self.right,
            self.given
        )?;
        writeln!(
            f,
            "wrong speaker                {:.3} of the quotes given one",
            self.wrong_share()
        )?;
        writeln!(
            f,
            "attributed recall            {:.3} ({} of {} with a named source)",
            self.attributed_recall(),
            self.right,
            self.named
        )?;
        writeln!(
            f,
            "figure claimants             {:.3} ({} right of {} figures in content with a named source)",
            self.claimant_accuracy(),
            self.figures_right,
            self.figures_claimed
        )?;
        for heading in FaultKind::HEADINGS {
            let faults: Vec<&Fault> = self
                .faults
                .iter()
                .filter(|fault| fault.kind.heading() == heading)
                .collect();
            writeln!(f, "\n{heading}: {}", faults.len())?;
            for fault in faults {
                write!(f, "  {}: “{}”", fault.file, fault.text)?;
                match &fault.kind {
                    FaultKind::WrongSpeaker { ours, annotated } => {
                        write!(f, " — ours: {ours}; annotated: {annotated}")?
                    }
                    FaultKind::NoSpeaker { annotated } => write!(f, " — annotated: {annotated}")?,
                    FaultKind::WrongClaimant {
                        figure,
                        ours,
                        annotated,
                    } => write!(
                        f,
                        " — figure: {figure}; ours: {}; annotated: {annotated}",
                        ours.as_deref().unwrap_or("none")
                    )?,
                    FaultKind::Missed | FaultKind::NotAnAttribution => {}
                }
                writeln!(f)?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::SpeakerKind;

    fn person(name: &str, aliases: &[&str], role: Option<&str>) -> Speaker {
        Speaker {
            id: String::new(),
            name: name.to_owned(),
            kind: SpeakerKind::Person,
            role: role.map(str::to_owned),
            organisation: None,
            aliases: aliases.iter().map(|alias| (*alias).to_owned()).collect(),
        }
    }

    #[test]
    fn the_annotated_source_names_the_speaker_by_surname_unless_another_given_name_stands_before_it(
    ) {
        let cases = [
            ("Bill Clinton", "Hillary Clinton", false),
            ("Bill Clinton", "Mrs. Clinton", true),
            ("Bill Clinton", "Clinton’s", true),
            ("Linda M. Hale", "Commerce Secretary Linda M. Hale", true),
            ("Linda Hale", "Secretary Hale", true),
            ("Dana Whitfield", "Sen. Dana Whitfield, R-Ohio", true),
            ("Sen", "Sen. Dana Whitfield, R-Ohio", false),
            ("Dana Whitfield", "Rep. Marcus Lee", false),
            ("José Álvarez", "Jose Alvarez", true),
            ("Hillary Clinton", "Hillary", true),
            ("Hillary Clinton", "Bill", false),
        ];
        for (ours, annotated, expected) in cases {
            assert_eq!(
                same_person(&person(ours, &[], None), annotated),
                expected,
                "{ours} / {annotated}"
            );
        }
        let council = person("National Police Chiefs’ Council", &["NPCC"], None);
        assert!(same_person(&council, "the NPCC"));
        let governor = person("Ray Tull", &[], Some("Governor of Maine"));
        assert!(same_person(&governor, "Maine Governor Ray Tull"));
    }

    #[test]
    fn a_source_names_someone_when_it_holds_a_name_not_a_pronoun_or_a_title() {
        let named: Vec<bool> = [
            "He",
            "the official",
            "Spokeswoman Haley Morris",
            "Sen.",
            "O’Malley’s campaign",
            "his aides",
        ]
        .iter()
        .map(|source| names_someone(source))
        .collect();
        assert_eq!(named, [false, false, true, false, true, false]);
    }

    #[test]
    fn a_direct_quote_is_content_mostly_between_quotation_marks() {
        let text = "He said the plan was “a mistake we will pay for.” and that “it” failed “badly";
        let share = |s: &str| {
            let at = text.find(s).unwrap();
            quoted_share(text, std::slice::from_ref(&(at..at + s.len())))
        };
        assert!(share("the plan was “a mistake we will pay for.”") >= DIRECT_SHARE);
        assert!(share("that “it” failed") < DIRECT_SHARE);
        // An unclosed mark runs to the end of the content, as the quote does.
        assert_eq!(share("“badly"), 1.0);
        let bare = text.find("a mistake").unwrap()..text.find(".”").unwrap() + 1;
        let widened = with_marks(text, bare);
        assert_eq!(&text[widened], "“a mistake we will pay for.”");
    }
}
