use leptos::prelude::*;

use crate::core::model::bank::dora::clusters;
use crate::core::rules::honesty::Verdict;
use crate::core::rules::report::Report;

#[component]
pub fn DoraCard(report: Report) -> impl IntoView {
    let dora = report.dora;
    let honesty = report.honesty;
    let verdict = match honesty.verdict {
        Verdict::Consistent => "Practices and outcomes agree",
        Verdict::PracticesAhead => "Practices claim more than outcomes show",
        Verdict::OutcomesAhead => "Outcomes are ahead of practices",
        Verdict::Unmeasured => "Outcomes not measured",
    };
    view! {
            <div class="dora">
                <p class="band-line">
                    "Overall band: " <strong class="band">{dora.overall.name()}</strong>
                    <span class="muted">
                        {format!(" · {} of 4 keys answered from knowledge", dora.known)}
                    </span>
                </p>
                <div class="table-scroll">
                <table class="data-table reflow">
                    <caption>"The four keys, each placed in its nearest " {dora.edition} " cluster"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Metric"</th>
                            <th scope="col">"Answer"</th>
                            <th scope="col">"Band"</th>
                            <th scope="col">"Cluster values (elite · high · medium · low)"</th>
                        </tr>
                    </thead>
                    <tbody>
                        {dora
                            .metrics
                            .into_iter()
                            .map(|m| {
                                let values = clusters(m.metric)
                                    .iter()
                                    .map(|c| c.text)
                                    .collect::<Vec<_>>()
                                    .join(" · ");
                                let band = if m.known {
                                    m.band_text()
                                } else {
                                    format!("{} (unknown counts as worst)", m.band.name())
                                };
                                view! {
                                    <tr>
                                        <th scope="row">{m.name}</th>
                                        <td data-label="Answer">{m.answer_text.unwrap_or("Don’t know")}</td>
                                        <td data-label="Band">{band}</td>
                                        <td class="muted" data-label="Cluster values">{values}</td>
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
    </div>
                <p class="muted">{dora.note}</p>
                <div class="callout" class:warning=honesty.verdict != Verdict::Consistent>
                    <h3>"Honesty check: " {verdict}</h3>
                    <p>{honesty.message}</p>
                </div>
            </div>
        }
}
