//! A saved web page as the text a reader sees — paragraphs from its block elements, headings marked as
//! Markdown headings, scripts, styles and forms left out, character references decoded — and what its
//! `<head>` says about it: title, author, date, site and address.
//!
//! Tokenised by `html5gum` (WHATWG's tokeniser), so a page that is not well-formed still reads as a
//! browser would read it. The text is what the rest of the pipeline keeps offsets into: the markup
//! itself is never shown.

use std::str::FromStr;

use html5gum::{DefaultEmitter, Token, Tokenizer};

use super::date::PublishedDate;
use super::manifest::SourceUrl;

/// What a page holds, as text and as the facts its `<head>` states.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HtmlPage {
    /// Paragraphs separated by blank lines; headings start with `#` marks.
    pub text: String,
    /// The page's first `<h1>`, its headline as printed.
    pub headline: Option<String>,
    /// `og:title`, or the `<title>`.
    pub title: Option<String>,
    pub author: Option<String>,
    /// `article:published_time`, `datePublished`, `date` or `DC.date`, when it starts with a day.
    pub published: Option<PublishedDate>,
    /// `og:site_name`.
    pub site: Option<String>,
    /// The canonical address, or `og:url`.
    pub url: Option<SourceUrl>,
}

/// Elements whose content is never text a reader sees on the page.
const HIDDEN: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "canvas",
    "select", "textarea", "button", "head",
];

/// Elements that start and end a paragraph of their own.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "caption",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "header",
    "hgroup",
    "hr",
    "html",
    "legend",
    "li",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
];

/// Elements that never have an end tag: a start tag of one opens nothing.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr",
];

/// Reads a page. Never fails: whatever the markup, the result is the text found in it.
pub fn read_html(html: &str) -> HtmlPage {
    let mut page = HtmlPage::default();
    let mut text = TextBuilder::default();
    // Open hidden elements, by name, innermost last: their content is skipped until each is closed.
    let mut hidden: Vec<String> = Vec::new();
    let mut in_title = false;
    let mut document_title = String::new();
    let mut preformatted = 0usize;
    let mut emitter = DefaultEmitter::default();
    // Script, style and title content is raw text, not markup: the tokeniser is told where those begin.
    emitter.naively_switch_states(true);
    for token in Tokenizer::new_with_emitter(html, emitter).flatten() {
        match token {
            Token::StartTag(tag) => {
                let name = String::from_utf8_lossy(&tag.name).to_ascii_lowercase();
                let attribute = |key: &str| {
                    tag.attributes
                        .get(key.as_bytes())
                        .map(|value| String::from_utf8_lossy(value).trim().to_owned())
                };
                match name.as_str() {
                    "meta" => read_meta(&mut page, attribute),
                    "link" => {
                        let canonical = attribute("rel").is_some_and(|rel| {
                            rel.split_ascii_whitespace()
                                .any(|word| word.eq_ignore_ascii_case("canonical"))
                        });
                        if canonical {
                            page.url =
                                attribute("href").and_then(|href| SourceUrl::try_from(href).ok());
                        }
                    }
                    "title" if hidden.iter().all(|open| open == "head") => in_title = true,
                    _ => {}
                }
                // A page that never closes its head has its body all the same.
                if name == "body" {
                    if let Some(head) = hidden.iter().position(|open| open == "head") {
                        hidden.truncate(head);
                    }
                }
                if !hidden.is_empty() || HIDDEN.contains(&name.as_str()) {
                    if !tag.self_closing && !VOID.contains(&name.as_str()) {
                        hidden.push(name);
                    }
                    continue;
                }
                match name.as_str() {
                    "br" => text.line_break(),
                    "pre" => {
                        text.end_paragraph();
                        preformatted += 1;
                    }
                    "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                        text.end_paragraph();
                        let level = usize::from(name.as_bytes()[1] - b'0');
                        text.heading(level);
                    }
                    "img" => {
                        // An image's words are its alternative text, where it has one: a caption of
                        // sorts, never a quote; kept out of the text.
                    }
                    name if BLOCKS.contains(&name) => text.end_paragraph(),
                    _ => {}
                }
            }
            Token::EndTag(tag) => {
                let name = String::from_utf8_lossy(&tag.name).to_ascii_lowercase();
                if name == "title" {
                    in_title = false;
                }
                if let Some(open) = hidden.iter().rposition(|open| *open == name) {
                    hidden.truncate(open);
                    continue;
                }
                if !hidden.is_empty() {
                    continue;
                }
                match name.as_str() {
                    "pre" => {
                        preformatted = preformatted.saturating_sub(1);
                        text.end_paragraph();
                    }
                    "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => text.end_paragraph(),
                    "br" => text.line_break(),
                    name if BLOCKS.contains(&name) => text.end_paragraph(),
                    _ => {}
                }
            }
            Token::String(string) => {
                let string = String::from_utf8_lossy(&string);
                if in_title {
                    document_title.push_str(&string);
                } else if hidden.is_empty() {
                    if preformatted > 0 {
                        text.verbatim(&string);
                    } else {
                        text.inline(&string);
                    }
                }
            }
            Token::Comment(_) | Token::Doctype(_) | Token::Error(_) => {}
        }
    }
    page.text = text.finish();
    page.headline = page
        .text
        .split("\n\n")
        .find_map(|paragraph| paragraph.strip_prefix("# "))
        .map(collapse_whitespace);
    let document_title = collapse_whitespace(&document_title);
    if page.title.is_none() && !document_title.is_empty() {
        page.title = Some(document_title);
    }
    page
}

