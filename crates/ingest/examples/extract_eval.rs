//! Measures the HTML reader ([`parallax_ingest::html`]) against article-extraction data sets:
//! how much of each page's article text it keeps, how little else, and whether it finds the
//! headline, byline, date and outlet.
//!
//! ```text
//! cargo run --release -p parallax-ingest --example extract_eval -- DIR [DIR …] [options]
//! ```
//!
//! Each `DIR` is a data set, or a folder with data sets anywhere up to three levels below it
//! (`NAME=DIR` names a set). Layouts it knows, found by their files:
//!
//! | layout          | files                                                   | expected body |
//! |-----------------|---------------------------------------------------------|---------------|
//! | Readability     | `<page>/source.html`, `expected.html`, `expected-metadata.json` | `expected.html`, tags stripped |
//! | paired          | `input/X.html` and `GoldStandard/X.txt` (CleanEval, Dragnet, CleanPortalEval as merged by `j-szulc/html-cleaning-dataset-merged`) | the text, CleanEval's `<p>`/`<h>`/`<l>` marks stripped; Dragnet's comments (after its `!@#$%^&*() COMMENTS` line) cut |
//! | L3S-GN1         | paired, the gold file an annotated page                 | the spans marked full text (`x-nc-sel2`); the headline (`x-nc-sel1`) is the expected title |
//! | html/text       | `<lang>/html/X.html` and `<lang>/text/X.txt`            | the text |
//! | snippets        | `evaldata.json` beside `eval/` (trafilatura's test set) | none: snippets the text must hold (`with`) and must not (`without`) |
//!
//! Body scores are bag-of-words overlap, the usual article-extraction measure: the body (the
//! paragraphs `html::read` gives, which `html::to_text` writes after its title and address
//! lines) and the expected text as multisets of lower-case word tokens (runs of letters and
//! digits); precision is the shared tokens over the body's, recall over the expected's; each
//! set reports the mean over its pages, and the last line the mean of the sets' means. The
//! title matches when equal after collapsing white space and unifying quotes, a `?` in the
//! expected title standing for a character outside ASCII (L3S's annotated pages lost them);
//! "title≈" also when one is the other with a part set off by a separator left out (the
//! site's name: sets disagree on whether a title keeps it), or when the expected headline
//! starts or ends with the title read, at least three words, and runs on (L3S marks a
//! headline's whole block, deck or section label included); the byline case-insensitively
//! without a leading "By"; the date on its calendar day; the outlet case-insensitively. Snippet sets report
//! precision and recall over all their snippets: a wanted one found is a hit, an unwanted one
//! found a false alarm. Pages are decoded as the app decodes them (by the encoding they
//! declare, else guessed).
//!
//! Options: `--worst N` (pages listed by lowest F1, 10 by default), `--pages` (every page's
//! scores, tab-separated), `--show NAME` (the reader's text and the expected text of the pages
//! whose name contains NAME, and only those), `--only SET` (sets whose name contains SET),
//! `--titles` (each page whose title misses, with the title read and the one expected),
//! `--list` (every page as `set<TAB>page<TAB>source file`, and nothing else), `--outputs DIR`
//! (score another extractor instead of the reader: each page's result is read from
//! `DIR/<set>/<page>.txt`, its first line the title and the rest the body; a missing file
//! counts as an empty result). `scripts/extract-compare.py` writes such folders for
//! trafilatura and readability-lxml from the `--list`, so that they are scored by exactly this
//! measure.
//!
//! Never downloads anything: see `scripts/extract-eval.sh` for where the sets come from.

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

use parallax_ingest::decode::{decode_declared, html_declared_charset};
use parallax_ingest::{decode, html};

/// A page to read and what it should give.
struct Case {
    name: String,
    source: PathBuf,
    expected: Expected,
}

/// What a page should give.
#[derive(Default)]
struct Expected {
    /// The article's text, when the set gives it whole.
    body: Option<String>,
    /// Snippets the text must hold, and must not.
    with: Vec<String>,
    without: Vec<String>,
    title: Option<String>,
    byline: Option<String>,
    published: Option<String>,
    site_name: Option<String>,
}

