"""Build samples/scanned_holdout8/{pdf,truth}: colour office scans of holdouts 41-46.

    .venv/bin/python -m samples.scanned_holdout8.build

The last sheet is signed and stamped over its table's last rows (`marks.py`); the sixth
set's `feed` lays a sheet crooked or skews it and runs the first set's `scan_page` (toner,
dust, skew, lamp, paper tint, sensor blur and noise); this set's `scanner.py` adds the
MFP's soft lens, colour fringing, levels and warm cast. The fifth set's `scan_document`
renders every page, turns a sheet fed upside down, encodes the JPEG, writes the PDF and
copies the truth: scanning changes pixels, never the table content. Seeds come from the
document stem, so rebuilding gives the same bytes.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np

from samples.scanned_holdout.degrade import Page
from samples.scanned_holdout.scanset import rebuild
from samples.scanned_holdout5.build import scan_document
from samples.scanned_holdout6.build import feed
from samples.scanned_holdout8 import marks, scanner
from samples.scanned_holdout8.profiles import PROFILES, Profile

OUT = Path(__file__).resolve().parent


def through_scanner(sheet: Page, profile: Profile, index: int, last: bool, truth: Path,
                    rng: np.random.Generator) -> Page:
    """One sheet: marked if last, fed (the first set's stamp switched off, since this set
    places its own), then this scanner's optics and firmware at the page's exposure."""
    scan = profile.scan
    if last and scan.stamp is not None:
        sheet = marks.sign_and_stamp(sheet, scan.dpi, scan.stamp, truth, rng)
    glass = dataclasses.replace(profile, scan=dataclasses.replace(scan, stamp=None))
    image = feed(sheet, glass, index, last, truth, rng)
    return scanner.process(image, scan.dpi, profile.exposure(index))


def main() -> None:
    """Rebuild the whole set from the holdout PDFs."""
    rebuild(OUT, PROFILES, lambda profile: scan_document(profile, OUT, through_scanner))


if __name__ == "__main__":
    main()
