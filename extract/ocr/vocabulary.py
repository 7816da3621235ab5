"""The document as its own dictionary: a word misread in one cell, read right in others.

The look-alike repair made while reading (:mod:`lexicon`) only reaches words a dictionary
knows. An agency's own terms, names and abbreviations are in none, yet a
planning document prints them again and again: the indicator of a program repeats in its
kegiatan, the agency's name in every sub-kegiatan. Once every page is read, a word that
is in no dictionary and is one or two look-alike glyphs away from exactly one word the
same document prints more often is taken as that word. So is a dictionary word that a
far commoner word lies one look-alike glyph from, when the document prints that word
more often ("Han" where other cells read "Hari"): both readers can misread a glyph alike.
A misread merged cell repeats on every row it spans, so one repair here mends many rows.

A word the engine split by a false space ("Pen anganan", "(PMK S)": a wide gap between two
glyphs) is joined when the document prints the joined word elsewhere and one piece is
printed nowhere but in that pair and is no common word (:func:`_joined_splits`).

A blot is no look-alike: a speck joined to a glyph makes any other glyph of it
("Permakaran", "Kewenantjan"). Such a word, that two readers read differently and no
dictionary knows (``disputed``), is taken as the one word the document prints more often
a few edits from it (:func:`_printed_near`). A word both readers read alike is left as
read: a misspelling the document prints once ("Dokumem") is print, not a blot.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Set
from dataclasses import replace
from itertools import pairwise

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from rencana.extract.ocr.lexicon import MIN_DOCUMENT_COUNT, core_parts, repair_word, word_cores
from rencana.normalize.vocabulary import known_words, word_frequency
from rencana.records import RawTable

_SPACES = re.compile(r"(\s+)")
LETTERS_PER_EDIT = 5
"""A blotted word may lie one edit from the printed word per this many of its letters
(at least one): "Kewenantjan" two from "Kewenangan", "Permakaran" one from "Permakanan".
More would take a misspelling the document prints ("Pemeliharannya", three from
"Pemeliharaan") for a blot."""
MIN_BLOT_LETTERS = 6
"""Shorter words are left as read: an acronym lies one letter from another the document
prints ("PPKS", "PMKS"), and a short word from many."""
COMMON_PIECE = 5.0
"""Zipf frequency (:func:`word_frequency`) from which a piece of a split word is a common
word in its own right ("luar" 5.9 of "di luar", which some documents print "diluar"):
such a pair is never joined. A split-off piece is a rare word ("pen" 4.0) or none."""


def _pair_core(first: str, second: str) -> tuple[str, str] | None:
    """The lower-cased cores of two words a single space parts, when both are letters
    and no mark stands between them (not "Sosial, Anak")."""
    a, b = core_parts(first), core_parts(second)
    if a and b and not a[2] and not b[0] and a[1].isalpha() and b[1].isalpha():
        return a[1].lower(), b[1].lower()
    return None


def _pair_cores(text: str) -> list[tuple[str, str]]:
    """:func:`_pair_core` of each two words in a row on a line of the text."""
    return [pair for line in text.split("\n") for first, second in pairwise(line.split(" "))
            if (pair := _pair_core(first, second))]


def _split_piece(core: str, vocabulary: Mapping[str, int], pair_count: int) -> bool:
    """Is this piece of a pair the remains of a split word: printed nowhere but in the
    pair, and a single letter or no common word?"""
    return vocabulary.get(core, 0) <= pair_count and (
        len(core) == 1 or word_frequency(core) < COMMON_PIECE)


def _joined_splits(text: str, vocabulary: Mapping[str, int],
                   pairs: Mapping[tuple[str, str], int]) -> str:
    """The text with each word the engine split in two joined again: the pair's joined
    core printed at least MIN_DOCUMENT_COUNT times in the document, and one of its pieces
    a split word's remains (:func:`_split_piece`)."""
    lines = []
    for line in text.split("\n"):
        tokens = line.split(" ")
        out = tokens[:1]
        for token in tokens[1:]:
            pair = _pair_core(out[-1], token)
            if pair:
                a, b = pair
                count = pairs.get((a, b), 0)
                if vocabulary.get(a + b, 0) >= MIN_DOCUMENT_COUNT and (
                        _split_piece(a, vocabulary, count) or _split_piece(b, vocabulary, count)):
                    out[-1] += token
                    continue
            out.append(token)
        lines.append(" ".join(out))
    return "\n".join(lines)


def _printed_near(core: str, vocabulary: Mapping[str, int]) -> str | None:
    """The one word the document prints at least MIN_DOCUMENT_COUNT times, and more
    often than ``core`` (lower case), within LETTERS_PER_EDIT edits of it; None when
    there is none or more than one."""
    floor = max(MIN_DOCUMENT_COUNT, vocabulary.get(core, 0) + 1)
    edits = max(1, sum(ch.isalpha() for ch in core) // LETTERS_PER_EDIT)
    near = process.extract(core, [w for w, n in vocabulary.items() if n >= floor],
                           scorer=Levenshtein.distance, score_cutoff=edits, limit=2)
    return near[0][0] if len(near) == 1 else None


def _mended_blot(token: str, vocabulary: Mapping[str, int], disputed: Set[str]) -> str:
    """The token with a disputed core (module docstring) taken as the word printed near
    it, in the token's case."""
    parts = core_parts(token)
    if (not parts or parts[1].lower() not in disputed or parts[1].lower() in known_words()
            or sum(ch.isalpha() for ch in parts[1]) < MIN_BLOT_LETTERS):
        return token
    lead, core, tail = parts
    near = _printed_near(core.lower(), vocabulary)
    if near is None:
        return token
    if core.isupper():
        near = near.upper()
    elif core[0].isupper():
        near = near.capitalize()
    return lead + near + tail


def _repair_text(text: str, vocabulary: Mapping[str, int], disputed: Set[str]) -> str:
    parts = _SPACES.split(text)
    parts[::2] = [_mended_blot(repair_word(token, vocabulary), vocabulary, disputed)
                  if token else token for token in parts[::2]]
    return "".join(parts)


def harmonise(tables: list[RawTable], disputed: Set[str] = frozenset()) -> list[RawTable]:
    """The tables with the OCR cells' words repaired against the document's own words;
    ``disputed``: the lower-cased words two readers read differently
    (:func:`_mended_blot`).

    Tables read from a text layer are neither counted nor changed: their words are
    exact, and a scanned page's misreadings must not be "confirmed" by them.
    """
    scanned = [t for t in tables if t.method.startswith("ocr-")]
    if not scanned:
        return tables
    vocabulary = Counter(core for t in scanned for c in t.cells for core in word_cores(c.text))
    pairs = Counter(pair for t in scanned for c in t.cells for pair in _pair_cores(c.text))
    return [
        replace(t, cells=tuple(replace(c, text=_repair_text(
            _joined_splits(c.text, vocabulary, pairs), vocabulary, disputed))
                               for c in t.cells))
        if t.method.startswith("ocr-") else t
        for t in tables
    ]