/// How a set's expected body is read from its gold file.
#[derive(Clone, Copy)]
enum Gold {
    /// An HTML fragment (Readability's `expected.html`) or marked-up text (CleanEval).
    Markup,
    /// Text, with Dragnet's comment separator cut off when present.
    Text,
    /// An L3S annotated page.
    Annotated,
}

/// A data set: its name and pages.
struct Set {
    name: String,
    cases: Vec<Case>,
}

#[derive(Default)]
struct Options {
    worst: usize,
    pages: bool,
    show: Option<String>,
    only: Option<String>,
    list: bool,
    /// List the pages whose title misses: what was read and what was expected.
    titles: bool,
    /// Another extractor's results, read instead of the reader's.
    outputs: Option<PathBuf>,
}

fn main() {
    let mut options = Options {
        worst: 10,
        ..Options::default()
    };
    let mut roots: Vec<(Option<String>, PathBuf)> = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--worst" => options.worst = args.next().and_then(|n| n.parse().ok()).unwrap_or(10),
            "--pages" => options.pages = true,
            "--show" => options.show = args.next(),
            "--only" => options.only = args.next(),
            "--list" => options.list = true,
            "--titles" => options.titles = true,
            "--outputs" => options.outputs = args.next().map(PathBuf::from),
            _ => match arg.split_once('=') {
                Some((name, dir)) if !name.contains('/') => {
                    roots.push((Some(name.to_string()), PathBuf::from(dir)))
                }
                _ => roots.push((None, PathBuf::from(arg))),
            },
        }
    }
    if roots.is_empty() {
        eprintln!(
            "usage: extract_eval DIR [DIR …] [--worst N] [--pages] [--show NAME] [--only SET] [--list] [--titles] [--outputs DIR]"
        );
        std::process::exit(2);
    }
    let mut sets = Vec::new();
    for (name, dir) in &roots {
        find_sets(dir, name.clone(), dir, 0, &mut sets);
    }
    if let Some(only) = &options.only {
        sets.retain(|s| s.name.contains(only.as_str()));
    }
    if sets.is_empty() {
        eprintln!("no data set found under the given folders");
        std::process::exit(1);
    }
    if options.list {
        for set in &sets {
            for case in &set.cases {
                println!("{}\t{}\t{}", set.name, case.name, case.source.display());
            }
        }
        return;
    }
    run(&sets, &options);
}

/// What was extracted from a page: the reader's result, or another extractor's.
struct Extracted {
    title: Option<String>,
    body: String,
    /// The title and address lines, then the body: what snippets are looked for in.
    text: String,
    /// The byline, date and outlet found, when the extractor's results say (not another
    /// extractor's saved text).
    meta: Option<parallax_ingest::Metadata>,
}

/// The reader's result for a page.
fn extract_ours(source: &str) -> Extracted {
    let page = html::read(source);
    let body = page.paragraphs.join("\n\n");
    let text = format!(
        "{}\n{}\n\n{body}",
        page.title().unwrap_or(""),
        page.meta.url.as_deref().unwrap_or("")
    );
    Extracted {
        title: page.meta.title.clone(),
        body,
        text,
        meta: Some(page.meta),
    }
}

/// Another extractor's result for a page, from `DIR/<set>/<page>.txt` (first line the title,
/// the rest the body; empty when the file is missing).
fn extract_saved(dir: &Path, set: &str, page: &str) -> Extracted {
    let raw = fs::read_to_string(dir.join(set).join(format!("{page}.txt"))).unwrap_or_default();
    let (title, body) = raw.split_once('\n').unwrap_or((raw.as_str(), ""));
    let title = title.trim();
    Extracted {
        title: (!title.is_empty()).then(|| title.to_string()),
        body: body.to_string(),
        text: raw.clone(),
        meta: None,
    }
}

