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

from rencana.extract.ocr.amounts import second_reading
from rencana.extract.ocr.bullets import printed_bullets
from rencana.extract.ocr.cells import INK_LEVEL, read_cells, read_lost_print
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
from rencana.extract.ocr.ticks import lone_ticks, read_ticks
from rencana.extract.ocr.turned import read_turned_labels
from rencana.extract.ocr.unknown_words import reread_unknown
from rencana.extract.ocr.words import (
    DASHES,
    mean_conf,
    read_words,
    reread_merged_lines,
    trim_specks,
    word_height,
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
DASH_ASPECT = 2.0
"""A printed "-" is at least this many times wider than high: 6 × 3 px for a serif hyphen
at 8 pt and 300 dpi, once blurred."""
GLYPH_JOIN_INCH = 0.01
GLYPH_INCH = 0.05
"""Small blobs within GLYPH_JOIN of each other spanning this height are one glyph."""
SCATTER_INCH = 0.15
"""Small marks spread wider than this (a tick is about 0.05 inch) are dust, not print."""
MIN_DASH_INCH = 0.02
"""A printed "-" at 8 pt is about 0.03 inch long."""
DASH_MARGIN_INCH = 0.03
"""A lone dash is looked for this far inside a cell's rules, clear of their remains."""
DUST_INCH = 0.015
"""Round blobs under this size squared are paper grain (20 px at 300 dpi, 9 at 200)."""
DASH_FILL = 0.65
"""A printed bar fills its box (0.7–0.9); two grains of dust side by side do not."""
DASH_MIN_ASPECT = 1.5
MAX_DASH_HEIGHT_INCH = 0.02
"""A lone blob in a cell at least DASH_MIN_ASPECT times wider than high, and no higher
than a stroke, is a "-"; dust is round, and any other mark in the cell rules it out."""
MIN_DASH_PX = 2
"""A printed stroke, blurred by any scan, is at least this many pixels thick; a single row
of pixels is two grains of dust side by side."""
DASH_LENGTH = 1.2
"""A bar longer than this many word heights is a rule's stub or an underline, no "-"."""
DASH_LIST_LINES = 3.5
"""How far (word heights) from a value of its list a lone "-" may be: the next lines."""
DASH_ALIGN = 1.0
DASH_LIST_VALUES = 2
"""Values a lone "-" must be listed with: a speck beside one value is no list's "-"."""
DASH_NEAR = 0.5
"""No ink at all, dust included, this many word heights round a lone "-"."""
DASH_CLEAR = 1.0
"""White, in word heights, a lone "-" has on either side along its line."""
DASH_CONFIDENCE = 90.0
"""Confidence given to a dash read by its shape: a flat lone blob is hardly anything else."""
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
    beside = np.zeros_like(small)
    beside[np.unique(labels[(around_big > 0) & small[labels]])] = True
    dash = _dash_like(width, height, dpi)
    return (big | (small & (beside | dash | _glyph_parts(labels, small, dpi))))[labels]


def _baseline_ink(labels: np.ndarray, stats: np.ndarray, big: np.ndarray) -> np.ndarray:
    """The lowest part (BASELINE_SHARE of their height) of the big blobs: where a comma
    or full stop after a letter sits. A speck at mid-height beside a word is no
    punctuation (read as "-" it would split a phrase)."""
    rows = np.arange(labels.shape[0])[:, None]
    top, height = stats[:, cv2.CC_STAT_TOP][labels], stats[:, cv2.CC_STAT_HEIGHT][labels]
    return (big[labels] & (rows >= top + (1 - BASELINE_SHARE) * height)).astype(np.uint8)


def _dash_like(
    width: np.ndarray, height: np.ndarray, dpi: float, aspect: float = DASH_ASPECT
) -> np.ndarray:
    """Blobs shaped like a printed "-": flat, and long enough not to be a grain of dust."""
    return (width >= aspect * np.maximum(height, 1)) & (width >= dpi * MIN_DASH_INCH)


def _glyph_parts(labels: np.ndarray, small: np.ndarray, dpi: float) -> np.ndarray:
    """Small blobs that together make a glyph's height: a lone "%" printed with thin
    strokes breaks into two rings and a slash, each under the speck size."""
    mask = small[labels].astype(np.uint8)
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
    dash = _dash_like(stats[1:, cv2.CC_STAT_WIDTH], stats[1:, cv2.CC_STAT_HEIGHT], dpi)
    if int(stats[1:, cv2.CC_STAT_AREA].max()) < (dpi / 60) ** 2 and not dash.any():
        return None
    ys, xs = np.nonzero(inner)
    if (not dash.any() and max(np.ptp(xs), np.ptp(ys)) > SCATTER_INCH * dpi
            and not _has_glyph(inner, dpi)):
        return None  # dust over a tall merged cell: the engine reads specks as "3 4"
    grow = int(dpi * INK_MARGIN_INCH)
    return (
        max(x0, x0 + margin + int(xs.min()) - grow),
        max(top, top + margin + int(ys.min()) - grow),
        min(x1, x0 + margin + int(xs.max()) + 1 + grow),
        min(bottom, top + margin + int(ys.max()) + 1 + grow),
    )


def _has_glyph(inner: np.ndarray, dpi: float) -> bool:
    """Is any blob, or group of touching pieces (a thin glyph broken by the threshold),
    as tall as a glyph?"""
    joined = cv2.dilate(inner, np.ones((3, 3), np.uint8))
    count, _, stats, _ = cv2.connectedComponentsWithStats(joined)
    return count > 1 and int(stats[1:, cv2.CC_STAT_HEIGHT].max()) - 2 >= GLYPH_INCH * dpi


def lone_dashes(
    ink: np.ndarray, cells: Sequence[Sequence[int]], words: Sequence[Word], dpi: float
) -> list[Word]:
    """A "-" for each cell whose only print is one dash-shaped blob the engine left unread.

    Tables print "-" for "no value"; alone in a cell the engine returns nothing for it,
    and an empty cell is then taken for a merged one and filled from above. A hyphen is
    small enough to be cleaned away as a speck (blurred at 200 dpi it is 5 × 3 px), so
    the page's own ink is looked at, well inside the cell's rules: exactly one blob, flat
    and no thicker than a stroke (dust grains smaller than any glyph aside). It carries
    no number: nothing is invented.
    """
    margin = int(dpi * DASH_MARGIN_INCH)
    found = []
    for x0, top, x1, bottom in cells:
        if any(x0 <= w.cx <= x1 and top <= w.cy <= bottom for w in words):
            continue
        left, upper = x0 + margin, top + margin
        dash = _lone_dash(ink[upper : bottom - margin, left : x1 - margin], dpi)
        if dash is not None:
            dx, dy, w, h = dash
            found.append(
                Word("-", left + dx, upper + dy, left + dx + w, upper + dy + h, DASH_CONFIDENCE)
            )
    return found


def _lone_dash(region: np.ndarray, dpi: float) -> tuple[int, int, int, int] | None:
    """(x, y, width, height) of the one printed bar in ``region``, None unless its only
    print is exactly one blob flat, solid and no thicker than a stroke (dust aside)."""
    if region.size == 0:
        return None
    _, _, stats, _ = cv2.connectedComponentsWithStats(region.astype(np.uint8))
    width, height = stats[1:, cv2.CC_STAT_WIDTH], stats[1:, cv2.CC_STAT_HEIGHT]
    area = stats[1:, cv2.CC_STAT_AREA]
    dash = (
        _dash_like(width, height, dpi, DASH_MIN_ASPECT)
        & (area >= DASH_FILL * width * height)
        & (height <= dpi * MAX_DASH_HEIGHT_INCH)
        & (height >= MIN_DASH_PX)
    )
    dust = ~dash & (area < (dpi * DUST_INCH) ** 2)
    if dash.sum() != 1 or (~dash & ~dust).any():
        return None
    x, y, w, h = (int(v) for v in stats[1:][dash][0, :4])
    return x, y, w, h


def unread_dashes(ink: np.ndarray, words: Sequence[Word], dpi: float) -> list[Word]:
    """A "-" for each printed bar standing alone on its line that no word covers, in
    text outside any grid.

    A table without rules prints "-" for "no value" as it prints a number, one to a
    line ("-" above "Rp 783.242.000,-" in a list of amounts, one per item beside a
    bulleted list): read as one block, the engine drops such a bar, the list comes out a
    line short and no amount pairs with its item. A bar is taken only with white around
    it: nothing within DASH_CLEAR word heights along its line (not even dust: a speck on
    a faint dotted rule), nor half a height above or below (dust aside), so a hyphen in a
    word the engine lost, an underline or a rule's stub is never one."""
    if not words:
        return []
    height = word_height(list(words))
    _, labels, stats, _ = cv2.connectedComponentsWithStats(ink.astype(np.uint8))
    width, tall = stats[1:, cv2.CC_STAT_WIDTH], stats[1:, cv2.CC_STAT_HEIGHT]
    area = stats[1:, cv2.CC_STAT_AREA]
    bars = np.nonzero(_dash_like(width, tall, dpi, DASH_MIN_ASPECT)
                      & (area >= DASH_FILL * width * tall) & (width <= DASH_LENGTH * height)
                      & (tall <= dpi * MAX_DASH_HEIGHT_INCH) & (tall >= MIN_DASH_PX))[0] + 1
    dust = (dpi * DUST_INCH) ** 2
    found = []
    for label in bars:
        x, y, w, h = (int(v) for v in stats[label, :4])
        x0, x1 = int(x - DASH_CLEAR * height), int(x + w + DASH_CLEAR * height)
        top, bottom = int(y + h / 2 - height / 2), int(y + h / 2 + height / 2)
        if any(w_.x0 < x1 and x0 < w_.x1 and w_.top < bottom and top < w_.bottom
               for w_ in words):
            continue
        around = np.unique(labels[max(top, 0) : bottom, max(x0, 0) : x1])
        if any(other not in (0, label) and stats[other, cv2.CC_STAT_AREA] >= dust
               for other in around):
            continue
        # Not even dust along its own rows (a speck on a faint dotted rule) or close
        # round it (a speck with a grain beside it, ":" or "÷"-like): a "-" stands alone.
        near = int(np.ceil(DASH_NEAR * height))
        level = np.unique(np.concatenate([
            labels[max(y - 1, 0) : y + h + 1, max(x0, 0) : x1].ravel(),
            labels[max(y - near, 0) : y + h + near, max(x - near, 0) : x + w + near].ravel()]))
        if any(other not in (0, label) for other in level):
            continue
        dash = Word("-", x, y, x + w, y + h, DASH_CONFIDENCE)
        if sum(_in_list_with(dash, value, height) for value in words) >= DASH_LIST_VALUES:
            found.append(dash)
    return found


def _in_list_with(dash: Word, value: Word, height: float) -> bool:
    """Is the bar set in a list with this value: a number or "-" on a line near it
    (DASH_LIST_LINES word heights), aligned with it on the right, left or centre (within
    DASH_ALIGN word heights: an amount's closing ",-" is often lost)? A speck is as flat
    and as small as a "-" at 200 dpi; only its place tells them apart."""
    if sum(ch.isdigit() for ch in value.text) < 2 and value.text not in DASHES:
        return False
    if not height / 2 < abs(value.cy - dash.cy) <= DASH_LIST_LINES * height:
        return False
    return min(abs(value.x1 - dash.x1), abs(value.x0 - dash.x0),
               abs(value.cx - dash.cx)) <= DASH_ALIGN * height


def printed_dashes(words: list[Word], ink: np.ndarray, dpi: float) -> list[Word]:
    """The words, less the bare dashes whose ink is not one printed bar.

    A "-" means "no value" and a band row with a value is no band: two specks side by
    side or a grain of show-through read as "-" would put a value where none is printed.
    """
    pad = int(np.ceil(dpi * GLYPH_JOIN_INCH))
    return [w for w in words if w.text not in DASHES or _lone_dash(
        ink[max(int(w.top) - pad, 0) : int(w.bottom) + pad + 1,
            max(int(w.x0) - pad, 0) : int(w.x1) + pad + 1], dpi) is not None]


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
                offset: tuple[int, int] = (0, 0)) -> list[Word]:
    """Words of running text (no grid cells) on ``image``, a part of the page whose top
    left corner is ``offset`` (page pixels); boxes in page pixels."""
    words = reread_merged_lines(engine, image, dpi, read_words(engine, image, dpi))
    dx, dy = offset
    # The page's own ink mask, not a fixed grey level: at 200 dpi a thin "l" or "i" is
    # lighter than mid-grey, and a word trimmed of its last letters opens a false gap.
    own_ink = ink[dy : dy + image.shape[0], dx : dx + image.shape[1]] > 0
    words = read_turned_labels(engine, image, own_ink, trim_specks(words, own_ink), dpi)
    words = read_lost_lines(engine, image, dpi, words)
    words = [Word(w.text, w.x0 + dx, w.top + dy, w.x1 + dx, w.bottom + dy, w.conf)
             for w in words]
    return printed_dashes(words, ink, dpi)


