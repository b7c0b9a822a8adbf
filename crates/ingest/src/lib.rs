//! Turns a file a user brings (`.txt`, `.md`, `.html`) into an article's text, or says why it
//! cannot, in words that name the file. Pure Rust, no web dependency: the CLI uses it today and
//! the browser app uses the same code for dropped and picked files.
//!
//! * **Decoding** ([`decode`], through `encoding_rs`): a byte-order mark decides (UTF-8,
//!   UTF-16LE, UTF-16BE); without one, valid UTF-8 is UTF-8, and anything else is read as
//!   Windows-1252, the usual encoding of older Western files. Every fallback is reported
//!   ([`Decoded::note`]) so the user can be told.
//! * **Refusals** ([`Refusal`]): empty files, files over [`MAX_FILE_BYTES`], binary files
//!   (known signatures such as PNG or PDF, NUL bytes, or many control characters), and types
//!   other than text, Markdown and HTML.
//! * **Formats**: plain text is kept as written; Markdown loses its markup
//!   ([`markdown::to_text`]); HTML is reduced to its readable text, title first
//!   ([`html::to_text`]).
//!
//! The text that comes out is what the engine reads and what every byte range then indexes;
//! it is never parsed as HTML again.

pub mod html;
pub mod markdown;

use std::fmt;

/// Largest file accepted, in bytes (8 MiB): far above any news article (the seeds are 3–6 KB;
/// a 1 MB file is a long report), low enough that a mistaken drop of a video is refused at once.
pub const MAX_FILE_BYTES: usize = 8 * 1024 * 1024;

/// Share of control characters (other than tab, line breaks and form feed) above which
/// decoded text is taken for binary data: 1 in 100 characters.
pub const MAX_CONTROL_SHARE: f64 = 0.01;

/// What kind of file it is, from its name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// `.txt`, or no extension: kept as written.
    Text,
    /// `.md`, `.markdown`: markup removed.
    Markdown,
    /// `.html`, `.htm`: reduced to its readable text.
    Html,
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
            _ => None,
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

/// The encoding a file was read in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    /// UTF-8 (with or without a byte-order mark).
    Utf8,
    /// UTF-16, little-endian, from its byte-order mark.
    Utf16Le,
    /// UTF-16, big-endian, from its byte-order mark.
    Utf16Be,
    /// Windows-1252: the fallback for bytes that are not UTF-8.
    Windows1252,
}

impl Encoding {
    /// Its usual name.
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Utf16Le => "UTF-16LE",
            Encoding::Utf16Be => "UTF-16BE",
            Encoding::Windows1252 => "Windows-1252",
        }
    }
}

/// Decoded text and how it was decoded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    /// The text, without a byte-order mark.
    pub text: String,
    /// The encoding used.
    pub encoding: Encoding,
    /// Whether a byte-order mark said so.
    pub had_bom: bool,
    /// Whether malformed sequences were replaced with U+FFFD.
    pub had_errors: bool,
}

impl Decoded {
    /// What the user should know about the decoding, if anything: a fallback or a repair.
    pub fn note(&self) -> Option<String> {
        match (self.encoding, self.had_errors) {
            (Encoding::Windows1252, _) => {
                Some("not UTF-8: read as Windows-1252 (older Western text)".to_string())
            }
            (encoding, true) => Some(format!(
                "{}: some malformed bytes were replaced with �",
                encoding.name()
            )),
            _ => None,
        }
    }
}

/// Decodes a file's bytes: by its byte-order mark, else as UTF-8 when valid, else as
/// Windows-1252.
///
/// Through `encoding_rs::mem` (UTF-16 to UTF-8, Latin-1 to UTF-8) rather than its
/// `Encoding`/`Decoder` API: a `Decoder` dispatches over every encoding, so using it links all
/// of their tables into the browser build (measured: 149 KB of gzip wasm for this crate,
/// against a few KB). The tests check the result against `encoding_rs`'s own decoders.
pub fn decode(bytes: &[u8]) -> Decoded {
    let (encoding, bom_length) = if bytes.starts_with(b"\xef\xbb\xbf") {
        (Encoding::Utf8, 3)
    } else if bytes.starts_with(b"\xff\xfe") {
        (Encoding::Utf16Le, 2)
    } else if bytes.starts_with(b"\xfe\xff") {
        (Encoding::Utf16Be, 2)
    } else {
        return match std::str::from_utf8(bytes) {
            Ok(text) => Decoded {
                text: text.to_string(),
                encoding: Encoding::Utf8,
                had_bom: false,
                had_errors: false,
            },
            Err(_) => Decoded {
                text: decode_windows_1252(bytes),
                encoding: Encoding::Windows1252,
                had_bom: false,
                had_errors: false,
            },
        };
    };
    let rest = &bytes[bom_length..];
    let (text, had_errors) = match encoding {
        Encoding::Utf16Le => decode_utf16(rest, u16::from_le_bytes),
        Encoding::Utf16Be => decode_utf16(rest, u16::from_be_bytes),
        _ => match String::from_utf8_lossy(rest) {
            std::borrow::Cow::Borrowed(text) => (text.to_string(), false),
            std::borrow::Cow::Owned(text) => (text, true),
        },
    };
    Decoded {
        text,
        encoding,
        had_bom: true,
        had_errors,
    }
}

