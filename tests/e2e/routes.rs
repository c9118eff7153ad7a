//! Screens with addresses, the answer first, every screen fitting every
//! width, and the printed report (issue: results that answer in one screen).

use crate::calibration_set::by_id;
use crate::support::{browser::Browser, dist_dir, server::StaticServer};
use devops_maturity::core::formats::{permalink, team_link};
use devops_maturity::core::model::saved_state::{Store, STORAGE_KEY};
use devops_maturity::core::rules::team::Respondent;
use serde_json::{json, Value};

/// A saved state with a fully answered assessment, two named snapshots and a
/// team of three, so every screen has content.
fn seeded_store() -> String {
    let mut store = Store::fresh(1_763_000_000_000.0);
    let org = by_id("no_canary_40");
    for (id, answer) in org.answers.iter() {
        store.set_answer(id, Some(answer), 1_763_000_000_000.0);
    }
    store.set_answer(
        "ci.short_branches",
        Some(devops_maturity::core::model::answers::Answer::Choice(NO)),
        1.0,
    );
    store.take_snapshot(1_763_100_000_000.0);
    let id = store.current().id.clone();
    store.name_snapshot(
        &id,
        0,
        1_763_100_000_000.0,
        "Before trunk-based development",
    );
    store.set_answer(
        "ci.short_branches",
        Some(devops_maturity::core::model::answers::Answer::Choice(YES)),
        2.0,
    );
    store.take_snapshot(1_763_200_000_000.0);
    let team: Vec<Respondent> = [
        "claims_beat_outcomes",
        "cab_weekly_local_state",
        "manual_legacy",
    ]
    .iter()
    .map(|id| Respondent {
        label: format!("Team {id}"),
        answers: by_id(id).answers,
        revision: 1,
        belonging: Default::default(),
    })
    .collect();
    store.set_team(Some(team_link::encode(&team)));
    store.encode()
}

pub(crate) async fn seed(browser: &Browser, base: &str) {
    browser.client.goto(base).await.unwrap();
    browser.wait_for("main h1").await;
    let store = seeded_store();
    browser
        .js(&format!(
            "localStorage.setItem({STORAGE_KEY:?}, {store:?}); return true;"
        ))
        .await;
}

const NO: u8 = devops_maturity::core::model::bank::NO_INDEX as u8;
const YES: u8 = devops_maturity::core::model::bank::YES_INDEX as u8;

/// Every screen's address, with the element that shows it is drawn.
fn routes() -> Vec<(&'static str, &'static str)> {
    vec![
        ("", "#landing-title"),
        ("#/questions", "main h1"),
        ("#/questions/quick", "#section-title"),
        ("#/questions/ci", "#section-title"),
        ("#/questions/infra", "#section-title"),
        ("#/questions/toil", "#section-title"),
        ("#/review", "#review-title"),
        ("#/results", "#results-title"),
        ("#/team", "#team-title"),
        ("#/history", "main h1"),
        ("#/compare", "main h1"),
        ("#/assessments", "#assessments-title"),
    ]
}

