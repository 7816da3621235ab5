"""Merged cells set in the middle of their rows, in a table that draws no row rules.

Word, Calc and browsers centre a merged cell's text vertically by default. With rules
drawn, the rule broken under the column shows where the merged cell begins; without
them, a program name centred over four action rows starts beside the second or third,
and read by its first line it would be filled down from there: the rows above it would
take the previous program. Its rows are instead recovered from the geometry: the
merged cells of one column follow each other without gaps or overlaps, and each is
centred on its text. A short value of the same item (its target "100%", its number)
is centred at the same height as the item's name and shares its rows.

A column is read this way only when its wrapped texts do not start where a row starts
(top-aligned merged cells start with their first row and need none of this).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from rencana.extract.words import Word, group_lines

ALIGN_TOLERANCE = 0.5
"""Word heights within which a text's top is level with a row's first line."""
CENTRE_TOLERANCE = 0.5
"""Word heights within which two texts (or a text and its row) share a middle."""
GAP_COST = 0.05
"""Cost, in word heights of misplacement, of leaving a row of a centred column empty
above its first text (the rows of a cell begun on the page before) or below its last
(filled down alike): small, so that it only decides between spans that centre their
text equally well."""
INNER_GAP_COST = 0.5
"""The same cost for a row left empty between two texts of a centred column: merged
cells follow each other, so the tiling leaves no row out for less than half a word
height of centring."""


@dataclass(frozen=True)
class Block:
    """One paragraph of a column: where its text is and which rows its lines fall in."""

    top: float
    bottom: float
    first_row: int
    last_row: int
    lines: int

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2


def _block(para: Sequence[Word], row_of: Callable[[float], int]) -> Block:
    lines = group_lines(para)
    first = sum(w.cy for w in lines[0]) / len(lines[0])
    last = sum(w.cy for w in lines[-1]) / len(lines[-1])
    return Block(min(w.top for w in para), max(w.bottom for w in para), row_of(first),
                 row_of(last), len(lines))


def _is_centred(blocks: Sequence[Block], row_tops: Sequence[float], height: float) -> bool:
    """At least half the wrapped texts of the column start away from every row's first
    line."""
    wrapped = [b for b in blocks if b.lines >= 2]
    if not wrapped:
        return False
    adrift = [b for b in wrapped
              if all(abs(b.top - t) > ALIGN_TOLERANCE * height for t in row_tops)]
    return 2 * len(adrift) >= len(wrapped)


def _tile(blocks: Sequence[Block], edges: Sequence[float], height: float
          ) -> list[tuple[int, int]]:
    """Rows (first, last) of each block such that they follow each other, each holds its
    text, and each is centred on it as well as possible (dynamic programming)."""
    n_rows = len(edges) - 1

    def cost(block: Block, first: int, last: int) -> float:
        middle = (edges[first] + edges[last + 1]) / 2
        return abs(middle - block.middle) / height

    # best[last] = (cost, spans) of the blocks so far, the latest ending on row ``last``.
    best: dict[int, tuple[float, list[tuple[int, int]]]] = {-1: (0.0, [])}
    for k, block in enumerate(blocks):
        limit = blocks[k + 1].first_row - 1 if k + 1 < len(blocks) else n_rows - 1
        step: dict[int, tuple[float, list[tuple[int, int]]]] = {}
        gap = INNER_GAP_COST if k else GAP_COST
        for prev_last, (so_far, spans) in best.items():
            for first in range(prev_last + 1, block.first_row + 1):
                for last in range(max(block.last_row, first), limit + 1):
                    total = so_far + gap * (first - prev_last - 1) + cost(block, first, last)
                    if last not in step or total < step[last][0]:
                        step[last] = (total, [*spans, (first, last)])
        if not step:
            return [(b.first_row, b.last_row) for b in blocks]
        best = step
    return min(best.items(), key=lambda kv: kv[1][0] + GAP_COST * (n_rows - 1 - kv[0]))[1][1]


def centred_row_edges(paragraphs: Sequence[Sequence[Sequence[Word]]], anchor: int,
                      edges: Sequence[float], row_of: Callable[[float], int], height: float
                      ) -> list[float]:
    """The row edges of a body that centres every cell, its rows' own too.

    Without row rules, the edges are first put halfway between the anchor column's
    paragraphs. When each row's text is centred in a row as tall as its tallest cell,
    that halfway line is up to half a padding off, and a merged cell's rows, chosen
    by how well they centre its text, take one row too few at either end. The one-line
    cells of other columns tell such a body apart: they share the middle of their row's
    wrapped anchor text, not its first line. Then each edge is where the row above is
    centred on its text, going down from the body's top (kept between the two rows'
    texts, so an error does not run on).
    """
    rows = [_block(p, row_of) for p in paragraphs[anchor]]
    if len(rows) != len(edges) - 1:
        return list(edges)
    middle = top = 0
    for col, paras in enumerate(paragraphs):
        for block in (_block(p, row_of) for p in paras if col != anchor):
            row = rows[block.first_row]
            if block.lines > 1 or row.lines < 2:
                continue  # a one-line row's top and middle are level
            middle += abs(block.middle - row.middle) <= CENTRE_TOLERANCE * height
            top += abs(block.top - row.top) <= ALIGN_TOLERANCE * height
    if middle <= top:
        return list(edges)
    out = [edges[0]]
    for row, below in pairwise(rows):
        # Never above the edge before (OCR boxes of two rows may overlap).
        out.append(max(out[-1], min(max(2 * row.middle - out[-1], row.bottom), below.top)))
    return [*out, edges[-1]]


def centred_spans(paragraphs: Sequence[Sequence[Sequence[Word]]], anchor: int,
                  edges: Sequence[float], row_of: Callable[[float], int], height: float
                  ) -> dict[tuple[int, int], tuple[int, int]]:
    """(column, paragraph index) → (first row, last row) for the paragraphs that are
    merged cells centred on their rows; paragraphs not listed are placed by their first
    line. ``anchor`` is the column whose paragraphs made the rows."""
    blocks = [[_block(p, row_of) for p in paras] for paras in paragraphs]
    row_tops = [b.top for b in blocks[anchor]]
    spans: dict[tuple[int, int], tuple[int, int]] = {}
    for col, column in enumerate(blocks):
        if col != anchor and _is_centred(column, row_tops, height):
            for k, span in enumerate(_tile(column, edges, height)):
                spans[(col, k)] = span
    tiled = [(blocks[col][k].middle, span) for (col, k), span in spans.items()]
    for col, column in enumerate(blocks):
        for k, block in enumerate(column):
            if col == anchor or (col, k) in spans or block.lines > 1:
                continue
            own = block.first_row
            if abs((edges[own] + edges[own + 1]) / 2 - block.middle) <= CENTRE_TOLERANCE * height:
                continue  # centred on its own row: a value of that row
            same = [span for middle, span in tiled
                    if abs(middle - block.middle) <= CENTRE_TOLERANCE * height]
            if same:
                spans[(col, k)] = same[0]
    return spans
