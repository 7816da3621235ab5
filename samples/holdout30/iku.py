"""IKU linkage 2027 of the Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak
Kabupaten Sinjai (Sulawesi Selatan), "Tabel Keterkaitan Indikator Kinerja Utama dengan
Program, Kegiatan dan Sub Kegiatan", drawn with reportlab (``holdout6.draw``: full grid,
merged cells as real spanning boxes, header and ``1 … 12`` repeated on every page), A4
landscape, DejaVu Sans 6.4 pt, then SCANNED: 200 dpi grey JPEG, pages turned up to 0.8°,
toner and sensor wear, made searchable by way (a): **Tesseract's own PDF renderer**
(``tesseract``), so the text layer holds whatever Tesseract read.

Tujuan, IKU, sasaran, indicator, target, capaian, program and the program's indicator are
row-spanning boxes; amounts ``783.242.000`` under "Anggaran (Rp)", kegiatan lines without
amount. "Target 2027" before "Capaian 2026".

Data: seed 001's ``iku2023`` as curated, one item per row, spellings kept ("Pantli");
"Kota Probolinggo" in the seed cells becomes "Kabupaten Sinjai". **Invented**: region,
years (seed target → 2027, capaian → 2026), signatory.
"""

from __future__ import annotations

from samples import curated
from samples.blind import Built
from samples.curated import MERGED
from samples.derive import relocate
from samples.families import iku_links
from samples.holdout6.draw import render
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout30.scanner import Scanner
from samples.sample import DocumentTruth
from samples.scan import Degradation
from samples.values import dots

STEM = "iku_sinjai_2027"
PRINT = render
SCANNER = Scanner(200, 0.8, False, Degradation(max_skew_deg=0.0, blur_sigma_mm=0.06,
                                               noise_sigma=3.0, speck_density=0.00008,
                                               toner_floor=0.7, jpeg_quality=45),
                  "tesseract")
AGENCY = "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak"
REGION = "Kabupaten Sinjai"
TITLE = ("TABEL KETERKAITAN INDIKATOR KINERJA UTAMA DENGAN PROGRAM, KEGIATAN DAN SUB "
         "KEGIATAN")
HEADING = (TITLE, "TAHUN 2027", AGENCY.upper(), REGION.upper())
PRINTED = ("no", "tujuan", "iku_kota", "sasaran", "indikator", "target", "capaian",
           "program", "indikator_program", "kegiatan", "indikator_kegiatan", "anggaran")


def _cell(key: str, cell: str) -> str:
    """Amounts in plain dots; other cells as curated."""
    if key == "anggaran" and cell not in ("", MERGED):
        return dots(int(cell))
    return cell


def build() -> Built:
    """The document and its iku_links truth (one row per kegiatan / sub kegiatan line)."""
    data = relocate(curated.load("iku2023"), {"Kota Probolinggo": REGION})
    body = tuple(tuple(_cell(k, row[data.column(k)]) for k in PRINTED) for row in data.rows)
    header = (tuple(Head(t) for t in (
        "No", "Tujuan", "Indikator Tujuan (IKU Kabupaten)", "Sasaran Strategis",
        "Indikator Kinerja Sasaran", "Target 2027", "Capaian 2026", "Program",
        "Indikator Kinerja Program", "Kegiatan / Sub Kegiatan",
        "Indikator Kinerja Kegiatan / Sub Kegiatan", "Anggaran (Rp)")),)
    table = Table(header, (2.8, 9, 9, 9.5, 9.5, 5.2, 5.2, 10.5, 11, 14.5, 15.5, 8.3),
                  "cllllccllllr", body, numbers=True)
    doc = Document(STEM, Page(297, 210, "DejaVuSans", 6.4, margin_mm=10,
                              page_numbers="- {n} -"),
                   HEADING, (table,),
                   ("Sinjai, 12 Januari 2027", "KEPALA DINAS", "", "",
                    "ANDI MUHAMMAD YUSUF, S.Sos., M.Si.", "Pembina Tingkat I",
                    "NIP. 19750304 199703 1 006"))
    info = DocumentTruth("iku_linkage", TITLE, AGENCY, REGION, None, 2027, 2027)
    return doc, info, (("iku_links", iku_links(data)),)
