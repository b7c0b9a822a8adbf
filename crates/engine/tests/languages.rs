//! Beyond English: sentences, words, quotes and matching in other languages and scripts, on
//! short articles written for these tests (each pair built as the English control is: shared
//! sentences verbatim or with one thing changed, sentences added and dropped).

use parallax_engine::analysis::align::RowOp;
use parallax_engine::matching::diff::PieceOp;
use parallax_engine::report::Report;
use parallax_engine::text::segment::segment;

mod common;
use common::report_of as report;

#[path = "languages/harness.rs"]
mod harness;

fn sentences(text: &str) -> Vec<&str> {
    segment(text).iter().map(|s| s.span.of(text)).collect()
}

/// The sentences of `a` matched in `b` (`Equal`, `Changed` or `Moved` rows), as pairs of text.
fn matched(r: &Report) -> Vec<(String, String)> {
    let (a, b) = (&r.documents[0], &r.documents[1]);
    let text = |doc: &parallax_engine::report::DocumentReport, s: &[usize]| {
        s.iter()
            .map(|&i| &doc.text[doc.sentences[i].start..doc.sentences[i].end])
            .collect::<Vec<_>>()
            .join(" ")
    };
    r.pairs[0]
        .rows
        .iter()
        .filter(|row| matches!(row.op, RowOp::Equal | RowOp::Changed | RowOp::Moved))
        .map(|row| (text(a, &row.a), text(b, &row.b)))
        .collect()
}

const ZH_A: &str = "政府公布新预算\n\n国务院周一公布了明年的预算草案。财政部长表示，支出将增长6%。\n\n“我们必须稳定就业，”他说。反对党批评了这项计划。";
const ZH_B: &str = "新预算公布\n\n国务院周一公布了明年的预算草案。财政部长表示，支出将增长7%。\n\n地方官员欢迎这一决定。“我们必须稳定就业，”他说。";

#[test]
fn chinese_sentences_end_at_their_full_stops() {
    assert_eq!(
        sentences(ZH_A),
        [
            "政府公布新预算",
            "国务院周一公布了明年的预算草案。",
            "财政部长表示，支出将增长6%。",
            "“我们必须稳定就业，”他说。",
            "反对党批评了这项计划。",
        ]
    );
    assert_eq!(
        sentences("「はい」と彼は言った。会議は終わった！本当か？"),
        ["「はい」と彼は言った。", "会議は終わった！", "本当か？"]
    );
}

#[test]
fn a_chinese_pair_lines_up_sentence_by_sentence() {
    let r = report(&[ZH_A, ZH_B]);
    assert_eq!(r.documents[0].language, "zh");
    let pairs = matched(&r);
    let expected = [
        (
            "国务院周一公布了明年的预算草案。",
            "国务院周一公布了明年的预算草案。",
        ),
        (
            "财政部长表示，支出将增长6%。",
            "财政部长表示，支出将增长7%。",
        ),
        ("“我们必须稳定就业，”他说。", "“我们必须稳定就业，”他说。"),
    ];
    for (a, b) in expected {
        assert!(
            pairs.contains(&(a.to_string(), b.to_string())),
            "{a} / {b} not matched in {pairs:?}"
        );
    }
    // The headlines say the same in other words; the opposition's criticism is only in A and
    // the officials' welcome only in B: no other pair.
    assert_eq!(pairs.len(), expected.len() + 1, "{pairs:?}");
    assert!(
        !pairs.iter().any(|(a, _)| a.contains("反对党")),
        "{pairs:?}"
    );
    // A changed figure marks the figure, not the whole clause.
    let figure_sentence = r.documents[0]
        .sentences
        .iter()
        .position(|s| r.documents[0].text[s.start..s.end].contains("6%"))
        .expect("the sentence with the figure");
    let row = r.pairs[0]
        .rows
        .iter()
        .find(|row| row.a.contains(&figure_sentence))
        .expect("its row");
    assert_eq!(row.op, RowOp::Changed);
    let diff = row.diff.as_ref().expect("a word diff");
    let changed: Vec<&str> = diff
        .a
        .iter()
        .filter(|p| p.op != PieceOp::Equal)
        .map(|p| &r.documents[0].text[p.range[0]..p.range[1]])
        .collect();
    assert_eq!(changed, ["6"], "{changed:?}");
}

