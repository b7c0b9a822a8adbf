//! Deterministic input shapes for the benchmark and for timing the CLI against other tools.
//!
//! Generated data hides the hard cases unless it is built to show them, so besides light edits
//! of the seeds there are the shapes of **syndicated copy**: the same few hundred sentences
//! reprinted by many outlets, verbatim or lightly edited, mixed with each outlet's own text.
//!
//! * [`edited_articles`]: distinct edits of the five seeds (reorder paragraphs, reword, drop
//!   and insert sentences).
//! * [`syndicated_articles`]: articles of about [`SYNDICATED_SENTENCES`] sentences: 45% wire
//!   sentences verbatim, 30% wire sentences lightly reworded, 25% the outlet's own text.
//! * [`story_articles`]: the scale shape. Like [`syndicated_articles`], but longer (about
//!   [`STORY_SENTENCES`] sentences) and each outlet's own sentences are drawn from the story's
//!   own vocabulary, so every article shares most of its words with every other: the posting
//!   lists of a word index grow with the corpus, which is what a candidate search must survive.
//! * [`syndicated_pair`]: two documents of about a megabyte where the same ~150 sentences recur
//!   throughout with small edits; B is A with blocks of sentences moved, ~10% reworded, ~3%
//!   replaced and ~2% dropped.
//!
//! Used by `benches/engine.rs` and by `examples/shapes.rs`, which writes the same inputs to
//! files for the CLI and for other tools.

#![allow(dead_code)]

use parallax_engine::text::segment::segment;

/// Sentences in one syndicated article, on average.
pub const SYNDICATED_SENTENCES: usize = 37;

/// Sentences in one article of the scale shape, on average.
pub const STORY_SENTENCES: usize = 50;

/// A small deterministic generator (xorshift64*).
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const SWAPS: &[(&str, &str)] = &[
    ("said", "told reporters"),
    ("Wednesday", "on Wednesday"),
    ("low", "new low"),
    ("Russia", "Moscow"),
    ("attack", "strike"),
    ("meeting", "talks"),
    ("two", "both"),
    ("United States", "U.S."),
    ("\"", "“"),
    ("Tillerson", "Mr Tillerson"),
    ("the ", "this "),
    ("Syria", "Damascus"),
];

/// The paragraphs of a text, each a list of sentences.
pub fn paragraphs(text: &str) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = Vec::new();
    let mut last = usize::MAX;
    for s in segment(text) {
        if s.paragraph != last {
            out.push(Vec::new());
            last = s.paragraph;
        }
        if let Some(p) = out.last_mut() {
            p.push(s.span.of(text).to_string());
        }
    }
    out
}

/// Every sentence of the seeds with at least four words: the "wire" a syndicated corpus
/// reprints (about 150 sentences).
pub fn wire(seeds: &[String]) -> Vec<String> {
    seeds
        .iter()
        .flat_map(|t| paragraphs(t).into_iter().flatten())
        .filter(|s| s.split_whitespace().count() >= 4)
        .collect()
}

/// A light edit: one to three swaps from a fixed table, or a dropped word.
pub fn reword(sentence: &str, rng: &mut Rng) -> String {
    let mut s = sentence.to_string();
    for _ in 0..=rng.below(3) {
        if rng.chance(25) {
            let words: Vec<&str> = s.split(' ').collect();
            if words.len() > 6 {
                let cut = 1 + rng.below(words.len() - 2);
                s = words
                    .iter()
                    .enumerate()
                    .filter(|&(i, _)| i != cut)
                    .map(|(_, w)| *w)
                    .collect::<Vec<_>>()
                    .join(" ");
            }
        } else {
            let (from, to) = *rng.pick(SWAPS);
            s = s.replacen(from, to, 1);
        }
    }
    s
}

