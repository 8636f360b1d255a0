//! The timeline: documents, quotes and context events on a time axis, in lanes by organisation or by
//! speaker.
//!
//! Pure, like the rest of the core: the view in `ui` draws what this computes. Built in two steps, as
//! search is: an [`ItemCatalogue`] once per corpus, then a [`Timeline`] for each set of search results
//! (items in lanes, each lane's items sorted by day, the undated counted — a few milliseconds for 90,000
//! items). Every frame of a zoom or a pan then asks for:
//!
//! - a [`Viewport`] (three numbers) moved by a pure gesture: [`Viewport::zoomed`], [`Viewport::panned`],
//!   [`Viewport::revealing`], and [`Viewport::brushed`] for the date filter;
//! - the [`axis`] for it: ticks, major and minor, labelled so that no two labels touch;
//! - the layout of the lanes on screen ([`Timeline::layout`]): single marks where items stand apart,
//!   clusters with counts where they crowd, found by binary search so that a frame costs the pixels
//!   drawn, not the items held.
//!
//! Keyboard moves ([`Timeline::step`]) and the list read by screen readers ([`Timeline::months`]) work
//! on the same items, by index. Days are counted from 0001-01-01 ([`day_of`]); an item whose date is
//! uncertain (a month, a year, a range of days) spans all the days it may fall on.

mod axis;
mod day;
mod item;
mod latest;
mod layout;
mod navigation;
mod viewport;

pub use axis::{axis, Axis, AxisConfig, Tick, TickUnit};
pub use day::{date_of, day_of, weekday, DaySpan, LAST_DAY};
pub use item::{ItemCatalogue, ItemTarget, Lane, LaneBy, LaneKey, TimelineItem, Undated};
pub use layout::{Cluster, LaneLayout, LayoutConfig, Mark, Pick};
pub use navigation::{Month, Move};
pub use viewport::{Viewport, MIN_VISIBLE_DAYS};

use std::ops::Range;

use crate::analysis::Analysis;
use latest::LatestDays;

/// The items of one set of search results, in lanes, ready to be laid out at any zoom.
#[derive(Clone, Debug, Default)]
pub struct Timeline {
    /// Sorted by lane, then first day, then last day; ties in target order. Indices into this are what
    /// the layout, the keyboard and the list hand out.
    items: Vec<TimelineItem>,
    lanes: Vec<Lane>,
    undated: Undated,
    span: Option<DaySpan>,
    /// Item indices by first day, then last day, then lane: moving through time across lanes, and the
    /// list for screen readers.
    in_time_order: Vec<u32>,
    /// Each item's place in `in_time_order`.
    place_in_time: Vec<u32>,
    /// The items that span more than a day, lane after lane, each lane's by first day: the only ones that
    /// can reach into a view from before its first day.
    uncertain: Vec<u32>,
    lane_uncertain: Vec<UncertainItems>,
    latest: LatestDays,
}

/// One lane's items that span more than a day.
#[derive(Clone, Debug, Default)]
struct UncertainItems {
    /// A run of `Timeline::uncertain`.
    run: Range<u32>,
    /// The most days any of them spans after its first: how far before a view one may start and still
    /// reach into it.
    longest: u32,
}

impl Timeline {
    /// The timeline of the kept documents (corpus positions) and quotes (indices into `analysis.quotes`),
    /// in any order, with every context event. `analysis` is the one `catalogue` was made from.
    pub fn build(
        catalogue: &ItemCatalogue,
        analysis: &Analysis,
        lane_by: LaneBy,
        documents: impl IntoIterator<Item = u32>,
        quotes: impl IntoIterator<Item = u32>,
    ) -> Timeline {
        Timeline::from_placement(item::place(catalogue, analysis, lane_by, documents, quotes))
    }

