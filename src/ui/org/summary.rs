//! The summary first: how many teams, the spread of headline levels and
//! DORA bands, the most common fix first, the median profile.

use leptos::prelude::*;

use crate::core::formats::rollup::summary_lines;
use crate::core::model::bank::{Band, DIMENSIONS};
use crate::core::rules::org::views::{self, whole, AREA_SHORT};
use crate::core::rules::org::Team;
use crate::core::rules::team::level_text;
use crate::ui::org::state::OrgState;

#[component]
pub fn Summary() -> impl IntoView {
    let state = expect_context::<OrgState>();
    let summary = Memo::new(move |_| {
        state.org.with(|o| {
            let teams: Vec<&Team> = o.teams.iter().collect();
            views::summarise(&teams)
        })
    });
    view! {
        <section class="result-section org-summary" aria-labelledby="org-summary-title">
            <h2 id="org-summary-title">{move || format!("{} teams", summary.with(|s| s.teams))}</h2>
            {move || {
                let s = summary.get();
                let max = s.settled.iter().chain([&s.provisional, &s.no_verdict]).copied().max().unwrap_or(1).max(1);
                let bar = move |label: String, count: usize, class: String| view! {
                    <li>
                        <span class="bar-label">{label}</span>
                        <span class="bar-track"><span class=format!("bar {class}") style:width=format!("{}%", count * 100 / max)></span></span>
                        <span class="bar-count">{count}</span>
                    </li>
                };
                let band_max = s.bands.iter().copied().chain([s.band_uncertain]).max().unwrap_or(1).max(1);
                let band_bar = move |label: String, count: usize| view! {
                    <li>
                        <span class="bar-label">{label}</span>
                        <span class="bar-track"><span class="bar band" style:width=format!("{}%", count * 100 / band_max)></span></span>
                        <span class="bar-count">{count}</span>
                    </li>
                };
                view! {
                    <ul class="summary-lines">
                        {summary_lines(&s).into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}
                    </ul>
                    <div class="summary-charts">
                        <div>
                            <h3>"Headline levels"</h3>
                            <ul class="bars">
                                {(1..=5).map(|l| bar(format!("Level {l}"), s.settled[l - 1], format!("heat-{l}"))).collect_view()}
                                {bar("Provisional".into(), s.provisional, "open".into())}
                                {bar("No verdict yet".into(), s.no_verdict, "open".into())}
                            </ul>
                        </div>
                        <div>
                            <h3>{crate::core::model::bank::dora::EDITION}" nearest clusters"</h3>
                            <ul class="bars">
                                {Band::ALL.iter().map(|b| band_bar(b.name().to_string(), s.bands[usize::from(b.rank())])).collect_view()}
                                {band_bar("Not certain".into(), s.band_uncertain)}
                            </ul>
                        </div>
                        <div>
                            <h3>"Median profile"</h3>
                            <ul class="profile">
                                {DIMENSIONS.iter().zip(&s.median_profile).enumerate().map(|(i, (d, level))| {
                                    let class = level.map_or("open".to_string(), |l| format!("heat-{}", whole(l)));
                                    view! {
                                        <li title=d.name>
                                            <span class="area-name">{AREA_SHORT[i]}</span>
                                            <span class=format!("chip {class}")>{level.map_or("–".to_string(), level_text)}</span>
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        </div>
                    </div>
                }
            }}
        </section>
    }
}
