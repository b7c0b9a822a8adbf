//! The articles the app compares: the bundled ones and the user's own, with the engine's
//! corpus over those shown. Pure Rust: the worker keeps one [`Library`], stores what
//! [`Library::record`] gives, and sends what [`Library::update`] makes.
//!
//! Invariants:
//! - every article's name is unique among all articles, bundled (shown or hidden) and the
//!   user's; names identify articles in the page's links and commands;
//! - the corpus holds the shown articles in [`Library::shown`] order: bundled first (unless
//!   hidden), then the user's in the order they were added. Adding an article prepares only
//!   that article ([`Corpus::add`]); renaming, removing and hiding rebuild the corpus.

use parallax_engine::{analyze, Config, Corpus, Document};
use parallax_ingest::import;
use serde::{Deserialize, Serialize};

use crate::protocol::{ArticleMeta, Event, LibraryMeta};

/// Edition of a stored article's record. 1 is the first.
pub const RECORD_FORMAT: u32 = 1;

/// Longest article name, in characters.
pub const MAX_NAME_CHARS: usize = 80;

/// One article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Article {
    /// Key of its stored record (the user's articles); 0 for bundled ones.
    pub id: u64,
    /// Its name: unique, shown in lists and links.
    pub name: String,
    /// Its text, as the engine reads it.
    pub text: String,
    /// How its file was read, when the user should know.
    pub note: Option<String>,
}

impl Article {
    /// The article as the engine reads it.
    fn document(&self) -> Document {
        Document::parse(self.name.clone(), self.text.clone())
    }
}

/// A stored article, as kept in the browser (JSON text, one per article).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    /// [`RECORD_FORMAT`] when written.
    pub format: u32,
    pub id: u64,
    pub name: String,
    pub text: String,
    pub note: Option<String>,
}

/// Only the edition of a record, read before the rest.
#[derive(Deserialize)]
struct Edition {
    format: u32,
}

/// The bundled articles, the user's articles, and the corpus of those shown.
#[derive(Debug, Default)]
pub struct Library {
    bundled: Vec<Article>,
    mine: Vec<Article>,
    seeds_hidden: bool,
    next_id: u64,
    /// The corpus of [`Library::shown`], when it is up to date.
    corpus: Option<Corpus>,
    /// Stored records this version could not read, each said once per update.
    unreadable: Vec<String>,
    /// Why storage does not keep the user's articles, if it does not.
    storage_problem: Option<String>,
}

impl Library {
    /// A library of the bundled articles, `(name, text)`.
    pub fn new(bundled: Vec<(String, String)>) -> Library {
        Library {
            bundled: bundled
                .into_iter()
                .map(|(name, text)| Article {
                    id: 0,
                    name,
                    text,
                    note: None,
                })
                .collect(),
            next_id: 1,
            ..Library::default()
        }
    }

    /// A library of the bundled articles in the page's data block (`[[name, text], …]`);
    /// an unreadable block gives none.
    pub fn from_data_block(json: &str) -> Library {
        Library::new(serde_json::from_str(json).unwrap_or_default())
    }

    /// Takes back the user's stored articles: `(key, JSON text)` of each record. Records from
    /// another edition, or unreadable, are left where they are (their keys are never given to
    /// a new article) and said in every update; none is dropped silently.
    pub fn restore(&mut self, records: &[(u64, String)]) {
        for (key, text) in records {
            self.next_id = self.next_id.max(key + 1);
            match read_record(text) {
                Ok(record) => {
                    let name = self.unique_name(&record.name);
                    self.mine.push(Article {
                        id: *key,
                        name,
                        text: record.text,
                        note: record.note,
                    });
                }
                Err(why) => self.unreadable.push(why),
            }
        }
        self.corpus = None;
    }

    /// Says that storage does not keep the user's articles (and why), or that it does again.
    pub fn set_storage_problem(&mut self, problem: Option<String>) {
        self.storage_problem = problem;
    }

    /// Whether the bundled articles are hidden.
    pub fn seeds_hidden(&self) -> bool {
        self.seeds_hidden
    }

    /// Hides or shows the bundled articles.
    pub fn set_seeds_hidden(&mut self, hidden: bool) {
        if hidden != self.seeds_hidden {
            self.seeds_hidden = hidden;
            self.corpus = None;
        }
    }

    /// The articles compared, in corpus order.
    pub fn shown(&self) -> impl Iterator<Item = &Article> {
        let bundled: &[Article] = if self.seeds_hidden {
            &[]
        } else {
            &self.bundled
        };
        bundled.iter().chain(&self.mine)
    }

