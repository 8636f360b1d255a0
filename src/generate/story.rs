//! A story: what happened (a plan in a place), who took part (organisations and people, each for or
//! against), the quotable phrase, and the statement its lead speaker gave — everything that the documents
//! covering it share.

use super::calendar::Day;
use super::figure::Figure;
use super::phrasebook;
use super::random::Random;
use super::sentence::{expand, Scene, Segment, Sentence};
use super::vocabulary::{
    Facility, OrgKind, Role, RoleTitle, Topic, COMMON_CRITICS, FEMALE_NAMES, MALE_NAMES,
    MONTHS_AHEAD, NEUTRAL_NAMES, NUMBER_WORDS, PLACE_ENDINGS, PLACE_STEMS, REGION_ENDINGS,
    REGION_STEMS, SAINTS, STREET_KINDS, SURNAMES, TOPICS,
};

/// The day barristers' silks became King's Counsel; documents dated before it say QC.
const KINGS_COUNSEL_FROM: (i64, u32, u32) = (2022, 9, 8);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stance {
    Support,
    Oppose,
    Neutral,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pronoun {
    He,
    She,
    They,
}

impl Pronoun {
    pub fn subject(self) -> &'static str {
        match self {
            Pronoun::He => "he",
            Pronoun::She => "she",
            Pronoun::They => "they",
        }
    }

    pub fn courtesy_title(self) -> &'static str {
        match self {
            Pronoun::He => "Mr",
            Pronoun::She => "Ms",
            Pronoun::They => "Mx",
        }
    }
}

#[derive(Clone, Debug)]
pub struct Organisation {
    pub kind: OrgKind,
    /// The full name, with `'` for apostrophes.
    pub name: String,
    pub acronym: Option<String>,
}

impl Organisation {
    /// `the ` when running text puts an article before the name, else nothing.
    pub fn article(&self) -> &'static str {
        if self.kind.takes_article(&self.name) {
            "the "
        } else {
            ""
        }
    }

    /// The name as ground truth gives it: apostrophes typographic, whatever a document printed.
    pub fn canonical(&self) -> String {
        self.name.replace('\'', "’")
    }
}

/// What a person is, and for whom they speak.
#[derive(Clone, Copy, Debug)]
pub enum Position {
    /// A role at one of the story's organisations.
    Member {
        role: &'static Role,
        organisation: usize,
    },
    /// The MP for the story's place.
    MemberOfParliament,
    /// Someone who lives there.
    Resident,
    /// A barrister acting for one of the organisations.
    Barrister { organisation: usize },
}

#[derive(Clone, Debug)]
pub struct Person {
    pub first: &'static str,
    /// With `'` for apostrophes (`O'Neill`).
    pub surname: &'static str,
    pub pronoun: Pronoun,
    /// `Dr`, `Prof`, `Professor`, `Cllr`, `Sir`, `Dame`.
    pub honorific: Option<&'static str>,
    /// `OBE`, `MP`, `KC`…
    pub post_nominal: Option<&'static str>,
    pub position: Position,
}

impl Person {
    /// The full name without honorifics or post-nominals, apostrophes typographic: how ground truth names
    /// the speaker.
    pub fn canonical(&self) -> String {
        format!("{} {}", self.first, self.surname).replace('\'', "’")
    }
}

/// Who speaks: a person, or an organisation in its own name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Speaker {
    Person(usize),
    Organisation(usize),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Voice {
    pub speaker: Speaker,
    pub stance: Stance,
}

