//! Attribution: who said each quote, read from the words around it, in reading order, with what the
//! document has said so far (who spoke last, who "he", "she", "it" and "the group" can be).

use serde::{Deserialize, Serialize};
use std::cell::OnceCell;
use std::collections::{HashMap, HashSet};
use std::ops::Range;

use super::document_source::{
    document_mention, document_source, is_data_verb, is_document_noun, is_unnamed_document,
    names_a_document,
};
use super::fold::fold_key;
use super::lexicon::{
    cue_length, honorific, is_auxiliary, is_business_reference, is_civic_noun, is_claim_verb,
    is_common_verb, is_cue_verb, is_determiner, is_finite_verb, is_function_word,
    is_government_office, is_indefinite_article, is_organisation_reference,
    is_post_in_organisation, is_subordinator, is_unnamed_people, is_weekday, lowered, pronoun,
    Gender, Pronoun,
};
use super::mention::{
    find_organisation_names, is_headline_case, parse_mention, person_names_at, strip_openers,
    Mention, MentionHead,
};
use super::quote::{
    find_quote_candidates, AttributionEvidence, Quote, QuoteCandidate, QuoteKind, QuotePart,
    SourcePhrase,
};
use super::sentence::split_sentences;
use super::speaker::{name_key, SpeakerKind, SpeakerRegistry};
use crate::corpus::{Document, ParagraphRole};

/// A statement reported without quotation marks ("The NCA estimates that …"): who, and where.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportedStatement {
    pub speaker: usize,
    pub start: usize,
    pub end: usize,
}

/// A statement reported from a source the story describes but does not name ("according to a recent
/// poll of Indiana voters, …", "Exit polling shows …"): the describing words, and where the statement is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DescribedStatement {
    pub source: SourcePhrase,
    pub start: usize,
    pub end: usize,
}

/// What one document says: its quotes in reading order and its reported statements.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DocumentAttribution {
    pub quotes: Vec<Quote>,
    pub reported: Vec<ReportedStatement>,
    pub described: Vec<DescribedStatement>,
}

/// Most reporting clauses put the speaker within a few words of the verb.
const MAX_SPEAKER_WORDS: usize = 20;

/// From this length a document's words are listed once rather than its text searched for each name.
const LONG_DOCUMENT_BYTES: usize = 64 * 1024;

pub fn attribute_document(
    position: u32,
    document: &Document,
    registry: &mut SpeakerRegistry,
) -> DocumentAttribution {
    let candidates = merge_split_quotes(document, find_quote_candidates(document));
    let mut reader = Reader {
        position,
        document,
        registry,
        recent: Vec::new(),
        genders: HashMap::new(),
        organisations_seen: Vec::new(),
        organisation_paragraph: HashMap::new(),
        narrated: Vec::new(),
        paragraph: 0,
        described: None,
        words: OnceCell::new(),
        document_people: OnceCell::new(),
        output: DocumentAttribution::default(),
    };
    reader.read(&candidates);
    reader.output
}

struct Reader<'a> {
    /// The document's position in the corpus.
    position: u32,
    document: &'a Document,
    registry: &'a mut SpeakerRegistry,
    /// Speakers in the order the document last mentioned them as speakers; the last is the latest.
    recent: Vec<usize>,
    genders: HashMap<usize, Gender>,
    /// Organisations named anywhere so far, for "the report" and "the agency" to refer back to.
    organisations_seen: Vec<usize>,
    /// The paragraph each organisation was last named in.
    organisation_paragraph: HashMap<usize, usize>,
    /// Full names of people the writer's own text has named so far, wherever in a sentence (with the
    /// gender an honorific gave): "substitute Tomasz Wrobel sealed the win" is who a later "Wrobel said"
    /// means, though it does not make him the next "he".
    narrated: Vec<(String, Option<Gender>)>,
    /// The paragraph being read.
    paragraph: usize,
    /// Someone described but not yet named, waiting for the story to name them.
    described: Option<Description>,
    /// Every word the document writes, made when first asked for: asking the text itself for each
    /// name would read a long document once per quote.
    words: OnceCell<HashSet<&'a str>>,
    /// Full names of people the whole document names outside headlines, made when first asked for:
    /// "Sanders asked" before, or without, a sentence that makes Bernie Sanders its subject.
    document_people: OnceCell<Vec<(String, Option<Gender>)>>,
    output: DocumentAttribution,
}

/// Someone the story describes before it names them: "The leader of Northgate City Council has admitted
/// …", "A Northshire councillor has called …". News writing names them in the next paragraphs ("Cllr Sandra
/// Okonjo told the Echo"); until then what they said waits here for its speaker.
struct Description {
    /// The head noun of the role ("leader", "councillor"): the person named must not hold another role.
    noun: String,
    role: String,
    organisation: Option<String>,
    /// "The leader of X" refers to whoever holds the role; "a councillor" only to a councillor.
    definite: bool,
    /// "A café owner" may be named next by name alone; "one trader" is one of several.
    one_of_many: bool,
    /// "the council" before any council is named: the organisation named next with the noun.
    body: bool,
    paragraph: usize,
    /// Speakers known when it was read: the one it describes is introduced after it.
    known: Vec<usize>,
    /// Quotes (indexes into the output) and reported sentences (byte ranges) that are theirs.
    quotes: Vec<usize>,
    reported: Vec<Range<usize>>,
}

/// Who a quote without a cue of its own continues: a named speaker, or a source the story describes
/// without naming ("a senior Cruz adviser"), who is not the speaker named before them.
#[derive(Clone, Copy, Debug)]
enum Voice {
    Speaker(usize),
    Described(SourcePhrase),
}

impl Voice {
    fn of(quote: &Quote) -> Option<Voice> {
        quote
            .speaker
            .map(Voice::Speaker)
            .or(quote.described.map(Voice::Described))
    }
}

/// The words of a speaker phrase that describe the speaker: "In a statement, a State Department official"
/// is "a State Department official"; "a longtime adviser to Trump, who declined to be identified" is "a
/// longtime adviser to Trump". `None` when what is left is a clause rather than a description.
fn described_words(phrase: &str) -> Option<&str> {
    let phrase = phrase.trim().trim_end_matches([',', '.', ':', ';']);
    let is_article = |word: &str| is_indefinite_article(word) || lowered(word) == "the";
    // An adverbial before the description: its last comma followed by an article.
    let start = phrase
        .match_indices(", ")
        .map(|(at, _)| at + 2)
        .filter(|&at| phrase[at..].split(' ').next().is_some_and(is_article))
        .last()
        .unwrap_or(0);
    let phrase = &phrase[start..];
    let end = [", ", " who ", " whom ", " which ", " speaking ", " asking "]
        .iter()
        .filter_map(|stop| phrase.find(stop))
        .min()
        .unwrap_or(phrase.len());
    let phrase = phrase[..end].trim_end_matches([',', '.']);
    let mut words = phrase.split_whitespace();
    let opens_with_article = words.next().is_some_and(is_article);
    let clause = words.clone().any(|word| {
        let word = word.to_lowercase();
        is_finite_verb(&word) || is_cue_verb(&word)
    });
    // "the equivalent of about $22.20", "The next day": an amount or a time, not someone.
    let amount = phrase.contains(|c: char| c.is_ascii_digit());
    let time = words.clone().last().is_some_and(|noun| {
        matches!(
            noun.to_lowercase().as_str(),
            "day"
                | "days"
                | "week"
                | "month"
                | "year"
                | "morning"
                | "afternoon"
                | "evening"
                | "night"
                | "time"
                | "moment"
        )
    });
    (opens_with_article && !clause && !amount && !time && words.count() < 12).then_some(phrase)
}

/// How many paragraphs after a description its subject may be named.
const DESCRIPTION_REACH: usize = 2;

