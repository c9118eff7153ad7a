//! The performance benchmark: timings in real headless Chromium against the
//! release build on loopback. Reported, never asserted; run by scripts/bench.sh
//! (not by the test command). Budgets are shown beside each figure.
#![cfg(not(target_arch = "wasm32"))]

// The end-to-end harness, shared; the benchmark needs only part of it.
#[allow(dead_code)]
#[path = "../e2e/support/mod.rs"]
mod support;

use serde_json::Value;
use support::{browser::Browser, dist_dir, server::StaticServer};

use devops_maturity::core::formats::permalink;
use devops_maturity::core::formats::team_link;
use devops_maturity::core::model::answers::{Answer, Answers};
use devops_maturity::core::model::bank;
use devops_maturity::core::model::saved_state::{Store, STORAGE_KEY};
use devops_maturity::core::rules::team::Respondent;

const LOADS: usize = 10;
const CHANGES: usize = 100;

/// Records when the app took over from the prerendered landing (it marks
/// `<html data-app="started">`): from then on every control works.
const WATCH_INTERACTIVE: &str = "
  new MutationObserver((_, observer) => {
    if (document.documentElement.dataset.app === 'started') {
      window.__interactive = performance.now();
      observer.disconnect();
    }
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-app'] });";

fn stats(mut values: Vec<f64>) -> (f64, f64, f64) {
    values.sort_by(|a, b| a.total_cmp(b));
    let median = if values.len().is_multiple_of(2) {
        (values[values.len() / 2 - 1] + values[values.len() / 2]) / 2.0
    } else {
        values[values.len() / 2]
    };
    (median, values[0], values[values.len() - 1])
}

fn row(name: &str, (median, min, max): (f64, f64, f64), budget: Option<(f64, &str)>) {
    let (limit, status) = match budget {
        Some((limit, unit)) => (
            format!("<= {limit} {unit}"),
            if median <= limit { "met" } else { "MISSED" },
        ),
        None => (String::new(), ""),
    };
    println!("{name:<46} {median:>9.1} {min:>9.1} {max:>9.1}   {limit:<12} {status}");
}

#[tokio::test]
#[ignore = "a benchmark: run scripts/bench.sh"]
async fn benchmark() {
    let server = StaticServer::start(&dist_dir(), "/");
    let mut paint = Vec::new();
    let mut interactive = Vec::new();
    let mut heap: f64 = 0.0;
    for _ in 0..LOADS {
        let browser = Browser::start(1280, 900).await;
        browser.before_each_page(WATCH_INTERACTIVE).await;
        browser.client.goto(&server.base_url).await.unwrap();
        browser
            .wait_until("interactive", "return window.__interactive !== undefined;")
            .await;
        browser
            .wait_until(
                "the first paint entry",
                "return performance.getEntriesByName('first-contentful-paint').length > 0;",
            )
            .await;
        let times: Value = browser
            .js("const p = performance.getEntriesByName('first-contentful-paint')[0]; \
                 return [p ? p.startTime : -1, window.__interactive, performance.memory.usedJSHeapSize];")
            .await;
        paint.push(times[0].as_f64().unwrap());
        interactive.push(times[1].as_f64().unwrap());
        heap = heap.max(times[2].as_f64().unwrap());
        browser.close().await;
    }

    // Results recomputed and redrawn after one answer changes: the saved
    // state changes as if another tab answered, and the open results page
    // follows. Measured until the DOM is updated and laid out.
    let browser = Browser::start(1280, 900).await;
    browser.client.goto(&server.base_url).await.unwrap();
    browser.click_button("Results").await;
    browser.wait_for("#results-title").await;
    // A: every answer at its best; B: the same but one answer, which drops
    // culture from 5 to 1. The loop ends on B.
    let mut a = Store::fresh(1.0);
    for q in bank::questions() {
        let best = match q.kind {
            bank::Kind::Statement(options) => options.len() - 1,
            _ => 0,
        };
        a.set_answer(q.id, Some(Answer::Choice(best as u8)), 1.0);
    }
    let mut b = a.clone();
    b.set_answer("culture.ownership", Some(Answer::Choice(0)), 2.0);
    let script = format!(
        "const done = arguments[arguments.length - 1];
         const states = [{a:?}, {b:?}];
         const times = [];
         (async () => {{
           for (let i = 0; i < {CHANGES}; i++) {{
             const value = states[i % 2];
             localStorage.setItem({STORAGE_KEY:?}, value);
             const t0 = performance.now();
             window.dispatchEvent(new StorageEvent('storage', {{ key: {STORAGE_KEY:?}, newValue: value }}));
             await new Promise(r => setTimeout(r, 0));
             document.body.offsetHeight;
             times.push(performance.now() - t0);
             await new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)));
           }}
           done([times, performance.memory.usedJSHeapSize, document.querySelector('.profile tbody tr').cells[1].textContent]);
         }})();",
        a = a.encode(),
        b = b.encode(),
    );
    let result = browser
        .client
        .execute_async(&script, vec![])
        .await
        .expect("update loop");
    let updates: Vec<f64> = serde_json::from_value(result[0].clone()).unwrap();
    heap = heap.max(result[1].as_f64().unwrap());
    assert_eq!(result[2], "1", "the page followed the changes");
    browser.close().await;

    let mut full = Answers::new();
    for q in bank::questions() {
        full.set(q.id, Answer::Choice(q.choices().len() as u8 - 1))
            .unwrap();
    }
    let link = permalink::encode(&full, None).len() as f64;
    // Team links: everyone fully answered and labelled like "Person 10".
    let team_link = |size: usize| {
        let people: Vec<Respondent> = (0..size)
            .map(|i| Respondent {
                label: format!("Person {}", i + 1),
                answers: full.clone(),
                revision: bank::REVISION,
                belonging: Default::default(),
            })
            .collect();
        team_link::encode(&people).len() as f64
    };
    let (team_5, team_10) = (team_link(5), team_link(10));

    println!();
    println!(
        "{:<46} {:>9} {:>9} {:>9}   {:<12} status",
        "timing (headless Chromium, loopback)", "median", "min", "max", "budget"
    );
    row(
        &format!("first contentful paint, ms ({LOADS} loads)"),
        stats(paint),
        None,
    );
    row(
        &format!("app started, ms ({LOADS} loads)"),
        stats(interactive),
        Some((300.0, "ms")),
    );
    row(
        &format!("results update after an answer, ms ({CHANGES})"),
        stats(updates),
        Some((16.0, "ms")),
    );
    row(
        "permalink fragment, full assessment, chars",
        (link, link, link),
        Some((100.0, "chars")),
    );
    row(
        "team link fragment, 5 people, chars",
        (team_5, team_5, team_5),
        None,
    );
    row(
        "team link fragment, 10 people, chars",
        (team_10, team_10, team_10),
        None,
    );
    let mb = heap / 1_048_576.0;
    row("peak JS heap, MB", (mb, mb, mb), None);
}