/// Syllables of made-up words for an outlet's own text: words no other article shares.
const SYLLABLES: &[&str] = &[
    "ka", "lo", "mi", "ren", "tu", "sa", "vor", "ne", "pli", "dra", "gu", "shen", "ob", "tar",
    "el", "quin", "bu", "zo", "har", "fe", "lin", "mo", "ast", "riv",
];

/// Common words an outlet's own sentences share with everyone's (so they are not trivially
/// unlike the wire).
const COMMON: &[&str] = &[
    "the",
    "of",
    "and",
    "to",
    "in",
    "said",
    "officials",
    "government",
    "on",
    "week",
    "minister",
    "a",
    "for",
    "with",
    "that",
    "city",
    "reported",
    "people",
    "was",
    "after",
];

/// A sentence of an outlet's own: mostly made-up content words among common ones.
pub fn own_sentence(rng: &mut Rng) -> String {
    let words = 10 + rng.below(18);
    let mut out: Vec<String> = Vec::with_capacity(words);
    for i in 0..words {
        let word = if rng.chance(45) {
            rng.pick(COMMON).to_string()
        } else {
            let syllables = 2 + rng.below(3);
            (0..syllables).map(|_| *rng.pick(SYLLABLES)).collect()
        };
        out.push(if i == 0 { capitalise(&word) } else { word });
    }
    format!("{}.", out.join(" "))
}

fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Joins sentences into paragraphs of two to five sentences.
fn layout(sentences: &[String], rng: &mut Rng) -> String {
    let mut out = String::new();
    let mut i = 0;
    while i < sentences.len() {
        let n = (2 + rng.below(4)).min(sentences.len() - i);
        out.push_str(&sentences[i..i + n].join(" "));
        out.push_str("\n\n");
        i += n;
    }
    out
}

/// `n` syndicated articles: each takes a run of wire sentences (verbatim 45%, reworded 30%)
/// and mixes in its own text (25%).
pub fn syndicated_articles(seeds: &[String], n: usize, seed: u64) -> Vec<String> {
    let wire = wire(seeds);
    let rng = Rng(0x5eed_0000_0000_0001 ^ seed);
    let length = (SYNDICATED_SENTENCES - 5, 11);
    wire_articles(&wire, n, rng, "Wire report", length, |_, rng| {
        own_sentence(rng)
    })
}

/// `n` articles of a run of `wire` sentences each (verbatim 45%, reworded 30%) mixed with the
/// outlet's own text (25%, from `own`), of `length.0` sentences plus up to `length.1 - 1`,
/// under a headline "`title` N: talks in Moscow".
fn wire_articles(
    wire: &[String],
    n: usize,
    mut rng: Rng,
    title: &str,
    length: (usize, usize),
    own: impl Fn(&[String], &mut Rng) -> String,
) -> Vec<String> {
    (0..n)
        .map(|a| {
            let len = length.0 + rng.below(length.1);
            let mut at = rng.below(wire.len());
            let mut sentences = vec![format!("{title} {a}: talks in Moscow")];
            for _ in 0..len {
                let roll = rng.below(100);
                if roll < 25 {
                    sentences.push(own(wire, &mut rng));
                    continue;
                }
                let s = &wire[at % wire.len()];
                at += 1 + usize::from(rng.chance(20));
                sentences.push(if roll < 55 {
                    reword(s, &mut rng)
                } else {
                    s.clone()
                });
            }
            let (head, body) = sentences.split_at(1);
            format!("{}\n\n{}", head[0], layout(body, &mut rng))
        })
        .collect()
}

