//! A PDF's text layer, read without a PDF library: enough of the file format to find the pages,
//! and enough of the page description language to find where each piece of text is drawn, how
//! large, and in which characters. [`Pdf::open`] checks the file once; [`Pdf::page_lines`] then
//! reads one page at a time (so a caller can show progress); [`assemble`] turns the pages'
//! lines into an article's paragraphs.
//!
//! * **Structure**: the cross-reference table is not trusted. The file is scanned for
//!   `N G obj … endobj`, object streams are unpacked, and a later definition of an object
//!   replaces an earlier one (incremental updates). The catalog is named by the last trailer or
//!   cross-reference stream that names one, else found by its `/Type /Catalog`.
//! * **Text**: `/ToUnicode` maps first, then simple fonts' encodings (WinAnsi, MacRoman,
//!   Standard, `/Differences` by glyph name). Composite fonts without a map, images (no OCR),
//!   rotated text and encrypted files are not read.
//! * **Layout**: pieces of text on one baseline make a line, lines run top to bottom, and a page
//!   in two columns is read left column first. [`assemble`] drops running headers, footers and
//!   page numbers, and finds paragraphs and the title from spacing, indents and type sizes.
//! * **Safety**: whatever the bytes, nothing panics; every loop consumes input or is counted;
//!   nesting is capped at 32 levels and decompression at 64 MiB per call.

mod assembly;
mod content;
mod filters;
mod fonts;
mod objects;
mod strings;
mod syntax;
#[cfg(test)]
mod testing;

use std::fmt;

pub use assembly::assemble;
use content::{lines_from_runs, Graphics, PageReader};
use objects::{page_tree, trailers, Objects, Page};
use strings::{document_title, iso_date, text_string};
use syntax::{Dict, Obj};

/// Most bytes the streams decoded by one call may come to (64 MiB): every decoded stream is
/// charged, so repeated drawings of one large form cannot multiply the work either.
const MAX_DECODED_BYTES: usize = 64 << 20;
/// Deepest nesting followed: arrays and dictionaries, the page tree, forms, references.
const MAX_DEPTH: usize = 32;
/// Most pages read from one file.
const MAX_PAGES: usize = 20_000;

/// Why a file cannot be read (see [`fmt::Display`] for the words shown after the file name).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PdfError {
    /// Not a PDF we can parse at all (no objects / no page tree found). `why` is a short
    /// lower-case phrase.
    Unreadable { why: String },
    /// Encrypted (an /Encrypt entry in the trailer): we do not decrypt.
    Encrypted,
    /// Pages were found but no page has any text: a scanned document (images only).
    NoText { pages: usize },
}

impl fmt::Display for PdfError {
    /// Completes "report.pdf …".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PdfError::Unreadable { why } => write!(f, "could not be read as a PDF ({why})"),
            PdfError::Encrypted => f.write_str(
                "is an encrypted PDF; Parallax cannot decrypt it, so save an unprotected copy \
                 (or copy its text into a text file) first",
            ),
            PdfError::NoText { pages } => {
                let plural = if *pages == 1 { "" } else { "s" };
                write!(
                    f,
                    "is a PDF without a text layer ({pages} page{plural} of images, probably \
                     scanned); Parallax needs text it can select, so run it through OCR first"
                )
            }
        }
    }
}

impl std::error::Error for PdfError {}

fn unreadable(why: &str) -> PdfError {
    PdfError::Unreadable {
        why: why.to_string(),
    }
}

/// One line of a page: its text (trimmed, single-spaced, never empty), where its baseline starts
/// (`x`, `y` in points from the page's lower left corner) and its type size in points.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    pub text: String,
    pub x: f32,
    pub y: f32,
    pub size: f32,
}

/// An article's text from its pages: `text` is its paragraphs one blank line apart, beginning
/// with the title (when there is one) as a paragraph of its own.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Assembled {
    pub title: Option<String>,
    pub text: String,
}

/// An opened PDF: its objects and pages. Progress-friendly reading: open, then read page by
/// page, then [`assemble`].
pub struct Pdf {
    objects: Objects,
    pages: Vec<Page>,
    info: Dict,
    catalog: Dict,
}

impl fmt::Debug for Pdf {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Pdf")
            .field("pages", &self.pages.len())
            .finish()
    }
}

