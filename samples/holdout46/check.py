"""Self-check of the built set: ``python -m samples.holdout46.check``.

holdout10's rules (``missing_in``): every word of every truth text cell is printed in its
PDF (whole, or broken after a hyphen or slash), every amount as ``783.242.000``, the
title / agency / region words, ``pages`` equal to the PDF's page count, as many printed
``v`` as true quarter marks (the Rencana Aksi's; the other two print none), and no PDF
reaching 300 KB (far below the brief's 1.5 MB).

All three tables run over page breaks with their header repeated, which is what this set
measures, so every page must also print the header's column-number row (``1 2 … n`` as a
line of its own: proof the whole header came back, not just one of its words) and its own
page number line (a signature pushed alone onto a last page fails).

It does not run the extractor (this set must stay blind to it).
"""

from __future__ import annotations

import sys

import pdfplumber

from samples.holdout5.check import report
from samples.holdout10.check import missing_in
from samples.holdout46 import iku, rencana_aksi, renja
from samples.holdout46.build import HERE

MODULES = {m.STEM: m for m in (iku, renja, rencana_aksi)}


def _repeated(stem: str) -> list[str]:
    """Pages whose lines lack the table's column-number row or their page number line."""
    module = MODULES[stem]
    with pdfplumber.open(HERE / "pdf" / f"{stem}.pdf") as document:
        pages = [(page.extract_text() or "").splitlines() for page in document.pages]
    numbers = " ".join(map(str, range(1, len(module.WIDTHS) + 1)))
    return [f"page {n}: no {numbers!r} row or {module.FOOTER.format(n=n)!r}"
            for n, lines in enumerate(pages, start=1)
            if numbers not in lines or module.FOOTER.format(n=n) not in lines]


def missing(stem: str) -> list[str]:
    """What the truth of ``stem`` claims that its PDF does not show (empty when it
    matches)."""
    return missing_in(HERE, stem, rencana_aksi.MARK) + _repeated(stem)


def main() -> int:
    return report(HERE / "truth", missing)


if __name__ == "__main__":
    sys.exit(main())
