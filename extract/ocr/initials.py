"""A capital I or J read as a small one: the engine's "i" or "j" without a dot.

Tesseract reads a capital "J" that dips below the baseline (Calibri, Cambria) as "j",
and a serif "I" now and then as "i": "jumlah", "jaminan", "iuran" for "Jumlah",
"Jaminan", "Iuran". A heading's word in lower case then differs from the same heading in
the year before. A small i or j always carries its dot, a blob of its own over its stem.
So a word read with a small initial i or j and no blob over its first stem is read again
by the second reader (:mod:`second_reader`), and takes the capital where that reading
has the same letters and a capital initial. A sans-serif capital "I" is the same stroke
as an "l", and the second reader reads it so ("luran"): an "l" counts as the capital
where the word read with a small "i" is a dictionary word and with the "l" none. The
ink only says where to look: the second reader decides. The dot is looked for in the
page's own ink: the engine's image, cleared of specks, has lost the dot of an "i" printed
small at 200 dpi (two pixels square), and the second reader, reading that image, then
reads a capital too ("Persentase pencapaian / Indikator Kota Layak Anak").
"""

from __future__ import annotations

from dataclasses import replace

import cv2
import numpy as np

from rencana.extract.ocr.second_reader import (
    LineReader,
    letters_of,
    read_word_again,
    same_letters,
)
from rencana.extract.words import Word
from rencana.normalize.vocabulary import known_words

DOTTED = {"i": "I", "j": "J"}
STROKE_I = "l"
"""What the second reader may read for a capital "I": in a sans-serif face, the same stroke."""
FIRST_GLYPH = 0.6
"""Width, in word heights, from a word's left edge that holds its first glyph's stem."""
DOT_REACH = 0.3
"""Word heights above a word's box in which its first glyph's dot is looked for too."""


def _dotted(word: Word, ink: np.ndarray) -> bool:
    """Is there a blob of ``ink`` (the page's print, a mask) over the first stem of the
    word (its tallest blob near its left edge), or too little ink to tell?"""
    height = word.bottom - word.top
    x0, top = max(int(word.x0), 0), max(int(word.top - DOT_REACH * height), 0)
    region = ink[top : int(np.ceil(word.bottom)), x0 : int(word.x0 + FIRST_GLYPH * height) + 1]
    count, _, stats, _ = cv2.connectedComponentsWithStats(region.astype(np.uint8),
                                                           connectivity=8)
    if count < 2:
        return True
    stem = 1 + int(np.argmax(stats[1:, cv2.CC_STAT_HEIGHT]))
    left, stem_top, width = (int(stats[stem, k]) for k in (
        cv2.CC_STAT_LEFT, cv2.CC_STAT_TOP, cv2.CC_STAT_WIDTH))
    return any(y + h <= stem_top and x <= left + width and left <= x + w
               for k, (x, y, w, h) in enumerate(stats[:, :4]) if k not in (0, stem))


def _capital(first: str, other: str) -> bool:
    """Does the second reading have the first's letters after a capital initial (or the
    stroke of a sans-serif "I": "luran" for "iuran", itself no word)?"""
    initial = first[:1]
    if same_letters(first, other):
        return other[:1] == DOTTED[initial]
    mine, theirs = letters_of(first), letters_of(other)
    return (initial == "i" and other[:1] == STROKE_I and mine[1:] == theirs[1:]
            and mine in known_words() and theirs not in known_words())


def capital_initials(words: list[Word], image: np.ndarray, ink: np.ndarray,
                     reader: LineReader) -> list[Word]:
    """The words, each small initial i or j without its dot capitalised where the
    second reader reads it so (module docstring); ``image``: what the engine read,
    ``ink``: the page's print (a mask of the same size)."""
    out = []
    for w in words:
        initial = w.text[:1]
        if (initial in DOTTED and len(w.text) > 1 and w.text[1].isalpha()
                and not _dotted(w, ink) and _capital(w.text, read_word_again(w, image, reader))):
            w = replace(w, text=DOTTED[initial] + w.text[1:])
        out.append(w)
    return out
