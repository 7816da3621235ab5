"""Self-check of the built set: ``python -m samples.holdout17.check``.

holdout10's rules (``missing_in``: every word of every truth text cell printed in its PDF;
every amount printed; title, agency and region words case-insensitively; ``pages`` equal
to the PDF's page count; under 300 KB), widened to the forms this set prints on purpose
and nothing more:

- a word hyphenated at a line end counts when its head with ``-`` and its tail are both
  printed (``Kesejah-`` / ``teraan``);
- an amount counts in any of ``typo.money_forms`` (``783.242.000``, ``783.242.000,00``,
  ``Rp783.242.000``), printed whole or broken after a thousands dot into two printed
  words (``Rp1.234.567.`` / ``000``); ``Rp.`` on its own line leaves the number whole;
- the Rencana Aksi's quarter marks are ``v`` in its first table and ``X`` in its second:
  each table's true marks are counted against its own mark (``√`` nowhere);
- the ``unit`` of every Rencana Aksi row is printed (in capitals) in its bidang heading.

It does not run the extractor (this set must stay blind to it).
"""

from __future__ import annotations

import sys
from pathlib import Path

from samples.holdout5.check import report
from samples.holdout8.check import printed_words
from samples.holdout10.check import missing_in
from samples.holdout15.check import table_marks, truth_rows
from samples.holdout17.typo import money_forms

HERE = Path(__file__).parent
MARKS = {"rencana_aksi_bulukumba_2025": {"1": "v", "2": "X"}}
"""The quarter mark each Rencana Aksi table prints, by ``table_seq``."""
UNCHECKED_MARK = "√"
"""The mark ``missing_in`` counts: printed nowhere in this set, so its count must be 0
where the truth has no marks; Rencana Aksi marks are counted by ``table_marks``."""


def _broken(text: str, words: set[str], after: str, mark: str) -> bool:
    """``text`` printed as two words split after a character ``after`` (the first word
    ending in ``mark``): a hyphenated word or an amount broken after a dot."""
    return any(text[:n + 1] + mark in words and text[n + 1:] in words
               for n, ch in enumerate(text[:-1]) if after in ("", ch))


def _money_printed(value: str, words: set[str]) -> bool:
    return any(form in words or _broken(form, words, ".", "")
               for form in money_forms(int(value)))


def missing(stem: str) -> list[str]:
    """What the truth of ``stem`` claims that its PDF does not show (empty when it matches)."""
    printed = printed_words(HERE / "pdf" / f"{stem}.pdf")
    words = set(printed)
    upper = {w.upper() for w in words}
    out = []
    for problem in missing_in(HERE, stem, UNCHECKED_MARK):
        column, _, value = problem.partition(":")[2].partition(":")
        if stem in MARKS and problem.endswith("true marks in truth"):
            continue  # counted per table by ``table_marks``
        if column.endswith("_idr") and _money_printed(value, words):
            continue
        if value and not column.endswith("_idr") and _broken(value, words, "", "-"):
            continue
        out.append(problem)
    out += [f"unit:{w}" for row in truth_rows(HERE, stem, "rencana_aksi")
            for w in row["unit"].split() if w.upper() not in upper]
    return out + table_marks(HERE, stem, MARKS.get(stem, {}), printed)


def main() -> int:
    return report(HERE / "truth", missing)


if __name__ == "__main__":
    sys.exit(main())
