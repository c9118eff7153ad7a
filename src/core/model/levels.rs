//! The overall maturity levels this tool reports, with what each means.

use crate::core::model::bank;

pub struct LevelInfo {
    pub level: u8,
    pub name: &'static str,
    pub description: &'static str,
}

pub const LEVELS: [LevelInfo; 5] = [
    LevelInfo {
        level: 1,
        name: "Ad-hoc",
        description: "Delivery depends on people rather than systems. Builds and \
                      deployments are manual, environments drift, and knowledge sits with a \
                      few individuals. Releases are feared and therefore batched, which makes \
                      each one riskier. The way out is not sophisticated: version everything, \
                      script the build and put one pipeline in place.",
    },
    LevelInfo {
        level: 2,
        name: "Managed",
        description: "The basics exist: source control, a CI server, scripted builds and some \
                      tests. But releases still queue behind manual approvals and release \
                      windows, and flaky tests are tolerated. Many organisations stay here \
                      because it feels modern; breaking out means automating the gates people \
                      currently perform by hand.",
    },
    LevelInfo {
        level: 3,
        name: "Defined",
        description: "Every service has an automated pipeline, environments are code, tests \
                      gate promotion and production can be observed. The constraint moves \
                      from technology to consistency: each team solved delivery its own way, \
                      and the differences now slow everyone down.",
    },
    LevelInfo {
        level: 4,
        name: "Measured",
        description: "The four DORA keys are tracked like product metrics. Teams ship through \
                      a self-service platform with golden paths, progressive delivery and \
                      automatic rollback are normal, and SLOs with error budgets settle the \
                      trade between speed and reliability. The work is keeping that consistent \
                      at scale without overloading developers.",
    },
    LevelInfo {
        level: 5,
        name: "Optimizing",
        description: "The system improves itself: chaos experiments test resilience before \
                      incidents do, common failures are remediated automatically and security \
                      runs inside the pipeline. The risk is over-investment; the discipline is \
                      knowing when good enough is good enough.",
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
