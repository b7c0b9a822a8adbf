use serde::{Deserialize, Serialize};

/// Default similarity threshold: two sentences scoring at least this carry the same statement.
///
/// Measured on the seeds with the score of [`crate::matching::similarity`]: the trust quote
/// inside longer sentences scores 0.56–0.70, the same quote reported in two differently built
/// sentences ("the reign of the Assad family is coming to an end") 0.50–0.52, two leads saying
/// that relations are at a low point 0.48–0.55 and the two headlines on it 0.47; two different
/// statements about Tillerson meeting Putin (a name-heavy opening shared) score 0.45, and
/// sentences that only share names or a stock opening ("Tillerson said Wednesday that …") stay
/// below. 0.46 sits in that gap. (Two translations of one quote, "I won't hide the fact …" / "I
/// will be frank …", score 0.44: a rewording too far for words alone.)
pub const DEFAULT_THRESHOLD: f32 = 0.46;

/// Default lowest score for a **moved** pair, on top of [`Config::threshold`].
///
/// A sentence matched outside the reading order is a stronger claim than one matched in place,
/// so it needs a clearer match than [`DEFAULT_THRESHOLD`]: a shared run of eight words
/// ([`crate::matching::similarity::SHARED_RUN_SCORE`]) or more. On the seeds the paragraph
/// that an outlet reordered and split ("clarify areas of common objectives") matches at 0.50.
pub const DEFAULT_MOVED_THRESHOLD: f32 = 0.5;

/// How far below [`Config::threshold`] a sentence may score and still be matched when it sits
/// next to a match, in step with its partner on both sides (see
/// [`Config::effective_context_threshold`]; 0.32 at the default threshold).
///
/// Measured on the PAN 2013 text-alignment *training* corpus (passages copied with words
/// replaced, shuffled or translated back and forth, where some sentences of a copy score just
/// below the threshold next to ones that match): plagdet 0.800 with no such matching, 0.810 at
/// 0.08, 0.819 at 0.12, 0.825 at 0.16, 0.827 at 0.20, pairs that share nothing unchanged
/// (0.7–0.9% with a block). On the seeds, 0.16 matches two different statements that follow a
/// match (scoring 0.30: "we have no firm information …" / "Washington has said that Russia and
/// Syria are trying to confuse …"); 0.14 leaves 0.02 between them and the context threshold.
/// With reused blocks as they are now (slight moves, fragments in gaps, summaries' gaps),
/// random obfuscation scores 0.800 at 0.12, 0.808 at 0.14 and 0.810 at 0.16, translations
/// 0.847, 0.853 and 0.858.
pub const CONTEXT_MARGIN: f32 = 0.14;

/// Default shortest shared passage, in words.
///
/// Six words is WCopyfind's default and holds up on news: five-word runs such as "the United
/// States and Russia" or "said in a statement on" recur by chance between unrelated reports,
/// while six-word runs shared by two articles are nearly always copied or quoted text.
pub const DEFAULT_PASSAGE_MIN_WORDS: usize = 6;

/// Default number of mismatched words a shared passage may bridge on each side.
///
/// Two words covers a changed name or number ("89 people" / "87 people") or an inserted
/// adjective without gluing unrelated runs together.
pub const DEFAULT_PASSAGE_MAX_BRIDGE: usize = 2;

/// Default largest corpus for which the report holds every pair's alignment.
///
/// Pairs grow with the square of the documents: 100 documents are 4,950 pairs. Above this the
/// report keeps corpus-wide results (clusters, matrix) and callers align pairs on demand with
/// [`crate::analysis::align::align_pair`].
pub const DEFAULT_MAX_PAIR_DOCUMENTS: usize = 100;

/// Default largest corpus for which the report holds the similarity matrix.
///
/// The matrix grows with the square of the documents (10,000 documents are 100 million
/// cells, 400 MB in memory and more as JSON) and no view can show it at that size; above this
/// the report leaves it out (`matrix_complete` is false) and keeps everything else.
pub const DEFAULT_MAX_MATRIX_DOCUMENTS: usize = 2000;

