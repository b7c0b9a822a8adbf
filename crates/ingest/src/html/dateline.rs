//! A headline without what runs on after it: old pages set the story's date, time, agency
//! and author in the headline's own block ("Gunners star to comeback 20080109 15:24",
//! "Harry rubbishes slump theory by Chris Stanton, 30 December 2007"), so the block's text
//! is more than the headline. [`without_dateline`] drops such a tail:
//!
//! * a **dateline**: the longest run of words at the end that are all date words (numbers,
//!   numeric dates, times, month and weekday names, `hrs`, `GMT`, an agency's or a time
//!   zone's capitals such as `PTI`, `IST`, `(SA)`, lone separators) and that states a date
//!   for certain: a numeric date (`2008-01-01`, `28/12/2007`, `20080109`, `2007/12`) or a
//!   month with a year. A year alone ("Best albums of 2008"), a day and a month ("Vote set
//!   for March 5") or a time ("Celtics at Nets, 7:30 p.m.") is the headline's own;
//! * then a **byline**: "by" and a few names, when a dateline came after it (a date confirms
//!   it was the page's credit line, not "Shot by Police"), or the page's byline itself, with
//!   or without "by".
//!
//! What is left must still be a headline: at least [`MIN_HEADLINE_WORDS`] words, not ending in
//! a word that needs what followed ("… set for", "… killed by"). The day a dropped dateline
//! states is the page's date when the page states none elsewhere ([`Headline::date`]).

use super::blocks::fold;
use super::date::{iso_date, month};
use super::meta::{BY_WORDS, MIN_HEADLINE_WORDS};

/// A headline without the dateline and byline its block ran on into.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Headline {
    pub text: String,
    /// The day the dropped dateline states, as ISO 8601 (`2008-01-09`), when it states one
    /// unambiguously.
    pub date: Option<String>,
}

/// Most names in a byline run on after a headline ("by Nada S. Mussallam and M.A. Qudoos").
pub const MAX_BYLINE_WORDS: usize = 8;

/// Words of a dateline besides numbers and month names: weekdays, hours, time zones.
const DATE_WORDS: &[&str] = &[
    "mon",
    "monday",
    "tue",
    "tues",
    "tuesday",
    "wed",
    "wednesday",
    "thu",
    "thur",
    "thurs",
    "thursday",
    "fri",
    "friday",
    "sat",
    "saturday",
    "sun",
    "sunday",
    "hrs",
    "hr",
    "h",
    "am",
    "pm",
    "a.m",
    "p.m",
    "gmt",
    "utc",
    "updated",
    "published",
    "posted",
];

/// Words a headline does not end with: they need what followed them.
const OPEN_ENDINGS: &[&str] = &[
    "a", "an", "the", "of", "on", "in", "at", "for", "by", "to", "from", "since", "until", "till",
    "before", "after", "as", "and", "or", "with",
];

/// What a headline loses at its end once its dateline is dropped ("Storm hits coast -").
const TRAILING_SEPARATORS: &[char] = &[',', '-', '–', '—', '|', ':', '@', '·'];

/// Most letters of an agency's or a time zone's capitals (`PTI`, `IST`, `AFP`, `SA`).
const MAX_CAPITALS: usize = 4;

/// What a word of a dateline tells.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum DateWord {
    /// Not a date word: the headline's.
    Not,
    /// A date word that states no date by itself (a day, a weekday, `hrs`, `GMT`, `-`).
    Filler,
    /// A four-digit year.
    Year,
    /// A month's name.
    Month,
    /// A time of day (`15:24`): a date only beside a year or a month.
    Time,
    /// A numeric date: a date for certain.
    Certain,
}

