//! What a URL fragment or a pasted line is: a result link (`r=`), a team link
//! (`t=`), a screen's own address (`/results`), something that looks like a
//! link but is mangled, or none of these. The one place that knows the
//! prefixes and the screens' addresses, used by the app when an address is
//! opened and by the team view when links are pasted.

use crate::core::formats::permalink;
use crate::core::formats::team_link;
use crate::core::model::bank::questionnaire;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkKind {
    Result,
    Team,
    /// A screen's own address.
    Screen(Screen),
    /// A wrong-case or encoded prefix, or a link's payload without its prefix.
    Mangled,
    /// The organisation view (`#/org`, any case, with anything after a `/`),
    /// which its own binary answers.
    OrgView,
    /// A screen-style address (`/…`) that names no screen.
    NoSuchScreen,
    /// Not a link at all (an in-page anchor, a screen's address, nothing).
    None,
}

/// The screens that have an address of their own, beside the `#r=` and `#t=`
/// links: `#/questions`, `#/questions/<section>`, `#/review`, `#/results`,
/// `#/team`, `#/history`, `#/compare`, `#/assessments`; the start page has
/// none.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Start,
    Questions,
    /// A questionnaire section, by its id (`quick` or an area's id, so the
    /// addresses of revision 1, one section an area, still open).
    Section(&'static str),
    /// The open questions, listed before the results.
    Review,
    Results,
    Team,
    History,
    Compare,
    Assessments,
}

impl Screen {
    /// The fragment (without `#`) that opens this screen; empty for the start.
    pub fn fragment(self) -> String {
        match self {
            Screen::Start => String::new(),
            Screen::Questions => "/questions".into(),
            Screen::Section(id) => format!("/questions/{id}"),
            Screen::Review => "/review".into(),
            Screen::Results => "/results".into(),
            Screen::Team => "/team".into(),
            Screen::History => "/history".into(),
            Screen::Compare => "/compare".into(),
            Screen::Assessments => "/assessments".into(),
        }
    }

    /// The screen a fragment names, whatever its case (`#/Results`); None
    /// for anything else.
    pub fn parse(fragment: &str) -> Option<Screen> {
        let text = fragment.trim();
        let text = text.strip_prefix('#').unwrap_or(text);
        let path = text.strip_prefix('/')?.trim_end_matches('/');
        let path = path.to_ascii_lowercase();
        Some(match path.as_str() {
            "questions" => Screen::Questions,
            "review" => Screen::Review,
            "results" => Screen::Results,
            "team" => Screen::Team,
            "history" => Screen::History,
            "compare" => Screen::Compare,
            "assessments" => Screen::Assessments,
            _ => Screen::Section(questionnaire::section(path.strip_prefix("questions/")?)?.id),
        })
    }
}

/// The organisation view's address, as the page's start script tests it
/// (scripts/postbuild.mjs: `^#\/org(?:[/?]|$)`, any case).
pub const ORG_VIEW: &str = "/org";

fn is_org_view(text: &str) -> bool {
    let lower = text.trim().to_ascii_lowercase();
    lower
        .strip_prefix(ORG_VIEW)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(['/', '?']))
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
    if is_org_view(text) {
        return LinkKind::OrgView;
    }
    if let Some(screen) = Screen::parse(text) {
        return LinkKind::Screen(screen);
    }
    if text.starts_with('/') {
        return LinkKind::NoSuchScreen;
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
        assert_eq!(classify("/results"), LinkKind::Screen(Screen::Results));
        assert_eq!(classify("/nowhere"), LinkKind::NoSuchScreen);
        assert_eq!(classify("/questions/nope"), LinkKind::NoSuchScreen);
        assert_eq!(classify(""), LinkKind::None);
        assert_eq!(classify("#/org"), LinkKind::OrgView);
        assert_eq!(classify("/ORG/"), LinkKind::OrgView);
        assert_eq!(classify("/organisation"), LinkKind::NoSuchScreen);
    }

    #[test]
    fn every_screen_address_reads_back_as_its_screen() {
        let screens = [
            Screen::Questions,
            Screen::Section("ci"),
            Screen::Section("quick"),
            Screen::Review,
            Screen::Results,
            Screen::Team,
            Screen::History,
            Screen::Compare,
            Screen::Assessments,
        ];
        for screen in screens {
            assert_eq!(Screen::parse(&screen.fragment()), Some(screen));
            assert_eq!(
                classify(&format!("#{}", screen.fragment())),
                LinkKind::Screen(screen)
            );
        }
        assert_eq!(Screen::parse("/questions/no-such-section"), None);
        assert_eq!(Screen::parse("/Results"), Some(Screen::Results));
        assert_eq!(
            Screen::parse("#/QUESTIONS/CI/"),
            Some(Screen::Section("ci"))
        );
        assert_eq!(Screen::Start.fragment(), "");
    }
}
