"""How each document of the seventh scanned holdout was "scanned": a departmental copier.

Eight documents of the digital holdouts that no earlier scanned set used, holdouts 39
and 40 among them: one table without vertical rules (`renja_salatiga_2027`, zebra rows,
five pages: no unused holdout of at most four pages prints one) and seven ruled grids,
all four families, four renderers, 21 pages. As in the fifth and sixth sets nothing is
harsh (feeder skew up to 1.5°, mild toner unevenness and dust, the signed and stamped
last page, a page upside down, a page fed crooked, a page exposed dark), but the device
is the copier down the corridor in its default "document" mode: most documents come out
**1-bit at 300 dpi** (`bilevel`), a few greyscale at 200 dpi or colour, on a faint
yellowish paper that only those show. One sheet lets its back show through (`bleed`);
punched sheets show their holes near the left margin.

`Profile` is the sixth set's (the first set's scan settings, the misjudged page, the
crooked page) with the output mode and the page whose back shows through added.
"""

from __future__ import annotations

from dataclasses import dataclass

from samples.scanned_holdout.ink import STAMP_BLUE, STAMP_RED
from samples.scanned_holdout.profiles import Profile as Scan
from samples.scanned_holdout6.profiles import Profile as Office

BILEVEL_DPI = 300  # the copier's black-and-white document mode always scans at 300 dpi
BLEED = 0.08  # darkening by the back page's toner, at most


@dataclass(frozen=True)
class Profile(Office):
    """The sixth set's scan plus the copier's output mode and a sheet showing its back."""

    bilevel: bool = False  # 1-bit CCITT G4 output instead of greyscale / colour JPEG
    bleed: int | None = None  # page index whose reverse side's print shows through


PROFILES: tuple[Profile, ...] = (
    # No vertical rules (zebra rows, hairlines between rows).
    Profile(Scan("holdout29", "renja_salatiga_2027", BILEVEL_DPI, False, 75, 1.2, fade=0.1,
                 specks=0.1, holes="left", stamp=STAMP_BLUE, turned=((2, 180),)),
            bilevel=True),
    # Ruled grids.
    Profile(Scan("holdout39", "renja_tts_2026", BILEVEL_DPI, False, 75, 1.0, light=0.06,
                 stamp=STAMP_RED), bilevel=True),
    Profile(Scan("holdout39", "renstra_tts_2025_2029", 200, False, 75, 1.3, fade=0.12,
                 holes="left", stamp=STAMP_BLUE), misjudged=(0, "dark"), crooked=1),
    Profile(Scan("holdout39", "iku_tts_2025_2029", BILEVEL_DPI, False, 75, 0.8, specks=0.1,
                 stamp=STAMP_RED), bilevel=True),
    Profile(Scan("holdout40", "rencana_aksi_tebingtinggi_2027", BILEVEL_DPI, False, 75, 1.0,
                 fade=0.1, holes="left", stamp=STAMP_RED), bilevel=True),
    Profile(Scan("holdout40", "iku_tebingtinggi_2025_2029", 200, False, 80, 0.7, light=0.06,
                 stamp=STAMP_BLUE)),
    Profile(Scan("holdout28", "renja_polewalimandar_2027", BILEVEL_DPI, False, 75, 1.5,
                 specks=0.15, holes="left", stamp=STAMP_BLUE), bilevel=True),
    Profile(Scan("holdout24", "rencana_aksi_kaltara_2026", 240, True, 75, 1.1, fade=0.1,
                 stamp=STAMP_RED), bleed=0),
)