#[test]
fn japanese_quotes_in_corner_brackets_are_quotes() {
    let a = "首相が会見\n\n首相は「経済の回復を最優先に取り組む」と述べた。会見は一時間続いた。";
    let b = "首相会見\n\n首相は「経済の回復を最優先に取り組む」と語った。野党は反発した。";
    let r = report(&[a, b]);
    assert_eq!(r.documents[0].language, "ja");
    assert!(
        r.quotes.iter().any(|q| q.members.len() == 2),
        "quotes: {:?}",
        r.quotes
    );
}

/// A Vietnamese sentence composed (NFC), as most text comes.
const VI_NFC: &str = "Bộ trưởng cho biết các cuộc đàm phán sẽ được nối lại vào mùa xuân năm nay.";

/// The same sentence with every accent as a combining mark (NFD, as some Mac and PDF text
/// comes).
const VI_NFD: &str = "Bo\u{323}\u{302} tru\u{31b}o\u{31b}\u{309}ng cho bie\u{302}\u{301}t ca\u{301}c cuo\u{323}\u{302}c \u{111}a\u{300}m pha\u{301}n se\u{303} \u{111}u\u{31b}o\u{31b}\u{323}c no\u{302}\u{301}i la\u{323}i va\u{300}o mu\u{300}a xua\u{302}n na\u{306}m nay.";

#[test]
fn vietnamese_composed_and_decomposed_text_is_one_text() {
    let r = report(&[VI_NFC, VI_NFD]);
    assert_eq!(r.pairs[0].rows.len(), 1);
    assert_eq!(
        r.pairs[0].rows[0].op,
        RowOp::Equal,
        "{:?}",
        r.pairs[0].rows[0]
    );
}

#[test]
fn arabic_vowel_marks_and_tatweel_do_not_change_a_word() {
    let plain = "قال الوزير إن المحادثات مع النقابات ستستأنف في الربيع المقبل.";
    let marked = "قَالَ الوزيــر إنَّ المحادثات مع النقابات ستستأنف في الربيع المقبل.";
    let r = report(&[plain, marked]);
    assert_eq!(r.documents[0].language, "ar");
    assert_eq!(
        r.pairs[0].rows[0].op,
        RowOp::Equal,
        "{:?}",
        r.pairs[0].rows[0]
    );
    assert_eq!(
        sentences("هل ستستأنف المحادثات؟ قال الوزير نعم."),
        ["هل ستستأنف المحادثات؟", "قال الوزير نعم."]
    );
}

#[test]
fn closing_quotes_of_other_languages_stay_with_their_sentence() {
    assert_eq!(
        sentences("Er sagte: „Wir machen weiter.“ Dann ging er."),
        ["Er sagte: „Wir machen weiter.“", "Dann ging er."]
    );
    assert_eq!(
        sentences("Il a dit : « Nous continuons. » Puis il est parti."),
        ["Il a dit : « Nous continuons. »", "Puis il est parti."]
    );
    assert_eq!(
        sentences("Han sa: »Vi fortsätter.« Sedan gick han."),
        ["Han sa: »Vi fortsätter.«", "Sedan gick han."]
    );
    assert_eq!(
        sentences("यह पहला वाक्य है। यह दूसरा है।"),
        ["यह पहला वाक्य है।", "यह दूसरा है।"]
    );
}

#[test]
fn english_is_read_as_before() {
    let r = report(&["The minister said the talks would resume. “We will meet again,” he said."]);
    assert_eq!(r.documents[0].language, "en");
    assert_eq!(r.documents[0].sentences.len(), 2);
}

#[test]
fn a_changed_percentage_in_chinese_is_a_discrepancy() {
    let r = report(&[ZH_A, ZH_B]);
    assert_eq!(r.discrepancies.len(), 1, "{:?}", r.discrepancies);
}

