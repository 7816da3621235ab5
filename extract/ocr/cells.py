"""Reading table cells: cut out, pasted on strips, all strips read in one engine run.

Inside a grid every inked cell is read in isolation: read as part of a page, a lone short
token in a narrow cell ("1", "v", "7") is dropped as noise or bent by its neighbours along
the printed line ("7" read "2", "11" read "u"); one engine call per cell would cost an
engine start each. Cells are therefore cut out and pasted one under another on a blank
strip, the strips read in one engine run, and their words mapped back to page pixels (on the
samples: 0.90 → 0.92 of cells exact at 300 dpi, 0.73 → 0.83 at 200 dpi, at about the same
time). A cell read with doubt is read again, thinned or turned (:func:`read_cells`).
"""

from __future__ import annotations

from collections.abc import Sequence

import cv2
import numpy as np
from rapidfuzz.distance import Levenshtein

from rencana.extract.ocr.engines import OcrEngine
from rencana.extract.ocr.second_reader import LineReader, letters_of, read_word_again
from rencana.extract.ocr.unknown_words import dictionary_words, more_common
from rencana.extract.ocr.words import (
    ENGINE_DPI,
    INK_LEVEL,
    centred_in,
    mean_conf,
    overlaps,
    read_images,
)
from rencana.extract.words import Word
from rencana.normalize.marks import parse_mark

STRIP_GAP_INCH = 0.5
"""White space between cells pasted on a strip, so the engine never joins two cells."""
MAX_STRIP_PX = 8000
"""Strip height cap at the engine's resolution (Tesseract refuses images over 32767 px,
and reads very tall ones slower per line)."""
DOUBTFUL_CELL = 60.0
"""Reading score (mean confidence, see :func:`_reading_score`) under which a cell is read
again."""
SURER_BY = 15.0
"""How much surer (reading score) another reading must be to replace the first."""
TALL_CELL = 1.5
"""A doubtful cell this many times taller than wide may hold print turned a quarter."""
FRAGMENTS_PENALTY = 40.0
"""Taken off the confidence of a tall cell read as bits of words only."""
TURNED_CONF = 85.0
"""Least mean confidence of a reading of a cell's print turned a quarter."""
MIN_WORD_CHARS = 3
"""Letters or digits of the shortest word that tells a tall cell was read upright."""
LINE_INCH = 0.04
"""Least height of a band of ink that is a line of print (3 pt; specks are smaller)."""
LINE_ROW_SHARE = 0.01
"""Share of a cell's width a row of pixels must ink to be part of a line of print."""
LINE_COVERED = 0.5
"""A word is on a line of print when it spans this share of the line's (or its own)
height."""
WORD_GAP = 0.6
"""Unread ink closer than this many line heights is one piece (a word's letters)."""
MIN_UNREAD = 1.0
"""Unread ink narrower than this many line heights (punctuation, a speck) is let be."""
SPARSE_CONF = 60.0
"""Least confidence of a word a sparse reading adds where the block reading read none."""
LOST_PRINT_CONF = 50.0
"""Confidence given to a word only the second reader read: it stands alone."""
TOUCH = 0.2
"""Gap, in line heights, across which unread print continues a word read (a letter
gap; a word space is twice that)."""
WITHIN = 0.8
"""Share of its width by which a piece read twice lies within the word read whole."""
THIN_INCH = 0.005
"""How much each stroke loses on either side when thinned: one pixel at 200 dpi."""

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


Slot = tuple[int, int, int, int, tuple[float, float]]
"""Where a crop lies on its strip (start, end rows) and came from on the page (x0, top),
at what scale (sx, sy)."""


def _strip(image: np.ndarray, boxes: Sequence[Sequence[int]], pad: int,
           turn: int | None) -> tuple[np.ndarray, list[Slot]]:
    """The boxes' crops stacked on one white strip, ``pad`` apart, and their slots.

    ``turn`` (a ``cv2.ROTATE_*`` code) turns each crop first; a turned crop's words are
    laid back into its box in reading order (their text is what matters there)."""
    crops = [image[t:b, x0:x1] for x0, t, x1, b in boxes]
    if turn is not None:
        crops = [cv2.rotate(c, turn) for c in crops]
    width = max(c.shape[1] for c in crops) + 2 * pad
    strip = np.full((sum(c.shape[0] + pad for c in crops) + pad, width), 255, np.uint8)
    slots = []
    y = pad
    for crop, box in zip(crops, boxes, strict=True):
        strip[y : y + crop.shape[0], pad : pad + crop.shape[1]] = crop
        x0, top, x1, bottom = box
        scale = ((x1 - x0) / crop.shape[1], (bottom - top) / crop.shape[0])
        slots.append((y, y + crop.shape[0], x0, top, scale))
        y += crop.shape[0] + pad
    return strip, slots