#[tokio::test]
#[ignore = "needs dist/ and ChromeDriver: run scripts/test.sh"]
async fn every_screen_fits_360_390_and_1280_pixels_in_light_and_dark() {
    let server = StaticServer::start(&dist_dir(), "/");
    let browser = Browser::start(1280, 900).await;
    seed(&browser, &server.base_url).await;
    let shared = permalink::encode(&by_id("fast_but_fragile").answers, Some("Ana"));
    let mut routes = routes();
    let shared_route = format!("#{shared}");
    routes.push((&shared_route, ".shared-banner"));
    let mut wide = Vec::new();
    for (width, height) in [(360, 740), (390, 844), (1280, 800)] {
        browser.emulate_phone(width, height).await;
        for scheme in ["light", "dark"] {
            browser.emulate_color_scheme(scheme).await;
            for (route, ready) in &routes {
                browser
                    .open_afresh(&format!("{}{route}", server.base_url))
                    .await;
                browser.wait_for(ready).await;
                // Everything one tap away is measured open too.
                let fits = browser
                    .js(
                        "document.querySelectorAll('details').forEach(d => d.open = true); \
                         const clipped = [...document.querySelectorAll('.table-scroll')] \
                           .filter(t => t.scrollWidth > t.clientWidth + 1) \
                           .map(t => t.querySelector('table')?.className || 'table'); \
                         return [document.documentElement.scrollWidth, window.innerWidth, clipped];",
                    )
                    .await;
                let (scroll, inner) = (fits[0].as_i64().unwrap(), fits[1].as_i64().unwrap());
                if scroll > inner {
                    wide.push(format!("{route} at {width}px {scheme}: {scroll} > {inner}"));
                }
                // Tables fit or reflow: none needs sideways scrolling.
                if fits[2] != json!([]) {
                    wide.push(format!(
                        "{route} at {width}px {scheme}: tables scroll: {}",
                        fits[2]
                    ));
                }
                if scheme == "light" && width == 360 {
                    for target in ["#dora", ".heat-map", ".history-table", "#models"] {
                        let found = browser
                            .js(&format!("const el = document.querySelector({target:?}); if (el) el.scrollIntoView(); return !!el;"))
                            .await;
                        if found == json!(true) {
                            let name = target.trim_start_matches(['#', '.']);
                            browser.screenshot(&format!("table-{name}-360")).await;
                        }
                    }
                }
                if scheme == "light" && (width == 390 || width == 1280) {
                    let name = if route.is_empty() {
                        "landing"
                    } else {
                        route.trim_start_matches("#/")
                    };
                    let name = if name.starts_with("#r=") {
                        "shared"
                    } else {
                        name
                    };
                    browser
                        .screenshot(&format!("route-{}-{width}", name.replace('/', "-")))
                        .await;
                }
            }
        }
    }
    assert!(
        wide.is_empty(),
        "screens wider than the viewport: {wide:#?}"
    );
    browser.assert_no_console_errors().await;
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and ChromeDriver: run scripts/test.sh"]
async fn the_summary_and_share_are_on_the_first_screen_of_a_phone_and_a_laptop() {
    let server = StaticServer::start(&dist_dir(), "/");
    let browser = Browser::start(1280, 900).await;
    seed(&browser, &server.base_url).await;
    for (width, height) in [(390, 844), (1280, 800)] {
        browser.emulate_phone(width, height).await;
        browser
            .open_afresh(&format!("{}#/results", server.base_url))
            .await;
        browser.wait_for("#overall-title").await;
        let visible = browser
            .js("const bottom = sel => document.querySelector(sel).getBoundingClientRect().bottom; \
                 const copy = [...document.querySelectorAll('button')].find(b => b.textContent.trim() === 'Copy link'); \
                 return { summary: bottom('.summary') <= innerHeight, fix: bottom('#fix-title') <= innerHeight, \
                          next: bottom('.summary-next') <= innerHeight, band: bottom('.summary .band') <= innerHeight, \
                          share: copy.getBoundingClientRect().bottom <= innerHeight, scrolled: scrollY };")
            .await;
        assert_eq!(
            visible,
            json!({ "summary": true, "fix": true, "next": true, "band": true, "share": true, "scrolled": 0 }),
            "at {width}×{height}"
        );
        browser.screenshot(&format!("first-screen-{width}")).await;
    }
    browser.close().await;
}

async fn route_now(browser: &Browser) -> Value {
    browser
        .js("return [location.hash, document.querySelector('main h1')?.id || document.querySelector('main h1')?.textContent];")
        .await
}

#[tokio::test]
#[ignore = "needs dist/ and ChromeDriver: run scripts/test.sh"]
async fn back_forward_and_reload_follow_the_screens_addresses() {
    let server = StaticServer::start(&dist_dir(), "/");
    let browser = Browser::start(1280, 900).await;
    seed(&browser, &server.base_url).await;
    browser.client.refresh().await.unwrap();
    browser.wait_for("#landing-title").await;
    for (button, ready) in [
        ("Results", "#results-title"),
        ("Team", "#team-title"),
        ("History", "main h1"),
        ("Your assessments", "#assessments-title"),
    ] {
        browser.click_button(button).await;
        browser.wait_for(ready).await;
    }
    assert_eq!(route_now(&browser).await[0], "#/assessments");
    for expected in ["#/history", "#/team", "#/results", ""] {
        browser.client.back().await.unwrap();
        browser
            .wait_until(expected, &format!("return location.hash === {expected:?};"))
            .await;
    }
    browser.wait_for("#landing-title").await;
    browser.client.forward().await.unwrap();
    browser.wait_for("#results-title").await;
    browser.client.forward().await.unwrap();
    browser.wait_for("#team-title").await;
    // A reload stays on every screen.
    for (route, ready) in routes() {
        browser
            .open_afresh(&format!("{}{route}", server.base_url))
            .await;
        browser.wait_for(ready).await;
        browser.client.refresh().await.unwrap();
        browser.wait_for(ready).await;
        let hash = browser.js("return location.hash;").await;
        assert_eq!(hash, route, "reload on {route:?}");
    }
    browser.assert_no_console_errors().await;
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and ChromeDriver: run scripts/test.sh"]
async fn a_team_link_opens_the_team_view_and_stays_there_after_a_reload() {
    let server = StaticServer::start(&dist_dir(), "/");
    let browser = Browser::start(1280, 900).await;
    let team: Vec<Respondent> = ["claims_beat_outcomes", "manual_legacy"]
        .iter()
        .map(|id| Respondent {
            label: id.to_string(),
            answers: by_id(id).answers,
            revision: 1,
            belonging: Default::default(),
        })
        .collect();
    let link = team_link::encode(&team);
    browser
        .client
        .goto(&format!("{}#{link}", server.base_url))
        .await
        .unwrap();
    browser.wait_for("#team-title").await;
    assert_eq!(browser.js("return location.hash;").await, "#/team");
    browser.client.refresh().await.unwrap();
    browser.wait_for("#team-title").await;
    let people = browser
        .js("return [...document.querySelectorAll('.team-levels thead th.person .visually-hidden')].map(s => s.textContent);")
        .await;
    assert_eq!(
        people,
        json!(["claims_beat_outcomes", "manual_legacy"]),
        "not added twice"
    );
    browser.assert_no_console_errors().await;
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and ChromeDriver: run scripts/test.sh"]
async fn the_printed_report_is_at_most_five_pages_with_no_form_controls() {
    let server = StaticServer::start(&dist_dir(), "/");
    let browser = Browser::start(1280, 900).await;
    seed(&browser, &server.base_url).await;
    browser
        .open_afresh(&format!("{}#/results", server.base_url))
        .await;
    browser.wait_for("#overall-title").await;
    // As the browser does for window.print().
    browser
        .js("window.dispatchEvent(new Event('beforeprint')); return true;")
        .await;
    let pdf = browser.print_pdf("report").await;
    let pages = pdf
        .windows(b"/Type /Page".len() + 1)
        .filter(|w| w.starts_with(b"/Type /Page") && w[b"/Type /Page".len()] != b's')
        .count();
    assert!((1..=5).contains(&pages), "{pages} pages");
    browser.emulate_media("print").await;
    let controls = browser
        .js("return [...document.querySelectorAll('main input, main select, main button, main textarea')] \
                .filter(el => getComputedStyle(el).display !== 'none' && el.offsetParent !== null) \
                .map(el => el.outerHTML.slice(0, 80));")
        .await;
    assert_eq!(controls, json!([]), "form controls on paper");
    // On paper every disclosure's content is laid out, open or not: the
    // decision chain included.
    let hidden = browser
        .js("return [...document.querySelectorAll('details.disclosure')] \
                .filter(d => d.querySelector('.disclosure-body').getBoundingClientRect().height === 0) \
                .map(d => d.id);")
        .await;
    assert_eq!(
        hidden,
        json!([]),
        "the decision chain and every detail print open"
    );
    let chain = browser
        .js("return document.querySelector('#chain .chain').getBoundingClientRect().height > 0;")
        .await;
    assert_eq!(chain, true);
    browser.emulate_media("").await;
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and ChromeDriver: run scripts/test.sh"]
async fn snapshots_can_be_named_and_an_empty_assessment_compares_to_nothing() {
    let server = StaticServer::start(&dist_dir(), "/");
    let browser = Browser::start(1280, 900).await;
    // With nothing answered, "Compare with mine" says there is nothing to compare.
    browser.client.goto(&server.base_url).await.unwrap();
    browser.wait_for("#landing-title").await;
    let link = permalink::encode(&by_id("fast_but_fragile").answers, None);
    browser
        .open_afresh(&format!("{}#{link}", server.base_url))
        .await;
    browser.click_button("Compare with mine").await;
    let empty = browser.text_of(".empty-compare").await;
    assert!(empty.contains("has no answers yet"), "{empty}");
    let bands = browser
        .js("return document.querySelectorAll('.comparison').length;")
        .await;
    assert_eq!(bands, 0, "no comparison against an empty assessment");

    // A snapshot gets a name on the history page; the name is kept.
    seed(&browser, &server.base_url).await;
    browser
        .open_afresh(&format!("{}#/history", server.base_url))
        .await;
    let input = browser.wait_for(".snapshot-name").await;
    let first = browser
        .js("return document.querySelector('.snapshot-name').value;")
        .await;
    assert_eq!(first, "", "the newest snapshot is unnamed");
    input
        .send_keys("After trunk-based development\n")
        .await
        .unwrap();
    browser
        .js("document.querySelector('.snapshot-name').dispatchEvent(new Event('change')); return true;")
        .await;
    browser
        .wait_until(
            "the name saved",
            &format!("return JSON.parse(localStorage.getItem({STORAGE_KEY:?})).assessments[0].history[1].name === 'After trunk-based development';"),
        )
        .await;
    browser.client.refresh().await.unwrap();
    browser.wait_for(".snapshot-name").await;
    let names = browser
        .js("return [...document.querySelectorAll('.snapshot-name')].map(i => i.value);")
        .await;
    assert_eq!(
        names,
        json!([
            "After trunk-based development",
            "Before trunk-based development"
        ])
    );
    browser.assert_no_console_errors().await;
    browser.close().await;
}
