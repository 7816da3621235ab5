"""A second reader for amounts: a wrong rupiah figure is worse than a missing one.

Tesseract misreads a digit now and then without losing confidence ("929.766.000" →
"923.786.000" on a 150 dpi copy). PP-OCR's text recogniser (RapidOCR: ONNX models shipped
in its wheel) reads lines of digits well but is slow over whole pages, so it only reads
again, alone, each word the first engine read as an amount. Where the two disagree on
the digits, the word keeps both readings ("923.786.000 ≠ 929.766.000"), which no money
parser accepts: the amount stays null, its raw text shows both readings, and the family
warns (:func:`rencana.extract.families.ocr_values.reread`). Nothing is picked by guess.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

import cv2
import numpy as np

from rencana.extract.ocr.engines import load_rapidocr
from rencana.extract.words import Word

AMOUNT = re.compile(r"^(?:rp\.?)?\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{1,2})?(?:[.,]?-)?$", re.I)
"""A word printed as an amount: grouped thousands, perhaps cents, "Rp" or a closing ",-"."""
DISAGREE = " ≠ "
"""Joins two readings of one amount that differ."""
PAD = 0.3
"""White kept around a word's box when it is cut out, in word heights."""
REC_HEIGHT = 48
"""Line height the recogniser was trained on (pixels)."""


class AmountReader:
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
def amount_reader() -> AmountReader:
    """One recogniser per process (loading its models takes most of a second)."""
    return AmountReader()


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def second_reading(words: list[Word], image: np.ndarray, reader: AmountReader,
                   cells: Sequence[Sequence[int]] = ()) -> list[Word]:
    """The words, each amount among them read again; an amount the readers disagree on
    carries both readings (see the module docstring).

    Inside a table cell (``cells``: inked cell boxes) the second reader sees the cell's
    whole width at the word's height, so an amount the first engine read only in part
    ("211.995" of "211.995.000") disagrees too."""
    if not any(AMOUNT.match(w.text) for w in words):
        return words
    height = float(np.median([w.bottom - w.top for w in words]))
    pad = int(PAD * height) + 1
    out = []
    for w in words:
        if AMOUNT.match(w.text):
            cell = next((c for c in cells if c[0] <= w.cx <= c[2] and c[1] <= w.cy <= c[3]),
                        None)
            left, right = (cell[0], cell[2]) if cell else (w.x0 - pad, w.x1 + pad)
            crop = _crop(image, left, w.top - pad, right, w.bottom + pad, pad)
            other = reader.read_line(crop) if crop.size else ""
            if _digits(other) != _digits(w.text):
                w = replace(w, text=f"{w.text}{DISAGREE}{other or '?'}")
        out.append(w)
    return out


def _crop(image: np.ndarray, x0: float, top: float, x1: float, bottom: float,
          pad: int) -> np.ndarray:
    """The box cut out with a white margin (a recogniser reads a line with air round it)."""
    crop = image[max(int(top), 0) : int(np.ceil(bottom)), max(int(x0), 0) : int(np.ceil(x1))]
    if not crop.size:
        return crop
    return cv2.copyMakeBorder(crop, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=255)


def disputed(text: str) -> bool:
    """Does a cell's text hold two readings of an amount that differ?"""
    return DISAGREE.strip() in text

