//! The team formats end to end: team links, pasted lines, team files and the
//! Markdown summary.

use crate::core::formats::permalink;
use crate::core::formats::team_file as export;
use crate::core::formats::team_inputs::{add_file, add_links, Outcome};
use crate::core::formats::team_link as link;
use crate::core::model::answers::{Answer, Answers};
use crate::core::model::bank;
use crate::core::rules::team::{aggregate, Respondent};
use crate::core::testing::{all_best, person};

const NO: Answer = Answer::Choice(bank::NO_INDEX as u8);

fn five_people() -> Vec<Respondent> {
    (0..5u8)
        .map(|i| {
            let mut answers = crate::core::testing::all_best();
            if i % 2 == 1 {
                answers.set("ci.pr_tests", NO).unwrap();
            }
            answers.set("infra.iac", Answer::Choice(i % 3)).unwrap();
            person(&format!("Person {}", i + 1), answers)
        })
        .collect()
}

#[test]
fn the_team_link_round_trips_labels_answers_and_revisions() {
    let team = five_people();
    let fragment = link::encode(&team);
    assert!(fragment.starts_with("t="));
    assert_eq!(link::decode(&format!("#{fragment}")).unwrap(), team);
    assert_eq!(link::decode(&link::encode(&[])).unwrap(), vec![]);
    let ten: Vec<Respondent> = five_people().into_iter().chain(five_people()).collect();
    let length_10 = link::encode(&ten).len();
    println!(
        "team link: 5 people {} characters, 10 people {length_10}",
        fragment.len()
    );
    assert!(length_10 < 2 * fragment.len() + 10);
}

#[test]
fn a_respondent_on_an_unknown_revision_is_written_as_the_current_one() {
    let mut odd = five_people().remove(0);
    odd.revision = 99;
    let back = link::decode(&link::encode(std::slice::from_ref(&odd))).unwrap();
    assert_eq!(back[0].revision, bank::REVISION);
    assert_eq!(back[0].answers, odd.answers);
}

#[test]
fn a_damaged_team_link_is_refused_with_the_reason() {
    let fragment = link::encode(&five_people());
    let cut = &fragment[..fragment.len() - 3];
    assert_eq!(
        link::decode(cut),
        Err(crate::core::formats::packing::LinkError::Damaged)
    );
    assert_eq!(
        link::decode("r=AAAA"),
        Err(crate::core::formats::packing::LinkError::NotAPermalink)
    );
    assert_eq!(
        link::decode("t=ab$c"),
        Err(crate::core::formats::packing::LinkError::Malformed)
    );
}

#[test]
fn pasted_lines_each_get_an_outcome_and_bad_ones_do_not_stop_the_rest() {
    let mut named = all_best();
    named.set("ci.pr_tests", NO).unwrap();
    let good = permalink::encode(&named, Some("Ana"));
    let other = permalink::encode(&all_best(), None);
    let text = format!(
        "https://example.test/tools/#{good}\n\n  <https://example.test/#{other}>  \n\
         https://example.test/#{}\nhello there\n#{other}\n#t=AAAA",
        &good[..good.len() - 4]
    );
    let mut team = Vec::new();
    let outcomes = add_links(&mut team, &text);
    let lines: Vec<usize> = outcomes.iter().map(|(line, _)| *line).collect();
    assert_eq!(lines, vec![1, 3, 4, 5, 6, 7]);
    assert_eq!(outcomes[0].1, vec![Outcome::Added("Ana".into())]);
    assert_eq!(outcomes[1].1, vec![Outcome::Added("Respondent 2".into())]);
    assert!(outcomes[2].1[0]
        .to_string()
        .contains("incomplete or was changed"));
    assert!(outcomes[3].1[0]
        .to_string()
        .contains("not a link to a result"));
    assert!(outcomes[4].1[0]
        .to_string()
        .contains("same answers as “Respondent 2”"));
    assert!(matches!(outcomes[5].1[0], Outcome::Refused(_)));
    assert_eq!(team.len(), 2);

    // A team link adds each of its people, skipping those already there.
    let mut more = vec![team[0].clone()];
    let outcomes = add_links(&mut more, &format!("#{}", link::encode(&team)));
    assert_eq!(outcomes[0].1.len(), 2);
    assert!(!outcomes[0].1[0].is_added() && outcomes[0].1[1].is_added());
}

