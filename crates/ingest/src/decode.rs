//! Bytes to text: which encoding a file is in, and its text in that encoding.
//!
//! The order is the one browsers follow, with a guess where they would guess:
//! 1. a byte-order mark (UTF-8, UTF-16LE, UTF-16BE) decides;
//! 2. else, when the bytes are valid UTF-8 and not all ASCII, UTF-8 whatever the file
//!    declares: text in another encoding is practically never valid UTF-8 by accident, while
//!    pages re-saved as UTF-8 with their old `<meta charset>` (browsers do this) and Western
//!    pages labelled ISO-8859-1 are common;
//! 3. else what the file declares (an HTML page's `<meta charset>` or `http-equiv`, an
//!    `.mhtml` part's `Content-Type`);
//! 4. else valid (ASCII) UTF-8 is UTF-8;
//! 5. else the encoding is guessed from the bytes (`chardetng`, the detector Firefox uses):
//!    windows-125x, ISO-8859-x, KOI8-R/U, GBK/GB18030, Big5, Shift_JIS, EUC-JP, EUC-KR.
//!
//! Decoding is `encoding_rs` (the WHATWG Encoding Standard). Whenever the text was not simply
//! UTF-8, [`Decoded::note`] says what it was read as, so the article's note can tell the user.

use encoding_rs::Encoding;

use crate::find;

/// How many bytes at the start of a page are searched for its declared encoding. The HTML
/// standard's pre-scan reads 1,024; saved pages often carry long comments and scripts first.
pub const DECLARATION_WINDOW: usize = 8 * 1024;

/// How the encoding was chosen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// A byte-order mark.
    Bom,
    /// The file declared it.
    Declared,
    /// The bytes are valid UTF-8 and nothing was declared.
    Utf8,
    /// Guessed from the bytes.
    Guessed,
}

/// Decoded text and how it was decoded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    /// The text, without a byte-order mark.
    pub text: String,
    /// The encoding used.
    pub encoding: &'static Encoding,
    /// How it was chosen.
    pub source: Source,
    /// Whether malformed sequences were replaced with U+FFFD.
    pub had_errors: bool,
}

impl Decoded {
    /// What the user should know about the decoding: the encoding when it was not UTF-8 (and
    /// whether it was declared or guessed), and any repair.
    pub fn note(&self) -> Option<String> {
        let name = self.encoding.name();
        let utf = self.encoding == encoding_rs::UTF_8
            || self.encoding == encoding_rs::UTF_16LE
            || self.encoding == encoding_rs::UTF_16BE;
        let read_as = match (utf, self.source) {
            (true, _) => None,
            (false, Source::Guessed) => Some(format!(
                "not UTF-8 and no encoding stated: read as {name} (a guess from its bytes)"
            )),
            (false, _) => Some(format!("read as {name}, the encoding it states")),
        };
        let repaired = self
            .had_errors
            .then(|| format!("{name}: some malformed bytes were replaced with �"));
        match (read_as, repaired) {
            (Some(a), Some(b)) => Some(format!("{a}; {b}")),
            (a, b) => a.or(b),
        }
    }
}

/// Decodes bytes that declare nothing (a plain text or Markdown file).
pub fn decode(bytes: &[u8]) -> Decoded {
    decode_declared(bytes, None)
}

/// Decodes bytes whose container declared the encoding `declared` (a WHATWG label such as
/// `"windows-1251"` or `"shift_jis"`; unknown labels count as no declaration).
pub fn decode_declared(bytes: &[u8], declared: Option<&str>) -> Decoded {
    if let Some((encoding, bom_length)) = Encoding::for_bom(bytes) {
        return with(encoding, Source::Bom, &bytes[bom_length..]);
    }
    let declared = declared.and_then(declared_encoding);
    let valid_utf8 = std::str::from_utf8(bytes).is_ok();
    match declared {
        _ if valid_utf8 && !bytes.is_ascii() => with(encoding_rs::UTF_8, Source::Utf8, bytes),
        Some(encoding) => with(encoding, Source::Declared, bytes),
        None if valid_utf8 => with(encoding_rs::UTF_8, Source::Utf8, bytes),
        None => with(guess(bytes), Source::Guessed, bytes),
    }
}

/// The encoding a label names, as a page's declaration is read: UTF-16 labels mean UTF-8
/// (a page that could be read far enough to find the label is not UTF-16), and
/// `x-user-defined` means windows-1252.
fn declared_encoding(label: &str) -> Option<&'static Encoding> {
    let encoding = Encoding::for_label(label.trim().as_bytes())?;
    Some(
        if encoding == encoding_rs::UTF_16LE || encoding == encoding_rs::UTF_16BE {
            encoding_rs::UTF_8
        } else if encoding == encoding_rs::X_USER_DEFINED {
            encoding_rs::WINDOWS_1252
        } else {
            encoding
        },
    )
}

