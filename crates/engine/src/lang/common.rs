//! Tables that belong to no language.

/// *Sorted.* Endings of domain names, which a dot with no space before a capital may also be
/// (`example.Com`): such a dot does not end a sentence.
pub const DOMAIN_ENDINGS: &[&str] = &[
    "biz", "co", "com", "de", "edu", "fr", "gov", "info", "int", "io", "mil", "net", "news", "org",
    "ru", "uk", "us",
];

/// Whether `c` belongs to a script written without spaces between words: Han (Chinese
/// characters, Japanese kanji), Hiragana and Katakana. The engine takes each such character
/// for a word of its own: a sentence is compared character by character, a changed character
/// marks that character, and digits and Latin letters next to them stay words apart
/// (`在2015年` is `在`, `2015`, `年`). Hangul is written with spaces and is not among them.
pub fn is_unspaced(c: char) -> bool {
    matches!(c,
        '\u{3005}'..='\u{3007}'          // 々 〆 〇
        | '\u{3041}'..='\u{30FF}'        // Hiragana, Katakana (with ー)
        | '\u{31F0}'..='\u{31FF}'        // Katakana phonetic extensions
        | '\u{3400}'..='\u{4DBF}'        // CJK extension A
        | '\u{4E00}'..='\u{9FFF}'        // CJK unified ideographs
        | '\u{F900}'..='\u{FAFF}'        // CJK compatibility ideographs
        | '\u{FF66}'..='\u{FF9F}'        // half-width Katakana
        | '\u{20000}'..='\u{3134F}') // CJK extensions B–G
}

/// Han characters that are function words in Chinese and Japanese (particles,
/// pronouns, copulas, measure words, the commonest prepositions and adverbs): as stop words
/// are in English, they are words of the sentence but no evidence that two sentences say the
/// same thing. Every Hiragana character counts as one too ([`is_unspaced_function`]): Japanese
/// writes its grammar in Hiragana and its content words in kanji and Katakana.
pub const HAN_FUNCTION_CHARS: &str = "一上下不与且个中为么也了于些亦从以们但何作你使其内再则到即却又及只可各同后向吗吧呢和因在地她如它对将就已并很得我或所才把据是更曾最有本来此每比没的着而能自至虽被要让还这那都里间";

/// Whether `c` is a function character of an unspaced script (see [`HAN_FUNCTION_CHARS`]).
pub fn is_unspaced_function(c: char) -> bool {
    matches!(c, '\u{3041}'..='\u{309F}') || HAN_FUNCTION_CHARS.contains(c)
}

/// Elided articles, pronouns and prepositions that French, Italian and Catalan glue to the
/// next word with an apostrophe (`l'Accord`, `d'un`, `qu'il`, `dell'Unione`), folded: a word's
/// key leaves them out, so `l'Accord` matches `Accord`. No English word starts with one and
/// goes on with two letters or more (`UN's` keeps its key).
pub const ELISIONS: &[&str] = &[
    "c'", "d'", "dall'", "dell'", "j'", "jusqu'", "l'", "lorsqu'", "m'", "n'", "nell'", "puisqu'",
    "qu'", "quell'", "s'", "sull'", "t'", "all'",
];

/// *Sorted.* Reporting verbs of German, French, Spanish, Italian, Portuguese, Dutch, Russian
/// and Turkish news (`sagte`, `a déclaré`, `dijo`, `ha detto`, `disse`, `zei`, `сказал`,
/// `dedi`), lower case as written: quote attribution reads them beside the language's own
/// (none of them is an English word a quote is attributed with).
pub const OTHER_REPORTING_VERBS: &[&str] = &[
    "acrescentou",
    "advierte",
    "advirtió",
    "afferma",
    "affermato",
    "affirme",
    "affirmé",
    "afirma",
    "afirmou",
    "afirmó",
    "aggiunge",
    "aggiunto",
    "agregó",
    "ajoute",
    "ajouté",
    "aldus",
    "annoncé",
    "apuntó",
    "asegura",
    "aseguró",
    "assure",
    "assuré",
    "açıkladı",
    "añade",
    "añadió",
    "belirtti",
    "benadrukte",
    "betont",
    "betonte",
    "comentó",
    "confie",
    "confié",
    "declara",
    "declarou",
    "declaró",
    "dedi",
    "destacou",
    "destacó",
    "detto",
    "dice",
    "dichiara",
    "dichiarato",
    "dijo",
    "disse",
    "dit",
    "diyen",
    "diz",
    "déclare",
    "déclaré",
    "erklärt",
    "erklärte",
    "estime",
    "estimé",
    "explica",
    "explicou",
    "explicó",
    "explique",
    "expliqué",
    "garantiu",
    "gesagt",
    "indica",
    "indicó",
    "indique",
    "indiqué",
    "kaydetti",
    "konuştu",
    "manifestó",
    "meinte",
    "précise",
    "précisé",
    "raconte",
    "raconté",
    "ressaltou",
    "répond",
    "répondu",
    "sagt",
    "sagte",
    "sagten",
    "schrieb",
    "señala",
    "señaló",
    "sostuvo",
    "sottolinea",
    "sottolineato",
    "souligne",
    "souligné",
    "spiega",
    "spiegato",
    "stelde",
    "sublinhou",
    "subrayó",
    "söyledi",
    "verklaarde",
    "vurguladı",
    "warnte",
    "zegt",
    "zei",
    "écrit",
    "говорит",
    "добавил",
    "добавила",
    "заявил",
    "заявила",
    "отметил",
    "отметила",
    "подчеркнул",
    "подчеркнула",
    "пояснил",
    "пояснила",
    "рассказал",
    "рассказала",
    "сказал",
    "сказала",
    "сообщил",
    "сообщила",
];

