//! The verdict issue in the browser: a startup that ships every merge reads
//! level 2 with the right fix, and the DORA section shows the Quick Check's
//! scores against its benchmarks, readable at 390 and 1280 px.

use crate::calibration_set::by_id;
use crate::support::{browser::Browser, dist_dir, server::StaticServer};
use devops_maturity::core::formats::permalink;
use devops_maturity::core::rules::quick_check::{quick_check, Edition};
use devops_maturity::core::rules::report::assess;
use serde_json::{json, Value};

#[tokio::test]
#[ignore = "needs dist/ and ChromeDriver: run scripts/test.sh"]
async fn a_startup_that_ships_every_merge_reads_level_two_with_the_right_fix() {
    let server = StaticServer::start(&dist_dir(), "/");
    let browser = Browser::start(390, 844).await;
    let org = by_id("startup_ships_every_merge");
    let report = assess(&org.answers);
    let link = permalink::encode(&org.answers, None);
    browser
        .open_afresh(&format!("{}#{link}", server.base_url))
        .await;
    browser.wait_for("#overall-title").await;
    assert_eq!(browser.text_of("#overall-title").await, "Level 2: Managed");
    assert_eq!(
        browser.text_of("#fix-title").await,
        "Raise Deploy and Recover to level 3"
    );
    assert_eq!(browser.text_of("#fix-title").await, report.fix_first.title);
    // The chain: three yeses and a step that does not apply to one team.
    browser
        .js("document.getElementById('chain').open = true; return true;")
        .await;
    let chain: Value = browser
        .js("return [...document.querySelectorAll('.chain li')].map(li => li.textContent);")
        .await;
    let chain: Vec<String> = serde_json::from_value(chain).unwrap();
    assert_eq!(chain.len(), 4);
    assert!(
        chain[0].contains("peer review with no release meeting"),
        "{}",
        chain[0]
    );
    assert!(chain[3].contains("one team"), "{}", chain[3]);
    assert!(!chain.iter().any(|c| c.contains("No: start here")));
    browser.screenshot("startup-390").await;
    browser.assert_no_console_errors().await;
    browser.close().await;
}

/// The Quick Check on the page: each key's score and the benchmark band as
/// the core computes them, for both editions and another comparison group.
async fn shown_scores(browser: &Browser) -> Value {
    browser
        .js(
            "return [...document.querySelectorAll('.qc-row')].map(r => { \
               const band = r.querySelector('.qc-band'); \
               return [r.querySelector('.qc-score').textContent, \
                       band ? [band.getAttribute('x'), band.getAttribute('width')] : null]; });",
        )
        .await
}

fn expected_scores(qc: &devops_maturity::core::rules::quick_check::QuickCheck) -> Value {
    let mut rows = vec![(qc.overall, qc.overall_benchmark)];
    rows.extend(qc.keys.iter().map(|k| (k.score, k.benchmark)));
    Value::Array(
        rows.into_iter()
            .map(|(score, benchmark)| {
                let band = benchmark.map(|b| {
                    let (from, to) = b.band();
                    json!([from.to_string(), (to - from).to_string()])
                });
                json!([score.map_or("not known".to_string(), |s| s.text()), band])
            })
            .collect(),
    )
}

#[tokio::test]
#[ignore = "needs dist/ and ChromeDriver: run scripts/test.sh"]
async fn the_quick_check_scores_and_benchmarks_are_shown_at_390_and_1280_pixels() {
    let server = StaticServer::start(&dist_dir(), "/");
    let browser = Browser::start(1280, 900).await;
    let org = by_id("startup_ships_every_merge");
    let link = permalink::encode(&org.answers, None);
    let mut wide = Vec::new();
    for (width, height) in [(390, 844), (1280, 800)] {
        browser.emulate_phone(width, height).await;
        for scheme in ["light", "dark"] {
            browser.emulate_color_scheme(scheme).await;
            browser
                .open_afresh(&format!("{}#{link}", server.base_url))
                .await;
            browser.wait_for("#overall-title").await;
            browser
                .js("const d = document.getElementById('dora'); d.open = true; d.scrollIntoView(); return true;")
                .await;
            browser.wait_for(".qc-row").await;
            let shown = shown_scores(&browser).await;
            let qc = quick_check(&org.answers, Edition::Y2025, "all");
            assert_eq!(shown, expected_scores(&qc), "2025 at {width}px");
            let fits = browser
                .js("return document.documentElement.scrollWidth <= innerWidth;")
                .await;
            if fits != json!(true) {
                wide.push(format!("{width}px {scheme}"));
            }
            let name = format!("dora-quick-check-{width}-{scheme}");
            browser
                .js("document.querySelector('.qc').scrollIntoView(); return true;")
                .await;
            browser.screenshot(&name).await;
        }
    }
    // The 2024 edition (four keys), against financial services.
    browser
        .js("const s = document.querySelector('.qc-choices select'); s.value = '2024 financial_services'; \
             s.dispatchEvent(new Event('change', { bubbles: true })); return true;")
        .await;
    browser
        .wait_until(
            "the 2024 edition",
            "return document.querySelectorAll('.qc-row').length === 5;",
        )
        .await;
    let qc = quick_check(&org.answers, Edition::Y2024, "financial_services");
    browser
        .wait_until(
            "the financial services benchmark",
            "return document.querySelector('.qc caption')?.textContent.includes('Financial Services');",
        )
        .await;
    assert_eq!(shown_scores(&browser).await, expected_scores(&qc));
    assert!(wide.is_empty(), "wider than the viewport: {wide:?}");
    browser.assert_no_console_errors().await;
    browser.close().await;
}
