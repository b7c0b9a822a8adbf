//! Fonts and encodings: what a font's codes stand for (`/ToUnicode` CMaps, simple fonts'
//! encodings and glyph names) and how wide each is.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::objects::Objects;
use super::syntax::{index, Dict, Lexer, Obj, Token};

/// Most mapping entries read from one CMap.
const MAX_CMAP_ENTRIES: usize = 100_000;
/// Width of a glyph whose font gives none, in thousandths of an em.
const DEFAULT_WIDTH: f32 = 500.0;

/// What a font's codes stand for: how many bytes each takes, its text, its width.
pub(super) struct Font {
    /// A composite (Type0) font: two-byte codes unless its map's code space says otherwise.
    composite: bool,
    /// The `/ToUnicode` map, when there is one: it comes first.
    to_unicode: Option<CMap>,
    /// Text of each one-byte code by the font's encoding (simple fonts); empty when unknown.
    encoding: Vec<String>,
    /// The codes are Unicode themselves (composite fonts with a UCS-2 or UTF-16 encoding).
    unicode_codes: bool,
    pub(super) widths: Widths,
}

impl Font {
    pub(super) fn load(objects: &Objects, font: &Dict, budget: &mut usize) -> Font {
        let to_unicode = objects
            .decoded(font.get("ToUnicode"), budget)
            .map(|d| CMap::parse(&d));
        let subtype = objects.get(font, "Subtype").name().unwrap_or_default();
        if subtype == b"Type0" {
            let encoding = objects.get(font, "Encoding").name().unwrap_or_default();
            let contains = |part: &[u8]| encoding.windows(part.len()).any(|w| w == part);
            let descendant = objects.get(font, "DescendantFonts").array().first();
            let descendant = descendant.and_then(|d| objects.resolve(d).dict());
            return Font {
                composite: true,
                to_unicode,
                encoding: Vec::new(),
                unicode_codes: contains(b"UCS2") || contains(b"UTF16"),
                widths: descendant.map_or_else(|| Widths::new(1000.0), |d| Widths::cid(objects, d)),
            };
        }
        Font {
            composite: false,
            to_unicode,
            encoding: simple_encoding(objects, font, subtype),
            unicode_codes: false,
            widths: Widths::simple(objects, font, subtype == b"Type3"),
        }
    }

    /// The codes in shown bytes, each with its length in bytes.
    pub(super) fn codes(&self, bytes: &[u8]) -> Vec<(u32, usize)> {
        let mut codes = Vec::with_capacity(bytes.len());
        let mut i = 0;
        while i < bytes.len() {
            let rest = &bytes[i..];
            let len = if self.composite {
                self.to_unicode
                    .as_ref()
                    .and_then(|m| m.code_len(rest))
                    .unwrap_or(2)
            } else {
                1
            };
            let len = len.clamp(1, rest.len());
            codes.push((code_value(&rest[..len]), len));
            i += len;
        }
        codes
    }

    /// A code's text; empty when it cannot be known.
    pub(super) fn text(&self, code: u32) -> String {
        if let Some(text) = self.to_unicode.as_ref().and_then(|m| m.lookup(code)) {
            return text;
        }
        if self.unicode_codes {
            return char::from_u32(code).map(String::from).unwrap_or_default();
        }
        match usize::try_from(code)
            .ok()
            .and_then(|c| self.encoding.get(c))
        {
            Some(text) if !self.composite => text.clone(),
            _ => String::new(),
        }
    }
}

fn code_value(bytes: &[u8]) -> u32 {
    bytes
        .iter()
        .take(4)
        .fold(0, |acc, &b| acc << 8 | u32::from(b))
}

/// Glyph widths in thousandths of an em: a list from `first`, sorted ranges, and a default.
pub(super) struct Widths {
    first: u32,
    list: Vec<f32>,
    ranges: Vec<(u32, u32, f32)>,
    default: f32,
    /// Scale to thousandths of an em (Type3 fonts state widths in glyph space).
    scale: f32,
}

impl Widths {
    fn new(default: f32) -> Widths {
        Widths {
            first: 0,
            list: Vec::new(),
            ranges: Vec::new(),
            default,
            scale: 1.0,
        }
    }

