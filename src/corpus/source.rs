//! Source files as they arrive (a name and bytes), and their checked decoding into text.

use super::diagnostic::{Diagnostic, TextPosition};

/// A file of a corpus folder, not yet read: its name inside the folder and its bytes.
#[derive(Clone, Copy, Debug)]
pub struct SourceFile<'a> {
    pub name: &'a str,
    pub bytes: &'a [u8],
}

/// The kinds of text file a corpus reads, by extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SourceFormat {
    PlainText,
    Markdown,
    /// A saved web page: its text is read out of the markup (`html.rs`).
    Html,
}

impl SourceFormat {
    /// The format a file name says it has, or `None` for files a corpus does not read.
    pub fn of_file_name(name: &str) -> Option<SourceFormat> {
        let extension = name.rsplit_once('.')?.1.to_ascii_lowercase();
        match extension.as_str() {
            "txt" | "text" => Some(SourceFormat::PlainText),
            "md" | "markdown" => Some(SourceFormat::Markdown),
            "html" | "htm" => Some(SourceFormat::Html),
            _ => None,
        }
    }
}

/// Decodes a source file as UTF-8 text. A leading byte-order mark is dropped (offsets count from after it);
/// bytes that are not UTF-8, and NUL bytes (the mark of a binary file), are refused with their position.
pub fn decode_text(source: SourceFile<'_>) -> Result<&str, Diagnostic> {
    let bytes = source
        .bytes
        .strip_prefix(b"\xEF\xBB\xBF")
        .unwrap_or(source.bytes);
    if let Some(nul_offset) = bytes.iter().position(|&byte| byte == 0) {
        return Err(Diagnostic::error(
            source.name,
            Some(TextPosition::of_byte_offset(bytes, nul_offset)),
            "contains a NUL byte: this looks like a binary file, not text",
        ));
    }
    std::str::from_utf8(bytes).map_err(|error| {
        Diagnostic::error(
            source.name,
            Some(TextPosition::of_byte_offset(bytes, error.valid_up_to())),
            "is not valid UTF-8 text here: save the file as UTF-8",
        )
    })
}

/// Decodes whatever the bytes are, for tools that must read what they can: invalid UTF-8 becomes U+FFFD
/// and NUL bytes are dropped, each with a warning naming the first place. A byte-order mark is dropped.
pub fn decode_lossy(source: SourceFile<'_>) -> (String, Vec<Diagnostic>) {
    let bytes = source
        .bytes
        .strip_prefix(b"\xEF\xBB\xBF")
        .unwrap_or(source.bytes);
    let mut diagnostics = Vec::new();
    if let Some(nul_offset) = bytes.iter().position(|&byte| byte == 0) {
        diagnostics.push(Diagnostic::warning(
            source.name,
            Some(TextPosition::of_byte_offset(bytes, nul_offset)),
            "contains NUL bytes (is it a binary file?): they were dropped",
        ));
    }
    let without_nul: Vec<u8> = bytes.iter().copied().filter(|&byte| byte != 0).collect();
    let text = match String::from_utf8(without_nul) {
        Ok(text) => text,
        Err(error) => {
            let valid_up_to = error.utf8_error().valid_up_to();
            let bytes = error.into_bytes();
            diagnostics.push(Diagnostic::warning(
                source.name,
                Some(TextPosition::of_byte_offset(&bytes, valid_up_to)),
                "is not valid UTF-8 from here: unreadable bytes were replaced with \u{FFFD}",
            ));
            String::from_utf8_lossy(&bytes).into_owned()
        }
    };
    (text, diagnostics)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode(bytes: &[u8]) -> Result<&str, String> {
        decode_text(SourceFile {
            name: "a.txt",
            bytes,
        })
        .map_err(|diagnostic| diagnostic.to_string())
    }

    #[test]
    fn utf8_text_decodes_as_is() {
        assert_eq!(decode("Meta’s “plan”\n".as_bytes()), Ok("Meta’s “plan”\n"));
    }

    #[test]
    fn a_byte_order_mark_is_dropped() {
        assert_eq!(decode(b"\xEF\xBB\xBFHello"), Ok("Hello"));
    }

    #[test]
    fn invalid_utf8_names_its_line_and_column() {
        assert_eq!(
            decode(b"fine\nalso fine\nLatin-1 caf\xE9 here"),
            Err(
                "a.txt:3:12: error: is not valid UTF-8 text here: save the file as UTF-8"
                    .to_owned()
            )
        );
    }

    #[test]
    fn a_nul_byte_marks_a_binary_file() {
        assert_eq!(
            decode(b"PK\x03\x04\x00\x00"),
            Err(
                "a.txt:1:5: error: contains a NUL byte: this looks like a binary file, not text"
                    .to_owned()
            )
        );
    }

    #[test]
    fn lossy_decoding_reads_everything_and_says_where_it_guessed() {
        let (text, diagnostics) = decode_lossy(SourceFile {
            name: "a.txt",
            bytes: b"\xEF\xBB\xBFcaf\xE9\x00 ok",
        });
        assert_eq!(text, "caf\u{FFFD} ok");
        let rendered: Vec<String> = diagnostics.iter().map(ToString::to_string).collect();
        assert_eq!(
            rendered,
            [
                "a.txt:1:5: warning: contains NUL bytes (is it a binary file?): they were dropped",
                "a.txt:1:4: warning: is not valid UTF-8 from here: unreadable bytes were replaced with \u{FFFD}",
            ]
        );
    }

    #[test]
    fn formats_follow_the_extension_in_any_case() {
        assert_eq!(
            SourceFormat::of_file_name("a.TXT"),
            Some(SourceFormat::PlainText)
        );
        assert_eq!(
            SourceFormat::of_file_name("notes.md"),
            Some(SourceFormat::Markdown)
        );
        assert_eq!(SourceFormat::of_file_name("manifest.toml"), None);
        assert_eq!(SourceFormat::of_file_name("README"), None);
    }
}
