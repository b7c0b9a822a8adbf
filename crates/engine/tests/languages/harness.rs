//! The language harness (issue 18): a pair of overlapping news articles per language, written
//! for the project, with a gold file saying what a reader would see in them, measured on the
//! engine's report. `docs/languages.md` describes the data and every measure.
//!
//! Shared by `examples/languages.rs` (prints the table) and `tests/languages.rs` (holds the
//! English control to every target). Each case is a folder `tests/languages/<code>/` with
//! `a.txt`, `b.txt` and `gold.json`; the Vietnamese pair is also measured in decomposed Unicode
//! (`vi-nfd`: both articles; `vi-mix`: article B only), made here from the composed files.

use std::path::{Path, PathBuf};

use parallax_engine::analysis::align::RowOp;
use parallax_engine::report::{DiscrepancyKind, Report};
use parallax_engine::{analyze, Config, Corpus, Document};
use serde::Deserialize;

/// The languages in the order the table lists them (the issue's); other folders follow.
const ORDER: &[&str] = &["en", "de", "fr", "es", "ru", "ar", "zh", "ja", "tr", "vi"];

/// Least share of sentences the engine must cut exactly as the gold does (the target).
pub const MIN_EXACT_SENTENCES: f64 = 0.95;

/// Most a score may move between the composed and the decomposed pair.
pub const MAX_NFD_DELTA: f32 = 0.0005;

/// Most characters a Chinese or Japanese speaker may have around the gold name (a title such
/// as `市长` or `予報官`, an organisation such as `気象台の`): such names have no spaces to
/// compare the last word of.
const MAX_TITLE_CHARS: usize = 8;

/// A gold file: what a careful reader finds in the pair.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Gold {
    /// The language code the engine should detect for both articles.
    pub language: String,
    /// Article A's sentences in order (the headline first), each as written.
    pub a: Vec<String>,
    /// Article B's sentences.
    pub b: Vec<String>,
    /// The sentences the two articles share: indices into `a` and `b`.
    pub shared: Vec<SharedPair>,
    /// Sentences that say much the same in other words, `[a, b]` (the headlines, mostly): the
    /// engine may pair them or not; neither is counted.
    #[serde(default)]
    pub related: Vec<[usize; 2]>,
    /// Quotations with their speakers, as the text inside the marks in each article (or
    /// `null` where an article does not carry the quote).
    pub quotes: Vec<GoldQuote>,
    /// The figures changed on purpose: each as a piece of text found once in its article.
    pub figures: Vec<GoldFigure>,
}

/// How a shared sentence differs between the articles.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Change {
    /// Verbatim: the same characters.
    None,
    /// Only quote marks or the kind of space differ (the engine's normalisation): verbatim to
    /// a reader, shown as equal.
    Marks,
    /// A word changed, added or dropped.
    Word,
    /// A figure changed (also listed in `figures`).
    Number,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SharedPair {
    pub a: usize,
    pub b: usize,
    pub change: Change,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoldQuote {
    pub a: Option<String>,
    pub b: Option<String>,
    /// The person: right when the engine's name ends with the same word (`Rex Tillerson`,
    /// `Tillerson`), or in Chinese and Japanese holds this name.
    pub speaker: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoldFigure {
    pub a: String,
    pub b: String,
}

/// One pair to measure.
pub struct Case {
    /// `de`, or `vi-nfd` for a case made from another.
    pub name: String,
    pub texts: [String; 2],
    pub gold: Gold,
    /// The case this one is the decomposed form of: its scores must not move.
    pub composed_from: Option<String>,
}

/// The folder holding the cases.
pub fn data_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/languages")
}

/// Every case under `dir`, each checked against its own text (see [`check`]), and the
/// decomposed Vietnamese cases made from `vi`.
pub fn cases(dir: &Path) -> Result<Vec<Case>, String> {
    let mut folders: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.join("gold.json").is_file())
        .collect();
    let rank = |path: &PathBuf| {
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
        let name = name.unwrap_or_default();
        (
            ORDER.iter().position(|&c| c == name).unwrap_or(ORDER.len()),
            name,
        )
    };
    folders.sort_by_key(rank);
    let mut cases = Vec::new();
    for folder in folders {
        let read = |file: &str| {
            let path = folder.join(file);
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))
        };
        let name = folder
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let gold: Gold = serde_json::from_str(&read("gold.json")?)
            .map_err(|e| format!("{name}/gold.json: {e}"))?;
        let case = Case {
            name,
            texts: [read("a.txt")?, read("b.txt")?],
            gold,
            composed_from: None,
        };
        check(&case)?;
        let derived: Vec<Case> = if case.name == "vi" {
            [("nfd", [true, true]), ("mix", [false, true])]
                .into_iter()
                .map(|(suffix, sides)| decomposed(&case, suffix, sides))
                .collect()
        } else {
            Vec::new()
        };
        cases.push(case);
        for case in derived {
            check(&case)?;
            cases.push(case);
        }
    }
    Ok(cases)
}

