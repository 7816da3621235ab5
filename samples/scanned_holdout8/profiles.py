"""How each document of the eighth scanned holdout was "scanned": a colour office MFP.

Eight documents of the digital holdouts 41-46, none used by an earlier scanned set, one of
each holdout at least: one table without vertical rules (`iku_palopo_2027`, zebra rows)
and seven ruled grids, all four families (IKU 2, plan items 2, renstra targets 2,
rencana aksi 2), four renderers, 21 pages, every document of at most four pages. As in
the fifth to seventh sets nothing is harsh: an agency admin's scans at the MFP's defaults,
this time **all in colour** at 200, 240 or 300 dpi, JPEG quality 70-80, the feeder's skew
up to 1.5°, mild toner unevenness and dust, the signed and stamped last page, and an
ordinary run's slips: a page exposed a little dark, a page fed upside down, a page fed
crooked. The scanner is another model than the earlier sets' (`scanner.py`).

`Profile` is the sixth set's (the first set's scan settings, the misjudged page, the
crooked page) unchanged: what differs from set to set is the device, not the settings.
"""

from __future__ import annotations

from samples.scanned_holdout.ink import BGR, STAMP_RED
from samples.scanned_holdout.profiles import Profile as Scan
from samples.scanned_holdout6.profiles import Profile

STAMP_VIOLET: BGR = (0.80, 0.40, 0.50)  # blue-violet pad ink, as many agencies' stamps

PROFILES: tuple[Profile, ...] = (
    # No vertical rules (zebra rows, a hairline under each row).
    Profile(Scan("holdout41", "iku_palopo_2027", 240, True, 75, 1.2, fade=0.1, specks=0.1,
                 stamp=STAMP_VIOLET), crooked=2),
    # Ruled grids.
    Profile(Scan("holdout42", "renja_kotamobagu_2027", 200, True, 75, 1.5, light=0.06,
                 stamp=STAMP_RED, turned=((1, 180),))),
    Profile(Scan("holdout42", "renstra_kotamobagu_2025_2029", 300, True, 80, 0.8, fade=0.1,
                 stamp=STAMP_VIOLET)),
    Profile(Scan("holdout43", "renstra_muna_2025_2029", 300, True, 75, 1.0, specks=0.1,
                 stamp=STAMP_RED)),
    Profile(Scan("holdout44", "iku_kapuas_hulu_2026", 200, True, 75, 1.3, fade=0.12,
                 stamp=STAMP_VIOLET), misjudged=(1, "dark")),
    Profile(Scan("holdout44", "renstra_kapuas_hulu_2025_2029", 200, True, 70, 1.1, light=0.08,
                 specks=0.15, stamp=STAMP_RED)),
    Profile(Scan("holdout45", "rencana_aksi_tomohon_2026", 240, True, 80, 0.9, fade=0.1,
                 stamp=STAMP_VIOLET)),
    Profile(Scan("holdout46", "rencana_aksi_solok_selatan_2027", 240, True, 75, 1.4,
                 light=0.06, specks=0.1, stamp=STAMP_RED)),
)
