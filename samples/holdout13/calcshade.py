"""Print a one-table ``holdout6.model.Document`` through LibreOffice Calc as a full cell
grid whose body cells are vertically CENTRED (so a merged cell's text sits halfway down
its span) and whose bold body rows (urusan, program and total rows) are filled with a
heavy grey, as agency Renja workbooks often print them.

Layout, pagination and the .fods writing are ``samples.holdout7.calc``'s; this sheet only
changes each table cell's borders, vertical alignment and fill.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from samples.holdout6.model import Document
from samples.holdout7 import calc


class ShadedSheet(calc.Sheet):
    """A ``calc.Sheet``: every table cell boxed, body cells centred vertically, bold body
    rows filled."""

    def grid(self) -> None:
        super().grid()
        start, body = self.header_rows
        bold = {body + r for r in self.table.bold}
        self.cells = [
            c if c.row < start else
            replace(c, style=(c.style[0], c.style[1], c.style[2] if c.row < body else "middle",
                              c.row in bold, (True,) * 4, c.style[5]))
            for c in self.cells]


def write(doc: Document, path: Path) -> None:
    """Write ``doc`` as a shaded, fully gridded .fods sheet (no mark columns)."""
    calc.write(doc, path, marks=frozenset(), sheet_type=ShadedSheet)
