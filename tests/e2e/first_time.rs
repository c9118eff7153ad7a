//! What a first-time user touches (issue 23): unknown addresses, the
//! keyboard badges with a mouse, names that tell things apart, the team
//! page's length and legend, the printed report, the shared result's first
//! screen on a small phone and the offline file's links.

use crate::calibration_set::by_id;
use crate::routes::seed;
use crate::support::{browser::Browser, dist_dir, server::StaticServer};
use devops_maturity::core::formats::{permalink, team_link};
use devops_maturity::core::model::bank::{self, questionnaire};
use devops_maturity::core::model::saved_state::{Store, STORAGE_KEY};
use devops_maturity::core::model::{product, progress};
use devops_maturity::core::rules::team;
use serde_json::json;

#[tokio::test]
#[ignore = "needs dist/ and ChromeDriver: run scripts/test.sh"]
async fn an_unknown_address_says_no_such_page_and_any_case_opens_its_screen() {
    let server = StaticServer::start(&dist_dir(), "/");
    let browser = Browser::start(390, 844).await;
    seed(&browser, &server.base_url).await;
    for address in ["#/nope", "#/questions/nope"] {
        browser
            .open_afresh(&format!("{}{address}", server.base_url))
            .await;
        browser.wait_for("#missing-title").await;
        let shown = browser
            .js(
                "return [location.hash, document.querySelector('.no-such-page code').textContent, \
                 [...document.querySelectorAll('.main-screens a')].map(a => a.textContent)];",
            )
            .await;
        assert_eq!(
            shown,
            json!([
                address,
                address,
                [
                    "Start page",
                    "Questions",
                    "Results",
                    "Team",
                    "Your assessments"
                ]
            ]),
            "opened fresh at {address}"
        );
    }
    browser.screenshot("no-such-page-390").await;
    // Any case opens the screen, under its own spelling.
    browser
        .open_afresh(&format!("{}#/Results", server.base_url))
        .await;
    browser.wait_for("#results-title").await;
    assert_eq!(browser.js("return location.hash;").await, "#/results");
    // Typed in while on a screen.
    browser.js("location.hash = '#/nope'; return true;").await;
    browser.wait_for("#missing-title").await;
    assert_eq!(browser.js("return location.hash;").await, "#/nope");
    // Its links lead on, and back returns to the address as typed.
    browser
        .js("[...document.querySelectorAll('.main-screens a')].find(a => a.textContent === 'Team').click(); return true;")
        .await;
    browser.wait_for("#team-title").await;
    assert_eq!(browser.js("return location.hash;").await, "#/team");
    browser.client.back().await.unwrap();
    browser.wait_for("#missing-title").await;
    browser.assert_no_console_errors().await;
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and ChromeDriver: run scripts/test.sh"]
async fn with_a_mouse_the_answers_digit_badges_are_full_size() {
    let server = StaticServer::start(&dist_dir(), "/");
    let browser = Browser::start_with_mouse(1280, 800).await;
    for scheme in ["light", "dark"] {
        browser.emulate_color_scheme(scheme).await;
        browser
            .open_afresh(&format!("{}#/questions/quick", server.base_url))
            .await;
        browser.wait_for("#section-title").await;
        // Every badge is a box a digit fits in (the chart legend's line
        // samples once flattened them to 2 px).
        let badges = browser
            .js(
                "const keys = [...document.querySelectorAll('.choice .key')]; \
                 return [matchMedia('(pointer: fine)').matches, keys.length > 20, \
                 keys.filter(k => { const r = k.getBoundingClientRect(); \
                   return r.width < 16 || r.height < 16; }).map(k => k.textContent)];",
            )
            .await;
        assert_eq!(badges, json!([true, true, []]), "{scheme}");
        browser
            .screenshot(&format!("badges-fine-pointer-1280-{scheme}"))
            .await;
    }
    browser.close().await;
}

/// Puts a saved state in local storage, then opens `route` afresh.
async fn open_with_store(browser: &Browser, server: &StaticServer, store: &Store, route: &str) {
    browser.client.goto(&server.base_url).await.unwrap();
    browser.wait_for("main h1").await;
    let encoded = store.encode();
    browser
        .js(&format!(
            "localStorage.setItem({STORAGE_KEY:?}, {encoded:?}); return true;"
        ))
        .await;
    browser
        .open_afresh(&format!("{}{route}", server.base_url))
        .await;
}

/// 2026-11-30 12:14:00 UTC.
const NOON: f64 = 1_796_040_840_000.0;

/// Every question answered (its first answer), or only the quick start's.
fn answered_store(only_quick_start: bool) -> Store {
    let mut store = Store::fresh(NOON);
    for question in bank::questions() {
        if only_quick_start && !questionnaire::is_quick_start(question.id) {
            continue;
        }
        let choice = question.choices()[0].id;
        let mut answers = store.current().answers.clone();
        answers.set_by_id(question.id, choice).unwrap();
        let answer = answers.get(question.id);
        store.set_answer(question.id, answer, NOON);
    }
    store
}

#[tokio::test]
#[ignore = "needs dist/ and ChromeDriver: run scripts/test.sh"]
async fn imports_and_snapshots_of_the_same_minute_get_names_that_tell_them_apart() {
    let server = StaticServer::start(&dist_dir(), "/");
    let browser = Browser::start(1280, 900).await;
    let mut store = answered_store(true);
    store.take_snapshot(NOON + 5_000.0);
    store.take_snapshot(NOON + 41_000.0);
    open_with_store(&browser, &server, &store, "#/history").await;
    browser.wait_for(".snapshot-list").await;
    let snapshots = browser
        .js("return [...document.querySelectorAll('.snapshot-list li > span')].map(s => s.textContent);")
        .await;
    assert_eq!(
        snapshots,
        json!(["2026-11-30 12:14:41 UTC", "2026-11-30 12:14:05 UTC"])
    );

    // The same export imported twice: three names, none the same.
    browser.click_button("Results").await;
    browser.wait_for("#results-title").await;
    browser.click_button("Download JSON").await;
    let file = browser.downloaded(".json").await;
    let day = devops_maturity::core::support::time::day_month(
        browser.js("return Date.now();").await.as_f64().unwrap(),
    );
    for expected in [
        format!("My assessment (imported {day})"),
        format!("My assessment (imported {day}, 2)"),
    ] {
        browser.click_button("Your assessments").await;
        browser
            .wait_for("#import-file")
            .await
            .send_keys(file.to_str().unwrap())
            .await
            .unwrap();
        browser.wait_for("#results-title").await;
        let notice = browser.text_of(".notice").await;
        assert!(notice.contains(&format!("“{expected}”")), "{notice}");
    }
    browser.click_button("Your assessments").await;
    browser.wait_for("#assessments-title").await;
    let names = browser
        .js("return [...document.querySelectorAll('.assessment-card h2')].map(h => h.textContent);")
        .await;
    assert_eq!(
        names,
        json!([
            "My assessment",
            format!("My assessment (imported {day})"),
            format!("My assessment (imported {day}, 2)"),
        ])
    );
    // Compare's options: each says what it is, and none is listed twice.
    browser
        .open_afresh(&format!("{}#/compare", server.base_url))
        .await;
    browser.wait_for("select").await;
    let options: Vec<String> = serde_json::from_value(
        browser
            .js("return [...document.querySelector('select').options].map(o => o.textContent);")
            .await,
    )
    .unwrap();
    let mut unique = options.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), options.len(), "{options:?}");
    assert!(options.contains(&"My assessment: snapshot of 2026-11-30 12:14:05 UTC".to_string()));
    assert!(options.contains(&format!("My assessment (imported {day}) (current answers)")));
    browser.assert_no_console_errors().await;
    browser.close().await;
}

