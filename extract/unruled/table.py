"""One table from a block of lines, and every table on a page (with the previous
page's columns for a continuation printed without its header).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from statistics import median

from rencana.extract.unruled.body import body_cells, table_rules
from rencana.extract.unruled.columns import (
    column_bounds,
    find_rivers,
    fit_numbers,
    fits_columns,
    split_at_numbers,
)
from rencana.extract.unruled.header import header_cells, header_labels, widen_bands
from rencana.extract.unruled.lines import (
    PHRASE_GAP,
    Rule,
    body_start,
    find_blocks,
    is_band_row,
    is_tabular,
    ruled_header_end,
    rules_across,
    split_phrases,
)
from rencana.extract.words import Word, group_lines
from rencana.normalize.numbers import is_column_number_row, reads_every_column_number
from rencana.normalize.text import is_page_footer
from rencana.records import BBox, Cell

MIN_REST_WORDS = 3
"""Fewest words a short continuation at a page top must have (not a lone page number)."""


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


def _in_one_column(line: Sequence[Word], bounds: Sequence[float], height: float) -> bool:
    """Is a line taken for a band row (one phrase between rules across the table) one
    column's text instead: wholly inside a column other than the first, and not centred
    on the table? A heading drawn across the table starts at its left edge or is centred
    on it; the rest of a name whose row broke over the page (the row's other cells ended
    on the page before) is printed in its own column, between the same rules."""
    left, right = line[0].x0, line[-1].x1
    col = bisect_right(bounds, left) - 1
    centred = abs((left + right) / 2 - (bounds[0] + bounds[-1]) / 2) <= height
    return 0 < col < len(bounds) - 1 and right <= bounds[col + 1] and not centred


def _table(lines: list[list[Word]], rules: Sequence[Rule], height: float,
           carried: Sequence[float] | None, stray_share: float) -> LayoutTable | None:
    words = [w for line in lines for w in line]
    x0, x1 = min(w.x0 for w in words), max(w.x1 for w in words)
    ruled = table_rules(rules, x0, x1)
    gap = PHRASE_GAP * height
    banded = [len(split_phrases(line, gap)) == 1 and is_band_row(line, rules, (x0, x1), height)
              for line in lines]
    first = body_start(lines, banded, x0, height, rules_across(rules, (x0, x1)))
    start = ruled_header_end(lines, first, (x0, x1), rules)
    header_lines, body_lines = lines[:start], lines[start:]
    bands = [line for line, band in zip(lines[start:], banded[start:], strict=True) if band]
    number_row = header_lines[-1] if header_lines and is_column_number_row(
        [w.text for w in header_lines[-1]]) else None
    label_lines = header_lines[:-1] if number_row else header_lines
    columnar = [w for line, band in zip(body_lines, banded[start:], strict=True) if not band
                for w in line]
    if not columnar:
        return None
    stray = max(1, round(stray_share * len(body_lines))) if stray_share else 0
    bounds = column_bounds(find_rivers(columnar, height, stray), label_lines, x0, x1, height)
    if number_row and reads_every_column_number([w.text for w in number_row]):
        bounds = fit_numbers(split_at_numbers(bounds, number_row, height), number_row)
    # A continuation (with or without its header) keeps the previous page's columns,
    # which the merged cells left empty on this page no longer show.
    if carried and len(carried) >= len(bounds) and fits_columns(columnar, carried, height):
        bounds = list(carried)
        # What fits_columns let lie wholly outside them is no print of the table: specks
        # along a scan's edge would fill the first column with rows of their own.
        columnar = [w for w in columnar if w.x1 > bounds[0] and w.x0 < bounds[-1]]
    if len(bounds) - 1 < 2:
        return None
    celled = [line for line in bands if _in_one_column(line, bounds, height)]
    bands = [line for line in bands if not any(line is c for c in celled)]
    columnar += [w for line in celled for w in line]
    top = min(w.top for w in words)
    body_top = min(w.top for w in body_lines[0]) - 0.2 * height
    bottom = max(w.bottom for w in words)
    cells: list[Cell] = []
    n_header = 0
    if header_lines:
        labels = header_labels(label_lines, bounds, height) if label_lines else []
        widen_bands(labels, bounds, height)
        cells, n_header = header_cells(labels, number_row, bounds, top, body_top)
    rows, n_body = body_cells(columnar, bands, bounds, ruled, n_header, body_top,
                              bottom + 0.1, height)
    return LayoutTable(cells + rows, n_header + n_body, len(bounds) - 1,
                       (x0, top, x1, bottom), tuple(bounds))


def unruled_tables(words: Sequence[Word], rules: Sequence[Rule],
                   carried: Sequence[float] | None = None, stray_share: float = 0.0,
                   height_scale: float = 1.0) -> list[LayoutTable]:
    """Tables on a page that draws no vertical rules, top to bottom. ``carried``: the
    column bounds of the table the previous page ended with, for a continuation printed
    without its header. ``stray_share``: words per body line that may cross a column gap
    (OCR reads specks and stamp remnants as words; a text layer has none).
    ``height_scale``: what the median word's box height is multiplied by to be the word
    height every measure here is taken in (a text layer's, see :mod:`ocr.layout`)."""
    if not words:
        return []
    height = height_scale * median(w.bottom - w.top for w in words)
    lines = [line for line in group_lines(words)
             if not is_page_footer(" ".join(w.text for w in line))]
    tables: list[LayoutTable] = []
    for k, block in enumerate(find_blocks(lines, rules, height)):
        words_in = [w for line in block for w in line]
        # The rest of the previous page's last row may be too short to look like a table.
        rest = k == 0 and carried is not None and len(words_in) >= MIN_REST_WORDS and fits_columns(
            words_in, carried, height)
        if is_tabular(block, PHRASE_GAP * height) or rest:
            table = _table(block, rules, height, carried if not tables else None,
                           stray_share)
            if table is not None:
                tables.append(table)
    return tables
