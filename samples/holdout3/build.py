"""Build the third holdout set: ``python -m samples.holdout3.build [--out DIR] [--only NAME]``.

Each document is written as an .xlsx (openpyxl) and exported to PDF by headless
LibreOffice Calc in one run (``samples.office``); truth comes from the curated rows, never
from the PDFs. The default ``--out`` is ``samples/holdout3/`` itself (``pdf/`` and
``truth/<name>/``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pdfplumber

from samples import cli, office
from samples.holdout3 import evaluasi, iku, rencana_aksi, render_xlsx, tc27
from samples.holdout3.model import Sample

DOCUMENTS: dict[str, Callable[[], Sample]] = {
    module.NAME: module.sample for module in (tc27, evaluasi, iku, rencana_aksi)}


def _page_count(path: Path) -> int:
    """Pages of an exported PDF; fails when Calc printed ``###`` (a number wider than its
    column), which would no longer show the truth's amount."""
    with pdfplumber.open(path) as pdf:
        if any("###" in (page.extract_text() or "") for page in pdf.pages):
            raise ValueError(f"{path.name}: a number overflows its column (###)")
        return len(pdf.pages)


def build(out: Path, only: list[str] | None = None) -> dict[str, int]:
    """Render the selected documents under ``out``; returns their page counts."""
    return office.build(DOCUMENTS, render_xlsx.write, ".xlsx", out, only, _page_count)


def main(argv: list[str] | None = None) -> None:
    cli.main(__doc__, Path(__file__).parent, build, argv)


if __name__ == "__main__":
    main()
