//! Corpus bundles: a corpus with its analysis, search index and facets, prebuilt into one file the app
//! can load instead of analysing documents itself (what a 10,000-document corpus needs to open quickly).
//!
//! The file is a fixed header — the magic bytes `QUOTELINE-BUNDLE`, a format version, and the length and
//! checksum of each of its four sections — then the sections in `postcard`: corpus, analysis, index,
//! facets. Sections are read one at a time ([`BundleReader`]), and each in small pieces from wherever the
//! file is kept ([`SectionSource`]): the browser holds the file outside the app's memory, and the app
//! never holds more of it than a piece beside what it has read. Reading checks each part in turn, so a
//! missing, foreign, truncated, corrupt or incompatible file gets a message saying which, never a panic.

use std::fmt;
use std::ops::Range;

use postcard::de_flavors::Flavor;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::analysis::Analysis;
use crate::corpus::Corpus;
use crate::search::{FacetTable, SearchIndex};

/// The first bytes of every bundle.
pub const MAGIC: &[u8; 16] = b"QUOTELINE-BUNDLE";
/// The version of the file's layout: a reader accepts only its own. Raised with every change to what the
/// sections hold (3: the facet table keeps its date span; 4: quotes name their document by position;
/// 5: the analysis groups figures claimed in more than one place; 6: a quote keeps the words describing
/// an unnamed source; 7: so does a figure).
pub const FORMAT_VERSION: u32 = 7;
/// The sections, in file order.
pub const SECTIONS: usize = 4;
/// Magic, version (u32), section count (u32), then per section its length and checksum (u64 each), all
/// little-endian.
pub const HEADER_BYTES: usize = MAGIC.len() + 4 + 4 + SECTIONS * 16;

/// Everything the explorer shows, prebuilt.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Bundle {
    pub corpus: Corpus,
    pub analysis: Analysis,
    pub index: SearchIndex,
    pub facets: FacetTable,
}

/// Why a file could not be read as a bundle.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BundleError {
    /// No bytes at all.
    Empty,
    /// Not a Quoteline bundle (another kind of file, or an HTML error page served in its place).
    NotABundle,
    /// A bundle of another format version.
    Incompatible { found: u32, supported: u32 },
    /// Fewer bytes than the header says (an interrupted download).
    Truncated { expected: u64, found: u64 },
    /// The bytes are not what was written: the checksum or the body does not read.
    Corrupt(String),
}

impl fmt::Display for BundleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BundleError::Empty => write!(f, "the file is empty"),
            BundleError::NotABundle => write!(f, "this is not a Quoteline corpus bundle"),
            BundleError::Incompatible { found, supported } => write!(
                f,
                "this bundle is in format {found}, and this version of Quoteline reads format \
                 {supported}: build it again with this version's `quoteline bundle`"
            ),
            BundleError::Truncated { expected, found } => write!(
                f,
                "the file is cut short ({found} of {expected} bytes): it may not have finished \
                 downloading"
            ),
            BundleError::Corrupt(reason) => write!(f, "the file is damaged ({reason})"),
        }
    }
}

impl Bundle {
    /// Builds the analysis, index and facets of a corpus.
    pub fn build(corpus: Corpus) -> Bundle {
        let analysis = crate::analysis::analyze(&corpus);
        let index = SearchIndex::build(&corpus, &analysis);
        let facets = FacetTable::build(&corpus, &analysis, &index);
        Bundle {
            corpus,
            analysis,
            index,
            facets,
        }
    }