/// Finds the data sets at or below `dir` (at most three levels down).
fn find_sets(root: &Path, name: Option<String>, dir: &Path, depth: usize, sets: &mut Vec<Set>) {
    let set_name = || {
        name.clone().unwrap_or_else(|| {
            // Relative to the folder given (its own name when it is the set), without the
            // folders layouts put around their pages.
            let relative = dir.strip_prefix(root).unwrap_or(dir);
            let mut parts: Vec<String> = relative
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .filter(|p| {
                    !matches!(
                        p.as_str(),
                        "test" | "test-pages" | "tests" | "benchmarkdata"
                    )
                })
                .collect();
            if parts.is_empty() {
                parts.push(file_name(root));
            }
            parts.join("/")
        })
    };
    if let Some(cases) = readability_set(dir) {
        sets.push(Set {
            name: set_name(),
            cases,
        });
        return;
    }
    if dir.join("input").is_dir() && dir.join("GoldStandard").is_dir() {
        sets.push(Set {
            name: set_name(),
            cases: paired_set(&dir.join("input"), &dir.join("GoldStandard")),
        });
        return;
    }
    if dir.join("evaldata.json").is_file() && dir.join("eval").is_dir() {
        sets.push(Set {
            name: set_name(),
            cases: snippet_set(dir),
        });
        return;
    }
    let languages = html_text_set(dir);
    if !languages.is_empty() {
        sets.push(Set {
            name: set_name(),
            cases: languages,
        });
        return;
    }
    if depth >= 3 {
        return;
    }
    for sub in sorted_entries(dir) {
        let hidden = sub
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with('.'));
        if sub.is_dir() && !hidden {
            find_sets(root, None, &sub, depth + 1, sets);
        }
    }
}

fn sorted_entries(dir: &Path) -> Vec<PathBuf> {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    entries.sort();
    entries
}

/// Readability's layout: one folder per page.
fn readability_set(dir: &Path) -> Option<Vec<Case>> {
    let mut cases = Vec::new();
    for page in sorted_entries(dir) {
        let source = page.join("source.html");
        let expected = page.join("expected.html");
        if !(source.is_file() && expected.is_file()) {
            continue;
        }
        let mut want = Expected {
            body: Some(gold_text(&read_text(&expected), Gold::Markup)),
            ..Expected::default()
        };
        if let Ok(meta) = fs::read_to_string(page.join("expected-metadata.json")) {
            let json = Json::parse(&meta);
            let field = |key: &str| json.get(key).and_then(Json::as_str).map(str::to_string);
            want.title = field("title");
            want.byline = field("byline");
            want.published = field("publishedTime");
            want.site_name = field("siteName");
        }
        cases.push(Case {
            name: file_name(&page),
            source,
            expected: want,
        });
    }
    (!cases.is_empty()).then_some(cases)
}

/// Pages in `input/` with their gold text in `gold/` (same stem, `.txt`).
fn paired_set(input: &Path, gold: &Path) -> Vec<Case> {
    let mut cases = Vec::new();
    for source in sorted_entries(input) {
        let Some(stem) = source.file_stem().map(|s| s.to_string_lossy().into_owned()) else {
            continue;
        };
        let gold_file = gold.join(format!("{stem}.txt"));
        if !gold_file.is_file() {
            continue;
        }
        let raw = read_text(&gold_file);
        let kind = if raw.contains("x-nc-sel") {
            Gold::Annotated
        } else if raw.contains("<p>") || raw.contains("<h>") || raw.starts_with("URL:") {
            Gold::Markup
        } else {
            Gold::Text
        };
        let title = matches!(kind, Gold::Annotated)
            .then(|| collapse(&annotated_text(&raw, "x-nc-sel1")))
            .filter(|t| !t.is_empty());
        cases.push(Case {
            name: stem,
            source,
            expected: Expected {
                body: Some(gold_text(&raw, kind)),
                title,
                ..Expected::default()
            },
        });
    }
    cases
}

/// `<lang>/html/X.html` with `<lang>/text/X.txt`, for every language folder in `dir`.
fn html_text_set(dir: &Path) -> Vec<Case> {
    let mut cases = Vec::new();
    let mut folders = vec![dir.to_path_buf()];
    folders.extend(sorted_entries(dir).into_iter().filter(|p| p.is_dir()));
    for folder in folders {
        let (html_dir, text_dir) = (folder.join("html"), folder.join("text"));
        if !(html_dir.is_dir() && text_dir.is_dir()) {
            continue;
        }
        for source in sorted_entries(&html_dir) {
            let Some(stem) = source.file_stem().map(|s| s.to_string_lossy().into_owned()) else {
                continue;
            };
            let text = text_dir.join(format!("{stem}.txt"));
            if text.is_file() {
                cases.push(Case {
                    name: format!("{}/{stem}", file_name(&folder)),
                    source,
                    expected: Expected {
                        body: Some(read_text(&text)),
                        ..Expected::default()
                    },
                });
            }
        }
    }
    cases
}

