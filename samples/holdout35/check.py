"""Self-check of the built set: ``python -m samples.holdout35.check``.

holdout10's rules (``missing_in``): every word of every truth text cell is printed in its
PDF (whole, or broken after a hyphen or slash), every amount as ``1.091.349.000``, the
title, agency and region words case-insensitively, ``pages`` equals the PDF's page count,
every true quarter mark is one printed ``✓`` (only the "T" columns print it; the "R"
columns are blank, so the count equals the truth's true tw marks) and no PDF reaches
300 KB.

It does not run the extractor (this set must stay blind to it).
"""

from __future__ import annotations

import sys
from pathlib import Path

from samples.holdout10.check import check_set
from samples.holdout35.rencana_aksi import MARK

HERE = Path(__file__).parent


def main() -> int:
    return check_set(HERE, MARK)


if __name__ == "__main__":
    sys.exit(main())
