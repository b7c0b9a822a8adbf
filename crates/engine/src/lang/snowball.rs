//! The Snowball stemmers behind the word keys of the languages they cover: a word family meets
//! in one key (`Verhandlungen`, `Verhandlung`; `переговоры`, `переговоров`; `görüşmeler`,
//! `görüşmelerin`), where a light stemmer joins only the commonest endings.
//!
//! With the `snowball` feature (on by default; the command line, the browser's worker, the tests
//! and the harnesses) the stems are the `rust-stemmers` crate's, generated from the Snowball
//! project's algorithms. A Snowball stemmer reads the word with its diacritics (`déclarée`,
//! `negociação`, `görüşme`), as its algorithm is written for them: such a language's tables say
//! so ([`super::Tables::stem_reads_accents`]) and the key is the stem folded after.
//!
//! Without the feature (a build that never reads text for matching, like the page; the crate
//! links every one of its eighteen algorithms, ~39 KB gzip) each language keeps its light
//! stemmer: one inflectional ending of a short list removed from the folded word
//! ([`strip_suffix`]).
//!
//! English keeps its own plural-only stem either way (its keys, and with them the seed
//! reports, stay as they were).

/// Whether the word keys of the languages below are Snowball stems (the `snowball` feature).
pub const SNOWBALL: bool = cfg!(feature = "snowball");

/// The languages a Snowball stemmer is used for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stemmer {
    Arabic,
    Dutch,
    French,
    German,
    Greek,
    Italian,
    Portuguese,
    Russian,
    Spanish,
    Swedish,
    Turkish,
}

/// Replaces `word` with its stem in `language`: its Snowball stem with the `snowball` feature
/// (`word` is lower case with its diacritics), else `word` (folded) less the first of `light`,
/// the language's light stemmer's endings ([`strip_suffix`]).
#[cfg(feature = "snowball")]
pub fn stem(language: Stemmer, word: &mut String, _light: &[&str]) {
    use rust_stemmers::Algorithm;
    use std::borrow::Cow;
    let algorithm = match language {
        Stemmer::Arabic => Algorithm::Arabic,
        Stemmer::Dutch => Algorithm::Dutch,
        Stemmer::French => Algorithm::French,
        Stemmer::German => Algorithm::German,
        Stemmer::Greek => Algorithm::Greek,
        Stemmer::Italian => Algorithm::Italian,
        Stemmer::Portuguese => Algorithm::Portuguese,
        Stemmer::Russian => Algorithm::Russian,
        Stemmer::Spanish => Algorithm::Spanish,
        Stemmer::Swedish => Algorithm::Swedish,
        Stemmer::Turkish => Algorithm::Turkish,
    };
    let stemmed = match rust_stemmers::Stemmer::create(algorithm).stem(word) {
        Cow::Owned(stem) => Some(stem),
        Cow::Borrowed(_) => None,
    };
    if let Some(stem) = stemmed {
        *word = stem;
    }
}

/// Replaces `word` with its stem in `language`: without the `snowball` feature, `word` (folded)
/// less the first of `light` that it ends with ([`strip_suffix`]).
#[cfg(not(feature = "snowball"))]
pub fn stem(_language: Stemmer, word: &mut String, light: &[&str]) {
    strip_suffix(word, light);
}

/// Fewest characters a light stemmer leaves of a word ([`strip_suffix`]).
pub const MIN_STEM_CHARS: usize = 4;

