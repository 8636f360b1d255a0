//! Facets: what each entry is (speaker, organisation, publisher, kind of document, kind of quote, date),
//! filters on them — any of the chosen values within a facet, every facet at once — and live counts: each
//! value's count is what choosing it would give under the query and the other facets' choices, so counts
//! never fall to zero just because another value of the same facet is chosen.

use serde::{Deserialize, Serialize};
use std::ops::RangeInclusive;

use rustc_hash::FxHashMap;

use super::index::{EntryKind, SearchIndex};
use super::ranking::Hit;
use crate::analysis::{name_key, Analysis, QuoteKind};
use crate::corpus::{CalendarDate, Corpus};

/// The facets, in the order a panel lists them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FacetKind {
    Speaker,
    Organisation,
    Publisher,
    DocumentKind,
    QuoteKind,
}

impl FacetKind {
    pub const ALL: [FacetKind; 5] = [
        FacetKind::Speaker,
        FacetKind::Organisation,
        FacetKind::Publisher,
        FacetKind::DocumentKind,
        FacetKind::QuoteKind,
    ];

    /// Its name in the address bar.
    pub fn key(self) -> &'static str {
        match self {
            FacetKind::Speaker => "speaker",
            FacetKind::Organisation => "org",
            FacetKind::Publisher => "publisher",
            FacetKind::DocumentKind => "kind",
            FacetKind::QuoteKind => "quote",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            FacetKind::Speaker => "Speaker",
            FacetKind::Organisation => "Organisation",
            FacetKind::Publisher => "Publisher",
            FacetKind::DocumentKind => "Kind of document",
            FacetKind::QuoteKind => "Kind of quote",
        }
    }

    pub fn from_key(key: &str) -> Option<FacetKind> {
        FacetKind::ALL.into_iter().find(|kind| kind.key() == key)
    }
}

/// One value of a facet: a stable key for the address bar, and what to show.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FacetValue {
    pub key: String,
    pub label: String,
}

/// One facet's values, and which of them each entry has.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Facet {
    pub values: Vec<FacetValue>,
    /// Entry `e` has the values `ids[offsets[e]..offsets[e + 1]]`.
    offsets: Vec<u32>,
    ids: Vec<u32>,
    /// Each value's place in the values ordered by label: equal counts list in label order, and comparing
    /// two numbers is cheaper than comparing two names on every keystroke.
    label_ranks: Vec<u32>,
}

impl Facet {
    fn values_of(&self, entry: u32) -> &[u32] {
        let entry = entry as usize;
        match (self.offsets.get(entry), self.offsets.get(entry + 1)) {
            (Some(&start), Some(&end)) => &self.ids[start as usize..end as usize],
            _ => &[],
        }
    }

    /// The id of the value with this key.
    pub fn find(&self, key: &str) -> Option<u32> {
        self.values
            .iter()
            .position(|value| value.key == key)
            .map(|id| id as u32)
    }
}

/// Collects one facet's values entry by entry.
#[derive(Default)]
struct FacetBuilder {
    facet: Facet,
    by_key: FxHashMap<String, u32>,
}

impl FacetBuilder {
    fn start_entry(&mut self) {
        if self.facet.offsets.is_empty() {
            self.facet.offsets.push(0);
        }
    }

    fn add(&mut self, key: String, label: &str) {
        let next = self.facet.values.len() as u32;
        let id = *self.by_key.entry(key.clone()).or_insert_with(|| {
            self.facet.values.push(FacetValue {
                key,
                label: label.to_owned(),
            });
            next
        });
        let start = *self.facet.offsets.last().unwrap_or(&0) as usize;
        if !self.facet.ids[start..].contains(&id) {
            self.facet.ids.push(id);
        }
    }

    fn end_entry(&mut self) {
        self.facet.offsets.push(self.facet.ids.len() as u32);
    }
}

/// Every entry's facet values and date.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct FacetTable {
    pub facets: [Facet; 5],
    /// Each entry's publication date as the days it may fall on (a month, a year, or a range of days
    /// when only that is known), or `None` when undated.
    #[serde(deserialize_with = "crate::serial::exact_vec")]
    dates: Vec<Option<(CalendarDate, CalendarDate)>>,
    /// The earliest and latest day over all entries: every keystroke's month histogram starts from it.
    span: Option<(CalendarDate, CalendarDate)>,
}

