"""Render a :class:`~samples.layout.Document` to a deterministic PDF with reportlab.

Pagination is done here rather than by reportlab's table splitting, because reportlab
refuses to split a table inside a row span — and real planning tables break across pages
in the middle of a merged program cell. Each page gets its own ``Table`` with the header
(and column-number row) repeated; a merge continued from the previous page prints as an
empty spanning cell at the top of the next page, exactly like the originals.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from samples import fonts
from samples.common import COVERED
from samples.layout import Document, Grid, Lines, Look, NewPage, Signature
from samples.printed import PrintedCell, PrintedRow, body_rows, body_spans, header_spans

ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}
PAD = 2.0
FRAME_PAD = 6.0
SLACK = 4.0


class _Styles:
    """Paragraph styles of one document, cached by (bold, size, align)."""

    def __init__(self, look: Look) -> None:
        self.look = look
        fonts.ensure(look.font)
        fonts.ensure(look.bold)
        self._cache: dict[tuple[bool, float, str], ParagraphStyle] = {}

    def get(self, bold: bool, size: float, align: str = "left") -> ParagraphStyle:
        key = (bold, size, align)
        if key not in self._cache:
            self._cache[key] = ParagraphStyle(
                f"s{len(self._cache)}",
                fontName=self.look.bold if bold else self.look.font,
                fontSize=size,
                leading=size * 1.22,
                alignment=ALIGN[align],
            )
        return self._cache[key]

    def para(self, text: str, bold: bool = False, size: float | None = None,
             align: str = "left") -> Paragraph:
        return Paragraph(escape(text), self.get(bold, size or self.look.size, align))


class _GridPrinter:
    """Builds the per-page ``Table`` of a grid for any slice of its printed rows."""

    def __init__(self, grid: Grid, styles: _Styles, width: float) -> None:
        self.grid = grid
        self.styles = styles
        total = sum(c.width for c in grid.columns)
        self.widths = [width * c.width / total for c in grid.columns]
        self.rows = body_rows(grid)
        self.head = self._header()

    def _header(self) -> list[list[Flowable | str]]:
        look = self.styles.look
        for c0, r0, c1, _ in header_spans(self.grid.header):
            self._check_words(self.grid.header[r0][c0], c0, True, look.header_size, c1 - c0 + 1)
        spanned = {(c, r) for c, r, _, _ in header_spans(self.grid.header)}
        for r, row in enumerate(self.grid.header):
            for c, text in enumerate(row):
                if (c, r) not in spanned and text not in COVERED:
                    self._check_words(text, c, True, look.header_size)
        head: list[list[Flowable | str]] = [
            ["" if t in COVERED else
             self.styles.para(t, bold=True, size=look.header_size, align="center") for t in row]
            for row in self.grid.header
        ]
        if self.grid.number_row:
            head.append([self.styles.para(str(i + 1), bold=True, size=look.header_size,
                                          align="center") for i in range(len(self.grid.columns))])
        return head

    def _check_words(self, text: str, col: int, bold: bool, size: float | None = None,
                     span: int = 1) -> None:
        """Refuse a word wider than its column: reportlab would split it mid-word, and the
        truth (the curated text) or the header wording would no longer be what is printed."""
        look = self.styles.look
        font = look.bold if bold else look.font
        room = sum(self.widths[col:col + span]) - 2 * PAD
        for word in text.split():
            if stringWidth(word, font, size or look.size) > room:
                raise ValueError(f"{word!r} is wider than column {self.grid.columns[col].key}")

    def _cell(self, cell: PrintedCell, col: int, row_items: list[float]) -> Flowable | str:
        column = self.grid.columns[col]
        bold = column.key in self.grid.bold_keys
        for text in cell.items or (cell.text,):
            self._check_words(text, col, bold)
        if cell.items is None:
            return self.styles.para(cell.text, bold=bold, align=column.align) if cell.text else ""
        items = [self.styles.para(t, align=column.align) for t in cell.items]
        inner = Table([[p] for p in items], colWidths=[self.widths[col] - 2 * PAD],
                      rowHeights=row_items)
        inner.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 0),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
        return inner

    def _item_heights(self, row: PrintedRow) -> list[float]:
        """Height of each stacked item: the tallest of its packed columns, so an item's
        indicator and amount start on the same line as its name."""
        packed = [(c, cell) for c, cell in enumerate(row) if cell.items is not None]
        if not packed:
            return []
        n = len(packed[0][1].items or ())
        heights = [0.0] * n
        for c, cell in packed:
            for i, text in enumerate(cell.items or ()):
                p = self.styles.para(text, align=self.grid.columns[c].align)
                _, h = p.wrap(self.widths[c] - 2 * PAD, 10_000)
                heights[i] = max(heights[i], h + 3)
        return heights

    def table(self, first: int, last: int) -> Table:
        """The table printing body rows ``first..last-1`` under the repeated header."""
        rows = self.rows[first:last]
        data = [list(r) for r in self.head]
        top = len(data)
        for row in rows:
            heights = self._item_heights(row)
            data.append([self._cell(cell, c, heights) for c, cell in enumerate(row)])
        look = self.styles.look
        style = [
            ("GRID", (0, 0), (-1, -1), look.line_width, colors.black),
            ("VALIGN", (0, 0), (-1, top - 1), "MIDDLE"),
            ("VALIGN", (0, top), (-1, -1), look.valign),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), PAD),
            ("BOTTOMPADDING", (0, 0), (-1, -1), PAD),
        ]
        style += [("SPAN", (c0, r0), (c1, r1))
                  for c0, r0, c1, r1 in header_spans(self.grid.header)]
        style += [("SPAN", (c, top + r0), (c, top + r1)) for c, r0, r1 in body_spans(rows)]
        table = Table(data, colWidths=self.widths, repeatRows=0)
        table.setStyle(TableStyle(style))
        return table


class _Pager:
    """Fills pages top to bottom with measured flowables."""

    def __init__(self, width: float, height: float) -> None:
        self.width = width
        self.height = height
        self.pages: list[list[Flowable]] = [[]]
        self.left = height

    def new_page(self) -> None:
        if self.pages[-1]:
            self.pages.append([])
            self.left = self.height

    def fits(self, flowable: Flowable) -> bool:
        return flowable.wrap(self.width, self.height)[1] <= self.left

    def place(self, flowable: Flowable) -> None:
        if not self.fits(flowable):
            self.new_page()
        h = flowable.wrap(self.width, self.height)[1]
        if h > self.left:
            raise ValueError("a block is taller than a page")
        self.pages[-1].append(flowable)
        self.left -= h

    def place_grid(self, printer: _GridPrinter) -> None:
        """Break the grid into per-page tables, as many rows per page as fit."""
        n = len(printer.rows)
        first = 0
        while first < n:
            lo, hi = first, n  # largest last with table(first, last) fitting
            while lo < hi:
                mid = (lo + hi + 1) // 2
                if self.fits(printer.table(first, mid)):
                    lo = mid
                else:
                    hi = mid - 1
            if lo == first:
                if self.left == self.height:
                    raise ValueError("a table row is taller than a page")
                self.new_page()
                continue
            self.place(printer.table(first, lo))
            first = lo
            if first < n:
                self.new_page()


def _lines(block: Lines, styles: _Styles) -> list[Flowable]:
    size = block.size or styles.look.title_size
    return [styles.para(t, bold=block.bold, size=size, align=block.align) for t in block.lines]


def _signature(block: Signature, styles: _Styles, width: float) -> Table:
    size = styles.look.size + 1.5
    rows: list[list[Flowable | str]] = []
    for i, text in enumerate(block.lines):
        rows.append(["", styles.para(text, size=size, align="center")])
        if i == block.gap_after:
            rows.append(["", Spacer(1, 36)])
    table = Table(rows, colWidths=[width * 0.6, width * 0.4])
    table.setStyle(TableStyle([("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return table


def _page_number(look: Look) -> Callable[[Canvas, SimpleDocTemplate], None]:
    """Page callback printing ``- n -`` under the frame when the look asks for it."""

    def draw(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        if look.page_numbers:
            canvas.setFont(look.font, look.size)
            canvas.drawCentredString(look.page[0] / 2, look.margin / 2, f"- {doc.page} -")
    return draw


def render(document: Document, path: Path) -> int:
    """Write ``document`` to ``path``; returns the page count reportlab produced."""
    look = document.look
    styles = _Styles(look)
    width = look.page[0] - 2 * look.margin - 2 * FRAME_PAD
    height = look.page[1] - 2 * look.margin - 2 * FRAME_PAD - SLACK
    pager = _Pager(width, height)
    for block in document.blocks:
        if isinstance(block, NewPage):
            pager.new_page()
        elif isinstance(block, Lines):
            for flowable in _lines(block, styles):
                pager.place(flowable)
            pager.place(Spacer(1, 6))
        elif isinstance(block, Signature):
            pager.place(Spacer(1, 8))
            pager.place(_signature(block, styles, width))
        else:
            for text in block.caption:
                pager.place(styles.para(text, bold=True, size=look.size + 2))
            if block.caption:
                pager.place(Spacer(1, 4))
            pager.place_grid(_GridPrinter(block, styles, width))
            pager.place(Spacer(1, 8))
    story: list[Flowable] = []
    for i, page in enumerate(pager.pages):
        if i:
            story.append(PageBreak())
        story.extend(page)
    doc = SimpleDocTemplate(str(path), pagesize=look.page, leftMargin=look.margin,
                            rightMargin=look.margin, topMargin=look.margin,
                            bottomMargin=look.margin, invariant=1, title=document.name,
                            author="", creator="rencana samples")
    draw = _page_number(look)
    doc.build(story, onFirstPage=draw, onLaterPages=draw)
    return doc.page
