"""The header laid on the columns: labels (phrases joined with their continuation
lines), bands widened over the leaves they are centred on, and the header cells.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from statistics import median

from rencana.extract.unruled.columns import columns_of
from rencana.extract.unruled.lines import PHRASE_GAP, split_phrases
from rencana.extract.words import Word, cell_text
from rencana.records import Cell

NEXT_LINE = 0.5
"""A phrase whose middle lies this many word heights below a label's last line is on a
line of its own (words of one line differ by a fraction of that)."""
CENTRED = 1.5
"""A band whose text is off the middle of a run of columns by at most this many word
heights is centred over it."""


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


def header_labels(lines: list[list[Word]], bounds: Sequence[float], height: float
                   ) -> list[_Span]:
    """Header labels: phrases, joined with the phrase under them when it continues the same
    label (same columns, or a lone shorter line centred under a band)."""
    gap = PHRASE_GAP * height
    phrases = [_Span(p, *columns_of(p, bounds)) for line in lines for p in split_phrases(line, gap)]
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
    beside it near the label (that would make the label a band over several leaves).
    "Under" goes by the lines' middles: OCR boxes of words in a header band may be taller
    than their print and overlap the next line's."""
    if (span.top - label.bottom > 0.8 * height
            or min(w.cy for w in span.words) - max(w.cy for w in label.words) < NEXT_LINE * height):
        return False
    if not (label.first <= span.first and span.last <= label.last):
        return False
    (centre, _), (mid, _) = _centre(label.words), _centre(span.words)
    left = min(w.x0 for w in label.words)
    if abs(centre - mid) > height and abs(left - min(w.x0 for w in span.words)) > 0.5 * height:
        return False
    reach = (left - 1.5 * height, max(w.x1 for w in label.words) + 1.5 * height)
    return not any(p is not span and p.words[0] not in label.words
                   and p.top < span.bottom and span.top < p.bottom
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


def widen_bands(labels: list[_Span], bounds: Sequence[float], height: float) -> None:
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


def _one_per_cell(labels: list[_Span], level: list[int]) -> tuple[list[_Span], list[int]]:
    """The labels, those that would open the same cell joined in reading order. The lines
    of one label boxed taller than their print by OCR overlap, so none lies below the
    other and each would be a label of its own in that cell ("Urusan / Bidang", "Program",
    "Kegiatan / Sub")."""
    joined: dict[tuple[int, int], _Span] = {}
    for label, row in zip(labels, level, strict=True):
        same = joined.get((row, label.first))
        if same is None:
            joined[(row, label.first)] = _Span(list(label.words), label.first, label.last)
        else:
            same.words = sorted([*same.words, *label.words], key=lambda w: (w.top, w.x0))
            same.last = max(same.last, label.last)
    return list(joined.values()), [row for row, _ in joined]


def header_cells(labels: list[_Span], number_row: list[Word] | None,
                  bounds: Sequence[float], top: float, bottom: float) -> tuple[list[Cell], int]:
    """Header cells on the grid: a label's row is how many labels sit above it."""
    labels, level = _one_per_cell(labels, _levels(labels))
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
            col = columns_of([word], bounds)[0]
            cells.append(Cell(n_label_rows, col, word.text, 1, 1,
                              (bounds[col], top, bounds[col + 1], bottom)))
    return cells, n_label_rows + bool(number_row)