/// `title` without the dateline and byline that run on after its headline (see the module
/// documentation); `byline` is the page's byline, if it found one.
pub fn without_dateline(title: &str, byline: Option<&str>) -> Headline {
    let words: Vec<&str> = title.split_whitespace().collect();
    let mut keep = words.len();
    let dated = dateline_start(&words).filter(|&at| can_end(&words[..at]));
    if let Some(at) = dated {
        keep = at;
    }
    if let Some(at) = byline_start(&words[..keep], dated.is_some(), byline) {
        if can_end(&words[..at]) {
            keep = at;
        }
    }
    if keep == words.len() {
        return Headline {
            text: title.to_string(),
            date: None,
        };
    }
    let head = words[..keep].join(" ");
    Headline {
        text: head
            .trim_end_matches(TRAILING_SEPARATORS)
            .trim_end()
            .to_string(),
        date: dated.and_then(|at| dateline_day(&words[at..])),
    }
}

/// The day a dateline's words state, as ISO 8601: a numeric date (`2008-01-01`, `20080109`,
/// `28/12/2007` when the day is over 12, so that it cannot be read the other way round), else
/// a day, a month's name and a year (`Thursday, 10, January, 2008`).
fn dateline_day(words: &[&str]) -> Option<String> {
    let bare = || words.iter().map(|w| bare(w));
    let numeric = bare()
        .filter(|w| date_word(w) == DateWord::Certain)
        .find_map(|w| iso_date(w).or_else(|| day_first(w)));
    numeric.or_else(|| {
        let named = bare().find(|w| month(w).is_some())?;
        let year = bare().find(|w| date_word(w) == DateWord::Year)?;
        let day = bare()
            .find(|w| w.len() <= 2 && w.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d)))?;
        iso_date(&format!("{day} {named} {year}"))
    })
}

/// A word without the punctuation around it in a dateline (`2008,`, `(SA)`, `Jan.`).
fn bare(word: &str) -> &str {
    let w = word.trim_matches(|c: char| matches!(c, ',' | '(' | ')' | '[' | ']' | ';'));
    w.strip_suffix('.').unwrap_or(w)
}

/// `dd/mm/yyyy` (or with `-` or `.`) as ISO 8601 when the day is over 12 (else it could be
/// `mm/dd/yyyy`).
fn day_first(w: &str) -> Option<String> {
    let groups = digit_groups(w, &['-', '/', '.'])?;
    let [day, month, year] = groups.as_slice() else {
        return None;
    };
    let (day, month): (u32, u32) = (day.parse().ok()?, month.parse().ok()?);
    (year.len() == 4 && day > 12 && (1..=12).contains(&month) && day <= 31)
        .then(|| format!("{year}-{month:02}-{day:02}"))
}

/// Where the dateline at the end of `words` starts, if it states a date for certain.
fn dateline_start(words: &[&str]) -> Option<usize> {
    let start = words.len()
        - words
            .iter()
            .rev()
            .take_while(|w| date_word(w) != DateWord::Not)
            .count();
    let tail: Vec<DateWord> = words[start..].iter().map(|w| date_word(w)).collect();
    let has = |kind| tail.contains(&kind);
    let certain = has(DateWord::Certain) || (has(DateWord::Month) && has(DateWord::Year));
    (certain && start < words.len()).then_some(start)
}

/// What `word` tells as a word of a dateline.
fn date_word(word: &str) -> DateWord {
    let w = bare(word);
    if w.chars().all(|c| !c.is_alphanumeric()) {
        return DateWord::Filler;
    }
    if w.chars().all(|c| c.is_ascii_digit()) {
        return match w.len() {
            4 if w.starts_with("19") || w.starts_with("20") => DateWord::Year,
            8 if is_compact_date(w) => DateWord::Certain,
            1..=4 => DateWord::Filler,
            _ => DateWord::Not,
        };
    }
    if is_time(w) {
        return DateWord::Time;
    }
    if is_numeric_date(w) {
        return DateWord::Certain;
    }
    if month(w).is_some() {
        return DateWord::Month;
    }
    let lower = w.to_ascii_lowercase();
    if DATE_WORDS.contains(&lower.as_str()) {
        return DateWord::Filler;
    }
    let capitals = w.chars().count() <= MAX_CAPITALS && w.chars().all(|c| c.is_ascii_uppercase());
    if capitals && w.len() >= 2 {
        return DateWord::Filler;
    }
    DateWord::Not
}

