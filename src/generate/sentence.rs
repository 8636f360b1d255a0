//! Sentences before they are written: template text, figures, and the places where a later copy may be
//! edited or a quotation split; then written out in one house's marks and figure style.
//!
//! Keeping a sentence in this form, rather than as a string, is what lets a statement be repeated across
//! documents with its house's quotation marks, `1200` turned into `1,200`, or a word changed.
//!
//! Template text marks: `'` is an apostrophe, `<` and `>` open and close a quotation inside a quotation,
//! `«` and `»` open and close a partial quotation in reported speech (in the document's main marks).

use super::figure::{Figure, FigureStyle, FigureUnit};
use super::random::Random;

#[derive(Clone, Debug, PartialEq)]
pub enum Segment {
    Static(&'static str),
    Owned(String),
    Figure(Figure),
    /// A word a lightly edited copy changes: (as first written, as edited).
    Edit(&'static str, &'static str),
    /// Where an attribution may split the quotation (`“If this goes ahead,” she said, “…”`); a comma
    /// when the sentence is whole (templates put the space after it).
    Split,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Sentence {
    pub segments: Vec<Segment>,
}

/// The quotation marks and apostrophe of a house.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Marks {
    pub open: &'static str,
    pub close: &'static str,
    pub inner_open: &'static str,
    pub inner_close: &'static str,
    pub apostrophe: char,
}

impl Marks {
    pub const CURLY: Marks = Marks {
        open: "“",
        close: "”",
        inner_open: "‘",
        inner_close: "’",
        apostrophe: '’',
    };
    pub const STRAIGHT: Marks = Marks {
        open: "\"",
        close: "\"",
        inner_open: "'",
        inner_close: "'",
        apostrophe: '\'',
    };
    /// Single marks outside, double inside, as some British papers print them.
    pub const SINGLE: Marks = Marks {
        open: "‘",
        close: "’",
        inner_open: "“",
        inner_close: "”",
        apostrophe: '’',
    };

    /// Template text with its apostrophes and inner marks written in this house's style.
    pub fn write(&self, text: &str, out: &mut String) {
        let mut rest = text;
        while let Some((at, mark)) = next_mark(rest) {
            out.push_str(&rest[..at]);
            match mark {
                '\'' => out.push(self.apostrophe),
                '<' => out.push_str(self.inner_open),
                '>' => out.push_str(self.inner_close),
                '«' => out.push_str(self.open),
                _ => out.push_str(self.close),
            }
            rest = &rest[at + mark.len_utf8()..];
        }
        out.push_str(rest);
    }

    pub fn text(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len() + 4);
        self.write(text, &mut out);
        out
    }
}

/// A figure as written, with what it stands for.
#[derive(Clone, Debug, PartialEq)]
pub struct WrittenFigure {
    pub literal: String,
    pub value: f64,
    pub unit: FigureUnit,
}

/// What writing sentences produced besides the text: the figures in it, and the partial quotations
/// (the text between `«` and `»`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Written {
    pub figures: Vec<WrittenFigure>,
    pub partials: Vec<String>,
}

/// How to write sentences: the house's marks and figure style, and whether this copy is the edited one.
#[derive(Clone, Copy, Debug)]
pub struct Writing {
    pub marks: Marks,
    pub figures: FigureStyle,
    pub edited: bool,
}

impl Writing {
    /// Writes segments to `out`, noting figures and partial quotations in `written`.
    pub fn segments(&self, segments: &[Segment], out: &mut String, written: &mut Written) {
        let figure_style = if self.edited {
            self.figures.edited()
        } else {
            self.figures
        };
        // Where the open partial quotation began in `out`: it may span segments (`«{percent} too high»`).
        let mut partial_start = None;
        for segment in segments {
            match segment {
                Segment::Static(text) => self.text(text, out, written, &mut partial_start),
                Segment::Owned(text) => self.text(text, out, written, &mut partial_start),
                Segment::Figure(figure) => {
                    let literal = figure.literal(figure_style);
                    out.push_str(&literal);
                    written.figures.push(WrittenFigure {
                        literal,
                        value: figure.value(),
                        unit: figure.unit(),
                    });
                }
                Segment::Edit(first, edited) => {
                    let word = if self.edited { edited } else { first };
                    self.text(word, out, written, &mut partial_start)
                }
                // A name written with its closing comma (`Jane Reilly, chair of X,`) needs no second one.
                Segment::Split if out.ends_with(',') => {}
                Segment::Split => out.push(','),
            }
        }
    }