/// `case` with the sides marked in `sides` in decomposed Unicode (text and gold alike).
fn decomposed(case: &Case, suffix: &str, sides: [bool; 2]) -> Case {
    let side = |k: usize, s: &str| if sides[k] { nfd(s) } else { s.to_string() };
    let gold = &case.gold;
    Case {
        name: format!("{}-{suffix}", case.name),
        texts: [side(0, &case.texts[0]), side(1, &case.texts[1])],
        gold: Gold {
            language: gold.language.clone(),
            a: gold.a.iter().map(|s| side(0, s)).collect(),
            b: gold.b.iter().map(|s| side(1, s)).collect(),
            shared: gold
                .shared
                .iter()
                .map(|p| SharedPair {
                    // Composed against decomposed, a verbatim sentence differs in its bytes only.
                    change: if sides[0] != sides[1] && p.change == Change::None {
                        Change::Marks
                    } else {
                        p.change
                    },
                    ..*p
                })
                .collect(),
            related: gold.related.clone(),
            quotes: gold
                .quotes
                .iter()
                .map(|q| GoldQuote {
                    a: q.a.as_deref().map(|s| side(0, s)),
                    b: q.b.as_deref().map(|s| side(1, s)),
                    speaker: q.speaker.clone(),
                })
                .collect(),
            figures: gold
                .figures
                .iter()
                .map(|f| GoldFigure {
                    a: side(0, &f.a),
                    b: side(1, &f.b),
                })
                .collect(),
        },
        composed_from: Some(case.name.clone()),
    }
}

/// Checks a gold file against its texts: the sentences cover each text in order with only
/// white space between them; shared and related pairs point at sentences, each sentence in one
/// shared pair at most, and `change` says truly how the two differ; each quote and figure is
/// found exactly once in its article.
pub fn check(case: &Case) -> Result<(), String> {
    let name = &case.name;
    for (k, sentences) in [&case.gold.a, &case.gold.b].into_iter().enumerate() {
        locate(&case.texts[k], sentences).map_err(|e| format!("{name}/{}: {e}", SIDES[k]))?;
    }
    let mut used = [
        vec![false; case.gold.a.len()],
        vec![false; case.gold.b.len()],
    ];
    for p in &case.gold.shared {
        let (a, b) = (case.gold.a.get(p.a), case.gold.b.get(p.b));
        let (Some(a), Some(b)) = (a, b) else {
            return Err(format!("{name}: shared pair {}/{} out of range", p.a, p.b));
        };
        for (k, i) in [p.a, p.b].into_iter().enumerate() {
            if std::mem::replace(&mut used[k][i], true) {
                return Err(format!("{name}: {} sentence {i} in two pairs", SIDES[k]));
            }
        }
        let right = match p.change {
            Change::None => a == b,
            Change::Marks => a != b && loose(a) == loose(b),
            Change::Word | Change::Number => loose(a) != loose(b),
        };
        if !right {
            return Err(format!(
                "{name}: shared pair {}/{} is not \"{:?}\":\n  {a}\n  {b}",
                p.a, p.b, p.change
            ));
        }
    }
    for &[a, b] in &case.gold.related {
        if a >= case.gold.a.len() || b >= case.gold.b.len() {
            return Err(format!("{name}: related pair {a}/{b} out of range"));
        }
    }
    let once = |k: usize, piece: &str| match case.texts[k].matches(piece).count() {
        1 => Ok(()),
        n => Err(format!("{name}/{}: {piece:?} found {n} times", SIDES[k])),
    };
    for q in &case.gold.quotes {
        if q.a.is_none() && q.b.is_none() {
            return Err(format!(
                "{name}: a quote in neither article ({})",
                q.speaker
            ));
        }
        for (k, text) in [&q.a, &q.b].into_iter().enumerate() {
            text.as_deref().map_or(Ok(()), |t| once(k, t))?;
        }
    }
    for f in &case.gold.figures {
        once(0, &f.a)?;
        once(1, &f.b)?;
    }
    Ok(())
}

