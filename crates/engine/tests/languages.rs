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
