"""Self-check of the built set: ``python -m samples.holdout14.check``.

Reads each PDF with pdfplumber and verifies (holdout10's shared rules) that every word of
every truth text cell is printed in it, every amount with thousands dots, every word of
the title, agency and region, that the Rencana Aksi prints as many ``V`` as its truth has
true quarter marks (the other documents none), that ``documents.csv`` gives the PDF's real
page count and that no PDF reaches 300 KB. Rules of this set's spreadsheets: a code over
five Kode columns is printed part by part (``1 | 06 | 04 | 2.01 | 0001``); Calc must never
print ``###`` (a number wider than its column), nor the distinctive words of a hidden
column. It does not run the extractor (this set must stay blind to it).
"""

from __future__ import annotations

import sys
from pathlib import Path

from samples.holdout5.check import report
from samples.holdout8.check import printed_words
from samples.holdout10.check import missing_in
from samples.holdout14 import iku_calc

HERE = Path(__file__).parent
MARK = "V"
CODE = ":code_raw:"
HIDDEN = {"iku_ternate_2026": [w for w in iku_calc.CHECKED.split() if "-" in w or ")" in w]}
"""Words typed only in a hidden column: Calc must not print them."""


def _split_code(code: str) -> list[str]:
    """A code as the Renja's five Kode columns print it: ``1 | 06 | 04 | 2.01 | 0001``."""
    parts = code.split(".")
    return [p for p in (*parts[:3], ".".join(parts[3:5]), *parts[5:]) if p]


def _shown(problem: str, words: list[str]) -> bool:
    """A code printed over the split Kode columns."""
    _, _, code = problem.partition(CODE)
    return bool(code) and all(part in words for part in _split_code(code))


def missing(stem: str) -> list[str]:
    """What the truth of ``stem`` claims that its PDF does not show (empty when it matches)."""
    words = printed_words(HERE / "pdf" / f"{stem}.pdf")
    out = [problem for problem in missing_in(HERE, stem, MARK) if not _shown(problem, words)]
    unseen = set(HIDDEN.get(stem, ()))
    return out + [f"{w} printed" for w in words if w.startswith("###") or w in unseen]


def main() -> int:
    return report(HERE / "truth", missing)


if __name__ == "__main__":
    sys.exit(main())
