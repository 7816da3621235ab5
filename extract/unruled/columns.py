"""Columns of a table drawn without vertical rules: white rivers no body word crosses,
split further where the header shows a column the body left empty.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from rencana.extract.unruled.lines import PHRASE_GAP, ROW_KEY, split_phrases
from rencana.extract.words import Word, group_lines

RIVER = 0.5
"""Narrowest white strip between two columns, in word heights."""
DOUBTFUL_CONF = 50.0
"""Engine confidence below which a word crossing a column gap may be a stray."""
MAX_CROSSING = 0.02
"""Share of a page's words that may cross a carried column boundary (an overflowing word)
or lie outside its columns."""


def _doubtful(word: Word) -> bool:
    """An engine word that may be a misread speck or stamp remnant rather than print:
    read with low confidence, or of at most two letters or digits."""
    return word.conf is not None and (
        word.conf < DOUBTFUL_CONF or sum(ch.isalnum() for ch in word.text) <= 2)


def find_rivers(words: Sequence[Word], height: float, stray: int = 0
                ) -> list[tuple[float, float]]:
    """White strips at least RIVER word heights wide that no word crosses, margins
    excluded; with ``stray`` > 0, strips that at most that many doubtful words cross (on a
    scan, a speck or a stamp remnant read as a word must not close a river, but a column
    holding one clear value on the page is still a column). A row key opening its line
    ("1" of the only row on the page), read surely and no taller than a word, is the
    first column's print, never a stray (a punch hole read "O" is taller)."""
    keys = {id(line[0]) for line in group_lines(words) if ROW_KEY.match(line[0].text)
            and (line[0].conf or 0.0) >= DOUBTFUL_CONF
            and line[0].bottom - line[0].top <= height}
    weight = {id(w): 1 if stray and _doubtful(w) and id(w) not in keys else stray + 1
              for w in words}
    events = sorted([(w.x0, weight[id(w)]) for w in words]
                    + [(w.x1, -weight[id(w)]) for w in words])
    rivers: list[tuple[float, float]] = []
    depth, opened = 0, None
    for x, step in events:
        before = depth
        depth += step
        if before > stray >= depth:
            opened = x
        elif depth > stray >= before and opened is not None:
            if x - opened >= RIVER * height:
                rivers.append((opened, x))
            opened = None
    return rivers


def column_bounds(rivers: list[tuple[float, float]], header_lines: list[list[Word]],
            x0: float, x1: float, height: float) -> list[float]:
    """Column bounds: river middles, plus columns the header alone shows — a label sitting
    in a river (a column empty in the body) or labels side by side, with white between
    them, over one body column (one of them heads a column nobody filled on this page)."""
    edges = [x0, *[x for r in rivers for x in r], x1]
    columns = [(edges[i], edges[i + 1]) for i in range(0, len(edges), 2)]
    gap = PHRASE_GAP * height
    # A label is words: a speck in the header band (read "-" or ".") heads no column.
    labels = [p for line in header_lines for p in split_phrases(line, gap)
              if any(ch.isalnum() for w in p for ch in w.text)]
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


def split_at_numbers(bounds: Sequence[float], number_row: Sequence[Word], height: float
                     ) -> list[float]:
    """The bounds with a column split wherever the column-number row "(1) (2) …" prints
    two numbers in one column: each number heads a column of its own. On a scan, a
    stray word or a word box swollen by a speck can bridge the narrow white between two
    columns; the number row, short and spaced out, still shows both."""
    out = list(bounds)
    numbers = sorted((w for w in number_row if any(ch.isdigit() for ch in w.text)),
                     key=lambda w: w.x0)
    for left, right in pairwise(numbers):
        gap = (left.x1 + right.x0) / 2
        if right.x0 - left.x1 >= RIVER * height and not any(
                left.cx < b < right.cx for b in out):
            out.append(gap)
    return sorted(out)


def fit_numbers(bounds: Sequence[float], number_row: Sequence[Word]) -> list[float]:
    """The bounds cut down to one column per number of the column-number row "(1) (2) …".

    Rivers and header labels can cut a column in two where a scan's word boxes or a
    label's wording leave white inside it; the number row says how many columns there are
    and centres each number in its column. Between two neighbouring numbers one bound is
    kept: the choice that centres every column on its number best.
    """
    centres = sorted((w.x0 + w.x1) / 2 for w in number_row)
    inner = list(bounds[1:-1])
    if len(centres) < 2 or len(inner) <= len(centres) - 1:
        return list(bounds)
    gaps = [[b for b in inner if a < b < c] for a, c in pairwise(centres)]
    if not all(gaps) or sum(map(len, gaps)) != len(inner):
        return list(bounds)
    # best[b] = (cost, bounds so far) with b the latest bound kept.
    best: dict[float, tuple[float, list[float]]] = {bounds[0]: (0.0, [bounds[0]])}
    for k, options in enumerate([*gaps, [bounds[-1]]]):
        step: dict[float, tuple[float, list[float]]] = {}
        for right in options:
            step[right] = min(((cost + abs((left + right) / 2 - centres[k]), [*kept, right])
                               for left, (cost, kept) in best.items()), key=lambda t: t[0])
        best = step
    return best[bounds[-1]][1]


def columns_of(words: Sequence[Word], bounds: Sequence[float]) -> tuple[int, int]:
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


def fits_columns(words: Sequence[Word], bounds: Sequence[float], height: float) -> bool:
    """Do the words sit in these columns: inside their span and not across a boundary,
    but for a few (an overflowing word)? On a scan, doubtful words do not count: specks
    in the margin, and the dark edge of a page scanned a quarter turned read as a column
    of "1", "a", ":" along the image's border."""
    inner = bounds[1:-1]
    astray = sum(w.x0 < bounds[0] - 2 * height or w.x1 > bounds[-1] + 2 * height
                 or any(w.x0 + height / 2 < b < w.x1 - height / 2 for b in inner)
                 for w in words if not _doubtful(w))
    return astray <= MAX_CROSSING * len(words)
