//! A speaker as a sentence names them: "Susie Hargreaves OBE, chief executive of the IWF", "the group",
//! "he", "Health minister Tom Reilly", "a spokesperson for the college" — read into who (a person, an
//! organisation, a pronoun or a reference back) plus the role and organisation the apposition gives.

use super::document_source::{document_mention, document_source};
use super::lexicon::{
    honorific, is_business_reference, is_circumstance_preposition, is_common_verb, is_cue_verb,
    is_department_word, is_descriptor_before_name, is_discourse_opener, is_finite_verb,
    is_function_word, is_indefinite_article, is_name_particle, is_office_of_an_honorific,
    is_organisation_noun, is_organisation_reference, is_people_of_a_body, is_person_particle,
    is_post_in_organisation, is_post_nominal, is_sentence_adverbial, is_spokesperson,
    is_title_small_word, is_title_word, is_unnamed_people, is_weekday, lowered,
    office_of_honorifics, pronoun, Gender, Pronoun,
};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MentionHead {
    Pronoun(Pronoun),
    /// A person's name as written, without honorifics or post-nominals; one word is a surname.
    Person {
        name: String,
        gender: Option<Gender>,
    },
    /// An organisation's name or acronym, with the acronym it is introduced with, if any.
    Organisation {
        name: String,
        acronym: Option<String>,
    },
    /// A document named by its maker ("a CNN/WMUR poll", "a report by the Care Workforce Institute"): the
    /// maker claims what it reports; the document's own name lets "the poll" refer back to it.
    Document {
        maker: String,
        document: String,
    },
    /// A common noun referring back to an organisation: "the group", "the council".
    Reference {
        noun: String,
    },
    /// One capitalised word that may be a surname or an organisation ("Reilly", "Meta").
    Bare {
        name: String,
    },
    /// Someone or something described but not named: "one trader", "A Northshire councillor", "a sign on
    /// the main door". It refers to no one before it; the story may name them next.
    Unnamed {
        noun: String,
        /// "one trader", "another resident": one of several, so perhaps never named; "A café owner"
        /// opening a story is usually named next.
        one_of_many: bool,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    pub head: MentionHead,
    pub role: Option<String>,
    /// The organisation the role belongs to, as written ("the IWF", "Riverside University").
    pub organisation: Option<String>,
    /// An organisation the role belongs to, referred back to rather than named: "club" for "the club’s
    /// manager", "its" for "its chair", "board" for "Board chair".
    pub owner: Option<String>,
}

/// Most speaker phrases are short; a long one is a clause, not a name.
const MAX_PHRASE_WORDS: usize = 24;

/// Reads a speaker phrase; `None` when it names no one (a clause, a lower-case noun phrase).
pub fn parse_mention(phrase: &str) -> Option<Mention> {
    let mention = read_mention(phrase)?;
    // "Mr", "Rep", "(Trump": a name is never a title alone, nor carries the bracket or mark before it.
    let head = match mention.head {
        MentionHead::Organisation { name, acronym } => MentionHead::Organisation {
            name: clean_head(&name)?,
            acronym,
        },
        // "Minister vows …": a title alone may refer to the one holding it; an abbreviation never does.
        MentionHead::Bare { name } if honorific(&name).is_some() && !is_title_word(&name) => {
            return None
        }
        // "N.C.", "D.C.": a place's abbreviation (a state after its city) is no one's name.
        MentionHead::Bare { name }
            if name.contains('.')
                && name
                    .trim_end_matches([',', '.'])
                    .chars()
                    .all(|c| c.is_uppercase() || c == '.') =>
        {
            return None
        }
        MentionHead::Bare { name } => MentionHead::Bare {
            name: without_marks_around(&name).to_owned(),
        },
        MentionHead::Person { name, gender } => MentionHead::Person {
            name: clean_head(&name)?,
            gender,
        },
        head => head,
    };
    Some(Mention {
        head,
        role: mention.role.as_deref().and_then(clean_description),
        organisation: mention.organisation.as_deref().and_then(clean_description),
        ..mention
    })
}

/// Brackets, quotation marks and a clause's punctuation that open before a name or close after it.
const MARKS_BEFORE_A_NAME: [char; 6] = ['(', '[', '“', '"', '‘', '\''];
const MARKS_AFTER_A_NAME: [char; 9] = [')', ']', '”', '"', '’', '\'', ',', ';', ':'];

fn without_marks_around(name: &str) -> &str {
    name.trim_start_matches(MARKS_BEFORE_A_NAME)
        .trim_end_matches(MARKS_AFTER_A_NAME)
}

/// A name fit to be a speaker's: brackets and quotation marks around it taken off; `None` when only
/// titles and honorifics are left.
fn clean_head(name: &str) -> Option<String> {
    let name = without_marks_around(name);
    let only_titles = name
        .split_whitespace()
        .all(|word| honorific(word).is_some() || is_title_word(word));
    (!only_titles).then(|| name.to_owned())
}

fn read_mention(phrase: &str) -> Option<Mention> {
    let phrase = without_party_tags(phrase);
    let phrase = strip_openers(
        phrase
            .trim()
            .trim_matches([',', ';', ':', '.', ' ', '—', '–']),
    );
    // "COLUMBUS, Ohio — State Sen. Teresa Marlowe": a wire dateline is the story's place, not the
    // speaker's organisation.
    let phrase = match [" — ", " – ", " -- "]
        .iter()
        .filter_map(|dash| phrase.find(dash).map(|at| (at, dash.len())))
        .min()
    {
        Some((at, length))
            if phrase[..at].split_whitespace().next().is_some_and(|first| {
                let letters = first.trim_end_matches([',', '.']);
                letters.chars().filter(|c| c.is_alphabetic()).count() >= 3
                    && letters.chars().all(|c| !c.is_lowercase())
            }) && phrase[at + length..].split_whitespace().next().is_some() =>
        {
            phrase[at + length..].trim_start()
        }
        _ => phrase,
    };
    // "Broaddrick Sunday", "Trump on Monday": the day the words were said is not the speaker.
    let phrase = match phrase.rsplit_once(' ') {
        Some((rest, last)) if is_weekday(last) => rest
            .trim_end()
            .trim_end_matches([',', ' '])
            .trim_end_matches(" on"),
        _ => phrase,
    };
    // "Marc E. Elias, a Washington lawyer who has filed many of the suits …": a long relative clause
    // says more than who the speaker is.
    let phrase = if phrase.split_whitespace().count() > MAX_PHRASE_WORDS {
        [" who ", " whose ", " which "]
            .iter()
            .filter_map(|pronoun| phrase.find(pronoun))
            .min()
            .map_or(phrase, |at| phrase[..at].trim_end_matches(','))
    } else {
        phrase
    };
    // "But, said Solovey": a conjunction or sentence adverb alone names no one.
    if phrase.is_empty()
        || (!phrase.contains(' ') && (is_sentence_adverbial(phrase) || is_opener(phrase)))
    {
        return None;
    }
    // "a CNN/WMUR poll", "a count by The Associated Press": a document named by its maker claims what
    // it reports.
    if let Some(source) = document_source(phrase) {
        return Some(document_mention(source));
    }
    if let Some(pronoun) = (!phrase.contains(' ')).then(|| pronoun(phrase)).flatten() {
        return Some(Mention {
            head: MentionHead::Pronoun(pronoun),
            role: None,
            organisation: None,
            owner: None,
        });
    }
    let mut segments: Vec<&str> = split_segments(phrase);
    // "In March, Trump", "Asked Tuesday about the emails, Feinstein", "Hours later, Trump", "In Hudson,
    // New Hampshire Monday, the Christie supporter": adverbials of time and place before the speaker.
    while segments.len() > 1 && is_adverbial_segment(segments[0]) {
        let place = ends_in_place(segments[0]);
        segments.remove(0);
        // "In Hudson, New Hampshire, the Christie supporter": the region goes with the place.
        if place && segments.len() > 1 && is_place_continuation(segments[0]) {
            segments.remove(0);
        }
    }
    if segments
        .iter()
        .map(|segment| segment.split_whitespace().count())
        .sum::<usize>()
        > MAX_PHRASE_WORDS
    {
        return None;
    }
    // "In April, a Meridian poll"; "The survey, conducted by the Harbor Institute,": a document after an
    // adverbial, or with its maker in an apposition.
    let document = match segments.as_slice() {
        [only] => document_source(only),
        [first, second, ..] => {
            document_source(first).or_else(|| document_source(&format!("{first} {second}")))
        }
        [] => None,
    };
    if let Some(source) = document {
        return Some(document_mention(source));
    }
    let people: Vec<_> = segments
        .iter()
        .enumerate()
        .filter_map(|(index, segment)| person_in(segment).map(|found| (index, found)))
        .collect();
    // "a longtime adviser to Trump", "one Democrat close to the Clintons": someone described by whom they
    // stand near, who is not the one named.
    let indefinite = segments.first().is_some_and(|first| {
        words(first)
            .first()
            .is_some_and(|article| is_indefinite_article(article))
    });
    if let Some(mention) = party_member(&segments) {
        return Some(mention);
    }
    if indefinite && spokesperson(phrase).is_none() {
        if let Some(mention) = description(&segments) {
            return Some(mention);
        }
    }
    // An unnamed spokesperson speaks for their organisation; a named one is a person with that role.
    if people.is_empty() {
        if let Some(mention) = spokesperson(phrase)
            .or_else(|| description(&segments))
            .or_else(|| unnamed_people(&segments))
        {
            return Some(mention);
        }
    }
    // The person named is the head wherever the name stands (a segment that is only a name first, then one
    // with role words before the name); otherwise the first organisation.
    let person = people
        .iter()
        .find(|(_, (_, _, role))| role.is_none())
        .or(people.first())
        .cloned();
    if let Some((index, (name, gender, role_prefix))) = person {
        // "Allies of Sen. Dana Whitfield", "Friends of the mayor": people related to the one named, who
        // is not the speaker.
        if let Some(relation) = role_prefix.as_deref().and_then(|role| {
            let (noun, preposition) = role.rsplit_once(' ')?;
            (matches!(preposition, "of" | "to" | "for" | "with") && !noun.contains(' '))
                .then(|| noun.to_lowercase())
        }) {
            return Some(Mention {
                head: MentionHead::Unnamed {
                    noun: relation,
                    one_of_many: true,
                },
                role: None,
                organisation: None,
                owner: None,
            });
        }
        // "Caldwell Marine, which runs the crossing": "which" is said of a thing, so the name is a
        // business's, not a person's.
        // "Northgate Library Friends, a volunteer group": an apposition saying what kind of body it is.
        let kind_of_body = segments.get(index + 1).is_some_and(|next| {
            let tokens = words(next);
            matches!(
                tokens.first().map(|word| word.to_lowercase()).as_deref(),
                Some("a" | "an")
            ) && tokens.len() <= 4
                && tokens.last().is_some_and(|last| {
                    !is_capitalised(last)
                        && (is_organisation_noun(last) || is_organisation_reference(last))
                })
        });
        if kind_of_body || relative_clause_after(phrase, &name).is_some_and(|word| word == "which")
        {
            return Some(Mention {
                head: MentionHead::Organisation {
                    name,
                    acronym: None,
                },
                role: None,
                organisation: None,
                owner: None,
            });
        }
        // A role a title implies ("Cllr" → councillor, "Sen." → senator) gives way to one the sentence
        // states.
        let implied_by_title = role_prefix
            .as_deref()
            .is_some_and(is_office_of_an_honorific);
        let mut role = if implied_by_title {
            None
        } else {
            role_prefix.clone()
        };
        let mut organisation = None;
        let before = segments[..index].join(", ");
        if !before.is_empty() {
            let (leading_organisation, leading_role) = organisation_then_role(&before);
            // "The chair of the Fenwick Traders Association, Bill Harrow": the role names its organisation.
            let (leading_role, leading_organisation) = match leading_organisation {
                Some(found) => (leading_role, Some(found)),
                None => {
                    let (role_part, organisation_part) = role_of_organisation(&before);
                    (role_part.or(leading_role), organisation_part)
                }
            };
            organisation = leading_organisation;
            role = role.or(leading_role);
        }
        for segment in &segments[index + 1..] {
            // "Harold Benn, 61, a retired welder": an age is neither role nor organisation.
            if segment.chars().all(|c| c.is_ascii_digit()) {
                continue;
            }
            let (segment_role, segment_organisation) = role_of_organisation(segment);
            role = role.or(segment_role);
            organisation = organisation.or(segment_organisation);
        }
        // "Derek Olufemi, who chairs the Eastmere Ferry Users Group": the relative clause gives the role.
        if let Some((clause_role, clause_organisation)) =
            phrase.split(',').find_map(role_of_relative_clause)
        {
            role = role.or(clause_role);
            organisation = organisation.or(clause_organisation);
        }
        let role = role.or(role_prefix.filter(|_| implied_by_title));
        let (split_organisation, owner, role) = match role {
            // "Patients' champion Harold Pennock, of Eastmere Healthwatch": with the organisation
            // named, a one-word possessive before the post is part of the role.
            Some(role)
                if organisation.is_some()
                    && role.split_whitespace().next().is_some_and(|first| {
                        strip_possessive(first) != first && role.contains(' ')
                    }) =>
            {
                (None, None, Some(role))
            }
            Some(role) => split_role(&role),
            None => (None, None, None),
        };
        return Some(Mention {
            head: MentionHead::Person { name, gender },
            role,
            organisation: organisation.or(split_organisation),
            owner,
        });
    }
    // An introductory phrase may come first ("In a statement, the council"): the head is the first segment
    // that names someone, and the segments after it describe them.
    let (head_index, head) = segments
        .iter()
        .enumerate()
        .find_map(|(index, segment)| organisation_head(segment).map(|head| (index, head)))?;
    let mut role = None;
    let mut organisation = None;
    for segment in &segments[head_index + 1..] {
        let (segment_role, segment_organisation) = role_of_organisation(segment);
        role = role.or(segment_role);
        organisation = organisation.or(segment_organisation);
    }
    Some(Mention {
        head,
        role,
        organisation,
        owner: None,
    })
}

/// "French officials", "Campaign aides", "Senior White House officials": people counted, not named,
/// with no article before them.
fn unnamed_people(segments: &[&str]) -> Option<Mention> {
    let [only] = segments else {
        return None;
    };
    let tokens = words(only);
    let noun = tokens.last()?.trim_end_matches([',', '.']);
    let fits = (1..=4).contains(&tokens.len())
        && is_unnamed_people(noun)
        && !only.contains(|c: char| c.is_ascii_digit())
        && tokens[..tokens.len() - 1]
            .iter()
            .all(|word| word.chars().all(|c| c.is_alphabetic() || c == '-'));
    fits.then(|| Mention {
        head: MentionHead::Unnamed {
            noun: noun.to_lowercase(),
            one_of_many: true,
        },
        role: Some(tokens.join(" ").to_lowercase()),
        organisation: None,
        owner: None,
    })
}

/// "the Ohio Republican", "the Democrat": a member of a party (or one who holds a calling) described,
/// not the party, which would be "the Democratic Party".
fn party_member(segments: &[&str]) -> Option<Mention> {
    let [only] = segments else {
        return None;
    };
    let tokens = words(only);
    let (article, rest) = tokens.split_first()?;
    let noun = rest.last()?;
    let described = lowered(article) == "the"
        && rest.len() <= 3
        && is_capitalised(noun)
        && is_descriptor_before_name(noun)
        && rest
            .iter()
            .all(|word| is_capitalised(word) && !is_acronym(word));
    described.then(|| Mention {
        head: MentionHead::Unnamed {
            noun: noun.to_lowercase(),
            one_of_many: false,
        },
        role: Some(rest.join(" ").to_lowercase()),
        organisation: None,
        owner: None,
    })
}

/// A speaker described rather than named: "A shopper, Beryl" (a role, then a first name alone), "one
/// trader", "A café owner", "a source at the council" (unnamed), "The leader of Northgate City Council"
/// (a role in a named organisation, referring to whoever holds it).
fn description(segments: &[&str]) -> Option<Mention> {
    let first = segments.first()?;
    let tokens = words(first);
    let article = tokens.first()?.to_lowercase();
    let indefinite = is_indefinite_article(&article);
    if !indefinite && article != "the" {
        return None;
    }
    // The described noun phrase ends where a preposition starts its complement: "a sign on the main door".
    let body = &tokens[1..];
    // So does a relative clause or what the person stands near: "a Democrat familiar with the talks", "a
    // member who supports Trump", "an adviser close to the Clintons".
    let noun_end = body
        .iter()
        .position(|word| {
            matches!(
                *word,
                "on" | "at"
                    | "of"
                    | "for"
                    | "from"
                    | "in"
                    | "with"
                    | "to"
                    | "close"
                    | "familiar"
                    | "involved"
                    | "who"
                    | "whom"
                    | "that"
                    | "inside"
                    | "within"
            )
        })
        .unwrap_or(body.len());
    let noun_phrase = &body[..noun_end];
    let role_words: Vec<&str> = noun_phrase
        .iter()
        .copied()
        .skip_while(|word| is_capitalised(word))
        .collect();
    // "a prominent Republican National Committee member": names inside a role are not its words.
    let lower_words = role_words
        .iter()
        .filter(|word| !is_capitalised(word))
        .count();
    // "one Democrat familiar with the discussion": a member of a party or a people, one of many.
    let one_of_a_people = indefinite
        && lower_words == 0
        && matches!(noun_phrase, [word] if is_capitalised(word) && !is_acronym(word));
    let is_noun_phrase = ((1..=3).contains(&lower_words) || one_of_a_people)
        && noun_phrase.len() <= 6
        && role_words.iter().all(|word| {
            word.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '’' | '\''))
        });
    if !is_noun_phrase {
        return None;
    }
    let role_words = if role_words.is_empty() {
        noun_phrase.to_vec()
    } else {
        role_words
    };
    let noun = role_words[role_words.len() - 1].to_lowercase();
    let role = role_words.join(" ").to_lowercase();
    let complement = &body[noun_end..];
    if indefinite {
        // "A shopper, Beryl": a first name given after the description.
        if let Some(name) = segments
            .get(1)
            .filter(|segment| segments.len() == 2 && !segment.contains(' '))
            .map(|segment| segment.trim_end_matches([',', '.']))
            .filter(|name| is_capitalised(name) && !is_acronym(name) && !is_organisation_noun(name))
        {
            return Some(Mention {
                head: MentionHead::Person {
                    name: name.to_owned(),
                    gender: None,
                },
                role: Some(role),
                organisation: None,
                owner: None,
            });
        }
        // "a longtime adviser to Trump, who declined to be identified": what follows a described person
        // says more about them; a capitalised segment may name them ("A friend, Mr. Okafor").
        let described_further = segments[1..]
            .iter()
            .all(|segment| segment.chars().next().is_some_and(char::is_lowercase));
        if !described_further || is_organisation_reference(&noun) {
            return None;
        }
        return Some(Mention {
            head: MentionHead::Unnamed {
                noun,
                one_of_many: matches!(article.as_str(), "one" | "another"),
            },
            role: Some(role),
            organisation: None,
            owner: None,
        });
    }
    // "The chief constable of Northshire Police": a role held in a named organisation.
    let (preposition, organisation) = complement.split_first()?;
    let organisation = organisation.join(" ");
    let had_article = organisation.starts_with("the ");
    let organisation = strip_article(&organisation).trim_end_matches([',', '.']);
    let holds_a_role = matches!(*preposition, "of" | "at")
        && segments.len() == 1
        && !is_organisation_reference(&noun)
        && looks_like_organisation(organisation, had_article);
    holds_a_role.then(|| Mention {
        head: MentionHead::Reference { noun },
        role: Some(role),
        organisation: Some(organisation.to_owned()),
        owner: None,
    })
}

