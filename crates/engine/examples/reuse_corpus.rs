//! Writes a text-reuse corpus in the PAN text-alignment layout from a folder of articles, for
//! `examples/pan.rs` when no PAN corpus is at hand.
//!
//! ```text
//! cargo run --release -p parallax-engine --example reuse_corpus -- ARTICLES OUT [PAIRS_PER_KIND]
//! ```
//!
//! `ARTICLES` holds `.txt` articles named `<topic>-<n>.txt` (first line a headline). Each pair
//! takes a source article and a host article (on the same topic for pairs without reuse, where
//! false matches come from; on another topic otherwise); the suspicious document is the host
//! with a passage of the source put in at a paragraph break, as
//!
//! | kind                     | the passage                                                       |
//! |--------------------------|-------------------------------------------------------------------|
//! | `01-no-plagiarism`       | none: the host as it is, against an unrelated source               |
//! | `02-no-obfuscation`      | copied verbatim (3–10 sentences)                                  |
//! | `03-random-obfuscation`  | each word, with probability 0.3, dropped, replaced by a word of the host, doubled by one, or swapped with its neighbour |
//! | `05-summary-obfuscation` | 8–16 sentences condensed: every third kept, and of each kept one a clause dropped |
//!
//! (PAN's fourth kind, cyclic translation, needs a translator and is left out.) Deterministic:
//! the same articles give the same corpus. Texts made this way are easier than real reuse;
//! the numbers it gives are a check, not a benchmark.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

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

    fn chance(&mut self, p: f64) -> bool {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }
}

struct Article {
    topic: String,
    text: String,
}

const KINDS: &[&str] = &[
    "01-no-plagiarism",
    "02-no-obfuscation",
    "03-random-obfuscation",
    "05-summary-obfuscation",
];

