//! The native command line, run as a real process.
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn run(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_devops-maturity"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn assess_prints_the_full_result_as_json() {
    let dir = std::env::temp_dir().join(format!("devops-maturity-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("answers.json");
    std::fs::write(
        &file,
        r#"{"format":"devops-maturity/answers","version":1,
            "answers":{"delivery.pipeline":"automated","dora.lead_time":"under_day","ci.pr_tests":"dont_know"}}"#,
    )
    .unwrap();
    let out = run(&["assess", file.to_str().unwrap()], "");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["dora_edition"], "DORA 2024");
    assert_eq!(json["dimensions"].as_array().unwrap().len(), 10);
    assert_eq!(json["frameworks"].as_array().unwrap().len(), 5);
    assert_eq!(json["dora"]["metrics"][1]["nearest"][0], "elite");
    // No verdict: no level, and no level for an area with nothing answered.
    assert_eq!(json["headline"]["status"], "needs_answers");
    assert_eq!(json["level"], serde_json::Value::Null);
    assert_eq!(json["dimensions"][0]["level"], serde_json::Value::Null);
    assert_eq!(json["dimensions"][2]["dimension"], "delivery");
    assert_eq!(json["dimensions"][2]["level"], 1);
    // The Quick Check, both editions: one key known, its score alone.
    assert_eq!(json["dora"]["quick_check"][0]["edition"], "2025");
    assert_eq!(json["dora"]["quick_check"][1]["overall"]["low"], 80);
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn assess_reads_standard_input() {
    let out = run(
        &["assess", "-"],
        r#"{"format":"devops-maturity/answers","version":1,"answers":{}}"#,
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("\"level_name\": \"Ad-hoc\""));
}

#[test]
fn bad_input_gives_a_clear_error_and_a_non_zero_exit() {
    let cases = [
        ("not json", "not valid JSON"),
        (
            r#"{"format":"devops-maturity/answers","version":1,"answers":{"x.y":"yes"}}"#,
            "unknown question id \"x.y\"",
        ),
        (
            r#"{"format":"devops-maturity/answers","version":9,"answers":{}}"#,
            "version 9 is not supported (this is version 1); it may come from a newer release",
        ),
        (
            r#"{"format":"devops-maturity/answers","version":-1,"answers":{}}"#,
            "version -1 is not a supported version (expected 1)",
        ),
        (
            r#"{"format":"devops-maturity/answers","version":1.5,"answers":{}}"#,
            "version 1.5 is not a supported version (expected 1)",
        ),
        (
            r#"{"format":"devops-maturity/answers","version":1,"answers":{"ci.pr_tests":"yes","ci.pr_tests":"no"}}"#,
            "the key \"ci.pr_tests\" appears twice",
        ),
    ];
    for (input, message) in cases {
        let out = run(&["assess", "-"], input);
        assert_eq!(out.status.code(), Some(1), "{input}");
        assert!(out.stdout.is_empty());
        assert!(
            text(&out.stderr).contains(message),
            "{input}: {}",
            text(&out.stderr)
        );
    }
    let out = run(&["assess", "/no/such/file.json"], "");
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("cannot read /no/such/file.json"));
}

#[test]
fn usage_errors_exit_with_two_and_show_usage() {
    for args in [&[][..], &["frobnicate"][..], &["assess"][..]] {
        let out = run(args, "");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(text(&out.stderr).contains("Usage:"));
    }
}

#[test]
fn bank_lists_every_question_in_the_questionnaires_order() {
    let out = run(&["bank"], "");
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["revision"], 3);
    let questions: Vec<&serde_json::Value> = json["sections"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["questions"].as_array().unwrap())
        .collect();
    assert_eq!(questions.len(), 58);
    assert_eq!(json["sections"][0]["name"], "Quick start");
    assert_eq!(questions[0]["id"], "org.product_engineers");
    let quick = questions
        .iter()
        .filter(|q| q["quick_start"] == true)
        .count();
    assert_eq!(quick, 9);
    let follow_up = questions
        .iter()
        .find(|q| q["id"] == "culture.actions_completed")
        .unwrap();
    assert_eq!(follow_up["skip_rules"][0]["when"], "culture.postmortems");
    assert_eq!(follow_up["skip_rules"][0]["settles_as"], "skipped");
    // Least mature first everywhere.
    assert_eq!(follow_up["choices"][0]["id"], "no");
    assert_eq!(questions[1]["choices"][0]["id"], "rarely");
    let rate = questions
        .iter()
        .find(|q| q["id"] == "dora.change_failure_rate")
        .unwrap();
    assert_eq!(rate["percent"]["max"], 100);
    assert_eq!(rate["choices"].as_array().unwrap().len(), 0);
    assert_eq!(rate["earlier_choices"][0]["id"], "over_30");
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let out = run(
        &["assess", "-"],
        "\u{feff}{\"format\":\"devops-maturity/answers\",\"version\":1,\"answers\":{\"ci.pr_tests\":\"yes\"}}",
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
}

