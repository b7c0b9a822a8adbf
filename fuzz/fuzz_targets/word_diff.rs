//! The word diff: its pieces reconstruct both sides exactly.
#![no_main]

use libfuzzer_sys::fuzz_target;
use parallax_engine::matching::diff::word_diff;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (a, b) = text.split_once('\0').unwrap_or((text, ""));
    let d = word_diff(a, 0, b, 0);
    let joined = |side: &[parallax_engine::matching::diff::Piece], t: &str| -> String {
        side.iter().map(|p| &t[p.range[0]..p.range[1]]).collect()
    };
    assert_eq!(joined(&d.a, a), a);
    assert_eq!(joined(&d.b, b), b);
});
