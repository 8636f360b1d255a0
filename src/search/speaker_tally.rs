//! Who said what a search found: each speaker of the quotes found, with how many quotes and in how many
//! sources, most quoted first.

use super::{EntryKind, Hit, SearchIndex};
use crate::analysis::Analysis;

/// One speaker of the quotes found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SpeakerTally {
    /// An index into the analysis's speakers; `None` for the quotes whose speaker was not found.
    pub speaker: Option<usize>,
    pub quotes: u32,
    /// Distinct documents the quotes are in.
    pub sources: u32,
}

/// The speakers of the quote entries among `hits`: most quotes first, then most sources, then by name;
/// quotes whose speaker is unknown last, as one row.
pub fn tally_speakers(index: &SearchIndex, analysis: &Analysis, hits: &[Hit]) -> Vec<SpeakerTally> {
    // (speaker + 1, or 0 for none; document), sorted: each speaker's quotes side by side, their
    // documents in order, so counting sources is counting changes.
    let mut pairs: Vec<(u32, u32)> = hits
        .iter()
        .filter_map(|hit| match index.entries().get(hit.entry as usize)?.kind {
            EntryKind::Quote { document, quote } => {
                let speaker = analysis.quotes.get(quote as usize)?.speaker;
                Some((speaker.map_or(0, |speaker| speaker as u32 + 1), document))
            }
            EntryKind::Document { .. } => None,
        })
        .collect();
    pairs.sort_unstable();
    let mut tallies: Vec<SpeakerTally> = Vec::new();
    for run in pairs.chunk_by(|a, b| a.0 == b.0) {
        let mut sources = 1;
        for pair in run.windows(2) {
            if pair[0].1 != pair[1].1 {
                sources += 1;
            }
        }
        tallies.push(SpeakerTally {
            speaker: run[0].0.checked_sub(1).map(|speaker| speaker as usize),
            quotes: run.len() as u32,
            sources,
        });
    }
    let name = |tally: &SpeakerTally| {
        tally
            .speaker
            .and_then(|speaker| analysis.speakers.get(speaker))
            .map_or("", |speaker| speaker.name.as_str())
    };
    tallies.sort_by(|a, b| {
        a.speaker
            .is_none()
            .cmp(&b.speaker.is_none())
            .then(b.quotes.cmp(&a.quotes))
            .then(b.sources.cmp(&a.sources))
            .then_with(|| name(a).cmp(name(b)))
    });
    tallies
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bundle::Bundle;
    use crate::bundled::bundled_corpus;
    use crate::search::{run, FacetSelection, Order, Request, Results, Target};
    use expect_test::expect;

    #[test]
    fn the_speakers_of_a_search_most_quoted_first() {
        let Bundle {
            analysis,
            index,
            facets,
            ..
        } = Bundle::build(bundled_corpus().0);
        let search = |query: &str, target: Target| -> Results {
            let request = Request {
                query: query.to_owned(),
                selection: FacetSelection::default(),
                target,
                order: Order::Relevance,
            };
            run(&index, &facets, &request)
        };
        let tally = |query: &str| {
            let results = search(query, Target::Quotes);
            tally_speakers(&index, &analysis, &results.faceted.hits)
                .iter()
                .map(|tally| {
                    let name = tally.speaker.map_or("(not identified)", |speaker| {
                        &analysis.speakers[speaker].name
                    });
                    format!(
                        "{name}: {} quotes in {} sources",
                        tally.quotes, tally.sources
                    )
                })
                .collect::<Vec<_>>()
        };
        expect![[r#"
            [
                "National Police Chiefs’ Council: 7 quotes in 1 sources",
                "Internet Watch Foundation: 4 quotes in 1 sources",
                "Ian Critchley: 3 quotes in 2 sources",
                "James Babbage: 1 quotes in 1 sources",
                "Susie Hargreaves: 1 quotes in 1 sources",
            ]
        "#]]
        .assert_debug_eq(&tally(""));
        expect![[r#"
            [
                "Ian Critchley: 3 quotes in 2 sources",
                "National Police Chiefs’ Council: 2 quotes in 1 sources",
                "James Babbage: 1 quotes in 1 sources",
                "Susie Hargreaves: 1 quotes in 1 sources",
            ]
        "#]]
        .assert_debug_eq(&tally("children"));
        // Documents are not quotes: a list of documents has no speakers to tally.
        let documents = search("", Target::Documents);
        assert_eq!(
            tally_speakers(&index, &analysis, &documents.faceted.hits),
            []
        );
    }
}
