"""Punctuation a scan misread in a name, told by where it stands.

A comma is a speck's size: on a scan the engine reads it as a full stop or a semicolon
("dunia usaha. media", "Anak Terlantar; Lanjut Usia"), and a speck after a name's last
word as a comma ("PROGRAM PELAYANAN ADMINISTRASI PERKANTORAN,"), before a word as a
quotation mark ('yang "Mendapat Advokasi') and in a word space as a colon ("Kualitas :
Hidup"). Where it stands tells: names of programs, activities and indicators are
phrases, not sentences, so after a whole word (not an abbreviation: "Prov.", "Kab.",
"KTA.") a stop inside a line is the comma of a list; no name ends in a comma; and a
quotation mark that no other closes, or a colon between two words, is a speck. Across
every ground-truth table of the samples (48 documents, many renderers and wordings) no
name holds a stop or semicolon after a word of five letters with its text going on,
none ends in a comma and none holds a quotation mark or a colon, while commas inside
names are common.
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
_LONE_COLON = re.compile(r"(?<=[^\W\d_]) +:(?=\s+[^\W\d_])")
_TRAILING_COMMA = re.compile(r"(?<=[^\W\d_]),\s*$")
_QUOTES = "\"“”"
_OPENING_QUOTE = re.compile(rf"(?<!\S)[{_QUOTES}](?=[^\W\d_])")


def _as_comma(match: re.Match[str]) -> str:
    """The comma after a dictionary word; an acronym or a name no dictionary holds keeps
    its stop as read."""
    word = match.group(1)
    return word + "," if not word.isupper() and word.lower() in known_words() else match.group(0)


def mend_punctuation(name: str) -> str:
    """A scanned name (a whole cell, its pages joined) with a stop or semicolon inside a
    line read back as the comma it is, and a colon alone between two words, a quotation
    mark opening a word that no other mark closes and a comma after its last word
    dropped (module docstring)."""
    name = _LONE_COLON.sub("", _STOP_INSIDE.sub(_as_comma, name))
    if sum(name.count(q) for q in _QUOTES) == 1:
        name = _OPENING_QUOTE.sub("", name)
    return _TRAILING_COMMA.sub("", name)