impl Reader<'_> {
    fn read(&mut self, candidates: &[QuoteCandidate]) {
        let document = self.document;
        let mut previous_paragraph_speaker: Option<Voice> = None;
        // The headline is read last: it names its subject before the story introduces them
        // ("Minister vows to ‘fix the roads’" before "Health minister Tom Reilly said").
        let story = document
            .paragraphs
            .iter()
            .enumerate()
            .filter(|(_, paragraph)| {
                paragraph.role.is_story() && paragraph.role != ParagraphRole::Title
            });
        let headline = document
            .paragraphs
            .iter()
            .enumerate()
            .filter(|(_, paragraph)| paragraph.role == ParagraphRole::Title);
        // The candidates by the paragraph they open in, and the paragraphs a quote that runs on covers
        // (which belong to that quote): found once, not once per paragraph.
        let mut by_opening: Vec<&QuoteCandidate> = candidates.iter().collect();
        by_opening.sort_by_key(|candidate| candidate.parts[0].paragraph);
        let mut covered = vec![false; document.paragraphs.len()];
        for candidate in candidates {
            let first = candidate.parts[0].paragraph;
            for part in &candidate.parts {
                if part.paragraph > first {
                    if let Some(covered) = covered.get_mut(part.paragraph) {
                        *covered = true;
                    }
                }
            }
        }
        for (index, paragraph) in story.chain(headline) {
            if paragraph.role == ParagraphRole::Title {
                previous_paragraph_speaker = None;
                self.described = None;
            }
            self.paragraph = index;
            let text = paragraph.text(&document.text);
            let opening_here = by_opening.partition_point(|c| c.parts[0].paragraph < index)
                ..by_opening.partition_point(|c| c.parts[0].paragraph <= index);
            let in_paragraph = &by_opening[opening_here];
            if covered.get(index).copied().unwrap_or(false) {
                continue;
            }
            let quoted: Vec<Range<usize>> = in_paragraph
                .iter()
                .map(|candidate| {
                    candidate.open_start - paragraph.start
                        ..candidate.close_end.min(paragraph.end) - paragraph.start
                })
                .collect();
            let sentences = split_sentences(text, &quoted);
            self.note_organisations(text);
            let mut last_speaker_here = None;
            // Whether the paragraph ends by reporting what someone says ("Carter said that for decades
            // critics had predicted a withdrawal."): a quote opening the next one is theirs.
            let mut ends_reporting = None;
            // "According to the poll, Cruz and Trump have 27 percent each. Carson trails at 13
            // percent.": a document's account runs on through the paragraph's sentences that report
            // nothing else.
            let mut document_here: Option<Voice> = None;
            for sentence in &sentences {
                let starting_here: Vec<&QuoteCandidate> = in_paragraph
                    .iter()
                    .copied()
                    .filter(|candidate| {
                        let start = candidate.open_start - paragraph.start;
                        sentence.start <= start && start < sentence.end
                    })
                    .collect();
                self.note_people(&text[sentence.clone()], sentence.start, &quoted);
                if starting_here.is_empty() {
                    let sentence_text = &text[sentence.clone()];
                    let at = paragraph.start + sentence.start;
                    match self.reported_statement(sentence_text, at, paragraph.role) {
                        Some((Voice::Speaker(speaker), content)) => {
                            self.output.reported.push(ReportedStatement {
                                speaker,
                                start: at + content.start,
                                end: at + content.end,
                            });
                            last_speaker_here = Some(Voice::Speaker(speaker));
                            ends_reporting = Some(Voice::Speaker(speaker));
                            document_here =
                                self.is_document(speaker).then_some(Voice::Speaker(speaker));
                        }
                        // A poll or a record described claims its figures, but says no quote: the
                        // quotes around it stay with whoever spoke.
                        Some((Voice::Described(source), content)) => {
                            self.output.described.push(DescribedStatement {
                                source,
                                start: at + content.start,
                                end: at + content.end,
                            });
                            ends_reporting = None;
                            document_here = document
                                .text
                                .get(source.range())
                                .filter(|words| names_a_document(words))
                                .map(|_| Voice::Described(source));
                        }
                        None => {
                            ends_reporting = None;
                            let whole = at..at + sentence_text.len();
                            if let Some((speaker, content)) =
                                self.claimed_statement(sentence_text, paragraph.role)
                            {
                                self.output.reported.push(ReportedStatement {
                                    speaker,
                                    start: at + content.start,
                                    end: at + content.end,
                                });
                                document_here = None;
                            } else if let Some(Voice::Speaker(speaker)) = document_here {
                                self.output.reported.push(ReportedStatement {
                                    speaker,
                                    start: whole.start,
                                    end: whole.end,
                                });
                            } else if let Some(Voice::Described(source)) = document_here {
                                self.output.described.push(DescribedStatement {
                                    source,
                                    start: whole.start,
                                    end: whole.end,
                                });
                            }
                        }
                    }
                    continue;
                }
                document_here = None;
                // What the sentence reports around its quotes is the reporting speaker's too ("fell by 6
                // per cent last year, according to the agency, which warned …").
                let reports = paragraph.role == ParagraphRole::Body;
                for candidate in starting_here {
                    let quote = self.attribute(
                        candidate,
                        index,
                        sentence.clone(),
                        previous_paragraph_speaker,
                        last_speaker_here,
                    );
                    if let Some(voice) = Voice::of(&quote) {
                        last_speaker_here = Some(voice);
                    }
                    if let (Some(speaker), Some(AttributionEvidence::Reported)) =
                        (quote.speaker, quote.evidence)
                    {
                        if reports {
                            // "… has unveiled a £9m plan, warning that …": with a participle, what
                            // is reported starts at it.
                            let sentence_text = &text[sentence.clone()];
                            let from = quote
                                .cue
                                .as_deref()
                                .filter(|cue| cue.ends_with("ing"))
                                .and_then(|cue| sentence_text.find(&format!(", {cue}")))
                                .unwrap_or(0);
                            self.output.reported.push(ReportedStatement {
                                speaker,
                                start: paragraph.start + sentence.start + from,
                                end: paragraph.start + sentence.end,
                            });
                        }
                    }
                    self.output.quotes.push(quote);
                }
            }
            previous_paragraph_speaker = match self.output.quotes.last() {
                Some(quote)
                    if quote.last_paragraph() >= index && quote.kind == QuoteKind::Direct =>
                {
                    Voice::of(quote)
                }
                _ => ends_reporting,
            };
        }
        self.output.quotes.sort_by_key(|quote| quote.parts[0].start);
        for (number, quote) in self.output.quotes.iter_mut().enumerate() {
            quote.number = number as u32 + 1;
        }
    }

    fn attribute(
        &mut self,
        candidate: &QuoteCandidate,
        paragraph_index: usize,
        sentence: Range<usize>,
        previous_paragraph_speaker: Option<Voice>,
        last_speaker_here: Option<Voice>,
    ) -> Quote {
        let document = self.document;
        let paragraph = &document.paragraphs[paragraph_index];
        let before = &document.text[paragraph.start + sentence.start..candidate.open_start];
        let last_part = candidate
            .parts
            .last()
            .map_or(paragraph_index, |part| part.paragraph);
        let last_paragraph = &document.paragraphs[last_part];
        let after_end = self.next_quote_start(candidate, last_paragraph.end);
        let after = document
            .text
            .get(candidate.close_end.min(after_end)..after_end)
            .unwrap_or("");
        let kind = quote_kind(document, candidate, before);

        let before_trimmed = before.trim_end();
        // "…,” / "…?” / "…!”: the sentence goes on after the closing mark.
        let closed_on_comma = candidate.parts.last().is_some_and(|part| {
            document.text[part.range()]
                .trim_end()
                .ends_with([',', '?', '!'])
        });
        let previous_clause = (before_trimmed.is_empty() && candidate.opens_paragraph)
            .then(|| self.previous_paragraph_clause(paragraph_index))
            .flatten();
        let followed = clause_after(after);
        // Read at most once: a naming clause asks whether the sentence reports, and the last resort
        // below is what it reports.
        let mut reported: OnceCell<Option<SpeakerClause>> = OnceCell::new();
        let found = if let Some(between) = &candidate.split_by {
            clause_after(&document.text[between.clone()])
                .map(|found| (found, AttributionEvidence::Followed))
        } else {
            None
        }
        .or_else(|| {
            if before_trimmed.ends_with(':') {
                clause_before(before_trimmed)
                    .or_else(|| colon_introduction(before_trimmed))
                    .map(|found| (found, AttributionEvidence::Introduced))
            } else if let Some(clause) = previous_clause {
                clause_before(&clause)
                    .or_else(|| colon_introduction(&clause))
                    .map(|found| (found, AttributionEvidence::Introduced))
            } else if before_trimmed.is_empty() {
                // "Dianne Bystrom agreed. “Mainstream Republicans are running out of time.”" — unless
                // the quote names its own speaker after it ("the Guardian reported. “…” his nephew
                // added.").
                let earlier = &paragraph.text(&document.text)[..sentence.start];
                followed
                    .is_none()
                    .then(|| speaking_sentence(earlier))
                    .flatten()
                    .map(|found| (found, AttributionEvidence::Introduced))
            } else {
                // "what Okafor called “…”": the quote is what its subject named; a sentence after it
                // is about something else. In a sentence that reports ("The inspectorate has found
                // what it called “…” at 4 homes") what it reports is the speaker's too.
                naming_clause(before_trimmed).map(|found| {
                    let evidence = if reported.get_or_init(|| reporting_subject(before)).is_some() {
                        AttributionEvidence::Reported
                    } else {
                        AttributionEvidence::Introduced
                    };
                    (found, evidence)
                })
            }
        })
        .or_else(|| followed.map(|found| (found, AttributionEvidence::Followed)))
        .or_else(|| {
            closed_on_comma
                .then(|| past_verb_after(after))
                .flatten()
                .map(|found| (found, AttributionEvidence::Followed))
        })
        .or_else(|| {
            before_trimmed
                .ends_with(',')
                .then(|| clause_before(before_trimmed))
                .flatten()
                .map(|found| (found, AttributionEvidence::Introduced))
        })
        .or_else(|| {
            reported
                .take()
                .unwrap_or_else(|| reporting_subject(before))
                .map(|found| (found, AttributionEvidence::Reported))
        })
        .or_else(|| {
            participle_after(before, after).map(|found| (found, AttributionEvidence::Reported))
        });

        let mut quote = Quote {
            document: self.position,
            number: 0,
            kind,
            parts: candidate.parts.clone(),
            cue: None,
            speaker: None,
            evidence: None,
            described: None,
        };
        if let Some((
            SpeakerClause {
                phrase,
                cue,
                mention,
            },
            evidence,
        )) = found
        {
            let description = description_of(&mention);
            let head_kind = match &mention.head {
                MentionHead::Bare { name } => Some(name.clone()),
                _ => None,
            };
            // "the Russian leader said", "the group said": someone referred to, not named.
            let refers = matches!(mention.head, MentionHead::Reference { .. });
            // "what it called “a culture of neglect”", "which warned the charge “will drive ships
            // away”": the verb that introduces the words is the one nearest them.
            let cue = match evidence {
                AttributionEvidence::Reported => nearest_cue(before).unwrap_or(cue),
                _ => cue,
            };
            quote.cue = (!cue.is_empty()).then(|| cue.into());
            if let Some(speaker) = self.resolve_mention(&phrase, mention) {
                quote.speaker = Some(speaker);
                quote.evidence = Some(evidence);
                self.mark_speaking(speaker);
                return quote;
            }
            // "said one trader", "a sign read": the words are someone's, but not anyone named yet, and
            // not the previous speaker's. "who did not want to be named": nor later.
            if let Some(description) = description {
                quote.described = self.source_phrase(&phrase, candidate, paragraph_index);
                quote.evidence = quote.described.map(|_| evidence);
                let sentence_range =
                    paragraph.start + sentence.start..paragraph.start + sentence.end;
                let sentence_text = &document.text[sentence_range.clone()];
                let anonymous =
                    sentence_text.contains("be named") || sentence_text.contains("anonym");
                if !anonymous {
                    let quote_index = self.output.quotes.len();
                    let waiting = self.wait_for_name(description);
                    waiting.quotes.push(quote_index);
                    if evidence == AttributionEvidence::Reported
                        && paragraph.role == ParagraphRole::Body
                    {
                        waiting.reported.push(sentence_range);
                    }
                }
                return quote;
            }
            // "the New York businessman said", with no one in the story it is certainly: the words are
            // shown, and the quote is not given to whoever spoke before.
            if refers {
                quote.described = self.source_phrase(&phrase, candidate, paragraph_index);
                if quote.described.is_some() {
                    quote.evidence = Some(evidence);
                    return quote;
                }
            }
            // "Critics have dubbed it …": people nobody names.
            if evidence == AttributionEvidence::Reported
                && matches!(&head_kind, Some(name) if is_group_of_people(name))
            {
                return quote;
            }
            // "…,” said Chicago Alderman Jason C. Ervin": a cue whose speaker could not be read is
            // still a cue; the quote is not the last speaker's.
            return quote;
        }
        // No cue of its own: a quote opening its paragraph, or following another in the same paragraph,
        // continues the speaker before it.
        let continued = if candidate.opens_paragraph {
            previous_paragraph_speaker.or(last_speaker_here)
        } else {
            last_speaker_here
        };
        match continued.filter(|_| kind == QuoteKind::Direct) {
            Some(Voice::Speaker(speaker)) => quote.speaker = Some(speaker),
            Some(Voice::Described(phrase)) => quote.described = Some(phrase),
            None => return quote,
        }
        quote.evidence = Some(AttributionEvidence::Continued);
        quote
    }

    /// Where the words describing an unnamed source stand: in the sentence of the quote or after it, or
    /// in the paragraph before when that one introduces it.
    fn source_phrase(
        &self,
        phrase: &str,
        candidate: &QuoteCandidate,
        paragraph_index: usize,
    ) -> Option<SourcePhrase> {
        let document = self.document;
        let phrase = described_words(phrase)?;
        let from = document.paragraphs[..paragraph_index]
            .iter()
            .rev()
            .find(|paragraph| paragraph.role.is_story())
            .map_or(document.paragraphs[paragraph_index].start, |previous| {
                previous.start
            });
        let last = candidate.parts.last()?.paragraph;
        let to = document.paragraphs.get(last)?.end;
        let window = document.text.get(from..to)?;
        // The mention nearest the quote: the phrase may also stand, unrelated, earlier in the window.
        let quote_at = candidate.open_start - from;
        let at = window
            .match_indices(phrase)
            .map(|(at, _)| at)
            .min_by_key(|&at| at.abs_diff(quote_at))?;
        Some(SourcePhrase {
            start: (from + at) as u32,
            end: (from + at + phrase.len()) as u32,
        })
    }

    /// Where the text after a quote stops being about it: the next quote in the same paragraph.
    fn next_quote_start(&self, candidate: &QuoteCandidate, paragraph_end: usize) -> usize {
        let document = self.document;
        let after = &document.text[candidate.close_end.min(paragraph_end)..paragraph_end];
        after
            .find(['“', '"', '‘'])
            .map_or(paragraph_end, |offset| candidate.close_end + offset)
    }

    /// The last sentence of the previous story paragraph, when it ends with a colon.
    fn previous_paragraph_clause(&self, paragraph_index: usize) -> Option<String> {
        let document = self.document;
        let previous = document.paragraphs[..paragraph_index]
            .iter()
            .rev()
            .find(|paragraph| paragraph.role.is_story())?;
        let text = previous.text(&document.text).trim_end();
        if !text.ends_with(':') {
            return None;
        }
        let sentences = split_sentences(text, &[]);
        sentences.last().map(|range| text[range.clone()].to_owned())
    }

    /// A sentence that reports what someone says: its speaker, remembered as recent, and where what they
    /// say starts in the sentence (after the reporting verb: "Gwilym Rees, who keeps 220 cows, said …"
    /// claims nothing about the cows; "…, according to the agency" reports the whole sentence).
    fn reported_statement(
        &mut self,
        sentence: &str,
        sentence_at: usize,
        role: ParagraphRole,
    ) -> Option<(Voice, Range<usize>)> {
        if role != ParagraphRole::Body && role != ParagraphRole::Title {
            return None;
        }
        let Some(SpeakerClause {
            phrase,
            cue: verb,
            mention,
        }) = reporting_subject(sentence)
        else {
            self.note_description(sentence);
            if let Some(SpeakerClause {
                phrase,
                cue: verb,
                mention,
            }) = document_in(sentence)
            {
                if let Some(speaker) = self.resolve_mention(&phrase, mention) {
                    self.mark_speaking(speaker);
                    return Some((
                        Voice::Speaker(speaker),
                        reported_content(sentence, &phrase, &verb),
                    ));
                }
            }
            let (phrase, verb) = unnamed_document_clause(sentence)?;
            return Some((
                Voice::Described(statement_source(sentence, sentence_at, &phrase)?),
                reported_content(sentence, &phrase, &verb),
            ));
        };
        let content = reported_content(sentence, &phrase, &verb);
        let description = description_of(&mention);
        let Some(speaker) = self.resolve_mention(&phrase, mention) else {
            if let Some(description) = description.filter(|_| role == ParagraphRole::Body) {
                self.wait_for_name(description)
                    .reported
                    .push(sentence_at + content.start..sentence_at + content.end);
            }
            // "according to a recent poll of Indiana voters": a source described, not named, claims
            // what the sentence reports, rather than no one.
            // "The extension would add 40 hectares": after a modal the verb says what something does,
            // not what anyone said.
            let hypothetical = [
                "would", "could", "will", "may", "might", "should", "can", "must",
            ]
            .iter()
            .any(|modal| sentence.contains(&format!(" {modal} {verb}")));
            // "More than 6 in 10 voters said …, according to preliminary exit polling": the document
            // the sentence cites claims it, not the people it counts.
            if verb != "according to" {
                if let Some((document, document_verb)) = unnamed_document_clause(sentence)
                    .filter(|(_, document_verb)| document_verb == "according to")
                {
                    let described = statement_source(sentence, sentence_at, &document)?;
                    return Some((
                        Voice::Described(described),
                        reported_content(sentence, &document, &document_verb),
                    ));
                }
            }
            // "French officials said", "Campaign aides said": people the story does not name.
            let unnamed_people = phrase
                .split_whitespace()
                .last()
                .is_some_and(|noun| is_unnamed_people(noun.trim_end_matches([',', '.'])))
                && phrase.split_whitespace().count() <= 4
                && !phrase.contains(char::is_numeric);
            let described_source = verb == "according to"
                || described_words(&phrase).is_some()
                || is_unnamed_document(&phrase)
                || unnamed_people;
            if !described_source || hypothetical {
                return None;
            }
            let described = statement_source(sentence, sentence_at, &phrase)?;
            return Some((Voice::Described(described), content));
        };
        self.mark_speaking(speaker);
        Some((Voice::Speaker(speaker), content))
    }

    /// Whether a speaker is a document ("the Bloomberg poll", "Gallup Poll"), whose account a paragraph
    /// may go on giving sentence after sentence.
    fn is_document(&self, speaker: usize) -> bool {
        let speaker = self.registry.get(speaker);
        speaker.kind == SpeakerKind::Organisation
            && speaker
                .name
                .split_whitespace()
                .last()
                .is_some_and(is_document_noun)
    }

    /// A sentence whose named subject puts forward what follows ("Mr. Quist proposed a 15 percent
    /// cut …"): its speaker and what they put forward, from the verb. Not a statement a quote after it
    /// continues: nothing was said.
    fn claimed_statement(
        &mut self,
        sentence: &str,
        role: ParagraphRole,
    ) -> Option<(usize, Range<usize>)> {
        if role != ParagraphRole::Body {
            return None;
        }
        let subject_end = first_verb_offset(sentence);
        let rest = &sentence[subject_end..];
        let mut words = rest.split_whitespace();
        let first = words.next()?;
        let verb = if is_auxiliary(first) {
            words.next()?
        } else {
            first
        };
        if !is_claim_verb(verb) {
            return None;
        }
        let subject = strip_openers(sentence[..subject_end].trim());
        if subject.is_empty() || subject.split_whitespace().count() > MAX_SPEAKER_WORDS {
            return None;
        }
        let mention = parse_mention(subject)?;
        if matches!(mention.head, MentionHead::Unnamed { .. }) {
            return None;
        }
        let speaker = self.resolve_mention(subject, mention)?;
        Some((speaker, subject_end..sentence.len()))
    }

    /// "The chief constable of Northshire Police has defended …": a sentence whose subject is a role in a
    /// named organisation, with no one named, describes the person the story names next.
    fn note_description(&mut self, sentence: &str) {
        // The subject is a prefix of the sentence: without " of " or " at " anywhere, none has them.
        if !sentence.starts_with("The ")
            || !(sentence.contains(" of ") || sentence.contains(" at "))
        {
            return;
        }
        let subject = sentence[..first_verb_offset(sentence)].trim();
        if !(subject.contains(" of ") || subject.contains(" at ")) {
            return;
        }
        let Some(description) = parse_mention(subject)
            .as_ref()
            .and_then(description_of)
            .filter(|description| description.definite)
        else {
            return;
        };
        if self.by_reference(&description.noun).is_none() {
            self.wait_for_name(description);
        }
    }

    /// Keeps a description for the person the story names next (a description of the same role adds
    /// to the one already waiting).
    fn wait_for_name(&mut self, description: Description) -> &mut Description {
        let same = self.described.as_ref().is_some_and(|waiting| {
            waiting.noun == description.noun
                && waiting.role == description.role
                && waiting.organisation == description.organisation
        });
        if !same {
            self.described = None;
        }
        let (paragraph, known) = (self.paragraph, self.recent.clone());
        self.described.get_or_insert(Description {
            paragraph,
            known,
            ..description
        })
    }

    /// A person the story has just named: the one a waiting description described, if the roles agree.
    fn introduced(&mut self, index: usize) {
        let Some(waiting) = &self.described else {
            return;
        };
        let speaker = self.registry.get(index);
        if waiting.body {
            let named_so = speaker.kind == SpeakerKind::Organisation
                && speaker
                    .name
                    .split_whitespace()
                    .any(|word| word.eq_ignore_ascii_case(&waiting.noun));
            if named_so && self.paragraph <= waiting.paragraph + DESCRIPTION_REACH {
                if let Some(waiting) = self.described.take() {
                    self.assign_waiting(waiting, index);
                }
            }
            return;
        }
        let role = speaker.role.as_deref().map(str::to_lowercase);
        // "a councillor" is named as a councillor; "the leader of the council" may be introduced by a
        // title alone ("Cllr"), or by no role.
        // "A café owner told the court …" then "Giulia Ferraro, who runs the Marina Café, said …": a
        // person the next paragraph names with no role of their own.
        let agrees = match role.as_deref() {
            Some(role) if role.split_whitespace().any(|word| word == waiting.noun) => true,
            Some("councillor") => waiting.definite,
            None => {
                waiting.definite
                    || (!waiting.one_of_many && self.paragraph <= waiting.paragraph + 1)
            }
            Some(_) => false,
        };
        let in_reach = self.paragraph > waiting.paragraph
            && self.paragraph <= waiting.paragraph + DESCRIPTION_REACH;
        if speaker.kind != SpeakerKind::Person
            || !agrees
            || !in_reach
            || waiting.known.contains(&index)
        {
            return;
        }
        let Some(waiting) = self.described.take() else {
            return;
        };
        self.registry
            .describe(index, &waiting.role, waiting.organisation.as_deref());
        self.assign_waiting(waiting, index);
    }

    /// What a description's subject said, now that they are named.
    fn assign_waiting(&mut self, waiting: Description, index: usize) {
        for quote in waiting.quotes {
            if let Some(quote) = self.output.quotes.get_mut(quote) {
                quote.speaker = Some(index);
                quote.described = None;
                quote.evidence = Some(AttributionEvidence::Reported);
            }
        }
        for range in waiting.reported {
            self.output
                .described
                .retain(|statement| (statement.start..statement.end) != range);
            self.output.reported.push(ReportedStatement {
                speaker: index,
                start: range.start,
                end: range.end,
            });
        }
    }

    fn saw_organisation(&mut self, index: usize) {
        self.organisations_seen.retain(|&known| known != index);
        self.organisations_seen.push(index);
        self.organisation_paragraph.insert(index, self.paragraph);
    }

    /// The organisation named last, when within the paragraphs just before: "its finance director"
    /// in a story's tenth paragraph is not the institute its second named.
    fn nearby_organisation(&self) -> Option<usize> {
        self.organisations_seen.last().copied().filter(|index| {
            self.organisation_paragraph
                .get(index)
                .is_some_and(|&at| self.paragraph.saturating_sub(at) <= DESCRIPTION_REACH)
        })
    }

    fn mark_speaking(&mut self, speaker: usize) {
        self.recent.retain(|&known| known != speaker);
        self.recent.push(speaker);
        if self.registry.get(speaker).kind == SpeakerKind::Organisation {
            self.saw_organisation(speaker);
        }
    }

    /// People the writer's own words name (not the quotes'), for "he", "she" and surnames to refer to.
    fn note_people(&mut self, sentence: &str, sentence_start: usize, quoted: &[Range<usize>]) {
        // A headline's capitalised words run together without being names.
        if is_headline_case(sentence) {
            return;
        }
        // Blank out quoted stretches: names inside a quote are the speaker's words, not the writer's.
        let sentence_end = sentence_start + sentence.len();
        let mut outside = String::new();
        let mut cursor = sentence_start;
        for range in quoted
            .iter()
            .filter(|range| range.start < sentence_end && range.end > sentence_start)
        {
            let start = range.start.max(cursor);
            let end = range.end.min(sentence_end);
            if start > cursor {
                outside.push_str(&sentence[cursor - sentence_start..start - sentence_start]);
            }
            if end > start {
                outside.extend(std::iter::repeat_n(
                    ' ',
                    sentence[start - sentence_start..end - sentence_start]
                        .chars()
                        .count(),
                ));
            }
            cursor = cursor.max(end);
        }
        // A sentence without quotes is all the writer's: it is read as it stands, without a copy.
        let outside = if cursor == sentence_start {
            sentence
        } else {
            if cursor < sentence_end {
                outside.push_str(&sentence[cursor - sentence_start..]);
            }
            outside.as_str()
        };
        // Only a person named before the sentence's verb is its subject, and salient enough for a later
        // "he" or "she": "The ward is named after Rose Atherton" does not make her the next "she".
        // Most sentences name no one: look for the verb only when there is a name to place.
        let mut names = person_names_at(outside);
        if names.is_empty() {
            return;
        }
        self.narrated.extend(
            names
                .iter()
                .filter(|(_, name, _)| name.contains(' '))
                .map(|(_, name, gender)| (name.clone(), *gender)),
        );
        let verb_at = first_verb_offset(outside);
        let subject = outside[..verb_at].trim();
        let after_verb = names.split_off(names.partition_point(|(at, _, _)| *at < verb_at));
        // "The Northshire Assembly's finance minister, Owen Bracewell, has ruled out …": the subject
        // also gives the person's role and organisation.
        let subject_names: Vec<(String, Option<Gender>)> = names
            .into_iter()
            .map(|(_, name, gender)| (name, gender))
            .collect();
        // Only a subject with more words than its name can describe the person.
        let describes = subject_names.first().is_some_and(|(name, _)| {
            subject.split_whitespace().count() > name.split_whitespace().count() + 1
        });
        // "Gov. Harriet Vance and state Sen. Marcus Delacroix spent …": each person joined by "and" is
        // described by their own words.
        // "Lead for Child Protection, Abuse and Investigation, Ian Critchley" is one person's role.
        let is_person = |mention: &Mention| matches!(mention.head, MentionHead::Person { .. });
        let mut described: Vec<Mention> = if describes {
            let joined: Vec<Mention> = subject.split(" and ").filter_map(parse_mention).collect();
            if joined.len() > 1 && joined.iter().all(is_person) {
                joined
            } else {
                parse_mention(subject).into_iter().collect()
            }
        } else {
            Vec::new()
        };
        described.retain(|mention| {
            is_person(mention) && (mention.role.is_some() || mention.organisation.is_some())
        });
        // "Among the pupils collecting results was Jamal Reid, who achieved …": a person introduced with
        // a relative clause is a character of the story, wherever the sentence names them.
        let introduced = after_verb
            .into_iter()
            .map(|(_, name, gender)| (name, gender))
            .filter(|(name, _)| {
                name.contains(' ')
                    && outside[verb_at..]
                        .split(name.as_str())
                        .nth(1)
                        .is_some_and(|after| after.starts_with(", who "))
            });
        let named: Vec<(String, Option<Gender>)> =
            subject_names.into_iter().chain(introduced).collect();
        for (name, gender) in named {
            let index = if name.contains(' ') {
                let described_at = described.iter().position(|mention| {
                    matches!(&mention.head, MentionHead::Person { name: described, .. } if *described == name)
                });
                if let Some(mention) = described_at.map(|at| described.remove(at)) {
                    self.resolve_mention(subject, mention)
                } else if self.names_a_thing(&name) {
                    None
                } else {
                    let index = self.registry.person(&name, None, None);
                    self.introduced(index);
                    Some(index)
                }
            } else {
                self.by_surname(&name).or_else(|| self.by_first_name(&name))
            };
            if let Some(index) = index {
                if let Some(gender) = gender {
                    self.genders.insert(index, gender);
                }
                self.recent.retain(|&known| known != index);
                self.recent.push(index);
            }
        }
    }

    /// Organisations a paragraph names with an acronym or an organisation noun, for later references.
    fn note_organisations(&mut self, paragraph: &str) {
        for name in find_organisation_names(paragraph) {
            let index = self.registry.organisation(&name, None);
            self.saw_organisation(index);
            self.introduced(index);
        }
        let mut search_from = 0;
        while let Some(open) = paragraph[search_from..]
            .find('(')
            .map(|offset| search_from + offset)
        {
            search_from = open + 1;
            let before = &paragraph[..open];
            let start = before
                .char_indices()
                .rev()
                .find(|&(_, c)| matches!(c, '.' | ',' | ';' | ':' | '“' | '”' | '"'))
                .map_or(0, |(position, c)| position + c.len_utf8());
            // "… is run by the Harbridge Hospitals Trust (HHT)": the name the acronym follows, not the
            // first of the clause.
            let clause = before[start..].trim();
            let name = find_organisation_names(clause).pop().or_else(|| {
                parse_mention(clause).and_then(|mention| match mention.head {
                    MentionHead::Organisation { name, .. } => Some(name),
                    MentionHead::Document { maker, .. } => Some(maker),
                    _ => None,
                })
            });
            if let Some(name) = name {
                let index = self.registry.organisation(&name, None);
                self.saw_organisation(index);
            }
        }
    }

    /// The speaker a parsed phrase refers to, registered when it is new.
    fn resolve_mention(&mut self, phrase: &str, mention: Mention) -> Option<usize> {
        let mut role = mention.role.clone();
        // "Her deputy": a person's deputy works for the same organisation, and is deputy in their role.
        let person_owner = match mention.owner.as_deref() {
            Some("his") => self.latest_person(Gender::Male),
            Some("her") => self.latest_person(Gender::Female),
            _ => None,
        }
        .map(|index| self.registry.get(index).clone());
        if let Some(owner) = &person_owner {
            if let (Some("deputy" | "vice"), Some(owner_role)) = (role.as_deref(), &owner.role) {
                role = Some(format!(
                    "{} {owner_role}",
                    role.as_deref().unwrap_or_default()
                ));
            }
        }
        // "the club’s manager", "its chair": the organisation is the one the document last named.
        let owner_index = mention.owner.as_deref().and_then(|owner| match owner {
            "its" | "their" => self.nearby_organisation(),
            "his" | "her" => None,
            noun if is_proceeding(noun) => self.owner_organisation(noun),
            noun => self.by_reference(noun),
        });
        // "The inquiry's chair": an inquiry the document names no organisation for stays part of the
        // role.
        if let (Some(noun), None, Some(written)) = (mention.owner.as_deref(), owner_index, &role) {
            if is_proceeding(noun) {
                role = Some(format!("{written} of the {noun}"));
            }
        }
        let role = role.as_deref();
        let owner_name = owner_index
            .filter(|&index| self.registry.get(index).kind == SpeakerKind::Organisation)
            .map(|index| self.registry.get(index).name.clone())
            .or_else(|| person_owner.and_then(|owner| owner.organisation));
        let organisation = mention.organisation.as_deref().or(owner_name.as_deref());
        // "its finance director" with nothing near for "its" to be: not the story's organisation.
        let owned = mention.owner.is_some();
        match mention.head {
            MentionHead::Person { name, gender } => {
                if !name.contains(' ') {
                    let found = self
                        .by_surname(&name)
                        .or_else(|| self.narrated_person(&name))
                        .or_else(|| self.document_person(&name))
                        .or_else(|| self.by_first_surname(&name))
                        .or_else(|| self.corpus_person(&name))
                        .or_else(|| self.by_first_name(&name));
                    // "Sir Geoffrey", "Dame Patricia": a knight or dame's short name is an alias.
                    if let Some(index) = found {
                        for title in ["Sir", "Dame"] {
                            let short_name = format!("{title} {name}");
                            if phrase.contains(&short_name) {
                                self.registry.add_alias(index, &short_name);
                            }
                        }
                    }
                    // "A shopper, Beryl": a first name the story gives with a role is the person's name.
                    // "said Ms. Okafor", the story naming her no other way: a person all the same.
                    let with_honorific = phrase
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .windows(2)
                        .any(|pair| {
                            honorific(pair[0]).is_some()
                                && pair[1].trim_end_matches([',', '.', ':']) == name
                        });
                    if found.is_none() && (role.is_some() || with_honorific) {
                        let index = self.registry.person(&name, role, organisation);
                        if let Some(gender) = gender {
                            self.genders.insert(index, gender);
                        }
                        self.introduced(index);
                        return Some(index);
                    }
                    return found;
                }
                if self.names_a_thing(&name) {
                    return Some(self.registry.organisation(&name, None));
                }
                // "Operations director Yvonne Castell": a post with no organisation named is one in
                // the organisation the story has named last.
                // Not a post of the opposition or a shadow cabinet: those belong to a party unnamed.
                let holds_a_post = role.is_some_and(|role| {
                    let lower = role.to_lowercase();
                    !is_government_office(role)
                        && !lower.contains("opposition")
                        && !lower.contains("shadow")
                        && lower.split(" of ").next().is_some_and(|post| {
                            post.split_whitespace().any(is_post_in_organisation)
                        })
                });
                // A councillor's committee is the council's, not the developer's named since.
                let councillor = phrase.contains("Cllr")
                    || phrase.contains("Councillor ")
                    || role.is_some_and(|role| role.contains("committee"));
                let story_organisation = (organisation.is_none() && holds_a_post && !owned)
                    .then(|| {
                        let mut seen = self.organisations_seen.iter().rev().copied();
                        if councillor {
                            seen.find(|&index| {
                                self.registry
                                    .get(index)
                                    .name
                                    .split_whitespace()
                                    .any(|word| word == "Council")
                            })
                        } else {
                            seen.next()
                        }
                    })
                    .flatten()
                    .map(|index| self.registry.get(index).name.clone());
                let organisation = organisation.or(story_organisation.as_deref());
                let index = self.registry.person(&name, role, organisation);
                if let Some(gender) = gender {
                    self.genders.insert(index, gender);
                }
                self.introduced(index);
                Some(index)
            }
            MentionHead::Document { maker, document } => {
                let index = self.registry.organisation(&maker, None);
                self.registry.add_alias(index, &document);
                self.introduced(index);
                Some(index)
            }
            MentionHead::Organisation { name, acronym } => {
                let index = self.registry.organisation(&name, acronym.as_deref());
                self.introduced(index);
                Some(index)
            }
            // One capitalised word: a surname, a role ("Minister vows…"), or else an organisation.
            // "Campaigners said" are members of a body named before; "Sanders said" has a group's
            // shape and is a surname.
            MentionHead::Bare { name } if is_group_of_people(&name) => self
                .by_members(&name)
                .or_else(|| self.by_surname(&name))
                .or_else(|| self.narrated_person(&name))
                .or_else(|| self.document_person(&name))
                .or_else(|| self.corpus_person(&name))
                .or_else(|| self.by_first_name(&name)),
            MentionHead::Bare { name } => self
                .by_surname(&name)
                .or_else(|| {
                    // "Greywater" for Greywater Renewables: the short name is an alias.
                    let found = self.by_short_name(&name)?;
                    self.registry.add_alias(found, &name);
                    Some(found)
                })
                .or_else(|| self.by_role(&name))
                .or_else(|| self.narrated_person(&name))
                .or_else(|| self.document_person(&name))
                .or_else(|| self.corpus_person(&name))
                .or_else(|| self.by_first_name(&name))
                .or_else(|| {
                    (!self.used_in_lower_case(&name))
                        .then(|| self.registry.surname_or_organisation(&name))
                }),
            MentionHead::Reference { noun } => self.by_reference(&noun),
            MentionHead::Pronoun(pronoun) => self.by_pronoun(pronoun),
            MentionHead::Unnamed { .. } => None,
        }
    }

    /// A capitalised word the text also writes in lower case ("Residents said" … "the residents") is a
    /// common noun for some people, not the name of a speaker.
    fn used_in_lower_case(&self, word: &str) -> bool {
        let lower = word.to_lowercase();
        if lower == word {
            return false;
        }
        let text = &self.document.text;
        // A news story is asked this a few times, and searching it is quicker than listing its words;
        // a long report or transcript is asked once per quote, and listing its words once is.
        if text.len() < LONG_DOCUMENT_BYTES {
            writes_as_a_word(text, &lower)
        } else {
            writes_as_a_word_in(self.words.get_or_init(|| words_of(text)), &lower)
        }
    }

    /// Two capitalised words can be a person or a business ("Caldwell Marine", "Westvale Rail"): when the
    /// last is a word the text also uses in lower case, it is a common noun, and the name an organisation's.
    fn names_a_thing(&self, name: &str) -> bool {
        name.split_whitespace().last().is_some_and(|last| {
            self.used_in_lower_case(last)
                && !self
                    .registry
                    .find(name)
                    .is_some_and(|index| self.registry.get(index).kind == SpeakerKind::Person)
        })
    }

    /// An organisation by the first word of its name: "Greywater said" after "Greywater Renewables".
    fn by_short_name(&self, word: &str) -> Option<usize> {
        self.organisations_seen
            .iter()
            .rev()
            .copied()
            .find(|&index| {
                let name = &self.registry.get(index).name;
                name.contains(' ') && name.split_whitespace().next() == Some(word)
            })
    }

    fn by_role(&self, word: &str) -> Option<usize> {
        let word = word.to_lowercase();
        self.recent.iter().rev().copied().find(|&index| {
            self.registry
                .get(index)
                .role
                .as_deref()
                .is_some_and(|role| {
                    role.to_lowercase().split_whitespace().any(|role_word| {
                        role_word == word || (word.len() >= 4 && role_word.starts_with(&word))
                    })
                })
        })
    }

    /// A person by their surname ("Reilly said"), the latest named first.
    fn by_surname(&self, name: &str) -> Option<usize> {
        // However the accents were typed: "Álvarez" composed or decomposed.
        let name = fold_key(name);
        let person_named = |position: fn(&str) -> Option<&str>| {
            self.recent.iter().rev().copied().find(|&index| {
                let speaker = self.registry.get(index);
                speaker.kind == SpeakerKind::Person
                    && position(&speaker.name).is_some_and(|part| fold_key(part) == name)
            })
        };
        person_named(|full| full.split_whitespace().last())
    }

    /// A person named in full with two surnames, by the first of them ("Ms. Pemberton" for Ana Pemberton
    /// Ruiz, as Spanish names are shortened), kept as one of the names the person goes by.
    fn by_first_surname(&mut self, name: &str) -> Option<usize> {
        let key = fold_key(name);
        let index = self.recent.iter().rev().copied().find(|&index| {
            let speaker = self.registry.get(index);
            let words: Vec<&str> = speaker.name.split_whitespace().collect();
            speaker.kind == SpeakerKind::Person
                && words.len() >= 3
                && words[words.len() - 2].chars().count() > 2
                && honorific(words[words.len() - 1]).is_none()
                && !words[words.len() - 1].ends_with('.')
                && fold_key(words[words.len() - 2]) == key
        })?;
        self.registry.add_alias(index, name);
        Some(index)
    }

    /// A person by their first name ("Hillary said"), tried after every reading as a surname: "Trump
    /// said" is Donald Trump, not Trump National Doral.
    fn by_first_name(&self, name: &str) -> Option<usize> {
        let name = fold_key(name);
        self.recent.iter().rev().copied().find(|&index| {
            let speaker = self.registry.get(index);
            speaker.kind == SpeakerKind::Person
                && speaker
                    .name
                    .split_whitespace()
                    .next()
                    .is_some_and(|first| fold_key(first) == name)
        })
    }

    /// The person the writer's text last named in full with `surname` as their last name, now a
    /// speaker: "Wrobel said" after "substitute Tomasz Wrobel sealed the win".
    fn narrated_person(&mut self, surname: &str) -> Option<usize> {
        let surname = fold_key(surname);
        let (name, gender) = self
            .narrated
            .iter()
            .rev()
            .find(|(name, _)| {
                name.split_whitespace()
                    .last()
                    .is_some_and(|last| fold_key(last) == surname)
            })?
            .clone();
        if self.names_a_thing(&name) {
            return None;
        }
        Some(self.introduce_person(&name, gender))
    }

    /// A person named in full now speaking: registered, with the gender an honorific gave.
    fn introduce_person(&mut self, name: &str, gender: Option<Gender>) -> usize {
        let index = self.registry.person(name, None, None);
        if let Some(gender) = gender {
            self.genders.entry(index).or_insert(gender);
        }
        self.introduced(index);
        index
    }

    /// The one person the corpus has named in full with `surname`, when this document names none.
    fn corpus_person(&mut self, surname: &str) -> Option<usize> {
        let index = self.registry.only_person_by_surname(surname)?;
        self.introduced(index);
        Some(index)
    }

    /// The one person the document names in full anywhere with `surname` as their last name; none
    /// when it names two ("Bill Clinton" and "Hillary Clinton"), for the nearest mention to decide.
    fn document_person(&mut self, surname: &str) -> Option<usize> {
        let document = self.document;
        let people = self.document_people.get_or_init(|| {
            let mut people: Vec<(String, Option<Gender>)> = Vec::new();
            for paragraph in document
                .paragraphs
                .iter()
                .filter(|paragraph| paragraph.role.is_story())
            {
                let text = paragraph.text(&document.text);
                for sentence in split_sentences(text, &[]) {
                    let sentence = &text[sentence];
                    if is_headline_case(sentence) {
                        continue;
                    }
                    for (_, name, gender) in person_names_at(sentence) {
                        if name.contains(' ')
                            && !people
                                .iter()
                                .any(|(known, _)| name_key(known) == name_key(&name))
                        {
                            people.push((name, gender));
                        }
                    }
                }
            }
            people
        });
        let surname = fold_key(surname);
        let mut bearing = people.iter().filter(|(name, _)| {
            name.split_whitespace()
                .last()
                .is_some_and(|last| fold_key(last) == surname)
        });
        let (name, gender) = bearing.next()?.clone();
        if bearing.next().is_some() || self.names_a_thing(&name) {
            return None;
        }
        Some(self.introduce_person(&name, gender))
    }

    /// "the group", "the council", "the minister": the latest speaker or organisation whose name or role
    /// has the noun; failing that, for an organisation noun, the latest organisation.
    fn by_reference(&self, noun: &str) -> Option<usize> {
        let named_so = |index: &usize| self.is_named_with(*index, noun);
        // "the leader" is the person whose role is leader before the one whose role is opposition leader.
        let holds_exactly = |index: &&usize| {
            self.registry
                .get(**index)
                .role
                .as_deref()
                .is_some_and(|role| role.eq_ignore_ascii_case(noun))
        };
        let found = self
            .recent
            .iter()
            .rev()
            .find(holds_exactly)
            .or_else(|| self.recent.iter().rev().find(|index| named_so(index)))
            .or_else(|| {
                self.organisations_seen
                    .iter()
                    .rev()
                    .find(|index| named_so(index))
            })
            .copied();
        // "the council" before any council is named refers to one the story names later. "The report"
        // is the last body's, not a surname's taken for a body ("Kerry said …").
        let last_is_a_surname = || {
            self.organisations_seen
                .last()
                .is_some_and(|&index| self.registry.is_surname_like(index))
        };
        if found.is_some()
            || !is_organisation_reference(noun)
            || names_its_kind(noun)
            || (is_document_noun(noun) && last_is_a_surname())
        {
            return found;
        }
        // "The company" is the business named most recently, not the council or campaign group named
        // since.
        if let Some(business) = self.latest_business(noun) {
            return Some(business);
        }
        // The organisation named or heard from most recently (speaking also counts as being named).
        self.organisations_seen.last().copied()
    }

    /// Whether the speaker's name, an alias or their role has the noun ("club" in "Anchor Club").
    fn is_named_with(&self, index: usize, noun: &str) -> bool {
        let speaker = self.registry.get(index);
        let has = |text: &str| {
            text.to_lowercase()
                .split_whitespace()
                .any(|word| word.trim_matches(['’', '\'']).starts_with(noun))
        };
        has(&speaker.name)
            || speaker.aliases.iter().any(|alias| has(alias))
            || speaker.role.as_deref().is_some_and(has)
    }

    /// For a business reference ("the company"), the business named most recently.
    fn latest_business(&self, noun: &str) -> Option<usize> {
        if !is_business_reference(noun) {
            return None;
        }
        self.organisations_seen
            .iter()
            .rev()
            .find(|&&index| {
                !self
                    .registry
                    .get(index)
                    .name
                    .split_whitespace()
                    .any(is_civic_noun)
            })
            .copied()
    }

    /// The organisation "the club’s" or "the company’s" refers to: one named with the noun, or for a
    /// business reference the latest business. An inquiry or a review the document never names as an
    /// organisation is none.
    fn owner_organisation(&self, noun: &str) -> Option<usize> {
        self.organisations_seen
            .iter()
            .rev()
            .copied()
            .find(|&index| self.is_named_with(index, noun))
            .or_else(|| self.latest_business(noun))
    }

    /// "Inspectors said": the organisation its members are named after (the inspectorate), if the
    /// document names one; a group of people is not an organisation of its own.
    fn by_members(&self, group: &str) -> Option<usize> {
        let stem = member_stem(group)?;
        self.organisations_seen
            .iter()
            .rev()
            .copied()
            .find(|&index| {
                self.registry
                    .get(index)
                    .name
                    .split_whitespace()
                    .any(|word| lowered(word).starts_with(&stem))
            })
    }

    /// The person a "his" or "her" refers to, without taking it as a mention.
    fn latest_person(&self, gender: Gender) -> Option<usize> {
        self.recent.iter().rev().copied().find(|&index| {
            self.registry.get(index).kind == SpeakerKind::Person
                && self
                    .genders
                    .get(&index)
                    .is_none_or(|known| *known == gender)
        })
    }

    fn by_pronoun(&mut self, pronoun: Pronoun) -> Option<usize> {
        let wanted = match pronoun {
            Pronoun::He => Some(Gender::Male),
            Pronoun::She => Some(Gender::Female),
            _ => None,
        };
        let found = match pronoun {
            Pronoun::He | Pronoun::She => self.recent.iter().rev().copied().find(|&index| {
                self.registry.get(index).kind == SpeakerKind::Person
                    && self
                        .genders
                        .get(&index)
                        .is_none_or(|gender| Some(*gender) == wanted)
            }),
            // "It"/"they": the organisation that spoke last, or else the one named last.
            Pronoun::It | Pronoun::They => self
                .recent
                .iter()
                .rev()
                .copied()
                .find(|&index| self.registry.get(index).kind == SpeakerKind::Organisation)
                .or_else(|| self.organisations_seen.last().copied()),
            Pronoun::We | Pronoun::I => None,
        }?;
        if let Some(gender) = wanted {
            self.genders.insert(found, gender);
        }
        Some(found)
    }
}

