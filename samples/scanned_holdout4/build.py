"""Build samples/scanned_holdout4/{pdf,truth}: image-only scans of later holdouts 12-34.

    .venv/bin/python -m samples.scanned_holdout4.build

The first scanned holdout's machinery does the flatbed scanning (`samples.scanned_holdout`:
pdfium render, `scan_page`'s copy / glass / sensor defects with stamp and signature, JPEG
encoding, the hand-written PDF); the second and third sets lend show-through, the fold,
the highlighter and pen marks; this set adds what none of them made (`defects.py`): a copy
of a copy, a torn and a taped corner, the next sheet stuck along an edge, wavy paper and
an open lid. The truth is the digital twin's, copied: scanning changes pixels, never the
table content. Seeds come from the document stem, so rebuilding gives the same bytes.
"""

from __future__ import annotations

import zlib
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium

from samples.scanned_holdout import build as first
from samples.scanned_holdout.degrade import Page
from samples.scanned_holdout.pdfwrite import ScannedPage
from samples.scanned_holdout.scanset import rebuild, save
from samples.scanned_holdout2.build import back_of, crease, show_through
from samples.scanned_holdout3 import marks
from samples.scanned_holdout4 import defects
from samples.scanned_holdout4.profiles import PROFILES, Profile

SAMPLES = Path(__file__).resolve().parent.parent
OUT = Path(__file__).resolve().parent


def printed(source: pdfium.PdfDocument, index: int, profile: Profile) -> Page:
    """Page `index` as the copy in the file holds it: clean, or a copy of a copy."""
    dpi = profile.scan.dpi
    sheet = first.render(source[index], dpi)
    if profile.copy_of_copy:
        rng = np.random.default_rng(zlib.crc32(f"{profile.stem}:{index}".encode()))
        sheet = defects.generation_loss(sheet, dpi, rng)
    return sheet


def neighbour(index: int, count: int) -> int | None:
    """The sheet that sticks to page `index`: the next one, or the one before the last."""
    if count < 2:
        return None
    return index + 1 if index + 1 < count else index - 1


def handle(
    sheet: Page,
    source: pdfium.PdfDocument,
    index: int,
    profile: Profile,
    rng: np.random.Generator,
) -> Page:
    """What happens to one sheet between the copier and the glass, in physical order.

    Duplex print shows through, readers mark it, it is folded, torn and taped, a
    neighbour sticks to it, and damp makes it wavy.
    """
    dpi = profile.scan.dpi
    back = back_of(index, len(source))
    if profile.show_through and back is not None:
        sheet = show_through(sheet, printed(source, back, profile), dpi, profile.show_through)
    if profile.highlight is not None and profile.highlight[0] == index:
        sheet = marks.highlight(sheet, dpi, rng, profile.highlight[1])
    if profile.pen == index:
        sheet = marks.pen(sheet, dpi, rng)
    if profile.crease is not None:
        sheet = crease(sheet, dpi, profile.crease, rng)
    if profile.torn is not None and profile.torn.page == index:
        size = float(rng.uniform(14, 22))
        sheet = defects.torn_corner(sheet, dpi, profile.torn.corner, size, first.LID, rng)
    if profile.taped is not None and profile.taped.page == index:
        sheet = defects.tape(sheet, dpi, profile.taped.corner, rng)
    stuck = neighbour(index, len(source))
    if profile.stuck is not None and profile.stuck.page == index and stuck is not None:
        other = printed(source, stuck, profile)
        width = float(rng.uniform(6, 10))
        sheet = defects.stuck_sheet(sheet, other, dpi, profile.stuck.side, width)
    if profile.wave_mm:
        sheet = defects.wave(sheet, dpi, profile.wave_mm, rng)
    return sheet


def scan_document(profile: Profile, out: Path) -> Path:
    """Scan one holdout PDF into out/pdf/<stem>.pdf and copy its truth to out/truth/<stem>/.

    The open lid is applied after the first set's `scan_page`: it is light at the glass,
    and laid earlier its dark edge would be taken for print where that step looks for
    the content (signature block, punch-hole margin).
    """
    scan = profile.scan
    truth = SAMPLES / scan.source / "truth" / scan.stem
    source = pdfium.PdfDocument(SAMPLES / scan.source / "pdf" / f"{scan.stem}.pdf")
    rng = np.random.default_rng(zlib.crc32(scan.stem.encode()))
    pages = []
    for index in range(len(source)):
        sheet = handle(printed(source, index, profile), source, index, profile, rng)
        last = index == len(source) - 1
        image = first.scan_page(sheet, scan, last, truth, rng)
        if profile.lid is not None:
            image = defects.lid_open(image, scan.dpi, *profile.lid)
        jpeg, pixels = first.encode(image, scan)
        pages.append(ScannedPage(jpeg, pixels, not scan.colour, source[index].get_size()))
    return save(pages, scan.stem, truth, out)


def main() -> None:
    """Rebuild the whole set from the holdout PDFs."""
    rebuild(OUT, PROFILES, lambda profile: scan_document(profile, OUT))


if __name__ == "__main__":
    main()