/// Two documents of at least `bytes` bytes each (see the module documentation).
pub fn syndicated_pair(seeds: &[String], bytes: usize, seed: u64) -> (String, String) {
    let wire = wire(seeds);
    let mut rng = Rng(0x9a1e_0000_0000_0002 ^ seed);
    // A: the wire's sentences recurring throughout, a third of them with a small edit.
    let mut a: Vec<String> = Vec::new();
    let mut size = 0;
    while size < bytes {
        let s = rng.pick(&wire);
        let s = if rng.chance(33) {
            reword(s, &mut rng)
        } else {
            s.clone()
        };
        size += s.len() + 1;
        a.push(s);
    }
    // B: blocks of 3–12 sentences, some moved elsewhere, then edits sentence by sentence.
    let mut blocks: Vec<Vec<String>> = Vec::new();
    let mut i = 0;
    while i < a.len() {
        let n = (3 + rng.below(10)).min(a.len() - i);
        blocks.push(a[i..i + n].to_vec());
        i += n;
    }
    for _ in 0..blocks.len() / 20 {
        let from = rng.below(blocks.len());
        let block = blocks.remove(from);
        let to = rng.below(blocks.len() + 1);
        blocks.insert(to, block);
    }
    let mut b = Vec::with_capacity(a.len());
    for s in blocks.into_iter().flatten() {
        match rng.below(100) {
            0..=1 => {}                              // dropped
            2..=4 => b.push(own_sentence(&mut rng)), // replaced
            5..=14 => b.push(reword(&s, &mut rng)),  // reworded
            _ => b.push(s),
        }
    }
    let mut rng_layout = Rng(seed ^ 0x1a70);
    (layout(&a, &mut rng_layout), layout(&b, &mut rng_layout))
}

/// One article made from a seed by deterministic edits (reorder paragraphs, reword, drop and
/// insert sentences).
pub fn edited_article(seeds: &[Vec<Vec<String>>], rng: &mut Rng) -> String {
    let mut paras = rng.pick(seeds).clone();
    for _ in 0..3 {
        let (i, j) = (rng.below(paras.len()), rng.below(paras.len()));
        paras.swap(i, j);
    }
    let mut out = String::new();
    for para in paras {
        let mut kept = Vec::new();
        for sentence in para {
            if rng.chance(8) {
                continue; // drop
            }
            let mut s = sentence;
            if rng.chance(30) {
                let (from, to) = SWAPS[rng.below(8)];
                s = s.replacen(from, to, 1); // reword
            }
            kept.push(s);
            if rng.chance(6) {
                let other = rng.pick(seeds);
                let p = rng.pick(other);
                kept.push(rng.pick(p).clone()); // insert
            }
        }
        if !kept.is_empty() {
            out.push_str(&kept.join(" "));
            out.push_str("\n\n");
        }
    }
    out
}

/// `n` edited articles (see [`edited_article`]).
pub fn edited_articles(seeds: &[String], n: usize) -> Vec<String> {
    let parsed: Vec<Vec<Vec<String>>> = seeds.iter().map(|t| paragraphs(t)).collect();
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15 ^ n as u64);
    (0..n).map(|_| edited_article(&parsed, &mut rng)).collect()
}

/// A sentence of an outlet's own written with the story's words: 10–27 words, each a word of
/// a random wire sentence (so common words come up as often as they do in the wire).
pub fn story_sentence(wire: &[String], rng: &mut Rng) -> String {
    let words = 10 + rng.below(18);
    let mut out: Vec<String> = Vec::with_capacity(words);
    for i in 0..words {
        let sentence: Vec<&str> = rng.pick(wire).split_whitespace().collect();
        let word = rng
            .pick(&sentence)
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_string();
        out.push(if i == 0 { capitalise(&word) } else { word });
    }
    format!("{}.", out.join(" "))
}

/// `n` articles of the scale shape (see the module documentation): wire sentences verbatim
/// (45%) and lightly reworded (30%), and the outlet's own sentences in the story's vocabulary
/// (25%).
pub fn story_articles(seeds: &[String], n: usize, seed: u64) -> Vec<String> {
    let wire = wire(seeds);
    let rng = Rng(0x5ca1_e000_0000_0001 ^ seed);
    let length = (STORY_SENTENCES - 8, 17);
    wire_articles(&wire, n, rng, "Report", length, story_sentence)
}
