//! A page saved as one file (`.mhtml`, `.mht`: what Chrome and Edge save as "Webpage, single
//! file"): a MIME message whose parts are the page and its images and styles. The page is the
//! first `text/html` part (the one at the snapshot's own address when there are several), its
//! body decoded from quoted-printable or base64; its `charset` is the page's declared
//! encoding.

use crate::find;

/// Most parts read: a saved page with more is read as far as this (images come after the page).
const MAX_PARTS: usize = 10_000;

/// The page inside an MHTML file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Page {
    /// The HTML, still encoded as `charset` says.
    pub html: Vec<u8>,
    /// The part's declared encoding, if it declares one.
    pub charset: Option<String>,
    /// The address the page was saved from (`Snapshot-Content-Location`, else the part's
    /// `Content-Location`).
    pub location: Option<String>,
}

/// Whether `bytes` look like a MIME message (a header block with `MIME-Version` or a
/// multipart `Content-Type` before the first blank line).
pub fn looks_like_mime(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(4096)];
    let end = blank_line(head).map_or(head.len(), |(at, _)| at);
    let lower = head[..end].to_ascii_lowercase();
    find(&lower, b"mime-version:").is_some() || find(&lower, b"content-type: multipart/").is_some()
}

/// The saved page, or why there is none.
pub fn read(bytes: &[u8]) -> Result<Page, &'static str> {
    let (headers, body) = split_headers(bytes);
    let snapshot = header(&headers, "snapshot-content-location");
    let content_type = header(&headers, "content-type").unwrap_or_default();
    let Some(boundary) = parameter(&content_type, "boundary") else {
        // A single-part message: the body is the page.
        return single_part(&headers, body, snapshot);
    };
    let delimiter = format!("--{boundary}").into_bytes();
    let mut found: Option<Page> = None;
    for part in parts(body, &delimiter).take(MAX_PARTS) {
        let (headers, body) = split_headers(part);
        let kind = header(&headers, "content-type").unwrap_or_default();
        if !kind.to_ascii_lowercase().starts_with("text/html") {
            continue;
        }
        let location = header(&headers, "content-location");
        let is_snapshot = snapshot.is_some() && location == snapshot;
        let page = Page {
            html: transfer_decode(&headers, body),
            charset: parameter(&kind, "charset"),
            location: snapshot.clone().or(location),
        };
        if is_snapshot {
            return Ok(page);
        }
        found.get_or_insert(page);
    }
    found.ok_or("a saved page file without a web page in it")
}

fn single_part(
    headers: &[(String, String)],
    body: &[u8],
    snapshot: Option<String>,
) -> Result<Page, &'static str> {
    let kind = header(headers, "content-type").unwrap_or_else(|| "text/html".into());
    if !kind.to_ascii_lowercase().starts_with("text/html") {
        return Err("a saved page file without a web page in it");
    }
    Ok(Page {
        html: transfer_decode(headers, body),
        charset: parameter(&kind, "charset"),
        location: snapshot.or_else(|| header(headers, "content-location")),
    })
}

/// The first blank line: where it starts and where the body after it starts.
fn blank_line(bytes: &[u8]) -> Option<(usize, usize)> {
    let crlf = find(bytes, b"\r\n\r\n").map(|at| (at, at + 4));
    let lf = find(bytes, b"\n\n").map(|at| (at, at + 2));
    match (crlf, lf) {
        (Some(a), Some(b)) => Some(if a.0 <= b.0 { a } else { b }),
        (a, b) => a.or(b),
    }
}

/// A part's headers (names lower case, folded lines unfolded) and its body.
fn split_headers(bytes: &[u8]) -> (Vec<(String, String)>, &[u8]) {
    let bytes = bytes
        .strip_prefix(b"\r\n")
        .or_else(|| bytes.strip_prefix(b"\n"))
        .unwrap_or(bytes);
    let (head, body) = match blank_line(bytes) {
        Some((end, body)) => (&bytes[..end], &bytes[body..]),
        None => (bytes, &bytes[bytes.len()..]),
    };
    let head = String::from_utf8_lossy(head);
    let mut headers: Vec<(String, String)> = Vec::new();
    for line in head.lines() {
        if line.starts_with([' ', '\t']) {
            if let Some((_, value)) = headers.last_mut() {
                value.push(' ');
                value.push_str(line.trim());
            }
        } else if let Some((name, value)) = line.split_once(':') {
            headers.push((name.trim().to_ascii_lowercase(), value.trim().to_string()));
        }
    }
    (headers, body)
}

fn header(headers: &[(String, String)], name: &str) -> Option<String> {
    headers
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.clone())
        .filter(|v| !v.is_empty())
}

/// A parameter of a header value (`boundary`, `charset`), quotes removed.
fn parameter(value: &str, name: &str) -> Option<String> {
    value.split(';').skip(1).find_map(|p| {
        let (key, v) = p.split_once('=')?;
        key.trim()
            .eq_ignore_ascii_case(name)
            .then(|| v.trim().trim_matches('"').to_string())
            .filter(|v| !v.is_empty())
    })
}

/// The parts between `delimiter` lines, the preamble and the closing delimiter left out.
fn parts<'a>(body: &'a [u8], delimiter: &'a [u8]) -> impl Iterator<Item = &'a [u8]> + 'a {
    let mut rest = match find(body, delimiter) {
        Some(at) => &body[at + delimiter.len()..],
        None => &body[body.len()..],
    };
    std::iter::from_fn(move || {
        if rest.is_empty() || rest.starts_with(b"--") {
            return None;
        }
        let end = find(rest, delimiter).unwrap_or(rest.len());
        let part = &rest[..end];
        rest = &rest[(end + delimiter.len()).min(rest.len())..];
        Some(part)
    })
}

