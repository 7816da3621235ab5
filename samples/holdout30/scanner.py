"""Put a clean print on the scanner glass: each page rasterised, turned by a small known
angle, degraded by ``samples.scan``'s copier chain and encoded as the scanner saves it.

The turn is drawn here (not inside ``scan.degrade_page``, whose skew stays at zero) because
the true-word text layer must lean with the printed lines it covers; so every sheet
remembers its angle. Seeded by the document name: rebuilding gives the same pixels.
"""

from __future__ import annotations

import io
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image

from samples.scan import Degradation, degrade_page
from samples.scanned_holdout.build import render
from samples.scanned_holdout.degrade import warp

OCR = Literal["tesseract", "true-words"]
"""How the text layer is made: Tesseract's own PDF renderer (its OCR, misreadings and
all), or the printed words laid invisibly at their printed places."""
GLASS = 0.97
"""Grey of the scanner lid showing at the corners of a turned sheet."""


@dataclass(frozen=True)
class Scanner:
    """One document's scan settings: resolution, largest skew either way, 1-bit mode
    (office scanners' "black & white text" default: CCITT G4, no grey) or grey JPEG, the
    copier defects, and how the page is made searchable."""

    dpi: int
    skew_deg: float
    bilevel: bool
    degradation: Degradation
    ocr: OCR
    threshold: int = 150
    """Grey level below which a 1-bit scan prints black."""

    def __post_init__(self) -> None:
        """A second, unknown turn inside ``degrade_page`` would pull the true-word layer
        off its printed lines."""
        if self.degradation.max_skew_deg:
            raise ValueError("the skew is Scanner.skew_deg; Degradation.max_skew_deg must be 0")


@dataclass(frozen=True)
class Sheet:
    """A scanned page: its encoded image (JPEG or G4 TIFF, with its dpi), and the angle
    it lay at on the glass, counter-clockwise in degrees."""

    image: bytes
    skew_deg: float


def _encode(grey: np.ndarray, scanner: Scanner) -> bytes:
    """The file the scanner writes: a G4 TIFF for 1-bit mode, else a grey JPEG."""
    buffer = io.BytesIO()
    dpi = (scanner.dpi, scanner.dpi)
    if scanner.bilevel:
        ink = Image.fromarray(np.where(grey < scanner.threshold, 0, 255).astype(np.uint8))
        ink.convert("1").save(buffer, "TIFF", compression="group4", dpi=dpi)
    else:
        quality = scanner.degradation.jpeg_quality
        Image.fromarray(grey).save(buffer, "JPEG", quality=quality, dpi=dpi)
    return buffer.getvalue()


def scan(twin: Path, scanner: Scanner, seed: str) -> list[Sheet]:
    """Every page of the clean print ``twin`` as scanned by ``scanner``."""
    rng = np.random.default_rng(zlib.crc32(seed.encode()))
    sheets = []
    pdf = pdfium.PdfDocument(twin)
    try:
        for page in pdf:
            angle = float(rng.uniform(-1.0, 1.0)) * scanner.skew_deg
            placed = warp(render(page, scanner.dpi), scanner.dpi, angle, 0.0, 0.0, 1.0, GLASS)
            rgb = cv2.cvtColor(np.round(placed * 255).astype(np.uint8), cv2.COLOR_BGR2RGB)
            worn = degrade_page(rgb, rng, scanner.dpi, degradation=scanner.degradation)
            sheets.append(Sheet(_encode(cv2.cvtColor(worn, cv2.COLOR_RGB2GRAY), scanner), angle))
    finally:
        pdf.close()
    return sheets
