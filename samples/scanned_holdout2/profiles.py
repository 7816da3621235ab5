"""How each document of the second scanned holdout was "scanned".

Twelve documents of holdouts 5-11, chosen for tables without vertical rules (booktabs,
zebra rows, no rules at all, rules between rows only): all four of holdout5 and at least
one of every later set, spread over the four families. Settings were picked by hand, apart
from `samples/scan.py` and from `samples/scanned_holdout/profiles.py`: more pages at 200 dpi,
grey and colour in equal number, and on top of the first set's defects two of this set's
own (see `build.py`): the back page showing through the paper and a fold crease.
Strengths stay where a person still reads every number.

`scan` reuses the first set's `Profile` for everything its `scan_page` models (resolution,
colour, JPEG quality, skew, print / copy / glass defects, turned pages); its `stamp` is the
colour of the stamp this set lays itself, so the marks can land on the table's last rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from samples.scanned_holdout.ink import STAMP_BLUE, STAMP_RED
from samples.scanned_holdout.profiles import Profile as Scan

Axis = Literal["across", "down"]  # fold line runs left-right ("across") or top-bottom
Marks = Literal["block", "rows"]  # stamp on the signature block, or up over the last rows


@dataclass(frozen=True)
class Crease:
    """A fold in the sheet: its direction and where it lies, as a fraction of the page."""

    axis: Axis
    at: float


@dataclass(frozen=True)
class Profile:
    """One document's scan: the first set's settings plus this set's own defects."""

    scan: Scan
    show_through: float = 0.0  # darkness of the mirrored back page seen through the paper
    crease: Crease | None = None
    marks: Marks = "block"  # where the stamp sits when `scan.stamp` is set

    @property
    def stem(self) -> str:
        """The holdout stem, kept as this set's stem."""
        return self.scan.stem


PROFILES: tuple[Profile, ...] = (
    # holdout5: booktabs, zebra / no rules, hairlines under rows.
    Profile(Scan("holdout5", "iku_bantul_2025", 200, True, 65, 1.4, fade=0.3, specks=0.25,
                 light=0.12, stamp=STAMP_BLUE), show_through=0.06, marks="rows"),
    Profile(Scan("holdout5", "rencana_aksi_sleman_2025", 240, True, 65, 0.8, keystone=0.01,
                 light=0.15, specks=0.2, stamp=STAMP_RED), marks="rows"),
    Profile(Scan("holdout5", "renja_malang_2025", 200, False, 65, 1.8, copier=True,
                 specks=0.35, holes="top")),
    Profile(Scan("holdout5", "renstra_lombok_timur_2025_2029", 300, False, 55, 1.0,
                 curl_mm=3.0, light=0.1), crease=Crease("across", 0.36)),
    # holdout6: Writer, no vertical borders.
    Profile(Scan("holdout6", "iku_makassar_2026", 240, False, 60, 2.0, stroke_mm=-0.05,
                 specks=0.3, border="left", turned=((2, 90),)), show_through=0.08),
    Profile(Scan("holdout6", "renstra_garut_2021_2026", 300, True, 60, 1.2, fade=0.25,
                 holes="left", stamp=STAMP_BLUE)),
    # holdout7: Calc without a cell grid (grey filled marks); Chromium without any border.
    Profile(Scan("holdout7", "rencana_aksi_padang_2027", 300, False, 50, 0.9,
                 stroke_mm=0.07, light=0.18, specks=0.3), show_through=0.07),
    Profile(Scan("holdout7", "renja_sumedang_2027", 240, False, 60, 1.6, keystone=0.015,
                 fade=0.35, turned=((1, 180),)), show_through=0.09),
    # holdout8-11: rules between rows only.
    Profile(Scan("holdout8", "rencana_aksi_jayapura_2026", 240, True, 55, 1.5, light=0.12,
                 specks=0.2, border="bottom", stamp=STAMP_BLUE), crease=Crease("down", 0.5)),
    Profile(Scan("holdout9", "renja_tuban_2026", 200, True, 60, 2.0, curl_mm=4.0,
                 specks=0.4, stamp=STAMP_RED), marks="rows"),
    Profile(Scan("holdout10", "renja_bengkulu_2027", 200, False, 70, 1.2, stroke_mm=0.08,
                 light=0.2, stamp=STAMP_BLUE), crease=Crease("across", 0.5)),
    Profile(Scan("holdout11", "renstra_acehbesar_2025_2029", 200, True, 80, 1.7,
                 keystone=0.012, fade=0.2, border="right", stamp=STAMP_RED), marks="rows"),
)
