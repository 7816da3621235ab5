"""The column-number row (``1 … n``) the standard forms print under their header.

Chromium's and Calc's renderers here draw no ``Table.numbers`` row, so it is given as the
header's last row: the browser and Calc then repeat it on every page with the header, as
the forms' printouts do."""

from __future__ import annotations

from samples.holdout6.model import Head


def number_row(count: int) -> tuple[Head, ...]:
    """Header cells ``1`` … ``count``, one per printed column."""
    return tuple(Head(str(n)) for n in range(1, count + 1))