#[test]
fn oversized_input_states_the_limit() {
    let big = format!("{{\"pad\":\"{}\"}}", "x".repeat(2 << 20));
    let file =
        std::env::temp_dir().join(format!("devops-maturity-big-{}.json", std::process::id()));
    std::fs::write(&file, big).unwrap();
    let out = run(&["assess", file.to_str().unwrap()], "");
    std::fs::remove_file(&file).unwrap();
    assert_eq!(out.status.code(), Some(1));
    let message = text(&out.stderr);
    assert!(
        message.contains("over the limit of 1048576 bytes (1 MiB)"),
        "{message}"
    );
    assert!(
        !message.contains("1048577"),
        "no size that was never measured"
    );
}

#[test]
fn a_closed_standard_output_fails_the_run() {
    // The reading end is closed before the program starts, so its first
    // write fails whatever the timing.
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let child = Command::new(env!("CARGO_BIN_EXE_devops-maturity"))
        .args(["bank"])
        .stdin(Stdio::null())
        .stdout(writer)
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("cannot write the output"));
}

#[test]
fn link_prints_a_permalink_that_opens_the_same_answers() {
    let input = r#"{"format":"devops-maturity/answers","version":1,
        "answers":{"delivery.pipeline":"automated","dora.lead_time":"under_day","ci.pr_tests":"dont_know"}}"#;
    let out = run(&["link", "-"], input);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let line = text(&out.stdout);
    let fragment = line.trim_end();
    assert!(fragment.starts_with("#r="), "{fragment}");
    let shared = devops_maturity::core::formats::permalink::decode(fragment).unwrap();
    let expected = devops_maturity::core::formats::answers_file::parse(input).unwrap();
    assert_eq!(shared.answers, expected);
    assert_eq!(
        shared.name, None,
        "a name never travels from the command line"
    );

    let out = run(&["link", "-"], "{}");
    assert_eq!(out.status.code(), Some(1));
    let out = run(&["link"], "");
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn org_rolls_up_folders_and_reports_each_refused_file() {
    let dir = std::env::temp_dir().join(format!("devops-maturity-org-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let made = run(
        &[
            "sample",
            "--teams",
            "12",
            "--seed",
            "4",
            "--out",
            dir.to_str().unwrap(),
        ],
        "",
    );
    assert!(made.status.success(), "{}", text(&made.stderr));
    let files = std::fs::read_dir(&dir)
        .unwrap()
        .filter(|e| e.as_ref().unwrap().path().is_file())
        .count();
    assert_eq!(files, 12, "one file per team now");
    // A clean folder: exit 0, JSON in the published format.
    let clean = run(&["org", dir.to_str().unwrap()], "");
    assert_eq!(clean.status.code(), Some(0), "{}", text(&clean.stderr));
    let rollup: serde_json::Value = serde_json::from_slice(&clean.stdout).unwrap();
    assert_eq!(rollup["format"], "devops-maturity/org");
    assert_eq!(rollup["summary"]["teams"], 12);
    // Bad files beside them: each named on stderr, the rest still rolled up, exit 1.
    std::fs::write(dir.join("broken.json"), "{\"format\":").unwrap();
    std::fs::write(dir.join("links.txt"), "not a link\n").unwrap();
    std::fs::write(dir.join("photo.png"), [0x89u8, 0x50, 0xff, 0xfe]).unwrap();
    let mixed = run(
        &[
            "org",
            "--format",
            "csv",
            dir.to_str().unwrap(),
            "/no/such/folder",
        ],
        "",
    );
    assert_eq!(mixed.status.code(), Some(1));
    let stderr = text(&mixed.stderr);
    for name in [
        "broken.json",
        "links.txt, line 1",
        "photo.png",
        "/no/such/folder",
    ] {
        assert!(stderr.contains(name), "{name} not in {stderr}");
    }
    let csv = text(&mixed.stdout);
    assert_eq!(csv.lines().count(), 13, "{csv}");
    assert!(csv.starts_with("path,team,date,headline,band,"));
    let markdown = run(
        &[
            "org",
            "--format",
            "markdown",
            "--target",
            "2",
            dir.to_str().unwrap(),
        ],
        "",
    );
    assert!(text(&markdown.stdout).contains("**Areas at level 2 or above**"));
    // A link back up the tree is walked once, not for ever.
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(&dir, dir.join("loop")).unwrap();
        let looped = run(&["org", "--format", "csv", dir.to_str().unwrap()], "");
        assert_eq!(text(&looped.stdout).lines().count(), 13);
    }
    let usage = run(&["org", "--format", "xml", "x"], "");
    assert_eq!(usage.status.code(), Some(2));
    let _ = std::fs::remove_dir_all(&dir);
}
