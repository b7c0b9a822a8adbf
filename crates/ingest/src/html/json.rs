//! A tiny tolerant JSON reader for a page's JSON-LD: enough to find an article's headline,
//! authors, dates and publisher. It never fails: what it cannot read it skips (a CDATA
//! wrapper, comments, trailing commas, raw line breaks in strings, a stray token), and it
//! nests at most [`MAX_NESTING`] levels, so a hostile page cannot exhaust the stack.

/// Deepest nesting read; deeper values are skipped. JSON-LD nests a handful of levels.
pub const MAX_NESTING: usize = 32;

/// A JSON value. Numbers stay as written: nothing here computes with them.
#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(String),
    Str(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

impl Json {
    /// Every value in `text`: usually one, but a page may put several objects in one script
    /// (one after another, or in an array).
    pub fn parse_all(text: &str) -> Vec<Json> {
        let mut reader = Reader {
            bytes: text.as_bytes(),
            text,
            at: 0,
        };
        let mut out = Vec::new();
        while reader.skip_to_value() {
            out.push(reader.value(0));
        }
        out
    }

    /// The value of `key` in an object.
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(fields) => fields.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// A string's text.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::Str(s) => Some(s),
            _ => None,
        }
    }

    /// The items of an array, or the value itself as the only item.
    pub fn items(&self) -> &[Json] {
        match self {
            Json::Array(items) => items,
            other => std::slice::from_ref(other),
        }
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    text: &'a str,
    at: usize,
}

