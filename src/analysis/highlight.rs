//! A paragraph cut into runs of plain text and quoted text, for rendering highlights as text and `<mark>`
//! nodes (never as HTML built from strings).

use std::ops::Range;

/// A run of a paragraph: a byte range into the document's text, and the quote it belongs to, if any.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment {
    pub range: Range<usize>,
    /// An index into the list of highlighted ranges' owners (the analysis's quotes).
    pub quote: Option<usize>,
}

/// Cuts `paragraph` (a byte range into `text`) at the given highlighted ranges (which may start before or
/// end after it, and must not overlap each other). Every cut falls on a character boundary.
pub fn segment_paragraph(
    text: &str,
    paragraph: Range<usize>,
    highlights: &[(Range<usize>, usize)],
) -> Vec<Segment> {
    let floor = |mut offset: usize| {
        offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        offset
    };
    let mut inside: Vec<(Range<usize>, usize)> = highlights
        .iter()
        .filter(|(range, _)| range.start < paragraph.end && range.end > paragraph.start)
        .map(|(range, owner)| {
            (
                floor(range.start.max(paragraph.start))..floor(range.end.min(paragraph.end)),
                *owner,
            )
        })
        .filter(|(range, _)| !range.is_empty())
        .collect();
    inside.sort_by_key(|(range, _)| range.start);
    let mut segments = Vec::new();
    let mut cursor = floor(paragraph.start);
    for (range, owner) in inside {
        if range.start < cursor {
            continue;
        }
        if cursor < range.start {
            segments.push(Segment {
                range: cursor..range.start,
                quote: None,
            });
        }
        cursor = range.end;
        segments.push(Segment {
            range,
            quote: Some(owner),
        });
    }
    let end = floor(paragraph.end);
    if cursor < end {
        segments.push(Segment {
            range: cursor..end,
            quote: None,
        });
    }
    segments
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(text: &str, paragraph: Range<usize>, highlights: &[(Range<usize>, usize)]) -> String {
        segment_paragraph(text, paragraph, highlights)
            .iter()
            .map(|segment| match segment.quote {
                Some(owner) => format!("[{owner}:{}]", &text[segment.range.clone()]),
                None => text[segment.range.clone()].to_owned(),
            })
            .collect()
    }

    #[test]
    fn quotes_become_marked_runs_between_plain_ones() {
        let text = "He said “yes” and “no”.";
        let yes = text.find("yes").unwrap();
        let no = text.find("no”").unwrap();
        assert_eq!(
            render(text, 0..text.len(), &[(yes..yes + 3, 0), (no..no + 2, 1)]),
            "He said “[0:yes]” and “[1:no]”."
        );
    }

    #[test]
    fn a_quote_running_over_paragraphs_is_clipped_to_each() {
        let text = "“One.\n\n“Two.”";
        assert_eq!(render(text, 0..7, &[(3..text.len() - 3, 4)]), "“[4:One.]");
    }

    #[test]
    fn cuts_never_split_a_character() {
        let text = "é“ü”";
        assert_eq!(render(text, 0..text.len(), &[(1..6, 0)]), "[0:é“]ü”");
    }
}
