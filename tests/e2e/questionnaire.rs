//! The questionnaire, saving and the results, end to end in Chromium.

use fantoccini::key::Key;
use serde_json::Value;

use crate::support::{browser::Browser, dist_dir, server::StaticServer};
use devops_maturity::core::model::answers::{Answer, Answers};
use devops_maturity::core::model::bank::{self, questionnaire};
use devops_maturity::core::model::saved_state::STORAGE_KEY;
use devops_maturity::core::rules::report::assess;

/// A varied but fixed answer for the n-th question: an index among its
/// rendered radios (its choices, then "don't know").
fn pick(n: usize, choices: usize) -> usize {
    (n * 5 + 2) % (choices + 1)
}

/// From the landing to the quick start by keyboard alone: Tab to Start,
/// Enter, Tab to "Begin the quick start", Enter.
async fn begin_by_keyboard(browser: &Browser) {
    browser
        .tab_to(
            "the start link",
            "el.textContent.trim() === 'Start the assessment'",
            12,
        )
        .await;
    browser.press(Key::Enter).await;
    browser.wait_for("#overview-title").await;
    browser
        .tab_to(
            "the begin button",
            "el.textContent.trim() === 'Begin the quick start'",
            12,
        )
        .await;
    browser.press(Key::Enter).await;
}

async fn open(browser: &Browser, server: &StaticServer) {
    browser.client.goto(&server.base_url).await.unwrap();
    browser.wait_for("main h1").await;
}

