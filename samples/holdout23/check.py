"""Self-check of the built set: ``python -m samples.holdout23.check``.

holdout10's rules (``missing_in``): every word of every truth text cell is printed in its
PDF, the title, agency and region words case-insensitively, ``pages`` equals the PDF's
page count, no PDF reaches 300 KB (this set prints no quarter marks, so none may appear).
Rule added for this set: every ``target_raw`` is printed whole on one text line, so a
comparison sign (``≥ 85%``) cannot have come apart from its number.

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
"""A quarter mark: none is printed and none is true in this set."""


def _whole(stem: str) -> list[str]:
    """Targets whose printed text is not found whole on any line of the PDF."""
    with pdfplumber.open(HERE / "pdf" / f"{stem}.pdf") as doc:
        lines = [f" {line} " for page in doc.pages
                 for line in (page.extract_text() or "").split("\n")]
    with (HERE / "truth" / stem / "renstra_targets.csv").open(encoding="utf-8") as handle:
        raws = {row["target_raw"] for row in csv.DictReader(handle)}
    return [f"target:{raw}" for raw in sorted(raws)
            if not any(f" {raw} " in line for line in lines)]


def missing(stem: str) -> list[str]:
    """What the truth of ``stem`` claims that its PDF does not show (empty when it matches)."""
    return missing_in(HERE, stem, MARK) + _whole(stem)


def main() -> int:
    return report(HERE / "truth", missing)


if __name__ == "__main__":
    sys.exit(main())
