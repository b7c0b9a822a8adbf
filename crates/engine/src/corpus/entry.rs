//! One document prepared for comparison.

use crate::base::Span;
use crate::features::{figures, quotes, Figure, Quote};
use crate::lang::{Language, Tables};
use crate::matching::similarity::{marked, Features, Vocabulary};
use crate::text::furniture::is_furniture;
use crate::text::normalize::{fold_into, tokens_of, TokenKind};
use crate::text::numbers::number_value;
use crate::text::segment::segment_in;
use crate::text::{Document, Sentence, Word, WordKey};

/// One document of a corpus with everything prepared for comparison.
#[derive(Clone, Debug)]
pub struct Entry {
    /// The document.
    pub document: Document,
    /// Its sentences, in order.
    pub sentences: Vec<Sentence>,
    /// Whether each sentence is page furniture ([`crate::text::furniture`]): shown, but with
    /// no features and no words, so it matches nothing and counts nowhere.
    pub furniture: Vec<bool>,
    /// Features of each sentence (same indices as `sentences`; empty for furniture).
    pub features: Vec<Features>,
    /// Every word inside a sentence that is not furniture, in order.
    pub words: Vec<Word>,
    /// The document's words and word pairs as sets, for document similarity.
    pub vocabulary: Vocabulary,
    /// Its quotations with their speakers, in order.
    pub quotes: Vec<Quote>,
    /// Which of `words` are stop words, a bit each (word `i` is bit `i % 64` of `stops[i / 64]`):
    /// with the words' keys, what a quotation's features are made of ([`Entry::quote_features`]).
    pub stops: Box<[u64]>,
    /// The numbers it states, in order.
    pub figures: Vec<Figure>,
}

impl Entry {
    /// Prepares one document. Each word is tokenised and keyed once, for the sentence
    /// features, the passage words and the quotations' features alike.
    pub fn new(document: Document) -> Entry {
        // The document's own language's tables where the engine has them.
        let lang = Language::from_code(document.language).tables();
        let sentences = segment_in(&document.text, lang);
        let furniture = furniture_of(&document.text, &sentences, lang);
        let mut features = Vec::with_capacity(sentences.len());
        let mut words = Vec::new();
        let mut stops: Vec<u64> = Vec::new();
        let mut keys = Vec::new();
        let mut buffer = String::new();
        // Whether each sentence has a number word, read from its words as they are keyed.
        let mut number_words = vec![false; sentences.len()];
        for (index, sentence) in sentences.iter().enumerate() {
            keys.clear();
            if furniture[index] {
                features.push(Features::default());
                continue;
            }
            let text = sentence.span.of(&document.text);
            for token in tokens_of(text) {
                if token.kind != TokenKind::Word {
                    continue;
                }
                let span = Span::new(
                    sentence.span.start + token.start,
                    sentence.span.start + token.end,
                );
                let word = span.of(&document.text);
                buffer.clear();
                fold_into(word, &mut buffer);
                if !number_words[index] {
                    number_words[index] = number_value(&buffer, lang).is_some();
                }
                let key = WordKey::from_folded(word, &mut buffer, lang);
                keys.push(key);
                let i = words.len();
                if i % 64 == 0 {
                    stops.push(0);
                }
                stops[i / 64] |= u64::from(key.stop) << (i % 64);
                words.push(Word::new(span, key.hash, index));
            }
            features.push(Features::from_keys(&keys));
        }
        // Kept for the corpus's life: no room left over.
        words.shrink_to_fit();
        let vocabulary = Vocabulary::of(&features);
        let quotes = quotes::extract_in(&document.text, &sentences, lang);
        // A furniture sentence's words were not read: it may have a number word.
        let figures = figures::extract_where(&document.text, &sentences, lang, |index| {
            furniture[index] || number_words[index]
        });
        Entry {
            document,
            sentences,
            furniture,
            features,
            words,
            vocabulary,
            quotes,
            stops: stops.into_boxed_slice(),
            figures,
        }
    }

    /// The word lists and rule tables of the document's language (its own where the engine
    /// has them), as it was prepared with.
    pub fn tables(&self) -> &'static Tables {
        Language::from_code(self.document.language).tables()
    }

    /// Number of words in the document's sentences.
    pub fn word_count(&self) -> usize {
        self.words.len()
    }

    /// The words of sentence `index`, in order.
    pub fn words_of(&self, index: usize) -> &[Word] {
        let start = self.words.partition_point(|w| w.sentence() < index);
        let end = self.words.partition_point(|w| w.sentence() <= index);
        &self.words[start..end]
    }

    /// The words that lie wholly inside `span` of the text, in order.
    pub fn words_within(&self, span: Span) -> &[Word] {
        &self.words[word_range(&self.words, span)]
    }

    /// The words of quotation `index`, in order.
    pub fn quote_words(&self, index: usize) -> &[Word] {
        self.words_within(self.quotes[index].span)
    }

    /// The features of quotation `index`'s words, keyed as its sentences' words are (from the
    /// words' keys, with no second tokenising): what quotations are compared by.
    pub fn quote_features(&self, index: usize) -> Features {
        let range = word_range(&self.words, self.quotes[index].span);
        let is_stop = |i: usize| {
            self.stops
                .get(i / 64)
                .is_some_and(|b| b >> (i % 64) & 1 == 1)
        };
        let keys = range.map(|i| marked(self.words[i].key, is_stop(i)));
        Features::from_marked(keys.collect())
    }

    /// Number of words of sentence `index`.
    pub fn sentence_words(&self, index: usize) -> usize {
        self.features[index].words
    }
}

/// The range of `words` (in order) that lie wholly inside `span`.
fn word_range(words: &[Word], span: Span) -> std::ops::Range<usize> {
    let from = words.partition_point(|w| w.span().start < span.start);
    let to = words.partition_point(|w| w.span().end <= span.end);
    from..to.max(from)
}

/// Which sentences are page furniture: every sentence of a paragraph that is furniture.
fn furniture_of(text: &str, sentences: &[Sentence], lang: &Tables) -> Vec<bool> {
    let mut out = vec![false; sentences.len()];
    let mut first = 0;
    while first < sentences.len() {
        let paragraph = sentences[first].paragraph;
        let last = first
            + sentences[first..]
                .iter()
                .take_while(|s| s.paragraph == paragraph)
                .count();
        let span = Span::new(sentences[first].span.start, sentences[last - 1].span.end);
        if is_furniture(span.of(text), lang) {
            out[first..last].fill(true);
        }
        first = last;
    }
    out
}