#[tokio::test]
#[ignore = "needs dist/ and ChromeDriver: run scripts/test.sh"]
async fn a_full_questionnaire_by_keyboard_gives_the_engines_levels() {
    let server = StaticServer::start(&dist_dir(), "/");
    let browser = Browser::start(1280, 900).await;
    browser.allow_clipboard().await;
    open(&browser, &server).await;

    begin_by_keyboard(&browser).await;

    let mut expected = Answers::new();
    let mut n = 0;
    let sections = questionnaire::sections();
    for (index, section) in sections.iter().enumerate() {
        browser
            .wait_until(
                "the section heading",
                &format!(
                    "return document.querySelector('#section-title')?.textContent === {:?};",
                    section.name
                ),
            )
            .await;
        // Once answering has begun, a section opens focused on its first
        // open question: wait for that before tabbing on from it.
        let first_open = section
            .questions()
            .into_iter()
            .find(|q| expected.settled_by(q.id).is_none());
        if let (false, Some(first)) = (expected.is_empty(), first_open) {
            browser
                .wait_until(
                    "focus on the first open question",
                    &format!("return document.activeElement?.name === {:?};", first.id),
                )
                .await;
        }
        for question in section.questions() {
            // An earlier answer settled it: it shows why, and has nothing to pick.
            if expected.settled_by(question.id).is_some() {
                let hidden = browser
                    .js(&format!(
                        "return document.getElementsByName({:?})[0].closest('.choices').offsetHeight === 0;",
                        question.id
                    ))
                    .await;
                assert_eq!(hidden, true, "{} is settled", question.id);
                continue;
            }
            // A percentage is typed into its field.
            if question.offered_choices() > 100 {
                let percent = pick(n, 100);
                n += 1;
                browser
                    .tab_to(
                        &format!("the percentage field of {}", question.id),
                        &format!(
                            "el.type === 'number' && el.closest('fieldset')?.id === {:?}",
                            format!("q-{}", question.id.replace('.', "-"))
                        ),
                        8,
                    )
                    .await;
                for digit in percent.to_string().chars() {
                    browser.press_char(digit).await;
                }
                expected
                    .set_by_id(question.id, &percent.to_string())
                    .unwrap();
                let typed = browser.js("return document.activeElement.value;").await;
                assert_eq!(typed, percent.to_string(), "{}", question.id);
                continue;
            }
            let choices = question.offered_choices();
            let index = pick(n, choices);
            n += 1;
            browser
                .tab_to(
                    &format!("the radio group of {}", question.id),
                    &format!("el.type === 'radio' && el.name === {:?}", question.id),
                    8,
                )
                .await;
            if index == 0 {
                browser.press(Key::Space).await;
            } else {
                for _ in 0..index {
                    browser.press(Key::Down).await;
                }
            }
            let answer = if index == choices {
                Answer::DontKnow
            } else {
                Answer::Choice(index as u8)
            };
            expected.set(question.id, answer).unwrap();
            let checked = browser
                .js(&format!(
                    "return [...document.getElementsByName({:?})].findIndex(r => r.checked);",
                    question.id
                ))
                .await;
            assert_eq!(checked.as_u64(), Some(index as u64), "{}", question.id);
        }
        let next = match index {
            0 => "Go deeper: ",
            i if i + 1 < sections.len() => "Next: ",
            _ => "Finish and see results",
        };
        browser
            .tab_to(
                "the next button",
                &format!("el.textContent.trim().startsWith({next:?})"),
                10,
            )
            .await;
        browser.press(Key::Enter).await;
    }

    browser.wait_for("#results-title").await;
    let report = assess(&expected);
    let overall = browser.text_of("#overall-title").await;
    assert_eq!(overall, report.headline.title);
    let rows: Value = browser
        .js("return [...document.querySelectorAll('.profile tbody tr')].map(r => [r.cells[0].textContent, r.cells[1].textContent, r.cells[2].querySelector('select')?.value ?? r.cells[2].textContent]);")
        .await;
    let shown: Vec<(String, String, String)> = serde_json::from_value(rows).unwrap();
    let wanted: Vec<(String, String, String)> = report
        .dimensions
        .iter()
        .zip(&report.targets.targets)
        .map(|(d, t)| (d.name.to_string(), d.level_text(), t.target.to_string()))
        .collect();
    assert_eq!(shown, wanted);
    let band = browser.text_of(".summary .band").await;
    assert_eq!(band, report.dora.overall.text());
    let fix = browser.text_of("#fix-title").await;
    assert_eq!(fix, report.fix_first.title);
    let levels: Value = browser
        .js("return [...document.querySelectorAll('.framework .framework-level strong')].map(e => e.textContent);")
        .await;
    let wanted_levels: Vec<String> = report
        .frameworks
        .iter()
        .map(|f| {
            if f.level == 0 {
                f.level_name.to_string()
            } else {
                format!("Level {}", f.level)
            }
        })
        .collect();
    assert_eq!(levels, serde_json::json!(wanted_levels));
    browser.screenshot("keyboard-results").await;

    // And copy the link to it, still by keyboard alone.
    browser
        .tab_to(
            "the copy link button",
            "el.textContent.trim() === 'Copy link'",
            120,
        )
        .await;
    browser.press(Key::Enter).await;
    browser
        .wait_until(
            "the copy",
            "return document.querySelector('.share-status').textContent.includes('Link copied');",
        )
        .await;
    let link = browser.clipboard().await;
    assert!(link.contains("#r="), "the clipboard holds {link:?}");
    let shared = devops_maturity::core::formats::permalink::decode(
        link.split('#').nth(1).unwrap_or_default(),
    )
    .unwrap();
    assert_eq!(
        shared.answers, expected,
        "the copied link holds exactly the answers given"
    );
    browser.assert_no_console_errors().await;
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and ChromeDriver: run scripts/test.sh"]
async fn answers_and_notes_survive_a_reload() {
    let server = StaticServer::start(&dist_dir(), "/");
    let browser = Browser::start(1280, 900).await;
    open(&browser, &server).await;
    browser.click_button("Start the assessment").await;
    browser.open_section("culture").await;
    browser.wait_for("#section-title").await;
    browser
        .js("document.querySelector('input[name=\"culture.postmortems\"][value=\"structured\"]').click(); \
             document.querySelector('input[name=\"culture.actions_completed\"][value=\"dont_know\"]').click(); return true;")
        .await;
    browser
        .js("document.querySelectorAll('details.note')[0].open = true; return true;")
        .await;
    let note = browser.wait_for("#note-culture-ownership").await;
    note.send_keys("Checked the on-call rota").await.unwrap();

    // A reload stays on the section; the start page shows the answers kept.
    browser.client.refresh().await.unwrap();
    browser.wait_for("#section-title").await;
    browser.open_afresh(&server.base_url).await;
    browser.wait_for("#landing-title").await;
    assert!(browser
        .text_of(".resume-line")
        .await
        .contains("2 of 58 questions answered"));
    // Continue opens the first section with an open question, the quick
    // start here, at its first open question.
    browser.click_button("Continue the assessment").await;
    browser
        .wait_until(
            "the first open question in focus",
            "return document.querySelector('#section-title')?.textContent === 'Quick start' \
             && !!document.activeElement?.closest('#q-org-product_engineers');",
        )
        .await;
    browser.open_section("culture").await;
    let state = browser
        .js("return [document.querySelector('input[name=\"culture.postmortems\"][value=\"structured\"]').checked, \
                     document.querySelector('input[name=\"culture.actions_completed\"][value=\"dont_know\"]').checked, \
                     document.querySelector('#note-culture-ownership').value, \
                     document.querySelectorAll('details.note')[0].open];")
        .await;
    assert_eq!(
        state,
        serde_json::json!([true, true, "Checked the on-call rota", true])
    );
    let nav = browser
        .text_of(".section-link[aria-current='step'] .section-count")
        .await;
    assert!(nav.starts_with("2/3"), "{nav}");
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and ChromeDriver: run scripts/test.sh"]
async fn corrupted_storage_is_kept_aside_and_the_app_starts_clean() {
    let server = StaticServer::start(&dist_dir(), "/");
    let browser = Browser::start(1280, 900).await;
    open(&browser, &server).await;
    browser
        .js(&format!(
            "localStorage.setItem({STORAGE_KEY:?}, '{{\"format\": broken'); return true;"
        ))
        .await;
    browser.client.refresh().await.unwrap();
    browser.wait_for("main h1").await;
    let notice = browser.text_of(".notice.warning").await;
    assert!(notice.contains("could not be read"), "{notice}");
    assert!(notice.contains("not valid JSON"), "{notice}");
    let kept = browser
        .js(&format!(
            "return Object.keys(localStorage).filter(k => k.startsWith({:?})).map(k => localStorage.getItem(k));",
            format!("{STORAGE_KEY}.unreadable.")
        ))
        .await;
    assert_eq!(
        kept,
        serde_json::json!(["{\"format\": broken"]),
        "the raw value is kept aside"
    );
    assert!(
        notice.contains(&format!("{STORAGE_KEY}.unreadable.")),
        "{notice}"
    );

    // The app works and saves again.
    browser.click_button("Start the assessment").await;
    browser.open_section("culture").await;
    browser.wait_for("#section-title").await;
    browser
        .js("document.querySelector('input[name=\"culture.ownership\"]').click(); return true;")
        .await;
    let saved = browser
        .js(&format!(
            "return JSON.parse(localStorage.getItem({STORAGE_KEY:?})).format;"
        ))
        .await;
    assert_eq!(saved, "devops-maturity/store");
    browser.assert_no_console_errors().await;
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and ChromeDriver: run scripts/test.sh"]
async fn several_assessments_can_be_created_renamed_duplicated_deleted_and_switched() {
    let server = StaticServer::start(&dist_dir(), "/");
    let browser = Browser::start(1280, 900).await;
    open(&browser, &server).await;
    browser.click_button("Your assessments").await;
    browser.wait_for("#assessments-title").await;
    let names = || async {
        browser.js("return [...document.querySelectorAll('.assessment-card h2')].map(h => h.textContent);").await
    };
    assert_eq!(names().await, serde_json::json!(["My assessment"]));

    browser
        .wait_for("#new-assessment-name")
        .await
        .send_keys("Payments team")
        .await
        .unwrap();
    browser.click_button("Create assessment").await;
    browser.wait_for("#overview-title").await;
    browser.open_section("culture").await;
    browser.js("document.querySelector('input[name=\"culture.ownership\"][value=\"shared_goals\"]').click(); return true;").await;

    browser.click_button("Your assessments").await;
    browser
        .wait_until(
            "two cards",
            "return document.querySelectorAll('.assessment-card').length === 2;",
        )
        .await;
    assert_eq!(
        names().await,
        serde_json::json!(["My assessment", "Payments team"])
    );
    let current = browser.text_of(".assessment-card.current h2").await;
    assert_eq!(current, "Payments team");

    // Rename the first.
    browser.js("document.querySelectorAll('.assessment-card')[0].querySelector('button:nth-child(3)').click(); return true;").await;
    let input = browser
        .wait_for(".assessment-card .inline-form input")
        .await;
    input.clear().await.unwrap();
    input.send_keys("Platform team").await.unwrap();
    browser.click_button("Save name").await;
    browser.wait_until("the rename", "return document.querySelectorAll('.assessment-card h2')[0].textContent === 'Platform team';").await;

    // Duplicate the second: the copy carries its answers.
    browser.js("document.querySelectorAll('.assessment-card')[1].querySelector('button:nth-child(4)').click(); return true;").await;
    browser
        .wait_until(
            "three cards",
            "return document.querySelectorAll('.assessment-card').length === 3;",
        )
        .await;
    assert_eq!(
        names().await,
        serde_json::json!(["Platform team", "Payments team", "Copy of Payments team"])
    );
    let copy = browser.text_of(".assessment-card:nth-child(3) p").await;
    assert!(copy.starts_with("1 of 58 answered"), "{copy}");

    // Delete asks first; "Keep it" keeps it.
    browser.js("document.querySelectorAll('.assessment-card')[2].querySelector('.card-actions button:nth-child(5)').click(); return true;").await;
    browser.click_button("Keep it").await;
    assert_eq!(names().await.as_array().unwrap().len(), 3);
    browser.js("document.querySelectorAll('.assessment-card')[2].querySelector('.card-actions button:nth-child(5)').click(); return true;").await;
    browser.click_button("Delete for good").await;
    browser
        .wait_until(
            "two cards",
            "return document.querySelectorAll('.assessment-card').length === 2;",
        )
        .await;

    // Switch to the first and see its (empty) answers; everything survives a reload.
    browser.js("document.querySelectorAll('.assessment-card')[0].querySelector('.card-actions button').click(); return true;").await;
    browser.wait_for("#section-title").await;
    let answered = browser
        .js("return document.querySelectorAll('input[type=radio]:checked').length;")
        .await;
    assert_eq!(answered, 0);
    browser.client.refresh().await.unwrap();
    browser.wait_for("main h1").await;
    browser.click_button("Your assessments").await;
    browser.wait_for("#assessments-title").await;
    assert_eq!(
        names().await,
        serde_json::json!(["Platform team", "Payments team"])
    );
    assert_eq!(
        browser.text_of(".assessment-card.current h2").await,
        "Platform team"
    );
    browser.assert_no_console_errors().await;
    browser.close().await;
}

/// Answers the current section by keyboard alone: for each open question the
/// digit of `choose(question)` (1 = the first answer), then Enter.
async fn answer_section_by_digits(
    browser: &Browser,
    section: &questionnaire::Section,
    expected: &mut Answers,
    choose: impl Fn(&bank::Question) -> &'static str,
) -> usize {
    let mut answered = 0;
    for question in section.questions() {
        if expected.settled_by(question.id).is_some() {
            continue;
        }
        let choice = choose(question);
        if question.offered_choices() > 100 {
            // A percentage: its digits go into its field.
            for digit in choice.chars() {
                browser.press_char(digit).await;
            }
            browser
                .wait_until(
                    &format!("{} typed", question.id),
                    &format!(
                        "return document.querySelector('#percent-{}')?.value === {choice:?};",
                        question.id.replace('.', "-")
                    ),
                )
                .await;
        } else {
            let digit = question.choice_index(choice).unwrap() + 1;
            browser
                .press_char(char::from_digit(digit as u32, 10).unwrap())
                .await;
            browser
                .wait_until(
                    &format!("{} answered", question.id),
                    &format!(
                        "return document.querySelector('input[name={:?}][value={:?}]').checked;",
                        question.id, choice
                    ),
                )
                .await;
        }
        browser.press(Key::Enter).await;
        expected.set_by_id(question.id, choice).unwrap();
        answered += 1;
    }
    answered
}

#[tokio::test]
#[ignore = "needs dist/ and ChromeDriver: run scripts/test.sh"]
async fn the_quick_start_by_keyboard_gives_the_engines_provisional_result_and_going_deeper_narrows_it(
) {
    let server = StaticServer::start(&dist_dir(), "/");
    let browser = Browser::start(1280, 900).await;
    open(&browser, &server).await;
    begin_by_keyboard(&browser).await;
    browser
        .wait_until(
            "the quick start",
            "return document.querySelector('#section-title')?.textContent === 'Quick start';",
        )
        .await;

    let quick: &[(&str, &str)] = &[
        ("org.product_engineers", "under_150"),
        ("dora.deploy_frequency", "daily"),
        ("dora.lead_time", "under_day"),
        ("dora.change_failure_rate", "12"),
        ("dora.recovery_time", "under_day"),
        ("ci.commit_builds", "fast_trusted"),
        ("delivery.pipeline", "automated"),
        ("observability.telemetry", "centralised"),
        ("reliability.incident_response", "defined"),
    ];
    let sections = questionnaire::sections();
    let mut expected = Answers::new();
    let answers = answer_section_by_digits(&browser, &sections[0], &mut expected, |q| {
        quick.iter().find(|(id, _)| *id == q.id).unwrap().1
    })
    .await;
    assert!(answers <= 12, "{answers} answers");
    // Enter after the last answer reaches the provisional result's button.
    browser
        .wait_until(
            "the result button in focus",
            "return document.activeElement?.textContent.trim() === 'See your provisional result';",
        )
        .await;
    browser.press(Key::Enter).await;
    browser.wait_for("#results-title").await;
    let quick_report = assess(&expected);
    assert_eq!(
        browser.text_of("#overall-title").await,
        quick_report.headline.title
    );
    assert!(
        quick_report.headline.high > quick_report.headline.level,
        "a range"
    );
    assert!(browser
        .text_of("#overall-title")
        .await
        .contains("provisional"));
    assert_eq!(
        browser.text_of("#fix-title").await,
        quick_report.fix_first.title
    );
    // Steps the quick start's answers do not settle say so in the roadmap.
    let marked: Value = browser
        .js("return [...document.querySelectorAll('.roadmap-items li')].some(li => li.textContent.startsWith(\
             'Structured logging with central aggregation (unless already in place: the answers do not show it yet)'));")
        .await;
    assert_eq!(marked, true);
    browser.screenshot("quick-start-result").await;

    // Deeper: the delivery stages' own sections, most mature answers.
    for id in ["ci", "delivery", "observability", "reliability"] {
        let section = sections.iter().find(|s| s.id == id).unwrap();
        browser.open_section(id).await;
        answer_section_by_digits(&browser, section, &mut expected, |q| {
            q.choices()[q.best_choice().unwrap()].id
        })
        .await;
    }
    browser.click_button("Results").await;
    browser.wait_for("#results-title").await;
    let deeper = assess(&expected);
    assert_eq!(
        browser.text_of("#overall-title").await,
        deeper.headline.title
    );
    assert!(
        deeper.headline.high - deeper.headline.level
            < quick_report.headline.high - quick_report.headline.level,
        "the range narrowed: {} then {}",
        quick_report.headline.title,
        deeper.headline.title
    );
    browser.assert_no_console_errors().await;
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and ChromeDriver: run scripts/test.sh"]
async fn an_answer_that_settles_follow_ups_says_so_and_they_count_as_done() {
    let server = StaticServer::start(&dist_dir(), "/");
    let browser = Browser::start(800, 900).await;
    browser.emulate_phone(390, 844).await;
    open(&browser, &server).await;
    browser.open_section("quick").await;
    let choose = |question: &str, value: &str| {
        format!("document.querySelector('input[name=\"{question}\"][value=\"{value}\"]').click(); return true;")
    };
    browser.js(&choose("ci.commit_builds", "nothing")).await;
    browser.open_section("ci").await;
    let note = browser.text_of("#q-ci-pr_tests .settled-note").await;
    assert!(
        note.starts_with("Answered “No”: nothing is built automatically on a push"),
        "{note}"
    );
    let state: Value = browser
        .js("const q = document.querySelector('#q-ci-pr_tests'); \
             return [q.classList.contains('unanswered'), q.querySelector('.choices').offsetHeight === 0, \
                     document.querySelector('.section-link[aria-current=\"step\"] .section-count').textContent];")
        .await;
    assert_eq!(state[0], false, "settled is not open");
    assert_eq!(state[1], true, "no answers to pick");
    assert!(state[2].as_str().unwrap().starts_with("3/5"), "{state}");
    browser
        .js("document.querySelector('#q-ci-pr_tests').scrollIntoView(); return true;")
        .await;
    browser.screenshot("settled-follow-ups-390").await;

    // A different build answer opens them again.
    browser.open_section("quick").await;
    browser
        .js(&choose("ci.commit_builds", "every_commit"))
        .await;
    browser.open_section("ci").await;
    let open: Value = browser
        .js("return document.querySelector('#q-ci-pr_tests').classList.contains('unanswered');")
        .await;
    assert_eq!(open, true);
    browser.assert_no_console_errors().await;
    browser.close().await;
}
