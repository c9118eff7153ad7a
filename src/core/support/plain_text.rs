//! Names and labels travel as single-line plain text: into links, files,
//! Markdown and the page. Decoders pass them through [`single_line`], and
//! Markdown output escapes them, so a name can never become a heading or a
//! live link when pasted into chat.

/// Directional formatting characters: they reorder what follows them, so a
/// name could make the text after it read backwards ("evil.exe" shown as
/// "exe.live"). They are removed like other control characters.
fn is_direction_control(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// The text on one line: control characters (direction controls included),
/// line and paragraph separators and runs of white space become one space;
/// trimmed.
pub fn single_line(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if c.is_control() || c.is_whitespace() || is_direction_control(c) {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.push(c);
    }
    out
}

/// The text as literal Markdown: one line in a code span, which GitHub,
/// Slack and Teams all show as typed (no emphasis, link, autolink or
/// heading). Backticks, which would close the span, become apostrophes.
pub fn markdown_literal(text: &str) -> String {
    format!("`{}`", single_line(text).replace('`', "'"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn newlines_and_controls_become_one_space() {
        assert_eq!(
            single_line("  Ok**\n\n[Verify]\r\n# Injected\u{2028}x\u{0}y "),
            "Ok** [Verify] # Injected x y"
        );
        assert_eq!(single_line("\t\n"), "");
        assert_eq!(
            single_line("Team \u{202E}exe.live\u{202C} \u{2066}x\u{2069}\u{200F}"),
            "Team exe.live x"
        );
    }

    #[test]
    fn markdown_cannot_open_a_link_or_a_heading() {
        let name = "Ok**\n\n[Verify your account](https://evil.example/phish)\n# Injected`x`";
        assert_eq!(
            markdown_literal(name),
            "`Ok** [Verify your account](https://evil.example/phish) # Injected'x'`"
        );
    }
}
