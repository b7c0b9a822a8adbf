//! Turns a file a user brings into an article's text and what the document says about itself,
//! or says why it cannot, in words that name the file. Pure Rust, no web dependency: the CLI
//! uses it, and the browser app runs the same code (built as `crates/readers`, a module the
//! worker loads on the first file it reads).
//!
//! * **Formats** ([`Format`]): plain text kept as written; Markdown without its markup
//!   ([`markdown`]); a saved web page reduced to its article ([`html`]), also from a page saved
//!   as one file ([`mhtml`]); a Word document's paragraphs ([`docx`]); a PDF's text layer
//!   ([`pdf`]), page by page ([`Reading`]) so the caller can show progress.
//! * **Encodings** ([`decode`]): byte-order mark, then what the file declares, then UTF-8, then a
//!   guess among the legacy encodings; the article's note says what it was read as.
//! * **Refusals** ([`Refusal`]): empty files, files over [`MAX_FILE_BYTES`], binary files of other
//!   kinds, a PDF without a text layer, types Parallax does not read.
//!
//! The text that comes out is what the engine reads and what every byte range then indexes;
//! it is never parsed again.

pub mod decode;
pub mod docx;
pub mod html;
pub mod markdown;
pub mod meta;
pub mod mhtml;
pub mod pdf;
mod zip;

use std::fmt;

pub use decode::{decode, Decoded};
pub use meta::Metadata;
use serde::{Deserialize, Serialize};

/// Largest file accepted, in bytes (32 MiB): far above any news article (the seeds are 3–6 KB;
/// a 1 MB text is a long report) and a long PDF with its fonts, low enough that a mistaken drop
/// of a video is refused at once.
pub const MAX_FILE_BYTES: usize = 32 * 1024 * 1024;

/// Largest text file accepted, in bytes (8 MiB): text is all article, so this is already
/// thousands of pages.
pub const MAX_TEXT_BYTES: usize = 8 * 1024 * 1024;

/// Share of control characters (other than tab, line breaks and form feed) above which
/// decoded text is taken for binary data: 1 in 100 characters.
pub const MAX_CONTROL_SHARE: f64 = 0.01;

/// The kinds of file Parallax reads, as the file picker and the messages list them.
pub const READS: &str = ".txt, .md, .html, .mhtml, .docx and .pdf";

/// What kind of file it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// `.txt`, or no extension: kept as written.
    Text,
    /// `.md`, `.markdown`: markup removed.
    Markdown,
    /// `.html`, `.htm`, `.xhtml`: reduced to the article's text.
    Html,
    /// `.mhtml`, `.mht`: a page saved as one file.
    Mhtml,
    /// `.docx`: a Word document.
    Docx,
    /// `.pdf`: a PDF's text layer.
    Pdf,
}

impl Format {
    /// The format a file name says, or `None` for a type Parallax does not read.
    pub fn of(file_name: &str) -> Option<Format> {
        let Some(extension) = extension(file_name) else {
            return Some(Format::Text);
        };
        match extension.as_str() {
            "txt" | "text" => Some(Format::Text),
            "md" | "markdown" => Some(Format::Markdown),
            "html" | "htm" | "xhtml" => Some(Format::Html),
            "mhtml" | "mht" => Some(Format::Mhtml),
            "docx" => Some(Format::Docx),
            "pdf" => Some(Format::Pdf),
            _ => None,
        }
    }

    /// The format of a file called `file_name` with these contents: its name decides, except
    /// that a PDF is a PDF whatever it is called, and a file named as a page that is a MIME
    /// message is a page saved as one file.
    pub fn sniff(file_name: &str, bytes: &[u8]) -> Option<Format> {
        let named = Format::of(file_name);
        if bytes.starts_with(b"%PDF-") && named != Some(Format::Docx) {
            return Some(Format::Pdf);
        }
        match named {
            Some(Format::Html | Format::Text) if mhtml::looks_like_mime(bytes) => {
                Some(Format::Mhtml)
            }
            named => named,
        }
    }
}