const SIDES: [&str; 2] = ["a", "b"];

/// A sentence with its quote marks made plain and without spaces: what the engine's
/// normalisation treats as the same text (`„…“`, `»…«`, `“…”` and `"…"`; French spaces inside
/// guillemets, a no-break space and a space; composed and decomposed letters).
fn loose(text: &str) -> String {
    nfd(text)
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '“' | '”' | '„' | '«' | '»' | '「' | '」' | '『' | '』' => '"',
            '‘' | '’' => '\'',
            c => c,
        })
        .collect()
}

/// The byte ranges of `sentences` in `text`, in order; an error when one is not found, or
/// when anything but white space lies outside them.
fn locate(text: &str, sentences: &[String]) -> Result<Vec<[usize; 2]>, String> {
    let mut spans = Vec::with_capacity(sentences.len());
    let mut at = 0;
    for (i, sentence) in sentences.iter().enumerate() {
        let gap = text[at..].len() - text[at..].trim_start().len();
        if !text[at + gap..].starts_with(sentence.as_str()) {
            let found = text[at + gap..].chars().take(60).collect::<String>();
            return Err(format!(
                "sentence {i} {sentence:?} is not next; the text goes on {found:?}"
            ));
        }
        spans.push([at + gap, at + gap + sentence.len()]);
        at += gap + sentence.len();
    }
    if !text[at..].trim().is_empty() {
        return Err(format!("text after the last sentence: {:?}", &text[at..]));
    }
    Ok(spans)
}

/// What the harness measured on one case. Counts are of the gold's items.
#[derive(Clone, Debug, Default)]
pub struct Scores {
    /// The languages the engine detected for A and B.
    pub detected: [String; 2],
    /// Gold sentences of both articles, and those the engine cut exactly (same first and last
    /// character).
    pub sentences: usize,
    pub exact: usize,
    /// Gold shared pairs, those the engine matched (any row pairing text of both), and the
    /// engine's matched rows that pair no gold pair.
    pub shared: usize,
    pub found: usize,
    pub false_pairs: usize,
    /// Shared pairs that are verbatim (`none` or `marks`), and those the engine shows as
    /// equal (an `equal` row, or a `moved` one whose word diff has no change).
    pub verbatim: usize,
    pub shown_equal: usize,
    /// Quotes both articles carry, and those in one group of the report.
    pub shared_quotes: usize,
    pub grouped: usize,
    /// Every occurrence of a gold quote, and those the engine gives the right speaker.
    pub occurrences: usize,
    pub attributed: usize,
    /// Gold figures, the `number` discrepancies joining the two sides of one, and every
    /// `number` discrepancy reported.
    pub figures: usize,
    pub figures_right: usize,
    pub reported: usize,
    /// The row scores of the gold `word` pairs the engine found (a sentence with a word
    /// changed, added or dropped): what stemming and stop words raise.
    pub reworded: Vec<f32>,
    /// The pair's document similarity.
    pub similarity: f32,
    /// For a decomposed case: how far its scores moved from the composed case.
    pub nfd: Option<Delta>,
}

/// How far a decomposed case's scores lie from its composed case's.
#[derive(Clone, Copy, Debug, Default)]
pub struct Delta {
    /// The largest difference of the pair's similarity or of a row's score.
    pub largest: f32,
    /// Whether the rows are the same (kinds and sentences).
    pub same_rows: bool,
}

impl Scores {
    /// Whether the case meets every target of the issue.
    pub fn meets_targets(&self) -> bool {
        self.exact as f64 >= MIN_EXACT_SENTENCES * self.sentences as f64
            && self.found == self.shared
            && self.false_pairs == 0
            && self.shown_equal == self.verbatim
            && self.grouped == self.shared_quotes
            && self.attributed + 1 >= self.occurrences
            && self.figures_right == self.figures
            && self.reported == self.figures
            && self
                .nfd
                .is_none_or(|d| d.same_rows && d.largest <= MAX_NFD_DELTA)
    }
}

/// A measured case: its scores and, in words, every miss.
pub struct Outcome {
    pub name: String,
    pub scores: Scores,
    pub failures: Vec<String>,
}