def _placed(words: Sequence[Word], slots: Sequence[Slot], pad: int) -> list[Word]:
    """A strip's words mapped back into the page boxes their crops came from."""
    out = []
    for w in words:
        for start, end, x0, top, (sx, sy) in slots:
            if start - pad / 2 <= w.cy <= end + pad / 2:
                out.append(Word(w.text, x0 + (w.x0 - pad) * sx, top + (w.top - start) * sy,
                                x0 + (w.x1 - pad) * sx, top + (w.bottom - start) * sy, w.conf))
                break
    return out


BoxGroup = tuple[np.ndarray, Sequence[Sequence[int]], int | None]
"""Boxes to read on an image (the page, or the page thinned), turned by a ``cv2.ROTATE_*``
code or not."""


def read_box_groups(groups: Sequence[BoxGroup], engine: OcrEngine, dpi: float,
                    sparse: bool = False) -> list[list[Word]]:
    """Words of each group's boxes, in page pixels. Every strip of every group is read
    in one engine run (a Tesseract run loads its models: about 0.1 s); a group of one
    box is that box read alone. ``sparse``: the engine's sparse reading
    (:meth:`OcrEngine.read_sparse_words`)."""
    return _read_groups(groups, (), engine, dpi, sparse)[0]


def read_page_and_cells(page: np.ndarray, image: np.ndarray, boxes: Sequence[Sequence[int]],
                        engine: OcrEngine, dpi: float) -> tuple[list[Word], list[Word]]:
    """The engine's words on ``page`` (the text outside the grids) and its first reading
    of the cells' ``boxes`` on ``image``, in one engine run: one model load less per
    page. Each image of a run is read on its own, so the words are those of two runs."""
    groups, (whole,) = _read_groups([(image, boxes, None)], [page], engine, dpi, False)
    return whole, groups[0]


def _read_groups(groups: Sequence[BoxGroup], whole: Sequence[np.ndarray], engine: OcrEngine,
                 dpi: float, sparse: bool) -> tuple[list[list[Word]], list[list[Word]]]:
    """Words of each group's boxes and of each ``whole`` image, all in one engine run."""
    pad = int(dpi * STRIP_GAP_INCH)
    limit = int(MAX_STRIP_PX * min(1.0, dpi / ENGINE_DPI))
    strips = [(number, *_strip(image, batch, pad, turn))
              for number, (image, boxes, turn) in enumerate(groups) if len(boxes)
              for batch in _strips(boxes, pad, limit)]
    images = [*whole, *(strip for _, strip, _ in strips)]
    read = read_images(engine, images, dpi, sparse) if images else []
    out: list[list[Word]] = [[] for _ in groups]
    for (number, _, slots), words in zip(strips, read[len(whole):], strict=True):
        out[number] += _placed(words, slots, pad)
    return out, read[:len(whole)]


def in_box(words: Sequence[Word], box: Sequence[int]) -> list[Word]:
    """The words whose centre lies in the box (x0, top, x1, bottom)."""
    return [w for w in words if centred_in(w, box)]


def words_in_boxes(words: Sequence[Word], boxes: Sequence[Sequence[int]]
                   ) -> list[list[Word]]:
    """:func:`in_box` of each box, the words' centres taken once: a page's cells times its
    words is a million comparisons in Python."""
    if not words:
        return [[] for _ in boxes]
    cx = np.array([(w.x0 + w.x1) / 2 for w in words])
    cy = np.array([(w.top + w.bottom) / 2 for w in words])
    return [[words[i] for i in np.flatnonzero((cx >= x0) & (cx <= x1)
                                               & (cy >= top) & (cy <= bottom))]
            for x0, top, x1, bottom in boxes]


def thinned(image: np.ndarray, dpi: float) -> np.ndarray:
    """The image with every stroke a pixel or so thinner (white grown into the ink)."""
    size = max(1, round(dpi * THIN_INCH)) + 1
    return cv2.dilate(image, np.ones((size, size), np.uint8))


