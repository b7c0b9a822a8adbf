//! Tables that belong to no language.

/// *Sorted.* Endings of domain names, which a dot with no space before a capital may also be
/// (`example.Com`): such a dot does not end a sentence.
pub const DOMAIN_ENDINGS: &[&str] = &[
    "biz", "co", "com", "de", "edu", "fr", "gov", "info", "int", "io", "mil", "net", "news", "org",
    "ru", "uk", "us",
];
