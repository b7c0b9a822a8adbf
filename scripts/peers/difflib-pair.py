"""Python difflib on a pair of texts, as issue 7 measured it: exact sentence opcodes, then word
opcodes inside each replaced run (no fuzzy matches, no moves). Prints the time and the number
of opcodes. Run by scripts/pair-peers.sh."""
import difflib
import re
import sys
import time

a, b = (open(path, encoding="utf-8").read() for path in sys.argv[1:3])
started = time.perf_counter()
split = re.compile(r"(?<=[.!?])\s+")
sa, sb = split.split(a), split.split(b)
ops = difflib.SequenceMatcher(None, sa, sb, autojunk=False).get_opcodes()
words = 0
for tag, i1, i2, j1, j2 in ops:
    if tag == "replace":
        wa, wb = " ".join(sa[i1:i2]).split(), " ".join(sb[j1:j2]).split()
        words += len(difflib.SequenceMatcher(None, wa, wb, autojunk=False).get_opcodes())
ms = (time.perf_counter() - started) * 1000
print(f"difflib {ms:.0f} ms ({len(ops)} sentence opcodes, {words} word opcodes)")
