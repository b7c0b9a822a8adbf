//! Writes the benchmark's input shapes to files, for timing the CLI and other tools on them.
//!
//! ```text
//! cargo run --release -p parallax-engine --example shapes -- OUT_DIR
//! ```
//!
//! Writes `OUT_DIR/pair/{a,b}.txt` (two documents of about 1 MB, syndicated shape) and
//! `OUT_DIR/syndicated-N/NNNN.txt` for N in 200, 250, 500 and 1,000 articles, or for the sizes
//! given after `OUT_DIR`; with sizes, also `OUT_DIR/story-N/NNNN.txt`, the scale shape
//! (`… -- OUT_DIR 1000 2000 4000 8000 10000`, the curve of issue 19).

#[path = "../benches/shapes/mod.rs"]
mod shapes;

use std::path::{Path, PathBuf};

use parallax_engine::text::document::text_files;

fn main() -> std::io::Result<()> {
    let out = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "shapes".into()));
    let seeds_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    let seeds: Vec<String> = text_files(&seeds_dir)?
        .iter()
        .map(std::fs::read_to_string)
        .collect::<Result<_, _>>()?;

    let (a, b) = shapes::syndicated_pair(&seeds, 1024 * 1024, 1);
    std::fs::create_dir_all(out.join("pair"))?;
    std::fs::write(out.join("pair/a.txt"), a)?;
    std::fs::write(out.join("pair/b.txt"), b)?;
    let sizes: Vec<usize> = std::env::args()
        .skip(2)
        .filter_map(|n| n.parse().ok())
        .collect();
    if !sizes.is_empty() {
        for &n in &sizes {
            let dir = out.join(format!("story-{n}"));
            std::fs::create_dir_all(&dir)?;
            for (i, text) in shapes::story_articles(&seeds, n, n as u64)
                .iter()
                .enumerate()
            {
                std::fs::write(dir.join(format!("{i:04}.txt")), text)?;
            }
        }
    }
    let sizes = if sizes.is_empty() {
        vec![200, 250, 500, 1000]
    } else {
        sizes
    };
    for n in sizes {
        let dir = out.join(format!("syndicated-{n}"));
        std::fs::create_dir_all(&dir)?;
        for (i, text) in shapes::syndicated_articles(&seeds, n, n as u64)
            .iter()
            .enumerate()
        {
            std::fs::write(dir.join(format!("{i:04}.txt")), text)?;
        }
    }
    println!("wrote {}", out.display());
    Ok(())
}
