//! The languages a document can be in, by code and by name: every language
//! [`super::detect::detect`] names, and so every language a user may set a document to when
//! the detection is wrong (a short text, a quotation in another language).

/// The code of a language no one determined: too little text to tell.
pub const UNDETERMINED: &str = "und";

/// *Sorted by code.* Every language [`super::detect::detect`] names: its ISO 639-1 code and
/// its name in English (how the views name it).
pub const LANGUAGES: &[(&str, &str)] = &[
    ("ar", "Arabic"),
    ("de", "German"),
    ("el", "Greek"),
    ("en", "English"),
    ("es", "Spanish"),
    ("fa", "Persian"),
    ("fr", "French"),
    ("he", "Hebrew"),
    ("hi", "Hindi"),
    ("id", "Indonesian"),
    ("it", "Italian"),
    ("ja", "Japanese"),
    ("ko", "Korean"),
    ("nl", "Dutch"),
    ("pl", "Polish"),
    ("ps", "Pashto"),
    ("pt", "Portuguese"),
    ("ru", "Russian"),
    ("sv", "Swedish"),
    ("th", "Thai"),
    ("tr", "Turkish"),
    ("uk", "Ukrainian"),
    ("ur", "Urdu"),
    ("vi", "Vietnamese"),
    ("yi", "Yiddish"),
    ("zh", "Chinese"),
];

/// The code `code` as the engine keeps it (a `'static` string, like the detection's answer),
/// when it names a language of [`LANGUAGES`] or [`UNDETERMINED`]; `None` for anything else.
pub fn known(code: &str) -> Option<&'static str> {
    if code == UNDETERMINED {
        return Some(UNDETERMINED);
    }
    let at = LANGUAGES.binary_search_by(|(c, _)| (*c).cmp(code)).ok()?;
    Some(LANGUAGES[at].0)
}

/// The English name of the language `code` names (`de` → `German`); "Undetermined" for
/// [`UNDETERMINED`], and the code itself for a code it does not know (a report from a later
/// version may name more languages).
pub fn name(code: &str) -> &str {
    match LANGUAGES.binary_search_by(|(c, _)| (*c).cmp(code)) {
        Ok(at) => LANGUAGES[at].1,
        Err(_) if code == UNDETERMINED => "Undetermined",
        Err(_) => code,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::detect::detect;

    #[test]
    fn languages_are_sorted_by_code_and_named() {
        assert!(LANGUAGES.windows(2).all(|w| w[0].0 < w[1].0));
        assert_eq!(name("de"), "German");
        assert_eq!(name("und"), "Undetermined");
        assert_eq!(name("xx"), "xx");
        assert_eq!(known("zh"), Some("zh"));
        assert_eq!(known("und"), Some("und"));
        assert_eq!(known("xx"), None);
        assert_eq!(known(""), None);
    }

    /// Whatever the detection answers is a language a user could also have chosen.
    #[test]
    fn every_detected_language_is_listed() {
        let samples = [
            "The minister said on Monday that the talks would resume.",
            "Der Minister sagte am Montag, dass die Gespräche wieder aufgenommen werden.",
            "Minister powiedział w poniedziałek, że rozmowy nie zostaną wznowione przez rząd.",
            "Ministern sa på måndagen att samtalen med facket inte är över och att det är klart.",
            "Menteri mengatakan bahwa pembicaraan dengan serikat pekerja akan dilanjutkan pada musim semi.",
            "Ο υπουργός δήλωσε τη Δευτέρα ότι οι συνομιλίες θα συνεχιστούν την άνοιξη.",
            "รัฐมนตรีกล่าวเมื่อวันจันทร์ว่าการเจรจากับสหภาพแรงงานจะเริ่มขึ้นอีกครั้ง",
            "وزیر روز دوشنبه گفت که گفتگوها با اتحادیه‌ها در بهار از سر گرفته می‌شود و پیگیری خواهد شد.",
            "וועט דער מיניסטער זאָגן אַז די שמועסן וועלן זיך אָנהייבן ווידער אין פֿרילינג.",
            "OK 12",
        ];
        for text in samples {
            let code = detect(text);
            assert!(known(code).is_some(), "{code} for {text}");
        }
    }
}
