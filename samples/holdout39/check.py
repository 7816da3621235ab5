"""Self-check of the built set: ``python -m samples.holdout39.check``.

holdout10's rules (``missing_in``): every word of every truth text cell is printed in its
PDF, every amount as ``1.080.956.000``, the title / agency / region words, ``pages`` equal
to the PDF's page count, no quarter mark, no PDF over 300 KB. On top, what this set prints
differently:

- a ``code_raw`` is printed whole (Renja) or as its five column cells (Renstra:
  ``1 | 06 | 04 | 2.01 | 0001``, see ``renstra.code_cells``), so holdout10's word test of
  it is replaced by that;
- the Renja prints one accounting ``Rp`` per amount in truth (the CSS-generated sign);
- the reportlab documents use only base-14 fonts, none embedded.

It does not run the extractor (this set must stay blind to it).
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pdfplumber
from pdfminer.pdftypes import resolve1

from samples.holdout5.check import report
from samples.holdout8.check import printed_words
from samples.holdout10.check import missing_in
from samples.holdout39.build import REPORTLAB
from samples.holdout39.renstra import code_cells

HERE = Path(__file__).parent
MARK = "√"
"""No document of this set has quarter marks: none may be printed."""
BASE14 = frozenset({"Helvetica", "Helvetica-Bold", "Times-Roman", "Times-Bold"})


def _rows(stem: str, table: str) -> list[dict[str, str]]:
    path = HERE / "truth" / stem / f"{table}.csv"
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _codes(stem: str, words: set[str]) -> list[str]:
    """Codes printed neither whole nor as their column cells."""
    codes = {r["code_raw"] for r in _rows(stem, "plan_items") if r["code_raw"]}
    return [f"code_raw:{c}" for c in sorted(codes)
            if c not in words and not {p for p in code_cells(c) if p} <= words]


def _signs(stem: str, printed: list[str]) -> list[str]:
    """The Renja's ``Rp`` signs against its amounts (one per truth row's budget)."""
    if not stem.startswith("renja"):
        return []
    amounts = sum(bool(r["budget_idr"]) for r in _rows(stem, "plan_items"))
    count = printed.count("Rp")
    return [] if count == amounts else [f"{count} Rp printed, {amounts} amounts"]


def _fonts(pdf: Path) -> list[str]:
    """Fonts of a reportlab document that are not base-14 or are embedded."""
    with pdfplumber.open(pdf) as document:
        fonts = [resolve1(font) for page in document.pages
                 for font in resolve1(page.page_obj.resources.get("Font", {})).values()]
    return [f"font {font['BaseFont'].name}" for font in fonts
            if font["BaseFont"].name not in BASE14 or "FontDescriptor" in font]


def missing(stem: str) -> list[str]:
    """What the truth of ``stem`` claims that its PDF does not show (empty when it matches)."""
    pdf = HERE / "pdf" / f"{stem}.pdf"
    printed = printed_words(pdf)
    out = [p for p in missing_in(HERE, stem, MARK) if ":code_raw:" not in p]
    out += _codes(stem, set(printed)) + _signs(stem, printed)
    if stem.split("_")[0] in REPORTLAB:
        out += _fonts(pdf)
    return out


def main() -> int:
    return report(HERE / "truth", missing)


if __name__ == "__main__":
    sys.exit(main())
