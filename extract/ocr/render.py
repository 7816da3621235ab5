"""Rendering a PDF page to pixels at the resolution it was scanned at.

Rendering a scan above its source resolution only interpolates, and below it throws
away stroke detail the engine needs; so the page is rendered at the dpi of its largest
embedded image (300 dpi when the page has none or it cannot be read).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

DEFAULT_DPI = 300
MIN_DPI, MAX_DPI = 150, 400
"""Source dpi is clamped: below 150 the engine fails anyway, above 400 only costs time."""


def source_dpi(page: pdfium.PdfPage) -> int | None:
    """Horizontal dpi of the largest image on the page, rounded to 10 (None if no image)."""
    best: tuple[float, float] | None = None
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE]):
        left, bottom, right, top = obj.get_bounds()
        area = (right - left) * (top - bottom)
        dpi = obj.get_metadata().horizontal_dpi
        if dpi > 0 and (best is None or area > best[0]):
            best = (area, dpi)
    if best is None:
        return None
    return int(round(best[1] / 10) * 10)


def render_page(pdf_path: Path, page_number: int, dpi: int | None = None) -> tuple[np.ndarray, int]:
    """RGB pixels of 1-based ``page_number`` and the dpi they were rendered at."""
    pdf = pdfium.PdfDocument(pdf_path)
    try:
        page = pdf[page_number - 1]
        if dpi is None:
            dpi = min(MAX_DPI, max(MIN_DPI, source_dpi(page) or DEFAULT_DPI))
        bitmap = page.render(scale=dpi / 72)
        image = np.array(bitmap.to_pil().convert("RGB"))
    finally:
        pdf.close()
    return image, dpi
