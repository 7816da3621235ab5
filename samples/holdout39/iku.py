"""Penetapan Indikator Kinerja Utama (IKU) 2025-2029, the lampiran of a Kepala Dinas's
decree, drawn with reportlab (``holdout6.draw``, full grid) on **A4 portrait** in
**Times-Roman 8 pt** (base-14, not embedded; ``times``).

Columns: No | Sasaran Strategis | Indikator Kinerja Utama | **Penjelasan / Formula** |
**Sumber Data** | Satuan | Kondisi Awal (2024) | band "Target Kinerja" over 2025 … 2029.
Each **tujuan is a bold band row** spanning the whole table ("Tujuan 1 : …") above its
indicators, not a column; sasaran cells are merged over their indicators, and a tujuan's
own indicator (no sasaran) has a blank sasaran cell. Numbers ``1.1``, ``2.3`` …

Data: seed 002's Tabel 4.4 in holdout23's Satuan form (``holdout23.seed.targets``:
targets bare with a decimal comma under their Satuan), seed years 2020-2024 as plan
years 2025-2029 and 2019 as Kondisi Awal. "Kategori Kota Layak Anak" reads "Kabupaten"
here (a regency's indicator). **Invented**: Penjelasan / Formula, Sumber Data, numbering,
decree wording, signatory.
"""

from __future__ import annotations

from samples.blind import Built
from samples.curated import MERGED, Curated
from samples.families import renstra_targets
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout23.seed import PLAN, plan_years, targets
from samples.holdout39 import times
from samples.holdout39.agency import AGENCY, REGION, signature
from samples.sample import DocumentTruth

HEADING = ("INDIKATOR KINERJA UTAMA (IKU)", "TAHUN 2025-2029", AGENCY.upper(), REGION.upper())
YEARS = plan_years(2025)
RENAMED = {"Kategori Kota Layak Anak": "Kategori Kabupaten Layak Anak"}
EXPLAINED = (
    ("(Jumlah PMKS tahun berjalan / Jumlah penduduk) x 100%; makin kecil makin baik",
     "DTKS dan SIKS-NG"),
    ("(Jumlah PMKS yang terpenuhi kebutuhan dasarnya / Jumlah PMKS) x 100%",
     "Laporan Bidang Rehabilitasi Sosial"),
    ("Indeks komposit keterlibatan perempuan di parlemen, manajerial dan sumbangan "
     "pendapatan", "BPS Kabupaten Timor Tengah Selatan"),
    ("Hasil evaluasi pelaksanaan Pengarusutamaan Gender (APE) oleh Kementerian PPPA",
     "Laporan Evaluasi APE"),
    ("(Jumlah kasus kekerasan yang tertangani / Jumlah kasus kekerasan yang dilaporkan) "
     "x 100%", "SIMFONI PPA dan UPTD PPA"),
    ("Predikat hasil evaluasi Kabupaten Layak Anak oleh Kementerian PPPA",
     "Laporan Evaluasi KLA"),
)
"""Per indicator, in seed order: (Penjelasan / Formula, Sumber Data); no contract column."""


def _seed() -> Curated:
    """The seed table in this set's wording (one indicator renamed)."""
    seed = targets("renstra_t44")
    at = seed.column("indikator")
    rows = tuple((*row[:at], RENAMED.get(row[at], row[at]), *row[at + 1:])
                 for row in seed.rows)
    return Curated(seed.columns, rows)


def _body(data: Curated) -> tuple[tuple[str, ...], ...]:
    """Printed rows: a band row per tujuan, then its indicators numbered ``t.i``."""
    body, tujuan, number = [], 0, 0
    for raw, row, (formula, sumber) in zip(data.rows, data.filled(), EXPLAINED, strict=True):
        if raw[data.column("tujuan")] != MERGED:
            tujuan, number = tujuan + 1, 0
            body.append((f"Tujuan {tujuan} : {row['tujuan']}", *("<",) * 11))
        number += 1
        body.append((f"{tujuan}.{number}", raw[data.column("sasaran")], row["indikator"],
                     formula, sumber, row["satuan"], row["awal"], *(row[k] for k in PLAN)))
    return tuple(body)


def build() -> Built:
    """The document and its renstra_targets truth (tujuan from the band rows, sasaran
    filled down within a tujuan, one row per indicator per plan year)."""
    data = _seed()
    body = _body(data)
    header = ((Head("No", rowspan=2), Head("Sasaran Strategis", rowspan=2),
               Head("Indikator Kinerja Utama", rowspan=2),
               Head("Penjelasan / Formula", rowspan=2), Head("Sumber Data", rowspan=2),
               Head("Satuan", rowspan=2), Head("Kondisi Awal (2024)", rowspan=2),
               Head("Target Kinerja", colspan=5)),
              tuple(Head(str(y)) for y in YEARS.values()))
    table = Table(header, (7, 25, 27, 28, 20, 13, 11, *(10,) * 5), "c" + "l" * 4 + "c" * 7,
                  body, bold=frozenset(n for n, r in enumerate(body) if r[1] == "<"),
                  caption=("Indikator Kinerja Utama Dinas Sosial, Pemberdayaan Perempuan dan "
                           "Perlindungan Anak",))
    doc = Document("iku_tts_2025_2029",
                   Page(210, 297, times.register(), 8, margin_mm=15,
                        page_numbers="Halaman {n}"),
                   HEADING,
                   ("Lampiran Keputusan Kepala Dinas Nomor 050/112/DSP3A/VI/2025",
                    "tentang Penetapan Indikator Kinerja Utama Tahun 2025-2029", table),
                   signature("10 Juni 2025"))
    # doc_type from the title, as for every IKU-titled document of the earlier sets (aligned
    # after the blind build, which had "renstra": see README).
    info = DocumentTruth("iku_linkage", " ".join(HEADING[:2]), AGENCY, REGION, None, 2025, 2029)
    return doc, info, (("renstra_targets", renstra_targets(data, YEARS)),)
