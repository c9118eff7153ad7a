use fantoccini::Locator;

use crate::support::session::Session;
use crate::support::{browser::Browser, dist_dir, server::StaticServer};
use devops_maturity::core::model::bank::questionnaire::{self, QUICK_START};
use devops_maturity::core::model::product;

#[tokio::test]
#[ignore = "needs dist/ and ChromeDriver: run scripts/test.sh"]
async fn landing_page_renders_its_content_and_start_leads_to_the_overview() {
    let session = Session::open(1280, 900).await;
    let browser = &session.browser;

    let heading = browser.wait_for("main h1").await.text().await.unwrap();
    assert_eq!(heading, "How mature is your software delivery, really?");
    let body = browser
        .client
        .find(Locator::Css("body"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        body.contains(product::PRIVACY),
        "privacy line missing from:\n{body}"
    );
    assert!(
        body.contains("Answer questions about how your organisation"),
        "purpose missing"
    );
    assert_eq!(browser.client.title().await.unwrap(), product::NAME);
    browser.screenshot("landing-desktop").await;

    let start = browser
        .client
        .find(Locator::XPath(
            "//a[normalize-space()='Start the assessment']",
        ))
        .await
        .expect("start button");
    start.click().await.unwrap();
    let heading = browser
        .wait_for("#overview-title")
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(heading, "Before you begin");
    let items = browser
        .client
        .find_all(Locator::Css(".dimension-list li"))
        .await
        .unwrap();
    let sections = questionnaire::sections();
    assert_eq!(items.len(), sections.len());
    let first = items[0].text().await.unwrap();
    assert!(first.contains("Quick start"), "first item: {first}");
    assert!(
        first.contains(&format!("{} questions", QUICK_START.len())),
        "{first}"
    );

    session.finish().await;
}

#[tokio::test]
#[ignore = "needs dist/ and ChromeDriver: run scripts/test.sh"]
async fn landing_page_fits_a_phone_without_horizontal_scrolling() {
    let server = StaticServer::start(&dist_dir(), "/");
    let browser = Browser::start(800, 800).await;
    browser.emulate_phone(360, 780).await;
    browser.client.goto(&server.base_url).await.unwrap();
    browser.wait_for("main h1").await;
    let width = browser
        .client
        .execute("return window.innerWidth;", vec![])
        .await
        .unwrap();
    assert_eq!(width.as_i64(), Some(360), "phone emulation did not apply");

    let overflow = browser
        .client
        .execute(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        overflow.as_i64(),
        Some(0),
        "page scrolls sideways at 360 px"
    );
    browser.screenshot("landing-phone").await;
    browser.emulate_color_scheme("dark").await;
    browser.screenshot("landing-phone-dark").await;

    browser.assert_no_console_errors().await;
    browser.close().await;
}

/// The start button's box, and the height of the screen.
const START_BOX: &str = "const b = document.querySelector('.hero .actions .button').getBoundingClientRect(); \
     return [b.bottom, window.innerHeight, document.querySelector('.hero .actions .button').textContent.trim()];";

#[tokio::test]
#[ignore = "needs dist/ and ChromeDriver: run scripts/test.sh"]
async fn start_is_above_the_fold_on_a_phone_and_a_returning_person_sees_continue_first() {
    let server = StaticServer::start(&dist_dir(), "/");
    let browser = Browser::start(800, 900).await;
    browser.emulate_phone(390, 844).await;
    browser.client.goto(&server.base_url).await.unwrap();
    browser.wait_for("main h1").await;
    let start = browser.js(START_BOX).await;
    assert_eq!(start[2], "Start the assessment");
    assert!(
        start[0].as_f64().unwrap() <= start[1].as_f64().unwrap(),
        "Start ends at {} px on a {} px screen",
        start[0],
        start[1]
    );
    let sources = browser.text_of(".sources").await;
    assert!(sources.contains("DORA 2024"), "{sources}");
    for model in devops_maturity::core::rules::crosswalk::MODELS {
        assert!(sources.contains(model), "{model} in {sources}");
    }
    browser.screenshot("landing-390x844").await;

    // Someone who has begun sees Continue first, also above the fold.
    browser.click_button("Start the assessment").await;
    browser.click_button("Begin the quick start").await;
    browser
        .js("document.querySelector('input[name=\"org.product_engineers\"]').click(); return true;")
        .await;
    browser
        .js("document.querySelector('.brand').click(); return true;")
        .await;
    browser.wait_for(".resume-line").await;
    let resume = browser.js(START_BOX).await;
    assert_eq!(resume[2], "Continue the assessment");
    assert!(resume[0].as_f64().unwrap() <= resume[1].as_f64().unwrap());
    browser.screenshot("landing-390x844-returning").await;
    browser.assert_no_console_errors().await;
    browser.close().await;
}
