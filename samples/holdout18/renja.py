"""Renja 2026 of the Dinas Sosial Kabupaten Merauke as an agency files it after signing:
page 1 is the **digital** page, page 2 a **plain scan** of the printed page 2 (image
only, no text layer: 220 dpi grey JPEG, slight skew, toner fade and dust) — one table
running from the digital page onto the scanned one, the header repeated on the scan.

A fully ruled reportlab grid on A4 landscape, Liberation Sans 7 pt: "Kode | Program /
Kegiatan / Sub Kegiatan | Indikator Kinerja" then "Rencana Tahun 2026" over "Target |
Pagu Indikatif (Rp)" and "Prakiraan Maju Tahun 2027" over "Target | Kebutuhan Dana
(Rp)"; money ``783.242.000``. Items: urusan 1.06 of ``renja2023_kode`` (seed 001's names
and indicators with official codes). 2026 pagu = seed amount × 1.08, 2027 = × 1.15,
rounded to a thousand; programs and kegiatan are the sums of their sub kegiatan. Targets
are deterministic inventions.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from samples.blind import Built
from samples.curated import Curated
from samples.families import plan_items
from samples.holdout5 import data
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout18 import producers
from samples.holdout18.canvases import ScanCanvas
from samples.sample import DocumentTruth
from samples.scanned_holdout.profiles import Profile
from samples.values import dots

AGENCY = "Dinas Sosial"
REGION = "Kabupaten Merauke"
HEADING = ("RENCANA KERJA (RENJA) PERANGKAT DAERAH TAHUN 2026", "DINAS SOSIAL",
           "KABUPATEN MERAUKE")
CAPTION = ("Tabel 3.1 Rencana Program, Kegiatan dan Sub Kegiatan Tahun 2026 dan Prakiraan "
           "Maju Tahun 2027",)
YEARS = {"2026": 1.08, "2027": 1.15}
COLUMNS = ("level", "code", "name", "indikator", "target_2026", "budget_2026",
           "target_2027", "budget_2027")
STEM = "renja_merauke_2026"
SCANNED_PAGES = {2}
SCAN = Profile("holdout18", STEM, 220, False, 60, 0.7, fade=0.2, specks=0.3, light=0.1)


def _target(level: str, indikator: str, n: int, later: bool) -> str:
    """``85%``-style targets for programs and kegiatan, counts in the indicator's unit for
    sub kegiatan; the later year a little higher."""
    step = 1 if later else 0
    if level != data.SUB:
        return f"{(82 if level == 'program' else 86) + n % 4 * 2 + 2 * step}%"
    unit = data.satuan(indikator)
    count = n % 4 + 1 + step if unit == "Dokumen" else 15 + n * 7 % 60 + 5 * step
    return f"{count} {unit}"


def build() -> Built:
    """The document and its plan_items truth (one row per item per year)."""
    rows = data.yearly_rows("1.06", YEARS, _target)
    body = tuple((code, name, ind, t26, dots(int(b26)), t27, dots(int(b27)))
                 for _, code, name, ind, t26, b26, t27, b27 in rows)
    header = ((Head("Kode", rowspan=2), Head("Program / Kegiatan / Sub Kegiatan", rowspan=2),
               Head("Indikator Kinerja", rowspan=2), Head("Rencana Tahun 2026", colspan=2),
               Head("Prakiraan Maju Tahun 2027", colspan=2)),
              (Head("Target"), Head("Pagu Indikatif (Rp)"), Head("Target"),
               Head("Kebutuhan Dana (Rp)")))
    table = Table(header, (13, 34, 34, 9, 12, 9, 12), "lllcrcr", body,
                  bold=frozenset(i for i, r in enumerate(rows) if r[0] == "program"),
                  caption=CAPTION)
    doc = Document(STEM, Page(297, 210, "LiberationSans", 7, margin_mm=12,
                              page_numbers="{n}"),
                   HEADING, (table,),
                   ("Merauke, 22 Mei 2025", "KEPALA DINAS SOSIAL", "KABUPATEN MERAUKE", "",
                    "", "YOSEPHINA GEBZE, S.Sos., M.AP.", "Pembina Tingkat I",
                    "NIP. 19750309 200003 2 004"))
    info = DocumentTruth("renja", HEADING[0], AGENCY, REGION, None, 2026, 2026)
    curated = Curated(COLUMNS, tuple(rows))
    return doc, info, (("plan_items", plan_items(curated, {"2026": 2026, "2027": 2027})),)


def write(doc: Document, path: Path) -> int:
    """Page 1 digital, page 2 the scanned image only."""
    factory = partial(ScanCanvas, scans=producers.scans(doc, SCAN, SCANNED_PAGES),
                      text_layer=False)
    return producers.print_with(doc, path, factory)
