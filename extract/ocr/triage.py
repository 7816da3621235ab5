"""Per-page triage: does this page's text layer carry the page, or must it be OCR'd?

Two cases need OCR (after OCRmyPDF's ``is_ocr_required`` and its corrupt-layer checks):

* **no usable text layer**: images cover most of the page and the text over them is too
  sparse to be the page's content. A scanned page often still has a few real characters
  (an e-signature footer, a page number stamped by the viewer), so "any text" is not
  the test; characters per square inch over the images is.
* **a garbage text layer**: a scanner's own bad OCR, or fonts without a Unicode map.
  Its words are not words: glyph ids ``(cid:12)``, replacement characters, letters of
  other scripts, lower-case letter runs without vowels (words have them; acronyms such as
  PMKS are upper case and exempt).

* **a searchable scan**: a page that is one picture with a text layer laid over it (a
  scanner's or OCRmyPDF's output) and no drawn rule at all. Its table rules exist only
  in the picture, and its words are another engine's whole-page reading; read from the
  picture, grid and cells are recovered (on holdout30: field accuracy 0.55 through the
  text layer, 0.98 through the OCR path).

Runs on every page, so it only looks at pdfplumber's already-parsed chars and images.
"""

from __future__ import annotations

import re

MIN_IMAGE_COVER = 0.5
"""Images must cover at least this share of the page for it to be a scan."""
MIN_CHARS_PER_SQ_INCH = 3.0
"""Fewer characters than this over the images: the text layer does not carry the page
(a dense table page has 50+; an e-signature footer on a scan has ~1)."""
MIN_SCAN_COVER = 0.9
"""A searchable scan's picture covers the whole page (a letterhead image does not)."""
MIN_WORDS_FOR_GARBAGE = 20
MAX_ODD_WORD_SHARE = 0.3
"""More odd words than this share means the text layer is garbage."""

_NORMAL_CHAR = re.compile(r"[0-9A-Za-z\u00C0-\u024F.,:;%()/\\\-–—'\"&+=<>\[\]?!*#@_~°²³|·•…‘’“”]")
_LOWER_RUN = re.compile(r"[a-z]{4,}")
_VOWEL = re.compile(r"[aeiouy]")


def _area(box: tuple[float, float, float, float]) -> float:
    x0, top, x1, bottom = box
    return max(0.0, x1 - x0) * max(0.0, bottom - top)


def _image_cover(page) -> tuple[float, tuple[float, float, float, float] | None]:
    """Share of the page the largest image covers, and that image's box."""
    page_area = _area(page.bbox) or 1.0
    best = None
    for image in page.images:
        box = (
            max(image["x0"], page.bbox[0]),
            max(image["top"], page.bbox[1]),
            min(image["x1"], page.bbox[2]),
            min(image["bottom"], page.bbox[3]),
        )
        if best is None or _area(box) > _area(best):
            best = box
    return (_area(best) / page_area if best else 0.0), best


def is_odd_word(word: str) -> bool:
    """A token no Indonesian planning text prints: glyph ids, foreign scripts, no vowels."""
    if "(cid:" in word or "\ufffd" in word:
        return True
    if any(not _NORMAL_CHAR.match(ch) for ch in word):
        return True
    return any(not _VOWEL.search(run) for run in _LOWER_RUN.findall(word))


def garbage_text(words: list[str]) -> bool:
    """Whether a page's words look like a failed OCR layer rather than text."""
    if len(words) < MIN_WORDS_FOR_GARBAGE:
        return False
    odd = sum(is_odd_word(w) for w in words)
    return odd / len(words) > MAX_ODD_WORD_SHARE


def searchable_scan(page, cover: float) -> bool:
    """A page-sized picture with text over it and not one drawn line, box or curve."""
    return (cover >= MIN_SCAN_COVER and bool(page.chars)
            and not (page.lines or page.rects or page.curves))


def needs_ocr(page) -> bool:
    """True when a pdfplumber page must take the OCR path."""
    cover, box = _image_cover(page)
    if searchable_scan(page, cover):
        return True
    if box is not None and cover >= MIN_IMAGE_COVER:
        x0, top, x1, bottom = box
        over = sum(
            1
            for ch in page.chars
            if x0 <= ch["x0"] <= x1 and top <= ch["top"] <= bottom and not ch["text"].isspace()
        )
        if over / (_area(box) / 72**2) < MIN_CHARS_PER_SQ_INCH:
            return True
    if not page.chars:
        return False
    words = [w["text"] for w in page.extract_words()]
    return garbage_text(words)
