//! PDF objects and their syntax: the object model ([`Obj`], [`Dict`]) and the lexer that reads
//! objects, and a content stream's operators, from bytes.

use super::MAX_DEPTH;

/// Most operands kept before an operator.
const MAX_OPERANDS: usize = 64;

/// A PDF object. References keep only the object number (generations are ignored: the latest
/// definition wins). A stream keeps its raw, still encoded, data.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Obj {
    Null,
    Bool(bool),
    Num(f64),
    Str(Vec<u8>),
    Name(Vec<u8>),
    Array(Vec<Obj>),
    Dict(Dict),
    Ref(u32),
    Stream(Dict, Vec<u8>),
}

pub(super) static NULL: Obj = Obj::Null;

/// A dictionary, in file order; a repeated key's last value counts.
#[derive(Clone, Debug, Default, PartialEq)]
pub(super) struct Dict(pub(super) Vec<(Vec<u8>, Obj)>);

impl Dict {
    pub(super) fn get(&self, key: &str) -> &Obj {
        self.get_bytes(key.as_bytes())
    }

    pub(super) fn get_bytes(&self, key: &[u8]) -> &Obj {
        self.0
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map_or(&NULL, |(_, v)| v)
    }
}

impl Obj {
    pub(super) fn num(&self) -> Option<f64> {
        match self {
            Obj::Num(n) => Some(*n),
            _ => None,
        }
    }

    pub(super) fn name(&self) -> Option<&[u8]> {
        match self {
            Obj::Name(n) => Some(n),
            _ => None,
        }
    }

    pub(super) fn string(&self) -> Option<&[u8]> {
        match self {
            Obj::Str(s) => Some(s),
            _ => None,
        }
    }

    pub(super) fn reference(&self) -> Option<u32> {
        match self {
            Obj::Ref(n) => Some(*n),
            _ => None,
        }
    }

    /// A dictionary's or a stream's dictionary.
    pub(super) fn dict(&self) -> Option<&Dict> {
        match self {
            Obj::Dict(d) | Obj::Stream(d, _) => Some(d),
            _ => None,
        }
    }

    /// An array's items; none for anything else.
    pub(super) fn array(&self) -> &[Obj] {
        match self {
            Obj::Array(items) => items,
            _ => &[],
        }
    }
}

/// A non-negative whole number below a billion, as an index.
pub(super) fn index(n: f64) -> Option<usize> {
    ((0.0..1e9).contains(&n) && n.fract() == 0.0).then_some(n as usize)
}

pub(super) fn is_white(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'\0')
}

pub(super) fn is_regular(b: u8) -> bool {
    !is_white(b) && !b"()<>[]{}/%".contains(&b)
}

fn hex_value(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

/// What the lexer reads: an object, a bare word (an operator or keyword), or the end of an
/// array or dictionary.
pub(super) enum Token<'a> {
    Obj(Obj),
    Word(&'a [u8]),
    Close,
}

/// Reads objects and words from `bytes`. Invariant: every call that returns a token has
/// consumed at least one byte, so loops over tokens end.
pub(super) struct Lexer<'a> {
    pub(super) bytes: &'a [u8],
    pub(super) pos: usize,
}