/// Auxiliaries before a reporting participle (`a déclaré`, `ha detto`, `hat gesagt`), and the
/// Turkish `diye` (saying) before its verb: after a quote, `…», a déclaré Macron` reads as
/// `…», déclaré Macron`, and `Aksoy, “…” diye konuştu.` as `Aksoy, “…” konuştu.`
pub const AUXILIARIES: &[&str] = &["a", "diye", "ha", "han", "hanno", "hat", "heeft", "ont"];

/// What stands for "according to" in other languages, word by word, lower case (`selon`,
/// `según`, `laut`, `secondo`, `segundo`, `volgens`, `по словам`).
pub const ACCORDING_TO: &[&[&str]] = &[
    &["laut"],
    &["secondo"],
    &["segundo"],
    &["según"],
    &["selon"],
    &["volgens"],
    &["по", "словам"],
];

/// Third-person pronouns of other languages that stand for a speaker named before (`er`,
/// `il`, `él`, `lui`, `ele`, `hij`, `он`, Korean `그`, Hindi `उन्होंने` with its `ने`).
pub const OTHER_PRONOUNS: &[&str] = &[
    "ela",
    "ele",
    "ella",
    "elle",
    "er",
    "hij",
    "il",
    "lei",
    "lui",
    "sie",
    "zij",
    "él",
    "он",
    "она",
    "他",
    "她",
    "彼",
    "彼女",
    "그",
    "그녀",
    "उन्होंने",
    "उसने",
];

/// Reporting verbs of Chinese and Japanese, as written (no spaces tell where they start):
/// `王毅说`, `他表示`, `と述べた`. Longer ones first, so `表示` is found before a one-character
/// verb inside a name.
pub const UNSPACED_REPORTING_VERBS: &[&str] = &[
    "明らかにした",
    "説明した",
    "強調した",
    "述べた",
    "語った",
    "話した",
    "言った",
    "指摘した",
    "表示",
    "指出",
    "强调",
    "認為",
    "认为",
    "透露",
    "介绍",
    "表明",
    "宣布",
    "说",
    "說",
    "称",
    "稱",
    "道",
];

/// What Chinese and Japanese write after the day and the month of a date (`10月21日`): a
/// number before one is a date, not a count (as a number beside an English month name is).
pub const HAN_DATE_UNITS: &[&str] = &["日", "月"];

/// What Korean writes after the day and the month of a date (`10월 21일`), as
/// [`HAN_DATE_UNITS`].
pub const KOREAN_DATE_UNITS: &[&str] = &["월", "일"];

/// Reporting verbs of Vietnamese news, most of them of two words (`cho biết`, said; `nói`;
/// `phát biểu`; `khẳng định`; `nhấn mạnh`; `tuyên bố`; `cảnh báo`): quote attribution compares
/// them folded, word by word, so text composed (NFC) or decomposed (NFD) reads the same.
pub const VIETNAMESE_REPORTING_VERBS: &[&str] = &[
    "cho biết",
    "cảnh báo",
    "khẳng định",
    "nhấn mạnh",
    "nói",
    "phát biểu",
    "tuyên bố",
];

/// Vietnamese honorifics written before a name, in lower case inside a sentence (`ông Nguyễn
/// Văn A`, Mr; `bà`, Mrs; `anh`; `chị`): compared folded, they are not part of the name.
pub const VIETNAMESE_HONORIFICS: &[&str] = &["anh", "bà", "chị", "ông"];

/// Particles that end the subject of a Japanese sentence (`首相は`, `首相が`).
pub const SUBJECT_PARTICLES: &[char] = &['は', 'が'];

