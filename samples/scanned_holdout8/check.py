"""Check the built set against its digital twins (``python -m samples.scanned_holdout8.check``).

The third scanned holdout's checks, pointed at this folder: every profile has a PDF and a
truth folder and nothing else is there, each scan has its twin's page count (the truth's
`pages` too) and page sizes (a page fed upside down or crooked keeps its size), no page
carries a text layer, the truth is a byte copy of the twin's, and the set stays within
10 MB (`check_set`, given this set's folder, profiles and budget).
"""

from __future__ import annotations

from samples.scanned_holdout3.check import check_set
from samples.scanned_holdout8.build import OUT
from samples.scanned_holdout8.profiles import PROFILES

MAX_BYTES = 10_000_000


def main() -> None:
    """Run the third set's checks on this set; exit non-zero on any problem."""
    check_set(OUT, PROFILES, MAX_BYTES)


if __name__ == "__main__":
    main()
