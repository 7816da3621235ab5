"""The digital path: a page's text layer → :class:`RawTable` records.

pdfplumber finds the ruled tables (its ``lines`` strategy follows the drawn grid, which is
what planning tables have). We do not use ``Table.extract()``: it returns ``None`` for
covered positions and loses the spans. Instead the grid is rebuilt from the cell boxes —
every distinct cell edge is a grid line, so a box crossing internal lines is a merged cell
with a row/column span — and the page's words are assigned to cells once, by their centre.
That keeps merged cells, wrapped lines and paragraph breaks, and costs one word pass per page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from rencana.records import BBox, Cell, RawTable

TABLE_SETTINGS = {
    "vertical_strategy": "lines",
    "horizontal_strategy": "lines",
    "snap_tolerance": 3,
    "join_tolerance": 3,
    "intersection_tolerance": 3,
}
METHOD = "pdfplumber"
EDGE_TOLERANCE = 2.0
"""Cell edges closer than this (points) are the same grid line."""
PARAGRAPH_GAP = 1.6
"""A vertical gap between two lines larger than this many line heights starts a new
paragraph; packed multi-item cells print one item per paragraph."""
MIN_CELLS = 4


@dataclass(frozen=True)
class Word:
    """A word of the text layer, with its box in page points (top-left origin)."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float


def page_words(page) -> list[Word]:
    """All words of a pdfplumber page.

    Words follow the content stream (``use_text_flow``): sorting chars into lines first
    chains neighbouring cells whose lines sit at different heights into one "line" and
    interleaves their letters ("P e n y a n d a n g"). Lines are rebuilt geometrically
    per cell afterwards.
    """
    return [
        Word(w["text"], w["x0"], w["top"], w["x1"], w["bottom"])
        for w in page.extract_words(keep_blank_chars=False, use_text_flow=True)
    ]


def group_lines(words: Sequence[Word]) -> list[list[Word]]:
    """Words grouped into lines (by vertical overlap), top to bottom, left to right."""
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (w.top, w.x0)):
        if lines:
            last = lines[-1]
            ref = last[0]
            height = max(ref.bottom - ref.top, 1.0)
            if abs(word.top - ref.top) < height * 0.5:
                last.append(word)
                continue
        lines.append([word])
    return [sorted(line, key=lambda w: w.x0) for line in lines]


def line_texts(words: Sequence[Word]) -> list[str]:
    """Text lines of a set of words."""
    return [" ".join(w.text for w in line) for line in group_lines(words)]


def cell_text(words: Sequence[Word]) -> tuple[str, tuple[float, ...]]:
    """Lines joined by "\\n", a paragraph break (a tall gap) as a blank line; and the top of
    each paragraph."""
    lines = group_lines(words)
    if not lines:
        return "", ()
    parts = [" ".join(w.text for w in lines[0])]
    tops = [lines[0][0].top]
    for prev, line in pairwise(lines):
        height = max(prev[0].bottom - prev[0].top, 1.0)
        gap = line[0].top - prev[0].bottom
        if gap > height * (PARAGRAPH_GAP - 1.0):
            parts.append("\n\n")
            tops.append(line[0].top)
        else:
            parts.append("\n")
        parts.append(" ".join(w.text for w in line))
    return "".join(parts), tuple(tops)


def _cluster(values: Sequence[float]) -> list[float]:
    """Sorted distinct coordinates, merging those within EDGE_TOLERANCE."""
    out: list[float] = []
    for v in sorted(values):
        if out and v - out[-1] <= EDGE_TOLERANCE:
            continue
        out.append(v)
    return out


def _index(lines: Sequence[float], value: float) -> int:
    """Index of the grid line nearest to ``value``."""
    return min(range(len(lines)), key=lambda i: abs(lines[i] - value))


def cells_from_boxes(boxes: Sequence[BBox], words: Sequence[Word]) -> tuple[list[Cell], int, int]:
    """Rebuild a spanned grid from cell boxes and fill it with the words inside each box."""
    xs = _cluster([b[0] for b in boxes] + [b[2] for b in boxes])
    ys = _cluster([b[1] for b in boxes] + [b[3] for b in boxes])
    n_cols, n_rows = len(xs) - 1, len(ys) - 1
    buckets: dict[int, list[Word]] = {i: [] for i in range(len(boxes))}
    for word in words:
        cx, cy = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
        for i, (x0, top, x1, bottom) in enumerate(boxes):
            if x0 <= cx <= x1 and top <= cy <= bottom:
                buckets[i].append(word)
                break
    cells = []
    for i, box in enumerate(boxes):
        col, row = _index(xs, box[0]), _index(ys, box[1])
        colspan = max(_index(xs, box[2]) - col, 1)
        rowspan = max(_index(ys, box[3]) - row, 1)
        text, tops = cell_text(buckets[i])
        bottom = max((w.bottom for w in buckets[i]), default=None)
        cells.append(Cell(row, col, text, rowspan, colspan, tuple(box), paragraph_tops=tops,
                          text_bottom=bottom))
    return cells, n_rows, n_cols


def extract_page_tables(page, page_number: int) -> tuple[list[RawTable], list[str]]:
    """Every ruled table on a pdfplumber page, and the page's text lines.

    Each table's ``context`` is the text printed above it on the page and below the
    previous table (its title block), which classification and families read.
    """
    words = page_words(page)
    found = sorted(page.find_tables(TABLE_SETTINGS), key=lambda t: (t.bbox[1], t.bbox[0]))
    tables: list[RawTable] = []
    floor = 0.0
    for table in found:
        boxes = [tuple(c) for c in table.cells]
        if len(boxes) < MIN_CELLS:
            continue
        x0, top, x1, bottom = table.bbox
        inside = [w for w in words if x0 <= (w.x0 + w.x1) / 2 <= x1
                  and top <= (w.top + w.bottom) / 2 <= bottom]
        cells, n_rows, n_cols = cells_from_boxes(boxes, inside)
        if n_rows < 2 or n_cols < 2:
            continue
        above = [w for w in words if floor <= w.top and w.bottom <= top]
        tables.append(
            RawTable(
                page=page_number,
                index=len(tables) + 1,
                n_rows=n_rows,
                n_cols=n_cols,
                cells=tuple(sorted(cells, key=lambda c: (c.row, c.col))),
                row_pages=(page_number,) * n_rows,
                method=METHOD,
                bbox=(x0, top, x1, bottom),
                context=tuple(line_texts(above)),
            )
        )
        floor = bottom
    return tables, line_texts(words)
