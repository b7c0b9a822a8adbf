//! Reading a user's file: decoding (every encoding), refusals, HTML, saved single-file pages,
//! Markdown, Word and PDF reading, then the engine on what comes out. The first byte picks
//! the file type.
#![no_main]

use libfuzzer_sys::fuzz_target;
use parallax_engine::{analyze, Config, Corpus, Document};
use parallax_ingest::import;

fuzz_target!(|data: &[u8]| {
    let Some((&kind, bytes)) = data.split_first() else {
        return;
    };
    let name = match kind % 7 {
        0 => "file.txt",
        1 => "file.md",
        2 => "file.html",
        3 => "file.mhtml",
        4 => "file.docx",
        5 => "file.pdf",
        _ => "file.png",
    };
    if let Ok(imported) = import(name, bytes) {
        assert!(!imported.text.trim().is_empty());
        let corpus = Corpus::from_documents(vec![
            Document::parse("a", imported.text.as_str()),
            Document::parse("b", imported.text.as_str()),
        ]);
        let report = analyze(&corpus, &Config::default());
        assert_eq!(report.documents.len(), 2);
    }
});
