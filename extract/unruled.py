"""Tables printed without vertical rules: columns from white space, rows from rules and
paragraphs.

Word processors and browsers often print planning tables with horizontal rules only (under
the header, between groups, under each row) or with none at all (zebra shading, white
space). pdfplumber's ``lines`` strategy needs rules in both directions and finds nothing
there. Such a table still has columns: vertical strips of white that no body line crosses
("rivers"); and rows: the rules where they are drawn, else the paragraphs of the column that
holds one entry per row. Text is grouped per column before it is grouped into lines,
because cells set in the middle of their row put neighbouring columns' lines at different
heights: page-wide lines would interleave cells.

The header is laid on the body's columns: a label whose phrase covers several columns is a
band (a column span), labels under it are its leaves, and a leaf alone in white space or
sharing a body column with another leaf (a quarter column nobody marked) makes its own
column. Everything is measured in word heights, so the geometry does not depend on units.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from statistics import median

from rencana.extract.words import Word, cell_text, group_lines
from rencana.normalize.numbers import is_column_number_row, looks_like_value
from rencana.records import BBox, Cell

PHRASE_GAP = 0.8
"""Words further apart than this many word heights on a line are in different cells."""
BLOCK_GAP = 3.0
"""A vertical gap taller than this many word heights ends a table (title, signature)."""
WIDE_LINE = 0.35
"""A one-phrase line wider than this share of the text is prose (a caption, a title),
unless it is a band row drawn between two rules."""
BAND_RULE = 1.0
"""A band row has rules within this many word heights above and below it…"""
BAND_WIDTH = 0.9
"""… each running across this share of the table's width."""
CLOSING_GAP = 1.5
"""A rule across the page followed by this many word heights of white closes a table
(what follows is a signature or a note, however close)."""
MIN_COLUMNS = 3
MIN_TABULAR_LINES = 3
"""A table has at least this many lines split into MIN_COLUMNS or more phrases."""
RIVER = 0.5
"""Narrowest white strip between two columns, in word heights."""
MAX_HEADER_LINES = 12
ROW_LINE_GAP = 0.4
"""Lines of one row are closer than this many word heights (a wrapped cell's leading);
the header sits further from the body."""
PARAGRAPH_STEP = 1.35
"""Lines of a column further apart than this many line pitches are separate paragraphs
(the gap between two rows is the cells' padding added to the pitch)."""
CENTRED = 1.5
"""A band whose text is off the middle of a run of columns by at most this many word
heights is centred over it."""
LEADING = (1.0, 1.3)
"""Range of line pitch (in word heights) body text is set at."""
KEY_SHARE = 0.8
"""A column whose lines are this share row keys (numbers, codes) holds one per row."""
MIN_REST_WORDS = 3
"""Fewest words a short continuation at a page top must have (not a lone page number)."""
MAX_CROSSING = 0.02
"""Share of a page's words that may cross a carried column boundary (an overflowing word)."""
RULE_LEVEL = 1.5
"""Rule pieces this close in height (points or pixels) are one rule."""
RULE_MIN_SHARE = 0.2
"""A horizontal rule counts for a table when it covers this share of its width (a rule
drawn only under the columns right of a merged cell still separates their rows)."""
_SIGNATURE = re.compile(
    r"^(?:[A-Z][\w .'-]{2,30},\s*\d{1,2}\s+\w+\s+\d{4}|mengetahui\b|nip\b)", re.IGNORECASE)
"""The start of a signature block below a table: "Tuban, 27 Mei 2025", "Mengetahui",
"NIP …" (after white space, it ends the table however close it follows)."""
_ROW_KEY = re.compile(r"^(?:\d{1,3}(?:\.\d{1,4})*|[A-Z]|[IVX]{1,4})[.)]?$")
"""What opens a body row in the first column: a number, a code, a letter or a roman."""


@dataclass(frozen=True)
class Rule:
    """A horizontal rule: its height on the page and horizontal extent."""

    y: float
    x0: float
    x1: float
    drawn: bool = True
    """A stroke (a line, a border), not the edge of a shaded band: shading runs under a
    merged cell's text too, so only a drawn rule splits a cell's text."""


@dataclass(frozen=True)
class LayoutTable:
    """A table rebuilt from word positions, in the raw-table record's terms."""

    cells: list[Cell]
    n_rows: int
    n_cols: int
    bbox: BBox
    bounds: tuple[float, ...]
    """Column boundaries, left to right: a continuation on the next page printed without
    the header (and with its merged columns empty) is read on them."""


