"""Build the second holdout set: ``python -m samples.holdout2.build [--out DIR] [--only NAME]``.

Each document is written as a .docx (python-docx) and exported to PDF by headless
LibreOffice in one run; truth comes from the curated rows, never from the PDFs. The
default ``--out`` is ``samples/holdout2/`` itself (``pdf/`` and ``truth/<name>/``).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pdfplumber

from samples import truth
from samples.holdout2 import export_pdf, iku, rencana_aksi, render_docx, renja, renstra
from samples.holdout2.model import Sample

DOCUMENTS: dict[str, Callable[[], Sample]] = {
    renja.NAME: renja.sample,
    rencana_aksi.NAME: rencana_aksi.sample,
    renstra.NAME: renstra.sample,
    iku.NAME: iku.sample,
}


def _page_count(path: Path) -> int:
    with pdfplumber.open(path) as pdf:
        return len(pdf.pages)


def build(out: Path, only: list[str] | None = None) -> dict[str, int]:
    """Render the selected documents under ``out``; returns their page counts."""
    samples = {name: make() for name, make in DOCUMENTS.items() if not only or name in only}
    with tempfile.TemporaryDirectory(prefix="h2_docx_") as tmp:
        sources = []
        for name, sample in samples.items():
            sources.append(Path(tmp) / f"{name}.docx")
            render_docx.write(sample.document, sources[-1])
        export_pdf.export(sources, out / "pdf")
    pages = {}
    for name, sample in samples.items():
        pages[name] = _page_count(out / "pdf" / f"{name}.pdf")
        truth.write(out / "truth" / name, sample.info, pages[name], sample.tables)
    return pages


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).parent,
                        help="output folder (default: samples/holdout2/)")
    parser.add_argument("--only", nargs="*", help="document names to build")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    for name, count in build(args.out, args.only).items():
        print(f"{name}: {count} pages")
    print(f"built in {time.perf_counter() - start:.1f}s")


if __name__ == "__main__":
    main()
