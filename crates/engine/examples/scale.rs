//! Times the corpus-wide work step by step on the scale shape (issue 19): preparing the
//! documents, the clusters and matrix, the quote groups and the whole report, with the peak
//! heap of each, then one more article on top (prepared, and the report again with the
//! analyses kept), for the sizes given (default 1,000 2,000 4,000 8,000 articles).
//!
//! ```text
//! cargo run --release -p parallax-engine --example scale -- 1000 2000 4000 8000
//! ```

#[path = "../benches/counting/mod.rs"]
mod counting;
#[path = "../benches/shapes/mod.rs"]
mod shapes;

use std::path::Path;
use std::time::Instant;

use parallax_engine::analysis::cluster::analyze_corpus;
use parallax_engine::analysis::discrepancies::number_discrepancies;
use parallax_engine::analysis::quote_groups::group_quotes;
use parallax_engine::text::document::text_files;
use parallax_engine::{analyze, Analyzer, Config, Corpus, Document};

#[global_allocator]
static ALLOCATOR: counting::Counting = counting::Counting;

fn step<T>(name: &str, f: impl FnOnce() -> T) -> T {
    counting::reset_peak();
    let start = Instant::now();
    let out = f();
    println!(
        "  {name:<28} {:>8.2} s  peak {:>7.1} MB",
        start.elapsed().as_secs_f64(),
        counting::peak() as f64 / 1e6
    );
    out
}

fn main() -> std::io::Result<()> {
    let seeds_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    let seeds: Vec<String> = text_files(&seeds_dir)?
        .iter()
        .map(std::fs::read_to_string)
        .collect::<Result<_, _>>()?;
    // `scale DIR`: the text files of a folder instead of generated sizes.
    if let Some(dir) = std::env::args().nth(1).filter(|a| Path::new(a).is_dir()) {
        let texts: Vec<(String, String)> = text_files(Path::new(&dir))?
            .iter()
            .map(|p| {
                let name = p
                    .file_stem()
                    .map_or(String::new(), |s| s.to_string_lossy().into());
                std::fs::read_to_string(p).map(|t| (name, t))
            })
            .collect::<Result<_, _>>()?;
        run(&texts, &Config::default());
        return Ok(());
    }
    let sizes: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|n| n.parse().ok())
        .collect();
    let sizes = if sizes.is_empty() {
        vec![1000, 2000, 4000, 8000]
    } else {
        sizes
    };
    let config = Config::default();
    for n in sizes {
        let texts: Vec<(String, String)> = shapes::story_articles(&seeds, n, n as u64)
            .into_iter()
            .enumerate()
            .map(|(i, t)| (format!("{i:04}"), t))
            .collect();
        run(&texts, &config);
    }
    Ok(())
}

/// Times each step on `(name, text)` documents.
fn run(texts: &[(String, String)], config: &Config) {
    let bytes: usize = texts.iter().map(|(_, t)| t.len()).sum();
    println!(
        "{} articles, {:.1} MB of text",
        texts.len(),
        bytes as f64 / 1e6
    );
    let whole = Instant::now();
    let corpus = step("prepare", || {
        Corpus::from_documents(
            texts
                .iter()
                .map(|(name, t)| Document::parse(name.clone(), t.clone())),
        )
    });
    parts(&corpus, bytes);
    step("clusters + matrix", || analyze_corpus(&corpus, config));
    step("quote groups", || group_quotes(&corpus, config));
    step("number discrepancies", || number_discrepancies(&corpus));
    step("whole report", || analyze(&corpus, config));
    println!("  total {:.2} s", whole.elapsed().as_secs_f64());
    one_more(corpus, texts, config);
}

/// What one more article costs once the corpus has a report (the app's paste): preparing
/// it, and the report again with the analyses kept ([`Analyzer`]).
fn one_more(mut corpus: Corpus, texts: &[(String, String)], config: &Config) {
    let Some((_, text)) = texts.first() else {
        return;
    };
    let mut analyzer = Analyzer::new();
    let _ = analyzer.report(&corpus, config);
    step("one more: prepare", || {
        corpus.add(Document::parse("one more", text.clone()))
    });
    step("one more: report", || analyzer.report(&corpus, config));
}

/// Heap bytes of the prepared corpus by part, against the text's size.
fn parts(corpus: &Corpus, text: usize) {
    use std::mem::size_of;
    let vec = size_of::<Vec<u64>>();
    let mut sizes = [0usize; 6];
    for e in corpus.entries() {
        sizes[0] += e.document.text.len();
        sizes[1] += e.sentences.capacity() * size_of::<parallax_engine::text::Sentence>();
        sizes[2] += e.words.capacity() * size_of::<parallax_engine::text::Word>();
        for f in &e.features {
            sizes[3] += size_of::<parallax_engine::matching::similarity::Features>()
                + size_of::<parallax_engine::base::Key>()
                    * (f.content.len() + f.stops.len() + f.bigrams.len() + f.keys.len());
        }
        sizes[4] += size_of::<parallax_engine::base::Key>()
            * (e.vocabulary.content.capacity() + e.vocabulary.bigrams.capacity())
            + 2 * vec;
        sizes[5] += e.quotes.capacity() * size_of::<parallax_engine::features::Quote>()
            + e.figures
                .iter()
                .map(|f| {
                    size_of::<parallax_engine::features::Figure>()
                        + size_of::<parallax_engine::base::Key>() * f.context.capacity()
                })
                .sum::<usize>();
    }
    let names = [
        "text",
        "sentences",
        "words",
        "features",
        "vocabulary",
        "quotes+figures",
    ];
    let line: Vec<String> = names
        .iter()
        .zip(sizes)
        .map(|(n, b)| format!("{n} {:.1}×", b as f64 / text as f64))
        .collect();
    println!("  corpus by part: {}", line.join(", "));
}
