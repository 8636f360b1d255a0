//! One frame's layout: for each lane on screen, single marks where items stand apart and clusters with
//! counts where they crowd.
//!
//! Items whose starts are closer than `min_gap` pixels merge, transitively. A lane's items are sorted by
//! first day, so the items starting in one `min_gap`-wide bin of pixels are a run found by binary search,
//! and all of them merge (they are closer than a bin's width); only neighbouring runs are compared. A frame
//! therefore costs, per lane, a binary search per occupied bin — at most the width over `min_gap` of
//! them — however many items the lane holds. Items with uncertain dates that begin before the view and
//! reach into it are drawn as marks from their true start; they are found among the lane's uncertain
//! items alone, those that begin at most the lane's longest span before the view.

use std::ops::Range;

use super::viewport::Viewport;
use super::Timeline;

/// Sizes in pixels the layout must respect.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LayoutConfig {
    /// Items whose starts are closer than this merge into a cluster: a mark's width and some air.
    pub min_gap: f64,
    /// The narrowest a mark is drawn, so that a day is visible when a pixel holds many.
    pub min_width: f64,
}

impl Default for LayoutConfig {
    fn default() -> LayoutConfig {
        LayoutConfig {
            min_gap: 8.0,
            min_width: 4.0,
        }
    }
}

/// One item, drawn alone.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Mark {
    /// The start of its first day; negative when it begins before the view.
    pub x: f64,
    /// To the end of its last day, and at least the configured minimum.
    pub width: f64,
    /// An index into the timeline's items.
    pub item: u32,
}

/// Items too close to draw apart, drawn as one with their count.
#[derive(Clone, Debug, PartialEq)]
pub struct Cluster {
    /// The start of its first item's first day.
    pub x_start: f64,
    /// The end of the day its last item starts on, and at least the minimum width past `x_start`.
    pub x_end: f64,
    pub count: u32,
    /// Its first item's first day.
    pub first_day: u32,
    /// The latest day any of its items may fall on (zooming to `first_day..=last_day` shows them all).
    pub last_day: u32,
    /// Its items: a run of the timeline's items.
    pub items: Range<u32>,
}

/// What one lane draws in a frame.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LaneLayout {
    /// An index into the timeline's lanes.
    pub lane: u32,
    /// Items begun before the view first, then the rest from left to right.
    pub marks: Vec<Mark>,
    /// From left to right.
    pub clusters: Vec<Cluster>,
}

impl LaneLayout {
    /// How many items it draws, marks and clusters together.
    pub fn count(&self) -> u32 {
        self.marks.len() as u32
            + self
                .clusters
                .iter()
                .map(|cluster| cluster.count)
                .sum::<u32>()
    }
}

/// What is drawn under a point of a lane.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pick {
    /// An item drawn alone: an index into the timeline's items.
    Item(u32),
    /// A cluster: an index into the lane layout's clusters.
    Cluster(usize),
}

impl LaneLayout {
    /// What is drawn at `x`, or within `reach` pixels of it (a finger is wider than a mark): the nearest;
    /// of drawings as near, the narrowest (a day's mark over the range of days an uncertain date spans,
    /// or over a cluster it overlaps); of those as narrow, the later-drawn mark.
    pub fn pick(&self, x: f64, reach: f64) -> Option<Pick> {
        let distance = |start: f64, end: f64| {
            if x < start {
                start - x
            } else if x > end {
                x - end
            } else {
                0.0
            }
        };
        let mut best: Option<(f64, f64, Pick)> = None;
        let mut consider = |start: f64, end: f64, pick: Pick| {
            let (gap, width) = (distance(start, end), end - start);
            let better = best.is_none_or(|(nearest, narrowest, _)| {
                gap < nearest || (gap == nearest && width < narrowest)
            });
            if gap <= reach && better {
                best = Some((gap, width, pick));
            }
        };
        // Marks first, last drawn first: of equals, the one drawn on top wins.
        for mark in self.marks.iter().rev() {
            consider(mark.x, mark.x + mark.width, Pick::Item(mark.item));
        }
        for (index, cluster) in self.clusters.iter().enumerate() {
            consider(cluster.x_start, cluster.x_end, Pick::Cluster(index));
        }
        best.map(|(_, _, pick)| pick)
    }
}

