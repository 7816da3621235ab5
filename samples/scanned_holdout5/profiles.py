"""How each document of the fifth scanned holdout was "scanned": an ordinary office MFP.

Eight documents of the digital holdouts 23-36 that no earlier scanned set used: seven ruled
grids and one table without vertical rules (horizontal rules only: the only unused holdout
of at most four pages without vertical rules), all four families, four renderers, 19
pages. Unlike the third and fourth sets, nothing here is harsh: settings are what an
agency's admin gets from the office MFP's defaults (200, 240 or 300 dpi, grey or colour,
JPEG quality 70-80, the feeder's skew up to 1.5°, mild toner unevenness and dust, the
signed and stamped last page), plus the slips an ordinary scan run has: a page whose
auto exposure came out a little dark or light, a page fed upside down.

`scan` reuses the first set's `Profile` for what its `scan_page` models (resolution,
colour, JPEG quality, skew, toner, dust, lamp, stamp and signature, turned pages).
"""

from __future__ import annotations

from dataclasses import dataclass

from samples.scanned_holdout.ink import STAMP_BLUE, STAMP_RED
from samples.scanned_holdout.profiles import Profile as Scan
from samples.scanned_holdout5.mfp import Exposure


@dataclass(frozen=True)
class Profile:
    """One document's scan: the first set's settings plus the page the MFP exposed wrongly."""

    scan: Scan
    misjudged: tuple[int, Exposure] | None = None  # page index and how it came out

    @property
    def stem(self) -> str:
        """The holdout stem, kept as this set's stem."""
        return self.scan.stem

    def exposure(self, index: int) -> Exposure:
        """How the MFP exposed page `index`."""
        if self.misjudged is not None and self.misjudged[0] == index:
            return self.misjudged[1]
        return "normal"


PROFILES: tuple[Profile, ...] = (
    # Horizontal rules only.
    Profile(Scan("holdout35", "renja_kepulauan_sangihe_2026", 200, False, 75, 1.2, fade=0.15,
                 specks=0.1, stamp=STAMP_BLUE, turned=((1, 180),))),
    # Ruled grids.
    Profile(Scan("holdout36", "iku_pagaralam_2026", 240, False, 75, 0.8, light=0.06,
                 specks=0.1, stamp=STAMP_RED), misjudged=(2, "dark")),
    Profile(Scan("holdout34", "rencana_aksi_parepare_2026", 300, True, 75, 1.0, fade=0.12,
                 stamp=STAMP_BLUE), misjudged=(1, "light")),
    Profile(Scan("holdout34", "renja_pacitan_2027", 200, True, 80, 1.5, light=0.06,
                 specks=0.1, stamp=STAMP_RED), misjudged=(0, "light")),
    Profile(Scan("holdout35", "iku_mamuju_tengah_2026", 240, True, 75, 1.3, fade=0.1,
                 stamp=STAMP_BLUE)),
    Profile(Scan("holdout36", "renstra_gorontalo_2025_2029", 200, False, 70, 0.7, light=0.08,
                 stamp=STAMP_BLUE), misjudged=(0, "dark")),
    Profile(Scan("holdout35", "rencana_aksi_bengkayang_2026", 240, False, 80, 1.1, fade=0.1,
                 specks=0.15, stamp=STAMP_RED, turned=((0, 180),))),
    Profile(Scan("holdout23", "renstra_bonebolango_2025_2029", 300, True, 80, 0.6, light=0.06,
                 stamp=STAMP_RED)),
)