#[test]
fn french_elision_does_not_hide_a_word() {
    let a =
        "Les pays ont signé l'Accord de Paris sur le climat en décembre, a déclaré le ministre.";
    let b = "Les pays ont signé Accord de Paris sur le climat en décembre, a déclaré le ministre.";
    let r = report(&[a, b]);
    assert_eq!(r.documents[0].language, "fr");
    // The same words to the comparison; the word diff still shows the article dropped.
    assert_eq!(r.pairs[0].rows[0].score, 1.0, "{:?}", r.pairs[0].rows[0]);
}

#[test]
fn quotes_are_attributed_to_their_speakers_in_other_languages() {
    use parallax_engine::features::quotes::extract;
    let cases = [
        (
            "„Wir werden die Gespräche fortsetzen“, sagte Merkel am Montag.",
            "Merkel",
        ),
        (
            "Merkel sagte: „Wir werden die Gespräche fortsetzen.“",
            "Merkel",
        ),
        (
            "« Nous allons poursuivre les discussions », a déclaré Emmanuel Macron lundi.",
            "Emmanuel Macron",
        ),
        (
            "Selon Macron, « les discussions vont se poursuivre ».",
            "Macron",
        ),
        (
            "«Vamos a seguir con las conversaciones», dijo Pedro Sánchez el lunes.",
            "Pedro Sánchez",
        ),
        (
            "«Continueremo i colloqui», ha detto Conte ai giornalisti.",
            "Conte",
        ),
        (
            "“Vamos continuar as negociações”, disse Lula nesta segunda-feira.",
            "Lula",
        ),
        (
            "«Мы продолжим переговоры», — сказал Путин журналистам.",
            "Путин",
        ),
        ("По словам Лаврова, «переговоры продолжатся».", "Лаврова"),
        ("Erdoğan, “Müzakerelere devam edeceğiz” dedi.", "Erdoğan"),
        ("“We will continue the talks,” Tillerson said.", "Tillerson"),
    ];
    for (text, speaker) in cases {
        let quotes = extract(text, &segment(text));
        assert_eq!(quotes.len(), 1, "{text}");
        let found = quotes[0].speaker.as_ref().map(|s| s.name.as_str());
        assert_eq!(found, Some(speaker), "{text}");
    }
}

#[test]
fn chinese_and_japanese_quotes_are_attributed() {
    use parallax_engine::features::quotes::extract;
    let cases = [
        ("“我们必须稳定就业，”王毅说。", Some("王毅")),
        (
            "外交部长王毅表示：“中方愿意继续对话。”",
            Some("外交部长王毅"),
        ),
        (
            "首相は「経済の回復を最優先に取り組む」と述べた。",
            Some("首相"),
        ),
        (
            "「経済の回復を最優先に取り組む」と田中首相は語った。",
            Some("田中首相"),
        ),
    ];
    for (text, speaker) in cases {
        let quotes = extract(text, &segment(text));
        assert_eq!(quotes.len(), 1, "{text}");
        let found = quotes[0].speaker.as_ref().map(|s| s.name.as_str());
        assert_eq!(found, speaker, "{text}");
    }
    // A pronoun stands for the speaker named before it.
    let text = "王毅表示：“中方愿意继续对话。”“我们必须稳定就业，”他说。";
    let quotes = extract(text, &segment(text));
    let speakers: Vec<Option<&str>> = quotes
        .iter()
        .map(|q| q.speaker.as_ref().map(|s| s.name.as_str()))
        .collect();
    assert_eq!(speakers, [Some("王毅"), Some("王毅")]);
}

