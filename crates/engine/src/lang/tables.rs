//! The interface between the algorithms and a language's data: one [`Tables`] value per
//! language.

use std::sync::OnceLock;

use crate::base::hash::{hash_str, key_of, Key};
use crate::lang::snowball::SNOWBALL;

/// A word list: lower-case words (a test per language checks the sorted ones are sorted).
pub type Words = &'static [&'static str];

/// The word lists and rule tables of one language. Lists marked *sorted* are searched with a
/// binary search ([`listed`]).
#[derive(Debug)]
pub struct Tables {
    /// ISO 639-1 code (`en`).
    pub code: &'static str,

    /// The words its sentence segmenter reads (titles, abbreviations, references, openers,
    /// starters).
    pub sentences: Sentences,

    /// *Sorted.* Function words (and the reporting verbs every news sentence uses): they take
    /// part in phrase matching but carry no topic on their own.
    pub stopwords: Words,
    /// The language's part of a word key: strips inflection from a folded word in place
    /// (`countries` → `country`).
    pub stem: fn(&mut String),
    /// Whether [`Tables::stem`] reads a word with its diacritics (lower case: `déclarée`,
    /// `görüşme`) rather than folded: the Snowball stemmers ([`super::snowball`]), whose
    /// algorithms are written for the language's own letters. Their key is the stem, folded
    /// after; a stop word is not stemmed (its key is the word as [`Tables::stopwords`] lists
    /// it). English's stem reads the folded word.
    pub stem_reads_accents: bool,

    /// *Sorted.* Verbs that attribute a quotation to its speaker (`said`, `told`).
    pub reporting_verbs: Words,
    /// Participles that attribute a quote to the subject of their sentence (`saying`).
    pub participles: Words,
    /// Lower-case words that may stand inside a name (`of`, `al`, `von`).
    pub name_connectors: Words,
    /// Pronouns that stand for a speaker named earlier (`he`, `she`).
    pub pronouns: Words,
    /// *Sorted.* Capitalised words that are never part of a name (months, weekdays).
    pub not_names: Words,

    /// Qualifiers that may stand before a number (`more than`, `nearly`), longest first: they
    /// are tried in this order.
    pub qualifiers: Words,
    /// How the language writes numbers (number words, multipliers, percent words, decimal
    /// mark) and the forms of the nouns it counts.
    pub numbers: Numbers,
    /// Kinds of event a count can be about (`death`, `injury`), by the words that name them.
    pub event_words: &'static [(&'static str, Words)],
    /// Month names and their abbreviations: a number beside one is a date, not a count.
    pub months: Words,
    /// Words after a counted thing that make a figure a time offset (`ago`, `later`).
    pub offset_words: Words,

    /// *Sorted.* Whole paragraphs (folded, without surrounding punctuation) that are page
    /// furniture (`advertisement`, `read more`).
    pub furniture_lines: Words,
    /// Openings of short paragraphs that are page furniture (`read more:`, `photo:`, `©`).
    pub furniture_openings: Words,
    /// Phrases that make a short paragraph page furniture (`contributed to this report`).
    pub furniture_phrases: Words,
    /// Words that open a byline (`by`).
    pub byline_words: Words,

    /// The keys of [`Tables::stopwords`] (`base::hash::key_of` their hashes) as a set, made
    /// on first use.
    pub(crate) stop_hashes: OnceLock<KeySet>,
}

/// A small set of word keys (a language's stop words), open addressing with linear probing
/// in a table at most a quarter full: a look-up reads one or two slots of a table that stays
/// in cache, where a binary search took nine dependent steps for every word of a document.
#[derive(Clone, Debug, Default)]
pub(crate) struct KeySet {
    /// The keys, each in the first free slot from its home; 0 marks a free slot.
    slots: Box<[Key]>,
    /// Right shift that turns a multiplied key into a home slot (32 − log2 of the slots).
    shift: u32,
    /// Whether the key 0 (which marks free slots) is in the set.
    has_zero: bool,
}

/// The odd multiplier that spreads keys over the slots (Fibonacci hashing).
const SPREAD: Key = 0x9e37_79b9;

impl KeySet {
    /// The set of `keys`.
    pub(crate) fn of(keys: impl ExactSizeIterator<Item = Key>) -> KeySet {
        let bits = (keys.len() * 4)
            .max(16)
            .next_power_of_two()
            .trailing_zeros();
        let mut set = KeySet {
            slots: vec![0; 1 << bits].into_boxed_slice(),
            shift: Key::BITS - bits,
            has_zero: false,
        };
        for key in keys {
            if key == 0 {
                set.has_zero = true;
                continue;
            }
            let mut i = set.home(key);
            while set.slots[i] != 0 && set.slots[i] != key {
                i = (i + 1) & (set.slots.len() - 1);
            }
            set.slots[i] = key;
        }
        set
    }

