"""Print the engine skipped when it read running text: found in the ink, read again.

Read as one block, a page of a table without vertical rules is a mosaic of short lines at
unrelated heights. Tesseract lays each baseline across the whole width and now and then
drops a crisp line of a column outright ("Sesuai kebutuhan" between "dan Alat Bantu
Peraga" and "Kewenangan"), boxes a word over two lines and garbles it ("mendapatkan",
read with confidence 34), or reads part of a word and drops the rest ("Kemampuan p" for
"Kemampuan Potensi"). The layout reader then sees a gap of two lines, splits the cell into
two rows, and the text of both is cut short. Cells of a ruled grid have their own check
(:func:`cells.read_lost_print`); this is the same check for text outside any grid.

Ink no surely read word covers is joined into pieces of lines (letters and word spaces,
never a column gap), each with the words it continues. A piece as tall as a line of print
and at least as wide as it is high is read again, all pieces in one engine run (a whole
line that run reads nothing in, alone in a second: :func:`_read_pieces`). What is read
surely is kept and replaces the doubtful words under it (but a lone digit it does not
read, left to the second reader: :mod:`short_digits`); where it reads with doubt too,
the first reading stands. Specks, punctuation and stamp rims are too small to
be pieces. An amount read this way goes through the same second reading as every other
amount (:mod:`amounts`).
"""

from __future__ import annotations

from collections.abc import Sequence

import cv2
import numpy as np

from rencana.extract.ocr.cells import (
    INK_LEVEL,
    SPARSE_CONF,
    continued_words,
    in_box,
    read_box_groups,
)
from rencana.extract.ocr.engines import OcrEngine
from rencana.extract.ocr.short_digits import short_digits
from rencana.extract.ocr.words import overlaps, word_height
from rencana.extract.words import Word

DOUBTFUL_WORD = 50.0
"""A word read with less confidence does not count as read: the ink under it is read
again, and the word goes if that reading is sure."""
WORD_SPACE = 0.6
"""Unread ink closer than this many median word heights is one piece: a word's letters
and the spaces between words (a column gap is wider)."""
LINE_BAND = 0.25
"""Rows joined when pieces are found: a quarter of a word height (never two lines)."""
MIN_LINE_INCH = 0.04
"""Least height of a piece that is a line of print (3 pt; specks are smaller)."""
MAX_LINE = 2.0
"""A piece taller than this many median word heights is no line of print: a signature,
a stamp, a logo."""
MIN_WIDTH = 1.0
"""A piece narrower than this many of its own heights (punctuation, a speck, a lone
mark) is let be."""
BOX_PAD = 0.2
"""Margin, in median word heights, kept around a piece when it is cut out."""
MIN_ALNUM = 2
"""Least letters or digits of a word kept from the second run."""

Box = tuple[int, int, int, int]


def _unread_pieces(ink: np.ndarray, words: Sequence[Word], height: float,
                   dpi: float) -> list[Box]:
    """Boxes (x0, top, x1, bottom) of ink no word covers that look like print."""
    unread = ink.astype(np.uint8)
    for w in words:
        unread[max(int(w.top) - 1, 0) : int(np.ceil(w.bottom)) + 2,
               max(int(w.x0) - 1, 0) : int(np.ceil(w.x1)) + 2] = 0
    join = np.ones((max(1, round(LINE_BAND * height)), max(1, round(WORD_SPACE * height))),
                   np.uint8)
    count, _, stats, _ = cv2.connectedComponentsWithStats(cv2.dilate(unread, join), 8)
    pieces = []
    for x, y, w, h, _ in stats[1:count]:
        # The dilation grew the piece by the joining kernel; take it back to the ink.
        box = unread[y : y + h, x : x + w]
        rows, cols = np.flatnonzero(box.any(axis=1)), np.flatnonzero(box.any(axis=0))
        if not rows.size:
            continue
        x0, x1 = x + int(cols[0]), x + int(cols[-1]) + 1
        top, bottom = y + int(rows[0]), y + int(rows[-1]) + 1
        tall = bottom - top
        if MIN_LINE_INCH * dpi <= tall <= MAX_LINE * height and x1 - x0 >= MIN_WIDTH * tall:
            pieces.append((x0, top, x1, bottom))
    return pieces


