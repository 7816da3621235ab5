"""Build samples/scanned_holdout6/{pdf,truth}: ordinary office scans of holdouts 14-38.

    .venv/bin/python -m samples.scanned_holdout6.build

The first scanned holdout's machinery does the feeder scanning (`samples.scanned_holdout`:
pdfium render, `scan_page`'s toner, dust, skew, lamp and sensor defects with stamp and
signature, JPEG encoding, the hand-written PDF), the third's `capture.tilt` lays the sheet
fed crooked, and this set's `firmware.py` adds the MFP's own processing; a sheet fed
upside down is turned as in the fifth set. The truth is the digital twin's, copied:
scanning changes pixels, never the table content. Seeds come from the document stem, so
rebuilding gives the same bytes.
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
from samples.scanned_holdout3.capture import tilt
from samples.scanned_holdout6 import firmware
from samples.scanned_holdout6.profiles import CROOKED_DEG, PROFILES, Profile

SAMPLES = Path(__file__).resolve().parent.parent
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


def scan_document(profile: Profile, out: Path) -> Path:
    """Scan one holdout PDF into out/pdf/<stem>.pdf and copy its truth to out/truth/<stem>/.

    Only half turns are fed (a sheet upside down), so every PDF page keeps its twin's size
    and orientation; the picture on it is upside down.
    """
    scan = profile.scan
    truth = SAMPLES / scan.source / "truth" / scan.stem
    source = pdfium.PdfDocument(SAMPLES / scan.source / "pdf" / f"{scan.stem}.pdf")
    rng = np.random.default_rng(zlib.crc32(scan.stem.encode()))
    turns = dict(scan.turned)
    pages = []
    for index in range(len(source)):
        last = index == len(source) - 1
        image = feed(first.render(source[index], scan.dpi), profile, index, last, truth, rng)
        image = firmware.process(image, profile.exposure(index))
        image = np.ascontiguousarray(np.rot90(image, turns.get(index, 0) // 90))
        jpeg, pixels = first.encode(image, scan)
        pages.append(ScannedPage(jpeg, pixels, not scan.colour, source[index].get_size()))
    return save(pages, scan.stem, truth, out)


def main() -> None:
    """Rebuild the whole set from the holdout PDFs."""
    rebuild(OUT, PROFILES, lambda profile: scan_document(profile, OUT))


if __name__ == "__main__":
    main()
