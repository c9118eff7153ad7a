//! The overall maturity levels this tool reports, by name.

use crate::core::model::bank;

pub struct LevelInfo {
    pub level: u8,
    pub name: &'static str,
}

pub const LEVELS: [LevelInfo; 5] = [
    LevelInfo {
        level: 1,
        name: "Ad-hoc",
    },
    LevelInfo {
        level: 2,
        name: "Managed",
    },
    LevelInfo {
        level: 3,
        name: "Defined",
    },
    LevelInfo {
        level: 4,
        name: "Measured",
    },
    LevelInfo {
        level: 5,
        name: "Optimizing",
    },
];

/// Whether a number is a level (1 to 5), e.g. a target read from storage.
pub fn is_level(level: u8) -> bool {
    (bank::MIN_LEVEL..=bank::MAX_LEVEL).contains(&level)
}

pub fn info(level: u8) -> &'static LevelInfo {
    &LEVELS[usize::from(level.clamp(1, 5)) - 1]
}

/// One decimal place, e.g. 2.5 → "2.5", without float formatting (which
/// costs the wasm build many kilobytes).
pub fn one_decimal(value: f64) -> String {
    let tenths = (value * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    format!("{sign}{}.{}", tenths.abs() / 10, tenths.abs() % 10)
}

#[cfg(test)]
mod tests {
    use super::one_decimal;

    #[test]
    fn formats_one_decimal_place() {
        assert_eq!(one_decimal(2.54), "2.5");
        assert_eq!(one_decimal(3.0), "3.0");
        assert_eq!(one_decimal(-12.35), "-12.4");
        assert_eq!(one_decimal(-0.04), "0.0");
    }
}