/// Measures every case (a decomposed case against the composed one it was made from).
pub fn run(cases: &[Case]) -> Vec<Outcome> {
    let reports: Vec<Report> = cases.iter().map(report).collect();
    cases
        .iter()
        .zip(&reports)
        .map(|(case, r)| {
            let mut outcome = measure(case, r);
            let composed = case
                .composed_from
                .as_ref()
                .and_then(|from| cases.iter().position(|c| &c.name == from));
            if let Some(k) = composed {
                let delta = delta(&reports[k], r);
                if !delta.same_rows || delta.largest > MAX_NFD_DELTA {
                    outcome.failures.push(format!(
                        "scores moved from {}: by up to {:.4}{}",
                        cases[k].name,
                        delta.largest,
                        if delta.same_rows { "" } else { ", other rows" }
                    ));
                }
                outcome.scores.nfd = Some(delta);
            }
            outcome
        })
        .collect()
}

/// The engine's report on a case's two articles, through its public API.
fn report(case: &Case) -> Report {
    let corpus = Corpus::from_documents(
        SIDES
            .iter()
            .zip(&case.texts)
            .map(|(name, text)| Document::parse(*name, text.clone())),
    );
    analyze(&corpus, &Config::default())
}

/// Byte ranges overlap.
fn overlaps(x: [usize; 2], y: [usize; 2]) -> bool {
    x[0] < y[1] && y[0] < x[1]
}

