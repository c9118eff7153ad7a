//! The heat map's filters: path, level, DORA cluster, fix first and name.

use leptos::prelude::*;

use crate::core::model::bank::Band;
use crate::core::rules::org::fix_rank;
use crate::core::rules::org::views::{BandFilter, Filter};
use crate::ui::org::state::OrgState;

/// How one filter control changes the filter.
type FilterChange = Box<dyn Fn(&mut Filter, String)>;

/// Path, level, band, fix first and name filters.
#[component]
pub fn Filters() -> impl IntoView {
    let state = expect_context::<OrgState>();
    let paths = Memo::new(move |_| {
        state.org.with(|o| {
            let mut paths: Vec<String> = Vec::new();
            for team in &o.teams {
                for depth in 1..=team.belonging.path.len().min(3) {
                    let prefix =
                        team.belonging.path[..depth].join(crate::core::model::belonging::SEPARATOR);
                    if !paths.iter().any(|p| p.eq_ignore_ascii_case(&prefix)) {
                        paths.push(prefix);
                    }
                }
            }
            paths.sort_by_key(|p| p.to_lowercase());
            paths
        })
    });
    let fixes = Memo::new(move |_| {
        state.org.with(|o| {
            let mut fixes: Vec<(&'static str, String)> = Vec::new();
            for team in &o.teams {
                if let Some((step, title)) = &team.now().fix_first {
                    if !fixes.iter().any(|(s, _)| s == step) {
                        fixes.push((step, title.clone()));
                    }
                }
            }
            fixes.sort_by_key(|(s, _)| fix_rank(s));
            fixes
        })
    });
    let set = move |change: FilterChange| {
        move |ev: leptos::ev::Event| {
            let value = event_target_value(&ev);
            state.filter.update(|f| change(f, value));
        }
    };
    view! {
        <div class="org-filters" role="group" aria-label="Filters">
            <label>"Path"
                <select on:change=set(Box::new(|f, v| {
                    f.path = if v.is_empty() { Vec::new() } else { crate::core::model::belonging::path_parts(&v) };
                }))>
                    <option value="">"All"</option>
                    {move || paths.get().into_iter().map(|p| view! { <option value=p.clone()>{p.clone()}</option> }).collect_view()}
                </select>
            </label>
            <label>"Level"
                <select on:change=set(Box::new(|f, v| f.level = v.parse().ok()))>
                    <option value="">"Any"</option>
                    {(1..=5).map(|l| view! { <option value=l.to_string()>{format!("Level {l}")}</option> }).collect_view()}
                    <option value="0">"No verdict yet"</option>
                </select>
            </label>
            <label>"DORA"
                <select on:change=set(Box::new(|f, v| {
                    f.band = match v.as_str() {
                        "" => None,
                        "uncertain" => Some(BandFilter::Uncertain),
                        name => Band::ALL.iter().find(|b| b.name() == name).map(|b| BandFilter::One(*b)),
                    }
                }))>
                    <option value="">"Any"</option>
                    {Band::ALL.iter().map(|b| view! { <option value=b.name()>{b.name()}</option> }).collect_view()}
                    <option value="uncertain">"Not certain"</option>
                </select>
            </label>
            <label>"Fix first"
                <select on:change=set(Box::new(|f, v| f.fix = (!v.is_empty()).then_some(v)))>
                    <option value="">"Any"</option>
                    {move || fixes.get().into_iter().map(|(s, t)| view! { <option value=s>{t}</option> }).collect_view()}
                </select>
            </label>
            <label>"Name"
                <input type="search" on:input=set(Box::new(|f, v| f.text = v))/>
            </label>
        </div>
    }
}
