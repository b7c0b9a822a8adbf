use leptos::prelude::*;
use parallax_engine::report::DocumentReport;
use parallax_engine::text::normalize::fold;

use crate::route::Route;
use crate::state::AppState;
use crate::text::{date_label, iso_date, outlet, percent, short_label, IsoDate};

/// Rows shown at first, and added by each "Show more".
pub const PAGE: usize = 50;

/// What the list is sorted by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SortBy {
    /// Corpus order (file name).
    Name,
    Title,
    Outlet,
    Words,
    /// Share of the article found in another.
    Shared,
    /// The user's articles first.
    Yours,
    /// When it was published, as its file states (those that do not say last).
    Published,
}

/// The "Sort by" choices: value, key, descending.
const SORTS: &[(&str, SortBy, bool)] = &[
    ("name", SortBy::Name, false),
    ("title", SortBy::Title, false),
    ("outlet", SortBy::Outlet, false),
    ("shared", SortBy::Shared, true),
    ("unique", SortBy::Shared, false),
    ("long", SortBy::Words, true),
    ("short", SortBy::Words, false),
    ("yours", SortBy::Yours, true),
    ("published", SortBy::Published, false),
];

/// The indices of `docs` that match `query` (in name, title or outlet, ignoring case and
/// accents, through the engine's `fold`), in the order `by` gives, descending when
/// `descending`. Ties keep corpus order. `yours[i]`: document `i` is the user's.
pub fn arrange(
    docs: &[DocumentReport],
    yours: &[bool],
    query: &str,
    by: SortBy,
    descending: bool,
) -> Vec<usize> {
    let query = fold(query.trim());
    let outlet = |d: &DocumentReport| outlet(d).unwrap_or_default();
    let mine = |i: usize| yours.get(i).copied().unwrap_or(false);
    let mut kept: Vec<usize> = (0..docs.len())
        .filter(|&i| {
            let d = &docs[i];
            query.is_empty()
                || [&d.name, &d.title, &outlet(d)]
                    .iter()
                    .any(|field| fold(field).contains(&query))
        })
        .collect();
    parallax_engine::base::order::sort_by(&mut kept, |&i, &j| {
        let (x, y) = (&docs[i], &docs[j]);
        let order = match by {
            SortBy::Name => i.cmp(&j),
            SortBy::Title => fold(&x.title).cmp(&fold(&y.title)),
            SortBy::Outlet => outlet(x).cmp(&outlet(y)),
            SortBy::Words => x.words.cmp(&y.words),
            SortBy::Shared => x.shared.total_cmp(&y.shared),
            SortBy::Yours => mine(i).cmp(&mine(j)),
            SortBy::Published => published_order(x, y),
        };
        if descending {
            order.reverse()
        } else {
            order
        }
    });
    kept
}

/// Earlier publication first; articles that state no date after every one that does. Dates
/// with a time and an offset compare as instants (`08:15+01:00` before `08:30Z`); a date
/// alone counts as its midnight in UTC.
fn published_order(x: &DocumentReport, y: &DocumentReport) -> std::cmp::Ordering {
    let key = |d: &DocumentReport| {
        d.published
            .as_deref()
            .map(|p| (utc_minutes(p), p.to_string()))
    };
    match (key(x), key(y)) {
        (Some(a), Some(b)) => a.cmp(&b),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    }
}

