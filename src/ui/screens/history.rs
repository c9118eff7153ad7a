//! An assessment over time: snapshots, a line chart per dimension against its
//! target, the change since the last snapshot and the roadmap items done.

use leptos::prelude::*;

use crate::core::model::saved_state::MAX_SNAPSHOTS;
use crate::core::rules::history::{self, Point};
use crate::ui::app_state::{AppState, Tone};
use crate::ui::nav::{Navigation, Page};

/// Freezes the current answers into the history.
#[component]
pub fn SnapshotButton() -> impl IntoView {
    let state = expect_context::<AppState>();
    let take = move |_| {
        state.update(|store, now| store.take_snapshot(now));
        let count = state.store.with_untracked(|s| s.current().history.len());
        state.notify(
            Tone::Info,
            format!("Snapshot {count} saved. The History page shows how the levels moved."),
        );
    };
    view! { <button class="button" on:click=take>"Save snapshot"</button> }
}

// Whole pixels: attributes never format floats (which costs the wasm kilobytes).
const WIDTH: i32 = 220;
const HEIGHT: i32 = 110;
const PAD: i32 = 18;

fn x_of(index: usize, count: usize) -> i32 {
    if count <= 1 {
        return WIDTH / 2;
    }
    PAD + (WIDTH - 2 * PAD) * index as i32 / (count as i32 - 1)
}

fn y_of(level: u8) -> i32 {
    HEIGHT - PAD - (HEIGHT - 2 * PAD) * i32::from(level.saturating_sub(1)) / 4
}

/// One dimension's levels over the points, with its target dashed.
#[component]
fn DimensionChart(
    name: &'static str,
    levels: Vec<u8>,
    target: u8,
    axis: Vec<String>,
) -> impl IntoView {
    let count = levels.len();
    let points = levels
        .iter()
        .enumerate()
        .map(|(i, l)| format!("{},{}", x_of(i, count), y_of(*l)))
        .collect::<Vec<_>>()
        .join(" ");
    let values = levels
        .iter()
        .map(u8::to_string)
        .collect::<Vec<_>>()
        .join(", ");
    let label = format!("{name}: levels {values}; target {target}");
    let data = levels
        .iter()
        .map(u8::to_string)
        .collect::<Vec<_>>()
        .join(",");
    let target_y = y_of(target);
    view! {
        <figure class="trend">
            <figcaption>{name}</figcaption>
            <svg
                viewBox=format!("0 0 {WIDTH} {HEIGHT}")
                role="img"
                aria-label=label
                data-levels=data
                data-target=target
            >
                {(1..=5u8)
                    .map(|l| view! {
                        <line class="grid" x1="0" x2=WIDTH y1=y_of(l) y2=y_of(l)></line>
                        <text class="grid-label" x="2" y=y_of(l) - 2>{l}</text>
                    })
                    .collect_view()}
                <line class="target-line" x1=PAD x2=WIDTH - PAD y1=target_y y2=target_y></line>
                <polyline class="trend-line" points=points></polyline>
                {axis
                    .into_iter()
                    .enumerate()
                    // Every point's date when there is room, else the first and last.
                    .filter(|(i, _)| count <= 5 || *i == 0 || *i + 1 == count)
                    .map(|(i, text)| view! {
                        <text class="grid-label" x=x_of(i, count) y=HEIGHT - 3 text-anchor="middle">{text}</text>
                    })
                    .collect_view()}
                {levels
                    .iter()
                    .enumerate()
                    .map(|(i, l)| view! {
                        <circle class="trend-dot" cx=x_of(i, count) cy=y_of(*l) r="3.5"></circle>
                    })
                    .collect_view()}
            </svg>
        </figure>
    }
}

/// "11-22" for a snapshot, "Now" for the current answers.
fn short_label(point: &Point) -> String {
    match point.taken_ms {
        Some(_) => point.label.get(5..10).unwrap_or(&point.label).to_string(),
        None => point.label.clone(),
    }
}

fn delta_text(delta: i8) -> String {
    match delta {
        0 => "no change".to_string(),
        d if d > 0 => format!("up {d}"),
        d => format!("down {}", -d),
    }
}

