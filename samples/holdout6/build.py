"""Build holdout6: ``python -m samples.holdout6.build`` writes ``pdf/*.pdf`` and
``truth/<stem>/*.csv`` beside this file. Two documents are drawn with reportlab (fully
ruled grids, rotated header text), two are written as .docx and printed by LibreOffice
Writer in one run (tables without vertical borders); truth comes from the rows the modules
print, never from a PDF."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from samples import export, truth
from samples.families import Row
from samples.holdout6 import draw, iku, rencana_aksi, renja, renstra, writer
from samples.holdout6.model import Document
from samples.sample import DocumentTruth

HERE = Path(__file__).parent
Built = tuple[Document, DocumentTruth, tuple[tuple[str, list[Row]], ...]]
DRAWN: tuple[Callable[[], Built], ...] = (rencana_aksi.build, renja.build)
WRITTEN: tuple[Callable[[], Built], ...] = (iku.build, renstra.build)


def _report(doc: Document, pages: int, tables: tuple[tuple[str, list[Row]], ...]) -> None:
    counts = ", ".join(f"{len(rows)} {name}" for name, rows in tables)
    print(f"{doc.name}.pdf: {pages} pages, {counts}")


def main(out: Path = HERE) -> None:
    """Render every document and write its truth (``pages`` as the renderer produced)."""
    pdf = out / "pdf"
    pdf.mkdir(parents=True, exist_ok=True)
    for build in DRAWN:
        doc, info, tables = build()
        pages = draw.render(doc, pdf / f"{doc.name}.pdf")
        truth.write(out / "truth" / doc.name, info, pages, tables)
        _report(doc, pages, tables)
    built = [build() for build in WRITTEN]
    with tempfile.TemporaryDirectory(prefix="holdout6_docx_") as tmp:
        sources = [Path(tmp) / f"{doc.name}.docx" for doc, _, _ in built]
        for (doc, _, _), source in zip(built, sources, strict=True):
            writer.write(doc, source)
        export.export(sources, pdf)
    for doc, info, tables in built:
        pages = truth.page_count(pdf / f"{doc.name}.pdf")
        truth.write(out / "truth" / doc.name, info, pages, tables)
        _report(doc, pages, tables)


if __name__ == "__main__":
    main()
