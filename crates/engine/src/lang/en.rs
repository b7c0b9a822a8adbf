//! English: the word lists and rule tables the algorithms read for English text.
//!
//! Every list that an algorithm searches with a binary search is sorted and lower case (the
//! unit tests at the end check it); the qualifiers are ordered longest first, as the figure
//! reader tries them in order.

use crate::lang::tables::{value_in, Numbers, Sentences, Tables, Words};

/// English, as [`super::Language::English`] gives it.
pub static TABLES: Tables = english_with("en", STOPWORDS, stem, NUMBERS);

/// English's tables with another language's code, stop words, stem and numbers: the other
/// languages take every table they do not have of their own from English.
pub(crate) const fn english_with(
    code: &'static str,
    stopwords: Words,
    stem: fn(&mut String),
    numbers: Numbers,
) -> Tables {
    Tables {
        code,
        sentences: Sentences {
            titles: TITLES,
            abbreviations: ABBREVIATIONS,
            references: REFERENCES,
            opening_prepositions: OPENING_PREPOSITIONS,
            starters: STARTERS,
            ordinal_openers: &[],
            abbreviation_endings: &[],
        },
        stopwords,
        stem,
        stem_reads_accents: false,
        reporting_verbs: REPORTING_VERBS,
        participles: PARTICIPLES,
        name_connectors: NAME_CONNECTORS,
        pronouns: PRONOUNS,
        not_names: NOT_NAMES,
        qualifiers: QUALIFIERS,
        numbers,
        event_words: EVENT_WORDS,
        months: MONTHS,
        offset_words: OFFSET_WORDS,
        furniture_lines: FURNITURE_LINES,
        furniture_openings: FURNITURE_OPENINGS,
        furniture_phrases: FURNITURE_PHRASES,
        byline_words: &["by"],
        stop_hashes: std::sync::OnceLock::new(),
    }
}

// ---------------------------------------------------------------------------------------------
// Sentences (`text::segment`): the rule table R6–R11 and the sentence starters.
// ---------------------------------------------------------------------------------------------

/// Titles that never end a sentence: a name follows them.
const TITLES: &[&str] = &[
    "adm", "capt", "cmdr", "col", "cpl", "dr", "fr", "gen", "gov", "hon", "lt", "maj", "messrs",
    "mr", "mrs", "ms", "mt", "pres", "prof", "rep", "rev", "sen", "sgt", "sr", "st", "supt", "vs",
];

/// Abbreviations that may end a sentence, but usually do not.
const ABBREVIATIONS: &[&str] = &[
    "al", "approx", "apr", "aug", "ave", "blvd", "co", "corp", "dec", "dept", "est", "etc", "feb",
    "fig", "inc", "jan", "jr", "jul", "jun", "ltd", "mar", "no", "nos", "nov", "oct", "op", "pp",
    "rd", "sep", "sept", "vol",
];

/// Abbreviations that refer to a number and never end a sentence before one (R9).
const REFERENCES: &[&str] = &[
    "art", "ch", "chap", "fig", "figs", "no", "nos", "nr", "n\u{b0}", "n\u{ba}", "p", "para", "pp",
    "sec", "sect", "vol", "vols",
];

/// Words that open a phrase of time or place (`At 5 a.m.`, `On Jan. 5`): a sentence that is
/// only such a phrase does not end at an abbreviation.
const OPENING_PREPOSITIONS: &[&str] = &[
    "after", "around", "at", "before", "by", "from", "in", "near", "on", "since", "until",
];

/// Words that commonly open a sentence; after an abbreviation they mark a sentence end.
const STARTERS: &[&str] = &[
    "a",
    "after",
    "also",
    "although",
    "an",
    "and",
    "another",
    "any",
    "are",
    "as",
    "at",
    "because",
    "before",
    "both",
    "but",
    "by",
    "can",
    "could",
    "despite",
    "did",
    "do",
    "does",
    "during",
    "each",
    "even",
    "every",
    "few",
    "for",
    "from",
    "he",
    "her",
    "here",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "instead",
    "is",
    "it",
    "its",
    "many",
    "meanwhile",
    "more",
    "most",
    "mr",
    "mrs",
    "ms",
    "my",
    "neither",
    "no",
    "nor",
    "not",
    "now",
    "on",
    "once",
    "one",
    "only",
    "other",
    "our",
    "several",
    "she",
    "should",
    "since",
    "so",
    "some",
    "still",
    "such",
    "that",
    "the",
    "their",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "though",
    "thus",
    "today",
    "under",
    "until",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "why",
    "will",
    "with",
    "without",
    "would",
    "yesterday",
    "yet",
    "you",
    "your",
];

