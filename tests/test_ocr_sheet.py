"""A photographed sheet is seen square-on; a scan is left as it is."""

from __future__ import annotations

import cv2
import numpy as np

from rencana.extract.ocr.sheet import square_on

SHEET = (800, 1100)  # width, height of the flat sheet (pixels)
RULES = (200, 500, 800)  # heights of its printed rules


def _sheet() -> np.ndarray:
    page = np.full((SHEET[1], SHEET[0], 3), 235, np.uint8)
    for y in RULES:
        cv2.line(page, (60, y), (SHEET[0] - 60, y), (20, 20, 20), 3)
    return page


def _photo(corners: list[tuple[int, int]], size=(1000, 1400)) -> np.ndarray:
    """The sheet laid on a dark desk, its corners (tl, tr, br, bl) where given."""
    w, h = SHEET
    source = np.float32([[0, 0], [w - 1, 0], [w - 1, h - 1], [0, h - 1]])
    warp = cv2.getPerspectiveTransform(source, np.float32(corners))
    desk = np.random.default_rng(1).integers(50, 90, (size[1], size[0], 3), dtype=np.uint8)
    seen = cv2.warpPerspective(_sheet(), warp, size)
    inside = cv2.warpPerspective(np.full((h, w), 255, np.uint8), warp, size) > 0
    desk[inside] = seen[inside]
    return desk


def _rule_heights(image: np.ndarray, x: int) -> list[int]:
    column = cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)[:, x] < 100
    rows = np.nonzero(column)[0]
    return [int(run.mean()) for run in np.split(rows, np.nonzero(np.diff(rows) > 1)[0] + 1)
            if run.size]


def test_a_sheet_photographed_at_a_tilt_comes_out_flat_with_level_rules():
    photo = _photo([(150, 100), (880, 160), (930, 1300), (90, 1330)])
    flat = square_on(photo)
    assert flat.shape[:2] != photo.shape[:2]
    left, right = _rule_heights(flat, 120), _rule_heights(flat, flat.shape[1] - 120)
    assert len(left) == len(right) == len(RULES)
    assert all(abs(a - b) <= 3 for a, b in zip(left, right, strict=True))  # level again
    before = _rule_heights(photo, 250), _rule_heights(photo, 800)
    assert any(abs(a - b) > 10 for a, b in zip(*before, strict=True))  # they sloped


def test_a_scan_and_a_sheet_laid_square_on_a_dark_lid_are_left_as_they_are():
    scan = np.full((1400, 1000, 3), 240, np.uint8)
    cv2.line(scan, (60, 300), (940, 300), (20, 20, 20), 3)
    assert square_on(scan) is scan
    crooked = _photo([(120, 100), (900, 130), (855, 1300), (75, 1270)])  # turned, not tilted
    assert square_on(crooked) is crooked