    /// The bundle as a file's bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        let sections = [
            postcard::to_allocvec(&self.corpus),
            postcard::to_allocvec(&self.analysis),
            postcard::to_allocvec(&self.index),
            postcard::to_allocvec(&self.facets),
        ]
        .map(Result::unwrap_or_default);
        let body: usize = sections.iter().map(Vec::len).sum();
        let mut bytes = Vec::with_capacity(HEADER_BYTES + body);
        bytes.extend_from_slice(MAGIC);
        bytes.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        bytes.extend_from_slice(&(SECTIONS as u32).to_le_bytes());
        for section in &sections {
            bytes.extend_from_slice(&(section.len() as u64).to_le_bytes());
            bytes.extend_from_slice(&checksum(section).to_le_bytes());
        }
        for section in &sections {
            bytes.extend_from_slice(section);
        }
        bytes
    }

    /// The whole file's length as its header gives it, once the header's bytes are in (how a download
    /// knows its size and shows progress without trusting the server's `Content-Length`); `None` for fewer
    /// bytes than a header, or bytes that are not a bundle's of this format.
    pub fn file_length(header: &[u8]) -> Option<u64> {
        BundleReader::new(header.get(..HEADER_BYTES)?, u64::MAX)
            .ok()
            .map(|reader| reader.file_length())
    }

    /// Reads a whole bundle file.
    pub fn from_bytes(bytes: &[u8]) -> Result<Bundle, BundleError> {
        let reader = BundleReader::new(bytes, bytes.len() as u64)?;
        let mut source = bytes;
        Ok(Bundle {
            corpus: reader.read(0, &mut source)?,
            analysis: reader.read(1, &mut source)?,
            index: reader.read(2, &mut source)?,
            facets: reader.read(3, &mut source)?,
        })
    }
}

/// A bundle's header, read and checked: where each section is, and how to check and read it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BundleReader {
    lengths: [u64; SECTIONS],
    checksums: [u64; SECTIONS],
}

impl BundleReader {
    /// Reads the header at the start of `bytes` (the first bytes of the file, or all of it) for a file of
    /// `file_length` bytes: checks it is a bundle of this format whose sections fit that length exactly.
    pub fn new(bytes: &[u8], file_length: u64) -> Result<BundleReader, BundleError> {
        if bytes.is_empty() {
            return Err(BundleError::Empty);
        }
        if bytes.len() < MAGIC.len() || &bytes[..MAGIC.len()] != MAGIC {
            return Err(BundleError::NotABundle);
        }
        let field = |at: usize, width: usize| -> Option<u64> {
            let slice = bytes.get(at..at + width)?;
            let mut buffer = [0u8; 8];
            buffer[..width].copy_from_slice(slice);
            Some(u64::from_le_bytes(buffer))
        };
        let header_short = || BundleError::Truncated {
            expected: HEADER_BYTES as u64,
            found: bytes.len().min(file_length as usize) as u64,
        };
        let version = field(MAGIC.len(), 4).ok_or_else(header_short)? as u32;
        if version != FORMAT_VERSION {
            return Err(BundleError::Incompatible {
                found: version,
                supported: FORMAT_VERSION,
            });
        }
        let count = field(MAGIC.len() + 4, 4).ok_or_else(header_short)?;
        if count != SECTIONS as u64 {
            return Err(BundleError::Corrupt(format!(
                "its header lists {count} sections, not {SECTIONS}"
            )));
        }
        let mut reader = BundleReader {
            lengths: [0; SECTIONS],
            checksums: [0; SECTIONS],
        };
        for section in 0..SECTIONS {
            let at = MAGIC.len() + 8 + section * 16;
            reader.lengths[section] = field(at, 8).ok_or_else(header_short)?;
            reader.checksums[section] = field(at + 8, 8).ok_or_else(header_short)?;
        }
        let expected = reader.file_length();
        if file_length != u64::MAX && file_length < expected {
            return Err(BundleError::Truncated {
                expected,
                found: file_length,
            });
        }
        if file_length != u64::MAX && file_length > expected {
            return Err(BundleError::Corrupt(format!(
                "{} bytes more than the header says",
                file_length - expected
            )));
        }
        Ok(reader)
    }

    /// The file's length: header and sections.
    pub fn file_length(&self) -> u64 {
        self.lengths
            .iter()
            .fold(HEADER_BYTES as u64, |total, &length| {
                total.saturating_add(length)
            })
    }

    /// Where section `index` (0 corpus, 1 analysis, 2 index, 3 facets) lies in the file.
    pub fn section(&self, index: usize) -> Range<usize> {
        let start = HEADER_BYTES as u64 + self.lengths[..index].iter().sum::<u64>();
        start as usize..(start + self.lengths[index]) as usize
    }

