"""Page preparation on synthetic pages: bowed rules straightened, tight print kept upright."""

from __future__ import annotations

import cv2
import numpy as np

from rencana.extract.ocr.dewarp import rule_traces, straighten
from rencana.extract.ocr.grid import find_grids
from rencana.extract.ocr.preprocess import binarize, text_is_sideways

DPI = 200
XS = [100, 500, 900, 1300, 1700]
LEVELS = [150, 250, 350, 450, 550]


def _bow(x: np.ndarray) -> np.ndarray:
    """Wavy paper: rows rise and fall 7 px over a 900 px wave."""
    return 7 * np.sin(2 * np.pi * x / 900)


def _wavy_grid(bow=_bow) -> np.ndarray:
    """A 4 × 4 ruled grid whose every row, rules and print alike, bows by ``bow(x)``, with
    a word-like block of ink in each cell."""
    flat = np.full((700, 1800), 255, np.uint8)
    for y in LEVELS:
        cv2.line(flat, (XS[0], y), (XS[-1], y), 0, 2)
    for x in XS:
        cv2.line(flat, (x, LEVELS[0]), (x, LEVELS[-1]), 0, 2)
    for top in LEVELS[:-1]:
        for left in XS[:-1]:
            flat[top + 40 : top + 56, left + 60 : left + 200] = 0
    columns = np.arange(flat.shape[1], dtype=np.float32)
    map_x, map_y = np.meshgrid(columns, np.arange(flat.shape[0], dtype=np.float32))
    map_y = map_y - bow(columns)[None, :].astype(np.float32)
    return cv2.remap(flat, map_x, map_y, cv2.INTER_LINEAR, borderValue=255)


def _worst_bow(gray: np.ndarray) -> float:
    traces = rule_traces(binarize(gray), DPI)
    assert len(traces) == len(LEVELS)
    return max(float(t.max() - t.min()) for _, t in traces)


def test_bowed_rules_are_straightened_and_their_grid_found_whole() -> None:
    page = _wavy_grid()
    assert _worst_bow(page) > 10
    gray, shade = straighten(page, np.zeros_like(page), binarize(page), DPI)
    assert _worst_bow(gray) <= 2
    assert shade.shape == page.shape
    [grid] = find_grids(binarize(gray), DPI)
    assert (grid.n_rows, grid.n_cols) == (4, 4)
    assert all((c.rowspan, c.colspan) == (1, 1) for c in grid.cells)
    # the print moved with its row: each block still lies inside its cell
    ink = binarize(gray)
    for cell in grid.cells:
        x0, top, x1, bottom = cell.box
        assert ink[top + 3 : bottom - 2, x0 + 3 : x1 - 2].any()


def test_a_page_with_straight_rules_is_left_as_it_is() -> None:
    page = _wavy_grid(bow=lambda x: 0 * x)
    gray, _ = straighten(page, np.zeros_like(page), binarize(page), DPI)
    assert np.array_equal(gray, page)


def _print(width: int, height: int, line_gap: int, word_gap: int, turned: bool) -> np.ndarray:
    """A page of word-like blobs (``width`` × ``height`` px at 100 dpi) set in lines."""
    page = np.full((1100, 850), 255, np.uint8)
    for top in range(50, 1000, height + line_gap):
        for left in range(50, 760, width + word_gap):
            page[top : top + height, left : left + width] = 0
    return np.ascontiguousarray(np.rot90(page)) if turned else page


def test_small_print_set_tight_is_upright_and_a_turned_page_sideways() -> None:
    # 7 pt print at 100 dpi: words 14 × 6 px, one pixel between lines, three between words
    tight = _print(14, 6, 1, 3, turned=False)
    assert not text_is_sideways(binarize(tight), 100)
    assert text_is_sideways(binarize(_print(14, 6, 4, 3, turned=True)), 100)
