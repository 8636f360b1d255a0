//! Posting lists: for one word, every entry and field it occurs in and at which word positions, packed as
//! variable-length integers (most gaps fit in a byte), so a 10,000-document index stays a fraction of its
//! text's size.

use serde::{Deserialize, Serialize};

/// Where a word occurs in one field of one entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Posting {
    pub entry: u32,
    pub field: u8,
    /// Word positions within the field, ascending.
    pub positions: Vec<u32>,
}

/// A word's postings, in entry then field order.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PostingList {
    #[serde(deserialize_with = "crate::serial::exact_bytes")]
    bytes: Vec<u8>,
    /// Distinct entries the word occurs in: the document frequency BM25 weighs by.
    entries: u32,
    last_entry: Option<u32>,
    last_field: u8,
}

impl PostingList {
    /// Adds the next posting: entries must come in ascending order, and fields of one entry too.
    pub fn push(&mut self, entry: u32, field: u8, positions: &[u32]) {
        let gap = match self.last_entry {
            Some(last) => {
                debug_assert!(entry > last || (entry == last && field > self.last_field));
                entry - last
            }
            None => entry,
        };
        if gap > 0 || self.last_entry.is_none() {
            self.entries += 1;
        }
        write_varint(&mut self.bytes, gap);
        self.bytes.push(field);
        write_varint(&mut self.bytes, positions.len() as u32);
        let mut previous = 0;
        for &position in positions {
            write_varint(&mut self.bytes, position - previous);
            previous = position;
        }
        self.last_entry = Some(entry);
        self.last_field = field;
    }

    /// How many entries the word occurs in.
    pub fn entry_count(&self) -> u32 {
        self.entries
    }

    /// The packed size, for memory accounting.
    pub fn byte_len(&self) -> usize {
        self.bytes.len()
    }

    /// Each posting's entry, field and number of occurrences, without reading out the positions
    /// (what ranking a word needs; only phrases need where).
    pub fn counts(&self) -> Counts<'_> {
        Counts {
            bytes: &self.bytes,
            at: 0,
            entry: 0,
        }
    }

    pub fn iter(&self) -> Postings<'_> {
        Postings {
            bytes: &self.bytes,
            at: 0,
            entry: 0,
        }
    }

    /// Frees what building left over.
    pub fn shrink_to_fit(&mut self) {
        self.bytes.shrink_to_fit();
    }
}

/// The postings of a list, decoded one at a time.
pub struct Postings<'a> {
    bytes: &'a [u8],
    at: usize,
    entry: u32,
}

impl Iterator for Postings<'_> {
    type Item = Posting;

    fn next(&mut self) -> Option<Posting> {
        if self.at >= self.bytes.len() {
            return None;
        }
        self.entry += read_varint(self.bytes, &mut self.at);
        let field = *self.bytes.get(self.at)?;
        self.at += 1;
        let count = read_varint(self.bytes, &mut self.at) as usize;
        let mut positions = Vec::with_capacity(count.min(self.bytes.len()));
        let mut position = 0;
        for _ in 0..count {
            position += read_varint(self.bytes, &mut self.at);
            positions.push(position);
        }
        Some(Posting {
            entry: self.entry,
            field,
            positions,
        })
    }
}

/// Entry, field and occurrence count of each posting of a list.
pub struct Counts<'a> {
    bytes: &'a [u8],
    at: usize,
    entry: u32,
}

impl Iterator for Counts<'_> {
    type Item = (u32, u8, u32);

    fn next(&mut self) -> Option<(u32, u8, u32)> {
        if self.at >= self.bytes.len() {
            return None;
        }
        self.entry += read_varint(self.bytes, &mut self.at);
        let field = *self.bytes.get(self.at)?;
        self.at += 1;
        let count = read_varint(self.bytes, &mut self.at);
        for _ in 0..count {
            // Skipped: a position's last byte is the one without the high bit.
            while self.bytes.get(self.at).is_some_and(|byte| byte & 0x80 != 0) {
                self.at += 1;
            }
            self.at += 1;
        }
        Some((self.entry, field, count))
    }
}

fn write_varint(bytes: &mut Vec<u8>, mut value: u32) {
    while value >= 0x80 {
        bytes.push((value as u8) | 0x80);
        value >>= 7;
    }
    bytes.push(value as u8);
}

/// Reads a value written by `write_varint`; a list cut short reads as zeros rather than panicking.
fn read_varint(bytes: &[u8], at: &mut usize) -> u32 {
    let mut value = 0u32;
    let mut shift = 0;
    while let Some(&byte) = bytes.get(*at) {
        *at += 1;
        if shift < 32 {
            value |= u32::from(byte & 0x7f) << shift;
        }
        if byte & 0x80 == 0 {
            break;
        }
        shift += 7;
    }
    value
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postings_read_back_as_written() {
        let mut list = PostingList::default();
        list.push(0, 1, &[0, 3, 200]);
        list.push(0, 2, &[7]);
        list.push(70_000, 0, &[1, 100_000]);
        let read: Vec<Posting> = list.iter().collect();
        let counts: Vec<(u32, u8, u32)> = list.counts().collect();
        assert_eq!(counts, [(0, 1, 3), (0, 2, 1), (70_000, 0, 2)]);
        assert_eq!(
            read,
            [
                Posting {
                    entry: 0,
                    field: 1,
                    positions: vec![0, 3, 200]
                },
                Posting {
                    entry: 0,
                    field: 2,
                    positions: vec![7]
                },
                Posting {
                    entry: 70_000,
                    field: 0,
                    positions: vec![1, 100_000]
                },
            ]
        );
        assert_eq!(list.entry_count(), 2);
    }
}
