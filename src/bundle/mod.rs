//! Corpus bundles: a corpus with its analysis, search index and facets, prebuilt into one file the app
//! can load instead of analysing documents itself (what a 10,000-document corpus needs to open quickly).
//!
//! The file is a fixed header — the magic bytes `QUOTELINE-BUNDLE`, a format version, the body's length
//! and a checksum — then the body in `postcard`. Reading checks each in turn, so a missing, foreign,
//! truncated, corrupt or incompatible file gets a message saying which, never a panic.

use std::fmt;
use std::hash::Hasher;

use rustc_hash::FxHasher;
use serde::{Deserialize, Serialize};

use crate::analysis::Analysis;
use crate::corpus::Corpus;
use crate::search::{FacetTable, SearchIndex};

/// The first bytes of every bundle.
pub const MAGIC: &[u8; 16] = b"QUOTELINE-BUNDLE";
/// The version of the body's layout: a reader accepts only its own.
pub const FORMAT_VERSION: u32 = 1;
/// Magic, version (u32), body length (u64), checksum (u64), all little-endian.
pub const HEADER_BYTES: usize = MAGIC.len() + 4 + 8 + 8;

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
        let body = postcard::to_allocvec(self).unwrap_or_default();
        let mut bytes = Vec::with_capacity(HEADER_BYTES + body.len());
        bytes.extend_from_slice(MAGIC);
        bytes.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        bytes.extend_from_slice(&(body.len() as u64).to_le_bytes());
        bytes.extend_from_slice(&checksum(&body).to_le_bytes());
        bytes.extend_from_slice(&body);
        bytes
    }

    /// Reads a bundle's bytes, checking header, length and checksum before the body.
    pub fn from_bytes(bytes: &[u8]) -> Result<Bundle, BundleError> {
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
            found: bytes.len() as u64,
        };
        let version = field(MAGIC.len(), 4).ok_or_else(header_short)? as u32;
        if version != FORMAT_VERSION {
            return Err(BundleError::Incompatible {
                found: version,
                supported: FORMAT_VERSION,
            });
        }
        let length = field(MAGIC.len() + 4, 8).ok_or_else(header_short)?;
        let sum = field(MAGIC.len() + 12, 8).ok_or_else(header_short)?;
        let body = &bytes[HEADER_BYTES.min(bytes.len())..];
        let expected = HEADER_BYTES as u64 + length;
        if (bytes.len() as u64) < expected {
            return Err(BundleError::Truncated {
                expected,
                found: bytes.len() as u64,
            });
        }
        if (bytes.len() as u64) > expected {
            return Err(BundleError::Corrupt(format!(
                "{} bytes more than the header says",
                bytes.len() as u64 - expected
            )));
        }
        if checksum(body) != sum {
            return Err(BundleError::Corrupt(
                "its checksum does not match".to_owned(),
            ));
        }
        postcard::from_bytes(body).map_err(|error| BundleError::Corrupt(error.to_string()))
    }
}

/// A 64-bit hash of the body: enough to tell a damaged file from the one written (not a signature).
fn checksum(body: &[u8]) -> u64 {
    let mut hasher = FxHasher::default();
    hasher.write(body);
    hasher.write_usize(body.len());
    hasher.finish()
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
