"""A table body without rules read column by column: its columns parted by white.

The engine reads a block of text line by line, each line laid across the block's whole
width. A table body drawn without row rules whose cells are set in the middle of their
rows (Word's and Calc's default for merged cells) puts the lines of neighbouring columns
at different heights: read as one block, a line of one column and the line half a line
lower in the next are boxed together, two lines tall, and come out garbled or lost. The
columns of such a body are parted by white that runs its whole height (no line of one
cell crosses into the next column), so the body is cut there and each strip is read as a
block of its own, all in one engine run. A body whose every line crosses (running text)
has no such white and is read whole, as before.
"""

from __future__ import annotations

from itertools import pairwise

import cv2
import numpy as np

from rencana.extract.ocr.engines import OcrEngine
from rencana.extract.ocr.words import INK_LEVEL, read_images
from rencana.extract.words import Word

GAP_GLYPHS = 1.2
"""Narrowest white, in median glyph heights, that parts two columns. A word space is
about half a glyph height (a justified line's up to one); cells keep their padding on
both sides of a column's edge, so two columns' texts stand at least this far apart."""
SPECK_PIXELS = 3
"""Ink pixels a column of the image may hold and still be white: dust the engine image
kept."""


def _glyph_height(ink: np.ndarray) -> float:
    """The median height of the ink's blobs of print (not specks): the size of the
    body's letters, so the white between columns is measured in them."""
    _, _, stats, _ = cv2.connectedComponentsWithStats(ink.astype(np.uint8))
    heights = stats[1:, cv2.CC_STAT_HEIGHT][stats[1:, cv2.CC_STAT_AREA] > SPECK_PIXELS ** 2]
    return float(np.median(heights)) if len(heights) else 0.0


def column_strips(ink: np.ndarray) -> list[tuple[int, int]]:
    """The x ranges (first, end) of ``ink``'s columns of print, cut in the middle of the
    white runs at least GAP_GLYPHS glyph heights wide over the whole height (each strip
    keeps half the white on either side). One range for a body whose lines cross every
    gap; none for an empty one."""
    height = _glyph_height(ink)
    inked = ink.sum(axis=0) > SPECK_PIXELS
    if not height or not inked.any():
        return []
    xs = np.flatnonzero(inked)
    cuts = [(int(before) + int(after) + 1) // 2
            for before, after in pairwise(xs)
            if after - before - 1 >= GAP_GLYPHS * height]
    edges = [0, *cuts, ink.shape[1]]
    return list(pairwise(edges))


def read_in_strips(engine: OcrEngine, image: np.ndarray, dpi: float) -> list[Word]:
    """The engine's words on ``image`` (a table body), each column strip
    (:func:`column_strips`) read as a block of its own; boxes in ``image``'s pixels."""
    strips = column_strips(image < INK_LEVEL)
    read = read_images(engine, [image[:, x0:x1] for x0, x1 in strips], dpi)
    return [Word(w.text, w.x0 + x0, w.top, w.x1 + x0, w.bottom, w.conf)
            for (x0, _), words in zip(strips, read, strict=True) for w in words]