impl Pdf {
    /// Reads the file's structure and makes sure some page has text.
    pub fn open(bytes: &[u8]) -> Result<Pdf, PdfError> {
        let objects = Objects::load(bytes);
        if objects.map.is_empty() {
            return Err(unreadable("no objects found"));
        }
        let trailers = trailers(bytes, &objects);
        if trailers.iter().any(|t| *t.get("Encrypt") != Obj::Null) {
            return Err(PdfError::Encrypted);
        }
        let named = |key: &str| {
            trailers
                .iter()
                .rev()
                .find_map(|t| objects.resolve(t.get(key)).dict())
        };
        let catalog = named("Root")
            .filter(|c| *c.get("Pages") != Obj::Null)
            .or_else(|| objects.typed("Catalog").next())
            .cloned()
            .unwrap_or_default();
        let info = named("Info").cloned().unwrap_or_default();
        let mut pages = page_tree(&objects, catalog.get("Pages"));
        if pages.is_empty() {
            pages = objects
                .typed("Page")
                .map(Page::of)
                .take(MAX_PAGES)
                .collect();
        }
        if pages.is_empty() {
            return Err(unreadable("no pages found"));
        }
        let pdf = Pdf {
            objects,
            pages,
            info,
            catalog,
        };
        if (0..pdf.page_count()).all(|i| pdf.page_lines(i).is_empty()) {
            return Err(PdfError::NoText {
                pages: pdf.page_count(),
            });
        }
        Ok(pdf)
    }

    pub fn page_count(&self) -> usize {
        self.pages.len()
    }

    /// Text lines of page `index` (0-based) in reading order: top to bottom, each left to right.
    /// None for an index past the last page. Never panics, whatever the bytes.
    pub fn page_lines(&self, index: usize) -> Vec<Line> {
        let Some(page) = self.pages.get(index) else {
            return Vec::new();
        };
        let mut reader = PageReader::new(&self.objects);
        let resources = self.objects.resolve(&page.resources).dict();
        let content = reader.contents(&page.contents);
        reader.run(&content, resources, Graphics::default(), 0);
        lines_from_runs(reader.runs)
    }

    /// The document information dictionary's /Title, else the XMP `dc:title`; `None` if empty
    /// or only a file's name ("draft.docx", "Microsoft Word - draft.docx", "Untitled").
    pub fn info_title(&self) -> Option<String> {
        let title = match self.objects.resolve(self.info.get("Title")) {
            Obj::Str(bytes) => text_string(bytes),
            _ => String::new(),
        };
        document_title(&title).or_else(|| self.xmp_title().as_deref().and_then(document_title))
    }

    /// The document information dictionary's /Author, if it names one (white space collapsed).
    pub fn info_author(&self) -> Option<String> {
        let author = match self.objects.resolve(self.info.get("Author")) {
            Obj::Str(bytes) => text_string(bytes),
            _ => return None,
        };
        let author = author.split_whitespace().collect::<Vec<_>>().join(" ");
        (!author.is_empty()).then_some(author)
    }

    /// The document information dictionary's /CreationDate as ISO 8601: `YYYY-MM-DD` when it
    /// gives no time or no offset, else `YYYY-MM-DDTHH:MM:SS` and `Z` or `+hh:mm`.
    pub fn info_date(&self) -> Option<String> {
        match self.objects.resolve(self.info.get("CreationDate")) {
            Obj::Str(bytes) => iso_date(&text_string(bytes)),
            _ => None,
        }
    }

    fn xmp_title(&self) -> Option<String> {
        let mut budget = MAX_DECODED_BYTES;
        let data = self
            .objects
            .decoded(self.catalog.get("Metadata"), &mut budget)?;
        let xml = String::from_utf8_lossy(&data);
        let title = &xml[xml.find("<dc:title")?..];
        let title = &title[..title.find("</dc:title>")?];
        let item = &title[title.find("<rdf:li")?..];
        let start = item.find('>')? + 1;
        let end = item.find("</rdf:li>")?;
        Some(crate::html::decode_entities(item.get(start..end)?))
    }
}

#[cfg(test)]
mod tests {
    use super::testing::{document, drawn, page_document, press_release, text_of, Extra, Writer};
    use super::*;

    #[test]
    fn scanned_pages_have_no_text() {
        let mut w = Writer::default();
        let image = w.stream(
            "/Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray \
             /BitsPerComponent 8",
            b"\xff",
        );
        let resources = format!("/XObject << /Im1 {image} 0 R >>");
        let page = b"q 612 0 0 792 0 0 cm /Im1 Do Q".to_vec();
        let bytes = document(
            w,
            &[page.clone(), page],
            Extra {
                resources: &resources,
                ..Extra::default()
            },
        );
        let error = Pdf::open(&bytes).unwrap_err();
        assert_eq!(error, PdfError::NoText { pages: 2 });
        assert!(error
            .to_string()
            .starts_with("is a PDF without a text layer (2 pages of images"));
    }

