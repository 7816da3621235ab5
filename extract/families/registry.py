"""The table families, in one place. Adding a family = one module + one line here."""

from __future__ import annotations

from collections.abc import Sequence

from rencana.extract.families.base import TableFamily
from rencana.extract.families.iku_links import IkuLinks
from rencana.extract.families.plan_items import PlanItems
from rencana.extract.families.rencana_aksi import RencanaAksi
from rencana.extract.families.renstra_targets import RenstraTargets
from rencana.extract.header import Header

FAMILIES: tuple[TableFamily, ...] = (
    RencanaAksi(),
    IkuLinks(),
    RenstraTargets(),
    PlanItems(),
)
MIN_SCORE = 0.3
"""Below this share of a family's columns found, a table is not that family's."""


def choose_family(header: Header, headings: Sequence[list[tuple[str, str]]] = ()
                  ) -> TableFamily | None:
    """The family whose columns best explain the header and the body's section headings
    (earlier entries win ties)."""
    return _best(header, headings)[0]


def _best(header: Header, headings: Sequence[list[tuple[str, str]]]
          ) -> tuple[TableFamily | None, float]:
    best, best_score = None, MIN_SCORE
    for family in FAMILIES:
        score = family.score(header, headings)
        if score > best_score:
            best, best_score = family, score
    return best, best_score


def choose_reading(headers: Sequence[Header],
                   headings: Sequence[list[tuple[str, str]]] = ()
                   ) -> tuple[TableFamily | None, Header]:
    """The family of a table whose header band was read several times (``headers``: the
    first page's reading, then its repeats), and the reading to map its columns by. The
    first reading stands unless a repeat is claimed by another family that explains it
    better: a label misread on the first page ("Rencana Iksi") can hide what the table is,
    but a repeat claimed by the same family may map a column askew where a band was read
    otherwise, so it never overrides the first reading's mapping."""
    family, score = _best(headers[0], headings)
    reading = headers[0]
    for header in headers[1:]:
        other, other_score = _best(header, headings)
        if other is not None and other is not family and other_score > score:
            family, score, reading = other, other_score, header
    return family, reading
