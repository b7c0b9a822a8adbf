//! Evidence before "shared": page furniture and short fragments never make two articles share
//! a statement, and unrelated articles on different events share nothing.

use parallax_engine::analysis::align::RowOp;

mod common;
use common::report_of as report;

const COUNCIL: &str = "Council approves next year's budget\n\nBy Jane Smith\n\nThe city council approved a budget of 41 million dollars on Monday night after a four-hour debate.\n\nAdvertisement\n\nSchools receive the largest increase, with money for four new teachers and a renovated library.\n\nRead more\n\nThe mayor said the plan kept taxes flat for a third year.\n\nShare this article\n\nSign up for our newsletter\n\n© 2017 The Daily Example. All rights reserved.";
const STORM: &str = "Storm cuts power to thousands\n\nBy Tom Brown\n\nA storm brought down trees and power lines across the valley overnight, leaving 12,000 homes without electricity.\n\nAdvertisement\n\nCrews worked through the morning to clear roads, and the utility expects to restore power by Thursday.\n\nRead more\n\nForecasters warned of more heavy rain over the weekend.\n\nShare this article\n\nSign up for our newsletter\n\n© 2017 The Daily Example. All rights reserved.";

#[test]
fn unrelated_articles_sharing_page_furniture_share_no_statement() {
    let r = report(&[COUNCIL, STORM]);
    assert!(
        r.clusters.is_empty(),
        "shared statements: {:?}",
        r.clusters
            .iter()
            .map(|c| {
                let [d, s] = c.members[0];
                let doc = &r.documents[d];
                doc.text[doc.sentences[s].start..doc.sentences[s].end].to_string()
            })
            .collect::<Vec<_>>()
    );
    let pair = &r.pairs[0];
    assert!(pair.similarity < 0.05, "similarity {}", pair.similarity);
    assert_eq!((pair.a_in_b, pair.b_in_a), (0.0, 0.0));
    assert!(pair.blocks.is_empty());
    assert!(pair
        .rows
        .iter()
        .all(|row| !matches!(row.op, RowOp::Equal | RowOp::Changed | RowOp::Moved)));
    assert!(r.passages.is_empty(), "passages: {:?}", r.passages);
    // The furniture is shown, marked, and not counted.
    for doc in &r.documents {
        let marked: Vec<&str> = doc
            .sentences
            .iter()
            .filter(|s| s.furniture)
            .map(|s| &doc.text[s.start..s.end])
            .collect();
        assert_eq!(marked.len(), 7, "{marked:?}");
        assert!(doc
            .sentences
            .iter()
            .filter(|s| s.furniture)
            .all(|s| s.words == 0));
        assert_eq!(doc.shared, 0.0);
    }
    assert_eq!(
        pair.counts.a_only, 4,
        "furniture is not a statement only one side has"
    );
}

#[test]
fn a_short_line_inside_a_long_sentence_is_not_the_same_statement() {
    let r = report(&[
        "Neil Young Albums\n\nThe tour ends in May.",
        "Critics rank the records Neil Young made in the seventies among his best, and the albums he released with Crazy Horse still sell thousands of copies every year around the world.",
    ]);
    assert!(r.clusters.is_empty());
    assert!(r.pairs[0].blocks.is_empty());
}

#[test]
fn a_copied_article_under_other_furniture_is_one_block() {
    let body = "The city council approved a budget of 41 million dollars on Monday night after a four-hour debate. Schools receive the largest increase, with money for four new teachers and a renovated library. The mayor said the plan kept taxes flat for a third year.";
    let a = format!("Budget passes\n\n{body}\n\nAdvertisement");
    let b = format!("Council budget approved\n\nBy Sam Lee\n\nRead more: Council approves next year's budget\n\n{body}\n\nShare this article");
    let r = report(&[&a, &b]);
    let pair = &r.pairs[0];
    assert_eq!(pair.blocks.len(), 1, "{:?}", pair.blocks);
    let block = &pair.blocks[0];
    assert_eq!(
        &a[block.a_range[0]..block.a_range[1]],
        body.trim_end_matches('.')
    );
    assert_eq!(block.kept, 1.0);
    assert_eq!(r.clusters.len(), 3);
}
