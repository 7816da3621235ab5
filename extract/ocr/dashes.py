"""Dashes: a "-" printed for "no value", found in the ink where the engine left it unread,
and a "-" the engine read kept only where one printed bar is.

Tables print "-" where a cell has no value. Alone in a grid cell, or alone on its line in
a list of values, the engine returns nothing for it; an empty cell is then taken for a
merged one and filled from above, and a list a line short pairs with nothing. A "-" is
small enough to be cleaned away as a speck, so the page's own ink is looked at; and
specks are as flat and as small as a "-" at 200 dpi, so where it stands decides. None
carries a number: nothing is invented.
"""

from __future__ import annotations

from collections.abc import Sequence

import cv2
import numpy as np

from rencana.extract.ocr.cells import words_in_boxes
from rencana.extract.ocr.grid import Grid
from rencana.extract.ocr.words import DASHES, word_height
from rencana.extract.words import Word

DASH_ASPECT = 2.0
"""A printed "-" is at least this many times wider than high: 6 × 3 px for a serif hyphen
at 8 pt and 300 dpi, once blurred."""
INK_PAD_INCH = 0.01
"""Margin round a "-" the engine read when its ink is looked at (a glyph's pieces lie
this close together)."""
MIN_DASH_INCH = 0.02
"""A printed "-" at 8 pt is about 0.03 inch long."""
LIST_DASH_INCH = 0.015
"""A "-" in a list of values may come out shorter in the page's ink: a thin bar scanned at
240 dpi binarises to 4 × 2 px. Its place in the list vouches for it; a bar this short
must also stand a line's pitch from the values next to it (:func:`_on_list_line`)."""
LINE_PITCH_SHARE = 0.75
"""How much of the list's line pitch a short bar must stand from its nearest value: a
speck between two lines stands half a pitch from each."""
DASH_MARGIN_INCH = 0.03
"""A lone dash is looked for this far inside a cell's rules, clear of their remains."""
DUST_INCH = 0.015
"""Round blobs under this size squared are paper grain (20 px at 300 dpi, 9 at 200)."""
DASH_FILL = 0.65
"""A printed bar fills its box (0.7–0.9); two grains of dust side by side do not."""
DASH_MIN_ASPECT = 1.5
MAX_DASH_HEIGHT_INCH = 0.02
"""A lone blob in a cell at least DASH_MIN_ASPECT times wider than high, and no higher
than a stroke, is a "-"; dust is round, and any other mark in the cell rules it out."""
MIN_DASH_PX = 2
"""A printed stroke, blurred by any scan, is at least this many pixels thick; a single row
of pixels is two grains of dust side by side."""
DASH_LENGTH = 1.2
"""A bar longer than this many word heights is a rule's stub or an underline, no "-"."""
DASH_LIST_LINES = 3.5
"""How far (word heights) from a value of its list a lone "-" may be: the next lines."""
DASH_ALIGN = 1.0
DASH_LIST_VALUES = 2
"""Values a lone "-" must be listed with: a speck beside one value is no list's "-"."""
DASH_NEAR = 0.5
"""No ink at all, dust included, this many word heights round a lone "-"."""
DASH_CLEAR = 1.0
"""White, in word heights, a lone "-" has on either side along its line."""
DASH_CONFIDENCE = 90.0
"""Confidence given to a dash read by its shape: a flat lone blob is hardly anything else."""


def dash_like(
    width: np.ndarray, height: np.ndarray, dpi: float, aspect: float = DASH_ASPECT,
    least_inch: float = MIN_DASH_INCH,
) -> np.ndarray:
    """Blobs shaped like a printed "-": flat, and long enough not to be a grain of dust."""
    return (width >= aspect * np.maximum(height, 1)) & (width >= dpi * least_inch)


def lone_dashes(
    ink: np.ndarray, cells: Sequence[Sequence[int]], words: Sequence[Word], dpi: float
) -> list[Word]:
    """A "-" for each cell whose only print is one dash-shaped blob the engine left unread.

    Tables print "-" for "no value"; alone in a cell the engine returns nothing for it,
    and an empty cell is then taken for a merged one and filled from above. A hyphen is
    small enough to be cleaned away as a speck (blurred at 200 dpi it is 5 × 3 px), so
    the page's own ink is looked at, well inside the cell's rules: exactly one blob, flat
    and no thicker than a stroke (dust grains smaller than any glyph aside). It carries
    no number: nothing is invented.
    """
    margin = int(dpi * DASH_MARGIN_INCH)
    found = []
    for (x0, top, x1, bottom), inside in zip(cells, words_in_boxes(words, cells), strict=True):
        if inside:
            continue
        left, upper = x0 + margin, top + margin
        dash = _lone_dash(ink[upper : bottom - margin, left : x1 - margin], dpi)
        if dash is not None:
            dx, dy, w, h = dash
            found.append(
                Word("-", left + dx, upper + dy, left + dx + w, upper + dy + h, DASH_CONFIDENCE)
            )
    return found


