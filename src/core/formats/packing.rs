//! The byte-level parts shared by the result link (`#r=`) and the team link
//! (`#t=`): answers bit-packed against a revision's frozen id table, LEB128,
//! base64url without padding and a CRC-16 frame. Reading never panics.

use crate::core::model::answers::{Answers, DONT_KNOW, NOT_APPLICABLE};
use crate::core::model::bank;

/// Why a result or team link cannot be opened: both kinds share this frame.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkError {
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

impl std::fmt::Display for LinkError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LinkError::NotAPermalink => write!(f, "this is not a result or team link of this app"),
            LinkError::TooLong => write!(f, "the link is far longer than any link this app makes"),
            LinkError::Malformed => {
                write!(f, "the link contains characters this app's links never have")
            }
            LinkError::Damaged => write!(
                f,
                "the link is incomplete or was changed (it may have been cut off when pasted)"
            ),
            LinkError::FutureFormat(v) => write!(
                f,
                "the link was made by a newer version of this app (link format {v}); update the app to open it"
            ),
            LinkError::UnknownRevision(r) => write!(
                f,
                "the link uses question bank revision {r}, which this version of the app does not know"
            ),
            LinkError::Invalid(what) => write!(f, "the link's content is invalid ({what})"),
        }
    }
}

impl std::error::Error for LinkError {}

/// One question of a revision's table.
pub struct Entry<'a> {
    pub id: &'a str,
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

/// The frozen table of a released revision, in packing order.
pub fn table(revision: u32) -> Option<Vec<Entry<'static>>> {
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

/// Whether every answer given can be written in this table: its question
/// is there and offers the answer.
pub fn fits(entries: &[Entry], answers: &Answers) -> bool {
    answers.iter().all(|(id, _)| {
        let Some(choice) = bank::question(id).and_then(|q| answers.choice_id(q)) else {
            return true;
        };
        entries
            .iter()
            .find(|e| e.id == id)
            .is_some_and(|e| match choice {
                DONT_KNOW => true,
                NOT_APPLICABLE => e.not_applicable,
                id => e.choices.contains(&id),
            })
    })
}

/// Each question takes just enough bits for its states: 0 unanswered, 1 don't
/// know, then 2 not applicable where offered, then the choices.
pub fn write_answers(entries: &[Entry], answers: &Answers, bytes: &mut Vec<u8>) {
    let mut bits = BitWriter::default();
    for entry in entries {
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
    bytes.extend(bits.bytes);
}

pub fn read_answers(entries: &[Entry], cursor: &mut Cursor) -> Result<Answers, LinkError> {
    let total_bits: u32 = entries.iter().map(Entry::bits).sum();
    let packed = cursor.take(total_bits.div_ceil(8) as usize)?;
    let mut bits = BitReader {
        bytes: packed,
        at: 0,
    };
    let mut answers = Answers::new();
    for entry in entries {
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
                    .ok_or(LinkError::Invalid("an answer out of range"))?
            }
        };
        // Ids are never reused, so an answer to a question the current bank
        // no longer asks is simply left out.
        let _ = answers.set_by_id(entry.id, choice);
    }
    Ok(answers)
}

/// A trimmed text of at most `max_chars` characters and 255 bytes, so its
/// length fits in one byte; None when blank.
pub fn short_text(text: &str, max_chars: usize) -> Option<String> {
    let mut out = String::new();
    for c in crate::core::support::plain_text::single_line(text)
        .chars()
        .take(max_chars)
    {
        if out.len() + c.len_utf8() > usize::from(u8::MAX) {
            break;
        }
        out.push(c);
    }
    let out = out.trim_end().to_string();
    (!out.is_empty()).then_some(out)
}

/// Writes a text made by [`short_text`], length first.
pub fn write_text(bytes: &mut Vec<u8>, text: &str) {
    bytes.push(text.len() as u8);
    bytes.extend(text.as_bytes());
}

pub fn read_text(cursor: &mut Cursor, max_chars: usize) -> Result<String, LinkError> {
    let length = usize::from(cursor.byte()?);
    let raw = cursor.take(length)?;
    let text = std::str::from_utf8(raw).map_err(|_| LinkError::Invalid("name"))?;
    let text = crate::core::support::plain_text::single_line(text);
    if text.chars().count() > max_chars || text.is_empty() {
        return Err(LinkError::Invalid("name"));
    }
    Ok(text)
}

