"""Make scanned twins of the digital sample PDFs (``python -m samples.scan``).

Real planning documents are mostly scans of signed printouts, so the OCR path is measured
on image-only copies of ``samples/pdf/*.pdf`` whose ground truth is their digital twin's
(``samples/truth/<sample>/``). Each page is rasterised at 300 and 200 dpi and degraded the
way a copier degrades it: uneven toner, a slight skew, blur, noise and specks, JPEG
artefacts; the last page with a table gets a stamp and a signature over its last rows, and
one page per document is fed sideways (rotated 90°). Every random draw comes from a seed
derived from the file name and dpi, so the outputs are byte-for-byte reproducible.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import re
import zlib
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
import pdfplumber
import pypdfium2 as pdfium
from PIL import Image

ROOT = Path(__file__).resolve().parent
DPIS = (300, 200)
BBox = tuple[float, float, float, float]


@dataclass(frozen=True)
class Degradation:
    """How hard one scan is hit; scaled with dpi where the effect is physical size."""

    max_skew_deg: float = 2.0
    blur_sigma_mm: float = 0.07
    noise_sigma: float = 7.0
    speck_density: float = 0.0003
    toner_floor: float = 0.6
    jpeg_quality: int = 60


def _render(pdf: pdfium.PdfDocument, index: int, dpi: int) -> np.ndarray:
    """An RGB raster of one page at ``dpi``."""
    bitmap = pdf[index].render(scale=dpi / 72)
    return np.array(bitmap.to_pil().convert("RGB"))


def _smooth_field(rng: np.random.Generator, shape: tuple[int, int], low: float) -> np.ndarray:
    """A slowly varying field in [low, 1]: toner that runs thin in patches."""
    h, w = shape
    coarse = rng.random((4, 6)).astype(np.float32)
    field = cv2.resize(coarse, (w, h), interpolation=cv2.INTER_CUBIC)
    field = (field - field.min()) / max(float(np.ptp(field)), 1e-6)
    return low + (1 - low) * np.clip(field, 0, 1)


def _uneven_toner(img: np.ndarray, rng: np.random.Generator, floor: float) -> np.ndarray:
    """Fade the ink by a smooth field and tint the paper by another."""
    ink = _smooth_field(rng, img.shape[:2], floor)[..., None]
    paper = _smooth_field(rng, img.shape[:2], 0.9)[..., None]
    out = 255 - (255 - img.astype(np.float32)) * ink
    return np.clip(out * paper, 0, 255).astype(np.uint8)


def _stamp_and_signature(
    img: np.ndarray, rng: np.random.Generator, box_px: BBox, dpi: int
) -> np.ndarray:
    """A round agency stamp and a pen signature over the bottom of ``box_px``."""
    x0, _top, x1, bottom = box_px
    stamp = np.full_like(img, 255)
    radius = int(0.45 * dpi)
    cx = int(x0 + (x1 - x0) * rng.uniform(0.55, 0.75))
    cy = int(bottom - radius * rng.uniform(0.2, 0.6))
    violet = (110, 70, 190)
    cv2.circle(stamp, (cx, cy), radius, violet, max(2, dpi // 60), cv2.LINE_AA)
    cv2.circle(stamp, (cx, cy), int(radius * 0.72), violet, max(1, dpi // 100), cv2.LINE_AA)
    scale = dpi / 150
    for k, word in enumerate(("DINAS SOSIAL", "P3A", "KOTA")):
        size, _ = cv2.getTextSize(word, cv2.FONT_HERSHEY_SIMPLEX, 0.5 * scale, 2)
        origin = (cx - size[0] // 2, cy - int(radius * 0.3) + k * int(radius * 0.35))
        cv2.putText(stamp, word, origin, cv2.FONT_HERSHEY_SIMPLEX, 0.5 * scale, violet, 2)
    # Ink is translucent: it multiplies, so print under the stamp stays black.
    img = (img.astype(np.uint16) * stamp // 255).astype(np.uint8)
    t = np.linspace(0, 1, 200)
    sx = int(cx - radius * 1.6)
    xs = sx + t * radius * 2.2
    ys = cy + np.sin(t * rng.uniform(9, 14)) * radius * 0.25 + (t - 0.5) * radius * 0.5
    points = np.stack([xs, ys], axis=1).astype(np.int32)
    pen = np.full_like(img, 255)
    cv2.polylines(pen, [points], False, (40, 50, 150), max(2, dpi // 80), cv2.LINE_AA)
    return (img.astype(np.uint16) * pen // 255).astype(np.uint8)


def _skew(img: np.ndarray, angle: float) -> np.ndarray:
    """Rotate by a small angle about the centre, filling with paper white."""
    h, w = img.shape[:2]
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    return cv2.warpAffine(img, matrix, (w, h), flags=cv2.INTER_LINEAR, borderValue=(250, 250, 250))


def _noise(img: np.ndarray, rng: np.random.Generator, d: Degradation, dpi: int) -> np.ndarray:
    """Optical blur, sensor noise and dust specks."""
    sigma = d.blur_sigma_mm * dpi / 25.4
    img = cv2.GaussianBlur(img, (0, 0), sigma)
    noisy = img.astype(np.float32) + rng.normal(0, d.noise_sigma, img.shape[:2])[..., None]
    specks = rng.random(img.shape[:2]) < d.speck_density
    noisy[specks] = rng.uniform(0, 120)
    return np.clip(noisy, 0, 255).astype(np.uint8)


def degrade_page(
    img: np.ndarray,
    rng: np.random.Generator,
    dpi: int,
    *,
    stamp_box_px: BBox | None = None,
    sideways: bool = False,
    degradation: Degradation = Degradation(),
) -> np.ndarray:
    """Turn a clean RGB page raster into what a copier-scanner returns."""
    img = _uneven_toner(img, rng, degradation.toner_floor)
    if stamp_box_px is not None:
        img = _stamp_and_signature(img, rng, stamp_box_px, dpi)
    img = _skew(img, rng.uniform(-degradation.max_skew_deg, degradation.max_skew_deg))
    img = _noise(img, rng, degradation, dpi)
    return np.ascontiguousarray(np.rot90(img)) if sideways else img


def _jpeg(img: np.ndarray, quality: int) -> bytes:
    buffer = io.BytesIO()
    Image.fromarray(img).save(buffer, format="JPEG", quality=quality)
    return buffer.getvalue()


def write_image_pdf(pages: list[np.ndarray], dpi: int, out: Path, quality: int) -> None:
    """An image-only PDF: one JPEG per page, page size = image size at ``dpi``."""
    pdf = pdfium.PdfDocument.new()
    for img in pages:
        h, w = img.shape[:2]
        width_pt, height_pt = w * 72 / dpi, h * 72 / dpi
        page = pdf.new_page(width_pt, height_pt)
        image = pdfium.PdfImage.new(pdf)
        image.load_jpeg(io.BytesIO(_jpeg(img, quality)), inline=False)
        image.set_matrix(pdfium.PdfMatrix().scale(width_pt, height_pt))
        page.insert_obj(image)
        page.gen_content()
    buffer = io.BytesIO()
    pdf.save(buffer)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(_reproducible(buffer.getvalue()))


def _reproducible(data: bytes) -> bytes:
    """Pin PDFium's creation date and random file /ID (same lengths, so offsets hold)."""
    data = re.sub(rb"/CreationDate\(D:\d{14}", b"/CreationDate(D:20250101000000", data)
    file_id = re.compile(rb"/ID\[<[0-9A-F]{32}><[0-9A-F]{32}>\]")
    digest = hashlib.md5(file_id.sub(b"", data), usedforsecurity=False).hexdigest().upper()
    return file_id.sub(f"/ID[<{digest}><{digest}>]".encode(), data)