/// A body decoded as its `Content-Transfer-Encoding` says.
fn transfer_decode(headers: &[(String, String)], body: &[u8]) -> Vec<u8> {
    let encoding = header(headers, "content-transfer-encoding")
        .unwrap_or_default()
        .to_ascii_lowercase();
    match encoding.as_str() {
        "quoted-printable" => quoted_printable(body),
        "base64" => base64(body),
        _ => body.to_vec(),
    }
}

/// Quoted-printable: `=XX` is a byte, `=` at a line end joins the lines.
pub fn quoted_printable(body: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(body.len());
    let mut i = 0;
    while i < body.len() {
        let b = body[i];
        if b != b'=' {
            out.push(b);
            i += 1;
            continue;
        }
        match (body.get(i + 1), body.get(i + 2)) {
            (Some(b'\r'), Some(b'\n')) => i += 3,
            (Some(b'\n'), _) => i += 2,
            (Some(&h), Some(&l)) if h.is_ascii_hexdigit() && l.is_ascii_hexdigit() => {
                out.push(hex(h) << 4 | hex(l));
                i += 3;
            }
            _ => {
                out.push(b);
                i += 1;
            }
        }
    }
    out
}

fn hex(digit: u8) -> u8 {
    match digit {
        b'0'..=b'9' => digit - b'0',
        b'a'..=b'f' => digit - b'a' + 10,
        _ => digit.to_ascii_uppercase() - b'A' + 10,
    }
}

/// Base64, white space and anything outside the alphabet skipped, stopping at padding.
pub fn base64(body: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(body.len() / 4 * 3);
    let mut buffer = 0u32;
    let mut bits = 0;
    for &b in body {
        let value = match b {
            b'A'..=b'Z' => b - b'A',
            b'a'..=b'z' => b - b'a' + 26,
            b'0'..=b'9' => b - b'0' + 52,
            b'+' | b'-' => 62,
            b'/' | b'_' => 63,
            b'=' => break,
            _ => continue,
        };
        buffer = buffer << 6 | u32::from(value);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((buffer >> bits) as u8);
            buffer &= (1 << bits) - 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const CHROME: &str = "From: <Saved by Blink>\r\n\
Snapshot-Content-Location: https://example.org/news/storm\r\n\
Subject: Storm kills 87\r\n\
MIME-Version: 1.0\r\n\
Content-Type: multipart/related;\r\n\
\ttype=\"text/html\";\r\n\
\tboundary=\"----MultipartBoundary--abc----\"\r\n\
\r\n\
\r\n\
------MultipartBoundary--abc----\r\n\
Content-Type: text/css\r\n\
Content-Location: https://example.org/style.css\r\n\
\r\n\
p { color: red }\r\n\
------MultipartBoundary--abc----\r\n\
Content-Type: text/html\r\n\
Content-ID: <frame-1@mhtml.blink>\r\n\
Content-Transfer-Encoding: quoted-printable\r\n\
Content-Location: https://example.org/news/storm\r\n\
\r\n\
<html><head><meta http-equiv=3D\"Content-Type\" content=3D\"text/html; charset=3D=\r\n\
UTF-8\"><title>Storm</title></head><body><p>The storm killed 87 people, offici=\r\n\
als said =E2=80=9Con Monday=E2=80=9D.</p></body></html>\r\n\
------MultipartBoundary--abc------\r\n";

    #[test]
    fn reads_the_page_out_of_a_chrome_snapshot() {
        assert!(looks_like_mime(CHROME.as_bytes()));
        let page = read(CHROME.as_bytes()).expect("a page");
        let html = String::from_utf8(page.html).expect("utf-8");
        assert!(html.contains("charset=UTF-8"), "{html}");
        assert!(
            html.contains("killed 87 people, officials said “on Monday”."),
            "{html}"
        );
        assert_eq!(
            page.location.as_deref(),
            Some("https://example.org/news/storm")
        );
    }

    #[test]
    fn base64_parts_and_their_charset() {
        let mhtml = "MIME-Version: 1.0\nContent-Type: multipart/related; boundary=XX\n\n--XX\nContent-Type: text/html; charset=\"windows-1251\"\nContent-Transfer-Encoding: base64\n\nPHA+z/Do4uXyPC9wPg==\n--XX--\n";
        let page = read(mhtml.as_bytes()).expect("a page");
        assert_eq!(page.html, b"<p>\xcf\xf0\xe8\xe2\xe5\xf2</p>");
        assert_eq!(page.charset.as_deref(), Some("windows-1251"));
    }

    #[test]
    fn decoders_agree_with_their_definitions() {
        assert_eq!(base64(b"TWFu\r\nTWE="), b"ManMa");
        assert_eq!(base64(b"TQ=="), b"M");
        assert_eq!(quoted_printable(b"a=3Db=\nc= d=ZZ"), b"a=bc= d=ZZ");
    }

    #[test]
    fn without_a_page_it_says_so_and_never_panics() {
        let images_only = "MIME-Version: 1.0\nContent-Type: multipart/related; boundary=B\n\n--B\nContent-Type: image/png\n\nxx\n--B--";
        assert!(read(images_only.as_bytes()).is_err());
        for cut in 0..CHROME.len() {
            let _ = read(&CHROME.as_bytes()[..cut]);
        }
    }
}
