//! Permalinks: a whole assessment's answers in a URL fragment short enough
//! for chat. The fragment never reaches a web server, so neither do answers.
//!
//! `#r=` then base64url (no padding) of:
//! `[format version][bank revision, LEB128][flags][answers][name?][CRC-16]`.
//! Each question takes just enough bits for its states, in the order of its
//! revision's frozen table: 0 unanswered, 1 don't know, then 2 not applicable
//! where offered, then the choices. Notes are never included; the name only
//! when asked. Decoding checks everything and never panics.

use crate::core::formats::packing::LinkError;
use crate::core::formats::packing::{self, Cursor};
use crate::core::model::answers::Answers;
use crate::core::model::bank;

pub const PREFIX: &str = "r=";
pub const FORMAT_VERSION: u8 = 1;
/// Longer fragments are refused before decoding.
pub const MAX_FRAGMENT_CHARS: usize = 512;
pub const MAX_NAME_CHARS: usize = 80;
const FLAG_NAME: u8 = 1;

#[derive(Debug, Clone, PartialEq)]
pub struct Shared {
    pub answers: Answers,
    pub name: Option<String>,
    /// The bank revision the link was made with.
    pub revision: u32,
}

/// The fragment (without `#`) for these answers, at the current revision.
pub fn encode(answers: &Answers, name: Option<&str>) -> String {
    let entries = packing::table(bank::REVISION).expect("the current revision is released");
    let mut bytes = vec![FORMAT_VERSION];
    packing::push_leb128(&mut bytes, bank::REVISION);
    let name = name.and_then(|n| packing::short_text(n, MAX_NAME_CHARS));
    bytes.push(if name.is_some() { FLAG_NAME } else { 0 });
    packing::write_answers(&entries, answers, &mut bytes);
    if let Some(name) = name {
        packing::write_text(&mut bytes, &name);
    }
    format!("{PREFIX}{}", packing::seal(bytes))
}

/// Reads a fragment (with or without the leading `#`).
pub fn decode(fragment: &str) -> Result<Shared, LinkError> {
    let body = packing::open_link(fragment, PREFIX, MAX_FRAGMENT_CHARS, FORMAT_VERSION)?;
    let mut cursor = Cursor::new(&body);
    let revision = cursor.leb128()?;
    let entries = packing::table(revision).ok_or(LinkError::UnknownRevision(revision))?;
    let flags = cursor.byte()?;
    if flags & !FLAG_NAME != 0 {
        return Err(LinkError::Invalid("unknown flags"));
    }
    let answers = packing::read_answers(&entries, &mut cursor)?;
    let name = if flags & FLAG_NAME != 0 {
        Some(packing::read_text(&mut cursor, MAX_NAME_CHARS)?)
    } else {
        None
    };
    if !cursor.at_end() {
        // Zero bytes after the checksum pass it: something was appended.
        return Err(LinkError::Damaged);
    }
    Ok(Shared {
        answers,
        name,
        revision,
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
    fn other_fragments_are_not_permalinks() {
        assert_eq!(decode("#main"), Err(LinkError::NotAPermalink));
        assert_eq!(decode(""), Err(LinkError::NotAPermalink));
    }
}