/// Removes the first of `suffixes` (longest first) that `key` ends with, when at least
/// [`MIN_STEM_CHARS`] characters remain: the light stemmers, without the `snowball` feature.
pub fn strip_suffix(key: &mut String, suffixes: &[&str]) {
    let length = key.chars().count();
    if let Some(suffix) = suffixes
        .iter()
        .find(|s| key.ends_with(**s) && length - s.chars().count() >= MIN_STEM_CHARS)
    {
        key.truncate(key.len() - suffix.len());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Language;
    use crate::text::normalize::word_key;

    /// Word families, each with its language: every word of a family has one key.
    #[cfg(feature = "snowball")]
    const FAMILIES: &[(Language, &[&str])] = &[
        (Language::German, &["Verhandlungen", "Verhandlung"]),
        (Language::German, &["Regierung", "Regierungen"]),
        (Language::German, &["Häuser", "Haus", "Hauses"]),
        (
            Language::German,
            &["Flüchtlinge", "Flüchtling", "Flüchtlingen"],
        ),
        (
            Language::French,
            &["négociations", "négociation", "négocier"],
        ),
        // `déclaré` itself is a stop word (a reporting verb): it keeps its form.
        (Language::French, &["déclarée", "déclarations"]),
        (Language::French, &["sécurité", "sécurités"]),
        (Language::French, &["réfugiés", "réfugié"]),
        (Language::French, &["l'Accord", "accords"]),
        (
            Language::Spanish,
            &["negociaciones", "negociación", "negociar"],
        ),
        (Language::Spanish, &["económica", "económico"]),
        (Language::Italian, &["negoziati", "negoziato"]),
        (Language::Italian, &["elezioni", "elezione"]),
        (Language::Portuguese, &["negociações", "negociação"]),
        (Language::Portuguese, &["econômica", "econômico"]),
        (Language::Dutch, &["onderhandelingen", "onderhandeling"]),
        (Language::Dutch, &["verkiezingen", "verkiezing"]),
        (
            Language::Russian,
            &["переговоры", "переговоров", "переговорах"],
        ),
        (
            Language::Russian,
            &["новый", "новая", "нового", "новой", "новые"],
        ),
        (
            Language::Turkish,
            &["görüşmeler", "görüşmelerin", "görüşme"],
        ),
        (Language::Turkish, &["hükümet", "hükümetin", "hükümeti"]),
        (Language::Turkish, &["ülkeler", "ülkenin", "ülke"]),
        (
            Language::Swedish,
            &["förhandlingar", "förhandlingarna", "förhandling"],
        ),
        (Language::Arabic, &["الحكومة", "حكومة"]),
        (Language::Arabic, &["اللاجئين", "لاجئين"]),
        (Language::Greek, &["κυβέρνηση", "κυβέρνησης"]),
        (Language::Greek, &["πρόσφυγες", "προσφύγων"]),
    ];

    #[test]
    #[cfg(feature = "snowball")]
    fn a_word_family_stems_together_in_each_language() {
        for (language, family) in FAMILIES {
            let tables = language.tables();
            let keys: Vec<String> = family.iter().map(|w| word_key(w, tables)).collect();
            assert!(
                keys.windows(2).all(|k| k[0] == k[1]),
                "{}: {family:?} -> {keys:?}",
                tables.code
            );
        }
    }

    #[test]
    #[cfg(feature = "snowball")]
    fn keys_are_folded_stems_and_stop_words_stay_whole() {
        let german = Language::German.tables();
        // The stem is folded after: `größten` is read with its `ö` and `ß`.
        assert_eq!(word_key("größten", german), "grosst");
        // A stop word keeps the form its list gives it, so it is still one.
        for word in ["diese", "einem", "über"] {
            let key = word_key(word, german);
            assert!(german.is_stopword(&key), "{word} -> {key}");
        }
        // Turkish reads its own letters (`ı`, `ş`), upper case included (`İ`).
        let turkish = Language::Turkish.tables();
        assert_eq!(
            word_key("İSTANBUL'DA", turkish),
            word_key("istanbul'da", turkish)
        );
        assert_eq!(word_key("kapılar", turkish), "kapi");
    }

    /// English keeps its own stem, whatever the feature.
    #[test]
    fn english_keeps_its_plural_stem() {
        let english = Language::English.tables();
        assert!(!english.stem_reads_accents);
        assert_eq!(word_key("negotiations", english), "negotiation");
        assert_eq!(word_key("governing", english), "governing");
    }

    #[test]
    fn light_stemmer_leaves_enough_of_a_word() {
        let mut word = "verhandlungen".to_string();
        strip_suffix(&mut word, &["ungen", "en"]);
        assert_eq!(word, "verhandl");
        let mut short = "haus".to_string();
        strip_suffix(&mut short, &["s"]);
        assert_eq!(short, "haus");
    }

    /// A Snowball stemmer never panics, whatever the letters (mixed scripts, marks, digits).
    #[test]
    fn stemmers_take_any_word() {
        let letters: Vec<char> = "aeiouäöüßéçãõışğабвгдйёαάςσابةء்கா0'-人\u{301}"
            .chars()
            .collect();
        let stemmers = [
            Stemmer::Arabic,
            Stemmer::Dutch,
            Stemmer::French,
            Stemmer::German,
            Stemmer::Greek,
            Stemmer::Italian,
            Stemmer::Portuguese,
            Stemmer::Russian,
            Stemmer::Spanish,
            Stemmer::Swedish,
            Stemmer::Turkish,
        ];
        let mut seed: u32 = 7;
        for language in stemmers {
            for _ in 0..2000 {
                let length = (seed % 9) as usize;
                let word: String = (0..length)
                    .map(|_| {
                        seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                        letters[(seed >> 8) as usize % letters.len()]
                    })
                    .collect();
                let mut stemmed = word.clone();
                stem(language, &mut stemmed, &["e", "s"]);
                assert!(stemmed.len() <= word.len() + 2, "{word} -> {stemmed}");
            }
        }
    }
}