#[test]
fn files_add_one_assessment_or_a_whole_team() {
    use crate::core::model::saved_state::Assessment;
    let team = five_people();
    let text = export::export(&team, 0.0).to_string();
    let mut loaded = Vec::new();
    let outcomes = add_file(&mut loaded, &text, 0.0);
    assert!(outcomes.iter().all(Outcome::is_added), "{outcomes:?}");
    assert_eq!(loaded, team);

    let mut single = Assessment::new("x".into(), "Payments".into(), 0.0);
    single.answers = Answers::new();
    let text = crate::core::formats::export::export(&single, 0.0).to_string();
    let outcomes = add_file(&mut loaded, &text, 0.0);
    assert_eq!(outcomes, vec![Outcome::Added("Payments".into())]);
    let outcomes = add_file(&mut loaded, "{\"format\":\"devops-maturity/team\",\"version\":1,\"respondents\":[{\"label\":\"x\",\"bank_revision\":99,\"answers\":{}}]}", 0.0);
    assert!(
        outcomes[0].to_string().contains("released revision"),
        "{outcomes:?}"
    );
    let outcomes = add_file(&mut loaded, "not json", 0.0);
    assert!(outcomes[0].to_string().contains("not valid JSON"));
}

#[test]
fn the_markdown_summary_names_people_levels_and_conversations() {
    let team = five_people();
    let report = aggregate(&team);
    let text = export::summary(&team, &report, "https://example.test/#t=x");
    assert!(text.starts_with("**DevOps maturity: team of 5** (`Person 1`, `Person 2`"));
    // The delivery stages' medians are all 5 and the DORA keys are elite;
    // infrastructure (1, 2, 3, 1, 2) is not a stage and does not set it.
    assert!(text.contains("**Team level 5 of 5**"), "{text}");
    assert!(text.contains("- Infrastructure & configuration: median 2 (lowest 1, highest 3)"));
    assert!(
        text.contains("- Tests run on every pull request (3 yes, 2 no)"),
        "{text}"
    );
    assert!(text.contains("- Deployment frequency: Elite, Elite, Elite, Elite, Elite"));
    assert!(text.contains("- Failed deployment recovery time: "));
    assert!(text.contains("answers are still open across the team"));
    assert!(text.ends_with("[Open the team view](https://example.test/#t=x)\n"));
}

#[test]
fn a_team_link_or_file_with_nobody_says_so() {
    let mut team = Vec::new();
    let empty = link::encode(&[]);
    let outcomes = add_links(&mut team, &empty);
    assert_eq!(outcomes.len(), 1);
    assert_eq!(
        outcomes[0].1[0].to_string(),
        "not added: this team link holds no one"
    );
    let file = serde_json::to_string(&export::export(&[], 0.0)).unwrap();
    let outcomes = add_file(&mut team, &file, 0.0);
    assert_eq!(
        outcomes.len(),
        1,
        "an empty team file still gets an outcome line"
    );
    assert!(outcomes[0].to_string().contains("holds no one"));
    // A mangled prefix is named as such.
    let outcomes = add_links(&mut team, &empty.replacen("t=", "T=", 1));
    assert!(outcomes[0].1[0]
        .to_string()
        .contains("looks like a result or team link"));
}