def _last_table_box(pdf_path: Path) -> tuple[int, BBox] | None:
    """Page index and bbox (points) of the last table in the document: where it is signed."""
    with pdfplumber.open(pdf_path) as doc:
        for index in range(len(doc.pages) - 1, -1, -1):
            tables = doc.pages[index].find_tables()
            if tables:
                return index, tables[-1].bbox
    return None


def scan_pdf(pdf_path: Path, dpi: int, out: Path, degradation: Degradation = Degradation()) -> None:
    """Write the scanned twin of ``pdf_path`` at ``dpi`` to ``out``."""
    rng = np.random.default_rng(zlib.crc32(f"{pdf_path.name}:{dpi}".encode()))
    signed = _last_table_box(pdf_path)
    pdf = pdfium.PdfDocument(pdf_path)
    sideways_page = int(rng.integers(len(pdf)))
    pages = []
    for index in range(len(pdf)):
        box = None
        if signed is not None and signed[0] == index:
            box = tuple(v * dpi / 72 for v in signed[1])
        img = _render(pdf, index, dpi)
        pages.append(
            degrade_page(
                img,
                rng,
                dpi,
                stamp_box_px=box,
                sideways=index == sideways_page and len(pdf) > 1,
                degradation=degradation,
            )
        )
    pdf.close()
    write_image_pdf(pages, dpi, out, degradation.jpeg_quality)


def main(argv: list[str] | None = None) -> None:
    """Scan every PDF in ``samples/pdf`` into ``samples/scanned/<dpi>/``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--src", type=Path, default=ROOT / "pdf")
    parser.add_argument("--out", type=Path, default=ROOT / "scanned")
    parser.add_argument("--dpi", type=int, nargs="*", default=list(DPIS))
    args = parser.parse_args(argv)
    sources = sorted(args.src.glob("*.pdf"))
    for dpi in args.dpi:
        for pdf_path in sources:
            target = args.out / str(dpi) / pdf_path.name
            scan_pdf(pdf_path, dpi, target)
            print(f"{target}")


if __name__ == "__main__":
    main()
