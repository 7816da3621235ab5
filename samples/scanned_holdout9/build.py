"""Build samples/scanned_holdout9/{pdf,truth}: greyscale scans of photocopied printouts.

    .venv/bin/python -m samples.scanned_holdout9.build

A sheet goes through what happened to it, in order: printed (the first set's pdfium
`render`), photocopied (`copier.py`: toner spread and unevenness, the printout's punch
holes as shadows, the copier's edge band), read and marked on the copy (the third set's
ballpoint `pen`, the eighth set's stamp and signature over the last rows), then fed to the
scanner (the third set's `tilt` for the crooked sheet, the first set's `scan_page` for
feeder skew, speckle, lamp, blur and noise) and stored as greyscale JPEG by the first
set's `scan_document` (a landscape sheet fed turned 90° becomes a portrait PDF page, not
the fifth set's, which keeps every page's size). The truth is the
digital twin's, copied: scanning changes pixels, never the table content. Seeds come from
the document stem, so rebuilding gives the same bytes.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np

from samples.scanned_holdout import build as first
from samples.scanned_holdout.degrade import Page
from samples.scanned_holdout.scanset import rebuild
from samples.scanned_holdout3.capture import tilt
from samples.scanned_holdout3.marks import pen
from samples.scanned_holdout8.marks import sign_and_stamp
from samples.scanned_holdout9 import copier
from samples.scanned_holdout9.profiles import CROOKED_DEG, PROFILES, Profile

SAMPLES = Path(__file__).resolve().parent.parent
OUT = Path(__file__).resolve().parent


def photocopy(sheet: Page, profile: Profile, rng: np.random.Generator) -> Page:
    """The printout through the copier; hole shadows sit mid-margin as on the printout."""
    dpi = profile.scan.dpi
    copy = copier.spread_toner(sheet, dpi, rng)
    if profile.holes is not None:
        margin = first.margin_mm(sheet, dpi, profile.holes)
        copy = copier.hole_shadows(copy, dpi, profile.holes, margin)
    return copier.edge_band(copy, dpi, profile.band, rng)


def mark(copy: Page, profile: Profile, index: int, last: bool, truth: Path,
         rng: np.random.Generator) -> Page:
    """What the reader of the copy wrote on it: a tick and note, the stamp on the last page."""
    dpi = profile.scan.dpi
    if index == profile.pen:
        copy = pen(copy, dpi, rng)
    if last and profile.stamp is not None:
        copy = sign_and_stamp(copy, dpi, profile.stamp, truth, rng)
    return copy


def scan_sheet(sheet: Page, profile: Profile, index: int, last: bool, truth: Path,
               rng: np.random.Generator) -> Page:
    """One printed page copied, marked and scanned; the crooked sheet gets no feeder skew
    on top of its slant."""
    scan = profile.scan
    copy = mark(photocopy(sheet, profile, rng), profile, index, last, truth, rng)
    if index == profile.crooked:
        copy = tilt(copy, scan.dpi, CROOKED_DEG * float(rng.choice([-1, 1])), first.LID)
        scan = dataclasses.replace(scan, skew_deg=0.0)
    return first.scan_page(copy, scan, last, truth, rng)


def scan_document(profile: Profile) -> Path:
    """Scan one holdout PDF into pdf/<stem>.pdf and copy its truth to truth/<stem>/, each
    sheet copied, marked and scanned (:func:`scan_sheet`)."""
    def sheet_scan(image: Page, index: int, last: bool, truth: Path,
                   rng: np.random.Generator) -> Page:
        return scan_sheet(image, profile, index, last, truth, rng)

    return first.scan_document(profile.scan, sheet_scan, OUT)


def main() -> None:
    """Rebuild the whole set from the holdout PDFs."""
    rebuild(OUT, PROFILES, scan_document)


if __name__ == "__main__":
    main()
