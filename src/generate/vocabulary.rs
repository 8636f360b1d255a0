//! The generator's word lists: names, places, topics, kinds of organisation and their people's roles.
//! Everything a document is about is combined from these, so ten thousand documents stay varied while no
//! real person is named.
//!
//! In these lists `'` stands for an apostrophe; each document writes it in its own house style (`’` or `'`).

/// Given names, with the pronoun the generator uses for their holder.
pub const FEMALE_NAMES: &[&str] = &[
    "Aisling", "Amira", "Ayesha", "Bethan", "Catrin", "Chloe", "Claire", "Deborah", "Eleanor",
    "Farah", "Fiona", "Gemma", "Grace", "Harriet", "Helen", "Imogen", "Ines", "Joanna", "Karen",
    "Kirsty", "Leah", "Lucy", "Maria", "Megan", "Nadia", "Niamh", "Olivia", "Priya", "Rachel",
    "Rosa", "Ruth", "Sarah", "Siobhan", "Sunita", "Tamsin", "Uma", "Wen", "Yasmin", "Zoe", "Zofia",
];
pub const MALE_NAMES: &[&str] = &[
    "Aaron", "Alistair", "Andrzej", "Ben", "Callum", "Colin", "Daniel", "Dev", "Dominic", "Euan",
    "Ewan", "Farid", "Gareth", "Graham", "Hamish", "Hugh", "Ian", "James", "Jonah", "Kieran",
    "Kwame", "Liam", "Luca", "Malik", "Mark", "Martin", "Nathan", "Neil", "Oscar", "Owen",
    "Patrick", "Peter", "Raj", "Rhys", "Samuel", "Stuart", "Tariq", "Tom", "Vikram", "William",
];
pub const NEUTRAL_NAMES: &[&str] = &[
    "Alex", "Charlie", "Jamie", "Jordan", "Morgan", "Riley", "Robin", "Sam",
];

pub const SURNAMES: &[&str] = &[
    "Adeyemi",
    "Ahmed",
    "Ainsworth",
    "Ashdown-Price",
    "Barker",
    "Bhatt",
    "Blackwood",
    "Brennan",
    "Carver",
    "Chadwick",
    "Chowdhury",
    "Clarke",
    "Collins",
    "Costa",
    "Cunningham",
    "D'Arcy",
    "Dalton",
    "De Souza",
    "Devlin",
    "Drummond",
    "Ellison",
    "Evans",
    "Fairbairn",
    "Farrell",
    "Fenwick",
    "Fletcher",
    "Forsyth",
    "Gallagher",
    "Garside",
    "Gill",
    "Goodwin",
    "Haddad",
    "Hadley",
    "Hale",
    "Harlow",
    "Hughes-Taylor",
    "Hussain",
    "Ibrahim",
    "Ingram",
    "Jarvis",
    "Jenkins",
    "Kaur",
    "Kavanagh",
    "Kelly",
    "Khan",
    "Kowalski",
    "Lambert",
    "Lawson",
    "Le Roux",
    "Leach",
    "Lindqvist",
    "Lloyd",
    "Lowther",
    "MacAllister",
    "McBride",
    "McKenna",
    "Maddox",
    "Malik",
    "Marsh",
    "Mensah",
    "Merriman",
    "Moreno",
    "Morrow",
    "Nakamura",
    "Nash",
    "Nowak",
    "Nwosu",
    "O'Brien",
    "O'Connor",
    "O'Neill",
    "O'Sullivan",
    "Okafor",
    "Oyelaran",
    "Palmer",
    "Patel",
    "Pemberton",
    "Quinn",
    "Rahman",
    "Ramsay",
    "Redfern",
    "Reilly",
    "Rowntree",
    "Sandhu",
    "Saunders",
    "Sharma",
    "Shaw",
    "Sinclair",
    "Singh",
    "Slater",
    "Stokes",
    "Sutherland",
    "Tan",
    "Thackeray",
    "Thornton",
    "Tierney",
    "Turnbull",
    "Underwood",
    "Varga",
    "Wainwright",
    "Walsh",
    "Webb",
    "Whitfield",
    "Wilde",
    "Winterbottom",
    "Wong",
    "Yates",
    "Zielinski",
];

/// Places are a stem and an ending: `Hollingford`, `Tarnmouth`.
pub const PLACE_STEMS: &[&str] = &[
    "Ash", "Brind", "Brack", "Cadd", "Cold", "Dun", "Elm", "Esk", "Farr", "Gors", "Hazel", "Holl",
    "Kess", "Lark", "Low", "Marr", "Moss", "Nett", "Orr", "Pell", "Pen", "Quarr", "Rook", "Sall",
    "Stan", "Tarn", "Thorn", "Ulver", "Vell", "Wend", "Wyn", "Yarr",
];
pub const PLACE_ENDINGS: &[&str] = &[
    "ingford", "bridge", "mouth", "wick", "by", "thorpe", "ley", "stead", "combe", "haven", "dale",
    "ham", "field", "ton", "bury", "well",
];
/// Regions are a stem and one of these: `Northshire`, `Esk Vale`.
pub const REGION_STEMS: &[&str] = &[
    "North", "South", "East", "West", "Ash", "Brind", "Cadd", "Esk", "Holl", "Kess", "Marr", "Orr",
    "Pell", "Tarn", "Ulver", "Wend", "Yarr",
];
pub const REGION_ENDINGS: &[&str] = &["shire", "land", " Vale", " Valley", " Downs", " Moor"];
pub const STREET_KINDS: &[&str] = &[
    "Road", "Street", "Lane", "Avenue", "Close", "Way", "Terrace",
];
pub const SAINTS: &[&str] = &[
    "Helen", "John", "Mary", "Peter", "Anne", "Luke", "Margaret", "Giles",
];

