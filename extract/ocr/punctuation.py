"""Punctuation a scan misread in a name, told by where it stands.

A comma is a speck's size: on a scan the engine reads it as a full stop or a semicolon
("dunia usaha. media", "Anak Terlantar; Lanjut Usia"), and a speck after a name's last
word as a comma ("PROGRAM PELAYANAN ADMINISTRASI PERKANTORAN,"), before a word as a
quotation mark ('yang "Mendapat Advokasi') and in a word space as a colon ("Kualitas :
Hidup"). Where it stands tells: names of programs, activities and indicators are
phrases, not sentences, so after a whole word (not an abbreviation: "Prov.", "Kab.",
"KTA.") a stop inside a line is the comma of a list; a stop ending a line that a
capital goes on from is a speck ("Lembaga.\nKemasyarakatan": a list's comma is read as
a comma or a stop inside the line far more often than a speck comes there), unless the
cell ends in a stop too (a packed cell's items, each closed by one); no name ends
in a comma; and a quotation mark that no other closes, or a colon after a word or
between two, is a speck ("Penyelenggaraan: Gerakan"). Across every ground-truth table of
the samples (524 tables, many renderers and wordings) no name holds a stop or semicolon
after a word of five letters with its text going on, none ends in a comma and none
holds a quotation mark or a colon, while commas inside names are common.
"""

from __future__ import annotations

import re

from rencana.normalize.vocabulary import known_words

MIN_LETTERS = 5
"""Shorter words before a stop may be abbreviations ("Prov. Jawa Timur")."""
_STOP_INSIDE = re.compile(
    rf"(?<![\w.])([^\W\d_]{{{MIN_LETTERS},}})[.;](?= [^\W\d_]|\n[^\W\d_A-Z])")
"""A word, a stop or semicolon, then more words on its line (or, on the next line, a
word in lower case: a wrapped line goes on; a capital may start a list's next item)."""
_STOP_ENDING_LINE = re.compile(rf"(?<![\w.])([^\W\d_]{{{MIN_LETTERS},}})\.(?=\n\S)")
"""A word and a stop ending a line the text goes on from (what :data:`_STOP_INSIDE`
leaves: the next line opens with a capital)."""
_COLON = re.compile(r"(?<=[^\W\d_]) *:(?=\s|$)")
"""A colon after a word, glued or alone in the word space, with more words or nothing
after it."""
_TRAILING_COMMA = re.compile(r"(?<=[^\W\d_]),\s*$")
_QUOTES = "\"“”"
_OPENING_QUOTE = re.compile(rf"(?<!\S)[{_QUOTES}](?=[^\W\d_])")


def _dictionary_word(word: str) -> bool:
    """A word a dictionary holds, not an acronym: an acronym or a name no dictionary
    holds keeps its stop as read ("KTA.")."""
    return not word.isupper() and word.lower() in known_words()


def _as_comma(match: re.Match[str]) -> str:
    word = match.group(1)
    return word + "," if _dictionary_word(word) else match.group(0)


def _without_stop(match: re.Match[str]) -> str:
    word = match.group(1)
    return word if _dictionary_word(word) else match.group(0)


def mend_punctuation(name: str) -> str:
    """A scanned name (a whole cell, its pages joined) with a stop or semicolon inside a
    line read back as the comma it is, and a stop ending a line a capital goes on from,
    a colon after a word, a quotation mark opening a word that no other mark closes and
    a comma after its last word dropped (module docstring)."""
    name = _STOP_INSIDE.sub(_as_comma, name)
    if not name.rstrip().endswith("."):
        name = _STOP_ENDING_LINE.sub(_without_stop, name)
    name = _COLON.sub("", name)
    if sum(name.count(q) for q in _QUOTES) == 1:
        name = _OPENING_QUOTE.sub("", name)
    return _TRAILING_COMMA.sub("", name)
