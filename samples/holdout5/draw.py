"""Draw a ``model.Document`` straight onto a reportlab canvas.

Unlike every earlier set (reportlab ``Table`` grids, Word/Excel exports, Chromium with
borders), tables here are typeset like a report written in LaTeX or a Word "plain table":
no vertical rules at all — either booktabs-style horizontal rules or no lines and zebra
shading. Merged cells print their text once, on their first row; a merge that continues on
the next page prints nothing there. Rows never split: a merged cell's text is kept on one
page with as many of its rows as it needs (``_glue``). A word wider than its column is
refused, so every printed word stays inside its column.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from samples.common import SPAN_LEFT, SPAN_UP, placed
from samples.holdout5.model import Document, Grid, Head

FONT_DIR = Path("/usr/share/fonts/truetype")
TTF = {
    "LiberationSansNarrow": "liberation/LiberationSansNarrow-Regular.ttf",
    "LiberationSansNarrow-Bold": "liberation/LiberationSansNarrow-Bold.ttf",
    "DejaVuSerifCondensed": "dejavu/DejaVuSerifCondensed.ttf",
    "DejaVuSerifCondensed-Bold": "dejavu/DejaVuSerifCondensed-Bold.ttf",
    "DejaVuSansCondensed": "dejavu/DejaVuSansCondensed.ttf",
    "DejaVuSansCondensed-Bold": "dejavu/DejaVuSansCondensed-Bold.ttf",
}
MARK_FONT = "DejaVuSansCondensed"
"""Check marks come from a font that has U+2713 (Word substitutes a symbol font likewise)."""
PAD_X, PAD_Y, LEADING = 2.2, 1.8, 1.2
ZEBRA = 0.925


def font(name: str) -> str:
    """Register a TrueType font once (fixed Debian files keep the bytes reproducible)."""
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / TTF[name])))
    return name


def wrap(text: str, face: str, size: float, width: float) -> list[str]:
    """Greedy word wrap; a word that cannot fit its column is an error, not a split."""
    lines: list[str] = []
    for word in text.split():
        if pdfmetrics.stringWidth(word, face, size) > width:
            raise ValueError(f"word {word!r} is wider than its column ({width:.1f} pt)")
        if lines and pdfmetrics.stringWidth(f"{lines[-1]} {word}", face, size) <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return lines


@dataclass
class _Cell:
    row: int
    col: int
    colspan: int
    rowspan: int
    lines: list[str]
    bold: bool


class _Sheet:
    """Canvas plus the cursor and page furniture (page numbers)."""

    def __init__(self, doc: Document, path: Path) -> None:
        self.doc = doc
        self.size = doc.page.size
        self.face = font(doc.page.font)
        self.bold = font(f"{doc.page.font}-Bold")
        self.width, self.height = doc.page.width_mm * mm, doc.page.height_mm * mm
        self.left = doc.page.margin_mm * mm
        self.right = self.width - self.left
        self.bottom = doc.page.margin_mm * mm + 8
        self.canvas = Canvas(str(path), pagesize=(self.width, self.height), invariant=1)
        self.canvas.setTitle(doc.name)
        self.pages = 1
        self.y = self.height - doc.page.margin_mm * mm

    def new_page(self) -> None:
        self._footer()
        self.canvas.showPage()
        self.pages += 1
        self.y = self.height - self.doc.page.margin_mm * mm

    def _footer(self) -> None:
        if self.doc.page.page_numbers:
            self.canvas.setFont(self.face, self.size)
            self.canvas.drawCentredString(self.width / 2, self.doc.page.margin_mm * mm / 2,
                                          self.doc.page.page_numbers.format(n=self.pages))

    def finish(self) -> int:
        self._footer()
        self.canvas.save()
        return self.pages

    def text(self, line: str, x: float, y: float, align: str, width: float,
             face: str) -> None:
        face = font(MARK_FONT) if line == "✓" else face
        self.canvas.setFont(face, self.size)
        if align == "c":
            self.canvas.drawCentredString(x + width / 2, y, line)
        elif align == "r":
            self.canvas.drawRightString(x + width, y, line)
        else:
            self.canvas.drawString(x, y, line)

    def rule(self, y: float, weight: float, x0: float | None = None,
             x1: float | None = None) -> None:
        self.canvas.setLineWidth(weight)
        self.canvas.line(self.left if x0 is None else x0, y,
                         self.right if x1 is None else x1, y)

    @property
    def leading(self) -> float:
        return self.size * LEADING


class _Table:
    """A grid laid out for one sheet: column positions, wrapped cells, row heights."""

    def __init__(self, sheet: _Sheet, grid: Grid) -> None:
        self.sheet, self.grid = sheet, grid
        span = sheet.right - sheet.left
        total = sum(grid.widths)
        self.x = [sheet.left]
        for w in grid.widths:
            self.x.append(self.x[-1] + span * w / total)
        self.head = self._header_cells(grid.header)
        if grid.numbers:
            n = len(self.head_heights)
            self.head += [_Cell(n, c, 1, 1, [f"({c + 1})"], False)
                          for c in range(len(grid.widths))]
            self.head_heights.append(sheet.leading + 2 * PAD_Y)
        self.cells = self._body_cells()
        self.heights, self.glued = self._heights()

    def _width(self, col: int, colspan: int) -> float:
        return self.x[col + colspan] - self.x[col] - 2 * PAD_X

    def _header_cells(self, header: tuple[tuple[Head, ...], ...]) -> list[_Cell]:
        cells = [_Cell(r, c, head.colspan, head.rowspan,
                       wrap(head.text, self.sheet.bold, self.sheet.size,
                            self._width(c, head.colspan)), True)
                 for r, c, head in placed(header)]
        self.head_heights = self._fit([0.0] * len(header), cells)
        return cells

    def _fit(self, heights: list[float], cells: list[_Cell]) -> list[float]:
        """Row heights that hold every cell: single-row cells first, then spans stretch
        their last row."""
        lead = self.sheet.leading
        for cell in sorted(cells, key=lambda c: c.rowspan):
            need = max(1, len(cell.lines)) * lead + 2 * PAD_Y
            rows = range(cell.row, cell.row + cell.rowspan)
            have = sum(heights[r] for r in rows)
            if have < need:
                heights[rows[-1]] += need - have
        return heights

    def _body_cells(self) -> list[_Cell]:
        body = self.grid.body
        cells = []
        for r, row in enumerate(body):
            bold = r in self.grid.bold or r in self.grid.section
            for c, text in enumerate(row):
                if text in (SPAN_UP, SPAN_LEFT):
                    continue
                colspan = 1
                while c + colspan < len(row) and row[c + colspan] == SPAN_LEFT:
                    colspan += 1
                rowspan = 1
                while r + rowspan < len(body) and body[r + rowspan][c] == SPAN_UP:
                    rowspan += 1
                face = self.sheet.bold if bold else self.sheet.face
                lines = wrap(text, face, self.sheet.size, self._width(c, colspan))
                cells.append(_Cell(r, c, colspan, rowspan, lines, bold))
        return cells

    def _heights(self) -> tuple[list[float], set[int]]:
        """Body row heights, and the rows glued to the next one (a merged cell's text
        needs them on the same page)."""
        heights = self._fit([0.0] * len(self.grid.body), self.cells)
        glued: set[int] = set()
        lead = self.sheet.leading
        for cell in self.cells:
            need, have, r = len(cell.lines) * lead + 2 * PAD_Y, 0.0, cell.row
            while have + heights[r] < need - 0.01:
                have += heights[r]
                glued.add(r)
                r += 1
        return heights, glued

    def draw(self) -> None:
        sheet, grid = self.sheet, self.grid
        start = 0
        first = True
        while start < len(grid.body):
            head = first or grid.repeat_header
            room = sheet.y - sheet.bottom - (sum(self.head_heights) if head else 0)
            stop, used = start, 0.0
            while stop < len(grid.body):
                block = stop
                while block in self.glued:
                    block += 1
                h = sum(self.heights[stop:block + 1])
                if used + h > room:
                    break
                used += h
                stop = block + 1
            if stop == start:
                if first and sheet.y < sheet.height * 0.9:
                    sheet.new_page()
                    continue
                raise ValueError(f"{sheet.doc.name}: rows from {start} taller than a page")
            if head:
                self._draw_header()
            self._draw_rows(start, stop)
            last = stop == len(grid.body)
            if grid.rules == "booktabs":
                sheet.rule(sheet.y, 0.9 if last else 0.4)
            first = False
            start = stop
            if not last:
                sheet.new_page()
        sheet.y -= 6

    def _draw_header(self) -> None:
        sheet = self.sheet
        booktabs = self.grid.rules == "booktabs"
        top = sheet.y
        if booktabs:
            sheet.rule(top, 0.9)
        tops = [top]
        for h in self.head_heights:
            tops.append(tops[-1] - h)
        for cell in self.head:
            y0, y1 = tops[cell.row], tops[cell.row + cell.rowspan]
            block = len(cell.lines) * sheet.leading
            y = (y0 + y1) / 2 + block / 2 - sheet.size * 0.95
            face = sheet.bold if cell.bold else sheet.face
            for line in cell.lines:
                sheet.text(line, self.x[cell.col] + PAD_X, y, "c",
                           self._width(cell.col, cell.colspan), face)
                y -= sheet.leading
            if booktabs and cell.colspan > 1:
                sheet.rule(y1 + 0.6, 0.3, self.x[cell.col] + 2,
                           self.x[cell.col + cell.colspan] - 2)
        sheet.y = tops[-1]
        if booktabs:
            sheet.rule(sheet.y, 0.5)

    def _draw_rows(self, start: int, stop: int) -> None:
        sheet, grid = self.sheet, self.grid
        tops = [sheet.y]
        for r in range(start, stop):
            tops.append(tops[-1] - self.heights[r])
        canvas = sheet.canvas
        for r in range(start, stop):
            shade = (ZEBRA - 0.04 if r in grid.section else
                     ZEBRA if grid.rules == "none" and r % 2 == 1 else None)
            if shade is not None:
                canvas.setFillGray(shade)
                canvas.rect(sheet.left, tops[r - start + 1], sheet.right - sheet.left,
                            self.heights[r], stroke=0, fill=1)
            if grid.rules == "booktabs" and r in grid.group and r != start:
                canvas.setStrokeGray(0.45)
                sheet.rule(tops[r - start], 0.3)
                canvas.setStrokeGray(0)
        canvas.setFillGray(0)
        for cell in self.cells:
            if not start <= cell.row < stop:
                continue
            y = tops[cell.row - start] - PAD_Y - sheet.size * 0.82
            face = sheet.bold if cell.bold else sheet.face
            for line in cell.lines:
                sheet.text(line, self.x[cell.col] + PAD_X, y, grid.align[cell.col],
                           self._width(cell.col, cell.colspan), face)
                y -= sheet.leading
        sheet.y = tops[-1]


def _lines(sheet: _Sheet, lines: tuple[str, ...], align: str, bold: bool) -> None:
    face = sheet.bold if bold else sheet.face
    for line in lines:
        if sheet.y - sheet.leading < sheet.bottom:
            sheet.new_page()
        sheet.y -= sheet.leading
        sheet.text(line, sheet.left, sheet.y, align, sheet.right - sheet.left, face)


def _signature(sheet: _Sheet, lines: tuple[str, ...]) -> None:
    """Signature block at the right, kept whole (a blank entry is the signing space)."""
    height = sum(3 * sheet.leading if not t else sheet.leading for t in lines) + 10
    if sheet.y - height < sheet.bottom:
        sheet.new_page()
    sheet.y -= 10
    x = sheet.left + (sheet.right - sheet.left) * 0.62
    for line in lines:
        sheet.y -= sheet.leading if line else 3 * sheet.leading
        if line:
            sheet.text(line, x, sheet.y, "c", (sheet.right - sheet.left) * 0.38, sheet.face)


def render(doc: Document, path: Path) -> int:
    """Draw ``doc`` to ``path``; return the page count."""
    sheet = _Sheet(doc, path)
    original = sheet.size
    sheet.size = original + 2
    _lines(sheet, doc.heading, "c", True)
    sheet.size = original
    sheet.y -= 8
    for block in doc.blocks:
        if isinstance(block, str):
            _lines(sheet, (block,), "l", False)
            sheet.y -= 3
            continue
        _lines(sheet, block.caption, "l", True)
        sheet.y -= 3
        _Table(sheet, block).draw()
    _signature(sheet, doc.sign)
    return sheet.finish()
