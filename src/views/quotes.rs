use leptos::prelude::*;
use parallax_engine::matching::diff::{Piece, PieceOp};

use crate::components::DiffText;
use crate::route::Route;
use crate::state::AppState;
use crate::text::{plural, sentence_at, slice, source_label};

/// One wording of a quote, ready to show.
#[derive(Clone, PartialEq)]
struct Wording {
    doc: usize,
    name: String,
    source: String,
    speaker: Option<String>,
    sentence: usize,
    /// The wording's own pieces against the most common one; `None` for that one itself.
    pieces: Option<Vec<Piece>>,
    /// The most common wording's document and the pieces this wording leaves out of it.
    dropped: Option<(usize, Vec<Piece>)>,
    text: String,
}

/// A quote group, ready to show.
#[derive(Clone, PartialEq)]
struct Group {
    documents: usize,
    speakers_differ: bool,
    reference: String,
    wordings: Vec<Wording>,
}

/// Every quote, grouped across articles: the outlets carrying it, each wording with its
/// differences from the most common one, and who each outlet says spoke it.
#[component]
pub fn QuotesView() -> impl IntoView {
    let state = AppState::expect();
    let groups = Memo::new(move |_| {
        state.report.with(|r| {
            r.quotes
                .iter()
                .map(|g| {
                    let text = |d: usize, start: usize, end: usize| {
                        slice(&r.documents[d], [start, end]).to_string()
                    };
                    let base = &g.members[g.reference];
                    Group {
                        documents: g.documents,
                        speakers_differ: g.speakers_differ,
                        reference: text(base.document, base.start, base.end),
                        wordings: g
                            .members
                            .iter()
                            .map(|m| {
                                let doc = &r.documents[m.document];
                                Wording {
                                    doc: m.document,
                                    name: doc.name.clone(),
                                    source: source_label(doc),
                                    speaker: m.speaker.clone(),
                                    sentence: sentence_at(doc, m.start),
                                    pieces: m.diff.as_ref().map(|d| d.b.clone()),
                                    dropped: m.diff.as_ref().and_then(|d| {
                                        let left_out: Vec<Piece> =
                                            d.a.iter()
                                                .filter(|p| p.op == PieceOp::Delete)
                                                .copied()
                                                .collect();
                                        (!left_out.is_empty()).then_some((base.document, left_out))
                                    }),
                                    text: text(m.document, m.start, m.end),
                                }
                            })
                            .collect(),
                    }
                })
                .collect::<Vec<_>>()
        })
    });
    let total = Memo::new(move |_| state.report.with(|r| r.documents.len()));
    move || {
        let groups = groups.get();
        let n = total.get();
        let shared: Vec<Group> = groups.iter().filter(|g| g.documents > 1).cloned().collect();
        let single: Vec<Group> = groups.into_iter().filter(|g| g.documents == 1).collect();
        view! {
            <section class="listing" aria-labelledby="quotes-heading">
                <p class="crumbs"><a href="#/">"Overview"</a> " / quotes"</p>
                <h1 id="quotes-heading" class="listing-title">"Quotes"</h1>
                <p class="listing-intro">
                    {format!(
                        "{} in all: {} carried by several articles, each wording compared with the most common one (deleted words struck, added words underlined).",
                        plural(shared.len() + single.len(), "quote"),
                        shared.len()
                    )}
                </p>
                <ol class="quote-groups">
                    {shared.into_iter().map(|g| view! { <QuoteGroup group=g total=n/> }).collect_view()}
                </ol>
                <h2 class="section-title">"Quoted by one article only"</h2>
                <ol class="quote-groups single">
                    {single.into_iter().map(|g| view! { <QuoteGroup group=g total=n/> }).collect_view()}
                </ol>
            </section>
        }
    }
}

#[component]
fn QuoteGroup(group: Group, total: usize) -> impl IntoView {
    let state = AppState::expect();
    let base = state.location.get_untracked();
    let Group {
        documents,
        speakers_differ,
        reference,
        wordings,
    } = group;
    let several = documents > 1;
    view! {
        <li class="quote-group" class:speakers-differ=speakers_differ>
            {several.then(|| view! {
                <p class="cluster-head">
                    <span class="dots" aria-hidden="true">
                        {format!("{}{}", "●".repeat(documents), "○".repeat(total.saturating_sub(documents)))}
                    </span>
                    <span>{format!("in {documents} of {total} articles")}</span>
                    {speakers_differ.then(|| view! {
                        <span class="flag" role="note">"⚠ attributed to different people"</span>
                    })}
                </p>
                <blockquote class="quote-reference">{reference}</blockquote>
            })}
            <ul class="quote-wordings">
                {wordings
                    .into_iter()
                    .map(|w| {
                        let href = base
                            .with_route(Route::Article { name: w.name.clone(), sentence: Some(w.sentence) })
                            .to_hash();
                        let common = several && w.pieces.is_none();
                        let speaker = match w.speaker {
                            Some(s) => view! { <span class="speaker">{s}</span> }.into_any(),
                            None => view! { <span class="speaker unknown">"speaker not given"</span> }.into_any(),
                        };
                        let body = match w.pieces {
                            Some(pieces) => view! { <DiffText doc=w.doc pieces/> }.into_any(),
                            None => view! { <span>{w.text}</span> }.into_any(),
                        };
                        let dropped = w.dropped.map(|(doc, pieces)| {
                            let parts = pieces
                                .into_iter()
                                .enumerate()
                                .map(|(k, p)| view! {
                                    {(k > 0).then_some(" … ")}
                                    <DiffText doc pieces=vec![p]/>
                                })
                                .collect_view();
                            view! { <p class="quote-dropped">"leaves out: " {parts}</p> }
                        });
                        view! {
                            <li class="quote-wording">
                                <span class="wording-source">{w.source}</span>
                                {speaker}
                                {common.then(|| view! { <span class="tag">"most common wording"</span> })}
                                <a class="quote-text" href=href>"“" {body} "”"</a>
                                {dropped}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </li>
    }
}
