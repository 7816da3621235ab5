"""Build the second holdout set: ``python -m samples.holdout2.build [--out DIR] [--only NAME]``.

Each document is written as a .docx (python-docx) and exported to PDF by headless
LibreOffice in one run (``samples.office``); truth comes from the curated rows, never from
the PDFs. The default ``--out`` is ``samples/holdout2/`` itself (``pdf/`` and
``truth/<name>/``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from samples import cli, office
from samples.holdout2 import iku, rencana_aksi, render_docx, renja, renstra
from samples.holdout2.model import Sample

DOCUMENTS: dict[str, Callable[[], Sample]] = {
    module.NAME: module.sample for module in (renja, rencana_aksi, renstra, iku)}


def build(out: Path, only: list[str] | None = None) -> dict[str, int]:
    """Render the selected documents under ``out``; returns their page counts."""
    return office.build(DOCUMENTS, render_docx.write, ".docx", out, only)


def main(argv: list[str] | None = None) -> None:
    cli.main(__doc__, Path(__file__).parent, build, argv)


if __name__ == "__main__":
    main()
