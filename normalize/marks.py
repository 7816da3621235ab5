"""Quarter schedule marks (the TW I–IV "jadwal pelaksanaan" columns of a Rencana Aksi).

A planned quarter is ticked with a check or cross mark, an unplanned one is left blank or
given a dash. Anything else in such a cell (a number, a word, a second mark) is not read
as planned: the schedule columns are booleans, and calling text a tick would invent a
plan the document does not state. :func:`is_mark` lets a caller notice those cells.
"""

from __future__ import annotations

from rencana.normalize.numbers import parse_quantity
from rencana.normalize.text import clean_cell

SHADED = "■"
"""How a schedule cell shaded with no character in it (a spreadsheet's filled cell) reads."""
PLANNED_MARKS = frozenset({"v", "V", "√", "✓", "✔", "x", "X", "✗", "✘", "☑", "☒", SHADED, "●"})
"""Check and cross marks, and filled cells. In these schedules a cross means "done in this
quarter", not "no": the contract treats "x" as true."""

UNPLANNED_MARKS = frozenset({"-", "–", "—"})
"""A dash printed to say "nothing this quarter"."""


def parse_mark(text: str | None) -> bool:
    """True when the cell holds one known planned mark; False for blank, dash or other text."""
    return clean_cell(text) in PLANNED_MARKS


def is_mark(text: str | None) -> bool:
    """True when the cell is a schedule cell's content: blank, a dash or a known mark."""
    cleaned = clean_cell(text)
    return not cleaned or cleaned in PLANNED_MARKS or cleaned in UNPLANNED_MARKS


def value_schedule(texts: list[str]) -> bool:
    """Whether a table's schedule cells print values rather than ticks: a spreadsheet's
    1/0 flags, or each quarter's target ("25%", "1 Kali"). True when every non-blank cell
    is a number (with or without a unit), a dash or a mark, and some are numbers. Only
    then does a number in a schedule cell say the quarter is planned."""
    cleaned = [clean_cell(t) for t in texts]
    values = [c for c in cleaned if not is_mark(c)]
    return bool(values) and all(parse_quantity(c).value is not None for c in values)


def planned_value(text: str | None) -> bool:
    """In a value schedule: a quarter with a non-zero value is planned."""
    value = parse_quantity(clean_cell(text)).value
    return value is not None and value > 0
