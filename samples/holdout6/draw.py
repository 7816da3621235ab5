"""Draw a ``model.Document`` on a bare reportlab canvas as a fully ruled grid.

Every cell is boxed (the "Table Grid" look of most agency Renja and Rencana Aksi files),
with two things no earlier set printed: header cells whose text is turned 90° (narrow
quarter columns) and multi-level headers drawn as nested boxes. Merged body cells print
their text once, at the top of their span; a span that continues on the next page is an
empty box there. Rows never split, and the rows a merged cell's text needs stay on its
first page. A word wider than its column is refused, so every word stays in its cell.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from samples.common import placed, spans
from samples.fonts import ensure as font
from samples.holdout5.draw import wrap
from samples.holdout6.model import Document, Head, NewPage, Page, Table

PAD_X, PAD_Y, LEADING = 2.0, 1.6, 1.18
LINE = 0.5


@dataclass
class _Cell:
    row: int
    col: int
    last_row: int
    last_col: int
    lines: list[str]
    rotate: bool = False


class _Sheet:
    """Canvas, cursor and page furniture (page numbers, page size changes)."""

    def __init__(self, doc: Document, path: Path) -> None:
        self.doc = doc
        self.canvas = Canvas(str(path), invariant=1)
        self.canvas.setTitle(doc.name)
        self.pages = 1
        self.page = doc.page
        self._start(doc.page)

    def _start(self, page: Page) -> None:
        self.page = page
        self.size = page.size
        self.face, self.bold = font(page.font), font(f"{page.font}-Bold")
        self.width, self.height = page.width_mm * mm, page.height_mm * mm
        self.canvas.setPageSize((self.width, self.height))
        self.left = page.margin_mm * mm
        self.right = self.width - self.left
        self.bottom = page.margin_mm * mm + 8
        self.y = self.height - page.margin_mm * mm

    def new_page(self, page: Page | None = None) -> None:
        self._footer()
        self.canvas.showPage()
        self.pages += 1
        self._start(page or self.page)

    def _footer(self) -> None:
        if self.page.page_numbers:
            self.canvas.setFont(self.face, self.size)
            self.canvas.drawCentredString(self.width / 2, self.page.margin_mm * mm / 2,
                                          self.page.page_numbers.format(n=self.pages))

    def finish(self) -> int:
        self._footer()
        self.canvas.save()
        return self.pages

    @property
    def leading(self) -> float:
        return self.size * LEADING

    def text(self, line: str, x: float, y: float, align: str, width: float,
             face: str) -> None:
        self.canvas.setFont(face, self.size)
        if align == "c":
            self.canvas.drawCentredString(x + width / 2, y, line)
        elif align == "r":
            self.canvas.drawRightString(x + width, y, line)
        else:
            self.canvas.drawString(x, y, line)


class _Grid:
    """One table laid out on a sheet: column edges, wrapped cells, row heights."""

    def __init__(self, sheet: _Sheet, table: Table) -> None:
        self.sheet, self.table = sheet, table
        total = sum(table.widths)
        self.x = [sheet.left]
        for w in table.widths:
            self.x.append(self.x[-1] + (sheet.right - sheet.left) * w / total)
        self.head = self._head_cells()
        self.head_heights = self._fit(len(table.header), self.head)
        if table.numbers:
            n = len(table.header)
            self.head += [_Cell(n, c, n, c, [str(c + 1)]) for c in range(len(table.widths))]
            self.head_heights.append(sheet.leading + 2 * PAD_Y)
        self.cells = [self._cell(s.row, s.col, s.last_row, s.last_col, s.text,
                                 self._face(s.row))
                      for s in spans(table.body)]
        self.heights = self._fit(len(table.body), self.cells)
        self.glued = self._glued()

    def _face(self, row: int) -> str:
        return self.sheet.bold if row in self.table.bold else self.sheet.face

    def _room(self, col: int, last_col: int) -> float:
        return self.x[last_col + 1] - self.x[col] - 2 * PAD_X

    def _cell(self, row: int, col: int, last_row: int, last_col: int, text: str,
              face: str) -> _Cell:
        return _Cell(row, col, last_row, last_col,
                     wrap(text, face, self.sheet.size, self._room(col, last_col)))

    def _head_cells(self) -> list[_Cell]:
        out = []
        for r, c, head in placed(self.table.header):
            cell = self._cell(r, c, r + head.rowspan - 1, c + head.colspan - 1,
                              "" if head.rotate else head.text, self.sheet.bold)
            if head.rotate:
                self._check_rotated(head, c)
                cell.lines, cell.rotate = [head.text], True
            out.append(cell)
        return out

    def _check_rotated(self, head: Head, col: int) -> None:
        if self.sheet.leading > self._room(col, col + head.colspan - 1):
            raise ValueError(f"rotated header {head.text!r} wider than its column")

    def _need(self, cell: _Cell) -> float:
        if cell.rotate:
            return self.sheet.canvas.stringWidth(cell.lines[0], self.sheet.bold,
                                                 self.sheet.size) + 2 * PAD_Y + 2
        return max(1, len(cell.lines)) * self.sheet.leading + 2 * PAD_Y

    def _fit(self, rows: int, cells: list[_Cell]) -> list[float]:
        """Row heights holding every cell: single-row cells first, then a span stretches
        its last row."""
        heights = [0.0] * rows
        for cell in sorted(cells, key=lambda c: c.last_row - c.row):
            span = range(cell.row, cell.last_row + 1)
            short = self._need(cell) - sum(heights[r] for r in span)
            if short > 0:
                heights[span[-1]] += short
        return heights

    def _glued(self) -> set[int]:
        """Rows glued to the next one: a merged cell's text needs them on its page."""
        glued: set[int] = set()
        for cell in self.cells:
            need, have, r = self._need(cell), 0.0, cell.row
            while have + self.heights[r] < need - 0.01:
                have += self.heights[r]
                glued.add(r)
                r += 1
        return glued

    def draw(self) -> None:
        sheet, body = self.sheet, self.table.body
        start, first = 0, True
        while start < len(body):
            head = first or self.table.repeat_header
            room = sheet.y - sheet.bottom - (sum(self.head_heights) if head else 0)
            stop, used = start, 0.0
            while stop < len(body):
                block = stop
                while block in self.glued:
                    block += 1
                h = sum(self.heights[stop:block + 1])
                if used + h > room:
                    break
                used, stop = used + h, block + 1
            if stop == start:
                if not first:
                    raise ValueError(f"{sheet.doc.name}: rows from {start} taller than a page")
                sheet.new_page()
                first = False
                continue
            if head:
                self._draw_cells(self.head, self.head_heights, 0, len(self.head_heights),
                                 header=True)
            self._draw_cells(self.cells, self.heights, start, stop, header=False)
            first, start = False, stop
            if start < len(body):
                sheet.new_page()
        sheet.y -= 8

    def _draw_cells(self, cells: list[_Cell], heights: list[float], start: int, stop: int,
                    header: bool) -> None:
        sheet, canvas = self.sheet, self.sheet.canvas
        tops = [sheet.y]
        for r in range(start, stop):
            tops.append(tops[-1] - heights[r])
        canvas.setLineWidth(LINE)
        for cell in cells:
            if cell.last_row < start or cell.row >= stop:
                continue
            x0, x1 = self.x[cell.col], self.x[cell.last_col + 1]
            y0 = tops[max(cell.row, start) - start]
            y1 = tops[min(cell.last_row, stop - 1) - start + 1]
            if header:
                canvas.setFillGray(0.88)
                canvas.rect(x0, y1, x1 - x0, y0 - y1, stroke=1, fill=1)
                canvas.setFillGray(0)
            else:
                canvas.rect(x0, y1, x1 - x0, y0 - y1, stroke=1, fill=0)
            if cell.row >= start:
                self._write(cell, x0, x1, y0, y1, header)
        sheet.y = tops[-1]

    def _write(self, cell: _Cell, x0: float, x1: float, y0: float, y1: float,
               header: bool) -> None:
        sheet = self.sheet
        face = sheet.bold if header else self._face(cell.row)
        if cell.rotate:
            canvas = sheet.canvas
            canvas.saveState()
            canvas.translate((x0 + x1) / 2 + sheet.size * 0.35, (y0 + y1) / 2)
            canvas.rotate(90)
            canvas.setFont(face, sheet.size)
            canvas.drawCentredString(0, 0, cell.lines[0])
            canvas.restoreState()
            return
        if header:
            block = len(cell.lines) * sheet.leading
            y = (y0 + y1) / 2 + block / 2 - sheet.size * 0.95
            align = "c"
        else:
            y = y0 - PAD_Y - sheet.size * 0.85
            align = self.table.align[cell.col]
        for line in cell.lines:
            sheet.text(line, x0 + PAD_X, y, align, x1 - x0 - 2 * PAD_X, face)
            y -= sheet.leading