/// What a `<meta>` element says, if it is one this reads. `og:title` wins over `<title>`, which often
/// carries the site's name too; the first of each other kind is kept.
fn read_meta(page: &mut HtmlPage, attribute: impl Fn(&str) -> Option<String>) {
    let Some(content) = attribute("content").map(|content| collapse_whitespace(&content)) else {
        return;
    };
    if content.is_empty() {
        return;
    }
    let key = attribute("property")
        .or_else(|| attribute("name"))
        .or_else(|| attribute("itemprop"))
        .unwrap_or_default()
        .to_ascii_lowercase();
    match key.as_str() {
        "og:title" => page.title = Some(content),
        // `article:author` is often the address of an author page, not a name.
        "author" | "article:author" | "dc.creator" | "sailthru.author"
            if !content.contains("://") =>
        {
            page.author.get_or_insert(content);
        }
        "article:published_time"
        | "datepublished"
        | "date"
        | "dc.date"
        | "dc.date.issued"
        | "pubdate"
        | "publishdate"
            if page.published.is_none() =>
        {
            page.published = day_of(&content);
        }
        "og:site_name" | "application-name" => {
            page.site.get_or_insert(content);
        }
        "og:url" if page.url.is_none() => page.url = SourceUrl::try_from(content).ok(),
        _ => {}
    }
}

/// The day an ISO 8601 timestamp starts with (`2023-12-11T09:30:00Z`), as the page states it: the
/// calendar day in the page's own offset, which is the day its readers saw.
fn day_of(timestamp: &str) -> Option<PublishedDate> {
    match PublishedDate::from_str(timestamp.get(..10)?).ok()? {
        day @ PublishedDate::Day(_) => Some(day),
        _ => None,
    }
}

fn collapse_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The page's text as it is read: inline text joined with single spaces, paragraphs apart.
#[derive(Default)]
struct TextBuilder {
    out: String,
    paragraph: String,
    /// Whitespace was seen since the last word: a space goes before the next one.
    pending_space: bool,
}

impl TextBuilder {
    fn inline(&mut self, text: &str) {
        for (index, word) in text.split(char::is_whitespace).enumerate() {
            if index > 0 {
                self.pending_space = true;
            }
            if word.is_empty() {
                continue;
            }
            if self.pending_space && !self.paragraph.is_empty() && !self.paragraph.ends_with('\n') {
                self.paragraph.push(' ');
            }
            self.pending_space = false;
            self.paragraph.push_str(word);
        }
    }

    fn verbatim(&mut self, text: &str) {
        self.paragraph.push_str(text);
    }

    fn line_break(&mut self) {
        if !self.paragraph.trim().is_empty() {
            self.paragraph.push('\n');
        }
        self.pending_space = false;
    }

    fn heading(&mut self, level: usize) {
        self.paragraph.push_str(&"#".repeat(level));
        self.paragraph.push(' ');
    }