/// trafilatura's layout: `evaldata.json` naming files in `eval/` (or `cache/`) with snippets.
/// Files named by 32 hexadecimal digits are skipped: those come from another benchmark that
/// is held out of development.
fn snippet_set(dir: &Path) -> Vec<Case> {
    let json = Json::parse(&read_text(&dir.join("evaldata.json")));
    let Json::Object(entries) = json else {
        return Vec::new();
    };
    let strings = |value: Option<&Json>| -> Vec<String> {
        match value {
            Some(Json::Array(items)) => items
                .iter()
                .filter_map(Json::as_str)
                .map(str::to_string)
                .collect(),
            _ => Vec::new(),
        }
    };
    let mut cases = Vec::new();
    for (_, page) in entries {
        let Some(file) = page.get("file").and_then(Json::as_str) else {
            continue;
        };
        let stem = file.trim_end_matches(".html");
        if stem.len() == 32 && stem.bytes().all(|b| b.is_ascii_hexdigit()) {
            continue;
        }
        let Some(source) = ["eval", "cache"]
            .iter()
            .map(|sub| dir.join(sub).join(file))
            .find(|p| p.is_file())
        else {
            continue;
        };
        cases.push(Case {
            name: file.to_string(),
            source,
            expected: Expected {
                with: strings(page.get("with")),
                without: strings(page.get("without")),
                ..Expected::default()
            },
        });
    }
    cases.sort_by(|a, b| a.name.cmp(&b.name));
    cases
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// A file's text, decoded as the app decodes text files.
fn read_text(path: &Path) -> String {
    fs::read(path).map(|b| decode(&b).text).unwrap_or_default()
}

/// A page's text, decoded as the app decodes pages (by the encoding they declare).
fn read_page(path: &Path) -> String {
    fs::read(path)
        .map(|b| {
            let declared = html_declared_charset(&b);
            decode_declared(&b, declared.as_deref()).text
        })
        .unwrap_or_default()
}

/// The expected body from a gold file.
fn gold_text(raw: &str, kind: Gold) -> String {
    match kind {
        Gold::Markup => {
            let raw = raw
                .strip_prefix("URL:")
                .map_or(raw, |r| r.split_once('\n').map_or("", |(_, rest)| rest));
            strip_tags(raw)
        }
        Gold::Text => cut_comments(raw).to_string(),
        Gold::Annotated => annotated_text(raw, "x-nc-sel2"),
    }
}

/// Dragnet's gold text without the comments after its separator line.
fn cut_comments(text: &str) -> &str {
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if trimmed.ends_with("COMMENTS") && trimmed.contains("^&*") {
            return &text[..at];
        }
        at += line.len();
    }
    text
}

/// Text with tags removed and character references decoded; every tag is a space.
fn strip_tags(markup: &str) -> String {
    let mut out = String::with_capacity(markup.len());
    let mut rest = markup;
    while let Some(lt) = rest.find('<') {
        out.push_str(&rest[..lt]);
        out.push(' ');
        rest = &rest[lt..];
        rest = rest.find('>').map_or("", |gt| &rest[gt + 1..]);
    }
    out.push_str(rest);
    html::decode_entities(&out)
}

/// The text of the `<span>`s whose class holds `class`, in an L3S annotated page.
fn annotated_text(page: &str, class: &str) -> String {
    let lower = page.to_ascii_lowercase();
    let mut out = String::new();
    let mut from = 0;
    while let Some(found) = lower[from..].find(class) {
        let at = from + found;
        // The span's start tag ends at the next `>`.
        let Some(open_end) = lower[at..].find('>').map(|e| at + e + 1) else {
            break;
        };
        let is_span = lower[..at]
            .rfind('<')
            .is_some_and(|lt| lower[lt..].starts_with("<span"));
        if !is_span {
            from = open_end;
            continue;
        }
        // Up to the matching `</span>`.
        let mut depth = 1;
        let mut i = open_end;
        let end = loop {
            let next_open = lower[i..].find("<span").map(|o| i + o);
            let next_close = lower[i..].find("</span").map(|c| i + c);
            match (next_open, next_close) {
                (Some(o), Some(c)) if o < c => {
                    depth += 1;
                    i = o + 5;
                }
                (_, Some(c)) => {
                    depth -= 1;
                    i = c + 6;
                    if depth == 0 {
                        break c;
                    }
                }
                _ => break lower.len(),
            }
        };
        out.push_str(&strip_tags(&page[open_end..end]));
        out.push('\n');
        from = end.max(open_end);
    }
    out
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Lower-case word tokens: runs of letters and digits.
fn tokens(text: &str) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for word in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        *counts.entry(word.to_lowercase()).or_insert(0) += 1;
    }
    counts
}

