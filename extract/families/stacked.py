"""Cells stacking a second field under the first as "Label: value".

An IKU table may print the indicator and its target in one cell ("Persentase PMKS yang
terpenuhi kebutuhan dasarnya↵Target: 89%") under one header ("Indikator Kinerja Sasaran /
Target 2026"). The labelled line gives the field its label names; the rest of the cell
is the field the column's header names besides it. Only a line below the cell's first
one counts: a cell that *is* a "Label: value" line is a heading, read elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from rencana.extract.header import Header
from rencana.normalize.text import fold

if TYPE_CHECKING:  # base imports this module
    from rencana.extract.families.base import Column

_LABELLED = re.compile(r"^\s*([^:\n]{2,30}?)\s*:\s*(\S.*)$")
MAX_LABEL_WORDS = 4


def stacked_fields(rules: Sequence[Column], header: Header, mapping: dict[str, list[int]]
                   ) -> dict[str, str | None]:
    """For each field read from one column: the other field that column's header names
    (None when it names no other field this table leaves unmapped)."""
    out: dict[str, str | None] = {}
    for name, cols in mapping.items():
        if len(cols) != 1:
            continue
        label, leaf = header.labels[cols[0]], header.leaves[cols[0]]
        out[name] = next((rule.field for rule in rules if rule.field != name
                          and rule.field not in mapping and rule.matches(label, leaf)), None)
    return out


def unstack(values: dict[str, str], fresh: set[str], stacked: dict[str, str | None],
            rules: Sequence[Column]) -> dict[str, str]:
    """The row's values with each stacked "Label: value" line moved to its own field;
    ``fresh`` (fields printed in this row) gains the fields filled so."""
    out = dict(values)
    for name, other in stacked.items():
        lines = (values.get(name) or "").splitlines()
        for i, line in enumerate(lines[1:], start=1):
            match = _LABELLED.match(line)
            if not match or len(match.group(1).split()) > MAX_LABEL_WORDS:
                continue
            label = fold(match.group(1))
            named = next((rule.field for rule in rules if rule.matches(label, label)), None)
            rest = "\n".join(lines[:i] + lines[i + 1 :])
            if named == name and other:
                out[name], out[other] = match.group(2), rest
            elif named and named != name and named not in values:
                out[named], out[name], other = match.group(2), rest, named
            else:
                continue
            if name in fresh:
                fresh.add(other)
            break
    return out