/// Items merging as they are met, left to right.
struct Group {
    items: Range<u32>,
    first_x: f64,
    last_x: f64,
    last_start: u32,
}

impl Timeline {
    /// The layout of `lanes` (indices into [`Timeline::lanes`]; past the end is ignored) in `viewport`.
    /// Deterministic: the same timeline, view and lanes give the same layout.
    pub fn layout(
        &self,
        viewport: &Viewport,
        lanes: Range<usize>,
        config: &LayoutConfig,
    ) -> Vec<LaneLayout> {
        let lanes = lanes.start.min(self.lanes.len())..lanes.end.min(self.lanes.len());
        lanes
            .map(|lane| self.lay_out_lane(viewport, lane, config))
            .collect()
    }

    fn lay_out_lane(&self, viewport: &Viewport, lane: usize, config: &LayoutConfig) -> LaneLayout {
        let min_gap = if config.min_gap > 0.0 {
            config.min_gap
        } else {
            f64::MIN_POSITIVE
        };
        let shown = viewport.days();
        let range = self.lanes[lane].items.clone();
        let lane_items = &self.items[range.start as usize..range.end as usize];
        let start =
            range.start as usize + lane_items.partition_point(|i| i.first_day < shown.first);
        let end = range.start as usize + lane_items.partition_point(|i| i.first_day <= shown.last);
        let mut layout = LaneLayout {
            lane: lane as u32,
            ..LaneLayout::default()
        };
        let mark = |index: usize| {
            let item = &self.items[index];
            let x = viewport.x_of(f64::from(item.first_day));
            let width = viewport.x_of(f64::from(item.last_day) + 1.0) - x;
            Mark {
                x,
                width: width.max(config.min_width),
                item: index as u32,
            }
        };

        let uncertain = &self.lane_uncertain[lane];
        let candidates = &self.uncertain[uncertain.run.start as usize..uncertain.run.end as usize];
        let reach_from = shown.first.saturating_sub(uncertain.longest);
        let from =
            candidates.partition_point(|&index| self.items[index as usize].first_day < reach_from);
        for &index in &candidates[from..] {
            let item = &self.items[index as usize];
            if item.first_day >= shown.first {
                break;
            }
            if item.last_day >= shown.first {
                layout.marks.push(mark(index as usize));
            }
        }

        let flush = |group: Group, layout: &mut LaneLayout| {
            let count = group.items.end - group.items.start;
            if count == 1 {
                layout.marks.push(mark(group.items.start as usize));
            } else {
                let x_end = viewport.x_of(f64::from(group.last_start) + 1.0);
                layout.clusters.push(Cluster {
                    x_start: group.first_x,
                    x_end: x_end.max(group.first_x + config.min_width),
                    count,
                    first_day: self.items[group.items.start as usize].first_day,
                    last_day: self
                        .latest
                        .over(group.items.start as usize, group.items.end as usize),
                    items: group.items,
                });
            }
        };
        let bin_days = min_gap * viewport.days_per_pixel;
        let mut group: Option<Group> = None;
        let mut index = start;
        while index < end {
            let first_day = f64::from(self.items[index].first_day);
            let bin = ((first_day - viewport.first_day) / bin_days).floor();
            let bin_end = viewport.first_day + (bin + 1.0) * bin_days;
            let run_end = index
                + self.items[index..end]
                    .partition_point(|item| f64::from(item.first_day) < bin_end)
                    .max(1);
            let last_start = self.items[run_end - 1].first_day;
            let first_x = viewport.x_of(first_day);
            let last_x = viewport.x_of(f64::from(last_start));
            match &mut group {
                Some(current) if first_x - current.last_x < min_gap => {
                    current.items.end = run_end as u32;
                    current.last_x = last_x;
                    current.last_start = last_start;
                }
                _ => {
                    if let Some(done) = group.take() {
                        flush(done, &mut layout);
                    }
                    group = Some(Group {
                        items: index as u32..run_end as u32,
                        first_x,
                        last_x,
                        last_start,
                    });
                }
            }
            index = run_end;
        }
        if let Some(done) = group {
            flush(done, &mut layout);
        }
        layout
    }
}

