"""The OCR path: a scanned page → the same :class:`RawTable` records as the digital path.

The page is OCR'd once, with the ruling lines painted out, and each word is assigned to
the grid cell that holds its centre. One engine call per page is several times faster
than one per cell (Tesseract's start-up and layout analysis dominate a small crop) and
reads the same, since the rules are gone and cells are separated by white space.

An upside-down page (or a sideways one turned the wrong way) reads as low-confidence
junk, so doubtful pages are read a second time turned 180° and the better reading wins;
this needs nothing engine-specific.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import cv2
import numpy as np
from rencana.extract.ocr.engines import OcrEngine, Word
from rencana.extract.ocr.grid import Grid, find_grids, rule_masks
from rencana.extract.ocr.layout import cell_text, cluster_table, line_texts
from rencana.extract.ocr.preprocess import PreparedPage, prepare
from rencana.extract.ocr.render import render_page

from rencana.records import BBox, Cell, RawTable

DOUBTFUL_CONFIDENCE = 60.0
"""Below this mean word confidence a page is also read turned 180°."""


def _paint_out_rules(page: PreparedPage) -> np.ndarray:
    """The page with ruling lines whitened, so the engine never reads them as "|" or "l"."""
    horizontal, vertical = rule_masks(page.ink, page.px_per_pt * 72)
    mask = cv2.dilate(horizontal | vertical, np.ones((3, 3), np.uint8))
    image = page.gray.copy()
    image[mask > 0] = 255
    return image


def _mean_conf(words: Sequence[Word]) -> float:
    return float(np.mean([w.conf for w in words])) if words else 0.0


def read_page(
    image: np.ndarray, dpi: int, engine: OcrEngine
) -> tuple[PreparedPage, list[Word]]:
    """Prepare and OCR a page image, trying the 180° turn when the reading is doubtful."""
    page = prepare(image, dpi)
    words = engine.read_words(_paint_out_rules(page))
    if page.quarter_turns or _mean_conf(words) < DOUBTFUL_CONFIDENCE:
        flipped = prepare(image, dpi, quarter_turns=(page.quarter_turns + 2) % 4)
        flipped_words = engine.read_words(_paint_out_rules(flipped))
        if _mean_conf(flipped_words) * len(flipped_words) > _mean_conf(words) * len(words):
            return flipped, flipped_words
    return page, words


def _inside(word: Word, box: Sequence[float]) -> bool:
    return box[0] <= word.cx <= box[2] and box[1] <= word.cy <= box[3]


def _to_points(box: Sequence[float], page: PreparedPage) -> BBox:
    s = page.px_per_pt
    return (box[0] / s, box[1] / s, box[2] / s, box[3] / s)


def grid_table(grid: Grid, words: Sequence[Word], page: PreparedPage) -> list[Cell]:
    """Cells of a ruled grid filled with the words whose centres fall inside them."""
    cells = []
    for gc in grid.cells:
        inside = [w for w in words if _inside(w, gc.box)]
        conf = _mean_conf(inside) if inside else None
        cells.append(
            Cell(
                gc.row,
                gc.col,
                cell_text(inside),
                gc.rowspan,
                gc.colspan,
                _to_points(gc.box, page),
                conf,
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
        confidence=_mean_conf(words) if words else None,
        context=tuple(context),
    )


def tables_from_words(
    page: PreparedPage, words: list[Word], page_number: int, engine_name: str
) -> list[RawTable]:
    """Ruled tables of a prepared page; a page with rules but no grid is clustered."""
    dpi = page.px_per_pt * 72
    grids = find_grids(page.ink, dpi)
    tables: list[RawTable] = []
    floor = 0.0
    for grid in grids:
        inside = [w for w in words if _inside(w, grid.box)]
        above = [w for w in words if floor <= w.top and w.bottom <= grid.box[1]]
        tables.append(
            _raw_table(
                grid_table(grid, inside, page),
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
    if not grids:
        clustered = cluster_table(page.ink, words, dpi)
        if clustered is not None:
            cells, n_rows, n_cols, box = clustered
            inside = [w for w in words if _inside(w, box)]
            above = [w for w in words if w.bottom <= box[1]]
            cells = [
                Cell(c.row, c.col, c.text, c.rowspan, c.colspan, _to_points(c.bbox, page),
                     c.confidence)
                for c in cells
            ]
            tables.append(
                _raw_table(cells, n_rows, n_cols, box, inside, line_texts(above),
                           f"ocr-{engine_name}+cluster", page_number, 1, page)
            )
    return tables


def ocr_page(
    pdf_path: Path, page_number: int, engine: OcrEngine, dpi: int | None = None
) -> tuple[list[RawTable], list[str]]:
    """Tables and text lines of a scanned page (1-based ``page_number``)."""
    image, dpi = render_page(pdf_path, page_number, dpi)
    page, words = read_page(image, dpi, engine)
    return tables_from_words(page, words, page_number, engine.name), line_texts(words)
