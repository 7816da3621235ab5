"""The invented monthly spread of a seed's quarterly schedule, and its reading back.

The seed Rencana Aksi plans by quarter (TW I–IV); this set prints twelve month columns.
An aksi planned in every quarter is a routine one (honoraria, operasional, "12 Bulan") and
is marked in all twelve months; any other marked quarter gets ONE month, which month
rotating with the row so the marks do not line up in a column. Reading back follows the
contract's quarter booleans: a quarter is planned when any of its three months is marked,
so the truth's tw1–tw4 are exactly the seed's marks.
"""

from __future__ import annotations

MONTHS = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")


def months(quarters: tuple[bool, bool, bool, bool], row: int) -> tuple[bool, ...]:
    """Twelve month flags for an aksi with these quarter marks, printed on body row ``row``."""
    if all(quarters):
        return (True,) * 12
    return tuple(quarters[m // 3] and m % 3 == row % 3 for m in range(12))


def quarters(flags: tuple[bool, ...]) -> tuple[bool, bool, bool, bool]:
    """The contract's tw1–tw4: a quarter is planned when any of its months is marked."""
    q1, q2, q3, q4 = (any(flags[3 * q:3 * q + 3]) for q in range(4))
    return q1, q2, q3, q4