/// The reporting verb of a relative clause right before a quote, referring back to the subject: "what it
/// called", "which warned the charge", "have already dubbed the charge".
fn nearest_cue(before: &str) -> Option<String> {
    let words: Vec<&str> = before.split_whitespace().collect();
    let position = words
        .iter()
        .rposition(|word| is_cue_verb(word.trim_matches([',', ';', ':'])))?;
    let previous = words.get(position.checked_sub(1)?)?.to_lowercase();
    let refers_back = matches!(
        previous.as_str(),
        "what" | "which" | "who" | "it" | "he" | "she" | "they" | "already" | "have" | "has"
    );
    refers_back.then(|| words[position].trim_matches([',', ';', ':']).to_owned())
}

/// Inquiries, reviews and the like: they have chairs and leads but are not organisations of their own.
fn is_proceeding(noun: &str) -> bool {
    matches!(
        noun,
        "inquiry" | "review" | "investigation" | "panel" | "hearing" | "study" | "survey" | "trial"
    )
}

/// Kinds of public body whose names say what they are ("Northshire County Council", "Riverside
/// University"): "the council" is a council, never the last organisation of another kind.
fn names_its_kind(noun: &str) -> bool {
    matches!(
        noun,
        "council"
            | "university"
            | "college"
            | "hospital"
            | "police"
            | "court"
            | "school"
            | "academy"
            | "parliament"
            | "assembly"
            | "ministry"
            | "inspectorate"
            | "constabulary"
    )
}

