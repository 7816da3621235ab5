"""An acronym in brackets that does not spell the words before it, read again.

Planning documents define an acronym where they use it, in brackets after the words it
shortens: "Indeks Pembangunan Gender (IPG)", "Lembaga Konsultasi Kesejahteraan Keluarga
(LK3)", "Pemberdayaan Perempuan dan Perlindungan Anak (P3A)". No dictionary can check an
acronym, and Tesseract reads a capital "I" as an "L" there ("(LPG)") with no word check
doubting it; in a merged cell that one misreading fills down a whole column. The words
before it can check it: where the acronym as read does not spell their initials
(:func:`spells`), the second reader (:mod:`second_reader`) reads it again, and its
reading replaces the first when it spells them and is a glyph or two from the first. A
second reading that spells nothing changes nothing: a document may shorten its words its
own way ("Pemerlu Pelayanan Kesejahteraan Sosial (PMKS)" is printed too).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

import numpy as np
from rapidfuzz.distance import Levenshtein

from rencana.extract.ocr.cells import in_box
from rencana.extract.ocr.second_reader import LineReader, read_word_again
from rencana.extract.ocr.words import centred_in, same_line
from rencana.extract.words import Word, group_lines

_LETTERS = r"\(?([A-Z](?:[A-Z]|[2-9])+)\)"
ACRONYM = re.compile(rf"^{_LETTERS}[.,;:]?$")
"""A word that is an acronym in brackets (the opening one may be read apart or lost)."""
_READ = re.compile(rf"^{_LETTERS}?[.,;:]?$")
"""The second reader's reading of one: it drops a bracket at a crop's edge now and then."""
_COUNTED = re.compile(r"([A-Z])([2-9]?)")
MAX_EDITS = 2
"""Glyphs a second reading may differ by: a letter misread, a doubled capital read once."""
RUN_GAP = 1.5
"""Word heights between two words of one phrase on a line, on a page without rules."""
LINE_STEP = 2.0
"""Word heights from one line of a phrase to the next, on a page without rules."""
MAX_LINES = 8
"""Lines above an acronym its words are looked for in (an expansion rarely fills more)."""
_EDGE_MARKS = "([{\"'.,;:)]}"


def spelt_letters(acronym: str) -> str:
    """The initials an acronym stands for, a count standing for its letter repeated
    ("LK3" → "LKKK", "P2TP2A" → "PPTPPA")."""
    return "".join(letter * int(count or 1) for letter, count in _COUNTED.findall(acronym))


def spells(acronym: str, words: Sequence[str]) -> bool:
    """Do the acronym's letters spell the initials of the last words (each word one
    letter, small words in lower case — "dan", "yang" — perhaps skipped)?"""
    letters = spelt_letters(acronym)
    cores = [core for core in (w.strip(_EDGE_MARKS) for w in words) if core]

    @cache
    def spelt(left: int, upto: int) -> bool:
        if left == 0:
            return True
        if upto == 0:
            return False
        core = cores[upto - 1]
        return ((core[0].upper() == letters[left - 1] and spelt(left - 1, upto - 1))
                or (core.islower() and spelt(left, upto - 1)))

    return bool(letters) and spelt(len(letters), len(cores))


def _phrase_run(word: Word, words: Sequence[Word]) -> list[Word]:
    """The words before the word on its line, back to the first gap wider than a phrase's
    (a word starting left of it: a line the second reader read again is boxed whole)."""
    gap = RUN_GAP * (word.bottom - word.top)
    line = sorted((w for w in words if w.x0 < word.x0 and same_line(word, w)),
                  key=lambda w: w.x1, reverse=True)
    run, left = [], word.x0
    for w in line:
        if left - w.x1 > gap:
            break
        run.append(w)
        left = w.x0
    return run[::-1]


def _column_above(word: Word, run: Sequence[Word], words: Sequence[Word]) -> list[Word]:
    """The lines above the phrase's line in its column, on a page without rules: each
    line's words that lie over the ones below them, up to a wider step."""
    height = word.bottom - word.top
    below = [*run, word]
    above: list[Word] = []
    for _ in range(MAX_LINES):
        x0, x1 = min(w.x0 for w in below), max(w.x1 for w in below)
        top = min(w.top for w in below)
        line = [w for w in words if w.x0 < x1 and x0 < w.x1
                and w.bottom < top and top - w.top <= LINE_STEP * height]
        if not line:
            break
        nearest = max(line, key=lambda w: w.bottom)
        below = [w for w in line if same_line(nearest, w)]
        above = below + above
    return above


def _words_before(word: Word, cell: Sequence[Word] | None, words: Sequence[Word]
                  ) -> list[str]:
    """The texts before the acronym in reading order: in its cell, or on a page without
    rules in its column (on its line, the words starting left of it: a line the second
    reader read again, :func:`cells.read_lost_print`, is boxed across the acronym)."""
    if cell is None:
        run = _phrase_run(word, words)
        before = _column_above(word, run, words) + run
    else:
        before = [w for w in cell if w is not word and (
            w.cy < word.top or (same_line(word, w) and w.x0 < word.x0))]
    return [w.text for line in group_lines(before) for w in line]


def _spelling_reading(first: str, other: str, before: Sequence[str]) -> str | None:
    """The second reading's acronym, when it spells the words before and is a glyph or
    two from the first reading's."""
    read = _READ.match(other.strip())
    if read is None or read.group(1) == first:
        return None
    acronym = read.group(1)
    return acronym if (spells(acronym, before)
                       and Levenshtein.distance(first, acronym) <= MAX_EDITS) else None


def read_acronyms(words: list[Word], image: np.ndarray, reader: LineReader,
                  cells: Sequence[Sequence[int]] = ()) -> list[Word]:
    """The words, each bracketed acronym that does not spell the words before it in its
    cell (``cells``: cell boxes; on a page without them, in its column) read again, and
    replaced by a second reading that does (module docstring)."""
    found = [(i, w, m.group(1)) for i, w in enumerate(words) if (m := ACRONYM.match(w.text))]
    if not found:
        return words
    out = list(words)
    for i, w, acronym in found:
        cell = next((in_box(words, box) for box in cells if centred_in(w, box)), None)
        before = _words_before(w, cell, words)
        if not before or spells(acronym, before):
            continue
        other = _spelling_reading(acronym, read_word_again(w, image, reader), before)
        if other is not None:
            out[i] = replace(w, text=w.text.replace(acronym, other, 1))
    return out
