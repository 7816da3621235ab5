"""Page-image preparation: upright, straight, flat and clean before the grid is read.

Dark filled bands printed in white are inverted first; uneven toner and paper tint are
then flattened, by dividing by a background estimate
(a median filter or opening would eat 1-px rules at 200 dpi); colour ink (stamps,
signatures) is taken out first, the print under it kept (:func:`without_ink`), so it can
neither pull the skew estimate nor pass for a ruling line nor cut one; the page is turned
a quarter when its text runs vertically; and small skew (±3°) is measured on ink
projections and corrected.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import cv2
import numpy as np

from rencana.extract.ocr.bands import tinted
from rencana.extract.ocr.dewarp import straighten
from rencana.extract.ocr.grid import faint_rule_ink
from rencana.records import SHADE_LEVEL

TINT_VALUE = 100
"""A tinted pixel's value in the shade mask carried through the page's turns."""
MAX_SKEW_DEG = 3.0
SKEW_WORK_WIDTH = 1000
"""Skew is searched on a copy this wide: accurate to ~0.05° and ~30× cheaper."""
ORIENTATION_DPI = 100
MAX_STRETCH_LOW = 96.0
"""The darkest 0.5% of a page is mapped to black only if it is at most this gray."""
DARK_FILL_SHARE = 0.5
"""Share of the paper's grey level under which a pixel may be a dark fill (navy, black, a
dark grey band of a page scanned light; grey zebra stripes and light header tints stay
above ~0.6)."""
LIGHT_PRINT_SHARE = 0.02
"""Least share of a fill's pixels that must be print lighter than it (white letters, its
cell borders) for it to be inverted: black print on a mid-grey band stays as it is."""
DARKER_THAN_FILL = 0.2
"""Print this share darker than its fill (a rule, black text) is not inverted."""
SOLID_INCH = 0.06
"""A solid fill is wider and taller than this everywhere (strokes and rules are thinner)."""
PAPER_PERCENTILE = 0.9
"""The paper's grey level is the page's grey at this percentile (most of a page is paper)."""
FILL_STROKE_INCH = 0.04
"""Dark ink wider than this both ways is a fill, not a stroke or a rule (3 pt)."""
FILL_LETTER_INCH = 0.15
"""Holes a fill's light letters leave are closed up to this size."""
FILL_RECTANGULAR = 0.9
"""Share of its bounding box a fill covers (a band or a filled cell is a rectangle)."""
COLOUR_CHROMA = 48
"""Channel spread above which a pixel is coloured ink (print and paper stay below ~25)."""
FRINGED_SHARE = 0.05
"""Share of a page's coloured pixels outside any coloured stroke above which the page is
taken for colour-fringed (a page with a stamp or a signature alone has almost none: at
most 0.01 on the scanned sets)."""
TINT_CHROMA = 32
"""Channel spread that links the pieces of one coloured stroke: a thin pen line's colour
dips under COLOUR_CHROMA here and there (JPEG), and a piece cut off so would stay as a
dark line across a cell."""
INK_LEVEL_INCH = 1 / 8
"""Window over which the coloured ink's own grey level is taken (a stamp's ink is uneven
over its face, even over a stroke or two)."""
SHOW_THROUGH = 0.8
"""What lies under coloured ink is taken for print when darker than this share of the
paper and joined to print outside the ink (see :func:`without_ink`)..."""
PRINT_SHARE = 0.7
"""... that is darker than this share of the paper..."""
NEAR_INK_INCH = 1 / 40
"""... and this far from the ink at least: the fringe of a stamp's thin lettering, whose
colour JPEG smeared, lies just outside the ink mask and may be as dark."""
INK_ALONE = 1.25
"""Strongly coloured pixels whose ink ratio is over this many times the first estimate
about them have print under them and are left out of the second."""
COLOUR_BLUR_INCH = 1 / 60
"""Width over which colour is judged (5 px at 300 dpi): wider than a scanner's colour
fringe, narrower than a stamp's or a pen's stroke."""
MIN_BLOB_AREA = 12
MIN_TEXT_BLOBS = 20
"""With fewer blobs than this (a blank or rules-only page) orientation is not judged."""
ORIENTATION_SAMPLE = 600
SIDEWAYS_SHARE = 0.5
"""Share of blobs whose nearest neighbour is above/below needed to call a page sideways."""


