"""Write a ``holdout6.model.Document`` as a Word file for LibreOffice Writer:
``holdout15.word``'s "Table Grid" document (every cell boxed, header rows repeated, merged
cells, a PAGE field in the footer) with the footer completed to **"Halaman x dari y"** — a
NUMPAGES field after the page number, as Word's "Page X of Y" footer prints it. No earlier
set printed the page total, which a reader may take for a page number or a table value.
"""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from samples.holdout6.model import Document
from samples.holdout15 import word

TOTAL_PREFIX = " dari "
"""Printed between the page number and the page total."""


def _numpages(placeholder: str) -> OxmlElement:
    """A simple NUMPAGES field whose cached text Writer replaces on export."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "NUMPAGES")
    run, text = OxmlElement("w:r"), OxmlElement("w:t")
    text.text = placeholder
    run.append(text)
    field.append(run)
    return field


def write(document: Document, path: Path) -> None:
    """Write ``document`` (its ``page_numbers`` must end with ``{n}``) and append
    " dari <NUMPAGES>" to the first section's footer, which later sections link to."""
    if not document.page.page_numbers.endswith("{n}"):
        raise ValueError("the page total follows the page number")
    word.write(document, path)
    doc = docx.Document(str(path))
    paragraph = doc.sections[0].footer.paragraphs[0]
    paragraph.add_run(TOTAL_PREFIX)
    paragraph._p.append(_numpages("1"))
    doc.save(str(path))
