"""Build samples/scanned_holdout6/{pdf,truth}: ordinary office scans of holdouts 14-38.

    .venv/bin/python -m samples.scanned_holdout6.build

The first scanned holdout's machinery does the feeder scanning (`samples.scanned_holdout`:
pdfium render, `scan_page`'s toner, dust, skew, lamp and sensor defects with stamp and
signature, JPEG encoding, the hand-written PDF), the third's `capture.tilt` lays the sheet
fed crooked, and this set's `firmware.py` adds the MFP's own processing; a sheet fed
upside down is turned, and the document assembled, by the fifth set's `scan_document`.
The truth is the digital twin's, copied: scanning changes pixels, never the table
content. Seeds come from the document stem, so rebuilding gives the same bytes.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np

from samples.scanned_holdout import build as first
from samples.scanned_holdout.degrade import Page
from samples.scanned_holdout.scanset import rebuild
from samples.scanned_holdout3.capture import tilt
from samples.scanned_holdout5.build import scan_document
from samples.scanned_holdout6 import firmware
from samples.scanned_holdout6.profiles import CROOKED_DEG, PROFILES, Profile

OUT = Path(__file__).resolve().parent


def feed(
    sheet: Page, profile: Profile, index: int, last: bool, truth: Path, rng: np.random.Generator
) -> Page:
    """The sheet through the feeder and sensor: crooked at `CROOKED_DEG` or the usual skew.

    The crooked sheet gets no feeder skew on top, so it stays at about 2°, either way.
    """
    scan = profile.scan
    if index == profile.crooked:
        sheet = tilt(sheet, scan.dpi, CROOKED_DEG * float(rng.choice([-1, 1])), first.LID)
        scan = dataclasses.replace(scan, skew_deg=0.0)
    return first.scan_page(sheet, scan, last, truth, rng)


def through_firmware(sheet: Page, profile: Profile, index: int, last: bool, truth: Path,
                     rng: np.random.Generator) -> np.ndarray:
    """The sheet fed (:func:`feed`), then this scanner's firmware at the page's exposure."""
    return firmware.process(feed(sheet, profile, index, last, truth, rng), profile.exposure(index))


def main() -> None:
    """Rebuild the whole set from the holdout PDFs."""
    rebuild(OUT, PROFILES, lambda profile: scan_document(profile, OUT, through_firmware))


if __name__ == "__main__":
    main()
