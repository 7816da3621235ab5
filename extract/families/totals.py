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

from collections.abc import Sequence

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
    if len(groups) - len(broken) <= len(broken):
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


def _sum_groups(rows: Sequence[dict], field: str) -> tuple[list[Group], list[Group]]:
    """Every parent followed by its items: those whose amounts are all read, and those
    whose parent's amount is read but some item's is not."""
    by_key: dict[tuple, list[int]] = {}
    items: dict[tuple, list[int]] = {}
    for i, row in enumerate(rows):
        by_key.setdefault((row.get("year"), row.get("row_no")), []).append(i)
        if row.get("parent_row_no") is not None:
            items.setdefault((row.get("year"), row["parent_row_no"]), []).append(i)
    complete, partial = [], []
    for key, members in items.items():
        parents = by_key.get(key, [])
        if len(parents) != 1:
            continue
        group = [parents[0], *sorted(members, key=lambda i: rows[i].get("row_no") or 0)]
        amounts = [rows[i].get(field) for i in group]
        if all(a is not None for a in amounts):
            complete.append((group, amounts))
        elif amounts[0] is not None:
            partial.append((group, amounts))
    return complete, partial


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
