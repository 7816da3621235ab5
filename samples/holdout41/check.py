"""Self-check of the built set: ``python -m samples.holdout41.check``.

holdout10's rules (``missing_in``): every word of every truth text cell is printed in its
PDF (whole, or broken after a hyphen or slash), every amount, the title, agency and region
words case-insensitively, ``pages`` equals the PDF's page count, no PDF reaches 300 KB.
What this set prints differently:

- amounts are closed by ``,-`` (``1.250.000.000,-``, after a separate ``Rp`` cell in the
  Renja, after ``Rp`` in the IKU's packed lines): such an amount counts as printed;
- the Rencana Aksi prints no tick: a planned quarter prints its share (``100 %``), whose
  ``%`` is a word of its own, so its true quarters are counted against the printed ``%``
  words (targets print ``100%`` in one word). The other documents have no quarters and
  print ``%`` as a unit, so their count is not compared.

It does not run the extractor (this set must stay blind to it).
"""

from __future__ import annotations

import sys
from pathlib import Path

from samples.holdout5.check import report
from samples.holdout8.check import money_styles, printed_words
from samples.holdout10.check import missing_in
from samples.holdout41.rencana_aksi import STEM as QUARTERLY

HERE = Path(__file__).parent
SHARE_SIGN = "%"
"""The word a printed quarter share ends with (``100 %``)."""
COUNTED = " true marks in truth"
"""The tail of ``missing_in``'s quarter-count problem."""


def missing(stem: str) -> list[str]:
    """What the truth of ``stem`` claims that its PDF does not show (empty when it matches)."""
    words = set(printed_words(HERE / "pdf" / f"{stem}.pdf"))
    out = []
    for problem in missing_in(HERE, stem, SHARE_SIGN):
        column, _, value = problem.partition(":")[2].partition(":")
        if problem.endswith(COUNTED) and stem != QUARTERLY:
            continue
        if column.endswith("_idr") and money_styles(int(value)) & words:
            continue
        out.append(problem)
    return out


def main() -> int:
    return report(HERE / "truth", missing)


if __name__ == "__main__":
    sys.exit(main())
