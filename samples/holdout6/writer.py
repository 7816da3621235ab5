"""Write a ``model.Document`` as a .docx that LibreOffice Writer prints to PDF.

The tables are typeset like Word's "Plain Table 2" / "List Table" styles: NO vertical
borders at all — a heavy rule above and below the table, a rule under the header and a
thin rule between body rows (which a vertically merged cell does not cross). Header rows
repeat on continuation pages only where the table asks for it (``w:tblHeader``). A page
change starts a new Word section, so one document can mix portrait and landscape pages.
``Page.font`` is the office font name here (fontconfig resolves it, as LibreOffice does).
Every word is measured with that font against its column (``samples.fit``), so no word is
broken inside a cell.
"""

from __future__ import annotations

import datetime as dt
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
from samples.fit import overflowing
from samples.holdout6.model import Document, NewPage, Page, Table

ALIGN = {"l": WD_ALIGN_PARAGRAPH.LEFT, "c": WD_ALIGN_PARAGRAPH.CENTER,
         "r": WD_ALIGN_PARAGRAPH.RIGHT}
FIXED_TIME = dt.datetime(2025, 2, 3, 8, 0, 0)
RULES = {"top": 12, "bottom": 12, "insideH": 4, "left": 0, "right": 0, "insideV": 0}
"""Table border widths in eighths of a point (0 = no border): horizontal rules only."""


def _page(section: Section, page: Page) -> None:
    landscape = page.width_mm > page.height_mm
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(page.width_mm), Mm(page.height_mm)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(page.margin_mm))


def _setup(document: Document) -> docx.document.Document:
    doc = docx.Document()
    normal = doc.styles["Normal"]
    normal.font.name, normal.font.size = document.page.font, Pt(document.page.size)
    fonts = normal.font.element.rPr.get_or_add_rFonts()
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(slot), document.page.font)
    normal.paragraph_format.space_before = normal.paragraph_format.space_after = Pt(0)
    _page(doc.sections[0], document.page)
    props = doc.core_properties
    props.author = props.last_modified_by = "Subbag Perencanaan"
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


def _borders(table: docx.table.Table) -> None:
    borders = OxmlElement("w:tblBorders")
    for side, size in RULES.items():
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:val"), "single" if size else "nil")
        if size:
            edge.set(qn("w:sz"), str(size))
            edge.set(qn("w:color"), "000000")
        borders.append(edge)
    table._tbl.tblPr.append(borders)


def _rule_below(cell: docx.table._Cell) -> None:
    """A medium rule under the header row (Word styles draw it under the header)."""
    borders = OxmlElement("w:tcBorders")
    edge = OxmlElement("w:bottom")
    edge.set(qn("w:val"), "single")
    edge.set(qn("w:sz"), "8")
    edge.set(qn("w:color"), "000000")
    borders.append(edge)
    cell._tc.get_or_add_tcPr().append(borders)


def _grid(block: Table) -> tuple[list[list[str]], int]:
    """Header (spans as ``^`` / ``<`` marks), column-number row and body as one grid."""
    header = [[""] * len(block.widths) for _ in block.header]
    for r, c, head in placed(block.header):
        if head.rotate:
            raise ValueError("Writer tables here print no rotated headers")
        for i in range(head.rowspan):
            for j in range(head.colspan):
                header[r + i][c + j] = "<" if j else "^" if i else head.text
    if block.numbers:
        header.append([f"({i})" for i in range(1, len(block.widths) + 1)])
    return header + [list(row) for row in block.body], len(header)


def _table(doc: docx.document.Document, block: Table, page: Page) -> None:
    for line in block.caption:
        _line(doc, line, "l", True)
    room = page.width_mm - 2 * page.margin_mm
    widths = [room * w / sum(block.widths) for w in block.widths]
    grid, heads = _grid(block)
    table = doc.add_table(rows=len(grid), cols=len(widths))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    _borders(table)
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Mm(width)  # w:gridCol: the widths LibreOffice lays out with
    anchors = spans(grid)
    last_col = {(s.row, s.col): s.last_col for s in anchors}
    for r, row in enumerate(grid):
        head = r < heads
        bold = head or (r - heads) in block.bold
        if head and block.repeat_header:
            table.rows[r]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
        for c, text in enumerate(row):
            cell = table.cell(r, c)
            cell.width = Mm(widths[c])
            cell.vertical_alignment = (WD_CELL_VERTICAL_ALIGNMENT.CENTER if head
                                       else WD_CELL_VERTICAL_ALIGNMENT.TOP)
            if r == heads - 1:
                _rule_below(cell)
            if text in COVERED or not text:
                continue
            width_cm = sum(widths[c:last_col[r, c] + 1]) / 10
            wide = overflowing(text, width_cm, page.font, page.size, bold)
            if wide:
                raise ValueError(f"words wider than their {width_cm:.2f} cm column: {wide}")
            paragraph = cell.paragraphs[0]
            paragraph.alignment = ALIGN["c" if head else block.align[c]]
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