def _lines(sheet: _Sheet, lines: tuple[str, ...], align: str, bold: bool) -> None:
    for line in lines:
        if sheet.y - sheet.leading < sheet.bottom:
            sheet.new_page()
        sheet.y -= sheet.leading
        sheet.text(line, sheet.left, sheet.y, align, sheet.right - sheet.left,
                   sheet.bold if bold else sheet.face)


def _signature(sheet: _Sheet, lines: tuple[str, ...]) -> None:
    """Signature block at the right, kept whole (a blank entry is the signing space)."""
    height = sum(3 * sheet.leading if not t else sheet.leading for t in lines) + 10
    if sheet.y - height < sheet.bottom:
        sheet.new_page()
    sheet.y -= 10
    x = sheet.left + (sheet.right - sheet.left) * 0.6
    for line in lines:
        sheet.y -= sheet.leading if line else 3 * sheet.leading
        if line:
            sheet.text(line, x, sheet.y, "c", (sheet.right - sheet.left) * 0.4, sheet.face)


def render(doc: Document, path: Path) -> int:
    """Draw ``doc`` to ``path``; return the page count."""
    sheet = _Sheet(doc, path)
    size = sheet.size
    sheet.size = size + 2
    _lines(sheet, doc.heading, "c", True)
    sheet.size = size
    sheet.y -= 8
    for block in doc.blocks:
        if isinstance(block, NewPage):
            sheet.new_page(block.page)
        elif isinstance(block, str):
            _lines(sheet, (block,), "l", False)
            sheet.y -= 3
        else:
            _lines(sheet, block.caption, "l", True)
            sheet.y -= 3
            _Grid(sheet, block).draw()
    _signature(sheet, doc.sign)
    return sheet.finish()
