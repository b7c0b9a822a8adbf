//! `cargo bench -p parallax-engine`: how the engine's cost grows with its input.
//!
//! Inputs ([`shapes`]): the five seeds; 50, 200 and 1,000 articles generated from the seeds by
//! deterministic edits; **syndicated** corpora of 250, 500 and 1,000 articles (the same wire
//! sentences reprinted verbatim or lightly edited, mixed with each outlet's own text); two
//! documents of about 1 MB each, both as independent edits of the seeds and in the syndicated
//! shape (the same ~150 sentences recurring throughout, B = A with blocks moved and sentences
//! reworded, replaced and dropped); the **scale curve**, 1,000 to 8,000 articles of the story
//! shape (wire copy plus each outlet's own sentences in the story's vocabulary, so every
//! article shares most of its words with every other). Prints a table of the median time and
//! the peak heap memory of each step, and for the syndicated and story corpora the growth per
//! doubling (and the story corpora's peak heap per byte of text).
//! (A plain harness: no benchmark framework to build, and the numbers are what the notes quote.)

mod counting;
mod shapes;

use std::path::PathBuf;
use std::time::{Duration, Instant};

use parallax_engine::analysis::align::align_pair;
use parallax_engine::analysis::cluster::analyze_corpus;
use parallax_engine::matching::passages::shared_passages;
use parallax_engine::text::document::text_files;
use parallax_engine::{analyze, Config, Corpus, Document};

#[global_allocator]
static ALLOCATOR: counting::Counting = counting::Counting;

fn seed_texts() -> Vec<String> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    let files = text_files(&dir).expect("seeds/");
    files
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("seed"))
        .collect()
}

fn corpus_of(texts: &[String]) -> Corpus {
    Corpus::from_documents(
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| Document::parse(format!("g{i:04}"), t.clone())),
    )
}

/// Runs `f` `runs` times; returns the median time and the peak heap growth during a run.
fn measure<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, usize) {
    let mut times = Vec::with_capacity(runs);
    let mut peak = 0;
    for _ in 0..runs {
        let base = counting::live();
        counting::reset_peak();
        let start = Instant::now();
        let out = f();
        times.push(start.elapsed());
        peak = peak.max(counting::peak() - base);
        drop(out);
    }
    times.sort();
    (times[times.len() / 2], peak)
}