#[test]
fn abbreviations_and_ordinal_dates_of_other_languages_do_not_cut_sentences() {
    let cases: [(&str, &[&str]); 5] = [
        (
            "Die Wahl findet am 21. Oktober statt. Danach wird gezählt.",
            &[
                "Die Wahl findet am 21. Oktober statt.",
                "Danach wird gezählt.",
            ],
        ),
        (
            "Es gibt viele Gründe, z. B. die Kosten. Prof. Müller sagte das.",
            &[
                "Es gibt viele Gründe, z. B. die Kosten.",
                "Prof. Müller sagte das.",
            ],
        ),
        (
            "La Sra. García viajó a EE. UU. por trabajo. Volvió ayer.",
            &[
                "La Sra. García viajó a EE. UU. por trabajo.",
                "Volvió ayer.",
            ],
        ),
        (
            "Бюджет вырос до 5 млн. рублей. Об этом сообщили в министерстве.",
            &[
                "Бюджет вырос до 5 млн. рублей.",
                "Об этом сообщили в министерстве.",
            ],
        ),
        (
            "Valget holdes den 21. oktober. Derefter tælles stemmerne.",
            &[
                "Valget holdes den 21. oktober.",
                "Derefter tælles stemmerne.",
            ],
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(sentences(text), expected, "{text}");
    }
}

#[test]
fn a_german_statement_reworded_is_the_same_statement() {
    let a = "Die Gewerkschaften haben die Gespräche mit der Regierung am Montag abgebrochen, sagte ein Sprecher.";
    let b = "Am Montag brachen die Gewerkschaften ihre Gespräche mit der Regierung ab, sagte der Sprecher.";
    let r = report(&[a, b]);
    assert_eq!(r.documents[0].language, "de");
    let row = &r.pairs[0].rows[0];
    assert!(matches!(row.op, RowOp::Changed | RowOp::Equal), "{row:?}");
    assert!(row.score >= 0.6, "{row:?}");
}

#[test]
fn a_russian_statement_reworded_is_the_same_statement() {
    let a = "Профсоюзы прервали переговоры с правительством в понедельник, сообщил представитель.";
    let b = "В понедельник профсоюзы прервали свои переговоры с правительством, сказал представитель профсоюзов.";
    let r = report(&[a, b]);
    assert_eq!(r.documents[0].language, "ru");
    let row = &r.pairs[0].rows[0];
    assert!(matches!(row.op, RowOp::Changed | RowOp::Equal), "{row:?}");
}

#[test]
fn arabic_quotes_are_attributed_to_the_words_after_the_verb() {
    use parallax_engine::features::quotes::extract;
    let cases = [
        ("وقال الوزير: «سنواصل المحادثات مع النقابات».", "الوزير"),
        (
            "«سنواصل المحادثات مع النقابات»، قال المتحدث باسم الحكومة.",
            "المتحدث باسم الحكومة",
        ),
        (
            "وأكد وزير الخارجية أن «المحادثات ستستمر الأسبوع المقبل».",
            "وزير الخارجية",
        ),
    ];
    for (text, speaker) in cases {
        let quotes = extract(text, &segment(text));
        assert_eq!(quotes.len(), 1, "{text}");
        let found = quotes[0].speaker.as_ref().map(|s| s.name.as_str());
        assert_eq!(found, Some(speaker), "{text}");
    }
}

/// A quote is compared in its document's language, as its sentences are: German stop words
/// and endings do not keep a reworded German quote apart from its original.
#[test]
fn a_reworded_quote_is_grouped_in_its_own_language() {
    let a = "Streik bei der Bahn\n\nDie Gewerkschaft rief am Montag zum Streik auf. „Die Regierung hat die Gespräche mit den Gewerkschaften abgebrochen“, sagte Scholz am Abend in Berlin.";
    let b = "Bahn wird bestreikt\n\nAm Montag begann der Streik. „Die Regierungen haben das Gespräch mit der Gewerkschaft abgebrochen“, sagte Scholz vor Journalisten.";
    let r = report(&[a, b]);
    assert_eq!(r.documents[0].language, "de");
    let shared: Vec<_> = r.quotes.iter().filter(|g| g.documents == 2).collect();
    assert_eq!(shared.len(), 1, "{:#?}", r.quotes);
}

/// The language harness's decomposition (it makes the `vi-nfd` pair) gives Unicode's NFD.
#[test]
fn the_harness_decomposes_vietnamese_as_unicode_does() {
    assert_eq!(harness::nfd(VI_NFC), VI_NFD);
    assert_eq!(harness::nfd(VI_NFD), VI_NFD);
}

/// The language harness (`examples/languages.rs`) on every pair in `tests/languages/`: each
/// gold file agrees with its articles, and the English control pair meets every target of
/// issue 18 (the other languages are measured, not yet held to them).
#[test]
fn the_english_control_pair_meets_every_target() {
    let cases = harness::cases(&harness::data_dir()).unwrap_or_else(|e| panic!("{e}"));
    assert!(cases.len() > 10, "{} cases", cases.len());
    let outcomes = harness::run(&cases);
    let english = outcomes
        .iter()
        .find(|o| o.name == "en")
        .expect("the English control pair");
    assert!(
        english.scores.meets_targets(),
        "{}\n{}",
        harness::table(&outcomes),
        english.failures.join("\n")
    );
}

/// Polish and Ukrainian abbreviations that stand inside a sentence (`np.`, `tzw.`, `ok.`,
/// `godz.`, `inż.`, `вул.`, `див.`, `тис.`) do not end it.
#[test]
fn polish_and_ukrainian_abbreviations_do_not_cut_sentences() {
    let cases: [(&str, &[&str]); 3] = [
        (
            "Na spotkanie przyszło ok. 200 osób, np. mieszkańcy tzw. Starego Miasta. Obrady trwały do godz. 18.",
            &[
                "Na spotkanie przyszło ok. 200 osób, np. mieszkańcy tzw. Starego Miasta.",
                "Obrady trwały do godz. 18.",
            ],
        ),
        (
            "Projekt przygotował inż. Jan Nowak. Prace ruszą wiosną.",
            &["Projekt przygotował inż. Jan Nowak.", "Prace ruszą wiosną."],
        ),
        (
            "Мітинг відбувся на вул. Хрещатик, де зібралося 5 тис. людей (див. фото). Поліція не втручалася.",
            &[
                "Мітинг відбувся на вул. Хрещатик, де зібралося 5 тис. людей (див. фото).",
                "Поліція не втручалася.",
            ],
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(sentences(text), expected, "{text}");
    }
}

// ---------------------------------------------------------------------------------------------
// Figures beyond English: number words and multipliers, percent words, counted nouns by stem.
// ---------------------------------------------------------------------------------------------

/// The figures of `text` read with the tables of the language coded `code`: each its value and
/// the counted thing as written.
fn figures_in(code: &str, text: &str) -> Vec<(f64, String)> {
    use parallax_engine::features::figures::extract_in;
    use parallax_engine::lang::Language;
    use parallax_engine::text::segment::segment_in;
    let lang = Language::from_code(code).tables();
    extract_in(text, &segment_in(text, lang), lang)
        .into_iter()
        .map(|f| (f.value, f.counted.of(text).to_string()))
        .collect()
}

/// The value of the first figure of `text` in language `code`.
fn first_value(code: &str, text: &str) -> Option<f64> {
    figures_in(code, text).first().map(|f| f.0)
}

/// Whether two values are equal up to the rounding of decimal arithmetic.
fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs())
}

