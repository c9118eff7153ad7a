//! Importing a JSON export, by file picker or drag and drop. A valid file
//! becomes a new assessment; anything else is refused with the reason and
//! nothing stored changes.

use leptos::prelude::*;

use crate::ui::browser::file_reading;
use leptos::task::spawn_local;

use crate::core::formats::export;
use crate::core::model::saved_state::Arrival;
use crate::ui::app_state::{now_ms, AppState, Tone};
use crate::ui::nav::{Navigation, Page};

#[component]
pub fn ImportPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let nav = expect_context::<Navigation>();
    let (error, set_error) = signal(None::<String>);
    let (dragging, set_dragging) = signal(false);

    let take = move |file: web_sys::File| {
        let file_name = file.name();
        spawn_local(async move {
            let result = match file_reading::read_text(file, export::MAX_BYTES).await {
                Ok(text) => export::import(&text, now_ms()).map_err(|e| e.to_string()),
                Err(e) => Err(e),
            };
            match result {
                Ok(assessment) => {
                    set_error.set(None);
                    state.update(|store, now| {
                        store.add(assessment, Arrival::Imported, now);
                    });
                    // The name it is stored under, told apart from the others.
                    let name = state.store.with_untracked(|s| s.current().name.clone());
                    state.notify(
                        Tone::Info,
                        format!("Imported “{file_name}” as a new assessment, “{name}”."),
                    );
                    nav.go.set(Page::Results);
                }
                Err(reason) => set_error.set(Some(format!(
                    "Could not import “{file_name}”: {reason}. Nothing was changed."
                ))),
            }
        });
    };
    let picked = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        if let Some(file) = input.files().and_then(|files| files.get(0)) {
            take(file);
        }
        // Choosing the same file again should import it again.
        input.set_value("");
    };
    let dropped = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        set_dragging.set(false);
        if let Some(file) = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        {
            take(file);
        }
    };

    view! {
        <section class="import" aria-labelledby="import-title">
            <h2 id="import-title">"Import an assessment"</h2>
            <div
                class="drop-zone"
                class:dragging=move || dragging.get()
                on:dragover=move |ev| {
                    ev.prevent_default();
                    set_dragging.set(true);
                }
                on:dragleave=move |_| set_dragging.set(false)
                on:drop=dropped
            >
                <p>"Drop a JSON export here, or choose one. It is added as a new assessment; nothing is replaced."</p>
                <label class="button" for="import-file">"Choose a file…"</label>
                <input
                    id="import-file"
                    class="visually-hidden"
                    type="file"
                    accept=".json,application/json"
                    on:change=picked
                />
            </div>
            <Show when=move || error.get().is_some()>
                <p class="import-error" role="alert">{move || error.get().unwrap_or_default()}</p>
            </Show>
        </section>
    }
}
