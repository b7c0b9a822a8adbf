//! `parallax`: compare news articles from the command line.
//!
//! ```text
//! parallax compare [--json] [--threshold T] [--language L] FILE FILE...
//! parallax align [--threshold T] [--language L] FILE_A FILE_B
//! ```
//!
//! Files are read as the browser app reads dropped files (`parallax-ingest`): `.txt`, `.md`,
//! saved pages (`.html`, `.mhtml`), Word (`.docx`) and PDF files with a text layer, in any
//! encoding (what a file was read as, when not UTF-8, is noted on stderr). What a file states
//! about itself (outlet, byline, date) goes into the report's documents.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use parallax_engine::analysis::align::RowOp;
use parallax_engine::base::threads;
use parallax_engine::report::{pair_report, write_json, BlockReport, PairReport};
use parallax_engine::text::Provenance;
use parallax_engine::{
    analysis::cluster::analyze_corpus, analyze, Config, Corpus, Document, Report,
};
use parallax_ingest::import;

const USAGE: &str = "\
usage: parallax compare [--json] [--threshold T] [--language L] FILE FILE...
       parallax align [--threshold T] [--language L] FILE_A FILE_B

compare  prints pairs by similarity and the statements several files share;
         with --json, the full report (see docs/report-format.md)
align    prints the sentence-by-sentence alignment of two files

--threshold T   sentence similarity (0 to 1) that counts as the same statement
                (default 0.46; higher is stricter)
--language L    read every file as written in language L (an ISO 639-1 code:
                de, fr, zh, …) rather than the language detected in each

FILE: .txt, .md, a saved web page (.html, .mhtml/.mht), a Word document (.docx)
or a PDF with a text layer; any encoding (a note on stderr says what a file that
is not UTF-8 was read as)";

/// A failure the user can act on; printed as one line.
struct Failure {
    message: String,
    usage: bool,
}

fn fail(message: impl Into<String>) -> Failure {
    Failure {
        message: message.into(),
        usage: false,
    }
}

fn usage(message: impl Into<String>) -> Failure {
    Failure {
        message: message.into(),
        usage: true,
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(output) => {
            let mut stdout =
                std::io::BufWriter::with_capacity(OUTPUT_BUFFER, std::io::stdout().lock());
            let written = match &output {
                Output::Text(text) => stdout.write_all(text.as_bytes()),
                Output::Json(report) => write_json(report, &mut stdout),
            }
            .and_then(|()| stdout.flush());
            // The process ends here: the system takes back its memory at once, where freeing
            // a large report piece by piece would take a twentieth of a pair's run.
            std::mem::forget(output);
            match written {
                // A reader that stopped early (`| head`) is not an error.
                Ok(()) => ExitCode::SUCCESS,
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("parallax: cannot write the output: {e}");
                    ExitCode::from(1)
                }
            }
        }
        Err(failure) => {
            eprintln!("parallax: {}", failure.message);
            if failure.usage {
                eprintln!("{USAGE}");
                ExitCode::from(2)
            } else {
                ExitCode::from(1)
            }
        }
    }
}

/// Bytes written to the output at a time.
const OUTPUT_BUFFER: usize = 1 << 16;

/// What a command prints: text, or the report as JSON (written as it is made).
enum Output {
    Text(String),
    Json(Box<Report>),
}

struct Options {
    command: String,
    json: bool,
    threshold: Option<f32>,
    /// The language every file is read in, when the user sets one.
    language: Option<&'static str>,
    files: Vec<String>,
}

fn parse(args: &[String]) -> Result<Options, Failure> {
    let mut iter = args.iter();
    let command = match iter.next().map(String::as_str) {
        Some("-h" | "--help" | "help") => return Err(usage("compare news articles")),
        Some(c @ ("compare" | "align")) => c.to_string(),
        Some(other) => return Err(usage(format!("unknown command `{other}`"))),
        None => return Err(usage("no command given")),
    };
    let mut options = Options {
        command,
        json: false,
        threshold: None,
        language: None,
        files: Vec::new(),
    };
    while let Some(arg) = iter.next() {
        match arg.as_str() {
            "--json" => options.json = true,
            "--threshold" => {
                let value = iter
                    .next()
                    .ok_or_else(|| usage("--threshold needs a value"))?;
                let t: f32 = value
                    .parse()
                    .ok()
                    .filter(|t: &f32| (0.0..=1.0).contains(t))
                    .ok_or_else(|| {
                        usage(format!(
                            "--threshold takes a number from 0 to 1, not `{value}`"
                        ))
                    })?;
                options.threshold = Some(t);
            }
            "--language" => {
                let value = iter
                    .next()
                    .ok_or_else(|| usage("--language needs a value"))?;
                let code = parallax_engine::lang::names::known(value).ok_or_else(|| {
                    let codes: Vec<&str> = parallax_engine::lang::names::LANGUAGES
                        .iter()
                        .map(|(code, _)| *code)
                        .collect();
                    usage(format!(
                        "--language takes one of {}, not `{value}`",
                        codes.join(" ")
                    ))
                })?;
                options.language = Some(code);
            }
            "-h" | "--help" => return Err(usage("compare news articles")),
            flag if flag.starts_with("--") => {
                return Err(usage(format!("unknown option `{flag}`")))
            }
            file => options.files.push(file.to_string()),
        }
    }
    Ok(options)
}

