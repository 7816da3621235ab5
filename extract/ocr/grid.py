"""Ruled-grid recovery from a page's ink mask.

The digital path reads cell boxes from drawn lines; here the lines must first be found in
pixels. Morphological opening with a long thin kernel keeps only strokes longer than any
letter, giving horizontal and vertical line *segments*. Segments at the same position are
one ruling line whose *coverage* may have gaps (broken or faint rules, a stamp over it).
Every line position is a grid line; a boundary between two grid positions exists when the
line there covers most of that stretch. Positions not separated by a boundary form one
merged cell — which is how row and column spans are recovered, exactly as a missing
internal line means a merged cell in the printed table.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import pairwise

import cv2
import numpy as np

from rencana.extract.ocr.blobs import chosen_pixels

MIN_RULE_INCH = 1 / 6
"""Shortest stroke taken for a rule: longer than any letter stroke at table font sizes."""
SAME_LINE_INCH = 0.04
FREE_RULE_INCH = 0.4
"""A horizontal run this long outside a grid is a rule, never a glyph (a bold "—" at 8 pt
is under 0.15 inch)."""
MAX_RULE_THICKNESS_INCH = 0.025
"""Segments closer than this across their length belong to the same ruling line."""
RULE_CHUNK_INCH = 0.5
"""Stretch of a rule whose own rows are found at once (a rule scanned a little askew
moves a row over its length)."""
RULE_LINE_SHARE = 0.9
"""A run of rows beside a rule covering this share of a stretch is a line too (a double
rule); text merged into a run covers less, broken at word spaces."""
EMBEDDED_SHARE = 0.5
"""A run with ink right above or right below it along more than this share of its length
lies along letters, not a rule..."""
RAGGED_EDGE_INCH = 0.01
"""How far past a run its sides are looked at: a scanned rule's rows are not all straight
runs, and its ragged edge is still the rule."""
LONGEST_WORD_INCH = 1.2
"""...if it is no longer than a word: a longer run so touched is a rule with text or a
fill against it, or one row of a thick rule whose other rows are broken here and there."""
BOUNDARY_COVERAGE = 0.5
"""A grid boundary exists where the rule covers at least this share of the stretch."""
MIN_TABLE_INCH = 0.5
BRIDGE_INCH = 0.06
"""Gaps along a rule up to this long are bridged (toner dropout, a broken line)."""
FAINT_RULE_LEVEL = 225
"""Grey level (of a flattened page, paper ~250) under which a thin stroke may be a rule:
a grid of grey hairlines (a spreadsheet's or a browser's light borders) prints at ~190,
lighter than the ink threshold that text sets."""
FAINT_RULE_INCH = 0.5
"""Least straight run of a faint line taken for a rule."""


@dataclass(frozen=True)
class Rule:
    """A ruling line: its position across, and the covered intervals along it (pixels)."""

    pos: float
    spans: tuple[tuple[int, int], ...]

    def coverage(self, start: float, end: float) -> float:
        """Share of ``[start, end]`` this rule covers."""
        if end <= start:
            return 0.0
        covered = sum(max(0.0, min(b, end) - max(a, start)) for a, b in self.spans)
        return covered / (end - start)

    @property
    def length(self) -> int:
        return sum(b - a for a, b in self.spans)


@dataclass(frozen=True)
class GridCell:
    """A (possibly merged) cell: grid anchor, spans and pixel box."""

    row: int
    col: int
    rowspan: int
    colspan: int
    box: tuple[int, int, int, int]


@dataclass(frozen=True)
class Grid:
    """One ruled table: grid line positions (pixels) and its cells."""

    xs: tuple[int, ...]
    ys: tuple[int, ...]
    cells: tuple[GridCell, ...]
    h_rules: tuple[Rule, ...] = ()
    v_rules: tuple[Rule, ...] = ()
    """The rules actually found (a missing border has no spans), for painting them out."""

    @property
    def box(self) -> tuple[int, int, int, int]:
        return self.xs[0], self.ys[0], self.xs[-1], self.ys[-1]

    @property
    def n_rows(self) -> int:
        return len(self.ys) - 1

    @property
    def n_cols(self) -> int:
        return len(self.xs) - 1


def faint_rule_ink(gray: np.ndarray, dpi: float) -> np.ndarray:
    """Long thin light-grey lines of a flattened page (255 = ink), for a page whose ink
    holds no grid: a hairline grid in grey falls under the page's ink threshold and its
    table would be read as one without rules. Filled areas that light (zebra rows, a
    tinted header) are thicker than any rule; the grey rims a stamp or a signature leaves
    once its colour is taken out are curved: neither runs straight for FAINT_RULE_INCH."""
    faint = (gray < FAINT_RULE_LEVEL).astype(np.uint8) * 255
    thick = max(3, int(dpi * MAX_RULE_THICKNESS_INCH))
    fills = cv2.morphologyEx(faint, cv2.MORPH_OPEN, np.ones((thick, thick), np.uint8))
    thin = cv2.subtract(faint, cv2.dilate(fills, np.ones((3, 3), np.uint8)))
    length = int(dpi * FAINT_RULE_INCH)
    return cv2.max(cv2.morphologyEx(thin, cv2.MORPH_OPEN, np.ones((1, length), np.uint8)),
                   cv2.morphologyEx(thin, cv2.MORPH_OPEN, np.ones((length, 1), np.uint8)))


def rule_masks(ink: np.ndarray, dpi: float) -> tuple[np.ndarray, np.ndarray]:
    """Horizontal and vertical rule pixels of an ink mask (255 = ink), without the runs
    along bold letters (:func:`_without_glyph_runs`)."""
    length = max(15, int(dpi * MIN_RULE_INCH))
    horizontal = _without_glyph_runs(
        ink, cv2.morphologyEx(ink, cv2.MORPH_OPEN, np.ones((1, length), np.uint8)), dpi)
    vertical = cv2.morphologyEx(ink, cv2.MORPH_OPEN, np.ones((length, 1), np.uint8))
    return horizontal, vertical


def _merge_spans(spans: list[tuple[int, int]], gap: int) -> tuple[tuple[int, int], ...]:
    out: list[list[int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1] + gap:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return tuple((a, b) for a, b in out)


def _without_glyph_runs(ink: np.ndarray, runs: np.ndarray, dpi: float) -> np.ndarray:
    """The horizontal runs (255 = run) less those that lie along letters.

    At 200 dpi the blurred letters of a bold word merge into runs as long as a rule piece:
    along its baseline ("Sosialisasi" lost its feet and was read "Socialicaci"), through
    its middle (a header row's "Tahun 2025 | Tahun 2026 …" made a rule through the labels
    and the engine read "T* 2995"). Such a run is no longer than a word and has the
    letters' ink right above or below it along most of its length, and still along much of
    it a little further (RAGGED_EDGE_INCH: a scanned rule's ragged edge is inked next to
    its straight rows, but white beyond); a rule has white on both sides but where a rule
    crosses it, and a longer run is a rule whatever touches it.
    """
    count, labels, stats, _ = cv2.connectedComponentsWithStats(runs, connectivity=8)
    glyph = np.zeros(count, bool)
    past_edge = max(2, round(dpi * RAGGED_EDGE_INCH))

    def inked_beside(x: int, top: int, bottom: int, w: int, step: int) -> float:
        above = ink[max(top - step, 0), x : x + w] > 0
        below = ink[min(bottom + step, ink.shape[0] - 1), x : x + w] > 0
        return float(max(above.mean(), below.mean()))

    for k in np.flatnonzero(stats[1:, cv2.CC_STAT_WIDTH] <= dpi * LONGEST_WORD_INCH) + 1:
        x, y, w, h = stats[k, :4]
        glyph[k] = (inked_beside(x, y, y + h - 1, w, 1) > EMBEDDED_SHARE
                    and inked_beside(x, y, y + h - 1, w, past_edge) > EMBEDDED_SHARE / 2)
    kept = runs.copy()
    kept[chosen_pixels(labels, stats, glyph)] = 0
    return kept


def find_rules(mask: np.ndarray, dpi: float, axis: int) -> list[Rule]:
    """Ruling lines of a one-orientation mask; ``axis`` 0 = horizontal rules, 1 = vertical.

    Each connected segment gives (position across, interval along); segments whose
    positions are within SAME_LINE_INCH are one rule. Small gaps along a rule are bridged
    so a dotted or toner-starved line still counts as covered.
    """
    count, _, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    segments = []
    for x, y, w, h, _area in stats[1:count]:
        if axis == 0:
            segments.append((y + h / 2, x, x + w))
        else:
            segments.append((x + w / 2, y, y + h))
    tolerance = dpi * SAME_LINE_INCH
    rules: list[Rule] = []
    group: list[tuple[float, int, int]] = []
    for segment in sorted(segments):
        if group and segment[0] - group[-1][0] > tolerance:
            rules.append(_rule(group, dpi))
            group = []
        group.append(segment)
    if group:
        rules.append(_rule(group, dpi))
    return rules


def _rule(group: list[tuple[float, int, int]], dpi: float) -> Rule:
    weights = np.array([b - a for _, a, b in group], dtype=float)
    pos = float(np.average([p for p, _, _ in group], weights=weights))
    return Rule(pos, _merge_spans([(a, b) for _, a, b in group], gap=int(dpi * BRIDGE_INCH)))


def table_regions(horizontal: np.ndarray, vertical: np.ndarray, dpi: float) -> list[tuple]:
    """Boxes (x0, top, x1, bottom) of connected rule networks big enough to be tables.

    Rules are first bridged along their length over the gaps a broken line has, so one
    table's rules stay one network.
    """
    gap = int(dpi * BRIDGE_INCH) | 1
    joined = cv2.dilate(horizontal, np.ones((3, gap), np.uint8))
    joined |= cv2.dilate(vertical, np.ones((gap, 3), np.uint8))
    count, _, stats, _ = cv2.connectedComponentsWithStats(joined, connectivity=8)
    minimum = dpi * MIN_TABLE_INCH
    boxes = [
        (x, y, x + w, y + h) for x, y, w, h, _ in stats[1:count] if w >= minimum and h >= minimum
    ]
    return sorted(boxes, key=lambda b: (b[1], b[0]))


def _crop_rule(rule: Rule, lo: float, hi: float) -> Rule:
    spans = tuple((max(a, int(lo)), min(b, int(hi))) for a, b in rule.spans if b > lo and a < hi)
    return Rule(rule.pos, spans)


def _supported(rules: list[Rule], cross: list[Rule], min_len: float) -> list[Rule]:
    """Rules that run between two crossing rules for most of at least one cell.

    Drops strokes that are long but not part of the grid (a stamp's rim, an underline):
    a real rule spans at least one gap between consecutive crossing rules.
    """
    positions = sorted(r.pos for r in cross)
    gaps = list(pairwise(positions))
    return [
        r for r in rules if r.length >= min_len and any(r.coverage(a, b) >= 0.8 for a, b in gaps)
    ]


def _cell_pieces(rule: Rule, cross: list[Rule]) -> Rule:
    """The rule without the pieces lying in cells it does not border.

    Bold or copier-thickened text holds horizontal runs as long as a short rule; at the
    height of a real partial rule (a band's underline) they join its spans, and painting
    the rule out would then erase the tops of the letters ("Sasaran" → "S…ran"). A rule
    borders a cell when it covers most of the gap between two crossing rules.
    """
    positions = sorted(r.pos for r in cross)
    gaps = [(a, b) for a, b in pairwise(positions) if rule.coverage(a, b) >= BOUNDARY_COVERAGE]
    spans = tuple((a, b) for a, b in rule.spans
                  if any(min(b, hi) - max(a, lo) > 0 for lo, hi in gaps))
    return Rule(rule.pos, spans)


def build_grid(rows: list[Rule], cols: list[Rule]) -> Grid | None:
    """Cells of a grid from its horizontal and vertical rules (None if not a grid)."""
    if len(rows) < 2 or len(cols) < 2:
        return None
    ys = [r.pos for r in rows]
    xs = [c.pos for c in cols]
    n_rows, n_cols = len(ys) - 1, len(xs) - 1
    parent = list(range(n_rows * n_cols))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(a: int, b: int) -> None:
        parent[find(a)] = find(b)

    def open_below(r: int, c: int) -> bool:
        return rows[r + 1].coverage(xs[c], xs[c + 1]) < BOUNDARY_COVERAGE

    for r in range(n_rows):
        for c in range(n_cols):
            here = r * n_cols + c
            if c + 1 < n_cols:
                top, bottom = _merged_run(r, n_rows, lambda k, c=c: open_below(k, c)
                                          and open_below(k, c + 1))
                if cols[c + 1].coverage(ys[top], ys[bottom + 1]) < BOUNDARY_COVERAGE:
                    union(here, here + 1)
            if r + 1 < n_rows and open_below(r, c):
                union(here, here + n_cols)
    return Grid(
        tuple(round(x) for x in xs),
        tuple(round(y) for y in ys),
        tuple(_rectangles(find, n_rows, n_cols, xs, ys)),
    )


def _merged_run(r: int, n_rows: int, open_below) -> tuple[int, int]:
    """The rows merged with row ``r`` in two neighbouring columns (no rule under them in
    either). The rule between the columns is judged over that whole stretch: a stamp
    or a signature over part of a tall cell's border must not join the two cells."""
    top = r
    while top > 0 and open_below(top - 1):
        top -= 1
    bottom = r
    while bottom + 1 < n_rows and open_below(bottom):
        bottom += 1
    return top, bottom


def _rectangles(find, n_rows: int, n_cols: int, xs: list[float], ys: list[float]):
    """Merged groups as cell rectangles, every grid position in exactly one of them.

    A printed merged cell is a rectangle. A group that is not one was joined through a
    rule broken where a stamp or a signature crosses it: it is split into rectangles
    (:func:`_row_runs`), never closed to its bounding box, which would swallow the cells
    of other groups inside that box or drop its own (their text with them)."""
    groups: dict[int, list[tuple[int, int]]] = {}
    for r in range(n_rows):
        for c in range(n_cols):
            groups.setdefault(find(r * n_cols + c), []).append((r, c))
    pieces = []
    for members in groups.values():
        rows, cols = {r for r, _ in members}, {c for _, c in members}
        if len(members) == len(rows) * len(cols):
            pieces.append((min(rows), min(cols), max(rows), max(cols)))
        else:
            pieces.extend(_row_runs(members))
    for r0, c0, r1, c1 in sorted(pieces):
        box = (int(xs[c0]), int(ys[r0]), int(xs[c1 + 1]), int(ys[r1 + 1]))
        yield GridCell(r0, c0, r1 - r0 + 1, c1 - c0 + 1, box)


def _row_runs(members: list[tuple[int, int]]) -> list[tuple[int, int, int, int]]:
    """Rectangles (top, left, bottom, right) covering a group of positions: each row's
    runs of adjacent columns, a run joined with the same columns' run in the row above."""
    taken = set(members)
    runs = []
    for r, c in sorted(members):
        if (r, c - 1) not in taken:
            right = c
            while (r, right + 1) in taken:
                right += 1
            runs.append([r, c, r, right])
    joined: list[list[int]] = []
    for run in runs:
        above = next((j for j in joined if j[2] == run[0] - 1 and j[1] == run[1]
                      and j[3] == run[3]), None)
        if above is None:
            joined.append(run)
        else:
            above[2] = run[2]
    return [tuple(j) for j in joined]


def _with_borders(rules: list[Rule], lo: float, hi: float, dpi: float) -> list[Rule]:
    """Add the region's outer edge where its border rule was not found (faint frame)."""
    tolerance = dpi * SAME_LINE_INCH * 2
    out = list(rules)
    if not out or out[0].pos - lo > tolerance:
        out.insert(0, Rule(lo, ()))
    if out[-1].pos < hi - tolerance:
        out.append(Rule(hi, ()))
    return out


def find_grids(ink: np.ndarray, dpi: float) -> list[Grid]:
    """Every ruled table on an upright, deskewed page's ink mask, top to bottom.

    A frame with no inner vertical rule (one column) is no grid: spreadsheets print
    tables with rules between rows only inside an outer box, and such a table is read by
    its layout (:mod:`rencana.extract.ocr.layout`), like one printed with no box.
    """
    horizontal, vertical = rule_masks(ink, dpi)
    grids = []
    min_len = dpi * MIN_RULE_INCH
    for x0, top, x1, bottom in table_regions(horizontal, vertical, dpi):
        region_h = find_rules(horizontal[top:bottom, x0:x1], dpi, axis=0)
        region_v = find_rules(vertical[top:bottom, x0:x1], dpi, axis=1)
        rows = [Rule(r.pos + top, tuple((a + x0, b + x0) for a, b in r.spans)) for r in region_h]
        cols = [Rule(c.pos + x0, tuple((a + top, b + top) for a, b in c.spans)) for c in region_v]
        rows = _with_borders(_supported(rows, cols, min_len), top, bottom, dpi)
        cols = _with_borders(_supported(cols, rows, min_len), x0, x1, dpi)
        rows = [_cell_pieces(_crop_rule(r, x0, x1), cols) for r in rows]
        cols = [_cell_pieces(_crop_rule(c, top, bottom), rows) for c in cols]
        grid = build_grid(rows, cols)
        if grid is not None and grid.n_cols >= 2:
            grids.append(replace(grid, h_rules=tuple(rows), v_rules=tuple(cols)))
    return grids


def rule_pixels(ink: np.ndarray, grids: list[Grid], dpi: float) -> np.ndarray:
    """Mask of the ink that belongs to the grids' rules, and nothing else.

    Blurred bold text can hold a horizontal run as long as a short rule; painting out
    every long run would slice such words. Only rule-like runs lying on a rule the grid
    kept are painted, and only in the rows the rule itself runs along (:func:`_own_rows`):
    a bold label set tight above its cell's lower rule keeps its feet.
    """
    horizontal, vertical = rule_masks(ink, dpi)
    band = int(dpi * SAME_LINE_INCH) + 1
    chunk = max(8, int(dpi * RULE_CHUNK_INCH))
    keep = np.zeros_like(ink)
    for grid in grids:
        for rules, mask, out in ((grid.h_rules, horizontal, keep),
                                 (grid.v_rules, vertical.T, keep.T)):
            for rule in rules:
                _paint_rule(mask, out, rule, band, chunk)
    return keep


def _paint_rule(mask: np.ndarray, out: np.ndarray, rule: Rule, band: int, chunk: int) -> None:
    """Mark in ``out`` the pixels of ``mask`` (rows across a horizontal rule) that are the
    rule's own, stretch by stretch along its covered spans."""
    centre = round(rule.pos)
    lo = max(centre - band, 0)
    for a, b in rule.spans:
        for start in range(a, b + 1, chunk):
            block = mask[lo : centre + band + 1, start : min(start + chunk, b + 1)]
            rows = _own_rows(block, centre - lo)
            out[lo : lo + len(rows), start : start + block.shape[1]][rows] |= block[rows]


def _own_rows(block: np.ndarray, centre: int) -> np.ndarray:
    """Rows of a stretch of rule mask (rows across the rule) that rules run along.

    Rows are taken in runs parted by white rows: the run nearest ``centre`` is the rule,
    and so is any other run that covers the whole stretch (RULE_LINE_SHARE: the second
    line of a double rule). A bold label's feet merged into a run, set a white row above
    its cell's lower rule, cover only part of it and stay, so the label keeps its feet.
    """
    inked = (block > 0).any(axis=1)
    rows = np.zeros(len(inked), bool)
    starts = np.flatnonzero(inked & ~np.r_[False, inked[:-1]])
    ends = np.flatnonzero(inked & ~np.r_[inked[1:], False]) + 1
    if not len(starts):
        return rows
    nearest = min(range(len(starts)), key=lambda k: min(abs(starts[k] - centre),
                                                       abs(ends[k] - 1 - centre)))
    for k, (a, b) in enumerate(zip(starts, ends, strict=True)):
        if k == nearest or (block[a:b] > 0).any(axis=0).mean() >= RULE_LINE_SHARE:
            rows[a:b] = True
    return rows


def free_rule_pixels(ink: np.ndarray, dpi: float) -> np.ndarray:
    """Mask of thin horizontal rules drawn outside any grid: the rules of a table drawn
    without vertical rules (booktabs, a rule under a header band). Left in the image the
    engine reads them as dashes or junk ("“vv") that lands among the header labels.

    Only runs far longer than any glyph stroke (FREE_RULE_INCH) and no thicker than a
    rule are taken, so neither bold text nor a shaded band is touched; runs along the
    letters of a word are not rules either (:func:`_without_glyph_runs`).
    """
    length = max(15, int(dpi * FREE_RULE_INCH))
    runs = _without_glyph_runs(
        ink, cv2.morphologyEx(ink, cv2.MORPH_OPEN, np.ones((1, length), np.uint8)), dpi)
    _, labels, stats, _ = cv2.connectedComponentsWithStats(runs, connectivity=8)
    thin = stats[:, cv2.CC_STAT_HEIGHT] <= max(2, dpi * MAX_RULE_THICKNESS_INCH)
    thin[0] = False
    return chosen_pixels(labels, stats, thin).astype(np.uint8) * 255
