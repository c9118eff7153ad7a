use leptos::prelude::*;

use crate::ui::app_state::{AppState, Persistence, Tone};

/// Messages about saving and other tabs: the content of the frame's live
/// region above the page.
#[component]
pub fn Notices() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
            <Show when=move || state.persistence.get() != Persistence::Saved>
                <p class="memory-only">
                    <strong>"Not saved: "</strong>
                    "answers live in this tab only and are lost when it closes."
                    <Show when=move || matches!(state.persistence.get(), Persistence::MemoryOnly(_))>
                        " "
                        <button class="link-button" on:click=move |_| state.update(|_, _| {})>
                            "Try saving again"
                        </button>
                    </Show>
                </p>
            </Show>
            <For each=move || state.notices.get() key=|n| n.id let:notice>
                <div class="notice" class:warning=notice.tone == Tone::Warning>
                    <p>
                        <strong>{if notice.tone == Tone::Warning { "Warning: " } else { "Note: " }}</strong>
                        {notice.text.clone()}
                    </p>
                    <button class="button small" on:click=move |_| state.dismiss(notice.id)>
                        "Dismiss"
                    </button>
                </div>
            </For>
    }
}
