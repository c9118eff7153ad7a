//! What a URL fragment or a pasted line is: a result link (`r=`), a team link
//! (`t=`), something that looks like a link but is mangled, or none of these.
//! The one place that knows the prefixes, used by the app when an address is
//! opened and by the team view when links are pasted.

use crate::core::formats::permalink;
use crate::core::formats::team_link;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkKind {
    Result,
    Team,
    /// A wrong-case or encoded prefix, or a link's payload without its prefix.
    Mangled,
    /// Not a link at all (an in-page anchor, a screen's address, nothing).
    None,
}

/// Said when a fragment looks like a link but is not one.
pub const MANGLED: &str = "it looks like a result or team link but is not one: links start \
with “#r=” or “#t=”, in small letters, and must be copied whole";

/// Classifies a fragment (with or without the leading `#`).
pub fn classify(fragment: &str) -> LinkKind {
    let text = fragment.trim();
    let text = text.strip_prefix('#').unwrap_or(text);
    if text.starts_with(permalink::PREFIX) {
        return LinkKind::Result;
    }
    if text.starts_with(team_link::PREFIX) {
        return LinkKind::Team;
    }
    let lower = text.to_ascii_lowercase();
    let prefixes = ["r=", "t=", "r%3d", "t%3d", "r =", "t ="];
    let wrong_prefix = prefixes.iter().any(|p| lower.starts_with(p));
    // A link's payload (base64url, at least a format byte, a revision and a
    // checksum) that lost its prefix.
    let bare_payload = text.len() >= 16
        && text
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_');
    if wrong_prefix || bare_payload {
        LinkKind::Mangled
    } else {
        LinkKind::None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_anchors_and_mangled_links_are_told_apart() {
        assert_eq!(classify("r=AQEAtlbVtqraqtqq"), LinkKind::Result);
        assert_eq!(classify("#t=AQEA"), LinkKind::Team);
        assert_eq!(classify("R=AQEAtlbVtqraqtqq"), LinkKind::Mangled);
        assert_eq!(classify("r%3DAQEAtlbVtqraqtqq"), LinkKind::Mangled);
        assert_eq!(
            classify("AQEAtlbVtqraqtqqrVqtOVjV2psr7NI"),
            LinkKind::Mangled
        );
        assert_eq!(classify("main"), LinkKind::None);
        assert_eq!(classify("/results"), LinkKind::None);
        assert_eq!(classify(""), LinkKind::None);
    }
}
