"""Build holdout16: ``python -m samples.holdout16.build [module …]`` writes ``pdf/*.pdf``
and ``truth/<stem>/*.csv`` beside this file. Whole published documents (cover, foreword,
contents, chapters, plan tables): two drawn with reportlab (``pdf``: Rencana Aksi, IKU),
two printed by headless Chromium (``web``: Renja, Renstra). Truth comes from the rows the
modules print, never from a PDF."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from samples import truth
from samples.holdout16 import iku, pdf, rencana_aksi, renja, renstra, web
from samples.holdout16.book import Book

HERE = Path(__file__).parent
DOCUMENTS: dict[str, tuple[ModuleType, Callable[[Book, Path], int]]] = {
    "rencana_aksi": (rencana_aksi, pdf.render),
    "renstra": (renstra, web.render),
    "iku": (iku, pdf.render),
    "renja": (renja, web.render),
}


def main(out: Path = HERE, only: tuple[str, ...] = ()) -> None:
    """Render every document (or those named in ``only``) and write its truth."""
    (out / "pdf").mkdir(parents=True, exist_ok=True)
    for name, (module, render) in DOCUMENTS.items():
        if only and name not in only:
            continue
        doc, info, tables = module.build()
        pages = render(doc, out / "pdf" / f"{doc.name}.pdf")
        truth.write(out / "truth" / doc.name, info, pages, tables)
        counts = ", ".join(f"{len(rows)} {table}" for table, rows in tables)
        print(f"{doc.name}.pdf: {pages} pages, {counts}")


if __name__ == "__main__":
    main(only=tuple(sys.argv[1:]))
