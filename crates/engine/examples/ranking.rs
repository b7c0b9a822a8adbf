//! How well `pairs[].similarity` ranks copied texts above independently written ones.
//!
//! ```text
//! cargo run --release -p parallax-engine --example ranking -- DIR
//! ```
//!
//! `DIR` holds a corpus of short answers written against a few source texts, in the layout of
//! the public corpus of plagiarised short answers: `file_information.csv` with the columns
//! `File,Task,Category` (category `cut`, `light`, `heavy`, `non`, or `orig` for the source) and
//! one text file per row. Each answer is compared with its task's source; the example prints
//! the AUC of ranking copies (`cut`, `light`, `heavy`) above independent answers (`non`): the
//! chance that a random copy scores above a random independent answer. No corpus ships with
//! the project.

use std::collections::HashMap;
use std::path::Path;

use parallax_engine::{analyze, Config, Corpus, Document};

fn main() -> Result<(), String> {
    let dir = std::env::args().nth(1).ok_or("usage: ranking DIR")?;
    let dir = Path::new(&dir);
    let index = std::fs::read_to_string(dir.join("file_information.csv"))
        .map_err(|e| format!("{}: {e}", dir.join("file_information.csv").display()))?;
    let read = |name: &str| -> Result<String, String> {
        let bytes = std::fs::read(dir.join(name)).map_err(|e| format!("{name}: {e}"))?;
        Ok(String::from_utf8_lossy(&bytes).into_owned())
    };
    let mut sources: HashMap<String, String> = HashMap::new();
    let mut answers: Vec<(String, String, String)> = Vec::new();
    for line in index.lines().skip(1) {
        let fields: Vec<&str> = line.trim().split(',').collect();
        let [file, task, category] = fields[..] else {
            continue;
        };
        if category == "orig" {
            sources.insert(task.to_string(), read(file)?);
        } else {
            answers.push((file.to_string(), task.to_string(), category.to_string()));
        }
    }
    let config = Config::default();
    let mut scored: Vec<(f32, bool, String)> = Vec::new();
    for (file, task, category) in &answers {
        let source = sources
            .get(task)
            .ok_or(format!("no source for task {task}"))?;
        let corpus = Corpus::from_documents([
            Document::parse(file.clone(), read(file)?),
            Document::parse(format!("orig_{task}"), source.clone()),
        ]);
        let report = analyze(&corpus, &config);
        let similarity = report.pairs.first().map_or(0.0, |p| p.similarity);
        scored.push((similarity, category != "non", format!("{file} {category}")));
    }
    let positives: Vec<f32> = scored.iter().filter(|s| s.1).map(|s| s.0).collect();
    let negatives: Vec<f32> = scored.iter().filter(|s| !s.1).map(|s| s.0).collect();
    let mut wins = 0.0;
    for p in &positives {
        for n in &negatives {
            wins += if p > n {
                1.0
            } else if p == n {
                0.5
            } else {
                0.0
            };
        }
    }
    let auc = wins / (positives.len() * negatives.len()) as f64;
    if std::env::args().any(|a| a == "--list") {
        scored.sort_by(|x, y| y.0.total_cmp(&x.0));
        for (s, _, name) in &scored {
            println!("{s:.3} {name}");
        }
    }
    println!(
        "AUC {auc:.4} ({} copies, {} independent answers)",
        positives.len(),
        negatives.len()
    );
    Ok(())
}