/// As [`read_text`], where an empty text stands for "none".
pub fn read_text_or_empty(cursor: &mut Cursor, max_chars: usize) -> Result<String, LinkError> {
    if cursor.peek() == Some(0) {
        cursor.byte()?;
        return Ok(String::new());
    }
    read_text(cursor, max_chars)
}

/// Adds the checksum and encodes: the text after the link's prefix.
pub fn seal(mut bytes: Vec<u8>) -> String {
    let crc = crc16(&bytes);
    bytes.extend(crc.to_be_bytes());
    base64url_encode(&bytes)
}

/// Reads a link's fragment (with or without `#`): checks the prefix,
/// characters, length, checksum and format version; returns what follows the
/// version byte.
pub fn open_link(
    fragment: &str,
    prefix: &str,
    max_chars: usize,
    version: u8,
) -> Result<Vec<u8>, LinkError> {
    open_link_from(fragment, prefix, max_chars, version..=version).map(|(_, body)| body)
}

/// As [`open_link`], for a kind of link with several released formats:
/// returns the format and the body.
pub fn open_link_from(
    fragment: &str,
    prefix: &str,
    max_chars: usize,
    formats: std::ops::RangeInclusive<u8>,
) -> Result<(u8, Vec<u8>), LinkError> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let payload = fragment
        .strip_prefix(prefix)
        .ok_or(LinkError::NotAPermalink)?;
    let mut body = open(payload, max_chars)?;
    match body.remove(0) {
        v if formats.contains(&v) => Ok((v, body)),
        newer if newer > *formats.end() => Err(LinkError::FutureFormat(newer)),
        v => Err(LinkError::Invalid(if v == 0 {
            "format 0"
        } else {
            "format"
        })),
    }
}

/// Checks characters, length and checksum; returns the body.
fn open(payload: &str, max_chars: usize) -> Result<Vec<u8>, LinkError> {
    if payload.len() > max_chars {
        return Err(LinkError::TooLong);
    }
    if !payload.bytes().all(|c| ALPHABET.contains(&c)) {
        return Err(LinkError::Malformed);
    }
    // Right characters but an impossible length: cut off or added to.
    let mut bytes = base64url_decode(payload).ok_or(LinkError::Damaged)?;
    if bytes.len() < 3 {
        return Err(LinkError::Damaged);
    }
    let crc = bytes.split_off(bytes.len() - 2);
    if crc16(&bytes).to_be_bytes() != [crc[0], crc[1]] {
        return Err(LinkError::Damaged);
    }
    Ok(bytes)
}

pub struct Cursor<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Cursor<'a> {
    pub fn new(bytes: &'a [u8]) -> Cursor<'a> {
        Cursor { bytes, at: 0 }
    }

    pub fn byte(&mut self) -> Result<u8, LinkError> {
        Ok(self.take(1)?[0])
    }

    pub fn take(&mut self, n: usize) -> Result<&'a [u8], LinkError> {
        let end = self.at.checked_add(n).ok_or(LinkError::Damaged)?;
        let slice = self.bytes.get(self.at..end).ok_or(LinkError::Damaged)?;
        self.at = end;
        Ok(slice)
    }

    pub fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    pub fn at_end(&self) -> bool {
        self.at == self.bytes.len()
    }

    pub fn leb128(&mut self) -> Result<u32, LinkError> {
        let mut value: u32 = 0;
        for shift in [0, 7, 14, 21] {
            let byte = self.byte()?;
            value |= u32::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(LinkError::Invalid("revision"))
    }
}

pub fn push_leb128(bytes: &mut Vec<u8>, mut value: u32) {
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
            if self.used.is_multiple_of(8) {
                self.bytes.push(0);
            }
            if value >> i & 1 == 1 {
                let last = self.bytes.len() - 1;
                self.bytes[last] |= 1 << (self.used % 8);
            }
            self.used += 1;
        }
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
    fn short_texts_fit_a_length_byte() {
        assert_eq!(short_text("  Ana  ", 80).as_deref(), Some("Ana"));
        assert_eq!(short_text("   ", 80), None);
        let wide = "😀".repeat(80);
        let cut = short_text(&wide, 80).unwrap();
        assert!(
            cut.len() <= 255 && cut.chars().count() == 63,
            "{}",
            cut.len()
        );
    }
}