/// UTF-16 code units (read with `unit`) as text; unpaired surrogates and a final odd byte
/// become U+FFFD and count as errors.
fn decode_utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> (String, bool) {
    let units: Vec<u16> = bytes
        .chunks_exact(2)
        .map(|pair| unit([pair[0], pair[1]]))
        .collect();
    let mut had_errors = encoding_rs::mem::utf16_valid_up_to(&units) < units.len();
    // At most three UTF-8 bytes per UTF-16 unit.
    let mut utf8 = vec![0; units.len() * 3];
    let written = encoding_rs::mem::convert_utf16_to_utf8(&units, &mut utf8);
    utf8.truncate(written);
    let mut text = String::from_utf8(utf8)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    if bytes.len() % 2 == 1 {
        text.push('\u{fffd}');
        had_errors = true;
    }
    (text, had_errors)
}

/// What Windows-1252 puts at 0x80–0x9F, where it differs from Latin-1 (the WHATWG index:
/// the five unassigned bytes map to the C1 controls of the same value).
const WINDOWS_1252_HIGH: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
];

/// Windows-1252 bytes as text: Latin-1 (`encoding_rs::mem::decode_latin1`) with 0x80–0x9F
/// mapped as Windows-1252 maps them. Every byte is a character, so this never fails.
fn decode_windows_1252(bytes: &[u8]) -> String {
    encoding_rs::mem::decode_latin1(bytes)
        .chars()
        .map(|c| match c {
            '\u{80}'..='\u{9f}' => WINDOWS_1252_HIGH[c as usize - 0x80],
            c => c,
        })
        .collect()
}

/// Why a file was not added.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// No bytes, or only white space (after removing markup).
    Empty,
    /// More than [`MAX_FILE_BYTES`].
    TooLarge {
        /// The file's size in bytes.
        bytes: usize,
    },
    /// Not text: `what` says how it was recognised.
    Binary {
        /// E.g. "a PNG image", "NUL bytes", "control characters".
        what: &'static str,
    },
    /// A file type other than text, Markdown or HTML.
    UnsupportedType {
        /// The extension, lower case.
        extension: String,
    },
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Refusal::Empty => write!(f, "is empty: there is no text to compare"),
            Refusal::TooLarge { bytes } => write!(
                f,
                "is too large ({} MB; the limit is {} MB)",
                megabytes(*bytes),
                megabytes(MAX_FILE_BYTES)
            ),
            Refusal::Binary { what } => {
                write!(
                    f,
                    "is not a text file ({what}); add .txt, .md or .html files"
                )
            }
            Refusal::UnsupportedType { extension } => write!(
                f,
                "is a .{extension} file; Parallax reads .txt, .md and .html files"
            ),
        }
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
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Imported {
    /// The article's text, as the engine reads it: for HTML and Markdown, the readable text
    /// (title on the first line).
    pub text: String,
    /// The file's format.
    pub format: Format,
    /// How its bytes were decoded.
    pub encoding: Encoding,
    /// What the user should know about the decoding ([`Decoded::note`]).
    pub note: Option<String>,
}

/// Reads a file called `file_name` with contents `bytes` as an article, or says why not.
pub fn import(file_name: &str, bytes: &[u8]) -> Result<Imported, Refusal> {
    let format = Format::of(file_name).ok_or_else(|| Refusal::UnsupportedType {
        extension: extension(file_name).unwrap_or_default(),
    })?;
    if bytes.len() > MAX_FILE_BYTES {
        return Err(Refusal::TooLarge { bytes: bytes.len() });
    }
    if let Some(what) = binary_signature(bytes) {
        return Err(Refusal::Binary { what });
    }
    let decoded = decode(bytes);
    if decoded.text.contains('\0') {
        return Err(Refusal::Binary { what: "NUL bytes" });
    }
    if too_many_controls(&decoded.text) {
        return Err(Refusal::Binary {
            what: "control characters",
        });
    }
    let note = decoded.note();
    let text = match format {
        Format::Text => decoded.text,
        Format::Markdown => markdown::to_text(&decoded.text),
        Format::Html => html::to_text(&decoded.text),
    };
    if text.trim().is_empty() {
        return Err(Refusal::Empty);
    }
    Ok(Imported {
        text,
        format,
        encoding: decoded.encoding,
        note,
    })
}

