//! Another tool's quotes (a peer's, for comparison), read as an analysis so that the same scorer judges
//! both by the same rules.

use std::collections::HashMap;

use serde::Deserialize;

use super::brat::char_boundaries;
use crate::analysis::{Analysis, Quote, QuoteKind, QuotePart, Speaker, SpeakerKind};
use crate::corpus::Corpus;

/// One quote another tool found: character offsets into the text (less a byte-order mark), and the
/// words it gives as the speaker.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct PredictedQuote {
    pub start: usize,
    pub end: usize,
    pub speaker: Option<String>,
}

/// The predicted quotes of the documents at the given positions, as an analysis of `corpus`: each a
/// direct quote; each distinct speaker's words one speaker. Quotes whose offsets fall outside their text
/// are left out and counted.
pub fn predicted_analysis(
    corpus: &Corpus,
    predictions: &[(usize, Vec<PredictedQuote>)],
) -> (Analysis, usize) {
    let mut analysis = Analysis::default();
    let mut speaker_of: HashMap<String, usize> = HashMap::new();
    let mut outside = 0;
    for (position, quotes) in predictions {
        let Some(document) = corpus.documents.get(*position) else {
            outside += quotes.len();
            continue;
        };
        let boundaries = char_boundaries(&document.text);
        let mut number = 0;
        for quote in quotes {
            let (Some(&start), Some(&end)) =
                (boundaries.get(quote.start), boundaries.get(quote.end))
            else {
                outside += 1;
                continue;
            };
            if start >= end {
                outside += 1;
                continue;
            }
            let speaker = quote
                .speaker
                .as_deref()
                .map(str::trim)
                .filter(|name| !name.is_empty())
                .map(|name| {
                    let next = speaker_of.len();
                    *speaker_of.entry(name.to_owned()).or_insert_with(|| {
                        analysis.speakers.push(Speaker {
                            id: format!("predicted-{next}"),
                            name: name.to_owned(),
                            kind: SpeakerKind::Person,
                            role: None,
                            organisation: None,
                            aliases: Vec::new(),
                        });
                        next
                    })
                });
            number += 1;
            analysis.quotes.push(Quote {
                document: *position as u32,
                number,
                kind: QuoteKind::Direct,
                parts: vec![QuotePart {
                    start,
                    end,
                    paragraph: 0,
                }],
                cue: None,
                speaker,
                evidence: None,
                described: None,
            });
        }
    }
    (analysis, outside)
}
