//! Quotations and who the text says spoke them, per document. (Which quotes of different
//! documents are the same is [`crate::analysis::quote_groups`].)
//!
//! **Extraction** works line by line (a quote never runs over a line break; a quote left open
//! at the end of a paragraph ends there, as news style reopens it in the next paragraph):
//!
//! * double quotes: `“…”`, `„…“`, `«…»`, `»…«`, the corner brackets of Chinese and Japanese
//!   `「…」` and `『…』`, and straight `"…"`, which open after white space or an opening bracket
//!   and close otherwise;
//! * single quotes (`‘…’`, `'…'`) inside a double quote are part of it (a nested quote); on
//!   their own they are a quote when they hold at least [`MIN_QUOTE_WORDS`] words and are not
//!   apostrophes (`Russia's`, `countries'` never open one);
//! * a quote is the text inside its marks without surrounding space and without trailing `,`
//!   `;` `:` or a lone `.`; quotes of fewer than [`MIN_QUOTE_WORDS`] words (scare quotes such as
//!   “irritants”) are left out.
//!
//! **Attribution** reads the sentence around the quote:
//!
//! | where                      | pattern                                               | example |
//! |----------------------------|-------------------------------------------------------|---------|
//! | after the closing mark     | name, reporting verb                                  | `…,” Tillerson said` / `…", Tillerson told reporters` |
//! | after the closing mark     | reporting verb, name                                  | `…," said Lavrov` |
//! | after the closing mark     | reporting verb, title or description, name closing the clause | `…», — сказал глава города Игорь Белов.` / `…», dijo el jefe de operaciones, Andrés Puig.` |
//! | after the closing mark     | title, name, reporting verb                           | `…”, Chủ tịch UBND tỉnh Phạm Quốc Bảo cho biết.` |
//! | after the closing mark     | honorific, name, description set off by commas, verb  | `…”, ông Trần Văn Hùng, Phó Chủ tịch UBND tỉnh, cho biết.` |
//! | before the opening mark    | name, reporting verb (`that`, `,` or `:` may follow)  | `Tillerson said, “We need…”` |
//! | before the opening mark    | name, description set off by commas, verb             | `Bà Nguyễn Thị Lan, một người dân xã Tân Phú, nói: “…”` |
//! | after the closing mark     | verb ending the sentence: the name it opens with       | `Erdoğan, “…” dedi.` |
//! | anywhere in the sentence   | `according to` name (`selon`, `según`, `laut`, `secondo`, `segundo`, `volgens`, `по словам`) | `according to Lavrov, "…"` |
//! | nothing found              | the speaker of the previous quote in the paragraph     | a quote that goes on after an attributed one |
//!
//! Chinese and Japanese write names without capitals and words without spaces: there the name
//! is what stands between the quote (or the sentence start) and a reporting verb (`“…”王毅说。`,
//! `王毅表示：“…”`), or the subject marked by `は`/`が` before the quote when the verb follows it
//! (`首相は「…」と述べた。`, `市長は記者会見で「…」と述べた。`; of `気象台の佐藤予報官` the person).
//!
//! Arabic has no capitals either: there the speaker is the words right after a reporting verb
//! (`وقال الوزير: «…»`, `«…»، قال المتحدث باسم الحكومة.`), up to `إن`/`أن` or punctuation, or
//! the name after a title and its dot (`قال مدير المستشفى د. سامي حداد إن «…»`: `سامي حداد`).
//!
//! Korean ends the sentence with the verb, after the quote and its quotative ending: the
//! speaker is the word that carries a subject particle (`은 는 이 가`), without it, with the word
//! before it (`김 장관은 “…”라고 말했다`, `“…”라고 김 장관이 밝혔다`). Hindi marks the speaker
//! with `ने` before the verb (`मोदी ने कहा, “…”`, `“…”, मोदी ने कहा।`, `उन्होंने कहा`).
//!
//! The reporting verbs are the language's and those of German, French, Spanish, Italian,
//! Portuguese, Dutch, Russian and Turkish news ([`crate::lang::common::OTHER_REPORTING_VERBS`]),
//! an auxiliary before one going with it (`a déclaré`, `ha detto`, the Turkish `diye konuştu`),
//! and Vietnamese verbs of two words (`cho biết`), compared folded so that composed and
//! decomposed text read the same.
//!
//! A name is a run of capitalised words (with `of`, `al`, `de`, … between them), kept as
//! written: `Tillerson`, `Rex Tillerson`, `Mr Tillerson`. A pronoun (`he said`, the French
//! inverted `a-t-il affirmé`, `estime-t-elle`) stands for the closer of the last named speaker
//! of the same or the previous paragraph and the last person (a name of at least
//! [`MIN_PERSON_WORDS`] words) the paragraph names before the quote (`Le ministre, M. Olivier
//! Lambert, a appelé au dialogue. « … », a-t-il affirmé.`), or for nobody.

use crate::base::Span;
use crate::lang::common::{
    is_unspaced, ACCORDING_TO, ARABIC_NAME_ENDS, ARABIC_REPORTING_VERBS, AUXILIARIES, HINDI_AGENT,
    HINDI_REPORTING_VERBS, KOREAN_QUOTATIVES, KOREAN_REPORTING_VERBS, KOREAN_SUBJECT_PARTICLES,
    OTHER_PRONOUNS, OTHER_REPORTING_VERBS, OTHER_TITLES, SUBJECT_PARTICLES,
    UNSPACED_REPORTING_VERBS, VIETNAMESE_HONORIFICS, VIETNAMESE_REPORTING_VERBS,
};
use crate::lang::{listed, Language, Tables};
use crate::text::normalize::{fold, lowercase, tokenize, tokens_of, TokenKind};
use crate::text::Sentence;

/// Fewest words a quotation needs; one quoted word is a scare quote, not a statement.
pub const MIN_QUOTE_WORDS: usize = 2;

/// A quotation in a document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quote {
    /// The quoted words, inside the marks.
    pub span: Span,
    /// Who the text says spoke them, as written, and where.
    pub speaker: Option<Speaker>,
}

/// An attribution.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Speaker {
    /// The name as the document gives it (`Tillerson`, `Rex Tillerson`).
    pub name: String,
    /// Where the name stands in the document (for a pronoun, the pronoun).
    pub span: Span,
}

impl Speaker {
    /// The key that identifies a person across documents: the folded last word of the name
    /// (`Rex Tillerson`, `Mr Tillerson` and `Tillerson` are one person).
    pub fn key(&self) -> String {
        fold(self.name.split_whitespace().last().unwrap_or(""))
    }
}

/// The quotations of a document, in order, with their speakers (with the default language's
/// tables).
pub fn extract(text: &str, sentences: &[Sentence]) -> Vec<Quote> {
    extract_in(text, sentences, Language::default().tables())
}

