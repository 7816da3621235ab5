"""``holdout6.writer`` with page numbers: Word files agencies print carry a PAGE field in
the footer, which the shared writer does not add. The .docx is written by the shared
writer, then every section's footer gets "Halaman <PAGE>" centred, which LibreOffice
fills in at export."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from samples.holdout6 import writer
from samples.holdout6.model import Document


def _field(run: docx.text.run.Run, instruction: str) -> None:
    """Append a complex field (``begin`` / instruction / ``end``) to ``run``."""
    for kind in ("begin", None, "end"):
        if kind is None:
            text = OxmlElement("w:instrText")
            text.set(qn("xml:space"), "preserve")
            text.text = instruction
            run._r.append(text)
        else:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._r.append(char)


def write(document: Document, path: Path) -> None:
    """Write ``document`` with the shared writer, then number its pages in the footer."""
    writer.write(document, path)
    word = docx.Document(str(path))
    for section in word.sections:
        paragraph = section.footer.paragraphs[0]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        label = paragraph.add_run("Halaman ")
        number = paragraph.add_run()
        _field(number, "PAGE")
        for run in (label, number):
            run.font.size = Pt(document.page.size)
    word.save(str(path))
