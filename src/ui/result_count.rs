//! What the results heading counts, in words. Each view counts what it lists; the figures and the
//! matches in context also say how many documents they are in, since the filters beside them count the
//! documents found: a number on screen never counts one thing while another beside it counts another.
//! Pure, so it is tested natively.

use crate::search::SpeakerTally;
use crate::ui::format::grouped;

/// What the list shown holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ResultCount {
    Quotes(usize),
    Documents(usize),
    /// The speakers named: the row of quotes whose speaker was not found is no speaker.
    Speakers(usize),
    Figures {
        figures: usize,
        documents: usize,
    },
    /// Each place the words searched for are used, in the documents found.
    Matches {
        matches: usize,
        documents: usize,
    },
}

impl ResultCount {
    /// How many the list shows: none, and the page says nothing matches.
    pub fn listed(self) -> usize {
        match self {
            ResultCount::Quotes(count)
            | ResultCount::Documents(count)
            | ResultCount::Speakers(count) => count,
            ResultCount::Figures { figures, .. } => figures,
            ResultCount::Matches { matches, .. } => matches,
        }
    }

    /// "12 quotes", "3 figures in 2 documents".
    pub fn heading(self) -> String {
        let listed = counted(self.listed(), self.noun());
        match self {
            ResultCount::Figures { documents, .. } | ResultCount::Matches { documents, .. } => {
                format!(
                    "{listed} in {}",
                    counted(documents, ("document", "documents"))
                )
            }
            _ => listed,
        }
    }

    /// The label of the button that closes the filters on a phone: "Show 3 figures".
    pub fn show_label(self) -> String {
        format!("Show {}", counted(self.listed(), self.noun()))
    }

    fn noun(self) -> (&'static str, &'static str) {
        match self {
            ResultCount::Quotes(_) => ("quote", "quotes"),
            ResultCount::Documents(_) => ("document", "documents"),
            ResultCount::Speakers(_) => ("speaker", "speakers"),
            ResultCount::Figures { .. } => ("figure", "figures"),
            ResultCount::Matches { .. } => ("match", "matches"),
        }
    }
}

/// The speakers a tally names, leaving out its row of quotes whose speaker was not found: the number the
/// speaker filter's values come to.
pub fn named_speakers(tallies: &[SpeakerTally]) -> usize {
    tallies
        .iter()
        .filter(|tally| tally.speaker.is_some())
        .count()
}

/// What the filters' numbers count: quotes in the views that list quotes, documents in the others.
pub fn filter_counts_note(lists_quotes: bool) -> &'static str {
    if lists_quotes {
        "Numbers count quotes."
    } else {
        "Numbers count documents."
    }
}

fn counted(count: usize, (one, many): (&str, &str)) -> String {
    format!("{} {}", grouped(count), if count == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::expect;

    #[test]
    fn each_view_counts_what_it_lists() {
        let shown: Vec<String> = [
            ResultCount::Quotes(1),
            ResultCount::Documents(1_200),
            ResultCount::Speakers(1_868),
            ResultCount::Figures {
                figures: 3,
                documents: 1,
            },
            ResultCount::Matches {
                matches: 1,
                documents: 14,
            },
        ]
        .into_iter()
        .map(|count| format!("{} | {}", count.heading(), count.show_label()))
        .collect();
        expect![[r#"
            1 quote | Show 1 quote
            1,200 documents | Show 1,200 documents
            1,868 speakers | Show 1,868 speakers
            3 figures in 1 document | Show 3 figures
            1 match in 14 documents | Show 1 match"#]]
        .assert_eq(&shown.join("\n"));
    }

    #[test]
    fn the_quotes_of_no_known_speaker_are_not_a_speaker() {
        let tally = |speaker| SpeakerTally {
            speaker,
            quotes: 2,
            sources: 1,
        };
        assert_eq!(
            named_speakers(&[tally(Some(0)), tally(None), tally(Some(3))]),
            2
        );
    }
}
