//! Change over time: for teams with results from two dates, the headline and
//! each area then and now, and the spread of levels then and now.

use leptos::prelude::*;

use crate::core::rules::org::views::{self, delta_text, AREA_SHORT};
use crate::core::rules::org::Team;
use crate::core::support::time::iso8601;
use crate::ui::org::state::OrgState;

#[component]
pub fn Changes() -> impl IntoView {
    let state = expect_context::<OrgState>();
    view! {
        {move || state.org.with(|o| {
            let teams: Vec<&Team> = o.teams.iter().collect();
            let changes = views::changes(&teams);
            if changes.is_empty() {
                return view! {
                    <section class="result-section org-changes" aria-labelledby="org-changes-title">
                        <h2 id="org-changes-title">"Change over time"</h2>
                        <p>"Add results from an earlier date (an earlier folder, or older exports) to see each team’s change: results of one team more than four weeks apart are two rounds."</p>
                    </section>
                }.into_any();
            }
            let (then, now) = views::spread_then_and_now(&changes);
            let up = changes.iter().filter(|c| c.headline().is_some_and(|d| d > 0.0)).count();
            let down = changes.iter().filter(|c| c.headline().is_some_and(|d| d < 0.0)).count();
            let spread = |counts: [usize; 6]| {
                let mut parts: Vec<String> = (0..5).filter(|&l| counts[l] > 0).map(|l| format!("{} at level {}", counts[l], l + 1)).collect();
                if counts[5] > 0 { parts.push(format!("{} with no verdict", counts[5])); }
                parts.join(", ")
            };
            let rows = changes.iter().map(|c| {
                let areas: Vec<String> = c.areas().iter().enumerate()
                    .filter_map(|(i, d)| d.filter(|d| *d != 0.0).map(|d| format!("{} {}", AREA_SHORT[i], delta_text(d))))
                    .collect();
                view! {
                    <tr>
                        <th scope="row">{c.team.name().to_string()}<span class="people">{c.team.path_text()}</span></th>
                        <td>{format!("{} → {}", &iso8601(c.then.date_ms)[..10], &iso8601(c.now.date_ms)[..10])}</td>
                        <td>{format!("{} → {}", c.then.level_text(), c.now.level_text())}</td>
                        <td class="delta">{c.headline().map_or("–".to_string(), delta_text)}</td>
                        <td>{if areas.is_empty() { "no change".to_string() } else { areas.join(", ") }}</td>
                    </tr>
                }
            }).collect_view();
            view! {
                <section class="result-section org-changes" aria-labelledby="org-changes-title">
                    <h2 id="org-changes-title">"Change over time"</h2>
                    <p>{format!("{} teams have results from two dates: {up} rose, {down} fell, {} stayed.", changes.len(), changes.len() - up - down)}</p>
                    <p>{format!("Then: {}.", spread(then))}<br/>{format!("Now: {}.", spread(now))}</p>
                    <div class="table-scroll">
                        <table class="org-table changes-table">
                            <thead><tr><th scope="col">"Team"</th><th scope="col">"Dates"</th><th scope="col">"Headline"</th><th scope="col">"Change"</th><th scope="col">"Areas that moved"</th></tr></thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                </section>
            }.into_any()
        })}
    }
}