// ---------------------------------------------------------------------------------------------
// Words (`text::normalize`): stop words and the stem of a word key.
// ---------------------------------------------------------------------------------------------

/// English function words, and reporting verbs that every news sentence uses. They still
/// take part in phrase matching (bigrams, passages) but carry no topic on their own.
pub(crate) const STOPWORDS: &[&str] = &[
    "a", "about", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are",
    "as", "at", "be", "because", "been", "before", "being", "between", "both", "but", "by", "can",
    "could", "did", "do", "does", "doing", "down", "during", "each", "even", "ever", "few", "for",
    "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "him", "his",
    "how", "i", "if", "in", "into", "is", "it", "it's", "its", "just", "may", "me", "might",
    "more", "most", "much", "must", "my", "no", "nor", "not", "now", "of", "off", "on", "once",
    "only", "or", "other", "our", "ours", "out", "over", "own", "said", "same", "say", "saying",
    "says", "she", "should", "so", "some", "such", "than", "that", "the", "their", "them", "then",
    "there", "these", "they", "this", "those", "through", "to", "told", "too", "under", "until",
    "up", "very", "was", "we", "were", "what", "when", "where", "whether", "which", "while", "who",
    "whom", "why", "will", "with", "would", "you", "your",
];

/// The English part of a word key: removes a possessive `'s` (or a bare `'`) and a plural `s`
/// (`countries`→`country`, `interests`→`interest`, `world’s`→`world`), leaving `us`, `class`,
/// `status` and `analysis` as they are. `key` is already folded.
pub(crate) fn stem(key: &mut String) {
    if key.ends_with("'s") {
        key.truncate(key.len() - 2);
    } else if key.ends_with('\'') {
        key.pop();
    }
    stem_plural(key);
}

fn stem_plural(key: &mut String) {
    let n = key.len();
    if n <= 3 || !key.is_ascii() {
        return;
    }
    if key.ends_with("ies") && n > 4 {
        key.truncate(n - 3);
        key.push('y');
    } else if key.ends_with('s')
        && !key.ends_with("ss")
        && !key.ends_with("us")
        && !key.ends_with("is")
    {
        key.pop();
    }
}

// ---------------------------------------------------------------------------------------------
// Quotes and speakers (`features::quotes`).
// ---------------------------------------------------------------------------------------------

/// Verbs that attribute a quotation to its speaker.
const REPORTING_VERBS: &[&str] = &[
    "acknowledged",
    "added",
    "adds",
    "admitted",
    "announced",
    "argued",
    "asked",
    "asks",
    "cautioned",
    "claimed",
    "commented",
    "complained",
    "conceded",
    "concluded",
    "continued",
    "declared",
    "emphasised",
    "emphasized",
    "explained",
    "insisted",
    "noted",
    "observed",
    "quipped",
    "recalled",
    "reiterated",
    "remarked",
    "replied",
    "responded",
    "said",
    "says",
    "stated",
    "stressed",
    "suggested",
    "tells",
    "told",
    "tweeted",
    "urged",
    "warned",
    "warns",
    "wrote",
];

/// Participles that attribute a quote to the subject of their sentence (`Tillerson …, saying
/// "…"`).
const PARTICIPLES: &[&str] = &[
    "adding",
    "declaring",
    "insisting",
    "saying",
    "telling",
    "warning",
];

/// Lower-case words that may stand inside a name (`Secretary of State`, `Bashar al-Assad`).
const NAME_CONNECTORS: &[&str] = &[
    "al", "bin", "da", "de", "del", "der", "di", "la", "of", "van", "von",
];

