"""Self-check of the built set: ``python -m samples.holdout47.check``.

holdout10's rules (``missing_in``): every word of every truth text cell is printed in its
PDF (whole, or broken after a hyphen or slash), every amount as ``1.070.561.000``, the
title / agency / region words, ``pages`` equal to the PDF's page count, no schedule mark
(none of these forms has one) and no PDF reaching 300 KB (well under the brief's 1.5 MB).

Every table here runs over page breaks with its header repeated, the case this set measures,
so each page must also print its table's header word, the column-number row ``1 2 … n`` in
order (proof the whole header came back, not one stray word) and its own "Halaman n" (a
signature pushed alone onto a last page fails).

It does not run the extractor (this set must stay blind to it).
"""

from __future__ import annotations

import re
import sys

import pdfplumber

from samples.holdout5.check import report
from samples.holdout10.check import missing_in
from samples.holdout47 import evaluasi, program, tujuan
from samples.holdout47.build import HERE

MODULES = {m.STEM: m for m in (evaluasi, program, tujuan)}
COLUMNS = {evaluasi.STEM: 23, program.STEM: 18, tujuan.STEM: 12}
"""How many numbered columns each document's header ends with."""


def _repeated(stem: str) -> list[str]:
    """Pages that lack the header word, the column-number row or their page number."""
    word = MODULES[stem].HEADER_WORD
    numbers = " ".join(map(str, range(1, COLUMNS[stem] + 1)))
    with pdfplumber.open(HERE / "pdf" / f"{stem}.pdf") as document:
        # Chromium centres header cells vertically; a 1 pt tolerance keeps their lines apart.
        texts = [re.sub(r"\s+", " ", page.extract_text(y_tolerance=1) or "")
                 for page in document.pages]
    return [f"page {n}: no {word!r}, {numbers!r} or 'Halaman {n}'"
            for n, text in enumerate(texts, start=1)
            if word not in text or numbers not in text or f"Halaman {n}" not in text]


def missing(stem: str) -> list[str]:
    """What the truth of ``stem`` claims that its PDF does not show (empty when it
    matches)."""
    return missing_in(HERE, stem, "√") + _repeated(stem)


def main() -> int:
    return report(HERE / "truth", missing)


if __name__ == "__main__":
    sys.exit(main())
