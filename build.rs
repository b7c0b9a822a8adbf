//! Embeds every `seeds/*.txt` into the app at build time.
//!
//! Writes `$OUT_DIR/seeds.rs`: a `SEEDS` table of `(name, text)` sorted by file name, each
//! text pulled in with `include_str!`. A seed that is not UTF-8 text stops the build with a
//! message naming the file and the byte offset. An empty or missing `seeds/` gives an empty
//! table (the app then explains how to add articles).
//!
//! Also writes `$OUT_DIR/export.css`: `style/export.css` (the HTML reports' stylesheet)
//! without comments and spare white space, since the app carries it in its wasm.
//!
//! And, for up to [`PRECOMPUTED_UP_TO`] bundled articles, the engine's report on them at the
//! page's settings, as JSON, to `parallax-bundled-report.json` in the build's profile folder
//! (`target/wasm32-unknown-unknown/wasm-release/`): Trunk's post-build hook puts it in the page,
//! which shows it at once when the visitor has no articles of their own (`src/state.rs`).
//!
//! For test builds, `PARALLAX_EXTRA_SEEDS=DIR` embeds the `*.txt` files of `DIR` after the
//! seeds (the end-to-end tests build one with a hostile article this way, leaving `seeds/`
//! alone), and `PARALLAX_TEST_HOOKS=1` compiles in what only tests may reach (`cfg(test_hooks)`:
//! a route that panics, to check the recovery panel).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use parallax_engine::text::document::{decode_text, text_files};
use parallax_engine::{analyze, Config, Corpus, Document};

/// Largest bundle whose report is made at build time (more would make the page heavy and the
/// build slow; the worker then makes the first report).
const PRECOMPUTED_UP_TO: usize = 50;

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    println!("cargo:rerun-if-changed=seeds");
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=PARALLAX_EXTRA_SEEDS");
    println!("cargo:rerun-if-env-changed=PARALLAX_TEST_HOOKS");
    if std::env::var_os("PARALLAX_TEST_HOOKS").is_some_and(|v| v == "1") {
        println!("cargo:rustc-cfg=test_hooks");
    }
    let mut files = match seed_files(&dir) {
        Ok(files) => files,
        Err(message) => fail(&message),
    };
    if let Some(extra) = std::env::var_os("PARALLAX_EXTRA_SEEDS").filter(|v| !v.is_empty()) {
        // Relative to the package, like `seeds/`.
        let extra = Path::new(env!("CARGO_MANIFEST_DIR")).join(extra);
        println!("cargo:rerun-if-changed={}", extra.display());
        match text_files(&extra) {
            Ok(more) => files.extend(more),
            Err(e) => fail(&format!("PARALLAX_EXTRA_SEEDS={}: {e}", extra.display())),
        }
    }
    let mut documents = Vec::new();
    let mut out =
        String::from("/// The articles in `seeds/`, sorted by file name: (file stem, text).\n");
    out.push_str("pub static SEEDS: &[(&str, &str)] = &[\n");
    for path in &files {
        let shown = format!(
            "seeds/{}",
            path.file_name().unwrap_or_default().to_string_lossy()
        );
        let bytes =
            std::fs::read(path).unwrap_or_else(|e| fail(&format!("{shown}: cannot read it ({e})")));
        let text = decode_text(bytes).unwrap_or_else(|error| fail(&format!("{shown} {error}")));
        let stem = path.file_stem().unwrap_or_default().to_string_lossy();
        documents.push(Document::parse(stem.to_string(), text));
        let absolute = path.to_string_lossy();
        let _ = writeln!(out, "    ({stem:?}, include_str!({absolute:?})),");
    }
    out.push_str("];\n");
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    write(&out_dir.join("seeds.rs"), &out);
    bundled_report(&out_dir, documents);

    let css = Path::new(env!("CARGO_MANIFEST_DIR")).join("style/export.css");
    println!("cargo:rerun-if-changed=style/export.css");
    let text = std::fs::read_to_string(&css)
        .unwrap_or_else(|e| fail(&format!("style/export.css: cannot read it ({e})")));
    write(&out_dir.join("export.css"), &compact_css(&text));
}

/// Writes (or, past [`PRECOMPUTED_UP_TO`] articles, removes) the bundled articles' report in
/// the profile folder above `out_dir` (`…/<profile>/build/<package>/out`).
fn bundled_report(out_dir: &Path, documents: Vec<Document>) {
    let Some(profile) = out_dir
        .ancestors()
        .find(|a| a.file_name().is_some_and(|n| n == "build"))
        .and_then(Path::parent)
    else {
        return;
    };
    let target = profile.join("parallax-bundled-report.json");
    if documents.is_empty() || documents.len() > PRECOMPUTED_UP_TO {
        let _ = std::fs::remove_file(&target);
        return;
    }
    // The page's settings: corpus-wide results; pairs are aligned when one is opened.
    let report = analyze(
        &Corpus::from_documents(documents),
        &Config::corpus_wide(None),
    );
    match serde_json::to_string(&report) {
        Ok(json) => write(&target, &json),
        Err(e) => fail(&format!("the bundled articles' report: {e}")),
    }
}

fn write(target: &Path, contents: &str) {
    std::fs::write(target, contents)
        .unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", target.display())));
}

/// A stylesheet without comments, line breaks and the spaces around `{ } : ; ,` (runs of
/// other white space become one space, so quoted font names keep theirs).
fn compact_css(css: &str) -> String {
    let mut without_comments = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        without_comments.push_str(&rest[..start]);
        rest = rest[start + 2..]
            .find("*/")
            .map_or("", |end| &rest[start + 2 + end + 2..]);
    }
    without_comments.push_str(rest);
    let mut out = String::with_capacity(without_comments.len());
    for word in without_comments.split_whitespace() {
        let joins = |c: char| "{};:,".contains(c);
        if !out.is_empty() && !out.ends_with(joins) && !word.starts_with(joins) {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// The `*.txt` files of `dir`, sorted by name; none when `dir` does not exist.
fn seed_files(dir: &Path) -> Result<Vec<PathBuf>, String> {
    match text_files(dir) {
        Ok(files) => Ok(files),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Vec::new()),
        Err(e) => Err(format!("cannot read seeds/: {e}")),
    }
}

fn fail(message: &str) -> ! {
    eprintln!("error: {message}");
    std::process::exit(1);
}
