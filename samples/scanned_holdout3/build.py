"""Build samples/scanned_holdout3/{pdf,truth}: image-only scans of holdouts 12-33.

    .venv/bin/python -m samples.scanned_holdout3.build

The first scanned holdout's machinery does the flatbed scanning (`samples.scanned_holdout`:
pdfium render, `scan_page`'s copy / glass / sensor defects with stamp and signature, JPEG
encoding, the hand-written PDF); this module adds what the earlier sets never modelled:
a dot-screened copy, marks left on the sheet (`marks.py`), a stapled stack, a page laid
at 3°, black-and-white (fax) mode and a phone photograph instead of a scanner
(`capture.py`). The truth is the digital twin's, copied: scanning changes pixels, never
the table content. Seeds come from the document stem, so rebuilding gives the same bytes.
"""

from __future__ import annotations

import dataclasses
import zlib
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium

from samples.scanned_holdout import build as first
from samples.scanned_holdout.degrade import Page
from samples.scanned_holdout.pdfwrite import ScannedPage
from samples.scanned_holdout.scanset import rebuild, save
from samples.scanned_holdout3 import capture, marks
from samples.scanned_holdout3.profiles import PROFILES, TILT_DEG, Profile

SAMPLES = Path(__file__).resolve().parent.parent
OUT = Path(__file__).resolve().parent
FAX_THRESHOLD = 0.55


def handle(sheet: Page, profile: Profile, rng: np.random.Generator) -> Page:
    """The marks readers leave on the marked page, in the order they happen."""
    dpi = profile.scan.dpi
    if profile.highlight is not None:
        sheet = marks.highlight(sheet, dpi, rng, profile.highlight)
    if profile.pen:
        sheet = marks.pen(sheet, dpi, rng)
    if profile.coffee:
        sheet = marks.coffee_ring(sheet, dpi, rng)
    if profile.clip:
        sheet = marks.paper_clip(sheet, dpi, rng)
    return sheet


def capture_page(
    sheet: Page, profile: Profile, index: int, last: bool, truth: Path, rng: np.random.Generator
) -> Page:
    """Turn the handled sheet into the scanned image: flatbed (grey or fax) or phone.

    A tilted page is laid at exactly `TILT_DEG` (either way) and the flatbed adds no skew
    of its own to it, so it stays at the readers' promised maximum.
    """
    scan = profile.scan
    if profile.capture == "phone":
        if last and scan.stamp is not None:
            sheet = first.sign_and_stamp(sheet, scan, truth, rng)
        return capture.photograph(sheet, scan.dpi, rng)
    glass = scan
    if index in profile.tilted:
        sheet = capture.tilt(sheet, scan.dpi, TILT_DEG * float(rng.choice([-1, 1])), first.LID)
        glass = dataclasses.replace(scan, skew_deg=0.0)
    image = first.scan_page(sheet, glass, last, truth, rng)
    return capture.fax(image, rng, FAX_THRESHOLD) if profile.capture == "fax" else image


def scan_document(profile: Profile, out: Path) -> Path:
    """Scan one holdout PDF into out/pdf/<stem>.pdf and copy its truth to out/truth/<stem>/.

    Each sheet meets this set's defects in physical order: copied (dot screen), read and
    marked, stapled, then captured; turned pages of the first set's profile stay upright.
    """
    scan = profile.scan
    truth = SAMPLES / scan.source / "truth" / scan.stem
    source = pdfium.PdfDocument(SAMPLES / scan.source / "pdf" / f"{scan.stem}.pdf")
    rng = np.random.default_rng(zlib.crc32(scan.stem.encode()))
    pages = []
    for index in range(len(source)):
        sheet = first.render(source[index], scan.dpi)
        if profile.halftone_lpi:
            sheet = capture.halftone(sheet, scan.dpi, profile.halftone_lpi, 45.0)
        if index == profile.marked:
            sheet = handle(sheet, profile, rng)
        if profile.stapled:
            sheet = capture.bind(sheet, scan.dpi, rng)
        last = index == len(source) - 1
        image = capture_page(sheet, profile, index, last, truth, rng)
        jpeg, pixels = first.encode(image, scan)
        pages.append(ScannedPage(jpeg, pixels, not scan.colour, source[index].get_size()))
    return save(pages, scan.stem, truth, out)


def main() -> None:
    """Rebuild the whole set from the holdout PDFs."""
    rebuild(OUT, PROFILES, lambda profile: scan_document(profile, OUT))


if __name__ == "__main__":
    main()
