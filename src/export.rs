//! Self-contained HTML reports: the current pair (aligned rows with their word diffs) and the
//! overview (articles, similarity matrix, shared statements), as one file each.
//!
//! A report is plain HTML with its stylesheet inline and **no script at all**: it opens offline
//! from disk, prints (a print stylesheet is part of it), and its own Content-Security-Policy
//! (`default-src 'none'`) keeps anything from running or loading even if a browser were to
//! find markup in it. Article text is escaped, never interpreted: an article containing
//! `<script>` shows those characters. Links go only to the articles' `http(s)` sources.
//!
//! Pure string building over the engine's report (no DOM), so native tests check it.

use parallax_engine::matching::diff::{Piece, PieceOp};
use parallax_engine::report::{DocumentReport, PairReport};
use parallax_engine::Report;

use crate::route::format_threshold;
use crate::text::{
    block_marks, empty_side_note, heat, percent, plural, row_kind, sentence_text, sentences_range,
    short_label, slice, source_label, text_direction,
};

/// The reports' stylesheet (`style/export.css`, compacted by `build.rs`), inlined into each file.
const STYLE: &str = include_str!(concat!(env!("OUT_DIR"), "/export.css"));

/// The reports' Content-Security-Policy: inline styles, nothing else.
const POLICY: &str =
    "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/// The HTML report of the alignment `pair` of two documents of `report`.
pub fn pair_html(report: &Report, pair: &PairReport) -> String {
    let (a, b) = (&report.documents[pair.a], &report.documents[pair.b]);
    let mut body = String::new();
    body.push_str("<header><p class=\"brand\">Parallax · side by side</p><h1>");
    escape_into(&mut body, &a.title);
    body.push_str(" <span class=\"vs\">and</span> ");
    escape_into(&mut body, &b.title);
    body.push_str("</h1>");
    let c = pair.counts;
    push_all(
        &mut body,
        &[
            "<p class=\"figures\"><span>A shares ",
            &percent(pair.a_in_b),
            " of its words with B</span><span>B shares ",
            &percent(pair.b_in_a),
            " with A</span><span class=\"fig-equal\">",
            &c.equal.to_string(),
            " same</span><span class=\"fig-changed\">",
            &c.changed.to_string(),
            " changed</span><span class=\"fig-moved\">",
            &c.moved.to_string(),
            " moved</span><span>",
            &c.a_only.to_string(),
            " only in A · ",
            &c.b_only.to_string(),
            " only in B</span></p>",
        ],
    );
    push_settings(&mut body, report);
    body.push_str("</header><main><dl class=\"sides\">");
    for (tag, doc) in [("A", a), ("B", b)] {
        push_all(&mut body, &["<dt>", tag, "</dt><dd>"]);
        push_document(&mut body, doc);
        body.push_str("</dd>");
    }
    body.push_str(
        "</dl><p class=\"legend\"><span class=\"key-changed\">changed</span> \
         <del>deleted</del> <ins>inserted</ins> <del class=\"figure\">changed figure</del> \
         <span class=\"key-moved\">↪ moved</span> <span class=\"key-only\">only one side</span></p>\
         <table class=\"rows\"><thead><tr><th scope=\"col\">#</th><th scope=\"col\">A</th>\
         <th scope=\"col\">B</th></tr></thead><tbody>",
    );
    let marks = block_marks(pair);
    for (i, row) in pair.rows.iter().enumerate() {
        let (class, label) = row_kind(row.op);
        let number = (i + 1).to_string();
        let mark = marks[i].as_ref();
        if let Some(label) = mark.and_then(|m| m.label.as_deref()) {
            push_all(
                &mut body,
                &[
                    "<tr class=\"block-head\"><td colspan=\"3\">",
                    label,
                    "</td></tr>",
                ],
            );
        }
        let extra = match (mark, row.furniture) {
            (Some(m), _) if m.end => " in-block block-end",
            (Some(_), _) => " in-block",
            (None, true) => " furniture",
            (None, false) => "",
        };
        push_all(
            &mut body,
            &[
                "<tr class=\"op-",
                class,
                extra,
                "\" id=\"row-",
                &number,
                "\"><th scope=\"row\" title=\"",
                label,
                "\">",
                &number,
                "</th>",
            ],
        );
        let diff = row.diff.as_ref();
        for (doc, sentences, pieces, side_a) in [
            (a, &row.a, diff.map(|d| &d.a), true),
            (b, &row.b, diff.map(|d| &d.b), false),
        ] {
            // The cell's language and direction: Arabic reads right to left, CJK breaks lines
            // as it should (the language is an ISO code from the report: nothing to escape,
            // but escaped all the same).
            body.push_str("<td lang=\"");
            escape_into(&mut body, &doc.language);
            push_all(
                &mut body,
                &["\" dir=\"", text_direction(&doc.language), "\">"],
            );
            match sentences_range(doc, sentences) {
                Some(range) => {
                    if let Some(p) = row.partner {
                        let partner = (p + 1).to_string();
                        push_all(
                            &mut body,
                            &[
                                "<a class=\"moved\" href=\"#row-",
                                &partner,
                                "\">↪ moved · see row ",
                                &partner,
                                "</a> ",
                            ],
                        );
                    }
                    match pieces {
                        Some(pieces) => push_pieces(&mut body, doc, pieces),
                        None => escape_into(&mut body, slice(doc, range)),
                    }
                }
                None => push_all(
                    &mut body,
                    &[
                        "<span class=\"empty\">",
                        empty_side_note(row.op, side_a, row.furniture),
                        "</span>",
                    ],
                ),
            }
            body.push_str("</td>");
        }
        body.push_str("</tr>");
    }
    body.push_str("</tbody></table></main>");
    let title = format!("{} and {} · Parallax", a.title, b.title);
    page(&title, &body)
}

