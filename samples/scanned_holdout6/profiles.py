"""How each document of the sixth scanned holdout was "scanned": a second office MFP model.

Eight documents of the digital holdouts 14-38 that no earlier scanned set used, holdouts
37 and 38 among them: one table without vertical rules (`iku_baubau_2026`, five pages:
no unused holdout of at most four pages prints one) and seven ruled grids, all four
families, four renderers, 22 pages. As in the fifth set nothing is harsh: an agency
admin's scans at the MFP's defaults (200, 240 or 300 dpi, grey or colour, JPEG quality
70-80, the feeder's skew up to 1.5°, mild toner unevenness and dust, the signed and
stamped last page) and an ordinary run's slips: a page exposed a little dark or light,
a page fed upside down, a page fed crooked (`CROOKED_DEG`). The scanner is another
model than the fifth set's (`firmware.py`).

`Profile` is the fifth set's (the first set's scan settings plus the misjudged page)
with the crooked page added.
"""

from __future__ import annotations

from dataclasses import dataclass

from samples.scanned_holdout.ink import STAMP_BLUE, STAMP_RED
from samples.scanned_holdout.profiles import Profile as Scan
from samples.scanned_holdout5.profiles import Profile as Office

CROOKED_DEG = 2.0  # a sheet the feeder pulled in at a slant


@dataclass(frozen=True)
class Profile(Office):
    """The fifth set's scan plus the page the feeder pulled in crooked, if any."""

    crooked: int | None = None  # page index fed at CROOKED_DEG, either way


PROFILES: tuple[Profile, ...] = (
    # No vertical rules.
    Profile(Scan("holdout32", "iku_baubau_2026", 200, False, 75, 1.2, fade=0.12, specks=0.1,
                 stamp=STAMP_BLUE, turned=((2, 180),)), crooked=3),
    # Ruled grids.
    Profile(Scan("holdout37", "rencana_aksi_bima_2027", 240, True, 75, 1.0, light=0.06,
                 stamp=STAMP_RED), misjudged=(1, "dark"), crooked=0),
    Profile(Scan("holdout37", "renja_bima_2027", 200, True, 80, 1.5, fade=0.1, specks=0.1,
                 stamp=STAMP_BLUE, turned=((0, 180),))),
    Profile(Scan("holdout38", "renstra_pangkalpinang_2025_2029", 300, False, 75, 0.8,
                 light=0.06, stamp=STAMP_RED)),
    Profile(Scan("holdout38", "pk_pangkalpinang_2026", 300, True, 75, 1.1, fade=0.1,
                 stamp=STAMP_BLUE), misjudged=(0, "light")),
    Profile(Scan("holdout14", "rencana_aksi_tegal_2027", 240, False, 70, 0.9, specks=0.15,
                 stamp=STAMP_RED), misjudged=(0, "light"), crooked=1),
    Profile(Scan("holdout28", "iku_polewalimandar_2027", 240, True, 75, 1.3, fade=0.12,
                 stamp=STAMP_BLUE), misjudged=(0, "dark")),
    Profile(Scan("holdout15", "renja_purworejo_2019", 200, False, 80, 0.7, light=0.08,
                 specks=0.1, stamp=STAMP_RED)),
)