def _whitened(image: np.ndarray, words: Sequence[Word]) -> np.ndarray:
    """The image with the words' boxes painted white."""
    out = image.copy()
    for w in words:
        out[max(int(w.top), 0) : int(np.ceil(w.bottom)) + 1,
            max(int(w.x0), 0) : int(np.ceil(w.x1)) + 1] = 255
    return out


def _sure(words: Sequence[Word]) -> list[Word]:
    return [w for w in words if (w.conf or 0.0) >= SPARSE_CONF
            and sum(ch.isalnum() for ch in w.text) >= MIN_ALNUM]


def _parts(pieces: Sequence[Box], read: Sequence[Word]) -> list[tuple[Word, list[Word]]]:
    """Each piece widened over the words it continues ("p|otensi": the engine read the
    word's first glyph only), as a box-only word, with those words."""
    parts = []
    for piece in pieces:
        joined = continued_words(read, piece)
        x0, top, x1, bottom = piece
        parts.append((Word("", min([x0, *(w.x0 for w in joined)]), top,
                           max([x1, *(w.x1 for w in joined)]), bottom, 0.0), joined))
    return parts


def _read_pieces(image: np.ndarray, parts: Sequence[tuple[Word, list[Word]]],
                 boxes: Sequence[Box], engine: OcrEngine, dpi: float) -> list[list[Word]]:
    """The words in each part's box: all boxes stacked on one strip, then each box of a
    line read by no word the strip gave nothing for read alone (both runs' images in
    one engine run each).

    On a strip of crops the engine now and then finds no line at all where a crisp line
    stands ("Pendampingan", read at once when its crop is read alone): the crops around
    it change how it parts the strip into blocks. A piece that continues read words is
    not read alone: the strip reading nothing there lets the first reading stand (read
    alone, "80,90%" came back "80.90%")."""
    found = read_box_groups([(image, boxes, None)], engine, dpi)[0]
    readings = [in_box(found, box) for box in boxes]
    unread = [number for number, ((_, joined), reading) in enumerate(
        zip(parts, readings, strict=True)) if not reading and not joined]
    if unread:
        alone = read_box_groups([(image, [boxes[n]], None) for n in unread], engine, dpi)
        for number, reading in zip(unread, alone, strict=True):
            readings[number] = reading
    return readings


def read_lost_lines(engine: OcrEngine, image: np.ndarray, dpi: float,
                    words: list[Word]) -> list[Word]:
    """The words, with print no surely read word covers read again (see the module
    docstring)."""
    if not words:
        return words
    height = word_height(words)
    read = [w for w in words if (w.conf or 0.0) >= DOUBTFUL_WORD]
    doubtful = [w for w in words if (w.conf or 0.0) < DOUBTFUL_WORD]
    parts = _parts(_unread_pieces(image < INK_LEVEL, read, height, dpi), read)
    if not parts:
        return words
    # Read words are whitened, so a margin around a piece never brings a neighbour's
    # letters; the words a piece continues are read with it.
    reopened = {id(w) for _, joined in parts for w in joined}
    blank = _whitened(image, [w for w in read if id(w) not in reopened])
    pad = round(BOX_PAD * height)
    rows, cols = image.shape[:2]
    boxes = [(max(int(p.x0) - pad, 0), max(int(p.top) - pad, 0),
              min(int(np.ceil(p.x1)) + pad, cols), min(int(p.bottom) + pad, rows))
             for p, _ in parts]
    readings = [_sure(found) for found in _read_pieces(blank, parts, boxes, engine, dpi)]
    # The words a piece reopens go when its reading is sure, unless another piece over
    # them read with doubt: there the first reading stands.
    replaced, kept = set(), set()
    for (piece, joined), reading in zip(parts, readings, strict=True):
        for w in [*joined, *(d for d in doubtful if overlaps(d, piece))]:
            if reading and short_digits(w) and not any(overlaps(r, w) for r in reading):
                continue  # a count's digit read with doubt twice: the second reader decides
            (replaced if reading else kept).add(id(w))
    out = [w for w in words if id(w) not in replaced - kept]
    for (piece, joined), reading in zip(parts, readings, strict=True):
        if any(id(w) in kept for w in [*joined, *doubtful] if overlaps(w, piece)):
            continue
        out += [w for w in reading if not any(
            o.x0 <= w.cx <= o.x1 and o.top <= w.cy <= o.bottom for o in out)]
    return out
