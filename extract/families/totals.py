"""Amounts read by OCR checked against the sums the table itself prints.

Plan tables print a program's pagu as the sum of its kegiatan and a kegiatan's as the sum
of its sub kegiatan. On a scan an amount can be misread with fair confidence ("88.964.000"
read "85.964.000") or land on a neighbour's row, and either breaks a sum the printed table
keeps. A wrong number is worse than a missing one, so an amount that takes part in a sum
that does not add up, and in none that does, is not kept; when one misread digit explains
the broken sum, only the amounts that digit could belong to are dropped.

A level misread on a scan (a program taken for a kegiatan) hangs one parent's items under
another; the run of amounts is then still read as totals each followed by its items, so
those amounts stay confirmed. A sum with an item's amount missing cannot be checked, but
an item that alone exceeds a total another sum confirms cannot be right either
("125.550.000" read "225.550.000" under a kegiatan of 208.971.000). Some documents print
a parent's own budget rather than a sum, or sums that do not add up in print; unless most
sums in a table add up, its parents are not taken for sums and the check has nothing to
say.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import product

Group = tuple[list[int], list]
"""Row indexes of a parent followed by its items, and their amounts (None where unread)."""



def disputed_amounts(rows: Sequence[dict], field: str) -> set[int]:
    """Indexes of ``rows`` whose ``field`` amount is contradicted by the table's sums.

    A parent and its items (rows whose ``parent_row_no`` is its ``row_no``, same ``year``)
    form one sum when every one of them has an amount. An amount in a sum that adds up is
    confirmed. A sum whose total is one digit away from its items' sum was broken by one
    misread digit: only the amounts that one digit could have changed (the suspects) and
    no other sum confirms are disputed. Any other broken sum disputes every amount in it
    that no other sum confirms. Where an item's amount is missing, an item greater than
    its parent's confirmed total is disputed.
    """
    groups, partial = _sum_groups(rows, field)
    confirmed: set[int] = set()
    broken = []
    for group, amounts in groups:
        held = _sums_in_run(amounts)
        confirmed.update(group[k] for k in held)
        if len(held) < len(group):
            broken.append((group, amounts, held))
    if not _prints_sums(groups):
        return set()
    doubted: set[int] = set()
    for group, amounts, held in broken:
        positions = _one_digit_suspects(amounts)
        suspects = {group[k] for k in positions} - confirmed
        if 0 in positions and suspects:  # one misread digit explains the broken sum
            doubted |= suspects
        else:
            doubted.update(group[k] for k in range(len(group)) if k not in held)
    for group, amounts in partial:
        if group[0] in confirmed:
            doubted.update(i for i, a in zip(group[1:], amounts[1:], strict=True)
                           if a is not None and a > amounts[0])
    return doubted - confirmed


MAX_UNSETTLED = 3
"""Amounts read two ways that one sum may settle at once (2³ combinations tried)."""


def settled_by_sums(rows: Sequence[dict], field: str,
                    readings: Mapping[int, Sequence[int]]) -> dict[int, int]:
    """For rows whose amount the two readers read differently (``readings``: row index →
    both values), the value that makes the table's printed sums add up.

    A sum all of whose amounts are read, or read two ways, is tried with every choice of
    the two readings; when exactly one choice makes its total equal its items' sum, that
    choice is the print (a misread digit that still added up to the digit would be a
    coincidence at nine-digit precision). A settled amount helps settle the sums it is in
    next. Only a table whose parents print sums (most complete sums add up) is settled.
    """
    if not readings or not _prints_sums(_sum_groups(rows, field)[0]):
        return {}
    families = _families(rows)
    settled: dict[int, int] = {}
    changed = True
    while changed:
        changed = False
        for group in families:
            options = [_options(rows[i].get(field), settled.get(i), readings.get(i))
                       for i in group]
            unsettled = [k for k, values in enumerate(options) if len(values) > 1]
            if not unsettled or len(unsettled) > MAX_UNSETTLED or not all(options):
                continue
            fits = [choice for choice in product(*options) if choice[0] == sum(choice[1:])]
            if len(fits) == 1:
                settled.update((group[k], fits[0][k]) for k in unsettled)
                changed = True
    return settled


def _options(read: int | None, settled: int | None, readings: Sequence[int] | None
             ) -> tuple[int, ...]:
    """What a row's amount may be: as read, as settled, or either reading (none: unknown)."""
    if read is not None:
        return (read,)
    if settled is not None:
        return (settled,)
    return tuple(dict.fromkeys(readings or ()))


def _families(rows: Sequence[dict]) -> list[list[int]]:
    """Row indexes of every parent followed by its items (rows whose ``parent_row_no`` is
    its ``row_no``, same ``year``), items in printed order."""
    by_key: dict[tuple, list[int]] = {}
    items: dict[tuple, list[int]] = {}
    for i, row in enumerate(rows):
        by_key.setdefault((row.get("year"), row.get("row_no")), []).append(i)
        if row.get("parent_row_no") is not None:
            items.setdefault((row.get("year"), row["parent_row_no"]), []).append(i)
    out = []
    for key, members in items.items():
        parents = by_key.get(key, [])
        if len(parents) == 1:
            out.append([parents[0], *sorted(members, key=lambda i: rows[i].get("row_no") or 0)])
    return out


def _sum_groups(rows: Sequence[dict], field: str) -> tuple[list[Group], list[Group]]:
    """Every parent followed by its items: those whose amounts are all read, and those
    whose parent's amount is read but some item's is not."""
    complete, partial = [], []
    for group in _families(rows):
        amounts = [rows[i].get(field) for i in group]
        if all(a is not None for a in amounts):
            complete.append((group, amounts))
        elif amounts[0] is not None:
            partial.append((group, amounts))
    return complete, partial


def _prints_sums(groups: Sequence[Group]) -> bool:
    """Do most of a table's complete groups add up (its parents print sums)?"""
    held = sum(len(_sums_in_run(amounts)) == len(group) for group, amounts in groups)
    return held > len(groups) - held


def _one_digit_suspects(amounts: list[int]) -> list[int]:
    """Positions whose amount differs in a single digit from the value that would make
    the sum hold: the signature of an engine misreading one digit ("88.964.000" read
    "85.964.000"). A misread item makes its total a suspect too; another sum tells them
    apart."""
    total, items = amounts[0], sum(amounts[1:])
    fits = [0] if _one_digit_apart(total, items) else []
    return fits + [k for k in range(1, len(amounts))
                   if _one_digit_apart(amounts[k], total - items + amounts[k])]


def _one_digit_apart(read: int, meant: int) -> bool:
    a, b = str(read), str(meant)
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) == 1


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