/// A kind of facility a topic builds, with the compound that sizes it: a `400-space car park`.
pub struct Facility {
    pub unit: &'static str,
    pub name: &'static str,
    pub low: u64,
    pub high: u64,
}

/// What a story is about: its sector, what is proposed, who is affected, what is counted.
pub struct Topic {
    pub sector: &'static str,
    pub sector_title: &'static str,
    /// A plan's name after the place (`bus lane scheme`) and how later sentences call it (`scheme`).
    pub plans: &'static [(&'static str, &'static str)],
    /// Plural groups of people (`commuters`).
    pub affected: &'static [&'static str],
    /// Plural things that are counted (`journeys`).
    pub counted: &'static [&'static str],
    pub issues: &'static [&'static str],
    pub facilities: &'static [Facility],
    /// Fields of study, for the academics asked to comment.
    pub fields: &'static [&'static str],
    /// Who carries out plans in this sector.
    pub actors: &'static [OrgKind],
    /// Who objects, besides the groups every topic has.
    pub critics: &'static [OrgKind],
}

pub const TOPICS: &[Topic] = &[
    Topic {
        sector: "transport",
        sector_title: "Transport",
        plans: &[
            ("bus lane scheme", "scheme"),
            ("parking strategy", "strategy"),
            ("tram extension", "extension"),
            ("cycle network plan", "plan"),
            ("bypass proposal", "proposal"),
            ("station upgrade", "upgrade"),
            ("low-traffic neighbourhood", "scheme"),
        ],
        affected: &[
            "commuters",
            "bus passengers",
            "cyclists",
            "drivers",
            "residents",
            "shop owners",
        ],
        counted: &[
            "journeys",
            "bus services",
            "parking fines",
            "road collisions",
            "passengers",
        ],
        issues: &[
            "congestion",
            "air pollution",
            "road safety",
            "late-running buses",
            "rat-running",
        ],
        facilities: &[
            Facility {
                unit: "space",
                name: "car park",
                low: 80,
                high: 1_200,
            },
            Facility {
                unit: "mile",
                name: "cycle route",
                low: 2,
                high: 40,
            },
            Facility {
                unit: "bay",
                name: "bus interchange",
                low: 6,
                high: 30,
            },
        ],
        fields: &["transport planning", "urban mobility", "civil engineering"],
        actors: &[
            OrgKind::CityCouncil,
            OrgKind::CountyCouncil,
            OrgKind::Partnership,
            OrgKind::RegionalAgency,
        ],
        critics: &[
            OrgKind::Chamber,
            OrgKind::ActionGroup,
            OrgKind::ResidentsAssociation,
        ],
    },
    Topic {
        sector: "housing",
        sector_title: "Housing",
        plans: &[
            ("housing strategy", "strategy"),
            ("estate regeneration plan", "plan"),
            ("affordable homes programme", "programme"),
            ("tower block refurbishment", "refurbishment"),
            ("rent review", "review"),
            ("garden village proposal", "proposal"),
        ],
        affected: &[
            "tenants",
            "families",
            "first-time buyers",
            "leaseholders",
            "residents",
            "young people",
        ],
        counted: &[
            "homes",
            "households",
            "flats",
            "applications",
            "families on the waiting list",
        ],
        issues: &[
            "overcrowding",
            "damp and mould",
            "rising rents",
            "homelessness",
            "empty homes",
        ],
        facilities: &[
            Facility {
                unit: "home",
                name: "development",
                low: 40,
                high: 3_000,
            },
            Facility {
                unit: "flat",
                name: "tower",
                low: 30,
                high: 240,
            },
        ],
        fields: &["housing policy", "urban planning", "social policy"],
        actors: &[
            OrgKind::CityCouncil,
            OrgKind::BoroughCouncil,
            OrgKind::HousingAssociation,
        ],
        critics: &[
            OrgKind::ResidentsAssociation,
            OrgKind::ActionGroup,
            OrgKind::Charity,
        ],
    },
    Topic {
        sector: "health",
        sector_title: "Health",
        plans: &[
            ("maternity unit closure", "closure"),
            ("urgent care review", "review"),
            ("surgery merger", "merger"),
            ("mental health strategy", "strategy"),
            ("hospital parking policy", "policy"),
            ("community diagnostic centre", "centre"),
        ],
        affected: &[
            "patients",
            "nurses",
            "carers",
            "expectant mothers",
            "older people",
            "junior doctors",
        ],
        counted: &[
            "patients",
            "appointments",
            "operations",
            "referrals",
            "beds",
            "ambulance calls",
        ],
        issues: &[
            "waiting times",
            "staff shortages",
            "ambulance delays",
            "delayed discharges",
        ],
        facilities: &[
            Facility {
                unit: "bed",
                name: "ward",
                low: 12,
                high: 60,
            },
            Facility {
                unit: "bed",
                name: "hospital wing",
                low: 40,
                high: 400,
            },
        ],
        fields: &["public health", "health economics", "nursing"],
        actors: &[
            OrgKind::HealthTrust,
            OrgKind::CountyCouncil,
            OrgKind::Department,
        ],
        critics: &[OrgKind::Union, OrgKind::ActionGroup, OrgKind::Charity],
    },
    Topic {
        sector: "education",
        sector_title: "Education",
        plans: &[
            ("school reorganisation", "reorganisation"),
            ("college merger", "merger"),
            ("free school meals pilot", "pilot"),
            ("school transport review", "review"),
            ("sixth-form funding plan", "plan"),
        ],
        affected: &[
            "parents",
            "pupils",
            "teachers",
            "students",
            "governors",
            "families",
        ],
        counted: &[
            "pupils",
            "school places",
            "teaching posts",
            "exclusions",
            "students",
        ],
        issues: &[
            "class sizes",
            "teacher shortages",
            "falling rolls",
            "attendance",
        ],
        facilities: &[
            Facility {
                unit: "place",
                name: "primary school",
                low: 210,
                high: 630,
            },
            Facility {
                unit: "pupil",
                name: "academy",
                low: 600,
                high: 1_800,
            },
        ],
        fields: &["education", "child development", "education policy"],
        actors: &[
            OrgKind::CountyCouncil,
            OrgKind::College,
            OrgKind::Department,
        ],
        critics: &[
            OrgKind::Union,
            OrgKind::ActionGroup,
            OrgKind::ProfessionalAssociation,
        ],
    },
    Topic {
        sector: "policing",
        sector_title: "Policing",
        plans: &[
            ("neighbourhood policing model", "model"),
            ("station closure programme", "programme"),
            ("knife crime strategy", "strategy"),
            ("CCTV upgrade", "upgrade"),
            ("custody suite plan", "plan"),
        ],
        affected: &[
            "victims",
            "officers",
            "residents",
            "shopkeepers",
            "young people",
        ],
        counted: &[
            "arrests",
            "reports",
            "officers",
            "offences",
            "emergency calls",
        ],
        issues: &[
            "antisocial behaviour",
            "shoplifting",
            "response times",
            "online fraud",
            "knife crime",
        ],
        facilities: &[
            Facility {
                unit: "officer",
                name: "unit",
                low: 12,
                high: 120,
            },
            Facility {
                unit: "camera",
                name: "network",
                low: 40,
                high: 900,
            },
        ],
        fields: &["criminology", "policing studies", "criminal justice"],
        actors: &[OrgKind::Police, OrgKind::CityCouncil],
        critics: &[
            OrgKind::ResidentsAssociation,
            OrgKind::Union,
            OrgKind::Charity,
        ],
    },
    Topic {
        sector: "environment",
        sector_title: "Environment",
        plans: &[
            ("flood defence scheme", "scheme"),
            ("tree planting programme", "programme"),
            ("clean air zone", "zone"),
            ("river restoration project", "project"),
            ("coastal management plan", "plan"),
        ],
        affected: &[
            "homeowners",
            "farmers",
            "residents",
            "anglers",
            "businesses",
        ],
        counted: &["homes", "trees", "properties", "sewage spills", "hectares"],
        issues: &[
            "flooding",
            "river pollution",
            "air quality",
            "coastal erosion",
            "habitat loss",
        ],
        facilities: &[
            Facility {
                unit: "metre",
                name: "flood wall",
                low: 200,
                high: 4_000,
            },
            Facility {
                unit: "hectare",
                name: "nature reserve",
                low: 20,
                high: 900,
            },
        ],
        fields: &["environmental science", "hydrology", "ecology"],
        actors: &[
            OrgKind::RegionalAgency,
            OrgKind::CountyCouncil,
            OrgKind::WildlifeTrust,
        ],
        critics: &[
            OrgKind::ActionGroup,
            OrgKind::WildlifeTrust,
            OrgKind::ResidentsAssociation,
        ],
    },
    Topic {
        sector: "energy",
        sector_title: "Energy",
        plans: &[
            ("solar farm application", "application"),
            ("heat network", "network"),
            ("wind turbine proposal", "proposal"),
            ("home insulation scheme", "scheme"),
            ("battery storage plan", "plan"),
        ],
        affected: &[
            "households",
            "pensioners",
            "landowners",
            "bill payers",
            "residents",
        ],
        counted: &["homes", "households", "jobs", "tonnes of carbon", "panels"],
        issues: &[
            "fuel poverty",
            "energy bills",
            "grid capacity",
            "cold homes",
        ],
        facilities: &[
            Facility {
                unit: "megawatt",
                name: "solar farm",
                low: 5,
                high: 450,
            },
            Facility {
                unit: "turbine",
                name: "wind farm",
                low: 4,
                high: 60,
            },
        ],
        fields: &["energy systems", "climate policy", "electrical engineering"],
        actors: &[
            OrgKind::CountyCouncil,
            OrgKind::RegionalAgency,
            OrgKind::Partnership,
        ],
        critics: &[
            OrgKind::ActionGroup,
            OrgKind::ResidentsAssociation,
            OrgKind::WildlifeTrust,
        ],
    },
    Topic {
        sector: "culture",
        sector_title: "Arts",
        plans: &[
            ("library closure plan", "plan"),
            ("museum redevelopment", "redevelopment"),
            ("arts funding review", "review"),
            ("festival relocation", "relocation"),
            ("theatre restoration", "restoration"),
        ],
        affected: &["readers", "volunteers", "artists", "families", "visitors"],
        counted: &[
            "visitors",
            "library users",
            "events",
            "books lent",
            "tickets",
        ],
        issues: &["opening hours", "funding cuts", "falling visitor numbers"],
        facilities: &[
            Facility {
                unit: "seat",
                name: "theatre",
                low: 150,
                high: 1_400,
            },
            Facility {
                unit: "seat",
                name: "concert hall",
                low: 400,
                high: 2_500,
            },
        ],
        fields: &["cultural policy", "museum studies", "history"],
        actors: &[
            OrgKind::CityCouncil,
            OrgKind::Foundation,
            OrgKind::BoroughCouncil,
        ],
        critics: &[OrgKind::FriendsGroup, OrgKind::ActionGroup, OrgKind::Union],
    },
    Topic {
        sector: "sport",
        sector_title: "Sport",
        plans: &[
            ("stadium redevelopment", "redevelopment"),
            ("leisure centre closure", "closure"),
            ("ground move", "move"),
            ("swimming pool refurbishment", "refurbishment"),
            ("new stand", "stand"),
        ],
        affected: &[
            "supporters",
            "season ticket holders",
            "swimmers",
            "members",
            "young players",
        ],
        counted: &[
            "supporters",
            "season tickets",
            "matches",
            "members",
            "visits",
        ],
        issues: &[
            "ticket prices",
            "matchday parking",
            "crowd safety",
            "pool closures",
        ],
        facilities: &[
            Facility {
                unit: "seat",
                name: "stadium",
                low: 4_000,
                high: 60_000,
            },
            Facility {
                unit: "seat",
                name: "stand",
                low: 1_500,
                high: 12_000,
            },
            Facility {
                unit: "lane",
                name: "pool",
                low: 4,
                high: 10,
            },
        ],
        fields: &["sports management", "sport science", "leisure studies"],
        actors: &[
            OrgKind::FootballClub,
            OrgKind::CityCouncil,
            OrgKind::BoroughCouncil,
        ],
        critics: &[
            OrgKind::SupportersTrust,
            OrgKind::ResidentsAssociation,
            OrgKind::ActionGroup,
        ],
    },
    Topic {
        sector: "business",
        sector_title: "Enterprise",
        plans: &[
            ("town centre masterplan", "masterplan"),
            ("business rates relief scheme", "scheme"),
            ("market hall redevelopment", "redevelopment"),
            ("late-night levy", "levy"),
            ("retail park expansion", "expansion"),
        ],
        affected: &[
            "traders",
            "small businesses",
            "shoppers",
            "market stallholders",
            "landlords",
        ],
        counted: &["jobs", "shops", "empty units", "visitors", "businesses"],
        issues: &[
            "footfall",
            "empty shops",
            "business rates",
            "parking charges",
        ],
        facilities: &[
            Facility {
                unit: "stall",
                name: "market hall",
                low: 30,
                high: 160,
            },
            Facility {
                unit: "unit",
                name: "retail park",
                low: 8,
                high: 60,
            },
        ],
        fields: &["economics", "retail geography", "regional development"],
        actors: &[
            OrgKind::CityCouncil,
            OrgKind::BoroughCouncil,
            OrgKind::Partnership,
        ],
        critics: &[
            OrgKind::Chamber,
            OrgKind::ActionGroup,
            OrgKind::ProfessionalAssociation,
        ],
    },
    Topic {
        sector: "digital",
        sector_title: "Digital",
        plans: &[
            ("full-fibre rollout", "rollout"),
            ("digital inclusion strategy", "strategy"),
            ("mobile mast application", "application"),
            ("smart city pilot", "pilot"),
        ],
        affected: &[
            "rural households",
            "businesses",
            "older residents",
            "home workers",
            "students",
        ],
        counted: &["premises", "connections", "households", "masts"],
        issues: &[
            "slow speeds",
            "patchy coverage",
            "digital exclusion",
            "data privacy",
        ],
        facilities: &[Facility {
            unit: "mile",
            name: "fibre network",
            low: 10,
            high: 300,
        }],
        fields: &["computer science", "digital policy", "information law"],
        actors: &[
            OrgKind::CountyCouncil,
            OrgKind::Partnership,
            OrgKind::RegionalAgency,
        ],
        critics: &[
            OrgKind::ActionGroup,
            OrgKind::ResidentsAssociation,
            OrgKind::Charity,
        ],
    },
    Topic {
        sector: "social care",
        sector_title: "Care",
        plans: &[
            ("care home closure", "closure"),
            ("home care contract", "contract"),
            ("day centre review", "review"),
            ("carers' support strategy", "strategy"),
        ],
        affected: &[
            "carers",
            "care workers",
            "older people",
            "families",
            "disabled people",
        ],
        counted: &["care packages", "hours of care", "residents", "vacancies"],
        issues: &[
            "staff turnover",
            "care costs",
            "delayed discharges",
            "loneliness",
        ],
        facilities: &[Facility {
            unit: "bed",
            name: "care home",
            low: 20,
            high: 120,
        }],
        fields: &["social policy", "gerontology", "social work"],
        actors: &[
            OrgKind::CountyCouncil,
            OrgKind::HealthTrust,
            OrgKind::Charity,
        ],
        critics: &[OrgKind::Union, OrgKind::ActionGroup, OrgKind::Charity],
    },
    Topic {
        sector: "waste",
        sector_title: "Waste",
        plans: &[
            ("bin collection overhaul", "overhaul"),
            ("recycling plant proposal", "proposal"),
            ("garden waste charge", "charge"),
            ("incinerator application", "application"),
        ],
        affected: &[
            "households",
            "residents",
            "bin crews",
            "landlords",
            "allotment holders",
        ],
        counted: &["bins", "tonnes of waste", "collections", "complaints"],
        issues: &[
            "fly-tipping",
            "missed collections",
            "recycling rates",
            "litter",
        ],
        facilities: &[Facility {
            unit: "tonne",
            name: "recycling plant",
            low: 20_000,
            high: 250_000,
        }],
        fields: &[
            "environmental engineering",
            "circular economy",
            "waste management",
        ],
        actors: &[OrgKind::BoroughCouncil, OrgKind::CityCouncil],
        critics: &[
            OrgKind::Union,
            OrgKind::ResidentsAssociation,
            OrgKind::ActionGroup,
        ],
    },
    Topic {
        sector: "water",
        sector_title: "Water",
        plans: &[
            ("reservoir plan", "plan"),
            ("sewage works upgrade", "upgrade"),
            ("hosepipe ban", "ban"),
            ("water meter programme", "programme"),
        ],
        affected: &[
            "customers",
            "wild swimmers",
            "farmers",
            "households",
            "anglers",
        ],
        counted: &[
            "customers",
            "litres",
            "sewage spills",
            "leaks",
            "properties",
        ],
        issues: &["leaks", "sewage discharges", "drought", "bill rises"],
        facilities: &[Facility {
            unit: "megalitre",
            name: "reservoir",
            low: 500,
            high: 40_000,
        }],
        fields: &["hydrology", "environmental law", "water engineering"],
        actors: &[OrgKind::WaterCompany, OrgKind::RegionalAgency],
        critics: &[
            OrgKind::ActionGroup,
            OrgKind::WildlifeTrust,
            OrgKind::ResidentsAssociation,
        ],
    },
];