/// Reads a role as written into (organisation named, organisation referred to, role):
/// "the club’s manager" → (–, club, manager); "Its chair" → (–, its, chair); "Coastal Alliance candidate"
/// → (Coastal Alliance, –, candidate); "Board chair" → (–, board, chair); "chief executive" → (–, –, chief
/// executive).
pub fn split_role(role: &str) -> (Option<String>, Option<String>, Option<String>) {
    let role = strip_article(role.trim().trim_matches(','));
    let tokens = words(role);
    let rest = |from: usize| {
        let rest = tokens[from..].join(" ");
        (!rest.is_empty()).then_some(rest)
    };
    let Some(first) = tokens.first() else {
        return (None, None, None);
    };
    let first_lower = first.to_lowercase();
    if matches!(first_lower.as_str(), "its" | "their" | "his" | "her") {
        return (None, Some(first_lower), rest(1));
    }
    // "Former Arkansas governor": the time of the post qualifies the role, not the place.
    if tokens.len() >= 2 && is_temporal(first) {
        let (organisation, owner, role) = split_role(&tokens[1..].join(" "));
        let role = role.map(|role| format!("{first_lower} {role}"));
        return (organisation, owner, role.or(Some(first_lower)));
    }
    // "the club’s manager" names an owner; "children’s services lead" is a role.
    if strip_possessive(first) != *first
        && !is_capitalised(first)
        && is_organisation_reference(strip_possessive(first))
    {
        return (None, Some(strip_possessive(first).to_lowercase()), rest(1));
    }
    let mut run_end = tokens
        .iter()
        .position(|word| !is_capitalised(word) && !is_name_particle(word))
        .unwrap_or(tokens.len());
    if run_end == tokens.len() {
        // "Iowa State University's Dianne Bystrom": the owner is where she works.
        let last = tokens[run_end - 1];
        if strip_possessive(last) != last {
            let organisation: Vec<&str> = tokens[..run_end - 1]
                .iter()
                .copied()
                .chain([strip_possessive(last)])
                .collect();
            return (Some(organisation.join(" ")), None, None);
        }
        return (None, None, Some(role.to_owned()));
    }
    // A name never ends in "of" or "and": "Professor of education policy" names no "Professor of".
    while run_end > 0 && is_name_particle(tokens[run_end - 1]) {
        run_end -= 1;
    }
    if run_end == 0 {
        return (None, None, Some(role.to_owned()));
    }
    let run = &tokens[..run_end];
    // "Pruitt's Republican counterpart": a person's possessive, then words about the post, is all role.
    if run[..run_end - 1]
        .iter()
        .any(|word| strip_possessive(word) != *word)
    {
        return (None, None, Some(role.to_owned()));
    }
    let last = run[run_end - 1];
    if strip_possessive(last) != last {
        let organisation: Vec<&str> = run[..run_end - 1]
            .iter()
            .copied()
            .chain([strip_possessive(last)])
            .collect();
        return (Some(organisation.join(" ")), None, rest(run_end));
    }
    if run_end == 1 && is_organisation_noun(first) {
        return (None, Some(first_lower), rest(1));
    }
    if run_end >= 2 || is_acronym(first) {
        return (Some(run.join(" ")), None, rest(run_end));
    }
    (None, None, Some(role.to_owned()))
}

