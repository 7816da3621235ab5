"""Way (a): Tesseract's own PDF renderer makes the searchable PDF, as a scanning desk
running ``tesseract page.jpg out -l ind+eng pdf`` (or OCRmyPDF, which wraps it) does.

Each page is the scanned image exactly as saved (JPEG passed through, G4 TIFF re-encoded
CCITT by Tesseract) under Tesseract's invisible GlyphLessFont text: whatever it read,
misreadings included. One Tesseract run per document over a list of page files, one
thread (``OMP_THREAD_LIMIT=1``) so the recognition, and so the bytes, are reproducible;
the only clock in the file, the creation date, is pinned.
"""

from __future__ import annotations

import os
import re
import subprocess
import tempfile
from pathlib import Path

from samples.holdout30.scanner import Sheet

LANGUAGES = "ind+eng"
PINNED_DATE = b"D:20270101000000Z00'00'"


def _pinned(data: bytes) -> bytes:
    """Tesseract stamps the run's time; pin it (same length, so xref offsets hold)."""
    return re.sub(rb"D:\d{14}Z00'00'", PINNED_DATE, data)


def searchable(sheets: list[Sheet], suffix: str, out: Path) -> None:
    """Write ``out``: one page per sheet (``suffix`` names the image format), with
    Tesseract's OCR text layer."""
    with tempfile.TemporaryDirectory(prefix="holdout30_ocr_") as tmp:
        folder = Path(tmp)
        names = []
        for number, sheet in enumerate(sheets, start=1):
            page = folder / f"page-{number:03d}.{suffix}"
            page.write_bytes(sheet.image)
            names.append(str(page))
        listing = folder / "pages.txt"
        listing.write_text("\n".join(names) + "\n", encoding="utf-8")
        subprocess.run(["tesseract", str(listing), str(folder / "out"), "-l", LANGUAGES, "pdf"],
                       check=True, capture_output=True,
                       env={**os.environ, "OMP_THREAD_LIMIT": "1"})
        out.write_bytes(_pinned((folder / "out.pdf").read_bytes()))