    /// Whether `key` is in the set.
    pub(crate) fn contains(&self, key: Key) -> bool {
        if key == 0 {
            return self.has_zero;
        }
        let mut i = self.home(key);
        loop {
            match self.slots[i] {
                0 => return false,
                k if k == key => return true,
                _ => i = (i + 1) & (self.slots.len() - 1),
            }
        }
    }

    fn home(&self, key: Key) -> usize {
        (key.wrapping_mul(SPREAD) >> self.shift) as usize
    }
}

/// How a language writes numbers, and the forms of the nouns it counts: the figure reader's
/// part of [`Tables`] (a value of its own, so that a language can take English's and change a
/// few: `Numbers { word, ..en::NUMBERS }`).
#[derive(Clone, Copy, Debug)]
pub struct Numbers {
    /// The value of a folded number word (`two` → 2), from the language's table of number
    /// words. A function rather than the table: it is asked for every word of every document,
    /// and a search written over a constant table compiles to a few comparisons.
    pub word: fn(&str) -> Option<f64>,
    /// Words that multiply the number before them (`million`, `Millionen`, `млн`, `万`), folded;
    /// several in a row multiply together (`mil millones`, `千万`), and the figure reader
    /// splits one glued to digits (Korean `3만`).
    pub multipliers: &'static [(&'static str, f64)],
    /// Words that stand between a multiplier and the counted thing (`millions de personnes`,
    /// `milioni di euro`).
    pub multiplier_links: Words,
    /// Phrases after a number that make it a percentage (`Prozent`, `por ciento`, `процентов`),
    /// folded, words apart by a space; a script without spaces writes its characters together
    /// (`パーセント`): a phrase matches the words that spell it.
    pub percent_after: Words,
    /// Phrases before a number that make it a percentage (Turkish `yüzde 6` and `%6`, Chinese
    /// `百分之六`), as [`Numbers::percent_after`].
    pub percent_before: Words,
    /// *Sorted by form.* Forms of counted nouns that the stem does not join with their other
    /// forms, each with the form it counts as (`дней` → `день`, `лет` → `год`): the counted
    /// thing's key is the stem of that form.
    pub counted_forms: &'static [(&'static str, &'static str)],
    /// Whether the language writes decimals with a comma and groups thousands with a dot:
    /// then a lone `.` before three digits groups (`1.500` is 1500), as it does not in English
    /// (`2.300` is 2.3 there).
    pub decimal_comma: bool,
}

/// The words the sentence segmenter reads for one language ([`Tables::sentences`]): a
/// language that has its own replaces English's with them ([`Tables::with_sentences`]). Every language also reads the titles, abbreviations and
/// references that many share ([`crate::lang::common::OTHER_TITLES`] and the like).
#[derive(Clone, Copy, Debug)]
pub struct Sentences {
    /// *Sorted.* Titles that never end a sentence: a name follows them (`Mr.`, `Gen.`).
    pub titles: Words,
    /// *Sorted.* Abbreviations that may end a sentence, but usually do not (`Inc.`, `Jan.`).
    pub abbreviations: Words,
    /// *Sorted.* Abbreviations that refer to a number and never end a sentence before one
    /// (`p. 55`, `No. 5`).
    pub references: Words,
    /// *Sorted.* Words that open a phrase of time or place (`At 5 a.m.`): a sentence that is
    /// only such a phrase does not end at an abbreviation.
    pub opening_prepositions: Words,
    /// *Sorted.* Words that commonly open a sentence; after an abbreviation they mark a
    /// sentence end.
    pub starters: Words,
    /// *Sorted.* Words after which a number with a dot is an ordinal, not a sentence end
    /// (German `der 2. Weltkrieg`, `zum 3. Mal`).
    pub ordinal_openers: Words,
    /// Endings of compound words that abbreviate their last part (German `Hauptstr.` for
    /// `Hauptstraße`): such a word is an abbreviation.
    pub abbreviation_endings: Words,
}