pub struct Story {
    pub topic: &'static Topic,
    pub place: String,
    pub region: String,
    /// The plan's name after the place (`bus lane scheme`) and its short noun (`scheme`).
    pub plan: (&'static str, &'static str),
    /// Support when the story is an organisation's announcement, Oppose when it is a warning about it.
    pub stance: Stance,
    pub organisations: Vec<Organisation>,
    /// The organisation whose plan it is.
    pub actor: usize,
    /// The organisation that objects most.
    pub critic: usize,
    pub people: Vec<Person>,
    /// Everyone who may speak; the first is the lead, who gave the statement and coined the phrase.
    pub voices: Vec<Voice>,
    pub affected: [&'static str; 2],
    pub counted: [&'static str; 2],
    pub issues: [&'static str; 2],
    pub facility: &'static Facility,
    /// The quotable phrase (`a dangerous impact on commuters`), as segments without figures.
    pub phrase: Vec<Segment>,
    /// The lead speaker's statement: paragraphs of sentences.
    pub statement: Vec<Vec<Sentence>>,
    pub day: Day,
}

impl Story {
    pub fn lead(&self) -> Voice {
        self.voices[0]
    }

    pub fn canonical_name(&self, speaker: Speaker) -> String {
        match speaker {
            Speaker::Person(index) => self.people[index].canonical(),
            Speaker::Organisation(index) => self.organisations[index].canonical(),
        }
    }

    /// The organisation a speaker belongs to, if any.
    pub fn organisation_of(&self, speaker: Speaker) -> Option<usize> {
        match speaker {
            Speaker::Organisation(index) => Some(index),
            Speaker::Person(index) => match self.people[index].position {
                Position::Member { organisation, .. } => Some(organisation),
                Position::Barrister { organisation } => Some(organisation),
                Position::MemberOfParliament | Position::Resident => None,
            },
        }
    }

    /// The plan as running text calls it first: `the Tarnley bus lane scheme`.
    pub fn plan_full(&self) -> String {
        format!("the {} {}", self.place, self.plan.0)
    }

    /// A new story about `day`, its cast drawn from the word lists.
    pub fn new(random: &mut Random, day: Day) -> Story {
        let topic = random.pick(TOPICS);
        let place = place_name(random);
        let region = region_name(random);
        let plan = *random.pick(topic.plans);
        let stance = if random.percent(55) {
            Stance::Support
        } else {
            Stance::Oppose
        };
        let mut organisations = Vec::new();
        let actor_kind = *random.pick(topic.actors);
        organisations.push(organisation(random, actor_kind, topic, &place, &region));
        let critic_kind = loop {
            let kind = if random.percent(70) {
                *random.pick(topic.critics)
            } else {
                *random.pick(COMMON_CRITICS)
            };
            if kind != actor_kind {
                break kind;
            }
        };
        organisations.push(organisation(random, critic_kind, topic, &place, &region));
        let (actor, critic) = (0, 1);
        let expert_kind = if random.percent(60) {
            OrgKind::University
        } else {
            OrgKind::Institute
        };
        organisations.push(organisation(random, expert_kind, topic, &place, &region));
        let expert = 2;

        let mut people = Vec::new();
        let mut voices = Vec::new();
        let mut cast = Cast {
            people: &mut people,
            voices: &mut voices,
            day,
        };
        cast.member(random, actor, actor_kind, Stance::Support);
        cast.member(random, critic, critic_kind, Stance::Oppose);
        cast.member(random, expert, expert_kind, Stance::Neutral);
        if random.percent(30) {
            cast.member(random, actor, actor_kind, Stance::Support);
        }
        if random.percent(35) {
            let second_kind = *random.pick(COMMON_CRITICS);
            if second_kind != critic_kind && second_kind != actor_kind {
                organisations.push(organisation(random, second_kind, topic, &place, &region));
                cast.member(random, organisations.len() - 1, second_kind, Stance::Oppose);
            }
        }
        let extras = [
            (
                25,
                Position::MemberOfParliament,
                RoleTitle::MemberOfParliament,
            ),
            (25, Position::Resident, RoleTitle::Any),
            (
                8,
                Position::Barrister {
                    organisation: critic,
                },
                RoleTitle::Any,
            ),
        ];
        for (chance, position, title) in extras {
            if random.percent(chance) {
                people.push(person(random, position, title, day));
                let stance = match position {
                    Position::MemberOfParliament if random.percent(50) => Stance::Support,
                    _ => Stance::Oppose,
                };
                voices.push(Voice {
                    speaker: Speaker::Person(people.len() - 1),
                    stance,
                });
            }
        }
        // Organisations speak in their own name too ("the council said").
        voices.push(Voice {
            speaker: Speaker::Organisation(actor),
            stance: Stance::Support,
        });
        voices.push(Voice {
            speaker: Speaker::Organisation(critic),
            stance: Stance::Oppose,
        });

        // The lead: the actor's or the critic's first speaker, sometimes the organisation itself.
        let lead_position = voices
            .iter()
            .position(|voice| voice.stance == stance)
            .unwrap_or(0);
        let lead_position = if random.percent(15) {
            let organisation = if stance == Stance::Support {
                actor
            } else {
                critic
            };
            voices
                .iter()
                .position(|voice| voice.speaker == Speaker::Organisation(organisation))
                .unwrap_or(lead_position)
        } else {
            lead_position
        };
        let lead = voices.remove(lead_position);
        voices.insert(0, lead);

        let mut story = Story {
            topic,
            place,
            region,
            plan,
            stance,
            organisations,
            actor,
            critic,
            people,
            voices,
            affected: two_of(random, topic.affected),
            counted: two_of(random, topic.counted),
            issues: two_of(random, topic.issues),
            facility: random.pick(topic.facilities),
            phrase: Vec::new(),
            statement: Vec::new(),
            day,
        };
        let phrases = if stance == Stance::Support {
            phrasebook::PHRASES_SUPPORT
        } else {
            phrasebook::PHRASES_OPPOSE
        };
        let phrase = *random.pick(phrases);
        story.phrase = expand(phrase, &mut StoryScene::new(&story, stance), random).segments;
        story.statement = statement(&story, random);
        story
    }
}

/// The people of a story as they are cast, each with the voice they speak in.
struct Cast<'a> {
    people: &'a mut Vec<Person>,
    voices: &'a mut Vec<Voice>,
    day: Day,
}

impl Cast<'_> {
    fn member(&mut self, random: &mut Random, organisation: usize, kind: OrgKind, stance: Stance) {
        let role = random.pick(kind.roles());
        let position = Position::Member { role, organisation };
        self.people
            .push(person(random, position, role.title, self.day));
        self.voices.push(Voice {
            speaker: Speaker::Person(self.people.len() - 1),
            stance,
        });
    }
}

fn two_of(random: &mut Random, items: &'static [&'static str]) -> [&'static str; 2] {
    let first = random.below(items.len());
    let second = (first + 1 + random.below(items.len() - 1)) % items.len();
    [items[first], items[second]]
}

