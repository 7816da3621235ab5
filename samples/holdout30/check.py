"""Self-check of the built set: ``python -m samples.holdout30.check``.

A searchable scan shows its content only as pixels, so the check proves what it can
without OCR (and without the extractor, to which this set must stay blind):

- every document: ``pages`` in ``documents.csv`` equals the PDF's page count; every page is
  ONE image covering the whole page, no vector path at all (rules exist only in the
  picture), and a text layer all of whose text objects are invisible (render mode 3); the
  file stays under 1.5 MB;
- way (b) (true words, ``renja``): holdout10's word rules (``_cell_problems``) on the text
  layer as well — every truth word, amount (``1.153.712.000``), title / agency / region
  word is in it, the layer read in written order (see ``_layer_words``).

Way (a) documents carry whatever Tesseract read, so their words are not compared.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from samples.holdout5.check import report
from samples.holdout10.check import _cell_problems
from samples.holdout15.check import truth_rows
from samples.holdout30.build import DOCUMENTS
from samples.truth import page_count

HERE = Path(__file__).parent
MAX_BYTES = 1_500_000
EDGE_PT = 1.0
"""How far the page image may stop short of a page edge."""
BY_STEM = {module.STEM: module for module in DOCUMENTS.values()}


def _page_problems(page: pdfium.PdfPage, number: int) -> list[str]:
    """What keeps one page from being a picture under an invisible text layer."""
    objects = list(page.get_objects())
    images = [o for o in objects if o.type == pdfium_c.FPDF_PAGEOBJ_IMAGE]
    texts = [o for o in objects if o.type == pdfium_c.FPDF_PAGEOBJ_TEXT]
    out = []
    if len(images) != 1:
        return [f"page {number}: {len(images)} images"]
    width, height = page.get_size()
    left, bottom, right, top = images[0].get_bounds()
    if max(left, bottom, width - right, height - top) > EDGE_PT:
        out.append(f"page {number}: image does not cover the page")
    if any(o.type == pdfium_c.FPDF_PAGEOBJ_PATH for o in objects):
        out.append(f"page {number}: vector paths")
    if not texts:
        out.append(f"page {number}: no text layer")
    if any(pdfium_c.FPDFTextObj_GetTextRenderMode(o.raw) != pdfium_c.FPDF_TEXTRENDERMODE_INVISIBLE
           for o in texts):
        out.append(f"page {number}: visible text")
    return out


def _scan_problems(stem: str) -> list[str]:
    """Page count, size and the image-plus-invisible-text make-up of every page."""
    pdf_path = HERE / "pdf" / f"{stem}.pdf"
    pages = int(truth_rows(HERE, stem, "documents")[0]["pages"])
    out = [] if pages == page_count(pdf_path) else [f"pages {pages} != {page_count(pdf_path)}"]
    if pdf_path.stat().st_size >= MAX_BYTES:
        out.append(f"{pdf_path.stat().st_size} bytes")
    pdf = pdfium.PdfDocument(pdf_path)
    try:
        for number, page in enumerate(pdf, start=1):
            out += _page_problems(page, number)
    finally:
        pdf.close()
    return out


def _layer_words(pdf_path: Path) -> set[str]:
    """The text layer's words in the order they were written. Each line of a turned sheet
    drifts across its neighbours' heights, so grouping characters by height (pdfplumber's
    default) interleaves lines; written order keeps every word whole."""
    with pdfplumber.open(pdf_path) as pdf:
        return {w["text"] for page in pdf.pages
                for w in page.extract_words(use_text_flow=True)}


def missing(stem: str) -> list[str]:
    """What the truth of ``stem`` claims that its PDF does not show (empty when it matches)."""
    out = _scan_problems(stem)
    if BY_STEM[stem].SCANNER.ocr == "true-words":
        words = _layer_words(HERE / "pdf" / f"{stem}.pdf")
        for table in sorted((HERE / "truth" / stem).glob("*.csv")):
            for row in truth_rows(HERE, stem, table.stem):
                out += _cell_problems(table.name, row, words)
    return out


def main() -> int:
    return report(HERE / "truth", missing)


if __name__ == "__main__":
    sys.exit(main())
