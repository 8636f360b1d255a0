//! Moving through the timeline from the keyboard, and the same items as a list for screen readers.
//!
//! Both hand out item indices, as the layout does, so the renderer can put focus on a mark, bring it
//! into view ([`Viewport::revealing`](super::Viewport::revealing)) and open it in the reader alike.

use std::ops::Range;

use super::day::date_of;
use super::Timeline;
use crate::corpus::PublishedDate;

/// A key press on the timeline.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Move {
    /// The next item in time, in any lane.
    Next,
    /// The previous item in time, in any lane.
    Previous,
    /// The next item in time in the same lane.
    NextInLane,
    /// The previous item in time in the same lane.
    PreviousInLane,
    /// The item nearest in time in the lane above.
    LaneUp,
    /// The item nearest in time in the lane below.
    LaneDown,
    /// The first item in time.
    First,
    /// The last item in time.
    Last,
}

/// The items of one month, for the list that stands in for the timeline: months in order, each with
/// its items in date order. Items are listed under the month of their first possible day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Month {
    pub year: i32,
    pub month: u8,
    /// "Dec 2023".
    pub label: String,
    /// A run of [`Timeline::in_time_order`].
    pub items: Range<u32>,
}

impl Month {
    pub fn count(&self) -> u32 {
        self.items.end - self.items.start
    }
}

impl Timeline {
    /// Where `movement` goes from item `from`: `None` when there is nothing that way (or no item at
    /// all). With nothing selected (`from` is `None` or not an item), `Last` and `Previous` start at the
    /// last item and every other move at the first.
    pub fn step(&self, from: Option<u32>, movement: Move) -> Option<u32> {
        let last_place = self.in_time_order.len().checked_sub(1)?;
        let at_place = |place: usize| self.in_time_order.get(place).copied();
        let Some(from) = from.filter(|&from| (from as usize) < self.items.len()) else {
            return match movement {
                Move::Last | Move::Previous => at_place(last_place),
                _ => at_place(0),
            };
        };
        let item = &self.items[from as usize];
        let lane = &self.lanes[item.lane as usize];
        let place = self.place_in_time[from as usize] as usize;
        match movement {
            Move::Next => at_place(place + 1),
            Move::Previous => place.checked_sub(1).and_then(at_place),
            Move::NextInLane => Some(from + 1).filter(|&next| next < lane.items.end),
            Move::PreviousInLane => from
                .checked_sub(1)
                .filter(|&previous| previous >= lane.items.start),
            Move::LaneUp => item
                .lane
                .checked_sub(1)
                .and_then(|above| self.nearest_in_lane(above as usize, item.first_day)),
            Move::LaneDown => self.nearest_in_lane(item.lane as usize + 1, item.first_day),
            Move::First => at_place(0),
            Move::Last => at_place(last_place),
        }
    }

    /// The item of `lane` whose first day is nearest `day`, the earlier of two as near.
    fn nearest_in_lane(&self, lane: usize, day: u32) -> Option<u32> {
        let range = self.lanes.get(lane)?.items.clone();
        let lane_items = &self.items[range.start as usize..range.end as usize];
        let after = lane_items.partition_point(|item| item.first_day < day);
        let distance = |offset: usize| lane_items[offset].first_day.abs_diff(day);
        let nearest = match (after.checked_sub(1), after < lane_items.len()) {
            (Some(before), true) if distance(before) <= distance(after) => before,
            (Some(before), false) => before,
            (_, true) => after,
            (None, false) => return None,
        };
        Some(range.start + nearest as u32)
    }

    /// Every placed item by month, for the list that stands in for the timeline.
    pub fn months(&self) -> Vec<Month> {
        let mut months: Vec<Month> = Vec::new();
        for (place, &index) in self.in_time_order.iter().enumerate() {
            let date = date_of(self.items[index as usize].first_day);
            let place = place as u32;
            match months.last_mut() {
                Some(month) if month.year == date.year() && month.month == date.month() => {
                    month.items.end = place + 1;
                }
                _ => months.push(Month {
                    year: date.year(),
                    month: date.month(),
                    label: PublishedDate::Month {
                        year: date.year(),
                        month: date.month(),
                    }
                    .label(),
                    items: place..place + 1,
                }),
            }
        }
        months
    }
}

#[cfg(test)]
mod tests {
    use super::super::Timeline;
    use super::*;
    use expect_test::expect;

    const JAN_2023: u32 = 738_520;

    /// Lane 0: days 0, 5, 40; lane 1: days 3, 38; lane 2: day 70 to 99.
    fn timeline() -> Timeline {
        Timeline::of_items(
            3,
            &[
                (0, JAN_2023, JAN_2023),
                (0, JAN_2023 + 5, JAN_2023 + 5),
                (0, JAN_2023 + 40, JAN_2023 + 40),
                (1, JAN_2023 + 3, JAN_2023 + 3),
                (1, JAN_2023 + 38, JAN_2023 + 38),
                (2, JAN_2023 + 70, JAN_2023 + 99),
            ],
        )
    }