@dataclass(frozen=True)
class PreparedPage:
    """An upright page image ready for grid reading and OCR.

    ``gray`` is dark ink on white; ``ink`` is its binarisation (ink = 255). ``px_per_pt``
    converts pixels back to PDF points of the upright page.
    """

    gray: np.ndarray
    ink: np.ndarray
    px_per_pt: float
    quarter_turns: int
    skew_deg: float
    shade: np.ndarray | None = None
    """Where the page is filled solid (:func:`solid_fills`), aligned with ``gray``."""
    tint: np.ndarray | None = None
    """Where the page is tinted or filled (:func:`bands.tinted`), aligned with ``gray``."""

    @cached_property
    def rule_ink(self) -> np.ndarray:
        """The ink with the page's grey hairlines (:func:`grid.faint_rule_ink`): a grid,
        or the row rules of a table without vertical rules, printed lighter than the ink
        threshold."""
        return cv2.max(self.ink, faint_rule_ink(self.gray, self.px_per_pt * 72))


def colour_ink(image: np.ndarray, dpi: float) -> np.ndarray | None:
    """Mask of coloured ink (stamps, signatures), None for a grayscale scan.

    Printed tables are black or gray; stamps and signatures are blue, violet or red, so
    a pixel whose channels spread widely is not print. The mask is grown by a pixel or two
    because JPEG stores colour at half resolution and leaves tinted fringes. Ink is
    translucent, so print under a stamp stays dark and colourless and is kept.

    A scanner whose channels are out of register (colour fringing) tints both edges of
    every black stroke too, red on one side and blue on the other: whitened, every letter
    loses its edges and breaks up. On such a page (over FRINGED_SHARE of its coloured
    pixels outside any of :func:`_coloured_strokes`) only those strokes are ink.
    """
    if image.ndim == 2:
        return None
    spread = _spread(image)
    coloured = spread > COLOUR_CHROMA
    if coloured.any():
        strokes = _coloured_strokes(image, spread, dpi) & coloured
        if (coloured & ~strokes).sum() > FRINGED_SHARE * int(coloured.sum()):
            coloured = strokes
    grow = max(3, int(dpi / 100) | 1)
    return cv2.dilate(coloured.astype(np.uint8), np.ones((grow, grow), np.uint8)) > 0


def without_ink(image: np.ndarray, coloured: np.ndarray, paper: float, dpi: float
                ) -> np.ndarray:
    """The page's grey with the coloured ink (stamps, signatures) taken out of the
    ``coloured`` pixels: the print under a stroke where there is print (a rule crossed by
    a signature, the digit under a stamp's letter), the paper where there is only ink.

    Ink is translucent: it multiplies. Over paper, a pixel's brightest channel falls
    below the paper's by ``k`` times its channels' spread, ``k`` a property of the ink's
    hue whatever the stroke's coverage (an antialiased edge has less of both); print
    under the ink darkens all channels alike. So ``brightest + k × spread`` is what
    lies under the ink. ``k`` is the strongly coloured pixels' mean about the pixel
    (INK_LEVEL_INCH), taken again without those well over it (print under ink, or JPEG's
    colour smeared onto print beside a stroke). Whitening all coloured ink instead cut
    every rule a stroke crossed (two cells merged, their figures lost) and every glyph
    a stamp's letters overlapped (a "9" read "3").

    Print under ink runs on where the ink stops (a glyph half covered, a rule crossed),
    so only what is joined to print outside the ink is kept; the rest is paper. The thin
    strokes of a stamp's lettering leave a grey ghost otherwise (JPEG stores colour at
    half resolution, so their spread is too small for their darkness), read as letters
    at 200 dpi ("Pa SSS Pd")."""
    channels = [c.astype(np.float32) for c in cv2.split(image)]
    brightest = np.maximum(np.maximum(channels[0], channels[1]), channels[2])
    spread = brightest - np.minimum(np.minimum(channels[0], channels[1]), channels[2])
    strong = spread > COLOUR_CHROMA
    ratio = (paper - brightest) / np.maximum(spread, 1)
    window = (max(3, int(dpi * INK_LEVEL_INCH) | 1),) * 2
    k = _local_mean(ratio, strong, window)
    k = _local_mean(ratio, strong & (ratio <= k * INK_ALONE), window)
    gray = cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)
    under = np.clip(brightest + k * spread, 0, 255).astype(np.uint8)
    dark = np.where(coloured, under, gray) < SHOW_THROUGH * paper
    count, parts = cv2.connectedComponents(dark.astype(np.uint8), connectivity=8)
    anchored = np.zeros(count, bool)
    near = max(3, int(dpi * NEAR_INK_INCH) | 1)
    apart = cv2.dilate(coloured.astype(np.uint8), np.ones((near, near), np.uint8)) == 0
    anchored[parts[apart & (gray < PRINT_SHARE * paper)]] = True
    anchored[0] = False
    return np.where(coloured, np.where(dark & anchored[parts], under, np.uint8(paper)), gray)