/// *Sorted.* Titles of other languages that never end a sentence: a name follows them
/// (`Prof.`, `Sra.`, `Mme`, `Dott.`; Vietnamese `TS.`, `ThS.`, `GS.`, `PGS.` for doctor, master
/// and professor, `TP.` for city; Arabic `د.` for doctor), lower case.
pub const OTHER_TITLES: &[&str] = &[
    "avv", "dipl", "dott", "dr", "dña", "fr", "frau", "gen", "gs", "hab", "hr", "ing", "inż", "ks",
    "mag", "mgr", "mlle", "mme", "pgs", "prof", "sig", "sr", "sra", "srta", "ths", "tp", "ts", "د",
];

/// *Sorted.* Abbreviations of other languages that may end a sentence but usually do not
/// (`bzw.`, `z. B.`, `EE. UU.`, `т. е.`, `млн.`, Polish `np.`, `ok.`, Ukrainian `вул.`),
/// lower case.
pub const OTHER_ABBREVIATIONS: &[&str] = &[
    "abs", "art", "av", "bzw", "ca", "cf", "d", "ee", "env", "evtl", "ggf", "godz", "inkl", "mio",
    "mrd", "np", "nr", "núm", "pl", "pág", "s", "str", "tel", "tzw", "u", "ul", "usw", "uu", "vgl",
    "z", "вул", "г", "гг", "див", "долл", "е", "им", "млн", "млрд", "руб", "см", "т", "тис", "тыс",
    "ул",
];

/// *Sorted.* Abbreviations of other languages that refer to a number and never end a sentence
/// before one (Polish `ok. 200`, about 200), lower case: unlike [`OTHER_ABBREVIATIONS`] they
/// say nothing after a word (English `OK.` ends sentences).
pub const OTHER_REFERENCES: &[&str] = &["ok"];

/// *Sorted.* Month names that German, Danish, Norwegian, Czech and Finnish write after a day
/// with a dot (`am 21. Oktober`, `21. října`): that dot is an ordinal, not a sentence end.
pub const DOT_ORDINAL_MONTHS: &[&str] = &[
    "april",
    "august",
    "března",
    "december",
    "desember",
    "dezember",
    "dubna",
    "elokuuta",
    "februar",
    "heinäkuuta",
    "helmikuuta",
    "huhtikuuta",
    "januar",
    "joulukuuta",
    "juli",
    "juni",
    "jänner",
    "kesäkuuta",
    "května",
    "ledna",
    "listopadu",
    "lokakuuta",
    "maaliskuuta",
    "mai",
    "maj",
    "marraskuuta",
    "mars",
    "marts",
    "märz",
    "november",
    "oktober",
    "prosince",
    "september",
    "srpna",
    "syyskuuta",
    "tammikuuta",
    "toukokuuta",
    "září",
    "února",
    "července",
    "června",
    "října",
];

/// Reporting verbs of Arabic news, with the conjunction `و` (and) they often carry
/// (`قال`, `وقال`, `أكد`, `أضاف`): a script without capitals, where the speaker is the words
/// right after the verb (`وقال الوزير: «…»`, `«…»، قال المتحدث.`).
pub const ARABIC_REPORTING_VERBS: &[&str] = &[
    "أضاف",
    "أعلن",
    "أكد",
    "أوضح",
    "تابع",
    "صرح",
    "قال",
    "قالت",
    "وأضاف",
    "وأعلن",
    "وأكد",
    "وأوضح",
    "وتابع",
    "وصرح",
    "وقال",
    "وقالت",
];

/// Words that end an Arabic speaker's name after the verb: `إن`/`أن` (that) open what was said.
pub const ARABIC_NAME_ENDS: &[&str] = &["أن", "إن", "ان", "بأن"];

/// Han digits, each at the index of its value (`〇` is 0); `零` (0) and `两`/`兩` (2) read as
/// those of the same value.
const HAN_DIGITS: [&str; 10] = [
    "〇零",
    "一",
    "二两兩",
    "三",
    "四",
    "五",
    "六",
    "七",
    "八",
    "九",
];

/// Han units that multiply the digit before them inside a section of four places.
const HAN_SMALL_UNITS: &[(char, f64)] = &[('十', 10.0), ('百', 100.0), ('千', 1e3)];

/// Han units that multiply the whole section before them (`三万五千` is 35,000); `兆` is
/// Japanese's 10¹².
const HAN_LARGE_UNITS: &[(char, f64)] = &[
    ('万', 1e4),
    ('萬', 1e4),
    ('亿', 1e8),
    ('億', 1e8),
    ('兆', 1e12),
];

fn han_digit(c: char) -> Option<f64> {
    HAN_DIGITS
        .iter()
        .position(|chars| chars.contains(c))
        .map(|d| d as f64)
}

