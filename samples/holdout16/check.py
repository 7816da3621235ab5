"""Self-check of the built set: ``python -m samples.holdout16.check``.

holdout10's rules (``missing_in``: every word of every truth text cell printed in its PDF,
every amount printed as ``783.242.000``, title / agency / region words case-insensitively,
``pages`` equal to the PDF's page count, as many ``√`` as true quarter marks, under
300 KB), plus what a whole document adds:

- the ``unit`` of every Rencana Aksi row is printed (in capitals) in its "BIDANG …" line;
- the table of contents tells the truth: each "BAB …" line's page number is the folio of
  the page that prints that chapter heading (the page plan held).

It does not run the extractor (this set must stay blind to it).
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

import pdfplumber

from samples.holdout5.check import report
from samples.holdout8.check import printed_words
from samples.holdout10.check import missing_in

HERE = Path(__file__).parent
MARK = "√"
CONTENTS = re.compile(r"(BAB [IVX]+)\b\D*?(\d+)")
"""A contents entry: the chapter and, after its (digit-free) title, its page number."""


def _units(stem: str, upper: set[str]) -> list[str]:
    path = HERE / "truth" / stem / "rencana_aksi.csv"
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as handle:
        return [f"unit:{w}" for row in csv.DictReader(handle) for w in row["unit"].split()
                if w.upper() not in upper]


def _contents(stem: str) -> list[str]:
    """Contents lines whose page number is not the folio of the chapter's page."""
    with pdfplumber.open(HERE / "pdf" / f"{stem}.pdf") as pdf:
        pages = [(page.extract_text() or "").splitlines() for page in pdf.pages]
    folios = {re.findall(r"\d+", lines[-1])[-1]: lines for lines in pages
              if lines and re.search(r"\d+", lines[-1])}
    toc = next(lines for lines in pages if "DAFTAR ISI" in lines[:1])
    entries = CONTENTS.findall("\n".join(toc))
    return [f"contents: {chapter} not on page {page}" for chapter, page in entries
            if chapter not in folios.get(page, [])] or ([] if entries else ["no contents"])


def missing(stem: str) -> list[str]:
    """What the truth of ``stem`` claims that its PDF does not show (empty when it matches)."""
    upper = {w.upper() for w in printed_words(HERE / "pdf" / f"{stem}.pdf")}
    return missing_in(HERE, stem, MARK) + _units(stem, upper) + _contents(stem)


def main() -> int:
    return report(HERE / "truth", missing)


if __name__ == "__main__":
    sys.exit(main())
