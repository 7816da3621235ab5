"""Renstra 2025–2029 of the DP3A Kota Tomohon, "Tabel 6.1 Rencana Program, Kegiatan dan
Pendanaan" (the T-C.27 form of Permendagri 86/2017), printed by headless Chromium
(``holdout26.web``: hairline grid, header and ``1 … 18`` (``column_numbers``) repeated by
the browser on every page, "Halaman n" footer), F4 landscape, **Times New Roman (→ Liberation
Serif) 5.6 pt**.

Columns as the form prints them: Kode | Program, Kegiatan dan Sub Kegiatan |
Indikator Kinerja Program (Outcome) / Kegiatan (Output) | Data Capaian pada Tahun Awal
Perencanaan | band "Target Kinerja Program dan Kerangka Pendanaan" over "Tahun 2025" …
"Tahun 2029" each over Target | Rp | "Kondisi Kinerja pada Akhir Periode Renstra PD"
(Target | Rp) | Unit Kerja PD Penanggung Jawab | Lokasi (PD for Perangkat Daerah, as many
regions abbreviate it); programs bold.

Data: ``plan.plan()``. **Invented**: Unit Kerja, Lokasi, prose, signatory.
"""

from __future__ import annotations

from samples.blind import Built
from samples.curated import Curated
from samples.families import PROGRAM, plan_items
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout45.agency import AGENCY, REGION, signature, unit_kerja
from samples.holdout45.column_numbers import number_row
from samples.holdout45.plan import BASELINE, GROWTH, Item, plan
from samples.sample import DocumentTruth
from samples.values import dots

STEM = "renstra_tomohon_2025_2029"
HEADING = ("RENCANA STRATEGIS PERANGKAT DAERAH", "TAHUN 2025-2029", AGENCY.upper(),
           REGION.upper())
HEADER_WORD = "Pendanaan"
"""A word of the header the browser repeats on every page (checked by ``check``)."""
COLUMNS = ("level", "code", "name", "indikator",
           *(f"{k}_{y}" for y in GROWTH for k in ("target", "budget")), "lokasi")


def _printed(item: Item) -> tuple[str, ...]:
    """The row as printed: the baseline, each year's target and pagu, the 2029 target with
    the five-year total."""
    years = (c for y in GROWTH for c in (item.targets[y], dots(item.pagu[y])))
    return (item.code, item.name, item.indikator, item.targets[BASELINE], *years,
            item.targets[max(GROWTH)], dots(sum(item.pagu.values())),
            unit_kerja(item.code), REGION)


def build() -> Built:
    """The document and its plan_items truth (one row per item per plan year; the
    baseline and Kondisi Akhir columns are no plan year)."""
    items = plan()
    header = ((Head("Kode", rowspan=3),
               Head("Program, Kegiatan dan Sub Kegiatan", rowspan=3),
               Head("Indikator Kinerja Program (Outcome) / Kegiatan (Output)", rowspan=3),
               Head("Data Capaian pada Tahun Awal Perencanaan", rowspan=3),
               Head("Target Kinerja Program dan Kerangka Pendanaan", colspan=10),
               Head("Kondisi Kinerja pada Akhir Periode Renstra PD", rowspan=2, colspan=2),
               Head("Unit Kerja PD Penanggung Jawab", rowspan=3),
               Head("Lokasi", rowspan=3)),
              tuple(Head(f"Tahun {y}", colspan=2) for y in GROWTH),
              tuple(Head(t) for _ in range(len(GROWTH) + 1) for t in ("Target", "Rp")),
              number_row(18))
    table = Table(header, (14, 25, 25, 12, *(10, 11.5) * 6, 12, 9),
                  "lllc" + "cr" * 6 + "cc", tuple(_printed(i) for i in items),
                  bold=frozenset(n for n, i in enumerate(items) if i.level == PROGRAM),
                  caption=("Tabel 6.1 Rencana Program, Kegiatan dan Pendanaan Dinas "
                           "Pemberdayaan Perempuan dan Perlindungan Anak Kota Tomohon "
                           "Tahun 2025-2029",))
    prose = ("Rencana program dan kegiatan disusun untuk mencapai sasaran Renstra Perangkat "
             "Daerah dan mendukung sasaran RPJMD Kota Tomohon Tahun 2025-2029. Pagu "
             "indikatif tahun 2026-2029 merupakan proyeksi yang disesuaikan setiap tahun "
             "dalam Renja Perangkat Daerah.")
    doc = Document(STEM, Page(330, 215, "LiberationSerif", 5.6, margin_mm=10,
                              page_numbers="Halaman {n}"),
                   HEADING, ("BAB VI", "RENCANA PROGRAM DAN KEGIATAN SERTA PENDANAAN",
                             prose, table), signature("10 Maret 2025"))
    rows = tuple((i.level, i.code, i.name, i.indikator,
                  *(c for y in GROWTH for c in (i.targets[y], str(i.pagu[y]))), REGION)
                 for i in items)
    truth = plan_items(Curated(COLUMNS, rows), {str(y): y for y in GROWTH})
    info = DocumentTruth("renstra", " ".join(HEADING[:2]), AGENCY, REGION, None, 2025, 2029)
    return doc, info, (("plan_items", truth),)
