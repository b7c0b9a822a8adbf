use leptos::prelude::*;
use parallax_engine::report::DiscrepancyKind;

use crate::components::MarkedText;
use crate::route::Route;
use crate::state::AppState;
use crate::text::{plural, short_label, source_label};

/// One document's side of a discrepancy, ready to show.
#[derive(Clone, PartialEq)]
struct Side {
    doc: usize,
    name: String,
    source: String,
    value: String,
    /// What the figure counts (`people`), for numbers.
    counted: Option<String>,
    range: [usize; 2],
    sentence: usize,
    sentence_range: [usize; 2],
}

/// A discrepancy, ready to show.
#[derive(Clone, PartialEq)]
struct Item {
    kind: DiscrepancyKind,
    /// For a speaker discrepancy: the quote's most common wording.
    quote: Option<String>,
    sides: Vec<Side>,
}

/// The facts the articles state differently: each figure or attribution side by side, each in
/// its sentence, with links to the pair view at that row.
#[component]
pub fn DiscrepanciesView() -> impl IntoView {
    let state = AppState::expect();
    let items = Memo::new(move |_| {
        state.report.with(|r| {
            r.discrepancies
                .iter()
                .map(|d| Item {
                    kind: d.kind,
                    quote: d.quote.and_then(|g| {
                        let group = r.quotes.get(g)?;
                        let m = group.members.get(group.reference)?;
                        r.documents[m.document]
                            .text
                            .get(m.start..m.end)
                            .map(str::to_string)
                    }),
                    sides: d
                        .members
                        .iter()
                        .map(|m| {
                            let doc = &r.documents[m.document];
                            let s = &doc.sentences
                                [m.sentence.min(doc.sentences.len().saturating_sub(1))];
                            Side {
                                doc: m.document,
                                name: doc.name.clone(),
                                source: source_label(doc),
                                value: m.value.clone(),
                                counted: m.counted.clone(),
                                range: [m.start, m.end],
                                sentence: m.sentence,
                                sentence_range: [s.start.min(m.start), s.end.max(m.end)],
                            }
                        })
                        .collect(),
                })
                .collect::<Vec<_>>()
        })
    });
    move || {
        let items = items.get();
        let numbers = items
            .iter()
            .filter(|i| i.kind == DiscrepancyKind::Number)
            .count();
        let speakers = items.len() - numbers;
        let intro = if items.is_empty() {
            "The articles state no figure differently and attribute no quote to different people."
                .to_string()
        } else {
            format!(
                "{} stated with different figures, {} attributed to different people. Each side stands in its sentence; open it beside another article to see the whole row.",
                plural(numbers, "fact"),
                plural(speakers, "quote")
            )
        };
        view! {
            <section class="listing" aria-labelledby="discrepancies-heading">
                <p class="crumbs"><a href="#/">"Overview"</a> " / discrepancies"</p>
                <h1 id="discrepancies-heading" class="listing-title">"Where the articles disagree"</h1>
                <p class="listing-intro">{intro}</p>
                <ol class="discrepancies">
                    {items.into_iter().map(|item| view! { <Discrepancy item/> }).collect_view()}
                </ol>
            </section>
        }
    }
}

#[component]
fn Discrepancy(item: Item) -> impl IntoView {
    let state = AppState::expect();
    let (label, class) = match item.kind {
        DiscrepancyKind::Number => ("Figures differ", "discrepancy number"),
        DiscrepancyKind::Speaker => ("Speakers differ", "discrepancy speaker"),
    };
    let others: Vec<(usize, String, String)> = {
        let mut seen: Vec<(usize, String, String)> = Vec::new();
        for s in &item.sides {
            if !seen.iter().any(|(d, _, _)| *d == s.doc) {
                seen.push((s.doc, s.name.clone(), short_label(&s.name)));
            }
        }
        seen
    };
    view! {
        <li class=class>
            <p class="discrepancy-head">
                <span class="flag">{label}</span>
                {item.quote.map(|q| view! { <q class="discrepancy-quote">{q}</q> })}
            </p>
            <ul class="figures-side" aria-label="the differing figures">
                {item.sides.iter().map(|s| view! {
                    <li class="figure-chip">
                        <strong class="figure-value">{s.value.clone()}</strong>
                        {s.counted.clone().map(|c| view! { <span class="figure-counted">{c}</span> })}
                        <span class="wording-source">{s.source.clone()}</span>
                    </li>
                }).collect_view()}
            </ul>
            <ul class="discrepancy-sides">
                {item
                    .sides
                    .into_iter()
                    .map(|s| {
                        let links = others
                            .iter()
                            .filter(|(d, _, _)| *d != s.doc)
                            .map(|(_, b_name, b_label)| {
                                // Opens the pair view at the row that holds this sentence.
                                let href = state
                                    .location
                                    .get_untracked()
                                    .with_route(Route::Pair {
                                        a: s.name.clone(),
                                        b: b_name.clone(),
                                        row: None,
                                        sentence: Some(s.sentence),
                                    })
                                    .to_hash();
                                view! {
                                    <a class="pair-link" href=href>{format!("beside {b_label}")}</a>
                                }
                            })
                            .collect_view();
                        view! {
                            <li class="discrepancy-side">
                                <span class="wording-source">{s.source}</span>
                                <p class="discrepancy-sentence">
                                    <MarkedText doc=s.doc range=s.sentence_range marks=vec![s.range] kind="figure"/>
                                </p>
                                <p class="pair-links">{links}</p>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </li>
    }
}
