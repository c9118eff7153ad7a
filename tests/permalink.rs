//! Permalinks: round trips, released revisions, length, and hostile input.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::answers_from;

use devops_maturity::core::formats::packing::LinkError;
use devops_maturity::core::formats::permalink::{decode, encode};
use devops_maturity::core::model::answers::{Answer, Answers};
use devops_maturity::core::model::bank::{self, Kind};
use devops_maturity::core::support::plain_text::single_line;
use proptest::prelude::*;

/// Every question answered with its last choice: the widest states.
fn everything_answered() -> Answers {
    let mut answers = Answers::new();
    for q in bank::questions() {
        let last = q.choices().len() as u8 - 1;
        answers.set(q.id, Answer::Choice(last)).unwrap();
    }
    answers
}

#[test]
fn a_full_assessment_fits_in_100_characters() {
    let fragment = encode(&everything_answered(), None);
    println!(
        "full permalink fragment: {} characters: #{fragment}",
        fragment.len()
    );
    assert!(fragment.len() <= 100, "{} characters", fragment.len());
    assert_eq!(decode(&fragment).unwrap().answers, everything_answered());
}

/// One link per released revision, kept forever: it must keep opening with
/// exactly these answers, whatever the options' order in later revisions.
#[test]
fn released_revision_links_still_open_with_the_same_answers() {
    let mut expected = Answers::new();
    for (id, choice) in [
        ("culture.ownership", "you_build_it"),
        ("ci.pr_tests", "yes"),
        ("ci.red_blocks", "no"),
        ("delivery.pipeline", "automated"),
        ("infra.iac", "dont_know"),
        ("platform.golden_paths", "not_applicable"),
        ("dora.deploy_frequency", "daily"),
        ("dora.lead_time", "under_week"),
        ("dora.change_failure_rate", "up_to_15"),
        ("dora.recovery_time", "under_day"),
        ("org.product_engineers", "under_50"),
        ("toil.share", "under_fifth"),
    ] {
        expected.set_by_id(id, choice).unwrap();
    }
    const RELEASED: [(u32, &str); 4] = [
        (1, "r=AQEABHCAAAAEAAAAAAAYNwCAAQIKHts"),
        (2, "r=AQIABFiAAAAEAAAAAADAZQEABggoyxk"),
        // The failure rate as an earlier-scale answer, which revision 3 keeps.
        (3, "r=AQMABFiAAAAEAAAAAADATRsAAAwQUADgJg"),
        // Link format 2 (team and path), revision 3.
        (3, "r=AgMABFiAAAAEAAAAAADATRsAAAwQUABPOw"),
    ];
    assert_eq!(
        encode(&expected, None),
        RELEASED[RELEASED.len() - 1].1,
        "the current revision's encoding changed"
    );
    for (revision, link) in RELEASED {
        let shared = decode(&format!("#{link}")).unwrap();
        assert_eq!(shared.revision, revision);
        assert_eq!(shared.answers, expected, "revision {revision}");
    }
}

#[test]
fn every_single_character_change_is_refused() {
    let fragment = encode(&answers_from(&[7; 58]), Some("Team"));
    let alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    for (i, original) in fragment.char_indices().skip(2) {
        for replacement in alphabet.chars().filter(|c| *c != original) {
            let mut tampered = fragment.clone();
            tampered.replace_range(i..i + 1, &replacement.to_string());
            assert!(decode(&tampered).is_err(), "accepted {tampered}");
        }
    }
}

#[test]
fn truncated_links_say_they_are_incomplete() {
    let fragment = encode(&everything_answered(), None);
    for cut in 3..fragment.len() {
        let error = decode(&fragment[..cut]).unwrap_err();
        assert!(
            matches!(error, LinkError::Damaged | LinkError::Malformed),
            "{cut}: {error:?}"
        );
    }
}

#[test]
fn future_and_unknown_links_are_explained() {
    // A well-formed link from a future format or revision: build one by hand.
    let future = "r=AgEAAAA";
    assert!(decode(future).is_err());
    assert!(decode(&"r=".repeat(400)).is_err());
    let message = LinkError::FutureFormat(2).to_string();
    assert!(message.contains("newer version"));
    let message = LinkError::UnknownRevision(9).to_string();
    assert!(message.contains("revision 9"));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_answers_round_trip(picks in proptest::collection::vec(any::<u8>(), 58), name in proptest::option::of("[a-zA-Z0-9 äöü–\n\t\r\u{0}-\u{1f}\u{2028}*#\\[\\]()]{1,80}")) {
        let answers = answers_from(&picks);
        let shared = decode(&encode(&answers, name.as_deref())).unwrap();
        prop_assert_eq!(shared.answers, answers);
        // Names travel as one line of plain text.
        prop_assert_eq!(&shared.name, &name.map(|n| single_line(&n)).filter(|n| !n.is_empty()));
        if let Some(name) = shared.name {
            let one_line = !name.chars().any(|c| c.is_control() || c == '\u{2028}');
            prop_assert!(one_line);
        }
    }

    #[test]
    fn decoding_never_panics_on_any_string(text in ".{0,600}") {
        let _ = decode(&text);
        let _ = decode(&format!("r={text}"));
    }

    #[test]
    fn decoding_never_panics_on_base64_like_input(text in "[A-Za-z0-9_-]{0,200}") {
        let _ = decode(&format!("#r={text}"));
    }
}

#[test]
fn question_kinds_are_all_covered_by_the_round_trip() {
    let kinds: std::collections::HashSet<&str> = bank::questions()
        .map(|q| match q.kind {
            Kind::Statement(_) => "statement",
            Kind::Practice { .. } => "practice",
            Kind::Metric(_) => "metric",
            Kind::Context(_) => "context",
        })
        .collect();
    assert_eq!(kinds.len(), 4);
}
