"""Build holdout30: ``python -m samples.holdout30.build`` writes ``pdf/*.pdf`` and
``truth/<stem>/*.csv`` beside this file (``... build iku`` builds one module).

Three social-affairs documents, each printed digitally first (its module's ``PRINT``:
Chromium or reportlab) into a temporary "twin", scanned (``scanner``) and made searchable
by its ``SCANNER.ocr`` way: Tesseract's own PDF renderer (``tesseract``) or the true words
drawn invisibly over the picture (``layer``). Printing and scanning run one document at a
time; the searchable PDFs are made two at a time (two cores, Tesseract single-threaded).
Truth comes from the rows the modules print, never from a PDF.
"""

from __future__ import annotations

import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import ModuleType

from samples import blind, truth
from samples.holdout30 import iku, layer, rencana_aksi, renja, tesseract
from samples.holdout30.scanner import Sheet, scan

HERE = Path(__file__).parent
DOCUMENTS = {"renja": renja, "iku": iku, "rencana_aksi": rencana_aksi}
"""Each document's module: ``build()`` gives the document and its truth, ``PRINT`` prints
the twin, ``SCANNER`` says how it is scanned and made searchable."""


def _searchable(module: ModuleType, twin: Path, sheets: list[Sheet], target: Path) -> None:
    """The searchable PDF of one scanned document, by its module's way."""
    if module.SCANNER.ocr == "tesseract":
        tesseract.searchable(sheets, "tif" if module.SCANNER.bilevel else "jpg", target)
    else:
        layer.searchable(twin, sheets, target)


def main(out: Path = HERE, only: tuple[str, ...] = ()) -> None:
    """Build every document (or those named in ``only``) and write its truth."""
    (out / "pdf").mkdir(parents=True, exist_ok=True)
    chosen = [m for name, m in DOCUMENTS.items() if not only or name in only]
    with tempfile.TemporaryDirectory(prefix="holdout30_") as tmp, \
            ThreadPoolExecutor(max_workers=2) as pool:
        jobs = []
        for module in chosen:
            built = module.build()
            twin = Path(tmp) / f"{module.STEM}.pdf"
            module.PRINT(built[0], twin)
            target = out / "pdf" / twin.name
            sheets = scan(twin, module.SCANNER, module.STEM)
            jobs.append((built, target, pool.submit(_searchable, module, twin, sheets, target)))
        for built, target, job in jobs:
            job.result()
            blind.finish(out, built, truth.page_count(target))


if __name__ == "__main__":
    main(only=tuple(sys.argv[1:]))
