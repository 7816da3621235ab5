"""Write a ``holdout6.model.Document`` as a .docx the way a Word-first agency types it, for
LibreOffice Writer to print.

Unlike ``holdout6.writer`` (rules between rows only), this is Word's default "Table Grid":
every cell boxed, the table laid out with **autofit** on (``w:tblLayout`` autofit, as a
table inserted in Word is), the header rows marked ``w:tblHeader`` so Writer repeats them,
grey header cells, and body paragraphs with **spacing before and after** (the "Normal"
style of many agency templates), which puts white space between a cell's text and its
rules. A body row whose only anchor spans the full width is a **section row** (the
"Tujuan 1: …" / "Sasaran 1.1: …" lines of a portrait IKU table): printed bold on a grey
fill. ``Title`` blocks print centred bold lines in the body (a second unit's heading on its
own page). A footer with Word's PAGE field numbers the pages.

Every word is measured with the substituted font against its column (``samples.fit``), so
no word is broken inside a cell even if Writer keeps the given column widths.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.section import Section
from docx.shared import Mm, Pt

from samples.common import COVERED, placed, spans
from samples.fit import CELL_MARGINS_CM, overflowing
from samples.holdout6.model import Document, NewPage, Page, Table

ALIGN = {"l": WD_ALIGN_PARAGRAPH.LEFT, "c": WD_ALIGN_PARAGRAPH.CENTER,
         "r": WD_ALIGN_PARAGRAPH.RIGHT}
FIXED_TIME = dt.datetime(2019, 3, 11, 9, 30, 0)
FILL = "D9D9D9"
SPACING_PT = 2.0
"""Paragraph spacing before and after every body cell paragraph."""
MARGIN_CM = 0.1
"""Left and right cell margins (narrower than Word's 0.19 cm: a dense table's setting)."""


@dataclass(frozen=True)
class Title:
    """Centred bold lines in the flow of the document (a section's own heading)."""

    lines: tuple[str, ...]


def _element(tag: str, **attrs: str) -> OxmlElement:
    element = OxmlElement(tag)
    for key, value in attrs.items():
        element.set(qn(f"w:{key}"), value)
    return element


def _page(section: Section, page: Page) -> None:
    landscape = page.width_mm > page.height_mm
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(page.width_mm), Mm(page.height_mm)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(page.margin_mm))


def _footer(section: Section, pattern: str) -> None:
    """``pattern`` with ``{n}`` replaced by Word's PAGE field, centred."""
    paragraph = section.footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    before, _, after = pattern.partition("{n}")
    paragraph.add_run(before)
    field = _element("w:fldSimple", instr="PAGE")
    field.append(OxmlElement("w:r"))
    field[0].append(OxmlElement("w:t"))
    field[0][0].text = "1"
    paragraph._p.append(field)
    paragraph.add_run(after)


def _setup(document: Document) -> docx.document.Document:
    doc = docx.Document()
    normal = doc.styles["Normal"]
    normal.font.name, normal.font.size = document.page.font, Pt(document.page.size)
    fonts = normal.font.element.rPr.get_or_add_rFonts()
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(slot), document.page.font)
    normal.paragraph_format.space_before = normal.paragraph_format.space_after = Pt(0)
    _page(doc.sections[0], document.page)
    if document.page.page_numbers:  # later sections inherit (link to) this footer
        _footer(doc.sections[0], document.page.page_numbers)
    props = doc.core_properties
    props.author = props.last_modified_by = "Sub Bagian Program"
    props.created = props.modified = FIXED_TIME
    props.revision = 1
    return doc


def _line(doc: docx.document.Document, text: str, align: str, bold: bool,
          size: float | None = None) -> None:
    paragraph = doc.add_paragraph()
    paragraph.alignment = ALIGN[align]
    run = paragraph.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)


def _grid_borders(table: docx.table.Table) -> None:
    """Word's "Table Grid": single 0.5 pt rules on every edge, autofit layout."""
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        borders.append(_element(f"w:{side}", val="single", sz="4", space="0",
                                color="000000"))
    table._tbl.tblPr.append(borders)
    table._tbl.tblPr.append(_element("w:tblLayout", type="autofit"))
    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        margins.append(_element(f"w:{side}", w=str(round(MARGIN_CM * 567)), type="dxa"))
    table._tbl.tblPr.append(margins)


