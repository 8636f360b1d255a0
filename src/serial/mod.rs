//! Serde helpers for the bundle's large lists: read into a list of exactly the length the bytes give;
//! and short words read as owned text.
//!
//! Serde's own `Vec` reading reserves at most a mebibyte up front and then doubles, so a list of 150,000
//! figures passes through buffers of every power of two on its way and ends up to twice its size: in the
//! browser's memory, which never shrinks, those buffers stay as the page's high-water mark. The length
//! is read first here and the list reserved once; a length that cannot be reserved (a damaged or hostile
//! file) falls back to growing as serde does, never to an abort.

use std::fmt;
use std::marker::PhantomData;

use compact_str::CompactString;
use serde::de::{Deserialize, Deserializer, Error, SeqAccess, Visitor};

/// `#[serde(deserialize_with = "crate::serial::exact_vec")]`.
pub fn exact_vec<'de, D, T>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    deserializer.deserialize_seq(ExactVec(PhantomData))
}

struct ExactVec<T>(PhantomData<T>);

impl<'de, T: Deserialize<'de>> Visitor<'de> for ExactVec<T> {
    type Value = Vec<T>;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a list")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
        let mut list = Vec::new();
        if let Some(length) = seq.size_hint() {
            // A length no memory can hold is not trusted: the list then grows as it is read.
            let _ = list.try_reserve_exact(length);
        }
        while let Some(item) = seq.next_element()? {
            list.push(item);
        }
        Ok(list)
    }
}

/// `#[serde(deserialize_with = "crate::serial::exact_bytes")]` for a `Vec<u8>` written as a list: read in
/// one copy rather than a byte at a time. `postcard` writes a list of bytes and a byte string alike (a
/// length, then the bytes), so this reads the same files; a format that does not falls back to the list.
pub fn exact_bytes<'de, D>(deserializer: D) -> Result<Vec<u8>, D::Error>
where
    D: Deserializer<'de>,
{
    deserializer.deserialize_byte_buf(ExactBytes)
}

struct ExactBytes;

impl<'de> Visitor<'de> for ExactBytes {
    type Value = Vec<u8>;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("bytes")
    }

    fn visit_bytes<E: Error>(self, bytes: &[u8]) -> Result<Vec<u8>, E> {
        Ok(bytes.to_vec())
    }

    fn visit_byte_buf<E: Error>(self, bytes: Vec<u8>) -> Result<Vec<u8>, E> {
        Ok(bytes)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Vec<u8>, A::Error> {
        ExactVec(PhantomData).visit_seq(seq)
    }
}

/// `#[serde(deserialize_with = "crate::serial::compact_text")]` for an `Option<CompactString>`.
///
/// `CompactString` asks for text it may borrow from the input, which a bundle read a piece at a time
/// cannot lend (the piece is refilled); this asks for text to copy, which it can.
pub fn compact_text<'de, D>(deserializer: D) -> Result<Option<CompactString>, D::Error>
where
    D: Deserializer<'de>,
{
    Option::<CompactText>::deserialize(deserializer).map(|text| text.map(|text| text.0))
}

struct CompactText(CompactString);

impl<'de> Deserialize<'de> for CompactText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<CompactText, D::Error> {
        deserializer.deserialize_string(CompactTextVisitor)
    }
}

struct CompactTextVisitor;

impl Visitor<'_> for CompactTextVisitor {
    type Value = CompactText;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("text")
    }

    fn visit_str<E: Error>(self, text: &str) -> Result<CompactText, E> {
        Ok(CompactText(CompactString::new(text)))
    }
}

#[cfg(test)]
mod tests {
    use serde::{Deserialize, Serialize};

    #[derive(Serialize, Deserialize, PartialEq, Debug)]
    struct Figures {
        #[serde(deserialize_with = "super::exact_vec")]
        values: Vec<u64>,
    }

    #[test]
    fn a_list_is_read_at_its_exact_length() {
        let figures = Figures {
            values: (0..300_000).collect(),
        };
        let bytes = postcard::to_allocvec(&figures).unwrap();
        let read: Figures = postcard::from_bytes(&bytes).unwrap();
        assert_eq!(read, figures);
        assert_eq!(read.values.capacity(), read.values.len());
    }

    #[derive(Serialize, Deserialize, PartialEq, Debug)]
    struct Packed {
        #[serde(deserialize_with = "super::exact_bytes")]
        bytes: Vec<u8>,
    }

    #[test]
    fn bytes_written_as_a_list_read_in_one_copy() {
        let packed = Packed {
            bytes: (0..=255).cycle().take(1000).collect(),
        };
        let bytes = postcard::to_allocvec(&packed).unwrap();
        let read: Packed = postcard::from_bytes(&bytes).unwrap();
        assert_eq!(read, packed);
        assert_eq!(read.bytes.capacity(), read.bytes.len());
        // The same bytes through a format that writes a list as a list.
        let json = serde_json::to_string(&packed).unwrap();
        assert_eq!(serde_json::from_str::<Packed>(&json).unwrap(), packed);
        // Cut short: an error.
        assert!(postcard::from_bytes::<Packed>(&bytes[..500]).is_err());
    }

    #[test]
    fn a_length_no_memory_holds_is_an_error_not_an_abort() {
        // A list said to hold 2^63 entries, followed by three.
        let mut bytes = Vec::new();
        let mut length = 1u64 << 63;
        while length >= 0x80 {
            bytes.push((length as u8) | 0x80);
            length >>= 7;
        }
        bytes.push(length as u8);
        bytes.extend_from_slice(&[1, 2, 3]);
        assert!(postcard::from_bytes::<Figures>(&bytes).is_err());
    }
}
