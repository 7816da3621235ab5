"""Opening a PDF and reading every page through the digital or the OCR path.

Pages are triaged one by one (as OCRmyPDF does): a page with a usable text layer is read
digitally, a page without one — or with a scanner's garbage text layer — goes to OCR. A
document may mix both; ``ocr_pages`` counts the latter.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pdfplumber
from pdfminer.pdfdocument import PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError
from pdfminer.psexceptions import PSEOF
from pdfplumber.page import Page
from pdfplumber.utils.exceptions import PdfminerException
from PIL import Image

from rencana.errors import DocumentError, RencanaError, describe
from rencana.extract.digital import extract_page_tables
from rencana.records import PageTables, RawTable

if TYPE_CHECKING:
    from rencana.pipeline import Options

_SIGNATURES = {
    b"PK\x03\x04": "a ZIP or Office (docx/xlsx) file",
    b"\xd0\xcf\x11\xe0": "an old Office (doc/xls) file",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"II*\x00": "a TIFF image",
    b"MM\x00*": "a TIFF image",
    b"{\\rtf": "an RTF document",
}


MAX_OCR_PAGE_PIXELS = 130_000_000
"""An A1 sheet at the highest OCR resolution (400 dpi): ~390 MB as RGB."""


@dataclass
class Pages:
    """What the pages of one document gave."""

    count: int = 0
    ocr_pages: int = 0
    page_lines: list[list[str]] = field(default_factory=list)
    """Text lines of each page read, in page order."""
    tables: list[RawTable] = field(default_factory=list)
    disputed_words: set[str] = field(default_factory=set)
    """OCR words two readers read differently (:attr:`PageTables.disputed_words`)."""
    failed: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def check_pdf_file(path: Path) -> None:
    """Reject what is plainly not a PDF before a parser sees it, with a clear reason."""
    if not path.exists():
        raise DocumentError("file not found")
    if path.stat().st_size == 0:
        raise DocumentError("empty file (0 bytes)")
    with path.open("rb") as handle:
        head = handle.read(1024)
    if b"%PDF-" in head:
        return
    for magic, kind in _SIGNATURES.items():
        if head.startswith(magic):
            raise DocumentError(f"not a PDF: it is {kind}")
    if head.strip() and all(b in b"\t\n\r" or 32 <= b < 127 for b in head[:256]):
        raise DocumentError("not a PDF: it is a text file")
    raise DocumentError("not a PDF (no %PDF header)")


def _open(path: Path, password: str | None):
    try:
        return pdfplumber.open(path, password=password or "")
    except PdfminerException as exc:
        cause = exc.args[0] if exc.args else exc
        if isinstance(cause, PDFPasswordIncorrect):
            hint = "wrong password" if password else "use --password"
            raise DocumentError(f"encrypted PDF: needs a user password ({hint})") from exc
        if isinstance(cause, PDFSyntaxError | PSEOF):
            raise DocumentError(f"corrupt or truncated PDF ({cause})") from exc
        raise DocumentError(f"unreadable PDF ({describe(cause)})") from exc


def _ocr_page(path: Path, number: int, options: Options,
              open_layout: tuple[float, ...] | None) -> PageTables:
    from rencana.extract.ocr.engines import get_engine
    from rencana.extract.ocr.tables import ocr_page

    return ocr_page(path, number, get_engine(options.ocr_engine), open_layout=open_layout)


def check_ocr_size(page: Page) -> None:
    """Refuse, before rendering, a page whose pixels would not fit in memory.

    Rendering allocates width × height pixels at up to ``MAX_DPI``, and the renderer
    decodes every embedded image at its declared size first; a few bytes of PDF can
    declare either to be gigapixels (a decompression bomb). Images are held to PIL's own
    bomb threshold ``Image.MAX_IMAGE_PIXELS`` (~89 Mpx: a 600 dpi A3 scan is 70 Mpx).
    """
    from rencana.extract.ocr.render import MAX_DPI

    page_pixels = page.width * page.height * (MAX_DPI / 72) ** 2
    if page_pixels > MAX_OCR_PAGE_PIXELS:
        mm = 25.4 / 72
        raise DocumentError(f"page of {page.width * mm:.0f} × {page.height * mm:.0f} mm is too "
                            "large to render for OCR (limit: A1)")
    for image in page.images:
        width, height = image["srcsize"]
        if width * height > (Image.MAX_IMAGE_PIXELS or float("inf")):
            raise DocumentError(f"embedded image of {width:.0f} × {height:.0f} pixels is too "
                                "large to render (decompression bomb?)")


def upright(page: Page) -> Page:
    """The page with its ``/Rotate`` undone when that is what makes its text upright.

    A page saved turned in a viewer displays its table sideways or upside down, and
    pdfplumber (which applies ``/Rotate``) then finds the ruled cells but reads every word
    as a stack of letters. A landscape page stored portrait with ``/Rotate 90`` — the
    usual way to put a wide table in a portrait report — already reads upright and is
    left alone.
    """
    chars = page.chars if page.rotation else ()
    if not chars or 2 * sum(_reads_upright(c["matrix"]) for c in chars) >= len(chars):
        return page
    page_obj = page.page_obj
    page_obj.attrs = {**page_obj.attrs, "Rotate": 0}
    page_obj.rotate = 0
    page.close()
    return Page(page.pdf, page_obj, page.page_number, page.initial_doctop)


def _reads_upright(matrix: tuple[float, ...]) -> bool:
    a, b, c, _ = matrix[:4]
    return a > 0 and abs(b) < 1e-6 and abs(c) < 1e-6


def _needs_ocr(page, options: Options) -> bool:
    if not options.ocr:
        return False
    from rencana.extract.ocr.triage import needs_ocr

    return needs_ocr(page)


def read_pages(path: Path, options: Options) -> Pages:
    """Every page's tables and text lines, through the right path for each page."""
    check_pdf_file(path)
    pages = Pages()
    with _open(path, options.password) as pdf:
        try:
            pages.count = len(pdf.pages)
        except Exception as exc:
            raise DocumentError(f"corrupt or truncated PDF ({describe(exc)})") from exc
        if pages.count == 0:
            raise DocumentError("PDF has no pages")
        open_layout = None
        for number, page in enumerate(pdf.pages, start=1):
            try:
                page = upright(page)
                if _needs_ocr(page, options):
                    check_ocr_size(page)
                    found = _ocr_page(path, number, options, open_layout)
                    pages.ocr_pages += 1
                else:
                    found = extract_page_tables(page, number, open_layout)
                pages.tables.extend(found.tables)
                pages.disputed_words |= found.disputed_words
                pages.page_lines.append(found.lines)
                open_layout = found.open_layout
            except RencanaError as exc:  # a known cause, already worded for the reader
                pages.failed.append(f"page {number}: {exc}")
            except Exception as exc:  # one bad page must not cost the document
                pages.failed.append(f"page {number}: {describe(exc)}")
            finally:
                page.close()
            if options.page_done:
                options.page_done(number)
    if pages.failed and len(pages.failed) == pages.count:
        raise DocumentError("no page could be read: " + pages.failed[0])
    if pages.ocr_pages:
        from rencana.extract.ocr.vocabulary import harmonise

        pages.tables = harmonise(pages.tables, pages.disputed_words)
    return pages
