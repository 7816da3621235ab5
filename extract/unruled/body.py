"""Body rows and cells: rules (a rule broken under a column marks a merged cell there)
and the paragraphs of the column with the most entries; a paragraph running over row
cuts is a merged cell.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from itertools import pairwise
from statistics import median

from rencana.extract.unruled.centred import centred_row_edges, centred_spans
from rencana.extract.unruled.lines import ROW_KEY, RULE_LEVEL, Rule, line_middle
from rencana.extract.words import Word, cell_text, group_lines
from rencana.records import Cell

PARAGRAPH_STEP = 1.35
"""Lines of a column further apart than this many line pitches are separate paragraphs
(the gap between two rows is the cells' padding added to the pitch)."""
EDGE_STEP = 1.25
"""Lines whose tops or bottoms step this many pitches or less belong to one paragraph,
where an OCR box two lines high hides their middles' step (:func:`_same_paragraph`)."""
LEADING = (1.0, 1.3)
"""Range of line pitch (in word heights) body text is set at."""
KEY_SHARE = 0.8
"""A column whose lines are this share row keys (numbers, codes) holds one per row."""
MIN_RULED_ROWS = 3
ROW_START_STEP = 1.3
"""A line this many pitches below the last one, level with the next row's other cells,
begins that row (:func:`_split_at_row_starts`): a merged cell's own lines keep their pitch
within a fifth of it, however their words are boxed (1.17 measured where a speck raised a
line's box); a tight row gap measured 1.38."""
UNRULED_GAP_SHARE = 0.2
"""At most this share of the paragraph gaps of a table that rules its rows (more than
MIN_RULED_ROWS of them) lack a rule."""
RULE_MIN_SHARE = 0.2
"""A horizontal rule counts for a table when it covers this share of its width (a rule
drawn only under the columns right of a merged cell still separates their rows)."""


def _paragraphs(words: Sequence[Word], rules: Sequence[Rule], pitch: float
                ) -> list[list[Word]]:
    """A column's words as paragraphs: a wide line gap, or a rule under this column
    between two lines, splits (a rule drawn only under the columns right of a merged
    cell does not split the merged cell's text).

    In a key column (row numbers, codes: one short line per row) every line is its own
    paragraph, however close the rows are set.
    """
    lines = group_lines(words)
    keyed = sum(bool(ROW_KEY.match(" ".join(w.text for w in line))) for line in lines)
    key_column = len(lines) >= 2 and keyed >= KEY_SHARE * len(lines)
    out: list[list[Word]] = []
    previous: list[Word] | None = None
    for line in lines:
        if previous is not None and not key_column:
            ruled = any(r.drawn and line_middle(previous) <= r.y <= line_middle(line)
                        and r.x0 <= line[0].x0 and line[-1].x1 <= r.x1 for r in rules)
            if _same_paragraph(previous, line, pitch) and not ruled:
                out[-1].extend(line)
                previous = line
                continue
        out.append(list(line))
        previous = line
    return out


def _same_paragraph(upper: Sequence[Word], lower: Sequence[Word], pitch: float) -> bool:
    """Is ``lower`` the next line of ``upper``'s paragraph: their middles at most
    PARAGRAPH_STEP pitches apart, or, when either line's box is taller than the pitch
    (an OCR box that takes in a glyph of the line above or below moves its line's middle
    and one edge by a line, never the other edge), their nearer edges' step at most
    EDGE_STEP pitches (an edge's step is the lines' true distance, so the margin for
    boxes is less)."""
    (top, bottom), (next_top, next_bottom) = _extent(upper), _extent(lower)
    if (next_top + next_bottom - top - bottom) / 2 <= PARAGRAPH_STEP * pitch:
        return True
    tall = max(bottom - top, next_bottom - next_top) > pitch
    return tall and min(next_top - top, next_bottom - bottom) <= EDGE_STEP * pitch


def _extent(line: Sequence[Word]) -> tuple[float, float]:
    return min(w.top for w in line), max(w.bottom for w in line)


def _line_pitch(columns: list[list[Word]], height: float) -> float:
    """The body's line pitch (leading): the shortest usual distance between two lines of
    a column, i.e. of a wrapped cell, within the range fonts are set at; rows further
    apart add the cells' padding."""
    steps, heights = [], []
    for words in columns:
        lines = group_lines(words)
        centres = [sum(w.cy for w in line) / len(line) for line in lines]
        steps += [b - a for a, b in pairwise(centres)]
        heights += [max(w.bottom for w in line) - min(w.top for w in line) for line in lines]
    # Leading is set in line heights: a line's full height (ascender to descender). A
    # text layer gives every word that height; OCR boxes a word to its ink, so the
    # median word ("mem", "dan") is shorter than the line.
    height = max(height, median(heights)) if heights else height
    usual = sorted(s for s in steps if s >= 0.8 * height)
    low = usual[len(usual) // 10] if usual else LEADING[1] * height
    return min(max(low, LEADING[0] * height), LEADING[1] * height)


def body_cells(body: list[Word], bands: list[list[Word]], bounds: Sequence[float],
                rules: Sequence[Rule], first_row: int, top: float, bottom: float,
                height: float) -> tuple[list[Cell], int]:
    """Body rows from rules and the paragraphs of the column with the most of them; a
    band row (a heading drawn across the table between two rules) is one cell spanning
    every column."""
    n_cols = len(bounds) - 1
    columns: list[list[Word]] = [[] for _ in range(n_cols)]
    for w in body:
        columns[max(0, min(n_cols - 1, bisect_right(bounds, w.cx) - 1))].append(w)
    pitch = _line_pitch(columns, height)
    # cell_text measures in the heights of the cell's own word boxes, which on a scan are
    # shorter than the layout's word height (see unruled_tables' height_scale).
    box_height = median(w.bottom - w.top for w in body)
    paragraphs = [_paragraphs(words, rules, pitch) for words in columns]
    anchor = max(range(n_cols), key=lambda c: (len(paragraphs[c]), -c))
    cuts = {top, bottom, *(r.y for r in rules if top < r.y < bottom)}
    gaps = [(a, b) for a, b in pairwise(paragraphs[anchor])
            if not any(line_middle(group_lines(a)[-1]) <= y <= line_middle(group_lines(b)[0])
                       for y in cuts)]
    # A table that rules its rows rules them all: there, a paragraph gap without a rule
    # is a wide line gap inside a cell (OCR boxes make leading uneven), not a row.
    all_ruled = (len(paragraphs[anchor]) > MIN_RULED_ROWS
                 and len(gaps) <= UNRULED_GAP_SHARE * (len(paragraphs[anchor]) - 1))
    if not all_ruled:
        cuts |= {(max(w.bottom for w in a) + min(w.top for w in b)) / 2 for a, b in gaps}
    edges = sorted(cuts)
    edges = [y for i, y in enumerate(edges) if i == 0 or y - edges[i - 1] > 0.5 * height]
    edges = _without_empty_rows(edges, [*body, *(w for band in bands for w in band)], rules)

    def row_of(y: float) -> int:
        return max(0, min(len(edges) - 2, sum(e <= y for e in edges) - 1))

    # Rules between rows place merged cells (see _groups); only a body without any is
    # read for centred ones.
    ruled_body = len(edges) < 4 or any(
        r.drawn and edges[1] + RULE_LEVEL < r.y < edges[-2] - RULE_LEVEL for r in rules)
    # Edges on rules (drawn under some columns only) stay where they are drawn.
    if not ruled_body and not any(r.drawn and edges[0] < r.y < edges[-1] for r in rules):
        edges = centred_row_edges(paragraphs, anchor, edges, row_of, height)
    starts = _row_starts(paragraphs, row_of)
    paragraphs = [[part for para in paras
                   for part in _split_at_row_starts(para, col, starts, row_of, pitch, height)]
                  for col, paras in enumerate(paragraphs)]
    centred = {} if ruled_body else centred_spans(paragraphs, anchor, edges, row_of, height)
    placed: dict[tuple[int, int], list[Word]] = {}
    last_row: dict[tuple[int, int], int] = {}
    for col, paras in enumerate(paragraphs):
        group = _groups(edges, rules, bounds, col)
        for k, para in enumerate(paras):
            if (col, k) in centred:
                row, end = centred[(col, k)]
                placed.setdefault((row, col), []).extend(para)
                last_row[(row, col)] = max(last_row.get((row, col), row), end)
                continue
            lines = group_lines(para)
            own = row_of(_middle(lines[0]))
            row = group[own]
            if (row, col) in placed and _level_with_row(lines[0], col, own, starts, height):
                row = own  # a second block level with the next row's text: a faded rule
            placed.setdefault((row, col), []).extend(para)
            end = row_of(_middle(lines[-1]))
            span_end = max(r for r in range(own, len(group)) if group[r] == group[own])
            last_row[(row, col)] = max(last_row.get((row, col), row), end, span_end)
    cells, covered = [], set()
    for band in bands:
        row = row_of(sum(w.cy for w in band) / len(band))
        covered |= {(row, col) for col in range(n_cols)}
        cells.append(Cell(first_row + row, 0, cell_text(band, PARAGRAPH_STEP)[0], 1, n_cols,
                          (bounds[0], edges[row], bounds[-1], edges[row + 1])))
    for (row, col), words in sorted(placed.items()):
        if (row, col) in covered:
            continue
        end = last_row[(row, col)]
        stop = next((r for r in range(row + 1, end + 1) if (r, col) in placed), end + 1)
        covered |= {(r, col) for r in range(row, stop)}
        text, tops = cell_text(words, PARAGRAPH_STEP * pitch / box_height)
        cells.append(Cell(first_row + row, col, text, stop - row, 1,
                          (bounds[col], edges[row], bounds[col + 1], edges[stop]),
                          paragraph_tops=tops, text_bottom=max(w.bottom for w in words)))
    n_rows = len(edges) - 1
    for row in range(n_rows):
        for col in range(n_cols):
            if (row, col) not in covered:
                cells.append(Cell(first_row + row, col, "", 1, 1,
                                  (bounds[col], edges[row], bounds[col + 1], edges[row + 1])))
    return cells, n_rows


def _without_empty_rows(edges: Sequence[float], words: Sequence[Word], rules: Sequence[Rule]
                        ) -> list[float]:
    """The edges but those no drawn rule marks beside a row no word is in: the edge of a
    tint (a zebra row's, or a scan's uneven shading) a little below the header's rule
    would open an empty row there, and a merged cell centred on its rows would take it."""
    if len(edges) < 3:
        return list(edges)
    middles = sorted(w.cy for w in words)

    def filled(low: float, high: float) -> bool:
        return bisect_left(middles, low) < bisect_left(middles, high)

    kept = [edges[0]]
    for y, below in pairwise(edges[1:]):
        drawn = any(r.drawn and abs(r.y - y) <= RULE_LEVEL for r in rules)
        if drawn or (filled(kept[-1], y) and filled(y, below)):
            kept.append(y)
    return [*kept, edges[-1]]


def _row_starts(paragraphs: Sequence[Sequence[list[Word]]], row_of: Callable[[float], int]
                ) -> dict[int, list[tuple[int, float]]]:
    """For each row, the columns and tops of the first lines of the paragraphs that
    begin in it."""
    starts: dict[int, list[tuple[int, float]]] = {}
    for col, paras in enumerate(paragraphs):
        for para in paras:
            first = group_lines(para)[0]
            starts.setdefault(row_of(_middle(first)), []).append(
                (col, min(w.top for w in first)))
    return starts


def _level_with_row(line: Sequence[Word], col: int, row: int,
                    starts: dict[int, list[tuple[int, float]]], height: float) -> bool:
    """Does the line begin level (within half a word height) with the text another
    column begins in ``row``?"""
    top = min(w.top for w in line)
    return any(c != col and abs(top - start) <= height / 2 for c, start in starts.get(row, ()))


def _middle(line: Sequence[Word]) -> float:
    return sum(w.cy for w in line) / len(line)


def _split_at_row_starts(para: list[Word], col: int, starts: dict[int, list[tuple[int, float]]],
                         row_of: Callable[[float], int], pitch: float, height: float
                         ) -> list[list[Word]]:
    """The paragraph, split where a line after a wider step (ROW_START_STEP pitches)
    begins a row level (within half a word height) with another column's text there.

    A copy fades a thin rule unevenly: lost under one column, it leaves that column's
    text of two rows as one paragraph over the row cut, and so one merged cell holding
    both rows' names. A merged cell's own lines keep their pitch; a line set level with
    the next row's other cells after a wider step is that row's own."""
    lines = group_lines(para)
    parts = [list(lines[0])]
    for previous, line in pairwise(lines):
        row = row_of(_middle(line))
        if (row != row_of(_middle(previous))
                and _middle(line) - _middle(previous) > ROW_START_STEP * pitch
                and _level_with_row(line, col, row, starts, height)):
            parts.append([])
        parts[-1].extend(line)
    return parts


def table_rules(rules: Sequence[Rule], x0: float, x1: float) -> list[Rule]:
    """The pieces of rules at heights where the table's rules add up to RULE_MIN_SHARE
    of its width (a rule broken under merged cells still separates the other rows)."""
    inside = [r for r in rules if min(r.x1, x1) > max(r.x0, x0)]
    out = []
    for rule in inside:
        level = [r for r in inside if abs(r.y - rule.y) <= RULE_LEVEL]
        if sum(min(r.x1, x1) - max(r.x0, x0) for r in level) >= RULE_MIN_SHARE * (x1 - x0):
            out.append(rule)
    return out


def _groups(edges: Sequence[float], rules: Sequence[Rule], bounds: Sequence[float],
            col: int) -> list[int]:
    """For each row, the first row of the merged cell it belongs to in column ``col``.

    Where rules are drawn between rows but broken under this column, the column's cell
    goes on across that edge (a merged cell whose text may be set in its middle, rows
    below its first). Edges with no drawn rule at all tell nothing and separate.
    """
    lo, hi = bounds[col], bounds[col + 1]
    first = [0]
    for k in range(1, len(edges) - 1):
        drawn = [r for r in rules if r.drawn and abs(r.y - edges[k]) <= RULE_LEVEL]
        under = any(min(r.x1, hi) - max(r.x0, lo) >= 0.5 * (hi - lo) for r in drawn)
        first.append(first[-1] if drawn and not under else k)
    return first
