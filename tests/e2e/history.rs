//! Snapshots over time, own targets, and comparing any two, end to end.

use serde_json::{json, Value};

use crate::support::browser::Browser;
use crate::support::session::Session;
use devops_maturity::core::model::answers::Answers;
use devops_maturity::core::rules::report::assess_with_targets;

/// Three rounds of answers in the first section (culture), each better.
const ROUNDS: [&[(&str, &str)]; 3] = [
    &[("culture.ownership", "silos")],
    &[
        ("culture.ownership", "escalation"),
        ("culture.postmortems", "informal"),
    ],
    &[
        ("culture.ownership", "you_build_it"),
        ("culture.postmortems", "structured"),
        ("culture.actions_completed", "yes"),
    ],
];

fn answers_after(round: usize) -> Answers {
    let mut answers = Answers::new();
    for step in &ROUNDS[..=round] {
        for (q, v) in *step {
            answers.set_by_id(q, v).unwrap();
        }
    }
    answers
}

async fn answer(browser: &Browser, round: usize) {
    browser.open_section("culture").await;
    for (question, value) in ROUNDS[round] {
        browser
            .js(&format!("document.querySelector('input[name=\"{question}\"][value=\"{value}\"]').click(); return true;"))
            .await;
    }
}

async fn snapshot(browser: &Browser, count: usize) {
    browser.click_button("History").await;
    browser.wait_for("#history-title").await;
    browser.click_button("Save snapshot").await;
    browser
        .wait_until(
            "the snapshot",
            &format!("return document.querySelectorAll('.snapshot-list li').length === {count};"),
        )
        .await;
}

#[tokio::test]
#[ignore = "needs dist/ and ChromeDriver: run scripts/test.sh"]
async fn three_snapshots_draw_the_history_with_deltas_targets_and_a_comparison() {
    let session = Session::open(1280, 900).await;
    let browser = &session.browser;
    browser.click_button("Start the assessment").await;
    browser.wait_for("#overview-title").await;

    // An own target for CI, set on the results page, replaces the advice.
    browser.click_button("Results").await;
    browser.wait_for("#profile").await;
    browser
        .js("document.getElementById('profile').open = true; return true;")
        .await;
    let picker = browser.wait_for("#target-ci").await;
    let before: Value = browser
        .js("return document.querySelector('#target-ci').value;")
        .await;
    assert_eq!(before, "3", "pre-filled from the advice");
    picker.select_by_value("5").await.unwrap();
    browser
        .wait_until(
            "the new target",
            "return document.querySelectorAll('.level-bars .bar-value')[1]?.textContent === '– / target 5';",
        )
        .await;
    let focused: Value = browser.js("return document.activeElement.id;").await;
    assert_eq!(focused, "target-ci", "focus stays on the picker");
    let mut targets = std::collections::BTreeMap::new();
    targets.insert("ci", 5u8);

    for round in 0..3 {
        answer(browser, round).await;
        snapshot(browser, round + 1).await;
    }
    let reports: Vec<_> = (0..3)
        .map(|r| assess_with_targets(&answers_after(r), &targets))
        .collect();
    let charts: Value = browser
        .js("return [...document.querySelectorAll('.trend svg')].map(s => [s.dataset.levels, s.dataset.target]);")
        .await;
    let expected: Vec<Value> = (0..10)
        .map(|d| {
            let levels: Vec<String> = reports
                .iter()
                .map(|r| r.dimensions[d].level.to_string())
                .collect();
            json!([
                levels.join(","),
                reports[2].targets.targets[d].target.to_string()
            ])
        })
        .collect();
    assert_eq!(charts, json!(expected));
    let culture: Vec<u8> = reports.iter().map(|r| r.dimensions[0].level).collect();
    assert!(culture[0] < culture[2], "answers improved: {culture:?}");

    let changes: Value = browser
        .js("return [...document.querySelectorAll('.history-table tbody tr')].slice(1).map(r => r.querySelector('.change').textContent);")
        .await;
    let expected_changes: Vec<String> = (0..10)
        .map(|d| {
            let delta = reports[2].dimensions[d].level as i8 - reports[1].dimensions[d].level as i8;
            match delta {
                0 => "no change".to_string(),
                d if d > 0 => format!("up {d}"),
                d => format!("down {}", -d),
            }
        })
        .collect();
    assert_eq!(changes, json!(expected_changes));

    // Reload: the history is still on screen, targets and snapshots kept.
    browser.client.refresh().await.unwrap();
    browser.wait_for(".trend").await;
    let again: Value = browser
        .js("return [...document.querySelectorAll('.trend svg')].map(s => [s.dataset.levels, s.dataset.target]);")
        .await;
    assert_eq!(again, json!(expected));

    // Compare the first snapshot with the current answers.
    browser.click_button("Compare two").await;
    let left = browser.wait_for("#compare-left").await;
    let options: Value = browser
        .js("return [...document.querySelectorAll('#compare-left option')].map(o => o.value);")
        .await;
    let first_snapshot = options
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .as_str()
        .unwrap()
        .to_string();
    left.select_by_value(&first_snapshot).await.unwrap();
    browser
        .wait_until(
            "the comparison",
            "return document.querySelector('.answer-changes caption')?.textContent === '3 questions answered differently';",
        )
        .await;
    let culture_row: Value = browser
        .js("const r = document.querySelectorAll('.comparison tbody tr')[1]; return [r.className, r.cells[1].textContent, r.cells[2].textContent];")
        .await;
    assert_eq!(
        culture_row,
        json!(["differs", culture[0].to_string(), culture[2].to_string()])
    );

    // Back to the advice: the own target goes.
    browser.click_button("Results").await;
    browser.wait_for("#target-ci").await;
    browser
        .js("document.getElementById('profile').open = true; return true;")
        .await;
    browser.click_button("Go back to the advised targets").await;
    browser
        .wait_until(
            "the advised target",
            "return document.querySelector('#target-ci')?.value === '3';",
        )
        .await;
    session.finish().await;
}
