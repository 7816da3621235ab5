"""Reading a scanned page: prepare it, find its grids, and OCR it cell by cell.

Text outside the grids is read as a page; inside them every inked cell is read in
isolation (:mod:`rencana.extract.ocr.cells`). Every amount is read a second time
(:mod:`rencana.extract.ocr.amounts`).

An upside-down page (or a sideways one turned the wrong way) reads as low-confidence
junk, so a doubtful page is read a second time turned 180° and the better reading wins.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import cv2
import numpy as np

from rencana.extract.ocr.acronyms import read_acronyms
from rencana.extract.ocr.amounts import second_reading
from rencana.extract.ocr.bullets import printed_bullets
from rencana.extract.ocr.cells import INK_LEVEL, read_cells, read_lost_print, read_page_and_cells
from rencana.extract.ocr.dashes import (
    DASH_MARGIN_INCH,
    dash_like,
    grid_row_start_dashes,
    lone_dashes,
    printed_dashes,
    unread_dashes,
)
from rencana.extract.ocr.engines import OcrEngine
from rencana.extract.ocr.grid import (
    Grid,
    find_grids,
    free_rule_pixels,
    rule_pixels,
)
from rencana.extract.ocr.initials import capital_initials
from rencana.extract.ocr.lone_signs import lone_percents
from rencana.extract.ocr.lost_lines import read_lost_lines
from rencana.extract.ocr.marks import settle_marks
from rencana.extract.ocr.preprocess import PreparedPage, prepare
from rencana.extract.ocr.second_reader import line_reader
from rencana.extract.ocr.short_digits import confirmed_digits
from rencana.extract.ocr.slashes import read_lost_slashes
from rencana.extract.ocr.strips import read_in_strips
from rencana.extract.ocr.ticks import lone_ticks, read_ticks
from rencana.extract.ocr.touching import read_touching_words
from rencana.extract.ocr.turned import read_turned_labels
from rencana.extract.ocr.unknown_words import reread_unknown
from rencana.extract.ocr.words import (
    mean_conf,
    read_words,
    reread_merged_lines,
    shrink_tall_boxes,
    trim_specks,
)
from rencana.extract.words import Word

DOUBTFUL_CONFIDENCE = 60.0
"""Below this mean word confidence a page is also read turned 180°."""
SPECK_AREA_PER_DPI2 = 4e-5
"""Ink blobs smaller than this × dpi² are specks: 3.6 px at 300 dpi; a printed full stop
or i-dot at 8 pt is 4× that, and losing one turns 19.800.000 into "19.800 000"."""
FAINT_INK = 0.5
"""How far from Otsu's threshold towards white grey joined to print is still print."""
FAINT_FILL = 0.5
"""Most share of its box such grey may fill: a stroke or a glyph's rim, not a tint."""
FAINT_HEIGHT_INCH = 0.15
"""Tallest such grey: a line of 8–10 pt text with its rims."""
SMALL_BLOB_INCH = 0.02
"""Blobs under this size squared (e.g. 36 px at 300 dpi) must sit beside print or look
like a dash to be kept; a tick "v" at 8 pt is about twice that."""
NEAR_INK_INCH = 0.03
"""A small blob this close to larger ink along its line is print beside it: a comma after
an "r" sits 0.03 inch from the r's stem at 8 pt (reaching further keeps dust at 200 dpi)."""
NEAR_LINE_INCH = 0.01
"""…and no further above or below it: dust between two lines of text is not punctuation."""
BASELINE_SHARE = 0.35
"""Share of a letter's height, from its bottom, beside which trailing punctuation sits."""
TRAILING_INCH = 0.06
"""A comma or full stop after a letter whose ink at the baseline lies further left ("P,",
"r,", "T,": the bowl or arm is higher up) is this close to the right of ink on its rows."""
GLYPH_JOIN_INCH = 0.01
GLYPH_INCH = 0.05
"""Small blobs within GLYPH_JOIN of each other spanning this height are one glyph."""
LETTER_SPACE_INCH = 0.015
"""Widest white between two letters of one word in small print (a word space is wider)."""
WORD_BLOBS = 3
WORD_ASPECT = 1.5
"""A word of small print: at least WORD_BLOBS blobs in a run this many times as wide as
tall."""
SCATTER_INCH = 0.15
"""Small marks spread wider than this (a tick is about 0.05 inch) are dust, not print."""
MIN_WORDS_TO_TURN = 20
"""Fewer words than this (a signature page) are too little evidence to try a 180° turn."""
CELL_MARGIN_INCH = 0.01
"""Cell interiors are taken this far inside the rules, clear of their remains."""
INK_MARGIN_INCH = 0.03
"""White kept around a cell's ink when it is cut out for the strip."""


