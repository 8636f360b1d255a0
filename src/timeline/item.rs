//! Timeline items: the documents, quotes and context events a timeline shows, each with the days it may
//! fall on and the lane it runs in.
//!
//! Two stages, as search has: an [`ItemCatalogue`] made once per corpus (every document's and event's days,
//! every speaker's and publisher's lane key — making a key folds a name, too slow to repeat for 90,000
//! items on every search), then [`place`], per set of search results, which picks the kept items, counts
//! the undated, orders the lanes and sorts each lane's items by day.

use std::fmt;
use std::ops::Range;

use rustc_hash::FxHashMap;

use super::day::DaySpan;
use crate::analysis::{name_key, Analysis, SpeakerKind};
use crate::corpus::Corpus;

/// What a timeline item stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ItemTarget {
    /// A document, by its position in the corpus.
    Document(u32),
    /// A quote, by its index in the analysis's quotes.
    Quote(u32),
    /// A context event, by its index in the corpus's events.
    Event(u32),
}

/// One mark on the timeline: what it is, its lane, and the days it may fall on (one day when the date is
/// exact; a month, a year or a range of days when that is all that is known).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TimelineItem {
    pub target: ItemTarget,
    /// An index into the timeline's lanes.
    pub lane: u32,
    pub first_day: u32,
    pub last_day: u32,
}

impl TimelineItem {
    pub fn days(&self) -> DaySpan {
        DaySpan {
            first: self.first_day,
            last: self.last_day,
        }
    }
}

/// What the lanes after the events lane stand for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum LaneBy {
    /// A lane per organisation: quotes by their speaker's organisation, documents by their publisher.
    #[default]
    Organisation,
    /// A lane per speaker, and the documents together in one lane.
    Speaker,
}

/// A lane's stable identity, for the address bar: the same organisation or speaker has the same key
/// whatever the search.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum LaneKey {
    /// The corpus's context events, always the first lane.
    Events,
    /// An organisation, by the key the organisation and publisher facets use ([`name_key`]).
    Organisation(String),
    /// A speaker, by their id.
    Speaker(String),
    /// Quotes whose speaker is not known.
    Unattributed,
    /// By organisation: quotes of a person with no known organisation, documents with no publisher.
    NoOrganisation,
    /// By speaker: every document.
    Documents,
}

impl LaneKey {
    /// Reads the form [`LaneKey`]'s `Display` writes.
    pub fn parse(text: &str) -> Option<LaneKey> {
        if let Some(key) = text.strip_prefix("org:") {
            return Some(LaneKey::Organisation(key.to_owned()));
        }
        if let Some(id) = text.strip_prefix("speaker:") {
            return Some(LaneKey::Speaker(id.to_owned()));
        }
        match text {
            "events" => Some(LaneKey::Events),
            "unattributed" => Some(LaneKey::Unattributed),
            "no-organisation" => Some(LaneKey::NoOrganisation),
            "documents" => Some(LaneKey::Documents),
            _ => None,
        }
    }
}

impl fmt::Display for LaneKey {
    /// `events`, `org:{facet key}`, `speaker:{id}`, `unattributed`, `no-organisation`, `documents`: the
    /// prefixes keep an organisation that happens to be called "Events" from being the events lane.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LaneKey::Events => f.write_str("events"),
            LaneKey::Organisation(key) => write!(f, "org:{key}"),
            LaneKey::Speaker(id) => write!(f, "speaker:{id}"),
            LaneKey::Unattributed => f.write_str("unattributed"),
            LaneKey::NoOrganisation => f.write_str("no-organisation"),
            LaneKey::Documents => f.write_str("documents"),
        }
    }
}

/// One row of the timeline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lane {
    pub key: LaneKey,
    pub label: String,
    /// Its items: a run of the timeline's items, which are sorted by lane, then first day.
    pub items: Range<u32>,
}

impl Lane {
    /// How many items it holds.
    pub fn count(&self) -> u32 {
        self.items.end - self.items.start
    }
}

/// Kept items that have no date, so are not on the axis: the view says how many.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Undated {
    pub documents: u32,
    pub quotes: u32,
}

impl Undated {
    pub fn total(self) -> u32 {
        self.documents + self.quotes
    }
}

