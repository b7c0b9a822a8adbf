//! Hash routes: every view and selection lives in the URL, so a static host under any
//! sub-path serves them, and reload and back/forward restore the view.
//!
//! | hash                          | view                                      |
//! |-------------------------------|-------------------------------------------|
//! | `#/`                          | overview                                  |
//! | `#/article/NAME?s=N`          | one article, scrolled to sentence `N`     |
//! | `#/pair/A/B?row=N`            | pair view, scrolled to row `N` (from 1, as the gutter shows) |
//! | `#/quotes`                    | every quote, grouped, with speakers and wordings |
//! | `#/discrepancies`             | figures and speakers the articles disagree on |
//! | `#/only-here`                 | for each article, what no other article carries |
//! | any of them `…?t=0.6`         | with a similarity threshold other than the default |

use leptos::prelude::*;

/// A view the app can show.
#[derive(Clone, Debug, PartialEq)]
pub enum Route {
    /// The start page.
    Overview,
    /// One article, by document name.
    Article {
        /// Document name (file stem).
        name: String,
        /// Sentence to scroll to.
        sentence: Option<usize>,
    },
    /// Two articles side by side.
    Pair {
        /// Left document name.
        a: String,
        /// Right document name.
        b: String,
        /// Row to scroll to, from 0 (the URL counts from 1).
        row: Option<usize>,
        /// A sentence of the left document to open at (`s=`, from 0), when the link was made
        /// without the alignment at hand: the view shows the row holding it.
        sentence: Option<usize>,
    },
    /// Every quote, grouped across articles.
    Quotes,
    /// Facts the articles state differently.
    Discrepancies,
    /// For each article, the sentences no other article carries.
    OnlyHere,
    /// A hash the app does not know.
    Unknown(String),
}

impl Route {
    /// The pair view of `a` beside `b`, at its top.
    pub fn pair(a: String, b: String) -> Route {
        Route::Pair {
            a,
            b,
            row: None,
            sentence: None,
        }
    }
}

/// A parsed location: the route and the settings carried with it.
#[derive(Clone, Debug, PartialEq)]
pub struct Location {
    /// What to show.
    pub route: Route,
    /// Similarity threshold, when not the default.
    pub threshold: Option<f32>,
}

impl Location {
    /// Parses a URL hash (with or without the leading `#`).
    pub fn parse(hash: &str) -> Location {
        let hash = hash.strip_prefix('#').unwrap_or(hash);
        let (path, query) = hash.split_once('?').unwrap_or((hash, ""));
        let mut row = None;
        let mut sentence = None;
        let mut threshold = None;
        for pair in query.split('&') {
            match pair.split_once('=') {
                Some(("row", v)) => row = v.parse::<usize>().ok().and_then(|r| r.checked_sub(1)),
                Some(("s", v)) => sentence = v.parse().ok(),
                Some(("t", v)) => threshold = parse_threshold(v),
                _ => {}
            }
        }
        let parts: Vec<String> = path
            .split('/')
            .filter(|p| !p.is_empty())
            .map(decode)
            .collect();
        let route = match parts.as_slice() {
            [] => Route::Overview,
            [kind] if kind == "quotes" => Route::Quotes,
            [kind] if kind == "discrepancies" => Route::Discrepancies,
            [kind] if kind == "only-here" => Route::OnlyHere,
            [kind, name] if kind == "article" => Route::Article {
                name: name.clone(),
                sentence,
            },
            [kind, a, b] if kind == "pair" => Route::Pair {
                a: a.clone(),
                b: b.clone(),
                row,
                sentence,
            },
            _ => Route::Unknown(hash.to_string()),
        };
        Location { route, threshold }
    }

    /// The hash for this location, starting with `#`.
    pub fn to_hash(&self) -> String {
        let mut query = Vec::new();
        let path = match &self.route {
            Route::Overview | Route::Unknown(_) => "/".to_string(),
            Route::Quotes => "/quotes".to_string(),
            Route::Discrepancies => "/discrepancies".to_string(),
            Route::OnlyHere => "/only-here".to_string(),
            Route::Article { name, sentence } => {
                if let Some(s) = sentence {
                    query.push(format!("s={s}"));
                }
                format!("/article/{}", encode(name))
            }
            Route::Pair {
                a,
                b,
                row,
                sentence,
            } => {
                if let Some(row) = row {
                    query.push(format!("row={}", row + 1));
                }
                if let Some(s) = sentence {
                    query.push(format!("s={s}"));
                }
                format!("/pair/{}/{}", encode(a), encode(b))
            }
        };
        if let Some(t) = self.threshold {
            query.push(format!("t={}", format_threshold(t)));
        }
        if query.is_empty() {
            format!("#{path}")
        } else {
            format!("#{path}?{}", query.join("&"))
        }
    }

    /// The same settings, another route.
    pub fn with_route(&self, route: Route) -> Location {
        Location {
            route,
            threshold: self.threshold,
        }
    }
}

/// A threshold as the URL carries it: at most two decimals, no trailing zeros (`0.45`, `0.5`,
/// `1`). Values are clamped to `[0, 1]`. Integer arithmetic only: float formatting would add
/// several kilobytes to the wasm.
pub fn format_threshold(t: f32) -> String {
    let hundredths = (t.clamp(0.0, 1.0) * 100.0).round() as u32;
    match (hundredths / 100, hundredths % 100) {
        (whole, 0) => whole.to_string(),
        (_, part) if part % 10 == 0 => format!("0.{}", part / 10),
        (_, part) => format!("0.{part:02}"),
    }
}

