"""Punctuation the engine read from specks, checked by the second reader.

A copier speck beside a word is kept as print where a comma or a full stop would sit
(at 200 dpi a 2-px speck and a full stop are the same size), and the engine reads it as
one: "Pegawai.", "Penerima.Manfaat", '"Kab/Kota', "serta-Gelandangan". It also reads a
printed ";" as "," or ":" now and then. No number changes, but a name does, and one such
mark in a merged cell spoils every row the cell fills down.

The second reader (:mod:`second_reader`) reads the word's glyphs afresh and reads
punctuation well. A mark is checked where printed words seldom carry one: an opening or
closing quote, a full stop, colon or hyphen between two letters, a full stop, colon or
hyphen after a word's last letter, and a "," or ";" ending a line (inside a line they
are everywhere, and each check costs a recogniser run). When the second reading has the
same letters, its marks stand at the checked places: a mark it does not read is dropped
(between two letters it leaves a space: the speck had joined two words), unless it may
be print the second reader missed (:func:`_closing_mark`); one it reads as ";" or ":"
replaces the first. A second reading with other letters settles nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from rencana.extract.ocr.second_reader import LineReader, read_word_again, same_letters
from rencana.extract.ocr.words import on_line_after
from rencana.extract.words import Word
from rencana.normalize.vocabulary import FUNCTION_WORDS, known_words

QUOTES = "'\"`‘’“”"
AFTER_WORD = ".:-" + QUOTES
"""Marks checked after a word's last letter wherever the word stands."""
LINE_END = ",;"
"""Marks checked after a word's last letter only when the word ends its line."""
MARKS = AFTER_WORD + LINE_END
TWO_BLOBS = ";:"
"""Marks printed as two blobs, one over the other: no single speck makes one."""
CLOSERS = "/)"
"""Glyphs ending a word that a mark may follow as it follows a letter ("/program/.")."""
BETWEEN_LETTERS = re.compile(r"[^\W\d_][.:\-][^\W\d_]")
GLUED = re.compile(r"([^\W\d_]{4,})\.([^\W\d_]{2,})")
"""A full stop glued between a word of four letters or more and another word (shorter
ones may be an abbreviation's: "S.Sos", "Kab."). A comma is not judged: typists glue one
now and then ("Hukum, Sosial,ekonomi" in a seed document)."""
GLUED_QUOTE = re.compile(r"([^\W\d_]{2,})['’‘`]([^\W\d_]{2,})")
"""A quote glued between two words ("Perempuan'di", "Hak'Anak"); one printed inside a
word ("Jum'at", "Qur'an") has no dictionary word of four letters after it."""
MIN_STOPPED = 5
"""Letters of the shortest word whose full stop the second reader may drop: a shorter
one may end an abbreviation ("Kec.", "Kab.", "dll.")."""




def _gaps(text: str) -> tuple[str, list[str], str]:
    """What stands before the first letter or digit, between each two, and after the last."""
    parts = re.split(r"[^\W_]", text)
    return parts[0], parts[1:-1], parts[-1]


def _doubtful(text: str, ends_line: bool) -> bool:
    """Does the word carry a mark worth a second reading (module docstring)?"""
    if len(text) < 2 or not any(ch.isalpha() for ch in text):
        return False
    after_letter = text[-2].isalpha() or text[-2] in CLOSERS
    return (text[0] in QUOTES
            or (after_letter and text[-1] in AFTER_WORD)
            or (after_letter and ends_line and text[-1] in LINE_END)
            or BETWEEN_LETTERS.search(text) is not None)


def _ends_line(word: Word, words: Sequence[Word]) -> bool:
    """Does no other word start just to the right of this one on its line?"""
    return not on_line_after(word, words)


def _closing_mark(mine: str, theirs: str, letters: int) -> str:
    """The mark after a word's last letter (``letters`` of them), given the second
    reader's (if any).

    The second reader now and then misses a printed "," or an abbreviation's full stop
    ("Kec."), so neither goes on its word alone: a "," stays, and so does a "." after
    a word shorter than MIN_STOPPED; nor can a speck, one blob, make the two of ";". It
    replaces a mark only with ";" or ":" ("Anak," → "Anak;"): between "," and "." it
    errs as often as the engine does."""
    if not theirs or theirs not in MARKS:
        kept = mine in ",;" or (mine == "." and letters < MIN_STOPPED)
        return mine if kept else ""
    return theirs if theirs != mine and theirs in TWO_BLOBS else mine


def _marks_settled(first: str, other: str) -> str:
    """The first reading with its checked marks as the second reading has them, or as
    it was when the second reading's letters differ."""
    if not same_letters(first, other):
        return first
    lead, between, tail = _gaps(first)
    other_lead, other_between, other_tail = _gaps(other)
    if len(between) != len(other_between):  # a letter that unfolds in two ("ß")
        return first
    if lead and lead[0] in QUOTES and not (other_lead and other_lead[0] in QUOTES):
        lead = lead[1:]
    between = [mine if mine not in (".", ":", "-") or mine == theirs else " "
               for mine, theirs in zip(between, other_between, strict=True)]
    letters = [ch for ch in first if ch.isalnum()]
    if tail and tail[-1] in MARKS:
        tail = tail[:-1] + _closing_mark(tail[-1], other_tail[-1:], len(letters))
    return lead + "".join(ch + gap for ch, gap in zip(letters, [*between, ""], strict=True)
                          ) + tail


def _no_speck_marks(text: str) -> str:
    """The word without the marks print never puts there, whatever either reader saw: a
    "." or a quote glued between two dictionary words, the second of four letters or
    more or a conjunction or a preposition, or between a dictionary word in small
    letters and an acronym (GLUED, GLUED_QUOTE: print leaves a space after a stop; a
    speck between two words reads as either and joins them, "Penerima.Manfaat",
    "Data.di", "Hak'Anak", "penyelenggaraan.PUG"), and
    a full stop after a conjunction or a preposition ("Dan.", "yang."), which ends no
    sentence and no abbreviation. Both readers see a speck as well as a printed mark."""
    def unglued(match: re.Match[str]) -> str:
        left, right = match.group(1), match.group(2).lower()
        known = known_words()
        acronym = match.group(2).isupper() and not left.isupper()
        word = right in known and (len(right) >= 4 or right in FUNCTION_WORDS)
        if left.lower() in known and (acronym or word):
            return f"{left} {match.group(2)}"
        return match.group(0)

    text = GLUED_QUOTE.sub(unglued, GLUED.sub(unglued, text))
    if text.endswith(".") and text[:-1].lower() in FUNCTION_WORDS:
        return text[:-1]
    return text


def settle_marks(words: list[Word], image: np.ndarray, reader: LineReader) -> list[Word]:
    """The words, each doubtful mark (module docstring) as the second reader reads it,
    and none a speck must have made (:func:`_no_speck_marks`)."""
    out = []
    for w in words:
        text = w.text
        if _doubtful(text, text[-1:] in LINE_END and _ends_line(w, words)):
            text = " ".join(_marks_settled(text, read_word_again(w, image, reader)).split())
        text = _no_speck_marks(text)
        out.append(w if text == w.text else replace(w, text=text))
    return out
