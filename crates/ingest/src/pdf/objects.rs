//! File structure: every object of the file, found by scanning for definitions (object streams
//! unpacked, later definitions winning), the trailers, and the pages of the page tree.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use super::filters::{ascii85, ascii_hex, inflate, unpredict};
use super::syntax::{find, index, is_regular, is_white, Dict, Lexer, Obj, Token, NULL};
use super::{MAX_DECODED_BYTES, MAX_DEPTH, MAX_PAGES};

/// Most objects unpacked from one object stream.
const MAX_PACKED_OBJECTS: usize = 100_000;

/// Every object of the file by number, with the offset of its definition (an object unpacked
/// from an object stream has the stream's), so that later definitions replace earlier ones.
pub(super) struct Objects {
    pub(super) map: HashMap<u32, (usize, Obj)>,
}

impl Objects {
    pub(super) fn load(bytes: &[u8]) -> Objects {
        let mut objects = Objects {
            map: HashMap::new(),
        };
        for (offset, number, obj) in scan_objects(bytes) {
            objects.map.insert(number, (offset, obj));
        }
        let mut packed: Vec<(usize, &Obj)> = objects
            .map
            .values()
            .filter(|(_, o)| {
                o.dict()
                    .is_some_and(|d| d.get("Type").name() == Some(b"ObjStm"))
            })
            .map(|(offset, o)| (*offset, o))
            .collect();
        packed.sort_by_key(|(offset, _)| *offset);
        let mut budget = MAX_DECODED_BYTES;
        let unpacked: Vec<(usize, Vec<(u32, Obj)>)> = packed
            .into_iter()
            .filter_map(|(offset, stream)| {
                let data = objects.decoded(stream, &mut budget)?;
                Some((offset, unpack(&data, stream.dict()?)))
            })
            .collect();
        for (offset, list) in unpacked {
            for (number, obj) in list {
                let replaces = objects
                    .map
                    .get(&number)
                    .is_none_or(|(old, _)| *old <= offset);
                if replaces && !matches!(obj, Obj::Stream(..)) {
                    objects.map.insert(number, (offset, obj));
                }
            }
        }
        objects
    }

    /// The object itself, or what its reference (chain) points to; null when missing.
    pub(super) fn resolve<'s>(&'s self, mut obj: &'s Obj) -> &'s Obj {
        for _ in 0..MAX_DEPTH {
            match obj {
                Obj::Ref(n) => obj = self.map.get(n).map_or(&NULL, |(_, o)| o),
                _ => return obj,
            }
        }
        &NULL
    }

    pub(super) fn get<'s>(&'s self, dict: &'s Dict, key: &str) -> &'s Obj {
        self.resolve(dict.get(key))
    }

    /// Dictionaries whose /Type is `kind`, by object number.
    pub(super) fn typed<'s>(&'s self, kind: &'s str) -> impl Iterator<Item = &'s Dict> + 's {
        let mut numbers: Vec<u32> = self.map.keys().copied().collect();
        numbers.sort_unstable();
        numbers.into_iter().filter_map(move |n| {
            let dict = self.map.get(&n)?.1.dict()?;
            (dict.get("Type").name() == Some(kind.as_bytes())).then_some(dict)
        })
    }

    /// A stream's data with its filters undone, charged to `budget`; `None` for anything but a
    /// stream, an unknown filter, or a stream over budget.
    pub(super) fn decoded(&self, obj: &Obj, budget: &mut usize) -> Option<Vec<u8>> {
        let Obj::Stream(dict, raw) = self.resolve(obj) else {
            return None;
        };
        let filters: Vec<&[u8]> = match self.get(dict, "Filter") {
            Obj::Name(name) => vec![name],
            Obj::Array(list) => list.iter().filter_map(|f| self.resolve(f).name()).collect(),
            _ => Vec::new(),
        };
        let params = self.get(dict, "DecodeParms");
        let mut data = Cow::Borrowed(raw.as_slice());
        for (i, filter) in filters.iter().enumerate() {
            let param = match params {
                Obj::Array(list) => list.get(i).map(|p| self.resolve(p)),
                single => Some(single),
            };
            data = Cow::Owned(match *filter {
                b"FlateDecode" | b"Fl" => {
                    unpredict(inflate(&data, *budget)?, param.and_then(Obj::dict))
                }
                b"ASCIIHexDecode" | b"AHx" => ascii_hex(&data),
                b"ASCII85Decode" | b"A85" => ascii85(&data),
                _ => return None,
            });
        }
        *budget = budget.checked_sub(data.len())?;
        Some(data.into_owned())
    }
}

