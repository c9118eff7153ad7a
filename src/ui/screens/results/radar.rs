//! The profile as an inline SVG radar chart, with the same numbers as a table.

use leptos::prelude::*;

use crate::core::model::bank::DIMENSIONS;
use crate::core::model::levels::one_decimal;
use crate::core::rules::report::Report;
use crate::core::rules::target::Target;
use crate::ui::app_state::AppState;

const RADIUS: f64 = 130.0;

/// The ten axes' directions, clockwise from the top: cos and sin of
/// −90° + 36°·i, as constants so the wasm needs no trigonometry.
const AXES: [(f64, f64); 10] = [
    (0.0, -1.0),
    (0.587785, -0.809017),
    (0.951057, -0.309017),
    (0.951057, 0.309017),
    (0.587785, 0.809017),
    (0.0, 1.0),
    (-0.587785, 0.809017),
    (-0.951057, 0.309017),
    (-0.951057, -0.309017),
    (-0.587785, -0.809017),
];

fn point(index: usize, level: f64) -> (f64, f64) {
    let (x, y) = AXES[index % AXES.len()];
    let r = RADIUS * level / 5.0;
    (r * x, r * y)
}

fn polygon(levels: &[u8]) -> String {
    levels
        .iter()
        .enumerate()
        .map(|(i, level)| {
            let (x, y) = point(i, f64::from(*level));
            format!("{},{}", one_decimal(x), one_decimal(y))
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// "Infrastructure & configuration" → "Infrastructure".
fn short_name(name: &str) -> &str {
    name.split(" & ").next().unwrap_or(name)
}

#[component]
pub fn Profile(report: Report, editable: bool) -> impl IntoView {
    let state = expect_context::<AppState>();
    let any_chosen = report.targets.targets.iter().any(|t| t.chosen);
    // An area with nothing answered has no level: it sits at the centre.
    let current: Vec<u8> = report
        .dimensions
        .iter()
        .map(|d| if d.unanswered() { 0 } else { d.level })
        .collect();
    let shown: Vec<String> = report
        .dimensions
        .iter()
        .map(|d| {
            if d.unanswered() {
                "–".to_string()
            } else {
                d.level_text()
            }
        })
        .collect();
    let target: Vec<u8> = report.targets.targets.iter().map(|t| t.target).collect();
    let description = report
        .dimensions
        .iter()
        .zip(&report.targets.targets)
        .map(|(d, t)| format!("{} {} (target {})", d.name, d.level_text(), t.target))
        .collect::<Vec<_>>()
        .join("; ");

    view! {
            <div class="profile">
                <p class="muted">{report.targets.advice}</p>
                {editable.then(|| view! {
                    <p class="muted no-print">
                        "You can set your own target per dimension in the table; the advice is marked."
                        {any_chosen.then(|| view! {
                            " "
                            <button class="link-button" on:click=move |_| reset_targets(state)>
                                "Go back to the advised targets"
                            </button>
                        })}
                    </p>
                })}
                <div class="profile-grid">
                    <figure class="radar">
                        <svg
                            viewBox="-275 -175 550 350"
                            role="img"
                            aria-labelledby="radar-title radar-desc"
                        >
                            <title id="radar-title">"Maturity level per dimension, current and target"</title>
                            <desc id="radar-desc">{description}</desc>
                            {(1..=5u8)
                                .map(|ring| {
                                    view! {
                                        <polygon class="ring" points=polygon(&[ring; 10])></polygon>
                                    }
                                })
                                .collect_view()}
                            {(0..DIMENSIONS.len())
                                .map(|i| {
                                    let (x, y) = point(i, 5.0);
                                    view! {
                                        <line class="axis" x1="0" y1="0" x2=one_decimal(x) y2=one_decimal(y)></line>
                                    }
                                })
                                .collect_view()}
                            <polygon class="target" points=polygon(&target)></polygon>
                            <polygon class="current" points=polygon(&current)></polygon>
                            {current
                                .iter()
                                .enumerate()
                                .map(|(i, level)| {
                                    let (x, y) = point(i, f64::from(*level));
                                    view! {
                                        <circle class="current-dot" cx=one_decimal(x) cy=one_decimal(y) r="4"></circle>
                                    }
                                })
                                .collect_view()}
                            {DIMENSIONS
                                .iter()
                                .enumerate()
                                .map(|(i, d)| {
                                    let (x, y) = point(i, 5.0 + 0.75);
                                    let anchor = if x > 20.0 { "start" } else if x < -20.0 { "end" } else { "middle" };
                                    let dy = if y > 20.0 { "0.8em" } else if y < -20.0 { "-0.2em" } else { "0.35em" };
                                    view! {
                                        <text class="axis-label" x=one_decimal(x) y=one_decimal(y) text-anchor=anchor dy=dy>
                                            {format!("{} {}", short_name(d.name), shown[i])}
                                        </text>
                                    }
                                })
                                .collect_view()}
                        </svg>
                        <figcaption class="legend">
                            <span class="key current-key"></span>" Current level "
                            <span class="key target-key"></span>" Target (dashed)"
                        </figcaption>
                    </figure>
                    // On a phone the radar's labels would be too small to read:
                    // a labelled bar per area stands in for it.
                    <ul class="level-bars" aria-label="Levels per area">
                        {report
                            .dimensions
                            .iter()
                            .zip(&report.targets.targets)
                            .map(|(d, t)| {
                                let level = if d.unanswered() { 0 } else { d.level };
                                let label = format!("{}: level {} of 5, target {}", d.name, d.level_text(), t.target);
                                view! {
                                    <li>
                                        <span class="bar-name">{d.name}</span>
                                        <meter min="0" max="5" value=level.to_string() aria-label=label.clone() title=label></meter>
                                        <span class="bar-value">{format!("{} / target {}", shown_level(d), t.target)}</span>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                    <div class="table-scroll">
                    <table class="data-table reflow">
                        <caption>"Levels per dimension"</caption>
                        <thead>
                            <tr>
                                <th scope="col">"Dimension"</th>
                                <th scope="col">"Level"</th>
                                <th scope="col">"Target"</th>
                                <th scope="col">"Gap"</th>
                            </tr>
                        </thead>
                        <tbody>
                            {report
                                .dimensions
                                .iter()
                                .zip(&report.targets.targets)
                                .map(|(d, t)| {
                                    let gap = match t.gap {
                                        _ if d.unanswered() => "–".to_string(),
                                        g if g > 0 => format!("{g} to go"),
                                        0 => "on target".to_string(),
                                        g => format!("{} beyond", -g),
                                    };
                                    view! {
                                        <tr>
                                            <th scope="row">{d.name}</th>
                                            <td data-label="Level">{d.level_text()}</td>
                                            <td data-label="Target">
                                                {if editable {
                                                    view! { <TargetPicker target=t.clone() name=d.name/> }.into_any()
                                                } else {
                                                    t.target.into_any()
                                                }}
                                            </td>
                                            <td data-label="Gap">{gap}</td>
                                        </tr>
                                    }
                                })
                                .collect_view()}
                        </tbody>
                    </table>
    </div>
                </div>
            </div>
        }
}

/// "3", "1–3", or "–" for an area with nothing answered.
fn shown_level(d: &crate::core::rules::scoring::DimensionScore) -> String {
    if d.unanswered() {
        "–".to_string()
    } else {
        d.level_text()
    }
}

fn reset_targets(state: AppState) {
    state.update(|store, now| {
        for dimension in DIMENSIONS {
            store.set_target(dimension.id, None, now);
        }
    });
}

/// A target level for one dimension, saved at once. The results are drawn
/// again after a change, so focus is put back on the same picker.
#[component]
fn TargetPicker(target: Target, name: &'static str) -> impl IntoView {
    let state = expect_context::<AppState>();
    let id = format!("target-{}", target.dimension);
    let dimension = target.dimension;
    let focus_id = id.clone();
    let changed = move |ev: leptos::ev::Event| {
        let level = event_target_value(&ev).parse::<u8>().ok();
        state.update(|store, now| store.set_target(dimension, level, now));
        let focus_id = focus_id.clone();
        request_animation_frame(move || {
            if let Some(el) = document().get_element_by_id(&focus_id) {
                use leptos::wasm_bindgen::JsCast;
                if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        });
    };
    view! {
        // On paper the value stands in for the control.
        <span class="print-only">{target.target}</span>
        <label class="visually-hidden" for=id.clone()>{format!("Target for {name}")}</label>
        <select id=id class="target-picker" on:change=changed>
            {(1..=5u8)
                .map(|level| {
                    let text = if level == target.advised {
                        format!("{level} (advised)")
                    } else {
                        level.to_string()
                    };
                    view! { <option value=level.to_string() selected=level == target.target>{text}</option> }
                })
                .collect_view()}
        </select>
    }
}
