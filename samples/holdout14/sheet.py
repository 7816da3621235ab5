"""An Excel-first agency's planning sheet, written with openpyxl for LibreOffice Calc.

The whole document sits on one sheet (title block, captions, tables, signature) printed
"fit to page width" on a landscape sheet, so a wide table comes out at 5–6 pt. Cells are
typed the way a spreadsheet user types them: amounts are numbers shown by an Indonesian
number format (``[$-421]#,##0;-#,##0;"-"`` → ``1.234.000``, zero → ``-``), percentages
typed as numbers are shown ``75,5%``, other targets are text. The header band is dark
with white bold text and repeats on every page ("rows to repeat"); narrow spacer columns
(no border, no fill) separate value groups; sub-total rows are shaded.

Calc keeps the row heights stored in an .xlsx (openpyxl cannot auto-fit), so every row
height is computed here from the font metrics of the font Calc substitutes for Arial
(Liberation Sans, the same advance widths), and page breaks are placed here, never inside the
text of a merged cell, so a merged program cell's text is never cut by a page break. A word wider
than its column is refused: Calc would break it mid-word and the PDF would no longer print
the truth's text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.utils.indexed_list import IndexedList
from openpyxl.worksheet.pagebreak import Break
from reportlab.pdfbase.pdfmetrics import stringWidth

from samples.common import placed, spans
from samples.fonts import ensure
from samples.holdout6.model import Head

PT_PER_CHAR = 5.548
"""Points per Excel width unit as Calc prints them with an Arial 10 pt Normal style
(measured: widths 2, 5, 10, 20, 40 → 11.1, 27.7, 55.5, 111.0, 222.0 pt)."""
PAD = 4.0
"""Horizontal room a cell's text does not get (Calc's cell margins plus rounding slack)."""
LEADING = 1.22
"""Line height as a multiple of the font size (Liberation Sans ascent + descent = 1.117)."""
INCH = 72.0
PAPER = {1: (8.5, 11.0), 5: (8.5, 14.0), 9: (8.27, 11.69), 14: (8.5, 13.0)}
"""openpyxl paper codes used here → (width, height) in inches, portrait: Letter, Legal, A4,
Folio (8.5 × 13 in, Excel's stand-in for F4)."""
MARGINS = {"left": 0.4, "right": 0.4, "top": 0.5, "bottom": 0.7, "header": 0.25,
           "footer": 0.3}
PAGE_FILL = 0.9
"""Share of a page's printable height this module fills before breaking (Calc's own
layout rounds row heights; a row it pushes over would start a page Calc chose)."""
_NUMBER = re.compile(r"^-?\d+$")
_PERCENT = re.compile(r"^\d+(,\d+)?%$")


@dataclass(frozen=True)
class Grid:
    """One table on the sheet: a caption above, header rows (``Head`` spans), an optional
    ``1 2 3 …`` row, body rows in span notation (``^`` / ``<``), per-column number formats
    (``""`` = text), bold rows and shaded (sub-total) rows."""

    header: tuple[tuple[Head, ...], ...]
    body: tuple[tuple[str, ...], ...]
    formats: tuple[str, ...]
    caption: tuple[str, ...] = ()
    numbers: bool = False
    bold: frozenset[int] = frozenset()
    shaded: frozenset[int] = frozenset()


@dataclass(frozen=True)
class Sheet:
    """One worksheet: column widths (Excel units), alignment letters, the spacer columns
    (``gaps``), hidden helper columns (typed but never printed), blocks in order (a
    ``Grid`` or a line of running text) and ``repeat``, the index in ``blocks`` of the grid
    whose header rows repeat on every page (they are also the frozen panes)."""

    title: str
    widths: tuple[float, ...]
    align: str
    blocks: tuple[Grid | str, ...]
    heading: tuple[str, ...] = ()
    sign: tuple[str, ...] = ()
    repeat: int | None = None
    gaps: frozenset[int] = frozenset()
    hidden: frozenset[int] = frozenset()


@dataclass(frozen=True)
class Book:
    """A workbook printed to one PDF: paper (openpyxl code), font, the header band's
    colours, footer (Excel codes ``&P`` / ``&N``) and its sheets."""

    name: str
    sheets: tuple[Sheet, ...]
    paper: int
    size: float
    header_fill: str = "1F4E78"
    header_text: str = "FFFFFF"
    shade: str = "DDEBF7"
    footer: str = "Halaman &P dari &N"


def _face(bold: bool) -> str:
    return ensure("LiberationSans-Bold" if bold else "LiberationSans")


def _lines(text: str, width_pt: float, size: float, bold: bool) -> int:
    """Lines ``text`` wraps to in a cell ``width_pt`` wide (greedy, at spaces, like Calc)."""
    room = width_pt - PAD
    face = _face(bold)
    count, line = 1, ""
    for word in text.split():
        if stringWidth(word, face, size) > room:
            raise ValueError(f"{word!r} is wider than its column ({room:.1f} pt)")
        trial = f"{line} {word}" if line else word
        if line and stringWidth(trial, face, size) > room:
            count, line = count + 1, word
        else:
            line = trial
    return count


def _value(text: str, fmt: str) -> str | int | float:
    """The cell value a spreadsheet user types: numbers in formatted columns, else text."""
    if fmt and _NUMBER.match(text):
        return int(text)
    if fmt and _PERCENT.match(text):
        return round(float(text[:-1].replace(",", ".")) / 100, 6)
    return text


class _Writer:
    """Fills one worksheet top-down and remembers row heights and unbreakable rows."""

    def __init__(self, book: Book, sheet: Sheet, ws) -> None:
        self.book, self.sheet, self.ws = book, sheet, ws
        self.row = 1
        self.heights: dict[int, float] = {}
        self.tied: set[int] = set()  # rows that must stay on the page of the row above
        self.widths = [0.0 if c in sheet.hidden else w * PT_PER_CHAR
                       for c, w in enumerate(sheet.widths)]
        thin = Side(style="thin", color="000000")
        self.border = Border(left=thin, right=thin, top=thin, bottom=thin)

    def font(self, bold: bool = False, color: str = "000000", delta: float = 0) -> Font:
        return Font(name="Arial", sz=self.book.size + delta, bold=bold, color=color)

    def need(self, row: int, height: float) -> None:
        self.heights[row] = max(self.heights.get(row, 0.0), height)

    def span_width(self, first: int, last: int) -> float:
        return sum(self.widths[first:last + 1])

    def line(self, text: str, bold: bool, align: str, delta: float = 0) -> None:
        """One line of text merged across the sheet (title, caption, running text)."""
        last = len(self.widths)
        cell = self.ws.cell(self.row, 1, text)
        cell.font = self.font(bold, delta=delta)
        cell.alignment = Alignment(horizontal=align, vertical="top", wrap_text=True)
        self.ws.merge_cells(start_row=self.row, start_column=1, end_row=self.row,
                            end_column=last)
        size = self.book.size + delta
        lines = _lines(text, self.span_width(0, last - 1), size, bold)
        self.need(self.row, lines * size * LEADING + 3)
        self.row += 1

    def blank(self, height: float) -> None:
        self.need(self.row, height)
        self.row += 1

    def box(self, top: int, left: int, bottom: int, right: int, fill: str | None) -> None:
        """Border (and fill) every cell of a rectangle so Calc draws the whole outline."""
        if left in self.sheet.gaps:
            return
        for r in range(top, bottom + 1):
            for c in range(left, right + 1):
                cell = self.ws.cell(r, c + 1)
                cell.border = self.border
                if fill:
                    cell.fill = PatternFill("solid", fgColor=fill)

    def grid(self, grid: Grid, caption: bool) -> tuple[int, int]:
        """Write a table (kept on the page of its ``caption`` line, if any); returns the
        first and last sheet rows of its header."""
        size, book = self.book.size, self.book
        first = self.row
        for r, c, head in placed(grid.header):
            top, left = first + r, c
            bottom, right = top + head.rowspan - 1, c + head.colspan - 1
            if c in self.sheet.gaps:
                continue
            cell = self.ws.cell(top, left + 1, head.text)
            cell.font = self.font(True, book.header_text)
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            self.box(top, left, bottom, right, book.header_fill)
            if (bottom, right) != (top, left):
                self.ws.merge_cells(start_row=top, start_column=left + 1, end_row=bottom,
                                    end_column=right + 1)
            if left not in self.sheet.hidden:
                lines = _lines(head.text, self.span_width(left, right), size, True)
                self.need(bottom, lines * size * LEADING + 4 - 10 * (head.rowspan - 1))
        self.row += len(grid.header)
        if grid.numbers:
            number = 0
            for c in range(len(self.widths)):
                if c in self.sheet.gaps:
                    continue
                number += 1
                cell = self.ws.cell(self.row, c + 1, f"({number})")
                cell.font = self.font(True, book.header_text)
                cell.alignment = Alignment(horizontal="center", vertical="center")
                self.box(self.row, c, self.row, c, book.header_fill)
            self.need(self.row, size * LEADING + 3)
            self.row += 1
        header_rows = (first, self.row - 1)
        top = self.row
        for span in spans(grid.body):
            row = top + span.row
            bold = span.row in grid.bold
            fill = book.shade if span.row in grid.shaded else None
            self.box(row, span.col, top + span.last_row, span.last_col, fill)
            if span.col in self.sheet.gaps or not span.text:
                continue
            fmt = grid.formats[span.col]
            cell = self.ws.cell(row, span.col + 1, _value(span.text, fmt))
            cell.font = self.font(bold)
            if fmt:
                cell.number_format = fmt
            align = {"l": "left", "c": "center", "r": "right"}[self.sheet.align[span.col]]
            cell.alignment = Alignment(horizontal=align, vertical="top", wrap_text=True)
            if (span.last_row, span.last_col) != (span.row, span.col):
                self.ws.merge_cells(start_row=row, start_column=span.col + 1,
                                    end_row=top + span.last_row, end_column=span.last_col + 1)
        self.tied.update(range(first + (0 if caption else 1), top + 1))
        for r in range(len(grid.body)):
            self.need(top + r, size * LEADING + 3)
        for span in spans(grid.body):  # merged cells: grow their last row if needed
            if span.col in self.sheet.gaps | self.sheet.hidden or not span.text:
                continue
            lines = _lines(span.text, self.span_width(span.col, span.last_col), size,
                           span.row in grid.bold)
            rows = range(top + span.row, top + span.last_row + 1)
            text = lines * size * LEADING + 3
            short = text - sum(self.heights[r] for r in rows)
            if short > 0:
                self.heights[rows[-1]] += short
            self._tie_under(rows, text)
        self.row += len(grid.body)
        return header_rows

    def _tie_under(self, rows: range, text: float) -> None:
        """A page may break inside a merged cell, but only below its (top-aligned) text:
        the rows the text reaches into stay with the cell's first row."""
        used = 0.0
        for row in rows[1:]:
            used += self.heights[row - 1]
            if used >= text:
                return
            self.tied.add(row)

    def signature(self) -> None:
        """The dated signature block under the table, centred over the right third."""
        left = len(self.widths) * 2 // 3
        self.blank(8)
        for text in self.sheet.sign:
            if text:
                cell = self.ws.cell(self.row, left + 1, text)
                cell.font = self.font(text.isupper() and not any(ch.isdigit() for ch in text))
                cell.alignment = Alignment(horizontal="center")
                self.ws.merge_cells(start_row=self.row, start_column=left + 1,
                                    end_row=self.row, end_column=len(self.widths))
            self.need(self.row, self.book.size * LEADING + (3 if text else 20))
            if text != self.sheet.sign[0]:
                self.tied.add(self.row)
            self.row += 1


def _scale(book: Book, widths: list[float]) -> float:
    """Calc's fit-to-width factor: printable width over the columns' width (at most 1)."""
    wide, _ = sorted(PAPER[book.paper], reverse=True)
    room = (wide - MARGINS["left"] - MARGINS["right"]) * INCH
    return min(1.0, room / sum(widths))


def _breaks(book: Book, writer: _Writer, repeated: float) -> list[int]:
    """Rows after which a page ends: as many rows per page as fit, never before a tied
    row (a merged cell's continuation, a header's first body row, a signature line)."""
    _, tall = sorted(PAPER[book.paper], reverse=True)
    room = (tall - MARGINS["top"] - MARGINS["bottom"]) * INCH * PAGE_FILL
    room /= _scale(book, writer.widths)
    units: list[list[int]] = []
    for row in sorted(writer.heights):
        if row in writer.tied and units:
            units[-1].append(row)
        else:
            units.append([row])
    out, used = [], 0.0
    for unit in units:
        height = sum(writer.heights[r] for r in unit)
        if used + height > room and used > repeated:
            out.append(unit[0] - 1)
            used = repeated
        used += height
    return out


def _sheet(book: Book, sheet: Sheet, ws) -> None:
    """Fill one worksheet, then size its rows and columns and set its print layout."""
    ws.title = sheet.title
    writer = _Writer(book, sheet, ws)
    for text in sheet.heading:
        writer.line(text, True, "center", delta=2)
    if sheet.heading:
        writer.blank(8)
    repeated = (0, 0)
    for n, block in enumerate(sheet.blocks):
        if isinstance(block, str):
            writer.line(block, False, "left")
            continue
        for text in block.caption:
            writer.line(text, True, "left")
        rows = writer.grid(block, bool(block.caption))
        if n == sheet.repeat:
            repeated = rows
        writer.blank(6)
    if sheet.sign:
        writer.signature()
    for c, width in enumerate(sheet.widths):
        ws.column_dimensions[get_column_letter(c + 1)].width = width
        ws.column_dimensions[get_column_letter(c + 1)].hidden = c in sheet.hidden
    for row, height in writer.heights.items():
        ws.row_dimensions[row].height = round(height, 2)
    repeat_height = 0.0
    if sheet.repeat is not None:
        ws.print_title_rows = f"{repeated[0]}:{repeated[1]}"
        ws.freeze_panes = f"A{repeated[1] + 1}"
        repeat_height = sum(writer.heights[r] for r in range(repeated[0], repeated[1] + 1))
    for row in _breaks(book, writer, repeat_height):
        ws.row_breaks.append(Break(id=row))
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = book.paper
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    for side, inches in MARGINS.items():
        setattr(ws.page_margins, side, inches)
    ws.oddFooter.center.text = book.footer
    ws.oddFooter.center.size = book.size
    ws.oddFooter.center.font = "Arial"
    ws.print_area = f"A1:{get_column_letter(len(sheet.widths))}{writer.row - 1}"


def write(book: Book, path: Path) -> None:
    """Write ``book`` as an .xlsx (fixed core properties, Arial as the Normal font)."""
    wb = Workbook()
    base = Font(name="Arial", sz=10, family=2)
    wb._fonts = IndexedList([base])  # the Normal style's font: fixes Calc's width unit
    wb._named_styles["Normal"].font = base
    for n, sheet in enumerate(book.sheets):
        _sheet(book, sheet, wb.active if n == 0 else wb.create_sheet())
    props = wb.properties
    props.creator = props.lastModifiedBy = "Bappeda"
    props.created = props.modified = datetime(2026, 5, 20, 8, 0, 0)
    wb.save(path)