/// The HTML report of the overview: the articles, the similarity matrix and every statement
/// two or more articles share.
pub fn overview_html(report: &Report) -> String {
    let n = report.documents.len();
    let mut body = String::new();
    push_all(
        &mut body,
        &[
            "<header><p class=\"brand\">Parallax · overview</p><h1>",
            &plural(n, "article"),
            " compared</h1>",
        ],
    );
    push_settings(&mut body, report);
    body.push_str(
        "</header><main><h2>Articles</h2><table class=\"articles\"><thead><tr>\
         <th scope=\"col\">#</th><th scope=\"col\">Title and source</th>\
         <th scope=\"col\">Words</th><th scope=\"col\">Found elsewhere</th></tr></thead><tbody>",
    );
    for doc in &report.documents {
        push_all(
            &mut body,
            &[
                "<tr><th scope=\"row\">",
                &short_label(&doc.name),
                "</th><td>",
            ],
        );
        push_document(&mut body, doc);
        push_all(
            &mut body,
            &[
                "</td><td class=\"num\">",
                &doc.words.to_string(),
                "</td><td class=\"num\">",
                &percent(doc.shared),
                "</td></tr>",
            ],
        );
    }
    body.push_str(
        "</tbody></table><h2>Similarity</h2><p class=\"note\">Row article’s share of words \
         found in the column article.</p><table class=\"matrix\"><thead><tr><td></td>",
    );
    for doc in &report.documents {
        push_all(
            &mut body,
            &["<th scope=\"col\">", &short_label(&doc.name), "</th>"],
        );
    }
    body.push_str("</tr></thead><tbody>");
    for (a, row) in report.matrix.iter().enumerate() {
        let label = short_label(&report.documents[a].name);
        push_all(&mut body, &["<tr><th scope=\"row\">", &label, "</th>"]);
        for (b, &share) in row.iter().enumerate() {
            if a == b {
                body.push_str("<td class=\"self\">—</td>");
            } else {
                push_all(
                    &mut body,
                    &[
                        "<td style=\"",
                        &heat(share),
                        "\">",
                        &percent(share),
                        "</td>",
                    ],
                );
            }
        }
        body.push_str("</tr>");
    }
    push_all(
        &mut body,
        &[
            "</tbody></table><h2>Shared statements</h2><p class=\"note\">",
            &plural(report.clusters.len(), "statement"),
            " found in two or more articles, most articles first.</p><ol class=\"clusters\">",
        ],
    );
    for cluster in &report.clusters {
        push_all(
            &mut body,
            &[
                "<li><p class=\"in\">in ",
                &cluster.documents.to_string(),
                " of ",
                &n.to_string(),
                " articles</p><ul>",
            ],
        );
        for &[d, s] in &cluster.members {
            let doc = &report.documents[d];
            body.push_str("<li><span class=\"source\">");
            escape_into(&mut body, &source_label(doc));
            body.push_str("</span> ");
            escape_into(&mut body, sentence_text(doc, s));
            body.push_str("</li>");
        }
        body.push_str("</ul></li>");
    }
    body.push_str("</ol></main>");
    page(&format!("{} · Parallax", plural(n, "article")), &body)
}

