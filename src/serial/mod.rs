//! Serde helpers for the bundle's large lists: read into a list of exactly the length the bytes give.
//!
//! Serde's own `Vec` reading reserves at most a mebibyte up front and then doubles, so a list of 150,000
//! figures passes through buffers of every power of two on its way and ends up to twice its size: in the
//! browser's memory, which never shrinks, those buffers stay as the page's high-water mark. The length
//! is read first here and the list reserved once; a length that cannot be reserved (a damaged or hostile
//! file) falls back to growing as serde does, never to an abort.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{Deserialize, Deserializer, SeqAccess, Visitor};

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
