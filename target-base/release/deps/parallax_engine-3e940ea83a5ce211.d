/work/wt/target-base/release/deps/parallax_engine-3e940ea83a5ce211.d: crates/engine/src/lib.rs crates/engine/src/analysis/mod.rs crates/engine/src/analysis/align.rs crates/engine/src/analysis/blocks.rs crates/engine/src/analysis/cluster.rs crates/engine/src/analysis/discrepancies.rs crates/engine/src/analysis/quote_groups.rs crates/engine/src/analysis/sets.rs crates/engine/src/base/mod.rs crates/engine/src/base/config.rs crates/engine/src/base/hash.rs crates/engine/src/base/order.rs crates/engine/src/base/span.rs crates/engine/src/corpus/mod.rs crates/engine/src/corpus/entry.rs crates/engine/src/features/mod.rs crates/engine/src/features/figures.rs crates/engine/src/features/quotes.rs crates/engine/src/lang/mod.rs crates/engine/src/lang/common.rs crates/engine/src/lang/en.rs crates/engine/src/lang/tables.rs crates/engine/src/matching/mod.rs crates/engine/src/matching/diff.rs crates/engine/src/matching/index.rs crates/engine/src/matching/passages.rs crates/engine/src/matching/similarity.rs crates/engine/src/report/mod.rs crates/engine/src/report/discrepancies.rs crates/engine/src/report/documents.rs crates/engine/src/report/format.rs crates/engine/src/report/pairs.rs crates/engine/src/report/quotes.rs crates/engine/src/text/mod.rs crates/engine/src/text/document.rs crates/engine/src/text/furniture.rs crates/engine/src/text/normalize.rs crates/engine/src/text/numbers.rs crates/engine/src/text/segment.rs crates/engine/src/text/words.rs

/work/wt/target-base/release/deps/libparallax_engine-3e940ea83a5ce211.rlib: crates/engine/src/lib.rs crates/engine/src/analysis/mod.rs crates/engine/src/analysis/align.rs crates/engine/src/analysis/blocks.rs crates/engine/src/analysis/cluster.rs crates/engine/src/analysis/discrepancies.rs crates/engine/src/analysis/quote_groups.rs crates/engine/src/analysis/sets.rs crates/engine/src/base/mod.rs crates/engine/src/base/config.rs crates/engine/src/base/hash.rs crates/engine/src/base/order.rs crates/engine/src/base/span.rs crates/engine/src/corpus/mod.rs crates/engine/src/corpus/entry.rs crates/engine/src/features/mod.rs crates/engine/src/features/figures.rs crates/engine/src/features/quotes.rs crates/engine/src/lang/mod.rs crates/engine/src/lang/common.rs crates/engine/src/lang/en.rs crates/engine/src/lang/tables.rs crates/engine/src/matching/mod.rs crates/engine/src/matching/diff.rs crates/engine/src/matching/index.rs crates/engine/src/matching/passages.rs crates/engine/src/matching/similarity.rs crates/engine/src/report/mod.rs crates/engine/src/report/discrepancies.rs crates/engine/src/report/documents.rs crates/engine/src/report/format.rs crates/engine/src/report/pairs.rs crates/engine/src/report/quotes.rs crates/engine/src/text/mod.rs crates/engine/src/text/document.rs crates/engine/src/text/furniture.rs crates/engine/src/text/normalize.rs crates/engine/src/text/numbers.rs crates/engine/src/text/segment.rs crates/engine/src/text/words.rs

/work/wt/target-base/release/deps/libparallax_engine-3e940ea83a5ce211.rmeta: crates/engine/src/lib.rs crates/engine/src/analysis/mod.rs crates/engine/src/analysis/align.rs crates/engine/src/analysis/blocks.rs crates/engine/src/analysis/cluster.rs crates/engine/src/analysis/discrepancies.rs crates/engine/src/analysis/quote_groups.rs crates/engine/src/analysis/sets.rs crates/engine/src/base/mod.rs crates/engine/src/base/config.rs crates/engine/src/base/hash.rs crates/engine/src/base/order.rs crates/engine/src/base/span.rs crates/engine/src/corpus/mod.rs crates/engine/src/corpus/entry.rs crates/engine/src/features/mod.rs crates/engine/src/features/figures.rs crates/engine/src/features/quotes.rs crates/engine/src/lang/mod.rs crates/engine/src/lang/common.rs crates/engine/src/lang/en.rs crates/engine/src/lang/tables.rs crates/engine/src/matching/mod.rs crates/engine/src/matching/diff.rs crates/engine/src/matching/index.rs crates/engine/src/matching/passages.rs crates/engine/src/matching/similarity.rs crates/engine/src/report/mod.rs crates/engine/src/report/discrepancies.rs crates/engine/src/report/documents.rs crates/engine/src/report/format.rs crates/engine/src/report/pairs.rs crates/engine/src/report/quotes.rs crates/engine/src/text/mod.rs crates/engine/src/text/document.rs crates/engine/src/text/furniture.rs crates/engine/src/text/normalize.rs crates/engine/src/text/numbers.rs crates/engine/src/text/segment.rs crates/engine/src/text/words.rs

crates/engine/src/lib.rs:
crates/engine/src/analysis/mod.rs:
crates/engine/src/analysis/align.rs:
crates/engine/src/analysis/blocks.rs:
crates/engine/src/analysis/cluster.rs:
crates/engine/src/analysis/discrepancies.rs:
crates/engine/src/analysis/quote_groups.rs:
crates/engine/src/analysis/sets.rs:
crates/engine/src/base/mod.rs:
crates/engine/src/base/config.rs:
crates/engine/src/base/hash.rs:
crates/engine/src/base/order.rs:
crates/engine/src/base/span.rs:
crates/engine/src/corpus/mod.rs:
crates/engine/src/corpus/entry.rs:
crates/engine/src/features/mod.rs:
crates/engine/src/features/figures.rs:
crates/engine/src/features/quotes.rs:
crates/engine/src/lang/mod.rs:
crates/engine/src/lang/common.rs:
crates/engine/src/lang/en.rs:
crates/engine/src/lang/tables.rs:
crates/engine/src/matching/mod.rs:
crates/engine/src/matching/diff.rs:
crates/engine/src/matching/index.rs:
crates/engine/src/matching/passages.rs:
crates/engine/src/matching/similarity.rs:
crates/engine/src/report/mod.rs:
crates/engine/src/report/discrepancies.rs:
crates/engine/src/report/documents.rs:
crates/engine/src/report/format.rs:
crates/engine/src/report/pairs.rs:
crates/engine/src/report/quotes.rs:
crates/engine/src/text/mod.rs:
crates/engine/src/text/document.rs:
crates/engine/src/text/furniture.rs:
crates/engine/src/text/normalize.rs:
crates/engine/src/text/numbers.rs:
crates/engine/src/text/segment.rs:
crates/engine/src/text/words.rs:
