"""Self-check of the built set: ``python -m samples.holdout20.check``.

Reads each PDF with pdfplumber and verifies that every word of every truth text cell is
printed in it (whole, or broken after a hyphen or slash), every amount as this set prints it
(``783.242.000`` after ``Rp`` or bare, ``1.091.349.000,00`` in the SIPD Renja), every word
of the title, agency and region, that each PDF prints as many ``✓`` as its truth has true
quarter marks, that ``documents.csv`` gives the PDF's real page count, and that no PDF
reaches 300 KB. The per-cell rules are holdout10's. It does not run the extractor.
"""

from __future__ import annotations

import sys
from pathlib import Path

from samples.holdout10.check import check_set
from samples.holdout20.rencana_aksi import MARK

HERE = Path(__file__).parent


def main() -> int:
    return check_set(HERE, MARK)


if __name__ == "__main__":
    sys.exit(main())
