//! Page furniture that scrapers keep: navigation, share and follow lines, related links, job vacancies,
//! newsletter prompts, copyright footers, "For more…" trailers. Each house gets its own wording, built from
//! parts, so that no fixed list of strings recognises it all.

use super::random::Random;
use super::sentence::capitalise;
use super::story::{organisation, place_name, region_name};
use super::vocabulary::{
    OrgKind, JOB_AREAS, JOB_LEVELS, JOB_SUFFIXES, NAVIGATION_WORDS, NETWORKS, NUMBER_WORDS, TOPICS,
};

/// The parts a footer may have, in the order a house prints them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FooterPart {
    Share,
    Follow,
    Related,
    Vacancies,
    Newsletter,
    Trailer,
    Comments,
    Tags,
    BackToTop,
    Copyright,
    Cookies,
}

/// How a house writes its "For more…" trailer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TrailerForm {
    /// `For more {headline}`, as some press offices paste it.
    ForMoreHeadline,
    /// `For more stories like this, visit our news section`.
    ForMoreStories,
    /// `For more information, visit {host}`.
    ForMoreInformation,
    /// `Want more? Read our full coverage of {sector}`.
    WantMore,
}

/// One house's furniture.
#[derive(Clone, Debug)]
pub struct Boilerplate {
    pub navigation: Vec<String>,
    /// Navigation lines one per line, rather than separated by blank lines.
    pub navigation_packed: bool,
    pub share: Vec<String>,
    pub follow: String,
    pub related_heading: String,
    pub vacancies_heading: String,
    pub newsletter: String,
    pub copyright_form: usize,
    pub trailer: TrailerForm,
    pub comments: String,
    pub inline: Vec<String>,
    pub cookies: String,
    pub back_to_top: String,
    pub footer: Vec<(FooterPart, u32)>,
}

impl Boilerplate {
    /// A news outlet's furniture; trade titles list vacancies.
    pub fn for_outlet(random: &mut Random, name: &str, region: &str, trade: bool) -> Boilerplate {
        let mut footer = vec![
            (FooterPart::Share, 55),
            (FooterPart::Follow, 30),
            (FooterPart::Related, 60),
            (FooterPart::Newsletter, 35),
            (FooterPart::Comments, 15),
            (FooterPart::Tags, 15),
            (FooterPart::Trailer, 15),
            (FooterPart::BackToTop, 10),
            (FooterPart::Copyright, 70),
            (FooterPart::Cookies, 10),
        ];
        if trade {
            footer.insert(3, (FooterPart::Vacancies, 75));
        }
        // Houses differ in order too: swap a few neighbours, keeping copyright near the end.
        for _ in 0..3 {
            let at = random.below(footer.len() - 3);
            footer.swap(at, at + 1);
        }
        let navigation_lines = 3 + random.below(6);
        Boilerplate {
            navigation: navigation(random, navigation_lines),
            navigation_packed: random.percent(40),
            share: share_lines(random),
            follow: follow_line(random, name),
            related_heading: related_heading(random, name),
            vacancies_heading: random
                .pick(&[
                    "Select Vacancies",
                    "Latest jobs",
                    "Jobs board",
                    "Featured roles",
                    "Current vacancies",
                    "Jobs",
                    "Recruitment",
                ])
                .to_string(),
            newsletter: newsletter_line(random, region),
            copyright_form: random.below(COPYRIGHT_FORMS),
            trailer: random.weighted(&[
                (2, TrailerForm::ForMoreHeadline),
                (3, TrailerForm::ForMoreStories),
                (3, TrailerForm::ForMoreInformation),
                (2, TrailerForm::WantMore),
            ]),
            comments: random
                .pick(&[
                    "Comments",
                    "Leave a comment",
                    "Join the discussion",
                    "Comments are closed.",
                    "Have your say",
                    "Show comments",
                ])
                .to_string(),
            inline: inline_lines(random),
            cookies: cookie_line(random),
            back_to_top: random
                .pick(&["Back to top", "Top", "Return to top", "Scroll to top"])
                .to_string(),
            footer,
        }
    }