#[cfg(test)]
mod tests {
    use super::super::day::date_of;
    use super::super::Timeline;
    use super::*;
    use expect_test::{expect, Expect};
    use std::fmt::Write;

    const JAN_2023: u32 = 738_520;

    fn render(timeline: &Timeline, viewport: &Viewport, config: &LayoutConfig) -> String {
        let mut text = String::new();
        for lane in timeline.layout(viewport, 0..timeline.lanes().len(), config) {
            writeln!(text, "lane {}: {} items", lane.lane, lane.count()).unwrap();
            for mark in &lane.marks {
                let item = timeline.items()[mark.item as usize];
                writeln!(
                    text,
                    "  mark x={:.1} w={:.1} item {} ({}..={})",
                    mark.x,
                    mark.width,
                    mark.item,
                    date_of(item.first_day),
                    date_of(item.last_day)
                )
                .unwrap();
            }
            for cluster in &lane.clusters {
                writeln!(
                    text,
                    "  cluster x={:.1}..{:.1} {} items {:?} ({}..={})",
                    cluster.x_start,
                    cluster.x_end,
                    cluster.count,
                    cluster.items,
                    date_of(cluster.first_day),
                    date_of(cluster.last_day)
                )
                .unwrap();
            }
        }
        text
    }

    fn check(items: &[(u32, u32, u32)], viewport: Viewport, expected: Expect) {
        let timeline = Timeline::of_items(2, items);
        expected.assert_eq(&render(&timeline, &viewport, &LayoutConfig::default()));
    }

    fn days(first: u32, days_per_pixel: f64) -> Viewport {
        Viewport {
            first_day: f64::from(JAN_2023 + first),
            days_per_pixel,
            width: 100.0,
        }
    }

