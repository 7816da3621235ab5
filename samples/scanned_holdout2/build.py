"""Build samples/scanned_holdout2/{pdf,truth}: image-only scans of holdouts 5-11.

    .venv/bin/python -m samples.scanned_holdout2.build

The first scanned holdout's machinery does the scanning (`samples.scanned_holdout`: pdfium
render, `scan_page`'s print / copy / glass / sensor defects, JPEG encoding, the
hand-written PDF); this module adds what happens to the sheet before it reaches the
glass and that the first set never modelled: the back page showing through the paper, the
stamp pressed over the table's last rows, and a fold. The truth is the digital twin's,
copied: scanning changes pixels, never the table content. Seeds come from the document
stem, so rebuilding gives the same bytes.
"""

from __future__ import annotations

import dataclasses
import zlib
from pathlib import Path

import cv2
import numpy as np
import pypdfium2 as pdfium

from samples.scanned_holdout.build import encode, ink_box, region_agency, render, scan_page
from samples.scanned_holdout.degrade import Page, mm
from samples.scanned_holdout.ink import BALLPOINT, lay_ink, signature_mask, stamp_mask
from samples.scanned_holdout.pdfwrite import ScannedPage
from samples.scanned_holdout.scanset import rebuild, save
from samples.scanned_holdout2.profiles import PROFILES, Crease, Profile

SAMPLES = Path(__file__).resolve().parent.parent
OUT = Path(__file__).resolve().parent
INK = 0.6  # reflectance below which a pixel counts as printed, as in the first set
WIDE = 0.5  # a line of ink this wide (share of the page) is a table row, not the signature


def back_of(index: int, count: int) -> int | None:
    """The page printed on the other side of the same sheet (duplex: 1|2, 3|4, ...)."""
    back = index ^ 1
    return back if back < count else None


def show_through(page: Page, back: Page, dpi: int, strength: float) -> Page:
    """The back page's toner seen through thin office paper: mirrored, diffused, faint.

    Darkening is multiplicative, so the front ink stays as dark as it was; a back page of
    the other orientation (portrait behind landscape) is turned to fit the sheet.
    """
    if (back.shape[0] > back.shape[1]) != (page.shape[0] > page.shape[1]):
        back = np.ascontiguousarray(np.rot90(back))
    height, width = page.shape[:2]
    if back.shape[:2] != (height, width):
        back = cv2.resize(back, (width, height), interpolation=cv2.INTER_AREA)
    ink = 1.0 - cv2.GaussianBlur(np.ascontiguousarray(back.min(axis=2)), (0, 0), mm(0.3, dpi))
    return page * (1.0 - strength * ink[:, ::-1])[..., None]


def crease(page: Page, dpi: int, fold: Crease, rng: np.random.Generator) -> Page:
    """A sheet folded for the envelope and flattened again before scanning.

    The lifted side of the fold throws a soft shadow about 2 mm wide (a grey band, never as
    sharp as a printed rule), and toner cracks off along the fold line itself. The fold is
    never quite square to the page.
    """
    height, width = page.shape[:2]
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    tilt = np.deg2rad(rng.uniform(-0.4, 0.4))
    if fold.axis == "across":
        offset = (ys - fold.at * height) * np.cos(tilt) - (xs - width / 2) * np.sin(tilt)
    else:
        offset = (xs - fold.at * width) * np.cos(tilt) + (ys - height / 2) * np.sin(tilt)
    along_mm = offset * 25.4 / dpi
    shadow = 0.14 * np.exp(-(((along_mm - 0.4) / 0.9) ** 2))
    cracked = (np.abs(along_mm) < 0.15) & (rng.random((height, width)) < 0.6)
    kept = 1.0 - (1.0 - page) * (1.0 - 0.7 * cracked.astype(np.float32))[..., None]
    return kept * (1.0 - shadow)[..., None]