/// Pronouns that stand for a speaker named earlier.
const PRONOUNS: &[&str] = &["he", "she"];

/// Capitalised words that are never part of a name.
const NOT_NAMES: &[&str] = &[
    "april",
    "august",
    "december",
    "february",
    "friday",
    "january",
    "july",
    "june",
    "march",
    "monday",
    "november",
    "october",
    "saturday",
    "september",
    "sunday",
    "thursday",
    "tuesday",
    "wednesday",
];

// ---------------------------------------------------------------------------------------------
// Figures (`text::numbers`, `features::figures`).
// ---------------------------------------------------------------------------------------------

/// Qualifiers that may stand before a number, longest first.
const QUALIFIERS: &[&str] = &[
    "as many as",
    "as few as",
    "more than",
    "fewer than",
    "less than",
    "at least",
    "at most",
    "up to",
    "close to",
    "upwards of",
    "just over",
    "just under",
    "nearly",
    "almost",
    "about",
    "around",
    "roughly",
    "approximately",
    "some",
    "over",
    "under",
    "below",
    "above",
];

/// Number words and their values.
const NUMBER_WORDS: &[(&str, f64)] = &[
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("thirteen", 13.0),
    ("fourteen", 14.0),
    ("fifteen", 15.0),
    ("sixteen", 16.0),
    ("seventeen", 17.0),
    ("eighteen", 18.0),
    ("nineteen", 19.0),
    ("twenty", 20.0),
];

/// The value of a number word of [`NUMBER_WORDS`].
fn number_word(folded: &str) -> Option<f64> {
    value_in(NUMBER_WORDS, folded)
}

/// How English writes numbers; the other languages start from it (`..NUMBERS`).
pub(crate) const NUMBERS: Numbers = Numbers {
    word: number_word,
    multipliers: MULTIPLIERS,
    multiplier_links: &[],
    percent_after: &[],
    percent_before: &[],
    counted_forms: &[],
    decimal_comma: false,
};

/// Words that multiply the number before them.
const MULTIPLIERS: &[(&str, f64)] = &[("thousand", 1e3), ("million", 1e6), ("billion", 1e9)];

/// Kinds of event a count can be about, by the words that name them.
const EVENT_WORDS: &[(&str, &[&str])] = &[
    (
        "death",
        &[
            "dead",
            "death",
            "deaths",
            "die",
            "died",
            "dies",
            "dying",
            "fatalities",
            "kill",
            "killed",
            "killing",
            "kills",
            "lives",
            "perished",
        ],
    ),
    (
        "injury",
        &[
            "hurt", "injured", "injuries", "injuring", "injury", "wounded", "wounding", "wounds",
        ],
    ),
    ("arrest", &["arrest", "arrested", "arrests", "detained"]),
    ("missing", &["disappeared", "missing"]),
    (
        "displacement",
        &["displaced", "evacuated", "fled", "homeless"],
    ),
    ("rescue", &["rescued", "saved"]),
];

const MONTHS: &[&str] = &[
    "apr",
    "april",
    "aug",
    "august",
    "dec",
    "december",
    "feb",
    "february",
    "jan",
    "january",
    "jul",
    "july",
    "jun",
    "june",
    "mar",
    "march",
    "may",
    "nov",
    "november",
    "oct",
    "october",
    "sep",
    "sept",
    "september",
];

/// Words after a counted thing that make the figure a time offset.
const OFFSET_WORDS: &[&str] = &["ago", "earlier", "later"];

// ---------------------------------------------------------------------------------------------
// Page furniture (`text::furniture`).
// ---------------------------------------------------------------------------------------------

