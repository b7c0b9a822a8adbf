//! How well reused blocks find text reuse, scored as the PAN text-alignment task scores it.
//!
//! ```text
//! cargo run --release -p parallax-engine --example pan -- DIR [--threshold T] [--min-words N]
//! ```
//!
//! `DIR` is a corpus in the layout of the PAN 2013 text-alignment corpora (or one that
//! `examples/reuse_corpus.rs` writes): `susp/` and `src/` text files, a `pairs` file (one
//! `suspicious source` pair a line), and for each kind of case a folder (`01-no-plagiarism`,
//! `02-no-obfuscation`, …) with a `pairs` file and one XML file per pair listing its cases
//! (`<feature name="plagiarism" this_offset=… this_length=… source_offset=…
//! source_length=…/>`, offsets in characters). Only training data is for tuning: the PAN 2013
//! test corpora are kept for verification. No corpus ships with the project.
//!
//! Each pair is aligned (source as `a`, suspicious document as `b`) and each reused block is a
//! detection. Printed per kind and overall: plagdet = F1 / log2(1 + granularity), with
//! macro-averaged character precision and recall (Potthast et al., "An Evaluation Framework
//! for Plagiarism Detection", 2010), and the share of pairs without reuse that get any block.

use std::collections::HashMap;
use std::path::PathBuf;

use parallax_engine::analysis::align::align_pair;
use parallax_engine::analysis::blocks::reused_blocks;
use parallax_engine::corpus::Entry;
use parallax_engine::{Config, Document};

/// A character range of the suspicious document and one of the source, as PAN writes a case.
#[derive(Clone, Copy, Debug)]
struct Case {
    susp: (usize, usize),
    src: (usize, usize),
}

/// One pair's cases and detections, by the pair's key.
struct Scored {
    kind: String,
    cases: Vec<Case>,
    detections: Vec<Case>,
}

fn main() -> Result<(), String> {
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(
        args.next()
            .ok_or("usage: pan DIR [--threshold T] [--min-words N]")?,
    );
    let mut config = Config::default();
    let mut min_words = 0usize;
    let mut show: Option<String> = None;
    while let Some(flag) = args.next() {
        let value = args.next().ok_or(format!("{flag} needs a value"))?;
        match flag.as_str() {
            "--threshold" => {
                config = config.with_threshold(value.parse().map_err(|_| "bad threshold")?)
            }
            "--min-words" => min_words = value.parse().map_err(|_| "bad word count")?,
            "--show" => show = Some(value),
            other => return Err(format!("unknown option {other}")),
        }
    }
    let mut kinds: Vec<(String, PathBuf)> = std::fs::read_dir(&dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir() && p.join("pairs").is_file())
        .map(|p| {
            (
                p.file_name()
                    .unwrap_or_default()
                    .to_string_lossy()
                    .to_string(),
                p,
            )
        })
        .collect();
    kinds.sort();
    if kinds.is_empty() {
        return Err(format!("{}: no folders with a `pairs` file", dir.display()));
    }
    let mut texts: HashMap<PathBuf, String> = HashMap::new();
    let mut read = |path: PathBuf| -> Result<String, String> {
        if let Some(t) = texts.get(&path) {
            return Ok(t.clone());
        }
        let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let text = String::from_utf8_lossy(&bytes).into_owned();
        texts.insert(path, text.clone());
        Ok(text)
    };
    let mut scored: Vec<Scored> = Vec::new();
    for (kind, folder) in &kinds {
        let pairs = std::fs::read_to_string(folder.join("pairs")).map_err(|e| e.to_string())?;
        for line in pairs.lines() {
            let mut names = line.split_whitespace();
            let (Some(susp), Some(src)) = (names.next(), names.next()) else {
                continue;
            };
            let susp_text = read(dir.join("susp").join(susp))?;
            let src_text = read(dir.join("src").join(src))?;
            let truth = folder.join(format!(
                "{}-{}.xml",
                susp.trim_end_matches(".txt"),
                src.trim_end_matches(".txt")
            ));
            let cases = std::fs::read_to_string(&truth)
                .map(|xml| cases_of(&xml))
                .unwrap_or_default();
            let detections = detect(&src_text, &susp_text, &config, min_words);
            if show.as_deref() == Some(kind.as_str()) {
                // To study: each case and each detection, as text.
                let clip = |t: &str, r: (usize, usize)| -> String {
                    t.chars()
                        .skip(r.0)
                        .take((r.1 - r.0).min(160))
                        .collect::<String>()
                        .replace('\n', " ")
                };
                println!("== {susp} {src}");
                for c in &cases {
                    println!(
                        "  case      susp {:?}: {}",
                        c.susp,
                        clip(&susp_text, c.susp)
                    );
                }
                for d in &detections {
                    println!(
                        "  detection susp {:?}: {}",
                        d.susp,
                        clip(&susp_text, d.susp)
                    );
                    println!("            src  {:?}: {}", d.src, clip(&src_text, d.src));
                }
            }
            scored.push(Scored {
                kind: kind.clone(),
                cases,
                detections,
            });
        }
    }
    println!(
        "PAN-style text alignment on {} ({} pairs, threshold {}, blocks of at least {min_words} words)",
        dir.display(),
        scored.len(),
        config.threshold
    );
    println!(
        "| kind | pairs | plagdet | precision | recall | granularity | pairs with a detection |"
    );
    println!("|---|---|---|---|---|---|---|");
    for (kind, _) in &kinds {
        let part: Vec<&Scored> = scored.iter().filter(|s| &s.kind == kind).collect();
        print_row(kind, &part);
    }
    print_row("all", &scored.iter().collect::<Vec<_>>());
    Ok(())
}

