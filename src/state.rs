//! The app's shared state: the corpus, the location (URL), and the engine's report derived
//! from them. Everything else is derived from these in the views.

use std::sync::Arc;

use leptos::prelude::*;
use parallax_engine::passages::Passage;
use parallax_engine::report::{pair_passages, pair_report, to_json, PairReport};
use parallax_engine::{analyze, Config, Corpus, Report};

use crate::route::{go, use_location, History, Location};

/// Shared state, provided as context by [`crate::App`].
#[derive(Clone, Copy)]
pub struct AppState {
    /// The documents, prepared once.
    pub corpus: StoredValue<Arc<Corpus>>,
    /// Where the user is (parsed from the URL hash). Move with [`AppState::go`].
    pub location: RwSignal<Location>,
    /// The engine's settings for the current location.
    pub config: Memo<Config>,
    /// The engine's report for the current settings.
    pub report: Memo<Arc<Report>>,
    /// The settings passages depend on: shortest passage and bridge, in words.
    passage_settings: Memo<(usize, usize)>,
}

impl AppState {
    /// Builds the state for a corpus, following the URL hash.
    pub fn new(corpus: Corpus) -> AppState {
        let corpus = StoredValue::new(Arc::new(corpus));
        let location = use_location();
        let config = Memo::new(move |_| {
            // The views need the corpus-wide results from the report; the pair view aligns the
            // pair it shows on demand (`pair`), so the report leaves pairs out.
            let config = Config {
                max_pair_documents: 0,
                ..Config::default()
            };
            match location.get().threshold {
                Some(t) => config.with_threshold(t),
                None => config,
            }
        });
        let report = Memo::new(move |_| {
            let config = config.get();
            Arc::new(corpus.with_value(|c| analyze(c, &config)))
        });
        let passage_settings =
            Memo::new(move |_| config.with(|c| (c.passage_min_words, c.passage_max_bridge)));
        AppState {
            corpus,
            location,
            config,
            report,
            passage_settings,
        }
    }

    /// The state provided by [`crate::App`].
    pub fn expect() -> AppState {
        expect_context::<AppState>()
    }

    /// Moves to another location (URL and state together).
    pub fn go(&self, to: Location, history: History) {
        go(self.location, to, history);
    }

    /// Index of the document called `name` in the current report.
    pub fn document_index(&self, name: &str) -> Option<usize> {
        self.report
            .with(|r| r.documents.iter().position(|d| d.name == name))
    }

    /// The engine's alignment of documents `a` and `b` (in that order) at the current settings.
    pub fn pair(&self, a: usize, b: usize) -> PairReport {
        let config = self.config.get();
        let report = self.report.get();
        self.corpus
            .with_value(|c| pair_report(c, &report.matrix, a, b, &config))
    }

    /// The full report at the current settings as JSON, every pair included: the same text
    /// `parallax compare --json` prints for these articles and this threshold.
    pub fn report_json(&self) -> Result<String, String> {
        let config = Config {
            max_pair_documents: Config::default().max_pair_documents,
            ..self.config.get_untracked()
        };
        let report = self.corpus.with_value(|c| analyze(c, &config));
        to_json(&report)
    }

    /// The passages documents `a` and `b` share, as the engine finds them. They do not depend
    /// on the threshold, so moving the strictness control does not search for them again.
    pub fn passages(&self, a: usize, b: usize) -> Vec<Passage> {
        let (min_words, max_bridge) = self.passage_settings.get();
        let config = Config {
            passage_min_words: min_words,
            passage_max_bridge: max_bridge,
            ..Config::default()
        };
        self.corpus.with_value(|c| pair_passages(c, a, b, &config))
    }
}
