"""How each document of the third scanned holdout was "scanned".

Ten documents of the digital holdouts 12-33, none used by an earlier scanned set: four
tables without vertical rules (an outer frame only, rules between rows only, header rules
only, no rules) and six ruled grids, all four families, at most four pages each. Settings
were picked by hand, apart from `samples/scan.py` and the earlier scanned sets, for what
those never did: 150 dpi, black-and-white (fax) mode, a phone photograph, and marks and
defects an agency's copy picks up on the desk (see `marks.py`, `capture.py`). Strengths
stay where a person still reads every number.

`scan` reuses the first set's `Profile` for what its `scan_page` models (resolution,
colour, JPEG quality, skew, copy / glass defects, stamp and signature); skew stays low
here so this set's own defects carry the difficulty.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from samples.scanned_holdout.ink import BGR, STAMP_BLUE, STAMP_RED
from samples.scanned_holdout.profiles import Profile as Scan
from samples.scanned_holdout3.marks import HIGHLIGHT_GREEN, HIGHLIGHT_YELLOW

Capture = Literal["scanner", "fax", "phone"]
TILT_DEG = 3.0  # the largest skew the readers promise to straighten


@dataclass(frozen=True)
class Profile:
    """One document's scan: the first set's settings plus this set's own defects."""

    scan: Scan
    capture: Capture = "scanner"
    halftone_lpi: float = 0.0  # the copy scanned was a copier's dot-screened copy
    stapled: bool = False  # staple and binding shadow on every page
    marked: int = 0  # page index that gets the hand marks below
    highlight: BGR | None = None  # highlighter colour over one table row
    pen: bool = False  # ticks beside rows and a note in the margin
    coffee: bool = False  # ring stain over the table
    clip: bool = False  # paper clip over the top edge
    tilted: tuple[int, ...] = ()  # page indexes laid on the glass at TILT_DEG

    @property
    def stem(self) -> str:
        """The holdout stem, kept as this set's stem."""
        return self.scan.stem


PROFILES: tuple[Profile, ...] = (
    # Tables without vertical rules.
    Profile(Scan("holdout29", "rencana_aksi_tanjungpinang_2027", 300, True, 55, 0.6,
                 light=0.1, stamp=STAMP_BLUE), stapled=True, highlight=HIGHLIGHT_YELLOW,
            pen=True),
    Profile(Scan("holdout31", "rencana_aksi_perubahan_payakumbuh_2026", 200, False, 70, 0.8,
                 specks=0.2), capture="fax", stapled=True, marked=1, pen=True),
    Profile(Scan("holdout13", "rencana_aksi_wonosobo_2026", 300, True, 60, 0.5, light=0.08,
                 stamp=STAMP_RED), highlight=HIGHLIGHT_GREEN, coffee=True, marked=1),
    Profile(Scan("holdout24", "renstra_kaltara_2025_2029", 200, True, 70, 0.0,
                 stamp=STAMP_BLUE), capture="phone", highlight=HIGHLIGHT_YELLOW),
    # Ruled grids.
    Profile(Scan("holdout20", "iku_tabanan_2027", 300, False, 55, 0.7, specks=0.15),
            halftone_lpi=85, highlight=HIGHLIGHT_YELLOW, marked=1, clip=True),
    Profile(Scan("holdout19", "iku_sorong_2026", 150, False, 70, 0.0, light=0.1),
            stapled=True, coffee=True, tilted=(1,)),
    Profile(Scan("holdout33", "iku_temanggung_2027", 150, False, 65, 0.9, fade=0.2,
                 stamp=STAMP_RED), clip=True, pen=True),
    Profile(Scan("holdout19", "renja_kebumen_2026", 150, False, 70, 0.6, specks=0.2),
            halftone_lpi=70, pen=True, marked=1),
    Profile(Scan("holdout32", "renstra_banggai_2025_2029", 300, False, 50, 0.0,
                 stamp=STAMP_BLUE), clip=True, coffee=True, tilted=(1,)),
    Profile(Scan("holdout23", "renstra_tc25_bukittinggi_2025_2029", 200, False, 70, 0.7,
                 stroke_mm=0.05), capture="fax", pen=True, stapled=True),
)
