//! Quotes and figures as CSV tables (RFC 4180) for spreadsheets: one row each, with the names of their
//! speaker and document beside the ids, so a table reads on its own.
//!
//! A cell that begins as a spreadsheet formula would (`=`, `+`, `-`, `@`, a tab or a carriage return) is
//! written with a leading apostrophe, which spreadsheets take as "this is text": a quote copied from a
//! web page must never run as a formula on a reader's machine. Numbers in the `value` column are written
//! as numbers.

use std::collections::HashMap;

use super::report::{AnalysisReport, DocumentRecord, SpeakerRecord};

/// The quotes of `report` as a CSV table.
pub fn quotes_csv(report: &AnalysisReport) -> String {
    let lookup = Lookup::of(report);
    let mut table = Table::new(&[
        "id",
        "text",
        "speaker",
        "speaker_name",
        "speaker_role",
        "speaker_organisation",
        "source_described",
        "kind",
        "cue",
        "evidence",
    ]);
    for quote in &report.quotes {
        let speaker = lookup.speaker(quote.speaker.as_deref());
        table.row_with(
            &[
                Cell::Text(&quote.id),
                Cell::Text(&quote.text),
                text(quote.speaker.as_deref()),
                text(speaker.map(|speaker| speaker.name.as_str())),
                text(speaker.and_then(|speaker| speaker.role.as_deref())),
                text(speaker.and_then(|speaker| speaker.organisation.as_deref())),
                text(quote.described.as_deref()),
                Cell::Text(&quote.kind),
                text(quote.cue.as_deref()),
                text(quote.evidence.as_deref()),
            ],
            lookup.document_cells(&quote.document),
        );
    }
    table.finish()
}

/// The figures of `report` as a CSV table.
pub fn figures_csv(report: &AnalysisReport) -> String {
    let lookup = Lookup::of(report);
    let mut table = Table::new(&[
        "id",
        "text",
        "value",
        "unit",
        "kind",
        "per",
        "claim",
        "speaker",
        "speaker_name",
        "claimant_described",
        "quote",
    ]);
    for figure in &report.figures {
        let speaker = lookup.speaker(figure.speaker.as_deref());
        table.row_with(
            &[
                Cell::Text(&figure.id),
                Cell::Text(&figure.text),
                Cell::Number(figure.value),
                text(figure.unit.as_deref()),
                Cell::Text(&figure.kind),
                text(figure.per.as_deref()),
                text(figure.claim.as_deref()),
                text(figure.speaker.as_deref()),
                text(speaker.map(|speaker| speaker.name.as_str())),
                text(figure.described.as_deref()),
                text(figure.quote.as_deref()),
            ],
            lookup.document_cells(&figure.document),
        );
    }
    table.finish()
}

/// The report's documents and speakers by id.
struct Lookup<'a> {
    documents: HashMap<&'a str, &'a DocumentRecord>,
    speakers: HashMap<&'a str, &'a SpeakerRecord>,
}

impl<'a> Lookup<'a> {
    fn of(report: &'a AnalysisReport) -> Lookup<'a> {
        Lookup {
            documents: report
                .documents
                .iter()
                .map(|document| (document.id.as_str(), document))
                .collect(),
            speakers: report
                .speakers
                .iter()
                .map(|speaker| (speaker.id.as_str(), speaker))
                .collect(),
        }
    }

    /// The last columns of every table: the document, by id and as its title, publisher, date, address.
    fn document_cells(&self, id: &'a str) -> [Cell<'a>; 5] {
        let document = self.documents.get(id).copied();
        let field = |get: fn(&'a DocumentRecord) -> Option<&'a str>| {
            Cell::Text(document.and_then(get).unwrap_or(""))
        };
        [
            Cell::Text(id),
            field(|document| Some(&document.title)),
            field(|document| document.publisher.as_deref()),
            field(|document| document.published.as_deref()),
            field(|document| document.url.as_deref()),
        ]
    }

    fn speaker(&self, id: Option<&str>) -> Option<&'a SpeakerRecord> {
        id.and_then(|id| self.speakers.get(id).copied())
    }
}

/// A cell that may be empty.
fn text(value: Option<&str>) -> Cell<'_> {
    Cell::Text(value.unwrap_or(""))
}

enum Cell<'a> {
    Text(&'a str),
    Number(f64),
}

/// A CSV table being written: a byte-order mark first (spreadsheets otherwise guess the encoding and
/// garble every curly quote), rows ending in CRLF.
struct Table {
    out: String,
}

impl Table {
    /// A table with `header`'s columns and then the document's.
    fn new(header: &[&str]) -> Table {
        let mut table = Table {
            out: String::from("\u{FEFF}"),
        };
        let cells: Vec<Cell<'_>> = header
            .iter()
            .chain(&[
                "document",
                "document_title",
                "publisher",
                "published",
                "url",
            ])
            .map(|name| Cell::Text(name))
            .collect();
        table.row(&cells);
        table
    }

