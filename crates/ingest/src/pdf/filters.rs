//! Stream filters: Flate (with PNG predictors), ASCIIHex and ASCII85.

use miniz_oxide::inflate::{decompress_to_vec_with_limit, decompress_to_vec_zlib_with_limit};

use super::syntax::{Dict, Lexer};

/// Inflated zlib data (or raw deflate data, which some writers produce), at most `limit` bytes;
/// what could be inflated of a damaged stream.
pub(super) fn inflate(data: &[u8], limit: usize) -> Option<Vec<u8>> {
    let zlib = decompress_to_vec_zlib_with_limit(data, limit).unwrap_or_else(|e| e.output);
    if !zlib.is_empty() {
        return Some(zlib);
    }
    let raw = decompress_to_vec_with_limit(data, limit).unwrap_or_else(|e| e.output);
    (!raw.is_empty()).then_some(raw)
}

/// Undoes a PNG predictor (`/Predictor` 10 or more); other data comes back unchanged.
pub(super) fn unpredict(data: Vec<u8>, params: Option<&Dict>) -> Vec<u8> {
    let param = |key: &str, default: f64, max: f64| {
        params
            .and_then(|p| p.get(key).num())
            .unwrap_or(default)
            .clamp(1.0, max) as usize
    };
    if param("Predictor", 1.0, 15.0) < 10 {
        return data;
    }
    let bits = param("Colors", 1.0, 32.0) * param("BitsPerComponent", 8.0, 16.0);
    let step = bits.div_ceil(8);
    let row = (bits * param("Columns", 1.0, 65_536.0)).div_ceil(8);
    let mut out = Vec::with_capacity(data.len());
    let mut previous = vec![0u8; row];
    for chunk in data.chunks(row + 1) {
        let (kind, src) = (chunk[0], &chunk[1..]);
        let mut current = vec![0u8; row];
        for (i, &byte) in src.iter().enumerate() {
            let left = if i >= step { current[i - step] } else { 0 };
            let up_left = if i >= step { previous[i - step] } else { 0 };
            let up = previous[i];
            let predicted = match kind {
                1 => left,
                2 => up,
                3 => ((u16::from(left) + u16::from(up)) / 2) as u8,
                4 => paeth(left, up, up_left),
                _ => 0,
            };
            current[i] = byte.wrapping_add(predicted);
        }
        out.extend_from_slice(&current[..src.len()]);
        previous = current;
    }
    out
}

fn paeth(left: u8, up: u8, up_left: u8) -> u8 {
    let p = i16::from(left) + i16::from(up) - i16::from(up_left);
    let (a, b, c) = (
        (p - i16::from(left)).abs(),
        (p - i16::from(up)).abs(),
        (p - i16::from(up_left)).abs(),
    );
    if a <= b && a <= c {
        left
    } else if b <= c {
        up
    } else {
        up_left
    }
}

pub(super) fn ascii_hex(data: &[u8]) -> Vec<u8> {
    let mut lexer = Lexer::new(data, 0);
    let mut wrapped = Vec::with_capacity(data.len() + 1);
    wrapped.push(b'<');
    wrapped.extend_from_slice(data);
    lexer.bytes = &wrapped;
    lexer.hex()
}

pub(super) fn ascii85(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len() * 4 / 5 + 4);
    let mut group = [0u8; 5];
    let mut filled = 0;
    for &b in data.iter().take_while(|&&b| b != b'~') {
        match b {
            b'z' if filled == 0 => out.extend_from_slice(&[0; 4]),
            b'!'..=b'u' => {
                group[filled] = b - b'!';
                filled += 1;
                if filled == 5 {
                    out.extend_from_slice(&base85_word(&group).to_be_bytes());
                    filled = 0;
                }
            }
            _ => {}
        }
    }
    if filled > 1 {
        group[filled..].fill(84);
        out.extend_from_slice(&base85_word(&group).to_be_bytes()[..filled - 1]);
    }
    out
}

fn base85_word(group: &[u8; 5]) -> u32 {
    group.iter().fold(0u32, |acc, &d| {
        acc.wrapping_mul(85).wrapping_add(u32::from(d))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pdf::testing::{page_document, text_of, Writer};
    use miniz_oxide::deflate::compress_to_vec_zlib;

    #[test]
    fn filters_chain_and_decode() {
        let content = compress_to_vec_zlib(b"BT /F1 12 Tf 72 700 Td (Chained) Tj ET", 6);
        let hex: String = content
            .iter()
            .map(|b| format!("{b:02x} "))
            .collect::<String>()
            + ">";
        let mut w = Writer::default();
        let stream = w.stream("/Filter [/AHx /FlateDecode]", hex.as_bytes());
        let f1 = w.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        let bytes = page_document(w, stream, &format!("<< /Font << /F1 {f1} 0 R >> >>"));
        assert_eq!(text_of(&bytes), "Chained");
        for sample in [
            &b""[..],
            b"a",
            b"ab\0",
            b"abc\xff",
            b"\0\0\0\0\0\0\0\0",
            b"Hello, world!",
        ] {
            assert_eq!(ascii85(&to_ascii85(sample)), sample);
        }
        assert_eq!(ascii85(b"z!!~>"), [0, 0, 0, 0, 0]);
    }

    fn to_ascii85(data: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        for chunk in data.chunks(4) {
            let mut word = [0u8; 4];
            word[..chunk.len()].copy_from_slice(chunk);
            let mut n = u32::from_be_bytes(word);
            let mut digits = [0u8; 5];
            for digit in digits.iter_mut().rev() {
                *digit = (n % 85) as u8 + b'!';
                n /= 85;
            }
            out.extend_from_slice(&digits[..chunk.len() + 1]);
        }
        out.extend_from_slice(b"~>");
        out
    }
}
