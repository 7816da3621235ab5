"""The "Waktu Pelaksanaan" cell: a seed's quarter marks written as month names, and back.

The seed plans by quarter (TW I–IV); this set's Rencana Aksi has ONE schedule column in
which the planner types months: a run of marked quarters becomes a range of months
("Januari - Maret", "April - Desember"), quarters with gaps a list of one month each
("April, Oktober"), and every fourth row's lone quarter one month ("Mei"); which month of
the quarter rotates with the row. Reading back follows the contract's quarter booleans: a
quarter is planned when any month the cell names (or any month inside a range) falls in
it, so the truth's tw1–tw4 are exactly the seed's marks.
"""

from __future__ import annotations

MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember")
NONE = "-"
"""Printed for an aksi the seed leaves unscheduled."""


def waktu(quarters: tuple[bool, ...], row: int) -> str:
    """The cell a planner types for these quarter marks on body row ``row``."""
    marked = [q for q, on in enumerate(quarters) if on]
    if not marked:
        return NONE
    run = marked == list(range(marked[0], marked[-1] + 1))
    if run and (len(marked) > 1 or row % 4 != 3):
        return f"{MONTHS[3 * marked[0]]} - {MONTHS[3 * marked[-1] + 2]}"
    return ", ".join(MONTHS[3 * q + row % 3] for q in marked)


def quarters(cell: str) -> tuple[bool, bool, bool, bool]:
    """The contract's tw1–tw4 read from a printed cell (the check's way back)."""
    months: set[int] = set()
    for part in cell.split(","):
        ends = [MONTHS.index(m.strip()) for m in part.split(" - ") if m.strip() != NONE]
        if ends:
            months.update(range(ends[0], ends[-1] + 1))
    q1, q2, q3, q4 = (any(m // 3 == q for m in months) for q in range(4))
    return q1, q2, q3, q4