    /// Checks and reads section `index` (0 corpus, 1 analysis, 2 index, 3 facets) from the file in
    /// `source`, a piece at a time: once to check its checksum, once to decode it.
    pub fn read<T: DeserializeOwned>(
        &self,
        index: usize,
        source: &mut impl SectionSource,
    ) -> Result<T, BundleError> {
        self.read_in_pieces(index, source, PIECE_BYTES)
    }

    fn read_in_pieces<T: DeserializeOwned>(
        &self,
        index: usize,
        source: &mut impl SectionSource,
        piece: usize,
    ) -> Result<T, BundleError> {
        let range = self.section(index);
        let mut buffer = vec![0; piece.min(range.len())];
        let mut sum = Checksum::new(range.len() as u64);
        let mut at = range.start;
        while at < range.end {
            let length = buffer.len().min(range.end - at);
            source.copy(at, &mut buffer[..length]);
            sum.add(&buffer[..length]);
            at += length;
        }
        if sum.finish() != self.checksums[index] {
            return Err(BundleError::Corrupt(
                "its checksum does not match".to_owned(),
            ));
        }
        let pieces = Pieces {
            source,
            next: range.start,
            end: range.end,
            buffer,
            window: 0..0,
            piece,
        };
        let mut deserializer = postcard::Deserializer::from_flavor(pieces);
        T::deserialize(&mut deserializer).map_err(|error| BundleError::Corrupt(error.to_string()))
    }
}

/// How many of a section's bytes are copied into the app's memory at a time.
const PIECE_BYTES: usize = 64 * 1024;

/// Where a bundle file's bytes are kept: a slice here, the browser's own buffer in the app.
pub trait SectionSource {
    /// Copies the file's bytes from offset `at` into all of `into` (never past the file's end: the reader
    /// asks only for its sections, which the header has checked lie within the file).
    fn copy(&mut self, at: usize, into: &mut [u8]);
}

impl SectionSource for &[u8] {
    fn copy(&mut self, at: usize, into: &mut [u8]) {
        into.copy_from_slice(&self[at..at + into.len()]);
    }
}

/// A section read through a window of a piece's length: `postcard` takes bytes from the window, which is
/// refilled from the source when it runs short (and widened for a string longer than a piece).
struct Pieces<'s, S: SectionSource> {
    source: &'s mut S,
    /// The file offset of the first byte not yet copied in.
    next: usize,
    /// The section's end in the file.
    end: usize,
    buffer: Vec<u8>,
    /// The bytes of `buffer` copied in and not yet taken.
    window: Range<usize>,
    piece: usize,
}

impl<S: SectionSource> Pieces<'_, S> {
    #[cold]
    fn pop_after_refill(&mut self) -> postcard::Result<u8> {
        self.fill(1)?;
        let byte = self.buffer[self.window.start];
        self.window.start += 1;
        Ok(byte)
    }

    /// Makes at least `wanted` bytes available in the window, or says the section ends first.
    fn fill(&mut self, wanted: usize) -> postcard::Result<()> {
        if self.window.len() >= wanted {
            return Ok(());
        }
        if self.window.len() + (self.end - self.next) < wanted {
            return Err(postcard::Error::DeserializeUnexpectedEnd);
        }
        self.buffer.copy_within(self.window.clone(), 0);
        let kept = self.window.len();
        let length = (kept + self.end - self.next)
            .min(wanted.max(self.piece))
            .max(wanted);
        if self.buffer.len() < length {
            self.buffer.resize(length, 0);
        }
        let copied = length - kept;
        self.source.copy(self.next, &mut self.buffer[kept..length]);
        self.next += copied;
        self.window = 0..length;
        Ok(())
    }
}

