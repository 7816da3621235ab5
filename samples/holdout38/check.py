"""Self-check of the built set: ``python -m samples.holdout38.check``.

holdout10's rules (``missing_in``): every word of every truth text cell is printed in its
PDF (whole, or broken after a hyphen or slash), every amount as ``1.101.743.000``, the
title, agency and region words case-insensitively, ``pages`` equals the PDF's page count,
no quarter mark is printed (this set has no Rencana Aksi schedule: zero true marks, zero
``√``) and no PDF reaches 300 KB. Then this set's own claims: the Renja's footer says
"Halaman n dari N" with the real page total on every page, and the Renstra prints its
years only as the ordinals 1 … 5 (no plan year 2026–2029 in its table).

It does not run the extractor (this set must stay blind to it).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pdfplumber

from samples.holdout5.check import report
from samples.holdout10.check import missing_in
from samples.holdout38.agency import PLACE

HERE = Path(__file__).parent
MARK = "√"
"""No document prints it: the count of printed marks must be zero, like the truth's."""
RENJA = "renja_pangkalpinang_2026"
RENSTRA = "renstra_pangkalpinang_2025_2029"
HEADER = "Indikator Tujuan / Sasaran"
"""The Renstra's header line, printed in one piece where its table starts."""


def _footers(pdf: Path) -> list[str]:
    """Pages whose text lacks their "Halaman n dari N" footer."""
    with pdfplumber.open(pdf) as doc:
        total = len(doc.pages)
        return [f"page {n}: no 'Halaman {n} dari {total}'"
                for n, page in enumerate(doc.pages, start=1)
                if f"Halaman {n} dari {total}" not in (page.extract_text() or "")]


def _years_in_table(pdf: Path) -> list[str]:
    """Plan years printed in the Renstra's table (from its header to the signature date)."""
    with pdfplumber.open(pdf) as doc:
        text = "\n".join(page.extract_text() or "" for page in doc.pages)
    table = text.split(HEADER, 1)[-1].split(f"{PLACE},", 1)[0]
    return [f"year {y} printed in the table" for y in range(2026, 2030) if str(y) in table]


def missing(stem: str) -> list[str]:
    """What the truth of ``stem`` claims that its PDF does not show (empty when it matches)."""
    pdf = HERE / "pdf" / f"{stem}.pdf"
    out = missing_in(HERE, stem, MARK)
    if stem == RENJA:
        out += _footers(pdf)
    if stem == RENSTRA:
        out += _years_in_table(pdf)
    return out


def main() -> int:
    return report(HERE / "truth", missing)


if __name__ == "__main__":
    sys.exit(main())