impl FacetTable {
    /// The facets of every entry of `index`, which was built from this corpus and analysis.
    pub fn build(corpus: &Corpus, analysis: &Analysis, index: &SearchIndex) -> FacetTable {
        let mut builders: [FacetBuilder; 5] = Default::default();
        let mut dates = Vec::with_capacity(index.entries().len());
        let mut quotes_of: Vec<Vec<usize>> = vec![Vec::new(); corpus.documents.len()];
        for entry in index.entries() {
            if let EntryKind::Quote { document, quote } = entry.kind {
                quotes_of[document as usize].push(quote as usize);
            }
        }
        for entry in index.entries() {
            for builder in &mut builders {
                builder.start_entry();
            }
            let (document, quotes): (u32, Vec<usize>) = match entry.kind {
                EntryKind::Document { document } => {
                    (document, quotes_of[document as usize].clone())
                }
                EntryKind::Quote { document, quote } => (document, vec![quote as usize]),
            };
            let document = &corpus.documents[document as usize];
            for &quote in &quotes {
                let quote = &analysis.quotes[quote];
                if let Some(speaker) = analysis.speaker_of(quote) {
                    builders[0].add(speaker.id.clone(), &speaker.name);
                    if let Some(organisation) = speaker.organisation_name() {
                        builders[1].add(name_key(organisation), organisation);
                    }
                }
                let (key, label) = match quote.kind {
                    QuoteKind::Direct => ("direct", "Direct"),
                    QuoteKind::Partial => ("partial", "Partial"),
                };
                builders[4].add(key.to_owned(), label);
            }
            if let Some(publisher) = &document.publisher {
                builders[2].add(name_key(publisher), publisher);
            }
            if let Some(kind) = document.kind {
                builders[3].add(kind.id().to_owned(), kind.label());
            }
            dates.push(
                document
                    .published
                    .map(|published| (published.earliest(), published.latest())),
            );
            for builder in &mut builders {
                builder.end_entry();
            }
        }
        FacetTable {
            facets: builders.map(|builder| {
                let mut facet = builder.facet;
                let mut by_label: Vec<u32> = (0..facet.values.len() as u32).collect();
                by_label.sort_by(|&a, &b| {
                    facet.values[a as usize]
                        .label
                        .cmp(&facet.values[b as usize].label)
                        .then(a.cmp(&b))
                });
                facet.label_ranks = vec![0; facet.values.len()];
                for (rank, &id) in by_label.iter().enumerate() {
                    facet.label_ranks[id as usize] = rank as u32;
                }
                facet
            }),
            span: span_of(&dates),
            dates,
        }
    }

    pub fn facet(&self, kind: FacetKind) -> &Facet {
        &self.facets[kind as usize]
    }

    /// The earliest and latest day any entry may have been published on.
    pub fn date_span(&self) -> Option<(CalendarDate, CalendarDate)> {
        self.span
    }
}

/// The earliest and latest day any of `dates` may be.
fn span_of(dates: &[Option<(CalendarDate, CalendarDate)>]) -> Option<(CalendarDate, CalendarDate)> {
    let earliest = dates
        .iter()
        .flatten()
        .map(|&(earliest, _)| earliest)
        .min()?;
    let latest = dates.iter().flatten().map(|&(_, latest)| latest).max()?;
    Some((earliest, latest))
}

/// What is chosen in each facet (value ids; none chosen is no filter), and a date range.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FacetSelection {
    pub values: [Vec<u32>; 5],
    /// Entries whose publication may fall in this range (both ends included); undated ones are left out.
    pub dates: Option<RangeInclusive<CalendarDate>>,
}

impl FacetSelection {
    pub fn is_empty(&self) -> bool {
        self.dates.is_none() && self.values.iter().all(Vec::is_empty)
    }
}

/// A month of the date histogram: entries that may have been published in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MonthCount {
    pub year: i32,
    pub month: u8,
    pub count: u32,
}

/// The hits that pass every facet, and the counts a facet panel shows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Faceted {
    pub hits: Vec<Hit>,
    /// Per facet, (value id, count) for every value with a count, most first (then by label).
    pub counts: [Vec<(u32, u32)>; 5],
    /// Entries per month under the query and every facet but the date range, in date order.
    pub months: Vec<MonthCount>,
    /// Hits without a date (left out by any date range).
    pub undated: u32,
}

