# The two commands in the README. Each installs what is missing first.
.PHONY: serve test build single bench

serve:   ## serve the app on http://127.0.0.1:8080
	scripts/serve.sh

test:    ## every check: fmt, clippy (host, wasm32), native tests, browser tests, end-to-end
	scripts/test.sh

build:   ## release build into dist/
	scripts/setup.sh build && . scripts/env.sh && trunk build --release --offline

single:  ## one HTML file that works from disk: dist-single/parallax.html
	scripts/setup.sh build && . scripts/env.sh && trunk build --release --offline && node scripts/single.mjs

bench:   ## engine benchmarks
	cargo bench -p parallax-engine
