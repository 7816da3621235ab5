"""Self-check of the built set: ``python -m samples.holdout19.check``.

holdout10's rules (``missing_in``): every word of every truth text cell is printed in its
PDF, every amount is printed (``783.242.000``, after ``Rp`` in the IKU), the title, agency
and region words case-insensitively, ``pages`` equals the PDF's page count, every true
quarter mark is one printed ``√`` (the only documents with marks are the Rencana Aksi's)
and no PDF reaches 300 KB. One rule added for this set: the ``unit`` of every Rencana Aksi
row is printed, in capitals, in its bidang heading ("BIDANG PEMBERDAYAAN SOSIAL").

It does not run the extractor (this set must stay blind to it).
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from samples.holdout5.check import report
from samples.holdout8.check import TICK, printed_words
from samples.holdout10.check import missing_in

HERE = Path(__file__).parent


def _units(stem: str) -> set[str]:
    path = HERE / "truth" / stem / "rencana_aksi.csv"
    if not path.exists():
        return set()
    with path.open(encoding="utf-8") as handle:
        return {row["unit"] for row in csv.DictReader(handle)}


def missing(stem: str) -> list[str]:
    """What the truth of ``stem`` claims that its PDF does not show (empty when it matches)."""
    upper = {w.upper() for w in printed_words(HERE / "pdf" / f"{stem}.pdf")}
    out = missing_in(HERE, stem, TICK)
    return out + [f"unit:{w}" for unit in sorted(_units(stem)) for w in unit.split()
                  if w.upper() not in upper]


def main() -> int:
    return report(HERE / "truth", missing)


if __name__ == "__main__":
    sys.exit(main())
