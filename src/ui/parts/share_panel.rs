//! Sharing what is on screen, one's own result or the team view: a link, a
//! Markdown summary and a JSON file, each saying whether it worked.

use leptos::prelude::*;

use crate::core::formats::share_url::ShareAddress;
use crate::ui::browser::{clipboard, download};

/// `summary` and `file` are asked for at the moment of the click; `file`
/// gives the file name and the document. `children` go above the link (for
/// example the choice to include a name).
#[component]
pub fn SharePanel(
    /// Prefix of the element ids ("share", "team-share").
    id: &'static str,
    heading: &'static str,
    intro: &'static str,
    link_label: &'static str,
    #[prop(into)] link: Signal<ShareAddress>,
    summary: Callback<(), String>,
    file: Callback<(), (String, serde_json::Value)>,
    /// Say how long the link is (team links grow with the team).
    #[prop(default = false)]
    show_length: bool,
    /// The buttons first and the link itself one tap away, so Share fits on
    /// the first screen of a phone under the summary.
    #[prop(default = false)]
    compact: bool,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let (status, set_status) = signal(String::new());
    let copy = move |text: String, what: &'static str| {
        clipboard::copy_and_report(text, what, set_status);
    };
    let input_id = format!("{id}-link");
    let label_for = input_id.clone();
    let title_id = format!("{id}-title");
    let labelled_by = title_id.clone();
    let buttons = move || {
        view! {
            <div class="actions share-actions">
                <button class="button primary" on:click=move |_| copy(link.get_untracked().url, "Link")>
                    "Copy link"
                </button>
                <button class="button" on:click=move |_| copy(summary.run(()), "Summary")>
                    "Copy summary (Markdown)"
                </button>
                <button class="button" on:click=move |_| {
                    let (file_name, document) = file.run(());
                    download::download_json_and_report(&file_name, &document, set_status);
                }>
                    "Download JSON"
                </button>
            </div>
        }
    };
    let link_field = move || {
        view! {
            <label for=label_for.clone()>{link_label}</label>
            <input id=input_id.clone() class="share-link" type="text" readonly prop:value=move || link.get().url/>
            {show_length.then(|| view! {
                <p class="muted">{move || format!("The link is {} characters long.", link.get().url.len())}</p>
            })}
        }
    };
    // In the offline file with no public address known: the link names this
    // file, so say so where the buttons are, and point to the file instead.
    let only_here = move || {
        link.with(|l| l.only_here).then(|| view! {
            <p class="inline-notice only-here">
                "This link opens only on this computer: it points to this offline file, and no public address of the app is known. "
                "To share, send the JSON file (Download JSON); the other person imports it under “Your assessments” or the team view."
            </p>
        })
    };
    view! {
        <section class="result-section share no-print" class:compact=compact aria-labelledby=labelled_by>
            <h2 id=title_id class:visually-hidden=compact>{heading}</h2>
            {only_here}
            {if compact {
                view! {
                    {buttons()}
                    <details class="share-more">
                        <summary>"The link, the name and what travels"</summary>
                        {link_field()}
                        {children.map(|children| children())}
                        <p class="muted">{intro}</p>
                    </details>
                }
                .into_any()
            } else {
                view! {
                    {link_field()}
                    {children.map(|children| children())}
                    <p class="muted">{intro}</p>
                    {buttons()}
                }
                .into_any()
            }}
            <p class="share-status" role="status">{move || status.get()}</p>
        </section>
    }
}