/// Every `N G obj` definition in file order: (offset, number, object).
fn scan_objects(bytes: &[u8]) -> Vec<(usize, u32, Obj)> {
    let mut found = Vec::new();
    let mut pos = 0;
    while let Some(at) = find(bytes, b"obj", pos) {
        pos = at + 3;
        if bytes.get(pos).is_some_and(|&b| is_regular(b)) {
            continue;
        }
        let Some(number) = object_number(bytes, at) else {
            continue;
        };
        let mut lexer = Lexer::new(bytes, pos);
        let Some(Token::Obj(obj)) = lexer.token(0) else {
            continue;
        };
        let obj = match obj {
            Obj::Dict(dict) => stream_after(&mut lexer, dict),
            other => other,
        };
        pos = pos.max(lexer.pos);
        found.push((at, number, obj));
    }
    found
}

/// The object number of `N G obj`, `at` being where `obj` starts.
fn object_number(bytes: &[u8], at: usize) -> Option<u32> {
    let white_before = |i: usize| i > 0 && is_white(bytes[i - 1]);
    let skip_white = |mut i: usize| {
        while white_before(i) {
            i -= 1;
        }
        i
    };
    let skip_digits = |mut i: usize| {
        let end = i;
        while i > 0 && end - i < 10 && bytes[i - 1].is_ascii_digit() {
            i -= 1;
        }
        i
    };
    if !white_before(at) {
        return None;
    }
    let generation_end = skip_white(at);
    let generation_start = skip_digits(generation_end);
    if generation_start == generation_end || !white_before(generation_start) {
        return None;
    }
    let number_end = skip_white(generation_start);
    let number_start = skip_digits(number_end);
    if number_start == number_end || (number_start > 0 && is_regular(bytes[number_start - 1])) {
        return None;
    }
    std::str::from_utf8(&bytes[number_start..number_end])
        .ok()?
        .parse()
        .ok()
}

/// The stream whose dictionary the lexer just read, if `stream` follows; else the dictionary.
/// The data ends at `/Length` when that is a direct number followed by `endstream`, else at
/// the next `endstream` (or the end of a truncated file).
fn stream_after(lexer: &mut Lexer, dict: Dict) -> Obj {
    let bytes = lexer.bytes;
    let mut p = lexer.pos;
    while bytes.get(p).is_some_and(|&b| is_white(b)) {
        p += 1;
    }
    if !bytes
        .get(p..)
        .is_some_and(|rest| rest.starts_with(b"stream"))
    {
        return Obj::Dict(dict);
    }
    let mut start = p + 6;
    if bytes.get(start) == Some(&b'\r') {
        start += 1;
    }
    if bytes.get(start) == Some(&b'\n') {
        start += 1;
    }
    let ends_stream = |end: usize| {
        let rest = &bytes[end..];
        let white = rest.iter().take_while(|&&b| is_white(b)).count();
        rest[white..].starts_with(b"endstream")
    };
    let declared = dict
        .get("Length")
        .num()
        .and_then(index)
        .and_then(|n| start.checked_add(n));
    let end = match declared.filter(|&end| end <= bytes.len() && ends_stream(end)) {
        Some(end) => end,
        None => {
            let mut end = find(bytes, b"endstream", start).unwrap_or(bytes.len());
            if end > start && bytes[end - 1] == b'\n' {
                end -= 1;
            }
            if end > start && bytes[end - 1] == b'\r' {
                end -= 1;
            }
            end
        }
    };
    lexer.pos = find(bytes, b"endstream", end).map_or(bytes.len(), |e| e + 9);
    Obj::Stream(dict, bytes[start..end].to_vec())
}

/// The objects of an object stream: `/N` pairs of number and offset, offsets from `/First`.
fn unpack(data: &[u8], dict: &Dict) -> Vec<(u32, Obj)> {
    let count = dict
        .get("N")
        .num()
        .and_then(index)
        .unwrap_or(0)
        .min(MAX_PACKED_OBJECTS);
    let first = dict
        .get("First")
        .num()
        .and_then(index)
        .unwrap_or(0)
        .min(data.len());
    let mut header = Lexer::new(&data[..first], 0);
    let mut objects = Vec::new();
    for _ in 0..count {
        let (Some(Obj::Num(number)), Some(Obj::Num(offset))) = (header.object(), header.object())
        else {
            break;
        };
        let (Some(number), Some(offset)) = (index(number), index(offset)) else {
            break;
        };
        if let Some(obj) = Lexer::new(data, first.saturating_add(offset)).object() {
            objects.push((number as u32, obj));
        }
    }
    objects
}

/// The trailer dictionaries (after `trailer`, or of cross-reference streams), in file order.
pub(super) fn trailers(bytes: &[u8], objects: &Objects) -> Vec<Dict> {
    let mut found: Vec<(usize, Dict)> = Vec::new();
    let mut pos = 0;
    while let Some(at) = find(bytes, b"trailer", pos) {
        let mut lexer = Lexer::new(bytes, at + 7);
        if let Some(Token::Obj(Obj::Dict(dict))) = lexer.token(0) {
            found.push((at, dict));
        }
        pos = lexer.pos.max(at + 7);
    }
    for (offset, obj) in objects.map.values() {
        if let Obj::Stream(dict, _) = obj {
            if dict.get("Type").name() == Some(b"XRef") {
                found.push((*offset, dict.clone()));
            }
        }
    }
    found.sort_by_key(|(offset, _)| *offset);
    found.into_iter().map(|(_, dict)| dict).collect()
}