    /// The user's articles, in the order they were added.
    pub fn mine(&self) -> &[Article] {
        &self.mine
    }

    /// Adds a file the user brought, or says why not (naming the file).
    pub fn add_file(&mut self, file_name: &str, bytes: &[u8]) -> Result<&Article, String> {
        let imported = import(file_name, bytes).map_err(|why| format!("{file_name} {why}"))?;
        Ok(self.push(stem(file_name), imported.text, imported.note))
    }

    /// Adds pasted text; the title, if any, becomes its first line (the engine reads it as the
    /// headline) and its name.
    pub fn paste(&mut self, title: &str, text: &str) -> Result<&Article, String> {
        let (title, body) = (title.trim(), text.trim());
        if body.is_empty() {
            return Err("The pasted text is empty: paste an article's text first".to_string());
        }
        let text = if title.is_empty() {
            body.to_string()
        } else {
            format!("{title}\n\n{body}")
        };
        let name = if title.is_empty() {
            "pasted article"
        } else {
            title
        };
        Ok(self.push(name, text, None))
    }

    /// Gives the user's article `name` the name `to`.
    pub fn rename(&mut self, name: &str, to: &str) -> Result<&Article, String> {
        let to = clean_name(to);
        if to.is_empty() {
            return Err("A name cannot be empty".to_string());
        }
        let index = self.mine_index(name)?;
        if to != name && self.taken(&to) {
            return Err(format!("Another article is already called “{to}”"));
        }
        self.mine[index].name = to;
        self.corpus = None;
        Ok(&self.mine[index])
    }

    /// Removes the user's article `name`; gives its record's key.
    pub fn remove(&mut self, name: &str) -> Result<u64, String> {
        let index = self.mine_index(name)?;
        self.corpus = None;
        Ok(self.mine.remove(index).id)
    }

    /// Removes every article the user added; gives their records' keys.
    pub fn remove_mine(&mut self) -> Vec<u64> {
        if !self.mine.is_empty() {
            self.corpus = None;
        }
        self.mine.drain(..).map(|a| a.id).collect()
    }

    /// The stored form of an article.
    pub fn record(article: &Article) -> String {
        let record = Record {
            format: RECORD_FORMAT,
            id: article.id,
            name: article.name.clone(),
            text: article.text.clone(),
            note: article.note.clone(),
        };
        serde_json::to_string(&record).unwrap_or_default()
    }

    /// The corpus of the shown articles, prepared once and kept up to date.
    pub fn corpus(&mut self) -> &Corpus {
        if self.corpus.is_none() {
            let documents: Vec<Document> = self.shown().map(Article::document).collect();
            self.corpus = Some(Corpus::from_documents(documents));
        }
        self.corpus.get_or_insert_with(Corpus::new)
    }

    /// The page's next state: the report on the shown articles at `config`, with what the
    /// page shows beside them.
    pub fn update(&mut self, config: &Config) -> Event {
        let report = analyze(self.corpus(), config);
        // The shown bundled articles come first, then the user's.
        let bundled = self.shown().count() - self.mine.len();
        let articles = self
            .shown()
            .enumerate()
            .map(|(i, a)| ArticleMeta {
                yours: i >= bundled,
                note: a.note.clone(),
            })
            .collect();
        Event::Update {
            report: Box::new(report),
            articles,
            library: self.meta(),
        }
    }

    /// The library's state as the page shows it. Two libraries with equal meta and none of
    /// the user's articles show the same articles.
    pub fn meta(&self) -> LibraryMeta {
        let mut storage: Vec<String> = self.storage_problem.iter().cloned().collect();
        storage.extend(self.unreadable.iter().cloned());
        LibraryMeta {
            bundled: self.bundled.len(),
            mine: self.mine.len(),
            seeds_hidden: self.seeds_hidden,
            storage,
        }
    }

    fn push(&mut self, name: &str, text: String, note: Option<String>) -> &Article {
        let article = Article {
            id: self.next_id,
            name: self.unique_name(name),
            text,
            note,
        };
        self.next_id += 1;
        if let Some(corpus) = &mut self.corpus {
            corpus.add(article.document());
        }
        self.mine.push(article);
        &self.mine[self.mine.len() - 1]
    }

    fn mine_index(&self, name: &str) -> Result<usize, String> {
        self.mine
            .iter()
            .position(|a| a.name == name)
            .ok_or_else(|| format!("“{name}” is not one of your articles"))
    }

