"""Self-check of the built set: ``python -m samples.holdout18.check``.

For each document: every word of every truth text cell, every amount (``783.242.000``),
every word of the title / agency / region is printed; as many ``√`` as true quarter marks;
``documents.csv`` gives the PDF's page count; and the PDF has the internals it is meant to
have. What "printed" means depends on the document:

- searchable scan: the invisible text layer, which must also hold, page by page, exactly
  the words of the clean drawing the image was scanned from (re-drawn here);
- glyph by glyph: the characters rebuilt into words with a 1.5 pt gap (the drawing writes
  no space characters);
- image-only page: there is no text to read, so the check reads the scanned page's own
  drawing input — the clean twin re-drawn here — and requires the digital page to print
  exactly the twin's words.

It does not run the extractor (this set must stay blind to it).
"""

from __future__ import annotations

import csv
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import pdfplumber
from pypdf import PdfReader

from samples.holdout5.check import report
from samples.holdout6 import draw
from samples.holdout10.check import _cell_problems
from samples.holdout18 import iku, renja
from samples.holdout18.rencana_aksi import TICK
from samples.truth import page_count

HERE = Path(__file__).parent
MAX_TOTAL = 8_000_000
GLYPH_GAP = 1.5
"""Widest gap inside a glyph-drawn word: letter-spacing 1.3 pt; a space is ≥ 1.8 pt."""

TEXT_OBJECT = re.compile(rb"BT\b.*?\bET", re.S)
Pages = list[list[str]]


def _words(pdf: Path, gap: float = 3.0) -> Pages:
    with pdfplumber.open(pdf) as document:
        return [[w["text"] for w in page.extract_words(x_tolerance=gap)]
                for page in document.pages]


def _twin(stem: str) -> Pages:
    """Words of the clean drawing of ``stem``'s document (plain reportlab canvas)."""
    module = next(m for m in (iku, renja) if stem == m.STEM)
    with tempfile.TemporaryDirectory(prefix="holdout18_check_") as tmp:
        path = Path(tmp) / f"{stem}.pdf"
        draw.render(module.build()[0], path)
        return _words(path)


def _internals(pdf: Path, wanted: Callable[[pdfplumber.page.Page, int], str]) -> list[str]:
    with pdfplumber.open(pdf) as document:
        return [f"page {n}: {problem}" for n, page in enumerate(document.pages, start=1)
                if (problem := wanted(page, n))]


def _visible_text(pdf: Path) -> int:
    """Text objects of ``pdf`` that show their glyphs (any not set to render mode 3)."""
    objects = [block for page in PdfReader(pdf).pages
               for block in TEXT_OBJECT.findall(page.get_contents().get_data())]
    return sum(b" 3 Tr" not in block for block in objects if b"Tj" in block)


def _searchable_scan(page: pdfplumber.page.Page, _: int) -> str:
    vectors = len(page.lines) + len(page.rects) + len(page.curves)
    if len(page.images) != 1 or vectors or not page.chars:
        return f"{len(page.images)} images, {vectors} vectors, {len(page.chars)} chars"
    return ""


def _glyphs(page: pdfplumber.page.Page, _: int) -> str:
    spaces = sum(c["text"].isspace() for c in page.chars)
    return f"{spaces} space characters" if spaces else ""


def _rect_rules(page: pdfplumber.page.Page, _: int) -> str:
    stroked = sum(bool(r["stroke"]) for r in page.rects)
    if page.lines or page.curves or stroked or not page.rects:
        return f"{len(page.lines)} lines, {stroked} stroked rects"
    return ""


def _mixed(page: pdfplumber.page.Page, number: int) -> str:
    scanned = number in renja.SCANNED_PAGES
    if scanned != bool(page.images) or scanned == bool(page.chars):
        return f"{len(page.images)} images, {len(page.chars)} chars"
    return ""


def missing(stem: str) -> list[str]:
    """What the truth of ``stem`` claims that its PDF does not show (empty when it matches)."""
    pdf = HERE / "pdf" / f"{stem}.pdf"
    out: list[str] = []
    if stem == iku.STEM:
        pages = _words(pdf)
        out += _internals(pdf, _searchable_scan)
        if visible := _visible_text(pdf):
            out.append(f"{visible} visible text objects")
        if pages != _twin(stem):
            out.append("text layer differs from the scanned drawing")
    elif stem == renja.STEM:
        final, pages = _words(pdf), _twin(stem)
        out += _internals(pdf, _mixed)
        if len(final) != len(pages) or final[0] != pages[0]:
            out.append("digital page differs from the drawing")
    elif stem.startswith("renstra"):
        pages = _words(pdf, GLYPH_GAP)
        out += _internals(pdf, _glyphs)
    else:
        pages = _words(pdf)
        out += _internals(pdf, _rect_rules)
    printed = [w for page in pages for w in page]
    words, marks = set(printed), 0
    for table in sorted((HERE / "truth" / stem).glob("*.csv")):
        with table.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                if table.name == "documents.csv" and int(row["pages"]) != page_count(pdf):
                    out.append(f"pages {row['pages']} != {page_count(pdf)}")
                marks += sum(row.get(f"tw{q}") == "true" for q in range(1, 5))
                out += _cell_problems(table.name, row, words)
    if printed.count(TICK) != marks:
        out.append(f"{printed.count(TICK)} marks printed, {marks} true marks in truth")
    return out


def main() -> int:
    total = sum(p.stat().st_size for p in (HERE / "pdf").glob("*.pdf"))
    print(f"total {total} bytes")
    return report(HERE / "truth", missing) or int(total > MAX_TOTAL)


if __name__ == "__main__":
    sys.exit(main())
