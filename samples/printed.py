"""The printed form of a ``Grid``: what each table row shows, independent of the renderer.

Both renderers (reportlab, HTML) call :func:`body_rows` and :func:`spans`, so merged cells
and packed cells look the same in every sample family.
"""

from __future__ import annotations

from dataclasses import dataclass

from samples.common import spans
from samples.curated import MERGED
from samples.layout import Grid


@dataclass(frozen=True)
class PrintedCell:
    """A body cell: its text, or its stacked items when packed; ``merged`` = covered by above."""

    text: str = ""
    items: tuple[str, ...] | None = None
    merged: bool = False


PrintedRow = tuple[PrintedCell, ...]


def body_rows(grid: Grid) -> list[PrintedRow]:
    """Curated rows → printed rows (packed groups collapse into one row)."""
    data = grid.data
    keys = ([r[data.column(grid.pack_key)] for r in data.rows] if grid.pack_key
            else [""] * len(data.rows))
    groups: list[list[tuple[str, ...]]] = []
    for i, row in enumerate(data.rows):
        if keys[i] and i and keys[i - 1] == keys[i]:
            groups[-1].append(row)
        else:
            groups.append([row])
    printed: list[PrintedRow] = []
    for group in groups:
        cells = []
        for column in grid.columns:
            if not column.key:
                cells.append(PrintedCell())
                continue
            at = data.column(column.key)
            first = group[0][at]
            if len(group) > 1 and column.key in grid.packed:
                items = tuple(column.text(r[at]) if r[at] != MERGED else "" for r in group)
                cells.append(PrintedCell(items=items))
            else:
                merged = first == MERGED
                cells.append(PrintedCell(text="" if merged else column.text(first), merged=merged))
        printed.append(tuple(cells))
    return printed


def header_spans(header: tuple[tuple[str, ...], ...]) -> list[tuple[int, int, int, int]]:
    """(col0, row0, col1, row1) spans of a header written in ``<`` / ``^`` notation."""
    return [(s.col, s.row, s.last_col, s.last_row) for s in spans(header) if s.merges]


def body_spans(rows: list[PrintedRow]) -> list[tuple[int, int, int]]:
    """(col, first_row, last_row) of each vertical merge inside ``rows``.

    A run of merged cells at the top of ``rows`` (a merge continued from the previous page)
    spans from row 0: its anchor then prints empty, as in real multi-page tables.
    """
    spans = []
    if not rows:
        return spans
    for c in range(len(rows[0])):
        r = 0
        while r < len(rows):
            anchor = r
            r += 1
            while r < len(rows) and rows[r][c].merged:
                r += 1
            if r - 1 > anchor:
                spans.append((c, anchor, r - 1))
    return spans
