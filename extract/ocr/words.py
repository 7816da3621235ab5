"""Engine words: reading at a resolution the engine likes, and dropping residue.

Shared by the page read and the cell-strip read, so both see the same clean-up.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

import cv2
import numpy as np

from rencana.extract.ocr.engines import OcrEngine
from rencana.extract.ocr.lexicon import repair_word
from rencana.extract.ocr.unknown_words import doubtful_word
from rencana.extract.words import Word

ENGINE_DPI = 300
"""Resolution the engine reads at: enlarged from lower-resolution scans."""
DASHES = frozenset("-–—_")
KEPT_SYMBOLS = "%:/"
"""Bare punctuation is residue, except what is printed standing apart: a "%" after its
number, the ":" of "Sasaran Strategis : …" (it tells a label from its value) and the
"/" of "Kabupaten / Kota"."""
BRACKETS = frozenset("()")
MIN_BRACKET_CONF = 85.0
ROMAN_BARS = re.compile(r"^[|l]{1,3}$")
MIN_WORD_HEIGHT = 0.4
"""Share of the page's median word height below which a non-dash word is residue."""
MIN_DASH_WIDTH = 0.25
"""A printed "-" is at least this share of the median word height wide."""
MIN_SHORT_CONF = 40.0
"""Tokens of one or two characters read with less confidence are taken as residue, but
for a count's digit or two before its unit ("2 Dokumen": Tesseract reads a digit
standing apart with little confidence): the second reader confirms or drops those
(:mod:`short_digits`)."""
FULL_HEIGHT = 0.8
"""Share of the median word height a digit's box spans when it is print, not a speck."""
NEXT_WORD = 1.0
"""Word heights within which a word starting to the right continues the line (a count's
unit follows it)."""
MERGED_LINES = 1.6
"""A word box taller than this many median word heights spans several lines."""
MERGED_DOUBT = 50.0
"""Confidence under which a word boxed over several lines is taken for garbled."""
BAND_PAD = 0.75
"""White, in word heights, left around a band of merged lines when it is read again."""
LINE_PRINT = 0.5
"""A run of inked rows this many word heights tall is a line of print, not the tips of
the lines above and below (descenders, accents)."""
INK_LEVEL = 128
"""Grey level under which a pixel of the engine's image is ink."""
SPECK_GAP = 0.12
"""White, in word heights, that parts a speck from the word the engine boxed it with."""
SPECK_AREA = 0.06
"""Most ink, in squared word heights, of a speck at a word's end (a full-height "1" at
any size carries more: about 0.1)."""
GLYPH_REACH = 0.5
"""Word heights by which a box is widened, at most, over a glyph its edge cuts."""


LINE_BOXES = 1.5
"""Words taller than this many lower-quartile word heights are boxed over two lines."""


def word_height(words: Sequence[Word]) -> float:
    """The height of a word boxed to one line of print: the median height of the words
    no taller than LINE_BOXES lower-quartile heights.

    On a dense page (5.6 pt print, lines 0.08 inch apart) the engine boxes a third of
    the words over two lines; their plain median (31 px where one line's words are 22)
    made a printed "2" look like a speck and hid the swollen boxes it is meant to
    find. On an ordinary page both measures agree within a pixel."""
    heights = np.array([w.bottom - w.top for w in words], float)
    return float(np.median(heights[heights <= LINE_BOXES * np.percentile(heights, 25)]))


def mean_conf(words: Sequence[Word]) -> float:
    """Mean word confidence (0 for no words)."""
    return float(np.mean([w.conf for w in words])) if words else 0.0


def _roman_bars(word: Word) -> Word:
    """A token made only of bars and l's is a sans-serif roman numeral ("|" → "I",
    "ll" → "II"): neither is ever a word, and quarter headers (TW I–IV) print them."""
    if ROMAN_BARS.match(word.text):
        return Word("I" * len(word.text), word.x0, word.top, word.x1, word.bottom, word.conf)
    return word


def _has_content(text: str) -> bool:
    return any(ch.isalnum() or ch in KEPT_SYMBOLS for ch in text)


def _sure_bracket(word: Word) -> bool:
    """A bracket printed apart ("(Penurunan )") read with assurance: a speck is seldom
    read as one that surely."""
    return word.text in BRACKETS and word.conf is not None and word.conf >= MIN_BRACKET_CONF


def _count_before_unit(word: Word, words: Sequence[Word], height: float) -> bool:
    """Is the word a digit or two as tall as a word, with a word of letters after it
    within a word space on its line (a count before its unit: "2 Dokumen")?"""
    return (word.text.isdigit() and word.bottom - word.top >= FULL_HEIGHT * height
            and any(sum(ch.isalpha() for ch in w.text) >= 3
                    for w in on_line_after(word, words)))


