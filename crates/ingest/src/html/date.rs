//! Dates as ISO 8601, from the forms pages write them in: a day (`2017-12-13`), or a day
//! and time, with its offset when the page gives one (`2017-12-13T09:41:00Z`,
//! `2017-12-13T09:41:00+01:00`), never an invented one.

/// A date as ISO 8601 (see the module documentation), from the forms pages write:
/// `2017-12-13T09:41:00.000+0100`, `2017-12-13 09:41`, `2017/12/13`, `20171213`,
/// `Wed, 13 Dec 2017 09:41:00 GMT`, `December 13, 2017`, `13 December 2017`.
pub fn iso_date(text: &str) -> Option<String> {
    let text = text.trim();
    iso_like(text).or_else(|| written(text))
}

/// Parses up to `n` ASCII digits at the start of `s`, needing at least `min`.
fn digits(s: &str, min: usize, n: usize) -> Option<(u32, &str)> {
    let len = s.bytes().take(n).take_while(u8::is_ascii_digit).count();
    if len < min {
        return None;
    }
    Some((s[..len].parse().ok()?, &s[len..]))
}

fn valid_day(year: u32, month: u32, day: u32) -> bool {
    (1000..=2999).contains(&year) && (1..=12).contains(&month) && (1..=31).contains(&day)
}

/// `YYYY-MM-DD[THH:MM[:SS[.fff]]][Z|±HH[:]MM]`, with `/` or `.` or nothing between the date's
/// parts.
fn iso_like(text: &str) -> Option<String> {
    let (year, rest) = digits(text, 4, 4)?;
    let sep = rest.chars().next().filter(|c| matches!(c, '-' | '/' | '.'));
    let rest = sep.map_or(rest, |c| &rest[c.len_utf8()..]);
    let (month, rest) =
        digits(rest, 2, 2).or_else(|| digits(rest, 1, 2).filter(|_| sep.is_some()))?;
    let rest = sep.map_or(Some(rest), |c| rest.strip_prefix(c))?;
    let (day, rest) =
        digits(rest, 2, 2).or_else(|| digits(rest, 1, 2).filter(|_| sep.is_some()))?;
    if !valid_day(year, month, day) {
        return None;
    }
    let date = format!("{year:04}-{month:02}-{day:02}");
    let Some(rest) = rest.strip_prefix(['T', ' ']) else {
        return Some(date);
    };
    let Some((time, rest)) = clock(rest) else {
        return Some(date);
    };
    let offset = offset(rest.trim_start());
    Some(format!("{date}T{time}{}", offset.unwrap_or_default()))
}

/// `HH:MM[:SS[.fff]]` (or `HHMMSS`) at the start of `s`, as `HH:MM:SS`, and what follows.
fn clock(s: &str) -> Option<(String, &str)> {
    let (hour, rest) = digits(s, 1, 2)?;
    let colon = rest.starts_with(':');
    let rest = rest.strip_prefix(':').unwrap_or(rest);
    let (minute, mut rest) = digits(rest, 2, 2)?;
    let mut second = 0;
    let seconds = if colon {
        rest.strip_prefix(':')
    } else {
        Some(rest)
    };
    if let Some((s, r)) = seconds.and_then(|r| digits(r, 2, 2)) {
        second = s;
        rest = r;
        if let Some(fraction) = rest.strip_prefix(['.', ',']) {
            rest = fraction.trim_start_matches(|c: char| c.is_ascii_digit());
        }
    }
    if hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    Some((format!("{hour:02}:{minute:02}:{second:02}"), rest))
}

