"""IKU linkage 2027 of the Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak Kota
Kendari: an Excel "cascading" sheet saved as
a web page and printed by Chromium on A4 landscape (Liberation Sans 5.6 pt) — the route an
agency takes when the sheet is shared online and printed from the browser.

Look (``web``): Excel gridlines, dark header band with white bold text repeated on every
page, tujuan … program cells merged down over their items, one kegiatan / sub kegiatan per
row, "Pagu Anggaran 2027 (Rp)" right-aligned with thousands dots, ``-`` where an item has
no amount (a kegiatan line), a bold shaded TOTAL row, "Halaman n".

Data: seed 001's rows (``iku2023``, packing ignored: one item per row), "Kota
Probolinggo" → "Kota Kendari" ("Kota Layak Anak" stays: a city); seed capaian under
"Kondisi Kinerja Awal (2026)", seed target under "Target Tahun 2027"; seed amounts.
"""

from __future__ import annotations

from samples import curated
from samples.blind import Built
from samples.common import SPAN_LEFT
from samples.derive import relocate
from samples.families import iku_links
from samples.holdout6.model import Document, Head, Page, Table
from samples.sample import DocumentTruth
from samples.values import dots

AGENCY = "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak"
REGION = "Kota Kendari"
HEADING = ("MATRIKS CASCADING INDIKATOR KINERJA UTAMA KE PROGRAM DAN KEGIATAN TAHUN 2027",
           f"{AGENCY.upper()} {REGION.upper()}")
KEYS = ("no", "tujuan", "iku_kota", "sasaran", "indikator", "capaian", "target", "program",
        "indikator_program", "kegiatan", "indikator_kegiatan", "anggaran")
HEADER = ((Head("No"), Head("Tujuan RPJMD"), Head("Indikator Kinerja Utama (IKU) Kota"),
           Head("Sasaran Strategis Perangkat Daerah"), Head("Indikator Sasaran"),
           Head("Kondisi Kinerja Awal (2026)"), Head("Target Tahun 2027"), Head("Program"),
           Head("Indikator Kinerja Program"), Head("Kegiatan / Sub Kegiatan"),
           Head("Indikator Kinerja Kegiatan / Sub Kegiatan"),
           Head("Pagu Anggaran 2027 (Rp)")),)
WIDTHS = (2.6, 8.5, 8, 9.5, 10.5, 5.5, 5.5, 10.5, 12, 12, 13.5, 7.5)


def _cell(key: str, cell: str) -> str:
    """Amounts with thousands dots; an item without amount shows ``-``."""
    if key != "anggaran" or cell == curated.MERGED:
        return cell
    return dots(int(cell)) if cell else "-"


def build() -> Built:
    """The document and its iku_links truth."""
    data = relocate(curated.load("iku2023"), {"Kota Probolinggo": REGION})
    body = [tuple(_cell(k, row[data.column(k)]) for k in KEYS) for row in data.rows]
    total = sum(int(r["anggaran"]) for r in data.filled() if r["anggaran"])
    body.append(("TOTAL", *(SPAN_LEFT,) * 10, dots(total)))
    table = Table(HEADER, WIDTHS, "clllllcllllr", tuple(body),
                  bold=frozenset({len(body) - 1}))
    doc = Document("iku_kendari_2027",
                   Page(297, 210, "LiberationSans", 5.6, margin_mm=9,
                        page_numbers="Halaman {n}"),
                   HEADING, (table,),
                   ("Kendari, 8 Januari 2027", "KEPALA DINAS", "", "",
                    "Hj. NURHAYATI LAODE, S.Sos., M.Si.", "Pembina Utama Muda",
                    "NIP. 19720605 199803 2 009"))
    info = DocumentTruth("iku_linkage", HEADING[0], AGENCY, REGION, None, 2027, 2027)
    return doc, info, (("iku_links", iku_links(data)),)
