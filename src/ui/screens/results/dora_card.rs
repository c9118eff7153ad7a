//! The DORA keys: the 2024 clusters (nearest cluster, what the outcomes
//! support, what would move them up) and the DORA Quick Check's 0–10 scores
//! against its benchmarks, as its page shows them and as a table.

use leptos::prelude::*;

use crate::core::model::answers::Answers;
use crate::core::model::bank::benchmarks::GroupKind;
use crate::core::model::bank::dora::{clusters, Band};
use crate::core::rules::honesty::Verdict;
use crate::core::rules::quick_check::{
    quick_check, Benchmark, Edition, KeyScore, QuickCheck, Score,
};
use crate::core::rules::report::Report;
use crate::core::rules::verdict::level_supported_by;

#[component]
pub fn DoraCard(report: Report, answers: Answers) -> impl IntoView {
    let dora = report.dora;
    let honesty = report.honesty;
    let verdict = match honesty.verdict {
        Verdict::Consistent => "Practices and outcomes agree",
        Verdict::PracticesAhead => "Practices claim more than outcomes show",
        Verdict::OutcomesAhead => "Outcomes are ahead of practices",
        Verdict::Unmeasured => "Outcomes not measured",
    };
    let supports = dora.supports.map(|band| {
        let weakest: Vec<&str> = dora
            .metrics
            .iter()
            .filter(|m| m.supports == Some(band))
            .map(|m| m.name)
            .collect();
        let reach = if band == Band::Low {
            "is in the Low cluster".to_string()
        } else {
            format!("reaches the {} cluster", band.name())
        };
        format!(
            "The outcomes support at most level {}: the weakest key ({}) {reach}, and seed 001 needs all four.",
            level_supported_by(band),
            weakest.join(", ")
        )
    });
    let move_up = dora.move_up.clone().map(|m| {
        let then = if m.supports_after == dora.supports.unwrap_or(m.band) {
            format!(
                " {} {} the outcomes there too: this adds most to the Quick Check score, and {} must follow.",
                m.also_holding.join(" and "),
                if m.also_holding.len() == 1 { "holds" } else { "hold" },
                if m.also_holding.len() == 1 { "it" } else { "they" }
            )
        } else {
            format!(
                " The outcomes would then support level {}.",
                level_supported_by(m.supports_after)
            )
        };
        format!(
            "What would move you up: {} at {}, which reaches the {} cluster.{then}",
            m.name,
            m.to,
            m.band.name()
        )
    });
    view! {
        <div class="dora">
            <h3>{dora.edition} " clusters"</h3>
            <p class="band-line">
                "Nearest cluster over the four keys: " <strong class="band">{dora.overall.text()}</strong>
            </p>
            {supports.map(|s| view! { <p>{s}</p> })}
            {move_up.map(|s| view! { <p>{s}</p> })}
            <div class="table-scroll">
                <table class="data-table reflow">
                    <caption>"Each key and its nearest " {dora.edition} " cluster"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Key"</th>
                            <th scope="col">"Answer"</th>
                            <th scope="col">"Nearest"</th>
                            <th scope="col">"Supports"</th>
                            <th scope="col" class="cluster-values">"Cluster values (elite · high · medium · low)"</th>
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
                                view! {
                                    <tr>
                                        <th scope="row">{m.name}</th>
                                        <td data-label="Answer">{m.answer_text.unwrap_or("Not known")}</td>
                                        <td data-label="Nearest">{m.band_text()}</td>
                                        <td data-label="Supports">{m.supports.map_or("–", |b| b.name())}</td>
                                        <td class="muted cluster-values" data-label="Cluster values">{values}</td>
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </div>
            <p class="muted">{dora.note}</p>
            <QuickCheckView answers=answers/>
            <div class="callout" class:warning=honesty.verdict != Verdict::Consistent>
                <h3>"Honesty check: " {verdict}</h3>
                <p>{honesty.message}</p>
            </div>
        </div>
    }
}

/// The Quick Check's scores, for an edition and a comparison group chosen
/// on the page (one list: each edition's industries and sizes).
#[component]
fn QuickCheckView(answers: Answers) -> impl IntoView {
    let choice = RwSignal::new((Edition::Y2025, "all"));
    let result = Memo::new(move |_| {
        let (edition, group) = choice.get();
        quick_check(&answers, edition, group)
    });
    let options = Edition::ALL
        .iter()
        .flat_map(|e| e.groups().iter().map(move |g| (*e, g)))
        .map(|(edition, g)| {
            let kind = match g.kind {
                GroupKind::Industry => "",
                GroupKind::Size => " (employees)",
            };
            let value = format!("{} {}", edition.name(), g.id);
            view! { <option value=value>{format!("{} edition · {}{kind}", edition.name(), g.name)}</option> }
        })
        .collect_view();
    view! {
        <h3>"DORA Quick Check"</h3>
        <label class="qc-choices no-print">
            "Compare with "
            <select on:change=move |ev| {
                let value = event_target_value(&ev);
                let mut parts = value.split(' ');
                if let (Some(edition), Some(group)) = (parts.next().and_then(Edition::by_name), parts.next()) {
                    if let Some(g) = edition.groups().iter().find(|g| g.id == group) {
                        choice.set((edition, g.id));
                    }
                }
            }>
                {options}
            </select>
        </label>
        {move || view! { <Scores qc=result.get()/> }}
        <p class="muted qc-source">
            "Scores as the DORA Quick Check computes them (dora.dev/quickcheck); benchmarks: the DORA research programme's survey data, mean ± one standard deviation (its 2025 size table's recovery time is shown turned round)."
        </p>
    }
}

#[component]
fn Scores(qc: QuickCheck) -> impl IntoView {
    let unknown = (qc.unknown > 0).then(|| match qc.overall_range {
        Some(range) => format!(
            "{} of {} keys not known: the mean of those known is shown, as the Quick Check does; with the others the score could be anywhere from {}.",
            qc.unknown,
            qc.keys.len(),
            range.text()
        ),
        None => "No key is known yet.".to_string(),
    });
    // The table: the three summary scores, then each key.
    let rows: Vec<(&'static str, Option<Score>, Option<Benchmark>)> = [
        ("Overall", qc.overall, qc.overall_benchmark),
        ("Throughput", qc.throughput, qc.throughput_benchmark),
        ("Stability", qc.stability, qc.stability_benchmark),
    ]
    .into_iter()
    .chain(qc.keys.iter().map(|k| (k.name, k.score, k.benchmark)))
    .collect();
    let (throughput_keys, stability_keys) = qc.keys.split_at(3.min(qc.keys.len()));
    let axes = |keys: &[KeyScore]| {
        keys.iter()
            .map(|k| view! {
                <Axis name=k.name detail=k.answer_text.unwrap_or("Not known").to_string() score=k.score benchmark=k.benchmark featured=false/>
            })
            .collect_view()
    };
    view! {
        <div class="qc">
            <Axis name="Overall" detail=String::new() score=qc.overall benchmark=qc.overall_benchmark featured=true/>
            {unknown.map(|text| view! { <p class="muted">{text}</p> })}
            <h4>"Throughput " {score_text(qc.throughput)}</h4>
            {axes(throughput_keys)}
            <h4>"Stability " {score_text(qc.stability)}</h4>
            {axes(stability_keys)}
            <p class="qc-legend muted" aria-hidden="true">
                <span class="swatch qc-band-key"></span>" ± one standard deviation "
                <span class="swatch qc-mean-key"></span>" average "
                <span class="swatch qc-you-key"></span>" yours"
            </p>
            <div class="table-scroll">
                <table class="data-table reflow">
                    <caption>{format!("Quick Check {}, against {}", qc.edition.name(), qc.group_name)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Key"</th>
                            <th scope="col">"Your score"</th>
                            <th scope="col">"Benchmark"</th>
                        </tr>
                    </thead>
                    <tbody>
                        {rows.into_iter().enumerate().map(|(i, (name, score, benchmark))| view! {
                            <tr class:overall-row=i == 0>
                                <th scope="row">{name}</th>
                                <td data-label="Your score">{score_text(score)}</td>
                                <td data-label="Benchmark">{bench_text(benchmark)}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </div>
    }
}

fn score_text(score: Option<Score>) -> String {
    score.map_or("not known".to_string(), |s| s.text())
}

fn bench_text(benchmark: Option<Benchmark>) -> String {
    benchmark.map_or("–".to_string(), |b| b.text())
}

/// One 0–10 axis as the Quick Check draws it: the benchmark's band and
/// mean, and the person's score (a span when it is a range).
#[component]
fn Axis(
    name: &'static str,
    detail: String,
    score: Option<Score>,
    benchmark: Option<Benchmark>,
    featured: bool,
) -> impl IntoView {
    let label = format!(
        "{name}: {} of 10; benchmark {}",
        score_text(score),
        bench_text(benchmark)
    );
    view! {
        <div class="qc-row" class:featured=featured>
            <p class="qc-name">
                <strong>{name}</strong>
                " " <span class="qc-score">{score_text(score)}</span>
                {(!detail.is_empty()).then(|| view! { <span class="muted">" · " {detail}</span> })}
            </p>
            <svg class="qc-axis" viewBox="0 0 1000 40" preserveAspectRatio="none" role="img" aria-label=label>
                <rect class="qc-track" x="0" y="17" width="1000" height="6"></rect>
                <path class="qc-tick" d="M0 12h3v16h-3zM200 12h3v16h-3zM400 12h3v16h-3zM600 12h3v16h-3zM800 12h3v16h-3zM997 12h3v16h-3z"></path>
                {benchmark.map(|b| {
                    let (from, to) = b.band();
                    view! {
                        <rect class="qc-band" x=from.to_string() y="10" width=(to - from).to_string() height="20"></rect>
                        <rect class="qc-mean" x=b.mean.saturating_sub(2).to_string() y="4" width="4" height="32"></rect>
                    }
                })}
                {score.map(|s| {
                    // A 12-unit mark centred on the score, kept inside the axis.
                    let (low, high) = (s.low * 10, s.high * 10);
                    let x = low.saturating_sub(6).min(988);
                    let width = (high + 6).min(1000) - x;
                    view! {
                        <rect class="qc-you" x=x.to_string() y="0" width=width.to_string() height="40" rx="4"></rect>
                    }
                })}
            </svg>
            <p class="qc-ends muted" aria-hidden="true"><span>"0"</span><span>"10"</span></p>
        </div>
    }
}