/// A time's offset: `Z`, `UTC`/`GMT`, `±HH:MM`, `±HHMM`, `±HH`, as `Z` or `±HH:MM`.
fn offset(s: &str) -> Option<String> {
    if s.starts_with('Z') || s.starts_with("UTC") || s.starts_with("GMT") {
        let rest = s.trim_start_matches(|c: char| c.is_ascii_alphabetic());
        if rest.starts_with(['+', '-']) {
            return offset(rest);
        }
        return Some("Z".to_string());
    }
    let sign = s.chars().next().filter(|c| matches!(c, '+' | '-'))?;
    let (hours, rest) = digits(&s[1..], 2, 2)?;
    let rest = rest.strip_prefix(':').unwrap_or(rest);
    let minutes = digits(rest, 2, 2).map_or(0, |(m, _)| m);
    if hours > 14 || minutes > 59 {
        return None;
    }
    if hours == 0 && minutes == 0 {
        return Some("Z".to_string());
    }
    Some(format!("{sign}{hours:02}:{minutes:02}"))
}

/// A date written in words: `Wed, 13 Dec 2017 09:41:00 GMT`, `December 13, 2017`,
/// `13 December 2017` (a time is read only in the first form).
fn written(text: &str) -> Option<String> {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let month_of = month;
    let number = |w: &str| -> Option<u32> {
        let w = w.trim_end_matches(|c: char| c.is_ascii_alphabetic() || c == '.');
        (!w.is_empty() && w.len() <= 4 && w.bytes().all(|b| b.is_ascii_digit()))
            .then(|| w.parse().ok())
            .flatten()
    };
    for i in 0..words.len() {
        let Some(month) = month_of(words[i]) else {
            continue;
        };
        // "13 December 2017"
        if i >= 1 && i + 1 < words.len() {
            if let (Some(day), Some(year)) = (number(words[i - 1]), number(words[i + 1])) {
                if valid_day(year, month, day) {
                    let date = format!("{year:04}-{month:02}-{day:02}");
                    let time = words
                        .get(i + 2)
                        .and_then(|w| clock(w))
                        .filter(|(_, r)| r.is_empty());
                    return Some(match time {
                        Some((time, _)) => {
                            let offset = words.get(i + 3).and_then(|w| offset(w));
                            format!("{date}T{time}{}", offset.unwrap_or_default())
                        }
                        None => date,
                    });
                }
            }
        }
        // "December 13, 2017"
        if i + 2 < words.len() {
            if let (Some(day), Some(year)) = (number(words[i + 1]), number(words[i + 2])) {
                if valid_day(year, month, day) {
                    return Some(format!("{year:04}-{month:02}-{day:02}"));
                }
            }
        }
    }
    None
}

/// The month a word names (`Dec`, `December`, `Sept.`), 1 to 12.
pub fn month(word: &str) -> Option<u32> {
    let w = word.trim_end_matches(['.', ',']).to_ascii_lowercase();
    if w.len() < 3 {
        return None;
    }
    MONTH_NAMES
        .iter()
        .position(|m| m.starts_with(w.as_str()))
        .map(|i| i as u32 + 1)
}

const MONTH_NAMES: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_become_iso_8601() {
        let cases = [
            ("2017-12-13", "2017-12-13"),
            ("2017-12-13T09:41:00Z", "2017-12-13T09:41:00Z"),
            ("2017-12-13T09:41:00.000+0100", "2017-12-13T09:41:00+01:00"),
            ("2017-12-13T09:41+01:00", "2017-12-13T09:41:00+01:00"),
            ("2017-12-13 09:41:07", "2017-12-13T09:41:07"),
            ("2017/12/13", "2017-12-13"),
            ("20171213", "2017-12-13"),
            ("Wed, 13 Dec 2017 09:41:00 GMT", "2017-12-13T09:41:00Z"),
            (
                "Wed, 13 Dec 2017 09:41:00 -0500",
                "2017-12-13T09:41:00-05:00",
            ),
            ("December 13, 2017", "2017-12-13"),
            ("13 December 2017", "2017-12-13"),
            ("Sept. 3, 2017", "2017-09-03"),
        ];
        for (text, want) in cases {
            assert_eq!(iso_date(text).as_deref(), Some(want), "{text}");
        }
        for text in ["", "yesterday", "2017-13-01", "12345", "2017-12-32"] {
            assert_eq!(iso_date(text), None, "{text}");
        }
    }
}
