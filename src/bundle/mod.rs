//! Corpus bundles: a corpus with its analysis, search index and facets, prebuilt into one file the app
//! can load instead of analysing documents itself (what a 10,000-document corpus needs to open quickly).
//!
//! The file is a fixed header — the magic bytes `QUOTELINE-BUNDLE`, a format version, and the length and
//! checksum of each of its four sections — then the sections in `postcard`: corpus, analysis, index,
//! facets. Sections are read one at a time ([`BundleReader`]), so the browser need only hold one section's
//! bytes beside what it has read. Reading checks each part in turn, so a missing, foreign, truncated,
//! corrupt or incompatible file gets a message saying which, never a panic.

use std::fmt;
use std::ops::Range;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::analysis::Analysis;
use crate::corpus::Corpus;
use crate::search::{FacetTable, SearchIndex};

/// The first bytes of every bundle.
pub const MAGIC: &[u8; 16] = b"QUOTELINE-BUNDLE";
/// The version of the file's layout: a reader accepts only its own. Raised with every change to what the
/// sections hold (3: the facet table keeps its date span).
pub const FORMAT_VERSION: u32 = 3;
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
        let section = |index: usize| &bytes[reader.section(index)];
        Ok(Bundle {
            corpus: reader.read(0, section(0))?,
            analysis: reader.read(1, section(1))?,
            index: reader.read(2, section(2))?,
            facets: reader.read(3, section(3))?,
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

    /// Checks and reads section `index` from its bytes.
    pub fn read<T: DeserializeOwned>(&self, index: usize, bytes: &[u8]) -> Result<T, BundleError> {
        if checksum(bytes) != self.checksums[index] {
            return Err(BundleError::Corrupt(
                "its checksum does not match".to_owned(),
            ));
        }
        postcard::from_bytes(bytes).map_err(|error| BundleError::Corrupt(error.to_string()))
    }
}

/// A 64-bit hash of the body: enough to tell a damaged file from the one written (not a signature).
///
/// Eight bytes at a time in 64-bit arithmetic, so the browser (32-bit wasm) and the command line compute
/// the same value; a `Hasher` would not promise that (`FxHasher` mixes in `usize` steps).
fn checksum(body: &[u8]) -> u64 {
    const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;
    let mix = |hash: u64, word: u64| (hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    let mut words = body.chunks_exact(8);
    let mut hash = mix(0, body.len() as u64);
    for word in &mut words {
        let mut buffer = [0u8; 8];
        buffer.copy_from_slice(word);
        hash = mix(hash, u64::from_le_bytes(buffer));
    }
    let mut tail = [0u8; 8];
    tail[..words.remainder().len()].copy_from_slice(words.remainder());
    mix(hash, u64::from_le_bytes(tail))
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
        let corpus: Corpus = reader.read(0, &bytes[reader.section(0)]).unwrap();
        assert_eq!(corpus, bundled_corpus().0);
        let facets: Result<FacetTable, _> = reader.read(3, &bytes[reader.section(2)]);
        assert_eq!(
            facets.err().map(|error| error.to_string()).as_deref(),
            Some("the file is damaged (its checksum does not match)")
        );
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
