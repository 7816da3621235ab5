"""Word layout: OCR words → lines, cell texts, and columns of a table without vertical rules.

OCR boxes hug the glyphs (an "a" is shorter than a "T"), so words are grouped into lines
by their vertical centres, not their tops as in a text layer.

Tables whose vertical rules are faint or absent still have columns: vertical strips that
no word of the body crosses ("rivers" of white). The body's rivers set the columns; the
header row is laid on them, a header phrase crossing a river becoming a column span —
so the header still anchors each column, as in the ruled case.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

import numpy as np

from rencana.extract.ocr.grid import find_rules, rule_masks
from rencana.extract.words import Word, group_lines
from rencana.extract.words import cell_text as cell_lines
from rencana.records import Cell

PARAGRAPH_PITCH = 1.9
"""Lines further apart (centre to centre) than this many word heights are separate
paragraphs (a blank line), as in the digital path, where packed multi-item cells print
one item per paragraph. Ordinary line pitch is about 1.3 word heights."""
RIVER_INCH = 0.08
"""Narrowest white strip between two columns."""
PHRASE_GAP_INCH = 0.15
"""Header words farther apart than this belong to different header cells."""
MIN_RULED_ROWS = 3


def cell_text(words: Sequence[Word]) -> str:
    """A cell's text from OCR words (see :func:`rencana.extract.words.cell_text`)."""
    return cell_lines(words, PARAGRAPH_PITCH)[0]


def column_bounds(words: Sequence[Word], x0: float, x1: float, dpi: float) -> list[float]:
    """Column boundaries (x) from white rivers no word crosses, outer edges included."""
    width = int(x1 - x0) + 1
    occupied = np.zeros(width, dtype=bool)
    for w in words:
        occupied[max(0, int(w.x0 - x0)) : max(0, int(w.x1 - x0)) + 1] = True
    bounds = [x0]
    run_start = None
    for i, used in enumerate(occupied):
        if not used and run_start is None:
            run_start = i
        elif used and run_start is not None:
            if i - run_start >= RIVER_INCH * dpi and run_start > 0:
                bounds.append(x0 + (run_start + i) / 2)
            run_start = None
    bounds.append(x1)
    return bounds


def _phrases(line: Sequence[Word], dpi: float) -> list[list[Word]]:
    out: list[list[Word]] = []
    for w in line:
        if out and w.x0 - out[-1][-1].x1 <= PHRASE_GAP_INCH * dpi:
            out[-1].append(w)
        else:
            out.append([w])
    return out


def _overlapped(bounds: Sequence[float], a: float, b: float) -> tuple[int, int]:
    cols = [i for i in range(len(bounds) - 1) if min(b, bounds[i + 1]) - max(a, bounds[i]) > 0]
    return (cols[0], cols[-1]) if cols else (0, 0)


def cluster_table(
    ink: np.ndarray, words: Sequence[Word], dpi: float
) -> tuple[list[Cell], int, int, tuple[float, float, float, float]] | None:
    """A table from horizontal rules and word columns, when vertical rules are missing.

    Needs at least MIN_RULED_ROWS long horizontal rules (top, under the header, bottom):
    without them a page of prose would pass for a table. The first band is the header,
    laid on the body's columns; body bands are split into rows by :func:`row_starts`.
    Cell boxes are in pixels (the caller converts).
    """
    horizontal, _ = rule_masks(ink, dpi)
    page_width = ink.shape[1]
    rules = [r for r in find_rules(horizontal, dpi, axis=0) if r.length >= page_width * 0.3]
    if len(rules) < MIN_RULED_ROWS:
        return None
    x0 = min(r.spans[0][0] for r in rules)
    x1 = max(r.spans[-1][1] for r in rules)
    ys = [r.pos for r in rules]
    body = [w for w in words if ys[1] <= w.cy <= ys[-1] and x0 <= w.cx <= x1]
    header = [w for w in words if ys[0] <= w.cy < ys[1] and x0 <= w.cx <= x1]
    bounds = column_bounds(body, x0, x1, dpi)
    n_cols = len(bounds) - 1
    if n_cols < 2:
        return None
    cells: list[Cell] = []
    for phrase in _phrases(sorted(header, key=lambda w: w.x0), dpi):
        c0, c1 = _overlapped(bounds, phrase[0].x0, phrase[-1].x1)
        if any(c.col <= c1 and c0 <= c.col + c.colspan - 1 for c in cells):
            continue
        box = (bounds[c0], ys[0], bounds[c1 + 1], ys[1])
        cells.append(
            Cell(
                0,
                c0,
                cell_text(phrase),
                1,
                c1 - c0 + 1,
                box,
                float(np.mean([w.conf for w in phrase])),
            )
        )
    taken = {c.col + k for c in cells for k in range(c.colspan)}
    for col in range(n_cols):
        if col not in taken:
            cells.append(Cell(0, col, "", 1, 1, (bounds[col], ys[0], bounds[col + 1], ys[1])))
    row_ys = [ys[0], ys[1]]
    for top, bottom in pairwise(ys[1:]):
        band = [w for w in body if top <= w.cy <= bottom]
        row_ys += [*row_starts(band, bounds), bottom]
    for row, (top, bottom) in enumerate(pairwise(row_ys[1:]), start=1):
        for col in range(n_cols):
            box = (bounds[col], top, bounds[col + 1], bottom)
            inside = [w for w in body if box[0] <= w.cx <= box[2] and box[1] <= w.cy < box[3]]
            conf = float(np.mean([w.conf for w in inside])) if inside else None
            cells.append(Cell(row, col, cell_text(inside), 1, 1, box, conf))
    return cells, len(row_ys) - 1, n_cols, (x0, ys[0], x1, ys[-1])


def row_starts(band: Sequence[Word], bounds: Sequence[float]) -> list[float]:
    """Where new rows begin inside a band of body text with no rule between its rows.

    Anchored on the first column that holds text on more than one line (the row number
    or the first name column): each of its lines after the first starts a row, and the
    boundary is drawn just above that line. A band whose anchor has one line is one row
    (its other columns' extra lines are wrapped text).
    """
    lines = group_lines(band)
    for col in range(len(bounds) - 1):
        starts = [
            line for line in lines if any(bounds[col] <= w.cx < bounds[col + 1] for w in line)
        ]
        if len(starts) > 1:
            return [min(w.top for w in line) - 1 for line in starts[1:]]
        if starts:
            return []
    return []