    /// A simple font's `/FirstChar` and `/Widths`, else its descriptor's `/MissingWidth`.
    fn simple(objects: &Objects, font: &Dict, type3: bool) -> Widths {
        let descriptor = objects.get(font, "FontDescriptor").dict();
        let missing = descriptor.and_then(|d| objects.get(d, "MissingWidth").num());
        let mut widths = Widths::new(missing.map_or(DEFAULT_WIDTH, |w| w as f32));
        widths.first = objects
            .get(font, "FirstChar")
            .num()
            .and_then(index)
            .unwrap_or(0) as u32;
        let list = objects.get(font, "Widths").array().iter().take(256);
        widths.list = list
            .map(|w| objects.resolve(w).num().unwrap_or(0.0) as f32)
            .collect();
        if widths.list.is_empty() {
            let name = objects.get(font, "BaseFont").name().unwrap_or_default();
            let named = |part: &[u8]| name.windows(part.len()).any(|w| w == part);
            let standard = if named(b"Courier") {
                widths.default = 600.0;
                &[][..]
            } else if named(b"Times") {
                &TIMES_WIDTHS[..]
            } else if named(b"Helvetica") || named(b"Arial") {
                &HELVETICA_WIDTHS[..]
            } else {
                &[][..]
            };
            widths.first = 0x20;
            widths.list = standard.iter().map(|&w| f32::from(w)).collect();
        }
        if type3 {
            let matrix = objects.get(font, "FontMatrix").array();
            let scale = matrix.first().and_then(Obj::num).unwrap_or(0.001) as f32 * 1000.0;
            widths.scale = if scale.is_finite() { scale } else { 1.0 };
        }
        widths
    }

    /// A CID font's `/DW` and `/W` (`c [w …]` and `first last w` forms).
    fn cid(objects: &Objects, font: &Dict) -> Widths {
        let mut widths = Widths::new(objects.get(font, "DW").num().unwrap_or(1000.0) as f32);
        let items = objects.get(font, "W").array();
        let number = |i: usize| items.get(i).and_then(|o| objects.resolve(o).num());
        let mut i = 0;
        while i < items.len() && widths.ranges.len() < MAX_CMAP_ENTRIES {
            let Some(start) = number(i).and_then(index) else {
                break;
            };
            let start = start as u32;
            if let Some(Obj::Array(list)) = items.get(i + 1).map(|o| objects.resolve(o)) {
                for (k, w) in list.iter().take(MAX_CMAP_ENTRIES).enumerate() {
                    let code = start.saturating_add(k as u32);
                    let w = objects.resolve(w).num().unwrap_or(0.0) as f32;
                    widths.ranges.push((code, code, w));
                }
                i += 2;
            } else {
                let (Some(end), Some(w)) = (number(i + 1).and_then(index), number(i + 2)) else {
                    break;
                };
                widths.ranges.push((start, end as u32, w as f32));
                i += 3;
            }
        }
        widths.ranges.sort_by_key(|r| r.0);
        widths
    }

    /// A code's width in ems.
    pub(super) fn em(&self, code: u32) -> f32 {
        let listed = code
            .checked_sub(self.first)
            .and_then(|i| self.list.get(i as usize));
        let ranged = || {
            let i = self.ranges.partition_point(|r| r.0 <= code);
            self.ranges
                .get(i.checked_sub(1)?)
                .filter(|r| r.1 >= code)
                .map(|r| r.2)
        };
        let width = listed.copied().or_else(ranged).unwrap_or(self.default);
        width * self.scale / 1000.0
    }
}

/// A `/ToUnicode` CMap: code space ranges (byte length, low, high), single codes, code ranges.
#[derive(Default)]
struct CMap {
    spaces: Vec<(usize, u32, u32)>,
    chars: HashMap<u32, String>,
    ranges: Vec<(u32, u32, RangeTarget)>,
}

/// What a `bfrange` maps to: text whose last UTF-16 unit counts up, or one text per code.
enum RangeTarget {
    Start(Vec<u16>),
    Each(Vec<String>),
}

