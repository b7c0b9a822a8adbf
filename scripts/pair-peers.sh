#!/usr/bin/env bash
# Times the CLI's `compare --json` on a pair of texts against the peers issue 7 named: jsdiff
# (`diffSentences` + `diffWords`) and Python difflib (exact sentence opcodes + word opcodes).
# Run by hand, never in CI. jsdiff is installed into PEERS_DIR (outside the repository) from
# npm on first use; the release CLI is built if needed.
#
#   scripts/pair-peers.sh A.txt B.txt [runs]
#   (the 1 MB pair: cargo run --release -p parallax-engine --example shapes -- DIR, then DIR/pair)
set -euo pipefail
cd "$(dirname "$0")/.."
a=${1:?usage: scripts/pair-peers.sh A.txt B.txt [runs]}
b=${2:?usage: scripts/pair-peers.sh A.txt B.txt [runs]}
runs=${3:-5}
# Absolute: the jsdiff script resolves its `require` from it.
export PEERS_DIR=$(realpath -m "${PEERS_DIR:-target/peers}")
if [ ! -d "$PEERS_DIR/node_modules/diff" ]; then
  mkdir -p "$PEERS_DIR"
  npm install --silent --no-audit --no-fund --prefix "$PEERS_DIR" diff@8.0.4
fi
cargo build -q --release -p parallax-cli
for _ in $(seq "$runs"); do
  start=$(date +%s%N)
  ./target/release/parallax compare --json "$a" "$b" > /dev/null
  echo "parallax $(( ($(date +%s%N) - start) / 1000000 )) ms (compare --json: alignment, fuzzy matches, moves, word diffs)"
  # The peers print their own diffing time (after reading the files); the whole process,
  # as Parallax's above is timed, is printed beside it.
  for peer in "node scripts/peers/jsdiff-pair.mjs" "python3 scripts/peers/difflib-pair.py"; do
    start=$(date +%s%N)
    line=$($peer "$a" "$b")
    echo "$line; whole process $(( ($(date +%s%N) - start) / 1000000 )) ms"
  done
done
