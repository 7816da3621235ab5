"""Scanned tables without a ruled grid, read like their text-layer twins.

A scan whose table has faint, broken or no vertical rules gets no grid from
:mod:`rencana.extract.ocr.grid`. Its words are then laid out by the same reader as a
digital page without vertical rules (:mod:`rencana.extract.unruled`: columns from white
space anchored on the header, rows from rules and paragraphs), with the horizontal rules
found in the ink. One implementation serves both paths; its geometry is measured in word
heights, so pixels and points are alike to it.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from rencana.extract.ocr.bands import band_edges
from rencana.extract.ocr.grid import find_rules, rule_masks
from rencana.extract.ocr.words import word_height
from rencana.extract.unruled import LayoutTable, Rule, unruled_tables
from rencana.extract.words import Word

PARAGRAPH_PITCH = 1.9
"""Lines further apart (centre to centre) than this many word heights are separate
paragraphs (a blank line), as in the digital path, where packed multi-item cells print
one item per paragraph. Ordinary line pitch is about 1.3 word heights."""


TEXT_LAYER_HEIGHT = 1.2
"""A text layer's word box is as tall as the font (pdfplumber: ascender to descender);
OCR boxes a word to its ink, so the median word ("dan", "Sosial") is shorter: on the
samples' scans, 1.16–1.23 times. The layout reader measures gaps in word heights and was
built on text layers: in OCR heights a justified line's wider word space (0.8 of them)
split prose into two phrases, and the prose no longer parted two tables."""
BLOB_HEIGHT = 3.0
BLOB_GLYPHS = 2
"""A "word" of this many glyphs or fewer, this many median word heights tall, is no print
of the page's text: a punch hole's shadow read "O" or "Oo", a signature's stroke. (A
label printed turned is as tall, but reads as a word.)"""
SPECK_DIGITS = 0.6
"""Digits set this many median word heights tall or less are a speck the engine read as
a digit: a printed digit stands as tall as a capital."""
STRAY_SHARE = 0.03
"""Misread specks, stamp remnants and show-through may cross a column gap: one such word
per 30 body lines (at least one) does not close it."""


def layout_tables(ink: np.ndarray, words: Sequence[Word], dpi: float,
                  tint: np.ndarray | None = None, carried: Sequence[float] | None = None
                  ) -> list[LayoutTable]:
    """Tables of a page that has no ruled grid (cell boxes in pixels); the edges of the
    tinted bands of ``tint`` (zebra rows: :mod:`bands`) part rows as a fill's edges do on a
    digital page. ``carried``: the column bounds (pixels) of the table the previous page
    ended with, for a continuation printed without its header."""
    horizontal, _ = rule_masks(ink, dpi)
    rules = [Rule(rule.pos, start, end) for rule in find_rules(horizontal, dpi, axis=0)
             for start, end in rule.spans]
    if tint is not None:
        rules += [Rule(y, x0, x1, drawn=False) for y, x0, x1 in band_edges(tint, dpi)]
        rules.sort(key=lambda r: r.y)
    return unruled_tables(_printed(words), rules, carried, stray_share=STRAY_SHARE,
                          height_scale=TEXT_LAYER_HEIGHT)


def _printed(words: Sequence[Word]) -> list[Word]:
    """The words but blobs and specks read as words: a punch hole in the margin beside
    the header, read "O" (BLOB_HEIGHT), would open a row there (a lone capital is a row
    key) and a column of its own; a speck read "2" (SPECK_DIGITS) a row of its own."""
    if not words:
        return []
    height = word_height(words)
    return [w for w in words if not (
        (len(w.text) <= BLOB_GLYPHS and w.bottom - w.top > BLOB_HEIGHT * height)
        or (w.text.isdigit() and w.bottom - w.top <= SPECK_DIGITS * height))]