def _text_mask(text: np.ndarray, dpi: float) -> np.ndarray:
    """The blobs of ``text`` that are print, not copier specks or paper grain.

    Tiny blobs are always specks. Small ones are kept only beside larger ink (a full
    stop, an i-dot, a comma; or trailing a letter on its rows: "KTP, KTA" lost its
    comma when only nearby ink counted) or when elongated like a dash ("-" = no value);
    alone and round they are dust. A page of dust costs an engine minutes and returns
    junk.
    """
    _, labels, stats, _ = cv2.connectedComponentsWithStats(text, connectivity=8)
    area = stats[:, cv2.CC_STAT_AREA]
    width, height = stats[:, cv2.CC_STAT_WIDTH], stats[:, cv2.CC_STAT_HEIGHT]
    big = area >= (dpi * SMALL_BLOB_INCH) ** 2
    big[0] = False
    reach = (2 * max(1, int(dpi * NEAR_LINE_INCH)) + 1, 2 * max(1, int(dpi * NEAR_INK_INCH)) + 1)
    big_ink = big[labels].astype(np.uint8)
    trailing = max(1, int(dpi * TRAILING_INCH))
    around_big = cv2.dilate(big_ink, np.ones(reach, np.uint8)) | cv2.dilate(
        _baseline_ink(labels, stats, big), np.ones((1, trailing + 1), np.uint8),
        anchor=(trailing, 0))
    small = ~big & (area >= SPECK_AREA_PER_DPI2 * dpi * dpi)
    small[0] = False
    small_ink = small[labels]
    beside = np.zeros_like(small)
    beside[np.unique(labels[(around_big > 0) & small_ink])] = True
    dash = dash_like(width, height, dpi)
    parts = _glyph_parts(labels, small, small_ink, dpi)
    return (big | (small & (beside | dash | parts)))[labels]


def _baseline_ink(labels: np.ndarray, stats: np.ndarray, big: np.ndarray) -> np.ndarray:
    """The lowest part (BASELINE_SHARE of their height) of the big blobs: where a comma
    or full stop after a letter sits. A speck at mid-height beside a word is no
    punctuation (read as "-" it would split a phrase)."""
    rows = np.arange(labels.shape[0])[:, None]
    # Each blob's first baseline row, looked up once per pixel (other blobs: never).
    start = np.where(big, stats[:, cv2.CC_STAT_TOP]
                     + (1 - BASELINE_SHARE) * stats[:, cv2.CC_STAT_HEIGHT], np.inf)
    return (rows >= start[labels]).astype(np.uint8)


def _glyph_parts(labels: np.ndarray, small: np.ndarray, small_ink: np.ndarray, dpi: float
                 ) -> np.ndarray:
    """Small blobs (``small``: one boolean per label; ``small_ink``: their pixels) that
    together make a glyph's height: a lone "%" printed with thin strokes breaks into two
    rings and a slash, each under the speck size."""
    mask = small_ink.astype(np.uint8)
    join = max(2, int(dpi * GLYPH_JOIN_INCH))
    grouped = cv2.dilate(mask, np.ones((join, join), np.uint8))
    _, groups, stats, _ = cv2.connectedComponentsWithStats(grouped, connectivity=8)
    tall = stats[:, cv2.CC_STAT_HEIGHT] >= dpi * GLYPH_INCH + join
    out = np.zeros_like(small)
    for group in np.nonzero(tall[1:])[0] + 1:
        members = np.unique(labels[(groups == group) & (mask > 0)])
        if len(members) >= 2:
            out[members] = True
    return out


def engine_image(page: PreparedPage, grids: list[Grid]) -> np.ndarray:
    """What the engine reads: the grids' rules and specks whitened, paper pure white.

    Rules (the grids' and any long thin rule elsewhere) would be read as "|", "l" or
    dashes, and copier specks and paper grain as stray punctuation. Only print is kept
    (see :func:`_text_mask`), with a one-pixel rim so glyph edges stay smooth.
    """
    dpi = page.px_per_pt * 72
    rules = cv2.dilate(
        rule_pixels(page.ink, grids, dpi) | free_rule_pixels(page.ink, dpi),
        np.ones((3, 3), np.uint8),
    )
    text = cv2.subtract(page.ink, rules)
    keep = cv2.dilate(_text_mask(text, dpi).astype(np.uint8), np.ones((3, 3), np.uint8)) > 0
    keep |= _faint_print(page.gray, keep, dpi) & (cv2.dilate(rules, np.ones((5, 5), np.uint8)) == 0)
    image = np.full_like(page.gray, 255)
    image[keep] = page.gray[keep]
    image[rules > 0] = 255
    return image