/// Precision, recall and F1 of `got` against `want`, as bags of words.
fn overlap(got: &str, want: &str) -> (f64, f64, f64) {
    let (got, want) = (tokens(got), tokens(want));
    let total = |bag: &HashMap<String, usize>| bag.values().sum::<usize>() as f64;
    let shared: usize = got
        .iter()
        .map(|(word, n)| (*n).min(want.get(word).copied().unwrap_or(0)))
        .sum();
    let shared = shared as f64;
    let precision = if total(&got) > 0.0 {
        shared / total(&got)
    } else {
        0.0
    };
    let recall = if total(&want) > 0.0 {
        shared / total(&want)
    } else {
        0.0
    };
    let f1 = if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    };
    (precision, recall, f1)
}

/// A title as compared: white space collapsed, curly quotes straight.
fn normal_title(title: &str) -> String {
    collapse(title)
        .chars()
        .map(|c| match c {
            '‘' | '’' | '‚' | '‛' | '′' => '\'',
            '“' | '”' | '„' | '‟' | '″' | '«' | '»' => '"',
            c => c,
        })
        .collect()
}

/// Separators between a headline and a site's name in titles.
const TITLE_SEPARATORS: &[&str] = &[
    " | ", " - ", " – ", " — ", " :: ", " · ", " / ", " » ", " _",
];

/// Whether `got` is `want` with the site's name (a part set off by a separator at either
/// end) left out, or the other way round: the lenient title measure, since sets disagree on
/// whether a title keeps its site's name ("Headline | eHow").
fn title_close(got: &str, want: &str) -> bool {
    let (got, want) = (normal_title(&lost_as_in(got, want)), normal_title(want));
    let trimmed = |longer: &str, shorter: &str| {
        TITLE_SEPARATORS.iter().any(|sep| {
            longer
                .rsplit_once(sep)
                .is_some_and(|(head, _)| head.trim() == shorter)
                || longer
                    .split_once(sep)
                    .is_some_and(|(_, tail)| tail.trim() == shorter)
        })
    };
    // An annotated headline that runs on into the deck or opens with a section's label
    // ("Podium for Canuck Bronze medal picks up slack…", "Football News Allardyce leaves
    // Magpies"): L3S marks the headline's whole block.
    let within = |longer: &str, shorter: &str| {
        shorter.split_whitespace().count() >= MIN_RUN_ON_TITLE_WORDS
            && (longer
                .strip_prefix(shorter)
                .is_some_and(|rest| rest.starts_with(' '))
                || longer
                    .strip_suffix(shorter)
                    .is_some_and(|rest| rest.ends_with(' ')))
    };
    got == want || trimmed(&want, &got) || trimmed(&got, &want) || within(&want, &got)
}

/// `got` with each character outside ASCII that `want` lost to a `?` written `?`: when
/// `want` holds a `?` but not that character (L3S's annotated pages were saved in a character
/// set without them: "Kosovo?s" for "Kosovo’s"); else `got` as it is.
fn lost_as_in(got: &str, want: &str) -> String {
    if !want.contains('?') {
        return got.to_string();
    }
    got.chars()
        .map(|c| {
            if c.is_ascii() || want.contains(c) {
                c
            } else {
                '?'
            }
        })
        .collect()
}

/// Fewest words of a title read that an expected headline running on into its deck may
/// start or end with, for [`title_close`].
const MIN_RUN_ON_TITLE_WORDS: usize = 3;

/// Whether two titles are one: equal as [`normal_title`] writes them, the characters the
/// expected one lost to a `?` written `?` in the one read ([`lost_as_in`]).
fn same_title(got: &str, want: &str) -> bool {
    normal_title(&lost_as_in(got, want)) == normal_title(want)
}

