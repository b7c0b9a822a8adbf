//! Reading the sample files in `tests/files/` (written by `scripts/fixtures.py` with
//! python-docx and reportlab, so they are the files those tools really write): each format
//! end to end through [`import`], as the CLI and the worker call it.

use parallax_ingest::{import, Format, Reading, Refusal};

fn sample(name: &str) -> Vec<u8> {
    let path = format!("{}/../../tests/files/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

const TRUST: &str = "Tillerson said in Moscow that there is a low level of trust between our two countries, and that the world’s two foremost nuclear powers cannot have this kind of relationship.";

#[test]
fn a_word_document() {
    let imported = import("press-release.docx", &sample("press-release.docx")).expect("read");
    assert_eq!(imported.format, Format::Docx);
    let paragraphs: Vec<&str> = imported.text.split("\n\n").collect();
    assert_eq!(
        paragraphs[0],
        "Ministers agree on a budget for the coming year"
    );
    assert_eq!(
        paragraphs[2],
        "“We have a deal,” the chair said. It was the first agreement in two years."
    );
    assert!(paragraphs.contains(&TRUST), "{paragraphs:#?}");
    assert!(paragraphs.contains(&"Spending rises by 3 percent."));
    let meta = imported.meta;
    assert_eq!(
        meta.title.as_deref(),
        Some("Ministers agree on a budget for the coming year")
    );
    assert_eq!(meta.byline.as_deref(), Some("Ministry Press Office"));
    assert!(meta.published.is_some_and(|d| d.starts_with("20")));
}

#[test]
fn a_pdf_with_a_text_layer_reads_in_whole_sentences() {
    let bytes = sample("moscow-talks.pdf");
    let mut reading = Reading::start("moscow-talks.pdf", &bytes);
    assert_eq!(reading.progress(), (0, 3));
    let mut seen = Vec::new();
    while reading.step() {
        seen.push(reading.progress());
    }
    seen.push(reading.progress());
    assert_eq!(seen, [(1, 3), (2, 3), (3, 3)]);
    let imported = reading.finish().expect("read");
    let text = &imported.text;
    assert!(text.starts_with("Ministers meet in Moscow\n\n"), "{text}");
    assert!(text.contains(TRUST), "{text}");
    assert!(
        text.contains("The ministers said the negotiations would resume next month in Geneva"),
        "{text}"
    );
    assert!(text.contains("talks that lasted three hours, officials said, and agreed to set up a working group on the dispute."), "{text}");
    assert!(
        !text.contains("Press release") && !text.contains("Page "),
        "{text}"
    );
    assert_eq!(
        imported.meta.title.as_deref(),
        Some("Ministers meet in Moscow")
    );
    assert_eq!(imported.meta.byline.as_deref(), Some("Press Office"));
    assert_eq!(
        imported.meta.published.as_deref(),
        Some("2017-12-13T08:15:00+01:00")
    );
}

#[test]
fn a_scanned_pdf_is_refused_with_the_reason() {
    let refusal = import("scan.pdf", &sample("scanned.pdf")).expect_err("no text");
    let Refusal::Unreadable { why } = &refusal else {
        panic!("{refusal:?}");
    };
    assert!(why.contains("without a text layer"), "{why}");
}

#[test]
fn a_page_saved_as_one_file() {
    let imported = import("storm.mhtml", &sample("storm.mhtml")).expect("read");
    assert_eq!(imported.format, Format::Mhtml);
    assert!(
        imported
            .text
            .starts_with("Storm hits the coast\nhttps://news.example.org/storm\n\n"),
        "{}",
        imported.text
    );
    assert!(imported.text.contains(TRUST));
    assert!(!imported.text.contains("Home") && !imported.text.contains("Read more"));
    let meta = imported.meta;
    assert_eq!(meta.outlet.as_deref(), Some("Example News"));
    assert_eq!(meta.byline.as_deref(), Some("Jane Doe"));
    assert_eq!(meta.published.as_deref(), Some("2017-12-13T09:41:00+01:00"));
}

#[test]
fn pages_in_legacy_encodings() {
    for (name, encoding, words) in [
        (
            "novosti-1251.html",
            "windows-1251",
            "Министр финансов сказал",
        ),
        ("nyusu-sjis.html", "Shift_JIS", "財務大臣は"),
    ] {
        let imported = import(name, &sample(name)).expect("read");
        assert!(imported.text.contains(words), "{name}: {}", imported.text);
        assert_eq!(imported.encoding, encoding);
        assert!(imported.note.is_some_and(|n| n.contains(encoding)));
    }
}

#[test]
fn a_fifty_page_report_reads_page_by_page_without_its_running_header() {
    let bytes = sample("long-report.pdf");
    let reading = Reading::start("long-report.pdf", &bytes);
    assert_eq!(reading.progress(), (0, 50));
    let imported = reading.finish().expect("read");
    let text = &imported.text;
    assert!(
        text.starts_with("Annual report on public works\n\n"),
        "{}",
        &text[..200]
    );
    assert_eq!(text.matches("Annual report on public works").count(), 1);
    // Every sentence whole, none cut by a line or page break.
    let sentences = text
        .split("\n\n")
        .skip(1)
        .flat_map(|p| p.split(". "))
        .count();
    assert!(sentences > 1000, "{sentences}");
    assert!(
        text.contains("The ministry said that spending rose by 5 percent in Drammen."),
        "{}",
        &text[..600]
    );
    assert!(!text.contains("\n50\n") && !text.ends_with("50"));
}
