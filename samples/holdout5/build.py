"""Build holdout5: ``python -m samples.holdout5.build`` writes ``pdf/*.pdf`` and
``truth/<stem>/*.csv`` beside this file. Two documents are drawn with reportlab on a bare
canvas, two printed by Chromium; truth comes from the curated seed rows, never from a PDF."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from samples import truth
from samples.families import Row
from samples.holdout5 import draw, iku, rencana_aksi, renja, renstra, web
from samples.holdout5.model import Document
from samples.sample import DocumentTruth

HERE = Path(__file__).parent
Builder = Callable[[], tuple[Document, DocumentTruth, tuple[tuple[str, list[Row]], ...]]]


def _chromium(doc: Document, path: Path) -> int:
    web.render(doc, path)
    return truth.page_count(path)


DOCUMENTS: tuple[tuple[Builder, Callable[[Document, Path], int]], ...] = (
    (renja.build, draw.render), (rencana_aksi.build, draw.render),
    (renstra.build, _chromium), (iku.build, _chromium))


def main(out: Path = HERE) -> None:
    """Render every document and write its truth (``pages`` as the renderer produced)."""
    (out / "pdf").mkdir(parents=True, exist_ok=True)
    for build, render in DOCUMENTS:
        doc, info, tables = build()
        pdf = out / "pdf" / f"{doc.name}.pdf"
        pages = render(doc, pdf)
        truth.write(out / "truth" / doc.name, info, pages, tables)
        counts = ", ".join(f"{len(rows)} {name}" for name, rows in tables)
        print(f"{pdf.name}: {pages} pages, {counts}")


if __name__ == "__main__":
    main()
