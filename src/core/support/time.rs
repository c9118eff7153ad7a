//! ISO 8601 timestamps for exports, from and to milliseconds since the Unix
//! epoch (UTC), without a date library.

/// The first and last instants a four-digit ISO 8601 date can write:
/// 0001-01-01T00:00:00.000Z and 9999-12-31T23:59:59.999Z. Every saved time
/// lies between them, so every export imports again unchanged (a JavaScript
/// `Date` holds ±8.64e15 ms, well beyond).
pub const MIN_MS: f64 = -62_135_596_800_000.0;
pub const MAX_MS: f64 = 253_402_300_799_999.0;

/// Whether a time can be saved, exported and read back exactly: a whole
/// millisecond between [`MIN_MS`] and [`MAX_MS`].
pub fn is_valid_ms(ms: f64) -> bool {
    ms.is_finite() && (MIN_MS..=MAX_MS).contains(&ms) && ms.fract() == 0.0
}

/// `2026-11-22T03:04:05.678Z`; times outside [`MIN_MS`]..[`MAX_MS`] are
/// clamped, so this never fails.
pub fn iso8601(ms: f64) -> String {
    let ms = if ms.is_finite() {
        ms.clamp(MIN_MS, MAX_MS) as i64
    } else {
        0
    };
    let (days, day_ms) = (ms.div_euclid(86_400_000), ms.rem_euclid(86_400_000));
    let (year, month, day) = civil_from_days(days);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}.{:03}Z",
        day_ms / 3_600_000,
        day_ms / 60_000 % 60,
        day_ms / 1000 % 60,
        day_ms % 1000
    )
}

/// Parses `YYYY-MM-DDTHH:MM:SS[.fff]Z`; None for anything else.
pub fn parse_iso8601(text: &str) -> Option<f64> {
    let b = text.as_bytes();
    let num = |range: std::ops::Range<usize>| -> Option<i64> {
        let part = text.get(range)?;
        part.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| part.parse().ok())?
    };
    if b.len() < 20
        || b[4] != b'-'
        || b[7] != b'-'
        || b[10] != b'T'
        || b[13] != b':'
        || b[16] != b':'
    {
        return None;
    }
    let (year, month, day) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let (hour, minute, second) = (num(11..13)?, num(14..16)?, num(17..19)?);
    let millis = match &text[19..] {
        "Z" => 0,
        rest if rest.len() == 5 && rest.starts_with('.') && rest.ends_with('Z') => num(20..23)?,
        _ => return None,
    };
    if year < 1
        || !(1..=12).contains(&month)
        || !(1..=days_in_month(year, month)).contains(&day)
        || hour > 23
        || minute > 59
        || second > 59
    {
        return None;
    }
    let days = days_from_civil(year, month, day);
    Some((((days * 24 + hour) * 60 + minute) * 60 + second) as f64 * 1000.0 + millis as f64)
}

fn days_in_month(year: i64, month: i64) -> i64 {
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

// Howard Hinnant's algorithms for the proleptic Gregorian calendar.
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let yoe = year.rem_euclid(400);
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// "2026-11-30 12:14 UTC": a time as lists and notices show it.
pub fn minute_utc(ms: f64) -> String {
    let iso = iso8601(ms);
    format!("{} {} UTC", &iso[..10], &iso[11..16])
}

/// "2026-11-30 12:14:05 UTC": for times a minute cannot tell apart.
pub fn second_utc(ms: f64) -> String {
    let iso = iso8601(ms);
    format!("{} {} UTC", &iso[..10], &iso[11..19])
}

/// "30 Nov": a day, for names.
pub fn day_month(ms: f64) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let iso = iso8601(ms);
    let month: usize = iso[5..7].parse().unwrap_or(1);
    let day: u32 = iso[8..10].parse().unwrap_or(1);
    format!("{day} {}", MONTHS[month.clamp(1, 12) - 1])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_and_parses_known_instants() {
        assert_eq!(iso8601(0.0), "1970-01-01T00:00:00.000Z");
        assert_eq!(iso8601(1_795_316_400_123.0), "2026-11-22T03:00:00.123Z");
        assert_eq!(iso8601(951_782_400_000.0), "2000-02-29T00:00:00.000Z");
        assert_eq!(
            parse_iso8601("2026-11-22T03:00:00.123Z"),
            Some(1_795_316_400_123.0)
        );
        assert_eq!(
            parse_iso8601("2026-11-22T03:00:00Z"),
            Some(1_795_316_400_000.0)
        );
    }

    #[test]
    fn round_trips_and_refuses_junk() {
        for ms in [
            0.0,
            86_399_999.0,
            1_000_000_000_000.0,
            4_102_444_800_000.0,
            -1e13,
            MIN_MS,
            MAX_MS,
        ] {
            assert_eq!(parse_iso8601(&iso8601(ms)), Some(ms));
        }
        for junk in [
            "",
            "yesterday",
            "2026-13-01T00:00:00Z",
            "2026-11-22 03:00:00Z",
            "2026-11-22T03:00:00+01:00",
            "２０２６-11-22T03:00:00Z",
            "2026-02-31T00:00:00Z",
            "2025-02-29T00:00:00Z",
            "0000-01-01T00:00:00Z",
            "2026-11-22T03:00:60Z",
        ] {
            assert_eq!(parse_iso8601(junk), None, "{junk}");
        }
        assert!(
            parse_iso8601("2024-02-29T00:00:00Z").is_some(),
            "a leap day"
        );
        assert!(!is_valid_ms(MAX_MS + 1.0) && !is_valid_ms(1.5) && !is_valid_ms(f64::NAN));
        assert_eq!(iso8601(-1e13), "1653-02-10T06:13:20.000Z");
    }

    #[test]
    fn times_read_as_people_write_them() {
        let ms = parse_iso8601("2026-11-30T12:14:05.678Z").unwrap();
        assert_eq!(minute_utc(ms), "2026-11-30 12:14 UTC");
        assert_eq!(second_utc(ms), "2026-11-30 12:14:05 UTC");
        assert_eq!(day_month(ms), "30 Nov");
        assert_eq!(day_month(MIN_MS), "1 Jan");
    }
}
