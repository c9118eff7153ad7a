//! A short Markdown summary for chat and issues: plain lists and bold text
//! only, which render in GitHub, Slack and Teams alike.

use super::report::Report;
use super::roadmap::Item;

/// `permalink` is the full URL of the shared result.
pub fn summary(name: &str, report: &Report, permalink: &str) -> String {
    let s = &report.summary;
    let mut out = format!(
        "**DevOps maturity: {name}**\n\
         **Overall level {} of 5: {}** (weakest link; mean {}, spread {}, confidence {}%)\n\n",
        report.level,
        report.level_name,
        super::levels::one_decimal(s.mean),
        s.spread,
        (s.confidence * 100.0).round() as u32
    );
    for d in &report.dimensions {
        out.push_str(&format!("- {}: {}\n", d.name, d.level));
    }
    let metrics = report
        .dora
        .metrics
        .iter()
        .map(|m| {
            format!(
                "{} {}",
                m.name.to_ascii_lowercase(),
                m.band.name().to_ascii_lowercase()
            )
        })
        .collect::<Vec<_>>()
        .join(", ");
    out.push_str(&format!(
        "\n**{} band: {}** ({metrics})\n",
        report.dora.edition,
        report.dora.overall.name()
    ));
    out.push_str(&format!(
        "**Fix this first: {}.** {}\n",
        report.fix_first.title, report.fix_first.action
    ));
    let next: Vec<&Item> = report
        .roadmap
        .iter()
        .flat_map(|p| &p.items)
        .take(3)
        .collect();
    if !next.is_empty() {
        out.push_str("\n**Next on the roadmap:**\n");
        for (i, item) in next.iter().enumerate() {
            out.push_str(&format!("{}. {}\n", i + 1, item.title));
        }
    }
    out.push_str(&format!("\n[Open the full result]({permalink})\n"));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::answers::Answers;
    use crate::core::report::assess;

    #[test]
    fn lists_levels_band_fix_and_three_roadmap_items_with_the_link() {
        let report = assess(&Answers::new());
        let text = summary("Team A", &report, "https://example.test/#r=abc");
        assert!(text.starts_with("**DevOps maturity: Team A**\n**Overall level 1 of 5: Ad-hoc**"));
        assert_eq!(text.matches("\n- ").count(), 10);
        assert!(text.contains("**DORA 2024 band: Low**"));
        assert!(text.contains("**Fix this first: Automate the gate.**"));
        assert!(text.contains("1. Build a CI/CD pipeline"));
        assert!(text.contains("3. Symptom-based alerts"));
        assert!(!text.contains("4. "));
        assert!(text.ends_with("[Open the full result](https://example.test/#r=abc)\n"));
    }
}
