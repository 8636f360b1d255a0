//! Sentences of a paragraph as byte ranges, never broken inside a quotation or after an abbreviation.

use std::ops::Range;

/// Words whose full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "no", "sen", "gov", "gen", "lt", "col", "capt", "sgt",
    "rev", "jr", "sr", "vs", "etc", "e.g", "i.e", "inc", "ltd", "co", "corp", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "cllr", "insp", "supt", "det",
    "approx", "est", "fig", "vol", "rep", "reps", "sens", "gens", "atty", "maj", "adm", "cmdr",
    "cpl", "pvt", "hon", "fr", "brig", "u.s", "u.n", "u.k",
];

/// The sentences of `paragraph` (ranges relative to it, trimmed), given the ranges of its quoted spans,
/// inside which no sentence ends.
pub fn split_sentences(paragraph: &str, quoted: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut sentences = Vec::new();
    let mut start = 0;
    // Only stops can end a sentence: go from one to the next.
    let mut search_from = 0;
    while let Some((found, c)) = paragraph[search_from..]
        .char_indices()
        .find(|&(_, c)| matches!(c, '.' | '!' | '?' | '…'))
    {
        let offset = search_from + found;
        search_from = offset + c.len_utf8();
        // A stop that closes the quotation ("… “caused death.” Bernie Sanders called …") may end the
        // sentence too.
        let inside_quote = quoted.iter().any(|range| {
            range.start <= offset
                && offset < range.end
                && !paragraph[search_from..range.end.min(paragraph.len())]
                    .chars()
                    .all(|c| matches!(c, '”' | '"' | '’' | '\'' | '»' | ')'))
        });
        if inside_quote || is_abbreviation(&paragraph[..offset]) {
            continue;
        }
        // Closing quotes and brackets after the stop belong to this sentence.
        let after_stop = &paragraph[search_from..];
        let end = paragraph.len()
            - after_stop
                .trim_start_matches(['”', '"', '’', '\'', ')', ']'])
                .len();
        let next_starts_sentence = match paragraph[end..].chars().next() {
            None => true,
            Some(next) if next.is_whitespace() => paragraph[end..]
                .chars()
                .find(|c| !c.is_whitespace())
                .is_none_or(|c| c.is_uppercase() || c.is_numeric() || "“\"‘'(".contains(c)),
            _ => false,
        };
        if next_starts_sentence {
            push_trimmed(paragraph, start..end, &mut sentences);
            start = end;
            search_from = end;
        }
    }
    push_trimmed(paragraph, start..paragraph.len(), &mut sentences);
    sentences
}

fn push_trimmed(paragraph: &str, range: Range<usize>, sentences: &mut Vec<Range<usize>>) {
    let text = &paragraph[range.clone()];
    let leading = text.len() - text.trim_start().len();
    let trimmed_end = range.start + text.trim_end().len();
    if range.start + leading < trimmed_end {
        sentences.push(range.start + leading..trimmed_end);
    }
}

/// Whether the word just before a full stop is an abbreviation or an initial ("J. Smith").
fn is_abbreviation(before_stop: &str) -> bool {
    let word_start = before_stop
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphabetic() || c == '.')
        .last()
        .map_or(before_stop.len(), |(offset, _)| offset);
    let word = &before_stop[word_start..];
    let mut chars = word.chars();
    let is_initial = chars.next().is_some_and(char::is_uppercase) && chars.next().is_none();
    // Every abbreviation is ASCII: an ASCII word is compared without lowering it into a new string.
    is_initial
        || if word.is_ascii() {
            ABBREVIATIONS
                .iter()
                .any(|abbreviation| abbreviation.eq_ignore_ascii_case(word))
        } else {
            ABBREVIATIONS.contains(&word.to_lowercase().as_str())
        }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(paragraph: &str) -> Vec<&str> {
        split_sentences(paragraph, &[])
            .into_iter()
            .map(|range| &paragraph[range])
            .collect()
    }

    #[test]
    fn sentences_end_at_stops_before_capitals() {
        assert_eq!(
            sentences("The NPCC says it is crucial. Tech firms must act! Why? Because."),
            [
                "The NPCC says it is crucial.",
                "Tech firms must act!",
                "Why?",
                "Because."
            ]
        );
    }

    #[test]
    fn abbreviations_initials_and_decimals_do_not_end_sentences() {
        assert_eq!(
            sentences("Dr. Smith met J. Jones on Dec. 11 about £4.2 million. Then he left."),
            [
                "Dr. Smith met J. Jones on Dec. 11 about £4.2 million.",
                "Then he left."
            ]
        );
    }

    #[test]
    fn american_titles_and_the_country_do_not_end_sentences() {
        assert_eq!(
            sentences(
                "Rep. Marcus Bell met Sen. Dana Whitfield and Lt. Gen. Ray Ortiz at the U.S. Capitol. \
                 Atty. Gen. Lee spoke. Then they left."
            ),
            [
                "Rep. Marcus Bell met Sen. Dana Whitfield and Lt. Gen. Ray Ortiz at the U.S. Capitol.",
                "Atty. Gen. Lee spoke.",
                "Then they left."
            ]
        );
    }

    #[test]
    fn a_stop_closing_a_quotation_may_end_the_sentence() {
        let paragraph = "Rao said Lee “caused harm.” Kim called Rao a “liar.” Then he left.";
        let quoted: Vec<Range<usize>> = ["“caused harm.”", "“liar.”"]
            .iter()
            .map(|quote| {
                let start = paragraph.find(quote).unwrap();
                start..start + quote.len()
            })
            .collect();
        let texts: Vec<&str> = split_sentences(paragraph, &quoted)
            .into_iter()
            .map(|range| &paragraph[range])
            .collect();
        assert_eq!(
            texts,
            [
                "Rao said Lee “caused harm.”",
                "Kim called Rao a “liar.”",
                "Then he left."
            ]
        );
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        assert_eq!(
            sentences("He said it was “over.” She disagreed."),
            ["He said it was “over.”", "She disagreed."]
        );
    }

    #[test]
    fn no_sentence_ends_inside_a_quotation() {
        let paragraph = "“It is bad. It is worse,” he said. Then he left.";
        let quote_end = paragraph.find('”').unwrap();
        let ranges = split_sentences(paragraph, std::slice::from_ref(&(0..quote_end)));
        let texts: Vec<&str> = ranges.into_iter().map(|range| &paragraph[range]).collect();
        assert_eq!(
            texts,
            ["“It is bad. It is worse,” he said.", "Then he left."]
        );
    }
}
