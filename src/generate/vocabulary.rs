//! The word lists synthetic documents are made from: invented places, people, organisations and topics,
//! combined so that ten thousand documents stay varied. No real person or organisation is named.

pub const FIRST_NAMES: &[&str] = &[
    "Amira", "Tom", "Priya", "Gareth", "Helen", "Kofi", "Sian", "Marek", "Lucia", "Owen", "Farah",
    "Declan", "Ines", "Rhys", "Yasmin", "Callum", "Noor", "Petra", "Idris", "Maeve", "Jonas",
    "Leila", "Ewan", "Zofia", "Malik", "Ingrid", "Rory", "Aisha", "Bram", "Carys", "Dev",
    "Elspeth", "Felix", "Greta", "Hamza", "Isolde", "Jude", "Kasia", "Luca", "Mirela", "Nico",
    "Orla", "Pavel", "Quinn", "Rosa", "Soren", "Tamsin", "Ugo", "Vera",
];

pub const SURNAMES: &[&str] = &[
    "Okafor",
    "Reilly",
    "Nandakumar",
    "Pryce",
    "Marsh",
    "Mensah",
    "Griffiths",
    "Novak",
    "Ferreira",
    "Bowen",
    "Haddad",
    "Quigley",
    "Lindqvist",
    "Ashworth",
    "Castell",
    "Drummond",
    "Ellery",
    "Fairbairn",
    "Gallagher",
    "Holloway",
    "Iqbal",
    "Jessop",
    "Kavanagh",
    "Lowther",
    "Merriman",
    "Nakamura",
    "Oduya",
    "Penhaligon",
    "Quayle",
    "Rowntree",
    "Strachan",
    "Thorne",
    "Umeh",
    "Varga",
    "Whitlock",
    "Yardley",
    "Zielinski",
    "O’Hara",
    "McAllister",
    "de Vries",
    "Abara",
    "Brightwell",
    "Cardew",
    "Delacroix",
    "Eastwood",
];

pub const PLACES: &[&str] = &[
    "Northshire",
    "Harbridge",
    "Westvale",
    "Eastmere",
    "Riverside",
    "Kingsbridge",
    "Millbrook",
    "Stonebridge",
    "Larchwood",
    "Fenwick",
    "Port Selby",
    "Greyhaven",
    "Ashcombe",
    "Brackenfield",
    "Coldharbour",
    "Dunmore",
    "Elmstead",
    "Foxley",
    "Glenholm",
    "Hollinsway",
];

/// Kinds of organisation, with the noun the text later uses for them ("the council said").
pub const ORGANISATION_KINDS: &[(&str, &str)] = &[
    ("County Council", "council"),
    ("City Council", "council"),
    ("Health Trust", "trust"),
    ("Ambulance Trust", "trust"),
    ("Water Company", "company"),
    ("Transport Agency", "agency"),
    ("Housing Association", "association"),
    ("Chamber of Commerce", "chamber"),
    ("Police", "force"),
    ("Fire and Rescue Service", "service"),
    ("University", "university"),
    ("Residents Association", "association"),
    ("Wildlife Trust", "trust"),
    ("Energy Group", "group"),
];

pub const ROLES: &[&str] = &[
    "chief executive",
    "director of operations",
    "chair",
    "deputy leader",
    "head of planning",
    "spokesperson",
    "finance director",
    "chief constable",
    "medical director",
    "policy lead",
    "cabinet member for transport",
    "project manager",
];

pub const TOPICS: &[(&str, &str, &str)] = &[
    ("bus routes", "buses", "passengers"),
    ("flood defences", "the sea wall", "homes"),
    ("hospital waiting lists", "the new clinic", "patients"),
    ("school places", "the new academy", "pupils"),
    ("road repairs", "the bypass", "drivers"),
    ("water leaks", "the reservoir", "customers"),
    ("affordable housing", "the estate", "families"),
    ("library opening hours", "the branch libraries", "readers"),
    ("wind farm jobs", "the turbines", "workers"),
    ("park safety", "the park", "residents"),
];

pub const CUE_VERBS: &[&str] = &[
    "said",
    "added",
    "told reporters",
    "explained",
    "warned",
    "insisted",
];

pub const NAVIGATION: &[&str] = &[
    "Home",
    "News",
    "Sport",
    "Business",
    "Skip to content",
    "Menu",
    "Search",
    "Weather",
];

pub const JOBS: &[&str] = &[
    "Senior Planning Officer",
    "Community Nurse",
    "Finance Manager",
    "Station Manager",
    "Data Analyst",
    "Head of Communications",
];

pub const PUBLISHERS: &[&str] = &[
    "The {place} Courier",
    "{place} Gazette",
    "The {place} Post",
    "{place} Evening News",
    "The {place} Chronicle",
];

pub const FILLER: &[&str] = &[
    "The proposals will be discussed at a public meeting next month.",
    "A consultation on the changes closes at the end of the year.",
    "Figures published last week showed the problem had grown since the spring.",
    "Campaigners have been calling for action for several years.",
    "The decision follows a review of services across the region.",
    "Local businesses have also raised concerns about the timetable.",
    "Work is expected to begin once the funding has been confirmed.",
    "The plans were first announced in the autumn.",
    "Opposition members have asked for the full costs to be published.",
    "A final decision is expected before the summer recess.",
];