/// Fewest bytes outside ASCII a guess goes on: with fewer (a word or two with an accent in
/// an otherwise English text), windows-1252, the commonest legacy encoding by far, is likelier
/// than anything a detector can tell from them.
pub const MIN_GUESS_BYTES: usize = 16;

/// The most likely encoding of bytes that are not UTF-8: the detector's guess when it is
/// sure of it and has [`MIN_GUESS_BYTES`] to go on, else windows-1252.
fn guess(bytes: &[u8]) -> &'static Encoding {
    if bytes.iter().filter(|b| !b.is_ascii()).count() < MIN_GUESS_BYTES {
        return encoding_rs::WINDOWS_1252;
    }
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(bytes, true);
    match detector.guess_assess(None, false) {
        (encoding, true) => encoding,
        (_, false) => encoding_rs::WINDOWS_1252,
    }
}

fn with(encoding: &'static Encoding, source: Source, bytes: &[u8]) -> Decoded {
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    Decoded {
        text: text.into_owned(),
        encoding,
        source,
        had_errors,
    }
}

/// The encoding an HTML page declares in its first [`DECLARATION_WINDOW`] bytes:
/// `<meta charset="…">` or `<meta http-equiv="Content-Type" content="…; charset=…">`.
/// Only ASCII matters here, so the bytes are searched as they are.
pub fn html_declared_charset(bytes: &[u8]) -> Option<String> {
    let window = &bytes[..bytes.len().min(DECLARATION_WINDOW)];
    let lower: Vec<u8> = window.iter().map(u8::to_ascii_lowercase).collect();
    let mut from = 0;
    while let Some(at) = find(&lower[from..], b"<meta") {
        let start = from + at;
        let end = lower[start..]
            .iter()
            .position(|&b| b == b'>')
            .map_or(lower.len(), |e| start + e);
        if let Some(label) = charset_in(&lower[start..end]) {
            return Some(label);
        }
        from = end.max(start + 1);
    }
    None
}

