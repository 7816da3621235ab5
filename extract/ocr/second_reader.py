"""The second reader: PP-OCR's text recogniser reading one cut-out line.

Tesseract misreads a glyph now and then without losing confidence. PP-OCR's recogniser
(RapidOCR: ONNX models shipped in its wheel) reads lines well but is slow over whole
pages, so it only reads again, alone, what matters most and is cheapest to check: the
amounts and percentages (:mod:`amounts`) and the words no dictionary knows
(:mod:`unknown_words`). It has no dictionary of its own: it reads glyphs, so where it
and Tesseract disagree it is evidence, not a language model's guess.
"""

from __future__ import annotations

import unicodedata
from functools import cache

import cv2
import numpy as np

from rencana.extract.ocr.engines import load_rapidocr
from rencana.extract.words import Word

REC_HEIGHT = 48
"""Line height the recogniser was trained on (pixels)."""


class LineReader:
    """RapidOCR's recogniser alone (no detection), single-threaded like Tesseract here."""

    def __init__(self) -> None:
        self._ocr = load_rapidocr(single_thread=True)

    def read_line(self, image: np.ndarray) -> str:
        """The text of a one-line grayscale image."""
        scale = REC_HEIGHT / max(image.shape[0], 1)
        line = cv2.resize(image, None, fx=scale, fy=scale, interpolation=cv2.INTER_CUBIC)
        result = self._ocr(cv2.cvtColor(line, cv2.COLOR_GRAY2BGR), use_det=False,
                           use_cls=False, use_rec=True)
        return "".join(result.txts or ())


@cache
def line_reader() -> LineReader:
    """One recogniser per process (loading its models takes most of a second)."""
    return LineReader()


WORD_PAD = 0.3
"""White kept above and below a word read again alone, in word heights."""
WORD_SIDE_PAD = 0.1
"""White kept beside it: less than a word space, so no neighbour's glyph comes along."""
_FOREIGN_LOOK_ALIKES = str.maketrans({"ı": "i", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L",
                                      "đ": "d", "Đ": "D"})
"""Letters the recogniser knows from other scripts that these documents never print: a
dotless "ı" is an "i" whose dot the scan lost, a struck "ø", "ł" or "đ" ("Søsial") a
letter a speck crosses, and an accent ("Koordinasí") a speck over a letter (accents are
stripped)."""


def read_word_again(word: Word, image: np.ndarray, reader: LineReader) -> str:
    """The second reader's reading of one word's box, cut out with a little white."""
    height = word.bottom - word.top
    crop = cut_out(image, word.x0 - WORD_SIDE_PAD * height, word.top - WORD_PAD * height,
                   word.x1 + WORD_SIDE_PAD * height, word.bottom + WORD_PAD * height,
                   int(WORD_PAD * height) + 1)
    text = reader.read_line(crop).strip().translate(_FOREIGN_LOOK_ALIKES) if crop.size else ""
    return without_accents(text)


def letters_of(text: str) -> str:
    """A reading's letters and digits, casefolded and without accents: what two readings
    of one word share when they differ only in marks or case."""
    return "".join(ch for ch in without_accents(text).casefold() if ch.isalnum())


def same_letters(first: str, other: str) -> bool:
    """Do two readings of a word hold the same letters and digits (case and accents
    aside), and some? Then they differ only in marks or case, which can be compared."""
    return bool(letters_of(first)) and letters_of(first) == letters_of(other)


def without_accents(text: str) -> str:
    """The text with its letters' accents dropped ("Koordinasí" → "Koordinasi")."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(ch))


def cut_out(image: np.ndarray, x0: float, top: float, x1: float, bottom: float,
            pad: int) -> np.ndarray:
    """The box cut out with a white margin of ``pad`` pixels (a recogniser reads a line
    with air round it); empty when the box lies off the image."""
    crop = image[max(int(top), 0) : int(np.ceil(bottom)), max(int(x0), 0) : int(np.ceil(x1))]
    if not crop.size:
        return crop
    return cv2.copyMakeBorder(crop, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=255)
