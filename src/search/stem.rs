//! English stems (Snowball, from the `rust-stemmers` crate): "children's", "children" and "child" are
//! found together, as are "arrests", "arrested" and "arresting".

use rust_stemmers::{Algorithm, Stemmer};

/// The stem of a word key (lower case, apostrophes straight, as `tokenize` makes them).
pub fn stem(key: &str) -> String {
    // Numbers and codes are their own stems: "1200" must not lose a digit, "4.2m" is no word.
    if !key.chars().all(char::is_alphabetic) && !key.contains('\'') {
        return key.to_owned();
    }
    Stemmer::create(Algorithm::English).stem(key).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_of_a_word_share_a_stem() {
        let stems = |words: &[&str]| words.iter().map(|word| stem(word)).collect::<Vec<_>>();
        assert_eq!(stems(&["arrests", "arrested", "arresting"]), ["arrest"; 3]);
        assert_eq!(stems(&["encryption", "encrypted"]), ["encrypt"; 2]);
        assert_eq!(stems(&["children's", "children"]), ["children"; 2]);
        assert_eq!(stems(&["1200", "4.2m", "2023"]), ["1200", "4.2m", "2023"]);
    }
}
