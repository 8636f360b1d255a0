//! Brat standoff annotations of attribution (PolNeAR's layout): Source, Cue and Content spans joined by an
//! Attribution event, read into byte ranges of the text they annotate.

use std::collections::HashMap;
use std::ops::Range;

use crate::corpus::{Diagnostic, TextPosition};

/// One annotated attribution: what was said (its content) and who said it, if the text names a source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoldAttribution {
    /// The content's ranges (a discontinuous span has several), as byte offsets into the text.
    pub content: Vec<Range<usize>>,
    pub source: Vec<Range<usize>>,
    pub cue: Vec<Range<usize>>,
}

/// What an `.ann` file holds, with byte offsets into `text` (less a byte-order mark, as the corpus reads it).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GoldDocument {
    pub attributions: Vec<GoldAttribution>,
}

/// A text-bound annotation's ranges (its label is the role the event gives it).
struct Span {
    ranges: Vec<Range<usize>>,
}

/// Reads `ann` (the annotations of `text`, named `file` in diagnostics). Brat counts characters; the
/// ranges returned count bytes of `text` without a leading byte-order mark, so they index the corpus's
/// document. A line that cannot be read is named and skipped; nothing stops the reading.
pub fn read_annotations(file: &str, ann: &str, text: &str) -> (GoldDocument, Vec<Diagnostic>) {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let boundaries = char_boundaries(text);
    let mut diagnostics = Vec::new();
    let mut spans: HashMap<&str, Span> = HashMap::new();
    let mut events: Vec<(usize, &str)> = Vec::new();
    let mut after_span = false;
    for (index, line) in ann.lines().enumerate() {
        let number = index + 1;
        let warn = |message: String| at_line(file, number, message);
        let mut fields = line.splitn(3, '\t');
        let id = fields.next().unwrap_or("");
        let Some(kind) = id.chars().next().filter(|_| is_annotation_id(id)) else {
            // A span's text that held a line break runs on to the next lines.
            if !(after_span || line.trim().is_empty()) {
                diagnostics.push(warn(format!("not a brat annotation: {:?}", excerpt(line))));
            }
            continue;
        };
        after_span = false;
        let body = fields.next().unwrap_or("");
        match kind {
            'T' => match read_span(body, &boundaries) {
                Ok(span) => {
                    spans.insert(id, span);
                    after_span = true;
                }
                Err(problem) => diagnostics.push(warn(format!("{id}: {problem}"))),
            },
            'E' => events.push((number, line)),
            // Notes, attributes, relations and normalisations say nothing about who said what.
            _ => {}
        }
    }
    let mut attributions = Vec::new();
    for (number, line) in events {
        let warn = |message: String| at_line(file, number, message);
        let body = line.split('\t').nth(1).unwrap_or("");
        let mut arguments = body.split_whitespace();
        let Some((event_type, _)) = arguments.next().and_then(|head| head.split_once(':')) else {
            diagnostics.push(warn(format!(
                "an event without a type: {:?}",
                excerpt(line)
            )));
            continue;
        };
        if !event_type.starts_with("Attribution") {
            continue;
        }
        let mut attribution = GoldAttribution {
            content: Vec::new(),
            source: Vec::new(),
            cue: Vec::new(),
        };
        let mut missing = Vec::new();
        for argument in arguments {
            let Some((role, target)) = argument.split_once(':') else {
                missing.push(argument);
                continue;
            };
            let Some(span) = spans.get(target) else {
                missing.push(target);
                continue;
            };
            let role = role.trim_end_matches(|c: char| c.is_ascii_digit());
            match role {
                "Content" => attribution.content.extend(span.ranges.iter().cloned()),
                "Source" => attribution.source.extend(span.ranges.iter().cloned()),
                "Cue" => attribution.cue.extend(span.ranges.iter().cloned()),
                _ => {}
            }
        }
        if !missing.is_empty() {
            diagnostics.push(warn(format!(
                "the event names what is not a span here: {}",
                missing.join(", ")
            )));
        }
        if attribution.content.is_empty() {
            diagnostics.push(warn("an attribution with no content: skipped".to_owned()));
            continue;
        }
        attribution.content.sort_by_key(|range| range.start);
        attribution.source.sort_by_key(|range| range.start);
        attributions.push(attribution);
    }
    (GoldDocument { attributions }, diagnostics)
}

/// The byte offset of every character boundary, by character index: brat and Python count characters.
pub(super) fn char_boundaries(text: &str) -> Vec<usize> {
    text.char_indices()
        .map(|(at, _)| at)
        .chain(std::iter::once(text.len()))
        .collect()
}

