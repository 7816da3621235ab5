"""Pohon Kinerja / IKU linkage 2025 of the Dinas Sosial, Pemberdayaan Perempuan dan
Perlindungan Anak Kabupaten Halmahera Utara, drawn with reportlab (``paper``): F4
landscape, Liberation Sans **8 pt** body (large for such a table: long wrapped cells),
then **5 pt footnotes** (``*)``, ``**)``) under the table and a small second table
"Keterangan" (abbreviation | meaning) after them.

Columns: "No | Tujuan | IKU Kabupaten | Sasaran Strategis | Indikator Kinerja Utama",
"Target 2025", "Capaian 2024", "Program | Indikator Program | Kegiatan / Sub Kegiatan |
Indikator Kegiatan / Sub Kegiatan | Anggaran (Rp)"; merged cells down their rows.

Data: seed 001's rows, one item per row (``iku2023``). **Invented**: region, year,
footnotes, legend, signatory.
"""

from __future__ import annotations

from samples import curated
from samples.common import SPAN_UP
from samples.families import Row, iku_links
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout22.paper import Note
from samples.sample import DocumentTruth
from samples.values import dots

AGENCY = "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak"
REGION = "Kabupaten Halmahera Utara"
HEADING = ("KETERKAITAN INDIKATOR KINERJA UTAMA DENGAN PROGRAM DAN KEGIATAN TAHUN 2025",
           AGENCY.upper(), REGION.upper())
LATER = None
"""Every page in the first page's geometry."""
COLUMNS = ("no", "tujuan", "iku_kota", "sasaran", "indikator", "target", "capaian",
           "program", "indikator_program", "kegiatan", "indikator_kegiatan", "anggaran")
FOOTNOTES = ("*) Target dan capaian mengacu pada Perjanjian Kinerja Perubahan dan Laporan "
             "Kinerja Instansi Pemerintah tahun sebelumnya.",
             "**) Anggaran sesuai Dokumen Pelaksanaan Anggaran (DPA) sebelum perubahan; "
             "kegiatan tanpa angka didanai melalui sub kegiatan di bawahnya.")
LEGEND = (("IKU", "Indikator Kinerja Utama"), ("PD", "Perangkat Daerah"),
          ("RPJMD", "Rencana Pembangunan Jangka Menengah Daerah"),
          ("PPKS", "Pemerlu Pelayanan Kesejahteraan Sosial"),
          ("KPM", "Keluarga Penerima Manfaat"))


def _cell(key: str, cell: str) -> str:
    """Amounts print as ``783.242.000``; other cells as curated."""
    if key == "anggaran" and cell not in ("", SPAN_UP):
        return dots(int(cell))
    return cell


def build() -> tuple[Document, DocumentTruth, tuple[tuple[str, list[Row]], ...]]:
    """The document and its iku_links truth; the footnotes and the Keterangan table give
    no rows."""
    data = curated.load("iku2023")
    two = {"rowspan": 2}
    header = ((Head("No", **two), Head("Tujuan", **two), Head("IKU Kabupaten", **two),
               Head("Sasaran Strategis", **two), Head("Indikator Kinerja Utama", **two),
               Head("Kinerja", colspan=2), Head("Program", **two),
               Head("Indikator Program", **two), Head("Kegiatan / Sub Kegiatan", **two),
               Head("Indikator Kegiatan / Sub Kegiatan", **two),
               Head("Anggaran (Rp)", **two)),
              (Head("Target 2025 *)"), Head("Capaian 2024 *)")))
    body = tuple(tuple(_cell(k, row[data.column(k)]) for k in COLUMNS) for row in data.rows)
    table = Table(header, (5, 18, 17, 20, 22, 10, 10, 26, 22, 28, 30, 15),
                  "cllllccllllr", body)
    legend = Table(((Head("Singkatan"), Head("Keterangan")),), (1, 4), "ll", LEGEND,
                   caption=("Keterangan:",))
    doc = Document("iku_halmahera_utara_2025",
                   Page(330, 215, "LiberationSans", 8, margin_mm=10,
                        page_numbers="Halaman {n}"),
                   HEADING, (table, Note(FOOTNOTES, 5), legend),
                   ("Tobelo, 15 Januari 2025", "KEPALA DINAS SOSIAL, PEMBERDAYAAN",
                    "PEREMPUAN DAN PERLINDUNGAN ANAK", "KABUPATEN HALMAHERA UTARA", "", "",
                    "YULIANUS TOGUBU, S.Sos., M.Si.", "Pembina Tingkat I",
                    "NIP. 19760322 200112 1 004"))
    info = DocumentTruth("iku_linkage", HEADING[0], AGENCY, REGION, None, 2025, 2025)
    return doc, info, (("iku_links", iku_links(data)),)
