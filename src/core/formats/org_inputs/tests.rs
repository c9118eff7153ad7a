use super::*;
use crate::core::model::answers::Answers;
use crate::core::model::saved_state::Assessment;
use crate::core::rules::org::build;
use crate::core::testing::all_best;

const NOW: f64 = 1_800_000_000_000.0;

fn export_text(id: &str, team: &str, path: &str, answers: Answers) -> String {
    let mut assessment = Assessment::new(id.into(), format!("{team} lead"), NOW - 1000.0);
    assessment.answers = answers;
    assessment.belonging = Belonging::new(team, path);
    export::export(&assessment, NOW).to_string()
}

#[test]
fn files_and_links_mix_and_bad_ones_are_listed_with_their_reason() {
    let mut read = Read::default();
    read_file(
        &mut read,
        "a.json",
        &export_text("a1", "Atlas", "Payments / Web", all_best()),
        NOW,
    );
    let link = permalink::encode_with(&all_best(), Some("Bo"), &Belonging::new("Beacon", "Retail"));
    let links = format!("https://x.example/#{link}\n\nnot a link\n#r=AAAA\n");
    read_file(&mut read, "links.txt", &links, NOW);
    read_file(&mut read, "broken.json", "{\"format\":", NOW);
    read_file(&mut read, "other.json", "{\"format\":\"dsomm\"}", NOW);
    read_file(&mut read, "image.png", "\u{89}PNG\r\n", NOW);
    read_file(
        &mut read,
        "future.json",
        &export_text("f", "F", "", all_best())
            .replace("\"bank_revision\":3", "\"bank_revision\":9"),
        NOW,
    );
    assert_eq!(read.members.len(), 2, "{:?}", read.notes);
    let refused: Vec<&str> = read
        .notes
        .iter()
        .filter(|n| n.refused)
        .map(|n| n.source.as_str())
        .collect();
    assert_eq!(
        refused,
        [
            "links.txt, line 3",
            "links.txt, line 4",
            "broken.json",
            "other.json",
            "image.png",
            "future.json"
        ]
    );
    assert!(read.notes.iter().all(|n| !n.message.is_empty()));
    let org = build(read.members);
    let names: Vec<&str> = org.teams.iter().map(|t| t.name()).collect();
    assert_eq!(names, ["Atlas", "Beacon"]);
}

#[test]
fn a_result_without_a_team_is_a_team_of_its_own_and_markup_stays_text() {
    let mut read = Read::default();
    read_file(
        &mut read,
        "x.json",
        &export_text("x", "", "", all_best()),
        NOW,
    );
    read_file(
        &mut read,
        "y.json",
        &export_text(
            "y",
            "<script>alert(1)</script>",
            "<b>Deep</b>/".repeat(50).as_str(),
            all_best(),
        ),
        NOW,
    );
    assert_eq!(read.without_team, 1);
    let org = build(read.members);
    assert_eq!(org.teams.len(), 2);
    let names: Vec<&str> = org.teams.iter().map(|t| t.name()).collect();
    assert!(names.contains(&" lead".trim()), "{names:?}");
    let deep = org
        .teams
        .iter()
        .find(|t| t.name().starts_with("<script>"))
        .unwrap();
    assert_eq!(
        deep.belonging.path.len(),
        crate::core::model::belonging::MAX_PATH_PARTS
    );
}

#[test]
fn a_team_file_is_one_team_and_read_twice_counts_once() {
    let people = vec![
        crate::core::testing::person("Ana", all_best()),
        crate::core::testing::person("Bo", Answers::new()),
    ];
    let mut people = people;
    people[0].belonging = Belonging::new("Comet", "Platform");
    let text = team_file::export(&people, NOW).to_string();
    let mut read = Read::default();
    read_file(&mut read, "team.json", &text, NOW);
    read_file(&mut read, "copy of team.json", &text, NOW);
    let org = build(read.members);
    assert_eq!(org.teams.len(), 1);
    assert_eq!(org.teams[0].now().people, 2);
    assert_eq!(org.teams[0].path_text(), "Platform");
}

#[test]
fn no_input_makes_the_reader_panic() {
    let mut read = Read::default();
    for text in ["", "{", "[]", "{}", "null", "\u{0}", "{\"format\":\"devops-maturity/org\"}",
        "{\"format\":\"devops-maturity/org\",\"version\":1,\"members\":[{}]}",
        "{\"format\":\"devops-maturity/org\",\"version\":1,\"members\":[{\"id\":\"a\",\"date\":\"2026-01-01T00:00:00Z\",\"bank_revision\":3,\"answers\":{\"nope\":\"x\"}}]}",
        "#t=AAAA", "r=", "#r=\u{202E}", &"#r=A".repeat(10_000)] {
        read_file(&mut read, "x", text, NOW);
        read_links(&mut read, "pasted", text, NOW);
    }
    assert!(read.members.is_empty());
}