pub fn place_name(random: &mut Random) -> String {
    format!("{}{}", random.pick(PLACE_STEMS), random.pick(PLACE_ENDINGS))
}

pub fn region_name(random: &mut Random) -> String {
    format!(
        "{}{}",
        random.pick(REGION_STEMS),
        random.pick(REGION_ENDINGS)
    )
}

pub fn street_name(random: &mut Random) -> String {
    match random.below(5) {
        0 => format!("St {}'s {}", random.pick(SAINTS), random.pick(STREET_KINDS)),
        1 => format!("{} {}", random.pick(PLACE_STEMS), random.pick(STREET_KINDS)),
        _ => format!("{} {}", random.pick(SURNAMES), random.pick(STREET_KINDS)),
    }
}

/// `Esk Vale Regional Agency` → `EVRA`: the capitals of its significant words.
fn acronym(name: &str) -> String {
    name.split([' ', '-'])
        .filter(|word| !matches!(*word, "of" | "for" | "and" | "the"))
        .filter_map(|word| word.chars().next())
        .filter(char::is_ascii_uppercase)
        .collect()
}

pub fn organisation(
    random: &mut Random,
    kind: OrgKind,
    topic: &Topic,
    place: &str,
    region: &str,
) -> Organisation {
    let pattern = random.pick(kind.name_patterns());
    let surname = *random.pick(SURNAMES);
    let name = pattern
        .replace("{place}", place)
        .replace("{region}", region)
        .replace("{Sector}", topic.sector_title)
        .replace("{surname}", surname);
    let acronym = (kind.has_acronym() && random.percent(70))
        .then(|| acronym(&name))
        .filter(|acronym| acronym.len() >= 2);
    Organisation {
        kind,
        name,
        acronym,
    }
}

