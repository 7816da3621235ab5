"""Zebra rows on a scan: light tinted bands whose edges part a table's rows.

A spreadsheet's table style tints every other row (or each group of rows) and draws no
rule between them; the digital path takes the fills' edges for row rules
(:func:`rencana.extract.digital.horizontal_rules`). On a scan the tint is a faint grey,
a few levels under the paper (0.92–0.97 of it), which flattening washes out and the ink
threshold never sees. It is found on the page as scanned, against the paper around it
(light falls off unevenly over a sheet), and kept where it fills an area wider and taller
than any stroke of print: text on white is thin, a band is not.
"""

from __future__ import annotations

import cv2
import numpy as np

TINT_SHARE = 0.985
"""A pixel under this share of the paper around it is tinted (or ink)."""
PAPER_INCH = 1.5
"""The paper around a pixel: the lightest grey within this distance (a band is lower)."""
GRAIN_INCH = 0.02
"""Grey is judged averaged over squares this wide: a pixel's noise is as deep as a tint."""
SOLID_INCH = 0.06
"""A tint fills squares this wide everywhere (strokes and rules are thinner)."""
MIN_BAND_INCH = 2.0
"""A band is at least this wide: a row of a table, not a filled cell or a stamp."""
MIN_BAND_HEIGHT_INCH = 0.08
"""…and this tall: one line of text with its padding."""
WORK_SCALE = 0.125
"""The paper level is estimated on a copy this much smaller (it varies slowly)."""


def tinted(gray: np.ndarray, dpi: float) -> np.ndarray:
    """Mask of the page's tinted areas (and solid ink), from the page as scanned."""
    small = cv2.resize(gray, None, fx=WORK_SCALE, fy=WORK_SCALE, interpolation=cv2.INTER_AREA)
    reach = max(3, int(PAPER_INCH * dpi * WORK_SCALE) | 1)
    paper = cv2.dilate(small, np.ones((reach, reach), np.uint8))
    paper = cv2.resize(cv2.GaussianBlur(paper, (0, 0), reach / 4),
                       (gray.shape[1], gray.shape[0]), interpolation=cv2.INTER_LINEAR)
    smooth = cv2.blur(gray, (max(3, int(GRAIN_INCH * dpi)),) * 2)  # paper grain, JPEG noise
    tint = (smooth.astype(np.float32) < TINT_SHARE * paper.astype(np.float32)).astype(np.uint8)
    size = max(3, int(SOLID_INCH * dpi) | 1)
    return cv2.morphologyEx(tint, cv2.MORPH_OPEN, np.ones((size, size), np.uint8)) > 0


def band_edges(mask: np.ndarray, dpi: float) -> list[tuple[float, float, float]]:
    """(y, x0, x1) of the top and bottom edges of each band of ``mask`` wide and tall
    enough to be a table row's tint. A tint reaching the image's edge is the scanner's
    (a dark lid, the shadow of a page's edge, a page printed grey all over), not a row's."""
    count, _, stats, _ = cv2.connectedComponentsWithStats(mask.astype(np.uint8))
    height, width = mask.shape
    edges = []
    for k in range(1, count):
        x, y, w, h = (int(v) for v in stats[k, :4])
        inside = x > 0 and y > 0 and x + w < width and y + h < height
        if inside and w >= MIN_BAND_INCH * dpi and h >= MIN_BAND_HEIGHT_INCH * dpi:
            edges += [(float(y), float(x), float(x + w)), (float(y + h), float(x), float(x + w))]
    return edges