/// The relative pronoun ("who", "which") that opens the clause right after `name` in `phrase`.
fn relative_clause_after<'a>(phrase: &'a str, name: &str) -> Option<&'a str> {
    let after = &phrase[phrase.find(name)? + name.len()..];
    let clause = after.strip_prefix(',')?.trim_start();
    let word = clause.split_whitespace().next()?;
    matches!(word, "who" | "which").then_some(word)
}

/// "who chairs the Eastmere Ferry Users Group" → (chair, Eastmere Ferry Users Group): verbs that state a
/// position, with the organisation they hold it in; "who represents Quayside ward on Northshire County
/// Council", "who works for …" state membership without a role. Other clauses ("who runs a café") state
/// neither.
fn role_of_relative_clause(segment: &str) -> Option<(Option<String>, Option<String>)> {
    let mut tokens = segment.split_whitespace();
    if tokens.next()? != "who" {
        return None;
    }
    let verb = tokens.next()?;
    if matches!(
        verb,
        "represents" | "sits" | "serves" | "works" | "worked" | "volunteers" | "teaches"
    ) {
        let rest: Vec<&str> = tokens.collect();
        // The organisation after the last preposition of membership: "… ward on X Council".
        let at = rest
            .iter()
            .rposition(|word| matches!(*word, "on" | "for" | "at" | "with"))?;
        let named = rest[at + 1..].join(" ");
        let had_article = named.starts_with("the ");
        let named = strip_article(&named);
        return looks_like_organisation(named, had_article).then(|| (None, Some(named.to_owned())));
    }
    let role = match verb {
        "chairs" => "chair",
        "heads" => "head",
        "leads" => "leader",
        "manages" => "manager",
        "directs" => "director",
        "founded" => "founder",
        "co-founded" => "co-founder",
        _ => return None,
    };
    let rest: Vec<&str> = tokens.collect();
    let rest = rest.join(" ");
    let had_article = rest.starts_with("the ");
    let organisation = strip_article(&rest);
    let organisation = looks_like_organisation(organisation, had_article)
        .then(|| strip_article(organisation).to_owned());
    Some((Some(role.to_owned()), organisation))
}

/// An American party–state tag after a name ("R-Ohio", "(D-N.Y.)", "I-Vt."): it says where a legislator
/// sits, not who they are or what post they hold.
fn is_party_tag(token: &str) -> bool {
    let tag = token
        .strip_prefix('(')
        .unwrap_or(token)
        .trim_end_matches([',', ';', ')'])
        .trim_end_matches(')');
    // "Howard Dean (D)": the party alone.
    if matches!(token.trim_end_matches([',', ';']), "(D)" | "(R)" | "(I)") {
        return true;
    }
    // "Marco Rubio (Fla.)", "Sen. Ray Ortiz (N.M.)": a state's abbreviation alone in brackets.
    let bracketed = token.starts_with('(') && token.trim_end_matches([',', ';']).ends_with(".)");
    if bracketed
        && tag.starts_with(|c: char| c.is_ascii_uppercase())
        && tag.len() <= 8
        && tag.chars().all(|c| c.is_ascii_alphabetic() || c == '.')
    {
        return true;
    }
    let Some(state) = ["R-", "D-", "I-"]
        .iter()
        .find_map(|party| tag.strip_prefix(party))
    else {
        return false;
    };
    let state = state.trim_end_matches('.');
    state.starts_with(|c: char| c.is_ascii_uppercase())
        && state.len() <= 14
        && state.chars().all(|c| c.is_ascii_alphabetic() || c == '.')
        && state != "Day"
}

/// The phrase with party–state tags taken out, keeping the comma that closed one
/// ("Rep. Marcus Bell (D-N.Y.), who chairs the panel" → "Rep. Marcus Bell, who chairs the panel").
fn without_party_tags(phrase: &str) -> std::borrow::Cow<'_, str> {
    if !phrase.split_whitespace().any(is_party_tag) {
        return std::borrow::Cow::Borrowed(phrase);
    }
    let mut kept: Vec<String> = Vec::new();
    for token in phrase.split_whitespace() {
        if !is_party_tag(token) {
            kept.push(token.to_owned());
            continue;
        }
        let closing = token.trim_end_matches(')');
        if let Some(last) = kept.last_mut() {
            if let Some(mark) = closing.chars().last().filter(|c| matches!(c, ',' | ';')) {
                if !last.ends_with([',', ';']) {
                    last.push(mark);
                }
            }
        }
    }
    std::borrow::Cow::Owned(kept.join(" "))
}

/// The phrase without the conjunctions and sentence adverbs that open it ("But", "However,", "And then").
pub fn strip_openers(phrase: &str) -> &str {
    let mut rest = phrase;
    loop {
        let Some((first, tail)) = rest.split_once(' ') else {
            return rest;
        };
        let word = first.trim_end_matches(',');
        // "However, it", "But the council", "But even as Trump" — not "The council" or "In Ireland" where
        // the word is part of the name.
        if (is_discourse_opener(word) && first.ends_with(',')) || is_opener(word) {
            rest = tail.trim_start();
        } else {
            return rest;
        }
    }
}

/// Conjunctions and adverbs that open a clause before its subject ("But", "And", "Meanwhile").
fn is_opener(word: &str) -> bool {
    matches!(
        lowered(word).as_ref(),
        "but"
            | "and"
            | "so"
            | "yet"
            | "even"
            | "as"
            | "also"
            | "then"
            | "just"
            | "only"
            | "still"
            | "indeed"
            | "likewise"
            | "instead"
            | "meanwhile"
            | "however"
            | "although"
            | "though"
            | "while"
            | "when"
            | "if"
            | "once"
            | "because"
            | "whereas"
    )
}

/// Comma-separated parts, leaving commas inside parentheses alone and dropping relative clauses.
fn split_segments(phrase: &str) -> Vec<&str> {
    let mut segments = Vec::new();
    let mut depth = 0i32;
    let mut start = 0;
    for (offset, c) in phrase.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            // "£94,000": a comma between digits separates thousands, not phrases.
            ',' if depth == 0
                && !(phrase[..offset].ends_with(|c: char| c.is_ascii_digit())
                    && phrase[offset + 1..].starts_with(|c: char| c.is_ascii_digit())) =>
            {
                segments.push(phrase[start..offset].trim());
                start = offset + 1;
            }
            _ => {}
        }
    }
    segments.push(phrase[start..].trim());
    let segments: Vec<&str> = segments
        .into_iter()
        .flat_map(split_name_of_place)
        .filter(|segment| !segment.is_empty())
        .collect();
    // Whether a name follows each segment ("Defending, Hugh Lambourne").
    let name_follows: Vec<bool> = (0..segments.len())
        .map(|index| {
            segments
                .get(index + 1)
                .is_some_and(|next| next.starts_with(char::is_uppercase))
        })
        .collect();
    segments
        .into_iter()
        .zip(name_follows)
        .scan(false, |after_place, (segment, name_follows)| {
            let mut tokens = segment.split_whitespace();
            let written = tokens.next().unwrap_or("");
            let next = tokens.next();
            let first = written.to_lowercase();
            // Relative clauses and participle phrases describe circumstances, not the speaker's role
            // ("Defending, Sir Hugh", "Speaking to reporters"); "Wyoming GOP chairman" names a place.
            // A capitalised word alone is a participle before a name or when it is a verb's:
            // "Defending, Hugh Lambourne"; but "Schilling said", "Manning, the quarterback,".
            let participle = first.ends_with("ing")
                && (!is_capitalised(written)
                    || is_discourse_opener(written)
                    || match next {
                        None => name_follows || is_common_verb(&first) || is_cue_verb(&first),
                        Some(next) => !is_capitalised(next),
                    });
            let circumstance =
                matches!(first.as_str(), "who" | "which" | "whose" | "where" | "when")
                    || participle;
            // "Speaking in Salem, New Hampshire, Trump": the place's state goes with the circumstance.
            let continues_place = *after_place && is_place_continuation(segment);
            *after_place = (circumstance || continues_place) && ends_in_place(segment);
            Some((!circumstance && !continues_place).then_some(segment))
        })
        .flatten()
        .collect()
}

