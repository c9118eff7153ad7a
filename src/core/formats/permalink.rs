//! Permalinks: a whole assessment's answers in a URL fragment short enough
//! for chat. The fragment never reaches a web server, so neither do answers.
//!
//! `#r=` then base64url (no padding) of:
//! `[format version][bank revision, LEB128][flags][answers][name?][team?][path?][CRC-16]`.
//! Format 2 added the team and the organisation path; format 1 links (no
//! team) still open.
//! Each question takes just enough bits for its states, in the order of its
//! revision's frozen table: 0 unanswered, 1 don't know, then 2 not applicable
//! where offered, then the choices. Notes are never included; the name only
//! when asked. Decoding checks everything and never panics.

use crate::core::formats::packing::LinkError;
use crate::core::formats::packing::{self, Cursor};
use crate::core::model::answers::Answers;
use crate::core::model::bank;
use crate::core::model::belonging::{Belonging, MAX_PATH_CHARS, MAX_TEAM_CHARS};

pub const PREFIX: &str = "r=";
pub const FORMAT_VERSION: u8 = 2;
/// Longer fragments are refused before decoding: room for the answers and
/// the longest name, team and path.
pub const MAX_FRAGMENT_CHARS: usize = 1_200;
pub const MAX_NAME_CHARS: usize = 80;
const FLAG_NAME: u8 = 1;
const FLAG_TEAM: u8 = 2;
const FLAG_PATH: u8 = 4;

#[derive(Debug, Clone, PartialEq)]
pub struct Shared {
    pub answers: Answers,
    pub name: Option<String>,
    /// The bank revision the link was made with.
    pub revision: u32,
    /// Empty in links of format 1, and when the sender gave none.
    pub belonging: Belonging,
}

/// The fragment (without `#`) for these answers, at the current revision.
pub fn encode(answers: &Answers, name: Option<&str>) -> String {
    encode_with(answers, name, &Belonging::default())
}

/// As [`encode`], with the team and organisation path where given.
pub fn encode_with(answers: &Answers, name: Option<&str>, belonging: &Belonging) -> String {
    let entries = packing::table(bank::REVISION).expect("the current revision is released");
    let mut bytes = vec![FORMAT_VERSION];
    packing::push_leb128(&mut bytes, bank::REVISION);
    let name = name.and_then(|n| packing::short_text(n, MAX_NAME_CHARS));
    let team = packing::short_text(&belonging.team, MAX_TEAM_CHARS);
    let path = packing::short_text(&belonging.path_text(), MAX_PATH_CHARS);
    let flag = |text: &Option<String>, flag: u8| if text.is_some() { flag } else { 0 };
    bytes.push(flag(&name, FLAG_NAME) | flag(&team, FLAG_TEAM) | flag(&path, FLAG_PATH));
    packing::write_answers(&entries, answers, &mut bytes);
    for text in [name, team, path].into_iter().flatten() {
        packing::write_text(&mut bytes, &text);
    }
    format!("{PREFIX}{}", packing::seal(bytes))
}

