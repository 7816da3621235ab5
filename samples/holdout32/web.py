"""This set's Chromium looks, as ``holdout29.web.Look`` values (page, word-fit check and
printing are shared): a plain black hairline grid with a heavier rule under the header,
the "Table Grid" most agency Word and Excel files print.

- ``GRID``: body rows never break over a page (the Renja: one item per row);
- ``GRID_SPLIT``: a row may break, which a program cell merged over a whole Rencana Aksi
  needs (Chromium would otherwise push the whole merge, i.e. the whole table, to the next
  page and leave the first page blank).
"""

from __future__ import annotations

from samples.holdout29.web import Look

RULES = """
th, td { border: 0.5pt solid #000; }
thead tr:last-child th { border-bottom: 1.1pt solid #000; }
"""

GRID = Look(RULES)
GRID_SPLIT = Look(RULES, rows="auto")