/// The whole file around `body`.
fn page(title: &str, body: &str) -> String {
    let mut out = String::with_capacity(body.len() + STYLE.len() + 512);
    push_all(
        &mut out,
        &[
            "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
             <meta http-equiv=\"Content-Security-Policy\" content=\"",
            POLICY,
            "\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
             <meta name=\"generator\" content=\"Parallax\"><title>",
        ],
    );
    escape_into(&mut out, title);
    push_all(
        &mut out,
        &["</title><style>", STYLE, "</style></head><body>", body],
    );
    out.push_str(
        "<footer>Made by Parallax in the browser, from the articles as they were loaded. \
         This file holds no script.</footer></body></html>\n",
    );
    out
}

/// The settings line: strictness and report edition.
fn push_settings(out: &mut String, report: &Report) {
    push_all(
        out,
        &[
            "<p class=\"settings\">Strictness ",
            &format_threshold(report.config.threshold),
            " (sentence similarity that counts as the same statement) · report edition ",
            &report.version.to_string(),
            "</p>",
        ],
    );
}

/// A document's title, label and source (a link only for `http(s)` addresses).
fn push_document(out: &mut String, doc: &DocumentReport) {
    out.push_str("<strong>");
    escape_into(out, &doc.title);
    out.push_str("</strong> <span class=\"source\">");
    escape_into(out, &source_label(doc));
    out.push_str("</span>");
    if let Some(url) = doc.source.as_deref().filter(|u| is_web_address(u)) {
        out.push_str(" <a href=\"");
        escape_into(out, url);
        out.push_str("\">");
        escape_into(out, url);
        out.push_str("</a>");
    }
}

/// One side of a word diff: deleted and inserted pieces marked, changed figures flagged.
fn push_pieces(out: &mut String, doc: &DocumentReport, pieces: &[Piece]) {
    for piece in pieces {
        let text = slice(doc, piece.range);
        let (open, close) = match (piece.op, piece.figure) {
            (PieceOp::Equal, _) => ("", ""),
            (PieceOp::Delete, false) => ("<del>", "</del>"),
            (PieceOp::Insert, false) => ("<ins>", "</ins>"),
            (PieceOp::Delete, true) => ("<del class=\"figure\">", "</del>"),
            (PieceOp::Insert, true) => ("<ins class=\"figure\">", "</ins>"),
        };
        out.push_str(open);
        escape_into(out, text);
        out.push_str(close);
    }
}

