"""Ruled grids that are no table of their own, for both paths.

A grid finder sees every closed frame. Some hold no table: the shaded or boxed header
band of a table whose body is drawn without rules (its rows are read from the text
instead), a ruled header over one box holding the whole body (the same table with its
outer border closed), or frames with no text at all (shaded schedule cells whose edges
happen to meet). Such a grid is dropped and the page is read by its layout.
"""

from __future__ import annotations

from collections.abc import Sequence

from rencana.extract.header import is_header_band
from rencana.records import Cell, RawTable

MIN_BODY_COLUMNS = 3
"""A box spanning all of at least this many columns and holding more lines than that is
a body drawn without inner rules, not a heading row across the table."""


def not_a_table(cells: Sequence[Cell], n_rows: int, n_cols: int) -> bool:
    """Is this grid only a header band, a header over one box, or empty?"""
    if not any(c.text.strip() for c in cells):
        return True
    if n_cols >= MIN_BODY_COLUMNS and any(
            c.row > 0 and c.colspan == n_cols and c.text.count("\n") >= MIN_BODY_COLUMNS
            for c in cells):
        return True
    grid = RawTable(page=0, index=0, n_rows=n_rows, n_cols=n_cols, cells=tuple(cells),
                    row_pages=(0,) * n_rows, method="grid")
    return is_header_band(grid)
