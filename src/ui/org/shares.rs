//! Per area: the share of teams at each level and at or above the target.
//! Per practice: the share answering yes, and the teams that do not.

use leptos::prelude::*;

use crate::core::rules::org::views::{self, AREA_SHORT};
use crate::core::rules::org::Team;
use crate::ui::org::state::OrgState;

fn percent(part: usize, whole: usize) -> usize {
    (part * 100 + whole / 2).checked_div(whole).unwrap_or(0)
}

#[component]
pub fn AreaShares() -> impl IntoView {
    let state = expect_context::<OrgState>();
    view! {
        <section class="result-section org-areas" aria-labelledby="org-areas-title">
            <h2 id="org-areas-title">"Each area across the teams"</h2>
            <label class="target">"The organisation’s target: level "
                <select on:change=move |ev| {
                    if let Ok(t) = event_target_value(&ev).parse() {
                        state.target.set(t);
                        state.keep();
                    }
                } prop:value=move || state.target.get().to_string()>
                    {(1..=5).map(|l| view! { <option value=l.to_string()>{l}</option> }).collect_view()}
                </select>
            </label>
            <ul class="area-shares">
                {move || {
                    let target = state.target.get();
                    state.org.with(|o| {
                        let teams: Vec<&Team> = o.teams.iter().collect();
                        let total = teams.len();
                        views::area_shares(&teams, target).into_iter().enumerate().map(|(i, share)| {
                            let segments = (1..=5).map(|l| {
                                let n = share.at_level[l - 1];
                                view! { <span class=format!("segment heat-{l}") style:width=format!("{}%", percent(n, total))
                                    title=format!("Level {l}: {n} teams")></span> }
                            }).collect_view();
                            let counts = (1..=5)
                                .map(|l| format!("level {l}: {}", share.at_level[l - 1]))
                                .collect::<Vec<_>>()
                                .join(", ");
                            view! {
                                <li>
                                    <span class="area-name" title=share.name>{AREA_SHORT[i]}</span>
                                    <span class="stack" aria-hidden="true">{segments}<span class="segment open" style:width=format!("{}%", percent(share.unknown, total))></span></span>
                                    <span class="share-text">
                                        {format!("{} of {total} at level {target} or above ({}%)", share.at_or_above_target, percent(share.at_or_above_target, total))}
                                        <span class="visually-hidden">{format!(". {}: {counts}; no answers: {}.", share.name, share.unknown)}</span>
                                    </span>
                                </li>
                            }
                        }).collect_view()
                    })
                }}
            </ul>
        </section>
    }
}

#[component]
pub fn PracticeShares() -> impl IntoView {
    let state = expect_context::<OrgState>();
    view! {
        <section class="result-section org-practices" aria-labelledby="org-practices-title">
            <h2 id="org-practices-title">"Each practice across the teams"</h2>
            <p>"Fewest teams first. A team answers yes when more of its people say yes than no; an even split counts as not yet."</p>
            <ul class="practice-shares">
                {move || state.org.with(|o| {
                    let teams: Vec<&Team> = o.teams.iter().collect();
                    views::practice_shares(&teams).into_iter().map(|share| {
                        let answered = share.yes + share.not_yes.len();
                        let text = match share.share() {
                            Some(s) => format!("{}% yes ({} of {answered} teams that answered)", (s * 100.0).round(), share.yes),
                            None => "no team answered it".to_string(),
                        };
                        let others = [
                            (share.unknown > 0).then(|| format!("{} not known", share.unknown)),
                            (share.not_applicable > 0).then(|| format!("{} not applicable", share.not_applicable)),
                        ].into_iter().flatten().collect::<Vec<_>>().join(", ");
                        let names: Vec<(usize, String)> = share.not_yes.iter().map(|&k| {
                            let t = teams[k];
                            (k, if t.path_text().is_empty() { t.name().to_string() } else { format!("{} ({})", t.name(), t.path_text()) })
                        }).collect();
                        let count = names.len();
                        view! {
                            <li>
                                <span class="practice">{share.question.short}</span>
                                <span class="bar-track"><span class="bar ok" style:width=format!("{}%", share.share().map_or(0.0, |s| s * 100.0))></span></span>
                                <span class="share-text">{text}{(!others.is_empty()).then(|| format!("; {others}"))}</span>
                                {(count > 0).then(|| view! { <TeamsNotYet names=names/> })}
                            </li>
                        }
                    }).collect_view()
                })}
            </ul>
        </section>
    }
}

/// The teams that do not yet follow a practice, drawn only when opened:
/// with hundreds of teams, every practice's list at once would be thousands
/// of rows nobody asked for.
#[component]
fn TeamsNotYet(names: Vec<(usize, String)>) -> impl IntoView {
    let state = expect_context::<OrgState>();
    let (open, set_open) = signal(false);
    let count = names.len();
    let names = StoredValue::new(names);
    view! {
        <details class="no-print" on:toggle=move |ev| {
            let details: web_sys::HtmlDetailsElement = event_target(&ev);
            set_open.set(details.open());
        }>
            <summary>{format!("Teams that do not yet ({count})")}</summary>
            <Show when=move || open.get()>
                <ul class="team-names">
                    {names.get_value().into_iter().map(|(k, name)| view! {
                        <li><button class="link" on:click=move |_| {
                            state.show_team(k);
                        }>{name}</button></li>
                    }).collect_view()}
                </ul>
            </Show>
        </details>
    }
}