/// A capitalised plural for people by what they do: "Inspectors", "Campaigners", "Residents", "Critics".
fn is_group_of_people(word: &str) -> bool {
    member_stem(word).is_some()
}

/// "Inspectors" → "inspector"; "Campaigners" → "campaign"; "Scientists" → "scien": the stem an
/// organisation of such people is named with.
fn member_stem(word: &str) -> Option<String> {
    let lower = word.to_lowercase();
    let singular = lower.strip_suffix('s')?;
    let stem = ["er", "ist", "ian", "ant", "ent", "ic", "al", "yst", "ee"]
        .iter()
        .find_map(|ending| singular.strip_suffix(ending))
        .or_else(|| singular.ends_with("or").then_some(singular))?;
    (stem.chars().count() >= 4 && word.chars().next().is_some_and(char::is_uppercase))
        .then(|| stem.to_owned())
}

/// Whether `text` has `word` as a whole word (a run of letters and digits) starting in lower case.
fn writes_as_a_word(text: &str, word: &str) -> bool {
    if !word.chars().next().is_some_and(char::is_lowercase)
        || !word.chars().all(char::is_alphanumeric)
        || !text.contains(word)
    {
        return false;
    }
    // Matches overlapping a skipped one follow a letter of it, so cannot start a word.
    text.match_indices(word).any(|(at, _)| {
        !text[..at]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
            && !text[at + word.len()..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric)
    })
}

