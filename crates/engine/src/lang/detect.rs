//! Which language a text is written in, from its script and, for the Latin and Cyrillic
//! alphabets, the commonest words of each language: no model, a few hundred bytes of tables.
//!
//! The answer is an ISO 639-1 code (`en`, `de`, `zh`, …) or `und` (undetermined) when the text
//! has too few letters to tell. It is used for what depends on the language whatever the
//! engine's tables: the reading direction and the `lang` the views give a text (so Arabic
//! reads right to left and Chinese and Japanese break lines as they should), and it is in the
//! report (`documents[].language`).

use std::sync::OnceLock;

/// Letters a text needs before its language is named.
pub const MIN_LETTERS: usize = 20;

/// Bytes at the start of a text that the detection reads: a few paragraphs tell the language
/// of a news article, and reading no further keeps detection a small fixed cost per document
/// however long it is.
pub const WINDOW_BYTES: usize = 1500;

/// Share of letters of one script above which the text is in that script.
const SCRIPT_SHARE: f32 = 0.4;

/// Share of Han characters among Han and Kana above which a text with Kana is still Japanese:
/// Japanese mixes both, Chinese writes no Kana at all.
const KANA_FOR_JAPANESE: f32 = 0.05;

/// The commonest words of languages written in the Latin alphabet, each list distinctive
/// enough that counting them tells the languages apart on a paragraph of news.
const LATIN: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "the", "and", "of", "to", "in", "is", "that", "for", "with", "was", "said", "on", "he",
            "it", "by", "from",
        ],
    ),
    (
        "de",
        &[
            "der", "die", "und", "das", "nicht", "mit", "ist", "den", "sich", "auf", "ein", "eine",
            "dem", "sagte", "auch", "wird",
        ],
    ),
    (
        "fr",
        &[
            "le", "la", "les", "et", "des", "est", "une", "du", "dans", "pour", "qui", "pas",
            "sur", "au", "avec", "a",
        ],
    ),
    (
        "es",
        &[
            "el", "los", "las", "y", "que", "del", "una", "por", "con", "para", "es", "se", "su",
            "al", "como", "dijo",
        ],
    ),
    (
        "it",
        &[
            "il", "di", "che", "e", "la", "della", "per", "non", "sono", "una", "con", "del",
            "gli", "ha", "nel", "anche",
        ],
    ),
    (
        "pt",
        &[
            "o", "os", "que", "do", "da", "em", "um", "uma", "para", "com", "não", "se", "dos",
            "ao", "disse", "foi",
        ],
    ),
    (
        "nl",
        &[
            "de", "het", "een", "van", "en", "niet", "dat", "zijn", "voor", "met", "op", "ook",
            "werd", "heeft", "maar", "naar",
        ],
    ),
    (
        "tr",
        &[
            "ve", "bir", "bu", "da", "de", "için", "ile", "olarak", "çok", "daha", "olan", "gibi",
            "ancak", "dedi", "göre", "yüzde",
        ],
    ),
    (
        "pl",
        &[
            "i", "w", "nie", "na", "się", "z", "że", "do", "jest", "to", "jak", "po", "przez",
            "czy", "dla", "oraz",
        ],
    ),
    (
        "vi",
        &[
            "và", "của", "là", "có", "không", "những", "các", "được", "cho", "người", "này",
            "trong", "với", "một", "đã", "năm",
        ],
    ),
    (
        "id",
        &[
            "dan", "yang", "di", "ini", "itu", "dengan", "untuk", "tidak", "dari", "dalam", "akan",
            "pada", "juga", "ke", "karena", "ada",
        ],
    ),
    (
        "sv",
        &[
            "och", "att", "det", "som", "en", "på", "är", "av", "för", "med", "till", "den", "har",
            "inte", "om", "ett",
        ],
    ),
];

/// Which language of a script a text is in.
type LanguageOf = fn(&str) -> &'static str;

