"""A second reader for amounts, percentages and numbers: a wrong figure is worse than a
missing one.

Tesseract misreads a digit now and then without losing confidence ("929.766.000" →
"923.786.000" on a 150 dpi copy). The second reader (:mod:`second_reader`) reads again,
alone, each word the first engine read as an amount, a percentage or a number (a
decimal, or a whole number of two digits or more: not a year). Where the
two disagree on the digits, the word keeps both readings ("923.786.000 ≠ 929.766.000"),
which no value parser accepts: the value stays null, its raw text shows both readings,
and the family warns (:func:`rencana.extract.families.ocr_values.reread`, which knows
the column: in a target's, not an amount's, a clean second reading is taken). Nothing
is picked here by guess, with one exception: Tesseract reads a comparison sign printed before a
target as a digit ("≥ 85%" → "285%"), a "%" as digits ("17,8%" → "17,896") or not at all
("76,5"), a "%" standing alone as letters ("Y"), loses the group dots of an amount printed thin
("Rp783 242 000") and reads a blurred dot as a colon ("750.748:114"); when the second
reader reads the sign there and the same digits (or the "%" alone, or the dots), its
reading is the one that accounts for every glyph. Nor is a second reading that miscounts
a run of one digit ("97.515.00,-" for "97.515.000,-") a disagreement: its groups show it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from rencana.extract.ocr.second_reader import LineReader, cut_out
from rencana.extract.ocr.words import INK_LEVEL, centred_in, word_height
from rencana.extract.words import Word

AMOUNT = re.compile(r"^(?:rp\.?)?\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{1,2})?(?:[.,]-?|-)?$", re.I)
"""A word printed as an amount: grouped thousands, perhaps cents, "Rp" or a closing ",-"
(whose "-", a speck to the engine, is often lost: "783.242.000,")."""
PERCENT = re.compile(r"^[<>≤≥=]?\d{1,3}(?:[.,]\d{1,2})?%$")
"""A word printed as a percentage (a target, a realisation)."""
NUMBER = re.compile(r"^(?:\d{1,3}[.,]\d{1,2}|\d{2,})$")
"""A decimal ("68,35") or a whole number of two digits or more ("3636"): a target, an
index, a count. Tesseract loses a decimal comma ("68,35" → "6835") or reads an "8" for a
"3" in them as in amounts; a lone digit (a row number) is left alone."""
_YEAR = re.compile(r"^(?:19|20)\d{2}$")
_DECIMALS = re.compile(r"\d[.,](\d{1,2})(?:\s?%|(?=\s|$))")
_PERCENT_PIECES = re.compile(r"^[<>≤≥=]?\d{1,3}(?:[.,]\d{0,2})?%?$")
"""What the pieces of one percentage join into on the way (the "%" may come last)."""
MISREAD_GROUPS = re.compile(r"^(?:rp\.?)?\d{1,3}(?:[.,:; ]\d{3})+(?:,-)?$", re.I)
"""An amount whose group dots the engine lost ("Rp783 242 000": thin print at 240 dpi, its
groups read as words of their own) or read as another mark ("750.748:114": a blurred dot
at 200 dpi); no value parser takes it as it stands."""
_DOT_AS_COLON = re.compile(r"^(?:rp\.?)?\d{1,3}(?:\.\d{3})+[:;]\d{3}(?:[.:;]\d{3})*$", re.I)
"""An amount grouped by dots, a later one read ":" or ";" by both readers (a speck over
the dot): the groups of three leave no doubt it is a dot, so it is mended. (A colon
before any dot may be a scale's: "1:100.000".)"""
_REPEATS = re.compile(r"(\d)\1+")
_SPACED_PIECES = re.compile(r"^(?:rp\.?)?\d{1,3}(?: \d{3})*(?:,-)?$", re.I)
"""What the groups of one such amount join into on the way."""
JOIN = 0.6
"""Pieces of one figure are less than this many word heights apart (a word space)."""
_HIDDEN_PERCENT = re.compile(r"^(?:(?:100|\d{1,2})(?:,\d{1,2})?(?:96|9|8)"
                             r"|(?:100|\d{2})(?:,\d{1,2})?(?:46|6|4))$")
"""A bare number a percentage may hide in: a percentage's digits and a "%" read as digits
("100%" → "1009", "85%" → "858", "78,5%" → "78,59", "89%" → "896"). Read again too, but
only mended, never disputed (a count has no second reading to agree with). A "6" or "4"
after one digit alone is not looked behind: counts like "14" and "26" are common."""
_LONE_PERCENT = re.compile(r"^(?:[Yy][o6]?|%o|9o|o/o)$")
"""What Tesseract makes of a "%" printed alone (a Satuan column's unit): "Y", "Yo", "y6".
Read again and mended when the second reader reads "%" there; left as read otherwise."""
SIGNS = "<>≤≥"
"""Comparison signs printed before a target ("≥ 85%", "< 2%")."""
LIST_NUMBER = re.compile(r"^(?:\d{1,2}\.)+$")
"""A list item's number printed before its amount ("1.1. 325.524.000")."""
_READ_FIGURE = re.compile(rf"(?:(?<!\S)[{SIGNS}] ?)?(?<!\S)\S*\d\S*")
"""A word of a reading that holds a digit, with a comparison sign printed before it."""
DISAGREE = " ≠ "
"""Joins two readings of one amount that differ."""
PAD = 0.3
"""White kept around a word's box when it is cut out, in word heights."""


def digits_of(text: str) -> str:
    """The digits of a reading, in order ("1.143.318.000" → "1143318000")."""
    return re.sub(r"\D", "", text)


def _figure(text: str) -> bool:
    return bool(AMOUNT.match(text) or MISREAD_GROUPS.match(text)
                or PERCENT.match(text.replace(" ", ""))
                or (NUMBER.match(text) and not _YEAR.match(text)))


def _agrees(first: str, other: str) -> bool:
    """Does the second reading hold the first's figure, alone or as a whole word among
    the other words of its cell's line ("98 per 100.000 KH" holds "100.000"; "211.995 000"
    does not hold "211.995": a figure runs on into the next word), perhaps glued to the
    list number before it ("1.1.325.524.000" holds "325.524.000"; "1.325.524.000" is
    another amount)? A percentage's or a number's decimals must agree too: "610%" read
    for "61,0%" has the same digits and ten times the value (:func:`_separator_missed`
    settles the one case that is no doubt). (An amount's cents may be read or not:
    "1.500.000,00" is "1.500.000".)"""
    def same(reading: str) -> bool:
        return _holds(reading, first) and (
            bool(AMOUNT.match(first)) or _decimals(reading) == _decimals(first))

    if same(other):
        return True
    tokens = other.split()
    if NUMBER.match(first):
        # A bare number is often a piece of a longer figure the engine split ("1.06"
        # "05.2.02.0002", a code): read among its neighbours, it runs on.
        return any(same(token) for token in tokens)
    return any(same(token)
               and not (i and tokens[i - 1][-1].isdigit())
               and not (i + 1 < len(tokens) and tokens[i + 1][0].isdigit())
               for i, token in enumerate(tokens))


def _miscounted(first: str, token: str) -> bool:
    """Is the word of the second reading the first's amount with a run of one digit
    miscounted ("97.515.000,-" read again ".97.515.00,-", "15.000.000" as "15.0000.000"),
    or its cents left out ("3.808.000" for "3.808.000,00")? The recogniser decodes a glyph
    repeated without a gap as one, or one as two; every group still holds the first
    reading's digits in order. Groups must line up one for one: "1.500" (a group lost by
    the first engine) against "1.500.00" stays disputed, as does any other digit."""
    if not AMOUNT.match(first):
        return False
    ours, theirs = re.findall(r"\d+", first), re.findall(r"\d+", token)
    whole = ours[:-1] if len(ours[-1]) < 3 else ours  # without the cents
    return any(len(theirs) == len(mine)
               and all(_REPEATS.sub(r"\1", a) == _REPEATS.sub(r"\1", b)
                       for a, b in zip(theirs, mine, strict=True))
               for mine in (ours, whole))


def _decimals(text: str) -> str:
    """The decimals of the (first) percentage or decimal number in a word ("61,0%" → "0",
    "68,35" → "35"), else ""."""
    match = _DECIMALS.search(text)
    return match.group(1) if match else ""


def _holds(token: str, first: str) -> bool:
    """Is one word of the second reading the first's figure (perhaps with a run of one
    digit miscounted), or it behind a list number?"""
    return digits_of(token) == digits_of(first) or _miscounted(first, token) or (
        token.endswith(first) and bool(LIST_NUMBER.match(token[:-len(first)]))
        and not AMOUNT.match(token))


def _percent_missed(first: str, other: str) -> bool:
    """Did the first engine read a "%" as one or two digits ("17,8%" → "17,896": its rings
    and slash taken for a 9 and a 6; "63,5%" → "63,51", "69,5%" → "69,540"), where the
    second read the percentage whole? (Called the other way round, whether the second
    reader did so: the first reading stands.)"""
    other = other.strip()
    return bool(PERCENT.match(other)) and bool(
        re.fullmatch(re.escape(other[:-1]) + r"(?:\d{1,2}|%\d)", first))


def _percent_lost(first: str, other: str, print_after: bool) -> bool:
    """Did the first engine lose a "%" altogether ("76,5" for "76,5%": a thin sign, boxed
    with the digits but not read), where the second read the same figure with it? Only
    when no print follows the figure's box in its cell (``print_after``): a sign boxed
    apart is a word of its own, or print left unread that
    :func:`cells.read_lost_print` reads."""
    other = other.replace(" ", "")
    return not print_after and bool(PERCENT.match(other)) and other == f"{first}%"


def _separator_missed(first: str, other: str) -> bool:
    """Did the first engine lose a percentage's decimal comma ("61,0%" → "610%", "75,0%"
    → "7500"), where the second read it? Taken only where that makes a percentage over
    100 one under it: a comma is a speck to the engine, and no reader prints one that
    is not there more often than a target runs past 100 %. (Called the other way round,
    whether the second reader lost it: the first reading stands.)"""
    other = other.strip()
    if not (PERCENT.match(other) and _decimals(other)) or not re.fullmatch(r"\d+%?", first):
        return False
    return digits_of(first) == digits_of(other) and (
        int(digits_of(first)) > 100 >= float(other.rstrip("%").lstrip("<>≤≥=").replace(",", ".")))


def _regrouped(first: str, other: str) -> str | None:
    """Where the first engine lost an amount's group dots ("Rp783 242 000") or misread
    one ("750.748:114"), the second reading's word holding the same digits as a grouped
    amount (it may read the cell's "Rp" beside it: "Rp 97.515.000"); else None."""
    if not MISREAD_GROUPS.match(first) or AMOUNT.match(first):
        return None
    return next((t for t in other.split() if AMOUNT.match(t) and digits_of(t) == digits_of(first)),
                None)


def _lone_percent_missed(first: str, other: str) -> bool:
    """Did the first engine read a "%" standing alone as letters, where the second read it?"""
    return bool(_LONE_PERCENT.match(first)) and other.strip() == "%"


def _sign_missed(first: str, other: str) -> bool:
    """Did the first engine read a comparison sign as a digit ("285%" for "≥ 85%"), or
    not at all, where the second read it and the same digits after it?"""
    other = other.strip()
    if not other or other[0] not in SIGNS or first[:1] in SIGNS:
        return False
    return digits_of(first) == digits_of(other) or (
        first[:1].isdigit() and digits_of(first)[1:] == digits_of(other))


def _joined_figures(words: list[Word], gap: float) -> list[Word]:
    """The words with the pieces of one percentage read apart ("286 %", "2 86 %"), or the
    groups of an amount whose dots were lost ("Rp783 242 000"), joined into one word
    (their texts joined by a space, as the cell prints them), so that it is read again
    like one read whole."""
    out: list[Word] = []
    for w in words:
        last = out[-1] if out else None
        if (last is not None and (_PERCENT_PIECES.match((last.text + w.text).replace(" ", ""))
                                  or _SPACED_PIECES.match(f"{last.text} {w.text}"))
                and 0 <= w.x0 - last.x1 <= gap and abs(w.cy - last.cy) <= gap):
            out[-1] = Word(f"{last.text} {w.text}", last.x0, min(last.top, w.top), w.x1,
                           max(last.bottom, w.bottom), min(last.conf, w.conf))
        else:
            out.append(w)
    return out


def second_reading(words: list[Word], image: np.ndarray, reader: LineReader,
                   cells: Sequence[Sequence[int]] = (),
                   printed: Sequence[Sequence[int]] = ()) -> list[Word]:
    """The words, each amount or percentage among them read again; a figure the readers
    disagree on carries both readings (see the module docstring).

    Inside a table cell (``cells``: inked cell boxes) the second reader sees the cell's
    whole width at the word's height, so an amount the first engine read only in part
    ("211.995" of "211.995.000") disagrees too. A bare number a "%" may hide in
    ("1009"), where that reading finds no sign, is read once more across its cell's print
    in the page's own ink (``printed``), and this reading counts only if it finds the
    sign: the engine image can lose a faint sign's strokes ("100%" read "1009" by both
    readers over the engine's ink), but more white beside a blurred digit changes the
    recogniser's guess, not its evidence ("28 OPD" read "281 OPD", a blotted "1.650.000"
    "1.850.000")."""
    if not words:
        return words
    height = word_height(words)
    pad = int(PAD * height) + 1
    words = _joined_figures(words, JOIN * height)
    out = []
    for w in words:
        figure = _figure(w.text)
        if figure or _HIDDEN_PERCENT.match(w.text) or _LONE_PERCENT.match(w.text):
            left, right = _span(w, cells, pad)
            other = _read_span(w, left, right, image, reader, pad)
            if _HIDDEN_PERCENT.match(w.text) and not _percent_missed(w.text, other):
                wide_left, wide_right = _span(w, printed, pad)
                if (wide_left, wide_right) != (left, right) and _percent_missed(
                        w.text, wider := _read_span(w, wide_left, wide_right, image, reader, pad)):
                    other, right = wider, wide_right
            if regrouped := _regrouped(w.text, other):
                w = replace(w, text=regrouped)
            elif _percent_lost(w.text, other, _print_after(w, words, image, right)):
                w = replace(w, text=f"{w.text}%")
            elif (_sign_missed(w.text, other) or _percent_missed(w.text, other)
                    or _separator_missed(w.text, other) or _lone_percent_missed(w.text, other)):
                w = replace(w, text=other.strip())
            elif figure and not (_agrees(w.text, other) or _percent_missed(other, w.text)
                                 or _separator_missed(other, w.text)):
                w = replace(w, text=f"{w.text}{DISAGREE}{_figure_read(other) or '?'}")
            elif _DOT_AS_COLON.match(w.text):
                w = replace(w, text=re.sub("[:;]", ".", w.text))
        out.append(w)
    return out


def _span(word: Word, cells: Sequence[Sequence[int]], pad: int) -> tuple[float, float]:
    """Left and right of what the word is read again across: the cell holding it, else
    its own box with a margin."""
    cell = next((c for c in cells if centred_in(word, c)), None)
    return (cell[0], cell[2]) if cell else (word.x0 - pad, word.x1 + pad)


def _read_span(word: Word, left: float, right: float, image: np.ndarray, reader: LineReader,
               pad: int) -> str:
    """The second reader's reading from ``left`` to ``right`` at the word's height."""
    crop = cut_out(image, left, word.top - pad, right, word.bottom + pad, pad)
    return reader.read_line(crop) if crop.size else ""


def _print_after(word: Word, words: Sequence[Word], image: np.ndarray, right: float) -> bool:
    """Is there print after the word on its line, up to ``right`` (the end of what was
    read again): another word centred right of its centre (the engine may box a sign
    overlapping the figure), or ink past its box?"""
    band = image[max(int(word.top), 0) : int(np.ceil(word.bottom)),
                 int(np.ceil(word.x1)) + 1 : int(right)]
    return bool((band < INK_LEVEL).any()) or any(
        w is not word and word.cx < w.cx <= right and w.top < word.bottom and word.top < w.bottom
        for w in words)


def _figure_read(other: str) -> str:
    """The figure of a second reading that also read the words beside it in its cell
    ("60" of "60 Orang": the unit is Tesseract's word after the figure, which stays), a
    comparison sign kept with it ("≤ 14,5%"); the whole reading where not exactly one of
    its words holds a digit."""
    figures = _READ_FIGURE.findall(other)
    return figures[0] if len(figures) == 1 else other.strip()


def disputed(text: str) -> bool:
    """Does a cell's text hold two readings of an amount that differ?"""
    return DISAGREE.strip() in text


def both_readings(text: str) -> tuple[str, str] | None:
    """The first and the second reader's readings of a disputed amount, else None."""
    parts = text.split(DISAGREE)
    return (parts[0], parts[1]) if len(parts) == 2 else None