fn person(random: &mut Random, position: Position, title: RoleTitle, day: Day) -> Person {
    let pronoun = match random.below(100) {
        0..=47 => Pronoun::She,
        48..=95 => Pronoun::He,
        _ => Pronoun::They,
    };
    let first = *random.pick(match pronoun {
        Pronoun::She => FEMALE_NAMES,
        Pronoun::He => MALE_NAMES,
        Pronoun::They => NEUTRAL_NAMES,
    });
    let surname = *random.pick(SURNAMES);
    let (mut honorific, mut post_nominal) = (None, None);
    match title {
        RoleTitle::Councillor if random.percent(85) => honorific = Some("Cllr"),
        RoleTitle::Doctor if random.percent(70) => honorific = Some("Dr"),
        RoleTitle::Professor => {
            honorific = Some(*random.pick(&["Prof", "Prof", "Professor"]));
        }
        RoleTitle::MemberOfParliament if random.percent(60) => post_nominal = Some("MP"),
        _ => {}
    }
    if title == RoleTitle::Any && !matches!(position, Position::Resident) {
        match random.below(100) {
            0..=5 => honorific = Some("Dr"),
            6..=7 => {
                honorific = match pronoun {
                    Pronoun::He => Some("Sir"),
                    Pronoun::She => Some("Dame"),
                    Pronoun::They => None,
                }
            }
            _ => {}
        }
        if random.percent(9) {
            post_nominal = Some(*random.pick(&["OBE", "MBE", "CBE", "OBE"]));
        }
    }
    if let Position::Barrister { .. } = position {
        let (year, month, date) = KINGS_COUNSEL_FROM;
        post_nominal = Some(if day < Day::from_date(year, month, date) {
            "QC"
        } else {
            "KC"
        });
    }
    Person {
        first,
        surname,
        pronoun,
        honorific,
        post_nominal,
        position,
    }
}

/// The lead speaker's statement: three to six paragraphs in their stance, with figures, the phrase, and
/// sentences that trip up apostrophe and quotation handling.
fn statement(story: &Story, random: &mut Random) -> Vec<Vec<Sentence>> {
    let lead = story.lead();
    let mut scene = StoryScene::new(story, lead.stance);
    let paragraph_count = random.between(3, 6) as usize;
    let mut decks = Decks::new(random);
    let mut paragraphs: Vec<Vec<Sentence>> = (0..paragraph_count)
        .map(|_| {
            let sentence_count = random.between(1, 3) as usize;
            (0..sentence_count)
                .map(|_| decks.quote(lead.stance, random, &mut scene))
                .collect()
        })
        .collect();
    let carriers = if lead.stance == Stance::Support {
        phrasebook::PHRASE_CARRIERS_SUPPORT
    } else {
        phrasebook::PHRASE_CARRIERS_OPPOSE
    };
    let carrier = *random.pick(carriers);
    let carrier = expand(carrier, &mut scene, random);
    let at = random.below(paragraphs.len().min(3));
    paragraphs[at].insert(0, carrier);
    if paragraphs
        .iter()
        .flatten()
        .all(|sentence| sentence.figure_count() == 0)
    {
        let template = *random.pick(phrasebook::FIGURES);
        let figure_sentence = expand(template, &mut scene, random);
        let at = random.below(paragraphs.len());
        paragraphs[at].push(figure_sentence);
    }
    paragraphs
}

/// Templates dealt like cards, so that a document does not repeat itself until it has used them all.
pub struct Deck {
    templates: &'static [&'static str],
    order: Vec<usize>,
    next: usize,
}