@dataclass
class _Span:
    """A group of words (a header label or a body paragraph) with its columns."""

    words: list[Word]
    first: int
    last: int

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)


def _phrases(line: Sequence[Word], gap: float) -> list[list[Word]]:
    out: list[list[Word]] = []
    for word in line:
        if out and word.x0 - out[-1][-1].x1 <= gap:
            out[-1].append(word)
        else:
            out.append([word])
    return out


def _banded(line: Sequence[Word], rules: Sequence[Rule], span: tuple[float, float],
            height: float) -> bool:
    """Is the line drawn between two rules that run across the whole table (a band row
    such as "Tujuan RPJMD: …"), not merely under a header cell's border?"""
    top, bottom = min(w.top for w in line), max(w.bottom for w in line)
    near = BAND_RULE * height
    across = [r for r in rules
              if min(r.x1, span[1]) - max(r.x0, span[0]) >= BAND_WIDTH * (span[1] - span[0])]
    return any(top - near <= r.y <= top for r in across) and any(
        bottom <= r.y <= bottom + near for r in across)


def _blocks(lines: list[list[Word]], rules: Sequence[Rule], height: float
            ) -> list[list[list[Word]]]:
    """Runs of lines that may be tables: cut at prose lines and tall vertical gaps."""
    left = min(line[0].x0 for line in lines)
    width = max(line[-1].x1 for line in lines) - left
    gap = PHRASE_GAP * height
    blocks: list[list[list[Word]]] = [[]]
    for line in lines:
        top = min(w.top for w in line)
        prose = (len(_phrases(line, gap)) == 1 and line[-1].x1 - line[0].x0 > WIDE_LINE * width
                 and not _banded(line, rules, (left, left + width), height))
        previous = blocks[-1]
        end = max(w.bottom for w in previous[-1]) if previous else 0.0
        closed = any(end <= r.y <= top - CLOSING_GAP * height
                     and r.x1 - r.x0 >= BAND_WIDTH * width for r in rules)
        # A row of three or more cells after white space is the table going on (a
        # spreadsheet's tall rows); a signature or a note is not.
        far = top - end > BLOCK_GAP * height and len(_phrases(line, gap)) < MIN_COLUMNS
        signed = top - end > height and _SIGNATURE.match(" ".join(w.text for w in line))
        if previous and (prose or closed or far or signed):
            blocks.append([])
        if not prose:
            blocks[-1].append(line)
    return [_from_header(b, rules, gap) for b in blocks if b]


def _tabular(block: list[list[Word]], gap: float) -> bool:
    """Enough lines split into columns to be a table, not prose."""
    return sum(len(_phrases(line, gap)) >= MIN_COLUMNS for line in block) >= MIN_TABULAR_LINES


def _from_header(block: list[list[Word]], rules: Sequence[Rule], gap: float
                 ) -> list[list[Word]]:
    """A block without the one-phrase lines printed a little above it (a title, a
    caption): set apart from the next line by white space or by the table's top rule,
    unlike a header's own lines, which a label centred over two lines interleaves."""
    start = 0
    for k in range(len(block) - 1):
        if len(_phrases(block[k], gap)) != 1:
            break
        bottom, top = max(w.bottom for w in block[k]), min(w.top for w in block[k + 1])
        if top - bottom >= gap or any(bottom <= r.y <= top for r in rules):
            start = k + 1
    return block[start:]


def _body_start(lines: list[list[Word]], banded: list[bool], left: float, height: float) -> int:
    """Index of the first body line: after a column-number row, else the first line that
    opens with a row key in the first column, is a band row, or carries a value (a
    percentage, an amount, a count with its unit: header labels never do); 0 when the
    block has no header."""
    gap = PHRASE_GAP * height
    for i, line in enumerate(lines[:MAX_HEADER_LINES]):
        if is_column_number_row([w.text for w in line]):
            return i + 1
        keyed = line[0].x0 <= left + height and _ROW_KEY.match(line[0].text)
        if keyed or banded[i] or any(looks_like_value(" ".join(w.text for w in p))
                                     for p in _phrases(line, gap)):
            return _row_top(lines, i, height)
    return 0


