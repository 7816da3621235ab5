"""Build samples/scanned_holdout/{pdf,truth}: image-only scans of the holdout PDFs.

    .venv/bin/python -m samples.scanned_holdout.build

Each page is rendered with pdfium at the profile's dpi, degraded (see `profiles.py`), JPEG
encoded and wrapped in a PDF of the original page size with no text layer. The truth is the
digital twin's, copied: scanning changes pixels, never the table content. Seeds come from
the document stem, so rebuilding gives the same bytes.
"""

from __future__ import annotations

import csv
import io
import zlib
from collections.abc import Callable
from pathlib import Path

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image

from samples.scanned_holdout import degrade
from samples.scanned_holdout.ink import BALLPOINT, lay_ink, signature_mask, stamp_mask
from samples.scanned_holdout.pdfwrite import ScannedPage
from samples.scanned_holdout.profiles import PROFILES, Profile
from samples.scanned_holdout.scanset import rebuild, save

SAMPLES = Path(__file__).resolve().parent.parent
OUT = Path(__file__).resolve().parent
PAPER_BGR = (0.93, 0.96, 0.975)  # recycled office paper, slightly warm
LID = 0.96  # white scanner lid around a skewed sheet
BLUR_MM = 0.06
NOISE = 0.012


def render(page: pdfium.PdfPage, dpi: int) -> degrade.Page:
    """The clean page as float BGR reflectance."""
    bitmap = page.render(scale=dpi / 72, fill_color=(255, 255, 255, 255))
    return bitmap.to_numpy()[..., :3].astype(np.float32) / 255.0


def ink_box(page: degrade.Page) -> tuple[int, int, int, int]:
    """Left, top, right, bottom of the printed content (to place marks and holes)."""
    ys, xs = np.nonzero(page.min(axis=2) < 0.6)
    return int(xs.min()), int(ys.min()), int(xs.max()), int(ys.max())


def margin_mm(page: degrade.Page, dpi: int, side: degrade.Side) -> float:
    """Blank paper between `side`'s edge and the content, in millimetres."""
    left, top, right, bottom = ink_box(page)
    height, width = page.shape[:2]
    pixels = {"left": left, "top": top, "right": width - right, "bottom": height - bottom}[side]
    return pixels * 25.4 / dpi


def region_agency(stem_truth: Path) -> tuple[str, str]:
    """Region and agency named in the truth, for the stamp's wording."""
    with (stem_truth / "documents.csv").open(encoding="utf-8") as handle:
        row = next(csv.DictReader(handle))
    return row["region"].upper(), row["agency"].upper()


def sign_and_stamp(
    page: degrade.Page, profile: Profile, truth: Path, rng: np.random.Generator
) -> degrade.Page:
    """Signature across the last lines of content, the stamp half over its start.

    The bottom tenth of the sheet is ignored so a page-number footer does not pull the
    marks away from the signature block.
    """
    assert profile.stamp is not None
    _, _, right, bottom = ink_box(page[: round(0.9 * page.shape[0])])
    dpi = profile.dpi
    start = (right - degrade.mm(70, dpi), bottom - degrade.mm(9, dpi))
    region, agency = region_agency(truth)
    stamp = stamp_mask(
        page.shape[:2],
        dpi,
        (start[0] + degrade.mm(4, dpi), start[1] - degrade.mm(6, dpi)),
        f"PEMERINTAH {region}",
        agency,
        float(rng.uniform(-25, 25)),
        rng,
    )
    signed = lay_ink(page, signature_mask(page.shape[:2], dpi, start, rng), BALLPOINT, 0.9)
    return lay_ink(signed, stamp, profile.stamp, 0.8)


