"""Print a ``holdout6.model.Document`` through one of this set's canvases, and scan pages.

``holdout6.draw`` builds its canvas by the module-level name ``Canvas``; lending it another
class for one render is the seam that lets the same layout come out of another producer,
without copying the layout code. Scans reuse ``scanned_holdout``'s pipeline (pdfium
render, its defect chain, JPEG encoding) on this set's own clean render (the "twin").
"""

from __future__ import annotations

import tempfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from reportlab.pdfgen.canvas import Canvas

from samples.holdout6 import draw
from samples.holdout6.model import Document
from samples.scanned_holdout.build import encode, render, scan_page
from samples.scanned_holdout.profiles import Profile

CanvasFactory = Callable[..., Canvas]


@contextmanager
def _canvas(factory: CanvasFactory) -> Iterator[None]:
    """Let ``holdout6.draw`` build its canvas with ``factory`` for the duration."""
    saved = draw.Canvas
    draw.Canvas = factory
    try:
        yield
    finally:
        draw.Canvas = saved


def print_with(doc: Document, path: Path, factory: CanvasFactory) -> int:
    """Draw ``doc`` to ``path`` on a ``factory`` canvas; the page count."""
    with _canvas(factory):
        return draw.render(doc, path)


def scans(doc: Document, profile: Profile, pages: set[int] | None = None) -> dict[int, bytes]:
    """JPEG scans (1-based page → bytes) of ``doc``'s clean render: ``pages`` or all.

    The twin is drawn by the plain renderer, so each scan shows exactly the drawing the
    other pages of the final PDF print as vectors. Seeded by the document name.
    """
    rng = np.random.default_rng(zlib.crc32(doc.name.encode()))
    out: dict[int, bytes] = {}
    with tempfile.TemporaryDirectory(prefix="holdout18_") as tmp:
        twin = Path(tmp) / f"{doc.name}.pdf"
        draw.render(doc, twin)
        pdf = pdfium.PdfDocument(twin)
        try:
            for number in range(1, len(pdf) + 1):
                if pages is None or number in pages:
                    clean = render(pdf[number - 1], profile.dpi)
                    out[number] = encode(scan_page(clean, profile, False, Path(tmp), rng),
                                         profile)[0]
        finally:
            pdf.close()
    return out