fn han_unit(units: &[(char, f64)], c: char) -> Option<f64> {
    units.iter().find(|(u, _)| *u == c).map(|&(_, v)| v)
}

/// The value of a number written in Han numerals, as Chinese and Japanese write them (`三` 3,
/// `十二` 12, `二十` 20, `三万` 30,000, `三万五千` 35,000, `一百零五` 105): the number words of
/// both languages. A numeral starts with a digit or `十`; `一` alone is none (it is the
/// article as often as a count: `一个`, `统一`), nor are two digits in a row (`一二`).
pub fn han_numeral(s: &str) -> Option<f64> {
    let first = s.chars().next()?;
    if (han_digit(first).is_none() && first != '十') || s == "一" {
        return None;
    }
    let (mut total, mut section, mut digit) = (0.0, 0.0, None::<f64>);
    for c in s.chars() {
        if let Some(d) = han_digit(c) {
            if digit.is_some() {
                return None;
            }
            // A zero only holds a place (`一百零五`).
            digit = (d > 0.0).then_some(d);
        } else if let Some(unit) = han_unit(HAN_SMALL_UNITS, c) {
            section += digit.take().unwrap_or(1.0) * unit;
        } else if let Some(unit) = han_unit(HAN_LARGE_UNITS, c) {
            total += (section + digit.take().unwrap_or(0.0)) * unit;
            section = 0.0;
        } else {
            return None;
        }
    }
    Some(total + section + digit.unwrap_or(0.0))
}

/// Reporting verbs of Korean news (`말했다`, `밝혔다`): the verb ends the sentence, after the
/// quote and its quotative ending (`“…”라고 말했다`).
pub const KOREAN_REPORTING_VERBS: &[&str] = &[
    "강조했다",
    "덧붙였다",
    "말했다",
    "말했습니다",
    "밝혔다",
    "밝혔습니다",
    "설명했다",
    "전했다",
    "주장했다",
    "지적했다",
];

/// Quotative endings glued to a Korean quote's closing mark (`“…”라고`, `“…”고`, `“…”며`).
pub const KOREAN_QUOTATIVES: &[&str] = &["고", "라고", "라며", "며", "이라고", "이라며"];

/// Particles that end the subject of a Korean sentence (`장관은`, `장관이`): the speaker of a
/// quote is the word that carries one, without it.
pub const KOREAN_SUBJECT_PARTICLES: &[char] = &['은', '는', '이', '가'];

/// Reporting verbs of Hindi news (`कहा`, `बताया`), after the speaker and `ने`
/// ([`HINDI_AGENT`]): `मोदी ने कहा`.
pub const HINDI_REPORTING_VERBS: &[&str] = &["कहा", "बताया", "बोले", "लिखा"];

/// The Hindi postposition that marks the speaker before a verb in the past (`मोदी ने कहा`).
pub const HINDI_AGENT: &str = "ने";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorted_tables_are_sorted_for_binary_search() {
        for table in [
            DOMAIN_ENDINGS,
            OTHER_REPORTING_VERBS,
            OTHER_TITLES,
            OTHER_ABBREVIATIONS,
            OTHER_REFERENCES,
            DOT_ORDINAL_MONTHS,
        ] {
            let mut sorted = table.to_vec();
            sorted.sort_unstable();
            assert_eq!(sorted, table);
        }
    }

    #[test]
    fn han_numerals_as_chinese_and_japanese_write_them() {
        let cases = [
            ("三", Some(3.0)),
            ("两", Some(2.0)),
            ("十", Some(10.0)),
            ("十二", Some(12.0)),
            ("二十", Some(20.0)),
            ("一百零五", Some(105.0)),
            ("三万", Some(30_000.0)),
            ("三万五千", Some(35_000.0)),
            ("一万", Some(10_000.0)),
            ("二億", Some(2e8)),
            // Not counts: `一` alone, a multiplier first, two digits in a row, other characters.
            ("一", None),
            ("万一", None),
            ("千", None),
            ("一二", None),
            ("三人", None),
        ];
        for (numeral, value) in cases {
            assert_eq!(han_numeral(numeral), value, "{numeral}");
        }
    }

    #[test]
    fn korean_and_hindi_tables_are_as_written() {
        let mut sorted = KOREAN_REPORTING_VERBS.to_vec();
        sorted.sort_unstable();
        assert_eq!(sorted, KOREAN_REPORTING_VERBS);
        assert!(KOREAN_QUOTATIVES.iter().all(|q| !q.contains(' ')));
        assert!(HINDI_REPORTING_VERBS.iter().all(|v| !v.contains(' ')));
    }
}
