"""Draw with ``holdout6.draw`` where a cell may hold forced line breaks.

Word typing in a cell ("Persentase …", Enter, "Target: 85%") stacks two facts in one box;
``holdout6.draw`` wraps a cell's words as one paragraph. This module lays each ``\\n``
part out on its own lines by swapping in a grid whose cells wrap part by part, and
otherwise draws exactly as ``holdout6.draw``.
"""

from __future__ import annotations

from pathlib import Path
from unittest import mock

from samples.holdout5.draw import wrap
from samples.holdout6 import draw
from samples.holdout6.model import Document


class StackedGrid(draw._Grid):
    """A grid whose cells keep the line breaks typed into them."""

    def _cell(self, row: int, col: int, last_row: int, last_col: int, text: str,
              face: str) -> draw._Cell:
        room = self._room(col, last_col)
        return draw._Cell(row, col, last_row, last_col,
                          [line for part in text.split("\n")
                           for line in wrap(part, face, self.sheet.size, room)])


def render(doc: Document, path: Path) -> int:
    """Draw ``doc`` to ``path`` with stacked cells; return the page count."""
    with mock.patch.object(draw, "_Grid", StackedGrid):
        return draw.render(doc, path)