/// Whether `url` is an `http:` or `https:` address (the only links a report makes).
fn is_web_address(url: &str) -> bool {
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

fn push_all(out: &mut String, parts: &[&str]) {
    for part in parts {
        out.push_str(part);
    }
}

/// Appends `text` with the five HTML-significant characters escaped, so it is read as text in
/// element content and in quoted attribute values alike.
pub fn escape_into(out: &mut String, text: &str) {
    let mut rest = text;
    while let Some(at) = rest.find(['&', '<', '>', '"', '\'']) {
        out.push_str(&rest[..at]);
        out.push_str(match rest.as_bytes()[at] {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            _ => "&#39;",
        });
        rest = &rest[at + 1..];
    }
    out.push_str(rest);
}

#[cfg(test)]
mod tests {
    use super::*;
    use parallax_engine::report::pair_report;
    use parallax_engine::{analyze, Config, Corpus, Document};

    fn escaped(text: &str) -> String {
        let mut out = String::new();
        escape_into(&mut out, text);
        out
    }

    #[test]
    fn escapes_markup_and_quotes() {
        assert_eq!(
            escaped(r#"<img src=x onerror="alert('1')"> & co"#),
            "&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt; &amp; co"
        );
        assert_eq!(escaped("“curly” ‘quotes’ stay"), "“curly” ‘quotes’ stay");
    }

    #[test]
    fn links_only_web_addresses() {
        assert!(is_web_address("https://example.com/a"));
        assert!(is_web_address("HTTP://EXAMPLE.COM"));
        assert!(!is_web_address("javascript:alert(1)"));
        assert!(!is_web_address("data:text/html,x"));
        assert!(!is_web_address("http:"));
    }

    fn hostile() -> (Report, PairReport) {
        let corpus = Corpus::from_documents(vec![
            Document::parse(
                "000_a",
                "Storm hits the coast\n\nThe storm killed 87 people on Monday. \
                 Officials said <script>alert(1)</script> was \"not a drill\". \
                 See javascript:alert(2) for more.",
            ),
            Document::parse(
                "001_b",
                "Storm hits coast\n\nThe storm killed 89 people on Monday. \
                 Officials said <script>alert(1)</script> was \"not a drill\". \
                 Rescue teams <img src=x onerror=alert(3)> arrived late.",
            ),
        ]);
        let report = analyze(&corpus, &Config::default());
        let pair = pair_report(&corpus, &report.matrix, 0, 1, &Config::default());
        (report, pair)
    }

    const ALLOWED_TAGS: &[&str] = &[
        "html", "head", "meta", "title", "style", "body", "header", "main", "footer", "p", "h1",
        "h2", "span", "strong", "a", "dl", "dt", "dd", "table", "thead", "tbody", "tr", "th", "td",
        "del", "ins", "ol", "ul", "li",
    ];

    /// Outside the stylesheet, the text between tags: what a reader sees.
    fn markup(html: &str) -> &str {
        html.split("</style>").nth(1).unwrap_or("")
    }

    #[test]
    fn reports_hold_no_script_and_show_markup_as_text() {
        let (report, pair) = hostile();
        for html in [pair_html(&report, &pair), overview_html(&report)] {
            // Every tag after the doctype is one the report writes itself.
            assert!(html.starts_with("<!doctype html>"));
            for tag in html.split('<').skip(2) {
                let name: String = tag
                    .trim_start_matches('/')
                    .chars()
                    .take_while(char::is_ascii_alphanumeric)
                    .collect();
                assert!(ALLOWED_TAGS.contains(&name.as_str()), "<{name} in {html}");
            }
            assert!(html.contains(POLICY));
        }
        let html = pair_html(&report, &pair);
        assert!(markup(&html).contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(markup(&html).contains("&lt;img src=x onerror=alert(3)&gt;"));
    }

    #[test]
    fn pair_report_marks_the_changed_figure_and_numbers_rows() {
        let (report, pair) = hostile();
        let html = pair_html(&report, &pair);
        assert!(html.contains("<del class=\"figure\">87</del>"), "{html}");
        assert!(html.contains("<ins class=\"figure\">89</ins>"), "{html}");
        for i in 1..=pair.rows.len() {
            assert!(html.contains(&format!("id=\"row-{i}\"")));
        }
        assert_eq!(html.matches("<tr class=\"op-").count(), pair.rows.len());
    }

    #[test]
    fn overview_report_lists_articles_matrix_and_statements() {
        let (report, _) = hostile();
        let html = overview_html(&report);
        assert!(html.contains("2 articles compared"));
        assert_eq!(html.matches("<td class=\"self\">").count(), 2);
        assert_eq!(
            html.matches("<li><p class=\"in\">").count(),
            report.clusters.len()
        );
        assert!(!report.clusters.is_empty());
    }
}