fn main() -> Result<(), String> {
    let mut args = std::env::args().skip(1);
    let usage = "usage: reuse_corpus ARTICLES OUT [PAIRS_PER_KIND]";
    let input = PathBuf::from(args.next().ok_or(usage)?);
    let out = PathBuf::from(args.next().ok_or(usage)?);
    let per_kind: usize = args
        .next()
        .map_or(Ok(250), |n| n.parse().map_err(|_| usage))?;
    let mut files: Vec<PathBuf> = std::fs::read_dir(&input)
        .map_err(|e| format!("{}: {e}", input.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let articles: Vec<Article> = files
        .iter()
        .filter_map(|p| {
            let text = std::fs::read_to_string(p).ok()?;
            let topic = p
                .file_stem()?
                .to_string_lossy()
                .split('-')
                .next()?
                .to_string();
            Some(Article { topic, text })
        })
        .collect();
    if articles.len() < 10 {
        return Err(format!("{}: fewer than ten articles", input.display()));
    }
    for sub in ["src", "susp"] {
        std::fs::create_dir_all(out.join(sub)).map_err(|e| e.to_string())?;
    }
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut n = 0;
    let mut all_pairs = String::new();
    for kind in KINDS {
        let folder = out.join(kind);
        std::fs::create_dir_all(&folder).map_err(|e| e.to_string())?;
        let mut pairs = String::new();
        for _ in 0..per_kind {
            n += 1;
            let source = &articles[rng.below(articles.len())];
            // Pairs without reuse are on the same topic (where false matches come from); the
            // others put a passage into an article on another topic.
            let same_topic = kind.starts_with("01");
            let host = loop {
                let h = &articles[rng.below(articles.len())];
                if (h.topic == source.topic) == same_topic && h.text != source.text {
                    break h;
                }
            };
            let (susp_name, src_name) = (
                format!("suspicious-document{n:05}.txt"),
                format!("source-document{n:05}.txt"),
            );
            let (susp, case) = make_pair(kind, source, host, &mut rng);
            write(&out.join("src").join(&src_name), &source.text)?;
            write(&out.join("susp").join(&susp_name), &susp)?;
            let mut xml = format!("<document reference=\"{susp_name}\">\n");
            if let Some((this, source_range)) = case {
                let _ = writeln!(
                    xml,
                    "<feature name=\"plagiarism\" obfuscation=\"{kind}\" this_offset=\"{}\" this_length=\"{}\" source_reference=\"{src_name}\" source_offset=\"{}\" source_length=\"{}\"/>",
                    this.0,
                    this.1 - this.0,
                    source_range.0,
                    source_range.1 - source_range.0
                );
            }
            xml.push_str("</document>\n");
            write(
                &folder.join(format!(
                    "{}-{}.xml",
                    susp_name.trim_end_matches(".txt"),
                    src_name.trim_end_matches(".txt")
                )),
                &xml,
            )?;
            let _ = writeln!(pairs, "{susp_name} {src_name}");
        }
        write(&folder.join("pairs"), &pairs)?;
        all_pairs.push_str(&pairs);
    }
    write(&out.join("pairs"), &all_pairs)?;
    println!("wrote {n} pairs to {}", out.display());
    Ok(())
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

/// The sentences of a text's body (after its headline), roughly: split after `. ` `? ` `! `.
fn sentences(text: &str) -> Vec<(usize, usize)> {
    let body_start = text.find("\n\n").map_or(0, |i| i + 2);
    let mut out = Vec::new();
    let mut start = body_start;
    let bytes = text.as_bytes();
    for i in body_start..text.len() {
        let end_here = matches!(bytes[i], b'.' | b'?' | b'!')
            && bytes.get(i + 1).is_none_or(|b| b.is_ascii_whitespace());
        if end_here {
            let s = text[start..=i].trim_start();
            if !s.is_empty() {
                out.push((i + 1 - s.len(), i + 1));
            }
            start = i + 1;
        }
    }
    out
}

/// The suspicious text for one pair, and its case as character ranges (suspicious, source).
#[allow(clippy::type_complexity)]
fn make_pair(
    kind: &str,
    source: &Article,
    host: &Article,
    rng: &mut Rng,
) -> (String, Option<((usize, usize), (usize, usize))>) {
    if kind.starts_with("01") {
        return (host.text.clone(), None);
    }
    let ss = sentences(&source.text);
    let (min, max) = if kind.starts_with("05") {
        (8, 16)
    } else {
        (3, 10)
    };
    if ss.is_empty() {
        return (host.text.clone(), None);
    }
    let len = (min + rng.below(max - min + 1)).min(ss.len());
    let first = rng.below(ss.len() - len + 1);
    let (from, to) = (ss[first].0, ss[first + len - 1].1);
    let passage = &source.text[from..to];
    let host_words: Vec<&str> = host.text.split_whitespace().collect();
    let inserted = match kind {
        k if k.starts_with("02") => passage.to_string(),
        k if k.starts_with("03") => random_obfuscation(passage, &host_words, rng),
        _ => summary(&source.text, &ss[first..first + len], rng),
    };
    // At a paragraph break of the host (after its headline).
    let breaks: Vec<usize> = host
        .text
        .match_indices("\n\n")
        .map(|(i, _)| i + 2)
        .collect();
    let at = if breaks.is_empty() {
        host.text.len()
    } else {
        breaks[rng.below(breaks.len())]
    };
    let mut susp = String::with_capacity(host.text.len() + inserted.len() + 2);
    susp.push_str(&host.text[..at]);
    let start = susp.chars().count();
    susp.push_str(&inserted);
    let end = susp.chars().count();
    susp.push_str("\n\n");
    susp.push_str(&host.text[at..]);
    let chars = |b: usize| source.text[..b].chars().count();
    (susp, Some(((start, end), (chars(from), chars(to)))))
}

/// Each word, with probability 0.3, dropped, replaced by a word of the host, doubled by one,
/// or swapped with its neighbour.
fn random_obfuscation(passage: &str, host: &[&str], rng: &mut Rng) -> String {
    let mut words: Vec<String> = passage.split_whitespace().map(str::to_string).collect();
    let mut i = 0;
    while i < words.len() {
        if rng.chance(0.3) {
            match rng.below(4) {
                0 if words.len() > 1 => {
                    words.remove(i);
                    continue;
                }
                1 => words[i] = host[rng.below(host.len())].to_string(),
                2 => words.insert(i + 1, host[rng.below(host.len())].to_string()),
                _ if i + 1 < words.len() => words.swap(i, i + 1),
                _ => {}
            }
        }
        i += 1;
    }
    words.join(" ")
}

/// Every third of the sentences kept, each with a clause (between commas) dropped when it has
/// one.
fn summary(text: &str, sentences: &[(usize, usize)], rng: &mut Rng) -> String {
    let kept: Vec<String> = sentences
        .iter()
        .step_by(3)
        .map(|&(from, to)| {
            let s = &text[from..to];
            let commas: Vec<usize> = s.match_indices(", ").map(|(i, _)| i).collect();
            if commas.len() >= 2 {
                let k = rng.below(commas.len() - 1);
                format!("{}{}", &s[..commas[k]], &s[commas[k + 1]..])
            } else {
                s.to_string()
            }
        })
        .collect();
    kept.join(" ")
}
