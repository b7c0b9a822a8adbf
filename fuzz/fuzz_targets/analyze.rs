//! Document parsing, segmentation, quotes, figures and the whole corpus analysis, on up to
//! four documents cut from the input at NUL bytes.
#![no_main]

use libfuzzer_sys::fuzz_target;
use parallax_engine::{analyze, Config, Corpus, Document};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let corpus = Corpus::from_documents(
        text.split('\0')
            .take(4)
            .enumerate()
            .map(|(i, t)| Document::parse(i.to_string(), t.to_string())),
    );
    let report = analyze(&corpus, &Config::default());
    for group in &report.quotes {
        for m in &group.members {
            assert!(report.documents[m.document]
                .text
                .get(m.start..m.end)
                .is_some());
        }
    }
});
