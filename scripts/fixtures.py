#!/usr/bin/env python3
"""Writes the sample files in tests/files/ that the ingest tests and the end-to-end tests read:
a Word document, PDFs (with a text layer over three pages, and one scanned), a page saved as
one file (.mhtml), and pages in legacy encodings. Every text in them is written here.

The files are committed; run this again only to change them:

    python3 -m venv /tmp/fx && /tmp/fx/bin/pip install python-docx reportlab
    /tmp/fx/bin/python scripts/fixtures.py
"""
import base64
import datetime
import io
import os
import quopri

import docx
from docx.shared import Pt
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

OUT = os.path.join(os.path.dirname(__file__), "..", "tests", "files")

TRUST = ("Tillerson said in Moscow that there is a low level of trust between our two countries, "
         "and that the world’s two foremost nuclear powers cannot have this kind of relationship.")


def word():
    document = docx.Document()
    document.core_properties.title = "Press release 14/2017"
    document.core_properties.author = "Ministry Press Office"
    document.core_properties.created = datetime.datetime(2017, 12, 13, 8, 30, tzinfo=datetime.timezone.utc)
    document.core_properties.modified = document.core_properties.created
    document.add_heading("Ministers agree on a budget for the coming year", level=0)
    document.add_paragraph("The finance ministers agreed on Monday to a budget of 4.2 billion euros, "
                           "officials said after talks that lasted three hours.")
    p = document.add_paragraph("“We have a deal,” the chair said. ")
    p.add_run("It was the first agreement in two years.").bold = True
    document.add_heading("Reactions", level=1)
    document.add_paragraph(TRUST)
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Spending rises by 3 percent."
    table.rows[0].cells[1].text = "Taxes stay as they are."
    document.save(os.path.join(OUT, "press-release.docx"))


def pdf():
    """Three pages: a running header and page numbers, paragraphs across line and page breaks,
    words hyphenated at line ends, curly quotes."""
    pages = [
        ["Ministers meet in Moscow",
         "",
         "The foreign ministers met in Moscow on Wednesday for talks that lasted",
         "three hours, officials said, and agreed to set up a working group on the",
         "dispute.",
         "",
         "Tillerson said in Moscow that there is a low level of trust between our two",
         "countries, and that the world’s two fore-",
         "most nuclear powers cannot have this kind of relationship."],
        ["The talks were described as “frank” by both sides. The ministers said the nego-",
         "tiations would resume next month in Geneva, where experts will meet first.",
         "",
         "A spokesman for the ministry declined to say whether the presidents would",
         "meet before the end of the year."],
        ["Reporters were not allowed into the building. The ministry published a short",
         "statement after the meeting, saying the talks had been useful."],
    ]
    buffer = io.BytesIO()
    # `invariant`: the same bytes on every run (a fixed creation date rather than today's).
    c = canvas.Canvas(buffer, pagesize=A4, pageCompression=1, invariant=1)
    c.setTitle("Ministers meet in Moscow")
    c.setAuthor("Press Office")
    width, height = A4
    for number, lines in enumerate(pages, start=1):
        c.setFont("Helvetica", 8)
        c.drawString(72, height - 40, "Ministry of Foreign Affairs — Press release")
        y = height - 90
        for index, line in enumerate(lines):
            if number == 1 and index == 0:
                c.setFont("Helvetica-Bold", 18)
                c.drawString(72, y, line)
                y -= 30
                continue
            c.setFont("Helvetica", 11)
            if line:
                c.drawString(72, y, line)
            y -= 15
        c.setFont("Helvetica", 8)
        c.drawCentredString(width / 2, 40, f"Page {number} of {len(pages)}")
        c.showPage()
    c.save()
    # The date the release was written, in place of reportlab's fixed one (same length, so
    # the cross-reference offsets stay right).
    data = buffer.getvalue().replace(b"D:20000101000000+00'00'", b"D:20171213081500+01'00'")
    with open(os.path.join(OUT, "moscow-talks.pdf"), "wb") as f:
        f.write(data)


