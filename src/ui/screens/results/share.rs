//! Sharing one's own result: the link may carry the name, if the person
//! chooses; notes never travel.

use leptos::prelude::*;

use crate::core::formats::{export, markdown, permalink};
use crate::ui::app_state::{now_ms, AppState};
use crate::ui::browser::fragment;
use crate::ui::parts::belonging_fields::BelongingFields;
use crate::ui::parts::share_panel::SharePanel;

#[component]
pub fn ResultShare() -> impl IntoView {
    let state = expect_context::<AppState>();
    let (include_name, set_include_name) = signal(false);
    let name = Memo::new(move |_| state.store.with(|s| s.current().name.clone()));
    let link = Memo::new(move |_| {
        let name = name.get();
        let belonging = state.store.with(|s| s.current().belonging.clone());
        let fragment = state.answers.with(|answers| {
            permalink::encode_with(
                answers,
                include_name.get().then_some(name.as_str()),
                &belonging,
            )
        });
        fragment::share_address(&fragment)
    });
    let summary = Callback::new(move |()| {
        state.report.with(|report| {
            markdown::summary(&name.get_untracked(), report, &link.get_untracked().url)
        })
    });
    let file = Callback::new(move |()| {
        state.store.with(|s| {
            let current = s.current();
            (
                export::file_name(&current.name, now_ms()),
                export::export(current, now_ms()),
            )
        })
    });
    view! {
        <SharePanel
            id="share"
            heading="Share and export"
            intro="The link holds your answers after the “#”, a part of the address browsers never send to a server. Notes are never included."
            link_label="Link to this result"
            link=link
            summary=summary
            file=file
            compact=true
        >
            <label class="checkbox">
                <input
                    type="checkbox"
                    prop:checked=move || include_name.get()
                    on:change=move |ev| set_include_name.set(event_target_checked(&ev))
                />
                {move || format!("Include the name “{}” in the link", name.get())}
            </label>
            <BelongingFields id="results"/>
        </SharePanel>
    }
}