def _faint_print(gray: np.ndarray, print_mask: np.ndarray, dpi: float) -> np.ndarray:
    """Grey too light for the ink threshold but joined to print: the light edges of
    glyphs and their thin strokes.

    Otsu's threshold splits the page into ink and paper; a thin diagonal ("/" of
    "Kabupaten/ Kota") or the stem of a "1" prints lighter than the threshold and was
    whitened, so the engine never saw it. Pixels darker than FAINT_INK of the way from
    the threshold to white are kept where they touch a glyph (print no taller than a line,
    FAINT_HEIGHT_INCH) and are strokes of a line of text, not areas: a tinted band or
    zebra row behind the text is as light but fills its box (FAINT_FILL), and the grey
    fringe of a page edge's shadow touches no glyph; light grey standing alone
    (show-through, paper grain) touches no print.
    """
    threshold, _ = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    faint = (gray < threshold + FAINT_INK * (255 - threshold)) & ~print_mask
    count, labels, stats, _ = cv2.connectedComponentsWithStats(faint.astype(np.uint8),
                                                               connectivity=8)
    height = stats[:, cv2.CC_STAT_HEIGHT]
    stroke = ((stats[:, cv2.CC_STAT_AREA] <= FAINT_FILL * stats[:, cv2.CC_STAT_WIDTH] * height)
              & (height <= FAINT_HEIGHT_INCH * dpi))
    _, glyph_labels, glyph_stats, _ = cv2.connectedComponentsWithStats(
        print_mask.astype(np.uint8), connectivity=8)
    glyphs = glyph_stats[:, cv2.CC_STAT_HEIGHT] <= FAINT_HEIGHT_INCH * dpi
    glyphs[0] = False
    near_glyph = cv2.dilate(glyphs[glyph_labels].astype(np.uint8), np.ones((3, 3), np.uint8))
    touching = np.zeros(count, bool)
    touching[np.unique(labels[(near_glyph > 0) & faint])] = True
    touching[0] = False
    return (touching & stroke)[labels]


def ink_box(ink: np.ndarray, box: Sequence[int], dpi: float) -> tuple[int, int, int, int] | None:
    """The cell's printed content: the box around its interior ink, a little enlarged;
    None when the interior holds nothing bigger than a speck, or only specks scattered
    wider than one mark (a tick is one small blob; dust is many, far apart). A lone dash
    ("-" = no value) is thin enough to weigh less than a speck, so a long flat blob also
    counts."""
    margin = int(dpi * CELL_MARGIN_INCH)
    x0, top, x1, bottom = box
    inner = ink[top + margin : bottom - margin, x0 + margin : x1 - margin].astype(np.uint8)
    if inner.size == 0:
        return None
    count, _, stats, _ = cv2.connectedComponentsWithStats(inner)
    if count < 2:
        return None
    dash = dash_like(stats[1:, cv2.CC_STAT_WIDTH], stats[1:, cv2.CC_STAT_HEIGHT], dpi)
    if int(stats[1:, cv2.CC_STAT_AREA].max()) < (dpi / 60) ** 2 and not dash.any():
        return None
    ys, xs = np.nonzero(inner)
    if (not dash.any() and max(np.ptp(xs), np.ptp(ys)) > SCATTER_INCH * dpi
            and not _has_glyph(inner, dpi)):
        # Dust over a tall merged cell (the engine reads specks as "3 4"), unless a word
        # of small print stands among it.
        inner = _word_blobs(inner, dpi)
        if not inner.any():
            return None
        ys, xs = np.nonzero(inner)
    grow = int(dpi * INK_MARGIN_INCH)
    return (
        max(x0, x0 + margin + int(xs.min()) - grow),
        max(top, top + margin + int(ys.min()) - grow),
        min(x1, x0 + margin + int(xs.max()) + 1 + grow),
        min(bottom, top + margin + int(ys.max()) + 1 + grow),
    )


