"""Renja 2026 of the Dinas Sosial Kabupaten Sumbawa Barat, drawn with reportlab
(``paper.Broken``): A4 portrait, Liberation Serif 7 pt, narrow text columns and a long
Lokasi list, so rows are tall, and a row crossing the page bottom **breaks mid-cell**:
its first lines end page n, its remaining lines (rest of the name, indicator, lokasi)
continue at the top of page n+1 under the repeated header, with no repeated code.

Columns: "Kode | Program / Kegiatan / Sub Kegiatan | Indikator Kinerja | Lokasi", the band
"Rencana Tahun 2026" over "Target | Pagu Indikatif (Rp)", "Sumber Dana", the band
"Prakiraan Maju Tahun 2027" over "Target | Kebutuhan Dana (Rp)"; ``1 … 9`` under the
header. Programs bold. Money ``1.091.349.000``.

Items: urusan 1.06 of ``renja2023_kode`` (``holdout5.data.yearly_rows``), pagu 2026 =
seed × 1.06, 2027 = × 1.12. **Invented**: targets, Lokasi, Sumber Dana, signatory.
"""

from __future__ import annotations

from samples.curated import Curated
from samples.families import PROGRAM, Row, plan_items
from samples.holdout5 import data
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout22.paper import Broken
from samples.sample import DocumentTruth
from samples.values import dots

AGENCY = "Dinas Sosial"
REGION = "Kabupaten Sumbawa Barat"
HEADING = ("RENCANA KERJA (RENJA) PERANGKAT DAERAH TAHUN 2026", AGENCY.upper(),
           REGION.upper())
LATER = None
"""Every page in the first page's geometry."""
YEARS = {"2026": 1.06, "2027": 1.12}
COLUMNS = ("level", "code", "name", "indikator", "target_2026", "budget_2026",
           "target_2027", "budget_2027", "lokasi")
KECAMATAN = ("Taliwang", "Brang Ene", "Brang Rea", "Seteluk", "Poto Tano", "Jereweh",
             "Maluk", "Sekongkang")


def _target(level: str, indikator: str, n: int, later: bool) -> str:
    """Whole percents for programs and kegiatan, counts in the indicator's unit for sub
    kegiatan; the forecast year a step higher."""
    step = 3 if later else 0
    if level != data.SUB:
        return f"{75 + n % 3 * 4 + step}%"
    return f"{12 + n * 11 % 70 + step} {data.satuan(indikator)}"


def _lokasi(level: str, n: int) -> str:
    """Sub kegiatan name the kecamatan they serve (a long list for most)."""
    if level != data.SUB:
        return ""
    if n % 4 == 0:
        return "Kabupaten Sumbawa Barat"
    return "Kecamatan " + ", ".join(KECAMATAN[: 3 + n % 6])


def _printed(n: int, row: tuple[str, ...]) -> tuple[str, ...]:
    level, code, name, indikator, target, pagu, later_t, later_p = row
    sub = level == data.SUB
    return (code, name, indikator, _lokasi(level, n), target, dots(int(pagu)),
            ("DAU" if n % 3 else "DAK Non Fisik") if sub else "", later_t, dots(int(later_p)))


def build() -> tuple[Document, DocumentTruth, tuple[tuple[str, list[Row]], ...]]:
    """The document and its plan_items truth (one row per item per year, the item's Lokasi
    on both); a row broken across pages is one row."""
    rows = data.yearly_rows("1.06", YEARS, _target)
    header = ((Head("Kode", rowspan=2), Head("Program / Kegiatan / Sub Kegiatan", rowspan=2),
               Head("Indikator Kinerja", rowspan=2), Head("Lokasi", rowspan=2),
               Head("Rencana Tahun 2026", colspan=2), Head("Sumber Dana", rowspan=2),
               Head("Prakiraan Maju Tahun 2027", colspan=2)),
              (Head("Target"), Head("Pagu Indikatif (Rp)"), Head("Target"),
               Head("Kebutuhan Dana (Rp)")))
    table = Table(header, (17, 22, 22, 14, 10, 14, 9, 10, 14), "llllcrccr",
                  tuple(_printed(n, r) for n, r in enumerate(rows)),
                  bold=frozenset(n for n, r in enumerate(rows) if r[0] == PROGRAM),
                  numbers=True,
                  caption=("Tabel 3.1 Rumusan Rencana Program dan Kegiatan Perangkat Daerah "
                           "Tahun 2026 dan Prakiraan Maju Tahun 2027",))
    doc = Document("renja_sumbawa_barat_2026",
                   Page(210, 297, "LiberationSerif", 7, margin_mm=15,
                        page_numbers="- {n} -"),
                   HEADING, (Broken(table),),
                   ("Taliwang, 22 Mei 2025", "KEPALA DINAS SOSIAL",
                    "KABUPATEN SUMBAWA BARAT", "", "", "H. SYAMSUL HADI, S.Sos., M.M.",
                    "Pembina Tingkat I", "NIP. 19740615 199903 1 005"))
    info = DocumentTruth("renja", HEADING[0], AGENCY, REGION, None, 2026, 2027)
    curated = Curated(COLUMNS, tuple((*r, _lokasi(r[0], n)) for n, r in enumerate(rows)))
    return doc, info, (("plan_items", plan_items(curated, {"2026": 2026, "2027": 2027})),)