impl<'s, S: SectionSource> Flavor<'s> for Pieces<'s, S> {
    type Remainder = ();
    type Source = ();

    #[inline]
    fn pop(&mut self) -> postcard::Result<u8> {
        // Most of a section is read a byte at a time (every number is a varint): the byte is in the
        // window unless the piece has run out.
        if self.window.start < self.window.end {
            if let Some(&byte) = self.buffer.get(self.window.start) {
                self.window.start += 1;
                return Ok(byte);
            }
        }
        self.pop_after_refill()
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.window.len() + (self.end - self.next))
    }

    /// Bytes borrowed for as long as the reading lasts: never asked for by the bundle's types, which own
    /// all their text, so a piece that was refilled cannot be left borrowed.
    fn try_take_n(&mut self, _: usize) -> postcard::Result<&'s [u8]> {
        Err(postcard::Error::DeserializeBadEncoding)
    }

    fn try_take_n_temp<'a>(&'a mut self, count: usize) -> postcard::Result<&'a [u8]>
    where
        's: 'a,
    {
        self.fill(count)?;
        let start = self.window.start;
        self.window.start += count;
        Ok(&self.buffer[start..start + count])
    }

    fn finalize(self) -> postcard::Result<()> {
        Ok(())
    }
}

/// A 64-bit hash of the body: enough to tell a damaged file from the one written (not a signature).
///
/// Eight bytes at a time in 64-bit arithmetic, so the browser (32-bit wasm) and the command line compute
/// the same value; a `Hasher` would not promise that (`FxHasher` mixes in `usize` steps).
fn checksum(body: &[u8]) -> u64 {
    let mut sum = Checksum::new(body.len() as u64);
    sum.add(body);
    sum.finish()
}

/// [`checksum`] over bytes that arrive in pieces of any length.
struct Checksum {
    hash: u64,
    /// The bytes of an unfinished eight-byte word.
    tail: [u8; 8],
    tail_length: usize,
}

impl Checksum {
    const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

    fn new(length: u64) -> Checksum {
        Checksum {
            hash: Checksum::mix(0, length),
            tail: [0; 8],
            tail_length: 0,
        }
    }

    fn mix(hash: u64, word: u64) -> u64 {
        (hash.rotate_left(5) ^ word).wrapping_mul(Checksum::SEED)
    }

    fn add(&mut self, mut bytes: &[u8]) {
        if self.tail_length > 0 {
            let take = (8 - self.tail_length).min(bytes.len());
            self.tail[self.tail_length..self.tail_length + take].copy_from_slice(&bytes[..take]);
            self.tail_length += take;
            bytes = &bytes[take..];
            if self.tail_length < 8 {
                return;
            }
            self.hash = Checksum::mix(self.hash, u64::from_le_bytes(self.tail));
            self.tail_length = 0;
        }
        let mut words = bytes.chunks_exact(8);
        for word in &mut words {
            let mut buffer = [0u8; 8];
            buffer.copy_from_slice(word);
            self.hash = Checksum::mix(self.hash, u64::from_le_bytes(buffer));
        }
        let rest = words.remainder();
        self.tail[..rest.len()].copy_from_slice(rest);
        self.tail_length = rest.len();
    }