/// `writes_as_a_word` asked of the words a text writes (`words_of`) instead of the text.
fn writes_as_a_word_in(words: &HashSet<&str>, word: &str) -> bool {
    word.chars().next().is_some_and(char::is_lowercase) && words.contains(word)
}

/// The words a text writes: its runs of letters and digits, as written.
fn words_of(text: &str) -> HashSet<&str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .collect()
}

/// Where the first verb-like word of a sentence starts (an auxiliary, a reporting verb or a past form), or
/// its end: the stretch before it holds the subject.
/// What a reporting sentence reports, as a byte range into it.
fn reported_content(sentence: &str, phrase: &str, verb: &str) -> Range<usize> {
    let start = reported_content_start(sentence, phrase, verb);
    start..reported_content_end(sentence, start, verb)
}

/// "She fell to 41 percent in the latest Harbor Institute poll released Tuesday.": the named document a
/// sentence's figures stand in, which claims them. Read only for a sentence without a speaker clause:
/// in one with a speaker ("Trump, who trails in a CNN poll, said") the speaker claims what follows.
fn document_in(sentence: &str) -> Option<SpeakerClause> {
    sentence.match_indices(" in ").find_map(|(at, _)| {
        let after = &sentence[at + " in ".len()..];
        let phrase = after[..source_end(after)].trim();
        let source = document_source(phrase)?;
        Some(SpeakerClause {
            phrase: phrase.to_owned(),
            cue: "in".to_owned(),
            mention: document_mention(source),
        })
    })
}

/// A sentence reporting what a document no one is named with says, which no speaker clause reads:
/// "…, according to data released Friday by state gaming regulators.", "Polls show …", "Exit polling
/// showed …". The source as written, and its verb.
fn unnamed_document_clause(sentence: &str) -> Option<(String, String)> {
    if let Some(position) = sentence.find("ccording to ") {
        let after = &sentence[position + "ccording to ".len()..];
        let phrase = after[..source_end(after)].trim();
        return (!phrase.is_empty()).then(|| (phrase.to_owned(), "according to".to_owned()));
    }
    // "… fell to 10 percent in New Hampshire surveys.": the document the figure stands in.
    if let Some(phrase) = sentence.match_indices(" in ").find_map(|(at, _)| {
        let after = &sentence[at + " in ".len()..];
        let phrase = after[..source_end(after)].trim();
        is_unnamed_document(phrase).then_some(phrase)
    }) {
        return Some((phrase.to_owned(), "in".to_owned()));
    }
    // The subject ends at the sentence's first verb: a document's own ("shows", "found"), after any
    // opening phrase ("This year, an average of recent polls shows").
    let (mut subject_start, mut subject_end) = (0, 0);
    for word in sentence.split_whitespace().take(2 * MAX_SPEAKER_WORDS) {
        let bare = word.trim_matches([',', ';', ':', '.']);
        let at = sentence[subject_end..].find(word)? + subject_end;
        if is_data_verb(bare) || is_cue_verb(bare) {
            let subject = sentence[subject_start..at].trim_end();
            return is_unnamed_document(subject).then(|| (subject.to_owned(), bare.to_owned()));
        }
        if is_finite_verb(&bare.to_lowercase()) || word.ends_with([';', ':']) {
            return None;
        }
        subject_end = at + word.len();
        if word.ends_with(',') {
            subject_start = subject_end;
        }
    }
    None
}

/// Where in the document the words describing a statement's unnamed source stand: `phrase` tidied to a
/// description ("In a statement, a Treasury official" is "a Treasury official"), found in its sentence.
/// `None` when the words are a clause rather than someone or something described.
fn statement_source(sentence: &str, sentence_at: usize, phrase: &str) -> Option<SourcePhrase> {
    // "Here, an ocean away from the conflict, they": a pronoun the story cannot resolve is the subject,
    // and the words before it are not.
    let last = phrase.split_whitespace().last().unwrap_or_default();
    if pronoun(&lowered(last.trim_end_matches([',', '.', ':', ';']))).is_some() {
        return None;
    }
    // "…, after an independent review found …": the subordinator opens the clause, not the source.
    let phrase = phrase.trim_start();
    let phrase = phrase
        .split_once(' ')
        // "as" opens a clause here, though before a name it is "As Michael Dell said".
        .filter(|(first, _)| is_subordinator(first) || lowered(first) == "as")
        .map_or(phrase, |(_, rest)| rest);
    let words = described_words(phrase)
        .unwrap_or_else(|| phrase.trim().trim_end_matches([',', '.', ':', ';']))
        .trim();
    // "exit polling reported by CNN": a participle saying who made the document is no clause.
    let word_list: Vec<&str> = words.split_whitespace().collect();
    let clause = word_list.len() > 14
        || word_list.iter().enumerate().skip(1).any(|(at, word)| {
            let made_by = word.ends_with("ed") && word_list.get(at + 1) == Some(&"by");
            !made_by && (is_finite_verb(&word.to_lowercase()) || is_cue_verb(word))
        });
    // "an average of $250 million a month": an amount, not a source.
    let amount = words.contains(['$', '£', '€', '%']) || words.contains(" percent");
    if words.is_empty() || clause || amount || !words.contains(char::is_alphabetic) {
        return None;
    }
    let at = sentence.find(words)?;
    Some(SourcePhrase {
        start: (sentence_at + at) as u32,
        end: (sentence_at + at + words.len()) as u32,
    })
}

/// Where what a reporting sentence reports starts: after the verb ("Gwilym Rees, who keeps 220 cows, said
/// …" claims nothing about the cows), or at its start when the attribution closes the sentence ("The
/// centre cost £8.4 million, the trust said on Tuesday.") or is "according to".
fn reported_content_start(sentence: &str, phrase: &str, verb: &str) -> usize {
    let phrase_at = sentence.find(phrase);
    let closes_sentence =
        phrase_at.is_some_and(|at| at > 0 && sentence[..at].trim_end().ends_with(','));
    if verb == "according to" || verb == "in" || closes_sentence {
        return 0;
    }
    if verb == "In" {
        return phrase_at.map_or(0, |at| at + phrase.len() + ", ".len());
    }
    phrase_at
        .map(|at| at + phrase.len())
        .and_then(|after_subject| {
            sentence[after_subject..]
                .find(verb)
                .map(|at| after_subject + at)
        })
        .unwrap_or(0)
}

/// Where what a reporting sentence reports ends: at its end, unless the verb takes a thing as its object
/// and a clause of time or cause follows it ("has declared a critical incident after crews waited 9
/// hours"): that clause is the writer's account of the circumstances, not part of the claim. A verb
/// followed by a clause ("said the wait of 9 hours came after …") reports all of it.
fn reported_content_end(sentence: &str, content_start: usize, verb: &str) -> usize {
    const DETERMINERS: &[&str] = &["a", "an", "the", "its", "their", "his", "her", "our"];
    const CIRCUMSTANCES: &[&str] = &[
        "after",
        "when",
        "because",
        "before",
        "while",
        "following",
        "despite",
        "amid",
        "since",
        "until",
    ];
    let object_at = content_start + verb.len();
    let reports_from_verb = sentence[content_start..].starts_with(verb);
    let rest = sentence.get(object_at..).unwrap_or_default();
    let names_a_thing = rest
        .split_whitespace()
        .next()
        .is_some_and(|word| DETERMINERS.contains(&word));
    if !reports_from_verb || !names_a_thing {
        return sentence.len();
    }
    let mut offset = 0;
    for word in rest.split_inclusive(char::is_whitespace) {
        let bare = word.trim().trim_start_matches(',');
        if CIRCUMSTANCES.contains(&bare) {
            let object = &rest[..offset];
            let no_verb = first_verb_offset(object) == object.len()
                && !object
                    .split_whitespace()
                    .any(|word| is_common_verb(word.trim_end_matches([',', ';'])));
            return if no_verb {
                object_at + object.trim_end().trim_end_matches(',').len()
            } else {
                sentence.len()
            };
        }
        offset += word.len();
    }
    sentence.len()
}

/// What a mention that names no one describes: someone unnamed ("one trader", "A Northshire
/// councillor"), or a role in a named organisation ("The leader of Northgate City Council").
fn description_of(mention: &Mention) -> Option<Description> {
    let (noun, definite, one_of_many, body) = match &mention.head {
        MentionHead::Unnamed { noun, one_of_many } => (noun.clone(), false, *one_of_many, false),
        MentionHead::Reference { noun } if mention.organisation.is_some() => {
            (noun.clone(), true, false, false)
        }
        MentionHead::Reference { noun } if names_its_kind(noun) && mention.role.is_none() => {
            (noun.clone(), true, false, true)
        }
        _ => return None,
    };
    Some(Description {
        role: if body {
            String::new()
        } else {
            mention.role.clone()?
        },
        noun,
        organisation: mention.organisation.clone(),
        definite,
        one_of_many,
        body,
        paragraph: 0,
        known: Vec::new(),
        quotes: Vec::new(),
        reported: Vec::new(),
    })
}

fn first_verb_offset(sentence: &str) -> usize {
    let mut offset = 0;
    let mut previous = "";
    for (index, word) in sentence.split_inclusive(char::is_whitespace).enumerate() {
        let bare = word
            .trim()
            .trim_matches([',', '.', ';', ':', '“', '”', '"']);
        // A capitalised word is a name or the sentence's first word, not the verb after the subject;
        // "a retired welder", "the embattled mayor": after a determiner, "-ed" makes an adjective.
        let capitalised = bare.chars().next().is_some_and(char::is_uppercase);
        let after_determiner = matches!(
            previous,
            "a" | "an" | "the" | "his" | "her" | "its" | "their" | "our" | "my"
        );
        // "Hours later, Trump returned …": an adverb closed by a comma ends an adverbial, not a subject.
        let is_verb = !capitalised
            && ((is_auxiliary(bare) && !word.trim_end().ends_with(','))
                || is_cue_verb(bare)
                || (index > 0 && is_common_verb(bare) && !after_determiner)
                || (index > 0 && bare.ends_with("ed") && !after_determiner)
                || matches!(
                    bare,
                    "is" | "are"
                        | "was"
                        | "were"
                        | "be"
                        | "been"
                        | "met"
                        | "do"
                        | "does"
                        | "did"
                        | "doesn’t"
                        | "doesn't"
                        | "didn’t"
                        | "didn't"
                        | "can"
                        | "could"
                        | "should"
                        | "might"
                        | "must"
                ));
        previous = bare;
        if is_verb {
            return offset;
        }
        offset += word.len();
    }
    sentence.len()
}

/// A quote is direct when it stands as an utterance: opening its paragraph, introduced by a colon or a
/// comma, or a whole sentence of its own; otherwise it is a fragment of the writer's sentence.
fn quote_kind(document: &Document, candidate: &QuoteCandidate, before: &str) -> QuoteKind {
    if candidate.parts.len() > 1 {
        return QuoteKind::Direct;
    }
    let text = document.text[candidate.parts[0].range()].trim();
    let starts_capital = text
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_numeric());
    let ends_like_utterance = text.ends_with(['.', ',', '!', '?', '…', '—', '-', ':', ';']);
    let introduced = before.trim_end().ends_with([':', ',']) || before.trim().is_empty();
    if starts_capital && (introduced || ends_like_utterance) && text.split_whitespace().count() >= 3
    {
        QuoteKind::Direct
    } else {
        QuoteKind::Partial
    }
}

