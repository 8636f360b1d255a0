//! Evaluation: the analysis scored against attributions that people annotated (brat standoff, in
//! PolNeAR's layout), so that a change to attribution is measured on real news rather than guessed.
//!
//! Pure: file names and texts in, scores and faults out; the command line reads the files.

mod brat;
mod prediction;
mod register;
mod score;

pub use brat::{read_annotations, GoldAttribution, GoldDocument};
pub use prediction::{predicted_analysis, PredictedQuote};
pub use register::{check_speakers, EntryFault, SpeakerRegister, SPLIT_PEOPLE_LIMIT};
pub use score::{evaluate, Evaluation, Fault, FaultKind};

use std::collections::{BTreeMap, HashSet};

/// Which annotation file goes with which text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Pairing {
    /// (text file, annotation file), in the texts' order by name.
    pub pairs: Vec<(String, String)>,
    /// Annotation files with no text of their name.
    pub unpaired: Vec<String>,
    /// Texts annotated more than once (by several annotators): the first file by name is used.
    pub annotated_again: usize,
}

/// Pairs `name.txt` with `name.ann` or, as PolNeAR names an annotator's file, `name_<annotator>.ann`.
pub fn pair_files(texts: &[&str], annotations: &[&str]) -> Pairing {
    let stems: HashSet<&str> = texts
        .iter()
        .filter_map(|name| name.strip_suffix(".txt"))
        .collect();
    let mut sorted: Vec<&str> = annotations.to_vec();
    sorted.sort_unstable();
    let mut chosen: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    let mut unpaired = Vec::new();
    for annotation in sorted {
        let Some(stem) = annotation.strip_suffix(".ann") else {
            continue;
        };
        let text = if stems.contains(stem) {
            Some(stem)
        } else {
            stem.rsplit_once('_')
                .map(|(text, _)| text)
                .filter(|text| stems.contains(text))
        };
        match text {
            Some(text) => chosen.entry(text).or_default().push(annotation),
            None => unpaired.push(annotation.to_owned()),
        }
    }
    Pairing {
        annotated_again: chosen.values().filter(|files| files.len() > 1).count(),
        pairs: chosen
            .into_iter()
            .map(|(text, files)| (format!("{text}.txt"), files[0].to_owned()))
            .collect(),
        unpaired,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_annotators_suffix_pairs_with_its_text_and_the_first_annotator_is_used() {
        let pairing = pair_files(
            &["wire_2016-01-02_a-b.txt", "post.txt", "c_d.txt"],
            &[
                "wire_2016-01-02_a-b_e2f1.ann",
                "wire_2016-01-02_a-b_0a9c.ann",
                "post.ann",
                "orphan_1234.ann",
                "notes.md",
            ],
        );
        expect_test::expect![[r#"
            Pairing {
                pairs: [
                    (
                        "post.txt",
                        "post.ann",
                    ),
                    (
                        "wire_2016-01-02_a-b.txt",
                        "wire_2016-01-02_a-b_0a9c.ann",
                    ),
                ],
                unpaired: [
                    "orphan_1234.ann",
                ],
                annotated_again: 1,
            }
        "#]]
        .assert_debug_eq(&pairing);
    }
}
