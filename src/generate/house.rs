//! Houses: the outlets and press offices that publish documents, each with its own conventions — quotation
//! marks, how dates, bylines and figures are written, how people are named the second time, and its page
//! furniture. Conventions belong to the house, so documents from one outlet look alike, as they do online.

use super::boilerplate::Boilerplate;
use super::calendar::DateStyle;
use super::figure::{FigureStyle, PercentForm};
use super::random::Random;
use super::sentence::Marks;
use super::story::{place_name, region_name};
use super::vocabulary::{
    FEMALE_NAMES, MALE_NAMES, NEUTRAL_NAMES, OUTLET_LOCAL, OUTLET_TRADE, SURNAMES, TOPICS,
};

/// How a byline is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BylineStyle {
    /// `By Jane Doe`
    By,
    /// `By JANE DOE`
    ByCapitals,
    /// `Jane Doe`
    Name,
    /// `Words by Jane Doe`
    WordsBy,
    /// `By Jane Doe, Health Correspondent`
    ByWithDesk,
    /// `Jane Doe | Reporter`
    NamePipeRole,
}

/// How the date line and byline sit under the headline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HeaderLayout {
    /// Date line, then byline, each on its own line.
    DateThenByline,
    BylineThenDate,
    /// `By Jane Doe | 14 March 2024`
    Combined,
    DateOnly,
    BylineOnly,
}

#[derive(Clone, Debug)]
pub struct HouseStyle {
    pub marks: Marks,
    /// Headlines quote with single marks whatever the body uses.
    pub headline_marks: Marks,
    pub figures: FigureStyle,
    pub date_style: DateStyle,
    pub byline: BylineStyle,
    pub layout: HeaderLayout,
    /// Headlines In Title Case.
    pub title_case: bool,
    /// `Ms Reilly` rather than `Reilly` the second time.
    pub courtesy_titles: bool,
    /// `she says` rather than `she said`.
    pub present_tense: bool,
    /// Between paragraphs: one blank line, or (as some scrapes have it) two.
    pub paragraph_gap: &'static str,
    /// How often the standfirst and the date line appear, in per cent.
    pub standfirst_chance: u32,
    pub navigation_chance: u32,
}

impl HouseStyle {
    pub fn random(random: &mut Random) -> HouseStyle {
        let body = random.weighted(&[
            (55, Marks::CURLY),
            (30, Marks::STRAIGHT),
            (15, Marks::SINGLE),
        ]);
        // Some sites mix typographic quotation marks with straight apostrophes typed into the CMS.
        let apostrophe = if body.apostrophe == '’' && random.percent(12) {
            '\''
        } else {
            body.apostrophe
        };
        let marks = Marks { apostrophe, ..body };
        let headline_marks = if body == Marks::STRAIGHT || random.percent(10) {
            Marks {
                open: "'",
                close: "'",
                ..Marks::STRAIGHT
            }
        } else {
            Marks {
                open: "‘",
                close: "’",
                ..Marks::CURLY
            }
        };
        let headline_marks = Marks {
            apostrophe,
            ..headline_marks
        };
        HouseStyle {
            marks,
            headline_marks,
            figures: FigureStyle {
                thousands_separator: random.percent(80),
                percent: random.weighted(&[
                    (55, PercentForm::PerCent),
                    (38, PercentForm::Sign),
                    (7, PercentForm::Percent),
                ]),
                abbreviated_scale: random.percent(30),
            },
            date_style: *random.pick(&DateStyle::ALL),
            byline: random.weighted(&[
                (40, BylineStyle::By),
                (6, BylineStyle::ByCapitals),
                (16, BylineStyle::Name),
                (6, BylineStyle::WordsBy),
                (20, BylineStyle::ByWithDesk),
                (12, BylineStyle::NamePipeRole),
            ]),
            layout: random.weighted(&[
                (35, HeaderLayout::DateThenByline),
                (20, HeaderLayout::BylineThenDate),
                (20, HeaderLayout::Combined),
                (15, HeaderLayout::DateOnly),
                (10, HeaderLayout::BylineOnly),
            ]),
            title_case: random.percent(20),
            courtesy_titles: random.percent(30),
            present_tense: random.percent(12),
            paragraph_gap: if random.percent(15) { "\n\n\n" } else { "\n\n" },
            standfirst_chance: *random.pick(&[0, 30, 50, 70, 90]),
            navigation_chance: *random.pick(&[0, 20, 50, 80, 95]),
        }
    }
}