impl CMap {
    fn parse(data: &[u8]) -> CMap {
        let mut map = CMap::default();
        let mut lexer = Lexer::new(data, 0);
        let mut section: &[u8] = b"";
        let mut pending = Vec::new();
        let mut entries = 0;
        while let Some(token) = lexer.token(0) {
            match token {
                Token::Word(word) => {
                    section = word;
                    pending.clear();
                }
                Token::Obj(obj) => {
                    let arity = match section {
                        b"begincodespacerange" | b"beginbfchar" => 2,
                        b"beginbfrange" => 3,
                        _ => continue,
                    };
                    pending.push(obj);
                    if pending.len() == arity {
                        map.add(section, &pending);
                        pending.clear();
                        entries += 1;
                        if entries > MAX_CMAP_ENTRIES {
                            break;
                        }
                    }
                }
                Token::Close => {}
            }
        }
        map
    }

    fn add(&mut self, section: &[u8], entry: &[Obj]) {
        match (section, entry) {
            (b"begincodespacerange", [Obj::Str(low), Obj::Str(high)]) if !low.is_empty() => {
                self.spaces
                    .push((low.len().min(4), code_value(low), code_value(high)));
            }
            (b"beginbfchar", [Obj::Str(code), target]) => {
                let text = match target {
                    Obj::Str(bytes) => utf16_text(bytes),
                    Obj::Name(name) => glyph_text(name),
                    _ => return,
                };
                self.chars.insert(code_value(code), text);
            }
            (b"beginbfrange", [Obj::Str(low), Obj::Str(high), target]) => {
                let (low, high) = (code_value(low), code_value(high));
                let target = match target {
                    Obj::Str(bytes) => RangeTarget::Start(utf16_units(bytes)),
                    Obj::Array(list) => RangeTarget::Each(
                        list.iter()
                            .map(|o| o.string().map(utf16_text).unwrap_or_default())
                            .collect(),
                    ),
                    _ => return,
                };
                if low <= high {
                    self.ranges.push((low, high, target));
                }
            }
            _ => {}
        }
    }

    /// How many bytes the code at the start of `bytes` takes, by the code space ranges.
    fn code_len(&self, bytes: &[u8]) -> Option<usize> {
        let fits = |&&(len, low, high): &&(usize, u32, u32)| {
            bytes.len() >= len && (low..=high).contains(&code_value(&bytes[..len]))
        };
        let found = self.spaces.iter().find(fits).map(|s| s.0);
        found.or_else(|| self.spaces.iter().map(|s| s.0).min())
    }

    fn lookup(&self, code: u32) -> Option<String> {
        if let Some(text) = self.chars.get(&code) {
            return Some(text.clone());
        }
        let (low, _, target) = self
            .ranges
            .iter()
            .find(|(low, high, _)| (*low..=*high).contains(&code))?;
        let offset = code - low;
        Some(match target {
            RangeTarget::Start(units) => {
                let mut units = units.clone();
                if let Some(last) = units.last_mut() {
                    *last = last.wrapping_add(offset as u16);
                }
                String::from_utf16_lossy(&units)
            }
            RangeTarget::Each(list) => list.get(offset as usize).cloned().unwrap_or_default(),
        })
    }
}

/// UTF-16BE units (a single byte counts as one unit).
fn utf16_units(bytes: &[u8]) -> Vec<u16> {
    if bytes.len() == 1 {
        return vec![u16::from(bytes[0])];
    }
    bytes
        .chunks(2)
        .map(|c| u16::from_be_bytes([c[0], c.get(1).copied().unwrap_or(0)]))
        .collect()
}

pub(super) fn utf16_text(bytes: &[u8]) -> String {
    String::from_utf16_lossy(&utf16_units(bytes))
}