    fn finish(self) -> u64 {
        let mut last = [0u8; 8];
        last[..self.tail_length].copy_from_slice(&self.tail[..self.tail_length]);
        Checksum::mix(self.hash, u64::from_le_bytes(last))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bundled::bundled_corpus;

    fn bundled_bytes() -> Vec<u8> {
        Bundle::build(bundled_corpus().0).to_bytes()
    }

    #[test]
    fn a_bundle_reads_back_as_written() {
        let bytes = bundled_bytes();
        let bundle = Bundle::from_bytes(&bytes).expect("a bundle");
        let (corpus, _) = bundled_corpus();
        assert_eq!(bundle.corpus, corpus);
        assert_eq!(bundle.analysis, crate::analysis::analyze(&corpus));
        // The same bytes again: a bundle is reproducible.
        assert!(
            bundle.to_bytes() == bytes,
            "written again, the bundle differs"
        );
    }

    #[test]
    fn the_checksum_is_the_same_on_every_platform() {
        // Written by one build, read by another (the command line is 64-bit, the browser 32-bit): the value
        // for given bytes is fixed.
        assert_eq!(checksum(b""), 0);
        assert_eq!(checksum(b"QUOTELINE"), 0xd0f3_42ee_1016_860b);
    }

    #[test]
    fn sections_read_one_at_a_time_from_the_header_alone() {
        let bytes = bundled_bytes();
        let reader = BundleReader::new(&bytes[..HEADER_BYTES], bytes.len() as u64).unwrap();
        assert_eq!(reader.section(0).start, HEADER_BYTES);
        assert_eq!(reader.section(SECTIONS - 1).end, bytes.len());
        let corpus: Corpus = reader.read(0, &mut bytes.as_slice()).unwrap();
        assert_eq!(corpus, bundled_corpus().0);
        // Another file's section in this one's place.
        let mut swapped = bytes.clone();
        let (index, facets) = (reader.section(2), reader.section(3));
        let mut other = bytes[index.clone()].to_vec();
        other.resize(facets.len(), 0);
        swapped[facets].copy_from_slice(&other);
        let facets: Result<FacetTable, _> = reader.read(3, &mut swapped.as_slice());
        assert_eq!(
            facets.err().map(|error| error.to_string()).as_deref(),
            Some("the file is damaged (its checksum does not match)")
        );
    }

    #[test]
    fn a_section_reads_the_same_in_pieces_of_any_length() {
        let bytes = bundled_bytes();
        let reader = BundleReader::new(&bytes, bytes.len() as u64).unwrap();
        let whole: Analysis = reader.read(1, &mut bytes.as_slice()).unwrap();
        // Pieces shorter than most strings, of odd lengths (the checksum's words straddle them), and one
        // longer than the section.
        for piece in [1, 3, 7, 8, 13, 1000, 1 << 30] {
            let mut source = bytes.as_slice();
            let read: Analysis = reader.read_in_pieces(1, &mut source, piece).unwrap();
            assert!(read == whole, "pieces of {piece} bytes read differently");
            let corpus: Corpus = reader.read_in_pieces(0, &mut source, piece).unwrap();
            assert_eq!(corpus, bundled_corpus().0);
        }
    }

    #[test]
    fn the_checksum_is_the_same_however_the_bytes_arrive() {
        let body: Vec<u8> = (0..=255u8).cycle().take(1000).collect();
        for piece in [1, 5, 8, 9, 64, 999] {
            let mut sum = Checksum::new(body.len() as u64);
            for chunk in body.chunks(piece) {
                sum.add(chunk);
            }
            assert_eq!(sum.finish(), checksum(&body), "pieces of {piece}");
        }
    }

    #[test]
    fn a_header_gives_the_file_length() {
        let bytes = bundled_bytes();
        assert_eq!(
            Bundle::file_length(&bytes[..HEADER_BYTES]),
            Some(bytes.len() as u64)
        );
        assert_eq!(Bundle::file_length(&bytes[..MAGIC.len() + 11]), None);
        assert_eq!(
            Bundle::file_length(b"<!doctype html><title>Not found</title>"),
            None
        );
    }

    #[test]
    fn every_kind_of_bad_file_gets_its_own_message() {
        let bytes = bundled_bytes();
        let read = |bytes: &[u8]| {
            Bundle::from_bytes(bytes)
                .err()
                .map(|error| error.to_string())
        };
        assert_eq!(read(&[]).as_deref(), Some("the file is empty"));
        assert_eq!(
            read(b"<!doctype html><title>404</title>").as_deref(),
            Some("this is not a Quoteline corpus bundle")
        );
        let mut other_version = bytes.clone();
        other_version[MAGIC.len()] = 9;
        assert!(read(&other_version)
            .unwrap()
            .starts_with("this bundle is in format 9"));
        let cut = &bytes[..bytes.len() / 2];
        assert!(read(cut).unwrap().starts_with("the file is cut short"));
        assert!(read(&bytes[..MAGIC.len() + 2])
            .unwrap()
            .starts_with("the file is cut short"));
        let mut flipped = bytes.clone();
        let middle = HEADER_BYTES + (bytes.len() - HEADER_BYTES) / 2;
        flipped[middle] ^= 0x55;
        assert_eq!(
            read(&flipped).as_deref(),
            Some("the file is damaged (its checksum does not match)")
        );
        let mut longer = bytes.clone();
        longer.push(0);
        assert!(read(&longer).unwrap().starts_with("the file is damaged"));
    }
}