/// Measures one case on its report.
fn measure(case: &Case, r: &Report) -> Outcome {
    let gold = &case.gold;
    let mut s = Scores::default();
    let mut failures = Vec::new();
    let docs = [&r.documents[0], &r.documents[1]];
    let text = |k: usize, range: [usize; 2]| &docs[k].text[range[0]..range[1]];
    // `check` has located them.
    let spans = [
        locate(&case.texts[0], &gold.a).unwrap_or_default(),
        locate(&case.texts[1], &gold.b).unwrap_or_default(),
    ];

    for k in 0..2 {
        s.detected[k] = docs[k].language.clone();
        if docs[k].language != gold.language {
            failures.push(format!(
                "{}: detected as {}, not {}",
                SIDES[k], docs[k].language, gold.language
            ));
        }
    }

    // Sentence boundaries.
    for k in 0..2 {
        let engine: Vec<[usize; 2]> = docs[k].sentences.iter().map(|x| [x.start, x.end]).collect();
        for span in &spans[k] {
            s.sentences += 1;
            if engine.contains(span) {
                s.exact += 1;
            } else {
                let pieces: Vec<&str> = engine
                    .iter()
                    .filter(|e| overlaps(**e, *span))
                    .map(|e| text(k, *e))
                    .collect();
                failures.push(format!(
                    "{}: sentence cut otherwise: {:?} -> {pieces:?}",
                    SIDES[k],
                    text(k, *span)
                ));
            }
        }
    }

    // Shared sentences.
    let sentences = |k: usize, indices: &[usize]| match (indices.first(), indices.last()) {
        (Some(&first), Some(&last)) => {
            Some([docs[k].sentences[first].start, docs[k].sentences[last].end])
        }
        _ => None,
    };
    let rows = &r.pairs[0].rows;
    // The engine's matched pairs: A's text, B's text, whether the row shows them as equal,
    // and the row's score.
    let matched: Vec<([usize; 2], [usize; 2], bool, f32)> = rows
        .iter()
        .filter_map(|row| {
            let b_side = match row.op {
                RowOp::Equal | RowOp::Changed => &row.b,
                RowOp::Moved => &rows[row.partner?].b,
                RowOp::AOnly | RowOp::BOnly => return None,
            };
            let equal = match row.op {
                RowOp::Equal => true,
                RowOp::Moved => row.diff.as_ref().is_some_and(|d| !d.has_changes()),
                _ => false,
            };
            Some((
                sentences(0, &row.a)?,
                sentences(1, b_side)?,
                equal,
                row.score,
            ))
        })
        .collect();
    for p in &gold.shared {
        let (a, b) = (spans[0][p.a], spans[1][p.b]);
        let verbatim = matches!(p.change, Change::None | Change::Marks);
        s.shared += 1;
        s.verbatim += usize::from(verbatim);
        match matched
            .iter()
            .find(|(ma, mb, _, _)| overlaps(*ma, a) && overlaps(*mb, b))
        {
            Some(&(_, _, equal, score)) => {
                s.found += 1;
                if matches!(p.change, Change::Word) {
                    if std::env::var_os("HARNESS_DEBUG").is_some() {
                        eprintln!(
                            "{} {score:.3} {:?} / {:?}",
                            case.name,
                            text(0, a),
                            text(1, b)
                        );
                    }
                    s.reworded.push(score);
                }
                if verbatim && equal {
                    s.shown_equal += 1;
                } else if verbatim {
                    failures.push(format!("verbatim, shown changed: {:?}", text(0, a)));
                }
            }
            None => failures.push(format!(
                "shared, not found: {:?} / {:?}",
                text(0, a),
                text(1, b)
            )),
        }
    }
    for &(ma, mb, _, _) in &matched {
        let gold_pair = gold
            .shared
            .iter()
            .map(|p| [p.a, p.b])
            .chain(gold.related.iter().copied())
            .any(|[a, b]| overlaps(ma, spans[0][a]) && overlaps(mb, spans[1][b]));
        if !gold_pair {
            s.false_pairs += 1;
            failures.push(format!("false pair: {:?} / {:?}", text(0, ma), text(1, mb)));
        }
    }

    // Quotes and speakers.
    let find = |k: usize, piece: &str| {
        let at = case.texts[k].find(piece).unwrap_or_default();
        [at, at + piece.len()]
    };
    for q in &gold.quotes {
        let places = [
            q.a.as_deref().map(|t| find(0, t)),
            q.b.as_deref().map(|t| find(1, t)),
        ];
        if let [Some(a), Some(b)] = places {
            s.shared_quotes += 1;
            let grouped = r.quotes.iter().any(|g| {
                let holds = |k: usize, span: [usize; 2]| {
                    g.members
                        .iter()
                        .any(|m| m.document == k && overlaps([m.start, m.end], span))
                };
                holds(0, a) && holds(1, b)
            });
            if grouped {
                s.grouped += 1;
            } else {
                failures.push(format!("quote not grouped: {:?}", text(0, a)));
            }
        }
        for (k, place) in places.into_iter().enumerate() {
            let Some(span) = place else { continue };
            s.occurrences += 1;
            let member = r
                .quotes
                .iter()
                .flat_map(|g| &g.members)
                .find(|m| m.document == k && overlaps([m.start, m.end], span));
            match member.map(|m| m.speaker.as_deref()) {
                Some(Some(name)) if same_speaker(name, &q.speaker) => s.attributed += 1,
                Some(name) => failures.push(format!(
                    "{}: quote given to {name:?}, not {:?}: {:?}",
                    SIDES[k],
                    q.speaker,
                    text(k, span)
                )),
                None => failures.push(format!(
                    "{}: quote not found: {:?}",
                    SIDES[k],
                    text(k, span)
                )),
            }
        }
    }

    // Figures.
    let figures: Vec<([usize; 2], [usize; 2])> = gold
        .figures
        .iter()
        .map(|f| (find(0, &f.a), find(1, &f.b)))
        .collect();
    s.figures = figures.len();
    let joins = |d: &parallax_engine::report::DiscrepancyReport, k: usize, span: [usize; 2]| {
        d.members
            .iter()
            .any(|m| m.document == k && overlaps([m.start, m.end], span))
    };
    for &(a, b) in &figures {
        let right = r
            .discrepancies
            .iter()
            .any(|d| d.kind == DiscrepancyKind::Number && joins(d, 0, a) && joins(d, 1, b));
        if right {
            s.figures_right += 1;
        } else {
            failures.push(format!(
                "changed figure not reported: {:?} / {:?}",
                text(0, a),
                text(1, b)
            ));
        }
    }
    for d in &r.discrepancies {
        let values: Vec<String> = d
            .members
            .iter()
            .map(|m| format!("{}:{:?}", SIDES[m.document], m.value))
            .collect();
        match d.kind {
            DiscrepancyKind::Number => {
                s.reported += 1;
                if !figures
                    .iter()
                    .any(|&(a, b)| joins(d, 0, a) && joins(d, 1, b))
                {
                    failures.push(format!("false discrepancy: {}", values.join(" / ")));
                }
            }
            DiscrepancyKind::Speaker => {
                failures.push(format!("false speaker discrepancy: {}", values.join(" / ")));
            }
        }
    }

    s.similarity = r.pairs[0].similarity;
    Outcome {
        name: case.name.clone(),
        scores: s,
        failures,
    }
}

