"""A second reading of words no dictionary knows: a glyph misread beyond look-alikes.

The lexicon (:mod:`lexicon`) undoes a look-alike misreading when exactly one dictionary
word is that close. A glyph lost or read as another shape ("Lainnya" → "Lainya",
"pakaian" → "pakaran", "Nilai" → "Nila:") has no such repair, and one such word in a
merged cell spoils every row the cell fills down. So each word whose letters are no
dictionary word, or that carries a glyph printed words do not (":" or "!" right after
letters, "|" or "!" between them), is read again, alone, by the second reader
(:mod:`second_reader`). Its reading replaces the first only when it is dictionary words
through and through and a few glyphs from the first (MIN_EDITS, EDITS_SHARE): a second
reading that is no word either changes nothing, so names no dictionary knows (places,
acronyms) stay as first read.

A dictionary word is read again too when a far more common word lies one broken or lost
glyph away (:func:`lexicon.likelier_word`: "Han" for "Hari", "kah" for "kali", "Duma"
for "Dunia"): Tesseract's word list holds such junk forms, so it reads them surely.
There the second reading must also be the more common word: two readings that are both
words are settled by which is written more.
"""

from __future__ import annotations

import re
from dataclasses import replace

import numpy as np
from rapidfuzz.distance import Levenshtein

from rencana.extract.ocr.lexicon import likelier_word, repair_word, word_cores
from rencana.extract.ocr.second_reader import LineReader, read_word_again, same_letters
from rencana.extract.words import Word
from rencana.normalize.vocabulary import known_words, word_frequency

SUSPECT = re.compile(r"[A-Za-z][:!]$|[A-Za-z][|!:][A-Za-z]")
"""A glyph after or between letters that a printed word does not carry: an "i" or an "l"
read as ":", "!" or "|"."""
MIN_LETTERS = 3
"""Shorter words (and parts of words) are too often acronyms to judge."""
MIN_EDITS = 2
"""Glyphs the second reading may always differ by (a lost "n", an "i" read "r")..."""
EDITS_SHARE = 1 / 3
"""... or this share of the word's glyphs, if more (a long word misread thrice:
"Penguatan" → "Fenguetes")."""
MAX_SHORTER = 1
"""Letters the second reading may have fewer of ("rn" read for "m"); more is a crop cut
short at its edge ("Leaflet" read "Leafet", then "Leaf")."""
_KEPT_LEAD = "(\"'["
_KEPT_TAIL = ",.;)\"']"


def _words_of(text: str) -> list[str]:
    """The cores with MIN_LETTERS letters or more and no digit (numbers have their own
    checks)."""
    return [core for core in word_cores(text)
            if sum(ch.isalpha() for ch in core) >= MIN_LETTERS
            and not any(ch.isdigit() for ch in core)]


def doubtful_word(text: str) -> bool:
    """Is a word as read no dictionary word, or does it carry a glyph words do not?"""
    if any(ch.isspace() for ch in text):
        return False  # labels joined from several readings, figures read in pieces
    words = _words_of(text)
    return bool(words) and (any(w not in known_words() for w in words)
                            or bool(SUSPECT.search(text)))


def outranked_word(text: str) -> bool:
    """Is a word as read (not in capitals: acronyms) a dictionary word a far more common
    one lies a misread glyph from ("Han" → "Hari")?"""
    return (not text.isupper() and dictionary_words(text)
            and any(likelier_word(core) for core in _words_of(text)))


def more_common(other: str, first: str) -> bool:
    """Is the one reading a more commonly written word than the other? Where two readers
    read the same glyphs into two words, the one written more is more likely printed."""
    return word_frequency(_letters(other)) > word_frequency(_letters(first))


def _letters(text: str) -> str:
    return "".join(ch for ch in text if ch.isalpha())


def dictionary_words(text: str) -> bool:
    """Is the text words through and through, each one a dictionary word (no figures,
    no glyph printed words do not carry)?"""
    words = _words_of(text)
    return (bool(words) and len(words) == len(word_cores(text))
            and all(w in known_words() for w in words) and not SUSPECT.search(text))


def _accepted(first: str, other: str) -> bool:
    """Is the second reading dictionary words, close to the first, with other letters
    (a reading that only drops or changes punctuation gains nothing)?"""
    return (_letters(other) != _letters(first)
            and len(_letters(other)) >= len(_letters(first)) - MAX_SHORTER
            and not any(ch.isspace() for ch in other)
            and dictionary_words(other)
            and Levenshtein.distance(first.lower(), other.lower())
            <= max(MIN_EDITS, int(EDITS_SHARE * len(first))))


def _with_first_punctuation(first: str, other: str) -> str:
    """The second reading, with an opening or closing mark of the first reading kept
    (the recogniser drops a lone comma or bracket at a crop's edge now and then)."""
    if first[0] in _KEPT_LEAD and not other.startswith(first[0]):
        other = first[0] + other
    if first[-1] in _KEPT_TAIL and not other.endswith(first[-1]):
        other += first[-1]
    return other


def _second_reading(w: Word, image: np.ndarray, reader: LineReader) -> str:
    """The second reader's reading of the word, a look-alike misreading undone
    (:func:`lexicon.repair_word`): the recogniser confuses "l" and "i" too ("Nilai" →
    "Nilal")."""
    return repair_word(read_word_again(w, image, reader))


def _read_otherwise(first: str, other: str) -> bool:
    """Did the second reader read the word's glyphs as another word? Not when it read
    nothing, or more than a word (its crop ran on into the next: no evidence)."""
    return bool(other) and not any(ch.isspace() for ch in other) and not same_letters(first, other)


def reread_unknown(words: list[Word], image: np.ndarray, reader: LineReader) -> list[Word]:
    """The words, each doubtful one (:func:`doubtful_word`) replaced by its second
    reading where that reading is dictionary words close to it (module docstring). A
    word no dictionary knows that the second reader reads with other letters, and no
    better, is marked :attr:`Word.disputed`: a blot, where two readings of a name or a
    misspelling as printed agree."""
    out = []
    for w in words:
        outranked = outranked_word(w.text)
        if outranked or doubtful_word(w.text):
            other = _second_reading(w, image, reader)
            if _accepted(w.text, other) and (not outranked or more_common(other, w.text)):
                w = replace(w, text=_with_first_punctuation(w.text, other))
            elif not outranked and _read_otherwise(w.text, other):
                w = replace(w, disputed=True)
        out.append(w)
    return out
