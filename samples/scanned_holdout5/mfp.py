"""What an office multifunction printer does to the pixels after its sensor, before the JPEG.

Pages are float32 BGR reflectance in [0, 1], sizes in millimetres at the page's dpi, as in
`samples/scanned_holdout/degrade.py`. An MFP never hands over the raw sensor image: its
firmware lifts the paper to white (background suppression) and sharpens the text for the
default "text / photo" mode. Both are mild, but they change what an OCR path sees: stroke
edges get a thin light halo and a faint grey paper tone disappears. The auto-exposure
that suppression relies on sometimes misjudges a sheet, leaving one page darker or
lighter than the rest.
"""

from __future__ import annotations

from typing import Literal

import cv2
import numpy as np

from samples.scanned_holdout.degrade import Page, mm

Exposure = Literal["normal", "dark", "light"]
# (white point, gamma) of the firmware's levels: the white point is the reflectance it
# takes for paper and maps to white. A misjudged sheet comes out a little dark (paper
# light grey, strokes heavier) or a little light (text paler); black stays black.
LEVELS: dict[Exposure, tuple[float, float]] = {
    "normal": (0.9, 1.0),
    "dark": (1.03, 1.25),
    "light": (0.82, 0.8),
}
SHARPEN_MM = 0.12  # unsharp-mask radius: about one stroke width of 7 pt type
SHARPEN_AMOUNT = 0.6


def suppress_background(page: Page, exposure: Exposure) -> Page:
    """Levels as the firmware sets them for `exposure`: paper to white, midtones bent."""
    white, gamma = LEVELS[exposure]
    return np.clip(page / white, 0.0, 1.0) ** gamma


def sharpen(page: Page, dpi: int) -> Page:
    """The text-mode unsharp mask: edges steeper, with a thin bright rim beside strokes."""
    soft = cv2.GaussianBlur(page, (0, 0), mm(SHARPEN_MM, dpi))
    return np.clip(page + SHARPEN_AMOUNT * (page - soft), 0.0, 1.0)


def process(page: Page, dpi: int, exposure: Exposure) -> Page:
    """The firmware's pipeline on one page: background suppression, then sharpening."""
    return sharpen(suppress_background(page, exposure), dpi)
