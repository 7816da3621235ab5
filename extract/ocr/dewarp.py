"""Straightening a page whose rules bow: wavy paper, page curl, a sheet not flat on the glass.

The grid reader (:mod:`grid`) takes rules for straight lines. On wavy paper a rule rises
and falls by 0.5 mm or more across the page (4 px at 200 dpi, more than its thickness):
the straight row lines then cut through the print, the bowed rule's remains are read as
letters ("2027" → "nares") and words fall into the row above. So before grids are looked
for, every long horizontal rule is traced across the page (the centre of its ink in each
column of pixels) and the page is remapped so that each runs level at its median height;
between two rules the shift is interpolated, beyond the outermost it is theirs. Vertical
rules are straightened the same way across. A page whose rules are straight within
STRAIGHT_INCH is left as it is: the remap would only blur it.
"""

from __future__ import annotations

import cv2
import numpy as np

SEGMENT_INCH = 0.1
"""Shortest straight run kept as a piece of a rule: a wave of 0.7 mm over 70 mm climbs
under a pixel along it at 200 dpi, and glyph strokes are shorter."""
JOIN_INCH = 0.03
"""Gap along a rule (a toner dropout, a crossing glyph) still bridged into one trace."""
MIN_TRACE_INCH = 2.0
"""Shortest rule traced: shorter runs (underlines, dashes) tell little of the page's bow."""
MAX_THICKNESS_INCH = 0.025
"""Thickest rule traced, on average along it: a thicker run is a filled band."""
MIN_FILLED = 0.9
"""Share of its columns a rule inks: a line of bold print leaves gaps between words."""
MAX_BOW_INCH = 0.25
"""A trace may bow this much (a page curl of 5 mm at its edge), its tilt aside; more is
print the runs joined, not one rule."""
SMOOTH_INCH = 0.15
"""Window of the running median along a trace: a glyph or a stamp touching a rule moves
its centre for a few pixels only."""
STRAIGHT_INCH = 0.015
"""Least bow (highest less lowest point of a trace, its tilt aside) that is straightened:
3 px at 200 dpi, over a scan's ragged rule edges; wavy paper bows 0.02 inch or more."""
FIELD_STEP_INCH = 0.02
"""Columns between two worked out shifts; the bow changes by a fraction of a pixel."""
MIN_TRACES = 2
"""Rules it takes to tell a bowed page from one bowed rule."""


def _runs(ink: np.ndarray, dpi: float) -> np.ndarray:
    """Horizontal runs of ink at least SEGMENT_INCH long, bridged over small gaps."""
    length = max(9, int(dpi * SEGMENT_INCH))
    runs = cv2.morphologyEx(ink, cv2.MORPH_OPEN, np.ones((1, length), np.uint8))
    bridge = max(3, int(dpi * JOIN_INCH))
    return cv2.morphologyEx(runs, cv2.MORPH_CLOSE, np.ones((1, bridge), np.uint8))


def _smoothed(values: np.ndarray, window: int) -> np.ndarray:
    """Running median of ``values`` over ``window`` samples (edges padded)."""
    half = window // 2
    padded = np.pad(values, half, mode="edge")
    windows = np.lib.stride_tricks.sliding_window_view(padded, 2 * half + 1)
    return np.median(windows, axis=1)


def rule_traces(ink: np.ndarray, dpi: float) -> list[tuple[int, np.ndarray]]:
    """(first column, centre row per column) of each long horizontal rule of an ink mask
    (255 = ink), smoothed; columns a trace has no ink in take the row beside them."""
    runs = _runs(ink, dpi)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(runs, connectivity=8)
    traces = []
    window = max(3, int(dpi * SMOOTH_INCH)) | 1
    for k in range(1, count):
        x, y, w, h, area = stats[k]
        if w < dpi * MIN_TRACE_INCH or area > w * dpi * MAX_THICKNESS_INCH:
            continue
        part = labels[y : y + h, x : x + w] == k
        weight = part.sum(axis=0)
        filled = weight > 0
        if filled.mean() < MIN_FILLED:
            continue
        rows = np.arange(h, dtype=float)[:, None]
        centre = np.full(w, np.nan)
        centre[filled] = (part * rows).sum(axis=0)[filled] / weight[filled]
        columns = np.arange(w)
        trace = y + _smoothed(np.interp(columns, columns[filled], centre[filled]), window)
        if _bow(trace) <= dpi * MAX_BOW_INCH:
            traces.append((int(x), trace))
    return traces


