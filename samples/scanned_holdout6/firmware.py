"""What this set's office MFP does to the pixels after its sensor, before the JPEG.

Pages are float32 BGR reflectance in [0, 1], as in `samples/scanned_holdout/degrade.py`.
The fifth set's MFP lifts the paper to white and sharpens with a Gaussian unsharp mask
sized in millimetres. This is another vendor's default, as common in agency offices:
its auto exposure is the same kind (the fifth set's levels, reused, including the sheet
it misjudges), but its output range stops short of white and black, so the paper comes
out a faint flat grey with the sensor's grain on it and black is a very dark grey; and its
"text" sharpening is a fixed 3 × 3 Laplacian on the pixel grid, so the halo is one pixel
wide whatever the dpi (relatively wider at 200 dpi than at 300) and shows as a bright rim
beside every stroke against the grey paper.
"""

from __future__ import annotations

import cv2
import numpy as np

from samples.scanned_holdout.degrade import Page
from samples.scanned_holdout5.mfp import Exposure, suppress_background

BLACK = 0.06  # output level of solid toner
PAPER = 0.9  # output level of paper the exposure took for white: a faint grey
EDGE_GAIN = 0.3  # weight of the Laplacian: the rim's brightness over a sharp edge


def output_range(page: Page) -> Page:
    """Map 0..1 into BLACK..PAPER: the grey background and lifted black of this model."""
    return BLACK + (PAPER - BLACK) * page


def edge_enhance(page: Page) -> Page:
    """The firmware's pixel-grid sharpening: subtract a weighted 4-neighbour Laplacian.

    A 3 × 3 pre-smoothing keeps it from sharpening single-pixel sensor grain as much as
    strokes; edges overshoot both ways, a bright rim outside and deeper ink inside.
    """
    smooth = cv2.GaussianBlur(page, (3, 3), 0)
    return np.clip(page - EDGE_GAIN * cv2.Laplacian(smooth, -1), 0.0, 1.0)


def process(page: Page, exposure: Exposure) -> Page:
    """The firmware's pipeline on one page: auto exposure, output range, edge enhancement."""
    return edge_enhance(output_range(suppress_background(page, exposure)))
