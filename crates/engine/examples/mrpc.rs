//! How well the sentence score ranks paraphrases above different statements that share words,
//! on the Microsoft Research Paraphrase Corpus (MRPC).
//!
//! ```text
//! cargo run --release -p parallax-engine --example mrpc -- FILE
//! ```
//!
//! `FILE` is MRPC's training split, `msr_paraphrase_train.txt` (tab-separated: quality, two
//! ids, two sentences; `scripts/eval-data.sh` says where to get it). Only the training split is
//! for tuning; the test split is kept for verification. Prints the ROC AUC of the engine's
//! sentence score (the chance that a random paraphrase pair scores above a random
//! non-paraphrase pair), the same for plain word Jaccard as a baseline, and the accuracy at
//! the default threshold. No data ships with the project.

use parallax_engine::base::config::DEFAULT_THRESHOLD;
use parallax_engine::matching::similarity::{score, Features};
use parallax_engine::text::normalize::{fold, tokenize, TokenKind};

fn main() -> Result<(), String> {
    let path = std::env::args().nth(1).ok_or("usage: mrpc FILE")?;
    let bytes = std::fs::read(&path).map_err(|e| format!("{path}: {e}"))?;
    // The corpus is Windows-1252 in a few places; those few characters do not matter here.
    let text = String::from_utf8_lossy(&bytes);
    let mut pairs: Vec<(bool, String, String)> = Vec::new();
    for line in text.lines().skip(1) {
        let fields: Vec<&str> = line.trim_end_matches('\r').split('\t').collect();
        if let [quality, _, _, a, b] = fields[..] {
            pairs.push((quality == "1", a.to_string(), b.to_string()));
        }
    }
    if pairs.is_empty() {
        return Err(format!("{path}: no sentence pairs"));
    }
    let engine: Vec<(bool, f32)> = pairs
        .iter()
        .map(|(label, a, b)| (*label, score(&Features::of(a), &Features::of(b))))
        .collect();
    let jaccard: Vec<(bool, f32)> = pairs
        .iter()
        .map(|(label, a, b)| (*label, word_jaccard(a, b)))
        .collect();
    let correct = engine
        .iter()
        .filter(|&&(label, s)| (s >= DEFAULT_THRESHOLD) == label)
        .count();
    let positives = pairs.iter().filter(|p| p.0).count();
    println!(
        "MRPC {path}: {} pairs, {positives} paraphrases",
        pairs.len()
    );
    println!("sentence score: ROC AUC {:.3}", auc(&engine));
    println!("word Jaccard:   ROC AUC {:.3}", auc(&jaccard));
    println!(
        "accuracy at the default threshold {DEFAULT_THRESHOLD}: {:.1}%",
        100.0 * correct as f64 / pairs.len() as f64
    );
    if std::env::var_os("MRPC_ERRORS").is_some() {
        // The worst-ranked paraphrases and the best-ranked non-paraphrases, to study.
        let mut by_score: Vec<(f32, usize)> = engine
            .iter()
            .enumerate()
            .map(|(i, &(_, s))| (s, i))
            .collect();
        by_score.sort_by(|x, y| x.0.total_cmp(&y.0));
        let show = |(s, i): (f32, usize)| {
            let (label, a, b) = &pairs[i];
            println!("{s:.3} {label}\n  {a}\n  {b}");
        };
        println!("-- paraphrases scored lowest");
        by_score
            .iter()
            .filter(|(_, i)| pairs[*i].0)
            .take(15)
            .for_each(|&x| show(x));
        println!("-- different statements scored highest");
        by_score
            .iter()
            .rev()
            .filter(|(_, i)| !pairs[*i].0)
            .take(15)
            .for_each(|&x| show(x));
    }
    Ok(())
}

/// Jaccard similarity of the two sentences' sets of folded words.
fn word_jaccard(a: &str, b: &str) -> f32 {
    let words = |s: &str| -> std::collections::BTreeSet<String> {
        tokenize(s)
            .into_iter()
            .filter(|t| t.kind == TokenKind::Word)
            .map(|t| fold(&s[t.start..t.end]))
            .collect()
    };
    let (x, y) = (words(a), words(b));
    let union = x.union(&y).count();
    if union == 0 {
        0.0
    } else {
        x.intersection(&y).count() as f32 / union as f32
    }
}

/// ROC AUC of scores against labels: the share of (positive, negative) pairs in which the
/// positive scores higher, ties counting one half (the Mann–Whitney statistic).
fn auc(scored: &[(bool, f32)]) -> f64 {
    let mut sorted: Vec<(f32, bool)> = scored.iter().map(|&(l, s)| (s, l)).collect();
    sorted.sort_by(|x, y| x.0.total_cmp(&y.0));
    let (mut rank_sum, mut positives) = (0.0f64, 0usize);
    let mut i = 0;
    while i < sorted.len() {
        let mut j = i;
        while j < sorted.len() && sorted[j].0 == sorted[i].0 {
            j += 1;
        }
        // Ranks i+1..=j share their mean.
        let mean = (i + 1 + j) as f64 / 2.0;
        for item in &sorted[i..j] {
            if item.1 {
                rank_sum += mean;
                positives += 1;
            }
        }
        i = j;
    }
    let negatives = sorted.len() - positives;
    if positives == 0 || negatives == 0 {
        return 0.5;
    }
    let p = positives as f64;
    (rank_sum - p * (p + 1.0) / 2.0) / (p * negatives as f64)
}