def _tall(box: Sequence[int]) -> bool:
    return box[3] - box[1] > TALL_CELL * (box[2] - box[0])


def _reading_score(box: Sequence[int], found: Sequence[Word]) -> float:
    """Mean confidence, less FRAGMENTS_PENALTY for a tall cell read as bits of words only
    ("w N", "2 N": a year printed turned a quarter, whose fragments the engine may be
    sure of)."""
    fragments = _tall(box) and not any(
        sum(ch.isalnum() for ch in w.text) >= MIN_WORD_CHARS for w in found)
    return mean_conf(found) - (FRAGMENTS_PENALTY if fragments else 0.0)


def _doubtful_cell(box: Sequence[int], found: Sequence[Word]) -> bool:
    return _reading_score(box, found) < DOUBTFUL_CELL


def _ink_lines(image: np.ndarray, box: Sequence[int], dpi: float) -> list[tuple[int, int]]:
    """Page rows (top, bottom) of the bands of ink in a cell that are tall enough to be a
    line of print. A row holding only a few pixels (a descender reaching down to the next
    line's ascenders) parts two bands."""
    x0, top, x1, bottom = box
    counts = (image[top:bottom, x0:x1] < INK_LEVEL).sum(axis=1)
    inked = counts >= max(2, LINE_ROW_SHARE * (x1 - x0))
    edges = np.flatnonzero(np.diff(np.concatenate(([0], inked.astype(np.int8), [0]))))
    return [(top + int(a), top + int(b)) for a, b in zip(edges[::2], edges[1::2], strict=True)
            if b - a >= LINE_INCH * dpi]


def _unread_ink(image: np.ndarray, box: Sequence[int], found: Sequence[Word],
                dpi: float) -> list[tuple[int, int, int, int]]:
    """Boxes (x0, top, x1, bottom) of print in the cell that no word read covers: a whole
    line, or a word or more of one. The engine's line finder now and then skips a whole,
    crisp line of a strip ("Pelayanan dan Rehabilitasi Sosial↵Penyandang Disabilitas"
    came back as its first line alone), drops a line with one damaged word entirely, or
    a word at a line's end ("Koordinasi dan Sinkronisasi" → "Koordinasi dan"): a cell
    that lost print must be read again, or its text is silently cut short."""
    x0, x1 = box[0], box[2]
    unread = []
    for a, b in _ink_lines(image, box, dpi):
        height = b - a
        on_line = [w for w in found if min(b, w.bottom) - max(a, w.top) >= LINE_COVERED * min(
            height, w.bottom - w.top)]
        inked = (image[a:b, x0:x1] < INK_LEVEL).any(axis=0)
        for w in on_line:
            inked[max(int(w.x0) - x0 - 1, 0) : max(int(np.ceil(w.x1)) - x0 + 1, 0)] = False
        columns = np.flatnonzero(inked)
        if not columns.size:
            continue
        runs = np.split(columns, np.flatnonzero(np.diff(columns) > WORD_GAP * height) + 1)
        unread += [(x0 + int(run[0]), a, x0 + int(run[-1]) + 1, b) for run in runs
                   if run[-1] - run[0] + 1 >= MIN_UNREAD * height]
    return unread


def _substantial(words: Sequence[Word]) -> bool:
    """Enough to fill a cell the first reading found empty: a word, or a tick. Specks and
    stamp remnants read as a digit or a quote ("“4", "/") are not."""
    return any(sum(ch.isalnum() for ch in w.text) >= MIN_WORD_CHARS or parse_mark(w.text)
               for w in words)


def _second_readings(
    image: np.ndarray, boxes: list[tuple[int, ...]], engine: OcrEngine, dpi: float,
    first: dict[tuple[int, ...], list[Word]],
) -> list[tuple[list[Word], bool]]:
    """Other readings of doubtful cells, each flagged when read turned: strokes thinned
    (cells read without a digit: labels; a value has its own checks), and, for a cell
    taller than wide, the print turned a quarter either way. One engine run."""
    words = [box for box in boxes if not any(ch.isdigit() for w in first[box] for ch in w.text)]
    tall = [box for box in boxes if _tall(box)]
    groups: list[BoxGroup] = [(thinned(image, dpi), words, None)]
    groups += [(image, tall, turn)
               for turn in (cv2.ROTATE_90_CLOCKWISE, cv2.ROTATE_90_COUNTERCLOCKWISE)]
    readings = read_box_groups(groups, engine, dpi)
    return [(readings[0], False), (readings[1], True), (readings[2], True)]


