//! The generator's source of chance: SplitMix64, written out here so that a seed names the same corpus on
//! every platform and in every future version.
//!
//! The `rand` crate is avoided on purpose: its generators and sampling methods may change between releases,
//! and a generated corpus is only useful as a benchmark if its seed reproduces it byte for byte.

/// SplitMix64 (Steele, Lea and Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014), with
/// the constants of Vigna's reference `splitmix64.c`. Not cryptographic; fast and well mixed, which is all
/// a text generator needs. Every draw advances the state by exactly one step, so streams are easy to reason
/// about.
#[derive(Clone, Debug)]
pub struct Random {
    state: u64,
}

impl Random {
    pub fn new(seed: u64) -> Random {
        Random { state: seed }
    }

    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut mixed = self.state;
        mixed = (mixed ^ (mixed >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        mixed = (mixed ^ (mixed >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        mixed ^ (mixed >> 31)
    }

    /// A generator of its own for a sub-task, so that what one story or document draws never shifts what
    /// the next one gets.
    pub fn fork(&mut self) -> Random {
        Random::new(self.next_u64())
    }

    /// A number in `0..bound` (`bound` > 0), by Lemire's multiply-and-shift. Its bias, below
    /// `bound / 2^64`, is far too small to matter here, and it needs no rejection loop.
    pub fn below(&mut self, bound: usize) -> usize {
        debug_assert!(bound > 0, "an empty range has no member to draw");
        ((u128::from(self.next_u64()) * bound as u128) >> 64) as usize
    }

    /// A number in `low..=high`.
    pub fn between(&mut self, low: u64, high: u64) -> u64 {
        let span = u128::from(high - low) + 1;
        low + ((u128::from(self.next_u64()) * span) >> 64) as u64
    }

    /// True `chance` times in a hundred.
    pub fn percent(&mut self, chance: u32) -> bool {
        self.below(100) < chance as usize
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// One of `choices`, each as likely as its weight.
    pub fn weighted<T: Copy>(&mut self, choices: &[(u32, T)]) -> T {
        let total: u32 = choices.iter().map(|(weight, _)| weight).sum();
        let mut ticket = self.below(total as usize) as u32;
        for &(weight, choice) in choices {
            if ticket < weight {
                return choice;
            }
            ticket -= weight;
        }
        choices[choices.len() - 1].1
    }

    /// Fisher–Yates, from the back.
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for index in (1..items.len()).rev() {
            let other = self.below(index + 1);
            items.swap(index, other);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splitmix64_matches_the_reference_sequence() {
        // The first outputs of Vigna's splitmix64.c seeded with 0: if these change, every corpus changes.
        let mut random = Random::new(0);
        let drawn: Vec<u64> = (0..3).map(|_| random.next_u64()).collect();
        assert_eq!(
            drawn,
            [
                0xE220_A839_7B1D_CDAF,
                0x6E78_9E6A_A1B9_65F4,
                0x06C4_5D18_8009_454F
            ]
        );
    }

    #[test]
    fn draws_stay_in_their_ranges() {
        let mut random = Random::new(7);
        for bound in [1, 2, 3, 10, 1000] {
            assert!((0..500).all(|_| random.below(bound) < bound));
        }
        assert!((0..500).all(|_| (5..=9).contains(&random.between(5, 9))));
        assert_eq!(random.weighted(&[(0, 'a'), (3, 'b'), (0, 'c')]), 'b');
    }

    #[test]
    fn a_shuffle_keeps_every_item() {
        let mut items: Vec<u32> = (0..50).collect();
        Random::new(3).shuffle(&mut items);
        let mut sorted = items.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, (0..50).collect::<Vec<u32>>());
        assert_ne!(items, sorted);
    }
}