/// Whether the engine's speaker `got` names the gold speaker `want`: the same last word (case
/// aside), or in Chinese and Japanese, which write no spaces, `want` with at most
/// [`MAX_TITLE_CHARS`] characters of title around it. Decomposed letters compare as composed.
fn same_speaker(got: &str, want: &str) -> bool {
    let (got, want) = (nfd(got), nfd(want));
    if want.chars().any(is_han_or_kana) {
        return got.contains(&want)
            && got.chars().count() <= want.chars().count() + MAX_TITLE_CHARS;
    }
    let last = |s: &str| s.split_whitespace().last().map(str::to_lowercase);
    last(&got).is_some() && last(&got) == last(&want)
}

fn is_han_or_kana(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}')
}

/// How far the scores of the same pair in decomposed Unicode lie from the composed pair's.
fn delta(composed: &Report, decomposed: &Report) -> Delta {
    let (c, d) = (&composed.pairs[0], &decomposed.pairs[0]);
    let same_rows = c.rows.len() == d.rows.len()
        && c.rows
            .iter()
            .zip(&d.rows)
            .all(|(x, y)| x.op == y.op && x.a == y.a && x.b == y.b);
    let rows = c
        .rows
        .iter()
        .zip(&d.rows)
        .map(|(x, y)| (x.score - y.score).abs());
    Delta {
        largest: rows.fold((c.similarity - d.similarity).abs(), f32::max),
        same_rows,
    }
}

/// The table of outcomes, a line per case, and a summary line.
pub fn table(outcomes: &[Outcome]) -> String {
    let mut out = format!(
        "{:<7} {:<5} {:>15} {:>7} {:>5} {:>8} {:>8} {:>8} {:>11} {:>7} {:>6} {:>6}  {}\n",
        "case",
        "lang",
        "sentences exact",
        "shared",
        "false",
        "verbatim",
        "q.group",
        "q.speak",
        "figures r/R/g",
        "Δnfd",
        "sim",
        "reword",
        "targets",
    );
    let mut total = Scores::default();
    let mut met = Vec::new();
    for o in outcomes {
        let s = &o.scores;
        let detected = if s.detected[0] == s.detected[1] {
            s.detected[0].clone()
        } else {
            format!("{}/{}", s.detected[0], s.detected[1])
        };
        let nfd = s.nfd.map_or("–".to_string(), |d| {
            format!("{:.4}{}", d.largest, if d.same_rows { "" } else { "*" })
        });
        out += &format!(
            "{:<7} {:<5} {:>6} {:>8} {:>7} {:>5} {:>8} {:>8} {:>8} {:>11} {:>7} {:>6.3} {:>6}  {}\n",
            o.name,
            detected,
            percent(s.exact, s.sentences),
            format!("{}/{}", s.exact, s.sentences),
            format!("{}/{}", s.found, s.shared),
            s.false_pairs,
            format!("{}/{}", s.shown_equal, s.verbatim),
            format!("{}/{}", s.grouped, s.shared_quotes),
            format!("{}/{}", s.attributed, s.occurrences),
            format!("{}/{}/{}", s.figures_right, s.reported, s.figures),
            nfd,
            s.similarity,
            mean(&s.reworded),
            if s.meets_targets() { "met" } else { "–" },
        );
        if s.meets_targets() {
            met.push(o.name.as_str());
        }
        total.sentences += s.sentences;
        total.exact += s.exact;
        total.shared += s.shared;
        total.found += s.found;
        total.false_pairs += s.false_pairs;
        total.verbatim += s.verbatim;
        total.shown_equal += s.shown_equal;
        total.shared_quotes += s.shared_quotes;
        total.grouped += s.grouped;
        total.occurrences += s.occurrences;
        total.attributed += s.attributed;
        total.figures += s.figures;
        total.figures_right += s.figures_right;
        total.reported += s.reported;
        total.reworded.extend_from_slice(&s.reworded);
    }
    out += &format!(
        "all: targets met in {} of {} ({}); sentences exact {} ({}/{}); \
         shared found {}/{}, {} false; verbatim shown equal {}/{}; \
         quotes grouped {}/{}, speakers right {}/{}; \
         figures right {}, reported {}, changed {}; reworded pairs' mean score {}\n",
        met.len(),
        outcomes.len(),
        if met.is_empty() {
            "none".to_string()
        } else {
            met.join(" ")
        },
        percent(total.exact, total.sentences),
        total.exact,
        total.sentences,
        total.found,
        total.shared,
        total.false_pairs,
        total.shown_equal,
        total.verbatim,
        total.grouped,
        total.shared_quotes,
        total.attributed,
        total.occurrences,
        total.figures_right,
        total.reported,
        total.figures,
        mean(&total.reworded),
    );
    out
}

