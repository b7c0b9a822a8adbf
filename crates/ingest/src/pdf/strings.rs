//! Document information strings: text strings (PDFDocEncoding, UTF-16), dates, XML escapes in
//! XMP metadata, and which title properties name the document rather than a file.

use super::content::{clean_text, single_spaced};
use super::fonts::utf16_text;

/// Extensions of the file names that programs put in a document's title property.
const FILE_EXTENSIONS: [&str; 12] = [
    "doc", "docx", "pdf", "htm", "html", "txt", "rtf", "odt", "indd", "qxd", "ps", "pages",
];

/// PDFDocEncoding's codes 0x80 to 0xA0 (0x9F is undefined).
const PDF_DOC_HIGH: &str = "•†‡…—–ƒ⁄‹›−‰„“”‘’‚™ﬁﬂŁŒŠŸŽıłœšž\u{fffd}€";

/// A title property, single-spaced, unless empty or naming a file rather than the document.
pub(super) fn document_title(title: &str) -> Option<String> {
    let title = single_spaced(title);
    let lower = title.to_lowercase();
    let file = lower
        .rsplit_once('.')
        .is_some_and(|(_, ext)| FILE_EXTENSIONS.contains(&ext));
    let program =
        lower.starts_with("microsoft word - ") || lower.starts_with("microsoft powerpoint - ");
    let untitled = lower
        .strip_prefix("untitled")
        .is_some_and(|rest| !rest.contains(char::is_alphabetic));
    let placeholder = program || untitled;
    (!title.is_empty() && !file && !placeholder).then_some(title)
}

/// A text string: UTF-16BE or UTF-8 with a byte-order mark, else PDFDocEncoding; cleaned.
pub(super) fn text_string(bytes: &[u8]) -> String {
    let text = if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        utf16_text(rest)
    } else if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        String::from_utf8_lossy(rest).into_owned()
    } else {
        let doc = |b: u8| match b {
            0x80..=0xA0 => PDF_DOC_HIGH
                .chars()
                .nth(usize::from(b - 0x80))
                .unwrap_or(' '),
            _ => char::from(b),
        };
        bytes.iter().map(|&b| doc(b)).collect()
    };
    clean_text(&text).replace('\u{ad}', "")
}

/// A PDF date (`D:YYYYMMDDHHmmSSOHH'mm'`) as ISO 8601; a date alone when the time or its offset
/// is not given; `None` without a valid year, month and day.
pub(super) fn iso_date(text: &str) -> Option<String> {
    let text = text.trim();
    let text = text.strip_prefix("D:").unwrap_or(text);
    let digits: String = text
        .chars()
        .take_while(char::is_ascii_digit)
        .take(14)
        .collect();
    let field = |from: usize, len: usize| digits.get(from..from + len)?.parse::<u32>().ok();
    let (year, month, day) = (field(0, 4)?, field(4, 2)?, field(6, 2)?);
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    let date = format!("{year:04}-{month:02}-{day:02}");
    let (Some(hour), Some(minute)) = (field(8, 2), field(10, 2)) else {
        return Some(date);
    };
    let second = field(12, 2).unwrap_or(0);
    if hour > 23 || minute > 59 || second > 60 {
        return Some(date);
    }
    let zone: Vec<char> = text[digits.len()..]
        .chars()
        .filter(|c| *c != '\'')
        .collect();
    let offset = match zone.first() {
        Some('Z') => "Z".to_string(),
        Some(sign @ ('+' | '-')) => {
            let rest: String = zone[1..]
                .iter()
                .take_while(|c| c.is_ascii_digit())
                .collect();
            let hours = rest.get(..2).and_then(|h| h.parse::<u32>().ok());
            let minutes = rest
                .get(2..4)
                .and_then(|m| m.parse::<u32>().ok())
                .unwrap_or(0);
            match hours {
                Some(h) if h < 24 && minutes < 60 => format!("{sign}{h:02}:{minutes:02}"),
                _ => return Some(date),
            }
        }
        _ => return Some(date),
    };
    Some(format!("{date}T{hour:02}:{minute:02}:{second:02}{offset}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pdf::testing::{document, drawn, press_release, Extra, Writer};
    use crate::pdf::Pdf;

    #[test]
    fn the_information_dictionary_gives_title_and_date() {
        let pdf = Pdf::open(&press_release()).unwrap();
        assert_eq!(pdf.info_title().as_deref(), Some("Talks to resume"));
        assert_eq!(
            pdf.info_date().as_deref(),
            Some("2017-12-13T09:41:00+01:00")
        );
        assert_eq!(iso_date("D:20171213"), Some("2017-12-13".into()));
        assert_eq!(
            iso_date("D:20171213094100Z00'00'"),
            Some("2017-12-13T09:41:00Z".into())
        );
        assert_eq!(
            iso_date("D:201712130941-05'30"),
            Some("2017-12-13T09:41:00-05:30".into())
        );
        assert_eq!(iso_date("D:20171213094100"), Some("2017-12-13".into()));
        assert_eq!(iso_date("D:2017"), None);
        assert_eq!(iso_date("D:20171340"), None);
        assert_eq!(text_string(b"\xfe\xff\x00T\x20\x14\x00x"), "T—x");
        assert_eq!(text_string(b"Caf\xe9 \x8d\x84\x8e"), "Café “—”");
    }

    #[test]
    fn an_xmp_title_stands_in_for_a_missing_info_title() {
        let mut w = Writer::default();
        let xmp = "<x:xmpmeta><dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">Storm &amp; \
                   surge</rdf:li></rdf:Alt></dc:title></x:xmpmeta>";
        let metadata = w.stream("/Type /Metadata /Subtype /XML", xmp.as_bytes());
        let catalog = format!("/Metadata {metadata} 0 R");
        let content = drawn(&[(72.0, 700.0, 12.0, "Body")]);
        let bytes = document(
            w,
            &[content],
            Extra {
                catalog: &catalog,
                ..Extra::default()
            },
        );
        let pdf = Pdf::open(&bytes).unwrap();
        assert_eq!(pdf.info_title().as_deref(), Some("Storm & surge"));
        assert_eq!(pdf.info_date(), None);
        assert_eq!(
            document_title(" Talks\n resume "),
            Some("Talks resume".into())
        );
        for junk in [
            "",
            "draft.docx",
            "Microsoft Word - Talks",
            "Untitled-1",
            "page.HTML",
        ] {
            assert_eq!(document_title(junk), None, "{junk}");
        }
    }
}