/// Glyph names of Windows-1252 codes 0x20 to 0xFF (`-` where none): the common Latin names.
const WIN_ANSI_NAMES: &str = "space exclam quotedbl numbersign dollar percent ampersand \
    quotesingle parenleft parenright asterisk plus comma hyphen period slash zero one two three \
    four five six seven eight nine colon semicolon less equal greater question at A B C D E F G H \
    I J K L M N O P Q R S T U V W X Y Z bracketleft backslash bracketright asciicircum underscore \
    grave a b c d e f g h i j k l m n o p q r s t u v w x y z braceleft bar braceright asciitilde \
    - Euro - quotesinglbase florin quotedblbase ellipsis dagger daggerdbl circumflex perthousand \
    Scaron guilsinglleft OE - Zcaron - - quoteleft quoteright quotedblleft quotedblright bullet \
    endash emdash tilde trademark scaron guilsinglright oe - zcaron Ydieresis nbspace exclamdown \
    cent sterling currency yen brokenbar section dieresis copyright ordfeminine guillemotleft \
    logicalnot sfthyphen registered macron degree plusminus twosuperior threesuperior acute mu \
    paragraph periodcentered cedilla onesuperior ordmasculine guillemotright onequarter onehalf \
    threequarters questiondown Agrave Aacute Acircumflex Atilde Adieresis Aring AE Ccedilla \
    Egrave Eacute Ecircumflex Edieresis Igrave Iacute Icircumflex Idieresis Eth Ntilde Ograve \
    Oacute Ocircumflex Otilde Odieresis multiply Oslash Ugrave Uacute Ucircumflex Udieresis \
    Yacute Thorn germandbls agrave aacute acircumflex atilde adieresis aring ae ccedilla egrave \
    eacute ecircumflex edieresis igrave iacute icircumflex idieresis eth ntilde ograve oacute \
    ocircumflex otilde odieresis divide oslash ugrave uacute ucircumflex udieresis yacute thorn \
    ydieresis";

/// Common glyph names outside Windows-1252, as `name:text`.
const OTHER_GLYPHS: &str = "fi:ﬁ fl:ﬂ ff:ﬀ ffi:ﬃ ffl:ﬄ minus:− fraction:⁄ dotlessi:ı Lslash:Ł \
    lslash:ł quotereversed:‛ figuredash:‒";

/// StandardEncoding's codes above 0x7E, as `hexadecimal code:glyph name`.
const STANDARD_HIGH: &str = "a1:exclamdown a2:cent a3:sterling a4:fraction a5:yen a6:florin \
    a7:section a8:currency a9:quotesingle aa:quotedblleft ab:guillemotleft ac:guilsinglleft \
    ad:guilsinglright ae:fi af:fl b1:endash b2:dagger b3:daggerdbl b4:periodcentered \
    b6:paragraph b7:bullet b8:quotesinglbase b9:quotedblbase ba:quotedblright \
    bb:guillemotright bc:ellipsis bd:perthousand bf:questiondown c1:grave c2:acute \
    c3:circumflex c4:tilde c5:macron c8:dieresis cb:cedilla d0:emdash e1:AE e3:ordfeminine \
    e8:Lslash e9:Oslash ea:OE eb:ordmasculine f1:ae f5:dotlessi f8:lslash f9:oslash fa:oe \
    fb:germandbls";

/// Widths of codes 0x20 to 0x7E in Helvetica (and Arial), in thousandths of an em, from the
/// standard font metrics: for standard fonts, which files need not give widths for.
#[rustfmt::skip]
const HELVETICA_WIDTHS: [u16; 95] = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556,
    556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722,
    722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722,
    667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556,
    556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500,
    500, 334, 260, 334, 584,
];

/// Widths of codes 0x20 to 0x7E in Times Roman, as [`HELVETICA_WIDTHS`].
#[rustfmt::skip]
const TIMES_WIDTHS: [u16; 95] = [
    250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500,
    500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667,
    722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722,
    722, 944, 722, 722, 611, 333, 278, 333, 469, 500, 333, 444, 500, 444, 500, 444, 333, 500,
    500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500,
    444, 480, 200, 480, 541,
];

fn windows_1252(byte: u8) -> String {
    encoding_rs::WINDOWS_1252
        .decode_without_bom_handling(&[byte])
        .0
        .into_owned()
}