def grid_row_start_dashes(ink: np.ndarray, grids: Sequence[Grid], words: Sequence[Word],
                          dpi: float) -> list[Word]:
    """A "-" for each empty grid cell that one stands alone in on the line the cells left
    of it in its row start on (:func:`dash_on_row_start`), where the whole cell's ink is
    not one bar (:func:`lone_dashes` found none: a merged cell's specks)."""
    if not words:
        return []
    height = word_height(list(words))
    found = []
    for grid in grids:
        first_tops = [min((w.top for w in inside), default=None)
                      for inside in words_in_boxes(words, [gc.box for gc in grid.cells])]
        for gc, top in zip(grid.cells, first_tops, strict=True):
            if top is not None:
                continue
            starts = [t for other, t in zip(grid.cells, first_tops, strict=True)
                      if other.row == gc.row and other.col < gc.col and t is not None]
            if dash := dash_on_row_start(ink, gc.box, starts, height, dpi):
                found.append(dash)
    return found


def dash_on_row_start(ink: np.ndarray, box: Sequence[int], starts: Sequence[float],
                      height: float, dpi: float) -> Word | None:
    """A "-" alone on the line the cells left of it in its row start on (``starts``:
    their first lines' tops; ``height``: the page's word height), in an empty cell whose
    whole ink is not one bar.

    A merged cell many rows tall collects specks (a grain per line of its neighbours'
    height) that rule out the whole cell's test; a "-" is set where its row's cells
    start, so only that line's band across the cell, inside its rules, must be clear.
    The row must start an item: a value is named by the cells to its left, and a row
    carried over from the page before (its left cells all continue, a speck on its
    first line) holds no new value. A speck alone in such a band, level with the row's
    first line, is still taken as a "-": the same risk a small cell's test takes."""
    x0, top, x1, bottom = (int(v) for v in box)
    margin = int(dpi * DASH_MARGIN_INCH)
    for start in sorted(set(starts)):
        upper = max(top + margin, int(start - height / 2))
        lower = min(bottom - margin, int(np.ceil(start + 1.5 * height)))
        dash = _lone_dash(ink[upper:lower, x0 + margin : x1 - margin], dpi)
        if dash is None:
            continue
        dx, dy, w, h = dash
        word = Word("-", x0 + margin + dx, upper + dy, x0 + margin + dx + w, upper + dy + h,
                    DASH_CONFIDENCE)
        if abs(word.cy - (start + height / 2)) <= height / 2:
            return word
    return None


def _lone_dash(region: np.ndarray, dpi: float) -> tuple[int, int, int, int] | None:
    """(x, y, width, height) of the one printed bar in ``region``, None unless its only
    print is exactly one blob flat, solid and no thicker than a stroke (dust aside)."""
    if region.size == 0:
        return None
    _, _, stats, _ = cv2.connectedComponentsWithStats(region.astype(np.uint8))
    width, height = stats[1:, cv2.CC_STAT_WIDTH], stats[1:, cv2.CC_STAT_HEIGHT]
    area = stats[1:, cv2.CC_STAT_AREA]
    dash = (
        dash_like(width, height, dpi, DASH_MIN_ASPECT)
        & (area >= DASH_FILL * width * height)
        & (height <= dpi * MAX_DASH_HEIGHT_INCH)
        & (height >= MIN_DASH_PX)
    )
    dust = ~dash & (area < (dpi * DUST_INCH) ** 2)
    if dash.sum() != 1 or (~dash & ~dust).any():
        return None
    x, y, w, h = (int(v) for v in stats[1:][dash][0, :4])
    return x, y, w, h


