"""Build samples/scanned_holdout5/{pdf,truth}: ordinary office MFP scans of holdouts 23-36.

    .venv/bin/python -m samples.scanned_holdout5.build

The first scanned holdout's machinery does the flatbed / feeder scanning
(`samples.scanned_holdout`: pdfium render, `scan_page`'s toner, dust, skew, lamp and sensor
defects with stamp and signature, JPEG encoding, the hand-written PDF); this module adds
the MFP firmware's own processing (`mfp.py`: background suppression at the page's
exposure, text sharpening) and turns a page fed upside down. The truth is the digital
twin's, copied: scanning changes pixels, never the table content. Seeds come from the
document stem, so rebuilding gives the same bytes.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium

from samples.scanned_holdout import build as first
from samples.scanned_holdout.degrade import Page
from samples.scanned_holdout.pdfwrite import ScannedPage
from samples.scanned_holdout.scanset import rebuild, save
from samples.scanned_holdout5 import mfp
from samples.scanned_holdout5.profiles import PROFILES, Profile

SAMPLES = Path(__file__).resolve().parent.parent
OUT = Path(__file__).resolve().parent


Scanner = Callable[[Page, Profile, int, bool, Path, np.random.Generator], np.ndarray]
"""One sheet (its index in the document, is it the last) through a scanner: an image."""


def through_mfp(sheet: Page, profile: Profile, index: int, last: bool, truth: Path,
                rng: np.random.Generator) -> np.ndarray:
    """The sheet scanned, then the MFP firmware's processing at the page's exposure."""
    image = first.scan_page(sheet, profile.scan, last, truth, rng)
    return mfp.process(image, profile.scan.dpi, profile.exposure(index))


def scan_document(profile: Profile, out: Path, scanner: Scanner = through_mfp) -> Path:
    """Scan one holdout PDF into out/pdf/<stem>.pdf and copy its truth to out/truth/<stem>/.

    Only half turns are fed here (a sheet upside down in the feeder), so every PDF page
    keeps its twin's size and orientation; the picture on it is upside down. ``scanner``:
    what a sheet goes through (later sets bring their own scanner).
    """
    scan = profile.scan
    truth = SAMPLES / scan.source / "truth" / scan.stem
    source = pdfium.PdfDocument(SAMPLES / scan.source / "pdf" / f"{scan.stem}.pdf")
    rng = np.random.default_rng(zlib.crc32(scan.stem.encode()))
    turns = dict(scan.turned)
    pages = []
    for index in range(len(source)):
        last = index == len(source) - 1
        image = scanner(first.render(source[index], scan.dpi), profile, index, last, truth, rng)
        image = np.ascontiguousarray(np.rot90(image, turns.get(index, 0) // 90))
        jpeg, pixels = first.encode(image, scan)
        pages.append(ScannedPage(jpeg, pixels, not scan.colour, source[index].get_size()))
    return save(pages, scan.stem, truth, out)


def main() -> None:
    """Rebuild the whole set from the holdout PDFs."""
    rebuild(OUT, PROFILES, lambda profile: scan_document(profile, OUT))


if __name__ == "__main__":
    main()