def _word_blobs(inner: np.ndarray, dpi: float) -> np.ndarray:
    """The ink of ``inner`` (a cell's interior) that lies in words: runs of WORD_BLOBS or
    more blobs on one line, each within a letter space of the next. Print too small for
    any blob to reach GLYPH_INCH ("Utama" in 6 pt at 250 dpi) is still letters side by
    side; dust is scattered."""
    space = max(2, int(dpi * LETTER_SPACE_INCH))
    runs = cv2.dilate(inner, np.ones((1, 2 * space + 1), np.uint8))
    count, parts, stats, _ = cv2.connectedComponentsWithStats(runs)
    _, blobs = cv2.connectedComponents(inner)
    words = np.zeros(count, bool)
    for k in range(1, count):
        if stats[k, cv2.CC_STAT_WIDTH] >= WORD_ASPECT * stats[k, cv2.CC_STAT_HEIGHT]:
            words[k] = len(np.unique(blobs[(parts == k) & (inner > 0)])) >= WORD_BLOBS
    return np.where(words[parts] & (inner > 0), inner, 0).astype(np.uint8)


def _has_glyph(inner: np.ndarray, dpi: float) -> bool:
    """Is any blob, or group of touching pieces (a thin glyph broken by the threshold),
    as tall as a glyph?"""
    joined = cv2.dilate(inner, np.ones((3, 3), np.uint8))
    count, _, stats, _ = cv2.connectedComponentsWithStats(joined)
    return count > 1 and int(stats[1:, cv2.CC_STAT_HEIGHT].max()) - 2 >= GLYPH_INCH * dpi


@dataclass(frozen=True)
class PageReading:
    """A prepared page, its ruled grids, and the words read on it (page pixels)."""

    page: PreparedPage
    grids: list[Grid]
    words: list[Word]

    @property
    def score(self) -> float:
        return mean_conf(self.words) * len(self.words)


def _text_words(engine: OcrEngine, image: np.ndarray, ink: np.ndarray, dpi: float,
                offset: tuple[int, int] = (0, 0), read: list[Word] | None = None
                ) -> list[Word]:
    """Words of running text (no grid cells) on ``image``, a part of the page whose top
    left corner is ``offset`` (page pixels); boxes in page pixels. ``read``: the engine's
    words on ``image``, when already read."""
    first = read_words(engine, image, dpi) if read is None else read
    words = reread_merged_lines(engine, image, dpi, first)
    dx, dy = offset
    # The page's own ink mask, not a fixed grey level: at 200 dpi a thin "l" or "i" is
    # lighter than mid-grey, and a word trimmed of its last letters opens a false gap.
    own_ink = ink[dy : dy + image.shape[0], dx : dx + image.shape[1]] > 0
    words = read_turned_labels(engine, image, own_ink, trim_specks(words, own_ink), dpi)
    words = read_lost_lines(engine, image, dpi, words)
    words = [Word(w.text, w.x0 + dx, w.top + dy, w.x1 + dx, w.bottom + dy, w.conf)
             for w in words]
    return printed_dashes(words, ink, dpi)


def _checked(words: list[Word], clean: np.ndarray, ink: np.ndarray, engine: OcrEngine,
             dpi: float, cells: Sequence[Sequence[int]] = (),
             printed: Sequence[Sequence[int]] = ()) -> list[Word]:
    """The words with a short digit read with doubt confirmed or dropped
    (:mod:`short_digits`), two words whose boxes touch read as one (:mod:`touching`),
    every amount (:mod:`amounts`), every word no dictionary knows
    (:mod:`unknown_words`), every pair the nomenclature joins by a slash (:mod:`slashes`),
    every doubtful punctuation mark (:mod:`marks`), every bracketed acronym that does not
    spell the words before it (:mod:`acronyms`) and small initial i or j without its
    dot (:mod:`initials`) read a second time, and print left unread in a cell read by
    the second reader (:func:`cells.read_lost_print`); check marks told by their shape
    (:mod:`ticks`) and the dots of i and j in the page's ``ink`` (a tick's thin strokes
    may be lighter than the engine image's ink level; a small dot is a speck to it),
    whatever the engine. ``cells`` are the cells' print as the engine read it,
    ``printed`` the same in the page's own ink (:func:`amounts.second_reading`)."""
    words = read_ticks(words, ink)
    if engine.name == "rapidocr":  # its own recogniser would only agree with itself
        return words
    reader = line_reader()
    words = read_touching_words(confirmed_digits(words, clean, reader), clean, reader)
    words = reread_unknown(second_reading(words, clean, reader, cells, printed), clean, reader)
    words = read_acronyms(words, clean, reader, cells)
    words = read_lost_slashes(words, clean, reader)
    words = read_lost_print(clean, cells, words, reader, dpi)
    words = capital_initials(words, clean, ink, reader)
    return settle_marks(words, clean, reader)


