#!/usr/bin/env python3
"""Runs open extractors (trafilatura, readability-lxml) on the development pages the extraction
harness reads, and writes their results where the harness scores them by its own measure.

Run by hand, never in CI, with a Python that has the extractors (outside the repository):

    python3 -m venv VENV && VENV/bin/pip install trafilatura readability-lxml
    PARALLAX_EXTRACT_DATA=DATA scripts/extract-eval.sh --list > pages.tsv
    VENV/bin/python scripts/extract-compare.py pages.tsv OUT [--only trafilatura|readability]
    PARALLAX_EXTRACT_DATA=DATA scripts/extract-eval.sh --outputs OUT/trafilatura
    PARALLAX_EXTRACT_DATA=DATA scripts/extract-eval.sh --outputs OUT/readability-lxml

`pages.tsv` is the harness's page list (set, page, source file, tab-separated), so both sides
read the very same pages. Each extractor gets the page's bytes as saved (it decodes them as it
would for a user) and writes OUT/<extractor>/<set>/<page>.txt: the title on the first line, then
the body. The harness then scores those files with exactly the body measure (bag-of-words
precision/recall/F1) and title measures it applies to Parallax's reader.

- trafilatura: `extract(..., output_format="json", with_metadata=True)` with its defaults
  (comments left out, tables kept); title its `title`, body its `text`.
- readability-lxml: `Document(...).summary()` as text (every tag a space, as the harness reads
  expected HTML), title `short_title()` (its headline without the site's name).

A page an extractor fails on (an exception, or more than TIMEOUT seconds) is written empty and
counted in the summary printed at the end. Only development sets: the held-out benchmark is
never among the harness's pages.
"""

import html
import json
import os
import re
import signal
import sys
import time

TIMEOUT = 30


class Timeout(Exception):
    pass


def on_alarm(signum, frame):
    raise Timeout()


def run_trafilatura(data):
    import trafilatura

    out = trafilatura.extract(
        data,
        output_format="json",
        with_metadata=True,
        include_comments=False,
    )
    if not out:
        return "", ""
    doc = json.loads(out)
    return doc.get("title") or "", doc.get("text") or ""


TAG = re.compile(r"<[^>]*>")


def run_readability(data):
    from readability import Document

    doc = Document(data)
    body = html.unescape(TAG.sub(" ", doc.summary(html_partial=True)))
    return doc.short_title() or "", body


EXTRACTORS = {"trafilatura": run_trafilatura, "readability-lxml": run_readability}


def one_line(text):
    return " ".join(text.split())


def main():
    args = sys.argv[1:]
    only = None
    if "--only" in args:
        at = args.index("--only")
        only = args[at + 1]
        del args[at : at + 2]
    if len(args) != 2:
        sys.exit(__doc__)
    pages_file, out_dir = args
    pages = []
    with open(pages_file, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 3:
                pages.append(parts)
    signal.signal(signal.SIGALRM, on_alarm)
    for name, run in EXTRACTORS.items():
        if only and only not in name:
            continue
        failed, started = 0, time.time()
        for set_name, page, source in pages:
            target = os.path.join(out_dir, name, set_name, page + ".txt")
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(source, "rb") as f:
                data = f.read()
            title, body = "", ""
            signal.alarm(TIMEOUT)
            try:
                title, body = run(data)
            except Exception:  # noqa: BLE001 (any failure is an empty result, counted)
                failed += 1
            finally:
                signal.alarm(0)
            with open(target, "w", encoding="utf-8") as f:
                f.write(one_line(title) + "\n" + body)
        print(
            f"{name}: {len(pages)} pages in {time.time() - started:.0f} s, {failed} failed",
            file=sys.stderr,
        )


if __name__ == "__main__":
    main()