impl Reader<'_> {
    /// Moves to the next `{` or `[`; whether there is one.
    fn skip_to_value(&mut self) -> bool {
        while let Some(&b) = self.bytes.get(self.at) {
            let rest = &self.bytes[self.at..];
            if rest.starts_with(b"<![CDATA[") {
                self.at += b"<![CDATA[".len();
                continue;
            }
            if b == b'{' || b == b'[' {
                return true;
            }
            self.at += 1;
        }
        false
    }

    fn skip_space(&mut self) {
        while let Some(&b) = self.bytes.get(self.at) {
            if b.is_ascii_whitespace() {
                self.at += 1;
            } else if self.bytes[self.at..].starts_with(b"//") {
                // A line comment (or `//<![CDATA[`).
                while self.bytes.get(self.at).is_some_and(|&b| b != b'\n') {
                    self.at += 1;
                }
            } else if self.bytes[self.at..].starts_with(b"/*") {
                self.at = self.text[self.at + 2..]
                    .find("*/")
                    .map_or(self.bytes.len(), |e| self.at + 2 + e + 2);
            } else {
                return;
            }
        }
    }

    fn value(&mut self, depth: usize) -> Json {
        self.skip_space();
        let Some(&b) = self.bytes.get(self.at) else {
            return Json::Null;
        };
        match b {
            b'{' | b'[' if depth >= MAX_NESTING => {
                self.skip_nested();
                Json::Null
            }
            b'{' => {
                self.at += 1;
                let mut fields = Vec::new();
                loop {
                    self.skip_space();
                    match self.bytes.get(self.at) {
                        None => return Json::Object(fields),
                        Some(b'}') => {
                            self.at += 1;
                            return Json::Object(fields);
                        }
                        Some(b',') => self.at += 1,
                        Some(b'"' | b'\'') => {
                            let key = self.string();
                            self.skip_space();
                            if self.bytes.get(self.at) == Some(&b':') {
                                self.at += 1;
                            }
                            let value = self.value(depth + 1);
                            fields.push((key, value));
                        }
                        Some(b']') => {
                            // A mismatched bracket: the object ends here.
                            self.at += 1;
                            return Json::Object(fields);
                        }
                        Some(_) => {
                            // An unquoted key or stray token: skip it.
                            self.scalar();
                            if self.bytes.get(self.at) == Some(&b':') {
                                self.at += 1;
                                self.value(depth + 1);
                            }
                        }
                    }
                }
            }
            b'[' => {
                self.at += 1;
                let mut items = Vec::new();
                loop {
                    self.skip_space();
                    match self.bytes.get(self.at) {
                        None => return Json::Array(items),
                        Some(b']' | b'}') => {
                            self.at += 1;
                            return Json::Array(items);
                        }
                        Some(b',') => self.at += 1,
                        Some(_) => {
                            let before = self.at;
                            items.push(self.value(depth + 1));
                            if self.at == before {
                                self.at += 1;
                            }
                        }
                    }
                }
            }
            b'"' | b'\'' => Json::Str(self.string()),
            _ => {
                let word = self.scalar();
                match word {
                    "true" => Json::Bool(true),
                    "false" => Json::Bool(false),
                    "null" | "" => Json::Null,
                    w => Json::Number(w.to_string()),
                }
            }
        }
    }

    /// A bare token (number, `true`, …) up to a delimiter; at least one byte is consumed.
    fn scalar(&mut self) -> &str {
        let start = self.at;
        while let Some(&b) = self.bytes.get(self.at) {
            if b.is_ascii_whitespace() || matches!(b, b',' | b':' | b'}' | b']' | b'{' | b'[') {
                break;
            }
            self.at += 1;
        }
        if self.at == start {
            self.at += 1;
        }
        self.text.get(start..self.at).unwrap_or("")
    }

    /// Skips a nested value too deep to read, counting brackets outside strings.
    fn skip_nested(&mut self) {
        let mut depth = 0usize;
        while let Some(&b) = self.bytes.get(self.at) {
            match b {
                b'"' | b'\'' => {
                    self.string();
                    continue;
                }
                b'{' | b'[' => depth += 1,
                b'}' | b']' => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        self.at += 1;
                        return;
                    }
                }
                _ => {}
            }
            self.at += 1;
        }
    }

    /// A quoted string at `at` (either quote), escapes read.
    fn string(&mut self) -> String {
        let quote = self.bytes[self.at];
        self.at += 1;
        let mut out = String::new();
        let mut start = self.at;
        while let Some(&b) = self.bytes.get(self.at) {
            if b == quote {
                out.push_str(&self.text[start..self.at]);
                self.at += 1;
                return out;
            }
            if b != b'\\' {
                self.at += 1;
                continue;
            }
            out.push_str(&self.text[start..self.at]);
            let escaped = self.bytes.get(self.at + 1).copied().unwrap_or(b'\\');
            self.at += 2;
            match escaped {
                b'n' => out.push('\n'),
                b't' => out.push('\t'),
                b'r' => out.push('\r'),
                b'b' | b'f' => {}
                b'u' => out.push(self.unicode_escape()),
                _ => {
                    // `\"`, `\\`, `\/` and anything else: the character itself (it may be a
                    // multi-byte one).
                    let from = self.at - 1;
                    let c = self.text[from.min(self.text.len())..].chars().next();
                    if let Some(c) = c {
                        out.push(c);
                        self.at = from + c.len_utf8();
                    }
                }
            }
            start = self.at;
        }
        out.push_str(&self.text[start.min(self.text.len())..]);
        out
    }

    /// The character of a `\uXXXX` escape (a surrogate pair read whole), after the `u`.
    fn unicode_escape(&mut self) -> char {
        let hex = |r: &Self, at: usize| {
            r.text
                .get(at..at + 4)
                .and_then(|h| u32::from_str_radix(h, 16).ok())
        };
        let Some(unit) = hex(self, self.at) else {
            return '\u{fffd}';
        };
        self.at += 4;
        if (0xd800..0xdc00).contains(&unit) && self.text[self.at..].starts_with("\\u") {
            if let Some(low) = hex(self, self.at + 2).filter(|l| (0xdc00..0xe000).contains(l)) {
                self.at += 6;
                return char::from_u32(0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00))
                    .unwrap_or('\u{fffd}');
            }
        }
        char::from_u32(unit).unwrap_or('\u{fffd}')
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(text: &str) -> Json {
        Json::Str(text.into())
    }

    #[test]
    fn reads_json_ld() {
        let values = Json::parse_all(
            r#"{"@context":"https://schema.org","@type":"NewsArticle",
               "headline":"Storm \"Ana\" hits \u00c9mile's town \ud83c\udf0a",
               "author":[{"@type":"Person","name":"Jane Doe"}],"wordCount":512,"free":true}"#,
        );
        assert_eq!(values.len(), 1);
        let v = &values[0];
        assert_eq!(v.get("@type"), Some(&s("NewsArticle")));
        assert_eq!(
            v.get("headline"),
            Some(&s("Storm \"Ana\" hits Émile's town 🌊"))
        );
        assert_eq!(
            v.get("author").map(|a| a.items()[0].get("name")),
            Some(Some(&s("Jane Doe")))
        );
        assert_eq!(v.get("wordCount"), Some(&Json::Number("512".into())));
        assert_eq!(v.get("free"), Some(&Json::Bool(true)));
    }

    #[test]
    fn tolerates_what_pages_write() {
        let values = Json::parse_all(
            "//<![CDATA[\n{\"a\": \"line\nbreak\", \"b\": [1, 2,], /* note */ c: 3, \"d\": 'x'}\n//]]>",
        );
        assert_eq!(values.len(), 1);
        assert_eq!(values[0].get("a"), Some(&s("line\nbreak")));
        assert_eq!(values[0].get("d"), Some(&s("x")));
        // Several values, a truncated one last.
        let values = Json::parse_all(r#"{"a":1} {"b":2} {"c":"cut"#);
        assert_eq!(values.len(), 3);
        assert_eq!(values[2].get("c"), Some(&s("cut")));
    }

    #[test]
    fn deep_nesting_is_skipped_not_recursed() {
        let deep = "[".repeat(100_000) + &"]".repeat(100_000);
        let values = Json::parse_all(&format!("{{\"a\":{deep},\"b\":\"after\"}}"));
        assert_eq!(values[0].get("b"), Some(&s("after")));
        // Unbalanced: never panics.
        let _ = Json::parse_all(&"{\"a\":[".repeat(50_000));
    }
}
