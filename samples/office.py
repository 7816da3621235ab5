"""Build a holdout set whose documents are office files printed to PDF by LibreOffice.

holdout2 (Word) and holdout3 (Excel) differ only in how a document becomes a file. Both
write every file first and export them all in ONE LibreOffice run (starting LibreOffice
costs seconds per run), then read the page counts back from the PDFs, because only
LibreOffice knows where its pages break. Truth comes from the curated rows, never from the
PDFs.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TypeVar

from samples import export, truth
from samples.sample import Sample

DocT = TypeVar("DocT")


def build(documents: Mapping[str, Callable[[], Sample[DocT]]],
          write: Callable[[DocT, Path], None], suffix: str, out: Path,
          only: list[str] | None = None,
          pages: Callable[[Path], int] = truth.page_count) -> dict[str, int]:
    """Write the selected documents as ``<name><suffix>`` files with ``write``, export them
    to ``out/pdf`` and their truth to ``out/truth/<name>``; returns the page counts
    (``pages`` may also refuse a PDF that no longer prints the truth)."""
    samples = {name: make() for name, make in documents.items() if not only or name in only}
    with tempfile.TemporaryDirectory(prefix="office_src_") as tmp:
        sources = []
        for name, sample in samples.items():
            sources.append(Path(tmp) / f"{name}{suffix}")
            write(sample.document, sources[-1])
        export.export(sources, out / "pdf")
    counts = {}
    for name, sample in samples.items():
        counts[name] = pages(out / "pdf" / f"{name}.pdf")
        truth.write(out / "truth" / name, sample.info, counts[name], sample.tables)
    return counts
