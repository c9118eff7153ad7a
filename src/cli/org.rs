//! `org`: an organisation's roll-up from files and folders; `sample`: a
//! sample organisation's result files.

use std::collections::HashSet;
use std::io::{Read as _, Write};
use std::path::{Path, PathBuf};

use super::{write_json, Error, Failure, Refused, Usage};
use crate::core::formats::export;
use crate::core::formats::org_inputs::{self, Read, MAX_FILE_BYTES};
use crate::core::formats::rollup;
use crate::core::formats::team_file;
use crate::core::model::saved_state::Assessment;
use crate::core::rules::org::{self, sample, Team, DEFAULT_TARGET};
use crate::core::rules::team::Respondent;

fn now_ms() -> f64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0.0, |d| d.as_millis() as f64)
}

/// Every file under the paths, folders walked recursively, in name order;
/// a folder reached twice (a link back up) is walked once.
fn files(paths: &[String], read: &mut Read) -> Vec<PathBuf> {
    fn walk(path: &Path, found: &mut Vec<PathBuf>, seen: &mut HashSet<PathBuf>, read: &mut Read) {
        match std::fs::metadata(path) {
            Ok(meta) if meta.is_dir() => {
                let real = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
                if !seen.insert(real) {
                    return;
                }
                match std::fs::read_dir(path) {
                    Ok(entries) => {
                        let mut children: Vec<PathBuf> =
                            entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
                        children.sort();
                        for child in children {
                            walk(&child, found, seen, read);
                        }
                    }
                    Err(e) => refuse(read, path, &format!("cannot read the folder: {e}")),
                }
            }
            Ok(_) => found.push(path.to_path_buf()),
            Err(e) => refuse(read, path, &format!("cannot read it: {e}")),
        }
    }
    let mut found = Vec::new();
    let mut seen = HashSet::new();
    for path in paths {
        walk(Path::new(path), &mut found, &mut seen, read);
    }
    found
}

fn refuse(read: &mut Read, path: &Path, message: &str) {
    read.refuse(&path.display().to_string(), message);
}

fn read_path(read: &mut Read, path: &Path, now_ms: f64) {
    let source = path.display().to_string();
    let mut bytes = Vec::new();
    let opened = std::fs::File::open(path)
        .and_then(|f| f.take(MAX_FILE_BYTES as u64 + 1).read_to_end(&mut bytes));
    if let Err(e) = opened {
        return refuse(read, path, &format!("cannot read it: {e}"));
    }
    match String::from_utf8(bytes) {
        Ok(text) => org_inputs::read_file(read, &source, &text, now_ms),
        Err(_) => refuse(read, path, "not UTF-8 text: not a file of this app"),
    }
}

pub fn org(args: &[String], stdout: &mut dyn Write, stderr: &mut dyn Write) -> Result<(), Error> {
    let mut format = "json";
    let mut target = DEFAULT_TARGET;
    let mut paths = Vec::new();
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--format" => {
                format = match rest.next().map(String::as_str) {
                    Some(f @ ("json" | "csv" | "markdown")) => f,
                    _ => return Err(Usage("--format takes json, csv or markdown".into())),
                }
            }
            "--target" => {
                target = rest
                    .next()
                    .and_then(|t| t.parse().ok())
                    .filter(|t| crate::core::model::levels::is_level(*t))
                    .ok_or_else(|| Usage("--target takes a level from 1 to 5".into()))?
            }
            _ => paths.push(arg.clone()),
        }
    }
    if paths.is_empty() {
        return Err(Usage("org takes at least one file or folder".into()));
    }
    let now = now_ms();
    let mut read = Read::default();
    let found = files(&paths, &mut read);
    read_in_parallel(&mut read, &found, now);
    let refused: Vec<_> = read.notes.iter().filter(|n| n.refused).collect();
    for note in &refused {
        let _ = writeln!(
            stderr,
            "devops-maturity: refused {}: {}",
            note.source, note.message
        );
    }
    let target = read.target.unwrap_or(target);
    let org = build_in_parallel(read.members);
    let teams: Vec<&Team> = org.teams.iter().collect();
    let written = match format {
        "csv" => write!(stdout, "{}", rollup::csv(&teams)).map_err(|e| Failure(e.to_string())),
        "markdown" => write!(stdout, "{}", rollup::markdown(&teams, target))
            .map_err(|e| Failure(e.to_string())),
        _ => write_json(stdout, &rollup::export(&org, target, now)),
    };
    written?;
    if refused.is_empty() {
        Ok(())
    } else {
        Err(Refused)
    }
}

fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// Reads the files on every core, each core a run of them; what they gave
/// is joined in the files' order.
fn read_in_parallel(read: &mut Read, files: &[PathBuf], now: f64) {
    let chunk = files.len().div_ceil(cores()).max(1);
    let parts: Vec<Read> = std::thread::scope(|scope| {
        let handles: Vec<_> = files
            .chunks(chunk)
            .map(|run| {
                scope.spawn(move || {
                    let mut part = Read::default();
                    for path in run {
                        read_path(&mut part, path, now);
                    }
                    part
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_default())
            .collect()
    });
    for part in parts {
        read.members.extend(part.members);
        read.notes.extend(part.notes);
        read.target = read.target.or(part.target);
        read.without_team += part.without_team;
    }
}

/// As `org::build`, each team computed on one of the machine's cores.
fn build_in_parallel(members: Vec<org::Member>) -> org::Org {
    let (groups, notes) = org::group(members);
    let chunk = groups.len().div_ceil(cores()).max(1);
    let mut groups = groups;
    let mut chunks = Vec::new();
    while !groups.is_empty() {
        let rest = groups.split_off(chunk.min(groups.len()));
        chunks.push(std::mem::replace(&mut groups, rest));
    }
    let teams = std::thread::scope(|scope| {
        let handles: Vec<_> = chunks
            .into_iter()
            .map(|chunk| {
                scope.spawn(move || chunk.into_iter().map(org::team_of).collect::<Vec<_>>())
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    });
    org::assemble(teams, notes)
}

pub fn sample(args: &[String], stdout: &mut dyn Write) -> Result<(), Error> {
    let (mut teams, mut seed, mut out) = (None, 1u64, None);
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        let value = rest.next();
        match (arg.as_str(), value) {
            ("--teams", Some(n)) => {
                teams = n
                    .parse::<usize>()
                    .ok()
                    .filter(|n| (1..=100_000).contains(n))
            }
            ("--seed", Some(s)) => {
                seed = s
                    .parse()
                    .map_err(|_| Usage("--seed takes a whole number".into()))?
            }
            ("--out", Some(dir)) => out = Some(PathBuf::from(dir)),
            _ => return Err(Usage(format!("sample does not take {arg:?} here"))),
        }
    }
    let (Some(teams), Some(out)) = (teams, out) else {
        return Err(Usage(
            "sample takes --teams N (1 to 100000) and --out DIR".into(),
        ));
    };
    let failed = |e: std::io::Error| Failure(format!("cannot write into {}: {e}", out.display()));
    let mut written = 0;
    for (t, team) in sample::organisation(teams, seed, now_ms())
        .iter()
        .enumerate()
    {
        let last = team.rounds.len() - 1;
        for (k, (date, people)) in team.rounds.iter().enumerate() {
            let dir = if k == last {
                out.clone()
            } else {
                out.join("earlier")
            };
            std::fs::create_dir_all(&dir).map_err(failed)?;
            let name = format!(
                "{t:05}-{}",
                export::slug(&format!(
                    "{} {}",
                    team.belonging.path_text(),
                    team.belonging.team
                ))
            );
            let file = match people.as_slice() {
                [(id, label, answers)] => {
                    let mut assessment = Assessment::new(
                        id.clone(),
                        format!("{} – {label}", team.belonging.team),
                        *date,
                    );
                    assessment.answers = answers.clone();
                    assessment.belonging = team.belonging.clone();
                    export::export(&assessment, *date)
                }
                _ => {
                    let respondents: Vec<Respondent> = people
                        .iter()
                        .map(|(_, label, answers)| Respondent {
                            label: label.clone(),
                            answers: answers.clone(),
                            revision: crate::core::model::bank::REVISION,
                            belonging: team.belonging.clone(),
                        })
                        .collect();
                    team_file::export(&respondents, *date)
                }
            };
            let text = serde_json::to_string(&file).map_err(|e| Failure(e.to_string()))?;
            std::fs::write(dir.join(format!("{name}.json")), text).map_err(failed)?;
            written += 1;
        }
    }
    writeln!(
        stdout,
        "wrote {written} result files for {teams} teams into {}",
        out.display()
    )
    .map_err(|e| Failure(e.to_string()))
}