/// Filters `hits` by the selection and counts every facet value and month.
pub fn apply_facets(table: &FacetTable, hits: Vec<Hit>, selection: &FacetSelection) -> Faceted {
    const DATES: usize = 5;
    // Dense counters: an entry's values are small integers, and a hash per value per hit would cost more
    // than the rest of the keystroke.
    let mut counts: [Vec<u32>; 5] =
        std::array::from_fn(|index| vec![0; table.facets[index].values.len()]);
    let first_year = table.date_span().map_or(0, |(earliest, _)| earliest.year());
    let mut months: Vec<u32> = Vec::new();
    let mut undated = 0;
    // Which one filter each hit fails (`PASSES` for none, `OUT` for two or more), found first; then each
    // facet is counted in a pass of its own, reading one facet's table at a time. With nothing chosen,
    // every hit passes and the first step is skipped.
    const PASSES: u8 = u8::MAX;
    const OUT: u8 = u8::MAX - 1;
    let failed: Vec<u8> = if selection.is_empty() {
        Vec::new()
    } else {
        hits.iter()
            .map(|hit| {
                let mut failing = FacetKind::ALL.into_iter().filter(|&kind| {
                    let chosen = &selection.values[kind as usize];
                    !chosen.is_empty()
                        && !table.facets[kind as usize]
                            .values_of(hit.entry)
                            .iter()
                            .any(|value| chosen.contains(value))
                });
                let first = failing.next().map(|kind| kind as u8);
                let second = failing.next().is_some();
                let date = table.dates.get(hit.entry as usize).copied().flatten();
                let date_fails = selection.dates.as_ref().is_some_and(|range| {
                    !date.is_some_and(|(earliest, latest)| {
                        earliest <= *range.end() && latest >= *range.start()
                    })
                });
                match (first, second, date_fails) {
                    (None, _, false) => PASSES,
                    (None, _, true) => DATES as u8,
                    (Some(kind), false, false) => kind,
                    _ => OUT,
                }
            })
            .collect()
    };
    // With no failure an entry counts for every facet; with one, only for the facet that fails (choosing
    // one of its values there would bring the entry in).
    let counts_for = |at: usize, filter: usize| {
        failed
            .get(at)
            .is_none_or(|&fails| fails == PASSES || usize::from(fails) == filter)
    };
    for (index, facet) in table.facets.iter().enumerate() {
        let counted = &mut counts[index];
        for (at, hit) in hits.iter().enumerate() {
            if counts_for(at, index) {
                for &value in facet.values_of(hit.entry) {
                    counted[value as usize] += 1;
                }
            }
        }
    }
    for (at, hit) in hits.iter().enumerate() {
        if !counts_for(at, DATES) {
            continue;
        }
        match table.dates.get(hit.entry as usize).copied().flatten() {
            Some((earliest, _)) => {
                let month = ((earliest.year() - first_year) * 12 + i32::from(earliest.month()) - 1)
                    .max(0) as usize;
                if month >= months.len() {
                    months.resize(month + 1, 0);
                }
                months[month] += 1;
            }
            None => undated += 1,
        }
    }
    let kept = if failed.is_empty() {
        hits
    } else {
        hits.into_iter()
            .zip(&failed)
            .filter(|&(_, &fails)| fails == PASSES)
            .map(|(hit, _)| hit)
            .collect()
    };
    let counts = std::array::from_fn(|index| {
        let facet = &table.facets[index];
        let mut list: Vec<(u32, u32)> = counts[index]
            .iter()
            .enumerate()
            .filter(|&(_, &count)| count > 0)
            .map(|(id, &count)| (id as u32, count))
            .collect();
        // Most first, then by label: one integer key per value, radix-sorted (a facet such as speakers
        // can have thousands of values with a count).
        radsort::sort_by_key(&mut list, |&(id, count)| {
            let rank = facet
                .label_ranks
                .get(id as usize)
                .copied()
                .unwrap_or(u32::MAX);
            (u64::from(u32::MAX - count) << 32) | u64::from(rank)
        });
        list
    });
    let months: Vec<MonthCount> = months
        .into_iter()
        .enumerate()
        .filter(|&(_, count)| count > 0)
        .map(|(month, count)| MonthCount {
            year: first_year + (month / 12) as i32,
            month: (month % 12) as u8 + 1,
            count,
        })
        .collect();
    Faceted {
        hits: kept,
        counts,
        months,
        undated,
    }
}

impl FacetTable {
    /// The selection for chosen value keys and a date range; keys this corpus does not have are returned
    /// apart, to be shown as ignored.
    pub fn select<'a>(
        &self,
        chosen: impl IntoIterator<Item = (FacetKind, &'a [String])>,
        from: Option<CalendarDate>,
        to: Option<CalendarDate>,
    ) -> (FacetSelection, Vec<(FacetKind, String)>) {
        let mut selection = FacetSelection::default();
        let mut unknown = Vec::new();
        for (kind, keys) in chosen {
            for key in keys {
                match self.facet(kind).find(key) {
                    Some(id) => selection.values[kind as usize].push(id),
                    None => unknown.push((kind, key.clone())),
                }
            }
        }
        selection.dates = match (from, to) {
            (None, None) => None,
            (from, to) => {
                let start = from.or_else(|| CalendarDate::new(1, 1, 1));
                let end = to.or_else(|| CalendarDate::new(9999, 12, 31));
                start
                    .zip(end)
                    .map(|(start, end)| start.min(end)..=start.max(end))
            }
        };
        (selection, unknown)
    }

    /// Whether `entry` has one of the chosen values in every facet with a choice, and may have been
    /// published in the chosen dates: what [`apply_facets`] keeps, asked of one entry.
    pub fn keeps(&self, entry: u32, selection: &FacetSelection) -> bool {
        let values_pass = FacetKind::ALL.into_iter().all(|kind| {
            let chosen = &selection.values[kind as usize];
            chosen.is_empty()
                || self.facets[kind as usize]
                    .values_of(entry)
                    .iter()
                    .any(|value| chosen.contains(value))
        });
        values_pass
            && selection.dates.as_ref().is_none_or(|range| {
                self.dates
                    .get(entry as usize)
                    .copied()
                    .flatten()
                    .is_some_and(|(earliest, latest)| {
                        earliest <= *range.end() && latest >= *range.start()
                    })
            })
    }

    /// The earliest day an entry may have been published on, for ordering by date.
    pub fn earliest(&self, entry: u32) -> Option<CalendarDate> {
        self.dates
            .get(entry as usize)
            .copied()
            .flatten()
            .map(|(earliest, _)| earliest)
    }
}
