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
    /// Each group's place among all groups' labels, by organisation and by speaker: lanes of equal count
    /// are ordered by label on every search, and two numbers compare faster than two names.
    organisation_label_ranks: Vec<u32>,
    speaker_label_ranks: Vec<u32>,
}

impl ItemCatalogue {
    pub fn new<'a>(corpus: &'a Corpus, analysis: &'a Analysis) -> ItemCatalogue {
        let mut organisations: Vec<(String, String)> = Vec::new();
        let mut by_key: FxHashMap<String, u32> = FxHashMap::default();
        // Names repeat (a publisher on thousands of documents): each spelling is folded once.
        let mut by_name: FxHashMap<&'a str, u32> = FxHashMap::default();
        let mut group_of = |name: &'a str| -> u32 {
            if let Some(&group) = by_name.get(name) {
                return group;
            }
            let key = name_key(name);
            let group = *by_key.entry(key.clone()).or_insert_with(|| {
                organisations.push((key, name.to_owned()));
                organisations.len() as u32 - 1
            });
            by_name.insert(name, group);
            group
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
        let organisation_labels: Vec<&str> = organisations
            .iter()
            .map(|(_, label)| label.as_str())
            .collect();
        let speaker_labels: Vec<&str> = analysis
            .speakers
            .iter()
            .map(|speaker| speaker.name.as_str())
            .collect();
        let organisation_label_ranks = label_ranks(LaneBy::Organisation, &organisation_labels);
        let speaker_label_ranks = label_ranks(LaneBy::Speaker, &speaker_labels);
        ItemCatalogue {
            organisation_label_ranks,
            speaker_label_ranks,
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

/// Each group's rank among the labels of all groups (the special lanes' and `named`), ties by group.
fn label_ranks(lane_by: LaneBy, named: &[&str]) -> Vec<u32> {
    let special = |group: u32| special_lane(group, lane_by).map_or("", |(_, label)| label);
    let label = |group: u32| match group.checked_sub(FIRST_NAMED_GROUP) {
        Some(named_group) => named[named_group as usize],
        None => special(group),
    };
    let mut groups: Vec<u32> = (0..FIRST_NAMED_GROUP + named.len() as u32).collect();
    groups.sort_by(|&a, &b| label(a).cmp(label(b)).then(a.cmp(&b)));
    let mut ranks = vec![0; groups.len()];
    for (rank, &group) in groups.iter().enumerate() {
        ranks[group as usize] = rank as u32;
    }
    ranks
}

/// The key and label of a lane that stands for no organisation or speaker.
fn special_lane(group: u32, lane_by: LaneBy) -> Option<(LaneKey, &'static str)> {
    match (group, lane_by) {
        (EVENTS_GROUP, _) => Some((LaneKey::Events, "Context events")),
        (UNATTRIBUTED_GROUP, _) => Some((LaneKey::Unattributed, "Unattributed")),
        (OTHER_GROUP, LaneBy::Organisation) => Some((LaneKey::NoOrganisation, "No organisation")),
        (OTHER_GROUP, LaneBy::Speaker) => Some((LaneKey::Documents, "Documents")),
        _ => None,
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

    let key_and_label = |group: u32| -> (LaneKey, &str) {
        if let Some(special) = special_lane(group, lane_by) {
            return special;
        }
        let named = (group - FIRST_NAMED_GROUP) as usize;
        match lane_by {
            LaneBy::Organisation => {
                let (key, label) = &catalogue.organisations[named];
                (LaneKey::Organisation(key.clone()), label)
            }
            LaneBy::Speaker => {
                let (id, name) = &catalogue.speakers[named];
                (LaneKey::Speaker(id.clone()), name)
            }
        }
    };
    let label_ranks = match lane_by {
        LaneBy::Organisation => &catalogue.organisation_label_ranks,
        LaneBy::Speaker => &catalogue.speaker_label_ranks,
    };
    let mut occupied: Vec<u32> = (0..group_counts.len() as u32)
        .filter(|&group| group_counts[group as usize] > 0)
        .collect();
    // The events lane first; then the fullest lanes, and equal ones by label (then group, so that two
    // organisations spelt alike keep one order).
    occupied.sort_unstable_by_key(|&group| {
        (
            group != EVENTS_GROUP,
            u32::MAX - group_counts[group as usize],
            label_ranks[group as usize],
        )
    });
    let mut lane_of_group = vec![u32::MAX; group_counts.len()];
    let mut lanes = Vec::with_capacity(occupied.len());
    let mut start = 0u32;
    for (lane, group) in occupied.into_iter().enumerate() {
        lane_of_group[group as usize] = lane as u32;
        let (key, label) = key_and_label(group);
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
    sort_by_lane_and_day(&mut items, lanes.len());
    Placement {
        items,
        lanes,
        undated,
    }
}

/// Sorts items by lane, first day, last day, keeping ties in the order they came.
pub(super) fn sort_by_lane_and_day(items: &mut [TimelineItem], lanes: usize) {
    // Days are below 2^22 (LAST_DAY is 3,652,058), so with fewer than 2^20 lanes the three fit one u64,
    // which the radix sort passes over in 8 bytes rather than 12.
    if lanes < 1 << 20 {
        radsort::sort_by_key(items, |item| {
            (u64::from(item.lane) << 44)
                | (u64::from(item.first_day) << 22)
                | u64::from(item.last_day)
        });
    } else {
        radsort::sort_by_key(items, |item| (item.lane, item.first_day, item.last_day));
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

#[cfg(test)]
mod tests {
    use super::super::day::date_of;
    use super::super::Timeline;
    use super::*;
    use crate::analysis::analyze;
    use crate::corpus::{read_folder, SourceFile};
    use expect_test::{expect, Expect};
    use std::fmt::Write;

    const MANIFEST: &str = r#"
[[document]]
file = "a.txt"
publisher = "The Daily Example"
published = "2024-03-14"

[[document]]
file = "b.txt"
publisher = "Example Council"
kind = "press-release"
published = "2024-03-10/2024-03-14"

[[document]]
file = "c.txt"
publisher = "the daily example"
published = "2024-02"

[[document]]
file = "d.txt"
publisher = "Example Council"

[[document]]
file = "e.txt"
published = "2024-03-20"

[[event]]
date = "2024-03-01"
title = "The consultation opens"
"#;

    const FILES: [(&str, &str); 5] = [
        (
            "a.txt",
            "Council approves bus lanes\n\n\"The lanes will cut journey times,\" said Jane Smith, a spokesperson for Example Council.\n\n\"We are not convinced,\" said Tom Brown.\n\n\"Nobody asked us.\"\n",
        ),
        (
            "b.txt",
            "Bus lanes approved\n\n\"This is a good day for the city,\" said Example Council.\n",
        ),
        (
            "c.txt",
            "Bus lanes proposed\n\n\"It is a plan worth trying,\" said Jane Smith, a spokesperson for Example Council.\n",
        ),
        (
            "d.txt",
            "A note\n\n\"An undated remark,\" said Jane Smith, a spokesperson for Example Council.\n",
        ),
        ("e.txt", "Notes\n\n\"Nothing is decided yet.\"\n"),
    ];

    /// Every lane and its items, for the given kept documents and quotes.
    fn check(lane_by: LaneBy, documents: &[u32], quotes: Option<&[u32]>, expected: Expect) {
        let mut files: Vec<SourceFile<'_>> = FILES
            .iter()
            .map(|&(name, text)| SourceFile {
                name,
                bytes: text.as_bytes(),
            })
            .collect();
        files.push(SourceFile {
            name: "manifest.toml",
            bytes: MANIFEST.as_bytes(),
        });
        let (_, corpus, _) = read_folder(&files);
        let analysis = analyze(&corpus);
        let catalogue = ItemCatalogue::new(&corpus, &analysis);
        let all_quotes: Vec<u32> = (0..analysis.quotes.len() as u32).collect();
        let timeline = Timeline::build(
            &catalogue,
            &analysis,
            lane_by,
            documents.iter().copied(),
            quotes.unwrap_or(&all_quotes).iter().copied(),
        );
        let mut text = String::new();
        for lane in timeline.lanes() {
            writeln!(text, "{} \"{}\" ({})", lane.key, lane.label, lane.count()).unwrap();
            for item in &timeline.items()[lane.items.start as usize..lane.items.end as usize] {
                let target = match item.target {
                    ItemTarget::Document(position) => {
                        corpus.documents[position as usize].id.to_string()
                    }
                    ItemTarget::Quote(index) => analysis.quotes[index as usize].id(&corpus),
                    ItemTarget::Event(index) => format!("event {index}"),
                };
                writeln!(
                    text,
                    "  {target}: {}..={}",
                    date_of(item.first_day),
                    date_of(item.last_day)
                )
                .unwrap();
            }
        }
        let undated = timeline.undated();
        write!(
            text,
            "undated: {} documents, {} quotes",
            undated.documents, undated.quotes
        )
        .unwrap();
        expected.assert_eq(&text);
    }

    #[test]
    fn by_organisation_quotes_join_their_speakers_organisation_and_documents_their_publisher() {
        check(
            LaneBy::Organisation,
            &[4, 3, 2, 1, 0, 0, 99],
            None,
            expect![[r#"
                events "Context events" (1)
                  event 0: 2024-03-01..=2024-03-01
                org:example council "Example Council" (4)
                  c-q1: 2024-02-01..=2024-02-29
                  b: 2024-03-10..=2024-03-14
                  b-q1: 2024-03-10..=2024-03-14
                  a-q1: 2024-03-14..=2024-03-14
                no-organisation "No organisation" (3)
                  a-q2: 2024-03-14..=2024-03-14
                  a-q3: 2024-03-14..=2024-03-14
                  e: 2024-03-20..=2024-03-20
                org:daily example "The Daily Example" (2)
                  c: 2024-02-01..=2024-02-29
                  a: 2024-03-14..=2024-03-14
                unattributed "Unattributed" (1)
                  e-q1: 2024-03-20..=2024-03-20
                undated: 1 documents, 1 quotes"#]],
        );
    }

    #[test]
    fn by_speaker_documents_share_one_lane() {
        check(
            LaneBy::Speaker,
            &[0, 1, 2, 3, 4],
            None,
            expect![[r#"
            events "Context events" (1)
              event 0: 2024-03-01..=2024-03-01
            documents "Documents" (4)
              c: 2024-02-01..=2024-02-29
              b: 2024-03-10..=2024-03-14
              a: 2024-03-14..=2024-03-14
              e: 2024-03-20..=2024-03-20
            speaker:jane-smith "Jane Smith" (2)
              c-q1: 2024-02-01..=2024-02-29
              a-q1: 2024-03-14..=2024-03-14
            speaker:tom-brown "Tom Brown" (2)
              a-q2: 2024-03-14..=2024-03-14
              a-q3: 2024-03-14..=2024-03-14
            speaker:example-council "Example Council" (1)
              b-q1: 2024-03-10..=2024-03-14
            unattributed "Unattributed" (1)
              e-q1: 2024-03-20..=2024-03-20
            undated: 1 documents, 1 quotes"#]],
        );
    }

    #[test]
    fn only_what_the_search_kept_is_placed_and_events_always_are() {
        check(
            LaneBy::Organisation,
            &[1],
            Some(&[0]),
            expect![[r#"
            events "Context events" (1)
              event 0: 2024-03-01..=2024-03-01
            org:example council "Example Council" (2)
              b: 2024-03-10..=2024-03-14
              a-q1: 2024-03-14..=2024-03-14
            undated: 0 documents, 0 quotes"#]],
        );
    }

    #[test]
    fn lane_keys_read_back() {
        for key in [
            LaneKey::Events,
            LaneKey::Organisation("events".to_owned()),
            LaneKey::Speaker("jane-smith".to_owned()),
            LaneKey::Unattributed,
            LaneKey::NoOrganisation,
            LaneKey::Documents,
        ] {
            assert_eq!(LaneKey::parse(&key.to_string()), Some(key));
        }
        assert_eq!(LaneKey::parse("lanes"), None);
    }
}
