//! The organisation view (issue 24), in Chromium against the release build:
//! its own binary for `#/org`, the sample organisation, files of every kind,
//! filters and sorting, the drill-down into a team's result, outputs, the
//! roll-up kept in IndexedDB until it is forgotten, and the offline file.

use crate::support::org_files::{files_in, pick_files, sample_folder};
use crate::support::{browser::Browser, dist_dir, server::StaticServer};
use devops_maturity::core::formats::{export, permalink, rollup};
use devops_maturity::core::model::saved_state::{Assessment, STORAGE_KEY};
use devops_maturity::core::rules::org::{self, sample};
use serde_json::json;

/// Opens the view and waits for it.
async fn open_org(browser: &Browser, base: &str) {
    browser.open_afresh(&format!("{base}#/org")).await;
    browser.wait_for("#org-inputs-title").await;
}

async fn try_sample(browser: &Browser) {
    browser.click_button("Try with a sample organisation").await;
    browser.wait_for("#org-summary-title").await;
}

fn pages(pdf: &[u8]) -> usize {
    pdf.windows(b"/Type /Page\n".len())
        .filter(|w| w.starts_with(b"/Type /Page") && !w.starts_with(b"/Type /Pages"))
        .count()
}

#[tokio::test]
#[ignore = "needs dist/ and ChromeDriver: run scripts/test.sh"]
async fn the_sample_organisation_at_phone_and_desktop_widths() {
    let server = StaticServer::start(&dist_dir(), "/");
    let browser = Browser::start(1280, 900).await;
    open_org(&browser, &server.base_url).await;
    try_sample(&browser).await;
    let title = browser.text_of("#org-summary-title").await;
    assert_eq!(title, "40 teams");
    browser.screenshot_full_page("org-1280").await;
    browser.screenshot("org-1280-first-screen").await;
    for scheme in ["light", "dark"] {
        browser.emulate_color_scheme(scheme).await;
        for width in [360, 390] {
            browser.emulate_phone(width, 800).await;
            browser.js("return true;").await;
            browser.screenshot(&format!("org-{width}-{scheme}")).await;
            browser
                .screenshot_full_page(&format!("org-{width}-{scheme}-full"))
                .await;
            let wide = browser
                .js("return document.documentElement.scrollWidth;")
                .await;
            assert!(
                wide.as_u64().unwrap() <= u64::from(width),
                "{wide} px wide at {width}"
            );
            // On a phone the areas' spread comes before the teams.
            let order = browser
                .js(
                    "const y = (s) => document.querySelector(s).getBoundingClientRect().top; \
                     return y('.org-areas') < y('.org-heat');",
                )
                .await;
            assert_eq!(order, json!(true), "areas first at {width}");
        }
    }
    browser.assert_no_console_errors().await;
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and ChromeDriver: run scripts/test.sh"]
async fn filters_sorting_groups_and_the_keyboard() {
    let server = StaticServer::start(&dist_dir(), "/");
    let browser = Browser::start(1280, 900).await;
    open_org(&browser, &server.base_url).await;
    try_sample(&browser).await;
    let count = || browser.text_of(".heat-count");
    assert_eq!(count().await, "40 of 40 teams");
    // Sorted by headline, highest first; teams without a verdict last.
    browser.click_button("Level").await;
    let levels = browser
        .js("return [...document.querySelectorAll('.org-table tr.team-row:not([hidden])')].map(r => r.cells[2].textContent);")
        .await;
    assert_eq!(levels.as_array().unwrap().len(), 40);
    let sorted = browser
        .js("return document.querySelector('th[aria-sort=descending]').textContent;")
        .await;
    assert!(sorted.as_str().unwrap().starts_with("Level"), "{sorted}");
    // A path filter keeps that group only.
    browser
        .js(
            "const s = document.querySelector('.org-filters select'); s.value = 'Payments'; \
             s.dispatchEvent(new Event('change')); return true;",
        )
        .await;
    let groups = browser
        .js("return [...document.querySelectorAll('tr.group-row:not([hidden]) .group-toggle')].map(b => b.textContent);")
        .await;
    assert!(
        groups
            .as_array()
            .unwrap()
            .iter()
            .all(|g| g.as_str().unwrap().contains("Payments")),
        "{groups}"
    );
    let shown = count().await;
    assert!(
        shown.ends_with("of 40 teams") && shown != "40 of 40 teams",
        "{shown}"
    );
    // A group collapses and opens again.
    let rows = "return document.querySelectorAll('tr.team-row:not([hidden])').length;";
    let before = browser.js(rows).await.as_u64().unwrap();
    let toggle = "document.querySelector('tr.group-row:not([hidden]) .group-toggle')";
    browser.js(&format!("{toggle}.click(); return true;")).await;
    assert!(browser.js(rows).await.as_u64().unwrap() < before);
    assert_eq!(
        browser
            .js(&format!("return {toggle}.getAttribute('aria-expanded');"))
            .await,
        json!("false")
    );
    browser.js(&format!("{toggle}.click(); return true;")).await;
    assert_eq!(browser.js(rows).await.as_u64().unwrap(), before);
    // Arrow keys move across the cells.
    browser
        .js("document.querySelector('tr.team-row:not([hidden]) th button').focus(); return true;")
        .await;
    browser.press(fantoccini::key::Key::Right).await;
    browser.press(fantoccini::key::Key::Right).await;
    let focused = browser
        .js("const c = document.activeElement.closest('td'); return c ? c.cellIndex : -1;")
        .await;
    assert_eq!(focused, json!(2));
    // A team opens its results; a person's link opens the full result in the
    // app, and back returns to the view, reopened from what this browser kept.
    browser
        .js("document.querySelector('tr.team-row:not([hidden]) th button').click(); return true;")
        .await;
    browser.wait_for("#org-team-title").await;
    let link = browser
        .js("return document.querySelector('.people-list a').getAttribute('href');")
        .await;
    assert!(link.as_str().unwrap().starts_with("#r="), "{link}");
    browser
        .js("document.querySelector('.people-list a').click(); return true;")
        .await;
    browser
        .wait_until(
            "the shared result",
            "return !!document.querySelector('#shared-title, .shared-banner');",
        )
        .await;
    let opened = browser
        .js("return document.body.textContent.includes('Payments');")
        .await;
    assert_eq!(opened, json!(true), "the team's path travels in the link");
    browser.client.back().await.unwrap();
    browser
        .wait_until(
            "the view again",
            "return !!document.querySelector('#org-summary-title');",
        )
        .await;
    assert_eq!(browser.text_of("#org-summary-title").await, "40 teams");
    // The name in the header leads back to the app's start page.
    browser
        .js("document.querySelector('.brand').click(); return true;")
        .await;
    browser
        .wait_until(
            "the start page",
            "return !!document.querySelector('#landing-title');",
        )
        .await;
    browser.assert_no_console_errors().await;
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and ChromeDriver: run scripts/test.sh"]
async fn files_of_every_kind_load_and_bad_ones_are_listed_while_nothing_stored_changes() {
    let server = StaticServer::start(&dist_dir(), "/");
    let browser = Browser::start(1280, 900).await;
    crate::routes::seed(&browser, &server.base_url).await;
    let stored_before = browser
        .js(&format!("return localStorage.getItem({STORAGE_KEY:?});"))
        .await;
    let dir = sample_folder("mixed", 12, 5);
    // Hostile and foreign inputs beside them.
    let deep = "Level/".repeat(50);
    let mut named = Assessment::new("x-1".into(), "<img src=x onerror=alert(1)>".into(), 1.7e12);
    named.belonging =
        devops_maturity::core::model::belonging::Belonging::new("<script>alert(1)</script>", &deep);
    std::fs::write(
        dir.join("markup.json"),
        export::export(&named, 1.7e12).to_string(),
    )
    .unwrap();
    let mut other_path = Assessment::new("x-2".into(), "Other".into(), 1.7e12);
    other_path.belonging = devops_maturity::core::model::belonging::Belonging::new(
        "<script>alert(1)</script>",
        "Elsewhere",
    );
    std::fs::write(
        dir.join("same-team-elsewhere.json"),
        export::export(&other_path, 1.7e12).to_string(),
    )
    .unwrap();
    std::fs::write(dir.join("broken.json"), "{\"format\":").unwrap();
    std::fs::write(
        dir.join("future.json"),
        export::export(&named, 1.7e12)
            .to_string()
            .replace("\"bank_revision\":3", "\"bank_revision\":99"),
    )
    .unwrap();
    std::fs::write(dir.join("dsomm.json"), "{\"format\":\"dsomm\"}").unwrap();
    std::fs::write(
        dir.join("photo.png"),
        [0x89u8, 0x50, 0x4e, 0x47, 0xff, 0xfe],
    )
    .unwrap();
    std::fs::write(
        dir.join("links.txt"),
        format!(
            "https://example.org/#{}\nnot a link\n",
            permalink::encode_with(
                &devops_maturity::core::rules::org::sample::answers(
                    &mut sample::Random::new(3),
                    3,
                    false
                ),
                Some("Lin"),
                &devops_maturity::core::model::belonging::Belonging::new("Linked", "Retail / Web")
            )
        ),
    )
    .unwrap();
    open_org(&browser, &server.base_url).await;
    pick_files(&browser, &files_in(&dir)).await;
    browser.wait_for("#org-summary-title").await;
    browser
        .wait_until(
            "every file read",
            "return !document.querySelector('.notices').textContent.includes('Reading');",
        )
        .await;
    let refused = browser
        .js("return [...document.querySelectorAll('.refused-list li strong')].map(s => s.textContent).sort();")
        .await;
    assert_eq!(
        refused,
        json!([
            "broken.json",
            "dsomm.json",
            "future.json",
            "links.txt, line 2",
            "photo.png"
        ])
    );
    let reasons = browser
        .js("return document.querySelector('.refused-list').textContent;")
        .await;
    assert!(
        reasons.as_str().unwrap().contains("revision 99"),
        "{reasons}"
    );
    // 12 sample teams, the linked one, and the markup team under two paths.
    assert_eq!(browser.text_of("#org-summary-title").await, "15 teams");
    let notes = browser
        .js("return document.querySelector('.org-notes').textContent;")
        .await;
    assert!(
        notes.as_str().unwrap().contains("is under 2 paths"),
        "{notes}"
    );
    // Markup stays text: no element was made from it.
    let injected = browser
        .js("return document.querySelectorAll('main script, main img').length;")
        .await;
    assert_eq!(injected, json!(0));
    let shown = browser
        .js("return document.body.textContent.includes('<script>alert(1)</script>');")
        .await;
    assert_eq!(shown, json!(true));
    browser.screenshot_full_page("org-refused-1280").await;
    let stored_after = browser
        .js(&format!("return localStorage.getItem({STORAGE_KEY:?});"))
        .await;
    assert_eq!(
        stored_before, stored_after,
        "the person's own assessments are untouched"
    );
    browser.assert_no_console_errors().await;
    browser.close().await;
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test]
#[ignore = "needs dist/ and ChromeDriver: run scripts/test.sh"]
async fn outputs_reopen_the_view_and_forgetting_empties_it() {
    let server = StaticServer::start(&dist_dir(), "/");
    let browser = Browser::start(1280, 900).await;
    open_org(&browser, &server.base_url).await;
    try_sample(&browser).await;
    browser.wait_until("kept", "return document.querySelector('.kept').textContent.startsWith('Kept in this browser');").await;
    // CSV: one row per team shown; the roll-up file validates and reopens.
    browser.click_button("Download CSV").await;
    let csv = std::fs::read_to_string(browser.downloaded(".csv").await).unwrap();
    assert_eq!(csv.lines().count(), 41, "{csv}");
    assert!(csv.starts_with("path,team,date,headline,band,"));
    browser.click_button("Download the roll-up file").await;
    let file = browser.downloaded(".json").await;
    let text = std::fs::read_to_string(&file).unwrap();
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    let schema: serde_json::Value =
        serde_json::from_str(include_str!("../../schema/org-v1.schema.json")).unwrap();
    assert!(jsonschema::validator_for(&schema).unwrap().is_valid(&value));
    assert_eq!(value["summary"]["teams"], 40);
    assert!(rollup::is_rollup(&value));
    // The print: the executive report in at most six pages.
    browser.emulate_media("print").await;
    let pdf = browser.print_pdf("org-report").await;
    browser.emulate_media("").await;
    let count = pages(&pdf);
    assert!((1..=6).contains(&count), "{count} pages");
    // Kept: a reload reopens it.
    browser.client.refresh().await.unwrap();
    browser.wait_for("#org-summary-title").await;
    assert_eq!(browser.text_of("#org-summary-title").await, "40 teams");
    // Forgotten: empty now and after a reload.
    browser.click_button("Forget this organisation").await;
    browser.click_button("Yes, forget it").await;
    browser
        .wait_until(
            "forgotten",
            "return !document.querySelector('#org-summary-title');",
        )
        .await;
    browser.client.refresh().await.unwrap();
    browser.wait_for("#org-inputs-title").await;
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    assert_eq!(
        browser
            .js("return !!document.querySelector('#org-summary-title');")
            .await,
        json!(false)
    );
    // The roll-up file reopens the same view.
    pick_files(&browser, file.to_str().unwrap()).await;
    browser.wait_for("#org-summary-title").await;
    assert_eq!(browser.text_of("#org-summary-title").await, "40 teams");
    browser.assert_no_console_errors().await;
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and ChromeDriver: run scripts/test.sh"]
async fn five_hundred_teams_from_a_folder_and_two_dates() {
    let server = StaticServer::start(&dist_dir(), "/");
    let browser = Browser::start(1280, 900).await;
    let now = sample_folder("500", 500, 11);
    let then = std::env::temp_dir().join(format!(
        "devops-maturity-org-500-then-{}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&then);
    std::fs::create_dir_all(&then).unwrap();
    // The same teams four months before: an earlier folder.
    for entry in std::fs::read_dir(&now).unwrap().take(100) {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let mut value: serde_json::Value = serde_json::from_str(&text).unwrap();
        for field in ["created", "updated", "exported"] {
            if value.get(field).is_some() {
                value[field] = json!("2025-12-01T00:00:00.000Z");
            }
        }
        if let Some(id) = value.get("id").and_then(|v| v.as_str()) {
            value["id"] = json!(format!("{id}-then"));
        }
        std::fs::write(then.join(path.file_name().unwrap()), value.to_string()).unwrap();
    }
    open_org(&browser, &server.base_url).await;
    pick_files(&browser, &files_in(&now)).await;
    browser.wait_for("#org-summary-title").await;
    assert_eq!(browser.text_of("#org-summary-title").await, "500 teams");
    pick_files(&browser, &files_in(&then)).await;
    browser
        .wait_until(
            "the second folder",
            "return document.querySelector('.org-changes table') !== null;",
        )
        .await;
    let changes = browser.text_of(".org-changes p").await;
    assert!(
        changes.starts_with("100 teams have results from two dates"),
        "{changes}"
    );
    assert_eq!(browser.text_of("#org-summary-title").await, "500 teams");
    // Print stays within six pages at 500 teams.
    browser.emulate_media("print").await;
    let pdf = browser.print_pdf("org-report-500").await;
    browser.emulate_media("").await;
    assert!((1..=6).contains(&pages(&pdf)), "{} pages", pages(&pdf));
    browser.assert_no_console_errors().await;
    browser.close().await;
    let _ = std::fs::remove_dir_all(&now);
    let _ = std::fs::remove_dir_all(&then);
}

#[tokio::test]
#[ignore = "needs dist/ and ChromeDriver: run scripts/test.sh"]
async fn a_team_set_before_the_questions_travels_into_the_view() {
    let server = StaticServer::start(&dist_dir(), "/");
    let browser = Browser::start(390, 844).await;
    browser
        .open_afresh(&format!("{}#/questions", server.base_url))
        .await;
    browser.wait_for("#before-team").await;
    browser.js("const t = document.querySelector('#before-team'); t.value = 'Checkout'; t.dispatchEvent(new Event('change')); \
                const p = document.querySelector('#before-path'); p.value = 'Payments/ Web '; p.dispatchEvent(new Event('change')); return true;").await;
    browser
        .wait_until(
            "cleaned",
            "return document.querySelector('#before-path').value === 'Payments / Web';",
        )
        .await;
    browser
        .open_afresh(&format!("{}#/results", server.base_url))
        .await;
    browser.wait_for("#results-team").await;
    assert_eq!(
        browser
            .js("return document.querySelector('#results-team').value;")
            .await,
        json!("Checkout")
    );
    let link = browser
        .js("return document.querySelector('input.share-link').value;")
        .await;
    let fragment = link
        .as_str()
        .unwrap()
        .split('#')
        .nth(1)
        .unwrap()
        .to_string();
    let shared = permalink::decode(&fragment).unwrap();
    assert_eq!(shared.belonging.team, "Checkout");
    assert_eq!(shared.belonging.path_text(), "Payments / Web");
    // The team page leads to the view, which reads the link.
    browser
        .open_afresh(&format!("{}#/team", server.base_url))
        .await;
    browser.wait_for(".org-link a").await.click().await.unwrap();
    browser
        .wait_for("#org-links")
        .await
        .send_keys(link.as_str().unwrap())
        .await
        .unwrap();
    browser.click_button("Add links").await;
    browser.wait_for("#org-summary-title").await;
    let group = browser.text_of(".group-toggle").await;
    assert!(group.contains("Payments / Web"), "{group}");
    browser.assert_no_console_errors().await;
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and geckodriver: run scripts/test.sh"]
async fn the_offline_file_opens_the_view_in_firefox_and_chromium() {
    let url = format!(
        "file://{}#/org",
        dist_dir().join("devops-maturity-offline.html").display()
    );
    for browser in [
        Browser::start_firefox().await,
        Browser::start(1280, 900).await,
    ] {
        browser.client.goto(&url).await.unwrap();
        browser.wait_for("#org-inputs-title").await;
        try_sample(&browser).await;
        assert_eq!(browser.text_of("#org-summary-title").await, "40 teams");
        // The app is in the same file: another address starts it.
        browser
            .js("location.hash = '#/questions'; return true;")
            .await;
        browser
            .wait_until(
                "the app",
                "return !!document.querySelector('#overview-title');",
            )
            .await;
        browser.close().await;
    }
}

/// The sample and the folder helper agree with the core's own roll-up.
#[test]
fn a_sample_folder_holds_one_file_per_team() {
    let dir = sample_folder("count", 7, 2);
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 7);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(org::build(sample::members(7, 2, 0.0)).teams.len(), 7);
}

#[tokio::test]
#[ignore = "needs dist/ and ChromeDriver: run scripts/test.sh"]
async fn a_folder_of_five_thousand_files_keeps_the_view_working() {
    let server = StaticServer::start(&dist_dir(), "/");
    let browser = Browser::start(1280, 900).await;
    // One export written again under 5,000 ids and team names: cheap to
    // make, and each a team of its own.
    let mut one = Assessment::new("x".into(), "Lead".into(), 1.79e12);
    one.answers = sample::answers(&mut sample::Random::new(8), 3, false);
    let template = export::export(&one, 1.79e12);
    let dir = std::env::temp_dir().join(format!("devops-maturity-org-5000-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for i in 0..5_000 {
        let mut copy = template.clone();
        copy["id"] = json!(format!("copy-{i}"));
        copy["team"] = json!(format!("Team {i}"));
        copy["org_path"] = json!(format!("Division {} / Group {}", i % 7, i % 31));
        std::fs::write(dir.join(format!("{i:05}.json")), copy.to_string()).unwrap();
    }
    open_org(&browser, &server.base_url).await;
    // The whole folder, as "Choose a folder…" picks it.
    browser
        .wait_for("#org-folder")
        .await
        .send_keys(dir.to_str().unwrap())
        .await
        .unwrap();
    browser
        .wait_until_for(
            "5,000 teams",
            "const t = document.querySelector('#org-summary-title'); return !!t && t.textContent === '5000 teams';",
            180,
        )
        .await;
    // Still working: a filter and a sort answer, and the groups open.
    browser
        .js(
            "const s = document.querySelector('.org-filters select'); s.value = 'Division 3'; \
             s.dispatchEvent(new Event('change')); return true;",
        )
        .await;
    browser.wait_until("filtered", "return document.querySelector('.heat-count').textContent.endsWith('of 5000 teams') && !document.querySelector('.heat-count').textContent.startsWith('5000 ');").await;
    browser.js("document.querySelector('tr.group-row:not([hidden]) .group-toggle').click(); return true;").await;
    browser
        .wait_until(
            "a group open",
            "return document.querySelectorAll('tr.team-row:not([hidden])').length > 0;",
        )
        .await;
    browser.assert_no_console_errors().await;
    browser.close().await;
    let _ = std::fs::remove_dir_all(&dir);
}