#[test]
fn number_words_and_multipliers_of_other_languages() {
    let cases: &[(&str, &str, f64)] = &[
        ("de", "Die Stadt hat 1,5 Millionen Einwohner.", 1.5e6),
        ("de", "Der Umbau kostet 2 Mio. Euro.", 2e6),
        ("de", "Der Bund zahlt 3 Milliarden Euro.", 3e9),
        ("de", "Es kamen zwei Minister und drei Botschafter.", 2.0),
        ("de", "Bei dem Unglück starben 1.500 Menschen.", 1500.0),
        ("fr", "Le pays compte 1,2 millions d'habitants.", 1.2e6),
        ("fr", "Le projet coûte 3 milliards de dollars.", 3e9),
        ("fr", "Les deux ministres sont arrivés.", 2.0),
        ("fr", "Il a passé trois jours à Paris.", 3.0),
        ("es", "En la ciudad viven 2 millones de personas.", 2e6),
        ("es", "El plan cuesta mil millones de euros.", 1e9),
        ("es", "Llegaron dos ministros y tres embajadores.", 2.0),
        ("it", "Nella regione vivono 4 milioni di persone.", 4e6),
        ("it", "Il piano costa 2 miliardi di euro.", 2e9),
        ("it", "Sono arrivati due ministri.", 2.0),
        ("pt", "Na cidade vivem 5 milhões de pessoas.", 5e6),
        ("pt", "Chegaram dois ministros.", 2.0),
        ("nl", "In de stad wonen 2 miljoen mensen.", 2e6),
        ("nl", "Er kwamen twee ministers.", 2.0),
        ("ru", "В городе живут 5 млн человек.", 5e6),
        ("ru", "Проект стоит 3 млрд рублей.", 3e9),
        ("ru", "На митинг пришли 2 тыс. человек.", 2000.0),
        ("ru", "Приехали два министра.", 2.0),
        ("ru", "Переговоры шли три дня.", 3.0),
        ("tr", "Kentte 2 milyon kişi yaşıyor.", 2e6),
        ("tr", "Proje 3 milyar dolara mal oldu.", 3e9),
        ("tr", "Mitinge 5 bin kişi katıldı.", 5000.0),
        ("tr", "Toplantıya iki bakan katıldı.", 2.0),
        ("zh", "集会有3万人参加。", 3e4),
        ("zh", "项目投资1.5亿元。", 1.5e8),
        ("zh", "集会有三万人参加。", 3e4),
        ("zh", "会场来了5千人。", 5000.0),
        ("zh", "会谈持续了十二天。", 12.0),
        ("ja", "予算は2億円に上る。", 2e8),
        ("ja", "集会には3千人が参加した。", 3000.0),
        ("vi", "Thành phố có 2 triệu người dân.", 2e6),
        ("vi", "Dự án trị giá 3 tỷ đồng.", 3e9),
        ("vi", "Có 5 nghìn người tham gia.", 5000.0),
        ("ko", "집회에는 3만 명이 참가했다.", 3e4),
        ("ko", "사업비는 2억 원이다.", 2e8),
        ("hi", "रैली में 2 लाख लोग आए।", 2e5),
        ("hi", "परियोजना पर 3 करोड़ रुपये खर्च हुए।", 3e7),
        ("hi", "रैली में 5 हज़ार लोग आए।", 5000.0),
    ];
    let mut wrong = Vec::new();
    for &(code, text, want) in cases {
        let got = first_value(code, text);
        if !got.is_some_and(|v| close(v, want)) {
            wrong.push(format!("{code}: {text} → {got:?}, want {want}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn percent_words_of_other_languages_are_percentages() {
    // Each text states 6 percent (or 2.5) in the language's words; its twin with `%` is the
    // same figure: the same value and the same counted thing.
    let cases: &[(&str, &str, &str, f64)] = &[
        ("tr", "Enflasyon yüzde 6 arttı.", "Enflasyon 6% arttı.", 6.0),
        ("tr", "Enflasyon %6 arttı.", "Enflasyon 6% arttı.", 6.0),
        (
            "ru",
            "Цены выросли на 6 процентов.",
            "Цены выросли на 6%.",
            6.0,
        ),
        (
            "ru",
            "Цены выросли на 2,5 процента.",
            "Цены выросли на 2,5%.",
            2.5,
        ),
        (
            "es",
            "Los precios subieron un 6 por ciento.",
            "Los precios subieron un 6%.",
            6.0,
        ),
        (
            "fr",
            "Les prix ont augmenté de 6 pour cent.",
            "Les prix ont augmenté de 6%.",
            6.0,
        ),
        (
            "de",
            "Die Preise stiegen um 6 Prozent.",
            "Die Preise stiegen um 6%.",
            6.0,
        ),
        (
            "it",
            "I prezzi sono saliti del 6 per cento.",
            "I prezzi sono saliti del 6%.",
            6.0,
        ),
        (
            "pt",
            "Os preços subiram 6 por cento.",
            "Os preços subiram 6%.",
            6.0,
        ),
        (
            "nl",
            "De prijzen stegen met 6 procent.",
            "De prijzen stegen met 6%.",
            6.0,
        ),
        ("vi", "Giá tăng 6 phần trăm.", "Giá tăng 6%.", 6.0),
        ("zh", "价格上涨了百分之六。", "价格上涨了6%。", 6.0),
        ("zh", "价格上涨了百分之6。", "价格上涨了6%。", 6.0),
        ("ko", "물가가 6퍼센트 올랐다.", "물가가 6% 올랐다.", 6.0),
        ("ko", "물가가 6 퍼센트 올랐다.", "물가가 6% 올랐다.", 6.0),
        ("hi", "कीमतें 6 प्रतिशत बढ़ीं।", "कीमतें 6% बढ़ीं।", 6.0),
    ];
    use parallax_engine::features::figures::extract_in;
    use parallax_engine::lang::Language;
    use parallax_engine::text::segment::segment_in;
    let figure = |code: &str, text: &str| {
        let lang = Language::from_code(code).tables();
        extract_in(text, &segment_in(text, lang), lang)
            .first()
            .map(|f| (f.value, f.unit))
    };
    let mut wrong = Vec::new();
    for &(code, text, twin, value) in cases {
        let (got, want) = (figure(code, text), figure(code, twin));
        if got.is_none() || got != want || !want.is_some_and(|(v, _)| close(v, value)) {
            wrong.push(format!("{code}: {text} → {got:?}, {twin} → {want:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn a_percentage_in_words_and_one_in_digits_are_compared() {
    let r = report(&[
        "Die Preise in Deutschland stiegen im vergangenen Jahr um 6 Prozent, sagte der Minister.",
        "Die Preise in Deutschland stiegen im vergangenen Jahr um 7%, sagte der Minister.",
    ]);
    assert_eq!(r.documents[0].language, "de");
    assert_eq!(r.discrepancies.len(), 1, "{:?}", r.discrepancies);
}

#[test]
fn counted_nouns_in_another_form_count_the_same_thing() {
    let pairs = [
        (
            "ru",
            "Военная операция в этом районе длилась 17 дней, сообщили в министерстве.",
            "Военная операция в этом районе длилась 21 день, сообщили в министерстве.",
        ),
        (
            "ru",
            "Переговоры в Женеве продолжались 5 часов, сообщили в министерстве.",
            "Переговоры в Женеве продолжались 3 часа, сообщили в министерстве.",
        ),
        (
            "de",
            "Bei dem Anschlag in der Berliner Innenstadt gab es nach Angaben der Polizei 12 Tote.",
            "Der Anschlag in der Berliner Innenstadt mit 15 Toten erschütterte die Polizei.",
        ),
        (
            "es",
            "El ataque contra el cuartel de los policías en Madrid dejó 1 muerto y varios heridos, dijo el ministro del Interior.",
            "El ataque contra el cuartel de los policías en Madrid dejó 2 muertos y varios heridos, dijo el ministro del Interior.",
        ),
    ];
    for (code, a, b) in pairs {
        let r = report(&[a, b]);
        assert_eq!(r.documents[0].language, code, "{a}");
        assert_eq!(r.discrepancies.len(), 1, "{a} / {b}: {:?}", r.discrepancies);
    }
}

#[test]
fn two_figures_of_one_sentence_are_two_facts() {
    // The English control: one sentence, two different percentages, unchanged in both
    // articles: nothing was stated differently.
    let shared =
        "Turnout was just over 70% in the north and just over 66% in the south, officials said.";
    let r = report(&[
        &format!("Voters went to the polls on Sunday. {shared} The count goes on."),
        &format!("{shared} Voters went to the polls on Sunday, and the count goes on."),
    ]);
    assert!(r.discrepancies.is_empty(), "{:?}", r.discrepancies);
    // One of the two changed: exactly that one is a discrepancy.
    let changed = shared.replace("66%", "64%");
    let r = report(&[
        &format!("Voters went to the polls on Sunday. {shared}"),
        &format!("Voters went to the polls on Sunday. {changed}"),
    ]);
    assert_eq!(r.discrepancies.len(), 1, "{:?}", r.discrepancies);
    let values: Vec<&str> = r.discrepancies[0]
        .members
        .iter()
        .map(|m| m.value.as_str())
        .collect();
    assert_eq!(values, ["just over 66", "just over 64"]);
}

// ---------------------------------------------------------------------------------------------
// Speakers in Korean and Hindi.
// ---------------------------------------------------------------------------------------------

#[test]
fn korean_and_hindi_quotes_are_attributed() {
    use parallax_engine::features::quotes::extract;
    let cases = [
        (
            "김영호 장관은 “경제 회복이 최우선 과제”라고 말했다.",
            Some("김영호 장관"),
        ),
        (
            "“경제 회복이 최우선 과제”라고 김영호 장관이 밝혔다.",
            Some("김영호 장관"),
        ),
        (
            "문재인 대통령은 이날 “대화를 계속하겠다”고 강조했다.",
            Some("문재인 대통령"),
        ),
        ("“대화를 계속하겠다”고 전했다.", None),
        (
            "प्रधानमंत्री नरेंद्र मोदी ने कहा, “हम बातचीत जारी रखेंगे।”",
            Some("प्रधानमंत्री नरेंद्र मोदी"),
        ),
        ("\"हम बातचीत जारी रखेंगे,\" मोदी ने कहा।", Some("मोदी")),
        ("मोदी ने बताया कि \"बातचीत जारी रहेगी।\"", Some("मोदी")),
    ];
    for (text, speaker) in cases {
        let quotes = extract(text, &segment(text));
        assert_eq!(quotes.len(), 1, "{text}");
        let found = quotes[0].speaker.as_ref().map(|s| s.name.as_str());
        assert_eq!(found, speaker, "{text}");
    }
    // A pronoun stands for the speaker named before it.
    for text in [
        "김영호 장관은 “경제 회복이 최우선 과제”라고 말했다. 그는 “대화를 계속하겠다”고 덧붙였다.",
        "मोदी ने कहा, \"हम बातचीत जारी रखेंगे।\" उन्होंने कहा, \"समझौता जल्द होगा।\"",
    ] {
        let quotes = extract(text, &segment(text));
        let speakers: Vec<Option<String>> = quotes
            .iter()
            .map(|q| q.speaker.as_ref().map(|s| s.key()))
            .collect();
        assert_eq!(speakers.len(), 2, "{text}");
        assert!(
            speakers[0].is_some() && speakers[0] == speakers[1],
            "{text}: {speakers:?}"
        );
    }
}

/// The one quote group of a report on two articles: both quotes, one speaker.
fn assert_one_shared_quote_one_speaker(a: &str, b: &str, speaker: &str) {
    let r = report(&[a, b]);
    let group = r
        .quotes
        .iter()
        .find(|q| q.documents == 2)
        .unwrap_or_else(|| panic!("no shared quote: {:?}", r.quotes));
    assert!(!group.speakers_differ, "{group:?}");
    for m in &group.members {
        assert_eq!(m.speaker.as_deref(), Some(speaker), "{group:?}");
    }
    assert!(
        !r.discrepancies.iter().any(|d| d.quote.is_some()),
        "{:?}",
        r.discrepancies
    );
}

#[test]
fn a_korean_pair_shares_a_quote_and_its_speaker() {
    assert_one_shared_quote_one_speaker(
        "정부는 내년 예산안을 발표했다.\n\n김영호 장관은 “경제 회복이 최우선 과제”라고 말했다. 야당은 계획을 비판했다.",
        "정부가 새 예산안을 공개했다.\n\n“경제 회복이 최우선 과제”라고 김영호 장관은 밝혔다. 지방 정부는 결정을 환영했다.",
        "김영호 장관",
    );
}

#[test]
fn a_hindi_pair_shares_a_quote_and_its_speaker() {
    assert_one_shared_quote_one_speaker(
        "सरकार ने अगले साल का बजट पेश किया।\n\nवित्त मंत्री सीतारमण ने कहा, \"हम रोज़गार को स्थिर रखेंगे।\" विपक्ष ने योजना की आलोचना की।",
        "नया बजट पेश किया गया।\n\n\"हम रोज़गार को स्थिर रखेंगे,\" वित्त मंत्री सीतारमण ने कहा। राज्यों ने फैसले का स्वागत किया।",
        "वित्त मंत्री सीतारमण",
    );
}

/// Chinese, Japanese and Korean write a date with its units (`10月21日`, `10월 21일`): its
/// numbers are not counts, as a number beside an English month name is not; counts stay.
#[test]
fn dates_written_with_units_are_not_counts() {
    assert_eq!(figures_in("zh", "台风于10月21日凌晨登陆。"), []);
    assert_eq!(figures_in("ja", "北浜市では2日夜から大雪となった。"), []);
    assert_eq!(figures_in("ko", "태풍이 10월 21일 상륙했다."), []);
    assert_eq!(figures_in("zh", "台风造成3人死亡。").len(), 1);
}
