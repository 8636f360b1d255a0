//! What the explorer's search and filters select, as quotes and figures — whichever list is on screen:
//! what an export of the current view holds.

use super::claim_list::claims_found;
use super::facet::{FacetSelection, FacetTable};
use super::index::{EntryKind, SearchIndex};
use super::results::{run, Order, Request};
use super::Target;
use crate::analysis::{name_key, Analysis, Figure, Selection};

/// Whose figures a view keeps: everyone's, or those of the speakers chosen and of the organisations
/// chosen (a figure's speaker must pass both).
#[derive(Clone, Debug, Default)]
pub struct Claimants {
    /// Per speaker, whether their figures are kept; `None` keeps everyone's.
    kept: Option<Vec<bool>>,
}

impl Claimants {
    /// `speakers`: speaker ids; `organisations`: organisation keys (`name_key` of the name).
    pub fn new(analysis: &Analysis, speakers: &[String], organisations: &[String]) -> Claimants {
        if speakers.is_empty() && organisations.is_empty() {
            return Claimants { kept: None };
        }
        let kept = analysis
            .speakers
            .iter()
            .map(|speaker| {
                (speakers.is_empty() || speakers.contains(&speaker.id))
                    && (organisations.is_empty()
                        || speaker
                            .organisation_name()
                            .is_some_and(|name| organisations.contains(&name_key(name))))
            })
            .collect();
        Claimants { kept: Some(kept) }
    }

    pub fn keeps(&self, figure: &Figure) -> bool {
        match &self.kept {
            None => true,
            Some(kept) => figure
                .speaker
                .is_some_and(|speaker| kept.get(speaker).copied().unwrap_or(false)),
        }
    }
}

/// The quotes the search and facets find, in `order` (the order the quotes are listed in on screen), and
/// the figures of the documents they find that `claimants` keeps, in the order the figures view lists
/// them (claims made in several places first).
pub fn selection_of(
    index: &SearchIndex,
    table: &FacetTable,
    analysis: &Analysis,
    query: &str,
    facets: &FacetSelection,
    claimants: &Claimants,
    order: Order,
) -> Selection {
    let search = |target| {
        run(
            index,
            table,
            &Request {
                query: query.to_owned(),
                selection: facets.clone(),
                target,
                order,
            },
        )
    };
    let entries = index.entries();
    let quotes: Vec<u32> = search(Target::Quotes)
        .faceted
        .hits
        .iter()
        .filter_map(|hit| match entries.get(hit.entry as usize)?.kind {
            EntryKind::Quote { quote, .. } => Some(quote),
            EntryKind::Document { .. } => None,
        })
        .collect();
    let documents = search(Target::Documents);
    let figures: Vec<u32> = claims_found(index, analysis, &documents.faceted.hits, |figure| {
        claimants.keeps(figure)
    })
    .into_iter()
    .flat_map(|claim| claim.found)
    .collect();
    Selection { quotes, figures }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::AnalysisReport;
    use crate::bundle::Bundle;
    use crate::bundled::bundled_corpus;
    use expect_test::expect;

    #[test]
    fn an_export_holds_what_the_view_finds() {
        let Bundle {
            corpus,
            analysis,
            index,
            facets,
        } = Bundle::build(bundled_corpus().0);
        let summary = |query: &str, speakers: &[&str]| {
            let speakers: Vec<String> = speakers.iter().map(|id| (*id).to_owned()).collect();
            let (selection, _) = facets.select(
                [(crate::search::FacetKind::Speaker, speakers.as_slice())],
                None,
                None,
            );
            let claimants = Claimants::new(&analysis, &speakers, &[]);
            let chosen = selection_of(
                &index,
                &facets,
                &analysis,
                query,
                &selection,
                &claimants,
                Order::Relevance,
            );
            let report = AnalysisReport::of_selection(&corpus, &analysis, &chosen);
            format!(
                "{query:?} {speakers:?}: {} quotes, {} figures, {} documents, {} speakers, {} matches",
                report.quotes.len(),
                report.figures.len(),
                report.documents.len(),
                report.speakers.len(),
                report.matches.len()
            )
        };
        let all = Selection::all(&analysis);
        expect![[r#"
            "" []: 16 quotes, 11 figures, 2 documents, 7 speakers, 2 matches
            "encryption" []: 7 quotes, 11 figures, 2 documents, 7 speakers, 2 matches
            "encryption" ["ian-critchley"]: 3 quotes, 4 figures, 2 documents, 1 speakers, 2 matches
            "no such words" []: 0 quotes, 0 figures, 0 documents, 0 speakers, 0 matches
            every quote and figure: 16, 11"#]]
        .assert_eq(&format!(
            "{}\n{}\n{}\n{}\nevery quote and figure: {}, {}",
            summary("", &[]),
            summary("encryption", &[]),
            summary("encryption", &["ian-critchley"]),
            summary("no such words", &[]),
            all.quotes.len(),
            all.figures.len(),
        ));
    }

    /// An export lists what the screen lists, in its order: the quotes as the search orders them, the
    /// figures as the figures view does; not by their place in the analysis.
    #[test]
    fn an_export_is_in_the_order_on_screen() {
        let Bundle {
            corpus,
            analysis,
            index,
            facets,
        } = Bundle::build(bundled_corpus().0);
        for order in [Order::Relevance, Order::Newest, Order::Oldest] {
            let on_screen: Vec<String> = run(
                &index,
                &facets,
                &Request {
                    query: "encryption".to_owned(),
                    selection: FacetSelection::default(),
                    target: Target::Quotes,
                    order,
                },
            )
            .faceted
            .hits
            .iter()
            .filter_map(|hit| match index.entries()[hit.entry as usize].kind {
                EntryKind::Quote { quote, .. } => Some(analysis.quotes[quote as usize].id(&corpus)),
                EntryKind::Document { .. } => None,
            })
            .collect();
            let chosen = selection_of(
                &index,
                &facets,
                &analysis,
                "encryption",
                &FacetSelection::default(),
                &Claimants::default(),
                order,
            );
            let report = AnalysisReport::of_selection(&corpus, &analysis, &chosen);
            let exported: Vec<String> =
                report.quotes.iter().map(|quote| quote.id.clone()).collect();
            assert_eq!(exported, on_screen, "{order:?}");
            let mut sorted = on_screen.clone();
            sorted.sort();
            if order == Order::Relevance {
                assert_ne!(
                    on_screen, sorted,
                    "best match first is not the analysis's order"
                );
            }
        }
    }
}