def _checked(words: list[Word], clean: np.ndarray, engine: OcrEngine, dpi: float,
             cells: Sequence[Sequence[int]] = ()) -> list[Word]:
    """The words with every amount (:mod:`amounts`), every word no dictionary knows
    (:mod:`unknown_words`), every doubtful punctuation mark (:mod:`marks`) and small
    initial i or j without its dot (:mod:`initials`) read a second time, and print left
    unread in a cell read by the second reader (:func:`cells.read_lost_print`); check
    marks told by their shape (:mod:`ticks`), whatever the engine."""
    words = read_ticks(words, clean < INK_LEVEL)
    if engine.name == "rapidocr":  # its own recogniser would only agree with itself
        return words
    reader = line_reader()
    words = reread_unknown(second_reading(words, clean, reader, cells), clean, reader)
    words = read_lost_print(clean, cells, words, reader, dpi)
    words = capital_initials(words, clean, reader)
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
    words = _text_words(engine, outside, page.ink, dpi)
    text_ink = page.ink > 0
    for grid in grids:
        x0, top, x1, bottom = grid.box
        text_ink[top : bottom + 1, x0 : x1 + 1] = False
    words += unread_dashes(text_ink, words, dpi)
    if boxes:
        words += printed_dashes(read_cells(clean, boxes, engine, dpi), page.ink, dpi)
    cell_boxes = [gc.box for g in grids for gc in g.cells]
    words += lone_dashes(page.ink, cell_boxes, words, dpi)
    words += lone_ticks(page.ink, cell_boxes, words, dpi, int(dpi * DASH_MARGIN_INCH))
    words = _checked(words, clean, engine, dpi, boxes)
    if engine.name != "rapidocr":
        # A thin "%" alone in a cell may be too faint in the engine's image to count as
        # print there: its cell is looked at in the page's own ink (:mod:`lone_signs`).
        printed = [b for g in grids for gc in g.cells
                   if (b := ink_box(page.ink > 0, gc.box, dpi)) is not None]
        words += lone_percents(page.gray, printed, words, line_reader(), dpi)
    return PageReading(page, grids, words + printed_bullets(words, page.ink))


def read_frames_as_text(reading: PageReading, frames: Sequence[Grid],
                        engine: OcrEngine) -> PageReading:
    """The reading without ``frames`` (grids that hold no table of their own), a body
    box among them read again as running text for the layout reader.

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
    for x0, top, x1, bottom in bodies:
        found = _text_words(engine, clean[top : bottom + 1, x0 : x1 + 1], page.ink, dpi,
                            (x0, top))
        found = _checked(found, clean, engine, dpi)
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