/// A speaker phrase found around a quote or in a reporting sentence, with its cue verb and the mention it
/// parses to (parsed once: reading a mention is the costliest step of attribution).
#[derive(Debug)]
struct SpeakerClause {
    phrase: String,
    cue: String,
    mention: Mention,
}

/// A clause ending just before a quote with ":" or ",": "Susie Hargreaves OBE, chief executive of the IWF,
/// said:" → (phrase before the reporting verb, the verb). Without a verb, a bare name before a colon
/// ("Ian Critchley:") is the speaker, as transcripts write it.
fn clause_before(clause: &str) -> Option<SpeakerClause> {
    let clause = clause.trim_end().trim_end_matches([':', ',']).trim_end();
    let sentence_start = split_sentences(clause, &[])
        .last()
        .map_or(0, |range| range.start);
    // "But, said Solovey, “…”": a conjunction before the verb leaves the verb first.
    let clause = strip_openers(&clause[sentence_start..]);
    let words: Vec<&str> = clause.split_whitespace().collect();
    let all_bare: Vec<&str> = words
        .iter()
        .map(|word| word.trim_matches([',', ';']))
        .collect();
    // "Said Comey, “…”": the verb first, its speaker after it.
    if let Some(length) = cue_length(&all_bare).filter(|_| words.len() <= MAX_SPEAKER_WORDS) {
        let phrase = words[length..].join(" ");
        if let Some(mention) = parse_mention(&phrase) {
            return Some(SpeakerClause {
                phrase,
                cue: all_bare[0].to_owned(),
                mention,
            });
        }
    }
    for (position, word) in words.iter().enumerate() {
        let bare = &all_bare[position..];
        // "A sign on the main door read: …": what is written is quoted too.
        let reads = position + 1 == words.len() && matches!(bare[0], "read" | "reads");
        // "His comments", "the reports": after a determiner the word is a noun.
        if (cue_length(bare).is_none() && !reads)
            || position == 0
            || is_determiner(all_bare[position - 1])
        {
            continue;
        }
        // "Ms. Whitfield, noting that …, added:": a participle in an aside is not the verb.
        if bare[0].ends_with("ing")
            && words[position - 1].ends_with(',')
            && words[position + 1..].iter().any(|word| word.ends_with(','))
        {
            continue;
        }
        let mut phrase_end = position;
        while phrase_end > 0 && is_between_speaker_and_verb(words[phrase_end - 1]) {
            phrase_end -= 1;
        }
        // A subordinate clause may come first ("Although …, Lopez-Cantera said"): the phrase is read
        // without it, so it may be longer.
        if phrase_end == 0 || phrase_end > 2 * MAX_SPEAKER_WORDS {
            continue;
        }
        let phrase = words[..phrase_end].join(" ");
        // "“He has no chance,” Graham said on MSNBC's “Morning Joe,” adding, “…”": the speaker is
        // after the last quotation mark; none there, and the words continue whoever spoke before.
        let phrase = after_last_quotation_mark(&phrase).to_owned();
        if phrase.is_empty() {
            continue;
        }
        // "Asked whether it had been hard, Mr. Daley said:": a subordinate clause may open the
        // sentence, and the speaker follows it.
        let subordinate = in_subordinate_clause(&phrase, &words[position..]);
        // "Ms. Marlowe smiled and said:": the subject of the verbs joined.
        // Only when the verb introduces the quote: in "…rates and has maintained that testing is
        // required, Lopez-Cantera said," the subject is later.
        let introduces = words[position..words.len() - 1]
            .iter()
            .all(|word| !word.ends_with(','));
        let phrase = match joined_subject(&phrase) {
            Some(subject) if !subordinate && introduces => subject,
            _ => phrase,
        };
        let whole = (!subordinate).then(|| parse_mention(&phrase)).flatten();
        // "Asked whether …, Rubio fired back": the speaker after an introductory phrase.
        let phrase = match whole {
            Some(mention) => Some((phrase, mention)),
            None => phrase
                .rsplit_once(", ")
                .map(|(_, tail)| tail.to_owned())
                .filter(|tail| tail.split_whitespace().count() <= 6)
                .and_then(|tail| parse_mention(&tail).map(|mention| (tail, mention)))
                .filter(|(_, mention)| {
                    matches!(
                        mention.head,
                        MentionHead::Person { .. } | MentionHead::Bare { .. }
                    )
                }),
        };
        if let Some((phrase, mention)) = phrase {
            let cue = word.trim_matches([',', ';', ':']).to_owned();
            return Some(SpeakerClause {
                phrase,
                cue,
                mention,
            });
        }
    }
    // "TURNOUT DOESN’T RAISE EXPECTATIONS - Michael P. McDonald: …": a heading, a spaced dash, then who
    // is quoted.
    let clause = [" - ", " — ", " – "]
        .iter()
        .filter_map(|dash| clause.rfind(dash).map(|at| at + dash.len()))
        .max()
        .map_or(clause, |after| clause[after..].trim_start());
    if clause.split_whitespace().count() > 8 {
        return None;
    }
    // "Harbour chief: ‘…’" — a headline's name or role before a colon.
    parse_mention(clause)
        .filter(|mention| {
            matches!(
                mention.head,
                MentionHead::Person { .. }
                    | MentionHead::Organisation { .. }
                    | MentionHead::Document { .. }
                    | MentionHead::Reference { .. }
            )
        })
        .map(|mention| SpeakerClause {
            phrase: clause.to_owned(),
            cue: String::new(),
            mention,
        })
}

/// "what Okafor called “a rigged count”", "One Marlowe spokesman has called the attacks
/// “…”", "Quist on Wednesday called “…”": a subject naming something in the quoted words, its verb
/// ("called", "dubbed", "described as") the last or nearly the last words before the quote. Not the
/// passive ("was called", "a group called"), which names no one.
fn naming_clause(clause: &str) -> Option<SpeakerClause> {
    let words: Vec<&str> = clause.split_whitespace().collect();
    let bare = |word: &str| word.trim_matches([',', ';', ':']).to_lowercase();
    let verb_at = (words.len().saturating_sub(5)..words.len())
        .rev()
        .find(|&at| {
            let verb = bare(words[at]);
            let named_as = words.get(at + 1).is_some_and(|next| *next == "as");
            matches!(
                verb.as_str(),
                "called" | "dubbed" | "termed" | "labeled" | "labelled" | "branded"
            ) || (named_as
                && matches!(
                    verb.as_str(),
                    "described" | "characterized" | "characterised"
                ))
        })?;
    // What the verb names may come between it and the quote ("called him a"), never a clause.
    if words[verb_at + 1..]
        .iter()
        .any(|word| word.ends_with([',', ';', ':']) || is_finite_verb(&bare(word)))
    {
        return None;
    }
    let mut subject_end = verb_at;
    while subject_end > 0 && is_auxiliary(words[subject_end - 1]) {
        subject_end -= 1;
    }
    let passive = subject_end < verb_at
        && words[subject_end..verb_at].iter().any(|word| {
            matches!(
                bare(word).as_str(),
                "is" | "was" | "were" | "are" | "be" | "been" | "being"
            )
        });
    let subject_start = words[..subject_end]
        .iter()
        .rposition(|word| {
            word.ends_with([',', ';'])
                || matches!(
                    bare(word).as_str(),
                    "what" | "who" | "whom" | "which" | "that" | "and"
                )
        })
        .map_or(0, |at| at + 1);
    // "Rush Limbaugh, for one, called": an aside between the subject and the verb.
    let (subject_start, subject_end) = if subject_start == subject_end && subject_start > 0 {
        let opening = words[..subject_start - 1]
            .iter()
            .rposition(|word| word.ends_with(','));
        match opening {
            Some(opening) if subject_start - opening - 1 <= 3 => {
                let start = words[..opening]
                    .iter()
                    .rposition(|word| {
                        word.ends_with([',', ';'])
                            || matches!(bare(word).as_str(), "what" | "who" | "that")
                    })
                    .map_or(0, |at| at + 1);
                (start, opening + 1)
            }
            _ => return None,
        }
    } else {
        (subject_start, subject_end)
    };
    if passive || subject_start >= subject_end {
        return None;
    }
    // "and called National Nurses United …": the subject is an earlier clause's, not read here.
    if subject_start > 0 && bare(words[subject_start - 1]) == "and" {
        return None;
    }
    let phrase = words[subject_start..subject_end]
        .join(" ")
        .trim_end_matches(',')
        .to_owned();
    let first = phrase.split_whitespace().next()?;
    // "a group called", "the so-called": a lower-case noun before the verb names no one.
    if first.starts_with(char::is_lowercase)
        && pronoun(&lowered(first)).is_none()
        && !is_indefinite_article(first)
        && lowered(first) != "the"
    {
        return None;
    }
    let mention = parse_mention(&phrase)?;
    if phrase.split_whitespace().count() == 1
        && pronoun(&lowered(first)).is_none()
        && !matches!(
            mention.head,
            MentionHead::Person { .. } | MentionHead::Bare { .. }
        )
    {
        return None;
    }
    Some(SpeakerClause {
        phrase,
        cue: bare(words[verb_at]),
        mention,
    })
}

/// Words that may stand between a speaker and their verb: auxiliaries and adverbs ("has", "later") and
/// the day ("Priebus later Thursday told Fox News").
/// A day closed by a comma ends an introductory phrase instead ("… (R-Texas) Wednesday, saying").
fn is_between_speaker_and_verb(written: &str) -> bool {
    let word = written.trim_matches([',', ';', ':']);
    // "Cruz himself said": the reflexive stresses the speaker, it is no part of the name.
    let reflexive = matches!(word, "himself" | "herself" | "themselves" | "itself");
    is_auxiliary(word) || reflexive || (is_weekday(word) && word.len() == written.len())
}

/// "“Go back to Univision,” Trump barked", "“The paper is claiming …,” Hannity started.": after a quote
/// closed on a comma the sentence goes on, so a name and a verb in the past tense right after it are
/// its speaker and how they spoke, whatever the verb.
fn past_verb_after(after: &str) -> Option<SpeakerClause> {
    let after = after.trim_start_matches([' ', '\u{a0}']);
    if after.starts_with(['“', '"', '‘', ',']) {
        return None;
    }
    let sentence_end = split_sentences(after, &[])
        .first()
        .map_or(after.len(), |range| range.end);
    let words: Vec<&str> = after[..sentence_end].split_whitespace().collect();
    let bare: Vec<&str> = words
        .iter()
        .map(|word| word.trim_matches([',', '.', ';', ':', '!', '?']))
        .collect();
    let pronoun_first = bare
        .first()
        .is_some_and(|word| matches!(*word, "he" | "she" | "they"));
    let verb_at = if pronoun_first {
        1
    } else {
        bare.iter()
            .position(|word| word.starts_with(|c: char| c.is_lowercase()))?
    };
    if verb_at == 0 || verb_at > 5 {
        return None;
    }
    let verb = *bare.get(verb_at)?;
    let past = (verb.len() > 4 && verb.ends_with("ed"))
        || matches!(
            verb,
            "began" | "spoke" | "wrote" | "swore" | "shot" | "sang"
        );
    // The verb ends the sentence, or what follows says how or when ("… barked and a guard …").
    let ends_clause = words[verb_at].ends_with([',', '.', '!', '?'])
        || bare.get(verb_at + 1).is_none_or(|next| {
            is_weekday(next)
                || matches!(
                    *next,
                    "and"
                        | "as"
                        | "at"
                        | "in"
                        | "on"
                        | "to"
                        | "from"
                        | "before"
                        | "after"
                        | "while"
                        | "when"
                        | "with"
                        | "during"
                        | "last"
                        | "this"
                        | "back"
                        | "again"
                )
        });
    if !past || !ends_clause || bare[..verb_at].iter().any(|word| word.is_empty()) {
        return None;
    }
    let phrase = words[..verb_at].join(" ");
    let phrase = phrase.trim_end_matches(',');
    parse_mention(phrase)
        .filter(|mention| {
            matches!(
                mention.head,
                MentionHead::Person { .. } | MentionHead::Bare { .. } | MentionHead::Pronoun(_)
            )
        })
        .map(|mention| SpeakerClause {
            phrase: phrase.to_owned(),
            cue: verb.to_owned(),
            mention,
        })
}