impl<'a> Lexer<'a> {
    pub(super) fn new(bytes: &'a [u8], pos: usize) -> Lexer<'a> {
        Lexer { bytes, pos }
    }

    fn peek(&self, ahead: usize) -> Option<u8> {
        self.bytes.get(self.pos.checked_add(ahead)?).copied()
    }

    fn skip_space(&mut self) {
        while let Some(b) = self.peek(0) {
            if b == b'%' {
                while self.peek(0).is_some_and(|c| c != b'\n' && c != b'\r') {
                    self.pos += 1;
                }
            } else if is_white(b) {
                self.pos += 1;
            } else {
                break;
            }
        }
    }

    /// The next token; `None` at the end. Containers deeper than [`MAX_DEPTH`] come out empty.
    pub(super) fn token(&mut self, depth: usize) -> Option<Token<'a>> {
        self.skip_space();
        let b = self.peek(0)?;
        let next = self.peek(1);
        Some(match b {
            b'(' => Token::Obj(Obj::Str(self.literal())),
            b'<' if next == Some(b'<') => {
                self.pos += 2;
                Token::Obj(Obj::Dict(self.dict(depth)))
            }
            b'<' => Token::Obj(Obj::Str(self.hex())),
            b'[' => {
                self.pos += 1;
                Token::Obj(Obj::Array(self.array(depth)))
            }
            b']' => {
                self.pos += 1;
                Token::Close
            }
            b'>' if next == Some(b'>') => {
                self.pos += 2;
                Token::Close
            }
            b'/' => Token::Obj(Obj::Name(self.name())),
            b'0'..=b'9' | b'+' | b'-' | b'.' => Token::Obj(self.number()),
            _ => {
                let start = self.pos;
                self.pos += 1;
                while self.peek(0).is_some_and(is_regular) && is_regular(b) {
                    self.pos += 1;
                }
                match &self.bytes[start..self.pos] {
                    b"true" => Token::Obj(Obj::Bool(true)),
                    b"false" => Token::Obj(Obj::Bool(false)),
                    b"null" => Token::Obj(Obj::Null),
                    word => Token::Word(word),
                }
            }
        })
    }

    /// The next object, skipping stray words and closers; `None` at the end.
    pub(super) fn object(&mut self) -> Option<Obj> {
        loop {
            if let Token::Obj(obj) = self.token(0)? {
                return Some(obj);
            }
        }
    }

