#!/usr/bin/env bash
# Coverage-guided fuzzing of the engine (cargo-fuzz / libFuzzer): document parsing,
# segmentation, quotes and figures and the corpus analysis (`analyze`), pair alignment
# (`align`), the word diff (`word_diff`), and reading user files (`import`: every encoding,
# HTML, .mhtml, Markdown, .docx and .pdf reading, then the engine on the result).
#
#   scripts/fuzz.sh [SECONDS]      each target for SECONDS (default 300), the seeds as corpus
#
# cargo-fuzz needs nightly-only compiler flags; on a stable toolchain RUSTC_BOOTSTRAP=1 allows
# them. A crash lands in fuzz/artifacts/TARGET/; add it to the engine's tests as a regression.
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
seconds=${1:-300}
command -v cargo-fuzz >/dev/null 2>&1 || cargo install cargo-fuzz --locked
export RUSTC_BOOTSTRAP=1
for target in analyze align word_diff import; do
  mkdir -p "corpus/$target"
  cp ../seeds/*.txt "corpus/$target/"
  if [ "$target" = import ]; then
    # The sample Word, PDF, single-file page and legacy-encoded files, each behind the byte
    # that makes the target read it as its format (fuzz_targets/import.rs).
    for sample in ../tests/files/*; do
      case "$sample" in
        *.html) kind='\x02' ;; *.mhtml) kind='\x03' ;; *.docx) kind='\x04' ;; *.pdf) kind='\x05' ;; *) continue ;;
      esac
      { printf "$kind"; cat "$sample"; } > "corpus/import/$(basename "$sample")"
    done
  fi
  cargo fuzz run -O "$target" -- -max_total_time="$seconds" -rss_limit_mb=3000 -max_len=65536
done
