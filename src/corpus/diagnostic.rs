//! What went wrong, or looks doubtful, in a corpus's files: reported beside the value, never instead of it.

use std::fmt;

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth knowing; the corpus is still what its author meant.
    Warning,
    /// Part of the input was unusable and has been left out; a build of the bundled corpus stops here.
    Error,
}

/// One finding about one file, at a 1-based line and column when it has a place.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// The file's name inside the corpus folder, as the user sees it (`manifest.toml`, `000_a.txt`).
    pub file: String,
    pub line: Option<u32>,
    pub column: Option<u32>,
    pub message: String,
}

impl Diagnostic {
    pub fn error(
        file: &str,
        position: Option<TextPosition>,
        message: impl Into<String>,
    ) -> Diagnostic {
        Diagnostic::new(Severity::Error, file, position, message.into())
    }

    pub fn warning(
        file: &str,
        position: Option<TextPosition>,
        message: impl Into<String>,
    ) -> Diagnostic {
        Diagnostic::new(Severity::Warning, file, position, message.into())
    }

    fn new(
        severity: Severity,
        file: &str,
        position: Option<TextPosition>,
        message: String,
    ) -> Diagnostic {
        Diagnostic {
            severity,
            file: file.to_owned(),
            line: position.map(|position| position.line),
            column: position.map(|position| position.column),
            message,
        }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    /// `manifest.toml:12:9: error: …`, the form editors and terminals turn into links.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(column) = self.column {
                write!(f, ":{column}")?;
            }
        }
        let severity = match self.severity {
            Severity::Warning => "warning",
            Severity::Error => "error",
        };
        write!(f, ": {severity}: {}", self.message)
    }
}

/// A 1-based line and column (counted in characters) in a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TextPosition {
    pub line: u32,
    pub column: u32,
}

impl TextPosition {
    /// The position of byte `offset` in `text`; an offset past the end or inside a character is clamped back
    /// to the start of that character.
    pub fn of_offset(text: &str, offset: usize) -> TextPosition {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &text[..offset];
        let line_start = before.rfind('\n').map_or(0, |newline| newline + 1);
        TextPosition {
            line: saturating_u32(before.matches('\n').count() + 1),
            column: saturating_u32(before[line_start..].chars().count() + 1),
        }
    }

    /// The same column on another (1-based) line: for a position found within one line's text.
    pub fn on_line(self, line: usize) -> TextPosition {
        TextPosition {
            line: saturating_u32(line),
            column: self.column,
        }
    }

    /// The position of byte `offset` in bytes that may not be valid UTF-8 (columns then count bytes).
    pub fn of_byte_offset(bytes: &[u8], offset: usize) -> TextPosition {
        let before = &bytes[..offset.min(bytes.len())];
        let line_start = before
            .iter()
            .rposition(|&byte| byte == b'\n')
            .map_or(0, |newline| newline + 1);
        TextPosition {
            line: saturating_u32(before.iter().filter(|&&byte| byte == b'\n').count() + 1),
            column: saturating_u32(before.len() - line_start + 1),
        }
    }
}

fn saturating_u32(value: usize) -> u32 {
    u32::try_from(value).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_are_one_based_and_count_characters() {
        let text = "first\nsé cond\nthird";
        assert_eq!(
            TextPosition::of_offset(text, 0),
            TextPosition { line: 1, column: 1 }
        );
        let offset_of_c = text.find('c').unwrap();
        assert_eq!(
            TextPosition::of_offset(text, offset_of_c),
            TextPosition { line: 2, column: 4 }
        );
        assert_eq!(
            TextPosition::of_offset(text, text.len() + 10),
            TextPosition { line: 3, column: 6 }
        );
    }

    #[test]
    fn an_offset_inside_a_character_is_clamped_to_its_start() {
        let text = "é";
        assert_eq!(
            TextPosition::of_offset(text, 1),
            TextPosition { line: 1, column: 1 }
        );
    }

    #[test]
    fn display_names_file_line_and_column() {
        let diagnostic = Diagnostic::error(
            "manifest.toml",
            Some(TextPosition {
                line: 12,
                column: 9,
            }),
            "unknown kind",
        );
        assert_eq!(
            diagnostic.to_string(),
            "manifest.toml:12:9: error: unknown kind"
        );
        let without_place = Diagnostic::warning("a.txt", None, "empty");
        assert_eq!(without_place.to_string(), "a.txt: warning: empty");
    }
}