def _shade(cell: docx.table._Cell) -> None:
    cell._tc.get_or_add_tcPr().append(_element("w:shd", val="clear", color="auto",
                                               fill=FILL))


def _grid(block: Table) -> tuple[list[list[str]], int]:
    """Header (spans as ``^`` / ``<`` marks), column-number row and body as one grid."""
    header = [[""] * len(block.widths) for _ in block.header]
    for r, c, head in placed(block.header):
        if head.rotate:
            raise ValueError("these Word tables print no rotated headers")
        for i in range(head.rowspan):
            for j in range(head.colspan):
                header[r + i][c + j] = "<" if j else "^" if i else head.text
    if block.numbers:
        header.append([str(i) for i in range(1, len(block.widths) + 1)])
    return header + [list(row) for row in block.body], len(header)


def _table(doc: docx.document.Document, block: Table, page: Page) -> None:
    for line in block.caption:
        _line(doc, line, "c", True)
    room = page.width_mm - 2 * page.margin_mm
    widths = [room * w / sum(block.widths) for w in block.widths]
    grid, heads = _grid(block)
    table = doc.add_table(rows=len(grid), cols=len(widths))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = True
    _grid_borders(table)
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Mm(width)
    anchors = spans(grid)
    last_col = {(s.row, s.col): s.last_col for s in anchors}
    full = len(widths) - 1
    for r, row in enumerate(grid):
        head = r < heads
        section = not head and last_col.get((r, 0)) == full
        bold = head or section or (r - heads) in block.bold
        if head and block.repeat_header:
            table.rows[r]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
        for c, text in enumerate(row):
            cell = table.cell(r, c)
            cell.width = Mm(widths[c])
            cell.vertical_alignment = (WD_CELL_VERTICAL_ALIGNMENT.CENTER if head
                                       else WD_CELL_VERTICAL_ALIGNMENT.TOP)
            if (head or section) and text not in COVERED:
                _shade(cell)
            if text in COVERED or not text:
                continue
            width_cm = sum(widths[c:last_col[r, c] + 1]) / 10
            room_cm = width_cm + CELL_MARGINS_CM - 2 * MARGIN_CM  # fit assumes Word's margins
            wide = overflowing(text, room_cm, page.font, page.size, bold)
            if wide:
                raise ValueError(f"words wider than their {width_cm:.2f} cm column: {wide}")
            paragraph = cell.paragraphs[0]
            paragraph.alignment = ALIGN["c" if head else "l" if section else block.align[c]]
            if not head:
                spacing = paragraph.paragraph_format
                spacing.space_before = spacing.space_after = Pt(SPACING_PT)
            paragraph.add_run(text).bold = bold
    for span in anchors:
        if span.merges:
            table.cell(span.row, span.col).merge(table.cell(span.last_row, span.last_col))
    doc.add_paragraph()


def write(document: Document, path: Path) -> None:
    """Write ``document`` as a .docx at ``path`` (LibreOffice exports it)."""
    doc = _setup(document)
    page = document.page
    for line in document.heading:
        _line(doc, line, "c", True, page.size + 2)
    doc.add_paragraph()
    for block in document.blocks:
        if isinstance(block, NewPage):
            page = block.page
            _page(doc.add_section(WD_SECTION.NEW_PAGE), page)
        elif isinstance(block, Title):
            for line in block.lines:
                _line(doc, line, "c", True, page.size + 2)
            doc.add_paragraph()
        elif isinstance(block, str):
            _line(doc, block, "l", False)
        else:
            _table(doc, block, page)
    room = page.width_mm - 2 * page.margin_mm
    for i, line in enumerate(document.sign):
        paragraph = doc.add_paragraph()
        paragraph.paragraph_format.left_indent = Mm(room * 0.6)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.add_run(line).bold = i == len(document.sign) - 2
    doc.save(str(path))