/// Minutes since 1970-01-01 UTC of an ISO 8601 date (`2017-12-13`) or date and time
/// (`2017-12-13T09:41:00+01:00`, `…Z`; no offset counts as UTC), or `None` when it is not one.
pub fn utc_minutes(iso: &str) -> Option<i64> {
    let number = |s: &str| s.parse::<i64>().ok();
    let IsoDate {
        year,
        month,
        day,
        clock,
        zone,
    } = iso_date(iso)?;
    let month = month as i64;
    // Days from the civil date (Howard Hinnant's algorithm, proleptic Gregorian calendar).
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let year_of_era = y - era * 400;
    let day_of_year = (153 * ((month + 9) % 12) + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    let days = era * 146_097 + day_of_era - 719_468;
    let clock = clock.unwrap_or("");
    let hours = clock.get(0..2).and_then(number).unwrap_or(0);
    let minutes = clock.get(3..5).and_then(number).unwrap_or(0);
    let offset_minutes = match zone {
        Some(z) if z.starts_with(['+', '-']) => {
            let total =
                z.get(1..3).and_then(number)? * 60 + z.get(4..6).and_then(number).unwrap_or(0);
            if z.starts_with('-') {
                -total
            } else {
                total
            }
        }
        _ => 0,
    };
    Some(days * 1440 + hours * 60 + minutes - offset_minutes)
}

/// The articles as a compact table for corpora too large for cards: searchable (title,
/// outlet, name; case and accents ignored), sortable, shown [`PAGE`] rows at a time.
#[component]
pub fn ArticleList() -> impl IntoView {
    let state = AppState::expect();
    let query = RwSignal::new(String::new());
    // Index into `SORTS`.
    let sort = RwSignal::new(0usize);
    let shown = RwSignal::new(PAGE);
    let order = Memo::new(move |_| {
        let (_, by, descending) = SORTS[sort.get().min(SORTS.len() - 1)];
        state.report.with(|r| {
            let yours: Vec<bool> = state.articles.with(|a| a.iter().map(|m| m.yours).collect());
            query.with(|q| arrange(&r.documents, &yours, q, by, descending))
        })
    });
    view! {
        <div class="article-list">
            <div class="list-tools">
                <label class="list-search">
                    <span>"Find"</span>
                    <input type="search" placeholder="title, outlet or name"
                        on:input=move |ev| { query.set(event_target_value(&ev)); shown.set(PAGE); }/>
                </label>
                <label class="list-sort">
                    <span>"Sort by"</span>
                    <select on:change=move |ev| {
                        let choice = event_target_value(&ev);
                        if let Some(i) = SORTS.iter().position(|(key, _, _)| *key == choice) {
                            sort.set(i);
                            shown.set(PAGE);
                        }
                    }>
                        <option value="name">"file name"</option>
                        <option value="title">"title"</option>
                        <option value="outlet">"outlet"</option>
                        <option value="shared">"most found elsewhere"</option>
                        <option value="unique">"least found elsewhere"</option>
                        <option value="long">"longest"</option>
                        <option value="short">"shortest"</option>
                        <option value="yours">"yours first"</option>
                        <option value="published">"published first"</option>
                    </select>
                </label>
                <span class="list-count" role="status" aria-live="polite">{move || {
                    let total = state.report.with(|r| r.documents.len());
                    let matching = order.with(Vec::len);
                    matching.min(shown.get()).to_string() + " of " + &matching.to_string() + " shown (" + &total.to_string() + " in all)"
                }}</span>
            </div>
            <table class="articles">
                <thead>
                    <tr>
                        <th scope="col" class="col-id">"#"</th>
                        <th scope="col" class="col-title">"Title"</th>
                        <th scope="col" class="col-outlet">"Outlet"</th>
                        <th scope="col" class="col-date">"Published"</th>
                        <th scope="col" class="num">"Words"</th>
                        <th scope="col" class="num">"Shared"</th>
                    </tr>
                </thead>
                <tbody>
                    // Re-rendered whole on each change (at most a few pages of rows): an unkeyed
                    // list of `AnyView`s costs the wasm far less than another keyed `For`.
                    {move || state.report.with(|r| {
                        let comparing = state.comparing.get();
                        order.with(|order| {
                            order
                                .iter()
                                .take(shown.get())
                                .filter_map(|&index| {
                                    let row = r.documents.get(index)?;
                                    let href = state.location.with(|l| {
                                        l.with_route(Route::Article { name: row.name.clone(), sentence: None }).to_hash()
                                    });
                                    let yours = state.article_meta(index).yours;
                                    Some(view! {
                                        <tr class:yours=yours>
                                            <td class="col-id">{short_label(&row.name)}</td>
                                            <td class="col-title">{yours.then(|| view! { <span class="yours-badge">"Yours"</span> " " })}<a href=href>{row.title.clone()}</a></td>
                                            <td class="col-outlet">{outlet(row)}</td>
                                            <td class="col-date">{row.published.as_deref().map(date_label)}</td>
                                            <td class="num">{row.words}</td>
                                            // Not known until the report follows the listing.
                                            <td class="num">{if comparing { "…".to_string() } else { percent(row.shared) }}</td>
                                        </tr>
                                    }.into_any())
                                })
                                .collect::<Vec<_>>()
                        })
                    })}
                </tbody>
            </table>
            {move || (order.with(Vec::len) > shown.get()).then(|| view! {
                <button type="button" class="show-more" on:click=move |_| shown.update(|s| *s += PAGE)>
                    {format!("Show {} more", (order.with(Vec::len) - shown.get()).min(PAGE))}
                </button>
            })}
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(index: usize, title: &str, outlet: &str, words: usize, shared: f32) -> DocumentReport {
        DocumentReport {
            name: format!("{index:03}_x"),
            title: title.into(),
            source: None,
            source_domain: Some(outlet.into()),
            headline: None,
            language: "en".into(),
            outlet: None,
            byline: None,
            published: None,
            text: "".into(),
            words,
            shared,
            sentences: Vec::new(),
        }
    }

    #[test]
    fn filters_and_sorts() {
        let rows = [
            row(0, "Storm hits", "bbc.co.uk", 500, 0.2),
            row(1, "storm warning", "cnn.com", 300, 0.9),
            row(2, "Election", "bbc.co.uk", 800, 0.2),
        ];
        assert_eq!(arrange(&rows, &[], "", SortBy::Name, false), [0, 1, 2]);
        assert_eq!(arrange(&rows, &[], "STORM", SortBy::Name, false), [0, 1]);
        assert_eq!(arrange(&rows, &[], " bbc ", SortBy::Words, true), [2, 0]);
        assert_eq!(arrange(&rows, &[], "", SortBy::Shared, true), [1, 0, 2]);
        assert_eq!(arrange(&rows, &[], "", SortBy::Title, false), [2, 0, 1]);
        assert_eq!(arrange(&rows, &[], "002", SortBy::Name, false), [2]);
        assert_eq!(arrange(&rows, &[], "élection", SortBy::Name, false), [2]);
        assert!(arrange(&rows, &[], "nothing", SortBy::Name, false).is_empty());
        assert_eq!(
            arrange(&rows, &[false, true, true], "", SortBy::Yours, true),
            [1, 2, 0]
        );
        assert_eq!(
            arrange(&rows, &[false, true], "", SortBy::Yours, true),
            [1, 0, 2]
        );
    }

    #[test]
    fn instants_in_minutes() {
        assert_eq!(utc_minutes("1970-01-01"), Some(0));
        assert_eq!(utc_minutes("1970-01-02T00:00:00Z"), Some(1440));
        assert_eq!(
            utc_minutes("2017-12-13T08:15:00+01:00"),
            utc_minutes("2017-12-13T07:15:00Z")
        );
        assert_eq!(utc_minutes("2000-03-01"), Some(11_017 * 1440));
        assert_eq!(utc_minutes("yesterday"), None);
    }

    #[test]
    fn published_first_with_the_undated_last() {
        let mut rows = [
            row(0, "a", "x", 1, 0.0),
            row(1, "b", "x", 1, 0.0),
            row(2, "c", "x", 1, 0.0),
        ];
        rows[0].published = Some("2017-12-13T08:30:00Z".into());
        rows[2].published = Some("2017-12-13T09:15:00+01:00".into());
        assert_eq!(arrange(&rows, &[], "", SortBy::Published, false), [2, 0, 1]);
    }
}