/// The text a glyph name stands for: Adobe names of Latin text, `uniXXXX`, `uXXXX[XX]`,
/// suffixed variants (`a.sc`) and ligatures by parts (`f_f_i`); empty when unknown (`g17`).
fn glyph_text(name: &[u8]) -> String {
    let name = String::from_utf8_lossy(name);
    let base = name.split('.').next().unwrap_or_default();
    if base.contains('_') {
        let parts: Vec<Option<String>> = base.split('_').map(glyph_name_text).collect();
        return parts
            .into_iter()
            .collect::<Option<String>>()
            .unwrap_or_default();
    }
    glyph_name_text(base).unwrap_or_default()
}

fn glyph_name_text(name: &str) -> Option<String> {
    let is_hex = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_hexdigit());
    if let Some(hex) = name
        .strip_prefix("uni")
        .filter(|h| h.len() % 4 == 0 && is_hex(h))
    {
        let units: Vec<u16> = (0..hex.len() / 4)
            .filter_map(|i| u16::from_str_radix(&hex[i * 4..i * 4 + 4], 16).ok())
            .collect();
        return Some(String::from_utf16_lossy(&units));
    }
    if let Some(hex) = name
        .strip_prefix('u')
        .filter(|h| (4..=6).contains(&h.len()) && is_hex(h))
    {
        return char::from_u32(u32::from_str_radix(hex, 16).ok()?).map(String::from);
    }
    glyph_names().get(name).cloned()
}

/// Every glyph name of [`WIN_ANSI_NAMES`] and [`OTHER_GLYPHS`] with its text, built once.
fn glyph_names() -> &'static HashMap<&'static str, String> {
    static NAMES: OnceLock<HashMap<&'static str, String>> = OnceLock::new();
    NAMES.get_or_init(|| {
        let win_ansi = WIN_ANSI_NAMES
            .split_whitespace()
            .zip(0x20..=0xFF)
            .map(|(name, code)| (name, windows_1252(code)));
        let pairs = OTHER_GLYPHS
            .split_whitespace()
            .filter_map(|pair| pair.split_once(':'));
        let others = pairs.map(|(name, text)| (name, text.to_string()));
        win_ansi
            .chain(others)
            .filter(|(name, _)| *name != "-")
            .collect()
    })
}

/// A simple font's text by code: its base encoding (WinAnsi when absent, except Standard for
/// Type1 fonts) with its `/Differences`.
fn simple_encoding(objects: &Objects, font: &Dict, subtype: &[u8]) -> Vec<String> {
    let (base, differences) = match objects.get(font, "Encoding") {
        Obj::Name(name) => (name.as_slice(), &[][..]),
        Obj::Dict(dict) => (
            objects.get(dict, "BaseEncoding").name().unwrap_or_default(),
            objects.get(dict, "Differences").array(),
        ),
        _ => (&b""[..], &[][..]),
    };
    let standard = base == b"StandardEncoding" || (base.is_empty() && subtype == b"Type1");
    static TABLES: OnceLock<[Vec<String>; 3]> = OnceLock::new();
    let [win_ansi, mac_roman, standard_table] = TABLES.get_or_init(|| {
        let mac = |b: u8| {
            encoding_rs::MACINTOSH
                .decode_without_bom_handling(&[b])
                .0
                .into_owned()
        };
        let mut tables = [
            (0..=255).map(windows_1252).collect(),
            (0..=255).map(mac).collect(),
            standard_encoding(),
        ];
        for table in &mut tables {
            table[..0x20].iter_mut().for_each(String::clear);
        }
        tables
    });
    let mut table = match base {
        b"MacRomanEncoding" => mac_roman.clone(),
        _ if standard => standard_table.clone(),
        _ => win_ansi.clone(),
    };
    let mut code = 0usize;
    for item in differences {
        match objects.resolve(item) {
            Obj::Num(n) => code = index(*n).unwrap_or(usize::MAX),
            Obj::Name(name) => {
                if let Some(slot) = table.get_mut(code) {
                    *slot = glyph_text(name);
                }
                code = code.saturating_add(1);
            }
            _ => {}
        }
    }
    table
}

