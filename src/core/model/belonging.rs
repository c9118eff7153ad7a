//! Where an assessment belongs in an organisation: a team name and a path of
//! groups ("Payments / Checkout"). Both are single-line plain text, like every
//! name; the organisation view groups and filters by them.

/// A team name is at most this long.
pub const MAX_TEAM_CHARS: usize = 60;
/// A path is at most this long, and at most this deep.
pub const MAX_PATH_CHARS: usize = 120;
pub const MAX_PATH_PARTS: usize = 8;
/// Between the parts of a path, as it is written and shown.
pub const SEPARATOR: &str = " / ";

#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Belonging {
    /// The team's name; empty when not given.
    pub team: String,
    /// The groups above the team, outermost first; empty when not given.
    pub path: Vec<String>,
}

impl Belonging {
    /// Both cleaned by the plain-text rules (see [`team_name`], [`path_parts`]).
    pub fn new(team: &str, path: &str) -> Belonging {
        Belonging {
            team: team_name(team),
            path: path_parts(path),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.team.is_empty() && self.path.is_empty()
    }

    /// "Payments / Checkout", or "" without a path.
    pub fn path_text(&self) -> String {
        self.path.join(SEPARATOR)
    }

    /// Whether cleaning changed what was given (for a notice).
    pub fn differs_from(&self, team: &str, path: &str) -> bool {
        self.team != team.trim() || self.path_text() != path.trim()
    }
}

/// A team name: one line, at most [`MAX_TEAM_CHARS`] characters.
pub fn team_name(text: &str) -> String {
    let name: String = crate::core::support::plain_text::single_line(text)
        .chars()
        .take(MAX_TEAM_CHARS)
        .collect();
    name.trim_end().to_string()
}

/// A path's parts: split at "/", each one line and trimmed, empty parts
/// dropped; at most [`MAX_PATH_PARTS`] parts and [`MAX_PATH_CHARS`]
/// characters as written, the deeper parts dropped first (a part is never
/// cut in the middle unless it alone is too long).
pub fn path_parts(text: &str) -> Vec<String> {
    let mut parts: Vec<String> = Vec::new();
    let mut written = 0;
    for part in text.split('/') {
        let part = crate::core::support::plain_text::single_line(part);
        if part.is_empty() {
            continue;
        }
        if parts.len() == MAX_PATH_PARTS {
            break;
        }
        let room = MAX_PATH_CHARS
            .saturating_sub(written)
            .saturating_sub(if parts.is_empty() { 0 } else { SEPARATOR.len() });
        let length = part.chars().count();
        if length > room {
            if parts.is_empty() {
                let cut: String = part.chars().take(room).collect();
                parts.push(cut.trim_end().to_string());
            }
            break;
        }
        written += length + if parts.is_empty() { 0 } else { SEPARATOR.len() };
        parts.push(part);
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_split_cleaned_and_joined_one_way() {
        let b = Belonging::new("  Checkout\nteam ", "Payments//  Checkout /\u{202E}Web ");
        assert_eq!(b.team, "Checkout team");
        assert_eq!(b.path, ["Payments", "Checkout", "Web"]);
        assert_eq!(b.path_text(), "Payments / Checkout / Web");
        assert!(Belonging::new(" ", " / ").is_empty());
    }

    #[test]
    fn a_deep_or_long_path_keeps_its_outer_parts() {
        let deep: Vec<String> = (1..=50).map(|i| format!("Level {i}")).collect();
        let parts = path_parts(&deep.join("/"));
        assert_eq!(parts.len(), MAX_PATH_PARTS);
        assert_eq!(parts[0], "Level 1");
        let long = path_parts(&format!("{}/B", "A".repeat(500)));
        assert_eq!(long, ["A".repeat(MAX_PATH_CHARS)]);
        let text = path_parts(&"Abcdefghij/".repeat(40)).join(SEPARATOR);
        assert!(text.chars().count() <= MAX_PATH_CHARS);
        assert_eq!(team_name(&"é".repeat(100)).chars().count(), MAX_TEAM_CHARS);
    }
}