def _read(image: np.ndarray, dpi: int, engine: OcrEngine, turns: int | None) -> PageReading:
    """Read the text outside the grids as a page and every inked grid cell in isolation."""
    page = prepare(image, dpi, quarter_turns=turns)
    grids = find_grids(page.ink, dpi) or find_grids(page.rule_ink, dpi)  # grey hairlines
    clean = engine_image(page, grids)
    outside = clean.copy()
    for grid in grids:
        x0, top, x1, bottom = grid.box
        outside[top : bottom + 1, x0 : x1 + 1] = 255
    ink = clean < INK_LEVEL
    boxes = [b for g in grids for gc in g.cells if (b := ink_box(ink, gc.box, dpi)) is not None]
    text, cells = read_page_and_cells(outside, clean, boxes, engine, dpi) if boxes else (
        None, None)
    words = _text_words(engine, outside, page.ink, dpi, read=text)
    page_ink = page.ink > 0
    text_ink = page_ink.copy()
    for grid in grids:
        x0, top, x1, bottom = grid.box
        text_ink[top : bottom + 1, x0 : x1 + 1] = False
    words += unread_dashes(text_ink, words, dpi)
    if boxes:
        words += printed_dashes(shrink_tall_boxes(read_cells(clean, boxes, engine, dpi, cells),
                                                  page_ink), page.ink, dpi)
    cell_boxes = [gc.box for g in grids for gc in g.cells]
    words += lone_dashes(page.ink, cell_boxes, words, dpi)
    words += grid_row_start_dashes(page.ink, grids, words, dpi)
    words += lone_ticks(page.ink, cell_boxes, words, dpi, int(dpi * DASH_MARGIN_INCH))
    # A thin "%" may be too faint in the engine's image to count as print there: the
    # cells' print is also measured in the page's own ink, for what is read again.
    printed = [b for g in grids for gc in g.cells
               if (b := ink_box(page_ink, gc.box, dpi)) is not None]
    words = _checked(words, clean, page_ink, engine, dpi, boxes, printed)
    if engine.name != "rapidocr":
        words += lone_percents(page.gray, printed, words, line_reader(), dpi)
    return PageReading(page, grids, words + printed_bullets(words, page.ink))


def read_frames_as_text(reading: PageReading, frames: Sequence[Grid],
                        engine: OcrEngine) -> PageReading:
    """The reading without ``frames`` (grids that hold no table of their own), a body
    box among them read again as running text for the layout reader, column by column
    where white parts its columns (:mod:`strips`).

    A ruled header over one box holding the whole body is the same table with its outer
    border closed: its header cells read well one by one, but read as one cell the body
    box (many columns) comes out as interleaved lines; as running text its words keep
    their places."""
    page, dpi = reading.page, reading.page.px_per_pt * 72
    kept = [g for g in reading.grids if g not in frames]
    clean = engine_image(page, kept)
    bodies = [gc.box for f in frames for gc in f.cells if gc.row > 0 and gc.colspan == f.n_cols]
    words = [w for w in reading.words if not any(
        x0 <= w.cx <= x1 and top <= w.cy <= bottom for x0, top, x1, bottom in bodies)]
    page_ink = page.ink > 0
    for x0, top, x1, bottom in bodies:
        body = clean[top : bottom + 1, x0 : x1 + 1]
        found = _text_words(engine, body, page.ink, dpi, (x0, top),
                            read_in_strips(engine, body, dpi))
        found = _checked(found, clean, page_ink, engine, dpi)
        words += found + printed_bullets(found, page.ink)
    return PageReading(page, kept, words)


def read_page(image: np.ndarray, dpi: int, engine: OcrEngine) -> PageReading:
    """Prepare and OCR a page image, trying the 180° turn when the reading is doubtful."""
    reading = _read(image, dpi, engine, None)
    words = reading.words
    if len(words) >= MIN_WORDS_TO_TURN and mean_conf(words) < DOUBTFUL_CONFIDENCE:
        flipped = _read(image, dpi, engine, (reading.page.quarter_turns + 2) % 4)
        if flipped.score > reading.score:
            return flipped
    return reading
