"""One printed word the engine returned as two: boxes on a line that touch or overlap.

A word space is never nought. Where the engine returns two words on one line whose boxes
touch or overlap, it read one printed word twice or in two pieces: a bold "No" came back
"N" and "lo" (the second box starting inside the first), a bold "Kegiatan" came back "Ki"
and "Kegiatan" (the second box starting where the first ends). In a header label such a
ghost word hides the label from every family ("Sub Ki Kegiatan"). The second reader reads
the two boxes as one; where it reads one dictionary word, that word replaces both.
Otherwise both stay as read: nothing is guessed. On an ordinary page no two words touch.
"""

from __future__ import annotations

from bisect import bisect_right

import numpy as np

from rencana.extract.ocr.second_reader import LineReader, read_word_again
from rencana.extract.ocr.words import same_line
from rencana.extract.words import Word
from rencana.normalize.vocabulary import known_words


def _touching(first: Word, second: Word) -> bool:
    """Does the second word start inside or at the end of the first, on its line, and
    reach beyond it?"""
    return (first.x0 < second.x0 <= first.x1 < second.x1
            and same_line(first, second) and same_line(second, first))


def _one_word(text: str) -> bool:
    """Is the reading one dictionary word (letters only)?"""
    return text.isalpha() and text.lower() in known_words()


def read_touching_words(words: list[Word], image: np.ndarray, reader: LineReader
                        ) -> list[Word]:
    """The words, each two whose boxes touch or overlap on a line replaced by the one
    word the second reader reads over both, where it reads one dictionary word."""
    by_x = sorted(words, key=lambda w: w.x0)
    starts = [w.x0 for w in by_x]
    gone: set[int] = set()
    found = []
    for first in by_x:
        near = by_x[bisect_right(starts, first.x0) : bisect_right(starts, first.x1)]
        second = next((w for w in near if id(w) not in gone and _touching(first, w)), None)
        if second is None or id(first) in gone:
            continue
        both = Word("", first.x0, min(first.top, second.top), second.x1,
                    max(first.bottom, second.bottom),
                    min(first.conf or 0.0, second.conf or 0.0))
        reading = read_word_again(both, image, reader)
        if _one_word(reading):
            gone |= {id(first), id(second)}
            found.append(Word(reading, both.x0, both.top, both.x1, both.bottom, both.conf))
    return [w for w in words if id(w) not in gone] + found