/// The value after `charset=` in a `<meta …>` tag's bytes (lower case), quotes removed.
pub fn charset_in(tag: &[u8]) -> Option<String> {
    let at = find(tag, b"charset")? + b"charset".len();
    let rest = &tag[at..];
    let rest = rest
        .trim_ascii_start()
        .strip_prefix(b"=")?
        .trim_ascii_start();
    let rest = rest
        .strip_prefix(b"\"")
        .or_else(|| rest.strip_prefix(b"'"))
        .unwrap_or(rest);
    let label: Vec<u8> = rest
        .iter()
        .copied()
        .take_while(|b| !matches!(b, b'"' | b'\'' | b';' | b'/' | b'>') && !b.is_ascii_whitespace())
        .collect();
    (!label.is_empty()).then(|| String::from_utf8_lossy(&label).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn encoded(encoding: &'static Encoding, text: &str) -> Vec<u8> {
        let (bytes, _, errors) = encoding.encode(text);
        assert!(!errors, "{} cannot encode {text}", encoding.name());
        bytes.into_owned()
    }

    #[test]
    fn utf8_with_and_without_bom_needs_no_note() {
        let plain = decode("Café “quoted”".as_bytes());
        assert_eq!(plain.text, "Café “quoted”");
        assert_eq!(
            (plain.encoding, plain.source),
            (encoding_rs::UTF_8, Source::Utf8)
        );
        assert_eq!(plain.note(), None);
        let bom = decode(b"\xef\xbb\xbfCaf\xc3\xa9");
        assert_eq!((bom.text.as_str(), bom.source), ("Café", Source::Bom));
        assert_eq!(bom.note(), None);
    }

    #[test]
    fn utf16_by_its_bom_even_with_broken_units() {
        let text = "Tillerson said: “low point”.";
        let mut le = vec![0xff, 0xfe];
        le.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        let mut be = vec![0xfe, 0xff];
        be.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
        assert_eq!(decode(&le).text, text);
        assert_eq!(decode(&le).encoding, encoding_rs::UTF_16LE);
        assert_eq!(decode(&be).text, text);
        let broken = decode(&[0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x43]);
        assert!(broken.had_errors);
        assert!(broken.note().is_some_and(|n| n.contains("replaced")));
    }

    #[test]
    fn declared_encodings_are_read_and_named() {
        let cases: [(&str, &'static Encoding, &str); 7] = [
            (
                "windows-1251",
                encoding_rs::WINDOWS_1251,
                "Новости дня: правительство объявило",
            ),
            (
                "koi8-r",
                encoding_rs::KOI8_R,
                "Новости дня: правительство объявило",
            ),
            ("gbk", encoding_rs::GBK, "今日新闻：政府宣布新的预算计划"),
            ("big5", encoding_rs::BIG5, "今日新聞：政府宣布新的預算計劃"),
            (
                "shift_jis",
                encoding_rs::SHIFT_JIS,
                "今日のニュース：政府が新しい予算を発表",
            ),
            (
                "euc-kr",
                encoding_rs::EUC_KR,
                "오늘의 뉴스: 정부가 새 예산을 발표했다",
            ),
            (
                "iso-8859-2",
                encoding_rs::ISO_8859_2,
                "Zpráva dne: vláda oznámila rozpočet",
            ),
        ];
        for (label, encoding, text) in cases {
            let decoded = decode_declared(&encoded(encoding, text), Some(label));
            assert_eq!(decoded.text, text, "{label}");
            assert_eq!(decoded.source, Source::Declared);
            let note = decoded.note().expect("a note");
            assert!(note.contains(encoding.name()), "{note}");
        }
    }

    #[test]
    fn undeclared_legacy_text_is_guessed() {
        let cases: [(&'static Encoding, &str); 5] = [
            (
                encoding_rs::WINDOWS_1251,
                "Президент заявил, что правительство рассмотрит новый бюджет на следующей неделе. Об этом сообщили в пресс-службе.",
            ),
            (
                encoding_rs::GBK,
                "国务院总理今天在北京主持召开常务会议，部署进一步做好稳就业工作，决定延续实施部分减税降费政策。",
            ),
            (
                encoding_rs::SHIFT_JIS,
                "政府は今日、新しい経済対策を発表した。首相は記者会見で、来年度の予算案について説明した。",
            ),
            (
                encoding_rs::EUC_KR,
                "정부는 오늘 새로운 경제 대책을 발표했다. 총리는 기자회견에서 내년도 예산안에 대해 설명했다.",
            ),
            (
                encoding_rs::WINDOWS_1252,
                "“Café” – the minister’s statement on the économie was published on Monday.",
            ),
        ];
        for (encoding, text) in cases {
            let decoded = decode(&encoded(encoding, text));
            assert_eq!(decoded.encoding, encoding, "{text}");
            assert_eq!(decoded.text, text);
            assert_eq!(decoded.source, Source::Guessed);
            assert!(decoded.note().is_some_and(|n| n.contains("guess")));
        }
    }

    #[test]
    fn a_few_accented_bytes_are_windows_1252() {
        // Windows-1252 with one UTF-8 no-break space pasted in: too little for a guess.
        let bytes = b"Caf\xe9 owners \x93protest\x94\r\n\r\nThe owners met\xc2\xa0on Monday.";
        let decoded = decode(bytes);
        assert_eq!(decoded.encoding, encoding_rs::WINDOWS_1252);
        assert!(decoded.text.starts_with("Café owners “protest”"));
    }

    #[test]
    fn a_mislabelled_utf8_page_is_read_as_utf8() {
        let text = "Émile said “yes”";
        let decoded = decode_declared(text.as_bytes(), Some("iso-8859-1"));
        assert_eq!(
            (decoded.text.as_str(), decoded.source),
            (text, Source::Utf8)
        );
        // A Chinese page re-saved as UTF-8 that still says GBK.
        let text = "国务院总理今天在北京主持召开常务会议";
        let decoded = decode_declared(text.as_bytes(), Some("gbk"));
        assert_eq!(
            (decoded.text.as_str(), decoded.source),
            (text, Source::Utf8)
        );
        // A real windows-1252 page keeps its declaration.
        let decoded = decode_declared(b"\x93Caf\xe9\x94", Some("iso-8859-1"));
        assert_eq!(decoded.text, "“Café”");
    }

    #[test]
    fn pages_declare_their_charset_either_way() {
        let page = br#"<!doctype html><html><head><META http-equiv="Content-Type" content="text/html; charset=windows-1251"><title>x"#;
        assert_eq!(html_declared_charset(page).as_deref(), Some("windows-1251"));
        let page = b"<html><head><meta charset='Shift_JIS'/><title>";
        assert_eq!(html_declared_charset(page).as_deref(), Some("shift_jis"));
        let page = b"<html><head><meta name=description content=charset><title>";
        assert_eq!(html_declared_charset(page), None);
        assert_eq!(html_declared_charset(b"<meta charset="), None);
    }
}
