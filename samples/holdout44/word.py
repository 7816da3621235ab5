"""Write a ``holdout6.model.Document`` for LibreOffice Writer as ``holdout40.word`` does,
with Word's "Allow row to break across pages" switched **off** on every table row
(``w:cantSplit``), as Bappeda Renstra templates set their chapter tables: a row that does
not fit moves whole to the next page, so no tujuan or indicator is printed half on one page
and half on the next (and the repeated header rows are not squeezed by a split row)."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml import OxmlElement

from samples.holdout6.model import Document
from samples.holdout40 import word


def write(document: Document, path: Path) -> None:
    """Write ``document`` and mark every table row as one that cannot split."""
    word.write(document, path)
    office = docx.Document(str(path))
    for table in office.tables:
        for row in table.rows:
            row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    office.save(str(path))