/// The quotations of a document in language `lang`, in order, with their speakers.
pub fn extract_in(text: &str, sentences: &[Sentence], lang: &Tables) -> Vec<Quote> {
    let mut quotes: Vec<Quote> = Vec::new();
    let mut line_start = 0;
    // Named speakers of the current and the previous paragraph, for pronouns.
    let mut recent: Vec<(usize, Speaker)> = Vec::new();
    let mut paragraph = 0;
    for line in text.split_inclusive('\n') {
        if !line.trim().is_empty() {
            paragraph += 1;
        }
        let first_in_line = quotes.len();
        for span in quote_spans(line, line_start) {
            let attributed = attribution(text, sentences, span, lang);
            let speaker = match attributed {
                Some(s) if is_pronoun(&s.name, lang) => {
                    let speaker = recent
                        .iter()
                        .rev()
                        .find(|(p, _)| p + 1 >= paragraph)
                        .map(|(_, named)| named.clone());
                    let before = Span::new(line_start, opening_mark_start(text, span.start));
                    closer(speaker, last_person(text, before, lang))
                }
                Some(s) => Some(s),
                // Goes on after an attributed quote in the same paragraph.
                None => quotes[first_in_line..]
                    .iter()
                    .rev()
                    .find_map(|q| q.speaker.clone()),
            };
            if let Some(s) = &speaker {
                recent.push((paragraph, s.clone()));
            }
            quotes.push(Quote { span, speaker });
        }
        line_start += line.len();
    }
    quotes
}

/// Fewest words of a name that the antecedent of a pronoun may be without having spoken
/// (`Olivier Lambert`): a single capitalised word is as often a place or a body.
pub const MIN_PERSON_WORDS: usize = 2;

/// The last person `text[range]` names: the last run of capitalised words of at least
/// [`MIN_PERSON_WORDS`] words (`M. Olivier Lambert`: `Olivier Lambert`).
fn last_person(text: &str, range: Span, lang: &Tables) -> Option<Speaker> {
    let words = words_of(text, range);
    let mut last = None;
    let mut k = 0;
    while k < words.len() {
        match name_after(&words, k, lang) {
            Some(name) => {
                let length = name.name.split(' ').count();
                if length >= MIN_PERSON_WORDS {
                    last = Some(name);
                }
                k += length;
            }
            None => k += 1,
        }
    }
    last
}

/// Of two candidate antecedents, the one named later in the document.
fn closer(a: Option<Speaker>, b: Option<Speaker>) -> Option<Speaker> {
    match (a, b) {
        (Some(a), Some(b)) => Some(if b.span.start > a.span.start { b } else { a }),
        (a, b) => a.or(b),
    }
}

/// What kind of mark opened the current quote.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Open {
    /// Opened by this double mark.
    Double(char),
    Single,
}

/// Whether `close` ends a double quote opened by `open`.
fn closes_double(open: char, close: char) -> bool {
    match open {
        '„' => matches!(close, '“' | '”'),
        '«' => close == '»',
        '»' => close == '«',
        '「' => close == '」',
        '『' => close == '』',
        '"' => close == '"',
        _ => close == '”',
    }
}

/// The quotations of one line (`line` starts at byte `offset` of the document).
fn quote_spans(line: &str, offset: usize) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut open: Option<(Open, usize)> = None;
    let mut from = 0;
    while let Some(at) = next_mark(line, from) {
        let Some(c) = line[at..].chars().next() else {
            break;
        };
        let inside = at + c.len_utf8();
        from = inside;
        let before = line[..at].chars().next_back();
        let after = line[inside..].chars().next();
        match (c, open) {
            (_, Some((Open::Double(o), start))) if closes_double(o, c) => {
                spans.push((start, at));
                open = None;
            }
            ('“' | '„' | '«' | '「' | '『', None) => open = Some((Open::Double(c), inside)),
            // `»…«` (German and Scandinavian books and some papers) opens with `»`.
            ('»', None) if opens(before, after) => open = Some((Open::Double(c), inside)),
            ('"', None) if opens(before, after) => open = Some((Open::Double(c), inside)),
            // A double mark inside a single quote ends it (unbalanced text).
            ('"' | '“', Some((Open::Single, _))) => open = Some((Open::Double(c), inside)),
            ('‘' | '\'', None) if opens(before, after) => open = Some((Open::Single, inside)),
            ('’' | '\'', Some((Open::Single, start))) if closes_single(before, after) => {
                spans.push((start, at));
                open = None;
            }
            _ => {}
        }
    }
    if let Some((Open::Double(_), start)) = open {
        spans.push((start, line.len()));
    }
    spans
        .into_iter()
        .filter_map(|(start, end)| trim_quote(line, start, end))
        .map(|(start, end)| Span::new(offset + start, offset + end))
        .collect()
}

/// Where the next character from byte `from` of `line` that may be a quotation mark starts
/// (a character [`quote_spans`] acts on), if any. Every mark is `"`, `'`, or starts with one
/// of three bytes (`«»`: C2; `“”‘’„`: E2; `「」『』`: E3), bytes that only ever start a
/// character: a scan of bytes, not a decoding of every character of the line.
fn next_mark(line: &str, from: usize) -> Option<usize> {
    let rest = line.as_bytes().get(from..)?;
    let k = rest
        .iter()
        .position(|&b| matches!(b, b'"' | b'\'' | 0xC2 | 0xE2 | 0xE3))?;
    Some(from + k)
}

/// Whether a straight or single mark between `before` and `after` opens a quote.
fn opens(before: Option<char>, after: Option<char>) -> bool {
    let space_before = before.is_none_or(|c| c.is_whitespace() || "([{—–-".contains(c));
    let word_after = after.is_some_and(|c| c.is_alphanumeric() || "“‘'\"….".contains(c));
    space_before && word_after
}

/// Whether a single mark closes a single quote (not an apostrophe inside a word).
fn closes_single(before: Option<char>, after: Option<char>) -> bool {
    before.is_some_and(|c| !c.is_whitespace()) && after.is_none_or(|c| !c.is_alphanumeric())
}

/// The quote inside `start..end` without surrounding space and trailing `,;:` or a lone `.`,
/// if it has at least [`MIN_QUOTE_WORDS`] words.
fn trim_quote(line: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let inner = &line[start..end];
    let lead = inner.len() - inner.trim_start().len();
    let mut body = inner.trim();
    loop {
        let trimmed = body.trim_end_matches([',', ';', ':']).trim_end();
        let trimmed = match trimmed.strip_suffix('.') {
            Some(rest) if !rest.ends_with('.') => rest.trim_end(),
            _ => trimmed,
        };
        if trimmed.len() == body.len() {
            break;
        }
        body = trimmed;
    }
    let words = quote_words(body);
    (words >= MIN_QUOTE_WORDS).then_some((start + lead, start + lead + body.len()))
}

/// How many words a quote holds, counting two characters of a script without spaces as one
/// word (a Chinese word is one to three characters): `「改革」` is a scare quote, as
/// “irritants” is.
fn quote_words(body: &str) -> usize {
    let (mut words, mut unspaced) = (0, 0);
    for token in tokens_of(body).filter(|t| t.kind == TokenKind::Word) {
        match body[token.start..token.end].chars().next() {
            Some(c) if is_unspaced(c) => unspaced += 1,
            _ => words += 1,
        }
    }
    words + unspaced / 2
}