def _bow(trace: np.ndarray) -> float:
    """How far a trace departs from its own straight line (tilt is the deskew's)."""
    columns = np.arange(len(trace))
    slope, intercept = np.polyfit(columns, trace, 1)
    residual = trace - (slope * columns + intercept)
    return float(residual.max() - residual.min())


def _levels(traces: list[tuple[int, np.ndarray]], width: int) -> np.ndarray:
    """The height each trace is straightened to.

    A rule spanning part of the page (the rows of one column group) has its own median
    height over its own columns only; straightened to it, it would shift print otherwise
    than the rule above it where it starts, and tear the page there. So the longest rule
    runs level at its median, and each shorter one at the height that shifts it as the
    rules already placed shift the columns they share, on average."""
    bow_sum, count = np.zeros(width), np.zeros(width)
    levels = np.zeros(len(traces))
    for k in sorted(range(len(traces)), key=lambda k: -len(traces[k][1])):
        start, trace = traces[k]
        span = slice(start, start + len(trace))
        shared = count[span] > 0
        levels[k] = (np.median(trace[shared] - bow_sum[span][shared] / count[span][shared])
                     if shared.any() else np.median(trace))
        bow_sum[span] += trace - levels[k]
        count[span] += 1
    return levels


def _shift_field(traces: list[tuple[int, np.ndarray]], shape: tuple[int, int], step: int
                 ) -> np.ndarray:
    """Per pixel, how far below it its row's print lies (rows: the traces' levels, their
    shifts interpolated down each column; a column no trace covers takes the nearest
    covered column's). Worked out every ``step`` columns and widened: a bow is smooth."""
    height, width = shape
    levels = _levels(traces, width)
    order = np.argsort(levels)
    columns = np.arange(0, width, step)
    shifts = np.full((len(traces), len(columns)), np.nan)
    for row, k in enumerate(order):
        start, trace = traces[k]
        inside = (columns >= start) & (columns < start + len(trace))
        shifts[row, inside] = trace[columns[inside] - start] - levels[k]
    levels = levels[order]
    field = np.zeros((height, len(columns)), np.float32)
    covered = ~np.isnan(shifts).all(axis=0)
    if not covered.any():
        return np.zeros(shape, np.float32)
    rows = np.arange(height)
    for j in np.flatnonzero(covered):
        present = ~np.isnan(shifts[:, j])
        field[:, j] = np.interp(rows, levels[present], shifts[present, j])
    nearest = np.flatnonzero(covered)
    source = nearest[np.clip(np.searchsorted(nearest, np.arange(len(columns))), 0,
                             len(nearest) - 1)]
    return cv2.resize(field[:, source], (width, height), interpolation=cv2.INTER_LINEAR)


def _straightened(images: list[tuple[np.ndarray, int]], ink: np.ndarray, dpi: float,
                  axis: int) -> tuple[list[np.ndarray], np.ndarray]:
    """The images (each with the value its new border takes) remapped so the rules along
    ``axis`` (0: horizontal) run straight, and the ink likewise; unchanged when the
    page's rules are straight already."""
    flip = (lambda a: a) if axis == 0 else (lambda a: np.ascontiguousarray(a.T))
    traces = rule_traces(flip(ink), dpi)
    bowed = [t for t in traces if _bow(t[1]) >= dpi * STRAIGHT_INCH]
    if len(traces) < MIN_TRACES or not bowed:
        return [image for image, _ in images], ink
    # Whole pixels: print is moved, not resampled (a fractional shift blurs every stroke).
    shift = np.round(_shift_field(traces, flip(ink).shape, max(1, int(dpi * FIELD_STEP_INCH))))
    height, width = shift.shape
    cols, rows = np.meshgrid(np.arange(width, dtype=np.float32),
                             np.arange(height, dtype=np.float32))
    map_x, map_y = cols, rows + shift
    if axis == 1:
        map_x, map_y = map_y.T.copy(), map_x.T.copy()

    def remap(image: np.ndarray, border: int) -> np.ndarray:
        return cv2.remap(image, map_x, map_y, cv2.INTER_NEAREST,
                         borderMode=cv2.BORDER_CONSTANT, borderValue=border)

    return [remap(image, border) for image, border in images], remap(ink, 0)


def straighten(gray: np.ndarray, shade: np.ndarray, ink: np.ndarray, dpi: float
               ) -> tuple[np.ndarray, np.ndarray]:
    """The page (``gray``, dark ink on white) and its ``shade`` mask with bowed rules
    straightened, horizontal then vertical (module docstring); ``ink`` is the binarised
    ``gray`` the rules are traced in."""
    for axis in (0, 1):
        (gray, shade), ink = _straightened([(gray, 255), (shade, 0)], ink, dpi, axis)
    return gray, shade
