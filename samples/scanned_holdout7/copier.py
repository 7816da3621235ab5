"""What this set's departmental copier does to the pixels in its default "document" mode.

Pages are float32 BGR reflectance in [0, 1], as in `samples/scanned_holdout/degrade.py`.
The copier's auto exposure is the fifth set's kind (its levels, reused, including the
sheet it misjudges). For greyscale and colour output it reads through a slightly lower
gain (`DOCUMENT_GAIN`), so a faintly yellowish paper and light table fills are not
pushed all the way to white; black-and-white output takes the levels as they are, so
paper, lamp fall-off and the lightest tints (zebra rows) go white and get no dots.

In black-and-white mode the firmware then decides every pixel twice: text by an
adaptive threshold against the local background (a few millimetres round), so print on
a tinted fill stays black and thin light strokes of small print break up where the
sensor's grain lifts them over it; and flat greys by an ordered dither, so header bands,
zebra rows, stamp ink and show-through become patterns of dots rather than a tone.
"""

from __future__ import annotations

import cv2
import numpy as np

from samples.scanned_holdout.degrade import Page, mm
from samples.scanned_holdout5.mfp import Exposure, suppress_background

DOCUMENT_GAIN = 0.9  # on the fifth set's levels: the yellowish paper stays about 0.97 grey
YELLOWISH_PAPER = (0.92, 0.97, 0.98)  # BGR of the office's cheap stock, seen in grey/colour
WINDOW_MM = 1.5  # Gaussian sigma of the local background the text threshold compares to
TEXT_MARGIN = 0.25  # how much darker than its surroundings a pixel must be to count as text
TEXT_CEILING = 0.85  # never text above this level, however light the surroundings
DITHER_WHITE = 0.95  # greys lighter than this (paper, faint lamp fall-off) get no dots
DITHER = DITHER_WHITE * (np.array(
    [[0, 32, 8, 40, 2, 34, 10, 42],
     [48, 16, 56, 24, 50, 18, 58, 26],
     [12, 44, 4, 36, 14, 46, 6, 38],
     [60, 28, 52, 20, 62, 30, 54, 22],
     [3, 35, 11, 43, 1, 33, 9, 41],
     [51, 19, 59, 27, 49, 17, 57, 25],
     [15, 47, 7, 39, 13, 45, 5, 37],
     [63, 31, 55, 23, 61, 29, 53, 21]], np.float32) + 0.5) / 64  # 8 × 8 Bayer, below white


def expose(page: Page, exposure: Exposure, bilevel: bool) -> Page:
    """The firmware's levels for `exposure`; greyscale and colour through the lower gain."""
    levelled = suppress_background(page if bilevel else page * DOCUMENT_GAIN, exposure)
    return levelled.astype(np.float32, copy=False)  # punch-hole shading comes in as float64


def binarise(page: Page, dpi: int) -> np.ndarray:
    """Black-and-white output (True = white) of an exposed page: text threshold or dither.

    The dither reads a lightly smoothed grey so single grains of paper noise do not each
    turn into a dot; the text threshold reads the raw grey, so its breaks follow the grain.
    """
    grey = cv2.cvtColor(page, cv2.COLOR_BGR2GRAY)
    background = cv2.GaussianBlur(grey, (0, 0), mm(WINDOW_MM, dpi))
    text = (grey < background - TEXT_MARGIN) & (grey < TEXT_CEILING)
    height, width = grey.shape
    tiles = np.tile(DITHER, (height // 8 + 1, width // 8 + 1))[:height, :width]
    dots = cv2.GaussianBlur(grey, (3, 3), 0) < tiles
    return ~(text | dots)
