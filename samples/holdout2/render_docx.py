"""Write a :class:`~samples.holdout2.model.Doc` as a .docx the way an agency's Word file is
built: real table borders ("Table Grid"), vertically merged program/kegiatan cells
(``w:vMerge``), horizontally merged labels (``w:gridSpan``), header rows flagged to repeat
on every page (``w:tblHeader``), landscape sections and wrapped cell text.

Core properties are fixed so the .docx (and LibreOffice's PDF of it) does not carry the
build time or user.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.table import _Cell
from docx.text.paragraph import Paragraph

from samples.common import COVERED, spans
from samples.fit import overflowing
from samples.holdout2.model import (
    PARAGRAPH,
    Doc,
    Lines,
    Look,
    PageBreak,
    Signature,
    Table,
)

ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
         "right": WD_ALIGN_PARAGRAPH.RIGHT}
VALIGN = {"top": WD_CELL_VERTICAL_ALIGNMENT.TOP, "center": WD_CELL_VERTICAL_ALIGNMENT.CENTER}
FIXED_TIME = dt.datetime(2024, 1, 15, 8, 0, 0)


def _set_font(style_font, name: str, size: float) -> None:
    """Word keeps four font slots; set them all so no slot falls back to Calibri."""
    style_font.name = name
    style_font.size = Pt(size)
    fonts = style_font.element.rPr.get_or_add_rFonts()
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(slot), name)


def _setup(look: Look) -> Document:
    doc = Document()
    normal = doc.styles["Normal"]
    _set_font(normal.font, look.font, look.size)
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.0
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(look.page[0]), Cm(look.page[1])
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(look.margin))
    if look.page_numbers:
        _page_number(section.footer.paragraphs[0])
    props = doc.core_properties
    props.author = props.last_modified_by = "Sekretariat"
    props.created = props.modified = FIXED_TIME
    props.revision = 1
    return doc


def _page_number(paragraph: Paragraph) -> None:
    """A centred ``- PAGE -`` footer field, as most agency templates print."""
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.add_run("- ")
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)
    paragraph.add_run(" -")


def _lines(doc: Document, block: Lines) -> None:
    for line in block.lines:
        paragraph = doc.add_paragraph()
        paragraph.alignment = ALIGN[block.align]
        run = paragraph.add_run(line)
        run.bold = block.bold
        if block.size:
            run.font.size = Pt(block.size)


def _signature(doc: Document, block: Signature, look: Look) -> None:
    """Right-hand block; the blank paragraphs before the name leave room for the stamp."""
    doc.add_paragraph()
    indent = Cm((look.page[0] - 2 * look.margin) * 0.62)
    for i, line in enumerate(block.lines):
        if i == len(block.lines) - 2:
            for _ in range(3):
                doc.add_paragraph()
        paragraph = doc.add_paragraph()
        paragraph.paragraph_format.left_indent = indent
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.add_run(line).bold = i == len(block.lines) - 2


def _fill(cell: _Cell, text: str, align: str, bold: bool) -> None:
    """Cell text; ``¶`` starts a new paragraph (several indicators in one cell)."""
    pieces = text.split(PARAGRAPH)
    paragraphs = [cell.paragraphs[0]] + [cell.add_paragraph() for _ in pieces[1:]]
    for paragraph, piece in zip(paragraphs, pieces, strict=True):
        paragraph.alignment = ALIGN[align]
        paragraph.add_run(piece.strip()).bold = bold


def _shade(cell: _Cell, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def _repeat_as_header(row) -> None:
    """``w:tblHeader``: Word and LibreOffice repeat the row at the top of every page."""
    row._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))


def _check_fit(text: str, width: float, look: Look, bold: bool) -> None:
    too_wide = overflowing(text.replace(PARAGRAPH, " "), width, look.font, look.size, bold)
    if too_wide:
        raise ValueError(f"words wider than their {width} cm column: {too_wide}")


def _table(doc: Document, block: Table, look: Look) -> None:
    columns = block.columns
    header = [list(row) for row in block.header]
    if block.number_row:
        header.append([str(i) for i in range(1, len(columns) + 1)])
    body = [list(row) for row in block.data.rows]
    keys = block.data.columns
    grid = header + [[row[keys.index(col.key)] for col in columns] for row in body]
    room = look.page[0] - 2 * look.margin
    if sum(col.width for col in columns) > room:
        raise ValueError(f"columns wider than the {room} cm between the margins")
    table = doc.add_table(rows=len(grid), cols=len(columns))
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for i, col in enumerate(columns):
        table.columns[i].width = Cm(col.width)
    filled = block.data.filled()
    anchors = spans(grid)
    last_col = {(s.row, s.col): s.last_col for s in anchors}
    for r, row in enumerate(grid):
        is_header = r < len(header)
        bold = is_header or bool(block.bold and block.bold(filled[r - len(header)]))
        if is_header:
            _repeat_as_header(table.rows[r])
        for c, text in enumerate(row):
            cell = table.cell(r, c)
            cell.width = Cm(columns[c].width)
            cell.vertical_alignment = VALIGN["center" if is_header else block.valign]
            if is_header and look.header_fill:
                _shade(cell, look.header_fill)
            if text in COVERED or not text:
                continue
            printed = text if is_header else columns[c].text(text)
            width = sum(col.width for col in columns[c:last_col[r, c] + 1])
            _check_fit(printed, width, look, bold)
            _fill(cell, printed, "center" if is_header else columns[c].align, bold)
    for span in anchors:
        if span.merges:
            table.cell(span.row, span.col).merge(table.cell(span.last_row, span.last_col))


def write(document: Doc, path: Path) -> None:
    """Write ``document`` as a .docx at ``path``."""
    doc = _setup(document.look)
    for block in document.blocks:
        if isinstance(block, Lines):
            _lines(doc, block)
        elif isinstance(block, Table):
            _table(doc, block, document.look)
        elif isinstance(block, Signature):
            _signature(doc, block, document.look)
        elif isinstance(block, PageBreak):
            doc.add_page_break()
    doc.save(str(path))
