//! Permalinks: a whole assessment's answers in a URL fragment short enough
//! for chat. The fragment never reaches a web server, so neither do answers.
//!
//! `#r=` then base64url (no padding) of:
//! `[format version][bank revision, LEB128][flags][answers][name?][CRC-16]`.
//! Each question takes just enough bits for its states, in the order of its
//! revision's frozen table: 0 unanswered, 1 don't know, then 2 not applicable
//! where offered, then the choices. Notes are never included; the name only
//! when asked. Decoding checks everything and never panics.

use super::answers::{Answers, DONT_KNOW, NOT_APPLICABLE};
use super::bank;

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

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PermalinkError {
    /// The fragment is something else (e.g. an in-page anchor): ignore it.
    NotAPermalink,
    TooLong,
    Malformed,
    /// Cut short or changed: the checksum does not match.
    Damaged,
    FutureFormat(u8),
    UnknownRevision(u32),
    Invalid(&'static str),
}

impl std::fmt::Display for PermalinkError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PermalinkError::NotAPermalink => write!(f, "this is not a shared-result link"),
            PermalinkError::TooLong => write!(f, "the link is far longer than a shared result"),
            PermalinkError::Malformed => {
                write!(f, "the link contains characters a shared result never has")
            }
            PermalinkError::Damaged => write!(
                f,
                "the link is incomplete or was changed (it may have been cut off when pasted)"
            ),
            PermalinkError::FutureFormat(v) => write!(
                f,
                "the link was made by a newer version of this app (link format {v}); update the app to open it"
            ),
            PermalinkError::UnknownRevision(r) => write!(
                f,
                "the link uses question bank revision {r}, which this version of the app does not know"
            ),
            PermalinkError::Invalid(what) => write!(f, "the link's content is invalid ({what})"),
        }
    }
}

impl std::error::Error for PermalinkError {}

/// One question of a revision's table.
struct Entry<'a> {
    id: &'a str,
    choices: Vec<&'a str>,
    not_applicable: bool,
}

impl Entry<'_> {
    fn states(&self) -> u32 {
        2 + u32::from(self.not_applicable) + self.choices.len() as u32
    }

    fn bits(&self) -> u32 {
        32 - (self.states() - 1).leading_zeros()
    }
}

fn table(revision: u32) -> Option<Vec<Entry<'static>>> {
    let text = bank::released_table(revision)?;
    Some(
        text.lines()
            .filter_map(|line| {
                let mut parts = line.split(' ');
                let id = parts.next()?;
                let choices = parts.next()?.split(',').collect();
                Some(Entry {
                    id,
                    choices,
                    not_applicable: parts.next() == Some("na"),
                })
            })
            .collect(),
    )
}

/// The fragment (without `#`) for these answers, at the current revision.
pub fn encode(answers: &Answers, name: Option<&str>) -> String {
    let entries = table(bank::REVISION).expect("the current revision is released");
    let mut bytes = vec![FORMAT_VERSION];
    push_leb128(&mut bytes, bank::REVISION);
    let name: Option<String> = name
        .map(|n| n.trim().chars().take(MAX_NAME_CHARS).collect())
        .filter(|n: &String| !n.is_empty());
    bytes.push(if name.is_some() { FLAG_NAME } else { 0 });
    let mut bits = BitWriter::default();
    for entry in &entries {
        let state = bank::question(entry.id)
            .and_then(|q| answers.choice_id(q))
            .map_or(0, |choice| match choice {
                DONT_KNOW => 1,
                NOT_APPLICABLE => 2,
                id => {
                    let offset = 2 + u32::from(entry.not_applicable);
                    offset + entry.choices.iter().position(|c| *c == id).unwrap_or(0) as u32
                }
            });
        bits.write(state, entry.bits());
    }
    bytes.extend(bits.finish());
    if let Some(name) = name {
        bytes.push(name.len() as u8);
        bytes.extend(name.as_bytes());
    }
    let crc = crc16(&bytes);
    bytes.extend(crc.to_be_bytes());
    format!("{PREFIX}{}", base64url_encode(&bytes))
}

/// Reads a fragment (with or without the leading `#`).
pub fn decode(fragment: &str) -> Result<Shared, PermalinkError> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let payload = fragment
        .strip_prefix(PREFIX)
        .ok_or(PermalinkError::NotAPermalink)?;
    if payload.len() > MAX_FRAGMENT_CHARS {
        return Err(PermalinkError::TooLong);
    }
    if !payload.bytes().all(|c| ALPHABET.contains(&c)) {
        return Err(PermalinkError::Malformed);
    }
    // Right characters but an impossible length: cut off or added to.
    let bytes = base64url_decode(payload).ok_or(PermalinkError::Damaged)?;
    if bytes.len() < 5 {
        return Err(PermalinkError::Damaged);
    }
    let (body, crc) = bytes.split_at(bytes.len() - 2);
    if crc16(body).to_be_bytes() != [crc[0], crc[1]] {
        return Err(PermalinkError::Damaged);
    }
    let mut cursor = Cursor { bytes: body, at: 0 };
    match cursor.byte()? {
        FORMAT_VERSION => {}
        0 => return Err(PermalinkError::Invalid("format 0")),
        newer => return Err(PermalinkError::FutureFormat(newer)),
    }
    let revision = cursor.leb128()?;
    let entries = table(revision).ok_or(PermalinkError::UnknownRevision(revision))?;
    let flags = cursor.byte()?;
    if flags & !FLAG_NAME != 0 {
        return Err(PermalinkError::Invalid("unknown flags"));
    }
    let total_bits: u32 = entries.iter().map(Entry::bits).sum();
    let packed = cursor.take(total_bits.div_ceil(8) as usize)?;
    let mut bits = BitReader {
        bytes: packed,
        at: 0,
    };
    let mut answers = Answers::new();
    for entry in &entries {
        let state = bits.read(entry.bits());
        let choice = match state {
            0 => continue,
            1 => DONT_KNOW,
            2 if entry.not_applicable => NOT_APPLICABLE,
            s => {
                let offset = 2 + u32::from(entry.not_applicable);
                *entry
                    .choices
                    .get((s - offset) as usize)
                    .ok_or(PermalinkError::Invalid("an answer out of range"))?
            }
        };
        // Ids are never reused, so an answer to a question the current bank
        // no longer asks is simply left out.
        let _ = answers.set_by_id(entry.id, choice);
    }
    let name = if flags & FLAG_NAME != 0 {
        let length = usize::from(cursor.byte()?);
        let raw = cursor.take(length)?;
        let name = std::str::from_utf8(raw).map_err(|_| PermalinkError::Invalid("name"))?;
        if name.chars().count() > MAX_NAME_CHARS || name.trim().is_empty() {
            return Err(PermalinkError::Invalid("name"));
        }
        Some(name.to_string())
    } else {
        None
    };
    if cursor.at != body.len() {
        return Err(PermalinkError::Invalid("trailing data"));
    }
    Ok(Shared {
        answers,
        name,
        revision,
    })
}

