use leptos::prelude::*;
use parallax_engine::lang::names::{name as language_name, LANGUAGES};
use parallax_worker::protocol::Command;

use crate::state::AppState;

/// The language one of the user's articles is read in, and a choice to correct it when the
/// detection was wrong (the engine then reads it with that language's sentence rules, word
/// tables and reading direction); "Detect" gives the choice back to the engine.
#[component]
pub fn LanguageChoice(
    /// Index of the document in the report.
    index: usize,
) -> impl IntoView {
    let state = AppState::expect();
    let meta = Memo::new(move |_| state.article_meta(index));
    let current = Memo::new(move |_| {
        state.report.with(|r| {
            r.documents
                .get(index)
                .map(|d| (d.name.clone(), d.language.clone()))
                .unwrap_or_default()
        })
    });
    let choose = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        let (name, _) = current.get_untracked();
        state.send(&Command::SetLanguage {
            id: meta.get_untracked().id,
            name,
            language: (!value.is_empty()).then_some(value),
        });
    };
    // Languages in the order of their English names, as a reader looks for one.
    let mut languages: Vec<(&'static str, &'static str)> = LANGUAGES.to_vec();
    languages.sort_unstable_by_key(|&(_, name)| name);
    move || {
        let (_, code) = current.get();
        let set = meta.get().language_set;
        let detected = if set {
            "Detect".to_string()
        } else {
            format!("{} (detected)", language_name(&code))
        };
        view! {
            <label class="language-choice">
                <span>"Language "</span>
                <select on:change=choose title="The language Parallax reads this article in: change it if the detection is wrong">
                    <option value="" selected=!set>{detected}</option>
                    {languages
                        .iter()
                        .map(|&(c, n)| view! { <option value=c selected=set && c == code>{n}</option> })
                        .collect_view()}
                </select>
            </label>
        }
    }
}
