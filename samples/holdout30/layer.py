"""Way (b): the scanned picture plus an invisible text layer (render mode 3) of the TRUE
words at their printed places, drawn with reportlab: what a good scanner's OCR delivers.

The words and their boxes come from the clean print the scan was taken of (the "twin"),
so the layer holds the printed text exactly; each word is written in the OCR layer's own
font, stretched (``Tz``) over the printed word's width, with a space after it unless it
ends its line, so copying a line gives the line. The layer is turned with the sheet (same
angle, about the page centre), as OCR engines that do not deskew write their baselines.
"""

from __future__ import annotations

import io
from pathlib import Path

import pdfplumber
from pdfplumber.page import Page
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from samples.holdout30.scanner import Sheet

OCR_FONT = "Helvetica"
"""Scanner software writes its layer in a font of its own, not the printed one."""
SAME_LINE = 1.0
"""Points two word tops may differ by on one printed line."""


def _words(canvas: Canvas, page: Page) -> None:
    """The invisible words of one clean page, on its baselines."""
    words = page.extract_words(return_chars=True)
    for word, after in zip(words, [*words[1:], None], strict=True):
        size = word["chars"][0]["size"]
        baseline = word["chars"][0]["matrix"][5]
        ends_line = after is None or abs(after["top"] - word["top"]) > SAME_LINE \
            or after["x0"] < word["x1"]
        text = canvas.beginText(word["x0"], baseline)
        text.setTextRenderMode(3)
        text.setFont(OCR_FONT, size)
        natural = canvas.stringWidth(word["text"], OCR_FONT, size)
        text.setHorizScale(100 * (word["x1"] - word["x0"]) / natural)
        text.textOut(word["text"] if ends_line else f"{word['text']} ")
        canvas.drawText(text)


def searchable(twin: Path, sheets: list[Sheet], out: Path) -> None:
    """Write ``out``: each sheet's JPEG as the whole page, the twin's words over it."""
    canvas = Canvas(str(out), invariant=1, pageCompression=1)
    with pdfplumber.open(twin) as clean:
        for page, sheet in zip(clean.pages, sheets, strict=True):
            width, height = float(page.width), float(page.height)
            canvas.setPageSize((width, height))
            canvas.drawImage(ImageReader(io.BytesIO(sheet.image)), 0, 0, width, height)
            canvas.saveState()
            canvas.translate(width / 2, height / 2)
            canvas.rotate(sheet.skew_deg)
            canvas.translate(-width / 2, -height / 2)
            _words(canvas, page)
            canvas.restoreState()
            canvas.showPage()
    canvas.save()