def unread_dashes(ink: np.ndarray, words: Sequence[Word], dpi: float) -> list[Word]:
    """A "-" for each printed bar standing alone on its line that no word covers, in
    text outside any grid.

    A table without rules prints "-" for "no value" as it prints a number, one to a
    line ("-" above "Rp 783.242.000,-" in a list of amounts, one per item beside a
    bulleted list): read as one block, the engine drops such a bar, the list comes out a
    line short and no amount pairs with its item. A bar is taken only with white around
    it: nothing within DASH_CLEAR word heights along its line (not even dust: a speck on
    a faint dotted rule), nor half a height above or below (dust aside), so a hyphen in a
    word the engine lost, an underline or a rule's stub is never one."""
    if not words:
        return []
    height = word_height(list(words))
    _, labels, stats, _ = cv2.connectedComponentsWithStats(ink.astype(np.uint8))
    width, tall = stats[1:, cv2.CC_STAT_WIDTH], stats[1:, cv2.CC_STAT_HEIGHT]
    area = stats[1:, cv2.CC_STAT_AREA]
    bars = np.nonzero(dash_like(width, tall, dpi, DASH_MIN_ASPECT, LIST_DASH_INCH)
                      & (area >= DASH_FILL * width * tall) & (width <= DASH_LENGTH * height)
                      & (tall <= dpi * MAX_DASH_HEIGHT_INCH) & (tall >= MIN_DASH_PX))[0] + 1
    dust = (dpi * DUST_INCH) ** 2
    covered = np.zeros(ink.shape, bool)
    for w_ in words:
        covered[max(int(w_.top), 0) : int(np.ceil(w_.bottom)),
                max(int(w_.x0), 0) : int(np.ceil(w_.x1))] = True
    found = []
    for label in bars:
        x, y, w, h = (int(v) for v in stats[label, :4])
        x0, x1 = int(x - DASH_CLEAR * height), int(x + w + DASH_CLEAR * height)
        top, bottom = int(y + h / 2 - height / 2), int(y + h / 2 + height / 2)
        if covered[max(top, 0) : bottom, max(x0, 0) : x1].any():
            continue
        around = np.unique(labels[max(top, 0) : bottom, max(x0, 0) : x1])
        if any(other not in (0, label) and stats[other, cv2.CC_STAT_AREA] >= dust
               for other in around):
            continue
        # Not even dust along its own rows (a speck on a faint dotted rule) or close
        # round it (a speck with a grain beside it, ":" or "÷"-like): a "-" stands alone.
        near = int(np.ceil(DASH_NEAR * height))
        level = np.unique(np.concatenate([
            labels[max(y - 1, 0) : y + h + 1, max(x0, 0) : x1].ravel(),
            labels[max(y - near, 0) : y + h + near, max(x - near, 0) : x + w + near].ravel()]))
        if any(other not in (0, label) for other in level):
            continue
        dash = Word("-", x, y, x + w, y + h, DASH_CONFIDENCE)
        listed = [value for value in words if _in_list_with(dash, value, height)]
        if len(listed) >= DASH_LIST_VALUES and (
                w >= dpi * MIN_DASH_INCH or _on_list_line(dash, listed)):
            found.append(dash)
    return found


def _on_list_line(dash: Word, listed: Sequence[Word]) -> bool:
    """Does the bar stand on a line of its own in the list, not between two of its lines:
    as far from its nearest value as that value is from its own nearest (LINE_PITCH_SHARE
    of it)?"""
    nearest = min(listed, key=lambda v: abs(v.cy - dash.cy))
    pitch = min((abs(v.cy - nearest.cy) for v in listed if v is not nearest), default=0.0)
    return abs(nearest.cy - dash.cy) >= LINE_PITCH_SHARE * pitch > 0


def _in_list_with(dash: Word, value: Word, height: float) -> bool:
    """Is the bar set in a list with this value: a number or "-" on a line near it
    (DASH_LIST_LINES word heights), aligned with it on the right, left or centre (within
    DASH_ALIGN word heights: an amount's closing ",-" is often lost)? A speck is as flat
    and as small as a "-" at 200 dpi; only its place tells them apart."""
    if sum(ch.isdigit() for ch in value.text) < 2 and value.text not in DASHES:
        return False
    if not height / 2 < abs(value.cy - dash.cy) <= DASH_LIST_LINES * height:
        return False
    return min(abs(value.x1 - dash.x1), abs(value.x0 - dash.x0),
               abs(value.cx - dash.cx)) <= DASH_ALIGN * height


def printed_dashes(words: list[Word], ink: np.ndarray, dpi: float) -> list[Word]:
    """The words, less the bare dashes whose ink is not one printed bar.

    A "-" means "no value" and a band row with a value is no band: two specks side by
    side or a grain of show-through read as "-" would put a value where none is printed.
    """
    pad = int(np.ceil(dpi * INK_PAD_INCH))
    return [w for w in words if w.text not in DASHES or _lone_dash(
        ink[max(int(w.top) - pad, 0) : int(w.bottom) + pad + 1,
            max(int(w.x0) - pad, 0) : int(w.x1) + pad + 1], dpi) is not None]