/// Who publishes a document.
#[derive(Clone, Debug)]
pub struct Publisher {
    pub name: String,
    /// Where its pages live: `tarnley-star.example.com` or `www.example.org/tarnley-star`.
    pub site: String,
    pub reporters: Vec<String>,
    pub style: HouseStyle,
    pub boilerplate: Boilerplate,
}

impl Publisher {
    /// A news outlet: local (named for a place) or trade (named for a sector).
    pub fn outlet(random: &mut Random) -> Publisher {
        let trade = random.percent(25);
        let region = region_name(random);
        let name = if trade {
            random
                .pick(OUTLET_TRADE)
                .replace("{Sector}", random.pick(TOPICS).sector_title)
        } else {
            random
                .pick(OUTLET_LOCAL)
                .replace("{place}", &place_name(random))
                .replace("{region}", &region)
        };
        let reporters = (0..2 + random.below(5))
            .map(|_| person_name(random))
            .collect();
        let boilerplate = Boilerplate::for_outlet(random, &name, &region, trade);
        Publisher {
            site: site_for(random, &name),
            name,
            reporters,
            style: HouseStyle::random(random),
            boilerplate,
        }
    }

    /// An organisation publishing its own releases and statements.
    pub fn organisation(random: &mut Random, name: &str, region: &str) -> Publisher {
        let mut style = HouseStyle::random(random);
        style.title_case = random.percent(35);
        Publisher {
            name: name.to_owned(),
            site: site_for(random, name),
            reporters: Vec::new(),
            style,
            boilerplate: Boilerplate::for_organisation(random, name, region),
        }
    }

    /// The page address for a document, with `slug` from its headline.
    pub fn url(&self, section: &str, year: i64, month: u32, slug: &str, number: u64) -> String {
        match number % 3 {
            0 => format!("https://{}/{section}/{year}/{month:02}/{slug}", self.site),
            1 => format!("https://{}/{section}/{slug}-{number}", self.site),
            _ => format!("https://{}/{slug}/", self.site),
        }
    }
}

fn person_name(random: &mut Random) -> String {
    let names = match random.below(25) {
        0 => NEUTRAL_NAMES,
        1..=12 => FEMALE_NAMES,
        _ => MALE_NAMES,
    };
    let first = random.pick(names);
    format!("{first} {}", random.pick(SURNAMES).replace('\'', "’"))
}

fn site_for(random: &mut Random, name: &str) -> String {
    let slug = slug(name);
    let domain = random.pick(&["example.com", "example.org", "example.net"]);
    if random.percent(60) {
        format!("{slug}.{domain}")
    } else {
        format!("www.{domain}/{slug}")
    }
}

/// Lower-case words of letters and digits joined by hyphens: `the-tarnley-star`.
pub fn slug(text: &str) -> String {
    let mut slug = String::with_capacity(text.len());
    for character in text.chars() {
        if character.is_ascii_alphanumeric() {
            slug.push(character.to_ascii_lowercase());
        } else if (character.is_whitespace() || character == '-') && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    slug.trim_matches('-').to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_keep_letters_and_digits() {
        assert_eq!(
            slug("Council’s £4.2m plan ‘a dangerous impact’ on O’Neill Road"),
            "councils-42m-plan-a-dangerous-impact-on-oneill-road"
        );
    }
}
