//! The `parallax` command as a user runs it: output on good input, one clear line on bad input.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use parallax_engine::text::document::text_files;

fn seeds() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    text_files(&dir).expect("seeds/")
}

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_parallax"))
        .args(args)
        .output()
        .expect("runs")
}

fn run_paths(first: &[&str], paths: &[PathBuf]) -> Output {
    let mut args: Vec<String> = first.iter().map(|s| s.to_string()).collect();
    args.extend(paths.iter().map(|p| p.to_string_lossy().into_owned()));
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    run(&refs)
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn scratch(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("parallax-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write");
    path
}

#[test]
fn summary_on_the_seeds() {
    let out = run_paths(&["compare"], &seeds());
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8(out.stdout).expect("utf-8");
    assert!(text.starts_with("5 documents\n"), "{text}");
    assert!(text.contains("Pairs by similarity"));
    assert!(text.contains("Shared statements (in k of N documents)"));
    assert!(
        text.contains("4/5  \"There is a low level of trust between our two countries."),
        "{text}"
    );
}

#[test]
fn json_report_on_the_seeds() {
    let out = run_paths(&["compare", "--json"], &seeds());
    assert!(out.status.success(), "{}", stderr(&out));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(report["version"], 2);
    assert_eq!(report["documents"].as_array().map(Vec::len), Some(5));
    assert_eq!(report["pairs"].as_array().map(Vec::len), Some(10));
    assert_eq!(report["matrix"].as_array().map(Vec::len), Some(5));
    assert!(report["clusters"].as_array().is_some_and(|c| !c.is_empty()));
    assert!(report["passages"].as_array().is_some_and(|p| !p.is_empty()));
    let first = &report["documents"][0]["sentences"][0];
    assert!(first["start"].is_u64() && first["end"].is_u64());
}

#[test]
fn stricter_threshold_links_less() {
    let loose = run_paths(&["compare", "--json", "--threshold", "0.3"], &seeds());
    let strict = run_paths(&["compare", "--json", "--threshold", "0.9"], &seeds());
    let count = |o: &Output| {
        let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
        v["clusters"].as_array().map_or(0, Vec::len)
    };
    assert!(count(&loose) > count(&strict));
}

#[test]
fn align_prints_rows() {
    let files = seeds();
    let out = run_paths(&["align"], &files[..2]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8(out.stdout).expect("utf-8");
    assert!(text.contains("000_be9d27741bf0bd67 ↔ 001_c4e2f3fc947ec588"));
    let tag = |l: &str| l.split_whitespace().nth(1).map(str::to_string);
    assert!(
        text.lines().any(|l| tag(l).as_deref() == Some("=")),
        "an equal row: {text}"
    );
    assert!(
        text.lines().any(|l| tag(l).as_deref() == Some("~")),
        "a changed row: {text}"
    );
}

#[test]
fn bad_input_gets_one_clear_line() {
    let seeds = seeds();
    let seed = seeds[0].to_string_lossy().into_owned();
    let binary = scratch("image.txt", b"GIF89a\0\0\x01");
    let empty = scratch("empty.txt", b"");
    let clip = scratch("clip.mp4", b"\x00\x00\x00\x18ftypmp42");
    let dir = std::env::temp_dir();
    let cases: Vec<(Vec<String>, i32, String)> = vec![
        (
            vec!["compare".into(), seed.clone()],
            2,
            "compare needs at least two files, got 1".into(),
        ),
        (
            vec!["compare".into(), seed.clone(), "/no/such/file.txt".into()],
            1,
            "/no/such/file.txt: no such file".into(),
        ),
        (
            vec![
                "compare".into(),
                seed.clone(),
                dir.to_string_lossy().into_owned(),
            ],
            1,
            "is a directory".into(),
        ),
        (
            vec![
                "compare".into(),
                seed.clone(),
                binary.to_string_lossy().into_owned(),
            ],
            1,
            "image.txt: is not a file Parallax reads (a GIF image); add .txt, .md, .html, .mhtml, .docx and .pdf files".into(),
        ),
        (
            vec![
                "compare".into(),
                seed.clone(),
                empty.to_string_lossy().into_owned(),
            ],
            1,
            "empty.txt: is empty: there is no text to compare".into(),
        ),
        (
            vec![
                "compare".into(),
                seed.clone(),
                clip.to_string_lossy().into_owned(),
            ],
            1,
            "clip.mp4: is a .mp4 file; Parallax reads .txt, .md, .html, .mhtml, .docx and .pdf files".into(),
        ),
        (
            vec!["compare".into(), "--threshold".into(), "2".into()],
            2,
            "--threshold takes a number from 0 to 1".into(),
        ),
        (
            vec!["compare".into(), "--language".into(), "klingon".into()],
            2,
            "--language takes one of ar de".into(),
        ),
        (
            vec!["frobnicate".into()],
            2,
            "unknown command `frobnicate`".into(),
        ),
        (vec![], 2, "no command given".into()),
    ];
    for (args, code, message) in cases {
        let refs: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = run(&refs);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(code), "{args:?}: {err}");
        let first = err.lines().next().unwrap_or_default();
        assert!(
            first.starts_with("parallax: ") && first.contains(&message),
            "{args:?}: {first}"
        );
        assert!(!err.contains("panicked"), "{err}");
    }
}

#[test]
fn reads_windows_1252_html_and_markdown_with_a_note_for_the_guess() {
    let latin1 = scratch(
        "latin1.txt",
        b"Storm in Caf\xe9 town\n\nThe storm killed 87 people, officials said on Monday.\n",
    );
    let page = scratch(
        "page.html",
        b"<html><head><title>Storm in Caf&eacute; town</title></head><body><nav>Menu</nav>\
          <article><p>The storm killed 87 people, officials said on Monday.</p></article></body></html>",
    );
    let md = scratch(
        "notes.md",
        b"# Storm in Caf\xc3\xa9 town\n\nThe storm killed **89 people**, [officials said](http://x.y) on Monday.\n",
    );
    let files: Vec<String> = [&latin1, &page, &md]
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    let mut args = vec!["compare", "--json"];
    args.extend(files.iter().map(String::as_str));
    let out = run(&args);
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    assert!(
        err.contains("latin1.txt: not UTF-8 and no encoding stated: read as windows-1252"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let titles: Vec<&str> = report["documents"]
        .as_array()
        .expect("documents")
        .iter()
        .map(|d| d["title"].as_str().unwrap_or_default())
        .collect();
    assert_eq!(titles, ["Storm in Café town"; 3]);
    let text = report["documents"][2]["text"].as_str().unwrap_or_default();
    assert!(
        text.contains("killed 89 people, officials said on"),
        "{text}"
    );
    assert!(
        !text.contains("**") && !text.contains("http://x.y"),
        "{text}"
    );
    assert!(report["discrepancies"]
        .as_array()
        .is_some_and(|d| !d.is_empty()));
}

#[test]
fn reads_word_pdf_and_single_file_pages_with_what_they_state() {
    let files = ["press-release.docx", "moscow-talks.pdf", "storm.mhtml"]
        .map(|name| format!("{}/../../tests/files/{name}", env!("CARGO_MANIFEST_DIR")));
    let mut args = vec!["compare", "--json"];
    args.extend(files.iter().map(String::as_str));
    let out = run(&args);
    assert!(out.status.success(), "{}", stderr(&out));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let field = |d: usize, name: &str| report["documents"][d][name].as_str().map(str::to_string);
    assert_eq!(
        field(0, "title").as_deref(),
        Some("Ministers agree on a budget for the coming year")
    );
    assert_eq!(
        field(1, "title").as_deref(),
        Some("Ministers meet in Moscow")
    );
    assert_eq!(
        field(1, "published").as_deref(),
        Some("2017-12-13T08:15:00+01:00")
    );
    assert_eq!(field(2, "outlet").as_deref(), Some("Example News"));
    assert_eq!(field(2, "byline").as_deref(), Some("Jane Doe"));
    assert_eq!(
        field(2, "source").as_deref(),
        Some("https://news.example.org/storm")
    );
    // The PDF's trust sentence, broken across lines and hyphenated there, is the page's.
    let clusters = report["clusters"].as_array().expect("clusters");
    assert!(
        clusters.iter().any(|c| c["documents"].as_u64() == Some(3)),
        "{clusters:?}"
    );
}

/// `--language` reads every file in the language given rather than the one detected.
#[test]
fn the_user_sets_the_language_of_every_file() {
    let a = scratch("kurz-a.txt", "Ja, sagte er.".as_bytes());
    let b = scratch("kurz-b.txt", "Nein, sagte sie.".as_bytes());
    let language = |first: &[&str]| {
        let out = run_paths(first, &[a.clone(), b.clone()]);
        assert!(out.status.success(), "{}", stderr(&out));
        let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
        report["documents"][0]["language"]
            .as_str()
            .map(str::to_string)
    };
    assert_eq!(language(&["compare", "--json"]).as_deref(), Some("und"));
    assert_eq!(
        language(&["compare", "--json", "--language", "de"]).as_deref(),
        Some("de")
    );
}