def _row_top(lines: list[list[Word]], index: int, height: float) -> int:
    """The first line of the row that line ``index`` belongs to: a row whose cells are set
    in their middle starts with the taller cells' lines, packed closer to it than the
    header is (cell padding and a border lie between header and body)."""
    while index > 0 and (min(w.top for w in lines[index])
                         - max(w.bottom for w in lines[index - 1])) < ROW_LINE_GAP * height:
        index -= 1
    return index


def _ruled_header_end(lines: list[list[Word]], start: int, span: tuple[float, float],
                      rules: Sequence[Rule]) -> int:
    """The header ends at the first rule across the table under its first line, when one
    comes before the body line found by content: the lines between are the end of a
    row broken over the page, not header labels."""
    if start == 0:
        return 0
    first_bottom = max(w.bottom for w in lines[0])
    across = sorted(r.y for r in rules
                    if min(r.x1, span[1]) - max(r.x0, span[0]) >= BAND_WIDTH * (span[1] - span[0]))
    rule = next((y for y in across if first_bottom < y < min(w.top for w in lines[start])), None)
    if rule is None:
        return start
    return next(i for i, line in enumerate(lines) if min(w.top for w in line) > rule)


def _rivers(words: Sequence[Word], height: float) -> list[tuple[float, float]]:
    """White strips no word crosses, at least RIVER word heights wide, margins excluded."""
    spans = sorted((w.x0, w.x1) for w in words)
    rivers: list[tuple[float, float]] = []
    if not spans:
        return rivers
    reach = spans[0][1]
    for start, end in spans[1:]:
        if start - reach >= RIVER * height:
            rivers.append((reach, start))
        reach = max(reach, end)
    return rivers


def _refine(rivers: list[tuple[float, float]], header_lines: list[list[Word]],
            x0: float, x1: float, height: float) -> list[float]:
    """Column bounds: river middles, plus columns the header alone shows — a label sitting
    in a river (a column empty in the body) or labels side by side, with white between
    them, over one body column (one of them heads a column nobody filled on this page)."""
    edges = [x0, *[x for r in rivers for x in r], x1]
    columns = [(edges[i], edges[i + 1]) for i in range(0, len(edges), 2)]
    gap = PHRASE_GAP * height
    labels = [p for line in header_lines for p in _phrases(line, gap)]
    leaves = [p for p in labels if not any(
        min(w.top for w in q) > max(w.bottom for w in p) and q[0].x0 < p[-1].x1
        and p[0].x0 < q[-1].x1 for q in labels)]
    extra: list[tuple[float, float]] = []
    for left, right in rivers:
        inside = sorted((p[0].x0, p[-1].x1) for p in leaves
                        if p[0].x0 > left and p[-1].x1 < right)
        for start, end in inside:  # labels side by side head columns of their own
            if extra and start - extra[-1][1] < RIVER * height and extra[-1][0] >= left:
                extra[-1] = (extra[-1][0], max(extra[-1][1], end))
            else:
                extra.append((start, end))
    split: list[float] = []
    for left, right in columns:
        inside = sorted((p[0].x0, p[-1].x1) for p in labels
                        if left <= (p[0].x0 + p[-1].x1) / 2 <= right
                        and p[-1].x1 - p[0].x0 <= right - left + 2 * RIVER * height)
        reach = inside[0][1] if inside else left
        for start, end in inside[1:]:
            if start - reach >= RIVER * height:
                split.append((reach + start) / 2)
            reach = max(reach, end)
    spans = sorted([*columns, *extra])
    bounds = [x0] + [(a[1] + b[0]) / 2 for a, b in pairwise(spans)] + [x1]
    return sorted({*bounds, *split})


def _columns_of(words: Sequence[Word], bounds: Sequence[float]) -> tuple[int, int]:
    """First and last column a group of words covers; grazing a column (a right-aligned
    label reaching over the middle of a river) does not count."""
    x0, x1 = min(w.x0 for w in words), max(w.x1 for w in words)
    least = max(0.2 * (x1 - x0), 1e-6)
    cols = [i for i in range(len(bounds) - 1)
            if min(x1, bounds[i + 1]) - max(x0, bounds[i]) >= least]
    if not cols:
        centre = (x0 + x1) / 2
        cols = [max(0, min(len(bounds) - 2, sum(b <= centre for b in bounds) - 1))]
    return cols[0], cols[-1]