impl Deck {
    pub fn new(templates: &'static [&'static str], random: &mut Random) -> Deck {
        let mut order: Vec<usize> = (0..templates.len()).collect();
        random.shuffle(&mut order);
        Deck {
            templates,
            order,
            next: 0,
        }
    }

    pub fn draw(&mut self, random: &mut Random) -> &'static str {
        if self.next == self.order.len() {
            random.shuffle(&mut self.order);
            self.next = 0;
        }
        self.next += 1;
        self.templates[self.order[self.next - 1]]
    }
}

/// One deck per kind of quotation.
pub struct Decks {
    support: Deck,
    oppose: Deck,
    neutral: Deck,
    figures: Deck,
    asides: Deck,
}

impl Decks {
    pub fn new(random: &mut Random) -> Decks {
        Decks {
            support: Deck::new(phrasebook::SUPPORT, random),
            oppose: Deck::new(phrasebook::OPPOSE, random),
            neutral: Deck::new(phrasebook::NEUTRAL, random),
            figures: Deck::new(phrasebook::FIGURES, random),
            asides: Deck::new(phrasebook::ASIDES, random),
        }
    }

    /// A quoted sentence for a speaker of `stance`: mostly opinion, sometimes figures or an aside.
    pub fn quote(
        &mut self,
        stance: Stance,
        random: &mut Random,
        scene: &mut dyn Scene,
    ) -> Sentence {
        let deck = match random.below(10) {
            0..=5 => match stance {
                Stance::Support => &mut self.support,
                Stance::Oppose => &mut self.oppose,
                Stance::Neutral => &mut self.neutral,
            },
            6..=8 => &mut self.figures,
            _ => &mut self.asides,
        };
        let template = deck.draw(random);
        expand(template, scene, random)
    }
}

/// Fills template slots from a story. `who` and `org` are set by the document writer, which knows how the
/// speaker and the acting organisation were last mentioned.
pub struct StoryScene<'s> {
    pub story: &'s Story,
    /// The stance of whoever speaks, for `{partial}`.
    pub stance: Stance,
    pub who: Option<String>,
    /// How to name the acting organisation here; `org_used` says whether a template did.
    pub org: Option<String>,
    pub org_used: bool,
    /// How the acting organisation is called for short (`the council`; `the Club` in a club's own text).
    pub lead_short: String,
}

