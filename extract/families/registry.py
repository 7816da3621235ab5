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
    return choose_reading([header], headings)[0]


def choose_reading(headers: Sequence[Header],
                   headings: Sequence[list[tuple[str, str]]] = ()
                   ) -> tuple[TableFamily | None, Header]:
    """The family whose columns best explain one of ``headers`` (readings of one header
    band) and the body's section headings, and that reading (earlier entries win ties)."""
    best, best_score, reading = None, MIN_SCORE, headers[0]
    for header in headers:
        for family in FAMILIES:
            score = family.score(header, headings)
            if score > best_score:
                best, best_score, reading = family, score, header
    return best, reading