    /// An organisation's own site: fewer parts, press-office wording.
    pub fn for_organisation(random: &mut Random, name: &str, region: &str) -> Boilerplate {
        let mut boilerplate = Boilerplate::for_outlet(random, name, region, false);
        let mut navigation = vec![random
            .pick(&["Skip to content", "Skip to main content", "Skip navigation"])
            .to_string()];
        for word in [
            "Newsroom",
            "Media centre",
            "Our work",
            "Publications",
            "About us",
            "Contact us",
            "Get involved",
            "Press office",
        ] {
            if random.percent(35) {
                navigation.push(word.to_owned());
            }
        }
        // "Skip to main content" has four words, which a headline finder may take for a title: keep the
        // shorter forms on the first line, as most sites do.
        if navigation[0].split_whitespace().count() > 3 {
            navigation[0] = "Skip to content".to_owned();
        }
        boilerplate.navigation = navigation;
        boilerplate.footer = vec![
            (FooterPart::Share, 45),
            (FooterPart::Trailer, 30),
            (FooterPart::Follow, 20),
            (FooterPart::Copyright, 40),
            (FooterPart::Cookies, 10),
        ];
        boilerplate
    }

    pub fn copyright(&self, owner: &str, year: i64) -> String {
        match self.copyright_form {
            0 => format!("Copyright © {year} {owner}"),
            1 => format!("© {year} {owner}. All rights reserved."),
            2 => format!("© {owner} Ltd {year}"),
            3 => format!("All content © {owner} {year}"),
            4 => format!("© Copyright {owner} {year}"),
            5 => format!("{owner} © {year}"),
            _ => format!("Copyright {year} {owner} Limited. All rights reserved."),
        }
    }

    pub fn trailer(&self, headline: &str, host: &str, sector: &str) -> String {
        match self.trailer {
            TrailerForm::ForMoreHeadline => format!("For more {headline}"),
            TrailerForm::ForMoreStories => {
                "For more stories like this, visit our news section".to_owned()
            }
            TrailerForm::ForMoreInformation => format!("For more information, visit {host}"),
            TrailerForm::WantMore => format!("Want more? Read our full coverage of {sector}"),
        }
    }
}

const COPYRIGHT_FORMS: usize = 7;

fn navigation(random: &mut Random, count: usize) -> Vec<String> {
    let mut words: Vec<&str> = NAVIGATION_WORDS.to_vec();
    random.shuffle(&mut words);
    let mut lines: Vec<String> = words.into_iter().take(count).map(str::to_owned).collect();
    if random.percent(30) {
        // A breadcrumb: short enough that no headline finder mistakes it for a title.
        let section = random.pick(&["Local", "Politics", "Health", "Business", "Education"]);
        lines.push(format!("News › {section}"));
    }
    lines
}

fn share_lines(random: &mut Random) -> Vec<String> {
    let lead = random.pick(&[
        "Share",
        "Share this",
        "Share this article",
        "Share this story",
        "Share this page",
        "Share article",
        "Spread the word",
    ]);
    let mut lines = vec![lead.to_string()];
    if random.percent(60) {
        let mut networks = NETWORKS.to_vec();
        random.shuffle(&mut networks);
        let prefix = random.pick(&["", "Share on ", "Share via "]);
        let count = 2 + random.below(3);
        lines.extend(
            networks
                .into_iter()
                .take(count)
                .map(|network| format!("{prefix}{network}")),
        );
    }
    if random.percent(30) {
        lines.push(
            random
                .pick(&["Copy link", "Print", "Email", "Save"])
                .to_string(),
        );
    }
    lines
}

fn follow_line(random: &mut Random, name: &str) -> String {
    let network = random.pick(&NETWORKS[..7]);
    let line = match random.below(5) {
        0 => format!("Follow us on {network}"),
        1 => format!("Follow {name} on {network}"),
        2 => format!("Find us on {network}"),
        3 => format!("Join {name} on {network}"),
        _ => format!("Stay in touch: follow us on {network}"),
    };
    // Some houses decorate the line with an emoji, often a sequence joined by zero-width joiners.
    match random.below(8) {
        0 => format!("\u{1f9d1}\u{200d}\u{1f4bb} {line}"),
        1 => format!("{line} \u{1f441}\u{fe0f}\u{200d}\u{1f5e8}\u{fe0f}"),
        2 => format!("\u{1f4e3} {line}"),
        _ => line,
    }
}

fn related_heading(random: &mut Random, name: &str) -> String {
    match random.below(10) {
        0 => "Related News".to_owned(),
        1 => "Related articles".to_owned(),
        2 => "You may also like".to_owned(),
        3 => format!("More from {name}"),
        4 => "Read next".to_owned(),
        5 => "More stories".to_owned(),
        6 => "Most read".to_owned(),
        7 => "More on this story".to_owned(),
        8 => "Recommended for you".to_owned(),
        _ => "Latest".to_owned(),
    }
}