fn at_line(file: &str, line: usize, message: String) -> Diagnostic {
    let position = TextPosition {
        line: line as u32,
        column: 1,
    };
    Diagnostic::warning(file, Some(position), message)
}

/// `T12`, `E3`, `#1`, `A4`: a letter or `#`, then digits.
fn is_annotation_id(id: &str) -> bool {
    let mut chars = id.chars();
    chars
        .next()
        .is_some_and(|first| first.is_ascii_uppercase() || first == '#' || first == '*')
        && chars.clone().next().is_some()
        && chars.all(|c| c.is_ascii_digit())
}

/// `Source 201 220;225 230` into its label and byte ranges.
fn read_span(body: &str, boundaries: &[usize]) -> Result<Span, String> {
    let (_label, offsets) = body
        .split_once(' ')
        .ok_or_else(|| format!("no offsets in {:?}", excerpt(body)))?;
    let mut ranges = Vec::new();
    for fragment in offsets.split(';') {
        let (start, end) = fragment
            .trim()
            .split_once(' ')
            .ok_or_else(|| format!("offsets are not two numbers: {fragment:?}"))?;
        let (start, end): (usize, usize) = match (start.parse(), end.parse()) {
            (Ok(start), Ok(end)) => (start, end),
            _ => return Err(format!("offsets are not two numbers: {fragment:?}")),
        };
        if start > end {
            return Err(format!("the span ends before it starts: {fragment:?}"));
        }
        let (Some(&start), Some(&end)) = (boundaries.get(start), boundaries.get(end)) else {
            return Err(format!(
                "the span {fragment:?} is past the text's end ({} characters)",
                boundaries.len() - 1
            ));
        };
        ranges.push(start..end);
    }
    Ok(Span { ranges })
}

fn excerpt(line: &str) -> String {
    line.chars().take(60).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "O’Malley’s aide said: “We will compete.”\nHe left.";

    #[test]
    fn spans_in_characters_become_byte_ranges_and_events_join_them() {
        let ann = "T1\tSource 11 15\taide\n\
                   T2\tCue 16 20\tsaid\n\
                   T3\tContent 22 40\t“We will compete.”\n\
                   T4\tAttribution 16 20\tsaid\n\
                   E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n\
                   #1\tAnnotatorNotes T3\tchecked\n";
        let (gold, diagnostics) = read_annotations("a.ann", ann, TEXT);
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        let attribution = &gold.attributions[0];
        assert_eq!(&TEXT[attribution.source[0].clone()], "aide");
        assert_eq!(&TEXT[attribution.cue[0].clone()], "said");
        assert_eq!(&TEXT[attribution.content[0].clone()], "“We will compete.”");
    }

    #[test]
    fn a_byte_order_mark_is_not_counted() {
        let text = format!("\u{feff}{TEXT}");
        let ann = "T1\tContent 22 40\tq\nE1\tAttribution-no-source:T1 Content:T1\n";
        let (gold, _) = read_annotations("a.ann", ann, &text);
        assert_eq!(
            &TEXT[gold.attributions[0].content[0].clone()],
            "“We will compete.”"
        );
    }

    #[test]
    fn malformed_lines_are_named_and_skipped_and_a_span_text_may_run_on() {
        let ann = "T1\tContent 0 8;9 11\tO’Malley\nits\n\
                   T2\tContent 30 900\tpast the end\n\
                   T3\tContent x 4\tbad\n\
                   garbage here\n\
                   E1\tAttribution:T1 Content:T1 Source:T9\n\
                   E2\tAttribution:T2 Content:T2\n";
        let (gold, diagnostics) = read_annotations("b.ann", ann, TEXT);
        let rendered: Vec<String> = diagnostics.iter().map(ToString::to_string).collect();
        expect_test::expect![[r#"
            [
                "b.ann:3:1: warning: T2: the span \"30 900\" is past the text's end (49 characters)",
                "b.ann:4:1: warning: T3: offsets are not two numbers: \"x 4\"",
                "b.ann:5:1: warning: not a brat annotation: \"garbage here\"",
                "b.ann:6:1: warning: the event names what is not a span here: T9",
                "b.ann:7:1: warning: the event names what is not a span here: T2",
                "b.ann:7:1: warning: an attribution with no content: skipped",
            ]
        "#]]
        .assert_debug_eq(&rendered);
        assert_eq!(gold.attributions.len(), 1);
        assert_eq!(gold.attributions[0].content.len(), 2);
    }
}
