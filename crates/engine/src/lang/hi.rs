//! Hindi (हिन्दी): its stop words and numbers (the multipliers `हज़ार`, `लाख`, `करोड़`, `अरब`, and `प्रतिशत`,
//! `फ़ीसदी`); every other table is English's, which reads the Latin words, names and numbers
//! Hindi news also holds (its reporting verbs are in [`crate::lang::common`]).

use crate::lang::en::{english_with, stem, NUMBERS};
use crate::lang::tables::{Numbers, Sentences, Tables};

/// Hindi, as [`super::Language::Hindi`] gives it.
pub static TABLES: Tables = english_with(
    "hi",
    STOPWORDS,
    stem,
    Numbers {
        multipliers: MULTIPLIERS,
        percent_after: PERCENT_AFTER,
        ..NUMBERS
    },
)
.with_sentences(SENTENCES);

/// *Sorted.* Function words (postpositions, auxiliaries, pronouns): they take part in phrase
/// matching but carry no topic on their own.
const STOPWORDS: &[&str] = &[
    "अपने",
    "इस",
    "उस",
    "एक",
    "और",
    "कर",
    "कहा",
    "का",
    "कि",
    "किया",
    "की",
    "के",
    "को",
    "गई",
    "गया",
    "जो",
    "तक",
    "तो",
    "था",
    "थी",
    "थे",
    "ने",
    "पर",
    "भी",
    "में",
    "यह",
    "ये",
    "रहा",
    "रही",
    "रहे",
    "लिए",
    "वह",
    "वे",
    "साथ",
    "से",
    "है",
    "हैं",
    "हो",
    "होने",
];
/// Words that multiply the number before them, folded (the nukta goes: `करोड़` is `करोड`):
/// a lakh is a hundred thousand, a crore ten million.
const MULTIPLIERS: &[(&str, f64)] = &[("हजार", 1e3), ("लाख", 1e5), ("करोड", 1e7), ("अरब", 1e9)];

/// A number followed by one of these is a percentage (`6 प्रतिशत`).
const PERCENT_AFTER: &[&str] = &["प्रतिशत", "फीसदी"];

/// The words Hindi sentences are cut by, lower case (all but the endings sorted): titles that a
/// name follows, abbreviations that seldom end a sentence, references before a number, words that
/// open a phrase of time or place, words that commonly open a sentence (after an abbreviation they
/// mark its end).
const SENTENCES: Sentences = Sentences {
    titles: &[
        "आई",
        "आर",
        "ई",
        "ए",
        "एक्स",
        "एच",
        "एन",
        "एफ",
        "एम",
        "एल",
        "एस",
        "ओ",
        "के",
        "क्यू",
        "जी",
        "जे",
        "जेड",
        "टी",
        "डब्ल्यू",
        "डी",
        "डॉ",
        "पी",
        "प्रो",
        "बी",
        "यू",
        "वाई",
        "वी",
        "श्री",
        "सी",
        "सुश्री",
    ],
    abbreviations: &["लि"],
    references: &[],
    opening_prepositions: &[],
    starters: &[
        "इस",
        "उन",
        "उस",
        "और",
        "क्या",
        "जब",
        "तब",
        "फिर",
        "यह",
        "लेकिन",
        "वह",
    ],
    ordinal_openers: &[],
    abbreviation_endings: &[],
};