#[component]
pub fn HistoryPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let nav = expect_context::<Navigation>();
    let data = Memo::new(move |_| {
        state.store.with(|s| {
            let a = s.current();
            (a.name.clone(), history::history(a), snapshot_times(a))
        })
    });
    // The snapshot waiting for confirmation, by its place in the history
    // and its time (two snapshots may share a time).
    let (confirming, set_confirming) = signal(None::<(usize, f64)>);

    view! {
        <article class="history" aria-labelledby="history-title">
            <h1 id="history-title">{move || format!("History of “{}”", data.get().0)}</h1>
            <p class="muted">
                "A snapshot freezes the current answers with the date, so you can see progress between reviews. Up to "
                {MAX_SNAPSHOTS} " are kept per assessment, in this browser and in the JSON export."
            </p>
            <div class="actions no-print">
                <SnapshotButton/>
                <button class="button" on:click=move |_| nav.go.set(Page::Compare)>"Compare two"</button>
            </div>
            {move || {
                let (_, h, times) = data.get();
                view! {
                    <HistoryBody history=h/>
                    <SnapshotList times=times confirming=confirming set_confirming=set_confirming/>
                }
            }}
        </article>
    }
}

/// Each snapshot's time, name and time as its list shows it (unique).
fn snapshot_times(a: &crate::core::model::saved_state::Assessment) -> Vec<(f64, String, String)> {
    a.history
        .iter()
        .zip(history::snapshot_moments(&a.history))
        .map(|(s, moment)| (s.taken_ms, s.name.clone(), moment))
        .collect()
}

#[component]
fn HistoryBody(history: history::History) -> impl IntoView {
    let points = history.points.clone();
    let snapshots = points.iter().filter(|p| p.taken_ms.is_some()).count();
    let has_now = points.iter().any(|p| p.taken_ms.is_none());
    let lead = match (snapshots, has_now) {
        (0, _) => "No snapshots yet: save one now and another after your next review.".to_string(),
        (n, true) => format!(
            "{n} snapshot{}, then your current answers (“Now”), which differ from the last snapshot.",
            if n == 1 { "" } else { "s" }
        ),
        (1, false) => "One snapshot, the same as your current answers. Change answers or save another after your next review.".to_string(),
        (n, false) => format!("{n} snapshots; the last is the same as your current answers."),
    };
    let compared = (points.len() >= 2).then(|| {
        let n = points.len();
        (points[n - 2].label.clone(), points[n - 1].label.clone())
    });
    let axis: Vec<String> = points.iter().map(short_label).collect();
    let dimension_names: Vec<&'static str> = crate::core::model::bank::DIMENSIONS
        .iter()
        .map(|d| d.name)
        .collect();
    view! {
        <p>{lead}</p>
        <section class="result-section" aria-labelledby="trend-title">
            <h2 id="trend-title">"Levels over time"</h2>
            <p class="muted">"Each chart shows one dimension from the oldest snapshot (left) to the latest; the dashed line is its target."</p>
            <div class="trend-grid">
                {dimension_names
                    .iter()
                    .enumerate()
                    .map(|(i, name)| {
                        let levels: Vec<u8> = points.iter().map(|p| p.levels[i]).collect();
                        view! { <DimensionChart name=*name levels=levels target=history.targets[i] axis=axis.clone()/> }
                    })
                    .collect_view()}
            </div>
            <HistoryTable points=points.clone() targets=history.targets.clone() changes=history.changes.clone()/>
        </section>
        {compared.map(|(from, to)| view! {
            <section class="result-section" aria-labelledby="completed-title">
                <h2 id="completed-title">{format!("Roadmap items completed from {from} to {to}")}</h2>
                {if history.completed.is_empty() {
                    view! { <p class="muted">"None yet."</p> }.into_any()
                } else {
                    view! {
                        <ul class="completed-list">
                            {history.completed.iter().map(|t| view! { <li>{t.clone()}</li> }).collect_view()}
                        </ul>
                    }
                    .into_any()
                }}
            </section>
        })}
    }
}

