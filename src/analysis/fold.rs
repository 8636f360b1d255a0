//! Comparison keys: the forms of a name or a word that must compare equal however the text was typed —
//! composed or decomposed accents, or none (sources differ: "José Álvarez", "Jose Alvarez"),
//! compatibility forms such as ligatures and full-width letters (NFKD, then combining marks dropped),
//! curly or straight apostrophes, and the dashes of a compound.
//!
//! Only keys are folded: the text itself is kept as written, so every byte offset still points into it.

use std::borrow::Cow;

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// `text` in NFKD without its combining marks, with apostrophes folded to `'` and dashes to `-`.
/// Borrowed for ASCII text, which is already so. (The `unicode-normalization` tables cost about 120 kB
/// of wasm; search needs the same folding.)
pub fn fold_key(text: &str) -> Cow<'_, str> {
    let needs_folding = |c: char| matches!(c, '’' | '‘' | '`' | '´' | '–' | '—' | '‐' | '‑');
    if text.is_ascii() {
        return Cow::Borrowed(text);
    }
    let normalised: String = text.nfkd().filter(|&c| !is_combining_mark(c)).collect();
    if !normalised.contains(needs_folding) {
        return Cow::Owned(normalised);
    }
    Cow::Owned(
        normalised
            .chars()
            .map(|c| match c {
                '’' | '‘' | '`' | '´' => '\'',
                '–' | '—' | '‐' | '‑' => '-',
                c => c,
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accents_fold_however_typed() {
        assert_eq!(fold_key("Jose\u{301} Álvarez"), "Jose Alvarez");
        assert_eq!(fold_key("José Álvarez"), "Jose Alvarez");
        assert_eq!(fold_key("Zoë"), "Zoe");
    }

    #[test]
    fn compatibility_forms_apostrophes_and_dashes_fold() {
        assert_eq!(fold_key("ﬁnance"), "finance");
        assert_eq!(fold_key("ＮＣＡ"), "NCA");
        assert_eq!(fold_key("O’Neill"), "O'Neill");
        assert_eq!(fold_key("Wynne–Jones"), "Wynne-Jones");
    }

    #[test]
    fn ascii_is_borrowed() {
        assert!(matches!(fold_key("Ian Critchley"), Cow::Borrowed(_)));
    }
}