/// A word of the text around a quote.
#[derive(Clone, Debug)]
struct Word<'t> {
    text: &'t str,
    span: Span,
    /// Only white space stands between this word and the one before (no comma, no quote).
    joined: bool,
}

/// The words (no punctuation) of `text[range]`, with their spans in the document. A hyphen
/// joins a word (`al-Assad`).
fn words_of(text: &str, range: Span) -> Vec<Word<'_>> {
    let slice = range.of(text);
    let tokens = tokenize(slice);
    let mut words: Vec<Word<'_>> = Vec::new();
    let mut k = 0;
    while k < tokens.len() {
        if tokens[k].kind != TokenKind::Word {
            k += 1;
            continue;
        }
        let start = tokens[k].start;
        let mut end = tokens[k].end;
        // `al-Assad`: word, hyphen, word.
        while k + 2 < tokens.len()
            && &slice[tokens[k + 1].start..tokens[k + 1].end] == "-"
            && tokens[k + 2].kind == TokenKind::Word
        {
            end = tokens[k + 2].end;
            k += 2;
        }
        let joined = words.last().is_some_and(|w: &Word<'_>| {
            text[w.span.end..range.start + start]
                .chars()
                .all(char::is_whitespace)
        });
        words.push(Word {
            text: &slice[start..end],
            span: Span::new(range.start + start, range.start + end),
            joined,
        });
        k += 1;
    }
    words
}

fn is_verb(word: &str, lang: &Tables) -> bool {
    let lower = lowercase(word);
    listed(lang.reporting_verbs, &lower) || listed(OTHER_REPORTING_VERBS, &lower)
}

/// How many words the reporting verb that starts at `words[at]` takes: one for a verb of the
/// language's or another's table ([`is_verb`]), more for a Vietnamese verb of several words
/// (`cho biết`, [`VIETNAMESE_REPORTING_VERBS`], compared folded and joined by white space);
/// `None` when no reporting verb starts there.
fn verb_at(words: &[Word<'_>], at: usize, lang: &Tables) -> Option<usize> {
    let word = words.get(at)?;
    if is_verb(word.text, lang) {
        return Some(1);
    }
    let first = fold(word.text);
    folded_vietnamese_verbs().iter().find_map(|verb| {
        let matches = verb[0] == first
            && words.len() >= at + verb.len()
            && verb[1..]
                .iter()
                .zip(&words[at + 1..])
                .all(|(part, w)| w.joined && *part == fold(w.text));
        matches.then_some(verb.len())
    })
}

/// [`VIETNAMESE_REPORTING_VERBS`] folded, word by word: asked for every word of an
/// attribution, so folded once.
fn folded_vietnamese_verbs() -> &'static [Vec<String>] {
    static FOLDED: std::sync::OnceLock<Vec<Vec<String>>> = std::sync::OnceLock::new();
    FOLDED.get_or_init(|| {
        VIETNAMESE_REPORTING_VERBS
            .iter()
            .map(|verb| verb.split(' ').map(fold).collect())
            .collect()
    })
}

/// Whether `word` is an honorific written before a name ([`VIETNAMESE_HONORIFICS`]: `ông`
/// in `ông Nguyễn Văn A`), compared folded.
fn is_honorific(word: &str) -> bool {
    let folded = fold(word);
    VIETNAMESE_HONORIFICS.iter().any(|h| fold(h) == folded)
}

