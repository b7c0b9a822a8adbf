//! Sentence boundaries in the languages beyond English (issue 18): golden-rule cases per
//! language, each an input text and the sentences it holds, written for the project (the
//! held-out sets of the issue, pySBD's cases and the UD PUD treebanks, are not used).
//!
//! A text is cut with the tables of its language (`Language::from_code`), as a document
//! detected or set to that language is. Every language must cut at least
//! [`MIN_SHARE`] of its cases exactly; `cargo test --test sentences -- --nocapture` prints
//! each language's score and every miss.

use parallax_engine::lang::Language;
use parallax_engine::text::segment::segment_in;

/// Share of a language's cases that must be cut exactly (the target).
const MIN_SHARE: f64 = 0.9;

/// Language code, text, the sentences expected.
type Case = (&'static str, &'static str, &'static [&'static str]);

const CASES: &[Case] = &[
    // German: titles, abbreviations that do not end a sentence, ordinal dates, and those that
    // do before a word that opens a sentence.
    (
        "de",
        "Dr. Weber kam am Montag. Er blieb.",
        &["Dr. Weber kam am Montag.", "Er blieb."],
    ),
    (
        "de",
        "Prof. Dr. Anna Kühn leitet das Institut.",
        &["Prof. Dr. Anna Kühn leitet das Institut."],
    ),
    (
        "de",
        "Das Treffen ist am 3. März in Bonn.",
        &["Das Treffen ist am 3. März in Bonn."],
    ),
    (
        "de",
        "Viele Länder, z. B. Polen, stimmten zu.",
        &["Viele Länder, z. B. Polen, stimmten zu."],
    ),
    (
        "de",
        "Es gab Äpfel, Birnen usw. Die Ernte war gut.",
        &["Es gab Äpfel, Birnen usw.", "Die Ernte war gut."],
    ),
    (
        "de",
        "Er wohnt in der Hauptstr. 5 in Köln.",
        &["Er wohnt in der Hauptstr. 5 in Köln."],
    ),
    (
        "de",
        "Der Schaden betrug ca. 3 Mio. Euro.",
        &["Der Schaden betrug ca. 3 Mio. Euro."],
    ),
    (
        "de",
        "Sie kamen aus Nordrhein-Westfalen bzw. Hessen.",
        &["Sie kamen aus Nordrhein-Westfalen bzw. Hessen."],
    ),
    (
        "de",
        "Das gilt ab dem 1. Januar. Danach nicht mehr.",
        &["Das gilt ab dem 1. Januar.", "Danach nicht mehr."],
    ),
    (
        "de",
        "Hr. Maier sprach zuerst. Dann folgte Fr. Schulz.",
        &["Hr. Maier sprach zuerst.", "Dann folgte Fr. Schulz."],
    ),
    (
        "de",
        "Der 2. Weltkrieg endete 1945. Deutschland war zerstört.",
        &["Der 2. Weltkrieg endete 1945.", "Deutschland war zerstört."],
    ),
    (
        "de",
        "Die Firma Müller u. Co. KG zahlte.",
        &["Die Firma Müller u. Co. KG zahlte."],
    ),
    // French.
    (
        "fr",
        "M. Dupont est arrivé lundi. Il est reparti mardi.",
        &["M. Dupont est arrivé lundi.", "Il est reparti mardi."],
    ),
    (
        "fr",
        "Mme Martin et Mlle Petit ont voté.",
        &["Mme Martin et Mlle Petit ont voté."],
    ),
    (
        "fr",
        "Le Dr Lefèvre a opéré. La patiente va bien.",
        &["Le Dr Lefèvre a opéré.", "La patiente va bien."],
    ),
    (
        "fr",
        "Il habite au 12, av. Victor-Hugo à Lyon.",
        &["Il habite au 12, av. Victor-Hugo à Lyon."],
    ),
    (
        "fr",
        "Des pays, p. ex. la Belgique, ont refusé.",
        &["Des pays, p. ex. la Belgique, ont refusé."],
    ),
    (
        "fr",
        "Voir la p. 12 du rapport.",
        &["Voir la p. 12 du rapport."],
    ),
    (
        "fr",
        "Le débat a duré trois heures. Les élus sont partis.",
        &["Le débat a duré trois heures.", "Les élus sont partis."],
    ),
    (
        "fr",
        "Il a vendu des pommes, des poires, etc. Le marché a fermé.",
        &[
            "Il a vendu des pommes, des poires, etc.",
            "Le marché a fermé.",
        ],
    ),
    (
        "fr",
        "Pourquoi ? Personne ne le sait.",
        &["Pourquoi ?", "Personne ne le sait."],
    ),
    (
        "fr",
        "Le prix a atteint 1,5 million. C'est un record.",
        &["Le prix a atteint 1,5 million.", "C'est un record."],
    ),
    (
        "fr",
        "Selon MM. Durand et Blanc, tout va bien.",
        &["Selon MM. Durand et Blanc, tout va bien."],
    ),
    // Spanish.
    (
        "es",
        "El Sr. García llegó ayer. Se fue hoy.",
        &["El Sr. García llegó ayer.", "Se fue hoy."],
    ),
    (
        "es",
        "La Sra. López y la Dra. Ruiz hablaron.",
        &["La Sra. López y la Dra. Ruiz hablaron."],
    ),
    (
        "es",
        "Viajó a EE. UU. en mayo.",
        &["Viajó a EE. UU. en mayo."],
    ),
    (
        "es",
        "¿Vendrá mañana? No lo sabemos.",
        &["¿Vendrá mañana?", "No lo sabemos."],
    ),
    (
        "es",
        "¡Qué sorpresa! Todos aplaudieron.",
        &["¡Qué sorpresa!", "Todos aplaudieron."],
    ),
    (
        "es",
        "Dijo que no. Luego se marchó.",
        &["Dijo que no.", "Luego se marchó."],
    ),
    (
        "es",
        "Vive en la Avda. de la Constitución, núm. 4.",
        &["Vive en la Avda. de la Constitución, núm. 4."],
    ),
    (
        "es",
        "Compraron pan, leche, etc. Después volvieron.",
        &["Compraron pan, leche, etc.", "Después volvieron."],
    ),
    (
        "es",
        "El Lic. Pérez firmó el acuerdo.",
        &["El Lic. Pérez firmó el acuerdo."],
    ),
    (
        "es",
        "Hubo 2,5 millones de votos. El resultado se conoció tarde.",
        &[
            "Hubo 2,5 millones de votos.",
            "El resultado se conoció tarde.",
        ],
    ),
    // Italian.
    (
        "it",
        "Il Sig. Rossi è arrivato. Poi è ripartito.",
        &["Il Sig. Rossi è arrivato.", "Poi è ripartito."],
    ),
    (
        "it",
        "Il dott. Bianchi ha parlato con l'avv. Neri.",
        &["Il dott. Bianchi ha parlato con l'avv. Neri."],
    ),
    (
        "it",
        "La Prof. Conti insegna a Bologna.",
        &["La Prof. Conti insegna a Bologna."],
    ),
    (
        "it",
        "Ha comprato mele, pere, ecc. Poi è tornato.",
        &["Ha comprato mele, pere, ecc.", "Poi è tornato."],
    ),
    (
        "it",
        "Abita in via Roma n. 10 a Milano.",
        &["Abita in via Roma n. 10 a Milano."],
    ),
    (
        "it",
        "Il voto è stato rinviato. Nessuno sa perché.",
        &["Il voto è stato rinviato.", "Nessuno sa perché."],
    ),
    (
        "it",
        "Lo ha detto l'on. Ferri in aula.",
        &["Lo ha detto l'on. Ferri in aula."],
    ),
    (
        "it",
        "Alcuni paesi, ad es. la Francia, hanno votato contro.",
        &["Alcuni paesi, ad es. la Francia, hanno votato contro."],
    ),
    (
        "it",
        "Il costo è di 1,2 milioni. Troppo, secondo l'opposizione.",
        &[
            "Il costo è di 1,2 milioni.",
            "Troppo, secondo l'opposizione.",
        ],
    ),
    // Portuguese.
    (
        "pt",
        "O Sr. Silva chegou ontem. Saiu hoje.",
        &["O Sr. Silva chegou ontem.", "Saiu hoje."],
    ),
    (
        "pt",
        "A Sra. Costa e a Dra. Lima falaram.",
        &["A Sra. Costa e a Dra. Lima falaram."],
    ),
    (
        "pt",
        "O Eng. Santos apresentou o projeto.",
        &["O Eng. Santos apresentou o projeto."],
    ),
    (
        "pt",
        "Compraram arroz, feijão etc. Depois voltaram.",
        &["Compraram arroz, feijão etc.", "Depois voltaram."],
    ),
    (
        "pt",
        "Ele mora na Av. Paulista, nº 100.",
        &["Ele mora na Av. Paulista, nº 100."],
    ),
    (
        "pt",
        "A votação foi adiada. Ninguém sabe por quê.",
        &["A votação foi adiada.", "Ninguém sabe por quê."],
    ),
    (
        "pt",
        "O Prof. Almeida discordou. Os alunos concordaram.",
        &["O Prof. Almeida discordou.", "Os alunos concordaram."],
    ),
    (
        "pt",
        "Foram 1,5 milhão de votos. O resultado saiu tarde.",
        &["Foram 1,5 milhão de votos.", "O resultado saiu tarde."],
    ),
    (
        "pt",
        "Disse que não. Depois foi embora.",
        &["Disse que não.", "Depois foi embora."],
    ),
    // Dutch.
    (
        "nl",
        "Dhr. Jansen kwam maandag. Hij bleef kort.",
        &["Dhr. Jansen kwam maandag.", "Hij bleef kort."],
    ),
    (
        "nl",
        "Mevr. de Vries en dr. Bakker spraken.",
        &["Mevr. de Vries en dr. Bakker spraken."],
    ),
    (
        "nl",
        "Veel landen, bijv. België, stemden voor.",
        &["Veel landen, bijv. België, stemden voor."],
    ),
    (
        "nl",
        "Ze kochten appels, peren enz. De markt sloot.",
        &["Ze kochten appels, peren enz.", "De markt sloot."],
    ),
    (
        "nl",
        "Het kost ca. 3 miljoen euro.",
        &["Het kost ca. 3 miljoen euro."],
    ),
    (
        "nl",
        "Prof. Visser gaf een lezing. Het was druk.",
        &["Prof. Visser gaf een lezing.", "Het was druk."],
    ),
    (
        "nl",
        "De stemming is uitgesteld. Niemand weet waarom.",
        &["De stemming is uitgesteld.", "Niemand weet waarom."],
    ),
    (
        "nl",
        "Zie blz. 12 van het rapport.",
        &["Zie blz. 12 van het rapport."],
    ),
    (
        "nl",
        "Ir. Smit leidde het project, o.a. de bouw.",
        &["Ir. Smit leidde het project, o.a. de bouw."],
    ),
    // Russian.
    (
        "ru",
        "В 2015 г. город вырос. Потом рост замедлился.",
        &["В 2015 г. город вырос.", "Потом рост замедлился."],
    ),
    (
        "ru",
        "А. С. Пушкин родился в Москве.",
        &["А. С. Пушкин родился в Москве."],
    ),
    (
        "ru",
        "Проф. Иванов выступил первым. Затем говорил министр.",
        &["Проф. Иванов выступил первым.", "Затем говорил министр."],
    ),
    (
        "ru",
        "Ущерб составил 5 млн. руб. Страховка его покроет.",
        &["Ущерб составил 5 млн. руб.", "Страховка его покроет."],
    ),
    (
        "ru",
        "Он живёт на ул. Ленина в Казани.",
        &["Он живёт на ул. Ленина в Казани."],
    ),
    (
        "ru",
        "Многие страны, т. е. почти все, согласились.",
        &["Многие страны, т. е. почти все, согласились."],
    ),
    (
        "ru",
        "Было продано 300 тыс. билетов.",
        &["Было продано 300 тыс. билетов."],
    ),
    (
        "ru",
        "Кто виноват? Никто не знает.",
        &["Кто виноват?", "Никто не знает."],
    ),
    (
        "ru",
        "Он купил хлеб, молоко и т. д. Потом ушёл.",
        &["Он купил хлеб, молоко и т. д.", "Потом ушёл."],
    ),
    ("ru", "См. рис. 3 в докладе.", &["См. рис. 3 в докладе."]),
    // Ukrainian.
    (
        "uk",
        "Проф. Коваль виступив першим. Потім говорив міністр.",
        &["Проф. Коваль виступив першим.", "Потім говорив міністр."],
    ),
    (
        "uk",
        "Він живе на вул. Хрещатик у Києві.",
        &["Він живе на вул. Хрещатик у Києві."],
    ),
    (
        "uk",
        "У 2014 р. місто змінилося. Тепер воно інше.",
        &["У 2014 р. місто змінилося.", "Тепер воно інше."],
    ),
    (
        "uk",
        "Т. Г. Шевченко народився в селі Моринці.",
        &["Т. Г. Шевченко народився в селі Моринці."],
    ),
    (
        "uk",
        "Збитки сягнули 5 млн грн. Страховка їх покриє.",
        &["Збитки сягнули 5 млн грн.", "Страховка їх покриє."],
    ),
    (
        "uk",
        "Було продано 200 тис. квитків.",
        &["Було продано 200 тис. квитків."],
    ),
    (
        "uk",
        "Хто винен? Ніхто не знає.",
        &["Хто винен?", "Ніхто не знає."],
    ),
    (
        "uk",
        "Він купив хліб, молоко тощо. Потім пішов.",
        &["Він купив хліб, молоко тощо.", "Потім пішов."],
    ),
    ("uk", "Див. с. 12 у звіті.", &["Див. с. 12 у звіті."]),
    (
        "uk",
        "Багато країн, напр. Польща, погодилися.",
        &["Багато країн, напр. Польща, погодилися."],
    ),
    // Polish.
    (
        "pl",
        "Dr Nowak przyjechał w poniedziałek. Został dwa dni.",
        &["Dr Nowak przyjechał w poniedziałek.", "Został dwa dni."],
    ),
    (
        "pl",
        "Prof. Kowalski i mgr inż. Wiśniewska mówili.",
        &["Prof. Kowalski i mgr inż. Wiśniewska mówili."],
    ),
    (
        "pl",
        "Wiele krajów, np. Czechy, głosowało za.",
        &["Wiele krajów, np. Czechy, głosowało za."],
    ),
    ("pl", "Przyszło ok. 200 osób.", &["Przyszło ok. 200 osób."]),
    (
        "pl",
        "Mieszka przy ul. Długiej w Gdańsku.",
        &["Mieszka przy ul. Długiej w Gdańsku."],
    ),
    (
        "pl",
        "Kupił chleb, mleko itd. Potem wyszedł.",
        &["Kupił chleb, mleko itd.", "Potem wyszedł."],
    ),
    (
        "pl",
        "Spotkanie jest 5 maja o godz. 10 w ratuszu.",
        &["Spotkanie jest 5 maja o godz. 10 w ratuszu."],
    ),
    (
        "pl",
        "Kto zawinił? Nikt nie wie.",
        &["Kto zawinił?", "Nikt nie wie."],
    ),
    (
        "pl",
        "Ks. Malinowski odprawił mszę. Wierni wyszli.",
        &["Ks. Malinowski odprawił mszę.", "Wierni wyszli."],
    ),
    (
        "pl",
        "Straty wyniosły 3 mln zł. Ubezpieczenie je pokryje.",
        &["Straty wyniosły 3 mln zł.", "Ubezpieczenie je pokryje."],
    ),
    // Turkish.
    (
        "tr",
        "Prof. Dr. Ayşe Demir konuştu. Salon doluydu.",
        &["Prof. Dr. Ayşe Demir konuştu.", "Salon doluydu."],
    ),
    (
        "tr",
        "Doç. Dr. Mehmet Kaya açıklama yaptı.",
        &["Doç. Dr. Mehmet Kaya açıklama yaptı."],
    ),
    (
        "tr",
        "Av. Zeynep Arslan davayı üstlendi.",
        &["Av. Zeynep Arslan davayı üstlendi."],
    ),
    (
        "tr",
        "Toplantı 5 Mayıs'ta yapılacak. Herkes davetli.",
        &["Toplantı 5 Mayıs'ta yapılacak.", "Herkes davetli."],
    ),
    (
        "tr",
        "Elma, armut vb. meyveler satıldı.",
        &["Elma, armut vb. meyveler satıldı."],
    ),
    (
        "tr",
        "Atatürk Cad. No. 5 adresinde oturuyor.",
        &["Atatürk Cad. No. 5 adresinde oturuyor."],
    ),
    (
        "tr",
        "Kim suçlu? Kimse bilmiyor.",
        &["Kim suçlu?", "Kimse bilmiyor."],
    ),
    (
        "tr",
        "Yaklaşık 2,5 milyon kişi oy kullandı. Sonuç gece açıklandı.",
        &[
            "Yaklaşık 2,5 milyon kişi oy kullandı.",
            "Sonuç gece açıklandı.",
        ],
    ),
    (
        "tr",
        "Bu karar, örn. Ankara'yı etkiliyor.",
        &["Bu karar, örn. Ankara'yı etkiliyor."],
    ),
    (
        "tr",
        "Yrd. Doç. Ali Yılmaz da oradaydı.",
        &["Yrd. Doç. Ali Yılmaz da oradaydı."],
    ),
    // Arabic.
    (
        "ar",
        "وصل د. أحمد علي أمس. وغادر اليوم.",
        &["وصل د. أحمد علي أمس.", "وغادر اليوم."],
    ),
    (
        "ar",
        "هل انتهت الأزمة؟ لا أحد يعرف.",
        &["هل انتهت الأزمة؟", "لا أحد يعرف."],
    ),
    (
        "ar",
        "قال أ. محمد حسن إن الوضع مستقر.",
        &["قال أ. محمد حسن إن الوضع مستقر."],
    ),
    (
        "ar",
        "ارتفعت الأسعار بنسبة ٥٪. وانخفض الطلب.",
        &["ارتفعت الأسعار بنسبة ٥٪.", "وانخفض الطلب."],
    ),
    (
        "ar",
        "اجتمع الوزراء في القاهرة. وناقشوا الميزانية.",
        &["اجتمع الوزراء في القاهرة.", "وناقشوا الميزانية."],
    ),
    (
        "ar",
        "حضر م. خالد يوسف الاجتماع.",
        &["حضر م. خالد يوسف الاجتماع."],
    ),
    (
        "ar",
        "بلغت الخسائر ٣٫٥ مليون دولار. وهذا رقم قياسي.",
        &["بلغت الخسائر ٣٫٥ مليون دولار.", "وهذا رقم قياسي."],
    ),
    (
        "ar",
        "«لن نتراجع»، قال الوزير. ثم غادر القاعة.",
        &["«لن نتراجع»، قال الوزير.", "ثم غادر القاعة."],
    ),
    (
        "ar",
        "ماذا حدث؟! لا أحد يجيب.",
        &["ماذا حدث؟!", "لا أحد يجيب."],
    ),
    // Chinese.
    (
        "zh",
        "会议于周一开始。代表们讨论了预算。",
        &["会议于周一开始。", "代表们讨论了预算。"],
    ),
    (
        "zh",
        "他问：“为什么？”没有人回答。",
        &["他问：“为什么？”", "没有人回答。"],
    ),
    (
        "zh",
        "增长率为3.5%。这是十年来最高的。",
        &["增长率为3.5%。", "这是十年来最高的。"],
    ),
    (
        "zh",
        "真的吗？！大家都很惊讶。",
        &["真的吗？！", "大家都很惊讶。"],
    ),
    (
        "zh",
        "他说：“我们会继续。我们不会放弃。”然后离开了。",
        &["他说：“我们会继续。我们不会放弃。”", "然后离开了。"],
    ),
    (
        "zh",
        "王毅表示，中方支持对话。各方应保持克制。",
        &["王毅表示，中方支持对话。", "各方应保持克制。"],
    ),
    (
        "zh",
        "公司名为ABC Inc.，总部在上海。",
        &["公司名为ABC Inc.，总部在上海。"],
    ),
    ("zh", "这件事……大家都知道。", &["这件事……大家都知道。"]),
    (
        "zh",
        "洪水造成2.3万人撤离。救援仍在进行！",
        &["洪水造成2.3万人撤离。", "救援仍在进行！"],
    ),
    // Japanese.
    (
        "ja",
        "会議は月曜日に始まった。代表は予算を議論した。",
        &["会議は月曜日に始まった。", "代表は予算を議論した。"],
    ),
    (
        "ja",
        "市長は「安全を優先する。」と述べた。",
        &["市長は「安全を優先する。」と述べた。"],
    ),
    (
        "ja",
        "成長率は３．５％だった。過去十年で最高だ。",
        &["成長率は３．５％だった。", "過去十年で最高だ。"],
    ),
    (
        "ja",
        "本当ですか？誰も答えなかった。",
        &["本当ですか？", "誰も答えなかった。"],
    ),
    (
        "ja",
        "雨は続いた！避難者は２万人に上った。",
        &["雨は続いた！", "避難者は２万人に上った。"],
    ),
    (
        "ja",
        "田中氏は「まだ終わっていない。来週も続ける」と話した。",
        &["田中氏は「まだ終わっていない。来週も続ける」と話した。"],
    ),
    (
        "ja",
        "被害額は1.5億円に達した。保険で補う。",
        &["被害額は1.5億円に達した。", "保険で補う。"],
    ),
    ("ja", "それは……分からない。", &["それは……分からない。"]),
    (
        "ja",
        "同社（本社・東京）は声明を出した。株価は下がった。",
        &["同社（本社・東京）は声明を出した。", "株価は下がった。"],
    ),
    // Korean.
    (
        "ko",
        "회의는 월요일에 시작됐다. 대표들은 예산을 논의했다.",
        &["회의는 월요일에 시작됐다.", "대표들은 예산을 논의했다."],
    ),
    (
        "ko",
        "성장률은 3.5%였다. 10년 만에 최고다.",
        &["성장률은 3.5%였다.", "10년 만에 최고다."],
    ),
    (
        "ko",
        "정말인가? 아무도 답하지 않았다.",
        &["정말인가?", "아무도 답하지 않았다."],
    ),
    (
        "ko",
        "김 장관은 “안전이 우선이다.”라고 말했다.",
        &["김 장관은 “안전이 우선이다.”라고 말했다."],
    ),
    (
        "ko",
        "피해액은 1조 원에 달했다! 보험으로 보전한다.",
        &["피해액은 1조 원에 달했다!", "보험으로 보전한다."],
    ),
    (
        "ko",
        "Samsung Electronics Co. 주가가 올랐다.",
        &["Samsung Electronics Co. 주가가 올랐다."],
    ),
    (
        "ko",
        "사과, 배 등. 과일이 많이 팔렸다.",
        &["사과, 배 등.", "과일이 많이 팔렸다."],
    ),
    (
        "ko",
        "Dr. 김민수가 발표했다. 청중은 박수를 쳤다.",
        &["Dr. 김민수가 발표했다.", "청중은 박수를 쳤다."],
    ),
    (
        "ko",
        "그는 떠났다... 아무도 몰랐다.",
        &["그는 떠났다...", "아무도 몰랐다."],
    ),
    // Vietnamese.
    (
        "vi",
        "TS. Nguyễn Văn An phát biểu. Hội trường kín chỗ.",
        &["TS. Nguyễn Văn An phát biểu.", "Hội trường kín chỗ."],
    ),
    (
        "vi",
        "Ông sống ở TP. Hồ Chí Minh từ năm 2010.",
        &["Ông sống ở TP. Hồ Chí Minh từ năm 2010."],
    ),
    (
        "vi",
        "PGS. TS. Lê Thị Hoa là trưởng nhóm.",
        &["PGS. TS. Lê Thị Hoa là trưởng nhóm."],
    ),
    (
        "vi",
        "Giá tăng 2,5%. Người dân lo lắng.",
        &["Giá tăng 2,5%.", "Người dân lo lắng."],
    ),
    (
        "vi",
        "Ai chịu trách nhiệm? Chưa ai trả lời.",
        &["Ai chịu trách nhiệm?", "Chưa ai trả lời."],
    ),
    (
        "vi",
        "ThS. Phạm Minh Đức trình bày báo cáo.",
        &["ThS. Phạm Minh Đức trình bày báo cáo."],
    ),
    (
        "vi",
        "Có khoảng 2.300 người sơ tán. Mưa vẫn tiếp tục.",
        &["Có khoảng 2.300 người sơ tán.", "Mưa vẫn tiếp tục."],
    ),
    (
        "vi",
        "BS. Trần Văn Bình cho biết bệnh nhân đã ổn.",
        &["BS. Trần Văn Bình cho biết bệnh nhân đã ổn."],
    ),
    (
        "vi",
        "Trụ sở ở P. Bến Nghé, Q. 1.",
        &["Trụ sở ở P. Bến Nghé, Q. 1."],
    ),
    (
        "vi",
        "Cuộc họp kết thúc lúc 5 giờ. Các bên sẽ gặp lại.",
        &["Cuộc họp kết thúc lúc 5 giờ.", "Các bên sẽ gặp lại."],
    ),
    // Hindi.
    (
        "hi",
        "बैठक सोमवार को शुरू हुई। प्रतिनिधियों ने बजट पर चर्चा की।",
        &["बैठक सोमवार को शुरू हुई।", "प्रतिनिधियों ने बजट पर चर्चा की।"],
    ),
    (
        "hi",
        "डॉ. शर्मा ने भाषण दिया। सभा में भीड़ थी।",
        &["डॉ. शर्मा ने भाषण दिया।", "सभा में भीड़ थी।"],
    ),
    (
        "hi",
        "क्या संकट खत्म हुआ? कोई नहीं जानता।",
        &["क्या संकट खत्म हुआ?", "कोई नहीं जानता।"],
    ),
    (
        "hi",
        "विकास दर 3.5% रही। यह दस साल में सबसे अधिक है।",
        &["विकास दर 3.5% रही।", "यह दस साल में सबसे अधिक है।"],
    ),
    (
        "hi",
        "प्रो. वर्मा ने रिपोर्ट पेश की।",
        &["प्रो. वर्मा ने रिपोर्ट पेश की।"],
    ),
    (
        "hi",
        "श्री राम कुमार ने कहा कि काम जारी रहेगा।",
        &["श्री राम कुमार ने कहा कि काम जारी रहेगा।"],
    ),
    (
        "hi",
        "नुकसान 5 करोड़ रुपये का हुआ। बीमा इसे पूरा करेगा।",
        &["नुकसान 5 करोड़ रुपये का हुआ।", "बीमा इसे पूरा करेगा।"],
    ),
    (
        "hi",
        "यह सच है! सबने ताली बजाई।",
        &["यह सच है!", "सबने ताली बजाई।"],
    ),
    (
        "hi",
        "ए. पी. जे. अब्दुल कलाम का जन्म 1931 में हुआ।",
        &["ए. पी. जे. अब्दुल कलाम का जन्म 1931 में हुआ।"],
    ),
];

/// The sentences `text` is cut into in the language `code`.
fn cut<'t>(code: &str, text: &'t str) -> Vec<&'t str> {
    segment_in(text, Language::from_code(code).tables())
        .iter()
        .map(|s| s.span.of(text))
        .collect()
}

#[test]
fn every_language_cuts_its_own_cases() {
    let mut codes: Vec<&str> = CASES.iter().map(|c| c.0).collect();
    codes.dedup();
    let mut short = Vec::new();
    for code in codes {
        let cases: Vec<&Case> = CASES.iter().filter(|c| c.0 == code).collect();
        let mut right = 0;
        for (_, text, want) in &cases {
            let got = cut(code, text);
            if got == *want {
                right += 1;
            } else {
                println!("{code} miss: {text:?} -> {got:?}");
            }
        }
        let share = right as f64 / cases.len() as f64;
        println!("{code}: {right}/{} ({:.0}%)", cases.len(), 100.0 * share);
        if share < MIN_SHARE {
            short.push(code);
        }
    }
    assert!(short.is_empty(), "under {MIN_SHARE}: {short:?}");
}
