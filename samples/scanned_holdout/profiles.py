"""How each holdout document was "scanned": resolution, colour and the defects it picked up.

Chosen by hand so the set spans renderers (Chromium, LibreOffice Writer, LibreOffice Calc),
resolutions (200-300 dpi), colour and grey, and each defect appears in several documents in
different combinations. Strengths stay where a person still reads every number.
"""

from __future__ import annotations

from dataclasses import dataclass

from samples.scanned_holdout.degrade import Side
from samples.scanned_holdout.ink import BGR, STAMP_BLUE, STAMP_RED


@dataclass(frozen=True)
class Profile:
    """One document's scan settings; zero or None switches a defect off."""

    source: str  # holdout folder under samples/, e.g. "holdout2"
    stem: str
    dpi: int
    colour: bool
    quality: int  # JPEG quality
    skew_deg: float  # largest page skew; each page draws its own up to this
    keystone: float = 0.0  # top edge narrower by this fraction of the width
    curl_mm: float = 0.0
    stroke_mm: float = 0.0  # > 0 thicker strokes, < 0 thinner
    fade: float = 0.0  # toner fade strength, 0..0.5
    copier: bool = False  # hard photocopier tone curve
    specks: float = 0.0  # dust specks per cm2
    light: float = 0.0  # lamp fall-off strength
    holes: Side | None = None
    border: Side | None = None
    stamp: BGR | None = None  # stamp and signature on the last page
    turned: tuple[tuple[int, int], ...] = ()  # (page index, degrees counter-clockwise)


PROFILES: tuple[Profile, ...] = (
    Profile("holdout", "holdout_rencana_aksi_malang", 300, False, 60, 1.2, copier=True,
            stroke_mm=0.08, specks=0.4, holes="top", stamp=STAMP_BLUE, turned=((2, 180),)),
    Profile("holdout", "holdout_renja_malang", 240, True, 70, 2.4, keystone=0.012, light=0.15,
            border="right", stamp=STAMP_BLUE),
    Profile("holdout", "holdout_renstra_batu", 200, False, 75, 0.6, curl_mm=3.0, fade=0.35,
            specks=0.3, stamp=STAMP_RED),
    Profile("holdout2", "iku_situbondo_2024", 250, False, 55, 1.8, stroke_mm=-0.06, light=0.12,
            specks=0.4, holes="left"),
    Profile("holdout2", "rencana_aksi_madiun_2025", 300, True, 65, 1.0, curl_mm=4.0, light=0.18,
            stamp=STAMP_RED),
    Profile("holdout2", "renja_banyuwangi_2024", 220, True, 60, 2.2, keystone=0.015, fade=0.3,
            border="left", turned=((1, 90),)),
    Profile("holdout2", "renstra_jember_2021_2026", 275, False, 50, 1.5, copier=True,
            stroke_mm=0.1, specks=0.5, stamp=STAMP_BLUE),
    Profile("holdout3", "evaluasi_renja_pasuruan_2024", 200, False, 70, 0.8, fade=0.4, light=0.1,
            holes="top"),
    Profile("holdout3", "rencana_aksi_sidoarjo_2025", 260, True, 60, 1.5, keystone=0.01,
            border="bottom", stamp=STAMP_BLUE),
    Profile("holdout3", "renstra_iku_kediri_2021_2026", 300, False, 55, 2.5, curl_mm=5.0,
            stroke_mm=-0.05, specks=0.5, stamp=STAMP_RED),
    Profile("holdout3", "renstra_tc27_lumajang_2021_2026", 240, True, 75, 2.0, copier=True,
            light=0.2, holes="left"),
    Profile("holdout4", "iku_banyumas_2024", 200, True, 65, 1.2, curl_mm=3.0, fade=0.25,
            specks=0.3, stamp=STAMP_BLUE),
    Profile("holdout4", "renja_kediri_2024", 300, False, 50, 1.0, keystone=0.02, stroke_mm=0.06,
            light=0.15, border="top", stamp=STAMP_RED),
    Profile("holdout4", "renstra_gresik_2021_2026", 250, True, 55, 2.3, copier=True, specks=0.5,
            holes="left", stamp=STAMP_RED),
)
