"""The OCR path: a scanned page → the same :class:`RawTable` records as the digital path.

Each word of the page reading is assigned to the grid cell holding its centre; cells keep
their spans, their box in PDF points (of the upright page) and the mean confidence of
their words, so stitching, header mapping, fill-down and the families run unchanged.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from rencana.extract.framing import not_a_table
from rencana.extract.ocr.cells import words_in_boxes
from rencana.extract.ocr.dashes import dash_on_row_start
from rencana.extract.ocr.engines import OcrEngine
from rencana.extract.ocr.grid import Grid
from rencana.extract.ocr.layout import PARAGRAPH_PITCH, layout_tables
from rencana.extract.ocr.lexicon import word_cores
from rencana.extract.ocr.preprocess import PreparedPage
from rencana.extract.ocr.reading import (
    CELL_MARGIN_INCH,
    PageReading,
    read_frames_as_text,
    read_page,
)
from rencana.extract.ocr.render import render_page
from rencana.extract.ocr.ticks import TICK, lone_ticks
from rencana.extract.ocr.words import DASHES, centred_in, mean_conf, word_height
from rencana.extract.unruled import LayoutTable
from rencana.extract.words import Word, line_texts, row_cell_texts
from rencana.normalize.marks import parse_mark
from rencana.normalize.numbers import looks_like_value
from rencana.records import SHADE_COVER, BBox, Cell, PageTables, RawTable

REMNANT_CONFIDENCE = 60.0
REMNANT_BAND_INCH = 0.015
"""A lone glyph read with less than REMNANT_CONFIDENCE on a cell's side rule (within
REMNANT_BAND_INCH) is what is left of the rule where a stamp or signature crossed it:
removing the stamp's colour breaks the rule into stubs the engine reads as "J" or "|"."""


def _rule_remnant(word: Word, box: Sequence[float], dpi: float) -> bool:
    if len(word.text) != 1 or (word.conf or 0.0) >= REMNANT_CONFIDENCE:
        return False
    band = dpi * REMNANT_BAND_INCH
    return any(word.x0 - band <= edge <= word.x1 + band for edge in (box[0], box[2]))


def _to_points(box: Sequence[float], page: PreparedPage) -> BBox:
    s = page.px_per_pt
    return (box[0] / s, box[1] / s, box[2] / s, box[3] / s)


def _cell_to_points(cell: Cell, page: PreparedPage) -> Cell:
    """A layout cell with its box and text positions in points, as a grid cell's are
    (stitch compares where the text ends with the box's lower border)."""
    s = page.px_per_pt
    return replace(cell, bbox=_to_points(cell.bbox, page),
                   paragraph_tops=tuple(top / s for top in cell.paragraph_tops),
                   text_bottom=None if cell.text_bottom is None else cell.text_bottom / s)


def _shaded(page: PreparedPage, box: Sequence[int]) -> bool:
    """Is the cell filled solid (a schedule's shaded quarter), its borders aside?"""
    if page.shade is None:
        return False
    x0, top, x1, bottom = box
    inner = page.shade[top + 2 : bottom - 1, x0 + 2 : x1 - 1]
    return bool(inner.size) and float(inner.mean()) >= SHADE_COVER


def _with_shade(cell: Cell, page: PreparedPage) -> Cell:
    """A layout cell (box in pixels) marked shaded where a solid fill covers it: a
    schedule drawn without rules shades the quarters an action runs in, as a ruled one
    does (:func:`_shaded`)."""
    return replace(cell, shaded=_shaded(page, [int(v) for v in cell.bbox]))


def grid_table(grid: Grid, words: Sequence[Word], page: PreparedPage) -> list[Cell]:
    """Cells of a ruled grid filled with the words whose centres fall inside them."""
    cells = []
    dpi = page.px_per_pt * 72
    buckets = [[w for w in inside if not _rule_remnant(w, gc.box, dpi)]
               for gc, inside in zip(grid.cells,
                                     words_in_boxes(words, [gc.box for gc in grid.cells]),
                                     strict=True)]
    texts = row_cell_texts(buckets, [(gc.row, gc.rowspan) for gc in grid.cells],
                           PARAGRAPH_PITCH)
    for gc, inside, (text, tops) in zip(grid.cells, buckets, texts, strict=True):
        conf = mean_conf(inside) if inside else None
        cells.append(
            Cell(
                gc.row,
                gc.col,
                text,
                gc.rowspan,
                gc.colspan,
                _to_points(gc.box, page),
                conf,
                # Packed cells are paired by paragraph positions, in points like the box.
                paragraph_tops=tuple(top / page.px_per_pt for top in tops),
                # How far the text reaches tells a row broken over the page (stitch).
                text_bottom=max(w.bottom for w in inside) / page.px_per_pt if inside else None,
                shaded=_shaded(page, gc.box),
            )
        )
    return cells


def _raw_table(
    cells: list[Cell],
    n_rows: int,
    n_cols: int,
    box: Sequence[float],
    words: Sequence[Word],
    context: list[str],
    method: str,
    page_number: int,
    index: int,
    page: PreparedPage,
) -> RawTable:
    return RawTable(
        page=page_number,
        index=index,
        n_rows=n_rows,
        n_cols=n_cols,
        cells=tuple(sorted(cells, key=lambda c: (c.row, c.col))),
        row_pages=(page_number,) * n_rows,
        method=method,
        bbox=_to_points(box, page),
        confidence=mean_conf(words) if words else None,
        context=tuple(context),
    )