    /// Template text with marks in house style; `«` and `»` open and close a partial quotation, noted.
    fn text(
        &self,
        text: &str,
        out: &mut String,
        written: &mut Written,
        partial_start: &mut Option<usize>,
    ) {
        let mut rest = text;
        while let Some((at, mark)) = next_mark(rest) {
            out.push_str(&rest[..at]);
            match mark {
                '«' => {
                    out.push_str(self.marks.open);
                    *partial_start = Some(out.len());
                }
                '»' => {
                    if let Some(start) = partial_start.take() {
                        written.partials.push(out[start..].to_owned());
                    }
                    out.push_str(self.marks.close);
                }
                '\'' => out.push(self.marks.apostrophe),
                '<' => out.push_str(self.marks.inner_open),
                _ => out.push_str(self.marks.inner_close),
            }
            rest = &rest[at + mark.len_utf8()..];
        }
        out.push_str(rest);
    }

    /// Sentences joined by spaces.
    pub fn sentences(&self, sentences: &[Sentence], written: &mut Written) -> String {
        let mut out = String::with_capacity(sentences.len() * 120);
        for (index, sentence) in sentences.iter().enumerate() {
            if index > 0 {
                out.push(' ');
            }
            self.segments(&sentence.segments, &mut out, written);
        }
        out
    }

    /// A sentence cut where it allows an attribution: the part before (ending in a comma) and after.
    pub fn split(&self, sentence: &Sentence, written: &mut Written) -> Option<(String, String)> {
        let at = sentence
            .segments
            .iter()
            .position(|segment| *segment == Segment::Split)?;
        let mut before = String::new();
        self.segments(&sentence.segments[..at], &mut before, written);
        before.push(',');
        let mut after = String::new();
        self.segments(&sentence.segments[at + 1..], &mut after, written);
        Some((before, after.trim_start().to_owned()))
    }
}

impl Sentence {
    /// Whether the sentence quotes someone inside it (`<…>`), which a text in nobody's voice cannot do.
    pub fn has_inner_quotation(&self) -> bool {
        self.segments.iter().any(|segment| match segment {
            Segment::Static(text) => text.contains('<'),
            Segment::Owned(text) => text.contains('<'),
            _ => false,
        })
    }

    pub fn figure_count(&self) -> usize {
        self.segments
            .iter()
            .filter(|segment| matches!(segment, Segment::Figure(_)))
            .count()
    }
}

/// What fills a template's `{slots}`.
pub trait Scene {
    /// Appends the value of slot `name` (never empty, never capitalised: the caller does that).
    fn fill(&mut self, name: &str, random: &mut Random, segments: &mut Vec<Segment>);
}

/// Expands a template: `{slot}` asks the scene (`{Slot}` capitalises the value), `{~first/edited}` is a
/// word a light edit changes, `[a|b|c]` picks one option (options may hold slots), `^` is a split point.
pub fn expand(template: &'static str, scene: &mut dyn Scene, random: &mut Random) -> Sentence {
    let mut segments = Vec::with_capacity(8);
    expand_into(template, scene, random, &mut segments);
    Sentence { segments }
}

fn expand_into(
    template: &'static str,
    scene: &mut dyn Scene,
    random: &mut Random,
    segments: &mut Vec<Segment>,
) {
    let bytes = template.as_bytes();
    let mut run_start = 0;
    let mut index = 0;
    while index < bytes.len() {
        let byte = bytes[index];
        if !matches!(byte, b'{' | b'[' | b'^') {
            index += 1;
            continue;
        }
        if run_start < index {
            segments.push(Segment::Static(&template[run_start..index]));
        }
        match byte {
            b'^' => {
                segments.push(Segment::Split);
                index += 1;
            }
            b'{' => {
                let end = index + template[index..].find('}').expect("a slot is closed");
                let name = &template[index + 1..end];
                if let Some(edit) = name.strip_prefix('~') {
                    let (first, edited) = edit.split_once('/').expect("an edit has two words");
                    segments.push(Segment::Edit(first, edited));
                } else {
                    let capitalise = name.starts_with(|c: char| c.is_ascii_uppercase());
                    let first_new = segments.len();
                    scene.fill(&name.to_ascii_lowercase(), random, segments);
                    if capitalise && first_new < segments.len() {
                        capitalise_segment(&mut segments[first_new]);
                    }
                }
                index = end + 1;
            }
            _ => {
                let end = index + template[index..].find(']').expect("a choice is closed");
                let options: Vec<&'static str> = template[index + 1..end].split('|').collect();
                let option = options[random.below(options.len())];
                expand_into(option, scene, random, segments);
                index = end + 1;
            }
        }
        run_start = index;
    }
    if run_start < bytes.len() {
        segments.push(Segment::Static(&template[run_start..]));
    }
}

