use super::inputs::{add_file, add_links, Outcome};
use super::*;
use crate::core::answers::Answer;
use crate::core::permalink;
use crate::core::testing::all_best;

fn person(label: &str, answers: Answers) -> Respondent {
    Respondent {
        label: label.into(),
        answers,
        revision: bank::REVISION,
    }
}

/// All best answers, with some changed.
fn best_with(changes: &[(&str, Answer)]) -> Answers {
    let mut answers = all_best();
    for (id, answer) in changes {
        answers.set(id, *answer).unwrap();
    }
    answers
}

const NO: Answer = Answer::Choice(1);

#[test]
fn medians_of_odd_and_even_counts() {
    assert_eq!(median(&[3]), 3.0);
    assert_eq!(median(&[5, 1, 3]), 3.0);
    assert_eq!(median(&[4, 1, 3, 2]), 2.5);
    assert_eq!(median(&[2, 2, 5, 5]), 3.5);
    assert_eq!(median(&[]), 1.0);
}

#[test]
fn an_odd_team_takes_the_middle_level_and_the_weakest_median() {
    // "Tests on every pull request" gates CI level 2: "no" holds CI at 1.
    let team = [
        person("A", all_best()),
        person("B", best_with(&[("ci.pr_tests", NO)])),
        person("C", best_with(&[("ci.pr_tests", NO)])),
    ];
    let report = aggregate(&team);
    let ci = report
        .dimensions
        .iter()
        .find(|d| d.dimension == "ci")
        .unwrap();
    assert_eq!(ci.levels, vec![5, 1, 1]);
    assert_eq!((ci.min, ci.median, ci.max), (1, 1.0, 5));
    assert_eq!(report.level, 1.0);
    assert_eq!(report.weakest, vec!["ci"]);
    assert_eq!(report.respondent_levels, vec![5, 1, 1]);
    let other = report
        .dimensions
        .iter()
        .find(|d| d.dimension == "culture")
        .unwrap();
    assert_eq!(other.median, 5.0);
}

#[test]
fn an_even_team_can_have_a_half_level_median() {
    let team = [
        person("A", all_best()),
        person("B", all_best()),
        person("C", best_with(&[("ci.pr_tests", NO)])),
        person("D", best_with(&[("ci.pr_tests", NO)])),
    ];
    let report = aggregate(&team);
    assert_eq!(report.level, 3.0, "median of 1, 1, 5, 5");
    assert_eq!(export::level_text(report.level), "3");
    let team = [
        person("A", all_best()),
        person("B", best_with(&[("ci.pr_tests", NO)])),
    ];
    let report = aggregate(&team);
    assert_eq!(report.level, 3.0);
    let team = [
        person("A", best_with(&[("ci.red_blocks", NO)])),
        person("B", best_with(&[("ci.pr_tests", NO)])),
    ];
    let ci = aggregate(&team).dimensions[1].clone();
    assert_eq!(ci.dimension, "ci");
    assert_eq!(ci.median, (f64::from(ci.levels[0]) + 1.0) / 2.0);
    assert_eq!(export::level_text(1.5), "1.5");
}

#[test]
fn disagreements_are_answers_two_or_more_levels_apart_largest_first() {
    let team = [
        person("A", all_best()),
        person(
            "B",
            best_with(&[
                ("ci.pr_tests", NO),
                ("dora.deploy_frequency", Answer::Choice(1)),
            ]),
        ),
        person(
            "C",
            best_with(&[("dora.deploy_frequency", Answer::Choice(4))]),
        ),
    ];
    let report = aggregate(&team);
    let ids: Vec<&str> = report.disagreements.iter().map(|d| d.question.id).collect();
    assert_eq!(ids, vec!["ci.pr_tests", "dora.deploy_frequency"]);
    let first = &report.disagreements[0];
    assert_eq!((first.spread, first.unit), (4, "levels"));
    assert_eq!(first.answers[1].text, "No");
    assert_eq!(first.answers[0].text, "Yes");
    let second = &report.disagreements[1];
    assert_eq!((second.spread, second.unit), (4, "answer steps"));
    // Neighbouring buckets are not a disagreement.
    let team = [
        person("A", all_best()),
        person(
            "B",
            best_with(&[("dora.deploy_frequency", Answer::Choice(1))]),
        ),
    ];
    assert!(aggregate(&team).disagreements.is_empty());
}