def _header_labels(lines: list[list[Word]], bounds: Sequence[float], height: float
                   ) -> list[_Span]:
    """Header labels: phrases, joined with the phrase under them when it continues the same
    label (same columns, or a lone shorter line centred under a band)."""
    gap = PHRASE_GAP * height
    phrases = [_Span(p, *_columns_of(p, bounds)) for line in lines for p in _phrases(line, gap)]
    phrases.sort(key=lambda s: s.top)
    labels: list[_Span] = []
    for span in phrases:
        owner = next((label for label in reversed(labels) if _continues(label, span, phrases,
                                                                         height)), None)
        if owner is None:
            labels.append(span)
        else:
            owner.words += span.words
    return labels


def _continues(label: _Span, span: _Span, phrases: list[_Span], height: float) -> bool:
    """Is ``span`` the next line of ``label``? It starts right under it, aligned with it
    (same centre, or same left edge), in the same columns or fewer, with no other phrase
    beside it near the label (that would make the label a band over several leaves)."""
    if not 0 <= span.top - label.bottom <= 0.8 * height:
        return False
    if not (label.first <= span.first and span.last <= label.last):
        return False
    (centre, _), (mid, _) = _centre(label.words), _centre(span.words)
    left = min(w.x0 for w in label.words)
    if abs(centre - mid) > height and abs(left - min(w.x0 for w in span.words)) > 0.5 * height:
        return False
    reach = (left - 1.5 * height, max(w.x1 for w in label.words) + 1.5 * height)
    return not any(p is not span and p.top < span.bottom and span.top < p.bottom
                   and p.words[0].x0 < reach[1] and p.words[-1].x1 > reach[0] for p in phrases)


def _levels(labels: list[_Span]) -> list[int]:
    """A label's header row: one below the deepest label above it in its columns."""
    level: list[int] = []
    for i, label in enumerate(labels):
        above = [level[j] for j, other in enumerate(labels[:i])
                 if other.bottom <= label.top and other.first <= label.last
                 and label.first <= other.last]
        level.append(1 + max(above) if above else 0)
    return level


def _centre(words: Sequence[Word]) -> tuple[float, float]:
    """Horizontal and vertical centre of a group of words."""
    return ((min(w.x0 for w in words) + max(w.x1 for w in words)) / 2,
            (min(w.top for w in words) + max(w.bottom for w in words)) / 2)


def _widen_bands(labels: list[_Span], bounds: Sequence[float], height: float) -> None:
    """Stretch each band over the columns its label is centred on.

    A band's text ("Rencana Tahun 2025") covers only the middle of the columns it heads.
    Neighbouring columns belong to it when their label sits in the band's sub-row (its
    top or middle level with the band's own leaves, not above them like a label running
    the header's full height); of those, the band takes the run it is centred over.
    """
    level = _levels(labels)
    for i, band in enumerate(labels):
        children = [c for j, c in enumerate(labels) if level[j] == level[i] + 1
                    and c.first <= band.last and band.first <= c.last]
        if not children:
            continue
        left, right = band.first, band.last
        while left > 0 and _in_sub_row(left - 1, band, children, labels, height):
            left -= 1
        while right < len(bounds) - 2 and _in_sub_row(right + 1, band, children, labels, height):
            right += 1
        mid = _centre(band.words)[0]
        band.first, band.last = min(
            ((a, b) for a in range(left, band.first + 1) for b in range(band.last, right + 1)),
            key=lambda ab: (_off_centre(bounds[ab[0]], bounds[ab[1] + 1], mid, height),
                            ab[0] - ab[1]))


def _off_centre(x0: float, x1: float, mid: float, height: float) -> float:
    """How far ``mid`` is from the middle of x0…x1; within CENTRED word heights is
    centred (the outer bounds are text edges, not the cell's border), so the widest
    centred run wins."""
    off = abs((x0 + x1) / 2 - mid)
    return 0.0 if off <= CENTRED * height else off


def _in_sub_row(col: int, band: _Span, children: list[_Span], labels: list[_Span],
                height: float) -> bool:
    """Is the label heading ``col`` level with the band's leaves (top or middle)?"""
    heads = [x for x in labels if x.first <= col <= x.last]
    if not heads:
        return False
    head = min(heads, key=lambda x: x.top)
    tolerance = 0.35 * height
    return head.top >= band.bottom - 0.2 * height and (
        abs(head.top - min(c.top for c in children)) <= tolerance
        or abs(_centre(head.words)[1] - median(_centre(c.words)[1] for c in children))
        <= tolerance)