/// Whether a comma (and only a comma) stands between `words[at - 1]` and `words[at]`.
fn comma_before(text: &str, words: &[Word<'_>], at: usize) -> bool {
    at > 0
        && at < words.len()
        && !words[at].joined
        && text[words[at - 1].span.end..words[at].span.start].trim() == ","
}

/// The name before a description set off by commas that ends right before the reporting verb
/// at `words[verb]`: `Bà Nguyễn Thị Lan, một người dân xã Tân Phú, nói:`, `ông Trần Văn Hùng,
/// Phó Chủ tịch UBND tỉnh, cho biết`, `Tillerson, who met Lavrov, said` (the name of a place
/// or body inside the description is not the speaker). The description holds at most
/// [`MAX_DESCRIPTION_WORDS`] words.
fn name_before_description(
    text: &str,
    words: &[Word<'_>],
    verb: usize,
    lang: &Tables,
) -> Option<Speaker> {
    if !comma_before(text, words, verb) {
        return None;
    }
    let first = (verb.saturating_sub(MAX_DESCRIPTION_WORDS).max(1)..verb)
        .rev()
        .find(|&k| !words[k].joined)?;
    comma_before(text, words, first)
        .then(|| name_before(words, first, lang))
        .flatten()
}

/// Whether the name `name` opens the words `words` after a quote, or follows a title there
/// (`…”, Chủ tịch UBND tỉnh Phạm Quốc Bảo cho biết`, `…,” foreign minister Sergey Lavrov
/// said`): at most [`MAX_TITLE_WORDS`] words joined to each other and to the name, none of them
/// after the first (an article) a function word, so `a spokesman for Gazprom said` names
/// nobody.
fn opens_or_follows_title(words: &[Word<'_>], name: &Speaker, lang: &Tables) -> bool {
    let Some(at) = words.iter().position(|w| w.span.start == name.span.start) else {
        return false;
    };
    at == 0
        || (at <= MAX_TITLE_WORDS
            && words[1..=at].iter().all(|w| w.joined)
            && !words[1..at].iter().any(|w| lang.is_stopword(&fold(w.text))))
}

/// Whether a word can be part of a name: it or a hyphenated part starts in upper case
/// (`Tillerson`, `al-Assad`), and it is not a weekday, a month or a function word (`But`).
fn is_capitalised(word: &str, lang: &Tables) -> bool {
    let lower = lowercase(word);
    word.split('-')
        .any(|part| part.starts_with(char::is_uppercase))
        && !listed(lang.not_names, lower.as_str())
        && !lang.is_stopword(&lower)
}

/// The run of name words ending at `words[end - 1]` (going back), as a speaker.
fn name_before(words: &[Word<'_>], end: usize, lang: &Tables) -> Option<Speaker> {
    let mut start = end;
    while start > 0 {
        let w = words[start - 1].text;
        let connector = lang.name_connectors.contains(&w) && start < end;
        let attached = start == end || words[start].joined;
        if attached && (is_capitalised(w, lang) && !is_verb(w, lang) || connector) {
            start -= 1;
        } else {
            break;
        }
    }
    while start < end && lang.name_connectors.contains(&words[start].text) {
        start += 1;
    }
    speaker(words, start, end)
}

/// The run of name words starting at `words[start]`, as a speaker.
fn name_after(words: &[Word<'_>], start: usize, lang: &Tables) -> Option<Speaker> {
    let mut end = start;
    while end < words.len() {
        let w = words[end].text;
        let connector = lang.name_connectors.contains(&w) && end > start;
        let attached = end == start || words[end].joined;
        if attached && (is_capitalised(w, lang) && !is_verb(w, lang) || connector) {
            end += 1;
        } else {
            break;
        }
    }
    while end > start && lang.name_connectors.contains(&words[end - 1].text) {
        end -= 1;
    }
    speaker(words, start, end)
}

fn speaker(words: &[Word<'_>], start: usize, end: usize) -> Option<Speaker> {
    if start >= end {
        return None;
    }
    let span = Span::new(words[start].span.start, words[end - 1].span.end);
    let name = words[start..end]
        .iter()
        .map(|w| w.text)
        .collect::<Vec<_>>()
        .join(" ");
    Some(Speaker { name, span })
}

/// A pronoun speaker (`he said`) at `words[at]`.
fn pronoun(words: &[Word<'_>], at: usize, lang: &Tables) -> Option<Speaker> {
    let w = words.get(at)?;
    let lower = lowercase(w.text);
    (lang.pronouns.contains(&lower.as_str()) || OTHER_PRONOUNS.contains(&lower.as_str())).then(
        || Speaker {
            name: w.text.to_string(),
            span: w.span,
        },
    )
}

/// A pronoun written after its verb and joined to it by hyphens, at `words[at]` (French
/// inversion: `estime-t-il`, or an auxiliary before a reporting participle, `a-t-il affirmé`,
/// `a-t-elle déclaré`): the pronoun, as a speaker.
fn inverted_pronoun(words: &[Word<'_>], at: usize, lang: &Tables) -> Option<Speaker> {
    let w = words.get(at)?;
    let (head, last) = (w.text.split('-').next()?, w.text.rsplit('-').next()?);
    if head.len() == w.text.len() {
        return None;
    }
    let auxiliary = AUXILIARIES.contains(&lowercase(head).as_str())
        && words
            .get(at + 1)
            .is_some_and(|next| next.joined && is_verb(next.text, lang));
    let pronoun = pronoun(
        &[Word {
            text: last,
            span: Span::new(w.span.end - last.len(), w.span.end),
            joined: false,
        }],
        0,
        lang,
    )?;
    (auxiliary || is_verb(head, lang)).then_some(pronoun)
}

/// Whether a speaker's name is a pronoun (of the language, or of another: `er`, `他`).
fn is_pronoun(name: &str, lang: &Tables) -> bool {
    lang.pronouns.contains(&fold(name).as_str())
        || OTHER_PRONOUNS.contains(&lowercase(name).as_str())
}

/// Longest name (in characters) a Chinese or Japanese attribution takes: a title and a name
/// (`外交部长王毅`).
const MAX_UNSPACED_NAME: usize = 8;

/// Attribution in Chinese and Japanese, which write names without capitals and words without
/// spaces: the characters between a quote (or the sentence start) and a reporting verb
/// ([`UNSPACED_REPORTING_VERBS`]): `“…，”王毅说。`, `王毅表示：“…”`, `“…”，他说。`, and the
/// Japanese subject before the quote with the verb after it: `首相は「…」と述べた。`.
fn unspaced_attribution(text: &str, sentence: Span, quote: Span) -> Option<Speaker> {
    let close = closing_mark_end(text, quote.end);
    let open = opening_mark_start(text, quote.start);
    let after_start = close.min(sentence.end);
    let after = &text[after_start..sentence.end.max(after_start)];
    let skipped = after.len() - after.trim_start_matches(['，', ',', '、', 'と', ' ']).len();
    let after_words = &after[skipped..];
    let verb_after = UNSPACED_REPORTING_VERBS
        .iter()
        .filter_map(|v| after_words.find(v))
        .min();
    if let Some(at) = verb_after {
        let name = after_words[..at].trim_end_matches(SUBJECT_PARTICLES);
        if let Some(s) = unspaced_name(name, after_start + skipped) {
            return Some(s);
        }
        // `首相は「…」と述べた`: the subject stands before the quote.
        let before = &text[sentence.start..open.max(sentence.start)];
        if let Some(s) = japanese_subject(before, sentence.start) {
            return Some(s);
        }
    }
    // `王毅表示：“…”`: the verb ends what stands before the quote.
    let before = text[sentence.start..open.max(sentence.start)]
        .trim_end_matches(['：', ':', '，', ',', ' ']);
    let verb = UNSPACED_REPORTING_VERBS
        .iter()
        .find(|v| before.ends_with(**v))?;
    let name = &before[..before.len() - verb.len()];
    let from = name
        .char_indices()
        .rev()
        .find(|&(_, c)| !is_unspaced(c) && !c.is_alphanumeric())
        .map_or(0, |(k, c)| k + c.len_utf8());
    unspaced_name(&name[from..], sentence.start + from)
}

/// The subject of a Japanese sentence in `before` (found at byte `at`), the words before a
/// quote: what stands before its particle `は` or `が`, which words may follow before the quote
/// (`山田市長は記者会見で「…」`); not `では` or `には` (in, at), whose particle follows
/// Hiragana. Of an organisation's person only the person is the name (`気象台の佐藤予報官`:
/// `佐藤予報官`).
fn japanese_subject(before: &str, at: usize) -> Option<Speaker> {
    let hiragana = |c: char| matches!(c, '\u{3041}'..='\u{309F}');
    let (particle, _) = before.char_indices().rev().find(|&(k, c)| {
        SUBJECT_PARTICLES.contains(&c)
            && before[..k]
                .chars()
                .next_back()
                .is_some_and(|p| !hiragana(p))
    })?;
    let head = &before[..particle];
    let from = head
        .char_indices()
        .rev()
        .find(|&(_, c)| matches!(c, 'の' | '、' | '，' | ' '))
        .map_or(0, |(k, c)| k + c.len_utf8());
    unspaced_name(&head[from..], at + from)
}

/// A Chinese or Japanese name found at byte `at`: one to [`MAX_UNSPACED_NAME`] characters, none
/// of them punctuation.
fn unspaced_name(name: &str, at: usize) -> Option<Speaker> {
    let count = name.chars().count();
    let letters = name.chars().all(|c| is_unspaced(c) || c.is_alphanumeric());
    ((1..=MAX_UNSPACED_NAME).contains(&count) && letters).then(|| Speaker {
        name: name.to_string(),
        span: Span::new(at, at + name.len()),
    })
}

/// Most words an Arabic speaker's name takes after the verb (`الوزير`, `وزير الخارجية سيرغي
/// لافروف`).
const MAX_ARABIC_NAME_WORDS: usize = 4;

/// Attribution in Arabic, written without capitals: the words right after a reporting verb
/// ([`ARABIC_REPORTING_VERBS`]) up to punctuation, `إن`/`أن` or [`MAX_ARABIC_NAME_WORDS`],
/// the verb after the quote first, then the one before it.
fn arabic_attribution(text: &str, sentence: Span, quote: Span) -> Option<Speaker> {
    let close = closing_mark_end(text, quote.end);
    let open = opening_mark_start(text, quote.start);
    let after = words_of(
        text,
        Span::new(close.min(sentence.end), sentence.end.max(close)),
    );
    let before = words_of(text, Span::new(sentence.start, open.max(sentence.start)));
    [after, before].iter().find_map(|words| {
        let verb = words
            .iter()
            .take(6)
            .position(|w| ARABIC_REPORTING_VERBS.contains(&w.text))?;
        let mut start = verb + 1;
        let mut end = arabic_name_end(words, start);
        // `قال مدير المستشفى د. سامي حداد`: the person's name goes on after a title and its dot.
        let title = end > start
            && end < words.len()
            && listed(OTHER_TITLES, words[end - 1].text)
            && text[words[end - 1].span.end..words[end].span.start].trim() == ".";
        if title {
            start = end;
            end = arabic_name_end(words, start);
        }
        speaker(words, start, end)
    })
}

/// One past the Arabic name that starts at `words[from]`: the words joined to it, up to
/// `إن`/`أن` (that) or [`MAX_ARABIC_NAME_WORDS`].
fn arabic_name_end(words: &[Word<'_>], from: usize) -> usize {
    let mut end = from;
    while end < words.len()
        && end < from + MAX_ARABIC_NAME_WORDS
        && !ARABIC_NAME_ENDS.contains(&words[end].text)
        && (end == from || words[end].joined)
    {
        end += 1;
    }
    end
}

/// Most words a Korean speaker's name takes: the word with the subject particle and the one
/// before it (`김영호 장관은`).
const MAX_KOREAN_NAME_WORDS: usize = 2;

/// The speaker among `words`: the first word (of two characters or more) that ends in a
/// subject particle ([`KOREAN_SUBJECT_PARTICLES`]), without the particle, with the words right
/// before it up to [`MAX_KOREAN_NAME_WORDS`] (`문재인 대통령은` gives `문재인 대통령`).
fn korean_subject(text: &str, words: &[Word<'_>]) -> Option<Speaker> {
    let at = words.iter().position(|w| {
        w.text.chars().nth(1).is_some() && w.text.ends_with(KOREAN_SUBJECT_PARTICLES)
    })?;
    let mut start = at;
    while start > 0 && at - start + 1 < MAX_KOREAN_NAME_WORDS && words[start].joined {
        start -= 1;
    }
    let particle = words[at].text.chars().last().map_or(0, char::len_utf8);
    let span = Span::new(words[start].span.start, words[at].span.end - particle);
    Some(Speaker {
        name: span.of(text).to_string(),
        span,
    })
}

/// Attribution in Korean, written without capitals and with the verb last: a reporting verb
/// ([`KOREAN_REPORTING_VERBS`]) after the quote and its quotative ending (`“…”라고 말했다`),
/// the speaker the subject between them (`“…”라고 김 장관이 말했다`) or, when none stands
/// there, the subject before the quote (`김 장관은 “…”라고 말했다`).
fn korean_attribution(text: &str, sentence: Span, quote: Span) -> Option<Speaker> {
    let close = closing_mark_end(text, quote.end);
    let open = opening_mark_start(text, quote.start);
    let after = words_of(
        text,
        Span::new(close.min(sentence.end), sentence.end.max(close)),
    );
    let skip = usize::from(
        after
            .first()
            .is_some_and(|w| KOREAN_QUOTATIVES.contains(&w.text)),
    );
    let verb = skip
        + after
            .iter()
            .skip(skip)
            .take(6)
            .position(|w| KOREAN_REPORTING_VERBS.contains(&w.text))?;
    korean_subject(text, &after[skip..verb]).or_else(|| {
        let before = words_of(text, Span::new(sentence.start, open.max(sentence.start)));
        korean_subject(text, &before)
    })
}

/// Most words a Hindi speaker's name takes before `ने` (`प्रधानमंत्री नरेंद्र मोदी ने`).
const MAX_HINDI_NAME_WORDS: usize = 4;

/// The speaker of a Hindi reporting verb ([`HINDI_REPORTING_VERBS`]) among `words`: the words
/// before the `ने` ([`HINDI_AGENT`]) that precedes it (`मोदी ने कहा`), up to punctuation or
/// [`MAX_HINDI_NAME_WORDS`], or the pronoun that does (`उन्होंने कहा`).
fn hindi_speaker(words: &[Word<'_>]) -> Option<Speaker> {
    let verb = words
        .iter()
        .position(|w| HINDI_REPORTING_VERBS.contains(&w.text))?;
    let agent = verb.checked_sub(1)?;
    if OTHER_PRONOUNS.contains(&words[agent].text) {
        return speaker(words, agent, verb);
    }
    if words[agent].text != HINDI_AGENT || agent == 0 {
        return None;
    }
    let mut start = agent - 1;
    while start > 0 && agent - start < MAX_HINDI_NAME_WORDS && words[start].joined {
        start -= 1;
    }
    speaker(words, start, agent)
}

/// Attribution in Hindi, written without capitals: the speaker and `ने` before a reporting
/// verb, after the quote (`“…”, मोदी ने कहा।`) or before it (`मोदी ने कहा, “…”`).
fn hindi_attribution(text: &str, sentence: Span, quote: Span) -> Option<Speaker> {
    let close = closing_mark_end(text, quote.end);
    let open = opening_mark_start(text, quote.start);
    let after = words_of(
        text,
        Span::new(close.min(sentence.end), sentence.end.max(close)),
    );
    let before = words_of(text, Span::new(sentence.start, open.max(sentence.start)));
    hindi_speaker(&after).or_else(|| hindi_speaker(&before))
}

/// Scripts whose own attribution rules go before the generic ones: whether a quote is in the
/// script, and the rule.
type ScriptRule = (fn(char) -> bool, fn(&str, Span, Span) -> Option<Speaker>);

/// The attribution rules of scripts without capitals, by the script of the quote.
const SCRIPT_RULES: [ScriptRule; 4] = [
    (|c| matches!(c, '\u{0600}'..='\u{06FF}'), arabic_attribution),
    (is_unspaced, unspaced_attribution),
    (|c| matches!(c, '\u{AC00}'..='\u{D7A3}'), korean_attribution),
    (|c| matches!(c, '\u{0900}'..='\u{097F}'), hindi_attribution),
];

/// Most words between a closing mark and the reporting verb after it: a title, a name, and a
/// description set off by commas (`…”, ông Trần Văn Hùng, Phó Chủ tịch UBND tỉnh, cho biết`).
const MAX_WORDS_TO_VERB: usize = 12;

/// Who the sentence around the quote at `quote` says spoke it (see the module table).
fn attribution(text: &str, sentences: &[Sentence], quote: Span, lang: &Tables) -> Option<Speaker> {
    // Sentences are in order and apart: the first that ends at or after `at` (a binary
    // search, not a walk from the start for every quote of a long document).
    let containing = |at: usize| {
        let first = sentences.partition_point(|s| s.span.end < at);
        sentences
            .get(first)
            .filter(|s| s.span.start <= at)
            .map(|s| s.span)
    };
    // Every script with rules of its own is written outside ASCII.
    let quoted = quote.of(text);
    let scripts = if quoted.is_ascii() {
        &[][..]
    } else {
        &SCRIPT_RULES[..]
    };
    for (in_script, rule) in scripts {
        if quoted.chars().any(in_script) {
            if let Some(sentence) = containing(quote.end).or_else(|| containing(quote.start)) {
                if let Some(s) = rule(text, sentence, quote) {
                    return Some(s);
                }
            }
        }
    }
    let close = closing_mark_end(text, quote.end);
    // After the closing mark, to the end of its sentence or the next quote.
    if let Some(sentence) = containing(quote.end) {
        let until = text[close..sentence.end.max(close)]
            .find(['"', '“', '‘'])
            .map_or(sentence.end.max(close), |k| close + k);
        let words = words_of(text, Span::new(close, until));
        let mut skip = usize::from(
            words
                .first()
                .is_some_and(|w| w.text.eq_ignore_ascii_case("the") || is_honorific(w.text)),
        );
        // `…», a déclaré Macron`: the auxiliary goes with the participle after it.
        // `…», a-t-il affirmé` and `…», estime-t-elle`: the pronoun after the verb.
        if let Some(s) = inverted_pronoun(&words, skip, lang) {
            return Some(s);
        }
        let auxiliary = words
            .get(skip)
            .is_some_and(|w| AUXILIARIES.contains(&lowercase(w.text).as_str()));
        if auxiliary && words.get(skip + 1).is_some_and(|w| is_verb(w.text, lang)) {
            skip += 1;
        }
        if let Some((verb, length)) = (skip..words.len().min(skip + MAX_WORDS_TO_VERB))
            .find_map(|k| verb_at(&words, k, lang).map(|length| (k, length)))
        {
            let after = verb + length;
            if verb == skip {
                if let Some(s) = name_after(&words, after, lang)
                    .or_else(|| pronoun(&words, after, lang))
                    .or_else(|| name_after_title(text, &words, after, lang))
                {
                    return Some(s);
                }
                // The verb closes the sentence (`Erdoğan, “…” dedi.`): its subject is the
                // name the sentence opens with, before the quote.
                if after == words.len() {
                    if let Some(s) = subject_before(text, sentence, quote, lang) {
                        return Some(s);
                    }
                }
            } else if let Some(s) = name_before_description(text, &words, verb, lang)
                .or_else(|| name_before(&words, verb, lang))
                .filter(|s| opens_or_follows_title(&words[skip..], s, lang))
                .or_else(|| {
                    (verb == skip + 1)
                        .then(|| pronoun(&words, skip, lang))
                        .flatten()
                })
            {
                return Some(s);
            }
        }
    }
    // Before the opening mark, from the start of its sentence.
    if let Some(sentence) = containing(quote.start) {
        let open = opening_mark_start(text, quote.start);
        let words = words_of(text, Span::new(sentence.start, open.max(sentence.start)));
        if let Some(s) = according_to(text, &words, lang) {
            return Some(s);
        }
        // The verb is among the last words before the mark, with only lower-case words after
        // it (`said that`, `told reporters:`, `said he wanted to`).
        let from = words.len().saturating_sub(6);
        let verb = (from..words.len())
            .rev()
            .take_while(|&k| k + 1 == words.len() || !is_capitalised(words[k + 1].text, lang))
            .find(|&k| {
                verb_at(&words, k, lang).is_some() || lang.participles.contains(&words[k].text)
            });
        if let Some(verb) = verb {
            if lang.participles.contains(&words[verb].text) {
                // The subject of the sentence: a name at its start.
                if let Some(s) = name_after(&words, 0, lang).filter(|_| {
                    words.first().is_some_and(|w| {
                        is_capitalised(w.text, lang)
                            && !lang.pronouns.contains(&lowercase(w.text).as_str())
                            && w.text != "The"
                    })
                }) {
                    return Some(s);
                }
            } else if let Some(s) = name_before(&words, verb, lang)
                // A name that ends a description set off by commas is not the speaker
                // (`Bà X, một người dân xã Tân Phú, nói:`); a description without one leaves
                // the sentence to the rules below.
                .map(|s| name_before_description(text, &words, verb, lang).unwrap_or(s))
                .or_else(|| verb.checked_sub(1).and_then(|k| pronoun(&words, k, lang)))
            {
                return Some(s);
            } else if let Some(s) = name_after(
                &words,
                verb + verb_at(&words, verb, lang).unwrap_or(1),
                lang,
            ) {
                return Some(s);
            }
        }
    }
    // "according to" after the quote, in the same sentence.
    let sentence = containing(quote.end)?;
    let words = words_of(text, Span::new(close.min(sentence.end), sentence.end));
    according_to(text, &words, lang)
}

/// The name after `according to`: the last run of capitalised words in the phrase that follows
/// (up to punctuation), so `according to the Kremlin spokesman Dmitry Peskov` gives `Dmitry
/// Peskov`.
fn according_to(text: &str, words: &[Word<'_>], lang: &Tables) -> Option<Speaker> {
    let phrases = std::iter::once(&["according", "to"][..]).chain(ACCORDING_TO.iter().copied());
    // A word is the phrase's when it is as long and, lower case, the same (no allocation for
    // the many words of another length).
    let same = |word: &str, phrase_word: &str| {
        word.len() == phrase_word.len()
            && (word.eq_ignore_ascii_case(phrase_word) || lowercase(word) == phrase_word)
    };
    let (at, length) = (0..words.len()).find_map(|at| {
        phrases.clone().find_map(|phrase| {
            let matches = words.len() >= at + phrase.len()
                && phrase
                    .iter()
                    .zip(&words[at..])
                    .all(|(p, w)| same(w.text, p));
            matches.then_some((at, phrase.len()))
        })
    })?;
    let first = at + length;
    let mut end = first;
    while end < words.len() && end < first + 8 {
        let joined = end == first
            || text[words[end - 1].span.end..words[end].span.start]
                .chars()
                .all(char::is_whitespace);
        if !joined {
            break;
        }
        end += 1;
    }
    let last = (first..end)
        .rev()
        .find(|&k| is_capitalised(words[k].text, lang))?;
    // The name starts after the phrase (`Selon Macron`: `Macron`, not `Selon Macron`).
    name_before(&words[first..], last + 1 - first, lang)
}

/// Most words of a title in lower case between a reporting verb and the name after it
/// (`глава города`, `county health official`).
const MAX_TITLE_WORDS: usize = 4;

/// Most words of a description set off by a comma between a reporting verb and the name after
/// it (`el consejero de Medio Ambiente,`).
const MAX_DESCRIPTION_WORDS: usize = 6;

/// The name after a reporting verb at `words[from - 1]` and the title or description that many
/// languages write before a name, when the name closes the clause (the sentence ends, or
/// punctuation follows it): a title in lower case (`— сказал глава города Игорь Белов.`,
/// `said county official Aaron Bell.`), whose words after the first (an article) are no
/// function words, so `said a spokesman for Gazprom` names nobody; or any description set off
/// by a comma (`dijo el jefe de operaciones, Andrés Puig.`, `said the fire chief, Dana
/// Morales.`).
fn name_after_title(text: &str, words: &[Word<'_>], from: usize, lang: &Tables) -> Option<Speaker> {
    // The name at `at`, when it closes the clause.
    let closing = |at: usize| {
        let name = name_after(words, at, lang)?;
        let end = words[at..]
            .iter()
            .position(|w| w.span.end == name.span.end)?
            + at
            + 1;
        (end == words.len() || !words[end].joined).then_some(name)
    };
    let joined = |range: std::ops::Range<usize>| words[range].iter().all(|w| w.joined);
    if from >= words.len() || !words[from].joined {
        return None;
    }
    let title = words[from..]
        .iter()
        .take_while(|w| w.text.starts_with(char::is_lowercase))
        .count();
    let at = from + title;
    let plain = (1..=MAX_TITLE_WORDS).contains(&title)
        && at < words.len()
        && joined(from..at + 1)
        && !words[from + 1..at]
            .iter()
            .any(|w| lang.is_stopword(&fold(w.text)));
    // The comma first: a description may hold a name of its own (`de Medio Ambiente, Pere Soler`).
    let comma = (from + 1..words.len().min(from + MAX_DESCRIPTION_WORDS + 1)).find(|&k| {
        !words[k].joined && text[words[k - 1].span.end..words[k].span.start].trim() == ","
    });
    comma
        .filter(|&k| joined(from..k))
        .and_then(closing)
        .or_else(|| plain.then(|| closing(at)).flatten())
}

/// The name a sentence opens with, when everything before the quote at `quote` is that name
/// (and a comma): the subject of a verb that follows the quote.
fn subject_before(text: &str, sentence: Span, quote: Span, lang: &Tables) -> Option<Speaker> {
    let open = opening_mark_start(text, quote.start);
    let words = words_of(text, Span::new(sentence.start, open.max(sentence.start)));
    name_after(&words, 0, lang).filter(|s| words.last().is_some_and(|w| w.span.end == s.span.end))
}

/// One past the closing mark of a quote that ends at `end` (skipping trimmed punctuation).
fn closing_mark_end(text: &str, end: usize) -> usize {
    let rest = &text[end..];
    let mut at = end;
    for c in rest.chars() {
        at += c.len_utf8();
        if matches!(
            c,
            '"' | '”' | '»' | '’' | '\'' | '“' | '‘' | '«' | '」' | '』'
        ) {
            return at;
        }
        if !(c.is_whitespace() || ",.;:".contains(c)) {
            return end;
        }
    }
    end
}

/// Where the opening mark of a quote that starts at `start` stands.
fn opening_mark_start(text: &str, start: usize) -> usize {
    text[..start]
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_whitespace())
        .filter(|&(_, c)| matches!(c, '"' | '“' | '„' | '«' | '»' | '‘' | '\'' | '「' | '『'))
        .map_or(start, |(k, _)| k)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::segment::segment;

    /// Quotes and speakers of a text, as strings.
    fn quotes(text: &str) -> Vec<(String, Option<String>)> {
        extract(text, &segment(text))
            .into_iter()
            .map(|q| (q.span.of(text).to_string(), q.speaker.map(|s| s.name)))
            .collect()
    }

    /// A text and the quotes (with speakers) expected in it.
    type Case = (
        &'static str,
        &'static [(&'static str, Option<&'static str>)],
    );

    /// Each case's text gives exactly its quotes, with their speakers.
    fn check(cases: &[Case]) {
        for (text, want) in cases {
            let want: Vec<(String, Option<String>)> = want
                .iter()
                .map(|(q, s)| (q.to_string(), s.map(str::to_string)))
                .collect();
            assert_eq!(quotes(text), want, "{text}");
        }
    }

    #[test]
    fn quote_styles() {
        let cases: &[Case] = &[
            ("He said “we are not going in,” and left.", &[("we are not going in", None)]),
            ("\"There is a low level of trust\", Tillerson told reporters.", &[("There is a low level of trust", Some("Tillerson"))]),
            ("«Nous sommes prêts», a dit le ministre.", &[("Nous sommes prêts", None)]),
            ("„Wir sind bereit“ hieß es.", &[("Wir sind bereit", None)]),
            // A nested single quote stays inside its double quote.
            ("“They call it ‘a low point’ today,” Lavrov said.", &[("They call it ‘a low point’ today", Some("Lavrov"))]),
            ("\"They said 'no way' again,\" Lavrov said.", &[("They said 'no way' again", Some("Lavrov"))]),
            // Single quotes on their own, and apostrophes that are not quotes.
            ("Relations have hit a 'low point' after Russia's veto.", &[("low point", None)]),
            ("Relations may be at ‘all-time low’", &[("all-time low", None)]),
            ("The countries' ties and Russia's role.", &[]),
            // Scare quotes of one word are not statements.
            ("He listed the “irritants” again.", &[]),
            // A quote that runs over several sentences.
            ("“There is a low level of trust. The two powers cannot have this relationship,” Tillerson said.", &[("There is a low level of trust. The two powers cannot have this relationship", Some("Tillerson"))]),
            // A quote left open at the end of a paragraph.
            ("\"We will see what happens next\nHe left.", &[("We will see what happens next", None)]),
        ];
        check(cases);
    }

    #[test]
    fn attributions_before_and_after() {
        let cases: &[Case] = &[
            ("“It is very bad for Russia,” said Lavrov.", &[("It is very bad for Russia", Some("Lavrov"))]),
            ("\"It is very bad,\" said Russian Foreign Minister Sergey Lavrov on Wednesday.", &[("It is very bad", Some("Russian Foreign Minister Sergey Lavrov"))]),
            ("“We need to put an end to this,” Rex Tillerson said.", &[("We need to put an end to this", Some("Rex Tillerson"))]),
            ("Citing disagreements, Tillerson said, “We need to put an end to this.”", &[("We need to put an end to this", Some("Tillerson"))]),
            ("Tillerson told reporters: \"The reign of the Assad family is ending.\"", &[("The reign of the Assad family is ending", Some("Tillerson"))]),
            ("According to Lavrov, \"the talks were frank and useful.\"", &[("the talks were frank and useful", Some("Lavrov"))]),
            ("\"The talks were frank and useful,\" according to the Kremlin spokesman Dmitry Peskov.", &[("The talks were frank and useful", Some("Dmitry Peskov"))]),
            ("\"It was an attack on civilians,\" the statement said.", &[("It was an attack on civilians", None)]),
            ("Bashar al-Assad said \"this is a fabrication\" on Thursday.", &[("this is a fabrication", Some("Bashar al-Assad"))]),
            ("At the start of his meeting with Lavrov, Tillerson said he wanted to \"clarify areas of common objectives\".", &[("clarify areas of common objectives", Some("Tillerson"))]),
            ("Tillerson ratcheted up his rhetoric this week, saying “the reign of the Assad family is coming to an end” in Damascus.", &[("the reign of the Assad family is coming to an end", Some("Tillerson"))]),
            ("In Moscow, Lavrov, Tillerson said \"we disagree\" later.", &[("we disagree", Some("Tillerson"))]),
            ("And on Wednesday Putin said it was \"simply staging\".", &[("simply staging", Some("Putin"))]),
            ("But Mr Tillerson said: \"We disagree.\"", &[("We disagree", Some("Mr Tillerson"))]),
            ("\"We disagree on Syria,\" Lavrov said.\n\n\"It is a matter of principle,\" he added.", &[("We disagree on Syria", Some("Lavrov")), ("It is a matter of principle", Some("Lavrov"))]),
            // A quote that goes on after an attributed one takes its speaker.
            ("\"Relations are at a low point,\" Tillerson said in Moscow. \"There is a low level of trust between our two countries.\"", &[("Relations are at a low point", Some("Tillerson")), ("There is a low level of trust between our two countries", Some("Tillerson"))]),
            // A pronoun stands for the last named speaker.
            ("\"We disagree on Syria,\" Lavrov said.\n\"It is a matter of principle,\" he added.", &[("We disagree on Syria", Some("Lavrov")), ("It is a matter of principle", Some("Lavrov"))]),
            ("\"It is a matter of principle,\" he added.", &[("It is a matter of principle", None)]),
        ];
        check(cases);
    }

    #[test]
    fn titles_and_descriptions_between_the_verb_and_the_name() {
        let cases: &[Case] = &[
            ("«Мы работаем круглосуточно», — сказал глава города Игорь Белов.", &[("Мы работаем круглосуточно", Some("Игорь Белов"))]),
            ("«El viento complica el trabajo», dijo el jefe de operaciones, Andrés Puig.", &[("El viento complica el trabajo", Some("Andrés Puig"))]),
            ("«Es pronto para hablar de cifras», advirtió el consejero de Medio Ambiente, Pere Soler.", &[("Es pronto para hablar de cifras", Some("Pere Soler"))]),
            ("“The wind made it hard,” said the fire chief, Dana Morales.", &[("The wind made it hard", Some("Dana Morales"))]),
            ("“The wind made it hard,” said county official Aaron Bell.", &[("The wind made it hard", Some("Aaron Bell"))]),
            // A function word inside the title, or a name that does not close the clause: the
            // speaker is someone the name does not name.
            ("“The wind made it hard,” said a spokesman for Gazprom.", &[("The wind made it hard", None)]),
            ("“The wind made it hard,” said a senior State Department official.", &[("The wind made it hard", None)]),
            ("“The wind made it hard,” said the ministry, Interfax reported.", &[("The wind made it hard", None)]),
        ];
        check(cases);
    }

    #[test]
    fn reporting_verbs_and_titles_of_more_languages() {
        let cases: &[Case] = &[
            (
                "« On nous a dit d'attendre », raconte Karim Benali, qui devait partir.",
                &[("On nous a dit d'attendre", Some("Karim Benali"))],
            ),
            (
                "Aksoy, “İklim değişikliği bunu artıracak” diye konuştu.",
                &[("İklim değişikliği bunu artıracak", Some("Aksoy"))],
            ),
            (
                "“Kimseyi mağdur etmeyeceğiz” diyen Yıldız, çalışmaların sürdüğünü söyledi.",
                &[("Kimseyi mağdur etmeyeceğiz", Some("Yıldız"))],
            ),
            // Arabic: the person's name after a title and its dot.
            (
                "وقال مدير المستشفى د. سامي حداد إن «معظم الإصابات طفيفة».",
                &[("معظم الإصابات طفيفة", Some("سامي حداد"))],
            ),
            // Japanese: the subject with words between it and the quote, and the person of an
            // organisation; `では` (in) marks no subject.
            (
                "山田市長は記者会見で「除雪に全力を挙げている」と述べた。",
                &[("除雪に全力を挙げている", Some("山田市長"))],
            ),
            (
                "気象台の佐藤予報官は「路面の凍結に注意してほしい」と語った。",
                &[("路面の凍結に注意してほしい", Some("佐藤予報官"))],
            ),
            (
                "市内では「雪がまだ多い」と述べた。",
                &[("雪がまだ多い", None)],
            ),
        ];
        check(cases);
    }

    #[test]
    fn vietnamese_verbs_honorifics_and_descriptions() {
        let cases: &[Case] = &[
            // A verb of two words after a lower-case honorific, a name and a description set
            // off by commas.
            (
                "“Đây là trận lũ lớn nhất”, ông Trần Văn Hùng, Phó Chủ tịch UBND tỉnh, cho biết.",
                &[("Đây là trận lũ lớn nhất", Some("Trần Văn Hùng"))],
            ),
            // The name before its description, not the place inside it.
            (
                "Bà Nguyễn Thị Lan, một người dân xã Tân Phú, nói: “Nước lên quá nhanh.”",
                &[("Nước lên quá nhanh", Some("Bà Nguyễn Thị Lan"))],
            ),
            // A title in mixed case before the name.
            (
                "“Chúng tôi sẽ không để ai bị đói”, Chủ tịch UBND tỉnh Phạm Quốc Bảo cho biết.",
                &[("Chúng tôi sẽ không để ai bị đói", Some("Phạm Quốc Bảo"))],
            ),
            (
                "“Chúng tôi sẽ làm hết sức”, ông Lê Văn Nam khẳng định.",
                &[("Chúng tôi sẽ làm hết sức", Some("Lê Văn Nam"))],
            ),
            // Decomposed (NFD) text reads as composed text does.
            (
                "“Đây la\u{300} tra\u{323}n lu\u{303}”, o\u{302}ng Tra\u{302}\u{300}n Va\u{306}n Hu\u{300}ng cho bie\u{302}\u{301}t.",
                &[("Đây la\u{300} tra\u{323}n lu\u{303}", Some("Tra\u{302}\u{300}n Va\u{306}n Hu\u{300}ng"))],
            ),
        ];
        check(cases);
    }

    #[test]
    fn an_inverted_pronoun_stands_for_the_person_named_before() {
        let cases: &[Case] = &[
            // The subject of the sentence before, not the speaker of the paragraph before.
            (
                "« Nous sommes en sous-effectif », a déclaré Sophie Marchand.\nLe ministre, M. Olivier Lambert, a appelé au dialogue. « Il faut trouver un accord », a-t-il affirmé à Lyon.",
                &[
                    ("Nous sommes en sous-effectif", Some("Sophie Marchand")),
                    ("Il faut trouver un accord", Some("Olivier Lambert")),
                ],
            ),
            (
                "« Nous sommes en sous-effectif », a déclaré Sophie Marchand.\n« Il faut un accord », a-t-elle déclaré.",
                &[
                    ("Nous sommes en sous-effectif", Some("Sophie Marchand")),
                    ("Il faut un accord", Some("Sophie Marchand")),
                ],
            ),
            (
                "La porte-parole Claire Dubois reste prudente. « Rien n'est signé », estime-t-elle.",
                &[("Rien n'est signé", Some("Claire Dubois"))],
            ),
            // A hyphenated word that is no inversion names nobody.
            ("« Rien n'est signé », peut-être demain.", &[("Rien n'est signé", None)]),
        ];
        check(cases);
    }

    #[test]
    fn speaker_keys_identify_people() {
        let key = |name: &str| {
            Speaker {
                name: name.to_string(),
                span: Span::new(0, 0),
            }
            .key()
        };
        assert_eq!(key("Rex Tillerson"), key("Tillerson"));
        assert_eq!(key("Mr Tillerson"), key("Tillerson"));
        assert_ne!(key("Tillerson"), key("Lavrov"));
    }
}
