//! Portuguese (português): its stop words, a Snowball stemmer (a light one without the `snowball`
//! feature) and its numbers (number words, multipliers, `por cento`, decimal comma); every other
//! table is English's (sentence rules), which Portuguese news shares for the most part. Quote
//! attribution reads Portuguese's reporting verbs from [`crate::lang::common`].

use crate::lang::en::{english_with, NUMBERS};
use crate::lang::snowball::{self, Stemmer};
use crate::lang::tables::{counting_word, value_in, Numbers, Sentences, Tables, Words};

/// Portuguese, as [`super::Language::Portuguese`] gives it.
pub static TABLES: Tables = english_with(
    "pt",
    STOPWORDS,
    stem,
    Numbers {
        word: number_word,
        multipliers: MULTIPLIERS,
        multiplier_links: MULTIPLIER_LINKS,
        percent_after: PERCENT_AFTER,
        counted_forms: COUNTED_FORMS,
        decimal_comma: true,
        ..NUMBERS
    },
)
.with_accented_stem()
.with_sentences(SENTENCES)
.with_figure_words(QUALIFIERS, EVENT_WORDS);

/// *Sorted.* Function words, folded (`für` is `fur`): they take part in phrase matching but
/// carry no topic on their own.
const STOPWORDS: &[&str] = &[
    "a", "afirmou", "ao", "aos", "aquela", "aquele", "as", "ate", "com", "como", "cujo", "da",
    "das", "de", "desde", "disse", "do", "dos", "e", "ela", "elas", "ele", "eles", "em", "entre",
    "era", "eram", "essa", "esse", "esta", "estao", "estar", "estas", "estava", "este", "estes",
    "eu", "foi", "foram", "ha", "isso", "ja", "lhe", "lhes", "mais", "mas", "me", "menos", "muito",
    "na", "nao", "nas", "nem", "no", "nos", "num", "numa", "o", "onde", "os", "ou", "para", "pela",
    "pelas", "pelo", "pelos", "por", "quais", "qual", "quando", "que", "quem", "sao", "se", "sem",
    "ser", "seu", "seus", "sido", "sobre", "sua", "suas", "tambem", "te", "tem", "ter", "tinha",
    "tu", "um", "uma", "umas", "uns", "voce", "voces", "vos",
];
/// The light stemmer's endings (without the `snowball` feature), folded, longest first: a
/// key loses the first that leaves at least [`snowball::MIN_STEM_CHARS`] characters (close
/// forms of one word meet, different words stay apart).
const SUFFIXES: &[&str] = &[
    "acoes", "acao", "mente", "idades", "idade", "os", "as", "es", "s", "o", "a", "e",
];

/// The Portuguese part of a word key: its Snowball stem, or without the `snowball` feature one
/// ending of [`SUFFIXES`] removed ([`snowball::stem`]).
fn stem(word: &mut String) {
    snowball::stem(Stemmer::Portuguese, word, SUFFIXES);
}

/// Number words from two to twelve, in order, folded (`três` is `tres`); not `um`, `uma`:
/// they are the article.
const TWO_TO_TWELVE: &str = "dois|duas tres quatro cinco seis sete oito nove dez onze doze";

/// Round numbers written as words.
const ROUND_NUMBERS: &[(&str, f64)] = &[("vinte", 20.0), ("cem", 100.0), ("mil", 1e3)];

/// The value of a number word ([`TWO_TO_TWELVE`], [`ROUND_NUMBERS`]).
fn number_word(folded: &str) -> Option<f64> {
    counting_word(TWO_TO_TWELVE, 2, folded).or_else(|| value_in(ROUND_NUMBERS, folded))
}

/// Words that multiply the number before them (`5 milhões`, `mil milhões`, `3 bilhões`).
const MULTIPLIERS: &[(&str, f64)] = &[
    ("mil", 1e3),
    ("milhao", 1e6),
    ("milhoes", 1e6),
    ("bilhao", 1e9),
    ("bilhoes", 1e9),
];

/// Between a multiplier and the counted thing: `5 milhões de pessoas`.
const MULTIPLIER_LINKS: &[&str] = &["de"];

/// A number followed by one of these is a percentage.
const PERCENT_AFTER: &[&str] = &["por cento"];

/// *Sorted by form.* Counted nouns the stemmer leaves apart (`dias`, `dia`).
const COUNTED_FORMS: &[(&str, &str)] = &[("anos", "ano"), ("dias", "dia"), ("meses", "mes")];

/// The words Portuguese sentences are cut by, lower case (all but the endings sorted): titles that
/// a name follows, abbreviations that seldom end a sentence, references before a number, words
/// that open a phrase of time or place, words that commonly open a sentence (after an abbreviation
/// they mark its end).
const SENTENCES: Sentences = Sentences {
    titles: &[
        "d", "dr", "dra", "eng", "exma", "exmo", "pe", "prof", "profa", "sr", "sra", "srta", "sta",
        "sto",
    ],
    abbreviations: &["aprox", "av", "cia", "etc", "ex", "pág", "tel", "vol"],
    references: &["art", "cap", "fig", "n", "nº", "pp", "pág", "vol"],
    opening_prepositions: &["a", "após", "até", "desde", "em", "às"],
    starters: &[
        "a", "ainda", "ao", "após", "as", "até", "cada", "com", "como", "contudo", "da", "de",
        "depois", "desde", "do", "durante", "e", "ela", "elas", "ele", "eles", "em", "embora",
        "enquanto", "entre", "essa", "esse", "esta", "este", "eu", "hoje", "isso", "isto", "já",
        "mas", "muitos", "na", "nas", "nem", "neste", "ninguém", "no", "nos", "o", "onde", "ontem",
        "os", "outro", "para", "pela", "pelo", "por", "porque", "porém", "quando", "que", "quem",
        "se", "segundo", "sem", "seu", "sua", "também", "todos", "um", "uma",
    ],
    ordinal_openers: &[],
    abbreviation_endings: &[],
};

/// Qualifiers that may stand before a number (`mais de`, `cerca de`, `quase`), folded, words
/// apart by a space, longest first: they are tried in this order.
const QUALIFIERS: &[&str] = &[
    "pouco mais de",
    "por volta de",
    "mais de",
    "menos de",
    "pelo menos",
    "cerca de",
    "perto de",
    "aproximadamente",
    "quase",
    "ate",
];

/// Kinds of event a count can be about, by the Portuguese words that name them (folded, as
/// written: they are compared with the words around a number, not stemmed).
const EVENT_WORDS: &[(&str, Words)] = &[
    (
        "death",
        &[
            "morreram", "mortas", "morte", "mortes", "morto", "mortos", "obitos",
        ],
    ),
    ("injury", &["feridas", "ferido", "feridos"]),
    (
        "arrest",
        &["detidas", "detido", "detidos", "presas", "preso", "presos"],
    ),
    (
        "missing",
        &[
            "desaparecida",
            "desaparecidas",
            "desaparecido",
            "desaparecidos",
        ],
    ),
    (
        "displacement",
        &[
            "desabrigados",
            "desalojados",
            "deslocados",
            "evacuadas",
            "evacuados",
        ],
    ),
    (
        "rescue",
        &["resgatadas", "resgatado", "resgatados", "salvas", "salvos"],
    ),
];