def _local_mean(values: np.ndarray, where: np.ndarray, window: tuple[int, int]) -> np.ndarray:
    """Mean of ``values`` over the ``where`` pixels in a box about each pixel (0: none)."""
    weight = cv2.blur(where.astype(np.float32), window)
    total = cv2.blur(np.where(where, values, 0).astype(np.float32), window)
    return np.where(weight > 0, total / np.maximum(weight, 1e-6), 0)


def _coloured_strokes(image: np.ndarray, spread: np.ndarray, dpi: float) -> np.ndarray:
    """Pixels of strokes still coloured on the page blurred over COLOUR_BLUR_INCH (which
    averages a fringe's red and blue out, while a stamp's or a pen's stroke keeps its
    hue), with the tinted pixels linked to them (TINT_CHROMA). ``spread``: the page's
    :func:`_spread`."""
    blur = max(3, int(dpi * COLOUR_BLUR_INCH) | 1)
    seeds = _spread(cv2.blur(image, (blur, blur))) > COLOUR_CHROMA
    linked = (seeds | (spread > TINT_CHROMA)).astype(np.uint8)
    _, parts = cv2.connectedComponents(linked, connectivity=8)
    return np.isin(parts, np.unique(parts[seeds])) & (parts > 0)


def _spread(image: np.ndarray) -> np.ndarray:
    """Each pixel's channel spread (per-channel OpenCV calls: numpy's max over axis 2 is
    slow)."""
    channels = cv2.split(image)
    brightest = cv2.max(cv2.max(channels[0], channels[1]), channels[2])
    darkest = cv2.min(cv2.min(channels[0], channels[1]), channels[2])
    return cv2.subtract(brightest, darkest)


