//! `cargo bench -p parallax-engine`: how the engine's cost grows with its input.
//!
//! Inputs: the five seeds; 50, 200 and 1,000 articles generated from the seeds by
//! deterministic edits (reorder paragraphs, reword, drop and insert sentences); two documents of
//! about 1 MB each. Prints a table of the median time and the peak heap memory of each step.
//! (A plain harness: no benchmark framework to build, and the numbers are what the notes quote.)

use std::alloc::{GlobalAlloc, Layout, System};
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use parallax_engine::align::align_pair;
use parallax_engine::cluster::analyze_corpus;
use parallax_engine::document::text_files;
use parallax_engine::passages::shared_passages;
use parallax_engine::segment::segment;
use parallax_engine::{analyze, Config, Corpus, Document};

/// Counts live and peak heap bytes.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded to the system allocator with the caller's layout.
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let now = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` came from `alloc` above with this layout.
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// A small deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

const SWAPS: &[(&str, &str)] = &[
    ("said", "told reporters"),
    ("Wednesday", "on Wednesday"),
    ("low", "new low"),
    ("Russia", "Moscow"),
    ("attack", "strike"),
    ("meeting", "talks"),
    ("two", "both"),
    ("United States", "U.S."),
];

fn seed_texts() -> Vec<String> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    let files = text_files(&dir).expect("seeds/");
    files
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("seed"))
        .collect()
}

/// The paragraphs of a text, each a list of sentences.
fn paragraphs(text: &str) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = Vec::new();
    let mut last = usize::MAX;
    for s in segment(text) {
        if s.paragraph != last {
            out.push(Vec::new());
            last = s.paragraph;
        }
        if let Some(p) = out.last_mut() {
            p.push(s.span.of(text).to_string());
        }
    }
    out
}

/// One article made from a seed by deterministic edits.
fn generate(seeds: &[Vec<Vec<String>>], rng: &mut Rng) -> String {
    let mut paras = seeds[rng.below(seeds.len())].clone();
    for _ in 0..3 {
        let (i, j) = (rng.below(paras.len()), rng.below(paras.len()));
        paras.swap(i, j);
    }
    let mut out = String::new();
    for para in paras {
        let mut kept = Vec::new();
        for sentence in para {
            if rng.chance(8) {
                continue; // drop
            }
            let mut s = sentence;
            if rng.chance(30) {
                let (from, to) = SWAPS[rng.below(SWAPS.len())];
                s = s.replacen(from, to, 1); // reword
            }
            kept.push(s);
            if rng.chance(6) {
                let other = &seeds[rng.below(seeds.len())];
                let p = &other[rng.below(other.len())];
                kept.push(p[rng.below(p.len())].clone()); // insert
            }
        }
        if !kept.is_empty() {
            out.push_str(&kept.join(" "));
            out.push_str("\n\n");
        }
    }
    out
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
        let base = LIVE.load(Ordering::Relaxed);
        PEAK.store(base, Ordering::Relaxed);
        let start = Instant::now();
        let out = f();
        times.push(start.elapsed());
        peak = peak.max(PEAK.load(Ordering::Relaxed) - base);
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
    let parsed: Vec<Vec<Vec<String>>> = seeds.iter().map(|t| paragraphs(t)).collect();

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
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15 ^ n as u64);
        let texts: Vec<String> = (0..n).map(|_| generate(&parsed, &mut rng)).collect();
        let corpus = corpus_of(&texts);
        let sentences: usize = corpus.entries().iter().map(|e| e.sentences.len()).sum();
        let size = format!("{n} docs, {sentences} sent.");
        let label = format!("{n} generated articles");
        let runs = if n >= 1000 { 3 } else { 5 };
        row(
            &label,
            "prepare corpus (segment, features)",
            size.clone(),
            measure(runs, || corpus_of(&texts)),
        );
        row(
            &label,
            "clusters + matrix (indexed)",
            size.clone(),
            measure(runs, || analyze_corpus(&corpus, &config)),
        );
        if n <= 50 {
            row(
                &label,
                "full report (every pair)",
                size,
                measure(3, || analyze(&corpus, &config)),
            );
        }
    }

    // Two documents of about 1 MB: each a long run of generated articles.
    let target = if quick { 64 * 1024 } else { 1024 * 1024 };
    let mut rng = Rng(42);
    let big = |rng: &mut Rng| {
        let mut s = String::new();
        while s.len() < target {
            s.push_str(&generate(&parsed, rng));
        }
        s
    };
    let (a, b) = (big(&mut rng), big(&mut rng));
    let corpus = corpus_of(&[a.clone(), b.clone()]);
    let (ea, eb) = (&corpus.entries()[0], &corpus.entries()[1]);
    let size = format!("{} + {} KB", a.len() / 1024, b.len() / 1024);
    let label = "two long documents";
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
        size,
        measure(3, || shared_passages(&ea.words, &eb.words, &config)),
    );
}