/// Critics any topic can have, besides its own.
pub const COMMON_CRITICS: &[OrgKind] = &[
    OrgKind::NationalCouncil,
    OrgKind::Institute,
    OrgKind::StandardsAgency,
    OrgKind::ActionGroup,
];

/// Kinds of organisation. Each knows how its name is built, how later sentences call it, and the roles of
/// the people who speak for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OrgKind {
    CityCouncil,
    BoroughCouncil,
    CountyCouncil,
    RegionalAgency,
    Partnership,
    HousingAssociation,
    HealthTrust,
    Police,
    College,
    University,
    Chamber,
    ResidentsAssociation,
    ActionGroup,
    FriendsGroup,
    FootballClub,
    SupportersTrust,
    WildlifeTrust,
    WaterCompany,
    Union,
    NationalCouncil,
    StandardsAgency,
    Institute,
    ProfessionalAssociation,
    Department,
    Foundation,
    Charity,
}

/// How a person's role is written after the name (`chief executive of {org}`) and before it
/// (`Trust chief executive`), and the title it brings.
#[derive(Debug)]
pub struct Role {
    pub apposition: &'static str,
    pub before: &'static str,
    pub title: RoleTitle,
}

/// The title a role puts before or after its holder's name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RoleTitle {
    /// Any holder may happen to be a doctor, a knight or a dame, or hold an honour.
    Any,
    Councillor,
    Doctor,
    Professor,
    MemberOfParliament,
}

