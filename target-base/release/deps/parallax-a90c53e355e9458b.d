/work/wt/target-base/release/deps/parallax-a90c53e355e9458b.d: crates/cli/src/main.rs

/work/wt/target-base/release/deps/parallax-a90c53e355e9458b: crates/cli/src/main.rs

crates/cli/src/main.rs:
