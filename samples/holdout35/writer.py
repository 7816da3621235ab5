"""Write a ``holdout6.model.Document`` as a .docx for LibreOffice Writer, with rotated
header cells.

``holdout6.writer`` typesets the tables (horizontal rules only) but refuses ``Head.rotate``.
This wraps it: the document is written with every header upright, then each header cell
whose ``Head`` asked for rotation gets Word's ``w:textDirection btLr`` (text read
bottom-up, as Renja templates print narrow numeric columns) and its header row a minimum
height so the turned words have room. The words were already measured upright against
their columns, which is stricter than the rotated layout needs.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm

from samples.holdout6 import writer
from samples.holdout6.model import Document, Head, Table

ROTATED_ROW_MM = 19
"""Minimum height of the last header row, where the rotated words need room."""


def _upright(block: object) -> object:
    """A table with its rotated heads printed upright (what ``holdout6.writer`` accepts)."""
    if not isinstance(block, Table):
        return block
    header = tuple(tuple(Head(h.text, h.colspan, h.rowspan) for h in row)
                   for row in block.header)
    return replace(block, header=header)


def _turn(table: docx.table.Table, block: Table) -> None:
    """Set bottom-up text direction on the cells of ``block``'s rotated heads."""
    turned = {h.text for row in block.header for h in row if h.rotate}
    for r in range(len(block.header)):
        for cell in table.rows[r].cells:
            if cell.text in turned and cell._tc.tcPr.find(qn("w:textDirection")) is None:
                direction = OxmlElement("w:textDirection")
                direction.set(qn("w:val"), "btLr")
                properties = cell._tc.get_or_add_tcPr()
                anchor = properties.find(qn("w:vAlign"))
                if anchor is None:
                    properties.append(direction)
                else:  # the schema puts textDirection before vAlign
                    anchor.addprevious(direction)
    table.rows[len(block.header) - 1].height = Mm(ROTATED_ROW_MM)


def write(document: Document, path: Path) -> None:
    """Write ``document`` as .docx at ``path``, header cells turned where asked."""
    blocks = tuple(b for b in document.blocks if isinstance(b, Table))
    writer.write(replace(document, blocks=tuple(map(_upright, document.blocks))), path)
    office = docx.Document(str(path))
    for table, block in zip(office.tables, blocks, strict=True):
        _turn(table, block)
    office.save(str(path))