/// Paragraphs that are page furniture as a whole.
const FURNITURE_LINES: &[&str] = &[
    "ad",
    "advertisement",
    "advertising",
    "article continues below",
    "back to top",
    "click here",
    "close",
    "comment",
    "comments",
    "continue reading",
    "continue reading below",
    "download the app",
    "email",
    "enlarge this image",
    "follow us",
    "follow us on twitter",
    "get the app",
    "hide caption",
    "image",
    "listen",
    "listen to this article",
    "loading",
    "more from this section",
    "more on this story",
    "more stories",
    "most popular",
    "most read",
    "newsletter",
    "next",
    "open in app",
    "photo",
    "play video",
    "previous",
    "print",
    "read more",
    "read the full article",
    "recommended",
    "recommended for you",
    "related",
    "related articles",
    "related content",
    "related coverage",
    "related news",
    "related stories",
    "replay",
    "share",
    "share on facebook",
    "share on twitter",
    "share this",
    "share this article",
    "share this story",
    "share via email",
    "show comments",
    "sign in",
    "sign up",
    "sign up for our newsletter",
    "sign up for our newsletters",
    "sign up to our newsletter",
    "skip advertisement",
    "skip to content",
    "skip to main content",
    "sponsored",
    "sponsored content",
    "story continues below",
    "story continues below advertisement",
    "subscribe",
    "subscribe now",
    "toggle caption",
    "top stories",
    "trending",
    "tweet",
    "video",
    "view comments",
    "watch",
    "you may also like",
];

/// Openings of short paragraphs that are page furniture (folded).
const FURNITURE_OPENINGS: &[&str] = &[
    "©",
    "(c) ",
    "additional reporting by",
    "all rights reserved",
    "click here",
    "compiled by",
    "contact the author",
    "copyright",
    "credit:",
    "editing by",
    "email the author",
    "file photo",
    "first published",
    "follow us",
    "image:",
    "image credit",
    "last updated",
    "listen:",
    "more:",
    "photo:",
    "photo credit",
    "photograph:",
    "photos:",
    "picture:",
    "posted:",
    "published:",
    "read more:",
    "related:",
    "related news",
    "reporting by",
    "see also:",
    "sign up for",
    "subscribe to",
    "updated:",
    "watch:",
    "writing by",
];

/// Phrases that make a short paragraph page furniture (folded).
const FURNITURE_PHRASES: &[&str] = &[
    "afp photo",
    "afp via getty images",
    "all rights reserved",
    "ap photo",
    "contributed reporting",
    "contributed to this report",
    "getty images",
    "may not be published, broadcast, rewritten or redistributed",
    "reuters/",
    "sign up for our newsletter",
    "this is an archived article",
    "time stamp on the story",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::common::DOMAIN_ENDINGS;

    #[test]
    fn sorted_tables_are_sorted_for_binary_search() {
        for table in [
            TITLES,
            ABBREVIATIONS,
            STARTERS,
            REFERENCES,
            OPENING_PREPOSITIONS,
            DOMAIN_ENDINGS,
            STOPWORDS,
            REPORTING_VERBS,
            NOT_NAMES,
            FURNITURE_LINES,
        ] {
            let mut sorted = table.to_vec();
            sorted.sort_unstable();
            assert_eq!(sorted, table);
        }
    }

    #[test]
    fn tables_are_lower_case() {
        for word in TITLES
            .iter()
            .chain(ABBREVIATIONS)
            .chain(STARTERS)
            .chain(REFERENCES)
            .chain(OPENING_PREPOSITIONS)
            .chain(DOMAIN_ENDINGS)
            .chain(REPORTING_VERBS)
            .chain(NAME_CONNECTORS)
            .chain(PRONOUNS)
            .chain(PARTICIPLES)
            .chain(NOT_NAMES)
        {
            assert_eq!(word.to_lowercase(), *word);
        }
    }

    #[test]
    fn stopword_hashes_agree_with_the_words() {
        for word in STOPWORDS
            .iter()
            .chain(&["tillerson", "trust", "country", "russia"])
        {
            let hash = crate::base::hash::hash_str(word);
            assert_eq!(
                TABLES.is_stopword_hash(hash),
                TABLES.is_stopword(word),
                "{word}"
            );
        }
    }

    #[test]
    fn qualifiers_come_longest_first() {
        let words = |q: &str| q.split(' ').count();
        for pair in QUALIFIERS.windows(2) {
            assert!(words(pair[0]) >= words(pair[1]), "{pair:?}");
        }
    }
}