fn run(args: &[String]) -> Result<Output, Failure> {
    let options = parse(args)?;
    let mut config = Config::default();
    if let Some(t) = options.threshold {
        config = config.with_threshold(t);
    }
    match options.command.as_str() {
        "align" => {
            if options.files.len() != 2 {
                return Err(usage(format!(
                    "align takes two files, got {}",
                    options.files.len()
                )));
            }
            let corpus = read_corpus(&options.files, options.language)?;
            Ok(Output::Text(render_alignment(&corpus, &config)))
        }
        _ => {
            if options.files.len() < 2 {
                return Err(usage(format!(
                    "compare needs at least two files, got {}",
                    options.files.len()
                )));
            }
            let corpus = read_corpus(&options.files, options.language)?;
            let report = analyze(&corpus, &config);
            // Only the report is printed; the prepared corpus goes with the process (see
            // `main`).
            std::mem::forget(corpus);
            Ok(if options.json {
                Output::Json(Box::new(report))
            } else {
                Output::Text(render_summary(&report))
            })
        }
    }
}

/// The files' articles, each read in `language` when the user set one. What is worth noting
/// about a file's reading goes to stderr, in the files' order.
fn read_corpus(files: &[String], language: Option<&str>) -> Result<Corpus, Failure> {
    let mut documents = Vec::with_capacity(files.len());
    for (file, read) in files.iter().zip(read_all(files)) {
        let (document, note) = read?;
        if let Some(note) = note {
            // Worth knowing, not a failure: on stderr, so `--json` output stays clean.
            eprintln!("parallax: note: {file}: {note}");
        }
        documents.push(match language {
            Some(code) => document.with_language(code),
            None => document,
        });
    }
    Ok(Corpus::from_documents(documents))
}

/// A file's document, with a note on how it was read when there is one.
type Read = Result<(Document, Option<String>), Failure>;

/// Reads the files in order, on as many threads as there are cores (up to one per file):
/// decoding and cleaning a long file takes milliseconds, and the documents are prepared only
/// when all are read.
fn read_all(files: &[String]) -> Vec<Read> {
    let threads = threads::cores().min(files.len()).max(1);
    if threads == 1 {
        return files.iter().map(|file| read_document(file)).collect();
    }
    let runs = files
        .chunks(files.len().div_ceil(threads))
        .map(|run| run.iter().collect())
        .collect();
    threads::map_runs(runs, |file: &String| read_document(file))
}

fn read_document(file: &str) -> Read {
    let path = Path::new(file);
    if path.is_dir() {
        return Err(fail(format!("{file}: is a directory, not an article file")));
    }
    let bytes = std::fs::read(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => fail(format!("{file}: no such file")),
        _ => fail(format!("{file}: cannot read it ({e})")),
    })?;
    let name_part = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| file.to_string());
    let imported = import(&name_part, &bytes).map_err(|e| fail(format!("{file}: {e}")))?;
    let meta = imported.meta;
    let provenance = Provenance {
        outlet: meta.outlet,
        byline: meta.byline,
        published: meta.published,
    };
    let text = imported.text;
    let name = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| file.to_string());
    let document = Document::parse(name, text).with_provenance(provenance);
    Ok((document, imported.note))
}

fn percent(share: f32) -> String {
    format!("{:.0}%", share * 100.0)
}

/// First `max` characters of a text on one line.
fn clip(text: &str, max: usize) -> String {
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max {
        flat
    } else {
        let cut: String = flat.chars().take(max.saturating_sub(1)).collect();
        format!("{cut}…")
    }
}

