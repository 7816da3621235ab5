"""Write a ``holdout6.model.Document`` holding one table as a flat OpenDocument
spreadsheet (.fods) that LibreOffice Calc prints to PDF.

The look is a typical agency spreadsheet printed as is: NO cell grid, only an outer border
round the table and a rule under the header; schedule marks are FILLED CELLS (a grey cell
background, no character) in the ``marks`` columns; the header rows repeat on every page
(Calc's "rows to repeat"). Calc has no notion of keeping a merged cell's text on one page,
so this module paginates itself: it sizes every row (a span stretches its last row), puts
manual page breaks where no merged cell's text would be cut, and sets every row height
explicitly. Words are measured with the font fontconfig substitutes (``samples.fit``), so
no word is broken inside a cell.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import Path

from samples.common import placed, spans
from samples.fit import face
from samples.holdout5.draw import wrap
from samples.holdout6.model import Document, Table

PT_PER_CM = 72 / 2.54
PAD_CM = 0.06
LEADING = 1.22
SLACK = 0.94
"""Wrap a little narrower than Calc does, so computed heights never fall short."""
FILL = "#8c8c8c"
FOOTER_CM = 1.0
RULE = "0.6pt solid #000000"


@dataclass(frozen=True)
class Cell:
    """A placed anchor cell: its rectangle in the sheet grid and its look."""

    row: int
    col: int
    last_row: int
    last_col: int
    text: str
    style: tuple[object, ...]


def _style_xml(name: str, key: tuple[object, ...], size: float) -> str:
    bold, align, valign, fill, edges, bigger = key
    sides = "".join(f' fo:border-{side}="{RULE}"' for side, on in
                    zip(("top", "bottom", "left", "right"), edges, strict=True) if on)
    background = f' fo:background-color="{FILL}"' if fill else ""
    weight = ' fo:font-weight="bold"' if bold else ""
    return (f'<style:style style:name="{name}" style:family="table-cell">'
            f'<style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="{valign}"'
            f' fo:padding="{PAD_CM}cm"{sides}{background}/>'
            f'<style:paragraph-properties fo:text-align="{align}"/>'
            f'<style:text-properties fo:font-size="{size + bigger}pt"{weight}/></style:style>')


class Sheet:
    """One sheet being laid out: column widths, rows of placed cells, row heights."""

    def __init__(self, doc: Document, marks: frozenset[int]) -> None:
        self.doc, self.marks = doc, marks
        table = self.table
        page = doc.page
        usable = (page.width_mm - 2 * page.margin_mm) / 10
        self.widths = [usable * w / sum(table.widths) for w in table.widths]
        self.ncols = len(self.widths)
        self.cells: list[Cell] = []
        self.heights: list[float] = []
        self.breaks: set[int] = set()
        self.header_rows = (0, 0)
        self.body_end = 0

    @property
    def table(self) -> Table:
        tables = [b for b in self.doc.blocks if isinstance(b, Table)]
        if len(tables) != 1:
            raise ValueError("a Calc sheet here holds exactly one table")
        return tables[0]

    def _room(self, col: int, last_col: int) -> float:
        width = sum(self.widths[col:last_col + 1]) - 2 * PAD_CM
        return width * PT_PER_CM * SLACK

    def _lines(self, cell: Cell) -> int:
        bold, bigger = bool(cell.style[0]), float(cell.style[5])  # type: ignore[arg-type]
        font = face(self.doc.page.font, bold)
        return max(1, len(wrap(cell.text, font, self.doc.page.size + bigger,
                               self._room(cell.col, cell.last_col))))

    def _need(self, cell: Cell) -> float:
        size = self.doc.page.size + float(cell.style[5])  # type: ignore[arg-type]
        return self._lines(cell) * size * LEADING + 2 * PAD_CM * PT_PER_CM + 1

    def line(self, text: str, bold: bool, align: str, bigger: float = 0.0,
             first: int = 0) -> None:
        """A text row spanning columns ``first`` … last (title, caption, signature)."""
        row = len(self.heights)
        cell = Cell(row, first, row, self.ncols - 1, text,
                    (bold, align, "top", False, (False,) * 4, bigger))
        self.cells.append(cell)
        self.heights.append(self._need(cell) if text else self.doc.page.size * 1.4)

    def grid(self) -> None:
        """The table: header rows (repeated on every page), then the body rows."""
        table, top = self.table, len(self.heights)
        head_last = top + len(table.header) - 1
        last = head_last + len(table.body)
        grid = [[""] * self.ncols for _ in table.header]
        for r, c, head in placed(table.header):
            for i in range(head.rowspan):
                for j in range(head.colspan):
                    grid[r + i][c + j] = "<" if j else "^" if i else head.text
        for span in spans([*grid, *table.body]):
            row, last_row = top + span.row, top + span.last_row
            header = row <= head_last
            mark = not header and span.col in self.marks
            edges = (row == top, last_row in (head_last, last), span.col == 0,
                     span.last_col == self.ncols - 1)
            bold = header or (row - head_last - 1) in table.bold
            align = "center" if header else {"l": "start", "c": "center",
                                             "r": "end"}[table.align[span.col]]
            text = "" if mark else span.text
            self.cells.append(Cell(row, span.col, last_row, span.last_col, text,
                                   (bold, align, "middle" if header else "top",
                                    mark and bool(span.text), edges, 0.0)))
        self.header_rows = (top, head_last + 1)
        self.body_end = last + 1
        self.heights += [0.0] * (last + 1 - top)
        for cell in sorted((c for c in self.cells if c.row >= top),
                           key=lambda c: c.last_row - c.row):
            rows = range(cell.row, cell.last_row + 1)
            short = self._need(cell) - sum(self.heights[r] for r in rows)
            if short > 0:
                self.heights[rows[-1]] += short

    def paginate(self) -> None:
        """Manual page breaks: a page ends before a row only where every merged cell's
        text already fits in the rows above (its continuation prints as blank space), and
        the signature stays on the page of the table's last rows (Calc would otherwise
        print it alone under a repeated header)."""
        page = self.doc.page
        room = ((page.height_mm - 2 * page.margin_mm) / 10 - FOOTER_CM) * PT_PER_CM * 0.96
        start, stop = self.header_rows
        header = sum(self.heights[start:stop])
        unsafe = set(range(self.body_end, len(self.heights)))
        for cell in self.cells:
            if cell.row >= stop:
                need, have, r = self._need(cell), 0.0, cell.row
                while have + self.heights[r] < need - 0.01:
                    have += self.heights[r]
                    r += 1
                    unsafe.add(r)
        used = sum(self.heights[:stop])
        for r in range(stop, len(self.heights)):
            if used + self.heights[r] > room:
                back = r
                while back in unsafe:
                    back -= 1
                if back <= stop or back in self.breaks:
                    raise ValueError(f"{self.doc.name}: no page break possible before row {r}")
                self.breaks.add(back)
                used = header + sum(self.heights[back:r])
            used += self.heights[r]


def _xml(sheet: Sheet) -> str:
    doc, page = sheet.doc, sheet.doc.page
    styles: dict[tuple[object, ...], str] = {}
    for cell in sheet.cells:
        styles.setdefault(cell.style, f"ce{len(styles) + 1}")
    rows: dict[tuple[float, bool], str] = {}
    for r, h in enumerate(sheet.heights):
        rows.setdefault((round(h, 2), r in sheet.breaks), f"ro{len(rows) + 1}")
    auto = [f'<style:style style:name="co{i}" style:family="table-column">'
            f'<style:table-column-properties style:column-width="{w:.3f}cm"/></style:style>'
            for i, w in enumerate(sheet.widths)]
    auto += [f'<style:style style:name="{n}" style:family="table-row">'
             f'<style:table-row-properties style:row-height="{h}pt" '
             f'style:use-optimal-row-height="false" fo:break-before="{"page" if b else "auto"}"/>'
             f"</style:style>" for (h, b), n in rows.items()]
    auto += [_style_xml(n, k, page.size) for k, n in styles.items()]
    landscape = "landscape" if page.width_mm > page.height_mm else "portrait"
    margin = f"{page.margin_mm / 10}cm"
    footer = page.page_numbers.replace("{n}", "<text:page-number>1</text:page-number>")
    anchors = {(c.row, c.col): c for c in sheet.cells}
    covered = {(r, c) for a in sheet.cells for r in range(a.row, a.last_row + 1)
               for c in range(a.col, a.last_col + 1)} - set(anchors)
    body = []
    for r, h in enumerate(sheet.heights):
        cells = []
        for c in range(sheet.ncols):
            if (r, c) in covered:
                cells.append("<table:covered-table-cell/>")
            elif (r, c) in anchors:
                a = anchors[r, c]
                span = (f' table:number-rows-spanned="{a.last_row - a.row + 1}"'
                        f' table:number-columns-spanned="{a.last_col - a.col + 1}"')
                text = f"<text:p>{escape(a.text)}</text:p>" if a.text else ""
                value = ' office:value-type="string"' if a.text else ""
                cells.append(f'<table:table-cell table:style-name="{styles[a.style]}"'
                             f"{span}{value}>{text}</table:table-cell>")
            else:
                cells.append("<table:table-cell/>")
        row = (f'<table:table-row table:style-name="{rows[round(h, 2), r in sheet.breaks]}">'
               f'{"".join(cells)}</table:table-row>')
        start, stop = sheet.header_rows
        if r == start:
            row = "<table:table-header-rows>" + row
        if r == stop - 1:
            row += "</table:table-header-rows>"
        body.append(row)
    columns = "".join(f'<table:table-column table:style-name="co{i}"/>'
                      for i in range(sheet.ncols))
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:font-face-decls><style:font-face style:name="{page.font}"
 svg:font-family="'{page.font}'"/></office:font-face-decls>
<office:styles><style:default-style style:family="table-cell"><style:text-properties
 style:font-name="{page.font}" fo:font-size="{page.size}pt"/></style:default-style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties
 fo:page-width="{page.width_mm / 10}cm" fo:page-height="{page.height_mm / 10}cm"
 style:print-orientation="{landscape}" fo:margin-top="{margin}" fo:margin-bottom="{margin}"
 fo:margin-left="{margin}" fo:margin-right="{margin}" style:scale-to="100%"
 style:print="charts drawings objects zero-values" style:print-page-order="ttb"/>
<style:header-style/><style:footer-style><style:header-footer-properties
 fo:min-height="0.5cm" fo:margin-top="0.2cm"/></style:footer-style></style:page-layout>
<style:style style:name="ta1" style:family="table" style:master-page-name="mp1">
<style:table-properties table:display="true"/></style:style>
{"".join(auto)}
</office:automatic-styles>
<office:master-styles><style:master-page style:name="mp1" style:page-layout-name="pm1">
<style:header style:display="false"/><style:footer><style:region-center><text:p>{footer}</text:p>
</style:region-center></style:footer></style:master-page></office:master-styles>
<office:body><office:spreadsheet><table:table table:name="{escape(doc.name[:30])}"
 table:style-name="ta1">{columns}{"".join(body)}</table:table></office:spreadsheet>
</office:body></office:document>
"""


def write(doc: Document, path: Path, marks: frozenset[int], sheet_type: type[Sheet] | None = None
          ) -> None:
    """Lay ``doc`` out as a Calc sheet and write it as ``path`` (.fods); ``marks`` are the
    body columns whose non-blank cells print as filled cells; ``sheet_type`` a ``Sheet``
    subclass that draws the cells otherwise (a later set's full grid)."""
    sheet = (sheet_type or Sheet)(doc, marks)
    for line in doc.heading:
        sheet.line(line, True, "center", bigger=2.0)
    sheet.line("", False, "start")
    for block in doc.blocks:
        if isinstance(block, str):
            sheet.line(block, False, "start")
    sheet.line("", False, "start")
    sheet.grid()
    sheet.line("", False, "start")
    first = round(sheet.ncols * 0.62)
    for text in doc.sign:
        sheet.line(text, False, "center", first=first)
    sheet.paginate()
    path.write_text(_xml(sheet), encoding="utf-8")
