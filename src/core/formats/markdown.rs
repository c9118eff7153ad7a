//! A short Markdown summary for chat and issues: plain lists and bold text
//! only, which render in GitHub, Slack and Teams alike.

use crate::core::rules::report::Report;
use crate::core::rules::roadmap::Item;
use crate::core::rules::verdict::Status;

/// `permalink` is the full URL of the shared result.
pub fn summary(name: &str, report: &Report, permalink: &str) -> String {
    let s = &report.summary;
    let h = &report.headline;
    let name = crate::core::support::plain_text::markdown_literal(name);
    let mut out = format!(
        "**DevOps maturity: {name}**\n\
         **{}** (confidence {}%)\n{}\n\n",
        h.title,
        (s.confidence * 100.0).round() as u32,
        h.reason
    );
    if !h.answer_next.is_empty() {
        out.push_str(&format!(
            "Answer next: {}\n\n",
            h.answer_next
                .iter()
                .take(3)
                .map(|id| crate::core::model::bank::known(id).short)
                .collect::<Vec<_>>()
                .join("; ")
        ));
    }
    for d in &report.dimensions {
        out.push_str(&format!("- {}: {}\n", d.name, d.level_text()));
    }
    let metrics = report
        .dora
        .metrics
        .iter()
        .map(|m| format!("{} {}", m.name.to_ascii_lowercase(), m.band_text()))
        .collect::<Vec<_>>()
        .join(", ");
    out.push_str(&format!(
        "\n**{} nearest cluster: {}** ({metrics})\n",
        report.dora.edition,
        report.dora.overall.text()
    ));
    if let Some(qc) = report.quick_check {
        out.push_str(&format!(
            "DORA Quick Check {}: {} of 10{}\n",
            qc.edition.name(),
            qc.overall.text(),
            if qc.unknown > 0 {
                format!(" ({} of {} keys known)", qc.keys - qc.unknown, qc.keys)
            } else {
                String::new()
            }
        ));
    }
    let open = s.counts.unanswered;
    if open > 0 {
        out.push_str(&format!(
            "{open} of {} questions are open.\n",
            s.counts.total
        ));
    }
    if h.status == Status::NeedsAnswers {
        out.push_str(&format!("\n[Open the full result]({permalink})\n"));
        return out;
    }
    out.push_str(&format!(
        "**Fix this first: {}.** {}\n",
        report.fix_first.title, report.fix_first.action
    ));
    let next: Vec<&Item> = report.roadmap.items.iter().skip(1).take(3).collect();
    if !next.is_empty() {
        out.push_str("\n**Then, on the roadmap:**\n");
        for (i, item) in next.iter().enumerate() {
            out.push_str(&format!("{}. {}\n", i + 2, item.line()));
        }
    }
    out.push_str(&format!("\n[Open the full result]({permalink})\n"));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::answers::Answers;
    use crate::core::rules::report::assess;

    #[test]
    fn with_no_verdict_it_shows_no_levels_bands_or_fix() {
        let report = assess(&Answers::new());
        let text = summary("Team A", &report, "https://example.test/#r=abc");
        assert!(text.starts_with("**DevOps maturity: `Team A`**\n**No verdict yet**"));
        assert!(text.contains(
            "Answer next: Deployment frequency; Lead time for changes; Change failure rate"
        ));
        assert_eq!(text.matches(": not answered yet\n").count(), 10);
        assert!(text
            .contains("**DORA 2024 nearest cluster: not known** (deployment frequency not known"));
        assert!(!text.contains("Fix this first") && !text.contains("Quick Check"));
        assert!(text.ends_with("[Open the full result](https://example.test/#r=abc)\n"));
    }

    #[test]
    fn a_verdict_lists_levels_band_score_fix_and_three_roadmap_items() {
        let mut answers = crate::core::testing::all_best();
        answers.set_by_id("dora.change_failure_rate", "12").unwrap();
        answers
            .set_by_id("dora.deploy_frequency", "weekly")
            .unwrap();
        let text = summary("Team A", &assess(&answers), "https://example.test/#r=abc");
        assert!(text.contains("**Level "), "{text}");
        assert!(
            text.contains("- Build & continuous integration: 5\n"),
            "{text}"
        );
        assert!(text.contains("**DORA 2024 nearest cluster: "), "{text}");
        assert!(text.contains("change failure rate Medium"), "{text}");
        assert!(text.contains("DORA Quick Check 2025: "), "{text}");
        assert!(
            text.contains("**Fix this first: Automate the gate.**"),
            "{text}"
        );
    }

    #[test]
    fn a_hostile_name_from_a_link_stays_one_line_of_literal_text() {
        let attack = "Ok**\n\n[Verify your account](https://evil.example/phish)\n# Injected";
        let link = crate::core::formats::permalink::encode(&Answers::new(), Some(attack));
        let name = crate::core::formats::permalink::decode(&link)
            .unwrap()
            .name
            .unwrap();
        assert!(!name.contains('\n'), "the decoder strips line breaks");
        let text = summary(
            &name,
            &assess(&Answers::new()),
            "https://example.test/#r=abc",
        );
        let first = text.lines().next().unwrap();
        assert_eq!(
            first,
            "**DevOps maturity: `Ok** [Verify your account](https://evil.example/phish) # Injected`**"
        );
        assert!(!text.lines().any(|l| l.starts_with('#')), "no heading");
    }
}