/// The relative luminance of a computed `rgb(…)` colour.
const LUMINANCE: &str =
    "const lum = c => { const [r, g, b] = c.match(/\\d+/g).slice(0, 3).map(v => { \
    v = v / 255; return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }); \
    return 0.2126 * r + 0.7152 * g + 0.0722 * b; };";

#[tokio::test]
#[ignore = "needs dist/ and ChromeDriver: run scripts/test.sh"]
async fn the_team_page_is_short_on_a_phone_and_its_colours_darken_with_the_level() {
    let server = StaticServer::start(&dist_dir(), "/");
    let browser = Browser::start(1280, 900).await;
    let people = crate::team::five_people();
    let report = team::aggregate(&people);
    let mut store = Store::fresh(NOON);
    store.set_team(Some(team_link::encode(&people)));
    open_with_store(&browser, &server, &store, "#/team").await;
    browser.wait_for(".team-levels").await;
    for (width, height) in [(360, 740), (390, 844), (1280, 800)] {
        browser.emulate_phone(width, height).await;
        for scheme in ["light", "dark"] {
            browser.emulate_color_scheme(scheme).await;
            browser
                .open_afresh(&format!("{}#/team", server.base_url))
                .await;
            browser.wait_for(".team-levels").await;
            let shown = browser
                .js(&format!("{LUMINANCE} \
                     const swatches = [1, 2, 3, 4, 5].map(l => lum(getComputedStyle(document.querySelector('.heat-chip.heat-' + l)).backgroundColor)); \
                     const heads = [...document.querySelectorAll('.team-levels th.person')]; \
                     const open = [...document.querySelectorAll('.disagreement-list > li')].filter(li => li.checkVisibility()); \
                     return {{ darker_is_lower: swatches.every((l, i) => i === 0 || l > swatches[i - 1]), \
                              one_line_heads: heads.every(h => h.getBoundingClientRect().height < 40), \
                              heads: heads.map(h => h.querySelector('[aria-hidden]').textContent), \
                              caption_shows_what_is_there: !/Lowest|Highest/.test(document.querySelector('.team-levels caption').textContent), \
                              mark_explained: document.querySelector('.heat-legend').textContent.includes('•'), \
                              disagreements_open: open.length, \
                              wider_than_screen: document.documentElement.scrollWidth > innerWidth, \
                              height: document.documentElement.scrollHeight }};"))
                .await;
            browser
                .screenshot_full_page(&format!("team-{width}-{scheme}"))
                .await;
            let page_height = shown["height"].as_f64().unwrap();
            println!("team page at {width}×{height} {scheme}: {page_height} px");
            let mut without_height = shown.clone();
            without_height.as_object_mut().unwrap().remove("height");
            assert_eq!(
                without_height,
                json!({
                    "darker_is_lower": true,
                    "one_line_heads": true,
                    "heads": ["P1", "P2", "P3", "P4", "P5"],
                    "caption_shows_what_is_there": true,
                    "mark_explained": true,
                    "disagreements_open": 5.min(report.disagreements.len()),
                    "wider_than_screen": false,
                }),
                "at {width} px, {scheme}"
            );
            // It was 15,681 px on a phone: about 19 screens; now about 7
            // with five people and 44 disagreements.
            assert!(page_height < 6_000.0, "{page_height} px at {width} px");
        }
    }
    // The rest are one tap away.
    browser
        .js("document.querySelector('.more-disagreements summary').click(); return true;")
        .await;
    let all_open = browser
        .js("return [...document.querySelectorAll('.disagreement-list > li')].filter(li => li.checkVisibility()).length;")
        .await;
    assert_eq!(all_open, json!(report.disagreements.len()));
    browser.assert_no_console_errors().await;
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and ChromeDriver: run scripts/test.sh"]
async fn the_printed_report_fills_page_one_and_keeps_headings_with_their_content() {
    let server = StaticServer::start(&dist_dir(), "/");
    let browser = Browser::start(1280, 900).await;
    crate::routes::seed(&browser, &server.base_url).await;
    browser
        .open_afresh(&format!("{}#/results", server.base_url))
        .await;
    browser.wait_for("#overall-title").await;
    browser
        .js("window.dispatchEvent(new Event('beforeprint')); return true;")
        .await;
    browser.print_pdf("report-first-time").await;
    // Laid out as on paper: A4 less 12 mm margins is 186 × 273 mm.
    let (page_width, page_height) = (186.0 / 25.4 * 96.0, 273.0 / 25.4 * 96.0);
    browser
        .emulate_phone(page_width as u32, page_height as u32)
        .await;
    browser.emulate_media("print").await;
    let laid_out = browser
        .js("const top = el => el.getBoundingClientRect().top + scrollY; \
             const bottom = el => el.getBoundingClientRect().bottom + scrollY; \
             const start = top(document.querySelector('.results-head')); \
             const shown = el => el && getComputedStyle(el).display !== 'none' && el.getBoundingClientRect().height > 0; \
             const headings = [...document.querySelectorAll('main h2, main h3, main h4')].filter(shown); \
             return { chart_end: bottom(document.querySelector('#profile .profile-grid')) - start, \
                      bare_headings: headings.filter(h => { \
                        let next = h.nextElementSibling; \
                        while (next && !shown(next)) next = next.nextElementSibling; \
                        return !next && !shown(h.parentElement.nextElementSibling) && h.parentElement.children.length === 1; \
                      }).map(h => h.textContent) };")
        .await;
    browser.emulate_media("").await;
    let chart_end = laid_out["chart_end"].as_f64().unwrap();
    println!("the chart ends {chart_end:.0} px down page 1 ({page_height:.0} px)");
    assert!(
        chart_end < page_height,
        "the chart and its table are on page 1"
    );
    assert_eq!(
        laid_out["bare_headings"],
        json!([]),
        "a heading with nothing under it"
    );
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and ChromeDriver: run scripts/test.sh"]
async fn a_shared_result_shows_its_level_and_fix_on_the_first_screen_of_a_small_phone() {
    let server = StaticServer::start(&dist_dir(), "/");
    let browser = Browser::start(1280, 900).await;
    let org = by_id("startup_ships_every_merge");
    let link = permalink::encode(&org.answers, Some("Platform team"));
    browser.emulate_phone(360, 740).await;
    for scheme in ["light", "dark"] {
        browser.emulate_color_scheme(scheme).await;
        browser
            .open_afresh(&format!("{}#{link}", server.base_url))
            .await;
        browser.wait_for("#shared-title").await;
        let first_screen = browser
            .js("const r = sel => document.querySelector(sel).getBoundingClientRect(); \
                 const line = parseFloat(getComputedStyle(document.querySelector('.shared-banner')).lineHeight); \
                 return { banner_one_line: r('.shared-banner').height < 2 * line + 12, \
                          level: r('#overall-title').bottom <= innerHeight, \
                          fix: r('#fix-title').bottom <= innerHeight, \
                          buttons_clear_of_card: r('.summary').top - r('.shared-actions').bottom >= 8, \
                          wider_than_screen: document.documentElement.scrollWidth > innerWidth };")
            .await;
        browser
            .screenshot(&format!("shared-first-screen-360-{scheme}"))
            .await;
        assert_eq!(
            first_screen,
            json!({ "banner_one_line": true, "level": true, "fix": true,
                    "buttons_clear_of_card": true, "wider_than_screen": false }),
            "{scheme}"
        );
    }
    browser.assert_no_console_errors().await;
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and ChromeDriver: run scripts/test.sh"]
async fn links_from_the_offline_file_open_elsewhere_or_say_they_cannot() {
    let server = StaticServer::start(&dist_dir(), "/tools/maturity/");
    let browser = Browser::start(1280, 900).await;
    // Downloaded from the hosted app: the file carries its address.
    browser.client.goto(&server.base_url).await.unwrap();
    browser.wait_for("#landing-title").await;
    browser
        .js("document.querySelector('.offline-link').click(); return true;")
        .await;
    let file = browser.downloaded("offline.html").await;
    let html = std::fs::read_to_string(&file).unwrap();
    assert!(
        html.contains(&format!(
            "<meta name=\"devops-maturity-public-url\" content=\"{}\">",
            server.base_url
        )),
        "the downloaded file names where it came from"
    );
    browser
        .open_afresh(&format!("file://{}#/results", file.display()))
        .await;
    let shown = shared_link(&browser).await;
    assert!(
        shown[0]
            .as_str()
            .unwrap()
            .starts_with(&format!("{}#r=", server.base_url)),
        "{shown}"
    );
    assert_eq!(shown[1], false, "no warning when the link opens elsewhere");
    // The file as built, with no address: the link names the file, and the
    // page says so and offers the JSON file.
    let built = dist_dir().join("devops-maturity-offline.html");
    browser
        .open_afresh(&format!("file://{}#/results", built.display()))
        .await;
    let shown = shared_link(&browser).await;
    assert!(shown[0].as_str().unwrap().starts_with("file://"), "{shown}");
    assert_eq!(shown[1], true);
    let warning = browser.text_of(".only-here").await;
    assert!(warning.contains("only on this computer"), "{warning}");
    assert!(warning.contains("JSON"), "{warning}");
    browser.screenshot("offline-only-here-1280").await;
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and ChromeDriver: run scripts/test.sh"]
async fn small_snags_a_first_time_user_meets_are_gone() {
    let server = StaticServer::start(&dist_dir(), "/");
    let browser = Browser::start(1280, 800).await;
    // Everything answered: the start page offers the results first.
    open_with_store(&browser, &server, &answered_store(false), "").await;
    browser.wait_for("#landing-title").await;
    let start = browser
        .js("const b = document.querySelector('.hero .button.primary'); return [b.textContent, b.getAttribute('href')];")
        .await;
    assert_eq!(start, json!(["See results", "#/results"]));
    // The privacy promise once on the start page, and in the footer elsewhere.
    let privacy = format!(
        "return document.body.textContent.split({:?}).length - 1;",
        product::PRIVACY
    );
    assert_eq!(browser.js(&privacy).await, 1);
    browser.click_button("Results").await;
    browser.wait_for("#results-title").await;
    assert_eq!(browser.js(&privacy).await, 1);

    // The quick start only: the provisional result leads on to the next section.
    let mut quick_only = Store::fresh(NOON);
    for (id, answer) in by_id("quick_start_level_three").answers.iter() {
        quick_only.set_answer(id, Some(answer), NOON);
    }
    open_with_store(&browser, &server, &quick_only, "#/results").await;
    browser.wait_for("#overall-title").await;
    let next = &questionnaire::sections()[1];

    let button = browser.text_of(".summary .continue").await;
    assert_eq!(
        button,
        format!("Continue with the next section: {} →", next.name)
    );
    browser
        .js("document.querySelector('.summary .continue').click(); return true;")
        .await;
    browser.wait_for("#section-title").await;
    assert_eq!(
        browser.js("return location.hash;").await,
        format!("#/questions/{}", next.id)
    );

    // Enter on "Next" into a section not begun keeps its heading and
    // progress line in view, on a laptop and a phone; the sidebar's counts
    // stay on one line.
    let sections = questionnaire::sections();
    let answers = answered_store(true).current().answers.clone();
    let (from, to) = (1..sections.len() - 1)
        .map(|i| (&sections[i], &sections[i + 1]))
        .find(|(_, to)| progress::of_section(&answers, to).answered == 0)
        .expect("a section not begun after the quick start");
    for (width, height) in [(1280, 800), (390, 844)] {
        browser.emulate_phone(width, height).await;
        browser
            .open_afresh(&format!("{}#/questions/{}", server.base_url, from.id))
            .await;
        browser.wait_for("#section-title").await;
        // Once the section has focused its first open question (two frames).
        browser
            .js("return new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => \
                 requestAnimationFrame(() => { document.querySelector('.section-actions .button.primary').focus(); done(true); }))));")
            .await;
        browser.press(fantoccini::key::Key::Enter).await;
        browser
            .wait_until(
                "the next section",
                &format!(
                    "return document.querySelector('#section-title')?.textContent === {:?};",
                    to.name
                ),
            )
            .await;
        browser
            .wait_until(
                "focus in its first question",
                "return !!document.activeElement.closest('fieldset.question');",
            )
            .await;
        let view = browser
            .js("const t = document.querySelector('#section-title').getBoundingClientRect(); \
                 const line = document.querySelector('.overall-progress').getBoundingClientRect(); \
                 return { heading: line.top >= 0 && t.bottom <= innerHeight, \
                          counts_one_line: [...document.querySelectorAll('.section-count')] \
                            .every(c => c.getBoundingClientRect().height < 2 * parseFloat(getComputedStyle(c).lineHeight)) };")
            .await;
        browser
            .screenshot(&format!("next-section-by-enter-{width}"))
            .await;
        assert_eq!(
            view,
            json!({ "heading": true, "counts_one_line": true }),
            "at {width} px"
        );
    }
    browser.assert_no_console_errors().await;
    browser.close().await;
}

/// The link the share panel offers, and whether it warns that the link
/// opens only on this computer.
async fn shared_link(browser: &Browser) -> serde_json::Value {
    browser.wait_for(".share-link").await;
    browser
        .js("return [document.querySelector('.share-link').value, !!document.querySelector('.only-here')];")
        .await
}
