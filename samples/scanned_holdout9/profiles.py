"""How each document of the ninth scanned holdout was copied and scanned.

Eight documents of the digital holdouts that no earlier scanned set used (checked against
the truth folders of the eight earlier sets), holdout47 (Kab. Buleleng, never scanned)
among them: all four families (IKU 2, Renja / evaluasi 2, Renstra 2, Rencana Aksi 2),
every document of at most four pages and scanned whole, 24 pages. The common case of a
**photocopied printout** scanned in greyscale at the office MFP's defaults: 200, 240 or
300 dpi, JPEG quality 65-75, the feeder's skew up to 1.5°, light speckle, one sheet laid
at 2.5°, one landscape sheet fed turned 90°, a ballpoint tick and note on one page, a grey
stamp over the last rows of one document. Strengths stay where a person reads every
character without effort.

`scan` reuses the first set's `Profile` for what its `scan_page` models on the copy
(resolution, JPEG quality, skew, speckle, lamp, turned pages); its stroke, fade, copier,
holes and stamp stay off, since this set's copier and marks do those on the sheet.
"""

from __future__ import annotations

from dataclasses import dataclass

from samples.scanned_holdout.degrade import Side
from samples.scanned_holdout.ink import BGR, STAMP_BLUE
from samples.scanned_holdout.profiles import Profile as Scan

CROOKED_DEG = 2.5  # the one sheet laid on the feeder at a slant


@dataclass(frozen=True)
class Profile:
    """The first set's scan settings plus what the photocopy and its reader added."""

    scan: Scan
    band: Side  # the margin the copier's grey edge band runs along
    holes: Side | None = None  # punched printout: hole shadows in this margin, every page
    crooked: int | None = None  # page index laid at CROOKED_DEG, either way
    pen: int | None = None  # page index with a ballpoint tick and margin note
    stamp: BGR | None = None  # pad ink of the stamp over the last page's last rows

    @property
    def stem(self) -> str:
        """The holdout stem, kept as this set's stem."""
        return self.scan.stem


PROFILES: tuple[Profile, ...] = (
    Profile(Scan("holdout47", "renstra_program_buleleng_2025_2029", 200, False, 70, 1.2,
                 specks=0.1), "left", holes="left", pen=1),
    Profile(Scan("holdout18", "renstra_enrekang_2025_2029", 300, False, 75, 1.0, specks=0.1,
                 light=0.05), "top", crooked=0),
    Profile(Scan("holdout7", "iku_kupang_2026", 200, False, 65, 1.5, specks=0.15),
            "right", holes="left"),
    Profile(Scan("holdout17", "iku_lubuklinggau_2024", 200, False, 70, 1.3, specks=0.1),
            "bottom"),
    Profile(Scan("holdout21", "renja_evaluasi_blora_2025", 200, False, 65, 0.9, specks=0.1,
                 light=0.06), "right", holes="top"),
    Profile(Scan("holdout17", "renja_sragen_2025", 240, False, 70, 1.1, specks=0.1,
                 turned=((1, 90),)), "left"),
    Profile(Scan("holdout32", "rencana_aksi_ketapang_2026", 300, False, 75, 0.8, specks=0.1),
            "top", stamp=STAMP_BLUE),
    Profile(Scan("holdout25", "rencana_aksi_tanahlaut_2026", 200, False, 70, 1.4,
                 specks=0.15), "left", holes="left"),
)
