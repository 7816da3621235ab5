"""Check marks told by their shape: the engine has no "✓" and reads one as "1", "4" or "/".

A Rencana Aksi ticks the quarters of its schedule (TW I–IV) with a check mark. Tesseract's
models carry no such glyph, so a tick comes back as the nearest digit or stroke, and a
schedule of ticks reads as a schedule of ones, or of nothing. A check mark has a shape no
digit or letter shares: its lowest point lies left of its middle (where the short arm
meets the long one), its highest point far to the right (the long arm's tip), and its
short arm rises from the bottom on the left. A "1" or a "4" stands on a stem at or right
of its middle, a "/" has no arm at its left, a "v" is symmetric (and is read as a mark
already). A short word standing alone on its line with that shape is taken as "✓".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import cv2
import numpy as np

from rencana.extract.ocr.cells import words_in_boxes
from rencana.extract.ocr.words import word_height
from rencana.extract.words import Word
from rencana.normalize.marks import parse_mark

TICK = "✓"
MAX_GLYPHS = 2
"""A tick is read as one glyph, or two ("\\/", "v'")."""
ASPECT = (0.6, 1.6)
"""Width over height of a tick's ink (a "/" or a "1" is narrower)."""
BAND = 0.25
"""Share of the height taken as the tick's top and bottom."""
VERTEX = 0.45
"""The ink of the bottom band lies left of this share of the width (the vertex)…"""
TIP = 0.6
"""…and the ink of the top band right of this share (the long arm's tip)."""
ARM = 0.4
"""The left third of the ink spans at least this share of the height: the short arm."""
ALONE = 1.0
"""No other word on the line closer than this many median word heights: a schedule cell
holds its tick alone."""


def _tick_shape(ink: np.ndarray) -> bool:
    """Is this ink (the word's box) shaped like a check mark (module docstring)?"""
    rows, cols = np.nonzero(ink)
    if rows.size == 0:
        return False
    rows, cols = rows - rows.min(), cols - cols.min()
    height, width = int(rows.max()) + 1, int(cols.max()) + 1
    if not ASPECT[0] <= width / height <= ASPECT[1]:
        return False
    bottom = cols[rows >= (1 - BAND) * height]
    top = cols[rows < BAND * height]
    left = rows[cols < width / 3]
    return (bottom.size > 0 and top.size > 0 and left.size > 0
            and float(bottom.mean()) < VERTEX * width
            and float(top.mean()) > TIP * width
            and int(left.max()) - int(left.min()) + 1 >= ARM * height)


def _alone(word: Word, words: list[Word], reach: float) -> bool:
    """Does no other word on the word's line overlap it or stand within ``reach`` of it?
    (The "/" of "Kabupaten / Kota" has its neighbours a word space away.)"""
    return not any(other is not word and min(word.bottom, other.bottom) > max(word.top, other.top)
                   and (0 <= word.x0 - other.x1 < reach or 0 <= other.x0 - word.x1 < reach
                        or (other.x0 < word.x1 and word.x0 < other.x1))
                   for other in words)


def read_ticks(words: list[Word], ink: np.ndarray) -> list[Word]:
    """The words, with each short one standing alone and shaped like a check mark read
    as "✓" (``ink``: the page's ink mask, word boxes in its pixels)."""
    if not words:
        return words
    reach = ALONE * word_height(words)
    out = []
    for w in words:
        if (len(w.text) <= MAX_GLYPHS and not parse_mark(w.text) and _alone(w, words, reach)
                and _tick_shape(ink[max(int(w.top), 0) : int(np.ceil(w.bottom)) + 1,
                                    max(int(w.x0), 0) : int(np.ceil(w.x1)) + 1])):
            w = replace(w, text=TICK)
        out.append(w)
    return out


MIN_TICK_INCH = 0.035
MAX_TICK_INCH = 0.2
"""Height of a check mark's ink (6–9 pt print: 0.05–0.1 inch); dust is smaller."""
MIN_PIECE_AREA = 4
"""Blobs smaller than this (pixels) are dust, not part of a mark."""
TICK_CONFIDENCE = 80.0
"""Confidence given to a tick read by its shape alone."""
DUST_SHARE = 0.25
"""A blob under this share of a cell's largest is dust beside a mark (:func:`_one_mark`)."""
MAX_PIECES = 2
"""A check mark is one stroke, which a faded scan may break in two: ink in more pieces
is a glyph of several strokes with specks round it (a faint "%" whose rings broke open,
under two specks that stood in for the long arm's tip: Kediri's unit column)."""


def lone_ticks(ink: np.ndarray, cells: Sequence[Sequence[int]], words: Sequence[Word],
               dpi: float, margin: int) -> list[Word]:
    """A "✓" for each cell the engine read nothing in whose only ink (``margin`` pixels
    inside its rules, dust aside) is one mark shaped like a check mark.

    Tesseract skips a tick standing alone in a narrow cell as often as it misreads one:
    the schedule then loses that quarter. Like a lone dash, it is read by its shape."""
    found = []
    for (x0, top, x1, bottom), inside in zip(cells, words_in_boxes(words, cells), strict=True):
        if inside:
            continue
        mark = _one_mark(ink[top + margin : bottom - margin, x0 + margin : x1 - margin], dpi)
        if mark is not None:
            left, upper, width, height = mark
            left, upper = left + x0 + margin, upper + top + margin
            found.append(Word(TICK, left, upper, left + width, upper + height,
                              TICK_CONFIDENCE))
    return found


def _one_mark(region: np.ndarray, dpi: float) -> tuple[int, int, int, int] | None:
    """(x, y, width, height) of the region's ink, dust aside, if it is one mark of a tick's
    size and shape, in at most MAX_PIECES pieces; else None. Dust is blobs under
    MIN_PIECE_AREA, and, when the whole ink is no tick, blobs under DUST_SHARE of the
    largest's area: a grain a little under a tick in a zebra band (set 2's Sleman) made
    the pair no tick."""
    if region.size == 0:
        return None
    count, labels, stats, _ = cv2.connectedComponentsWithStats((region > 0).astype(np.uint8))
    areas = stats[1:, cv2.CC_STAT_AREA]
    pieces = [k for k in range(1, count) if areas[k - 1] >= MIN_PIECE_AREA]
    if not pieces:
        return None
    largest = int(areas.max())
    without_dust = [k for k in pieces if areas[k - 1] >= DUST_SHARE * largest]
    for chosen in (pieces, without_dust) if without_dust != pieces else (pieces,):
        mark = np.isin(labels, chosen)
        rows, cols = np.nonzero(mark)
        y, x = int(rows.min()), int(cols.min())
        height, width = int(rows.max()) - y + 1, int(cols.max()) - x + 1
        if (len(chosen) <= MAX_PIECES and MIN_TICK_INCH * dpi <= height <= MAX_TICK_INCH * dpi
                and width <= MAX_TICK_INCH * dpi and _tick_shape(mark)):
            return x, y, width, height
    return None
