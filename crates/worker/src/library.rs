//! The articles the app compares: the bundled ones and the user's own, with the engine's
//! corpus over those shown. Pure Rust: the worker keeps one [`Library`], stores what
//! [`Library::record`] gives, brings it in line with what other tabs stored
//! ([`Library::sync`]), and sends what [`Library::update`] makes.
//!
//! Invariants:
//! - every article's name is unique among all articles, bundled (shown or hidden) and the
//!   user's; names identify articles in the page's links and commands;
//! - the user's articles are in the order of their keys, which is the order they were added
//!   (keys only grow, in every tab: a key is taken inside the storage transaction that stores
//!   the article, after reading every key there);
//! - the corpus holds the shown articles in [`Library::shown`] order: bundled first (unless
//!   hidden), then the user's. Adding articles prepares only those ([`Corpus::add`]), and
//!   the next report matches only those against the rest ([`Analyzer`]); renaming,
//!   removing, hiding and setting a language rebuild the corpus and its analyses.

use std::collections::HashSet;

use parallax_engine::base::order::sort_by_key;
use parallax_engine::lang::names::known;

use parallax_engine::matching::passages::Passage;
use parallax_engine::report::{listing, pair_passages, pair_report, PairReport};
use parallax_engine::{Analyzer, Config, Corpus, Document};
use parallax_ingest::Imported;
use serde::{Deserialize, Serialize};

pub use crate::article::{origin, Article, ArticleData};
use crate::backup;
use crate::protocol::{ArticleMeta, Event, LibraryMeta};

/// Edition of a stored article's record. 1 is the first; later fields (`origin`, `file`,
/// `added`) were added to it without a new edition, and fields this version does not know
/// are kept as they are.
pub const RECORD_FORMAT: u32 = 1;

/// Longest article name, in characters.
pub const MAX_NAME_CHARS: usize = 80;

/// What a file brought: one article, or the articles of a saved library or a report, which
/// merge by content (an article whose text is already here is not added again).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Incoming {
    /// An article's file (every format the readers read) or pasted text.
    One(Box<ArticleData>),
    /// A saved library or a Parallax report: `what` names it for messages.
    Many {
        what: String,
        articles: Vec<ArticleData>,
    },
}

/// What adding gave: the new articles' keys, and how many were already here.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Added {
    /// Keys of the articles added, in order.
    pub ids: Vec<u64>,
    /// Articles not added because one with the same text is here already.
    pub already_here: usize,
}

/// A stored article, as kept in the browser (JSON text, one per article).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    /// [`RECORD_FORMAT`] when written.
    pub format: u32,
    pub id: u64,
    #[serde(flatten)]
    pub data: ArticleData,
}

/// Only the edition of a record, read before the rest.
#[derive(Deserialize)]
struct Edition {
    format: u32,
}

/// The corpus of the shown articles and the analyses kept on it: they grow together when
/// articles are added (the next report matches only the new ones), and are dropped together
/// when an article shown changes.
#[derive(Debug, Default)]
struct Prepared {
    corpus: Corpus,
    analyzer: Analyzer,
}

/// The bundled articles, the user's articles, and the corpus of those shown.
#[derive(Debug, Default)]
pub struct Library {
    bundled: Vec<Article>,
    mine: Vec<Article>,
    seeds_hidden: bool,
    next_id: u64,
    /// The corpus of the first of [`Library::shown`] (all of them, or those prepared so far:
    /// see [`Library::prepare_some`]) and the analyses kept on it, when up to date.
    corpus: Option<Prepared>,
    /// Stored records this version could not read, each said once per update.
    unreadable: Vec<String>,
    /// Why storage does not keep the user's articles, if it does not.
    storage_problem: Option<String>,
    /// The share matrix of the last report, with the names it was made for.
    matrix: Option<(Vec<String>, Vec<Vec<f32>>)>,
}

