"""What the office photocopier adds to a printed sheet before the copy is scanned.

Pages are float32 BGR reflectance in [0, 1], sizes in millimetres at the page's dpi, as in
`samples/scanned_holdout/degrade.py`. The first set's stroke change, toner fade and punch
holes model one device each; a photocopy stacks a second toner pass on the print, so this
module only adds what that pass does and they cannot: toner spreading a little past every
stroke and darkening it, the grey band a copier leaves where the platen's edge or the lid's
hinge shades the glass, and the printout's punched holes seen through a closed white lid
(a grey shadow, not the dark hole the first set's flatbed shows).
"""

from __future__ import annotations

import numpy as np

from samples.scanned_holdout import degrade
from samples.scanned_holdout.degrade import Page, Side, mm

SPREAD_MM = 0.05  # toner spread round each stroke: one pixel at 200-300 dpi
DARKEN = 1.25  # a copy's ink holds this much more density than the print (capped at black)
UNEVEN = 0.12  # the copy's toner unevenness (the first set's fade, kept mild)
BAND_MM = 9.0  # width of the copier's edge band
BAND_DEPTH = 0.14  # darkening at the sheet's very edge
HOLE_SHADOW = 0.45  # share of the first set's dark hole that a closed white lid leaves


def spread_toner(page: Page, dpi: int, rng: np.random.Generator) -> Page:
    """Strokes a little thicker and darker than the print, the toner slightly uneven.

    Greys darken too (ink density times `DARKEN`), so a pale header fill comes out a shade
    heavier, but white paper stays white: only existing ink is scaled.
    """
    thick = degrade.change_strokes(page, dpi, SPREAD_MM)
    dark = 1.0 - np.minimum(1.0, (1.0 - thick) * DARKEN)
    return degrade.fade_toner(dark, rng, UNEVEN, float(rng.uniform(0, 360)))


def edge_band(page: Page, dpi: int, side: Side, rng: np.random.Generator) -> Page:
    """A faint grey band along `side`, deepest at the edge and fading over `BAND_MM`,
    a little mottled along its length as the lamp's reflection off the platen edge is."""
    height, width = page.shape[:2]
    angle = {"left": 0.0, "top": 90.0, "right": 180.0, "bottom": 270.0}[side]
    across = width if side in ("left", "right") else height
    distance = degrade.ramp((height, width), angle) * across  # pixels from `side`'s edge
    fall = np.clip(1.0 - distance / mm(BAND_MM, dpi), 0.0, 1.0) ** 2
    mottle = 0.75 + 0.25 * degrade.smooth_field((height, width), rng, 12)
    return page * (1.0 - BAND_DEPTH * fall * mottle)[..., None]


def hole_shadows(page: Page, dpi: int, side: Side, margin_mm: float) -> Page:
    """The first set's two punch holes, lightened to the grey shadow a photocopy shows."""
    holed = degrade.punch_holes(page, dpi, side, margin_mm)
    return (page + HOLE_SHADOW * (holed - page)).astype(np.float32)
