"""Build samples/scanned_holdout7/{pdf,truth}: a departmental copier's scans of holdouts 24-40.

    .venv/bin/python -m samples.scanned_holdout7.build

The first scanned holdout's machinery does the feeder scanning (`samples.scanned_holdout`:
pdfium render, `scan_page`'s toner, dust, punch holes, skew, lamp and sensor defects with
stamp and signature, JPEG encoding), the sixth set's `feed` lays the sheet fed crooked,
the second set's `show_through` lets one sheet's back print show. This set's `copier.py`
exposes the page and, in black-and-white mode, binarises it; `bilevel.py` stores those
pages as CCITT G4, which the earlier sets' JPEG-only writer cannot. A sheet fed upside
down is turned after the copier, so the dither follows the sheet. The truth is the
digital twin's, copied: scanning changes pixels, never the table content. Seeds come
from the document stem, so rebuilding gives the same bytes.
"""

from __future__ import annotations

import shutil
import zlib
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium

from samples.scanned_holdout import build as first
from samples.scanned_holdout.degrade import Page, paper_tint
from samples.scanned_holdout.pdfwrite import ScannedPage
from samples.scanned_holdout.scanset import rebuild
from samples.scanned_holdout2.build import back_of, show_through
from samples.scanned_holdout6.build import feed
from samples.scanned_holdout7 import copier
from samples.scanned_holdout7.bilevel import ImagePage, g4_page, jpeg_page, write_pdf
from samples.scanned_holdout7.profiles import BLEED, PROFILES, Profile

SAMPLES = Path(__file__).resolve().parent.parent
OUT = Path(__file__).resolve().parent


def sheet(source: pdfium.PdfDocument, index: int, profile: Profile) -> Page:
    """Page `index` as printed on the office's yellowish stock, its back showing through
    if it is the profile's `bleed` page (a blank back, the odd last page, shows nothing)."""
    dpi = profile.scan.dpi
    page = paper_tint(first.render(source[index], dpi), copier.YELLOWISH_PAPER)
    back = back_of(index, len(source))
    if index == profile.bleed and back is not None:
        page = show_through(page, first.render(source[back], dpi), dpi, BLEED)
    return page


def copy_page(source: pdfium.PdfDocument, index: int, profile: Profile, truth: Path,
              rng: np.random.Generator) -> ImagePage:
    """One sheet through the feeder, the copier's exposure and output mode, and its turn."""
    scan = profile.scan
    last = index == len(source) - 1
    image = copier.expose(feed(sheet(source, index, profile), profile, index, last, truth, rng),
                          profile.exposure(index), profile.bilevel)
    quarter_turns = dict(scan.turned).get(index, 0) // 90
    points = source[index].get_size()
    if profile.bilevel:
        white = copier.binarise(image, scan.dpi)
        return g4_page(np.ascontiguousarray(np.rot90(white, quarter_turns)), points)
    jpeg, pixels = first.encode(np.ascontiguousarray(np.rot90(image, quarter_turns)), scan)
    return jpeg_page(ScannedPage(jpeg, pixels, not scan.colour, points))


def scan_document(profile: Profile, out: Path = OUT) -> Path:
    """Copy one holdout PDF into out/pdf/<stem>.pdf and its truth to out/truth/<stem>/.

    Only half turns are fed (a sheet upside down in the feeder), so every PDF page keeps
    its twin's size and orientation.
    """
    scan = profile.scan
    truth = SAMPLES / scan.source / "truth" / scan.stem
    source = pdfium.PdfDocument(SAMPLES / scan.source / "pdf" / f"{scan.stem}.pdf")
    rng = np.random.default_rng(zlib.crc32(scan.stem.encode()))
    target = out / "pdf" / f"{scan.stem}.pdf"
    write_pdf([copy_page(source, index, profile, truth, rng) for index in range(len(source))],
              target)
    shutil.copytree(truth, out / "truth" / scan.stem)
    return target


def main() -> None:
    """Rebuild the whole set from the holdout PDFs."""
    rebuild(OUT, PROFILES, scan_document)


if __name__ == "__main__":
    main()
