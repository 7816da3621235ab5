"""reportlab canvases that write the same drawing the way other PDF producers do.

``holdout6.draw`` lays a document out once and calls only a handful of canvas methods
(``drawString`` / ``drawCentredString`` / ``drawRightString`` for text, ``rect`` for
cells). Each canvas here keeps the layout and changes how those calls become PDF
content, so the page looks the same while its internals are those of another producer:

- ``GlyphCanvas``: one text object per character, spaces not written at all, the title
  block letter-spaced (typesetting engines and some report servers do this);
- ``RectRuleCanvas``: every rule a thin filled rectangle and every cell a filled
  background rectangle under its text, no stroked path (spreadsheet exporters do this);
- ``ScanCanvas``: chosen pages carry only a scanned page image, optionally with an
  invisible (render mode 3) word-by-word text layer, as scanner OCR software writes it.
"""

from __future__ import annotations

import io

from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

OCR_FONT = "Helvetica"
"""Scanner software writes its text layer in a font of its own, not the printed one."""


class GlyphCanvas(Canvas):
    """Writes every character as its own positioned text object; strings set larger than
    ``body_size`` (the title block) get ``heading_space`` points between characters."""

    def __init__(self, *args: object, body_size: float, heading_space: float,
                 **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.body_size, self.heading_space = body_size, heading_space

    def _spacing(self) -> float:
        return self.heading_space if self._fontsize > self.body_size + 0.5 else 0.0

    def _width(self, text: str) -> float:
        return self.stringWidth(text, self._fontname, self._fontsize) + \
            self._spacing() * (len(text) - 1)

    def _glyphs(self, x: float, y: float, text: str) -> None:
        """Each non-space character at its own x: where it would stand in the whole line."""
        space = self._spacing()
        for n, char in enumerate(text):
            if not char.isspace():
                left = self.stringWidth(text[:n], self._fontname, self._fontsize) + space * n
                super().drawString(x + left, y, char)

    def drawString(self, x: float, y: float, text: str, *args: object,
                   **kwargs: object) -> None:
        self._glyphs(x, y, text)

    def drawCentredString(self, x: float, y: float, text: str, *args: object,
                          **kwargs: object) -> None:
        self._glyphs(x - self._width(text) / 2, y, text)

    def drawRightString(self, x: float, y: float, text: str, *args: object,
                        **kwargs: object) -> None:
        self._glyphs(x - self._width(text), y, text)


class RectRuleCanvas(Canvas):
    """Cells become a filled background rectangle (header cells keep the fill colour the
    renderer chose, body cells get ``tint``) and their edges ``rule``-thick filled
    rectangles, written once per edge after the page's text, as exporters flush borders."""

    def __init__(self, *args: object, rule: float, tint: tuple[float, float, float],
                 **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.rule, self.tint = rule, tint
        self._edges: dict[tuple[float, float, float, float], None] = {}

    def rect(self, x: float, y: float, width: float, height: float,
             stroke: int = 1, fill: int = 0, **kwargs: object) -> None:
        self.saveState()
        if not fill:
            self.setFillColorRGB(*self.tint)
        super().rect(x, y, width, height, stroke=0, fill=1)
        self.restoreState()
        if stroke:
            half = self.rule / 2
            for edge in ((x - half, y - half, width + self.rule, self.rule),
                         (x - half, y + height - half, width + self.rule, self.rule),
                         (x - half, y - half, self.rule, height + self.rule),
                         (x + width - half, y - half, self.rule, height + self.rule)):
                self._edges[tuple(round(v, 2) for v in edge)] = None

    def _flush(self) -> None:
        self.saveState()
        self.setFillGray(0)
        for edge in self._edges:
            super().rect(*edge, stroke=0, fill=1)
        self.restoreState()
        self._edges.clear()

    def showPage(self) -> None:
        self._flush()
        super().showPage()

    def save(self) -> None:
        self._flush()
        super().save()


class ScanCanvas(Canvas):
    """Pages numbered in ``scans`` (1-based → JPEG bytes of that page's scan) hold the
    image instead of the vector drawing; with ``text_layer`` every drawn string is also
    written invisibly, word by word, stretched over the width the word has in the image."""

    def __init__(self, *args: object, scans: dict[int, bytes], text_layer: bool,
                 **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.scans, self.text_layer = scans, text_layer
        self._imaged = 0

    def _scanned(self) -> bool:
        """Whether this page is a scan; its image goes in before anything else on it."""
        page = self.getPageNumber()
        if page not in self.scans:
            return False
        if self._imaged != page:
            width, height = self._pagesize
            super().drawImage(ImageReader(io.BytesIO(self.scans[page])), 0, 0, width, height)
            self._imaged = page
        return True

    def _words(self, x: float, y: float, text: str) -> None:
        """The invisible OCR words of one drawn line starting at ``x``; each word but the
        last is followed by a space, as OCR engines write their layer so it copies as text."""
        font, size = self._fontname, self._fontsize
        words = self.beginText()
        words.setTextRenderMode(3)
        start, split = 0, text.split()
        for n, word in enumerate(split, start=1):
            start = text.index(word, start)
            left = x + self.stringWidth(text[:start], font, size)
            words.setTextOrigin(left, y)
            words.setFont(OCR_FONT, size)
            drawn = self.stringWidth(word, font, size)
            words.setHorizScale(100 * drawn / self.stringWidth(word, OCR_FONT, size))
            words.textOut(word if n == len(split) else f"{word} ")
            start += len(word)
        self.drawText(words)

    def _text(self, x: float, y: float, text: str, shift: float) -> None:
        if not self._scanned():
            super().drawString(x, y, text)
        elif self.text_layer:
            self._words(x - shift * self.stringWidth(text, self._fontname, self._fontsize),
                        y, text)

    def drawString(self, x: float, y: float, text: str, *args: object,
                   **kwargs: object) -> None:
        self._text(x, y, text, 0.0)

    def drawCentredString(self, x: float, y: float, text: str, *args: object,
                          **kwargs: object) -> None:
        if self._scanned():
            self._text(x, y, text, 0.5)
        else:
            super().drawCentredString(x, y, text)

    def drawRightString(self, x: float, y: float, text: str, *args: object,
                        **kwargs: object) -> None:
        if self._scanned():
            self._text(x, y, text, 1.0)
        else:
            super().drawRightString(x, y, text)

    def rect(self, *args: object, **kwargs: object) -> None:
        if not self._scanned():
            super().rect(*args, **kwargs)

    def showPage(self) -> None:
        self._scanned()
        super().showPage()

    def save(self) -> None:
        self._scanned()
        super().save()