impl Library {
    /// A library of the bundled articles, `(name, text)`.
    pub fn new(bundled: Vec<(String, String)>) -> Library {
        Library {
            bundled: bundled
                .into_iter()
                .map(|(name, text)| Article {
                    id: 0,
                    data: ArticleData {
                        name,
                        text: text.into(),
                        ..ArticleData::default()
                    },
                    stored: false,
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

    /// Brings the user's articles in line with the stored records, `(key, JSON text)` of
    /// every record: what another tab added, renamed or removed is added, renamed or removed
    /// here. Articles that storage does not hold (a write failed) stay, and move to a new key
    /// should another tab's record take theirs. Records from another edition, or unreadable,
    /// are left where they are (their keys are never given to a new article) and said in every
    /// update; none is dropped silently. Returns whether anything changed.
    pub fn sync(&mut self, records: &[(u64, String)]) -> bool {
        let keys: HashSet<u64> = records.iter().map(|(key, _)| *key).collect();
        let before = self.mine.len();
        self.mine.retain(|a| !a.stored || keys.contains(&a.id));
        let mut rebuild = self.mine.len() != before;
        let mut changed = rebuild;
        let mut unreadable = Vec::new();
        let mut arrived = Vec::new();
        let mut displaced = Vec::new();
        for (key, text) in records {
            self.next_id = self.next_id.max(key + 1);
            let record = match read_record(text) {
                Ok(record) => record,
                Err(why) => {
                    unreadable.push(why);
                    continue;
                }
            };
            match self.mine.iter().position(|a| a.id == *key) {
                Some(at) if !self.mine[at].stored => {
                    // Another tab stored an article under the key this tab's unstored one has.
                    displaced.push(self.mine.remove(at));
                    arrived.push(record);
                }
                Some(at) => {
                    let article = &mut self.mine[at];
                    if article.data.name != record.data.name
                        || article.data.text != record.data.text
                        || article.data.language != record.data.language
                    {
                        rebuild = true;
                    }
                    let fresh = Article::from_record(record, true);
                    if *article != fresh {
                        changed = true;
                        *article = fresh;
                    }
                }
                None => arrived.push(record),
            }
        }
        // New arrivals after every article here keep the corpus: they are only added to it.
        let last = self.mine.iter().map(|a| a.id).max().unwrap_or(0);
        if arrived.iter().any(|r| r.id < last) || !displaced.is_empty() {
            rebuild = true;
        }
        sort_by_key(&mut arrived, |r| r.id);
        for record in arrived {
            changed = true;
            let mut article = Article::from_record(record, true);
            article.data.name = self.unique_name(&article.data.name);
            self.push_article(article);
        }
        for mut article in displaced {
            article.id = self.next_id;
            self.next_id += 1;
            article.data.name = self.unique_name(&article.data.name);
            self.push_article(article);
        }
        if rebuild {
            sort_by_key(&mut self.mine, |a| a.id);
            self.corpus = None;
        }
        if unreadable != self.unreadable {
            self.unreadable = unreadable;
            changed = true;
        }
        changed
    }

    /// Says that storage does not keep the user's articles (and why), or that it does again.
    pub fn set_storage_problem(&mut self, problem: Option<String>) {
        self.storage_problem = problem;
    }

    /// Hides or shows the bundled articles; whether that changed anything.
    pub fn set_seeds_hidden(&mut self, hidden: bool) -> bool {
        let changed = hidden != self.seeds_hidden;
        if changed {
            self.seeds_hidden = hidden;
            self.corpus = None;
        }
        changed
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

    /// The user's article with key `id`.
    pub fn article(&self, id: u64) -> Option<&Article> {
        self.mine.iter().find(|a| a.id == id)
    }

    /// A saved library or a Parallax report (`.json`) the user brought, as articles on their
    /// way in (or why not, naming the file); `None` for any other file, which the readers read
    /// ([`Library::read_imported`]).
    pub fn read_backup(file_name: &str, bytes: &[u8]) -> Option<Result<Incoming, String>> {
        let (what, articles) = match backup::read(file_name, bytes)? {
            Ok(found) => found,
            Err(why) => return Some(Err(why)),
        };
        Some(Ok(Incoming::Many { what, articles }))
    }

    /// A file the readers read (`parallax-ingest`) as an article on its way in.
    pub fn read_imported(file_name: &str, imported: Imported) -> Incoming {
        Incoming::One(Box::new(ArticleData {
            name: stem(file_name).to_string(),
            text: imported.text.into(),
            note: imported.note,
            origin: Some(origin::FILE.to_string()),
            file: Some(file_name.to_string()),
            meta: imported.meta,
            ..ArticleData::default()
        }))
    }

    /// Pasted text as an article on its way in; the title, if any, becomes its first line
    /// (the engine reads it as the headline) and its name.
    pub fn read_paste(title: &str, text: &str) -> Result<Incoming, String> {
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
        Ok(Incoming::One(Box::new(ArticleData {
            name: name.to_string(),
            text: text.into(),
            origin: Some(origin::PASTE.to_string()),
            ..ArticleData::default()
        })))
    }

    /// Adds what came in; articles that do not say when they were added were added `now`
    /// (ISO 8601). One article is always added (a name clash gives it ` (2)`); a library's or
    /// report's articles merge by content: one whose text is here already is not added again.
    pub fn add(&mut self, incoming: Incoming, now: Option<&str>) -> Added {
        let mut added = Added::default();
        let (articles, merge) = match incoming {
            Incoming::One(article) => (vec![*article], false),
            Incoming::Many { articles, .. } => (articles, true),
        };
        for new in articles {
            if merge
                && self
                    .bundled
                    .iter()
                    .chain(&self.mine)
                    .any(|a| a.data.text == new.text)
            {
                added.already_here += 1;
                continue;
            }
            let name = self.unique_name(&new.name);
            let article = Article {
                id: self.next_id,
                data: ArticleData {
                    name,
                    added: new.added.or_else(|| now.map(str::to_string)),
                    ..new
                },
                stored: false,
            };
            self.next_id += 1;
            added.ids.push(article.id);
            self.push_article(article);
        }
        added
    }

    /// The key the next article added will have: every article added from now on has this
    /// key or a greater one.
    pub fn next_key(&self) -> u64 {
        self.next_id
    }

    /// Marks the user's article `id` as held by storage (its record was written).
    pub fn mark_stored(&mut self, id: u64) {
        if let Some(article) = self.mine.iter_mut().find(|a| a.id == id) {
            article.stored = true;
        }
    }

    /// Gives the user's article `id`, which the page showed as `name`, the name `to`; says so
    /// when another tab removed or renamed it meanwhile.
    pub fn rename_seen(&mut self, id: u64, name: &str, to: &str) -> Result<&Article, String> {
        let index = self.seen_index(id, name, "renamed")?;
        self.rename_at(index, to)
    }

    fn rename_at(&mut self, index: usize, to: &str) -> Result<&Article, String> {
        let to = clean_name(to);
        if to.is_empty() {
            return Err("A name cannot be empty".to_string());
        }
        if to != self.mine[index].data.name && self.taken(&to) {
            return Err(format!("Another article is already called “{to}”"));
        }
        self.mine[index].data.name = to;
        self.corpus = None;
        Ok(&self.mine[index])
    }

    /// Reads the user's article `id`, which the page showed as `name`, as written in the
    /// language `code` (`None`: the detected one again); refused like
    /// [`Library::rename_seen`] when another tab changed it meanwhile, and for a code the
    /// engine does not know.
    pub fn set_language_seen(
        &mut self,
        id: u64,
        name: &str,
        code: Option<&str>,
    ) -> Result<&Article, String> {
        let index = self.seen_index(id, name, "changed")?;
        let code = match code {
            Some(code) => Some(
                known(code)
                    .ok_or_else(|| format!("Parallax does not know the language “{code}”"))?,
            ),
            None => None,
        };
        let article = &mut self.mine[index];
        if article.data.language.as_deref() != code {
            article.data.language = code.map(str::to_string);
            self.corpus = None;
        }
        Ok(&self.mine[index])
    }

    /// Removes the user's article `id`, which the page showed as `name`; says so when another
    /// tab removed or renamed it meanwhile.
    pub fn remove_seen(&mut self, id: u64, name: &str) -> Result<u64, String> {
        let index = self.seen_index(id, name, "removed")?;
        self.corpus = None;
        Ok(self.mine.remove(index).id)
    }

    /// Removes the user's articles with these keys (those the page showed), and no other;
    /// gives the keys of those removed (another tab may have removed some already).
    pub fn remove_ids(&mut self, ids: &[u64]) -> Vec<u64> {
        let before = self.mine.len();
        let mut removed = Vec::new();
        self.mine.retain(|a| {
            let gone = ids.contains(&a.id);
            if gone {
                removed.push(a.id);
            }
            !gone
        });
        if self.mine.len() != before {
            self.corpus = None;
        }
        removed
    }

    /// The stored form of an article.
    pub fn record(article: &Article) -> String {
        let record = Record {
            format: RECORD_FORMAT,
            id: article.id,
            data: article.data.clone(),
        };
        serde_json::to_string(&record).unwrap_or_default()
    }

    /// The user's articles as a saved library (see [`crate::backup`]), saved at `now`.
    pub fn backup(&self, now: Option<&str>) -> String {
        backup::write(&self.mine, now)
    }

    /// The corpus of the shown articles, prepared once and kept up to date.
    pub fn corpus(&mut self) -> &Corpus {
        &self.prepared().corpus
    }

    /// The corpus of the shown articles with its analyses, every shown article prepared.
    fn prepared(&mut self) -> &mut Prepared {
        if self.corpus.is_none() {
            let documents: Vec<Document> = self.shown().map(Article::document).collect();
            self.corpus = Some(Prepared {
                corpus: Corpus::from_documents(documents),
                analyzer: Analyzer::new(),
            });
        }
        self.prepare_next(usize::MAX);
        self.corpus.get_or_insert_with(Prepared::default)
    }

    /// Prepares up to `n` more of the shown articles (the corpus holds the first ones, in
    /// order); how many were prepared.
    fn prepare_next(&mut self, n: usize) -> usize {
        let from = self.corpus.as_ref().map_or(0, |p| p.corpus.len());
        let next: Vec<Document> = self
            .shown()
            .skip(from)
            .take(n)
            .map(Article::document)
            .collect();
        let count = next.len();
        let prepared = self.corpus.get_or_insert_with(Prepared::default);
        for document in next {
            prepared.corpus.add(document);
        }
        count
    }

    /// The shown articles not prepared yet.
    pub fn unprepared(&self) -> usize {
        let prepared = self.corpus.as_ref().map_or(0, |p| p.corpus.len());
        self.shown().count().saturating_sub(prepared)
    }

    /// Prepares up to `n` more of the shown articles and matches them against those before
    /// (what the next report would do, in steps: see [`Analyzer::take`]); whether any were
    /// left to prepare.
    pub fn prepare_some(&mut self, n: usize, config: &Config) -> bool {
        let count = self.prepare_next(n);
        if let Some(Prepared { corpus, analyzer }) = &mut self.corpus {
            analyzer.take(corpus, config);
        }
        count > 0
    }

    /// The shown articles listed before they are compared ([`parallax_engine::report::listing`]),
    /// with what the page shows beside them: what the page shows while a large collection is
    /// prepared, the update following.
    pub fn listing(&self, config: &Config) -> Event {
        let documents: Vec<Document> = self.shown().map(Article::document).collect();
        Event::Update {
            report: Box::new(listing(&documents, config)),
            articles: self.articles_meta(),
            library: self.meta(),
            comparing: true,
        }
    }

    /// What the page shows beside each shown article.
    fn articles_meta(&self) -> Vec<ArticleMeta> {
        self.shown()
            .map(|a| ArticleMeta {
                yours: a.id != 0,
                note: a.data.note.clone(),
                id: a.id,
                language_set: a.data.language.is_some(),
            })
            .collect()
    }

    /// The page's next state: the report on the shown articles at `config`, with what the
    /// page shows beside them.
    pub fn update(&mut self, config: &Config) -> Event {
        let Prepared { corpus, analyzer } = self.prepared();
        let report = analyzer.report(corpus, config);
        let names = self.shown().map(|a| a.data.name.clone()).collect();
        self.matrix = Some((names, report.matrix.clone()));
        Event::Update {
            report: Box::new(report),
            articles: self.articles_meta(),
            library: self.meta(),
            comparing: false,
        }
    }

    /// The alignment of the shown articles `a` and `b` (by name) at `config`, and the
    /// passages they share; `None` when either is not shown. The pair's shares come from the
    /// last report's matrix (made again when the articles changed since).
    pub fn pair(
        &mut self,
        a: &str,
        b: &str,
        config: &Config,
    ) -> Option<(PairReport, Vec<Passage>)> {
        let index = |name: &str| self.shown().position(|x| x.data.name == name);
        let (x, y) = (index(a)?, index(b)?);
        let current = |known: &[String]| self.shown().map(|x| &x.data.name).eq(known.iter());
        if !self
            .matrix
            .as_ref()
            .is_some_and(|(known, _)| current(known))
        {
            // The views rank pairs by the matrix: always computed here, whatever the size.
            let whole = Config {
                max_matrix_documents: usize::MAX,
                ..config.clone()
            };
            let Prepared { corpus, analyzer } = self.prepared();
            let matrix = analyzer.corpus_analysis(corpus, &whole).matrix;
            let names = self.shown().map(|x| x.data.name.clone()).collect();
            self.matrix = Some((names, matrix));
        }
        self.prepared();
        let (prepared, (_, matrix)) = (self.corpus.as_ref()?, self.matrix.as_ref()?);
        let corpus = &prepared.corpus;
        let pair = pair_report(corpus, matrix, x, y, config);
        let passages = pair_passages(corpus, x, y, &Config::default());
        Some((pair, passages))
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

    /// Adds an article at the end of the user's; it is prepared with the next update (or
    /// step of [`Library::prepare_some`]).
    fn push_article(&mut self, article: Article) {
        self.mine.push(article);
    }

    /// Where the article `id` is, if it still has the name `name` the page showed.
    fn seen_index(&self, id: u64, name: &str, doing: &str) -> Result<usize, String> {
        match self.mine.iter().position(|a| a.id == id) {
            None => Err(format!(
                "“{name}” was removed in another tab, so it was not {doing}"
            )),
            Some(at) if self.mine[at].data.name != name => Err(format!(
                "“{name}” was renamed to “{}” in another tab, so it was not {doing}",
                self.mine[at].data.name
            )),
            Some(at) => Ok(at),
        }
    }

    fn taken(&self, name: &str) -> bool {
        self.bundled
            .iter()
            .chain(&self.mine)
            .any(|a| a.data.name == name)
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

impl Article {
    fn from_record(record: Record, stored: bool) -> Article {
        Article {
            id: record.id,
            data: record.data,
            stored,
        }
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
/// Conveniences for the tests: by name, in one step, without storage.
#[cfg(test)]
impl Library {
    /// Takes back the user's stored articles: `(key, JSON text)` of each record (see
    /// [`Library::sync`]).
    pub fn restore(&mut self, records: &[(u64, String)]) {
        self.sync(records);
    }

    /// Reads a file the user brought as the worker does (a saved library, else through the
    /// readers), or says why not, naming the file.
    pub fn read_file(file_name: &str, bytes: &[u8]) -> Result<Incoming, String> {
        if let Some(found) = Library::read_backup(file_name, bytes) {
            return found;
        }
        let imported = parallax_ingest::import(file_name, bytes)
            .map_err(|why| format!("{file_name} {why}"))?;
        Ok(Library::read_imported(file_name, imported))
    }

    /// Adds a file the user brought, or says why not (naming the file).
    pub fn add_file(&mut self, file_name: &str, bytes: &[u8]) -> Result<&Article, String> {
        let incoming = Library::read_file(file_name, bytes)?;
        self.add_one(incoming)
    }

    /// Adds pasted text (see [`Library::read_paste`]).
    pub fn paste(&mut self, title: &str, text: &str) -> Result<&Article, String> {
        let incoming = Library::read_paste(title, text)?;
        self.add_one(incoming)
    }

    fn add_one(&mut self, incoming: Incoming) -> Result<&Article, String> {
        let added = self.add(incoming, None);
        let id = *added
            .ids
            .last()
            .ok_or_else(|| "Every article in it is here already".to_string())?;
        self.article(id)
            .ok_or_else(|| "The article was not added".to_string())
    }

    /// Gives the user's article `name` the name `to`.
    pub fn rename(&mut self, name: &str, to: &str) -> Result<&Article, String> {
        let index = self.mine_index(name)?;
        self.rename_at(index, to)
    }

    /// Removes the user's article `name`; gives its record's key.
    pub fn remove(&mut self, name: &str) -> Result<u64, String> {
        let index = self.mine_index(name)?;
        self.corpus = None;
        Ok(self.mine.remove(index).id)
    }

    /// Removes every article the user added; gives their records' keys.
    pub fn remove_mine(&mut self) -> Vec<u64> {
        let ids: Vec<u64> = self.mine.iter().map(|a| a.id).collect();
        self.remove_ids(&ids)
    }

    fn mine_index(&self, name: &str) -> Result<usize, String> {
        self.mine
            .iter()
            .position(|a| a.data.name == name)
            .ok_or_else(|| format!("“{name}” is not one of your articles"))
    }
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
        library.shown().map(|a| a.data.name.as_str()).collect()
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
            ..
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
    fn adding_after_an_update_prepares_and_matches_only_the_new_article_as_a_fresh_corpus_would() {
        let mut lib = library();
        let _ = lib.update(&Config::default());
        lib.add_file("talks.txt", B.as_bytes()).expect("added");
        let incremental = lib.update(&Config::default());
        lib.corpus = None;
        assert_eq!(lib.update(&Config::default()), incremental);
        // A new strictness matches afresh on the kept corpus.
        lib.paste("Copy", B).expect("added");
        let strict = Config::default().with_threshold(0.7);
        let incremental = lib.update(&strict);
        lib.corpus = None;
        assert_eq!(lib.update(&strict), incremental);
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
                .data
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
            lib.add_file("photo.txt", png).map(|a| a.data.name.clone()),
            Err(
                "photo.txt is not a file Parallax reads (a PNG image); add .txt, .md, .html, .mhtml, .docx and .pdf files"
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
        assert_eq!(&*article.data.text, "Café owners “protest” new rules");
        assert!(article
            .data
            .note
            .as_deref()
            .unwrap_or("")
            .contains("windows-1252"));
    }

    #[test]
    fn records_round_trip_and_keep_keys_growing() {
        let mut lib = library();
        let id = lib
            .add_file("old.txt", b"Caf\xe9 \x93quoted\x94 text here")
            .expect("added")
            .id;
        // The worker marks an article stored once its record is written.
        lib.mark_stored(id);
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

    /// The records of `lib`'s stored articles, as storage would hold them.
    fn stored(lib: &Library) -> Vec<(u64, String)> {
        lib.mine()
            .iter()
            .map(|a| (a.id, Library::record(a)))
            .collect()
    }

    /// An article added and written to storage.
    fn add_stored(lib: &mut Library, name: &str, text: &str) -> u64 {
        let id = lib
            .add_file(&format!("{name}.txt"), text.as_bytes())
            .expect("added")
            .id;
        lib.mark_stored(id);
        id
    }

    #[test]
    fn sync_takes_in_what_another_tab_added_renamed_and_removed() {
        let mut one = library();
        let mut two = library();
        let a = add_stored(&mut one, "a", A);
        let b = add_stored(&mut one, "b", B);
        assert!(two.sync(&stored(&one)));
        assert_eq!(names(&two), ["000_seed", "a", "b"]);
        assert!(!two.sync(&stored(&one)), "nothing new");
        // The other tab renames one and removes the other.
        one.rename("a", "a renamed").expect("renamed");
        one.remove("b").expect("removed");
        assert!(two.sync(&stored(&one)));
        assert_eq!(names(&two), ["000_seed", "a renamed"]);
        assert_eq!(two.mine()[0].id, a);
        // A new article here takes a key after every key seen.
        let c = two.paste("C", "Text of c.").expect("pasted").id;
        assert!(c > b);
    }

    #[test]
    fn sync_adds_to_the_corpus_without_rebuilding_it_and_matches_a_fresh_one() {
        let mut one = library();
        let mut two = library();
        let _ = two.update(&Config::default());
        add_stored(&mut one, "a", A);
        add_stored(&mut one, "b", B);
        two.sync(&stored(&one));
        assert!(two.corpus.is_some(), "arrivals are added to the corpus");
        let incremental = two.update(&Config::default());
        two.corpus = None;
        assert_eq!(two.update(&Config::default()), incremental);
    }

    #[test]
    fn an_unstored_article_is_kept_and_moves_off_a_key_another_tab_took() {
        let mut one = library();
        let mut two = library();
        // In tab two a write failed: the article lives in that tab only, under key 1.
        let mine = two
            .paste("Only here", "Text kept in this tab.")
            .expect("pasted")
            .id;
        let theirs = add_stored(&mut one, "a", A);
        assert_eq!(mine, theirs);
        two.sync(&stored(&one));
        assert_eq!(names(&two), ["000_seed", "a", "Only here"]);
        assert!(two.mine()[1].id > theirs);
        assert!(!two.mine()[1].stored);
    }

    #[test]
    fn rename_and_remove_say_when_another_tab_changed_the_article() {
        let mut one = library();
        let id = add_stored(&mut one, "a", A);
        let mut two = library();
        two.sync(&stored(&one));
        one.rename("a", "renamed there").expect("renamed");
        two.sync(&stored(&one));
        assert_eq!(
            two.rename_seen(id, "a", "x").map(|a| a.data.name.clone()),
            Err("“a” was renamed to “renamed there” in another tab, so it was not renamed".into())
        );
        assert_eq!(
            two.remove_seen(id, "a"),
            Err("“a” was renamed to “renamed there” in another tab, so it was not removed".into())
        );
        one.remove("renamed there").expect("removed");
        two.sync(&stored(&one));
        assert_eq!(
            two.remove_seen(id, "renamed there"),
            Err("“renamed there” was removed in another tab, so it was not removed".into())
        );
    }

    /// The language a user sets is the report's, kept in the record and the saved library,
    /// taken in by another tab, and refused for a code the engine does not know.
    #[test]
    fn a_language_set_by_the_user_is_kept_and_read_by_the_engine() {
        let language_of = |lib: &mut Library, name: &str| match lib.update(&Config::default()) {
            Event::Update {
                report, articles, ..
            } => {
                let at = report.documents.iter().position(|d| d.name == name);
                let at = at.expect("shown");
                (
                    report.documents[at].language.clone(),
                    articles[at].language_set,
                )
            }
            _ => unreachable!(),
        };
        let mut one = library();
        let id = add_stored(&mut one, "a", A);
        assert_eq!(language_of(&mut one, "a"), ("en".to_string(), false));
        let mut two = library();
        two.sync(&stored(&one));
        language_of(&mut two, "a");

        one.set_language_seen(id, "a", Some("de")).expect("set");
        assert_eq!(language_of(&mut one, "a"), ("de".to_string(), true));
        assert!(Library::record(&one.mine()[0]).contains(r#""language":"de""#));
        assert!(one.backup(None).contains(r#""language": "de""#));
        // Another tab reads it from storage, with its corpus made again.
        assert!(two.sync(&stored(&one)));
        assert_eq!(language_of(&mut two, "a"), ("de".to_string(), true));

        assert_eq!(
            one.set_language_seen(id, "a", Some("xx")).map(|_| ()),
            Err("Parallax does not know the language “xx”".into())
        );
        one.set_language_seen(id, "a", None)
            .expect("detected again");
        assert_eq!(language_of(&mut one, "a"), ("en".to_string(), false));
        assert!(!Library::record(&one.mine()[0]).contains("language"));
    }

    #[test]
    fn remove_ids_removes_exactly_the_articles_shown() {
        let mut lib = library();
        let a = add_stored(&mut lib, "a", A);
        let b = add_stored(&mut lib, "b", B);
        // The page showed a and b; another tab added c since.
        let c = add_stored(&mut lib, "c", "C text.");
        assert_eq!(lib.remove_ids(&[a, b, 99]), vec![a, b]);
        assert_eq!(names(&lib), ["000_seed", "c"]);
        assert_eq!(lib.mine()[0].id, c);
    }

    #[test]
    fn a_saved_library_round_trips_byte_for_byte_and_merges_by_content() {
        let mut lib = library();
        lib.add_file("old.txt", b"Caf\xe9 \x93quoted\x94 text here")
            .expect("added");
        lib.paste(
            "Pasted",
            "Text with\u{a0}no-break space and \r\n line ends.",
        )
        .expect("pasted");
        let saved = lib.backup(Some("2026-11-30T12:00:00.000Z"));
        let mut fresh = library();
        let incoming = Library::read_file("parallax-library.json", saved.as_bytes()).expect("read");
        let added = fresh.add(incoming.clone(), Some("later"));
        assert_eq!((added.ids.len(), added.already_here), (2, 0));
        for (restored, original) in fresh.mine().iter().zip(lib.mine()) {
            assert_eq!(restored.data.text.as_bytes(), original.data.text.as_bytes());
            assert_eq!(
                (
                    &restored.data.name,
                    &restored.data.note,
                    &restored.data.origin,
                    &restored.data.file
                ),
                (
                    &original.data.name,
                    &original.data.note,
                    &original.data.origin,
                    &original.data.file
                )
            );
        }
        // Opened twice: nothing is added again.
        assert_eq!(fresh.add(incoming, None).already_here, 2);
        assert_eq!(fresh.mine().len(), 2);
    }

    #[test]
    fn a_restored_name_clash_is_renamed_the_way_adding_does() {
        let mut lib = library();
        lib.paste("Talks", "One text.").expect("pasted");
        let mut other = library();
        other.paste("Talks", "Another text.").expect("pasted");
        let incoming = Library::read_file("lib.json", other.backup(None).as_bytes()).expect("read");
        lib.add(incoming, None);
        assert_eq!(names(&lib), ["000_seed", "Talks", "Talks (2)"]);
    }

    #[test]
    fn a_report_opens_as_a_library_without_the_articles_already_here() {
        let mut lib = library();
        lib.paste("Mine", "A text of mine.").expect("pasted");
        let Event::Update { report, .. } = lib.update(&Config::default()) else {
            unreachable!()
        };
        let json = parallax_engine::report::to_json(&report).expect("json");
        let mut fresh = Library::new(vec![("000_seed".into(), A.into())]);
        let incoming = Library::read_file("parallax-report.json", json.as_bytes()).expect("read");
        let added = fresh.add(incoming, None);
        assert_eq!(
            (added.ids.len(), added.already_here),
            (1, 1),
            "the seed is here already"
        );
        assert_eq!(&*fresh.mine()[0].data.text, "Mine\n\nA text of mine.");
        assert_eq!(fresh.mine()[0].data.origin.as_deref(), Some(origin::REPORT));
    }

    #[test]
    fn added_articles_say_when_and_where_from_in_their_records() {
        let mut lib = library();
        let incoming = Library::read_file("a.txt", A.as_bytes()).expect("read");
        let id = lib.add(incoming, Some("2026-11-30T12:00:00.000Z")).ids[0];
        let record = read_record(&Library::record(lib.article(id).expect("there"))).expect("read");
        assert_eq!(
            record.data.added.as_deref(),
            Some("2026-11-30T12:00:00.000Z")
        );
        assert_eq!(record.data.origin.as_deref(), Some(origin::FILE));
        assert_eq!(record.data.file.as_deref(), Some("a.txt"));
        // A record written before these fields existed still reads.
        let old = r#"{"format":1,"id":4,"name":"old","text":"Old text.","note":null}"#;
        assert_eq!(read_record(old).map(|r| r.data.origin), Ok(None));
    }

    #[test]
    fn unknown_fields_of_a_record_and_of_a_saved_article_are_kept() {
        let record = r#"{"format":1,"id":4,"name":"n","text":"T.","note":null,"rating":5}"#;
        let mut lib = library();
        lib.restore(&[(4, record.to_string())]);
        assert!(Library::record(&lib.mine()[0]).contains(r#""rating":5"#));
        let saved = lib.backup(None);
        assert!(saved.contains(r#""rating": 5"#), "{saved}");
        let mut fresh = library();
        fresh.add(
            Library::read_file("l.json", saved.as_bytes()).expect("read"),
            None,
        );
        assert!(Library::record(&fresh.mine()[0]).contains(r#""rating":5"#));
    }

    #[test]
    fn a_pair_by_name_equals_the_pair_of_the_full_report() {
        let mut lib = library();
        lib.add_file("talks.txt", B.as_bytes()).expect("added");
        let config = Config::default();
        let (pair, passages) = lib.pair("000_seed", "talks", &config).expect("both shown");
        let Event::Update { report, .. } = lib.update(&Config::at(None)) else {
            unreachable!()
        };
        let full = parallax_engine::analyze(lib.corpus(), &config);
        assert_eq!(pair, full.pairs[0]);
        assert_eq!(passages.len(), full.passages.len());
        assert_eq!(report.documents.len(), 2);
        assert!(lib.pair("000_seed", "nobody", &config).is_none());
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

    #[test]
    fn a_library_prepared_a_few_at_a_time_reports_as_one_prepared_at_once() {
        let fill = |lib: &mut Library| {
            lib.add_file("talks.txt", B.as_bytes()).expect("added");
            lib.paste(
                "Pasted title",
                "The two leaders met in Moscow on Tuesday. Nobody spoke.",
            )
            .expect("pasted");
            lib.paste("Other", "A storm hit the coast on Monday.")
                .expect("pasted");
        };
        let config = Config::default();
        let (mut stepwise, mut at_once) = (library(), library());
        fill(&mut stepwise);
        fill(&mut at_once);
        assert_eq!(stepwise.unprepared(), 4);
        assert!(stepwise.prepare_some(3, &config));
        assert_eq!(stepwise.unprepared(), 1);
        assert!(stepwise.prepare_some(3, &config));
        assert!(
            !stepwise.prepare_some(3, &config),
            "nothing left to prepare"
        );
        assert_eq!(stepwise.update(&config), at_once.update(&config));
        // One more after the report is prepared with the next.
        stepwise
            .paste("Late", "Reporters waited outside.")
            .expect("pasted");
        assert_eq!(stepwise.unprepared(), 1);
        let update = stepwise.update(&config);
        assert_eq!(stepwise.unprepared(), 0);
        assert_eq!(report_names(&update).len(), 5);
    }

    #[test]
    fn a_listing_shows_every_article_before_it_is_compared() {
        let mut lib = library();
        lib.add_file("talks.txt", B.as_bytes()).expect("added");
        let listed = lib.listing(&Config::default());
        assert_eq!(report_names(&listed), ["000_seed", "talks"]);
        let Event::Update {
            report,
            articles,
            comparing,
            ..
        } = listed
        else {
            unreachable!()
        };
        assert!(comparing);
        assert!(report.clusters.is_empty() && report.documents[1].sentences.is_empty());
        assert_eq!((articles[0].yours, articles[1].yours), (false, true));
        assert_eq!(lib.unprepared(), 2, "listing prepares nothing");
        let Event::Update { comparing, .. } = lib.update(&Config::default()) else {
            unreachable!()
        };
        assert!(!comparing);
    }
}
