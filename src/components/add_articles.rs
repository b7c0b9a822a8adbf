use leptos::prelude::*;
use parallax_worker::protocol::{Command, FILES_PER_MESSAGE};
use web_sys::js_sys::Array;

use crate::components::{save_status, StorageStatus};
use crate::state::AppState;
use crate::text::plural;

/// What the file picker offers (the worker reads these; anything else is refused by name):
/// articles, and a saved library or a Parallax JSON report to open.
const ACCEPT: &str =
    ".txt,.md,.markdown,.html,.htm,.xhtml,.mhtml,.mht,.docx,.pdf,.json,text/plain,text/markdown,text/html,multipart/related,message/rfc822,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/json";

/// Sends the files in `files` (picked or dropped) to the worker to be read and added: in
/// parts of [`FILES_PER_MESSAGE`], each posted in a task of its own, so that a pick of
/// thousands never holds the page's thread for long (the browser readies each file as it
/// first crosses to the worker).
pub fn add_files(state: AppState, files: &web_sys::FileList) {
    let picked: Vec<web_sys::File> = (0..files.length()).filter_map(|i| files.item(i)).collect();
    if picked.is_empty() {
        return;
    }
    let total = picked.len();
    state.work.update(|w| {
        w.progress = Some((0, total, "Reading".to_string()));
        w.refused.clear();
    });
    state.ask_to_keep();
    send_part(state, picked, 0);
}

/// Sends the part of `picked` from `before` on, and the rest in a later task.
fn send_part(state: AppState, picked: Vec<web_sys::File>, before: usize) {
    let total = picked.len();
    let part = &picked[before..total.min(before + FILES_PER_MESSAGE)];
    let array = Array::new();
    let names = part
        .iter()
        .map(|file| {
            array.push(file);
            file.name()
        })
        .collect();
    let command = Command::AddFiles {
        names,
        before,
        // A pick of one part is sent as it always was: a whole pick.
        total: if total > FILES_PER_MESSAGE { total } else { 0 },
    };
    state.send_files(&command, Some(&array));
    let next = before + part.len();
    if next < total {
        set_timeout(
            move || send_part(state, picked, next),
            std::time::Duration::ZERO,
        );
    }
}

/// Adding the user's own articles: pick files (a real `<input type="file" multiple>` behind a
/// styled label), paste text with a title, show or hide the bundled articles, remove all of
/// the user's. Files dropped anywhere on the page are added by [`crate::app::Shell`].
#[component]
pub fn AddArticles() -> impl IntoView {
    let state = AppState::expect();
    let title = NodeRef::<leptos::html::Input>::new();
    let text = NodeRef::<leptos::html::Textarea>::new();
    // The keys of the articles "Remove all of mine" showed when clicked: exactly those are
    // removed, not any that another tab adds while the user confirms.
    let confirming = RwSignal::new(None::<Vec<u64>>);
    let paste = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (Some(title), Some(text)) = (title.get(), text.get()) else {
            return;
        };
        let body = text.value();
        let kept = !body.trim().is_empty();
        if kept {
            state.ask_to_keep();
        }
        state.send(&Command::Paste {
            title: title.value(),
            text: body,
        });
        // An empty paste is refused; what was typed stays.
        if kept {
            title.set_value("");
            text.set_value("");
        }
    };
    let picked = move |ev: leptos::ev::Event| {
        let input = event_target::<web_sys::HtmlInputElement>(&ev);
        if let Some(files) = input.files() {
            add_files(state, &files);
        }
        // The same file can be picked again (after removing it).
        input.set_value("");
    };
    view! {
        <section class="add-articles" aria-labelledby="add-heading">
            <h2 id="add-heading" class="section-title">"Add your articles"</h2>
            <p class="privacy">"Your articles stay in this browser: they are read, compared and stored on this device and never uploaded. Every tab of this browser shows the same library."</p>
            <div class="add-files">
                <label class="file-pick">
                    <input type="file" multiple accept=ACCEPT class="file-input" on:change=picked/>
                    <span class="button">"Choose files…"</span>
                </label>
                <span class="hint">"Text (.txt, .md), saved web pages (.html, .mhtml), Word (.docx) or PDF files with text, or a saved library (.json) to open it; or drop files anywhere on this page"</span>
            </div>
            <form class="paste-form" on:submit=paste>
                <label class="paste-title"><span>"Title"</span><input type="text" node_ref=title autocomplete="off" placeholder="Headline of the pasted article"/></label>
                <label class="paste-text"><span>"Text"</span><textarea node_ref=text rows="5" placeholder="Paste the article’s text here"></textarea></label>
                <button type="submit" class="button">"Add pasted article"</button>
            </form>
            <div class="library-controls">
                {move || {
                    let library = state.library.get();
                    (library.bundled > 0).then(|| view! {
                        <label class="show-seeds">
                            <input type="checkbox" prop:checked=!library.seeds_hidden on:change=move |ev| {
                                state.send(&Command::HideSeeds { hidden: !event_target_checked(&ev) });
                            }/>
                            {format!(" Show the bundled examples ({})", plural(library.bundled, "article"))}
                        </label>
                    })
                }}
                {move || {
                    let mine = state.library.with(|l| l.mine);
                    (mine > 0).then(|| view! {
                        <button type="button" class="button save-library" title="Save every article of yours in one file, to open in another browser or keep as a copy" on:click=move |_| {
                            state.work.update(|w| w.saved_library = None);
                            state.send(&Command::SaveLibrary);
                        }>"Save my library"</button>
                        <span class="download-status" role="status" aria-live="polite">
                            {move || state.work.with(|w| w.saved_library.clone()).map(save_status)}
                        </span>
                    })
                }}
                {move || {
                    let mine = state.library.with(|l| l.mine);
                    match confirming.get() {
                        Some(ids) => view! {
                            <span class="confirm" role="group" aria-label="Remove all of your articles?">
                                {format!("Remove {} of yours from this browser? ", plural(ids.len(), "article"))}
                                <button type="button" class="button danger" on:click=move |_| {
                                    if let Some(ids) = confirming.get_untracked() {
                                        state.send(&Command::RemoveMine { ids });
                                    }
                                    confirming.set(None);
                                }>"Remove them"</button>
                                " "
                                <button type="button" class="button" on:click=move |_| confirming.set(None)>"Keep them"</button>
                            </span>
                        }.into_any(),
                        None if mine > 0 => view! {
                            <button type="button" class="button remove-mine" on:click=move |_| {
                                confirming.set(Some(state.my_article_ids()));
                            }>
                                {format!("Remove all of mine ({mine})")}
                            </button>
                        }.into_any(),
                        None => ().into_any(),
                    }
                }}
            </div>
            <StorageStatus/>
            {move || state.library.with(|l| {
                (!l.storage.is_empty()).then(|| view! {
                    <ul class="storage-problems" role="alert">
                        {l.storage.iter().map(|p| view! { <li>{p.clone()}</li> }).collect_view()}
                        <li class="keep-hint">"Save my library keeps every article of yours in a file, to open here again or in another browser."</li>
                    </ul>
                })
            })}
        </section>
    }
}