    fn from_placement(placement: item::Placement) -> Timeline {
        let item::Placement {
            items,
            lanes,
            undated,
        } = placement;
        let span = items.iter().map(TimelineItem::days).reduce(DaySpan::union);
        let mut in_time_order: Vec<u32> = (0..items.len() as u32).collect();
        // Days are below 2^22: both fit one key, made once per item rather than looked up through the
        // index on every pass of the sort.
        radsort::sort_by_cached_key(&mut in_time_order, |&index| {
            let item = &items[index as usize];
            (u64::from(item.first_day) << 22) | u64::from(item.last_day)
        });
        let mut place_in_time = vec![0; items.len()];
        for (place, &index) in in_time_order.iter().enumerate() {
            place_in_time[index as usize] = place as u32;
        }
        let mut uncertain = Vec::new();
        let lane_uncertain = lanes
            .iter()
            .map(|lane| {
                let start = uncertain.len() as u32;
                let mut longest = 0;
                for index in lane.items.clone() {
                    let item = &items[index as usize];
                    if item.last_day > item.first_day {
                        uncertain.push(index);
                        longest = longest.max(item.last_day - item.first_day);
                    }
                }
                UncertainItems {
                    run: start..uncertain.len() as u32,
                    longest,
                }
            })
            .collect();
        let latest = LatestDays::new(items.iter().map(|item| item.last_day));
        Timeline {
            items,
            lanes,
            undated,
            span,
            in_time_order,
            place_in_time,
            uncertain,
            lane_uncertain,
            latest,
        }
    }

    /// Every placed item; an index into this is an item's identity in this timeline.
    pub fn items(&self) -> &[TimelineItem] {
        &self.items
    }

    pub fn item(&self, index: u32) -> Option<&TimelineItem> {
        self.items.get(index as usize)
    }

    /// The item standing for `target`, if it is placed (kept and dated).
    pub fn find(&self, target: ItemTarget) -> Option<u32> {
        self.items
            .iter()
            .position(|item| item.target == target)
            .map(|index| index as u32)
    }

    /// The lanes, top to bottom: context events first, then the fullest.
    pub fn lanes(&self) -> &[Lane] {
        &self.lanes
    }

    /// The lane with this key, if it has any item in this timeline.
    pub fn lane_with_key(&self, key: &LaneKey) -> Option<usize> {
        self.lanes.iter().position(|lane| &lane.key == key)
    }

    /// The first and last day of any item, or `None` when no item is dated.
    pub fn span(&self) -> Option<DaySpan> {
        self.span
    }

    /// Kept items that could not be placed for want of a date.
    pub fn undated(&self) -> Undated {
        self.undated
    }

    /// Item indices in date order (first day, then last day, then lane).
    pub fn in_time_order(&self) -> &[u32] {
        &self.in_time_order
    }
}

#[cfg(test)]
impl Timeline {
    /// A timeline of made-up items, `(lane, first day, last day)` each, standing for documents by their
    /// place in `items`: for testing the layout and the keyboard without a corpus.
    fn of_items(lanes: u32, items: &[(u32, u32, u32)]) -> Timeline {
        let mut placed: Vec<TimelineItem> = items
            .iter()
            .enumerate()
            .map(|(index, &(lane, first_day, last_day))| TimelineItem {
                target: ItemTarget::Document(index as u32),
                lane: lane.min(lanes.saturating_sub(1)),
                first_day: first_day.min(last_day),
                last_day: last_day.max(first_day),
            })
            .collect();
        item::sort_by_lane_and_day(&mut placed, lanes as usize);
        let lanes = (0..lanes)
            .map(|lane| {
                let start = placed.partition_point(|item| item.lane < lane) as u32;
                let end = placed.partition_point(|item| item.lane <= lane) as u32;
                Lane {
                    key: LaneKey::Speaker(format!("lane-{lane}")),
                    label: format!("Lane {lane}"),
                    items: start..end,
                }
            })
            .collect();
        Timeline::from_placement(item::Placement {
            items: placed,
            lanes,
            undated: Undated::default(),
        })
    }
}