const ORG_RUNS: usize = 5;
const ORG_TEAMS: usize = 500;

/// The organisation view: 500 team files read, scored and drawn (from the
/// file input's change to the frame after the heat map, whose groups open
/// closed at this size), a sort and a filter redrawn, and the memory it
/// holds (JS heap plus the wasm's memory).
#[tokio::test]
#[ignore = "a benchmark: run scripts/bench.sh"]
async fn organisation_view() {
    use support::org_files::{files_in, pick_files, sample_folder};
    let server = StaticServer::start(&dist_dir(), "/");
    let dir = sample_folder("bench", ORG_TEAMS, 21);
    let bytes: u64 = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok()?.metadata().ok())
        .map(|m| m.len())
        .sum();
    let (mut loads, mut sorts, mut filters) = (Vec::new(), Vec::new(), Vec::new());
    let mut memory: f64 = 0.0;
    // Until the next frame after a change: the time a person waits.
    let redraw = |action: &str| {
        format!(
            "const done = arguments[arguments.length - 1];
             (async () => {{
               const t0 = performance.now();
               {action}
               await new Promise(r => setTimeout(r, 0));
               document.body.offsetHeight;
               await new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)));
               done(performance.now() - t0);
             }})();"
        )
    };
    for _ in 0..ORG_RUNS {
        let browser = Browser::start(1280, 900).await;
        browser
            .before_each_page(
                "addEventListener('TrunkApplicationStarted', (e) => { window.__wasm = e.detail.wasm; });
                 document.addEventListener('change', (e) => {
                   if (e.target.id === 'org-files') window.__picked = performance.now();
                 }, true);",
            )
            .await;
        browser
            .open_afresh(&format!("{}#/org", server.base_url))
            .await;
        browser.wait_for("#org-files").await;
        browser
            .js(&format!(
                "window.__drawn = null;
                 const watch = new MutationObserver(() => {{
                   const title = document.querySelector('#org-summary-title');
                   if (title && title.textContent === '{ORG_TEAMS} teams'
                       && document.querySelectorAll('tr.group-row').length > 0) {{
                     watch.disconnect();
                     requestAnimationFrame(() => setTimeout(() => {{ window.__drawn = performance.now(); }}, 0));
                   }}
                 }});
                 watch.observe(document.body, {{ childList: true, subtree: true, characterData: true }});
                 return true;"
            ))
            .await;
        pick_files(&browser, &files_in(&dir)).await;
        browser
            .wait_until("500 teams drawn", "return window.__drawn !== null;")
            .await;
        let load = browser.js("return window.__drawn - window.__picked;").await;
        loads.push(load.as_f64().unwrap());
        for _ in 0..4 {
            let sort = browser
                .client
                .execute_async(
                    &redraw("[...document.querySelectorAll('th .sort')].find(b => b.textContent.startsWith('Level')).click();"),
                    vec![],
                )
                .await
                .unwrap();
            sorts.push(sort.as_f64().unwrap());
        }
        for level in ["2", "", "3", ""] {
            let filter = browser
                .client
                .execute_async(
                    &redraw(&format!(
                        "const s = document.querySelectorAll('.org-filters select')[1]; s.value = '{level}'; s.dispatchEvent(new Event('change'));"
                    )),
                    vec![],
                )
                .await
                .unwrap();
            filters.push(filter.as_f64().unwrap());
        }
        let used = browser
            .js("return performance.memory.usedJSHeapSize + (window.__wasm ? window.__wasm.memory.buffer.byteLength : 0);")
            .await;
        memory = memory.max(used.as_f64().unwrap());
        browser.close().await;
    }
    let _ = std::fs::remove_dir_all(&dir);
    println!();
    println!(
        "{:<46} {:>9} {:>9} {:>9}   {:<12} status",
        "organisation view (headless Chromium)", "median", "min", "max", "budget"
    );
    row(
        &format!(
            "{ORG_TEAMS} team files ({} KB) read and drawn, ms",
            bytes / 1024
        ),
        stats(loads),
        Some((1000.0, "ms")),
    );
    row("sort redrawn, ms", stats(sorts), Some((50.0, "ms")));
    row("filter redrawn, ms", stats(filters), Some((50.0, "ms")));
    let mb = memory / 1_048_576.0;
    row(
        "memory (JS heap + wasm), MB",
        (mb, mb, mb),
        Some((50.0, "MB")),
    );
}
