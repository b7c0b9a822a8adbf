//! The language harness of issue 18: how the engine reads a pair of overlapping news articles
//! in each language (sentences, shared sentences, quotes and speakers, changed figures, and
//! Vietnamese in decomposed Unicode), against gold files written with the articles.
//!
//! ```text
//! cargo run --release -p parallax-engine --example languages [-- [--details] [CASE…]]
//! ```
//!
//! Prints a line per case and a summary line; `--details` adds every miss in words, and naming
//! cases (`de`, `vi-nfd`) limits the details to them. The data is in `tests/languages/` and
//! `docs/languages.md` describes it and each column. The held-out verification sets of the
//! issue (Universal Dependencies PUD treebanks, pySBD's test cases) are not used.

#[path = "../tests/languages/harness.rs"]
mod harness;

fn main() -> Result<(), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let details = args.iter().any(|a| a == "--details");
    let chosen: Vec<&str> = args
        .iter()
        .filter(|a| !a.starts_with("--"))
        .map(String::as_str)
        .collect();
    let cases = harness::cases(&harness::data_dir())?;
    let outcomes = harness::run(&cases);
    print!("{}", harness::table(&outcomes));
    if details {
        for o in &outcomes {
            if chosen.is_empty() || chosen.contains(&o.name.as_str()) {
                println!("\n{} ({} misses)", o.name, o.failures.len());
                for failure in &o.failures {
                    println!("  {failure}");
                }
            }
        }
    }
    Ok(())
}