def _better(box: Sequence[int], other: list[Word], turned: bool, first: list[Word],
            best: list[Word]) -> bool:
    """Does another reading of a doubtful cell replace the best one so far? Only when
    the engine is clearly surer of it; a cell the first reading found empty is filled
    only with a word or a tick; a turned reading must be a word read with assurance (a
    tall merged cell holding "89%" and a speck must not turn into "kes S")."""
    if not other or ((turned or not first) and not _substantial(other)):
        return False
    if turned and mean_conf(other) < TURNED_CONF:
        return False
    floor = _reading_score(box, first) + SURER_BY
    return _reading_score(box, other) >= max(floor, _reading_score(box, best))


def _read_lost_print(image: np.ndarray, engine: OcrEngine, dpi: float,
                     first: dict[tuple[int, ...], list[Word]]) -> None:
    """Read again the cells whose reading left print unread (:func:`_unread_ink`):
    each alone, keeping that reading if it leaves less; then, for print still unread,
    the words a sparse reading finds there, read surely (it reads a line with one
    damaged word that a block reading drops whole). Cells read empty are left to the
    doubtful-cell readings. One engine run for each of the two readings."""
    lost = {box: unread for box, found in first.items()
            if found and (unread := _unread_ink(image, box, found, dpi))}
    if not lost:
        return
    alone = read_box_groups([(image, [box], None) for box in lost], engine, dpi)
    for (box, unread), words in zip(list(lost.items()), alone, strict=True):
        if len(still := _unread_ink(image, box, words, dpi)) < len(unread):
            first[box], lost[box] = words, still
    lost = {box: unread for box, unread in lost.items() if unread}
    sparse = read_box_groups([(image, [box], None) for box in lost], engine, dpi, sparse=True)
    for (box, unread), words in zip(lost.items(), sparse, strict=True):
        first[box] = first[box] + [w for part in unread for w in in_box(words, part)
                                   if w.conf >= SPARSE_CONF
                                   and sum(ch.isalnum() for ch in w.text) >= 2]


def continued_words(words: Sequence[Word], part: Sequence[int]) -> list[Word]:
    """The words on the part's line that it continues: no wider gap than between two
    letters ("Si|nkronisasi": the engine read the word's first glyphs only)."""
    x0, top, x1, bottom = part
    reach = TOUCH * (bottom - top)
    return [w for w in words
            if min(bottom, w.bottom) - max(top, w.top) >= LINE_COVERED * (bottom - top)
            and (x0 - reach <= w.x1 <= x0 + 1 or x1 - 1 <= w.x0 <= x1 + reach)]


def _lines_spanned(word: Word, lines: Sequence[tuple[int, int]]) -> int:
    """How many of the cell's lines of print the word's box covers."""
    return sum(min(b, word.bottom) - max(a, word.top) >= LINE_COVERED * (b - a)
               for a, b in lines)


def read_lost_print(image: np.ndarray, boxes: Sequence[Sequence[int]], words: list[Word],
                    reader: LineReader, dpi: float) -> list[Word]:
    """The words, with print the engine left unread in a cell (:func:`_unread_ink`) read
    by the second reader where that reading is dictionary words.

    Now and then the engine drops a crisp word however the cell is read: block, alone or
    sparse ("Koordinasi dan Sinkronisasi" came back as "dan Si", read surely), or boxes
    one word over two lines and garbles both ("Peningkatan↵Perempuan" → "Peringkatar"),
    and the cell's text is cut short in every row it fills. The second reader reads each
    unread piece as a line, with any word it continues; a word boxed over two lines
    counts as unread, and goes once every piece under it is read. A reading that is no
    dictionary word (a name, a figure, a stamp's rim) is let be, so no figure is ever
    taken from it."""
    # Cells do not overlap: what is read in one leaves the others' words as they were.
    for box, found in zip(boxes, words_in_boxes(words, boxes), strict=True):
        if not found:
            continue  # a cell read empty is left to the doubtful-cell readings
        lines = _ink_lines(image, box, dpi)
        tall = [w for w in found if _lines_spanned(w, lines) >= 2]
        found = [w for w in found if w not in tall]
        read_again, kept = set(), set()
        for part in _unread_ink(image, box, found, dpi):
            joined = continued_words(found, part)
            x0, top, x1, bottom = part
            x0, x1 = min([x0, *(w.x0 for w in joined)]), max([x1, *(w.x1 for w in joined)])
            text = _engine_words_kept(
                read_word_again(Word("", x0, top, x1, bottom, 0.0), image, reader), joined, part)
            under = {id(w) for w in tall if overlaps(w, Word("", *part, 0.0))}
            if dictionary_words(text):
                words = [w for w in words if w not in joined]
                found = [w for w in found if w not in joined]
                words.append(Word(text, x0, top, x1, bottom, LOST_PRINT_CONF))
                read_again |= under
            else:
                kept |= under
        gone = (read_again - kept) | {id(w) for w in _read_twice(in_box(words, box))}
        words = [w for w in words if id(w) not in gone]
    return words