def dark_fills(gray: np.ndarray, dpi: float, paper: float) -> np.ndarray:
    """Dark filled areas (a header band printed white on navy or black): each fill's
    own grey level on its pixels, 0 elsewhere. ``paper``: :func:`paper_level`.

    Their print is lighter than the fill: flattened as they are, band and letters both
    come out white and the header is lost; inverted first, the letters are dark on light
    like the rest of the page (and a band's cell borders become rules). A fill is dark ink
    wider than any stroke (an opening removes print and rules), with the holes its
    letters leave closed; its own edges bound it, so paper beside it is never inverted.
    Dark strips touching the page's edge (a scanner's shadow), shapes that are no
    rectangle (an emblem in the letterhead) and fills with no lighter print on them are no
    fill to invert. "Dark" is relative to the paper: a page scanned light turns a dark
    grey band mid-grey.
    """
    dark = (gray < DARK_FILL_SHARE * paper).astype(np.uint8)
    stroke = max(3, int(dpi * FILL_STROKE_INCH) | 1)
    fills = cv2.morphologyEx(dark, cv2.MORPH_OPEN, np.ones((stroke, stroke), np.uint8))
    # A dark strip along the page's edge is the scanner's shadow or lid, not a band.
    _, labels, stats, _ = cv2.connectedComponentsWithStats(fills)
    x, y, w, h = (stats[:, i] for i in range(4))
    inside = (x > 0) & (y > 0) & (x + w < fills.shape[1]) & (y + h < fills.shape[0])
    inside[0] = False
    fills = inside[labels].astype(np.uint8)
    if not fills.any():
        return fills > 0
    letter = max(3, int(dpi * FILL_LETTER_INCH) | 1)
    fills = cv2.morphologyEx(fills, cv2.MORPH_CLOSE, np.ones((letter, letter), np.uint8),
                             borderType=cv2.BORDER_CONSTANT, borderValue=0)
    # Bands and filled cells are rectangles (perhaps a little skewed); an emblem in the
    # letterhead is not.
    contours, _ = cv2.findContours(fills, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    bands = [c for c in contours if cv2.contourArea(c) >= FILL_RECTANGULAR * np.prod(
        cv2.minAreaRect(c)[1])]
    out = np.zeros_like(gray)
    for band in bands:
        region = np.zeros_like(fills)
        cv2.drawContours(region, [band], -1, 1, thickness=cv2.FILLED)
        inside = gray[region > 0]
        level = max(int(np.median(inside)), 1)
        if np.mean(inside > (level + paper) / 2) >= LIGHT_PRINT_SHARE:
            out[region > 0] = level
    return out


def solid_fills(gray: np.ndarray, dpi: float, paper: float) -> np.ndarray:
    """Mask of areas filled solid as dark as a mark (SHADE_LEVEL, relative to ``paper``):
    a spreadsheet's schedule shades the quarters an action runs in. Flattening washes
    such a fill out, so it is found on the page as scanned. Solid = it survives an
    opening wider than any stroke of print or rule."""
    dark = (gray < (1 - SHADE_LEVEL) * paper).astype(np.uint8)
    size = max(3, int(dpi * SOLID_INCH) | 1)
    return cv2.morphologyEx(dark, cv2.MORPH_OPEN, np.ones((size, size), np.uint8)) > 0


def paper_level(gray: np.ndarray) -> float:
    """The paper's grey: the page's grey at PAPER_PERCENTILE (from its histogram: a sort
    of every pixel costs a tenth of a second)."""
    counts = cv2.calcHist([gray], [0], None, [256], [0, 256]).ravel().cumsum()
    return float(np.searchsorted(counts, PAPER_PERCENTILE * counts[-1]))


def _inverted(gray: np.ndarray, fills: np.ndarray) -> np.ndarray:
    """The page with its dark fills (:func:`dark_fills`: their grey levels) inverted:
    the fill light, print lighter than it dark; print darker than it (the table's rules
    running through a header band, black text) stays dark. A fill's edges are drawn as
    rules: they are cell borders (the header band's bottom edge parts it from the body),
    and once the fill is light nothing else would show them."""
    darker = gray.astype(np.int16) < fills.astype(np.int16) * (1 - DARKER_THAN_FILL)
    out = np.where((fills > 0) & ~darker, 255 - gray, gray).astype(np.uint8)
    mask = (fills > 0).astype(np.uint8)
    out[(mask - cv2.erode(mask, np.ones((3, 3), np.uint8))) > 0] = 0
    return out


def binarize(gray: np.ndarray) -> np.ndarray:
    """Ink mask (255 = ink) of a flattened page, by Otsu's threshold."""
    _, ink = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    return ink


def flatten(gray: np.ndarray, dpi: float) -> np.ndarray:
    """Divide out uneven toner/paper so one threshold fits the whole page.

    The background is a closing (max filter) wide enough to erase text strokes, blurred;
    dividing by it maps paper to white everywhere. Contrast is then stretched so faint
    ink becomes dark enough for the engine — by a capped gain, or a page of paper grain
    with no ink (a signature page) would be stretched into a page of black noise.
    """
    size = max(15, int(dpi / 10) | 1)
    small = cv2.resize(gray, None, fx=0.25, fy=0.25, interpolation=cv2.INTER_AREA)
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (size // 4 + 1, size // 4 + 1))
    background = cv2.morphologyEx(small, cv2.MORPH_CLOSE, kernel)
    background = cv2.GaussianBlur(background, (0, 0), size / 8)
    background = cv2.resize(background, (gray.shape[1], gray.shape[0]))
    flat = cv2.divide(gray, np.maximum(background, 1), scale=255)
    low = min(float(np.percentile(flat, 0.5)), MAX_STRETCH_LOW)
    stretched = (flat.astype(np.float32) - low) * (255.0 / max(255.0 - low, 1.0))
    return np.clip(stretched, 0, 255).astype(np.uint8)


def _text_boxes(ink: np.ndarray, dpi: float) -> np.ndarray:
    """Boxes (x0, y0, x1, y1) of letter- or word-sized blobs, rules removed, at 100 dpi."""
    scale = ORIENTATION_DPI / dpi
    small = cv2.resize(ink, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    small = (small > 64).astype(np.uint8) * 255
    long_len = ORIENTATION_DPI // 4
    rules = cv2.morphologyEx(small, cv2.MORPH_OPEN, np.ones((1, long_len), np.uint8))
    rules |= cv2.morphologyEx(small, cv2.MORPH_OPEN, np.ones((long_len, 1), np.uint8))
    count, _, stats, _ = cv2.connectedComponentsWithStats(cv2.subtract(small, rules))
    stats = stats[1:count]
    x, y, w, h, area = (stats[:, i] for i in range(5))
    keep = (area >= MIN_BLOB_AREA) & (np.minimum(w, h) <= ORIENTATION_DPI * 0.3)
    return np.stack([x, y, x + w, y + h], axis=1)[keep].astype(np.float32)


def _nearest_gaps(boxes: np.ndarray, sample: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For each sampled box, the smallest gap to a box beside it and to one above/below."""
    b = boxes[None, :, :]
    s = sample[:, None, :]
    overlap_y = np.minimum(s[..., 3], b[..., 3]) - np.maximum(s[..., 1], b[..., 1]) > 0
    overlap_x = np.minimum(s[..., 2], b[..., 2]) - np.maximum(s[..., 0], b[..., 0]) > 0
    gap_x = np.maximum(b[..., 0] - s[..., 2], s[..., 0] - b[..., 2])
    gap_y = np.maximum(b[..., 1] - s[..., 3], s[..., 1] - b[..., 3])
    inf = np.float32(np.inf)
    beside = np.where(overlap_y & (gap_x >= 0), gap_x, inf).min(axis=1)
    above = np.where(overlap_x & (gap_y >= 0), gap_y, inf).min(axis=1)
    return beside, above


def text_is_sideways(ink: np.ndarray, dpi: float) -> bool:
    """True when the text lines run vertically (the page was scanned a quarter turn off).

    Letters and words sit closer to their neighbour along the line (letter and word
    spacing) than to the line above or below (line spacing), whatever the font, size
    or blur; so each blob votes for the direction of its nearest neighbour, and the
    words' own shape must agree (:func:`_words_stand`). Ruling lines are removed first.
    Pages with too little text are taken as upright.
    """
    boxes = _text_boxes(ink, dpi)
    if len(boxes) < MIN_TEXT_BLOBS:
        return False
    rng = np.random.default_rng(0)
    sample = boxes[rng.choice(len(boxes), min(len(boxes), ORIENTATION_SAMPLE), replace=False)]
    beside, above = _nearest_gaps(boxes, sample)
    decided = np.isfinite(beside) | np.isfinite(above)
    vertical_votes = int((above[decided] < beside[decided]).sum())
    return vertical_votes > SIDEWAYS_SHARE * int(decided.sum()) and _words_stand(boxes)


def _words_stand(boxes: np.ndarray) -> bool:
    """Are the larger blobs (words, at this resolution) mostly taller than wide?

    Small print set tight (7 pt, lines 1 pt apart) sits closer to the line below than to
    the next word at 100 dpi, and would vote sideways; its words still lie along the line.
    """
    width, height = boxes[:, 2] - boxes[:, 0], boxes[:, 3] - boxes[:, 1]
    larger = width * height >= np.median(width * height)
    return int((height[larger] > width[larger]).sum()) > int((width[larger] > height[larger]).sum())


def _projection_score(ink: np.ndarray, angle: float) -> float:
    h, w = ink.shape
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    rotated = cv2.warpAffine(ink, matrix, (w, h), flags=cv2.INTER_NEAREST)
    profile = rotated.sum(axis=1, dtype=np.float64)
    return float(np.square(np.diff(profile)).sum())


def estimate_skew(ink: np.ndarray, max_deg: float = MAX_SKEW_DEG) -> float:
    """Angle (degrees, counter-clockwise positive as in OpenCV) that levels the page.

    Rows of text and horizontal rules give the sharpest row-sum profile when level; the
    search goes coarse (0.5°) then fine (0.05°) so it costs ~40 small rotations.
    """
    scale = min(1.0, SKEW_WORK_WIDTH / ink.shape[1])
    small = cv2.resize(ink, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    coarse = np.arange(-max_deg, max_deg + 1e-9, 0.5)
    best = max(coarse, key=lambda a: _projection_score(small, a))
    fine = np.arange(best - 0.5, best + 0.5 + 1e-9, 0.05)
    return float(max(fine, key=lambda a: _projection_score(small, a)))


def rotate(gray: np.ndarray, angle: float, border: int = 255) -> np.ndarray:
    """Rotate about the centre by ``angle`` degrees, filling with ``border`` (white)."""
    h, w = gray.shape
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    return cv2.warpAffine(gray, matrix, (w, h), flags=cv2.INTER_LINEAR, borderValue=border)


def turn(gray: np.ndarray, quarter_turns: int) -> np.ndarray:
    """Rotate by quarter turns clockwise."""
    return np.ascontiguousarray(np.rot90(gray, k=-quarter_turns))


def prepare(image: np.ndarray, dpi: float, quarter_turns: int | None = None) -> PreparedPage:
    """Upright, deskewed, flattened page, its bowed rules straightened (:mod:`dewarp`).

    ``quarter_turns`` forces the orientation (e.g. after the engine's orientation check
    found the page upside down); by default a sideways page is turned clockwise and the
    caller verifies the result.
    """
    gray = image if image.ndim == 2 else cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)
    paper = paper_level(gray)
    fills = dark_fills(gray, dpi, paper)
    coloured = colour_ink(image, dpi)
    shade = _shade_and_tint(gray, coloured, dpi, paper)
    if coloured is not None and coloured.any():
        # Only about the coloured ink: a stamp and a signature cover a small part of a page.
        pad = int(dpi * INK_LEVEL_INCH)
        rows, cols = np.flatnonzero(coloured.any(axis=1)), np.flatnonzero(coloured.any(axis=0))
        box = (slice(max(0, rows[0] - pad), rows[-1] + pad + 1),
               slice(max(0, cols[0] - pad), cols[-1] + pad + 1))
        stamped = coloured[box] & (fills[box] == 0)
        gray[box][stamped] = without_ink(image[box], coloured[box], paper, dpi)[stamped]
    gray = flatten(_inverted(gray, fills), dpi)
    if quarter_turns is None:
        quarter_turns = 1 if text_is_sideways(binarize(gray), dpi) else 0
    gray, shade = turn(gray, quarter_turns), turn(shade, quarter_turns)
    skew = estimate_skew(binarize(gray))
    if abs(skew) >= 0.05:
        gray, shade = rotate(gray, skew), rotate(shade, skew, border=0)
    gray, shade = straighten(gray, shade, binarize(gray), dpi)
    return PreparedPage(gray, binarize(gray), dpi / 72.0, quarter_turns, skew, shade > 127,
                        shade > TINT_VALUE // 2)


def _shade_and_tint(gray: np.ndarray, coloured: np.ndarray | None, dpi: float,
                    paper: float) -> np.ndarray:
    """One mask carried through the page's turns: 255 where the page is filled solid
    (:func:`solid_fills`), TINT_VALUE where it is only tinted (:func:`bands.tinted`: a
    zebra row), found on the page as scanned, stamps and signatures aside."""
    shade = solid_fills(gray, dpi, paper).astype(np.uint8) * 255
    plain = gray if coloured is None else np.where(coloured, np.uint8(255), gray)
    shade[(shade == 0) & tinted(plain, dpi)] = TINT_VALUE
    return shade
