"""A digit or two read with little confidence, confirmed by the second reader or dropped.

Tesseract reads a lone short token with little confidence, print or not, so such tokens
are taken for residue (:func:`words.plausible_words`). A count's digit standing apart
before its unit ("2 Dokumen", in a centred cell) is print though, and dropping it turns
a target of two documents into "Dokumen": a number lost. A digit as tall as a word with
a word after it within a word space is therefore kept for a second look (so is one a
reading of its line again left out, :mod:`lost_lines`): the second reader
(:mod:`second_reader`) reads it again alone, and it stays only when that reading is the
same digits. A speck or a stamp
fragment the engine took for a digit is no digit to the second reader, so no number
comes from one reader alone.
"""

from __future__ import annotations

import numpy as np

from rencana.extract.ocr.second_reader import LineReader, read_word_again
from rencana.extract.ocr.words import MIN_SHORT_CONF
from rencana.extract.words import Word


def short_digits(word: Word) -> bool:
    """Is the word a digit or two alone (a count's "2", a row number)?"""
    return len(word.text) <= 2 and word.text.isdigit()


def _doubtful_digits(word: Word) -> bool:
    return short_digits(word) and word.conf < MIN_SHORT_CONF


def confirmed_digits(words: list[Word], image: np.ndarray, reader: LineReader) -> list[Word]:
    """The words without the doubtful short digits (module docstring) the second reader
    does not read the same."""
    return [w for w in words if not _doubtful_digits(w)
            or read_word_again(w, image, reader).strip() == w.text]
