"""Renja 2026 of the provincial Dinas P3AP2KB, typed in Word by the planning subbagian in the
Permendagri 86/2017 form (Times New Roman → Liberation Serif 7 pt, F4 landscape), printed
by LibreOffice Writer with Word's "Table Grid" (``holdout15.word``).

Columns: "Kode | Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/Sub
Kegiatan | Indikator Kinerja Program/Kegiatan/Sub Kegiatan", the band "Rencana Tahun 2026"
over "Lokasi | Target Capaian Kinerja | Pagu Indikatif | Sumber Dana", "Catatan Penting"
(empty), the band "Prakiraan Maju Rencana Tahun 2027" over "Target Capaian Kinerja |
Kebutuhan Dana/Pagu Indikatif"; column numbers ``1 … 10``. A bidang urusan row (2.08, no
amounts) opens the table; programs bold. Money with "Rp" (``Rp 1.091.349.000``).

Items: urusan 2.08 of ``renja2023_kode`` (``holdout5.data.yearly_rows``, spellings kept:
"Pelebagaan"), pagu 2026 = seed × 1.04, 2027 = × 1.09. **Invented**: targets, Lokasi,
Sumber Dana.
"""

from __future__ import annotations

from samples.blind import Built
from samples.curated import Curated
from samples.families import PROGRAM, plan_items
from samples.holdout5 import data
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout24.agency import AGENCY, HEADING, REGION, SIGN
from samples.sample import DocumentTruth
from samples.values import dots

TITLE = "RENCANA KERJA (RENJA) PERANGKAT DAERAH TAHUN 2026"
YEARS = {"2026": 1.04, "2027": 1.09}
COLUMNS = ("level", "code", "name", "indikator", "target_2026", "budget_2026",
           "target_2027", "budget_2027", "lokasi")
URUSAN = ("", "2.08", "URUSAN PEMERINTAHAN BIDANG PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN "
          "ANAK", "", "", "", "", "", "")
KABUPATEN = ("Kota Tarakan", "Kab. Bulungan", "Kab. Malinau", "Kab. Nunukan",
             "Kab. Tana Tidung")


def _target(level: str, indikator: str, n: int, later: bool) -> str:
    """Percents for programs and kegiatan, counts in the indicator's unit for sub kegiatan."""
    step = 2 if later else 0
    if level != data.SUB:
        return f"{80 + n % 4 * 3 + step}%"
    return f"{8 + n * 7 % 40 + step} {data.satuan(indikator)}"


def _lokasi(level: str, n: int) -> str:
    """Sub kegiatan name where they run; programs and kegiatan print no lokasi."""
    if level != data.SUB:
        return ""
    return "Provinsi Kalimantan Utara" if n % 3 == 0 else ", ".join(KABUPATEN[: 2 + n % 4])


def _rp(amount: str) -> str:
    return f"Rp {dots(int(amount))}" if amount else ""


def _printed(n: int, row: tuple[str, ...]) -> tuple[str, ...]:
    level, code, name, indikator, target, pagu, later_t, later_p, lokasi = row
    return (code, name, indikator, lokasi, target, _rp(pagu),
            "APBD Provinsi" if level == data.SUB else "", "", later_t, _rp(later_p))


def build() -> Built:
    """The document and its plan_items truth (one row per item per year; the urusan row
    counts in ``row_no`` but is no item)."""
    rows = [URUSAN] + [(*r, _lokasi(r[0], n))
                       for n, r in enumerate(data.yearly_rows("2.08", YEARS, _target))]
    header = ((Head("Kode", rowspan=2),
               Head("Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/Sub "
                    "Kegiatan", rowspan=2),
               Head("Indikator Kinerja Program/Kegiatan/Sub Kegiatan", rowspan=2),
               Head("Rencana Tahun 2026", colspan=4), Head("Catatan Penting", rowspan=2),
               Head("Prakiraan Maju Rencana Tahun 2027", colspan=2)),
              (Head("Lokasi"), Head("Target Capaian Kinerja"), Head("Pagu Indikatif"),
               Head("Sumber Dana"), Head("Target Capaian Kinerja"),
               Head("Kebutuhan Dana/Pagu Indikatif")))
    table = Table(header, (9, 20, 20, 11, 7, 10, 6.5, 5.5, 7, 10), "lllllcrlcr",
                  tuple(_printed(n, r) for n, r in enumerate(rows)),
                  bold=frozenset(n for n, r in enumerate(rows) if r[0] in ("", PROGRAM)),
                  numbers=True,
                  caption=("Tabel 3.1",
                           "Rencana Program, Kegiatan dan Sub Kegiatan Tahun 2026 dan "
                           "Prakiraan Maju Tahun 2027"))
    doc = Document("renja_kaltara_2026",
                   Page(330, 215, "Times New Roman", 7, margin_mm=12,
                        page_numbers="Halaman {n}"),
                   (TITLE, *HEADING), (table,),
                   ("Tanjung Selor, 12 Juni 2025", *SIGN))
    info = DocumentTruth("renja", TITLE, AGENCY, REGION, None, 2026, 2027)
    curated = Curated(COLUMNS, tuple(rows))
    return doc, info, (("plan_items", plan_items(curated, {"2026": 2026, "2027": 2027})),)