def last_row_y(page: Page) -> int | None:
    """Height of the lowest line of ink spanning half the page: the table's last row.

    A signature block is one narrow column of text, so it never spans that wide; on a page
    holding only the signature (the table ended on the page before) there is no such line,
    and the caller keeps the stamp on the signature block.
    """
    inked = page[: round(0.9 * page.shape[0])].min(axis=2) < INK
    rows = np.nonzero(inked.any(axis=1))[0]
    if rows.size == 0:
        return None
    left = inked[rows].argmax(axis=1)
    right = inked.shape[1] - 1 - inked[rows, ::-1].argmax(axis=1)
    wide = rows[(right - left) > WIDE * inked.shape[1]]
    return int(wide.max()) if wide.size else None


def sign_and_stamp(page: Page, profile: Profile, truth: Path, rng: np.random.Generator) -> Page:
    """Signature across the signature block; the stamp beside it or over the last rows.

    On a real page the stamp is half over the signature (`block`), but clerks often press
    it higher, over the table's last rows (`rows`): then the last figures must be read
    through stamp ink. The bottom tenth of the sheet is ignored so a page-number footer
    does not pull the marks away from the signature block.
    """
    scan = profile.scan
    assert scan.stamp is not None
    dpi = scan.dpi
    _, _, right, bottom = ink_box(page[: round(0.9 * page.shape[0])])
    start = (right - mm(70, dpi), bottom - mm(9, dpi))
    centre = (start[0] + mm(4, dpi), start[1] - mm(6, dpi))
    row = last_row_y(page) if profile.marks == "rows" else None
    if row is not None:
        centre = (centre[0], row - mm(4, dpi))
    region, agency = region_agency(truth)
    tilt = float(rng.uniform(-25, 25))
    stamp = stamp_mask(page.shape[:2], dpi, centre, f"PEMERINTAH {region}", agency, tilt, rng)
    signed = lay_ink(page, signature_mask(page.shape[:2], dpi, start, rng), BALLPOINT, 0.9)
    return lay_ink(signed, stamp, scan.stamp, 0.8)


def scan_document(profile: Profile, out: Path) -> Path:
    """Scan one holdout PDF into out/pdf/<stem>.pdf and copy its truth to out/truth/<stem>/.

    The sheet gets this set's defects in the order it meets them (back page printed,
    signed and stamped, folded), then the first set's `scan_page` copies and scans it;
    that step's stamp is switched off, since the stamp is already on the sheet.
    """
    scan = profile.scan
    truth = SAMPLES / scan.source / "truth" / scan.stem
    source = pdfium.PdfDocument(SAMPLES / scan.source / "pdf" / f"{scan.stem}.pdf")
    rng = np.random.default_rng(zlib.crc32(scan.stem.encode()))
    glass = dataclasses.replace(scan, stamp=None)
    turns = dict(scan.turned)
    pages = []
    for index in range(len(source)):
        width, height = source[index].get_size()
        last = index == len(source) - 1
        sheet = render(source[index], scan.dpi)
        back = back_of(index, len(source))
        if profile.show_through and back is not None:
            sheet = show_through(
                sheet, render(source[back], scan.dpi), scan.dpi, profile.show_through
            )
        if last and scan.stamp is not None:
            sheet = sign_and_stamp(sheet, profile, truth, rng)
        if profile.crease is not None:
            sheet = crease(sheet, scan.dpi, profile.crease, rng)
        image = scan_page(sheet, glass, last, truth, rng)
        quarter_turns = turns.get(index, 0) // 90
        image = np.ascontiguousarray(np.rot90(image, quarter_turns))
        jpeg, pixels = encode(image, scan)
        points = (height, width) if quarter_turns % 2 else (width, height)
        pages.append(ScannedPage(jpeg, pixels, not scan.colour, points))
    return save(pages, scan.stem, truth, out)


def main() -> None:
    """Rebuild the whole set from the holdout PDFs."""
    rebuild(OUT, PROFILES, lambda profile: scan_document(profile, OUT))


if __name__ == "__main__":
    main()
