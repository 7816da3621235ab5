"""A percent sign alone in a grid cell, read by the second reader.

A Satuan column prints "%" on row after row. Alone in its cell, one glyph, Tesseract's
block reading makes "9" over "0" of its rings and slash, read with low confidence, and
:func:`words.plausible_words` drops that as residue: the cell comes out empty and the
unit is lost on every such row. A cell the engine read nothing in whose print is one
glyph (no taller than a line of print, no wider than two of its heights) is read again
by the second reader, and "%" is taken when that is all it reads. Nothing else is taken
this way: a digit or a letter alone is as likely a speck's reading as print.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from rencana.extract.ocr.cells import words_in_boxes
from rencana.extract.ocr.second_reader import LineReader, cut_out
from rencana.extract.words import Word

MAX_GLYPH_INCH = 0.25
"""Tallest box of one glyph of body print (an 18 pt "%" is under 0.2 inch)."""
MIN_GLYPH_INCH = 0.04
"""Shortest: a speck is smaller."""
MAX_ASPECT = 2.0
"""A glyph's box is at most this many of its heights wide."""
PAD_INCH = 0.03
SIGN_CONFIDENCE = 90.0
"""Confidence given to a sign read this way: the second reader read it and nothing else."""


def lone_percents(image: np.ndarray, cells: Sequence[Sequence[int]], words: Sequence[Word],
                  reader: LineReader, dpi: float) -> list[Word]:
    """A "%" for each inked cell (``cells``: the boxes around the cells' print) the words
    leave empty, whose print is one glyph the second reader reads as "%"."""
    found = []
    pad = int(dpi * PAD_INCH)
    for (x0, top, x1, bottom), inside in zip(cells, words_in_boxes(words, cells), strict=True):
        height, width = bottom - top, x1 - x0
        if inside or not (
                MIN_GLYPH_INCH * dpi <= height <= MAX_GLYPH_INCH * dpi
                and width <= MAX_ASPECT * height):
            continue
        crop = cut_out(image, x0, top, x1, bottom, pad)
        if crop.size and reader.read_line(crop).strip() == "%":
            found.append(Word("%", x0, top, x1, bottom, SIGN_CONFIDENCE))
    return found
