//! A quote as a reader cites it: the words, who said them and in what role, where and when they were
//! published, and the address of the source (or, where the corpus has none, of the quote in Quoteline).
//! Pure, so it is tested natively.

use crate::analysis::{Analysis, Quote};
use crate::corpus::Document;

/// Words of a quote kept in a citation before it is cut with "…".
const CITED_WORDS: usize = 60;

/// “The words,” — Speaker, role. “Title”, Publisher, date. Address.
pub fn citation(analysis: &Analysis, quote: &Quote, document: &Document, link: &str) -> String {
    let text = quote.text(&document.text);
    let words: Vec<&str> = text.split_whitespace().collect();
    let words = if words.len() > CITED_WORDS {
        format!("{} …", words[..CITED_WORDS].join(" "))
    } else {
        words.join(" ")
    };
    let who = analysis.source_of(quote, &document.text).map_or_else(
        || "Speaker not identified".to_owned(),
        |source| source.label(),
    );
    let published = document
        .published
        .map_or_else(|| "date unknown".to_owned(), |date| date.label());
    let address = document
        .url
        .as_ref()
        .map_or_else(|| link.to_owned(), ToString::to_string);
    format!(
        "“{words}” — {who}. “{}”, {}, {published}. {address}",
        document.title,
        document.publisher_label()
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::analyze;
    use crate::bundled::bundled_corpus;
    use expect_test::expect;

    #[test]
    fn a_citation_names_the_speaker_the_source_and_its_address() {
        let (corpus, _) = bundled_corpus();
        let analysis = analyze(&corpus);
        let cite = |needle: &str| {
            let quote = analysis
                .quotes
                .iter()
                .rev()
                .find(|quote| {
                    quote
                        .text(&corpus.documents[quote.document as usize].text)
                        .contains(needle)
                })
                .unwrap();
            let document = &corpus.documents[quote.document as usize];
            citation(
                &analysis,
                quote,
                document,
                "https://example.org/quoteline/?doc=x",
            )
        };
        // A source with its address, and a long quote cut.
        expect!["“We are outraged Meta has chosen to prioritise the privacy of paedophiles over the safety of our children. We strongly urge other platforms not to follow this dreadful example. This catastrophic decision to encrypt messaging services, without demonstrating how protection for children won’t be weakened, will lead to at least 21 million reports of child sexual abuse going undetected. Meta …” — Susie Hargreaves, chief executive, Internet Watch Foundation. “NPCC warns Meta’s roll-out of end-to-end-encryption ‘putting safety of children at risk’”, Police Professional, 11 Dec 2023. https://www.policeprofessional.com/news/npcc-warns-metas-roll-out-of-end-to-end-encryption-putting-safety-of-children-at-risk/"].assert_eq(&cite("We are outraged"));
        // A source whose address the corpus does not know: the link to the quote in Quoteline.
        expect!["“On average policing arrests 800 suspected offenders a month and safeguards on average 1200 children a month in relation to child sexual exploitation (CSE) offences. There are staggering numbers of reports coming from social media companies with a large volume of them coming from Meta owned sites. However, the introduction of Meta’s new end-to-end encryption (E2EE) will have a dangerous …” — Ian Critchley, lead for child protection, abuse and investigation, National Police Chiefs’ Council. “NPCC response to Meta's rollout of end-to-end-encryption”, National Police Chiefs' Council (NPCC), 6–11 Dec 2023. https://example.org/quoteline/?doc=x"].assert_eq(&cite("will have a dangerous impact"));
    }

    #[test]
    fn a_citation_of_an_unnamed_source_gives_the_words_describing_them() {
        let text = "Talks stall on the spending bill\n\n“It is a standoff,” said a senior Republican aide, who spoke on the condition of anonymity.\n";
        let (_, corpus, _) = crate::corpus::read_folder(&[crate::corpus::SourceFile {
            name: "talks.txt",
            bytes: text.as_bytes(),
        }]);
        let analysis = analyze(&corpus);
        let quote = &analysis.quotes[0];
        expect!["“It is a standoff,” — A senior Republican aide, not named in the story. “Talks stall on the spending bill”, Publisher unknown, date unknown. https://example.org/q"].assert_eq(&citation(&analysis, quote, &corpus.documents[0], "https://example.org/q"));
    }
}