/// Reads a threshold written as [`format_threshold`] writes it (also `.5`, `0.450`): a decimal
/// number in `[0, 1]`, to two decimals; anything else is `None`.
pub fn parse_threshold(text: &str) -> Option<f32> {
    let (whole, part) = text.split_once('.').unwrap_or((text, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if !digits(whole) || !digits(part) || (whole.is_empty() && part.is_empty()) || whole.len() > 1 {
        return None;
    }
    let whole = whole.bytes().next().map_or(0, |b| u32::from(b - b'0'));
    // Two decimals, rounded on the third.
    let mut decimals = part
        .bytes()
        .map(|b| u32::from(b - b'0'))
        .chain(std::iter::repeat(0));
    let (d1, d2, d3) = (
        decimals.next().unwrap_or(0),
        decimals.next().unwrap_or(0),
        decimals.next().unwrap_or(0),
    );
    let hundredths = whole * 100 + d1 * 10 + d2 + u32::from(d3 >= 5);
    (hundredths <= 100).then(|| hundredths as f32 / 100.0)
}

/// Percent-encodes what is not an unreserved URL character.
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Decodes percent-encoding; malformed escapes are kept as they are.
pub fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (
            bytes[i],
            bytes.get(i + 1).copied().and_then(hex),
            bytes.get(i + 2).copied().and_then(hex),
        ) {
            (b'%', Some(h), Some(l)) => {
                out.push((h * 16 + l) as u8);
                i += 3;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The current location, kept in step with the URL hash (including back and forward).
///
/// Use [`go`] to move: it updates the URL and this signal at once, so a second key press
/// right after the first already sees the new location (`hashchange` arrives later, and then
/// changes nothing).
pub fn use_location() -> RwSignal<Location> {
    let location = RwSignal::new(Location::parse(&current_hash()));
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        let now = Location::parse(&current_hash());
        if location.with_untracked(|l| *l != now) {
            location.set(now);
        }
    });
    on_cleanup(move || handle.remove());
    location
}

/// How a move enters the browser history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum History {
    /// A new entry: back returns here (another article, another pair).
    Push,
    /// Replace the current entry (a row, a sentence, the strictness).
    Replace,
}

/// Moves to `to`: updates the URL hash and the location signal together.
pub fn go(location: RwSignal<Location>, to: Location, history: History) {
    let hash = to.to_hash();
    let url = window().location();
    let _ = match history {
        History::Push => url.set_hash(&hash),
        History::Replace => url.replace(&hash),
    };
    if location.with_untracked(|l| *l != to) {
        location.set(to);
    }
}

fn current_hash() -> String {
    window().location().hash().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thresholds_format_and_parse_exactly() {
        for (t, text) in [
            (0.45, "0.45"),
            (0.5, "0.5"),
            (0.2, "0.2"),
            (1.0, "1"),
            (0.0, "0"),
            (0.05, "0.05"),
        ] {
            assert_eq!(format_threshold(t), text);
            assert_eq!(parse_threshold(text), Some(t));
        }
        assert_eq!(format_threshold(0.449_999), "0.45");
        assert_eq!(format_threshold(7.0), "1");
        for (text, want) in [
            (".5", Some(0.5)),
            ("0.450", Some(0.45)),
            ("0.455", Some(0.46)),
            ("1.0", Some(1.0)),
        ] {
            assert_eq!(parse_threshold(text), want, "{text}");
        }
        for bad in [
            "", ".", "7", "1.5", "-0.5", "0,5", "a", "10", "0.4x", "1e-1",
        ] {
            assert_eq!(parse_threshold(bad), None, "{bad}");
        }
    }

    fn pair(row: Option<usize>) -> Route {
        Route::Pair {
            a: "000".into(),
            b: "001".into(),
            row,
            sentence: None,
        }
    }

    fn article(sentence: Option<usize>) -> Route {
        Route::Article {
            name: "000_abc".into(),
            sentence,
        }
    }

    #[test]
    fn parses_routes() {
        let cases = [
            ("", Route::Overview, None),
            ("#/", Route::Overview, None),
            ("#/article/000_abc", article(None), None),
            ("#/article/000_abc?s=4", article(Some(4)), None),
            // The URL counts rows from 1, as the gutter shows.
            ("#/pair/000/001?row=7&t=0.6", pair(Some(6)), Some(0.6)),
            ("#/pair/000/001?row=0", pair(None), None),
            ("#/pair/000/001?t=7", pair(None), None),
            (
                "#/pair/000/001?s=5",
                Route::Pair {
                    a: "000".into(),
                    b: "001".into(),
                    row: None,
                    sentence: Some(5),
                },
                None,
            ),
            ("#/nope/x/y/z", Route::Unknown("/nope/x/y/z".into()), None),
            ("#/quotes", Route::Quotes, None),
            ("#/discrepancies?t=0.6", Route::Discrepancies, Some(0.6)),
            ("#/only-here", Route::OnlyHere, None),
        ];
        for (hash, route, threshold) in cases {
            assert_eq!(
                Location::parse(hash),
                Location { route, threshold },
                "{hash}"
            );
        }
    }

    #[test]
    fn hashes_round_trip() {
        for hash in [
            "#/",
            "#/article/a%20b",
            "#/pair/x/y?row=3&t=0.55",
            "#/pair/x/y?s=4",
            "#/article/z?s=2&t=0.5",
            "#/quotes",
            "#/discrepancies",
            "#/only-here?t=0.6",
        ] {
            assert_eq!(Location::parse(hash).to_hash(), hash);
        }
    }

    #[test]
    fn names_are_encoded() {
        assert_eq!(encode("a b/ü"), "a%20b%2F%C3%BC");
        assert_eq!(decode("a%20b%2F%C3%BC"), "a b/ü");
        assert_eq!(decode("100%"), "100%");
    }
}
