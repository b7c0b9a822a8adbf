//! Properties of reading user files, over arbitrary input.

use parallax_ingest::{decode, html, import, markdown};
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    /// Valid UTF-8 comes back unchanged (a leading byte-order mark is the one thing removed).
    #[test]
    fn utf8_round_trips(text in any::<String>()) {
        let decoded = decode(text.as_bytes());
        prop_assert_eq!(decoded.encoding, encoding_rs::UTF_8);
        prop_assert_eq!(decoded.text, text.strip_prefix('\u{feff}').unwrap_or(&text));
    }

    /// UTF-16 with its byte-order mark, either byte order, gives the text back.
    #[test]
    fn utf16_round_trips(text in any::<String>()) {
        let mut le = vec![0xff, 0xfe];
        le.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        let mut be = vec![0xfe, 0xff];
        be.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
        prop_assert_eq!(&decode(&le).text, &text);
        prop_assert_eq!(&decode(&be).text, &text);
    }

    /// Any bytes under any name: an article or a reason, never a panic; an accepted article
    /// has text that is not only white space.
    #[test]
    fn import_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..600), ext in "(txt|md|html|mhtml|docx|pdf|png|)") {
        let name = format!("file.{ext}");
        if let Ok(imported) = import(&name, &bytes) {
            prop_assert!(!imported.text.trim().is_empty());
        }
    }

    /// Markup-like input never panics the readers, and no tag in the input survives HTML
    /// reading: without character references (which may spell `&lt;p`), no `<` in the output
    /// is followed by a letter or `/`.
    #[test]
    fn readers_are_total(text in "([<>/a-z =\"'&;#!-]|p|div|script|title|article|&lt;|&amp;|\n){0,120}") {
        let _ = markdown::to_text(&text);
        let out = html::to_text(&text);
        if !text.contains('&') {
            let tag_like = out
                .match_indices('<')
                .any(|(i, _)| out[i + 1..].starts_with(|c: char| c.is_ascii_alphabetic() || c == '/'));
            prop_assert!(!tag_like, "{:?} gave {:?}", text, out);
        }
    }
}
