//! Scratch: every cross-document sentence pair of the seeds scoring in a band (not committed).
use parallax_engine::matching::similarity::score;
use parallax_engine::text::document::text_files;
use parallax_engine::{Corpus, Document};
fn main() {
    let lo: f32 = std::env::args()
        .nth(1)
        .and_then(|v| v.parse().ok())
        .unwrap_or(0.35);
    let hi: f32 = std::env::args()
        .nth(2)
        .and_then(|v| v.parse().ok())
        .unwrap_or(0.7);
    let files = text_files(std::path::Path::new("seeds")).unwrap();
    let corpus = Corpus::from_documents(files.iter().map(|p| {
        Document::parse(
            p.file_stem().unwrap().to_string_lossy(),
            std::fs::read_to_string(p).unwrap(),
        )
    }));
    let e = corpus.entries();
    let mut out = vec![];
    for a in 0..e.len() {
        for b in a + 1..e.len() {
            for (i, fa) in e[a].features.iter().enumerate() {
                for (j, fb) in e[b].features.iter().enumerate() {
                    let s = score(fa, fb);
                    if s >= lo && s < hi {
                        out.push((s, a, i, b, j));
                    }
                }
            }
        }
    }
    out.sort_by(|x, y| y.0.total_cmp(&x.0));
    for (s, a, i, b, j) in out {
        let t = |d: usize, k: usize| {
            e[d].sentences[k]
                .span
                .of(&e[d].document.text)
                .chars()
                .take(140)
                .collect::<String>()
        };
        println!("{s:.4} {a}:{i} {b}:{j}\n   {}\n   {}", t(a, i), t(b, j));
    }
}