/// The language of `text` (see the module documentation).
pub fn detect(text: &str) -> &'static str {
    let mut end = text.len().min(WINDOW_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let text = &text[..end];
    let mut counts = ScriptCounts::default();
    for c in text.chars() {
        if c.is_ascii_alphabetic() {
            counts.letters += 1;
        } else if !c.is_ascii() && c.is_alphabetic() {
            counts.add(c);
        }
        if is_vietnamese(c) {
            counts.vietnamese += 1;
        }
    }
    if counts.letters < MIN_LETTERS {
        return "und";
    }
    let share = |n: usize| n as f32 / counts.letters as f32;
    let han_kana = counts.han + counts.kana;
    if share(han_kana) > SCRIPT_SHARE {
        let kana = counts.kana as f32 / han_kana as f32;
        return if kana > KANA_FOR_JAPANESE { "ja" } else { "zh" };
    }
    // Which language of a script, for the scripts that write several, is only worked out
    // for the script the text is in.
    let scripts: [(usize, LanguageOf); 7] = [
        (counts.hangul, |_| "ko"),
        (counts.arabic, arabic_language),
        (counts.hebrew, |_| "he"),
        (counts.devanagari, |_| "hi"),
        (counts.thai, |_| "th"),
        (counts.greek, |_| "el"),
        (counts.cyrillic, cyrillic_language),
    ];
    if let Some(&(_, language)) = scripts.iter().find(|(n, _)| share(*n) > SCRIPT_SHARE) {
        return language(text);
    }
    // Vietnamese by its letters, composed or decomposed: its common words, decomposed (as
    // text from some Mac and PDF sources arrives), are not the words of its list.
    if counts.vietnamese >= MIN_VIETNAMESE && share(counts.vietnamese) > VIETNAMESE_SHARE {
        return "vi";
    }
    latin_language(text)
}

/// Fewest Vietnamese letters or marks ([`is_vietnamese`]) that make a text Vietnamese.
const MIN_VIETNAMESE: usize = 3;

/// Share of the letters above which Vietnamese letters or marks make a text Vietnamese
/// (a paragraph of Vietnamese news has one in every four or five letters).
const VIETNAMESE_SHARE: f32 = 0.03;

/// Whether `c` is a letter or a combining mark that among the detected languages only
/// Vietnamese writes: `ơ ư đ`, the Latin Extended Additional letters with a tone mark
/// (`ạ ả ấ … ỹ`), and, decomposed, the hook above, the horn and the dot below.
fn is_vietnamese(c: char) -> bool {
    matches!(
        c,
        '\u{1EA0}'
            ..='\u{1EF9}'
                | 'Ơ'
                | 'ơ'
                | 'Ư'
                | 'ư'
                | 'Đ'
                | 'đ'
                | '\u{0309}'
                | '\u{031B}'
                | '\u{0323}'
    )
}

/// Whether a language is written right to left.
pub fn is_right_to_left(language: &str) -> bool {
    matches!(language, "ar" | "fa" | "ur" | "he" | "yi" | "ps")
}

#[derive(Default)]
struct ScriptCounts {
    letters: usize,
    han: usize,
    kana: usize,
    hangul: usize,
    arabic: usize,
    hebrew: usize,
    devanagari: usize,
    thai: usize,
    greek: usize,
    cyrillic: usize,
    /// Letters and marks that only Vietnamese writes among the languages detected
    /// ([`is_vietnamese`]).
    vietnamese: usize,
}

impl ScriptCounts {
    fn add(&mut self, c: char) {
        self.letters += 1;
        let slot = match c {
            '\u{3040}'..='\u{30FF}' | '\u{31F0}'..='\u{31FF}' | '\u{FF66}'..='\u{FF9F}' => {
                &mut self.kana
            }
            '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' => {
                &mut self.han
            }
            '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}' | '\u{AC00}'..='\u{D7AF}' => {
                &mut self.hangul
            }
            '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{FB50}'..='\u{FEFF}' => {
                &mut self.arabic
            }
            '\u{0590}'..='\u{05FF}' => &mut self.hebrew,
            '\u{0900}'..='\u{097F}' => &mut self.devanagari,
            '\u{0E00}'..='\u{0E7F}' => &mut self.thai,
            '\u{0370}'..='\u{03FF}' | '\u{1F00}'..='\u{1FFF}' => &mut self.greek,
            '\u{0400}'..='\u{04FF}' => &mut self.cyrillic,
            _ => return,
        };
        *slot += 1;
    }
}

/// Arabic, Persian or Urdu, by the letters only Persian or Urdu use.
fn arabic_language(text: &str) -> &'static str {
    let count = |letters: &str| text.chars().filter(|c| letters.contains(*c)).count();
    let urdu = count("ٹڈڑںےۓھ");
    let persian = count("پچژگی");
    if urdu > 2 && urdu * 2 > persian {
        "ur"
    } else if persian > 2 {
        "fa"
    } else {
        "ar"
    }
}

/// Ukrainian when it uses the letters only Ukrainian has, else Russian (the commonest).
fn cyrillic_language(text: &str) -> &'static str {
    let ukrainian = text.chars().filter(|c| "іїєґІЇЄҐ".contains(*c)).count();
    if ukrainian > 2 {
        "uk"
    } else {
        "ru"
    }
}

/// Most words of a text the Latin-alphabet scoring reads.
const MAX_WORDS: usize = 150;