/// "… in Salem", "… at a rally in Des Moines": a phrase that ends naming a place.
fn ends_in_place(segment: &str) -> bool {
    let tokens: Vec<&str> = segment.split_whitespace().collect();
    tokens
        .iter()
        .rposition(|word| matches!(*word, "in" | "at" | "near" | "from" | "outside"))
        .is_some_and(|at| {
            at + 1 < tokens.len() && tokens[at + 1..].iter().all(|word| is_capitalised(word))
        })
}

/// "New Hampshire", "Iowa", "N.H.": capitalised words alone, as a place's region is written after it.
fn is_place_continuation(segment: &str) -> bool {
    let tokens: Vec<&str> = segment.split_whitespace().collect();
    tokens.len() <= 3
        && tokens
            .iter()
            .all(|word| is_capitalised(word) && honorific(word).is_none() && !is_title_word(word))
}

/// "Patricia Moran of Cheyenne", "Stephen Vladeck of the University of Texas": a full name, then where
/// the person is from or works, as two parts. "Secretary of State" and "Bank of America" are one.
fn split_name_of_place(segment: &str) -> Vec<&str> {
    let tokens: Vec<&str> = segment.split_whitespace().collect();
    let split_at = tokens.iter().enumerate().position(|(index, word)| {
        matches!(*word, "of" | "at" | "from")
            && index >= 2
            && tokens[index - 2..index].iter().all(|word| {
                is_capitalised(word)
                    && !is_organisation_noun(word)
                    && !is_title_word(word)
                    && !is_acronym(word)
                    && honorific(word).is_none()
            })
            && tokens
                .get(index + 1)
                .is_some_and(|next| is_capitalised(next) || matches!(*next, "the" | "The"))
    });
    match split_at {
        Some(index) => {
            let offset = tokens[index].as_ptr() as usize - segment.as_ptr() as usize;
            vec![segment[..offset].trim(), segment[offset..].trim()]
        }
        None => vec![segment],
    }
}

fn words(text: &str) -> Vec<&str> {
    text.split_whitespace().collect()
}

fn is_capitalised(word: &str) -> bool {
    // Markdown emphasis ("**Clearwater Coast**") is not part of the word.
    word.trim_start_matches(['(', '“', '"', '‘', '\'', '*', '_'])
        .chars()
        .next()
        .is_some_and(char::is_uppercase)
}

/// An acronym: two to eight capitals (digits and & allowed), perhaps possessive: "IWF", "NCA’s", "P&O".
pub fn is_acronym(word: &str) -> bool {
    let word = strip_possessive(word.trim_matches(['(', ')', ',', '.', ';', ':']));
    let letters = word.chars().filter(char::is_ascii_uppercase).count();
    (2..=8).contains(&word.chars().count())
        && letters >= 2
        && word
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '&')
}

/// The words of a name joined, the last without its possessive ("National Crime Agency’s" → "… Agency").
pub fn join_name(words: &[&str]) -> String {
    let last = words.len().saturating_sub(1);
    let words: Vec<&str> = words
        .iter()
        .enumerate()
        .map(|(index, word)| {
            if index == last {
                strip_possessive(word)
            } else {
                word
            }
        })
        .collect();
    words.join(" ")
}

pub fn strip_possessive(word: &str) -> &str {
    word.strip_suffix("’s")
        .or_else(|| word.strip_suffix("'s"))
        .or_else(|| word.strip_suffix('’').filter(|stem| stem.ends_with('s')))
        .or_else(|| word.strip_suffix('\'').filter(|stem| stem.ends_with('s')))
        .unwrap_or(word)
}

/// A person named in `segment`: the name, a gender if an honorific says one, and any role words before the
/// name ("Health minister Tom Reilly"). The name is the segment's last run of capitalised words, of two to
/// four words, with no organisation noun and no article before it.
fn person_in(segment: &str) -> Option<(String, Option<Gender>, Option<String>)> {
    // "Rep. Marcus Okafor (D-Mich.)": the party–state tag is not part of the name.
    let mut tokens: Vec<&str> = words(segment)
        .into_iter()
        .filter(|word| !is_party_tag(word))
        .collect();
    while tokens
        .last()
        .is_some_and(|word| is_post_nominal(word) || is_weekday(word))
    {
        tokens.pop();
    }
    // The name is the last run of capitalised words; a comma or colon inside ends a run ("Harbridge, Mr
    // Calloway"), and so does an owner ("Commentary’s Noah Rothman"). An adverbial's first word ("In
    // March", "But Crawford") and a contraction ("I’m") are never part of a name.
    let last = tokens.len().saturating_sub(1);
    let mut run_start = tokens
        .iter()
        .enumerate()
        .rposition(|(index, word)| {
            (!is_capitalised(word) && !is_person_particle(word))
                || (index < last
                    && (word.ends_with([',', ';', ':']) || strip_possessive(word) != *word))
                || is_contraction(word)
                || is_sentence_adverbial(word)
                || is_temporal(word)
        })
        .map_or(0, |position| position + 1);
    // "Secretary of State John Kerry", "Chief of Staff Jake Sullivan": a title of a department, whose
    // name opens the run, comes before the person's.
    run_start += department_before_name(&tokens, run_start);
    // "The Tribune reported": a capitalised article opening the sentence is no part of a name.
    let mut opens_with_article = false;
    if run_start + 1 < tokens.len() && matches!(tokens[run_start], "The" | "A" | "An") {
        run_start += 1;
        opens_with_article = true;
    }
    // "To Florida", "Other Republicans", "Fellow Republican Ann Hale", "One California delegate": a
    // capitalised sentence opener that is no given name.
    while run_start + 1 < tokens.len()
        && matches!(
            tokens[run_start],
            "To" | "Other"
                | "What"
                | "Which"
                | "Whose"
                | "How"
                | "Why"
                | "One"
                | "Another"
                | "Each"
                | "Any"
                | "Some"
                | "Many"
                | "Most"
                | "All"
                | "Both"
                | "Several"
                | "Few"
                | "Fellow"
                | "Every"
                | "Wherever"
                | "Whenever"
                | "Whatever"
                | "However"
                | "Although"
                | "Though"
                | "Because"
                | "Unlike"
                | "Whether"
                | "Unless"
                | "Until"
        )
    {
        run_start += 1;
    }
    // Particles may sit inside a name, not at its start.
    while tokens
        .get(run_start)
        .is_some_and(|word| is_person_particle(word))
    {
        run_start += 1;
    }
    let mut run: Vec<&str> = tokens[run_start..].to_vec();
    // "(Trump's daughter", "“Donald J. Trump is calling …”": a bracket or a quotation mark before a
    // name, or after it, is no part of it.
    if let Some(first) = run.first_mut() {
        *first = first.trim_start_matches(MARKS_BEFORE_A_NAME);
    }
    if let Some(last) = run.last_mut() {
        *last = last.trim_end_matches(MARKS_AFTER_A_NAME);
    }
    let mut gender = None;
    let mut honorific_count = 0;
    // A councillor's title is also their role.
    let mut title_role: Vec<&str> = Vec::new();
    // "Campaigner Sir Farid Nwosu", "Former Sen. Dana Whitfield": capitalised words before an honorific
    // that leaves a name after it are the role.
    if let Some(first_honorific) = run
        .iter()
        .position(|word| honorific(word).is_some())
        .filter(|&position| position > 0 && run.len() > position + 1)
    {
        title_role.extend(run.drain(..first_honorific));
        honorific_count += first_honorific;
    }
    // An honorific that names an office ("Sen.", "Lt. Gen.", "Cllr") is also the bearer's role; a
    // courtesy title ("Mr", "Sir", "Dr") says nothing of one.
    while let Some(found) = run.first().and_then(|word| honorific(word)) {
        gender = gender.or(found);
        let office = office_of_honorifics(run[0], run.get(1).copied())
            .filter(|&(_, taken)| run.len() > taken);
        let taken = office.map_or(1, |(_, taken)| taken);
        if let Some((office, _)) = office {
            title_role.push(office);
        }
        honorific_count += taken;
        run.drain(..taken);
    }
    // "Chief Constable Marcus Hale", "Transport Secretary Gareth Lowe": capitalised words up to a job
    // title before a full name (two words at least) are its role.
    let mut title_count = 0;
    if let Some(title) = run
        .iter()
        .rposition(|word| is_title_word(word) || is_descriptor_before_name(word))
        // "Senator Rubio", "Speaker Ryan": a title and a surname, as "Sen. Rubio" is.
        .filter(|&title| run.len() >= title + 3 || (title == 0 && run.len() == 2))
    {
        title_role.extend(run.drain(..=title));
        title_count = title + 1;
    }
    let honorific_count = honorific_count + title_count;
    let name_words = run.len();
    // "Dr Okafor": one name after a title is a surname.
    let fewest_words = if honorific_count > 0 { 1 } else { 2 };
    let valid = (fewest_words..=4).contains(&name_words)
        && run
            .iter()
            .all(|word| !is_organisation_noun(word) && !is_acronym(word))
        // Every word but a middle initial ("Linda M. Hale", "G. K. Sloane") has a lower-case letter.
        && run.iter().any(|word| word.chars().any(char::is_lowercase))
        && run.iter().enumerate().all(|(index, word)| {
            word.chars().any(char::is_lowercase) || (index + 1 < run.len() && is_initial(word))
        })
        && !run.iter().any(|word| {
            word.is_empty()
                || word.contains(['(', ')', '[', ']', '“', '”', '"', '/'])
                || word.contains("''")
        })
        // "Oklahoma Democrats": members of a party or a trade, not one person.
        && !run.last().is_some_and(|last| {
            last.strip_suffix('s')
                .is_some_and(|singular| singular.len() > 2 && is_descriptor_before_name(singular))
        });
    let preceded_by_article = run_start
        .checked_sub(1)
        .and_then(|index| tokens.get(index))
        // "the Example Trust" or "agency Suojellaan Lapsia"; not "… the Westvale Gallery, José Álvarez",
        // where a comma closes the organisation's name.
        .is_some_and(|word| {
            !word.ends_with(',')
                // No word outside ASCII lowers into one of these: compared without lowering.
                && (["the", "a", "an", "of", "at", "for"]
                    .iter()
                    .any(|article| word.eq_ignore_ascii_case(article))
                    || is_organisation_reference(word))
        });
    if !valid || ((preceded_by_article || opens_with_article) && honorific_count == 0) {
        return None;
    }
    let mut role_words = &tokens[..tokens.len() - name_words - honorific_count];
    // "In a letter to members Cllr Hugh Dalton", "At the hearing Sen. Ray Ortiz": words from a
    // preposition on say where or how, not who; only a title the name carries is left as the role.
    if role_words
        .first()
        .is_some_and(|word| is_circumstance_preposition(word))
        && role_words.len() > 1
    {
        role_words = &[];
    }
    // "That company was owned by Abdulhadi Yildirim", "explained CBS moderator Nancy Cordes": a verb
    // or a preposition ends a clause, and only the words after it describe the person.
    // "WASHINGTON (AP) — Treasury Secretary Alan K. Morrow": a dateline, then the title.
    if let Some(dateline_end) = role_words
        .iter()
        .rposition(|word| matches!(*word, "—" | "–" | "--") || is_news_agency(word))
    {
        role_words = &role_words[dateline_end + 1..];
    }
    if let Some(last_clause_word) = role_words.iter().rposition(|word| ends_a_clause(word)) {
        role_words = &role_words[last_clause_word + 1..];
    }
    // "As Michael Dell", "But Sen. Ray Ortiz": an opening word is no part of the role.
    while role_words
        .first()
        .is_some_and(|word| is_sentence_adverbial(word))
    {
        role_words = &role_words[1..];
    }
    // "Former Sen. Dana Whitfield", "state Sen. Marcus Delacroix", "Vermont Sen. Bernie Sanders": a
    // word or two before an office an honorific names qualify that office.
    // Only a time, "state" or a place or party's name qualifies it: "committee chairwoman Sen. Gloria
    // Pruitt" holds a post of her own.
    let qualifies_office = !role_words.is_empty()
        && role_words.len() <= 3
        && title_role
            .iter()
            .any(|title| is_office_of_an_honorific(title))
        && role_words.iter().all(|word| {
            (is_temporal(word)
                || matches!(*word, "state" | "then" | "U.S.")
                || is_capitalised(word))
                && !is_title_word(word)
                && !is_post_in_organisation(word)
        });
    let role = if qualifies_office {
        Some(format!("{} {}", role_words.join(" "), title_role.join(" ")))
    } else {
        (!role_words.is_empty())
            .then(|| strip_article(&role_words.join(" ")).to_owned())
            .filter(|role| !role.is_empty())
            .or_else(|| (!title_role.is_empty()).then(|| title_role.join(" ")))
    };
    // "Hillary Clinton’s campaign": the owner is named, without the possessive.
    let name = run
        .iter()
        .map(|word| {
            let word = word.trim_end_matches([',', ';', ':']);
            if is_initial(word) {
                word
            } else {
                strip_possessive(word.trim_end_matches('.'))
            }
        })
        .collect::<Vec<_>>()
        .join(" ");
    Some((name, gender, role))
}

