//! Properties of the analysis on arbitrary input: it never panics, every range it reports lies on
//! character boundaries and reproduces the quote's text, and it gives the same result twice.
#![cfg(not(target_arch = "wasm32"))]

mod case_budget;
mod text_corpus;

use proptest::prelude::*;
use quoteline::analysis::{analyze, AnalysisReport};
use text_corpus::corpus_of;

/// Text built from the pieces news text is made of, quotation marks and apostrophes of every kind among
/// them, with arbitrary characters mixed in.
fn news_like_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("“".to_owned()),
        Just("”".to_owned()),
        Just("‘".to_owned()),
        Just("’".to_owned()),
        Just("\"".to_owned()),
        Just("'".to_owned()),
        Just("\n".to_owned()),
        Just("\n\n".to_owned()),
        Just(", she said. ".to_owned()),
        Just(" said: ".to_owned()),
        Just("He added: ".to_owned()),
        Just("The Example Agency (EA) said ".to_owned()),
        Just("Dr Jane Doe OBE, chief executive of the EA, ".to_owned()),
        Just("it’s the residents’ ".to_owned()),
        Just("£4.2 million, 1,200 people a month, 37 per cent ".to_owned()),
        Just("Copyright © 2024".to_owned()),
        "[a-zA-Z ]{1,12}",
        "\\PC{1,6}",
    ];
    prop::collection::vec(piece, 0..60).prop_map(|pieces| pieces.concat())
}

fn analyse(texts: &[String]) -> (quoteline::corpus::Corpus, quoteline::analysis::Analysis) {
    let corpus = corpus_of(texts);
    let analysis = analyze(&corpus);
    (corpus, analysis)
}

proptest! {
    #![proptest_config(case_budget::config(300))]

    #[test]
    fn analysis_never_panics_and_ranges_reproduce_quotes(texts in prop::collection::vec(news_like_text(), 1..4)) {
        let (corpus, analysis) = analyse(&texts);
        for quote in &analysis.quotes {
            let document = corpus.documents.get(quote.document as usize).expect("a quote's document exists");
            let mut joined = Vec::new();
            for part in &quote.parts {
                prop_assert!(document.text.is_char_boundary(part.start) && document.text.is_char_boundary(part.end));
                prop_assert!(part.start <= part.end && part.end <= document.text.len());
                let paragraph = &document.paragraphs[part.paragraph];
                prop_assert!(paragraph.start <= part.start && part.end <= paragraph.end, "a part stays in its paragraph");
                joined.push(document.text[part.start..part.end].trim());
            }
            prop_assert_eq!(quote.text(&document.text), joined.join(" "));
            if let Some(speaker) = quote.speaker {
                prop_assert!(speaker < analysis.speakers.len());
            }
        }
        for document in &corpus.documents {
            for paragraph in &document.paragraphs {
                prop_assert!(document.text.is_char_boundary(paragraph.start) && document.text.is_char_boundary(paragraph.end));
            }
        }
        // The report (the JSON the command line prints) is always writable.
        let report = AnalysisReport::new(&corpus, &analysis);
        prop_assert!(serde_json::to_string(&report).is_ok());
    }

    #[test]
    fn analysing_twice_gives_the_same_result(texts in prop::collection::vec(news_like_text(), 1..3)) {
        let (_, first) = analyse(&texts);
        let (_, second) = analyse(&texts);
        prop_assert_eq!(first, second);
    }
}

/// A speaker phrase as American and British newsrooms write one: an opening adverbial, a title, an
/// honorific, a name with a middle initial, a possessive, a party–state tag, an age, an apposition.
fn speaker_phrase() -> impl Strategy<Value = String> {
    let opener = prop_oneof![
        Just(""),
        Just("In March, "),
        Just("But "),
        Just("Asked Tuesday about the vote, "),
        Just("Hours later, "),
        Just("As "),
    ];
    let title = prop_oneof![
        Just(""),
        Just("Former "),
        Just("Commerce Secretary "),
        Just("House Speaker "),
        Just("Ohio State University professor "),
    ];
    let honorific = prop_oneof![
        Just(""),
        Just("Sen. "),
        Just("Rep. "),
        Just("Lt. Gen. "),
        Just("Mr. "),
        Just("Ms. "),
        Just("Dr "),
        Just("Gov. "),
    ];
    let first = prop_oneof![Just(""), Just("Dana "), Just("Marcus "), Just("Linda ")];
    let initial = prop_oneof![Just(""), Just("M. "), Just("G. ")];
    let surname = prop_oneof![
        Just("Whitfield"),
        Just("Okafor"),
        Just("Sanders"),
        Just("Hale")
    ];
    let possessive = prop_oneof![Just(""), Just("’s"), Just("'s")];
    let tail = prop_oneof![
        Just(""),
        Just(", R-Ohio"),
        Just(" (D-N.Y.)"),
        Just(", 61, a retired welder"),
        Just(" of Cheyenne"),
        Just(", who chairs the panel"),
        Just(" Monday"),
    ];
    (
        opener, title, honorific, first, initial, surname, possessive, tail,
    )
        .prop_map(
            |(opener, title, honorific, first, initial, surname, possessive, tail)| {
                format!("{opener}{title}{honorific}{first}{initial}{surname}{possessive}{tail}")
            },
        )
}

proptest! {
    #![proptest_config(case_budget::config(2000))]

    /// Whatever the phrase, a person's name is a name: never an honorific or title alone, never with a
    /// possessive, a party–state tag, a day or an opening word in it.
    #[test]
    fn a_person_named_is_never_a_title_a_possessive_or_an_adverbial(phrase in speaker_phrase()) {
        use quoteline::analysis::{is_title_or_honorific, parse_mention, MentionHead};
        if let Some(MentionHead::Person { name, .. }) = parse_mention(&phrase).map(|mention| mention.head) {
            let words: Vec<&str> = name.split_whitespace().collect();
            prop_assert!(!words.is_empty());
            prop_assert!(!words.iter().all(|word| is_title_or_honorific(word)), "{name:?} from {phrase:?}");
            let last = words[words.len() - 1];
            prop_assert!(!last.ends_with("’s") && !last.ends_with("'s"), "{name:?} from {phrase:?}");
            prop_assert!(!name.contains(['(', ')', ',']) && !name.contains("R-") && !name.contains("D-"), "{name:?} from {phrase:?}");
            for word in ["In", "But", "As", "Asked", "Hours", "Monday", "March", "Former", "Sen", "Rep", "Mr", "Ms", "Dr"] {
                prop_assert!(!words.iter().any(|written| written.trim_end_matches('.') == word), "{name:?} from {phrase:?}");
            }
        }
    }
}