fn capitalise_segment(segment: &mut Segment) {
    let text: &str = match segment {
        Segment::Static(text) => text,
        Segment::Owned(text) => text,
        _ => return,
    };
    let capitalised = capitalise(text);
    *segment = Segment::Owned(capitalised);
}

/// The text with its first letter in upper case.
pub fn capitalise(text: &str) -> String {
    let mut characters = text.chars();
    match characters.next() {
        Some(first) if first.is_ascii() => {
            let mut capitalised = text.to_owned();
            capitalised[..1].make_ascii_uppercase();
            capitalised
        }
        Some(first) => {
            let mut capitalised = String::with_capacity(text.len() + 2);
            capitalised.extend(first.to_uppercase());
            capitalised.push_str(characters.as_str());
            capitalised
        }
        None => String::new(),
    }
}

/// Capitalises `text` where it stands, without copying it when its first letter is ASCII.
pub fn capitalise_start(text: &mut String) {
    match text.chars().next() {
        Some(first) if first.is_ascii() => text[..1].make_ascii_uppercase(),
        Some(first) if first.is_lowercase() => *text = capitalise(text),
        _ => {}
    }
}

/// Where the next mark to rewrite (`'`, `<`, `>`, `«`, `»`) starts in `text`, and the mark. Scans bytes:
/// this is the generator's innermost loop, and `«` and `»` are the only marks outside ASCII (both start
/// with the byte 0xC2).
fn next_mark(text: &str) -> Option<(usize, char)> {
    let bytes = text.as_bytes();
    let mut index = 0;
    while index < bytes.len() {
        match bytes[index] {
            b'\'' => return Some((index, '\'')),
            b'<' => return Some((index, '<')),
            b'>' => return Some((index, '>')),
            0xC2 => match bytes.get(index + 1) {
                Some(0xAB) => return Some((index, '«')),
                Some(0xBB) => return Some((index, '»')),
                _ => {}
            },
            _ => {}
        }
        index += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::figure::PercentForm;
    use expect_test::expect;

    struct Fixed;

    impl Scene for Fixed {
        fn fill(&mut self, name: &str, _: &mut Random, segments: &mut Vec<Segment>) {
            match name {
                "percent" => segments.push(Segment::Figure(Figure::Percent { tenths: 370 })),
                "count" => segments.push(Segment::Figure(Figure::Count(1_200))),
                other => segments.push(Segment::Owned(format!("the {other}"))),
            }
        }
    }

    fn write(template: &'static str, marks: Marks, edited: bool) -> String {
        let sentence = expand(template, &mut Fixed, &mut Random::new(1));
        let writing = Writing {
            marks,
            figures: FigureStyle {
                thousands_separator: false,
                percent: PercentForm::PerCent,
                abbreviated_scale: false,
            },
            edited,
        };
        let mut written = Written::default();
        let text = writing.sentences(&[sentence], &mut written);
        format!("{text} {:?} {:?}", written.figures.len(), written.partials)
    }

    #[test]
    fn templates_are_written_in_house_style() {
        let written = [
            write(
                "It's {plan}'s <no>, {count} a {~month/week}.",
                Marks::CURLY,
                false,
            ),
            write(
                "It's {plan}'s <no>, {count} a {~month/week}.",
                Marks::STRAIGHT,
                true,
            ),
            write(
                "They said it was «{percent} too high».",
                Marks::SINGLE,
                false,
            ),
            write("{Plan} ran^ we [left|went].", Marks::CURLY, false),
        ];
        expect![[r#"
            [
                "It’s the plan’s ‘no’, 1200 a month. 1 []",
                "It's the plan's 'no', 1,200 a week. 1 []",
                "They said it was ‘37 per cent too high’. 1 [\"37 per cent too high\"]",
                "The plan ran, we went. 0 []",
            ]
        "#]]
        .assert_debug_eq(&written);
    }

    #[test]
    fn a_sentence_splits_at_its_split_point() {
        let sentence = expand(
            "If this goes ahead^ {place} will pay.",
            &mut Fixed,
            &mut Random::new(1),
        );
        let writing = Writing {
            marks: Marks::CURLY,
            figures: FigureStyle {
                thousands_separator: true,
                percent: PercentForm::Sign,
                abbreviated_scale: true,
            },
            edited: false,
        };
        assert_eq!(
            writing.split(&sentence, &mut Written::default()),
            Some((
                "If this goes ahead,".to_owned(),
                "the place will pay.".to_owned()
            ))
        );
    }
}
