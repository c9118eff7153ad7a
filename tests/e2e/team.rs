//! The team view end to end: five people from pasted links, medians and the
//! disagreement list checked against the engine, bad inputs said per line,
//! and the team passed on as one link and as a file.

use serde_json::{json, Value};

use crate::support::{browser::Browser, dist_dir, server::StaticServer};
use devops_maturity::core::formats::permalink;
use devops_maturity::core::model::answers::Answers;
use devops_maturity::core::model::bank::{self, DIMENSIONS};
use devops_maturity::core::rules::team::{self, level_text, Respondent};

/// Five different people: every answer drawn from a fixed sequence per person,
/// so levels, medians and disagreements vary.
pub(crate) fn five_people() -> Vec<Respondent> {
    (0..5u32)
        .map(|person| {
            let mut seed = 0x9e37_79b9u32.wrapping_mul(person + 1);
            let mut answers = Answers::new();
            for q in bank::questions() {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                let choices = q.choices();
                // Mostly real answers, sometimes don't know.
                let pick = (seed >> 16) as usize % (choices.len() + 1);
                let choice = choices.get(pick).map_or("dont_know", |c| c.id);
                answers.set_by_id(q.id, choice).unwrap();
            }
            Respondent {
                label: format!("Person {}", person + 1),
                answers,
                revision: bank::REVISION,
                belonging: Default::default(),
            }
        })
        .collect()
}

/// A person's result link, named only for some, as people share them.
fn link_of(server: &StaticServer, person: &Respondent, named: bool) -> String {
    let name = named.then_some(person.label.as_str());
    format!(
        "{}#{}",
        server.base_url,
        permalink::encode(&person.answers, name)
    )
}

async fn open_team_page(browser: &Browser, server: &StaticServer) {
    browser.client.goto(&server.base_url).await.unwrap();
    browser.wait_for("#landing-title").await;
    browser.click_button("Team").await;
    browser.wait_for("#team-title").await;
}

async fn paste(browser: &Browser, text: &str) {
    browser
        .js(&format!(
            "const t = document.getElementById('team-links'); t.value = {text:?}; \
             t.dispatchEvent(new Event('input', {{ bubbles: true }})); return true;"
        ))
        .await;
    browser.click_button("Add links").await;
}

async fn outcomes(browser: &Browser) -> Vec<String> {
    let value = browser
        .js("return [...document.querySelectorAll('.team-outcomes li')].map(li => li.textContent);")
        .await;
    serde_json::from_value(value).unwrap()
}

/// What the levels table shows: per dimension id, [median, min, max, each person's].
async fn table_shown(browser: &Browser) -> Value {
    browser
        .js("return Object.fromEntries([...document.querySelectorAll('.team-levels tbody tr[data-dimension]')]
                .map(r => [r.dataset.dimension, [...r.cells].slice(1).map(c => c.textContent)]));")
        .await
}

fn table_expected(report: &team::TeamReport) -> Value {
    let mut rows = serde_json::Map::new();
    for d in &report.dimensions {
        let mut cells = vec![level_text(d.median), d.min.to_string(), d.max.to_string()];
        cells.extend(d.levels.iter().map(u8::to_string));
        rows.insert(d.dimension.to_string(), json!(cells));
    }
    Value::Object(rows)
}

async fn disagreements_shown(browser: &Browser) -> Vec<String> {
    let value = browser
        .js("return [...document.querySelectorAll('.disagreement-list > li')].map(li => li.dataset.question);")
        .await;
    serde_json::from_value(value).unwrap()
}

