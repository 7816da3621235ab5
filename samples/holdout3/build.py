"""Build the third holdout set: ``python -m samples.holdout3.build [--out DIR] [--only NAME]``.

Each document is written as an .xlsx (openpyxl) and exported to PDF by headless
LibreOffice Calc in one run; truth comes from the curated rows, never from the PDFs. The
default ``--out`` is ``samples/holdout3/`` itself (``pdf/`` and ``truth/<name>/``).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pdfplumber

from samples import truth
from samples.holdout2 import export_pdf
from samples.holdout3 import evaluasi, iku, rencana_aksi, render_xlsx, tc27
from samples.holdout3.model import Sample

DOCUMENTS: dict[str, Callable[[], Sample]] = {
    tc27.NAME: tc27.sample,
    evaluasi.NAME: evaluasi.sample,
    iku.NAME: iku.sample,
    rencana_aksi.NAME: rencana_aksi.sample,
}


def _page_count(path: Path) -> int:
    """Pages of an exported PDF; fails when Calc printed ``###`` (a number wider than its
    column), which would no longer show the truth's amount."""
    with pdfplumber.open(path) as pdf:
        if any("###" in (page.extract_text() or "") for page in pdf.pages):
            raise ValueError(f"{path.name}: a number overflows its column (###)")
        return len(pdf.pages)


def build(out: Path, only: list[str] | None = None) -> dict[str, int]:
    """Render the selected documents under ``out``; returns their page counts."""
    samples = {name: make() for name, make in DOCUMENTS.items() if not only or name in only}
    with tempfile.TemporaryDirectory(prefix="h3_xlsx_") as tmp:
        sources = []
        for name, sample in samples.items():
            sources.append(Path(tmp) / f"{name}.xlsx")
            render_xlsx.write(sample.document, sources[-1])
        export_pdf.export(sources, out / "pdf")
    pages = {}
    for name, sample in samples.items():
        pages[name] = _page_count(out / "pdf" / f"{name}.pdf")
        truth.write(out / "truth" / name, sample.info, pages[name], sample.tables)
    return pages


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).parent,
                        help="output folder (default: samples/holdout3/)")
    parser.add_argument("--only", nargs="*", help="document names to build")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    for name, count in build(args.out, args.only).items():
        print(f"{name}: {count} pages")
    print(f"built in {time.perf_counter() - start:.1f}s")


if __name__ == "__main__":
    main()