/// A file name's extension, lower case; none for `notes` or `.profile`.
fn extension(file_name: &str) -> Option<String> {
    match file_name.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => Some(ext.to_ascii_lowercase()),
        _ => None,
    }
}

/// Why a file was not added.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// No bytes, or only white space (after removing markup).
    Empty,
    /// More than [`MAX_FILE_BYTES`] (or [`MAX_TEXT_BYTES`] for text).
    TooLarge {
        /// The file's size in bytes.
        bytes: usize,
        /// The limit it is over.
        limit: usize,
    },
    /// Not text: `what` says how it was recognised.
    Binary {
        /// E.g. "a PNG image", "NUL bytes", "control characters".
        what: &'static str,
    },
    /// A file type Parallax does not read.
    UnsupportedType {
        /// The extension, lower case.
        extension: String,
    },
    /// A Word, PDF or saved-page file that could not be read: `why` completes "NAME …".
    Unreadable {
        /// E.g. "is a PDF without a text layer (…)".
        why: String,
    },
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Refusal::Empty => write!(f, "is empty: there is no text to compare"),
            Refusal::TooLarge { bytes, limit } => write!(
                f,
                "is too large ({} MB; the limit is {} MB)",
                megabytes(*bytes),
                megabytes(*limit)
            ),
            Refusal::Binary { what } => {
                write!(
                    f,
                    "is not a file Parallax reads ({what}); add {READS} files"
                )
            }
            Refusal::UnsupportedType { extension } => write!(
                f,
                "is a .{extension} file; Parallax reads {READS} files{}",
                advice(extension)
            ),
            Refusal::Unreadable { why } => write!(f, "{why}"),
        }
    }
}

/// What to do with a file type that has a readable cousin.
fn advice(extension: &str) -> &'static str {
    match extension {
        "doc" | "rtf" | "odt" | "pages" => " (save it as .docx or .pdf first)",
        "webarchive" => " (save the page as .html or .mhtml instead)",
        _ => "",
    }
}

impl std::error::Error for Refusal {}

/// A size in whole or tenths of megabytes, written without float formatting (`8`, `1.5`).
fn megabytes(bytes: usize) -> String {
    let tenths = (bytes * 10).div_ceil(1024 * 1024);
    match tenths % 10 {
        0 => (tenths / 10).to_string(),
        t => format!("{}.{t}", tenths / 10),
    }
}

/// A file turned into an article.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Imported {
    /// The article's text, as the engine reads it: for everything but plain text, the
    /// readable text with the title on the first line.
    pub text: String,
    /// The file's format.
    pub format: Format,
    /// The encoding its text was read in (its WHATWG name, e.g. `UTF-8`, `windows-1251`); for
    /// Word and PDF files, `UTF-8`.
    pub encoding: String,
    /// What the user should know about how it was read (the encoding when it was not UTF-8, a
    /// repair, pages without text).
    pub note: Option<String>,
    /// What the document says about itself.
    #[serde(default, skip_serializing_if = "Metadata::is_empty")]
    pub meta: Metadata,
}

/// Reads a file called `file_name` with contents `bytes` as an article, or says why not.
pub fn import(file_name: &str, bytes: &[u8]) -> Result<Imported, Refusal> {
    let mut reading = Reading::start(file_name, bytes);
    while reading.step() {}
    reading.finish()
}

/// A file being read, one step at a time: a PDF page by page, anything else in one step. The
/// caller can say how far it got between steps ([`Reading::progress`]).
pub struct Reading {
    state: State,
}

enum State {
    Done(Result<Imported, Refusal>),
    Pdf {
        pdf: pdf::Pdf,
        pages: Vec<Vec<pdf::Line>>,
    },
}

