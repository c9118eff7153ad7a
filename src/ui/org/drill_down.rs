//! One team opened from the heat map: its people, each with a link to their
//! full result (which the app opens read-only), and its rounds.

use leptos::prelude::*;

use crate::core::formats::permalink;
use crate::core::model::bank::DIMENSIONS;
use crate::core::rules::org::views::{whole, AREA_SHORT};
use crate::core::rules::report::assess;
use crate::core::rules::team::level_text;
use crate::core::support::time::iso8601;
use crate::ui::org::state::OrgState;

#[component]
pub fn DrillDown() -> impl IntoView {
    let state = expect_context::<OrgState>();
    view! {
        {move || {
            let index = state.open_team.get()?;
            state.org.with(|org| {
                let team = org.teams.get(index)?;
                let title = if team.path_text().is_empty() {
                    team.name().to_string()
                } else {
                    format!("{} · {}", team.name(), team.path_text())
                };
                let rounds = team.rounds.iter().rev().map(|round| {
                    let r = &round.result;
                    let people = round.members.iter().map(|m| {
                        let p = &m.respondent;
                        let report = assess(&p.answers);
                        let link = format!(
                            "#{}",
                            permalink::encode_with(&p.answers, Some(&p.label), &p.belonging)
                        );
                        let label = if p.label.is_empty() { "Unnamed".to_string() } else { p.label.clone() };
                        view! {
                            <li>
                                <a href=link>{label}</a>
                                {format!(": {} (answered {})", report.headline.title, &iso8601(m.date_ms)[..10])}
                            </li>
                        }
                    }).collect_view();
                    view! {
                        <div class="round">
                            <h3>{format!("{} · level {} · {}", &iso8601(r.date_ms)[..10], r.level_text(), r.band_text())}</h3>
                            <p>{match &r.fix_first {
                                Some((_, title)) => format!("Fix first: {title}."),
                                None => "No fix first until someone’s answers give a verdict.".to_string(),
                            }}
                            {(r.without_verdict > 0).then(|| format!(" {} of {} people have no verdict yet and are not counted in the level.", r.without_verdict, r.people))}</p>
                            <ul class="profile">
                                {r.areas.iter().enumerate().map(|(i, level)| {
                                    let class = level.map_or("open".to_string(), |l| format!("heat-{}", whole(l)));
                                    view! {
                                        <li title=DIMENSIONS[i].name>
                                            <span class="area-name">{AREA_SHORT[i]}</span>
                                            <span class=format!("chip {class}")>{level.map_or("–".to_string(), level_text)}</span>
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                            <ul class="people-list">{people}</ul>
                        </div>
                    }
                }).collect_view();
                Some(view! {
                    <section class="result-section org-team no-print" aria-labelledby="org-team-title">
                        <h2 id="org-team-title" tabindex="-1">{title}</h2>
                        <p>"Each person’s link opens their full result, read-only; back returns here."</p>
                        {rounds}
                        <button class="button small" on:click=move |_| state.open_team.set(None)>"Close"</button>
                    </section>
                })
            })
        }}
    }
}
