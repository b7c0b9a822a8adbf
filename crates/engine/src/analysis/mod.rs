//! **Analyses across documents**: what two or more prepared documents ([`crate::corpus`])
//! have in common and where they differ.
//!
//! | module          | does                                                                |
//! |-----------------|---------------------------------------------------------------------|
//! | `align`         | pair alignment: identical anchors, fuzzy matches in the gaps, heaviest in-order chain, 1:2 joins, moves, rows |
//! | `blocks`        | reused blocks of a pair: matched rows joined across small gaps, trimmed to the shared words |
//! | `cluster`       | corpus-wide clusters of sentences (forms, representatives, union–find) and the N×N matrix |
//! | `quote_groups`  | quotations grouped across documents                                 |
//! | `discrepancies` | facts stated with different figures (number discrepancies)          |
//! | `sets`          | disjoint sets that never join two items of one document (clusters and quote groups) |
//!
//! Imports every layer below but [`crate::report`]; the report assembles what these find.

pub mod align;
pub mod blocks;
pub mod cluster;
pub mod discrepancies;
pub mod quote_groups;
pub(crate) mod sets;

pub use align::{align_pair, Row, RowOp};
pub use cluster::{analyze_corpus, CorpusAnalysis};
