//! The HTML a reporter pastes into an article to embed a view of the explorer: the iframe, and the small
//! script (`public/embed.js`) that fits the frame to what it shows.
//!
//! Pure text, tested natively. The snippet is shown in a field to copy, never put into the page as HTML.

/// The frame's height when the script is left out or has not run yet, in CSS pixels.
pub const DEFAULT_HEIGHT: u32 = 640;
/// Heights a person may ask for: enough for a search box and a result, and no taller than a long page.
pub const MIN_HEIGHT: u32 = 200;
pub const MAX_HEIGHT: u32 = 4000;
/// A frame's title past this many characters is cut: screen readers read it out whole.
const MAX_TITLE_CHARS: usize = 200;

/// What the snippet embeds and how.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmbedSnippet {
    /// The embedded view's full address (`embed=1` in it).
    pub page_url: String,
    /// The resizing script's full address, or `None` to leave the frame at its height.
    pub script_url: Option<String>,
    /// What the frame is, for screen readers and for the host page's own audits.
    pub title: String,
    /// The frame's height before the script fits it (or for good, without the script).
    pub height: u32,
}

impl EmbedSnippet {
    /// The snippet's HTML: every value written into it is escaped for an attribute.
    pub fn to_html(&self) -> String {
        let title: String = match self.title.trim() {
            "" => "Quoteline".to_owned(),
            title => title.chars().take(MAX_TITLE_CHARS).collect(),
        };
        let height = self.height.clamp(MIN_HEIGHT, MAX_HEIGHT);
        let mut html = format!(
            "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"{height}\" \
             loading=\"lazy\" allow=\"clipboard-write\" style=\"border: 0; width: 100%;\" \
             data-quoteline-embed></iframe>",
            attribute(&self.page_url),
            attribute(&title),
        );
        if let Some(script_url) = &self.script_url {
            html.push_str(&format!(
                "\n<script src=\"{}\" async></script>",
                attribute(script_url)
            ));
        }
        html
    }
}

/// `text` as the value of a double-quoted attribute.
fn attribute(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for character in text.chars() {
        match character {
            '&' => escaped.push_str("&amp;"),
            '"' => escaped.push_str("&quot;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            // A line break inside an attribute survives, but not every CMS's HTML field keeps it.
            '\n' | '\r' | '\t' => escaped.push(' '),
            other => escaped.push(other),
        }
    }
    escaped
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::expect;

    fn snippet(title: &str, height: u32, script: bool) -> String {
        EmbedSnippet {
            page_url: "https://example.org/quoteline/?q=encryption&speaker=a&embed=1".to_owned(),
            script_url: script.then(|| "https://example.org/quoteline/embed.js".to_owned()),
            title: title.to_owned(),
            height,
        }
        .to_html()
    }

    #[test]
    fn the_snippet_is_a_frame_and_its_script() {
        expect![[r#"
            <iframe src="https://example.org/quoteline/?q=encryption&amp;speaker=a&amp;embed=1" title="Quoteline: encryption" width="100%" height="640" loading="lazy" allow="clipboard-write" style="border: 0; width: 100%;" data-quoteline-embed></iframe>
            <script src="https://example.org/quoteline/embed.js" async></script>"#]]
        .assert_eq(&snippet("Quoteline: encryption", DEFAULT_HEIGHT, true));
    }

    #[test]
    fn without_the_script_the_frame_keeps_its_height() {
        expect![[r#"<iframe src="https://example.org/quoteline/?q=encryption&amp;speaker=a&amp;embed=1" title="Quoteline" width="100%" height="900" loading="lazy" allow="clipboard-write" style="border: 0; width: 100%;" data-quoteline-embed></iframe>"#]]
        .assert_eq(&snippet("  ", 900, false));
    }

    #[test]
    fn a_hostile_title_stays_inside_its_attribute() {
        let html = snippet("\"><script>alert(1)</script>\n<b onload=x>", 10, false);
        expect![[r#"<iframe src="https://example.org/quoteline/?q=encryption&amp;speaker=a&amp;embed=1" title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; &lt;b onload=x&gt;" width="100%" height="200" loading="lazy" allow="clipboard-write" style="border: 0; width: 100%;" data-quoteline-embed></iframe>"#]]
        .assert_eq(&html);
        assert_eq!(html.matches('<').count(), 2, "only the frame's own tags");
    }

    #[test]
    fn heights_are_kept_within_reason() {
        assert!(snippet("t", u32::MAX, false).contains("height=\"4000\""));
        assert!(snippet("t", 0, false).contains("height=\"200\""));
        let long = "x".repeat(1000);
        assert!(snippet(&long, DEFAULT_HEIGHT, false).contains(&"x".repeat(MAX_TITLE_CHARS)));
        assert!(!snippet(&long, DEFAULT_HEIGHT, false).contains(&"x".repeat(MAX_TITLE_CHARS + 1)));
    }
}
