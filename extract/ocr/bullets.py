"""List bullets on a scan: small round dots the engine does not read.

A bulleted list in a cell ("• Penyediaan Permakanan") tells where one item ends and the
next begins, and the families split a packed cell at its markers as on the digital path
(:func:`rencana.extract.families.iku_links.numbered_items`). On a scan the engine drops
the dot — too small and too plain to be a glyph — and the cell's items run together,
their amounts then landing on one row. A bullet is found in the ink instead: a filled,
round blob smaller than a letter, outside every word the engine read, with a word just
after it on its line. A list has two items or more, so a dot counts only when another
dot before another word lines up under or over it: neither a speck of dust before one
word nor the two dots of a colon the engine left unread are taken for bullets.
"""

from __future__ import annotations

from collections.abc import Sequence

import cv2
import numpy as np

from rencana.extract.ocr.words import word_height
from rencana.extract.words import Word

BULLET = "•"
SIZE = (0.2, 0.45)
"""A bullet's width and height, in median word heights: a letter's body is 0.55 or more."""
MIN_FILL = 0.55
"""Share of its box a bullet inks (a disc: 0.79, a small one rastered 0.6; a ring or a
comma less)."""
MAX_ASPECT = 1.5
"""Round: neither side longer than this many times the other (a dash is long)."""
GAP = 1.5
"""Word heights between a bullet and its item's first word, at most."""
ALIGN = 0.3
"""Word heights by which the bullets of one list may stand apart from one another."""
MIN_ITEMS = 2
CLIPPED = 0.25
"""Word heights past a word's box end within which a dot is that word's own comma or full
stop, its ink clipped off by the engine's box ("ABH," boxed up to the comma's tail): far
less than a word space, so a bullet after a word on its line still counts."""


def _dots(ink: np.ndarray, height: float) -> list[tuple[int, int, int, int]]:
    """Boxes (x0, top, x1, bottom) of the filled round blobs of a bullet's size."""
    _, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    low, high = SIZE[0] * height, SIZE[1] * height
    out = []
    for x, y, w, h, area in stats[1:]:
        if (low <= w <= high and low <= h <= high and area >= MIN_FILL * w * h
                and max(w, h) <= MAX_ASPECT * min(w, h)):
            out.append((int(x), int(y), int(x + w), int(y + h)))
    return out


def _opens(dot: tuple[int, int, int, int], boxes: np.ndarray, height: float) -> int | None:
    """Index of the word a dot opens: the one just after it on its line (``boxes``: the
    words' x0, top, x1, bottom), with the dot in no word nor just past one's end."""
    x0, top, x1, bottom = dot
    cx, cy = (x0 + x1) / 2, (top + bottom) / 2
    on_line = (boxes[:, 1] <= cy) & (cy <= boxes[:, 3])
    if (on_line & (boxes[:, 0] <= cx) & (cx <= boxes[:, 2] + CLIPPED * height)).any():
        return None
    gap = boxes[:, 0] - x1
    after = np.flatnonzero(on_line & (gap >= 0) & (gap <= GAP * height))
    return int(after[np.argmin(gap[after])]) if after.size else None


def printed_bullets(words: Sequence[Word], ink: np.ndarray) -> list[Word]:
    """Bullet words ("•", boxed on the dot, with the confidence of the word after it)
    for the list bullets the engine did not read (module docstring)."""
    if not words:
        return []
    height = word_height(words)
    boxes = np.array([(w.x0, w.top, w.x1, w.bottom) for w in words])
    found = [(dot, words[k]) for dot in _dots(ink, height)
             if (k := _opens(dot, boxes, height)) is not None]
    return [Word(BULLET, *dot, word.conf) for dot, word in found
            if 1 + sum(abs(other[0] - dot[0]) <= ALIGN * height and item is not word
                       for other, item in found) >= MIN_ITEMS]