def plausible_words(words: list[Word]) -> list[Word]:
    """Drop what engines make of residue (specks, rule remains, stamp rims).

    Residue reads as glyph-sized boxes far smaller than the page's words, "dashes"
    no wider than a speck or taller than wide, bare punctuation, and one- or
    two-character tokens read with low confidence (but a count's digits before its
    unit, left to the second reader). A real lone dash ("-" = no value) is a short wide bar and is
    kept.
    """
    if not words:
        return words
    height = word_height(words)
    out = []
    for w in words:
        w_height, w_width = w.bottom - w.top, w.x1 - w.x0
        if w.text in DASHES:
            if w_height > w_width or w_width < MIN_DASH_WIDTH * height:
                continue
        elif w_height < MIN_WORD_HEIGHT * height or not (
                _has_content(w.text) or _sure_bracket(w)):
            continue
        if len(w.text) <= 2 and w.conf < MIN_SHORT_CONF and not _count_before_unit(
                w, words, height):
            continue
        out.append(_roman_bars(w))
    return out


def _ink_runs(ink: np.ndarray, gap: float) -> list[tuple[int, int, int]]:
    """(first column, end column, ink pixels) of the groups of inked columns that less
    than ``gap`` columns of white part."""
    counts = ink.sum(axis=0)
    runs: list[tuple[int, int, int]] = []
    for x in np.flatnonzero(counts):
        if runs and x - runs[-1][1] < gap:
            start, _, area = runs[-1]
            runs[-1] = (start, x + 1, area + int(counts[x]))
        else:
            runs.append((int(x), int(x) + 1, int(counts[x])))
    return runs


def _print_runs(ink: np.ndarray, height: float) -> list[tuple[int, int, int]]:
    """The column runs of ``ink`` (:func:`_ink_runs`) without a speck's at either end."""
    runs = _ink_runs(ink, SPECK_GAP * height)
    while len(runs) > 1 and runs[0][2] < SPECK_AREA * height**2:
        runs.pop(0)
    while len(runs) > 1 and runs[-1][2] < SPECK_AREA * height**2:
        runs.pop()
    return runs


def _whole_glyphs(band: np.ndarray, x0: int, x1: int, reach: int) -> tuple[int, int]:
    """``x0``, ``x1`` widened over the glyphs a box's left and right edges cut, by at most
    ``reach``; ``band``: the ink of the box's rows.

    The engine's box now and then stops short of a narrow glyph: a "1" before "kali",
    boxed to the white before it and the left edge of its flag and foot, was trimmed to
    its foot (3 px of a 16 px digit), taken for a speck and lost. Ink running out past
    both edges is letters touching one another, of which the engine read one ("i" of a
    "Kegiatan" whose other letters it lost): that box stays."""
    start = max(0, x0 - reach)
    window = band[:, start : x1 + reach].astype(np.uint8)
    if not window.size:
        return x0, x1
    _, labels, stats, _ = cv2.connectedComponentsWithStats(window, connectivity=8)
    left, right = x0, x1
    for edge in (x0 - start, x1 - 1 - start):
        if 0 <= edge < window.shape[1]:
            for k in np.unique(labels[:, edge]):
                begin = start + int(stats[k, cv2.CC_STAT_LEFT])
                end = begin + int(stats[k, cv2.CC_STAT_WIDTH])
                if k and not (begin < x0 and end > x1):
                    left, right = min(left, begin), max(right, end)
    return left, right


def trim_specks(words: list[Word], ink: np.ndarray) -> list[Word]:
    """Word boxes shrunk to their print, without a speck the engine took in at either end.

    Copier specks and show-through dots right beside a word join its box: a box reaching
    5 px further closes the narrow white strip between two columns of a table drawn
    without vertical rules, and the layout reader then merges the columns. A box is
    shrunk the same way from above and below when that leaves at most MERGED_LINES of
    height: the engine boxes a word to its text line's height, with the tips of the lines
    around it, wherever it lays one line over a slightly slanted row of words (set 2's
    Bantul IKU: boxes 1.6 times their print, on every page but the first), and the line is
    then taken for one with its neighbours, the word height every gap is measured in
    swells, and the white between two columns is no longer wide enough to part them (a
    box over two lines of print stays). Only the box shrinks; the text is the engine's.
    """
    if not words:
        return words
    height = word_height(words)
    out = []
    for w in words:
        x0, top, x1, bottom = (max(int(w.x0), 0), max(int(w.top), 0), int(np.ceil(w.x1)),
                               int(np.ceil(w.bottom)))
        x0, x1 = _whole_glyphs(ink[top:bottom], x0, x1, int(GLYPH_REACH * height))
        runs = _print_runs(ink[top:bottom, x0:x1], height)
        if runs:
            w = replace(w, x0=float(x0 + runs[0][0]), x1=float(x0 + runs[-1][1]))
        out.append(_to_line_of_print(w, ink, height))
    return out