fn render_summary(report: &Report) -> String {
    let mut out = String::new();
    let n = report.documents.len();
    out.push_str(&format!("{n} documents\n"));
    for (i, doc) in report.documents.iter().enumerate() {
        out.push_str(&format!(
            "  [{i}] {}  {}  {} words, {} shared  {}\n",
            doc.name,
            doc.source_domain.as_deref().unwrap_or("-"),
            doc.words,
            percent(doc.shared),
            clip(&doc.title, 60)
        ));
    }
    let pairs = pairs_by_similarity(report);
    out.push_str(
        "\nPairs by similarity (similarity; share of each in statements found in the other)\n",
    );
    for p in pairs {
        let c = p.counts;
        out.push_str(&format!(
            "  [{}]–[{}]  {:>4}  {:>4} / {:>4}   {} same, {} changed, {} moved, {} / {} one side\n",
            p.a,
            p.b,
            percent(p.similarity),
            percent(p.a_in_b),
            percent(p.b_in_a),
            c.equal,
            c.changed,
            c.moved,
            c.a_only,
            c.b_only
        ));
    }
    if !report.pairs_complete {
        out.push_str("  (too many documents to align every pair; use `parallax align`)\n");
    }
    let blocks: Vec<String> = pairs_by_similarity(report)
        .into_iter()
        .flat_map(|p| {
            p.blocks
                .iter()
                .filter(|k| k.a_sentences[1] > k.a_sentences[0])
                .map(move |k| block_line(report, p, k))
        })
        .collect();
    if !blocks.is_empty() {
        out.push_str("\nReused blocks (of two or more sentences)\n");
        for line in blocks {
            out.push_str(&line);
        }
    }
    out.push_str("\nShared statements (in k of N documents)\n");
    for cluster in report.clusters.iter().take(10) {
        let [d, s] = cluster.members[0];
        let doc = &report.documents[d];
        let sentence = &doc.sentences[s];
        out.push_str(&format!(
            "  {}/{n}  {}\n",
            cluster.documents,
            clip(&doc.text[sentence.start..sentence.end], 100)
        ));
    }
    if report.clusters.is_empty() {
        out.push_str("  none at this threshold\n");
    }
    out
}

/// The report's pairs, most similar first.
fn pairs_by_similarity(report: &Report) -> Vec<&PairReport> {
    let mut pairs: Vec<&PairReport> = report.pairs.iter().collect();
    pairs.sort_by(|x, y| {
        y.similarity
            .total_cmp(&x.similarity)
            .then((x.a, x.b).cmp(&(y.a, y.b)))
    });
    pairs
}

/// One reused block on a line: which sentences of each, how many, how much is kept, and
/// how it starts.
fn block_line(report: &Report, pair: &PairReport, block: &BlockReport) -> String {
    let a = &report.documents[pair.a];
    let sentences = |s: [usize; 2]| format!("sentences {}–{}", s[0] + 1, s[1] + 1);
    format!(
        "  [{}] {} ↔ [{}] {}{}: {} sentences, {} of words kept  {}\n",
        pair.a,
        sentences(block.a_sentences),
        pair.b,
        sentences(block.b_sentences),
        if block.partner_rows.is_some() {
            ", moved"
        } else {
            ""
        },
        block.a_sentences[1] + 1 - block.a_sentences[0],
        percent(block.kept),
        clip(&a.text[block.a_range[0]..block.a_range[1]], 60)
    )
}

fn render_alignment(corpus: &Corpus, config: &Config) -> String {
    let analysis = analyze_corpus(corpus, config);
    let pair = pair_report(corpus, &analysis.matrix, 0, 1, config);
    let (a, b) = (&corpus.entries()[0], &corpus.entries()[1]);
    let text = |entry: &parallax_engine::corpus::Entry, indices: &[usize]| {
        indices
            .iter()
            .map(|&i| entry.sentences[i].span.of(&entry.document.text))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut out = format!(
        "{} ↔ {}: {} / {} found in the other\n\n",
        a.document.name,
        b.document.name,
        percent(pair.a_in_b),
        percent(pair.b_in_a)
    );
    for (r, row) in pair.rows.iter().enumerate() {
        let tag = match row.op {
            _ if row.furniture => "·",
            RowOp::Equal => "=",
            RowOp::Changed => "~",
            RowOp::Moved => "↪",
            RowOp::AOnly => "<",
            RowOp::BOnly => ">",
        };
        // Rows count from 1 here, as in the app (the JSON report holds 0-based indices).
        let partner = row
            .partner
            .map(|p| format!(" (row {})", p + 1))
            .unwrap_or_default();
        out.push_str(&format!("{:>3} {tag} {:.2}{partner}\n", r + 1, row.score));
        if !row.a.is_empty() {
            out.push_str(&format!("      A: {}\n", clip(&text(a, &row.a), 110)));
        }
        if !row.b.is_empty() {
            out.push_str(&format!("      B: {}\n", clip(&text(b, &row.b), 110)));
        }
    }
    out
}