fn standard_encoding() -> Vec<String> {
    let mut table: Vec<String> = (0..=255u8)
        .map(|b| {
            if (0x20..0x7F).contains(&b) {
                char::from(b).to_string()
            } else {
                String::new()
            }
        })
        .collect();
    table[0x27] = "’".to_string();
    table[0x60] = "‘".to_string();
    for (code, name) in STANDARD_HIGH
        .split_whitespace()
        .filter_map(|p| p.split_once(':'))
    {
        if let Some(slot) = u8::from_str_radix(code, 16)
            .ok()
            .map(|c| &mut table[usize::from(c)])
        {
            *slot = glyph_text(name.as_bytes());
        }
    }
    table
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pdf::testing::{page_document, pages_of, Writer};

    #[test]
    fn simple_fonts_decode_by_encoding_and_differences() {
        let mut w = Writer::default();
        let f2 = w.add(
            "<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding << /BaseEncoding \
             /WinAnsiEncoding /Differences [1 /T /h /e /space /fi /n /a /l /quotedblleft /eacute \
             /uni2019 /g17 /f_f_i] >> >>",
        );
        let f1 = w.add(
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        );
        let content = b"BT /F1 12 Tf 72 700 Td (\\223Quoted\\224 \\226 it\\222s) Tj ET\n\
                        BT /F2 12 Tf 72 650 Td <010203040506070804090A0B0C0D> Tj ET";
        let stream = w.stream("", content);
        let resources = format!("<< /Font << /F1 {f1} 0 R /F2 {f2} 0 R >> >>");
        let bytes = page_document(w, stream, &resources);
        let texts: Vec<String> = pages_of(&bytes)[0].iter().map(|l| l.text.clone()).collect();
        assert_eq!(texts, ["“Quoted” – it’s", "The final “é’ffi"]);
    }

    #[test]
    fn a_composite_font_reads_through_its_to_unicode_map() {
        let mut w = Writer::default();
        let cmap = w.stream(
            "",
            b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n\
              1 begincodespacerange <0000> <FFFF> endcodespacerange\n\
              2 beginbfrange <0001> <001A> <0061> <0030> <0031> [<0048> <0049>] endbfrange\n\
              1 beginbfchar <0040> <0020> endbfchar\n\
              endcmap CMapName currentdict /CMap defineresource pop end end",
        );
        let cid = w.add(
            "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Test /DW 600 \
             /W [1 [500 500 500] 64 64 250] >>",
        );
        let font = w.add(format!(
            "<< /Type /Font /Subtype /Type0 /BaseFont /Test /Encoding /Identity-H \
             /DescendantFonts [{cid} 0 R] /ToUnicode {cmap} 0 R >>"
        ));
        let content = w.stream(
            "",
            b"BT /F3 12 Tf 72 700 Td [<0030 0005 000C 000C 000F> -400 \
              <0031 0040 0013 0001 0017 0040 0008 0005 0012 0005>] TJ ET",
        );
        let bytes = page_document(w, content, &format!("<< /Font << /F3 {font} 0 R >> >>"));
        assert_eq!(pages_of(&bytes)[0][0].text, "Hello I saw here");
    }

    #[test]
    fn glyph_names_and_standard_fonts() {
        assert_eq!(WIN_ANSI_NAMES.split_whitespace().count(), 0x100 - 0x20);
        let names = [
            "eacute",
            "a.sc",
            "f_f_i",
            "uni00660069",
            "u1F600",
            "quotedblright",
            "g17",
        ];
        let texts: Vec<String> = names.iter().map(|n| glyph_text(n.as_bytes())).collect();
        assert_eq!(texts, ["é", "a", "ffi", "fi", "😀", "”", ""]);
        let standard = standard_encoding();
        assert_eq!(
            [&standard[0x27], &standard[0xAE], &standard[0xD0]],
            ["’", "ﬁ", "—"]
        );
        let helvetica = Dict(vec![(
            b"BaseFont".to_vec(),
            Obj::Name(b"Helvetica-Bold".to_vec()),
        )]);
        let objects = Objects {
            map: HashMap::new(),
        };
        assert_eq!(
            Widths::simple(&objects, &helvetica, false).em(u32::from(b'l')),
            0.222
        );
    }
}