/// Reads a fragment (with or without the leading `#`).
pub fn decode(fragment: &str) -> Result<Shared, LinkError> {
    let (format, body) =
        packing::open_link_from(fragment, PREFIX, MAX_FRAGMENT_CHARS, 1..=FORMAT_VERSION)?;
    let mut cursor = Cursor::new(&body);
    let revision = cursor.leb128()?;
    let entries = packing::table(revision).ok_or(LinkError::UnknownRevision(revision))?;
    let flags = cursor.byte()?;
    let known = if format == 1 {
        FLAG_NAME
    } else {
        FLAG_NAME | FLAG_TEAM | FLAG_PATH
    };
    if flags & !known != 0 {
        return Err(LinkError::Invalid("unknown flags"));
    }
    let answers = packing::read_answers(&entries, &mut cursor)?;
    let mut text = |flag: u8, max: usize| -> Result<Option<String>, LinkError> {
        (flags & flag != 0)
            .then(|| packing::read_text(&mut cursor, max))
            .transpose()
    };
    let name = text(FLAG_NAME, MAX_NAME_CHARS)?;
    let team = text(FLAG_TEAM, MAX_TEAM_CHARS)?.unwrap_or_default();
    let path = text(FLAG_PATH, MAX_PATH_CHARS)?.unwrap_or_default();
    let belonging = Belonging::new(&team, &path);
    if !cursor.at_end() {
        // Zero bytes after the checksum pass it: something was appended.
        return Err(LinkError::Damaged);
    }
    Ok(Shared {
        answers,
        name,
        revision,
        belonging,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::answers::Answer;

    #[test]
    fn empty_answers_round_trip() {
        let fragment = encode(&Answers::new(), None);
        let shared = decode(&fragment).unwrap();
        assert_eq!(shared.answers, Answers::new());
        assert_eq!(shared.revision, bank::REVISION);
        assert_eq!(shared.name, None);
    }

    #[test]
    fn a_long_wide_name_still_round_trips() {
        let name = "Équipe 😀".repeat(10);
        let shared = decode(&encode(&Answers::new(), Some(&name))).unwrap();
        assert!(name.starts_with(shared.name.as_deref().unwrap()));
    }

    #[test]
    fn the_name_is_included_only_when_asked() {
        let mut answers = Answers::new();
        answers.set("infra.iac", Answer::DontKnow).unwrap();
        let named = decode(&encode(&answers, Some("Payments – Q3"))).unwrap();
        assert_eq!(named.name.as_deref(), Some("Payments – Q3"));
        assert_eq!(named.answers, answers);
        assert_eq!(decode(&encode(&answers, Some("   "))).unwrap().name, None);
    }

    #[test]
    fn the_team_and_path_travel_and_old_links_have_none() {
        let mut answers = Answers::new();
        answers.set("infra.iac", Answer::DontKnow).unwrap();
        let belonging = Belonging::new("Checkout", "Payments / Web");
        let shared = decode(&encode_with(&answers, Some("Ana"), &belonging)).unwrap();
        assert_eq!(shared.belonging, belonging);
        assert_eq!(shared.name.as_deref(), Some("Ana"));
        let only_path = Belonging::new("", "Payments");
        assert_eq!(
            decode(&encode_with(&answers, None, &only_path))
                .unwrap()
                .belonging,
            only_path
        );
        // Format 1, as released: the name flag only.
        let entries = packing::table(bank::REVISION).unwrap();
        let mut bytes = vec![1];
        packing::push_leb128(&mut bytes, bank::REVISION);
        bytes.push(FLAG_NAME);
        packing::write_answers(&entries, &answers, &mut bytes);
        packing::write_text(&mut bytes, "Ana");
        let old = decode(&format!("{PREFIX}{}", packing::seal(bytes.clone()))).unwrap();
        assert_eq!(
            (old.name.as_deref(), old.belonging.is_empty()),
            (Some("Ana"), true)
        );
        // A format 1 link with the team flag was never made.
        bytes[2] |= FLAG_TEAM;
        bytes.push(0);
        let forged = decode(&format!("{PREFIX}{}", packing::seal(bytes)));
        assert_eq!(forged, Err(LinkError::Invalid("unknown flags")));
        let longest = Belonging::new(&"é".repeat(200), &"Ö/".repeat(200));
        let fragment = encode_with(&answers, Some(&"😀".repeat(80)), &longest);
        assert!(fragment.len() <= MAX_FRAGMENT_CHARS + PREFIX.len());
        assert!(decode(&fragment).is_ok());
    }

    #[test]
    fn other_fragments_are_not_permalinks() {
        assert_eq!(decode("#main"), Err(LinkError::NotAPermalink));
        assert_eq!(decode(""), Err(LinkError::NotAPermalink));
    }
}
