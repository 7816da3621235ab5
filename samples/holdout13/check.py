"""Self-check of the built set: ``python -m samples.holdout13.check``.

Reads each PDF with pdfplumber and verifies that every word of every truth text cell is
printed in it (whole, or broken after a hyphen or slash), every amount as this set prints
it (``783.242.000``), every word of the title, agency and region (case-insensitively), that
each PDF prints as many ``√`` as its truth has true quarter marks, that ``documents.csv``
gives the PDF's real page count and that no PDF reaches 300 KB (holdout10's rules).

Vertically centred cells without an inner grid (the Rencana Aksi) put lines of
neighbouring cells a few points apart, so pdfplumber's default reading chains them into one
line and interleaves their letters; a word the default reading misses counts as printed
when pdfplumber finds it in the PDF's text-flow order. It does not run the extractor (this
set must stay blind to it).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pdfplumber

from samples.holdout5.check import report
from samples.holdout10.check import missing_in

HERE = Path(__file__).parent
MARK = "√"


def flow_words(pdf: Path) -> set[str]:
    """Words of ``pdf`` read in the order the renderer wrote them (one cell line at a time)."""
    with pdfplumber.open(pdf) as document:
        return {w["text"] for page in document.pages
                for w in page.extract_words(use_text_flow=True)}


def missing(stem: str) -> list[str]:
    """What the truth of ``stem`` claims that its PDF does not show (empty when it matches)."""
    flow = flow_words(HERE / "pdf" / f"{stem}.pdf")
    return [problem for problem in missing_in(HERE, stem, MARK)
            if problem.rpartition(":")[2] not in flow]


def main() -> int:
    return report(HERE / "truth", missing)


if __name__ == "__main__":
    sys.exit(main())