#[component]
fn HistoryTable(
    points: Vec<Point>,
    targets: Vec<u8>,
    changes: Vec<history::Change>,
) -> impl IntoView {
    let has_change = !changes.is_empty();
    let header = points
        .iter()
        .map(|p| view! { <th scope="col">{p.label.clone()}</th> })
        .collect_view();
    view! {
        <div class="table-scroll">
            <table class="data-table history-table reflow">
                <caption>"Level per dimension at each snapshot"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Dimension"</th>
                        {header}
                        {has_change.then(|| view! { <th scope="col">"Change since the one before"</th> })}
                        <th scope="col">"Target"</th>
                    </tr>
                </thead>
                <tbody>
                    <tr class="overall-row">
                        <th scope="row">"Headline (lowest delivery stage)"</th>
                        {points.iter().map(|p| view! { <td data-label=p.label.clone()>{p.headline.clone()}</td> }).collect_view()}
                        {has_change.then(|| {
                            let n = points.len();
                            let delta = points[n - 1].level as i8 - points[n - 2].level as i8;
                            view! { <td data-label="Change since the one before">{delta_text(delta)}</td> }
                        })}
                        <td class="empty-cell"></td>
                    </tr>
                    {crate::core::model::bank::DIMENSIONS
                        .iter()
                        .enumerate()
                        .map(|(i, d)| {
                            let change = changes.get(i).map(|c| c.delta());
                            view! {
                                <tr class:differs=change.is_some_and(|c| c != 0)>
                                    <th scope="row">{d.name}</th>
                                    {points.iter().map(|p| view! { <td data-label=p.label.clone()>{p.levels[i]}</td> }).collect_view()}
                                    {change.map(|c| view! { <td class="change" data-label="Change since the one before">{delta_text(c)}</td> })}
                                    <td data-label="Target">{targets[i]}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}

#[component]
fn SnapshotList(
    times: Vec<(f64, String, String)>,
    confirming: ReadSignal<Option<(usize, f64)>>,
    set_confirming: WriteSignal<Option<(usize, f64)>>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    if times.is_empty() {
        return ().into_any();
    }
    view! {
        <section class="result-section no-print" aria-labelledby="snapshots-title">
            <h2 id="snapshots-title">"Snapshots"</h2>
            <ul class="snapshot-list">
                {times
                    .into_iter()
                    .enumerate()
                    .rev()
                    .map(|(index, (ms, name, label))| {
                        let key = (index, ms);
                        let confirm_text = format!("Delete the snapshot of {label}? This cannot be undone.");
                        let input_id = format!("snapshot-name-{index}");
                        let rename = move |ev: leptos::ev::Event| {
                            let name = event_target_value(&ev);
                            state.update(|store, _| {
                                let id = store.current.clone();
                                store.name_snapshot(&id, index, ms, &name);
                            });
                        };
                        view! {
                            <li>
                                <span>{label.clone()}</span>
                                <label class="visually-hidden" for=input_id.clone()>
                                    {format!("Name of the snapshot of {label}")}
                                </label>
                                <input
                                    id=input_id
                                    type="text"
                                    class="snapshot-name"
                                    maxlength="80"
                                    placeholder="Name it, e.g. “Before the pipeline work”"
                                    prop:value=name
                                    on:change=rename
                                />
                                <Show
                                    when=move || confirming.get() == Some(key)
                                    fallback=move || view! {
                                        <button class="button small" on:click=move |_| set_confirming.set(Some(key))>
                                            "Delete"
                                        </button>
                                    }
                                >
                                    <span class="confirm" role="alertdialog" aria-label="Confirm deletion">
                                        {confirm_text.clone()} " "
                                        <button
                                            class="button danger small"
                                            on:click=move |_| {
                                                state.update(|store, _| {
                                                    let id = store.current.clone();
                                                    store.delete_snapshot(&id, index, ms);
                                                });
                                                set_confirming.set(None);
                                            }
                                        >
                                            "Delete for good"
                                        </button>
                                        <button class="button small" on:click=move |_| set_confirming.set(None)>"Keep it"</button>
                                    </span>
                                </Show>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
    .into_any()
}
