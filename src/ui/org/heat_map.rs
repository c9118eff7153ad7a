//! Teams × areas: grouped by organisation path (groups collapse), sortable
//! by any column, filterable by path, level, band and fix first. Each cell
//! gives the level as a colour and a number; the table is the text
//! alternative. On a phone each team is a card of its own.

use std::collections::BTreeSet;

use leptos::prelude::*;

use crate::core::model::bank::{Band, DIMENSIONS};
use crate::core::rules::org::views::{whole, BandFilter, Column, Filter, AREA_SHORT};
use crate::core::rules::org::{fix_rank, Org};
use crate::core::rules::team::level_text;
use crate::ui::org::state::OrgState;

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
            state.shown.with(Vec::len),
            state.org.with(|o| o.teams.len())
        )
    };
    view! {
        <section class="result-section org-heat no-print-rows" aria-labelledby="org-heat-title">
            <h2 id="org-heat-title">"Teams by area"</h2>
            <Filters/>
            <p class="heat-count" aria-live="polite">{count}</p>
            <div class="table-scroll">
                <table class="heat-map org-table" on:keydown=move_between_cells>
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

/// Arrow keys move between the table's cells (each cell's button or the
/// cell itself), as in a spreadsheet.
fn move_between_cells(ev: leptos::ev::KeyboardEvent) {
    use wasm_bindgen::JsCast;
    let (dx, dy) = match ev.key().as_str() {
        "ArrowRight" => (1, 0),
        "ArrowLeft" => (-1, 0),
        "ArrowDown" => (0, 1),
        "ArrowUp" => (0, -1),
        _ => return,
    };
    let Some(active) = document().active_element() else {
        return;
    };
    let Ok(Some(cell)) = active.closest("td, th") else {
        return;
    };
    let Ok(Some(row)) = cell.closest("tr") else {
        return;
    };
    let cell: web_sys::HtmlTableCellElement = match cell.dyn_into() {
        Ok(c) => c,
        Err(_) => return,
    };
    let row: web_sys::HtmlTableRowElement = match row.dyn_into() {
        Ok(r) => r,
        Err(_) => return,
    };
    let Ok(Some(table)) = row.closest("table") else {
        return;
    };
    let rows = table.query_selector_all("tr:not([hidden]) ").ok();
    let Some(rows) = rows else { return };
    let visible: Vec<web_sys::HtmlTableRowElement> = (0..rows.length())
        .filter_map(|i| rows.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::HtmlTableRowElement>().ok())
        .filter(|r| r.offset_parent().is_some())
        .collect();
    let Some(at) = visible.iter().position(|r| r == &row) else {
        return;
    };
    let target_row = if dy == 0 {
        Some(&row)
    } else {
        visible.get((at as i64 + dy).max(0) as usize)
    };
    let Some(target_row) = target_row else { return };
    let column = (cell.cell_index() + dx).max(0) as u32;
    let cells = target_row.cells();
    let Some(target) = cells.item(column.min(cells.length().saturating_sub(1))) else {
        return;
    };
    ev.prevent_default();
    let focusable = target
        .query_selector("button")
        .ok()
        .flatten()
        .unwrap_or(target);
    if focusable.tag_name() != "BUTTON" {
        let _ = focusable.set_attribute("tabindex", "-1");
    }
    if let Ok(el) = focusable.dyn_into::<web_sys::HtmlElement>() {
        let _ = el.focus();
    }
}

/// How one filter control changes the filter.
type FilterChange = Box<dyn Fn(&mut Filter, String)>;

/// Path, level, band, fix first and name filters.
#[component]
fn Filters() -> impl IntoView {
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
