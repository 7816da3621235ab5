"""openpyxl writer: a holdout3 ``Doc`` as one worksheet set up for printing.

What an agency's Excel sheet has and a Word table has not: thin borders drawn on every
cell, merged ranges (vertical for program/kegiatan groups, horizontal for group headings
and the JUMLAH label), amounts typed as numbers with an Indonesian number format, explicit
row heights, landscape paper with fit-to-width scaling and "rows to repeat at top" for the
header. Page breaks are left to Calc, so they fall wherever the rows run out of page.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from samples.common import Span, spans
from samples.holdout3 import measure
from samples.holdout3.model import Doc, Lines, Look, Signature, Table
from samples.values import MARKS

POINTS_PER_CHAR = 7.0  # Calc's width of one Excel "character" of the default font
INDENT_PT = 9.0  # width of one Excel indent level
THIN = Side(style="thin")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
MARK_FILL = PatternFill("solid", fgColor="7F7F7F")
FIXED_TIME = datetime(2024, 1, 15, 8, 0, 0)


@dataclass(frozen=True)
class RowStyle:
    """How a body row is printed: bold (urusan, program, JUMLAH) and the indent level of
    its name cell."""

    bold: bool = False
    indent: int = 0


class _Sheet:
    """Row cursor and height bookkeeping over one worksheet."""

    def __init__(self, ws: Worksheet, look: Look, widths: list[float]) -> None:
        self.ws, self.look, self.widths = ws, look, widths
        self.next_row = 1

    def width(self, first: int, last: int) -> float:
        return sum(self.widths[first:last + 1])

    def lines(self, texts: list[str], bold: bool, size: float, align: str = "center") -> None:
        """Title / caption lines, merged across the sheet when centred."""
        for text in texts:
            row = self.next_row
            cell = self.ws.cell(row, 1, text or None)
            cell.font = Font(name=self.look.font, size=size, bold=bold)
            cell.alignment = Alignment(horizontal=align, vertical="center",
                                       wrap_text=align == "center")
            if align == "center":
                self.ws.merge_cells(start_row=row, start_column=1, end_row=row,
                                    end_column=len(self.widths))
                count = measure.line_count(text, self.width(0, len(self.widths) - 1),
                                           self.look.font, size, bold)
            else:
                count = 1
            self.ws.row_dimensions[row].height = measure.height(count, size)
            self.next_row += 1

    def grid(self, grid: list[tuple[str, ...]], styles: list[RowStyle], table: Table,
             header: bool) -> None:
        """Write a bordered block of rows (header or body) with merges and heights.

        A single-row cell sets its row's height; a vertically merged cell only adds height
        to its last row when its rows together are too short for its text.
        """
        first = self.next_row
        heights = [measure.height(1, self.look.size)] * len(grid)
        deferred = []
        for span in spans(grid):
            need = self._cell(first, span, styles[span.row], table, header)
            if span.last_row == span.row:
                heights[span.row] = max(heights[span.row], need)
            else:
                deferred.append((span, need))
            if span.last_row > span.row or span.last_col > span.col:
                self.ws.merge_cells(start_row=first + span.row, start_column=span.col + 1,
                                    end_row=first + span.last_row,
                                    end_column=span.last_col + 1)
        for span, need in deferred:
            covered = sum(heights[span.row:span.last_row + 1])
            if covered < need:
                heights[span.last_row] += need - covered
        for i, row_height in enumerate(heights):
            self.ws.row_dimensions[first + i].height = round(row_height, 2)
            for j in range(len(table.columns)):
                self.ws.cell(first + i, j + 1).border = BORDER
        self.next_row += len(grid)

    def _cell(self, first: int, span: Span, style: RowStyle, table: Table,
              header: bool) -> float:
        """Value and style of one anchor cell; returns the height its text needs.

        Typed numbers are not measured (their columns are sized for them, and the build
        fails on Calc's ``###`` overflow marker instead).
        """
        column = table.columns[span.col]
        bold = header or style.bold
        indent = 0 if header or column.key != "name" else style.indent
        cell = self.ws.cell(first + span.row, span.col + 1)
        measured = span.text
        if header:
            cell.value = span.text or None
            if self.look.header_fill:
                cell.fill = PatternFill("solid", fgColor=self.look.header_fill)
        elif column.key in table.fill_marks:
            if span.text and span.text not in MARKS:
                raise ValueError(f"unexpected schedule mark {span.text!r}")
            if span.text:
                cell.fill = MARK_FILL
            measured = ""
        elif span.text and column.value:
            cell.value = column.value(span.text)
            cell.number_format = column.number_format or "General"
            measured = ""
        else:
            cell.value = span.text or None
        cell.font = Font(name=self.look.font, size=self.look.size, bold=bold)
        cell.alignment = Alignment(
            horizontal="center" if header else column.align,
            vertical="center" if header else table.valign, wrap_text=True, indent=indent)
        width = self.width(span.col, span.last_col) - indent * INDENT_PT
        lines = measure.line_count(measured, width, self.look.font, self.look.size, bold)
        return measure.height(lines, self.look.size)

    def signature(self, block: Signature) -> None:
        """Signature lines merged over the right-most columns, no borders."""
        self.next_row += 1
        last = len(self.widths)
        room = self.width(last - block.columns, last - 1)
        for text in block.lines:
            if measure.line_count(text, room, self.look.font, self.look.size + 1, False) > 1:
                raise ValueError(f"signature line wider than its {block.columns} columns: {text}")
            row = self.next_row
            cell = self.ws.cell(row, last - block.columns + 1, text)
            cell.font = Font(name=self.look.font, size=self.look.size + 1)
            cell.alignment = Alignment(horizontal="center")
            self.ws.merge_cells(start_row=row, start_column=last - block.columns + 1,
                                end_row=row, end_column=last)
            self.ws.row_dimensions[row].height = measure.height(1, self.look.size + 1)
            self.next_row += 1
            if text == "":
                self.ws.row_dimensions[row].height = 28


def _table(sheet: _Sheet, table: Table) -> tuple[int, int]:
    """Header, number row and body; returns the first and last rows to repeat."""
    start = sheet.next_row
    plain = RowStyle()
    sheet.grid(list(table.header), [plain] * len(table.header), table, header=True)
    if table.number_row:
        numbers = [tuple(str(i) for i in range(1, len(table.columns) + 1))]
        sheet.grid(numbers, [plain], table, header=True)
    repeat_end = sheet.next_row - 1
    filled = table.data.filled()
    styles = [RowStyle(table.bold(row) if table.bold else False,
                       table.indent(row) if table.indent else 0) for row in filled]
    keys = [c.key for c in table.columns]
    grid = [tuple(raw[table.data.column(k)] for k in keys) for raw in table.data.rows]
    sheet.grid(grid, styles, table, header=False)
    return start, repeat_end


def write(doc: Doc, path: Path) -> None:
    """Write ``doc`` as a one-sheet workbook at ``path`` with fixed core properties."""
    workbook = Workbook()
    ws = workbook.active
    ws.title = doc.name[:31]
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    widths = [c.width for c in tables[0].columns]
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = round(width / POINTS_PER_CHAR, 2)
    sheet = _Sheet(ws, doc.look, widths)
    repeat: tuple[int, int] | None = None
    for block in doc.blocks:
        if isinstance(block, Lines):
            sheet.lines(list(block.lines), block.bold, block.size or doc.look.size, block.align)
        elif isinstance(block, Table):
            rows = _table(sheet, block)
            repeat = repeat or rows
        else:
            sheet.signature(block)
    if repeat:
        ws.print_title_rows = f"{repeat[0]}:{repeat[1]}"
    _page_setup(ws, doc.look)
    props = workbook.properties
    props.creator = props.lastModifiedBy = "Sub Bagian Perencanaan"
    props.created = props.modified = FIXED_TIME
    workbook.save(path)


def _page_setup(ws: Worksheet, look: Look) -> None:
    """Landscape, fit all columns to one page wide (any number of pages tall)."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = look.paper
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    margins = ws.page_margins
    margins.left = margins.right = look.margin
    margins.top = margins.bottom = look.margin + 0.2
    if look.footer:
        ws.oddFooter.center.text = look.footer
        ws.oddFooter.center.size = look.size