/// How many words of the capitalised run at `run_start` name the department of the title before it
/// ("Secretary of State John F. Kerry": one, "State"), leaving the person's name; 0 when the run does
/// not follow a title and "of".
fn department_before_name(tokens: &[&str], run_start: usize) -> usize {
    let of_at = match run_start.checked_sub(1).map(|at| tokens[at]) {
        Some("of") => run_start - 1,
        Some("the") if run_start >= 2 && tokens[run_start - 2] == "of" => run_start - 2,
        _ => return 0,
    };
    let titled = of_at
        .checked_sub(1)
        .is_some_and(|at| is_capitalised(tokens[at]) && is_title_word(tokens[at]));
    if !titled {
        return 0;
    }
    let run = &tokens[run_start..];
    if run.iter().any(|word| word.ends_with([',', ';', ':'])) {
        return 0;
    }
    // The name: a surname, the initials before it, and one given name ("John F. Kerry").
    let mut name_start = run.len().saturating_sub(1);
    while name_start > 0 && is_initial(run[name_start - 1]) {
        name_start -= 1;
    }
    let name_start = name_start.saturating_sub(1);
    // A department's own words run further into the name only where they are department words
    // ("Secretary of State Hillary Rodham Clinton").
    let department = run
        .iter()
        .take_while(|word| is_department_word(word))
        .count()
        .min(run.len().saturating_sub(2));
    let department = if department > 0 {
        department
    } else {
        name_start
    };
    if department == 0 || run.len() - department < 2 {
        return 0;
    }
    department
}

/// A lower-case verb, or a preposition that joins a clause to a name ("owned by", "like chef"): the
/// words before it are no description of the person named after it.
fn ends_a_clause(word: &str) -> bool {
    let word = word.trim_end_matches([',', ';', ':']);
    if !word.starts_with(|c: char| c.is_lowercase()) {
        return false;
    }
    is_clause_verb(word)
        || is_common_verb(word)
        || matches!(
            word,
            "by" | "with"
                | "like"
                | "near"
                | "from"
                | "than"
                | "about"
                | "against"
                | "into"
                | "among"
        )
}

/// A finite verb or a reporting verb: a description holding one (in lower case) is a clause. Not a
/// participle that names something inside a description ("a group called Citizens for Trump").
fn is_clause_verb(word: &str) -> bool {
    is_finite_verb(word) || (is_cue_verb(word) && !is_naming_participle(word))
}

fn is_naming_participle(word: &str) -> bool {
    matches!(word, "called" | "named" | "dubbed" | "titled" | "entitled")
}

/// A role or an organisation as read, made fit to show: a relative clause, a wire dateline and stray
/// marks taken off; `None` when what is left is a clause or only function words ("That", "—").
fn clean_description(description: &str) -> Option<String> {
    let mut text = description;
    // "economist who is the director": the relative clause says more than who they are.
    if let Some(at) = [" who ", " whose ", " which ", " that "]
        .iter()
        .filter_map(|pronoun| text.find(pronoun))
        .min()
    {
        text = &text[..at];
    }
    // "WASHINGTON (AP) —", "July 19 (UPI) — Former", "New York (AFP)": a dateline, then the description.
    let tokens: Vec<&str> = text.split_whitespace().collect();
    if let Some(at) = tokens
        .iter()
        .rposition(|token| matches!(*token, "—" | "–" | "--") || is_news_agency(token))
    {
        let kept = tokens[at + 1..].join(" ");
        return clean_words(&kept);
    }
    clean_words(text)
}

/// "(AP)", "(UPI)", "(AFP)": a wire service's name in brackets, as datelines end. (An organisation's
/// own acronym in brackets, "Institute for Policing Research (IPR)", is none.)
fn is_news_agency(token: &str) -> bool {
    let Some(agency) = token
        .trim_end_matches([',', ':'])
        .strip_prefix('(')
        .and_then(|rest| rest.strip_suffix(')'))
    else {
        return false;
    };
    matches!(
        agency,
        "AP" | "AFP"
            | "UPI"
            | "Reuters"
            | "PA"
            | "DPA"
            | "dpa"
            | "EFE"
            | "ANSA"
            | "Xinhua"
            | "PTI"
            | "IANS"
            | "AAP"
            | "CP"
            | "CNN"
            | "TASS"
            | "Kyodo"
            | "Yonhap"
            | "Bernama"
    )
}

fn clean_words(text: &str) -> Option<String> {
    let text = text
        .trim_matches(|c: char| !c.is_alphanumeric() && !matches!(c, ')' | '.'))
        .trim_start_matches(['.', ')']);
    let words: Vec<&str> = text.split_whitespace().collect();
    let clause = words.iter().any(|word| {
        let word = word.trim_matches(|c: char| !c.is_alphanumeric());
        word.starts_with(|c: char| c.is_lowercase()) && is_clause_verb(word)
    });
    let only_function_words = words.iter().all(|word| {
        let word = word.trim_matches(|c: char| !c.is_alphanumeric());
        word.len() <= 1 || is_function_word(word)
    });
    (!clause && !only_function_words).then(|| text.to_owned())
}

/// Whether a comma-separated part before a speaker says when or where, not who: it opens with a
/// preposition or sentence adverb ("In March", "After the debate"), ends with a word of time ("Hours
/// later", "New Hampshire Monday"), or is an abbreviated place ("S.C.", "Calif.").
fn is_adverbial_segment(segment: &str) -> bool {
    let mut tokens = segment.split_whitespace();
    let first = tokens.next().unwrap_or_default();
    let last = tokens.next_back().unwrap_or(first);
    let bare_last = last.trim_end_matches([',', '.']);
    is_sentence_adverbial(first)
        || is_weekday(last)
        || matches!(
            bare_last,
            "later" | "earlier" | "ago" | "afterward" | "afterwards" | "night" | "morning" | "week"
        )
        || (segment.contains('.')
            && !segment.contains(' ')
            && segment.len() <= 6
            && segment.starts_with(char::is_uppercase))
}

/// "Former", "outgoing", "acting": words that say when someone held a post, never part of a name.
fn is_temporal(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "former" | "outgoing" | "incoming" | "acting" | "interim" | "retired" | "then" | "late"
    )
}

/// "M.", "J.": one capital and a full stop.
fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase)
        && chars.next() == Some('.')
        && chars.next().is_none()
}

/// "I’m", "we’ll", "don’t": a pronoun or verb run together with another, never a name.
fn is_contraction(word: &str) -> bool {
    let word = word.trim_end_matches([',', '.', ';', ':', '!', '?']);
    [
        "’m", "'m", "’ll", "'ll", "’ve", "'ve", "’re", "'re", "’d", "'d", "n’t", "n't",
    ]
    .iter()
    .any(|ending| word.ends_with(ending))
}

/// Whether `text` is set in headline case ("Clinton Says Russians Hacked DNC, Calls Remarks
/// ‘Troubling’"): capitalised words run together there without being names.
pub fn is_headline_case(text: &str) -> bool {
    let words: Vec<&str> = text
        .split_whitespace()
        .filter(|word| word.chars().any(char::is_alphabetic))
        .collect();
    let capitalised = words.iter().filter(|word| is_capitalised(word)).count();
    let small_words_only = words
        .iter()
        .filter(|word| !is_capitalised(word))
        .all(|word| is_title_small_word(word));
    words.len() >= 4 && small_words_only && capitalised * 4 >= words.len() * 3
}

