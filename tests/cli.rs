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
    assert_eq!(json["level"], 1);
    assert_eq!(json["dimensions"].as_array().unwrap().len(), 10);
    assert_eq!(json["frameworks"].as_array().unwrap().len(), 5);
    assert_eq!(json["dora"]["metrics"][1]["band"], "elite");
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
            "version 9 is not supported",
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
fn bank_lists_every_question_with_its_choice_ids() {
    let out = run(&["bank"], "");
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["revision"], 1);
    let questions: usize = json["dimensions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["questions"].as_array().unwrap().len())
        .sum();
    assert_eq!(questions, 58);
}
