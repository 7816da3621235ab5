"""Engine words: reading at a resolution the engine likes, and dropping residue.

Shared by the page read and the cell-strip read, so both see the same clean-up.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

import cv2
import numpy as np

from rencana.extract.ocr.engines import OcrEngine
from rencana.extract.ocr.lexicon import repair_word
from rencana.extract.words import Word

ENGINE_DPI = 300
"""Resolution the engine reads at: enlarged from lower-resolution scans."""
DASHES = frozenset("-–—_")
KEPT_SYMBOLS = "%:/"
"""Bare punctuation is residue, except what is printed standing apart: a "%" after its
number, the ":" of "Sasaran Strategis : …" (it tells a label from its value) and the
"/" of "Kabupaten / Kota"."""
ROMAN_BARS = re.compile(r"^[|l]{1,3}$")
MIN_WORD_HEIGHT = 0.4
"""Share of the page's median word height below which a non-dash word is residue."""
MIN_DASH_WIDTH = 0.25
"""A printed "-" is at least this share of the median word height wide."""
MIN_SHORT_CONF = 40.0
"""Tokens of one or two characters read with less confidence are taken as residue."""


def mean_conf(words: Sequence[Word]) -> float:
    """Mean word confidence (0 for no words)."""
    return float(np.mean([w.conf for w in words])) if words else 0.0


def _roman_bars(word: Word) -> Word:
    """A token made only of bars and l's is a sans-serif roman numeral ("|" → "I",
    "ll" → "II"): neither is ever a word, and quarter headers (TW I–IV) print them."""
    if ROMAN_BARS.match(word.text):
        return Word("I" * len(word.text), word.x0, word.top, word.x1, word.bottom, word.conf)
    return word


def _has_content(text: str) -> bool:
    return any(ch.isalnum() or ch in KEPT_SYMBOLS for ch in text)


def plausible_words(words: list[Word]) -> list[Word]:
    """Drop what engines make of residue (specks, rule remains, stamp rims).

    Residue reads as glyph-sized boxes far smaller than the page's words, "dashes"
    no wider than a speck or taller than wide, bare punctuation, and one- or
    two-character tokens read with low confidence. A real lone dash ("-" = no value) is
    a short wide bar and is kept.
    """
    if not words:
        return words
    height = float(np.median([w.bottom - w.top for w in words]))
    out = []
    for w in words:
        w_height, w_width = w.bottom - w.top, w.x1 - w.x0
        if w.text in DASHES:
            if w_height > w_width or w_width < MIN_DASH_WIDTH * height:
                continue
        elif w_height < MIN_WORD_HEIGHT * height or not _has_content(w.text):
            continue
        if len(w.text) <= 2 and w.conf < MIN_SHORT_CONF:
            continue
        out.append(_roman_bars(w))
    return out


def read_words(engine: OcrEngine, image: np.ndarray, dpi: float) -> list[Word]:
    """The engine's words, reading a low-resolution image enlarged to ENGINE_DPI, with
    look-alike misreadings repaired against the dictionary (:mod:`lexicon`).

    Engines are trained on text with letters ~20+ px tall; an 8 pt letter at 200 dpi is
    about half that. Enlarging costs time but recovers most of the gap to 300 dpi.
    Boxes are mapped back to the image's own pixels.
    """
    scale = ENGINE_DPI / dpi
    if scale <= 1.05:
        words = engine.read_words(image)
    else:
        big = cv2.resize(image, None, fx=scale, fy=scale, interpolation=cv2.INTER_CUBIC)
        words = [Word(w.text, w.x0 / scale, w.top / scale, w.x1 / scale, w.bottom / scale,
                      w.conf) for w in engine.read_words(big)]
    return [replace(w, text=repair_word(w.text)) for w in plausible_words(words)]
