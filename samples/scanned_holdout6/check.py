"""Check the built set against its digital twins (``python -m samples.scanned_holdout6.check``).

The third scanned holdout's checks, pointed at this folder: every profile has a PDF and a
truth folder and nothing else is there, each scan has its twin's page count (the truth's
`pages` too) and page sizes (a page fed upside down or crooked keeps its size), no page
carries a text layer, the truth is a byte copy of the twin's, and the set stays within
10 MB. Those checks read their folder, profiles and budget from module globals, so this
module sets them rather than copying the code.
"""

from __future__ import annotations

from samples.scanned_holdout3 import check as third
from samples.scanned_holdout6.build import OUT
from samples.scanned_holdout6.profiles import PROFILES

MAX_BYTES = 10_000_000


def main() -> None:
    """Run the third set's checks on this set; exit non-zero on any problem."""
    third.OUT, third.PROFILES, third.MAX_BYTES = OUT, PROFILES, MAX_BYTES
    third.main()


if __name__ == "__main__":
    main()