/// What the timeline needs of a corpus and its analysis, computed once: days and lane groups. Groups are
/// indices into `organisations` or `speakers`.
#[derive(Clone, Debug, Default)]
pub struct ItemCatalogue {
    document_days: Vec<Option<DaySpan>>,
    document_publisher: Vec<Option<u32>>,
    event_days: Vec<DaySpan>,
    speaker_organisation: Vec<Option<u32>>,
    /// Key and label; the label is the first spelling met, publishers (written by a person, in the
    /// manifest) before speakers' organisations (found by the analysis).
    organisations: Vec<(String, String)>,
    /// Id and name.
    speakers: Vec<(String, String)>,
}

impl ItemCatalogue {
    pub fn new(corpus: &Corpus, analysis: &Analysis) -> ItemCatalogue {
        let mut organisations: Vec<(String, String)> = Vec::new();
        let mut by_key: FxHashMap<String, u32> = FxHashMap::default();
        let mut group_of = |name: &str| {
            let key = name_key(name);
            *by_key.entry(key.clone()).or_insert_with(|| {
                organisations.push((key, name.to_owned()));
                organisations.len() as u32 - 1
            })
        };
        let document_publisher = corpus
            .documents
            .iter()
            .map(|document| document.publisher.as_deref().map(&mut group_of))
            .collect();
        let speaker_organisation = analysis
            .speakers
            .iter()
            .map(|speaker| {
                let organisation = match speaker.kind {
                    SpeakerKind::Organisation => Some(speaker.name.as_str()),
                    SpeakerKind::Person => speaker.organisation.as_deref(),
                };
                organisation.map(&mut group_of)
            })
            .collect();
        ItemCatalogue {
            document_days: corpus
                .documents
                .iter()
                .map(|document| document.published.map(DaySpan::of))
                .collect(),
            document_publisher,
            event_days: corpus
                .events
                .iter()
                .map(|event| DaySpan::of(event.date))
                .collect(),
            speaker_organisation,
            organisations,
            speakers: analysis
                .speakers
                .iter()
                .map(|speaker| (speaker.id.clone(), speaker.name.clone()))
                .collect(),
        }
    }
}

/// The first groups of every placement, before the organisations or speakers.
const EVENTS_GROUP: u32 = 0;
const UNATTRIBUTED_GROUP: u32 = 1;
/// No organisation (by organisation) or all documents (by speaker).
const OTHER_GROUP: u32 = 2;
const FIRST_NAMED_GROUP: u32 = 3;

/// Items in lanes, lanes ordered, and the undated counted.
#[derive(Clone, Debug, Default)]
pub(super) struct Placement {
    pub items: Vec<TimelineItem>,
    pub lanes: Vec<Lane>,
    pub undated: Undated,
}