impl Reading {
    /// Starts reading: everything but a PDF's pages is read here.
    pub fn start(file_name: &str, bytes: &[u8]) -> Reading {
        let state = match Format::sniff(file_name, bytes) {
            None => State::Done(Err(Refusal::UnsupportedType {
                extension: extension(file_name).unwrap_or_default(),
            })),
            Some(Format::Pdf) => match open_pdf(bytes) {
                Ok(pdf) => State::Pdf {
                    pages: Vec::with_capacity(pdf.page_count()),
                    pdf,
                },
                Err(refusal) => State::Done(Err(refusal)),
            },
            Some(format) => State::Done(read_whole(format, bytes)),
        };
        Reading { state }
    }

    /// Steps done and steps in all (pages, for a PDF).
    pub fn progress(&self) -> (usize, usize) {
        match &self.state {
            State::Done(_) => (1, 1),
            State::Pdf { pdf, pages } => (pages.len(), pdf.page_count()),
        }
    }

    /// Reads the next step; false when nothing is left to read.
    pub fn step(&mut self) -> bool {
        match &mut self.state {
            State::Done(_) => false,
            State::Pdf { pdf, pages } => {
                if pages.len() < pdf.page_count() {
                    pages.push(pdf.page_lines(pages.len()));
                }
                pages.len() < pdf.page_count()
            }
        }
    }

    /// The article, or why there is none (pages not yet stepped through are read now).
    pub fn finish(mut self) -> Result<Imported, Refusal> {
        while self.step() {}
        match self.state {
            State::Done(result) => result,
            State::Pdf { pdf, pages } => finish_pdf(&pdf, &pages),
        }
    }
}

fn too_large(bytes: &[u8], limit: usize) -> Result<(), Refusal> {
    if bytes.len() > limit {
        return Err(Refusal::TooLarge {
            bytes: bytes.len(),
            limit,
        });
    }
    Ok(())
}

fn open_pdf(bytes: &[u8]) -> Result<pdf::Pdf, Refusal> {
    too_large(bytes, MAX_FILE_BYTES)?;
    pdf::Pdf::open(bytes).map_err(|e| Refusal::Unreadable { why: e.to_string() })
}

fn finish_pdf(pdf: &pdf::Pdf, pages: &[Vec<pdf::Line>]) -> Result<Imported, Refusal> {
    let blank = pages.iter().filter(|p| p.is_empty()).count();
    if blank == pages.len() {
        return Err(Refusal::Unreadable {
            why: pdf::PdfError::NoText { pages: pages.len() }.to_string(),
        });
    }
    let assembled = pdf::assemble(pages);
    let note = (blank > 0).then(|| {
        format!(
            "{blank} of its {} pages have no text layer (images only) and were left out",
            pages.len()
        )
    });
    let title = pdf.info_title().or(assembled.title);
    // The title leads the text, as for every other format (the engine reads the first line
    // as the headline); a title property the pages do not start with is put there.
    let text = match &title {
        Some(title) if !assembled.text.starts_with(title.as_str()) => {
            format!("{title}\n\n{}", assembled.text)
        }
        _ => assembled.text,
    };
    let meta = Metadata {
        title,
        byline: pdf.info_author(),
        published: pdf.info_date(),
        ..Metadata::default()
    };
    finished(text, Format::Pdf, "UTF-8".into(), note, meta)
}

/// Checks what came out and makes the article.
fn finished(
    text: String,
    format: Format,
    encoding: String,
    note: Option<String>,
    meta: Metadata,
) -> Result<Imported, Refusal> {
    if text.trim().is_empty() {
        return Err(Refusal::Empty);
    }
    Ok(Imported {
        text,
        format,
        encoding,
        note,
        meta,
    })
}

