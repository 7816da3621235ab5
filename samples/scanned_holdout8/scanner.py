"""What this set's colour office MFP does to a page between its lens and the JPEG.

Pages are float32 BGR reflectance in [0, 1], sizes in millimetres at the page's dpi, as in
`samples/scanned_holdout/degrade.py`. The fifth to seventh sets' devices differ in their
firmware (unsharp mask, grey output range and pixel halo, 1-bit document mode); this one is
the plain colour scanner of a budget MFP, whose traits come from its optics and its
white balance rather than from sharpening:

- **soft focus**: a lens-reduction (CCD) unit a little out of focus, on top of the first
  set's sensor blur, and no sharpening to hide it: stroke edges are soft, hairlines paler.
- **colour fringing**: the lens brings red and blue to slightly different magnifications
  across the glass, so toward the left and right edges black strokes get a red edge on
  one side and a blue one on the other (nothing at the centre).
- **warm white balance**: the auto exposure is the fifth set's levels (paper to white,
  reused with its misjudged pages), then the lamp's warm cast is left uncorrected, so the
  paper comes out a faint cream and grey fills lean yellow.

Each is applied to the scanned picture, after the first set's sensor step, so they soften
and tint its grain a little too.
"""

from __future__ import annotations

import cv2
import numpy as np

from samples.scanned_holdout.degrade import Page, mm
from samples.scanned_holdout5.mfp import Exposure, suppress_background

FOCUS_MM = 0.05  # extra Gaussian sigma of the soft lens (the first set's sensor adds 0.06)
FRINGE = 0.0003  # red magnified, blue reduced by this share of the distance from the centre
WARM_CAST = (0.94, 0.975, 0.995)  # BGR the firmware leaves on white paper: a faint cream


def soften(page: Page, dpi: int) -> Page:
    """The slightly defocused lens: a Gaussian blur of `FOCUS_MM`."""
    return cv2.GaussianBlur(page, (0, 0), mm(FOCUS_MM, dpi))


def fringe(page: Page) -> Page:
    """Lateral chromatic aberration across the scan line: red and blue scaled about the
    page's vertical centre line by ±`FRINGE`, green kept as the reference.

    At an F4 page's edges that is about half a pixel at 200 dpi, one at 300 dpi: a coloured
    seam on strokes near the margins, none in the middle of the glass.
    """
    height, width = page.shape[:2]
    out = page.copy()
    for channel, scale in ((0, 1.0 - FRINGE), (2, 1.0 + FRINGE)):
        matrix = np.float32([[scale, 0, (1.0 - scale) * width / 2], [0, 1, 0]])
        out[..., channel] = cv2.warpAffine(
            np.ascontiguousarray(page[..., channel]), matrix, (width, height),
            flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE,
        )
    return out


def process(page: Page, dpi: int, exposure: Exposure) -> Page:
    """The scanner on one page: soft lens, colour fringing, levels at the page's exposure,
    and the warm cast the white balance leaves."""
    levelled = suppress_background(fringe(soften(page, dpi)), exposure)
    return (levelled * np.float32(WARM_CAST)).astype(np.float32, copy=False)
