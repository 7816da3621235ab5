"""Self-check of the built set: ``python -m samples.holdout24.check``.

holdout10's rules (``missing_in``): every word of every truth text cell is printed in its
PDF, every amount as ``1.091.349.000``, the title, agency and region words, ``pages``
equals the PDF's page count, every true quarter mark is one printed ``√``, no PDF reaches
300 KB. Added for this set's theme: all documents name the same agency and region, and
the Renja prints each amount with "Rp" while the IKU prints them bare.

It does not run the extractor (this set must stay blind to it).
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

from samples.holdout5.check import report
from samples.holdout10.check import missing_in, printed_words
from samples.holdout24.agency import AGENCY, REGION
from samples.holdout24.rencana_aksi import MARK

HERE = Path(__file__).parent
RP = {"renja_kaltara_2026": 1, "iku_kaltara_2026": 0}
"""How many "Rp" a printed amount of each document carries (1 = every amount, 0 = none)."""
AMOUNT = re.compile(r"\d{1,3}(\.\d{3})+")
"""A rupiah amount as printed (``1.091.349.000``), not a dotted code (``2.08.02``)."""


def _same_agency(stem: str) -> list[str]:
    with (HERE / "truth" / stem / "documents.csv").open(encoding="utf-8") as handle:
        row = next(csv.DictReader(handle))
    return [] if (row["agency"], row["region"]) == (AGENCY, REGION) else ["agency/region"]


def _rupiah(stem: str) -> list[str]:
    """Amount style per document: ``Rp`` before every amount, or no ``Rp`` at all."""
    if stem not in RP:
        return []
    printed = printed_words(HERE / "pdf" / f"{stem}.pdf")
    amounts = sum(bool(AMOUNT.fullmatch(w)) for w in printed)
    rp = printed.count("Rp")
    return [] if rp == amounts * RP[stem] else [f"{rp} 'Rp' for {amounts} amounts"]


def missing(stem: str) -> list[str]:
    """What the truth of ``stem`` claims that its PDF does not show (empty when it matches)."""
    return missing_in(HERE, stem, MARK) + _same_agency(stem) + _rupiah(stem)


def main() -> int:
    return report(HERE / "truth", missing)


if __name__ == "__main__":
    sys.exit(main())