/// Whether `w` (eight digits) is `yyyymmdd` of this or the last century, a day that can be.
fn is_compact_date(w: &str) -> bool {
    (w.starts_with("19") || w.starts_with("20")) && iso_date(w).is_some()
}

/// The groups of digits of `w` set off by `seps`, if it is two or more such groups of at
/// most four digits.
fn digit_groups<'w>(w: &'w str, seps: &[char]) -> Option<Vec<&'w str>> {
    let groups: Vec<&str> = w.split(seps).collect();
    let digits = groups
        .iter()
        .all(|g| !g.is_empty() && g.len() <= 4 && g.chars().all(|c| c.is_ascii_digit()));
    (digits && groups.len() >= 2).then_some(groups)
}

/// Whether `w` is a time of day: `15:24`, `17:15:00.0`.
fn is_time(w: &str) -> bool {
    w.contains(':')
        && digit_groups(w, &[':', '.']).is_some_and(|g| g[0].len() <= 2 && g[1].len() == 2)
}

/// Whether `w` is a numeric date with its year: `2008-01-01`, `28/12/2007`, `2007/12`,
/// `30.12.2007` (digits in groups set off by `-`, `/` or `.`: one of four digits, the others
/// of one or two; `2020-2021` is a span of years, not a date).
fn is_numeric_date(w: &str) -> bool {
    digit_groups(w, &['-', '/', '.']).is_some_and(|g| {
        g.iter().filter(|g| g.len() == 4).count() == 1 && g.iter().all(|g| g.len() != 3)
    })
}

/// Where the byline at the end of `words` starts: "by" and a few names, when `dated` (a
/// dateline followed it) or the names are the page's `byline`; or the page's byline alone.
fn byline_start(words: &[&str], dated: bool, byline: Option<&str>) -> Option<usize> {
    let byline = byline.map(fold).filter(|b| !b.is_empty());
    let names = |from: usize| fold(&words[from..].join(" "));
    // "by" and names: the last "by" with only names after it.
    let by = (1..words.len()).rev().find(|&at| {
        let after = &words[at + 1..];
        BY_WORDS.contains(&words[at].to_lowercase().as_str())
            && (1..=MAX_BYLINE_WORDS).contains(&after.len())
            && after.iter().all(|w| is_name_word(w))
    });
    if let Some(at) = by {
        if dated || byline.as_deref() == Some(names(at + 1).as_str()) {
            return Some(at);
        }
    }
    // The page's byline run on without "by" ("… : Dion Josh Pringle").
    let byline = byline?;
    (1..words.len())
        .rev()
        .take(MAX_BYLINE_WORDS)
        .find(|&at| names(at) == byline)
}

/// Whether a word can be part of a person's name in a byline: capitalised (initials too:
/// `M.A.Qudoos`, `S.`), a joining word, or a parenthesis about the writer ("(Our staff
/// reporters)" is let through by its capital).
fn is_name_word(word: &str) -> bool {
    let w = word.trim_matches(|c: char| matches!(c, ',' | '(' | ')' | ';'));
    matches!(
        w,
        "and" | "&" | "und" | "et" | "y" | "e" | "staff" | "reporters" | "reporter"
    ) || w.starts_with(|c: char| c.is_uppercase())
}

