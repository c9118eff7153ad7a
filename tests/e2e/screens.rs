//! Screenshots of every screen at desktop and phone widths, for a person to
//! check by eye (target/screenshots), with no console errors on the way.

use crate::support::{browser::Browser, dist_dir, server::StaticServer};
use devops_maturity::core::formats::team_link;
use devops_maturity::core::model::answers::Answers;
use devops_maturity::core::rules::team::Respondent;

async fn tour(browser: &Browser, server: &StaticServer, prefix: &str) {
    browser.client.goto(&server.base_url).await.unwrap();
    browser.wait_for("main h1").await;
    browser.click_button("Start the assessment").await;
    browser.click_button("Begin the quick start").await;
    browser.wait_for("#section-title").await;
    // Answer the first two questions so both states show.
    browser.js("document.querySelectorAll('fieldset.question')[0].querySelectorAll('input')[2].click(); document.querySelectorAll('fieldset.question')[1].querySelectorAll('input')[1].click(); return true;").await;
    browser.screenshot(&format!("{prefix}-questionnaire")).await;
    browser.click_button("See your provisional result").await;
    browser.wait_for("#results-title").await;
    browser.screenshot(&format!("{prefix}-results")).await;
    let pdf = browser.print_pdf(&format!("{prefix}-results")).await;
    assert!(pdf.starts_with(b"%PDF"), "a PDF");
    let pages = pdf
        .windows(b"/Type /Page\n".len())
        .filter(|w| w.starts_with(b"/Type /Page") && !w.starts_with(b"/Type /Pages"))
        .count();
    assert!(
        (1..=5).contains(&pages),
        "a report of at most five pages; got {pages} pages"
    );
    browser
        .js("document.querySelectorAll('details').forEach(d => d.open = true); return true;")
        .await;
    browser
        .js("document.querySelector('.profile').scrollIntoView(); return true;")
        .await;
    browser
        .screenshot(&format!("{prefix}-results-profile"))
        .await;
    browser
        .js("document.querySelector('.dora').scrollIntoView(); return true;")
        .await;
    browser.screenshot(&format!("{prefix}-results-dora")).await;
    browser
        .js("document.querySelector('.framework:nth-of-type(3)').scrollIntoView(); return true;")
        .await;
    browser
        .screenshot(&format!("{prefix}-results-crosswalk"))
        .await;
    let wide = browser.js(include_str!("overflowing.js")).await;
    assert_eq!(
        wide,
        serde_json::json!([]),
        "elements wider than the viewport"
    );
    browser.click_button("Your assessments").await;
    browser.wait_for("#assessments-title").await;
    browser.screenshot(&format!("{prefix}-assessments")).await;
    browser.click_button("History").await;
    browser.click_button("Save snapshot").await;
    browser.click_button("Questions").await;
    browser.wait_for("#section-title").await;
    browser.js("document.querySelectorAll('fieldset.question')[0].querySelectorAll('input')[4].click(); return true;").await;
    browser.click_button("History").await;
    browser.wait_for(".trend").await;
    browser.screenshot(&format!("{prefix}-history")).await;
    assert_fits(browser, "history").await;
    browser.click_button("Compare two").await;
    browser.wait_for(".answer-changes").await;
    browser.screenshot(&format!("{prefix}-compare")).await;
    assert_fits(browser, "compare").await;
    browser
        .open_afresh(&format!(
            "{}#{}",
            server.base_url,
            team_link::encode(&sample_team())
        ))
        .await;
    browser.wait_for(".team-levels").await;
    browser.screenshot(&format!("{prefix}-team")).await;
    browser
        .js("document.querySelector('.disagreements').scrollIntoView(); return true;")
        .await;
    browser
        .screenshot(&format!("{prefix}-team-disagreements"))
        .await;
    assert_fits(browser, "team").await;
    browser.assert_no_console_errors().await;
}

async fn assert_fits(browser: &Browser, screen: &str) {
    let wide = browser.js(include_str!("overflowing.js")).await;
    assert_eq!(
        wide,
        serde_json::json!([]),
        "{screen}: elements wider than the viewport"
    );
}

/// Three people who see things differently.
fn sample_team() -> Vec<Respondent> {
    let mut people = Vec::new();
    for (label, pr_tests, iac) in [
        ("Ana", "yes", "gitops"),
        ("Ben", "no", "manual"),
        ("Chloé", "yes", "partial"),
    ] {
        let mut answers = Answers::new();
        answers.set_by_id("ci.pr_tests", pr_tests).unwrap();
        answers.set_by_id("infra.iac", iac).unwrap();
        answers
            .set_by_id(
                "dora.deploy_frequency",
                if pr_tests == "yes" {
                    "daily"
                } else {
                    "monthly"
                },
            )
            .unwrap();
        people.push(Respondent {
            label: label.into(),
            answers,
            revision: 1,
            belonging: Default::default(),
        });
    }
    people
}

#[tokio::test]
#[ignore = "needs dist/ and ChromeDriver: run scripts/test.sh"]
async fn every_screen_at_desktop_and_phone_width_light_and_dark() {
    let server = StaticServer::start(&dist_dir(), "/");
    let desktop = Browser::start(1280, 900).await;
    tour(&desktop, &server, "desktop").await;
    desktop.close().await;

    let phone = Browser::start(800, 800).await;
    phone.emulate_phone(360, 780).await;
    phone.emulate_color_scheme("dark").await;
    tour(&phone, &server, "phone-dark").await;
    let overflow = phone
        .js("return document.documentElement.scrollWidth - document.documentElement.clientWidth;")
        .await;
    assert_eq!(
        overflow.as_i64(),
        Some(0),
        "the page scrolls sideways at 360 px"
    );
    phone.close().await;
}