    fn end_paragraph(&mut self) {
        let paragraph = self.paragraph.trim();
        // A heading with no words is no heading.
        if !paragraph.trim_start_matches('#').trim().is_empty() {
            if !self.out.is_empty() {
                self.out.push_str("\n\n");
            }
            self.out.push_str(paragraph);
        }
        self.paragraph.clear();
        self.pending_space = false;
    }

    fn finish(mut self) -> String {
        self.end_paragraph();
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::expect;

    #[test]
    fn a_saved_news_page_reads_as_its_story() {
        let page = read_html(
            r#"<!DOCTYPE html>
<html lang="en"><head>
  <meta charset="utf-8">
  <title>Council rejects plan | The Valley Courier</title>
  <meta property="og:title" content="Council rejects  plan">
  <meta name="author" content="Ruth   Okafor">
  <meta property="article:published_time" content="2024-03-05T18:20:00+00:00">
  <meta property="og:site_name" content="The Valley Courier">
  <link rel="canonical" href="https://courier.example/news/council-rejects-plan">
  <style>p { color: red } </p></style>
  <script>document.write("<p>not text</p>"); if (a < b) {}</script>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<article>
  <h1>Council rejects   plan</h1>
  <p class="byline">By <a href="/ruth">Ruth Okafor</a></p>
  <p>&ldquo;We will not&nbsp;approve it,&rdquo; said the <em>council&rsquo;s</em> leader,
     Amir&#32;Haddad.</p>
  <blockquote><p>&quot;It is 40% over budget,&quot; the report said.</p></blockquote>
  <p>Line one<br>line two</p>
  <pre>  kept
    as is</pre>
  <h2></h2>
  <img src="x.png" alt="A photo">
  <form><button>Subscribe</button><select><option>One</option></select></form>
  <noscript><p>Enable JavaScript</p></noscript>
</article>
<footer><p>&copy; 2024 The Valley Courier</p></footer>
</body></html>"#,
        );
        expect![[r#"
            HtmlPage {
                text: "Home\n\nNews\n\n# Council rejects plan\n\nBy Ruth Okafor\n\n“We will not approve it,” said the council’s leader, Amir Haddad.\n\n\"It is 40% over budget,\" the report said.\n\nLine one\nline two\n\nkept\n    as is\n\n© 2024 The Valley Courier",
                headline: Some(
                    "Council rejects plan",
                ),
                title: Some(
                    "Council rejects plan",
                ),
                author: Some(
                    "Ruth Okafor",
                ),
                published: Some(
                    Day(
                        CalendarDate {
                            year: 2024,
                            month: 3,
                            day: 5,
                        },
                    ),
                ),
                site: Some(
                    "The Valley Courier",
                ),
                url: Some(
                    SourceUrl(
                        "https://courier.example/news/council-rejects-plan",
                    ),
                ),
            }
        "#]]
        .assert_debug_eq(&page);
    }

    #[test]
    fn broken_and_hostile_markup_is_read_as_text() {
        let page = read_html(
            "<p>Unclosed <b>bold <i>and</p><p>next</b> para\n<script>alert(1)</scr ipt> still script\
             </script><p onclick=\"alert(1)\">&lt;script&gt;alert(2)&lt;/script&gt;</p>\
             <p>&#xD800; &#0; &amp;amp; &unknown; &notin; \u{202E}gnp.exe</p><!-- <p>comment</p> -->\
             <meta name=author content=\"https://example.org/me\"><title>Late title</title>",
        );
        expect![[r#"
            HtmlPage {
                text: "Unclosed bold and\n\nnext para\n\n<script>alert(2)</script>\n\n� � &amp; &unknown; ∉ \u{202e}gnp.exe",
                headline: None,
                title: Some(
                    "Late title",
                ),
                author: None,
                published: None,
                site: None,
                url: None,
            }
        "#]]
        .assert_debug_eq(&page);
    }

    #[test]
    fn a_page_with_no_text_reads_as_nothing() {
        assert_eq!(read_html("").text, "");
        assert_eq!(
            read_html("<html><head><title>t</title></head><body> </body></html>").text,
            ""
        );
        assert_eq!(
            read_html("plain words, no markup").text,
            "plain words, no markup"
        );
        assert_eq!(
            read_html("<head><title>t</title><body><p>Body text").text,
            "Body text"
        );
    }
}