def _to_line_of_print(w: Word, ink: np.ndarray, height: float) -> Word:
    """The box shrunk from above and below to its print, without a speck at either end,
    when that leaves at most MERGED_LINES of height (a box over two lines of print stays)."""
    top, bottom = max(int(w.top), 0), int(np.ceil(w.bottom))
    rows = _print_runs(ink[top:bottom, max(int(w.x0), 0) : int(np.ceil(w.x1))].T, height)
    if rows and rows[-1][1] - rows[0][0] <= MERGED_LINES * height:
        return replace(w, top=float(top + rows[0][0]), bottom=float(top + rows[-1][1]))
    return w


def shrink_tall_boxes(words: list[Word], ink: np.ndarray) -> list[Word]:
    """Boxes taller than a line of print (MERGED_LINES word heights) read with little
    confidence (under MERGED_DOUBT) shrunk to their line of print
    (:func:`_to_line_of_print`).

    The engine reading a grid cell now and then boxes a word with a speck well below or
    above it, and doubts it (Polewali Mandar's "Pengelolaan" at 15, 55 px tall over a
    20 px line, a speck 20 px under it): its centre then falls on the cell's next line,
    and the cell reads "Pelayanan Kesehatan Balita / Pengelolaan". Only such boxes change:
    a word read surely in a box of its line's height (small print centred in tall merged
    cells) keeps the box every later reading was measured on."""
    if not words:
        return words
    height = word_height(words)
    return [_to_line_of_print(w, ink, height) if w.bottom - w.top > MERGED_LINES * height
            and w.conf is not None and w.conf < MERGED_DOUBT else w for w in words]


def read_words(engine: OcrEngine, image: np.ndarray, dpi: float, sparse: bool = False
               ) -> list[Word]:
    """The engine's words on one image (:func:`read_images`)."""
    return read_images(engine, [image], dpi, sparse)[0]


def read_images(engine: OcrEngine, images: Sequence[np.ndarray], dpi: float,
                sparse: bool = False) -> list[list[Word]]:
    """The engine's words on each image, all read in one engine run, low-resolution
    images enlarged to ENGINE_DPI, look-alike misreadings repaired against the
    dictionary (:mod:`lexicon`).

    Engines are trained on text with letters ~20+ px tall; an 8 pt letter at 200 dpi is
    about half that. Enlarging costs time but recovers most of the gap to 300 dpi.
    Boxes are mapped back to the images' own pixels. ``sparse``: the engine's reading of
    lines at unrelated heights (:meth:`OcrEngine.read_sparse_words`).
    """
    scale = ENGINE_DPI / dpi
    if scale <= 1.05:
        read = engine.read_batch(images, sparse)
    else:
        big = [cv2.resize(image, None, fx=scale, fy=scale, interpolation=cv2.INTER_CUBIC)
               for image in images]
        read = [[Word(w.text, w.x0 / scale, w.top / scale, w.x1 / scale, w.bottom / scale,
                      w.conf) for w in words] for words in engine.read_batch(big, sparse)]
    return [[replace(w, text=repair_word(w.text)) for w in plausible_words(words)]
            for words in read]


def _doubtful(w: Word) -> bool:
    return (w.conf is not None and w.conf < MERGED_DOUBT) or doubtful_word(w.text)


def _lines_of_print(ink: np.ndarray, height: float) -> int:
    """How many lines of print a word's box holds: runs of inked rows at least
    LINE_PRINT word heights tall (the tips of the lines around it are shorter)."""
    return sum(end - start >= LINE_PRINT * height
               for start, end, _ in _ink_runs(ink.T, SPECK_GAP * height))


