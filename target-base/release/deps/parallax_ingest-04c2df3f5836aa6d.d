/work/wt/target-base/release/deps/parallax_ingest-04c2df3f5836aa6d.d: crates/ingest/src/lib.rs crates/ingest/src/html.rs crates/ingest/src/markdown.rs

/work/wt/target-base/release/deps/libparallax_ingest-04c2df3f5836aa6d.rlib: crates/ingest/src/lib.rs crates/ingest/src/html.rs crates/ingest/src/markdown.rs

/work/wt/target-base/release/deps/libparallax_ingest-04c2df3f5836aa6d.rmeta: crates/ingest/src/lib.rs crates/ingest/src/html.rs crates/ingest/src/markdown.rs

crates/ingest/src/lib.rs:
crates/ingest/src/html.rs:
crates/ingest/src/markdown.rs:
