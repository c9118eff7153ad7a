//! The verdict in the browser: three organisations of the calibration set
//! opened as result links show exactly the engine's headline, and a person
//! with nothing answered is told what to answer first, goes there, and gets
//! a provisional range.

use crate::calibration_set::by_id;
use crate::support::session::Session;
use crate::support::{browser::Browser, dist_dir, server::StaticServer};
use devops_maturity::core::model::answers::Answers;
use devops_maturity::core::model::bank::{self, questionnaire};
use devops_maturity::core::rules::report::{assess, Report};
use devops_maturity::core::rules::verdict::Status;
use serde_json::{json, Value};

/// What the page shows of the headline: title, reason, badge, the questions
/// to answer next, and whether the fix-first card is there.
async fn headline_shown(browser: &Browser) -> Value {
    browser.wait_for("#overall-title").await;
    browser
        .js(
            "return [document.querySelector('#overall-title').textContent, \
                     document.querySelector('.headline-reason').textContent, \
                     document.querySelector('.level-badge .level-number').textContent, \
                     [...document.querySelectorAll('.answer-next li')].map(li => li.textContent), \
                     !!document.querySelector('#fix-title'), \
                     document.querySelector('.roadmap-items li strong')?.textContent ?? null];",
        )
        .await
}

fn headline_expected(report: &Report) -> Value {
    let h = &report.headline;
    let badge = match h.status {
        Status::Settled => h.level.to_string(),
        Status::Provisional => h.most_likely.to_string(),
        Status::NeedsAnswers => "?".to_string(),
    };
    let next: Vec<&str> = h
        .answer_next
        .iter()
        .take(6)
        .map(|id| bank::question(id).unwrap().short)
        .collect();
    let verdict = h.status != Status::NeedsAnswers;
    json!([
        h.title,
        h.reason,
        badge,
        next,
        verdict,
        report.fix_first.title
    ])
}

#[tokio::test]
#[ignore = "needs dist/ and ChromeDriver: run scripts/test.sh"]
async fn three_calibration_organisations_show_the_engines_verdict() {
    let server = StaticServer::start(&dist_dir(), "/");
    let browser = Browser::start(390, 844).await;
    for id in ["claims_beat_outcomes", "open_questions", "nothing_answered"] {
        let org = by_id(id);
        let report = assess(&org.answers);
        let link = devops_maturity::core::formats::permalink::encode(&org.answers, None);
        browser
            .open_afresh(&format!("{}#{link}", server.base_url))
            .await;
        let shown = headline_shown(&browser).await;
        assert_eq!(shown, headline_expected(&report), "{id}");
        browser.screenshot(&format!("calibration-{id}-390")).await;
    }
    // The claims-beat-outcomes organisation: both figures stay visible.
    let org = by_id("claims_beat_outcomes");
    browser
        .open_afresh(&format!(
            "{}#{}",
            server.base_url,
            devops_maturity::core::formats::permalink::encode(&org.answers, None)
        ))
        .await;
    let reason = browser.text_of(".headline-reason").await;
    assert!(
        reason.contains("level 5") && reason.contains("at most level 2"),
        "{reason}"
    );
    browser.assert_no_console_errors().await;
    browser.close().await;
}

/// Answers a question as a person would: clicks the radio, or types a
/// percentage into its field.
fn click(question: &str, value: &str) -> String {
    let field = format!("#percent-{}", question.replace('.', "-"));
    format!(
        "const field = document.querySelector({field:?}); \
         if (field) {{ field.value = {value:?}; field.dispatchEvent(new Event('input', {{ bubbles: true }})); }} \
         else document.querySelector('input[name=\"{question}\"][value=\"{value}\"]').click(); \
         return true;"
    )
}

#[tokio::test]
#[ignore = "needs dist/ and ChromeDriver: run scripts/test.sh"]
async fn with_nothing_answered_the_results_say_what_to_answer_first_and_lead_there() {
    let session = Session::open(1280, 900).await;
    let browser = &session.browser;
    browser.wait_for("main h1").await;
    browser.click_button("Results").await;
    let shown = headline_shown(browser).await;
    assert_eq!(shown, headline_expected(&assess(&Answers::new())));
    assert_eq!(shown[0], "No verdict yet");
    browser.screenshot("results-no-verdict-1280").await;

    // The first question to answer opens at its place, focused.
    browser.click_button("Deployment frequency").await;
    browser
        .wait_until(
            "focus on the deployment frequency question",
            "return !!document.activeElement?.closest('#q-dora-deploy_frequency');",
        )
        .await;

    // Answer the minimum; the verdict becomes a provisional range.
    let mut expected = Answers::new();
    for (question, choice) in [
        ("dora.deploy_frequency", "weekly"),
        ("dora.lead_time", "under_week"),
        ("dora.change_failure_rate", "22"),
        ("dora.recovery_time", "under_day"),
        ("ci.commit_builds", "every_commit"),
        ("delivery.pipeline", "automated"),
        ("observability.telemetry", "centralised"),
        ("reliability.incident_response", "on_call"),
    ] {
        let section = questionnaire::index_of_question(question).unwrap();
        browser.click_button("Questions").await;
        browser.wait_for("#section-title").await;
        browser
            .js(&format!(
                "[...document.querySelectorAll('.section-nav button')][{section}].click(); return true;"
            ))
            .await;
        browser
            .wait_for(&format!("#q-{}", question.replace('.', "-")))
            .await;
        browser.js(&click(question, choice)).await;
        expected.set_by_id(question, choice).unwrap();
    }
    browser.click_button("Results").await;
    let shown = headline_shown(browser).await;
    let report = assess(&expected);
    assert_eq!(report.headline.status, Status::Provisional);
    assert_eq!(shown, headline_expected(&report));
    assert!(shown[0].as_str().unwrap().contains("provisional"));
    browser.screenshot("results-provisional-1280").await;
    session.finish().await;
}