/// Every word of [`LATIN`] with the index of each language that lists it, sorted by word:
/// one binary search per word of the text rather than a scan of every list.
fn latin_index() -> &'static [(&'static str, usize)] {
    static INDEX: OnceLock<Vec<(&'static str, usize)>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index: Vec<(&'static str, usize)> = LATIN
            .iter()
            .enumerate()
            .flat_map(|(k, (_, words))| words.iter().map(move |&w| (w, k)))
            .collect();
        index.sort_unstable();
        index
    })
}

/// The Latin-alphabet language whose common words the text uses most.
fn latin_language(text: &str) -> &'static str {
    let index = latin_index();
    let mut scores = [0usize; LATIN.len()];
    // ASCII lower case is enough: the listed words are lower case, and only a sentence's
    // first word is capitalised (the full case tables would add to the wasm).
    let mut word = String::new();
    for raw in text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .take(MAX_WORDS)
    {
        word.clear();
        word.extend(raw.chars().map(|c| c.to_ascii_lowercase()));
        let from = index.partition_point(|&(w, _)| w < word.as_str());
        for &(_, language) in index[from..].iter().take_while(|&&(w, _)| w == word) {
            scores[language] += 1;
        }
    }
    let best = scores.iter().copied().max().unwrap_or(0);
    // English (listed first) wins a tie: a short English text that happens to use as many
    // words of another list stays English, as it read before languages were detected.
    scores
        .iter()
        .position(|&n| n == best && n > 0)
        .map_or("und", |k| LATIN[k].0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_the_language_of_a_paragraph_of_news() {
        let cases = [
            ("en", "The minister said on Monday that the talks with the unions would resume in the spring."),
            ("de", "Der Minister sagte am Montag, dass die Gespräche mit den Gewerkschaften im Frühjahr wieder aufgenommen werden."),
            ("fr", "Le ministre a déclaré lundi que les discussions avec les syndicats reprendraient au printemps."),
            ("es", "El ministro dijo el lunes que las conversaciones con los sindicatos se reanudarán en la primavera."),
            ("it", "Il ministro ha detto lunedì che i colloqui con i sindacati riprenderanno in primavera, e non prima."),
            ("pt", "O ministro disse na segunda-feira que as negociações com os sindicatos serão retomadas na primavera."),
            ("nl", "De minister zei maandag dat de gesprekken met de vakbonden in het voorjaar worden hervat."),
            ("tr", "Bakan pazartesi günü yaptığı açıklamada sendikalarla görüşmelerin ilkbaharda yeniden başlayacağını söyledi ve bu çok önemli dedi."),
            ("vi", "Bộ trưởng cho biết vào thứ Hai rằng các cuộc đàm phán với công đoàn sẽ được nối lại vào mùa xuân năm nay."),
            ("ru", "Министр заявил в понедельник, что переговоры с профсоюзами возобновятся весной."),
            ("uk", "Міністр заявив у понеділок, що переговори з профспілками відновляться навесні цього року."),
            ("ar", "قال الوزير يوم الاثنين إن المحادثات مع النقابات ستستأنف في الربيع المقبل."),
            ("zh", "部长周一表示，与工会的谈判将在春季恢复，政府希望尽快达成协议。"),
            ("ja", "大臣は月曜日、労働組合との交渉を春に再開すると述べた。政府は早期の合意を目指している。"),
            ("ko", "장관은 월요일 노조와의 협상이 봄에 재개될 것이라고 말했다. 정부는 조속한 합의를 희망한다."),
            ("hi", "मंत्री ने सोमवार को कहा कि यूनियनों के साथ बातचीत वसंत में फिर से शुरू होगी।"),
            ("he", "השר אמר ביום שני כי השיחות עם האיגודים יתחדשו באביב הקרוב."),
        ];
        for (language, text) in cases {
            assert_eq!(detect(text), language, "{text}");
        }
        assert_eq!(detect("OK 12"), "und");
        // Vietnamese decomposed (NFD) is Vietnamese too; Portuguese and French are not.
        let decomposed = "Bo\u{302}\u{323} tru\u{31b}o\u{31b}\u{309}ng cho bie\u{302}\u{301}t va\u{300}o thu\u{31b}\u{301} Hai ra\u{300}ng ca\u{301}c cuo\u{302}\u{323}c đa\u{300}m pha\u{301}n se\u{303} đu\u{31b}o\u{31b}\u{323}c no\u{302}\u{301}i la\u{323}i.";
        assert_eq!(detect(decomposed), "vi");
        assert_eq!(
            detect("A população não está satisfeita com a decisão do governo, disse o ministro."),
            "pt"
        );
        assert_eq!(
            detect(
                "Le ministre a déclaré que la décision était définitive et qu'il ne céderait pas."
            ),
            "fr"
        );
        assert!(is_right_to_left("ar") && is_right_to_left("he") && !is_right_to_left("zh"));
    }
}
