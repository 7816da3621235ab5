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
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
from rencana.extract.ocr.engines import OcrEngine, Word
from rencana.extract.ocr.grid import Grid, find_grids, rule_pixels
from rencana.extract.ocr.layout import cell_text, cluster_table, line_texts
from rencana.extract.ocr.preprocess import PreparedPage, prepare
from rencana.extract.ocr.render import render_page

from rencana.records import BBox, Cell, RawTable

ENGINE_DPI = 300
DOUBTFUL_CONFIDENCE = 60.0
"""Below this mean word confidence a page is also read turned 180°."""
SPECK_AREA_PER_DPI2 = 4e-5
"""Ink blobs smaller than this × dpi² are specks: 3.6 px at 300 dpi; a printed full stop
or i-dot at 8 pt is 4× that, and losing one turns 19.800.000 into "19.800 000"."""
DASHES = frozenset("-–—_")
MIN_WORD_HEIGHT = 0.4
"""Share of the page's median word height below which a non-dash word is residue."""
MIN_DASH_WIDTH = 0.25
"""A printed "-" is at least this share of the median word height wide."""
MIN_SHORT_CONF = 40.0
"""Tokens of one or two characters read with less confidence are taken as residue."""
MAX_STRIP_INCH = 30
CELL_MARGIN_INCH = 0.02
"""Cell interiors are taken this far inside the rules, clear of their remains."""


def engine_image(page: PreparedPage, grids: list[Grid]) -> np.ndarray:
    """What the engine reads: the grids' rules and specks whitened, paper pure white.

    Rules would be read as "|" or "l", and copier specks and paper grain as stray
    punctuation. Only ink that is neither a rule nor a speck (a blob smaller than a
    printed full stop) is kept, with a one-pixel rim so glyph edges stay smooth.
    """
    dpi = page.px_per_pt * 72
    rules = cv2.dilate(rule_pixels(page.ink, grids, dpi), np.ones((3, 3), np.uint8))
    text = cv2.subtract(page.ink, rules)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(text, connectivity=8)
    big = stats[:, cv2.CC_STAT_AREA] >= SPECK_AREA_PER_DPI2 * dpi * dpi
    big[0] = False
    keep = cv2.dilate(big[labels].astype(np.uint8), np.ones((3, 3), np.uint8)) > 0
    image = np.full_like(page.gray, 255)
    image[keep] = page.gray[keep]
    image[rules > 0] = 255
    return image


def _mean_conf(words: Sequence[Word]) -> float:
    return float(np.mean([w.conf for w in words])) if words else 0.0


def plausible_words(words: list[Word]) -> list[Word]:
    """Drop what engines make of residue (specks, rule remains, stamp rims).

    Residue reads as glyph-sized boxes far smaller than the page's words, "dashes"
    no wider than a speck or taller than wide, and one- or two-character tokens read with
    low confidence. A real lone dash ("-" = no value) is a short wide bar and is kept.
    """
    if not words:
        return words
    height = float(np.median([w.bottom - w.top for w in words]))
    out = []
    for w in words:
        w_height, w_width = w.bottom - w.top, w.x1 - w.x0
        if w.text in DASHES:
            if w_height > w_width or w_width < MIN_DASH_WIDTH * height:
                continue
        elif w_height < MIN_WORD_HEIGHT * height:
            continue
        if len(w.text) <= 2 and w.conf < MIN_SHORT_CONF:
            continue
        out.append(w)
    return out


def read_words(engine: OcrEngine, image: np.ndarray, dpi: float) -> list[Word]:
    """The engine's words, reading a low-resolution image enlarged to ENGINE_DPI.

    Engines are trained on text with letters ~20+ px tall; an 8 pt letter at 200 dpi is
    about half that. Enlarging costs time but recovers most of the gap to 300 dpi.
    Boxes are mapped back to the image's own pixels.
    """
    scale = ENGINE_DPI / dpi
    if scale <= 1.05:
        return plausible_words(engine.read_words(image))
    big = cv2.resize(image, None, fx=scale, fy=scale, interpolation=cv2.INTER_CUBIC)
    return plausible_words(
        [
            Word(w.text, w.x0 / scale, w.top / scale, w.x1 / scale, w.bottom / scale, w.conf)
            for w in engine.read_words(big)
        ]
    )


@dataclass(frozen=True)
class PageReading:
    """A prepared page, its ruled grids, the image the engine read, and the words."""

    page: PreparedPage
    grids: list[Grid]
    clean: np.ndarray
    words: list[Word]

    @property
    def score(self) -> float:
        return _mean_conf(self.words) * len(self.words)


