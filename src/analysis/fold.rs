//! Comparison keys: the forms of a name or a word that must compare equal however the text was typed —
//! composed or decomposed accents (NFC), compatibility forms such as ligatures and full-width letters
//! (NFKC), curly or straight apostrophes, and the dashes of a compound.
//!
//! Only keys are folded: the text itself is kept as written, so every byte offset still points into it.

use std::borrow::Cow;

use unicode_normalization::{is_nfkc_quick, IsNormalized, UnicodeNormalization};

/// `text` in NFKC, with apostrophes and quotation marks folded to `'` and dashes to `-`. Borrowed when
/// already so (ASCII text always is).
pub fn fold_key(text: &str) -> Cow<'_, str> {
    let needs_folding = |c: char| matches!(c, '’' | '‘' | '`' | '´' | '–' | '—' | '‐' | '‑');
    if text.is_ascii() {
        return Cow::Borrowed(text);
    }
    let normalised: Cow<'_, str> = match is_nfkc_quick(text.chars()) {
        IsNormalized::Yes => Cow::Borrowed(text),
        _ => Cow::Owned(text.nfkc().collect()),
    };
    if !normalised.contains(needs_folding) {
        return normalised;
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
    fn composed_and_decomposed_accents_fold_alike() {
        assert_eq!(fold_key("Jose\u{301} Álvarez"), fold_key("José Álvarez"));
        assert_eq!(fold_key("Jose\u{301}"), "José");
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