def scan_page(
    page: degrade.Page, profile: Profile, last: bool, truth: Path, rng: np.random.Generator
) -> degrade.Page:
    """Every defect of `profile`, in the order a real sheet meets them."""
    dpi = profile.dpi
    out = page
    if profile.stroke_mm:
        out = degrade.change_strokes(out, dpi, profile.stroke_mm)
    if profile.fade:
        out = degrade.fade_toner(out, rng, profile.fade, float(rng.uniform(0, 360)))
    if last and profile.stamp is not None:
        out = sign_and_stamp(out, profile, truth, rng)
    if profile.copier:
        out = degrade.photocopy_contrast(out, 0.55, 9.0)
    if profile.specks:
        out = degrade.add_specks(out, rng, dpi, profile.specks)
    if profile.holes:
        out = degrade.punch_holes(out, dpi, profile.holes, margin_mm(page, dpi, profile.holes))
    if profile.colour:
        out = degrade.paper_tint(out, PAPER_BGR)
    skew = float(rng.uniform(0.4, 1.0)) * profile.skew_deg * float(rng.choice([-1, 1]))
    # Shrink a little, as a copier's "fit" does, so a turned sheet keeps its corners.
    scale = 1.0 - 0.012 * abs(skew) - profile.keystone
    out = degrade.warp(out, dpi, skew, profile.keystone, profile.curl_mm, scale, LID)
    if profile.light:
        out = degrade.uneven_light(out, rng, profile.light, float(rng.uniform(0, 360)))
    if profile.border:
        out = degrade.scanner_border(out, dpi, profile.border, float(rng.uniform(4, 8)))
    return degrade.sensor(out, rng, dpi, BLUR_MM, NOISE)


def encode(image: degrade.Page, profile: Profile) -> tuple[bytes, tuple[int, int]]:
    """JPEG bytes (JFIF density = scan dpi) and pixel size of a finished page."""
    pixels = np.round(image * 255).astype(np.uint8)
    if profile.colour:
        picture = Image.fromarray(cv2.cvtColor(pixels, cv2.COLOR_BGR2RGB))
    else:
        picture = Image.fromarray(cv2.cvtColor(pixels, cv2.COLOR_BGR2GRAY))
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=profile.quality, dpi=(profile.dpi, profile.dpi))
    return buffer.getvalue(), picture.size


SheetScan = Callable[[degrade.Page, int, bool, Path, np.random.Generator], degrade.Page]
"""What happens to one printed page (image, index, last page?, truth folder, rng) up to
the scanner's output."""


def scan_document(profile: Profile, sheet_scan: SheetScan | None = None, out: Path = OUT
                  ) -> Path:
    """Scan one holdout PDF into ``out``/pdf/<stem>.pdf and copy its truth to truth/<stem>/.

    ``sheet_scan`` (later sets: a copier, pen marks… before the scanner) defaults to
    this set's :func:`scan_page`. A page turned by a quarter gets its twin's page size
    turned too (the same sheet fed sideways)."""
    if sheet_scan is None:
        def sheet_scan(image: degrade.Page, index: int, last: bool, truth: Path,
                       rng: np.random.Generator) -> degrade.Page:
            return scan_page(image, profile, last, truth, rng)
    truth = SAMPLES / profile.source / "truth" / profile.stem
    source = pdfium.PdfDocument(SAMPLES / profile.source / "pdf" / f"{profile.stem}.pdf")
    rng = np.random.default_rng(zlib.crc32(profile.stem.encode()))
    turns = dict(profile.turned)
    pages = []
    for index in range(len(source)):
        page = source[index]
        width, height = page.get_size()
        image = sheet_scan(render(page, profile.dpi), index, index == len(source) - 1, truth,
                           rng)
        quarter_turns = turns.get(index, 0) // 90
        image = np.ascontiguousarray(np.rot90(image, quarter_turns))
        jpeg, pixels = encode(image, profile)
        points = (height, width) if quarter_turns % 2 else (width, height)
        pages.append(ScannedPage(jpeg, pixels, not profile.colour, points))
    return save(pages, profile.stem, truth, out)


def main() -> None:
    """Rebuild the whole set from the holdout PDFs."""
    rebuild(OUT, PROFILES, scan_document)


if __name__ == "__main__":
    main()