fn strip_article(text: &str) -> &str {
    for article in ["the ", "The ", "a ", "A ", "an ", "An "] {
        if let Some(rest) = text.strip_prefix(article) {
            return rest.trim();
        }
    }
    text.trim()
}

/// "The NPCC lead for child protection, abuse and investigation" → (NPCC, lead for …);
/// "National Police Chiefs' Council Lead for Child Protection" → (National Police Chiefs' Council, Lead for …).
fn organisation_then_role(text: &str) -> (Option<String>, Option<String>) {
    let text = strip_article(text);
    let tokens = words(text);
    if let Some(first) = tokens.first() {
        if is_acronym(first) {
            let role = tokens[1..].join(" ");
            return (
                Some(strip_possessive(first).to_owned()),
                (!role.is_empty()).then_some(role),
            );
        }
    }
    let run_end = tokens
        .iter()
        .position(|word| !is_capitalised(word) && !is_name_particle(word))
        .unwrap_or(tokens.len());
    let last_noun = tokens[..run_end]
        .iter()
        .rposition(|word| is_organisation_noun(word));
    match last_noun {
        Some(noun) => {
            let organisation = tokens[..=noun].join(" ");
            let role = tokens[noun + 1..].join(" ");
            (Some(organisation), (!role.is_empty()).then_some(role))
        }
        None => (None, (!text.is_empty()).then(|| text.to_owned())),
    }
}

/// An apposition "chief executive of the IWF" → (chief executive, the IWF); "a researcher at Riverside
/// University" → (researcher, Riverside University); "lead for roads" → (lead for roads, none).
fn role_of_organisation(segment: &str) -> (Option<String>, Option<String>) {
    let segment = strip_article(segment);
    // "Anne Cartwright, of the Millbrook Village Society": an organisation and no role.
    for preposition in ["of ", "from ", "at "] {
        if let Some(rest) = segment.strip_prefix(preposition) {
            let had_article = rest.starts_with("the ");
            if looks_like_organisation(strip_article(rest), had_article) {
                return (None, Some(strip_article(rest).to_owned()));
            }
            // "Harold Pennock, of Eastmere Healthwatch": a name of two words or more after a person's
            // name is where they work — unless it is an address ("of Quay Lane").
            if preposition != "at " && names_a_workplace(rest) {
                return (None, Some(rest.to_owned()));
            }
            // "Patricia Moran of Cheyenne": where she lives is neither role nor organisation.
            return (None, None);
        }
    }
    for preposition in [
        " at the ",
        " of the ",
        " for the ",
        " with the ",
        " at ",
        " of ",
        " for ",
        " with ",
    ] {
        let mut search_end = segment.len();
        while let Some(position) = segment[..search_end].rfind(preposition) {
            let role = segment[..position].trim();
            let organisation = segment[position + preposition.len()..].trim();
            // "chair of Riverside City Council’s health scrutiny committee": the council is the
            // organisation, its committee part of the role.
            if let Some((owner, part)) = possessive_owner(organisation) {
                if !role.is_empty() && looks_like_organisation(&owner, true) {
                    return (
                        Some(format!(
                            "{role} {} the {part}",
                            preposition.split_whitespace().next().unwrap_or("of")
                        )),
                        Some(owner),
                    );
                }
            }
            if looks_like_organisation(organisation, preposition.contains("the")) {
                return (
                    (!role.is_empty()).then(|| role.to_owned()),
                    Some(strip_article(organisation).to_owned()),
                );
            }
            // "an aviation analyst at Harrowgate Capital": where someone works, named in two words or
            // more — unless it is an address ("at Quay Lane").
            if preposition.starts_with(" at")
                && !role.is_empty()
                && organisation
                    .split_whitespace()
                    .next()
                    .is_some_and(is_capitalised)
                && names_a_workplace(organisation)
            {
                return (Some(role.to_owned()), Some(organisation.to_owned()));
            }
            search_end = position;
        }
    }
    // "a retired welder from Toledo": where the person is from is not part of the role.
    if let Some((role, place)) = segment.split_once(" from ") {
        let organisation = looks_like_organisation(strip_article(place), place.starts_with("the "))
            .then(|| strip_article(place).to_owned());
        return (Some(role.trim().to_owned()), organisation);
    }
    let looks_like_role = !segment.is_empty() && segment.split_whitespace().count() <= 10;
    (looks_like_role.then(|| segment.to_owned()), None)
}

/// Whether `text` reads as the name of a place of work: two to five capitalised words (joining words
/// allowed), not ending as an address does ("Quay Lane").
fn names_a_workplace(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    (2..=5).contains(&words.len())
        && words
            .iter()
            .all(|word| is_capitalised(word) || is_name_particle(word))
        && words.last().is_some_and(|last| !is_address_word(last))
}

/// "Riverside City Council’s health scrutiny committee" → (Riverside City Council, health scrutiny
/// committee): a capitalised name in the possessive, then lower-case words.
fn possessive_owner(text: &str) -> Option<(String, String)> {
    let tokens = words(text);
    let owner_end = tokens
        .iter()
        .position(|word| strip_possessive(word) != *word)?;
    let owner = &tokens[..=owner_end];
    let part = &tokens[owner_end + 1..];
    (!part.is_empty()
        && owner
            .iter()
            .all(|word| is_capitalised(word) || is_name_particle(word))
        && part.iter().all(|word| !is_capitalised(word)))
    .then(|| (join_name(owner), part.join(" ")))
}

fn looks_like_organisation(text: &str, had_article: bool) -> bool {
    let tokens = words(text);
    let all_capitalised = !tokens.is_empty()
        && tokens
            .iter()
            .all(|word| is_capitalised(word) || is_name_particle(word));
    all_capitalised
        && (had_article
            || tokens
                .iter()
                .any(|word| is_organisation_noun(word) || is_acronym(word)))
}

fn organisation_head(segment: &str) -> Option<MentionHead> {
    let (segment, acronym) = match (segment.rfind('('), segment.ends_with(')')) {
        (Some(open), true) => {
            let inside = &segment[open + 1..segment.len() - 1];
            let acronym = is_acronym(inside).then(|| inside.to_owned());
            (segment[..open].trim(), acronym)
        }
        _ => (segment, None),
    };
    let had_article = segment
        .split_whitespace()
        .next()
        .is_some_and(|word| matches!(word.to_lowercase().as_str(), "the" | "a" | "an"));
    let text = strip_article(segment);
    let tokens = words(text);
    match tokens.as_slice() {
        [] => None,
        [only] if !is_capitalised(only) && is_organisation_reference(only) && had_article => {
            Some(MentionHead::Reference {
                noun: only.to_lowercase(),
            })
        }
        // "the minister", "the chief executive": a person or body named earlier by role; headlines drop
        // the article ("trade agency warns", "Council leader admits").
        [.., last]
            if tokens.len() <= 3
                && !is_capitalised(last)
                && !matches!(
                    *last,
                    "the" | "a" | "an" | "of" | "to" | "and" | "or" | "that"
                )
                && last
                    .trim_end_matches([',', '.'])
                    .chars()
                    .all(|c| c.is_alphabetic() || c == '-')
                && (had_article || is_organisation_reference(last) || is_title_word(last))
                && (had_article
                    || tokens[..tokens.len() - 1]
                        .iter()
                        .all(|word| !is_capitalised(word) || tokens.len() == 2)) =>
        {
            Some(MentionHead::Reference {
                noun: last.trim_end_matches([',', '.']).to_lowercase(),
            })
        }
        [only] if is_acronym(only) => Some(MentionHead::Organisation {
            name: strip_possessive(only).to_owned(),
            acronym,
        }),
        [only] if is_capitalised(only) && !had_article => Some(MentionHead::Bare {
            name: strip_possessive(only.trim_end_matches([',', '.'])).to_owned(),
        }),
        // "Finnish child protection agency Suojellaan Lapsia": a common noun for an organisation, then its name.
        _ if !is_capitalised(tokens[tokens.len() - 1]) => None,
        _ if organisation_named_after_noun(&tokens).is_some() => {
            organisation_named_after_noun(&tokens)
                .map(|name| MentionHead::Organisation { name, acronym })
        }
        _ => {
            let all_capitalised = tokens
                .iter()
                .all(|word| is_capitalised(word) || is_name_particle(word));
            let organisation_like = tokens
                .iter()
                .any(|word| is_organisation_noun(word) || is_acronym(word));
            if all_capitalised && (organisation_like || had_article || acronym.is_some()) {
                // "Processor Valefresh Dairies", headline style: the kind of business, then its name.
                let name = match tokens.split_first() {
                    Some((first, rest)) if rest.len() >= 2 && is_business_reference(first) => rest,
                    _ => &tokens[..],
                };
                Some(MentionHead::Organisation {
                    name: join_name(name),
                    acronym,
                })
            } else {
                None
            }
        }
    }
}

/// The people a stretch of the writer's own text names ("Opposition spokesperson Dr Amira Okafor OBE,
/// who chairs …"): runs of two to four capitalised words, or a title and a surname, that are not an
/// organisation. Returns each name (one word for a titled surname) and any gender its title tells.
pub fn find_person_names(text: &str) -> Vec<(String, Option<Gender>)> {
    person_names_at(text)
        .into_iter()
        .map(|(_, name, gender)| (name, gender))
        .collect()
}

/// As [`find_person_names`], with the byte offset in `text` of the run each name was found in.
pub fn person_names_at(text: &str) -> Vec<(usize, String, Option<Gender>)> {
    let offset_of = |word: &str| word.as_ptr() as usize - text.as_ptr() as usize;
    let tokens: Vec<&str> = text.split_whitespace().collect();
    let mut found = Vec::new();
    for run in capitalised_runs(&tokens, is_person_particle) {
        let (start, end) = (run.start, run.end);
        let before = start.checked_sub(1).map(|previous| tokens[previous]);
        // Most runs are one word (a sentence's first, a place): `person_in` finds a name in one only
        // after a capitalised word that the run stopped at ("Smith. Jones"), so the rest need no reading.
        let may_name = end - start > 1
            || before.is_some_and(|word| is_capitalised(word) && !word.ends_with([',', ';']));
        if !may_name {
            continue;
        }
        let next_is_organisation = tokens
            .get(end)
            .is_some_and(|word| is_organisation_noun(word));
        if next_is_organisation {
            continue;
        }
        let prefixed = tokens[start - usize::from(before.is_some())..end].join(" ");
        // The word before the run decides too: "the Example Trust", "agency Suojellaan Lapsia".
        if let Some((name, gender, _)) = person_in(&prefixed) {
            found.push((offset_of(tokens[start]), name, gender));
        }
    }
    found
}

