"""Page-layout stress on top of ``holdout6.draw``'s ruled grid (reportlab, ``invariant=1``).

Three things real printouts do that no earlier renderer did:

- ``Across``: a table too wide for the page printed by a spreadsheet "across then down":
  the rows that fit are printed with the left columns, then the same rows on the next page
  with the right columns, whose first columns repeat the row titles (Calc / Excel
  "columns to repeat"), then the next rows.
- ``Broken``: a table whose rows may break across pages (Word's "allow row to break
  across pages"): the row crossing the page bottom prints the lines that fit, and its
  remaining lines continue at the top of the next page, under the repeated header, with
  the cells already finished (No, code) left empty.
- ``Note``: footnote lines in a smaller size than the table body.
- a page geometry for every page after the first (``render(later=…)``): a portrait title
  page whose table continues on landscape pages with its column widths kept.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from samples.holdout5.draw import wrap
from samples.holdout6 import draw
from samples.holdout6.model import Document, NewPage, Page, Table


@dataclass(frozen=True)
class Across:
    """One table printed in two column bands with the same body rows: ``left`` (row titles
    and the first years) and ``right`` (the row titles again and the remaining years)."""

    left: Table
    right: Table


@dataclass(frozen=True)
class Broken:
    """A table whose rows break across pages mid-cell."""

    table: Table


@dataclass(frozen=True)
class Note:
    """Lines printed in a smaller size than the body (footnotes under a table)."""

    lines: tuple[str, ...]
    size: float


class _Turning(draw._Sheet):
    """A sheet whose pages after the first take ``later``'s geometry."""

    def __init__(self, doc: Document, path: Path, later: Page) -> None:
        self.later = later
        super().__init__(doc, path)

    def new_page(self, page: Page | None = None) -> None:
        super().new_page(page or self.later)


def _rows(table: Table, start: int, stop: int, body: tuple[tuple[str, ...], ...] = ()
          ) -> Table:
    """Rows ``start:stop`` of ``table`` (or ``body`` in their place), bold rows kept."""
    return replace(table, body=body or table.body[start:stop], caption=(),
                   bold=frozenset(r - start for r in table.bold if start <= r < stop))


def _fitting(head: list[float], heights: list[float], start: int, room: float) -> int:
    """How many body rows from ``start`` fit in ``room`` points under the header."""
    used, stop = sum(head), start
    while stop < len(heights) and used + heights[stop] <= room:
        used, stop = used + heights[stop], stop + 1
    return stop


def _across(sheet: draw._Sheet, block: Across) -> None:
    """Both bands share their row heights, as the rows of one spreadsheet do."""
    grids = [draw._Grid(sheet, t) for t in (block.left, block.right)]
    heights = [max(h) for h in zip(*(g.heights for g in grids), strict=True)]
    head = [max(h) for h in zip(*(g.head_heights for g in grids), strict=True)]
    start = 0
    while start < len(heights):
        stop = _fitting(head, heights, start, sheet.y - sheet.bottom)
        if stop == start:
            raise ValueError(f"{sheet.doc.name}: row {start} taller than a page")
        for band, table in enumerate((block.left, block.right)):
            if band:
                sheet.new_page()
            grid = draw._Grid(sheet, _rows(table, start, stop))
            grid.heights, grid.head_heights = heights[start:stop], head
            grid.draw()
        start = stop
        if start < len(heights):
            sheet.new_page()


def _split(grid: draw._Grid, row: tuple[str, ...], bold: bool, lines: int
           ) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The first ``lines`` printed lines of every cell of ``row``, and the rest."""
    face = grid.sheet.bold if bold else grid.sheet.face
    head, tail = [], []
    for col, text in enumerate(row):
        room = grid.x[col + 1] - grid.x[col] - 2 * draw.PAD_X
        wrapped = wrap(text, face, grid.sheet.size, room)
        head.append(" ".join(wrapped[:lines]))
        tail.append(" ".join(wrapped[lines:]))
    return tuple(head), tuple(tail)


def _broken(sheet: draw._Sheet, table: Table) -> None:
    rows, bold = list(table.body), [r in table.bold for r in range(len(table.body))]
    while rows:
        whole = replace(table, body=tuple(rows), caption=(),
                        bold=frozenset(r for r, b in enumerate(bold) if b))
        grid = draw._Grid(sheet, whole)
        room = sheet.y - sheet.bottom
        stop = _fitting(grid.head_heights, grid.heights, 0, room)
        if stop == len(rows):
            grid.draw()
            return
        left = room - sum(grid.head_heights) - sum(grid.heights[:stop]) - 2 * draw.PAD_Y
        head, tail = _split(grid, rows[stop], bold[stop], int(left // sheet.leading))
        split = any(head) and any(tail)
        page = (*rows[:stop], head) if split else tuple(rows[:stop])
        draw._Grid(sheet, _rows(whole, 0, len(page), page)).draw()
        if split:
            rows[stop] = tail
        rows, bold = rows[stop:], bold[stop:]
        sheet.new_page()


def render(doc: Document, path: Path, later: Page | None = None) -> int:
    """Draw ``doc`` (blocks: text lines, ``Note``, ``Table``, ``Across``, ``Broken``,
    ``NewPage``) to ``path``, pages after the first in ``later``'s geometry; return the
    page count."""
    sheet = _Turning(doc, path, later or doc.page)
    size = sheet.size
    sheet.size = size + 2
    draw._lines(sheet, doc.heading, "c", True)
    sheet.size = size
    sheet.y -= 8
    for block in doc.blocks:
        if isinstance(block, NewPage):
            sheet.new_page(block.page)
        elif isinstance(block, str):
            draw._lines(sheet, (block,), "l", False)
            sheet.y -= 3
        elif isinstance(block, Note):
            sheet.size = block.size
            draw._lines(sheet, block.lines, "l", False)
            sheet.size = size
            sheet.y -= 6
        else:
            table = block.left if isinstance(block, Across) else getattr(block, "table", block)
            draw._lines(sheet, table.caption, "l", True)
            sheet.y -= 3
            if isinstance(block, Across):
                _across(sheet, block)
            elif isinstance(block, Broken):
                _broken(sheet, block.table)
            else:
                draw._Grid(sheet, block).draw()
    draw._signature(sheet, doc.sign)
    return sheet.finish()
