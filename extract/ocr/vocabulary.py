"""The document as its own dictionary: a word misread in one cell, read right in others.

The look-alike repair made while reading (:mod:`lexicon`) only reaches words a dictionary
knows. An agency's own terms ("Pemerlu"), names and abbreviations are in none, yet a
planning document prints them again and again: the indicator of a program repeats in its
kegiatan, the agency's name in every sub-kegiatan. Once every page is read, a word that
is in no dictionary and is one or two look-alike glyphs away from exactly one word the
same document prints more often is taken as that word. So is a dictionary word that a
far commoner word lies one look-alike glyph from, when the document prints that word
more often ("Han" where other cells read "Hari"): both readers can misread a glyph alike.
A misread merged cell repeats on every row it spans, so one repair here mends many rows.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import replace

from rencana.extract.ocr.lexicon import repair_word, word_cores
from rencana.records import RawTable

_SPACES = re.compile(r"(\s+)")


def _repair_text(text: str, vocabulary: Mapping[str, int]) -> str:
    parts = _SPACES.split(text)
    parts[::2] = [repair_word(token, vocabulary) if token else token for token in parts[::2]]
    return "".join(parts)


def harmonise(tables: list[RawTable]) -> list[RawTable]:
    """The tables with the OCR cells' words repaired against the document's own words.

    Tables read from a text layer are neither counted nor changed: their words are
    exact, and a scanned page's misreadings must not be "confirmed" by them.
    """
    scanned = [t for t in tables if t.method.startswith("ocr-")]
    if not scanned:
        return tables
    vocabulary = Counter(core for t in scanned for c in t.cells for core in word_cores(c.text))
    return [
        replace(t, cells=tuple(replace(c, text=_repair_text(c.text, vocabulary))
                               for c in t.cells))
        if t.method.startswith("ocr-") else t
        for t in tables
    ]
