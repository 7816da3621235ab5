"""Self-check of the built set: ``python -m samples.holdout32.check``.

holdout10's rules (``missing_in``): every word of every truth text cell is printed in its
PDF (whole, or broken after a hyphen or slash), the title, agency and region words
case-insensitively, ``pages`` equals the PDF's page count, every true quarter mark is one
printed ``√`` and no PDF reaches 300 KB. Two additions for this set, whose tables say
part of their meaning outside the column header:

- amounts of a scaled table (``MONEY`` of its module) are looked for as printed, in
  thousands or millions (``1.091.349``, ``984,18``), not as the full rupiah the truth
  holds; full-rupiah tables keep holdout10's ``783.242.000`` rule;
- the words each table's meaning hangs on (``SAYS``: the scale note, the bare "Target" /
  "Pagu" headers, "Target (%)", the month-named quarters, the rotated years) are printed;
  turned text is read bottom-up, as ``holdout6.draw`` prints it.

It does not run the extractor (this set must stay blind to it).
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path
from types import ModuleType

import pdfplumber

from samples.holdout5.check import report
from samples.holdout8.check import printed_words
from samples.holdout10.check import missing_in
from samples.holdout32.build import DOCUMENTS
from samples.holdout32.rencana_aksi import MARK

HERE = Path(__file__).parent


def _module(stem: str) -> ModuleType:
    """The module that built the document named ``stem``."""
    return next(m for m in DOCUMENTS if m.build()[0].name == stem)


def _rotated_words(pdf: Path) -> set[str]:
    """Words printed turned 90° (pdfplumber's plain word list leaves them as single
    characters), read bottom-up."""
    with pdfplumber.open(pdf) as document:
        return {w["text"] for page in document.pages
                for w in page.extract_words(char_dir_rotated="btt") if not w["upright"]}


def _scaled(stem: str, module: ModuleType, words: set[str]) -> list[str]:
    """Truth amounts of ``stem`` not printed in the module's scaled style."""
    out = []
    for table in sorted((HERE / "truth" / stem).glob("*.csv")):
        with table.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                out += [f"{table.name}:{column}:{value} as {module.MONEY(int(value))}"
                        for column, value in row.items()
                        if column.endswith("_idr") and value
                        and module.MONEY(int(value)) not in words]
    return out


def missing(stem: str) -> list[str]:
    """What the truth of ``stem`` claims that its PDF does not show (empty when it matches)."""
    module = _module(stem)
    pdf = HERE / "pdf" / f"{stem}.pdf"
    words = set(printed_words(pdf))
    out = [f"not printed: {w}" for w in module.SAYS if w not in words | _rotated_words(pdf)]
    problems = missing_in(HERE, stem, MARK)
    if module.MONEY is None:
        return out + problems
    return (out + [p for p in problems if not p.split(":")[1].endswith("_idr")]
            + _scaled(stem, module, words))


def main() -> int:
    return report(HERE / "truth", missing)


if __name__ == "__main__":
    sys.exit(main())