/// A byline as compared: lower case, without a leading "by".
fn normal_byline(byline: &str) -> String {
    let lower = normal_title(byline).to_lowercase();
    let lower = lower.strip_prefix("by ").unwrap_or(&lower);
    lower.trim().to_string()
}

/// The calendar day (`2015-07-24`) a date starts with.
fn day(date: &str) -> String {
    date.trim().chars().take(10).collect()
}

/// One page's result.
struct Score {
    set: usize,
    name: String,
    /// Body precision, recall and F1, when the set gives a body.
    body: Option<(f64, f64, f64)>,
    /// Snippet counts: true and false positives, false and true negatives.
    snippets: [usize; 4],
    title: Option<bool>,
    /// The title, leniently ([`title_close`]).
    title_close: Option<bool>,
    byline: Option<bool>,
    date: Option<bool>,
    site: Option<bool>,
    bytes: usize,
}

fn run(sets: &[Set], options: &Options) {
    let mut scores = Vec::new();
    let started = std::time::Instant::now();
    let mut total_bytes = 0;
    for (index, set) in sets.iter().enumerate() {
        for case in &set.cases {
            if options
                .show
                .as_deref()
                .is_some_and(|s| !case.name.contains(s))
            {
                continue;
            }
            let source = read_page(&case.source);
            total_bytes += source.len();
            let got = match &options.outputs {
                Some(dir) => extract_saved(dir, &set.name, &case.name),
                None => extract_ours(&source),
            };
            let score = score_case(index, case, &got, source.len(), options);
            if options.titles && score.title == Some(false) {
                println!(
                    "{}/{}\n  read     {:?}\n  expected {:?}",
                    set.name,
                    case.name,
                    got.title.as_deref().unwrap_or(""),
                    case.expected.title.as_deref().unwrap_or("")
                );
            }
            scores.push(score);
        }
    }
    let elapsed = started.elapsed();
    if options.pages {
        println!("set\tpage\tf1\tprecision\trecall\ttitle\tbyline\tdate\tsite\ttitle≈");
        for s in &scores {
            let (p, r, f) = s.body.unwrap_or((f64::NAN, f64::NAN, f64::NAN));
            let flag = |b: Option<bool>| b.map_or("-", |b| if b { "1" } else { "0" });
            println!(
                "{}\t{}\t{f:.3}\t{p:.3}\t{r:.3}\t{}\t{}\t{}\t{}\t{}",
                sets[s.set].name,
                s.name,
                flag(s.title),
                flag(s.byline),
                flag(s.date),
                flag(s.site),
                flag(s.title_close)
            );
        }
    }
    println!(
        "{:<30} {:>5} {:>6} {:>6} {:>6} {:>11} {:>11} {:>11} {:>11} {:>11}",
        "set", "pages", "F1", "P", "R", "title", "title≈", "byline", "date", "site"
    );
    for (index, set) in sets.iter().enumerate() {
        let of_set: Vec<&Score> = scores.iter().filter(|s| s.set == index).collect();
        print_row(&set.name, &of_set);
    }
    let all: Vec<&Score> = scores.iter().collect();
    print_row("all", &all);
    let bodies: Vec<&Score> = scores.iter().filter(|s| s.body.is_some()).collect();
    if !bodies.is_empty() {
        let sets_with_body = sets
            .iter()
            .enumerate()
            .filter(|(i, _)| bodies.iter().any(|s| s.set == *i))
            .count();
        let macro_f1: f64 = sets
            .iter()
            .enumerate()
            .filter_map(|(i, _)| {
                let f: Vec<f64> = bodies
                    .iter()
                    .filter(|s| s.set == i)
                    .map(|s| s.body.unwrap().2)
                    .collect();
                (!f.is_empty()).then(|| f.iter().sum::<f64>() / f.len() as f64)
            })
            .sum::<f64>()
            / sets_with_body as f64;
        println!("mean of the sets' F1: {macro_f1:.3}");
    }
    println!(
        "read {} pages ({:.1} MB) in {:.2} s",
        scores.len(),
        total_bytes as f64 / 1e6,
        elapsed.as_secs_f64()
    );
    if options.worst > 0 && !bodies.is_empty() {
        let mut worst = bodies.clone();
        worst.sort_by(|a, b| a.body.unwrap().2.total_cmp(&b.body.unwrap().2));
        println!("\nworst {} pages by F1:", options.worst.min(worst.len()));
        for s in worst.iter().take(options.worst) {
            let (p, r, f) = s.body.unwrap();
            println!(
                "  {f:.3} (P {p:.3} R {r:.3})  {}/{}  [{} KB]",
                sets[s.set].name,
                s.name,
                s.bytes / 1024
            );
        }
    }
}

