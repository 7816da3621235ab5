"""Header labels with a misread word mended against the words the family looks for.

A family maps a column by the meaning of its label ("Realisasi Kinerja … Rp" holds the
amount spent). On a scan one misread letter ("Reslisasi", "Indlkator") hides that
meaning, and the column falls to a looser rule: the amount spent was read as the
planned pagu. Header labels are a small closed vocabulary, and each family's column
rules spell it out, so a label word that no dictionary knows and that is one edit from
exactly one word of the family's rules is taken for that word. Words of the dictionary
are never changed: "Lokasi" stays "lokasi" even beside a rule word "lokal".
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rapidfuzz.distance import Levenshtein

from rencana.normalize.vocabulary import known_words

MIN_LETTERS = 6
"""Shorter words are too close to one another to tell a misreading from another word."""
_RULE_WORD = re.compile(rf"[a-z]{{{MIN_LETTERS},}}")
_ESCAPE = re.compile(r"\\[A-Za-z]")
"""A pattern's escapes ("\\b", "\\s") are no letters of its words."""


def rule_words(patterns: Iterable[str]) -> frozenset[str]:
    """The words the column rules' patterns spell out."""
    return frozenset(word for pattern in patterns
                     for word in _RULE_WORD.findall(_ESCAPE.sub(" ", pattern)))


def _nearest(word: str, vocabulary: frozenset[str]) -> str | None:
    """The one rule word ``word`` is at most one edit from, if there is exactly one."""
    near = [v for v in vocabulary if Levenshtein.distance(word, v, score_cutoff=1) <= 1]
    return near[0] if len(near) == 1 else None


def mend_label(label: str, vocabulary: frozenset[str]) -> str:
    """A folded label with each misread word replaced by the one rule word it is one
    edit from (module docstring). A word hyphenated over two lines of a narrow header
    cell comes folded in two ("indi kalor", "tar get"): two words that together are a
    rule word, or one edit from one, are joined (neither being a rule word itself)."""
    words, out = label.split(), []
    while words:
        word = words.pop(0)
        joined = (_nearest(word + words[0], vocabulary)
                  if words and not {word, words[0]} & vocabulary else None)
        if joined is not None:
            words.pop(0)
            out.append(joined)
        elif len(word) >= MIN_LETTERS and word not in vocabulary and word not in known_words():
            out.append(_nearest(word, vocabulary) or word)
        else:
            out.append(word)
    return " ".join(out)