/// Whether `words` can be a headline on their own: enough of them, not ending in a word
/// that needs what followed.
fn can_end(words: &[&str]) -> bool {
    let content = words
        .iter()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count();
    let last = words.last().map(|w| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    });
    content >= MIN_HEADLINE_WORDS && !last.is_some_and(|l| OPEN_ENDINGS.contains(&l.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datelines_run_on_after_a_headline_are_dropped() {
        let cases = [
            ("Gunners star to comeback 20080109 15:24", "Gunners star to comeback"),
            (
                "Reading 0-2 Portsmouth 2008-01-01 17:15:00.0",
                "Reading 0-2 Portsmouth",
            ),
            (
                "Lukla Airport to be named as Hillary Tenzing Airport 15 Jan, 2008, 1202 hrs IST, PTI",
                "Lukla Airport to be named as Hillary Tenzing Airport",
            ),
            (
                "Bulls, Jones pursue talks 28/12/2007 11:27\u{a0}\u{a0}-\u{a0}(SA)",
                "Bulls, Jones pursue talks",
            ),
            (
                "Wurz joins Honda as test driver Thursday, 10, January, 2008, 09:14",
                "Wurz joins Honda as test driver",
            ),
            (
                "Bin Laden issues warning on Iraq, Israel 2007/12",
                "Bin Laden issues warning on Iraq, Israel",
            ),
            (
                "Harry rubbishes slump theory by Chris Stanton, 30 December 2007",
                "Harry rubbishes slump theory",
            ),
            (
                "Storm hits coast - Updated 10:45 GMT, 3 January 2008",
                "Storm hits coast",
            ),
        ];
        for (title, want) in cases {
            assert_eq!(without_dateline(title, None).text, want, "{title}");
        }
    }

    #[test]
    fn a_headlines_own_dates_and_numbers_are_kept() {
        for title in [
            "Best albums of 2008",
            "Vote set for March 5",
            "Vote set for March 5, 2008",
            "Oscars 2008: the winners",
            "Dow closes at 12,800",
            "Man killed by Police Officer",
            "Reading 0-2 Portsmouth",
            "2008-01-01",
            "Polls close at 20:00",
            "Beijing 2008",
            "Boston Celtics (29-4) At New Jersey Nets (18-17), 7:30 P.m.",
            "Storm hits coast - Updated 10:45 GMT",
            "Flu cases rise in winter 2020-2021",
        ] {
            let kept = without_dateline(title, None);
            assert_eq!((kept.text.as_str(), kept.date), (title, None), "{title}");
        }
    }

    #[test]
    fn the_pages_own_byline_is_dropped_with_or_without_by() {
        assert_eq!(
            without_dateline(
                "NATO Intervention in Pakistan: Dion Josh Pringle Wednesday, January 16, 2008",
                Some("Josh Pringle"),
            )
            .text,
            "NATO Intervention in Pakistan: Dion"
        );
        assert_eq!(
            without_dateline(
                "Bush speech draws mixed response By M.A.Qudoos and Nada S. Mussallam",
                Some("M.A.Qudoos and Nada S. Mussallam"),
            )
            .text,
            "Bush speech draws mixed response"
        );
        // Another name than the page's byline, with no date after it, is the headline's.
        assert_eq!(
            without_dateline("Portrait painted by Lucian Freud", Some("Ann Smith")).text,
            "Portrait painted by Lucian Freud"
        );
    }

    #[test]
    fn a_dropped_datelines_day_is_read() {
        let cases = [
            (
                "Gunners star to comeback 20080109 15:24",
                Some("2008-01-09"),
            ),
            (
                "Reading 0-2 Portsmouth 2008-01-01 17:15:00.0",
                Some("2008-01-01"),
            ),
            (
                "Bulls, Jones pursue talks 28/12/2007 11:27 - (SA)",
                Some("2007-12-28"),
            ),
            (
                "Wurz joins Honda as test driver Thursday, 10, January, 2008, 09:14",
                Some("2008-01-10"),
            ),
            (
                "Lukla Airport to be named as Hillary Tenzing Airport 15 Jan, 2008, 1202 hrs IST",
                Some("2008-01-15"),
            ),
            // A month and a year state no day; `05/06/2008` is the 5th of June or May 6th.
            ("Bin Laden issues warning on Iraq, Israel 2007/12", None),
            ("Storm hits coast 05/06/2008", None),
        ];
        for (title, want) in cases {
            assert_eq!(
                without_dateline(title, None).date.as_deref(),
                want,
                "{title}"
            );
        }
    }
}