impl<'s> StoryScene<'s> {
    pub fn new(story: &'s Story, stance: Stance) -> StoryScene<'s> {
        StoryScene {
            story,
            stance,
            who: None,
            org: None,
            org_used: false,
            lead_short: story.organisations[story.actor].kind.short().to_owned(),
        }
    }

    /// How headlines name an organisation: `Tarnley council`, an acronym, or the name.
    fn headline_name(&self, index: usize) -> String {
        let organisation = &self.story.organisations[index];
        match (&organisation.acronym, organisation.kind) {
            (Some(acronym), _) => acronym.clone(),
            (None, OrgKind::CityCouncil | OrgKind::BoroughCouncil | OrgKind::CountyCouncil) => {
                let council_of = organisation
                    .name
                    .split(" City")
                    .next()
                    .unwrap_or(&organisation.name);
                let council_of = council_of
                    .trim_end_matches(" Council")
                    .trim_end_matches(" Borough")
                    .trim_end_matches(" District")
                    .trim_end_matches(" County");
                format!("{council_of} council")
            }
            _ => organisation.name.clone(),
        }
    }
}

impl Scene for StoryScene<'_> {
    fn fill(&mut self, name: &str, random: &mut Random, segments: &mut Vec<Segment>) {
        let story = self.story;
        let text = match name {
            "place" => story.place.clone(),
            "region" => story.region.clone(),
            "street" => street_name(random),
            "plan" => story.plan_full(),
            "plan_bare" => format!("{} {}", story.place, story.plan.0),
            "plan_short" => format!("the {}", story.plan.1),
            "affected" => random.pick(&story.affected).to_string(),
            "affected_pos" => {
                let group = random.pick(&story.affected);
                if group.ends_with('s') {
                    format!("{group}'")
                } else {
                    format!("{group}'s")
                }
            }
            "counted" => random.pick(&story.counted).to_string(),
            "issue" => random.pick(&story.issues).to_string(),
            "sector" => story.topic.sector.to_owned(),
            "facility" => story.facility.name.to_owned(),
            "lead_short" => self.lead_short.clone(),
            "org" => {
                self.org_used = true;
                self.org
                    .clone()
                    .unwrap_or_else(|| story.organisations[story.actor].name.clone())
            }
            "org_head" => self.headline_name(story.actor),
            "critic_head" => self.headline_name(story.critic),
            "who" => self.who.clone().unwrap_or_else(|| "campaigners".to_owned()),
            "phrase" => {
                segments.extend(story.phrase.iter().cloned());
                return;
            }
            "partial" => {
                let partials = match self.stance {
                    Stance::Support => phrasebook::PARTIALS_SUPPORT,
                    Stance::Oppose => phrasebook::PARTIALS_OPPOSE,
                    Stance::Neutral => phrasebook::PARTIALS_NEUTRAL,
                };
                let template = random.pick(partials);
                let sentence = expand(template, self, random);
                segments.extend(sentence.segments);
                return;
            }
            "year" => (story.day.year() - random.between(1, 9) as i64).to_string(),
            "decade" => random
                .pick(&["'90s", "'80s", "'70s", "1990s", "1980s", "2000s", "'60s"])
                .to_string(),
            "weekday" => random
                .pick(&[
                    "Monday",
                    "Tuesday",
                    "Wednesday",
                    "Thursday",
                    "Friday",
                    "Saturday",
                ])
                .to_string(),
            "ahead" => random.pick(MONTHS_AHEAD).to_string(),
            "number" => random.pick(NUMBER_WORDS).to_string(),
            "rate" => random
                .pick(&[
                    "a month",
                    "a year",
                    "each week",
                    "every day",
                    "per year",
                    "a week",
                    "each year",
                ])
                .to_string(),
            "count" => return segments.push(Segment::Figure(Figure::random_count(random))),
            "big" => return segments.push(Segment::Figure(Figure::random_scaled_count(random))),
            "percent" => return segments.push(Segment::Figure(Figure::random_percent(random))),
            "money" => return segments.push(Segment::Figure(Figure::random_money(random))),
            "cost" => return segments.push(Segment::Figure(Figure::random_cost(random))),
            "small_money" => {
                return segments.push(Segment::Figure(Figure::random_small_money(random)))
            }
            "population" => {
                let population = random.between(8, 450) * 1_000;
                return segments.push(Segment::Figure(Figure::Count(population)));
            }
            "compound" => {
                let facility = story.facility;
                let figure =
                    Figure::random_compound(random, facility.unit, facility.low, facility.high);
                return segments.push(Segment::Figure(figure));
            }
            other => unreachable!("no template slot is called {other}"),
        };
        segments.push(Segment::Owned(text));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acronyms_take_the_capitals_of_significant_words() {
        assert_eq!(acronym("Esk Vale Regional Agency"), "EVRA");
        assert_eq!(acronym("National Union of Housing Workers"), "NUHW");
        assert_eq!(acronym("Institute for Care Research"), "ICR");
    }

    #[test]
    fn a_story_has_a_lead_a_phrase_and_a_statement_with_a_figure() {
        for seed in 0..50 {
            let story = Story::new(&mut Random::new(seed), Day::from_date(2020, 5, 1));
            assert!(!story.phrase.is_empty());
            assert!((3..=6).contains(&story.statement.len()));
            assert!(story
                .statement
                .iter()
                .flatten()
                .any(|sentence| sentence.figure_count() > 0));
            let lead = story.lead();
            assert!(story.voices[1..].iter().all(|voice| *voice != lead));
        }
    }

    #[test]
    fn barristers_are_qc_before_september_2022_and_kc_after() {
        let title = |year| {
            person(
                &mut Random::new(1),
                Position::Barrister { organisation: 0 },
                RoleTitle::Any,
                Day::from_date(year, 1, 1),
            )
            .post_nominal
        };
        assert_eq!((title(2021), title(2023)), (Some("QC"), Some("KC")));
    }
}
