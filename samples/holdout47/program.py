"""Renstra 2025–2029 of the Dinas Sosial Kabupaten Buleleng, chapter VI "Tabel 6.1 Rencana
Program, Kegiatan dan Pendanaan Perangkat Daerah" (the T-C.27 form of Permendagri 86/2017),
typed in Word and exported by LibreOffice Writer (``holdout40.word``: "Table Grid", grey
header rows and the ``1 … 18`` row repeated on every page, rows allowed to break across
pages as Word leaves them by default, PAGE field footer), F4 landscape, **Times New Roman**
(→ Liberation Serif) 6.5 pt.

Columns: Kode | Program, Kegiatan dan Sub Kegiatan | Indikator Kinerja Program (Outcome) /
Kegiatan (Output) / Sub Kegiatan | Data Capaian pada Tahun Awal Perencanaan (2024) | band
"Target Kinerja Program dan Kerangka Pendanaan" over "Tahun 2025" … "Tahun 2029" each over
Target | Rp | "Kondisi Kinerja pada Akhir Periode Renstra Perangkat Daerah" (Target | Rp) |
Unit Kerja Perangkat Daerah Penanggung Jawab | Lokasi; programs bold.

Data: ``plan.plan()``. **Invented**: Kondisi Akhir (the 2029 target, the five-year total),
Unit Kerja (``agency.unit_of``), Lokasi (the regency), prose, signatory.
"""

from __future__ import annotations

from samples.blind import Built
from samples.curated import Curated
from samples.families import PROGRAM, plan_items
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout45.plan import Item
from samples.holdout47.agency import AGENCY, REGION, signature, unit_of
from samples.holdout47.plan import BASELINE, YEARS, plan
from samples.sample import DocumentTruth
from samples.values import dots

STEM = "renstra_program_buleleng_2025_2029"
HEADING = ("RENCANA STRATEGIS (RENSTRA)", "TAHUN 2025-2029", AGENCY.upper(), REGION.upper())
HEADER_WORD = "Pendanaan"
"""A word of the header Writer repeats on every page (checked by ``check``)."""
COLUMNS = ("level", "code", "name", "indikator",
           *(f"{k}_{y}" for y in YEARS for k in ("target", "budget")), "lokasi")


def _printed(item: Item) -> tuple[str, ...]:
    """The row as printed: the 2024 capaian, each plan year's target and pagu, the 2029
    target with the five-year total, the unit and the regency as lokasi."""
    years = (c for y in YEARS for c in (item.targets[y], dots(item.pagu[y])))
    return (item.code, item.name, item.indikator, item.targets[BASELINE], *years,
            item.targets[YEARS[-1]], dots(sum(item.pagu[y] for y in YEARS)),
            unit_of(item.code), REGION)


def build() -> Built:
    """The document and its plan_items truth (one row per item per plan year; the 2024
    and Kondisi Akhir columns are no plan year)."""
    items = plan()
    header = ((Head("Kode", rowspan=3), Head("Program, Kegiatan dan Sub Kegiatan", rowspan=3),
               Head("Indikator Kinerja Program (Outcome) / Kegiatan (Output) / Sub Kegiatan",
                    rowspan=3),
               Head("Data Capaian pada Tahun Awal Perencanaan (2024)", rowspan=3),
               Head("Target Kinerja Program dan Kerangka Pendanaan", colspan=10),
               Head("Kondisi Kinerja pada Akhir Periode Renstra Perangkat Daerah", rowspan=2,
                    colspan=2),
               Head("Unit Kerja Perangkat Daerah Penanggung Jawab", rowspan=3),
               Head("Lokasi", rowspan=3)),
              tuple(Head(f"Tahun {y}", colspan=2) for y in YEARS),
              tuple(Head(t) for _ in range(len(YEARS) + 1) for t in ("Target", "Rp")))
    table = Table(header, (19, 19, 20, 13, *(9, 13) * 6, 15, 12),
                  "lllc" + "cr" * 6 + "ll", tuple(_printed(i) for i in items),
                  bold=frozenset(n for n, i in enumerate(items) if i.level == PROGRAM),
                  numbers=True,
                  caption=("Tabel 6.1", "Rencana Program, Kegiatan dan Pendanaan Perangkat "
                           "Daerah Dinas Sosial Kabupaten Buleleng Tahun 2025-2029"))
    prose = ("Rencana program, kegiatan dan sub kegiatan beserta indikator kinerja, target "
             "dan pagu indikatif Dinas Sosial Kabupaten Buleleng disusun berdasarkan "
             "Permendagri Nomor 90 Tahun 2019 beserta pemutakhirannya dan disajikan pada "
             "tabel berikut. Pagu indikatif tahun 2026-2029 akan disesuaikan setiap tahun "
             "melalui Renja Perangkat Daerah.")
    doc = Document(STEM, Page(330, 215, "Times New Roman", 6.5, margin_mm=15,
                              page_numbers="Halaman {n}"),
                   HEADING, ("BAB VI", "RENCANA PROGRAM DAN KEGIATAN SERTA PENDANAAN", prose,
                             table), signature("14 Maret 2025"))
    rows = tuple((i.level, i.code, i.name, i.indikator,
                  *(c for y in YEARS for c in (i.targets[y], str(i.pagu[y]))), REGION)
                 for i in items)
    truth = plan_items(Curated(COLUMNS, rows), {str(y): y for y in YEARS})
    info = DocumentTruth("renstra", " ".join(HEADING[:2]), AGENCY, REGION, None, 2025, 2029)
    return doc, info, (("plan_items", truth),)
