//! What articles disagree on: crafted corpora for speaker mismatches and for decoys that must
//! not be flagged, and the expectations on the seeds.

use std::path::PathBuf;

use parallax_engine::report::{DiscrepancyKind, Report};
use parallax_engine::text::document::text_files;
use parallax_engine::{analyze, Config, Corpus, Document};

mod common;
use common::report_of;

fn seeds() -> Report {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    let corpus = Corpus::from_documents(text_files(&dir).expect("seeds/").iter().map(|p| {
        let text = std::fs::read_to_string(p).expect("UTF-8 seed");
        Document::parse(p.file_stem().expect("stem").to_string_lossy(), text)
    }));
    analyze(&corpus, &Config::default())
}

/// `(kind, [(document, value)])` of every discrepancy.
fn discrepancies(r: &Report) -> Vec<(DiscrepancyKind, Vec<(usize, String)>)> {
    r.discrepancies
        .iter()
        .map(|d| {
            (
                d.kind,
                d.members
                    .iter()
                    .map(|m| (m.document, m.value.clone()))
                    .collect(),
            )
        })
        .collect()
}

fn values(members: &[(usize, &str)]) -> Vec<(usize, String)> {
    members.iter().map(|&(d, v)| (d, v.to_string())).collect()
}

#[test]
fn the_same_quote_put_in_another_mouth_is_a_speaker_discrepancy() {
    let r = report_of(&[
        "Talks in Moscow\n\n\"We will not allow this steady degradation to go on,\" Tillerson said after the meeting.",
        "Talks in Moscow\n\n\"We will not allow this degradation to go on,\" Lavrov told reporters on Wednesday.",
        "Talks in Moscow\n\nThe ministers met for lunch. \"We will not allow this steady degradation to go on,\" said Rex Tillerson.",
    ]);
    let group = r
        .quotes
        .iter()
        .find(|g| g.documents == 3)
        .expect("one quote in three documents");
    assert!(group.speakers_differ);
    let speakers: Vec<Option<&str>> = group.members.iter().map(|m| m.speaker.as_deref()).collect();
    assert_eq!(
        speakers,
        [Some("Tillerson"), Some("Lavrov"), Some("Rex Tillerson")]
    );
    assert_eq!(
        discrepancies(&r),
        [(
            DiscrepancyKind::Speaker,
            values(&[(0, "Tillerson"), (1, "Lavrov"), (2, "Rex Tillerson")])
        )]
    );
}

#[test]
fn decoys_are_not_flagged() {
    let r = report_of(&[
        // One speaker named two ways; one number written two ways; different counted things;
        // another kind of event; a war's toll beside an attack's; an offset beside a duration.
        "Talks in Moscow\n\n\"There is a low level of trust between our two countries,\" Rex Tillerson said. The meeting lasted 2 hours. The attack killed 10 people in the town. The war has killed more than 320,000 people. Putin met him for two hours.",
        "Talks in Moscow\n\n\"There is a low level of trust between our two countries,\" Tillerson said. The meeting lasted two hours. Firefighters rescued 2 dogs in the town. The attack injured 12 people in the town. The strike came five hours later.",
    ]);
    assert_eq!(discrepancies(&r), []);
    assert!(r
        .quotes
        .iter()
        .any(|g| g.documents == 2 && !g.speakers_differ));
}

#[test]
fn the_seeds_death_toll_is_one_number_discrepancy() {
    let r = seeds();
    let numbers: Vec<Vec<(usize, String)>> = discrepancies(&r)
        .into_iter()
        .filter(|(kind, _)| *kind == DiscrepancyKind::Number)
        .map(|(_, members)| members)
        .collect();
    assert!(
        numbers.contains(&values(&[(2, "87"), (3, "over 80"), (4, "89")])),
        "{numbers:?}"
    );
    // Each member covers the figure as written, and lies in its sentence.
    for d in &r.discrepancies {
        for m in &d.members {
            let doc = &r.documents[m.document];
            assert_eq!(&doc.text[m.start..m.end], m.value);
            let s = &doc.sentences[m.sentence];
            assert!(s.start <= m.start && m.end <= s.end, "{}", m.value);
        }
    }
}

#[test]
fn the_seeds_trust_quote_is_one_group_spoken_by_tillerson() {
    let r = seeds();
    let group = r
        .quotes
        .iter()
        .find(|g| {
            g.members.iter().any(|m| {
                r.documents[m.document].text[m.start..m.end].contains("low level of trust")
            })
        })
        .expect("the trust quote");
    let documents: Vec<usize> = group.members.iter().map(|m| m.document).collect();
    assert_eq!(documents, [0, 1, 3, 4]);
    for m in &group.members {
        assert_eq!(m.speaker.as_deref(), Some("Tillerson"));
        let quote = &r.documents[m.document].text[m.start..m.end];
        assert!(
            !quote.starts_with(['"', '“']) && !quote.ends_with(['"', '”']),
            "{quote}"
        );
    }
    assert!(!group.speakers_differ);
}