/// A colon introduction with no reporting verb: "Sanders delivered a snappy retort: “…”" (the
/// sentence's subject), "The timing does not surprise Republican pollster Daron Shaw: “…”" (a full name
/// closing it), "Clinton: “…”" (a person the story has named, alone).
fn colon_introduction(clause: &str) -> Option<SpeakerClause> {
    let clause = clause.trim_end().trim_end_matches(':').trim_end();
    let sentence_start = split_sentences(clause, &[])
        .last()
        .map_or(0, |range| range.start);
    let clause = &clause[sentence_start..];
    // "When Wallace died in 1998, President Clinton released …": the main clause follows the
    // subordinate one; "… is concerned — Sanders responded …": and a spaced dash.
    let clause = match clause.split_once(", ") {
        Some((first, rest)) if opens_subordinate_clause(first) => rest,
        _ => clause,
    };
    let clause = [" — ", " – ", " - "]
        .iter()
        .filter_map(|dash| clause.rfind(dash).map(|at| at + dash.len()))
        .max()
        .map_or(clause, |after| &clause[after..]);
    let clause = strip_openers(clause.trim());
    if clause.contains(['“', '”', '"']) {
        return None;
    }
    let person = |phrase: &str| {
        parse_mention(phrase).and_then(|mention| match mention.head {
            MentionHead::Person { .. } | MentionHead::Pronoun(_) => Some(mention),
            // A surname alone is read as a person already named, never a new organisation.
            MentionHead::Bare { name } => Some(Mention {
                head: MentionHead::Person { name, gender: None },
                ..mention
            }),
            _ => None,
        })
    };
    let words: Vec<&str> = clause.split_whitespace().collect();
    if words.len() == 1 {
        return person(clause).map(|mention| SpeakerClause {
            phrase: clause.to_owned(),
            cue: String::new(),
            mention,
        });
    }
    // A full name closing the clause, after a verb or a role, not after a preposition ("wrote to Jo
    // Hale:" introduces the writer's words).
    let name_start = words
        .iter()
        .rposition(|word| !word.starts_with(char::is_uppercase))
        .map_or(0, |position| position + 1);
    let before_name = name_start.checked_sub(1).map(|index| words[index]);
    if words.len() - name_start >= 2
        && before_name.is_some_and(|word| {
            !matches!(
                word,
                "to" | "for" | "from" | "about" | "of" | "with" | "by" | "at" | "on" | "in" | "and"
            )
        })
    {
        let phrase = words[name_start..].join(" ");
        if let Some(mention) = parse_mention(&phrase)
            .filter(|mention| matches!(mention.head, MentionHead::Person { .. }))
        {
            return Some(SpeakerClause {
                phrase,
                cue: String::new(),
                mention,
            });
        }
    }
    let subject_end = first_verb_offset(clause);
    if subject_end == 0 || subject_end >= clause.len() {
        return None;
    }
    let subject = clause[..subject_end].trim();
    // "Asked by Andrea Mitchell whether …, Sanders said": a participle opens an adverbial, not a subject.
    let opens_with_participle = subject.split_whitespace().next().is_some_and(|first| {
        let first = first.to_lowercase();
        first.ends_with("ed") || first.ends_with("ing")
    });
    if subject.split_whitespace().count() > 6 || subject.contains(',') || opens_with_participle {
        return None;
    }
    person(subject).map(|mention| SpeakerClause {
        phrase: subject.to_owned(),
        cue: String::new(),
        mention,
    })
}

/// The words of a phrase after its last quotation mark: who speaks, when a quote stands before them.
fn after_last_quotation_mark(phrase: &str) -> &str {
    match phrase.rfind(['“', '”', '"']) {
        Some(at) => phrase[at..]
            .trim_start_matches(['“', '”', '"'])
            .trim_start_matches([',', ' ']),
        None => phrase,
    }
}

/// The clause right after a quote: "…,” the IWF said." / "…,” said James Babbage, Director General …".
fn clause_after(after: &str) -> Option<SpeakerClause> {
    // "…with 'We'll bomb them,''' said Senator McCain": the mark closing a quotation inside the quote.
    let after = after
        .trim_start()
        .strip_prefix(['\'', '’'])
        .unwrap_or(after);
    let after = after.trim_start_matches([',', ' ', '\u{a0}', '—', '–']);
    if after.is_empty() || after.starts_with(['“', '"', '‘']) {
        return None;
    }
    let sentence_end = split_sentences(after, &[])
        .first()
        .map_or(after.len(), |range| range.end);
    let sentence = &after[..sentence_end];
    let words: Vec<&str> = sentence.split_whitespace().collect();
    let bare: Vec<&str> = words
        .iter()
        .map(|word| word.trim_matches([',', '.', ';', ':', '!', '?']))
        .collect();
    // "said X": the verb first, the speaker after it. A participle ("…,” saying the city …") is
    // followed by what was said, not by who said it.
    if let Some(length) = cue_length(&bare).filter(|_| !bare[0].ends_with("ing")) {
        // The sentence ends where `split_sentences` says: "said Sen. Dana Whitfield" is one phrase.
        let phrase = words[length..].join(" ");
        let phrase = phrase.trim_end_matches(['.', ',']);
        let phrase = cut_at_circumstance(cut_at_participle(phrase));
        return parse_mention(phrase).map(|mention| SpeakerClause {
            phrase: phrase.to_owned(),
            cue: bare[0].to_owned(),
            mention,
        });
    }
    // "X said": the speaker first, within a few words.
    let Some(cue_position) = (1..words.len().min(MAX_SPEAKER_WORDS + 1)).find(|&position| {
        cue_length(&bare[position..]).is_some() && !is_determiner(bare[position - 1])
    }) else {
        return attribution_closing(sentence);
    };
    let mut phrase_end = cue_position;
    while phrase_end > 0 && is_between_speaker_and_verb(words[phrase_end - 1]) {
        phrase_end -= 1;
    }
    let phrase = words[..phrase_end].join(" ");
    if phrase.ends_with(['.', '!', '?']) {
        return None;
    }
    // "… Warren,” Reid said": the speaker is after the last quotation mark.
    let phrase = after_last_quotation_mark(&phrase).to_owned();
    if phrase.is_empty() {
        return None;
    }
    parse_mention(&phrase)
        .map(|mention| SpeakerClause {
            phrase,
            cue: bare[cue_position].to_owned(),
            mention,
        })
        .or_else(|| attribution_closing(sentence))
}

/// "Donald Trump has delivered a defense of “New York values,” saying …": a participle after the quote
/// makes the sentence's subject its speaker.
fn participle_after(before: &str, after: &str) -> Option<SpeakerClause> {
    let next = after
        .trim_start_matches([',', ' ', '\u{a0}'])
        .split_whitespace()
        .next()?
        .trim_end_matches(',');
    if !(next.ends_with("ing") && is_cue_verb(next)) {
        return None;
    }
    let subject = before[..first_verb_offset(before)].trim();
    if subject.is_empty() || subject.len() == before.trim().len() || subject.contains(['“', '"'])
    {
        return None;
    }
    parse_mention(subject)
        .filter(|mention| !matches!(mention.head, MentionHead::Reference { .. }))
        .map(|mention| SpeakerClause {
            phrase: subject.to_owned(),
            cue: next.to_owned(),
            mention,
        })
}

/// "…” in the 2008 primary, said Ohio State University professor Paul Beck.": after the words'
/// circumstances, an attribution that closes the sentence.
fn attribution_closing(sentence: &str) -> Option<SpeakerClause> {
    let sentence = sentence.trim_end();
    if !sentence.ends_with(['.', '!', '?']) {
        return None;
    }
    // "… that Sanders can catch Clinton, said Steve Elmendorf, deputy campaign manager …": the first
    // comma after which a cue opens the rest, or which the rest's last word is.
    sentence.match_indices(", ").find_map(|(comma, _)| {
        let tail = &sentence[comma + 1..];
        if tail.contains(['“', '”', '"']) {
            return None;
        }
        let words: Vec<&str> = tail.split_whitespace().collect();
        let bare: Vec<&str> = words
            .iter()
            .map(|word| word.trim_matches([',', '.', ';', ':', '!', '?']))
            .collect();
        let starts_with_cue = cue_length(&bare).is_some();
        let ends_with_cue = bare.len() >= 2 && cue_length(&bare[bare.len() - 1..]).is_some();
        (starts_with_cue || ends_with_cue)
            .then(|| clause_after(tail))
            .flatten()
    })
}

/// Whether the words before a verb are all one subordinate clause or adverbial ("Although the
/// administration has", "After the debate Trump"): the verb is then not the main clause's.
/// "As Michael Dell said" is not one: "as" introduces the very words quoted; nor "But the leader said".
/// When the clause runs on to the quote ("Although Weiner admitted that they had “been friends”"), the
/// quote is the clause's own.
fn in_subordinate_clause(before_verb: &str, from_verb: &[&str]) -> bool {
    let closes_before_quote = from_verb.iter().any(|word| word.ends_with(','));
    closes_before_quote && opens_subordinate_clause(before_verb)
}

fn opens_subordinate_clause(before_verb: &str) -> bool {
    before_verb
        .split_whitespace()
        .next()
        .is_some_and(is_subordinator)
        && !before_verb.contains(", ")
}

/// The speaker of a sentence that only says someone spoke, ending `earlier` ("Bystrom agreed.", "Mr.
/// Okafor added on Tuesday."): the quote after it is theirs. A sentence that goes on past its verb
/// ("Trump agreed to a debate.") says something else.
fn speaking_sentence(earlier: &str) -> Option<SpeakerClause> {
    let earlier = earlier.trim_end();
    let last = split_sentences(earlier, &[]).last()?.clone();
    let sentence = earlier[last].strip_suffix('.')?;
    if sentence.contains(['“', '”', '"']) {
        return None;
    }
    let words: Vec<&str> = sentence.split_whitespace().collect();
    let cue_at = (1..words.len()).find(|&at| cue_length(&words[at..]).is_some())?;
    let cue_end = cue_at + cue_length(&words[cue_at..])?;
    let circumstance = &words[cue_end..];
    let only_circumstance = circumstance.is_empty()
        || (circumstance.len() <= 4
            && (is_weekday(circumstance[0])
                || matches!(
                    circumstance[0],
                    "in" | "on" | "at" | "during" | "later" | "earlier" | "last" | "this" | "then"
                )));
    if !only_circumstance {
        return None;
    }
    clause_before(&words[..cue_end].join(" "))
}

/// "House Speaker Paul Ryan in a statement" → "House Speaker Paul Ryan": after a name, a preposition
/// opens the circumstances of the words, not more of the speaker ("a researcher at the institute" and
/// "Stephen Vladeck of the University of Texas" keep theirs: the first follows no name, and "of" names
/// where the speaker works).
fn cut_at_circumstance(phrase: &str) -> &str {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    for (index, pair) in words.windows(2).enumerate() {
        let [previous, word] = pair else { continue };
        let after_name = previous
            .trim_start_matches(['(', '“', '"'])
            .starts_with(char::is_uppercase)
            && !previous.ends_with([',', ';', ':']);
        let opens_circumstance = match *word {
            "in" | "on" | "during" | "to" | "while" | "after" | "before" | "when" | "as"
            | "via" | "through" | "last" | "this" | "earlier" | "later" | "yesterday" | "today"
            | "tonight" | "outside" | "inside" | "from" => true,
            // "at a rally", not "at Riverside University" or "at the NCA".
            "at" => words[index + 2..]
                .iter()
                .find(|next| !matches!(**next, "the" | "a" | "an"))
                .is_some_and(|next| !next.starts_with(char::is_uppercase)),
            _ => false,
        };
        if after_name && opens_circumstance {
            let offset = word.as_ptr() as usize - phrase.as_ptr() as usize;
            return phrase[..offset].trim_end();
        }
    }
    phrase
}

/// "the minister, adding that …" → "the minister".
fn cut_at_participle(phrase: &str) -> &str {
    let mut end = phrase.len();
    for (offset, _) in phrase.match_indices(", ") {
        let next = phrase[offset + 2..].split_whitespace().next().unwrap_or("");
        if next.ends_with("ing")
            || matches!(
                next,
                "who" | "which" | "as" | "when" | "after" | "before" | "in" | "on"
            )
        {
            end = offset;
            break;
        }
    }
    &phrase[..end]
}

/// "Ms. Marlowe smiled and", "Mrs. Clinton shook her head and": words before a reporting verb joined to
/// another verb by "and", whose subject is the speaker's. `None` when the phrase does not end so.
fn joined_subject(phrase: &str) -> Option<String> {
    let before_and = phrase.strip_suffix(" and")?;
    // "As the crowd began to chant, Silverman was joined … and": the clause after an opening one.
    let before_and = before_and.rsplit(", ").next().unwrap_or(before_and);
    if before_and.contains([';', '“', '"'])
        || before_and.split_whitespace().count() > 10
        || opens_subordinate_clause(before_and)
    {
        return None;
    }
    // "Mrs. Clinton shook her head and": a verb no list holds ends a name all the same.
    let name_end = before_and
        .split_whitespace()
        .take_while(|word| word.starts_with(char::is_uppercase) || honorific(word).is_some())
        .map(|word| word.len() + 1)
        .sum::<usize>()
        .saturating_sub(1);
    let subject_end = match first_verb_offset(before_and) {
        end if end == before_and.len() && name_end > 0 => name_end,
        end => end,
    };
    let subject = before_and[..subject_end].trim_end();
    // "There have been … and": no one is the subject.
    let names_someone = subject
        .split_whitespace()
        .next()
        .is_some_and(|first| !is_function_word(first) || is_determiner(first));
    (subject_end < before_and.len() && names_someone).then(|| subject.to_owned())
}

/// Where the source named after "according to" ends: at a comma, a semicolon, a quotation mark, a
/// bracket, a dash between spaces or a full stop — not the full stop of a title or an initial
/// ("according to Sen. Dana M. Whitfield.").
fn source_end(after: &str) -> usize {
    let dash = [" - ", " – ", " — "]
        .iter()
        .filter_map(|dash| after.find(dash))
        .min()
        .unwrap_or(after.len());
    let after = &after[..dash];
    let mut from = 0;
    while let Some(offset) = after[from..].find([',', '.', ';', '“', '"', '(']) {
        let at = from + offset;
        if !after[at..].starts_with('.') {
            return at;
        }
        let word = after[..at].rsplit(' ').next().unwrap_or_default();
        // "F.A.A. records": letters with full stops between them are an abbreviation too.
        let abbreviation = honorific(word).is_some()
            || (!word.is_empty()
                && word.split('.').all(|letter| {
                    letter.chars().count() == 1 && letter.chars().all(char::is_uppercase)
                }));
        if !abbreviation {
            return at;
        }
        from = at + 1;
    }
    after.len()
}

