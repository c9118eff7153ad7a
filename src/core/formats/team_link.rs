//! The team link: every respondent's label and compact answers in one URL
//! fragment, `#t=` then base64url of
//! `[format version][count][per respondent: revision (LEB128), label, answers, team?, path?][CRC-16]`.
//! Format 2 added each person's team and path (an empty text when none);
//! format 1 links still open, with no team.
//! Each respondent's answers are packed against their own revision's table,
//! exactly as in a result link.

use crate::core::formats::packing::LinkError;
use crate::core::formats::packing::{self, Cursor};
use crate::core::model::bank;
use crate::core::model::belonging::{Belonging, MAX_PATH_CHARS, MAX_TEAM_CHARS};
use crate::core::rules::team::{Respondent, MAX_LABEL_CHARS, MAX_RESPONDENTS};

pub const PREFIX: &str = "t=";
pub const FORMAT_VERSION: u8 = 2;
/// Room for the largest team with the longest labels; anything longer is refused unread.
pub const MAX_FRAGMENT_CHARS: usize = 20_000;

/// The fragment (without `#`) holding these respondents.
pub fn encode(respondents: &[Respondent]) -> String {
    let mut bytes = vec![FORMAT_VERSION, respondents.len().min(MAX_RESPONDENTS) as u8];
    for (i, respondent) in respondents.iter().take(MAX_RESPONDENTS).enumerate() {
        // Respondents come from released revisions; any other is written as
        // the current one, so the revision and the packing always agree.
        let (revision, entries) = match packing::table(respondent.revision) {
            // An answer that revision did not offer would be packed as
            // another: such a person is written in the current revision.
            Some(entries) if packing::fits(&entries, &respondent.answers) => {
                (respondent.revision, entries)
            }
            _ => (
                bank::REVISION,
                packing::table(bank::REVISION).expect("the current revision is released"),
            ),
        };
        packing::push_leb128(&mut bytes, revision);
        let label = packing::short_text(&respondent.label, MAX_LABEL_CHARS)
            .unwrap_or_else(|| format!("Respondent {}", i + 1));
        packing::write_text(&mut bytes, &label);
        packing::write_answers(&entries, &respondent.answers, &mut bytes);
        let b = &respondent.belonging;
        for text in [
            packing::short_text(&b.team, MAX_TEAM_CHARS),
            packing::short_text(&b.path_text(), MAX_PATH_CHARS),
        ] {
            packing::write_text(&mut bytes, text.as_deref().unwrap_or(""));
        }
    }
    format!("{PREFIX}{}", packing::seal(bytes))
}

/// Reads a team fragment (with or without the leading `#`).
pub fn decode(fragment: &str) -> Result<Vec<Respondent>, LinkError> {
    let (format, body) =
        packing::open_link_from(fragment, PREFIX, MAX_FRAGMENT_CHARS, 1..=FORMAT_VERSION)?;
    let mut cursor = Cursor::new(&body);
    let count = usize::from(cursor.byte()?);
    if count > MAX_RESPONDENTS {
        return Err(LinkError::Invalid("too many respondents"));
    }
    let mut respondents = Vec::with_capacity(count);
    for _ in 0..count {
        let revision = cursor.leb128()?;
        let entries = packing::table(revision).ok_or(LinkError::UnknownRevision(revision))?;
        let label = packing::read_text(&mut cursor, MAX_LABEL_CHARS)?;
        let answers = packing::read_answers(&entries, &mut cursor)?;
        let belonging = if format >= 2 {
            let team = packing::read_text_or_empty(&mut cursor, MAX_TEAM_CHARS)?;
            let path = packing::read_text_or_empty(&mut cursor, MAX_PATH_CHARS)?;
            Belonging::new(&team, &path)
        } else {
            Belonging::default()
        };
        respondents.push(Respondent {
            label,
            answers,
            revision,
            belonging,
        });
    }
    if !cursor.at_end() {
        // Zero bytes after the checksum pass it: something was appended.
        return Err(LinkError::Damaged);
    }
    Ok(respondents)
}