/// A page as found in the page tree: its contents and (possibly inherited) resources, unresolved.
pub(super) struct Page {
    pub(super) contents: Obj,
    pub(super) resources: Obj,
}

impl Page {
    pub(super) fn of(dict: &Dict) -> Page {
        Page {
            contents: dict.get("Contents").clone(),
            resources: dict.get("Resources").clone(),
        }
    }
}

/// The pages under `root`, in order, with inherited resources. Cycles are cut, depth is capped.
pub(super) fn page_tree(objects: &Objects, root: &Obj) -> Vec<Page> {
    let mut pages = Vec::new();
    let mut seen = HashSet::new();
    let mut stack: Vec<(&Obj, &Obj, usize)> = vec![(root, &NULL, 0)];
    let mut visits = 0;
    while let Some((node, inherited, depth)) = stack.pop() {
        visits += 1;
        if visits > 4 * MAX_PAGES || pages.len() >= MAX_PAGES {
            break;
        }
        if let Obj::Ref(n) = node {
            if !seen.insert(*n) {
                continue;
            }
        }
        let Some(dict) = objects.resolve(node).dict() else {
            continue;
        };
        let resources = match dict.get("Resources") {
            Obj::Null => inherited,
            own => own,
        };
        let kids = objects.get(dict, "Kids").array();
        if !kids.is_empty() {
            if depth < MAX_DEPTH {
                stack.extend(kids.iter().rev().map(|kid| (kid, resources, depth + 1)));
            }
        } else if dict.get("Type").name() != Some(b"Pages") {
            pages.push(Page {
                contents: dict.get("Contents").clone(),
                resources: resources.clone(),
            });
        }
    }
    pages
}

#[cfg(test)]
mod tests {
    use crate::pdf::testing::{document, drawn, text_of, Extra, Writer};
    use crate::pdf::Pdf;
    use miniz_oxide::deflate::compress_to_vec_zlib;

    /// PNG "up" prediction of `data` in rows of `columns` bytes (padded with spaces).
    fn png_up(data: &[u8], columns: usize) -> Vec<u8> {
        let mut padded = data.to_vec();
        padded.resize(data.len().div_ceil(columns) * columns, b' ');
        let mut out = Vec::new();
        let mut previous = vec![0u8; columns];
        for row in padded.chunks(columns) {
            out.push(2);
            out.extend(row.iter().zip(&previous).map(|(b, p)| b.wrapping_sub(*p)));
            previous = row.to_vec();
        }
        out
    }

    #[test]
    fn pages_packed_in_an_object_stream_are_read() {
        let packed = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ];
        let (mut header, mut body) = (String::new(), String::new());
        for (i, object) in packed.iter().enumerate() {
            header += &format!("{} {} ", i + 1, body.len());
            body += object;
            body += "\n";
        }
        let data = png_up((header.clone() + &body).as_bytes(), 8);
        let mut w = Writer::default();
        w.add("null");
        w.add("null");
        w.add("null");
        w.add("<< /Type /Font /Subtype /Type1 /BaseFont /Courier >>");
        w.deflated("", b"BT /F1 12 Tf 72 700 Td (Packed away) Tj ET");
        let dict = format!(
            "/Type /ObjStm /N 4 /First {} /DecodeParms << /Predictor 12 /Columns 8 >>",
            header.len()
        );
        w.deflated(&dict, &data);
        w.stream("/Type /XRef /Size 8 /Root 1 0 R /W [1 2 1]", b"\0\0\0\0");
        let (mut bytes, _) = w.objects();
        bytes.extend_from_slice(b"startxref\n0\n%%EOF\n");
        let pdf = Pdf::open(&bytes).unwrap();
        assert_eq!(pdf.page_lines(0)[0].text, "Packed away");
    }

    #[test]
    fn a_later_definition_of_an_object_wins() {
        let content = drawn(&[(72.0, 700.0, 12.0, "First draft")]);
        let mut bytes = document(Writer::default(), &[content], Extra::default());
        let update = compress_to_vec_zlib(b"BT /F1 12 Tf 72 700 Td (Second draft) Tj ET", 6);
        bytes.extend_from_slice(
            format!(
                "4 0 obj\n<< /Length {} /Filter /FlateDecode >>\nstream\n",
                update.len()
            )
            .as_bytes(),
        );
        bytes.extend_from_slice(&update);
        bytes.extend_from_slice(b"\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
        assert_eq!(text_of(&bytes), "Second draft");
    }
}