struct Cursor<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Cursor<'a> {
    fn byte(&mut self) -> Result<u8, PermalinkError> {
        Ok(self.take(1)?[0])
    }

    fn take(&mut self, n: usize) -> Result<&'a [u8], PermalinkError> {
        let end = self.at.checked_add(n).ok_or(PermalinkError::Damaged)?;
        let slice = self
            .bytes
            .get(self.at..end)
            .ok_or(PermalinkError::Damaged)?;
        self.at = end;
        Ok(slice)
    }

    fn leb128(&mut self) -> Result<u32, PermalinkError> {
        let mut value: u32 = 0;
        for shift in [0, 7, 14, 21] {
            let byte = self.byte()?;
            value |= u32::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(PermalinkError::Invalid("revision"))
    }
}

fn push_leb128(bytes: &mut Vec<u8>, mut value: u32) {
    loop {
        let low = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            bytes.push(low);
            return;
        }
        bytes.push(low | 0x80);
    }
}

#[derive(Default)]
struct BitWriter {
    bytes: Vec<u8>,
    used: u32,
}

impl BitWriter {
    fn write(&mut self, value: u32, width: u32) {
        for i in 0..width {
            if self.used % 8 == 0 {
                self.bytes.push(0);
            }
            if value >> i & 1 == 1 {
                let last = self.bytes.len() - 1;
                self.bytes[last] |= 1 << (self.used % 8);
            }
            self.used += 1;
        }
    }

    fn finish(self) -> Vec<u8> {
        self.bytes
    }
}

struct BitReader<'a> {
    bytes: &'a [u8],
    at: u32,
}

impl BitReader<'_> {
    /// The caller has checked there are enough bytes for every read.
    fn read(&mut self, width: u32) -> u32 {
        let mut value = 0;
        for i in 0..width {
            let byte = self.bytes.get((self.at / 8) as usize).copied().unwrap_or(0);
            value |= u32::from(byte >> (self.at % 8) & 1) << i;
            self.at += 1;
        }
        value
    }
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn base64url_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 4 / 3 + 3);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

fn base64url_decode(text: &str) -> Option<Vec<u8>> {
    if text.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let mut buffer: u32 = 0;
    let mut held = 0;
    for c in text.bytes() {
        let value = ALPHABET.iter().position(|a| *a == c)? as u32;
        buffer = buffer << 6 | value;
        held += 6;
        if held >= 8 {
            held -= 8;
            out.push((buffer >> held) as u8);
            buffer &= (1 << held) - 1;
        }
    }
    // Leftover bits must be zero, or the text was not made by the encoder.
    (buffer == 0).then_some(out)
}

/// CRC-16/CCITT-FALSE: catches truncation and most hand edits.
fn crc16(bytes: &[u8]) -> u16 {
    let mut crc: u16 = 0xffff;
    for byte in bytes {
        crc ^= u16::from(*byte) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 {
                crc << 1 ^ 0x1021
            } else {
                crc << 1
            };
        }
    }
    crc
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::answers::Answer;

    #[test]
    fn base64url_round_trips_every_length() {
        for n in 0..40u8 {
            let bytes: Vec<u8> = (0..n).map(|i| i.wrapping_mul(37).wrapping_add(n)).collect();
            assert_eq!(base64url_decode(&base64url_encode(&bytes)), Some(bytes));
        }
        assert_eq!(base64url_decode("A"), None);
        assert_eq!(base64url_decode("AB+/"), None);
        assert_eq!(base64url_decode("AB"), None, "non-zero leftover bits");
    }

    #[test]
    fn crc_matches_the_standard_check_value() {
        assert_eq!(crc16(b"123456789"), 0x29b1);
    }

    #[test]
    fn empty_answers_round_trip() {
        let fragment = encode(&Answers::new(), None);
        let shared = decode(&fragment).unwrap();
        assert_eq!(shared.answers, Answers::new());
        assert_eq!(shared.revision, bank::REVISION);
        assert_eq!(shared.name, None);
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
        assert_eq!(decode("#main"), Err(PermalinkError::NotAPermalink));
        assert_eq!(decode(""), Err(PermalinkError::NotAPermalink));
    }
}
