"""OCR-aware repair of numeric cells, read against what their column must contain.

An engine confuses letters and digits that look alike (O/0, l/I/1, S/5, B/8) and
Tesseract's ``ind`` model reads "%" as "Yo"/"y6". Knowing a cell is money, a percentage,
a count, a code or a mark makes most confusions decidable: inside a digit run an "O" can
only be 0. A repair is made only when the result then fits the kind's pattern exactly;
anything else returns None plus a warning and the caller keeps the raw text. A wrong
number is worse than a missing one, so nothing is ever guessed or invented.
"""

from __future__ import annotations

import re

KINDS = ("money", "percent", "quantity", "code", "mark")

_DIGIT_LOOKALIKES = str.maketrans(
    {
        "O": "0",
        "o": "0",
        "D": "0",
        "Q": "0",
        "l": "1",
        "I": "1",
        "|": "1",
        "i": "1",
        "!": "1",
        "S": "5",
        "s": "5",
        "B": "8",
        "Z": "2",
        "z": "2",
        "G": "6",
        "b": "6",
    }
)
_PERCENT_LOOKALIKES = re.compile(r"\s*(%|Yo|yo|y6|Y6|9o|o/o|0/0|°/o|%o)\s*$")
_PATTERNS = {
    # Rupiah: dot-grouped thousands, optional ",dd" cents; or a bare run of digits.
    "money": re.compile(r"^(\d{1,3}(\.\d{3})+|\d+)(,\d{1,2})?$"),
    "percent": re.compile(r"^\d{1,3}([.,]\d{1,2})?%$"),
    # A count with an optional unit word ("50 Orang", "1 tahun", "12").
    "quantity": re.compile(r"^\d+([.,]\d+)?( [A-Za-z][A-Za-z /.-]*)?$"),
    # Nomenclature codes: dotted digit groups ("1.06.02.2.01", "110600.110601.30.046").
    "code": re.compile(r"^\d+(\.\d+)*$"),
}
_MARKS = re.compile(r"^[vV√✓✔]+$")
_STRAY = "\"'“”‘’`.,:;"
"""Specks next to a value read as quotes or stops; they never belong to it at its ends."""
_SPACED_GROUPS = re.compile(r"^\d{1,3}([. ]\d{3})+(,\d{1,2})?$")
"""Thousand groups where a faint dot was read as a space ("126.037 150"): every group
after the first has exactly three digits, so the separator's place is certain."""
_RP = re.compile(r"^\s*Rp\.?\s*", re.IGNORECASE)
_SPECK_AFTER_PERCENT = re.compile(r"(?<=%)\s+[^\W\d_]$")
"""A lone letter after a percentage ("100,00% t"): a speck; no unit follows a "%"."""
_GLUED_UNIT = re.compile(r"^(\d+)[.,]?(?=[A-Za-z]{3})")
"""A count and its unit read with no space between ("1Dokumen") or a speck in the narrow
space read as a stop ("1.Dokumen"): a count's unit is never printed joined to it."""


def _fix_digits(token: str) -> str:
    """Map look-alike letters to digits inside a token that is mostly digits."""
    return token.translate(_DIGIT_LOOKALIKES)


def _repair_number_part(text: str) -> str:
    """Repair the look-alikes of the leading numeric part, leaving a unit word alone."""
    head, sep, tail = text.partition(" ")
    return _fix_digits(head) + sep + tail


def repair_numeric(text: str, kind: str) -> tuple[str | None, str | None]:
    """Repaired cell text, or None plus a warning when it cannot be read as ``kind``.

    The returned text is still text (parsing to a number is the caller's job); an empty
    cell returns ("", None).
    """
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}; choose from {KINDS}")
    raw = " ".join(text.split())
    if not raw:
        return "", None
    if kind == "mark":
        return ("v", None) if _MARKS.match(raw) else (None, f"unreadable mark {raw!r}")
    candidate = raw.strip(_STRAY)
    if kind == "money":
        candidate = _RP.sub("", candidate)
        if _lost_dot(text, candidate):
            candidate = candidate.replace(" ", ".")
        candidate = candidate.replace(" ", "")
    if kind == "percent":
        candidate = _SPECK_AFTER_PERCENT.sub("", candidate)
        match = _PERCENT_LOOKALIKES.search(candidate)
        if match is None:
            return None, f"no percent sign in {raw!r}"
        candidate = candidate[: match.start()].replace(" ", "") + "%"
    if kind == "quantity":
        candidate = _GLUED_UNIT.sub(r"\1 ", candidate)
    pattern = _PATTERNS[kind]
    if pattern.match(candidate):
        return candidate, None
    repaired = _repair_number_part(candidate)
    if repaired != candidate and pattern.match(repaired) and _digits_dominate(candidate):
        return repaired, None
    return None, f"unreadable {kind} {raw!r}"


def _lost_dot(text: str, candidate: str) -> bool:
    """Whether the one space in a money value is a thousands dot read as a space.

    Only on one printed line, one space, grouping that fixes its place, and dots on one
    side only: "100.000 250.000" may be two amounts and is left alone.
    """
    if "\n" in text or candidate.count(" ") != 1 or not _SPACED_GROUPS.match(candidate):
        return False
    left, right = candidate.split(" ")
    return not ("." in left and "." in right)


def _digits_dominate(text: str) -> bool:
    """Only repair where digits lead: "1O0" and "5O" yes, "OSO" and "O5" no."""
    head = text.partition(" ")[0]
    digits = sum(ch.isdigit() for ch in head)
    letters = sum(ch.isalpha() or ch in "|!" for ch in head)
    return digits > letters or (head[:1].isdigit() and digits >= letters)
