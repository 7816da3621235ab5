"""How each document of the fourth scanned holdout was "scanned".

Eight documents of the digital holdouts 12-34 that no earlier scanned set used: one table
without vertical rules (rules between rows only; the only such unused holdout of at most
four pages) and seven ruled grids (black, grey, Excel-style, with grey or heavy filled
rows), all four families, five renderers, 20 pages. Settings were picked by hand for a
new mix of the earlier sets' defects (the first set's `scan_page`, the second's
show-through and fold, the third's highlighter and pen) plus this set's own
(`defects.py`): a copy of a copy, a torn corner, tape, a stuck sheet, wavy paper and an
open lid. Strengths stay where a person still reads every number.

`scan` reuses the first set's `Profile` for what its `scan_page` models (resolution,
colour, JPEG quality, skew, copy / glass defects, stamp and signature).
"""

from __future__ import annotations

from dataclasses import dataclass

from samples.scanned_holdout.degrade import Side
from samples.scanned_holdout.ink import BGR, STAMP_BLUE, STAMP_RED
from samples.scanned_holdout.profiles import Profile as Scan
from samples.scanned_holdout2.profiles import Crease
from samples.scanned_holdout3.marks import HIGHLIGHT_YELLOW
from samples.scanned_holdout4.defects import Corner


@dataclass(frozen=True)
class Damage:
    """Something that happened to one page's sheet: at `page`, at `corner` or `side`."""

    page: int
    corner: Corner = "top-left"
    side: Side = "top"


@dataclass(frozen=True)
class Profile:
    """One document's scan: the first set's settings, earlier sets' extras, this set's own."""

    scan: Scan
    copy_of_copy: bool = False  # every page is a second-generation photocopy
    show_through: float = 0.0  # the second set's duplex show-through
    crease: Crease | None = None  # the second set's fold, on every page
    highlight: tuple[int, BGR] | None = None  # the third set's highlighter on a page
    pen: int | None = None  # page given the third set's ticks and note
    torn: Damage | None = None  # corner torn off
    taped: Damage | None = None  # tape across a corner
    stuck: Damage | None = None  # the next sheet showing along `side`
    wave_mm: float = 0.0  # wavy paper, every page
    lid: tuple[Side, float] | None = None  # lid left open: edge and darkening at it

    @property
    def stem(self) -> str:
        """The holdout stem, kept as this set's stem."""
        return self.scan.stem


PROFILES: tuple[Profile, ...] = (
    # Rules between rows only.
    Profile(Scan("holdout12", "rencana_aksi_ciamis_2027", 200, False, 65, 1.0, specks=0.3,
                 stamp=STAMP_BLUE), copy_of_copy=True, lid=("right", 0.45), pen=0),
    # Ruled grids.
    Profile(Scan("holdout14", "iku_kendari_2027", 240, True, 60, 0.8, light=0.12),
            copy_of_copy=True, taped=Damage(0, "top-right"), stuck=Damage(1, side="top")),
    Profile(Scan("holdout13", "renja_pekanbaru_2026", 300, False, 55, 0.7, holes="top",
                 stamp=STAMP_RED), copy_of_copy=True, torn=Damage(1, "bottom-right")),
    Profile(Scan("holdout27", "renstra_rejanglebong_2025_2029", 200, True, 70, 0.9,
                 stamp=STAMP_RED), wave_mm=0.6, lid=("left", 0.5)),
    Profile(Scan("holdout24", "renja_kaltara_2026", 240, False, 60, 1.1, fade=0.25),
            show_through=0.06, wave_mm=0.5, stuck=Damage(1, side="top")),
    Profile(Scan("holdout28", "rencana_aksi_palangkaraya_2026", 300, True, 55, 0.6,
                 keystone=0.01, stamp=STAMP_RED), taped=Damage(0, "bottom-left"),
            torn=Damage(1, "top-right"), highlight=(0, HIGHLIGHT_YELLOW)),
    Profile(Scan("holdout17", "renstra_bitung_2021_2026", 200, False, 70, 0.8, specks=0.2),
            copy_of_copy=True, crease=Crease("across", 0.5), lid=("bottom", 0.4), pen=1),
    Profile(Scan("holdout13", "iku_manado_2026", 240, True, 55, 1.2, curl_mm=3.0,
                 stamp=STAMP_BLUE), wave_mm=0.7, torn=Damage(0, "bottom-left"),
            stuck=Damage(2, side="right")),
)
