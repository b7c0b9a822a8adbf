#!/usr/bin/env bash
# Measures the HTML reader's article extraction (crates/ingest/examples/extract_eval.rs) on
# public development sets: body precision/recall/F1 as bag-of-words overlap, title, byline,
# date and outlet match rates, the worst pages. Run by hand, never in CI: it downloads
# nothing unless asked.
#
#   PARALLAX_EXTRACT_DATA=DIR scripts/extract-eval.sh [extract_eval options]
#       runs the harness on every set found under DIR (--worst N, --pages, --show NAME,
#       --only SET, --titles: see the example's documentation);
#   PARALLAX_EXTRACT_DATA=DIR scripts/extract-eval.sh --outputs OUT/trafilatura
#       scores another extractor's results by the same measures (OUT/<set>/<page>.txt: first
#       line the title, then the body). scripts/extract-compare.py writes them for
#       trafilatura and readability-lxml, from the harness's own page list, by hand:
#         python3 -m venv VENV && VENV/bin/pip install trafilatura readability-lxml
#         PARALLAX_EXTRACT_DATA=DIR scripts/extract-eval.sh --list > pages.tsv
#         VENV/bin/python scripts/extract-compare.py pages.tsv OUT
#       (VENV and OUT outside the repository);
#   scripts/extract-eval.sh fetch DIR
#       clones the sets into DIR (outside the repository), by hand, once:
#         DIR/readability   mozilla/readability, test/test-pages (Readability's layout, with
#                           expected metadata);
#         DIR/merged        j-szulc/html-cleaning-dataset-merged: CleanEval dev and final,
#                           CleanPortalEval, Dragnet, L3S-GN1 (page-signal-master) as
#                           input/ + GoldStandard/ (its copy of Readability's pages is removed:
#                           the set above is the same);
#         DIR/htmltotext    leogao2/htmltotext-benchmark (<lang>/html + <lang>/text);
#         DIR/trafilatura   adbar/trafilatura's tests/evaldata.json with tests/eval and
#                           tests/cache (snippets the text must and must not hold).
#
# Held out, never fetched or used: the Zyte/Scrapinghub article-extraction-benchmark and any
# copy of it elsewhere (trafilatura's files named by 32 hex digits are deleted after cloning,
# and the harness skips such names).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" = fetch ]; then
  dir=${2:?usage: scripts/extract-eval.sh fetch DIR}
  mkdir -p "$dir"
  clone() { # repo folder
    [ -d "$dir/$2" ] || git clone -q --depth 1 "https://github.com/$1" "$dir/$2"
  }
  clone mozilla/readability readability
  clone j-szulc/html-cleaning-dataset-merged merged
  rm -rf "$dir/merged/readability"
  clone leogao2/htmltotext-benchmark htmltotext
  if [ ! -d "$dir/trafilatura" ]; then
    git clone -q --depth 1 --filter=blob:none --no-checkout https://github.com/adbar/trafilatura "$dir/trafilatura"
    git -C "$dir/trafilatura" sparse-checkout set --no-cone /tests/evaldata.json '/tests/eval/*' '/tests/cache/*'
    git -C "$dir/trafilatura" checkout -q
  fi
  find "$dir/trafilatura/tests" -regextype posix-extended -regex '.*/[0-9a-f]{32}\.html' -delete
  echo "extract-eval: sets in $dir; run PARALLAX_EXTRACT_DATA=$dir scripts/extract-eval.sh"
  exit 0
fi

if [ -z "${PARALLAX_EXTRACT_DATA:-}" ]; then
  sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'
  exit 0
fi
cargo run -q --release -p parallax-ingest --example extract_eval -- "$PARALLAX_EXTRACT_DATA" "$@"