    fn row_with(&mut self, cells: &[Cell<'_>], document: [Cell<'_>; 5]) {
        let mut all: Vec<&Cell<'_>> = cells.iter().collect();
        all.extend(&document);
        self.write(&all);
    }

    fn row(&mut self, cells: &[Cell<'_>]) {
        self.write(&cells.iter().collect::<Vec<_>>());
    }

    fn write(&mut self, cells: &[&Cell<'_>]) {
        for (index, cell) in cells.iter().enumerate() {
            if index > 0 {
                self.out.push(',');
            }
            match cell {
                Cell::Number(value) => self.out.push_str(&value.to_string()),
                Cell::Text(text) => {
                    let guard = text.starts_with(['=', '+', '-', '@', '\t', '\r']);
                    let quoted = guard || text.contains([',', '"', '\n', '\r']);
                    if quoted {
                        self.out.push('"');
                    }
                    if guard {
                        self.out.push('\'');
                    }
                    for character in text.chars() {
                        if character == '"' {
                            self.out.push('"');
                        }
                        self.out.push(character);
                    }
                    if quoted {
                        self.out.push('"');
                    }
                }
            }
        }
        self.out.push_str("\r\n");
    }

    fn finish(self) -> String {
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::report::{FigureRecord, QuoteRecord};
    use expect_test::expect;

    fn report() -> AnalysisReport {
        AnalysisReport {
            documents: vec![DocumentRecord {
                id: "doc-1".to_owned(),
                file: "doc-1.txt".to_owned(),
                title: "Council, \"finally\", agrees".to_owned(),
                author: None,
                publisher: Some("The Courier".to_owned()),
                published: Some("2024-03-05".to_owned()),
                kind: None,
                url: Some("https://courier.example/a?x=1,2".to_owned()),
                paragraphs: vec![],
                boilerplate: vec![],
            }],
            speakers: vec![SpeakerRecord {
                id: "amir-haddad".to_owned(),
                name: "Amir Haddad".to_owned(),
                kind: "person".to_owned(),
                role: Some("leader".to_owned()),
                organisation: Some("Valley Council".to_owned()),
                aliases: vec![],
            }],
            quotes: vec![
                QuoteRecord {
                    id: "doc-1-q1".to_owned(),
                    document: "doc-1".to_owned(),
                    speaker: Some("amir-haddad".to_owned()),
                    text: "We said \"no\",\nand meant it.".to_owned(),
                    kind: "direct".to_owned(),
                    cue: Some("said".to_owned()),
                    paragraphs: [0, 0],
                    ranges: vec![],
                    evidence: Some("introduced".to_owned()),
                    described: None,
                },
                QuoteRecord {
                    id: "doc-1-q2".to_owned(),
                    document: "doc-1".to_owned(),
                    speaker: None,
                    text: "=HYPERLINK(\"http://evil.example\",\"click\")".to_owned(),
                    kind: "direct".to_owned(),
                    cue: None,
                    paragraphs: [1, 1],
                    ranges: vec![],
                    evidence: Some("followed".to_owned()),
                    described: Some("a senior council aide".to_owned()),
                },
            ],
            figures: vec![FigureRecord {
                id: "doc-1-f1".to_owned(),
                document: "doc-1".to_owned(),
                quote: Some("doc-1-q1".to_owned()),
                speaker: Some("amir-haddad".to_owned()),
                described: None,
                value: -4.5,
                unit: Some("%".to_owned()),
                text: "-4.5%".to_owned(),
                kind: "percent".to_owned(),
                per: None,
                range: [0, 5],
                claim: None,
            }],
            matches: vec![],
        }
    }

    #[test]
    fn quotes_are_rows_quoted_where_needed_and_never_formulas() {
        expect![[r#"
            "\u{feff}id,text,speaker,speaker_name,speaker_role,speaker_organisation,source_described,kind,cue,evidence,document,document_title,publisher,published,url\r\ndoc-1-q1,\"We said \"\"no\"\",\nand meant it.\",amir-haddad,Amir Haddad,leader,Valley Council,,direct,said,introduced,doc-1,\"Council, \"\"finally\"\", agrees\",The Courier,2024-03-05,\"https://courier.example/a?x=1,2\"\r\ndoc-1-q2,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",,,,,a senior council aide,direct,,followed,doc-1,\"Council, \"\"finally\"\", agrees\",The Courier,2024-03-05,\"https://courier.example/a?x=1,2\"\r\n"
        "#]]
        .assert_debug_eq(&quotes_csv(&report()));
    }

    #[test]
    fn figures_keep_their_value_a_number() {
        expect![[r#"
            "\u{feff}id,text,value,unit,kind,per,claim,speaker,speaker_name,claimant_described,quote,document,document_title,publisher,published,url\r\ndoc-1-f1,\"'-4.5%\",-4.5,%,percent,,,amir-haddad,Amir Haddad,,doc-1-q1,doc-1,\"Council, \"\"finally\"\", agrees\",The Courier,2024-03-05,\"https://courier.example/a?x=1,2\"\r\n"
        "#]]
        .assert_debug_eq(&figures_csv(&report()));
    }
}