/// Signatures of common binary files someone might drop by mistake (or rename to `.txt`).
const SIGNATURES: &[(&[u8], &str)] = &[
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
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
    fn formats_by_extension() {
        assert_eq!(Format::of("a.txt"), Some(Format::Text));
        assert_eq!(Format::of("A.MD"), Some(Format::Markdown));
        assert_eq!(Format::of("page.HTM"), Some(Format::Html));
        assert_eq!(Format::of("notes"), Some(Format::Text));
        assert_eq!(Format::of(".profile"), Some(Format::Text));
        assert_eq!(Format::of("photo.png"), None);
    }

    #[test]
    fn decodes_utf8_with_and_without_bom() {
        let plain = decode("Café “quoted”".as_bytes());
        assert_eq!(plain.text, "Café “quoted”");
        assert_eq!(
            (plain.encoding, plain.had_bom, plain.note()),
            (Encoding::Utf8, false, None)
        );
        let bom = decode(b"\xef\xbb\xbfCaf\xc3\xa9");
        assert_eq!((bom.text.as_str(), bom.had_bom), ("Café", true));
        assert_eq!(bom.note(), None);
    }

    #[test]
    fn decodes_utf16_by_its_bom() {
        let text = "Tillerson said: “low point”.";
        let mut le = vec![0xff, 0xfe];
        le.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        let mut be = vec![0xfe, 0xff];
        be.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
        assert_eq!(decode(&le).text, text);
        assert_eq!(decode(&le).encoding, Encoding::Utf16Le);
        assert_eq!(decode(&be).text, text);
        assert_eq!(decode(&be).encoding, Encoding::Utf16Be);
        // UTF-16 text has NUL bytes; it is still text.
        assert!(import("q.txt", &le).is_ok());
    }

    #[test]
    fn falls_back_to_windows_1252_and_says_so() {
        // “Café” – 5 €, as an old Windows editor saves it.
        let bytes = b"\x93Caf\xe9\x94 \x96 5 \x80";
        let decoded = decode(bytes);
        assert_eq!(decoded.text, "“Café” – 5 €");
        assert_eq!(decoded.encoding, Encoding::Windows1252);
        assert!(decoded.note().is_some_and(|n| n.contains("Windows-1252")));
        let imported = import("old.txt", bytes).expect("text");
        assert_eq!(imported.note, decoded.note());
    }

    #[test]
    fn windows_1252_matches_encoding_rs_for_every_byte() {
        let bytes: Vec<u8> = (0..=255).collect();
        let (expected, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(&bytes);
        assert_eq!(decode_windows_1252(&bytes), expected);
    }

    #[test]
    fn utf16_matches_encoding_rs_with_broken_input() {
        // A lone high surrogate, a lone low surrogate, and an odd final byte.
        let mut le = Vec::new();
        for unit in [0x0041u16, 0xd800, 0x0042, 0xdc00, 0xd83d, 0xde00] {
            le.extend(unit.to_le_bytes());
        }
        le.push(0x43);
        let (expected, errors) = encoding_rs::UTF_16LE.decode_without_bom_handling(&le);
        assert_eq!(
            decode_utf16(&le, u16::from_le_bytes),
            (expected.into_owned(), errors)
        );
        assert!(errors);
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
        let big = vec![b'a'; MAX_FILE_BYTES + 1];
        assert_eq!(
            import("big.txt", &big),
            Err(Refusal::TooLarge {
                bytes: MAX_FILE_BYTES + 1
            })
        );
        assert_eq!(
            import("clip.mp4", b"...."),
            Err(Refusal::UnsupportedType {
                extension: "mp4".into()
            })
        );
    }

    #[test]
    fn refusals_read_well() {
        assert_eq!(
            Refusal::TooLarge {
                bytes: 12 * 1024 * 1024 + 1
            }
            .to_string(),
            "is too large (12.1 MB; the limit is 8 MB)"
        );
        assert_eq!(
            Refusal::Binary {
                what: "a PNG image"
            }
            .to_string(),
            "is not a text file (a PNG image); add .txt, .md or .html files"
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
