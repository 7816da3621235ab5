"""Self-check of the built set: ``python -m samples.holdout12.check``.

Reads each PDF with pdfplumber and verifies that every word of every truth text cell is
printed in it (whole, or broken after a hyphen or slash), every amount as this set prints it
(``783.242.000`` after ``Rp`` or bare, ``783.242.000,00`` in the IKU), every word of the
title, agency and region (case-insensitively), that each PDF prints as many ``√`` as its
truth has true quarter marks, that ``documents.csv`` gives the PDF's real page count, and
that no PDF reaches 300 KB — i.e. the truth says what the page shows. The per-cell rules are
holdout10's (same amount styles). It does not run the extractor (this set stays blind to it).
"""

from __future__ import annotations

import sys
from pathlib import Path

from samples.holdout10.check import check_set

HERE = Path(__file__).parent
MARK = "√"


def main() -> int:
    return check_set(HERE, MARK)


if __name__ == "__main__":
    sys.exit(main())