    fn taken(&self, name: &str) -> bool {
        self.bundled
            .iter()
            .chain(&self.mine)
            .any(|a| a.name == name)
    }

    /// `wanted`, cleaned, or with ` (2)`, ` (3)`… when another article has that name.
    fn unique_name(&self, wanted: &str) -> String {
        let base = match clean_name(wanted) {
            name if name.is_empty() => "article".to_string(),
            name => name,
        };
        let mut name = base.clone();
        let mut n = 2;
        while self.taken(&name) {
            name = format!("{base} ({n})");
            n += 1;
        }
        name
    }
}

/// A record's article, or why it cannot be read.
pub fn read_record(text: &str) -> Result<Record, String> {
    let unreadable =
        || "A stored article could not be read; it is left in this browser's storage".to_string();
    let edition: Edition = serde_json::from_str(text).map_err(|_| unreadable())?;
    if edition.format != RECORD_FORMAT {
        return Err(format!(
            "A stored article was saved by another version of Parallax (record format {}); \
             it is left in this browser's storage",
            edition.format
        ));
    }
    serde_json::from_str(text).map_err(|_| unreadable())
}

/// A file name without its extension.
fn stem(file_name: &str) -> &str {
    match file_name.rsplit_once('.') {
        Some((stem, _)) if !stem.is_empty() => stem,
        _ => file_name,
    }
}