fn score_case(set: usize, case: &Case, got: &Extracted, bytes: usize, options: &Options) -> Score {
    let (body, text, meta) = (&got.body, &got.text, &got.meta);
    let want = &case.expected;
    if options.show.is_some() {
        println!("==== {} ====\n{text}", case.name);
        println!("---- expected ----\n{}", want.body.as_deref().unwrap_or(""));
        println!(
            "---- metadata ----\n{:?}\nexpected title {:?} byline {:?} date {:?} site {:?}\n",
            meta, want.title, want.byline, want.published, want.site_name
        );
    }
    let body_score = want
        .body
        .as_deref()
        .filter(|b| !tokens(b).is_empty())
        .map(|b| overlap(body, b));
    let mut snippets = [0; 4];
    if !want.with.is_empty() || !want.without.is_empty() {
        let flat = collapse(text);
        for snippet in &want.with {
            let found = flat.contains(&collapse(snippet));
            snippets[if found { 0 } else { 2 }] += 1;
        }
        for snippet in &want.without {
            let found = flat.contains(&collapse(snippet));
            snippets[if found { 1 } else { 3 }] += 1;
        }
    }
    let compare = |want: &Option<String>, got: Option<&str>, norm: fn(&str) -> String| {
        want.as_deref()
            .filter(|w| !w.trim().is_empty())
            .map(|w| got.is_some_and(|g| norm(g) == norm(w)))
    };
    // Whether the title read is the expected one by `same` (none when nothing is expected).
    let title_by = |same: fn(&str, &str) -> bool| {
        want.title
            .as_deref()
            .filter(|w| !w.trim().is_empty())
            .map(|w| got.title.as_deref().is_some_and(|g| same(g, w)))
    };
    Score {
        set,
        name: case.name.clone(),
        body: body_score,
        snippets,
        title: title_by(same_title),
        title_close: title_by(title_close),
        byline: meta
            .as_ref()
            .and_then(|meta| compare(&want.byline, meta.byline.as_deref(), normal_byline)),
        date: meta
            .as_ref()
            .and_then(|meta| compare(&want.published, meta.published.as_deref(), day)),
        site: meta.as_ref().and_then(|meta| {
            compare(&want.site_name, meta.outlet.as_deref(), |s| {
                normal_title(s).to_lowercase()
            })
        }),
        bytes,
    }
}

fn print_row(name: &str, scores: &[&Score]) {
    let bodies: Vec<(f64, f64, f64)> = scores.iter().filter_map(|s| s.body).collect();
    let mean = |f: fn(&(f64, f64, f64)) -> f64| {
        if bodies.is_empty() {
            "-".to_string()
        } else {
            format!(
                "{:.3}",
                bodies.iter().map(f).sum::<f64>() / bodies.len() as f64
            )
        }
    };
    let rate = |get: fn(&Score) -> Option<bool>| {
        let known: Vec<bool> = scores.iter().filter_map(|s| get(s)).collect();
        if known.is_empty() {
            "-".to_string()
        } else {
            let hits = known.iter().filter(|&&b| b).count();
            format!(
                "{:>5.1}% {:>3}",
                100.0 * hits as f64 / known.len() as f64,
                known.len()
            )
        }
    };
    println!(
        "{:<30} {:>5} {:>6} {:>6} {:>6} {:>11} {:>11} {:>11} {:>11} {:>11}",
        name,
        scores.len(),
        mean(|b| b.2),
        mean(|b| b.0),
        mean(|b| b.1),
        rate(|s| s.title),
        rate(|s| s.title_close),
        rate(|s| s.byline),
        rate(|s| s.date),
        rate(|s| s.site)
    );
    let mut counts = [0; 4];
    for s in scores {
        for (total, n) in counts.iter_mut().zip(s.snippets) {
            *total += n;
        }
    }
    if counts.iter().sum::<usize>() > 0 {
        let [tp, fp, fn_, _tn] = counts.map(|n| n as f64);
        let precision = tp / (tp + fp).max(1.0);
        let recall = tp / (tp + fn_).max(1.0);
        let f1 = 2.0 * precision * recall / (precision + recall).max(f64::MIN_POSITIVE);
        println!(
            "{:<30}       {f1:>6.3} {precision:>6.3} {recall:>6.3}   (snippets: {} wanted, {} unwanted)",
            format!("  {name} snippets"),
            counts[0] + counts[2],
            counts[1] + counts[3]
        );
    }
}