const fn role(apposition: &'static str, before: &'static str, title: RoleTitle) -> Role {
    Role {
        apposition,
        before,
        title,
    }
}

impl OrgKind {
    /// The name, from `{place}`, `{region}`, `{Sector}` (the topic's title) and `{surname}`.
    pub fn name_patterns(self) -> &'static [&'static str] {
        match self {
            OrgKind::CityCouncil => &["{place} City Council", "{place} Council"],
            OrgKind::BoroughCouncil => &["{place} Borough Council", "{place} District Council"],
            OrgKind::CountyCouncil => &["{region} County Council", "{region} Council"],
            OrgKind::RegionalAgency => &["{region} Regional Agency", "{region} Development Agency"],
            OrgKind::Partnership => &[
                "{region} {Sector} Partnership",
                "{place} and {region} {Sector} Partnership",
            ],
            OrgKind::HousingAssociation => &["{place} Housing Association", "{region} Homes Group"],
            OrgKind::HealthTrust => &[
                "{place} Health Trust",
                "{region} Hospitals Trust",
                "{region} Care Trust",
            ],
            OrgKind::Police => &["{region} Police", "{region} Constabulary"],
            OrgKind::College => &["{place} College", "{place} College of Further Education"],
            OrgKind::University => &[
                "University of {place}",
                "{place} University",
                "{region} Institute of Technology",
            ],
            OrgKind::Chamber => &[
                "{place} Chamber of Commerce",
                "{place} Traders' Association",
            ],
            OrgKind::ResidentsAssociation => {
                &["{place} Residents' Association", "{place} Civic Society"]
            }
            OrgKind::ActionGroup => &[
                "{place} Action Group",
                "Save {place}",
                "{place} Says No",
                "Keep {place} Moving",
            ],
            OrgKind::FriendsGroup => &["Friends of {place} Library", "Friends of {place} Park"],
            OrgKind::FootballClub => &[
                "{place} Town Football Club",
                "{place} United",
                "{place} Athletic",
            ],
            OrgKind::SupportersTrust => &["{place} Supporters' Trust", "{place} Fans' Forum"],
            OrgKind::WildlifeTrust => &["{region} Wildlife Trust", "{region} Rivers Trust"],
            OrgKind::WaterCompany => &["{region} Water", "{region} Water Services"],
            OrgKind::Union => &[
                "National Union of {Sector} Workers",
                "{Sector} Workers' Union",
                "{Sector} Staff Federation",
            ],
            OrgKind::NationalCouncil => &["National {Sector} Council", "National {Sector} Forum"],
            OrgKind::StandardsAgency => {
                &["{Sector} Standards Agency", "Office for {Sector} Standards"]
            }
            OrgKind::Institute => &[
                "Institute for {Sector} Research",
                "{Sector} Policy Institute",
                "Centre for {Sector} Studies",
            ],
            OrgKind::ProfessionalAssociation => &[
                "Association of {Sector} Professionals",
                "{Sector} Managers' Association",
            ],
            OrgKind::Department => &["Department for {Sector}", "Ministry of {Sector}"],
            OrgKind::Foundation => &["{surname} Foundation", "{region} Community Foundation"],
            OrgKind::Charity => &[
                "{Sector} Action Trust",
                "{region} {Sector} Alliance",
                "Together for {Sector}",
            ],
        }
    }

    /// How later sentences call it (`the council`).
    pub fn short(self) -> &'static str {
        match self {
            OrgKind::CityCouncil | OrgKind::BoroughCouncil | OrgKind::CountyCouncil => {
                "the council"
            }
            OrgKind::RegionalAgency | OrgKind::StandardsAgency => "the agency",
            OrgKind::Partnership => "the partnership",
            OrgKind::HousingAssociation => "the housing association",
            OrgKind::HealthTrust | OrgKind::WildlifeTrust | OrgKind::SupportersTrust => "the trust",
            OrgKind::Police => "the force",
            OrgKind::College => "the college",
            OrgKind::University => "the university",
            OrgKind::Chamber => "the chamber",
            OrgKind::ResidentsAssociation | OrgKind::ProfessionalAssociation => "the association",
            OrgKind::ActionGroup | OrgKind::FriendsGroup => "the group",
            OrgKind::FootballClub => "the club",
            OrgKind::WaterCompany => "the company",
            OrgKind::Union => "the union",
            OrgKind::NationalCouncil => "the council",
            OrgKind::Institute => "the institute",
            OrgKind::Department => "the department",
            OrgKind::Foundation => "the foundation",
            OrgKind::Charity => "the charity",
        }
    }

    /// Whether a name of this kind takes "the" in running text (`the Tarnland Wildlife Trust`, but
    /// `Hollingford City Council`); `name` decides for kinds whose names differ (`the University of
    /// Tarnley`, but `Tarnley University`).
    pub fn takes_article(self, name: &str) -> bool {
        match self {
            OrgKind::CityCouncil
            | OrgKind::BoroughCouncil
            | OrgKind::CountyCouncil
            | OrgKind::Police
            | OrgKind::FootballClub
            | OrgKind::WaterCompany
            | OrgKind::ActionGroup
            | OrgKind::FriendsGroup
            | OrgKind::College => false,
            OrgKind::University => !name.ends_with("University"),
            _ => true,
        }
    }

    /// Whether pages introduce it with an acronym they use afterwards (`the Esk Vale Regional Agency (EVRA)`).
    pub fn has_acronym(self) -> bool {
        matches!(
            self,
            OrgKind::RegionalAgency
                | OrgKind::Partnership
                | OrgKind::Union
                | OrgKind::NationalCouncil
                | OrgKind::StandardsAgency
                | OrgKind::Institute
                | OrgKind::ProfessionalAssociation
        )
    }

    /// The roles of people who speak for it; `{org}` is the organisation, `{sector}` and `{field}` the topic's.
    pub fn roles(self) -> &'static [Role] {
        use RoleTitle::{Any, Councillor, Doctor, MemberOfParliament, Professor};
        match self {
            OrgKind::CityCouncil | OrgKind::BoroughCouncil | OrgKind::CountyCouncil => {
                const {
                    &[
                        role("leader of {org}", "Council leader", Councillor),
                        role(
                            "deputy leader of {org}",
                            "Deputy council leader",
                            Councillor,
                        ),
                        role(
                            "cabinet member for {sector} at {org}",
                            "Cabinet member for {sector}",
                            Councillor,
                        ),
                        role("chief executive of {org}", "Council chief executive", Any),
                        role(
                            "{org}'s director of {sector}",
                            "Council {sector} director",
                            Any,
                        ),
                    ]
                }
            }
            OrgKind::RegionalAgency | OrgKind::StandardsAgency => {
                const {
                    &[
                        role("chief executive of {org}", "Agency chief executive", Any),
                        role(
                            "director of operations at {org}",
                            "Agency operations director",
                            Any,
                        ),
                        role("head of {sector} at {org}", "Agency {sector} lead", Any),
                    ]
                }
            }
            OrgKind::Partnership => {
                const {
                    &[
                        role("chair of {org}", "Partnership chair", Any),
                        role("programme director at {org}", "Programme director", Any),
                    ]
                }
            }
            OrgKind::HousingAssociation => {
                const {
                    &[
                        role("chief executive of {org}", "Housing association boss", Any),
                        role("director of homes at {org}", "Homes director", Any),
                    ]
                }
            }
            OrgKind::HealthTrust => {
                const {
                    &[
                        role("medical director at {org}", "Medical director", Doctor),
                        role("chief nurse at {org}", "Chief nurse", Any),
                        role("chief executive of {org}", "Trust chief executive", Any),
                    ]
                }
            }
            OrgKind::Police => {
                const {
                    &[
                        role("chief constable of {org}", "Chief Constable", Any),
                        role(
                            "assistant chief constable at {org}",
                            "Assistant Chief Constable",
                            Any,
                        ),
                        role(
                            "the force's lead for {sector}",
                            "Detective Superintendent",
                            Any,
                        ),
                    ]
                }
            }
            OrgKind::College => {
                const {
                    &[
                        role("principal of {org}", "College principal", Any),
                        role("vice-principal at {org}", "Vice-principal", Any),
                    ]
                }
            }
            OrgKind::University => {
                const {
                    &[
                        role(
                            "professor of {field} at {org}",
                            "Professor of {field}",
                            Professor,
                        ),
                        role(
                            "a senior lecturer in {field} at {org}",
                            "{Field} expert",
                            Doctor,
                        ),
                        role(
                            "director of the {field} research centre at {org}",
                            "Researcher",
                            Doctor,
                        ),
                    ]
                }
            }
            OrgKind::Chamber => {
                const {
                    &[
                        role("chief executive of {org}", "Chamber chief executive", Any),
                        role("president of {org}", "Chamber president", Any),
                    ]
                }
            }
            OrgKind::ResidentsAssociation => {
                const {
                    &[
                        role("chair of {org}", "Residents' association chair", Any),
                        role("secretary of {org}", "Association secretary", Any),
                    ]
                }
            }
            OrgKind::ActionGroup | OrgKind::FriendsGroup => {
                const {
                    &[
                        role("a spokesperson for {org}", "Campaigner", Any),
                        role("who founded {org}", "Campaigner", Any),
                        role("chair of {org}", "Group chair", Any),
                    ]
                }
            }
            OrgKind::FootballClub => {
                const {
                    &[
                        role("chairman of {org}", "Club chairman", Any),
                        role("chief executive of {org}", "Club chief executive", Any),
                        role("{org}'s head of operations", "Operations chief", Any),
                    ]
                }
            }
            OrgKind::SupportersTrust => {
                const {
                    &[
                        role("chair of {org}", "Trust chair", Any),
                        role("a board member at {org}", "Fans' representative", Any),
                    ]
                }
            }
            OrgKind::WildlifeTrust => {
                const {
                    &[
                        role("chief executive of {org}", "Trust chief executive", Any),
                        role("head of conservation at {org}", "Conservation head", Doctor),
                    ]
                }
            }
            OrgKind::WaterCompany => {
                const {
                    &[
                        role("chief executive of {org}", "Water company boss", Any),
                        role(
                            "director of wastewater at {org}",
                            "Wastewater director",
                            Any,
                        ),
                    ]
                }
            }
            OrgKind::Union => {
                const {
                    &[
                        role("general secretary of {org}", "General secretary", Any),
                        role("regional organiser for {org}", "Union organiser", Any),
                    ]
                }
            }
            OrgKind::NationalCouncil | OrgKind::ProfessionalAssociation => {
                const {
                    &[
                        role("chair of {org}", "Chair", Any),
                        role("{org}'s lead for {sector}", "National {sector} lead", Any),
                        role("chief executive of {org}", "Chief executive", Any),
                    ]
                }
            }
            OrgKind::Institute => {
                const {
                    &[
                        role("director of {org}", "Institute director", Doctor),
                        role("a senior fellow at {org}", "Senior fellow", Doctor),
                    ]
                }
            }
            OrgKind::Department => {
                const {
                    &[
                        role(
                            "the {sector} minister",
                            "{Sector} minister",
                            MemberOfParliament,
                        ),
                        role("minister for {sector}", "Minister", MemberOfParliament),
                    ]
                }
            }
            OrgKind::Foundation | OrgKind::Charity => {
                const {
                    &[
                        role("chief executive of {org}", "Charity chief executive", Any),
                        role("founder of {org}", "Founder", Any),
                        role("director of policy at {org}", "Policy director", Any),
                    ]
                }
            }
        }
    }
}

