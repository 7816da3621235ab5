"""The signature and stamp over the last table rows of a document's last page.

The first set signs and stamps the last lines of content (the signature block); the second
set can press the stamp over the table's last rows but keeps the signature on its block.
Here the signatory signed where the table ends, and the stamp went half over the
signature, as happens when the block was left blank: both inks cross the last rows, whose
figures are read through them (the inks are multiplied in, so the print stays visible).
On a page with no table row (the table ended a page earlier) the marks fall back on the
signature block, as in the first set.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from samples.scanned_holdout.build import ink_box, region_agency
from samples.scanned_holdout.degrade import Page, mm
from samples.scanned_holdout.ink import BALLPOINT, BGR, lay_ink, signature_mask, stamp_mask
from samples.scanned_holdout2.build import last_row_y

FAINT = 0.85  # a rule this light still closes a table (zebra tables rule rows in pale grey)
SIGNATURE_OPACITY = 0.85  # ballpoint: dense but the print below shows through
STAMP_OPACITY = 0.7  # pad ink, mottled: lighter than the first set's 0.8


def table_bottom(page: Page) -> int | None:
    """The second set's `last_row_y`, counting pale hairlines as ink.

    That helper only sees ink darker than 0.6, so under a table ruled in pale grey (a
    zebra table with a hairline under each row) it finds the dark header band instead of
    the last row; a stencil of everything darker than `FAINT` lets it see those rules.
    """
    stencil = (page.min(axis=2, keepdims=True) >= FAINT).astype(np.float32)
    return last_row_y(stencil)


def sign_and_stamp(page: Page, dpi: int, stamp: BGR, truth: Path,
                   rng: np.random.Generator) -> Page:
    """Signature from 70 mm left of the content's right edge, its base 3 mm above the
    table's bottom rule (crossing the last two or three rows); the stamp's centre 8 mm
    above that rule, so its ring and text cover the rows above."""
    _, _, right, bottom = ink_box(page[: round(0.9 * page.shape[0])])
    base = table_bottom(page)
    base = bottom if base is None else base
    start = (right - mm(70, dpi), base - mm(3, dpi))
    centre = (start[0] + mm(6, dpi), base - mm(8, dpi))
    region, agency = region_agency(truth)
    tilt = float(rng.uniform(-25, 25))
    ring = stamp_mask(page.shape[:2], dpi, centre, f"PEMERINTAH {region}", agency, tilt, rng)
    signed = lay_ink(page, signature_mask(page.shape[:2], dpi, start, rng), BALLPOINT,
                     SIGNATURE_OPACITY)
    return lay_ink(signed, ring, stamp, STAMP_OPACITY)