    #[test]
    fn encrypted_and_unreadable_files_are_refused() {
        let content = drawn(&[(72.0, 700.0, 12.0, "Secret")]);
        let trailer = "/Encrypt << /Filter /Standard /V 1 /R 2 >>";
        let bytes = document(
            Writer::default(),
            &[content],
            Extra {
                trailer,
                ..Extra::default()
            },
        );
        assert_eq!(Pdf::open(&bytes).unwrap_err(), PdfError::Encrypted);
        assert!(PdfError::Encrypted
            .to_string()
            .starts_with("is an encrypted PDF; "));
        let none = PdfError::Unreadable {
            why: "no objects found".into(),
        };
        assert_eq!(Pdf::open(b"hello, world").unwrap_err(), none);
        assert_eq!(Pdf::open(b"").unwrap_err(), none);
        assert_eq!(
            none.to_string(),
            "could not be read as a PDF (no objects found)"
        );
        let fonts_only = b"%PDF-1.4\n1 0 obj\n<< /Type /Font >>\nendobj\n";
        assert_eq!(
            Pdf::open(fonts_only).unwrap_err(),
            PdfError::Unreadable {
                why: "no pages found".into()
            }
        );
    }

    /// Random changes tried on each of two small documents.
    const MUTATIONS: usize = 600;

    /// Opens and reads everything, which must not panic.
    fn read_anything(bytes: &[u8]) {
        if let Ok(pdf) = Pdf::open(bytes) {
            let pages: Vec<Vec<Line>> = (0..pdf.page_count()).map(|i| pdf.page_lines(i)).collect();
            let text = assemble(&pages).text;
            assert!(
                !text.chars().any(|c| c.is_control() && c != '\n'),
                "{text:?}"
            );
            let _ = (pdf.info_title(), pdf.info_date());
        }
    }

    #[test]
    fn every_prefix_and_many_mutations_are_survived() {
        let compressed = press_release();
        for end in 0..compressed.len() {
            read_anything(&compressed[..end]);
        }
        let mut w = Writer::default();
        let content = w.stream(
            "",
            b"BT /F1 12 Tf 72 700 Td [(A) -300 (b)] TJ (c) ' ET /Fm Do",
        );
        let font = "<< /Subtype /Type1 /Widths [1 2] /FirstChar 65 >>";
        let plain = page_document(w, content, &format!("<< /Font << /F1 {font} >> >>"));
        let mut seed = 0x2545_f491_u32;
        let mut random = move || {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            seed as usize
        };
        let replacements = b"0[]<>()/%R \n\\9\xff";
        for source in [&compressed, &plain] {
            for _ in 0..MUTATIONS {
                let mut mutated = source.clone();
                for _ in 0..1 + random() % 4 {
                    let at = random() % mutated.len();
                    mutated[at] = replacements[random() % replacements.len()];
                }
                read_anything(&mutated);
            }
        }
    }

    #[test]
    fn fifty_pages_read_quickly() {
        /// A word of three letters for each number: lines differ by more than their digits.
        fn word(n: usize) -> String {
            [n / 676, n / 26, n]
                .iter()
                .map(|d| char::from(b'a' + (d % 26) as u8))
                .collect()
        }
        let pages: Vec<Vec<u8>> = (0..50)
            .map(|page| {
                let mut content = drawn(&[(72.0, 760.0, 9.0, &format!("Annual report {page}"))]);
                for i in 0..45 {
                    let text = format!(
                        "Revenue grew in {} this year if prices hold",
                        word(page * 45 + i)
                    );
                    content.extend(drawn(&[(72.0, 740.0 - 15.0 * i as f32, 11.0, &text)]));
                }
                content
            })
            .collect();
        let bytes = document(Writer::default(), &pages, Extra::default());
        let start = std::time::Instant::now();
        let text = text_of(&bytes);
        eprintln!(
            "50 pages ({} bytes) read in {:?}",
            bytes.len(),
            start.elapsed()
        );
        assert!(!text.contains("Annual report"));
        assert_eq!(text.matches("prices hold").count(), 50 * 45);
    }
}
