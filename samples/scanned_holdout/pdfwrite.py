"""Write JPEG page images into a PDF with no text layer.

Written by hand instead of through pdfium because pdfium stamps the current time into
every saved file, and the set must be byte-reproducible. Each page's MediaBox is the
original page size, so the image's pixel size over the page size is the scan resolution.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class ScannedPage:
    """One page: JPEG bytes, their pixel size and colour, and the PDF page size in points."""

    jpeg: bytes
    pixels: tuple[int, int]
    gray: bool
    points: tuple[float, float]


def _num(value: float) -> str:
    """Shortest exact-enough PDF number (points to 1/1000, as PDF producers print them)."""
    return f"{value:.3f}".rstrip("0").rstrip(".")


def write_pdf(pages: list[ScannedPage], path: Path) -> None:
    """Write `pages` as an image-only PDF 1.4 at `path`."""
    objects: list[bytes] = []
    kids = [3 + 3 * i for i in range(len(pages))]
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kid_refs = " ".join(f"{k} 0 R" for k in kids)
    objects.append(f"<< /Type /Pages /Kids [{kid_refs}] /Count {len(pages)} >>".encode())
    for page, page_id in zip(pages, kids, strict=True):
        width, height = (_num(v) for v in page.points)
        content = f"q {width} 0 0 {height} 0 0 cm /Im0 Do Q".encode()
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {width} {height}] "
            f"/Resources << /XObject << /Im0 {page_id + 1} 0 R >> >> "
            f"/Contents {page_id + 2} 0 R >>".encode()
        )
        space = "/DeviceGray" if page.gray else "/DeviceRGB"
        objects.append(
            f"<< /Type /XObject /Subtype /Image /Width {page.pixels[0]} "
            f"/Height {page.pixels[1]} /ColorSpace {space} /BitsPerComponent 8 "
            f"/Filter /DCTDecode /Length {len(page.jpeg)} >>\nstream\n".encode()
            + page.jpeg
            + b"\nendstream"
        )
        objects.append(
            f"<< /Length {len(content)} >>\nstream\n".encode() + content + b"\nendstream"
        )
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    path.write_bytes(bytes(out))
