"""Rendering steps shared by the blind holdout builders (holdout7 onwards).

Each builder only says which renderer prints which document; printing, exporting through
LibreOffice and writing the truth with the page count the renderer produced is the same
for all of them.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from types import ModuleType

from samples import export, truth
from samples.families import Row
from samples.holdout6 import draw
from samples.holdout6.model import Document
from samples.sample import DocumentTruth

Built = tuple[Document, DocumentTruth, tuple[tuple[str, list[Row]], ...]]
"""A document model, its documents row and its truth tables."""


def finish(out: Path, built: Built, pages: int) -> None:
    """Write the truth of a printed document and say what was built."""
    doc, info, tables = built
    truth.write(out / "truth" / doc.name, info, pages, tables)
    counts = ", ".join(f"{len(rows)} {name}" for name, rows in tables)
    print(f"{doc.name}.pdf: {pages} pages, {counts}")


def with_reportlab(out: Path, built: Built) -> None:
    """Print with the reportlab grid renderer (``holdout6.draw``)."""
    finish(out, built, draw.render(built[0], out / "pdf" / f"{built[0].name}.pdf"))


def with_chromium(out: Path, built: Built, render: Callable[[Document, Path], object]) -> None:
    """Print with a set's HTML renderer (headless Chromium)."""
    target = out / "pdf" / f"{built[0].name}.pdf"
    render(built[0], target)
    finish(out, built, truth.page_count(target))


def with_office(out: Path, built: Built, write: Callable[[Document, Path], object],
                suffix: str) -> None:
    """Write an office file (``.docx`` for Writer, ``.fods`` for Calc) and export it."""
    with tempfile.TemporaryDirectory(prefix="holdout_office_") as tmp:
        source = Path(tmp) / f"{built[0].name}{suffix}"
        write(built[0], source)
        export.export([source], out / "pdf")
    finish(out, built, truth.page_count(out / "pdf" / f"{built[0].name}.pdf"))


OfficeWriter = Callable[[Document, Path], object]


def build_documents(out: Path, only: Sequence[str], *, reportlab: Mapping[str, ModuleType],
                    chromium: Mapping[str, ModuleType],
                    render: Callable[[Document, Path], object],
                    office: Mapping[str, tuple[ModuleType, OfficeWriter, str]] | None = None
                    ) -> None:
    """Render a set's documents (those named in ``only``, or all) and write their truth.

    ``reportlab`` and ``chromium`` map a document's name to its module, whose ``build()``
    gives the document and its truth rows; ``render`` prints a Chromium document.
    ``office`` maps the documents exported by LibreOffice to their module, office-file
    writer and suffix (:func:`with_office`).
    """
    (out / "pdf").mkdir(parents=True, exist_ok=True)
    for name, module in reportlab.items():
        if not only or name in only:
            with_reportlab(out, module.build())
    for name, module in chromium.items():
        if not only or name in only:
            with_chromium(out, module.build(), render)
    for name, (module, write, suffix) in (office or {}).items():
        if not only or name in only:
            with_office(out, module.build(), write, suffix)