def _merged_bands(words: Sequence[Word], height: float, ink: np.ndarray | None = None
                  ) -> list[tuple[float, float]]:
    """Heights (top, bottom) where the engine boxed words over several lines and garbled
    some of them: a band of tall words all read with confidence, each a dictionary word,
    with no doubtful word under or over one of them, is read right. (A bold two-line
    label comes out as sure fragments: "Indika", "tor", "Kiri", "erja" for "Indikator
    Kinerja"; a wrapped cell's first line boxed over its second leaves that one in
    pieces: "mbako" for "Sembako bagi Anak Yatim".) Nor is one whose box holds two lines
    of print (``ink``: the image's print) where the engine read words of one: it skipped
    the other ("Jumlah Dokumen Hasil Koordinasi" boxed over "dan Sinkronisasi
    Pelaksanaan", read surely, the second line lost and the cell split in two rows)."""
    bands: list[tuple[float, float, list[Word]]] = []
    for w in sorted((w for w in words if w.bottom - w.top > MERGED_LINES * height),
                    key=lambda w: w.top):
        if bands and w.top <= bands[-1][1]:
            bands[-1] = (bands[-1][0], max(bands[-1][1], w.bottom), [*bands[-1][2], w])
        else:
            bands.append((w.top, w.bottom, [w]))

    def skipped_a_line(w: Word) -> bool:
        box = ink[max(int(w.top), 0) : int(np.ceil(w.bottom)),
                  max(int(w.x0), 0) : int(np.ceil(w.x1))]
        return _lines_of_print(box, height) >= 2

    return [(top, bottom) for top, bottom, tall in bands
            if any(top <= w.cy <= bottom and _doubtful(w)
                   and any(t.x0 < w.x1 and w.x0 < t.x1 for t in tall) for w in words)
            or (ink is not None and any(skipped_a_line(t) for t in tall))]


def centred_in(word: Word, box: Sequence[float]) -> bool:
    """Does the word's centre lie in the box (x0, top, x1, bottom)? A word belongs to the
    cell its centre is in, whatever its box overhangs."""
    return box[0] <= word.cx <= box[2] and box[1] <= word.cy <= box[3]


def overlaps(a: Word, b: Word) -> bool:
    """Do the two words' boxes overlap?"""
    return a.x0 < b.x1 and b.x0 < a.x1 and a.top < b.bottom and b.top < a.bottom


def same_line(word: Word, other: Word) -> bool:
    """Does the other word share over half the word's height?"""
    return min(other.bottom, word.bottom) - max(other.top, word.top) > (
        word.bottom - word.top) / 2


def on_line_after(word: Word, words: Sequence[Word]) -> list[Word]:
    """The words starting to the right of the word on its line, within NEXT_WORD word
    heights of its end."""
    reach = NEXT_WORD * (word.bottom - word.top)
    return [w for w in words
            if w is not word and 0 <= w.x0 - word.x1 <= reach and same_line(word, w)]


def reread_merged_lines(engine: OcrEngine, image: np.ndarray, dpi: float,
                        words: list[Word]) -> list[Word]:
    """Words boxed over several lines read again, line by line.

    Reading a page as one block, the engine lays each baseline across the whole width; a
    table header's two-line label beside a one-line one then comes out as words two lines
    tall, often garbled, and a column's label is lost. A band of such words holding a
    doubtful one is read again (with the lines around it, uncut) in the engine's sparse
    mode and its words replace them; words of ordinary height the sparse read missed (a
    lone "1" or "v" it drops as noise) are kept.
    """
    if not words:
        return words
    height = word_height(words)
    pad = BAND_PAD * height
    for top, bottom in _merged_bands(words, height, image < INK_LEVEL):
        y0, y1 = max(0, int(top - pad)), min(image.shape[0], int(np.ceil(bottom + pad)))
        again = [Word(w.text, w.x0, w.top + y0, w.x1, w.bottom + y0, w.conf)
                 for w in read_words(engine, image[y0:y1], dpi, sparse=True)]
        # The band's crop has too few words for the residue test's own measure: flat
        # junk read off a zebra band's edge ("eee", 4 px tall) is judged by the page's.
        again = [w for w in again if top <= w.cy <= bottom
                 and w.bottom - w.top >= MIN_WORD_HEIGHT * height]
        ordinary = [w for w in words if top <= w.cy <= bottom
                    and w.bottom - w.top <= MERGED_LINES * height]
        again = [a for a in again if not any(overlaps(a, w) and _lost_by(w, again)
                                             for w in ordinary)]
        if not again:
            continue
        words = [w for w in words if not top <= w.cy <= bottom or (
            w.bottom - w.top <= MERGED_LINES * height
            and not any(overlaps(w, a) for a in again))] + again
    return words


def _lost_by(word: Word, again: Sequence[Word]) -> bool:
    """Would the band's new words read over a word of ordinary height hold fewer letters
    and digits than it does? Then that word stands, and they go: the sparse reading
    garbles a line now and then ("1 Kegiatan" read "1K")."""
    def glyphs(text: str) -> int:
        return sum(ch.isalnum() for ch in text)

    return sum(glyphs(a.text) for a in again if overlaps(a, word)) < glyphs(word.text)
