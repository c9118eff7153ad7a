//! Folders of result files for the organisation view's tests and benchmark.

use std::path::{Path, PathBuf};

use devops_maturity::core::formats::{export, team_file};
use devops_maturity::core::model::bank;
use devops_maturity::core::model::saved_state::Assessment;
use devops_maturity::core::rules::org::sample;
use devops_maturity::core::rules::team::Respondent;

use crate::support::browser::Browser;

/// A fresh folder of files: a sample organisation's results as the app
/// writes them (an export per person alone, a team file per team of several).
pub fn sample_folder(label: &str, teams: usize, seed: u64) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "devops-maturity-org-{label}-{}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let now = 1_790_000_000_000.0;
    for (t, team) in sample::organisation(teams, seed, now).iter().enumerate() {
        let (date, people) = team.rounds.last().unwrap();
        let doc = match people.as_slice() {
            [(id, label, answers)] => {
                let mut a = Assessment::new(id.clone(), label.clone(), *date);
                a.answers = answers.clone();
                a.belonging = team.belonging.clone();
                export::export(&a, *date)
            }
            _ => team_file::export(
                &people
                    .iter()
                    .map(|(_, label, answers)| Respondent {
                        label: label.clone(),
                        answers: answers.clone(),
                        revision: bank::REVISION,
                        belonging: team.belonging.clone(),
                    })
                    .collect::<Vec<_>>(),
                *date,
            ),
        };
        std::fs::write(dir.join(format!("team-{t:04}.json")), doc.to_string()).unwrap();
    }
    dir
}

/// The files of a folder, one path a line, as a file input takes several.
pub fn files_in(dir: &Path) -> String {
    let mut files: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .map(|p| p.display().to_string())
        .collect();
    files.sort();
    files.join("\n")
}

/// Picks files (one path a line) in the organisation view's file input, as a
/// person choosing them would.
pub async fn pick_files(browser: &Browser, paths: &str) {
    browser
        .wait_for("#org-files")
        .await
        .send_keys(paths)
        .await
        .unwrap();
}
