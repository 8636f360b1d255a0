//! The figures a search found, as claims: each figure in the documents found, together with the other
//! places the same claim is made (the analysis's `claims`), repeated claims first.

use super::{EntryKind, Hit, SearchIndex};
use crate::analysis::{Analysis, Figure};

/// One claim among the results.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FoundClaim {
    /// Every mention of the claim in the corpus, as indices into the analysis's figures, in the corpus's
    /// order: those the search found and those it did not.
    pub mentions: Vec<u32>,
    /// Which of them the search found (in the documents found, and kept by `keep`).
    pub found: Vec<u32>,
}

/// The claims of the figures in the documents of `hits` (document or quote entries) that `keep` keeps:
/// claims made in several places first, in the analysis's order (most documents first), then the figures
/// claimed once, in the corpus's order.
pub fn claims_found(
    index: &SearchIndex,
    analysis: &Analysis,
    hits: &[Hit],
    keep: impl Fn(&Figure) -> bool,
) -> Vec<FoundClaim> {
    let mut document_found: Vec<bool> = Vec::new();
    for hit in hits {
        let document = match index
            .entries()
            .get(hit.entry as usize)
            .map(|entry| &entry.kind)
        {
            Some(EntryKind::Document { document }) | Some(EntryKind::Quote { document, .. }) => {
                *document as usize
            }
            None => continue,
        };
        if document >= document_found.len() {
            document_found.resize(document + 1, false);
        }
        document_found[document] = true;
    }
    let found: Vec<bool> = analysis
        .figures
        .iter()
        .map(|figure| {
            document_found
                .get(figure.document as usize)
                .copied()
                .unwrap_or(false)
                && keep(figure)
        })
        .collect();
    let mut in_claim = vec![false; analysis.figures.len()];
    let mut claims = Vec::new();
    for claim in &analysis.claims {
        for &mention in claim {
            if let Some(slot) = in_claim.get_mut(mention as usize) {
                *slot = true;
            }
        }
        let found_here: Vec<u32> = claim
            .iter()
            .copied()
            .filter(|&mention| found.get(mention as usize).copied().unwrap_or(false))
            .collect();
        if !found_here.is_empty() {
            claims.push(FoundClaim {
                mentions: claim.clone(),
                found: found_here,
            });
        }
    }
    claims.extend(
        (0..analysis.figures.len())
            .filter(|&figure| found[figure] && !in_claim[figure])
            .map(|figure| FoundClaim {
                mentions: vec![figure as u32],
                found: vec![figure as u32],
            }),
    );
    claims
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bundle::Bundle;
    use crate::bundled::bundled_corpus;
    use crate::search::{run, FacetSelection, Order, Request, Target};
    use expect_test::expect;

    #[test]
    fn a_search_lists_its_figures_as_claims_repeated_ones_first() {
        let Bundle {
            corpus,
            analysis,
            index,
            facets,
        } = Bundle::build(bundled_corpus().0);
        let claims = |query: &str, keep: &dyn Fn(&Figure) -> bool| {
            let request = Request {
                query: query.to_owned(),
                selection: FacetSelection::default(),
                target: Target::Documents,
                order: Order::Relevance,
            };
            let results = run(&index, &facets, &request);
            claims_found(&index, &analysis, &results.faceted.hits, keep)
                .iter()
                .map(|claim| {
                    let text = |mentions: &[u32]| {
                        mentions
                            .iter()
                            .map(|&mention| {
                                let figure = &analysis.figures[mention as usize];
                                let text = &corpus.documents[figure.document as usize].text;
                                text[figure.mention.range()].to_owned()
                            })
                            .collect::<Vec<_>>()
                            .join(" | ")
                    };
                    format!("{} (found: {})", text(&claim.mentions), text(&claim.found))
                })
                .collect::<Vec<_>>()
        };
        expect![[r#"
            [
                "800 suspected offenders a month | 800 suspects every single month | 800 suspected offenders a month (found: 800 suspected offenders a month | 800 suspects every single month | 800 suspected offenders a month)",
                "1,200 children a month | 1,200 children | 1200 children a month (found: 1,200 children a month | 1,200 children | 1200 children a month)",
                "21 million reports (found: 21 million reports)",
                "92 per cent (found: 92 per cent)",
                "85 per cent (found: 85 per cent)",
                "37 per cent (found: 37 per cent)",
                "25 per cent (found: 25 per cent)",
            ]
        "#]].assert_debug_eq(&claims("", &|_| true));
        // Only what one speaker claimed: the claim still lists where else it is made.
        let babbage = analysis
            .speakers
            .iter()
            .position(|speaker| speaker.name == "James Babbage")
            .unwrap();
        expect![[r#"
            [
                "800 suspected offenders a month | 800 suspects every single month | 800 suspected offenders a month (found: 800 suspects every single month)",
                "1,200 children a month | 1,200 children | 1200 children a month (found: 1,200 children)",
            ]
        "#]]
            .assert_debug_eq(&claims("", &|figure| figure.speaker == Some(babbage)));
        assert_eq!(
            claims("nothing-matches-this", &|_| true),
            Vec::<String>::new()
        );
    }
}
