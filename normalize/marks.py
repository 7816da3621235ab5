"""Quarter schedule marks (the TW I–IV "jadwal pelaksanaan" columns of a Rencana Aksi).

A planned quarter is ticked with a check or cross mark, an unplanned one is left blank or
given a dash. Anything else in such a cell (a number, a word, a second mark) is not read
as planned: the schedule columns are booleans, and calling text a tick would invent a
plan the document does not state. :func:`is_mark` lets a caller notice those cells.
"""

from __future__ import annotations

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


NUMERIC_PLANNED, NUMERIC_UNPLANNED = "1", "0"


def numeric_schedule(texts: list[str]) -> bool:
    """Whether a table's schedule cells are a spreadsheet's 1/0 flags: every non-blank
    cell is "1", "0", a dash or a mark, and some are "1". Only then is a lone "1" a
    planned quarter; anywhere else a number in a schedule cell is not a tick."""
    cleaned = [clean_cell(t) for t in texts]
    flags = {NUMERIC_PLANNED, NUMERIC_UNPLANNED}
    return NUMERIC_PLANNED in cleaned and all(c in flags or is_mark(c) for c in cleaned)
