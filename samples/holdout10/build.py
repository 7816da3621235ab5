"""Build holdout10: ``python -m samples.holdout10.build`` writes ``pdf/*.pdf`` and
``truth/<stem>/*.csv`` beside this file. Three renderers: reportlab (``holdout6.draw``, full
grid), headless Chromium (``holdout9.web``, full grid) and python-docx printed by
LibreOffice Writer (``holdout6.writer``, rules between rows only). Truth comes from the rows
the modules print, never from a PDF."""

from __future__ import annotations

import tempfile
from pathlib import Path

from samples import export, truth
from samples.families import Row
from samples.holdout6 import draw, writer
from samples.holdout6.model import Document
from samples.holdout9 import web
from samples.holdout10 import iku, rencana_aksi, renja, renstra
from samples.sample import DocumentTruth

HERE = Path(__file__).parent
Built = tuple[Document, DocumentTruth, tuple[tuple[str, list[Row]], ...]]


def _finish(out: Path, built: Built, pages: int) -> None:
    doc, info, tables = built
    truth.write(out / "truth" / doc.name, info, pages, tables)
    counts = ", ".join(f"{len(rows)} {name}" for name, rows in tables)
    print(f"{doc.name}.pdf: {pages} pages, {counts}")


def main(out: Path = HERE) -> None:
    """Render every document and write its truth (``pages`` as the renderer produced)."""
    pdf = out / "pdf"
    pdf.mkdir(parents=True, exist_ok=True)
    built = iku.build()
    _finish(out, built, draw.render(built[0], pdf / f"{built[0].name}.pdf"))
    for build in (rencana_aksi.build, renstra.build):
        built = build()
        web.render(built[0], pdf / f"{built[0].name}.pdf")
        _finish(out, built, truth.page_count(pdf / f"{built[0].name}.pdf"))
    built = renja.build()
    with tempfile.TemporaryDirectory(prefix="holdout10_docx_") as tmp:
        source = Path(tmp) / f"{built[0].name}.docx"
        writer.write(built[0], source)
        export.export([source], pdf)
    _finish(out, built, truth.page_count(pdf / f"{built[0].name}.pdf"))


if __name__ == "__main__":
    main()