fn row(input: &str, step: &str, size: String, (time, peak): (Duration, usize)) {
    println!(
        "| {input:<26} | {step:<34} | {size:>22} | {:>10.2} ms | {:>8.1} MB |",
        time.as_secs_f64() * 1e3,
        peak as f64 / 1_048_576.0
    );
}

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --benches` runs this once with small inputs.
    let quick = !std::env::args().any(|a| a == "--bench");
    let config = Config::default();
    let seeds = seed_texts();

    println!("| input                      | step                               |                   size |       time |  peak heap |");
    println!("|----------------------------|------------------------------------|------------------------|------------|------------|");

    let seed_corpus = corpus_of(&seeds);
    let sentences: usize = seed_corpus
        .entries()
        .iter()
        .map(|e| e.sentences.len())
        .sum();
    row(
        "seeds",
        "prepare corpus (segment, features)",
        format!("5 docs, {sentences} sent."),
        measure(20, || corpus_of(&seeds)),
    );
    row(
        "seeds",
        "full report (10 pairs, passages)",
        format!("5 docs, {sentences} sent."),
        measure(20, || analyze(&seed_corpus, &config)),
    );

    let sizes: &[usize] = if quick { &[20] } else { &[50, 200, 1000] };
    for &n in sizes {
        let texts = shapes::edited_articles(&seeds, n);
        let label = format!("{n} edited articles");
        let (corpus, size) = prepare_and_cluster(&label, &texts, &config);
        if n <= 50 {
            row(
                &label,
                "full report (every pair)",
                size,
                measure(3, || analyze(&corpus, &config)),
            );
        }
    }

    // Syndicated copy: the growth per doubling is what shows whether the cost stays linear.
    let sizes: &[usize] = if quick { &[40, 80] } else { &[250, 500, 1000] };
    let mut previous: Option<Duration> = None;
    for &n in sizes {
        let texts = shapes::syndicated_articles(&seeds, n, n as u64);
        let label = format!("{n} syndicated articles");
        let (_, size) = prepare_and_cluster(&label, &texts, &config);
        let whole = measure(runs_for(n), || analyze(&corpus_of(&texts), &config));
        row(&label, "prepare + report (what compare does)", size, whole);
        if let Some(before) = previous {
            println!(
                "| {label:<26} | {:<34} | {:>22} | {:>10.2} × |            |",
                "growth from half the articles",
                "",
                whole.0.as_secs_f64() / before.as_secs_f64()
            );
        }
        previous = Some(whole.0);
    }

    // The scale curve (issue 19): the story shape, where every article shares most of its
    // words with every other, from 1,000 to 8,000 articles; what `compare` does (prepare and
    // the whole report), its peak heap against the text's size, and the growth per doubling.
    let sizes: &[usize] = if quick {
        &[40, 80]
    } else {
        &[1000, 2000, 4000, 8000]
    };
    let mut previous: Option<Duration> = None;
    for &n in sizes {
        let texts = shapes::story_articles(&seeds, n, n as u64);
        let bytes: usize = texts.iter().map(String::len).sum();
        let label = format!("{n} story articles");
        let runs = if n >= 4000 { 1 } else { runs_for(n) };
        let whole = measure(runs, || analyze(&corpus_of(&texts), &config));
        row(
            &label,
            "prepare + report (what compare does)",
            format!("{:.1} MB of text", bytes as f64 / 1e6),
            whole,
        );
        println!(
            "| {label:<26} | {:<34} | {:>22} | {:>10} | {:>8.1} × |",
            "peak heap growth per byte of text",
            "",
            "",
            whole.1 as f64 / bytes as f64
        );
        if let Some(before) = previous {
            println!(
                "| {label:<26} | {:<34} | {:>22} | {:>10.2} × |            |",
                "growth from half the articles",
                "",
                whole.0.as_secs_f64() / before.as_secs_f64()
            );
        }
        previous = Some(whole.0);
    }

    // Two documents of about 1 MB.
    let target = if quick { 64 * 1024 } else { 1024 * 1024 };
    let mut rng = shapes::Rng(42);
    let parsed: Vec<Vec<Vec<String>>> = seeds.iter().map(|t| shapes::paragraphs(t)).collect();
    let mut big = || {
        let mut s = String::new();
        while s.len() < target {
            s.push_str(&shapes::edited_article(&parsed, &mut rng));
        }
        s
    };
    let edited = (big(), big());
    let syndicated = shapes::syndicated_pair(&seeds, target, 1);
    for (label, (a, b)) in [
        ("two long edited documents", edited),
        ("two long syndicated docs", syndicated),
    ] {
        let corpus = corpus_of(&[a.clone(), b.clone()]);
        let (ea, eb) = (&corpus.entries()[0], &corpus.entries()[1]);
        let size = format!("{} + {} KB", a.len() / 1024, b.len() / 1024);
        row(
            label,
            "prepare both",
            size.clone(),
            measure(3, || corpus_of(&[a.clone(), b.clone()])),
        );
        row(
            label,
            "align pair (rows + word diffs)",
            size.clone(),
            measure(3, || align_pair(ea, eb, &config)),
        );
        row(
            label,
            "shared passages",
            size.clone(),
            measure(3, || shared_passages(&ea.words, &eb.words, &config)),
        );
        row(
            label,
            "prepare + full report",
            size,
            measure(3, || analyze(&corpus_of(&[a.clone(), b.clone()]), &config)),
        );
    }
}

/// Runs for a corpus of `n` documents (fewer for the largest).
fn runs_for(n: usize) -> usize {
    if n >= 1000 {
        3
    } else {
        5
    }
}

/// Measures and prints preparing a corpus of `texts` and its corpus-wide pass; returns the
/// corpus and its size label.
fn prepare_and_cluster(label: &str, texts: &[String], config: &Config) -> (Corpus, String) {
    let corpus = corpus_of(texts);
    let size = size_of(&corpus);
    let runs = runs_for(texts.len());
    row(
        label,
        "prepare corpus (segment, features)",
        size.clone(),
        measure(runs, || corpus_of(texts)),
    );
    row(
        label,
        "clusters + matrix (indexed)",
        size.clone(),
        measure(runs, || analyze_corpus(&corpus, config)),
    );
    (corpus, size)
}

fn size_of(corpus: &Corpus) -> String {
    let sentences: usize = corpus.entries().iter().map(|e| e.sentences.len()).sum();
    format!("{} docs, {sentences} sent.", corpus.len())
}
