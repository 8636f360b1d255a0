//! Documents a reader adds in the browser — pasted text, dropped `.txt`, `.md` or `.html` files — let in
//! under size limits and decoded to UTF-8 text, each refused one with a reason the reader can act on.
//!
//! Admission only checks and decodes: what it lets in is read by [`super::assemble`] like any corpus
//! folder's files, so a local document is analysed by exactly the same code.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use super::assembly::{assemble, Corpus};
use super::diagnostic::{Diagnostic, TextPosition};
use super::document::DocumentId;
use super::manifest::Manifest;
use super::source::{decode_text, SourceFile, SourceFormat};

/// How much a reader may add, so that a mistaken drop (a folder of videos, a 2 GB log) is refused before
/// it is read, and the page stays responsive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Bytes in one file.
    pub file_bytes: usize,
    /// Bytes in every local document together, those already added included.
    pub total_bytes: usize,
    /// Local documents together.
    pub files: usize,
}

impl Limits {
    /// 5 MB a file is a long book; 25 MB together is thousands of articles, analysed in seconds.
    pub const DEFAULT: Limits = Limits {
        file_bytes: 5_000_000,
        total_bytes: 25_000_000,
        files: 500,
    };
}

/// The local documents already held, which the limits and names count against.
#[derive(Clone, Copy, Debug, Default)]
pub struct Held<'a> {
    pub bytes: usize,
    pub names: &'a [String],
}

/// A file let in: a name unique among the local documents and its text as UTF-8, ready for
/// [`super::assemble`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LocalText {
    pub name: String,
    pub text: String,
}

impl LocalText {
    pub fn source(&self) -> SourceFile<'_> {
        SourceFile {
            name: &self.name,
            bytes: self.text.as_bytes(),
        }
    }
}

/// What [`admit`] let in, and a diagnostic for every file refused (an error) or changed (a warning).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Admission {
    pub admitted: Vec<LocalText>,
    pub diagnostics: Vec<Diagnostic>,
}

/// A file name as the app will show it: no folders, no control characters, at most 120 characters.
const MAX_NAME_CHARS: usize = 120;