/// Organisations the writer's text names: runs of capitalised words ending in an organisation noun
/// ("St Brigid’s Hospice", "Riverside Community Health Trust", "Department for Transport"), or following
/// a common noun for one ("developer Larchwood Homes").
pub fn find_organisation_names<'a>(text: &'a str) -> Vec<String> {
    let tokens: Vec<&str> = text.split_whitespace().collect();
    let mut found = Vec::new();
    let is_joiner = |word: &str| matches!(word, "of" | "for" | "and" | "&" | "on");
    for run in capitalised_runs(&tokens, is_joiner) {
        let (start, mut end) = (run.start, run.end);
        // Joining words cannot end a name.
        while end > start && matches!(tokens[end - 1], "of" | "for" | "and" | "&" | "on") {
            end -= 1;
        }
        // One word is never a name found here: both ways of finding one need two.
        if end - start < 2 {
            continue;
        }
        let trim = |word: &'a str| -> &'a str {
            word.trim_matches([',', '.', ';', ':', '”', '"', '“', '(', ')', '*', '_'])
        };
        let last = strip_possessive(trim(tokens[end - 1]));
        let after_reference = start.checked_sub(1).is_some_and(|previous| {
            let word = tokens[previous];
            !is_capitalised(word) && is_organisation_reference(word)
        });
        // "Volunteers from Clearwater Coast", "staff at Harbour Foods": people from a named body.
        let members_of = start >= 2
            && matches!(tokens[start - 1], "from" | "at")
            && is_people_of_a_body(tokens[start - 2]);
        let ends_in_noun = is_organisation_noun(last);
        // Most runs are people's names: decided before anything is copied.
        if !(ends_in_noun || after_reference || members_of) {
            continue;
        }
        let run: Vec<&str> = tokens[start..end].iter().map(|word| trim(word)).collect();
        let first_is_article = matches!(run[0], "The" | "A" | "An");
        let run = if first_is_article {
            &run[1..]
        } else {
            &run[..]
        };
        if run.is_empty() || run.iter().any(|word| honorific(word).is_some()) {
            continue;
        }
        // "The Club’s owners": one organisation noun refers back to an organisation; it is not a name.
        if run.len() == 1 && is_organisation_noun(run[0]) && !is_acronym(run[0]) {
            continue;
        }
        if ends_in_noun || ((after_reference || members_of) && run.len() >= 2 && !first_is_article)
        {
            let name = join_name(run);
            let part = part_of_organisation(&tokens[..start], &name);
            found.push(name);
            found.extend(part);
        }
    }
    found
}

/// Words that end a street or place name: "Quay Lane", "Harbour Street".
fn is_address_word(word: &str) -> bool {
    matches!(
        word.trim_end_matches([',', '.']).to_lowercase().as_str(),
        "road"
            | "street"
            | "lane"
            | "avenue"
            | "close"
            | "drive"
            | "way"
            | "crescent"
            | "place"
            | "square"
            | "terrace"
            | "gardens"
            | "grove"
            | "hill"
            | "park"
            | "village"
            | "town"
            | "city"
            | "estate"
    )
}

/// "the students' union at Dunmore College", "the finance committee of Harbridge Council": a body within
/// a named organisation, named after it ("Dunmore College students' union") so that a later "its" or
/// "the union" finds the body rather than its parent. `before` are the words before the parent's name.
fn part_of_organisation(before: &[&str], parent: &str) -> Option<String> {
    let mut end = before.len();
    if end > 0 && before[end - 1].eq_ignore_ascii_case("the") {
        end -= 1;
    }
    if end == 0 || !matches!(before[end - 1], "at" | "of" | "within") {
        return None;
    }
    let noun_end = end - 1;
    let article = before[..noun_end]
        .iter()
        .rposition(|word| word.eq_ignore_ascii_case("the"))?;
    let words = &before[article + 1..noun_end];
    let is_body = (1..=3).contains(&words.len())
        && words.iter().all(|word| {
            word.chars()
                .all(|c| c.is_lowercase() || c == '\'' || c == '’')
        })
        && is_organisation_noun(strip_possessive(words[words.len() - 1]));
    is_body.then(|| format!("{parent} {}", words.join(" ")))
}

/// The runs of capitalised words in `tokens` (with `joins` words allowed after the first), each ending at
/// the first word that closes a clause with punctuation.
fn capitalised_runs(tokens: &[&str], joins: impl Fn(&str) -> bool) -> Vec<std::ops::Range<usize>> {
    let mut runs = Vec::new();
    let mut index = 0;
    while index < tokens.len() {
        if !is_capitalised(tokens[index]) {
            index += 1;
            continue;
        }
        let start = index;
        let mut end = index;
        while end < tokens.len() {
            let word = tokens[end];
            if !(is_capitalised(word) || (end > start && joins(word))) {
                break;
            }
            end += 1;
            // "Jacob J. Lew": a middle initial's full stop ends no name.
            if word.ends_with([',', '.', ';', ':', '”', '"', ')']) && !is_initial(word) {
                break;
            }
        }
        index = end.max(start + 1);
        runs.push(start..end);
    }
    runs
}

/// The capitalised name after the last lower-case organisation noun: "agency Suojellaan Lapsia".
fn organisation_named_after_noun(tokens: &[&str]) -> Option<String> {
    let noun = tokens.iter().rposition(|word| !is_capitalised(word))?;
    let name = &tokens[noun + 1..];
    (is_organisation_reference(tokens[noun])
        && !name.is_empty()
        && name.iter().all(|word| is_capitalised(word)))
    .then(|| name.join(" "))
}