fn newsletter_line(random: &mut Random, region: &str) -> String {
    let often = random.pick(&["daily", "weekly", "morning", "free"]);
    match random.below(5) {
        0 => format!("Sign up for our {often} newsletter"),
        1 => format!("Get the latest {region} news straight to your inbox"),
        2 => "Subscribe to our newsletter".to_owned(),
        3 => "Never miss a story: sign up for email alerts".to_owned(),
        _ => format!("Want the {often} briefing? Sign up here"),
    }
}

fn cookie_line(random: &mut Random) -> String {
    random
        .pick(&[
            "We use cookies to improve your experience on our site.",
            "This website uses cookies.",
            "By continuing to browse you agree to our use of cookies.",
            "Cookie settings",
            "Manage cookie preferences",
        ])
        .to_string()
}

fn inline_lines(random: &mut Random) -> Vec<String> {
    let mut lines = vec![random
        .pick(&[
            "Advertisement",
            "ADVERTISEMENT",
            "Story continues below advertisement",
            "Continue reading",
            "Sponsored",
        ])
        .to_string()];
    lines.push(
        random
            .pick(&["Read more:", "Related:", "READ MORE:", "See also:"])
            .to_string(),
    );
    lines
}

/// A headline of some other story, for related-link lists.
pub fn related_headline(random: &mut Random) -> String {
    let topic = random.pick(TOPICS);
    let place = place_name(random);
    let (plan, _) = random.pick(topic.plans);
    let issue = random.pick(topic.issues);
    let facility = random.pick(topic.facilities).name;
    match random.below(6) {
        0 => format!(
            "{} over {issue} in {place}",
            random.pick(&["Fears", "Questions", "Concerns", "Anger"])
        ),
        1 => format!(
            "{place} {plan} {}",
            random.pick(&[
                "approved",
                "delayed again",
                "back on the table",
                "put on hold",
                "given the go-ahead"
            ])
        ),
        2 => format!(
            "{} {} {}",
            random.pick(&["Council", "Agency", "Trust", "Police", "College"]),
            random.pick(&["chief", "boss", "leader", "chair"]),
            random.pick(&[
                "to step down",
                "responds to criticism",
                "sets out priorities",
                "faces questions"
            ])
        ),
        3 => format!(
            "{} things we learned from the {place} {plan} meeting",
            capitalise(NUMBER_WORDS[random.below(NUMBER_WORDS.len())])
        ),
        4 => format!(
            "New {place} {facility} {} after years of campaigning",
            random.pick(&["opens", "approved", "finally agreed", "gets funding"])
        ),
        _ => format!(
            "What the {} {issue} figures really mean",
            region_name(random)
        ),
    }
}

/// A job vacancy: the title line and the employer line.
pub fn vacancy(random: &mut Random) -> (String, String) {
    let title = format!(
        "{} {}{}",
        random.pick(JOB_LEVELS),
        random.pick(JOB_AREAS),
        random.pick(JOB_SUFFIXES)
    );
    let kind = *random.pick(&[
        OrgKind::CityCouncil,
        OrgKind::CountyCouncil,
        OrgKind::Police,
        OrgKind::HealthTrust,
        OrgKind::College,
        OrgKind::HousingAssociation,
        OrgKind::RegionalAgency,
    ]);
    let topic = random.pick(TOPICS);
    let place = place_name(random);
    let region = region_name(random);
    let employer = organisation(random, kind, topic, &place, &region).name;
    (title, employer)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn houses_word_their_furniture_differently() {
        let mut random = Random::new(5);
        let headings: std::collections::BTreeSet<String> = (0..40)
            .map(|_| Boilerplate::for_outlet(&mut random, "The Tarnley Star", "Eskshire", true))
            .map(|boilerplate| boilerplate.related_heading)
            .collect();
        assert!(headings.len() >= 6, "{headings:?}");
    }

    #[test]
    fn navigation_lines_are_too_short_to_be_headlines() {
        let mut random = Random::new(9);
        for _ in 0..50 {
            let boilerplate =
                Boilerplate::for_outlet(&mut random, "Eskshire Live", "Eskshire", false);
            assert!(boilerplate
                .navigation
                .iter()
                .all(|line| line.split_whitespace().count() <= 3));
        }
    }
}