/// Checks and decodes the files a reader added, in the order given. Never fails: a file over a limit, of
/// the wrong kind, binary, or not decodable is left out with an error saying why and what to do.
pub fn admit(files: &[SourceFile<'_>], held: Held<'_>, limits: Limits) -> Admission {
    let mut admission = Admission::default();
    let mut names: HashSet<String> = held.names.iter().cloned().collect();
    let mut total = held.bytes;
    let mut count = held.names.len();
    for file in files {
        let name = clean_name(file.name);
        match admit_one(&name, file.bytes, total, count, limits) {
            Ok((text, notes)) => {
                let name = unique_name(&name, &names);
                names.insert(name.clone());
                total += text.len();
                count += 1;
                admission
                    .diagnostics
                    .extend(notes.into_iter().map(|note| note.for_file(&name)));
                admission.admitted.push(LocalText { name, text });
            }
            Err(refusal) => admission.diagnostics.push(refusal),
        }
    }
    admission
}

/// The refusal of a file too large to be read at all, known from its size alone: the browser need not
/// read a 2 GB video into memory to be told it is not a document.
pub fn refuse_unread(name: &str, size: usize, limits: Limits) -> Option<Diagnostic> {
    (size > limits.file_bytes).then(|| {
        Diagnostic::error(
            &clean_name(name),
            None,
            format!(
                "is {}: a document may be at most {}",
                megabytes(size),
                megabytes(limits.file_bytes)
            ),
        )
    })
}

/// The corpus with the reader's documents added after its own, read by [`assemble`] as any folder's
/// files are, each marked `Document::local` with an id of its own (`local-…`, never one of the
/// corpus's). Their own diagnostics come back; that they have no manifest entry goes without saying.
pub fn join_local(base: &Corpus, texts: &[LocalText]) -> (Corpus, Vec<Diagnostic>) {
    let sources: Vec<SourceFile<'_>> = texts.iter().map(LocalText::source).collect();
    let (added, diagnostics) = assemble(Manifest::default(), &sources);
    let mut taken: HashSet<String> = base
        .documents
        .iter()
        .map(|document| document.id.as_str().to_owned())
        .collect();
    let mut corpus = base.clone();
    for mut document in added.documents {
        let stem = format!("local-{}", document.id.as_str());
        let id = (1..)
            .map(|number| match number {
                1 => stem.clone(),
                number => format!("{stem}-{number}"),
            })
            .find(|id| !taken.contains(id))
            .unwrap_or(stem);
        taken.insert(id.clone());
        document.id = DocumentId::parse(&id).unwrap_or(document.id);
        document.local = true;
        corpus.documents.push(document);
    }
    let diagnostics = diagnostics
        .into_iter()
        .filter(|diagnostic| diagnostic.is_error())
        .collect();
    (corpus, diagnostics)
}

/// A note about a file let in, before its final name is known.
struct Note {
    position: Option<TextPosition>,
    message: String,
}

impl Note {
    fn for_file(self, name: &str) -> Diagnostic {
        Diagnostic::warning(name, self.position, self.message)
    }
}

fn admit_one(
    name: &str,
    bytes: &[u8],
    total: usize,
    count: usize,
    limits: Limits,
) -> Result<(String, Vec<Note>), Diagnostic> {
    let refuse = |message: String| Diagnostic::error(name, None, message);
    let binary = binary_kind(bytes);
    if SourceFormat::of_file_name(name).is_none() {
        return Err(refuse(match binary {
            Some(kind) => format!(
                "is {kind}, not text: Quoteline reads .txt, .md and .html files (copy the text out of it and paste it instead)"
            ),
            None => "is not a .txt, .md or .html file: Quoteline reads text (rename it if it is plain text)".to_owned(),
        }));
    }
    if count >= limits.files {
        return Err(refuse(format!(
            "was not added: {} documents are the most you can add (remove some first)",
            limits.files
        )));
    }
    if bytes.len() > limits.file_bytes {
        return Err(refuse(format!(
            "is {}: a document may be at most {}",
            megabytes(bytes.len()),
            megabytes(limits.file_bytes)
        )));
    }
    if total + bytes.len() > limits.total_bytes {
        return Err(refuse(format!(
            "was not added: with it your documents would come to {}, and they may be at most {} together (remove some first)",
            megabytes(total + bytes.len()),
            megabytes(limits.total_bytes)
        )));
    }
    if let Some(kind) = binary {
        return Err(refuse(format!(
            "is {kind}, whatever its name says, not text: copy the text out of it and paste it instead"
        )));
    }
    let mut notes = Vec::new();
    let text = match utf16_order(bytes) {
        Some(order) => {
            let text = decode_utf16(name, bytes, order)?;
            notes.push(Note {
                position: None,
                message: "was saved as UTF-16: read as such".to_owned(),
            });
            text
        }
        None => decode_text(SourceFile { name, bytes })?.to_owned(),
    };
    if text.trim().is_empty() {
        return Err(refuse("is empty: there is no text to read".to_owned()));
    }
    // UTF-16 text may still hold NUL characters; a text with them is no text a person wrote.
    if let Some(offset) = text.find('\0') {
        return Err(Diagnostic::error(
            name,
            Some(TextPosition::of_byte_offset(text.as_bytes(), offset)),
            "contains a NUL character: this looks like a binary file, not text",
        ));
    }
    Ok((text, notes))
}

/// What a binary file is, by the signature its first bytes carry (the formats most often mistaken for
/// text: documents, archives, images, compressed files).
fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    const SIGNATURES: &[(&[u8], &str)] = &[
        (b"%PDF-", "a PDF file"),
        (
            b"PK\x03\x04",
            "a ZIP archive (or a Word, OpenDocument or EPUB file, which are ZIP archives)",
        ),
        (
            b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1",
            "an old Word or Excel file",
        ),
        (b"{\\rtf", "a Rich Text (RTF) file"),
        (b"\x89PNG\r\n\x1A\n", "a PNG image"),
        (b"\xFF\xD8\xFF", "a JPEG image"),
        (b"GIF87a", "a GIF image"),
        (b"GIF89a", "a GIF image"),
        (b"\x1F\x8B", "a gzip-compressed file"),
        (b"7z\xBC\xAF\x27\x1C", "a 7-Zip archive"),
        (b"\0asm", "a WebAssembly module"),
    ];
    SIGNATURES
        .iter()
        .find(|(signature, _)| bytes.starts_with(signature))
        .map(|(_, kind)| *kind)
        .or_else(|| {
            (bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP")
                .then_some("a WebP image")
        })
}

#[derive(Clone, Copy)]
enum ByteOrder {
    Little,
    Big,
}

/// The byte order a UTF-16 byte-order mark announces (Windows' Notepad saved "Unicode" text this way).
fn utf16_order(bytes: &[u8]) -> Option<ByteOrder> {
    match bytes {
        [0xFF, 0xFE, ..] => Some(ByteOrder::Little),
        [0xFE, 0xFF, ..] => Some(ByteOrder::Big),
        _ => None,
    }
}

fn decode_utf16(name: &str, bytes: &[u8], order: ByteOrder) -> Result<String, Diagnostic> {
    let units = bytes[2..].chunks(2).map(|pair| match (order, pair) {
        (ByteOrder::Little, [low, high]) => Ok(u16::from_le_bytes([*low, *high])),
        (ByteOrder::Big, [high, low]) => Ok(u16::from_be_bytes([*high, *low])),
        _ => Err(()),
    });
    let mut text = String::with_capacity(bytes.len() / 2);
    let mut line = 1u32;
    let mut column = 1u32;
    let at = |line, column| Some(TextPosition { line, column });
    let mut units_read = Vec::with_capacity(bytes.len() / 2);
    for unit in units {
        match unit {
            Ok(unit) => units_read.push(unit),
            Err(()) => {
                return Err(Diagnostic::error(
                    name,
                    None,
                    "is UTF-16 text cut short (an odd number of bytes): save it again as UTF-8",
                ))
            }
        }
    }
    for character in char::decode_utf16(units_read) {
        match character {
            Ok(character) => {
                text.push(character);
                if character == '\n' {
                    line += 1;
                    column = 1;
                } else {
                    column += 1;
                }
            }
            Err(_) => return Err(Diagnostic::error(
                name,
                at(line, column),
                "is not valid UTF-16 text here (half of a character pair): save the file as UTF-8",
            )),
        }
    }
    Ok(text)
}

/// The name without folders or control characters, trimmed and cut to [`MAX_NAME_CHARS`] characters with
/// its extension kept; "document.txt" when nothing is left.
fn clean_name(raw: &str) -> String {
    let base = raw.rsplit(['/', '\\']).next().unwrap_or(raw);
    let cleaned: String = base
        .chars()
        .filter(|character| !character.is_control() && !is_invisible_format(*character))
        .collect();
    let cleaned = cleaned.trim().trim_start_matches('.').trim();
    if cleaned.is_empty() {
        return "document.txt".to_owned();
    }
    if cleaned.chars().count() <= MAX_NAME_CHARS {
        return cleaned.to_owned();
    }
    let (stem, extension) = match cleaned.rsplit_once('.') {
        Some((stem, extension)) if extension.chars().count() <= 10 => (stem, Some(extension)),
        _ => (cleaned, None),
    };
    let keep = MAX_NAME_CHARS - extension.map_or(0, |extension| extension.chars().count() + 1);
    let stem: String = stem.chars().take(keep).collect();
    match extension {
        Some(extension) => format!("{stem}.{extension}"),
        None => stem,
    }
}

/// Characters that change how text around them is shown without being seen (bidirectional overrides
/// and isolates, zero-width marks): in a file name they can disguise its extension.
fn is_invisible_format(character: char) -> bool {
    matches!(character, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

/// `name`, or `name (2)`, `name (3)`… before its extension, whichever is not yet taken.
fn unique_name(name: &str, taken: &HashSet<String>) -> String {
    if !taken.contains(name) {
        return name.to_owned();
    }
    let (stem, extension) = name
        .rsplit_once('.')
        .map_or((name, String::new()), |(stem, extension)| {
            (stem, format!(".{extension}"))
        });
    (2..)
        .map(|number| format!("{stem} ({number}){extension}"))
        .find(|candidate| !taken.contains(candidate))
        .unwrap_or_else(|| name.to_owned())
}

/// A size as people read file sizes: "5 MB", "7.2 MB", "340 kB", "12 bytes".
fn megabytes(bytes: usize) -> String {
    let bytes = bytes as u64;
    if bytes < 1_000 {
        return format!("{bytes} bytes");
    }
    if bytes < 1_000_000 {
        return format!("{} kB", (bytes + 500) / 1_000);
    }
    let tenths = (bytes * 10 + 500_000) / 1_000_000;
    if tenths.is_multiple_of(10) {
        format!("{} MB", tenths / 10)
    } else {
        format!("{}.{} MB", tenths / 10, tenths % 10)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::{expect, Expect};

    fn check(files: &[(&str, &[u8])], held: Held<'_>, limits: Limits, expected: Expect) {
        let sources: Vec<SourceFile<'_>> = files
            .iter()
            .map(|(name, bytes)| SourceFile { name, bytes })
            .collect();
        let admission = admit(&sources, held, limits);
        let mut out = String::new();
        for text in &admission.admitted {
            out.push_str(&format!("admitted {:?}: {:?}\n", text.name, text.text));
        }
        for diagnostic in &admission.diagnostics {
            out.push_str(&format!("{diagnostic}\n"));
        }
        expected.assert_eq(&out);
    }

    #[test]
    fn text_files_are_let_in_and_everything_else_is_refused_with_a_reason() {
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain(
                "“Quoted,” she said.\n"
                    .encode_utf16()
                    .flat_map(u16::to_le_bytes),
            )
            .collect();
        let utf16_big: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain("Big end.".encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        check(
            &[
                ("notes.txt", "He said: “It works.”".as_bytes()),
                ("report.md", b"\xEF\xBB\xBF# Heading\n\nBody."),
                ("page.html", b"<p>Hello</p>"),
                ("windows.txt", &utf16),
                ("mac.txt", &utf16_big),
                ("slides.pdf", b"%PDF-1.7 ..."),
                ("disguised.txt", b"%PDF-1.7 ..."),
                ("letter.docx", b"PK\x03\x04...."),
                ("photo.txt", b"\xFF\xD8\xFF\xE0...."),
                ("broken.txt", b"line one\nline \xC3 two"),
                ("nul.txt", b"abc\0def"),
                ("blank.md", b"  \n\n \t"),
                ("nothing.txt", b""),
                ("odd.txt", &[0xFF, 0xFE, b'a', 0, b'b']),
                ("lone.txt", &[0xFF, 0xFE, b'a', 0, 0x00, 0xD8, b'b', 0]),
                ("data.csv", b"a,b\n1,2"),
            ],
            Held::default(),
            Limits::DEFAULT,
            expect![[r##"
                admitted "notes.txt": "He said: “It works.”"
                admitted "report.md": "# Heading\n\nBody."
                admitted "page.html": "<p>Hello</p>"
                admitted "windows.txt": "“Quoted,” she said.\n"
                admitted "mac.txt": "Big end."
                windows.txt: warning: was saved as UTF-16: read as such
                mac.txt: warning: was saved as UTF-16: read as such
                slides.pdf: error: is a PDF file, not text: Quoteline reads .txt, .md and .html files (copy the text out of it and paste it instead)
                disguised.txt: error: is a PDF file, whatever its name says, not text: copy the text out of it and paste it instead
                letter.docx: error: is a ZIP archive (or a Word, OpenDocument or EPUB file, which are ZIP archives), not text: Quoteline reads .txt, .md and .html files (copy the text out of it and paste it instead)
                photo.txt: error: is a JPEG image, whatever its name says, not text: copy the text out of it and paste it instead
                broken.txt:2:6: error: is not valid UTF-8 text here: save the file as UTF-8
                nul.txt:1:4: error: contains a NUL byte: this looks like a binary file, not text
                blank.md: error: is empty: there is no text to read
                nothing.txt: error: is empty: there is no text to read
                odd.txt: error: is UTF-16 text cut short (an odd number of bytes): save it again as UTF-8
                lone.txt:1:2: error: is not valid UTF-16 text here (half of a character pair): save the file as UTF-8
                data.csv: error: is not a .txt, .md or .html file: Quoteline reads text (rename it if it is plain text)
            "##]],
        );
    }

    #[test]
    fn limits_count_what_is_already_held() {
        let limits = Limits {
            file_bytes: 10,
            total_bytes: 25,
            files: 3,
        };
        let held = [String::from("a.txt")];
        check(
            &[
                ("long.txt", b"eleven byte"),
                ("b.txt", b"0123456789"),
                ("c.txt", b"0123456789"),
                ("d.txt", b"0123"),
                ("e.txt", b"0"),
            ],
            Held {
                bytes: 10,
                names: &held,
            },
            limits,
            expect![[r#"
                admitted "b.txt": "0123456789"
                admitted "d.txt": "0123"
                long.txt: error: is 11 bytes: a document may be at most 10 bytes
                c.txt: error: was not added: with it your documents would come to 30 bytes, and they may be at most 25 bytes together (remove some first)
                e.txt: error: was not added: 3 documents are the most you can add (remove some first)
            "#]],
        );
    }

    #[test]
    fn names_are_cleaned_and_made_unique() {
        let held = [String::from("notes.txt")];
        let long = format!("{}.txt", "x".repeat(300));
        check(
            &[
                ("notes.txt", b"one"),
                ("notes.txt", b"two"),
                ("C:\\Users\\me\\evil\u{202E}txt.html", b"three"),
                ("../../etc/passwd.txt", b"four"),
                ("\u{0}\u{7}", b"five"),
                (&long, b"six"),
            ],
            Held {
                bytes: 0,
                names: &held,
            },
            Limits::DEFAULT,
            expect![[r#"
                admitted "notes (2).txt": "one"
                admitted "notes (3).txt": "two"
                admitted "eviltxt.html": "three"
                admitted "passwd.txt": "four"
                admitted "document.txt": "five"
                admitted "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.txt": "six"
            "#]],
        );
    }

    #[test]
    fn the_readers_documents_join_the_corpus_marked_as_theirs() {
        let base = crate_corpus(&[("local-notes.txt", "Already here, a corpus file.")]);
        let texts = [
            LocalText {
                name: "notes.txt".to_owned(),
                text: "“We will appeal,” said Dana Whitfield, a lawyer for the tenants.".to_owned(),
            },
            LocalText {
                name: "page.html".to_owned(),
                text: "<h1>Tenants win</h1><p>The court agreed.</p>".to_owned(),
            },
        ];
        let (joined, diagnostics) = join_local(&base, &texts);
        let rows: Vec<String> = joined
            .documents
            .iter()
            .map(|document| {
                format!(
                    "{} {} {:?} local={}",
                    document.id, document.file, document.title, document.local
                )
            })
            .collect();
        expect![[r#"
            local-notes local-notes.txt "Already here, a corpus file." local=false
            local-notes-2 notes.txt "“We will appeal,” said Dana Whitfield, a lawyer for the tenants." local=true
            local-page page.html "Tenants win" local=true"#]]
        .assert_eq(&rows.join("\n"));
        assert_eq!(diagnostics, []);
        assert!(refuse_unread("big.txt", 6_000_000, Limits::DEFAULT).is_some());
        assert!(refuse_unread("fine.txt", 6_000, Limits::DEFAULT).is_none());
    }

    fn crate_corpus(files: &[(&str, &str)]) -> Corpus {
        let sources: Vec<SourceFile<'_>> = files
            .iter()
            .map(|(name, text)| SourceFile {
                name,
                bytes: text.as_bytes(),
            })
            .collect();
        assemble(Manifest::default(), &sources).0
    }

    #[test]
    fn sizes_read_as_people_write_them() {
        assert_eq!(megabytes(5_000_000), "5 MB");
        assert_eq!(megabytes(7_249_999), "7.2 MB");
        assert_eq!(megabytes(25_050_000), "25.1 MB");
        assert_eq!(megabytes(340_400), "340 kB");
        assert_eq!(megabytes(12), "12 bytes");
    }
}
