"""Amounts read by OCR checked against the sums the table itself prints.

Plan tables print a program's pagu as the sum of its kegiatan and a kegiatan's as the sum
of its sub kegiatan. On a scan an amount can be misread with fair confidence ("88.964.000"
read "85.964.000") or land on a neighbour's row, and either breaks a sum the printed table
keeps. A wrong number is worse than a missing one, so an amount that takes part in a sum
that does not add up, and in none that does, is not kept.

A level misread on a scan (a program taken for a kegiatan) hangs one parent's items under
another; the run of amounts is then still read as totals each followed by its items, so
those amounts stay confirmed. Some documents print a parent's own budget rather than a
sum, or sums that do not add up in print; unless most sums in a table add up, its parents
are not taken for sums and the check has nothing to say.
"""

from __future__ import annotations

from collections.abc import Sequence


def disputed_amounts(rows: Sequence[dict], field: str) -> set[int]:
    """Indexes of ``rows`` whose ``field`` amount is contradicted by the table's sums.

    A parent and its items (rows whose ``parent_row_no`` is its ``row_no``, same ``year``)
    form one sum when every one of them has an amount. An amount in a sum that adds up is
    confirmed; one in a sum that does not, and confirmed by no other, is disputed.
    """
    by_key: dict[tuple, list[int]] = {}
    items: dict[tuple, list[int]] = {}
    for i, row in enumerate(rows):
        by_key.setdefault((row.get("year"), row.get("row_no")), []).append(i)
        if row.get("parent_row_no") is not None:
            items.setdefault((row.get("year"), row["parent_row_no"]), []).append(i)
    confirmed: set[int] = set()
    doubted: set[int] = set()
    sums_held = sums_broken = 0
    for key, members in items.items():
        parents = by_key.get(key, [])
        if len(parents) != 1:
            continue
        group = [parents[0], *sorted(members, key=lambda i: rows[i].get("row_no") or 0)]
        amounts = [rows[i].get(field) for i in group]
        if any(a is None for a in amounts):
            continue
        held = _sums_in_run(amounts)
        confirmed.update(group[k] for k in held)
        doubted.update(group[k] for k in range(len(group)) if k not in held)
        sums_held += len(held) == len(group)
        sums_broken += len(held) < len(group)
    return doubted - confirmed if sums_held > sums_broken else set()


def _sums_in_run(amounts: list[int]) -> set[int]:
    """Positions of a run (a total, then items in printed order) that add up, read as
    one or more totals each followed by its own items."""
    if amounts[0] == sum(amounts[1:]):
        return set(range(len(amounts)))
    held: set[int] = set()
    start = 0
    while start < len(amounts) - 1:
        running, end = 0, None
        for j in range(start + 1, len(amounts)):
            running += amounts[j]
            if running == amounts[start]:
                end = j
            elif running > amounts[start] or end is not None:
                break
        if end is None:
            start += 1
        else:
            held.update(range(start, end + 1))
            start = end + 1
    return held