def _engine_words_kept(text: str, joined: Sequence[Word], part: Sequence[int]) -> str:
    """The second reader's reading of an unread piece and the words it continues, each of
    those words as the engine read it where the second reader read its glyphs as a less
    common word one glyph off ("Koordinasi dar" for the lost "Koordinasi" and a "dan" the
    engine had read: :func:`unknown_words.more_common`)."""
    tokens = text.split()
    before = sorted((w for w in joined if w.x1 <= part[0] + 1), key=lambda w: w.x0)
    after = sorted((w for w in joined if w.x0 >= part[2] - 1), key=lambda w: w.x0)
    if len(tokens) <= len(before) + len(after):
        return text
    places = [*enumerate(before), *enumerate(after, start=len(tokens) - len(after))]
    for k, word in places:
        mine, theirs = letters_of(tokens[k]), letters_of(word.text)
        if (len(mine) == len(theirs) and Levenshtein.distance(mine, theirs) == 1
                and more_common(word.text, tokens[k])):
            tokens[k] = word.text
    return " ".join(tokens)


def _read_twice(words: Sequence[Word]) -> list[Word]:
    """Pieces of a word read twice: a piece whose box lies within another word's on its
    line and whose letters begin that word's (a sparse reading's "Si" over
    "Sinkronisasi", read whole later)."""
    letters = {id(w): letters_of(w.text) for w in words}

    def within(piece: Word, whole: Word) -> bool:
        mine, theirs = letters[id(piece)], letters[id(whole)]
        return (0 < len(mine) < len(theirs) and theirs.startswith(mine)
                and min(piece.x1, whole.x1) - max(piece.x0, whole.x0)
                >= WITHIN * (piece.x1 - piece.x0)
                and whole.top <= piece.cy <= whole.bottom)

    return [w for w in words if any(within(w, other) for other in words)]


def read_cells(
    image: np.ndarray, boxes: Sequence[Sequence[int]], engine: OcrEngine, dpi: float,
    read: list[Word] | None = None,
) -> list[Word]:
    """Read table cells (their inked boxes) in isolation, all strips in one engine run.

    Each cell's ink is cut out and pasted left-aligned under the previous one, well
    apart, so the strip reads as one plain text block (see the module docstring).
    A cell whose reading skipped one of its lines is read again (:func:`_read_lost_print`).
    A cell read with doubt (or not at all) is read again (:func:`_second_readings`): bold
    header labels and copier- or fax-thickened print fill the letters' counters
    ("Tujuan" → "Tujran"), and year labels of narrow columns are printed turned a
    quarter ("2025" → "w N"); a column whose label is lost is lost to its family. Another
    reading is kept only when the engine is clearly surer of it. ``read``: the first
    reading of the boxes, when already made (:func:`read_page_and_cells`).
    """
    words = read_box_groups([(image, boxes, None)], engine, dpi)[0] if read is None else read
    first = {tuple(box): found for box, found in zip(boxes, words_in_boxes(words, boxes),
                                                     strict=True)}
    _read_lost_print(image, engine, dpi, first)
    doubtful = [box for box, found in first.items() if _doubtful_cell(box, found)]
    readings = _second_readings(image, doubtful, engine, dpi, first) if doubtful else []
    for box in doubtful:
        best = first[box]
        for reading, turned in readings:
            other = in_box(reading, box)
            if _better(box, other, turned, first[box], best):
                best = other
        first[box] = best
    return [w for found in first.values() for w in found]