def _header_cells(labels: list[_Span], number_row: list[Word] | None,
                  bounds: Sequence[float], top: float, bottom: float) -> tuple[list[Cell], int]:
    """Header cells on the grid: a label's row is how many labels sit above it."""
    level = _levels(labels)
    n_label_rows = 1 + max(level, default=0)
    cells = []
    for i, label in enumerate(labels):
        below = any(level[j] > level[i] and other.first <= label.last and label.first <= other.last
                    for j, other in enumerate(labels))
        rowspan = 1 if below else n_label_rows - level[i]
        cells.append(Cell(level[i], label.first, cell_text(label.words, 10.0)[0], rowspan,
                          label.last - label.first + 1,
                          (bounds[label.first], top, bounds[label.last + 1], bottom)))
    if number_row:
        for word in number_row:
            col = _columns_of([word], bounds)[0]
            cells.append(Cell(n_label_rows, col, word.text, 1, 1,
                              (bounds[col], top, bounds[col + 1], bottom)))
    return cells, n_label_rows + bool(number_row)


def _paragraphs(words: Sequence[Word], rules: Sequence[Rule], pitch: float
                ) -> list[list[Word]]:
    """A column's words as paragraphs: a wide line gap, or a rule under this column
    between two lines, splits (a rule drawn only under the columns right of a merged
    cell does not split the merged cell's text).

    In a key column (row numbers, codes: one short line per row) every line is its own
    paragraph, however close the rows are set.
    """
    lines = group_lines(words)
    keyed = sum(bool(_ROW_KEY.match(" ".join(w.text for w in line))) for line in lines)
    key_column = len(lines) >= 2 and keyed >= KEY_SHARE * len(lines)
    out: list[list[Word]] = []
    previous: list[Word] | None = None
    for line in lines:
        if previous is not None and not key_column:
            top = min(w.top for w in line)
            centre_gap = (top + max(w.bottom for w in line)) / 2 - (
                min(w.top for w in previous) + max(w.bottom for w in previous)) / 2
            ruled = any(r.drawn and _mid(previous) <= r.y <= _mid(line)
                        and r.x0 <= line[0].x0 and line[-1].x1 <= r.x1 for r in rules)
            if centre_gap <= PARAGRAPH_STEP * pitch and not ruled:
                out[-1].extend(line)
                previous = line
                continue
        out.append(list(line))
        previous = line
    return out


def _mid(line: Sequence[Word]) -> float:
    """Vertical middle of a line (a font's box may reach over a rule drawn close above)."""
    return (min(w.top for w in line) + max(w.bottom for w in line)) / 2