/// The mean of `scores` with three decimals, `–` when there are none.
fn mean(scores: &[f32]) -> String {
    if scores.is_empty() {
        return "–".to_string();
    }
    format!("{:.3}", scores.iter().sum::<f32>() / scores.len() as f32)
}

fn percent(part: usize, whole: usize) -> String {
    if whole == 0 {
        return "–".to_string();
    }
    format!("{:.1}%", 100.0 * part as f64 / whole as f64)
}

/// Vietnamese letters by base letter, each row the letter and its five tones: grave, acute,
/// hook above, tilde, dot below.
const VIETNAMESE: [&str; 24] = [
    "aàáảãạ",
    "ăằắẳẵặ",
    "âầấẩẫậ",
    "eèéẻẽẹ",
    "êềếểễệ",
    "iìíỉĩị",
    "oòóỏõọ",
    "ôồốổỗộ",
    "ơờớởỡợ",
    "uùúủũụ",
    "ưừứửữự",
    "yỳýỷỹỵ",
    "AÀÁẢÃẠ",
    "ĂẰẮẲẴẶ",
    "ÂẦẤẨẪẬ",
    "EÈÉẺẼẸ",
    "ÊỀẾỂỄỆ",
    "IÌÍỈĨỊ",
    "OÒÓỎÕỌ",
    "ÔỒỐỔỖỘ",
    "ƠỜỚỞỠỢ",
    "UÙÚỦŨỤ",
    "ƯỪỨỬỮỰ",
    "YỲÝỶỸỴ",
];

/// The Vietnamese letters with a mark of their own besides a tone: the letter, its base and
/// the mark (breve, circumflex, horn).
const MODIFIED: [(char, char, char); 12] = [
    ('ă', 'a', '\u{306}'),
    ('â', 'a', '\u{302}'),
    ('ê', 'e', '\u{302}'),
    ('ô', 'o', '\u{302}'),
    ('ơ', 'o', '\u{31B}'),
    ('ư', 'u', '\u{31B}'),
    ('Ă', 'A', '\u{306}'),
    ('Â', 'A', '\u{302}'),
    ('Ê', 'E', '\u{302}'),
    ('Ô', 'O', '\u{302}'),
    ('Ơ', 'O', '\u{31B}'),
    ('Ư', 'U', '\u{31B}'),
];

/// The combining marks of the tones, in the order of a [`VIETNAMESE`] row.
const TONES: [char; 5] = ['\u{300}', '\u{301}', '\u{309}', '\u{303}', '\u{323}'];

/// `text` in Unicode normalisation form D, for the letters of Vietnamese (every precomposed
/// letter of the Vietnamese alphabet, and so also `é`, `à`, `ô`, …): each letter as its base
/// and combining marks in canonical order (horn, then dot below, then the marks above). Other
/// characters are left as they are; the harness needs no more, and adds no dependency.
pub fn nfd(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    for c in text.chars() {
        let Some((row, tone)) = VIETNAMESE
            .iter()
            .find_map(|row| row.chars().position(|x| x == c).map(|p| (row, p)))
        else {
            out.push(c);
            continue;
        };
        let letter = row.chars().next().unwrap_or(c);
        let (base, modifier) = MODIFIED
            .iter()
            .find(|&&(l, _, _)| l == letter)
            .map_or((letter, None), |&(_, base, mark)| (base, Some(mark)));
        let mut marks: Vec<char> = modifier.into_iter().collect();
        marks.extend(tone.checked_sub(1).map(|t| TONES[t]));
        // Canonical order by combining class: horn 216, dot below 220, the rest 230.
        marks.sort_by_key(|&m| match m {
            '\u{31B}' => 216,
            '\u{323}' => 220,
            _ => 230,
        });
        out.push(base);
        out.extend(marks);
    }
    out
}
