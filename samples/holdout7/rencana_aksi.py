"""Rencana Aksi 2027, Bidang Perlindungan Perempuan dan Pengarusutamaan Hak Anak of the
Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kota Padang: seed 000's bidang 2 as a
LibreOffice Calc sheet on F4 landscape in Liberation Sans Narrow.

Unusual for the corpus: no cell grid at all (an outer border and a rule under the header
only), quarter marks are FILLED GREY CELLS under "TW 1" … "TW 4" (no character is
printed), a free-text "Keterangan" column closes every row, and the header repeats on
every page while merged program/kegiatan cells continue across page breaks as blank space.
"""

from __future__ import annotations

from samples import curated
from samples.derive import relocate
from samples.families import Row, rencana_aksi
from samples.holdout6.model import Document, Head, Page, Table
from samples.sample import DocumentTruth

UNIT = "Perlindungan Perempuan dan Pengarusutamaan Hak Anak"
AGENCY = "Dinas Pemberdayaan Perempuan dan Perlindungan Anak"
HEADING = ("RENCANA AKSI TAHUN 2027", f"BIDANG {UNIT.upper()}", AGENCY.upper(), "KOTA PADANG")
PRINTED = ("no", "program", "program_indikator", "program_target", "kegiatan",
           "kegiatan_indikator", "kegiatan_target", "sub_kegiatan", "sub_kegiatan_indikator",
           "sub_kegiatan_target", "aksi", "volume", "tw1", "tw2", "tw3", "tw4")
MARK_COLUMNS = frozenset(range(12, 16))
NOTES = ("Dana APBD Kota", "", "Bekerja sama dengan Polresta Padang", "",
         "Pelaksanaan di Aula Dinas", "Lanjutan tahun 2026", "")
"""Keterangan cells, cycled over the aksi rows (free text an extractor must ignore)."""


def build() -> tuple[Document, DocumentTruth, tuple[tuple[str, list[Row]], ...]]:
    """The document (a one-table sheet; marks printed as filled cells) and its truth."""
    data = relocate(curated.load("ra2025_bidang2"), {"Kota Probolinggo": "Kota Padang"})
    sasaran = curated.load("ra2025_sasaran").where("bidang", "2").filled()
    body = tuple((*(row[data.column(k)] for k in PRINTED), NOTES[n % len(NOTES)])
                 for n, row in enumerate(data.rows))
    header = (
        (Head("No", rowspan=2), Head("Program", rowspan=2),
         Head("Indikator Program", rowspan=2), Head("Target", rowspan=2),
         Head("Kegiatan", rowspan=2), Head("Indikator Kegiatan", rowspan=2),
         Head("Target", rowspan=2), Head("Sub Kegiatan", rowspan=2),
         Head("Indikator Sub Kegiatan", rowspan=2), Head("Target", rowspan=2),
         Head("Rencana Aksi", rowspan=2), Head("Volume", rowspan=2),
         Head("Jadwal Pelaksanaan", colspan=4), Head("Keterangan", rowspan=2)),
        tuple(Head(f"TW {q}") for q in range(1, 5)),
    )
    table = Table(header, (0.8, 2.4, 2.4, 1.1, 2.4, 2.4, 1.1, 2.5, 2.5, 1.2, 2.9, 1.3,
                           0.95, 0.95, 0.95, 0.95, 2.1),
                  "clllllllllllccccl", body)
    lines = (f"Sasaran Strategis : {sasaran[0]['sasaran']}",
             *(f"Indikator Sasaran {n} : {row['indikator']}"
               for n, row in enumerate(sasaran, start=1)))
    doc = Document("rencana_aksi_padang_2027",
                   Page(330, 215, "Liberation Sans Narrow", 7, margin_mm=10,
                        page_numbers="Halaman {n}"),
                   HEADING, (*lines, table),
                   ("Padang, 4 Januari 2027", "Kepala Bidang", "", "",
                    "RINA MARLIANA, S.Psi., M.Si.", "NIP. 19810612 200604 2 011"))
    truth = rencana_aksi(data, UNIT, sasaran[0]["sasaran"])
    info = DocumentTruth("rencana_aksi", " ".join(HEADING[:2]), AGENCY, "Kota Padang", UNIT,
                         2027, 2027)
    return doc, info, (("rencana_aksi", truth),)