/// A revision-1 person cannot have answered "not applicable" where revision
/// 1 did not offer it: refused with the reason, never read as another answer.
#[test]
fn an_answer_a_revision_did_not_offer_is_refused_not_changed() {
    let mut team = Vec::new();
    let file = r#"{"format":"devops-maturity/team","version":1,"respondents":[{"label":"Old NA","bank_revision":1,"answers":{"infra.remote_state":"not_applicable","observability.tracing":"not_applicable"}}]}"#;
    let outcomes = add_file(&mut team, file, 0.0);
    assert!(team.is_empty());
    assert_eq!(
        outcomes[0].to_string(),
        "not added: question bank revision 1 did not offer \"not_applicable\" for \"infra.remote_state\""
    );
    // The same answers at revision 2 are read, and travel in the link as given.
    let file = file.replace(r#""bank_revision":1"#, r#""bank_revision":2"#);
    add_file(&mut team, &file, 0.0);
    let back = link::decode(&link::encode(&team)).unwrap();
    assert_eq!(back[0].answers, team[0].answers);
    assert_eq!(
        back[0].answers.get("infra.remote_state"),
        Some(crate::core::model::answers::Answer::NotApplicable)
    );
    // A person whose answers do not fit their revision is written in the
    // current one rather than changed.
    let mut mixed = team[0].clone();
    mixed.revision = 1;
    let back = link::decode(&link::encode(&[mixed.clone()])).unwrap();
    assert_eq!(back[0].answers, mixed.answers);
    assert_eq!(back[0].revision, crate::core::model::bank::REVISION);
}

#[test]
fn file_versions_and_duplicate_keys_get_their_own_messages() {
    let mut team = Vec::new();
    let team_file = |version: &str| {
        format!(r#"{{"format":"devops-maturity/team","version":{version},"respondents":[]}}"#)
    };
    for (version, said) in [
        (
            "2",
            "version 2; this app reads version 1 (a newer app may have written it)",
        ),
        ("0", "format version, 0, is not one this app reads"),
        ("-1", "format version, -1, is not one this app reads"),
        ("1.5", "format version, 1.5, is not one this app reads"),
        ("\"1\"", "format version, \"1\", is not one this app reads"),
    ] {
        let outcome = add_file(&mut team, &team_file(version), 0.0);
        assert!(
            outcome[0].to_string().contains(said),
            "{version}: {}",
            outcome[0]
        );
    }
    let outcome = add_file(&mut team, &team_file("1.0"), 0.0);
    assert!(outcome[0].to_string().contains("holds no one"), "1.0 is 1");
    let twice = r#"{"format":"devops-maturity/team","version":1,"respondents":[{"label":"A","bank_revision":3,"answers":{"ci.pr_tests":"yes","ci.pr_tests":"no"}}]}"#;
    let outcome = add_file(&mut team, twice, 0.0);
    assert!(
        outcome[0]
            .to_string()
            .contains("\"ci.pr_tests\" appears twice"),
        "{}",
        outcome[0]
    );
}

#[test]
fn a_line_far_longer_than_any_link_is_refused_unread() {
    let mut team = Vec::new();
    let line = format!("r={}", "A".repeat(256 * 1024));
    let outcomes = add_links(&mut team, &line);
    assert!(outcomes[0].1[0]
        .to_string()
        .contains("262146 characters long, far longer than any link"));
}

#[test]
fn two_tabs_adding_people_at_once_keep_both() {
    use crate::core::formats::team_inputs::merge_teams;
    let person = |label: &str, answer: &str| {
        let mut answers = crate::core::model::answers::Answers::new();
        answers.set_by_id("ci.pr_tests", answer).unwrap();
        crate::core::testing::person(label, answers)
    };
    let base = link::encode(&[person("A", "yes")]);
    let mine = link::encode(&[person("A", "yes"), person("B", "no")]);
    let theirs = link::encode(&[person("A", "yes"), person("C", "dont_know")]);
    let merged = merge_teams(Some(&base), Some(&mine), Some(&theirs))
        .unwrap()
        .unwrap();
    let labels: Vec<String> = link::decode(&merged)
        .unwrap()
        .into_iter()
        .map(|p| p.label)
        .collect();
    assert_eq!(labels, ["A", "C", "B"]);
    // A person this tab removed goes, even if the other tab added someone.
    let mine = link::encode(&[]);
    let merged = merge_teams(Some(&base), Some(&mine), Some(&theirs))
        .unwrap()
        .unwrap();
    let labels: Vec<String> = link::decode(&merged)
        .unwrap()
        .into_iter()
        .map(|p| p.label)
        .collect();
    assert_eq!(labels, ["C"]);
}