/// A JSON value, read tolerantly (enough for the data sets' small files).
enum Json {
    Null,
    Bool,
    Number,
    Str(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

impl Json {
    fn parse(text: &str) -> Json {
        let chars: Vec<char> = text.chars().collect();
        let mut at = 0;
        Json::value(&chars, &mut at)
    }

    fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(fields) => fields.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    fn as_str(&self) -> Option<&str> {
        match self {
            Json::Str(s) => Some(s),
            _ => None,
        }
    }

    fn skip_space(chars: &[char], at: &mut usize) {
        while chars.get(*at).is_some_and(|c| c.is_whitespace()) {
            *at += 1;
        }
    }

    fn value(chars: &[char], at: &mut usize) -> Json {
        Json::skip_space(chars, at);
        match chars.get(*at) {
            Some('{') => {
                *at += 1;
                let mut fields = Vec::new();
                loop {
                    Json::skip_space(chars, at);
                    match chars.get(*at) {
                        Some('}') | None => {
                            *at += 1;
                            return Json::Object(fields);
                        }
                        Some(',') => *at += 1,
                        Some('"') => {
                            let key = Json::string(chars, at);
                            Json::skip_space(chars, at);
                            if chars.get(*at) == Some(&':') {
                                *at += 1;
                            }
                            fields.push((key, Json::value(chars, at)));
                        }
                        Some(_) => *at += 1,
                    }
                }
            }
            Some('[') => {
                *at += 1;
                let mut items = Vec::new();
                loop {
                    Json::skip_space(chars, at);
                    match chars.get(*at) {
                        Some(']') | None => {
                            *at += 1;
                            return Json::Array(items);
                        }
                        Some(',') => *at += 1,
                        Some(_) => items.push(Json::value(chars, at)),
                    }
                }
            }
            Some('"') => Json::Str(Json::string(chars, at)),
            Some('t') | Some('f') => {
                while chars.get(*at).is_some_and(|c| c.is_alphabetic()) {
                    *at += 1;
                }
                Json::Bool
            }
            Some('n') => {
                *at += 4;
                Json::Null
            }
            Some(_) => {
                let start = *at;
                while chars
                    .get(*at)
                    .is_some_and(|c| c.is_ascii_digit() || "+-.eE".contains(*c))
                {
                    *at += 1;
                }
                if *at == start {
                    *at += 1;
                }
                Json::Number
            }
            None => Json::Null,
        }
    }

    fn string(chars: &[char], at: &mut usize) -> String {
        *at += 1;
        let mut out = String::new();
        while let Some(&c) = chars.get(*at) {
            *at += 1;
            match c {
                '"' => break,
                '\\' => {
                    let escaped = chars.get(*at).copied().unwrap_or('\\');
                    *at += 1;
                    match escaped {
                        'n' => out.push('\n'),
                        't' => out.push('\t'),
                        'r' => out.push('\r'),
                        'b' | 'f' => {}
                        'u' => {
                            let hex: String = chars.iter().skip(*at).take(4).collect();
                            *at += 4;
                            let mut unit = u32::from_str_radix(&hex, 16).unwrap_or(0xfffd);
                            // A surrogate pair.
                            if (0xd800..0xdc00).contains(&unit)
                                && chars.get(*at) == Some(&'\\')
                                && chars.get(*at + 1) == Some(&'u')
                            {
                                let low: String = chars.iter().skip(*at + 2).take(4).collect();
                                if let Ok(low) = u32::from_str_radix(&low, 16) {
                                    *at += 6;
                                    unit = 0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00);
                                }
                            }
                            out.push(char::from_u32(unit).unwrap_or('\u{fffd}'));
                        }
                        other => out.push(other),
                    }
                }
                c => out.push(c),
            }
        }
        out
    }
}
