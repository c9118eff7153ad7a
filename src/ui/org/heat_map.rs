//! Teams × areas: grouped by organisation path (groups collapse), sortable
//! by any column, filterable by path, level, band and fix first. Each cell
//! gives the level as a colour and a number; the table is the text
//! alternative. On a phone each team is a card of its own.

use std::collections::BTreeSet;

use leptos::prelude::*;

use crate::core::model::bank::DIMENSIONS;
use crate::core::rules::org::views::{whole, Column, Filter, AREA_SHORT};
use crate::core::rules::org::Org;
use crate::core::rules::team::level_text;
use crate::ui::org::state::OrgState;
use crate::ui::org::{filters, keyboard};

/// Up to this many teams, every group starts open.
const OPEN_UP_TO: usize = 60;

fn heat_class(level: Option<f64>) -> String {
    level.map_or("cell open".to_string(), |l| {
        format!("cell heat-{}", whole(l))
    })
}

#[component]
pub fn HeatMap() -> impl IntoView {
    let state = expect_context::<OrgState>();
    let collapsed = RwSignal::new(BTreeSet::<String>::new());
    // A large organisation opens with its groups closed, each showing its
    // teams' medians: a heat map by group first, each group's teams a click
    // away (and hundreds of rows are not drawn until asked for).
    Effect::new(move |_| {
        state.generation.track();
        let closed = state.org.with_untracked(|o| {
            if o.teams.len() > OPEN_UP_TO {
                o.teams
                    .iter()
                    .map(|t| t.path_text().to_lowercase())
                    .collect()
            } else {
                BTreeSet::new()
            }
        });
        collapsed.set(closed);
    });
    let items = Memo::new(move |_| {
        let (by, descending) = state.sort.get();
        let generation = state.generation.get();
        collapsed.with(|closed| {
            state
                .org
                .with(|org| items(org, generation, by, descending, closed))
        })
    });
    // Which teams the filter keeps, by index.
    let visible = Memo::new(move |_| {
        state.filter.with(|f| {
            state
                .org
                .with(|o| o.teams.iter().map(|t| f.keeps(t)).collect::<Vec<bool>>())
        })
    });
    let header = move |label: &'static str, title: &'static str, column: Column| {
        let sorted = move || state.sort.get().0 == column;
        view! {
            <th scope="col" title=title aria-sort=move || match state.sort.get() {
                (c, true) if c == column => "descending",
                (c, false) if c == column => "ascending",
                _ => "none",
            }>
                <button class="sort" on:click=move |_| state.sort.update(|(c, d)| {
                    if *c == column { *d = !*d } else { *c = column; *d = !matches!(column, Column::Path | Column::Team | Column::Fix) }
                })>
                    {label}
                    <span aria-hidden="true" class="sort-mark">{move || match (sorted(), state.sort.get().1) {
                        (true, true) => "▼",
                        (true, false) => "▲",
                        _ => "",
                    }}</span>
                </button>
            </th>
        }
    };
    let count = move || {
        format!(
            "{} of {} teams",
            visible.with(|v| v.iter().filter(|kept| **kept).count()),
            state.org.with(|o| o.teams.len())
        )
    };
    view! {
        <section class="result-section org-heat no-print-rows" aria-labelledby="org-heat-title">
            <h2 id="org-heat-title">"Teams by area"</h2>
            <filters::Filters/>
            <p class="heat-count" aria-live="polite">{count}</p>
            <div class="table-scroll">
                <table class="heat-map org-table" on:keydown=keyboard::move_between_cells>
                    <caption class="visually-hidden">"Each team’s headline level, DORA cluster, level in each area and fix first, grouped by organisation path"</caption>
                    <thead>
                        <tr>
                            {header("Team", "Team, by name", Column::Team)}
                            {header("Date", "Date of the newest result", Column::Date)}
                            {header("Level", "Headline level", Column::Headline)}
                            {header("DORA", "DORA 2024 nearest cluster", Column::Band)}
                            {(0..DIMENSIONS.len()).map(|i| header(AREA_SHORT[i], DIMENSIONS[i].name, Column::Area(i))).collect_view()}
                            {header("Fix first", "The fix most of the team’s answers lead to", Column::Fix)}
                        </tr>
                    </thead>
                    <tbody>
                        <For each=move || items.get() key=|item| item.key.clone() let:item>
                            {match item.kind {
                                ItemKind::Group { label, teams } => group_row(state, collapsed, visible, item.group, label, teams).into_any(),
                                ItemKind::Team(index) => state.org.with_untracked(|org| team_row(org, state, collapsed, visible, item.group, index)).into_any(),
                            }}
                        </For>
                    </tbody>
                </table>
            </div>
            <p class="heat-key">
                "Colour and number give the level (1 to 5, a half where a team’s people differ); “–” means no answers in that area; a range such as 2–3 is provisional: open questions could still raise it. A group’s row gives its teams’ medians; open it for each team."
            </p>
        </section>
    }
}

