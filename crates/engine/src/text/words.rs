//! Words as the comparison sees them: a word's matching key ([`WordKey`]) and a document's
//! words with their keys ([`Word`]), made once per document by the corpus layer.

use crate::base::hash::{hash_str, key_of, Key};
use crate::base::Span;
use crate::lang::common::is_unspaced_function;
use crate::lang::Tables;
use crate::text::normalize::{fold_into, folded_key_into};

/// A word as similarity sees it: the hash of its matching key
/// ([`crate::text::normalize::word_key`]) and whether that key is a stop word (of the language,
/// or a function character of a script without spaces:
/// [`crate::lang::common::is_unspaced_function`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WordKey {
    /// Hash of the word's key.
    pub hash: u64,
    /// Whether the key is a stop word.
    pub stop: bool,
}

impl WordKey {
    /// The key of one word in language `lang`.
    pub fn of(word: &str, lang: &Tables) -> WordKey {
        WordKey::with_buffer(word, &mut String::new(), lang)
    }

    /// The key of one word, using `buffer` as scratch space (see
    /// [`crate::text::normalize::word_key_into`]).
    pub fn with_buffer(word: &str, buffer: &mut String, lang: &Tables) -> WordKey {
        buffer.clear();
        fold_into(word, buffer);
        WordKey::from_folded(word, buffer, lang)
    }

    /// The key of one word whose folded form ([`fold_into`]) `buffer` holds; `buffer` is left
    /// holding the key.
    pub fn from_folded(word: &str, buffer: &mut String, lang: &Tables) -> WordKey {
        folded_key_into(word, buffer, lang);
        let hash = hash_str(buffer);
        let mut chars = word.chars();
        let unspaced_function = match (chars.next(), chars.next()) {
            (Some(c), None) => is_unspaced_function(c),
            _ => false,
        };
        WordKey {
            hash,
            stop: unspaced_function || lang.is_stopword_hash(hash),
        }
    }
}

/// A word of a document, for shared-passage search.
///
/// Kept compact (16 bytes: a corpus of thousands of documents holds millions): its key, byte
/// range and sentence as 32-bit numbers, so a document's text is under 4 GiB (the readers stop far
/// below: `parallax_ingest::MAX_TEXT_BYTES`; [`Word::new`] saturates beyond it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Word {
    /// Its matching key's hash ([`crate::text::normalize::word_key`]) as a [`Key`].
    pub key: Key,
    start: u32,
    end: u32,
    sentence: u32,
}

impl Word {
    /// The word at `span`, whose key has this hash, in sentence `sentence`.
    pub fn new(span: Span, hash: u64, sentence: usize) -> Word {
        let narrow = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        Word {
            key: key_of(hash),
            start: narrow(span.start),
            end: narrow(span.end),
            sentence: narrow(sentence),
        }
    }

    /// Its bytes in the document's text.
    pub fn span(&self) -> Span {
        Span::new(self.start as usize, self.end as usize)
    }

    /// Index of the sentence it belongs to.
    pub fn sentence(&self) -> usize {
        self.sentence as usize
    }
}