def tables_from_reading(
    reading: PageReading, engine: OcrEngine, page_number: int,
    open_layout: Sequence[float] | None = None,
) -> PageTables:
    """Ruled tables of a read page; a page without a grid is read by its layout, on
    ``open_layout`` (the previous page's column bounds, in points) when a table continues
    without its header."""
    ruled = [(grid, grid_table(grid, [w for w in reading.words if centred_in(w, grid.box)],
                               reading.page)) for grid in reading.grids]
    frames = [grid for grid, cells in ruled if not_a_table(cells, grid.n_rows, grid.n_cols)]
    if frames:
        reading = read_frames_as_text(reading, frames, engine)
        ruled = [(grid, cells) for grid, cells in ruled if grid not in frames]
    page, words = reading.page, reading.words
    engine_name = engine.name
    dpi = page.px_per_pt * 72
    tables: list[RawTable] = []
    layouts: list[LayoutTable] = []
    floor = 0.0
    for grid, cells in ruled:
        inside = [w for w in words if centred_in(w, grid.box)]
        above = [w for w in words if floor <= w.top and w.bottom <= grid.box[1]]
        tables.append(
            _raw_table(
                cells,
                grid.n_rows,
                grid.n_cols,
                grid.box,
                inside,
                line_texts(above),
                f"ocr-{engine_name}+grid",
                page_number,
                len(tables) + 1,
                page,
            )
        )
        floor = grid.box[3]
    if not ruled:
        carried = [b * page.px_per_pt for b in open_layout] if open_layout else None
        layouts = layout_tables(page.rule_ink, words, dpi, page.tint, carried)
        height = word_height(words) if words else 0.0
        for layout in layouts:
            inside = [w for w in words if centred_in(w, layout.bbox)]
            above = [w for w in words if floor <= w.top and w.bottom <= layout.bbox[1]]
            cells = [_cell_to_points(_with_shade(c, page), page)
                     for c in _lone_marks(layout.cells, page, height)]
            tables.append(
                _raw_table(
                    cells,
                    layout.n_rows,
                    layout.n_cols,
                    layout.bbox,
                    inside,
                    line_texts(above),
                    f"ocr-{engine_name}+layout",
                    page_number,
                    len(tables) + 1,
                    page,
                )
            )
            floor = layout.bbox[3]
    ends_open = tuple(b / page.px_per_pt for b in layouts[-1].bounds) if layouts else None
    disputed = frozenset(core for w in words if w.disputed for core in word_cores(w.text))
    return PageTables(tables, line_texts(words), ends_open, disputed)


def _lone_marks(cells: Sequence[Cell], page: PreparedPage, height: float) -> list[Cell]:
    """The layout's cells (boxes in pixels), each empty one given the mark its ink is
    shaped as where its column says what it may hold: a tick in a column of ticks
    (:func:`ticks.lone_ticks`), a "-" in a column of values alone on the line its row's
    cells start on (:func:`dashes.dash_on_row_start`; ``height``: the page's word
    height).

    A table without rules has no grid cells for the engine's skipped marks to be looked
    for in, and a "-" printed for "no value" alone in a row's cell is left unread as often
    as in a grid: the cell is then taken for a merged one and filled from above. Without
    rules round it a speck has a whole row's height to fall in; a "-" is set on the line
    its row's cells start on, so only that line is looked at."""
    dpi = page.px_per_pt * 72
    ticked = {c.col for c in cells if parse_mark(c.text)}
    valued = _value_columns(cells)
    out = []
    for cell in cells:
        if not cell.text.strip() and cell.colspan == 1:
            box = tuple(int(v) for v in cell.bbox)
            if cell.col in ticked and lone_ticks(page.ink, [box], [], dpi,
                                                 int(dpi * CELL_MARGIN_INCH)):
                cell = replace(cell, text=TICK)
            elif cell.col in valued and dash_on_row_start(
                    page.ink, box, _row_starts(cell, cells), height, dpi):
                cell = replace(cell, text="-")
        out.append(cell)
    return out


def _row_starts(cell: Cell, cells: Sequence[Cell]) -> list[float]:
    """Tops of the first lines of the cells left of the cell that start in its row
    (:func:`dashes.dash_on_row_start`)."""
    return [other.paragraph_tops[0] for other in cells
            if other.row == cell.row and other.col < cell.col and other.paragraph_tops]


def _value_columns(cells: Sequence[Cell]) -> set[int]:
    """Columns whose body (the rows from the first that holds a value: amount,
    percentage, count with its unit) holds no more names than values or "-": where a "-"
    for "no value" may stand. A column of names that merely runs empty on this page (its
    merged cell began on the page before) holds no value either, so the test is only as
    sure as the dash's shape and place (:func:`dashes.dash_on_row_start`)."""
    body = min((c.row for c in cells if looks_like_value(c.text.strip())), default=None)
    if body is None:
        return set()
    names: Counter[int] = Counter()
    values: Counter[int] = Counter()
    for cell in cells:
        text = cell.text.strip()
        if cell.row < body or not text:
            continue
        if text in DASHES or looks_like_value(text):
            values[cell.col] += 1
        elif any(ch.isalpha() for ch in text) and not parse_mark(text):
            names[cell.col] += 1
    return {c.col for c in cells if names[c.col] <= values[c.col]}


def ocr_page(
    pdf_path: Path, page_number: int, engine: OcrEngine, dpi: int | None = None,
    open_layout: Sequence[float] | None = None,
) -> PageTables:
    """Tables and text lines of a scanned page (1-based ``page_number``); see
    :func:`tables_from_reading` for ``open_layout``."""
    image, dpi = render_page(pdf_path, page_number, dpi)
    return tables_from_reading(read_page(image, dpi, engine), engine, page_number, open_layout)