/// One line of the table: a group's header or a team. Rows are drawn once
/// per roll-up and only moved by a sort (keyed) or hidden by a filter, so
/// both redraw without building hundreds of rows again.
#[derive(Clone, PartialEq)]
struct Item {
    key: String,
    /// The group's key (its path in small letters).
    group: String,
    kind: ItemKind,
}

#[derive(Clone, PartialEq)]
enum ItemKind {
    Group { label: String, teams: Vec<usize> },
    Team(usize),
}

/// Every team in the sort's order, grouped by path; a new roll-up gets new
/// keys (its generation), so its rows are drawn afresh.
fn items(
    org: &Org,
    generation: u64,
    by: Column,
    descending: bool,
    closed: &BTreeSet<String>,
) -> Vec<Item> {
    let all = crate::core::rules::org::views::select(org, &Filter::default(), by, descending);
    let mut items = Vec::with_capacity(all.len() + 32);
    for (path, teams) in crate::core::rules::org::views::groups(org, &all) {
        let group = path.to_lowercase();
        items.push(Item {
            key: format!("{generation}/g/{group}"),
            group: group.clone(),
            kind: ItemKind::Group {
                label: if path.is_empty() {
                    "No path".to_string()
                } else {
                    path
                },
                teams: teams.clone(),
            },
        });
        if closed.contains(&group) {
            continue;
        }
        items.extend(teams.into_iter().map(|i| Item {
            key: format!("{generation}/t/{i}"),
            group: group.clone(),
            kind: ItemKind::Team(i),
        }));
    }
    items
}

fn group_row(
    state: OrgState,
    collapsed: RwSignal<BTreeSet<String>>,
    visible: Memo<Vec<bool>>,
    group: String,
    label: String,
    teams: Vec<usize>,
) -> impl IntoView {
    let key = group.clone();
    let is_open = move || !collapsed.with(|c| c.contains(&key));
    // The teams the filter keeps, and their medians.
    let kept = Memo::new(move |_| {
        visible.with(|v| {
            teams
                .iter()
                .copied()
                .filter(|&i| v.get(i).copied().unwrap_or(false))
                .collect::<Vec<usize>>()
        })
    });
    let profile = Memo::new(move |_| {
        kept.with(|k| {
            state
                .org
                .with(|o| crate::core::rules::org::views::group_profile(o, k))
        })
    });
    // A median: the headline's (None) or an area's.
    let median = move |area: Option<usize>| {
        profile.with(|(headline, areas)| match area {
            None => *headline,
            Some(i) => areas[i],
        })
    };
    let cell = move |area: Option<usize>, label: &'static str| {
        view! {
            <td class=move || heat_class(median(area)) data-label=label>
                {move || median(area).map_or("–".to_string(), level_text)}
            </td>
        }
    };
    view! {
        <tr class="group-row" hidden=move || kept.with(Vec::is_empty)>
            <th scope="row" colspan="2">
                <button
                    class="group-toggle"
                    aria-expanded={let open = is_open.clone(); move || open().to_string()}
                    on:click=move |_| collapsed.update(|c| {
                        if !c.remove(&group) { c.insert(group.clone()); }
                    })
                >
                    <span aria-hidden="true">{let open = is_open.clone(); move || if open() { "▾ " } else { "▸ " }}</span>
                    {label}
                    <span class="group-count">{move || {
                        let n = kept.with(Vec::len);
                        format!(" · {n} {}", if n == 1 { "team" } else { "teams" })
                    }}</span>
                </button>
            </th>
            {cell(None, "Median level")}
            <td class="band"></td>
            {(0..DIMENSIONS.len()).map(|i| cell(Some(i), AREA_SHORT[i])).collect_view()}
            <td class="fix group-note">"medians"</td>
        </tr>
    }
}

fn team_row(
    org: &Org,
    state: OrgState,
    collapsed: RwSignal<BTreeSet<String>>,
    visible: Memo<Vec<bool>>,
    group: String,
    index: usize,
) -> impl IntoView {
    let team = &org.teams[index];
    let now = team.now();
    let name = team.name().to_string();
    let date = crate::core::support::time::iso8601(now.date_ms)[..10].to_string();
    let people = now.people;
    let hidden = move || {
        !visible.with(|v| v.get(index).copied().unwrap_or(false))
            || collapsed.with(|c| c.contains(&group))
    };
    view! {
        <tr class="team-row" hidden=hidden>
            <th scope="row" class="team-name">
                <button class="link" on:click=move |_| {
                    state.show_team(index);
                }>{name}</button>
                <span class="people">{format!("{people} {}", if people == 1 { "person" } else { "people" })}</span>
            </th>
            <td class="date" data-label="Date">{date}</td>
            <td class=heat_class(now.level) data-label="Level">{now.level_text()}</td>
            <td class="band" data-label="DORA">{now.band_text()}</td>
            {now.areas.iter().enumerate().map(|(i, level)| view! {
                <td class=heat_class(*level) data-label=AREA_SHORT[i] title=DIMENSIONS[i].name>
                    {level.map_or("–".to_string(), level_text)}
                </td>
            }).collect_view()}
            <td class="fix" data-label="Fix first">{now.fix_title().to_string()}</td>
        </tr>
    }
}
