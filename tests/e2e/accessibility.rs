//! axe-core on every screen, in light and dark: zero violations.

use serde_json::Value;

use crate::support::{browser::Browser, dist_dir, server::StaticServer};
use devops_maturity::core::formats::permalink;
use devops_maturity::core::formats::team_link;
use devops_maturity::core::model::answers::Answers;
use devops_maturity::core::model::bank::questionnaire;
use devops_maturity::core::rules::team::Respondent;

fn axe_source() -> String {
    let path = std::env::var("AXE_CORE_JS").unwrap_or_else(|_| {
        let home = std::env::var("HOME").unwrap_or_default();
        format!("{home}/.cache/devops-maturity-tools/axe/node_modules/axe-core/axe.min.js")
    });
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!("no axe-core at {path}: {e} (scripts/bootstrap.sh --browsers installs it)")
    })
}

/// Runs axe on the current page; returns its violations, summarised.
async fn violations(browser: &Browser, axe: &str) -> Vec<String> {
    browser
        .client
        .execute(&format!("{axe}\nreturn true;"), vec![])
        .await
        .expect("inject axe");
    let script = "const done = arguments[arguments.length - 1];
        axe.run(document, { resultTypes: ['violations'] }).then(
          r => done(r.violations.map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}`)),
          e => done(['axe failed: ' + e]));";
    let result: Value = browser
        .client
        .execute_async(script, vec![])
        .await
        .expect("run axe");
    serde_json::from_value(result).unwrap()
}

#[tokio::test]
#[ignore = "needs dist/, ChromeDriver and axe-core: run scripts/test.sh"]
async fn every_screen_has_no_accessibility_violations_in_light_and_dark() {
    let axe = axe_source();
    let server = StaticServer::start(&dist_dir(), "/");
    let mut found = Vec::new();
    for scheme in ["light", "dark"] {
        let browser = Browser::start(1280, 900).await;
        browser.emulate_color_scheme(scheme).await;
        let mut check = |screen: String, list: Vec<String>| {
            found.extend(
                list.into_iter()
                    .map(|v| format!("[{scheme}] {screen}: {v}")),
            );
        };
        browser.client.goto(&server.base_url).await.unwrap();
        browser.wait_for("#landing-title").await;
        // Control: axe must see a deliberately broken element, or it proves nothing.
        browser.js("const b = document.createElement('button'); b.id = 'axe-control'; document.body.append(b); return true;").await;
        let control = violations(&browser, &axe).await;
        assert!(
            control.iter().any(|v| v.starts_with("button-name")),
            "axe did not report an unnamed button: {control:?}"
        );
        browser
            .js("document.getElementById('axe-control').remove(); return true;")
            .await;
        check("landing".into(), violations(&browser, &axe).await);
        browser.click_button("Start the assessment").await;
        browser.wait_for("#overview-title").await;
        check("overview".into(), violations(&browser, &axe).await);
        browser.click_button("Begin the quick start").await;
        let sections = questionnaire::sections();
        for (i, section) in sections.iter().enumerate() {
            browser
                .wait_until(
                    section.id,
                    &format!(
                        "return document.querySelector('#section-title')?.textContent === {:?};",
                        section.name
                    ),
                )
                .await;
            // Answer the first question, open one help text, so both states are checked.
            browser.js("document.querySelector('fieldset.question input').click(); document.querySelector('details.help').open = true; return true;").await;
            check(
                format!("section {}", section.id),
                violations(&browser, &axe).await,
            );
            if i + 1 < sections.len() {
                browser.js("[...document.querySelectorAll('button')].find(b => /^(Next|Go deeper):/.test(b.textContent.trim())).click(); return true;").await;
            }
        }
        // Open questions remain: the review lists them before the results.
        browser.click_button("Finish and see results").await;
        browser.wait_for("#review-title").await;
        check("review".into(), violations(&browser, &axe).await);
        browser.click_button("See the results now").await;
        browser.wait_for("#results-title").await;
        browser
            .js("document.querySelectorAll('details').forEach(d => d.open = true); return true;")
            .await;
        check("results".into(), violations(&browser, &axe).await);
        browser.click_button("Your assessments").await;
        browser.wait_for("#assessments-title").await;
        check("assessments".into(), violations(&browser, &axe).await);
        browser.click_button("History").await;
        browser.wait_for("#history-title").await;
        browser.click_button("Save snapshot").await;
        browser.wait_for(".snapshot-list").await;
        check("history".into(), violations(&browser, &axe).await);
        browser.click_button("Compare two").await;
        browser.wait_for("#compare-page-title").await;
        check("compare".into(), violations(&browser, &axe).await);

        let mut answers = Answers::new();
        answers.set_by_id("ci.pr_tests", "yes").unwrap();
        browser
            .open_afresh(&format!(
                "{}#{}",
                server.base_url,
                permalink::encode(&answers, None)
            ))
            .await;
        browser.wait_for("#shared-title").await;
        browser.click_button("Compare with mine").await;
        check("shared view".into(), violations(&browser, &axe).await);

        let mut other = Answers::new();
        other.set_by_id("ci.pr_tests", "no").unwrap();
        let team = [answers, other].map(|answers| Respondent {
            label: String::new(),
            answers,
            revision: 1,
            belonging: Default::default(),
        });
        browser
            .open_afresh(&format!("{}#{}", server.base_url, team_link::encode(&team)))
            .await;
        browser.wait_for(".disagreement-list").await;
        check("team view".into(), violations(&browser, &axe).await);
        browser.close().await;
    }
    assert!(
        found.is_empty(),
        "{} accessibility violations:\n{}",
        found.len(),
        found.join("\n")
    );
}
