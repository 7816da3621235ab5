"""Turn fully filled table lines into printed ones with row-spanning merges.

Both the IKU table and the Rencana Aksi merge groups of columns down over the lines that
share a key (a tujuan, a sasaran, a program, a kegiatan …). Writing every line filled and
then marking repeats keeps the data readable and the merges exactly where the keys repeat.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

from samples.curated import MERGED

Line = tuple[tuple[str, ...], tuple[Hashable, ...]]
"""A filled line's cells and, per merged group, the key its cells belong to."""


def merge_down(lines: Sequence[Line], groups: Sequence[Sequence[int]]) -> list[tuple[str, ...]]:
    """Lines with each group's cells printed where its key starts and ``^`` below.

    A group continues only while its key and every earlier group's key stay the same, so a
    new program never continues the kegiatan cell above it."""
    out: list[tuple[str, ...]] = []
    previous: tuple[Hashable, ...] = ()
    for cells, keys in lines:
        row = list(cells)
        same = bool(previous)
        for i, group in enumerate(groups):
            same = same and previous[i] == keys[i]
            if same:
                for column in group:
                    row[column] = MERGED
        out.append(tuple(row))
        previous = keys
    return out