#[tokio::test]
#[ignore = "needs dist/ and ChromeDriver: run scripts/test.sh"]
async fn a_team_of_five_from_links_matches_the_engine_and_travels_as_one_link() {
    let people = five_people();
    let report = team::aggregate(&people);
    assert!(
        report.disagreements.len() >= 3,
        "the sample should disagree somewhere"
    );
    let server = StaticServer::start(&dist_dir(), "/tools/maturity/");
    let browser = Browser::start(1280, 900).await;
    browser.allow_clipboard().await;
    open_team_page(&browser, &server).await;
    assert!(browser.text_of(".empty-team").await.contains("No one"));

    // As pasted from chat: full addresses, one without a name, blank lines.
    let mut pasted = String::new();
    for (i, person) in people.iter().enumerate() {
        pasted.push_str(&link_of(&server, person, i != 2));
        pasted.push_str(if i == 1 { "\n\n" } else { "\n" });
    }
    paste(&browser, &pasted).await;
    browser.wait_for(".team-levels").await;
    let said = outcomes(&browser).await;
    assert_eq!(said.len(), 5, "{said:?}");
    assert_eq!(said[0], "Line 1: added “Person 1”.");
    assert_eq!(
        said[2], "Line 4: added “Respondent 3”.",
        "an unnamed link gets a label"
    );
    // Name the third person as the others did.
    // Select the old label and type over it, then leave the field.
    browser
        .js("const i = document.getElementById('person-2'); i.focus(); i.select(); return true;")
        .await;
    browser
        .wait_for("#person-2")
        .await
        .send_keys("Person 3\u{e004}")
        .await
        .unwrap();
    browser
        .wait_until(
            "the new label",
            "return [...document.querySelectorAll('.team-levels thead th.person .visually-hidden')].some(s => s.textContent === 'Person 3');",
        )
        .await;

    assert_eq!(table_shown(&browser).await, table_expected(&report));
    let overall = browser.text_of("#team-level-title").await;
    assert_eq!(
        overall,
        format!("Team level {} of 5", level_text(report.level))
    );
    let expected_ids: Vec<&str> = report.disagreements.iter().map(|d| d.question.id).collect();
    assert_eq!(disagreements_shown(&browser).await, expected_ids);
    let first = &report.disagreements[0];
    let first_shown = browser.text_of(".disagreement-list > li").await;
    assert!(first_shown.contains(first.question.prompt), "{first_shown}");
    // Each answer once, with who gave it.
    let mut groups: Vec<(String, Vec<&str>)> = Vec::new();
    for (answer, person) in first.answers.iter().zip(&people) {
        match groups.iter_mut().find(|(text, _)| *text == answer.text) {
            Some((_, who)) => who.push(&person.label),
            None => groups.push((answer.text.clone(), vec![&person.label])),
        }
    }
    let expected_groups: Vec<String> = groups
        .iter()
        .map(|(text, who)| format!("{text}: {}", who.join(", ")))
        .collect();
    let shown_groups: Value = browser
        .js(
            "return [...document.querySelector('.disagreement-list > li') \
             .querySelectorAll('.answers-by-person li')].map(li => li.textContent);",
        )
        .await;
    assert_eq!(shown_groups, json!(expected_groups));
    let bands: Value = browser
        .js("return [...document.querySelector('.team-dora tbody tr').cells].slice(1, -1).map(c => c.textContent);")
        .await;
    assert_eq!(bands, json!(report.dora.overall));

    // One link for the whole team, opened in a fresh profile.
    browser.click_button("Copy link").await;
    browser
        .wait_until(
            "the copy",
            "return document.querySelector('.share-status').textContent.includes('Link copied');",
        )
        .await;
    let team_link = browser.clipboard().await;
    let fragment = team_link.split('#').nth(1).unwrap();
    println!("team link for 5 people: {} characters", fragment.len());
    assert!(fragment.starts_with("t="));
    browser.close().await;

    let colleague = Browser::start(1280, 900).await;
    colleague.client.goto(&team_link).await.unwrap();
    colleague.wait_for(".team-levels").await;
    assert_eq!(table_shown(&colleague).await, table_expected(&report));
    assert_eq!(disagreements_shown(&colleague).await, expected_ids);
    let heads: Value = colleague
        .js("return [...document.querySelectorAll('.team-levels thead th.person')].map(th => th.textContent);")
        .await;
    // Short labels shown, full ones read out; the key names everyone.
    assert_eq!(
        heads,
        json!([
            "P1Person 1",
            "P2Person 2",
            "P3Person 3",
            "P4Person 4",
            "P5Person 5"
        ])
    );
    let key: Value = colleague
        .js("return [...document.querySelectorAll('.people-key .person-key')].map(k => k.textContent);")
        .await;
    assert_eq!(
        key,
        json!([
            "P1 Person 1",
            "P2 Person 2",
            "P3 Person 3",
            "P4 Person 4",
            "P5 Person 5"
        ])
    );
    let address: Value = colleague.js("return location.hash;").await;
    assert_eq!(
        address, "#/team",
        "the link gives way to the team view's own address"
    );
    // Reload: the team view is kept in this browser, and shown again.
    colleague.client.refresh().await.unwrap();
    colleague.wait_for("#team-title").await;
    colleague.click_button("Team").await;
    colleague.wait_for(".team-levels").await;
    assert_eq!(table_shown(&colleague).await, table_expected(&report));
    colleague.assert_no_console_errors().await;
    colleague.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and ChromeDriver: run scripts/test.sh"]
async fn good_and_bad_inputs_are_each_answered_and_the_good_ones_load() {
    let people = five_people();
    let server = StaticServer::start(&dist_dir(), "/");
    let browser = Browser::start(1280, 900).await;
    open_team_page(&browser, &server).await;
    let good = link_of(&server, &people[0], true);
    let cut = &good[..good.len() - 5];
    let future = format!("{}#r=AgEA", server.base_url);
    let pasted = format!(
        "{good}\nsee you at standup\n{cut}\n{good}\n<{}>\n{future}",
        link_of(&server, &people[1], true)
    );
    paste(&browser, &pasted).await;
    browser.wait_for(".team-levels").await;
    let said = outcomes(&browser).await;
    assert_eq!(said.len(), 6, "{said:?}");
    assert_eq!(said[0], "Line 1: added “Person 1”.");
    assert!(
        said[1].starts_with("Line 2: not added: this is not a link to a result"),
        "{said:?}"
    );
    assert!(
        said[2].starts_with("Line 3: not added: the link is incomplete or was changed"),
        "{said:?}"
    );
    assert!(
        said[3].contains("the same answers as “Person 1”"),
        "{said:?}"
    );
    assert_eq!(said[4], "Line 5: added “Person 2”.");
    assert!(said[5].starts_with("Line 6: not added:"), "{said:?}");
    // The skipped duplicate is information, not a refusal.
    let refused = browser
        .js("return document.querySelectorAll('.team-outcomes li.refused').length;")
        .await;
    assert_eq!(refused, 3);
    let kept: Value = browser
        .js("return document.getElementById('team-links').value;")
        .await;
    assert_eq!(
        kept,
        pasted.as_str(),
        "the text stays for correcting when some lines fail"
    );
    let report = team::aggregate(&people[..2]);
    assert_eq!(table_shown(&browser).await, table_expected(&report));

    // The team's JSON goes into another profile as a file, with a bad file beside it.
    browser.click_button("Download JSON").await;
    let downloaded = browser.downloaded(".json").await;
    // The download folder goes with the browser: keep a copy.
    let file = std::env::temp_dir().join(format!("team-{}.json", std::process::id()));
    std::fs::copy(&downloaded, &file).unwrap();
    let exported: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(exported["format"], "devops-maturity/team");
    assert_eq!(exported["respondents"].as_array().unwrap().len(), 2);
    browser.close().await;

    let bad = std::env::temp_dir().join(format!("team-bad-{}.json", std::process::id()));
    std::fs::write(&bad, "{\"format\":\"something/else\"}").unwrap();
    let other = Browser::start(1280, 900).await;
    open_team_page(&other, &server).await;
    let input = other.wait_for("#team-files").await;
    input
        .send_keys(&format!("{}\n{}", file.display(), bad.display()))
        .await
        .unwrap();
    other.wait_for(".team-levels").await;
    other
        .wait_until(
            "both files",
            "return document.querySelectorAll('.team-outcomes li').length === 3;",
        )
        .await;
    let said = outcomes(&other).await;
    assert!(said[0].ends_with("added “Person 1”."), "{said:?}");
    assert!(
        said[2].contains("not added: the file's format is \"something/else\""),
        "{said:?}"
    );
    assert_eq!(table_shown(&other).await, table_expected(&report));
    other.assert_no_console_errors().await;
    other.close().await;
    std::fs::remove_file(bad).unwrap();
    std::fs::remove_file(file).unwrap();
}

#[test]
fn the_sample_team_is_diverse() {
    let people = five_people();
    let report = team::aggregate(&people);
    assert!(DIMENSIONS.len() == report.dimensions.len());
    assert!(report.dimensions.iter().any(|d| d.min != d.max));
}
