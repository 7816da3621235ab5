"""Write a ``holdout6.model.Document`` as a Word file for LibreOffice Writer:
``holdout15.word``'s "Table Grid" document (every cell boxed, grey header rows repeated on
each page, merged cells, a PAGE field in the footer) with its running text **justified**,
as Bappeda templates set the narrative paragraphs of a Renja chapter. ``holdout15.word``
sets every free line flush left; a justified paragraph stretches its word gaps, which a
reader must not take for column gaps.
"""

from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH

from samples.holdout6.model import Document
from samples.holdout15 import word


def write(document: Document, path: Path) -> None:
    """Write ``document`` and justify the paragraphs of its text blocks."""
    word.write(document, path)
    prose = {block for block in document.blocks if isinstance(block, str)}
    office = docx.Document(str(path))
    for paragraph in office.paragraphs:
        if paragraph.text in prose:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    office.save(str(path))