def _line_pitch(columns: list[list[Word]], height: float) -> float:
    """The body's line pitch (leading): the shortest usual distance between two lines of
    a column, i.e. of a wrapped cell, within the range fonts are set at; rows further
    apart add the cells' padding."""
    steps = []
    for words in columns:
        centres = [sum(w.cy for w in line) / len(line) for line in group_lines(words)]
        steps += [b - a for a, b in pairwise(centres)]
    usual = sorted(s for s in steps if s >= 0.8 * height)
    low = usual[len(usual) // 10] if usual else LEADING[1] * height
    return min(max(low, LEADING[0] * height), LEADING[1] * height)


def _body_cells(body: list[Word], bands: list[list[Word]], bounds: Sequence[float],
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
    paragraphs = [_paragraphs(words, rules, pitch) for words in columns]
    anchor = max(range(n_cols), key=lambda c: (len(paragraphs[c]), -c))
    cuts = {top, bottom, *(r.y for r in rules if top < r.y < bottom)}
    for a, b in pairwise(paragraphs[anchor]):
        end, start = _mid(group_lines(a)[-1]), _mid(group_lines(b)[0])
        if not any(end <= y <= start for y in cuts):
            cuts.add((max(w.bottom for w in a) + min(w.top for w in b)) / 2)
    edges = sorted(cuts)
    edges = [y for i, y in enumerate(edges) if i == 0 or y - edges[i - 1] > 0.5 * height]

    def row_of(y: float) -> int:
        return max(0, min(len(edges) - 2, sum(e <= y for e in edges) - 1))

    placed: dict[tuple[int, int], list[Word]] = {}
    last_row: dict[tuple[int, int], int] = {}
    for col, paras in enumerate(paragraphs):
        group = _groups(edges, rules, bounds, col)
        for para in paras:
            lines = group_lines(para)
            row = group[row_of(sum(w.cy for w in lines[0]) / len(lines[0]))]
            placed.setdefault((row, col), []).extend(para)
            end = row_of(sum(w.cy for w in lines[-1]) / len(lines[-1]))
            span_end = max(r for r in range(row, len(group)) if group[r] == row)
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
        text, tops = cell_text(words, PARAGRAPH_STEP * pitch / height)
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


def _table_rules(rules: Sequence[Rule], x0: float, x1: float) -> list[Rule]:
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


def _fits(words: Sequence[Word], bounds: Sequence[float], height: float) -> bool:
    """Do the words sit in these columns: inside their span, and (but for a few) not
    across a boundary?"""
    if min(w.x0 for w in words) < bounds[0] - 2 * height or (
            max(w.x1 for w in words) > bounds[-1] + 2 * height):
        return False
    inner = bounds[1:-1]
    crossing = sum(any(w.x0 + height / 2 < b < w.x1 - height / 2 for b in inner) for w in words)
    return crossing <= MAX_CROSSING * len(words)


def _table(lines: list[list[Word]], rules: Sequence[Rule], height: float,
           carried: Sequence[float] | None) -> LayoutTable | None:
    words = [w for line in lines for w in line]
    x0, x1 = min(w.x0 for w in words), max(w.x1 for w in words)
    ruled = _table_rules(rules, x0, x1)
    gap = PHRASE_GAP * height
    banded = [len(_phrases(line, gap)) == 1 and _banded(line, rules, (x0, x1), height)
              for line in lines]
    start = _ruled_header_end(lines, _body_start(lines, banded, x0, height), (x0, x1), rules)
    header_lines, body_lines = lines[:start], lines[start:]
    bands = [line for line, band in zip(lines[start:], banded[start:], strict=True) if band]
    number_row = header_lines[-1] if header_lines and is_column_number_row(
        [w.text for w in header_lines[-1]]) else None
    label_lines = header_lines[:-1] if number_row else header_lines
    columnar = [w for line, band in zip(body_lines, banded[start:], strict=True) if not band
                for w in line]
    if not columnar:
        return None
    bounds = _refine(_rivers(columnar, height), label_lines, x0, x1, height)
    # A continuation (with or without its header) keeps the previous page's columns,
    # which the merged cells left empty on this page no longer show.
    if carried and len(carried) >= len(bounds) and _fits(columnar, carried, height):
        bounds = list(carried)
    if len(bounds) - 1 < 2:
        return None
    top = min(w.top for w in words)
    body_top = min(w.top for w in body_lines[0]) - 0.2 * height
    bottom = max(w.bottom for w in words)
    cells: list[Cell] = []
    n_header = 0
    if header_lines:
        labels = _header_labels(label_lines, bounds, height) if label_lines else []
        _widen_bands(labels, bounds, height)
        cells, n_header = _header_cells(labels, number_row, bounds, top, body_top)
    body_cells, n_body = _body_cells(columnar, bands, bounds, ruled, n_header, body_top,
                                     bottom + 0.1, height)
    return LayoutTable(cells + body_cells, n_header + n_body, len(bounds) - 1,
                       (x0, top, x1, bottom), tuple(bounds))


def unruled_tables(words: Sequence[Word], rules: Sequence[Rule],
                   carried: Sequence[float] | None = None) -> list[LayoutTable]:
    """Tables on a page that draws no vertical rules, top to bottom. ``carried``: the
    column bounds of the table the previous page ended with, for a continuation printed
    without its header."""
    if not words:
        return []
    height = median(w.bottom - w.top for w in words)
    lines = group_lines(words)
    tables: list[LayoutTable] = []
    for k, block in enumerate(_blocks(lines, rules, height)):
        words_in = [w for line in block for w in line]
        # The rest of the previous page's last row may be too short to look like a table.
        rest = k == 0 and carried is not None and len(words_in) >= MIN_REST_WORDS and _fits(
            words_in, carried, height)
        if _tabular(block, PHRASE_GAP * height) or rest:
            table = _table(block, rules, height, carried if not tables else None)
            if table is not None:
                tables.append(table)
    return tables
