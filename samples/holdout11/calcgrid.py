"""Print a one-table ``holdout6.model.Document`` through LibreOffice Calc with a FULL cell
grid: every table cell boxed, as most Excel/Calc users print (holdout7's sheet only boxes
the table's outside).

Layout, pagination and the .fods writing are ``samples.holdout7.calc``'s; only the cell
edges differ, so this module hands it a sheet that boxes every table cell.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from samples.holdout6.model import Document
from samples.holdout7 import calc


class GridSheet(calc.Sheet):
    """A ``calc.Sheet`` whose header and body cells carry all four borders."""

    def grid(self) -> None:
        top = len(self.heights)
        super().grid()
        self.cells = [replace(c, style=(*c.style[:4], (True,) * 4, c.style[5]))
                      if c.row >= top else c for c in self.cells]


def write(doc: Document, path: Path) -> None:
    """Write ``doc`` as a fully gridded .fods sheet (marks print as characters)."""
    calc.write(doc, path, marks=frozenset(), sheet_type=GridSheet)