/// What people who speak for organisations are called when unnamed.
pub const SPOKESPEOPLE: &[&str] = &[
    "spokesperson",
    "spokesperson",
    "spokeswoman",
    "spokesman",
    "representative",
];

/// Names of news outlets: a place or region and one of these (`The Hollingford Courier`, `Tarnland Live`).
pub const OUTLET_LOCAL: &[&str] = &[
    "The {place} Courier",
    "{place} Evening Post",
    "{region} Live",
    "The {region} Echo",
    "{place} Gazette",
    "{region} Chronicle",
    "The {place} Herald",
    "{place} Mercury",
    "{region} News",
    "The {place} Star",
    "{place} Observer",
    "{region} Today",
];
/// Trade and national titles, from a sector title (`Housing Professional`).
pub const OUTLET_TRADE: &[&str] = &[
    "{Sector} Professional",
    "{Sector} Today",
    "The {Sector} Gazette",
    "{Sector} Weekly",
    "{Sector} Matters",
    "{Sector} Review",
    "Inside {Sector}",
];

/// Navigation words: lines at the top of a scraped page before its headline.
pub const NAVIGATION_WORDS: &[&str] = &[
    "Home",
    "News",
    "Local",
    "Sport",
    "Business",
    "Politics",
    "Opinion",
    "What's On",
    "Jobs",
    "Contact",
    "Menu",
    "Search",
    "Subscribe",
    "Sign in",
    "Log in",
    "Register",
    "Latest",
    "Newsletters",
    "Podcasts",
    "Events",
    "Features",
    "Analysis",
    "Video",
    "Weather",
    "Travel",
    "Skip to content",
    "Skip navigation",
    "Toggle navigation",
    "Main menu",
    "Close",
    "Advertise",
    "About us",
    "Donate",
    "Newsroom",
    "Our work",
    "Publications",
    "Media centre",
    "Press office",
    "Council news",
    "Community",
    "Education",
    "Health",
    "Environment",
    "Property",
    "Motoring",
    "Puzzles",
    "Obituaries",
    "Announcements",
    "E-edition",
    "Sections",
    "Top stories",
    "Account",
    "My area",
];