/// "a spokesperson for the college", "a Home Office spokesperson", "the council's spokesman".
fn spokesperson(phrase: &str) -> Option<Mention> {
    let tokens = words(phrase);
    let position = tokens
        .iter()
        .position(|word| is_spokesperson(word.trim_end_matches(',')))?;
    let after = tokens[position + 1..].join(" ");
    let organisation_text = if let Some(rest) = ["for ", "from ", "at ", "of "]
        .iter()
        .find_map(|preposition| after.strip_prefix(preposition))
    {
        rest.to_owned()
    } else {
        // "One Clinton spokesman", "another White House spokeswoman": one of several.
        let before = tokens[..position].join(" ");
        let before = ["one ", "One ", "another ", "Another "]
            .iter()
            .find_map(|article| before.strip_prefix(article))
            .unwrap_or(&before);
        let before = strip_article(before).to_owned();
        strip_possessive(&before).to_owned()
    };
    let head = organisation_head(organisation_text.trim_end_matches(','))
        .or_else(|| organisation_head(&format!("the {organisation_text}")))?;
    Some(Mention {
        head,
        role: Some(tokens[position].trim_end_matches(',').to_lowercase()),
        organisation: None,
        owner: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::{expect, Expect};

    fn check(phrase: &str, expected: Expect) {
        expected.assert_eq(&format!("{:?}", parse_mention(phrase)));
    }

    #[test]
    fn people_described_by_whom_they_stand_near_or_their_party() {
        let read: Vec<String> = [
            "a longtime adviser to Harlan Voss, who declined to be identified",
            "one Democrat familiar with the negotiations",
            "a prominent Republican National Committee member who supports Voss",
            "a person close to the Okafors",
            "the Ohio Republican",
            "the Democrat",
            "Allies of Sen. Dana Whitfield",
            "A friend, Mr. Okafor",
        ]
        .iter()
        .map(
            |phrase| match parse_mention(phrase).map(|mention| mention.head) {
                Some(MentionHead::Unnamed { noun, one_of_many }) => {
                    format!(
                        "{phrase} → described: {noun}{}",
                        if one_of_many { " (one of many)" } else { "" }
                    )
                }
                other => format!("{phrase} → {other:?}"),
            },
        )
        .collect();
        expect![[r#"
            a longtime adviser to Harlan Voss, who declined to be identified → described: adviser
            one Democrat familiar with the negotiations → described: democrat (one of many)
            a prominent Republican National Committee member who supports Voss → described: member
            a person close to the Okafors → described: person
            the Ohio Republican → described: republican
            the Democrat → described: democrat
            Allies of Sen. Dana Whitfield → described: allies (one of many)
            A friend, Mr. Okafor → Some(Person { name: "Okafor", gender: Some(Male) })"#]]
        .assert_eq(&read.join("\n"));
    }

    #[test]
    fn people_described_before_they_are_named() {
        check(
            "one trader",
            expect![[
                r#"Some(Mention { head: Unnamed { noun: "trader", one_of_many: true }, role: Some("trader"), organisation: None, owner: None })"#
            ]],
        );
        check(
            "A Northshire councillor",
            expect![[
                r#"Some(Mention { head: Unnamed { noun: "councillor", one_of_many: false }, role: Some("councillor"), organisation: None, owner: None })"#
            ]],
        );
        check(
            "A sign on the main door",
            expect![[
                r#"Some(Mention { head: Unnamed { noun: "sign", one_of_many: false }, role: Some("sign"), organisation: None, owner: None })"#
            ]],
        );
        check(
            "A shopper, Beryl",
            expect![[
                r#"Some(Mention { head: Person { name: "Beryl", gender: None }, role: Some("shopper"), organisation: None, owner: None })"#
            ]],
        );
        check(
            "The leader of Northgate City Council",
            expect![[
                r#"Some(Mention { head: Reference { noun: "leader" }, role: Some("leader"), organisation: Some("Northgate City Council"), owner: None })"#
            ]],
        );
        check(
            "Northgate Library Friends, a volunteer group",
            expect![[
                r#"Some(Mention { head: Organisation { name: "Northgate Library Friends", acronym: None }, role: None, organisation: None, owner: None })"#
            ]],
        );
        check(
            "Cllr Padraig O’Neill MBE, who represents Quayside ward on Northshire County Council",
            expect![[
                r#"Some(Mention { head: Person { name: "Padraig O’Neill", gender: None }, role: Some("councillor"), organisation: Some("Northshire County Council"), owner: None })"#
            ]],
        );
        // Not descriptions: a reference back, and a clause.
        check(
            "the council",
            expect![[
                r#"Some(Mention { head: Reference { noun: "council" }, role: None, organisation: None, owner: None })"#
            ]],
        );
        check("the club cost £94,000 a year to run", expect!["None"]);
    }

    #[test]
    fn a_person_with_post_nominals_and_an_apposition() {
        check(
            "Susie Hargreaves OBE, chief executive of the IWF",
            expect![[
                r#"Some(Mention { head: Person { name: "Susie Hargreaves", gender: None }, role: Some("chief executive"), organisation: Some("IWF"), owner: None })"#
            ]],
        );
        check(
            "James Babbage, Director General for Threats at the NCA",
            expect![[
                r#"Some(Mention { head: Person { name: "James Babbage", gender: None }, role: Some("Director General for Threats"), organisation: Some("NCA"), owner: None })"#
            ]],
        );
    }

    #[test]
    fn a_role_before_the_name() {
        check(
            "The NPCC lead for child protection, abuse and investigation, Ian Critchley",
            expect![[
                r#"Some(Mention { head: Person { name: "Ian Critchley", gender: None }, role: Some("lead for child protection, abuse and investigation"), organisation: Some("NPCC"), owner: None })"#
            ]],
        );
        check(
            "National Police Chiefs' Council Lead for Child Protection, Abuse and Investigation, Ian Critchley",
            expect![[r#"Some(Mention { head: Person { name: "Ian Critchley", gender: None }, role: Some("Lead for Child Protection, Abuse and Investigation"), organisation: Some("National Police Chiefs' Council"), owner: None })"#]],
        );
        // A capitalised title then "of" and a field is a role, not an organisation "Professor of".
        check(
            "Professor of education policy Siobhan Harlow",
            expect![[
                r#"Some(Mention { head: Person { name: "Siobhan Harlow", gender: None }, role: Some("Professor of education policy"), organisation: None, owner: None })"#
            ]],
        );
        check(
            "Transport Secretary Gareth Lowe",
            expect![[
                r#"Some(Mention { head: Person { name: "Gareth Lowe", gender: None }, role: Some("Transport Secretary"), organisation: None, owner: None })"#
            ]],
        );
        check(
            "Rita Jansen, an aviation analyst at Harrowgate Capital",
            expect![[
                r#"Some(Mention { head: Person { name: "Rita Jansen", gender: None }, role: Some("aviation analyst"), organisation: Some("Harrowgate Capital"), owner: None })"#
            ]],
        );
        check(
            "Health minister Tom Reilly",
            expect![[
                r#"Some(Mention { head: Person { name: "Tom Reilly", gender: None }, role: Some("Health minister"), organisation: None, owner: None })"#
            ]],
        );
    }

    #[test]
    fn honorifics_are_set_aside_and_may_tell_gender() {
        check(
            "Dame Amira Okafor, a researcher at Riverside University",
            expect![[
                r#"Some(Mention { head: Person { name: "Amira Okafor", gender: Some(Female) }, role: Some("researcher"), organisation: Some("Riverside University"), owner: None })"#
            ]],
        );
        check(
            "Prof Lin Zhou",
            expect![[
                r#"Some(Mention { head: Person { name: "Lin Zhou", gender: None }, role: None, organisation: None, owner: None })"#
            ]],
        );
        // A capitalised role before the honorific is the role, not part of the name.
        check(
            "Campaigner Sir Farid Nwosu",
            expect![[
                r#"Some(Mention { head: Person { name: "Farid Nwosu", gender: Some(Male) }, role: Some("Campaigner"), organisation: None, owner: None })"#
            ]],
        );
        check(
            "Former Sen. Dana Whitfield",
            expect![[
                r#"Some(Mention { head: Person { name: "Dana Whitfield", gender: None }, role: Some("former senator"), organisation: None, owner: None })"#
            ]],
        );
        // Words from a preposition to the name say how the words came, not who spoke.
        check(
            "In a letter to members Cllr Hugh Dalton",
            expect![[
                r#"Some(Mention { head: Person { name: "Hugh Dalton", gender: None }, role: Some("councillor"), organisation: None, owner: None })"#
            ]],
        );
    }

    #[test]
    fn american_offices_party_tags_and_military_ranks() {
        // The office an abbreviation names is the role; a party–state tag is neither name nor role.
        check(
            "Sen. Dana Whitfield, R-Ohio",
            expect![[
                r#"Some(Mention { head: Person { name: "Dana Whitfield", gender: None }, role: Some("senator"), organisation: None, owner: None })"#
            ]],
        );
        check(
            "Rep. Marcus Bell (D-N.Y.), who chairs the panel",
            expect![[
                r#"Some(Mention { head: Person { name: "Marcus Bell", gender: None }, role: Some("chair"), organisation: None, owner: None })"#
            ]],
        );
        // A role the sentence states is preferred to the one the abbreviation implies.
        check(
            "Sen. Dana Whitfield, R-Ohio, the committee's chairwoman",
            expect![[
                r#"Some(Mention { head: Person { name: "Dana Whitfield", gender: None }, role: Some("chairwoman"), organisation: None, owner: Some("committee") })"#
            ]],
        );
        check(
            "Lt. Gen. Ray Ortiz",
            expect![[
                r#"Some(Mention { head: Person { name: "Ray Ortiz", gender: None }, role: Some("lieutenant general"), organisation: None, owner: None })"#
            ]],
        );
        check(
            "Gov. Ana Pruitt",
            expect![[
                r#"Some(Mention { head: Person { name: "Ana Pruitt", gender: None }, role: Some("governor"), organisation: None, owner: None })"#
            ]],
        );
        // A state's abbreviation alone in brackets is set aside as a party–state tag is.
        check(
            "Marco Ortiz (Fla.)",
            expect![[
                r#"Some(Mention { head: Person { name: "Marco Ortiz", gender: None }, role: None, organisation: None, owner: None })"#
            ]],
        );
        // "Mr." names no office: no role.
        check(
            "Mr. Okafor",
            expect![[
                r#"Some(Mention { head: Person { name: "Okafor", gender: Some(Male) }, role: None, organisation: None, owner: None })"#
            ]],
        );
    }

    #[test]
    fn descriptions_before_a_name_datelines_and_clauses_are_no_name_and_no_role() {
        let cases = [
            "Democrat Julia Brandt",
            "Senator Brandt",
            "WASHINGTON (AP) — Treasury Secretary Alan K. Morrow",
            "That company was owned by Victor Sandoval",
            "explained CBS moderator Tom Reyes",
            "Priya Natarajan, an economist who is the director",
            "“Donald J. Okafor",
            "Mr.",
            "Other Republicans",
        ];
        let read: Vec<String> = cases
            .iter()
            .map(|phrase| match parse_mention(phrase) {
                Some(Mention {
                    head: MentionHead::Person { name, .. },
                    role,
                    organisation,
                    ..
                }) => format!("{name} | {role:?} | {organisation:?}"),
                other => format!("{other:?}"),
            })
            .collect();
        expect![[r#"
            [
                "Julia Brandt | Some(\"Democrat\") | None",
                "Brandt | Some(\"Senator\") | None",
                "Alan K. Morrow | Some(\"Treasury Secretary\") | None",
                "Victor Sandoval | None | None",
                "Tom Reyes | Some(\"moderator\") | Some(\"CBS\")",
                "Priya Natarajan | Some(\"economist\") | None",
                "Donald J. Okafor | None | None",
                "None",
                "None",
            ]
        "#]]
        .assert_debug_eq(&read);
    }

    #[test]
    fn organisations_acronyms_and_references() {
        check(
            "The Internet Watch Foundation (IWF)",
            expect![[
                r#"Some(Mention { head: Organisation { name: "Internet Watch Foundation", acronym: Some("IWF") }, role: None, organisation: None, owner: None })"#
            ]],
        );
        check(
            "the IWF",
            expect![[
                r#"Some(Mention { head: Organisation { name: "IWF", acronym: None }, role: None, organisation: None, owner: None })"#
            ]],
        );
        check(
            "the group",
            expect![[
                r#"Some(Mention { head: Reference { noun: "group" }, role: None, organisation: None, owner: None })"#
            ]],
        );
        check(
            "However, it",
            expect![
                "Some(Mention { head: Pronoun(It), role: None, organisation: None, owner: None })"
            ],
        );
        check(
            "Reilly",
            expect![[
                r#"Some(Mention { head: Bare { name: "Reilly" }, role: None, organisation: None, owner: None })"#
            ]],
        );
    }

    #[test]
    fn a_common_noun_then_a_name_is_an_organisation() {
        check(
            "Finnish child protection agency Suojellaan Lapsia",
            expect![[
                r#"Some(Mention { head: Organisation { name: "Suojellaan Lapsia", acronym: None }, role: None, organisation: None, owner: None })"#
            ]],
        );
    }

    #[test]
    fn people_named_in_running_text() {
        assert_eq!(
            find_person_names("Opposition spokesperson Dr Amira Okafor OBE, who chairs the Northshire Transport Committee, was unconvinced."),
            [("Amira Okafor".to_owned(), None)]
        );
        assert_eq!(
            find_person_names("Mrs Okafor met Tom Reilly and Sam de Vries."),
            [
                ("Okafor".to_owned(), Some(Gender::Female)),
                ("Tom Reilly".to_owned(), None),
                ("Sam de Vries".to_owned(), None),
            ]
        );
        assert_eq!(
            find_person_names(
                "The Internet Watch Foundation said. Finnish agency Suojellaan Lapsia agreed."
            ),
            []
        );
    }

    #[test]
    fn spokespeople_speak_for_their_organisation() {
        check(
            "a spokesperson for the college",
            expect![[
                r#"Some(Mention { head: Reference { noun: "college" }, role: Some("spokesperson"), organisation: None, owner: None })"#
            ]],
        );
        check(
            "a Home Office spokesperson",
            expect![[
                r#"Some(Mention { head: Organisation { name: "Home Office", acronym: None }, role: Some("spokesperson"), organisation: None, owner: None })"#
            ]],
        );
    }

    #[test]
    fn clauses_and_common_nouns_name_no_one() {
        check(
            "this is being put at risk by the roll out",
            expect![[r#"None"#]],
        );
        check("child sex offenders", expect![[r#"None"#]]);
    }
}