impl Tables {
    /// These tables with another language's qualifiers ([`Tables::qualifiers`]) and event
    /// words ([`Tables::event_words`]).
    pub(crate) const fn with_figure_words(
        mut self,
        qualifiers: Words,
        event_words: &'static [(&'static str, Words)],
    ) -> Tables {
        self.qualifiers = qualifiers;
        self.event_words = event_words;
        self
    }

    /// These tables with the sentence words of another language ([`Sentences`]).
    pub(crate) const fn with_sentences(mut self, words: Sentences) -> Tables {
        self.sentences = words;
        self
    }

    /// These tables, their stem reading words with their diacritics
    /// ([`Tables::stem_reads_accents`]) when it is a Snowball stemmer (the `snowball`
    /// feature; a light stemmer reads the folded word).
    pub(crate) const fn with_accented_stem(mut self) -> Tables {
        self.stem_reads_accents = SNOWBALL;
        self
    }

    /// These tables with other month words ([`Tables::months`]): for languages that write a
    /// date with units (`10月21日`) rather than month names.
    pub(crate) const fn with_months(mut self, months: Words) -> Tables {
        self.months = months;
        self
    }

    /// Whether a word key is a stop word.
    pub fn is_stopword(&self, key: &str) -> bool {
        listed(self.stopwords, key)
    }

    /// Whether the key whose hash (`base::hash::hash_str`) is `hash` is a stop word: one
    /// look-up in a set of the stop words' keys instead of string comparisons (the
    /// hot path of preparing a document). A unit test checks that no two stop words share a
    /// key.
    pub fn is_stopword_hash(&self, hash: u64) -> bool {
        self.is_stopword_key(key_of(hash))
    }

    /// Whether a word whose key ([`crate::text::Word::key`]) is `key` is a stop word.
    pub fn is_stopword_key(&self, key: Key) -> bool {
        self.stop_hashes
            .get_or_init(|| KeySet::of(self.stopwords.iter().map(|w| key_of(hash_str(w)))))
            .contains(key)
    }
}

/// The value of `word` in a table of number words or multipliers (a linear search: the tables
/// are a few dozen words).
pub fn value_in(table: &[(&str, f64)], word: &str) -> Option<f64> {
    table.iter().find(|(w, _)| *w == word).map(|&(_, v)| v)
}

/// The value of `word` among `words`: the words of consecutive numbers from `first`, apart by
/// spaces, the forms of one number apart by `|` (`два|две|двух три|трех|трёх`). A string
/// rather than a table of pairs: the number words of a language take a few bytes each.
pub fn counting_word(words: &str, first: u8, word: &str) -> Option<f64> {
    words
        .split(' ')
        .position(|forms| forms.split('|').any(|form| form == word))
        .map(|k| f64::from(first) + k as f64)
}

/// The form a counted noun counts as ([`Tables::counted_forms`]): `form` itself unless listed.
pub fn counted_form<'w>(table: &[(&'static str, &'static str)], form: &'w str) -> &'w str {
    table
        .binary_search_by(|(f, _)| (*f).cmp(form))
        .map_or(form, |k| table[k].1)
}

/// Whether `word` is in the sorted list `table`.
pub fn listed(table: &[&str], word: &str) -> bool {
    table.binary_search(&word).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_set_holds_exactly_its_keys() {
        // Keys that collide on their home slot, the key 0 that marks free slots, and
        // duplicates; then every key in a range, in the set or not.
        let keys: Vec<Key> = [0, 1, 2, 3, 7, 0x1000_0000, 0x2000_0000, Key::MAX, 3]
            .into_iter()
            .chain((0..300).map(|i: Key| i.wrapping_mul(0x0101_0101).wrapping_add(17)))
            .collect();
        let set = KeySet::of(keys.iter().copied());
        for &k in &keys {
            assert!(set.contains(k), "{k} missing");
        }
        for k in (0..100_000).map(|i: Key| i.wrapping_mul(7919)) {
            assert_eq!(set.contains(k), keys.contains(&k), "{k}");
        }
        let empty = KeySet::of(std::iter::empty());
        assert!(!empty.contains(0) && !empty.contains(5));
    }

    #[test]
    fn counting_words_are_numbered_from_the_first() {
        let words = "два|две три четыре";
        assert_eq!(counting_word(words, 2, "два"), Some(2.0));
        assert_eq!(counting_word(words, 2, "две"), Some(2.0));
        assert_eq!(counting_word(words, 2, "четыре"), Some(4.0));
        assert_eq!(counting_word(words, 2, "пять"), None);
        assert_eq!(counting_word(words, 2, ""), None);
        let forms = &[("дней", "день"), ("дня", "день")];
        assert_eq!(counted_form(forms, "дня"), "день");
        assert_eq!(counted_form(forms, "день"), "день");
    }
}
