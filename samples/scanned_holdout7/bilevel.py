"""Encode 1-bit pages as CCITT Group 4 and write PDFs that mix them with JPEG pages.

A copier's black-and-white "scan to PDF" stores each page as a G4 fax image, not a JPEG:
at 300 dpi a two-level JPEG would cost several times the bytes and smear the dots the
dither makes. The first set's `pdfwrite.write_pdf` writes only DCTDecode pages, so this
writer takes each image's dictionary entries from the page; it stays byte-reproducible
(no timestamps; libtiff's G4 coder is deterministic).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image

from samples.scanned_holdout.pdfwrite import ScannedPage

STRIP = 273  # TIFF tags: where the single strip starts and how long it is
STRIP_BYTES = 279
ROWS_PER_STRIP = 278


@dataclass(frozen=True)
class ImagePage:
    """One page: the image XObject's filter entries and data, and the PDF page size."""

    entries: str  # everything of the image dictionary but /Type, /Subtype and /Length
    data: bytes
    points: tuple[float, float]


def jpeg_page(page: ScannedPage) -> ImagePage:
    """A JPEG page as the first set's writer stores it."""
    space = "/DeviceGray" if page.gray else "/DeviceRGB"
    return ImagePage(
        f"/Width {page.pixels[0]} /Height {page.pixels[1]} /ColorSpace {space} "
        "/BitsPerComponent 8 /Filter /DCTDecode",
        page.jpeg,
        page.points,
    )


def g4_page(white: np.ndarray, points: tuple[float, float]) -> ImagePage:
    """A 1-bit page (True = white) as one CCITT Group 4 strip, as a copier stores it."""
    height, width = white.shape
    buffer = io.BytesIO()
    Image.fromarray(white).save(buffer, "TIFF", compression="group4",
                                tiffinfo={ROWS_PER_STRIP: height})
    tiff = Image.open(io.BytesIO(buffer.getvalue()))
    (start,), (length,) = tiff.tag_v2[STRIP], tiff.tag_v2[STRIP_BYTES]
    return ImagePage(
        f"/Width {width} /Height {height} /ColorSpace /DeviceGray /BitsPerComponent 1 "
        f"/Filter /CCITTFaxDecode /DecodeParms << /K -1 /Columns {width} /Rows {height} "
        "/BlackIs1 true >>",
        buffer.getvalue()[start:start + length],
        points,
    )


def _number(value: float) -> str:
    """Points to 1/1000, as PDF producers print them."""
    return f"{value:.3f}".rstrip("0").rstrip(".")


def write_pdf(pages: list[ImagePage], path: Path) -> None:
    """Write `pages` as an image-only PDF 1.4 at `path`: catalog, page tree, then per page
    the page, its image and its content stream."""
    first_page = 3
    bodies = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        ("<< /Type /Pages /Kids ["
         + " ".join(f"{first_page + 3 * i} 0 R" for i in range(len(pages)))
         + f"] /Count {len(pages)} >>").encode(),
    ]
    for number, page in enumerate(pages):
        ref = first_page + 3 * number
        width, height = map(_number, page.points)
        draw = f"q {width} 0 0 {height} 0 0 cm /Im0 Do Q".encode()
        bodies.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {width} {height}] /Resources "
            f"<< /XObject << /Im0 {ref + 1} 0 R >> >> /Contents {ref + 2} 0 R >>".encode())
        for head, data in ((f"/Type /XObject /Subtype /Image {page.entries}", page.data),
                           ("", draw)):
            bodies.append(f"<< {head} /Length {len(data)} >>\nstream\n".encode()
                          + data + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(bodies, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    table = b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += (b"xref\n0 %d\n0000000000 65535 f \n%strailer\n<< /Size %d /Root 1 0 R >>\n"
            b"startxref\n%d\n%%%%EOF\n" % (len(bodies) + 1, table, len(bodies) + 1, len(out)))
    path.write_bytes(bytes(out))
