//! Sharing one's own result: a permalink, a Markdown summary, a JSON file.

use leptos::prelude::*;

use crate::core::formats::export;
use crate::core::formats::markdown;
use crate::core::formats::permalink;
use crate::ui::state::{now_ms, AppState};
use crate::ui::{browser_io, fragment};

/// "Payments team – Q3" → "payments-team-q3"
fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_matches('-');
    if out.is_empty() {
        "assessment".into()
    } else {
        out.chars().take(40).collect()
    }
}

#[component]
pub fn SharePanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let (include_name, set_include_name) = signal(false);
    let (status, set_status) = signal(String::new());
    let name = Memo::new(move |_| state.store.with(|s| s.current().name.clone()));
    let link = Memo::new(move |_| {
        let name = name.get();
        let fragment = state.answers.with(|answers| {
            permalink::encode(answers, include_name.get().then_some(name.as_str()))
        });
        fragment::url_with(&fragment)
    });

    let copy = move |text: String, what: &'static str| {
        browser_io::copy_and_report(text, what, set_status);
    };
    let copy_summary = move |_| {
        let text = state
            .report
            .with(|report| markdown::summary(&name.get(), report, &link.get()));
        copy(text, "Summary");
    };
    let download = move |_| {
        let (document, file_name) = state.store.with(|s| {
            let current = s.current();
            let date = crate::core::support::time::iso8601(now_ms());
            (
                export::export(current, now_ms()),
                format!(
                    "devops-maturity-{}-{}.json",
                    slug(&current.name),
                    &date[..10]
                ),
            )
        });
        browser_io::download_json_and_report(&file_name, &document, set_status);
    };

    view! {
        <section class="result-section share no-print" aria-labelledby="share-title">
            <h2 id="share-title">"Share and export"</h2>
            <p class="muted">
                "The link holds your answers after the “#”, a part of the address browsers never send to a server. Notes are never included."
            </p>
            <label class="checkbox">
                <input
                    type="checkbox"
                    prop:checked=move || include_name.get()
                    on:change=move |ev| set_include_name.set(event_target_checked(&ev))
                />
                {move || format!("Include the name “{}” in the link", name.get())}
            </label>
            <label for="share-link">"Link to this result"</label>
            <div class="inline-form">
                <input id="share-link" type="text" readonly prop:value=move || link.get()/>
                <button class="button primary" on:click=move |_| copy(link.get_untracked(), "Link")>
                    "Copy link"
                </button>
            </div>
            <div class="actions">
                <button class="button" on:click=copy_summary>"Copy summary (Markdown)"</button>
                <button class="button" on:click=download>"Download JSON"</button>
            </div>
            <p class="share-status" role="status">{move || status.get()}</p>
        </section>
    }
}