    #[test]
    fn items_far_apart_are_marks() {
        check(
            &[
                (0, JAN_2023 + 2, JAN_2023 + 2),
                (0, JAN_2023 + 6, JAN_2023 + 6),
            ],
            days(0, 0.1),
            expect![[r#"
                lane 0: 2 items
                  mark x=20.0 w=10.0 item 0 (2023-01-03..=2023-01-03)
                  mark x=60.0 w=10.0 item 1 (2023-01-07..=2023-01-07)
                lane 1: 0 items
            "#]],
        );
    }

    #[test]
    fn items_closer_than_the_gap_cluster_and_chain() {
        // A day is 2 px: days 10, 13 and 16 chain (6 px apart), day 30 stands alone.
        check(
            &[
                (1, JAN_2023 + 10, JAN_2023 + 10),
                (1, JAN_2023 + 13, JAN_2023 + 13),
                (1, JAN_2023 + 16, JAN_2023 + 18),
                (1, JAN_2023 + 30, JAN_2023 + 30),
            ],
            days(0, 0.5),
            expect![[r#"
                lane 0: 0 items
                lane 1: 4 items
                  mark x=60.0 w=4.0 item 3 (2023-01-31..=2023-01-31)
                  cluster x=20.0..34.0 3 items 0..3 (2023-01-11..=2023-01-19)
            "#]],
        );
    }

    #[test]
    fn items_out_of_view_are_left_out_and_ranges_begun_before_it_are_marks() {
        check(
            &[
                (0, JAN_2023 - 40, JAN_2023 - 40),
                (0, JAN_2023 - 30, JAN_2023 + 5),
                (0, JAN_2023 - 400, JAN_2023 - 36),
                (0, JAN_2023 + 20, JAN_2023 + 20),
                (0, JAN_2023 + 200, JAN_2023 + 200),
            ],
            days(0, 0.25),
            expect![[r#"
                lane 0: 2 items
                  mark x=-120.0 w=144.0 item 2 (2022-12-02..=2023-01-06)
                  mark x=80.0 w=4.0 item 3 (2023-01-21..=2023-01-21)
                lane 1: 0 items
            "#]],
        );
    }

    #[test]
    fn a_dense_year_zoomed_out_is_a_handful_of_clusters() {
        // Ten items a day for a year, in a view of four years 100 px wide.
        let items: Vec<(u32, u32, u32)> = (0..3650)
            .map(|n| (0, JAN_2023 + n / 10, JAN_2023 + n / 10))
            .collect();
        check(
            &items,
            days(0, 14.61),
            expect![[r#"
                lane 0: 3650 items
                  cluster x=0.0..25.0 3650 items 0..3650 (2023-01-01..=2023-12-31)
                lane 1: 0 items
            "#]],
        );
    }

    #[test]
    fn a_lane_past_the_end_is_ignored() {
        let timeline = Timeline::of_items(1, &[(0, JAN_2023, JAN_2023)]);
        let layout = timeline.layout(&days(0, 1.0), 0..5, &LayoutConfig::default());
        assert_eq!(layout.len(), 1);
    }

    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::super::super::day::DaySpan;
        use super::*;
        use proptest::prelude::*;

        /// The lane's items that overlap the view, counted the slow, obvious way.
        fn overlapping(timeline: &Timeline, lane: usize, shown: DaySpan) -> u32 {
            let range = timeline.lanes()[lane].items.clone();
            timeline.items()[range.start as usize..range.end as usize]
                .iter()
                .filter(|item| item.last_day >= shown.first && item.first_day <= shown.last)
                .count() as u32
        }

        fn items() -> impl Strategy<Value = Vec<(u32, u32, u32)>> {
            proptest::collection::vec(
                (
                    0u32..3,
                    0u32..2000,
                    prop_oneof![4 => Just(0u32), 1 => 0u32..400],
                ),
                0..300,
            )
            .prop_map(|items| {
                items
                    .into_iter()
                    .map(|(lane, first, length)| {
                        (lane, JAN_2023 + first, JAN_2023 + first + length)
                    })
                    .collect()
            })
        }

        proptest! {
            #[test]
            fn every_item_in_view_is_drawn_once(
                items in items(),
                first in -500.0f64..2500.0,
                days_per_pixel in 0.001f64..50.0,
                width in 1.0f64..2000.0,
                min_gap in 0.0f64..40.0,
            ) {
                let timeline = Timeline::of_items(3, &items);
                let viewport = Viewport {
                    first_day: f64::from(JAN_2023) + first,
                    days_per_pixel,
                    width,
                };
                let config = LayoutConfig { min_gap, min_width: 3.0 };
                let layout = timeline.layout(&viewport, 0..3, &config);
                for lane in &layout {
                    let expected = overlapping(&timeline, lane.lane as usize, viewport.days());
                    prop_assert_eq!(lane.count(), expected, "lane {}", lane.lane);
                    let mut drawn: Vec<u32> = lane.marks.iter().map(|mark| mark.item).collect();
                    for cluster in &lane.clusters {
                        prop_assert_eq!(cluster.count, cluster.items.end - cluster.items.start);
                        drawn.extend(cluster.items.clone());
                    }
                    drawn.sort_unstable();
                    let before = drawn.len();
                    drawn.dedup();
                    prop_assert_eq!(drawn.len(), before, "an item drawn twice");
                }
                prop_assert_eq!(&layout, &timeline.layout(&viewport, 0..3, &config));
            }
        }
    }

    #[test]
    fn a_point_picks_the_nearest_drawing_within_reach() {
        let layout = LaneLayout {
            lane: 0,
            marks: vec![
                Mark {
                    x: 10.0,
                    width: 4.0,
                    item: 7,
                },
                Mark {
                    x: 12.0,
                    width: 4.0,
                    item: 8,
                },
                // An uncertain date: a week's range, over the cluster and the marks.
                Mark {
                    x: 8.0,
                    width: 60.0,
                    item: 9,
                },
            ],
            clusters: vec![Cluster {
                x_start: 40.0,
                x_end: 60.0,
                count: 3,
                first_day: 0,
                last_day: 2,
                items: 0..3,
            }],
        };
        let picks: Vec<String> = [0.0, 5.0, 11.0, 13.0, 17.0, 30.0, 38.0, 50.0, 70.0, 80.0]
            .iter()
            .map(|&x| format!("{x}: {:?}", layout.pick(x, 6.0)))
            .collect();
        expect![[r#"
            0: None
            5: Some(Item(9))
            11: Some(Item(7))
            13: Some(Item(8))
            17: Some(Item(9))
            30: Some(Item(9))
            38: Some(Item(9))
            50: Some(Cluster(0))
            70: Some(Item(9))
            80: None"#]]
        .assert_eq(&picks.join("\n"));
    }
}
