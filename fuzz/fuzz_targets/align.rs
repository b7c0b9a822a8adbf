//! Pair alignment (anchors, gaps, moves, 1:2 joins) and its row invariant.
#![no_main]

use libfuzzer_sys::fuzz_target;
use parallax_engine::analysis::align::align_pair;
use parallax_engine::corpus::Entry;
use parallax_engine::{Config, Document};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (a, b) = text.split_once('\0').unwrap_or((text, text));
    let (ea, eb) = (
        Entry::new(Document::parse("a", a)),
        Entry::new(Document::parse("b", b)),
    );
    let rows = align_pair(&ea, &eb, &Config::default());
    let seen_a: Vec<usize> = rows.iter().flat_map(|r| r.a.iter().copied()).collect();
    let seen_b: Vec<usize> = rows.iter().flat_map(|r| r.b.iter().copied()).collect();
    assert_eq!(seen_a, (0..ea.sentences.len()).collect::<Vec<_>>());
    assert_eq!(seen_b, (0..eb.sentences.len()).collect::<Vec<_>>());
});
