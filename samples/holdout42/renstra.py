"""Renstra 2025-2029 of the Dinas Sosial Kota Kotamobagu, "Tabel T-C.28 Indikator Kinerja
Perangkat Daerah yang Mengacu pada Tujuan dan Sasaran RPJMD", printed by headless Chromium
in this set's Excel look (``web``), A4 landscape, Liberation Sans Narrow 7 pt.

Columns: No | Tujuan | Sasaran | Indikator Kinerja | Satuan | Kondisi Kinerja pada Awal
Periode RPJMD (2024) | band "Target Capaian Setiap Tahun" over 2025 … 2029 | Kondisi Kinerja
pada Akhir Periode RPJMD (2029); No and Tujuan merged over their indicators.

What is new here: besides numbers under a Satuan, targets that are **not one number**: a
**ceiling** (``≤ 5`` Temuan), a **range** (``80 - 82`` %), an **AKIP letter grade**
(``BB``, ``A``) and a **category word** (``Baik``, ``Sangat Baik``).

Data: seed 002's Tabel 4.3 (``renstra_t43``) in holdout23's Satuan form
(``holdout23.seed.targets``), seed years 2020-2024 as 2025-2029 and 2019 as Kondisi Awal.
**Invented**: the third tujuan (tata kelola) with its four indicators (``GOVERNANCE``),
signatory.
"""

from __future__ import annotations

from samples.blind import Built
from samples.curated import MERGED, Curated
from samples.families import Row, renstra_targets
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout23.seed import COLUMNS, plan_years, targets
from samples.holdout42.agency import AGENCY, REGION, signature
from samples.holdout42.narrow import FACE
from samples.sample import DocumentTruth
from samples.values import parse_number

STEM = "renstra_kotamobagu_2025_2029"
HEADING = ("RENCANA STRATEGIS (RENSTRA)", "TAHUN 2025-2029", AGENCY.upper(), REGION.upper())
YEARS = plan_years(2025)
CEILING = "≤ "
"""A ceiling target ("≤ 5"): the sign is printed, the number is the value."""
TUJUAN = "Meningkatnya Tata Kelola Pemerintahan yang Akuntabel pada Dinas Sosial"
SASARAN = "Meningkatnya akuntabilitas kinerja dan kualitas pelayanan publik"
GOVERNANCE = (
    ("3", TUJUAN, "", "Nilai Akuntabilitas Kinerja Instansi Pemerintah (AKIP) Dinas Sosial",
     "Predikat", "B", "BB", "BB", "BB", "A", "A", "A"),
    (MERGED, MERGED, SASARAN, "Indeks Kepuasan Masyarakat terhadap Layanan Dinas Sosial",
     "Kategori", "Baik", "Baik", "Baik", "Baik", "Sangat Baik", "Sangat Baik", "Sangat Baik"),
    (MERGED, MERGED, MERGED, "Persentase Bantuan Sosial yang Disalurkan Tepat Waktu", "%",
     "78", "80 - 82", "82 - 84", "84 - 86", "86 - 88", "88 - 90", "88 - 90"),
    (MERGED, MERGED, MERGED, "Jumlah Temuan Berulang Hasil Pemeriksaan Inspektorat",
     "Temuan", "7", "≤ 5", "≤ 5", "≤ 4", "≤ 3", "≤ 3", "≤ 3"),
)
"""The invented tata kelola tujuan, in ``holdout23.seed.COLUMNS`` order."""


def _data() -> Curated:
    seed = targets("renstra_t43")
    return Curated(COLUMNS, (*seed.rows, *GOVERNANCE))


def _ceilings(truth: list[Row]) -> list[Row]:
    """A ceiling keeps its sign in ``target_raw``; its value is the number after the sign
    (a range or a word keeps none)."""
    return [row | {"target_value": _ceiling_value(str(row["target_raw"]), row["target_value"])}
            for row in truth]


def _ceiling_value(raw: str, parsed: object) -> object:
    before, sign, number = raw.partition(CEILING)
    return parse_number(number) if sign and not before else parsed


def build() -> Built:
    """The document and its renstra_targets truth (one row per indicator per plan year;
    Kondisi Awal and Kondisi Akhir give none)."""
    data = _data()
    header = ((Head("No", rowspan=2), Head("Tujuan", rowspan=2), Head("Sasaran", rowspan=2),
               Head("Indikator Kinerja", rowspan=2), Head("Satuan", rowspan=2),
               Head("Kondisi Kinerja pada Awal Periode RPJMD (2024)", rowspan=2),
               Head("Target Capaian Setiap Tahun", colspan=5),
               Head("Kondisi Kinerja pada Akhir Periode RPJMD (2029)", rowspan=2)),
              tuple(Head(str(y)) for y in YEARS.values()))
    table = Table(header, (22, 95, 105, 120, 40, 52, *(40,) * 5, 52), "clllcc" + "c" * 6,
                  data.rows,
                  caption=("Tabel T-C.28",
                           "Indikator Kinerja Perangkat Daerah yang Mengacu pada Tujuan dan "
                           "Sasaran RPJMD"))
    doc = Document(STEM, Page(297, 210, FACE, 7, margin_mm=15, page_numbers="Halaman {n}"),
                   HEADING, (table,), signature("12 Mei 2025"))
    info = DocumentTruth("renstra", " ".join(HEADING[:2]), AGENCY, REGION, None, 2025, 2029)
    truth = _ceilings(renstra_targets(data, YEARS))
    return doc, info, (("renstra_targets", truth),)