    /// A walk of key presses from nothing selected, as the items' lane and first date.
    fn walk(timeline: &Timeline, moves: &[Move]) -> String {
        let mut at = None;
        let mut steps = Vec::new();
        for &movement in moves {
            let next = timeline.step(at, movement);
            steps.push(match next {
                Some(index) => {
                    let item = timeline.items()[index as usize];
                    format!(
                        "{movement:?} → {index} (lane {}, {})",
                        item.lane,
                        date_of(item.first_day)
                    )
                }
                None => format!("{movement:?} → nothing"),
            });
            at = next.or(at);
        }
        steps.join("\n")
    }

    #[test]
    fn moves_through_time_lanes_and_ends() {
        use Move::*;
        expect![[r#"
            Next → 0 (lane 0, 2023-01-01)
            Next → 3 (lane 1, 2023-01-04)
            Next → 1 (lane 0, 2023-01-06)
            NextInLane → 2 (lane 0, 2023-02-10)
            NextInLane → nothing
            LaneDown → 4 (lane 1, 2023-02-08)
            LaneDown → 5 (lane 2, 2023-03-12)
            LaneDown → nothing
            LaneUp → 4 (lane 1, 2023-02-08)
            PreviousInLane → 3 (lane 1, 2023-01-04)
            LaneUp → 1 (lane 0, 2023-01-06)
            Previous → 3 (lane 1, 2023-01-04)
            Last → 5 (lane 2, 2023-03-12)
            Next → nothing
            First → 0 (lane 0, 2023-01-01)
            Previous → nothing"#]]
        .assert_eq(&walk(
            &timeline(),
            &[
                Next,
                Next,
                Next,
                NextInLane,
                NextInLane,
                LaneDown,
                LaneDown,
                LaneDown,
                LaneUp,
                PreviousInLane,
                LaneUp,
                Previous,
                Last,
                Next,
                First,
                Previous,
            ],
        ));
    }

    #[test]
    fn an_empty_timeline_goes_nowhere() {
        let empty = Timeline::of_items(0, &[]);
        assert_eq!(empty.step(None, Move::First), None);
        assert_eq!(empty.step(Some(3), Move::Next), None);
    }

    #[test]
    fn the_list_groups_by_month_in_date_order() {
        let timeline = timeline();
        let rendered: Vec<String> = timeline
            .months()
            .iter()
            .map(|month| {
                let items: Vec<u32> = timeline.in_time_order()
                    [month.items.start as usize..month.items.end as usize]
                    .to_vec();
                format!("{} ({}): {items:?}", month.label, month.count())
            })
            .collect();
        expect![[r#"
            Jan 2023 (3): [0, 3, 1]
            Feb 2023 (2): [4, 2]
            Mar 2023 (1): [5]"#]]
        .assert_eq(&rendered.join("\n"));
    }

    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::*;
        use proptest::prelude::*;

        const MOVES: [Move; 8] = [
            Move::Next,
            Move::Previous,
            Move::NextInLane,
            Move::PreviousInLane,
            Move::LaneUp,
            Move::LaneDown,
            Move::First,
            Move::Last,
        ];

        proptest! {
            #[test]
            fn moves_stay_on_items_and_undo(
                items in proptest::collection::vec((0u32..4, 0u32..100, 0u32..3), 0..60),
                start in proptest::option::of(0u32..80),
                moves in proptest::collection::vec(0usize..8, 0..40),
            ) {
                let items: Vec<(u32, u32, u32)> = items
                    .into_iter()
                    .map(|(lane, first, length)| (lane, JAN_2023 + first, JAN_2023 + first + length))
                    .collect();
                let timeline = Timeline::of_items(4, &items);
                let count = timeline.items().len() as u32;
                let mut at = start;
                for movement in moves.into_iter().map(|m| MOVES[m]) {
                    let next = timeline.step(at, movement);
                    prop_assert!(next.is_none_or(|index| index < count));
                    if count > 0 && at.is_none_or(|at| at >= count) {
                        prop_assert!(next.is_some(), "with nothing selected, every move selects");
                    }
                    if let (Some(from), Some(to)) = (at.filter(|&at| at < count), next) {
                        let back = match movement {
                            Move::Next => Some(Move::Previous),
                            Move::Previous => Some(Move::Next),
                            Move::NextInLane => Some(Move::PreviousInLane),
                            Move::PreviousInLane => Some(Move::NextInLane),
                            _ => None,
                        };
                        if let Some(back) = back {
                            prop_assert_eq!(timeline.step(Some(to), back), Some(from));
                        }
                    }
                    at = next.or(at);
                }
            }
        }
    }
}