/// Places the kept documents (corpus positions) and quotes (indices into `analysis.quotes`), and every
/// context event. Positions may come in any order; repeated or unknown ones are passed over. `analysis` is
/// the one `catalogue` was made from.
pub(super) fn place(
    catalogue: &ItemCatalogue,
    analysis: &Analysis,
    lane_by: LaneBy,
    documents: impl IntoIterator<Item = u32>,
    quotes: impl IntoIterator<Item = u32>,
) -> Placement {
    let kept_documents = KeptSet::of(documents, catalogue.document_days.len());
    let kept_quotes = KeptSet::of(quotes, analysis.quotes.len());
    let named_groups = match lane_by {
        LaneBy::Organisation => catalogue.organisations.len(),
        LaneBy::Speaker => catalogue.speakers.len(),
    };
    let mut group_counts = vec![0u32; FIRST_NAMED_GROUP as usize + named_groups];
    let mut undated = Undated::default();
    let mut items =
        Vec::with_capacity(catalogue.event_days.len() + kept_documents.count + kept_quotes.count);
    // Items are made in target order (events, documents, quotes, each ascending), whatever order the
    // results came in, so that the stable sort below breaks ties the same way every time.
    let mut push = |target: ItemTarget, group: u32, days: DaySpan| {
        group_counts[group as usize] += 1;
        items.push(TimelineItem {
            target,
            lane: group,
            first_day: days.first,
            last_day: days.last,
        });
    };
    for (index, &days) in catalogue.event_days.iter().enumerate() {
        push(ItemTarget::Event(index as u32), EVENTS_GROUP, days);
    }
    for position in kept_documents.iter() {
        let Some(days) = catalogue.document_days[position as usize] else {
            undated.documents += 1;
            continue;
        };
        let group = match lane_by {
            LaneBy::Organisation => catalogue.document_publisher[position as usize]
                .map_or(OTHER_GROUP, |organisation| FIRST_NAMED_GROUP + organisation),
            LaneBy::Speaker => OTHER_GROUP,
        };
        push(ItemTarget::Document(position), group, days);
    }
    for index in kept_quotes.iter() {
        let quote = &analysis.quotes[index as usize];
        let days = catalogue
            .document_days
            .get(quote.document as usize)
            .copied()
            .flatten();
        let Some(days) = days else {
            undated.quotes += 1;
            continue;
        };
        let speaker = quote
            .speaker
            .filter(|&speaker| speaker < catalogue.speakers.len());
        let group = match (lane_by, speaker) {
            (_, None) => UNATTRIBUTED_GROUP,
            (LaneBy::Organisation, Some(speaker)) => catalogue.speaker_organisation[speaker]
                .map_or(OTHER_GROUP, |organisation| FIRST_NAMED_GROUP + organisation),
            (LaneBy::Speaker, Some(speaker)) => FIRST_NAMED_GROUP + speaker as u32,
        };
        push(ItemTarget::Quote(index), group, days);
    }

    let lane_of_group = |group: u32| -> (LaneKey, &str) {
        match (group, lane_by) {
            (EVENTS_GROUP, _) => (LaneKey::Events, "Context events"),
            (UNATTRIBUTED_GROUP, _) => (LaneKey::Unattributed, "Unattributed"),
            (OTHER_GROUP, LaneBy::Organisation) => (LaneKey::NoOrganisation, "No organisation"),
            (OTHER_GROUP, LaneBy::Speaker) => (LaneKey::Documents, "Documents"),
            (_, LaneBy::Organisation) => {
                let (key, label) = &catalogue.organisations[(group - FIRST_NAMED_GROUP) as usize];
                (LaneKey::Organisation(key.clone()), label)
            }
            (_, LaneBy::Speaker) => {
                let (id, name) = &catalogue.speakers[(group - FIRST_NAMED_GROUP) as usize];
                (LaneKey::Speaker(id.clone()), name)
            }
        }
    };
    let mut occupied: Vec<(u32, LaneKey, &str)> = (0..group_counts.len() as u32)
        .filter(|&group| group_counts[group as usize] > 0)
        .map(|group| {
            let (key, label) = lane_of_group(group);
            (group, key, label)
        })
        .collect();
    // The events lane first; then the fullest lanes, and equal ones by label (the group number last, so
    // that two organisations spelt alike keep one order).
    occupied.sort_by(|(a, _, a_label), (b, _, b_label)| {
        (*a != EVENTS_GROUP)
            .cmp(&(*b != EVENTS_GROUP))
            .then(group_counts[*b as usize].cmp(&group_counts[*a as usize]))
            .then_with(|| a_label.cmp(b_label))
            .then(a.cmp(b))
    });
    let mut lane_of_group = vec![u32::MAX; group_counts.len()];
    let mut lanes = Vec::with_capacity(occupied.len());
    let mut start = 0u32;
    for (lane, (group, key, label)) in occupied.into_iter().enumerate() {
        lane_of_group[group as usize] = lane as u32;
        let end = start + group_counts[group as usize];
        lanes.push(Lane {
            key,
            label: label.to_owned(),
            items: start..end,
        });
        start = end;
    }
    for item in &mut items {
        item.lane = lane_of_group[item.lane as usize];
    }
    radsort::sort_by_key(&mut items, |item| {
        (item.lane, item.first_day, item.last_day)
    });
    Placement {
        items,
        lanes,
        undated,
    }
}

/// Which positions a search kept, as bits: repeats fall away and iteration is in ascending order.
struct KeptSet {
    words: Vec<u64>,
    count: usize,
}

impl KeptSet {
    fn of(positions: impl IntoIterator<Item = u32>, len: usize) -> KeptSet {
        let mut words = vec![0u64; len.div_ceil(64)];
        let mut count = 0;
        for position in positions {
            let position = position as usize;
            if position >= len {
                continue;
            }
            let (word, bit) = (position / 64, 1u64 << (position % 64));
            if words[word] & bit == 0 {
                words[word] |= bit;
                count += 1;
            }
        }
        KeptSet { words, count }
    }

    fn iter(&self) -> impl Iterator<Item = u32> + '_ {
        self.words.iter().enumerate().flat_map(|(index, &word)| {
            let mut rest = word;
            std::iter::from_fn(move || {
                (rest != 0).then(|| {
                    let bit = rest.trailing_zeros();
                    rest &= rest - 1;
                    index as u32 * 64 + bit
                })
            })
        })
    }
}