/// Reads a file in one go ([`Reading::start`] reads every format but PDF this way).
fn read_whole(format: Format, bytes: &[u8]) -> Result<Imported, Refusal> {
    match format {
        Format::Docx => {
            too_large(bytes, MAX_FILE_BYTES)?;
            let document = docx::read(bytes).map_err(|why| Refusal::Unreadable { why })?;
            finished(document.text, format, "UTF-8".into(), None, document.meta)
        }
        Format::Mhtml => {
            too_large(bytes, MAX_FILE_BYTES)?;
            let page = mhtml::read(bytes).map_err(|why| Refusal::Unreadable {
                why: format!("is {why}"),
            })?;
            read_page(&page.html, page.charset, page.location, format)
        }
        Format::Html => {
            too_large(bytes, MAX_TEXT_BYTES)?;
            read_page(bytes, None, None, format)
        }
        Format::Text | Format::Markdown => {
            too_large(bytes, MAX_TEXT_BYTES)?;
            let decoded = checked_text(bytes, None)?;
            let text = match format {
                Format::Markdown => markdown::to_text(&decoded.text),
                _ => decoded.text.clone(),
            };
            finished(
                text,
                format,
                decoded.encoding.name().into(),
                decoded.note(),
                Metadata::default(),
            )
        }
        // `Reading` reads a PDF page by page; whole, it is the same steps at once.
        Format::Pdf => Reading::start("file.pdf", bytes).finish(),
    }
}

/// A web page's article (`html` in the encoding `charset` its container declares, else the
/// one it declares itself): its text as [`html::to_text`] lays it out, the address a saved
/// copy records (`saved_from`) standing in when the page names none.
fn read_page(
    html: &[u8],
    charset: Option<String>,
    saved_from: Option<String>,
    format: Format,
) -> Result<Imported, Refusal> {
    let declared = charset.or_else(|| decode::html_declared_charset(html));
    let decoded = checked_text(html, declared.as_deref())?;
    let mut page = html::read(&decoded.text);
    page.meta.url = page.meta.url.or(saved_from);
    finished(
        page.layout(),
        format,
        decoded.encoding.name().into(),
        decoded.note(),
        page.meta,
    )
}

/// Text decoded from `bytes` (declared encoding `declared`), refused when it is not text.
fn checked_text(bytes: &[u8], declared: Option<&str>) -> Result<Decoded, Refusal> {
    if let Some(what) = binary_signature(bytes) {
        return Err(Refusal::Binary { what });
    }
    let decoded = decode::decode_declared(bytes, declared);
    if decoded.text.contains('\0') {
        return Err(Refusal::Binary { what: "NUL bytes" });
    }
    if too_many_controls(&decoded.text) {
        return Err(Refusal::Binary {
            what: "control characters",
        });
    }
    Ok(decoded)
}

/// Where `needle` (not empty) first occurs in `haystack`: the byte search the encoding
/// declarations, MIME parts and PDF objects are found with.
pub(crate) fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// Signatures of common binary files someone might drop by mistake (or rename to `.txt`).
const SIGNATURES: &[(&[u8], &str)] = &[
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive or office document"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"RIFF", "a RIFF media file"),
    (b"\x00asm", "a WebAssembly module"),
    (b"\x7fELF", "a program"),
    (b"MZ\x90\x00", "a Windows program"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
];

/// What a known binary signature at the start of `bytes` says the file is.
fn binary_signature(bytes: &[u8]) -> Option<&'static str> {
    SIGNATURES
        .iter()
        .find(|(magic, _)| bytes.starts_with(magic))
        .map(|&(_, what)| what)
}

