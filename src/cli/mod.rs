//! The native command line over the core: reads an answers file and prints the
//! full result as JSON; rolls up an organisation's results (`org`) and makes
//! a sample organisation (`sample`).

mod org;

use std::io::{Read, Write};

use crate::core::formats::answers_file;
use crate::core::formats::export;
use crate::core::formats::permalink;
use crate::core::model::bank;
use crate::core::model::product;
use crate::core::rules::report;

const USAGE: &str = "\
Usage:
  devops-maturity assess <answers.json | ->   print the full result as JSON
  devops-maturity link <answers.json | ->     print the result link's fragment (#r=...)
  devops-maturity bank                        print the questions as JSON, in the
                                              questionnaire's order, with the quick
                                              start and the skip rules
  devops-maturity org [--format json|csv|markdown] [--target LEVEL] PATH...
                                              roll up an organisation: reads files and
                                              folders (recursively; links one per line
                                              in .txt files), prints the roll-up (JSON
                                              by default, schema org-v1); each refused
                                              file goes to stderr with its reason, and
                                              the exit status is 1 if any was refused
  devops-maturity sample --teams N [--seed S] --out DIR
                                              write a sample organisation's result
                                              files (an earlier round in DIR/earlier)
  devops-maturity --version | --help

An answers file looks like:
  {\"format\": \"devops-maturity/answers\", \"version\": 1, \"bank_revision\": 3,
   \"answers\": {\"ci.pr_tests\": \"yes\", \"dora.lead_time\": \"under_day\",
               \"dora.change_failure_rate\": 12}}
Values are choice ids from `bank`, \"dont_know\" or \"not_applicable\"; the change
failure and rework rates are whole percentages. Without \"bank_revision\" a file is
read as revision 2 (ids of revisions 1 and 2, no percentages).";

/// Runs the command line; returns the process exit code.
pub fn run(args: &[String], stdout: &mut dyn Write, stderr: &mut dyn Write) -> i32 {
    let result = match args.first().map(String::as_str) {
        Some("assess") => match args.get(1..) {
            Some([path]) => assess(path, stdout),
            _ => Err(Usage(
                "assess takes one file path, or - for standard input".into(),
            )),
        },
        Some("link") => match args.get(1..) {
            Some([path]) => link(path, stdout),
            _ => Err(Usage(
                "link takes one file path, or - for standard input".into(),
            )),
        },
        Some("bank") if args.len() == 1 => write_json(stdout, &bank_json()),
        Some("org") => org::org(&args[1..], stdout, stderr),
        Some("sample") => org::sample(&args[1..], stdout),
        Some("--version" | "-V") => writeln!(stdout, "devops-maturity {}", product::VERSION)
            .map_err(|e| Failure(e.to_string())),
        Some("--help" | "-h") => writeln!(stdout, "{USAGE}").map_err(|e| Failure(e.to_string())),
        Some(other) => Err(Usage(format!("unknown command {other:?}"))),
        None => Err(Usage("no command given".into())),
    };
    // Buffered output is written out here, also when some inputs were
    // refused (the roll-up of the rest is printed): a closed standard output
    // must fail the run, not vanish silently.
    let flushed = stdout
        .flush()
        .map_err(|e| Failure(format!("cannot write the output: {e}")));
    let result = match (result, flushed) {
        (Ok(()), flushed) => flushed,
        (Err(Refused), Err(failed)) => Err(failed),
        (result, _) => result,
    };
    match result {
        Ok(()) => 0,
        Err(Usage(message)) => {
            let _ = writeln!(stderr, "devops-maturity: {message}\n\n{USAGE}");
            2
        }
        Err(Failure(message)) => {
            let _ = writeln!(stderr, "devops-maturity: {message}");
            1
        }
        // The output is written; some inputs were refused (and said so).
        Err(Refused) => 1,
    }
}

enum Error {
    Usage(String),
    Failure(String),
    /// Some inputs were refused, each already reported.
    Refused,
}
use Error::{Failure, Refused, Usage};

fn assess(path: &str, stdout: &mut dyn Write) -> Result<(), Error> {
    let text = read_input(path)?;
    let answers = answers_file::parse(&text).map_err(|e| Failure(format!("{path}: {e}")))?;
    write_json(
        stdout,
        &export::report_json(&report::assess(&answers), &answers),
    )
}

/// The fragment of the result link for an answers file or export: the answers
/// only (a name or notes never travel unless a person adds them in the app).
fn link(path: &str, stdout: &mut dyn Write) -> Result<(), Error> {
    let text = read_input(path)?;
    let answers = answers_file::parse(&text).map_err(|e| Failure(format!("{path}: {e}")))?;
    writeln!(stdout, "#{}", permalink::encode(&answers, None))
        .map_err(|e| Failure(format!("cannot write the output: {e}")))
}

fn read_input(path: &str) -> Result<String, Error> {
    let mut bytes = Vec::new();
    let limit = answers_file::MAX_BYTES as u64 + 1;
    let read = if path == "-" {
        std::io::stdin().take(limit).read_to_end(&mut bytes)
    } else {
        std::fs::File::open(path).and_then(|f| f.take(limit).read_to_end(&mut bytes))
    };
    read.map_err(|e| Failure(format!("cannot read {path}: {e}")))?;
    String::from_utf8(bytes).map_err(|_| Failure(format!("{path}: not UTF-8 text")))
}

fn write_json(stdout: &mut dyn Write, value: &impl serde::Serialize) -> Result<(), Error> {
    let failed = |e: &dyn std::fmt::Display| Failure(format!("cannot write the output: {e}"));
    serde_json::to_writer_pretty(&mut *stdout, value)
        .map_err(|e| failed(&e))
        .and_then(|()| writeln!(stdout).map_err(|e| failed(&e)))
}

/// How many choices are offered now (a percentage offers none by id: it is
/// written as a number); the rest are earlier revisions' answers, still read.
fn offered(q: &bank::Question) -> usize {
    match q.kind {
        bank::Kind::Metric(m) if m.is_percent() => 0,
        bank::Kind::Metric(m) => bank::dora::offered(m),
        _ => q.choices().len(),
    }
}

/// A percentage question's range, written as a whole number in files.
fn percent(q: &bank::Question) -> serde_json::Value {
    match q.kind {
        bank::Kind::Metric(m) if m.is_percent() => serde_json::json!({ "min": 0, "max": 100 }),
        _ => serde_json::Value::Null,
    }
}

/// The bank in the questionnaire's order: each section, each question with
/// its choices, whether the quick start asks it and the rules that settle it.
fn bank_json() -> serde_json::Value {
    use bank::questionnaire;
    use bank::skips::{self, Settle};
    use serde_json::json;
    let sections: Vec<_> = questionnaire::sections()
        .iter()
        .map(|section| {
            let questions: Vec<_> = section
                .questions()
                .iter()
                .map(|q| {
                    let rules: Vec<_> = skips::rules_for(q.id)
                        .map(|rule| {
                            json!({
                                "when": rule.when,
                                "chosen": rule.chosen,
                                "settles_as": match rule.settle {
                                    Settle::As(choice) => choice,
                                    Settle::Skipped => "skipped",
                                },
                                "reason": rule.reason,
                            })
                        })
                        .collect();
                    json!({
                        "id": q.id,
                        "area": q.dimension,
                        "prompt": q.prompt,
                        "choices": q.choices()[..offered(q)].iter().map(|c| json!({"id": c.id, "text": c.text})).collect::<Vec<_>>(),
                        "percent": percent(q),
                        "earlier_choices": q.choices()[q.offered_choices().max(offered(q))..].iter().map(|c| json!({"id": c.id, "text": c.text})).collect::<Vec<_>>(),
                        "not_applicable_allowed": q.allows_not_applicable,
                        "quick_start": questionnaire::is_quick_start(q.id),
                        "skip_rules": rules,
                    })
                })
                .collect();
            json!({ "id": section.id, "name": section.name, "questions": questions })
        })
        .collect();
    json!({ "revision": bank::REVISION, "sections": sections })
}