def long_report():
    """Fifty pages of numbered paragraphs (a long report: what must read page by page, with
    progress, without freezing the page)."""
    subjects = ["The ministry", "The committee", "A spokesman", "The regional council", "The auditors"]
    verbs = ["reported", "said", "confirmed", "estimated", "noted"]
    objects = ["that spending rose by {n} percent in {p}", "that {n} projects in {p} were delayed",
               "that the budget for section {n} in {p} was revised", "that {n} staff joined the programme in {p}",
               "that inspections found {n} faults in the network around {p}"]
    places = ["Bergen", "Tromsø", "Ålesund", "Bodø", "Stavanger", "Drammen", "Hamar", "Molde", "Narvik", "Skien", "Gjøvik"]
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4, pageCompression=1, invariant=1)
    c.setTitle("Annual report on public works")
    width, height = A4
    n = 0
    for page in range(1, 51):
        c.setFont("Helvetica", 8)
        c.drawString(72, height - 40, "Annual report on public works")
        y = height - 80
        c.setFont("Helvetica", 10)
        while y > 90:
            words = []
            for k in range(3):
                n += 1
                words.append(f"{subjects[n % 5]} {verbs[(n // 5) % 5]} {objects[(n // 25) % 5].format(n=n, p=places[n % 11])}.")
            sentence = " ".join(words)
            line, lines = "", []
            for word in sentence.split(" "):
                if len(line) + len(word) + 1 > 90:
                    lines.append(line)
                    line = word
                else:
                    line = f"{line} {word}".strip()
            lines.append(line)
            for text in lines:
                c.drawString(72, y, text)
                y -= 13
            y -= 9
        c.setFont("Helvetica", 8)
        c.drawCentredString(width / 2, 40, str(page))
        c.showPage()
    c.save()
    with open(os.path.join(OUT, "long-report.pdf"), "wb") as f:
        f.write(buffer.getvalue())


def scanned():
    """A PDF whose pages are images only, as a scanner writes them."""
    from reportlab.lib.utils import ImageReader
    import struct, zlib
    # A 2×2 grey PNG, written by hand.
    raw = b"".join(b"\x00" + b"\x80\x80" for _ in range(2))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 0, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    for _ in range(2):
        c.drawImage(ImageReader(io.BytesIO(png)), 50, 50, 400, 600)
        c.showPage()
    c.save()
    with open(os.path.join(OUT, "scanned.pdf"), "wb") as f:
        f.write(buffer.getvalue())


def mhtml():
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Storm hits the coast - Example News</title>
<meta property="og:title" content="Storm hits the coast"><meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2017-12-13T09:41:00+01:00"><meta name="author" content="Jane Doe">
<link rel="canonical" href="https://news.example.org/storm"></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<article><h1>Storm hits the coast</h1><p>The storm killed 87 people on the coast, officials said on Monday.</p>
<p>{TRUST}</p></article><aside class="related"><a href="/x">Read more</a></aside></body></html>"""
    encoded = quopri.encodestring(page.encode("utf-8")).decode("ascii")
    text = ("From: <Saved by Blink>\r\nSnapshot-Content-Location: https://news.example.org/storm\r\n"
            "Subject: Storm hits the coast\r\nDate: Wed, 13 Dec 2017 09:50:00 +0100\r\nMIME-Version: 1.0\r\n"
            "Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"----MultipartBoundary--x1----\"\r\n\r\n\r\n"
            "------MultipartBoundary--x1----\r\nContent-Type: text/html\r\nContent-ID: <frame-1@mhtml.blink>\r\n"
            "Content-Transfer-Encoding: quoted-printable\r\nContent-Location: https://news.example.org/storm\r\n\r\n"
            + encoded.replace("\n", "\r\n") +
            "\r\n------MultipartBoundary--x1----\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
            "Content-Location: https://news.example.org/logo.png\r\n\r\n" + base64.b64encode(b"\x89PNG fake").decode() +
            "\r\n------MultipartBoundary--x1------\r\n")
    with open(os.path.join(OUT, "storm.mhtml"), "w", newline="") as f:
        f.write(text)


def legacy():
    cases = [
        ("novosti-1251.html", "windows-1251", "Новости дня",
         "Правительство объявило о новом бюджете. Министр финансов сказал, что расходы вырастут на 3 процента."),
        ("nyusu-sjis.html", "shift_jis", "今日のニュース",
         "政府は新しい予算を発表した。財務大臣は、支出が３パーセント増えると述べた。"),
    ]
    for name, charset, title, body in cases:
        page = (f"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset={charset}\">"
                f"<title>{title}</title></head><body><article><h1>{title}</h1><p>{body}</p></article></body></html>")
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(page.encode(charset))


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    word()
    pdf()
    long_report()
    scanned()
    mhtml()
    legacy()
    for name in sorted(os.listdir(OUT)):
        print(name, os.path.getsize(os.path.join(OUT, name)))