#[test]
fn not_applicable_and_dont_know_are_shown_but_not_compared() {
    let team = [
        person(
            "A",
            best_with(&[("platform.golden_paths", Answer::NotApplicable)]),
        ),
        person("B", best_with(&[("platform.golden_paths", NO)])),
        person("C", best_with(&[("ci.pr_tests", Answer::DontKnow)])),
        person("D", best_with(&[("ci.pr_tests", NO)])),
    ];
    let report = aggregate(&team);
    // A's "not applicable" against B's "no": only one real answer each... B
    // and C, D say yes to golden paths, so B's no is the outlier.
    let golden = report
        .disagreements
        .iter()
        .find(|d| d.question.id == "platform.golden_paths")
        .expect("yes against no");
    assert_eq!(golden.answers[0].text, "Not applicable");
    assert_eq!(golden.answers[0].position, None);
    let pr = report
        .disagreements
        .iter()
        .find(|d| d.question.id == "ci.pr_tests")
        .unwrap();
    assert_eq!(pr.answers[2].text, "Don’t know");
    assert_eq!(pr.answers[2].position, None);
    // Not applicable does not lower A's platform level.
    let platform = report
        .dimensions
        .iter()
        .find(|d| d.dimension == "platform")
        .unwrap();
    assert_eq!(platform.levels[0], 5);
}

#[test]
fn a_respondent_on_another_revision_is_not_compared_on_questions_they_were_not_asked() {
    // Pretend revision 2 added "ci.red_blocks", and A answered revision 1.
    let asked = |revision: u32, id: &str| revision >= 2 || id != "ci.red_blocks";
    let mut a = person("A", best_with(&[("ci.red_blocks", NO)]));
    a.revision = 1;
    let mut b = person("B", all_best());
    b.revision = 2;
    let report = aggregate_with(&[a.clone(), b.clone()], asked);
    assert!(
        report
            .disagreements
            .iter()
            .all(|d| d.question.id != "ci.red_blocks"),
        "A was never asked"
    );
    // With both on the same revision it is a disagreement.
    a.revision = 2;
    let report = aggregate_with(&[a, b], asked);
    let red = report
        .disagreements
        .iter()
        .find(|d| d.question.id == "ci.red_blocks")
        .unwrap();
    assert!(red.answers.iter().all(|a| a.position.is_some()));
    let text = aggregate_with(&[person("X", all_best())], |_, _| false).disagreements;
    assert!(text.is_empty());
}

#[test]
fn dora_bands_side_by_side_with_their_spread() {
    let team = [person("A", all_best()), person("B", Answers::new())];
    let report = aggregate(&team);
    assert_eq!(report.dora.overall, vec![Band::Elite, Band::Low]);
    assert_eq!(report.dora.overall_spread, 3);
    let deploy = &report.dora.metrics[0];
    assert_eq!(deploy.bands, vec![Some(Band::Elite), None]);
    assert_eq!(deploy.spread, 0, "only known answers count");
}

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
    assert_eq!(link::decode(cut), Err(permalink::PermalinkError::Damaged));
    assert_eq!(
        link::decode("r=AAAA"),
        Err(permalink::PermalinkError::NotAPermalink)
    );
    assert_eq!(
        link::decode("t=ab$c"),
        Err(permalink::PermalinkError::Malformed)
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
    use crate::core::store::Assessment;
    let team = five_people();
    let text = export::export(&team, 0.0).to_string();
    let mut loaded = Vec::new();
    let outcomes = add_file(&mut loaded, &text, 0.0);
    assert!(outcomes.iter().all(Outcome::is_added), "{outcomes:?}");
    assert_eq!(loaded, team);

    let mut single = Assessment::new("x".into(), "Payments".into(), 0.0);
    single.answers = Answers::new();
    let text = crate::core::export::export(&single, 0.0).to_string();
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
    // Infrastructure levels 1, 2, 3, 1, 2: median 2, the lowest median.
    assert!(text.contains("**Team level 2 of 5**"));
    assert!(text.contains("- Infrastructure & configuration: median 2 (lowest 1, highest 3)"));
    assert!(text.contains("- Tests run on every pull request (4 levels apart)"));
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
        "nobody added: this team link holds no one"
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