def _read(image: np.ndarray, dpi: int, engine: OcrEngine, turns: int | None) -> PageReading:
    page = prepare(image, dpi, quarter_turns=turns)
    grids = find_grids(page.ink, dpi)
    clean = engine_image(page, grids)
    return PageReading(page, grids, clean, read_words(engine, clean, dpi))


def read_page(image: np.ndarray, dpi: int, engine: OcrEngine) -> PageReading:
    """Prepare and OCR a page image, trying the 180° turn when the reading is doubtful."""
    reading = _read(image, dpi, engine, None)
    if reading.page.quarter_turns or _mean_conf(reading.words) < DOUBTFUL_CONFIDENCE:
        flipped = _read(image, dpi, engine, (reading.page.quarter_turns + 2) % 4)
        if flipped.score > reading.score:
            return flipped
    return reading


def _has_ink(ink: np.ndarray, box: Sequence[int], dpi: float) -> bool:
    """Whether a cell's interior holds a mark bigger than a speck."""
    margin = int(dpi * CELL_MARGIN_INCH)
    x0, top, x1, bottom = box
    inner = ink[top + margin : bottom - margin, x0 + margin : x1 - margin]
    if inner.size == 0:
        return False
    count, _, stats, _ = cv2.connectedComponentsWithStats(inner.astype(np.uint8))
    return count > 1 and int(stats[1:, cv2.CC_STAT_AREA].max()) >= (dpi / 60) ** 2


def _strips(boxes: Sequence[Sequence[int]], pad: int, limit: int) -> list[list[Sequence[int]]]:
    """Batches of cell boxes whose stacked height stays under ``limit`` pixels."""
    batches: list[list[Sequence[int]]] = [[]]
    height = pad
    for box in boxes:
        h = box[3] - box[1] + pad
        if batches[-1] and height + h > limit:
            batches.append([])
            height = pad
        batches[-1].append(box)
        height += h
    return batches


def _read_strip(
    image: np.ndarray, boxes: Sequence[Sequence[int]], engine: OcrEngine, dpi: float, pad: int
) -> list[Word]:
    margin = int(dpi * CELL_MARGIN_INCH)
    crops = [image[t + margin : b - margin, x0 + margin : x1 - margin] for x0, t, x1, b in boxes]
    width = max(c.shape[1] for c in crops) + 2 * pad
    strip = np.full((sum(c.shape[0] + pad for c in crops) + pad, width), 255, np.uint8)
    slots = []
    y = pad
    for crop, box in zip(crops, boxes, strict=True):
        strip[y : y + crop.shape[0], pad : pad + crop.shape[1]] = crop
        slots.append((y, y + crop.shape[0], box[0] + margin - pad, box[1] + margin - y))
        y += crop.shape[0] + pad
    words = []
    for w in read_words(engine, strip, dpi):
        for top, bottom, dx, dy in slots:
            if top - pad / 2 <= w.cy <= bottom + pad / 2:
                words.append(Word(w.text, w.x0 + dx, w.top + dy, w.x1 + dx, w.bottom + dy, w.conf))
                break
    return words


def reread_cells(
    image: np.ndarray, boxes: Sequence[Sequence[int]], engine: OcrEngine, dpi: float
) -> list[Word]:
    """Read cells the page pass left empty although they hold ink, in few engine calls.

    Engines drop a lone short token in a narrow cell ("1", "v", "6") as noise when it
    sits among a page of text. Pasting those cells' interiors one under another, well
    apart, on a blank strip and reading the strip once recovers them at the cost of one
    small call; the words are mapped back to page pixels. Strips are capped in height
    (engines refuse images over 32k pixels).
    """
    pad = int(dpi * 0.25)
    limit = int(dpi * MAX_STRIP_INCH)
    return [
        word
        for batch in _strips(boxes, pad, limit)
        for word in _read_strip(image, batch, engine, dpi, pad)
    ]


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


def tables_from_reading(
    reading: PageReading, engine: OcrEngine, page_number: int
) -> list[RawTable]:
    """Ruled tables of a read page; a page with rules but no grid is clustered."""
    page, grids, clean, words = reading.page, reading.grids, reading.clean, reading.words
    engine_name = engine.name
    dpi = page.px_per_pt * 72
    empty = [
        gc.box
        for grid in grids
        for gc in grid.cells
        if not any(_inside(w, gc.box) for w in words) and _has_ink(clean < 128, gc.box, dpi)
    ]
    if empty:
        words = words + reread_cells(clean, empty, engine, dpi)
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
    reading = read_page(image, dpi, engine)
    return tables_from_reading(reading, engine, page_number), line_texts(reading.words)