/// The reused blocks of `src` (as `a`) in `susp` (as `b`), as character ranges.
fn detect(src: &str, susp: &str, config: &Config, min_words: usize) -> Vec<Case> {
    let a = Entry::new(Document::parse("src", src));
    let b = Entry::new(Document::parse("susp", susp));
    let rows = align_pair(&a, &b, config);
    let (src_chars, susp_chars) = (char_offsets(src), char_offsets(susp));
    reused_blocks(&a, &b, &rows)
        .into_iter()
        .filter(|k| k.words >= min_words)
        .map(|k| Case {
            susp: (susp_chars[k.b.start], susp_chars[k.b.end]),
            src: (src_chars[k.a.start], src_chars[k.a.end]),
        })
        .collect()
}

/// For each byte offset of `text` (and one past the end), the character offset there.
fn char_offsets(text: &str) -> Vec<usize> {
    let mut out = vec![0; text.len() + 1];
    let mut n = 0;
    for (i, c) in text.char_indices() {
        out[i..i + c.len_utf8()].fill(n);
        n += 1;
    }
    out[text.len()] = n;
    out
}

/// The plagiarism cases of a PAN truth file.
fn cases_of(xml: &str) -> Vec<Case> {
    let attr = |feature: &str, name: &str| -> Option<usize> {
        let key = format!("{name}=\"");
        let at = feature.find(&key)? + key.len();
        feature[at..].split('"').next()?.parse().ok()
    };
    xml.split("<feature")
        .skip(1)
        .filter(|f| f.contains("name=\"plagiarism\""))
        .filter_map(|f| {
            let (so, sl) = (attr(f, "this_offset")?, attr(f, "this_length")?);
            let (ro, rl) = (attr(f, "source_offset")?, attr(f, "source_length")?);
            Some(Case {
                susp: (so, so + sl),
                src: (ro, ro + rl),
            })
        })
        .collect()
}

fn overlap(x: (usize, usize), y: (usize, usize)) -> usize {
    x.1.min(y.1).saturating_sub(x.0.max(y.0))
}

/// Whether detection `r` detects case `s`: they overlap in both documents.
fn detects(r: &Case, s: &Case) -> bool {
    overlap(r.susp, s.susp) > 0 && overlap(r.src, s.src) > 0
}

/// Characters of `range` covered by the union of `others` (each clipped to it).
fn covered(range: (usize, usize), others: &[(usize, usize)]) -> usize {
    let mut parts: Vec<(usize, usize)> = others
        .iter()
        .map(|o| (o.0.max(range.0), o.1.min(range.1)))
        .filter(|o| o.0 < o.1)
        .collect();
    parts.sort_unstable();
    let (mut total, mut end) = (0, range.0);
    for (s, e) in parts {
        let s = s.max(end);
        if e > s {
            total += e - s;
            end = e;
        }
    }
    total
}

fn length(c: &Case) -> usize {
    (c.susp.1 - c.susp.0) + (c.src.1 - c.src.0)
}

/// Prints plagdet and its parts for some pairs (each pair's cases and detections together).
fn print_row(kind: &str, pairs: &[&Scored]) {
    let (mut precision_sum, mut detections) = (0.0f64, 0usize);
    let (mut recall_sum, mut cases) = (0.0f64, 0usize);
    let (mut granularity_sum, mut detected_cases) = (0usize, 0usize);
    let mut flagged = 0;
    for pair in pairs {
        if !pair.detections.is_empty() {
            flagged += 1;
        }
        for r in &pair.detections {
            detections += 1;
            let hits: Vec<&Case> = pair.cases.iter().filter(|s| detects(r, s)).collect();
            let susp: Vec<(usize, usize)> = hits.iter().map(|s| s.susp).collect();
            let src: Vec<(usize, usize)> = hits.iter().map(|s| s.src).collect();
            let len = length(r);
            if len > 0 {
                precision_sum +=
                    (covered(r.susp, &susp) + covered(r.src, &src)) as f64 / len as f64;
            }
        }
        for s in &pair.cases {
            cases += 1;
            let hits: Vec<&Case> = pair.detections.iter().filter(|r| detects(r, s)).collect();
            if !hits.is_empty() {
                detected_cases += 1;
                granularity_sum += hits.len();
            }
            let susp: Vec<(usize, usize)> = hits.iter().map(|r| r.susp).collect();
            let src: Vec<(usize, usize)> = hits.iter().map(|r| r.src).collect();
            let len = length(s);
            if len > 0 {
                recall_sum += (covered(s.susp, &susp) + covered(s.src, &src)) as f64 / len as f64;
            }
        }
    }
    let precision = if detections == 0 {
        1.0
    } else {
        precision_sum / detections as f64
    };
    let recall = if cases == 0 {
        1.0
    } else {
        recall_sum / cases as f64
    };
    let granularity = if detected_cases == 0 {
        1.0
    } else {
        granularity_sum as f64 / detected_cases as f64
    };
    let f1 = if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    };
    let plagdet = f1 / (1.0 + granularity).log2();
    println!(
        "| {kind} | {} | {plagdet:.3} | {precision:.3} | {recall:.3} | {granularity:.2} | {flagged} ({:.1}%) |",
        pairs.len(),
        100.0 * flagged as f64 / pairs.len().max(1) as f64
    );
}
