//! The latest day over any run of items, in logarithmic time: a cluster's last day without walking it.
//!
//! Items are sorted by their first day, so a run's first day is its first item's; but uncertain dates make
//! last days unsorted, and a zoomed-out frame asks for hundreds of runs of thousands of items.

/// A segment tree of last days: leaf `i` is item `i`, each parent the later of its two children.
#[derive(Clone, Debug, Default)]
pub(super) struct LatestDays {
    len: usize,
    tree: Vec<u32>,
}

impl LatestDays {
    pub fn new(last_days: impl ExactSizeIterator<Item = u32>) -> LatestDays {
        let len = last_days.len();
        let mut tree = vec![0; 2 * len];
        for (leaf, day) in tree[len..].iter_mut().zip(last_days) {
            *leaf = day;
        }
        for parent in (1..len).rev() {
            tree[parent] = tree[2 * parent].max(tree[2 * parent + 1]);
        }
        LatestDays { len, tree }
    }

    /// The latest last day of items `start..end` (0 for an empty run).
    pub fn over(&self, start: usize, end: usize) -> u32 {
        let (mut low, mut high) = (start.min(self.len) + self.len, end.min(self.len) + self.len);
        let mut latest = 0;
        while low < high {
            if low % 2 == 1 {
                latest = latest.max(self.tree[low]);
                low += 1;
            }
            if high % 2 == 1 {
                high -= 1;
                latest = latest.max(self.tree[high]);
            }
            low /= 2;
            high /= 2;
        }
        latest
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_run_gives_the_latest_of_its_days() {
        let days = [5, 1, 9, 3, 3, 12, 0, 7, 8, 2, 11];
        let latest = LatestDays::new(days.iter().copied());
        for start in 0..=days.len() {
            for end in start..=days.len() {
                let expected = days[start..end].iter().copied().max().unwrap_or(0);
                assert_eq!(latest.over(start, end), expected, "{start}..{end}");
            }
        }
    }
}
