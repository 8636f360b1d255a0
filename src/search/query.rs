//! What a person typed into the search box → a [`Query`]: words, "exact phrases" and -excluded terms,
//! the last word matched as a prefix while it is being typed. Parsing is total: any text gives a query,
//! and what was cut or ignored comes back as a [`QueryNote`] to show beside the results.

use super::token::tokenize;

/// Longer queries are cut here (in bytes, on a character boundary): a query is a few words, and a pasted
/// page must not cost a page of terms per keystroke.
pub const MAX_QUERY_BYTES: usize = 1_000;
/// Terms past this many are ignored.
pub const MAX_TERMS: usize = 24;

/// A parsed query.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    pub terms: Vec<QueryTerm>,
    pub notes: Vec<QueryNote>,
}

/// One term: a word or a phrase, to be found or to be excluded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QueryTerm {
    pub matcher: Matcher,
    /// Written with a leading `-`: results must not contain it.
    pub excluded: bool,
}

/// How a term matches the index's words (all keys as [`tokenize`] makes them).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Matcher {
    /// One word; with `prefix`, any word it begins (the word still being typed).
    Word { key: String, prefix: bool },
    /// Words in this order, next to each other: a quoted phrase, or a written word that is several
    /// ("end-to-end").
    Phrase { keys: Vec<String> },
}

/// Something about the query the results do not reflect.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum QueryNote {
    /// The query was cut to [`MAX_QUERY_BYTES`].
    Shortened { kept_bytes: usize },
    /// Terms past [`MAX_TERMS`] were ignored.
    TooManyTerms { ignored: usize },
    /// A quotation mark was opened and not closed: the phrase runs to the end.
    UnclosedPhrase,
    /// Only excluded terms: there is nothing to find, so everything but them is shown.
    OnlyExclusions,
}

impl Query {
    /// The query has something to find.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }
}

pub fn parse_query(text: &str) -> Query {
    let mut notes = Vec::new();
    let text = if text.len() > MAX_QUERY_BYTES {
        let mut cut = MAX_QUERY_BYTES;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        notes.push(QueryNote::Shortened { kept_bytes: cut });
        &text[..cut]
    } else {
        text
    };
    let still_typing = !text.ends_with(char::is_whitespace);
    let mut terms = Vec::new();
    let mut ignored = 0;
    let mut rest = text;
    loop {
        rest = rest.trim_start();
        if rest.is_empty() {
            break;
        }
        let (excluded, body) = match rest.strip_prefix('-') {
            Some(after) if !after.is_empty() && !after.starts_with(char::is_whitespace) => {
                (true, after)
            }
            _ => (false, rest),
        };
        let opening = body.chars().next().filter(|&c| is_opening_mark(c));
        let (piece, after, quoted) = if let Some(mark) = opening {
            let inside = &body[mark.len_utf8()..];
            match inside.find(is_closing_mark) {
                Some(close) => {
                    let close_len = inside[close..].chars().next().map_or(1, char::len_utf8);
                    (&inside[..close], &inside[close + close_len..], true)
                }
                None => {
                    notes.push(QueryNote::UnclosedPhrase);
                    (inside, "", true)
                }
            }
        } else {
            let end = body.find(char::is_whitespace).unwrap_or(body.len());
            (&body[..end], &body[end..], false)
        };
        let is_last = after.trim().is_empty();
        let keys: Vec<String> = tokenize(piece).into_iter().map(|token| token.key).collect();
        rest = after;
        let matcher = match keys.len() {
            0 => continue,
            1 if !quoted => Matcher::Word {
                key: keys.into_iter().next().unwrap_or_default(),
                prefix: is_last && still_typing && !excluded,
            },
            _ => Matcher::Phrase { keys },
        };
        let term = QueryTerm { matcher, excluded };
        // A term given twice asks nothing more (and a pasted text repeats its words).
        if terms.contains(&term) {
            continue;
        }
        if terms.len() == MAX_TERMS {
            ignored += 1;
            continue;
        }
        terms.push(term);
    }
    if ignored > 0 {
        notes.push(QueryNote::TooManyTerms { ignored });
    }
    if !terms.is_empty() && terms.iter().all(|term| term.excluded) {
        notes.push(QueryNote::OnlyExclusions);
    }
    Query { terms, notes }
}

fn is_opening_mark(c: char) -> bool {
    matches!(c, '"' | '“' | '„')
}

fn is_closing_mark(c: char) -> bool {
    matches!(c, '"' | '”' | '“')
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::{expect, Expect};

    #[test]
    fn a_term_given_twice_is_read_once() {
        let query =
            parse_query("police \"chief constable\" police -fire \"chief constable\" -fire");
        assert_eq!(query.terms.len(), 3, "{:?}", query.terms);
        let many = "the council said ".repeat(50);
        let query = parse_query(&many);
        assert_eq!(query.terms.len(), 3);
        assert!(!query
            .notes
            .iter()
            .any(|note| matches!(note, QueryNote::TooManyTerms { .. })));
    }

    fn check(text: &str, expected: Expect) {
        let query = parse_query(text);
        let mut lines: Vec<String> = query
            .terms
            .iter()
            .map(|term| {
                let sign = if term.excluded { "-" } else { "+" };
                match &term.matcher {
                    Matcher::Word { key, prefix } => {
                        format!("{sign}{key}{}", if *prefix { "*" } else { "" })
                    }
                    Matcher::Phrase { keys } => format!("{sign}\"{}\"", keys.join(" ")),
                }
            })
            .collect();
        lines.extend(query.notes.iter().map(|note| format!("{note:?}")));
        expected.assert_eq(&lines.join(" "));
    }

    #[test]
    fn words_phrases_exclusions_and_the_word_being_typed() {
        check(
            "child safety \"end-to-end encryption\" -meta Critch",
            expect![[r#"+child +safety +"end to end encryption" -meta +critch*"#]],
        );
        check("Critchley ", expect!["+critchley"]);
        check("“Hargreaves” 1,200", expect![[r#"+"hargreaves" +1200*"#]]);
        check("end-to-end", expect![[r#"+"end to end""#]]);
    }

    #[test]
    fn hostile_queries_give_a_query_and_say_what_was_ignored() {
        check(
            "\"unclosed phrase",
            expect![[r#"+"unclosed phrase" UnclosedPhrase"#]],
        );
        check("-meta -facebook", expect!["-meta -facebook OnlyExclusions"]);
        check(".* [a-z]+ (?i) \\d{3} $^", expect![[r#"+"a z" +i +"d 3""#]]);
        check("- -- \" \"", expect![""]);
        check("🙂 مرحبا שלום", expect!["+مرحبا +שלום*"]);
        let long = "word ".repeat(5_000);
        check(&long, expect!["+word Shortened { kept_bytes: 1000 }"]);
        let many: String = (0..3_000).map(|n| format!("w{n} ")).collect();
        check(
            &many,
            expect!["+w0 +w1 +w2 +w3 +w4 +w5 +w6 +w7 +w8 +w9 +w10 +w11 +w12 +w13 +w14 +w15 +w16 +w17 +w18 +w19 +w20 +w21 +w22 +w23 Shortened { kept_bytes: 1000 } TooManyTerms { ignored: 198 }"],
        );
    }
}
