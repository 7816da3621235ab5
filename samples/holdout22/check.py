"""Self-check of the built set: ``python -m samples.holdout22.check``.

holdout10's rules (``missing_in``): every word of every truth text cell is printed in its
PDF, every amount as ``1.091.349.000``, the title, agency and region words, ``pages``
equals the PDF's page count, every true quarter mark is one printed ``√``, no PDF reaches
300 KB. Rules added for this set's layouts: in the across-then-down Renstra every item
code is printed twice (left band and repeated print titles); the Rencana Aksi's first
page is portrait and every later page landscape.

It does not run the extractor (this set must stay blind to it).
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pdfplumber

from samples.holdout5.check import report
from samples.holdout10.check import missing_in

HERE = Path(__file__).parent
MARK = "√"


def _repeated_codes(stem: str) -> list[str]:
    """Codes of a table split across then down that are not printed once per band."""
    with pdfplumber.open(HERE / "pdf" / f"{stem}.pdf") as doc:
        words = [w["text"] for page in doc.pages for w in page.extract_words()]
    with (HERE / "truth" / stem / "plan_items.csv").open(encoding="utf-8") as handle:
        codes = {row["code_raw"] for row in csv.DictReader(handle)}
    return [f"code {code} printed {words.count(code)}x" for code in sorted(codes)
            if words.count(code) != 2]


def _turning(stem: str) -> list[str]:
    """Pages whose orientation is not portrait first, landscape after."""
    with pdfplumber.open(HERE / "pdf" / f"{stem}.pdf") as doc:
        return [f"page {p.page_number} orientation" for p in doc.pages
                if (p.width > p.height) != (p.page_number > 1)]


EXTRA = {"renstra_bontang_2025_2029": _repeated_codes, "rencana_aksi_toba_2026": _turning}
"""Layout rules per document."""


def missing(stem: str) -> list[str]:
    """What the truth of ``stem`` claims that its PDF does not show (empty when it matches)."""
    extra = EXTRA.get(stem)
    return missing_in(HERE, stem, MARK) + (extra(stem) if extra else [])


def main() -> int:
    return report(HERE / "truth", missing)


if __name__ == "__main__":
    sys.exit(main())