/// "However, it says …", "NPCC warns …" → (subject phrase, verb).
fn reporting_subject(sentence_start: &str) -> Option<SpeakerClause> {
    // Most sentences report nothing: without a reporting verb or "according to" there is nothing to read.
    let reports_something = sentence_start.contains("ccording to")
        || sentence_start.split_whitespace().any(|word| {
            let word = word.trim_matches([',', ';', ':', '.']);
            is_cue_verb(word) || is_data_verb(word)
        })
        || sentence_start.starts_with("In ");
    if !reports_something {
        return None;
    }
    // "In a Harborview poll released Monday, 50 percent …": the document opens the sentence.
    if let Some((phrase, _)) = sentence_start
        .strip_prefix("In ")
        .and_then(|rest| rest.split_once(", "))
    {
        if let Some(source) = document_source(phrase) {
            return Some(SpeakerClause {
                phrase: phrase.to_owned(),
                cue: "In".to_owned(),
                mention: document_mention(source),
            });
        }
    }
    // "…, according to the agency, which …": the source named after "according to".
    if let Some(position) = sentence_start
        .find("ccording to ")
        .map(|position| position - 1)
    {
        let after = &sentence_start[position + "according to ".len()..];
        let end = source_end(after);
        let phrase = source_of_data(after[..end].trim());
        if let Some(mention) = (!phrase.is_empty())
            .then(|| parse_mention(&phrase))
            .flatten()
        {
            return Some(SpeakerClause {
                phrase,
                cue: "according to".to_owned(),
                mention,
            });
        }
    }
    // "The centre cost £8.4 million, the trust said.": the attribution closes the sentence.
    if let Some(comma) = sentence_start.trim_end().rfind(", ") {
        let tail = sentence_start[comma + 2..].trim_end();
        if tail.ends_with(['.', '!', '?']) {
            if let Some(found) = clause_after(tail) {
                return Some(found);
            }
        }
    }
    // "…has raised roughly $4.2 million, said Nora Villanueva, its finance director.": an
    // apposition after the speaker puts a comma after the attribution too. Only a verb of saying
    // opening the tail: in "Rubio, who is third in the polls, stressed defense issues …" the verb
    // is the subject's own.
    let said_then_speaker = sentence_start.match_indices(", ").any(|(comma, _)| {
        let tail = &sentence_start[comma + 2..];
        tail.split_whitespace().count() <= 20
            && tail
                .split_whitespace()
                .next()
                .is_some_and(|verb| matches!(verb, "said" | "says" | "added" | "wrote" | "noted"))
    });
    if said_then_speaker {
        if let Some(found) = attribution_closing(sentence_start) {
            return Some(found);
        }
    }
    let words: Vec<&str> = sentence_start.split_whitespace().collect();
    let bare: Vec<&str> = words
        .iter()
        .map(|word| word.trim_matches([',', ';', ':']))
        .collect();
    let limit = words.len().min(2 * MAX_SPEAKER_WORDS);
    for position in 1..limit {
        // "For instance, a Lakeshore University poll last week showed …": the document after an opening phrase.
        if is_data_verb(bare[position]) {
            let opener_end = words[..position]
                .iter()
                .rposition(|word| word.ends_with(','))
                .map_or(0, |at| at + 1);
            let subject = words[opener_end..position].join(" ");
            if let Some(source) = (opener_end > 0 && opener_end < position)
                .then(|| document_source(&subject))
                .flatten()
            {
                return Some(SpeakerClause {
                    phrase: subject,
                    cue: bare[position].to_owned(),
                    mention: document_mention(source),
                });
            }
        }
        // "The latest Meridian poll showed …": a document's verbs report only for a document.
        let reports_here = cue_length(&bare[position..]).is_some()
            || (is_data_verb(bare[position])
                && document_source(&words[..position].join(" ")).is_some());
        // "The latest Rasmussen Reports poll shows": a capitalised word before a document is its
        // maker's name.
        let in_a_name = bare[position].starts_with(char::is_uppercase)
            && bare
                .get(position + 1)
                .is_some_and(|next| is_document_noun(next));
        if !reports_here || in_a_name || is_determiner(bare[position - 1]) {
            continue;
        }
        let mut phrase_end = position;
        while phrase_end > 0 && is_between_speaker_and_verb(words[phrase_end - 1]) {
            phrase_end -= 1;
        }
        if phrase_end == 0 {
            continue;
        }
        // "Although the administration has maintained that …, Lopez-Cantera said": a verb inside the
        // subordinate clause is not the sentence's.
        if in_subordinate_clause(&words[..phrase_end].join(" "), &words[position..]) {
            continue;
        }
        // "Repairs reported through the app rose …": a participle, not a reporting verb.
        let participle = bare[position].ends_with("ed")
            && phrase_end == 1
            && bare.get(position + 1).is_some_and(|next| {
                matches!(*next, "through" | "by" | "via" | "across" | "to" | "from")
            });
        if participle {
            return None;
        }
        let phrase = words[..phrase_end].join(" ");
        let introduces = words[position..words.len() - 1]
            .iter()
            .all(|word| !word.ends_with(','));
        let phrase = joined_subject(&phrase)
            .filter(|_| introduces)
            .unwrap_or(phrase);
        let cue = bare[position].to_owned();
        // "…, which the council says has been downloaded 18,000 times": a relative clause reports.
        // "…, whose recommendations the council said it had …": past the noun the clause is about.
        if let Some(relative) = [", which ", ", that ", ", whose "]
            .iter()
            .filter_map(|pronoun| {
                let after = phrase.rfind(pronoun)? + pronoun.len();
                if *pronoun == ", whose " {
                    let noun = phrase[after..].find(' ')?;
                    Some(after + noun + 1)
                } else {
                    Some(after)
                }
            })
            .max()
        {
            let subject = &phrase[relative..];
            // "which the council says": the clause's own subject, not "which advises the Assembly,".
            let names_a_subject = subject.split_whitespace().next().is_some_and(|first| {
                matches!(first, "the" | "its" | "their") || first.starts_with(char::is_uppercase)
            });
            if names_a_subject && !subject.contains(',') && subject.split_whitespace().count() <= 4
            {
                return parse_mention(subject)
                    .filter(|mention| !matches!(mention.head, MentionHead::Pronoun(_)))
                    .map(|mention| SpeakerClause {
                        phrase: subject.to_owned(),
                        cue,
                        mention,
                    });
            }
        }
        // A sentence ended before the verb: no subject ("Sen." ends none). A quote before it (a show's
        // title, a phrase) leaves the subject after the last comma.
        if split_sentences(&phrase, &[]).len() > 1 {
            return None;
        }
        let phrase = if phrase.contains(['“', '”', '"']) {
            match phrase.rsplit_once(", ") {
                Some((_, tail)) if !tail.contains(['“', '”', '"']) => tail.to_owned(),
                _ => return None,
            }
        } else {
            phrase
        };
        // "Trump went fully on the attack, saying, …": a participle's speaker is the subject of the
        // clause before it.
        // "Jessica Mackler issued a statement saying …" too.
        let phrase = if cue.ends_with("ing") {
            let subject_end = first_verb_offset(&phrase);
            if subject_end == phrase.len() && words[phrase_end - 1].ends_with(',') {
                return None;
            }
            phrase[..subject_end].trim().to_owned()
        } else {
            phrase
        };
        if let Some(mention) = parse_mention(&phrase) {
            return Some(SpeakerClause {
                phrase,
                cue,
                mention,
            });
        }
        // The first verb belongs to a clause that names no one: the sentence reports no speaker.
        return None;
    }
    None
}

/// "council figures" → "the council", "the ONS’s latest figures" → "the ONS’s": the body whose data a
/// sentence reports is its source.
fn source_of_data(phrase: &str) -> String {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let is_data = |word: &str| {
        matches!(
            word,
            "figures"
                | "data"
                | "statistics"
                | "estimates"
                | "research"
                | "analysis"
                | "records"
                | "numbers"
        )
    };
    let Some((_, rest)) = words.split_last().filter(|(last, _)| is_data(last)) else {
        return phrase.to_owned();
    };
    let rest: Vec<&str> = rest
        .iter()
        .copied()
        .filter(|word| !matches!(*word, "latest" | "new" | "official" | "own" | "published"))
        .collect();
    match rest.first() {
        None => phrase.to_owned(),
        Some(first) if first.chars().next().is_some_and(char::is_lowercase) && *first != "the" => {
            format!("the {}", rest.join(" "))
        }
        Some(_) => rest.join(" "),
    }
}

/// "“We will act,” she said, “and soon.”" is one quote in two parts: joins quotes split by an attribution.
fn merge_split_quotes(document: &Document, candidates: Vec<QuoteCandidate>) -> Vec<QuoteCandidate> {
    let mut merged: Vec<QuoteCandidate> = Vec::new();
    for candidate in candidates {
        if let Some(previous) = merged.last_mut() {
            let same_paragraph = previous.parts.last().map(|part| part.paragraph)
                == Some(candidate.parts[0].paragraph);
            if same_paragraph && previous.close_end <= candidate.open_start {
                let between = &document.text[previous.close_end..candidate.open_start];
                let first_text =
                    &document.text[previous.parts.last().map_or(0..0, QuotePart::range)];
                let continues =
                    first_text.trim_end().ends_with(',') || between.trim_start().starts_with(',');
                let second_text = &document.text[candidate.parts[0].range()];
                let lower_start = second_text.chars().next().is_some_and(char::is_lowercase);
                // “…,” she said, “…” — or “…,” she said. “…”: the attribution interrupts one utterance.
                let interrupts = between.trim_end().ends_with([',', '.']) && between.len() < 120;
                if continues
                    && interrupts
                    && clause_after(between).is_some()
                    && (lower_start || between.len() < 120)
                {
                    previous.split_by = Some(previous.close_end..candidate.open_start);
                    previous.parts.extend(candidate.parts);
                    previous.close_end = candidate.close_end;
                    continue;
                }
            }
        }
        merged.push(candidate);
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;

    // proptest is a native dev-dependency only.
    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            /// Long and short documents are asked the same question in two ways: the answers agree.
            #[test]
            fn a_words_list_answers_as_the_text_does(
                text in "[aAbB é,.’-]{0,60}",
                word in "[aAbBé]{1,3}",
            ) {
                prop_assert_eq!(
                    writes_as_a_word(&text, &word),
                    writes_as_a_word_in(&words_of(&text), &word)
                );
            }
        }
    }

    #[test]
    fn the_words_describing_an_unnamed_source() {
        let read: Vec<String> = [
            "a senior Republican aide, who spoke on the condition of anonymity",
            "In a statement, a Treasury Department official",
            "At one point, a woman",
            "one owner of a shop who declined to be named",
            "Likewise, a paper from the Harbor Institute had this to",
            "the equivalent of about $22.20",
            "The next day",
            "one Democrat familiar with the negotiations",
        ]
        .iter()
        .map(|phrase| format!("{phrase} → {:?}", described_words(phrase)))
        .collect();
        expect_test::expect![[r#"
            a senior Republican aide, who spoke on the condition of anonymity → Some("a senior Republican aide")
            In a statement, a Treasury Department official → Some("a Treasury Department official")
            At one point, a woman → Some("a woman")
            one owner of a shop who declined to be named → Some("one owner of a shop")
            Likewise, a paper from the Harbor Institute had this to → None
            the equivalent of about $22.20 → None
            The next day → None
            one Democrat familiar with the negotiations → Some("one Democrat familiar with the negotiations")"#]].assert_eq(&read.join("\n"));
    }

    fn phrase_and_cue(clause: Option<SpeakerClause>) -> Option<(String, String)> {
        clause.map(|clause| (clause.phrase, clause.cue))
    }

    #[test]
    fn clauses_before_a_quote() {
        assert_eq!(
            phrase_and_cue(clause_before(
                "Susie Hargreaves OBE, chief executive of the IWF, said:"
            )),
            Some((
                "Susie Hargreaves OBE, chief executive of the IWF,".to_owned(),
                "said".to_owned()
            ))
        );
        assert_eq!(
            phrase_and_cue(clause_before("He added:")),
            Some(("He".to_owned(), "added".to_owned()))
        );
        assert_eq!(
            phrase_and_cue(clause_before("The minister told reporters on Monday:")),
            Some(("The minister".to_owned(), "told".to_owned()))
        );
        assert_eq!(
            phrase_and_cue(clause_before("In a statement on Monday, the council said:")),
            Some((
                "In a statement on Monday, the council".to_owned(),
                "said".to_owned()
            ))
        );
    }

    #[test]
    fn clauses_after_a_quote() {
        assert_eq!(
            phrase_and_cue(clause_after(" the IWF said.")),
            Some(("the IWF".to_owned(), "said".to_owned()))
        );
        assert_eq!(
            phrase_and_cue(clause_after(" it added.")),
            Some(("it".to_owned(), "added".to_owned()))
        );
        assert_eq!(
            phrase_and_cue(clause_after(
                " said James Babbage, Director General for Threats at the NCA."
            )),
            Some((
                "James Babbage, Director General for Threats at the NCA".to_owned(),
                "said".to_owned()
            ))
        );
        assert_eq!(
            phrase_and_cue(clause_after(" is how it was described.")),
            None
        );
    }

    #[test]
    fn subjects_of_reporting_verbs() {
        assert_eq!(
            phrase_and_cue(reporting_subject("The NPCC says Facebook has a ")),
            Some(("The NPCC".to_owned(), "says".to_owned()))
        );
        assert_eq!(
            phrase_and_cue(reporting_subject("The National Police Chiefs’ Council (NPCC) has warned the decision by Meta will have ")),
            Some(("The National Police Chiefs’ Council (NPCC)".to_owned(), "warned".to_owned()))
        );
        assert_eq!(
            phrase_and_cue(reporting_subject("However, it says this is")),
            Some(("However, it".to_owned(), "says".to_owned()))
        );
        assert_eq!(
            phrase_and_cue(reporting_subject(
                "Tech firms working with law enforcement is crucial."
            )),
            None
        );
    }

    #[test]
    fn what_a_reporting_sentence_reports() {
        let reported = |sentence: &str| {
            let clause = reporting_subject(sentence).expect("a reporting sentence");
            let start = reported_content_start(sentence, &clause.phrase, &clause.cue);
            sentence[start..reported_content_end(sentence, start, &clause.cue)].to_owned()
        };
        assert_eq!(
            reported("The trust has declared a critical incident after crews waited 9 hours."),
            "declared a critical incident"
        );
        assert_eq!(
            reported("The council said the rise of 4% came after years of cuts."),
            "said the rise of 4% came after years of cuts."
        );
        assert_eq!(
            reported("The council announced 12 closures after a review."),
            "announced 12 closures after a review."
        );
        assert_eq!(
            reported("Costs rose by 9%, the council said after the meeting."),
            "Costs rose by 9%, the council said after the meeting."
        );
    }
}
