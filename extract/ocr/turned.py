"""Labels printed turned a quarter in text read as a page (tables without a ruled grid).

Narrow header columns set their label bottom to top ("Satuan", "Target", "Sumber Dana").
Inside a ruled grid a tall cell read as fragments is read again turned
(:mod:`rencana.extract.ocr.cells`); a table without vertical rules has no cells to read,
and the engine reads its page upright, making "a", "8" or "c n" of such a label: the
column then has no meaning and its values are lost to the family. Here the ink of each
turned label is found by its shape (a column of letters, taller than wide, about one or
two text lines across), read turned both ways, and a sure reading replaces the fragments
as one tall word, as the digital path reads turned text (``digital._reading_words``).
"""

from __future__ import annotations

from collections.abc import Sequence

import cv2
import numpy as np

from rencana.extract.ocr.cells import in_box, read_box_groups
from rencana.extract.ocr.engines import OcrEngine
from rencana.extract.ocr.grid import rule_masks
from rencana.extract.ocr.words import mean_conf, word_height
from rencana.extract.words import Word
from rencana.normalize.vocabulary import known_words

WORD_JOIN = 0.9
"""Letters and words of one turned line are closer than this many word heights along it
(a space between words is about half a word height)."""
MIN_LENGTH = 2.5
"""A turned label is at least this many word heights long (three letters or more)…"""
MIN_ASPECT = 2.5
"""… this many times longer than wide…"""
MIN_WIDTH = 0.5
MAX_WIDTH = 2.8
"""… and between these many word heights wide (one or two printed lines; a rule is
thinner, a block of upright text wider)."""
FRAGMENT_CHARS = 3
"""A label printed turned reads upright as glyph fragments ("a", "8", "c", "n", "(8)"):
words of at most this many letters or digits. Ink read as a longer word is upright text."""
SURE_CONF = 90.0
"""An upright word read this surely is never part of a turned label."""
LABEL_CONF = 85.0
"""Least mean confidence of a turned reading; it must also be dictionary words of three
letters or more, so that ink read turned never yields a number or a name nobody printed
("228" from a stamp's rim, "BAD Hrs" from the ink between two upright lines)."""
MIN_LABEL_LETTERS = 3
MARGIN = 0.3
"""White, in word heights, around a turned label on either side (an upright letter's
neighbour on its line is nearer); it is cut out with this margin to be read."""
MAX_STRAY_PX = 6
"""Ink pixels (specks) tolerated in that white."""
_TURNS = (cv2.ROTATE_90_CLOCKWISE, cv2.ROTATE_90_COUNTERCLOCKWISE)


def _fragments(words: Sequence[Word]) -> bool:
    return all(sum(ch.isalnum() for ch in w.text) <= FRAGMENT_CHARS
                               for w in words)


def _label(found: Sequence[Word]) -> bool:
    """Is a turned reading a header label: dictionary words of three letters or more,
    read surely?"""
    words = known_words()
    return (bool(found) and mean_conf(found) >= LABEL_CONF
            and all(sum(ch.isalpha() for ch in w.text) >= MIN_LABEL_LETTERS
                    and w.text.strip(",.:;()").lower() in words for w in found))


def label_boxes(ink: np.ndarray, words: Sequence[Word], height: float, dpi: float
                ) -> list[tuple[int, ...]]:
    """Boxes (x0, top, x1, bottom) of ink shaped like a turned label where the engine
    read glyph fragments or nothing, with white on either side (the letters of upright
    text stack into tall narrow columns too, but touch their neighbours on the line).
    Rules and words read surely are taken out first: a label close under a rule would
    join it and look as wide as the table."""
    mask = ink.astype(np.uint8) * 255
    horizontal, vertical = rule_masks(mask, dpi)
    letters = cv2.subtract(mask, cv2.bitwise_or(horizontal, vertical))
    sure = [w for w in words if w.conf >= SURE_CONF]
    for w in sure:  # read upright beyond doubt ("(8)" under a turned "Sumber Dana")
        letters[int(w.top) : int(np.ceil(w.bottom)), int(w.x0) : int(np.ceil(w.x1))] = 0
    join = max(3, round(WORD_JOIN * height))
    closed = cv2.morphologyEx(letters, cv2.MORPH_CLOSE, np.ones((join, 1), np.uint8))
    count, _, stats, _ = cv2.connectedComponentsWithStats(closed)
    pad = round(MARGIN * height)
    boxes = []
    for x, y, w, h, _area in stats[1:count]:
        if not (h >= MIN_LENGTH * height and h >= MIN_ASPECT * w
                and MIN_WIDTH * height <= w <= MAX_WIDTH * height):
            continue
        beside = letters[y : y + h, max(x - pad, 0) : x + w + pad].copy()
        beside[:, x - max(x - pad, 0) : x - max(x - pad, 0) + w] = 0
        if np.count_nonzero(beside) > MAX_STRAY_PX:
            continue
        box = (max(x - pad, 0), max(y - pad, 0), min(x + w + pad, ink.shape[1]),
               min(y + h + pad, ink.shape[0]))
        if _fragments([w for w in in_box(words, box) if w not in sure]):
            boxes.append(box)
    return boxes


def read_turned_labels(engine: OcrEngine, image: np.ndarray, ink: np.ndarray,
                       words: list[Word], dpi: float) -> list[Word]:
    """The words with each turned label's fragments replaced by its turned reading, when
    one way of turning reads a label (:func:`_label`) more surely than the upright
    reading; the surer way wins."""
    if not words:
        return words
    height = word_height(words)
    boxes = label_boxes(ink, words, height, dpi)
    if not boxes:
        return words
    readings = read_box_groups([(image, boxes, turn) for turn in _TURNS], engine, dpi)
    out = list(words)
    for box in boxes:
        labels = [found for reading in readings
                  if _label(found := in_box(reading, box))]
        best = max(labels, key=mean_conf, default=None)
        if best and mean_conf(best) > mean_conf(in_box(words, box)):
            inside = in_box(out, box)
            out = [w for w in out if w not in inside or w.conf >= SURE_CONF]
            out.append(Word(" ".join(w.text for w in best), *map(float, box),
                            mean_conf(best)))
    return out
