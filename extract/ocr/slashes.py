"""A slash the engine lost between two words, found by the second reader.

Names of this field join word pairs with a slash ("Kabupaten/Kota", "Desa/Kelurahan"),
and a scan's thin slash, set tight against the letters, is the glyph Tesseract drops
most: "Kabupaten/ Kota" comes out "Kabupaten Kota", both dictionary words, so no word
check doubts it. Where two neighbouring words on a line are a pair the nomenclature only
ever prints joined by a slash, the two are read again together by the second reader
(:mod:`second_reader`); when it reads the same letters with a slash between them, the
slash goes back, spaced as it read it ("Kabupaten/ Kota", "Kabupaten/Kota"). A second
reading without the slash, or with other letters, changes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

import numpy as np

from rencana.extract.ocr.second_reader import (
    WORD_PAD,
    WORD_SIDE_PAD,
    LineReader,
    cut_out,
    letters_of,
    read_word_again,
)
from rencana.extract.ocr.words import NEXT_WORD, on_line_after
from rencana.extract.words import Word
from rencana.normalize.nomenclature import Registry

_SLASHED = re.compile(r"([^\W\d_]+) ?/ ?([^\W\d_]+)")
_READ_AS_SLASH = ",.;:!|"
"""What the engine may have made of the slash at the first word's end ("KABUPATEN,")."""
_READ_SLASHED = re.compile(r"^([^\W\d_]+)( ?)/( ?)([^\W\d_]+)\W*$")


@cache
def slashed_pairs() -> frozenset[tuple[str, str]]:
    """Word pairs (lower case) the nomenclature prints joined by a slash and never apart."""
    names = [entry.name.lower() for entry in Registry.load().stored.values()]
    pairs = {m.groups() for name in names for m in _SLASHED.finditer(name)}
    return frozenset(p for p in pairs if not any(f"{p[0]} {p[1]}" in n for n in names))


def _next_on_line(word: Word, words: Sequence[Word]) -> Word | None:
    return min(on_line_after(word, words), key=lambda w: w.x0, default=None)


def _slash_read_beside(word: Word, words: Sequence[Word]) -> bool:
    """Did the engine read a slash just after the word on its line, as a word of its own
    ("/", its box reaching into the word's, or boxed short: half the word's height) or at
    the next word's start ("/Kota")?"""
    reach = NEXT_WORD * (word.bottom - word.top)
    return any(w is not word and w.text.startswith("/") and word.x0 < w.x0 <= word.x1 + reach
               and w.top < word.bottom and word.top < w.bottom for w in words)


def _slash_read(first: Word, second: Word, image: np.ndarray, reader: LineReader
                ) -> str | None:
    """How the second reader reads the two words together, when that is their letters
    with a slash between: the slash with the spaces it read around it ("/", "/ ", " / "),
    else None."""
    height = max(first.bottom, second.bottom) - min(first.top, second.top)
    crop = cut_out(image, first.x0 - WORD_SIDE_PAD * height,
                   min(first.top, second.top) - WORD_PAD * height,
                   second.x1 + WORD_SIDE_PAD * height,
                   max(first.bottom, second.bottom) + WORD_PAD * height,
                   int(WORD_PAD * height) + 1)
    read = _READ_SLASHED.match(reader.read_line(crop).strip()) if crop.size else None
    if read is None or (letters_of(read.group(1)), letters_of(read.group(4))) != (
            letters_of(first.text), letters_of(second.text)):
        return None
    return read.group(2) + "/" + read.group(3)


def _slash_ending(word: Word, image: np.ndarray, reader: LineReader) -> bool:
    """Does the second reader read the word, alone, with a slash after its letters? (A
    pair broken over two lines: "Kabupaten/" ends one, "Kota" opens the next.)"""
    read = read_word_again(word, image, reader)
    return read.endswith("/") and letters_of(read) == letters_of(word.text)


def _between(first: Word, second: Word, slash: str) -> list[Word]:
    """The two words with the slash read between them, spaced as read."""
    if slash == "/":
        return [Word(f"{first.text}/{second.text}", first.x0, min(first.top, second.top),
                     second.x1, max(first.bottom, second.bottom),
                     min(first.conf, second.conf))]
    if slash == "/ ":
        return [replace(first, text=first.text + "/"), second]
    if slash == " /":
        return [first, replace(second, text="/" + second.text)]
    return [first, Word("/", first.x1, first.top, second.x0, first.bottom, first.conf), second]


def read_lost_slashes(words: list[Word], image: np.ndarray, reader: LineReader) -> list[Word]:
    """The words with a slash the engine lost between a slashed pair put back where the
    second reader reads it (module docstring), spaced as it reads it; and after the
    first word of a pair that ends its line or its cell (the word after it on the line
    is in the next column), where the second reader reads it alone with one."""
    pairs = slashed_pairs()
    firsts = {first for first, _ in pairs}
    mended: dict[int, list[Word]] = {}
    joined: set[int] = set()  # second words now part of the word before them
    for first in words:
        if (id(first) in joined or first.text.endswith("/")
                or letters_of(first.text) not in firsts):
            continue
        head = replace(first, text=first.text.rstrip(_READ_AS_SLASH))
        if _slash_read_beside(first, words):
            continue
        second = _next_on_line(first, words)
        if second is not None and (letters_of(first.text), letters_of(second.text)) in pairs:
            slash = _slash_read(first, second, image, reader)
            if slash is not None:
                mended[id(first)] = _between(head, second, slash)
                joined.add(id(second))
        elif _slash_ending(head, image, reader):
            mended[id(first)] = [replace(head, text=head.text + "/")]
    return [m for w in words if id(w) not in joined for m in mended.get(id(w), [w])]