/// Kinds of job in vacancy lists at the foot of trade pages.
pub const JOB_LEVELS: &[&str] = &[
    "Head of",
    "Senior",
    "Assistant",
    "Deputy",
    "Director of",
    "Lead",
    "Principal",
    "Interim Head of",
];
pub const JOB_AREAS: &[&str] = &[
    "Corporate Communications",
    "Finance",
    "Operations",
    "Policy",
    "Estates",
    "Commissioning",
    "Digital",
    "Community Safety",
    "Procurement",
    "People",
    "Governance",
    "Performance",
    "Planning",
];
pub const JOB_SUFFIXES: &[&str] = &[
    "", " Officer", " Manager", " Adviser", " Partner", " Analyst",
];

/// Social networks named in share and follow lines.
pub const NETWORKS: &[&str] = &[
    "Facebook",
    "X",
    "LinkedIn",
    "WhatsApp",
    "Instagram",
    "Threads",
    "Bluesky",
    "email",
];

/// Words that say "one", "two"... in running text, where the generator wants a number that is not a figure.
pub const NUMBER_WORDS: &[&str] = &["two", "three", "four", "five", "six", "several", "a dozen"];

pub const MONTHS_AHEAD: &[&str] = &[
    "the spring",
    "the summer",
    "the autumn",
    "the new year",
    "early next year",
    "the coming months",
];