    /// The next operator, its operands (at most [`MAX_OPERANDS`]) collected in `operands`.
    pub(super) fn operator(&mut self, operands: &mut Vec<Obj>) -> Option<&'a [u8]> {
        loop {
            match self.token(0)? {
                Token::Obj(obj) if operands.len() < MAX_OPERANDS => operands.push(obj),
                Token::Word(word) => return Some(word),
                _ => {}
            }
        }
    }

    /// A number, or a reference `N G R` when one starts here.
    fn number(&mut self) -> Obj {
        let start = self.pos;
        while matches!(self.peek(0), Some(b'0'..=b'9' | b'+' | b'-' | b'.')) {
            self.pos += 1;
        }
        let text = &self.bytes[start..self.pos];
        let value = std::str::from_utf8(text)
            .ok()
            .and_then(|s| s.parse::<f64>().ok());
        let value = value.filter(|v| v.is_finite()).unwrap_or(0.0);
        if text.iter().all(u8::is_ascii_digit) && value <= f64::from(u32::MAX) {
            if let Some(after) = self.reference_end() {
                self.pos = after;
                return Obj::Ref(value as u32);
            }
        }
        Obj::Num(value)
    }

    /// Where ` G R` ends if it follows here.
    fn reference_end(&self) -> Option<usize> {
        let mut p = self.pos;
        let at = |p: usize| self.bytes.get(p).copied();
        let start = p;
        while at(p).is_some_and(is_white) {
            p += 1;
        }
        let digits = p;
        while at(p).is_some_and(|b| b.is_ascii_digit()) {
            p += 1;
        }
        if p == start || digits == start || p == digits || !at(p).is_some_and(is_white) {
            return None;
        }
        while at(p).is_some_and(is_white) {
            p += 1;
        }
        (at(p) == Some(b'R') && !at(p + 1).is_some_and(is_regular)).then_some(p + 1)
    }

    fn literal(&mut self) -> Vec<u8> {
        let mut out = Vec::new();
        let mut depth = 0usize;
        while let Some(b) = self.peek(0) {
            self.pos += 1;
            match b {
                b'(' => {
                    depth += 1;
                    if depth > 1 {
                        out.push(b);
                    }
                }
                b')' => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        break;
                    }
                    out.push(b);
                }
                b'\\' => self.escape(&mut out),
                b'\r' => {
                    out.push(b'\n');
                    if self.peek(0) == Some(b'\n') {
                        self.pos += 1;
                    }
                }
                _ => out.push(b),
            }
        }
        out
    }

    fn escape(&mut self, out: &mut Vec<u8>) {
        let Some(e) = self.peek(0) else { return };
        self.pos += 1;
        match e {
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'0'..=b'7' => {
                let mut value = u32::from(e - b'0');
                for _ in 0..2 {
                    match self.peek(0) {
                        Some(d @ b'0'..=b'7') => {
                            value = value * 8 + u32::from(d - b'0');
                            self.pos += 1;
                        }
                        _ => break,
                    }
                }
                out.push(value as u8);
            }
            b'\r' if self.peek(0) == Some(b'\n') => self.pos += 1,
            b'\r' | b'\n' => {}
            _ => out.push(e),
        }
    }

    pub(super) fn hex(&mut self) -> Vec<u8> {
        self.pos += 1;
        let mut out = Vec::new();
        let mut high = None;
        while let Some(b) = self.peek(0) {
            self.pos += 1;
            if b == b'>' {
                break;
            }
            if let Some(v) = hex_value(b) {
                match high.take() {
                    Some(h) => out.push(h << 4 | v),
                    None => high = Some(v),
                }
            }
        }
        out.extend(high.map(|h| h << 4));
        out
    }

    fn name(&mut self) -> Vec<u8> {
        self.pos += 1;
        let mut out = Vec::new();
        while let Some(b) = self.peek(0).filter(|&b| is_regular(b)) {
            self.pos += 1;
            let escaped = (b == b'#')
                .then(|| Some(hex_value(self.peek(0)?)? << 4 | hex_value(self.peek(1)?)?))
                .flatten();
            match escaped {
                Some(byte) => {
                    out.push(byte);
                    self.pos += 2;
                }
                None => out.push(b),
            }
        }
        out
    }

    fn array(&mut self, depth: usize) -> Vec<Obj> {
        let mut items = Vec::new();
        if depth >= MAX_DEPTH {
            return items;
        }
        while let Some(token) = self.token(depth + 1) {
            match token {
                Token::Obj(obj) => items.push(obj),
                Token::Close => break,
                Token::Word(_) => {}
            }
        }
        items
    }

    fn dict(&mut self, depth: usize) -> Dict {
        let mut entries = Vec::new();
        if depth >= MAX_DEPTH {
            return Dict(entries);
        }
        let mut key = None;
        while let Some(token) = self.token(depth + 1) {
            match (token, key.take()) {
                (Token::Close, _) => break,
                (Token::Obj(Obj::Name(name)), None) => key = Some(name),
                (Token::Obj(value), Some(k)) => entries.push((k, value)),
                _ => {}
            }
        }
        Dict(entries)
    }

    /// Skips an inline image (`BI … ID data EI`), the `BI` already read.
    pub(super) fn skip_inline_image(&mut self) {
        let mut ignored = Vec::new();
        while let Some(word) = self.operator(&mut ignored) {
            ignored.clear();
            if word == b"ID" {
                break;
            }
        }
        self.pos += 1;
        while self.pos < self.bytes.len() {
            let end = self.bytes[self.pos..].starts_with(b"EI")
                && is_white(self.bytes[self.pos - 1])
                && !self.peek(2).is_some_and(is_regular);
            self.pos += if end { 2 } else { 1 };
            if end {
                return;
            }
        }
    }
}

/// Where `needle` first occurs in `hay` at or after `from` ([`crate::find`] from an offset).
pub(super) fn find(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    crate::find(hay.get(from..)?, needle).map(|i| i + from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lexer_reads_strings_names_and_references() {
        let mut lexer = Lexer::new(
            b"(a\\(b\\) (nested) \\101\\0621 \\\nend) <48 65 6C6> /A#20B [1 0 R 2 0 3]",
            0,
        );
        assert_eq!(
            lexer.object(),
            Some(Obj::Str(b"a(b) (nested) A21 end".to_vec()))
        );
        assert_eq!(lexer.object(), Some(Obj::Str(b"Hel`".to_vec())));
        assert_eq!(lexer.object(), Some(Obj::Name(b"A B".to_vec())));
        let refs = vec![Obj::Ref(1), Obj::Num(2.0), Obj::Num(0.0), Obj::Num(3.0)];
        assert_eq!(lexer.object(), Some(Obj::Array(refs)));
        assert_eq!(lexer.object(), None);
        let deep = "[".repeat(10_000) + &"<<".repeat(10_000);
        assert!(Lexer::new(deep.as_bytes(), 0).object().is_some());
    }
}