/// A name on one line, white space collapsed, at most [`MAX_NAME_CHARS`] characters: what
/// the library makes of a name it is given (the page predicts a rename's outcome with it).
pub fn clean_name(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(MAX_NAME_CHARS)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const A: &str = "Leaders meet\n\nThe two leaders met in Moscow on Tuesday. They spoke for three hours about the war.";
    const B: &str = "Talks end\n\nThe two leaders met in Moscow on Tuesday. Reporters waited outside the gates all day.";

    fn library() -> Library {
        Library::new(vec![("000_seed".into(), A.into())])
    }

    fn names(library: &Library) -> Vec<&str> {
        library.shown().map(|a| a.name.as_str()).collect()
    }

    fn report_names(event: &Event) -> Vec<String> {
        match event {
            Event::Update { report, .. } => {
                report.documents.iter().map(|d| d.name.clone()).collect()
            }
            _ => panic!("not an update"),
        }
    }

    #[test]
    fn added_articles_follow_the_bundled_ones_and_join_the_report() {
        let mut lib = library();
        lib.add_file("talks.txt", B.as_bytes()).expect("added");
        lib.paste("Pasted title", "Some pasted words about the talks.")
            .expect("pasted");
        assert_eq!(names(&lib), ["000_seed", "talks", "Pasted title"]);
        let update = lib.update(&Config::default());
        assert_eq!(report_names(&update), ["000_seed", "talks", "Pasted title"]);
        let Event::Update {
            articles,
            library,
            report,
        } = update
        else {
            unreachable!()
        };
        assert_eq!(
            articles.iter().map(|a| a.yours).collect::<Vec<_>>(),
            [false, true, true]
        );
        assert_eq!((library.bundled, library.mine), (1, 2));
        assert!(report.documents[2].text.starts_with("Pasted title\n\n"));
        assert_eq!(report.documents[2].title, "Pasted title");
    }

    #[test]
    fn adding_after_an_update_prepares_only_the_new_article_and_matches_a_fresh_corpus() {
        let mut lib = library();
        let _ = lib.update(&Config::default());
        lib.add_file("talks.txt", B.as_bytes()).expect("added");
        let incremental = lib.update(&Config::default());
        lib.corpus = None;
        assert_eq!(lib.update(&Config::default()), incremental);
    }

    #[test]
    fn names_stay_unique() {
        let mut lib = library();
        lib.add_file("000_seed.txt", B.as_bytes()).expect("added");
        lib.add_file("000_seed.md", B.as_bytes()).expect("added");
        assert_eq!(names(&lib), ["000_seed", "000_seed (2)", "000_seed (3)"]);
        assert_eq!(
            lib.rename("000_seed (2)", "000_seed"),
            Err("Another article is already called “000_seed”".to_string())
        );
        assert!(lib.rename("000_seed (2)", "  ").is_err());
        lib.rename("000_seed (2)", "  Reuters\n copy ")
            .expect("renamed");
        assert_eq!(names(&lib), ["000_seed", "Reuters copy", "000_seed (3)"]);
    }

    #[test]
    fn bundled_articles_cannot_be_renamed_or_removed_but_can_be_hidden() {
        let mut lib = library();
        assert!(lib.rename("000_seed", "x").is_err());
        assert!(lib.remove("000_seed").is_err());
        lib.add_file("talks.txt", B.as_bytes()).expect("added");
        lib.set_seeds_hidden(true);
        assert_eq!(names(&lib), ["talks"]);
        assert_eq!(report_names(&lib.update(&Config::default())), ["talks"]);
        // A hidden article's name is still taken.
        assert_eq!(
            lib.add_file("000_seed.txt", A.as_bytes())
                .expect("added")
                .name,
            "000_seed (2)"
        );
        lib.set_seeds_hidden(false);
        assert_eq!(names(&lib), ["000_seed", "talks", "000_seed (2)"]);
    }

    #[test]
    fn remove_and_remove_all_give_the_record_keys() {
        let mut lib = library();
        let first = lib.add_file("a.txt", A.as_bytes()).expect("added").id;
        let second = lib.add_file("b.txt", B.as_bytes()).expect("added").id;
        assert_eq!(lib.remove("a"), Ok(first));
        assert_eq!(lib.remove_mine(), vec![second]);
        assert_eq!(names(&lib), ["000_seed"]);
    }

    #[test]
    fn refusals_name_the_file_and_keep_what_is_there() {
        let mut lib = library();
        lib.add_file("a.txt", A.as_bytes()).expect("added");
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
        assert_eq!(
            lib.add_file("photo.txt", png).map(|a| a.name.clone()),
            Err(
                "photo.txt is not a text file (a PNG image); add .txt, .md or .html files"
                    .to_string()
            )
        );
        assert!(lib
            .add_file("empty.txt", b"")
            .unwrap_err()
            .starts_with("empty.txt is empty"));
        assert!(lib.paste("Title", " \n ").is_err());
        assert_eq!(names(&lib), ["000_seed", "a"]);
    }

    #[test]
    fn windows_1252_files_carry_a_note() {
        let mut lib = library();
        let article = lib
            .add_file("old.txt", b"Caf\xe9 owners \x93protest\x94 new rules")
            .expect("added");
        assert_eq!(article.text, "Café owners “protest” new rules");
        assert!(article
            .note
            .as_deref()
            .unwrap_or("")
            .contains("Windows-1252"));
    }

    #[test]
    fn records_round_trip_and_keep_keys_growing() {
        let mut lib = library();
        lib.add_file("old.txt", b"Caf\xe9 \x93quoted\x94 text here")
            .expect("added");
        let record = Library::record(&lib.mine()[0]);
        let mut restored = library();
        restored.restore(&[(lib.mine()[0].id, record)]);
        assert_eq!(restored.mine(), lib.mine());
        let next = restored.paste("", "More text.").expect("pasted").id;
        assert_eq!(next, lib.mine()[0].id + 1);
    }

    #[test]
    fn records_of_another_edition_or_unreadable_are_reported_not_dropped() {
        let mut lib = library();
        lib.restore(&[
            (4, r#"{"format":99,"id":4,"future":"shape"}"#.to_string()),
            (7, "not json".to_string()),
            (2, r#"{"format":1,"id":2}"#.to_string()),
        ]);
        assert!(lib.mine().is_empty());
        // A new article never takes the key of a record left in storage.
        assert_eq!(lib.paste("", "New text.").map(|a| a.id), Ok(8));
        lib.remove_mine();
        let Event::Update { library, .. } = lib.update(&Config::default()) else {
            unreachable!()
        };
        assert_eq!(library.storage.len(), 3);
        assert!(
            library.storage[0].contains("record format 99"),
            "{:?}",
            library.storage
        );
        assert!(library.storage[1].contains("could not be read"));
    }

    #[test]
    fn a_storage_problem_is_said_in_every_update() {
        let mut lib = library();
        lib.set_storage_problem(Some("This browser does not keep your articles".into()));
        let Event::Update { library, .. } = lib.update(&Config::default()) else {
            unreachable!()
        };
        assert_eq!(
            library.storage,
            ["This browser does not keep your articles"]
        );
    }

    #[test]
    fn the_data_block_gives_the_bundled_articles() {
        let lib = Library::from_data_block(r#"[["a","A text."],["b","B text."]]"#);
        assert_eq!(names(&lib), ["a", "b"]);
        assert_eq!(
            names(&Library::from_data_block("{broken")),
            Vec::<&str>::new()
        );
    }
}