/// Whether more than [`MAX_CONTROL_SHARE`] of the characters are control characters other
/// than tab, line feed, carriage return and form feed.
fn too_many_controls(text: &str) -> bool {
    let mut total = 0usize;
    let mut controls = 0usize;
    for c in text.chars() {
        total += 1;
        if c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\x0c') {
            controls += 1;
        }
    }
    total > 0 && controls as f64 > total as f64 * MAX_CONTROL_SHARE
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_by_extension_and_by_contents() {
        assert_eq!(Format::of("a.txt"), Some(Format::Text));
        assert_eq!(Format::of("A.MD"), Some(Format::Markdown));
        assert_eq!(Format::of("page.HTM"), Some(Format::Html));
        assert_eq!(Format::of("page.mht"), Some(Format::Mhtml));
        assert_eq!(Format::of("release.DOCX"), Some(Format::Docx));
        assert_eq!(Format::of("report.pdf"), Some(Format::Pdf));
        assert_eq!(Format::of("notes"), Some(Format::Text));
        assert_eq!(Format::of(".profile"), Some(Format::Text));
        assert_eq!(Format::of("photo.png"), None);
        assert_eq!(Format::sniff("download", b"%PDF-1.7\n"), Some(Format::Pdf));
        assert_eq!(
            Format::sniff(
                "page.html",
                b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=x\r\n\r\n"
            ),
            Some(Format::Mhtml)
        );
        assert_eq!(Format::sniff("page.html", b"<html>"), Some(Format::Html));
    }

    #[test]
    fn utf16_text_is_text() {
        let mut le = vec![0xff, 0xfe];
        le.extend(
            "Tillerson said: “low point”."
                .encode_utf16()
                .flat_map(u16::to_le_bytes),
        );
        // UTF-16 text has NUL bytes; it is still text.
        let imported = import("q.txt", &le).expect("text");
        assert_eq!(imported.text, "Tillerson said: “low point”.");
        assert_eq!(
            (imported.encoding.as_str(), imported.note),
            ("UTF-16LE", None)
        );
    }

    #[test]
    fn legacy_text_says_what_it_was_read_as() {
        let text =
            "“Café” – the minister’s statement on the économie was published on Monday, 5 €.";
        let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(text);
        let imported = import("old.txt", &bytes).expect("text");
        assert_eq!(imported.text, text);
        assert_eq!(imported.encoding, "windows-1252");
        assert!(imported.note.is_some_and(|n| n.contains("windows-1252")));
    }

    #[test]
    fn pages_in_legacy_encodings_read_by_their_declaration() {
        let cases = [
            (
                "windows-1251",
                encoding_rs::WINDOWS_1251,
                "Новости дня",
                "Правительство объявило о новом бюджете.",
            ),
            (
                "shift_jis",
                encoding_rs::SHIFT_JIS,
                "今日のニュース",
                "政府は新しい予算を発表した。",
            ),
            (
                "gb2312",
                encoding_rs::GBK,
                "今日新闻",
                "政府宣布了新的预算。",
            ),
            (
                "euc-kr",
                encoding_rs::EUC_KR,
                "오늘의 뉴스",
                "정부가 새 예산을 발표했다.",
            ),
            (
                "koi8-u",
                encoding_rs::KOI8_U,
                "Новини дня",
                "Уряд оголосив про новий бюджет.",
            ),
        ];
        for (label, encoding, title, body) in cases {
            let page = format!("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset={label}\"><title>{title}</title></head><body><article><p>{body}</p></article></body></html>");
            let (bytes, _, _) = encoding.encode(&page);
            let imported = import("page.html", &bytes).expect("read");
            assert!(
                imported.text.starts_with(title),
                "{label}: {}",
                imported.text
            );
            assert!(imported.text.contains(body), "{label}: {}", imported.text);
            assert_eq!(imported.encoding, encoding.name());
            let note = imported.note.expect("a note");
            assert!(
                note.contains(encoding.name()) && note.contains("states"),
                "{note}"
            );
        }
    }

    #[test]
    fn a_saved_single_file_page_reads_like_the_page() {
        let page = "<html><head><title>Storm kills 87</title></head><body><article><p>The storm killed 87 people, officials said on Monday.</p></article></body></html>";
        let mhtml = format!("From: <Saved by Blink>\r\nSnapshot-Content-Location: https://example.org/storm\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related; type=\"text/html\"; boundary=\"B\"\r\n\r\n--B\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Location: https://example.org/storm\r\n\r\n{}\r\n--B--\r\n", page.replace('=', "=3D"));
        let imported = import("storm.mhtml", mhtml.as_bytes()).expect("read");
        assert_eq!(imported.format, Format::Mhtml);
        assert!(
            imported
                .text
                .starts_with("Storm kills 87\nhttps://example.org/storm\n\nThe storm killed 87"),
            "{}",
            imported.text
        );
        assert_eq!(
            imported.meta.url.as_deref(),
            Some("https://example.org/storm")
        );
    }

    #[test]
    fn a_word_document_reads_as_an_article() {
        let bytes = docx::tests::docx(
            &[
                (Some("Title"), "<w:r><w:t>Budget agreed</w:t></w:r>".into()),
                (
                    None,
                    "<w:r><w:t>The council agreed on Monday.</w:t></w:r>".into(),
                ),
            ],
            "",
        );
        let imported = import("release.docx", &bytes).expect("read");
        assert_eq!(
            imported.text,
            "Budget agreed\n\nThe council agreed on Monday."
        );
        assert_eq!((imported.format, imported.note), (Format::Docx, None));
        assert_eq!(imported.meta.title.as_deref(), Some("Budget agreed"));
    }

    #[test]
    fn refuses_with_reasons() {
        assert_eq!(import("e.txt", b""), Err(Refusal::Empty));
        assert_eq!(import("e.txt", b" \n\t\n"), Err(Refusal::Empty));
        assert_eq!(
            import("e.html", b"<html><script>x()</script></html>"),
            Err(Refusal::Empty)
        );
        let png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR";
        assert_eq!(
            import("photo.txt", png),
            Err(Refusal::Binary {
                what: "a PNG image"
            })
        );
        assert_eq!(
            import("x.txt", b"abc\x00def"),
            Err(Refusal::Binary { what: "NUL bytes" })
        );
        let noisy: Vec<u8> = (0..200u8)
            .map(|i| if i % 10 == 0 { 0x01 } else { b'a' })
            .collect();
        assert_eq!(
            import("x.txt", &noisy),
            Err(Refusal::Binary {
                what: "control characters"
            })
        );
        let big = vec![b'a'; MAX_TEXT_BYTES + 1];
        assert_eq!(
            import("big.txt", &big),
            Err(Refusal::TooLarge {
                bytes: MAX_TEXT_BYTES + 1,
                limit: MAX_TEXT_BYTES
            })
        );
        assert_eq!(
            import("clip.mp4", b"...."),
            Err(Refusal::UnsupportedType {
                extension: "mp4".into()
            })
        );
        assert!(import("scan.pdf", b"%PDF-1.4 garbage").is_err());
        let zip = import("archive.docx", b"PK\x03\x04 broken");
        assert!(matches!(zip, Err(Refusal::Unreadable { .. })), "{zip:?}");
    }

    #[test]
    fn refusals_read_well() {
        assert_eq!(
            Refusal::TooLarge {
                bytes: 12 * 1024 * 1024 + 1,
                limit: MAX_TEXT_BYTES
            }
            .to_string(),
            "is too large (12.1 MB; the limit is 8 MB)"
        );
        assert_eq!(
            Refusal::Binary {
                what: "a PNG image"
            }
            .to_string(),
            "is not a file Parallax reads (a PNG image); add .txt, .md, .html, .mhtml, .docx and .pdf files"
        );
        assert_eq!(
            Refusal::UnsupportedType { extension: "doc".into() }.to_string(),
            "is a .doc file; Parallax reads .txt, .md, .html, .mhtml, .docx and .pdf files (save it as .docx or .pdf first)"
        );
        assert_eq!(
            Refusal::Empty.to_string(),
            "is empty: there is no text to compare"
        );
    }

    #[test]
    fn a_megabyte_article_is_accepted() {
        let text = "The storm killed 87 people on Monday. ".repeat(28_000);
        assert!(text.len() > 1_000_000);
        let imported = import("long.txt", text.as_bytes()).expect("accepted");
        assert_eq!(imported.text, text);
    }
}