fn default_max_matrix_documents() -> usize {
    DEFAULT_MAX_MATRIX_DOCUMENTS
}

/// Settings of one analysis. `Config::default()` is what the app and the CLI start with.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Config {
    /// Lowest sentence similarity, in `[0, 1]`, that counts as the same statement.
    /// Default [`DEFAULT_THRESHOLD`]. Higher is stricter.
    pub threshold: f32,
    /// Lowest similarity for a pair reported as `moved`; the effective value is the larger of
    /// this and `threshold`. Default [`DEFAULT_MOVED_THRESHOLD`].
    pub moved_threshold: f32,
    /// Shortest shared passage in words. Default [`DEFAULT_PASSAGE_MIN_WORDS`].
    pub passage_min_words: usize,
    /// Mismatched words a passage may bridge on each side. Default
    /// [`DEFAULT_PASSAGE_MAX_BRIDGE`].
    pub passage_max_bridge: usize,
    /// Largest corpus whose report includes every pair. Default [`DEFAULT_MAX_PAIR_DOCUMENTS`].
    pub max_pair_documents: usize,
    /// Largest corpus whose report includes the similarity matrix. Default
    /// [`DEFAULT_MAX_MATRIX_DOCUMENTS`].
    #[serde(default = "default_max_matrix_documents")]
    pub max_matrix_documents: usize,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            threshold: DEFAULT_THRESHOLD,
            moved_threshold: DEFAULT_MOVED_THRESHOLD,
            passage_min_words: DEFAULT_PASSAGE_MIN_WORDS,
            passage_max_bridge: DEFAULT_PASSAGE_MAX_BRIDGE,
            max_pair_documents: DEFAULT_MAX_PAIR_DOCUMENTS,
            max_matrix_documents: DEFAULT_MAX_MATRIX_DOCUMENTS,
        }
    }
}

impl Config {
    /// The defaults at `threshold` when one is given (else the default threshold).
    pub fn at(threshold: Option<f32>) -> Config {
        match threshold {
            Some(t) => Config::default().with_threshold(t),
            None => Config::default(),
        }
    }

    /// Settings for a reader that aligns a pair only when it is opened (the app): corpus-wide
    /// results, no pairs (`max_pair_documents = 0`), at `threshold` when one is given.
    pub fn corpus_wide(threshold: Option<f32>) -> Config {
        Config {
            max_pair_documents: 0,
            ..Config::at(threshold)
        }
    }

    /// The same settings with another threshold, clamped to `[0, 1]` (NaN gives the default).
    pub fn with_threshold(mut self, threshold: f32) -> Self {
        self.threshold = if threshold.is_nan() {
            DEFAULT_THRESHOLD
        } else {
            threshold.clamp(0.0, 1.0)
        };
        self
    }

    /// The score a sentence needs to match when it sits next to a match in step with its
    /// partner: [`CONTEXT_MARGIN`] below the threshold.
    pub fn effective_context_threshold(&self) -> f32 {
        (self.threshold - CONTEXT_MARGIN).max(0.0)
    }

    /// The score a `moved` pair needs.
    pub fn effective_moved_threshold(&self) -> f32 {
        self.moved_threshold.max(self.threshold)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_at_a_threshold_and_corpus_wide() {
        assert_eq!(Config::at(None), Config::default());
        assert_eq!(Config::at(Some(0.6)).threshold, 0.6);
        assert!((Config::at(Some(0.6)).effective_context_threshold() - 0.46).abs() < 1e-6);
        assert_eq!(Config::at(Some(0.05)).effective_context_threshold(), 0.0);
        let page = Config::corpus_wide(Some(0.6));
        assert_eq!((page.max_pair_documents, page.threshold), (0, 0.6));
        assert_eq!(
            Config {
                max_pair_documents: Config::default().max_pair_documents,
                ..Config::corpus_wide(None)
            },
            Config::default()
        );
    }
}
